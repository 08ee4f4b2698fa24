"""What a language is at heart: its tag, script, direction, casing, quotation marks and number symbols (CLDR,
ICU), and how its letters read in Latin. The package (:mod:`mt_audit.languages`) re-exports everything here.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import icu
import regex
from babel import Locale, UnknownLocaleError

from mt_audit.languages.letters import Shape, has_vowel_signs, read_by_names

#: Languages the product claims: the web's and MT's most used. Each must be
#: known to ICU and CLDR; ``mt-audit checks --langs`` prints what works in each.
CLAIMED: tuple[str, ...] = tuple(
    "af am ar as az be bg bn bs ca cs cy da de el eo es et eu fa fi fr ga gl gu ha he hi hr hu hy id is it ja jv"
    " ka kk km kn ko ku ky lb lo lt lv mi mk ml mn mr ms mt my ne nl no or pa pl ps pt ro ru si sk sl so sq sr sv"
    " sw ta te tg th tl tr uk ur uz vi xh yo zh zu".split()
)


#: Tags that name the same written language as another base tag.
ALIASES = {"nb": "no", "nn": "no", "iw": "he", "in": "id", "fil": "tl", "zh-hans": "zh", "zh-hant": "zh"}


#: ISO 15924 codes of writing systems that combine scripts, named as :func:`script_of` names their letters: Korean
#: Hangul with Han, Chinese Han, Japanese Han with kana (all kana and ideographs read as "CJK"). Every other code's
#: name comes from ICU (:func:`_unicode_script_name`).
_COMBINED_SCRIPT_NAMES = {"Kore": "HANGUL", "Hans": "CJK", "Hant": "CJK", "Jpan": "CJK"}


def script_name(code: str) -> str:
    """The name :func:`script_of` gives the letters of the ISO 15924 script ``code`` ("Cyrl" → "CYRILLIC")."""
    return _COMBINED_SCRIPT_NAMES.get(code) or _unicode_script_name(code)


@cache
def script_property(code: str) -> str:
    """The value Unicode's Script property (ICU's and regex's ``\\p{Script=…}``) names the ISO 15924 script ``code`` by.

    The word its letters' names begin with, where that names a script ("Hangul" for Korean's "Kore", which
    no property value names; "Devanagari"), else ICU's long name: Ol Chiki's letters are "OL CHIKI LETTER …",
    and "Ol" names no script, "Ol_Chiki" does.
    """
    word = script_name(code).title()
    if _names_script(word):
        return word
    try:
        long = icu.Script(icu.Script.getCode(code)[0]).getName()
    except (icu.ICUError, IndexError):
        return word
    return long if _names_script(long) else word


def _names_script(value: str) -> bool:
    """Whether ``value`` is a value of Unicode's Script property (ICU builds a bogus set for some, "Hans")."""
    try:
        regex.compile(rf"\p{{Script={value}}}")
    except regex.error:
        return False
    return True


@cache
def _unicode_script_name(code: str) -> str:
    """ICU's long name of an ISO 15924 code, cut to the first word Unicode's letter names begin with
    ("Thaa" → "THAANA", "Ethi" → "ETHIOPIC", "Cans" → "CANADIAN", as in "CANADIAN SYLLABICS E")."""
    try:
        codes = icu.Script.getCode(code)
    except icu.ICUError:
        codes = []
    if not codes:
        return code.upper()
    return icu.Script(codes[0]).getName().split("_")[0].upper()


#: Scripts with upper and lower case (Unicode case pairs): capitals carry
#: information about names only in these.
_CASED_SCRIPTS = frozenset({"Latn", "Cyrl", "Grek", "Armn"})


#: Scripts written without spaces between words (word boundaries need ICU).
_UNSPACED_SCRIPTS = frozenset({"Hans", "Hant", "Jpan", "Thai", "Laoo", "Khmr", "Mymr"})
#: Scripts that mark off syllables, not words (Tibetan's tsheg "་"): a text splits there into syllables.
_SYLLABLE_MARKED_SCRIPTS = frozenset({"Tibt"})


#: Digital norm for quotation marks. CLDR gives the typographic standard; in
#: these languages straight quotes are the everyday norm of careful online
#: writing (Hebrew keyboards type the gershayim-like " and writers use it for
#: quotes; Turkish and Indonesian news sites mostly print straight quotes),
#: so straight quotes there are not a machine-translation scar. Korean writes
#: quotations the English way, straight marks included (see the module docstring).
_STRAIGHT_QUOTES_USUAL = frozenset({"he", "tr", "id", "ms", "en", "vi", "tl", "sw", "ko"})


@dataclass(frozen=True)
class Language:
    """Facts about one written language, from CLDR/ICU."""

    tag: str
    name: str
    script: str
    rtl: bool
    cased: bool
    spaced: bool
    quotes: tuple[str, str]
    alt_quotes: tuple[str, str]
    decimal: str
    group: str
    straight_quotes_usual: bool
    #: No locale of the language's own gives its quotation marks: they are CLDR root's “…” ‘…’, which every locale
    #: without data inherits (:func:`quotes_inherited`). A norm inferred, not recorded.
    quotes_inherited: bool = False
    #: Units are written before their number ("kilomita 3", Swahili and Hausa): most CLDR unit patterns say so.
    units_first: bool = False

    @property
    def script_name(self) -> str:
        """Unicode script name as it appears in character names ("CYRILLIC")."""
        return script_name(self.script)

    @property
    def script_property(self) -> str:
        """The script as Unicode's Script property names it ("Ol_Chiki", "Hangul"): see :func:`script_property`."""
        return script_property(self.script)

    @property
    def latin(self) -> bool:
        return self.script == "Latn"

    @property
    def words_apart(self) -> bool:
        """A text splits at its spaces and marks into words: not where the script writes words without spaces,
        nor where it marks off each syllable (Tibetan), whose pieces are syllables of a word."""
        return self.spaced and self.script not in _SYLLABLE_MARKED_SCRIPTS

    def accepted_quotes(self) -> frozenset[tuple[str, str]]:
        """Quote pairs CLDR lists for the language, primary and alternate."""
        return frozenset({self.quotes, self.alt_quotes})


def base_tag(tag: str) -> str:
    """Lower-case base language of a BCP 47 tag, with aliases folded ("nb-NO" → "no")."""
    low = tag.strip().lower().replace("_", "-")
    if low in ALIASES:
        return ALIASES[low]
    base = low.split("-")[0]
    return ALIASES.get(base, base)


def cldr_tag(tag: str) -> str:
    """The tag CLDR and ICU file a language under: Norwegian "no" is filed as Bokmål, "nb"."""
    return "nb" if tag == "no" else tag


def cldr_locale(tag: str) -> Locale | None:
    """Babel's CLDR locale of a language tag (Norwegian "no" read as Bokmål), None where CLDR has none."""
    return babel_locale(base_tag(tag))


def babel_locale(tag: str) -> Locale | None:
    """Babel's CLDR locale of ``tag`` as given (Norwegian "no" read as Bokmål; "zh_Hant" its own), None where CLDR
    has none: the one place the package asks Babel for a locale."""
    try:
        return Locale.parse(cldr_tag(tag))
    except (UnknownLocaleError, ValueError):
        return None


def _script(tag: str) -> str:
    locale = icu.Locale(cldr_tag(tag))
    return icu.Locale.addLikelySubtags(locale).getScript() or "Latn"


def _quotes(tag: str) -> tuple[tuple[str, str], tuple[str, str]]:
    data = icu.LocaleData(cldr_tag(tag))
    kinds = icu.ULocaleDataDelimiterType
    marks = [
        data.getDelimiter(getattr(kinds, name))
        for name in ("QUOTATION_START", "QUOTATION_END", "ALT_QUOTATION_START", "ALT_QUOTATION_END")
    ]
    return (marks[0], marks[1]), (marks[2], marks[3])


def _units_first(tag: str) -> bool:
    """Whether most of the language's CLDR unit patterns put the unit's name before the number ("{0}" last)."""
    first = last = 0
    for forms in unit_patterns(tag).values():
        for pattern in counted_patterns(forms):
            if "{0}" not in pattern:
                continue
            first += not pattern.lstrip().startswith("{0}")
            last += pattern.lstrip().startswith("{0}")
    return first > last


#: The unit patterns of one CLDR unit: length ("long", "short", "narrow") → plural category, or "per" → pattern.
UnitForms = Mapping[str, Mapping[str, str]]


@cache
def unit_patterns(tag: str) -> Mapping[str, UnitForms]:
    """CLDR's unit patterns of the language: unit id ("length-kilometer") → its forms ("{0} Kilometer").

    Read once per tag here, where every reader of unit names looks: the tag is parsed as given (Norwegian "no" as
    Bokmål; "zh_Hant" names its own locale), and a language CLDR has no locale for has none.
    """
    return _locale_data(tag, "unit_patterns")


@cache
def unit_display_names(tag: str) -> Mapping[str, Mapping[str, str]]:
    """CLDR's display names of units in the language, read as :func:`unit_patterns` reads its patterns: unit id →
    length → name ("length-mile" → "long" → "Meilen")."""
    return _locale_data(tag, "unit_display_names")


def plural_category(tag: str, value: float) -> str | None:
    """CLDR's plural category of ``value`` in the language ("one", "few", "other"), the key of its unit patterns'
    forms, the tag read as :func:`unit_patterns` reads it; None where CLDR has no locale or ``value`` is no number
    (NaN)."""
    locale = babel_locale(tag)
    try:
        return locale.plural_form(value) if locale is not None else None
    except (ValueError, KeyError):
        return None


def _locale_data(tag: str, key: str) -> Mapping[str, Any]:
    """One kind of the data of the language's CLDR locale (:func:`babel_locale`), empty where CLDR has no locale."""
    locale = babel_locale(tag)
    return locale._data.get(key, {}) if locale is not None else {}


def unit_forms(tag: str, cldr_id: str) -> UnitForms:
    """The patterns of CLDR unit ``cldr_id`` in the language, every length; empty where CLDR gives none."""
    return unit_patterns(tag).get(cldr_id, {})


def counted_patterns(forms: UnitForms, lengths: tuple[str, ...] = ("long",)) -> Iterator[str]:
    """A unit's patterns of ``lengths`` for counts of it, in CLDR's order: the "per" pattern ("{0} per hour") names
    a rate, not the unit counted."""
    for length in lengths:
        for count, pattern in forms.get(length, {}).items():
            if count != "per":
                yield pattern


def after_figure(pattern: str) -> str:
    """What a pattern writes after its figure where the figure leads ("{0} km" → " km"), else ""."""
    return pattern[3:] if pattern.startswith("{0}") else ""


def pattern_name(pattern: str, first: bool = False) -> str:
    """The unit words of a CLDR pattern that puts the number first ("{0} Meilen" → "Meilen"), else "";
    with ``first``, of one that puts the number after the unit's first word ("maili {0} kwa saa" → "maili kwa
    saa")."""
    if first and not pattern.startswith("{0}"):
        words = pattern.replace("{0}", " ")  # "kilomita {0} kwa saa" names km/h by all its words
    elif not first and pattern.startswith("{0}"):
        words = after_figure(pattern)
    else:
        return ""
    return " ".join(words.replace("\u00a0", " ").replace("\u202f", " ").split())


def either_name(pattern: str) -> str:
    """The unit words of a CLDR pattern, on whichever side of the figure it writes them ("{0} kilomita",
    "kilomita {0}" → "kilomita")."""
    return pattern_name(pattern) or pattern_name(pattern, first=True)


def _symbols(tag: str) -> tuple[str, str]:
    """Decimal and grouping symbols: ICU's, or Babel's CLDR where the ICU build has no locale for the language.

    ICU ships a subset of CLDR's locales; for one it lacks (Bashkir) it answers with root's "." and ",", while
    Babel's fuller CLDR copy knows Bashkir writes "2,4" and "120 000".
    """
    if not _icu_has(tag):
        locale = babel_locale(tag)
        latn = dict(locale.number_symbols.get("latn", {})) if locale is not None else {}
        if latn.get("decimal") and latn.get("group"):
            return latn["decimal"], latn["group"]
    symbols = icu.DecimalFormatSymbols(icu.Locale(cldr_tag(tag)))
    return (
        symbols.getSymbol(icu.DecimalFormatSymbols.kDecimalSeparatorSymbol),
        symbols.getSymbol(icu.DecimalFormatSymbols.kGroupingSeparatorSymbol),
    )


@cache
def _icu_locales() -> frozenset[str]:
    return frozenset(str(locale).split("_")[0] for locale in icu.Locale.getAvailableLocales())


def _icu_has(tag: str) -> bool:
    """Whether this ICU build carries locale data of the language itself (not only root's)."""
    return cldr_tag(tag) in _icu_locales()


@cache
def script_runs_right_to_left(script: str) -> bool:
    """Whether a script's letters are right-to-left (Unicode bidi class R or AL): "Hebr", "Thaa", "Armi" yes."""
    try:
        letters = icu.UnicodeSet(f"[[:Script={script}:]&[:L:]]")
    except icu.ICUError:
        return False
    first = next(iter(letters), "")
    return bool(first) and unicodedata.bidirectional(first) in ("R", "AL")


@lru_cache(maxsize=4096)
def right_to_left(tag: str) -> bool:
    """Whether text tagged ``tag`` runs right to left, from its script (the tag's own or ICU's likely one).

    Read from the script, not a list of languages: "ku" (Kurmanji, Latin) and "az-Arab" differ as they should,
    and a language CLDR has no locale for ("arc") still gets its script's direction. A tag ICU rejects is
    left to right, as is anything that is no tag at all (a language tag is ASCII).
    """
    if not tag.isascii():
        return False
    try:
        script = icu.Locale.addLikelySubtags(icu.Locale.forLanguageTag(tag.replace("_", "-"))).getScript()
    except icu.ICUError:
        return False
    return bool(script) and script_runs_right_to_left(script)


@cache
def language(tag: str) -> Language:
    """Facts for a language tag; unknown languages get Latin-script defaults from ICU's root."""
    base = base_tag(tag)
    script = _script(base)
    quotes, alt = _quotes(base)
    decimal, group = _symbols(base)
    return Language(
        tag=base,
        name=english_name(base),
        script=script,
        rtl=script_runs_right_to_left(script),
        cased=script in _CASED_SCRIPTS,
        spaced=script not in _UNSPACED_SCRIPTS,
        quotes=quotes,
        alt_quotes=alt,
        decimal=decimal,
        group=group,
        straight_quotes_usual=base in _STRAIGHT_QUOTES_USUAL,
        quotes_inherited=quotes_inherited(base),
        units_first=_units_first(base),
    )


def quotes_inherited(tag: str) -> bool:
    """Whether the language's quotation marks are CLDR root's, inherited, for want of a locale of its own.

    The marks come from ICU's CLDR data. A language ICU carries no locale for (Hmong "hmn", Ilocano "ilo",
    Samoan "sm"; Bashkir, whose CLDR locale ICU leaves out) inherits root's, as CLDR's inheritance gives every
    locale without data (its parent chain ends there): “…”, and ‘…’ inside. Those are also the marks of the
    written languages of their likely countries (Ilocano's Philippines: Filipino, English; Hmong's China:
    Chinese), and no CLDR locale quotes with straight marks, so straight quotes are off the norm either way;
    which typographic pair is the language's own, though, is inferred, not recorded.
    """
    base = base_tag(tag)
    return not any(_icu_has(t) for t in (base, *(k for k, v in ALIASES.items() if v == base)))


@cache
def english_name(tag: str) -> str:
    """English display name of a language ("de" → "German"), or the tag if CLDR lacks it."""
    name = Locale("en").languages.get(cldr_tag(base_tag(tag)))
    return name or tag


def known(tag: str) -> bool:
    """True when CLDR has locale data for the language."""
    return babel_locale(base_tag(tag)) is not None


@lru_cache(maxsize=4)
def transliterator(spec: str) -> icu.Transliterator:
    """ICU's transform of ``spec`` ("Any-Latin; Latin-ASCII"), built once: the package's one maker of them."""
    return icu.Transliterator.createInstance(spec)


#: Signs ICU's transforms drop that write the same sound as another they read: Gurmukhi tippi is
#: the nasal bindi written over a short vowel ("ਪੰਜਾਬ", "Punjab"), which ICU leaves out.
_ICU_UNREAD = str.maketrans({"\u0a70": "\u0a02"})


#: Letters ICU reads by their old value: Malayalam doubled "റ" and "ന്റ" say "tt" and "nt" ("ഇന്റർനെറ്റ്",
#: "internet"), which ICU writes "rr" and "nr"; the same sounds written with "ട" read right.
_ICU_MISREAD = (("\u0d31\u0d4d\u0d31", "\u0d1f\u0d4d\u0d1f"), ("\u0d28\u0d4d\u0d31", "\u0d28\u0d4d\u0d1f"))


def to_latin(text: str) -> str:
    """Text in Latin letters without accents, by ICU's transforms ("Москва" → "Moskva").

    Letters ICU's Any-Latin leaves as they are are read by :func:`_read_unread`: Canadian syllabics, a Latin
    letter without an ASCII fold ("ɔ")."""
    text = text.translate(_ICU_UNREAD)
    for letters, sound in _ICU_MISREAD:
        text = text.replace(letters, sound)
    latin = transliterator("Any-Latin; Latin-ASCII").transliterate(text)
    return latin if latin.isascii() else _read_unread(latin, frozenset(text))


def _read_unread(latin: str, written: frozenset[str]) -> str:
    """ICU's Latin with the letters it left unread read otherwise: by ICU's transform of their script that
    Any-Latin does not route (:func:`_script_reader`: Canadian syllabics), then, for letters still unread, by their
    Unicode names (:func:`~mt_audit.languages.letters.read_by_names`) in their script's shape: a syllable by the
    sound its name spells ("ᕙ", CANADIAN SYLLABICS FA: "fa"), a script ICU has no transform for as its names show
    (Tifinagh, Tibetan), and a Latin letter of the text (``written``) by its base letter ("ɔ", LATIN SMALL LETTER
    OPEN O: "o"). A Latin letter ICU wrote itself stays: it shows its reading of another script is approximate
    (Ethiopic "bǝʾalǝvik")."""
    scripts = {icu_script(c) for c in latin if c.isalpha() and not c.isascii()}
    for code, name in sorted(scripts):
        reader = _script_reader(code, name) if code not in ("", "Latn", "Zyyy") else None
        if reader is not None:
            latin = "".join(_bare_vowel(c, code, name) for c in latin)
            latin = transliterator("Latin-ASCII").transliterate(reader.transliterate(latin))
    latin = read_by_names(latin, Shape.SYLLABARY)
    if not latin.isascii():
        latin = read_by_names(latin)
    return read_by_names(latin, Shape.ALPHABET, among=written)


@lru_cache(maxsize=4096)
def _bare_vowel(char: str, code: str, name: str) -> str:
    """A vowel's letter that ICU's transform of its script (``code``, ``name``: see :func:`_script_reader`) reads with
    an "h" its Unicode name lacks ("ᐊ", CANADIAN SYLLABICS A, is "ha" in ICU's Canadian syllabics): the vowel its name
    gives; any other letter as it is."""
    reader = _script_reader(code, name)
    if reader is None or char.isascii() or not char.isalpha():
        return char
    sound = read_by_names(char, Shape.SYLLABARY)
    read = transliterator("Latin-ASCII").transliterate(reader.transliterate(char))
    return sound if sound != char and read == "h" + sound else char


@lru_cache(maxsize=4096)
def icu_script(char: str) -> tuple[str, str]:
    """A character's script by ICU: its ISO 15924 code and its name ("ᐊ" → ("Cans", "Canadian_Aboriginal"))."""
    script = icu.Script.getScript(ord(char))
    return script.getShortName(), script.getName()


@cache
def _script_reader(code: str, name: str) -> icu.Transliterator | None:
    """ICU's transform from the script (ISO 15924 ``code``, ICU's ``name``) to Latin, which Any-Latin may not use:
    one registered as from the script ("CanadianAboriginal-Latin"), or the reverse of one registered only to it
    ("Latin-X"); None where ICU has neither."""
    names = {code.lower(), name.replace("_", "").lower()}
    ids = sorted(icu.Transliterator.getAvailableIDs())
    for tid in ids:
        src, _, dst = tid.partition("-")
        if dst == "Latin" and src.lower() in names:
            return icu.Transliterator.createInstance(tid)
    for tid in ids:
        src, _, dst = tid.partition("-")
        if src == "Latin" and dst.lower() in names:
            return icu.Transliterator.createInstance(tid, icu.UTransDirection.REVERSE)
    return _spoken_reader(code, ids)


def _spoken_reader(code: str, ids: list[str]) -> icu.Transliterator | None:
    """ICU's transform of the script's CLDR likely language from its letters to their sound ("chr-chr_FONIPA":
    Cherokee "ᏔᏂ" → "tani"), then to plain Latin; None where ICU has none. Any-Latin routes no such transform.
    A syllabary's or an alphabet's letter is its sound; an abugida's (a script with vowel signs: Sinhala) is read
    by its letters' names as an abugida (:func:`~mt_audit.languages.letters.read_by_names`) where a check needs it,
    its IPA being no spelling a name keeps."""
    lang = script_language(code)
    spoken = f"{lang}-{lang}_FONIPA"
    if lang is None or spoken not in ids or has_vowel_signs(_unicode_script_name(code)):
        return None
    return icu.Transliterator.createInstance(f"{spoken}; Any-Latin; Latin-ASCII; [:Lm:] Any-Latin; [:Lm:] Remove")


def heard_latin(text: str) -> str:
    """:func:`to_latin`, with the letters of a script ICU's Any-Latin leaves as they are written in Latin letters by
    ICU's transform of that script to its sound (Ol Chiki "ᱠᱤᱞᱚᱜᱽᱨᱟᱢ" → "kilɔgram", by ``sat_Olck-sat_FONIPA``):
    what a loan sounds like, where no spelling in Latin letters is defined. Scripts Any-Latin does not route at all
    (Canadian syllabics "ᒪᐃᓪᓂᒃ" → "mailnik") :func:`to_latin` already reads by ICU's own transform of the script."""
    latin = to_latin(text)
    unread = {c for c in latin if c.isalpha() and not c.isascii() and unicodedata.category(c) == "Lo"}
    for code in sorted({icu_script(c)[0] for c in unread} - {""}):
        sound = _sound_transform(code)
        if sound is not None:
            latin = to_latin(sound.transliterate(latin))
    return latin


@cache
def _sound_transform(code: str) -> icu.Transliterator | None:
    """ICU's transform from the script of ISO 15924 ``code`` to a language's sound in IPA ("sat_Olck-sat_FONIPA"),
    or None where ICU has none."""
    ids = sorted(i for i in icu.Transliterator.getAvailableIDs() if f"_{code}-" in i and i.endswith("_FONIPA"))
    return transliterator(ids[0]) if ids else None


def script_code(text: str) -> str:
    """The ISO 15924 code of the script most letters and marks of ``text`` are written in, by ICU ("" without any):
    Hiragana, Katakana and Han count as one ("Jpan"), Hangul with Han as Korean's ("Kore")."""
    counts = Counter(filter(None, map(written_script, text)))
    return counts.most_common(1)[0][0] if counts else ""


def written_script(char: str) -> str:
    """The ISO 15924 code :func:`script_code` counts a character under: its script's, joined as a language writes
    several ("ひ" → "Jpan"); "" for one neither a letter nor a mark (:func:`_written`), or of no one script."""
    if not _written(char):
        return ""
    code = icu_script(char)[0]
    code = _JOINT_SCRIPTS.get(code, code)
    return "" if code in _NO_SCRIPT else code


def _written(char: str) -> bool:
    """A letter or a mark: an abugida writes most of a word in vowel signs and killers ("ကုမ္ပဏီ" has three
    letters and four marks), which a count of letters alone weighs below a Latin brand name beside it."""
    return char.isalpha() or unicodedata.category(char).startswith("M")


#: ICU's codes for letters of no one script: common, inherited, unknown.
_NO_SCRIPT = frozenset({"Zyyy", "Zinh", "Zzzz"})


#: Scripts ISO 15924 joins for a language written in several: Japanese ("Jpan": Han and the kana) and Korean.
_JOINT_SCRIPTS = {"Hira": "Jpan", "Kana": "Jpan", "Hani": "Jpan", "Hang": "Kore"}


@cache
def script_language(code: str) -> str | None:
    """CLDR's likely language of a script (ISO 15924 "Mymr" → "my", "Cans" → "iu", "Tfng" → "zgh"), by ICU's
    likely subtags; None where CLDR names none (or only a language of another script, as for "Zzzz")."""
    likely = icu.Locale.addLikelySubtags(icu.Locale(f"und-{code}"))
    lang = likely.getLanguage()
    return lang if lang and lang != "und" and likely.getScript() in (code, *_joined(code)) else None


def _joined(code: str) -> tuple[str, ...]:
    """The ISO 15924 codes a joint script stands for ("Jpan": "Hani", "Hira", "Kana")."""
    return tuple(k for k, v in _JOINT_SCRIPTS.items() if v == code)


@cache
def language_scripts(tag: str) -> frozenset[str]:
    """The scripts of the letters CLDR lists as the language's own (its exemplar set), joined as
    :func:`script_code` joins them: Japanese "Jpan", Serbian "Cyrl", Hindi "Deva"."""
    return frozenset(script_code(c) for c in _standard_letters(tag)) - {""}


def script_of(char: str) -> str:
    """Unicode script name of a letter, from its character name ("Ж" → "CYRILLIC")."""
    try:
        name = unicodedata.name(char)
    except ValueError:
        return ""
    first = name.split(" ")[0]
    return "CJK" if first in ("HIRAGANA", "KATAKANA", "IDEOGRAPHIC", "HALFWIDTH") else first


def in_script(word: str, tag: str) -> bool:
    """True when every letter of ``word`` is in the language's own script."""
    wanted = language(tag).script_name
    letters = [char for char in word if char.isalpha()]
    return bool(letters) and all(script_of(char) == wanted for char in letters)


@cache
def capitalises_nouns(tag: str) -> bool:
    """True when the language writes every noun with a capital (German, Luxembourgish).

    Derived from CLDR: the long names of the units "hours" and "days" are
    common nouns, so they begin with a capital only in such a language
    ("3 Stunden", "3 Stonnen"; not "3 heures"). A capital there is no evidence
    of a proper name.
    """
    from babel.units import format_unit

    locale = babel_locale(base_tag(tag))
    if locale is None or not language(tag).cased:
        return False
    # Every word of the names, not only the first: a capitalised quantifier before a lower-case noun
    # (Igbo "3 Ọtụtụ awa") is no capitalised noun.
    units = ("duration-hour", "duration-day", "duration-week")
    words = [w for u in units for w in format_unit(3, u, length="long", locale=locale).split() if w[:1].isalpha()]
    return bool(words) and all(w[:1].isupper() for w in words)


@lru_cache(maxsize=512)
def transliterates(tag: str) -> bool:
    """True when ICU's transforms write the language's own letters in Latin ones.

    Proved on the language's CLDR exemplar letters rather than assumed from a
    script list: Khmer, Lao and Sinhala, for instance, have no ICU transform.
    """
    written = _exemplars_in_latin(base_tag(tag))
    return written is None or (bool(written) and sum(c.isascii() for c in written) >= 0.9 * len(written))


@cache
def _exemplars_in_latin(base: str) -> str | None:
    """The letters ICU's transforms write for the language's first 60 CLDR exemplar letters (None: Latin already).

    Letters alone: a digraph of the set ("гӏ", Chechen) repeats a mark of one letter ICU may not write, each time."""
    if language(base).latin:
        return None
    single = exemplar_letters(base, letters_only=True)
    return "".join(c for c in to_latin(single) if c.isalpha())


@cache
def _exemplar_items(tag: str) -> tuple[str, ...]:
    """The items of the language's CLDR standard exemplar set (ICU), letters and digraphs, in ICU's order."""
    data = icu.LocaleData(cldr_tag(base_tag(tag)))
    return tuple(data.getExemplarSet(0, icu.ULocaleDataExemplarSetType.ES_STANDARD))


@cache
def exemplar_letters(tag: str, limit: int = 60, letters_only: bool = False) -> str:
    """The first ``limit`` letters of the language's CLDR exemplar set (ICU), in ICU's order; with
    ``letters_only``, its single letters, not its digraphs."""
    letters = [c for c in _exemplar_items(tag) if c.isalpha() and (len(c) == 1 or not letters_only)]
    return "".join(letters[:limit])


@cache
def _standard_letters(tag: str) -> frozenset[str]:
    """Every letter of the language's CLDR standard exemplar set, lower-cased (empty where CLDR has none)."""
    items = _exemplar_items(tag)
    return frozenset(c for item in items for c in unicodedata.normalize("NFC", item).lower() if c.isalpha())


def outside_alphabet(word: str, tag: str) -> bool:
    """Whether ``word`` holds a letter of its script that the language's own alphabet lacks (CLDR's standard exemplar
    set: Hawaiian writes no "f", "r" or "v"): it is no word the language spells as its own, whatever lists it lacks.
    False where CLDR lists no letters of the word's script for the language."""
    own = _standard_letters(tag)
    letters = [c for c in unicodedata.normalize("NFC", word).lower() if c.isalpha()]
    if not letters or not own:
        return False
    script = script_of(letters[0])
    if not any(script_of(c) == script for c in own):
        return False
    return any(c not in own for c in letters)


#: Scripts whose letter for "w" also writes "v" (Arabic "و", Hebrew "ו": "راون" for "Ravn"; Thai "ว", a
#: language without "v": "นาวาร์โร" for "Navarro"), so a consonant between vowels there is heard as either.
W_WRITES_V = frozenset({"ARABIC", "HEBREW", "THAI"})


@cache
def scripts(tag: str) -> frozenset[str]:
    """Unicode script names the language is written in: its default and every script CLDR has a locale for.

    Serbian is written in Cyrillic and Latin ("sr_Latn"), Uzbek in Latin,
    Cyrillic and Arabic; an article in either script is in its own script.
    """
    from babel.localedata import locale_identifiers

    base = base_tag(tag)
    found = {language(base).script_name}
    for ident in locale_identifiers():
        parts = ident.split("_")
        if parts[0] == (cldr_tag(base)) and len(parts) > 1 and len(parts[1]) == 4:
            found.add(script_name(parts[1]))
    return frozenset(found)


@cache
def writes_in_latin(tag: str) -> bool:
    """True when ICU's transforms write the language's own letters as Latin letters, accented or not.

    Looser than :func:`transliterates`, which wants plain ASCII: ICU writes Ethiopic
    "ግሪን" as "gǝrin", whose schwa is a Latin letter, so Amharic names can still be
    compared by sound. Khmer, Lao and Sinhala letters stay as they are.
    """
    written = _exemplars_in_latin(base_tag(tag))
    return written is None or (bool(written) and sum(script_of(c) == "LATIN" for c in written) >= 0.9 * len(written))
