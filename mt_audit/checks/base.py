"""What a check sees, what it returns, and how it is declared.

A check is a pure function ``(CheckInput, Emitter) -> Iterable[Finding]``: no
I/O, and it loads no model. Everything it may need (normalized text, sentences,
the aligned source, the back-translation, the sentence embedder the pipeline
already holds, as a plain function) is computed or loaded once by the pipeline
and handed in.
Its declaration (``@check``) fixes the categories, severities and detector
name; the body only says where and what, through the :class:`Emitter`. The
declaration also carries the check's *coverage*: per language, whether it
works, is degraded or cannot run, and why (:class:`Coverage`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from mt_audit.align import Alignment
from mt_audit.attribute import Attribution
from mt_audit.identify import base_lang
from mt_audit.normalize import Normalized
from mt_audit.taxonomy import CATEGORIES, SEVERITIES
from mt_audit.types import Bead, Document, Finding, Sentence


@dataclass
class SourceView:
    """The English source an article is compared with."""

    doc: Document
    norm: Normalized
    sentences: list[Sentence]


@dataclass(frozen=True)
class Pair:
    """One aligned bead, with the texts a check compares.

    ``start``/``end`` span the article sentences in normalized text;
    ``backtranslation`` is the engine's English for those sentences ("" when
    there is no engine).
    """

    src: tuple[int, ...]
    tgt: tuple[int, ...]
    similarity: float | None
    source: str
    article: str
    start: int
    end: int
    backtranslation: str


@dataclass
class CheckInput:
    """One article with everything the pipeline learnt about it.

    Offsets of ``sentences`` index ``norm.text``. ``source_lang`` is the
    language the article was translated from (English in an audit).
    """

    doc: Document
    lang: str
    norm: Normalized
    sentences: list[Sentence]
    source: SourceView | None = None
    attribution: Attribution | None = None
    derives: bool = False
    presumed_source: str | None = None
    matched_source: str | None = None
    backtranslation: list[str] | None = None
    source_lang: str = "en"
    embed: Callable[[Sequence[str]], np.ndarray] | None = None  # the pipeline's embedder: rows L2-normalized

    def __post_init__(self) -> None:
        # Checks key their per-language tables by the base code: a manifest's "pt-BR" is Portuguese.
        self.lang = base_lang(self.lang) or self.lang
        self.source_lang = base_lang(self.source_lang) or self.source_lang

    @property
    def source_text_lang(self) -> str:
        """The language the source text is written in (a reference may share the article's)."""
        if self.source is not None and self.source.doc.lang:
            return self.source.doc.lang
        return self.source_lang

    def pairs(self) -> list[Pair]:
        """Aligned (source, article) sentence groups; empty unless the article derives from its source."""
        if not self.derives or self.attribution is None or self.source is None:
            return []
        src = self.source.sentences
        out = []
        for b in self.attribution.alignment.beads:
            if not (b.src and b.tgt):
                continue
            tgt = [self.sentences[j] for j in b.tgt]
            bts = self.backtranslation or []
            bt = " ".join(bts[j] for j in b.tgt if j < len(bts) and bts[j])
            out.append(
                Pair(
                    b.src,
                    b.tgt,
                    b.similarity,
                    " ".join(src[i].text for i in b.src),
                    self.norm.text[tgt[0].start : tgt[-1].end],
                    tgt[0].start,
                    tgt[-1].end,
                    bt,
                )
            )
        return out


CheckFn = Callable[[CheckInput, "Emitter"], Iterable[Finding]]

#: Coverage levels, best first: the check does its job, does part of it, or would only make noise.
WORKS, DEGRADED, CANNOT_RUN = "works", "degraded", "cannot-run"
LEVELS = (WORKS, DEGRADED, CANNOT_RUN)


@dataclass(frozen=True)
class Coverage:
    """How well a check works in one language; ``reason`` says what is missing unless it works."""

    level: str = WORKS
    reason: str = ""

    def __post_init__(self) -> None:
        if self.level not in LEVELS:
            raise ValueError(f"unknown coverage level {self.level!r}; valid: {', '.join(LEVELS)}")
        if self.level != WORKS and not self.reason:
            raise ValueError(f"coverage {self.level!r} needs a reason")


#: A check's statement about a language (a base tag such as "de"): what a declaration's ``coverage`` is.
CoverageFn = Callable[[str], Coverage]


class UndeclaredFinding(ValueError):
    """A check emitted a category or severity its declaration does not list."""


@dataclass(frozen=True)
class Check:
    """A registered check: name, the category codes it emits, its severities (the default first), title.

    ``detector`` is the name its findings carry (the check's own name unless
    declared otherwise). ``coverage`` says per language whether the check
    works; without one the check is language-independent and works everywhere.
    """

    name: str
    codes: tuple[str, ...]
    severity: str
    fn: CheckFn
    severities: tuple[str, ...] = ()
    detector: str = ""
    coverage: CoverageFn | None = None

    def __post_init__(self) -> None:
        # The declaration is validated wherever a Check is built, so an emitter can trust it.
        if not self.codes:
            raise ValueError(f"check {self.name!r} declares no category code")
        for code in self.codes:
            if code not in CATEGORIES:
                raise ValueError(f"unknown category code {code!r}")
        severities = tuple(dict.fromkeys((self.severity, *self.severities)))
        for severity in severities:
            if severity not in SEVERITIES:
                raise ValueError(f"unknown severity {severity!r}")
        object.__setattr__(self, "severities", severities)
        object.__setattr__(self, "detector", self.detector or self.name)

    @property
    def title(self) -> str:
        return (self.fn.__doc__ or self.name).strip().splitlines()[0]

    def covers(self, lang: str) -> Coverage:
        """Whether the check works in ``lang`` (any tag: "pt-BR" is read as Portuguese)."""
        if self.coverage is None:
            return Coverage()
        return self.coverage(base_lang(lang) or lang)

    def __call__(self, item: CheckInput) -> list[Finding]:
        return list(self.fn(item, Emitter(item, self)))


@dataclass(frozen=True)
class Emitter:
    """How a check makes a finding: its declaration fills in category, severity and detector.

    The check's body says only where and what went wrong; a category or
    severity it did not declare raises :class:`UndeclaredFinding`, so the
    registry's table (``mt-audit checks``) cannot drift from what a check emits.
    """

    item: CheckInput
    check: Check

    def at(
        self,
        start: int,
        end: int,
        message: str,
        *,
        code: str | None = None,
        severity: str | None = None,
        sentence_index: int | None = None,
        source_span: str = "",
    ) -> Finding:
        """A finding for the normalized span ``[start, end)``, mapped to the original text."""
        s, e = self.item.norm.to_original(start, end)
        return self.at_original(
            s, e, message, code=code, severity=severity, sentence_index=sentence_index, source_span=source_span
        )

    def at_original(
        self,
        start: int,
        end: int,
        message: str,
        *,
        code: str | None = None,
        severity: str | None = None,
        sentence_index: int | None = None,
        source_span: str = "",
    ) -> Finding:
        """A finding for ``[start, end)`` given directly in original-text offsets."""
        item = self.item
        return Finding(
            item.doc.doc_id,
            item.lang,
            self._category(code),
            self._severity(severity),
            self.check.detector,
            start,
            end,
            item.doc.text[start:end],
            sentence_index,
            source_span,
            message,
        )

    def _category(self, code: str | None) -> str:
        codes = self.check.codes
        if code is None:
            if len(codes) > 1:
                raise UndeclaredFinding(f"check {self.check.name!r} declares {', '.join(codes)}: name one")
            return codes[0]
        if code not in codes:
            raise UndeclaredFinding(f"check {self.check.name!r} does not declare category {code!r}")
        return code

    def _severity(self, severity: str | None) -> str:
        if severity is None:
            return self.check.severity
        if severity not in self.check.severities:
            raise UndeclaredFinding(f"check {self.check.name!r} does not declare severity {severity!r}")
        return severity


def check(
    name: str,
    *codes: str,
    severity: str,
    severities: tuple[str, ...] = (),
    detector: str = "",
    coverage: CoverageFn | None = None,
) -> Callable[[CheckFn], Check]:
    """Declare a check: its category codes, default severity, any other severities it may emit, its coverage.

    The decorated function takes ``(item, emit)`` and yields ``emit.at(...)``;
    registration stays explicit in :mod:`mt_audit.checks`. ``coverage`` maps a
    language to a :class:`Coverage` (default: works everywhere).
    """

    def deco(fn: CheckFn) -> Check:
        return Check(name, codes, severity, fn, severities, detector, coverage)

    return deco


def make_input(
    text: str,
    lang: str,
    *,
    source: str | None = None,
    backtranslation: str | Sequence[str] | None = None,
    beads: Sequence[tuple[Sequence[int], Sequence[int]] | tuple[Sequence[int], Sequence[int], float | None]]
    | None = None,
    source_lang: str = "en",
    source_text_lang: str | None = None,
    doc_id: str = "doc",
    embed: Callable[[Sequence[str]], np.ndarray] | None = None,
) -> CheckInput:
    """A CheckInput built from plain strings, without models: for tests, benchmarks and notebooks.

    ``beads`` are (source sentence ids, article sentence ids[, similarity]).
    Without them, sentences pair up one to one when both sides have as many,
    else the whole article aligns with the whole source. A string
    ``backtranslation`` is spread over the article sentences by length.
    ``source_text_lang`` is the language ``source`` is written in when it is not
    ``source_lang`` (a reference translation in the article's language, as in
    DEMETR, where untranslated words come from a third text). ``embed`` is a
    sentence embedder's ``encode`` for the checks that read meaning.
    """
    from mt_audit.normalize import normalize
    from mt_audit.segment import segment
    from mt_audit.translate.precomputed import distribute

    doc = Document(doc_id, f"{doc_id}.txt", text, lang=lang)
    norm = normalize(text)
    sents = segment(norm.text, lang)
    bt: list[str] | None = None
    if isinstance(backtranslation, str):
        bt = distribute([s.text for s in sents], [s.text for s in segment(backtranslation, "en")])
    elif backtranslation is not None:
        bt = list(backtranslation)
    item = CheckInput(doc, lang, norm, sents, backtranslation=bt, source_lang=source_lang, embed=embed)
    if source is None:
        return item
    src_doc = Document("source", "source.txt", source, lang=source_text_lang or source_lang)
    src_norm = normalize(source)
    src_sents = segment(src_norm.text, source_lang)
    if beads is None:
        if len(src_sents) == len(sents):
            beads = [([i], [i]) for i in range(len(sents))]
        else:
            beads = [(range(len(src_sents)), range(len(sents)))]
    made = [
        Bead(tuple(b[0]), tuple(b[1]), (b[2] if len(b) > 2 else 1.0) if b[0] and b[1] else None)  # type: ignore[misc]
        for b in beads
    ]
    al = Alignment(made, np.ones((len(src_sents), len(sents))), 0.0, made)
    item.source = SourceView(src_doc, src_norm, src_sents)
    item.attribution = Attribution(1.0, 1.0, 1.0, al)
    item.derives = True
    item.presumed_source = item.matched_source = "source"
    return item
