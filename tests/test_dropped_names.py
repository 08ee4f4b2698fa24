"""Names dropped from a sentence, the rest kept: people named after their title, names said by sound in
another script, and names lost from between brackets."""

from __future__ import annotations

import pytest

from mt_audit.checks.base import make_input
from mt_audit.checks.entities import entities
from mt_audit.entity_forms import native_rendered, sound_renders

MISMATCH = "accuracy/entity-mismatch"

DR = "The samples surprised Dr. Fennel, who had studied the virus for years."
MINISTER = "Finance minister Lukas Wendt said taxes would fall next year."
FINAL = "The final between Norrvik and Tamsworth was played in Kessenburg (Denmark) on Sunday."


@pytest.mark.parametrize(
    ("lang", "source", "article", "expected"),
    [
        # a title before a dictionary word makes it a surname, which no translation renders by meaning
        ("es", DR, "Las muestras sorprendieron al doctor, que llevaba años estudiando el virus.", [MISMATCH]),
        ("es", DR, "Las muestras sorprendieron al doctor Fennel, que llevaba años estudiando el virus.", []),
        ("it", DR, "I campioni hanno sorpreso il dottore, che studiava il virus da anni.", [MISMATCH]),
        # said by sound: "j" read as "y" and "w" as "v", as continental European names are
        ("ko", MINISTER, "재무장관은 내년에 세금이 내려갈 것이라고 말했다.", [MISMATCH]),
        ("ko", MINISTER, "루카스 벤트 재무장관은 내년에 세금이 내려갈 것이라고 말했다.", []),
        ("ru", MINISTER, "Министр финансов Лукас Вендт заявил, что налоги снизятся в следующем году.", []),
        ("ru", MINISTER, "Министр финансов заявил, что налоги снизятся в следующем году.", [MISMATCH]),
    ],
)
def test_titled_person(lang: str, source: str, article: str, expected: list[str]) -> None:
    assert [f.category for f in entities(make_input(article, lang, source=source))] == expected


SHOW = "Fans waited three years for the new season of British Garden Wars, which returns in May."


@pytest.mark.parametrize(
    ("lang", "article", "expected"),
    [
        # a title with a demonym, no trace of it left: dropped whole
        ("fr", "Les fans ont attendu trois ans la nouvelle saison de, qui revient en mai.", [MISMATCH]),
        ("fr", "Les fans ont attendu trois ans la nouvelle saison de British Garden Wars, qui revient en mai.", []),
        # translated as a description, the demonym rendered: no omission
        ("fr", "Les fans ont attendu la nouvelle saison de la guerre des jardins britannique, qui revient en mai.", []),
    ],
)
def test_title_with_a_demonym(lang: str, article: str, expected: list[str]) -> None:
    assert [f.category for f in entities(make_input(article, lang, source=SHOW))] == expected


CAVES = "Last year the geologist Ngozi Okonkwo mapped the caves of Sumatra with a small team."


@pytest.mark.parametrize(
    ("article", "dropped"),
    [
        ("בשנה שעברה מיפתה הגאולוגית נגוזי אוקונקוו את המערות של סומטרה עם צוות קטן.", []),
        ("בשנה שעברה מיפתה הגאולוגית את המערות של סומטרה עם צוות קטן.", ["Ngozi Okonkwo"]),
    ],
)
def test_names_said_by_sound_without_capitals(article: str, dropped: list[str]) -> None:
    found = list(entities(make_input(article, "he", source=CAVES)))
    assert [f.source_span for f in found if f.category == MISMATCH] == dropped


def test_empty_brackets_after_a_name_said_by_sound_in_han() -> None:
    """The end of an unspaced run before empty brackets sounds like the name the brackets glossed."""
    article = "周日，诺尔维克与塔姆斯沃思的决赛在凯森堡（）（丹麦）举行。"
    found = list(entities(make_input(article, "zh", source=FINAL)))
    assert [f.category for f in found] == [MISMATCH]
    assert found[0].source_span == "Kessenburg"


@pytest.mark.parametrize(
    ("name", "word", "expected"),
    [
        ("Jakob", "야코프", True),  # "j" said "y"
        ("Wolff", "볼프", True),  # "w" said "v"
        ("Ravn", "راون", True),  # Arabic script writes "v" with the letter of "w"
        ("Brockhurst", "Брокхерст", True),  # "ck" then "h": no "kh" sound
        ("Packham", "Пэкхэм", True),
        ("Dakota", "utakata", False),  # in Latin letters a name keeps its first sound, vowel or not
        ("Dakota", "Dakoty", True),
        ("Unterberg", "Unterbergu", True),
    ],
)
def test_sound_renders(name: str, word: str, expected: bool) -> None:
    assert sound_renders(name, word) is expected


@pytest.mark.parametrize(
    ("name", "words", "expected"),
    [
        ("lukaswendt", ["루카스", "벤트"], True),
        ("jakobwolff", ["야코프", "볼프"], True),
        ("jakobwolff", ["세금이", "내려갈"], False),
    ],
)
def test_native_rendered(name: str, words: list[str], expected: bool) -> None:
    assert native_rendered(name, words) is expected
