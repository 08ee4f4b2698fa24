"""Names dropped from between brackets or quotation marks: the article leaves them empty ("尼拉贡戈火山（）",
'the company “” announced')."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from mt_audit.checks.base import Pair
from mt_audit.checks.entities.audit import Audit
from mt_audit.checks.entities.matching import SourceName, analyse
from mt_audit.checks.entities.rendering import rendered_natively
from mt_audit.entities import similarity
from mt_audit.entity_forms import MIN_SOUND, loose_skeleton
from mt_audit.languages import language
from mt_audit.units import unit_of

#: Quotation marks that open and close a quotation or a title, as languages pair them.
QUOTE_PAIRS = ("“”", "„“", "„”", "«»", "»«", "‹›", "「」", "『』", "《》", "〈〉", '""', "””")
#: A pair of brackets or of quotation marks and what it holds (no brackets inside, no closing mark of
#: its kind), and one that holds nothing but spaces.
_BRACKETS = regex.compile(
    "|".join(
        [r"[(\[（［][^()\[\]（）［］]*[)\]）］]"]
        + [f"{regex.escape(o)}[^{regex.escape(c)}\n]*{regex.escape(c)}" for o, c in QUOTE_PAIRS]
    )
)
_EMPTY = regex.compile(r"\s*")


def bracket_drops(audit: Audit, pair: Pair) -> list[tuple[SourceName, tuple[int, int]]]:
    """Source names dropped from between brackets, which the article leaves empty ("尼拉贡戈火山（）"):
    no translation writes empty brackets, so what they held was lost. When the article has as many
    pairs of brackets as the source, the name is the one the source's matching pair holds; else the one
    the word before the brackets renders (the article glossed it), else, when the source has no brackets
    (which might have held a number), the only name of the bead that the article does not write as the
    source does."""
    assert audit.item.source is not None
    text, src = audit.item.norm.text, audit.item.source
    pairs = [m.span() for m in _BRACKETS.finditer(text, pair.start, pair.end)]
    empty = [k for k, (s, e) in enumerate(pairs) if _EMPTY.fullmatch(text, s + 1, e - 1)]
    if not empty:
        return []
    s0, s1 = src.sentences[pair.src[0]].start, src.sentences[pair.src[-1]].end
    held = [m.span() for m in _BRACKETS.finditer(audit.src.text, s0, s1)]
    if any(_EMPTY.fullmatch(audit.src.text, s + 1, e - 1) for s, e in held):
        return []  # the source's own empty brackets
    lo, hi = audit.art_range(pair.tgt)
    names = [
        sn
        for i in pair.src
        for sn in audit.source_names.get(i, ())
        if not unit_of(sn.text, "en") and analyse(sn, audit.article, lo, hi).status != "present"
    ]
    out: list[tuple[SourceName, tuple[int, int]]] = []
    for k in empty:
        free = [sn for sn in names if all(sn is not o for o, _ in out)]
        if len(held) == len(pairs):
            s, e = held[k]
            sn = next((n for n in free if s < n.name.start and n.name.end < e), None)
        else:
            sn = _glossed(audit, free, pairs[k][0]) or (free[0] if len(free) == 1 and not held else None)
        if sn is not None:
            out.append((sn, pairs[k]))
    return out


def _glossed(audit: Audit, names: Sequence[SourceName], at: int) -> SourceName | None:
    """The first of these names that the article word right before character ``at`` renders (by sound
    in another script: a CLDR form inside a run of Han characters may belong to any of its words)."""
    i = audit.article.view.index_at(at) - 1
    if i < 0:
        return None
    tok = audit.article.view.tokens[i]
    native = [tok.text] if tok.script != "latin" else []
    for sn in names:
        if rendered_natively(sn.joined, native, audit.item.lang) if native else audit.key_rendered_by(sn.keys, tok):
            return sn
    if tok.script != "latin" and not language(audit.item.lang).spaced:
        return _closest_sound(names, tok.text)
    return None


#: How alike (difflib ratio) the sound of a name and the end of an unspaced run must be to say it glosses it.
GLOSS_SIMILARITY = 0.7


def _closest_sound(names: Sequence[SourceName], run: str) -> SourceName | None:
    """The name whose sound the end of an unspaced run of text is most like ("凯森堡" of
    "决赛在凯森堡" for "Kessenburg"): a script of syllables hears a name only roughly, and the run
    holds the words before it too. None unless it is mostly the name's consonants."""
    best, score = None, 0.0
    for sn in names:
        want = loose_skeleton(sn.joined)
        if len(want) < MIN_SOUND:
            continue
        for n in range(1, len(run) + 1):
            got = similarity(want, loose_skeleton(run[-n:]))
            if got > score:
                best, score = sn, got
    return best if score >= GLOSS_SIMILARITY else None


def bracket_message(sn: SourceName, marks: str = "()") -> str:
    """The finding's message: empty brackets, or empty quotation marks when ``marks`` are those."""
    what = "quotation marks" if marks[:1] in _OPENING_QUOTES else "brackets"
    return f"Empty {what} stand where the source's name '{sn.text}' was written: the name was dropped."


_OPENING_QUOTES = frozenset(o for o, _ in QUOTE_PAIRS)
