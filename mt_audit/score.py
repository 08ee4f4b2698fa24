"""Lexical scores of a back-translation against the English source (sacrebleu).

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

N_BOOTSTRAP = 1000
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

    def __init__(self) -> None:
        self._metric = self._build()
        # sacrebleu learns the number of references on first use; the
        # signature needs it even when a run scores nothing.
        self._metric.corpus_score(["x"], [["x"]])

    def _build(self) -> Any:
        raise NotImplementedError

    def corpus(self, hyps: Sequence[str], refs: Sequence[str], n_bootstrap: int = N_BOOTSTRAP) -> Score:
        """Score segments as one document, with a percentile bootstrap interval when n > 1.

        Resampling sums sacrebleu's per-segment sufficient statistics, exactly
        as sacrebleu's own bootstrap does, with its fixed seed.
        """
        value = round(float(self._metric.corpus_score(list(hyps), [list(refs)]).score), 2)
        if not n_bootstrap or len(hyps) < 2:
            return Score(value)
        stats = np.asarray(self._metric._extract_corpus_statistics(list(hyps), [list(refs)]), dtype=float)
        rng = np.random.default_rng(BOOTSTRAP_SEED)
        idx = rng.integers(0, len(hyps), size=(n_bootstrap, len(hyps)))
        counts = np.zeros((n_bootstrap, len(hyps)))
        np.add.at(counts, (np.arange(n_bootstrap)[:, None], idx), 1)
        sums = counts @ stats
        scores = [float(self._metric._compute_score_from_stats(list(row)).score) for row in sums]
        low, high = np.percentile(scores, [2.5, 97.5])
        return Score(value, round(float(low), 2), round(float(high), 2))

    def sentence(self, hyp: str, ref: str) -> float:
        return round(self._metric.sentence_score(hyp, [ref]).score, 2)

    def signature(self, n_bootstrap: int = N_BOOTSTRAP) -> str:
        sig = str(self._metric.get_signature())
        return f"{sig}|ci:percentile-bs{n_bootstrap}-seed{BOOTSTRAP_SEED}" if n_bootstrap else sig


class Bleu(LexicalMetric):
    name = "bleu"

    def _build(self) -> Any:
        from sacrebleu.metrics import BLEU

        return BLEU(effective_order=True)


class Chrf(LexicalMetric):
    name = "chrf"

    def _build(self) -> Any:
        from sacrebleu.metrics import CHRF

        return CHRF()


class Ter(LexicalMetric):
    name = "ter"

    def _build(self) -> Any:
        from sacrebleu.metrics import TER

        return TER()


METRICS: tuple[type[LexicalMetric], ...] = (Bleu, Chrf, Ter)


class LexicalScorer:
    """All lexical metrics at once, built once per run."""

    def __init__(self, n_bootstrap: int = N_BOOTSTRAP) -> None:
        self.metrics = [m() for m in METRICS]
        self.n_bootstrap = n_bootstrap

    def document(self, hyps: Sequence[str], refs: Sequence[str]) -> dict[str, Score]:
        return {m.name: m.corpus(hyps, refs, self.n_bootstrap) for m in self.metrics}

    def sentence(self, hyp: str, ref: str) -> dict[str, float]:
        return {m.name: m.sentence(hyp, ref) for m in self.metrics}

    def signatures(self) -> dict[str, str]:
        return {m.name: m.signature(self.n_bootstrap) for m in self.metrics}
