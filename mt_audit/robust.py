"""Median and robust spread: how the alignment and its checks read an article's own typical value.

A dropped or inserted sentence is an outlier of the article's length ratios and similarities; the median
and the median absolute deviation (scaled by 1.4826 to a normal's standard deviation) ignore it, where a
mean and a standard deviation would move with it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

#: The median absolute deviation times this estimates a normal distribution's standard deviation.
MAD_TO_SD = 1.4826


def robust(values: Sequence[float] | np.ndarray, floor: float, ceiling: float = float("inf")) -> tuple[float, float]:
    """The median of ``values`` and their robust spread, held within [``floor``, ``ceiling``]."""
    arr = np.asarray(values, dtype=float)
    med = float(np.median(arr))
    return med, min(max(MAD_TO_SD * float(np.median(np.abs(arr - med))), floor), ceiling)
