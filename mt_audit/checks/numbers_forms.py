"""Numbers an article writes in a form the reader splits: a compound numeral read only in part, a fraction
written as its denominator and numerator with a word between, or as its numerator counting a word for its part.

A substitution (article figure for source figure) is no change when the article's words from that figure on
spell the source's value as ICU does, near enough ("dua welas" for ICU's Sundanese "dua belas", twelve; Quechua
"chunka iskayniyuq" for ICU's "chunka iskay-ni-yuq"; Hebrew "אחד-עשר" for "אחד עשר"), or when a source fraction
is written as its parts ("4分の1", "4분의 1": one of four). Split from :mod:`mt_audit.checks.numbers` by concern.
"""

from __future__ import annotations

import unicodedata
from fractions import Fraction

import regex

from mt_audit.checks.numbers_swaps import NEXT_WORD
from mt_audit.languages import cardinal_spellings, spell
from mt_audit.lexicon import edit_distance
from mt_audit.numbers import Quantity
from mt_audit.units import unit_of

#: Words a spelled numeral may run to in the article.
MAX_WORDS = 4
#: Letters of a spelled numeral per letter the article may spell otherwise (a dialect's "welas" for "belas").
SLACK_LETTERS = 6
#: The largest denominator a fraction's parts are looked for by.
MAX_DENOMINATOR = 12
#: Words after a fraction's denominator its numerator may stand in ("tawa partenmanta hukninmi").
PART_WORDS = 3
#: Characters after the denominator its numerator may stand in, in a script without spaces ("4分の1").
PART_CHARS = 4
_WORD = regex.compile(r"\S+")
_WORD_BEFORE = regex.compile(r"(\S+?)(?:[ \u00a0]|\p{Pd})$")


def rendered_otherwise(text: str, a: Quantity, s: Quantity, lang: str) -> bool:
    """Whether article figure ``a``, paired with source figure ``s`` as its substitute, renders ``s`` after all:
    a compound numeral of ``s`` read only in part (:func:`_spelled_from`), ``s``'s fraction in parts, or ``s``'s
    measurement as an ordinal of its unit (:func:`_ordinal_of_unit`), or ``s``'s fraction as its numerator counting
    a word for its part (:func:`_counted_parts`)."""
    return (
        _spelled_from(text, a, s.value, lang)
        or _fraction_parts(text, a, s, lang)
        or _counted_parts(text, a, s, lang)
        or _ordinal_of_unit(text, a, s, lang)
    )


def _key(word: str) -> str:
    """A word of a spelled numeral without case, dashes, marks of punctuation and invisible characters."""
    return "".join(c for c in word.lower() if unicodedata.category(c)[0] not in "PZC")


def _spelled_from(text: str, a: Quantity, value: float, lang: str) -> bool:
    """Whether the words from figure ``a``'s first word (or the word before it, a compound's first part: Hebrew
    "אחד-עשר ימים" read as "עשר ימים") spell ``value`` as one of ICU's cardinal spellings does, a letter in
    :data:`SLACK_LETTERS` aside. Only words: a figure in digits was read whole."""
    if any(c.isdigit() for c in text[a.start : a.end]):
        return False
    spellings = {_key(sp) for sp in cardinal_spellings(lang, value)} - {""}
    if not spellings:
        return False
    # The article's own value spelt as ICU does: a run nearer to it than to the source's is a changed number
    # (Persian "سی و هفت", 37, is one letter from "سی و هشت", 38).
    read = {_key(sp) for sp in cardinal_spellings(lang, a.value)} - {""}
    starts = [a.start]
    before = _WORD_BEFORE.search(text, max(0, a.start - 40), a.start)
    if before:
        starts.append(before.start(1))
    for start in starts:
        said = ""
        for m in list(_WORD.finditer(text, start))[:MAX_WORDS]:
            said += _key(m.group())
            near = min(edit_distance(said, sp, len(sp) // SLACK_LETTERS) - len(sp) // SLACK_LETTERS for sp in spellings)
            if near <= 0:
                nearest = min(edit_distance(said, sp, len(said)) for sp in spellings)
                return m.end() >= a.start + 1 and all(edit_distance(said, sp, nearest) > nearest for sp in read)
    return False


def _fraction_parts(text: str, a: Quantity, s: Quantity, lang: str) -> bool:
    """Whether source fraction ``s`` (a quarter) is written as its denominator ``a`` (4) followed, a few words or
    characters on, by its numerator in figures or ICU's word for it ("4分の1", "tawa partenmanta hukninmi")."""
    if s.kind != "fraction" or not 0 < s.value < 1:
        return False
    part = Fraction(s.value).limit_denominator(MAX_DENOMINATOR)
    if abs(float(part) - s.value) > 1e-9 or a.value != part.denominator:
        return False
    words = list(_WORD.finditer(text, a.end))[:PART_WORDS]
    after = text[a.end : words[-1].end()] if words else ""
    numerator = str(part.numerator)
    spelt = _key(spell(lang, part.numerator) or "")
    glued = regex.search(rf"(?<!\d){numerator}(?!\d)", text[a.end : a.end + PART_CHARS])
    return bool(glued) or any(
        _key(w) == numerator or len(spelt) > 2 and _key(w).startswith(spelt) for w in after.split()
    )


def _counted_parts(text: str, a: Quantity, s: Quantity, lang: str) -> bool:
    """Whether source fraction ``s`` of a numerator of two or more (three quarters) is written as that numerator
    ``a`` counting the word right after it, a noun for the part that no rule here reads as a fraction (Malay "tiga
    suku", three quarters): ICU spells no fractions, CLDR names no parts, so the part's word goes unread and only
    the count is. A count of one ("one quarter") is too often no fraction's, and a unit's name counts units."""
    if s.kind != "fraction" or not 0 < s.value < 1 or a.kind != "number" or a.weak:
        return False
    part = Fraction(s.value).limit_denominator(MAX_DENOMINATOR)
    if abs(float(part) - s.value) > 1e-9 or part.numerator < MIN_COUNTED or a.value != part.numerator:
        return False
    m = NEXT_WORD.match(text, a.end)
    return bool(m) and not unit_of(m.group(1), lang)


#: The smallest numerator read as counting a fraction's parts: "three quarters", "two thirds".
MIN_COUNTED = 2


def _ordinal_of_unit(text: str, a: Quantity, s: Quantity, lang: str) -> bool:
    """Whether source measurement ``s`` ("every three minutes") is written as an ordinal of its value followed by
    its unit's name ("var tredje minut", "jede dritte Minute": every third minute), which says the same."""
    if a.kind != "ordinal" or s.kind != "measure" or a.value != s.value:
        return False
    m = NEXT_WORD.match(text, a.end)
    return bool(m) and unit_of(m.group(1), lang) == s.unit
