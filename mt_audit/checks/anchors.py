"""Sentences the aligner left over that are each other's after all: one a side in a gap, sharing a figure.

Alignment is monotonic, so a source sentence and an article sentence left over alone between two aligned
beads have no other partner. A dense sentence of compounds (Finnish "neliökilometriä mäntymetsää") may embed
below the pair's floor; a figure both write is the evidence the embedding lacks. Split from
:mod:`mt_audit.checks.alignment` so that the pairs every check reads (:meth:`~mt_audit.checks.base.CheckInput.pairs`)
and the omission and addition checks agree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from mt_audit.align import margins_for
from mt_audit.types import Bead

if TYPE_CHECKING:
    from mt_audit.checks.base import CheckInput

#: Digits a figure needs to tie two sentences: "32" is rarely in both by chance, "5" often is.
ANCHOR_DIGITS = 2
_FIGURE = regex.compile(r"\d+")


def anchored_gaps(item: CheckInput, beads: list[Bead]) -> list[Bead]:
    """``beads`` with each gap of one source and one article sentence, between aligned beads, paired when the two
    share a figure of :data:`ANCHOR_DIGITS` or more and their similarity clears the pair's prior (that of
    unrelated sentences). Alignment is monotonic, so they have no other partner; a dense sentence of compounds
    (Finnish "neliökilometriä mäntymetsää") may embed below the floor, and its figure is the evidence."""
    assert item.attribution is not None and item.source is not None
    sims, prior = item.attribution.alignment.sims, margins_for(item.lang, item.source_text_lang).prior
    out: list[Bead] = []
    k = 0
    while k < len(beads):
        pair = _lone_gap(beads, k)
        if pair is not None:
            i, j = pair
            src, art = item.source.sentences[i].text, item.sentences[j]
            if sims[i, j] >= prior and _figures(src) & _figures(item.norm.text[art.start : art.end]):
                out.append(Bead((i,), (j,), float(sims[i, j])))
                k += 2
                continue
        out.append(beads[k])
        k += 1
    return out


def _lone_gap(beads: list[Bead], k: int) -> tuple[int, int] | None:
    """(source, article) sentence of a gap at ``k`` of one unaligned sentence a side, aligned beads around it."""
    if k + 1 >= len(beads):
        return None
    a, b = beads[k], beads[k + 1]
    src, art = (a, b) if a.src else (b, a)
    if len(src.src) != 1 or src.tgt or len(art.tgt) != 1 or art.src:
        return None
    around = beads[k - 1 : k] + beads[k + 2 : k + 3]
    return (src.src[0], art.tgt[0]) if all(c.src and c.tgt for c in around) else None


def _figures(text: str) -> set[int]:
    """The figures of :data:`ANCHOR_DIGITS` digits or more in ``text``, in any script's digits."""
    return {int(f) for f in _FIGURE.findall(text) if len(f) >= ANCHOR_DIGITS}
