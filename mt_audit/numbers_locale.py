"""What each language writes around a figure: its decimal and group marks (from CLDR), the digits of
other scripts, currency signs and codes, and the patterns :func:`mt_audit.numbers.extract` reads a text
with, compiled once per language from the number-word tables (:func:`_lang`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from mt_audit.languages import language, percent_first
from mt_audit.numbers_words import AFTER_DIGITS, SCANNED, Entry, affixes, alternation, is_cjk, literal, trie, words
from mt_audit.units import percent_names

#: Space characters that group digits in any language; the ordinary space only where CLDR allows (below).
_SPACES = frozenset(" \u00a0\u202f\u2009")


def _decimal_comma(code: str) -> bool:
    """Whether the language writes a decimal comma, from CLDR ("3,5" is three and a half)."""
    return language(code).decimal in (",", "\u066b")


def _space_grouping(code: str) -> bool:
    """Whether "10 000" may be ten thousand: CLDR groups with a space, or the decimal is a comma (SI style)."""
    return language(code).group in _SPACES or _decimal_comma(code)


_TRANS_KEEP = str.maketrans({chr(ord(z) + i): str(i) for z in "0٠۰०০０" for i in range(10)})
_ZERO_DIGITS = "0٠۰०০੦૦୦௦౦೦൦๐໐༠၀០᠐０"
_TRANS = str.maketrans(
    {
        **{chr(ord(z) + i): str(i) for z in _ZERO_DIGITS for i in range(10)},
        "\u066c": ",",
        "\u066b": ".",
        "\u2019": "",
        "'": "",
        " ": "",
        "\u00a0": "",
        "\u202f": "",
        "\u2009": "",
    }
)

CURRENCY_SYMBOLS = {
    "US$": "USD",
    "U.S.$": "USD",
    "HK$": "HKD",
    "NT$": "TWD",
    "C$": "CAD",
    "A$": "AUD",
    "S$": "SGD",
    "R$": "BRL",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₹": "INR",
    "₽": "RUB",
    "₺": "TRY",
    "₩": "KRW",
    "₪": "ILS",
    "₫": "VND",
    "₴": "UAH",
    "฿": "THB",
    "Rp": "IDR",
    "Rs": "INR",
    "RM": "MYR",
    "zł": "PLN",
    "Kč": "CZK",
    "TL": "TRY",
    "kr": "SEK",
}
CURRENCY_CODES = frozenset(
    "USD EUR GBP JPY CNY RMB CHF RUB PLN TRY IDR INR SAR AED EGP CAD AUD HKD SGD KRW BRL MXN CZK SEK NOK DKK HUF "
    "UAH KZT MYR THB VND ILS NGN ZAR QAR KWD BHD OMR JOD MAD DZD TND PKR BDT PHP TWD ARS CLP COP PEN".split()
)


@dataclass
class _Lang:
    """Compiled patterns and tables for one language."""

    code: str
    words: dict[str, Entry]
    number_re: re.Pattern[str]
    words_re: re.Pattern[str] | None
    words_ci_re: re.Pattern[str] | None
    scale_re: re.Pattern[str]
    scale_cur_re: re.Pattern[str]
    pct_re: re.Pattern[str]
    cur_re: re.Pattern[str]
    prefix_re: re.Pattern[str]
    ordinal_re: re.Pattern[str] | None
    and_words: frozenset[str]
    articles: frozenset[str]
    after_re: re.Pattern[str]


_AMPM = re.compile(r"\s?(?:(?P<am>a\.\s?m\.?|am)|(?P<pm>p\.\s?m\.?|pm))(?!\w)", re.IGNORECASE)
#: A clock word after a figure, as a whole word: "2020 with" is not 20:20 WIT (Indonesian eastern time).
_CLOCK = re.compile(r"\s?(?:o['’]clock|Uhr|heures?|horas?|hrs|WIB|WITA|WIT|GMT|UTC|h)(?!\w)", re.IGNORECASE)
_CJK_AFTER = re.compile(
    r"(?:(?P<year>年|년)|(?P<month>月|월)|(?P<day>[日号號]|일)|(?P<hour>[时時点點]|시)(?:(?P<min>\d{1,2})分|(?P<half>半))?"
    r"|(?P<decade>代|대)|(?P<century>世纪|世紀|세기))"
)
_DECADE = re.compile(r"['’]?s(?!\w)")


def _number_re(space: bool) -> re.Pattern[str]:
    seps = "[,.'’\u066c\u00a0\u202f\u2009" + (" " if space else "") + "]"
    date = r"(?P<date>(?<!\d)(?P<d1>\d{1,2})(?P<ds>[./])(?P<d2>\d{1,2})(?P=ds)(?P<d3>\d{4}|\d{2})(?!\d|[.,]\d))"
    time = r"(?P<time>(?<![\d.,:])(?P<th>[01]?\d|2[0-4])(?::|\s?h\s?)(?P<tm>[0-5]\d)(?::[0-5]\d)?(?!\d|[.,:]\d))"
    grouped = rf"\d{{1,3}}(?P<g>{seps})\d{{3}}(?!\d)(?:(?P=g)\d{{3}}(?!\d))*(?:(?!(?P=g))[.,\u066b]\d+)?"
    indian = r"\d{1,2}(?:,\d{2})+,\d{3}(?!\d)(?:\.\d+)?"
    plain = r"\d+(?:[.,\u066b]\d+)?"
    frac = (
        r"(?P<frac>(?<![\d/])(?:(?:(?P<fw>\d{1,3})[ \u00a0])?(?P<fs>1/[2-5]|2/[35]|3/[458]|4/5|[157]/8|1/10)(?![\d/])"
        r"|(?P<fw2>\d{1,3})?(?P<fv>[½¼¾⅓⅔⅛])))"
    )
    return re.compile(rf"{frac}|{date}|{time}|(?P<num>(?<!\d)(?:{indian}|{grouped}|{plain}))")


@cache
def _lang(code: str) -> _Lang:
    table = words(code)
    # CJK scale characters are read only after digits: alone they are parts of words (万一, 千万)
    scan = [
        w for w, e in table.items() if e.kind in SCANNED and not {"c", AFTER_DIGITS} & set(e.flags) and not is_cjk(w[0])
    ]
    scales = [w for w, e in table.items() if e.kind == "s" and "c" not in e.flags]
    cur_scales = [w for w, e in table.items() if e.kind == "s"]
    cldr_after, cldr_before = percent_names(code)
    pct = [w for w, e in table.items() if e.kind == "pct" and "b" not in e.flags] + list(cldr_after)
    pct_before = [w for w, e in table.items() if e.kind == "pct" and "b" in e.flags] + list(cldr_before)
    curs = [w for w, e in table.items() if e.kind == "cur"]
    links = affixes(code, "link")
    link = "(?:" + "|".join(links) + ")?" if links else ""
    symbols = sorted(CURRENCY_SYMBOLS, key=len, reverse=True)
    sym = (
        "|".join(re.escape(s) for s in symbols if not s[-1].isalpha())
        + "|"
        + "|".join(re.escape(s) + r"(?![^\W\d_])" for s in symbols if s[-1].isalpha())
    )
    codes = "(?:" + "|".join(sorted(CURRENCY_CODES)) + r")(?![^\W\d_])"
    signs = "[%٪]" if percent_first(code) else "٪"
    words_before = "".join("|" + literal(w) + r"\s" for w in sorted({*pct_before, *map(str.capitalize, pct_before)}))
    pct_first = rf"|(?P<pct>{signs}\s?{words_before})"
    prefixes = affixes(code, "opre")
    ke = r"|(?P<ke>(?<!\w)(?:" + "|".join(prefixes) + "))" if prefixes else ""
    suffixes = affixes(code, "osuf")
    ordinal = "(?:" + "|".join(suffixes) + r")(?!\w)" if suffixes else None
    scale_cur = r"\s?" + alternation(cur_scales)
    pct_re = r"\s?(?:[%٪]|" + alternation(pct) + ")"
    cur_re = rf"\s?{link}(?:{sym}|{codes}|{alternation(curs)})"
    after = [
        scale_cur,
        pct_re,
        cur_re,
        _DECADE.pattern,
        _AMPM.pattern,
        _CLOCK.pattern,
        _CJK_AFTER.pattern,
        ordinal or "(?!)",
    ]
    return _Lang(
        code=code,
        words=table,
        number_re=_number_re(_space_grouping(code)),
        words_re=re.compile(r"(?<!\w)" + trie(scan)) if scan else None,
        words_ci_re=re.compile(r"(?<!\w)" + trie(scan), re.IGNORECASE) if scan else None,
        scale_re=re.compile(r"\s?" + alternation(scales), re.IGNORECASE),
        scale_cur_re=re.compile(scale_cur, re.IGNORECASE),
        pct_re=re.compile(pct_re, re.IGNORECASE),
        cur_re=re.compile(cur_re, re.IGNORECASE),
        prefix_re=re.compile(rf"(?:(?<![^\W\d_])(?P<cur>{sym}|{codes})\s?{pct_first}{ke})$"),
        ordinal_re=re.compile(ordinal, re.IGNORECASE) if ordinal else None,
        and_words=frozenset(w for w, e in table.items() if e.kind == "and"),
        articles=frozenset(w for w, e in table.items() if e.kind == "art"),
        after_re=re.compile("|".join(f"(?:{a})" for a in after), re.IGNORECASE),
    )
