"""report.html isolates text written the other way than its view (an English sentence in a Hebrew article),
so the browser keeps each sentence's punctuation at its own end."""

from __future__ import annotations

import pytest
from test_report import Page, marked_text

from mt_audit.report import Audit
from mt_audit.report.html import render
from mt_audit.report.view import direction
from mt_audit.types import Finding


@pytest.mark.parametrize(
    ("value", "default", "expected"),
    [
        ("The cable car stays closed today.", "rtl", "ltr"),
        ("The word שלום means peace.", "rtl", "ltr"),  # one word of the view's script inside
        ("UNESCO أعلنت عن موقع جديد.", "rtl", "rtl"),  # opens with a Latin name
        ("وقالت Deutsche Presse-Agentur أمس.", "rtl", "rtl"),  # most letters Latin, but Arabic at both ends
        ("Deutsche Presse-Agentur قالت.", "rtl", "rtl"),  # ends in Arabic
        ("הרכבת יצאה בזמן.", "ltr", "rtl"),  # a Hebrew sentence in a left-to-right view
        ("Le train est parti.", "ltr", "ltr"),
        ("2024 — 17:30 (+3).", "rtl", "rtl"),  # no strong character: the view's direction
        ("", "ltr", "ltr"),
    ],
)
def test_direction_needs_both_ends_and_the_majority(value: str, default: str, expected: str) -> None:
    assert direction(value, default) == expected


def _audit(lang: str, sentences: list[str], finding: tuple[int, int] | None) -> tuple[Audit, str]:
    text = " ".join(sentences)
    spans, pos = [], 0
    for s in sentences:
        spans.append([pos, pos + len(s)])
        pos += len(s) + 1
    docs = [{"doc_id": "d1", "lang": lang, "role": "article", "status": "ok", "n_words": 12}]
    findings = []
    if finding is not None:
        a, b = finding
        findings.append(Finding("d1", lang, "accuracy/untranslated", "major", "t", a, b, text[a:b], 1, "", "left"))
    texts = [{"doc_id": "d1", "role": "article", "lang": lang, "text": text, "sentences": spans}]
    return Audit.from_records(docs, findings, [], {}, texts), text


def _isolates(page: Page) -> list[tuple[str, str]]:
    return [(n.attrs.get("dir", ""), n.content()) for n in page.nodes if n.tag == "bdi" and n.ancestor("td", "art")]


@pytest.mark.parametrize(
    ("lang", "sentences", "other"),
    [
        ("he", ["הגשר נפתח מחדש.", "The bridge reopened on Monday.", "התנועה חזרה."], 1),
        ("ar", ["The station was renamed.", "وصل القطار متأخرا."], 0),
        ("fa", ["قطار دیر رسید.", "Tickets cost 4 euros.", "BBC گزارش داد."], 1),
        ("de", ["Der Zug kam spät.", "وصل القطار متأخرا."], 1),
    ],
)
def test_a_sentence_of_the_other_direction_is_isolated_whole(lang: str, sentences: list[str], other: int) -> None:
    audit, text = _audit(lang, sentences, None)
    page = Page(render(audit, charts=False))
    expected = "ltr" if lang != "de" else "rtl"
    assert _isolates(page) == [(expected, sentences[other])]  # its final full stop inside, nothing else
    cells = [n for n in page.nodes if n.tag == "td" and "art" in n.attrs.get("class", "")]
    assert "".join(c.content() for c in cells) == text


def test_a_finding_across_the_isolate_boundary_is_still_spelled_exactly() -> None:
    sentences = ["العرض انتهى.", "The show is over."]
    audit, text = _audit("ar", sentences, (len(sentences[0]) - 6, len(text := " ".join(sentences)) - 5))
    page = Page(render(audit, charts=False))
    assert marked_text(page, "d1-1") == text[len(sentences[0]) - 6 : len(text) - 5]
    assert _isolates(page) == [("ltr", sentences[1])]
    listed = [n for n in page.nodes if n.tag == "q" and n.ancestor("ol", "findings")]
    assert [n.attrs["dir"] for n in listed] == ["rtl"]  # mostly Arabic, Arabic first: the view's direction


@pytest.mark.parametrize(("span", "expected"), [("Monday", "ltr"), ("נפתח", "rtl")])
def test_a_listed_span_reads_in_its_own_direction(span: str, expected: str) -> None:
    sentences = ["הגשר נפתח ב-Monday."]
    start = sentences[0].index(span)
    audit, _ = _audit("he", sentences, (start, start + len(span)))
    page = Page(render(audit, charts=False))
    (q,) = [n for n in page.nodes if n.tag == "q" and n.ancestor("ol", "findings")]
    assert q.content() == span and q.attrs["dir"] == expected and q.attrs["lang"] == "he"


def test_ids_are_isolated_from_the_english_around_them() -> None:
    audit, _ = _audit("he", ["שלום."], None)
    audit.documents.loc[0, "doc_id"] = "כתבה-7"
    audit.texts.loc[0, "doc_id"] = "כתבה-7"
    page = Page(render(audit, charts=False))
    holders = [n for n in page.nodes if n.content() == "כתבה-7" and n.tag in ("a", "b", "bdi")]
    assert holders and all(n.tag == "bdi" or n.attrs.get("dir") == "auto" for n in holders)
