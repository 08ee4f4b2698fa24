"""Round 13 (lead): two words that name one unit together, spaced as CLDR writes squares and cubes; a place whose
first sense is a name and that the language names its own way, dropped."""

from __future__ import annotations

import pytest
from support import messages

from mt_audit.checks.base import make_input
from mt_audit.checks.entities.names import entities
from mt_audit.checks.numbers import number_mismatch


@pytest.mark.parametrize(
    ("source", "article", "lang", "dropped"),
    [
        # the area named without its figure: the figure was dropped there
        ("The lake covers 14 square kilometres.", "El lago cubre kilómetros cuadrados.", "es", True),
        ("The park covers 2.5 square kilometres.", "Het park beslaat vierkante kilometer.", "nl", True),
        ("A fire burnt 75 square kilometres.", "Пожар уничтожил квадратных километров.", "ru", True),
        # the figure kept, or the area converted by the sentence: nothing dropped
        ("The lake covers 14 square kilometres.", "El lago cubre 14 kilómetros cuadrados.", "es", False),
        ("The park covers 2.5 square kilometres.", "Het park beslaat 2,5 vierkante kilometer.", "nl", False),
        ("A fire burnt 75 square kilometres.", "Пожар уничтожил 75 квадратных километров.", "ru", False),
    ],
)
def test_a_figure_dropped_before_a_two_word_unit(source: str, article: str, lang: str, dropped: bool) -> None:
    assert any("dropped" in m for m in messages(number_mismatch, article, lang, source)) is dropped


@pytest.mark.parametrize(
    ("source", "article", "lang", "dropped"),
    [
        # a place whose first sense is a name, with CLDR's own name for it in the language: its absence is a drop
        ("Can he win the race in Berlin this year?", "Kan hij dit jaar de race winnen?", "nl", True),
        ("Floods in Brazil have closed the roads.", "As cheias fecharam as estradas.", "pt", True),
        # the language's own name, or its adjective, renders it
        ("Can he win the race in Berlin this year?", "Kan hij dit jaar in Berlijn de race winnen?", "nl", False),
        ("Floods in Brazil have closed the roads.", "As cheias no Brasil fecharam as estradas.", "pt", False),
        ("Floods in Brazil have closed the roads.", "As cheias brasileiras fecharam as estradas.", "pt", False),
        # CLDR's name opens with an article that a preposition takes in ("an t-Sile" → "san t-Sile")
        ("They found a comet in Chile last year.", "Lorg iad reul-chearbach san t-Sile an-uiridh.", "gd", False),
    ],
)
def test_a_place_with_its_own_name_dropped(source: str, article: str, lang: str, dropped: bool) -> None:
    found = [f.message for f in entities(make_input(article, lang, source=source))]
    assert any("dropped" in m for m in found) is dropped


@pytest.mark.parametrize(
    ("word", "copied"),
    [
        ("Kissinger", True),  # another name of the source, written as it is: no part of this name translated
        ("Sicherheitsberater", False),  # a word of the language
        ("Security", False),  # a word of this name itself, kept
        ("nachfolge", False),  # not capitalised
    ],
)
def test_a_literal_reading_holds_no_other_source_name(word: str, copied: bool) -> None:
    from mt_audit.checks.entities.audit import Audit

    source = "He served as National Security Advisor, succeeding Henry Kissinger."
    article = f"Er diente in Nachfolge von Henry Kissinger als nationaler Sicherheitsberater {word}."
    audit = Audit(make_input(article, "de", source=source))
    sn = next(s for names in audit.source_names.values() for s in names if s.text == "National Security Advisor")
    tok = next(t for t in audit.article.view.tokens if t.text == word)
    assert audit._copied_name(tok, sn) is copied
