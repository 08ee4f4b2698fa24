"""What a language is: the one home for language facts, read from CLDR and ICU.

Every check asks this module, never a private table, for a language's script,
direction, casing, quotation marks, number symbols, spelled-out numbers, the
names it gives to languages and territories, and how its names read in Latin
letters. The facts come from ICU (PyICU, ``pyicu-wheels``) and CLDR (Babel),
so a language the team never tested gets the same knowledge as one it did.

Where CLDR records a formal norm that writers do not follow online, the
*digital norm* is recorded here too (``straight_quotes_usual``), with why.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import icu
from babel import Locale, UnknownLocaleError

#: Languages the product claims: the web's and MT's most used. Each must be
#: known to ICU and CLDR; ``mt-audit checks --langs`` prints what works in each.
CLAIMED: tuple[str, ...] = tuple(
    "ar bg bn ca cs da de el es et fa fi fr he hi hr hu id it ja ko lt lv ms nl no pl pt ro ru sk sl sr sv sw"
    " ta th tl tr uk ur vi zh".split()
)

#: Tags that name the same written language as another base tag.
ALIASES = {"nb": "no", "nn": "no", "iw": "he", "in": "id", "fil": "tl", "zh-hans": "zh", "zh-hant": "zh"}

#: ISO 15924 script code → Unicode script name used in character names.
_SCRIPT_NAMES = {
    "Latn": "LATIN",
    "Cyrl": "CYRILLIC",
    "Grek": "GREEK",
    "Arab": "ARABIC",
    "Hebr": "HEBREW",
    "Deva": "DEVANAGARI",
    "Beng": "BENGALI",
    "Taml": "TAMIL",
    "Telu": "TELUGU",
    "Knda": "KANNADA",
    "Mlym": "MALAYALAM",
    "Gujr": "GUJARATI",
    "Guru": "GURMUKHI",
    "Orya": "ORIYA",
    "Sinh": "SINHALA",
    "Thai": "THAI",
    "Laoo": "LAO",
    "Khmr": "KHMER",
    "Mymr": "MYANMAR",
    "Geor": "GEORGIAN",
    "Armn": "ARMENIAN",
    "Ethi": "ETHIOPIC",
    "Hang": "HANGUL",
    "Kore": "HANGUL",
    "Hans": "CJK",
    "Hant": "CJK",
    "Jpan": "CJK",
}

#: Scripts with upper and lower case (Unicode case pairs): capitals carry
#: information about names only in these.
_CASED_SCRIPTS = frozenset({"Latn", "Cyrl", "Grek", "Armn"})

#: Scripts written without spaces between words (word boundaries need ICU).
_UNSPACED_SCRIPTS = frozenset({"Hans", "Hant", "Jpan", "Thai", "Laoo", "Khmr", "Mymr"})

#: Digital norm for quotation marks. CLDR gives the typographic standard; in
#: these languages straight quotes are the everyday norm of careful online
#: writing (Hebrew keyboards type the gershayim-like " and writers use it for
#: quotes; Turkish and Indonesian news sites mostly print straight quotes),
#: so straight quotes there are not a machine-translation scar.
_STRAIGHT_QUOTES_USUAL = frozenset({"he", "tr", "id", "ms", "en", "vi", "tl", "sw"})


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

    @property
    def script_name(self) -> str:
        """Unicode script name as it appears in character names ("CYRILLIC")."""
        return _SCRIPT_NAMES.get(self.script, self.script.upper())

    @property
    def latin(self) -> bool:
        return self.script == "Latn"

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


def _babel(tag: str) -> Locale | None:
    try:
        return Locale.parse(tag if tag != "no" else "nb")
    except (UnknownLocaleError, ValueError):
        return None


def _script(tag: str) -> str:
    locale = icu.Locale(tag if tag != "no" else "nb")
    return icu.Locale.addLikelySubtags(locale).getScript() or "Latn"


def _quotes(tag: str) -> tuple[tuple[str, str], tuple[str, str]]:
    data = icu.LocaleData(tag if tag != "no" else "nb")
    kinds = icu.ULocaleDataDelimiterType
    marks = [
        data.getDelimiter(getattr(kinds, name))
        for name in ("QUOTATION_START", "QUOTATION_END", "ALT_QUOTATION_START", "ALT_QUOTATION_END")
    ]
    return (marks[0], marks[1]), (marks[2], marks[3])


def _symbols(tag: str) -> tuple[str, str]:
    symbols = icu.DecimalFormatSymbols(icu.Locale(tag if tag != "no" else "nb"))
    return (
        symbols.getSymbol(icu.DecimalFormatSymbols.kDecimalSeparatorSymbol),
        symbols.getSymbol(icu.DecimalFormatSymbols.kGroupingSeparatorSymbol),
    )


@lru_cache(maxsize=None)
def language(tag: str) -> Language:
    """Facts for a language tag; unknown languages get Latin-script defaults from ICU's root."""
    base = base_tag(tag)
    script = _script(base)
    locale = _babel(base)
    quotes, alt = _quotes(base)
    decimal, group = _symbols(base)
    return Language(
        tag=base,
        name=english_name(base),
        script=script,
        rtl=bool(locale and locale.character_order == "right-to-left"),
        cased=script in _CASED_SCRIPTS,
        spaced=script not in _UNSPACED_SCRIPTS,
        quotes=quotes,
        alt_quotes=alt,
        decimal=decimal,
        group=group,
        straight_quotes_usual=base in _STRAIGHT_QUOTES_USUAL,
    )


@lru_cache(maxsize=None)
def english_name(tag: str) -> str:
    """English display name of a language ("de" → "German"), or the tag if CLDR lacks it."""
    name = Locale("en").languages.get(base_tag(tag) if base_tag(tag) != "no" else "nb")
    return name or tag


def known(tag: str) -> bool:
    """True when CLDR has locale data for the language."""
    return _babel(base_tag(tag)) is not None


@lru_cache(maxsize=None)
def _spellout(tag: str) -> icu.RuleBasedNumberFormat | None:
    base = base_tag(tag)
    locale = icu.Locale(base if base != "no" else "nb")
    formatter = icu.RuleBasedNumberFormat(icu.URBNFRuleSetTag.SPELLOUT, locale)
    rule_sets = [formatter.getRuleSetName(i) for i in range(formatter.getNumberOfRuleSetNames())]
    if not rule_sets or formatter.getLocale(icu.ULocDataLocaleType.ACTUAL_LOCALE).getLanguage() in ("", "root"):
        return None
    formatter.setLenient(True)
    return formatter


def parse_spelled(tag: str, words: str) -> float | None:
    """Value of a spelled-out number in the language ("dreiundzwanzig" → 23), by ICU's RBNF.

    Only a parse that consumes the whole text counts, so "drei Tage" is not 3.
    """
    formatter = _spellout(tag)
    text = words.strip()
    if formatter is None or not text:
        return None
    position = icu.ParsePosition(0)
    try:
        value = formatter.parse(text, position)
    except icu.ICUError:
        return None
    if position.getIndex() != len(text):
        return None
    number = value.getDouble()
    return number if number == number else None


def spell(tag: str, value: float) -> str | None:
    """The language's words for a number (23 → "dreiundzwanzig"), soft hyphens removed."""
    formatter = _spellout(tag)
    if formatter is None:
        return None
    return formatter.format(value).replace("\u00ad", "")


def spells_numbers(tag: str) -> bool:
    """True when ICU has spell-out rules for the language."""
    return _spellout(tag) is not None


@lru_cache(maxsize=None)
def territory_names(tag: str) -> dict[str, str]:
    """Region code → the language's name for it ("DE" → "Deutschland" in German)."""
    locale = _babel(base_tag(tag))
    return dict(locale.territories) if locale else {}


@lru_cache(maxsize=None)
def language_names(tag: str) -> dict[str, str]:
    """Language code → the language's name for it ("en" → "Englisch" in German)."""
    locale = _babel(base_tag(tag))
    return dict(locale.languages) if locale else {}


@lru_cache(maxsize=None)
def exonyms(tag: str) -> dict[str, frozenset[str]]:
    """English names of countries and languages → the language's own names for them.

    "Germany" → {"Deutschland"} in German, {"Allemagne"} in French; lets the
    entity checks accept a place or language written in its target-language form.
    """
    english_t, english_l = territory_names("en"), language_names("en")
    local_t, local_l = territory_names(tag), language_names(tag)
    pairs: dict[str, set[str]] = {}
    for english, local in ((english_t, local_t), (english_l, local_l)):
        for code, name in english.items():
            if code in local and local[code] != name:
                pairs.setdefault(name, set()).add(local[code])
    return {name: frozenset(forms) for name, forms in pairs.items()}


@lru_cache(maxsize=4)
def _transliterator(spec: str) -> icu.Transliterator:
    return icu.Transliterator.createInstance(spec)


def to_latin(text: str) -> str:
    """Text in Latin letters without accents, by ICU's transforms ("Москва" → "Moskva")."""
    return _transliterator("Any-Latin; Latin-ASCII").transliterate(text)


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
