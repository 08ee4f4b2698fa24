"""Round 15: inserted sentences that rode into a neighbouring bead, and phrase-cut articles read as half covered."""

from __future__ import annotations

import numpy as np
import pytest

from mt_audit.align import Alignment, _fold_fragments, margins_for
from mt_audit.attribute import extended
from mt_audit.phrase_runs import _lowers
from mt_audit.types import Bead


def _basis(n: int = 16, seed: int = 5) -> np.ndarray:
    return np.linalg.qr(np.random.default_rng(seed).normal(size=(n, n)))[0].T


def _unit(v: np.ndarray) -> np.ndarray:
    return v / np.linalg.norm(v)


@pytest.mark.parametrize(
    ("extra", "other_len", "lowers"),
    [
        ("rest", 60.0, False),  # the rest of the sentence raises the bead
        ("rest+other", 60.0, True),  # a sentence beyond the rest pulls it back down below the rest alone
        ("rest+other", 30.0, False),  # a fragment beyond it (a name, a title) is no sentence: it may ride along
    ],
)
def test_a_phrase_run_must_not_fall_below_its_own_part(extra: str, other_len: float, lowers: bool) -> None:
    e = _basis()
    src = np.vstack([_unit(e[0] + e[1])])
    head, rest, other = e[0], e[1], e[2]
    tgt = np.vstack([head, rest, other])
    weights = (np.array([60.0]), np.array([30.0, 30.0, other_len]))
    bead = Bead((0,), (0,), float(src[0] @ head))
    piece = [1] if extra == "rest" else [1, 2]
    assert _lowers(bead, piece, (src, tgt), weights, False, []) is lowers


@pytest.mark.parametrize(
    ("frag_len", "folds"),
    [
        (18.0, True),  # a short rest of the sentence: the bead then fits the article's length ratio
        (40.0, False),  # a whole sentence beside one translated short: the bead overshoots to the other side
    ],
)
def test_a_long_fold_must_leave_the_bead_fitting_the_articles_ratio(frag_len: float, folds: bool) -> None:
    e = _basis(seed=7)
    src = np.vstack([e[0], e[1], e[2]])
    own = _unit(0.8 * e[1] + 0.6 * e[3])
    frag = _unit(0.7 * e[1] - 0.5 * e[3] + 0.5 * e[4])
    tgt = np.vstack([e[0], own, frag, e[2]])
    ws = np.array([80.0, 80.0, 80.0])
    wt = np.array([80.0, 56.0, frag_len, 80.0])
    sims = src @ tgt.T
    beads = [
        Bead((0,), (0,), float(sims[0, 0])),
        Bead((1,), (1,), float(sims[1, 1])),
        Bead((), (2,), None),
        Bead((2,), (3,), float(sims[2, 3])),
    ]
    out = _fold_fragments(beads, (src, tgt), sims, ws, wt, margins_for("de"))
    assert (((1,), (1, 2)) in [(b.src, b.tgt) for b in out]) is folds


def _alignment(beads: list[Bead], core: list[Bead]) -> Alignment:
    return Alignment(beads, np.eye(3), 0.82, core)


@pytest.mark.parametrize(
    ("margin_bead", "expected"),
    [
        (Bead((1,), (1, 2, 3), 0.86), ((1,), (1, 2, 3))),  # holds the core bead and is more similar: counts
        (Bead((1,), (1, 2, 3), 0.84), ((1,), (1,))),  # less similar: the extra phrases do not fit
        (Bead((1,), (1, 2, 3, 4), 0.90), ((1,), (1,))),  # would take another core bead's phrase
    ],
)
def test_attribution_counts_a_margin_bead_that_completes_a_core_one(
    margin_bead: Bead, expected: tuple[tuple[int, ...], tuple[int, ...]]
) -> None:
    core = [Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.85), Bead((2,), (4,), 0.88)]
    al = _alignment([core[0], margin_bead, core[2]], core)
    out = extended(al, core)
    assert (out[1].src, out[1].tgt) == expected
    assert out[0] is core[0] and out[2] is core[2]
