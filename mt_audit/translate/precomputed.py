"""Back-translations from files: ``<doc id>.en.txt`` (or ``<article stem>.en.txt``), one line per paragraph.

A back-translation belongs to one article, so it is found by the article's
id first. The file stem is a fallback only where it names one article: never
for a row of a .jsonl/.csv/.tsv (every row shares the file's stem), and never
for a stem that two articles share (``a/story.txt`` and ``b/story.txt``);
those raise :class:`AmbiguousBacktranslation` for the article instead of
silently lending it another article's back-translation. File names are
compared as ingest shows them (:func:`mt_audit.ingest.safe_text`), so an id
can never reach outside the folder and a Latin-1 file name still matches.

Line *i* translates paragraph *i* of the article (every non-empty line of the
article, after hard-wrapped paragraphs are joined). Each line is split into
sentences and spread over the article's sentences of that paragraph by a
small length-based alignment, since a literal translation keeps sentence
boundaries and proportions.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from mt_audit.ingest import safe_text
from mt_audit.segment import segment
from mt_audit.translate.base import ENGINES, Engine, EngineUnavailable
from mt_audit.types import Document, Sentence

MERGE_COST = 0.05
SUFFIX = ".en.txt"
#: Formats whose documents are rows of one file: their stem names no single article.
_ROW_FORMATS = frozenset({"jsonl", "csv", "tsv"})


class AmbiguousBacktranslation(ValueError):
    """Only a file stem names this article's back-translation, and that stem names other articles too."""


@ENGINES.register("precomputed")
class PrecomputedEngine(Engine):
    """Reads back-translations a person or another system made beforehand."""

    name = "precomputed"
    sentence_level = False

    def __init__(self, folder: str | Path | None = None) -> None:
        if folder is None:
            raise EngineUnavailable("the precomputed engine needs --backtranslations DIR")
        self.folder = Path(folder)
        if not self.folder.is_dir():
            raise EngineUnavailable(f"back-translation folder not found: {self.folder}")
        self.used: dict[str, str] = {}
        self._files: dict[str, Path] | None = None
        self._stems: Counter[str] | None = None
        self._ids: set[str] = set()
        #: File name -> the article it served first.
        self._claimed: dict[str, str] = {}

    def translate(self, sentences: Sequence[str], src_lang: str) -> list[str]:
        raise EngineUnavailable("the precomputed engine translates whole documents, not sentences")

    def signature(self, src_lang: str | None = None) -> str:
        return f"precomputed:{self.folder.name}"

    def expect(self, docs: Sequence[Document]) -> None:
        """Learn every article up front, so a stem that names two articles is refused for all of them.

        Without it a file is refused to every article after the first it served.
        """
        self._stems = Counter(_stem(d) for d in docs if d.fmt not in _ROW_FORMATS)
        self._ids = {d.doc_id for d in docs}

    def _file(self, name: str) -> Path | None:
        """The folder's file of this (safe) name; a name is looked up, never joined to the folder."""
        if self._files is None:
            entries = sorted(os.scandir(self.folder), key=lambda e: e.name)
            self._files = {safe_text(e.name): Path(e.path) for e in entries if e.is_file()}
        return self._files.get(name)

    def file_for(self, doc: Document) -> Path | None:
        """``<doc id>.en.txt``, else ``<stem>.en.txt`` where that stem names this article alone, else None."""
        name = doc.doc_id + SUFFIX
        path = self._file(name)
        if path is not None:
            self._claimed.setdefault(name, doc.doc_id)
            return path
        stem = _stem(doc)
        name = stem + SUFFIX
        path = self._file(name)
        if path is None:
            return None
        if doc.fmt in _ROW_FORMATS:
            raise AmbiguousBacktranslation(
                f"{path.name} would serve every row of {Path(doc.path).name}; name this row's {doc.doc_id}{SUFFIX}"
            )
        if self._shared(stem, doc) or self._claimed.setdefault(name, doc.doc_id) != doc.doc_id:
            raise AmbiguousBacktranslation(
                f"{path.name} matches the file name of more than one article; name it {doc.doc_id}{SUFFIX}"
            )
        return path

    def _shared(self, stem: str, doc: Document) -> bool:
        """Whether the articles given to :meth:`expect` hold another with this stem, or with it as id."""
        if self._stems is None:
            return False
        return self._stems[stem] > 1 or (stem in self._ids and stem != doc.doc_id)

    def back_translate(self, doc: Document, sentences: Sequence[Sentence], lang: str) -> list[str] | None:
        path = self.file_for(doc)
        if path is None:
            return None
        data = path.read_bytes()
        self.used[doc.doc_id] = hashlib.sha256(data).hexdigest()[:12]
        lines = [ln.strip() for ln in data.decode("utf-8", errors="replace").splitlines() if ln.strip()]
        by_par: dict[int, list[int]] = {}
        for k, s in enumerate(sentences):
            by_par.setdefault(s.paragraph, []).append(k)
        pars = sorted(by_par)
        out = [""] * len(sentences)
        if len(lines) != len(pars):
            groups = [list(range(len(sentences)))]
            lines = [" ".join(lines)]
        else:
            groups = [by_par[p] for p in pars]
        for idxs, line in zip(groups, lines):
            bt = [s.text for s in segment(line, "en")]
            for k, text in zip(idxs, distribute([sentences[i].text for i in idxs], bt)):
                out[k] = text
        return out


def _stem(doc: Document) -> str:
    """The article's file name without its suffix, as ingest shows it."""
    return Path(doc.path).stem


def distribute(targets: Sequence[str], pieces: Sequence[str]) -> list[str]:
    """Assign translated ``pieces`` to ``targets`` monotonically by length share.

    Beads are 1-1, 1-2 (a target gets two pieces) and 2-1 (two targets share a
    piece: the first gets it, the second ``""``).
    """
    n, m = len(targets), len(pieces)
    if n == m:
        return list(pieces)
    if m == 0:
        return [""] * n
    if n == 0:
        return []
    tl = [len(t) for t in targets]
    pl = [len(p) for p in pieces]
    ts, ps = sum(tl) or 1, sum(pl) or 1
    tshare = [x / ts for x in tl]
    pshare = [x / ps for x in pl]
    inf = float("inf")
    shapes = ((1, 1), (1, 2), (2, 1), (1, 3), (3, 1))
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int]]] = [[(0, 0)] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            for a, b in shapes:
                if i < a or j < b or cost[i - a][j - b] == inf:
                    continue
                c = cost[i - a][j - b] + abs(sum(tshare[i - a : i]) - sum(pshare[j - b : j]))
                c += 0.0 if a == b == 1 else MERGE_COST * (a + b - 2)
                if c < cost[i][j]:
                    cost[i][j], back[i][j] = c, (a, b)
    if cost[n][m] == inf:
        return _proportional(tshare, pieces, pshare)
    out = [""] * n
    i, j = n, m
    while i or j:
        a, b = back[i][j]
        out[i - a] = " ".join(pieces[j - b : j])
        i, j = i - a, j - b
    return out


def _proportional(tshare: Sequence[float], pieces: Sequence[str], pshare: Sequence[float]) -> list[str]:
    """Each piece goes to the target whose length interval holds its midpoint."""
    bounds, acc = [], 0.0
    for x in tshare:
        acc += x
        bounds.append(acc)
    out: list[list[str]] = [[] for _ in tshare]
    pos = 0.0
    for piece, share in zip(pieces, pshare):
        mid = pos + share / 2
        pos += share
        k = next((i for i, b in enumerate(bounds) if mid <= b), len(bounds) - 1)
        out[k].append(piece)
    return [" ".join(x) for x in out]
