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
``dreihundertfünfzig``, ``two thirds``, ``twice``) are read by
:mod:`mt_audit.numbers_words`: ICU's spell-out in every language it covers,
``data/number_words.tsv`` for what ICU lacks. Words that are often not
numbers at all ("one", "first", French "neuf", German "ein") are marked
:attr:`Quantity.weak` so a caller can count them as evidence of a match but
not of a mismatch. Separator conventions come from CLDR
(:func:`mt_audit.languages.language`), never from a list kept here. The
patterns each language is read with are compiled in :mod:`mt_audit.numbers_locale`,
times of day and CJK counters read in :mod:`mt_audit.numbers_clock`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from os.path import commonprefix

import regex

from mt_audit.identify import base_lang
from mt_audit.languages import front_inflection, language, parse_spelled
from mt_audit.numbers_clock import _cjk, _clock, _clock_alts, _hours
from mt_audit.numbers_durations import duration_parts
from mt_audit.numbers_joins import join_ranges, off_weekdays, split_seconds, sum_scaled
from mt_audit.numbers_locale import (
    _CJK_AFTER,
    _DECADE,
    _TRANS,
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    _decimal_comma,
    _Lang,
    _lang,
)
from mt_audit.numbers_quantity import Quantity, close, compatible, converted_close, place
from mt_audit.numbers_words import (
    Entry,
    affixes,
    bare,
    century,
    compact_scales,
    glued_script,
    scale_stems,
    word_key,
    word_quantities,
    words,
)
from mt_audit.unit_names import front_unit, glued_unit_names
from mt_audit.units import (
    MAX_ENDING,
    WORD,
    past_link,
    unit_after,
    unit_before,
    units_either_after,
    word_ends,
)

__all__ = ["Quantity", "close", "compatible", "converted_close", "extract", "figure_link", "place"]

_DIGIT = re.compile(r"[\d½¼¾⅓⅔⅛]")
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}
_GROUP_CHARS = frozenset(",.'’\u066c\u066b \u00a0\u202f\u2009")


def _measure(text: str, q: Quantity, lang: str) -> list[Quantity]:
    """``q`` with the unit written after it ("200 ft", "zwei Meter", "100 °F") or, where CLDR writes it first, before
    it ("攝氏5度"), as a "measure"; else ``q``.

    Two units of one dimension with a slash between ("25 yards/meters") are two measurements of one figure:
    the writer means either, and a translation may give both."""
    if q.kind not in ("number", "year"):
        return [q]
    link = figure_link(lang).match(text, q.end)  # "2 millones de hectáreas", "2 millions d'hectares"
    found = unit_after(text, link.end(), lang) if link else unit_after(text, q.end, lang)
    if found is not None:
        return [replace(q, end=found[1], kind="measure", unit=found[0])]
    either = units_either_after(text, q.end, lang)
    before = unit_before(text, q.start, lang) if either is None and language(lang).units_first else None
    before = before or (front_unit(text, q.start, lang) if either is None else None)  # "攝氏5度"
    if before is not None:
        return [replace(q, start=before[1], kind="measure", unit=before[0])]
    if either is None:
        return [q]
    *units, end = either
    return [replace(q, end=end, kind="measure", unit=u) for u in units]


@cache
def figure_link(code: str) -> re.Pattern[str]:
    """The words that join a figure to what it counts ("de", "di", "d'"), as in the language's currency amounts."""
    links = affixes(code, "link")
    return re.compile(r"[ \u00a0](?:" + "|".join(links) + ")" if links else "(?!)", re.IGNORECASE)


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
    lang_dec = "," if _decimal_comma(lang) else "."
    if sep == lang_dec:
        return decimal, (grouped,), dprec, True
    return grouped, (decimal,), 0.0, True


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
    spelled = off_weekdays(text, word_quantities(text, L, lambda q: _finish(text, q, L)), L.code)
    out = sum_scaled(text, _merge(out, spelled))
    measured = [m for q in out for m in _measure(text, q, L.code) if not _inside_word(text, m, L.code)]
    measured = _dates(text, [_bare_glued(text, m, L.code) for m in measured])
    return join_ranges(text, split_seconds(text, duration_parts(text, measured, L.code), L.code))


def _bare_glued(text: str, q: Quantity, lang: str) -> Quantity:
    """A numeral spelled in a script written without spaces (Thai, Lao, Myanmar, Khmer) that is glued to other
    letters with no unit, currency or percent word after it is weak: the words run together, so its letters may
    be part of another word (Khmer "ដើម្បី", in order to, ends in "បី", three; Burmese "လေးတယ်": "လေး" is four
    and also "heavy"). One standing apart, between spaces or signs, is a word of its own, and so is one of
    several words that ICU's dictionary cuts out of the run whole (Thai "หนึ่งล้านครัวเรือน", one million
    households)."""
    span = text[q.start : q.end]
    if q.weak or q.kind != "number" or not glued_script(span[0]) or any(c.isdigit() for c in span):
        return q
    if not _letter_at(text, q.start - 1) and not _letter_at(text, q.end):
        return q
    return q if _words_of_its_own(text, q, lang) else replace(q, weak=True)


def _inside_word(text: str, q: Quantity, lang: str) -> bool:
    """A numeral spelled in a script that glues its words or syllables (:func:`glued_script`: Thai, Lao, Tibetan,
    Myanmar, Khmer) that starts or ends inside a word ICU's word breaker cuts out of its run: letters of another
    word, no numeral at all (Thai "หก", six, in "สหกรณ์", cooperative; "สาม", three, opening "สามี", husband).
    Counted as a weak numeral, such letters stood for any small figure the sentence lacks, so a dropped
    "2.5 euros" went unreported beside "สหกรณ์"."""
    span = text[q.start : q.end]
    if q.kind != "number" or not span or not glued_script(span[0]) or any(c.isdigit() for c in span):
        return False
    cuts = _run_cuts(text, q, lang)
    return q.start not in cuts or q.end not in cuts


def _run_cuts(text: str, q: Quantity, lang: str) -> set[int]:
    """Where ICU's word breaker cuts the run of letters around ``q`` (its two ends included)."""
    start, end = q.start, q.end
    while _letter_at(text, start - 1):
        start -= 1
    while _letter_at(text, end):
        end += 1
    return {start, end} | {start + e for e in word_ends(text[start:end], lang)}


def _words_of_its_own(text: str, q: Quantity, lang: str) -> bool:
    """Whether ICU's word breaker for ``lang`` cuts the numeral ``q`` out of its run of letters as two words or
    more, a word ending where it starts and ends: a numeral of one word may be a homonym or part of another."""
    cuts = _run_cuts(text, q, lang)
    inside = [c for c in cuts if q.start < c < q.end]
    return q.start in cuts and q.end in cuts and len(inside) >= 1


def _letter_at(text: str, i: int) -> bool:
    """Whether ``text`` has a letter or mark at ``i``."""
    return 0 <= i < len(text) and unicodedata.category(text[i])[0] in "LM"


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
    """A number written with digits, with what is glued around it: currency, scale, percent, unit of time;
    in a language that writes units first, a scale word right before a bare figure (see :func:`_scale_before`)."""
    q = _digits_around(text, m, L)
    if q.kind not in ("number", "year") or q.end != m.end():
        return q
    before = _scale_before(text, q.start, L, q.kind == "year")
    if before is None:
        return q
    factor, start = before
    alts = tuple(a * factor for a in q.alternatives)
    return Quantity(start, q.end, q.value * factor, "number", "", alts, (q.precision or 1.0) * factor)


#: The word right before a figure, and the space between.
_WORD_BEFORE = regex.compile(rf"({WORD})[ \u00a0]$")


def _scale_before(text: str, start: int, L: _Lang, year: bool = False) -> tuple[float, int] | None:
    """(factor, start) of a scale word right before a figure: where the language's CLDR unit patterns put the unit
    first and the press puts the scale there too (Swahili "dola bilioni 2.3", Sinhala "ඩොලර් බිලියන 2.3"), where
    CLDR's compact formats put the scale first (Hausa "dala biliyan 3.6"), and in any language when no number
    stands before the scale word (Yoruba "mílíọ̀nù 90 yúrò", ninety million euros): then it counts nothing else,
    while in "3 million 200" it is the 3's; a figure that may be a ``year`` ("Millionen 2019") only in the first two."""
    start = past_link(text, start, L.code)  # Tongan "miliona ʻe 80"
    w = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if w is None and front_inflection(L.code):
        w = _CONCORD_BEFORE.search(text, max(0, start - 40), start)
    if w is None:
        return None
    key = word_key(w.group(1))
    entry = L.words.get(key) or _front_form(key, L)
    if entry is None or entry.kind != "s" or "c" in entry.flags:
        return None
    first = language(L.code).units_first or key in compact_scales(L.code, before=True)
    if not first and (year or _number_before(text, w.start(1), L)):
        return None
    return entry.value, w.start(1)


#: The word before a figure that a concord is written onto with a hyphen, where nouns inflect at the front
#: (Zulu "izigidi ezingu-260", 260 million).
_CONCORD_BEFORE = regex.compile(rf"({WORD})[ \u00a0]\p{{Ll}}+-$")


def _front_form(key: str, L: _Lang) -> Entry | None:
    """The table's scale word that ``key`` is a form of where nouns inflect at the front (CLDR's unit names,
    :func:`~mt_audit.languages.front_inflection`): the two share their end, all but the letters a front
    changes and more than half the word (Zulu "ayizigidi" of "isigidi", million)."""
    front = front_inflection(L.code)
    if not front:
        return None
    for word, entry in L.words.items():
        if entry.kind != "s" or " " in word or word == key:
            continue
        tail = len(commonprefix([word[::-1], key[::-1]]))
        if tail >= max(len(word) - front, len(word) // 2 + 1):
            return entry
    return None


#: What may stand before a scale word that counts the number before it: a figure, or a word (checked below).
_TOKEN_BEFORE = regex.compile(rf"(\d|{WORD})[ \u00a0]*$")


def _number_before(text: str, start: int, L: _Lang) -> bool:
    """Whether a figure or a number word stands right before ``start``."""
    m = _TOKEN_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    token = m.group(1)
    return token.isdigit() or word_key(token) in L.words or parse_spelled(L.code, token.lower()) is not None


#: Characters before a figure searched for what it is written after: a currency sign, a percent word
#: ("boqolkiiba 18", "yüzde 18"), an ordinal mark.
PREFIX_WINDOW = 24


def _digits_around(text: str, m: re.Match[str], L: _Lang) -> Quantity:
    """:func:`_digits` but for a scale word before the figure."""
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
    pre = L.prefix_re.search(text, max(0, start - PREFIX_WINDOW), start)
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
    tail = L.after_re.match(text, end) is not None or _scale_form(text, end, L.code) is not None
    tail = tail or _glued_scale(text, end, L) is not None
    if tail and kind in ("number", "ordinal") and not seps:
        cjk = _CJK_AFTER.match(text, end)
        if cjk:
            return _cjk(text, start, raw, cjk)
    if kind == "ordinal":
        return century(text, Quantity(start, end, value, "ordinal", "", alts, prec))
    if tail and kind in ("number", "code") and L.ordinal_re is not None and not seps:
        o = L.ordinal_re.match(text, end)
        if o:
            return century(text, Quantity(start, o.end(), value, "ordinal", "", alts, prec))
    if tail and kind in ("number", "code") and not seps and raw % 10 == 0 and 10 <= raw < 10000:
        d = _DECADE.match(text, end)
        if d:
            dec_alts = ((raw % 100,) if raw % 100 else ()) if raw >= 1000 else (1900 + raw,)
            return Quantity(start, d.end(), raw, "decade", "", dec_alts)
    if kind == "time" or kind == "number" and (tail or seps):
        clock = _clock(text, m, start, end, kind, value, alts, prec, seps, L)
        if clock is not None:
            return clock
    if not tail and kind != "percent":
        year = kind == "number" and not seps and 1000 <= value <= 2100 and m.end() - m.start() == 4
        return Quantity(start, end, value, "year" if year else kind, unit, alts, prec)
    sc = (L.scale_cur_re if kind == "currency" else L.scale_re).match(text, end)
    unit_next = _opens_unit_name(text, end, sc.end() if sc else end + 1, L.code)
    scaled = None if unit_next else _scale_after(text, end, L, sc)
    if scaled:
        factor, scale_end = scaled
        value, alts, prec, end = value * factor, tuple(a * factor for a in alts), (prec or 1.0) * factor, scale_end
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
            factor = L.words[word_key(sc.group())].value
            value, alts, prec, end = value * factor, tuple(a * factor for a in alts), (prec or 1.0) * factor, sc.end()
    if kind == "number" and not seps and not scaled and 1000 <= value <= 2100 and m.end() - m.start() == 4:
        kind = "year"
    return Quantity(start, end, value, kind, unit, alts, prec)


#: The word after a figure, its marks and joiners kept (Bengali "কোটি" is one word, not "ক" and "টি").
_NEXT_WORD = regex.compile(rf"[ \u00a0]({WORD})")


def _scale_after(text: str, end: int, L: _Lang, sc: re.Match[str] | None) -> tuple[float, int] | None:
    """(factor, end) of the scale word after a figure: one of the table's, or a case form of one ("310
    εκατομμυρίων", "310 miljoonan": its stem and a short ending); None when there is none."""
    sc = sc or _glued_scale(text, end, L)
    if sc:
        factor, end = L.words[word_key(sc.group())].value, sc.end()
        more = L.scale_re.match(text, end) if end < len(text) and not text[end].isspace() else None
        if more and L.words[word_key(more.group())].value > factor:  # Korean "1천만", Chinese "1千万": 10^7
            return factor * L.words[word_key(more.group())].value, more.end()
        return factor, end
    return _scale_form(text, end, L.code)


def _opens_unit_name(text: str, start: int, end: int, code: str) -> bool:
    """Whether the word ``text[start:end]`` after a figure is the head of a unit's name CLDR glues there ("兆" of
    "兆瓦", megawatt), so no scale word."""
    return any(len(n) > end - start and text.startswith(n, start) for n in glued_unit_names(code))


def _glued_scale(text: str, end: int, L: _Lang) -> re.Match[str] | None:
    """A short scale word glued to the currency's name after a figure in a script without spaces ("៣១០ លានអឺរ៉ូ",
    310 million euros), where alone a short scale word may begin another word (Thai "พันธุ์", breed)."""
    names = _currency_names(L.code)
    if names is None:
        return None
    m = _glued_scale_re(L.code).match(text, end)
    return m if m and names.match(text, m.end()) else None


@cache
def _glued_scale_words(code: str) -> tuple[str, ...]:
    """The language's scale words in a script written without spaces, longest first."""
    found = [w for w, e in words(code).items() if e.kind == "s" and "c" not in e.flags and glued_script(w[-1])]
    return tuple(sorted(found, key=len, reverse=True))


@cache
def _glued_scale_re(code: str) -> re.Pattern[str]:
    return re.compile(r"\s?(?:" + "|".join(map(re.escape, _glued_scale_words(code))) + ")")


@cache
def _currency_names(code: str) -> re.Pattern[str] | None:
    """The words of CLDR's names of the currencies read here, in a language written without spaces; None elsewhere."""
    from babel import Locale, UnknownLocaleError

    if language(code).spaced or not _glued_scale_words(code):
        return None
    try:
        names = Locale.parse(code).currencies
    except (UnknownLocaleError, ValueError):
        return None
    parts = {w for c in CURRENCY_CODES for w in re.split(r"[\s\u200b]+", names.get(c, "")) if len(w) > 1}
    return re.compile("|".join(sorted(map(re.escape, parts), key=len, reverse=True))) if parts else None


def _scale_form(text: str, end: int, code: str) -> tuple[float, int] | None:
    """A scale word the table lacks after a figure: a case form ("εκατομμυρίων": a stem and a short ending)
    or an abbreviation with a dot that starts one stem only ("εκατ.", not German "Mill.": million or milliard)."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return None
    word = bare(m.group(1).lower())
    stems = scale_stems(code)
    for stem, value in stems:
        if word.startswith(stem) and len(word) - len(stem) <= MAX_ENDING:
            return value, m.end(1)
    if len(word) < 3 or not text.startswith(".", m.end(1)):
        return None
    values = {value for stem, value in stems if stem.startswith(word)}
    return (values.pop(), m.end(1) + 1) if len(values) == 1 else None


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


def _currency(word: str, L: _Lang) -> str:
    w = word.strip()
    for link in ("de ", "di ", "d'", "d’"):
        if w.lower().startswith(link):
            w = w[len(link) :].strip()
    if w in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[w]
    if w.upper() in CURRENCY_CODES:
        return w.upper()
    e = L.words.get(word_key(w))
    return e.code if e else ""


def _finish(text: str, q: Quantity, L: _Lang) -> Quantity:
    """A numeral read from words, with a case form of a scale word ("δύο εκατομμυρίων"), a percent or a currency
    word after it."""
    if q.kind != "number":
        return q
    form = _scale_form(text, q.end, L.code) if q.value < 1000 else None
    if form is not None:
        factor, end = form
        alts = tuple(a * factor for a in q.alternatives)
        q = Quantity(q.start, end, q.value * factor, q.kind, q.unit, alts, (q.precision or 1.0) * factor, q.weak)
    p = L.pct_re.match(text, q.end)
    if p:
        return Quantity(q.start, p.end(), q.value, "percent", "%", (q.value / 100,), q.precision, q.weak)
    c = L.cur_re.match(text, q.end)
    if c and c.group().strip():
        return Quantity(q.start, c.end(), q.value, "currency", _currency(c.group(), L), (), q.precision)
    return q


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
    """Days next to a month name are dates; 4-digit numbers next to one are years. A figure with its unit read
    is a measure, no day ("in augustus 31 graden Celsius": the sea's 31 degrees, in August)."""
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
