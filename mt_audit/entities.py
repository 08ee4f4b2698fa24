"""Proper names in text, and the ways two mentions of one name can be compared.

Names are found by shape, not by a model: runs of capitalised words with inner
connectors ("Bank of America"), CamelCase ("YouTube"), acronyms ("NATO",
"COVID-19"), and Latin-script words embedded in text of another script.
Capital letters mark names only where they are not forced by position, so a
sentence-initial word counts when it is rare in the language, known to be a
proper noun (WordNet, for English), or capitalised elsewhere in mid-sentence.

Comparison is tolerant in the ways real translations differ while naming the
same thing: case, diacritics, spacing and hyphens ("You Tube" ~ "YouTube");
case endings of inflected languages ("Googlem", "Google’ın"); transliteration
variants of rare names ("Zelenskyy" ~ "Zelensky"); and transliteration into
Arabic or Cyrillic script, compared through consonant skeletons
("غوغل" ~ "Google", "Брин" ~ "Brin").
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import accumulate
from typing import NamedTuple

import regex

from mt_audit.entity_compare import (
    CALENDAR,
    adapted,
    common_en,
    demonyms,
    is_inflection,
    is_lemma,
    known_proper,
    lexical,
    ordinary_noun,
    parts_of_speech,
    proper_en,
    relation,
    renders,
    similar,
    similarity,
    spelling,
)
from mt_audit.entity_script import compact, fold, native_skeletons, skeleton, transliterate
from mt_audit.languages import calendar_words, capitalises_nouns, language
from mt_audit.lexicon import has_frequencies, lemmas, ordinary_ending, zipf

__all__ = [
    "CALENDAR",
    "CONNECTORS",
    "TITLES",
    "TRANSLATED_HEADS",
    "Name",
    "NativeIndex",
    "Token",
    "View",
    "adapted",
    "common_en",
    "demonyms",
    "fold",
    "is_acronym",
    "is_inflection",
    "is_roman",
    "known_proper",
    "lexical",
    "may_open_name",
    "name_key",
    "names",
    "native_index",
    "native_skeletons",
    "ordinary_noun",
    "relation",
    "renders",
    "same_name",
    "similar",
    "similarity",
    "skeleton",
    "spelling",
    "tokenize",
    "transliterate",
    "view",
]


@dataclass(frozen=True)
class Name:
    """A proper name, brand or acronym: ``text == source[start:end]``; ``tokens`` are its words."""

    start: int
    end: int
    text: str
    tokens: tuple[str, ...]

    @property
    def key(self) -> str:
        return name_key(self.text)

    @property
    def acronym(self) -> bool:
        return len(self.tokens) == 1 and is_acronym(self.tokens[0])


class Token(NamedTuple):
    """One word. ``text`` leaves out an elided article (l’) and an apostrophe suffix (’ın, 's)."""

    start: int
    end: int
    text: str
    key: str
    script: str  # "latin", "cyrillic", "greek" or "other"
    cap: bool  # starts with a capital, or is CamelCase / an acronym
    initial: bool  # capitalised by position: sentence start, title-case line
    brk: bool  # punctuation (not a space or hyphen) separates it from the previous token
    suffix: bool  # an apostrophe suffix followed it ("Google’ın"), which ends a name


# ---------------------------------------------------------------- word lists


@cache
def word_lists() -> dict[str, frozenset[str]]:
    """The lists of ``mt_audit/data/name_words.tsv``: list name → its words."""
    text = resources.files("mt_audit").joinpath("data/name_words.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t", 1) for line in text.splitlines() if line and not line.startswith("#"))
    return {name: frozenset(words.split()) for name, words in rows}


#: Lowercase words that join the capitalised words of one name ("Bank of America").
CONNECTORS = word_lists()["connectors"]
#: English titles and roles that precede a name and are translated with the language.
TITLES = word_lists()["titles"]
#: English head words of names that newspapers translate (institutions, places, events).
TRANSLATED_HEADS = word_lists()["heads"]
#: Scripts with letter case.
CASED = frozenset({"latin", "cyrillic", "greek"})

# ---------------------------------------------------------------- tokenizing

#: Letters of the scripts without case nor a group of their own, marks kept ("श्री" is one word) ...
_OTHER_LETTERS = r"(?:[^\W\d_\p{M}\p{Latin}\p{Cyrillic}\p{Greek}\p{Han}\p{Katakana}\p{Hiragana}]\p{M}*)+"
#: ... and a word of them, an apostrophe or a Hebrew geresh inside it ("צ'ילה", "צ׳ילה", Chile) as in a Latin word.
_TOKEN = regex.compile(
    r"(?P<dot>(?:\p{Lu}\.){2,})"
    r"|(?P<latin>[\p{Latin}\d][\p{Latin}\p{M}\d]*(?:[’'\-‐][\p{Latin}\d][\p{Latin}\p{M}\d]*)*)"
    r"|(?P<cyrillic>\p{Cyrillic}[\p{Cyrillic}\p{M}]*(?:[’'\-‐]\p{Cyrillic}[\p{Cyrillic}\p{M}]*)*)"
    r"|(?P<greek>\p{Greek}[\p{Greek}\p{M}]*)"
    r"|(?P<other>\p{Han}[\p{Han}\p{M}]*|\p{Katakana}[\p{Katakana}\u30fc\p{M}]*|\p{Hiragana}[\p{Hiragana}\u30fc\p{M}]*"
    rf"|{_OTHER_LETTERS}(?:[’'\u05f3]{_OTHER_LETTERS})*)"
)
_APOS = regex.compile(r"[’']")
_HYPHEN_LOWER = regex.compile(r"[\-‐](?=\p{Ll}{3,}(?:[\-‐]\p{Ll}+)*$)")
_NON_ALNUM = regex.compile(r"[\W_]+")
_CAMEL = regex.compile(r"\p{Ll}\p{Lu}|^\p{Ll}+\p{Lu}")
_ACRONYM = regex.compile(r"^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d]*(?:[\-‐][\p{Lu}\d]+)*s?$")
#: What ends a sentence or a clause that starts with a capital.
_ENDERS = frozenset(".!?…:;|/•–—·\u061f\u06d4\u3002\uff01\uff1f")
_QUOTES_SPACE = " \t\u00a0\"“”„«»‘’'‹›([{*#>-\u200f\u200e"


@lru_cache(maxsize=20_000)
def name_key(text: str) -> str:
    """Normalised key of a name: case, diacritics, spaces, hyphens, apostrophe suffixes and a leading "the" go.

    "You-Tube", "you tube" and "YouTube’un" all key "youtube".
    """
    parts = []
    for word in text.split():
        pieces = _APOS.split(word)
        if len(pieces) > 1 and pieces[-1].islower() and len(pieces[-1]) <= 5:
            word = word[: len(word) - len(pieces[-1]) - 1]
        parts.append(compact(word))
    if len(parts) > 1 and parts[0] == "the":
        parts = parts[1:]
    return "".join(parts)


#: Regnal and ordinal numerals ("Elizabeth II", "Louis XIV"); I, V and X only, so "LLM", "CD" and "DC" stay acronyms.
_ROMAN = regex.compile(r"^(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})$")


def is_roman(word: str) -> bool:
    """A regnal or ordinal numeral: "II", "XIV" (I, V and X only: "LLM", "CD" stay acronyms)."""
    return bool(_ROMAN.match(word))


def roman_value(word: str) -> int:
    """The value of a numeral :func:`is_roman` accepts ("XIV" -> 14): a letter before a greater one subtracts."""
    vals = [{"I": 1, "V": 5, "X": 10}[c] for c in word.upper()]
    return sum(-v if v < nxt else v for v, nxt in zip(vals, [*vals[1:], 0]))


def is_acronym(word: str) -> bool:
    """ "NATO", "PCRs", "COVID-19", "U.S."; not "I", "A" or a Roman numeral ("II", "XIV")."""
    if not (word[1:2].isupper() or (word[1:2] == "." and word[2:3].isupper())) or not word[:1].isupper():
        return False
    return bool(_ACRONYM.match(word)) and not _ROMAN.match(word)


def _is_camel(word: str) -> bool:
    return bool(_CAMEL.search(word)) and not is_acronym(word)


def _prefix_initial(text: str, start: int) -> bool:
    """Whether the word at ``start`` is capitalised by position (text start, after an ender or line break)."""
    lo = max(0, start - 24)
    before = text[lo:start]
    stripped = before.rstrip(_QUOTES_SPACE)
    if "\n" in before[len(stripped) :]:
        return True
    if not stripped:
        return lo == 0 or len(before) == 24
    if stripped[-1] == "." and _ABBREV.search(stripped):
        return False  # "Dr. Moll", "St. Petersburg"
    return stripped[-1] in _ENDERS or stripped[-1] == "\n"


_ABBREV = regex.compile(
    r"(?:^|[\s(])(?:Dr|Mr|Mrs|Ms|Prof|St|Mt|Gen|Col|Lt|Sgt|Capt|Rep|Sen|Gov|Rev|Hon|Jr|Sr|No|Nr|vs)\.$"
)


_GAP = " \t\u00a0-‐"
_new = tuple.__new__  # builds a Token without NamedTuple's Python-level __new__ (tokenizing is the hot loop)
#: Words as runs of ``\w`` (which, in ``regex``, holds combining marks: "श्री" is one word, not "श", "र").
_FAST = regex.compile(r"(?:[A-Z]\.){2,}|\w+(?:[’'\u05f3\-‐]\w+)*")


@lru_cache(maxsize=50_000)
def _pieces(word: str) -> tuple[tuple[int, str, str], ...]:
    """A non-ASCII word split by script: ((offset, piece, script), ...); "他在YouTube上说" has three."""
    return tuple((m.start(), m.group(), m.lastgroup or "other") for m in _TOKEN.finditer(word))


@lru_cache(maxsize=256)
def tokenize(text: str) -> tuple[Token, ...]:
    """Words of ``text`` with their spans, keys and capitalisation.

    Runs once per text and is the costliest step, so ASCII words take a fast
    path; other words are split by script (cached per word).
    """
    out: list[Token] = []
    append = out.append
    prev_end = 0
    for m in _FAST.finditer(text):
        w = m.group()
        s0, e0 = m.span()
        if w.isascii():
            if w.isalpha() and w.islower():  # the common case: a plain lowercase word
                brk = not (prev_end == s0 - 1 and text[prev_end] == " ") and bool(text[prev_end:s0].strip(_GAP))
                append(_new(Token, (s0, e0, w, w, "latin", False, False, brk, False)))
                prev_end = e0
                continue
            if w.isdecimal():
                prev_end = e0
                continue
            prev_end = _emit(out, text, w, s0, e0, "latin", prev_end, e0)
            continue
        for off, piece, script in _pieces(w):
            if script == "dot":
                script = "latin"
            elif piece.isdecimal():
                continue
            a = s0 + off
            prev_end = _emit(out, text, piece, a, a + len(piece), script, prev_end, a + len(piece))
    return tuple(out)


def _emit(out: list[Token], text: str, word: str, start: int, end: int, script: str, prev_end: int, stop: int) -> int:
    """Append the token for ``word`` at [start, end); returns where the next gap starts."""
    suffix = False
    if script == "latin" or script == "cyrillic":
        if ("-" in word or "‐" in word) and word[0].isupper():
            cut = _HYPHEN_LOWER.search(word, 1)
            if cut:
                word, end = word[: cut.start()], start + cut.start()
        # In Cyrillic an apostrophe is a letter's sign ("Рейк’янес"), but before a borrowed "’с" ("Макдоналд’с")
        if ("’" in word or "'" in word) and (script == "latin" or len(_APOS.split(word)[-1]) < 2):
            word, start, end, suffix = _apostrophes(text, word, start, end)
            if not word:
                return stop
    if prev_end == start - 1 and text[prev_end] == " ":
        brk = False
    else:
        brk = bool(text[prev_end:start].strip(_GAP))
    if word.isascii():
        low = word.lower()
        key = low if word.isalnum() else _NON_ALNUM.sub("", low)
    else:
        key = compact(word)
    c0 = word[0]
    if script == "other":
        cap = False
    elif c0.isupper():
        cap = True
    else:
        cap = c0.islower() and not word.islower() and _is_camel(word)
    initial = cap and _prefix_initial(text, start)
    out.append(_new(Token, (start, end, word, key, script, cap, initial, brk, suffix)))
    return stop


def _apostrophes(text: str, word: str, start: int, end: int) -> tuple[str, int, int, bool]:
    """Drop an elided article ("l’Europe") and an apostrophe suffix ("Google’ın", "Apple's")."""
    parts = _APOS.split(word)
    suffix = False
    if parts[0].islower() and len(parts[0]) <= 4 and (parts[1][:1].isupper() or _is_camel(parts[1])):
        start += len(parts[0]) + 1
        parts = parts[1:]
        word = text[start:end]
    if len(parts) > 1 and (parts[-1].islower() or parts[-1] == "S") and len(parts[-1]) <= 5:
        word = word[: len(word) - len(parts[-1]) - 1]
        end = start + len(word)
        suffix = True
    return word, start, end, suffix


def _initial_is_name(
    tok: Token, next_cap: bool, lang: str, evidence: frozenset[str], known: frozenset[str], next_key: str = ""
) -> bool:
    """Whether a word capitalised by position is a name anyway.

    ``next_key`` is the key of the following word when it is capitalised
    mid-sentence (so a name's word): an English content word before an
    ordinary word written with a capital opens that name ("Business Insider",
    "Blue Origin"), where "Yesterday Google" or "Many Democrats" do not.
    """
    if _is_camel(tok.text):
        return True
    if (tok.text in evidence or tok.key in known) and tok.key not in CONNECTORS and zipf(tok.key, lang) < 6.0:
        return True
    if tok.script not in CASED:
        return False
    if lang == "en":
        if tok.key in CALENDAR:
            return False
        if proper_en(tok.key):
            return True
        z = zipf(tok.key, "en")
        if next_key and _opens_name(tok.key, next_key, z):
            return True
        if known_proper(tok.key) and z < 5.0:
            return True  # "China", "Turkey", "Jersey": proper senses of common words
        if tok.suffix and z < 5.0:
            return True  # a possessive at sentence start: "Apple's"
        return not lexical(tok.key) and z < 4.5 and not ordinary_ending(tok.key)
    if not has_frequencies(lang):
        return tok.suffix
    z = zipf(tok.key, lang)
    if tok.suffix and z < 5.0:
        return True  # an apostrophe suffix marks a proper noun: "Netflix’in", "Reuters’a"
    if capitalises_nouns(lang):
        return z < 3.5  # every German noun is capitalised: only rarer words count
    return z < 2.0 or (next_cap and z < 3.5)


#: A sentence opener this frequent is a function word or a quantifier ("Many", "Each", "After").
_OPENER_ZIPF = 6.0


def _opens_name(key: str, next_key: str, z: float) -> bool:
    """An English sentence-initial content word joined to a capitalised ordinary word: one name.

    The next word's capital is a name's capital only when the word is an
    ordinary lowercase word with no proper sense ("Insider", "Origin", not
    "Democrats"), so the opener belongs to that name too; an opener that is
    mostly an adverb ("Yesterday", "Now") or a title ("Former") stays outside it.
    """
    if key in CONNECTORS or not key.isalpha():
        return False
    if is_lemma(f"{key} {next_key}"):
        return True  # a name WordNet lists whole: "New York", "Red Cross", "White House"
    if not lexical(next_key) or next_key in TITLES or any(known_proper(b) for b in (next_key, *lemmas(next_key))):
        return False
    return may_open_name(key, z)


def may_open_name(key: str, z: float) -> bool:
    """Whether an English sentence opener (``z``: its frequency) can be a name's first word: a
    content word, mostly a noun or an adjective ("Real", "Business"), not an adverb ("Yesterday"),
    a title, a date word or a function word."""
    if key in CONNECTORS or not key.isalpha() or z >= _OPENER_ZIPF or key in TITLES or key in CALENDAR:
        return False
    senses = parts_of_speech(key)
    return ("n" in senses or "a" in senses) and senses.get("r", 0) < senses.get("a", 0) + (0 if "r" in senses else 1)


def _ordinary(key: str, lang: str) -> bool:
    """A frequent word of ``lang`` (a headline capitalises those too)."""
    return common_en(key) if lang == "en" else zipf(key, lang) >= 4.0


def _segments(toks: Sequence[Token], text: str, lang: str) -> list[int]:
    """Per token, 1 when it sits in a Title Case or ALL CAPS stretch (a headline), else 0.

    Stretches run from one capitalised-by-position word to the next.
    """
    flags = [0] * len(toks)
    bounds = [k for k, t in enumerate(toks) if t.initial] + [len(toks)]
    if bounds[0] != 0:
        bounds.insert(0, 0)
    for i, j in zip(bounds, bounds[1:]):
        if j - i < 4:
            continue
        words = [t for t in toks[i:j] if len(t.text) >= 4 and t.key not in CONNECTORS]
        if len(words) < 4:
            continue
        caps = [t for t in words if t.cap]
        if len(caps) < 0.6 * len(words):
            continue
        upper = sum(t.text.isupper() for t in words)
        if upper >= 0.6 * len(words) or (
            len(caps) >= 0.85 * len(words) and sum(_ordinary(t.key, lang) for t in caps) >= 2
        ):
            flags[i:j] = [1] * (j - i)
    return flags


def _in_address(text: str, t: Token) -> bool:
    """Part of a web or e-mail address ("Example.com", "news@Example"): a domain, not a name as written."""
    after = text[t.end : t.end + 2]
    before = text[max(0, t.start - 1) : t.start]
    if len(after) == 2 and after[0] in "./@" and after[1].isalnum() and after[1].islower():
        return True  # "Example.com", "Info@acme"
    return before in ("@", "/") and t.start > 1


@cache
def _dates(lang: str) -> frozenset[str]:
    """Keys of the language's month and day names (English abbreviations too: "Jan", "Wed")."""
    if lang == "en":
        return CALENDAR
    return frozenset(compact(w) for w in calendar_words(lang, abbreviated=False))


def _evidence(toks: Sequence[Token], headline: Sequence[int], lang: str) -> frozenset[str]:
    """Words capitalised mid-sentence, so names wherever they stand, unless a word is capitalised only
    inside a longer name, after its first word, and is an ordinary word: "Cocoa" of "Sweet Harvest Cocoa"
    names nothing alone ("Cocoa farmers ..."), where "Google" of "Google Maps" does."""
    mid = [(k, t) for k, t in enumerate(toks) if t.cap and not t.initial and not headline[k]]
    alone = {t.text for k, t in mid if k == 0 or not toks[k - 1].cap or t.brk}
    lower = {t.key for t in toks if not t.cap}
    inner = {t.text: t.key for _, t in mid if t.text not in alone}
    return frozenset(alone | {w for w, key in inner.items() if not _ordinary_word(key, lang, lower)})


#: How often (Zipf) English writes a dictionary word that counts as everyday ("cocoa" 3.6), not a rare word a
#: brand may have made its own.
ORDINARY_ZIPF = 3.0


def _ordinary_word(key: str, lang: str, lower: set[str]) -> bool:
    """An everyday word: written lowercase in the same text, or (English) a lowercase-only dictionary word."""
    return key in lower or (
        lang == "en" and lexical(key) and not known_proper(key) and zipf(key, "en") >= ORDINARY_ZIPF
    )


@lru_cache(maxsize=256)
def _names(text: str, lang: str, known: frozenset[str]) -> tuple[Name, ...]:
    toks = tokenize(text)
    headline = _segments(toks, text, lang)
    cased_lang = language(lang).cased
    german = capitalises_nouns(lang)
    dates = _dates(lang)
    evidence: frozenset[str] = frozenset()
    if not german:  # German capitalises every noun mid-sentence: no evidence of a name there
        evidence = _evidence(toks, headline, lang)
    out: list[Name] = []
    n = len(toks)

    def nameword(k: int) -> bool:
        t = toks[k]
        if not t.cap or t.key in dates or len(t.key) < 2:
            return False
        if _in_address(text, t):
            return False
        if t.script == "latin" and not cased_lang:
            return True
        positional = t.initial or headline[k] or (german and not _is_camel(t.text))
        if not positional:
            return True
        nxt = k + 1 < n and toks[k + 1].cap and not toks[k + 1].brk
        follower = toks[k + 1] if nxt else None
        mid = follower is not None and not follower.initial and not headline[k + 1] and not german
        return _initial_is_name(t, nxt, lang, evidence, known, follower.key if mid and follower else "")

    i = 0
    while i < n:
        t = toks[i]
        if t.cap and _ROMAN.match(t.text) or len(t.key) < 2 and not t.text.isdigit():
            i += 1
            continue
        if t.cap and is_acronym(t.text) and not _in_address(text, t):
            if not headline[i] or t.text in evidence or t.key in known or len(t.text) <= 4:
                out.append(Name(t.start, t.end, t.text, (t.text,)))
            i += 1
            continue
        if not nameword(i):
            i += 1
            continue
        j = i
        while not toks[j].suffix and j + 1 < n:
            nxt = toks[j + 1]
            if nxt.brk or nxt.script != t.script:
                break
            if nxt.cap and not is_acronym(nxt.text) and nameword(j + 1):
                j += 1
                continue
            k = j + 1
            while k < n and k - j <= 2 and toks[k].key in CONNECTORS and not toks[k].cap and not toks[k].brk:
                if k == j + 1 and toks[k].key == "the":
                    break
                k += 1
            if k < n and k > j + 1 and toks[k].cap and not toks[k].brk and not is_acronym(toks[k].text):
                if j > i and toks[k - 1].key == "the" and not lexical(toks[j].key):
                    break  # a person, then their institution: "Kenji Watanabe of the University of Geneva"
                j = k
                continue
            break
        if j == i and t.key in TITLES and text[t.end : t.end + 1] == ".":
            i += 1  # an abbreviated title ("Dr.", "St."): the name follows it
            continue
        out.append(Name(t.start, toks[j].end, text[t.start : toks[j].end], tuple(x.text for x in toks[i : j + 1])))
        i = j + 1
    return tuple(out)


#: Languages written in scripts without case (names there are found through other evidence).
def names(text: str, lang: str, known: Iterable[str] = ()) -> list[Name]:
    """Proper names, brands and acronyms in ``text`` (written in ``lang``), in text order.

    ``known`` holds keys (see :func:`name_key` per word) of words known to be
    names from elsewhere, e.g. the source, so that they count at sentence start.
    """
    return list(_names(text, lang, frozenset(known)))


def same_name(a: str, b: str, lang: str = "en") -> bool:
    """Whether two name strings name the same thing (case, spacing, inflection, spelling variants)."""
    ka, kb = name_key(a), name_key(b)
    if ka == kb:
        return True
    ta = [t.key for t in tokenize(a)]
    tb = [t.key for t in tokenize(b)]
    if len(ta) != len(tb):
        return False
    return all(relation(x, y, lang) == "same" for x, y in zip(ta, tb))


# ---------------------------------------------------------------- views


class View:
    """A text ready for name look-ups: its tokens and indexes (built once per text; names on first use)."""

    def __init__(self, text: str, lang: str, known: frozenset[str]) -> None:
        self.text = text
        self.lang = lang
        self.known = known
        self.tokens = tokenize(text)
        keys = [t.key for t in self.tokens]
        self.keys = keys
        self.offsets = list(accumulate(map(len, keys), initial=0))[:-1]  # each key's start in ``compact``
        self.compact = "".join(keys)  # token keys joined, for spacing-blind search
        self.caps = [i for i, t in enumerate(self.tokens) if t.cap]  # indexes of capitalised tokens
        self.starts = [t.start for t in self.tokens]
        self._by_key: dict[str, list[int]] | None = None
        self._names: tuple[Name, ...] | None = None
        self._name_of: list[int] | None = None
        self.extras: dict[str, object] = {}  # indexes built on demand by callers

    @property
    def english(self) -> bool:
        return self.lang == "en"

    @property
    def by_key(self) -> dict[str, list[int]]:
        """Token indexes per key."""
        if self._by_key is None:
            by_key: dict[str, list[int]] = {}
            for i, k in enumerate(self.keys):
                if k in by_key:
                    by_key[k].append(i)
                else:
                    by_key[k] = [i]
            self._by_key = by_key
        return self._by_key

    @property
    def names(self) -> tuple[Name, ...]:
        if self._names is None:
            self._names = _names(self.text, self.lang, self.known)
        return self._names

    @property
    def name_of(self) -> list[int]:
        """Per token, the index of the name holding it, or -1."""
        if self._name_of is None:
            name_of = [-1] * len(self.tokens)
            for k, nm in enumerate(self.names):
                i = bisect.bisect_left(self.starts, nm.start)
                while i < len(self.tokens) and self.tokens[i].end <= nm.end:
                    name_of[i] = k
                    i += 1
            self._name_of = name_of
        return self._name_of

    def index_at(self, pos: int) -> int:
        """Index of the first token starting at or after character ``pos``."""
        return bisect.bisect_left(self.starts, pos)


@lru_cache(maxsize=64)
def view(text: str, lang: str, known: frozenset[str] = frozenset()) -> View:
    """The :class:`View` of ``text``; ``known`` as for :func:`names`."""
    return View(text, lang, known)


class NativeIndex:
    """Where words in Arabic or Cyrillic script spell each consonant skeleton, alone or in runs of
    up to three ("يو تيوب" spells the skeleton of "YouTube").

    Built once per text (a dictionary of single words); runs are assembled at
    look-up time, so finding a Latin name costs a few dictionary accesses.
    """

    def __init__(self, tokens: Sequence[Token], target: str) -> None:
        self.tokens = tokens
        self.target = target  # "arabic" or "cyrillic": how Latin names must be skeletonised to compare
        self.single: dict[str, list[int]] = {}
        self.first: list[str] = [""] * len(tokens)  # each word's plain skeleton ("" for Latin words)
        for i, t in enumerate(tokens):
            if t.script != "other" and t.script != "cyrillic":
                continue
            if t.script == "cyrillic" and not t.cap:
                continue
            forms = native_skeletons(t.text)
            self.first[i] = forms[0]
            for f in forms:
                self.single.setdefault(f, []).append(i)

    def find(self, sk: str, loose: bool = False) -> list[tuple[int, int]]:
        """Token ranges spelling skeleton ``sk``; ``loose`` ignores a final vowel mark on both sides."""
        out = []
        n = len(self.tokens)
        for cut in range(1, len(sk) + 1):
            head, rest = sk[:cut], sk[cut:]
            heads = [head, head + "V"] if loose and not rest else [head]
            for h in heads:
                for i in self.single.get(h, ()):
                    if not rest:
                        out.append((i, i + 1))
                        continue
                    acc = h
                    best = 0
                    for width in (2, 3):
                        k = i + width - 1
                        if k >= n or not self.first[k] or self.tokens[k].brk:
                            break
                        acc = _vv(acc + self.first[k])
                        if acc == sk or (loose and acc.rstrip("V") == sk):
                            best = k + 1  # the longest run: "أوبن إيه آي", not "أوبن إيه"
                        elif not sk.startswith(acc.rstrip("V")):
                            break
                    if best:
                        out.append((i, best))
        return out


def _vv(s: str) -> str:
    return s.replace("VV", "V").replace("VV", "V")


@lru_cache(maxsize=64)
def native_index(text: str, lang: str, known: frozenset[str] = frozenset()) -> NativeIndex:
    """The :class:`NativeIndex` of ``text`` (see :func:`view` for the arguments)."""
    toks = view(text, lang, known).tokens
    cyr = sum(t.script == "cyrillic" for t in toks) > sum(t.script == "other" for t in toks)
    return NativeIndex(toks, "cyrillic" if cyr else "arabic")
