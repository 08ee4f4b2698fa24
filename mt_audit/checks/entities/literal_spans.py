"""Where a literally translated or respaced name may stand in a text, and which names may be
translated literally at all: runs of capitalised ordinary words, two or three words that spell the
name once their spaces go ("Pin Interest"), and brand-like names of English dictionary words.

:class:`~mt_audit.checks.entities.audit.Audit` asks its literal and damage questions through these,
which need only a view or a source name.
"""

from __future__ import annotations

import bisect
from functools import lru_cache

from mt_audit.checks.entities.matching import SourceName, Target
from mt_audit.checks.entities.words import generic
from mt_audit.entities import TRANSLATED_HEADS, View, common_en, is_acronym, known_proper, lexical, similar
from mt_audit.entity_forms import conventional


def _capital_runs(v: View, s0: int, s1: int, known: frozenset[str]) -> list[tuple[int, int]]:
    """Runs of capitalised ordinary words (a translated name) in tokens [s0, s1), none a known name."""
    runs = []
    i = s0
    while i < s1:
        tok = v.tokens[i]
        if tok.cap and not tok.initial and tok.key not in known and not is_acronym(tok.text):
            j = i
            while j + 1 < s1 and v.tokens[j + 1].cap and not v.tokens[j + 1].brk and v.tokens[j + 1].key not in known:
                j += 1
            runs.append((i, j + 1))
            i = j + 1
        else:
            i += 1
    return runs


def _spaced_reading(sn: SourceName, t: Target, lo: int, hi: int) -> tuple[int, int] | None:
    """Two or three words that spell the name once spaces go ("Pin Interest" for "Pinterest")."""
    v = t.view
    target = sn.joined
    starts = _by_initial(v).get(target[:1], [])
    for i in starts[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]:
        acc = v.tokens[i].key
        if len(acc) >= len(target) or acc[:2] != target[:2]:
            continue
        for w in (1, 2):
            if i + w >= hi:
                break
            acc += v.tokens[i + w].key
            if abs(len(acc) - len(target)) > 4 or acc[-2:] != target[-2:]:
                continue
            if similar(acc, target, 0.75) and any(common_en(v.tokens[i + k].key) for k in range(w + 1)):
                return i, i + w + 1
    return None


def _by_initial(v: View) -> dict[str, list[int]]:
    """Token positions by first letter of their key (built once per view)."""
    got = v.extras.get("by_initial")
    if got is None:
        got = {}
        for i, tok in enumerate(v.tokens):
            got.setdefault(tok.key[:1], []).append(i)
        v.extras["by_initial"] = got
    return got


@lru_cache(maxsize=4096)
def _literal_candidate(joined: str, keys: tuple[str, ...], excluded: bool) -> bool:
    """A brand-like name: English dictionary words, not an acronym, demonym, institution or WordNet lemma.

    An institution ends in its head word ("Stanford University", "World Bank") or opens with it
    before a connector ("Bank of England", excluded by the caller); a head word inside a brand
    ("Blue River Engineering") does not make it one.
    """
    if excluded or len(keys) < 2 or keys[-1] in TRANSLATED_HEADS or keys[-1].rstrip("s") in TRANSLATED_HEADS:
        return False  # one capitalised dictionary word ("Internet", "Democracy") is too often just a word
    if all(generic(k) for k in keys) or conventional(keys):
        return False
    return all(lexical(k) and not known_proper(k) for k in keys)


#: A lowercase word this short between two capitalised runs joins them as a connector does ("Poarta de
#: Fier", "Pandagat nga Ganghaang", "Hàng hải Cổng Sắt": one syllable of a word written apart).
BRIDGE_LETTERS = 3


def _bridged_runs(v: View, s0: int, s1: int, known: frozenset[str]) -> list[tuple[int, int]]:
    """Runs of capitalised words (:func:`_capital_runs`), and those runs joined across one short lowercase
    word with no punctuation around it: a name translated with its language's connectors."""
    runs = _capital_runs(v, s0, s1, known)
    out = list(runs)
    for (a, b), (c, d) in zip(runs, runs[1:]):
        if _bridge(v, b, c):
            out.append((a, d))
    return sorted(set(out))


def _chains(v: View, s0: int, s1: int, known: frozenset[str]) -> list[tuple[int, int]]:
    """Runs of capitalised words (:func:`_capital_runs`) joined across every short lowercase word between them:
    a name translated head first, its words linked by its language's particles ("Balitok a Suklay a Diro",
    "Tamemt n Umceḍ n Wureɣ"). The longest chains only, each also without an opener of the text."""
    out: list[tuple[int, int]] = []
    for a, b in _capital_runs(v, s0, s1, known):
        if out and _bridge(v, out[-1][1], a):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _bridge(v: View, end: int, start: int) -> bool:
    """One short lowercase word, no punctuation around it, between a run ending at ``end`` and one at ``start``."""
    gap = v.tokens[end] if start == end + 1 else None
    return (
        gap is not None and len(gap.text) <= BRIDGE_LETTERS and not gap.cap and not gap.brk and not v.tokens[start].brk
    )
