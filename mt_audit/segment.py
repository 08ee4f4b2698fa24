"""Rule-based sentence segmentation of normalized text.

Detectors report per sentence and the aligner pairs sentences, so splits must be
predictable rather than clever: one compiled regex finds candidate boundaries
(terminator run, whitespace, plausible sentence start) and only a bare ``.`` pays
for a Python-side abbreviation check. Every line is its own paragraph because
the caller has already unwrapped hard-wrapped lines, so headlines and captions
without final punctuation never merge with the text below them.
"""

from __future__ import annotations

import functools
import unicodedata
from pathlib import Path
from typing import Any

import regex

from mt_audit.identify import base_lang
from mt_audit.types import Sentence

__all__ = ["paragraphs", "phrase_spaced", "segment"]

# Exactly the characters for which str.isspace() is true; a test pins this.
_WS = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# Terminators of scripts that separate sentences with spaces.
_TERM = ".!?\u2026\u061f\u06d4\u0964\u0965\u0589\u1362\u104b\u17d4\u17d5\u203c\u2047\u2048\u2049\u203d"
# Full-width terminators: CJK text puts no space after them.
_CJK_TERM = "\u3002\uff01\uff1f\uff61"
# Closing quotes and brackets that stay with the sentence they end. Either
# quote direction closes here because „…” / „…“ / »…« / «…» all occur.
_CLOSE = (
    "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u2039\u203a)\\]}"
    "\u300d\u300f\u3011\u3015\u3009\u300b\u3017\u3019\u301b\uff09\uff3d\uff5d\uff02\uff07"
)
_OPEN = (
    "\"'\u201c\u201d\u2018\u201e\u201a\u00ab\u00bb\u2039\u203a(\\[{\u00bf\u00a1"
    "\u300c\u300e\u3010\u3014\u3008\u300a\u3016\u3018\u301a\uff08\uff3b\uff5b\uff02\uff07"
)
_OPEN_CHARS = frozenset(_OPEN.replace("\\", ""))
_DASH = "\\-\u2010\u2012\u2013\u2014\u2015"
# Uppercase, titlecase, caseless letters (Arabic, CJK, Devanagari...), digits,
# currency signs; Georgian Mkhedruli is Ll in Unicode but has no case in use.
_START = r"\p{Lu}\p{Lt}\p{Lo}\p{Lm}\p{Nd}\p{Sc}\u10d0-\u10fa\u10fc-\u10ff"

# A maximal terminator run with the closers that stay with it. Runs never
# overlap, so scanning them is linear even for "......" or "?!?!?!".


def _run_pattern(extra: str = "") -> regex.Pattern:
    """Runs of terminators (with ``extra`` ones of a language), closing marks and format characters after them."""
    return regex.compile(rf"(?>(?:[{_TERM}{_CJK_TERM}{regex.escape(extra)}]+[{_CLOSE}\p{{Cf}}]*)+)")


_RUN = _run_pattern()
# What must follow a run for a break: whitespace, then a plausible sentence
# start behind any opening quotes, brackets and dialogue dashes.
# French and others space inside their guillemets ("« C'est"), so an opening mark may be followed by one space.
_AFTER = regex.compile(rf"[{_WS}]+(?=(?>(?:[{_OPEN}][{_WS}]?|\p{{Cf}}|[{_DASH}][{_WS}]?)*)(?P<start>[{_START}]))")
_SPACES = regex.compile(rf"[{_WS}]*")
_CJK_RUN = regex.compile(rf"[{_CJK_TERM}][{_CLOSE}\p{{Cf}}]*\Z")
# The word before a period, read backwards from the period.
_TOKEN = regex.compile(r"(?r)[\p{L}\p{M}\p{N}.]+")
_DOTTED = regex.compile(r"(?:\p{L}\p{M}*){1,3}(?:\.(?:\p{L}\p{M}*){1,3})+")
_ROMAN = regex.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")

#: Longest sentence kept whole. Text without a sentence break (a table dump,
#: a run-on page, letters without spaces) is broken every this many
#: characters, at the last space of the window's second half when it has one,
#: so that embedding, alignment and the checks cost at most this much per
#: sentence. Real sentences stay well below it.
MAX_SENTENCE_CHARS = 1000
#: Most pieces one run of text without a sentence break is broken into: a longer run gets longer
#: pieces, so that such a run costs at most this many sentences (each embedded from its head, see
#: :data:`mt_audit.embed.MAX_EMBED_CHARS`) however long it is.
MAX_PIECES_PER_RUN = 12


#: Per-language abbreviation tables (lexical data, so a data file): see its header.
ABBREVIATIONS_FILE = Path(__file__).parent / "data" / "abbreviations.tsv"


def _load_tables(path: Path) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """``{lang: (titles, others)}`` from the data file; ``*`` holds the abbreviations that travel everywhere."""
    entries: dict[str, dict[str, frozenset[str]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("lang\t"):
            continue
        lang, kind, words = line.split("\t")
        entries.setdefault(lang, {})[kind] = frozenset(words.split())
    empty: frozenset[str] = frozenset()
    return {lang: (k.get("titles", empty), k.get("others", empty)) for lang, k in entries.items()}


_TABLES = _load_tables(ABBREVIATIONS_FILE)
# Other languages get the abbreviations that travel everywhere.
_COMMON = _TABLES.pop("*")
# No language given: any table may apply.
_ALL = (
    frozenset().union(*(t for t, _ in _TABLES.values())),
    frozenset().union(*(o for _, o in _TABLES.values())),
)


def abbreviation_tables(lang: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """Abbreviation tables for an ISO 639-1 code, tolerating region tags."""
    if not lang:
        return _ALL
    return _TABLES.get(base_lang(lang), _COMMON)


def _listed(token: str, entries: frozenset[str]) -> bool:
    """Exact match, or a capitalized token whose lowercase entry is listed."""
    if token in entries:
        return True
    return token[:1].isupper() and (token[:1].lower() + token[1:]) in entries


def _is_small_number(token: str) -> bool:
    """An ordinal or list number: up to three digits or a Roman numeral."""
    if token.isdecimal():
        return len(token) <= 3
    return _ROMAN.fullmatch(token) is not None


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line (stripped), in order.

    Lines split on ``\\n`` only: other line-breaking characters that
    ``str.splitlines`` honours count as ordinary whitespace.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        line = text[pos:end]
        stripped = line.lstrip()
        if stripped:
            start = pos + len(line) - len(stripped)
            spans.append((start, start + len(stripped.rstrip())))
        if nl < 0:
            break
        pos = nl + 1
    return spans


def _keeps_period(
    text: str,
    period: int,
    sentence_start: int,
    start_char: str,
    titles: frozenset[str],
    others: frozenset[str],
    ordinals: bool,
    english: bool,
) -> bool:
    """True when a lone period before a capital/digit is not a sentence end."""
    m = _TOKEN.match(text, sentence_start, period)
    if m is None:
        return False
    token = m.group().lstrip(".")
    before = text[m.start() - 1] if m.start() > sentence_start else " "
    if not token or not (
        before.isspace() or before in _OPEN_CHARS or before in "\u2013\u2014" or unicodedata.category(before) == "Cf"
    ):
        # "GPT-4." or "Model-T." is the tail of a compound, not an abbreviation.
        return False
    if _listed(token, titles):
        return True
    if len(token) == 1 and unicodedata.category(token) in ("Lu", "Lt"):
        return not english or token != "I"
    if m.start() == sentence_start and (
        _is_small_number(token) or (len(token) == 1 and token.isalpha()) or _DOTTED.fullmatch(token)
    ):
        # A list number, an initial or a dotted acronym ("N.S.A.") is no sentence on its own.
        return True
    if ordinals and _is_small_number(token):
        return True
    if _DOTTED.fullmatch(token) and unicodedata.category(start_char) == "Lo":
        # Before a caseless letter nothing tells an acronym's period from a full stop: acronyms are likelier.
        return True
    if _listed(token, others) or _DOTTED.fullmatch(token):
        return start_char.isdecimal() or unicodedata.category(start_char) == "Sc"
    return False


#: A letter of a script written without spaces between sentences (Han, kana), or a full-width form.
_CJK_CHAR = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\uff01-\uff5e\u3001-\u303f]")


_QUOTE = regex.compile(r"\p{Quotation_Mark}")


@functools.cache
def _openers(lang: str | None) -> str:
    """The language's opening quotation marks that never close a quotation in it (Chinese “ ‘).

    A run of terminators takes either quote direction (German closes with “), but in
    unspaced CJK text such a mark after the stop opens the next sentence: "六周。“这是".
    """
    from mt_audit.languages import language  # lazy: Babel/ICU stay out of import time

    if not lang:
        return ""
    try:
        facts = language(lang)
    except Exception:  # an unknown tag: no marks to tell apart
        return ""
    return "".join(sorted({facts.quotes[0], facts.alt_quotes[0]} - {facts.quotes[1], facts.alt_quotes[1]}))


def _without_openers(text: str, start: int, end: int, openers: str) -> int:
    """``end`` moved back over the opening marks that end the run ``text[start:end]``."""
    while end > start + 1 and text[end - 1] in openers:
        end -= 1
    return end


def _quote_then_attribution(text: str, start: int, run_end: int, limit: int) -> bool:
    """A sentence that is all quotation so far, closed after its stop and followed at once by a CJK letter:
    "“……。”某某说。", "「……。」と彼は言った。" The words after the quote attribute it, in one sentence.

    A quotation that does not open the sentence ("他说：「好的。」然后走了。") ends it as usual.
    """
    return (
        run_end < limit
        and bool(_QUOTE.match(text, start))
        and bool(_QUOTE.match(text, run_end - 1))
        and bool(_CJK_CHAR.match(text, run_end))
        and text[run_end].isalpha()
    )


def _cjk_stop(text: str, start: int, end: int, limit: int) -> bool:
    """A half-width stop between two CJK characters ("立った.１～３回戦"): MT and keyboards write '.', '?' and
    '!' for '。', '？' and '！', and the sentence ends there as it would at the full-width mark."""
    mark = text[start:end].strip()
    return (
        mark in (".", "?", "!")
        and start > 0
        and end < limit
        and bool(_CJK_CHAR.match(text, start - 1))
        and bool(_CJK_CHAR.match(text, end))
        and not (text[start - 1].isdigit() and text[end].isdigit())  # "３.５": a decimal point
    )


#: Initials written with dots, two or more ("D.K.", "J.R.R."): the last period is the one judged.
_INITIALS = regex.compile(r"(?:\p{Lu}\.)+\p{Lu}")
#: The word after initials is a surname, not a sentence's first word, below this Zipf frequency:
#: words that open sentences ("The", "Dann", "Analysts") are commoner than 3.5 in their language.
NAME_AFTER_INITIALS_ZIPF = 3.5


def _initials_before_name(text: str, period: int, sentence_start: int, next_start: int, lang: str) -> bool:
    """Whether the period ends initials before a surname ("D.K. Arya", "J.R.R. Tolkien"), not a sentence."""
    from mt_audit.lexicon import zipf

    m = _TOKEN.match(text, sentence_start, period)
    word = regex.match(r"\p{Lu}[\p{L}\p{M}]+", text[next_start : next_start + 40])
    if m is None or word is None or not _INITIALS.fullmatch(m.group()):
        return False
    return zipf(word.group(), lang or "en") < NAME_AFTER_INITIALS_ZIPF


def _cut(text: str, start: int, size: int) -> int:
    """Where to end a forced piece of ``size`` characters from ``start``: a space in its second half, else anywhere.

    A hard cut never separates a character from its combining marks.
    """
    limit = start + size
    space = max(text.rfind(" ", start + size // 2, limit), text.rfind("\t", start, limit))
    if space > start + size // 2:
        return space
    cut = limit
    while cut > start + 1 and unicodedata.category(text[cut])[0] == "M":
        cut -= 1
    return cut


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` as stripped pieces of :data:`MAX_SENTENCE_CHARS` characters, or longer in a huge run.

    A run longer than :data:`MAX_PIECES_PER_RUN` pieces gets pieces of an equal share of it instead.
    """
    pieces: list[tuple[int, int]] = []
    while True:
        share = -(-(end - start) // max(1, MAX_PIECES_PER_RUN - len(pieces)))  # of what is left, per piece left
        size = max(MAX_SENTENCE_CHARS, share)
        if end - start <= size:
            break
        cut = _cut(text, start, size)
        piece_end = len(text[start:cut].rstrip()) + start
        pieces.append((start, piece_end))
        start = _SPACES.match(text, cut, end).end()
    if start < end:
        pieces.append((start, end))
    return pieces


def _emit(
    out: list[Sentence], split: list[int], text: str, start: int, end: int, para: int, phrase: regex.Pattern | None
) -> None:
    """Append ``text[start:end]`` as one sentence, or as several when over-long (their lengths go to ``split``).

    With a ``phrase`` pattern (see :func:`phrase_spaced`) every phrase it separates is a unit of its own.
    """
    for p_start, p_end in _phrases(text, start, end, phrase):
        pieces = _pieces(text, p_start, p_end) if p_end - p_start > MAX_SENTENCE_CHARS else [(p_start, p_end)]
        if len(pieces) > 1:
            split.extend(e - s for s, e in pieces)
        for s, e in pieces:
            out.append(Sentence(len(out), s, e, text[s:e], para))


def _phrases(text: str, start: int, end: int, phrase: regex.Pattern | None) -> list[tuple[int, int]]:
    """``text[start:end]`` cut at every space ``phrase`` matches (all of it when None)."""
    if phrase is None:
        return [(start, end)]
    spans, cur = [], start
    for m in phrase.finditer(text, start, end):
        spans.append((cur, m.start()))
        cur = m.end()
    spans.append((cur, end))
    return spans


@functools.cache
def phrase_spaced(lang: str | None) -> bool:
    """Whether ``lang`` separates phrases with spaces and ends sentences with nothing else.

    Thai and Lao write words unspaced and their scripts have no sentence terminator of
    their own (Unicode lists no Sentence_Terminal for them): a space between two letters
    ends a phrase or a sentence, and only the source can tell which. Their text is cut
    into phrases, and the aligner joins the phrases of one sentence again.
    """
    from mt_audit.languages import language  # lazy: Babel/ICU stay out of import time

    base = base_lang(lang)
    if not base:
        return False
    try:
        facts = language(base)
    except Exception:  # an unknown tag: segmented like a spaced language
        return False
    return not facts.spaced and _script_terminators(facts.script) is None


@functools.cache
def _runs(lang: str | None) -> regex.Pattern:
    """Runs of terminators, with the language's own beyond those listed here (Greek ";", its question mark;
    Tibetan shad; the full stop of its script, Ol Chiki "᱾", which CLDR does not list for Santali)."""
    from mt_audit.languages import clause_stops, extra_terminators, full_stop, script_full_stop

    if not lang:
        return _RUN
    stop = "".join(c for c in full_stop(lang) or script_full_stop(lang) or "" if c not in _TERM + _CJK_TERM)
    extra = extra_terminators(lang) + clause_stops(lang) + stop
    return _run_pattern(extra) if extra else _RUN


@functools.cache
def _sentence_terminals() -> str:
    """Every character Unicode marks Sentence_Terminal."""
    return "".join(regex.findall(r"\p{Sentence_Terminal}", "".join(map(chr, range(0x110000)))))


@functools.cache
def _script_terminators(script: str) -> str | None:
    """The Sentence_Terminal characters whose script extensions name ``script``; None when there are none."""
    try:
        found = "".join(regex.findall(rf"\p{{scx={script}}}", _sentence_terminals()))
    except regex.error:  # a script code regex does not know
        return ""
    return found or None


@functools.cache
def _phrase_pattern(lang: str | None) -> regex.Pattern | None:
    """A space between a letter of ``lang``'s script and one that starts a phrase (behind opening quotes), or
    between any word and an opening quote before such a letter: a quotation opens a phrase even after a name
    written in Latin letters ("… Blue Heron Fund “เราดำน้ำ…"), which otherwise glues two sentences."""
    if not phrase_spaced(lang):
        return None
    from mt_audit.languages import language

    script = language(base_lang(lang)).script
    letter = rf"[\p{{scx={script}}}&&[\p{{L}}\p{{M}}]]"
    return regex.compile(
        rf"(?<={letter})[{_WS}]+(?=[{_OPEN}]*{letter})|(?<=[\p{{L}}\p{{N}}])[{_WS}]+(?=[{_OPEN}]+{letter})", regex.V1
    )


@functools.cache
def _icu_breakers(lang: str) -> tuple[Any, Any] | None:
    """ICU sentence breakers for ``lang``, with and without CLDR's abbreviation suppressions.

    None when ICU is missing or holds no suppression list for the language
    (then the filtered breaker is the plain rule-based one).
    """
    try:
        import icu
    except ImportError:
        return None
    plain = icu.BreakIterator.createSentenceInstance(icu.Locale(lang))
    filtered = icu.BreakIterator.createSentenceInstance(icu.Locale(f"{lang}@ss=standard"))
    if type(filtered) is type(plain):
        return None
    return plain, filtered


@functools.lru_cache(maxsize=4096)
def cldr_abbreviation(lang: str, token: str) -> bool:
    """Whether CLDR's sentence-break suppressions for ``lang`` list ``token`` + ".".

    Probed on a neutral context ("x TOKEN. Y") where ICU's plain rules break
    after the period: the token is listed when the filtered breaker does not.
    This reaches the abbreviations CLDR holds for languages the rule tables
    above do not cover.
    """
    breakers = _icu_breakers(lang)
    if breakers is None or not token:
        return False
    # ICU matches suppressions as suffixes, so "kam." passes for a listed "m.": the token itself is
    # listed only when its tail without the first letter is not suppressed too.
    return _suppressed(breakers, token) and not (len(token) > 1 and _suppressed(breakers, token[1:]))


def _suppressed(breakers: tuple[Any, Any], token: str) -> bool:
    probe = f"x {token}. Y"
    at = len(probe) - 1
    plain, filtered = breakers
    plain.setText(probe)
    filtered.setText(probe)
    return bool(plain.isBoundary(at)) and filtered.following(at - 1) != at


def _repair_abbreviations(text: str, sentences: list[Sentence], lang: str) -> list[Sentence]:
    """Join the pieces a break after an abbreviation cut apart (rules tables do not list every one)."""
    if len(sentences) < 2 or _icu_breakers(lang) is None:
        return sentences
    out: list[Sentence] = [sentences[0]]
    for s in sentences[1:]:
        prev = out[-1]
        token = _TOKEN.match(text, prev.start, prev.end - 1) if prev.text.endswith(".") else None
        if prev.paragraph == s.paragraph and token and cldr_abbreviation(lang, token.group().lstrip(".")):
            joined = len(text[prev.start : s.end])
            if joined <= MAX_SENTENCE_CHARS:
                out[-1] = Sentence(prev.index, prev.start, s.end, text[prev.start : s.end], prev.paragraph)
                continue
        out.append(Sentence(len(out), s.start, s.end, s.text, s.paragraph))
    return out


def segment(text: str, lang: str | None = None, *, notes: list[str] | None = None) -> list[Sentence]:
    """Split normalized text into sentences.

    Offsets index ``text``: ``text[s.start:s.end] == s.text`` for every
    sentence; sentences are in order, non-overlapping, stripped of surrounding
    whitespace, non-empty, and every non-whitespace character of ``text``
    belongs to exactly one sentence. ``paragraph`` is the 0-based index of the
    paragraph (every ``\\n``-separated non-blank line is one); ``index`` runs
    0..n-1. A sentence longer than :data:`MAX_SENTENCE_CHARS` is broken into
    pieces (see :func:`_cut`), each break described in ``notes`` when given.
    """
    from mt_audit.languages import ordinal_dot  # lazy: Babel/ICU stay out of import time

    titles, others = abbreviation_tables(lang)
    base = base_lang(lang)
    ordinals = bool(base) and ordinal_dot(base)  # "2. Mai": ICU's digit ordinals
    english = base in ("", "en")
    phrase = _phrase_pattern(base)
    runs = _runs(base)
    openers = _openers(base)
    out: list[Sentence] = []
    split: list[int] = []  # lengths of the pieces of broken sentences

    for para, (p_start, p_end) in enumerate(paragraphs(text)):
        cur = p_start
        for m in runs.finditer(text, p_start, p_end):
            run_start, run_end = m.span()
            if run_start == cur or run_end == p_end:
                continue
            after = _AFTER.match(text, run_end, p_end)
            if after is None:
                if _CJK_RUN.search(m.group()) is None and not _cjk_stop(text, run_start, run_end, p_end):
                    continue
                run_end = _without_openers(text, run_start, run_end, openers)
                if _quote_then_attribution(text, cur, run_end, p_end):
                    continue
                # CJK sentences follow their terminator without a space.
                nxt = _SPACES.match(text, run_end, p_end).end()
            else:
                if (
                    run_end - run_start == 1
                    and text[run_start] == "."
                    and (
                        _keeps_period(
                            text,
                            run_start,
                            cur,
                            after.group("start"),
                            titles,
                            others,
                            ordinals,
                            english,
                        )
                        or _initials_before_name(text, run_start, cur, after.end(), base)
                    )
                ):
                    continue
                nxt = after.end()
            _emit(out, split, text, cur, run_end, para, phrase)
            cur = nxt
        _emit(out, split, text, cur, p_end, para, phrase)
    if split and notes is not None:
        notes.append(f"broke over-long sentences into {len(split)} pieces of at most {max(split)} characters")
    return _repair_abbreviations(text, out, base) if base else out
