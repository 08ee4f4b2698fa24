"""Plain dataclasses that flow between the pipeline stages.

Offsets: every ``start``/``end`` that leaves the pipeline (findings) is a
character offset into :attr:`Document.text`, the original decoded text.
Stages that work on normalized text (segmentation, alignment) keep their own
offsets and map them back through :class:`mt_audit.normalize.Normalized`.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class InputError(ValueError):
    """A user's input cannot be audited; the message is shown as is, one line."""


class MissingResource(RuntimeError):
    """A back-end needs a package or model this machine lacks.

    ``missing`` names what is absent (package or model ids) and ``get`` holds
    the commands that fetch it, so a run can say once, clearly, what to do.
    """

    def __init__(self, message: str, *, missing: tuple[str, ...] = (), get: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.missing = tuple(missing)
        self.get = tuple(get)


class OutputError(RuntimeError):
    """The output folder cannot be written (permissions, a full disk); the message says what is kept."""


@dataclass
class Document:
    """One input text, as ingested: the original decoded text and how it got there."""

    doc_id: str
    path: str
    text: str = ""
    fmt: str = "txt"
    lang: str | None = None
    presumed_source: str | None = None
    encoding: str | None = None
    repairs: list[str] = field(default_factory=list)
    error: str | None = None
    #: Which extractor produced the text of a web page ("trafilatura" or "builtin"); "" for other formats.
    extractor: str = ""
    #: A human reference translation in the article's language: the article is scored against it too.
    reference: str | None = None
    #: Why a reference that was asked for could not be read (a requested resource missing, not a bad article).
    reference_error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class Sentence:
    """A segment of normalized text; ``start``/``end`` index the normalized text."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int


@dataclass(frozen=True)
class Bead:
    """One step of a sentence alignment: source sentences ↔ article sentences.

    Either side may be empty (an omission has no article side, an addition no
    source side). ``similarity`` is the embedding cosine of the two sides.
    """

    src: tuple[int, ...]
    tgt: tuple[int, ...]
    similarity: float | None

    @property
    def kind(self) -> str:
        return f"{len(self.src)}-{len(self.tgt)}"


@dataclass(frozen=True)
class Finding:
    """One located artefact. ``document_text[start:end] == span`` always holds."""

    doc_id: str
    lang: str
    category: str
    severity: str
    detector: str
    start: int
    end: int
    span: str
    sentence_index: int | None
    source_span: str
    message: str
