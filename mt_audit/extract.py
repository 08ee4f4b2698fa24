"""The main text of a web page: trafilatura first, the built-in parser as the fallback.

Page chrome (menus, cookie banners, related links, footers) that reaches the
audit becomes text to check and false findings, so HTML goes through
trafilatura, a maintained article extractor, with precision-oriented
settings. When it is not installed, raises, or finds no text (a page of one
short paragraph), the small built-in parser below takes over. Either way the
result has one line per paragraph, because the pipeline segments by
paragraph, and names the extractor that produced it.

trafilatura (and lxml) are imported only when a page is extracted, so
``import mt_audit`` stays light.
"""

from __future__ import annotations

import codecs
from html.parser import HTMLParser
from typing import Any, NamedTuple

import regex

__all__ = ["Extraction", "declared_charset", "extract_main_text", "html_main_text", "trafilatura_text"]

TRAFILATURA = "trafilatura"
BUILTIN = "builtin"

#: trafilatura's settings, chosen on principle rather than per page:
#: ``favor_precision`` because chrome audited as article text costs false findings,
#: while a dropped marginal line costs little; comments are readers' text, not the
#: article; tables and trafilatura's own fallbacks (readability, jusText) stay on
#: so that tabular content and unusual layouts are kept; ``deduplicate`` stays off
#: because trafilatura's duplicate cache lives across calls, so a paragraph shared
#: by sibling translations would vanish from the third one read, depending on order.
TRAFILATURA_SETTINGS: dict[str, Any] = {
    "favor_precision": True,
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_links": False,
    "deduplicate": False,
    "fast": False,
    "with_metadata": False,
}

_LETTER = regex.compile(r"\p{L}")
_SPACE = regex.compile(r"[ \t\n\r\f]+")


class Extraction(NamedTuple):
    """A page's main text (one line per paragraph) and the extractor that produced it."""

    text: str
    extractor: str


# --------------------------------------------------------------------------
# Built-in parser (the fallback)
# --------------------------------------------------------------------------

_HTML_SKIP = frozenset(
    {"script", "style", "noscript", "template", "head", "nav", "footer", "aside", "form", "svg", "iframe"}
)
_HTML_BLOCKS = frozenset(
    "address article blockquote br caption dd details div dl dt figcaption figure h1 h2 h3 h4 h5 h6 header hr"
    " li main ol p pre section summary table td th tr ul".split()
)
_HTML_MAIN = frozenset({"main", "article"})


class _MainTextParser(HTMLParser):
    """Collect the visible text of a page as blocks, noting which lie in <main>/<article>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, bool]] = []
        self.seen_main = False
        self._parts: list[str] = []
        self._skip: list[str] = []
        self._main: list[str] = []

    def _flush(self) -> None:
        block = _SPACE.sub(" ", "".join(self._parts)).strip()
        self._parts = []
        if block:
            self.blocks.append((block, bool(self._main)))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body" and "head" in self._skip:
            self._skip = [t for t in self._skip if t != "head"]
        if tag in _HTML_SKIP:
            self._skip.append(tag)
            return
        if self._skip:
            return
        if tag in _HTML_BLOCKS:
            self._flush()
        if tag in _HTML_MAIN:
            self._main.append(tag)
            self.seen_main = True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self._skip and tag in _HTML_BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _HTML_SKIP:
            if tag in self._skip:
                del self._skip[len(self._skip) - 1 - self._skip[::-1].index(tag) :]
            return
        if self._skip:
            return
        if tag in _HTML_BLOCKS:
            self._flush()
        if tag in _HTML_MAIN and tag in self._main:
            del self._main[len(self._main) - 1 - self._main[::-1].index(tag) :]

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._parts.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def html_main_text(markup: str) -> str:
    """The built-in parser's main text: one line per block, scripts and navigation dropped.

    When the page has a <main> element only its content is kept, else, when
    it has <article> elements, only theirs: the rest is site chrome.
    """
    parser = _MainTextParser()
    parser.feed(markup)
    parser.close()
    return "\n".join(text for text, in_main in parser.blocks if in_main or not parser.seen_main)


# --------------------------------------------------------------------------
# trafilatura
# --------------------------------------------------------------------------

#: Elements of trafilatura's output tree that end a line: paragraphs, headings,
#: list items, table cells, quotes, code blocks and line breaks.
_TREE_BLOCKS = frozenset({"p", "head", "list", "item", "table", "row", "cell", "quote", "code", "lb", "div"})


def _tree_lines(body: Any) -> str:
    """One line per block of trafilatura's output tree, without its bullets and cell bars.

    trafilatura's own text output writes list items as ``- item`` and table
    rows as ``| a | b |``: marks the page never had, which later checks would
    read as the article's punctuation. Walked iteratively, so deep nesting
    cannot exhaust the stack.
    """
    from lxml import etree

    lines: list[str] = []
    parts: list[str] = []

    def flush() -> None:
        line = _SPACE.sub(" ", "".join(parts)).strip()
        parts.clear()
        if line:
            lines.append(line)

    for event, element in etree.iterwalk(body, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _TREE_BLOCKS:
            flush()
        if event == "start":
            if tag and element.text:
                parts.append(element.text)
        elif element is not body and element.tail:
            parts.append(element.tail)
    flush()
    return "\n".join(lines)


def trafilatura_text(markup: str) -> str:
    """trafilatura's main text of a page with mt-audit's settings ("" when it finds none).

    Raises ImportError when trafilatura is not installed, and whatever
    trafilatura raises on markup it cannot handle: :func:`extract_main_text` catches both.
    """
    from trafilatura import bare_extraction

    result = bare_extraction(markup, output_format="python", **TRAFILATURA_SETTINGS)
    body = getattr(result, "body", None)
    return "" if body is None else _tree_lines(body)


def extract_main_text(markup: str) -> Extraction:
    """The page's main text: trafilatura's, else the built-in parser's when trafilatura fails or finds no words.

    Raises only when the built-in parser itself fails; ingest turns that into
    a Document error.
    """
    try:
        text = trafilatura_text(markup)
    except Exception:  # noqa: BLE001 - missing library or hostile markup: the built-in parser takes over
        text = ""
    if _LETTER.search(text):
        return Extraction(text, TRAFILATURA)
    return Extraction(html_main_text(markup), BUILTIN)


# --------------------------------------------------------------------------
# Declared character set
# --------------------------------------------------------------------------

_CHARSET = regex.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", regex.IGNORECASE)
_XML_ENCODING = regex.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", regex.IGNORECASE)
#: Labels that the HTML standard (WHATWG Encoding) reads as windows-1252, not as their literal codecs.
_WHATWG_1252 = frozenset({"ascii", "us-ascii", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "cp819"})
#: How far into a page the HTML standard looks for a <meta charset>.
_PRESCAN_BYTES = 1024


def declared_charset(data: bytes) -> str | None:
    """The Python codec a page declares (``<meta charset>``, ``http-equiv`` or ``<?xml encoding>``), or None.

    Only the first 1024 bytes count, as in the HTML standard's prescan; a
    label Python does not know gives None.
    """
    head = data[:_PRESCAN_BYTES]
    match = _XML_ENCODING.search(head) or _CHARSET.search(head)
    if match is None:
        return None
    label = match.group(1).decode("ascii").strip().lower()
    if label in _WHATWG_1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None
