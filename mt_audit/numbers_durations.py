"""Durations written in parts: a race time as a clock ("2:19:08", Finnish "2.19.08") or with the symbols or
names of the hour, minute and second ("2 h 19 min 8 s", "2時間19分8秒").

Each is read as its parts, a measurement in hours, one in minutes and one in seconds, so that it pairs with a
source that spells the parts out ("2 hours, 19 minutes and 8 seconds") and a changed part is told as itself.
The digit reader alone takes "2:19:08" for a time of day, "2.19.08" for a date and French "8 s." for a century.
Split from :mod:`mt_audit.numbers`, which calls :func:`duration_parts` once the units are read.
"""

from __future__ import annotations

import re
from functools import cache

from mt_audit.languages.core import after_figure, counted_patterns, unit_forms
from mt_audit.numbers_quantity import Quantity
from mt_audit.units import script_glues

#: The parts of a duration, largest first, with their CLDR unit ids.
PARTS = (("hour", "duration-hour"), ("minute", "duration-minute"), ("second", "duration-second"))
#: A clock-form duration with seconds: hours, then minutes and seconds of two digits, one separator throughout,
#: and perhaps a fraction of the second ("2:19:08", "1.02.33,4").
_CLOCK = re.compile(r"(?<![\d.,:])(\d{1,3})([:.])([0-5]\d)\2([0-5]\d)(?:[.,](\d{1,3}))?(?![\d]|[:.,]\d)")
#: A figure in a duration's part ("19", "8,5").
_FIGURE = r"(\d{1,3}(?:[.,]\d{1,3})?)"
#: What may stand between two parts: spaces and a comma.
_GAP = r"[\s,]{0,3}"
#: Parts a duration written with names needs: one alone ("19 min") is read as any measurement.
MIN_PARTS = 2
#: Months a date has, and days a month has: an H.MM.SS form within them may be a date (d.m.yy).
MONTHS, DAYS = 12, 31


def duration_parts(text: str, qs: list[Quantity], code: str) -> list[Quantity]:
    """``qs`` with every duration in parts that ``text`` writes read as its parts (see the module's doc)."""
    runs = [_clock_parts(m) for m in _CLOCK.finditer(text) if not _maybe_date(m)]
    runs += [[_part(m, 1, "hour"), _part(m, 2, "minute")] for m in _hours_minutes_re(code).finditer(text)]
    named = _named_re(code)
    if named is not None:
        runs += [_named_parts(m) for m in named.finditer(text)]
    runs = [r for r in runs if r]
    if not runs:
        return qs
    spans = [(r[0].start, r[-1].end) for r in runs]
    kept = [q for q in qs if not any(q.start < e and s < q.end for s, e in spans)]
    return sorted(kept + [p for r in runs for p in r], key=lambda q: (q.start, q.end))


@cache
def _hours_minutes_re(code: str) -> re.Pattern[str]:
    """Hours and minutes in clock form before a name of the hour ("2:19 hours", Hebrew "2:19 שעות"): a duration
    of 2 hours 19 minutes, not a time of day, by CLDR's names of the hour in the language; a symbol of one letter
    is left out, since "14:30 h" is a time of day in Spanish and French."""
    names = frozenset(n for n in _names(code, "duration-hour") if len(n) > 1)
    if not names:
        return re.compile("(?!)")
    end = "" if script_glues(code) else r"(?!\w)"
    return re.compile(rf"(?<![\d.,:])(\d{{1,3}}):([0-5]\d)(?![\d]|[:.,]\d)[ \u00a0\u202f]?{_alternatives(names)}{end}")


def _maybe_date(m: re.Match[str]) -> bool:
    """Whether a dotted form may be a date, day first ("02.10.08"): then it is left to the date reader. A date
    pads its day as it pads its month, so a figure of one digit before a padded one ("2.05.08") is hours."""
    day, month = m.group(1), int(m.group(3))
    return m.group(2) == "." and len(day) == len(m.group(3)) and 1 <= int(day) <= DAYS and 1 <= month <= MONTHS


def _clock_parts(m: re.Match[str]) -> list[Quantity]:
    """The hours, minutes and seconds of a clock-form duration."""
    out = [_part(m, 1, "hour"), _part(m, 3, "minute")]
    if m.group(5):
        value = int(m.group(4)) + int(m.group(5)) / 10 ** len(m.group(5))
        out.append(Quantity(m.start(4), m.end(5), value, "measure", "second", precision=10.0 ** -len(m.group(5))))
    else:
        out.append(_part(m, 4, "second"))
    return out


def _part(m: re.Match[str], group: int, unit: str) -> Quantity:
    return Quantity(m.start(group), m.end(group), float(int(m.group(group))), "measure", unit)


def _named_parts(m: re.Match[str]) -> list[Quantity]:
    """The parts of a duration written with its units' names; those written largest first, at least two."""
    out: list[Quantity] = []
    for unit, _ in PARTS:
        if m.group(unit) is None:
            continue
        figure = m.group(unit)
        value = float(figure.replace(",", "."))
        decimals = len(re.split(r"[.,]", figure)[1]) if not figure.isdigit() else 0
        precision = 10.0**-decimals if decimals else 0.0
        out.append(Quantity(m.start(unit), m.end(unit + "_n"), value, "measure", unit, precision=precision))
    return out if len(out) >= MIN_PARTS else []


@cache
def _named_re(code: str) -> re.Pattern[str] | None:
    """A run of two or three parts of a duration, each a figure and a name of its unit, largest first: the
    language's CLDR names of the hour, minute and second in every length, and the root's symbols."""
    names = [_names(code, cldr_id) for _, cldr_id in PARTS]
    if not all(names):
        return None
    end = "" if script_glues(code) else r"(?!\w)"
    part = r"(?P<{u}>{f})[ \u00a0\u202f]?(?P<{u}_n>{n})" + end
    hour, minute, second = (part.format(u=u, f=_FIGURE, n=_alternatives(n)) for (u, _), n in zip(PARTS, names))
    return re.compile(rf"(?<![\d.,:])(?:{hour}{_GAP})?{minute}(?:{_GAP}{second})?")


def _alternatives(names: frozenset[str]) -> str:
    """A regex alternation of ``names``, longest first, case-insensitive."""
    return "(?i:" + "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n))) + ")"


@cache
def _names(code: str, cldr_id: str) -> frozenset[str]:
    """The names CLDR writes after the figure for ``cldr_id`` in ``code`` and in the root locale ("h", "min",
    "s"): every length and plural form."""
    out: set[str] = set()
    for loc in (code, "root"):
        for pattern in counted_patterns(unit_forms(loc, cldr_id), ("long", "short", "narrow")):
            name = after_figure(pattern).strip(" \u00a0\u202f")
            if name:
                out.add(name)
    return frozenset(out)
