"""Round 16: alignment judged against the article's own distribution where the embedder reads a language weakly.

Hub sentences set aside in mutual nearest pairs, and lone gaps tied by length.
"""

from __future__ import annotations

import numpy as np
import pytest

from mt_audit.anchors import anchored_gaps
from mt_audit.attribute import _mutual, _mutual_past_hubs
from mt_audit.types import Bead

#: Source sentence 2 is a hub (a quote near everything: its least similarity is above the article's median):
#: by raw similarity it is article sentences 0's and 3's nearest; set aside, they are their own partners'.
HUB = np.array(
    [
        [0.790, 0.760, 0.770, 0.770],
        [0.780, 0.850, 0.780, 0.760],
        [0.792, 0.810, 0.820, 0.812],
        [0.750, 0.760, 0.750, 0.810],
    ]
)
#: No hub: article sentence 3 is near source 2 only because it is a translation of source 3.
NO_HUB = np.array(
    [
        [0.88, 0.74, 0.74, 0.74],
        [0.74, 0.80, 0.74, 0.74],
        [0.74, 0.74, 0.80, 0.81],
        [0.74, 0.74, 0.74, 0.88],
    ]
)


@pytest.mark.parametrize(
    ("sims", "bead", "raw", "past_hubs"),
    [
        (HUB, Bead((0,), (0,), 0.79), False, True),  # its partner's nearest is the hub
        (HUB, Bead((3,), (3,), 0.81), False, True),
        (HUB, Bead((1,), (1,), 0.85), True, True),  # plainly each other's either way
        (HUB, Bead((2,), (2,), 0.82), True, True),  # the hub keeps its own partner
        (NO_HUB, Bead((2,), (2,), 0.80), False, False),  # a rival with a partner of its own is no hub
        (NO_HUB, Bead((1,), (1,), 0.80), True, True),
    ],
)
def test_mutual_nearest_sets_hubs_aside(sims: np.ndarray, bead: Bead, raw: bool, past_hubs: bool) -> None:
    assert _mutual(sims, bead) is raw
    assert _mutual_past_hubs(sims, bead) is past_hubs


def _lone_gap(src_len: int, tgt_len: int, sim: float) -> tuple[list[Bead], np.ndarray, tuple[list[str], list[str]]]:
    """Four pairs with article sentences 10% longer, and a gap of one sentence a side in the middle."""
    src = ["s" * n for n in (100, 80, src_len, 60, 90)]
    tgt = ["t" * n for n in (110, 88, tgt_len, 66, 99)]
    sims = np.full((5, 5), 0.7)
    np.fill_diagonal(sims, 0.86)
    sims[2, 2] = sim
    beads = [Bead((0,), (0,), 0.86), Bead((1,), (1,), 0.86), Bead((2,), (), None), Bead((), (2,), None)]
    beads += [Bead((3,), (3,), 0.86), Bead((4,), (4,), 0.86)]
    return beads, sims, (src, tgt)


@pytest.mark.parametrize(
    ("src_len", "tgt_len", "sim", "paired"),
    [
        (70, 77, 0.75, True),  # the article's ratio, above unrelated sentences' similarity: its translation
        (70, 150, 0.75, False),  # twice as long as the ratio says: something else
        (70, 77, 0.70, False),  # below the similarity of unrelated sentences
    ],
)
def test_a_lone_gap_is_paired_by_length(src_len: int, tgt_len: int, sim: float, paired: bool) -> None:
    beads, sims, texts = _lone_gap(src_len, tgt_len, sim)
    out = anchored_gaps(beads, sims, 0.74, texts)
    assert (Bead((2,), (2,), sim) in out) is paired
    assert len(out) == (5 if paired else 6)
