"""Findings on clean sentences (round 13): figures written another way, sentences the aligner left over, names
in a language's own form, words of the article's language that English also spells."""

from __future__ import annotations

import numpy as np
import pytest

from mt_audit.align import margins_for
from mt_audit.anchors import anchored_gaps
from mt_audit.checks.copied import _international
from mt_audit.checks.entities.places import class_renderings
from mt_audit.checks.foreign import _same_script_foreign, respells_source_word
from mt_audit.checks.numbers_scale import _sounds_like_scale
from mt_audit.number_pairs import space_grouped, unmatched
from mt_audit.numbers import extract
from mt_audit.types import Bead

TICKETS = "Tickets cost 5 dollars, a fifth of last year's price."


@pytest.mark.parametrize(
    ("source", "article", "lang", "left"),
    [
        # "a fifth" also reads as 5 (an ordinal): the article's fraction still pairs with it, 5 with the dollars
        (TICKETS, "Die Karten kosten 5 Dollar, ein Fünftel.", "de", 0),
        (TICKETS, "Les billets coûtent 5 dollars, un cinquième.", "fr", 0),
        (TICKETS, "Die Karten kosten 7 Dollar, ein Fünftel.", "de", 1),
    ],
)
def test_fraction_pairs_when_the_ordinal_reading_can_yield(source: str, article: str, lang: str, left: int) -> None:
    a_left, s_left = unmatched(extract(article, lang), extract(source, "en"))
    assert (len(a_left), len(s_left)) == (left, left)


@pytest.mark.parametrize(
    ("text", "lang", "parts"),
    [
        ("Sie lief die Strecke in 3:45 Stunden.", "de", [(3.0, "hour"), (45.0, "minute")]),
        ("She ran it in 3:45 hours.", "en", [(3.0, "hour"), (45.0, "minute")]),
        ("Der Zug fährt um 3:45 Uhr.", "de", [(3.75, "")]),  # a time of day
        ("El tren sale a las 14:30 h.", "es", [(14.5, "")]),  # a one-letter symbol: a time of day
    ],
)
def test_hours_and_minutes_before_an_hours_word(text: str, lang: str, parts: list[tuple[float, str]]) -> None:
    assert [(round(q.value, 2), q.unit) for q in extract(text, lang)] == parts


@pytest.mark.parametrize(
    ("source", "article", "left"),
    [
        ("The town has 4,250 residents.", "The town has 4 250 residents.", 0),
        ("The town has 4,250 residents.", "The town has 4 350 residents.", 3),  # a changed figure stays changed
        ("The town has 1,204,250 residents.", "The town has 1 204 250 residents.", 0),
    ],
)
def test_space_grouped_figures(source: str, article: str, left: int) -> None:
    a_left, s_left = unmatched(extract(article, "en"), extract(source, "en"))
    a_left, s_left = space_grouped(article, a_left, s_left)
    assert len(a_left) + len(s_left) == left


@pytest.mark.parametrize(
    ("word", "value", "expected"),
    [
        ("mamilioni", 1e6, True),  # a noun-class prefix before a loan of "million"
        ("milioni", 1e6, True),
        ("bilioni", 1e9, True),
        ("bilioni", 1e6, False),
        ("matani", 1e6, False),
        ("kusvika", 1e6, False),
    ],
)
def test_scale_word_loans_by_sound(word: str, value: float, expected: bool) -> None:
    assert _sounds_like_scale(word, value) is expected


GAP = [Bead((0,), (0,), 0.9), Bead((1,), (), None), Bead((), (1,), None), Bead((2,), (2,), 0.9)]


@pytest.mark.parametrize(
    ("src_1", "art_1", "sim", "paired"),
    [
        ("It cost 48 million.", "Se maksoi 48 miljoonaa.", 0.77, True),
        ("It cost 48 million.", "Se maksoi 49 miljoonaa.", 0.77, False),  # no shared figure
        ("It cost 48 million.", "Se maksoi 48 miljoonaa.", 0.60, False),  # below unrelated sentences' similarity
        ("It cost 4 million.", "Se maksoi 4 miljoonaa.", 0.77, False),  # one digit ties by chance
    ],
)
def test_lone_gap_sharing_a_figure_is_paired(src_1: str, art_1: str, sim: float, paired: bool) -> None:
    sims = np.full((3, 3), 0.7)
    np.fill_diagonal(sims, 0.9)
    sims[1, 1] = sim
    beads = anchored_gaps(GAP, sims, margins_for("fi").prior, (["A.", src_1, "C."], ["A.", art_1, "C."]))
    assert (Bead((1,), (1,), sim) in beads) is paired
    assert len(beads) == (3 if paired else 4)


@pytest.mark.parametrize(("word", "expected"), [("tsunami", True), ("kitchen", False), ("weather", False)])
def test_international_words(word: str, expected: bool) -> None:
    assert _international(word, "en") is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("important", False), ("possible", False), ("weather", True)],  # French, Haiti's other language, has the first
)
def test_unlisted_language_shares_its_region_words(word: str, expected: bool) -> None:
    assert _same_script_foreign(word, False, "ht", "en") is expected


@pytest.mark.parametrize(
    ("word", "source_word", "expected"),
    [
        ("sent", "cents", True),  # a loan respelt
        ("sigaret", "cigarette", True),
        ("cent", "cents", False),  # an English form of the source word: left untranslated
        ("fires", "flames", False),  # a synonym of another sound
        ("constitute", "institute", False),
        ("mil", "mile", False),  # too few consonants to tell
    ],
)
def test_respelt_source_words(word: str, source_word: str, expected: bool) -> None:
    assert respells_source_word(word, frozenset([source_word])) is expected


@pytest.mark.parametrize(("lang", "word", "english"), [("tr", "adasi", "island"), ("fr", "ile", "island")])
def test_class_words_of_place_names(lang: str, word: str, english: str) -> None:
    assert english in class_renderings(lang).get(word, frozenset())
