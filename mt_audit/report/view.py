"""What report.html shows, as plain values for its template.

Nothing here writes markup: every value stays text, and the Jinja2 template
(``templates/report.html.j2``), which escapes whatever it prints, lays it out.
So an id, a message or a run.json value can never become part of the page's
structure, whatever it holds. Ids that go into ``id``/``href``/``data-f``
attributes are encoded by :func:`encode_id` to a safe alphabet.
"""

from __future__ import annotations

import math
import string
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from mt_audit.languages import right_to_left
from mt_audit.report.segments import Segment, place_findings, segments
from mt_audit.taxonomy import (
    CATEGORIES,
    NOT_TRANSLATIONS,
    SEVERITIES,
    VERDICT_NO_SOURCE,
    VERDICT_UNREAD,
    is_translation,
)

if TYPE_CHECKING:
    import pandas as pd

    from mt_audit.report.tables import Audit

#: (column, header, decimals) of the article table; decimals -1: a text column.
ARTICLE_COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("doc_id", "article", -1),
    ("lang", "lang", -1),
    ("status", "status", -1),
    ("matched_source", "derives from", -1),
    ("verdict", "verdict", -1),
    ("source_score", "attribution", 2),
    ("sibling_group", "siblings", -1),
    ("bleu", "BLEU", 1),
    ("chrf", "chrF", 1),
    ("ter", "TER", 1),
    ("comet", "COMET", 3),
    ("comet_qe", "COMET-QE", 3),
    ("n_findings", "findings", 0),
    ("mqm_per_100_words", "MQM /100 w", 2),
    ("quality", "quality", 1),
)
#: Columns of scores against human references, shown after the scores when any article has one.
REFERENCE_COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("ref_bleu", "BLEU vs ref", 1),
    ("ref_chrf", "chrF vs ref", 1),
    ("ref_ter", "TER vs ref", 1),
    ("ref_comet", "COMET vs ref", 3),
)
_SAFE = frozenset(string.ascii_letters + string.digits + "-")


def direction(value: str, default: str) -> str:
    """``"rtl"``/``"ltr"`` where the first, the last and most of ``value``'s strong characters agree; else ``default``.

    Unicode's bidi classes decide (L against R and AL). The first strong
    character alone (UAX #9's rule, ``dir="auto"``) would turn an Arabic
    sentence that opens with a Latin name left-to-right, and the majority
    alone one that holds a long English name; requiring all three keeps such
    sentences in the view's direction while an English sentence quoted whole
    in an Arabic article reads left-to-right.
    """
    strong = [kind != "L" for kind in map(unicodedata.bidirectional, value) if kind in ("L", "R", "AL")]
    if not strong:
        return default
    rtl = sum(strong)
    if strong[0] and strong[-1] and 2 * rtl > len(strong):
        return "rtl"
    if not strong[0] and not strong[-1] and 2 * rtl < len(strong):
        return "ltr"
    return default


def encode_id(value: str) -> str:
    """``value`` in ``[A-Za-z0-9_-]``, for HTML ids, fragment links and ``data-f`` lists.

    Letters, digits and ``-`` stand for themselves; every other character
    (``_`` included, so the encoding is injective) becomes ``_xx`` per byte
    of its UTF-8 form, lone surrogates too (``surrogatepass``). report.js
    encodes ``?article=ID`` the same way (``encodeId``).
    """
    return "".join(c if c in _SAFE else "".join(f"_{b:02x}" for b in c.encode("utf-8", "surrogatepass")) for c in value)


def link(doc_id: Any) -> dict[str, str]:
    """An article link: the id to show and the anchor of its reading view."""
    return {"id": text(doc_id), "anchor": "article-" + encode_id(text(doc_id))}


def text(value: Any) -> str:
    """A cell as text: None, NaN and pandas NA are ""."""
    import pandas as pd

    return "" if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)) else str(value)


def finite(value: Any) -> bool:
    try:
        return value is not None and math.isfinite(float(value))
    except (TypeError, ValueError):
        return False


#: Columns a verdict of "not a translation" leaves empty (the others are empty for their own reasons).
VERDICT_COLUMNS = frozenset({"quality", "mqm_penalty", "mqm_per_100_words", "scored_words"})


def not_scored(row: Any) -> str:
    """Why an audited article has no score ("not a translation", "no source", "unreadable"); "" if it is one.

    Rows without a verdict (outputs of older versions) are "" too: their missing numbers stay missing.
    """
    verdict = text(row.get("verdict"))
    if row.get("status") != "ok" or not verdict or is_translation(verdict):
        return ""
    return {VERDICT_NO_SOURCE: "no source", VERDICT_UNREAD: "unreadable"}.get(verdict, "not a translation")


# overview


def overview(audit: Audit) -> dict[str, Any]:
    """Counts, languages, which source each article derives from, sibling groups, what was missing."""
    docs, arts = audit.documents, audit.articles
    ok = arts[arts["status"] == "ok"]
    sources = docs[docs["role"] == "source"] if "role" in docs else docs.iloc[0:0]
    langs = ok["lang"].dropna().value_counts().sort_index()
    attributed = [
        (text(src), [link(d) for d in sorted(ok.loc[ok["matched_source"] == src, "doc_id"].astype(str))])
        for src in (sorted(sources["doc_id"].astype(str)) if len(sources) else [])
    ]
    groups = ok.dropna(subset=["sibling_group"]).groupby("sibling_group")["doc_id"]
    missing = audit.run.get("missing") or {}
    return {
        "n_ok": len(ok),
        "n_articles": len(arts),
        "langs": [f"{k} ({v})" for k, v in langs.items()],
        "n_sources_ok": int((sources["status"] == "ok").sum()),
        "n_sources": len(sources),
        "n_findings": len(audit.findings),
        "attributed": attributed,
        "orphans": [link(d) for d in sorted(ok.loc[ok["matched_source"].isna(), "doc_id"].astype(str))],
        "siblings": sorted((text(g), [link(d) for d in sorted(map(str, ids))]) for g, ids in groups),
        "failed": [(text(r["doc_id"]), text(r["error"])) for _, r in arts[arts["status"] != "ok"].iterrows()],
        "missing": [(text(k), text(v.get("message", v) if isinstance(v, dict) else v)) for k, v in missing.items()],
    }


# article table


@dataclass(frozen=True)
class Cell:
    """One cell of the article table: ``value`` sorts (``data-v``), ``shown`` is read."""

    value: str
    shown: str
    num: bool = False
    interval: str = ""
    anchor: str = ""


def article_columns(audit: Audit) -> tuple[tuple[str, str, int], ...]:
    """The article table's columns: the reference scores only when a run computed any."""
    arts = audit.articles
    shown = tuple(c for c in REFERENCE_COLUMNS if c[0] in arts and arts[c[0]].notna().any())
    if not shown:
        return ARTICLE_COLUMNS
    at = next(k for k, c in enumerate(ARTICLE_COLUMNS) if c[0] == "n_findings")
    return ARTICLE_COLUMNS[:at] + shown + ARTICLE_COLUMNS[at:]


def article_rows(audit: Audit) -> list[dict[str, Any]]:
    """The article table's rows, in the documents' order."""
    columns = article_columns(audit)
    return [
        {"failed": r.get("status") != "ok", "cells": [_cell(r, col, dec) for col, _, dec in columns]}
        for _, r in audit.articles.iterrows()
    ]


def _cell(r: Any, col: str, dec: int) -> Cell:
    value = r.get(col)
    if col == "doc_id":
        return Cell(text(value), text(value), anchor=link(value)["anchor"])
    if dec < 0:
        return Cell(text(value), text(value))
    if not finite(value):  # only the translation-quality columns are empty *because* of the verdict
        return Cell("", (not_scored(r) if col in VERDICT_COLUMNS else "") or "–", num=True)
    v = float(value)
    lo, hi = r.get(f"{col}_low"), r.get(f"{col}_high")
    interval = f"[{float(lo):.{dec}f}–{float(hi):.{dec}f}]" if finite(lo) and finite(hi) else ""
    return Cell(repr(v), f"{v:.{dec}f}", num=True, interval=interval)


# heatmap


def heatmap(audit: Audit, value: str = "per_1000_words") -> dict[str, Any] | None:
    """Category × language: findings per 1,000 words, shade and count per cell; None with no audited article."""
    tax = audit.taxonomy()
    if not len(tax):
        return None
    langs = sorted(tax["lang"].unique())
    rated = tax[tax["category"] != NOT_TRANSLATIONS]
    top = float(rated[value].fillna(0).max()) or 1.0
    cell = {(r["category"], r["lang"]): r for r in tax.to_dict("records")}
    rows = []
    for code, cat in CATEGORIES.items():
        cells = [_heat_cell(cell.get((code, lang), {}), value, top, code, lang) for lang in langs]
        rows.append({"dimension": cat.dimension, "code": code, "description": cat.description, "cells": cells})
    if len(rated) < len(tax):  # findings of articles that translate no source: counted, never shaded as a rate
        cells = [_heat_cell(cell.get((NOT_TRANSLATIONS, lang), {}), value, math.inf, NOT_TRANSLATIONS, lang)
                 for lang in langs]  # fmt: skip
        what = "all findings of articles that are not translations of a source (not rated)"
        rows.append({"dimension": "", "code": NOT_TRANSLATIONS, "description": what, "cells": cells})
    return {"langs": [text(x) for x in langs], "rows": rows}


def _heat_cell(row: dict[str, Any], value: str, top: float, code: str, lang: Any) -> dict[str, Any]:
    v = float(row[value]) if finite(row.get(value)) else 0.0
    n = int(row.get("count", 0))
    alpha = 0.0 if n == 0 else 0.12 + 0.78 * min(1.0, v / top)
    ink = ";color:#fff" if alpha > 0.5 else ""
    return {
        "style": f"background:rgba(200,40,40,{alpha:.2f}){ink}",
        "title": f"{code} in {text(lang)}: {n}",
        "n": n,
        "v": f"{v:.1f}",
    }


def legend() -> list[tuple[str, str]]:
    """(css class, dimension) of each MQM dimension, for the highlight legend."""
    dims: dict[str, str] = {}
    for code, cat in CATEGORIES.items():
        dims.setdefault(cat.dimension, slug(code))
    return [(cls, dim) for dim, cls in dims.items()]


# reading views


@dataclass(frozen=True)
class Mark:
    """One finding as the article cell and the finding list need it."""

    fid: str  # encoded, for id/href/data-f
    label: str  # as read: "<doc id>-<n>"
    category: str
    severity: str
    message: str
    start: int
    end: int


@dataclass(frozen=True)
class Piece:
    """A run of an article cell: plain ``text``, a ``space`` at a row's edge, a ``mark`` or a ``gap``."""

    kind: str
    text: str
    cls: str = ""
    anchor: str = ""
    data_f: str = ""
    title: str = ""
    extra: tuple[str, ...] = ()


@dataclass
class Run:
    """Consecutive pieces of an article cell; ``dir`` is set on a sentence written the other way than the view.

    The template isolates such a run (``<bdi dir=...>``), so an English
    sentence in an Arabic view keeps its full stop at its end instead of the
    browser moving it to the sentence's other side.
    """

    dir: str
    pieces: list[Piece] = field(default_factory=list)


def reading_view(audit: Audit, doc_id: str) -> dict[str, Any]:
    """One article: aligned rows (source | article | back-translation), findings placed in them."""
    doc = audit.documents[audit.documents["doc_id"].astype(str) == doc_id]
    info = doc.iloc[0] if len(doc) else None
    lang = text(info["lang"]) if info is not None and isinstance(info["lang"], str) else ""
    found = audit.findings[audit.findings["doc_id"].astype(str) == doc_id]
    found = found.sort_values(["start", "end", "category"], kind="stable")
    marks = {label: _mark(doc_id, n, f) for n, (label, f) in enumerate(found.iterrows())}
    view: dict[str, Any] = {
        "doc_id": doc_id,
        "anchor": link(doc_id)["anchor"],
        "summary": summary(info, len(found)),
        "error": None if info is None or info.get("status") == "ok" else text(info.get("error")),
        "lang": lang,
        "dir": "rtl" if right_to_left(lang) else "ltr",
        "notes": text(info.get("notes")) if info is not None else "",
        "coverage": coverage(audit, doc_id),
        "findings": [_listed(marks[label], f) for label, f in found.iterrows()],
        "rows": [],
        "has_text": False,
        "chart": None,
    }
    full, sentences = audit.text(doc_id)
    if view["error"] is None and full:
        spans = [(int(a), int(b)) for a, b in sentences]
        view.update(_rows(audit, doc_id, full, spans, found, marks, view["dir"]), has_text=True)
    for item in view["findings"]:
        item["span_dir"] = direction(item["span"], view["dir"])
    return view


def coverage(audit: Audit, doc_id: str) -> dict[str, list[tuple[str, str]]]:
    """The checks that could not run, and those degraded, in the article's language: (check, reason) pairs.

    Read from run.json ``coverage``; an entry of another shape (an edited or
    older file) shows nothing rather than failing the page.
    """
    record = (audit.run.get("coverage") or {}) if isinstance(audit.run.get("coverage"), dict) else {}
    entry = record.get(doc_id)
    entry = entry if isinstance(entry, dict) else {}
    return {key: _reasons(entry.get(key)) for key in ("cannot_run", "degraded")}


def _reasons(items: Any) -> list[tuple[str, str]]:
    if not isinstance(items, list):
        return []
    return [(text(x.get("check")), text(x.get("reason"))) for x in items if isinstance(x, dict)]


def _mark(doc_id: str, n: int, f: Any) -> Mark:
    return Mark(
        f"{encode_id(doc_id)}-{n + 1}",
        f"{doc_id}-{n + 1}",
        text(f["category"]),
        text(f["severity"]),
        text(f["message"]),
        int(f["start"]),
        int(f["end"]),
    )


def _listed(m: Mark, f: Any) -> dict[str, Any]:
    span = text(f["span"])
    source = text(f.get("source_span"))
    return {
        "fid": m.fid,
        "label": m.label,
        "cls": f"tag {slug(m.category)} {_sev(m.severity)}",
        "category": m.category,
        "severity": m.severity,
        "span": clip(span) if span.strip() else "",
        "source": clip(source) if source and not span else "",
        "message": m.message,
    }


def _rows(
    audit: Audit,
    doc_id: str,
    full: str,
    sentences: list[tuple[int, int]],
    found: pd.DataFrame,
    marks: dict[Any, Mark],
    base: str,
) -> dict[str, Any]:
    rows = segments(audit, doc_id)
    other = _other_direction(full, sentences, base)
    placed = place_findings(rows, found)
    has_source = any(r.source_sentences for r in rows)
    out = []
    for row in rows:
        sim = row.scores.get("similarity")
        out.append(
            {
                "n": row.index + 1,
                "cls": "omitted" if row.empty else ("added" if has_source and not row.source_sentences else ""),
                "source": text(row.source_text),
                "runs": article_runs(full, row, [marks[x] for x in placed.get(row.index, [])], other),
                "bt": text(row.backtranslation),
                "ref": text(row.reference),
                "sim": "" if sim is None else f"{sim:.2f}",
            }
        )
    has_ref = any(r.reference is not None for r in rows)
    return {"rows": out, "has_source": has_source, "has_bt": any(r.backtranslation for r in rows), "has_ref": has_ref}


def _other_direction(full: str, sentences: list[tuple[int, int]], base: str) -> dict[tuple[int, int], str]:
    """The sentences written in the other direction than the view's ``base``, with their direction."""
    found = {(a, b): direction(full[a:b], base) for a, b in sentences if b > a}
    return {span: d for span, d in found.items() if d != base}


def article_cell(full: str, row: Segment, marks: Sequence[Mark]) -> list[Piece]:
    """``full[row.start:row.end]`` cut into pieces, every finding's part in this row a ``mark``.

    Overlapping findings split the text into pieces; each piece names every
    finding covering it (``data-f``), so the pieces of one finding, read in
    order, spell its span exactly.
    """
    return [p for run in article_runs(full, row, marks) for p in run.pieces]


def article_runs(
    full: str, row: Segment, marks: Sequence[Mark], other: dict[tuple[int, int], str] | None = None
) -> list[Run]:
    """The pieces of :func:`article_cell`, grouped so each sentence in ``other`` (span → direction) is a run."""
    gaps = [
        Piece("gap", f"⟨{short(m.category)}⟩", cls=f"gap {css(m)}", anchor=m.fid, data_f=m.fid, title=title([m]))
        for m in marks
        if m.end <= m.start
    ]
    if row.empty:
        return [Run("", gaps or [Piece("empty", "⟨not in the article⟩")])]
    spans = [m for m in marks if m.end > m.start]
    isolated = {k: d for k, d in (other or {}).items() if row.start <= k[0] and k[1] <= row.end}
    cuts = {row.start, row.end}
    for a, b in [*((m.start, m.end) for m in spans), *isolated]:
        cuts.update(p for p in (a, b) if row.start < p < row.end)
    points = sorted(cuts)
    runs = [Run("", gaps)] if gaps else []
    first: set[str] = set()
    for a, b in zip(points, points[1:]):
        piece = _piece(full[a:b], [m for m in spans if m.start < b and a < m.end], a, b, row, first)
        d = next((d for (s, e), d in isolated.items() if s <= a and b <= e), "")
        if runs and runs[-1].dir == d:
            runs[-1].pieces.append(piece)
        else:
            runs.append(Run(d, [piece]))
    return runs


def _piece(piece: str, cover: list[Mark], a: int, b: int, row: Segment, first: set[str]) -> Piece:
    if not cover:
        edge = a == row.start or b == row.end
        return Piece("space" if edge and not piece.strip() else "text", piece)
    top = max(cover, key=_weight)
    fresh = [m.fid for m in cover if m.fid not in first and m.start >= a]
    first.update(fresh)  # where a finding starts, an anchor for the list's link to it
    return Piece(
        "mark",
        piece,
        cls=css(top) + ("" if piece.strip() else " ws"),
        anchor=fresh[0] if fresh else "",
        data_f=" ".join(m.fid for m in cover),
        title=title(cover),
        extra=tuple(fresh[1:]),
    )


def _weight(m: Mark) -> tuple[int, int]:
    """Which finding colours a piece: the most severe, then the shortest."""
    return (SEVERITIES.index(m.severity) if m.severity in SEVERITIES else 0, -(m.end - m.start))


def summary(info: Any, n_findings: int) -> list[tuple[str, str]]:
    """The reading view's header as (kind, text) bits: ``id``, ``text`` or ``bad``."""
    if info is None:
        return [("text", "?")]
    bits = [("id", text(info["doc_id"])), ("text", text(info.get("lang")))]
    verdict = text(info.get("verdict"))
    src, presumed = text(info.get("matched_source")), text(info.get("presumed_source"))
    if info.get("status") != "ok":
        bits.append(("bad", text(info.get("status"))))
    elif verdict:
        bits.append(("text" if is_translation(verdict) else "bad", verdict))
    elif src:
        bits.append(("text", f"derives from {src}"))
    elif presumed:
        bits.append(("bad", f"does not derive from {presumed}"))
    shown = (("chrf", "chrF", 1), ("bleu", "BLEU", 1), ("comet", "COMET", 3), *REFERENCE_COLUMNS,
             ("quality", "quality", 1))  # fmt: skip
    for col, label, dec in shown:
        v = info.get(col)
        if finite(v):
            bits.append(("text", f"{label} {float(v):.{dec}f}"))
    bits.append(("text", f"{n_findings} finding{'s' if n_findings != 1 else ''}"))
    return bits


def signature(audit: Audit) -> dict[str, Any]:
    """What produced the results: run.json's signatures and versions, as text."""
    sigs = audit.run.get("signatures") or {}
    versions = audit.run.get("versions") or {}
    return {
        "rows": [(text(k), text(v)) for k, v in sigs.items()],
        "versions": ", ".join(f"{text(k)} {text(v)}" for k, v in sorted(versions.items(), key=lambda kv: str(kv[0]))),
    }


def title(marks: Sequence[Mark]) -> str:
    return "\n".join(f"{m.category} ({m.severity}): {m.message}" for m in marks)


def css(m: Mark) -> str:
    return f"f {slug(m.category)} {_sev(m.severity)}"


def _sev(severity: str) -> str:
    """The severity's class; a severity outside the taxonomy gets none of the stylesheet's."""
    return f"sev-{severity}" if severity in SEVERITIES else "sev-other"


def slug(category: str) -> str:
    dim = CATEGORIES[category].dimension if category in CATEGORIES else "Other"
    return "dim-" + dim.lower().replace(" ", "-")


def short(category: str) -> str:
    return category.split("/")[-1]


def clip(value: str, n: int = 120) -> str:
    return value if len(value) <= n else value[: n - 1] + "…"
