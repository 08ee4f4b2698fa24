"""Passes over the quantities read from one text that join or drop some of them.

A race time whose fraction follows its unit ("3分54秒2"), a range's first figure taking the unit of its
other end ("2–3 Meter"), figures with falling scale words read as one ("3억 1천만"), numerals inside a
day's name. Split from :mod:`mt_audit.numbers` by concern: reading figures there, joining them here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from mt_audit.languages import weekday_names
from mt_audit.numbers_quantity import Quantity
from mt_audit.numbers_words import literal
from mt_audit.unit_names import glued_names

#: What joins the ends of a range: CLDR's range pattern, "{0}–{1}" in nearly every language, "{0}～{1}" in
#: Japanese and Chinese.
_RANGE_GAP = re.compile(r"\s?[-–—~～〜]\s?")


def split_seconds(text: str, qs: list[Quantity], code: str) -> list[Quantity]:
    """A time in seconds whose fraction follows the unit glued, as race times are written in Chinese, Japanese
    and Korean ("3分54秒2" is 3 minutes 54.2 seconds): one measurement, not 54 seconds and a stray 2. The names
    are CLDR's for the second that its patterns glue to the figure ("{0}秒", "{0}초")."""
    names = glued_names(code, "duration-second")
    out: list[Quantity] = []
    for q in qs:
        p = out[-1] if out else None
        if names and p is not None and _second_fraction(text, p, q, names):
            digits = text[q.start : q.end]
            value = p.value + q.value / 10 ** len(digits)
            out[-1] = replace(p, end=q.end, value=value, kind="measure", unit="second", precision=10.0 ** -len(digits))
            continue
        out.append(q)
    return out


#: Digits a fraction of a second written after its unit may have ("54秒2", "9초58").
SECOND_DIGITS = 3


def _second_fraction(text: str, p: Quantity, q: Quantity, names: frozenset[str]) -> bool:
    """Whether ``q`` is the fraction of the whole seconds ``p``: a few plain digits glued after a name of the
    second that is glued to ``p``'s figure."""
    if q.kind != "number" or q.weak or p.precision or p.value != int(p.value) or p.weak:
        return False
    digits = text[q.start : q.end]
    if not digits.isdigit() or len(digits) > SECOND_DIGITS or text[q.end : q.end + 1] in (".", ","):
        return False
    if p.kind == "number":
        return text[p.end : q.start] in names and text[p.end - 1].isdigit()
    if p.kind != "measure" or p.unit != "second" or p.end != q.start:
        return False
    return any(text.endswith(n, p.start, p.end) and text[p.end - len(n) - 1].isdigit() for n in names)


def join_ranges(text: str, qs: list[Quantity]) -> list[Quantity]:
    """A plain figure opening a range takes the unit written after its other end: "2–3 Meter"."""
    out = list(qs)
    for i in range(len(out) - 2, -1, -1):
        q, nxt = out[i], out[i + 1]
        if q.kind == "number" and not q.weak and nxt.kind == "measure" and _RANGE_GAP.fullmatch(text, q.end, nxt.start):
            out[i] = replace(q, kind="measure", unit=nxt.unit)
    return out


def sum_scaled(text: str, qs: list[Quantity]) -> list[Quantity]:
    """Figures with falling scale words written one after another as one number, the last one's currency
    its own: Korean "3억 1천만 원" (300 million and 10 million won), Chinese "3亿1000万", "5 million 300 thousand";
    and a figure with a smaller scale word glued before a myriad's figure, both counted in that myriad
    (see :func:`_myriad_count`)."""
    out: list[Quantity] = []
    for q in qs:
        p = out[-1] if out else None
        if p is not None and _myriad_count(text, p, q):
            value = (p.value + q.value / q.precision) * q.precision
            out[-1] = Quantity(p.start, q.end, value, q.kind, q.unit, (), q.precision)
            continue
        if (
            p is not None
            and p.kind == "number"
            and (q.kind in ("number", "currency") or q.kind == "year" and q.start == p.end)
            and p.precision >= 1000
            and (q.precision >= 1 or q.value == int(q.value) and not q.alternatives)
            and q.value < p.precision
            and text[p.end : q.start] in ("", " ", "\u00a0")
        ):
            kind = "number" if q.kind == "year" else q.kind
            out[-1] = Quantity(p.start, q.end, p.value + q.value, kind, q.unit, (), q.precision)
            continue
        out.append(q)
    return out


def _myriad_count(text: str, p: Quantity, q: Quantity) -> bool:
    """Whether ``p`` ("9천", 9 thousand) glued before ``q`` ("500만", 500 myriads) is the upper part of the
    count of ``q``'s scale ("9천500만": 9,500 myriads, 95 million): ``q``'s own count is below ``p``'s scale,
    which is below ``q``'s, and ``p`` is a whole count of its scale."""
    if p.kind != "number" or q.kind not in ("number", "currency") or text[p.end : q.start]:
        return False
    if not 1000 <= p.precision < q.precision or p.value % p.precision or q.alternatives:
        return False
    count = q.value / q.precision
    return count == int(count) and 0 < count < p.precision


@cache
def _weekdays(code: str) -> re.Pattern[str] | None:
    """The language's day names as one pattern: Hebrew, Vietnamese, Portuguese count the days of the week."""
    names = sorted(weekday_names(code), key=len, reverse=True)
    return re.compile("|".join(literal(n) for n in names), re.IGNORECASE) if names else None


def off_weekdays(text: str, qs: list[Quantity], code: str) -> list[Quantity]:
    """``qs`` without the number words inside a day's name ("יום שלישי" is Tuesday, not "the third")."""
    days = _weekdays(code)
    if days is None or not qs:
        return qs
    spans = [(m.start(), m.end()) for m in days.finditer(text)]
    return [q for q in qs if not any(a <= q.start and q.end <= b for a, b in spans)]
