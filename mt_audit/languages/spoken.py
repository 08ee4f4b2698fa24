"""How the letters of a script sound where ICU's Latin of it transcribes syllables' rhymes rather than their
letters (Burmese): a reading letter by letter, from ICU's transform of the language to its sound (IPA), in which
a name transliterated into the script keeps the consonants its writer chose the letters for.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

import icu
from babel.core import get_global

from mt_audit.languages.core import to_latin, transliterator

#: Scripts (ISO 15924) whose ICU Latin transcribes a syllable's rhyme, not its letters: ICU's Burmese-Latin writes
#: a killed "က်" as "at", a long "ā" as "ar", "e" as "ay", an aspirate with its "h" before the consonant ("hp" for
#: "ဖ"), so a transliterated name loses its consonants ("ပက်ထရော့စ်", Petros, is "paathtarotit"). Recorded from
#: ICU's transform, which no CLDR datum describes; :func:`spoken_latin` reads these scripts by sound instead.
RHYMED_LATIN = frozenset({"Mymr"})

#: Unicode's canonical combining class of a virama or an asat: it kills a consonant's vowel.
_KILLER = 9
#: The word of a Unicode name that marks a medial consonant sign ("MYANMAR CONSONANT SIGN MEDIAL RA").
_MEDIAL = "MEDIAL"
#: The Indic nasal sign's Unicode name ("MYANMAR SIGN ANUSVARA"): a syllable-final nasal.
_NASAL = "ANUSVARA"
#: The words of a Unicode name that mark a vowel sign ("MYANMAR VOWEL SIGN AA").
_VOWEL = "VOWEL SIGN"


def spoken_latin(text: str) -> str:
    """``text`` in Latin letters by sound: :func:`~mt_audit.languages.to_latin`, except in a script of
    :data:`RHYMED_LATIN`, whose syllables are read letter by letter (:func:`_syllable`): "ပက်ထရော့စ်" is "pkthalas"
    ("pa", a killed "k", "tha", "ra" with its vowel, a killed "s"), "အလက်ဇီယိုက" "alakzayaka" (Alexiou, a particle
    after it), where ICU writes "paathtarotit" and "aalaatjeyok". Rough in its vowels, which a sound comparison
    of consonants does not read."""
    if not any(_rhymed(c) for c in text):
        return to_latin(text)
    out: list[str] = []
    other: list[str] = []
    syllable: list[str] = []
    for char in text:
        if syllable and _joins(char, syllable[0]):
            syllable.append(char)
            continue
        if syllable:
            out.append(_syllable("".join(syllable)))
            syllable = []
        if _rhymed(char) and unicodedata.category(char) == "Lo":
            out.append(to_latin("".join(other)) if other else "")
            other = []
            syllable = [char]
        else:
            other.append(char)
    if syllable:
        out.append(_syllable("".join(syllable)))
    out.append(to_latin("".join(other)) if other else "")
    return "".join(out)


@lru_cache(maxsize=4096)
def _rhymed(char: str) -> bool:
    """The character is of a script of :data:`RHYMED_LATIN` whose language ICU can say (see :func:`_sound`)."""
    code = icu.Script.getScript(ord(char)).getShortName()
    return code in RHYMED_LATIN and _sound(code) is not None


def _joins(char: str, base: str) -> bool:
    """``char`` is a mark (a vowel sign, a medial, a tone, a killer) of the script of the syllable's letter ``base``."""
    return unicodedata.category(char) in ("Mn", "Mc") and _same_script(char, base)


def _same_script(a: str, b: str) -> bool:
    return icu.Script.getScript(ord(a)).getShortName() == icu.Script.getScript(ord(b)).getShortName()


@lru_cache(maxsize=8192)
def _syllable(cluster: str) -> str:
    """One letter and its marks by sound: the consonant as the language says it with its medials
    (:func:`_onset`), then a vowel ("a": a consonant comparison reads none) and a final nasal (the anusvara);
    a letter killed by an asat or a virama straight after it (not after a vowel sign, where an asat marks a
    tone: "ော်") is its consonant alone, which a transliteration writes a foreign final consonant with
    ("ရော့စ်", "-ros")."""
    base, marks = cluster[0], cluster[1:]
    medials = "".join(m for m in marks if _MEDIAL in unicodedata.name(m, ""))
    onset = _onset(base, medials)
    for m in marks:
        if unicodedata.combining(m) == _KILLER:
            return onset
        if _VOWEL in unicodedata.name(m, ""):
            break
    nasal = "n" if any(_NASAL in unicodedata.name(m, "") for m in marks) else ""
    return onset + "a" + nasal


@lru_cache(maxsize=4096)
def _onset(base: str, medials: str = "") -> str:
    """A letter and its medials as the language says them, by ICU's transform to IPA, the vowel left out: "ဇ" is
    "z", "စ" "s", "ဖ" "p", "ရှ" "sh", "ဂျ" "dz". Where the letter alone is a glide or a glottal stop (a consonant
    comparison hears neither), the letter's Latin in ICU stands for it: Burmese says "ရ" as "y" in its own words
    ([j]), but writes a foreign "r" with it, as ICU's Latin "r" says ("ရွ" is "rw"); "အ", a glottal stop carrying
    a vowel, is a vowel there."""
    whole = _heard_ipa(base + medials)
    alone = _heard_ipa(base)
    if alone.strip("yw") or not whole.startswith(alone) or whole.strip("yw"):
        return whole
    latin = to_latin(base).lower()
    return (latin if latin.isascii() and latin.isalpha() else alone) + whole[len(alone) :]


def _heard_ipa(consonant: str) -> str:
    """The consonant's sound in ICU's IPA (see :func:`_sound`) in Latin letters, its vowel left out."""
    sound = _sound(icu.Script.getScript(ord(consonant[0])).getShortName())
    ipa = sound.transliterate(consonant) if sound is not None else consonant
    return "".join(_ipa_letter(c) for c in unicodedata.normalize("NFD", ipa) if _ipa_sounded(c)).rstrip("aeiou")


def _ipa_sounded(char: str) -> bool:
    """A letter of IPA, not a diacritic, a tie bar or a modifier ("ʰ" of an aspirate, which names merge)."""
    return unicodedata.category(char) not in ("Mn", "Lm") and char.isalpha()


@lru_cache(maxsize=512)
def _ipa_letter(char: str) -> str:
    """An IPA letter in Latin letters: a Latin letter as itself, but the glide IPA writes "j" (:data:`_IPA_LATIN`);
    IPA's own letters as ICU folds them ("ŋ" "n", "θ" "th", "ɡ" "g"), or, where ICU has no fold ("ʃ"), through
    ICU's transform of IPA to Arabic letters, whose Latin is that sound's ("ش", "sh"); a glottal stop is no
    consonant."""
    if char.isascii():
        return _IPA_LATIN.get(char, char)
    latin = to_latin(char).lower()
    if latin.isascii() and latin.isalpha():
        return latin
    if unicodedata.name(char, "").endswith("GLOTTAL STOP"):
        return ""
    arabic = to_latin(transliterator("und_FONIPA-ar").transliterate(char)).lower()
    return "".join(c for c in arabic if c.isascii() and c.isalpha())


#: Latin letters IPA gives another sound than English spelling: "j" is the glide English writes "y".
_IPA_LATIN = {"j": "y"}


@cache
def _sound(code: str) -> icu.Transliterator | None:
    """ICU's transform from the language of a script (ISO 15924 ``code``; the language CLDR's likely subtags give
    it: "Mymr" is Burmese) to its sound in IPA ("my-my_FONIPA"), or None where ICU has none."""
    likely = str(get_global("likely_subtags").get(f"und_{code}", ""))
    lang = likely.split("_", 1)[0]
    tid = f"{lang}-{lang}_FONIPA"
    if not lang or tid not in set(icu.Transliterator.getAvailableIDs()):
        return None
    return transliterator(tid)
