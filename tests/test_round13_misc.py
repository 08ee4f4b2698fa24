"""Round 13: a merge kept when its extra sentence is far nearer its partner than the leftover, a run of name and
title phrases that evens a half bead's lengths joins it, and unit loans after a copula and a noun class."""

from __future__ import annotations

import numpy as np
import pytest

from mt_audit.align import _fold_phrases, _split_merges, margins_for
from mt_audit.phrase_runs import _completes
from mt_audit.types import Bead
from mt_audit.unit_sounds import sounded_units


def _merge_sims(stay: float, leftover: float) -> np.ndarray:
    """Four 1-1 pairs, then source 4 merged with article phrases 4 and 5, source 5 left over: phrase 5 is
    ``stay`` from source 4 and ``leftover`` from source 5."""
    sims = np.full((6, 6), 0.3)
    sims[np.arange(4), np.arange(4)] = 0.9
    sims[4, 4], sims[4, 5], sims[5, 5], sims[5, 4] = 0.88, stay, leftover, 0.75
    return sims


@pytest.mark.parametrize(
    ("stay", "leftover", "gap", "split"),
    [
        (0.86, 0.80, 0.03, False),  # the phrase belongs to the sentence it was merged with: the leftover was dropped
        (0.82, 0.80, 0.03, True),  # about as near either: two 1-1 pairs, as for stock lines
        (0.86, 0.80, None, True),  # no gap given: the floor alone decides, as before
        (0.86, 0.70, None, False),  # a leftover under the floor never takes the phrase
    ],
)
def test_a_merge_splits_only_towards_a_leftover_about_as_near(
    stay: float, leftover: float, gap: float | None, split: bool
) -> None:
    beads = [Bead((i,), (i,), None) for i in range(4)] + [Bead((4,), (4, 5), None), Bead((5,), (), None)]
    out = _split_merges(beads, _merge_sims(stay, leftover), floor=0.78, gap=gap)
    assert ([(b.src, b.tgt) for b in out][-2:] == [((4,), (4,)), ((5,), (5,))]) is split


def _axes(dim: int = 16) -> np.ndarray:
    return np.eye(dim)


def _norm(v: np.ndarray) -> np.ndarray:
    return v / np.linalg.norm(v)


@pytest.mark.parametrize(
    ("bead_chars", "piece_chars", "completes"),
    [
        (50.0, 60.0, True),  # half a sentence in the bead: a long piece that evens its lengths is the rest of it
        (100.0, 60.0, False),  # a bead that already fits: a long piece beside it is a sentence of its own
        (100.0, 30.0, True),  # a fragment completes whenever it raises the similarity
    ],
)
def test_a_long_piece_completes_a_bead_only_when_it_evens_its_lengths(
    bead_chars: float, piece_chars: float, completes: bool
) -> None:
    e = _axes()
    src = np.vstack([e[0]])
    tgt = np.vstack([_norm(e[0] + e[1]), _norm(e[0] - e[1])])  # the bead's half, and the piece that completes it
    weights = (np.array([100.0]), np.array([bead_chars, piece_chars]))
    bead = Bead((0,), (0,), float(src[0] @ tgt[0]))
    assert _completes(bead, [1], (src, tgt), weights, is_src=False) is completes


def test_a_name_and_title_run_joins_the_half_sentence_after_it() -> None:
    """Thai: "Mr X, the provincial minister, said" in phrases that embed near nothing, before the half of the
    sentence the DP aligned; the run is longer than a fragment, and joining it evens the bead's lengths."""
    e = _axes()
    src = np.vstack([e[0], e[1]])
    tgt = np.vstack([_norm(e[0] + 0.1 * e[5]), _norm(e[1] - e[2]), _norm(e[1] - e[2]), _norm(e[1] + e[2])])
    weights = (np.array([60.0, 100.0]), np.array([60.0, 30.0, 30.0, 50.0]))
    beads = [Bead((0,), (0,), 0.99), Bead((), (1,), None), Bead((), (2,), None), Bead((1,), (3,), 0.71)]
    out = _fold_phrases(beads, (src, tgt), weights, margins_for("th"), is_src=False)
    assert [(b.src, b.tgt) for b in out] == [((0,), (0,)), ((1,), (1, 2, 3))]


@pytest.mark.parametrize(
    ("word", "unit"),
    [
        ("lingamamayela", "mile"),  # a copula and a noun class before the loan
        ("lingamakhilomitha", "kilometer"),
        ("yingamafiti", "foot"),
    ],
)
def test_unit_loans_are_heard(word: str, unit: str) -> None:
    assert unit in sounded_units(word)


@pytest.mark.parametrize("word", ["kupata", "walipata", "ngaphandle", "yingamamitha"])
def test_words_that_only_hold_a_short_name_inside_are_no_length_unit(word: str) -> None:
    """A two-consonant name heard only after a long prefix, opening with none of its letters, is chance."""
    assert not {u for u in sounded_units(word) if u in ("foot", "mile", "inch", "yard")}
