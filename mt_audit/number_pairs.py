"""Which figures of a source sentence and its translation answer each other, and which were changed.

A maximum one-to-one matching of the quantities of both sides (:func:`unmatched`), then among the leftovers
the pairs that are one figure written differently (:func:`substitutions`). Split from
:mod:`mt_audit.checks.numbers` by concern: pairing here, reporting there; no check of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from mt_audit.numbers import Quantity, compatible
from mt_audit.numbers_quantity import KIND_FAMILIES

#: Matching passes: same kind before merely compatible kinds, strong quantities before weak ones.
PASSES = [
    (same, sl, sr) for same in (True, False) for sl, sr in ((True, True), (True, False), (False, True), (False, False))
]


def unmatched(left: Sequence[Quantity], right: Sequence[Quantity]) -> tuple[list[Quantity], list[Quantity]]:
    """The quantities of each side left without a counterpart.

    A maximum one-to-one matching, built in passes: quantities of the same
    kind pair first, strong ones before weak ones ("one", "second"), so that a
    loose pairing ("two" with "second") cannot leave the real substitution
    ("three" became "two") unseen. A ``left`` measurement matches a ``right``
    one in another unit only by conversion ("200 ft" as "60 m"), and not at all
    when ``right`` already gives its unit ("120 feet, or 40 meters" is not
    "40 Meter, also 40 Meter": the conversion was there to be kept).
    """
    if not left or not right:
        return list(left), list(right)
    owner: dict[int, int] = {}
    exact: dict[tuple[float, str, str], list[int]] = {}
    for j, r in enumerate(right):
        exact.setdefault(_exact_key(r), []).append(j)
    for i, q in enumerate(left):  # identical value and kind: the common case, paired at once
        free = exact.get(_exact_key(q))
        if free:
            owner[free.pop(0)] = i
    taken = set(owner.values())
    given = {r.unit for r in right if r.kind == "measure"}
    edges = [
        [j for j, r in enumerate(right) if j not in owner and q.matches(r, convert=q.unit not in given)]
        if i not in taken
        else []
        for i, q in enumerate(left)
    ]
    fixed = set(owner)
    allowed: dict[int, list[int]] = {i: [] for i, e in enumerate(edges) if e}
    for same, strong_left, strong_right in PASSES if allowed else ():
        for i in allowed:
            q = left[i]
            if q.weak != strong_left:
                allowed[i] += [
                    j
                    for j in edges[i]
                    if j not in fixed and right[j].weak != strong_right and (q.kind == right[j].kind) == same
                ]
        _max_matching(list(allowed), allowed, owner)
    taken = set(owner.values())
    return [q for i, q in enumerate(left) if i not in taken], [r for j, r in enumerate(right) if j not in owner]


def _exact_key(q: Quantity) -> tuple[float, str, str]:
    """Value and kind, and for a measurement its unit: "5 miles" is not "5 km"."""
    return q.value, q.kind, q.unit if q.kind == "measure" else ""


def _max_matching(rows: list[int], adj: dict[int, list[int]], match: dict[int, int]) -> None:
    """Kuhn's augmenting paths: ``match`` (column -> row) grown in place. A pair of an earlier pass stays
    matched, but may move to another of its columns so that a row of this pass gets one: the source's
    "a third" read as 3 beside "3 dollars" yields to the article's "one third" when "3" can pair with the
    dollars instead."""

    def augment(i: int, seen: set[int]) -> bool:
        for j in adj[i]:
            if j not in seen:
                seen.add(j)
                if j not in match or augment(match[j], seen):
                    match[j] = i
                    return True
        return False

    matched = set(match.values())
    for i in rows:
        if adj[i] and i not in matched:
            augment(i, set())


def substitutions(
    wrong: Sequence[Quantity], missing: Sequence[Quantity], wrong_span: tuple[int, int], missing_span: tuple[int, int]
) -> list[tuple[Quantity, Quantity]]:
    """Pair each strong unmatched quantity with the missing source quantity most like it, best pairs first.

    Likeness: a strong source quantity, a kind that may be the same, the same kind and unit, the same number
    of digits, the same place in the sentence. Pairing the likeliest first keeps a stray reading (a day's
    name, a word read as a number) from taking the source value that a changed figure stands for.
    """
    ranked = []
    for i, q in enumerate(wrong):
        if q.weak:
            continue
        pos = _relative(q, wrong_span)
        for j, s in enumerate(missing):
            if _may_be_changed(s, q, missing_span, wrong_span):
                ranked.append((_unlikeness(q, s, abs(_relative(s, missing_span) - pos)), i, j))
    out: list[tuple[int, int]] = []
    done_q: set[int] = set()
    done_s: set[int] = set()
    for _, i, j in sorted(ranked):
        if i not in done_q and j not in done_s:
            done_q.add(i)
            done_s.add(j)
            out.append((i, j))
    return [(wrong[i], missing[j]) for i, j in sorted(out)]


def _unlikeness(q: Quantity, s: Quantity, distance: float) -> tuple[bool, bool, bool, bool, bool, float]:
    """How unlike a changed value of ``s`` article quantity ``q`` is: lower is likelier."""
    return (
        s.weak,
        not compatible(q.kind, s.kind),
        q.kind != s.kind,
        q.unit != s.unit,
        digit_count(q.value) != digit_count(s.value),
        distance,
    )


def digit_count(value: float) -> int:
    """How many digits the whole part of ``value`` has: "450" → "458" keeps three."""
    return len(str(int(abs(value))))


#: Kinds of quantity a weak source word ("one", "first") may have been turned into.
SMALL_KINDS = frozenset(("number", "ordinal", "date"))
#: How far apart, as a share of their sentences, a weak source word and an article number may sit and still
#: be one slot: word order moves a phrase between languages, rarely across more than a quarter of a sentence.
SAME_SLOT = 0.25


def _may_be_changed(s: Quantity, q: Quantity, s_span: tuple[int, int], q_span: tuple[int, int]) -> bool:
    """Whether source quantity ``s`` may be the value that article quantity ``q`` changed.

    A weak source word ("one", "both", "first") is as often no count at all, so it stands for a changed
    value only when the article puts a small count of a like kind in the same slot ("Both parties" →
    "The three parties"), never for a number added elsewhere; an approximate word ("a couple", "une
    vingtaine") never, since any nearby count renders it.
    """
    if _rank_and_count(s, q) or _other_family(s, q) or _ratio_and_measure(s, q):
        return False
    if not s.weak:
        return True
    if s.approx or q.kind not in SMALL_KINDS or q.value > 100:
        return False
    return abs(_relative(s, s_span) - _relative(q, q_span)) <= SAME_SLOT


def _other_family(s: Quantity, q: Quantity) -> bool:
    """Whether ``s`` and ``q`` are of kinds from families that never stand for each other: a month or a day of
    the calendar is no changed share ("4月", April, beside "a quarter" written in words not read)."""
    return s.kind in KIND_FAMILIES and q.kind in KIND_FAMILIES and not compatible(s.kind, q.kind)


#: Kinds that are ratios, of no dimension: "twice", "a third", "30%".
RATIO_KINDS = frozenset(("multiple", "fraction", "percent"))


def _ratio_and_measure(s: Quantity, q: Quantity) -> bool:
    """Whether one of ``s`` and ``q`` is a ratio and the other a measurement with a unit: "twice" is no changed
    "ten years" (the source's "a decade" is not read as a number, the article's is); a changed figure keeps
    its form."""
    return (s.kind in RATIO_KINDS and q.kind == "measure") or (q.kind in RATIO_KINDS and s.kind == "measure")


#: How many more digits than an ordinal a count may have and still be its changed value ("10th" → "12").
ORDINAL_DIGITS = 1


def _rank_and_count(s: Quantity, q: Quantity) -> bool:
    """Whether one of ``s`` and ``q`` is an ordinal and the other a figure of another kind far longer than it:
    "the third quarter" is no "310" left over from "310 million", whose scale word went unread."""
    if (s.kind == "ordinal") == (q.kind == "ordinal"):
        return False
    return abs(digit_count(s.value) - digit_count(q.value)) > ORDINAL_DIGITS


def _relative(q: Quantity, span: tuple[int, int]) -> float:
    return (q.start - span[0]) / max(span[1] - span[0], 1)


#: Figures grouped by a space, SI style ("3 700"), in a language whose CLDR grouping is another mark: the
#: reader takes "3" and "700" apart, and where the source has 3,700 they are one figure.
_SPACE_GAP = frozenset(" \u00a0\u202f\u2009")


def space_grouped(
    text: str, a_left: Sequence[Quantity], s_left: Sequence[Quantity]
) -> tuple[list[Quantity], list[Quantity]]:
    """``a_left`` and ``s_left`` without the runs of article figures that are one figure grouped by spaces ("3"
    and "700" of "3 700") and the source quantities that run's value matches. A run is a figure of one to three
    digits followed, one space apart, by figures of exactly three digits."""
    a_out, s_out = list(a_left), list(s_left)
    figures = sorted((q for q in a_left if _lead(text, q)), key=lambda q: q.start)
    k = 0
    while k < len(figures):
        run = [figures[k]]
        while k + len(run) < len(figures) and _grouped_next(text, run[-1], figures[k + len(run)]):
            run.append(figures[k + len(run)])
        k += len(run)
        if len(run) < 2 or _lead(text, run[0]) > 3:
            continue
        joined = _joined(run)
        s = next((s for s in s_out if joined.matches(s)), None)
        if s is not None:
            s_out.remove(s)
            a_out = [q for q in a_out if all(q is not r for r in run)]
    return a_out, s_out


def _lead(text: str, q: Quantity) -> int:
    """How many digits ``q``'s text starts with."""
    n = 0
    while q.start + n < q.end and text[q.start + n].isdigit():
        n += 1
    return n


def _grouped_next(text: str, q: Quantity, r: Quantity) -> bool:
    """Whether figure ``r`` is the next group of ``q``: ``q`` all digits, one space, then three digits."""
    whole = _lead(text, q) == q.end - q.start
    return whole and r.start == q.end + 1 and text[q.end] in _SPACE_GAP and _lead(text, r) == 3


def _joined(run: list[Quantity]) -> Quantity:
    """One quantity of a run of space-grouped figures: the last one's kind and unit, the whole value."""
    value = 0.0
    for q in run:
        value = value * 1000 + q.value
    return replace(run[-1], start=run[0].start, value=value, alternatives=())
