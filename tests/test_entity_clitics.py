"""Names with a proclitic joined to their front ("ולונדון", "بلندن") match their source names; a name
translated word by word is told from one quoted as a work's title or cut short."""

from __future__ import annotations

import pytest

from mt_audit.checks.base import make_input
from mt_audit.checks.entities import entities
from mt_audit.checks.entities.audit import LITERAL, Audit
from mt_audit.checks.entities.rendering import rendered_natively
from mt_audit.entity_script import native_skeletons, skeleton, without_proclitics

CORRUPTED = "accuracy/entity-corrupted"


@pytest.mark.parametrize(
    ("word", "lang", "readings"),
    [
        ("ולהרינגטון", "he", ("הרינגטון", "להרינגטון")),  # ו + ל before a name that opens with ה
        ("בטורונטו", "he", ("טורונטו",)),
        ("וכשבאוסלו", "he", ("אוסלו", "באוסלו", "שבאוסלו", "כשבאוסלו")),
        ("وبالقاهرة", "ar", ("القاهرة", "قاهرة", "بالقاهرة")),
        ("للمغرب", "ar", ("مغرب", "لمغرب")),
        ("بلندن", "fa", ()),  # Persian writes "به لندن": nothing is joined
        ("בו", "he", ()),  # a letter left is no name
    ],
)
def test_without_proclitics(word: str, lang: str, readings: tuple[str, ...]) -> None:
    assert set(without_proclitics(word, lang)) == set(readings)


@pytest.mark.parametrize(
    ("latin", "arabic", "found"),
    [
        ("Toronto", "وبتورنتو", True),
        ("Oslo", "فلأوسلو", True),
        ("Nairobi", "ونيروبي", True),
        ("Toronto", "وبطرابلس", False),
    ],
)
def test_arabic_skeletons_without_combined_proclitics(latin: str, arabic: str, found: bool) -> None:
    assert (skeleton(latin, "arabic") in native_skeletons(arabic, "ar")) is found


@pytest.mark.parametrize(
    ("name", "words", "lang", "found"),
    [
        ("Harrington", ["השר", "ולהרינגטון"], "he", True),
        ("Oslo", ["וכשבאוסלו", "ירד", "שלג"], "he", True),
        ("Rome", ["ברומא"], "he", True),
        ("Kowalski", ["ומקובלסקי"], "he", True),
        ("Berlin", ["ברלין"], "he", True),  # a name opening with ב is read whole
        ("Harrington", ["ולגרין"], "he", False),
        ("Rome", ["בפריז"], "he", False),
        ("Rome", ["ברומא"], "fa", False),  # no proclitic to take off in Persian: "ב" + "Rome" is not "Rome"
    ],
)
def test_hebrew_names_with_a_prefix(name: str, words: list[str], lang: str, found: bool) -> None:
    assert rendered_natively(name, words, lang) is found


@pytest.mark.parametrize(
    ("lang", "source", "article", "rendered"),
    [
        ("he", "The mayor flew to Rome on Friday.", "ראש העיר טס לרומא ביום שישי.", True),
        ("he", "The mayor flew to Rome on Friday.", "ראש העיר טס למדריד ביום שישי.", False),
        ("he", "The board thanked Whitfield for the audit.", "הדירקטוריון הודה ולווייטפילד על הביקורת.", True),
        ("ar", "The mayor flew to Rome on Friday.", "سافر رئيس البلدية فبروما يوم الجمعة.", True),
        ("ar", "The mayor flew to Rome on Friday.", "سافر رئيس البلدية إلى مدريد يوم الجمعة.", False),
    ],
)
def test_prefixed_names_found_in_the_article(lang: str, source: str, article: str, rendered: bool) -> None:
    audit = Audit(make_input(article, lang, source=source))
    (sn,) = audit.source_names[0]
    assert (audit.present(sn, [0]) or audit.rendered(sn, [0])) is rendered


@pytest.mark.parametrize(
    ("source", "organisation"),
    [
        ("Shares of Copper Hill Bank fell on Monday.", True),  # headed by an organisation's word
        ("The mining firm Copper Hill Resources hired 40 people.", True),  # an organisation's word before it
        ("The band Quiet Harbor Lights played in Oslo.", True),
        ("Copper Hill Resources hired 40 people.", False),  # nothing says what it is
        ("Last night she watched Quiet Harbor Lights with her brother.", False),
    ],
)
def test_organisation_names(source: str, organisation: bool) -> None:
    audit = Audit(make_input("x", "pl", source=source))
    assert audit.organisation(audit.source_names[0][0]) is organisation


@pytest.mark.parametrize(
    ("lang", "source", "article", "expected"),
    [
        # quoted as a company's name is, so translating it is no convention
        (
            "pl",
            "The software company Quiet Harbor Lights grew fast last year.",
            "Firma programistyczna „Ciche Światła Portu” szybko rosła w zeszłym roku.",
            [LITERAL],
        ),
        # ... a work's title is translated
        (
            "pl",
            "Last night she watched Quiet Harbor Lights with her brother.",
            "Wczoraj obejrzała „Ciche Światła Portu”.",
            [],
        ),
        # the language's own word for a word of the name, no word of it kept: translated, not cut short
        (
            "ca",
            "Golden Valley Foods opened a plant in Girona.",
            "Aliments de la Vall Daurada va obrir una planta a Girona.",
            [],
        ),
        # ... beside words kept as written, it is the name cut short
        (
            "ca",
            "Golden Valley Foods opened a plant in Girona.",
            "Golden Vall Foods va obrir una planta a Girona.",
            [CORRUPTED],
        ),
        # an English clipping is no word of the language's own
        (
            "id",
            "Analysts at Harbor Information Group expect growth.",
            "Analis di Harbor Info Group memperkirakan pertumbuhan.",
            [CORRUPTED],
        ),
    ],
)
def test_translated_names_in_quotes_and_cognates(lang: str, source: str, article: str, expected: list[str]) -> None:
    assert [f.category for f in entities(make_input(article, lang, source=source))] == expected
