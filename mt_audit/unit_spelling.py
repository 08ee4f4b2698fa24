"""Spelling facts of scripts that unit names are matched by: letters without their marks, syllabic scripts,
and a spelling key that forgets what the press spells freely (accents, vowel length, invisible joiners).

Split from :mod:`mt_audit.units` by concern: these read Unicode's character data, not CLDR's units.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache


def letters(text: str) -> int:
    """How many letters ``text`` has, its marks not counted (an Indic syllable is one letter and its signs)."""
    return sum(unicodedata.category(c).startswith("L") for c in text)


def min_letters(word: str) -> int:
    """Letters a unit's stem needs: two in a script of syllables ("그램", Devanagari "औंस"), else three."""
    return 2 if syllabic(word) else 3


def vowel_sign(ch: str) -> bool:
    """A dependent vowel sign of an Indic script ("ు", "ी"): a vowel an ending may replace."""
    return unicodedata.category(ch) in ("Mc", "Mn") and "VOWEL SIGN" in unicodedata.name(ch, "")


@cache
def _vowel_folds() -> dict[int, str]:
    """Long vowels of the Indic scripts → their short ones (ी → ि, ू → ु, ई → इ), and Malayalam's chillu letters
    → their consonant and virama (ർ → റ്: "ഹെക്ടർ" becomes "ഹെക്ടറിൽ" with an ending), from Unicode's names."""
    out: dict[int, str] = {}
    for code in range(0x0900, 0x0E00):
        name = unicodedata.name(chr(code), "")
        script, chillu, letter = name.partition(" LETTER CHILLU ")
        if chillu:
            try:
                virama = unicodedata.lookup(f"{script} SIGN VIRAMA")
                out[code] = unicodedata.lookup(f"{script} LETTER {letter}A") + virama
            except KeyError:
                pass
            continue
        for long, short in ((" II", " I"), (" UU", " U")):
            if ("VOWEL SIGN" in name or " LETTER " in name) and name.endswith(long):
                try:
                    out[code] = unicodedata.lookup(name[: -len(long)] + short)
                except KeyError:
                    continue
    return out


@lru_cache(maxsize=16384)
def spelling_key(text: str) -> str:
    """``text`` lower-cased, without accents, nuktas and invisible joiners, open vowels written plain ("ɛ" as "e"),
    and with the Indic scripts' long i and u written short: the press spells a loan word's vowel length freely
    ("फॅरनहाइट", CLDR "फॅरनहाईट"), so length tells no unit apart. The virama stays: it tells "கிராம்" (gram)
    from "கிராமம்" (village)."""
    decomposed = unicodedata.normalize("NFD", text.lower().translate(_OPEN_VOWELS))
    kept = "".join(c for c in decomposed if unicodedata.combining(c) in (0, VIRAMA) and c not in _INVISIBLE)
    return unicodedata.normalize("NFC", kept).translate(_vowel_folds())


#: The open vowels of the African reference alphabet written as the plain vowels the loans' source languages spell
#: them with: Lingala "piɛ" is French "pied", "mɛtɛlɛ" "mètre"; the letter tells vowel quality, as an accent does.
_OPEN_VOWELS = str.maketrans("ɛɔ", "eo")


#: The canonical combining class of the Indic virama.
VIRAMA = 9
#: Invisible format characters a spelling may carry or not: zero-width space (CLDR's Khmer unit names put one
#: between words), non-joiner, joiner.
_INVISIBLE = "\u200b\u200c\u200d"


#: Where Hangul and the scripts of syllables and ideographs after it begin.
HANGUL_AND_AFTER = 0x1100


def syllabic(word: str) -> bool:
    """Written in a script of syllables or ideographs, where two characters make a whole name ("그램"), or in an
    Indic one or one of its kin to the east (Thai, Lao, Tibetan, Myanmar), whose letters are syllables with their
    signs ("औंस", "ဂရမ်": two letters)."""
    return all(ord(c) >= HANGUL_AND_AFTER or 0x0900 <= ord(c) < INDIC_END for c in word)


#: Where the Indic scripts and their kin to the east (up to Myanmar) end: Georgian follows, an alphabet.
INDIC_END = 0x10A0
