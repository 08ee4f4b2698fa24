"""Alignment and attribution on synthetic embeddings whose similarities we choose."""

from __future__ import annotations

import numpy as np
import pytest
from vectors import near, unit

from mt_audit.align import (
    MAX_PHRASES,
    _fold_fragments,
    _fold_phrases,
    _split_merges,
    align,
    bead_shapes,
    core_beads,
    margins_for,
    relative_beads,
)
from mt_audit.attribute import attribution, sibling_groups
from mt_audit.types import Bead


def shapes(al) -> list[str]:
    return [b.kind for b in al.beads]


def test_identity_alignment_is_all_one_to_one() -> None:
    rng = np.random.default_rng(0)
    src = unit(rng, 6)
    al = align(src, near(src, rng))
    assert shapes(al) == ["1-1"] * 6
    assert [b.src for b in al.beads] == [(i,) for i in range(6)]


def test_omitted_and_added_sentences_are_skipped() -> None:
    rng = np.random.default_rng(1)
    src = unit(rng, 5)
    tgt = np.vstack([near(src[:2], rng), unit(rng, 1), near(src[3:], rng)])  # src 2 omitted, one added
    al = align(src, tgt)
    assert (2,) in [b.src for b in al.beads if not b.tgt]
    assert (2,) in [b.tgt for b in al.beads if not b.src]
    assert len(al.aligned) == 4


def test_split_sentence_becomes_a_one_to_two_bead() -> None:
    rng = np.random.default_rng(2)
    src = unit(rng, 3)
    # each half alone is below the threshold (cosine 0.8); together they are well above it
    noise = unit(rng, 2) * 0.75
    halves = src[1] + noise
    half_a, half_b = (halves / np.linalg.norm(halves, axis=1, keepdims=True))[:, None, :]
    tgt = np.vstack([near(src[:1], rng), half_a, half_b, near(src[2:], rng)])
    al = align(src, tgt, [10, 40, 10], [10, 20, 20, 10])
    assert any(b.src == (1,) and b.tgt == (1, 2) for b in al.beads)


def test_unrelated_texts_do_not_align() -> None:
    rng = np.random.default_rng(3)
    al = align(unit(rng, 5), unit(rng, 5))
    assert al.aligned == []


@pytest.mark.parametrize(
    ("make_tgt", "derives"),
    [
        (lambda s, r: near(s, r), True),  # translation
        (lambda s, r: near(s[::-1], r), False),  # same content, order shuffled
        (lambda s, r: unit(r, len(s)), False),  # unrelated
        (lambda s, r: near(s[:4], r), True),  # an excerpt still derives (with omissions)
        (lambda s, r: np.vstack([near(s[:2], r), unit(r, 8)]), False),  # borrows two sentences
    ],
)
def test_attribution_separates_translations(make_tgt, derives: bool) -> None:
    rng = np.random.default_rng(4)
    src = unit(rng, 10)
    tgt = make_tgt(src, rng)
    att = attribution(src, tgt, [50] * 10, [50] * len(tgt))
    assert bool(att.score >= 0.5) is derives


def test_sibling_groups_are_components_named_in_order() -> None:
    groups = sibling_groups(["a", "b", "c", "d", "e"], [("d", "b"), ("e", "c"), ("b", "a")])
    assert groups == {"a": "G1", "b": "G1", "d": "G1", "c": "G2", "e": "G2"}
    assert sibling_groups(["a", "b"], []) == {}


def _stock_lines(n_body: int, many: int, one: int) -> np.ndarray:
    """Similarities of a talk's body (distinct sentences) then closing stock lines.

    Body sentences match only their translation (0.9; 0.3 elsewhere); the
    closing lines ("Thank you." "(Applause)" ↔ "Vielen Dank." "(Beifall)")
    all score 0.87-0.89 against each other, as multilingual-e5 puts them.
    """
    sims = np.full((n_body + many, n_body + one), 0.3)
    sims[np.arange(n_body), np.arange(n_body)] = 0.9
    sims[n_body:, n_body:] = 0.87
    sims[n_body, n_body] = 0.89
    return sims


@pytest.mark.parametrize(
    "tail",
    [
        # "Thank you. (Applause)" merged onto "Vielen Dank.", "(Beifall)" left over after it
        [Bead((4, 5), (4,), None), Bead((), (5,), None)],
        # the leftover before the merge: "Vielen Dank." alone, "(Beifall)" merged
        [Bead((), (4,), None), Bead((4, 5), (5,), None)],
        # the target merges instead: 1-2 bead, a source line left over on either side
        [Bead((4,), (4, 5), None), Bead((5,), (), None)],
        [Bead((4,), (), None), Bead((5,), (4, 5), None)],
    ],
)
def test_stock_lines_become_two_pairs_not_a_merge_and_a_leftover(tail: list[Bead]) -> None:
    sims = _stock_lines(4, 2, 2)
    body = [Bead((i,), (i,), None) for i in range(4)]
    out = _split_merges(body + tail, sims, floor=0.78)
    assert [(b.src, b.tgt) for b in out] == [((i,), (i,)) for i in range(6)]


@pytest.mark.parametrize(
    ("line_sim", "split"),
    [(0.87, True), (0.5, False)],  # a leftover that is no translation of the merged line stays over
)
def test_merge_splits_only_when_both_pairs_clear_the_floor(line_sim: float, split: bool) -> None:
    sims = _stock_lines(4, 2, 2)
    sims[5, 5] = line_sim
    beads = [Bead((i,), (i,), None) for i in range(4)] + [Bead((4, 5), (4,), None), Bead((), (5,), None)]
    out = _split_merges(beads, sims, floor=0.78)
    assert (len(out) == 6 and all(b.kind == "1-1" for b in out)) is split


@pytest.mark.parametrize("merge_sim", [0.9, 0.93, 0.95])
def test_margin_dp_pairs_thanks_and_applause_one_to_one(merge_sim: float) -> None:
    """The whole relative alignment: the merged "Thank you. (Applause)" outscores either line alone.

    The margin DP then takes it as one 2-1 bead and leaves "(Beifall)" over;
    the faithful closing must still come out as two 1-1 pairs.
    """
    s11 = _stock_lines(6, 2, 2)
    s12, s21 = np.full((8, 7), 0.3), np.full((7, 8), 0.3)
    s21[6, 6], s12[6, 6] = merge_sim, 0.87
    sim = {(1, 1): s11, (1, 2): s12, (2, 1): s21}
    vecs = unit(np.random.default_rng(0), 8)
    ws, wt = np.array([80.0] * 6 + [10, 10]), np.array([80.0] * 6 + [12, 9])
    beads = relative_beads(sim, ws, wt, (vecs, vecs), margins_for("de"))
    assert [(b.src, b.tgt) for b in beads] == [((i,), (i,)) for i in range(8)]


@pytest.mark.parametrize(("own_sim", "folds"), [(0.99, True), (0.85, False)])
def test_fragment_folds_past_a_sentence_that_has_a_closer_partner(own_sim: float, folds: bool) -> None:
    """ "Can we really scale this up?" resembles "Ist das wirklich skalierbar?" (the previous
    pair) more than the merged sentence that translates it; that earlier sentence counts as its
    alternative only while its own partner is no closer to it than the fragment is."""
    rng = np.random.default_rng(3)
    e = np.linalg.qr(rng.normal(size=(16, 16)))[0].T
    frag = 0.9 * e[0] + np.sqrt(1 - 0.81) * e[1]
    nxt = e[2]
    prev_src = own_sim * e[0] + np.sqrt(1 - own_sim**2) * e[3]
    src = np.vstack([prev_src, frag, nxt])
    merged = 20 * frag + 45 * nxt
    tgt = np.vstack([e[0], merged / np.linalg.norm(merged)])
    ws, wt = np.array([30.0, 20.0, 45.0]), np.array([30.0, 65.0])
    sims = src @ tgt.T
    beads = [Bead((0,), (0,), float(sims[0, 0])), Bead((1,), (), None), Bead((2,), (1,), float(sims[2, 1]))]
    out = _fold_fragments(beads, (src, tgt), sims, ws, wt, margins_for("de"))
    assert (((1, 2), (1,)) in [(b.src, b.tgt) for b in out]) is folds


@pytest.mark.parametrize(
    ("lang", "source_lang", "most"),
    [
        ("de", "en", (2, 2)),  # sentences on both sides: 2-sentence merges
        ("th", "en", (2, MAX_PHRASES)),  # an article cut into phrases: a sentence is a run of them
        ("en", "lo", (MAX_PHRASES, 2)),
        ("th", "th", (2, 2)),
    ],
)
def test_bead_shapes_follow_phrase_segmentation(lang: str, source_lang: str, most: tuple[int, int]) -> None:
    shapes = bead_shapes(lang, source_lang)
    assert (max(a for a, _ in shapes), max(b for _, b in shapes)) == most
    assert {(1, 1), (1, 0), (0, 1)} <= set(shapes)


def test_leftover_phrases_step_over_an_omitted_sentence_to_their_own() -> None:
    """Thai: the name and "said" phrases of a sentence, left over by the DP, join that sentence's bead even
    when the source sentence before it was omitted (its 1-0 bead lies between them), and the omission stays."""
    rng = np.random.default_rng(7)
    src = unit(rng, 3)
    tgt = np.vstack([near(src[:1], rng), near(src[2:], rng, 0.6), near(src[2:], rng, 0.6), near(src[2:], rng)])
    beads = [Bead((0,), (0,), 0.9), Bead((), (1,), None), Bead((), (2,), None), Bead((1,), (), None),
             Bead((2,), (3,), 0.9)]  # fmt: skip
    weights = (np.array([40.0, 40.0, 40.0]), np.array([40.0, 10.0, 10.0, 40.0]))
    out = _fold_phrases(beads, (src, tgt), weights, margins_for("th"), is_src=False)
    assert [(b.src, b.tgt) for b in out] == [((0,), (0,)), ((1,), ()), ((2,), (1, 2, 3))]


@pytest.mark.parametrize(
    ("name_chars", "folded"),
    [
        (8.0, True),  # a name written in two short phrases, inside a translated passage, is part of it
        (40.0, False),  # two phrases as long as a sentence that match nothing may be added text: they stay over
    ],
)
def test_attributions_core_counts_a_sentences_name_phrases(name_chars: float, folded: bool) -> None:
    """Lao: name phrases embed near nothing; between two aligned beads, short ones join one of them."""
    rng = np.random.default_rng(8)
    src = unit(rng, 3)
    tgt = np.vstack([near(src[:1], rng), unit(rng, 2), near(src[1:], rng)])
    ws, wt = np.array([40.0, 40.0, 40.0]), np.array([40.0, name_chars, name_chars, 40.0, 40.0])
    sim = {(1, 1): src @ tgt.T}
    beads = core_beads(sim, ws, wt, (src, tgt), 0.5, (False, True))
    joined = sorted(j for b in beads if b.src and b.tgt for j in b.tgt)
    assert joined == ([0, 1, 2, 3, 4] if folded else [0, 3, 4])
    assert [b.src for b in beads if b.src and b.tgt] == [(0,), (1,), (2,)]
