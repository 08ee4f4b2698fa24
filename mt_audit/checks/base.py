"""What a check sees, what it returns, and how it is declared.

A check is a pure function ``CheckInput -> Iterable[Finding]``: no I/O, no
models. Everything it may need (normalized text, sentences, the aligned
source, the back-translation) is computed once by the pipeline and handed in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from mt_audit.attribute import Attribution
from mt_audit.identify import LangSpan
from mt_audit.normalize import Normalized
from mt_audit.taxonomy import CATEGORIES, SEVERITIES
from mt_audit.types import Document, Finding, Sentence


@dataclass
class SourceView:
    """The English source an article is compared with."""

    doc: Document
    norm: Normalized
    sentences: list[Sentence]


@dataclass
class CheckInput:
    """One article with everything the pipeline learnt about it.

    Offsets of ``sentences`` and ``lang_spans`` (runs of the article's language
    and of English, for code-mixing checks) index ``norm.text``.
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
    lang_spans: list[LangSpan] = field(default_factory=list)

    def finding(
        self,
        category: str,
        severity: str,
        detector: str,
        start: int,
        end: int,
        message: str,
        sentence_index: int | None = None,
        source_span: str = "",
    ) -> Finding:
        """A finding for the normalized span ``[start, end)``, mapped to the original text."""
        s, e = self.norm.to_original(start, end)
        return self.finding_at(category, severity, detector, s, e, message, sentence_index, source_span)

    def finding_at(
        self,
        category: str,
        severity: str,
        detector: str,
        start: int,
        end: int,
        message: str,
        sentence_index: int | None = None,
        source_span: str = "",
    ) -> Finding:
        """A finding for ``[start, end)`` given directly in original-text offsets."""
        span = self.doc.text[start:end]
        return Finding(
            self.doc.doc_id,
            self.lang,
            category,
            severity,
            detector,
            start,
            end,
            span,
            sentence_index,
            source_span,
            message,
        )


CheckFn = Callable[[CheckInput], Iterable[Finding]]


@dataclass(frozen=True)
class Check:
    """A registered check: name, the category codes it emits, severity, title."""

    name: str
    codes: tuple[str, ...]
    severity: str
    fn: CheckFn

    @property
    def title(self) -> str:
        return (self.fn.__doc__ or self.name).strip().splitlines()[0]

    def __call__(self, item: CheckInput) -> list[Finding]:
        return list(self.fn(item))


def check(name: str, *codes: str, severity: str) -> Callable[[CheckFn], Check]:
    """Declare a check; registration stays explicit in :mod:`mt_audit.checks`."""
    for code in codes:
        if code not in CATEGORIES:
            raise ValueError(f"unknown category code {code!r}")
    if severity not in SEVERITIES:
        raise ValueError(f"unknown severity {severity!r}")

    def deco(fn: CheckFn) -> Check:
        return Check(name, codes, severity, fn)

    return deco
