"""Round 21: alignment where the embedding model reads a script poorly or not at all (Tifinagh, Tibetan, syllabics).

A name a translation writes by its sound in its own script anchors its sentence as a name kept in Latin letters
does; a figure only one side of a pair writes speaks against the pair (an added or dropped sentence stays
unmatched); and similarities of an article the model barely tells apart fade out of the joint alignment."""

from __future__ import annotations

import numpy as np
import pytest

from mt_audit.align_length import (
    MIN_CONTRAST,
    SIM_GAIN,
    SIM_UNITS,
    anchors_of,
    hears,
    length_alignment,
    read_contrast,
    similarity_gains,
    sounded_names,
)
from mt_audit.attribute import _heard_anchors
from mt_audit.types import Bead

SOURCE = [
    "A new museum of tiles has opened in the old harbour district this spring.",
    "Its halls hold 4,500 painted pieces collected over two centuries.",
    "Visitors from Porto and Coimbra filled the rooms on the first weekend.",
    "The building was once a convent, finished in 1509 by local masons.",
    "Will the museum stay free for children next year?",
]
#: The source's sentences in Tifinagh letters (made up for these tests), the names written by their sound.
TIFINAGH = [
    "ⵜⵍⵍⴰ ⵜⵙⴷⴰⵡⵉⵜ ⵜⴰⵎⴰⵢⵏⵓⵜ ⵏ ⵜⵣⵓⵍⵉⵊⵉⵏ ⴳ ⵓⵎⵏⴰⴹ ⴰⴽⴱⵓⵔ ⵏ ⵓⵎⵔⵙⴰ ⴳ ⵜⴰⴼⵙⵓⵜ ⴰ.",
    "ⵜⵉⵣⵓⵍⴰ ⵏⵏⵙ ⵟⵟⴰⴼⵏⵜ 4,500 ⵏ ⵜⵣⵓⵍⵉⵊⵉⵏ ⵉⵜⵜⵓⵙⵏⵓⵇⵇⵙⵏ ⴳ ⵙⵉⵏ ⵉⵜⵔⴰ.",
    "ⵉⵎⵙⵓⵔⵉⴼⵏ ⵙⴳ ⴱⵓⵔⵜⵓ ⴷ ⴽⵓⵉⵎⴱⵔⴰ ⵄⵎⵎⵔⵏ ⵜⵉⵙⴳⴰ ⴳ ⵜⵉⴳⵉⵔⴰ ⵏ ⵉⵎⴰⵍⴰⵙ ⵜⴰⵎⵣⵡⴰⵔⵓⵜ.",
    "ⵜⴰⴳⵎⵎⵉ ⵜⵍⵍⴰ ⴷ ⵜⴰⵎⵣⴳⵉⴷⴰ, ⵜⵜⵓⵙⵎⴷ ⴳ 1509 ⵙ ⵉⴼⴰⵙⵙⵏ ⵏ ⵓⵎⵏⴰⴹ.",
    "ⵉⵙ ⵔⴰⴷ ⵜⵇⵇⵉⵎ ⵜⵙⴷⴰⵡⵉⵜ ⵜⵉⵍⵍⴰⵍⵜ ⵉ ⵉⵔⴱⴱⴰ ⴳ ⵓⵙⴳⴳⵯⴰⵙ ⴰⴷ ⴷ ⵢⴰⵙⵏ?",
]
#: A sentence of another story, with a figure of its own.
INSERTED = "ⵉⵙⵡⵓⵔⵉ ⵓⵏⴱⴷⵓ ⵏ ⵜⵎⴷⵉⵏⵜ 37 ⵏ ⵉⵎⵍⵢⵓⵏⵏ ⵉ ⵓⵙⵏⴼⵍ ⵏ ⵉⴱⵔⵉⴷⵏ ⴰⴽⴷ ⵜⵉⵙⵖⴰⵔ."


@pytest.mark.parametrize(
    ("words", "names"),
    [
        ({"Porto", "Coimbra", "Tbilisi"}, {"Porto", "Coimbra", "Tbilisi"}),
        ({"Mountain", "Harbour", "Will"}, set()),  # dictionary words: a language translates them
        ({"Lee", "Lisbon"}, {"Lisbon"}),  # one consonant: heard in ordinary words by chance
    ],
)
def test_sounded_names(words: set[str], names: set[str]) -> None:
    assert sounded_names(words) == names


@pytest.mark.parametrize(
    ("name", "words", "heard"),
    [
        ("Porto", ("ⴱⵓⵔⵜⵓ",), True),  # Tifinagh
        ("Coimbra", ("ⵙⴳ", "ⴽⵓⵉⵎⴱⵔⴰ"), True),
        ("Lisbon", ("ལི་སི་བོན་གྱི་",), True),  # a run of Tibetan syllables, a case ending after
        ("Lisbon", ("ᓕᔅᐳᓐᒥ",), True),  # syllabics, with a locative ending
        ("Tbilisi", ("ᑎᐱᓕᓯᒥ",), True),
        ("Porto", ("ⵜⴰⴳⵎⵎⵉ",), False),
        ("Lisbon", ("ⴰⵎⵏⴰⴹ", "ⴰⴽⴱⵓⵔ"), False),
        ("Lisbon", (), False),
    ],
)
def test_hears(name: str, words: tuple[str, ...], heard: bool) -> None:
    assert hears(name, words) is heard


@pytest.mark.parametrize(
    ("article", "beads"),
    [
        # the second sentence dropped: the names by sound tie the third, the figure the second never had
        (
            [TIFINAGH[0], *TIFINAGH[2:]],
            [((0,), (0,)), ((1,), ()), ((2,), (1,)), ((3,), (2,)), ((4,), (3,))],
        ),
        # a sentence of another story inserted after the second: its figure is none of the source's
        (
            [*TIFINAGH[:2], INSERTED, *TIFINAGH[2:]],
            [((0,), (0,)), ((1,), (1,)), ((), (2,)), ((2,), (3,)), ((3,), (4,)), ((4,), (5,))],
        ),
        (TIFINAGH, [((i,), (i,)) for i in range(5)]),  # the faithful translation stays one to one
    ],
)
def test_length_alignment_by_sound_and_figures(article: list[str], beads: list) -> None:
    al = length_alignment(SOURCE, article)
    assert al is not None
    assert [(b.src, b.tgt) for b in al.beads] == beads


def test_anchors_of_keeps_other_script_words() -> None:
    a = anchors_of("ⵉⵎⵙⵓⵔⵉⴼⵏ ⵙⴳ ⴱⵓⵔⵜⵓ, Blue Fern 2032.")
    assert a.words == ("ⵉⵎⵙⵓⵔⵉⴼⵏ", "ⵙⴳ", "ⴱⵓⵔⵜⵓ,")
    assert {"Blue", "Fern", "#2032"} <= a.tokens


def _flat(contrast: float, n: int = 5) -> np.ndarray:
    """Similarities of ``n`` sentences a side, the diagonal ``contrast`` above an even background."""
    return np.full((n, n), 0.73) + contrast * np.eye(n)


@pytest.mark.parametrize("contrast", [0.004, 0.01, 0.015])
def test_similarity_gains_fade_below_the_least_contrast(contrast: float) -> None:
    m = _flat(contrast)
    sim = {(1, 1): m, (2, 1): (m[:-1] + m[1:]) / 2, (1, 2): (m[:, :-1] + m[:, 1:]) / 2}
    seen = read_contrast(m)
    assert seen < MIN_CONTRAST
    gains = similarity_gains(sim)
    assert np.abs(gains[(1, 1)]).max() <= SIM_GAIN * SIM_UNITS * seen / MIN_CONTRAST + 1e-9


def test_similarity_gains_keep_their_weight_above_it() -> None:
    m = _flat(0.05)
    gains = similarity_gains({(1, 1): m})
    assert np.abs(gains[(1, 1)]).max() == pytest.approx(SIM_GAIN)  # one unit of contrast, full weight


@pytest.mark.parametrize(
    ("article", "heard"),
    [
        ("ⵉⵎⵙⵓⵔⵉⴼⵏ ⵙⴳ ⴱⵓⵔⵜⵓ ⴷ ⴽⵓⵉⵎⴱⵔⴰ ⵄⵎⵎⵔⵏ ⵜⵉⵙⴳⴰ.", 2),
        ("ⵉⵎⵙⵓⵔⵉⴼⵏ ⵙⴳ Porto ⴷ ⴽⵓⵉⵎⴱⵔⴰ ⵄⵎⵎⵔⵏ ⵜⵉⵙⴳⴰ.", 1),  # Porto kept in Latin: counted as written, not heard
        ("ⵉⵎⵙⵓⵔⵉⴼⵏ ⵄⵎⵎⵔⵏ ⵜⵉⵙⴳⴰ.", 0),
    ],
)
def test_attribution_hears_source_names(article: str, heard: int) -> None:
    from mt_audit.align_length import other_words
    from mt_audit.anchors import figures, heard_names

    tokens = [[figures(SOURCE[2]) | heard_names(SOURCE[2])], [figures(article) | heard_names(article)]]
    assert _heard_anchors(Bead((0,), (0,), None), tokens, [other_words(article)]) == heard
