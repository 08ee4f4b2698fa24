"""Alignment without the embedding model: by sentence length (Gale and Church) and anchors both sides write.

Where the embedding model has no vocabulary for an article's script (Tibetan, Dhivehi: every letter reads as
its unknown token), sentence similarities say nothing, and the omission, addition and number checks, which
read the alignment, had nothing to read. A translation still keeps the order and, roughly, the length of its
source's sentences (Gale and Church 1993 aligned parliamentary proceedings by character counts alone), and
it writes some things as the source does: figures, words in Latin letters (names, brands), question and
exclamation marks, quotation marks. Those anchors, and the article's own length ratio, align it.

Length cannot tell a dropped sentence from two sentences a translator joined unless their lengths differ,
so what this alignment finds is less than the embeddings would (the checks that read it are "degraded").
It is used only when the anchors show the article is its source's translation: an unrelated text shares
no figures with it in order.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import regex

from mt_audit.align import Alignment
from mt_audit.anchors import ANCHOR_DIGITS
from mt_audit.robust import robust
from mt_audit.types import Bead

#: Costs (in squared robust spreads of the log length ratio, halved) of a bead that joins two sentences on one
#: side, and of a sentence left without partner: leaving one over must beat a join by a clear length misfit.
MERGE_COST, SKIP_COST = 3.5, 4.0
#: What one anchor both sides of a bead write is worth, and what a sentence mark both write is worth.
ANCHOR_GAIN, MARK_GAIN = 3.0, 0.75
#: Spread of the log length ratio of a sentence and its translation about the article's median: first guess,
#: and the bounds of what the article's own 1-1 beads may set it to.
SPREAD, MIN_SPREAD, MAX_SPREAD = 0.15, 0.15, 0.4
#: Shifts of the log length ratio tried about the totals' ratio (a sentence of five dropped shifts it by 0.2).
RATIO_SHIFTS = tuple(k / 10 for k in range(-4, 5))
#: Evidence that the article translates the source: at least this many anchors tie aligned beads, and at
#: least this share of the article's anchors is the source's.
MIN_ANCHORS, MIN_ANCHOR_SHARE = 1, 0.5
#: Capitalised Latin-script words of at least this many letters (names and brands a non-Latin article keeps as
#: written; an English word left untranslated is written small, and "lake" ties no sentence to the one source
#: sentence of several that says "lake").
LATIN_LETTERS = 3
_FIGURE = regex.compile(r"\d+(?:[.,]\d+)*")
_LATIN = regex.compile(rf"\p{{Lu}}\p{{Latin}}{{{LATIN_LETTERS - 1},}}")
_QUOTE = regex.compile(r"[\p{Quotation_Mark}\p{Pi}\p{Pf}]")
_SHAPES = ((1, 1), (2, 1), (1, 2), (1, 0), (0, 1))


@dataclass(frozen=True)
class Anchors:
    """What a sentence writes as its translation would: figures and Latin-script words, and its marks."""

    tokens: frozenset[str]
    marks: frozenset[str]


def anchors_of(text: str) -> Anchors:
    """The anchors of one sentence: figures of :data:`ANCHOR_DIGITS` digits or more (by value, any script's
    digits), capitalised Latin-script words, and whether it asks, exclaims or quotes."""
    figures = {_value(f) for f in _FIGURE.findall(text) if sum(c.isdigit() for c in f) >= ANCHOR_DIGITS}
    words = set(_LATIN.findall(text))
    marks = {k for c in text if (k := _mark_kind(c))}
    if _QUOTE.search(text):
        marks.add("quote")
    return Anchors(frozenset(figures | words), frozenset(marks))


def _value(figure: str) -> str:
    """A figure by its digits' values, separators dropped: "1,200" and "1.200" and "١٢٠٠" are one anchor."""
    return "#" + "".join(str(unicodedata.digit(c)) for c in figure if c.isdigit())


def _mark_kind(char: str) -> str:
    """ "?" or "!" for any script's question or exclamation mark (by its Unicode name), else ""."""
    try:
        name = unicodedata.name(char)
    except ValueError:
        return ""
    if "QUESTION MARK" in name:
        return "?"
    return "!" if "EXCLAMATION MARK" in name else ""


def length_alignment(source: Sequence[str], article: Sequence[str]) -> Alignment | None:
    """The article's sentences aligned with its source's by length and anchors; None when the anchors do not show
    that the article translates the source (see :data:`MIN_ANCHORS`)."""
    if not source or not article:
        return None
    ls, lt = _lengths(source), _lengths(article)
    an_s, an_t = [anchors_of(t) for t in source], [anchors_of(t) for t in article]
    total = float(np.log(lt.sum() / ls.sum()))
    # A dropped or added sentence biases the totals' ratio: the ratio that aligns at least cost is the article's.
    runs = [_dp(ls, lt, an_s, an_t, total + shift, SPREAD) for shift in RATIO_SHIFTS]
    cost, beads = min(runs, key=lambda run: run[0])
    ratio, spread = _norm(beads, ls, lt, total, SPREAD)
    beads = _dp(ls, lt, an_s, an_t, ratio, spread)[1]
    if not _translates(beads, an_s, an_t):
        return None
    sims = np.full((len(source), len(article)), np.nan)
    return Alignment(beads, sims, 0.0, beads, texts=(list(source), list(article)))


def _lengths(texts: Sequence[str]) -> np.ndarray:
    """Characters other than spaces: scripts differ in how they space words, not in what they write."""
    return np.array([max(sum(not c.isspace() for c in t), 1) for t in texts], dtype=float)


def _dp(
    ls: np.ndarray, lt: np.ndarray, an_s: list[Anchors], an_t: list[Anchors], ratio: float, spread: float
) -> tuple[float, list[Bead]]:
    """The least-cost monotonic bead sequence and its cost (Gale and Church's dynamic programme, anchors
    lowering a cost)."""
    n, m = len(ls), len(lt)
    cost = np.full((n + 1, m + 1), np.inf)
    back: dict[tuple[int, int], tuple[int, int]] = {}
    cost[0, 0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            for di, dj in _SHAPES:
                if i < di or j < dj or not np.isfinite(cost[i - di, j - dj]):
                    continue
                c = cost[i - di, j - dj] + _bead_cost(
                    range(i - di, i), range(j - dj, j), ls, lt, an_s, an_t, ratio, spread
                )
                if c < cost[i, j]:
                    cost[i, j], back[i, j] = c, (di, dj)
    beads, i, j = [], n, m
    while i or j:
        di, dj = back[i, j]
        beads.append(Bead(tuple(range(i - di, i)), tuple(range(j - dj, j)), None))
        i, j = i - di, j - dj
    return float(cost[n, m]), beads[::-1]


def _bead_cost(
    src: range,
    tgt: range,
    ls: np.ndarray,
    lt: np.ndarray,
    an_s: list[Anchors],
    an_t: list[Anchors],
    ratio: float,
    spread: float,
) -> float:
    """Length misfit (squared z of the log ratio, halved) plus the shape's cost, less what the anchors tie."""
    if not src or not tgt:
        return SKIP_COST
    z = (np.log(lt[tgt.start : tgt.stop].sum() / ls[src.start : src.stop].sum()) - ratio) / spread
    shape = 0.0 if len(src) == len(tgt) == 1 else MERGE_COST
    tokens, marks = _shared(src, tgt, an_s, an_t)
    return float(z * z / 2 + shape - ANCHOR_GAIN * tokens - MARK_GAIN * marks)


def _shared(src: Sequence[int], tgt: Sequence[int], an_s: list[Anchors], an_t: list[Anchors]) -> tuple[int, int]:
    """How many anchor tokens, and how many marks, the two sides of a bead both write."""
    s_tok = frozenset().union(*(an_s[i].tokens for i in src))
    t_tok = frozenset().union(*(an_t[j].tokens for j in tgt))
    s_mark = frozenset().union(*(an_s[i].marks for i in src))
    t_mark = frozenset().union(*(an_t[j].marks for j in tgt))
    return len(s_tok & t_tok), len(s_mark & t_mark)


def _norm(beads: list[Bead], ls: np.ndarray, lt: np.ndarray, ratio: float, spread: float) -> tuple[float, float]:
    """Median and robust spread of the log length ratio over the 1-1 beads (the previous ones if too few)."""
    r = np.array([np.log(lt[b.tgt[0]] / ls[b.src[0]]) for b in beads if len(b.src) == len(b.tgt) == 1])
    if len(r) < 3:
        return ratio, spread
    return robust(r, MIN_SPREAD, MAX_SPREAD)


def _translates(beads: list[Bead], an_s: list[Anchors], an_t: list[Anchors]) -> bool:
    """Whether anchors tie at least :data:`MIN_ANCHORS` in aligned beads and most of the article's anchors are
    the source's: the evidence, in place of similarity, that the article translates the source."""
    tied = sum(_shared(b.src, b.tgt, an_s, an_t)[0] for b in beads if b.src and b.tgt)
    theirs = frozenset(t for a in an_t for t in a.tokens if t.startswith("#"))
    ours = frozenset(t for a in an_s for t in a.tokens)
    return tied >= MIN_ANCHORS and len(theirs & ours) >= MIN_ANCHOR_SHARE * len(theirs)
