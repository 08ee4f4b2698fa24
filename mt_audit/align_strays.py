"""A sentence a merge bead took in that is no part of its partner: a short closing question, an inserted line.

The DP may join a short sentence to its neighbour's bead (1-2 or 2-1): a short sentence barely moves the
joined vector, and a question of one story resembles every sentence of another on the same subject, so
the join can even raise the bead's similarity. A dropped closing question then hides in the bead before
it, and a line inserted beside a sentence joins its translation. A part whose nearest sentence on the other
side lies outside the bead, and whose similarity to the bead's single sentence is well below the article's
own pairs, is left over: an omission or an addition, as the checks read it. Only when the whole bead's length
ratio lies outside the article's own spread (Gale-Church, as :mod:`mt_audit.anchors` reads lone gaps) and the
pair left fits better: a sentence the article broke in two (a full stop before a list of names) keeps both
halves, since its partner's length needs them.
"""

from __future__ import annotations

import numpy as np

from mt_audit.anchors import LENGTH_Z, MIN_LENGTH_PAIRS
from mt_audit.types import Bead

#: How far below the median similarity of the article's 1-1 beads a part's similarity to its partner must lie.
STRAY_DROP = 0.03
#: Fewest 1-1 beads that make the article's medians (:data:`mt_audit.anchors.MIN_LENGTH_PAIRS`, as lone gaps need).
MIN_PAIRS = MIN_LENGTH_PAIRS


def unfold_strays(
    beads: list[Bead],
    sims: np.ndarray,
    phrases: tuple[bool, bool] = (False, False),
    weights: tuple[np.ndarray, np.ndarray] | None = None,
    norm: tuple[float, float] | None = None,
) -> list[Bead]:
    """``beads`` with each 2-1 or 1-2 bead's stray part (see module docstring) left unaligned beside the pair the
    other part makes; a side cut into phrases (Thai) keeps its merges, which join one sentence's phrases.
    ``weights`` are the sides' sentence lengths (the article's scaled to the source's total), ``norm`` the median
    log length ratio of the article's 1-1 beads and its robust spread (:func:`mt_audit.align._length_norm`)."""
    pairs = [sims[b.src[0], b.tgt[0]] for b in beads if len(b.src) == len(b.tgt) == 1]
    if len(pairs) < MIN_PAIRS:
        return beads
    bar = float(np.median(pairs)) - STRAY_DROP
    out: list[Bead] = []
    for b in beads:
        parts = _unfolded(b, sims, bar, phrases)
        fits = len(parts) == 1 or weights is None or norm is None or _keep_fits(b, parts, weights, norm)
        out += parts if fits else [b]
    return out


def _keep_fits(bead: Bead, parts: list[Bead], weights: tuple, spread: tuple[float, float]) -> bool:
    """Whether the whole bead's length ratio lies outside the article's spread and the pair left fits better."""
    pair = next(p for p in parts if p.src and p.tgt)
    ws, wt = weights
    med, width = spread
    whole = abs(_log_ratio(ws[list(bead.src)], wt[list(bead.tgt)]) - med)
    return whole > LENGTH_Z * width and abs(_log_ratio(ws[list(pair.src)], wt[list(pair.tgt)]) - med) < whole


def _log_ratio(src: np.ndarray, tgt: np.ndarray) -> float:
    return float(np.log(max(float(tgt.sum()), 1e-9) / max(float(src.sum()), 1e-9)))


def _unfolded(b: Bead, sims: np.ndarray, bar: float, phrases: tuple[bool, bool]) -> list[Bead]:
    """The bead, or its pair and its stray part in order."""
    many_src = len(b.src) == 2 and len(b.tgt) == 1
    if not (many_src or (len(b.tgt) == 2 and len(b.src) == 1)) or phrases[0 if many_src else 1]:
        return [b]
    many, one = (b.src, b.tgt[0]) if many_src else (b.tgt, b.src[0])
    row = sims if many_src else sims.T  # row[part] is a part's similarity to every sentence of the other side
    strays = [p for p in many if int(row[p].argmax()) != one and row[p, one] < bar]
    if len(strays) != 1:
        return [b]
    keep = next(p for p in many if p != strays[0])
    pair = Bead((keep,), (one,), float(row[keep, one])) if many_src else Bead((one,), (keep,), float(row[keep, one]))
    left = Bead((strays[0],), (), None) if many_src else Bead((), (strays[0],), None)
    return [pair, left] if strays[0] > keep else [left, pair]
