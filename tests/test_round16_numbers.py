"""Round 16: a unit written on the other side of its figure than CLDR's patterns show (a noun before its numeral),
an affricate ICU writes "c" in another script heard as "ch", a neighbour's unit name borrowed by ear, and a
measurement said as an ordinal of its unit ("every third minute")."""

from __future__ import annotations

import pytest
from support import messages

from mt_audit.checks.numbers import number_mismatch
from mt_audit.checks.numbers_swaps import _named_units, written_first
from mt_audit.unit_sounds import heard, sounded_units


def findings(source: str, article: str, lang: str) -> list[str]:
    return messages(number_mismatch, article, lang, source)


@pytest.mark.parametrize(
    ("source", "article", "lang", "flagged"),
    [
        # Akan: CLDR writes "{0} kilogram", the text the noun first
        ("The box weighs no more than 30 kilograms.", "Adaka no mu duru nnu kilogram 30 mpo.", "ak", False),
        ("The box weighs no more than 30 kilograms.", "Adaka no mu duru nnu pɔn 30 mpo.", "ak", True),
        ("The road runs for 18 kilometres.", "Kwan no tenten yɛ kilomita 18 pɛ.", "ak", False),
        # Greek writes its units after the figure: "altitude" before it tells nothing of the unit swapped after it
        (
            "The hut stands at an altitude of 1,800 metres.",
            "Το καταφύγιο βρίσκεται σε υψόμετρο 1.800 ποδών.",
            "el",
            True,
        ),
    ],
)
def test_unit_on_the_other_side(source: str, article: str, lang: str, flagged: bool) -> None:
    assert bool(findings(source, article, lang)) is flagged


@pytest.mark.parametrize(
    ("text", "lang", "first"),
    [
        ("Bɔtɔ no mu duru yɛ kilogram 30, na kwan no yɛ kilomita 18.", "ak", True),  # CLDR: "{0} kilogram"
        ("Bɔtɔ no mu duru yɛ pɔn 30.", "ak", True),  # a CLDR name's start ("pɔns")
        ("Der Weg ist 18 Kilometer lang und steigt 300 Meter an.", "de", False),
        ("Njia hiyo ina urefu wa kilomita 18.", "sw", True),  # as CLDR shows
        ("Akwantufo 7,000 dɔnhwerew biara.", "ak", False),  # a rate's hour tells no side: CLDR's
    ],
)
def test_written_first(text: str, lang: str, first: bool) -> None:
    assert written_first(text, lang) is first


@pytest.mark.parametrize(
    ("word", "unit"),
    [
        ("इञ्च", "inch"),  # Sanskrit: ISO 15919 "inca", the च an affricate
        ("инч", "inch"),  # Bulgarian: ч read "č"
        ("ইঞ্চি", "inch"),
    ],
)
def test_affricate_c_heard(word: str, unit: str) -> None:
    assert unit in sounded_units(word)


@pytest.mark.parametrize(
    ("word", "heard_as"),
    [
        ("inca", "nk"),  # a Latin "c" before "a" stays a "k"
        ("इञ्च", "ns"),
    ],
)
def test_heard_keeps_latin_c(word: str, heard_as: str) -> None:
    assert heard(word) == heard_as


@pytest.mark.parametrize(
    ("word", "lang", "unit", "named"),
    [
        ("puus", "wo", "centimeter", {"inch"}),  # French "pouce", heard alike
        ("pous", "ht", "centimeter", {"inch"}),
        ("piis", "wo", "centimeter", set()),  # its consonants, but a vowel "pouce" lacks
        ("bes", "wo", "centimeter", set()),
    ],
)
def test_neighbour_name_by_ear(word: str, lang: str, unit: str, named: set[str]) -> None:
    assert _named_units(word, lang, unit, fuzzy=False) == named


@pytest.mark.parametrize(
    ("source", "article", "lang", "flagged"),
    [
        ("Buses leave every five minutes.", "Bussarna går var femte minut.", "sv", False),
        ("Buses leave every five minutes.", "Die Busse fahren jede fünfte Minute.", "de", False),
        ("Buses leave every five minutes.", "Bussarna går var sjätte minut.", "sv", True),
        ("Buses leave every five minutes.", "Bussarna går var femte timme.", "sv", True),
    ],
)
def test_ordinal_of_unit(source: str, article: str, lang: str, flagged: bool) -> None:
    assert bool(findings(source, article, lang)) is flagged
