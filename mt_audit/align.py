"""Monotonic sentence alignment over embedding similarity (vecalign/bertalign family).

Dynamic programming picks the sequence of beads (1-1, 1-2, 2-1, 1-0, 0-1)
that maximizes the summed gain ``(similarity - threshold) × weight``. A pair
of sentences is aligned only when its similarity beats ``threshold``, so
unaligned sentences, the omissions and additions, fall out of the same
optimisation instead of a separate heuristic. Merged beads use the
length-weighted sum of their sentence embeddings, a cheap stand-in for
embedding the concatenation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from mt_audit.types import Bead

#: Sentence-pair similarity above which two sentences count as translations,
#: for multilingual-e5-small; calibrated on DEMETR (scripts/eval_demetr.py).
DEFAULT_THRESHOLD = 0.82
MERGE_PENALTY = 0.02
#: How far below the threshold a fragment may be and still fold into its bead.
ABSORB_MARGIN = 0.08
#: How much a fold may lower the bead's similarity.
ABSORB_DROP = 0.01
BEAD_SHAPES = ((1, 1), (1, 2), (2, 1), (1, 0), (0, 1))


@dataclass(frozen=True)
class Alignment:
    """Beads in order, with the similarity matrix they were drawn from.

    ``core`` are the beads the DP chose; ``beads`` the same after stray
    fragments were folded into their neighbours. Attribution scores use
    ``core`` (folding would let loosely related texts gain coverage);
    reports use ``beads``.
    """

    beads: list[Bead]
    sims: np.ndarray
    threshold: float
    core: list[Bead]

    @property
    def aligned(self) -> list[Bead]:
        return [b for b in self.beads if b.src and b.tgt]


def _pairs(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Length-weighted sums of consecutive rows: embeddings of 2-sentence merges.

    Weighting by length approximates embedding the concatenated text: a short
    fragment split off a sentence barely moves the merged vector.
    """
    if len(x) < 2:
        return np.zeros((0, x.shape[1] if x.ndim == 2 else 0), dtype=np.float32)
    s = x[:-1] * w[:-1, None] + x[1:] * w[1:, None]
    return s / np.maximum(np.linalg.norm(s, axis=1, keepdims=True), 1e-9)


def align(
    src: np.ndarray,
    tgt: np.ndarray,
    src_weights: Sequence[float] | None = None,
    tgt_weights: Sequence[float] | None = None,
    threshold: float = DEFAULT_THRESHOLD,
) -> Alignment:
    """Align source rows to target rows; weights are sentence lengths."""
    n, m = len(src), len(tgt)
    ws = np.ones(n) if src_weights is None else np.asarray(src_weights, dtype=float)
    wt = np.ones(m) if tgt_weights is None else np.asarray(tgt_weights, dtype=float)
    if n and m and wt.sum() > 0:
        wt = wt * (ws.sum() / wt.sum())
    sims = src @ tgt.T if n and m else np.zeros((n, m), dtype=np.float32)
    s2, t2 = _pairs(src, ws), _pairs(tgt, wt)
    sim12 = src @ t2.T if n and len(t2) else None
    sim21 = s2 @ tgt.T if len(s2) and m else None
    sim = {(1, 1): sims, (1, 2): sim12, (2, 1): sim21}
    neg = -1e18
    best = np.full((n + 1, m + 1), neg)
    back = np.zeros((n + 1, m + 1), dtype=np.int8)
    best[0, 0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if i == 0 and j == 0:
                continue
            top, arg = neg, -1
            for k, (a, b) in enumerate(BEAD_SHAPES):
                if i < a or j < b:
                    continue
                prev = best[i - a, j - b]
                if prev == neg:
                    continue
                if a == 0 or b == 0:
                    gain = 0.0
                else:
                    matrix = sim[(a, b)]
                    s = float(matrix[i - a, j - b])  # type: ignore[index]
                    w = ws[i - a : i].sum() + wt[j - b : j].sum()
                    gain = (s - threshold) * w - (0.0 if a == b == 1 else MERGE_PENALTY * w)
                if prev + gain > top:
                    top, arg = prev + gain, k
            best[i, j], back[i, j] = top, arg
    beads: list[Bead] = []
    i, j = n, m
    while i or j:
        a, b = BEAD_SHAPES[back[i, j]]
        src_ids, tgt_ids = tuple(range(i - a, i)), tuple(range(j - b, j))
        similarity = float(sim[(a, b)][i - a, j - b]) if a and b else None  # type: ignore[index]
        beads.append(Bead(src_ids, tgt_ids, similarity))
        i, j = i - a, j - b
    beads.reverse()
    refined = _absorb_fragments(beads, src, tgt, ws, wt, sims, threshold)
    return Alignment(refined, sims, threshold, beads)


def _absorb_fragments(
    beads: list[Bead],
    src: np.ndarray,
    tgt: np.ndarray,
    ws: np.ndarray,
    wt: np.ndarray,
    sims: np.ndarray,
    threshold: float,
) -> list[Bead]:
    """Fold a sentence fragment into the neighbouring bead it belongs to.

    When one side splits a sentence the other keeps whole (a stray full stop
    before a list of names), the fragment alone may fall below the threshold
    and the DP leaves it unaligned. It is folded in when it is close to the
    adjacent bead's other side and folding it in barely lowers that bead's
    similarity; a real addition of any length lowers it more.
    """
    out = list(beads)
    k = 0
    while k < len(out):
        b = out[k]
        if b.src and b.tgt:
            k += 1
            continue
        near = [n for n in (k - 1, k + 1) if 0 <= n < len(out) and out[n].src and out[n].tgt]
        merged = False
        for n in near:
            nb = out[n]
            s_ids = tuple(sorted(nb.src + b.src))
            t_ids = tuple(sorted(nb.tgt + b.tgt))
            close = max(float(sims[i, j]) for i in s_ids for j in t_ids if i in b.src or j in b.tgt)
            merged_sim = _merged_similarity(src, tgt, ws, wt, s_ids, t_ids)
            if close >= threshold - ABSORB_MARGIN and merged_sim >= (nb.similarity or 0.0) - ABSORB_DROP:
                out[n] = Bead(s_ids, t_ids, merged_sim)
                del out[k]
                merged = True
                break
        if not merged:
            k += 1
    return out


def _merged_similarity(
    src: np.ndarray, tgt: np.ndarray, ws: np.ndarray, wt: np.ndarray, s_ids: tuple[int, ...], t_ids: tuple[int, ...]
) -> float:
    a = (src[list(s_ids)] * ws[list(s_ids), None]).sum(axis=0)
    b = (tgt[list(t_ids)] * wt[list(t_ids), None]).sum(axis=0)
    return float(a @ b / max(float(np.linalg.norm(a) * np.linalg.norm(b)), 1e-12))
