"""Web-page chrome (link hints, player fallbacks, captions, share prompts...) left in scraped text.

The phrases live in ``mt_audit/data/boilerplate.tsv``, one rule per line, so that
a language is added by editing data, not code. A site's chrome is written in the
site's language, and a machine translation of an English page renders the English
chrome into the article's language, so an article is matched against the rules of
its own language, of its source language and of English, plus the language-free
rules (photo agencies, ©); running every language's rules costs about three times
as much and finds chrome no site writes.

Scrapers also glue a label onto the story ("... said the minister. Read more:
Prices rise", "Advertisement The president said ..."). ``glued`` rules are core
labels that count there only with label-like context on both sides (a paragraph
or sentence edge, a separator, a capital where prose would go on in lower case,
all capitals); a label word running on in prose ("read more about it in ...")
never fires. A paragraph-start ``related`` label ("Voir aussi :", "Relaterat:")
counts as glued too, but only with the colon or separator a site prints after
it. With an alignment, a label whose aligned source sentence holds one of the
same kind is the author's, not a leak; a short unaligned sentence or a
back-translation that shows the label corroborates one whose context is silent
(scripts without case). In a language the catalogue does not hold, a short
label-like piece the source does not hold counts when its embedding lies close
to the catalogue's labels (:mod:`mt_audit.checks.boilerplate_unseen`).

Speed: whole-paragraph and paragraph-start rules are one alternation each, tried
once per paragraph; anywhere-rules are compiled one by one and run only when the
text contains one of their literals (see :func:`triggers`); glued rules are one
alternation tried only where a label may start (paragraph and sentence starts,
after separators, at glued capitals), a few dozen places per article.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Protocol

import regex

from mt_audit.checks.base import CheckInput, Emitter, Pair, check
from mt_audit.checks.boilerplate_catalogue import (
    CJK,
    COLONS,
    FLAGS,
    KINDS,
    WHERES,
    Glued,
    Matcher,
    Phrase,
    Rule,
    bounded_pattern,
    catalogue,
    fold,
    languages,
    matcher_for,
    parse,
    spaced,
    triggers,
    withheld,
)
from mt_audit.checks.boilerplate_unseen import covered, unaligned, unseen_hits
from mt_audit.languages import base_tag
from mt_audit.types import Finding

__all__ = [
    "KINDS",
    "WHERES",
    "Hit",
    "Rule",
    "alignment_evidence",
    "boilerplate",
    "catalogue",
    "find_chrome",
    "glued_hits",
    "languages",
    "parse",
    "spaced",
    "triggers",
]

CATEGORY = "source/boilerplate"
DETECTOR = "boilerplate"
#: A ``head`` label flags its whole paragraph up to this many words (a caption, a "Read also" headline).
HEAD_WORDS = 30
#: A ``short`` rule (bylines, "Source: ...") and a credit phrase inside a line flag paragraphs up to this size.
SHORT_WORDS = 12
#: An unaligned sentence corroborates a glued label when, the label aside, it has at most this many words.
LABEL_REST_WORDS = 3
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

_HAS_LETTER = regex.compile(r"\p{L}")
_HAS_WORD = regex.compile(r"[\p{L}\p{N}]")
_TERMINAL = tuple(".!?…؟。！？۔।:;")
_CLOSERS = "\"'”’»)]）」』"
_OPENERS = {"(": ")", "[": "]", "（": "）", "【": "】"}


@dataclass(frozen=True)
class Hit:
    """One leaked piece of chrome; offsets index the text searched."""

    start: int
    end: int
    kind: str
    whole: bool


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
        n += len(CJK.findall(text)) // 2
    return n


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _ends_sentence(line: str) -> bool:
    return line.rstrip().rstrip(_CLOSERS).endswith(_TERMINAL)


def _phrase_spans(text: str, folded: str, phrases: Iterable[Phrase]) -> Iterator[tuple[int, int, str]]:
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


class Evidence(Protocol):
    """What the alignment says about a label: whether it backs one, and whether text is the source's translation."""

    def __call__(self, start: int, end: int, kind: str) -> bool | None:
        """Whether alignment backs a glued label at (start, end): True corroborates, False vetoes, None is silent."""

    def translates(self, start: int, end: int) -> bool:
        """Whether the text from ``start`` to ``end`` lies in sentences aligned to the source."""


def find_chrome(
    text: str,
    lang: str | None,
    source_lang: str | None = "en",
    *,
    prefilter: bool = True,
    evidence: Evidence | None = None,
) -> list[Hit]:
    """Leaked chrome in ``text`` (one paragraph per line), in text order, without overlaps.

    ``prefilter=False`` runs every phrase rule regardless of its triggers (slower; tests compare the two).
    ``evidence`` judges glued labels from the alignment (see :func:`glued_hits`).
    """
    m = matcher_for(lang, source_lang)
    if not prefilter:
        m = Matcher(tuple(Phrase(p.kind, p.regex, (), p.bounded) for p in m.phrases), m.line, m.head, m.glued)
    cjk = not spaced(lang)
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
            if _right(text, x.end(), b, not cjk) == "lower":
                continue  # "Lesen Sie mehr darüber im Bericht.": the label's words run on as prose
            if kind == "byline" and _ends_sentence(text[a:b]):
                continue  # "Published in 1998, the book sold millions." is a sentence, not a timestamp.
            if (
                kind == "related"
                and evidence is not None
                and _HAS_WORD.search(text, x.end(), b)
                and evidence.translates(x.end(), b)
            ):
                # "Read also: <a sentence the source says>": the label leaked, the sentence is the article's own
                # (a caption after "Enlarge /" is chrome in the source too: it stays whole).
                hits.append(Hit(*_strip(text, *x.span(x.lastgroup)), kind, False))
            elif _words(text[a:b], cjk) <= (SHORT_WORDS if where == "short" else HEAD_WORDS):
                hits.append(whole(i, kind))
            elif where == "head":
                hits.append(Hit(*_strip(text, *x.span(x.lastgroup)), kind, False))
    folded = fold(text)
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
    if m.glued is not None:
        hits.extend(glued_hits(text, m.glued, (starts, ends), lang, evidence))
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


#: Label starts: paragraph starts, and the ends of sentence marks and separators (stdlib ``re``: a plain scan).
_EDGES = regex.compile(r"(?:^|[\p{Sentence_Terminal}…|»›«‹•·—–:/>＞｜：=*\-‐])[\"'”’»)\]」』）\s]*", regex.MULTILINE)
#: A capital glued onto a lower-case letter, or a run of capitals: the only capitals a label may start at mid-text.
_CAPITALS = regex.compile(r"\p{Lu}(?:\p{Lu}+|(?<=\p{Ll}\p{Lu}))")
_SPACES = re.compile(r"\s+")
#: Marks scrapers leave between a label and the story ("Advertisement | ...", "Read more » ...").
_SEPARATORS = frozenset("|»›«‹•·—–/>＞｜=") | frozenset(COLONS)
#: Sentence-final marks (Unicode's Sentence_Terminal, every script's: Armenian "։", Ethiopic "።"): after one, a
#: label starts at a sentence edge.
_FINAL = regex.compile(r"[\p{Sentence_Terminal}…]")
_BLANK = " \t\u00a0\u3000"
_QUOTES = "\"'“‘„«‹「『(["
#: Kinds whose label with a colon introduces a short piece of chrome after it (a linked headline, a credit, tags).
_INTRODUCES = frozenset({"related", "caption", "credit", "video", "nav"})


def _left(text: str, a: int, s: int, is_spaced: bool) -> str:
    """What precedes a label in its paragraph: ``para`` (nothing), ``sent`` (a sentence end), ``colon``, ``sep``
    or ``inside``."""
    j = s
    while j > a and text[j - 1] in _BLANK:
        j -= 1
    if not _HAS_WORD.search(text, a, j):
        return "para"
    k = j
    while k > a and text[k - 1] in _CLOSERS:
        k -= 1
    c = text[j - 1]
    if _FINAL.match(text[k - 1]):
        return "sent"
    if c in COLONS:
        return "colon"
    if c in _SEPARATORS or (c in "-‐" and j < s and (j - 1 == a or text[j - 2] in _BLANK)):
        return "sep"
    if j == s and c.islower() and text[s].isupper():
        return "sent"  # "ministerRead more": stripped markup glued two blocks together
    if not is_spaced and j < s:
        return "sent"  # in a script without spaces between words a space ends a clause
    return "inside"


def _right(text: str, e: int, b: int, is_spaced: bool) -> str:
    """What follows a label: ``para``, ``term`` (a sentence end), ``sep``, ``cap``, ``lower`` or ``word``."""
    if text[e - 1] in _SEPARATORS:
        return "sep"  # the label carries its own colon ("Photo:", "Tags:")
    j = e
    while j < b and text[j] in _BLANK:
        j += 1
    c = text[j] if j < b else ""
    if c and _FINAL.match(c):
        return "term"
    if not _HAS_WORD.search(text, j, b):
        return "para"
    if c in _SEPARATORS or (c in "-‐" and j > e and j + 1 < b and text[j + 1] in _BLANK):
        return "sep"
    if not is_spaced and j > e:
        return "sep"  # a space in a script without spaces between words marks a break
    while j < b and text[j] in _QUOTES:
        j += 1
    if j < b and text[j].isupper() and (j > e or text[e - 1].islower()):
        return "cap"
    if j < b and text[j].islower():
        return "lower"
    return "word"


def _colon(text: str, e: int, b: int) -> int:
    """Extend a label over the colon right after it ("Read more :"), which belongs to the label."""
    j = e
    while j < b and text[j] in _BLANK:
        j += 1
    return j + 1 if j < b and text[j] in COLONS else e


def _all_caps(label: str, paragraph: str) -> bool:
    """A label in capitals inside ordinary text ("ADVERTISEMENT"): typography of a page element, not of prose."""
    letters = [c for c in label if c.isalpha()]
    return len(letters) >= 4 and label.isupper() and not paragraph.isupper()


def _foreign_script(label: str, paragraph: str) -> bool:
    """A Latin label at a sentence edge of a text in another script ("Advertisement" between Hebrew sentences):
    where capitals cannot mark a page element, the change of script does."""
    latin = [_is_latin(c) for c in paragraph if c.isalpha()]
    return all(_is_latin(c) for c in label if c.isalpha()) and 2 * sum(latin) < len(latin)


def _is_latin(c: str) -> bool:
    return unicodedata.name(c, "").startswith("LATIN")


def _verdict(left: str, right: str, label: str, paragraph: str) -> bool | None:
    """True when the context marks a label, False when prose runs through it, None when only alignment can tell."""
    if _all_caps(label, paragraph):
        return True
    if left == "inside" or (left == "colon" and right == "term"):
        return False  # "One word: advertising." ends a sentence of prose
    if right in ("para", "term", "sep", "cap") or _foreign_script(label, paragraph):
        return True
    if right == "lower":
        return False
    return None


def _label_starts(text: str, is_spaced: bool) -> list[int]:
    """Where a glued label may start: paragraph and sentence starts, after separators, a capital glued
    onto a lower-case letter ("ministerRead more"), a word in capitals; after any space where words are
    not spaced."""
    found = {x.end() for x in _EDGES.finditer(text)}
    for x in _CAPITALS.finditer(text):
        p = x.start()
        if p == 0 or text[p - 1].islower() or not _is_letter(text[p - 1]):
            found.add(p)
    if not is_spaced:
        found.update(x.end() for x in _SPACES.finditer(text))
    return sorted(p for p in found if p < len(text))


def _label_spans(text: str, glued: Glued, is_spaced: bool) -> Iterator[tuple[int, int, str]]:
    end = -1
    for pos in _label_starts(text, is_spaced):
        if pos < end or (y := glued.regex.match(text, pos)) is None:
            continue
        end = y.end()
        yield y.start(), y.end(), glued.kinds[int(y.lastgroup[1:])]


def glued_hits(
    text: str,
    glued: Glued,
    lines: tuple[list[int], list[int]],
    lang: str | None,
    evidence: Evidence | None = None,
) -> Iterator[Hit]:
    """Core labels glued before, after or inside a sentence, each with label-like context around it.

    The label alone is flagged, with the short headline or credit its colon
    introduces when that piece runs to the end of the paragraph ("Read more: Prices
    rise"). Alignment, when given, vetoes a label its source sentence also holds and
    corroborates one whose context says nothing (a script without capitals).
    """
    starts, ends = lines
    is_spaced, cjk = spaced(lang), not spaced(lang)
    for s, e, kind in _label_spans(text, glued, is_spaced):
        s, e = _strip(text, s, e)
        if s >= e or "\n" in text[s:e]:
            continue
        i = bisect.bisect_right(starts, s) - 1
        a, b = starts[i], ends[i]
        e = _colon(text, e, b)
        left, right = _left(text, a, s, is_spaced), _right(text, e, b, is_spaced)
        verdict = _verdict(left, right, text[s:e], text[a:b])
        if verdict is False:
            continue
        backed = evidence(s, e, kind) if evidence is not None else None
        if backed is False or (verdict is None and not backed):
            continue
        rest = text[e:b].strip()
        if (
            text[e - 1] in COLONS
            and kind in _INTRODUCES
            and rest
            and _words(rest, cjk) <= SHORT_WORDS
            and not _ends_sentence(rest)
        ):
            e = _strip(text, e, b)[1]
        yield Hit(s, e, kind, left == "para" and not _HAS_WORD.search(text, e, b))


@cache
def _labels(langs: frozenset[str]) -> dict[str, regex.Pattern[str]]:
    """Per kind, one pattern of the specific labels (``glued``, ``any``, ``head``) of ``langs``, found anywhere."""
    by_kind: dict[str, list[str]] = {}
    for r in catalogue().rules:
        if r.lang in langs and r.where in ("glued", "any", "head"):
            by_kind.setdefault(r.kind, []).append(bounded_pattern(r))
    return {k: regex.compile("|".join(alts), FLAGS) for k, alts in by_kind.items()}


class _AlignmentJudge:
    """Judges glued labels by the alignment (see :func:`alignment_evidence`); pairs are built on first use."""

    def __init__(self, item: CheckInput) -> None:
        self.item = item
        self.starts = [x.start for x in item.sentences]
        self.cjk = not spaced(item.lang)

    @cached_property
    def pairs(self) -> dict[int, Pair]:
        return {j: p for p in self.item.pairs() for j in p.tgt}

    def __call__(self, s: int, e: int, kind: str) -> bool | None:
        k = bisect.bisect_right(self.starts, s) - 1
        if k < 0:
            return None
        pair = self.pairs.get(k)
        if pair is None:
            # An unaligned sentence that is little more than the label: nothing in the source matches it.
            sent = self.item.sentences[k]
            rest = self.item.norm.text[sent.start : s] + " " + self.item.norm.text[e : sent.end]
            return _words(rest, self.cjk) <= LABEL_REST_WORDS
        src = _labels(frozenset({base_tag(self.item.source_text_lang), "en"})).get(kind)
        if src is not None and src.search(pair.source):
            return False
        bt = _labels(frozenset({"en"})).get(kind)
        if bt is not None and pair.backtranslation and bt.search(pair.backtranslation):
            return True
        return None

    def unmatched(self, start: int, end: int) -> bool:
        """Nothing in the source could be what ``[start, end)`` translates: its sentence is unaligned, or, when the
        piece opens a longer sentence or shares a group with more article sentences than source sentences, the
        aligned source opens none of its sentences with a label or heading of its own."""
        k = bisect.bisect_right(self.starts, start) - 1
        pair = self.pairs.get(k)
        if pair is None:
            return True
        sent = self.item.sentences[k]
        rest = self.item.norm.text[sent.start : start] + self.item.norm.text[end : sent.end]
        alone = not _HAS_WORD.search(rest)
        return (not alone or len(pair.tgt) > len(pair.src)) and unaligned(pair.source)

    def translates(self, start: int, end: int) -> bool:
        """Every sentence holding text between ``start`` and ``end`` is aligned to a source sentence."""
        first = max(bisect.bisect_right(self.starts, start) - 1, 0)
        last = bisect.bisect_left(self.starts, end)
        ks = range(first, max(last, first + 1))
        return all(k in self.pairs and self.pairs[k].source.strip() for k in ks)


def alignment_evidence(item: CheckInput) -> Evidence | None:
    """Judge glued labels by the alignment; None when the article does not derive from an aligned source.

    A label of the same kind in the aligned source sentence means the author wrote
    it (a talk that says "Subscribe."), so it is no leak. A label that is nearly all
    of an article sentence nothing in the source matches, or one that the
    back-translation reads as a label where the source has none, is a leak even
    where its context is silent.
    """
    if not item.derives or item.attribution is None or item.source is None:
        return None
    return _AlignmentJudge(item)


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
    judge = alignment_evidence(item)
    hits = find_chrome(text, item.lang, item.source_lang, evidence=judge)
    if isinstance(judge, _AlignmentJudge) and item.embed is not None and not covered(item.lang, withheld()):
        # A language the catalogue does not hold: labels found by their likeness to the catalogue's own.
        unseen = unseen_hits(text, item.lang, item.embed, judge.unmatched, withheld())
        hits = _no_overlaps(hits + [Hit(s, e, kind, False) for s, e, kind in unseen])
    if not hits:
        return
    sent_starts = [s.start for s in item.sentences]
    for h in hits:
        k = bisect.bisect_right(sent_starts, h.start) - 1
        index = item.sentences[k].index if k >= 0 else None
        severity = "major" if h.whole and h.kind in MAJOR_KINDS else "minor"
        message = MESSAGES[h.kind].format(s=_clip(text[h.start : h.end]))
        yield emit.at(h.start, h.end, message, severity=severity, sentence_index=index)
