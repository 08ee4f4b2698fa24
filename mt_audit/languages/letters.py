"""Letters read by the sounds their Unicode names give them: one reader, whose parameter is the script's shape.

ICU's transforms write most scripts in Latin letters; what they leave as written (Canadian syllabics' "ᕙ", Tifinagh
"ⵜⴰⵎⴰⵣⵉⵖⵜ", Tibetan "ཀི་ལོ་མི་ཊར", Khmer, Lao and Sinhala) could not be heard at all. Unicode names each letter by its
sound, in its script's own way, and the script's shape (:class:`Shape`) says how a word's letters make its sound:

* A syllabary's letter is a syllable, its name's last word ("CANADIAN SYLLABICS FA" "fa", "VAI SYLLABLE FEE" "fee",
  after a dialect's name: "WEST-CREE PWA"); not a final's mark ("FINAL GRAVE") nor a sound without a Latin letter
  ("GLOTTAL STOP").
* An alphabet's letter is a sound: a Latin letter's base letter, one or two letters before its marks ("LATIN SMALL
  LETTER OPEN O" "o", "N WITH LEFT HOOK" "n", not "ETH"; the "AE", "OE" ligatures).
* An abugida's consonant says an inherent vowel that a vowel killer (a virama: Sinhala al-lakuna, Khmer coeng)
  drops: a consonant is the consonants its name opens with and "a" ("KHMER LETTER THA" "tha", "SINHALA LETTER
  ALPAPRAANA KAYANNA" "ka"); vowel signs and other marks are left out, the anusvara is "n" (Khmer, Lao, Sinhala).
* A script ICU has no transform for at all is read in the shape its names show (:attr:`Shape.OWN`). Tifinagh is an
  alphabet naming a letter "ya" and its sound (YAB "b", YAGH "gh", YA "a"; a vowel's name is "y" and the vowel: YI
  "i", YU "u"): the opening most of a script's names share (:func:`_shared_opening`) is that naming device, not a
  sound, and is cut off. Tibetan is an abugida naming a consonant with its inherent vowel (KA): a vowel sign (VOWEL
  SIGN O) writes the syllable's vowel instead, a subjoined letter (SUBJOINED LETTER YA) stacks a consonant under the
  last. A syllable (between the script's separators, Tibetan's tsheg) says one vowel: the sign's, or the inherent
  one after its stacked consonants, or after its first consonant where none is stacked and it has two letters,
  after its second where it has more (a prefix, a root, a suffix: "དབར" "dbar").

A letter's word is the one of its name that fewest of its script's letters' names hold: a qualifier, a tradition or
a class many letters share ("ALPAPRAANA", "TUAREG", Lao's "TAM") is no sound. Rough, but a transliterated name or
unit keeps its consonants, which is what a comparison by sound reads. Unicode's names are read once, in one pass
(:func:`_unicode_names`), for every use here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Container, Mapping
from dataclasses import dataclass
from enum import Enum
from functools import cache, lru_cache

import regex

# core imports this module; its functions are looked up when a reader calls them.
import mt_audit.languages.core as core

#: Share of a script's letter names an opening must begin for it to be a naming device (Tifinagh's "YA").
SHARED_OPENING = 0.6
#: Share of an abugida's consonant names that must end in "a" for them to be read (:func:`names_inherent_vowel`).
INHERENT_NAMES = 0.9
#: Vowels a letter's name may spell.
_VOWELS = "AEIOU"
#: The Indic nasal sign's Unicode name ("SINHALA SIGN ANUSVARAYA").
_NASAL = "ANUSVARA"
#: Unicode's canonical combining class of a virama ("AL-LAKUNA", "COENG"): it kills a consonant's vowel.
_VIRAMA = 9
#: Consonants opening an abugida's letter's word, before its first vowel.
_ONSET = re.compile(r"([^aeiou]*)")
#: A letter's Unicode name that spells a syllable's sound (its last word, after a dialect's name: "WEST-CREE PWA"),
#: not a final's mark ("FINAL GRAVE") nor a sound without a Latin letter ("GLOTTAL STOP") ...
_SYLLABLE_NAME = regex.compile(r"[A-Z ]+ (?:SYLLABLES?|SYLLABICS) (?!.*\b(?:FINAL|GLOTTAL)\b)([A-Z\- ]+)")
#: ... and one that gives a Latin letter's base letter, one or two letters before its marks ("AE", "OE" ligatures).
_LATIN_NAME = regex.compile(r"LATIN (?:SMALL|CAPITAL) (?:LETTER|LIGATURE) ([A-Z ]+?)(?: WITH .*)?")


class Shape(Enum):
    """How a script's letters' Unicode names make a word's sound: the parameter of :func:`read_by_names`."""

    #: A letter is the syllable its name spells, in any script (Canadian syllabics, Vai).
    SYLLABARY = "syllabary"
    #: A Latin letter is its base letter.
    ALPHABET = "alphabet"
    #: A consonant says an inherent "a" that a vowel killer drops, where ICU writes the letter as it is.
    ABUGIDA = "abugida"
    #: Each script ICU has no transform for, in the shape its letters' names show (Tifinagh, Tibetan).
    OWN = "own"


#: A character's part in a word (:func:`_part`) and its sound.
Part = tuple[str, str]


def read_by_names(text: str, shape: Shape = Shape.OWN, among: Container[str] | None = None) -> str:
    """``text`` with its letters of scripts of ``shape`` (those in ``among`` alone, where given) written in Latin by
    their Unicode names (see the module); every other character as it is, or as ICU writes it in an abugida's
    text. A syllable separator inside a word (Tibetan tsheg) is dropped."""
    out: list[str] = []
    syllable: list[list[str]] = []  # an abugida's stacks, read by syllables: [consonants..., vowel or ""]
    for char in text:
        kind, sound = _part(char, shape) if among is None or char in among else ("other", char)
        if kind == "consonant":
            syllable.append([sound, ""])
        elif kind == "subjoined" and syllable:
            syllable[-1][0] += sound
        elif kind == "vowel" and syllable:
            syllable[-1][1] = sound
        elif kind == "killer" and not syllable and out and out[-1].endswith("a"):
            out[-1] = out[-1][:-1]
        else:  # a sign with no consonant to sit on stays as written
            out.append(_spoken(syllable) + (char if kind in ("subjoined", "vowel") else sound))
            syllable = []
    out.append(_spoken(syllable))
    return "".join(out)


def sound_by_letter_names(text: str) -> str:
    """``text`` read as an abugida (:attr:`Shape.ABUGIDA`), where ICU has no transform for its script (Khmer, Lao,
    Sinhala): "SINHALA LETTER ALPAPRAANA KAYANNA" "ka", a virama dropping the vowel before it; letters ICU writes
    as :func:`~mt_audit.languages.core.to_latin` writes them."""
    return read_by_names(text, Shape.ABUGIDA)


@lru_cache(maxsize=8192)
def _part(char: str, shape: Shape) -> Part:
    """What a character is to :func:`read_by_names` in a script of ``shape``, and its sound: a "letter" (its
    sound), a "consonant" of an abugida read by syllables (its onset), a "subjoined" consonant, a "vowel" sign, a
    "killer" of the vowel before, a "separator" between syllables, a "mark" left unsaid; "other" for anything the
    shape does not read (the character itself, or ICU's Latin for it in an abugida's text)."""
    return _PARTS[shape](char)


def _syllable(char: str) -> Part:
    """A syllabary's letter: the syllable its name spells ("CANADIAN SYLLABICS FA" → "fa")."""
    return _named(char, _SYLLABLE_NAME, longest=None)


def _latin(char: str) -> Part:
    """A Latin letter: its base letter ("LATIN SMALL LETTER OPEN O" → "o"; not "ETH", a letter of its own)."""
    return _named(char, _LATIN_NAME, longest=2)


def _named(char: str, pattern: regex.Pattern[str], longest: int | None) -> Part:
    """A letter whose whole name ``pattern`` matches: its last word, in Latin letters and at most ``longest`` long."""
    found = None if char.isascii() else pattern.fullmatch(unicodedata.name(char, ""))
    sound = found.group(1).split()[-1].lower() if found else ""
    if sound.isascii() and sound.isalpha() and (longest is None or len(sound) <= longest):
        return "letter", sound
    return "other", char


def _abugida(char: str) -> Part:
    """A letter of an abugida ICU writes as it is: a consonant with "a" (:func:`_abugida_sound`), a virama killing
    the vowel before; any other character as ICU writes it."""
    sound = _abugida_sound(char)
    kind = "killer" if unicodedata.combining(char) == _VIRAMA else "letter" if sound is not None else "other"
    if sound is None:
        sound = core.to_latin(char) if char.isalpha() else char
    return kind, sound


def _abugida_sound(char: str) -> str | None:
    """The sound a letter's Unicode name gives it where ICU writes it as it is (None elsewhere): the consonants its
    word opens with and "a", or its first letter; "" for a mark, "n" for the anusvara."""
    if not char.isalpha() and unicodedata.category(char) not in ("Mn", "Mc"):
        return None
    if core.script_of(char) in ("LATIN", "") or core.to_latin(char) != char:
        return None
    name = unicodedata.name(char, "")
    script, sep, rest = name.partition(" LETTER ")
    if not sep:
        return "n" if _NASAL in name else ""  # a vowel sign, a tone mark; the anusvara is a nasal
    word = _own_word(tuple(rest.split()), script).lower()
    onset = _ONSET.match(word)
    return (onset.group(1) + "a") if onset and onset.group(1) else word[:1]


def _own(char: str) -> Part:
    """A letter of a script ICU has no transform for, in the shape its names show (:attr:`Shape.OWN`)."""
    name = unicodedata.name(char, "")
    script = name.split(" ", 1)[0]
    if char.isascii() or not _unread(char) or script not in _unicode_names().lettered or not _readable(script):
        return "other", char
    rest = name[len(script) + 1 :]
    category = unicodedata.category(char)
    if category == "Po" and _separates(char):
        return "separator", ""
    if rest.startswith("VOWEL SIGN "):
        return "vowel", _vowel(rest.split()[-1])
    if rest.startswith("SUBJOINED LETTER "):
        return "subjoined", "+" + _onset(_own_word(tuple(rest.split()[2:]), script))
    if category not in ("Lo", "Lu") or not rest.startswith("LETTER "):
        return ("mark", "") if category.startswith(("M", "Lm")) else ("other", char)
    word = re.sub(r"[^A-Z]", "", _own_word(tuple(rest.split()[1:]), script))
    if has_vowel_signs(script):
        return "consonant", _onset(word)
    return "letter", _alphabet_sound(word, _shared_opening(script))


#: The reader of each shape's characters.
_PARTS: dict[Shape, Callable[[str], Part]] = {
    Shape.SYLLABARY: _syllable,
    Shape.ALPHABET: _latin,
    Shape.ABUGIDA: _abugida,
    Shape.OWN: _own,
}


def _spoken(syllable: list[list[str]]) -> str:
    """A syllable's stacks in Latin with its one vowel placed (see the module)."""
    if not syllable:
        return ""
    if not any(vowel for _, vowel in syllable):
        stacked = [i for i, (onset, _) in enumerate(syllable) if _stacked(onset)]
        at = stacked[0] if stacked else (0 if len(syllable) <= 2 else 1)
        syllable[at][1] = "a"
    return "".join(onset.replace("+", "") + vowel for onset, vowel in syllable)


def _stacked(onset: str) -> bool:
    """True for a stack: a consonant with a subjoined one under it, marked "+" until spoken."""
    return "+" in onset


def _unread(char: str) -> bool:
    """True when ICU's Any-Latin writes the character as it is and ICU has no transform from its script at all
    (none from the script, nor from its CLDR likely language: Sinhala has "si-si_Latn", Burmese "my-my_FONIPA",
    which other readers use), so its Unicode name is all there is to read."""
    return core.transliterator("Any-Latin").transliterate(char) == char and not _icu_reads(core.icu_script(char)[0])


@cache
def _icu_reads(code: str) -> bool:
    """True when ICU registers a transform from the script of ISO 15924 ``code``, or from its likely language."""
    import icu

    sources = {code.lower(), (core.script_language(code) or code).lower()}
    for tid in icu.Transliterator.getAvailableIDs():
        source = tid.partition("-")[0].lower()
        if source in sources or source.partition("_")[0] in sources or source.endswith("_" + code.lower()):
            return True
    return False


def _separates(char: str) -> bool:
    """True for a script's mark between syllables (its name says INTERSYLLABIC, or DELIMITER: Tibetan tsheg)."""
    name = unicodedata.name(char, "")
    return "INTERSYLLABIC" in name or ("TSHEG" in name and "DELIMITER" in name)


def syllable_marks() -> str:
    """The marks scripts write between the syllables of a word (Tibetan tsheg "་"), by their Unicode names: a word
    of such a script runs from space to space, the marks inside it."""
    return _unicode_names().marks


def _vowel(word: str) -> str:
    """A vowel sign's sound from its name's last word, a long vowel as its short one ("AA" → "a")."""
    word = re.sub(r"[^A-Z]", "", word).lower()
    return re.sub(r"(.)\1+", r"\1", word) or "a"


def _onset(word: str) -> str:
    """A consonant's sound: its name before the inherent vowel ("KHA" → "kh"; "A", "-A" → "")."""
    word = re.sub(r"[^A-Z]", "", word)
    return re.sub(f"[{_VOWELS}]+$", "", word).lower()


def _alphabet_sound(word: str, opening: str) -> str:
    """An alphabet's letter's sound, its name less the script's naming device (``opening``: Tifinagh "YA"): the
    consonants after it ("YAGH" → "gh"), its vowel where none follow ("YA" → "a"), the vowel after the device's
    consonants in a vowel's name ("YI" → "i", "YEY" → "e")."""
    if opening and word.startswith(opening):
        return (word[len(opening) :] or opening[-1]).lower()
    lead = opening.rstrip(_VOWELS)
    if opening and lead and word.startswith(lead) and word[len(lead) : len(lead) + 1] in tuple(_VOWELS):
        return word[len(lead)].lower()
    return word.lower()


def _letter_names(script: str) -> tuple[str, ...]:
    """The words naming the script's letters, each letter's own (:func:`_own_word`: "TIFINAGH LETTER TUAREG YAK" →
    "YAK", "LAO LETTER PHO TAM" → "PHO")."""
    return tuple(_own_word(words, script) for words in _unicode_names().letters.get(script, ()))


def _own_word(words: tuple[str, ...], script: str) -> str:
    """The word of a letter's name fewest of its script's letters' names hold (the last among equals)."""
    shared = _word_counts(script)
    return min(reversed(words), key=lambda w: shared.get(w, 0))


@cache
def _word_counts(script: str) -> dict[str, int]:
    """How many of the script's letters' names (after "LETTER") hold each word: a qualifier many do."""
    counts: dict[str, int] = {}
    for words in _unicode_names().letters.get(script, ()):
        for w in set(words):
            counts[w] = counts.get(w, 0) + 1
    return counts


@dataclass(frozen=True)
class _Names:
    """What one pass over Unicode's character names finds (:func:`_unicode_names`)."""

    #: The words after "LETTER" of each character named "<script> LETTER ...", by what its name says before
    #: ("KHMER", "MEETEI MAYEK", "LATIN SMALL").
    letters: Mapping[str, tuple[tuple[str, ...], ...]]
    #: Scripts, by the one word their names begin with, that name a letter (Lo, Lu) "<script> LETTER ...".
    lettered: frozenset[str]
    #: What names say before " VOWEL SIGN ": the abugidas (:func:`has_vowel_signs`).
    vowel_signs: frozenset[str]
    #: The marks between syllables (:func:`syllable_marks`), in code point order.
    marks: str


@cache
def _unicode_names() -> _Names:
    """Unicode's character names, read once (about a second) for every reader here."""
    letters: dict[str, list[tuple[str, ...]]] = {}
    lettered: set[str] = set()
    signs: set[str] = set()
    marks: list[str] = []
    for code in range(0x110000):
        char = chr(code)
        name = unicodedata.name(char, "")
        script, sep, rest = name.partition(" LETTER ")
        if sep:
            letters.setdefault(script, []).append(tuple(rest.split()))
            if " " not in script and unicodedata.category(char) in ("Lo", "Lu"):
                lettered.add(script)
        at = name.find(" VOWEL SIGN ")
        while at >= 0:
            signs.add(name[:at])
            at = name.find(" VOWEL SIGN ", at + 1)
        if unicodedata.category(char) == "Po" and _separates(char):
            marks.append(char)
    frozen = {k: tuple(v) for k, v in letters.items()}
    return _Names(frozen, frozenset(lettered), frozenset(signs), "".join(marks))


@cache
def _shared_opening(script: str) -> str:
    """The longest opening :data:`SHARED_OPENING` of the script's letter names begin with and continue after
    ("YA" in Tifinagh); "" where none does (Tibetan, Khmer)."""
    names = _letter_names(script)
    best = ""
    for size in range(1, 4):
        counts: dict[str, int] = {}
        for n in names:
            if len(n) > size:
                counts[n[:size]] = counts.get(n[:size], 0) + 1
        top = max(counts.items(), key=lambda kv: kv[1], default=("", 0))
        if top[1] < SHARED_OPENING * len(names):
            break
        best = top[0]
    return best


def _readable(script: str) -> bool:
    """True where the letters' names tell their sounds: an alphabet's, or an abugida's that name its inherent vowel."""
    return not has_vowel_signs(script) or names_inherent_vowel(script)


@cache
def names_inherent_vowel(script: str) -> bool:
    """True where nearly every consonant's name (:data:`INHERENT_NAMES`) ends in the vowel "a" the letters say
    unless a sign replaces it (Tibetan KA, KHA, TSHA), so a name less its vowel is the consonant; not where names
    end in the vowels of two series (Khmer KA, KO) or in one other than the one a syllable says (Lao KO, whose
    vowels are written out, some before the consonant)."""
    names = [w for w in _letter_names(script) if len(w) > 1]
    return bool(names) and sum(w.endswith("A") for w in names) >= INHERENT_NAMES * len(names)


def has_vowel_signs(script: str) -> bool:
    """True for an abugida: Unicode names vowel signs of the script ("TIBETAN VOWEL SIGN I"); ``script`` as the
    first word of its letters' names or as ICU names it ("Sinhala")."""
    return script.upper() in _unicode_names().vowel_signs
