"""Round 21, older planted sets: clean text must stay clean (issue 12).

A quotation opened with the low mark „ in a language whose CLDR marks never open with it is the writer's own
typographic tradition when the whole text quotes so (Yiddish print's „…“ against CLDR's ”…”); beside the
language's own pair, or with mixed closing marks, it is still reported.
"""

from __future__ import annotations

import pytest

from mt_audit.checks.punctuation import _quotes

HOUSE_STYLE = [
    ("yi", "ער האט געזאגט „יאָ“ און איז אַוועק. זי האט געענטפערט „ניין“."),
    ("yi", "דער ראַבינער האָט געשריבן „אַ גוטן טאָג” צו זיין שכן."),
    ("he", "הוא אמר „כן” והלך הביתה."),
    ("fr", "Le maire a dit „jamais“ puis il a quitté la salle."),
    ("sv", "Ministern sa „nej“ och lämnade salen."),
]

STILL_REPORTED = [
    # beside the language's own pair: a slip, each one reported
    ("yi", "ער האט געזאגט „יאָ“ און איז אַוועק. זי האט געענטפערט ”ניין”.", ["„יאָ“"]),
    # two closing marks: no consistent style
    ("yi", "ער האט געזאגט „יאָ“ און „ניין”.", ["„יאָ“", "„ניין”"]),
    ("fr", "Il a dit „non“ et « oui » ensuite.", ["„non“"]),
    # a language that opens with „ keeps its own rule: a wrong closing mark used throughout, once
    ("pl", "Minister powiedział „nie wiem“ i wyszedł.", ["“"]),
    ("de", "Der Sprecher sagte „nein” und ging.", ["”"]),
]


@pytest.mark.parametrize(("lang", "text"), HOUSE_STYLE)
def test_low_quotes_throughout_are_house_style(lang: str, text: str) -> None:
    assert list(_quotes(text, lang)) == []


@pytest.mark.parametrize(("lang", "text", "spans"), STILL_REPORTED)
def test_low_quotes_mixed_or_misclosed_are_reported(lang: str, text: str, spans: list[str]) -> None:
    assert [text[s:e] for s, e, _ in _quotes(text, lang)] == spans
