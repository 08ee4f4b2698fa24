"""MQM interchange: findings as an MQM-style TSV, human MQM annotations back as findings.

The file format is the one of Google's public WMT MQM annotations
(github.com/google/wmt-mqm-human-evaluation): tab-separated, UTF-8, a header
``system doc doc_id seg_id rater source target category severity [comment]``,
one row per error, a segment without error as one ``No-error`` row, and the
erroneous span marked with ``<v>...</v>`` inside ``target`` (or inside
``source`` for source-side errors such as omissions). Cells hold no tab or
line break and are never quoted (:func:`read_tsv` also reads CSV-quoted cells).

An export has one segment per row of :func:`mt_audit.report.segments.segments`
(an alignment bead, or a sentence when the article has no source), so a
human rater sees the article as the HTML report shows it, and an annotated
file comes back to character offsets:

* ``system`` is the article id, ``doc`` the source it was aligned to,
  ``doc_id`` the 1-based row number within the article and ``seg_id`` a
  running segment number over the file.
* ``target`` is the article's ``text[row.start:row.end]`` with every tab and
  line separator replaced by one space and a literal ``<v>``/``</v>`` written
  ``‹v>``/``‹/v>``: the cell has the text's length, so an offset in the cell
  plus ``row.start`` is an offset in the article. Nothing is stripped, so a
  finding in the whitespace between two sentences still sits in a cell.
* a finding crossing rows appears in each segment it touches, its span
  clipped to the segment; an omission marks the whole ``source`` cell. It
  weighs once, as the audit charges it: its first segment has its severity,
  the others ``Neutral`` (weight 0 in Google's scoring) and ``continued=1``
  in the comment.
* ``comment`` says ``mt-audit code=<code> detector=<detector> start=<s>
  end=<e> [sentence=<i>] [source=<json>] [continued=1] | <message>``: the finding's own
  offsets into the document, so reading the file back gives exactly the
  audit's findings. Values and a message holding spaces, quotes, tabs or line
  breaks are JSON strings (a message only when it has line breaks or tabs, or
  starts with a quote), which keeps cells on one line and loses nothing.

Human annotations without such a comment are placed through their segment
(``system``, ``doc_id``) and the ``<v>`` offsets inside it. :func:`compare` matches
human errors to the export's segments on whichever of ``system``, ``doc``,
``doc_id`` and ``seg_id`` the two files share, and says how many it could place.
"""

from __future__ import annotations

import json
import os
import re
import warnings
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from mt_audit.frames import python_strings
from mt_audit.report.segments import Segment, place_findings, segments
from mt_audit.report.tables import FINDING_COLUMNS, INT_COLUMNS, atomic_write
from mt_audit.taxonomy import CATEGORIES

if TYPE_CHECKING:
    from mt_audit.report.tables import Audit

#: The TSV's columns, in Google's order; ``comment`` is absent from their older files.
MQM_COLUMNS = ["system", "doc", "doc_id", "seg_id", "rater", "source", "target", "category", "severity", "comment"]
REQUIRED_COLUMNS = MQM_COLUMNS[:-1]
#: Columns of :func:`annotations`: one row per error.
ANNOTATION_COLUMNS = [
    "system", "doc", "doc_id", "seg_id", "rater", "category", "severity", "side", "span", "span_start", "span_end",
    "target", "source", "code", "comment",
]  # fmt: skip
AGREEMENT_COLUMNS = [
    "category", "n_detected", "n_human", "matched_detected", "matched_human", "precision", "recall", "f1",
]  # fmt: skip
NO_ERROR = "No-error"
#: Google's severity of weight 0: a finding's continuation into a further segment.
NEUTRAL = "Neutral"
RATER = "mt-audit"

#: Every taxonomy code as the MQM category the export writes: read off the taxonomy
#: (:data:`mt_audit.taxonomy.CATEGORIES`, where the reasons are), whose weights are Google's for
#: these categories, so a rater's MQM score of the export and the audit's penalty agree.
MQM_CATEGORY: dict[str, str] = {code: cat.mqm for code, cat in CATEGORIES.items()}
#: The code a human's MQM category means, where it names one of ours unambiguously
#: (Style/Awkward and Other are far broader than repetition and layout, Mistranslation and
#: Punctuation hold several codes and map to the general one, Source issue maps to none).
MQM_CODE: dict[str, str] = {
    "Accuracy/Untranslated text": "accuracy/untranslated",
    "Accuracy/Mistranslation": "accuracy/mistranslation",
    "Accuracy/Omission": "accuracy/omission",
    "Accuracy/Addition": "accuracy/addition",
    "Fluency/Inconsistency": "fluency/inconsistency",
    "Fluency/Punctuation": "fluency/punctuation",
}

#: Characters that end a line somewhere (str.splitlines) or split a TSV cell: one space each in a cell.
_SEPARATORS = "\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_FLATTEN = str.maketrans({c: " " for c in _SEPARATORS})
_TAG = re.compile(r"</?v>")
_PLAIN_VALUE = re.compile(r'[^\s"|\\]+')
_PLAIN_READ = re.compile(r"[^\s|]*")
_KEY = re.compile(r" *([a-z_]+)=")
_PREFIX = "mt-audit "
_JSON = json.JSONDecoder()


def clean_cell(text: str) -> str:
    """``text`` as a TSV cell of the same length: separators become spaces, literal ``<v>`` tags are defused."""
    return re.sub(r"<(?=/?v>)", "‹", text.translate(_FLATTEN))


def mark(cell: str, start: int, end: int) -> str:
    """``cell`` with ``[start, end)`` marked ``<v>...</v>``."""
    return f"{cell[:start]}<v>{cell[start:end]}</v>{cell[end:]}"


def unmark(cell: str) -> tuple[str, int | None, int | None]:
    """(text without tags, start, end) of the first ``<v>`` span; (text, None, None) when unmarked.

    Tags after the first pair are dropped from the text; a ``<v>`` never closed spans to the end.
    """
    parts: list[str] = []
    pos = n = 0
    start = end = None
    for m in _TAG.finditer(cell):
        parts.append(cell[pos : m.start()])
        n += m.start() - pos
        pos = m.end()
        if m.group() == "<v>" and start is None:
            start = n
        elif m.group() == "</v>" and start is not None and end is None:
            end = n
    parts.append(cell[pos:])
    n += len(cell) - pos
    if start is not None and end is None:
        end = n
    return "".join(parts), start, end


def _json(value: str) -> str:
    """A JSON string on one line by every reader's notion of a line."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("\x85", "\\u0085").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _value(value: str) -> str:
    return value if _PLAIN_VALUE.fullmatch(value) else _json(value)


def _comment(f: dict[str, Any], implied_source: str, continued: bool = False) -> str:
    """The finding's own record; ``source=`` only where the reader could not infer it from the marks."""
    fields = [
        f"code={_value(str(f['category']))}",
        f"detector={_value(str(f['detector']))}",
        f"start={int(f['start'])}",
        f"end={int(f['end'])}",
    ]
    if not _missing(f.get("sentence_index")):
        fields.append(f"sentence={int(f['sentence_index'])}")
    source = _text(f.get("source_span"))
    if source != implied_source:
        fields.append(f"source={_json(source)}")
    if continued:
        fields.append("continued=1")
    message = _text(f.get("message"))
    if message.startswith('"') or any(c in message for c in _SEPARATORS):
        message = _json(message)
    return f"{_PREFIX}{' '.join(fields)} | {message}"


def parse_comment(comment: str) -> dict[str, Any] | None:
    """The fields of an ``mt-audit ...`` comment (``message`` included); None for any other comment."""
    if not comment.startswith(_PREFIX):
        return None
    pos, fields = len(_PREFIX), {}
    while m := _KEY.match(comment, pos):
        pos = m.end()
        if comment.startswith('"', pos):
            try:
                value, pos = _JSON.raw_decode(comment, pos)
            except ValueError:
                return None
        else:
            plain = re.compile(r"[^\s|]*").match(comment, pos)
            assert plain is not None
            value, pos = plain.group(), plain.end()
        fields[m.group(1)] = value
    rest = re.match(r" *\|? ?", comment[pos:])
    assert rest is not None
    message = comment[pos + rest.end() :]
    if message.startswith('"'):
        try:
            decoded = json.loads(message)
        except ValueError:
            decoded = None
        message = decoded if isinstance(decoded, str) else message
    fields["message"] = message
    for key in ("start", "end", "sentence"):
        if key in fields:
            try:
                fields[key] = int(fields[key])
            except ValueError:
                fields.pop(key)
    return fields


@python_strings
def export(audit: Audit, rater: str = RATER) -> pd.DataFrame:
    """The audit's findings as an MQM TSV table (columns :data:`MQM_COLUMNS`), articles with status ok.

    Raises ValueError when an audited article's text is missing (an audit saved without texts.jsonl).
    """
    out: list[dict[str, Any]] = []
    seg_id = 0
    texts = {d: text for d, (text, _) in audit.text_index().items()}
    for doc_id in _ok_articles(audit):
        if doc_id not in texts:
            raise ValueError(f"article {doc_id} has no text in the audit (texts.jsonl): rerun the audit to export it")
        text = texts[doc_id]
        rows = segments(audit, doc_id) or [Segment(0, "text", 0, len(text), [0])]
        found = audit.findings[audit.findings["doc_id"] == doc_id].reset_index(drop=True)
        placed = _place(rows, found)
        doc = _source_id(audit, doc_id)
        written: set[Any] = set()
        for k, row in enumerate(rows, start=1):
            seg_id += 1
            target, source = clean_cell(text[row.start : row.end]), clean_cell(row.source_text)
            base = {"system": doc_id, "doc": doc, "doc_id": k, "seg_id": seg_id, "rater": rater}
            if not placed[row.index]:
                clean = {"source": source, "target": target, "category": NO_ERROR, "severity": NO_ERROR}
                out.append(base | clean | {"comment": ""})
            for label in placed[row.index]:
                f = found.loc[label].to_dict()
                continued = label in written
                written.add(label)
                start, end = int(f["start"]), int(f["end"])
                omission = start == end and f["category"] == "accuracy/omission"
                if omission:
                    marked_source, marked_target = mark(source, 0, len(source)), target
                else:
                    cs = min(max(start, row.start), row.end) - row.start
                    ce = max(min(max(end, row.start), row.end) - row.start, cs)
                    marked_source, marked_target = source, mark(target, cs, ce)
                out.append(
                    base
                    | {
                        "source": marked_source,
                        "target": marked_target,
                        "category": MQM_CATEGORY.get(str(f["category"]), "Other"),
                        "severity": NEUTRAL if continued else str(f["severity"]).capitalize(),
                        "comment": _comment(f, source if omission else "", continued),
                    }
                )
    df = pd.DataFrame(out, columns=MQM_COLUMNS)
    for col in ("doc_id", "seg_id"):
        df[col] = df[col].astype("int64")
    return df


def _place(rows: list[Segment], found: pd.DataFrame) -> dict[int, list[Any]]:
    """place_findings, and a finding no row holds (offsets past the text) goes to the last row: none is lost."""
    placed = place_findings(rows, found)
    seen = {label for labels in placed.values() for label in labels}
    for label in found.index:
        if label not in seen:
            placed[rows[-1].index].append(label)
    return placed


def write_tsv(df: pd.DataFrame, path: str | os.PathLike[str]) -> Path:
    """Write an MQM table (columns :data:`MQM_COLUMNS`, ``comment`` optional) as UTF-8 TSV, atomically.

    Raises ValueError for a missing column or a cell holding a tab or line break: the format cannot quote.
    """
    missing = [c for c in REQUIRED_COLUMNS if c not in df.columns]
    if missing:
        raise ValueError(f"an MQM table needs the columns {', '.join(missing)}")
    lines = ["\t".join(MQM_COLUMNS)]
    for n, record in enumerate(df.to_dict("records")):
        cells = [_text(record.get(c)) for c in MQM_COLUMNS]
        for col, cell in zip(MQM_COLUMNS, cells):
            if any(c in cell for c in _SEPARATORS):
                raise ValueError(f"row {n}, column {col}: a tab or line break cannot be written to an MQM TSV")
        lines.append("\t".join(cells))
    target = Path(path)
    atomic_write(target, "".join(line + "\n" for line in lines))
    return target


@python_strings
def read_tsv(path: str | os.PathLike[str]) -> pd.DataFrame:
    """An MQM TSV as written (all strings; ``comment`` "" when the file has none).

    Reads Google's files as they come: a UTF-8 BOM, CRLF line ends, blank lines, CSV-quoted cells
    (a cell that is one whole ``"..."`` field with inner quotes doubled; it may hold tabs and line
    breaks), short rows (padded with "", with a warning naming their lines) and rows with more cells
    than the header (the extras are joined to the last column with a space).
    Raises ValueError naming the required columns the header lacks.
    """
    records = [(n, cells) for n, cells in _records(Path(path).read_text(encoding="utf-8-sig")) if _filled(cells)]
    header = [h.strip() for h in records[0][1]] if records else []
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise ValueError(f"{path}: not an MQM TSV, its header lacks the columns {', '.join(missing)}")
    # a row that lacks only a trailing comment is complete: writers drop the empty last cell
    needed = len(header) - (header[-1] == "comment")
    rows, short = [], []
    for n, cells in records[1:]:
        if len(cells) > len(header):
            cells = cells[: len(header) - 1] + [" ".join(cells[len(header) - 1 :])]
        elif len(cells) < needed:
            short.append(n)
        rows.append(cells + [""] * (len(header) - len(cells)))
    if short:
        lines = ", ".join(map(str, short[:10])) + (f" and {len(short) - 10} more" if len(short) > 10 else "")
        message = f"{path}: {len(short)} row(s) with missing cells, padded with empty ones: line {lines}"
        warnings.warn(message, stacklevel=2)
    df = pd.DataFrame(rows, columns=header, dtype=object)
    if "comment" not in df:
        df["comment"] = ""
    return df[MQM_COLUMNS + [c for c in header if c not in MQM_COLUMNS]]


#: A whole CSV-quoted cell: quotes, inner quotes doubled, then the cell's end.
_QUOTED = re.compile(r'"((?:[^"]|"")*)"(?=\t|\r?\n|\Z)')
_UNQUOTED = re.compile(r"[^\t\n]*")


def _records(text: str) -> Iterable[tuple[int, list[str]]]:
    """(1-based line number where it starts, cells) of each TSV record; quoted cells unquoted."""
    pos, line = 0, 1
    while pos < len(text):
        first, cells = line, []
        while True:
            quoted = _QUOTED.match(text, pos) if text.startswith('"', pos) else None
            if quoted:
                cells.append(quoted.group(1).replace('""', '"'))
                line += quoted.group().count("\n")
                pos = quoted.end() + text.startswith("\r\n", quoted.end())
            else:
                plain = _UNQUOTED.match(text, pos)
                assert plain is not None
                cells.append(plain.group().removesuffix("\r"))
                pos = plain.end()
            if not text.startswith("\t", pos):
                break
            pos += 1
        pos, line = pos + 1, line + 1
        yield first, cells


def _filled(cells: list[str]) -> bool:
    return any(c.strip() for c in cells)


@python_strings
def annotations(df: pd.DataFrame) -> pd.DataFrame:
    """One row per error of an MQM table (No-error rows dropped), spans parsed (:data:`ANNOTATION_COLUMNS`).

    ``side`` is where the ``<v>`` span is ("target", else "source", else "none");
    ``span_start``/``span_end`` index the unmarked cell of that side (NA for "none").
    ``code`` is ours: from an ``mt-audit`` comment, else :data:`MQM_CODE` of the category, else None.
    """
    rows = []
    for r in df.to_dict("records"):
        category, severity = _text(r.get("category")).strip(), _text(r.get("severity")).strip()
        if NO_ERROR.lower() in (category.lower(), severity.lower()):
            continue
        target, ts, te = unmark(_text(r.get("target")))
        source, ss, se = unmark(_text(r.get("source")))
        if ts is not None:
            side, cell, start, end = "target", target, ts, te
        elif ss is not None:
            side, cell, start, end = "source", source, ss, se
        else:
            side, cell, start, end = "none", "", None, None
        comment = _text(r.get("comment"))
        fields = parse_comment(comment) or {}
        rows.append(
            {
                "system": _text(r.get("system")),
                "doc": _text(r.get("doc")),
                "doc_id": r.get("doc_id"),
                "seg_id": r.get("seg_id"),
                "rater": _text(r.get("rater")),
                "category": category,
                "severity": severity,
                "side": side,
                "span": cell[start:end] if start is not None else "",
                "span_start": start,
                "span_end": end,
                "target": target,
                "source": source,
                "code": fields["code"] if "code" in fields else MQM_CODE.get(category),
                "comment": comment,
            }
        )
    out = pd.DataFrame(rows, columns=ANNOTATION_COLUMNS)
    for col in ("doc_id", "seg_id"):
        out[col] = pd.to_numeric(out[col], errors="coerce").astype("Int64")
    for col in ("span_start", "span_end"):
        out[col] = out[col].astype("Int64")
    out["code"] = out["code"].astype(object).where(out["code"].notna(), None)
    return out


@python_strings
def to_findings(df: pd.DataFrame, audit: Audit) -> pd.DataFrame:
    """The errors of an MQM table (or of its :func:`annotations`) as findings of ``audit`` (FINDING_COLUMNS).

    An error whose comment carries ``mt-audit`` offsets is that finding again (one finding for the
    rows a crossing finding was split into). Any other error is placed through its segment:
    article ``system``, row ``doc_id``; a target span at ``row.start + span_start``, a source-side
    error as a zero-width finding at the row with the span as ``source_span``, an unmarked one over
    the row's text. ``category`` is our code when known, else the MQM category; ``severity`` the
    MQM severity in lower case; ``detector`` the rater for errors not from mt-audit.

    Errors naming an unknown article or row, or offsets outside its text, are left out: a warning
    counts them and the returned frame's ``attrs["unplaced"]`` holds their annotation rows.
    """
    notes = df if "side" in df.columns else annotations(df)
    index = audit.text_index()
    texts = {d: text for d, (text, _) in index.items()}
    langs = _langs(audit)
    rows_of: dict[str, list[Segment]] = {}
    found: list[dict[str, Any]] = []
    keys: list[tuple[Any, ...]] = []
    per_row: Counter[tuple[tuple[Any, ...], Any]] = Counter()
    seen: set[tuple[Any, ...]] = set()
    unplaced: list[int] = []
    for label, a in notes.iterrows():
        system = str(a["system"])
        fields = parse_comment(_text(a["comment"])) or {}
        if system not in texts:
            unplaced.append(label)
            continue
        text = texts[system]
        if "start" in fields and "end" in fields:
            if fields.get("continued"):
                continue  # the finding is its first segment's row
            start, end = fields["start"], fields["end"]
            if not 0 <= start <= end <= len(text):
                unplaced.append(label)
                continue
            source_span = fields["source"] if "source" in fields else (a["span"] if a["side"] == "source" else "")
            finding = {
                "doc_id": system,
                "lang": langs.get(system),
                "category": fields["code"] if "code" in fields else a["code"] or a["category"],
                "severity": str(a["severity"]).lower(),
                "detector": fields["detector"] if "detector" in fields else str(a["rater"]),
                "start": start,
                "end": end,
                "span": text[start:end],
                "sentence_index": fields.get("sentence"),
                "source_span": source_span,
                "message": fields.get("message", ""),
            }
            key = tuple(finding.values())
            if key not in seen:
                seen.add(key)
                keys.append(key)
                found.append(finding)
            per_row[key, a["doc_id"]] += 1
            continue
        if system not in rows_of:
            rows_of[system] = segments(audit, system)
        located = _locate(a, rows_of[system], text)
        if located is None:
            unplaced.append(label)
            continue
        start, end, source_span = located
        message = _text(a["comment"]) or f"{a['category']} ({a['rater']})"
        finding = {
            "doc_id": system,
            "lang": langs.get(system),
            "category": a["code"] or a["category"],
            "severity": str(a["severity"]).lower(),
            "detector": str(a["rater"]),
            "start": start,
            "end": end,
            "span": text[start:end],
            "sentence_index": _sentence_at(index[system][1], start, end),
            "source_span": source_span,
            "message": message,
        }
        found.append(finding)
        keys.append(())
    copies: Counter[tuple[Any, ...]] = Counter()
    for (key, _), n in per_row.items():
        copies[key] = max(copies[key], n)
    out_rows = []
    for key, finding in zip(keys, found):
        out_rows.extend([finding] * (copies[key] if key else 1))
    out = pd.DataFrame(out_rows, columns=FINDING_COLUMNS)
    for col in INT_COLUMNS:
        if col in out:
            out[col] = out[col].astype("Int64")
    out.attrs["unplaced"] = notes.loc[unplaced].reset_index(drop=True)
    if unplaced:
        warnings.warn(
            f"{len(unplaced)} MQM error(s) name an article, row or offsets this audit does not have; left out",
            stacklevel=2,
        )
    return out


def _locate(a: pd.Series, rows: list[Segment], text: str) -> tuple[int, int, str] | None:
    """(start, end, source_span) of an error with no offsets of its own, from its row and ``<v>`` span."""
    k = a["doc_id"]
    if pd.isna(k) or not 1 <= int(k) <= len(rows):
        return None
    row = rows[int(k) - 1]
    if a["side"] == "source":
        return row.start, row.start, str(a["span"])
    if a["side"] == "none":
        stripped = text[row.start : row.end]
        start = row.start + len(stripped) - len(stripped.lstrip())
        return start, max(start, row.start + len(stripped.rstrip())), ""
    start, end = row.start + int(a["span_start"]), row.start + int(a["span_end"])
    if end <= row.end and clean_cell(text[start:end]) == a["span"]:
        return start, end, ""
    at = clean_cell(text[row.start : row.end]).find(str(a["span"]))
    if at < 0:
        return None
    return row.start + at, row.start + at + len(str(a["span"])), ""


@python_strings
def agreement(
    detected: pd.DataFrame, human: pd.DataFrame, by: str = "category", keys: tuple[str, ...] = ("system", "doc_id")
) -> pd.DataFrame:
    """Per MQM category and over all ("All"): how many detected errors a human marked too, and vice versa.

    Both inputs are :func:`annotations` frames. A detected error matches a human one in the same
    segment (equal ``keys``: by default ``system`` and row ``doc_id``), of the same MQM category
    (``by="category"``) or any (``by="any"``: span-level detection agreement; a category's row then
    counts its errors matched by an error of any category), whose spans overlap; a zero-width,
    source-side or unmarked error matches on segment (and category) alone. precision =
    matched_detected / n_detected, recall = matched_human / n_human (NaN when nothing to count).
    """
    if by not in ("category", "any"):
        raise ValueError(f"by must be 'category' or 'any', not {by!r}")
    det, hum = detected.reset_index(drop=True), human.reset_index(drop=True)
    index: dict[tuple[Any, ...], list[int]] = {}
    for j, h in hum.iterrows():
        index.setdefault(_match_key(h, by, keys), []).append(j)
    hit_det: set[int] = set()
    hit_hum: set[int] = set()
    for i, d in det.iterrows():
        for j in index.get(_match_key(d, by, keys), []):
            if _overlap(d, hum.loc[j]):
                hit_det.add(i)
                hit_hum.add(j)
    categories = sorted(set(det["category"]) | set(hum["category"]))
    rows = []
    for category in [*categories, "All"]:
        d_in = list(det.index) if category == "All" else list(det.index[det["category"] == category])
        h_in = list(hum.index) if category == "All" else list(hum.index[hum["category"] == category])
        rows.append(_scores(category, d_in, h_in, hit_det, hit_hum))
    return pd.DataFrame(rows, columns=AGREEMENT_COLUMNS)


#: The ways a human error may name its segment, most specific first. An export writes ``system`` =
#: article id, ``doc`` = its source, ``doc_id`` = row in the article, ``seg_id`` = row in the file;
#: a rater who annotated the export keeps them all, other files share fewer.
KEY_SETS: tuple[tuple[str, ...], ...] = (
    ("system", "doc", "doc_id", "seg_id"),
    ("system", "doc", "seg_id"),
    ("system", "doc", "doc_id"),
    ("system", "seg_id"),
    ("system", "doc_id"),
)


def segment_keys(exported: pd.DataFrame, human: pd.DataFrame) -> tuple[tuple[str, ...], pd.Series]:
    """The key set (of :data:`KEY_SETS`) placing the most human errors on exported segments, and which it places.

    ``exported`` is an :func:`export` table (every segment), ``human`` :func:`annotations`. Ties go to
    the more specific set, so a file that keeps the export's ``doc`` and ``seg_id`` is matched on them.
    """
    segs = annotations(exported.assign(category="x", severity="x"))
    best: tuple[tuple[str, ...], pd.Series] = (KEY_SETS[-1], pd.Series(False, index=human.index))
    for keys in KEY_SETS:
        known = {_key(r, keys) for _, r in segs.iterrows()}
        placed = pd.Series([_key(r, keys) in known for _, r in human.iterrows()], index=human.index, dtype=bool)
        if placed.sum() > best[1].sum():
            best = (keys, placed)
    return best


@python_strings
def compare(audit: Audit, human_tsv: str | os.PathLike[str], by: str = "category") -> pd.DataFrame:
    """:func:`agreement` of the audit's findings with a human-annotated MQM TSV (the ``mqm compare`` verb).

    Human errors are placed on the export's segments by the keys both files share
    (:func:`segment_keys`); those on no segment are left out of the table, counted in
    ``attrs`` (``placed``, ``unplaced``, ``keys``, and ``placement``, a sentence) and warned about.
    Raises ValueError, naming both sides' systems and docs, when the file has errors and none can be placed.
    """
    exported = export(audit)
    human = annotations(read_tsv(human_tsv))
    keys, placed = segment_keys(exported, human)
    if len(human) and not placed.any():
        raise ValueError(_nothing_placed(human_tsv, exported, human))
    table = agreement(annotations(exported), human[placed], by=by, keys=keys)
    n_in, n_out = int(placed.sum()), int((~placed).sum())
    differ = _other_text(exported, human[placed], keys)
    table.attrs.update(placed=n_in, unplaced=n_out, keys=keys, other_text=differ)
    table.attrs["placement"] = (
        f"{n_in} of {len(human)} human error(s) placed on the audit's segments by {', '.join(keys)}"
        + (f"; {n_out} on no segment of the audit, left out" if n_out else "")
        + (f"; {differ} placed on a segment whose target text differs from theirs" if differ else "")
    )
    if n_out or 2 * differ > n_in:
        warnings.warn(table.attrs["placement"], stacklevel=2)
    return table


def _other_text(exported: pd.DataFrame, human: pd.DataFrame, keys: tuple[str, ...]) -> int:
    """How many human errors with a target text sit on a segment whose text is another (whitespace aside):
    keys that match by chance (a running number in both files) place errors on the wrong sentences."""
    texts = {_key(r, keys): _words(unmark(str(r["target"]))[0]) for _, r in exported.iterrows()}
    return sum(
        bool(_words(h["target"])) and texts.get(_key(h, keys)) != _words(h["target"]) for _, h in human.iterrows()
    )


def _words(text: Any) -> str:
    return " ".join(str(text).replace("‹", "<").split())


def _nothing_placed(path: str | os.PathLike[str], exported: pd.DataFrame, human: pd.DataFrame) -> str:
    def few(values: Iterable[Any]) -> str:
        distinct = sorted({str(v) for v in values})
        return ", ".join(distinct[:5]) + (f" (+{len(distinct) - 5} more)" if len(distinct) > 5 else "")

    return (
        f"{path}: none of its {len(human)} human error(s) falls on a segment of this audit: its systems "
        f"({few(human['system'])}) and docs ({few(human['doc'])}) do not match the audit's articles "
        f"({few(exported['system'])}) and sources ({few(exported['doc'])}); compare needs the TSV of "
        "`mt-audit mqm export` annotated (system = article id, doc = source id, doc_id = row in the article)"
    )


def _key(a: pd.Series, keys: tuple[str, ...]) -> tuple[Any, ...]:
    """A segment's identity under ``keys``: text for system/doc, an int (None when missing) for the numbers."""
    out: list[Any] = []
    for k in keys:
        if k in ("doc_id", "seg_id"):
            out.append(None if pd.isna(a[k]) else int(a[k]))
        else:
            out.append(str(a[k]).strip())
    return tuple(out)


def _match_key(a: pd.Series, by: str, keys: tuple[str, ...] = ("system", "doc_id")) -> tuple[Any, ...]:
    return (*_key(a, keys), a["category"] if by == "category" else None)


def _overlap(a: pd.Series, b: pd.Series) -> bool:
    """Whether two errors of one row overlap; a zero-width, source-side or unmarked one needs no span."""
    if a["side"] != "target" or b["side"] != "target":
        return True
    s1, e1, s2, e2 = int(a["span_start"]), int(a["span_end"]), int(b["span_start"]), int(b["span_end"])
    if s1 == e1 or s2 == e2:
        return True
    return s1 < e2 and s2 < e1


def _scores(category: str, det: list[int], hum: list[int], hit_det: set[int], hit_hum: set[int]) -> dict[str, Any]:
    md, mh = sum(i in hit_det for i in det), sum(j in hit_hum for j in hum)
    precision = md / len(det) if det else float("nan")
    recall = mh / len(hum) if hum else float("nan")
    if det and hum:
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    else:
        f1 = float("nan")
    return {
        "category": category,
        "n_detected": len(det),
        "n_human": len(hum),
        "matched_detected": md,
        "matched_human": mh,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
    }


def _ok_articles(audit: Audit) -> list[str]:
    arts = audit.articles
    return [str(d) for d in arts.loc[arts["status"] == "ok", "doc_id"]]


def _langs(audit: Audit) -> dict[str, str | None]:
    docs = audit.documents
    return {str(r["doc_id"]): (None if _missing(r["lang"]) else str(r["lang"])) for r in docs.to_dict("records")}


def _source_id(audit: Audit, doc_id: str) -> str:
    a = audit.alignment
    if a is None or not len(a) or "source_id" not in a or "doc_id" not in a:
        return doc_id
    ids = [s for s in a.loc[a["doc_id"] == doc_id, "source_id"] if not _missing(s) and str(s)]
    return str(ids[0]) if ids else doc_id


def _sentence_at(spans: Iterable[list[int]], start: int, end: int) -> int | None:
    """Index of the sentence holding ``start`` (for a zero-width error, the one it touches)."""
    for i, (s, e) in enumerate(spans):
        if s <= start < e or s <= start == end <= e:
            return i
    return None


def _missing(value: Any) -> bool:
    return value is None or (not isinstance(value, (list, tuple, str)) and bool(pd.isna(value)))


def _text(value: Any) -> str:
    """A cell's text: missing values are ""."""
    return "" if _missing(value) else str(value)
