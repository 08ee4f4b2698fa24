"""report.html: every finding in place, nothing fetched from outside, right-to-left text marked,
reproducible from the saved files; Audit.load gives back what Audit.save wrote."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mt_audit.frames import python_strings
from mt_audit.report import Audit
from mt_audit.report.html import encode_id, render
from mt_audit.types import Finding

GOLDEN = Path(__file__).parent / "data" / "report_golden.html"
URL_ATTRS = {"src", "href", "xlink:href", "action", "poster", "data", "srcset"}
VOID = {"meta", "br", "img", "hr", "input", "link", "wbr", "col", "source"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    parent: Node | None
    text: list[str] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)

    def ancestor(self, tag: str, cls: str | None = None) -> Node | None:
        node = self.parent
        while node is not None:
            if node.tag == tag and (cls is None or cls in node.attrs.get("class", "").split()):
                return node
            node = node.parent
        return None

    def content(self) -> str:
        """Text of this node and its descendants, in document order."""
        return "".join(self.text)


class Page(HTMLParser):
    """A small DOM: every element with its attributes, text and ancestors."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self.stack = [self.root]
        self.nodes: list[Node] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs}, self.stack[-1])
        self.stack[-1].children.append(node)
        self.nodes.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        for node in self.stack:
            node.text.append(data)

    def find(self, tag: str, **attrs: str) -> list[Node]:
        return [n for n in self.nodes if n.tag == tag and all(n.attrs.get(k) == v for k, v in attrs.items())]


def finding_ids(findings: pd.DataFrame, doc_id: str) -> dict[str, pd.Series]:
    """The page's finding ids (encoded as in its attributes): an article's findings ordered by start, end,
    category, numbered from 1."""
    rows = findings[findings["doc_id"] == doc_id].sort_values(["start", "end", "category"], kind="stable")
    return {f"{encode_id(doc_id)}-{n + 1}": f for n, (_, f) in enumerate(rows.iterrows())}


def marked_text(page: Page, fid: str) -> str:
    """The text of every highlighted piece naming ``fid``, in page order."""
    return "".join(n.content() for n in page.nodes if n.tag == "mark" and fid in n.attrs.get("data-f", "").split())


def external_urls(text: str, page: Page) -> list[str]:
    bad = [
        f"{n.tag}[{k}]={v}"
        for n in page.nodes
        for k, v in n.attrs.items()
        if k in URL_ATTRS and v and not v.startswith(("#", "data:"))
    ]
    bad += re.findall(r"url\(\s*['\"]?(?!data:|#)[^)]*\)", text)
    bad += re.findall(r"@import[^;]*;", text)
    bad += [n.tag for n in page.nodes if n.tag in ("link", "iframe", "object", "embed", "base")]
    return bad


def check_in_place(page: Page, audit: Audit) -> int:
    """Assert every finding of every audited article is shown in its article's view; return how many."""
    seen = 0
    for doc_id in audit.articles.loc[audit.articles["status"] == "ok", "doc_id"]:
        view = page.find("details", id=f"article-{encode_id(doc_id)}")
        assert len(view) == 1, doc_id
        for fid, f in finding_ids(audit.findings, doc_id).items():
            if f["end"] > f["start"]:
                assert marked_text(page, fid) == f["span"], (fid, f["category"])
                marks = [n for n in page.nodes if n.tag == "mark" and fid in n.attrs.get("data-f", "").split()]
                assert all(m.ancestor("details") is view[0] for m in marks)
                assert all(f["category"] in m.attrs["title"] and f["message"] in m.attrs["title"] for m in marks)
            else:
                gaps = [n for n in page.nodes if n.tag == "span" and n.attrs.get("data-f") == fid]
                assert len(gaps) == 1, fid
                assert gaps[0].ancestor("details") is view[0]
                if f["category"] == "accuracy/omission":
                    row = gaps[0].ancestor("tr")
                    source = [c for c in row.children if c.attrs.get("class") == "src"]
                    assert source and source[0].content() == f["source_span"]
            seen += 1
    return seen


def small_audit() -> Audit:
    """Two articles (Arabic and Polish) against one source, one without source, one that failed.

    The Arabic one has overlapping findings, an omission, a finding in the
    whitespace between sentences and HTML-special characters.
    """
    src = "Musk bought 10,000 GPUs. The project is secret. It uses <AI> & more."
    ar = "اشترى ماسك 10000 وحدة.\n\nالمشروع Business Insider سري."
    pl = "Musk kupił 10 000 GPU.\nProjekt jest tajny. Używa <AI> & więcej."
    docs = [
        {"doc_id": "src", "lang": "en", "role": "source", "status": "ok", "n_words": 13},
        {"doc_id": "a1", "lang": "ar", "role": "article", "status": "ok", "matched_source": "src", "n_words": 7,
         "presumed_source": "src", "bleu": 31.5, "bleu_low": 20.0, "bleu_high": 40.25, "chrf": 55.0, "quality": 80.0,
         "n_findings": 4, "sibling_group": "G1"},
        {"doc_id": "p1", "lang": "pl", "role": "article", "status": "ok", "matched_source": None, "n_words": 11,
         "presumed_source": "src", "n_findings": 1},
        {"doc_id": "bad", "role": "article", "status": "error", "error": "empty file"},
    ]  # fmt: skip
    i = ar.index("Business")
    j = ar.index("Insider")
    findings = [
        Finding("a1", "ar", "accuracy/untranslated", "major", "untranslated", i, j + 7, "Business Insider", 1, "",
                "English words left untranslated"),
        Finding("a1", "ar", "accuracy/entity-literal", "minor", "entities", j, j + 7, "Insider", 1, "", "a name"),
        Finding("a1", "ar", "style/layout", "minor", "layout", ar.index("\n"), ar.index("\n") + 2, "\n\n", None, "",
                "blank line <b>inside</b> & between"),
        Finding("a1", "ar", "accuracy/omission", "major", "omission", len(ar), len(ar), "", None,
                "It uses <AI> & more.", "Source sentence 3 is missing here"),
        Finding("p1", "pl", "source/mismatch", "critical", "source-mismatch", 0, 22, pl[:22], 0, "",
                "Not a translation of the presumed source src"),
    ]  # fmt: skip
    beads = [
        {"doc_id": "a1", "source_id": "src", "bead": 0, "kind": "1-1", "source_sentences": [0],
         "article_sentences": [0], "source_text": "Musk bought 10,000 GPUs.",
         "backtranslation": "Musk bought 10000 units.", "similarity": 0.91},
        {"doc_id": "a1", "source_id": "src", "bead": 1, "kind": "1-1", "source_sentences": [1],
         "article_sentences": [1], "source_text": "The project is secret.",
         "backtranslation": "The Business Insider project is secret.", "similarity": 0.8},
        {"doc_id": "a1", "source_id": "src", "bead": 2, "kind": "1-0", "source_sentences": [2],
         "article_sentences": [], "source_text": "It uses <AI> & more.", "backtranslation": "", "similarity": None},
    ]  # fmt: skip
    texts = [
        {"doc_id": "src", "role": "source", "lang": "en", "text": src, "sentences": [[0, 24], [25, 47], [48, 68]]},
        {"doc_id": "a1", "role": "article", "lang": "ar", "text": ar, "sentences": [[0, 22], [24, len(ar)]]},
        {"doc_id": "p1", "role": "article", "lang": "pl", "text": pl, "sentences": [[0, 22], [23, 42], [43, len(pl)]]},
        {"doc_id": "bad", "role": "article", "lang": None, "text": "", "sentences": []},
    ]
    run = {"mt_audit": "0.0.test", "signature_id": "abc123", "signatures": {"mt_audit": "0.0.test", "engine": "x"}}
    return Audit.from_records(docs, findings, beads, run, texts)


def test_small_report_shows_every_finding_in_place_with_rtl_and_no_external_urls():
    audit = small_audit()
    text = render(audit, charts=False)
    page = Page(text)
    assert check_in_place(page, audit) == 5
    assert external_urls(text, page) == []
    ids = {n.attrs["id"] for n in page.nodes if "id" in n.attrs}
    links = [n.attrs["href"][1:] for n in page.nodes if n.attrs.get("href", "").startswith("#")]
    assert links and all(link in ids for link in links)  # every link in the page lands somewhere
    arabic = [n for n in page.nodes if n.tag == "td" and "art" in n.attrs.get("class", "")]
    assert {n.attrs["dir"] for n in arabic if n.attrs.get("lang") == "ar"} == {"rtl"}
    assert {n.attrs["dir"] for n in arabic if n.attrs.get("lang") == "pl"} == {"ltr"}
    assert "<b>inside</b>" not in text  # messages are escaped, never markup
    assert page.find("details", id="article-bad")[0].content().count("empty file") == 1


def test_overlapping_findings_split_into_pieces_that_name_each_finding():
    page = Page(render(small_audit(), charts=False))
    both = [n for n in page.nodes if n.tag == "mark" and len(n.attrs.get("data-f", "").split()) == 2]
    assert [n.content() for n in both] == ["Insider"]
    assert "sev-major" in both[0].attrs["class"]  # the more severe finding colours the piece


def test_articles_table_sorts_numbers_as_numbers_and_shows_intervals():
    page = Page(render(small_audit(), charts=False))
    cells = [n for n in page.nodes if n.tag == "td" and n.ancestor("table", "sortable")]
    bleu = [c for c in cells if c.attrs.get("data-v") == "31.5"]
    assert len(bleu) == 1 and "[20.0–40.2]" in bleu[0].content()
    rows = [n for n in page.nodes if n.tag == "tr" and n.ancestor("tbody") and n.ancestor("table", "sortable")]
    assert len(rows) == 3 and "failed" in rows[2].attrs.get("class", "")


@pytest.mark.parametrize(
    ("lang", "direction"),
    [
        ("ar", "rtl"),
        ("he", "rtl"),
        ("fa", "rtl"),
        ("ur", "rtl"),
        ("ckb", "rtl"),  # Sorani: Arabic script
        ("dv", "rtl"),  # Thaana
        ("arc", "rtl"),  # no CLDR locale: its script decides
        ("pa-Arab", "rtl"),  # Shahmukhi: the tag's own script
        ("ku", "ltr"),  # Kurmanji: Latin script
        ("az", "ltr"),
        ("en", "ltr"),
    ],
)
def test_the_articles_direction_follows_its_script(lang, direction):
    audit = small_audit()
    audit.documents.loc[audit.documents["doc_id"] == "p1", "lang"] = lang
    page = Page(render(audit, charts=False))
    cells = [n for n in page.nodes if n.tag == "td" and n.attrs.get("lang") == lang]
    assert cells and {c.attrs.get("dir", "ltr") for c in cells} == {direction}


def test_small_report_matches_golden_file():
    """The page is a pure function of the audit; regenerate with MT_AUDIT_UPDATE_GOLDEN=1."""
    text = render(small_audit(), charts=False)
    # the stylesheet and script are shipped files of their own; the golden file pins the page's structure
    text = re.sub(r"<style>.*?</style>", "<style>/* report.css */</style>", text, count=1, flags=re.S)
    text = re.sub(r"<script>.*?</script>", "<script>/* report.js */</script>", text, count=1, flags=re.S)
    if os.environ.get("MT_AUDIT_UPDATE_GOLDEN"):
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")


def test_jupyter_repr_is_a_fragment_without_script():
    fragment = small_audit()._repr_html_()
    assert fragment.startswith('<div class="mt-audit">') and "<script" not in fragment
    assert "a1" in fragment and "accuracy/untranslated" in fragment


def test_save_then_load_gives_the_same_audit(tmp_path):
    audit = small_audit()
    audit.save(tmp_path)
    back = Audit.load(tmp_path)
    pd.testing.assert_frame_equal(back.findings, audit.findings, check_dtype=False)
    assert back.documents["doc_id"].tolist() == ["src", "a1", "p1", "bad"]
    assert back.documents["n_findings"].dtype == "Int64"
    assert back.texts.to_dict("records") == audit.texts.to_dict("records")
    assert back.alignment["source_text"].tolist() == audit.alignment["source_text"].tolist()
    assert (tmp_path / "report.html").read_text(encoding="utf-8") == render(back)


def test_load_keeps_numeric_looking_ids_as_strings(tmp_path):
    audit = small_audit()
    audit.documents.loc[1, "doc_id"] = "007"
    audit.save(tmp_path, report=False)
    assert Audit.load(tmp_path).documents.loc[1, "doc_id"] == "007"
    assert not (tmp_path / "report.html").exists()


def test_load_of_a_folder_without_an_audit_says_so(tmp_path):
    with pytest.raises(FileNotFoundError, match="not the output folder of an audit"):
        Audit.load(tmp_path)


TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60)


@settings(max_examples=60, deadline=None)
@given(TEXT, st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=6), st.integers(1, 4))
def test_any_spans_on_any_text_are_shown_exactly(text, raw_spans, n_sentences):
    """Whatever the text and however findings overlap, each one's pieces spell its span."""
    cut = sorted({0, len(text), *(len(text) * k // n_sentences for k in range(1, n_sentences))})
    sentences = [[a, b] for a, b in zip(cut, cut[1:]) if b > a]
    spans = sorted({(min(a, b) % (len(text) + 1), max(a, b) % (len(text) + 1)) for a, b in raw_spans})
    spans = [(a, b) for a, b in spans if b > a]
    findings = [
        Finding("d", "xx", "fluency/punctuation", "minor", "t", a, b, text[a:b], None, "", f"m{k}")
        for k, (a, b) in enumerate(spans)
    ]
    docs = [{"doc_id": "d", "lang": "xx", "role": "article", "status": "ok", "n_words": 3}]
    texts = [{"doc_id": "d", "role": "article", "lang": "xx", "text": text, "sentences": sentences}]
    audit = Audit.from_records(docs, findings, [], {}, texts)
    page = Page(render(audit, charts=False))
    for fid, f in finding_ids(audit.findings, "d").items():
        assert marked_text(page, fid) == f["span"]
    cells = [n for n in page.nodes if n.tag == "td" and "art" in n.attrs.get("class", "")]
    assert "".join(c.content() for c in cells) == text  # every character of the article, once
    ids = {n.attrs["id"] for n in page.nodes if "id" in n.attrs}
    assert all(f"f-{fid}" in ids for fid in finding_ids(audit.findings, "d"))  # the list's links land


@pytest.mark.slow
def test_demo_report_every_finding_in_place_offline_and_rtl(demo_audit):
    audit, out = demo_audit
    text = (out / "report.html").read_text(encoding="utf-8")
    page = Page(text)
    assert check_in_place(page, audit) == len(audit.findings) > 0
    assert external_urls(text, page) == []
    ids = {n.attrs["id"] for n in page.nodes if "id" in n.attrs}
    assert all(n.attrs["href"][1:] in ids for n in page.nodes if n.attrs.get("href", "").startswith("#"))
    arabic = audit.articles.loc[audit.articles["lang"] == "ar", "doc_id"].tolist()
    assert arabic
    for doc_id in arabic:
        view = page.find("details", id=f"article-{encode_id(doc_id)}")[0]
        cells = [n for n in page.nodes if n.tag == "td" and n.attrs.get("lang") == "ar"]
        cells = [n for n in cells if n.ancestor("details") is view]
        assert cells and all(c.attrs["dir"] == "rtl" for c in cells)
    assert len(page.find("svg")) >= 3  # charts inline


@pytest.mark.slow
def test_report_verb_reproduces_the_report_from_saved_files(demo_audit, tmp_path):
    from mt_audit.cli import main

    _, out = demo_audit
    target = tmp_path / "again.html"
    assert main(["report", str(out), "--out", str(target)]) == 0
    assert target.read_bytes() == (out / "report.html").read_bytes()


def test_an_output_folder_without_texts_still_renders_and_lists_every_finding(tmp_path):
    audit = small_audit()
    audit.save(tmp_path, report=False)
    (tmp_path / "texts.jsonl").unlink()
    page = Page(render(Audit.load(tmp_path), charts=False))
    view = page.find("details", id="article-a1")[0]
    assert "audit again" in view.content()
    listed = [n for n in page.nodes if n.tag == "span" and n.attrs.get("class") == "fid"]
    assert [n.content() for n in listed] == ["a1-1", "a1-2", "a1-3", "a1-4", "p1-1"]
    assert not [n for n in page.nodes if n.tag == "mark"]


# ids in attributes


@pytest.mark.parametrize(
    "doc_id, encoded",
    [
        ("a1", "a1"),
        ("000-x", "000-x"),
        ("a_b", "a_5fb"),
        ("a b", "a_20b"),
        ("é", "_c3_a9"),
        ('"><img', "_22_3e_3cimg"),
        ("x\udc80", "x_ed_b2_80"),
        ("", ""),
    ],
)
def test_encode_id_keeps_letters_digits_and_dashes_and_escapes_the_rest(doc_id, encoded):
    assert encode_id(doc_id) == encoded


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(exclude_categories=())), st.text(st.characters(exclude_categories=())))
def test_encode_id_is_injective_and_safe(a, b):
    assert re.fullmatch(r"[A-Za-z0-9_-]*", encode_id(a))
    assert (encode_id(a) == encode_id(b)) == (a == b)


@python_strings  # as the pipeline builds its tables: Arrow storage (pandas 3 with pyarrow) cannot hold surrogates
def test_ids_with_surrogates_and_markup_get_distinct_anchors_and_a_visible_replacement(tmp_path):
    audit = small_audit()
    docs = audit.documents.copy()
    docs.loc[docs["doc_id"] == "a1", "doc_id"] = "x\udc80"
    docs.loc[docs["doc_id"] == "p1", "doc_id"] = "x\udc81"
    found = audit.findings.copy()
    found["doc_id"] = found["doc_id"].replace({"a1": "x\udc80", "p1": "x\udc81"})
    texts = audit.texts.copy()
    texts["doc_id"] = texts["doc_id"].replace({"a1": "x\udc80", "p1": "x\udc81"})
    alignment = audit.alignment.assign(doc_id="x\udc80")
    hostile = Audit(docs, found, alignment, audit.run, texts)
    path = hostile.report(tmp_path, charts=False)
    text = path.read_text(encoding="utf-8")
    page = Page(text)
    assert "x\ufffd" in text and "\udc80" not in text
    for raw in ("x\udc80", "x\udc81"):
        assert len(page.find("details", id=f"article-{encode_id(raw)}")) == 1
    assert check_in_place(page, hostile) == 5


# verdict


def verdict_audit() -> Audit:
    """small_audit with verdicts: a1 translates src, p1 does not (so no quality), as the pipeline writes them."""
    audit = small_audit()
    docs = audit.documents
    docs["verdict"] = docs["verdict"].astype(object)
    docs.loc[docs["doc_id"] == "a1", "verdict"] = "translation of src"
    docs.loc[docs["doc_id"] == "p1", "verdict"] = "not a translation of src"
    return audit


def test_article_table_shows_the_verdict_and_no_quality_for_a_non_translation():
    page = Page(render(verdict_audit(), charts=False))
    headers = [n.content() for n in page.nodes if n.tag == "th" and n.ancestor("table", "sortable")]
    assert headers.index("verdict") == headers.index("derives from") + 1
    rows = [n for n in page.nodes if n.tag == "tr" and n.ancestor("tbody") and n.ancestor("table", "sortable")]
    cells = {r.children[0].content(): [c.content() for c in r.children] for r in rows}
    at = {h: i for i, h in enumerate(headers)}
    assert cells["a1"][at["verdict"]] == "translation of src" and cells["a1"][at["quality"]] == "80.0"
    assert cells["p1"][at["verdict"]] == "not a translation of src"
    assert cells["p1"][at["quality"]] == cells["p1"][at["MQM /100 w"]] == "not a translation"
    assert cells["bad"][at["quality"]] == "–"  # a failed article is not a verdict


def test_reading_view_header_shows_the_verdict():
    page = Page(render(verdict_audit(), charts=False))
    summaries = {n.parent.attrs["id"]: n for n in page.nodes if n.tag == "summary"}
    assert "translation of src" in summaries["article-a1"].content()
    bad = [n.content() for n in page.nodes if n.tag == "span" and n.ancestor("summary") is summaries["article-p1"]]
    assert bad == ["not a translation of src"]


# mathtext in ids


def test_report_verb_on_ids_with_mathtext_reproduces_the_report(tmp_path):
    from mt_audit.cli import main

    audit = small_audit()
    rename = {"a1": "$\\frac$", "p1": "$x$_^\\"}
    for table in (audit.documents, audit.findings, audit.texts, audit.alignment):
        table["doc_id"] = table["doc_id"].replace(rename)
    audit.save(tmp_path)
    target = tmp_path / "again.html"
    assert main(["report", str(tmp_path), "--out", str(target)]) == 0
    assert target.read_bytes() == (tmp_path / "report.html").read_bytes()
    text = target.read_text(encoding="utf-8")
    assert "$\\frac$" in text and "Embedding similarity along article $\\frac$" in text


# coverage


HOSTILE_REASON = '<script>alert(1)</script> & "quoted"'


@pytest.mark.parametrize("with_text", [True, False], ids=["reading-view", "no-texts"])
def test_each_article_lists_the_checks_that_could_not_run_as_text(with_text):
    """run.json ``coverage`` shows in its article's view, every value escaped, other articles untouched."""
    audit = small_audit()
    if not with_text:
        audit = Audit(audit.documents, audit.findings, audit.alignment, audit.run, audit.texts.iloc[0:0])
    audit.run["coverage"] = {
        "a1": {"lang": "ar", "cannot_run": [{"check": "seg<b>", "reason": HOSTILE_REASON}],
               "degraded": [{"check": "entities", "reason": "no letter case"}]},
        "p1": {"lang": "pl", "cannot_run": [], "degraded": []},
    }  # fmt: skip
    text = render(audit, charts=False)
    page = Page(text)
    notes = [n for n in page.nodes if n.tag == "div" and "coverage" in n.attrs.get("class", "").split()]
    assert len(notes) == 1 and notes[0].ancestor("details").attrs["id"] == f"article-{encode_id('a1')}"
    items = [n.content() for n in page.nodes if n.tag == "li" and n.ancestor("div", "coverage") is notes[0]]
    assert items == [f"not run: seg<b>: {HOSTILE_REASON}", "degraded: entities: no letter case"]
    assert "<script>alert" not in text
    assert len([n for n in page.nodes if n.tag == "script"]) == 1  # only the shipped report.js


@pytest.mark.parametrize(
    "coverage", [None, [], "x", {"a1": "x"}, {"a1": {"cannot_run": "x"}}, {"a1": {"degraded": [1, None]}}]
)
def test_coverage_of_another_shape_shows_nothing_and_renders(coverage):
    audit = small_audit()
    audit.run["coverage"] = coverage
    page = Page(render(audit, charts=False))
    assert not [n for n in page.nodes if n.tag == "div" and "coverage" in n.attrs.get("class", "").split()]


# --------------------------------------------------------------------------- paged report of a large audit


def test_a_large_report_is_an_index_with_a_page_per_article(tmp_path: Path) -> None:
    from mt_audit.report.html import page_name, write

    audit = small_audit()
    write(audit, tmp_path, paged=True)
    index = Page((tmp_path / "report.html").read_text(encoding="utf-8"))
    assert not [n for n in index.nodes if n.tag == "details"]
    links = {n.attrs["href"] for n in index.nodes if n.tag == "a" and "report-articles/" in n.attrs.get("href", "")}
    ids = [str(d) for d in audit.articles["doc_id"]]
    assert links == {f"report-articles/{page_name('article-' + encode_id(d))}" for d in ids}
    for href in links:
        page = Page((tmp_path / href).read_text(encoding="utf-8"))
        views = [n for n in page.nodes if n.tag == "details"]
        assert len(views) == 1 and "open" in views[0].attrs
        assert [n.attrs["href"] for n in page.nodes if n.tag == "a" and "back" in n.content()] == ["../report.html"]


@pytest.mark.parametrize("doc_id", ["a1", "../../etc/passwd", 'x"><script>alert(1)</script>', "ü" * 300, "a b/c"])
def test_page_names_are_plain_file_names(doc_id: str) -> None:
    from mt_audit.report.html import page_name

    name = page_name("article-" + encode_id(doc_id))
    assert re.fullmatch(r"article-[A-Za-z0-9_-]+\.html", name) and len(name) <= 130


def test_a_smaller_audit_saved_over_a_paged_one_leaves_no_stale_pages(tmp_path: Path, monkeypatch) -> None:
    from mt_audit.report import html

    monkeypatch.setattr(html, "PAGED_ARTICLES_MIN", 1)
    small_audit().save(tmp_path)
    assert len(list((tmp_path / "report-articles").iterdir())) == len(small_audit().articles)
    monkeypatch.setattr(html, "PAGED_ARTICLES_MIN", 1000)
    small_audit().save(tmp_path)
    assert not (tmp_path / "report-articles").exists()
    assert [n for n in Page((tmp_path / "report.html").read_text(encoding="utf-8")).nodes if n.tag == "details"]
