"""The boilerplate catalogue: its rules read from ``mt_audit/data/boilerplate.tsv`` and compiled per language set.

Kept apart from :mod:`mt_audit.checks.boilerplate`, which decides where a matched
phrase is chrome: this module only says which phrases exist and how they are
matched fast (one alternation per place, anywhere-rules behind literal triggers).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import regex

from mt_audit.languages import base_tag, known, language

WHERES = ("any", "line", "head", "short", "glued")
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

_LETTER = r"\p{L}\p{N}\p{M}"
# A phrase ends at a non-letter, or where a capital glues on: "(opens in new tab)Musk", "opens in new tabMusk".
_END = rf"(?:(?<=[^{_LETTER}])|(?![{_LETTER}])|(?<=(?-i:\p{{Ll}}))(?=(?-i:\p{{Lu}})))"
_NONLETTER = r"[^\p{L}\p{M}\n]"
FLAGS = regex.IGNORECASE | regex.MULTILINE | regex.V0
_MACRO = regex.compile(r"(?<!\\[pP])\{([A-Z]{2,})\}")
CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")


@dataclass(frozen=True)
class Rule:
    """One catalogue line: a phrase of ``kind`` in ``lang`` that is chrome where it stands (``where``)."""

    lang: str
    kind: str
    where: str
    pattern: str


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
class Phrase:
    """An ``any`` rule compiled alone, with the literals one of which the text must contain for it to match."""

    kind: str
    regex: regex.Pattern[str]
    triggers: tuple[str, ...]
    bounded: bool


@dataclass(frozen=True)
class Matcher:
    phrases: tuple[Phrase, ...]
    line: regex.Pattern[str] | None
    head: regex.Pattern[str] | None
    glued: Glued | None = None


@dataclass(frozen=True)
class Glued:
    """The glued labels of a language set as one alternation, tried only where a label may start."""

    regex: regex.Pattern[str]
    kinds: tuple[str, ...]


@cache
def spaced(lang: str | None) -> bool:
    """Whether words are separated by spaces (CLDR/ICU): only then do phrases get word boundaries."""
    tag = base_tag(lang or "")
    return tag in ("", "*") or not known(tag) or language(tag).spaced


def bounded_pattern(rule: Rule) -> str:
    if not spaced(rule.lang):
        return f"(?:{rule.pattern})"
    return f"(?:{rule.pattern}){_END}"


def _compiled(rule: Rule) -> Phrase:
    return Phrase(rule.kind, regex.compile(bounded_pattern(rule), FLAGS), triggers(rule.pattern), spaced(rule.lang))


def _grouped(rules: Iterable[Rule], bounded: bool = True) -> str:
    """One named group per place and kind (``line_ad``, ``head_caption``...), so a match says what it found."""
    by_kind: dict[str, list[str]] = {}
    for r in rules:
        by_kind.setdefault(f"{r.where}_{r.kind}", []).append(bounded_pattern(r) if bounded else f"(?:{r.pattern})")
    return "|".join(f"(?P<{name}>{'|'.join(alts)})" for name, alts in by_kind.items())


#: Kinds whose paragraph-start labels ("See also:", "Related:") scrapers also glue between sentences.
_HEADLINE_KINDS = frozenset({"related"})
#: Colons of every script a label may end with: full-width, Armenian "՝", Khmer "៖", Ethiopic "፦" and "፥".
COLONS = ":：՝៖፦፥"
#: Marks that end a label as a site prints it ("Related:", "Read more »").
_LABEL_ENDS = COLONS + "|»›>"


def _with_separator(rule: Rule) -> Rule:
    """A paragraph-start label as a glued one, only with its colon or separator ("Voir aussi :", not "voir aussi").

    Without the mark the words are prose as often as chrome; with it, between
    two sentences, they are the link label a site prints before a headline.
    """
    pattern = f"(?:{rule.pattern})(?<=[{regex.escape(_LABEL_ENDS)}])"
    return Rule(rule.lang, rule.kind, "glued", pattern)


@cache
def _matcher(langs: frozenset[str]) -> Matcher:
    """The compiled rules of ``langs``, cached per language set.

    ``any`` rules are compiled one by one and run only when the text contains one
    of their literals: one big alternation would try every phrase at every
    character. ``line`` and ``head`` rules are tried only at paragraph starts, as
    one alternation each.
    """
    cat = catalogue()
    rules = [r for r in cat.rules if r.lang in langs]
    phrases = tuple(_compiled(r) for r in rules if r.where == "any")
    glued_rules = [r for r in rules if r.where == "glued"] + [
        _with_separator(r) for r in rules if r.where == "head" and r.kind in _HEADLINE_KINDS
    ]
    glued = None
    if glued_rules:
        alts = "|".join(f"(?P<g{i}>{bounded_pattern(r)})" for i, r in enumerate(glued_rules))
        glued = Glued(regex.compile(alts, FLAGS), tuple(r.kind for r in glued_rules))
    line = [r for r in rules if r.where == "line"]
    head = [r for r in rules if r.where in ("head", "short")]
    line_re = None
    if line:
        # Several line phrases in a row ("Share Tweet Email", "Advertisement - Scroll to continue") are one line.
        more = "|".join(f"(?:{r.pattern})" for r in line)
        if "SOCIAL" in cat.macros:
            more += f"|{cat.macros['SOCIAL']}"
        line_re = regex.compile(
            rf"{_NONLETTER}*(?:{_grouped(line, False)})(?:{_NONLETTER}+(?:{more}))*{_NONLETTER}*", FLAGS
        )
    head_re = regex.compile(rf"[^{_LETTER}\n]{{0,3}}(?:{_grouped(head)})", FLAGS) if head else None
    return Matcher(phrases, line_re, head_re, glued)


def fold(text: str) -> str:
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
    if CJK.search(literal):
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
                cands.append((fold(run.strip()),))
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


def matcher_for(lang: str | None, source_lang: str | None = "en") -> Matcher:
    """Rules of the article's language, its source language, English and the language-free ones."""
    return _matcher(frozenset({base_tag(lang or ""), base_tag(source_lang or ""), "en", "*"}) - _withheld)


#: Languages whose rows are set aside while :func:`withholding` holds them: none in the product.
_withheld: frozenset[str] = frozenset()


@contextmanager
def withholding(langs: Iterable[str]) -> Iterator[None]:
    """Audit as if the catalogue had no rows for ``langs``: to measure, leave-language-out, what the checks find
    in a language the catalogue has never seen (scripts and tests only)."""
    global _withheld
    old, _withheld = _withheld, frozenset(langs)
    try:
        yield
    finally:
        _withheld = old


def withheld() -> frozenset[str]:
    """The languages :func:`withholding` sets aside now."""
    return _withheld
