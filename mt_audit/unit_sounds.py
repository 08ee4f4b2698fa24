"""Unit names told by their sound: a loan of an international unit name ("maily", "amamayela", "galọn") in a
language CLDR gives no names of its own, read against the names CLDR holds in every locale, transliterated to
Latin by ICU and cut to their consonants ("ml" of "mile", "milla", "mijl").

Split from :mod:`mt_audit.units` by concern: these decide what a word beside a figure may name where the
language's own CLDR names say nothing, not how a unit is read after a number.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache, lru_cache

import regex

from mt_audit.languages import (
    UnitForms,
    counted_patterns,
    either_name,
    heard_latin,
    script_of,
    syllable_marks,
    unit_patterns,
)
from mt_audit.numbers_quantity import side
from mt_audit.unit_pint import cldr_pint
from mt_audit.units import CLDR_UNITS, MAX_ENDING, convertible

#: Consonants the press of a loan writes for one sound, folded to one letter: "gl" before "i" ("miglia", mile),
#: "tsh"/"ch"/"sh" (inch, "intshi"), a soft "c" ("ounce", "ons"), "ph" ("f"), "q", and "d" for "t" ("fidi" of
#: "feet"; "pond", "pound").
_FOLDS = (
    (re.compile(r"gl(?=i)"), "l"),
    (re.compile(r"t?[sc]h"), "s"),
    (re.compile(r"c(?=[eiy])"), "s"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"[cq]"), "k"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"d"), "t"),
    (re.compile(r"z"), "s"),
    (re.compile(r"[aeiouyhwj]"), ""),
)
#: Consonants a name's skeleton needs to be told by: "ml" (mile) yes, "m" no.
MIN_SKELETON = 2
#: Consonants a prefix put before a loan may add (a noun class: "amamayela", "neeponti").
MAX_PREFIX = 2
#: Consonants a copula and a noun class stacked before a loan may add ("li-nga-ma-fidi"): a tail after more than
#: :data:`MAX_PREFIX` of them must start with one of the name's letters.
STACKED_PREFIX = 4


@lru_cache(maxsize=16384)
def skeleton(word: str) -> str:
    """``word`` in Latin letters (ICU), lower-cased, its consonants alone with the loans' spellings of one sound
    folded and a doubled one written once: "kilaometatra" and "kilometre" are both "klmtr"."""
    text = _latin_letters(word)
    for pattern, fold in _FOLDS:
        text = pattern.sub(fold, text)
    return re.sub(r"(.)\1+", r"\1", text)


def heard(word: str) -> str:
    """:func:`skeleton` with "r" heard as "l": many languages do not tell the two liquids apart, and their loans
    write either ("mayiro", "kiromita" of "mile", "kilometre")."""
    return skeleton(word).replace("r", "l")


@cache
def sound_names() -> dict[str, dict[str, int]]:
    """Skeleton → pint unit → how many locales CLDR names the unit so, from the one-word long names of the units
    of everyday measurement (durations aside) in every language CLDR has, root's symbols aside: the international
    names the loans of a language without names of its own are made from."""
    return _sound_table()[0]


#: Per (skeleton, pint unit): the letters its names start with in Latin letters.
Letters = dict[tuple[str, str], frozenset[str]]
#: A word's opening vowels: the one before its first consonant and the one between its first two ("" for none).
Opening = tuple[str, str]
#: Per (skeleton, pint unit): the openings of its names that have a vowel there (see :func:`opening`).
Openings = dict[tuple[str, str], frozenset[Opening]]


@cache
def _sound_table() -> tuple[dict[str, dict[str, int]], Letters, Openings]:
    """:func:`sound_names`, the letters the names of each (skeleton, unit) start with in Latin letters, and their
    openings (see :func:`opening`)."""
    from babel import localedata

    from mt_audit.unit_names import root_unit_names

    out: dict[str, dict[str, int]] = {}
    initials: dict[tuple[str, str], set[str]] = {}
    openings: dict[tuple[str, str], set[Opening]] = {}
    units = {cid: cldr_pint(cid) for cid in CLDR_UNITS if not cid.startswith("duration") and cldr_pint(cid)}
    for code in sorted(localedata.locale_identifiers()):
        if "_" in code:
            continue
        patterns = unit_patterns(code)
        names = _locale_names(patterns, units, root_unit_names())
        for key, unit in sorted({(heard(name), unit) for name, unit in names}):
            out.setdefault(key, {}).setdefault(unit, 0)
            out[key][unit] += 1
        for name, unit in names:
            initials.setdefault((heard(name), unit), set()).add(_latin_letters(name)[:1])
            if any(opening(_latin_letters(name))):  # an abjad's name, its vowels unwritten, tells none
                openings.setdefault((heard(name), unit), set()).add(opening(_latin_letters(name)))
    return out, {k: frozenset(v) for k, v in initials.items()}, {k: frozenset(v) for k, v in openings.items()}


@lru_cache(maxsize=16384)
def opening(latin: str) -> Opening:
    """The vowels a word in Latin letters opens with, as :func:`heard` hears its consonants: the one before its first
    consonant and the one between its first two, each the first of its run, "" for none ("mayili": "", "a";
    "akiri": "a", "i"; "mraba": "", "")."""
    text = latin
    for pattern, fold in _FOLDS[:-1]:
        text = pattern.sub(fold, text)
    vowels, consonants, last = ["", ""], 0, ""
    for c in text.replace("r", "l"):
        if c in "aeiouy" and not vowels[consonants]:
            vowels[consonants] = c
        elif c not in "aeiouyhwj" and c != last:
            consonants, last = consonants + 1, c
            if consonants == MIN_SKELETON:
                break
    return vowels[0], vowels[1]


#: How a reading of a word was cut from it: whole, a tail after a prefix, a head left of a glued ending.
WHOLE, PREFIXED, HEAD = "whole", "prefixed", "head"


def opens_as(word: Opening, names: frozenset[Opening], cut: str = WHOLE) -> bool:
    """Whether a loan's opening (see :func:`opening`) is one of its name's: the same vowel before the first
    consonant, and between the first two the name's vowel, or any where the name has none (a loan may break a
    cluster with a vowel of its own: Bambara "akiri" of "akra", acre). A loan keeps the vowel of its name's first
    syllable, which tells a short skeleton's loan from a word that shares its two consonants ("taama", travel, is
    no "tuuma", "tomme", inch; Meitei "khajura", dates, no "kilo"; Swahili "mraba", square, no "mile").

    A tail after a prefix (``cut``) may have lost its first vowel to the prefix's (Xhosa "kwi-intshi", to inches):
    it needs none there. A head left of a glued ending is a guess at where the loan ends: it must open as a name
    does exactly, a vowel between its first consonants where the name has one and none where it has none
    (Shona "anos-vika", reaching, is no "aunsa", ounce)."""
    for lead, mid in names:
        if (word[0] == lead or cut == PREFIXED and not word[0]) and (word[1] == mid or not mid and cut != HEAD):
            return True
    return False


def _locale_names(
    patterns: Mapping[str, UnitForms], units: dict[str, str], root: frozenset[str]
) -> set[tuple[str, str]]:
    """(name, pint unit) of one locale's one-word long unit names of :data:`MIN_SKELETON` consonants or more, root's
    symbols aside."""
    out = set()
    for cid, unit in units.items():
        for pattern in counted_patterns(patterns.get(cid, {})):
            name = either_name(pattern)
            if name and " " not in name and name.lower() not in root and len(skeleton(name)) >= MIN_SKELETON:
                out.add((name, unit))
    return out | _scale_words(patterns, units, root)


def _scale_words(
    patterns: Mapping[str, UnitForms], units: dict[str, str], root: frozenset[str]
) -> set[tuple[str, str]]:
    """(word, pint unit) of one locale's long names of two words, one of which other units' names write too: the
    other word, the scale of a temperature ("Fahrenheit" of "degrees Fahrenheit", "градусов Фаренгейта"), which a
    loan writes beside the shared word ("41 پلەی فەهرەنهایت")."""
    names: set[tuple[tuple[str, ...], str]] = set()
    for cid, unit in units.items():
        for pattern in counted_patterns(patterns.get(cid, {})):
            name = either_name(pattern)
            if name and name.lower() not in root and len(name.split()) == 2:
                names.add((tuple(name.split()), unit))
    units_of: dict[str, set[str]] = {}
    for words, unit in names:
        for w in words:
            units_of.setdefault(w, set()).add(unit)
    return {
        (own, unit)
        for (a, b), unit in names
        for own, other in ((a, b), (b, a))
        if len(units_of[other]) > 1 and units_of[own] == {unit} and len(skeleton(own)) > MIN_SKELETON
    }


def _latin_letters(word: str) -> str:
    """``word`` in plain lower-case Latin letters (ICU; by its sound where ICU spells the script in no Latin letters:
    Ol Chiki, see :func:`~mt_audit.languages.heard_latin`). ICU writes "c" for an affricate of another script (ISO
    15919's च, ISO 9's ч as "č"), never for a "k": it is written "ch", the sound Latin spells so ("इञ्च", inch)."""
    latin = heard_latin(word).lower()
    if any(c.isalpha() and script_of(c) != "LATIN" for c in word):
        latin = _AFFRICATE_C.sub("ch", latin)
    return re.sub(r"[^a-z]", "", latin)


_AFFRICATE_C = re.compile(r"c(?!h)")


#: Locales that must name a unit by a skeleton for it to be an international name ("ml" of "mile", "milla").
MIN_LOCALES = 3


def sounded_units(word: str) -> set[str]:
    """The units whose international name ``word`` sounds like: its skeleton is one's, or the skeleton of what
    follows a short prefix ending in a vowel is ("ama-mayela", "nee-ponti": a noun class). A tail after a
    longer prefix (:data:`STACKED_PREFIX`: "li-nga-ma-fidi") counts only when it opens with one of the name's
    letters, as :func:`sounds_like` reads a short name. A short skeleton (two consonants, or a head left of a
    glued ending, :func:`_short_heads`: Inuktitut "mail-nik", miles) counts only where it opens as one of the
    names does (see :func:`opens_as`)."""
    counts, initials, openings = _sound_table()
    out = set()
    for tail, prefix, cut in _readings(word):
        key = heard(tail)
        if len(key) < MIN_SKELETON:
            continue
        least = MIN_LOCALES if len(key) > MIN_SKELETON else SHORT_KEY_LOCALES
        by_vowels = len(key) < ENDED_SKELETON if cut == HEAD else len(key) == MIN_SKELETON
        for u, n in counts.get(key, {}).items():
            if "**" in u and _shared_head(key, u):
                continue  # "square" alone ("kvadrat"), which some locales write for one square unit, tells none
            if by_vowels and not opens_as(opening(tail), openings.get((key, u), frozenset()), cut):
                continue
            if n >= least and (prefix <= MAX_PREFIX or tail[:1] in initials.get((key, u), ())):
                out.add(u)
    return out


def _readings(word: str) -> list[tuple[str, int, str]]:
    """Where in ``word`` (Latin letters) a loan may stand: the whole word, its tails after a prefix, its heads left of
    a glued ending (:func:`_ended_heads`, :func:`_short_heads`); each with its prefix's consonants and how it was
    cut (:data:`WHOLE`, :data:`PREFIXED`, :data:`HEAD`)."""
    tails = [(t, p, WHOLE if k == 0 else PREFIXED) for k, (t, p) in enumerate(_prefixed_tails(word, STACKED_PREFIX))]
    return tails + [(head, 0, HEAD) for head, _ in _ended_heads(word)] + [(h, 0, HEAD) for h in _short_heads(word)]


#: Locales that must name a unit by a skeleton of two consonants, which many short words have ("nk", "sl"): an
#: international name ("ml" of "mile", "milla", "mijl"; "ft" of "feet", "fut", "voet").
SHORT_KEY_LOCALES = 20


#: Consonants a loan's skeleton must keep, its ending cut, to be told by: a long name ("flngt" of "Фаренгейт").
ENDED_SKELETON = 4


def _ended_heads(word: str) -> list[tuple[str, int]]:
    """``word`` in Latin letters less an ending of up to :data:`~mt_audit.units.MAX_ENDING` letters glued to a
    loan, where what is left keeps :data:`ENDED_SKELETON` consonants or more: Ossetic "Фаренгейтмӕ" (to
    Fahrenheit) is "Фаренгейт" with "-мӕ". A short name less letters would tell nothing."""
    latin = _latin_letters(word)
    heads = (latin[:-cut] for cut in range(1, MAX_ENDING + 1) if len(latin) > cut)
    return [(head, 0) for head in heads if len(heard(head)) >= ENDED_SKELETON]


def _short_heads(word: str) -> list[str]:
    """``word`` in Latin letters less an ending of up to :data:`~mt_audit.units.MAX_ENDING` letters, where what is
    left keeps fewer consonants than :data:`ENDED_SKELETON` but at least :data:`MIN_SKELETON`: a short loan with a
    case ending glued, Inuktitut "ᒪᐃᓪᓂᒃ" ("mail-nik", miles), "ᐃᓐᓯᓂᒃ" ("insi-nik", inches). They must open as a
    name does (see :func:`opens_as`)."""
    latin = _latin_letters(word)
    heads = (latin[:-cut] for cut in range(1, MAX_ENDING + 1) if len(latin) > cut)
    return [head for head in heads if MIN_SKELETON <= len(heard(head)) < ENDED_SKELETON]


_PREFIX_END = re.compile(r"(?<=[aeiou])(?=[b-df-hj-np-tv-z])")


def _cut_tails(word: str) -> list[tuple[str, str]]:
    """``word`` in Latin letters, and its tails after a prefix of up to :data:`MAX_PREFIX` consonants that ends in
    a vowel ("ama-mitha"), each with how it was cut (:data:`WHOLE`, :data:`PREFIXED`)."""
    return [(tail, WHOLE if k == 0 else PREFIXED) for k, (tail, _) in enumerate(_prefixed_tails(word, MAX_PREFIX))]


def _prefixed_tails(word: str, limit: int) -> list[tuple[str, int]]:
    """``word`` in Latin letters and its tails after a prefix of up to ``limit`` consonants that ends in a vowel,
    each with its prefix's consonants (0 for the whole word)."""
    latin = _latin_letters(word)
    cuts = [(m.start(), len(skeleton(latin[: m.start()]))) for m in _PREFIX_END.finditer(latin)]
    return [(latin, 0)] + [(latin[end:], n) for end, n in cuts if n <= limit]


def sounds_like(word: str, unit: str) -> bool:
    """Whether ``word`` may be a loan of an international name of ``unit``, read loosely: its skeleton ends in
    one's ("amamitha"), starts one's ("klm" of "klmtr") or holds one ("grm" in "iigram"); a name of two
    consonants only as a whole tail of the word, or as its head less a glued ending where :data:`SHORT_KEY_LOCALES`
    locales write the name (:func:`_short_heads`: "mail-nik"), starting with one of the name's letters and opening
    as one of them does ("mita", "lita"; "khet", field, is no "hektar"; Meitei "khajura", dates, no "kilo"; see
    :func:`opens_as`). A loose reading keeps a word naming the unit from being taken for another."""
    key = heard(word)
    counts, initials, openings = _sound_table()
    for n, units in counts.items():
        if units.get(unit, 0) < MIN_LOCALES:
            continue
        if len(n) == MIN_SKELETON:
            heads = [(h, HEAD) for h in _short_heads(word)] if units[unit] >= SHORT_KEY_LOCALES else []
            if any(_short_name(t, n, unit, initials, openings, cut) for t, cut in _cut_tails(word) + heads):
                return True
        elif key.endswith(n) or len(key) >= LOOSE_SKELETON and n.startswith(key) and not _shared_head(key, unit):
            return True
        elif n in key:
            return True
    return False


def _short_name(tail: str, key: str, unit: str, initials: Letters, openings: Openings, cut: str) -> bool:
    """Whether ``tail`` (Latin letters, cut from its word as ``cut`` says) is a loan of a name of ``unit`` whose
    skeleton is ``key``, two consonants: the same skeleton, first letter and opening (see :func:`opens_as`) as one
    of them."""
    pair = (key, unit)
    named = heard(tail) == key and tail[:1] in initials.get(pair, ())
    return named and opens_as(opening(tail), openings.get(pair, frozenset()), cut)


@cache
def _shared_head(key: str, unit: str) -> bool:
    """Whether skeleton ``key`` opens the international names of a unit on another base than ``unit``'s too: the
    "square" of "kvadratkilometer" and "kvadratmil" ("quadrate"), which tells neither."""
    counts = sound_names()
    base = base_unit(unit)
    return any(
        n.startswith(key) and base_unit(u) != base and count >= MIN_LOCALES
        for n, units in counts.items()
        for u, count in units.items()
    )


#: Consonants a skeleton needs to be read as part of another ("klm" of "klmtr").
LOOSE_SKELETON = 3


def base_unit(unit: str) -> str:
    """The unit a rate counts or a square or cube measures ("kilometer / hour", "kilometer ** 2" → "kilometer")."""
    return side(unit.split(" / ")[0])


def _root(unit: str) -> str:
    """The unit ``unit`` puts a prefix on, or itself ("kilometer" → "meter"): a loan may mangle the prefix
    ("henimita"), so a sound tells no prefix from another."""
    from mt_audit.unit_names import unit_base

    return unit_base(base_unit(unit)) or base_unit(unit)


def sounds_like_unit(word: str, unit: str) -> bool:
    """Whether ``word`` sounds like ``unit`` or the length it is built on."""
    return sounds_like(word, unit) or sounds_like(word, base_unit(unit))


def sounds_like_other(word: str, unit: str) -> bool:
    """Whether ``word`` sounds like another unit of ``unit``'s kind, on another root (see :func:`_other_units`)."""
    return bool(_other_units(word, unit))


def _other_units(word: str, unit: str) -> set[str]:
    """The units ``word`` sounds like of ``unit``'s kind on another root ("mile" for "kilometer", not "meter")."""
    base = base_unit(unit)
    return {u for u in sounded_units(word) if convertible(base_unit(u), base) and _root(u) != _root(unit)}


#: A word, hyphened compounds whole ("iimayile-skwere"), and what may stand between it and a figure.
#: A word: letters, marks and syllable marks (Tibetan tsheg, see :func:`~mt_audit.languages.syllable_marks`).
_TOKEN = rf"\p{{L}}[\p{{L}}\p{{M}}'’{syllable_marks()}]*(?:-\p{{L}}[\p{{L}}\p{{M}}]*)*"
_BEFORE = regex.compile(rf"(?:({_TOKEN})[ \u00a0])?({_TOKEN})[ \u00a0]?-?$")
#: The words before a figure, those a concord word or two set apart ("dimaele tse di sekwere tse 0.5").
_RUN_BEFORE = regex.compile(rf"((?:{_TOKEN}[ \u00a0])*{_TOKEN})[ \u00a0]?-?$")
#: Letters a word before a figure needs to count as one of its two words: a shorter one is a concord or
#: particle ("tse", "za"), passed over to the words further back.
CONCORD_MAX = 3
_AFTER = regex.compile(rf"-?[ \u00a0]?({_TOKEN})(?:[ \u00a0]({_TOKEN}))?")
#: Characters looked back over for the words before a figure.
_LOOK_BACK = 60


def beside(text: str, start: int, end: int, far: bool = False) -> list[tuple[int, int]]:
    """The spans of the two words before the figure at ``start``-``end`` and the two after it, the nearest first (after
    it first), a hyphened compound split into its words ("amamayela angu-45", "12 maily ny"): the places a unit's
    name may stand in a language whose side of the figure CLDR does not show. With ``far``, for a language CLDR
    gives no unit names of its own, the words before reach past concord words (see :func:`_words_before`); in
    any, those after reach past a particle (see :func:`_words_past_particles`)."""
    m = None if far else _BEFORE.search(text, max(0, start - _LOOK_BACK), start)
    spans = _words_before(text, start) if far else []
    n = _AFTER.match(text, end)
    for match in (m, n):
        for g in (1, 2):
            if match and match.group(g):
                spans += _parts(match.group(g), match.start(g))
    if n:
        spans += _words_past_particles(text, n)
    return sorted(spans, key=lambda se: (max(start - se[1], se[0] - end), se[0] < start))  # the nearest first


def _words_past_particles(text: str, n: regex.Match[str]) -> list[tuple[int, int]]:
    """The spans of the words after the two of ``n`` (those right after a figure), up to the second word longer than
    :data:`CONCORD_MAX` letters in all: a linker or a genitive particle may stand between a figure and the unit
    after it (Ilocano "31 a digri Fahrenheit", Kabyle "31 n ddeṛǧat Fahrenheit"), so the scale is the third word."""
    taken = [n.group(g) for g in (1, 2) if n.group(g)]
    content = sum(len(w) > CONCORD_MAX for w in taken)
    if len(taken) < 2 or content >= 2:
        return []
    out: list[tuple[int, int]] = []
    pos = n.end()
    while content < 2:
        w = _NEXT_TOKEN.match(text, pos)
        if w is None:
            break
        out += _parts(w.group(1), w.start(1))
        content += len(w.group(1)) > CONCORD_MAX
        pos = w.end()
    return out


_NEXT_TOKEN = regex.compile(rf"[ \u00a0]({_TOKEN})")


def _words_before(text: str, start: int) -> list[tuple[int, int]]:
    """The spans of the words before a figure at ``start``, back to the second word longer than
    :data:`CONCORD_MAX` letters (two at least), within :data:`_LOOK_BACK` characters: a unit's name the language
    writes first may stand a concord word or two from its figure ("dikilometara tse 3")."""
    m = _RUN_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
    if m is None:
        return []
    words = list(regex.finditer(_TOKEN, m.group(1)))
    taken, content = 0, 0
    for w in reversed(words):
        taken += 1
        content += len(w.group()) > CONCORD_MAX
        if taken >= 2 and content >= 2:
            break
    return [s for w in words[len(words) - taken :] for s in _parts(w.group(), m.start(1) + w.start())]


def _parts(token: str, at: int) -> list[tuple[int, int]]:
    """The spans of the words of a hyphened compound starting at ``at``; of a run of syllables (Tibetan, unspaced
    between words), its first and last :data:`RUN_SYLLABLES` syllables at most, each count a span: a unit's name
    stands at one end of the run beside its figure ("...ཀི་ལོ་མི་ཊར་ ༢༥༠")."""
    out, pos = [], at
    for part in token.split("-"):
        out += _syllable_ends(part, pos)
        pos += len(part) + 1
    return out


#: Syllables a unit's name may take at an end of an unspaced run ("ཀི་ལོ་མི་ཊར", four).
RUN_SYLLABLES = 4
_SYLLABLE = regex.compile(rf"[^{syllable_marks()}]+[{syllable_marks()}]*") if syllable_marks() else None


def _syllable_ends(part: str, at: int) -> list[tuple[int, int]]:
    """The whole of ``part`` (at ``at``), and where syllable marks part it, its heads and tails of up to
    :data:`RUN_SYLLABLES` syllables, their trailing marks left off."""
    out = [(at, at + len(part))]
    marks = syllable_marks()
    if _SYLLABLE is None or not any(c in marks for c in part.rstrip(marks)):
        return out
    cuts = [m.end() for m in _SYLLABLE.finditer(part)]
    starts = [0, *cuts[:-1]]
    for k in range(1, min(RUN_SYLLABLES, len(cuts) - 1) + 1):
        out.append((at, at + len(part[: cuts[k - 1]].rstrip(marks))))
        out.append((at + starts[-k], at + len(part.rstrip(marks))))
    return out


def sounded_word(text: str, start: int, end: int, unit: str, far: bool = False) -> tuple[int, int] | None:
    """The span of the word beside the figure at ``start``-``end`` that sounds like another unit of ``unit``'s kind, on
    another root, when none there sounds like ``unit`` itself: a loan of another unit's name took its place ("12
    maily" for "12 kilometres"); None otherwise. Two words a space apart are also read as one, after the words alone:
    a long loan the press writes in two (Kashmiri "فارن ہائیٹ", Fahrenheit; see :func:`_joined`)."""
    spans = beside(text, start, end, far)
    words_ = [text[s:e] for s, e in spans]
    joined = _joined(text, spans)
    if any(sounds_like_unit(w, unit) for w in words_) or any(_heard_as(w, unit) for _, w in joined):
        return None
    return next((span for span, w in [*zip(spans, words_), *joined] if _other_units(w, unit)), None)


def _heard_as(word: str, unit: str) -> bool:
    """Whether ``word`` sounds like ``unit`` itself (or a unit on its root), read strictly (:func:`sounded_units`)."""
    return any(_root(u) == _root(unit) and convertible(base_unit(u), base_unit(unit)) for u in sounded_units(word))


def _joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[tuple[int, int], str]]:
    """The joins of each word of ``spans`` (words beside a figure) with the word after it, where a space alone parts
    the two, neither sounds like a unit alone, and together they keep :data:`ENDED_SKELETON` consonants or more, a
    long name (a short skeleton of two words would match too much): the span of both and their letters run
    together, the nearest first."""
    out = []
    for s, e in spans:
        nxt = _NEXT_TOKEN.match(text, e)
        if nxt is None or sounded_units(text[s:e]) or sounded_units(nxt.group(1)):
            continue
        word = text[s:e] + nxt.group(1)
        if len(heard(word)) >= ENDED_SKELETON:
            out.append(((s, nxt.end(1)), word))
    return out


def said_elsewhere(text: str, start: int, end: int, span: tuple[int, int], unit: str, far: bool = False) -> bool:
    """Whether a word beside the figure outside ``span`` sounds like ``unit`` (or the length it is built on): the
    unit is named on the other side of the figure than CLDR writes it ("lita mmiri 160 kwa ụbọchị")."""
    spans = beside(text, start, end, far)
    return any((e <= span[0] or s >= span[1]) and sounds_like_unit(text[s:e], unit) for s, e in spans)


_VOWELS = re.compile(r"[aeiouy]")


def heard_alike(word: str, name: str) -> bool:
    """Whether ``word`` may be a loan of unit name ``name`` spelt by ear: the same consonants (:func:`heard`, two at
    least), the same first letter, and no vowel the name lacks ("puus" of French "pouce"; "piis" is no loan of it)."""
    key, a, b = heard(word), _latin_letters(word), _latin_letters(name)
    vowels = set(_VOWELS.findall(a)) <= set(_VOWELS.findall(b))
    return len(key) >= MIN_SKELETON and key == heard(name) and a[:1] == b[:1] and vowels
