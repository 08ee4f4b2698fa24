"""Parts of a whole beside a numeral: a source numeral in words with a half or a quarter ("two and a half hours")
also read as its whole part, an article numeral followed by such a part read with it ("dos horas y media"), and
the numeral of a whole count before a scale word ("zweieinhalb Millionen")."""

from __future__ import annotations

import math
from dataclasses import replace

import regex

from mt_audit.languages import language, spell
from mt_audit.numbers import Quantity

#: The parts of a whole that numerals spell with words of their own: a half, a quarter, three quarters.
SPELLED_PARTS = frozenset((0.25, 0.5, 0.75))


def whole_parts(text: str, qs: list[Quantity]) -> list[Quantity]:
    """``qs``, a numeral in words with a part of :data:`SPELLED_PARTS` ("two and a half hours") also read as its
    whole part: languages word the part in ways not all read ("dos horas y media", "สองชั่วโมงครึ่ง", "hai tiếng
    rưỡi"), the whole part as a numeral; a changed whole part still differs."""
    out = []
    for q in qs:
        whole = math.floor(q.value) if q.value > 0 else 0
        if whole and q.value - whole in SPELLED_PARTS and not any(c.isdigit() for c in text[q.start : q.end]):
            q = replace(q, alternatives=(*q.alternatives, float(whole)))
        out.append(q)
    return out


#: Words before a scale word searched for the numeral of its whole count ("dva a půl milionu").
WHOLE_WORDS = 3


def whole_before(text: str, q: Quantity, whole: int, lang: str) -> bool:
    """Whether the :data:`WHOLE_WORDS` words before scale word ``q`` (a few characters in a script without spaces)
    hold ICU's numeral of ``whole``; true where ICU spells no numerals in the language."""
    numeral = spell(lang, whole)
    if not numeral:
        return True
    before = text[max(0, q.start - 60) : q.start]
    near = " ".join(before.split()[-WHOLE_WORDS:]) if language(lang).spaced else before[-WHOLE_WORDS * 4 :]
    return numeral.replace("\u200b", "").lower() in near.lower()


#: What may stand between a numeral and the part of a whole that follows it: a word ("y", "et", "și") at most.
_PART_GAP = regex.compile(r"[ \u00a0]+(?:\p{L}+[ \u00a0]+)?")


def with_parts(text: str, qs: list[Quantity]) -> list[Quantity]:
    """``qs``, a whole number followed by a part of a whole the number words read (a fraction of
    :data:`SPELLED_PARTS`: "dos horas y media", "patru milioane și jumătate") also read with that part added, in
    units of the number's scale word (its trailing zeros, three or more)."""
    out = list(qs)
    for i, (q, f) in enumerate(zip(qs, qs[1:])):
        if f.kind != "fraction" or f.value not in SPELLED_PARTS or q.kind == "fraction" or q.value % 1:
            continue
        if not _PART_GAP.fullmatch(text, q.end, f.start):
            continue
        zeros = len(str(int(q.value))) - len(str(int(q.value)).rstrip("0"))
        scale = 10**zeros if zeros >= 3 else 1
        out[i] = replace(q, alternatives=(*q.alternatives, q.value + f.value * scale))
    return out
