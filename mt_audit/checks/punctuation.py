"""Punctuation against the article language's conventions, read from CLDR.

Every rule takes its applicability from :mod:`mt_audit.languages`: the quotation
marks CLDR gives the language, the punctuation its exemplar set lists (Greek has
";" and no "?", Arabic "،" and no ","), its script and direction, and the few
documented typographic facts CLDR lacks (French spacing, Spanish ¿¡, the Turkish
apostrophe). A language nobody tested gets the same rules from the same facts.
Each rule is narrow: correct text must stay silent, so every rule names the
convention it applies and one mark is reported once, by the most specific rule.
"""

from __future__ import annotations

import bisect
import functools
import unicodedata
from collections.abc import Callable, Iterator
from importlib import resources

import regex

from mt_audit.checks.base import CheckInput, Emitter, check
from mt_audit.checks.textscan import LETTER, NO_SPACE_SCRIPTS, Locator, looks_like_address, quote, token_around
from mt_audit.languages import (
    Language,
    apostrophe_before_suffix,
    diastole,
    full_stop,
    inverted_marks,
    known,
    language,
    latin_full_stop,
    punctuation_marks,
    script_full_stop,
    spaced_high_punctuation,
)
from mt_audit.lexicon import zipf
from mt_audit.types import Finding

Span = tuple[int, int, str]
SPACE = " \u00a0\u202f"
CJK = r"[\p{Han}\p{Hiragana}\p{Katakana}]"
#: Scripts whose text takes full-width (ideographic) punctuation: GB/T 15834, JIS Z 8301.
FULL_WIDTH_SCRIPTS = frozenset({"Hans", "Hant", "Jpan"})
#: The Latin marks that scripts with marks of their own replace.
LATIN_MARKS = ",;?!."


def _name(lang: str) -> str:
    return language(lang).name if known(lang) else "this language"


# --------------------------------------------------------------------------- marks of the script


@functools.cache
def _script_counterparts(lang: str) -> dict[str, str]:
    """Latin mark → the script's own mark, where CLDR lists the latter and not the former.

    The script's mark is found by Unicode name ("GREEK QUESTION MARK" is ";",
    "ARABIC COMMA" is "،"), so any script with such marks is covered.
    """
    facts = language(lang)
    marks = punctuation_marks(lang)
    out = {}
    for mark in LATIN_MARKS:
        if mark in marks or (mark == "." and latin_full_stop(lang)):
            continue
        try:
            own = unicodedata.normalize("NFC", unicodedata.lookup(f"{facts.script_name} {unicodedata.name(mark)}"))
        except KeyError:
            continue
        if own in marks and own != mark:
            out[mark] = own
    return out


def _script_letter(facts: Language) -> str:
    return rf"[\p{{L}}&&\p{{Script={facts.script_property}}}]\p{{M}}*"


@functools.cache
def _latin_mark_pattern(lang: str) -> regex.Pattern[str]:
    """Latin marks the script replaces, right after one of its letters (a closing bracket or quote between),
    before another, a closing mark, a figure after a space ("قال, 25 شخصا") or the end."""
    letter = _script_letter(language(lang))
    marks = regex.escape("".join(_script_counterparts(lang)))
    return regex.compile(
        rf"(?V1)(?<={letter}[)\]»”\"]?)[{SPACE}]*[{marks}](?=[{SPACE}]*(?:{letter}|[\"'”»)\]]|$)|[{SPACE}]+\p{{Nd}})",
        regex.MULTILINE,
    )


@functools.cache
def _after_foreign_word(lang: str) -> regex.Pattern[str]:
    """A Latin comma or semicolon after a Latin word (a name) or a figure ("في عام 2020, ارتفعت") that goes on
    with a word of the script."""
    marks = regex.escape("".join(m for m in ",;" if m in _script_counterparts(lang)))
    letter = _script_letter(language(lang))
    return regex.compile(rf"(?V1)(?<=[\p{{Latin}}\p{{Nd}}%][)\]]?)[{marks}](?=[{SPACE}]+{letter})")


def _latin_marks(text: str, lang: str) -> Iterator[Span]:
    """A Latin , ; ? ! . after a word of a script that has its own mark (Arabic ،, Greek ;).

    A comma after a Latin name or a figure that the sentence continues past in the script
    ("… Blue River Engineering, التي …") is the script's comma too.
    """
    native = _script_counterparts(lang)
    if not native:
        return
    facts = language(lang)
    after_name = list(_after_foreign_word(lang).finditer(text)) if set(",;") & set(native) else []
    for m in sorted([*_latin_mark_pattern(lang).finditer(text), *after_name], key=lambda x: x.start()):
        mark = m.group()[-1]
        yield (
            m.end() - 1,
            m.end(),
            f"Latin '{mark}' in {facts.name} text: {facts.name} writes '{native[mark]}'"
            f" ({unicodedata.name(mark).lower()}).",
        )


ARABIC_MARKS = "،؛؟"
AR_SPACE_BEFORE = regex.compile(rf"(?<=\S)[{SPACE}]+[{ARABIC_MARKS}]")
AR_NO_SPACE_AFTER = regex.compile(r"(?V1)(?<=[\p{Arabic}&&\p{L}]\p{M}*)،(?=[\p{Arabic}&&\p{L}])")


def _arabic_spacing(text: str, lang: str) -> Iterator[Span]:
    """Arabic-script comma, semicolon and question mark: no space before, one after."""
    if language(lang).script != "Arab":
        return
    name = _name(lang)
    for m in AR_SPACE_BEFORE.finditer(text):
        mark = m.group()[-1]
        what = unicodedata.name(mark).lower().removeprefix("arabic ")
        yield m.start(), m.end(), f"Space before the {name} {what} '{mark}': {name} puts no space before it."
    for m in AR_NO_SPACE_AFTER.finditer(text):
        yield m.start(), m.end(), f"No space after the {name} comma '،' before the next word."


#: A one-syllable word this frequent (Zipf) before a full stop is a verb or particle ending a
#: sentence ("है", "था"), not an abbreviation ("डॉ.", "ई.", which sit below it).
SENTENCE_FINAL_ZIPF = 6.0


#: Closing quotes and brackets, which may follow a sentence's full stop.
CLOSERS = "\"'”’»)]"


@functools.cache
def _stop_pattern(script: str) -> regex.Pattern[str]:
    """A full stop right after a letter of the script, a closing quote or bracket allowed before the break."""
    return regex.compile(
        rf"(?<=[\p{{L}}&&\p{{Script={script}}}]\p{{M}}*)\.(?=[{regex.escape(CLOSERS)}]*(?:[{SPACE}]|\n|$))",
        regex.MULTILINE,
    )


#: The end of a line, closing quotes or brackets allowed before it.
LINE_END = regex.compile(rf"[{regex.escape(CLOSERS)}]*(?:\n|\Z)")
#: Full stops among the script's own stops are strays when those outnumber them this many times (a single
#: one always is): the script's stop is then clearly the article's full stop.
STOPS_PER_STRAY = 2


def _sentence_stops(text: str, lang: str) -> list[tuple[int, int]]:
    """Full stops ending a sentence of the script: abbreviations ("डॉ.") and dotted initials left out.

    A one-letter token before the full stop may be an abbreviation, so it
    counts only at the end of a line or when it is a very frequent word.
    """
    facts = language(lang)
    out = []
    for m in _stop_pattern(facts.script_property).finditer(text):
        token = token_around(text, m.start(), m.start()).rstrip(CLOSERS).rstrip(".")
        if "." in token:
            continue
        line_end = LINE_END.match(text, m.end()) is not None
        if sum(c.isalpha() for c in token) < 2 and not line_end and zipf(token, lang) < SENTENCE_FINAL_ZIPF:
            continue
        out.append(m.span())
    return out


def _own_full_stop(text: str, lang: str) -> Iterator[Span]:
    """A full stop ending a sentence where the script has its own: Hindi "।", Amharic "።", Urdu "۔", Burmese "။".

    Where no writer of the script ends sentences with "." (Burmese) every one is
    foreign. Where the language's writers use both, both are accepted (Pashto's
    press writes the Arabic and Persian "." though CLDR lists only "۔"; see
    :func:`mt_audit.languages.latin_full_stop`): professional Hindi mixes
    them (10 of 16 six-sentence FLORES articles do, 37 of 100 sentences end
    with '.'), so a mix, or the full stop throughout, is a house style and
    stays silent. What MT leaves is a '.' among the script's stops: each
    full stop is reported where those end at least twice as many sentences.
    Chinese and Japanese, whose marks are all full-width, have their own rule.
    Where CLDR names no stop for the language (Odia), its script's terminator
    (:func:`mt_audit.languages.script_full_stop`) serves, for the mixed rule only.
    """
    own = full_stop(lang) or script_full_stop(lang)
    if own is None or language(lang).script in FULL_WIDTH_SCRIPTS:
        return
    stops = _sentence_stops(text, lang)
    foreign = full_stop(lang) is not None and not latin_full_stop(lang)
    if not foreign and (own not in text or len(stops) > max(1, text.count(own) // STOPS_PER_STRAY)):
        return
    name = _name(lang)
    why = f": {name} ends sentences with '{own}'" if foreign else f" where the article's others end with '{own}'"
    for s, e in stops:
        yield s, e, f"Full stop '.' ends this {name} sentence{why}."


def _full_width_counterparts(lang: str) -> dict[str, str]:
    """Half-width mark → the full-width or ideographic marks CLDR lists for the language."""
    marks = punctuation_marks(lang)
    out: dict[str, str] = {}
    for mark in ",.?!():;":
        name = unicodedata.name(mark)
        own = sorted(
            c
            for c in marks
            if c != mark
            and unicodedata.name(c, "").split(" ", 1)[0] in ("FULLWIDTH", "IDEOGRAPHIC")
            and unicodedata.name(c).endswith(name)
        )
        if own:
            out[mark] = " or ".join(own)
    return out


@functools.cache
def _cjk_half_width(lang: str) -> regex.Pattern[str]:
    """A half-width mark in Chinese or Japanese text: after a character of the script or one of the
    full-width closing brackets and quotes CLDR lists for the language, before another such character, an
    opening one or the end ("我会去的.”", "（未定）."); before a figure, any but a full stop ("增长了,10%");
    after a figure or a Latin word, a comma (after a figure also ; ? !) that the script's text goes on after
    ("增长了10%,利润", "iPhone,售价"). A full stop beside a figure is left alone: "1.概述" numbers a heading."""
    marks = punctuation_marks(lang)
    opening, closing = (
        regex.escape("".join(sorted(c for c in marks if not c.isascii() and unicodedata.category(c) in cats)))
        for cats in (("Ps", "Pi"), ("Pe", "Pf"))
    )
    before = rf"(?:{CJK}|[{closing}])" if closing else CJK
    after = rf"(?:{CJK}|[{opening}])" if opening else CJK
    close = f"[{closing}]*" if closing else ""
    return regex.compile(
        rf"(?<={before})[,.?!:;)](?={close}[{SPACE}]*(?:{after}|$))"
        rf"|(?<={CJK})[,;:?!](?=[{SPACE}]*\p{{Nd}})"
        rf"|(?<=[\p{{Nd}}%])[,;?!](?={close}{after})"
        rf"|(?<=\p{{Latin}}),(?={after})"
        rf"|(?<={CJK})\((?={CJK})",
        regex.MULTILINE,
    )


def _full_width(text: str, lang: str) -> Iterator[Span]:
    """A half-width , . ? ! ( ) : ; in Chinese or Japanese text (see :func:`_cjk_half_width`)."""
    if language(lang).script not in FULL_WIDTH_SCRIPTS:
        return
    own = _full_width_counterparts(lang)
    for m in _cjk_half_width(lang).finditer(text):
        mark = m.group()
        if mark not in own:
            continue
        if mark == "." and looks_like_address(_clause_token(text, m.start(), m.end())):
            continue
        yield m.start(), m.end(), f"Half-width '{mark}' in {_name(lang)} text: write '{own[mark]}'."


#: Full-width marks that end a clause: no address runs across one.
CLAUSE_MARKS = regex.compile(r"[。，、！？；：]")


def _clause_token(text: str, start: int, end: int) -> str:
    """The token around a mark, cut at full-width clause marks: unspaced text runs whole sentences together,
    and "600Mbit/s。" in the sentence before must not make the next sentence's full stop look like an address."""
    lo = start
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    token = token_around(text, start, end)
    return CLAUSE_MARKS.split(token[: start - lo])[-1] + CLAUSE_MARKS.split(token[start - lo :])[0]


# --------------------------------------------------------------------------- spacing and inverted marks

QUESTION_OR_EXCLAMATION = regex.compile(r"[?!]+")
#: Where a question or exclamation can start: not at "." ("¿Vio al Sr. García?"), which abbreviations carry.
SENTENCE_BREAK = "?!\n"


def _tail(s: str, limit: int = 40) -> str:
    """The end of a passage, for a message about its last mark."""
    s = " ".join(s.split())
    return s if len(s) <= limit else "…" + s[1 - limit :]


def _inverted(text: str, lang: str) -> Iterator[Span]:
    """A Spanish question or exclamation without its opening ¿ or ¡."""
    if not inverted_marks(lang):
        return
    for m in QUESTION_OR_EXCLAMATION.finditer(text):
        if m.start() == 0 or not regex.match(r"[\p{L}\p{M}\p{N}\"'”»)]", text[m.start() - 1]):
            continue
        lo = max((text.rfind(c, 0, m.start()) for c in SENTENCE_BREAK), default=-1) + 1
        sentence = text[lo : m.start()]
        if "¿" in sentence or "¡" in sentence or not regex.search(r"\p{L}{2}", sentence):
            continue
        if looks_like_address(token_around(text, m.start(), m.end())):
            continue
        wanted = "¿" if m.group()[0] == "?" else "¡"
        yield (
            m.start(),
            m.start() + 1,
            f"'{m.group()[0]}' closes '{_tail(sentence)}' but nothing opens it: {_name(lang)} opens with '{wanted}'.",
        )


FR_NO_SPACE_BEFORE = regex.compile(r"(?<=[\p{L}\p{M}\p{N})\]»”’\"])[;!?:»](?=[\s\"'”»)\]]|$|[!?])", regex.MULTILINE)
FR_NO_SPACE_AFTER = regex.compile(r"«(?=[\p{L}\p{N}])")
SPACE_BEFORE_HIGH = regex.compile(r"(?<=[\p{L}\p{M}\p{N})\]”»\"'’])[ \u00a0]+[:;?!](?=\s|$|[\"'”»)])", regex.MULTILINE)


def _unspaced_high(text: str, name: str) -> Iterator[Span]:
    """; : ! ? » without the space French puts before them: each one beside spaced ones, once when a habit.

    Swiss French and much French online writing leave the space out
    throughout (so does a professional FLORES translation): a house style,
    reported once; a text that spaces some of these marks slipped on the others.
    """
    spans = [
        m.span()
        for m in FR_NO_SPACE_BEFORE.finditer(text)
        if not (m.group() == ":" and looks_like_address(token_around(text, m.start(), m.end())))
    ]
    conv = f"{name} puts a narrow no-break space before ; : ! ? and »."
    spaced = bool(SPACE_BEFORE_HIGH.search(text) or regex.search(r"[ \u00a0\u202f]»", text))
    yield from habit(spans, spaced, "No space before ; : ! ? »", conv)


def _french_spacing(text: str, lang: str) -> Iterator[Span]:
    """French: a space before ; : ! ? » and after «; elsewhere none before ; : ? !."""
    facts = language(lang)
    if spaced_high_punctuation(lang):
        yield from _unspaced_high(text, facts.name)
        for m in FR_NO_SPACE_AFTER.finditer(text):
            yield m.start(), m.end(), f"No space after '«': {facts.name} puts a narrow no-break space after it."
        return
    if not facts.spaced or facts.rtl or not known(lang):
        return
    for m in SPACE_BEFORE_HIGH.finditer(text):
        mark = m.group()[-1]
        yield (
            m.start(),
            m.end(),
            f"Space before '{mark}': French puts a space there, {facts.name} does not.",
        )


# --------------------------------------------------------------------------- quotation marks

_NOT_WORD = rf"(?<![{LETTER}\p{{N}}])"
LOW_PAIR = regex.compile(r"„([^„“”\"«»\n]{1,300}?)([“”\"])")
ENGLISH_PAIR = regex.compile(rf"{_NOT_WORD}“(?=\S)([^„“”«»\n]{{1,300}}?)(?<=\S)”(?![{LETTER}\p{{N}}])")
#: The thin or no-break space French sets inside « », kept when a writer or MT swaps them for straight quotes.
INNER_SPACE = "[\u00a0\u202f\u2009]?"
STRAIGHT_PAIR = regex.compile(
    rf"{_NOT_WORD}\"{INNER_SPACE}(?=\S)([^\"\n]{{1,300}}?)(?<=\S){INNER_SPACE}\"(?![{LETTER}\p{{N}}])"
)
#: Without spaces between words (Chinese, Japanese, Thai) a quotation touches letters on both sides.
STRAIGHT_PAIR_UNSPACED = regex.compile(r'"(?=\S)([^"\n]{1,300}?)(?<=\S)"')
GUILLEMETS = frozenset({("«", "»"), ("»", "«")})
STRAIGHT = ('"', '"')


@functools.cache
def _accepted_quotes(lang: str) -> frozenset[tuple[str, str]]:
    """CLDR's primary and alternate pairs, guillemets where CLDR lists them, and “…” beside ‘…’.

    Dutch (CLDR: ‘…’) lists “ ” among its marks and writes both; French and
    Norwegian list them for nested quotations only, so “…” stays foreign there.
    After „ either closing mark the language's set lists is its own: Romanian
    („…”) and Croatian („…“) list both and write both; Polish lists only ”
    and German only “, so „…“ and „…” stay foreign there.
    """
    facts = language(lang)
    marks = punctuation_marks(lang)
    pairs = set(facts.accepted_quotes())
    if "«" in marks and "»" in marks:
        pairs |= GUILLEMETS
    if "„" in marks:
        pairs |= {("„", c) for c in "“”" if c in marks}
    if facts.quotes == ("‘", "’") and "“" in marks and "”" in marks:
        pairs.add(("“", "”"))
    if facts.rtl:  # curly marks are not mirrored in right-to-left text: writers type them in either order
        pairs |= {(c, o) for o, c in pairs}
    return frozenset(pairs)


@functools.cache
def _primary_pair(open_: str, close: str) -> regex.Pattern[str]:
    """A quotation in the language's own marks, to tell nested quotes from foreign ones."""
    o, c = regex.escape(open_), regex.escape(close)
    return regex.compile(f"{o}[^{o}{c}\n]{{1,600}}?{c}")


def _low_pairs(
    text: str,
    accepted: frozenset[tuple[str, str]],
    nested: Callable[[int, int], bool],
    conv: str,
    primary: tuple[str, str],
) -> Iterator[Span]:
    """„ closed by a mark the language does not close it with: once when a habit, each beside its own pair.

    Where the language opens with „ the closing mark alone is wrong ("„…“" in
    Polish, "„…”" in German); a text writing it throughout keeps one house
    style, reported once, as straight quotes are. Where the language never opens with „, a text quoting with
    „ throughout is its writer's own convention (:func:`_low_house_style`).
    """
    wrong, right = [], False
    for m in LOW_PAIR.finditer(text):
        if ("„", m.group(2)) in accepted:
            right = True
        elif not nested(m.start(), m.end()) and m.group(2) != '"':
            wrong.append(m)
    if not any(a == "„" for a, _ in accepted):
        if _low_house_style(text, wrong, primary):
            return
        for m in wrong:
            yield m.start(), m.end(), f"Quotation marks „…{m.group(2)} are foreign here: {conv}"
        return
    for close in sorted({m.group(2) for m in wrong}):
        spans = [m.span(2) for m in wrong if m.group(2) == close]
        yield from habit(spans, right, f"Quotation opened with „ but closed with {close}", conv)


def _low_house_style(text: str, wrong: list[regex.Match[str]], primary: tuple[str, str]) -> bool:
    """Whether the text quotes with „ throughout, one closing mark, never in the language's own pair.

    The low opening mark „ is no MT or keyboard artefact (keyboards type ", MT writes the language's CLDR
    marks or copies English “…”): a text that opens every quotation with it, closes them all alike and
    quotes nowhere in the language's own pair follows a typographic tradition CLDR's one pair does not
    record (Yiddish print writes „…“ where CLDR gives ”…”, as German-trained presses do), the
    writer's consistent house style. A „ quotation beside the language's own pair is still a slip.
    """
    if not wrong or len({m.group(2) for m in wrong}) != 1 or text.count("„") != len(wrong):
        return False
    rest = list(text)
    for m in wrong:
        rest[m.start() : m.end()] = " " * (m.end() - m.start())
    return primary[0] not in "".join(rest)


def _quotes(text: str, lang: str) -> Iterator[Span]:
    """Quotation marks against CLDR's pairs for the language, straight quotes against its digital norm.

    Where the language's marks are only inherited from CLDR's root (``quotes_inherited``: no locale of its
    own), no typographic pair is called foreign, but straight quotes are judged: no CLDR locale quotes so.
    """
    facts = language(lang)
    if facts.quotes_inherited:
        yield from _straight(text, lang, frozenset({facts.quotes, facts.alt_quotes}), lambda s, e: False)
        return
    accepted = _accepted_quotes(lang)
    o, c = facts.quotes
    outer = [m.span() for m in _primary_pair(o, c).finditer(text)] if o != c else []

    def nested(s: int, e: int) -> bool:
        i = bisect.bisect_right(outer, (s, len(text) + 1)) - 1
        return i >= 0 and outer[i][0] < s and e <= outer[i][1]

    conv = _convention(lang)
    yield from _low_pairs(text, accepted, nested, conv, facts.quotes)
    if ("“", "”") not in accepted:
        for m in ENGLISH_PAIR.finditer(text):
            if not nested(m.start(), m.end()):
                yield m.start(), m.end(), f"English-style quotation marks “…”: {conv}"
    yield from _straight(text, lang, accepted, nested)


def _convention(lang: str) -> str:
    """How the language quotes, in words; an inherited norm says whose it is."""
    facts = language(lang)
    o, c = facts.quotes
    if facts.quotes_inherited:
        return (
            f"CLDR has no quotation marks for {facts.name}; root's, which it inherits, open with {o}, close with {c}."
        )
    return f"{facts.name} opens quotations with {o} and closes with {c}."


def _straight(
    text: str, lang: str, accepted: frozenset[tuple[str, str]], nested: Callable[[int, int], bool]
) -> Iterator[Span]:
    """Straight quotes where the language's digital norm is another pair: each beside its own pair, else once."""
    facts = language(lang)
    if facts.quotes == STRAIGHT or facts.straight_quotes_usual:
        return
    pattern = STRAIGHT_PAIR if facts.spaced else STRAIGHT_PAIR_UNSPACED
    straight = [m.span() for m in pattern.finditer(text) if not nested(*m.span())]
    native = any(a in text and b in text for a, b in accepted if (a, b) != STRAIGHT)
    yield from habit(straight, native, 'Straight quotes "…"', _convention(lang))


def habit(spans: list[tuple[int, int]], mixed: bool, what: str, conv: str) -> Iterator[Span]:
    """A plain-ASCII mark where the language writes another: every one when mixed, once when a habit.

    Raters of real MT treat a consistent house style (straight quotes
    throughout) as one minor decision at most, and most leave it unmarked
    (WMT21 TED en→de: 2 of 14 segments with straight quotes marked); a text
    that also writes the proper mark shows each ASCII one is a slip. So a
    consistent habit is reported once, at its first occurrence.
    """
    if not spans:
        return
    if mixed:
        for s, e in spans:
            yield s, e, f"{what} beside the language's own marks: {conv}"
        return
    s, e = spans[0]
    more = f" ({len(spans)} places)" if len(spans) > 1 else ""
    yield s, e, f"{what} used throughout{more}: {conv}"


# --------------------------------------------------------------------------- dashes

DOUBLE_HYPHEN = regex.compile(
    r"(?<=[\p{L}\p{M}\p{N}\p{P}][ \u00a0]?)(?<![-<!])--(?![->])"
    r"(?=[ \u00a0]?[\p{L}\p{N}\p{Pi}\p{Ps}\"]|[ \u00a0]?[,.;:]|$)",
    regex.MULTILINE,
)
SPACED_HYPHEN = regex.compile(
    r"(?<=[\p{L}\p{M}\p{N}\p{Pe}\p{Pf}\"'.,!?][ \u00a0])-(?=[ \u00a0][\p{L}\p{N}\p{Pi}\p{Ps}\"„«]|[ \u00a0]?[,;:]|$)",
    regex.MULTILINE,
)


def _dashes(text: str, lang: str) -> Iterator[Span]:
    """A hyphen, spaced or doubled, standing where the language writes a dash.

    A double hyphen is a plain-text scar everywhere. A spaced hyphen is one only
    beside the language's own dashes, where it is a slip: used throughout, it
    is a house style most raters leave alone (WMT21 TED en→de MQM: one rater
    marked 21 of 23 segments with one, the three others 9 of 194; reported
    once per text it hit 0 of 21 and fell on 11 segments rated without
    error), and the professional FLORES translators of German, Russian,
    Italian and Hindi write it too.
    Where plain ASCII typography is the digital norm (``straight_quotes_usual``:
    Turkish, Indonesian, Hebrew...) even the mix is left alone.
    """
    marks = punctuation_marks(lang)
    dashes = [d for d in "–—" if d in marks]
    if not dashes:
        return
    want = " or ".join(f"'{d}'" for d in dashes)
    for m in DOUBLE_HYPHEN.finditer(text):
        if text[m.end() : m.end() + 1].isalpha() and text[m.start() - 1 : m.start()].isspace():
            continue  # a command-line option: "--help"
        yield m.start(), m.end(), f"Double hyphen '--' used as a dash: {_name(lang)} writes a dash ({want})."
    if language(lang).straight_quotes_usual:
        return  # writers type ASCII marks there: " for quotes, " - " for a dash
    if not any(d in text for d in dashes):
        return
    for m in SPACED_HYPHEN.finditer(text):
        if not _range(text, m.start(), m.end()):
            yield (
                m.start(),
                m.end(),
                f"Spaced hyphen ' - ' as a dash beside the language's own dashes: {_name(lang)} writes {want}.",
            )


def _range(text: str, start: int, end: int) -> bool:
    """A hyphen between digits is a range or a subtraction ("5 - 10"), not a dash."""
    return text[start - 2 : start - 1].isdigit() and text[end + 1 : end + 2].isdigit()


# --------------------------------------------------------------------------- apostrophe before a suffix


@functools.cache
def _suffixes(lang: str) -> tuple[str, ...]:
    """Inflectional suffixes a proper name takes after an apostrophe, longest first (data file)."""
    text = resources.files("mt_audit").joinpath("data/name_suffixes.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    words = {w for code, ws in rows if code == lang for w in ws.split()}
    return tuple(sorted(words, key=len, reverse=True))


CAPITALISED = regex.compile(r"(?<![\p{L}\p{M}\p{N}'’`´‘-])\p{Lu}[\p{L}\p{M}]+")
WRONG_APOSTROPHE = "`´‘ʹ′"


def _names(text: str, item: CheckInput) -> set[str]:
    """Words known to be names: capitalised in the English source, or written before an apostrophe here.

    A capital alone proves nothing in Turkish (sentence starts, titles such as
    "Bakan"), so the article's own capitalised words count only where the
    article itself splits a suffix off them.
    """
    names = {m.group(1) for m in regex.finditer(r"(\p{Lu}[\p{L}\p{M}]+)['’]\p{Ll}", text)}
    if item.source is not None:
        names |= {m.group() for m in CAPITALISED.finditer(item.source.norm.text)}
    return {n for n in names if len(n) >= 3}


def _apostrophes(text: str, item: CheckInput) -> Iterator[Span]:
    """A proper name glued to its suffix ("Ankarada") or split by a wrong mark ("Ankara`da")."""
    lang = item.lang
    if not apostrophe_before_suffix(lang):
        return
    suffixes = _suffixes(lang)
    name = _name(lang)
    for m in regex.finditer(rf"(\p{{Lu}}[\p{{L}}\p{{M}}]+)([{WRONG_APOSTROPHE}]|[{SPACE}]+['’])([\p{{Ll}}]+)\b", text):
        if m.group(3) in suffixes:
            what = f"'{m.group(2).strip()}' before the suffix of '{m.group(1)}'"
            yield m.start(2), m.end(2), f"{what}: {name} writes {m.group(1)}'{m.group(3)}."
    names = None
    for m in CAPITALISED.finditer(text):
        word = m.group()
        if text[m.end() : m.end() + 1] in ("'", "’"):
            continue
        names = _names(text, item) if names is None else names
        for suffix in suffixes:
            stem = word[: -len(suffix)]
            if word.endswith(suffix) and len(stem) >= 3 and stem in names:
                if _own_word(word, suffix, suffixes, lang):
                    break
                s = m.end() - len(suffix)
                yield (
                    s,
                    m.end(),
                    f"No apostrophe between the name '{stem}' and its suffix: {name} writes {stem}'{suffix}.",
                )
                break


def _own_word(word: str, suffix: str, suffixes: tuple[str, ...], lang: str) -> bool:
    """The word, whole or read with a shorter suffix, is a frequent word of the language ("Banka",
    "Bankası" of "Merkez Bankası"): its own noun, capitalised in a name made of its words, not the
    source's name ("Bank") glued to a suffix ("a"). A name glued to its suffix is rarer ("Istanbulda")."""
    shorter = (word[: -len(s)] for s in suffixes if len(s) < len(suffix) and word.endswith(s))
    return any(zipf(w.lower(), lang) >= OWN_WORD_ZIPF for w in (word, *shorter))


#: A word at least this frequent in the language (Zipf) is a word of it, never a name glued to a suffix.
OWN_WORD_ZIPF = 4.5


# --------------------------------------------------------------------------- marks glued, doubled or spaced

BRACKET_GLUED = regex.compile(rf"[)\]](?=[{LETTER}])(?!{NO_SPACE_SCRIPTS})")
STOP_GLUED = regex.compile(r"(?<=\p{Ll}\p{M}*\p{Ll}\p{M}*)[.!?](?=\p{Lu}\p{Ll})")
COMMA_GLUED = regex.compile(rf"(?<=[{LETTER}]),(?=[{LETTER}])(?!{NO_SPACE_SCRIPTS})")
#: The letters (and their marks) of the word part right before a position.
WORD_BEFORE = regex.compile(r"[\p{L}\p{M}]+\Z")
SPACE_BEFORE_STOP = regex.compile(r"(?<=[\p{L}\p{M}\p{N})\]”»\"'’?!])[ \u00a0]+(?:,(?!,)|\.(?![.\p{L}\p{N}]))")
DOUBLED = regex.compile(
    r",{2,}|;{2,}|،{2,}|؛{2,}|(?<![.\p{N}/])\.\.(?![./\p{N}])|(?<!\.)\.(?:[ \u00a0]\.)(?![ \u00a0]?\.)|,\."
)


def _glued(text: str, lang: str) -> Iterator[Span]:
    """Marks glued to the next word, often where a link or tag was stripped."""
    for m in BRACKET_GLUED.finditer(text):
        opener = "(" if m.group() == ")" else "["
        o = text.rfind(opener, max(0, m.start() - 300), m.start())
        if o < 0 or "\n" in text[o : m.start()] or m.group() in text[o : m.start()]:
            continue  # a list marker "a)text": no opening bracket of its own on this line
        inner = text[o + 1 : m.start()]
        if " " not in inner and len(inner) <= 3 and text[m.end()].islower():
            continue  # "friend(s)", "ami(e)s": an inflection in brackets
        if looks_like_address(token_around(text, m.start(), m.end())):
            continue
        word = regex.match(rf"[{LETTER}]+", text[m.end() : m.end() + 40])
        yield (
            m.start(),
            m.end(),
            f"No space after '{m.group()}' before '{word.group() if word else ''}': a stripped link or markup"
            " may have glued the words.",
        )
    for m in STOP_GLUED.finditer(text):
        token = token_around(text, m.start(), m.end())
        if not looks_like_address(token):
            yield m.start(), m.end(), f"No space after '{m.group()}' in '{quote(token)}': a new sentence needs a space."
    arabic = language(lang).script == "Arab"
    for m in COMMA_GLUED.finditer(text):
        token = token_around(text, m.start(), m.end())
        if looks_like_address(token) or (arabic and regex.search(r"\p{Arabic}", token)):
            continue
        if diastole(WORD_BEFORE.search(text, max(0, m.start() - 40), m.start()).group(), lang):
            continue  # Greek "ό,τι": a comma of its spelling
        yield m.start(), m.end(), f"No space after the comma in '{quote(token)}'."


def _doubled(text: str, lang: str) -> Iterator[Span]:
    """Doubled marks, and a space before a comma or full stop."""
    for m in DOUBLED.finditer(text):
        g = m.group()
        if g in ("..", ". ."):
            msg = f"Doubled full stop '{g}': one full stop ends a sentence, three make an ellipsis."
        elif g == ",.":
            msg = "Comma followed by a full stop ',.': one of the two marks is left over."
        else:
            msg = f"Doubled punctuation '{g}'."
        yield m.start(), m.end(), msg
    if not language(lang).spaced:
        return
    for m in SPACE_BEFORE_STOP.finditer(text):
        what = "comma" if m.group()[-1] == "," else "full stop"
        yield m.start(), m.end(), f"Space before a {what}: {_name(lang)} puts none there."


# --------------------------------------------------------------------------- the check

Rule = Callable[[str, str], Iterator[Span]]
#: Most specific first: a mark claimed by an earlier rule is not reported again.
RULES: tuple[Rule, ...] = (
    _arabic_spacing,
    _latin_marks,
    _own_full_stop,
    _full_width,
    _inverted,
    _quotes,
    _dashes,
    _french_spacing,
    _glued,
    _doubled,
)


def punctuation_spans(item: CheckInput) -> Iterator[Span]:
    """Every punctuation finding of an article as (start, end, message), most specific rules first."""
    text, lang = item.norm.text, item.lang
    for rule in RULES:
        yield from rule(text, lang)
    yield from _apostrophes(text, item)


@check("punctuation", "fluency/punctuation", severity="minor")
def punctuation(item: CheckInput, emit: Emitter) -> Iterator[Finding]:
    """Punctuation against the language's conventions, from CLDR.

    Latin marks where the script has its own (Arabic ، ؛ ؟, Greek ;), a full
    stop where it has its own (Hindi ।, Urdu ۔, Amharic ።), full-width marks
    in Chinese and Japanese, Spanish ¿ ¡, French spacing and a space before
    ; : ? ! elsewhere, quotation marks of another language's style and straight quotes where the language's digital norm
    differs, hyphens for dashes, the Turkish apostrophe before a name's suffix,
    marks glued to the next word, doubled marks. Each mark is reported once;
    addresses, decimals and abbreviations are left alone.
    """
    where = Locator(item)
    taken: list[tuple[int, int]] = []
    for s, e, msg in punctuation_spans(item):
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        yield emit.at(s, e, msg, sentence_index=where(s))
