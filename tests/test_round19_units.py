"""Round 19: CLDR's unit patterns read in one home, :mod:`mt_audit.languages`, through one cached reader.

Every reader of unit names (units, unit_names, unit_sounds, numbers_durations, numerals) asks these functions, so
the tag fallbacks (Norwegian "no" as Bokmål, a tag Babel cannot parse giving nothing) and the pattern parsing
("{0}" first or last, the "per" form aside) are decided once.
"""

from __future__ import annotations

import math

import pytest

from mt_audit.languages import (
    after_figure,
    counted_patterns,
    either_name,
    pattern_name,
    plural_category,
    unit_display_names,
    unit_forms,
    unit_patterns,
)


@pytest.mark.parametrize(
    ("tag", "cldr_id", "length", "count", "pattern"),
    [
        ("de", "length-mile", "long", "other", "{0} Meilen"),
        ("de", "duration-hour", "long", "per", "{0} pro Stunde"),
        ("sw", "length-kilometer", "long", "one", "kilomita {0}"),
        ("no", "duration-hour", "long", "other", "{0} timer"),  # Norwegian is read as Bokmål
        ("zh_Hant", "mass-kilogram", "long", "other", "{0} 公斤"),  # a script variant is a locale of its own
        ("root", "length-kilometer", "long", "other", "{0} km"),
    ],
)
def test_unit_forms_read_cldrs_patterns(tag: str, cldr_id: str, length: str, count: str, pattern: str) -> None:
    assert unit_forms(tag, cldr_id)[length][count] == pattern
    assert unit_patterns(tag)[cldr_id][length][count] == pattern


@pytest.mark.parametrize("tag", ["xx", "pt-BR", "", "zz_Hant"])
def test_a_tag_cldr_has_no_locale_for_has_no_patterns(tag: str) -> None:
    assert dict(unit_patterns(tag)) == {}
    assert dict(unit_forms(tag, "length-kilometer")) == {}
    assert dict(unit_display_names(tag)) == {}
    assert plural_category(tag, 1) is None


def test_the_reader_is_cached() -> None:
    assert unit_patterns("de") is unit_patterns("de")


@pytest.mark.parametrize(
    ("tag", "cldr_id", "length", "name"),
    [("de", "length-mile", "long", "Meilen"), ("de", "length-mile", "narrow", "mi")],
)
def test_unit_display_names(tag: str, cldr_id: str, length: str, name: str) -> None:
    assert unit_display_names(tag)[cldr_id][length] == name


@pytest.mark.parametrize(
    ("forms", "lengths", "patterns"),
    [
        (
            {"long": {"one": "{0} Stunde", "per": "{0} pro Stunde", "other": "{0} Stunden"}},
            ("long",),
            ["{0} Stunde", "{0} Stunden"],
        ),
        (
            {"long": {"other": "{0} km"}, "short": {"other": "{0}km", "per": "{0}/km"}},
            ("short", "long"),
            ["{0}km", "{0} km"],
        ),
        ({"short": {"other": "{0} km"}}, ("long",), []),
    ],
)
def test_counted_patterns_leave_the_per_form_aside(forms: dict, lengths: tuple[str, ...], patterns: list[str]) -> None:
    assert list(counted_patterns(forms, lengths)) == patterns


@pytest.mark.parametrize(
    ("pattern", "after", "name", "first_name", "either"),
    [
        ("{0} Meilen", " Meilen", "Meilen", "", "Meilen"),
        ("{0}\u00a0km\u202f/h", "\u00a0km\u202f/h", "km /h", "", "km /h"),
        ("{0}秒", "秒", "秒", "", "秒"),
        ("kilomita {0}", "", "", "kilomita", "kilomita"),
        ("maili {0} kwa saa", "", "", "maili kwa saa", "maili kwa saa"),
        ("摂氏 {0} 度", "", "", "摂氏 度", "摂氏 度"),
    ],
)
def test_pattern_parsing(pattern: str, after: str, name: str, first_name: str, either: str) -> None:
    assert after_figure(pattern) == after
    assert pattern_name(pattern) == name
    assert pattern_name(pattern, first=True) == first_name
    assert either_name(pattern) == either


@pytest.mark.parametrize(
    ("tag", "value", "category"),
    [("ru", 2, "few"), ("ar", 2, "two"), ("en", 1, "one"), ("de", 1.5, "other"), ("ru", math.nan, None)],
)
def test_plural_category(tag: str, value: float, category: str | None) -> None:
    assert plural_category(tag, value) == category
