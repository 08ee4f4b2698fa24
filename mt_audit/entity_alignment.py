"""Which words of a target sentence translate which words of an English brand, by word embeddings.

A sentence embedding of a small multilingual model reads a phrase of a language it knows little
(Armenian, Persian, Amharic) only vaguely as the name it translates: "Կանաչ հովտի էներգիա" for "Green
Valley Energy" is hardly nearer the name than the sentence's other phrases. Its words are nearer: each
word of a word-for-word rendering is the target word nearest one word of the name, and that name word is
its nearest English word, once each word's nearness to everything (a hub: "the", a particle) is taken
off (cross-domain similarity local scaling, Conneau et al. 2018). Two words of the name or more, so
aligned to words standing side by side, are the name translated. Pure functions: the caller passes the
embedding function.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

#: Nearest neighbours whose mean cosine is a word's nearness to everything (its hubness).
HUB_NEIGHBOURS = 3
#: An aligned target word is nearer its name word than any other English word by this much (CSLS).
MIN_WORD_LEAD = 0.01

Embed = Callable[[Sequence[str]], np.ndarray]


def csls(sims: np.ndarray, k: int = HUB_NEIGHBOURS) -> np.ndarray:
    """Cosines (rows: target words, columns: English words) less each word's mean cosine with its ``k``
    nearest of the other side: a word near everything is near nothing in particular."""
    rows = np.sort(sims, axis=1)[:, -min(k, sims.shape[1]) :].mean(axis=1)
    cols = np.sort(sims, axis=0)[-min(k, sims.shape[0]) :, :].mean(axis=0)
    return 2 * sims - rows[:, None] - cols[None, :]


def aligned_words(scores: np.ndarray, names: int, lead: float = MIN_WORD_LEAD) -> dict[int, int]:
    """Name word -> target word, for name words (the first ``names`` columns of ``scores``) whose
    nearest target word has them as its nearest English word, each ahead of the next by ``lead``: the
    target word stands out among the target's words for the name word, and the name word among the
    English words for it (a pair one of them barely prefers is chance)."""
    out: dict[int, int] = {}
    if scores.shape[0] < 2 or scores.shape[1] < 2:
        return out
    for i in range(names):
        j = int(np.argmax(scores[:, i]))
        row, col = np.sort(scores[j]), np.sort(scores[:, i])
        if int(np.argmax(scores[j])) == i and min(row[-1] - row[-2], col[-1] - col[-2]) >= lead:
            out[i] = j
    return out


def word_alignment(
    words: Sequence[str], context_words: Sequence[str], target_words: Sequence[str], embed: Embed
) -> dict[int, frozenset[int]]:
    """Name word index -> the indices of the target word that translates it (every place the sentence writes
    that word), for the name's words some target word translates (see :func:`aligned_words`). The English
    side is the name's words and the source sentence's other words, so a target word that translates the
    rest of the sentence is claimed by its own English word."""
    keys = [w.lower() for w in words]
    english = keys + sorted({c.lower() for c in context_words} - set(keys))
    distinct = sorted(set(target_words))
    if not distinct or len(english) < 2:
        return {}
    vecs = embed([*distinct, *english])
    sims = vecs[: len(distinct)] @ vecs[len(distinct) :].T
    where = {w: frozenset(j for j, t in enumerate(target_words) if t == w) for w in distinct}
    return {i: where[distinct[j]] for i, j in aligned_words(csls(sims), len(keys)).items()}


def aligned_cluster(aligned: dict[int, frozenset[int]], size: int, widest: int) -> tuple[int, int] | None:
    """The first and last target word (indices, inclusive) of the tightest group of aligned target words
    no more than ``widest`` words wide that holds at least two of the name's words and all but one of a
    name of ``size`` words; None where none does."""
    need = max(2, size - 1)
    hits = sorted((j, i) for i, js in aligned.items() for j in js)
    best: tuple[int, int] | None = None
    for a in range(len(hits)):
        for b in range(a + 1, len(hits)):
            lo, hi = hits[a][0], hits[b][0]
            names = {i for _, i in hits[a : b + 1]}
            if hi - lo + 1 <= widest and len(names) >= need and (best is None or hi - lo < best[1] - best[0]):
                best = (lo, hi)
    return best


def phrase_nearest(
    phrase: str, context_words: Sequence[str], target_words: Sequence[str], embed: Embed
) -> tuple[int, float] | None:
    """(index of the target word, its lead) for the target word that the whole English ``phrase`` and it
    each have as their nearest of the other side (CSLS, as :func:`aligned_words`), the lead being the smaller
    of the two margins over the runner-up; None where none does. A language's own name for a place is
    one word that reads as the whole name ("Ostsee" for "Baltic Sea"), which no word of the name alone
    need be nearest to; the English side is the phrase and the source sentence's other words, so a target
    word that translates another word of the sentence is claimed by it."""
    keys = {w.lower() for w in phrase.split()}
    english = [phrase.lower(), *sorted({c.lower() for c in context_words} - keys - {phrase.lower()})]
    distinct = sorted(set(target_words))
    if len(distinct) < 2 or len(english) < 2:
        return None
    vecs = embed([*distinct, *english])
    scores = csls(vecs[: len(distinct)] @ vecs[len(distinct) :].T)
    j = int(np.argmax(scores[:, 0]))
    if int(np.argmax(scores[j])) != 0:
        return None
    row, col = np.sort(scores[j]), np.sort(scores[:, 0])
    return target_words.index(distinct[j]), float(min(row[-1] - row[-2], col[-1] - col[-2]))
