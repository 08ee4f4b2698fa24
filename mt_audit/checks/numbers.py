"""The number-mismatch check: a number, amount, percentage or date that differs from the source."""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from os.path import commonprefix

import regex

from mt_audit.checks.base import CheckInput, Emitter, Pair, check
from mt_audit.checks.numbers_parts import SPELLED_PARTS, whole_before, whole_parts, with_parts
from mt_audit.checks.numbers_scale import unread_scales
from mt_audit.languages import language, list_conjunctions, spell
from mt_audit.lexicon import zipf
from mt_audit.number_pairs import digit_count, substitutions, unmatched
from mt_audit.numbers import Quantity, close, extract, figure_link
from mt_audit.numbers_quantity import comparable_units, side
from mt_audit.numbers_words import bare, words
from mt_audit.types import Finding
from mt_audit.unit_names import (
    neighbour_units,
    own_unit_patterns,
    per_words,
    prefixed_base,
    root_unit_names,
    short_name_form,
)
from mt_audit.unit_sounds import beside, said_elsewhere, sounded_word, sounds_like_unit
from mt_audit.units import (
    CONTENT_WORD,
    WORD,
    convert,
    convertible,
    figureless,
    local_units,
    name_form,
    spelling_key,
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
    ("2 grams" as "2 ons") is a changed unit (see :func:`_unit_swaps`).

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
    a_left, s_left, scaled = unread_scales(item, g.a_left, g.s_left, used)
    subs = substitutions(a_left, s_left, (pair.start, pair.end), (s0, s1))
    if g.orphans:
        rest_a = [q for q in a_left if all(q is not a for a, _ in subs)]
        rest_a, orphans = _strong_unmatched(g.orphans, rest_a)[::-1]
        used.update(id(s) for s in g.orphans if all(s is not o for o in orphans))
        rest_a, orphans, _ = unread_scales(item, rest_a, orphans, used, _alike)
        subs += [(a, s) for a, s in substitutions(rest_a, orphans, (pair.start, pair.end), (s0, s1)) if _alike(a, s)]
    for a, s in subs:
        used.add(id(s))
        said = _show(src_text, s)
        msg = f"The article says {_show(item.norm.text, a)} where the source says {said}" + _stop(said)
        yield _finding(emit, pair, a.start, a.end, msg, _show(src_text, s))
    for a, s, start, end in [*_unit_swaps(item, g), *_scaled_swaps(item, scaled)]:
        said = _show(src_text, s)
        shown = _show(item.norm.text, replace(a, start=start, end=end))
        msg = f"The article says {shown} where the source says {said}: the unit differs, its figure unconverted."
        yield _finding(emit, pair, start, end, msg, said)
    rest = [s for s in s_left if id(s) not in used]
    yield from _dropped_findings(item, emit, g, src_text, rest)
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


def _scaled_swaps(
    item: CheckInput, pairs: list[tuple[Quantity, Quantity]]
) -> Iterator[tuple[Quantity, Quantity, int, int]]:
    """:func:`_unit_swaps` for the measurements of ``pairs`` (figure, source) whose scale word the article writes in a
    form not read: the unit's place is after that word, where it follows the figure ("3 piriona putu pūtoru")."""
    if not language(item.lang).spaced:
        return
    text = item.norm.text
    for a, s in pairs:
        if s.kind != "measure" or convertible(s.unit, "second"):
            continue
        m = _NEXT_WORD.match(text, a.end)
        scaled = replace(a, end=m.end(1)) if m and zipf(m.group(1), item.lang) == 0 else a
        word = _swapped_word(text, scaled, item.lang, s.unit)
        if word and not _said_anyway(text, a, word, item.lang, s.unit):
            yield a, s, min(a.start, word[0]), max(scaled.end, word[1])


#: Letters of a unit's name that a shortened or inflected form keeps ("χιλιοστά" of "χιλιοστόμετρα", "kilo").
UNIT_PREFIX = 4
#: The word after a figure: letters and the marks that join them (Devanagari "बीघा").
#: A short suffix hyphened to the figure is passed over (Maltese "12-il metru").
_AFTER_FIGURE = regex.compile(r"(?:-\p{L}{1,3}(?=[ \u00a0]))?[ \u00a0]?(\p{L}[\p{L}\p{M}]*)")
#: The two words after a figure, for a language whose side of the figure CLDR does not show ("6 ìwọ̀n Celsius").
_AFTER_FIGURE_TWO = regex.compile(
    r"(?:-\p{L}{1,3}(?=[ \u00a0]))?[ \u00a0]?(\p{L}[\p{L}\p{M}]*(?:[ \u00a0]\p{L}[\p{L}\p{M}]*)?)"
)


def _unit_swaps(item: CheckInput, g: _Group) -> Iterator[tuple[Quantity, Quantity, int, int]]:
    """(article figure, source measurement, start and end of the figure with its unit word) where the article keeps the
    figure of a measurement but writes in the unit's place a word that names no unit of its dimension in
    the article's language ("450 hectares" as "450 στρεμμάτων", "2 grams" as "2 ons"), or only other units of
    it ("3 km" as Danish "3 mil"): another unit took the place of the unit, the figure left unconverted.

    Only in spaced scripts (the word after the figure is plain), for figures that name one quantity on each
    side, and not for durations, whose everyday words stray far from CLDR's ("χρόνια" for "έτη")."""
    if not language(item.lang).spaced:
        return
    text = item.norm.text
    a_left, s_left = {id(q) for q in g.a_left}, {id(q) for q in g.s_left}
    for s in g.src:
        if s.kind != "measure" or s.weak or id(s) in s_left or convertible(s.unit, "second"):
            continue
        same_src = [q for q in g.src if _same_value(q, s)]
        same_art = [a for a in g.art if _same_value(a, s)]
        if len(same_src) != 1 or len(same_art) != 1:
            continue
        a = same_art[0]
        if a.kind not in ("number", "year") or a.weak or id(a) in a_left or _unit_shared(text, a, g.art, s.unit):
            continue
        word = _swapped_word(text, a, item.lang, s.unit)
        if word and _said_anyway(text, a, word, item.lang, s.unit):
            continue
        sounded = _sounded(text, a, item.lang, s.unit)
        if sounded and not (word and _named_by_any(text[word[0] : word[1]].split(), item.lang, s.unit)):
            word = sounded  # a word sounding like another unit, where CLDR's names tell none
        if word:
            yield a, s, min(a.start, word[0]), max(a.end, word[1])


def _said_anyway(text: str, a: Quantity, word: tuple[int, int], lang: str, unit: str) -> bool:
    """Whether the unit of figure ``a`` is said after all where the words in its place name no unit CLDR knows: they
    sound like it themselves, an inflected loan of its name (Pashto "لیترو"), or they are particles and a word on
    the figure's other side sounds like it (:func:`~mt_audit.unit_sounds.said_elsewhere`: "lita mmiri 160 kwa")."""
    said = text[word[0] : word[1]].split()
    if _named_by_any([w for w in said if len(w) >= LOOSE_WORD], lang, unit):
        return False
    if any(sounds_like_unit(w, unit) for w in said):
        return True
    return all(len(w) < CONTENT_WORD for w in said) and said_elsewhere(text, a.start, a.end, word, unit)


def _sounded(text: str, a: Quantity, lang: str, unit: str) -> tuple[int, int] | None:
    """The word beside figure ``a`` that sounds like another unit's international name where the language's own
    names (CLDR's or its neighbours') read none beside it as ``unit`` (:func:`~mt_audit.unit_sounds.sounded_word`)."""
    for s, e in beside(text, a.start, a.end):
        if e - s < LOOSE_WORD:
            continue
        named = _named_units(text[s:e], lang, unit, fuzzy=False) or set()
        if unit in named or side(unit) in named:
            return None
    return sounded_word(text, a.start, a.end, unit)


def _swapped_word(text: str, a: Quantity, lang: str, unit: str) -> tuple[int, int] | None:
    """Where the words in the unit's place beside figure ``a`` lie when they name no unit of ``unit``'s
    dimension, or only others; None when they may name ``unit``. Where CLDR shows no side the language writes
    units on (:func:`~mt_audit.unit_names.own_unit_patterns`), both sides are read (two words after the figure too),
    and only a word naming another unit of the dimension tells a swap: a word naming none may be one CLDR
    lacks ("kìlómítà")."""
    if own_unit_patterns(lang, unit):
        word = _unit_word(text, a, lang)
        if word and _no_unit_place(text, word, lang):
            return _swapped_before(text, a, lang, unit)
        named = _named_by_any(text[word[0] : word[1]].split(), lang, unit) if word else None
        if word and named and unit in named and len(named) > 1:
            if _solid_swap(text[word[0] : word[1]], lang, unit):
                return word
            if not language(lang).units_first:
                return _swapped_head(text, word, named, lang, unit)
            # The word that tells them apart stands before the shared words, or after the figure ("za Fahrenheit").
            after = _swapped_head(text, (word[0], max(word[1], a.end)), named, lang, unit)
            return _swapped_lead(text, word, named, lang, unit) or after
        if named == set() and any(prefixed_base(w, lang, unit) for w in text[word[0] : word[1]].split()):
            return None  # another prefix on the unit's own base ("henimita" beside CLDR's "mita"): a loan of it
        if named == set() and (
            short_name_form(text[word[0] : word[1]], lang, unit) or _named_next(text, word, lang, unit)
        ):
            return None
        return word if word and named is not None and unit not in named else None
    sides = [w for w in (_unit_word(text, a, lang, first) for first in (False, True)) if w]
    two = _AFTER_FIGURE_TWO.match(text, a.end)
    sides += [two.span(1)] if two else []
    named = [(w, n) for w in sides if (n := _loosely_named(text[w[0] : w[1]], lang, unit))]
    if not named or any(unit in n or side(unit) in n for _, n in named):
        return None  # the length a square or cube measures: the language words "cubic" its own way ("metrekûp")
    return named[0][0]


#: An apostrophe eliding a particle's vowel before the next word ("n'akụkụ", "d'hectares").
_ELIDED = regex.compile(r"['’]\p{L}")


def _no_unit_place(text: str, word: tuple[int, int], lang: str) -> bool:
    """Whether the word after a figure holds no unit's place: a particle elided onto the next word ("40 n'akụkụ")
    or the word CLDR's rates put before the unit of time ("160 kwa ụbọchị", 160 a day)."""
    return bool(_ELIDED.match(text, word[1])) or text[word[0] : word[1]].lower() in per_words(lang)


def _swapped_before(text: str, a: Quantity, lang: str, unit: str) -> tuple[int, int] | None:
    """Where the words before figure ``a`` lie when they name only other units of ``unit``'s dimension ("acre 40
    n'akụkụ" for "40 hectares"): the text writes the unit before the figure, whatever side CLDR shows."""
    word = _unit_word(text, a, lang, first=True)
    named = _loosely_named(text[word[0] : word[1]], lang, unit) if word else set()
    return word if named and unit not in named and side(unit) not in named else None


def _loosely_named(words_: str, lang: str, unit: str) -> set[str]:
    """The units of ``unit``'s dimension that the words of :data:`LOOSE_WORD` letters or more among ``words_``
    name (see :func:`_named_units`); number words name none."""
    out: set[str] = set()
    for word in words_.split():
        fuzzy = _known(word, lang)  # an unknown word spelt near a unit's name is no evidence of it ("seeyure")
        named = _named_units(word, lang, unit, fuzzy) if len(word) >= LOOSE_WORD else None
        out |= named or set()
    return out


def _solid_swap(word: str, lang: str, unit: str) -> bool:
    """Whether ``word``, written solid, starts with a head that CLDR names of several units of ``unit``'s dimension
    start with ("kvadrat", square) and its rest names only other units ("kvadratmil" for "kvadratkilometer")."""
    key = spelling_key(word)
    if " " in key:
        return False
    heads = {}
    for name, other in local_units(lang).items():
        n = spelling_key(name)
        if n.isalpha() and convertible(*comparable_units(other, unit)):
            lead = len(commonprefix([key, n]))
            heads.setdefault(lead, set()).add(other)
    lead = max((k for k, units in heads.items() if len(units) > 1 and k >= UNIT_PREFIX), default=0)
    rest = key[lead:]
    if not lead or len(rest) < LOOSE_WORD or rest in words(lang):
        return False
    told = _named_units(rest, lang, unit, fuzzy=False)
    return bool(told) and unit not in told and side(unit) not in told


def _named_next(text: str, word: tuple[int, int], lang: str, unit: str) -> bool:
    """Whether the :data:`HEAD_WORDS` words after the word in a unit's place name ``unit`` (or the length it squares
    or cubes) and no other unit: that word is a particle before the unit ("3 miliardoj da kubaj metroj"). A word
    there naming only another unit ("da kubaj futoj") leaves it a swap."""
    end, told = word[1], []
    for _ in range(HEAD_WORDS):
        m = _NEXT_WORD.match(text, end)
        if m is None:
            break
        end = m.end(1)
        named = _named_units(m.group(1), lang, unit, fuzzy=False) if len(m.group(1)) >= LOOSE_WORD else None
        told += [unit in named or side(unit) in named] if named else []
    return bool(told) and all(told)


#: Words after a unit name's first word searched for the word that tells its units apart ("градусов по Цельсию").
HEAD_WORDS = 2
_NEXT_WORD = regex.compile(r"[ \u00a0](\p{L}[\p{L}\p{M}]*)")


def _swapped_head(text: str, word: tuple[int, int], named: set[str], lang: str, unit: str) -> tuple[int, int] | None:
    """Where a unit's name of two words whose first word several units share ("वर्ग", square; "градусов",
    degrees) lies when the word that tells them apart, one of the next :data:`HEAD_WORDS` (short ones passed
    over: "по"), names only others of them, alone or written solid with the first ("वर्ग फुट" for "square
    metres"); None otherwise."""
    end = word[1]
    for _ in range(HEAD_WORDS):
        m = _NEXT_WORD.match(text, end)
        if m is None:
            return None
        end = m.end(1)
        if len(m.group(1)) < LOOSE_WORD:
            continue
        solid = unit_of(text[word[0] : word[1]] + m.group(1), lang)  # CLDR writes it solid: Hindi "वर्गफ़ुट"
        told = {solid} if solid else _named_units(m.group(1), lang, unit)
        if not told:
            return None
        kept = {side(n) for n in named} & {side(t) for t in told}  # "घन फुट", cubic feet: the foot a cube measures
        return (word[0], end) if kept and side(unit) not in kept else None
    return None


#: The word before the words in a unit's place, where the language writes units first ("futi za mraba 18").
_LEAD_WORD = regex.compile(r"(\p{L}[\p{L}\p{M}]*)[ \u00a0]$")


def _swapped_lead(text: str, word: tuple[int, int], named: set[str], lang: str, unit: str) -> tuple[int, int] | None:
    """:func:`_swapped_head` where the language writes units first: the word before the shared words ("za
    mraba", square) tells the units apart ("futi za mraba 18,000" for "18,000 square metres")."""
    m = _LEAD_WORD.search(text, max(0, word[0] - 40), word[0])
    told = _named_units(m.group(1), lang, unit) if m and len(m.group(1)) >= LOOSE_WORD else None
    kept = named & told if told else set()
    return (m.start(1), word[1]) if m and kept and unit not in kept else None


#: Letters a word needs to tell a unit where CLDR shows no side of the figure for it ("dé" begins "degree").
LOOSE_WORD = 3


#: The two words before a figure, for languages that write units first ("maili 3", "nyuzi joto 2").
_BEFORE_FIGURE = regex.compile(rf"({WORD}(?:[ \u00a0]{WORD})?)[ \u00a0]?$")


def _unit_word(text: str, a: Quantity, lang: str, first: bool | None = None) -> tuple[int, int] | None:
    """Where the words in a unit's place beside figure ``a`` lie: the word after it, or where the language
    writes units first (CLDR's patterns, :attr:`~mt_audit.languages.Language.units_first`, or ``first``) the
    two before it, since a unit's everyday name may take a word more than CLDR's ("nyuzi joto" for "nyuzi")."""
    if language(lang).units_first if first is None else first:
        m = _BEFORE_FIGURE.search(text, max(0, a.start - 60), a.start)
        return m.span(1) if m else None
    link = figure_link(lang).match(text, a.end)
    m = _AFTER_FIGURE.match(text, link.end() if link else a.end)
    return m.span(1) if m else None


#: Words between two figures that share one unit written after the second ("5 bis 10 km", "2 o 3 hectáreas").
SHARED_UNIT_GAP = 2


def _unit_shared(text: str, a: Quantity, art: list[Quantity], unit: str) -> bool:
    """Whether the next quantity after ``a``, a word or two on, is a measurement of ``unit``'s dimension whose
    unit ``a`` shares: the article writes the unit once for both figures."""
    nxt = next((b for b in art if b.start >= a.end), None)
    if nxt is None or nxt.kind != "measure" or not convertible(*comparable_units(nxt.unit, unit)):
        return False
    return len(text[a.end : nxt.start].split()) <= SHARED_UNIT_GAP


def _same_value(a: Quantity, b: Quantity) -> bool:
    return any(close(x, 0.0, y, 0.0) for x, _ in a.readings for y, _ in b.readings)


def _known(words_: str, lang: str) -> bool:
    """Whether any of ``words_`` is a word the language's lexicon knows (none where it has no lexicon)."""
    return any(zipf(w, lang) > 0 for w in words_.split())


def _named_units(word: str, lang: str, unit: str, fuzzy: bool = True) -> set[str] | None:
    """The units of ``unit``'s dimension that ``word`` may name in ``lang``: those with a CLDR name one of whose
    words ``word`` starts (a shortened or inflected form: "χιλιοστά", "kilo", "مليمترات"; the head word of a
    name of several words: Danish "mil" of "engelske mil" and "svenske mil"; or the name written solid) or holds
    with a few letters put in (an internal plural: Arabic "أقدام" of "قدم"), or that the unit reader takes it
    for. Words are compared by their spelling keys, so the vowel length an Indic loan word is spelt with
    ("મિલીમીટર", CLDR "મિલિમીટર") tells no unit apart. None for a number word, which may stand for any unit.

    Where CLDR gives the language root's symbols only, the names of its country's other languages stand in
    (:func:`~mt_audit.unit_names.neighbour_units`: Tajik "километр" is Russian's); None when they have none either.

    A word naming only other units of the dimension ("3 mil" for "3 km") swapped the unit, figure kept. Without
    ``fuzzy``, a name spelt otherwise (see :func:`~mt_audit.units.name_form`) does not count."""
    if word.lower() in words(lang) or bare(word.lower()) in words(lang):
        return None
    w = spelling_key(word)
    k = min(len(w), UNIT_PREFIX)
    out = set()
    names = [(name, other) for name, other in local_units(lang).items() if convertible(*comparable_units(other, unit))]
    if not any(name not in root_unit_names() for name, _ in names):  # CLDR has root's symbols only: borrowed names
        borrowed = neighbour_units(lang).items()
        names = [(name, other) for name, other in borrowed if convertible(*comparable_units(other, unit))]
    if not names:
        return None  # no names of units of this kind to judge the word by
    read = unit_of(word, lang)
    if read and convertible(*comparable_units(read, unit)):
        out.add(read)
    for name, other in names:
        parts = spelling_key(name).replace(".", " ").split()
        for part in parts + (["".join(parts)] if len(parts) > 1 else []):  # written solid: Urdu "کلومیٹر"
            if len(part) >= k and (w.startswith(part[:k]) or len(part) > k and part in w) or _inside(part, w):
                out.add(other)
        if fuzzy and name_form(w, "".join(parts)):  # spelt a little otherwise, an ending glued: "megawaat", "톤을"
            out.add(other)
    return out


def _named_by_any(words_: list[str], lang: str, unit: str) -> set[str] | None:
    """The units of ``unit``'s kind that any of ``words_`` may name (see :func:`_named_units`); None if one is
    a number word."""
    out: set[str] = set()
    for w in words_:
        named = _named_units(w, lang, unit)
        if named is None:
            return None
        out |= named
    return out


#: Letters an internal plural may add to a unit's name ("قدم", "أقدام").
INSERTED_MAX = 2


def _inside(name: str, word: str) -> bool:
    """Whether the letters of ``name`` (three or more) occur in ``word`` in order, with at most
    :data:`INSERTED_MAX` letters put in."""
    if len(name) < 3 or not 0 < len(word) - len(name) <= INSERTED_MAX:
        return False
    rest = iter(word)
    return all(c in rest for c in name)


def _dropped_findings(
    item: CheckInput, emit: Emitter, g: _Group, src_text: str, rest: list[Quantity]
) -> Iterator[Finding]:
    """The source figures of ``rest`` that the pair's sentence lacks (see :func:`_dropped`)."""
    pair = g.pair
    article = item.norm.text[pair.start : pair.end]
    for s in rest:
        if (
            _accounted(g.a_left, s, item.norm.text, item.lang)
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
    "450")."""
    return all(q.weak and (q.value in (0.0, 1.0) or not _may_render(q, s, text, lang)) for q in a_left)


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
    named = {s.unit if u == s.unit.split("/")[0].strip() else u for u in named}  # a rate's length: its own unit
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
        return any(q.kind == "measure" and q.unit == s.unit and _same_value(q, s) for q in art)
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
    return re.search(rf"(?<!\w){re.escape(words)}", article, re.IGNORECASE) is not None  # "zehnfach" too


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
        solid = (m.group() + nxt.group()).lower() if nxt and text[m.end() : nxt.start()] == " " else ""
        unit = local_units(lang).get(solid) if solid else None
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
