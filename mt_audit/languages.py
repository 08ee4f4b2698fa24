"""What a language is: the one home for language facts, read from CLDR and ICU.

Every check asks this module, never a private table, for a language's script,
direction, casing, quotation marks, number symbols, spelled-out numbers, the
names it gives to languages and territories, and how its names read in Latin
letters. The facts come from ICU (PyICU, ``pyicu-wheels``) and CLDR (Babel),
so a language the team never tested gets the same knowledge as one it did.

Where CLDR records a formal norm that writers do not follow online, the
*digital norm* is recorded here too (``straight_quotes_usual``), with why.

Quotation marks, language by language. Straight quotes are the everyday norm of
careful online writing in Hebrew, Turkish, Indonesian, Malay, Vietnamese,
Tagalog, Swahili, Korean and English (``_STRAIGHT_QUOTES_USUAL``): checks leave
them alone there. Korean follows English practice: the National Institute of
the Korean Language prints “…”, but Korean web pages, even those teaching that
rule, type the keyboard's "…" (and '…' for ‘…’). Everywhere else CLDR's marks
are taken as the norm and straight quotes are flagged: „…“ German, Czech,
Slovak, Slovenian, Croatian, Bulgarian, Lithuanian, Estonian; „…” Polish, Romanian, Hungarian, Serbian; «…» French,
Russian, Ukrainian, Italian, Greek, Catalan, Norwegian, Persian; “…” Spanish,
Portuguese, Danish, Latvian, Hindi, Bengali, Tamil, Thai, Chinese; ”…”
Swedish, Finnish; ‘…’ Dutch; 「…」 Japanese; ”…“ Arabic, Urdu. Straight quotes
are common in some of these too: of FLORES's professional translations (100
sentences per language, DEMETR's ``src_sent``) straight quotes appear in 15
Russian, 10 German, 10 Spanish, 7 Italian, 7 Hindi, 6 Czech, 1 Polish and 0
French sentences, curly ones in 0, 5, 10, 0, 2, 2, 18 and 5. There they are
a house style the reader may accept, so the punctuation check reports a text
that uses them throughout once, and each one only beside the language's own
marks. Professional German raters of MT (WMT21 TED MQM) marked straight
quotes in 2 of 14 segments: evidence enough to keep that finding to one.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import icu
from babel import Locale, UnknownLocaleError

#: Languages the product claims: the web's and MT's most used. Each must be
#: known to ICU and CLDR; ``mt-audit checks --langs`` prints what works in each.
CLAIMED: tuple[str, ...] = tuple(
    "af am ar as az be bg bn bs ca cs cy da de el es et eu fa fi fr ga gl gu ha he hi hr hu hy id is it ja jv ka"
    " kk km kn ko ky lb lo lt lv mk ml mn mr ms mt my ne nl no or pa pl ps pt ro ru si sk sl so sq sr sv sw ta te"
    " tg th tl tr uk ur uz vi yo zh zu".split()
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
    #: Units are written before their number ("kilomita 3", Swahili and Hausa): most CLDR unit patterns say so.
    units_first: bool = False

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


def _units_first(locale: Locale | None) -> bool:
    """Whether most of the language's CLDR unit patterns put the unit's name before the number ("{0}" last)."""
    patterns = locale._data.get("unit_patterns", {}) if locale is not None else {}
    first = last = 0
    for forms in patterns.values():
        for count, pattern in forms.get("long", {}).items():
            if count == "per" or "{0}" not in pattern:
                continue
            first += not pattern.lstrip().startswith("{0}")
            last += pattern.lstrip().startswith("{0}")
    return first > last


def _symbols(tag: str) -> tuple[str, str]:
    symbols = icu.DecimalFormatSymbols(icu.Locale(tag if tag != "no" else "nb"))
    return (
        symbols.getSymbol(icu.DecimalFormatSymbols.kDecimalSeparatorSymbol),
        symbols.getSymbol(icu.DecimalFormatSymbols.kGroupingSeparatorSymbol),
    )


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
    left to right.
    """
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
    locale = _babel(base)
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
        units_first=_units_first(locale),
    )


@cache
def english_name(tag: str) -> str:
    """English display name of a language ("de" → "German"), or the tag if CLDR lacks it."""
    name = Locale("en").languages.get(base_tag(tag) if base_tag(tag) != "no" else "nb")
    return name or tag


def known(tag: str) -> bool:
    """True when CLDR has locale data for the language."""
    return _babel(base_tag(tag)) is not None


@cache
def _spellout(tag: str) -> icu.RuleBasedNumberFormat | None:
    base = base_tag(tag)
    locale = icu.Locale(base if base != "no" else "nb")
    formatter = icu.RuleBasedNumberFormat(icu.URBNFRuleSetTag.SPELLOUT, locale)
    rule_sets = [formatter.getRuleSetName(i) for i in range(formatter.getNumberOfRuleSetNames())]
    # ICU falls back to English rules (bn, tl, ur) or to root where it has none of its own.
    actual = formatter.getLocale(icu.ULocDataLocaleType.ACTUAL_LOCALE).getLanguage()
    if not rule_sets or actual != locale.getLanguage():
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
        value = None
    if value is None or position.getIndex() != len(text):
        return _spelled_below_thousand(base_tag(tag)).get(text.lower())
    number = value.getDouble()
    if number != number:
        return None
    if number >= PARSE_CHECKED_FROM and _spelling_key(formatter.format(number)) != _spelling_key(text):
        return None  # ICU's Irish rules read "dhá mhíle" (2000) as 11000: a large reading must spell back
    return number


#: From this value on, ICU's reading of words must spell back to them (forms of small numbers vary by
#: gender and case, as in Hebrew, and read right; large ones are written as ICU writes them).
PARSE_CHECKED_FROM = 1000


def _spelling_key(words: str) -> str:
    """A spelled number without case, spaces, dashes and invisible marks: "Vingt et un" is "vingt-et-un",
    Thai "สองล้าน" is ICU's "สอง\u200bล้าน"."""
    return "".join(ch for ch in words.lower() if unicodedata.category(ch) not in ("Zs", "Cf", "Pd"))


@cache
def _spelled_below_thousand(base: str) -> dict[str, float]:
    """ICU's own words for 0-999, read backwards: some rule sets format numbers they cannot parse as written
    (Georgian "ასერთი", 101, parses only with the soft hyphen ICU puts inside it)."""
    formatter = _spellout(base)
    if formatter is None:
        return {}
    return {formatter.format(n).replace("\u00ad", "").lower(): float(n) for n in range(1000)}


def spell(tag: str, value: float) -> str | None:
    """The language's words for a number (23 → "dreiundzwanzig"), soft hyphens removed."""
    formatter = _spellout(tag)
    if formatter is None:
        return None
    return formatter.format(value).replace("\u00ad", "")


def spells_numbers(tag: str) -> bool:
    """True when ICU has spell-out rules for the language."""
    return _spellout(tag) is not None


@cache
def territory_names(tag: str) -> dict[str, str]:
    """Region code → the language's name for it ("DE" → "Deutschland" in German)."""
    locale = _babel(base_tag(tag))
    return dict(locale.territories) if locale else {}


@cache
def language_names(tag: str) -> dict[str, str]:
    """Language code → the language's name for it ("en" → "Englisch" in German)."""
    locale = _babel(base_tag(tag))
    return dict(locale.languages) if locale else {}


@cache
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


#: Signs ICU's transforms drop that write the same sound as another they read: Gurmukhi tippi is
#: the nasal bindi written over a short vowel ("ਪੰਜਾਬ", "Punjab"), which ICU leaves out.
_ICU_UNREAD = str.maketrans({"\u0a70": "\u0a02"})
#: Letters ICU reads by their old value: Malayalam doubled "റ" and "ന്റ" say "tt" and "nt" ("ഇന്റർനെറ്റ്",
#: "internet"), which ICU writes "rr" and "nr"; the same sounds written with "ട" read right.
_ICU_MISREAD = (("\u0d31\u0d4d\u0d31", "\u0d1f\u0d4d\u0d1f"), ("\u0d28\u0d4d\u0d31", "\u0d28\u0d4d\u0d1f"))


def to_latin(text: str) -> str:
    """Text in Latin letters without accents, by ICU's transforms ("Москва" → "Moskva")."""
    text = text.translate(_ICU_UNREAD)
    for letters, sound in _ICU_MISREAD:
        text = text.replace(letters, sound)
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


@cache
def capitalises_nouns(tag: str) -> bool:
    """True when the language writes every noun with a capital (German, Luxembourgish).

    Derived from CLDR: the long names of the units "hours" and "days" are
    common nouns, so they begin with a capital only in such a language
    ("3 Stunden", "3 Stonnen"; not "3 heures"). A capital there is no evidence
    of a proper name.
    """
    from babel.units import format_unit

    locale = _babel(base_tag(tag))
    if locale is None or not language(tag).cased:
        return False
    words = [format_unit(3, unit, length="long", locale=locale) for unit in ("duration-hour", "duration-day")]
    firsts = [next((w for w in text.split() if w[:1].isalpha()), "") for text in words]
    return all(w[:1].isupper() for w in firsts)


@cache
def calendar_words(tag: str, abbreviated: bool = True) -> frozenset[str]:
    """The language's month and day names (and their abbreviations), lower-cased, without a final dot.

    From CLDR's Gregorian calendar. Languages that capitalise them (English,
    German, Indonesian, Turkish) would otherwise have dates read as names.
    """
    locale = _babel(base_tag(tag))
    if locale is None:
        return frozenset()
    out: set[str] = set()
    widths = ("wide", "abbreviated") if abbreviated else ("wide",)
    for table in (locale.months, locale.days):
        for context in ("format", "stand-alone"):
            for width in widths:
                names = table.get(context, {}).get(width, {})
                out.update(str(v).lower().rstrip(".") for v in names.values())
    return frozenset(w for w in out if len(w) >= 3)


#: Languages whose case endings attach to names without an apostrophe or a hyphen
#: ("Netflixa", "Googlem", "Teslan"). CLDR's grammatical-case data is not shipped by
#: Babel or ICU, so this fact is recorded here from the languages' grammars.
_INFLECTS_NAMES = frozenset(
    "pl cs sk sl hr sr bs uk ru be bg mk lt lv et fi hu tr az uz kk ky tk eu is ga la el ro sq hy ka id ms "
    "de sv no da".split()
)


def inflects_names(tag: str) -> bool:
    """True when the language adds case or derivational endings to names ("Netflixa", "Teslan")."""
    return base_tag(tag) in _INFLECTS_NAMES


#: Words a language writes joined to the front of the next word, as slots in their fixed order, each
#: slot holding alternatives (one at most is used), from the languages' grammars; CLDR has no such
#: data. Names take them like any word: "بلندن" ("in London"), "ולונדון" ("and London").
#: Arabic: a conjunction (و "and", ف "so"), a preposition (ب "in, with", ك "like", ل "for"), the
#: article ال; Persian and Urdu write all of these apart ("به لندن", "لندن میں") and have none.
#: Hebrew, the letters of "משה וכלב": the conjunction ו, the subordinator ש or כש ("when"), a
#: preposition ב כ ל מ, the article ה ("וכשבלונדון", "and when in London"). No other claimed
#: language joins such words to a name in its standard spelling.
_PROCLITIC_SLOTS: dict[str, tuple[tuple[str, ...], ...]] = {
    "ar": (("و", "ف"), ("ب", "ك", "ل"), ("ال",)),
    "he": (("ו",), ("ש", "כש"), ("ב", "כ", "ל", "מ"), ("ה",)),
}

#: How two joined proclitics are spelt: Arabic ل before the article drops its alif ("لل", not "لال");
#: Hebrew ב כ ל absorb the article ה, written in their vowel alone ("בבית" is "in the house").
_PROCLITIC_JOINS: dict[str, dict[str, str]] = {
    "ar": {"لال": "لل"},
    "he": {"בה": "ב", "כה": "כ", "לה": "ל"},
}


@cache
def proclitics(tag: str) -> tuple[str, ...]:
    """Prefixes the language writes joined to the next word, alone or combined, longest first.

    Names take them as any word does ("بلندن", "ולונדון"), so a name compared with its source
    must be looked for with them taken off. Empty where the language writes them apart.
    """
    base = base_tag(tag)
    forms = {""}
    for slot in _PROCLITIC_SLOTS.get(base, ()):
        forms |= {f + p for f in forms for p in slot}
    joins = _PROCLITIC_JOINS.get(base, {})
    for joined, written in joins.items():
        forms = {f.replace(joined, written) for f in forms}
    return tuple(sorted(forms - {""}, key=lambda f: (-len(f), f)))


@lru_cache(maxsize=512)
def transliterates(tag: str) -> bool:
    """True when ICU's transforms write the language's own letters in Latin ones.

    Proved on the language's CLDR exemplar letters rather than assumed from a
    script list: Khmer, Lao and Sinhala, for instance, have no ICU transform.
    """
    base = base_tag(tag)
    if language(base).latin:
        return True
    data = icu.LocaleData(base if base != "no" else "nb")
    letters = [c for c in data.getExemplarSet(0, icu.ULocaleDataExemplarSetType.ES_STANDARD) if c.isalpha()][:60]
    written = [c for c in to_latin("".join(letters)) if c.isalpha()]
    return bool(written) and sum(c.isascii() for c in written) >= 0.9 * len(written)


# --------------------------------------------------------------------------- punctuation facts

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


@cache
def punctuation_marks(tag: str) -> frozenset[str]:
    """The punctuation CLDR's exemplar set lists for the language (via ICU), plus documented additions.

    Tells a check which marks the language writes at all: Greek lists ";" but no "?",
    Arabic "،" but no ",", Hindi the danda "।". Empty for a language CLDR does not know.
    """
    base = base_tag(tag)
    if not known(base):
        return frozenset()
    data = icu.LocaleData(base if base != "no" else "nb")
    marks = set(data.getExemplarSet(0, 3))  # ULOCDATA_ES_PUNCTUATION, not exposed by PyICU
    return frozenset(marks | set(_EXTRA_PUNCTUATION.get(base, "")))


def inverted_marks(tag: str) -> bool:
    """True where a question or exclamation must open with ¿ or ¡ (Spanish)."""
    return base_tag(tag) in _INVERTED_MARKS


def spaced_high_punctuation(tag: str) -> bool:
    """True where ; : ! ? » take a space before them and « one after (French)."""
    return base_tag(tag) in _SPACED_HIGH_PUNCTUATION


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
def percent_first(tag: str) -> bool:
    """True when CLDR's percent pattern puts the sign before the number (Turkish "%5")."""
    locale = _babel(base_tag(tag))
    pattern = locale.percent_formats.get(None) if locale else None
    return bool(pattern) and str(pattern.pattern).lstrip("\u200e\u200f\u061c").startswith("%")


@cache
def city_names(tag: str) -> dict[str, str]:
    """English names of major cities → the language's names for them ("Vienna" → "Wien" in German).

    From CLDR's exemplar cities of time zones (about 450 cities, each named in
    the languages that name it their own way), so the entity checks accept
    "Wiedeń", "Bécs" or "Вена" for "Vienna".
    """
    from babel.core import get_global

    locale = _babel(base_tag(tag))
    english = _babel("en")
    if locale is None or english is None:
        return {}
    out: dict[str, str] = {}
    for zone in get_global("zone_territories"):
        local = locale.time_zones.get(zone, {}).get("city")
        name = english.time_zones.get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        if local and local != name:
            out[name] = local
    return out


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
        if parts[0] == (base if base != "no" else "nb") and len(parts) > 1 and len(parts[1]) == 4:
            found.add(_SCRIPT_NAMES.get(parts[1], parts[1].upper()))
    return frozenset(found)


@cache
def weekday_names(tag: str) -> frozenset[str]:
    """The language's full day names, lower-cased: several count the days ("יום שלישי", "Thứ Ba", "terça-feira").

    From CLDR's Gregorian calendar, so a reader of number words can tell Tuesday from "the third".
    """
    locale = _babel(base_tag(tag))
    if locale is None:
        return frozenset()
    return frozenset(
        str(v).lower()
        for context in ("format", "stand-alone")
        for v in locale.days.get(context, {}).get("wide", {}).values()
    )


@cache
def ordinal_dot(tag: str) -> bool:
    """Whether the language writes ordinals as a figure and a full stop ("2. Mai", "5. kerros").

    From ICU's digit ordinals, so the segmenter knows such a stop ends no sentence.
    """
    base = base_tag(tag)
    if not base:
        return False
    formatter = icu.RuleBasedNumberFormat(icu.URBNFRuleSetTag.ORDINAL, icu.Locale(base))
    return str(formatter.format(2)) == "2."


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
    if not known(base_tag(tag)):
        return None
    script = language(base_tag(tag)).script_name.title().replace(" ", "_")
    try:
        terminators = icu.UnicodeSet(f"[[:scx={script}:]&[:Sentence_Terminal:]]")
    except icu.ICUError:
        return None
    own = [
        c
        for c in terminators
        if not unicodedata.decomposition(c)
        and not any(word in unicodedata.name(c, "") for word in ("QUESTION", "EXCLAMATION"))
    ]
    return min(own, key=lambda c: (len(unicodedata.name(c, "")), c), default=None)


#: A currency name written alike by at least this share of the languages that write Latin letters (CLDR) is
#: international, no English word: the euro's (a third of them write "euro"; the next, "lilangeni", a seventh).
INTERNATIONAL_CURRENCY_SHARE = 0.25


@cache
def currency_words(tag: str) -> frozenset[str]:
    """Currency names the language writes as English does, lower-cased: words of the language, not leaks.

    From CLDR's currency display names (every plural form): the unit of a currency's English name
    ("dollar" of "US dollar") where the language's own name for it has that word (Irish "dollar S.A.M."),
    and the names most Latin-script languages write alike (:func:`international_currency_names`).
    """
    locale, english = _babel(base_tag(tag)), _babel("en")
    if locale is None or english is None:
        return international_currency_names()
    own = {unit for code, unit in _currency_units(english).items() if unit in _words_of(_currency_forms(locale, code))}
    return frozenset(own) | international_currency_names()


@cache
def international_currency_names() -> frozenset[str]:
    """Whole currency names (lower-cased) that a share of the Latin-script languages write identically ("euro")."""
    from collections import Counter

    from babel.localedata import locale_identifiers

    counts: Counter[str] = Counter()
    latin = 0
    for ident in sorted(i for i in locale_identifiers() if "_" not in i):
        locale = _babel(ident)
        if locale is None or not all(c.isascii() for c in locale.currencies.get("EUR", "-")):
            continue
        latin += 1
        counts.update({name.lower() for name in locale.currencies.values()})
    return frozenset(n for n, k in counts.items() if latin and k >= INTERNATIONAL_CURRENCY_SHARE * latin)


def _currency_units(english: Locale) -> dict[str, str]:
    """Each current currency's unit word in English: the last word of its name ("dollar" of "US Dollar")."""
    out = {}
    for code, name in english.currencies.items():
        words = _words_of((name,))
        if words and "(" not in name and not code.startswith("X"):  # X: gold, funds, units of account
            out[code] = sorted(words, key=name.lower().rfind)[-1]
    return out


def _currency_forms(locale: Locale, code: str) -> tuple[str, ...]:
    """A currency's display name in ``locale`` and its plural forms."""
    plural = locale._data["currency_names_plural"].get(code)
    forms = tuple(plural.values()) if plural is not None else ()
    return (locale.currencies.get(code, ""), *forms)


def _words_of(names: tuple[str, ...]) -> frozenset[str]:
    """The lower-cased words of names ("i-US Dollar" → "i", "us", "dollar")."""
    import re

    return frozenset(w for name in names for w in re.findall(r"[^\W\d_]+", name.lower()))


#: The share of a country's people who speak a language for it to be one whose words the country's press meets
#: (Russian in Tajikistan, Italian in Malta).
NEIGHBOUR_SHARE = 10.0


@cache
def neighbour_languages(tag: str) -> tuple[str, ...]:
    """The other languages of the language's country (its likely territory, CLDR's territory language info):
    official there or spoken by :data:`NEIGHBOUR_SHARE` percent or more. A language borrows their names for
    units and scales ("километр" in Tajik, "pied" in Maltese, the crore in Odia)."""
    from babel.core import get_global
    from babel.languages import get_territory_language_info

    base = base_tag(tag)
    likely = str(get_global("likely_subtags").get(base, ""))
    if "_" not in likely:
        return ()
    out = []
    for other, info in sorted(get_territory_language_info(likely.rsplit("_", 1)[-1]).items()):
        share = info.get("population_percent") or 0.0
        if other != base and "_" not in other and (info.get("official_status") or share >= NEIGHBOUR_SHARE):
            out.append(other)
    return tuple(out)


@cache
def scale_words(tag: str) -> frozenset[str]:
    """The language's names of large numbers, lower-cased ("million", "milliard" in Uzbek; "Milliounen" in
    Luxembourgish): the words of CLDR's long compact number formats, every plural form."""
    locale = _babel(base_tag(tag))
    if locale is None:
        return frozenset()
    patterns = locale._data["compact_decimal_formats"].get("long", {})
    names = tuple(getattr(p, "pattern", str(p)) for forms in patterns.values() for p in forms.values())
    return _words_of(names)


@cache
def writes_in_latin(tag: str) -> bool:
    """True when ICU's transforms write the language's own letters as Latin letters, accented or not.

    Looser than :func:`transliterates`, which wants plain ASCII: ICU writes Ethiopic
    "ግሪን" as "gǝrin", whose schwa is a Latin letter, so Amharic names can still be
    compared by sound. Khmer, Lao and Sinhala letters stay as they are.
    """
    base = base_tag(tag)
    if language(base).latin:
        return True
    data = icu.LocaleData(base if base != "no" else "nb")
    letters = [c for c in data.getExemplarSet(0, icu.ULocaleDataExemplarSetType.ES_STANDARD) if c.isalpha()][:60]
    written = [c for c in to_latin("".join(letters)) if c.isalpha()]
    return bool(written) and sum(script_of(c) == "LATIN" for c in written) >= 0.9 * len(written)


@cache
def front_inflection(tag: str) -> int:
    """How many letters the language changes at a noun's front to inflect it, 0 where it inflects at the end.

    Read from CLDR's unit names in the singular and the plural: where most pairs that differ keep a longer
    common end than beginning (Zulu "ihora" / "amahora", Swahili "mwezi" / "miezi"), nouns take their class
    and number at the front; the longest front a pair changes is the answer ("izin" of "izinsuku": 4).
    """
    from os.path import commonprefix

    locale, english = _babel(base_tag(tag)), _babel("en")
    if locale is None or english is None:
        return 0
    fronts: list[int] = []
    ends = 0
    for unit, forms in locale._data.get("unit_patterns", {}).items():
        one, other = _long_names(forms.get("long", {}))
        theirs = set(_long_names(english._data["unit_patterns"].get(unit, {}).get("long", {})))
        if not one or not other or one == other or {one, other} & theirs:
            continue  # one name for both, or English's own (CLDR's fallback)
        tail = len(commonprefix([one[::-1], other[::-1]]))
        head = len(commonprefix([one, other]))
        if tail > head:
            fronts.append(max(len(one), len(other)) - tail)
        elif head > tail:
            ends += 1
    return max(fronts) if len(fronts) > ends else 0


def _long_names(long: dict[str, str]) -> tuple[str, str]:
    """A unit's long names in the singular and the plural, one word each ("" where it has none or several)."""
    names = [long.get(k, "").replace("{0}", "").strip().lower() for k in ("one", "other")]
    return names[0] if " " not in names[0] else "", names[1] if " " not in names[1] else ""
