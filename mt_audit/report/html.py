"""report.html: one self-contained page a reader can open from disk and send on.

Everything is inline (CSS, a little JavaScript for sorting and opening
articles, charts as SVG), so the page needs no network. Every finding is shown
in place in its article: the article's text is laid out in aligned rows
(:mod:`mt_audit.report.segments`) beside its source and back-translation, and
each finding's span is highlighted with its category and explanation on hover,
and listed under the article for print. Right-to-left languages are marked
``dir="rtl"``. The page is a pure function of the saved outputs, so
``mt-audit report OUT_DIR`` reproduces it byte for byte.

The page is a Jinja2 template (``templates/``) with autoescaping on, fed plain
text by :mod:`mt_audit.report.view`: whatever an id, a file name, a message or
a run.json value holds, it reaches the page as text, never as markup. Only
three things are inserted unescaped (:class:`markupsafe.Markup`): the shipped
stylesheet and script, and the charts' SVG, which matplotlib writes with its
text XML-escaped. Ids in ``id``/``href``/``data-f`` attributes are encoded by
:func:`encode_id` (``article-<encoded id>``, ``f-<encoded id>-<n>``);
``report.html?article=ID`` takes the raw article id, which report.js encodes
the same way. Pages are built under Python string storage
(:func:`mt_audit.frames.python_strings`): an id may hold the lone surrogates of
an undecodable file name, which pandas' Arrow strings cannot.

Text of either direction is isolated where it sits among text of the other:
ids carry ``dir="auto"``, a sentence written the other way than its article
(an English sentence in an Arabic one) is a ``<bdi>`` in the article cell, and
a listed span reads in its own direction (:func:`mt_audit.report.view.direction`).
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import shutil
import tempfile
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mt_audit.frames import python_strings
from mt_audit.report import view
from mt_audit.report.view import ARTICLE_COLUMNS, encode_id

if TYPE_CHECKING:
    import jinja2

    from mt_audit.report.tables import Audit

__all__ = [
    "ARTICLE_COLUMNS",
    "CHART_ARTICLES_MAX",
    "NAME",
    "PAGED_ARTICLES_MIN",
    "encode_id",
    "page_name",
    "pages_dir",
    "render",
    "summary_html",
    "write",
]

#: Above this many articles the page leaves out per-article charts (the reading views stay).
CHART_ARTICLES_MAX = 60
#: Above this many articles report.html is an index (overview, sortable table, heatmap, charts) and each
#: article's reading view is a page of its own: one page of 400 articles is 6.6 MB and 8.5 s to render.
PAGED_ARTICLES_MIN = 200
NAME = "report.html"
#: Lone surrogates (e.g. from a file name decoded with surrogateescape) cannot be written as UTF-8.
_SURROGATES = re.compile("[\ud800-\udfff]")


def write(
    audit: Audit,
    out: str | os.PathLike[str],
    name: str = NAME,
    *,
    charts: bool = True,
    paged: bool | None = None,
    articles: Iterable[Audit] | None = None,
) -> Path:
    """Render the report into ``out/name`` atomically and return its path.

    ``paged`` (default: above :data:`PAGED_ARTICLES_MIN` articles) writes each
    article's page into the folder :func:`pages_dir` names beside it, whole:
    a folder of the previous render is replaced only once the new one is complete.
    ``articles`` gives each article's page as an audit of that article alone, in
    the order of ``audit``'s articles (a large run's, read one at a time from its
    journal); without it the pages are cut from ``audit``.
    """
    from mt_audit.report.tables import atomic_write

    path = Path(out) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    paged = len(audit.articles) > PAGED_ARTICLES_MIN if paged is None else paged
    pages = pages_dir(name) if paged else None
    if pages is not None:
        _write_pages(audit, path.parent / pages, name, articles)
    else:
        shutil.rmtree(path.parent / pages_dir(name), ignore_errors=True)  # a smaller audit's report is one page
    atomic_write(path, render(audit, charts=charts, pages=pages))
    return path


def pages_dir(name: str = NAME) -> str:
    """The folder of a paged report's article pages, named after the report ("report.html" → "report-articles")."""
    return f"{Path(name).stem}-articles"


def page_name(anchor: str) -> str:
    """An article page's file name: its anchor, or a digest of it where a file system would refuse the length."""
    if len(anchor) <= 120:
        return f"{anchor}.html"
    return f"article-{hashlib.sha256(anchor.encode('ascii')).hexdigest()[:24]}.html"


@python_strings
def _write_pages(audit: Audit, folder: Path, index: str, articles: Iterable[Audit] | None) -> None:
    """Every article's page into a staging folder, then the folder moved into place."""
    from mt_audit.report.tables import atomic_write

    staging = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}-"))
    ids = [str(d) for d in audit.articles["doc_id"]]
    try:
        common = _page_common(audit)
        pairs = zip(ids, articles, strict=True) if articles is not None else ((d, audit) for d in ids)
        for doc_id, one in pairs:
            v = view.reading_view(one, doc_id)
            page = _render("article.html.j2", v=v, index=f"../{index}", **common)
            atomic_write(staging / page_name(v["anchor"]), page)
        shutil.rmtree(folder, ignore_errors=True)
        os.replace(staging, folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _page_common(audit: Audit) -> dict[str, Any]:
    return {
        "title": f"mt-audit report {view.text(audit.run.get('signature_id', ''))}".strip(),
        "version": view.text(audit.run.get("mt_audit", "?")),
        "signature_id": view.text(audit.run.get("signature_id", "?")),
        "legend": view.legend(),
        "css": _markup(_asset("report.css")),
        "script": _markup(_asset("report.js")),
    }


def _href(pages: str | None) -> Any:
    """Where a link to an article goes: its reading view on this page, or its own page."""
    if pages is None:
        return lambda anchor: f"#{anchor}"
    return lambda anchor: f"{pages}/{page_name(anchor)}"


@python_strings
def summary_html(audit: Audit) -> str:
    """A fragment for Jupyter: overview, article table and heatmap, styled but without script or views."""
    return _render("summary.html.j2", **_tables(audit), css=_markup(_scoped_css()), href=_href(None))


@python_strings
def render(audit: Audit, *, charts: bool = True, pages: str | None = None) -> str:
    """The whole page as a string: overview, article table, taxonomy heatmap, charts, reading views.

    With ``pages`` (a folder name) the reading views are left to the article pages there and linked.
    """
    articles = audit.articles
    with_charts = charts and len(articles) <= CHART_ARTICLES_MAX and pages is None
    views = [] if pages is not None else [view.reading_view(audit, str(d)) for d in articles["doc_id"]]
    if with_charts:
        for v in views:
            v["chart"] = _similarity_chart(audit, v) if v["has_text"] and v["has_source"] else None
    return _render(
        "report.html.j2",
        **_tables(audit),
        **_page_common(audit),
        charts=_charts(audit) if charts else None,
        views=views,
        pages=pages,
        n_pages=len(articles),
        href=_href(pages),
        signature=view.signature(audit),
    )


def _tables(audit: Audit) -> dict[str, Any]:
    """What the page and the Jupyter fragment share: overview, article table, heatmap."""
    return {
        "overview": view.overview(audit),
        "columns": [h for _, h, _ in view.article_columns(audit)],
        "rows": view.article_rows(audit),
        "heat": view.heatmap(audit),
    }


def _render(template: str, **context: Any) -> str:
    """Render a template; the one place every value passes before it is written.

    Lone surrogates become U+FFFD here, once for the whole page: ``atomic_write``
    writes UTF-8, which has no form for them (ids themselves stay distinct: their
    anchors are encoded from the original string).
    """
    return _SURROGATES.sub("\ufffd", _environment().get_template(template).render(**context))


@functools.cache
def _environment() -> jinja2.Environment:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("mt_audit.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _markup(trusted: str) -> Any:
    """Our own CSS, script or matplotlib's SVG, inserted as it is."""
    import markupsafe

    return markupsafe.Markup(trusted)


def _charts(audit: Audit) -> list[Any]:
    from mt_audit import plot

    arts = audit.articles
    figures = [plot.scores(audit, metric=m) for m in ("chrf", "bleu", "comet", "quality") if _any(arts, m)]
    return [_svg(fig) for fig in [*figures, plot.findings(audit)]]


def _any(arts: Any, metric: str) -> bool:
    return metric in arts and bool(arts[metric].notna().any())


def _similarity_chart(audit: Audit, v: dict[str, Any]) -> Any:
    from mt_audit import plot

    return _svg(plot.similarity(audit, v["doc_id"]))


def _svg(fig: Any) -> Any:
    """A figure as inline SVG markup (matplotlib escapes its text), namespaces dropped as HTML needs none."""
    import matplotlib.figure

    from mt_audit import plot

    svg = plot.svg(fig)
    if isinstance(fig, matplotlib.figure.Figure):
        fig.clear()
    for ns in (' xmlns="http://www.w3.org/2000/svg"', ' xmlns:xlink="http://www.w3.org/1999/xlink"'):
        svg = svg.replace(ns, "", 1)
    return _markup(svg)


def _scoped_css() -> str:
    """The page's table and heatmap rules, limited to the fragment so a notebook keeps its own look."""
    flat = _asset("report.css").split("@media")[0]
    out = []
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", flat):
        names = [x.strip() for x in selectors.split(",")]
        if all(n.startswith(("table", "td", "tr", "dl", ".hint", ".note", ".scroll")) for n in names):
            out.append(",".join(f".mt-audit {n}" for n in names) + "{" + body + "}")
    return ":root{" + re.search(r":root\{([^}]*)\}", flat).group(1) + "}" + "".join(out)


@functools.cache
def _asset(name: str) -> str:
    """The page's stylesheet or script, shipped beside this module and inlined into every page."""
    return resources.files("mt_audit.report").joinpath(name).read_text(encoding="utf-8")
