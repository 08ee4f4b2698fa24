"""Writing systems for names: folding accents and case, and consonant skeletons across scripts.

A name keeps its consonants when it is transliterated: "Google" is "غوغل" in
Arabic and "Гугл" in Cyrillic. Comparing consonant skeletons (vowels gone,
sounds merged where the scripts merge them) finds a transliterated name
without a table of names. Other scripts go through ICU's transforms
(:func:`mt_audit.languages.to_latin`).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

from mt_audit.languages import CLAIMED, language, proclitics, script_of

__all__ = [
    "collapse_doubles",
    "compact",
    "fold",
    "native_skeletons",
    "skeleton",
    "transliterate",
    "without_proclitics",
]

_NON_ALNUM = regex.compile(r"[\W_]+")
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


_LATIN_SKEL = [
    ("sch", "S"),
    ("tch", "S"),
    ("ch", "S"),
    ("sh", "S"),
    ("zh", "j"),
    ("ckh", "kk"),  # "ck" ends a syllable, "h" opens the next, as "х" in "Брокхерст": no "kh" sound
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


def collapse_doubles(s: str) -> str:
    """Runs of one letter written once ("lloyd" -> "loyd")."""
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
    s = collapse_doubles(_NON_ALNUM.sub("", transliterate(word)))
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


#: Letters a word keeps after a proclitic comes off: fewer are no name ("بي" is no "ب" + name).
MIN_AFTER_PROCLITIC = 2


@lru_cache(maxsize=16)
def _script_proclitics(script: str) -> tuple[str, ...]:
    """The proclitics of every claimed language written in ``script`` (a Unicode script name), longest first."""
    found = {p for tag in CLAIMED if language(tag).script_name == script for p in proclitics(tag)}
    return tuple(sorted(found, key=lambda p: (-len(p), p)))


@lru_cache(maxsize=100_000)
def without_proclitics(word: str, lang: str | None = None) -> tuple[str, ...]:
    """What the word may be with a proclitic of ``lang`` taken off, longest proclitic first
    ("ולהרינגטון" -> "להרינגטון", "הרינגטון", ...); without ``lang``, those of any claimed language
    written in the word's script. Each is a reading to test, not the word: "ברלין" is "Berlin", not
    "ב" + "רלין", so a caller keeps the one that matches the name it looks for."""
    if not word:
        return ()
    clitics = proclitics(lang) if lang is not None else _script_proclitics(script_of(word[0]))
    return tuple(word[len(p) :] for p in clitics if word.startswith(p) and len(word) - len(p) >= MIN_AFTER_PROCLITIC)


@lru_cache(maxsize=50_000)
def native_skeletons(word: str, lang: str | None = None) -> tuple[str, ...]:
    """Skeletons of an Arabic-script or Cyrillic word, as written and without each proclitic of ``lang``
    (see :func:`without_proclitics`): "بتويتر" -> "ttr"."""
    if any("\u0400" <= c <= "\u04ff" for c in word):
        return (skeleton(word, "cyrillic"),)
    w = _HARAKAT.sub("", word)
    out = []
    for f in (w, *without_proclitics(w, lang)):
        sk = _arabic_skeleton(f)
        if sk not in out:
            out.append(sk)
    return tuple(out)


def _arabic_skeleton(word: str) -> str:
    """Consonant skeleton of an Arabic-script word without harakat (see :func:`skeleton`)."""
    f = collapse_doubles(word.replace("تش", "ش"))
    head = "V" if f[0] in _ARABIC_INITIAL_VOWEL else ""
    if f.endswith(("ه", "ة")) and len(f) > 1:
        f = f[:-1]
    tail = "V" if len(f) > 1 and f[-1] in _ARABIC_VOWELS else ""
    body = "".join("" if c in _ARABIC_VOWELS else c for c in f).translate(_ARABIC_MAP)
    body = "".join(c for c in body if c.isascii())
    return (head + body + tail).replace("VV", "V")


#: An English digraph with "h" ("ch", "sh", "zh") that other Latin alphabets write as its first letter with
#: a mark ("č", "ş") or with another sibilant letter ("cs", "sz"): the same sound, respelt.
_H_DIGRAPH = regex.compile(r"(?<=[csz])h")
_SOUND_SIGN = r"(?:\p{Mn}|[csz])"


def digraph_respelt(key: str, word: str) -> bool:
    """Latin ``word`` is name word ``key`` with each of its h-digraphs written another alphabet's way:
    "Čennaí" or "Csennai" for "Chennai"; "Cennai", which drops the sound's sign, is no respelling."""
    if not _H_DIGRAPH.search(key):
        return False
    low = unicodedata.normalize("NFD", word.lower())
    kept = "".join(c for i, c in enumerate(low) if not unicodedata.combining(c) or low[i - 1 : i] in ("c", "s", "z"))
    parts = [regex.escape(p) for p in _H_DIGRAPH.split(key)]
    return regex.fullmatch(_SOUND_SIGN.join(parts), kept) is not None
