"""How a language's frequency list forms its words: the endings it declines them with, the compounds it heads.

A word the article's language declines or compounds as its own is no English text leaked into its corpus
(:mod:`mt_audit.checks.copied`, :mod:`mt_audit.checks.spinner`). Both read only wordfreq's list of the language:
which forms it holds beside the word, and which endings it puts on its common words at all.
"""

from __future__ import annotations

import bisect
import heapq
import math
from collections import Counter
from functools import cache, lru_cache

from mt_audit.lexicon import ALIASES, frequency_dict, has_frequencies, zipf

#: An ending the language puts on at least this share of its common words (Danish "-en", "-er", "-e" on a tenth
#: and more): an inflection or suffix of its own. A word's longer forms with an ending no other word takes are
#: other words that begin alike (Danish "forestå" is "fore" + "stå", no "forest" declined): "-å" ends a
#: thousandth of them.
ENDING_SHARE = 0.01
#: The common words whose endings are counted: the list's most frequent words of at least COMMON_MIN_LETTERS.
COMMON_WORDS = 5000
COMMON_MIN_LETTERS = 4


@cache
def _sorted_words(code: str) -> tuple[str, ...]:
    return tuple(sorted(frequency_dict(code)))


def _longer_forms(low: str, code: str, letters: int) -> list[str]:
    """The list's forms that are ``low`` with one to ``letters`` letters after it."""
    words, out = _sorted_words(code), []
    for k in range(bisect.bisect_right(words, low), len(words)):
        form = words[k]
        if not form.startswith(low):
            break
        if len(form) - len(low) <= letters and form[len(low) :].isalpha():
            out.append(form)
    return out


@cache
def language_endings(code: str, letters: int = 2) -> frozenset[str]:
    """The endings of one to ``letters`` letters the list's common words take (:data:`ENDING_SHARE` of them): the
    language's inflections and suffixes, read from which of its words' longer forms it holds."""
    frequencies = frequency_dict(code)
    common = set(
        heapq.nlargest(
            COMMON_WORDS,
            (w for w in frequencies if len(w) >= COMMON_MIN_LETTERS and w.isalpha()),
            key=frequencies.__getitem__,
        )
    )
    counts = Counter(
        form[-cut:]
        for form in frequencies
        for cut in range(1, letters + 1)
        if form[:-cut] in common and form[-cut:].isalpha()
    )
    return frozenset(e for e, n in counts.items() if n >= ENDING_SHARE * len(common))


@lru_cache(maxsize=50_000)
def ending_zipf(word: str, lang: str, letters: int = 2) -> float:
    """The Zipf frequency, in ``lang``'s list, of ``word`` with any ending of one to ``letters`` letters that English
    never writes and the language puts on its words (:func:`language_endings`), all such forms together ("costul",
    "costă" for Romanian "cost"): how often the language declines the word as its own. 0.0 without such a form or
    without a list."""
    low = word.lower()
    if not low or not has_frequencies(lang):
        return 0.0
    code = ALIASES.get(lang, lang)
    frequencies, endings = frequency_dict(code), language_endings(code, letters)
    total = sum(
        frequencies[form]
        for form in _longer_forms(low, code, letters)
        if form[len(low) :] in endings and zipf(form, "en") == 0.0
    )
    return round(math.log10(total * 1e9), 2) if total > 0.0 else 0.0


@cache
def _reversed_words(code: str) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """A list's words spelled backwards, sorted, with their frequencies: its compounds sharing a head sit together."""
    pairs = sorted((w[::-1], f) for w, f in frequency_dict(code).items())
    return tuple(w for w, _ in pairs), tuple(f for _, f in pairs)


#: A compound's modifier: a content word of the list, neither rare nor one of the particles ("aan", "over") that
#: glue onto verbs ("aanpassing" is no compound of "passing").
MODIFIER_ZIPF = (3.0, 5.0)
#: The fewest compounds that make a head: one form may end in the word by chance.
MIN_COMPOUNDS = 2


@lru_cache(maxsize=50_000)
def head_zipf(word: str, lang: str, min_modifier: int = 4) -> float:
    """The Zipf frequency, in ``lang``'s list, of the compounds whose head is ``word`` ("koolstofdioxide" for Dutch
    "dioxide"), all together. A language compounds its own words, not English text leaked into its corpus.

    A form counts when a content word of the list (:data:`MODIFIER_ZIPF`, ``min_modifier`` letters or more) is
    glued before ``word``, English never writes it, and no listed word spans the seam ("proeftraining" is
    "proef" + "training", not a compound of "raining"); a ``word`` that itself ends in a listed word ("stages",
    "tages") has no seam to trust. 0.0 with fewer than :data:`MIN_COMPOUNDS` such forms or without a list.
    """
    low = word.lower()
    if len(low) < 5 or not has_frequencies(lang):
        return 0.0
    if any(zipf(low[k:], lang) >= MODIFIER_ZIPF[0] for k in (1, 2)):
        return 0.0
    code = ALIASES.get(lang, lang)
    backwards, frequencies = _reversed_words(code)
    key, total, found = low[::-1], 0.0, 0
    for k in range(bisect.bisect_left(backwards, key), len(backwards)):
        form = backwards[k]
        if not form.startswith(key):
            break
        modifier = form[len(key) :][::-1]
        if len(modifier) < min_modifier or not modifier.isalpha():
            continue
        if not MODIFIER_ZIPF[0] <= zipf(modifier, lang) < MODIFIER_ZIPF[1] or zipf(modifier + low, "en") > 0.0:
            continue
        if any(zipf(modifier[-n:] + low, lang) > 0.0 for n in (1, 2)):
            continue
        total += frequencies[k]
        found += 1
    return round(math.log10(total * 1e9), 2) if found >= MIN_COMPOUNDS else 0.0
