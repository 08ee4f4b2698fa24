"""Lexical scores (sacrebleu): of a back-translation against the English source, and of an article against
a human reference in its own language.

One small class per metric, each carrying sacrebleu's own signature so a
number can be reproduced. Document scores treat each alignment bead as a
segment (an omission is an empty hypothesis, an addition an empty reference),
so omissions and additions cost what they should; the 95% interval is
sacrebleu's bootstrap over those segments with its fixed seed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np

from mt_audit.languages import language
from mt_audit.settings import N_BOOTSTRAP as N_BOOTSTRAP  # the one home of defaults; re-exported

BOOTSTRAP_SEED = 12345


@dataclass(frozen=True)
class Score:
    """A corpus score with its bootstrap 95% interval (``None`` when not computed)."""

    value: float
    low: float | None = None
    high: float | None = None


class LexicalMetric:
    """Wraps one sacrebleu metric; subclasses name it and build it."""

    name: ClassVar[str]

    def __init__(self, lang: str = "") -> None:
        """``lang``: the language of the texts scored ("" for the English of back-translations)."""
        self.lang = lang
        self._metric = self._build()
        # sacrebleu learns the number of references on first use; the
        # signature needs it even when a run scores nothing.
        self._metric.corpus_score(["x"], [["x"]])

    def _build(self) -> Any:
        raise NotImplementedError

    def evaluate(
        self, hyps: Sequence[str], refs: Sequence[str], n_bootstrap: int = N_BOOTSTRAP
    ) -> tuple[Score, list[float]]:
        """Document score with its interval, and one score per segment.

        sacrebleu's per-segment sufficient statistics are extracted once (TER's
        are costly) and reused: summed for the document, row by row for the
        segments, and resampled for a percentile bootstrap with a fixed seed,
        exactly as sacrebleu's own bootstrap resamples them.
        """
        stats = np.asarray(self._metric._extract_corpus_statistics(list(hyps), [list(refs)]), dtype=float)
        segments = [round(float(x), 2) for x in self.batch_from_stats(stats)]
        value = round(float(self.batch_from_stats(stats.sum(axis=0, keepdims=True))[0]), 2)
        if not n_bootstrap or len(hyps) < 2:
            return Score(value), segments
        rng = np.random.default_rng(BOOTSTRAP_SEED)
        idx = rng.integers(0, len(hyps), size=(n_bootstrap, len(hyps)))
        counts = np.zeros((n_bootstrap, len(hyps)))
        np.add.at(counts, (np.arange(n_bootstrap)[:, None], idx), 1)
        low, high = np.percentile(self.batch_from_stats(counts @ stats), [2.5, 97.5])
        return Score(value, round(float(low), 2), round(float(high), 2)), segments

    def batch_from_stats(self, sums: np.ndarray) -> np.ndarray:
        """Scores of many summed-statistics rows; subclasses vectorize sacrebleu's formula."""
        return np.array([float(self._metric._compute_score_from_stats(list(row)).score) for row in sums])

    def signature(self, n_bootstrap: int = N_BOOTSTRAP) -> str:
        sig = str(self._metric.get_signature())
        return f"{sig}|ci:percentile-bs{n_bootstrap}-seed{BOOTSTRAP_SEED}" if n_bootstrap else sig


class Bleu(LexicalMetric):
    name = "bleu"

    def _build(self) -> Any:
        from sacrebleu.metrics import BLEU

        return BLEU(effective_order=True, tokenize=bleu_tokenizer(self.lang))

    def batch_from_stats(self, sums: np.ndarray) -> np.ndarray:
        """sacrebleu's ``compute_bleu`` (exp smoothing, effective order) on rows at once."""
        m = self._metric
        if m.smooth_method != "exp" or not m.effective_order:
            return super().batch_from_stats(sums)
        order = m.max_ngram_order
        sys_len, ref_len = sums[:, 0], sums[:, 1]
        correct, total = sums[:, 2 : 2 + order], sums[:, 2 + order :]
        with np.errstate(divide="ignore", invalid="ignore"):
            bp = np.where(sys_len >= ref_len, 1.0, np.where(sys_len > 0, np.exp(1 - ref_len / sys_len), 0.0))
            active = np.cumprod(total > 0, axis=1).astype(bool)  # orders before the first empty one
            zero = (correct == 0) & active
            smooth = 2.0 ** np.cumsum(zero, axis=1)
            prec = np.where(zero, 100.0 / (smooth * total), 100.0 * correct / total)
            logs = np.where(active, np.log(np.where(active, prec, 1.0)), 0.0)
            eff = active.sum(axis=1)
            score = bp * np.exp(logs.sum(axis=1) / np.maximum(eff, 1))
        return np.where((correct.sum(axis=1) == 0) | (eff == 0), 0.0, score)


class Chrf(LexicalMetric):
    name = "chrf"

    def _build(self) -> Any:
        from sacrebleu.metrics import CHRF

        return CHRF()

    def batch_from_stats(self, sums: np.ndarray) -> np.ndarray:
        """sacrebleu's chrF F-score (effective-order averaging) on rows at once."""
        m = self._metric
        if m.eps_smoothing:
            return super().batch_from_stats(sums)
        eps, factor = 1e-16, m.beta**2
        hyp, ref, match = sums[:, 0::3], sums[:, 1::3], sums[:, 2::3]
        with np.errstate(divide="ignore", invalid="ignore"):
            prec = np.where(hyp > 0, match / hyp, eps)
            rec = np.where(ref > 0, match / ref, eps)
            used = (hyp > 0) & (ref > 0)
            eff = used.sum(axis=1)
            avg_p = np.where(eff > 0, (prec * used).sum(axis=1) / np.maximum(eff, 1), 0.0)
            avg_r = np.where(eff > 0, (rec * used).sum(axis=1) / np.maximum(eff, 1), 0.0)
            score = 100 * (1 + factor) * avg_p * avg_r / (factor * avg_p + avg_r)
        return np.where(avg_p + avg_r > 0, score, 0.0)


class Ter(LexicalMetric):
    name = "ter"

    def _build(self) -> Any:
        from sacrebleu.metrics import TER

        if self.lang and not language(self.lang).spaced:  # one "word" per sentence otherwise
            return TER(normalized=True, asian_support=True)
        return TER()

    def batch_from_stats(self, sums: np.ndarray) -> np.ndarray:
        """Edits per reference word, with sacrebleu's conventions for empty references."""
        edits, ref = sums[:, 0], sums[:, 1]
        with np.errstate(divide="ignore", invalid="ignore"):
            return 100 * np.where(ref > 0, edits / ref, np.where(edits > 0, 1.0, 0.0))


METRICS: tuple[type[LexicalMetric], ...] = (Bleu, Chrf, Ter)


def bleu_tokenizer(lang: str) -> str | None:
    """sacrebleu's BLEU tokenizer for texts in ``lang`` (None: its default, 13a).

    sacrebleu's own choice (``zh``, ``ja-mecab``, ``ko-mecab``) where it has
    one and its package is installed; characters for other scripts written
    without spaces, and where MeCab is missing (flores200 would need a
    download). The signature names the tokenizer, so scores stay comparable.
    """
    from sacrebleu.metrics import BLEU

    if not lang:
        return None
    chosen = BLEU._TOKENIZER_MAP.get(lang)
    if chosen is not None:
        try:
            BLEU(tokenize=chosen)
            return chosen
        except (ImportError, RuntimeError):  # sacrebleu's MeCab tokenizers raise RuntimeError without MeCab
            return "char"
    return None if language(lang).spaced else "char"


class LexicalScorer:
    """All lexical metrics at once, built once per run (and once per language scored against references)."""

    def __init__(self, n_bootstrap: int = N_BOOTSTRAP, lang: str = "") -> None:
        self.metrics = [m(lang) for m in METRICS]
        self.n_bootstrap = n_bootstrap
        self.lang = lang

    def document(self, hyps: Sequence[str], refs: Sequence[str]) -> dict[str, Score]:
        return self.evaluate(hyps, refs)[0]

    def evaluate(self, hyps: Sequence[str], refs: Sequence[str]) -> tuple[dict[str, Score], list[dict[str, float]]]:
        """Document scores per metric and, per segment, every metric's score."""
        results = {m.name: m.evaluate(hyps, refs, self.n_bootstrap) for m in self.metrics}
        segments = [{name: seg[k] for name, (_, seg) in results.items()} for k in range(len(hyps))]
        return {name: doc for name, (doc, _) in results.items()}, segments

    def sentence(self, hyp: str, ref: str) -> dict[str, float]:
        """Every metric's score of one segment (the same path as document scoring)."""
        return self.evaluate([hyp], [ref])[1][0]

    def signatures(self) -> dict[str, str]:
        return {m.name: m.signature(self.n_bootstrap) for m in self.metrics}
