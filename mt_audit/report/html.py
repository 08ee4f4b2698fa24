"""report.html: one self-contained page a reader can open from disk and send on.

Everything is inline (CSS, a little JavaScript for sorting and opening
articles, charts as SVG), so the page needs no network. Every finding is shown
in place in its article: the article's text is laid out in aligned rows
(:mod:`mt_audit.report.segments`) beside its source and back-translation, and
each finding's span is highlighted with its category and explanation on hover,
and listed under the article for print. Right-to-left languages are marked
``dir="rtl"``. The page is a pure function of the saved outputs, so
``mt-audit report OUT_DIR`` reproduces it byte for byte.
"""

from __future__ import annotations

import functools
import html
import math
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mt_audit.report.segments import Segment, place_findings, segments
from mt_audit.taxonomy import CATEGORIES, SEVERITIES

if TYPE_CHECKING:
    import pandas as pd

    from mt_audit.report.tables import Audit

#: Languages written right to left (ISO 639-1/3 codes lingua and our manifests use).
RTL_LANGS = frozenset({"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ku", "ps", "sd", "ug", "ur", "yi"})
#: Above this many articles the page leaves out per-article charts (the reading views stay).
CHART_ARTICLES_MAX = 60
NAME = "report.html"

#: (column, header, decimals) of the article table.
ARTICLE_COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("doc_id", "article", -1),
    ("lang", "lang", -1),
    ("status", "status", -1),
    ("matched_source", "derives from", -1),
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


def write(audit: Audit, out: str | os.PathLike[str], name: str = NAME, *, charts: bool = True) -> Path:
    """Render the report into ``out/name`` atomically and return its path."""
    from mt_audit.report.tables import atomic_write

    path = Path(out) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, render(audit, charts=charts))
    return path


def summary_html(audit: Audit) -> str:
    """A fragment for Jupyter: overview, article table and heatmap, styled but without script or views."""
    body = "\n".join([overview(audit), article_table(audit), heatmap_table(audit)])
    return f'<div class="mt-audit"><style>{_scoped_css()}</style>{body}</div>'


def render(audit: Audit, *, charts: bool = True) -> str:
    """The whole page as a string: overview, article table, taxonomy heatmap, charts, reading views."""
    articles = audit.articles
    parts = [
        _head(audit),
        '<body><header><h1>mt-audit report</h1>',
        f'<p class="sig">mt-audit {_e(audit.run.get("mt_audit", "?"))} · signature '
        f'<code>{_e(audit.run.get("signature_id", "?"))}</code></p></header>',
        '<nav><a href="#overview">Overview</a><a href="#articles">Articles</a>'
        '<a href="#taxonomy">Error taxonomy</a>' + ('<a href="#charts">Charts</a>' if charts else "") +
        '<a href="#reading">Reading views</a><a href="#signature">Signature</a></nav><main>',
        overview(audit),
        article_table(audit),
        heatmap_table(audit),
    ]  # fmt: skip
    if charts:
        parts.append(_charts(audit))
    parts.append('<section id="reading"><h2>Reading views</h2>')
    parts.append(
        "<p class=hint>Each article beside its source and back-translation, row by aligned row. "
        "Highlights mark findings (hover for the category and explanation); the list under each "
        "article repeats them for print.</p>"
    )
    parts.append(_legend())
    with_charts = charts and len(articles) <= CHART_ARTICLES_MAX
    for _, doc in articles.iterrows():
        parts.append(reading_view(audit, str(doc["doc_id"]), chart=with_charts))
    parts.append("</section>")
    parts.append(_signature(audit))
    parts.append(f"</main><script>{_asset('report.js')}</script></body></html>\n")
    return "\n".join(parts)


def overview(audit: Audit) -> str:
    """Counts, languages, which source each article derives from, sibling groups, what was missing."""
    docs = audit.documents
    arts = audit.articles
    ok = arts[arts["status"] == "ok"]
    sources = docs[docs["role"] == "source"] if "role" in docs else docs.iloc[0:0]
    langs = ok["lang"].dropna().value_counts().sort_index()
    items = [
        ("articles", f"{len(ok)} audited of {len(arts)}"),
        ("languages", ", ".join(f"{_e(k)} ({v})" for k, v in langs.items()) or "none"),
        ("sources", f"{int((sources['status'] == 'ok').sum())} of {len(sources)} usable"),
        ("findings", str(len(audit.findings))),
    ]
    out = ['<section id="overview"><h2>Overview</h2><dl class="facts">']
    out += [f"<dt>{k}</dt><dd>{v}</dd>" for k, v in items]
    out.append("</dl>")
    out.append("<h3>Attributed sources</h3><ul>")
    for src in sorted(sources["doc_id"].astype(str)) if len(sources) else []:
        derived = sorted(ok.loc[ok["matched_source"] == src, "doc_id"].astype(str))
        out.append(f"<li><b>{_e(src)}</b>: " + (", ".join(_link(d) for d in derived) or "no article") + "</li>")
    orphans = sorted(ok.loc[ok["matched_source"].isna(), "doc_id"].astype(str))
    if orphans:
        out.append("<li><b>none of the sources</b>: " + ", ".join(_link(d) for d in orphans) + "</li>")
    out.append("</ul>")
    groups = ok.dropna(subset=["sibling_group"]).groupby("sibling_group")["doc_id"]
    rows = [(g, sorted(map(str, ids))) for g, ids in groups]
    if rows:
        out.append("<h3>Sibling groups</h3><p class=hint>Articles that translate one original.</p><ul>")
        out += [f"<li><b>{_e(g)}</b>: {', '.join(_link(d) for d in ids)}</li>" for g, ids in sorted(rows)]
        out.append("</ul>")
    failed = arts[arts["status"] != "ok"]
    if len(failed):
        out.append("<h3>Not audited</h3><ul>")
        out += [f"<li>{_e(r['doc_id'])}: {_e(r['error'])}</li>" for _, r in failed.iterrows()]
        out.append("</ul>")
    missing = audit.run.get("missing") or {}
    if missing:
        out.append('<div class="note"><b>Not measured, models missing:</b><ul>')
        out += [
            f"<li>{_e(k)}: {_e(v.get('message', v) if isinstance(v, dict) else v)}</li>" for k, v in missing.items()
        ]
        out.append("</ul></div>")
    out.append("</section>")
    return "\n".join(out)


def article_table(audit: Audit) -> str:
    """The articles with their scores; click a header to sort (numbers sort as numbers)."""
    arts = audit.articles
    out = [
        '<section id="articles"><h2>Articles</h2>',
        "<p class=hint>Scores of the back-translation against the source, with 95% bootstrap "
        "intervals; quality is 100 minus the MQM penalty per 100 words. Click a header to sort.</p>",
        '<div class="scroll"><table class="sortable data"><thead><tr>',
    ]
    out += [f'<th data-col="{i}">{_e(h)}</th>' for i, (_, h, _) in enumerate(ARTICLE_COLUMNS)]
    out.append("</tr></thead><tbody>")
    for _, r in arts.iterrows():
        cells = []
        for col, _, dec in ARTICLE_COLUMNS:
            value = r.get(col)
            if col == "doc_id":
                cells.append(f'<td data-v="{_e(value)}">{_link(str(value))}</td>')
            elif dec < 0:
                cells.append(f'<td data-v="{_e(_str(value))}">{_e(_str(value))}</td>')
            else:
                cells.append(_number_cell(r, col, dec))
        cls = "" if r.get("status") == "ok" else ' class="failed"'
        out.append(f"<tr{cls}>" + "".join(cells) + "</tr>")
    out.append("</tbody></table></div></section>")
    return "\n".join(out)


def heatmap_table(audit: Audit, value: str = "per_1000_words") -> str:
    """Category × language: findings per 1,000 words, shaded by size, counts beside."""
    tax = audit.taxonomy()
    out = ['<section id="taxonomy"><h2>Error taxonomy</h2>']
    if not len(tax):
        out.append("<p>No audited articles.</p></section>")
        return "\n".join(out)
    langs = sorted(tax["lang"].unique())
    top = float(tax[value].fillna(0).max()) or 1.0
    out.append(
        "<p class=hint>Findings per 1,000 words (count in brackets), per language; "
        "MQM dimension in the first column. Source findings cost no quality.</p>"
    )
    out.append('<table class="heat"><thead><tr><th>dimension</th><th>category</th>')
    out += [f"<th>{_e(lang)}</th>" for lang in langs]
    out.append("</tr></thead><tbody>")
    cell = {(r["category"], r["lang"]): r for r in tax.to_dict("records")}
    for code, cat in CATEGORIES.items():
        cells = []
        for lang in langs:
            row = cell.get((code, lang), {})
            v = float(row[value]) if _finite(row.get(value)) else 0.0
            n = int(row.get("count", 0))
            alpha = 0.0 if n == 0 else 0.12 + 0.78 * min(1.0, v / top)
            ink = ";color:#fff" if alpha > 0.5 else ""
            cells.append(
                f'<td style="background:rgba(200,40,40,{alpha:.2f}){ink}" title="{_e(code)} in {_e(lang)}: {n}">'
                + (f"{v:.1f} <small>({n})</small>" if n else "·")
                + "</td>"
            )
        out.append(
            f"<tr><td>{_e(cat.dimension)}</td><th title='{_e(cat.description)}'>{_e(code)}</th>{''.join(cells)}</tr>"
        )
    out.append("</tbody></table></section>")
    return "\n".join(out)


def reading_view(audit: Audit, doc_id: str, *, chart: bool = False) -> str:
    """One article: aligned rows (source | article | back-translation), findings highlighted in place."""
    doc = audit.documents[audit.documents["doc_id"].astype(str) == doc_id]
    info = doc.iloc[0] if len(doc) else None
    lang = str(info["lang"]) if info is not None and isinstance(info["lang"], str) else ""
    direction = "rtl" if lang.split("-")[0] in RTL_LANGS else "ltr"
    text, _ = audit.text(doc_id)
    found = audit.findings[audit.findings["doc_id"].astype(str) == doc_id]
    found = found.sort_values(["start", "end", "category"], kind="stable")
    ids = {label: f"{doc_id}-{n + 1}" for n, label in enumerate(found.index)}
    rows = segments(audit, doc_id)
    placed = place_findings(rows, found)
    has_source = any(r.source_sentences for r in rows)
    has_bt = any(r.backtranslation for r in rows)
    anchor = _anchor(doc_id)
    summary = _summary(info, len(found))
    out = [f'<details class="article" id="{anchor}"><summary>{summary}</summary>']
    if info is not None and info.get("status") != "ok":
        out.append(f"<p class=note>Not audited: {_e(info.get('error'))}</p></details>")
        return "\n".join(out)
    if not text:
        out.append(
            "<p class=note>The article's text is not in this output folder (no texts.jsonl: written by an "
            "older mt-audit); audit again to read the findings in place. They are listed below.</p>"
        )
        out.append(_finding_list(found, ids, direction, lang, linked=False))
        out.append("</details>")
        return "\n".join(out)
    if info is not None and _str(info.get("notes")):
        out.append(f"<p class=note>{_e(info['notes'])}</p>")
    if chart and has_source:
        out.append(_similarity_chart(audit, doc_id))
    out.append('<table class="reading"><thead><tr><th>#</th>')
    if has_source:
        out.append("<th>source (en)</th>")
    out.append(f"<th>article ({_e(lang)})</th>")
    if has_bt:
        out.append("<th>back-translation (en)</th>")
    out.append("<th>sim.</th></tr></thead><tbody>")
    by_label = {label: f for label, f in found.iterrows()}
    for row in rows:
        labels = placed.get(row.index, [])
        cls = "omitted" if row.empty else ("added" if has_source and not row.source_sentences else "")
        out.append(f'<tr class="{cls}"><td class="n">{row.index + 1}</td>')
        if has_source:
            out.append(f'<td class="src" lang="en">{_e(row.source_text)}</td>')
        cell = _article_cell(text, row, [(ids[x], by_label[x]) for x in labels])
        out.append(f'<td class="art" lang="{_e(lang)}" dir="{direction}">{cell}</td>')
        if has_bt:
            out.append(f'<td class="bt" lang="en">{_e(row.backtranslation or "")}</td>')
        sim = row.scores.get("similarity")
        out.append(f'<td class="num">{"" if sim is None else f"{sim:.2f}"}</td></tr>')
    out.append("</tbody></table>")
    out.append(_finding_list(found, ids, direction, lang))
    out.append("</details>")
    return "\n".join(out)


@dataclass(frozen=True)
class _Mark:
    fid: str
    category: str
    severity: str
    message: str
    start: int
    end: int


def _article_cell(text: str, row: Segment, found: Sequence[tuple[str, Any]]) -> str:
    """``text[row.start:row.end]`` with every finding's part in this row wrapped in ``<mark>``.

    Overlapping findings split the text into pieces; each piece names every
    finding covering it (``data-f``), so the pieces of one finding, read in
    order, spell its span exactly.
    """
    marks = [
        _Mark(fid, str(f["category"]), str(f["severity"]), str(f["message"] or ""), int(f["start"]), int(f["end"]))
        for fid, f in found
    ]
    out = []
    for m in marks:
        if m.end <= m.start:
            out.append(
                f'<span class="gap {_cls(m)}" data-f="{m.fid}" id="f-{m.fid}" title="{_e(_title([m]))}">'
                f"⟨{_e(_short(m.category))}⟩</span>"
            )
    if row.empty:
        return "".join(out) or '<span class="gap">⟨not in the article⟩</span>'
    spans = [m for m in marks if m.end > m.start]
    cuts = {row.start, row.end}
    for m in spans:
        cuts.update(p for p in (m.start, m.end) if row.start < p < row.end)
    points = sorted(cuts)
    first: set[str] = set()
    pieces = []
    for a, b in zip(points, points[1:]):
        piece = text[a:b]
        cover = [m for m in spans if m.start < b and a < m.end]
        if not cover:
            edge = a == row.start or b == row.end
            pieces.append(f'<span class="sp">{_e(piece)}</span>' if edge and not piece.strip() else _e(piece))
            continue
        top = max(
            cover, key=lambda m: (SEVERITIES.index(m.severity) if m.severity in SEVERITIES else 0, -(m.end - m.start))
        )
        anchor = extra = ""
        fresh = [m.fid for m in cover if m.fid not in first and m.start >= a]
        if fresh:  # where a finding starts, an anchor for the list's link to it
            anchor = f' id="f-{fresh[0]}"'
            extra = "".join(f'<span id="f-{fid}"></span>' for fid in fresh[1:])
            first.update(fresh)
        ws = " ws" if not piece.strip() else ""
        attrs = f'class="{_cls(top)}{ws}"{anchor} data-f="{" ".join(m.fid for m in cover)}" title="{_e(_title(cover))}"'
        pieces.append(f"{extra}<mark {attrs}>{_e(piece)}</mark>")
    return "".join(out) + "".join(pieces)


def _finding_list(found: pd.DataFrame, ids: dict[Any, str], direction: str, lang: str, linked: bool = True) -> str:
    if not len(found):
        return "<p class=hint>No findings.</p>"
    out = ['<ol class="findings">']
    for label, f in found.iterrows():
        span = str(f["span"] or "")
        shown = f'<q dir="{direction}" lang="{_e(lang)}">{_e(_clip(span))}</q> ' if span.strip() else ""
        source = str(f.get("source_span") or "")
        src = f' <span class=srcspan>source: <q lang="en">{_e(_clip(source))}</q></span>' if source and not span else ""
        fid = (
            f'<a href="#f-{ids[label]}" class="fid">{_e(ids[label])}</a>'
            if linked
            else f'<span class="fid">{_e(ids[label])}</span>'
        )
        out.append(
            f"<li>{fid} "
            f'<span class="tag {_e(_slug(str(f["category"])))} sev-{_e(f["severity"])}">{_e(f["category"])} · '
            f"{_e(f['severity'])}</span> {shown}{_e(f['message'])}{src}</li>"
        )
    out.append("</ol>")
    return "\n".join(out)


def _charts(audit: Audit) -> str:
    from mt_audit import plot

    out = ['<section id="charts"><h2>Charts</h2><div class="charts">']
    arts = audit.articles
    for metric in ("chrf", "bleu", "comet", "quality"):
        if metric in arts and arts[metric].notna().any():
            out.append(f"<figure>{_svg(plot.scores(audit, metric=metric))}</figure>")
    out.append(f"<figure>{_svg(plot.findings(audit))}</figure>")
    out.append("</div></section>")
    return "\n".join(out)


def _similarity_chart(audit: Audit, doc_id: str) -> str:
    from mt_audit import plot

    return f'<figure class="sim">{_svg(plot.similarity(audit, doc_id))}</figure>'


def _svg(fig: Any) -> str:
    import matplotlib.figure

    from mt_audit import plot

    text = plot.svg(fig)
    if isinstance(fig, matplotlib.figure.Figure):
        fig.clear()
    for ns in (' xmlns="http://www.w3.org/2000/svg"', ' xmlns:xlink="http://www.w3.org/1999/xlink"'):
        text = text.replace(ns, "", 1)
    return text


def _legend() -> str:
    dims: dict[str, list[str]] = {}
    for code, cat in CATEGORIES.items():
        dims.setdefault(cat.dimension, []).append(code)
    out = ['<div class="legend"><b>Highlights:</b>']
    for dim, codes in dims.items():
        out.append(f'<span class="tag {_slug(codes[0])}">{_e(dim)}</span>')
    out.append(
        '<span class="sev-minor tag plain">minor: dotted</span><span class="sev-major tag plain">major: solid</span>'
        '<span class="sev-critical tag plain">critical: double</span></div>'
    )
    return "".join(out)


def _signature(audit: Audit) -> str:
    sigs = audit.run.get("signatures") or {}
    out = ['<section id="signature"><h2>Signature</h2>', "<p class=hint>What produced these results.</p><table>"]
    out += [f"<tr><th>{_e(k)}</th><td><code>{_e(v)}</code></td></tr>" for k, v in sigs.items()]
    versions = audit.run.get("versions") or {}
    if versions:
        out.append(
            "<tr><th>versions</th><td>"
            + ", ".join(f"{_e(k)} {_e(v)}" for k, v in sorted(versions.items()))
            + "</td></tr>"
        )
    out.append("</table></section>")
    return "\n".join(out)


def _summary(info: Any, n_findings: int) -> str:
    if info is None:
        return "?"
    bits = [f"<b>{_e(info['doc_id'])}</b>", _e(_str(info.get("lang")))]
    src = _str(info.get("matched_source"))
    presumed = _str(info.get("presumed_source"))
    if info.get("status") != "ok":
        bits.append(f"<span class=bad>{_e(info.get('status'))}</span>")
    elif src:
        bits.append(f"derives from {_e(src)}")
    elif presumed:
        bits.append(f"<span class=bad>does not derive from {_e(presumed)}</span>")
    for col, label, dec in (("chrf", "chrF", 1), ("bleu", "BLEU", 1), ("comet", "COMET", 3), ("quality", "quality", 1)):
        v = info.get(col)
        if _finite(v):
            bits.append(f"{label} {float(v):.{dec}f}")
    bits.append(f"{n_findings} finding{'s' if n_findings != 1 else ''}")
    return " · ".join(bits)


def _number_cell(r: Any, col: str, dec: int) -> str:
    value = r.get(col)
    if not _finite(value):
        return '<td class="num" data-v="">–</td>'
    v = float(value)
    shown = f"{v:.{dec}f}"
    lo, hi = r.get(f"{col}_low"), r.get(f"{col}_high")
    if _finite(lo) and _finite(hi):
        shown += f" <small>[{float(lo):.{dec}f}–{float(hi):.{dec}f}]</small>"
    return f'<td class="num" data-v="{v!r}">{shown}</td>'


def _title(marks: Iterable[_Mark]) -> str:
    return "\n".join(f"{m.category} ({m.severity}): {m.message}" for m in marks)


def _cls(m: _Mark) -> str:
    return f"f {_slug(m.category)} sev-{m.severity}"


def _slug(category: str) -> str:
    dim = CATEGORIES[category].dimension if category in CATEGORIES else "Other"
    return "dim-" + dim.lower().replace(" ", "-")


def _short(category: str) -> str:
    return category.split("/")[-1]


def _anchor(doc_id: str) -> str:
    return "article-" + "".join(c if c.isalnum() or c in "-_." else "_" for c in doc_id)


def _link(doc_id: str) -> str:
    return f'<a href="#{_anchor(doc_id)}">{_e(doc_id)}</a>'


def _clip(text: str, n: int = 120) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _finite(value: Any) -> bool:
    try:
        return value is not None and math.isfinite(float(value))
    except (TypeError, ValueError):
        return False


def _str(value: Any) -> str:
    """A cell as text: None, NaN and pandas NA are ""."""
    import pandas as pd

    return "" if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)) else str(value)


def _e(value: Any) -> str:
    return html.escape(_str(value), quote=True)


def _scoped_css() -> str:
    """The page's table and heatmap rules, limited to the fragment so a notebook keeps its own look."""
    flat = _asset("report.css").split("@media")[0]
    out = []
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", flat):
        names = [x.strip() for x in selectors.split(",")]
        if all(n.startswith(("table", "td", "tr", "dl", ".hint", ".note", ".scroll")) for n in names):
            out.append(",".join(f".mt-audit {n}" for n in names) + "{" + body + "}")
    return ":root{" + re.search(r":root\{([^}]*)\}", flat).group(1) + "}" + "".join(out)


def _head(audit: Audit) -> str:
    title = f"mt-audit report {audit.run.get('signature_id', '')}".strip()
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{_asset('report.css')}</style></head>"
    )


@functools.cache
def _asset(name: str) -> str:
    """The page's stylesheet or script, shipped beside this module and inlined into every page."""
    return resources.files("mt_audit.report").joinpath(name).read_text(encoding="utf-8")
