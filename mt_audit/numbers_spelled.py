"""Spelled-out numbers in every language ICU's rule-based number format covers.

``number_words.tsv`` holds only what ICU lacks (fractions, multiplicatives,
scale abbreviations, vague plurals); the numerals themselves ("dreihundert-
fünfzig", "kaksikymmentäkolme", "ishirini na tatu") are read here by ICU's
own parser, so a language nobody on the team tested reads its numbers too.

ICU's lenient parse costs a few microseconds a call but the text has many
words, so the words tried are first filtered by a vocabulary derived from
ICU's own spell-out of 0–199, the hundreds, thousands and millions in every
cardinal and ordinal rule set of the language; nothing is written by hand.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

import icu

from mt_audit.languages import base_tag, cldr_tag, language, parse_spelled, proclitics, spell, spells_numbers

#: Values whose spell-out gives every word a numeral is built from: units, teens and tens with every
#: joining form ("и", "و"), hundreds, thousands and millions with their plural and case forms.
_VOCAB_VALUES = (
    *range(0, 200),
    *range(200, 1000, 100),
    *range(1100, 2000, 100),
    *(1000 * k for k in (*range(1, 25), *range(30, 100, 10), *range(100, 1000, 100))),
    *(10**6 * k for k in range(1, 25)),
    *(10**8 * k for k in range(1, 10)),
    *(10**9 * k for k in range(1, 5)),
    2_500_000,
)
#: A letter token: letters and the marks that join syllables (Devanagari, Thai, Arabic diacritics).
_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f\u0900-\u0dff\u0e00-\u0e7f\u064b-\u065f\u200c\u200d])*")
#: What may stand between the words of one numeral: one space or a hyphen.
_JOIN = frozenset((" ", "-", "\u00a0", "\u2011", "\u2010", "\u200b"))
#: Longest numeral tried, in words ("two hundred and fifty-three thousand four hundred and twelve").
_MAX_WORDS = 24


@dataclass(frozen=True)
class Spelled:
    """A numeral ICU read in full: its span, value, whether it is an ordinal, and whether it is weak."""

    start: int
    end: int
    value: float
    ordinal: bool
    weak: bool


def _rule_sets(tag: str) -> list[tuple[str, bool]]:
    """The language's public cardinal and ordinal spell-out rule sets, with whether each is ordinal."""
    formatter = _formatter(tag)
    names = [formatter.getRuleSetName(i) for i in range(formatter.getNumberOfRuleSetNames())]
    return [(n, "ordinal" in n) for n in names if ("cardinal" in n or "ordinal" in n or n.endswith("numbering"))]


@cache
def _formatter(tag: str) -> icu.RuleBasedNumberFormat:
    """A formatter of our own for the vocabulary: switching its rule set must not touch the shared one."""
    return icu.RuleBasedNumberFormat(icu.URBNFRuleSetTag.SPELLOUT, icu.Locale(cldr_tag(tag)))


@cache
def _spellings(tag: str) -> dict[str, tuple[float, bool]]:
    """Every spell-out ICU writes for the vocabulary values → (value, ordinal), lower-cased."""
    formatter = _formatter(tag)
    out: dict[str, tuple[float, bool]] = {}
    for name, ordinal in _rule_sets(tag):
        for value in _VOCAB_VALUES:
            text = formatter.format(float(value), name).replace("\u00ad", "").lower()
            out.setdefault(text, (float(value), ordinal))
    return out


@cache
def vocabulary(tag: str) -> frozenset[str]:
    """Letter tokens of ICU's spell-outs, each also with a comma below for a cedilla under its "s" or "t": a word
    outside it is no part of a numeral (nor starts one). ICU's Romanian writes "şase" (six) with the cedilla, the
    press "șase" with the comma Unicode added for the language; ICU's lenient parse reads both."""
    tokens = {t for text in _spellings(tag) for t in _TOKEN.findall(text)}
    return frozenset(tokens | {_comma_below(t) for t in tokens})


#: S and T with a cedilla, and the same letters with the comma below that Unicode encodes apart.
_CEDILLA_TO_COMMA = str.maketrans("şţŞŢ", "șțȘȚ")


def _comma_below(word: str) -> str:
    """``word`` with a comma below its "s" and "t" where it has a cedilla ("şase" → "șase")."""
    return word.translate(_CEDILLA_TO_COMMA)


@cache
def _prefixes(tag: str) -> frozenset[str]:
    """First three letters of each vocabulary token, in a language whose numerals compound into words
    the vocabulary lacks ("zweihundertfünfzig"); empty where every numeral's words are in the vocabulary."""
    vocab = vocabulary(tag)
    formatter = _formatter(tag)
    sample = (formatter.format(float(n)).replace("\u00ad", "").lower() for n in range(201, 100_000, 997))
    if all(t in vocab for text in sample for t in _TOKEN.findall(text)):
        return frozenset()
    return frozenset(t[:3] for t in vocab)  # tokens shorter than three letters are prefixes whole ("이백")


@cache
def _ordinal_forms(tag: str) -> frozenset[str]:
    """Ordinal spell-outs and their tokens ("dritte", "third"), to tell an ordinal from a cardinal."""
    forms = {text for text, (_, ordinal) in _spellings(tag).items() if ordinal}
    cardinal = {text for text, (_, ordinal) in _spellings(tag).items() if not ordinal}
    return frozenset(forms - cardinal)


@lru_cache(maxsize=65536)
def _parse(tag: str, words: str) -> float | None:
    """ICU's value of ``words`` parsed in full, cached: texts repeat their numerals."""
    value = parse_spelled(tag, words)
    return value if value is not None else _one_before_power(tag, words)


def _one_before_power(tag: str, words: str) -> float | None:
    """A power of ten that ICU spells bare ("千", a thousand) written with the numeral one glued before it, as
    the formal style writes it (Japanese "一千", "一千万"): ICU reads it but will not spell it back that way.
    Glued only: "un mille" in words apart is another word (a mile)."""
    one = spell(tag, 1)
    if not one or " " in one or not words.startswith(one) or len(words) == len(one):
        return None
    rest = words[len(one) :]
    value = parse_spelled(tag, rest)
    if value is None or value < 10 or spell(tag, value) != rest:
        return None
    exponent = round(math.log10(value))
    return value if 10**exponent == value else None


@lru_cache(maxsize=65536)
def _candidate(tag: str, word: str) -> bool:
    """Whether a letter token may be part of a numeral: a vocabulary token, or a compound ICU reads whole."""
    low = word.lower()
    if low in vocabulary(tag):
        return True
    prefixes = _prefixes(tag)
    shortest = 2 if _hangul(low) else 3  # two Hangul syllables make a word: "천일" (1001)
    if len(low) < shortest or not (low[:3] in prefixes or low[:2] in prefixes or low[:1] in prefixes):
        return False
    return _parse(tag, low) is not None


#: How much more frequent (in Zipf units: 0.4 is 2.5 times) than both its neighbours in value a number
#: word must be to be taken for a homonym: Italian "sei" (six, "you are"), Vietnamese "năm" (five, "year").
HOMONYM_MARGIN = 0.4


#: Numbers more frequent than their neighbours in any language, for being round.
_ROUND = frozenset((10, 12, 15))


@cache
def homonyms(tag: str) -> frozenset[str]:
    """Number words of 2–19 far more frequent than the words for the numbers beside them, by wordfreq: most
    of their uses are another word, so alone they are weak. Round numbers (tens, a dozen, fifteen) are left
    out, being naturally more frequent, and so are neighbours wordfreq does not know."""
    if not language(tag).spaced:
        return frozenset()
    words = {n: (spell(tag, n) or "").lower() for n in range(1, 21)}
    freq = {n: _zipf(w, tag) for n, w in words.items() if w and _TOKEN.fullmatch(w)}
    out = set()
    for n in range(2, 20):
        own, below, above = freq.get(n), freq.get(n - 1), freq.get(n + 1)
        if n not in _ROUND and own and below and above:
            if own > max(below, above) + HOMONYM_MARGIN:
                out.add(words[n])
    return frozenset(out)


def _zipf(word: str, tag: str) -> float | None:
    """wordfreq's Zipf frequency of ``word``, or None where wordfreq has no list of the language's own (never
    its "nearest" language's: Welsh read with English frequencies would make "un" a homonym)."""
    from mt_audit.lexicon import has_frequencies, zipf

    return zipf(word, tag) if has_frequencies(tag) else None


def spelled_numbers(text: str, tag: str) -> Iterator[Spelled]:
    """Every numeral spelled out in ``text``, longest first from left to right, as ICU reads it."""
    code = base_tag(tag)
    if not spells_numbers(code):
        return
    if language(code).spaced:
        yield from _spaced(text, code)
    else:
        yield from _unspaced(text, code)


@cache
def _joins(tag: str) -> frozenset[str]:
    """What joins the words of a numeral: a space or hyphen, and ", " where ICU writes one ("elfu tatu, mia nne")."""
    comma = any(", " in text for text in _spellings(tag))
    return _JOIN | {", "} if comma else _JOIN


def _runs(text: str, tag: str) -> Iterator[list[tuple[int, int]]]:
    """Runs of candidate tokens (their spans) joined as the language joins the words of a numeral. A token that
    is none but for a proclitic glued before it (Hebrew "בשלושה", in three; "כשלושה", about three) starts a run
    after the proclitic."""
    joins = _joins(tag)
    run: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(text):
        start = m.start()
        if not _candidate(tag, m.group()):
            if run:
                yield run
            run = []
            clitic = _proclitic_length(tag, m.group())
            if not clitic:
                continue
            start += clitic
        if run and text[run[-1][1] : start] not in joins:
            yield run
            run = []
        run.append((start, m.end()))
    if run:
        yield run


@lru_cache(maxsize=65536)
def _proclitic_length(tag: str, word: str) -> int:
    """The length of the language's proclitic glued before a numeral's word in ``word`` (see
    :func:`~mt_audit.languages.proclitics`), the longest that leaves one; 0 if none does."""
    for clitic in proclitics(tag):
        rest = word[len(clitic) :]
        if word.startswith(clitic) and len(rest) > 1 and _candidate(tag, rest):
            return len(clitic)
    return 0


def _spaced(text: str, tag: str) -> Iterator[Spelled]:
    """Greedy longest full parse from each token of each run."""
    for run in _runs(text, tag):
        i = 0
        while i < len(run):
            for j in range(min(len(run), i + _MAX_WORDS), i, -1):
                start, end = run[i][0], run[j - 1][1]
                value = _parse(tag, text[start:end].lower())
                if value is None and j - i > 1:
                    value = _parse_joined(tag, text[start : run[j - 2][1]], text[slice(*run[j - 1])])
                if value is not None and not _homonym_tail(tag, text[slice(*run[j - 1])], value, j - i):
                    yield _spelled(text, tag, start, end, value, j - i)
                    i = j
                    break
            else:
                i += 1


def _parse_joined(tag: str, head: str, last: str) -> float | None:
    """ICU's value of a numeral whose last word the press writes without the word ICU joins it with ("akpe alafa
    eve blaatɔ̃" for ICU's "akpe alafa eve kple blaatɔ̃", 250,000): the words joined by the first of the language's
    join words that ICU then reads."""
    tens = _parse(tag, last.lower())
    if tens is None or tens < JOINED_TAIL_MIN:
        return None
    values = (_parse(tag, f"{head} {join} {last}".lower()) for join in _join_words(tag))
    return next((v for v in values if v is not None), None)


#: The least value of a numeral's last word read past a join word left out: a tens word ("blaatɔ̃", fifty); a unit
#: word there is as often a noun's homonym (Vietnamese "hai trăm năm" is two hundred years).
JOINED_TAIL_MIN = 10


@cache
def _join_words(tag: str) -> tuple[str, ...]:
    """The words ICU writes only between the words of a numeral, no numeral alone ("kple", and): the ones a writer
    may leave out. Words of one letter aside ("y", "i": they are also other words)."""
    inner: set[str] = set()
    edges: set[str] = set()
    for text, (_, ordinal) in _spellings(tag).items():
        tokens = _TOKEN.findall(text) if not ordinal else []
        inner.update(tokens[1:-1])
        edges.update(tokens[:1] + tokens[-1:])
    return tuple(sorted(w for w in inner - edges if len(w) > 1 and parse_spelled(tag, w) is None))


def _homonym_tail(tag: str, last: str, value: float, size: int) -> bool:
    """Whether a numeral of several words ends in a homonym (see :func:`homonyms`) that ICU's own spell-outs of
    its value lack: the word is the other one. Vietnamese "bốn mươi năm" is forty years; ICU reads it as 45,
    but writes 45 "bốn mươi lăm"."""
    low = last.lower()
    return size > 1 and low in homonyms(tag) and low not in _value_tokens(tag, value)


@lru_cache(maxsize=4096)
def _value_tokens(tag: str, value: float) -> frozenset[str]:
    """The words of ICU's spell-outs of ``value`` in every cardinal and ordinal rule set of the language."""
    formatter = _formatter(tag)
    texts = (formatter.format(float(value), name).lower() for name, _ in _rule_sets(tag))
    return frozenset(t for text in texts for t in _TOKEN.findall(text))


@cache
def _letters(tag: str) -> frozenset[str]:
    """Characters of the language's spell-outs, for scripts written without spaces."""
    return frozenset(c for text in _spellings(tag) for c in text if not c.isspace() and c not in ",-")


def _unspaced(text: str, tag: str) -> Iterator[Spelled]:
    """Runs of spell-out characters; from each start the piece ICU reads as a numeral, if it reads it in full."""
    letters = _letters(tag)
    i, n = 0, len(text)
    while i < n:
        if text[i] not in letters:
            i += 1
            continue
        j = i
        while j < n and text[j] in letters:
            j += 1
        k = i
        while k < j:
            if unicodedata.category(text[k]).startswith("M"):  # a sign of the syllable before starts no numeral
                k += 1
                continue
            e = k + _prefix_length(tag, text[k:j])
            value = _parse(tag, text[k:e]) if e > k else None
            if value is None or _marks_dropped(tag, text[k:e], value):
                k += 1
                continue
            yield _spelled(text, tag, k, e, value, e - k)
            k = e
        i = j


def _marks_dropped(tag: str, piece: str, value: float) -> bool:
    """Whether ``piece`` is the numeral's spelling without some of its marks: ICU's lenient parse ignores
    Thai tone marks, but "สี" (colour) and "หา" (to look for) are words of their own, not "สี่" and "ห้า"."""
    spelled = "".join((spell(tag, value) or "").split())
    if piece == spelled:
        return False
    return _bare(piece) == _bare(spelled) and len(piece) < len(spelled)


def _bare(text: str) -> str:
    """``text`` without its combining marks."""
    return unicodedata.normalize(
        "NFC", "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    )


@cache
def _lenient(tag: str) -> icu.RuleBasedNumberFormat:
    """A lenient parser of our own, to ask how much of a run of characters is a numeral."""
    formatter = icu.RuleBasedNumberFormat(icu.URBNFRuleSetTag.SPELLOUT, icu.Locale(cldr_tag(tag)))
    formatter.setLenient(True)
    return formatter


@lru_cache(maxsize=65536)
def _prefix_length(tag: str, run: str) -> int:
    """How many characters from the start of ``run`` ICU reads as one numeral (0: none)."""
    position = icu.ParsePosition(0)
    try:
        _lenient(tag).parse(run, position)
    except icu.ICUError:
        return 0
    return position.getIndex()


def _spelled(text: str, tag: str, start: int, end: int, value: float, size: int) -> Spelled:
    """The numeral, marked ordinal when it is one of ICU's ordinal forms, weak when it is often no number.

    Weak: 0 and 1 (the indefinite article in most languages, "null" as "void"), a homonym (see
    :func:`homonyms`), in a script without spaces a single character (Chinese 十分 "very", 一起 "together"),
    a numeral of one letter or syllable anywhere (Korean "이" is mostly "this"), and of two Hangul
    syllables that are none of ICU's own numerals.
    """
    low = text[start:end].lower()
    ordinal = low in _ordinal_forms(tag) or (not low.isdigit() and _ends_ordinal(tag, low))
    weak = value in (0.0, 1.0) or (ordinal and value == 2) or (not language(tag).spaced and size < 2)
    weak = weak or len(low) == 1  # one syllable alone: Korean "이" is mostly "this", "열" mostly "open"
    # two as well when ICU's own numerals lack them: "구조" is "structure" before 9 × 10^12
    weak = weak or len(low) == 2 and _hangul(low) and low not in vocabulary(tag)
    weak = weak or low in _plural_ordinals(tag) or _numeral_glued_before(text, tag, start)
    weak = weak or low in homonyms(tag)
    return Spelled(start, end, value, ordinal, weak)


def _hangul(word: str) -> bool:
    """Written in Hangul syllables."""
    return all("\uac00" <= c <= "\ud7af" for c in word)


@cache
def _plural_ordinals(tag: str) -> frozenset[str]:
    """Ordinals in the plural ("octavos", "cuartos"): alone they name rounds and fractions, not a rank."""
    formatter = _formatter(tag)
    forms = {
        formatter.format(float(v), name).replace("\u00ad", "").lower()
        for name, ordinal in _rule_sets(tag)
        if ordinal and "plural" in name
        for v in range(2, 21)
    }
    return frozenset(forms - {t for t, (_, o) in _spellings(tag).items() if not o})


#: Letters a clitic glued before a number word may have (Hebrew "משתים": from "two").
_CLITIC = 2
_WORD_BEFORE = re.compile(r"(\w+)[ \u00a0-]$")


def _numeral_glued_before(text: str, tag: str, start: int) -> bool:
    """Whether the word before the numeral is a number word with a letter or two glued before it: then the
    numeral read is only part of one ("משתים עשרה": "from twelve", not "ten")."""
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return False
    word = m.group(1).lower()
    vocab = vocabulary(tag)
    return any(len(word) - k >= 3 and word[k:] in vocab for k in range(1, _CLITIC + 1))


def _ends_ordinal(tag: str, low: str) -> bool:
    """Whether the last word of ``low`` is an ordinal form ("twenty-third")."""
    last = _TOKEN.findall(low)
    return bool(last) and last[-1] in _ordinal_forms(tag)
