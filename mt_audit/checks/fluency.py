"""Fluency scars that machine translation and stripped markup leave in running text.

Three checks read the article alone (punctuation, repetition, segmentation);
segmentation also reads the sentence alignment when there is one. All three
are tuned for precision: correct text in any language must stay silent, so
every rule is narrow, names its language, and says why it fired.
"""

from __future__ import annotations

import bisect
import functools
import os
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from mt_audit.checks.base import CheckInput, Emitter, check
from mt_audit.entities import NOUN_CAPITALISING
from mt_audit.identify import base_lang, language_name
from mt_audit.lexicon import zipf
from mt_audit.segment import abbreviation_tables
from mt_audit.types import Finding

# --------------------------------------------------------------------------- shared helpers

#: Languages written in Arabic script, with ، ؛ ؟ as comma, semicolon and question mark.
ARABIC_SCRIPT = frozenset({"ar", "fa", "ur", "ps", "sd", "ug", "ckb", "ku"})
#: Scripts without spaces or with their own full-width punctuation: Latin-mark rules do not apply.
NO_LATIN_RULES = frozenset({"zh", "ja", "ko", "th", "lo", "km", "my", "bo"})


LETTER = r"\p{L}\p{M}"
#: Scripts written without spaces between words, or with particles glued to brackets (Korean "(USGS)는").
NO_SPACE_SCRIPTS = r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}]"
ARABIC_LETTER = r"[\p{Arabic}&&\p{L}]"


def lower(word: str, lang: str) -> str:
    """Lower-case with the Turkish/Azeri dotted and dotless i."""
    if lang in ("tr", "az"):
        word = word.replace("I", "ı").replace("İ", "i")
    return word.lower()


class Locator:
    """Sentence index of a normalized offset, by bisection."""

    def __init__(self, item: CheckInput) -> None:
        self.starts = [s.start for s in item.sentences]

    def __call__(self, pos: int) -> int | None:
        if not self.starts:
            return None
        return max(0, bisect.bisect_right(self.starts, pos) - 1)


def token_around(text: str, start: int, end: int) -> str:
    """The whitespace-delimited token containing ``text[start:end]``."""
    lo = start
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    hi = end
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    return text[lo:hi]


def looks_like_address(token: str) -> bool:
    """URLs, e-mail addresses, paths and domains keep their dots and commas."""
    return bool(ADDRESS.search(token))


# Top-level domains are matched lower-case only: "end.It was" is a glued sentence, not a domain.
ADDRESS = regex.compile(
    r"@|/|\\|://|(?i:www\.)|\.(?:com|org|net|gov|edu|io|co|info|biz|ai|app|dev|de|pl|fr|ru|es|tr|id|uk|ua|eu|it|nl)\b"
)


def quote(s: str, limit: int = 40) -> str:
    """A short excerpt for a message."""
    s = " ".join(s.split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


# --------------------------------------------------------------------------- punctuation


@dataclass(frozen=True)
class QuoteStyle:
    """How a language marks quotations: its primary pair and the pairs it accepts."""

    open: str
    close: str
    accepted: frozenset[tuple[str, str]]


_GUILLEMETS = frozenset({("«", "»"), ("»", "«")})
_LOW_HIGH = QuoteStyle("„", "“", frozenset({("„", "“")}) | _GUILLEMETS)
_LOW_RIGHT = QuoteStyle("„", "”", frozenset({("„", "”")}) | _GUILLEMETS)
_ANGLE = QuoteStyle("«", "»", frozenset({("«", "»"), ("„", "“")}))

#: Languages with one settled quotation style. Spanish, Italian, Portuguese,
#: Dutch, Arabic, Turkish, Indonesian and English accept several styles
#: (straight, “…”, «…») and are not checked.
QUOTE_STYLES: dict[str, QuoteStyle] = {
    "pl": _LOW_RIGHT,
    "ro": _LOW_RIGHT,
    "hu": _LOW_RIGHT,
    "de": QuoteStyle("„", "“", _LOW_HIGH.accepted | {("‚", "‘")}),
    **{lang: _LOW_HIGH for lang in ("cs", "sk", "sl", "hr", "bs", "bg", "lt", "et", "is")},
    **{lang: _ANGLE for lang in ("ru", "uk", "be")},
    "fr": QuoteStyle("«", "»", frozenset({("«", "»")})),
}

_NOT_WORD = rf"(?<![{LETTER}\p{{N}}])"
LOW_PAIR = regex.compile(r"„([^„“”\"«»\n]{1,300}?)([“”\"])")
ENGLISH_PAIR = regex.compile(rf"{_NOT_WORD}“(?=\S)([^„“”«»\n]{{1,300}}?)(?<=\S)”(?![{LETTER}\p{{N}}])")
STRAIGHT_PAIR = regex.compile(rf"{_NOT_WORD}\"(?=\S)([^\"\n]{{1,300}}?)(?<=\S)\"(?![{LETTER}\p{{N}}])")

# Arabic comma/semicolon/question mark with a space before it.
AR_SPACE_BEFORE = regex.compile(r"(?<=\S)[ \u00a0]+[،؛؟]")
# A Latin , ; ? between Arabic words: the Arabic marks belong there. Digits
# ("1,5") and Latin runs are not Arabic letters, so they never match.
AR_LATIN_MARK = regex.compile(
    rf"(?V1)(?<={ARABIC_LETTER}\p{{M}}*[)\]»”\"]?)[ \u00a0]*[,;?](?=[ \u00a0]*{ARABIC_LETTER}|[ \u00a0]*$)",
    regex.MULTILINE,
)
AR_MARK_NAME = {",": ("comma", "،"), ";": ("semicolon", "؛"), "?": ("question mark", "؟")}
# Arabic comma glued to the next Arabic word.
AR_NO_SPACE_AFTER = regex.compile(rf"(?V1)(?<={ARABIC_LETTER}\p{{M}}*)،(?={ARABIC_LETTER})")

# Closing bracket glued to the next word: "(...)Word".
BRACKET_GLUED = regex.compile(rf"[)\]](?=[{LETTER}])(?!{NO_SPACE_SCRIPTS})")
# Full stop, ! or ? glued to a capitalised word after a lower-case word: "end.Next".
STOP_GLUED = regex.compile(r"(?<=\p{Ll}\p{M}*\p{Ll}\p{M}*)[.!?](?=\p{Lu}\p{Ll})")
# Comma glued to the next word: "a,b".
COMMA_GLUED = regex.compile(rf"(?<=[{LETTER}]),(?=[{LETTER}])(?!{NO_SPACE_SCRIPTS})")
# Space before a Latin comma or full stop (not an ellipsis, not ".NET").
SPACE_BEFORE_STOP = regex.compile(r"(?<=[\p{L}\p{M}\p{N})\]”»\"'’])[ \u00a0]+(?:,(?!,)|\.(?![.\p{L}\p{N}]))")
# Space before a colon or semicolon (not an emoticon, not "a :b" code).
SPACE_BEFORE_COLON = regex.compile(r"(?<=[\p{L}\p{M}\p{N})\]”»\"'’])[ \u00a0]+[:;](?=\s|$)", regex.MULTILINE)
# Doubled marks: ",,", ";;", "،،", "؛؛", exactly two full stops (three are an ellipsis), ". ." spaced.
DOUBLED = regex.compile(
    r",{2,}|;{2,}|،{2,}|؛{2,}|(?<![.\p{N}/])\.\.(?![./\p{N}])|(?<!\.)\.(?:[ \u00a0]\.)(?![ \u00a0]?\.)|,\."
)


@functools.cache
def _primary_pair(open_: str, close: str) -> regex.Pattern[str]:
    """A quotation in the language's own marks, to tell nested quotes from foreign ones."""
    o, c = regex.escape(open_), regex.escape(close)
    return regex.compile(f"{o}[^{o}{c}\n]{{1,600}}?{c}")


def _styles_message(lang: str, style: QuoteStyle) -> str:
    return f"{language_name(lang)} opens quotations with {style.open} and closes with {style.close}."


def _quote_findings(text: str, lang: str) -> Iterator[tuple[int, int, str]]:
    """Quotation marks against the language's settled style."""
    style = QUOTE_STYLES.get(lang)
    if style is None:
        return
    conv = _styles_message(lang, style)
    outer = [m.span() for m in _primary_pair(style.open, style.close).finditer(text)]

    def nested(s: int, e: int) -> bool:
        i = bisect.bisect_right(outer, (s, len(text) + 1)) - 1
        return i >= 0 and outer[i][0] < s and e <= outer[i][1]

    for m in LOW_PAIR.finditer(text):
        pair = ("„", m.group(2))
        if pair in style.accepted or nested(m.start(), m.end()):
            continue
        if ("„", "”") in style.accepted or ("„", "“") in style.accepted:
            yield m.start(2), m.end(2), f"Quotation opened with „ but closed with {m.group(2)}: {conv}"
        else:
            yield m.start(), m.end(), f"Quotation marks „…{m.group(2)} are foreign here: {conv}"
    if ("“", "”") not in style.accepted:
        for m in ENGLISH_PAIR.finditer(text):
            if not nested(m.start(), m.end()):
                yield m.start(), m.end(), f"English-style quotation marks “…”: {conv}"
    if style.open not in text:
        return  # straight quotes throughout are a plain-text habit, not a slip
    for m in STRAIGHT_PAIR.finditer(text):
        if not nested(m.start(), m.end()):
            yield (
                m.start(),
                m.end(),
                f'Straight quotes "…" next to the article\'s own {style.open}…{style.close}: {conv}',
            )


def _punctuation_spans(text: str, lang: str) -> Iterator[tuple[int, int, str]]:
    """Every punctuation finding as (start, end, message), most specific rules first."""
    if lang in ARABIC_SCRIPT:
        name = language_name(lang)
        for m in AR_SPACE_BEFORE.finditer(text):
            mark = m.group()[-1]
            what = {"،": "comma", "؛": "semicolon", "؟": "question mark"}[mark]
            yield m.start(), m.end(), f"Space before the {name} {what} '{mark}': {name} puts no space before it."
        for m in AR_LATIN_MARK.finditer(text):
            mark = m.group().strip()
            what, native = AR_MARK_NAME[mark]
            s = m.end() - 1
            yield s, m.end(), f"Latin {what} '{mark}' between {name} words: {name} uses '{native}'."
        for m in AR_NO_SPACE_AFTER.finditer(text):
            yield m.start(), m.end(), f"No space after the {name} comma '،' before the next word."
    yield from _quote_findings(text, lang)
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
        if looks_like_address(token):
            continue
        yield m.start(), m.end(), f"No space after '{m.group()}' in '{quote(token)}': a new sentence needs a space."
    for m in COMMA_GLUED.finditer(text):
        token = token_around(text, m.start(), m.end())
        if looks_like_address(token) or (lang in ARABIC_SCRIPT and regex.search(r"\p{Arabic}", token)):
            continue
        yield m.start(), m.end(), f"No space after the comma in '{quote(token)}'."
    for m in DOUBLED.finditer(text):
        g = m.group()
        if g in ("..", ". ."):
            msg = f"Doubled full stop '{g}': one full stop ends a sentence, three make an ellipsis."
        elif g == ",.":
            msg = "Comma followed by a full stop ',.': one of the two marks is left over."
        else:
            msg = f"Doubled punctuation '{g}'."
        yield m.start(), m.end(), msg
    if lang not in NO_LATIN_RULES:
        for m in SPACE_BEFORE_STOP.finditer(text):
            mark = m.group()[-1]
            what = "comma" if mark == "," else "full stop"
            yield m.start(), m.end(), f"Space before a {what}: {language_name(lang, 'this language')} puts none there."
        if lang != "fr" and lang not in ARABIC_SCRIPT:
            for m in SPACE_BEFORE_COLON.finditer(text):
                mark = m.group()[-1]
                what = "colon" if mark == ":" else "semicolon"
                yield (
                    m.start(),
                    m.end(),
                    f"Space before a {what}: only French puts a space there, {language_name(lang, 'this language')}"
                    " does not.",
                )


@check("punctuation", "fluency/punctuation", severity="minor")
def punctuation(item: CheckInput, emit: Emitter) -> Iterator[Finding]:
    """Punctuation against the language's conventions.

    Arabic-script commas with a space before them or Latin commas in their
    place, quotation marks of another language's style, marks glued to the
    next word (often where a link was stripped), a space before a comma or
    full stop, and doubled marks. Each mark is reported once, by the most
    specific rule; addresses, decimals and abbreviations are left alone.
    """
    text = item.norm.text
    lang = base_lang(item.lang)
    where = Locator(item)
    taken: list[tuple[int, int]] = []
    for s, e, msg in _punctuation_spans(text, lang):
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        yield emit.at(s, e, msg, sentence_index=where(s))


# --------------------------------------------------------------------------- repetition

WORD = regex.compile(rf"[{LETTER}\p{{N}}]+(?:['’\-][{LETTER}\p{{N}}]+)*")

#: Single words whose doubling is grammatical or idiomatic ("that that", "die die", "nous nous").
ALLOWED_DOUBLES: dict[str, frozenset[str]] = {
    "en": frozenset("that had is no bye ha ho very so really far again many well blah bla yeah tut knock".split()),
    "de": frozenset("die der das den dem des sie ja nein so na bla haha".split()),
    "fr": frozenset("nous vous si non oui bla très".split()),
    "es": frozenset("no sí si bla ya casi".split()),
    "it": frozenset("no sì si bla piano pian via".split()),
    "pt": frozenset("no não sim bla".split()),
    "pl": frozenset("to tak nie no bla".split()),
    "ru": frozenset("так да нет чуть еле едва очень бла".split()),
    "uk": frozenset("так ні ледь бла".split()),
    "ar": frozenset("لا جدا جدًا كلا".split()),
}
#: Languages where doubling a content word is productive grammar (Turkish "yavaş yavaş",
#: Indonesian "kata kata" for "kata-kata", Persian and Hindi intensives): only the
#: listed function words are flagged when doubled.
REDUPLICATING: dict[str, frozenset[str]] = {
    "tr": frozenset("ve ile için gibi olarak ki bu şu de da ise veya ya".split()),
    "az": frozenset("və ilə üçün kimi bu".split()),
    "id": frozenset("yang dan di ke dari untuk dengan ini itu pada dalam akan atau oleh".split()),
    "ms": frozenset("yang dan di ke dari untuk dengan ini itu pada dalam akan atau oleh".split()),
    "tl": frozenset("ang ng sa na at mga".split()),
    "fa": frozenset("و در به از که را با این آن".split()),
    "hi": frozenset("और में से को का की के है".split()),
    "vi": frozenset("và của là có trong cho".split()),
    "th": frozenset(),
    "zh": frozenset(),
    "ja": frozenset(),
    "ko": frozenset(),
}

#: What str.split() calls a token: it also splits on the separators U+001C-U+001F.
SPACE_TOKEN = regex.compile(r"[^\s\x1c-\x1f]+")
#: Punctuation that may close the second half of a repeat, or open the first.
TRAILING = ".,;:!?…،؛؟)]}\"'”’»"
LEADING = "([{\"'“‘«„"
EDGES = TRAILING + LEADING

#: Arabic names of Latin letters, as in spelled-out acronyms ("بي بي سي" for BBC).
ARABIC_LETTER_NAMES = frozenset(
    "إيه إي بي سي دي إف جي إتش آي أي جيه كيه كي إل إم إن أو بي كيو آر إس تي يو في دبليو إكس واي زد".split()
)

#: "or" per language, for the collapsed gloss "X, or X".
OR_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("or",),
    "tr": ("veya", "ya da", "yahut", "veyahut", "yani"),
    "az": ("və ya", "yaxud", "yəni"),
    "id": ("atau", "alias", "yaitu"),
    "ms": ("atau", "iaitu"),
    "pl": ("lub", "albo", "bądź", "czyli"),
    "ar": ("أو", "أي"),
    "fa": ("یا", "یعنی"),
    "ur": ("یا",),
    "es": ("o", "u", "es decir"),
    "pt": ("ou", "ou seja"),
    "fr": ("ou", "c'est-à-dire", "soit"),
    "it": ("o", "oppure", "ovvero", "cioè"),
    "de": ("oder", "bzw.", "also"),
    "nl": ("of", "oftewel"),
    "ru": ("или", "либо", "то есть"),
    "uk": ("або", "чи", "тобто"),
    "cs": ("nebo", "neboli", "čili"),
    "sk": ("alebo", "čiže"),
    "ro": ("sau", "adică"),
    "hu": ("vagy", "azaz"),
    "sv": ("eller",),
    "da": ("eller",),
    "no": ("eller",),
    "nb": ("eller",),
    "fi": ("tai", "eli"),
    "bg": ("или",),
    "el": ("ή",),
    "he": ("או",),
    "vi": ("hoặc", "hay"),
}
#: Articles that may differ between the two halves of a collapsed gloss.
ARTICLES = frozenset(
    "the a an el la los las un una le les l un une des der die das den dem des ein eine einen einem einer"
    " il lo gli i uno o os as um uma de het een".split()
)


def _or_pattern(lang: str) -> regex.Pattern[str]:
    words = sorted(set(OR_WORDS.get(lang, ())) | {"or"}, key=len, reverse=True)
    alt = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words)
    return regex.compile(rf"[,،][ \u00a0]*(?:{alt})[ \u00a0]+", regex.IGNORECASE)


OR_SEPARATORS = {lang: _or_pattern(lang) for lang in OR_WORDS}
OR_FALLBACK = _or_pattern("en")
PAREN = regex.compile(r"\(([^()\n]{1,80})\)")


def _or_inside(lang: str) -> regex.Pattern[str]:
    """'or' opening a bracket ("X (or X)"), dropped before comparing the halves."""
    words = sorted(set(OR_WORDS.get(lang, ())) | {"or"}, key=len, reverse=True)
    return regex.compile("^(?:" + "|".join(regex.escape(w) for w in words) + r")\s+", regex.IGNORECASE)


OR_INSIDE = {lang: _or_inside(lang) for lang in OR_WORDS}
OR_INSIDE_FALLBACK = _or_inside("en")
# Contiguous words separated by single spaces: the halves of a gloss.
RUN_BEFORE = regex.compile(rf"(?r)(?:{WORD.pattern})(?:[ \u00a0]+(?:{WORD.pattern})){{0,5}}")
RUN_AFTER = regex.compile(rf"(?:{WORD.pattern})(?:[ \u00a0]+(?:{WORD.pattern})){{0,5}}")
GLOSS_END = regex.compile(r"[ \u00a0]*(?:[,،.;:)!?؛؟—–]|-\s|$)", regex.MULTILINE)


def _same_word(a: str, b: str, lang: str) -> bool:
    """Equal up to case, an Arabic definite article or a short plural/case ending.

    The ending is allowed after an acronym ("GPU"/"GPUs", "GPU’lar") or a stem
    of four letters or more ("chip"/"chips"); shorter stems are often other
    words ("bir"/"birkaç").
    """
    acronym = (a if len(a) <= len(b) else b).isupper()
    a, b = lower(a, lang), lower(b, lang)
    if lang in ARABIC_SCRIPT:
        a, b = a.removeprefix("ال"), b.removeprefix("ال")
    if a == b:
        return True
    short, long_ = sorted((a.replace("’", "").replace("'", ""), b.replace("’", "").replace("'", "")), key=len)
    return len(short) >= (2 if acronym else 4) and long_.startswith(short) and len(long_) - len(short) <= 3


def _content(words: list[str]) -> list[str]:
    return [w for w in words if w.lower() not in ARTICLES]


def _same_phrase(a: list[str], b: list[str], lang: str) -> bool:
    """Word-for-word equal (see _same_word) with at least one content word."""
    a, b = _content(a), _content(b)
    if not a or len(a) != len(b):
        return False
    if not any(len(w) >= 3 or (len(w) >= 2 and w.isupper()) for w in a):
        return False
    return all(_same_word(x, y, lang) for x, y in zip(a, b))


def _back_over_spaces(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1] in " \u00a0":
        pos -= 1
    return pos


def _gloss_findings(text: str, lang: str) -> Iterator[tuple[int, int, str]]:
    """'X, or X' and 'X (X)' where both halves say the same thing."""
    sep = OR_SEPARATORS.get(lang, OR_FALLBACK)
    for m in sep.finditer(text):
        stop = _back_over_spaces(text, m.start())
        left = RUN_BEFORE.match(text, 0, stop)
        right = RUN_AFTER.match(text, m.end())
        if left is None or right is None or left.end() != stop:
            continue
        lw = [w.group() for w in WORD.finditer(left.group())]
        rws = list(WORD.finditer(text, right.start(), right.end()))
        for n in range(min(len(lw), len(rws)), 0, -1):
            r_end = rws[n - 1].end()
            if not GLOSS_END.match(text, r_end):
                continue
            if _same_phrase(lw[-n:], [w.group() for w in rws[:n]], lang):
                start = list(WORD.finditer(text, left.start(), left.end()))[-n].start()
                span = text[start:r_end]
                yield (
                    start,
                    r_end,
                    f"'{quote(span, 80)}' explains a term with the same words: the gloss collapsed in translation.",
                )
                break
    for m in PAREN.finditer(text):
        inner_text = OR_INSIDE.get(lang, OR_INSIDE_FALLBACK).sub("", m.group(1).strip(), count=1)
        if not RUN_AFTER.fullmatch(inner_text):
            continue  # not plain words: numbers, dates, punctuation
        inner = WORD.findall(inner_text)
        stop = _back_over_spaces(text, m.start())
        left = RUN_BEFORE.match(text, 0, stop)
        if left is None or left.end() != stop:
            continue
        lw = [w.group() for w in WORD.finditer(left.group())]
        n = len(inner)
        if len(lw) < n or not _same_phrase(lw[-n:], inner, lang):
            continue
        start = list(WORD.finditer(text, left.start(), left.end()))[-n].start()
        span = text[start : m.end()]
        yield start, m.end(), f"'{quote(span, 80)}' repeats the term in brackets: the gloss collapsed in translation."


def _repeat_allowed(words: list[str], k: int, lang: str) -> bool:
    """Doubling (``words`` = both halves, ``k`` words each) that is grammar, idiom or a name, not a slip."""
    first, second = words[0], words[k]
    if first[:1].isupper() and second[:1].isupper():
        return True  # "Bora Bora", "Duran Duran", acronyms
    if not any(c.isalpha() for w in words[:k] for c in w):
        return True  # numbers
    if k > 1:
        return False
    key = lower(first, lang)
    if key in ALLOWED_DOUBLES.get(lang, ()):
        return True
    only = REDUPLICATING.get(lang)
    if only is not None and key not in only:
        return True
    return lang in ARABIC_SCRIPT and "\u064b" in first  # adverbial doubling with tanwin: "رويدًا رويدًا"


def _letter_acronym(text: str, spans: list[tuple[int, int]], i: int, k: int, lang: str) -> bool:
    """A spelled-out acronym in Arabic script: "بي بي سي" (BBC), "سي إن إن" (CNN)."""
    if lang not in ARABIC_SCRIPT or k != 1 or text[spans[i][0] : spans[i][1]] not in ARABIC_LETTER_NAMES:
        return False
    around = [text[s:e].strip(TRAILING) for j in (i - 1, i + 2) if 0 <= j < len(spans) for s, e in [spans[j]]]
    return any(w in ARABIC_LETTER_NAMES for w in around)


def _repeats(text: str, lang: str) -> Iterator[tuple[int, int, str]]:
    """Words or phrases of up to four words said twice in a row, with only spaces between.

    Whitespace tokens are compared as lists (a C-level split plus list
    comparisons, several times cheaper than a back-referencing regex); only
    the rare candidates are re-read with the word regex.
    """
    low = [t.strip(EDGES) for t in text.lower().split()]
    cands = [
        (i, k)
        for k in (1, 2, 3, 4)
        for i, (a, b) in enumerate(zip(low, low[k:]))
        if a == b and a and (k == 1 or low[i : i + k] == low[i + k : i + 2 * k])
    ]
    if not cands:
        return
    spans = [m.span() for m in SPACE_TOKEN.finditer(text)]
    done = -1
    for i, k in sorted(cands):
        if i <= done or i + 2 * k > len(spans):
            continue
        toks = [text[s:e] for s, e in spans[i : i + 2 * k]]
        toks[-1] = toks[-1].rstrip(TRAILING)
        lead = len(toks[0]) - len(toks[0].lstrip(LEADING))
        toks[0] = toks[0][lead:]
        if not all(WORD.fullmatch(t) for t in toks):
            continue
        if _repeat_allowed(toks, k, lang) or _letter_acronym(text, spans, i, k, lang):
            continue
        done = i + 2 * k - 1
        start = spans[i][0] + lead
        end = spans[i + 2 * k - 1][0] + len(toks[-1])
        phrase = " ".join(toks[:k])
        yield start, end, f"'{quote(phrase)}' is repeated back to back."


@check("repetition", "fluency/repetition", severity="minor")
def repetition(item: CheckInput, emit: Emitter) -> Iterator[Finding]:
    """A word or phrase repeated by mistake.

    Back-to-back repeats ("the the", "de la de la") except grammatical or
    idiomatic doubling (German "die die", French "nous nous", Turkish "yavaş
    yavaş", Indonesian reduplication, Arabic adverbial doubling with tanwin),
    names ("Bora Bora"), and the collapsed gloss: an explanation such as
    "GPUs, or graphics processing units" that translation turned into the
    same words twice ("X, or X", "X (X)").
    """
    text = item.norm.text
    lang = base_lang(item.lang)
    where = Locator(item)
    for s, e, msg in (*_repeats(text, lang), *_gloss_findings(text, lang)):
        yield emit.at(s, e, msg, sentence_index=where(s))


# --------------------------------------------------------------------------- segmentation

# A full stop after a lower-case word, then a lower-case word: "...dolu. sonra".
LOWER_AFTER_STOP = regex.compile(rf"(?<=\p{{Ll}}\p{{M}}*)\.[ \u00a0]+(?=\p{{Ll}})(?P<next>[{LETTER}]+)")
TOKEN_BEFORE = regex.compile(rf"(?r)[{LETTER}\p{{N}}.]+")
# A capitalised word right after a lower-case word, then a lower-case word.
GLUED_CAPITAL = regex.compile(
    rf"(?<=(?<![{LETTER}\p{{N}}'’\-])(?P<prev>\p{{Ll}}[{LETTER}]*)[ ])"
    rf"(?P<word>\p{{Lu}}\p{{Ll}}[\p{{Ll}}\p{{M}}]*)(?![{LETTER}\p{{N}}'’\-.])"
    rf"(?=[ ]\p{{Ll}})"
)
CAPITALISED = regex.compile(rf"(?<![{LETTER}\p{{N}}])\p{{Lu}}[{LETTER}]*")
LEADING_CAPS = regex.compile(
    r"^[\p{Ps}\p{Pi}\"'«„“]*(\p{Lu}[\p{L}\p{M}'’\-]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}'’\-]*){0,2})"
)
#: Lower-case abbreviations often followed by a lower-case word, beyond the segmenter's tables.
EXTRA_ABBREVIATIONS = frozenset(
    "proc mies min sek ang łac ds wyd oprac przyp jęz cdn zm ur pkt lit ul al"
    " руб коп млн млрд тыс см стр гл ст обл пос ок"
    " bzw ca ggf sog inkl zzgl evtl mio mrd"
    " vb vs yy örn bkz yak sf çev"
    " dll dsb dst tsb dkk yg kab kec"
    " aprox pág núm etc ej cía"
    " env cf av apr chap"
    " approx incl est misc dept govt viz"
    " např tj tzv resp atd apod mj popř př srov napr tzn atď"
    " ecc pag sig dott ing avv"
    " sr sra pág ene feb abr ago dic janv févr avr juil déc fev dez"
    " чел долл мин мес англ нем рус франц ежегод"
    " tsd geb gest bzgl insb allg ehem prov kel"
    " inc ltd corp llc plc gmbh bhd tbk jr sr st vol".split()
)
#: Nouns that introduce a title of a work, which many languages write in sentence case
#: ("the film Jak zostać królem"): the capital after them is the title's.
TITLE_NOUNS = frozenset(
    "film movie book novel song album series show magazine newspaper play opera programme program"
    " película libro canción novela serie revista periódico obra álbum"
    " filme livro música"
    " roman chanson livre série journal pièce"
    " romanzo canzone rivista giornale"
    " książka książki książce piosenka piosenki utwór utworu serial serialu powieść powieści gazeta gazety"
    " filmu filmie tytuł tytułem"
    " kitap kitabı şarkı şarkısı dizi dizisi albüm albümü gazete gazetesi"
    " buku lagu majalah koran berjudul judul"
    " фильм фильма книга книги песня песни сериал альбом журнал газета"
    " title titled".split()
)
#: The segmenter's abbreviation tables, all languages together.
ALL_ABBREVIATIONS = abbreviation_tables(None)
VOWEL = regex.compile(r"[aeiouyąęóаеиоуыэюяёіїєàâéèêëîïôûüáíúőűöäåæø]")
ARTICLE_BEFORE = frozenset(
    "the a an el la los las un una del al le les du des au aux il lo gli i o os as do da dos das de het een".split()
)
#: Common words capitalised mid-sentence must be at least this frequent (Zipf) to count.
COMMON_ZIPF = 3.5
#: Words at least this frequent are function words ("of", "and", "w"): no sentence ends on them.
FUNCTION_ZIPF = 5.7
#: Closed-class words that often open a sentence and are rarely part of a name.
OPENERS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "this these those that it he she they we there however but yet also meanwhile although while when"
        " after since if his her their its our many some most several according moreover furthermore instead"
        " then thus despite during the",
        "tr": "bu bunun buna bunu bunlar bunlardan bununla ancak ama fakat ayrıca öte yine böylece çünkü eğer hem"
        " her tüm bazı birçok şu onun onlar aynı diğer özellikle halen hâlâ artık zaten şimdi daha",
        "id": "ini itu namun tetapi tapi selain sementara meskipun walaupun karena jika saat ketika setelah sebelum"
        " dia ia mereka kami kita banyak beberapa hal hingga bahkan kemudian selanjutnya menurut",
        "ms": "ini itu namun tetapi selain sementara walaupun kerana jika ketika selepas sebelum dia ia mereka kami",
        "pl": "to ten ta te tego jednak ale oraz także również jego jej ich natomiast dlatego ponadto według jak gdy"
        " kiedy jeśli jeżeli choć chociaż mimo",
        "es": "sin pero además según este esta esto estos estas ese esa eso también aunque cuando mientras después"
        " antes sus su",
        "pt": "este esta isso isto mas porém contudo segundo também além quando enquanto ele ela eles seu sua",
        "fr": "ce cette ces cela mais cependant toutefois selon il elle ils elles nous on son sa ses leur leurs"
        " depuis lorsque quand alors ainsi aussi",
        "it": "questo questa questi quello quella ma però tuttavia secondo dopo anche inoltre mentre quando lui lei"
        " loro suo sua",
        "nl": "dit deze dat maar echter volgens ook hij zij ze zijn haar hun toen als wanneer",
        "ru": "это этот эта эти но однако также кроме поэтому он она они его её их после когда если хотя",
        "uk": "це цей ця ці але однак також крім тому він вона вони його її їх після коли якщо хоча",
        "cs": "to ten ta tento tato ale však podle také jeho její jejich když pokud ačkoli",
        "sk": "to ten táto tento ale však podľa tiež jeho jej ich keď ak hoci",
        "ro": "acest această aceasta dar însă totuși conform potrivit el ea ei ele când dacă",
    }.items()
}
#: An article sentence split off from one source sentence is at most this many words.
SHORT_PIECE = 12


def _abbreviation(token: str) -> bool:
    """True for a word that ends in an abbreviation point rather than a full stop.

    The segmenter's tables of every language count (abbreviations travel:
    "Inc.", "etc."), then a few more, then any token of two letters or less,
    or of four or less without a vowel ("mln", "pkt").
    """
    t = token.strip(".")
    low = t.lower()
    if "." in t or low in EXTRA_ABBREVIATIONS:
        return True
    if any(t in table or low in table for table in ALL_ABBREVIATIONS):
        return True
    letters = regex.sub(rf"[^{LETTER}]", "", t)
    return len(letters) <= 2 or (len(letters) <= 4 and not VOWEL.search(low))


def _lower_starts(text: str) -> Iterator[tuple[int, int, str]]:
    """A lower-case word after a full stop: a sentence broken where a link or tag was cut out.

    Only letters of cased scripts are \\p{Ll}, so caseless scripts (Arabic,
    Hebrew, CJK, Indic) never match; abbreviations, ellipses, addresses and
    brands written lower-case ("iPad") are skipped.
    """
    for m in LOWER_AFTER_STOP.finditer(text):
        tok = TOKEN_BEFORE.match(text, 0, m.start())
        token = tok.group() if tok else ""
        if not token or token.endswith(".") or _abbreviation(token):
            continue
        nxt = m.group("next")
        if any(c.isupper() for c in nxt) or looks_like_address(token_around(text, m.start(), m.start() + 1)):
            continue  # "iPad", "eBay": brands that start lower-case
        if looks_like_address(token_around(text, m.start("next"), m.end("next"))):
            continue
        yield (
            m.start(),
            m.end(),
            f"Sentence starts lower-case after a full stop ('{token}. {nxt}'): a stripped link or markup"
            " probably broke or glued sentences here.",
        )


def _as_word(word: str) -> str:
    """A pattern for ``word`` as a whole word."""
    return rf"(?<![{LETTER}\p{{N}}]){regex.escape(word)}(?![{LETTER}\p{{N}}])"


def _glued_capitals(text: str, lang: str) -> Iterator[tuple[int, int, str]]:
    """Capitalised common words in the middle of a sentence, as if two sentences were glued.

    Names are the risk, so every cue must agree: the word before cannot end a
    sentence if it is a function word ("of", "and", "в"), the word itself is
    capitalised mid-sentence only here, and it is either a closed-class
    sentence opener of the language ("Bu", "Questo", "However") or, outside
    English, a common word that the article also writes lower-case.
    """
    if lang in NOUN_CAPITALISING:  # every noun has a capital: one mid-sentence says nothing
        return
    openers = OPENERS.get(lang, frozenset())
    for m in GLUED_CAPITAL.finditer(text):
        word, prev = m.group("word"), m.group("prev")
        low, prev_low = lower(word, lang), lower(prev, lang)
        if prev_low in ARTICLE_BEFORE or prev_low in TITLE_NOUNS or low in ARTICLES:
            continue  # "the Senate", "the film Sin perdón"
        if zipf(prev_low, lang) >= FUNCTION_ZIPF:
            continue  # "Ministry of Defence", "Hyun and Price"
        if low not in openers and (lang == "en" or zipf(low, lang) < COMMON_ZIPF):
            continue
        if low not in openers and len(regex.findall(_as_word(low), text)) < 2:
            continue  # the article hardly writes it lower-case: a name or a title
        if len(regex.findall(r"(?<=\p{Ll}[ ])" + _as_word(word), text)) > 1:
            continue  # capitalised mid-sentence again elsewhere: a name
        yield (
            m.start("word"),
            m.end("word"),
            f"'{word}' is capitalised mid-sentence right after '{prev}', with no punctuation between:"
            " two sentences or a stripped link may have been glued here.",
        )


def _same_name(a: str, b: str) -> bool:
    """Equal, or the same name under a case ending ("Annę"/"Anna", "Igorze"/"Igor")."""
    if a == b:
        return True
    common = len(os.path.commonprefix([a, b]))
    return common >= 3 and common >= min(len(a), len(b)) - 1


def _split_by_alignment(item: CheckInput) -> Iterator[tuple[int, int, str, str]]:
    """A full stop that splits one source sentence where the source runs on (a stripped link).

    Yields (start, end, message, source sentence).
    """
    bts = item.backtranslation or []
    sents = item.sentences
    for pair in item.pairs():
        if len(pair.src) != 1 or len(pair.tgt) < 2:
            continue
        src = item.source.sentences[pair.src[0]].text if item.source else pair.source
        for a, b in zip(pair.tgt, pair.tgt[1:]):
            first, second = sents[a], sents[b]
            if not first.text.endswith(".") or first.paragraph != second.paragraph:
                continue
            if len(WORD.findall(second.text)) > SHORT_PIECE:
                continue
            lead = LEADING_CAPS.match(second.text)
            if lead is None and b < len(bts) and bts[b]:
                lead = LEADING_CAPS.match(bts[b])
            if lead is None:
                continue
            head = lead.group(1).split()[0]
            if zipf(head.lower(), base_lang(item.source_lang) or "en") >= 5.0:
                continue  # "The", "He", "This": sentence openers, not a name carried over
            hit = next((w for w in CAPITALISED.finditer(src) if w.start() > 0 and _same_name(head, w.group())), None)
            if hit is None:
                continue
            if regex.search(r"[.!?…][\"'”’»)]*\s*$", src[: hit.start()]):
                continue
            pos = first.end - 1
            lo = src.find(" ", max(0, hit.start() - 30)) + 1 if hit.start() > 30 else 0
            hi = src.rfind(" ", hit.end(), hit.end() + 25)
            context = src[lo : hi if hi > 0 else hit.end() + 25]
            yield (
                pos,
                pos + 1,
                f"Full stop splits one source sentence: the source runs on here without a break"
                f" ('…{quote(context, 70)}…'), so a stripped link or markup probably broke the sentence.",
                src,
            )


@check("segmentation", "fluency/segmentation", severity="minor")
def segmentation(item: CheckInput, emit: Emitter) -> Iterator[Finding]:
    """Sentences broken or glued by stripped links or markup.

    Three cues: a sentence that starts lower-case after a full stop (cased
    languages; abbreviations and ellipses excepted); a common word
    capitalised mid-sentence right after a lower-case word, as when the start
    of one sentence lost its full stop (skipped in German, where nouns are
    capitalised, and for any word the article itself only writes
    capitalised); and, with an aligned source, a full stop that cuts a short
    piece off one source sentence at a point where the source runs on.
    """
    text = item.norm.text
    lang = base_lang(item.lang)
    where = Locator(item)
    seen: set[int] = set()
    found = [(s, e, m, "") for s, e, m in (*_lower_starts(text), *_glued_capitals(text, lang))]
    for s, e, msg, src in (*found, *_split_by_alignment(item)):
        if s in seen:
            continue
        seen.add(s)
        yield emit.at(s, e, msg, sentence_index=where(s), source_span=src)
