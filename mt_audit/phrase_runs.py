"""Runs of leftover phrases on a side segmented into phrases (Thai, Lao): where they belong.

The margin DP of :mod:`mt_audit.align` aligns sentence by sentence; on a side cut
into phrases a sentence is a run of them, and the DP leaves over those that embed
near nothing (a name, "said", "in a normal year"). This module decides, for each
run left over between two aligned beads, which of its phrases join the bead
before, which the bead after, and which stay over as an inserted sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from mt_audit.types import Bead

if TYPE_CHECKING:
    from mt_audit.align import Margins

#: A fragment is at most this many characters: a heading or credit line, a stray piece.
FRAGMENT_CHARS = 48


def _fold_phrases(
    beads: list[Bead],
    vecs: tuple[np.ndarray, np.ndarray],
    weights: tuple[np.ndarray, np.ndarray],
    mg: Margins,
    is_src: bool,
) -> list[Bead]:
    """Join each run of leftover phrases to the aligned beads around it where it belongs (:func:`_split_run`).

    On a side cut into phrases (Thai, Lao) a sentence's name or title phrase embeds near
    nothing, and joining it rarely raises a bead's similarity, so the DP leaves it over;
    an inserted sentence must still stay over. A sentence left over on the other side (an
    omission between the phrases and their sentence) is stepped over: it stays where it is.
    """
    out = list(beads)
    k = 0
    while k < len(out):
        if not _phrase_leftover(out[k], is_src):
            k += 1
            continue
        end = k
        while end < len(out) and _phrase_leftover(out[end], is_src):
            end += 1
        lo, hi = k, end
        while lo and _phrase_leftover(out[lo - 1], not is_src):
            lo -= 1
        while hi < len(out) and _phrase_leftover(out[hi], not is_src):
            hi += 1
        before = out[lo - 1] if lo and out[lo - 1].src and out[lo - 1].tgt else None
        after = out[hi] if hi < len(out) and out[hi].src and out[hi].tgt else None
        run = [p for b in out[k:end] for p in (b.src if is_src else b.tgt)]
        head, tail = _split_run(run, (before, after), vecs, weights, mg, is_src)
        new = [] if before is None else [_joined(before, run[:head], vecs, weights, is_src)]
        new += out[lo:k] + [Bead((p,), (), None) if is_src else Bead((), (p,), None) for p in run[head:tail]]
        new += out[end:hi] + ([] if after is None else [_joined(after, run[tail:], vecs, weights, is_src)])
        start = lo - (before is not None)
        out[start : hi + (after is not None)] = new
        k = start + len(new)
    return out


def _phrase_leftover(b: Bead, is_src: bool) -> bool:
    return bool(b.src) and not b.tgt if is_src else bool(b.tgt) and not b.src


def _split_run(
    run: list[int],
    around: tuple[Bead | None, Bead | None],
    vecs: tuple[np.ndarray, np.ndarray],
    weights: tuple[np.ndarray, np.ndarray],
    mg: Margins,
    is_src: bool,
) -> tuple[int, int]:
    """(head, tail): ``run[:head]`` joins the bead before, ``run[tail:]`` the bead after, the middle stays over.

    A longer run than a fragment may hold a sentence of its own: a piece of it joins a bead
    only when, embedded as a whole, its nearest partner in the bead is within ``gap`` of its
    nearest anywhere and clears the floor, and a piece longer than a fragment must not lower
    the bead's similarity. A piece no longer than a fragment may also join when it raises the
    bead's similarity: an opening such as "in a normal year" embeds near nothing alone, yet
    completes its sentence, and an inserted sentence beside it must not take it along; a longer
    piece may when it also evens the bead's lengths (:func:`_completes`). The most weight joined
    wins, then the highest summed similarity. Such pieces never leave of the
    run only a fragment (which would join a neighbour in turn): the inserted sentence stays.
    What would stay over is no sentence when no longer than a fragment (names, a title: a few
    words embed near nothing, or near another sentence naming the same person): it joins the
    neighbour it is more similar to.
    """
    mine, other = (vecs[0], vecs[1]) if is_src else (vecs[1], vecs[0])
    size = weights[0] if is_src else weights[1]
    heavy = float(size[run].sum()) > FRAGMENT_CHARS

    def row(piece: list[int]) -> np.ndarray:
        v = (mine[piece] * size[piece, None]).sum(axis=0)
        return other @ (v / max(float(np.linalg.norm(v)), 1e-12))

    def near(piece: list[int], bead: Bead | None) -> float:
        return -np.inf if bead is None else max(float(row(piece)[o]) for o in (bead.tgt if is_src else bead.src))

    def fit(piece: list[int], bead: Bead | None) -> float | None:
        if not piece:
            return 0.0
        if bead is None:
            return None
        sim = near(piece, bead)
        if heavy and (sim < float(row(piece).max()) - mg.gap or sim < mg.floor):
            if not _completes(bead, piece, vecs, weights, is_src):
                return None
            if float(size[piece].sum()) <= FRAGMENT_CHARS:
                completed.add(tuple(piece))  # a longer piece completes by its length: it may take the whole run
        out = bead is around[0]  # read from the bead outwards: forwards after the bead before, backwards before
        rest = [p for p in run if p not in piece]
        if float(size[piece].sum()) > FRAGMENT_CHARS and _lowers(
            bead, piece if out else piece[::-1], vecs, weights, is_src, rest if out else rest[::-1]
        ):
            return None
        return sim

    completed: set[tuple[int, ...]] = set()
    best, cut = (-1.0, -1.0), (0, len(run))
    for head in range(len(run) + 1):
        to_before = fit(run[:head], around[0])
        if to_before is None:
            break
        for tail in range(head, len(run) + 1):
            to_after = fit(run[tail:], around[1])
            if to_after is None or _consumed(run, head, tail, completed, size):
                continue
            score = (float(size[run[:head]].sum() + size[run[tail:]].sum()), to_before + to_after)
            if score > best:
                best, cut = score, (head, tail)
    head, tail = cut
    middle = run[head:tail]
    if middle and float(size[middle].sum()) <= FRAGMENT_CHARS and any(around):
        return (tail, tail) if near(middle, around[0]) >= near(middle, around[1]) else (head, head)
    return cut


def _consumed(run: list[int], head: int, tail: int, completed: set[tuple[int, ...]], size: np.ndarray) -> bool:
    """Whether completing pieces leave of a run that holds a sentence only a fragment, which would join too."""
    peeled = tuple(run[:head]) in completed or tuple(run[tail:]) in completed
    return peeled and float(size[run[head:tail]].sum()) <= FRAGMENT_CHARS


def _completes(bead: Bead, piece: list[int], vecs: tuple, weights: tuple, is_src: bool) -> bool:
    """Whether ``piece`` raises ``bead``'s similarity when joined: the rest of its sentence. A piece longer than a
    fragment must also bring the bead's lengths nearer each other (weights are scaled to equal totals, so a
    whole sentence's are about equal): a name and title run ("Mr Daniel Tremblay, the provincial minister,
    said") fills out the half of its sentence the bead holds; an inserted sentence beside a bead that already
    fits makes one side far longer."""
    size = weights[0] if is_src else weights[1]
    joined = _joined(bead, piece, vecs, weights, is_src)
    if (joined.similarity or 0.0) <= (bead.similarity or 0.0):
        return False
    return float(size[piece].sum()) <= FRAGMENT_CHARS or _length_gap(joined, weights) < _length_gap(bead, weights)


def _length_gap(bead: Bead, weights: tuple) -> float:
    """How far a bead's two sides are from equal length (absolute log ratio of their summed weights)."""
    s, t = float(weights[0][list(bead.src)].sum()), float(weights[1][list(bead.tgt)].sum())
    return abs(float(np.log(max(t, 1e-9) / max(s, 1e-9))))


def _lowers(bead: Bead, piece: list[int], vecs: tuple, weights: tuple, is_src: bool, rest: list[int]) -> bool:
    """Whether joining ``piece`` lowers ``bead``'s similarity below what joining a part of it reaches, what the
    part would leave of the run being longer than a fragment.

    ``piece`` and ``rest`` (the rest of the run beyond it) are read from the bead outwards; the parts of
    ``piece`` are its runs next to the bead, the bead alone included. The rest of a sentence raises its
    bead, and an inserted sentence beyond it, riding along, lowers it again; a name and title beside
    "said" may lower it a little, and is no sentence.
    """
    size = weights[0] if is_src else weights[1]
    full = _joined(bead, piece, vecs, weights, is_src).similarity or 0.0
    for k in range(len(piece)):
        part, left = piece[:k], piece[k:] + rest
        if (
            float(size[left].sum()) > FRAGMENT_CHARS
            and (_joined(bead, part, vecs, weights, is_src).similarity or 0.0) > full
        ):
            return True
    return False


def _joined(bead: Bead, extra: list[int], vecs: tuple[np.ndarray, np.ndarray], weights: tuple, is_src: bool) -> Bead:
    """``bead`` with the phrases ``extra`` of its source or article side joined in, and its similarity redone."""
    if not extra:
        return bead
    s_ids = tuple(sorted(bead.src + tuple(extra))) if is_src else bead.src
    t_ids = bead.tgt if is_src else tuple(sorted(bead.tgt + tuple(extra)))
    return Bead(s_ids, t_ids, _cosine(vecs, weights, s_ids, t_ids))


def _cosine(
    vecs: tuple[np.ndarray, np.ndarray], weights: tuple[np.ndarray, np.ndarray], s_ids: tuple, t_ids: tuple
) -> float:
    """Cosine of the length-weighted sums of two groups of sentence embeddings."""
    (src, tgt), (ws, wt) = vecs, weights
    a = (src[list(s_ids)] * ws[list(s_ids), None]).sum(axis=0)
    b = (tgt[list(t_ids)] * wt[list(t_ids), None]).sum(axis=0)
    return float(a @ b / max(float(np.linalg.norm(a) * np.linalg.norm(b)), 1e-12))
