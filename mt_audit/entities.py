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
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache, lru_cache
from itertools import accumulate
from typing import NamedTuple

import regex

from mt_audit import lexicon
from mt_audit.lexicon import has_frequencies, zipf

__all__ = [
    "CONNECTORS",
    "INFLECTED",
    "NON_CASED_LANGS",
    "NOUN_CAPITALISING",
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

#: Lowercase words that join the capitalised words of one name ("Bank of America").
CONNECTORS = frozenset("of the de da di do du des del della der den van von la le al el bin ibn af zu dos das".split())
#: English month and day names: capitalised in English, ordinary words everywhere else.
CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun".split()
)
#: English titles and roles that precede a name and are translated with the language.
TITLES = frozenset(
    "mr mrs ms miss dr prof sir lord lady dame saint st mt president vice prime minister deputy secretary "
    "chancellor king queen prince princess pope governor senator sen gov mayor general gen colonel col "
    "captain capt lieutenant lt sergeant sgt chairman chairwoman chair chief executive director professor "
    "judge ambassador commissioner sheikh emir sultan representative rep archbishop bishop cardinal father "
    "reverend rev premier coach officer spokesman spokeswoman spokesperson founder cofounder head leader "
    "former acting foreign interior defence defense finance state minister's associate assistant adjunct senior "
    "junior principal inc co corp ltd llc plc gmbh ag no nos nr".split()
)
#: English head words of names that newspapers translate (institutions, places, events).
TRANSLATED_HEADS = frozenset(
    "institute university ministry department agency service council committee commission court union nations "
    "organization organisation association party group fund foundation office bureau house republic kingdom "
    "states church museum hospital school college academy army navy force forces police parliament assembly "
    "senate congress government administration authority center centre society federation league cup street "
    "square river sea ocean lake mountain mountains island islands bay gulf valley desert coast peninsula "
    "province region county city state empire war revolution day prize award awards games olympics bank "
    "station airport bridge park palace cathedral prison network forum summit conference program programme "
    "project initiative institute's board team club highway freeway motorway expressway road avenue boulevard "
    "stadium arena territory krai oblast district prefecture constituency municipality borough township village "
    "festival expo exhibition fair battle theory law act treaty agreement accord pact plan strategy unit division "
    "magistrates tribunal reserve lakes falls canyon hills range corporation company inc co corp ltd llc plc "
    "gmbh ag sa".split()
)
#: Languages whose case endings attach to names without an apostrophe.
INFLECTED = frozenset(
    "pl cs sk sl hr sr bs uk ru be bg mk lt lv et fi hu tr az uz kk ky tk eu is ga la el ro sq hy ka id ms "
    "de sv no nb nn da".split()
)
#: Scripts with letter case.
CASED = frozenset({"latin", "cyrillic", "greek"})

# ---------------------------------------------------------------- tokenizing

_TOKEN = regex.compile(
    r"(?P<dot>(?:\p{Lu}\.){2,})"
    r"|(?P<latin>[\p{Latin}\d][\p{Latin}\p{M}\d]*(?:[’'\-‐][\p{Latin}\d][\p{Latin}\p{M}\d]*)*)"
    r"|(?P<cyrillic>\p{Cyrillic}[\p{Cyrillic}\p{M}]*(?:[’'\-‐]\p{Cyrillic}[\p{Cyrillic}\p{M}]*)*)"
    r"|(?P<greek>\p{Greek}[\p{Greek}\p{M}]*)"
    r"|(?P<other>[^\W\d_\p{Latin}\p{Cyrillic}\p{Greek}]+)"
)
_APOS = regex.compile(r"[’']")
_HYPHEN_LOWER = regex.compile(r"[\-‐](?=\p{Ll}{3,}(?:[\-‐]\p{Ll}+)*$)")
_NON_ALNUM = regex.compile(r"[\W_]+")
_CAMEL = regex.compile(r"\p{Ll}\p{Lu}|^\p{Ll}+\p{Lu}")
_ACRONYM = regex.compile(r"^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d]*(?:[\-‐][\p{Lu}\d]+)*s?$")
#: What ends a sentence or a clause that starts with a capital.
_ENDERS = frozenset(".!?…:;|/•–—·\u061f\u06d4\u3002\uff01\uff1f")
_QUOTES_SPACE = " \t\u00a0\"“”„«»‘’'‹›([{*#>-\u200f\u200e"

_FOLD = str.maketrans(
    {"ı": "i", "ł": "l", "Ł": "l", "ß": "ss", "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "đ": "d"}
    | {"Đ": "d", "ð": "d", "þ": "th", "ـ": ""}
)


@lru_cache(maxsize=100_000)
def fold(text: str) -> str:
    """Case- and diacritic-free form: "Université" -> "universite", "Łódź" -> "lodz"."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def compact(text: str) -> str:
    """Lowercase letters and digits only (accents folded), for spacing- and punctuation-blind comparison."""
    return _NON_ALNUM.sub("", fold(text))


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
_FAST = re.compile(r"(?:[A-Z]\.){2,}|\w+(?:[’'\-‐]\w+)*")


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
        if "’" in word or "'" in word:
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


# ---------------------------------------------------------------- lexical evidence


def common_en(key: str) -> bool:
    """An ordinary English word (frequent, or a lowercase WordNet lemma)."""
    if key in CALENDAR:
        return True
    if key in lexicon.lemma_case()[0]:
        return False
    if zipf(key, "en") >= 3.5 or (len(key) > 3 and key in lexicon.lemma_case()[1]):
        return True
    return len(key) > 4 and key.isalpha() and any(b in lexicon.lemma_case()[1] for b in lexicon.lemmas(key))


def lexical(key: str) -> bool:
    """An ordinary English word: a lowercase WordNet lemma (or a form of one), or a function word.

    Unlike frequency, this keeps brands out: "google" is a verb, but
    "microsoft", "walmart" and "hamas" are no dictionary words.
    """
    if key in lexicon.lemma_case()[1] or zipf(key, "en") >= 5.0:
        return True
    return len(key) > 3 and key.isalpha() and any(b in lexicon.lemma_case()[1] for b in lexicon.lemmas(key))


@cache
def demonyms() -> frozenset[str]:
    """Frequent English words only ever capitalised that look like demonyms: "american", "pakistani"."""
    return frozenset(
        k for k in lexicon.lemma_case()[0] if k.endswith(("an", "ese", "ish", "ic", "i")) and zipf(k, "en") >= 3.0
    )


def known_proper(key: str) -> bool:
    """Whether some sense of the English word is a proper noun ("china", "turkey", "justice")."""
    return key in lexicon.lemma_case()[2]


def _proper_en(key: str) -> bool:
    return key in lexicon.lemma_case()[0] and key not in CALENDAR and zipf(key, "en") < 5.6


def _initial_is_name(tok: Token, next_cap: bool, lang: str, evidence: frozenset[str], known: frozenset[str]) -> bool:
    """Whether a word capitalised by position is a name anyway."""
    if _is_camel(tok.text):
        return True
    if (tok.text in evidence or tok.key in known) and tok.key not in CONNECTORS and zipf(tok.key, lang) < 6.0:
        return True
    if tok.script not in CASED:
        return False
    if lang == "en":
        if tok.key in CALENDAR:
            return False
        if _proper_en(tok.key):
            return True
        z = zipf(tok.key, "en")
        if known_proper(tok.key) and z < 5.0:
            return True  # "China", "Turkey", "Jersey": proper senses of common words
        if tok.suffix and z < 5.0:
            return True  # a possessive at sentence start: "Apple's"
        return not lexical(tok.key) and z < 4.5
    if not has_frequencies(lang):
        return tok.suffix
    z = zipf(tok.key, lang)
    if tok.suffix and z < 5.0:
        return True  # an apostrophe suffix marks a proper noun: "Netflix’in", "Reuters’a"
    if lang in NOUN_CAPITALISING:
        return z < 3.5  # every German noun is capitalised: only rarer words count
    return z < 2.0 or (next_cap and z < 3.5)


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


@lru_cache(maxsize=256)
def _names(text: str, lang: str, known: frozenset[str]) -> tuple[Name, ...]:
    toks = tokenize(text)
    headline = _segments(toks, text, lang)
    cased_lang = lang not in NON_CASED_LANGS
    german = lang in NOUN_CAPITALISING
    evidence: frozenset[str] = frozenset()
    if not german:  # German capitalises every noun mid-sentence: no evidence of a name there
        evidence = frozenset(t.text for t, h in zip(toks, headline) if t.cap and not t.initial and not h)
    out: list[Name] = []
    n = len(toks)

    def nameword(k: int) -> bool:
        t = toks[k]
        if not t.cap or (lang == "en" and t.key in CALENDAR) or t.key in CALENDAR_ANY or len(t.key) < 2:
            return False
        if _in_address(text, t):
            return False
        if t.script == "latin" and not cased_lang:
            return True
        positional = t.initial or headline[k] or (german and not _is_camel(t.text))
        if not positional:
            return True
        nxt = k + 1 < n and toks[k + 1].cap and not toks[k + 1].brk
        return _initial_is_name(t, nxt, lang, evidence, known)

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
NON_CASED_LANGS = frozenset("ar fa ur ps he yi zh ja ko th lo km my hi mr ne bn pa gu ta te kn ml si am ka".split())
#: Languages that capitalise every noun: a capital there is no evidence of a name.
NOUN_CAPITALISING = frozenset({"de", "lb"})
#: Month and day names of languages that capitalise them (Indonesian, Malay, Turkish, German, Dutch days):
#: dates, never names.
CALENDAR_ANY = frozenset(
    "januari februari maret april mei juni juli agustus september oktober november desember "
    "senin selasa rabu kamis jumat sabtu minggu ogos disember isnin khamis jumaat ahad "
    "ocak şubat subat mart nisan mayıs mayis haziran temmuz ağustos agustos eylül eylul ekim kasım kasim aralık "
    "aralik pazartesi salı sali çarşamba carsamba perşembe persembe cuma cumartesi pazar "
    "januar februar märz marz maerz mai juni juli oktober dezember montag dienstag mittwoch donnerstag freitag "
    "samstag sonntag".split()
)


def names(text: str, lang: str, known: Iterable[str] = ()) -> list[Name]:
    """Proper names, brands and acronyms in ``text`` (written in ``lang``), in text order.

    ``known`` holds keys (see :func:`name_key` per word) of words known to be
    names from elsewhere, e.g. the source, so that they count at sentence start.
    """
    return list(_names(text, lang, frozenset(known)))


# ---------------------------------------------------------------- comparing words

_EN_SUFFIXES = ("s", "es", "n", "an", "ian", "ese", "i", "ish", "ern", "ians", "ans")


def similarity(a: str, b: str) -> float:
    """Character similarity of two strings in [0, 1] (difflib ratio)."""
    if a == b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def similar(a: str, b: str, threshold: float) -> bool:
    """``similarity(a, b) >= threshold``, cheaply refuted by difflib's upper bounds first."""
    if a == b:
        return True
    m = SequenceMatcher(None, a, b, autojunk=False)
    return m.real_quick_ratio() >= threshold and m.quick_ratio() >= threshold and m.ratio() >= threshold


def is_inflection(a: str, b: str) -> bool:
    """Whether keys ``a`` and ``b`` can be case forms of one word ("toyota"/"toyoty", "alaska"/"alasce")."""
    if a == b:
        return True
    if len(a) > len(b):
        a, b = b, a
    if len(a) < 3:
        return False
    if b.startswith(a):
        return len(b) - len(a) <= 4
    cp = _common_prefix(a, b)
    return len(a) >= 6 and cp >= len(a) - 2 and len(b) - cp <= 4


_SPELL = [
    (regex.compile(r"^y(?=[aeiou])"), ""),
    (regex.compile(r"sch|sh"), "s"),
    (regex.compile(r"ou"), "o"),
    (regex.compile(r"ph"), "f"),
    (regex.compile(r"ck"), "k"),
    (regex.compile(r"kh"), "h"),
    (regex.compile(r"c(?=[eiy])"), "s"),
    (regex.compile(r"re$"), "er"),
    (regex.compile(r"x"), "ks"),
]
_SPELL_LETTERS = str.maketrans({"y": "i", "z": "s", "w": "v", "j": "i", "c": "k", "q": "k"})


@lru_cache(maxsize=100_000)
def spelling(key: str) -> str:
    """Key with orthographic and transliteration alternatives merged (y/i, s/z, sh/sch, -re/-er, ou/o).

    "sergey" and "sergei", "organisation" and "organization", "centre" and
    "center" share one spelling; doubled letters are kept, so a misspelling
    "gogle" still differs from "google".
    """
    for pat, rep in _SPELL:
        key = pat.sub(rep, key)
    return key.translate(_SPELL_LETTERS)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


@lru_cache(maxsize=200_000)
def relation(src: str, tgt: str, lang: str) -> str:
    """How target word key ``tgt`` relates to source name word key ``src`` (its base form).

    "same" (equal, an inflection or derivation, or a spelling or
    transliteration variant), "misspelt" (a well-known name spelt into
    something rarer: "gogle"), "truncated" (an ordinary word cut short:
    "info" for "information"), or "none". ``lang`` is the target's language:
    English allows derivation endings, languages with case endings
    (:data:`INFLECTED`) allow those, others neither.
    """
    if src == tgt:
        return "same"
    english = lang == "en"
    ls, lt = len(src), len(tgt)
    if min(ls, lt) >= 3 and spelling(src) == spelling(tgt):
        return "same"
    if english:
        if (tgt.startswith(src) and tgt[ls:] in _EN_SUFFIXES) or (src.startswith(tgt) and src[lt:] in _EN_SUFFIXES):
            return "same"
        cp = _common_prefix(src, tgt)
        if (
            cp >= 4
            and cp >= min(ls, lt) - 3
            and ls - cp <= 4
            and lt - cp <= 4
            and min(zipf(src, "en"), zipf(tgt, "en")) >= 2.5
        ):
            return "same"  # derivation: "portugal"/"portuguese", "electoral"/"election"
    elif lang in INFLECTED and ls >= 3 and lt >= ls and is_inflection(src, tgt):
        return "same"  # case endings add letters to the base form: "netflixa", "atlancie"
    elif tgt in (src + "s", src + "es"):
        return "same"  # a plural: "les Samis"
    if lt >= 3 and src.startswith(tgt) and lt <= 0.7 * ls:
        if common_en(src):
            return "truncated"
        if english and lt >= 4 and zipf(src, "en") < 3.0:
            return "same"  # a derived form of a rare name: "kolinsko" / "kolin"
    if min(ls, lt) < 4 or abs(ls - lt) > max(3, max(ls, lt) // 4) or (src[0] != tgt[0] and src[-2:] != tgt[-2:]):
        return "none"
    if _collapse(src) == _collapse(tgt):
        return _variant(src, tgt, lang, doubled=True)
    r = similarity(src, tgt)
    if r >= (0.8 if min(ls, lt) < 8 else 0.75):
        return _variant(src, tgt, lang)
    if ls >= 5 and r >= 0.6 and skeleton(src, "latin") == skeleton(tgt, "latin") and zipf(src, "en") < 3.0:
        return "same"  # transliterations of a rare name: "dauden"/"dowden"
    return "none"


def _variant(src: str, tgt: str, lang: str, doubled: bool = False) -> str:
    """A look-alike of a well-known name that is itself rarer is a misspelling; of a rare name, a variant.

    A look-alike that is a common word of the target language is the local
    form of the name ("Europa" for "Europe" in Spanish).
    """
    if lang != "en" and zipf(tgt, lang) >= 3.0:
        return "same"
    zs, zt = zipf(src, "en"), zipf(tgt, "en")
    if zs >= 3.0 and zt < zs - 1.0:
        # Outside English only a typo-sized slip counts: longer differences are
        # the language's own form of the name ("Singapurs", "Hurrikans").
        return "misspelt" if lang == "en" or _typo(src, tgt) else "same"
    if zs >= 3.0 and zt >= 3.0 and not doubled:
        return "none"
    return "same"


def _typo(a: str, b: str) -> bool:
    """One letter left out, added, changed or two swapped (Damerau distance 1)."""
    if len(a) < len(b):
        a, b = b, a
    if len(a) - len(b) > 1:
        return False
    cp = _common_prefix(a, b)
    if len(a) == len(b):
        rest_a, rest_b = a[cp + 1 :], b[cp + 1 :]
        swapped = a[cp + 1 : cp + 2] == b[cp : cp + 1] and a[cp : cp + 1] == b[cp + 1 : cp + 2]
        return rest_a == rest_b or (swapped and a[cp + 2 :] == b[cp + 2 :])
    return a[cp + 1 :] == b[cp:]


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


#: Regular spelling adaptations of a name between Latin-script languages, applied to folded keys:
#: "Philadelphia"/"Filadelfia", "Circe"/"Kirke", "Mexico"/"Mexiko", "-isch"/"-ish".
_ADAPT = [
    (regex.compile(r"ph"), "f"),
    (regex.compile(r"th"), "t"),
    (regex.compile(r"sch|sh"), "s"),
    (regex.compile(r"x"), "ks"),
]
_ADAPT_LETTERS = str.maketrans({"c": "k", "z": "k", "q": "k", "y": "i"})
_DOUBLED = regex.compile(r"(.)\1+")
_VOWELS = frozenset("aeiou")
#: Letters an inflectional or derivational ending is made of (after adaptation): "-en", "-er", "-isch", "-ic", "-s".
_ENDING = regex.compile(r"[aeiounrstmk]*")


@lru_cache(maxsize=100_000)
def adapted(text: str) -> str:
    """Folded key with the regular cross-language spelling adaptations merged and doubled letters single."""
    key = compact(text)
    for pat, rep in _ADAPT:
        key = pat.sub(rep, key)
    return _DOUBLED.sub(r"\1", key.translate(_ADAPT_LETTERS))


def _vowel_prefix(a: str, b: str) -> int:
    """Length of the common prefix of ``a`` and ``b`` when one vowel may stand for another once
    ("kolombia"/"kolumbien", "faroese"/"faroiser": an umlaut folded, a vowel spelt the language's way)."""
    subs = 0
    for n, (x, y) in enumerate(zip(a, b)):
        if x == y:
            continue
        if x in _VOWELS and y in _VOWELS and subs == 0:
            subs = 1
            continue
        return n
    return min(len(a), len(b))


@lru_cache(maxsize=200_000)
def renders(name: str, word: str) -> bool:
    """Whether ``word`` is another Latin-script language's form of name word ``name``.

    A translation writes names its own way: an exonym or spelling adaptation
    ("Kirke" for "Circe", "Mexiko", "Filadelfia"), an inflection
    ("Kaisers"), a place adjective or demonym ("färöischer" for
    "Faroese"). After folding and merging regular adaptations (c/k/z,
    ph/f, y/i, doubled letters) the two share a long prefix, one vowel
    aside, and differ only by endings: up to two letters on the shorter,
    four on the longer, made of ending letters. Another name of similar
    length ("Australia" for "Austria", "Marina" for "Marianne") does not.
    """
    a, b = adapted(name), adapted(word)
    if a == b:
        return len(a) >= 3
    cp = _vowel_prefix(a, b)
    if cp < 5:
        return False
    rest = sorted((a[cp:], b[cp:]), key=len)
    return len(rest[0]) <= 2 and len(rest[1]) <= 4 and all(_ENDING.fullmatch(r) for r in rest)


def ordinary_noun(word: str, lang: str) -> bool:
    """A capitalised word of a noun-capitalising language that is one of its ordinary nouns ("Fahrrad",
    or an English loan: "Computer"), not a name: frequent in the language, and unknown in English or an
    English dictionary word with no proper sense ("Merkel", "Berlin" stay names)."""
    if lang not in NOUN_CAPITALISING:
        return False
    low = word.lower()
    if zipf(low, lang) < 2.5:
        return False
    key = compact(low)
    return zipf(low, "en") < 2.0 or (lexical(key) and not known_proper(key) and key not in lexicon.lemma_case()[0])


# ---------------------------------------------------------------- transliteration

_LATIN_SKEL = [
    ("sch", "S"),
    ("tch", "S"),
    ("ch", "S"),
    ("sh", "S"),
    ("zh", "j"),
    ("kh", "x"),
    ("ph", "f"),
    ("th", "t"),
    ("ck", "k"),
    ("qu", "k"),
    ("gh", "g"),
    ("x", "ks"),
]
_C_SOFT = regex.compile(r"c(?=[eiy])")
_ARABIC_MAP = str.maketrans(
    {
        "ب": "b",
        "پ": "b",
        "ت": "t",
        "ث": "t",
        "ج": "g",
        "ح": "h",
        "خ": "x",
        "د": "d",
        "ذ": "z",
        "ر": "r",
        "ز": "z",
        "س": "s",
        "ش": "S",
        "ص": "C",
        "ض": "D",
        "ط": "T",
        "ظ": "Z",
        "غ": "g",
        "ف": "f",
        "ڤ": "f",
        "ق": "Q",
        "ك": "k",
        "ک": "k",
        "گ": "g",
        "ل": "l",
        "م": "m",
        "ن": "n",
        "ه": "h",
        "ة": "",
        "ـ": "",
    }
)
_ARABIC_VOWELS = frozenset("اأإآىءئؤعوي")
_ARABIC_INITIAL_VOWEL = frozenset("اأإآع")
_ARABIC_PROCLITICS = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")
_CYRILLIC = str.maketrans(
    {
        "а": "a",
        "б": "b",
        "в": "v",
        "г": "g",
        "ґ": "g",
        "д": "d",
        "е": "e",
        "ё": "e",
        "є": "e",
        "ж": "zh",
        "з": "z",
        "и": "i",
        "і": "i",
        "ї": "i",
        "й": "y",
        "к": "k",
        "л": "l",
        "м": "m",
        "н": "n",
        "о": "o",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "у": "u",
        "ф": "f",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "shch",
        "ъ": "",
        "ы": "y",
        "ь": "",
        "э": "e",
        "ю": "yu",
        "я": "ya",
    }
)
_HARAKAT = regex.compile(r"[\u064b-\u065f\u0670\u0640]")


def transliterate(word: str) -> str:
    """Cyrillic to Latin letters (other scripts unchanged): "Маск" -> "mask"."""
    return fold(word).translate(_CYRILLIC)


def _collapse(s: str) -> str:
    out = []
    for c in s:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


@lru_cache(maxsize=50_000)
def skeleton(word: str, target: str = "arabic") -> str:
    """Consonant skeleton of a Latin (or Cyrillic) word, comparable with :func:`native_skeletons`.

    Vowels go (Arabic writes few of them), sounds merge where scripts merge
    them (p/b, v/f, g/j, sh/sch/ch), doubled letters count once, and an
    initial and a final vowel are kept as "V" (a final silent "e" is not
    one). ``target`` is "arabic" (w and y are vowels there), "cyrillic" or
    "latin".
    """
    s = _collapse(_NON_ALNUM.sub("", transliterate(word)))
    if not s:
        return ""
    if target == "latin":
        s = s.replace("j", "y")
    head = "V" if s[0] in "aeiou" or (s[0] == "y" and s[1:2] in ("a", "e", "o", "u")) else ""
    for a, b in _LATIN_SKEL:
        s = s.replace(a, b)
    s = _C_SOFT.sub("s", s).replace("c", "k").replace("q", "k").replace("v", "f").replace("j", "g")
    if target == "arabic":
        s = s.replace("p", "b")
        drop = "aeiouyw"
    elif target == "cyrillic":
        s = s.replace("w", "f")
        drop = "aeiouy"
    else:
        s = s.replace("w", "f")
        drop = "aeiouy"
    if s.endswith("h") and len(s) > 1:
        s = s[:-1]
    tail = "V" if len(s) > 1 and s[-1] in "aiouy" else ""
    body = "".join(c for c in s if c not in drop and not c.isdigit())
    return (head + body + tail).replace("VV", "V")


@lru_cache(maxsize=50_000)
def native_skeletons(word: str) -> tuple[str, ...]:
    """Skeletons of an Arabic-script or Cyrillic word, with and without Arabic proclitics ("بتويتر" -> "ttr")."""
    if any("\u0400" <= c <= "\u04ff" for c in word):
        return (skeleton(word, "cyrillic"),)
    w = _HARAKAT.sub("", word)
    forms = [w]
    for p in _ARABIC_PROCLITICS:
        if w.startswith(p) and len(w) - len(p) >= 2:
            forms.append(w[len(p) :])
    out = []
    for f in forms:
        f = _collapse(f.replace("تش", "ش"))
        head = "V" if f[0] in _ARABIC_INITIAL_VOWEL else ""
        if f.endswith(("ه", "ة")) and len(f) > 1:
            f = f[:-1]
        tail = "V" if len(f) > 1 and f[-1] in _ARABIC_VOWELS else ""
        body = "".join("" if c in _ARABIC_VOWELS else c for c in f).translate(_ARABIC_MAP)
        body = "".join(c for c in body if c.isascii())
        sk = (head + body + tail).replace("VV", "V")
        if sk not in out:
            out.append(sk)
    return tuple(out)


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
