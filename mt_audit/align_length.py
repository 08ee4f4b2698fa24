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

Where the model reads the article's language, but weakly (Yakut, Manipuri, Northern Sami: an article's
sentences stand hardly above the rest of the story next to their source, :func:`read_contrast`), its
similarities still say something, only not enough for the margins calibrated on languages it reads well: a
hub sentence (a quote) wins every pair, a dropped one merges into its neighbour. There the same programme
weighs all three (:func:`joint_alignment`): lengths, anchors, and each bead's similarity above its sentences'
own background, in units of the article's own contrast.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import regex

from mt_audit.align import Alignment
from mt_audit.anchors import ANCHOR_DIGITS, LATIN_NAME, mark_kind
from mt_audit.robust import robust
from mt_audit.types import Bead

#: Costs (in squared robust spreads of the log length ratio, halved) of a bead that joins two sentences on one
#: side, and of a sentence left without partner: leaving one over must beat a join by a clear length misfit.
MERGE_COST, SKIP_COST = 3.5, 4.0
#: What one anchor both sides of a bead write is worth, and what a sentence mark both write is worth.
ANCHOR_GAIN, MARK_GAIN = 3.0, 0.75
#: What a figure only one side of a bead writes costs (:func:`_unmatched`), and the most such figures that count: a
#: figure written in words on one side ("eleven", "4万") must not outweigh the lengths.
MISS_COST, MAX_MISSES = 1.0, 2
#: Spread of the log length ratio of a sentence and its translation about the article's median: first guess,
#: and the bounds of what the article's own 1-1 beads may set it to.
SPREAD, MIN_SPREAD, MAX_SPREAD = 0.15, 0.15, 0.4
#: Shifts of the log length ratio tried about the totals' ratio (a sentence of five dropped shifts it by 0.2).
RATIO_SHIFTS = tuple(k / 10 for k in range(-4, 5))
#: Evidence that the article translates the source: at least this many anchors tie aligned beads, and at
#: least this share of the article's anchors is the source's.
MIN_ANCHORS, MIN_ANCHOR_SHARE = 1, 0.5
#: An article whose sentences' nearest partners stand less than this far above their rows' and columns' medians
#: (:func:`read_contrast`) is read too weakly for the calibrated margins (well-read languages: 0.09 to 0.16;
#: Yakut, Manipuri, Bambara, Northern Sami: 0.04 to 0.06); sides of fewer than :data:`MIN_WEAK_SENTENCES`
#: sentences have no medians to tell by.
WEAK_CONTRAST, MIN_WEAK_SENTENCES = 0.06, 3
#: What a bead's similarity is worth per unit of the article's contrast above its sentences' background (an
#: anchor is worth :data:`ANCHOR_GAIN`), and the most units it counts either way.
SIM_GAIN, SIM_UNITS = 3.0, 2.0
#: The least contrast that makes a unit: below it (a model nearly blind to the script) similarities are noise.
MIN_CONTRAST = 0.02
#: A figure: digits, grouped by a comma or a point, or in threes by the no-break spaces CLDR's locales group with
#: ("25\u00a0000", "25\u202f000"), which a figure in the source writes "25,000".
_FIGURE = regex.compile(r"\d{1,3}(?:[\u00a0\u202f]\d{3})+(?!\d)|\d+(?:[.,]\d+)*")
_QUOTE = regex.compile(r"[\p{Quotation_Mark}\p{Pi}\p{Pf}]")
_OTHER_LETTER = regex.compile(r"[\p{L}--\p{Latin}]", regex.V1)
#: Consonants a name needs before its sound ties it to a word of another script (:func:`sounded_names`).
SOUND_CONSONANTS = 3
_SHAPES = ((1, 1), (2, 1), (1, 2), (1, 0), (0, 1))


@dataclass(frozen=True)
class Anchors:
    """What a sentence writes as its translation would: figures and Latin-script words, and its marks; names a
    translation may write by their sound (``sounded``), and the words in another script to hear them in."""

    tokens: frozenset[str]
    marks: frozenset[str]
    sounded: frozenset[str] = frozenset()
    words: tuple[str, ...] = ()


def anchors_of(text: str) -> Anchors:
    """The anchors of one sentence: figures of :data:`ANCHOR_DIGITS` digits or more (by value, any script's
    digits), capitalised Latin-script words, and whether it asks, exclaims or quotes; its capitalised words no
    dictionary lists (:func:`sounded_names`), and its words in scripts other than Latin."""
    figures = {_value(f) for f in _FIGURE.findall(text) if sum(c.isdigit() for c in f) >= ANCHOR_DIGITS}
    words = set(LATIN_NAME.findall(text))
    marks = {k for c in text if (k := mark_kind(c))}
    if _QUOTE.search(text):
        marks.add("quote")
    return Anchors(frozenset(figures | words), frozenset(marks), sounded_names(words), other_words(text))


def other_words(text: str) -> tuple[str, ...]:
    """``text``'s words, as spaces part them, that write letters of a script other than Latin: where a name
    written by its sound may be heard (a run of Tibetan syllables, a syllabics word with a case ending)."""
    return tuple(w for w in text.split() if _OTHER_LETTER.search(w))


def sounded_names(words: set[str]) -> frozenset[str]:
    """The names among capitalised Latin-script ``words`` that a translation in another script writes by their
    sound ("Verona", "ⴼⵉⵔⵓⵏⴰ"): no English dictionary word (a sentence's opener, "Mountain" of a brand, is one,
    and a language translates it), and of at least :data:`SOUND_CONSONANTS` consonants, fewer being heard in
    ordinary words by chance."""
    from mt_audit.entity_compare import lexical  # lazy: WordNet stays out of import time
    from mt_audit.entity_forms import loose_skeleton

    return frozenset(w for w in words if not lexical(w.lower()) and len(loose_skeleton(w)) >= SOUND_CONSONANTS)


@lru_cache(maxsize=20_000)
def hears(name: str, words: tuple[str, ...]) -> bool:
    """Whether ``words`` (a sentence's words in a script other than Latin) write ``name`` by its sound
    (:func:`mt_audit.entity_forms.native_rendered`: "ⴽⵓⴱⵏⵀⴰⴳⵏ" is Copenhagen, "ᕗᓗᕆᓐᔅᒥ" Florence)."""
    from mt_audit.entity_forms import native_rendered  # lazy: ICU's transforms stay out of import time

    return bool(words) and native_rendered(name, words)


def _value(figure: str) -> str:
    """A figure by its digits' values, separators dropped: "1,200" and "1.200" and "١٢٠٠" are one anchor."""
    return "#" + "".join(str(unicodedata.digit(c)) for c in figure if c.isdigit())


def length_alignment(source: Sequence[str], article: Sequence[str]) -> Alignment | None:
    """The article's sentences aligned with its source's by length and anchors; None when the anchors do not show
    that the article translates the source (see :data:`MIN_ANCHORS`)."""
    if not source or not article:
        return None
    an_s, an_t = [anchors_of(t) for t in source], [anchors_of(t) for t in article]
    beads = _by_length(_lengths(source), _lengths(article), an_s, an_t)
    if not _translates(beads, an_s, an_t):
        return None
    sims = np.full((len(source), len(article)), np.nan)
    return Alignment(beads, sims, 0.0, beads, texts=(list(source), list(article)))


def joint_alignment(texts: tuple[Sequence[str], Sequence[str]], sim: dict) -> list[Bead]:
    """The source's and the article's sentences (``texts``) aligned by length, anchors and similarity together,
    where the embedding model reads the article weakly (:func:`reads_weakly`); ``sim`` holds the similarity of
    every candidate bead by shape (:func:`mt_audit.align._similarities`)."""
    source, article = texts
    an_s, an_t = [anchors_of(t) for t in source], [anchors_of(t) for t in article]
    return _by_length(_lengths(source), _lengths(article), an_s, an_t, similarity_gains(sim))


def read_contrast(sims: np.ndarray) -> float:
    """How far the article's sentences' nearest partners stand above the rest: per source sentence (row) and
    article sentence (column), its best similarity less the median of its own; the median of those.

    Each language pair has its own similarity scale, and an article of a language the model reads weakly
    has all its similarities in a narrow band: its translated pairs hardly above unrelated ones. Medians leave
    a dropped or added sentence, whose best is no partner, and a hub (a quote near every sentence) aside.
    """
    if not sims.size:
        return 0.0
    rows = sims.max(axis=1) - np.median(sims, axis=1)
    cols = sims.max(axis=0) - np.median(sims, axis=0)
    return float(np.median(np.concatenate([rows, cols])))


def reads_weakly(sims: np.ndarray) -> bool:
    """Whether the article's contrast (:func:`read_contrast`) is below :data:`WEAK_CONTRAST`, each side holding
    at least :data:`MIN_WEAK_SENTENCES` sentences. An unrelated article reads weakly too: whether an article
    derives from the source is attribution's question, answered by anchors there."""
    return min(sims.shape) >= MIN_WEAK_SENTENCES and read_contrast(sims) < WEAK_CONTRAST


def similarity_gains(sim: dict) -> dict[tuple[int, int], np.ndarray]:
    """Per 1-1, 2-1 and 1-2 bead (by shape, then start row and column): :data:`SIM_GAIN` times its similarity above
    its background, in units of the article's contrast (at most :data:`SIM_UNITS` either way). Under
    :data:`MIN_CONTRAST` the gain shrinks with the contrast (a Tibetan article at 0.006: a quote near every
    sentence would outweigh the figure its true partner shares), so lengths and anchors decide.

    A bead's background is the mean of the medians of its row and of its column among beads of its shape: a
    hub sentence is near everything, so only what stands above its own median tells; and two sentences
    merged embed nearer the story's centre than one, so merges are read against merges.
    """
    contrast = read_contrast(sim[(1, 1)])
    unit = max(contrast, MIN_CONTRAST)
    weight = SIM_GAIN * min(contrast / MIN_CONTRAST, 1.0)  # below the least contrast, similarities fade to noise
    out = {}
    for shape in ((1, 1), (2, 1), (1, 2)):
        m = sim.get(shape)
        if m is None or not m.size:
            continue
        background = (np.median(m, axis=1)[:, None] + np.median(m, axis=0)[None, :]) / 2
        out[shape] = weight * np.clip((m - background) / unit, -SIM_UNITS, SIM_UNITS)
    return out


def _by_length(
    ls: np.ndarray, lt: np.ndarray, an_s: list[Anchors], an_t: list[Anchors], gains: dict | None = None
) -> list[Bead]:
    """The least-cost beads, the article's own length ratio and spread read off a first pass.

    A dropped or added sentence biases the totals' ratio: the ratio that aligns at least cost is the article's.
    """
    total = float(np.log(lt.sum() / ls.sum()))
    runs = [_dp(ls, lt, an_s, an_t, total + shift, SPREAD, gains) for shift in RATIO_SHIFTS]
    _, beads = min(runs, key=lambda run: run[0])
    ratio, spread = _norm(beads, ls, lt, total, SPREAD)
    return _dp(ls, lt, an_s, an_t, ratio, spread, gains)[1]


def _lengths(texts: Sequence[str]) -> np.ndarray:
    """Characters other than spaces: scripts differ in how they space words, not in what they write."""
    return np.array([max(sum(not c.isspace() for c in t), 1) for t in texts], dtype=float)


def _dp(
    ls: np.ndarray,
    lt: np.ndarray,
    an_s: list[Anchors],
    an_t: list[Anchors],
    ratio: float,
    spread: float,
    gains: dict | None = None,
) -> tuple[float, list[Bead]]:
    """The least-cost monotonic bead sequence and its cost (Gale and Church's dynamic programme, anchors
    lowering a cost, and ``gains``, by shape, start row and column, where similarities weigh in)."""
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
                if gains and (di, dj) in gains:
                    c -= float(gains[di, dj][i - di, j - dj])
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
    return float(
        z * z / 2 + shape - ANCHOR_GAIN * tokens - MARK_GAIN * marks + MISS_COST * _unmatched(src, tgt, an_s, an_t)
    )


def _shared(src: Sequence[int], tgt: Sequence[int], an_s: list[Anchors], an_t: list[Anchors]) -> tuple[int, int]:
    """How many anchor tokens, and how many marks, the two sides of a bead both write; a source name the article
    side writes by its sound in another script (:func:`hears`) is a token both write."""
    s_tok = frozenset().union(*(an_s[i].tokens for i in src))
    t_tok = frozenset().union(*(an_t[j].tokens for j in tgt))
    s_mark = frozenset().union(*(an_s[i].marks for i in src))
    t_mark = frozenset().union(*(an_t[j].marks for j in tgt))
    words = tuple(w for j in tgt for w in an_t[j].words)
    heard = {n for i in src for n in an_s[i].sounded if n not in t_tok and hears(n, words)}
    return len(s_tok & t_tok) + len(heard), len(s_mark & t_mark)


def _unmatched(src: Sequence[int], tgt: Sequence[int], an_s: list[Anchors], an_t: list[Anchors]) -> int:
    """How many figures one side of a bead writes that the other does not: a translation keeps its source's figures,
    so a sentence added from elsewhere, or paired with a neighbour of its dropped partner, shows figures of its own."""
    s_fig = frozenset(t for i in src for t in an_s[i].tokens if t.startswith("#"))
    t_fig = frozenset(t for j in tgt for t in an_t[j].tokens if t.startswith("#"))
    return min(len(s_fig ^ t_fig), MAX_MISSES)


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
