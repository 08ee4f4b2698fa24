"""The aligner's last stage: sentences left over that are each other's after all, one a side in a gap, sharing a figure.

Alignment is monotonic, so a source sentence and an article sentence left over alone between two aligned
beads have no other partner. A dense sentence of compounds (Finnish "neliökilometriä mäntymetsää") may embed
below the pair's floor; a figure both write is the evidence the embedding lacks. The aligner decides it
(:func:`mt_audit.align.anchored`), so that alignment.jsonl, the pairs every check reads
(:meth:`~mt_audit.checks.base.CheckInput.pairs`) and the omission and addition checks agree.

Without a shared figure, lengths that fit the article's own ratio are that evidence (Gale and Church aligned
by length alone): in a language the embedder reads weakly (Northern Sami) a faithful sentence may embed no
nearer its source than to the rest of the story, and its place and length are all that tell. Claiming it
left out and something added in its place would say more than the evidence does.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import numpy as np
import regex

from mt_audit.languages import to_latin
from mt_audit.robust import robust
from mt_audit.types import Bead

#: Digits a figure needs to tie two sentences: "32" is rarely in both by chance, "5" often is.
ANCHOR_DIGITS = 2
#: Length evidence: at least this many 1-1 pairs make the article's ratio, and a lone gap's ratio (log) lies
#: within :data:`LENGTH_Z` robust spreads of its median, the spread floored at :data:`LENGTH_SPREAD`.
MIN_LENGTH_PAIRS, LENGTH_Z, LENGTH_SPREAD = 3, 1.0, 0.12
_FIGURE = regex.compile(r"\d+")
#: Capitalised Latin-script words of at least this many letters: names and brands an article keeps as its source
#: writes them (an English word left untranslated is written small, and "lake" ties no sentence to the one source
#: sentence of several that says "lake").
LATIN_LETTERS = 3
LATIN_NAME = regex.compile(rf"\p{{Lu}}\p{{Latin}}{{{LATIN_LETTERS - 1},}}")
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’-]*")
#: Most sentences a side of a gap paired in order (:func:`_square_gap`).
MAX_SQUARE = 3


def anchored_gaps(
    beads: list[Bead], sims: np.ndarray, prior: float, texts: tuple[Sequence[str], Sequence[str]]
) -> list[Bead]:
    """``beads`` with each gap of one source and one article sentence, between aligned beads, paired when the two
    ``texts`` share a figure of :data:`ANCHOR_DIGITS` or more, or their lengths fit the article's ratio
    (:func:`_length_fits`), and their similarity (``sims``, 1-1) clears ``prior``, that of unrelated sentences
    in the language pair."""
    out: list[Bead] = []
    k = 0
    while k < len(beads):
        square = _square_gap(beads, k)
        if square is not None and _pairs_in_order(square, beads, sims, prior, texts):
            out += [Bead((i,), (j,), float(sims[i, j])) for i, j in zip(*square)]
            k += 2 * len(square[0])
            continue
        pair = _lone_gap(beads, k)
        if pair is not None:
            i, j = pair
            tied = _figures(texts[0][i]) & _figures(texts[1][j]) or _length_fits(beads, texts, i, j)
            if sims[i, j] >= prior and tied:
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


def _square_gap(beads: list[Bead], k: int) -> tuple[list[int], list[int]] | None:
    """(source, article) sentences of a gap at ``k`` of 2 to :data:`MAX_SQUARE` unaligned sentences a side, as
    many on each, aligned beads around it."""
    end = k
    while end < len(beads) and not (beads[end].src and beads[end].tgt):
        end += 1
    src = [i for b in beads[k:end] for i in b.src]
    art = [j for b in beads[k:end] for j in b.tgt]
    if not 2 <= len(src) == len(art) <= MAX_SQUARE or end - k != 2 * len(src):
        return None
    around = beads[k - 1 : k] + beads[end : end + 1]
    return (src, art) if len(around) == 2 and all(c.src and c.tgt for c in around) else None


def _pairs_in_order(
    square: tuple[list[int], list[int]],
    beads: list[Bead],
    sims: np.ndarray,
    prior: float,
    texts: tuple[Sequence[str], Sequence[str]],
) -> bool:
    """Whether the sentences of a square gap are each other's in order: each pair the other's nearest inside the
    gap, above ``prior``, and tied by a figure or a fitting length (a changed figure left two translated
    sentences over, read as two omissions and two additions)."""
    src, art = square
    block = sims[np.ix_(src, art)]
    for a, (i, j) in enumerate(zip(src, art)):
        tied = _figures(texts[0][i]) & _figures(texts[1][j]) or _length_fits(beads, texts, i, j)
        if block[a, a] < prior or block[a].argmax() != a or block[:, a].argmax() != a or not tied:
            return False
    return True


def _figures(text: str) -> set[int]:
    """The figures of :data:`ANCHOR_DIGITS` digits or more in ``text``, in any script's digits."""
    return {int(f) for f in _FIGURE.findall(text) if len(f) >= ANCHOR_DIGITS}


def figures(text: str) -> frozenset[str]:
    """``text``'s figures of :data:`ANCHOR_DIGITS` digits or more as anchors ("#280"), by value in any script's
    digits: "২০০" and "200" are one anchor."""
    return frozenset(f"#{f}" for f in _figures(text))


def names(text: str) -> frozenset[str]:
    """Capitalised Latin-script words of ``text`` past its first word (:data:`LATIN_NAME`): names as a translation
    keeping Latin letters writes them. Any sentence capitalises its first word, which names nothing."""
    words = [w.group() for w in _WORD.finditer(text)][1:]
    return frozenset(w for w in words if LATIN_NAME.fullmatch(w))


def heard_names(text: str) -> frozenset[str]:
    """:func:`names` of ``text`` read in Latin letters by ICU (:func:`~mt_audit.languages.to_latin`), the apostrophe
    ICU writes for a soft sign dropped: a name an article writes in its own script ("Аслак Сара", "Хельсинкитээҕи")
    anchors its sentence as the source's Latin spelling does, and accents fold alike on both sides ("Bogotá")."""
    return names(to_latin(text).replace("'", ""))


def writes_name(name: str, words: frozenset[str]) -> bool:
    """Whether ``words`` (:func:`heard_names` of an article sentence) write the source's ``name``: as it is, or,
    for a name of :data:`STEM_LETTERS` letters or more, opening a word with a case ending glued on
    ("Helsinkiteegi", in Helsinki; "Laplandia")."""
    return name in words or (len(name) >= STEM_LETTERS and any(w.startswith(name) for w in words))


#: Letters a name needs before a longer word opening with it counts as the name with a case ending: a
#: shorter one opens unrelated names by chance ("Ana", "Anatoli").
STEM_LETTERS = 4


def name_runs(text: str) -> frozenset[str]:
    """Runs of two or more :func:`names` a space apart ("Aslak Sara", "North Wind Cooperative"): a person's or an
    organisation's name, which a translation keeping Latin letters writes as is. A single word may be a place
    the language names its own way (Geneva, "Ginebra")."""
    runs: list[list[regex.Match]] = []
    for w in list(_WORD.finditer(text))[1:]:
        if not LATIN_NAME.fullmatch(w.group()):
            runs.append([])
        elif runs and runs[-1] and text[runs[-1][-1].end() : w.start()] == " ":
            runs[-1].append(w)
        else:
            runs.append([w])
    return frozenset(" ".join(w.group() for w in r) for r in runs if len(r) > 1)


def mark_kind(char: str) -> str:
    """ "?" or "!" for any script's question or exclamation mark (by its Unicode name), else ""."""
    try:
        name = unicodedata.name(char)
    except ValueError:
        return ""
    if "QUESTION MARK" in name:
        return "?"
    return "!" if "EXCLAMATION MARK" in name else ""


def _length_fits(beads: list[Bead], texts: tuple[Sequence[str], Sequence[str]], i: int, j: int) -> bool:
    """Whether source sentence ``i`` and article sentence ``j`` have the length ratio of the article's 1-1 pairs."""
    ratios = np.array(
        [_log_ratio(texts[0][b.src[0]], texts[1][b.tgt[0]]) for b in beads if len(b.src) == len(b.tgt) == 1]
    )
    if len(ratios) < MIN_LENGTH_PAIRS:
        return False
    med, spread = robust(ratios, LENGTH_SPREAD)
    return abs(_log_ratio(texts[0][i], texts[1][j]) - med) <= LENGTH_Z * spread


def _log_ratio(source: str, article: str) -> float:
    return float(np.log(max(len(article), 1) / max(len(source), 1)))
