"""Fluency scars that machine translation and stripped markup leave in running text.

Three checks read the article alone: :mod:`punctuation` (conventions from
CLDR), :mod:`repetition` and :mod:`segmentation` (which also reads the sentence
alignment when there is one). They live in their own modules; this one keeps
the names the registry imports.
"""

from __future__ import annotations

from mt_audit.checks.punctuation import punctuation
from mt_audit.checks.repetition import repetition
from mt_audit.checks.segmentation import segmentation

__all__ = ["punctuation", "repetition", "segmentation"]
