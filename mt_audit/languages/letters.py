"""Letters ICU has no transform for, read by the sound their Unicode names give them.

ICU's Any-Latin leaves Tifinagh ("ⵜⴰⵎⴰⵣⵉⵖⵜ") and Tibetan ("ཀི་ལོ་མི་ཊར") as they are, so a name or a unit
written in them could not be heard at all. Unicode names each letter by its sound, in the script's own way:

* Tifinagh names a letter "ya" and its sound (YAB "b", YAGH "gh", YA "a"; a vowel's name is "y" and the vowel:
  YI "i", YU "u"). The opening most of a script's names share (:func:`_shared_opening`) is that naming device, not
  a sound, and is cut off.
* An abugida (a script with vowel signs: Tibetan) names a consonant with its inherent vowel (KA); a vowel sign
  (VOWEL SIGN O) writes the syllable's vowel instead, a subjoined letter (SUBJOINED LETTER YA) stacks a consonant
  under the last. A syllable (between the script's separators, Tibetan's tsheg) says one vowel: the sign's, or
  the inherent one after its stacked consonants, or after its first consonant where none is stacked and it has
  two letters, after its second where it has more (a prefix, a root, a suffix: "དབར" "dbar").

Rough, but a transliterated name or unit keeps its consonants, which is what a comparison by sound reads.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

#: Share of a script's letter names an opening must begin for it to be a naming device (Tifinagh's "YA").
SHARED_OPENING = 0.6
#: Share of an abugida's consonant names that must end in "a" for them to be read (:func:`names_inherent_vowel`).
INHERENT_NAMES = 0.9
#: Vowels a letter's name may spell.
_VOWELS = "AEIOU"


def read_by_names(text: str) -> str:
    """``text`` with the letters of scripts ICU leaves unread written in Latin by their Unicode names (see the
    module); every other character as it is. A syllable separator inside a word (Tibetan tsheg) is dropped."""
    out: list[str] = []
    syllable: list[list[str]] = []  # stacks: [consonants..., vowel or ""]
    for char in text:
        kind, sound = _part(char)
        if kind == "consonant":
            syllable.append([sound, ""])
        elif kind == "subjoined" and syllable:
            syllable[-1][0] += sound
        elif kind == "vowel" and syllable:
            syllable[-1][1] = sound
        elif kind in ("letter", "mark"):
            out.append(_spoken(syllable) + sound)
            syllable = []
        elif kind == "separator":
            out.append(_spoken(syllable))
            syllable = []
        else:
            out.append(_spoken(syllable) + char)
            syllable = []
    out.append(_spoken(syllable))
    return "".join(out)


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


@lru_cache(maxsize=4096)
def _part(char: str) -> tuple[str, str]:
    """What a character is to :func:`read_by_names`, and its sound: a "consonant" of an abugida (its onset), a
    "subjoined" consonant, a "vowel" sign, a "separator" between syllables, a "letter" of an alphabet (its sound),
    a "mark" left unsaid; "other" for anything not of a script ICU leaves unread."""
    name = unicodedata.name(char, "")
    script = name.split(" ", 1)[0]
    if char.isascii() or not _unread(char) or script not in _script_names() or not _readable(script):
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


def _unread(char: str) -> bool:
    """True when ICU's Any-Latin writes the character as it is and ICU has no transform from its script at all
    (none from the script, nor from its CLDR likely language: Sinhala has "si-si_Latn", Burmese "my-my_FONIPA",
    which other readers use), so its Unicode name is all there is to read."""
    from mt_audit.languages.core import _script_code, _transliterator

    return _transliterator("Any-Latin").transliterate(char) == char and not _icu_reads(_script_code(char))


@cache
def _icu_reads(code: str) -> bool:
    """True when ICU registers a transform from the script of ISO 15924 ``code``, or from its likely language."""
    import icu

    from mt_audit.languages.core import script_language

    sources = {code.lower(), (script_language(code) or code).lower()}
    for tid in icu.Transliterator.getAvailableIDs():
        source = tid.partition("-")[0].lower()
        if source in sources or source.partition("_")[0] in sources or source.endswith("_" + code.lower()):
            return True
    return False


def _separates(char: str) -> bool:
    """True for a script's mark between syllables (its name says INTERSYLLABIC, or DELIMITER: Tibetan tsheg)."""
    name = unicodedata.name(char, "")
    return "INTERSYLLABIC" in name or ("TSHEG" in name and "DELIMITER" in name)


@cache
def syllable_marks() -> str:
    """The marks scripts write between the syllables of a word (Tibetan tsheg "་"), by their Unicode names: a word
    of such a script runs from space to space, the marks inside it."""
    return "".join(c for c in map(chr, range(0x110000)) if unicodedata.category(c) == "Po" and _separates(c))


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
    """The words naming the script's letters, each letter's least shared ("TIFINAGH LETTER TUAREG YAK" → "YAK",
    "LAO LETTER PHO TAM" → "PHO": a tradition or a class many letters share is no sound)."""
    return tuple(_own_word(words, script) for words in _script_names().get(script, ()))


def _own_word(words: tuple[str, ...], script: str) -> str:
    """The word of a letter's name fewest of its script's letters' names hold (the last among equals)."""
    shared = _word_counts(script)
    return min(reversed(words), key=lambda w: shared.get(w, 0))


@cache
def _word_counts(script: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for words in _script_names().get(script, ()):
        for w in set(words):
            counts[w] = counts.get(w, 0) + 1
    return counts


@cache
def _script_names() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The words of each script's letters' names after "LETTER", by the script's word in Unicode names; read once."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for code in range(0x110000):
        name = unicodedata.name(chr(code), "")
        script, sep, rest = name.partition(" LETTER ")
        if sep and " " not in script and unicodedata.category(chr(code)) in ("Lo", "Lu"):
            found.setdefault(script, []).append(tuple(rest.split()))
    return {k: tuple(v) for k, v in found.items()}


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


@cache
def has_vowel_signs(script: str) -> bool:
    """True for an abugida: Unicode names vowel signs of the script ("TIBETAN VOWEL SIGN I"); ``script`` as the
    first word of its letters' names or as ICU names it ("Sinhala")."""
    prefix = script.upper() + " VOWEL SIGN "
    return any(unicodedata.name(chr(c), "").startswith(prefix) for c in range(0x110000))
