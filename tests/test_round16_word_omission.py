"""A dropped name is told where the language's name for it is known: a place CLDR names the English way there
(no exonym to wait for), one whose CLDR name is written nowhere while a compound of another name stands
beside it, a city CLDR writes in katakana even when it is spelt like Japanese syllables, and a person's full
name in Han characters where the stretch test hears the article's other names."""

from __future__ import annotations

import pytest

from mt_audit.checks.base import make_input
from mt_audit.checks.entities import entities
from mt_audit.languages import kept_place_names

MISMATCH = "accuracy/entity-mismatch"


@pytest.mark.parametrize(
    ("lang", "place", "kept"),
    [
        ("da", "london", True),  # a city CLDR's Danish leaves to its time zone's own name
        ("da", "chile", True),  # a country Danish names as English does
        ("nl", "london", False),  # "Londen"
        ("de", "vienna", False),  # "Wien"
        ("pl", "london", False),  # "Londyn"
        ("ja", "london", False),  # another script: its CLDR lists its own names
        ("ru", "paris", False),
    ],
)
def test_kept_place_names(lang: str, place: str, kept: bool) -> None:
    assert (place in kept_place_names(lang)) is kept


@pytest.mark.parametrize(
    ("source", "article", "lang", "told"),
    [
        (  # a city Danish writes as English does, dropped
            "The band will play in London next summer.",
            "Bandet spiller i næste sommer.",
            "da",
            True,
        ),
        ("The band will play in London next summer.", "Bandet spiller i London næste sommer.", "da", False),
        (  # a compound of another name ("Saharaørkenen") is no exonym of the country dropped beside it
            "A solar farm in the Sahara Desert in Morocco opened this week.",
            "En solcellepark i Saharaørkenen i åbnede i denne uge.",
            "da",
            True,
        ),
        (
            "A solar farm in the Sahara Desert in Morocco opened this week.",
            "En solcellepark i Saharaørkenen i Marokko åbnede i denne uge.",
            "da",
            False,
        ),
        (  # CLDR writes the city in katakana ("ボゴタ"), though its spelling reads like Japanese syllables
            "Traffic in Bogotá grew last year.",
            "昨年、の交通量は増えた。",
            "ja",
            True,
        ),
        ("Traffic in Bogotá grew last year.", "昨年、ボゴタの交通量は増えた。", "ja", False),
    ],
)
def test_dropped_place_is_told(source: str, article: str, lang: str, told: bool) -> None:
    found = [f for f in entities(make_input(article, lang, source=source)) if f.category == MISMATCH]
    assert bool(found) is told


@pytest.mark.parametrize(
    ("article", "told"),
    [
        ("研究人员在斯瓦尔巴群岛工作。“冰化得很快。”冰川学家说。", True),  # the person's name dropped
        ("研究人员在斯瓦尔巴群岛工作。“冰化得很快。”冰川学家托比亚斯·埃克贝里说。", False),
    ],
)
def test_han_full_name_with_another_name_heard(article: str, told: bool) -> None:
    """The rendering test misses "斯瓦尔巴" (Svalbard), but the stretch test hears it: Han sounds tell here."""
    source = "Researchers work on Svalbard. “The ice melts fast,” said glaciologist Tobias Ekberg."
    found = [f for f in entities(make_input(article, "zh", source=source)) if f.category == MISMATCH]
    assert any(f.source_span == "Tobias Ekberg" for f in found) is told
