"""Round 9: attribution on a similarity scale just under the threshold, and Thai additions as one finding."""

from __future__ import annotations

import numpy as np
import pytest

from mt_audit.align import Alignment, Margins, _fold_phrases, margins_for
from mt_audit.attribute import DEFAULT_ATTRIBUTION_THRESHOLD, attribution, rescued
from mt_audit.checks import CHECKS
from mt_audit.checks.base import make_input
from mt_audit.types import Bead

#: e5-like scale: sentences of one story share a common direction (cosine 0.74 between any two).
BACKGROUND = 0.74
DIM = 64


def _story(pair_sims: list[float | None], seed: int = 3) -> tuple[np.ndarray, np.ndarray]:
    """Source rows and article rows: article row k translates source row i at cosine ``pair_sims[i]``
    (None: the article drops it); unrelated rows meet at about ``BACKGROUND``."""
    rng = np.random.default_rng(seed)
    basis = np.linalg.qr(rng.normal(size=(DIM, DIM)))[0]
    common, topics, noise = basis[0], basis[1:40], basis[40:]
    a = np.sqrt(BACKGROUND)
    src, tgt = [], []
    for i, sim in enumerate(pair_sims):
        share = sim - BACKGROUND if sim is not None else 0.2
        b = np.sqrt(share)
        src.append(a * common + b * topics[i] + np.sqrt(1 - a**2 - b**2) * noise[2 * i])
        if sim is not None:
            tgt.append(a * common + b * topics[i] + np.sqrt(1 - a**2 - b**2) * noise[2 * i + 1])
    return np.array(src), np.array(tgt)


@pytest.mark.parametrize(
    ("name", "pair_sims", "derives"),
    [
        # a faithful six-sentence article whose language sits just under the 0.82 threshold, one sentence dropped
        ("two at 0.80, one dropped", [0.80, 0.88, 0.88, None, 0.80, 0.80], True),
        ("three at 0.80, one dropped", [0.80, 0.80, 0.88, None, 0.80, 0.88], True),
        ("faithful, all clear", [0.88, 0.88, 0.88, 0.88, 0.88, 0.88], True),
        # nothing above the threshold: no anchor, no attribution
        ("nothing above the threshold", [0.80, 0.80, 0.80, None, 0.80, 0.80], False),
        # pairs under the similarity floor are not rescued
        ("loose pairs under the floor", [0.88, 0.76, 0.76, None, 0.76, 0.76], False),
    ],
)
def test_pairs_just_under_the_threshold_count_when_plainly_each_others(
    name: str, pair_sims: list[float | None], derives: bool
) -> None:
    src, tgt = _story(pair_sims)
    lengths_s = [80.0] * len(src)
    lengths_t = [80.0] * len(tgt)
    att = attribution(src, tgt, lengths_s, lengths_t)
    assert (att.score >= DEFAULT_ATTRIBUTION_THRESHOLD) is derives, (name, att.score)


SIMS = np.array(
    [
        [0.88, 0.74, 0.74, 0.74],
        [0.74, 0.80, 0.74, 0.74],
        [0.74, 0.74, 0.80, 0.81],  # source 2's nearest is article 3, not its bead's article 2
        [0.74, 0.74, 0.74, 0.88],
    ]
)


@pytest.mark.parametrize(
    ("bead", "kept"),
    [
        (Bead((1,), (1,), 0.80), True),  # mutual nearest, over the floor
        (Bead((2,), (2,), 0.80), False),  # not mutual
        (Bead((0,), (0,), 0.88), False),  # the core's already
        (Bead((1,), (1,), 0.76), False),  # under the floor
        (Bead((1,), (), None), False),  # an omission
    ],
)
def test_rescued_pairs_are_mutual_nearest_over_the_floor(bead: Bead, kept: bool) -> None:
    core = [Bead((0,), (0,), 0.88), Bead((3,), (3,), 0.88)]
    al = Alignment([bead], SIMS, 0.82, core, Margins(floor=0.78))
    assert (rescued(al, core) == [bead]) is kept


THAI = "ข่าววันนี้ ฝนตกหนัก ในกรุงเทพ ทุกคนอยู่บ้าน"


@pytest.mark.parametrize(
    ("lang", "text", "beads", "expected"),
    [
        # three unaligned Thai phrases in a row: one inserted sentence, one finding
        ("th", THAI, [([0], [0]), ([], [1]), ([], [2]), ([], [3])], ["ฝนตกหนัก ในกรุงเทพ ทุกคนอยู่บ้าน"]),
        # phrases apart stay apart
        ("th", THAI, [([], [0]), ([0], [1]), ([], [2]), ([1], [3])], ["ข่าววันนี้", "ในกรุงเทพ"]),
        # a new paragraph starts a new finding
        (
            "th",
            "ข่าววันนี้ ฝนตกหนัก\n\nในกรุงเทพ ทุกคนอยู่บ้าน",
            [([0], [0]), ([], [1]), ([], [2]), ([1], [3])],
            ["ฝนตกหนัก", "ในกรุงเทพ"],
        ),
        # sentences of a language not cut into phrases are findings of their own
        (
            "de",
            "Es regnet. Alle bleiben zu Hause. Die Schulen sind zu. Das ist alles.",
            [([0], [0]), ([], [1]), ([], [2]), ([1], [3])],
            ["Alle bleiben zu Hause.", "Die Schulen sind zu."],
        ),
    ],
)
def test_consecutive_added_phrases_are_one_addition(lang: str, text: str, beads: list, expected: list[str]) -> None:
    source = "It rains today. Everyone stays at home."
    item = make_input(text, lang, source=source, beads=beads)
    assert [f.span for f in CHECKS["addition"](item)] == expected


Case = tuple[np.ndarray, np.ndarray, list[Bead], tuple[np.ndarray, np.ndarray]]


def _completion_case(completes: bool, inserted_chars: float = 40.0) -> Case:
    """Source: two sentences. Article: the first's translation, an inserted sentence of three phrases,
    then a short opening phrase and the rest of the second's translation. The opening phrase carries
    the part of source sentence 1 its rest lacks (``completes``), or an unrelated direction."""
    e = np.eye(DIM)
    src = np.array([e[0], (e[1] + e[2]) / np.sqrt(2)])
    opening = e[2] if completes else e[9]
    rest = (e[1] + 0.3 * e[10]) / np.linalg.norm(e[1] + 0.3 * e[10])
    inserted = [(e[k] + e[k + 1]) / np.sqrt(2) for k in (3, 5, 7)]
    tgt = np.array([e[0], *inserted, opening, rest])
    beads = [Bead((0,), (0,), 1.0), Bead((), (1,), None), Bead((), (2,), None), Bead((), (3,), None),
             Bead((), (4,), None), Bead((1,), (5,), float(src[1] @ rest))]  # fmt: skip
    weights = (np.array([60.0, 60.0]), np.array([60.0, *[inserted_chars] * 3, 12.0, 50.0]))
    return src, tgt, beads, weights


@pytest.mark.parametrize(
    ("completes", "inserted_chars", "left_over"),
    [
        (True, 40.0, [1, 2, 3]),
        (False, 40.0, [1, 2, 3, 4]),
        (True, 15.0, [1, 2, 3, 4]),  # peeling it would leave a fragment, which would join too: it stays
    ],
)
def test_a_short_opening_that_completes_its_sentence_joins_it_not_the_insertion(
    completes: bool, inserted_chars: float, left_over: list[int]
) -> None:
    """Thai: "in a normal year" embeds near nothing alone; beside an inserted sentence it still
    belongs to the sentence it opens when it raises that bead's similarity."""
    src, tgt, beads, weights = _completion_case(completes, inserted_chars)
    out = _fold_phrases(beads, (src, tgt), weights, margins_for("th"), is_src=False)
    assert sorted(j for b in out if not b.src for j in b.tgt) == left_over
