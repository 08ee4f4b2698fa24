"""Punctuation a language writes: its marks, inverted and spaced ones, the apostrophe before a suffix, its full
stop and sentence terminators (CLDR, ICU's Sentence_Terminal and break rules).
"""

from __future__ import annotations

import unicodedata
from functools import cache

import icu
from babel import Locale, UnknownLocaleError

from mt_audit.languages.core import CLAIMED, base_tag, cldr_tag, known, language

#: Marks a language's writers use that CLDR's exemplar punctuation omits: Bengali ends
#: sentences with the danda "।" (Bangla Academy spelling rules), listed by CLDR only for hi/ne/as.
_EXTRA_PUNCTUATION = {"bn": "।"}


#: Languages whose academies require the opening inverted marks ¿ ¡ (RAE for Spanish,
#: ALLA for Asturian). CLDR lists ¿¡ for Catalan and Galician too, where they are optional.
_INVERTED_MARKS = frozenset({"es", "ast"})


#: French typography puts a (narrow) no-break space before ; : ! ? » and after «
#: (Lexique des règles typographiques de l'Imprimerie nationale); CLDR has no field for it.
_SPACED_HIGH_PUNCTUATION = frozenset({"fr"})


#: Turkish separates a proper name's inflectional suffix with an apostrophe ("Ankara'da",
#: TDK Yazım Kılavuzu); Azerbaijani and other Turkic languages do not.
_APOSTROPHE_BEFORE_SUFFIX = frozenset({"tr"})


#: Greek spelling writes the diastole (υποδιαστολή), a comma inside a word, after a one-letter word to keep it
#: apart from the one it is written with: "ό,τι" ('whatever') against "ότι" ('that') (Triantafyllidis,
#: Νεοελληνική Γραμματική, kept by the monotonic spelling). Unicode has no mark of its own for it: the comma is it.
_DIASTOLE = frozenset({"el"})


@cache
def punctuation_marks(tag: str) -> frozenset[str]:
    """The punctuation CLDR's exemplar set lists for the language (via ICU), plus documented additions.

    Tells a check which marks the language writes at all: Greek lists ";" but no "?",
    Arabic "،" but no ",", Hindi the danda "।". Empty for a language CLDR does not know.
    """
    base = base_tag(tag)
    if not known(base):
        return frozenset()
    data = icu.LocaleData(cldr_tag(base))
    marks = set(data.getExemplarSet(0, 3))  # ULOCDATA_ES_PUNCTUATION, not exposed by PyICU
    return frozenset(marks | set(_EXTRA_PUNCTUATION.get(base, "")))


def inverted_marks(tag: str) -> bool:
    """True where a question or exclamation must open with ¿ or ¡ (Spanish)."""
    return base_tag(tag) in _INVERTED_MARKS


def spaced_high_punctuation(tag: str) -> bool:
    """True where ; : ! ? » take a space before them and « one after (French)."""
    return base_tag(tag) in _SPACED_HIGH_PUNCTUATION


def diastole(before: str, tag: str) -> bool:
    """Whether a comma between letters, after the word part ``before``, is the language's diastole: spelling, not
    a missing space (Greek "ό,τι": one letter before the comma)."""
    return base_tag(tag) in _DIASTOLE and sum(unicodedata.category(c).startswith("L") for c in before) == 1


def apostrophe_before_suffix(tag: str) -> bool:
    """True where a proper name's suffix is split off by an apostrophe (Turkish "Ankara'da")."""
    return base_tag(tag) in _APOSTROPHE_BEFORE_SUFFIX


@cache
def full_stop(tag: str) -> str | None:
    """The language's own full stop where its script has one ("।" Hindi, "።" Amharic, "။" Burmese, "۔" Urdu).

    From CLDR's exemplar punctuation and Unicode's Sentence_Terminal property:
    a terminator other than "." and the question and exclamation marks, not a
    compatibility form ("．" is a wide "."); of several, the plainest, whose
    name is shortest ("।" DANDA before "॥" DOUBLE DANDA). None where the
    language ends sentences with the Latin full stop.
    """
    own = [
        c
        for c in punctuation_marks(tag)
        if c != "."
        and icu.Char.hasBinaryProperty(c, icu.UProperty.S_TERM)
        and not unicodedata.decomposition(c)
        and not any(word in unicodedata.name(c, "") for word in ("QUESTION", "EXCLAMATION"))
    ]
    return min(own, key=lambda c: len(unicodedata.name(c, "")), default=None)


@cache
def latin_full_stop(tag: str) -> bool:
    """Whether the language's writers may end sentences with the Latin "." as well as any stop of their own.

    True where CLDR lists "." for the language (Hindi, Urdu), or where a claimed
    language of the same script ends its sentences with "." and has no stop of
    its own: that script's press then writes "." too (Pashto and Sindhi, whose
    CLDR sets list only "۔", are written beside Arabic and Persian; Nepali beside
    Marathi). False for Burmese, whose script no claimed language writes with ".".
    """
    base = base_tag(tag)
    if "." in punctuation_marks(base):
        return True
    script = language(base).script if known(base) else ""
    return any(
        other != base and language(other).script == script and full_stop(other) is None
        and "." in punctuation_marks(other)
        for other in CLAIMED
    )  # fmt: skip


@cache
def list_conjunctions(lang: str) -> frozenset[str]:
    """The words CLDR's list patterns join a list's last items with ("und", "oder"; Czech "a", "nebo")."""
    try:
        patterns = Locale.parse(lang.replace("-", "_")).list_patterns
    except (UnknownLocaleError, ValueError):
        return frozenset()
    ends = (patterns.get(kind, {}).get("end", "") for kind in ("standard", "or"))
    return frozenset(w.lower() for end in ends for w in end.replace("{0}", " ").replace("{1}", " ").split())


@cache
def extra_terminators(tag: str) -> str:
    """Marks that end a sentence in the language though Unicode does not call them terminators: Greek ";".

    Greek writes its question mark as ";" (U+037E, which NFC folds into the
    semicolon). From ICU's sentence rules: a mark of the language's CLDR
    punctuation after which ICU breaks a sentence for the language but not for
    the root locale. Empty for most languages.
    """
    base = base_tag(tag)
    if not known(base):
        return ""
    marks = sorted(c for c in punctuation_marks(base) if not icu.Char.hasBinaryProperty(c, icu.UProperty.S_TERM))
    return "".join(c for c in marks if _icu_breaks_after(base, c) and not _icu_breaks_after("root", c))


def _icu_breaks_after(locale: str, mark: str) -> bool:
    text = f"Aaa{mark} Bbb"
    it = icu.BreakIterator.createSentenceInstance(icu.Locale(locale))
    it.setText(text)
    return len(text) - 3 in list(it)


@cache
def script_full_stop(tag: str) -> str | None:
    """The full stop of the language's script, where CLDR names none for the language itself.

    Odia and Punjabi writers end sentences with the danda "।" though CLDR lists
    it only for Hindi, Bengali, Nepali and Assamese. Unicode's Script_Extensions
    say which scripts use a shared terminator (the danda serves Oriya, Gurmukhi,
    Tamil ...), so the plainest Sentence_Terminal of the script stands in for
    the language's; it is evidence of use only, not a requirement (Tamil press
    writes "."). None where the script has no terminator of its own (Latin, Thai).
    """
    terminators = _script_set(tag, "[:Sentence_Terminal:]")
    if terminators is None:
        return None
    own = [
        c
        for c in terminators
        if not unicodedata.decomposition(c)
        and not any(word in unicodedata.name(c, "") for word in ("QUESTION", "EXCLAMATION"))
    ]
    return min(own, key=lambda c: (len(unicodedata.name(c, "")), c), default=None)


@cache
def clause_stops(tag: str) -> str:
    """Marks that end a clause or a sentence in a script Unicode gives no sentence terminator: Tibetan shad "།".

    Tibetan writes words apart with the tsheg "་" and ends clauses and sentences alike with the shad, a space
    after it; Unicode calls the shad Terminal_Punctuation, not Sentence_Terminal (it ends clauses too), so
    sentence rules never break there and a paragraph stays one sentence, too long to align. Where the
    language's script has no Sentence_Terminal of its own, its Terminal_Punctuation marks are these stops;
    empty elsewhere (a script with "." or its own terminator, or a language ICU does not know).
    """
    terminators = _script_set(tag, "[:Sentence_Terminal:]")
    if terminators is None or not terminators.isEmpty():
        return ""
    return "".join(sorted(_script_set(tag, "[:Terminal_Punctuation:]-[:scx=Zyyy:]") or ""))


def _script_set(tag: str, chars: str) -> icu.UnicodeSet | None:
    """The characters of ``chars`` (a UnicodeSet pattern) whose Script_Extensions name the language's script
    (:func:`mt_audit.languages.core.script_property`: "Hangul" for Korean, "Ol_Chiki" for Santali); None
    where the language is unknown or its script names no property value (Chinese's "Hans")."""
    if not known(base_tag(tag)):
        return None
    try:
        return icu.UnicodeSet(f"[[:scx={language(base_tag(tag)).script_property}:]&{chars}]")
    except icu.ICUError:
        return None
