"""Lexical scores agree with sacrebleu and carry honest intervals."""

from __future__ import annotations

import pytest
import sacrebleu

from mt_audit.score import METRICS, LexicalScorer

HYPS = ["the cat sat on the mat", "a dog barked loudly", "", "it rained all day long"]
REFS = ["the cat sat on the mat", "the dog barked", "an omitted sentence", "it was raining all day"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("bleu", sacrebleu.corpus_bleu(HYPS, [REFS]).score),
        ("chrf", sacrebleu.corpus_chrf(HYPS, [REFS]).score),
        ("ter", sacrebleu.corpus_ter(HYPS, [REFS]).score),
    ],
)
def test_document_scores_match_sacrebleu(name: str, expected: float) -> None:
    score = LexicalScorer(n_bootstrap=200).document(HYPS, REFS)[name]
    assert score.value == pytest.approx(expected, abs=0.01)
    assert score.low is not None and score.high is not None
    assert score.low <= score.high


@pytest.mark.parametrize(
    ("hyp", "ref", "bleu", "ter"),
    [("a b c d", "a b c d", 100.0, 0.0), ("x y z", "a b c", 0.0, 100.0)],
)
def test_sentence_scores_table(hyp: str, ref: str, bleu: float, ter: float) -> None:
    s = LexicalScorer().sentence(hyp, ref)
    assert s["bleu"] == pytest.approx(bleu)
    assert s["ter"] == pytest.approx(ter)


def test_bootstrap_is_deterministic_and_signed() -> None:
    a = LexicalScorer(n_bootstrap=300).document(HYPS * 3, REFS * 3)
    b = LexicalScorer(n_bootstrap=300).document(HYPS * 3, REFS * 3)
    assert a == b
    sig = LexicalScorer(n_bootstrap=300).signatures()
    assert sig["bleu"].startswith("nrefs:1|") and "version:" in sig["bleu"] and "bs300" in sig["bleu"]


def test_identical_segments_have_a_degenerate_interval() -> None:
    s = LexicalScorer(n_bootstrap=100).document(["same words here"] * 4, ["same words here"] * 4)["chrf"]
    assert s.value == s.low == s.high == 100.0


@pytest.mark.parametrize("metric_cls", METRICS)
def test_vectorized_bootstrap_formula_equals_sacrebleu(metric_cls) -> None:
    """The vectorized scores agree with sacrebleu's own, row by row, edge cases included."""
    import numpy as np

    metric = metric_cls()
    hyps = HYPS + ["", "a", "the cat", "one two three four five six", "x"]
    refs = REFS + ["", "", "the cat", "one two three four five", "y z"]
    stats = np.asarray(metric._metric._extract_corpus_statistics(hyps, [refs]), dtype=float)
    rng = np.random.default_rng(7)
    rows = [stats[i] for i in range(len(stats))]  # single segments: zeros, empties
    rows += [rng.integers(0, 3, size=len(stats)) @ stats for _ in range(200)]
    sums = np.stack(rows)
    fast = metric.batch_from_stats(sums)
    slow = [metric._metric._compute_score_from_stats(list(r)).score for r in sums]
    np.testing.assert_allclose(fast, slow, rtol=1e-9, atol=1e-9)
