"""Number words: the lexical table ``number_words.tsv`` and ICU's spelled-out numerals.

The table holds what ICU's rule-based number format lacks: fractions ("two
thirds", "zwei Drittel"), multiplicatives ("twice", "doppelt"), scale
abbreviations ("mln", "tys."), approximate words ("a couple", "dozen"),
vague plurals ("thousands") and phrases in which a number word is no number
("no one"). Numerals themselves are read in every language ICU spells out
(:mod:`mt_audit.numbers_spelled`); where the table also has a language's
numerals its grammar reads them (with weak marks for words such as French
"neuf"), and ICU fills in what it does not cover.

Grammar facts that ICU's own spell-out shows (Arabic writes units before
tens, French tens take a teen) are derived from it, never listed by hand.
"""

from __future__ import annotations

import os
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cache
from importlib import resources
from itertools import product
from typing import TYPE_CHECKING, NamedTuple

import regex

from mt_audit.languages import cldr_tag, in_script, parse_spelled, spell, spells_numbers
from mt_audit.numbers_quantity import Quantity, place
from mt_audit.numbers_spelled import spelled_numbers

if TYPE_CHECKING:
    from mt_audit.numbers import _Lang

#: The word right before another ("a third": the language's indefinite article, "art" rows).
_PREVIOUS_WORD = re.compile(r"(?<!\w)(\w+)\s$")
#: Kinds of row that are read as part of a numeral (the rest are suffixes, links and catalogues).
SCANNED = ("n", "m", "t", "h", "s", "o", "f", "mo", "x", "v", "mul")


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


#: Rows whose last column is one pattern, not "|"-separated words: the language a table inherits,
#: ordinal suffixes and prefixes after or before digits, words linking an amount to its currency.
_PATTERN_KINDS = ("inherit", "osuf", "opre", "link", "tub", "tua")


@cache
def _rows() -> dict[str, dict[str, Entry]]:
    """All number words, per language, lower-cased (dotted abbreviations also without their dot)."""
    table: dict[str, dict[str, Entry]] = {}
    text = resources.files("mt_audit").joinpath("data/number_words.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, kind, value, flags, cell = line.split("\t")
        per = table.setdefault(lang, {})
        if kind in _PATTERN_KINDS:
            per["\0" + kind + cell] = Entry(kind, 0.0, flags, cell)
            continue
        entry = Entry(kind, 0.0 if kind == "cur" else float(value), flags, value if kind == "cur" else "")
        for group in cell.split("|"):
            for word in _expand(group.strip()):
                key = word.lower()
                if kind == "o" and "p" in flags:  # a denominator over the same word as an ordinal ("terzi")
                    per[key] = entry
                per.setdefault(key, entry)
                if key.endswith(".") and len(key) > 2:
                    per.setdefault(key[:-1], entry)
    for per in table.values():
        _add_clitics(per)
    return table


def _add_clitics(per: dict[str, Entry]) -> None:
    """Number words with the language's glued clitics ("clitic" rows: Arabic "و" and, "ب" by)."""
    clitics = [(w, e) for w, e in per.items() if e.kind == "clitic"]
    for word, entry in [(w, e) for w, e in per.items() if e.kind in ("n", "m", "s", "o", "f")]:
        for clitic, c in clitics:
            per.setdefault(clitic + word, entry._replace(flags=entry.flags + c.flags))


def words(lang: str) -> dict[str, Entry]:
    """The language's rows, over those of the language it inherits from ("inherit" row) and of "*".

    Scale words the table lacks ("310 miljoonaa", "2,3 δισεκατομμύρια") come from ICU's spell-out.
    """
    rows = _rows()
    out = dict(rows.get("*", {}))
    own = rows.get(lang, {})
    for entry in own.values():
        if entry.kind == "inherit":
            out.update(rows.get(entry.code, {}))
    out.update(own)
    have = {e.value for e in out.values() if e.kind == "s"}
    for word, value in scale_words(lang).items():
        if value not in have:
            out.setdefault(word, Entry("s", value, "", ""))
    for word, value in compact_scales(lang).items():
        out.setdefault(word, Entry("s", value, AFTER_DIGITS, ""))
    for word, value in compact_scales(lang, before=True).items():
        out.setdefault(word, Entry("s", value, AFTER_DIGITS, ""))
    have = {e.value for e in out.values() if e.kind == "s"}
    for word, value in neighbour_scales(lang).items():
        if value not in have:
            out.setdefault(word, Entry("s", value, AFTER_DIGITS, ""))
    return out


#: A scale word of one or two words, letters and their marks: no abbreviation ("শঃ কোঃ" has signs of its own).
_SCALE_WORDS = regex.compile(r"\p{L}[\p{L}\p{M}]*(?: \p{L}[\p{L}\p{M}]*)?")


@cache
def neighbour_scales(lang: str) -> dict[str, float]:
    """The scale words of the other languages of the language's country (see
    :func:`~mt_audit.languages.neighbour_languages`), written in its script by ICU's transliteration: Odia and
    Assamese write the crore as their neighbours do ("କୋଟି", "কোটি": ten million), though their own CLDR formats
    lack it. Only words the neighbours agree on; none for a Latin-script language, nor from one (its words would
    be loans of another kind: "million" in any script). :func:`words` takes those of values the language lacks."""
    import icu

    from mt_audit.languages import language, neighbour_languages

    script = language(lang).script
    if script == "Latn":
        return {}
    try:
        to_script = icu.Transliterator.createInstance(f"Any-{script}")
    except icu.ICUError:  # no transform into the script (Japanese, Chinese)
        return {}
    seen: dict[str, set[float]] = {}
    for other in neighbour_languages(lang):
        if language(other).script == "Latn":
            continue
        for word, value in compact_scales(other).items():
            form = to_script.transliterate(word).lower()
            if _SCALE_WORDS.fullmatch(word) and in_script(form.replace(" ", ""), lang):
                seen.setdefault(form, set()).add(value)
    return {word: values.pop() for word, values in sorted(seen.items()) if len(values) == 1}


#: Flag of a scale word read only right after digits: CLDR's compact abbreviations ("εκ.", "milj.", "mn").
AFTER_DIGITS = "D"


@cache
def compact_scales(lang: str, before: bool = False) -> dict[str, float]:
    """Scale words as CLDR's compact number formats write them after a figure: long ("310 miljoonaa") and
    short ("310 milj.", "310 εκ.", "310 mln"), lower-cased, with and without a final dot; with ``before``,
    those they write before it (Hausa "Miliyan 260"). Single letters ("5 M", "5 K") are left out: they are
    units and initials as often.

    A word's value is its magnitude over the figure's place: Marathi writes a million "00 लाख" (ten lakh),
    so "लाख" is a hundred thousand, never a million. A word the formats give two values (Nepali's long and
    short formats disagree on "करोड") is left out."""
    from babel import Locale, UnknownLocaleError

    try:
        formats = Locale.parse(cldr_tag(lang)).compact_decimal_formats
    except (UnknownLocaleError, ValueError):
        return {}
    seen: dict[str, set[float]] = {}
    for width in ("long", "short"):
        for per_count in formats.get(width, {}).values():
            for magnitude, pattern in per_count.items():
                word = " ".join(pattern.suffix[0].replace("'", "").split()).lower()
                value = float(magnitude) / 10 ** (pattern.int_prec[0] - 1)
                if before:
                    word, mark = " ".join(pattern.prefix[0].split()).lower(), pattern.suffix[0].strip("\u200f")
                else:
                    mark = pattern.prefix[0].strip("\u200f")
                if value >= SCALE_MIN and float(magnitude) <= MAGNITUDE_MAX and not mark:
                    if sum(c.isalpha() for c in word) >= 2:
                        seen.setdefault(word, set()).add(value)
                        seen.setdefault(word.rstrip("."), set()).add(value)
    return {word: values.pop() for word, values in seen.items() if len(values) == 1}


#: The scale words read from CLDR's compact formats: a thousand and more (lakh, crore), in the formats of
#: figures up to a billion (beyond it short forms grow odd: Catalan "kM", ten thousand million, is no km).
SCALE_MIN, MAGNITUDE_MAX = 1e3, 1e9


@cache
def scale_stems(lang: str) -> tuple[tuple[str, float], ...]:
    """Stems of the language's scale words, without accents, longest first: the part every form of a million
    shares ("εκατομμυρι", "miljoona"), so that a case form CLDR does not list ("310 εκατομμυρίων", "310
    miljoonan") is read after a figure. Stems under five letters are not trusted ("mil" + "has" is miles)."""
    forms: dict[float, list[str]] = {}
    for word, entry in words(lang).items():
        if entry.kind == "s" and word.isalpha() and len(word) >= 5:
            forms.setdefault(entry.value, []).append(bare(word))
    out: set[tuple[str, float]] = set()
    for value, group in forms.items():
        stem = os.path.commonprefix(group)
        others = [w for v, g in forms.items() if v != value for w in g]
        shared = any(w.startswith(stem) for w in others)  # Icelandic "millj" begins a million and a billion
        out.update([(stem, value)] if len(stem) >= 5 and not shared else ((w, value) for w in group))
    return tuple(sorted(out, key=lambda sv: -len(sv[0])))


def bare(text: str) -> str:
    """``text`` without accents and other combining marks ("εκατομμύρια" → "εκατομμυρια")."""
    return unicodedata.normalize(
        "NFC", "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    )


#: Multipliers ICU's spell-out shows with scale words: the forms after one, few and many differ
#: (Slavic "milion", "miliony", "milionów"; Finnish "miljoona", "miljoonaa").
_SCALE_COUNTS = (1, 2, 3, 5, 21, 22, 25)


@cache
def scale_words(lang: str) -> dict[str, float]:
    """Words for a million and a billion as ICU spells them in the language, every inflected form it shows.

    A spaced language's scale word is the one token of "two million" that is not itself a number; a
    compounding one ("kétmillió", "ötmillió") gives the ending its spellings share. Empty where ICU
    has no rules of its own or writes without spaces.
    """
    from mt_audit.languages import language, spell, spells_numbers

    if not spells_numbers(lang):
        return {}
    if not language(lang).spaced:
        return _glued_scales(lang)
    out: dict[str, float] = {}
    for scale in (10.0**6, 10.0**9):
        spelled = [(spell(lang, k * scale) or "").lower() for k in _SCALE_COUNTS]
        counts = [(spell(lang, k) or "").lower() for k in _SCALE_COUNTS]
        if all(len(w.split()) == 1 for w in spelled):
            stem = os.path.commonprefix([w[::-1] for w in spelled])[::-1]
            if len(stem) >= 4:
                out.setdefault(stem, scale)
            continue
        for whole, count in zip(spelled, counts):
            word = _beside(whole.split(), count.split())
            if word:
                out.setdefault(word, scale)
    return out


def _glued_scales(lang: str) -> dict[str, float]:
    """A million and a billion as ICU writes them after "two" in a script without spaces (Thai "สองล้าน":
    "ล้าน"); none in CJK, whose scale characters the "*" rows read."""
    from mt_audit.languages import spell

    two = (spell(lang, 2) or "").replace("\u200b", "")
    out: dict[str, float] = {}
    for scale in (10.0**6, 10.0**9):
        whole = (spell(lang, 2 * scale) or "").replace("\u200b", "")
        rest = whole[len(two) :] if two and whole.startswith(two) else ""
        if rest and not is_cjk(rest[0]):
            out.setdefault(rest, scale)
    return out


#: Words a scale may take: Catalan and Spanish write a billion as "mil milions", a thousand millions.
SCALE_WORDS_MAX = 2


def _beside(whole: list[str], count: list[str]) -> str | None:
    """The scale word (or two) standing beside the spelled count ("dwa miliony" → "miliony", "dos mil milions"
    → "mil milions"); None otherwise.

    Hindi "बीस लाख" (twenty lakh) for two million has no "two" in it, so a lakh is never taken for a million.
    """
    extra = len(whole) - len(count)
    if not 1 <= extra <= SCALE_WORDS_MAX:
        return None
    if whole[: len(count)] == count:
        return " ".join(whole[len(count) :])
    return " ".join(whole[:extra]) if whole[extra:] == count else None


def affixes(lang: str, kind: str) -> list[str]:
    """The patterns of the language's rows of ``kind`` ("osuf": ordinal suffixes; "link": currency links)."""
    return [e.code for e in words(lang).values() if e.kind == kind]


def is_cjk(ch: str) -> bool:
    return "\u2e80" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" or "\uf900" <= ch <= "\ufaff"


def _bound(word: str) -> str:
    """Word-final boundary, except after a dot or a CJK character (10万人)."""
    last = word[-1]
    glued = glued_script(last) and len(word) >= 4  # a shorter syllable starts other words (Thai "พันธุ์")
    return "" if not (last.isalnum() or last == "_") or is_cjk(last) or glued else r"(?!\w)"


def glued_script(ch: str) -> bool:
    """A letter of a script written without spaces (Thai, Lao, Tibetan, Myanmar, Khmer): "ล้านดอลลาร์"."""
    return "\u0e00" <= ch <= "\u109f" or "\u1780" <= ch <= "\u17ff"


def literal(word: str) -> str:
    """A pattern for a number word whose spaces may also be written as a non-breaking space or, in scripts that
    join a compound's parts with it, a zero-width non-joiner (Persian "یک‌سوم", a third)."""
    return "".join(r"[ \u00a0\u200c]" if c == " " else re.escape(c) for c in word)


def alternation(words: list[str]) -> str:
    """Longest first, each with its own end boundary; for the short suffix lists."""
    uniq = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(literal(w) + _bound(w) for w in uniq) + ")" if uniq else "(?!)"


def trie(words: list[str]) -> str:
    """A prefix-factored alternation: scanning a text with it costs little per position."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = w

    def gen(node: dict) -> str:
        alts = [literal(ch) + gen(child) for ch, child in sorted((k, v) for k, v in node.items() if k)]
        if "" in node:
            alts.append(_bound(node[""]))
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return gen(root) if root else "(?!)"


class _Tok(NamedTuple):
    """A number word found in the text, with how it joins the previous one (see :func:`_gap`)."""

    start: int
    end: int
    entry: Entry
    gap: str


def word_key(word: str) -> str:
    """A number word's key in the table: lower-cased, its spaces (and the non-joiners :func:`literal` takes
    for them) written as one space."""
    return " ".join(word.replace("\u200c", " ").split()).lower()


def word_quantities(text: str, L: _Lang, finish: Callable[[Quantity], Quantity]) -> list[Quantity]:
    """Number words read by the table's grammar, then the numerals ICU reads where the table read none.

    ``finish`` reads what follows a numeral (a percent or currency word). Of a table reading and an ICU
    reading that overlap the longer wins, the table's on a tie (it knows which words are weak); ICU never
    reads a word the table marked as no number ("no one", "thousands", "a second later").
    """
    table, blocked = _table_quantities(text, L, finish) if L.words_re is not None else ([], [])
    if not spells_numbers(L.code):
        return table
    spelled = [finish(q) for q in _icu_quantities(text, L.code) if not _overlaps(q, blocked)]
    return _counts_of_scales(text, _prefer_longer(table, spelled), L.code)


#: A word between a scale word and the count after it ("miliɔn afã ene"): one word at most.
_ONE_WORD_BETWEEN = regex.compile(r"[ \u00a0]+\p{L}[\p{L}\p{M}]*[ \u00a0]+")


@cache
def scale_first(code: str) -> bool:
    """Whether ICU writes a scale word before its count, as a noun before its numeral (Ewe "miliɔn ene", Swahili
    "milioni nne": four million)."""
    four, whole = spell(code, 4), spell(code, 4e6)
    return bool(four and whole) and whole.split()[-1:] == [four] and len(whole.split()) == 2


def _counts_of_scales(text: str, qs: list[Quantity], code: str) -> list[Quantity]:
    """``qs``, where the language writes a scale word before its count, with a count that stands a word after a
    scale word read alone made weak: the word between left the numeral unread ("miliɔn afã ene", about half a
    million: "afã" is a half, "abe ... ene" about), so the count is part of it or another word, no number of its
    own."""
    if not scale_first(code):
        return qs
    out = list(qs)
    for i, (scale, count) in enumerate(zip(qs, qs[1:])):
        if scale.weak and scale.value >= SCALE_MIN and count.kind == "number" and count.value < SCALE_MIN:
            if _ONE_WORD_BETWEEN.fullmatch(text, scale.end, count.start):
                out[i + 1] = replace(count, weak=True)
    return out


def _overlaps(q: Quantity, spans: list[tuple[int, int]]) -> bool:
    """Whether ``q`` overlaps one of ``spans`` (sorted, not overlapping each other)."""
    i = bisect_left(spans, (q.end, -1))
    return i > 0 and spans[i - 1][1] > q.start


def _prefer_longer(table: list[Quantity], spelled: list[Quantity]) -> list[Quantity]:
    """Both readings in text order; an ICU reading replaces the table's it overlaps only when longer than each."""
    starts = [t.start for t in table]
    dropped: set[int] = set()
    kept: list[Quantity] = []
    for s in spelled:
        hits = []
        j = bisect_left(starts, s.end) - 1
        while j >= 0 and table[j].end > s.start:
            hits.append(j)
            j -= 1
        if all(_longer(s, table[k]) for k in hits):
            dropped.update(hits)
            kept.append(s)
    out = [t for i, t in enumerate(table) if i not in dropped] + kept
    return sorted(out, key=lambda q: (q.start, q.end))


def _longer(a: Quantity, b: Quantity) -> bool:
    return a.end - a.start > b.end - b.start


def _icu_quantities(text: str, code: str) -> Iterator[Quantity]:
    """ICU's numerals as quantities: ordinals as "ordinal", weak ones (0, 1, "second") marked so."""
    for s in spelled_numbers(text, code):
        kind = "ordinal" if s.ordinal else "number"
        yield Quantity(s.start, s.end, s.value, kind, "", (), 0.0, s.weak)


def _table_quantities(
    text: str, L: _Lang, finish: Callable[[Quantity], Quantity]
) -> tuple[list[Quantity], list[tuple[int, int]]]:
    """The table's numerals ("two hundred and five", "dua ratus lima puluh"), and the spans it read as no number."""
    assert L.words_re is not None and L.words_ci_re is not None
    toks: list[_Tok] = []
    groups: list[list[_Tok]] = []
    blocked: list[tuple[int, int]] = []
    low = text.lower()
    # the lower-cased text scans twice as fast, when lower-casing keeps offsets (not so for "İ")
    found = L.words_re.finditer(low) if len(low) == len(text) else L.words_ci_re.finditer(text)
    for m in found:
        entry = L.words.get(word_key(m.group()))
        if entry is not None and _is_time_unit(text, m, entry, L):
            entry = None
        if entry is None or entry.kind in ("x", "v"):
            blocked.append((m.start(), m.end()))
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
        out.extend(_parse_group(text, g, L, finish))
    return out, blocked


@cache
def _time_ordinal(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """What makes the ordinal "second" the unit of time in the language ("tub"/"tua" rows): "hundreds of
    times a second", "per second", "a second later" (but "a second term" is an ordinal)."""
    before, after = affixes(code, "tub"), affixes(code, "tua")
    if not before or not after:
        return None
    return (
        re.compile(r"(?<!\w)(?:" + "|".join(before) + r")\s$", re.IGNORECASE),
        re.compile("|".join(after), re.IGNORECASE),
    )


def _is_time_unit(text: str, m: re.Match[str], entry: Entry, L: _Lang) -> bool:
    """Whether an ordinal word ("second") is here the unit of time, so no number at all."""
    pats = _time_ordinal(L.code)
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
        if len(low) == 2 and low[0] in L.and_words and low[1] in L.articles:
            return "and_a"
        if len(low) == 1 and low[0] in L.articles:
            return "a"
    return _partitive(between, L)


#: Of a scale a fraction is part of, the step a translator rounds the product to ("a third of a million": 330,000).
PART_ROUNDING = 100
#: Gaps that make the number before a part of the scale after ("a quarter of a million", "un quart de million").
PARTITIVE = ("of", "of_a")


@cache
def _link_re(code: str) -> re.Pattern[str] | None:
    """The language's words joining an amount to what it counts ("link" rows: "of", "de", "di")."""
    links = affixes(code, "link")
    return re.compile("(?:" + "|".join(links) + ")", re.IGNORECASE) if links else None


def _partitive(between: str, L: _Lang) -> str:
    """ "of" where the words between two number words are the language's link ("de", "of"), "of_a" where its
    article follows the link ("of a"); "" otherwise."""
    link = _link_re(L.code)
    m = link.match(between, 1) if link is not None and between[:1].isspace() else None
    if m is None:
        return ""
    rest = between[m.end() :].split()
    if not rest:
        return "of"
    return "of_a" if len(rest) == 1 and rest[0].lower() in L.articles and between[-1:].isspace() else ""


#: The ordinal no language makes a denominator of unless the table flags it so: "one second" is a unit of time,
#: a half has a word of its own ("one half", "un demi", "eine Hälfte").
HALF_ORDINAL = 2


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
        self.approx = "~" in tok.entry.flags
        self.ok = True
        self.lone_denominator = 0.0
        self.part_of = False
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
            elif "p" in e.flags:  # "thirds", "Drittel" alone: loosely one of them, unless a numeral is before
                self.kind, self.value, self.closed, self.alts = "fraction", 1 / e.value, True, (100 / e.value,)
                self.lone_denominator, self.weak = e.value, True
            else:
                self.kind, self.value, self.closed = "ordinal", e.value, True
        elif e.kind == "mul":  # "twice", "doppelt", "le triple": so many times
            self.kind, self.value, self.closed = "multiple", e.value, True
        else:
            self.ok = False
        if e.kind in ("s", "m") and not a and "1" not in e.flags:  # "ملايين", "miliony" alone: vague
            self.weak = True
        if a:
            self.weak = False

    def extend(self, tok: _Tok, L: _Lang) -> bool:
        """Take ``tok`` into this numeral if the grammar allows; False starts a new one."""
        e, g = tok.entry, tok.gap
        if g in PARTITIVE:
            return self._part_of(tok)
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
                teen = self.seg in teen_tens(L.code) and v < 20
                if v < place(self.seg) or teen:
                    self.seg, took = self.seg + v, True
                elif g == "and" and units_first(L.code) and self.seg < 10 and v % 10 == 0 and 20 <= v < 100:
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
            elif "p" in e.flags or self.seg == 1 and v != HALF_ORDINAL:
                num = self.total + self.hund + self.seg
                self.kind, self.value, self.closed, took = "fraction", num / v, True, True
                self.alts = (100 * num / v,)
        if took:
            if k != "o":
                self.last = "f" if k in ("f", "h") else k
            self.end = tok.end
            self.weak = self.approx  # "two thousand" is a count; "a couple thousand" stays a guess
            if self.kind == "fraction" and k in ("s", "m"):  # "half a million": the fraction stays a reading
                self.kind, self.value, self.alts = "number", None, (self.value,) if self.value else ()
        return took

    def _part_of(self, tok: _Tok) -> bool:
        """Take a scale word that the fraction read so far is a part of ("a quarter of a million", "three quarters
        of a billion", "un quart de million"): their product, the fraction kept as another reading, since a
        translation may write the fraction in words and the scale in a form not read."""
        frac = self.value
        if not self.ok or tok.entry.kind != "s" or frac is None or not 0 < frac < 1 or self.total or self.hund:
            return False
        self.kind, self.value, self.total, self.scale = "number", None, frac * tok.entry.value, tok.entry.value
        self.seg, self.alts, self.closed, self.last, self.end = 0.0, (frac,), True, "s", tok.end
        self.weak, self.part_of = self.approx, True
        return True

    def numerator(self, text: str, code: str, after: int) -> None:
        """Take the spelled-out word before a lone denominator as its numerator ("två tredjedelar": 2/3).

        Only a word that ICU reads as a whole number below 100 and that no numeral already read (ending
        after ``after``) covers, so "zwei Drittel" read by the table is not read twice.
        """
        m = _WORD_BEFORE.search(text, max(0, self.start - 30), self.start)
        if m is None or m.start() < after:
            return
        num = parse_spelled(code, m.group(1).lower())
        if num is None or not 1 <= num < 100 or num != int(num):
            return
        den = self.lone_denominator
        self.start, self.value, self.alts, self.weak = m.start(), num / den, (100 * num / den,), False

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
            prec = place(value) if value >= 1 else 1.0
        if self.part_of:  # "a third of a million": 333,333 or 330,000
            prec = self.scale / PART_ROUNDING
        return Quantity(self.start, self.end, value, self.kind, "", self.alts, prec, self.weak, self.approx)


def _parse_group(text: str, toks: list[_Tok], L: _Lang, finish: Callable[[Quantity], Quantity]) -> Iterator[Quantity]:
    cur: _Num | None = None
    for tok in toks:
        if tok.entry.kind == "v":  # "on milyonlarca" (tens of millions): neither is a number
            if cur is not None and cur.ok:
                if tok.gap == "sp":
                    cur.weak = True
                yield _finish_num(text, cur, L, finish)
            cur = None
            continue
        if tok.entry.kind == "mo":
            if _MONTH_BEFORE.search(text, max(0, tok.start - 12), tok.start) or _MONTH_AFTER.match(text, tok.end):
                yield Quantity(tok.start, tok.end, tok.entry.value, "month")
            continue
        if cur is not None and cur.extend(tok, L):
            continue
        if cur is not None and cur.ok:
            yield _finish_num(text, cur, L, finish)
        a = None
        if L.articles and tok.entry.kind in ("m", "s", "o", "f") and "w" not in tok.entry.flags:
            pre = _PREVIOUS_WORD.search(text, max(0, tok.start - 6), tok.start)
            a = pre.start() if pre and pre.group(1).lower() in L.articles else None
        last_end = cur.end if cur is not None else -1
        cur = _Num(tok, a)
        if a is None and cur.lone_denominator:
            cur.numerator(text, L.code, last_end)
    if cur is not None and cur.ok:
        yield _finish_num(text, cur, L, finish)


def _finish_num(text: str, cur: _Num, L: _Lang, finish: Callable[[Quantity], Quantity]) -> Quantity:
    """The numeral's quantity, with an ordinal's century or a number's percent or currency word after it."""
    q = cur.quantity()
    if q.kind == "ordinal":
        return century(text, q)
    return finish(q)


#: "19th century", "XIX wiek": an ordinal before one of these words is a century.
_CENTURY = re.compile(
    r"[\s-](?:century|centuries|siècle|siècles|Jahrhundert|Jahrhunderts|wiek|wieku|века?|веке|yüzyıl\w*|abad|"
    r"siglo|siglos|secolo|século|století|القرن)(?!\w)",
    re.IGNORECASE,
)
_MONTH_BEFORE = re.compile(r"\d[^\W\d]{0,3}\.?,?\s(?:of\s|de\s|del\s|di\s)?$")
_MONTH_AFTER = re.compile(r"\.?,?\s(?:de\s)?\d")
#: The word right before a denominator, when it stands alone: "två tredjedelar", "dua pertiga".
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0-]$")


def century(text: str, q: Quantity) -> Quantity:
    """Read "19th century" also as the 1800s."""
    c = _CENTURY.match(text, q.end)
    if not c or not 1 <= q.value <= 30:
        return q
    return Quantity(q.start, c.end(), q.value, "century", "", ((q.value - 1) * 100,))


@cache
def teen_tens(code: str) -> frozenset[int]:
    """Tens that take a following teen in the language, from ICU's spell-out ("soixante-douze" is 60 + 12)."""
    twelve = spell(code, 12) or ""
    out = set()
    for tens in range(20, 100, 10):
        words = spell(code, tens + 12) or ""
        if twelve and words != twelve and re.split(r"[\s-]", words)[-1] == twelve:
            out.add(tens)
    return frozenset(out)


@cache
def units_first(code: str) -> bool:
    """Whether the language says units before tens with "and" ("خمسة و عشرون", five and twenty), from ICU."""
    words = (spell(code, 25) or "").split()
    return len(words) > 1 and parse_spelled(code, words[0]) == 5
