"""Locale-aware extraction of numbers, amounts, percentages, dates and times.

A translation must carry every quantity of its source, but it writes them the
way its language does: ``10,000.5`` in English is ``10.000,5`` in German or
Indonesian, ``10 000,5`` in Polish or French, ``10'000.5`` in Switzerland and
``١٠٬٠٠٠٫٥`` in Arabic; ``10 thousand`` becomes ``10 tys.``, ``10 bin``,
``10 ribu`` or ``10 آلاف``; ``5 pm`` becomes ``17:00``. :func:`extract` reads
all of these into comparable values. When a written form is ambiguous
("10.000" is ten thousand in German but ten in English) the language's
convention picks :attr:`Quantity.value` and the other reading is kept in
:attr:`Quantity.alternatives`, so a comparison can accept either.

Number words (``two and a half million``, ``dwa miliony``, ``iki yüz``,
``dua puluh``) come from ``data/number_words.tsv``; words that are often not
numbers at all ("one", "first", French "neuf", German "ein") are marked
:attr:`Quantity.weak` so a caller can count them as evidence of a match but
not of a mismatch.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache, cached_property
from importlib import resources
from itertools import product
from typing import TYPE_CHECKING, NamedTuple

from mt_audit.identify import base_lang
from mt_audit.units import convert, convertible, unit_after

if TYPE_CHECKING:
    pass

#: Languages that write a decimal comma (and group with dots or spaces).
DECIMAL_COMMA = frozenset(
    "de id tr pl es it fr ru uk cs sk pt nl da sv nb no nn fi ro hu el bg hr sr sl ca et lv lt az kk vi be is gl eu "
    "sq mk bs uz ka hy".split()
)
#: Languages that group thousands with an ordinary space ("10 000"); the no-break and thin spaces group anywhere.
SPACE_GROUPING = frozenset(
    "fr pl ru uk cs sk sv fi nb no nn et lv lt hu bg kk be pt es ca de it nl ro sl hr sr el da is".split()
)
#: Languages whose number words are read with another's table (plus their own rows).
INHERIT = {"ms": "id", "nb": "no", "nn": "no"}
#: Languages that may write the percent sign before the number (Turkish "%5").
PERCENT_FIRST = frozenset("tr az ar fa ku ur".split())
#: Languages that join units before tens with "and": Arabic "خمسة وعشرون" (five and twenty).
UNITS_FIRST = frozenset("ar fa".split())
#: Tens that take a following teen in French: soixante-douze (72), quatre-vingt-dix (90).
TEEN_TENS = {"fr": (60, 80)}

_TRANS_KEEP = str.maketrans({chr(ord(z) + i): str(i) for z in "0٠۰०০０" for i in range(10)})
_DIGIT = re.compile(r"[\d½¼¾⅓⅔⅛]")
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}
_GROUP_CHARS = frozenset(",.'’\u066c\u066b \u00a0\u202f\u2009")
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


@dataclass(frozen=True)
class Quantity:
    """One quantity found in a text.

    ``start``/``end`` index the text given to :func:`extract` and cover the
    whole expression ("$2.5 billion", "30 %", "dwa miliony"). ``value`` is the
    reading the language's conventions prefer; ``alternatives`` the other
    plausible readings (the other separator convention, the 12-hour clock,
    a percentage as a fraction). ``precision`` is the unit of the last written
    digit of a rounded form ("4.2 million": 100,000; "3.14": 0.01), so rounded
    restatements still match; a plain integer is exact (0).
    """

    start: int
    end: int
    value: float
    kind: str = "number"
    unit: str = ""
    alternatives: tuple[float, ...] = ()
    precision: float = 0.0
    weak: bool = False

    @cached_property
    def readings(self) -> tuple[tuple[float, float], ...]:
        """Every (value, precision) this quantity may mean.

        An alternative that moves the decimal point (the other separator
        convention, a percentage as a fraction) scales the precision with it;
        any other (the 12-hour clock, a decade's century) keeps it.
        """
        out = [(self.value, self.precision)]
        for alt in self.alternatives:
            ratio = abs(alt / self.value) if self.value and alt else 1.0
            exp = math.log10(ratio)
            out.append((alt, self.precision * ratio if abs(exp - round(exp)) < 1e-9 else self.precision))
        return tuple(out)

    def matches(self, other: Quantity, convert: bool = True) -> bool:
        """Same quantity of a compatible kind, allowing either's alternatives and rounding to the coarser precision.

        Two measurements in different units of one dimension ("12 ft", "3,7 m") match only through a
        conversion (see :func:`converted_close`): the same figure in another unit ("5 miles", "5 km") is a
        mistake. ``convert=False`` refuses conversions, for a source that already gives the article's unit.
        """
        if not compatible(self.kind, other.kind):
            return False
        if self.kind == other.kind == "measure" and self.unit != other.unit and convertible(self.unit, other.unit):
            return convert and converted_close(self, other)
        return any(close(a, pa, b, pb) for a, pa in self.readings for b, pb in other.readings)


#: Kinds that may express the same quantity ("24th" and "24 July"; "1960s" and "1960"; "a third" and "33%";
#: "19th century" and "the 1800s" or "the 19th").
_FAMILIES = {
    "date": {"d"},
    "ordinal": {"d"},
    "month": {"d"},
    "decade": {"y"},
    "century": {"y", "d"},
    "fraction": {"f"},
    "percent": {"f"},
}
#: Kinds that are only a guess ("1000" looks like a year), so may be anything; a "measure" carries a unit.
_ANY = frozenset(("number", "year"))


def compatible(a: str, b: str) -> bool:
    """Whether quantities of kinds ``a`` and ``b`` may be the same: a plain number may be anything."""
    if a == b or a in _ANY or b in _ANY:
        return True
    return bool(_FAMILIES.get(a, set()) & _FAMILIES.get(b, set()))


def close(a: float, pa: float, b: float, pb: float) -> bool:
    """Equal, or within half the coarser precision ("4.176 million" ~ "4.2 million", but 4.5 is not 5)."""
    diff = abs(a - b)
    return diff <= 1e-9 * max(abs(a), abs(b), 1.0) or diff < max(pa, pb) / 2 - 1e-12


def converted_close(target: Quantity, source: Quantity) -> bool:
    """Whether ``target`` restates ``source`` converted into its own unit, rounded as a translator would.

    Rule: convert the source into the target's unit; accept when the difference is at most half a unit
    in the target's last written digit (its precision, or the place of its last non-zero digit for a whole
    number: "60" is rounded to tens; capped at a quarter of the value, so "100" is not "anything from 50")
    plus 10% of the target for "about"-style rounding. 200 ft (61 m) ~ "60 m", 12 ft (3.66 m) ~ "3,7 m",
    but not "3,2 m"; 5 miles (8.05 km) ~ "8 km", not "5 km".
    """
    v = convert(source.value, source.unit, target.unit)
    place = target.precision or _place(target.value)
    tolerance = min(place / 2, abs(target.value) / 4) + 0.1 * abs(target.value)
    return abs(v - target.value) <= tolerance + 1e-9


def _measure(text: str, q: Quantity, lang: str) -> Quantity:
    """``q`` with the unit written after it ("200 ft", "zwei Meter", "100 °F"), as a "measure"; else ``q``."""
    if q.kind not in ("number", "year"):
        return q
    found = unit_after(text, q.end, lang)
    if found is None:
        return q
    unit, end = found
    return replace(q, end=end, kind="measure", unit=unit)


class Entry(NamedTuple):
    """One row of ``number_words.tsv``: type, value, flags and, for a currency, its ISO code."""

    kind: str
    value: float
    flags: str
    code: str


def _expand(word: str) -> list[str]:
    """``{a,b}c{d,e}`` -> acd, ace, bcd, bce."""
    parts = re.split(r"\{([^}]*)\}", word)
    choices = [[p] if i % 2 == 0 else p.split(",") for i, p in enumerate(parts)]
    return ["".join(c) for c in product(*choices)]


@cache
def _rows() -> dict[str, dict[str, Entry]]:
    """All number words, per language, lower-cased (dotted abbreviations also without their dot)."""
    table: dict[str, dict[str, Entry]] = {}
    text = resources.files("mt_audit").joinpath("data/number_words.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, kind, value, flags, words = line.split("\t")
        num = 0.0 if kind == "cur" else float(value)
        entry = Entry(kind, num, flags, value if kind == "cur" else "")
        per = table.setdefault(lang, {})
        for group in words.split("|"):
            for word in _expand(group.strip()):
                key = word.lower()
                per.setdefault(key, entry)
                if key.endswith(".") and len(key) > 2:
                    per.setdefault(key[:-1], entry)
                if lang == "ar" and kind in ("n", "m", "s", "o", "f"):
                    per.setdefault("و" + key, entry._replace(flags=entry.flags + "a"))
                    per.setdefault("ب" + key, entry)
    return table


def _words(lang: str) -> dict[str, Entry]:
    rows = _rows()
    out = dict(rows.get("*", {}))
    out.update(rows.get(INHERIT.get(lang, ""), {}))
    out.update(rows.get(lang, {}))
    return out


def _is_cjk(ch: str) -> bool:
    return "\u2e80" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" or "\uf900" <= ch <= "\ufaff"


def _bound(word: str) -> str:
    """Word-final boundary, except after a dot or a CJK character (10万人)."""
    last = word[-1]
    return "" if not (last.isalnum() or last == "_") or _is_cjk(last) else r"(?!\w)"


def _lit(word: str) -> str:
    return "".join(r"[ \u00a0]" if c == " " else re.escape(c) for c in word)


def _alternation(words: list[str]) -> str:
    """Longest first, each with its own end boundary; for the short suffix lists."""
    uniq = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(_lit(w) + _bound(w) for w in uniq) + ")" if uniq else "(?!)"


def _trie(words: list[str]) -> str:
    """A prefix-factored alternation: scanning a text with it costs little per position."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = w

    def gen(node: dict) -> str:
        alts = [_lit(ch) + gen(child) for ch, child in sorted((k, v) for k, v in node.items() if k)]
        if "" in node:
            alts.append(_bound(node[""]))
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return gen(root) if root else "(?!)"


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
    after_re: re.Pattern[str]


_ORDINAL_SUFFIX = {
    "en": r"(?:st|nd|rd|th)(?!\w)",
    "fr": r"(?:er|re|ère|e|ème|eme|es|èmes|ᵉ|ᵉʳ)(?!\w)",
    "es": r"\.?[ºª](?!\w)",
    "pt": r"\.?[ºª](?!\w)",
    "it": r"\.?[ºª](?!\w)",
    "ca": r"\.?[ºª](?!\w)",
    "gl": r"\.?[ºª](?!\w)",
    "ru": r"-(?:[а-яё]{1,3})(?!\w)",
    "uk": r"-(?:[а-яєіїґ]{1,3})(?!\w)",
    "bg": r"-(?:[а-я]{1,3})(?!\w)",
    "tr": r"[’']?(?:inci|ıncı|uncu|üncü|nci|ncı|ncu|ncü)(?!\w)",
    "az": r"[’']?(?:inci|ıncı|uncu|üncü|nci|ncı|ncu|ncü)(?!\w)",
}
_AMPM = re.compile(r"\s?(?:(?P<am>a\.\s?m\.?|am)|(?P<pm>p\.\s?m\.?|pm))(?!\w)", re.IGNORECASE)
_CLOCK = re.compile(r"\s?(?:o['’]clock|Uhr|heures?|horas?|hrs|WIB|WITA|WIT|GMT|UTC|h(?!\w))", re.IGNORECASE)
_ZONES = frozenset(("GMT", "UTC", "HRS", "WIB", "WITA", "WIT"))
_CLOCK_BEFORE = re.compile(
    r"(?<!\w)(?:pukul|jam|saat|godz\.|godzinie|um|gegen|ab|bis|à|vers|alle|ore|las|в|kl\.|klo|at|from|until)\s$",
    re.IGNORECASE,
)
_HHMM = re.compile(r"([01]?\d|2[0-4])[.:]?([0-5]\d)")
_CJK_AFTER = re.compile(
    r"(?:(?P<year>年|년)|(?P<month>月|월)|(?P<day>[日号號]|일)|(?P<hour>[时時点點]|시)(?:(?P<min>\d{1,2})分|(?P<half>半))?"
    r"|(?P<decade>代|대)|(?P<century>世纪|世紀|세기))"
)
_CENTURY = re.compile(
    r"[\s-](?:century|centuries|siècle|siècles|Jahrhundert|Jahrhunderts|wiek|wieku|века?|веке|yüzyıl\w*|abad|"
    r"siglo|siglos|secolo|século|století|القرن)(?!\w)",
    re.IGNORECASE,
)
_DECADE = re.compile(r"['’]?s(?!\w)")
_MONTH_BEFORE = re.compile(r"\d[^\W\d]{0,3}\.?,?\s(?:of\s|de\s|del\s|di\s)?$")
_MONTH_AFTER = re.compile(r"\.?,?\s(?:de\s)?\d")
_A_BEFORE = re.compile(r"(?<!\w)an?\s$", re.IGNORECASE)


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
    words = _words(code)
    kinds = ("n", "m", "t", "h", "s", "o", "f", "mo", "x", "v")
    # CJK scale characters are read only after digits: alone they are parts of words (万一, 千万)
    scan = [w for w, e in words.items() if e.kind in kinds and "c" not in e.flags and not _is_cjk(w[0])]
    scales = [w for w, e in words.items() if e.kind == "s" and "c" not in e.flags]
    cur_scales = [w for w, e in words.items() if e.kind == "s"]
    pct = [w for w, e in words.items() if e.kind == "pct"]
    curs = [w for w, e in words.items() if e.kind == "cur"]
    link = {"es": r"(?:de\s)?", "fr": r"(?:de\s|d['’])?", "pt": r"(?:de\s)?", "it": r"(?:di\s)?"}.get(code, "")
    symbols = sorted(CURRENCY_SYMBOLS, key=len, reverse=True)
    sym = (
        "|".join(re.escape(s) for s in symbols if not s[-1].isalpha())
        + "|"
        + "|".join(re.escape(s) + r"(?![^\W\d_])" for s in symbols if s[-1].isalpha())
    )
    codes = "(?:" + "|".join(sorted(CURRENCY_CODES)) + r")(?![^\W\d_])"
    pct_first = r"|(?P<pct>[%٪]\s?|yüzde\s)" if code in PERCENT_FIRST else r"|(?P<pct>٪\s?)"
    ke = r"|(?P<ke>\bke-?)" if code in ("id", "ms") else ""
    ordinal = _ORDINAL_SUFFIX.get(code)
    scale_cur = r"\s?" + _alternation(cur_scales)
    pct_re = r"\s?(?:[%٪]|" + _alternation(pct) + ")"
    cur_re = rf"\s?{link}(?:{sym}|{codes}|{_alternation(curs)})"
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
        words=words,
        number_re=_number_re(code in SPACE_GROUPING),
        words_re=re.compile(r"(?<!\w)" + _trie(scan)) if scan else None,
        words_ci_re=re.compile(r"(?<!\w)" + _trie(scan), re.IGNORECASE) if scan else None,
        scale_re=re.compile(r"\s?" + _alternation(scales), re.IGNORECASE),
        scale_cur_re=re.compile(scale_cur, re.IGNORECASE),
        pct_re=re.compile(pct_re, re.IGNORECASE),
        cur_re=re.compile(cur_re, re.IGNORECASE),
        prefix_re=re.compile(rf"(?:(?<![^\W\d_])(?P<cur>{sym}|{codes})\s?{pct_first}{ke})$"),
        ordinal_re=re.compile(ordinal, re.IGNORECASE) if ordinal else None,
        and_words=frozenset(w for w, e in words.items() if e.kind == "and"),
        after_re=re.compile("|".join(f"(?:{a})" for a in after), re.IGNORECASE),
    )


def _parse_digits(tok: str, lang: str) -> tuple[float, tuple[float, ...], float, bool]:
    """(value, alternative readings, precision, has_separator) of a run of digits and separators."""
    arabic_seps = "\u066c" in tok or "\u066b" in tok
    t = tok.translate(_TRANS)
    commas, dots = t.count(","), t.count(".")
    if not commas and not dots:
        return float(t), (), 0.0, any(c in _GROUP_CHARS for c in tok)
    if commas and dots:
        dec = "," if t.rfind(",") > t.rfind(".") else "."
        grp = "." if dec == "," else ","
        head, _, tail = t.replace(grp, "").partition(dec)
        return float(f"{head}.{tail}"), (), 10.0 ** -len(tail), True
    sep = "," if commas else "."
    if commas + dots > 1:
        return float(t.replace(sep, "")), (), 0.0, True
    head, _, tail = t.partition(sep)
    decimal = float(f"{head}.{tail}")
    dprec = 10.0 ** -len(tail)
    if len(tail) != 3 or not 1 <= len(head) <= 3 or head.startswith("0"):
        return decimal, (), dprec, True
    grouped = float(head + tail)
    if arabic_seps:
        return (decimal, (), dprec, True) if sep == "." else (grouped, (), 0.0, True)
    lang_dec = "," if lang in DECIMAL_COMMA else "."
    if sep == lang_dec:
        return decimal, (grouped,), dprec, True
    return grouped, (decimal,), 0.0, True


class _Tok(NamedTuple):
    """A number word found in the text, with how it joins the previous one (see :func:`_gap`)."""

    start: int
    end: int
    entry: Entry
    gap: str


def extract(text: str, lang: str) -> list[Quantity]:
    """All quantities in ``text`` written in language ``lang`` (ISO 639-1), in text order."""
    if not text:
        return []
    L = _lang(base_lang(lang))
    out: list[Quantity] = []
    consumed = 0
    for m in _numbers(L.number_re, text):
        if m.start() < consumed:
            continue
        if m.group("date"):
            out.extend(_numeric_date(m))
            consumed = m.end()
            continue
        q = _digits(text, m, L)
        out.append(q)
        consumed = q.end
    if L.words_re is not None:
        out = _merge(out, _word_quantities(text, L))
    return [_measure(text, q, L.code) for q in _dates(text, out)]


def _numbers(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern``'s matches, tried only where a digit starts: much faster than its own scan."""
    pos = 0
    while True:
        d = _DIGIT.search(text, pos)
        if d is None:
            return
        m = pattern.match(text, d.start())
        if m is None:
            pos = d.end()
            continue
        yield m
        pos = max(m.end(), d.end())


def _numeric_date(m: re.Match[str]) -> list[Quantity]:
    """26.07.2020 or 07/26/2020: day, month and year as three quantities (either order of day and month)."""
    out = []
    for g, kind in (("d1", "date"), ("d2", "date"), ("d3", "year")):
        v = float(m.group(g).translate(_TRANS))
        alts = (2000 + v, 1900 + v) if kind == "year" and v < 100 else ()
        out.append(Quantity(m.start(g), m.end(g), v, kind, "", alts))
    return out


def _digits(text: str, m: re.Match[str], L: _Lang) -> Quantity:
    """A number written with digits, with what is glued around it: currency, scale, percent, unit of time."""
    start, end = m.start(), m.end()
    kind, unit = "number", ""
    if m.group("frac"):
        whole = m.group("fw") or m.group("fw2")
        num, _, den = (m.group("fs") or "").partition("/")
        part = _VULGAR[m.group("fv")] if m.group("fv") else int(num) / int(den)
        value = (float(whole.translate(_TRANS)) if whole else 0.0) + part
        alts: tuple[float, ...] = ()
        prec, seps = 0.01, True
    elif m.group("time"):
        value = _hours(float(m.group("th").translate(_TRANS)), float(m.group("tm").translate(_TRANS)))
        alts, prec, seps, kind = _clock_alts(value), 1 / 60, True, "time"
    else:
        value, alts, prec, seps = _parse_digits(m.group(), L.code)
    raw = value
    # before: currency sign or code, a percent sign (Turkish %5), an ordinal mark (Indonesian ke-3, Chinese 第3)
    pre = L.prefix_re.search(text, max(0, start - 8), start)
    if pre:
        if pre.group("cur"):
            kind, unit = "currency", CURRENCY_SYMBOLS.get(pre.group("cur"), pre.group("cur").upper())
            start = pre.start()
        elif pre.group("pct"):
            kind, start = "percent", pre.start()
        elif pre.groupdict().get("ke"):
            kind, start = "ordinal", pre.start()
    elif kind == "number" and start and text[start - 1] in "第제":
        kind = "ordinal"
    elif kind == "number" and start and _is_code(text, start):
        kind = "code"
    # after: CJK counter, ordinal suffix, decade, clock, scale word, percent, currency; mostly nothing
    tail = L.after_re.match(text, end) is not None
    if tail and kind in ("number", "ordinal") and not seps:
        cjk = _CJK_AFTER.match(text, end)
        if cjk:
            return _cjk(text, start, raw, cjk)
    if kind == "ordinal":
        return _century(text, Quantity(start, end, value, "ordinal", "", alts, prec))
    if tail and kind in ("number", "code") and L.ordinal_re is not None and not seps:
        o = L.ordinal_re.match(text, end)
        if o:
            return _century(text, Quantity(start, o.end(), value, "ordinal", "", alts, prec))
    if tail and kind in ("number", "code") and not seps and raw % 10 == 0 and 10 <= raw < 10000:
        d = _DECADE.match(text, end)
        if d:
            dec_alts = ((raw % 100,) if raw % 100 else ()) if raw >= 1000 else (1900 + raw,)
            return Quantity(start, d.end(), raw, "decade", "", dec_alts)
    if kind == "time" or kind == "number" and (tail or seps):
        clock = _clock(text, m, start, end, kind, value, alts, prec, seps)
        if clock is not None:
            return clock
    if not tail and kind != "percent":
        year = kind == "number" and not seps and 1000 <= value <= 2100 and m.end() - m.start() == 4
        return Quantity(start, end, value, "year" if year else kind, unit, alts, prec)
    sc = (L.scale_cur_re if kind == "currency" else L.scale_re).match(text, end)
    if sc:
        factor = L.words[_key(sc.group())].value
        value, alts, prec, end = value * factor, tuple(a * factor for a in alts), (prec or 1.0) * factor, sc.end()
    p = L.pct_re.match(text, end)
    if p and kind in ("number", "code"):
        return Quantity(start, p.end(), value, "percent", "%", (*alts, value / 100), prec)
    if kind == "percent":
        return Quantity(start, end, value, "percent", "%", (*alts, value / 100), prec)
    c = L.cur_re.match(text, end)
    if c and kind in ("number", "code"):
        kind, unit, end = "currency", _currency(c.group(), L), c.end()
        sc = L.scale_re.match(text, end) if not sc else None
        if sc:
            factor = L.words[_key(sc.group())].value
            value, alts, prec, end = value * factor, tuple(a * factor for a in alts), (prec or 1.0) * factor, sc.end()
    if kind == "number" and not seps and not sc and 1000 <= value <= 2100 and m.end() - m.start() == 4:
        kind = "year"
    return Quantity(start, end, value, kind, unit, alts, prec)


def _hours(h: float, mins: float) -> float:
    return h + mins / 60


def _clock_alts(value: float) -> tuple[float, ...]:
    """The other half of the day: 17:00 may be written 5 o'clock, 5:30 may be 17:30."""
    return (value - 12,) if value >= 13 else (value + 12,) if 1 <= value < 12 else ()


def _clock(
    text: str,
    m: re.Match[str],
    start: int,
    end: int,
    kind: str,
    value: float,
    alts: tuple[float, ...],
    prec: float,
    seps: bool,
) -> Quantity | None:
    """A time of day: 5 pm, 9:30 a.m., 17 Uhr, 3.40 Uhr, pukul 17.00, 1200 GMT."""
    ap = _AMPM.match(text, end)
    if ap and (kind == "time" or (not seps and 1 <= value <= 12)):
        h = int(value)
        hour = (0 if h == 12 else h) if ap.group("am") else (h if h == 12 else h + 12)
        return Quantity(start, ap.end(), hour + value - h, "time", "", (value,) if hour != h else (), prec)
    ck = _CLOCK.match(text, end)
    if kind == "time":
        return Quantity(start, ck.end() if ck else end, value, "time", "", alts, prec)
    hm = _HHMM.fullmatch(m.group().translate(_TRANS_KEEP))
    if hm and (ck or _CLOCK_BEFORE.search(text, max(0, start - 10), start)):
        t = _hours(float(hm.group(1)), float(hm.group(2)))
        if seps or len(m.group()) == 4 and ck and ck.group().strip().upper() in _ZONES:
            return Quantity(start, ck.end() if ck else end, t, "time", "", (*_clock_alts(t), value), 1 / 60)
    if ck and not seps and value <= 24 and ck.group().strip().upper() not in _ZONES:
        return Quantity(start, ck.end(), value, "time", "", _clock_alts(value))
    return None


def _cjk(text: str, start: int, value: float, m: re.Match[str]) -> Quantity:
    """Chinese, Japanese and Korean counters: 1985年, 6月, 20日, 15时50分, 9点半, 30代, 19世纪."""
    end = m.end()
    if m.group("year"):
        return Quantity(start, end, value, "year" if 1000 <= value <= 2100 else "number")
    if m.group("month"):
        return Quantity(start, end, value, "month" if 1 <= value <= 12 else "number")
    if m.group("day"):
        return Quantity(start, end, value, "date" if 1 <= value <= 31 else "number")
    if m.group("hour"):
        t = value + (float(m.group("min").translate(_TRANS)) / 60 if m.group("min") else 0.5 if m.group("half") else 0)
        return Quantity(start, end, t, "time", "", _clock_alts(t), 1 / 60 if m.group("min") else 0.0)
    if m.group("decade"):
        return Quantity(start, end, value, "decade", "", (1900 + value,) if value < 100 else ())
    return Quantity(start, end, value, "century", "", ((value - 1) * 100,))


def _is_code(text: str, start: int) -> bool:
    """Digits glued to a letter (H100, G7) or hyphened to a capitalized name (COVID-19, F-16), not "mid-1990s"."""
    before = text[start - 1]
    if _is_letter(before):
        return True
    if before not in "-\u2011" or start < 2 or not _is_letter(text[start - 2]):
        return False
    i = start - 2
    while i > 0 and _is_letter(text[i - 1]):
        i -= 1
    return any(c.isupper() for c in text[i : start - 1])


def _is_letter(ch: str) -> bool:
    """A letter of an alphabet written with spaces (Latin, Greek, Cyrillic): CJK text glues digits to words."""
    return ch.isalpha() and ch < "\u0590"


def _key(word: str) -> str:
    return " ".join(word.split()).lower()


def _currency(word: str, L: _Lang) -> str:
    w = word.strip()
    for link in ("de ", "di ", "d'", "d’"):
        if w.lower().startswith(link):
            w = w[len(link) :].strip()
    if w in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[w]
    if w.upper() in CURRENCY_CODES:
        return w.upper()
    e = L.words.get(_key(w))
    return e.code if e else ""


def _word_quantities(text: str, L: _Lang) -> list[Quantity]:
    """Number words, grouped into numerals ("two hundred and five", "dua ratus lima puluh") and parsed."""
    assert L.words_re is not None and L.words_ci_re is not None
    toks: list[_Tok] = []
    groups: list[list[_Tok]] = []
    low = text.lower()
    # the lower-cased text scans twice as fast, when lower-casing keeps offsets (not so for "İ")
    found = L.words_re.finditer(low) if len(low) == len(text) else L.words_ci_re.finditer(text)
    for m in found:
        entry = L.words.get(_key(m.group()))
        if entry is not None and _is_time_unit(text, m, entry, L):
            entry = None
        if entry is None or entry.kind == "x":
            if toks:
                groups.append(toks)
            toks = []
            continue
        gap = _gap(text[toks[-1].end : m.start()], L) if toks else ""
        if entry.kind == "mo" or not gap:
            if toks:
                groups.append(toks)
            toks = []
            gap = ""
        toks.append(_Tok(m.start(), m.end(), entry, gap))
    if toks:
        groups.append(toks)
    out: list[Quantity] = []
    for g in groups:
        out.extend(_parse_group(text, g, L))
    return out


#: Ordinal words that are also the unit of time, and what makes them the unit: "hundreds of times a second",
#: "per second", "a second later" (but "a second term" is an ordinal).
_TIME_ORDINAL = {
    "en": (
        re.compile(r"(?<!\w)(?:a|per|each|every|one|split)\s$", re.IGNORECASE),
        re.compile(r"s?(?!\s*\w)|s?\s+(?:later|ago|or|and|of|to|before|after|earlier)(?!\w)", re.IGNORECASE),
    )
}


def _is_time_unit(text: str, m: re.Match[str], entry: Entry, L: _Lang) -> bool:
    """Whether an ordinal word ("second") is here the unit of time, so no number at all."""
    pats = _TIME_ORDINAL.get(L.code)
    if pats is None or entry.kind != "o" or entry.value != 2:
        return False
    before, after = pats
    return bool(before.search(text, max(0, m.start() - 8), m.start()) and after.match(text, m.end()))


def _gap(between: str, L: _Lang) -> str:
    """How two number words are joined: "sp" (space, hyphen), "and", "and_a" (and a half), "a" (half a million)."""
    if between in (" ", "-", "\u00a0", "\u2011", "‐"):
        return "sp"
    if len(between) > 12:
        return ""
    parts = between.split()
    if between[:1].isspace() and between[-1:].isspace():
        low = [p.lower() for p in parts]
        if len(low) == 1 and low[0] in L.and_words:
            return "and"
        if len(low) == 2 and low[0] in L.and_words and low[1] in ("a", "an"):
            return "and_a"
        if len(low) == 1 and low[0] in ("a", "an") and L.code == "en":
            return "a"
    return ""


def _place(n: float) -> float:
    """The place value of the lowest non-zero digit of an integer: 20 -> 10, 205 -> 1, 300 -> 100."""
    n = int(n)
    if n <= 0:
        return 1.0
    p = 1
    while n % (p * 10) == 0:
        p *= 10
    return float(p)


class _Num:
    """A numeral being read word by word."""

    def __init__(self, tok: _Tok, a_prefix: int | None) -> None:
        self.start = a_prefix if a_prefix is not None else tok.start
        self.end = tok.end
        self.total = 0.0
        self.hund = 0.0
        self.seg = 0.0
        self.last = ""
        self.last_m = 0.0
        self.scale = 0.0
        self.kind = "number"
        self.value: float | None = None
        self.alts: tuple[float, ...] = ()
        self.closed = False
        self.weak = "w" in tok.entry.flags
        self.ok = True
        e = tok.entry
        a = a_prefix is not None
        if e.kind == "n":
            self.seg, self.last = e.value, "n"
            if "d" in e.flags:
                self.kind, self.alts, self.closed = "decade", (1900 + e.value,), True
        elif e.kind == "m":
            self.hund, self.last, self.last_m = e.value, "m", e.value
        elif e.kind == "s":
            self.total, self.scale, self.last = e.value, e.value, "s"
        elif e.kind == "f":
            self.seg, self.last = e.value, "f"
            if not a:
                self.kind, self.value, self.alts = "fraction", e.value, (e.value * 100,)
        elif e.kind == "o":
            if a and "p" in e.flags:
                self.kind, self.value, self.closed, self.alts = "fraction", 1 / e.value, True, (100 / e.value,)
            elif a:  # "a third": a fraction, or an ordinal as in "a third term"
                self.value, self.closed, self.alts = 1 / e.value, True, (100 / e.value, e.value)
            elif "p" in e.flags:
                self.ok = False
            else:
                self.kind, self.value, self.closed = "ordinal", e.value, True
        else:
            self.ok = False
        if e.kind in ("s", "m") and not a and "1" not in e.flags:  # "ملايين", "miliony" alone: vague
            self.weak = True
        if a:
            self.weak = False

    def extend(self, tok: _Tok, L: _Lang) -> bool:
        """Take ``tok`` into this numeral if the grammar allows; False starts a new one."""
        e, g = tok.entry, tok.gap
        if self.closed or not self.ok:
            return False
        if "a" in e.flags:  # Arabic "و" glued to the word
            g = "and" if g == "sp" else ""
        k, v = e.kind, e.value
        took = False
        if g == "a":
            if self.last == "f" and k in ("s", "m"):
                took = self._mult(k, v)
        elif k == "n":
            if self.last in ("m", "s") and g in ("sp", "and") and v < (self.last_m if self.last == "m" else self.scale):
                self.seg, took = v, True
            elif self.last == "n" and self.seg and g in ("sp", "and"):
                teen = L.code in TEEN_TENS and self.seg in TEEN_TENS[L.code] and v < 20
                if v < _place(self.seg) or teen:
                    self.seg, took = self.seg + v, True
                elif g == "and" and L.code in UNITS_FIRST and self.seg < 10 and v % 10 == 0 and 20 <= v < 100:
                    self.seg, took = self.seg + v, True
        elif k == "m" and g == "sp" and self.last in ("n", "t", "f") and 0 < self.seg < 100:
            if not self.hund or v < self.last_m:
                took = self._mult(k, v)
        elif k == "t" and g == "sp" and self.last == "n" and self.seg < 10:
            self.seg, took = self.seg + v, True
        elif k == "h" and g == "sp" and self.last in ("n", "s", "m"):
            if self.last == "s":
                self.total += v * self.scale
            else:
                self.seg += v
            took = True
        elif k == "s" and g == "sp" and self.last in ("n", "m", "t", "h", "f"):
            took = self._mult(k, v)
        elif k == "f" and g in ("and", "and_a") and self.last in ("n", "s", "m"):
            if self.last == "s":
                self.total += v * self.scale
            else:
                self.seg += v
            took = True
        elif k == "o" and g == "sp" and self.last == "n" and self.value is None:
            if self.seg >= 20 and self.seg % 10 == 0 and v < 10 and not self.hund and not self.total:
                self.kind, self.value, self.closed, took = "ordinal", self.seg + v, True, True
            elif "p" in e.flags or self.seg == 1:
                num = self.total + self.hund + self.seg
                self.kind, self.value, self.closed, took = "fraction", num / v, True, True
                self.alts = (100 * num / v,)
        if took:
            if k != "o":
                self.last = "f" if k in ("f", "h") else k
            self.end = tok.end
            self.weak = False
            if self.kind == "fraction" and k in ("s", "m"):
                self.kind, self.value, self.alts = "number", None, ()
        return took

    def _mult(self, k: str, v: float) -> bool:
        if k == "m":
            self.hund += max(self.seg, 1.0) * v if self.last != "f" else self.seg * v
            self.seg, self.last_m = 0.0, v
            return True
        if self.scale and v >= self.scale:
            return False
        self.total += (self.hund + self.seg) * v
        self.hund = self.seg = 0.0
        self.scale = v
        return True

    def quantity(self) -> Quantity:
        if self.value is not None:
            value = self.value
        else:
            value = self.total + self.hund + self.seg
        prec = self.scale if self.scale and self.kind == "number" else 0.0
        if self.value is not None and self.value < 1:
            prec = 0.1  # "a third" is a loose word: 30 to 35 percent
        if prec > 1 and value % prec:
            prec = _place(value) if value >= 1 else 1.0
        return Quantity(self.start, self.end, value, self.kind, "", self.alts, prec, self.weak)


def _parse_group(text: str, toks: list[_Tok], L: _Lang) -> Iterator[Quantity]:
    cur: _Num | None = None
    for tok in toks:
        if tok.entry.kind == "v":  # "on milyonlarca" (tens of millions): neither is a number
            if cur is not None and cur.ok:
                if tok.gap == "sp":
                    cur.weak = True
                yield _finish(text, cur, L)
            cur = None
            continue
        if tok.entry.kind == "mo":
            if _MONTH_BEFORE.search(text, max(0, tok.start - 12), tok.start) or _MONTH_AFTER.match(text, tok.end):
                yield Quantity(tok.start, tok.end, tok.entry.value, "month")
            continue
        if cur is not None and cur.extend(tok, L):
            continue
        if cur is not None and cur.ok:
            yield _finish(text, cur, L)
        a = None
        if L.code == "en" and tok.entry.kind in ("m", "s", "o", "f") and "w" not in tok.entry.flags:
            pre = _A_BEFORE.search(text, max(0, tok.start - 4), tok.start)
            a = pre.start() if pre else None
        cur = _Num(tok, a)
    if cur is not None and cur.ok:
        yield _finish(text, cur, L)


def _finish(text: str, cur: _Num, L: _Lang) -> Quantity:
    """The numeral's quantity, with a percent or currency word after it."""
    q = cur.quantity()
    if q.kind == "ordinal":
        return _century(text, q)
    if q.kind not in ("number", "fraction"):
        return q
    p = L.pct_re.match(text, q.end)
    if p and q.kind == "number":
        return Quantity(q.start, p.end(), q.value, "percent", "%", (q.value / 100,), q.precision)
    c = L.cur_re.match(text, q.end)
    if c and q.kind == "number" and c.group().strip():
        return Quantity(q.start, c.end(), q.value, "currency", _currency(c.group(), L), (), q.precision)
    return q


def _century(text: str, q: Quantity) -> Quantity:
    """Read "19th century" also as the 1800s."""
    c = _CENTURY.match(text, q.end)
    if not c or not 1 <= q.value <= 30:
        return q
    return Quantity(q.start, c.end(), q.value, "century", "", ((q.value - 1) * 100,))


def _merge(digits: list[Quantity], words: list[Quantity]) -> list[Quantity]:
    """Both lists in text order; a word inside a digit quantity ("10 thousand") belongs to it."""
    out: list[Quantity] = []
    i = 0
    for w in words:
        while i < len(digits) and digits[i].start <= w.start:
            out.append(digits[i])
            i += 1
        if out and w.start < out[-1].end:
            continue
        if i < len(digits) and digits[i].start < w.end:
            continue
        out.append(w)
    out.extend(digits[i:])
    return out


def _dates(text: str, qs: list[Quantity]) -> list[Quantity]:
    """Days next to a month name are dates; 4-digit numbers next to one are years."""
    months = [i for i, q in enumerate(qs) if q.kind == "month"]
    if not months:
        return qs
    out = list(qs)
    for i in months:
        for j in (i - 1, i + 1):
            if 0 <= j < len(out):
                q = out[j]
                gap = text[min(q.end, out[i].end) : max(q.start, out[i].start)].strip(" .,")
                if gap in ("", "of", "de", "del", "di") and q.kind in ("number", "ordinal"):
                    if 1 <= q.value <= 31 and q.value == int(q.value):
                        out[j] = Quantity(q.start, q.end, q.value, "date", "", ())
                    elif 1000 <= q.value <= 2100:
                        out[j] = Quantity(q.start, q.end, q.value, "year", "", ())
    return out
