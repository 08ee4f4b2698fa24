"""Figures of an audit for analysts in Jupyter and for the HTML report.

Every function takes an :class:`~mt_audit.report.tables.Audit` and returns a
:class:`matplotlib.figure.Figure` built without pyplot, so batch runs keep no
global figure state and leak no memory. :func:`svg` turns a figure into an
inline, deterministic SVG string for the report; :func:`png_data_uri` into an
``<img>`` source. Colours are the Okabe-Ito palette and viridis, both
readable with colour-blindness. ``import mt_audit`` does not import this
module, so matplotlib loads only when a figure is asked for.

Every text that comes from the audit (ids, languages, categories, statuses)
passes :func:`literal` before it reaches matplotlib, so it is drawn as it is
written: a ``$...$`` in a file name is not read as mathtext.
The figures and their tables are built under Python string storage
(:func:`mt_audit.frames.python_strings`): ids may hold the lone surrogates of
undecodable file names, which pandas' Arrow strings cannot.
"""

from __future__ import annotations

import base64
import io
import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import matplotlib
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from mt_audit.frames import python_strings
from mt_audit.report.view import not_scored
from mt_audit.taxonomy import CATEGORIES, NOT_TRANSLATIONS, SEVERITIES

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes

    from mt_audit.report.segments import Segment
    from mt_audit.report.tables import Audit

#: Metrics :func:`scores` can draw, with their axis labels.
METRICS: dict[str, str] = {
    "bleu": "BLEU (back-translation vs source)",
    "chrf": "chrF (back-translation vs source)",
    "ter": "TER (lower is better)",
    "comet": "COMET",
    "comet_qe": "COMET-QE (no reference)",
    "quality": "MQM quality score (0-100)",
    "source_score": "source similarity",
    "mqm_per_100_words": "MQM penalty per 100 words (lower is better)",
}
#: Columns of the taxonomy table :func:`heatmap` can draw, with their colour-bar labels.
HEATMAP_VALUES: dict[str, str] = {
    "count": "findings",
    "per_1000_words": "findings per 1,000 words",
    "penalty": "MQM penalty",
    "penalty_per_100_words": "MQM penalty per 100 words",
}
#: Okabe-Ito, the palette designed to stay distinct under the common colour-blindnesses.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
SEVERITY_COLOURS = {"minor": "#56B4E9", "major": "#E69F00", "critical": "#D55E00"}
OTHER_COLOUR = "#999999"
ALIGNED_COLOUR, OMISSION_COLOUR, ADDITION_COLOUR = "#0072B2", "#D55E00", "#E69F00"
#: Salt of the ids in SVG output: fixed, so the same figure always gives the same bytes.
SVG_SALT = "mt-audit"
_WIDTH = 8.0
_MAX_HEIGHT = 12.0
_SURROGATES = re.compile("[\ud800-\udfff]")


def literal(value: object) -> str:
    """``value`` as a text matplotlib draws exactly as written, whatever it holds.

    Every ``$`` is escaped as ``\\$``, which matplotlib draws as ``$`` and never
    reads as mathtext. Why not ``text.parse_math=False`` instead: each Text reads
    that from rcParams when it is created, and tick labels are created lazily,
    at draw time (again when Jupyter shows a figure later), outside any
    rc_context we could set here; an escaped string stays literal under any
    rcParams and leaves our own labels free to use mathtext. Lone surrogates
    (ids from undecodable file names) become U+FFFD: SVG is written as UTF-8.
    """
    return _SURROGATES.sub("\ufffd", str(value)).replace("$", r"\$")


class AuditFigure(Figure):
    """A Figure that shows itself in Jupyter even when pyplot (and its inline backend) was never imported."""

    def _repr_png_(self) -> bytes:
        return _png(self, dpi=100)


@python_strings
def scores(audit: Audit, metric: str | Sequence[str] = "chrf") -> Figure:
    """One bar per article, coloured by language, with its 95% bootstrap interval where the audit has one.

    The intervals come from the documents' ``<metric>_low``/``<metric>_high``
    columns (BLEU, chrF and TER have them; COMET and quality do not), and the
    title promises whiskers only when some were drawn. ``metric`` may be a
    list: one panel per metric, articles on a shared axis. Articles without a
    value (no back-translation, an error) keep their row and read "n/a", so a
    missing score is never mistaken for a missing article.
    """
    metrics = [metric] if isinstance(metric, str) else list(metric)
    if not metrics:
        raise ValueError(f"no metric given; valid metrics: {', '.join(METRICS)}")
    for m in metrics:
        if m not in METRICS:
            raise ValueError(f"unknown metric {m!r}; valid metrics: {', '.join(METRICS)}")
    articles = _sorted_articles(audit)
    if not len(articles):
        return _message("No articles in this audit.", "Scores per article")
    groups = list(articles["lang"])
    positions = _grouped_positions(groups)
    height = min(_MAX_HEIGHT, max(3.0, 1.4 + 0.3 * positions[-1]))
    width = min(16.0, max(_WIDTH, 1.8 + 3.6 * len(metrics)))
    fig = AuditFigure(figsize=(width, height), layout="constrained")
    axes = fig.subplots(1, len(metrics), sharey=True, squeeze=False)[0]
    colours = _lang_colours(groups)
    whiskers = False
    for ax, m in zip(axes, metrics):
        whiskers |= _score_panel(ax, articles, m, positions, colours)
        if len(metrics) > 1:
            ax.set_title(m)
    axes[0].set_yticks(positions, [literal(f"{d} ({lang})") for d, lang in zip(articles["doc_id"], groups)])
    axes[0].set_ylabel("article (language)")
    axes[0].set_ylim(positions[-1] + 0.7, -0.7)
    handles = [Patch(color=colours[lang], label=literal(lang)) for lang in dict.fromkeys(groups)]
    fig.legend(handles=handles, title="language", loc="outside right upper")
    names = ", ".join(METRICS[m].split(" (")[0] for m in metrics)
    legend = "bars: score; whiskers: 95% bootstrap interval" if whiskers else "bars: score"
    fig.suptitle(f"{names} per article ({legend})")
    return _freeze(fig)


@python_strings
def heatmap(audit: Audit, value: str = "per_1000_words", *, nonzero: bool = False) -> Figure:
    """Error categories (taxonomy order) × languages, each cell annotated with its value.

    ``nonzero=True`` drops categories that are zero (or undefined) in every
    language, which keeps the map readable on small audits.
    """
    if value not in HEATMAP_VALUES:
        raise ValueError(f"unknown value {value!r}; valid values: {', '.join(HEATMAP_VALUES)}")
    title = f"{HEATMAP_VALUES[value].capitalize()} by error category and language"
    table = audit.taxonomy()
    if not len(table):
        return _message("No audited articles (status ok) in this audit.", title)
    grid = heatmap_table(table, value, nonzero=nonzero)
    if not len(grid):
        return _message("No findings in any category.", title)
    import numpy as np

    data = np.ma.masked_invalid(grid.to_numpy(dtype=float))
    n_rows, n_cols = grid.shape
    fig = AuditFigure(
        figsize=(min(16.0, max(_WIDTH, 4.2 + 0.9 * n_cols)), min(_MAX_HEIGHT, max(3.0, 1.4 + 0.36 * n_rows))),
        layout="constrained",
    )
    # The colour bar gets its own grid cell, so layout passes never resize it against the map.
    ax, bar_ax = fig.subplots(1, 2, width_ratios=[1.0, 0.04])
    cmap = matplotlib.colormaps["viridis"].with_extremes(bad="#dddddd")
    top = float(data.max()) if data.count() else 0.0
    image = ax.imshow(data, cmap=cmap, aspect="auto", vmin=0.0, vmax=top if top > 0 else 1.0)
    ax.set_xticks(range(n_cols), [literal(c) for c in grid.columns])
    ax.set_yticks(range(n_rows), [literal(c) for c in grid.index])
    ax.tick_params(top=True, labeltop=True, bottom=False, labelbottom=False)
    ax.set_xlabel("language")
    ax.xaxis.set_label_position("top")
    ax.set_ylabel("error category")
    for i in range(n_rows):
        for j in range(n_cols):
            v = grid.iat[i, j]
            text = "n/a" if _missing(v) else _fmt(float(v), value)
            dark = _missing(v) or image.norm(float(v)) > 0.6
            ax.text(j, i, text, ha="center", va="center", fontsize=8, color="black" if dark else "white")
    fig.colorbar(image, cax=bar_ax, label=HEATMAP_VALUES[value])
    ax.set_title(title)
    return _freeze(fig)


@python_strings
def heatmap_table(table: pd.DataFrame, value: str, *, nonzero: bool = False) -> pd.DataFrame:
    """The grid :func:`heatmap` draws: categories in taxonomy order as rows, languages as columns."""
    table = table[table["category"] != NOT_TRANSLATIONS]  # a count of non-translations, not a rate
    grid = table.pivot(index="category", columns="lang", values=value)
    order = [c for c in CATEGORIES if c in grid.index] + sorted(c for c in grid.index if c not in CATEGORIES)
    grid = grid.reindex(order).astype(float)
    grid = grid[sorted(grid.columns)]
    if nonzero:
        grid = grid[(grid.fillna(0.0) != 0.0).any(axis=1)]
    grid.columns.name = None
    return grid


@python_strings
def similarity(audit: Audit, doc_id: str) -> Figure:
    """Embedding similarity of each aligned segment along one article, omissions and additions marked.

    The dashed line is the alignment threshold: a pair below it would not
    have been aligned on its own, so dips toward it show loose translation.
    """
    row = _article(audit, doc_id)
    title = literal(f"Embedding similarity along article {doc_id} ({row['lang']})")
    rows = _segments(audit, doc_id)
    if not rows or all(r.kind == "sentence" for r in rows):
        return _message(literal(f"Article {doc_id} has no alignment to a source (no similarity to plot)."), title)
    xs = [r.index + 1 for r in rows if "similarity" in r.scores]  # numbered as the report's rows
    ys = [r.scores["similarity"] for r in rows if "similarity" in r.scores]
    omissions = [r.index + 1 for r in rows if _sides(r)[1] == 0]
    additions = [r.index + 1 for r in rows if _sides(r)[0] == 0 and _sides(r)[1] > 0]
    threshold = _threshold(audit)
    low = min([0.0, *ys, *([threshold] if threshold is not None else [])]) - 0.1
    fig = AuditFigure(figsize=(_WIDTH + 1.0, 3.8), layout="constrained")
    ax = fig.add_subplot()
    ax.plot(xs, ys, color=ALIGNED_COLOUR, marker="o", markersize=4, linewidth=1, label="aligned segment")
    marker_y = low + 0.04
    if omissions:
        ax.plot(omissions, [marker_y] * len(omissions), linestyle="none", marker="v", markersize=8,
                color=OMISSION_COLOUR, label="omission (source sentences missing)")  # fmt: skip
    if additions:
        ax.plot(additions, [marker_y] * len(additions), linestyle="none", marker="^", markersize=8,
                color=ADDITION_COLOUR, label="addition (no source sentence)")  # fmt: skip
    if threshold is not None:
        ax.axhline(threshold, color="black", linestyle="--", linewidth=1, label=f"alignment threshold ({threshold:g})")
    ax.set_xlim(0.2, len(rows) + 0.8)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylim(low, 1.02)
    ax.set_xlabel("row (article order, as numbered in the report)")
    ax.set_ylabel("cosine similarity, source vs article")
    ax.set_title(title)
    fig.legend(loc="outside lower center", ncols=3, fontsize=8)
    ax.grid(axis="y", alpha=0.3)
    return _freeze(fig)


@python_strings
def findings(audit: Audit, by: str = "category", *, doc_id: str | None = None) -> Figure:
    """Number of findings per category (or per language), stacked by severity.

    ``doc_id`` restricts the count to one article.
    """
    if by not in ("category", "lang"):
        raise ValueError(f"unknown by={by!r}; valid: 'category', 'lang'")
    table = audit.findings
    scope = "all articles"
    if doc_id is not None:
        _article(audit, doc_id)
        table = table[table["doc_id"] == doc_id]
        scope = literal(f"article {doc_id}")
    title = f"Findings by {'category' if by == 'category' else 'language'} and severity ({scope})"
    if not len(table):
        return _message("No findings.", title)
    counts = findings_table(table, by)
    fig = AuditFigure(figsize=(_WIDTH, min(_MAX_HEIGHT, max(3.0, 1.5 + 0.34 * len(counts)))), layout="constrained")
    ax = fig.add_subplot()
    rows = range(len(counts.index))  # positions, not categorical labels: two rows never merge into one
    left = [0.0] * len(rows)
    for severity in counts.columns:
        widths = [float(v) for v in counts[severity]]
        colour = SEVERITY_COLOURS.get(severity, OTHER_COLOUR)
        ax.barh(rows, widths, left=left, color=colour, label=literal(severity))
        left = [a + b for a, b in zip(left, widths)]
    ax.set_yticks(rows, [literal(label) for label in counts.index])
    for y, total in enumerate(left):
        ax.text(total, y, f" {int(total)}", va="center", fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, max(left) * 1.1 + 0.5)
    ax.set_xlabel("findings")
    ax.set_ylabel("error category" if by == "category" else "language")
    ax.xaxis.get_major_locator().set_params(integer=True)
    fig.legend(title="severity", loc="outside right upper", fontsize=8)
    ax.set_title(title)
    return _freeze(fig)


@python_strings
def findings_table(table: pd.DataFrame, by: str = "category") -> pd.DataFrame:
    """Counts :func:`findings` stacks: rows in taxonomy (or language) order, severities as columns."""
    counts = table.groupby([by, "severity"]).size().unstack(fill_value=0)
    if by == "category":
        order = [c for c in CATEGORIES if c in counts.index] + sorted(c for c in counts.index if c not in CATEGORIES)
    else:
        order = sorted(counts.index)
    columns = [s for s in SEVERITIES if s in counts.columns] + sorted(c for c in counts.columns if c not in SEVERITIES)
    counts = counts.reindex(index=order, columns=columns)
    counts.index.name = counts.columns.name = None
    return counts


def svg(fig: Figure, *, salt: str = SVG_SALT) -> str:
    """The figure as an ``<svg>`` element to inline in HTML, the same bytes on every call.

    No XML declaration or DOCTYPE, no metadata (no date, no links), text kept
    as text so it stays small and searchable. Ids are hashes salted with
    ``salt``: give each figure of one page its own salt if ids must be unique.
    """
    buf = io.BytesIO()
    meta: dict[str, Any] = {"Date": None, "Creator": None, "Format": None, "Type": None}
    with matplotlib.rc_context({"svg.hashsalt": salt, "svg.fonttype": "none"}):
        fig.savefig(buf, format="svg", metadata=meta)
    text = buf.getvalue().decode("utf-8")
    return text[text.index("<svg") :]


def png_data_uri(fig: Figure, dpi: int = 100) -> str:
    """The figure as a ``data:image/png;base64,...`` URI, for an ``<img src>`` or a Markdown cell."""
    return "data:image/png;base64," + base64.b64encode(_png(fig, dpi)).decode("ascii")


def _png(fig: Figure, dpi: int) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None})
    return buf.getvalue()


def _freeze(fig: Figure) -> Figure:
    """Lay the figure out once, then keep that layout.

    Constrained layout is not idempotent: each pass starts from the previous
    one, at whatever dpi it ran, so a figure saved twice (or shown, then
    saved) would move by fractions of a point. A frozen layout makes every
    save of a figure the same. Call ``fig.set_layout_engine("constrained")``
    to lay it out again after changing it.
    """
    fig.draw_without_rendering()
    fig.set_layout_engine("none")
    return fig


def _message(text: str, title: str) -> Figure:
    """A figure that says why there is nothing to draw, so callers never need a special case."""
    fig = AuditFigure(figsize=(_WIDTH, 2.5), layout="constrained")
    ax = fig.add_subplot()
    ax.set_axis_off()
    ax.set_title(title)
    ax.text(0.5, 0.5, text, ha="center", va="center", transform=ax.transAxes, fontsize=11, color="#444444")
    return _freeze(fig)


def _sorted_articles(audit: Audit) -> pd.DataFrame:
    articles = audit.articles.copy()
    articles["lang"] = articles["lang"].fillna("?").astype(str)
    articles["doc_id"] = articles["doc_id"].astype(str)
    return articles.sort_values(["lang", "doc_id"], kind="stable").reset_index(drop=True)


def _grouped_positions(groups: list[str]) -> list[float]:
    """Row positions with a gap between languages, so the groups read as groups."""
    out: list[float] = []
    pos = 0.0
    for k, g in enumerate(groups):
        if k and g != groups[k - 1]:
            pos += 0.6
        out.append(pos)
        pos += 1.0
    return out


def _lang_colours(groups: list[str]) -> dict[str, str]:
    return {lang: PALETTE[k % len(PALETTE)] for k, lang in enumerate(dict.fromkeys(groups))}


def _column(df: pd.DataFrame, name: str) -> list[float]:
    import pandas as pd

    if name not in df:
        return [math.nan] * len(df)
    return [float(v) for v in pd.to_numeric(df[name], errors="coerce").astype(float)]


def _score_panel(
    ax: Axes, articles: pd.DataFrame, metric: str, positions: list[float], colours: dict[str, str]
) -> bool:
    """Draw one metric's bars and the intervals it has; whether any interval was drawn."""
    values = _column(articles, metric)
    lows, highs = _column(articles, f"{metric}_low"), _column(articles, f"{metric}_high")
    have = [k for k, v in enumerate(values) if not math.isnan(v)]
    langs = list(articles["lang"])
    if have:
        ax.barh(
            [positions[k] for k in have],
            [values[k] for k in have],
            height=0.7,
            color=[colours[langs[k]] for k in have],
            label=metric,
        )
    ci = [k for k in have if not (math.isnan(lows[k]) or math.isnan(highs[k]))]
    if ci:
        mids = [(lows[k] + highs[k]) / 2 for k in ci]
        half = [(highs[k] - lows[k]) / 2 for k in ci]
        ax.errorbar(mids, [positions[k] for k in ci], xerr=half, fmt="none", ecolor="black", elinewidth=1,
                    capsize=3, label="95% interval")  # fmt: skip
    for k, v in enumerate(values):
        if math.isnan(v):
            ax.text(0.01, positions[k], literal(_no_value(articles.iloc[k])), va="center", ha="left", fontsize=8,
                    color="#444444", transform=ax.get_yaxis_transform())  # fmt: skip
    ax.set_xlabel(METRICS[metric])
    ax.grid(axis="x", alpha=0.3)
    ax.set_axisbelow(True)
    return bool(ci)


def _no_value(row: pd.Series) -> str:
    """What a missing score reads: "not a translation" (or "no source") by the verdict, else "n/a (status)"."""
    why = not_scored(row)
    if why:
        return why
    status = row.get("status")
    return "n/a" if status in (None, "ok") or _missing(status) else f"n/a ({status})"


def _article(audit: Audit, doc_id: str) -> pd.Series:
    articles = _sorted_articles(audit)
    hit = articles[articles["doc_id"] == str(doc_id)]
    if not len(hit):
        ids = list(audit.articles["doc_id"].astype(str)) if "role" in audit.documents else []
        some = ", ".join(ids[:5]) + (", ..." if len(ids) > 5 else "")
        raise KeyError(f"no article {doc_id!r} in this audit; articles: {some or 'none'}")
    return hit.iloc[0]


def _segments(audit: Audit, doc_id: str) -> list[Segment]:
    from mt_audit.report.segments import segments

    return segments(audit, doc_id)


def _sides(row: Segment) -> tuple[int, int]:
    """(source, article) sentence counts of a row, from its bead kind when it has one ("2-1")."""
    m = re.fullmatch(r"(\d+)-(\d+)", row.kind)
    if m:
        return int(m.group(1)), int(m.group(2))
    return len(row.source_sentences), len(row.article_sentences)


def _threshold(audit: Audit) -> float | None:
    value = ((audit.run or {}).get("settings") or {}).get("align_threshold")
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _missing(value: Any) -> bool:
    """None, NaN or pandas NA: a cell or status with no value."""
    import pandas as pd

    return value is None or bool(pd.isna(value))


def _fmt(value: float, kind: str) -> str:
    if kind == "count":
        return str(int(round(value)))
    return "0" if value == 0 else f"{value:.3g}"
