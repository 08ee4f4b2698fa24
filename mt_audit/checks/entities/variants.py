"""The ``inconsistency`` check: one name written two ways in one article."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence

from mt_audit.checks.base import CheckInput, Emitter, check
from mt_audit.checks.entities.audit import name_tokens, source_side
from mt_audit.entities import (
    CONNECTORS,
    Token,
    View,
    compact,
    is_acronym,
    is_inflection,
    name_key,
    native_index,
    similar,
    skeleton,
    view,
)
from mt_audit.languages import language
from mt_audit.lexicon import has_frequencies, zipf
from mt_audit.types import Finding

INCONSISTENCY = "fluency/inconsistency"


@check("inconsistency", INCONSISTENCY, severity="minor")
def inconsistency(item: CheckInput, emit: Emitter) -> Iterator[Finding]:
    """One name written two ways in one article.

    Spacing, case or hyphen variants ("YouTube" / "You Tube"), spelling variants
    of a transliterated name, or one name in Latin letters and in the
    article's own script (Arabic, Cyrillic) side by side: a reader cannot be
    sure they are the same, and an edited article picks one form. Case endings
    of one name, and a full name beside its surname, are not variants.
    """
    if not item.sentences:
        return
    text = item.norm.text
    known: frozenset[str] = frozenset()
    if item.source is not None:
        spans = tuple((s.start, s.end) for s in item.source.sentences)
        known = source_side(item.source.norm.text, item.source_text_lang, spans)[1]
    v = view(text, item.lang, known)
    groups = _variant_groups(v, item.lang)
    groups += _script_groups(item, v, known)
    for forms in groups:
        yield _inconsistency_finding(emit, forms)


def _form(v: View, toks: Sequence[Token]) -> str:
    return " ".join(v.text[toks[0].start : toks[-1].end].split())


def _variant_groups(v: View, lang: str) -> list[list[tuple[str, int, int]]]:
    """Occurrences (form, start, end) grouped by entity, for entities written in more than one form."""
    headline = _caps_lines(v)
    by_key: dict[str, list[tuple[str, int, int]]] = {}
    for nm in v.names:
        toks = [t for t in name_tokens(v, nm) if t.script == "latin" or t.script == "cyrillic"]
        if not toks:
            continue
        if any(headline(t) for t in toks):
            continue
        grams = [[t] for t in toks] + [[a, b] for a, b in zip(toks, toks[1:]) if not b.brk]
        for g in grams:
            key = "".join(t.key for t in g)
            if len(key) < 4 or any(t.key in CONNECTORS for t in g):
                continue
            if len(g) == 1 and is_acronym(g[0].text) and len(key) < 4:
                continue
            by_key.setdefault(key, []).append((_form(v, g), g[0].start, g[-1].end))
    groups = []
    claimed: set[tuple[int, int]] = set()
    for _, occ in sorted(by_key.items(), key=lambda kv: -len(kv[0])):
        forms = {f for f, _, _ in occ}
        if len(forms) < 2:
            continue
        occ = [o for o in occ if (o[1], o[2]) not in claimed and not _inside(o, claimed)]
        if len({f for f, _, _ in occ}) < 2:
            continue
        claimed.update((o[1], o[2]) for o in occ)
        groups.append(occ)
    groups += _spelling_groups(v, lang, by_key, claimed)
    return groups


def _inside(o: tuple[str, int, int], claimed: set[tuple[int, int]]) -> bool:
    return any(a <= o[1] and o[2] <= b for a, b in claimed)


def _caps_lines(v: View) -> Callable[[Token], bool]:
    """A test: does the token sit on an ALL-CAPS line (a shouted headline, whose case proves nothing)?"""
    text = v.text
    shouted: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if len(line) > 12 and line.isupper():
            shouted.append((pos, pos + len(line)))
        pos += len(line) + 1

    def shouting(t: Token) -> bool:
        return any(a <= t.start < b for a, b in shouted)

    return shouting


def _spelling_groups(
    v: View, lang: str, by_key: dict[str, list[tuple[str, int, int]]], claimed: set[tuple[int, int]]
) -> list[list[tuple[str, int, int]]]:
    """Rare single-word names spelt two ways ("Wojciechowski" / "Wojciechowsky")."""
    singles = {}
    for key, occ in by_key.items():
        if len(key) < 5 or " " in occ[0][0] or not key.isalpha():
            continue
        if zipf(key, "en") >= 3.0 or (has_frequencies(lang) and zipf(key, lang) >= 3.0):
            continue
        singles[key] = occ
    keys = sorted(singles)
    parent = {k: k for k in keys}

    def root(k: str) -> str:
        while parent[k] != k:
            k = parent[k]
        return k

    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            if a[0] != b[0] or abs(len(a) - len(b)) > 3:
                continue
            if is_inflection(a, b) or _shared_inflection(a, b, keys):
                continue
            if similar(a, b, 0.85):
                parent[root(b)] = root(a)
    out: dict[str, list[tuple[str, int, int]]] = {}
    for k in keys:
        out.setdefault(root(k), []).extend(singles[k])
    groups = []
    for occ in out.values():
        if len({fk for fk in {name_key(o[0]) for o in occ}}) < 2:
            continue
        occ = [o for o in occ if (o[1], o[2]) not in claimed and not _inside(o, claimed)]
        if len({name_key(o[0]) for o in occ}) >= 2:
            groups.append(sorted(occ, key=lambda o: o[1]))
    return groups


def _shared_inflection(a: str, b: str, keys: Sequence[str]) -> bool:
    """Two case forms of a third form present ("Kowalska", "Kowalskiej" of "Kowalski")."""
    return any(k != a and k != b and is_inflection(k, a) and is_inflection(k, b) for k in keys)


def _script_groups(item: CheckInput, v: View, known: frozenset[str]) -> list[list[tuple[str, int, int]]]:
    """A name written both in Latin letters and in the article's own (caseless or Cyrillic) script."""
    facts = language(item.lang)
    if facts.cased and facts.script != "Cyrl":
        return []
    idx = native_index(v.text, item.lang, known)
    if not idx.single:
        return []
    toks = v.tokens
    bts = _BackKeys(item.backtranslation) if item.backtranslation and any(item.backtranslation) else None
    starts = [s.start for s in item.sentences]
    latin: dict[str, list[tuple[str, int, int]]] = {}
    for nm in v.names:
        nt = [t for t in name_tokens(v, nm) if t.script == "latin"]
        if not nt or (len(nt) == 1 and is_acronym(nt[0].text)):
            continue
        for t in nt:
            if t.key in CONNECTORS or len(t.key) < 3:
                continue
            latin.setdefault(t.key, []).append((t.text, t.start, t.end))
    used: set[int] = set()
    groups = []
    for key, occ in latin.items():
        sk = skeleton(key, idx.target)
        core = len(sk.strip("V"))
        if core < 2:
            continue
        ranges = sorted(idx.find(sk), key=lambda r: (r[0], -r[1]))
        found = []
        for i, e in ranges:
            if any(k in used for k in range(i, e)):
                continue
            j = max(0, bisect.bisect_right(starts, toks[i].start) - 1)
            confirmed = _bt_confirms(bts, j, key)
            native = toks[i].text
            if confirmed is None:  # no back-translation: only long skeletons of words rare in the language
                rare = zipf(native, item.lang) < 4.0
                ok = core >= 3 and (rare or (toks[i].script == "cyrillic" and not toks[i].initial))
            else:
                ok = confirmed
            if core < 3 and toks[i].script == "other" and zipf(native, item.lang) >= 4.5:
                ok = False
            if ok:
                s, e2 = toks[i].start, toks[e - 1].end
                found.append((v.text[s:e2], s, e2))
                used.update(range(i, e))
        if found:
            surfaces = [f for f, _, _ in found]
            label = max(surfaces, key=lambda f: (surfaces.count(f), -surfaces.index(f)))
            groups.append(sorted(occ + [(label, s, e) for _, s, e in found], key=lambda o: o[1]))
    return _merge_groups(groups)


def _bt_confirms(bt: _BackKeys | None, j: int, key: str) -> bool | None:
    """Whether the back-translation near sentence ``j`` has the Latin name (None: no back-translation)."""
    if bt is None:
        return None
    near = bt.near(j)
    return None if not near else key in near


class _BackKeys:
    """The back-translation around each article sentence, as lowercase letters without spaces."""

    def __init__(self, bts: list[str]) -> None:
        self.bts = bts
        self._cache: dict[int, str] = {}

    def near(self, j: int) -> str:
        if j not in self._cache:
            self._cache[j] = compact(" ".join(self.bts[max(0, j - 1) : j + 2]))
        return self._cache[j]


def _merge_groups(groups: list[list[tuple[str, int, int]]]) -> list[list[tuple[str, int, int]]]:
    """One group per entity: groups sharing an occurrence merge ("Satya" and "Nadella" of one "Satya Nadella")."""
    merged: list[list[tuple[str, int, int]]] = []
    for g in groups:
        spans = {(s, e) for _, s, e in g}
        for m in merged:
            if _adjacent(spans, {(s, e) for _, s, e in m}):
                m.extend(o for o in g if (o[1], o[2]) not in {(s, e) for _, s, e in m})
                m.sort(key=lambda o: o[1])
                break
        else:
            merged.append(list(g))
    return merged


def _adjacent(a: set[tuple[int, int]], b: set[tuple[int, int]]) -> bool:
    """Spans of one name: the same, or one right after the other (a first name and a surname)."""
    for s, e in a:
        for s2, e2 in b:
            if (s, e) == (s2, e2) or 0 <= s2 - e <= 1 or 0 <= s - e2 <= 1:
                return True
    return False


def _inconsistency_finding(emit: Emitter, occ: list[tuple[str, int, int]]) -> Finding:
    item = emit.item
    occ = sorted(occ, key=lambda o: o[1])
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for k, (f, _, _) in enumerate(occ):
        counts[f] = counts.get(f, 0) + 1
        first.setdefault(f, k)
    forms = sorted(counts, key=lambda f: first[f])
    minority = min(forms, key=lambda f: (counts[f], -first[f]))
    where = occ[first[minority]]
    listing = ", ".join(f"'{f}' ({counts[f]}×)" for f in forms)
    message = f"One name written {len(forms)} ways in this article: {listing}; an edited text keeps one spelling."
    j = max(0, bisect.bisect_right([s.start for s in item.sentences], where[1]) - 1)
    return emit.at(where[1], where[2], message, sentence_index=j)
