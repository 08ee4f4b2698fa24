"""Bare article figures that are a source figure without its scale word ("3.7" of "3.7 billion"): a scale word
written in a form not read here ("3.7 piriona"), or a scale word dropped ("3.7 tāra", dollars), told apart by
the words beside the figure."""

from __future__ import annotations

from collections.abc import Callable
from difflib import SequenceMatcher
from functools import cache
from os.path import commonprefix

import regex

from mt_audit.checks.base import CheckInput
from mt_audit.entity_forms import loose_skeleton
from mt_audit.languages import currency_name_words, to_latin
from mt_audit.lexicon import has_frequencies, zipf
from mt_audit.numbers import Quantity, close, figure_link
from mt_audit.numbers_quantity import comparable_units
from mt_audit.numbers_words import bare, compact_scales, words
from mt_audit.unit_names import neighbour_units, root_unit_names
from mt_audit.units import WORD, convertible, local_units, spelling_key, unit_of

#: Powers of ten a scale word may stand for: thousand (3) to trillion (12), the lakh and crore among them.
SCALE_POWERS = range(3, 13)
#: A figure of digits and separators alone, no scale word read with it.
_BARE_FIGURE = regex.compile(r"\d[\d.,\s'’]*")
#: Words on either side of a bare figure searched for a word not known to the language.
SCALE_NEIGHBOURS = 2
#: Letters of a unit's name that an inflected form of it keeps (the checks' ``UNIT_PREFIX``).
NAME_PREFIX = 4
#: Letters at a unit name's end that its inflected forms may change ("kilometr", "kilometrów").
NAME_ENDING = 2
_WORD = regex.compile(WORD)
#: The word right after a figure (a link word passed: "3,7 de"), and the word right before it.
_AFTER = regex.compile(r"[ \u00a0](\p{L}[\p{L}\p{M}]*)")
_BEFORE = regex.compile(r"(\p{L}[\p{L}\p{M}]*)[ \u00a0]$")


def unread_scales(
    item: CheckInput,
    a_left: list[Quantity],
    s_left: list[Quantity],
    used: set[int],
    fits: Callable[[Quantity, Quantity], bool] = lambda a, s: True,
) -> tuple[list[Quantity], list[Quantity], list[tuple[Quantity, Quantity]]]:
    """``a_left`` and ``s_left`` without the bare article figures that are a source figure less a scale word not
    read (:func:`scale_unread`) and those source figures, which ``used`` takes: "3 piriona" is the source's
    "3 billion", not a changed "twice" of the same sentence that the article words in a form not read. The pairs
    so matched come third. ``fits`` says which pairs may be matched at all (a figure of another sentence: one
    of the source figure's kind)."""
    a_out, s_out, pairs = list(a_left), list(s_left), []
    for a in a_left:
        s = next((s for s in s_out if fits(a, s) and scale_unread(item.norm.text, a, s, item.lang)), None)
        if s is not None:
            a_out.remove(a)
            s_out.remove(s)
            used.add(id(s))
            pairs.append((a, s))
    return a_out, s_out, pairs


def scale_unread(text: str, a: Quantity, s: Quantity, lang: str) -> bool:
    """Whether bare article figure ``a`` is source ``s``'s figure without its scale ("2.4" of "2.4 billion euros")
    with evidence of a scale word beside it that is not read: a word beside the figure that the language's scale
    words (ICU, CLDR) show to be the scale, in a form not read; else, where the language has a lexicon, a word it
    does not know within :data:`SCALE_NEIGHBOURS` of the figure; else (every word unknown) the word on the side
    CLDR writes scale words on, when it is not the currency or unit the source names ("3.7 tāra": the dollars
    follow the figure, no scale word between). Known words all round ("2.4 euros") leave the scale dropped."""
    if a.kind == "measure" and not a.weak and _loan_scale(text, a, s):
        return True
    if a.kind != "number" or a.weak or not a.value or not _BARE_FIGURE.fullmatch(text[a.start : a.end]):
        return False
    if not any(close(a.value * 10**k, 0, s.value, 0) for k in SCALE_POWERS):
        return False
    after, before = _word_after(text, a, lang), _word_before(text, a)
    if any(w and close(a.value * _scale_value(w, lang), 0, s.value, 0) for w in (after, before)):
        return True
    if any(w and _sounds_like_scale(w, s.value / a.value) for w in (after, before)):
        return True
    if has_frequencies(lang):
        near = _WORD.findall(text[max(0, a.start - 80) : a.start])[-SCALE_NEIGHBOURS:]
        near += _WORD.findall(text[a.end : a.end + 80])[:SCALE_NEIGHBOURS]
        return any(zipf(w, lang) == 0 and not _names_source(w, s, lang) for w in near)
    word = before if compact_scales(lang, before=True) else after
    return word is not None and not _names_source(word, s, lang)


#: Share of letters a loan keeps of the source's scale word ("milyon", "million"), by difflib's ratio of the two
#: in Latin letters; "mil" (a thousand) keeps too few.
LOAN_RATIO = 0.75


def _loan_scale(text: str, a: Quantity, s: Quantity) -> bool:
    """Whether measurement ``a``'s unit word is a loan of the source's scale word, its figure ``s``'s without that
    scale: "95 milyon ka euro" for "95 million euros", where no number words are known for the language and the
    loan reads as a unit ("milya", mile). The word beside the figure, in Latin letters, is spelt like an English
    scale word of the value between the two."""
    figure = _BARE_FIGURE.match(text, a.start)
    if figure is None or not a.value:
        return False
    m = _AFTER.match(text, a.start + len(figure.group().rstrip()))
    if m is None or not any(close(a.value * 10**k, 0, s.value, 0) for k in SCALE_POWERS):
        return False
    word = to_latin(m.group(1)).lower()
    return any(SequenceMatcher(None, word, name).ratio() >= LOAN_RATIO for name in _english_scales(s.value / a.value))


#: Consonants a noun-class prefix may put before a loan's ("ma-" of Shona "mamiriyoni", millions).
MAX_PREFIX = 2
#: Consonants an English scale word's sound needs to be told by ("mln" of "million").
MIN_SCALE_SOUND = 3


def _sounds_like_scale(word: str, value: float) -> bool:
    """Whether ``word`` beside the figure is a loan of an English scale word of ``value`` by its consonants (l and
    r merged, :func:`~mt_audit.entity_forms.loose_skeleton`), a prefix of a few consonants allowed before it:
    "mamiriyoni" (Shona, millions) is "mmln", "million" is "mln"."""
    sound = loose_skeleton(word)
    for name in _english_scales(value):
        want = loose_skeleton(name)
        if len(want) >= MIN_SCALE_SOUND and sound.endswith(want) and len(sound) - len(want) <= MAX_PREFIX:
            return True
    return False


@cache
def _english_scales(value: float) -> tuple[str, ...]:
    """English scale words of ``value`` spelt out in full ("million", not "m" or "mln")."""
    return tuple(
        sorted(w for w, e in words("en").items() if e.kind == "s" and close(e.value, 0, value, 0) and len(w) > 3)
    )


def _word_after(text: str, a: Quantity, lang: str) -> str | None:
    link = figure_link(lang).match(text, a.end)
    m = _AFTER.match(text, link.end() if link else a.end)
    return m.group(1) if m else None


def _word_before(text: str, a: Quantity) -> str | None:
    m = _BEFORE.search(text, max(0, a.start - 60), a.start)
    return m.group(1) if m else None


def _scale_value(word: str, lang: str) -> float:
    """The value of the scale word ``word`` is, or starts with as an inflected form ("milionów" of "milion"), by
    the language's number words; 0 for none."""
    low = bare(word.lower())
    scales = _scales(lang)
    if low in scales:
        return scales[low]
    stems = [w for w in scales if len(w) >= NAME_PREFIX and low.startswith(w)]
    return scales[max(stems, key=len)] if stems else 0.0


@cache
def _scales(lang: str) -> dict[str, float]:
    """The language's scale words (bare, more than one letter) and their values, read once per language."""
    return {bare(w): e.value for w, e in words(lang).items() if e.kind == "s" and len(w) > 1}


def _names_source(word: str, s: Quantity, lang: str) -> bool:
    """Whether ``word`` names the currency (CLDR's names in the language or English, its code) or the unit (CLDR's
    names, the unit reader) of source quantity ``s``: what stands beside the figure is that, no scale word."""
    low = word.lower()
    if s.kind == "currency":
        return low == s.unit.lower() or low in currency_name_words(lang, s.unit) | currency_name_words("en", s.unit)
    if s.kind != "measure":
        return False
    read = unit_of(word, lang)
    if read and convertible(*comparable_units(read, s.unit)):
        return True
    key = spelling_key(word)
    names = [n for n, u in local_units(lang).items() if u == s.unit and n not in root_unit_names()]
    names += [n for n, u in neighbour_units(lang).items() if u == s.unit]
    return any(_inflected(key, spelling_key(n)) for n in names)


def _inflected(key: str, name: str) -> bool:
    """Whether ``key`` is the unit name ``name`` or a form of it that changes no more than its last
    :data:`NAME_ENDING` letters ("kilometrów" of "kilometr"); a word that is only the name's head is none
    (Māori "mano", thousand, of "manomita", kilometre)."""
    shared = len(commonprefix([key, name]))
    return shared >= max(NAME_PREFIX, len(name) - NAME_ENDING)
