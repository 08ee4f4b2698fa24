"""Fragment folding (round 12): a whole sentence beside a bead that already fits stays unaligned.

Synthetic vectors share one common direction, as e5's do (unrelated sentences of one article at a cosine
of about 0.75), so that merging any sentence into a bead may raise its similarity: only length and the
choice of neighbour tell a fragment from a dropped or inserted sentence.
"""

from __future__ import annotations

import numpy as np
import pytest

from mt_audit.align import Margins, _fold_fragments
from mt_audit.phrase_runs import _cosine
from mt_audit.types import Bead

MG = Margins(prior=0.75, margin=0.05, gap=0.03, floor=0.5)
DIM = 24


def _basis(seed: int) -> np.ndarray:
    return np.linalg.qr(np.random.default_rng(seed).normal(size=(DIM, DIM)))[0].T


def _vec(common: np.ndarray, own: np.ndarray, share: float = 0.87) -> np.ndarray:
    v = share * common + np.sqrt(1 - share**2) * own
    return v / np.linalg.norm(v)


def _article(n: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """``n`` source sentences and their translations (own directions 1..n, a little noise)."""
    e = _basis(seed)
    src = np.vstack([_vec(e[0], e[1 + i]) for i in range(n)])
    tgt = np.vstack([_vec(e[0], _vec(e[1 + i], e[12 + i], 0.6), 0.86) for i in range(n)])
    return src, tgt


def _pairs(beads: list[Bead]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(b.src, b.tgt) for b in beads]


def _with_sims(pairs: list[tuple[tuple[int, ...], tuple[int, ...]]], sims: np.ndarray) -> list[Bead]:
    return [Bead(s, t, float(sims[s[0], t[0]]) if s and t else None) for s, t in pairs]


@pytest.mark.parametrize(
    ("side", "chars"),
    [
        ("src", 40.0),  # a dropped closing question: the source keeps it, the article lacks it
        ("tgt", 40.0),  # an inserted short sentence in the article
        ("src", 45.0),
        ("tgt", 30.0),
    ],
)
def test_a_whole_short_sentence_beside_a_fitting_bead_stays_unaligned(side: str, chars: float) -> None:
    src, tgt = _article(5, seed=1)
    e = _basis(1)
    extra = _vec(e[0], e[20])  # a sentence of the same story, translating nothing on the other side
    ws, wt = np.full(5, 100.0), np.full(5, 100.0)
    if side == "src":
        src, ws = np.vstack([src, extra]), np.append(ws, chars)
        pairs = [((i,), (i,)) for i in range(5)] + [((5,), ())]
    else:
        tgt, wt = np.vstack([tgt[:5], extra]), np.append(wt, chars)
        pairs = [((i,), (i,)) for i in range(5)] + [((), (5,))]
    sims = src @ tgt.T
    beads = _with_sims(pairs, sims)
    with_extra = ((4, 5), (4,)) if side == "src" else ((4,), (4, 5))
    assert _cosine((src, tgt), (ws, wt), *with_extra) > beads[4].similarity  # merging alone would raise it
    out = _fold_fragments(beads, (src, tgt), sims, ws, wt, MG)
    assert _pairs(out) == pairs


@pytest.mark.parametrize("bead_chars", [50.0, 60.0, 70.0])
def test_a_piece_that_fills_its_beads_shortfall_folds_even_past_half_its_length(bead_chars: float) -> None:
    """Two short source questions, one article sentence: the second alone is too short for it by the
    article's own ratio, and the first folds in though it is more than half the second's length."""
    src, tgt = _article(5, seed=2)
    e = _basis(2)
    first_q = _vec(e[0], e[6])
    both = _vec(e[0], _vec((e[5] + e[6]) / np.sqrt(2), e[17], 0.6), 0.86)  # translates the two questions in one
    src = np.vstack([src[:4], first_q[None, :], src[4:]])
    tgt = np.vstack([tgt[:4], both[None, :]])
    ws = np.array([100.0] * 4 + [40.0, bead_chars])
    wt = np.array([100.0] * 4 + [40.0 + bead_chars])
    sims = src @ tgt.T
    pairs = [((i,), (i,)) for i in range(4)] + [((4,), ()), ((5,), (4,))]
    out = _fold_fragments(_with_sims(pairs, sims), (src, tgt), sims, ws, wt, MG)
    assert _pairs(out) == [((i,), (i,)) for i in range(4)] + [((4, 5), (4,))]


def test_a_fragment_joins_the_neighbour_it_belongs_to_not_the_first_tried() -> None:
    """A short piece split off the next sentence: both neighbours would take it, the next gains more."""
    src, tgt = _article(4, seed=3)
    e = _basis(3)
    piece = _vec(e[0], 0.73 * e[3] + 0.68 * e[2])  # opens source sentence 2 (direction 3), names sentence 1's topic
    tgt = np.vstack([tgt[:2], piece[None, :], tgt[2:]])
    ws = np.full(4, 100.0)
    wt = np.array([100.0, 100.0, 20.0, 85.0, 100.0])
    sims = src @ tgt.T
    pairs = [((0,), (0,)), ((1,), (1,)), ((), (2,)), ((2,), (3,)), ((3,), (4,))]
    out = _fold_fragments(_with_sims(pairs, sims), (src, tgt), sims, ws, wt, MG)
    assert ((2,), (2, 3)) in _pairs(out)
    assert ((1,), (1,)) in _pairs(out)
