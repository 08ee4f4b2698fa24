"""Web-page chrome (link hints, player fallbacks, captions, share prompts...) left in scraped text.

The phrases live in ``mt_audit/data/boilerplate.tsv``, one rule per line, so that
a language is added by editing data, not code. A site's chrome is written in the
site's language, and a machine translation of an English page renders the English
chrome into the article's language, so an article is matched against the rules of
its own language, of its source language and of English, plus the language-free
rules (photo agencies, ©); running every language's rules costs about three times
as much and finds chrome no site writes.

Speed: whole-paragraph and paragraph-start rules are one alternation each, tried
once per paragraph; anywhere-rules are compiled one by one and run only when the
text contains one of their literals (see :func:`triggers`), so a clean article
costs a few substring tests per rule.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import regex

from mt_audit.checks.base import CheckInput, Emitter, check
from mt_audit.identify import base_lang
from mt_audit.types import Finding

__all__ = ["Hit", "Rule", "boilerplate", "catalogue", "find_chrome", "languages"]

CATEGORY = "source/boilerplate"
DETECTOR = "boilerplate"
WHERES = ("any", "line", "head", "short")
KINDS = (
    "link",
    "media",
    "caption",
    "credit",
    "video",
    "related",
    "share",
    "ad",
    "click",
    "cookie",
    "comments",
    "byline",
    "nav",
)
#: Scripts written without spaces: no word boundaries around their phrases, and words are counted by characters.
NO_BOUNDARY = frozenset({"zh", "ja", "ko", "th"})
#: A ``head`` label flags its whole paragraph up to this many words (a caption, a "Read also" headline).
HEAD_WORDS = 30
#: A ``short`` rule (bylines, "Source: ...") and a credit phrase inside a line flag paragraphs up to this size.
SHORT_WORDS = 12
#: A bare line next to a caption or player is taken for its credit or title up to this many words.
ADJACENT_WORDS = 6
#: Kinds that mark a media element, whose bare neighbour line is probably its credit or title.
MEDIA_KINDS = frozenset({"caption", "credit", "media", "video"})
#: Kinds that, standing as a whole paragraph, are complete sentences addressed to the reader of a web page.
MAJOR_KINDS = frozenset({"media", "cookie"})

MESSAGES = {
    "link": "Link hint '{s}' leaked from the web page into the text.",
    "media": "Media player fallback '{s}' leaked from the web page: a browser message, not part of the article.",
    "caption": "Image caption '{s}' leaked from the web page into the running text.",
    "credit": "Photo credit '{s}' leaked from the web page into the text.",
    "video": "Related-video block '{s}' leaked from the web page into the text.",
    "related": "Related-article link '{s}' leaked from the web page into the text.",
    "share": "Share or subscribe prompt '{s}' leaked from the web page into the text.",
    "ad": "Advertisement marker '{s}' leaked from the web page into the text.",
    "click": "Link text '{s}' leaked from the web page: the link it points to is gone.",
    "cookie": "Cookie notice '{s}' leaked from the web page into the text.",
    "comments": "Comments widget label '{s}' leaked from the web page into the text.",
    "byline": "Byline or timestamp '{s}' leaked from the web page into the text.",
    "nav": "Navigation link '{s}' leaked from the web page into the text.",
    "adjacent": (
        "Short line '{s}' right after a caption or media element: probably its credit or title, "
        "leaked from the web page."
    ),
}

_LETTER = r"\p{L}\p{N}\p{M}"
# A phrase ends at a non-letter, or where a capital glues on: "(opens in new tab)Musk", "opens in new tabMusk".
_END = rf"(?:(?<=[^{_LETTER}])|(?![{_LETTER}])|(?<=(?-i:\p{{Ll}}))(?=(?-i:\p{{Lu}})))"
_NONLETTER = r"[^\p{L}\p{M}\n]"
_FLAGS = regex.IGNORECASE | regex.MULTILINE | regex.V0
_MACRO = regex.compile(r"(?<!\\[pP])\{([A-Z]{2,})\}")
_HAS_LETTER = regex.compile(r"\p{L}")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")
_TERMINAL = tuple(".!?…؟。！？۔।:;")
_CLOSERS = "\"'”’»)]）」』"
_OPENERS = {"(": ")", "[": "]", "（": "）", "【": "】"}


@dataclass(frozen=True)
class Rule:
    """One catalogue line: a phrase of ``kind`` in ``lang`` that is chrome where it stands (``where``)."""

    lang: str
    kind: str
    where: str
    pattern: str


@dataclass(frozen=True)
class Hit:
    """One leaked piece of chrome; offsets index the text searched."""

    start: int
    end: int
    kind: str
    whole: bool


@dataclass(frozen=True)
class Catalogue:
    """The parsed catalogue: its rules in file order and its macros."""

    rules: tuple[Rule, ...]
    macros: dict[str, str]


def parse(text: str) -> Catalogue:
    """Rules from catalogue text (format in the file's header); raises ValueError on a malformed line."""
    macros: dict[str, str] = {}
    rows: list[tuple[int, list[str]]] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 4 or not all(cols):
            raise ValueError(f"boilerplate.tsv line {number}: expected 4 tab-separated columns")
        if cols[1] == "macro":
            macros[cols[2]] = unicodedata.normalize("NFC", cols[3])
        else:
            rows.append((number, cols))
    rules = []
    for number, (lang, kind, where, pattern) in rows:
        if kind not in KINDS or where not in WHERES:
            raise ValueError(f"boilerplate.tsv line {number}: unknown kind {kind!r} or place {where!r}")
        try:
            expanded = _MACRO.sub(lambda m: macros[m.group(1)], pattern)
        except KeyError as e:
            raise ValueError(f"boilerplate.tsv line {number}: unknown macro {e}") from None
        rules.append(Rule(lang, kind, where, unicodedata.normalize("NFC", expanded)))
    return Catalogue(tuple(rules), macros)


@cache
def catalogue() -> Catalogue:
    """The catalogue shipped in ``mt_audit/data/boilerplate.tsv``, read once."""
    return parse(files("mt_audit").joinpath("data/boilerplate.tsv").read_text(encoding="utf-8"))


def languages() -> frozenset[str]:
    """Languages the catalogue has rules for ("*" excluded)."""
    return frozenset(r.lang for r in catalogue().rules) - {"*"}


@dataclass(frozen=True)
class _Phrase:
    """An ``any`` rule compiled alone, with the literals one of which the text must contain for it to match."""

    kind: str
    regex: regex.Pattern[str]
    triggers: tuple[str, ...]
    bounded: bool


@dataclass(frozen=True)
class _Matcher:
    phrases: tuple[_Phrase, ...]
    line: regex.Pattern[str] | None
    head: regex.Pattern[str] | None


def _bounded(rule: Rule) -> str:
    if rule.lang in NO_BOUNDARY:
        return f"(?:{rule.pattern})"
    return f"(?:{rule.pattern}){_END}"


def _grouped(rules: Iterable[Rule], bounded: bool = True) -> str:
    """One named group per place and kind (``line_ad``, ``head_caption``...), so a match says what it found."""
    by_kind: dict[str, list[str]] = {}
    for r in rules:
        by_kind.setdefault(f"{r.where}_{r.kind}", []).append(_bounded(r) if bounded else f"(?:{r.pattern})")
    return "|".join(f"(?P<{name}>{'|'.join(alts)})" for name, alts in by_kind.items())


@cache
def _matcher(langs: frozenset[str]) -> _Matcher:
    """The compiled rules of ``langs``, cached per language set.

    ``any`` rules are compiled one by one and run only when the text contains one
    of their literals: one big alternation would try every phrase at every
    character. ``line`` and ``head`` rules are tried only at paragraph starts, as
    one alternation each.
    """
    cat = catalogue()
    rules = [r for r in cat.rules if r.lang in langs]
    phrases = tuple(
        _Phrase(r.kind, regex.compile(_bounded(r), _FLAGS), triggers(r.pattern), r.lang not in NO_BOUNDARY)
        for r in rules
        if r.where == "any"
    )
    line = [r for r in rules if r.where == "line"]
    head = [r for r in rules if r.where in ("head", "short")]
    line_re = None
    if line:
        # Several line phrases in a row ("Share Tweet Email", "Advertisement - Scroll to continue") are one line.
        more = "|".join(f"(?:{r.pattern})" for r in line)
        if "SOCIAL" in cat.macros:
            more += f"|{cat.macros['SOCIAL']}"
        line_re = regex.compile(
            rf"{_NONLETTER}*(?:{_grouped(line, False)})(?:{_NONLETTER}+(?:{more}))*{_NONLETTER}*", _FLAGS
        )
    head_re = regex.compile(rf"[^{_LETTER}\n]{{0,3}}(?:{_grouped(head)})", _FLAGS) if head else None
    return _Matcher(phrases, line_re, head_re)


def _fold(text: str) -> str:
    """Lowercase for literal pre-checks; Turkish dotted/dotless i fold to plain i as the regex flags do."""
    return text.lower().replace("\u0307", "").replace("ı", "i")


_ATOM = regex.compile(
    r"\\p\{[^}]*\}|\\P\{[^}]*\}|\\[dDsSwWbBAZntrfv]|\\(.)|\[(?:\\.|[^\]\\])*\]|\(\?(?:[=!]|<[=!])|\(\?P<\w+>|\(\?:|\(|\)|\||"
    r"[?*+](?:[?+])?|\{\d*(?:,\d*)?\}[?+]?|[.^$]|(.)",
    regex.DOTALL,
)


def _selective(literal: str) -> bool:
    """Rare enough to be worth checking: 3+ characters, 2 CJK characters, or a symbol such as ©."""
    if len(literal) >= 3:
        return True
    if _CJK.search(literal):
        return len(literal) >= 2
    return not any(c.isalnum() for c in literal)


def triggers(pattern: str) -> tuple[str, ...]:
    """Literal strings, one of which every match of ``pattern`` contains (folded); () when none is found.

    Reads the simple regex dialect of the catalogue: literals, escapes, classes,
    groups, alternation and quantifiers. Used only to skip a rule cheaply, so an
    unusual construct simply yields no trigger.
    """
    tokens = [(m.group(0), m.group(1) if m.group(1) is not None else m.group(2)) for m in _ATOM.finditer(pattern)]
    pos = 0

    def seq() -> list[tuple[str, ...] | None]:
        """Parse branches until ')' or the end; each is a list of required items."""
        nonlocal pos
        branches: list[list[tuple]] = [[]]
        while pos < len(tokens):
            tok, lit = tokens[pos]
            pos += 1
            if tok == ")":
                break
            if tok == "|":
                branches.append([])
                continue
            if tok.startswith("("):
                inner = seq()
                item: tuple = ("look",) if tok in ("(?=", "(?!", "(?<=", "(?<!") else ("group", inner)
            elif lit is not None:
                item = ("lit", lit)
            else:
                item = ("other",)
            if pos < len(tokens) and tokens[pos][0][0] in "?*+{":
                q = tokens[pos][0]
                pos += 1
                if q[0] in "?*" or q.startswith(("{0", "{,")):
                    item = ("other",)
                elif item[0] == "lit":
                    branches[-1].append(item)  # "x+" or "x{2,5}": one x for sure, then the run stops
                    item = ("other",)
            branches[-1].append(item)
        return [_best(b) for b in branches]

    def _best(items: list[tuple]) -> tuple[str, ...] | None:
        """The most selective requirement of one branch: a literal run, or a group whose every branch has one."""
        cands: list[tuple[str, ...]] = []
        run = ""
        for it in [*items, ("other",)]:
            if it[0] == "lit":
                run += it[1]
                continue
            if run.strip():
                cands.append((_fold(run.strip()),))
            run = ""
            if it[0] == "group":
                alts = it[1]
                if alts and all(a is not None for a in alts):
                    cands.append(tuple(sorted({s for a in alts for s in a})))
        cands = [c for c in cands if all(_selective(s) for s in c)]
        if not cands:
            return None
        return max(cands, key=lambda c: (min(len(s) for s in c), -len(c)))

    alts = seq()
    if not alts or any(a is None for a in alts):
        return ()
    return tuple(sorted({s for a in alts for s in a}))


def matcher_for(lang: str | None, source_lang: str | None = "en") -> _Matcher:
    """Rules of the article's language, its source language, English and the language-free ones."""
    return _matcher(frozenset({base_lang(lang), base_lang(source_lang), "en", "*"}))


def _is_letter(c: str) -> bool:
    return c.isalnum() or unicodedata.category(c)[0] == "M"


def _edge(before: str, after: str) -> bool:
    """A phrase may start between ``before`` and ``after``: not inside a word, unless a capital glues on."""
    return not (_is_letter(before) and _is_letter(after)) or (before.islower() and after.isupper())


def _lines(text: str) -> tuple[list[int], list[int]]:
    """Start and end offsets of every line (paragraph) of ``text``."""
    starts, ends, pos = [], [], 0
    for line in text.split("\n"):
        starts.append(pos)
        pos += len(line)
        ends.append(pos)
        pos += 1
    return starts, ends


def _bracketed(text: str, s: int, e: int) -> tuple[int, int]:
    """Widen ``[s, e)`` to the brackets around it: "(opens in new tab)" is one hint."""
    a = s - 1 if s > 0 and text[s - 1] == " " else s
    b = e + 1 if e < len(text) and text[e] == " " else e
    if a > 0 and b < len(text) and _OPENERS.get(text[a - 1]) == text[b]:
        return a - 1, b + 1
    if s > 0 and e < len(text) and _OPENERS.get(text[s - 1]) == text[e]:
        return s - 1, e + 1
    return s, e


def _words(text: str, cjk: bool) -> int:
    n = len(text.split())
    if cjk:
        n += len(_CJK.findall(text)) // 2
    return n


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _ends_sentence(line: str) -> bool:
    return line.rstrip().rstrip(_CLOSERS).endswith(_TERMINAL)


def _phrase_spans(text: str, folded: str, phrases: Iterable[_Phrase]) -> Iterator[tuple[int, int, str]]:
    for p in phrases:
        if p.triggers and not any(t in folded for t in p.triggers):
            continue
        pos = 0
        while (x := p.regex.search(text, pos)) is not None:
            s, e = x.span()
            pos = e if e > s else e + 1
            # The end boundary is in the regex (so it can backtrack); the start is checked here, since a
            # lookbehind in front of the phrase would stop the engine from scanning for its first literal.
            if p.bounded and s > 0 and s < len(text) and not _edge(text[s - 1], text[s]):
                pos = s + 1
                continue
            yield s, e, p.kind


def find_chrome(text: str, lang: str | None, source_lang: str | None = "en", *, prefilter: bool = True) -> list[Hit]:
    """Leaked chrome in ``text`` (one paragraph per line), in text order, without overlaps.

    ``prefilter=False`` runs every phrase rule regardless of its triggers (slower; tests compare the two).
    """
    m = matcher_for(lang, source_lang)
    if not prefilter:
        m = _Matcher(tuple(_Phrase(p.kind, p.regex, (), p.bounded) for p in m.phrases), m.line, m.head)
    cjk = base_lang(lang) in NO_BOUNDARY
    starts, ends = _lines(text)

    def whole(i: int, kind: str) -> Hit:
        s, e = _strip(text, starts[i], ends[i])
        return Hit(s, e, kind, True)

    hits: list[Hit] = []
    for i, (a, b) in enumerate(zip(starts, ends)):
        if a == b:
            continue
        if m.line is not None and b - a <= 150 and (x := m.line.fullmatch(text, a, b)) is not None:
            hits.append(whole(i, x.lastgroup.split("_", 1)[1]))
            continue
        if m.head is not None and (x := m.head.match(text, a, b)) is not None:
            where, kind = x.lastgroup.split("_", 1)
            if kind == "byline" and _ends_sentence(text[a:b]):
                continue  # "Published in 1998, the book sold millions." is a sentence, not a timestamp.
            if _words(text[a:b], cjk) <= (SHORT_WORDS if where == "short" else HEAD_WORDS):
                hits.append(whole(i, kind))
            elif where == "head":
                hits.append(Hit(*_strip(text, *x.span(x.lastgroup)), kind, False))
    folded = _fold(text)
    for s, e, kind in _phrase_spans(text, folded, m.phrases):
        s, e = _strip(text, s, e)
        if s >= e or "\n" in text[s:e]:
            continue
        s, e = _bracketed(text, s, e)
        i = bisect.bisect_right(starts, s) - 1
        line = text[starts[i] : ends[i]]
        rest = text[starts[i] : s] + text[e : ends[i]]
        if not _HAS_LETTER.search(rest) or (
            kind != "link" and not _HAS_LETTER.search(text[starts[i] : s]) and _words(line, cjk) <= SHORT_WORDS
        ):
            # The phrase is the paragraph, or opens a short one ("Click here to subscribe."): the line is chrome.
            hits.append(whole(i, kind))
        elif kind == "credit" and _words(line, cjk) <= SHORT_WORDS and not _ends_sentence(rest):
            # A credit phrase inside a bare short line ("John Smith/Getty Images"): the line is the credit.
            hits.append(whole(i, kind))
        else:
            hits.append(Hit(s, e, kind, False))
    kept = _no_overlaps(hits)
    return _no_overlaps(kept + list(_adjacent(text, kept, starts, ends, cjk)))


def _no_overlaps(hits: list[Hit]) -> list[Hit]:
    """Earliest, then longest, hit wins; a whole-paragraph hit swallows the phrases inside it."""
    out: list[Hit] = []
    for h in sorted(hits, key=lambda h: (h.start, -h.end)):
        if out and h.start < out[-1].end:
            continue
        out.append(h)
    return out


def _adjacent(text: str, hits: list[Hit], starts: list[int], ends: list[int], cjk: bool) -> Iterator[Hit]:
    """A bare short line right after a caption, credit or player is its credit or title.

    Only the line after: a subheading often sits just before an image, rarely just
    after its caption. Bare means a few words, no sentence-final punctuation and no
    catalogue hit of its own; a headline or subheading elsewhere is never touched.
    """
    covered = {bisect.bisect_right(starts, h.start) - 1 for h in hits}
    for h in hits:
        if not h.whole or h.kind not in MEDIA_KINDS:
            continue
        i = bisect.bisect_right(starts, h.start) - 1 + 1
        while i < len(starts) and not text[starts[i] : ends[i]].strip():
            i += 1
        if i >= len(starts) or i in covered:
            continue
        line = text[starts[i] : ends[i]].strip()
        if (
            line
            and _HAS_LETTER.search(line)
            and _words(line, cjk) <= ADJACENT_WORDS
            and len(line) <= 60
            and not _ends_sentence(line)
        ):
            s, e = _strip(text, starts[i], ends[i])
            yield Hit(s, e, "adjacent", True)


def _clip(span: str, width: int = 70) -> str:
    return span if len(span) <= width else span[: width - 1].rstrip() + "…"


@check(DETECTOR, CATEGORY, severity="minor", severities=("major",))
def boilerplate(item: CheckInput, emit: Emitter) -> Iterator[Finding]:
    """Web-page chrome (link hints, player fallbacks, captions, credits, share prompts, ads) left in the text.

    Scraped articles keep bits of the page around the story: "(opens in new tab)"
    after a link, "This browser does not support the video element.", "Read also:",
    "Photo: Reuters", "Advertisement". A translation engine then renders them into
    the article's language. They are not the author's words, so each is reported
    once. Phrases come from the multilingual catalogue ``mt_audit/data/boilerplate.tsv``;
    a bare line of a few words right after a caption or a player is reported as its
    probable credit or title.

    Severity is minor, except for a player fallback or cookie notice standing as a
    whole paragraph: major, because it is a complete sentence addressed to the reader
    of a web page ("Your browser does not support video") that the article now
    asserts as its own content, misleading a reader rather than merely cluttering.
    """
    text = item.norm.text
    hits = find_chrome(text, item.lang, item.source_lang)
    if not hits:
        return
    sent_starts = [s.start for s in item.sentences]
    for h in hits:
        k = bisect.bisect_right(sent_starts, h.start) - 1
        index = item.sentences[k].index if k >= 0 else None
        severity = "major" if h.whole and h.kind in MAJOR_KINDS else "minor"
        message = MESSAGES[h.kind].format(s=_clip(text[h.start : h.end]))
        yield emit.at(h.start, h.end, message, severity=severity, sentence_index=index)
