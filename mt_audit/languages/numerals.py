"""Numbers as a language writes them: ICU's spelled-out numbers (parsed and spelled back), percent and ordinal
conventions, currency and scale words from CLDR, and how its nouns inflect (read from CLDR's unit names).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from functools import cache

import icu
from babel import Locale

from mt_audit.languages.core import babel_locale, base_tag, cldr_tag, counted_patterns, unit_forms, unit_patterns


@cache
def _spellout(tag: str) -> icu.RuleBasedNumberFormat | None:
    base = base_tag(tag)
    locale = icu.Locale(cldr_tag(base))
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
def percent_first(tag: str) -> bool:
    """True when CLDR's percent pattern puts the sign before the number (Turkish "%5")."""
    locale = babel_locale(base_tag(tag))
    pattern = locale.percent_formats.get(None) if locale else None
    return bool(pattern) and str(pattern.pattern).lstrip("\u200e\u200f\u061c").startswith("%")


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
    locale, english = babel_locale(base_tag(tag)), babel_locale("en")
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
        locale = babel_locale(ident)
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


@cache
def scale_words(tag: str) -> frozenset[str]:
    """The language's names of large numbers, lower-cased ("million", "milliard" in Uzbek; "Milliounen" in
    Luxembourgish): the words of CLDR's long compact number formats, every plural form."""
    locale = babel_locale(base_tag(tag))
    if locale is None:
        return frozenset()
    patterns = locale._data["compact_decimal_formats"].get("long", {})
    names = tuple(getattr(p, "pattern", str(p)) for forms in patterns.values() for p in forms.values())
    return _words_of(names)


@cache
def front_inflection(tag: str) -> int:
    """How many letters the language changes at a noun's front to inflect it, 0 where it inflects at the end.

    Read from CLDR's unit names in the singular and the plural: where most pairs that differ keep a longer
    common end than beginning (Zulu "ihora" / "amahora", Swahili "mwezi" / "miezi"), nouns take their class
    and number at the front; the longest front a pair changes is the answer ("izin" of "izinsuku": 4).
    """
    from os.path import commonprefix

    fronts: list[int] = []
    ends = 0
    for unit, forms in unit_patterns(base_tag(tag)).items():
        one, other = _long_names(forms.get("long", {}))
        theirs = set(_long_names(unit_forms("en", unit).get("long", {})))
        if not one or not other or one == other or {one, other} & theirs:
            continue  # one name for both, or English's own (CLDR's fallback)
        tail = len(commonprefix([one[::-1], other[::-1]]))
        head = len(commonprefix([one, other]))
        if tail > head:
            fronts.append(max(len(one), len(other)) - tail)
        elif head > tail:
            ends += 1
    return max(fronts) if len(fronts) > ends else 0


#: The share of a language's units-first CLDR patterns that must put one word right before the figure for it to
#: be the language's link between a counted noun and its figure.
FRONT_LINK_SHARE = 0.5


@cache
def front_link(tag: str) -> str:
    """The word the language puts between a noun written before its figure and the figure, read from CLDR's unit
    patterns that put the unit first: Tongan "kilomita ʻe {0}", "houa ʻe {0}" ("ʻe"). The press writes it after a
    scale word too ("miliona ʻe 80", 80 million), so what stands before a figure is read past it; "" where the
    language writes the noun right before its figure (Swahili "kilomita {0}") or puts it after."""
    heads = [
        pattern.split("{0}")[0].split()
        for forms in unit_patterns(base_tag(tag)).values()
        for pattern in counted_patterns(forms)
        if "{0}" in pattern and not pattern.lstrip().startswith("{0}")
    ]
    last = Counter(head[-1].lower() for head in heads if len(head) >= 2)
    if not last:
        return ""
    word, count = last.most_common(1)[0]
    return word if count > FRONT_LINK_SHARE * len(heads) else ""


def _long_names(long: dict[str, str]) -> tuple[str, str]:
    """A unit's long names in the singular and the plural, one word each ("" where it has none or several)."""
    names = [long.get(k, "").replace("{0}", "").strip().lower() for k in ("one", "other")]
    return names[0] if " " not in names[0] else "", names[1] if " " not in names[1] else ""


@cache
def currency_name_words(tag: str, code: str) -> frozenset[str]:
    """The lower-cased words of CLDR's names of currency ``code`` in the language, every plural form ("tāra",
    "us" of Māori "Tāra US"): what a figure's neighbour is when it names the currency, not a scale word."""
    locale = babel_locale(base_tag(tag))
    return _words_of(_currency_forms(locale, code)) if locale is not None else frozenset()


def cardinal_spellings(tag: str, value: float) -> tuple[str, ...]:
    """Every way ICU's cardinal rule sets spell a whole ``value`` (Hebrew's masculine "אחד עשר" and feminine "אחת
    עשרה"), soft hyphens removed, in rule-set order; none for a fraction or where ICU has no rules."""
    formatter = _spellout(tag)
    if formatter is None or value != int(value) or value < 0:
        return ()
    names = [formatter.getRuleSetName(i) for i in range(formatter.getNumberOfRuleSetNames())]
    out: list[str] = []
    for name in names:
        if "ordinal" in name or "year" in name:
            continue
        spelt = formatter.format(value, name).replace("\u00ad", "")
        if spelt not in out:
            out.append(spelt)
    return tuple(out)
