"""The number-mismatch check: a number, amount, percentage or date that differs from the source."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence

from mt_audit.checks.base import CheckInput, Emitter, Pair, check
from mt_audit.numbers import Quantity, extract
from mt_audit.types import Finding

CODE = "accuracy/number-mismatch"
NAME = "number-mismatch"


@check(NAME, CODE, severity="major")
def number_mismatch(item: CheckInput, emit: Emitter) -> Iterator[Finding]:
    """A number, amount, percentage or date differs from the source.

    Per aligned sentence group, the article's quantities (read with its
    language's separators, scale words and number words: "10.000" in
    Indonesian, "10 tys." in Polish, "١٠٬٠٠٠" in Arabic are all 10,000) are
    matched one to one with the source's; values match within rounding
    ("4.2 million" ~ "4,176,000") and through either reading of an ambiguous
    form. A finding needs a *substitution*: an article quantity with no
    counterpart *and* a source quantity left without one in the same pair,
    e.g. "5" became "7". Pure additions and omissions stay silent: a
    translation legitimately adds a year or spells out "a dozen" as 12, and
    drops or paraphrases numbers ("thirty percent" as "nearly a third"), so a
    lone unmatched number is mostly noise; whole missing sentences are the
    omission check's business. Words that are often not numbers ("one",
    "first", German "ein") count as matches; they stand for a changed value
    only when the article puts a small count in their own slot ("Both sides"
    → "Die drei Seiten"), and approximate words ("a couple") never do.
    Fractions and multiplicatives ("two-thirds", "twice") compare as values,
    and measurements compare through unit conversion (see
    :meth:`mt_audit.numbers_quantity.Quantity.matches`).

    When the article writes a number in a form not read here, the engine's
    back-translation is the evidence: if it shows a value the source does not
    have while a source value went unmatched in both, the finding covers the
    article sentence and says so.
    """
    pairs = item.pairs()
    if item.source is None or not pairs:
        return
    src_text = item.source.norm.text
    src_all = extract(src_text, item.source_text_lang)
    if not src_all:
        return
    art_all = extract(item.norm.text, item.lang)
    src_starts = [q.start for q in src_all]
    art_starts = [q.start for q in art_all]
    ssents = item.source.sentences
    for pair in pairs:
        s0, s1 = ssents[pair.src[0]].start, ssents[pair.src[-1]].end
        src = _within(src_all, src_starts, s0, s1)
        if not src:
            continue
        art = _within(art_all, art_starts, pair.start, pair.end)
        a_left, s_left = unmatched(art, src)
        used: set[int] = set()
        for a, s in substitutions(a_left, s_left, (pair.start, pair.end), (s0, s1)):
            used.add(id(s))
            said = _show(src_text, s)
            msg = f"The article says {_show(item.norm.text, a)} where the source says {said}" + _stop(said)
            yield _finding(emit, pair, a.start, a.end, msg, _show(src_text, s))
        rest = [s for s in s_left if id(s) not in used]
        if not a_left:
            for s in rest:
                if _dropped(src_text, s, item.norm.text[pair.start : pair.end]):
                    said = _show(src_text, s)
                    msg = f"The source's {said} is missing from this sentence: the number was dropped."
                    yield _finding(emit, pair, pair.start, pair.end, msg, said)
        if not rest or not pair.backtranslation:
            continue
        bt = pair.backtranslation
        b_left, s_left_bt = unmatched(extract(bt, "en"), src)
        unseen = {id(s) for s in s_left_bt}
        for b, s in substitutions(b_left, [s for s in rest if id(s) in unseen], (0, len(bt)), (s0, s1)):
            msg = (
                f"The back-translation says {_show(bt, b)} where the source says {_show(src_text, s)}: "
                "the article seems to change this number, written in a form not read here."
            )
            yield _finding(emit, pair, pair.start, pair.end, msg, _show(src_text, s))


#: Digits a number needs before its loss is an omission rather than a paraphrase ("10 of them" → "all").
DROPPED_MIN_DIGITS = 3


def _dropped(src_text: str, s: Quantity, article: str) -> bool:
    """A number the source writes in digits ("2020", "168", "$450") that the sentence lacks in any form.

    Only where every number the article sentence has is accounted for, and no
    run of the same digits occurs in it: words and paraphrases drop small
    counts legitimately, but a figure of several digits is rarely left out.
    """
    digits = "".join(c for c in src_text[s.start : s.end] if c.isdigit())
    if s.weak or s.approx or s.kind == "measure" or len(digits) < DROPPED_MIN_DIGITS:
        return False  # a measurement may be converted: "120 feet" is rightly "40 Meter"
    return digits not in "".join(c for c in article if c.isdigit())


def _within(qs: list[Quantity], starts: list[int], start: int, end: int) -> list[Quantity]:
    """The quantities (sorted by start) that start inside ``[start, end)``: "10 tys." split after "tys." stays whole."""
    return qs[bisect_left(starts, start) : bisect_left(starts, end)]


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
    for same, strong_left, strong_right in PASSES if any(edges) else ():
        taken = set(owner.values())
        adj = {
            i: [
                j
                for j in edges[i]
                if j not in owner and right[j].weak != strong_right and (q.kind == right[j].kind) == same
            ]
            for i, q in enumerate(left)
            if edges[i] and q.weak != strong_left and i not in taken
        }
        if adj:
            owner.update(_max_matching(list(adj), adj))
    taken = set(owner.values())
    return [q for i, q in enumerate(left) if i not in taken], [r for j, r in enumerate(right) if j not in owner]


def _exact_key(q: Quantity) -> tuple[float, str, str]:
    """Value and kind, and for a measurement its unit: "5 miles" is not "5 km"."""
    return q.value, q.kind, q.unit if q.kind == "measure" else ""


def _max_matching(rows: list[int], adj: dict[int, list[int]]) -> dict[int, int]:
    """Kuhn's augmenting paths: column -> row."""
    match: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in adj[i]:
            if j not in seen:
                seen.add(j)
                if j not in match or augment(match[j], seen):
                    match[j] = i
                    return True
        return False

    for i in rows:
        if adj[i]:
            augment(i, set())
    return match


def substitutions(
    wrong: Sequence[Quantity], missing: Sequence[Quantity], wrong_span: tuple[int, int], missing_span: tuple[int, int]
) -> list[tuple[Quantity, Quantity]]:
    """Pair each strong unmatched quantity with the missing source quantity most like it: same kind, same place."""
    out = []
    free = list(missing)
    for q in wrong:
        cands = [s for s in free if _may_be_changed(s, q, missing_span, wrong_span)]
        if q.weak or not cands:
            continue
        pos = _relative(q, wrong_span)
        best = min(cands, key=lambda s: (s.weak, s.kind != q.kind, abs(_relative(s, missing_span) - pos)))
        free.remove(best)
        out.append((q, best))
    return out


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
    if not s.weak:
        return True
    if s.approx or q.kind not in SMALL_KINDS or q.value > 100:
        return False
    return abs(_relative(s, s_span) - _relative(q, q_span)) <= SAME_SLOT


def _relative(q: Quantity, span: tuple[int, int]) -> float:
    return (q.start - span[0]) / max(span[1] - span[0], 1)


def _stop(text: str) -> str:
    return "" if text.endswith(".") else "."


def _show(text: str, q: Quantity) -> str:
    return " ".join(text[q.start : q.end].split())


def _finding(emit: Emitter, pair: Pair, start: int, end: int, message: str, source_span: str) -> Finding:
    item = emit.item
    index = next(
        (item.sentences[j].index for j in pair.tgt if item.sentences[j].start <= start < item.sentences[j].end), None
    )
    if index is None:
        index = item.sentences[pair.tgt[0]].index
    return emit.at(start, end, message, sentence_index=index, source_span=source_span)
