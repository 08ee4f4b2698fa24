"""Times of day written with a figure ("5 pm", "17 Uhr", "pukul 17.00", "at 4.28" that may be a price), and
the Chinese, Japanese and Korean counters glued to one (1985年, 15时50分, 30代): what
:func:`mt_audit.numbers.extract` makes of a figure a clock word or a counter follows.
"""

from __future__ import annotations

import re

from mt_audit.numbers_locale import _AMPM, _CLOCK, _TRANS, _TRANS_KEEP, _decimal_comma, _Lang
from mt_audit.numbers_quantity import Quantity

_ZONES = frozenset(("GMT", "UTC", "HRS", "WIB", "WITA", "WIT"))
#: Words before a number that name the hour itself ("pukul 17.00", "godz. 17.30", "alle ore 9.30"): a time.
_HOUR_BEFORE = re.compile(r"(?<!\w)(?:pukul|jam|saat|godz\.|godzinie|ore|las|kl\.|klo|kello)\s$", re.IGNORECASE)
#: Prepositions before a time that also stand before amounts ("at 4.28", "um 3.40", "à 9.30"): a time
#: only when the figure cannot be a decimal of the language, or a clock word follows it.
_AT_BEFORE = re.compile(r"(?<!\w)(?:um|gegen|ab|bis|à|vers|alle|в|at|from|until)\s$", re.IGNORECASE)
#: Money written earlier in the sentence: "$4.30 ... closed at 4.28" is a price.
_MONEY_BEFORE = re.compile(
    r"[$€£¥₹₽₺₩₪₫₴฿]|(?<![^\W\d_])(?:USD|EUR|GBP|JPY|CHF|CNY|cents?|dollars?|euros?|pence|price[sd]?|shares?)(?!\w)",
    re.IGNORECASE,
)
_HHMM = re.compile(r"([01]?\d|2[0-4])[.:]?([0-5]\d)")


def _hours(h: float, mins: float) -> float:
    return h + mins / 60


def _clock_alts(value: float) -> tuple[float, ...]:
    """The other half of the day: 17:00 may be written 5 o'clock, 5:30 may be 17:30."""
    return (value - 12,) if value >= 13 else (value + 12,) if 1 <= value < 12 else ()


def _clock(
    text: str,
    m: re.Match[str],
    start: int,
    end: int,
    kind: str,
    value: float,
    alts: tuple[float, ...],
    prec: float,
    seps: bool,
    L: _Lang,
) -> Quantity | None:
    """A time of day: 5 pm, 9:30 a.m., 17 Uhr, 3.40 Uhr, pukul 17.00, 1200 GMT; "at 4.28" after "$" is a price."""
    ap = _AMPM.match(text, end)
    if ap and (kind == "time" or (not seps and 1 <= value <= 12)):
        h = int(value)
        hour = (0 if h == 12 else h) if ap.group("am") else (h if h == 12 else h + 12)
        return Quantity(start, ap.end(), hour + value - h, "time", "", (value,) if hour != h else (), prec)
    ck = _CLOCK.match(text, end)
    if kind == "time":
        return Quantity(start, ck.end() if ck else end, value, "time", "", alts, prec)
    hm = _HHMM.fullmatch(m.group().translate(_TRANS_KEEP))
    if hm and ap and seps:  # "at 4.28 pm"
        t = _hours(float(hm.group(1)), float(hm.group(2)))
        t = t - 12 if ap.group("am") and t >= 12 else t + 12 if ap.group("pm") and t < 12 else t
        return Quantity(start, ap.end(), t, "time", "", (value,), 1 / 60)
    before = "" if ck else _hour_before(text, m, start, L)
    if hm and before == "maybe" and seps:  # "at 4.28": a decimal, or perhaps a time of day
        t = _hours(float(hm.group(1)), float(hm.group(2)))
        return Quantity(start, end, value, "number", "", (*alts, t, *_clock_alts(t)), prec)
    if hm and (ck or before == "time"):
        t = _hours(float(hm.group(1)), float(hm.group(2)))
        if seps or len(m.group()) == 4 and ck and ck.group().strip().upper() in _ZONES:
            return Quantity(start, ck.end() if ck else end, t, "time", "", (*_clock_alts(t), value), 1 / 60)
    if ck and not seps and value <= 24 and ck.group().strip().upper() not in _ZONES:
        return Quantity(start, ck.end(), value, "time", "", _clock_alts(value))
    return None


def _hour_before(text: str, m: re.Match[str], start: int, L: _Lang) -> str:
    """What the words before an H.MM figure make of it: "time", "maybe" (a time or a decimal) or "".

    A word naming the hour ("pukul", "godz.") makes a time. A preposition ("at", "um") makes one when
    the separator cannot be the language's decimal mark ("um 3.40" in German); with the decimal mark
    ("at 4.28" in English) it is a decimal that may be a time, and a price when money is written
    earlier in the sentence or right after it.
    """
    if _HOUR_BEFORE.search(text, max(0, start - 10), start):
        return "time"
    if not _AT_BEFORE.search(text, max(0, start - 10), start):
        return ""
    if L.cur_re.match(text, m.end()) or L.pct_re.match(text, m.end()):
        return ""
    if _MONEY_BEFORE.search(_sentence_before(text, start)):
        return ""
    decimal = "," if _decimal_comma(L.code) else "."
    return "maybe" if decimal in m.group() else "time"


def _sentence_before(text: str, start: int) -> str:
    """The text of the sentence before ``start``, at most 120 characters."""
    window = text[max(0, start - 120) : start]
    cut = max(window.rfind(". "), window.rfind("! "), window.rfind("? "), window.rfind("\n"))
    return window[cut + 1 :]


def _cjk(text: str, start: int, value: float, m: re.Match[str]) -> Quantity:
    """Chinese, Japanese and Korean counters: 1985年, 6月, 20日, 15时50分, 9点半, 30代, 19世纪."""
    end = m.end()
    if m.group("year"):
        return Quantity(start, end, value, "year" if 1000 <= value <= 2100 else "number")
    if m.group("month"):
        return Quantity(start, end, value, "month" if 1 <= value <= 12 else "number")
    if m.group("day"):
        return Quantity(start, end, value, "date" if 1 <= value <= 31 else "number")
    if m.group("hour"):
        t = value + (float(m.group("min").translate(_TRANS)) / 60 if m.group("min") else 0.5 if m.group("half") else 0)
        return Quantity(start, end, t, "time", "", _clock_alts(t), 1 / 60 if m.group("min") else 0.0)
    if m.group("decade"):
        return Quantity(start, end, value, "decade", "", (1900 + value,) if value < 100 else ())
    return Quantity(start, end, value, "century", "", ((value - 1) * 100,))
