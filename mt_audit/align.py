"""Monotonic sentence alignment over embedding similarity (vecalign/bertalign family).

Dynamic programming picks the sequence of beads (1-1, 1-2, 2-1, 1-0, 0-1)
that maximizes a summed gain × weight. Two alignments come out of it:

* ``core`` scores a pair by its similarity above one absolute threshold.
  Attribution reads it: whether a text derives from another is a question
  about absolute closeness, and DEMETR calibrates it.
* ``beads`` scores a pair by its **margin**: its similarity minus the
  background of its sentences, the mean of their best *other* partners
  (CSLS, and the ratio margin of LASER's bitext mining, in difference form).
  Sentences of one article all resemble each other, and each language pair
  has its own similarity scale, so one absolute bar both aligns unrelated
  sentences of one story and misses loose translations; the margin does not
  care where the scale sits. A similarity floor still applies. Margin,
  floor and gap are calibrated on DEMETR with planted deletions and
  insertions (``scripts/calibrate_align.py`` → ``data/align_margins.json``),
  per language pair or script family where enough data backs an entry, else
  pooled. A merge (1-2, 2-1) must also beat its own best 1-1 piece.

A side segmented into phrases (:func:`mt_audit.segment.phrase_spaced`: Thai,
Lao) may join up to :data:`MAX_PHRASES` of them in one bead, each phrase
near its best partner; a merge must also fit by length at least as well as its
best 1-1 piece (two near-paraphrases in the source both resemble the one
sentence translated from them).

Then, in ``beads`` only, sentences left unaligned in one gap between aligned
beads are re-aligned against the gap's own alternatives at a lower bar (a
faithful but loose translation must not become an omission plus an
addition), a merge bead next to a leftover that is its extra sentence's
own partner becomes two 1-1 pairs when both clear the floor, and only true
fragments (short pieces whose nearest partner is
the neighbouring bead, and which raise its similarity) are folded into it;
leftover phrases join their neighbours unless they make up a sentence that
matches neither. Last, where the sentences' texts are known (:func:`anchored`), a merge's part that its
partner does not bear out (a figure, a question, a name it does not write) is left over
(:func:`mt_audit.align_strays.unanchored_strays`), and a gap of one sentence a side that shares a figure is
paired (:mod:`mt_audit.anchors`); in an article the model reads too weakly for the margins (its sentences'
nearest partners hardly above the rest: :func:`mt_audit.align_length.reads_weakly`), lengths, anchors and
similarities align it together instead (:func:`mt_audit.align_length.joint_alignment`).
Merged beads use the length-weighted sum of their sentence embeddings, a cheap
stand-in for embedding the concatenation.
"""

from __future__ import annotations

import json
import weakref
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

import numpy as np

from mt_audit.align_strays import unanchored_strays, unfold_strays
from mt_audit.anchors import anchored_gaps
from mt_audit.phrase_runs import FRAGMENT_CHARS, _cosine, _fold_phrases, _joined, _phrase_leftover
from mt_audit.robust import robust
from mt_audit.settings import DEFAULT_THRESHOLD as DEFAULT_THRESHOLD  # the one home of defaults; re-exported
from mt_audit.types import Bead

MERGE_PENALTY = 0.02
BEAD_SHAPES = ((1, 1), (1, 2), (2, 1), (1, 0), (0, 1))
#: Most phrases one bead joins on the side of a language segmented into phrases
#: (:func:`mt_audit.segment.phrase_spaced`: Thai, Lao), where a sentence is a run of them.
MAX_PHRASES = 6
MARGINS_FILE = Path(__file__).parent / "data" / "align_margins.json"
#: A fragment is at most this share of the neighbouring sentence it folds into (and
#: at most :data:`FRAGMENT_CHARS` long): a heading or credit line, a stray piece.
FRAGMENT_SHARE = 0.5
#: A fold may move its bead's length ratio (log) at most this many robust spreads of the article's 1-1 pairs
#: further from their median, the spread floored at :data:`LENGTH_SPREAD` (a very even article).
LENGTH_Z, LENGTH_SPREAD = 1.5, 0.12
_NEG = -1e18


@dataclass(frozen=True)
class Margins:
    """Relative-alignment settings of one language pair (see module docstring).

    ``prior`` stands in for missing alternatives (a one-sentence text): the
    similarity of unrelated sentences in that pair; ``margin`` is the least
    margin of a bead the DP keeps; ``gap`` the least margin of a pair made of
    two sentences left over in one gap; ``floor`` the least similarity of any
    pair (a pair that merely stands out among unrelated sentences is no
    translation); ``k`` how many best other partners make a sentence's
    background.
    """

    prior: float = 0.78
    margin: float = 0.04
    gap: float = 0.02
    floor: float = 0.7
    k: int = 3
    source: str = "built-in"


@dataclass(frozen=True, eq=False)
class Alignment:
    """Beads in order, with the similarity matrix they were drawn from.

    ``core`` are the beads of the absolute-threshold DP (attribution scores
    use them); ``beads`` those of the margin DP after gap pairing and fragment
    folding, and figure-anchored gap pairing when ``texts`` (source and article
    sentences) are known (reports and every check use them). ``vectors``
    keep the inputs so that :func:`for_language` can redo ``beads`` with
    another language pair's margins.
    """

    beads: list[Bead]
    sims: np.ndarray
    threshold: float
    core: list[Bead]
    margins: Margins | None = None
    vectors: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None = None
    shapes: tuple[tuple[int, int], ...] = BEAD_SHAPES
    texts: tuple[Sequence[str], Sequence[str]] | None = None

    @property
    def aligned(self) -> list[Bead]:
        return [b for b in self.beads if b.src and b.tgt]


@cache
def _margin_table() -> dict:
    try:
        return json.loads(MARGINS_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _script_family(lang: str) -> str | None:
    """The script a language is written in, Han-based scripts as one family."""
    from mt_audit.languages import language  # lazy: Babel/ICU stay out of import time

    try:
        script = language(lang).script
    except Exception:  # an unknown tag has no family; the pooled values apply
        return None
    return "CJK" if script in ("Hans", "Hant", "Hani", "Jpan", "Kore") else script


def margins_for(lang: str | None, source_lang: str = "en") -> Margins:
    """Calibrated margins of ``source_lang``→``lang``, else of its script family, else pooled."""
    table = _margin_table()
    if not table:
        return Margins()
    base = (lang or "").replace("_", "-").split("-")[0].lower()
    src = (source_lang or "en").split("-")[0].lower()
    for group, key in (("pairs", f"{src}-{base}"), ("scripts", _script_family(base) if base else None)):
        row = table.get(group, {}).get(key) if key else None
        if row:
            return Margins(**{**row, "source": f"{group}:{key}"})
    return Margins(**{**table["pooled"], "source": "pooled"})


def phrase_sides(lang: str | None, source_lang: str | None = "en") -> tuple[bool, bool]:
    """Whether the source and the article are segmented into phrases (:func:`mt_audit.segment.phrase_spaced`)."""
    from mt_audit.segment import phrase_spaced  # lazy: language facts stay out of import time

    return phrase_spaced(source_lang), phrase_spaced(lang)


def bead_shapes(lang: str | None = None, source_lang: str | None = "en") -> tuple[tuple[int, int], ...]:
    """Bead shapes the DP may use: up to :data:`MAX_PHRASES` joined on a side segmented into phrases."""
    src_phrases, tgt_phrases = phrase_sides(lang, source_lang)
    if src_phrases == tgt_phrases:
        return BEAD_SHAPES
    runs = [(1, b) for b in range(3, MAX_PHRASES + 1)] if tgt_phrases else [(a, 1) for a in range(3, MAX_PHRASES + 1)]
    return BEAD_SHAPES[:3] + tuple(runs) + BEAD_SHAPES[3:]


def _runs(x: np.ndarray, w: np.ndarray, k: int = 2) -> np.ndarray:
    """Length-weighted sums of ``k`` consecutive rows: embeddings of ``k``-sentence merges.

    Weighting by length approximates embedding the concatenated text: a short
    fragment split off a sentence barely moves the merged vector.
    """
    if len(x) < k:
        return np.zeros((0, x.shape[1] if x.ndim == 2 else 0), dtype=np.float32)
    s = sum(x[o : len(x) - k + 1 + o] * w[o : len(w) - k + 1 + o, None] for o in range(k))
    return s / np.maximum(np.linalg.norm(s, axis=1, keepdims=True), 1e-9)


def _alt_mean(m: np.ndarray, width: int, k: int, prior: float) -> np.ndarray:
    """``out[i, j]``: mean of the ``k`` best of row ``i`` outside columns ``j..j+width-1``.

    Missing alternatives (a short text) count as ``prior``.
    """
    r, c = m.shape
    starts = max(c - width + 1, 0)
    if r == 0 or starts == 0:
        return np.zeros((r, starts))
    take = min(k + width, c)
    idx = np.argsort(-m, axis=1)[:, :take]
    vals = np.take_along_axis(m, idx, axis=1)
    j = np.arange(starts)[None, :, None]
    keep = ~((idx[:, None, :] >= j) & (idx[:, None, :] < j + width))
    keep &= np.cumsum(keep, axis=2) <= k
    total = (vals[:, None, :] * keep).sum(axis=2)
    count = keep.sum(axis=2)
    return (total + (k - count) * prior) / k


def _backgrounds(sim: dict, mg: Margins) -> dict:
    """Background similarity of every candidate bead: mean of row and column alternatives."""
    k, p = mg.k, mg.prior
    sims = sim[(1, 1)]
    n, m = sims.shape
    bg = {(1, 1): 0.5 * (_alt_mean(sims, 1, k, p) + _alt_mean(sims.T, 1, k, p).T)}
    for a, b in sim:
        if a == 1 and b > 1 and n and m >= b:
            bg[(a, b)] = 0.5 * (_alt_mean(sims, b, k, p) + _alt_mean(sim[(a, b)].T, 1, k, p).T)
        elif b == 1 and a > 1 and m and n >= a:
            bg[(a, b)] = 0.5 * (_alt_mean(sim[(a, b)], 1, k, p) + _alt_mean(sims.T, a, k, p).T)
    return bg


def _dp(gains: dict, ws: np.ndarray, wt: np.ndarray, box: tuple[int, int, int, int]) -> list[Bead]:
    """Best bead sequence over rows ``box[0]:box[1]`` and columns ``box[2]:box[3]``.

    ``gains[shape]`` is the gain per unit weight of the bead of that shape
    starting at (row, column); unaligned sentences gain nothing.
    """
    shapes = (*gains, (1, 0), (0, 1))
    r0, r1, c0, c1 = box
    n, m = r1 - r0, c1 - c0
    best = np.full((n + 1, m + 1), _NEG)
    back = np.zeros((n + 1, m + 1), dtype=np.int8)
    best[0, 0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            if i == 0 and j == 0:
                continue
            top, arg = _NEG, -1
            for k, (a, b) in enumerate(shapes):
                if i < a or j < b or best[i - a, j - b] == _NEG:
                    continue
                gain = 0.0
                if a and b:
                    s, t = r0 + i - a, c0 + j - b
                    gain = float(gains[(a, b)][s, t]) * (ws[s : s + a].sum() + wt[t : t + b].sum())
                if best[i - a, j - b] + gain > top:
                    top, arg = best[i - a, j - b] + gain, k
            best[i, j], back[i, j] = top, arg
    beads: list[Bead] = []
    i, j = n, m
    while i or j:
        a, b = shapes[back[i, j]]
        beads.append(Bead(tuple(range(r0 + i - a, r0 + i)), tuple(range(c0 + j - b, c0 + j)), None))
        i, j = i - a, j - b
    beads.reverse()
    return beads


def _with_sims(beads: list[Bead], sim: dict) -> list[Bead]:
    out = []
    for b in beads:
        shape = (len(b.src), len(b.tgt))
        s = float(sim[shape][b.src[0], b.tgt[0]]) if b.src and b.tgt else None
        out.append(Bead(b.src, b.tgt, s))
    return out


def align(
    src: np.ndarray,
    tgt: np.ndarray,
    src_weights: Sequence[float] | None = None,
    tgt_weights: Sequence[float] | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    lang: str | None = None,
    source_lang: str = "en",
) -> Alignment:
    """Align source rows to target rows; weights are sentence lengths, ``lang`` the target's language."""
    n, m = len(src), len(tgt)
    ws = np.ones(n) if src_weights is None else np.asarray(src_weights, dtype=float)
    wt = np.ones(m) if tgt_weights is None else np.asarray(tgt_weights, dtype=float)
    if n and m and wt.sum() > 0:
        wt = wt * (ws.sum() / wt.sum())
    sim = _similarities(src, tgt, ws, wt, bead_shapes(lang, source_lang))
    mg = margins_for(lang, source_lang)
    phrases = phrase_sides(lang, source_lang)
    core = core_beads(sim, ws, wt, (src, tgt), threshold, phrases)
    beads = relative_beads(sim, ws, wt, (src, tgt), mg, phrases)
    return Alignment(beads, sim[(1, 1)], threshold, core, mg, (src, tgt, ws, wt), bead_shapes(lang, source_lang))


def anchored(al: Alignment, texts: tuple[Sequence[str], Sequence[str]]) -> Alignment:
    """``al`` with its beads read against the sentences' ``texts`` (source and article) by :func:`_by_texts`,
    ``texts`` kept so that :func:`for_language` does the same.

    A stage apart from :func:`align`: attribution scores the alignment before it, as two articles on one
    story share figures, which say nothing of whether one derives from the other.
    """
    beads = _by_texts(al, al.beads, (al.margins or Margins()).prior, texts, al.shapes)
    return replace(al, beads=beads, texts=texts)


def joint_read(al: Alignment, shapes: tuple | None = None) -> bool:
    """Whether the alignment's beads, once texts are known, are :func:`mt_audit.align_length.joint_alignment`'s:
    the model reads the article weakly (:func:`mt_audit.align_length.reads_weakly`), and neither side is cut into
    phrases (``shapes``, default the alignment's: the joint programme joins two sentences at most)."""
    from mt_audit.align_length import reads_weakly  # it imports Alignment from here

    return al.vectors is not None and (shapes or al.shapes) == BEAD_SHAPES and reads_weakly(al.sims)


def similarities(al: Alignment) -> dict:
    """The similarity of every candidate 1-1, 1-2 and 2-1 bead of ``al`` by shape, start row and column."""
    assert al.vectors is not None
    src, tgt, ws, wt = al.vectors
    return _similarities(src, tgt, ws, wt)


def _by_texts(
    al: Alignment, beads: list[Bead], prior: float, texts: tuple[Sequence[str], Sequence[str]], shapes: tuple
) -> list[Bead]:
    """The margin DP's ``beads`` with what both texts write weighed in.

    Where the model reads the article weakly (:func:`mt_audit.align_length.reads_weakly`) and neither side is
    cut into phrases (``shapes``), lengths, anchors and similarities align it together
    (:func:`mt_audit.align_length.joint_alignment`): margins calibrated where the model reads well cannot
    place its sentences. Elsewhere lone gaps that share a figure or fit by length are paired
    (:func:`mt_audit.anchors.anchored_gaps`). Either way a merge's part that its partner does not bear out
    (a figure, a question, a name it does not write) is left over (:func:`mt_audit.align_strays.unanchored_strays`).
    """
    from mt_audit.align_length import joint_alignment  # it imports Alignment from here

    if joint_read(al, shapes):
        sim = similarities(al)
        return unanchored_strays(_with_sims(joint_alignment(texts, sim), sim), texts, al.sims)
    phrases = (any(a > 2 for a, _ in shapes), any(b > 2 for _, b in shapes))  # see bead_shapes
    return anchored_gaps(unanchored_strays(beads, texts, al.sims, phrases), al.sims, prior, texts)


def core_beads(
    sim: dict,
    ws: np.ndarray,
    wt: np.ndarray,
    vecs: tuple[np.ndarray, np.ndarray],
    threshold: float,
    phrases: tuple[bool, bool] = (False, False),
) -> list[Bead]:
    """The absolute-threshold DP that attribution reads, with a phrase side's name phrases folded in.

    On a side cut into phrases (Thai, Lao) a name written in several words
    ("ໂຢຮັນເນສ ຟານ ເດີ ເບີກ") is several phrases that embed near nothing, so the DP
    leaves them over inside a translated passage and attribution, which counts the
    article's share inside beads, reads a faithful translation as half covered.
    Such a run, no longer than a fragment and between two aligned beads, joins the
    one it fits better (:func:`_fold_light_phrases`). Longer runs stay over: joining
    them would let an unrelated article's phrases ride on one chance bead.
    """
    n, m = sim[(1, 1)].shape
    gains = {s: v - threshold - (0.0 if s == (1, 1) else MERGE_PENALTY) for s, v in sim.items()}
    beads = _with_sims(_dp(gains, ws, wt, (0, n, 0, m)), sim)
    for is_src in (True, False):
        if phrases[0 if is_src else 1]:
            beads = _fold_light_phrases(beads, vecs, (ws, wt), is_src)
    return beads


def _fold_light_phrases(
    beads: list[Bead], vecs: tuple[np.ndarray, np.ndarray], weights: tuple[np.ndarray, np.ndarray], is_src: bool
) -> list[Bead]:
    """Join each run of leftover phrases of :data:`FRAGMENT_CHARS` or less between two aligned beads to one of
    them: the one whose similarity it raises more (or lowers less)."""
    size = weights[0] if is_src else weights[1]
    out = list(beads)
    k = 1
    while k < len(out) - 1:
        end = k
        while end < len(out) and _phrase_leftover(out[end], is_src):
            end += 1
        if end == k:
            k += 1
            continue
        run = [p for b in out[k:end] for p in (b.src if is_src else b.tgt)]
        before, after = out[k - 1], out[end] if end < len(out) else None
        if not (_aligned(before) and after is not None and _aligned(after)) or float(size[run].sum()) > FRAGMENT_CHARS:
            k = end
            continue
        assert after is not None
        to_before = _joined(before, run, vecs, weights, is_src)
        to_after = _joined(after, run, vecs, weights, is_src)
        if _gain(to_before, before) >= _gain(to_after, after):
            out[k - 1 : end] = [to_before]
        else:
            out[k : end + 1] = [to_after]
    return out


def _aligned(b: Bead) -> bool:
    return bool(b.src) and bool(b.tgt)


def _gain(joined: Bead, bead: Bead) -> float:
    return (joined.similarity or 0.0) - (bead.similarity or 0.0)


def _similarities(
    src: np.ndarray, tgt: np.ndarray, ws: np.ndarray, wt: np.ndarray, shapes: Sequence[tuple[int, int]] = BEAD_SHAPES
) -> dict:
    """Similarity of every candidate bead of every aligning shape, by the row and column it starts at."""
    n, m = len(src), len(tgt)
    out = {(1, 1): src @ tgt.T if n and m else np.zeros((n, m), dtype=np.float32)}
    for a, b in shapes:
        if a == 1 and b > 1:
            merged = _runs(tgt, wt, b)
            out[(a, b)] = src @ merged.T if n and len(merged) else np.zeros((n, max(m - b + 1, 0)))
        elif b == 1 and a > 1:
            merged = _runs(src, ws, a)
            out[(a, b)] = merged @ tgt.T if len(merged) and m else np.zeros((max(n - a + 1, 0), m))
    return out


def relative_beads(
    sim: dict,
    ws: np.ndarray,
    wt: np.ndarray,
    vecs: tuple[np.ndarray, np.ndarray],
    mg: Margins,
    phrases: tuple[bool, bool] = (False, False),
) -> list[Bead]:
    """The margin DP, then gap pairing and fragment folding (see module docstring).

    ``phrases`` says which side (source, article) is segmented into phrases: their leftovers
    then join the neighbouring beads their sentence belongs to (:func:`_fold_phrases`).
    """
    n, m = sim[(1, 1)].shape
    fits = _both(_phrase_fits(sim, mg.gap, phrases), _length_fits(sim[(1, 1)], ws, wt, phrases))
    margin = _masked(_margins(sim, mg), fits)
    gains = {s: v - mg.margin - (0.0 if s == (1, 1) else MERGE_PENALTY) for s, v in margin.items()}
    beads = _dp(gains, ws, wt, (0, n, 0, m))
    beads = _pair_gaps(beads, sim, ws, wt, mg, fits)
    beads = _split_merges(beads, sim[(1, 1)], mg.floor, mg.gap)
    beads = _with_sims(beads, sim)
    beads = _fold_fragments(beads, vecs, sim[(1, 1)], ws, wt, mg, phrases)
    for is_src in (True, False):
        if phrases[0 if is_src else 1]:
            beads = _fold_phrases(beads, vecs, (ws, wt), mg, is_src)
    return unfold_strays(beads, sim[(1, 1)], phrases, (ws, wt), _length_norm(beads, ws, wt))


def _phrase_fits(sim: dict, gap: float, phrases: tuple[bool, bool]) -> dict:
    """Per merge shape over phrases: whether every phrase is within ``gap`` of its nearest partner anywhere.

    A merged vector drifts towards the middle of the article, so a phrase that belongs to the
    sentence before could ride into the next sentence's merge; each phrase must fit it on its own.
    """
    out = {}
    sims = sim[(1, 1)]
    for is_src in (True, False):
        if not phrases[0 if is_src else 1]:
            continue
        m = sims.T if is_src else sims  # rows: the other side's sentences, columns: phrases
        near = np.cumsum(m >= m.max(axis=0) - gap, axis=1)
        fits = np.concatenate([np.zeros((m.shape[0], 1)), near], axis=1)
        for shape in sim:
            b = shape[0] if is_src else shape[1]
            if b > 1 and min(shape) == 1:
                whole = (fits[:, b:] - fits[:, :-b]) == b
                out[shape] = whole.T if is_src else whole
    return out


def _length_fits(sims: np.ndarray, ws: np.ndarray, wt: np.ndarray, phrases: tuple[bool, bool] = (False, False)) -> dict:
    """Per 2-sentence merge: whether its lengths fit each other at least as well as its best 1-1 piece's.

    Weights are scaled to equal totals, so a faithful bead's length ratio is about 1. Two
    near-paraphrases in the source (an early report, a later one) both resemble the one
    translated, and their merge beats either by similarity; a target of half the merged
    length still tells that one of them was left out. The length of a few words
    ("Thank you." ↔ "Danke.") tells little, so a lone sentence of a fragment's length
    may merge whatever the lengths; a lone phrase (``phrases``) may not: it is short by
    construction, and translates no two sentences.
    """
    out = {}
    n, m = sims.shape
    with np.errstate(divide="ignore", invalid="ignore"):
        if n and m > 1:
            merged = np.abs(np.log((wt[:-1] + wt[1:])[None, :] / ws[:, None]))
            best = np.where(sims[:, :-1] >= sims[:, 1:], wt[None, :-1], wt[None, 1:])
            worse = merged > np.abs(np.log(best / ws[:, None]))
            out[(1, 2)] = ~(worse & ((ws[:, None] > FRAGMENT_CHARS) | phrases[0]))
        if m and n > 1:
            merged = np.abs(np.log(wt[None, :] / (ws[:-1] + ws[1:])[:, None]))
            best = np.where(sims[:-1] >= sims[1:], ws[:-1, None], ws[1:, None])
            worse = merged > np.abs(np.log(wt[None, :] / best))
            out[(2, 1)] = ~(worse & ((wt[None, :] > FRAGMENT_CHARS) | phrases[1]))
    return out


def _both(a: dict, b: dict) -> dict:
    """Masks of ``a`` and ``b`` combined: a merge must pass every mask given for its shape."""
    return {s: a[s] & b[s] if s in a and s in b else a.get(s, b.get(s)) for s in a.keys() | b.keys()}


def _masked(margin: dict, fits: dict, box: tuple[int, int, int, int] | None = None) -> dict:
    """``margin`` with ``_NEG`` where ``fits`` (sliced to ``box``'s rows and columns) says no."""
    out = dict(margin)
    for (a, b), ok in fits.items():
        if (a, b) in out:
            if box is not None:
                ok = ok[box[0] : box[1] - a + 1, box[2] : box[3] - b + 1]
            out[(a, b)] = np.where(ok, out[(a, b)], _NEG)
    return out


def _margins(sim: dict, mg: Margins) -> dict:
    """Margin of every candidate bead over its background; ``_NEG`` where it may not align at all.

    A merge must beat its best piece (any shorter run of its sentences), or one
    good pair would carry any junk merged with it.
    """
    bg = _backgrounds(sim, mg)
    margin = {s: np.where(sim[s] >= mg.floor, sim[s] - bg[s], _NEG) for s in bg}
    for transpose in (False, True):
        piece = sim[(1, 1)].T if transpose else sim[(1, 1)]  # best piece of the run so far, by its start
        for b in range(2, max(max(s) for s in sim) + 1):
            shape = (b, 1) if transpose else (1, b)
            if shape not in margin:
                break
            piece = np.maximum(piece[:, :-1], piece[:, 1:])
            run = sim[shape].T if transpose else sim[shape]
            beats = run > piece
            margin[shape] = np.where(beats.T if transpose else beats, margin[shape], _NEG)
            piece = np.maximum(piece, run)
    return margin


def _pair_gaps(
    beads: list[Bead], sim: dict, ws: np.ndarray, wt: np.ndarray, mg: Margins, fits: dict | None = None
) -> list[Bead]:
    """Re-align each gap holding unaligned sentences on both sides, against the gap's own alternatives.

    Alignment is monotonic, so a sentence left over in a gap can only pair
    with the other side's leftovers in that gap: they are its alternatives,
    not the whole article (a sentence as similar to its neighbour's partner
    as to its own translation has a low article-wide margin). Leftovers on
    one side only are re-aligned with a neighbouring merge bead, which may
    have swallowed their partner (short generic lines such as "Thank you."
    and "(Applause)" resemble each other). The lower ``gap`` margin
    applies; the floor still holds.
    """
    out: list[Bead] = []
    k = 0
    while k < len(beads):
        if beads[k].src and beads[k].tgt:
            out.append(beads[k])
            k += 1
            continue
        end = k
        while end < len(beads) and not (beads[end].src and beads[end].tgt):
            end += 1
        lo, hi = k, end
        if not any(b.src for b in beads[k:end]) or not any(b.tgt for b in beads[k:end]):
            # Leftovers on one side only: a neighbouring merge may have taken their partner.
            if out and _is_merge(out[-1]):
                lo -= 1
                out.pop()
            if end < len(beads) and _is_merge(beads[end]):
                hi += 1
        rows = sorted(i for b in beads[lo:hi] for i in b.src)
        cols = sorted(j for b in beads[lo:hi] for j in b.tgt)
        if rows and cols:
            box = (rows[0], rows[-1] + 1, cols[0], cols[-1] + 1)
            out.extend(_realign_gap(sim, ws, wt, mg, box, fits or {}))
        else:
            out.extend(beads[lo:hi])
        k = hi
    return out


def _split_merges(beads: list[Bead], sims: np.ndarray, floor: float, gap: float | None = None) -> list[Bead]:
    """Split a 2-1 or 1-2 bead whose extra sentence has its own partner left over next to it.

    Short stock lines ("Thank you.", "(Applause)") resemble each other too
    much for any margin to tell them apart, so the DP may merge two of them
    and leave the other side's second line over: a faithful translation
    would read as an omission plus an addition. Two 1-1 pairs that both
    clear the floor beat a merge plus a leftover, unless (with ``gap``) the
    sentence that would move is more than ``gap`` closer to the partner it
    leaves than to the leftover: a phrase of a sentence whose next source
    sentence was dropped ("… held painted coffins" beside a dropped quote)
    is no translation of that leftover, however well it clears the floor.
    """
    out = list(beads)
    k = 0
    while k < len(out):
        split = _split_one(out, k, sims, floor, gap) if _is_merge(out[k]) else None
        if split is None:
            k += 1
            continue
        lo, pair = split
        out[lo : lo + 2] = pair
        k = lo + 2
    return out


def _split_one(
    beads: list[Bead], k: int, sims: np.ndarray, floor: float, gap: float | None = None
) -> tuple[int, list[Bead]] | None:
    """Best split of merge ``beads[k]`` with an adjacent one-sentence leftover: (start index, two 1-1 beads)."""
    b = beads[k]
    many, one = (b.src, b.tgt) if len(b.src) == 2 else (b.tgt, b.src)
    if len(many) != 2 or len(one) != 1:
        return None
    many_is_src = len(b.src) == 2
    best: tuple[float, int, list[Bead]] | None = None
    for nb_k, partner in ((k - 1, one[0] - 1), (k + 1, one[0] + 1)):
        if not 0 <= nb_k < len(beads):
            continue
        nb = beads[nb_k]
        left = nb.tgt if many_is_src else nb.src
        if (nb.src and nb.tgt) or left != (partner,):
            continue
        ones = sorted((one[0], partner))
        pairs = list(zip(many, ones, strict=True))
        scores = [float(sims[(p, q) if many_is_src else (q, p)]) for p, q in pairs]
        if min(scores) < floor or (best is not None and sum(scores) <= best[0]):
            continue
        moved = ones.index(partner)  # the merged sentence that would leave ``one`` for the leftover
        mover = pairs[moved][0]
        if gap is not None and float(sims[(mover, one[0]) if many_is_src else (one[0], mover)]) - scores[moved] > gap:
            continue
        beads_11 = [Bead((p,), (q,), None) if many_is_src else Bead((q,), (p,), None) for p, q in pairs]
        best = (sum(scores), min(k, nb_k), beads_11)
    return None if best is None else (best[1], best[2])


def _is_merge(b: Bead) -> bool:
    return len(b.src) + len(b.tgt) > 2


def _realign_gap(
    sim: dict, ws: np.ndarray, wt: np.ndarray, mg: Margins, box: tuple[int, int, int, int], fits: dict
) -> list[Bead]:
    r0, r1, c0, c1 = box
    block = {(a, b): v[r0 : r1 - a + 1, c0 : c1 - b + 1] for (a, b), v in sim.items()}
    margin = _masked(_margins(block, mg), fits, box)
    loose = {s: v - mg.gap - (0.0 if s == (1, 1) else MERGE_PENALTY) for s, v in margin.items()}
    local = _dp(loose, ws[r0:r1], wt[c0:c1], (0, r1 - r0, 0, c1 - c0))
    return [Bead(tuple(i + r0 for i in b.src), tuple(j + c0 for j in b.tgt), None) for b in local]


def _fold_fragments(
    beads: list[Bead],
    vecs: tuple[np.ndarray, np.ndarray],
    sims: np.ndarray,
    ws: np.ndarray,
    wt: np.ndarray,
    mg: Margins,
    phrases: tuple[bool, bool] = (False, False),
) -> list[Bead]:
    """Fold a true fragment into the neighbouring bead it belongs to.

    When one side splits a sentence the other keeps whole (a stray full stop
    after an unknown abbreviation), the piece alone aligns with nothing. It is
    folded in only when it is short, its partner in the neighbouring bead is
    within ``gap`` of its nearest partner anywhere (no floor: a few words embed
    far from any whole sentence; a sentence already closer to its own bead's
    partner than to the piece does not count), and folding it in raises (does not lower)
    that bead's similarity. A dropped heading or credit line has no such
    partner and stays an omission. Leftovers of a side cut into phrases are
    :func:`_fold_phrases`' to join.
    """
    out = list(beads)
    norm = _length_norm(out, ws, wt)
    k = 0
    while k < len(out):
        b = out[k]
        if (b.src and b.tgt) or phrases[0 if b.src else 1]:
            k += 1
            continue
        options = [
            (_gain(folded, out[nb_k]), nb_k, folded)
            for nb_k in (k - 1, k + 1)
            if 0 <= nb_k < len(out) and _aligned(out[nb_k])
            for folded in [_fold(out, out[nb_k], b, vecs, sims, (ws, wt), mg, norm)]
            if folded is not None
        ]
        if not options:
            k += 1
            continue
        _, nb_k, folded = max(options, key=lambda o: o[0])
        out[nb_k] = folded
        del out[k]
    return out


def _length_norm(beads: list[Bead], ws: np.ndarray, wt: np.ndarray) -> tuple[float, float]:
    """The article's own length ratio (median log, article over source) of its 1-1 pairs, and its robust spread.

    Read off the pairs rather than the totals: a dropped or inserted sentence skews the totals, not the median.
    """
    ratios = np.array([np.log(wt[b.tgt[0]] / ws[b.src[0]]) for b in beads if len(b.src) == len(b.tgt) == 1])
    ratios = ratios[np.isfinite(ratios)]
    if not len(ratios):
        return 0.0, LENGTH_SPREAD
    return robust(ratios, LENGTH_SPREAD)


def _length_misfit(src_ids: Sequence[int], tgt_ids: Sequence[int], ws: np.ndarray, wt: np.ndarray, med: float) -> float:
    """How far a bead's length ratio (log) lies from the article's own."""
    s, t = float(ws[list(src_ids)].sum()), float(wt[list(tgt_ids)].sum())
    return abs(np.log(max(t, 1e-9) / max(s, 1e-9)) - med)


def _claimed(beads: list[Bead], sims: np.ndarray, is_src: bool) -> np.ndarray:
    """Per sentence of the other side: its best similarity within its own bead (-inf if unaligned).

    A fragment's nearest partner may be a sentence that already has a closer
    partner of its own ("Can we really scale this up?" beside "Is this
    really scalable?"): such a sentence is no alternative for it.
    """
    out = np.full(sims.shape[1] if is_src else sims.shape[0], -np.inf)
    for b in beads:
        for o in b.tgt if is_src else b.src:
            mine = b.src if is_src else b.tgt
            if mine:
                out[o] = max(float(sims[m, o] if is_src else sims[o, m]) for m in mine)
    return out


def _fold(
    beads: list[Bead],
    nb: Bead,
    frag: Bead,
    vecs: tuple[np.ndarray, np.ndarray],
    sims: np.ndarray,
    weights: tuple[np.ndarray, np.ndarray],
    mg: Margins,
    norm: tuple[float, float],
) -> Bead | None:
    """``nb`` with ``frag`` folded in, or None when ``frag`` is no fragment of it.

    A fragment fills out what its neighbour's sentence says, so folding it in must not push the bead's
    length ratio more than :data:`LENGTH_Z` robust spreads further from the article's own (``norm``:
    median, spread). A whole sentence folded into a bead that already fit (a dropped closing question
    beside the sentence before it, an inserted one) lengthens one side by a third or more; a piece split off
    at an abbreviation lengthens it by a few words. A piece that brings the bead nearer the article's ratio
    (a short question the translation joined to the next) may be more than :data:`FRAGMENT_SHARE` of it,
    when the bead then fits that ratio within one spread: an inserted question beside a sentence translated
    short overshoots, making the other side the long one.
    """
    ws, wt = weights
    is_src = bool(frag.src)
    (f,) = frag.src if is_src else frag.tgt
    own, other = (nb.src, nb.tgt) if is_src else (nb.tgt, nb.src)
    size = ws if is_src else wt
    s_ids, t_ids = tuple(sorted(nb.src + frag.src)), tuple(sorted(nb.tgt + frag.tgt))
    before, after = _length_misfit(nb.src, nb.tgt, ws, wt, norm[0]), _length_misfit(s_ids, t_ids, ws, wt, norm[0])
    if size[f] > FRAGMENT_CHARS or after - before > LENGTH_Z * norm[1]:
        return None
    if size[f] > FRAGMENT_SHARE * size[list(own)].max() and (after >= before or after > norm[1]):
        return None
    row = np.array(sims[f] if is_src else sims[:, f], dtype=float)
    taken = _claimed(beads, sims, is_src) > row
    taken[list(other)] = False
    row[taken] = -np.inf
    near = max(float(row[o]) for o in other)
    if near < float(row.max()) - mg.gap:
        return None
    merged = _cosine(vecs, (ws, wt), s_ids, t_ids)
    if merged < (nb.similarity or 0.0):
        return None
    return Bead(s_ids, t_ids, merged)


def for_language(al: Alignment, lang: str | None, source_lang: str = "en") -> list[Bead]:
    """``al.beads`` as the margins of ``source_lang``→``lang`` decide them.

    Callers that built the alignment without knowing the language (attribution
    runs before the language is read) get the calibrated decision here.
    """
    mg = margins_for(lang, source_lang)
    shapes = bead_shapes(lang, source_lang)
    if al.vectors is None or (mg == al.margins and shapes == al.shapes):
        return al.beads
    done = _REDONE.setdefault(al, {})
    if (mg, shapes) not in done:
        src, tgt, ws, wt = al.vectors
        sim = _similarities(src, tgt, ws, wt, shapes)
        beads = relative_beads(sim, ws, wt, (src, tgt), mg, phrase_sides(lang, source_lang))
        done[(mg, shapes)] = _by_texts(al, beads, mg.prior, al.texts, shapes) if al.texts else beads
    return done[(mg, shapes)]


#: Beads redone per alignment and margins: several checks ask for the same.
_REDONE: weakref.WeakKeyDictionary[Alignment, dict[tuple[Margins, tuple], list[Bead]]] = weakref.WeakKeyDictionary()
