"""Unit swaps for the number-mismatch check: a figure kept while another unit took its unit's place.

The article keeps a measurement's figure but writes, where the unit goes, a word naming another unit
of its dimension (or none of it): "450 hectares" as "450 acres", the figure left unconverted. Split
from :mod:`mt_audit.checks.numbers` by concern: here only what reads the word in the unit's place.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from os.path import commonprefix
from typing import TYPE_CHECKING

import regex

from mt_audit.checks.base import CheckInput
from mt_audit.languages import language
from mt_audit.lexicon import zipf
from mt_audit.numbers import Quantity, close, figure_link
from mt_audit.numbers_quantity import comparable_units, side
from mt_audit.numbers_words import bare, words
from mt_audit.unit_names import (
    neighbour_units,
    own_unit_patterns,
    per_words,
    prefixed_base,
    root_unit_names,
    short_name_form,
)
from mt_audit.unit_sounds import (
    base_unit,
    beside,
    heard_alike,
    said_elsewhere,
    sounded_word,
    sounds_like,
    sounds_like_other,
    sounds_like_unit,
)
from mt_audit.units import (
    CONTENT_WORD,
    WORD,
    convertible,
    local_units,
    name_form,
    spelling_key,
    unit_of,
)

if TYPE_CHECKING:
    from mt_audit.checks.numbers import _Group


def scaled_swaps(
    item: CheckInput, pairs: list[tuple[Quantity, Quantity]]
) -> Iterator[tuple[Quantity, Quantity, int, int]]:
    """:func:`unit_swaps` for the measurements of ``pairs`` (figure, source) whose scale word the article writes in a
    form not read: the unit's place is after that word, where it follows the figure ("3 piriona putu pūtoru"), or
    before the figure where the scale word opens it. Where CLDR's names read no word there, a word beside it that
    sounds like another unit's international name is the swap, as in :func:`unit_swaps`."""
    if not language(item.lang).spaced:
        return
    text = item.norm.text
    for a, s in pairs:
        if s.kind != "measure" or convertible(s.unit, "second"):
            continue
        scaled = _with_scale_word(text, a, item.lang)
        word = _swapped_word(text, scaled, item.lang, s.unit)
        if word and _said_anyway(text, a, word, item.lang, s.unit):
            continue
        word = word or _sounded_past_scale(text, a, scaled, item.lang, s.unit)
        if word:
            yield a, s, min(a.start, word[0]), max(scaled.end, word[1])


def _sounded_past_scale(text: str, a: Quantity, scaled: Quantity, lang: str, unit: str) -> tuple[int, int] | None:
    """:func:`_sounded` for a figure whose scale word was taken in, only past that word, where the unit's name
    stands: in a language without a word list every word is unknown, and a verb before the figure is no unit
    ("perdis 4 miliardojn da kubaj metroj")."""
    if scaled == a:
        return None
    word = _sounded(text, scaled, lang, unit)
    if word is None:
        return None
    past = word[0] >= scaled.end if scaled.end > a.end else word[1] <= scaled.start
    return word if past else None


def _with_scale_word(text: str, a: Quantity, lang: str) -> Quantity:
    """Figure ``a`` with the unknown word after it, where its scale word stands; else with the unknown word right
    before it, where a language writes its scale first ("mamiriyoni 2.8")."""
    m = NEXT_WORD.match(text, a.end)
    if m and zipf(m.group(1), lang) == 0:
        return replace(a, end=m.end(1))
    b = _PREV_WORD.search(text, max(0, a.start - PREV_LOOK_BACK), a.start)
    return replace(a, start=b.start(1)) if b and zipf(b.group(1), lang) == 0 else a


#: Characters looked back over for the word before a figure.
PREV_LOOK_BACK = 40
_PREV_WORD = regex.compile(r"(\p{L}[\p{L}\p{M}]*)[ \u00a0]$")


#: Letters of a unit's name that a shortened or inflected form keeps ("χιλιοστά" of "χιλιοστόμετρα", "kilo").
UNIT_PREFIX = 4
#: The word after a figure: letters and the marks that join them (Devanagari "बीघा").
#: A short suffix hyphened to the figure is passed over (Maltese "12-il metru").
_AFTER_FIGURE = regex.compile(r"(?:-\p{L}{1,3}(?=[ \u00a0]))?[ \u00a0]?(\p{L}[\p{L}\p{M}]*)")
#: The two words after a figure, for a language whose side of the figure CLDR does not show ("6 ìwọ̀n Celsius").
_AFTER_FIGURE_TWO = regex.compile(
    r"(?:-\p{L}{1,3}(?=[ \u00a0]))?[ \u00a0]?(\p{L}[\p{L}\p{M}]*(?:[ \u00a0]\p{L}[\p{L}\p{M}]*)?)"
)


def unit_swaps(item: CheckInput, g: _Group) -> Iterator[tuple[Quantity, Quantity, int, int]]:
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
        same_src = [q for q in g.src if same_value(q, s)]
        same_art = [a for a in g.art if same_value(a, s)]
        if len(same_src) != 1 or len(same_art) != 1:
            continue
        a = same_art[0]
        if a.kind not in ("number", "year") or a.weak or id(a) in a_left or _unit_shared(text, a, g.art, s.unit):
            continue
        word = _swapped_word(text, a, item.lang, s.unit)
        if word and _said_anyway(text, a, word, item.lang, s.unit):
            continue
        sounded = _sounded(text, a, item.lang, s.unit)
        if sounded and not (word and _word_tells(text, a, word, sounded, item.lang, s.unit)):
            word = sounded  # a word sounding like another unit, where CLDR's names tell none
        if word:
            yield a, s, min(a.start, word[0]), max(a.end, word[1])


def _word_tells(text: str, a: Quantity, word: tuple[int, int], sounded: tuple[int, int], lang: str, unit: str) -> bool:
    """Whether the words in the unit's place beside figure ``a`` tell the swap better than ``sounded``, a word that
    sounds like another unit: they name units of its dimension, or ``sounded`` stands on the other side of the figure
    and is a word the language's lexicon knows as its own, no loan ("beratnya 64 pon": its weight, 64 pounds)."""
    if _named_by_any(text[word[0] : word[1]].split(), lang, unit):
        return True
    other_side = (word[0] >= a.end) != (sounded[0] >= a.end)
    return own_unit_patterns(lang, unit) and other_side and _known(text[sounded[0] : sounded[1]], lang)


def _said_anyway(text: str, a: Quantity, word: tuple[int, int], lang: str, unit: str) -> bool:
    """Whether the unit of figure ``a`` is said after all where the words in its place name no unit CLDR knows: they
    sound like it themselves, an inflected loan of its name (Pashto "لیترو"), or they are particles and a word on
    the figure's other side sounds like it (:func:`~mt_audit.unit_sounds.said_elsewhere`: "lita mmiri 160 kwa"). A
    short word that sounds like another unit's international name is no particle (Yakut "2 900 фут", feet)."""
    said = text[word[0] : word[1]].split()
    if _named_by_any([w for w in said if len(w) >= LOOSE_WORD], lang, unit):
        return False
    if any(sounds_like_unit(w, unit) for w in said):
        return True
    far = not own_unit_patterns(lang, unit)
    particles = all(len(w) < CONTENT_WORD and not sounds_like_other(w, unit) for w in said)
    return particles and said_elsewhere(text, a.start, a.end, word, unit, far)


def _sounded(text: str, a: Quantity, lang: str, unit: str) -> tuple[int, int] | None:
    """The word beside figure ``a`` that sounds like another unit's international name where the language's own
    names (CLDR's or its neighbours') read none beside it as ``unit`` alone (see
    :func:`~mt_audit.unit_sounds.sounded_word`): a word they read as several units of its dimension alone (the
    "degrees" of Celsius and Fahrenheit, :func:`_shared_word`) leaves the scale beside it to tell."""
    far = not own_unit_patterns(lang, unit)  # no names of its own: concord words may stand before the figure
    for s, e in beside(text, a.start, a.end, far):
        if e - s < LOOSE_WORD:
            continue
        named = _named_units(text[s:e], lang, unit, fuzzy=False) or set()
        if unit in named or side(unit) in named:
            if not _shared_word(named, unit) or _tells_side(text, s, e, lang, unit):
                return None
    return sounded_word(text, a.start, a.end, unit, far)


def _tells_side(text: str, s: int, e: int, lang: str, unit: str) -> bool:
    """Whether the word after a shared word names the length a cubic or square ``unit`` is built on ("kubaj
    metroj": cubic metres, said), so the shared word's neighbour already tells the unit."""
    m, length = NEXT_WORD.match(text, e), side(unit)
    return bool(m) and length != unit and length in (_named_units(m.group(1), lang, length, fuzzy=False) or set())


def _shared_word(named: set[str], unit: str) -> bool:
    """Whether a word naming ``named`` is one that several units of ``unit``'s own dimension share, and no unit of
    another: the "degrees" of every temperature scale, which tell the scale by the word beside them."""
    return len(named) > 1 and all(convertible(n, unit) for n in named)


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
        if (named == set() or word is None) and written_first(text, lang) != language(lang).units_first:
            other = _other_side(text, a, lang, unit)
            if other is not None:
                return other or None
        return word if word and named is not None and unit not in named else None
    sides = [w for w in (_unit_word(text, a, lang, first) for first in (False, True)) if w]
    two = _AFTER_FIGURE_TWO.match(text, a.end)
    sides += [two.span(1)] if two else []
    named = [(w, n) for w in sides if (n := _loosely_named(text[w[0] : w[1]], lang, unit))]
    if not named or any(unit in n or side(unit) in n for _, n in named):
        return None  # the length a square or cube measures: the language words "cubic" its own way ("metrekûp")
    if any(sounds_like(text[s:e], base_unit(unit)) for s, e in beside(text, a.start, a.end, far=True)):
        return None  # the unit's own name said a concord word or two from the figure ("dikilometara tse ... 0.5")
    return named[0][0]


def _other_side(text: str, a: Quantity, lang: str, unit: str) -> tuple[int, int] | tuple[()] | None:
    """What the words on the other side of figure ``a`` than CLDR's patterns show tell, where those on CLDR's side
    name no unit: the text writes its units there after all, whatever CLDR shows (Akan "kilogram 25 aforo", a
    noun before its numeral). Empty where they name ``unit`` (said); their span where they name only other units
    of its dimension ("pɔn 25 aforo"); None where they name none."""
    word = _unit_word(text, a, lang, first=not language(lang).units_first)
    named = _loosely_named(text[word[0] : word[1]], lang, unit) if word else set()
    if not named:
        return None
    return () if unit in named or side(unit) in named else word


#: A figure in any script's digits, groups and decimals inside ("2,400", "١٠٬٠٠٠").
_FIGURE = regex.compile(r"\p{Nd}+(?:[.,\u066b\u066c]\p{Nd}+)*")


@lru_cache(maxsize=64)
def written_first(text: str, lang: str) -> bool:
    """Whether ``text`` writes units before its figures: more figures have a unit's name (:func:`_unit_like`) right
    before them than right after ("kilomita 12", "kilogram 25": a noun before its numeral, where CLDR's
    patterns put Akan's units after); CLDR's side where the text shows neither more."""
    before = after = 0
    for m in _FIGURE.finditer(text):
        b = _PREV_WORD.search(text, max(0, m.start() - PREV_LOOK_BACK), m.start())
        n = NEXT_WORD.match(text, m.end())
        before += bool(b and _unit_like(b.group(1), lang))
        after += bool(n and _unit_like(n.group(1), lang))
    return before > after if before != after else language(lang).units_first


def _unit_like(word: str, lang: str) -> bool:
    """Whether ``word`` is a measure's unit name to the unit reader, or the start of the language's CLDR name of one
    or starts one ("pɔn" of "pɔns"), of :data:`LOOSE_WORD` letters or more: a unit's name however it is inflected.
    Durations aside: a rate's "per hour" follows the figure whatever side its measure's unit takes."""
    read = unit_of(word, lang)
    if read:
        return not convertible(read, "second")
    key = spelling_key(word)
    if len(key) < LOOSE_WORD:
        return False
    names = [(spelling_key(n), u) for n, u in local_units(lang).items() if n not in root_unit_names()]
    return any(
        len(n) >= LOOSE_WORD
        and n.isalpha()
        and (n.startswith(key) or key.startswith(n))
        and not convertible(u, "second")
        for n, u in names
    )


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
        m = NEXT_WORD.match(text, end)
        if m is None:
            break
        end = m.end(1)
        named = _named_units(m.group(1), lang, unit, fuzzy=False) if len(m.group(1)) >= LOOSE_WORD else None
        told += [unit in named or side(unit) in named] if named else []
    return bool(told) and all(told)


#: Words after a unit name's first word searched for the word that tells its units apart ("градусов по Цельсию").
HEAD_WORDS = 2
NEXT_WORD = regex.compile(r"[ \u00a0](\p{L}[\p{L}\p{M}]*)")


def _swapped_head(text: str, word: tuple[int, int], named: set[str], lang: str, unit: str) -> tuple[int, int] | None:
    """Where a unit's name of two words whose first word several units share ("वर्ग", square; "градусов",
    degrees) lies when the word that tells them apart, one of the next :data:`HEAD_WORDS` (short ones passed
    over: "по"), names only others of them, alone or written solid with the first ("वर्ग फुट" for "square
    metres"); None otherwise."""
    end = word[1]
    for _ in range(HEAD_WORDS):
        m = NEXT_WORD.match(text, end)
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


def same_value(a: Quantity, b: Quantity) -> bool:
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
    (:func:`~mt_audit.unit_names.neighbour_units`: Tajik "километр" is Russian's), a loan of one spelt by ear too
    (:func:`~mt_audit.unit_sounds.heard_alike`: Wolof "puus" of French "pouce"); None when they have none either.

    A word naming only other units of the dimension ("3 mil" for "3 km") swapped the unit, figure kept. Without
    ``fuzzy``, a name spelt otherwise (see :func:`~mt_audit.units.name_form`) does not count."""
    if word.lower() in words(lang) or bare(word.lower()) in words(lang):
        return None
    w = spelling_key(word)
    k = min(len(w), UNIT_PREFIX)
    out = set()
    names = [(name, other) for name, other in local_units(lang).items() if convertible(*comparable_units(other, unit))]
    borrowed = not any(name not in root_unit_names() for name, _ in names)
    if borrowed:  # CLDR has root's symbols only: borrowed names
        names = [
            (name, other)
            for name, other in neighbour_units(lang).items()
            if convertible(*comparable_units(other, unit))
        ]
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
        if borrowed and heard_alike(word, name):
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
