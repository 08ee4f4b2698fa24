"""report.html with hostile values everywhere: ids, file names, messages, run.json. Whatever they hold,
the page gets no element, attribute, script or link the template did not write, and a browser runs nothing."""

from __future__ import annotations

import itertools
import shutil
import subprocess
import urllib.parse
from collections.abc import Callable, Iterator
from pathlib import Path

import html5lib
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mt_audit.report import Audit
from mt_audit.report.html import encode_id, render
from mt_audit.types import Finding

PAYLOADS = [
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    "</script><script>alert(1)</script>",
    "</textarea></title></style><script>alert(1)</script>",
    "<!--",
    "]]><![CDATA[",
    "{{7*7}}{% raw %}",
    "$x$",
    "$\\frac$",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    'a" onmouseover="alert(1)',
    "x\udc80",
    "\x00nul",
    "\u202eRTL\u200f mark",
    "&amp;&lt;",
    "_5f-",
]
#: Text of every kind, lone surrogates and control characters included, or one of the payloads, or a mix.
ANY_CHAR = st.characters(exclude_categories=())
HOSTILE = st.one_of(
    st.sampled_from(PAYLOADS),
    st.text(ANY_CHAR, max_size=20),
    st.lists(st.one_of(st.sampled_from(PAYLOADS), st.text(ANY_CHAR, max_size=5)), min_size=1, max_size=4).map("".join),
)
BENIGN = [f"value{k}" for k in range(40)]
#: Where a report may point: inside itself, or inline data.
SAFE_URL = ("#", "data:")
URL_ATTRS = {"href", "src", "xlink:href", "action", "formaction", "poster", "srcset", "background"}


def hostile_audit(value: Callable[[], str]) -> Audit:
    """An audit whose every text field takes ``value()``: two articles (one a translation, one not), a failed
    one, a source, findings with spans, a gap and an omission, alignment, run.json."""
    ids = [f"{value()}·{k}" for k in range(4)]  # distinct whatever value() gives
    src, a1, a2, bad = ids
    body = f"Hello {value()} world. Second {value()} sentence."
    cut = body.index("Second")
    docs = [
        {"doc_id": src, "path": value(), "lang": "en", "role": "source", "status": "ok", "n_words": 4},
        {"doc_id": a1, "path": value(), "lang": value(), "role": "article", "status": "ok", "matched_source": src,
         "presumed_source": src, "verdict": f"translation of {src}", "n_words": 5, "chrf": 50.0, "chrf_low": 40.0,
         "chrf_high": 60.0, "quality": 90.0, "notes": value(), "sibling_group": value(), "n_findings": 3,
         "encoding": value(), "repairs": value(), "signature": value()},
        {"doc_id": a2, "path": value(), "lang": value(), "role": "article", "status": "ok", "matched_source": None,
         "presumed_source": src, "verdict": value(), "n_words": 5, "n_findings": 0, "notes": value()},
        {"doc_id": bad, "path": value(), "role": "article", "status": value() + "!", "error": value()},
    ]  # fmt: skip
    findings = [
        Finding(a1, value(), value(), value(), value(), 0, 5, value(), 0, value(), value()),
        Finding(a1, value(), "accuracy/untranslated", "major", value(), 2, cut + 3, value(), 0, "", value()),
        Finding(a1, value(), "accuracy/omission", "major", value(), cut, cut, "", None, value(), value()),
    ]
    beads = [
        {"doc_id": a1, "source_id": src, "bead": 0, "kind": "1-1", "source_sentences": [0], "article_sentences": [0],
         "source_text": value(), "backtranslation": value(), "similarity": 0.9},
        {"doc_id": a1, "source_id": src, "bead": 1, "kind": "1-0", "source_sentences": [1], "article_sentences": [],
         "source_text": value(), "backtranslation": "", "similarity": None},
        {"doc_id": a1, "source_id": src, "bead": 2, "kind": "1-1", "source_sentences": [2], "article_sentences": [1],
         "source_text": value(), "backtranslation": value(), "similarity": 0.7},
    ]  # fmt: skip
    texts = [
        {"doc_id": a1, "role": "article", "lang": "xx", "text": body, "sentences": [[0, cut - 1], [cut, len(body)]]},
        {"doc_id": a2, "role": "article", "lang": "xx", "text": value() + " x", "sentences": []},
    ]
    run = {
        "mt_audit": value(),
        "signature_id": value(),
        "signatures": {value(): value(), "engine": value()},
        "versions": {value(): value()},
        "missing": {value(): {"message": value()}, "comet": value()},
        "settings": {"align_threshold": value(), value(): value()},
    }
    return Audit.from_records(docs, findings, beads, run, texts)


def supply(values: list[str]) -> Callable[[], str]:
    cycle: Iterator[str] = itertools.cycle(values)
    return lambda: next(cycle)


def elements(page: str) -> list:
    """Every element of the page as a browser's parser (html5lib) builds it."""
    tree = html5lib.parse(page, treebuilder="etree", namespaceHTMLElements=False)
    return list(tree.iter())


def local(name: str) -> str:
    """A tag or attribute name without its namespace, prefixed ``svg:`` (or the like) when it has one."""
    if name.startswith("{"):
        ns, _, rest = name[1:].partition("}")
        return f"{ns.rsplit('/', 1)[-1]}:{rest}"
    return name


def shape(page: str) -> set[tuple[str, str]]:
    """(tag, attribute) pairs of the page, ("tag", "") for each tag."""
    out = set()
    for el in elements(page):
        if isinstance(el.tag, str):
            out.add((local(el.tag), ""))
            out.update((local(el.tag), local(k)) for k in el.attrib)
    return out


def assert_only_what_the_template_writes(page: str, allowed: set[tuple[str, str]]) -> None:
    extra = shape(page) - allowed
    assert not extra, sorted(extra)
    els = [el for el in elements(page) if isinstance(el.tag, str)]
    assert [local(el.tag) for el in els].count("script") == 1
    assert not [(el.tag, k) for el in els for k in el.attrib if local(k).lower().startswith("on")]
    urls = [v for el in els for k, v in el.attrib.items() if local(k) in URL_ATTRS]
    assert all(v.startswith(SAFE_URL) for v in urls), [v for v in urls if not v.startswith(SAFE_URL)]


@pytest.fixture(scope="module")
def allowed() -> set[tuple[str, str]]:
    """What the template writes, from the same audit with harmless values."""
    return shape(render(hostile_audit(supply(BENIGN)), charts=False))


@pytest.fixture(scope="module")
def allowed_with_charts() -> set[tuple[str, str]]:
    return shape(render(hostile_audit(supply(BENIGN)), charts=True))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.data())
def test_hostile_values_add_no_element_attribute_script_or_link(allowed, data):
    audit = hostile_audit(lambda: data.draw(HOSTILE))
    assert_only_what_the_template_writes(render(audit, charts=False), allowed)


@pytest.mark.filterwarnings("ignore:Glyph:UserWarning", "ignore:constrained_layout:UserWarning")
@pytest.mark.parametrize("offset", range(0, len(PAYLOADS), 4))
def test_hostile_values_in_charts_stay_text(allowed_with_charts, offset):
    audit = hostile_audit(supply(PAYLOADS[offset:] + PAYLOADS[:offset]))
    page = render(audit, charts=True)
    assert_only_what_the_template_writes(page, allowed_with_charts)
    assert "\udc80" not in page and page.encode("utf-8")


def test_each_payload_reads_as_itself(allowed):
    """A payload used as an article id is the text of that article's header, character for character."""
    for payload in PAYLOADS:
        audit = hostile_audit(supply([payload]))
        page = render(audit, charts=False)
        assert_only_what_the_template_writes(page, allowed)
        doc_id = f"{payload}·1"
        anchor = f"article-{encode_id(doc_id)}"
        view = [el for el in elements(page) if el.get("id") == anchor]
        assert len(view) == 1, payload
        header = view[0].find("summary/b")
        assert header.text == doc_id.replace("\udc80", "\ufffd").replace("\x00", "")  # parsers drop NUL from text


# a real browser


def chromium() -> str | None:
    return next((p for p in map(shutil.which, ("chromium", "chromium-browser")) if p), None)


#: Payloads that, if any ran, would leave a mark in the DOM: a title, an element, an attribute.
RUNNING = [
    "<img src=x onerror=\"document.title='PWNED'\">",
    "\"><img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">",
    "</script><script>document.title='PWNED'</script>",
    "'><svg onload=\"document.title='PWNED'\">",
    "<iframe srcdoc=\"<script>parent.document.title='PWNED'</script>\"></iframe>",
    "{{7*7}}$x$\udc80 \u202e",
]


def dump_dom(browser: str, url: str, profile: Path) -> str:
    cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", f"--user-data-dir={profile}",
           "--virtual-time-budget=3000", "--dump-dom", url]  # fmt: skip
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore:Glyph:UserWarning", "ignore:constrained_layout:UserWarning")
def test_a_browser_runs_nothing_from_a_hostile_report(tmp_path):
    browser = chromium()
    if browser is None:
        pytest.skip("no chromium on PATH (apt-get install chromium)")
    audit = hostile_audit(supply(RUNNING))
    path = audit.report(tmp_path)
    doc_id = audit.articles["doc_id"].iloc[0]
    url = path.resolve().as_uri() + "?article=" + urllib.parse.quote(doc_id, safe="")
    dom = dump_dom(browser, url, tmp_path / "profile")
    tree = html5lib.parse(dom, treebuilder="etree", namespaceHTMLElements=False)
    title = tree.find("head/title").text
    assert title == f"mt-audit report {audit.run['signature_id']}".replace("\udc80", "\ufffd").strip()
    body = tree.find("body")
    assert "data-pwned" not in body.attrib
    assert not [el for el in tree.iter() if isinstance(el.tag, str) and el.tag in ("img", "iframe", "svg") and
                el.get("onerror", el.get("onload", el.get("srcdoc")))]  # fmt: skip
    # the page's own script did run: ?article= took the raw id, encoded as the page encodes it
    assert "solo" in body.get("class", "")
    shown = [el for el in tree.iter() if el.tag == "details" and "shown" in el.get("class", "")]
    assert [el.get("id") for el in shown] == [f"article-{encode_id(doc_id)}"]
