"""Aligned sentences whose meaning departs from the source, judged against the article's own norm.

A translation's sentences resemble their sources to a degree that depends on
the language pair, the engine and the embedder; an absolute cut-off would
flag whole languages. So each article is its own baseline: a pair is an
outlier when its embedding similarity (and, with a back-translation, its chrF)
falls far below the article's median, measured in robust spreads (MAD).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import numpy as np

from mt_audit.checks.base import CheckInput, Emitter, Pair, check
from mt_audit.robust import robust
from mt_audit.types import Finding

#: Fewer aligned pairs than this give no usable baseline.
MIN_PAIRS = 5
#: How many robust standard deviations below the median make an outlier.
Z = 3.0
#: Floors on the spread, so that a very uniform article does not flag small dips.
MIN_SIM_SPREAD, MIN_CHRF_SPREAD = 0.03, 6.0
#: Above these a pair is never a mistranslation, whatever the article's norm.
MAX_SIM, MAX_CHRF = 0.86, 45.0


@lru_cache(maxsize=1)
def _chrf():
    from sacrebleu.metrics import CHRF

    return CHRF()


@check("mistranslation", "accuracy/mistranslation", severity="major")
def mistranslation(item: CheckInput, emit: Emitter) -> Iterator[Finding]:
    """An aligned sentence far less similar to its source than the rest of the article."""
    pairs = [p for p in item.pairs() if p.similarity is not None]
    if len(pairs) < MIN_PAIRS:
        return
    sims = np.array([p.similarity for p in pairs], dtype=float)
    sim_med, sim_spread = robust(sims, MIN_SIM_SPREAD)
    outliers = [k for k in range(len(pairs)) if sims[k] < MAX_SIM and (sim_med - sims[k]) / sim_spread >= Z]
    if not outliers:
        return
    # chrF only once a similarity outlier exists: it is the costly half of the check.
    chrfs = np.array([_sentence_chrf(p) for p in pairs]) if all(p.backtranslation for p in pairs) else None
    if chrfs is not None:
        chrf_med, chrf_spread = robust(chrfs, MIN_CHRF_SPREAD)
    for k in outliers:
        p = pairs[k]
        detail = f"similarity {sims[k]:.2f} against the article's median {sim_med:.2f}"
        if chrfs is not None:
            if chrfs[k] >= MAX_CHRF or (chrf_med - chrfs[k]) / chrf_spread < Z:
                continue
            detail += f"; back-translation chrF {chrfs[k]:.1f} against {chrf_med:.1f}"
        yield emit.at(
            p.start,
            p.end,
            f"This sentence departs in meaning from its source ({detail}): “{_clip(p.source)}”",
            sentence_index=p.tgt[0],
            source_span=p.source,
        )


def _sentence_chrf(p: Pair) -> float:
    return float(_chrf().sentence_score(p.backtranslation, [p.source]).score)


def _clip(text: str, n: int = 80) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
