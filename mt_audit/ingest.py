"""Turn the user's files into :class:`~mt_audit.types.Document` objects.

Ingest is the one stage that meets raw user files, so it never raises for a
bad file: every problem becomes a ``Document`` with ``error`` set to a
one-line reason and ``text=""``, and the audit goes on with the other files.
The decoded text is kept exactly as found (no newline or Unicode
normalization) because every later finding is an offset into it; the only
changes are a stripped byte-order mark, repaired mojibake and lone
surrogates (from in-memory strings or JSON ``\\ud800``-style escapes) replaced with
U+FFFD one for one, and each is recorded in ``Document.repairs``.

Every id, path, language and error that leaves this module is safe to
print, encode as UTF-8 and put in a CSV cell (see :func:`safe_text`), and
manifest rows may only name files inside the manifest's folder unless
``allow_outside_paths`` is set.
"""

from __future__ import annotations

import csv
import glob
import hashlib
import io
import json
import os
import stat
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

import regex

from mt_audit.decode import codec_display_name, decode_bytes, decode_raw, repair_mojibake
from mt_audit.extract import declared_charset, extract_main_text, html_main_text
from mt_audit.identify import is_language_tag
from mt_audit.settings import MAX_CHARS_DEFAULT as MAX_CHARS_DEFAULT  # the one home of defaults; re-exported
from mt_audit.types import Document, InputError

__all__ = [
    "MAX_CHARS_DEFAULT",
    "collect",
    "decode_bytes",
    "decode_page",
    "html_main_text",
    "read_document",
    "read_manifest",
    "read_source",
    "safe_id",
    "safe_text",
]

#: Bytes per character at most in any supported encoding: lets us reject a
#: huge file from its size alone, before reading or decoding it.
_MAX_BYTES_PER_CHAR = 4

MANIFEST_NAME = "manifest.csv"
#: Subfolders of a manifest folder that hold companions, not articles.
_MANIFEST_COMPANIONS = ("backtranslations", "references", "sources")

_TABLE_FORMATS = frozenset({"jsonl", "csv", "tsv"})
_SUFFIX_FORMATS = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
    ".md": "md",
    ".markdown": "md",
}

_LETTER = regex.compile(r"\p{L}")

#: Characters that break a terminal line, a CSV row or a UTF-8 encoder: C0/C1
#: controls and DEL, lone surrogates, line/paragraph separators, and the bidi
#: embeddings, overrides and isolates that reorder what a reader sees.
_UNSAFE = regex.compile("[\\p{Cc}\\p{Cs}\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_SURROGATE = regex.compile("\\p{Cs}")
#: Longest document id kept whole; a longer one keeps its head and a hash of the rest.
MAX_ID_CHARS = 200
_EMPTY_ID = "untitled"


def _escape(match: regex.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that surrogateescape could not decode
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe_text(value: str) -> str:
    """``value`` with every unsafe character written as a visible escape.

    A byte that a file name could not decode (``os.fsdecode`` turns byte 0xE9
    into the lone surrogate U+DCE9) becomes ``\\xe9``, so the escape names the
    original byte; other controls become ``\\xNN`` (a newline ``\\x0a``, NUL
    ``\\x00``), other lone surrogates and separators ``\\uNNNN``. Distinct bad
    characters give distinct escapes; a name that already held the escape's
    text becomes distinct again through :func:`unique_ids`' ``#2`` suffix.
    Idempotent: an escaped string has nothing left to escape.
    """
    return _UNSAFE.sub(_escape, value)


def safe_id(value: str) -> str:
    """A document id that is :func:`safe_text`, non-empty and at most :data:`MAX_ID_CHARS` long.

    An over-long id keeps its head and ends with a hash of the whole, so two
    long ids that differ only in their tails stay different.
    """
    value = safe_text(value) or _EMPTY_ID
    if len(value) <= MAX_ID_CHARS:
        return value
    digest = hashlib.sha256(value.encode("utf-8")).hexdigest()[:12]
    return f"{value[: MAX_ID_CHARS - 14]}…~{digest}"


def _finish(doc: Document) -> Document:
    """Make what leaves ingest safe: id, path, language and error escaped, lone surrogates out of the text.

    ``presumed_source`` stays as given: it is the path :func:`read_source`
    opens, and the pipeline replaces it by that source's (safe) id.
    """
    doc.doc_id = safe_id(doc.doc_id)
    doc.path = safe_text(doc.path)
    if doc.lang and not is_language_tag(doc.lang.strip()):
        doc.repairs.append(f"ignored the language {safe_text(doc.lang)[:40]!r}: not a language tag")
        doc.lang = None
    doc.lang = doc.lang.strip() if doc.lang else None
    doc.error = safe_text(doc.error) if doc.error else doc.error
    lone = len(_SURROGATE.findall(doc.text))
    if lone:
        doc.text = _SURROGATE.sub("\ufffd", doc.text)
        doc.repairs.append(f"replaced {lone} lone surrogate(s) with U+FFFD")
    return doc


# --------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------


def _decode_page(data: bytes) -> tuple[str, str, list[str]]:
    """Bytes of a web page -> (text, encoding, repairs); raises InputError like :func:`decode_raw`.

    Bytes that are valid UTF-8 (or carry a byte-order mark) decode as such;
    when they are not, the charset the page declares beats the legacy guess,
    as in the HTML standard, provided it decodes the bytes without error.
    """
    text, encoding, repairs = decode_raw(data)
    declared = None if encoding.startswith("utf") else declared_charset(data)
    if declared is None or declared.startswith("utf"):
        return text, encoding, repairs
    try:
        text = data.decode(declared)
    except (UnicodeDecodeError, LookupError):
        return text, encoding, repairs
    name = codec_display_name(declared)
    return text, name, [f"decoded as {name} (declared by the page)"]


def decode_page(data: bytes) -> tuple[str, str, list[str]]:
    """Bytes of a web page -> (text, encoding, repairs), as ingest decodes an .html file (mojibake repaired)."""
    text, encoding, repairs = _decode_page(data)
    text, fixes = repair_mojibake(text, encoding)
    return text, encoding, repairs + fixes


# --------------------------------------------------------------------------
# Documents
# --------------------------------------------------------------------------


def _fmt(path: str) -> str:
    return _SUFFIX_FORMATS.get(os.path.splitext(path)[1].lower(), "txt")


def _stem(path: str) -> str:
    """File name without its last suffix ('musk.en.txt' -> 'musk.en')."""
    name = os.path.basename(os.path.normpath(path)) if path else ""
    return os.path.splitext(name)[0] or name or path


def _text_error(text: str, max_chars: int) -> str | None:
    """Why a decoded text cannot be audited, or None."""
    if len(text) > max_chars:
        return f"document too large: {len(text)} characters (limit {max_chars}; raise --max-chars)"
    if not text.strip():
        return "empty document"
    if not _LETTER.search(text):
        return "no text: only punctuation, digits or symbols"
    return None


def _read_bytes(path: str, max_chars: int | None) -> bytes | str:
    """The file's bytes, or a one-line reason it cannot be read."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return f"no such file: {path}"
    except OSError as exc:
        return f"cannot read file: {exc.strerror or exc}: {path}"
    except ValueError as exc:  # NUL byte, or a lone surrogate no file name can hold
        return f"cannot read file: invalid path ({exc}): {path}"
    if stat.S_ISDIR(info.st_mode):
        return f"is a folder, not a file: {path}"
    if not stat.S_ISREG(info.st_mode):
        return f"not a regular file: {path}"
    if max_chars is not None and info.st_size > _MAX_BYTES_PER_CHAR * max_chars:
        return f"document too large: {info.st_size} bytes (limit {max_chars} characters; raise --max-chars)"
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except PermissionError:
        return f"cannot read file: permission denied: {path}"
    except OSError as exc:
        return f"cannot read file: {exc.strerror or exc}: {path}"


def _row_doc(
    record: Mapping[str, object],
    default_id: str,
    where: str,
    path: str,
    fmt: str,
    encoding: str,
    repairs: list[str],
    max_chars: int,
) -> Document:
    """A Document from one jsonl/csv row (``text``; optional ``id``, ``lang``, ``source``)."""

    def field(name: str) -> str | None:
        value = record.get(name)
        return None if value is None or str(value).strip() == "" else str(value).strip()

    doc = Document(field("id") or default_id, path, fmt=fmt, encoding=encoding, repairs=list(repairs))
    doc.lang = field("lang")
    doc.presumed_source = field("source")
    reference = record.get("reference")
    if isinstance(reference, str) and reference.strip():
        doc.reference = reference
    elif reference is not None and not isinstance(reference, str):
        doc.reference_error = f"{where}: 'reference' is not a string"
    text = record.get("text")
    if not isinstance(text, str):
        doc.error = f"{where}: no 'text' field" if text is None else f"{where}: 'text' is not a string"
        return doc
    fixed, fixes = repair_mojibake(text, encoding)
    error = _text_error(fixed, max_chars)
    if error:
        doc.error = f"{where}: {error}"
        return doc
    doc.text = fixed
    doc.repairs.extend(fixes)
    return doc


def _read_jsonl(text: str, path: str, stem: str, encoding: str, repairs: list[str], max_chars: int) -> list[Document]:
    """One Document per non-blank line; line numbers count "\n" as editors do."""
    docs: list[Document] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        default_id = f"{stem}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            error = f"line {number}: invalid JSON ({exc.msg})"
            docs.append(Document(default_id, path, fmt="jsonl", encoding=encoding, error=error))
            continue
        if not isinstance(record, dict):
            error = f"line {number}: expected a JSON object"
            docs.append(Document(default_id, path, fmt="jsonl", encoding=encoding, error=error))
            continue
        docs.append(_row_doc(record, default_id, f"line {number}", path, "jsonl", encoding, repairs, max_chars))
    return docs


def _csv_rows(text: str, delimiter: str = ",") -> tuple[list[str], Iterator[tuple[int, dict[str, str]]]]:
    """Header (lower-cased, BOM and spaces stripped) and numbered rows of a CSV text."""
    limit = csv.field_size_limit()
    if limit < len(text) + 1:
        csv.field_size_limit(len(text) + 1)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [h.replace("\ufeff", "").strip().lower() for h in next(reader, [])]

    def rows() -> Iterator[tuple[int, dict[str, str]]]:
        for number, values in enumerate(reader, start=1):
            if not any(v.strip() for v in values):
                continue
            yield number, dict(zip(header, values, strict=False))

    return header, rows()


def _read_csv(
    text: str, path: str, stem: str, fmt: str, encoding: str, repairs: list[str], max_chars: int
) -> list[Document]:
    """One Document per data row; rows are numbered from 1 after the header."""
    docs: list[Document] = []
    number = 0
    try:
        header, rows = _csv_rows(text, "\t" if fmt == "tsv" else ",")
        if "text" not in header:
            error = f"no 'text' column in the header (found: {', '.join(h for h in header if h) or 'nothing'})"
            return [Document(stem, path, fmt=fmt, encoding=encoding, error=error)]
        for number, row in rows:
            docs.append(_row_doc(row, f"{stem}:{number}", f"row {number}", path, fmt, encoding, repairs, max_chars))
    except csv.Error as exc:
        error = f"row {number + 1}: malformed CSV ({exc})"
        docs.append(Document(f"{stem}:{number + 1}", path, fmt=fmt, encoding=encoding, error=error))
    return docs


def read_document(path: str | Path, doc_id: str | None = None, *, max_chars: int = MAX_CHARS_DEFAULT) -> list[Document]:
    """One file -> documents; a bad file gives one Document with ``error`` set.

    .html/.htm give one document of the page's main text (see
    :mod:`mt_audit.extract`; ``Document.extractor`` names the extractor), .jsonl/.csv/.tsv one
    document per row (``text`` required; ``id``, ``lang``, ``source``
    optional), anything else one plain-text document.
    """
    return [_finish(doc) for doc in _read_document(os.fspath(path), doc_id, max_chars)]


def _read_document(spath: str, doc_id: str | None, max_chars: int) -> list[Document]:
    fmt = _fmt(spath)
    stem = _stem(spath)
    doc_id = doc_id or stem
    table = fmt in _TABLE_FORMATS
    data = _read_bytes(spath, None if table else max_chars)
    if isinstance(data, str):
        return [Document(doc_id, spath, fmt=fmt, error=data)]
    try:
        text, encoding, repairs = _decode_page(data) if fmt == "html" else decode_raw(data)
    except InputError as exc:
        return [Document(doc_id, spath, fmt=fmt, error=str(exc))]
    if table:
        if not text.strip():
            return [Document(doc_id, spath, fmt=fmt, encoding=encoding, error="empty document")]
        if fmt == "jsonl":
            docs = _read_jsonl(text, spath, stem, encoding, repairs, max_chars)
        else:
            docs = _read_csv(text, spath, stem, fmt, encoding, repairs, max_chars)
        return docs or [Document(doc_id, spath, fmt=fmt, encoding=encoding, error="empty document: no rows")]
    if fmt != "html" and len(text) > max_chars:
        return [Document(doc_id, spath, fmt=fmt, encoding=encoding, error=_text_error(text, max_chars))]
    text, fixes = repair_mojibake(text, encoding)
    repairs += fixes
    extractor = ""
    if fmt == "html":
        try:
            text, extractor = extract_main_text(text)
        except Exception as exc:  # noqa: BLE001 - html.parser may trip on hostile markup; report, don't crash
            return [Document(doc_id, spath, fmt=fmt, encoding=encoding, error=f"cannot parse HTML: {exc}")]
    error = _text_error(text, max_chars)
    if error:
        return [Document(doc_id, spath, fmt=fmt, encoding=encoding, repairs=repairs, error=error, extractor=extractor)]
    return [Document(doc_id, spath, text=text, fmt=fmt, encoding=encoding, repairs=repairs, extractor=extractor)]


def read_source(path: str | Path, *, max_chars: int = MAX_CHARS_DEFAULT) -> Document:
    """A candidate English source; ``doc_id`` is the file stem, problems go to ``error``."""
    spath = os.fspath(path)
    docs = _read_document(spath, _stem(spath), max_chars)
    if len(docs) == 1:
        doc = docs[0]
        doc.doc_id = _stem(spath)
        return _finish(doc)
    error = f"a source must be one document, this file has {len(docs)} rows"
    return _finish(Document(_stem(spath), spath, fmt=_fmt(spath), error=error))


def _manifest_text(spath: str) -> str:
    """The decoded manifest, or InputError saying why it cannot be read."""
    data = _read_bytes(spath, None)
    if isinstance(data, str):
        raise InputError(f"manifest {spath}: {data}")
    try:
        text, _, _ = decode_raw(data)
    except InputError as exc:
        raise InputError(f"manifest {spath}: {exc}") from None
    return text


def _inside(folder: str, target: str) -> bool:
    """True when ``target`` (symlinks resolved) lies in ``folder``."""
    root = os.path.realpath(folder or os.curdir)
    try:
        return os.path.commonpath([root, os.path.realpath(target)]) == root
    except ValueError:  # another drive, or a path no file name can hold
        return False


class _Row(NamedTuple):
    """One manifest row, stripped; ``label`` names it in messages."""

    number: int
    doc_id: str
    path: str
    source: str
    lang: str | None
    reference: str = ""

    @property
    def label(self) -> str:
        return self.doc_id or str(self.number)


def _manifest_row(row: _Row, folder: str, max_chars: int, allow_outside: bool) -> list[Document]:
    """The documents one manifest row names, or one error Document saying why not."""
    if not row.path:
        error = f"manifest row {row.label}: empty path"
        return [Document(row.doc_id or f"manifest:{row.number}", "", lang=row.lang, error=error)]
    resolved = os.path.normpath(os.path.join(folder, row.path))
    presumed = os.path.normpath(os.path.join(folder, row.source)) if row.source else None
    reference = os.path.normpath(os.path.join(folder, row.reference)) if row.reference else None

    def failed(error: str, presumed: str | None = presumed) -> list[Document]:
        doc_id = row.doc_id or _stem(resolved)
        doc = Document(doc_id, resolved, fmt=_fmt(resolved), lang=row.lang, presumed_source=presumed)
        doc.error = f"manifest row {row.label}: {error}"
        return [doc]

    named = (("path", row.path, resolved), ("presumed source", row.source, presumed),
             ("reference", row.reference, reference))  # fmt: skip
    for what, value, target in named:
        if not allow_outside and target is not None and not _inside(folder, target):
            return failed(f"{what} '{value}' is outside the manifest's folder (allow with --allow-outside-paths)", None)
    if not os.path.exists(resolved):
        return failed(f"no such file: {resolved}")
    docs = _read_document(resolved, row.doc_id or None, max_chars)
    ref_text, ref_error = read_reference(reference, max_chars) if reference else (None, None)
    for doc in docs:
        doc.presumed_source = presumed or doc.presumed_source
        doc.lang = row.lang or doc.lang
        if reference:
            doc.reference, doc.reference_error = ref_text, ref_error
    return docs


def read_manifest(
    path: str | Path, *, max_chars: int = MAX_CHARS_DEFAULT, allow_outside_paths: bool = False
) -> list[Document]:
    """Articles listed in a manifest CSV (``id,path[,presumed_source][,lang][,reference]``).

    ``reference`` names a human reference translation in the article's
    language, scored against beside the back-translation.

    Paths are relative to the manifest's folder and must stay inside it
    (symlinks resolved) unless ``allow_outside_paths``: a manifest is often
    someone else's file, and what it names ends up in the report. A broken
    row, or one naming a path outside, becomes an error Document; malformed
    CSV midway keeps the rows before it and adds one error Document for the
    rest. A manifest that cannot be read or lacks the ``id`` or ``path``
    column raises :class:`InputError` (a usage error, not a bad article).
    """
    spath = os.fspath(path)
    text = _manifest_text(spath)
    folder = os.path.dirname(spath)
    docs: list[Document] = []
    number = 0
    try:
        header, rows = _csv_rows(text)
        missing = [c for c in ("id", "path") if c not in header]
        if missing:
            raise InputError(
                f"manifest {spath}: missing column(s) {', '.join(missing)}"
                " (the header must be id,path[,presumed_source])"
            )
        for number, values in rows:
            row = _Row(
                number,
                (values.get("id") or "").strip(),
                (values.get("path") or "").strip(),
                (values.get("presumed_source") or "").strip(),
                (values.get("lang") or "").strip() or None,
                (values.get("reference") or "").strip(),
            )
            docs.extend(_manifest_row(row, folder, max_chars, allow_outside_paths))
    except csv.Error as exc:
        if number == 0 and not docs:
            raise InputError(f"manifest {spath}: malformed CSV ({exc})") from None
        error = f"manifest {spath}: row {number + 1}: malformed CSV ({exc}); the rows after it were not read"
        docs.append(Document(f"manifest:{number + 1}", spath, fmt="csv", error=error))
    return [_finish(doc) for doc in docs]


# --------------------------------------------------------------------------
# Collecting many paths
# --------------------------------------------------------------------------


def _walk(folder: str, visited: set[str] | None = None) -> Iterator[tuple[str, str]]:
    """(kind, path) under a folder, sorted by name; a manifest folder is just its manifest ('found-manifest').

    ``visited`` holds the real paths walked so far, so a symlink loop ends.
    """
    visited = set() if visited is None else visited
    real = os.path.realpath(folder)
    if real in visited:
        return
    visited.add(real)
    manifest = os.path.join(folder, MANIFEST_NAME)
    if os.path.isfile(manifest):
        yield "found-manifest", manifest
        return
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        yield "unreadable", folder
        return
    for entry in entries:
        if entry.name.startswith(".") or entry.name == MANIFEST_NAME:
            continue
        path = os.path.join(folder, entry.name)
        if entry.is_dir():
            yield from _walk(path, visited)
        else:
            yield "file", path


def _expand(arg: str) -> Iterator[tuple[str, str]]:
    """(kind, path) for one argument; kind is 'file', 'manifest', 'missing' or 'unreadable'."""
    if os.path.isdir(arg):
        yield from _walk(arg)
    elif os.path.lexists(arg):
        yield ("manifest" if os.path.basename(arg) == MANIFEST_NAME else "file"), arg
    elif any(ch in arg for ch in "*?["):
        matches = sorted(glob.glob(arg, recursive=True))
        if not matches:
            yield "missing", arg
        for match in matches:
            yield from _expand(match)
    else:
        yield "missing", arg


def read_reference(path: str, max_chars: int = MAX_CHARS_DEFAULT) -> tuple[str | None, str | None]:
    """A reference translation's text, or None and why it cannot be read (one document per file)."""
    if not os.path.isfile(path):
        return None, f"reference: no such file: {path}"
    docs = _read_document(path, None, max_chars)
    if len(docs) != 1:
        return None, f"reference {path}: holds {len(docs)} documents; a reference file holds one"
    if not docs[0].ok or not docs[0].text.strip():
        return None, f"reference {path}: {docs[0].error or 'empty'}"
    return docs[0].text, None


def attach_references(
    articles: Sequence[Document], references: str | Mapping[str, str], max_chars: int = MAX_CHARS_DEFAULT
) -> int:
    """Give articles their human references: a folder of ``<doc id>.<ext>`` files, or texts by doc id.

    An article with no file in the folder keeps none (references often cover
    a sample); an id in a mapping that names no article is a usage error.
    Returns how many articles got one (or an error saying why not).
    """
    by_id = {a.doc_id: a for a in articles}
    if not isinstance(references, str):
        unknown = sorted(set(references) - set(by_id))
        if unknown:
            raise InputError(f"references for unknown article id(s): {', '.join(unknown[:5])}")
        for doc_id, text in references.items():
            by_id[doc_id].reference = text
        return len(references)
    if not os.path.isdir(references):
        raise InputError(f"--references {references}: not a folder")
    files: dict[str, list[str]] = {}
    for entry in sorted(os.scandir(references), key=lambda e: e.name):
        if entry.is_file() and not entry.name.startswith("."):
            files.setdefault(_stem(entry.path), []).append(entry.path)
    found = 0
    for doc in articles:
        paths = files.get(doc.doc_id, [])
        if len(paths) > 1:
            doc.reference_error = f"reference: {len(paths)} files for {doc.doc_id} in {references}"
        elif paths:
            doc.reference, doc.reference_error = read_reference(paths[0], max_chars)
        found += bool(paths)
    return found


def unique_ids(docs: Sequence[Document]) -> None:
    """Make doc_ids unique in order: the second 'x' becomes 'x#2', and so on."""
    used: set[str] = set()
    for doc in docs:
        base, n = doc.doc_id, 1
        while doc.doc_id in used:
            n += 1
            doc.doc_id = f"{base}#{n}"
        used.add(doc.doc_id)


def _placeholder(path: str, error: str) -> Document:
    """The one Document standing for a manifest found in a folder that cannot be read; its id is the path."""
    return Document(path, path, fmt="csv", error=error)


def _read_listed(kind: str, path: str, max_chars: int, allow_outside_paths: bool) -> list[Document]:
    """A manifest's documents; one found while walking a folder fails alone instead of ending the run."""
    try:
        return read_manifest(path, max_chars=max_chars, allow_outside_paths=allow_outside_paths)
    except InputError as exc:
        if kind != "found-manifest":
            raise
        return [_finish(_placeholder(path, str(exc)))]


def collect(
    paths: Sequence[str],
    *,
    manifest: str | None = None,
    max_chars: int = MAX_CHARS_DEFAULT,
    allow_outside_paths: bool = False,
) -> list[Document]:
    """Expand files, folders (recursively) and globs into documents, in a stable order.

    Folders are walked sorted by name, hidden entries skipped; a folder holding
    a ``manifest.csv`` is read as that manifest (its ``backtranslations/`` and
    ``sources/`` are companions, not articles). The same file is read once.
    A path that matches nothing yields an error Document, and so does a
    manifest found in a folder that cannot be read. Raises InputError only
    for an unusable manifest given by name. ``allow_outside_paths`` lets
    manifest rows name files outside the manifest's folder.
    """
    docs: list[Document] = []
    seen: set[str] = set()
    todo: list[tuple[str, str]] = [("manifest", manifest)] if manifest else []
    for arg in paths:
        todo.extend(_expand(os.fspath(arg)))
    for kind, path in todo:
        if kind == "missing":
            docs.append(_finish(Document(_stem(path), path, fmt=_fmt(path), error=f"no such file or folder: {path}")))
            continue
        if kind == "unreadable":
            docs.append(_finish(Document(_stem(path), path, error=f"cannot read folder: {path}")))
            continue
        key = os.path.realpath(path)
        if key in seen:
            continue
        seen.add(key)
        if kind in ("manifest", "found-manifest"):
            listed = _read_listed(kind, path, max_chars, allow_outside_paths)
            docs.extend(listed)
            seen.update(os.path.realpath(doc.path) for doc in listed if doc.path)
        else:
            docs.extend(read_document(path, max_chars=max_chars))
    unique_ids(docs)
    return docs


def from_text(
    doc_id: str,
    text: str,
    *,
    lang: str | None = None,
    presumed_source: str | None = None,
    max_chars: int = MAX_CHARS_DEFAULT,
) -> Document:
    """A document from an in-memory string (notebooks, tests), checked like a file; the id made safe."""
    error = _text_error(text, max_chars)
    doc_id = safe_id(doc_id)
    doc = Document(
        doc_id=doc_id,
        path=f"<{doc_id}>",
        text="" if error else text,
        fmt="text",
        lang=lang,
        presumed_source=presumed_source,
        encoding="str",
        error=error,
    )
    return _finish(doc)
