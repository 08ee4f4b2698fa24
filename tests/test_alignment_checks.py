"""Relative alignment decisions and the omission/addition checks read off them (synthetic embeddings)."""

from __future__ import annotations

import numpy as np
import pytest
from vectors import near, unit

from mt_audit.align import Margins, align, for_language, margins_for
from mt_audit.checks import CHECKS
from mt_audit.checks.alignment import MIN_PAIRS, MIN_SOURCE_CHARS, clause_gaps, main_length
from mt_audit.checks.base import make_input

#: Settings for synthetic vectors, where unrelated sentences have cosine about 0 (not e5's 0.75).
SYNTH = Margins(prior=0.0, margin=0.2, gap=0.1, floor=0.3)


def blend(a: np.ndarray, b: np.ndarray, cos: float) -> np.ndarray:
    """A unit vector with cosine about ``cos`` to ``a``, the rest taken from ``b``."""
    v = cos * a + np.sqrt(1 - cos**2) * b
    return v / np.linalg.norm(v)


def unaligned(beads, side: str) -> set[int]:
    return {i for b in beads if not (b.src and b.tgt) for i in getattr(b, side)}


def redo(src: np.ndarray, tgt: np.ndarray, ws=None, wt=None, mg: Margins = SYNTH):
    """``align`` decided with ``mg`` (through the same path the checks use)."""
    al = align(src, tgt, ws, wt)
    from mt_audit import align as mod

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(mod, "margins_for", lambda *a, **k: mg)
        return for_language(al, "xx")


def test_substitution_in_one_gap_stays_an_omission_and_an_addition() -> None:
    rng = np.random.default_rng(5)
    src = unit(rng, 8)
    tgt = np.vstack([near(src[:3], rng), unit(rng, 1), near(src[4:], rng)])
    beads = redo(src, tgt)
    assert unaligned(beads, "src") == {3}
    assert unaligned(beads, "tgt") == {3}


def test_a_loose_translation_in_a_gap_is_paired_not_split_in_two_findings() -> None:
    rng = np.random.default_rng(6)
    src = unit(rng, 8)
    loose = blend(src[3], unit(rng, 1)[0], 0.45)  # margin over background above `gap`, below `margin`
    tgt = np.vstack([near(src[:3], rng), loose[None, :], near(src[4:], rng)])
    beads = redo(src, tgt)
    assert any(b.src == (3,) and b.tgt == (3,) for b in beads)
    assert unaligned(beads, "src") == unaligned(beads, "tgt") == set()


@pytest.mark.parametrize(
    ("fragment_chars", "related", "folded"),
    [
        (12, True, True),  # a short piece of the neighbour's sentence: folded in
        (12, False, False),  # a short unrelated credit line: stays unaligned
        (200, True, False),  # long: no fragment, whatever it resembles
    ],
)
def test_only_true_fragments_fold_into_a_neighbour(fragment_chars: int, related: bool, folded: bool) -> None:
    rng = np.random.default_rng(7)
    src = unit(rng, 6)
    main, tail = unit(rng, 2)
    src[2] = blend(main, tail, 0.9)  # the source sentence says what the article splits in two
    base = near(src, rng)
    base[2] = near(main[None, :], rng)[0]
    piece = near(tail[None, :], rng)[0] if related else unit(rng, 1)[0]
    tgt = np.vstack([base[:3], piece[None, :], base[3:]])
    wt = [100.0] * 3 + [float(fragment_chars)] + [100.0] * 3
    beads = redo(src, tgt, [100.0] * 6, wt, Margins(prior=0.0, margin=0.6, gap=0.3, floor=0.3))
    assert (3 not in unaligned(beads, "tgt")) is folded
    if folded:
        assert any(b.src == (2,) and 3 in b.tgt for b in beads)


def test_a_dropped_one_word_credit_stays_an_omission() -> None:
    rng = np.random.default_rng(8)
    src = unit(rng, 6)
    tgt = near(np.vstack([src[:2], src[3:]]), rng)
    beads = redo(src, tgt, [60.0, 60.0, 10.0, 60.0, 60.0, 60.0], [60.0] * 5)
    assert unaligned(beads, "src") == {2}


def test_unrelated_texts_align_nothing_under_calibrated_margins() -> None:
    rng = np.random.default_rng(9)
    al = align(unit(rng, 6), unit(rng, 6), lang="de")
    assert al.aligned == []


TABLE = {
    "pooled": {"prior": 0.7, "margin": 0.05, "gap": 0.02, "floor": 0.75, "k": 3},
    "scripts": {"Latn": {"prior": 0.7, "margin": 0.06, "gap": 0.03, "floor": 0.75, "k": 3}},
    "pairs": {"en-de": {"prior": 0.7, "margin": 0.07, "gap": 0.04, "floor": 0.75, "k": 3}},
}


@pytest.mark.parametrize(
    ("lang", "group"),
    [
        ("de", "pairs:en-de"),  # calibrated for the pair
        ("de-AT", "pairs:en-de"),  # a region tag reads as its language
        ("sk", "scripts:Latn"),  # no pair entry, Latin script: the family's values
        ("uk", "pooled"),  # no entry for its script either
        (None, "pooled"),  # language unknown
    ],
)
def test_margins_fall_back_from_pair_to_script_to_pooled(lang: str | None, group: str, monkeypatch) -> None:
    from mt_audit import align as mod

    monkeypatch.setattr(mod, "_margin_table", lambda: TABLE)
    assert margins_for(lang).source == group


def test_shipped_margins_are_sane() -> None:
    for lang in ("de", "zh", "hi", "sw", None):
        mg = margins_for(lang)
        assert mg.source != "built-in"  # the data file loads
        assert 0.5 < mg.floor < 0.9 and -0.1 <= mg.gap <= mg.margin < 0.3


def test_for_language_redoes_the_decision_with_the_pairs_margins() -> None:
    rng = np.random.default_rng(10)
    src = unit(rng, 6)
    tgt = near(src, rng)
    plain = align(src, tgt)
    assert plain.margins == margins_for(None)
    assert for_language(plain, "de") == align(src, tgt, lang="de").beads
    assert for_language(plain, None) is plain.beads


def _article(n: int, short: int | None, src_len: float = 120.0) -> tuple[list[float], list[float], list[float]]:
    rng = np.random.default_rng(n)
    src = [src_len] * n
    tgt = list(src_len * (1.1 + 0.03 * rng.standard_normal(n)))
    sims = list(0.9 + 0.01 * rng.standard_normal(n))
    if short is not None:
        tgt[short] *= 0.45
        sims[short] = 0.82
    return src, tgt, sims


@pytest.mark.parametrize(
    ("n", "short", "src_len", "expect"),
    [
        (10, None, 120.0, []),  # a uniform article
        (10, 4, 120.0, [4]),  # one sentence lost half its length and some similarity
        (10, 4, MIN_SOURCE_CHARS - 1, []),  # too short a source to hold a clause
        (MIN_PAIRS - 1, 1, 120.0, []),  # no baseline
    ],
)
def test_clause_gaps(n: int, short: int | None, src_len: float, expect: list[int]) -> None:
    assert [k for k, _ in clause_gaps(*_article(n, short, src_len))] == expect


def test_a_short_sentence_as_similar_as_the_rest_is_no_clause_omission() -> None:
    src, tgt, sims = _article(10, None)
    tgt[4] *= 0.45  # terse, but its similarity is the article's norm
    assert clause_gaps(src, tgt, sims) == []


def test_omission_check_reports_missing_sentences_on_a_made_alignment() -> None:
    source = "One sentence here in the source.\nAnother sentence here in the source.\nA third sentence."
    article = "Ein Satz hier.\nEin dritter Satz."
    item = make_input(article, "de", source=source, beads=[([0], [0]), ([1], []), ([2], [1])])
    found = CHECKS["omission"](item)
    assert [f.source_span for f in found] == ["Another sentence here in the source."]
    assert CHECKS["addition"](item) == []


def test_a_sentence_like_its_neighbours_partners_still_pairs_in_its_gap() -> None:
    """Its article-wide margin is low (it resembles the translations of its neighbours as much as
    its own), but inside its gap its own translation is the only candidate."""
    e = np.eye(64)
    src, tgt = e[:8].copy(), e[:8].copy()
    src[4] = e[4] + 0.8 * (e[2] + e[5])
    tgt[4] = e[4] + 0.9 * (e[3] + e[6])
    src[4] /= np.linalg.norm(src[4])
    tgt[4] /= np.linalg.norm(tgt[4])
    mg = Margins(prior=0.0, margin=0.2, gap=0.1, floor=0.3)
    from mt_audit.align import _margins, _similarities

    weights = np.full(8, 50.0)
    assert _margins(_similarities(src, tgt, weights, weights), mg)[(1, 1)][4, 4] < mg.margin  # the premise
    beads = redo(src, tgt, weights, weights, mg)
    assert any(b.src == (4,) and b.tgt == (4,) for b in beads)
    assert unaligned(beads, "src") == unaligned(beads, "tgt") == set()


def _decided(src: np.ndarray, tgt: np.ndarray, ws: list[float], wt: list[float], lang: str) -> list:
    """``align`` as the checks read it for ``lang``, with the synthetic margins."""
    from mt_audit import align as mod

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(mod, "margins_for", lambda *a, **k: SYNTH)
        return for_language(align(src, tgt, ws, wt, lang=lang), lang)


@pytest.mark.parametrize(
    ("merged_length", "pairs_both"),
    [
        (200.0, True),  # the article joined two sentences into one of their joint length: a 2-1 bead
        (100.0, False),  # one sentence's length: it translates one of them, the other is missing
    ],
)
def test_a_merge_must_fit_by_length_too(merged_length: float, pairs_both: bool) -> None:
    """Two near-paraphrases in the source both resemble the one sentence translated from them."""
    rng = np.random.default_rng(21)
    src = unit(rng, 6)
    src[3] = blend(src[2], unit(rng, 1)[0], 0.7)
    joint = src[2] + src[3]
    tgt = np.vstack([near(src[:2], rng), (joint / np.linalg.norm(joint))[None, :], near(src[4:], rng)])
    beads = _decided(src, tgt, [100.0] * 6, [100.0, 100.0, merged_length, 100.0, 100.0], "xx")
    assert (unaligned(beads, "src") == set()) is pairs_both
    assert unaligned(beads, "tgt") == set()


def _phrased(rng: np.random.Generator, src: np.ndarray, extra: np.ndarray | None) -> tuple[np.ndarray, list[float]]:
    """An article cut into phrases as Thai text is: per source sentence a content phrase, a looser
    one and a short name phrase that embeds near nothing; ``extra`` goes in after the third."""
    rows, lengths = [], []
    for k, s in enumerate(src):
        rows += [blend(s, unit(rng, 1)[0], 0.8), blend(s, unit(rng, 1)[0], 0.6), unit(rng, 1)[0]]
        lengths += [40.0, 30.0, 8.0]
        if k == 2 and extra is not None:
            rows.append(extra)
            lengths.append(90.0)
    return np.vstack(rows), lengths


@pytest.mark.parametrize("inserted", [False, True])
def test_phrases_join_their_sentence_and_an_inserted_sentence_stays_over(inserted: bool) -> None:
    rng = np.random.default_rng(22)
    src = unit(rng, 5)
    extra = unit(rng, 1)[0] if inserted else None
    tgt, lengths = _phrased(rng, src, extra)
    beads = _decided(src, tgt, [80.0] * 5, lengths, "th")
    assert unaligned(beads, "src") == set()
    assert unaligned(beads, "tgt") == ({9} if inserted else set())


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("The WHO (World Health Organization) met today.", len("The WHO met today.")),
        ("Prices rose [by 4%] and (again) fell.", len("Prices rose and fell.")),
        ("She said „yes“ twice.", len("She said „yes“ twice.")),  # quotation marks are no aside
        ("No aside here, only a clause.", len("No aside here, only a clause.")),
    ],
)
def test_main_length_leaves_out_bracketed_asides(text: str, length: int) -> None:
    assert main_length(text) == length
