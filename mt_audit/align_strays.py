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

Where the sentences' texts are known, what the parts write tells as well (:func:`unanchored_strays`): a part that
writes a figure, asks a question, or (in an article written in Latin letters) writes a name of several words,
none of which its partner writes, is no part of it. A language the model reads weakly gives the similarities
no say there (a dropped sentence is as near its neighbour's translation as that neighbour's own source), and a
short closing question may fit the bead's length as well as its absence does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from mt_audit.anchors import LENGTH_Z, MIN_LENGTH_PAIRS, figures, mark_kind, name_runs
from mt_audit.embed import dominant_script
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


def unanchored_strays(
    beads: list[Bead],
    texts: tuple[Sequence[str], Sequence[str]],
    sims: np.ndarray,
    phrases: tuple[bool, bool] = (False, False),
) -> list[Bead]:
    """``beads`` with each 2-1 or 1-2 bead's one part that its partner does not bear out left unaligned beside the
    pair the other part makes (``texts``: source and article sentences; ``sims``: their 1-1 similarities); a side
    cut into phrases (Thai: ``phrases``) keeps its merges, which join one sentence's phrases.

    Tests in order, the first that singles out one part deciding: the part writes figures
    (:func:`mt_audit.anchors.figures`) none of which its partner writes, and every figure the partner writes is
    the other part's (a figure written otherwise is a changed number, the number check's, not a sentence left
    out); it asks a question its partner does not ask; in an article written in Latin letters, it writes names
    of several words (:func:`mt_audit.anchors.name_runs`) no word of which its partner writes, and the pair left
    fits the article's length ratio better than the whole bead. A translation keeps a figure and a question; a
    person's or an organisation's name it writes as is where it keeps Latin letters, but may respell it in its
    own script, and may name a place its own way ("West Africa", "Afryce Zachodniej"): lengths must agree.
    """
    ratio = _text_ratio(beads, texts)
    tests: list[tuple[Callable[[str, str, str], bool], bool]] = [(_figures_missing, False), (_question_missing, False)]
    if ratio is not None and dominant_script(" ".join(texts[1])) == "LATIN":
        tests.append((_names_missing, True))
    out: list[Bead] = []
    for b in beads:
        many_src = len(b.src) == 2
        out += [b] if phrases[0 if many_src else 1] else _unanchored(b, texts, tests, sims, ratio or 0.0)
    return out


def _unanchored(
    b: Bead,
    texts: tuple[Sequence[str], Sequence[str]],
    tests: list[tuple[Callable[[str, str, str], bool], bool]],
    sims: np.ndarray,
    ratio: float,
) -> list[Bead]:
    """The bead, or its pair and its part the partner does not bear out, in order (``ratio``: the article's median
    log length ratio, for tests that need lengths to agree)."""
    if sorted((len(b.src), len(b.tgt))) != [1, 2]:
        return [b]
    many_src = len(b.src) == 2
    many, one = (b.src, b.tgt[0]) if many_src else (b.tgt, b.src[0])
    parts, partner = (texts[0], texts[1][one]) if many_src else (texts[1], texts[0][one])
    for test, by_length in tests:
        strays = [p for p in many if test(parts[p], partner, parts[many[0] + many[1] - p])]
        if len(strays) != 1:
            continue
        keep = next(p for p in many if p != strays[0])
        i, j = (keep, one) if many_src else (one, keep)
        if by_length and _misfit(texts, (i,), (j,), ratio) >= _misfit(texts, b.src, b.tgt, ratio):
            continue
        left = Bead((strays[0],), (), None) if many_src else Bead((), (strays[0],), None)
        pair = Bead((i,), (j,), float(sims[i, j]))
        return [pair, left] if strays[0] > keep else [left, pair]
    return [b]


def _text_ratio(beads: list[Bead], texts: tuple[Sequence[str], Sequence[str]]) -> float | None:
    """The median log length ratio (characters) of the article's 1-1 beads; None with fewer than :data:`MIN_PAIRS`."""
    ratios = [_misfit(texts, b.src, b.tgt, 0.0, signed=True) for b in beads if len(b.src) == len(b.tgt) == 1]
    return float(np.median(ratios)) if len(ratios) >= MIN_PAIRS else None


def _misfit(
    texts: tuple[Sequence[str], Sequence[str]],
    src: Sequence[int],
    tgt: Sequence[int],
    ratio: float,
    signed: bool = False,
) -> float:
    """How far the log length ratio of ``tgt`` over ``src`` (characters) lies from ``ratio``."""
    s = max(sum(len(texts[0][i]) for i in src), 1)
    t = max(sum(len(texts[1][j]) for j in tgt), 1)
    d = float(np.log(t / s)) - ratio
    return d if signed else abs(d)


def _figures_missing(part: str, partner: str, other: str) -> bool:
    own, theirs = figures(part), figures(partner)
    return bool(own) and own.isdisjoint(theirs) and theirs <= figures(other)


def _question_missing(part: str, partner: str, other: str) -> bool:
    """The part asks (any script's question mark) and the partner does not. A semicolon counts as the partner's
    question mark: Greek's (U+037E) is one after NFC."""
    asks = any(mark_kind(c) == "?" for c in part)
    return asks and not any(mark_kind(c) == "?" or c == ";" for c in partner)


def _names_missing(part: str, partner: str, other: str) -> bool:
    """The part writes names of two words or more (:func:`mt_audit.anchors.name_runs`: "Aslak Sara") and the
    partner writes no word of them (a name with one word changed, "Beyond Nab Close", is the entity checks')."""
    words = {w for run in name_runs(part) for w in run.split()}
    return bool(words) and not any(w in partner for w in words)
