"""Words or phrases repeated by mistake, and glosses that collapsed in translation.

Which doublings are grammar (German "die die", Turkish "yavaş yavaş") and the
"or" words of each language are lexical data in ``data/fluency_words.tsv``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

import regex

from mt_audit.checks.base import CheckInput, Emitter, check
from mt_audit.checks.textscan import LETTER, Locator, lists_words, lower, quote, word_list
from mt_audit.languages import language
from mt_audit.types import Finding

WORD = regex.compile(rf"[{LETTER}\p{{N}}]+(?:['’\-][{LETTER}\p{{N}}]+)*")

#: What str.split() calls a token: it also splits on the separators U+001C-U+001F.
SPACE_TOKEN = regex.compile(r"[^\s\x1c-\x1f]+")
#: Punctuation that may close the second half of a repeat, or open the first.
TRAILING = ".,;:!?…،؛؟)]}\"'”’»"
LEADING = "([{\"'“‘«„"
EDGES = TRAILING + LEADING
#: In a language whose doublings the data file says nothing of (no ``double_ok``, ``reduplicating`` or ``or``
#: row), a doubled word this short (an article or particle) may be grammar, so only longer ones are reported.
SHORT_UNLISTED = 3
DOUBLING_KINDS = ("double_ok", "reduplicating", "or")


@functools.cache
def _or_words(lang: str) -> list[str]:
    """The language's "or" words (data file) and English "or", longest first."""
    return sorted(set(word_list("or", lang)) | {"or"}, key=len, reverse=True)


@functools.cache
def _or_separator(lang: str) -> regex.Pattern[str]:
    """', or ' between the two halves of a gloss ("X, or X")."""
    alt = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in _or_words(lang))
    return regex.compile(rf"[,،][ \u00a0]*(?:{alt})[ \u00a0]+", regex.IGNORECASE)


PAREN = regex.compile(r"\(([^()\n]{1,80})\)")


@functools.cache
def _or_inside(lang: str) -> regex.Pattern[str]:
    """'or' opening a bracket ("X (or X)"), dropped before comparing the halves."""
    return regex.compile("^(?:" + "|".join(regex.escape(w) for w in _or_words(lang)) + r")\s+", regex.IGNORECASE)


# Contiguous words separated by single spaces: the halves of a gloss.
RUN_BEFORE = regex.compile(rf"(?r)(?:{WORD.pattern})(?:[ \u00a0]+(?:{WORD.pattern})){{0,5}}")
RUN_AFTER = regex.compile(rf"(?:{WORD.pattern})(?:[ \u00a0]+(?:{WORD.pattern})){{0,5}}")
GLOSS_END = regex.compile(r"[ \u00a0]*(?:[,،.;:)!?؛؟—–]|-\s|$)", regex.MULTILINE)


def _arabic(lang: str) -> bool:
    return language(lang).script == "Arab"


def _same_word(a: str, b: str, lang: str) -> bool:
    """Equal up to case, an Arabic definite article or a short plural/case ending.

    The ending is allowed after an acronym ("GPU"/"GPUs", "GPU’lar") or a stem
    of four letters or more ("chip"/"chips"); shorter stems are often other
    words ("bir"/"birkaç").
    """
    acronym = (a if len(a) <= len(b) else b).isupper()
    a, b = lower(a, lang), lower(b, lang)
    if _arabic(lang):
        a, b = a.removeprefix("ال"), b.removeprefix("ال")
    if a == b:
        return True
    short, long_ = sorted((a.replace("’", "").replace("'", ""), b.replace("’", "").replace("'", "")), key=len)
    return len(short) >= (2 if acronym else 4) and long_.startswith(short) and len(long_) - len(short) <= 3


def _content(words: list[str]) -> list[str]:
    return [w for w in words if w.lower() not in word_list("article")]


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
    sep = _or_separator(lang)
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
        inner_text = _or_inside(lang).sub("", m.group(1).strip(), count=1)
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


def _repeat_allowed(words: list[str], k: int, lang: str, elsewhere: int = 0) -> bool:
    """Doubling (``words`` = both halves, ``k`` words each) that is grammar, idiom or a name, not a slip.

    ``elsewhere`` counts the article's other, single uses of the doubled word.
    """
    first, second = words[0], words[k]
    if first[:1].isupper() and second[:1].isupper():
        return True  # "Bora Bora", "Duran Duran", acronyms
    if not any(c.isalpha() for w in words[:k] for c in w):
        return True  # numbers
    if k > 1:
        return False
    key = lower(first, lang)
    if key in word_list("double_ok", lang):
        return True
    unlisted = not any(lists_words(kind, lang) for kind in DOUBLING_KINDS)
    if unlisted and len(key) <= SHORT_UNLISTED:
        return True  # grammar we have no list of: Albanian "të të" (a particle before a genitive article)
    if unlisted and elsewhere:
        # A word the article also writes alone, doubled where nothing says whether the language reduplicates
        # (CLDR and ICU do not tell): the distributive or intensive form of its own word (Bambara "kelen kelen",
        # each, beside "kelen", one), as likely as a slip.
        return True
    if lists_words("reduplicating", lang) and key not in word_list("reduplicating", lang):
        return True
    return _arabic(lang) and "\u064b" in first  # adverbial doubling with tanwin: "رويدًا رويدًا"


def _letter_acronym(text: str, spans: list[tuple[int, int]], i: int, k: int, lang: str) -> bool:
    """A spelled-out acronym in Arabic script: "بي بي سي" (BBC), "سي إن إن" (CNN)."""
    names = word_list("letter_name", "ar")
    if not _arabic(lang) or k != 1 or text[spans[i][0] : spans[i][1]] not in names:
        return False
    around = [text[s:e].strip(TRAILING) for j in (i - 1, i + 2) if 0 <= j < len(spans) for s, e in [spans[j]]]
    return any(w in names for w in around)


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
        elsewhere = low.count(low[i]) - 2 if k == 1 else 0
        if _repeat_allowed(toks, k, lang, elsewhere) or _letter_acronym(text, spans, i, k, lang):
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
    lang = item.lang
    where = Locator(item)
    for s, e, msg in (*_repeats(text, lang), *_gloss_findings(text, lang)):
        yield emit.at(s, e, msg, sentence_index=where(s))
