"""The number-mismatch check: a number, amount, percentage or date that differs from the source."""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache

import regex

from mt_audit.checks.base import CheckInput, Emitter, Pair, check
from mt_audit.checks.numbers_forms import rendered_otherwise
from mt_audit.checks.numbers_parts import SPELLED_PARTS, whole_before, whole_parts, with_parts
from mt_audit.checks.numbers_scale import unread_scales
from mt_audit.checks.numbers_swaps import same_value, scaled_swaps, unit_swaps
from mt_audit.languages import language, list_conjunctions, spell
from mt_audit.number_pairs import digit_count, space_grouped, substitutions, unmatched
from mt_audit.numbers import Quantity, close, extract
from mt_audit.numbers_quantity import comparable_units, side
from mt_audit.types import Finding
from mt_audit.units import (
    WORD,
    convert,
    convertible,
    figureless,
    local_units,
    two_word_unit,
    unit_of,
)

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
    e.g. "5" became "7". Additions stay silent: a translation legitimately
    adds a year or spells out "a dozen" as 12. A source figure missing from
    its sentence counts only when the sentence renders its value in no form
    (see :func:`_dropped`); whole missing sentences are the omission check's
    business. Leftovers of neighbouring pairs are matched with each other
    first, since an aligner may put a clause across a sentence break. Words that are often not numbers ("one",
    "first", German "ein") count as matches; they stand for a changed value
    only when the article puts a small count in their own slot ("Both sides"
    → "Die drei Seiten"), and approximate words ("a couple") never do.
    Fractions and multiplicatives ("two-thirds", "twice") compare as values,
    and measurements compare through unit conversion (see
    :meth:`mt_audit.numbers_quantity.Quantity.matches`); a measurement's figure
    kept with a word in the unit's place that names no unit of its dimension
    ("2 grams" as "2 ons") is a changed unit (see :func:`unit_swaps`).

    When the article writes a number in a form not read here, the engine's
    back-translation is the evidence: if it shows a value the source does not
    have while a source value went unmatched in both, the finding covers the
    article sentence and says so.
    """
    pairs = item.pairs()
    if item.source is None or not pairs:
        return
    src_text = item.source.norm.text
    src_all = whole_parts(src_text, extract(src_text, item.source_text_lang))
    if not src_all:
        return
    art_all = with_parts(item.norm.text, extract(item.norm.text, item.lang))
    groups = _groups(item, pairs, src_all, art_all)
    _across_pairs(groups)
    _years_elsewhere(groups, art_all)
    used: set[int] = set()
    for g in groups:
        yield from _group_findings(item, emit, g, src_text, used)
    for g in groups:
        yield from _dropped_findings(item, emit, g, src_text, [s for s in g.lent if id(s) not in used])


@dataclass
class _Group:
    """One aligned pair: its source quantities, those of each side left unmatched, and the quantities of
    source sentences no pair took."""

    pair: Pair
    span: tuple[int, int]
    src: list[Quantity]
    art: list[Quantity]
    a_left: list[Quantity]
    s_left: list[Quantity]
    orphans: list[Quantity] = field(default_factory=list)
    lent: list[Quantity] = field(default_factory=list)
    years_elsewhere: list[Quantity] = field(default_factory=list)


def _groups(item: CheckInput, pairs: list[Pair], src_all: list[Quantity], art_all: list[Quantity]) -> list[_Group]:
    """Each pair matched on its own; a source sentence left out of every pair joins the pair before it (or
    the first): an aligner that splits or merges sentences oddly leaves its numbers next door."""
    assert item.source is not None
    ssents = item.source.sentences
    src_starts = [q.start for q in src_all]
    art_starts = [q.start for q in art_all]
    out = []
    for pair in pairs:
        s0, s1 = ssents[pair.src[0]].start, ssents[pair.src[-1]].end
        src = _within(src_all, src_starts, s0, s1)
        art = _within(art_all, art_starts, pair.start, pair.end)
        out.append(_Group(pair, (s0, s1), src, art, *unmatched(art, src)))
    taken = {i for pair in pairs for i in pair.src}
    for i, sent in enumerate(ssents):
        if i not in taken:
            host = max((g for g in out if g.pair.src[-1] < i), key=lambda g: g.pair.src[-1], default=out[0])
            host.orphans.extend(_within(src_all, src_starts, sent.start, sent.end))
    return out


def _years_elsewhere(groups: list[_Group], art_all: list[Quantity]) -> None:
    """The years the article names outside each pair's sentence: the sentence may say "that year" of them
    (a figure moved into the next sentence is matched there, see :func:`_across_pairs`)."""
    for g in groups:
        g.years_elsewhere = [q for q in art_all if q.kind == "year" and not g.pair.start <= q.start < g.pair.end]


def _across_pairs(groups: list[_Group]) -> None:
    """Strong quantities left over in one pair that match leftovers of the next: the aligner put a clause on
    the wrong side of a sentence break, and the number is there after all."""
    for g, h in zip(groups, groups[1:]):
        g.s_left, h.a_left = _strong_unmatched(g.s_left, h.a_left, alike=True)
        h.s_left, g.a_left = _strong_unmatched(h.s_left, g.a_left, alike=True)
        _shift(g, h)
        _shift(h, g)


def _shift(g: _Group, h: _Group) -> None:
    """Source quantities left in ``g``, whose article side has none left, go with ``h``'s sentence when only its
    article side has some left: the clause was aligned next door, and its number may be changed there."""
    if _strong(g.s_left) and not _strong(g.a_left) and _strong(h.a_left) and not _strong(h.s_left):
        h.orphans.extend(_strong(g.s_left))
        g.lent.extend(_strong(g.s_left))
        g.s_left = [q for q in g.s_left if q.weak]


def _strong(qs: list[Quantity]) -> list[Quantity]:
    return [q for q in qs if not q.weak]


def _strong_unmatched(
    src: list[Quantity], art: list[Quantity], alike: bool = False
) -> tuple[list[Quantity], list[Quantity]]:
    """``src`` and ``art`` without the strong quantities of each that match one another; with ``alike``, only
    article quantities :func:`_alike` some source one may match: a figure in the next sentence stands for a
    "2 hours" aligned here only as a duration ("สองข้างถนน", both sides of the street, is no "2 hours")."""
    strong_src = [q for q in src if not q.weak]
    strong_art = [q for q in art if not q.weak and (not alike or any(_alike(q, s) for s in strong_src))]
    a_left, s_left = unmatched(strong_art, strong_src)
    taken = {id(q) for q in strong_art} - {id(q) for q in a_left}
    s_ids = {id(q) for q in s_left}
    return [q for q in src if q.weak or id(q) in s_ids], [q for q in art if id(q) not in taken]


def _group_findings(item: CheckInput, emit: Emitter, g: _Group, src_text: str, used: set[int]) -> Iterator[Finding]:
    """Substitutions within the pair, then with its orphan sentences' quantities of the same kind; a figure
    dropped; and what the back-translation shows. ``used`` gathers the source quantities accounted for: an
    orphan found or changed here is no drop where it was lent from."""
    pair, (s0, s1) = g.pair, g.span
    a_left, s_left = space_grouped(item.norm.text, g.a_left, g.s_left)
    a_left, s_left, scaled = unread_scales(item, a_left, s_left, used)
    subs = substitutions(a_left, s_left, (pair.start, pair.end), (s0, s1))
    if g.orphans:
        rest_a = [q for q in a_left if all(q is not a for a, _ in subs)]
        rest_a, orphans = _strong_unmatched(g.orphans, rest_a)[::-1]
        used.update(id(s) for s in g.orphans if all(s is not o for o in orphans))
        rest_a, orphans, _ = unread_scales(item, rest_a, orphans, used, _alike)
        subs += [(a, s) for a, s in substitutions(rest_a, orphans, (pair.start, pair.end), (s0, s1)) if _alike(a, s)]
    used.update(id(s) for _, s in subs)
    for a, s in [(a, s) for a, s in subs if not rendered_otherwise(item.norm.text, a, s, item.lang)]:
        said = _show(src_text, s)
        msg = f"The article says {_show(item.norm.text, a)} where the source says {said}" + _stop(said)
        yield _finding(emit, pair, a.start, a.end, msg, _show(src_text, s))
    for a, s, start, end in [*unit_swaps(item, g), *scaled_swaps(item, scaled)]:
        said = _show(src_text, s)
        shown = _show(item.norm.text, replace(a, start=start, end=end))
        msg = f"The article says {shown} where the source says {said}: the unit differs, its figure unconverted."
        yield _finding(emit, pair, start, end, msg, said)
    rest = [s for s in s_left if id(s) not in used]
    kept = [q for q in a_left if all(q is not a for a, _ in subs)]
    yield from _dropped_findings(item, emit, g, src_text, rest, kept)
    if not rest or not pair.backtranslation:
        return
    bt = pair.backtranslation
    b_left, s_left_bt = unmatched(extract(bt, "en"), g.src)
    unseen = {id(s) for s in s_left_bt}
    for b, s in substitutions(b_left, [s for s in rest if id(s) in unseen], (0, len(bt)), (s0, s1)):
        msg = (
            f"The back-translation says {_show(bt, b)} where the source says {_show(src_text, s)}: "
            "the article seems to change this number, written in a form not read here."
        )
        yield _finding(emit, pair, pair.start, pair.end, msg, _show(src_text, s))


def _dropped_findings(
    item: CheckInput,
    emit: Emitter,
    g: _Group,
    src_text: str,
    rest: list[Quantity],
    a_left: list[Quantity] | None = None,
) -> Iterator[Finding]:
    """The source figures of ``rest`` that the pair's sentence lacks (see :func:`_dropped`). ``a_left``: the
    article figures still unmatched (default the pair's), those a substitution or an unread scale word took
    aside: "400" of "400 milyon" is the source's "400 million", no rendering of a "2019" dropped beside it."""
    pair = g.pair
    article = item.norm.text[pair.start : pair.end]
    left = g.a_left if a_left is None else a_left
    for s in rest:
        if (
            _accounted(left, s, item.norm.text, item.lang)
            and not _year_named(g, s)
            and _dropped(src_text, s, g, article, item.lang)
        ):
            said = (_code_stub(src_text, s) if s.kind == "code" else "") + _show(src_text, s)
            msg = f"The source's {said} is missing from this sentence: the number was dropped."
            yield _finding(emit, pair, pair.start, pair.end, msg, said)


def _year_named(g: _Group, s: Quantity) -> bool:
    """Whether ``s`` is a year the article names elsewhere: "in 1998" may become "that year"."""
    return s.kind == "year" and any(close(q.value, 0.0, s.value, 0.0) for q in g.years_elsewhere)


def _accounted(a_left: list[Quantity], s: Quantity, text: str, lang: str) -> bool:
    """Whether no article word is left that may loosely render ``s``: articles and "first" ("uno", "ein",
    "prima") never do; another loose word ("cuartos" for "the last 8", "eine halbe" for "500000") may, except
    that a figure of several digits is rendered only by a word of its own digits ("năm", five or year, is no
    "450"); a month's numeral ("1月" for "January", no quantity in the source) renders no other kind of figure."""
    return all(
        q.kind == "month" != s.kind or q.weak and (q.value in (0.0, 1.0) or not _may_render(q, s, text, lang))
        for q in a_left
    )


#: The smallest scale word ("thousand"): a scale word counts up to this many of itself.
SCALE = 1000


def _may_render(q: Quantity, s: Quantity, text: str, lang: str) -> bool:
    """Whether loose word ``q`` may stand for ``s``: any value may for a figure of one or two digits
    ("cuartos" for "the last 8"), except a lone character ("参" of "参加": a numeral glued inside a CJK
    word); for a longer figure, or a lone character, only its value times a power of ten (a scale word not
    read after it: "eine halbe" for "500000", "万" for 10000). A scale word left alone may stand for a
    figure of its scale whose numeral is a fraction in words, not read ("zweieinhalb Millionen"), when the words
    before it hold ICU's numeral of the whole count ("zwei"); a whole numeral would have been read (ICU spells
    them), so "Millionen" alone is no "310 million", nor "ceruseră milioane" (demanded millions) "4.5 million".
    A loose word with no unit after it stands for no measurement: a measurement's unit would be written with it."""
    if q.kind == "number" and s.kind == "measure":
        return False
    if digit_count(s.value) < DROPPED_MIN_DIGITS and q.end - q.start > 1 or not q.value or not s.value:
        return True
    if SCALE <= q.value <= abs(s.value) < SCALE * q.value and abs(s.value) / q.value % 1 in SPELLED_PARTS:
        return whole_before(text, q, int(abs(s.value) // q.value), lang)
    exp = math.log10(abs(s.value / q.value))
    return abs(exp - round(exp)) < 1e-9


def _alike(a: Quantity, s: Quantity) -> bool:
    """Same kind (or a plain figure for an amount whose currency word is not read), and for measurements
    units of one dimension: all that ties a number to a sentence aligned elsewhere ("16 weeks" for "14 weeks")."""
    if a.kind == s.kind == "measure":
        return convertible(*comparable_units(a.unit, s.unit))
    return a.kind == s.kind or "number" in (a.kind, s.kind) and "measure" not in (a.kind, s.kind)


#: Digits a figure needs to count as dropped when a run of its digits is nowhere in the sentence; a
#: shorter one counts only when the sentence renders its value in no form at all (see :func:`_rendered`).
DROPPED_MIN_DIGITS = 3
#: Digits a figure needs to count as dropped at all.
SMALL_DROPPED_MIN_DIGITS = 1
#: Kinds whose figures a translation may rightly write otherwise: a decade or century in words ("the 1920s":
#: "lata dwudzieste"); a name with a number ("COVID-19": "新冠") counts only as a stub (see :func:`_stub_left`).
NOT_DROPPED = frozenset(("decade", "century"))
#: Kinds whose small figures take forms not read here: inflected and Roman ordinals ("10th": "desátou", "Xe").
NOT_SMALL_DROPPED = frozenset(("ordinal",))


def _dropped(src_text: str, s: Quantity, g: _Group, article: str, lang: str) -> bool:
    """A number the source writes in digits ("2020", "168", "$450", "20 km") that the sentence lacks.

    Only where every number the article sentence has, loose words too ("cuartos" for "the last 8", "eine
    halbe" for "500000"), is accounted for (see :func:`_accounted`). A figure of several digits is
    dropped when no run of its digits occurs in the sentence; a small one ("20 km", "9") only when the
    sentence has its value in no form: no quantity of that value, no such digits, not ICU's spelled-out
    words for it. A measurement whose own unit the sentence names with no figure, its source not so, is
    dropped unless a measurement of that unit and value is there, however many its digits: the digits of
    "100 yards (100 m)" left in the metres do not render the yards' figure. A measurement the source also
    gives in another unit ("100 km (62 miles)") may be kept in one unit, and one the sentence converts may
    be merged, unless the sentence names the figure's unit with no figure ("a unos km (15 millas)"): that is
    where it was. A figure glued to letters ("3D") is a name; one hyphened to a name counts only where the
    name stands with its hyphen and no figure (see :func:`_stub_left`).
    """
    digits = "".join(c for c in src_text[s.start : s.end] if c.isdigit())
    if s.kind == "code" and not s.weak:
        alone = re.search(rf"(?<!\d){digits}(?!\d)", article.translate(_DIGITS))
        return alone is None and _stub_left(src_text, s, article, lang)
    if s.weak or s.approx or s.kind in NOT_DROPPED or len(digits) < SMALL_DROPPED_MIN_DIGITS:
        return False
    if src_text[s.end : s.end + 1].isalpha():
        return False
    art = [replace(q, start=q.start - g.pair.start, end=q.end - g.pair.start) for q in g.art]
    named = _figureless_units(article, art, lang) - _per_units(g.src) if s.kind == "measure" else set()
    # a rate's length, a square's or cube's side ("كيلومترًا مربعًا", "square" unread): its own unit
    named = {s.unit if u in (s.unit.split("/")[0].strip(), side(s.unit)) else u for u in named}
    if s.kind == "measure" and s.unit not in named and (any(_other_unit(s, o) for o in g.src) or _converted_here(s, g)):
        return False
    if named:
        src = [replace(q, start=q.start - g.span[0], end=q.end - g.span[0]) for q in g.src]
        named -= _figureless_units(src_text[g.span[0] : g.span[1]], src, "en")
    if len(digits) >= DROPPED_MIN_DIGITS and s.unit not in named:
        return digits not in "".join(c for c in article.translate(_DIGITS) if c.isdigit())
    return s.kind not in NOT_SMALL_DROPPED and not _rendered(s, digits, art, article, lang, named)


def _per_units(src: list[Quantity]) -> set[str]:
    """The units the source's rates are per ("hour" of "320 km/h"): the article's word for one ("시속", "saatte")
    stands for the rate's own time, not for another figure ("90 minutes" is no "hour" named)."""
    return {part.strip() for q in src if q.kind == "measure" for part in q.unit.split("/")[1:]}


#: The name and hyphens before a code's figure ("F-" of "F-35", "Sars-CoV-" of "Sars-CoV-2").
_STUB = regex.compile(r"(?<![\p{L}\p{N}])(?:\p{L}+[-\u2011])+\Z")
#: How far back a code's name may start.
STUB_MAX = 40


def _code_stub(src_text: str, s: Quantity) -> str:
    """The name and hyphen before a code's figure in the source; empty for one glued to letters ("H100")."""
    m = _STUB.search(src_text[max(0, s.start - STUB_MAX) : s.start])
    return m.group() if m else ""


def _stub_left(src_text: str, s: Quantity, article: str, lang: str) -> bool:
    """Whether the sentence keeps a code's name and hyphen with nothing joined after ("Covid- getestet", "F-
    Lightning"): its figure was cut out. A code rendered otherwise ("COVID-19" as "Corona") says nothing, and
    a hyphen before a conjunction or comma suspends a compound ("Covid- und Grippetests")."""
    stub = _code_stub(src_text, s)
    if len(stub) < 2:
        return False
    stub_re = regex.compile(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(stub)}(?![\p{{L}}\p{{N}}])", regex.IGNORECASE)
    for m in stub_re.finditer(article):
        after = article[m.end() :].lstrip()
        word = after.split(maxsplit=1)[0].lower() if after else ""
        if not after.startswith(",") and word not in list_conjunctions(lang):
            return True
    return False


#: How far a source's own conversion may stray ("about 20 km (15 miles)") and still restate the figure.
SOURCE_CONVERSION = 0.25


def _other_unit(s: Quantity, o: Quantity) -> bool:
    """Whether ``o`` restates ``s`` in another unit ("250 meters (820 feet)"): the source converts it itself,
    and either may be kept alone. "2 hours and 21 minutes" is no restatement."""
    if o.kind != "measure" or o.unit == s.unit or not s.value:
        return False
    a, b = comparable_units(o.unit, s.unit)
    return convertible(a, b) and abs(convert(o.value, a, b) / s.value - 1) <= SOURCE_CONVERSION


def _converted_here(s: Quantity, g: _Group) -> bool:
    """Whether the sentence converts measurements: it has one in a unit of ``s``'s dimension that its source
    does not use ("8 ft., 12 ft." as "zweieinhalb bis vier Meter"), so a figure may be merged or reworded."""
    used = {q.unit for q in g.src if q.kind == "measure"}
    return any(
        a.kind == "measure" and a.unit not in used and convertible(*comparable_units(a.unit, s.unit)) for a in g.art
    )


def _rendered(s: Quantity, digits: str, art: list[Quantity], article: str, lang: str, named: set[str]) -> bool:
    """Whether the sentence renders ``s``'s value somehow: a quantity of that value (a word, a fraction, a
    figure in another form), its digits standing alone, the words ICU spells it with, or for a measurement
    another unit of its dimension named without a figure (``named``: "24 hours" may be "a day"). When the
    sentence names ``s``'s own unit without a figure ("ヤード（25メートル）"), the figure was dropped there: only a
    measurement in that unit renders it."""
    if s.kind == "measure" and s.unit in named:
        return any(q.kind == "measure" and q.unit == s.unit and same_value(q, s) for q in art)
    if any(close(a, 0.0, b, 0.0) for q in art for a, _ in q.readings for b, _ in s.readings):
        return True
    if re.search(rf"(?<!\d){digits}(?!\d)", article.translate(_DIGITS)):
        return True
    if s.kind == "measure" and (figureless(lang, s.unit, s.value) or _other_dimension_unit(s, named)):
        return True
    words = spell(lang, s.value) if s.value == int(s.value) else None
    if not words:
        return False
    if not language(lang).spaced:  # no word boundaries to look for: "สาม" glued to its noun
        return words.replace("\u200b", "") in article
    end = "" if len(words) >= SPELLED_PREFIX_MIN else r"(?!\w)"  # "zehnfach" too, but "ti" is no "timen"
    return re.search(rf"(?<!\w){re.escape(words)}{end}", article, re.IGNORECASE) is not None


#: Letters a spelled-out numeral needs to count where it opens a longer word (a compound, "zehnfach"): a
#: shorter one ("ti", ten in Norwegian; "en", "tre") is a syllable opening many other words ("timen").
SPELLED_PREFIX_MIN = 4


#: A word, its marks and joiners kept: Persian "میلی‌متر" is millimetres, not "میلی" and metres.
_WORD = regex.compile(WORD)


def _figureless_units(text: str, qs: list[Quantity], lang: str) -> set[str]:
    """The units ``text`` names by a word outside its quantities ("km" in "a unos km", "days" in "it takes days");
    in a script without spaces, by a CLDR name of two characters or more ("ヤード" in "からはヤード（"). Two words that
    make a solid CLDR name name its unit, not their own (Amharic "ኪሎ ሜትር" is CLDR's "ኪሎሜትር", no "ሜትር")."""
    out = set()
    scan: re.Pattern[str] | regex.Pattern[str] = _WORD if language(lang).spaced else _unit_names(lang)
    found = [m for m in scan.finditer(text) if not any(q.start <= m.start() < q.end for q in qs)]
    skip = -1
    for i, m in enumerate(found):
        if i == skip:
            continue
        nxt = found[i + 1] if i + 1 < len(found) else None
        pair = (m.group(), nxt.group()) if nxt and text[m.end() : nxt.start()] == " " else None
        unit = two_word_unit(*pair, lang) if pair else ""
        skip = i + 1 if unit else skip
        unit = unit or local_units(lang).get(m.group().lower()) or unit_of(m.group(), lang)
        if unit:
            out.add(unit)
    return out


#: Characters a unit's name needs to be found inside unspaced text ("公里", "ヤード"; not "米" or "年").
UNSPACED_NAME_MIN = 2


@cache
def _unit_names(lang: str) -> re.Pattern[str]:
    """The language's CLDR unit names of :data:`UNSPACED_NAME_MIN` characters or more, longest first; a Latin
    abbreviation as a whole word only ("gal", not in "Portugal")."""
    names = sorted((n for n in local_units(lang) if len(n) >= UNSPACED_NAME_MIN), key=len, reverse=True)
    alts = [rf"(?<![A-Za-z]){re.escape(n)}(?![A-Za-z])" if n.isascii() else re.escape(n) for n in names]
    return re.compile("|".join(alts) or "(?!)", re.IGNORECASE)


def _other_dimension_unit(s: Quantity, named: set[str]) -> bool:
    """Whether ``named`` (the units the sentence names without a figure, those its source names so aside) holds
    another unit of ``s``'s dimension: "24 hours" may be "a day"; the hours of "2 hours and 21 minutes" say
    nothing of the minutes, nor do the "jours" of "it takes days" of "3 hours"."""
    return any(u != s.unit and convertible(*comparable_units(u, s.unit)) for u in named)


#: Any script's decimal digits as ASCII ("٢٠", "２０", Khmer "៤៥០").
_DIGITS = str.maketrans(
    {c: str(unicodedata.decimal(chr(c))) for c in range(0x660, 0x10000) if unicodedata.category(chr(c)) == "Nd"}
)


def _within(qs: list[Quantity], starts: list[int], start: int, end: int) -> list[Quantity]:
    """The quantities (sorted by start) that start inside ``[start, end)``: "10 tys." split after "tys." stays whole."""
    return qs[bisect_left(starts, start) : bisect_left(starts, end)]


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
