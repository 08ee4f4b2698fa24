"""Back-translations from files: ``<article stem>.en.txt``, one line per paragraph.

Line *i* translates paragraph *i* of the article (every non-empty line of the
article, after hard-wrapped paragraphs are joined). Each line is split into
sentences and spread over the article's sentences of that paragraph by a
small length-based alignment, since a literal translation keeps sentence
boundaries and proportions.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from mt_audit.segment import segment
from mt_audit.translate.base import ENGINES, Engine, EngineUnavailable
from mt_audit.types import Document, Sentence

MERGE_COST = 0.05


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

    def translate(self, sentences: Sequence[str], src_lang: str) -> list[str]:
        raise EngineUnavailable("the precomputed engine translates whole documents, not sentences")

    def signature(self, src_lang: str | None = None) -> str:
        return f"precomputed:{self.folder.name}"

    def file_for(self, doc: Document) -> Path:
        return self.folder / f"{Path(doc.path).stem}.en.txt"

    def back_translate(self, doc: Document, sentences: Sequence[Sentence], lang: str) -> list[str] | None:
        path = self.file_for(doc)
        if not path.is_file():
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
