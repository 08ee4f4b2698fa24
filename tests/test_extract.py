"""Tests for mt_audit.extract: trafilatura first, the built-in parser as the fallback.

The pages are written for these tests (not taken from any benchmark): each
holds an article among the usual chrome (menus, cookie banners, related links,
share buttons, footers), which must not reach the audit.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scripts_loader import load_script

from mt_audit import extract
from mt_audit.extract import BUILTIN, TRAFILATURA, Extraction, declared_charset, extract_main_text
from mt_audit.ingest import html_main_text as reexported
from mt_audit.ingest import read_document


def _page(lang: str, article: str, *, head: str = "", chrome_top: str = "", chrome_bottom: str = "") -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Site</title>{head}</head><body>'
        f"{chrome_top}{article}{chrome_bottom}</body></html>"
    )


_EN_ARTICLE = (
    "<article><h1>The harbour ferry returns after a long winter</h1>"
    "<p>After four months in dry dock the old harbour ferry sailed again on Monday morning, carrying "
    "its first passengers across the bay while gulls circled above the freshly painted deck.</p>"
    "<p>The crew spent the winter replacing the engine, sanding the wooden benches and fitting new "
    "life jackets, a repair that the town council paid for after a long debate in the autumn.</p>"
    "<p>Regular crossings run every half hour until the end of September, and bicycles travel free "
    "of charge on weekdays, the operator said in a short statement.</p></article>"
)
_EN_PARAGRAPHS = ["After four months in dry dock", "The crew spent the winter", "Regular crossings run every"]

_PL_ARTICLE = (
    "<main><div class='post'><h2>Jak posadzić jabłoń w ogrodzie</h2>"
    "<p>Najlepszym czasem na sadzenie młodej jabłoni jest późna jesień, kiedy ziemia jest jeszcze ciepła, "
    "a drzewko zdążyło już zrzucić liście i przygotować się do zimowego spoczynku.</p>"
    "<p>Dołek powinien być dwa razy szerszy niż bryła korzeniowa, a na jego dno warto wsypać nieco "
    "kompostu, który przez pierwsze lata będzie powoli odżywiał korzenie drzewa.</p>"
    "<p>Po posadzeniu jabłoń trzeba obficie podlać i przywiązać do palika, żeby silny wiatr nie "
    "poluzował jej w ziemi, zanim korzenie dobrze się rozrosną.</p></div></main>"
)
_PL_PARAGRAPHS = ["Najlepszym czasem na sadzenie", "Dołek powinien być dwa razy", "Po posadzeniu jabłoń trzeba"]

_DE_ARTICLE = (
    "<div id='content'><article class='story'><h1>Neue Buslinie verbindet die Dörfer im Tal</h1>"
    "<p>Seit dieser Woche fährt eine neue Buslinie stündlich von den Dörfern im oberen Tal bis zum "
    "Bahnhof der Kreisstadt, wo die Fahrgäste direkt in die Regionalzüge umsteigen können.</p>"
    "<p>Die Gemeinden hatten jahrelang um eine bessere Anbindung gebeten, weil viele ältere Bewohner "
    "kein eigenes Auto besitzen und bisher auf Nachbarn angewiesen waren.</p>"
    "<p>Am Wochenende verkehren die Busse alle zwei Stunden, und Schüler fahren mit ihrem Ausweis "
    "kostenlos, teilte der Verkehrsverbund am Dienstag mit.</p></article></div>"
)
_DE_PARAGRAPHS = ["Seit dieser Woche fährt", "Die Gemeinden hatten jahrelang", "Am Wochenende verkehren die"]

_NAV = "<nav><ul><li><a href='/'>Home</a></li><li><a href='/sport'>Sport weekly</a></li></ul></nav>"
_MENU_DIV = (
    "<div class='menu'><a href='/'>Strona główna</a> <a href='/ogrod'>Ogród i działka</a> "
    "<a href='/kuchnia'>Kuchnia domowa</a></div>"
)
_COOKIES = (
    "<div id='cookie-banner' class='cookie-consent'>We use cookies to improve your visit. "
    "<button>Accept all cookies</button></div>"
)
_COOKIES_DE = "<div class='cookie-notice'>Diese Seite verwendet Cookies. <a href='/ds'>Datenschutz lesen</a></div>"
_RELATED = (
    "<aside class='related'><h3>Related stories</h3><ul><li><a href='/a'>Lighthouse keeper retires today</a></li>"
    "<li><a href='/b'>New bridge opens to cyclists</a></li></ul></aside>"
)
_RELATED_PL = (
    "<div class='related-posts'><h3>Czytaj także</h3><ul><li><a href='/x'>Przycinanie grusz zimą</a></li>"
    "<li><a href='/y'>Kompostownik krok po kroku</a></li></ul></div>"
)
_SHARE = "<div class='share-buttons'><a href='/fb'>Auf Facebook teilen</a> <a href='/tw'>Per E-Mail senden</a></div>"
_FOOTER = "<footer><p>Copyright 2031 Harbour Gazette. All rights reserved.</p><a href='/imprint'>Imprint</a></footer>"
_FOOTER_PL = "<footer class='site-footer'>© 2031 Zielony Zakątek · Regulamin · Kontakt</footer>"
_FOOTER_DE = "<footer><p>Impressum und Kontakt der Talzeitung</p></footer>"

CHROME_PAGES = [
    pytest.param(
        _page("en", _EN_ARTICLE, chrome_top=_NAV + _COOKIES, chrome_bottom=_RELATED + _FOOTER),
        _EN_PARAGRAPHS,
        ["Sport weekly", "cookies", "Lighthouse keeper", "New bridge", "Copyright", "Imprint"],
        id="en-news",
    ),
    pytest.param(
        _page("pl", _PL_ARTICLE, chrome_top=_MENU_DIV, chrome_bottom=_RELATED_PL + _FOOTER_PL),
        _PL_PARAGRAPHS,
        ["Ogród i działka", "Kuchnia domowa", "Czytaj także", "Przycinanie grusz", "Regulamin"],
        id="pl-blog",
    ),
    pytest.param(
        _page("de", _DE_ARTICLE, chrome_top=_COOKIES_DE, chrome_bottom=_SHARE + _FOOTER_DE),
        _DE_PARAGRAPHS,
        ["Cookies", "Datenschutz", "Facebook", "E-Mail", "Impressum"],
        id="de-local",
    ),
]


@pytest.mark.parametrize(("markup", "kept", "dropped"), CHROME_PAGES)
def test_article_kept_and_chrome_dropped(markup: str, kept: list[str], dropped: list[str]) -> None:
    result = extract_main_text(markup)
    assert result.extractor == TRAFILATURA
    lines = result.text.split("\n")
    for start in kept:
        assert sum(line.startswith(start) for line in lines) == 1, (start, result.text)
    for chrome in dropped:
        assert chrome not in result.text


def test_one_line_per_paragraph_without_added_marks() -> None:
    article = (
        "<article><p>Der erste Absatz erzählt ausführlich, wie der kleine Laden am Markt seit dreißig Jahren "
        "von derselben Familie geführt wird und was sich seither verändert hat.</p>"
        "<ul><li>Frisches Brot am <b>Morgen</b></li><li>Kaffee<br>am Nachmittag</li></ul>"
        "<table><tr><td>Montag</td><td>geschlossen</td></tr></table>"
        "<p>Der zweite Absatz beschreibt die Pläne der Tochter, die das Geschäft im nächsten Frühjahr "
        "übernehmen und um eine kleine Leseecke erweitern möchte.</p></article>"
    )
    result = extract_main_text(_page("de", article))
    assert result.extractor == TRAFILATURA
    lines = result.text.split("\n")
    assert "Frisches Brot am Morgen" in lines and "Kaffee" in lines and "am Nachmittag" in lines
    assert "Montag" in lines and "geschlossen" in lines
    assert not any(line.startswith(("-", "|")) or line.endswith("|") for line in lines)
    assert lines[0].startswith("Der erste Absatz") and lines[-1].startswith("Der zweite Absatz")


FALLBACK_PAGES = [
    pytest.param(
        "<p>Ein kurzer Satz steht hier allein.</p>", "Ein kurzer Satz steht hier allein.", id="bare-paragraph"
    ),
    pytest.param("Nur Text, ganz ohne Auszeichnung.", "Nur Text, ganz ohne Auszeichnung.", id="no-markup"),
    pytest.param("<div>Merhaba dünya</div>", "Merhaba dünya", id="short-div"),
    pytest.param("<body><p>Hallo Welt, kurz.</p></body>", "Hallo Welt, kurz.", id="short-body"),
    pytest.param("<nav>Home</nav><script>x()</script>", "", id="chrome-only"),
]


@pytest.mark.parametrize(("markup", "expected"), FALLBACK_PAGES)
def test_builtin_takes_over_when_trafilatura_finds_nothing(markup: str, expected: str) -> None:
    assert extract.trafilatura_text(markup) == ""
    assert extract_main_text(markup) == Extraction(expected, BUILTIN)


def _raise(markup: str) -> str:
    raise ValueError("broken tree")


def test_builtin_takes_over_when_trafilatura_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    markup = _page("en", _EN_ARTICLE, chrome_top=_NAV)
    monkeypatch.setattr(extract, "trafilatura_text", _raise)
    result = extract_main_text(markup)
    assert result.extractor == BUILTIN and result.text.startswith("The harbour ferry returns")


def test_builtin_takes_over_when_trafilatura_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # makes "from trafilatura import ..." raise ImportError
    assert extract_main_text(_page("en", _EN_ARTICLE)).extractor == BUILTIN


def test_html_main_text_still_importable_from_ingest() -> None:
    assert reexported is extract.html_main_text


# --------------------------------------------------------------------------
# through ingest: the extractor recorded on the Document
# --------------------------------------------------------------------------

INGESTED = [
    pytest.param("story.html", _page("en", _EN_ARTICLE, chrome_top=_NAV), TRAFILATURA, id="article-page"),
    pytest.param("note.htm", "<p>Kurze Notiz ohne mehr.</p>", BUILTIN, id="short-page"),
    pytest.param("plain.txt", "Zwykły tekst w pliku.", "", id="not-html"),
]


@pytest.mark.parametrize(("name", "content", "extractor"), INGESTED)
def test_extractor_recorded(tmp_path: Path, name: str, content: str, extractor: str) -> None:
    (tmp_path / name).write_text(content, encoding="utf-8")
    (doc,) = read_document(tmp_path / name)
    assert doc.ok and doc.extractor == extractor and doc.text


def test_everything_failing_gives_an_error_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract, "trafilatura_text", _raise)
    monkeypatch.setattr(extract, "html_main_text", _raise)
    (tmp_path / "page.html").write_text(_page("en", _EN_ARTICLE), encoding="utf-8")
    (doc,) = read_document(tmp_path / "page.html")
    assert doc.error == "cannot parse HTML: broken tree" and doc.text == ""


# --------------------------------------------------------------------------
# declared character sets
# --------------------------------------------------------------------------

CHARSETS = [
    pytest.param(b'<html><head><meta charset="windows-1250">', "cp1250", id="meta-charset"),
    pytest.param(b"<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-2'>", "iso8859-2", id="equiv"),
    pytest.param(b'<?xml version="1.0" encoding="koi8-r"?><html>', "koi8-r", id="xml-declaration"),
    pytest.param(b"<meta charset=latin1>", "cp1252", id="whatwg-latin1-is-1252"),
    pytest.param(b"<meta charset=no-such-codec>", None, id="unknown-label"),
    pytest.param(b"<p>no declaration</p>", None, id="none"),
    pytest.param(b" " * 1100 + b"<meta charset=cp1250>", None, id="past-the-prescan"),
]


@pytest.mark.parametrize(("head", "codec"), CHARSETS)
def test_declared_charset(head: bytes, codec: str | None) -> None:
    assert declared_charset(head) == codec


@pytest.mark.parametrize(
    ("codec", "text"),
    [
        ("iso-8859-2", "Źródło wiadomości: świeże jabłka, gęś i żółw."),
        ("windows-1251", "Новая линия автобуса соединяет деревни."),
    ],
)
def test_declared_charset_decodes_legacy_page(tmp_path: Path, codec: str, text: str) -> None:
    page = f'<html><head><meta charset="{codec}"></head><body><p>{text}</p></body></html>'
    (tmp_path / "legacy.html").write_bytes(page.encode(codec))
    (doc,) = read_document(tmp_path / "legacy.html")
    assert doc.text == text and doc.encoding == codec
    assert doc.repairs == [f"decoded as {codec} (declared by the page)"]


# --------------------------------------------------------------------------
# hostile markup
# --------------------------------------------------------------------------

_TAGS = st.sampled_from(["p", "div", "article", "main", "nav", "li", "table", "td", "script", "br", "b", "x-y", "!--"])
_PIECES = st.one_of(
    st.text(max_size=40),
    _TAGS.map(lambda t: f"<{t}>"),
    _TAGS.map(lambda t: f"</{t}>"),
    st.sampled_from(["<![CDATA[", "]]>", "<?xml ?>", "&#0;", "&#xD800;", "&bogus;", "<a href='", "\x00", "\ud800"]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_arbitrary_markup_never_raises(markup: str) -> None:
    result = extract_main_text(markup)
    assert isinstance(result.text, str) and result.extractor in (TRAFILATURA, BUILTIN)


# --------------------------------------------------------------------------
# the benchmark's measure in scripts/eval_extraction.py
# --------------------------------------------------------------------------

MEASURE = [
    pytest.param("one two three four five", "One, two; THREE four five!", (1.0, 1.0), id="case-and-punctuation"),
    pytest.param("one two three four five", "one two three four five six seven eight", (0.4, 1.0), id="extra-chrome"),
    pytest.param("one two three four five six", "one two three four", (1.0, 1 / 3), id="missing-tail"),
    pytest.param("one two three four", "", (0.0, 0.0), id="empty-prediction"),
    pytest.param("la la la la la", "la la la la", (1.0, 0.5), id="counted-with-multiplicity"),
]


@pytest.mark.parametrize(("true", "predicted", "expected"), MEASURE)
def test_benchmark_measure(true: str, predicted: str, expected: tuple[float, float]) -> None:
    measure = load_script("eval_extraction")
    assert measure.page_scores(true, predicted) == pytest.approx(expected)
    f1, precision, recall = measure.summary([measure.page_scores(true, predicted)] * 2)
    assert (precision, recall) == pytest.approx(expected)
