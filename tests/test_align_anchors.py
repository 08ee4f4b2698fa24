"""The aligner pairs a lone gap whose two sentences share a figure (:func:`mt_audit.align.anchored`), in its own
beads and in those :func:`mt_audit.align.for_language` redoes; attribution scores the alignment before it."""

from __future__ import annotations

import numpy as np
import pytest

from mt_audit.align import align, anchored, for_language
from mt_audit.attribute import attribution
from mt_audit.types import Bead

SOURCE = ["One.", "Two.", "The park covers 48 square kilometres of pine.", "Four.", "Five."]
PAIRED = ["Yksi.", "Kaksi.", "Puisto kattaa 48 neliökilometriä mäntymetsää.", "Neljä.", "Viisi."]
OTHER_FIGURE = [*PAIRED[:2], "Puisto kattaa 49 neliökilometriä mäntymetsää.", *PAIRED[3:]]


def _vectors(sim: float) -> tuple[np.ndarray, np.ndarray]:
    """Five sentences a side, each the other's copy but the middle one, at cosine ``sim`` to its partner."""
    rng = np.random.default_rng(7)
    src = rng.normal(size=(5, 64))
    src /= np.linalg.norm(src, axis=1, keepdims=True)
    noise = rng.normal(size=64)
    noise -= (noise @ src[2]) * src[2]
    noise /= np.linalg.norm(noise)
    tgt = src.copy()
    tgt[2] = sim * src[2] + np.sqrt(1 - sim * sim) * noise
    return src, tgt


@pytest.mark.parametrize(
    ("article", "sim", "lang", "paired"),
    [
        (PAIRED, 0.76, "fi", True),  # under the floor, over unrelated sentences' similarity: the figure ties them
        (PAIRED, 0.76, "zh", True),  # another language pair's margins, redone by for_language: still paired
        (OTHER_FIGURE, 0.76, "fi", False),  # no figure in common
        (PAIRED, 0.50, "fi", False),  # less alike than unrelated sentences
    ],
)
def test_the_aligner_pairs_a_lone_gap_sharing_a_figure(article: list[str], sim: float, lang: str, paired: bool) -> None:
    src, tgt = _vectors(sim)
    al = align(src, tgt, lang="fi")
    assert Bead((2,), (), None) in al.beads  # the embedding alone leaves the pair over
    beads = for_language(anchored(al, (SOURCE, article)), lang)
    assert any(b.src == (2,) and b.tgt == (2,) for b in beads) is paired
    assert len(beads) == (5 if paired else 6)


def test_attribution_scores_before_the_figures_pair_the_gap() -> None:
    src, tgt = _vectors(0.76)
    lengths = [float(len(s)) for s in SOURCE]
    plain = attribution(src, tgt, lengths, lengths, lang="fi")
    tied = attribution(src, tgt, lengths, lengths, lang="fi", texts=(SOURCE, PAIRED))
    assert (tied.score, tied.coverage) == (plain.score, plain.coverage)
    assert len(tied.alignment.aligned) == len(plain.alignment.aligned) + 1
