"""Names: corrupted, translated literally, replaced or dropped; and one name written two ways.

A translation keeps names: brands, people, titles of publications. When it
does not, the damage is of a few recognisable kinds. A synonym "spinner" run
before translation swaps words inside names ("Fast Company" becomes "Quick
Company"); a careless rewrite misspells or truncates them; machine translation
renders a brand as ordinary words ("Stable Diffusion" read as "steady
spread"); or the article names someone else, or no one, where the source
names someone. The source's names are looked up in the article (inflected,
or transliterated into Arabic or Cyrillic script) and in the engine's English
back-translation, and what stands in their place tells which it was.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from mt_audit import lexicon
from mt_audit.checks.base import CheckInput, Pair, check
from mt_audit.entities import (
    CONNECTORS,
    INFLECTED,
    NON_CASED_LANGS,
    TITLES,
    TRANSLATED_HEADS,
    Name,
    Token,
    View,
    common_en,
    compact,
    demonyms,
    fold,
    is_acronym,
    is_inflection,
    is_roman,
    known_proper,
    lexical,
    name_key,
    native_index,
    relation,
    similar,
    similarity,
    skeleton,
    transliterate,
    view,
)
from mt_audit.lexicon import has_frequencies, zipf
from mt_audit.types import Finding

CORRUPTED = "accuracy/entity-corrupted"
LITERAL = "accuracy/entity-literal"
MISMATCH = "accuracy/entity-mismatch"
INCONSISTENCY = "fluency/inconsistency"

#: Swap kinds that mean the name itself was damaged, not replaced by another.
DAMAGE = ("misspelt", "truncated", "synonym", "rewrite")


# ---------------------------------------------------------------- source names


@dataclass
class SourceName:
    """A source name prepared for look-ups."""

    name: Name
    keys: list[str]  # content words: no connectors, no leading "the"
    spans: list[tuple[int, int]]  # their offsets in the source text
    joined: str
    acronym: bool
    sentence: int
    rel: float  # relative position in its sentence
    soft: bool  # a demonym or one capitalised ordinary adjective ("American")
    translated_head: bool  # institutions and places, which newspapers translate
    lower_ok: bool  # ordinary English words ("Games", "Permanent Unit"): also found in lower case
    ordinary: bool  # ... none of which is also a proper noun ("China", "Turkey" are not ordinary)

    @property
    def text(self) -> str:
        return self.name.text


def _source_name(nm: Name, src: View, sentence: int, rel: float) -> SourceName | None:
    i = src.index_at(nm.start)
    toks: list[Token] = []
    while i < len(src.tokens) and src.tokens[i].end <= nm.end:
        toks.append(src.tokens[i])
        i += 1
    if len(toks) > 1 and toks[0].key == "the":
        toks = toks[1:]
    content = [t for t in toks if (t.key not in CONNECTORS or t.cap) and not is_roman(t.text)]
    if not content:
        return None
    keys = [_acro_key(t.key) if is_acronym(t.text) else t.key for t in content]
    joined = "".join(t.key for t in toks)
    soft = len(keys) == 1 and _soft(keys[0])
    heads = any(k in TRANSLATED_HEADS for k in keys)
    if all(k in TITLES for k in keys):
        return None
    lower_ok = not nm.acronym and all(common_en(k) for k in keys)
    ordinary = not nm.acronym and all(lexical(k) and not known_proper(k) for k in keys)
    spans = [(t.start, t.end) for t in content]
    return SourceName(nm, keys, spans, joined, nm.acronym, sentence, rel, soft, heads, lower_ok, ordinary)


def _acro_key(key: str) -> str:
    return key[:-1] if key.endswith("s") and len(key) > 2 else key


def _soft(key: str) -> bool:
    return key in demonyms()


# ---------------------------------------------------------------- a text to search


@dataclass
class Target:
    """One text searched for names: the article, or the English back-translation."""

    view: View
    english: bool
    cased: bool  # the article's own script has capitals (else only embedded Latin words do)
    lang: str
    known: frozenset[str] = frozenset()  # the ``known`` its view was built with
    sent_tokens: list[tuple[int, int]] = field(default_factory=list)  # token range per article sentence
    sent_ranges: dict[int, tuple[int, int]] = field(default_factory=dict)  # a back-translation's, by article sentence

    def tokens_in(self, lo: int, hi: int) -> tuple[int, int]:
        starts = self.view.starts
        return bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)

    def sentence_of(self, i: int) -> int:
        """The article sentence whose back-translation holds token ``i`` (-1 if none)."""
        return next((j for j, (a, b) in self.sent_ranges.items() if a <= i < b), -1)


@dataclass
class Hit:
    """What stands for a source name in a token range."""

    status: str  # "present", "damaged", "other", "absent"
    kind: str = ""  # for damaged: a DAMAGE kind
    lo: int = 0  # token range of the counterpart
    hi: int = 0
    swaps: list[tuple[str, str]] = field(default_factory=list)  # (source words, target words)


def _english_looking(tok: Token, lang: str) -> bool:
    """A Latin word of an English name left inside a non-English text."""
    if tok.script != "latin" or len(tok.key) < 2:
        return False
    ze = zipf(tok.key, "en")
    return ze >= 3.0 and ze > zipf(tok.key, lang) + 1.0


def _namelike(tok: Token, target: Target) -> bool:
    """A word that can belong to a name here: capitalised, and not an ordinary sentence opener;
    in a non-English text, also an English word left untranslated ("forward")."""
    if tok.cap:
        if not tok.initial:
            return True
        if target.english:
            return not lexical(tok.key)
        z = zipf(tok.key, target.lang)
        return z < 3.0 or zipf(tok.key, "en") > z  # an English word stays a candidate ("Quick")
    return not target.english and _english_looking(tok, target.lang)


def _phrase(sn: SourceName, t: Target, lo: int, hi: int) -> bool:
    """The whole name, spacing-blind, starting on a word boundary ("You Tube" ~ "YouTube")."""
    v = t.view
    if lo >= hi or not sn.joined:
        return False
    a, b = v.offsets[lo], (v.offsets[hi] if hi < len(v.offsets) else len(v.compact))
    if t.english and sn.joined.endswith("s") and len(sn.joined) > 4 and _phrase_at(sn, sn.joined[:-1], t, a, b):
        return True
    return _phrase_at(sn, sn.joined, t, a, b)


def _phrase_at(sn: SourceName, joined: str, t: Target, a: int, b: int) -> bool:
    v = t.view
    pos = v.compact.find(joined, a, b)
    while pos != -1:
        i = bisect.bisect_left(v.offsets, pos)
        if i < len(v.offsets) and v.offsets[i] == pos:
            end = pos + len(joined)
            j = bisect.bisect_left(v.offsets, end)
            boundary = j >= len(v.offsets) or v.offsets[j] == end
            nxt = v.offsets[j] if j < len(v.offsets) else len(v.compact)
            inflected = t.lang in INFLECTED and nxt - end <= 4
            if boundary or inflected or (t.english and v.compact[end:nxt] in ("s", "es")):
                toks = v.tokens[i : max(j, i + 1)]
                if any(x.cap for x in toks) or zipf(joined, "en") < 3.0 or sn.lower_ok:
                    return True
        pos = v.compact.find(joined, pos + 1, b)
    return False


def _acronym_present(sn: SourceName, t: Target, lo: int, hi: int) -> bool:
    """The acronym, or its words spelt out ("International Monetary Fund" for "IMF")."""
    key = sn.keys[0]
    v = t.view
    for k in (key, key + "s"):
        for i in v.by_key.get(k, ()):
            if lo <= i < hi:
                return True
    letters = "".join(c for c in key if c.isalpha())
    if len(letters) < 2:
        return False
    initials, where = _initials(v)
    a, b = bisect.bisect_left(where, lo), bisect.bisect_left(where, hi)
    pos = initials.find(letters, a, b)
    return pos != -1 and pos + len(letters) <= b


def _initials(v: View) -> tuple[str, list[int]]:
    """First letters of the view's words (connectors skipped) and the token index of each."""
    got = v.extras.get("initials")
    if got is None:
        where = [i for i, x in enumerate(v.tokens) if x.key not in _SKIP and x.key]
        got = v.extras["initials"] = ("".join(v.tokens[i].key[0] for i in where), where)
    return got  # type: ignore[return-value]


def _native(sn: SourceName, t: Target, lo: int, hi: int) -> list[tuple[int, int]]:
    """Token ranges in [lo, hi), in non-Latin script, whose skeleton matches a word (or the whole) of the name."""
    idx = native_index(t.view.text, t.lang, t.known)
    if not idx.single:
        return []
    wanted = {skeleton(k, idx.target).rstrip("V") for k in sn.keys}
    wanted.add(skeleton(sn.joined, idx.target).rstrip("V"))
    found = []
    for w in wanted:
        if len(w.strip("V")) >= 2:
            found.extend(r for r in idx.find(w, loose=True) if lo <= r[0] and r[1] <= hi)
    return found


def _matches(sn: SourceName, t: Target, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(token index, source word index, relation) for every word of the name found in [lo, hi)."""
    v = t.view
    out = []
    first, last = _cap_index(v)
    for si, key in enumerate(sn.keys):
        rare = zipf(key, "en") < 3.0 or common_en(key)
        for i in v.by_key.get(key, ()):
            if lo <= i < hi and (v.tokens[i].cap or rare):
                out.append((i, si, "same"))
        if len(key) < 3 or key in CONNECTORS:
            continue
        near = set(_within(first.get(key[0], ()), lo, hi)) | set(_within(last.get(key[-2:], ()), lo, hi))
        for i in sorted(near):
            tok = v.tokens[i]
            if tok.key == key or tok.key in CONNECTORS:
                continue
            tkey = transliterate(tok.key) if tok.script == "cyrillic" else tok.key
            rel = relation(key, tkey, t.lang)
            if tok.script == "cyrillic" and (
                rel == "misspelt" or (rel == "none" and skeleton(key, "cyrillic") == skeleton(tok.key, "cyrillic"))
            ):
                rel = "same"  # transliterated, not misspelt: "Дэниел" for "Daniel"
            elif rel == "misspelt" and not t.english and _native_word(tok, t.lang):
                rel = "same"  # the language's own spelling: "Grèce", "Hawái", "Senát"
            if rel != "none":
                out.append((i, si, rel))
    return out


def _native_word(tok: Token, lang: str) -> bool:
    """A word of the text's own language (its accents kept), not an English word left in it."""
    low = tok.text.lower()
    z = zipf(low, lang)
    return z >= 2.5 and z >= zipf(low, "en")


def _within(positions: Sequence[int], lo: int, hi: int) -> Sequence[int]:
    return positions[bisect.bisect_left(positions, lo) : bisect.bisect_left(positions, hi)]


def _cap_index(v: View) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """Capitalised tokens by the first letter and by the last two letters of their (Latin) key: a
    look-alike of a name word shares one or the other."""
    got = v.extras.get("caps")
    if got is None:
        first: dict[str, list[int]] = {}
        last: dict[str, list[int]] = {}
        for i in v.caps:
            tok = v.tokens[i]
            k = transliterate(tok.key) if tok.script == "cyrillic" else tok.key
            if k:
                first.setdefault(k[0], []).append(i)
                last.setdefault(k[-2:], []).append(i)
        got = v.extras["caps"] = (first, last)
    return got  # type: ignore[return-value]


def _swap_kind(s_keys: Sequence[str], t_keys: Sequence[str], lang: str) -> str:
    """What the target words ``t_keys`` standing where the name's words ``s_keys`` were amount to.

    "equivalent" (the same words said or spelt another way), a DAMAGE kind
    ("misspelt", "truncated", "synonym", "rewrite": ordinary words swapped for
    ordinary words), or "other" (another name).
    """
    s_keys = [k for k in s_keys if k not in CONNECTORS] or list(s_keys)
    t_keys = [k for k in t_keys if k not in CONNECTORS] or list(t_keys)
    if all(_generic(k) for k in s_keys):
        return "equivalent"  # a title, a generic head ("River", "Stadium") or a demonym, said another way
    initials = "".join(k[0] for k in s_keys)
    if len(t_keys) == 1 and len(initials) >= 2 and t_keys[0] == initials:
        return "equivalent"  # "U.S. Geological Survey" for "United States Geological Survey"
    if similarity("".join(s_keys), "".join(t_keys)) >= 0.75:
        return "equivalent"  # another spelling of the same words: "Middle East" for "Mideast", "Luis" for "Louis"
    if len(s_keys) == len(t_keys) == 1 and s_keys[0][:1] == t_keys[0][:1]:
        rare = max(zipf(s_keys[0], "en"), zipf(t_keys[0], "en")) < 3.0
        if similarity(s_keys[0], t_keys[0]) >= (0.6 if rare else 0.7):
            return "equivalent"  # two romanisations of one name: "Dauden" / "Dowden", "Volodymyr" / "Vladimir"
    if len(s_keys) == len(t_keys) == 1 and relation(s_keys[0], t_keys[0], lang) == "same":
        return "equivalent"
    for s in s_keys:
        for k in t_keys:
            rel = relation(s, k, lang)
            if rel in ("misspelt", "truncated"):
                return rel
    for s in s_keys:
        for k in t_keys:
            if s.isalpha() and k.isalpha() and s.isascii() and k.isascii() and lexicon.available():
                if lexicon.are_related(s, k):
                    return "synonym"
    if all(common_en(s) for s in s_keys) and all(common_en(k) for k in t_keys):
        return "rewrite"
    return "other"


def _analyse(sn: SourceName, t: Target, lo: int, hi: int) -> Hit:
    """What stands for ``sn`` in tokens [lo, hi) of ``t``."""
    if lo >= hi:
        return Hit("absent")
    if sn.acronym:
        return Hit("present") if _acronym_present(sn, t, lo, hi) else Hit("absent")
    if _phrase(sn, t, lo, hi):
        return Hit("present")
    found = _matches(sn, t, lo, hi)
    if not found:
        return Hit("absent")
    found.sort()
    span = len(sn.keys) + 2
    clusters: list[list[tuple[int, int, str]]] = [[found[0]]]
    for f in found[1:]:
        if f[0] - clusters[-1][-1][0] > span:
            clusters.append([f])
        else:
            clusters[-1].append(f)
    best: Hit | None = None
    best_score = -1.0
    for cl in clusters:
        hit, score = _cluster(sn, t, cl, lo, hi)
        if hit.status == "present":
            return hit
        if score > best_score:
            best, best_score = hit, score
    return best or Hit("absent")


def _cluster(sn: SourceName, t: Target, cl: list[tuple[int, int, str]], lo: int, hi: int) -> tuple[Hit, float]:
    v = t.view
    chosen: dict[int, tuple[int, str]] = {}
    for i, si, rel in cl:
        if si not in chosen or (chosen[si][1] != "same" and rel == "same"):
            chosen[si] = (i, rel)
    score = sum(1.0 if r == "same" else 0.8 for _, r in chosen.values())
    swaps: list[tuple[str, str]] = []
    kinds: list[str] = []
    positions = [chosen[si][0] for si in sorted(chosen)]
    if positions != sorted(positions):  # reordered words ("team from X" for "X team"): all there or not
        order_ok = False
    else:
        order_ok = True
    for si, (i, rel) in chosen.items():
        if rel != "same":
            kinds.append(rel)
            swaps.append((_source_words(sn, si, si), v.tokens[i].text))
    region = [i for i, _ in chosen.values()]
    covered: set[int] = set(chosen)
    n = len(sn.keys)
    si = 0
    while si < n:
        if si in chosen:
            si += 1
            continue
        b = si
        while b + 1 < n and b + 1 not in chosen:
            b += 1
        block = sn.keys[si : b + 1]
        prev = max((k for k in chosen if k < si), default=None)
        nxt = min((k for k in chosen if k > b), default=None)
        slot: list[int] = []
        if order_ok and prev is not None and nxt is not None:
            slot = list(range(chosen[prev][0] + 1, chosen[nxt][0]))
        elif order_ok and nxt is not None:
            slot = _edge_slot(
                sn, t, chosen[nxt][0], -1, len(block), lo, hi, _broken_joint(sn, b, nxt, v, chosen[nxt][0] - 1)
            )
        elif order_ok and prev is not None:
            slot = _edge_slot(
                sn, t, chosen[prev][0], 1, len(block), lo, hi, _broken_joint(sn, prev, si, v, chosen[prev][0] + 1)
            )
        slot = [k for k in slot if v.tokens[k].cap or not t.english or v.tokens[k].key not in CONNECTORS]
        if slot:
            t_keys = [v.tokens[k].key for k in slot]
            if t.english or any(
                not _native_word(v.tokens[k], t.lang) for k in slot if v.tokens[k].key not in CONNECTORS
            ):
                kind = _swap_kind(block, t_keys, t.lang)
            else:
                kind = "equivalent"  # words of the article's language: that part of the name was translated
            if kind == "equivalent":
                covered.update(range(si, b + 1))
            else:
                kinds.append(kind)
                s_text = _source_words(sn, si, b, prev, nxt)
                swaps.append((s_text, v.text[v.tokens[slot[0]].start : v.tokens[slot[-1]].end]))
                region.extend(slot)
        si = b + 1
    r0, r1 = min(region), max(region) + 1
    if r0 - 1 >= lo and v.tokens[r0 - 1].key == "the" and v.tokens[r0 - 1].cap and not v.tokens[r0].brk:
        r0 -= 1
    if not kinds:
        return (Hit("present") if _enough(sn, covered) else Hit("absent")), score
    damage = [k for k in kinds if k in DAMAGE]
    if damage:
        return Hit("damaged", damage[0], r0, r1, swaps), score
    return Hit("other", "other", r0, r1, swaps), score


def _generic(key: str) -> bool:
    """A title, a generic head word or a demonym: parts of names that translations reword."""
    k = key[:-1] if key.endswith("s") and len(key) > 4 else key
    return key in TITLES or k in TRANSLATED_HEADS or key in TRANSLATED_HEADS or _soft(key) or key in CONNECTORS


def _enough(sn: SourceName, found: set[int]) -> bool:
    """Whether the words found stand for the whole name.

    So they do when the missing ones are generic ("Institute" translated),
    when the last word is there ("Nadella" for "Satya Nadella"), or when two thirds of
    the name's specific words are.
    """
    keys = sn.keys
    last = len(keys) - 1
    specific = [k for k in range(len(keys)) if keys[k] not in TITLES]
    hit = [k for k in specific if k in found]
    if not hit:
        return False
    if all(_generic(keys[k]) for k in range(len(keys)) if k not in found):
        return True
    if last in found and (not _generic(keys[last]) or len(hit) >= 2):
        return True
    return len(hit) >= 2 and len(hit) >= 2 * len(specific) / 3


def _edge_slot(sn: SourceName, t: Target, j: int, step: int, size: int, lo: int, hi: int, loose: bool) -> list[int]:
    """Target tokens next to a matched word (before it: step -1) that stand for the name's missing edge words.

    Name-like words qualify; with ``loose`` (see :func:`_broken_joint`) any
    words do, provided the farthest one is capitalised, as the start of a
    name is ("Reserve for" before "England" for "Bank of England").
    """
    v = t.view
    limit = 2 * size + 1
    strict: list[int] = []
    wide: list[int] = []
    k = j
    while len(wide) < limit:
        nk = k + step
        if not (lo <= nk < hi):
            break
        if (v.tokens[nk] if step > 0 else v.tokens[k]).brk:
            break
        if (step > 0 and v.tokens[k].suffix) or (step < 0 and v.tokens[nk].suffix):
            break
        wide.append(nk)
        if len(strict) == len(wide) - 1 and _namelike(v.tokens[nk], t):
            strict.append(nk)
        k = nk
    if loose:
        while wide and not v.tokens[wide[-1]].cap:
            wide.pop()
        if len(wide) > len(strict):
            strict = wide
    return sorted(strict)


def _broken_joint(sn: SourceName, a: int, b: int, v: View, k: int) -> bool:
    """The source joins words a and b of the name with a connector ("of") that the target lacks at token k.

    Then the target's words there, even lowercase ones, stand where the
    name's missing words were ("Reserve for England" for "Bank of England").
    """
    gap = sn.name.text[sn.spans[a][1] - sn.name.start : sn.spans[b][0] - sn.name.start].split()
    if not any(w.lower() in CONNECTORS for w in gap):
        return False
    return not (0 <= k < len(v.tokens) and v.tokens[k].key in CONNECTORS)


def _source_words(sn: SourceName, a: int, b: int, prev: int | None = None, nxt: int | None = None) -> str:
    """The source's own words a..b of the name, with the connectors between them (and, at an edge of
    the name, those joining them to the rest: "Bank of" in "Bank of England")."""
    s = sn.spans[a][0] - sn.name.start
    e = sn.spans[b][1] - sn.name.start
    if prev is None and nxt is not None:
        e = sn.spans[nxt][0] - sn.name.start
    elif nxt is None and prev is not None:
        s = sn.spans[prev][1] - sn.name.start
    return sn.name.text[s:e].strip()


# ---------------------------------------------------------------- bits of findings


def _region_text(t: Target, lo: int, hi: int) -> str:
    v = t.view
    return v.text[v.tokens[lo].start : v.tokens[hi - 1].end]


def _corrupted_message(sn: SourceName, found: str, hit: Hit, via_bt: bool = False) -> str:
    s, w = hit.swaps[0] if hit.swaps else (sn.text, found)
    if hit.kind == "misspelt":
        how = f"'{s}' misspelt as '{w}'"
    elif hit.kind == "truncated":
        how = f"'{s}' cut short to '{w}'"
    else:
        how = f"'{s}' swapped for '{w}'"
    what = f"The name here reads '{found}' in back-translation, which" if via_bt else f"'{found}'"
    return (
        f"{what} looks like the source's '{sn.text}' with {how}: a synonym spinner or a bad rewrite corrupted the name."
    )


def _literal_message(sn: SourceName, reading: str) -> str:
    return (
        f"The source's name '{sn.text}' was translated as ordinary words (the back-translation reads "
        f"'{reading}') instead of being kept as a name."
    )


def _replaced_message(sn: SourceName, other: str) -> str:
    return f"'{other}' stands where the source names '{sn.text}': a different name was put in its place."


def _dropped_message(sn: SourceName) -> str:
    return f"The source's name '{sn.text}' is missing from this sentence: the name was dropped."


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?。"):
        end -= 1
    return start, end


# ---------------------------------------------------------------- the audit of one article


class _Audit:
    """Views of the source, the article and the back-translation, built once per article."""

    def __init__(self, item: CheckInput) -> None:
        assert item.source is not None
        self.item = item
        self.src_lang = item.source_text_lang
        spans = tuple((s.start, s.end) for s in item.source.sentences)
        self.src, self.known, self.source_names = _source_side(item.source.norm.text, self.src_lang, spans)
        self.src_keys = frozenset(t.key for t in self.src.tokens)
        known = self.known
        text = item.norm.text
        art_view = view(text, item.lang, known)
        english = item.lang == self.src_lang == "en"
        cased = item.lang not in NON_CASED_LANGS
        self.article = Target(art_view, english, cased, item.lang, known)
        self.article.sent_tokens = [self.article.tokens_in(s.start, s.end) for s in item.sentences]
        bts = item.backtranslation
        self.bts: list[str] = list(bts) if bts and not english and any(bts) else []
        self.has_bt = bool(self.bts)
        self._bt_targets: dict[tuple[int, ...], Target] = {}
        self._bt_compact: dict[tuple[int, ...], str] = {}

    # -- ranges

    def art_range(self, sentences: Sequence[int]) -> tuple[int, int]:
        r = [self.article.sent_tokens[j] for j in sentences if j < len(self.article.sent_tokens)]
        return (min(a for a, _ in r), max(b for _, b in r)) if r else (0, 0)

    def bt_for(self, sentences: Sequence[int]) -> Target:
        """The back-translation of these article sentences as a searchable text (built on first need:
        most names are settled by the article or by :meth:`bt_mentions`, so most is never tokenized)."""
        key = tuple(j for j in sentences if j < len(self.bts))
        t = self._bt_targets.get(key)
        if t is None:
            text = "\n".join(self.bts[j] for j in key)
            t = Target(view(text, "en", self.known), True, True, "en", self.known)
            pos = 0
            for j in key:
                t.sent_ranges[j] = t.tokens_in(pos, pos + len(self.bts[j]))
                pos += len(self.bts[j]) + 1
            self._bt_targets[key] = t
        return t

    def bt_mentions(self, sn: SourceName, sentences: Sequence[int]) -> bool:
        """A quick test on raw text: the back-translation of these sentences spells the name out
        (or, for an acronym, spells it out in full: "graphics processing units" for "GPU")."""
        key = tuple(j for j in sentences if j < len(self.bts))
        got = self._bt_compact.get(key)
        if got is None:
            text = " ".join(self.bts[j] for j in key)
            lower = fold(text)
            words = _WORDS.findall(lower)
            got = (compact(text), " " + " ".join(words) + " ", "".join(w[0] for w in words if w not in _SKIP))
            self._bt_compact[key] = got
        bt_compact, spaced, initials = got
        if sn.acronym:
            k = sn.keys[0]
            return f" {k} " in spaced or f" {k}s " in spaced or (len(k) >= 2 and k in initials)
        if len(sn.keys) == 1 and len(sn.joined) < 5:
            return f" {sn.joined}" in spaced
        return sn.joined in bt_compact

    def present(self, sn: SourceName, sentences: Sequence[int]) -> bool:
        """The name is in these article sentences: as written, inflected, transliterated, or back-translated.

        A look-alike in the article itself outweighs a back-translation that
        shows the name (an engine may restore a well-known name).
        """
        lo, hi = self.art_range(sentences)
        a = _analyse(sn, self.article, lo, hi)
        if a.status == "present":
            return True
        if a.status == "damaged":
            return False
        if not self.article.english and _native(sn, self.article, lo, hi):
            return True
        if self.has_bt:
            if self.bt_mentions(sn, sentences):
                return True
            t = self.bt_for(sentences)
            if _analyse(sn, t, 0, len(t.view.tokens)).status == "present":
                return True
        return False

    # -- the kinds of finding

    def damaged(self, sn: SourceName, sentences: Sequence[int]) -> tuple[str, Hit, Target] | None:
        """A corrupted name in the article, or a literal one in the back-translation."""
        lo, hi = self.art_range(sentences)
        a = _analyse(sn, self.article, lo, hi)
        if a.status == "damaged":
            return CORRUPTED, a, self.article
        if not self.has_bt:
            return None
        bt = self.bt_for(sentences)
        n = len(bt.view.tokens)
        b = _analyse(sn, bt, 0, n)
        if b.status == "damaged":
            if b.kind in ("misspelt", "truncated"):
                return (CORRUPTED, b, bt) if not self.article.cased else None
            if not sn.translated_head and not self._latin_in_article(sn, lo, hi):
                return LITERAL, b, bt
            return None
        if b.status == "absent" and not sn.translated_head and len(sn.joined) >= 6:
            w = _spaced_reading(sn, bt, 0, n)
            if w is not None and not self._latin_in_article(sn, lo, hi):
                return LITERAL, Hit("damaged", "spaced", w[0], w[1]), bt
        return None

    def candidates(self, sn: SourceName) -> set[int]:
        """Article sentences where something resembles the name (in the article or its back-translation)."""
        out: set[int] = set()
        starts = [a for a, _ in self.article.sent_tokens]
        for i, _, _ in _matches(sn, self.article, 0, len(self.article.view.tokens)):
            out.add(bisect.bisect_right(starts, i) - 1)
        if self.has_bt:
            bt = self.bt_for(range(len(self.item.sentences)))
            n = len(bt.view.tokens)
            hits = [i for i, _, _ in _matches(sn, bt, 0, n)]
            w = _spaced_reading(sn, bt, 0, n)
            if w is not None:
                hits.append(w[0])
            for i in hits:
                out.add(bt.sentence_of(i))
        return {j for j in out if 0 <= j < len(self.item.sentences)}

    def _latin_in_article(self, sn: SourceName, lo: int, hi: int) -> bool:
        """Whether the article carries the name's words in Latin script (then it was not translated)."""
        v = self.article.view
        keys = set(sn.keys)
        return any(v.tokens[i].key in keys and v.tokens[i].cap for i in range(lo, hi))

    # -- locating in the article what the back-translation shows

    def locate(self, t: Target, lo: int, hi: int, j: int) -> tuple[int, int]:
        """Article character span corresponding to tokens [lo, hi) of ``t`` in article sentence ``j``."""
        art = self.article
        v = art.view
        if t is art:
            return v.tokens[lo].start, v.tokens[hi - 1].end
        sent = self.item.sentences[j]
        s0, s1 = art.sent_tokens[j]
        bv = t.view
        keys = {bv.tokens[i].key for i in range(lo, hi)}
        hits = [i for i in range(s0, s1) if v.tokens[i].key in keys]
        if hits:
            a, b = min(hits), max(hits)
            if art.cased:  # the whole capitalised run: "Minat Pin", not just "Pin"
                while a > s0 and v.tokens[a - 1].cap and not v.tokens[a].brk and _namelike(v.tokens[a - 1], art):
                    a -= 1
                while b + 1 < s1 and v.tokens[b + 1].cap and not v.tokens[b + 1].brk:
                    b += 1
            return v.tokens[a].start, v.tokens[b].end
        words = s1 - s0
        if words <= 5:
            return _trim(self.item.norm.text, sent.start, sent.end)
        b0, b1 = t.sent_ranges.get(j, (lo, hi))
        rel = (lo - b0) / max(1, b1 - b0)
        width = max(1, hi - lo)
        if art.cased:
            runs = _capital_runs(v, s0, s1, self.known)
            if runs:
                best = min(runs, key=lambda r: abs((r[0] - s0) / max(1, words) - rel))
                return v.tokens[best[0]].start, v.tokens[best[1] - 1].end
        a = s0 + min(words - 1, int(rel * words))
        e = min(s1, a + width)
        return v.tokens[a].start, v.tokens[e - 1].end


@lru_cache(maxsize=32)
def _source_side(
    text: str, lang: str, spans: tuple[tuple[int, int], ...]
) -> tuple[View, frozenset[str], dict[int, list[SourceName]]]:
    """The source's view, the keys of its name words, and its unique names per sentence (one source
    serves many articles, so this is computed once)."""
    src = view(text, lang)
    known = frozenset(t.key for nm in src.names for t in _name_tokens(src, nm))
    starts = [s for s, _ in spans]
    out: dict[int, list[SourceName]] = {}
    seen: dict[int, set[str]] = {}
    for nm in src.names:
        k = bisect.bisect_right(starts, nm.start) - 1
        if k < 0:
            continue
        s, e = spans[k]
        sn = _source_name(nm, src, k, (nm.start - s) / max(1, e - s))
        if sn is None or sn.joined in seen.setdefault(k, set()):
            continue
        seen[k].add(sn.joined)
        out.setdefault(k, []).append(sn)
    return src, known, out


def _name_tokens(v: View, nm: Name) -> list[Token]:
    i = v.index_at(nm.start)
    out = []
    while i < len(v.tokens) and v.tokens[i].end <= nm.end:
        out.append(v.tokens[i])
        i += 1
    return out


_WORDS = regex.compile(r"[^\W_]+")
#: Words an acronym's letters skip ("Bank of America" -> BoA is written BA as often as not).
_SKIP = frozenset({"of", "and", "the", "for", "de", "a", "an"})


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


# ---------------------------------------------------------------- the checks


@check("entities", CORRUPTED, LITERAL, MISMATCH, severity="major")
def entities(item: CheckInput) -> Iterator[Finding]:
    """Source names corrupted, translated literally, replaced or dropped.

    Each name of the aligned source sentence is looked for in the article
    sentence (inflected or transliterated) and in its back-translation. A name
    missing from both is corrupted when the article carries a look-alike
    ("Quick Company" for "Fast Company"), literal when only the
    back-translation shows its words as ordinary words, and mismatched when
    another name stands in its place or none does. Articles that do not
    derive from the source are only searched for corrupted and literal names.
    """
    if item.source is None or not item.sentences:
        return
    audit = _Audit(item)
    seen: set[tuple[str, int, int]] = set()
    if item.derives:
        pairs = item.pairs()
        for k in range(len(pairs)):
            for f in _pair_findings(audit, pairs, k):
                key = (f.category, f.start, f.end)
                if key not in seen:
                    seen.add(key)
                    yield f
        return
    for f in _document_findings(audit):
        key = (f.category, f.start, f.end)
        if key not in seen:
            seen.add(key)
            yield f


def _finding(audit: _Audit, code: str, start: int, end: int, message: str, j: int, sn: SourceName) -> Finding:
    return audit.item.finding(code, "major", "entities", start, end, message, j, sn.text)


def _sentence_of(audit: _Audit, pos: int) -> int:
    starts = [s.start for s in audit.item.sentences]
    return max(0, bisect.bisect_right(starts, pos) - 1)


def _damage_finding(audit: _Audit, sn: SourceName, code: str, hit: Hit, t: Target, sentences: Sequence[int]) -> Finding:
    if t is audit.article:
        s, e = audit.locate(t, hit.lo, hit.hi, sentences[0])
        j = _sentence_of(audit, s)
        found = audit.item.norm.text[s:e]
        return _finding(audit, code, s, e, _corrupted_message(sn, found, hit), j, sn)
    j = t.sentence_of(hit.lo)
    j = j if j >= 0 else sentences[0]
    s, e = audit.locate(t, hit.lo, hit.hi, j)
    reading = _region_text(t, hit.lo, hit.hi)
    if code == LITERAL:
        return _finding(audit, code, s, e, _literal_message(sn, reading), j, sn)
    return _finding(audit, code, s, e, _corrupted_message(sn, reading, hit, via_bt=True), j, sn)


def _pair_findings(audit: _Audit, pairs: Sequence[Pair], k: int) -> Iterator[Finding]:
    pair = pairs[k]
    item = audit.item
    tgt = list(pair.tgt)
    missing: list[SourceName] = []
    replaced: list[tuple[SourceName, Hit, Target]] = []
    for i in pair.src:
        for sn in audit.source_names.get(i, ()):
            if audit.present(sn, tgt):
                continue
            dmg = audit.damaged(sn, tgt)
            if dmg is not None:
                code, hit, t = dmg
                yield _damage_finding(audit, sn, code, hit, t, tgt)
                continue
            if not _checkable(audit, sn):
                continue
            near = [j for p in pairs[max(0, k - 1) : k + 2] for j in p.tgt]
            if audit.present(sn, near):
                continue
            lo, hi = audit.art_range(tgt)
            a = _analyse(sn, audit.article, lo, hi)
            if a.status == "other" and (audit.article.english or not audit.has_bt):
                replaced.append((sn, a, audit.article))
                continue
            if audit.has_bt:
                bt = audit.bt_for(tgt)
                b = _analyse(sn, bt, 0, len(bt.view.tokens))
                if b.status == "other":
                    replaced.append((sn, b, bt))
                    continue
                if b.status == "damaged":
                    continue  # reworded in translation ("Aerospace Institute"), which damaged() let pass
            missing.append(sn)
    for sn, hit, t in replaced:
        j = tgt[0]
        s, e = audit.locate(t, hit.lo, hit.hi, j) if t is audit.article else _bt_locate(audit, t, hit.lo, hit.hi, tgt)
        other = _region_text(t, hit.lo, hit.hi)
        yield _finding(audit, MISMATCH, s, e, _replaced_message(sn, other), _sentence_of(audit, s), sn)
    if not missing:
        return
    new = _new_names(audit, tgt)
    missing = [sn for sn in missing if not any(_abbreviates(sn, n) or _alike(sn, n) for n in new)]
    used: set[int] = set()
    for sn in missing:
        free = [n for n in range(len(new)) if n not in used and _may_replace(audit, sn, new[n])]
        if free:
            n = min(free, key=lambda n: abs(new[n].rel - sn.rel))
            used.add(n)
            t, lo, hi = new[n].target, new[n].lo, new[n].hi
            s, e = audit.locate(t, lo, hi, tgt[0]) if t is audit.article else _bt_locate(audit, t, lo, hi, tgt)
            other = _region_text(t, lo, hi)
            yield _finding(audit, MISMATCH, s, e, _replaced_message(sn, other), _sentence_of(audit, s), sn)
            continue
        if sn.acronym or sn.soft or (len(sn.keys) == 1 and lexical(sn.keys[0])):
            continue  # acronyms are spelt out, dictionary words paraphrased: absence proves little
        if len(pair.src) > 1 and _words(audit, sn.sentence) < 5:
            continue  # a caption or credit folded into its neighbour's bead
        first = item.sentences[tgt[0]]
        last = item.sentences[tgt[-1]]
        s, e = _trim(item.norm.text, first.start, last.end)
        yield _finding(audit, MISMATCH, s, e, _dropped_message(sn), first.index, sn)


def _words(audit: _Audit, i: int) -> int:
    assert audit.item.source is not None
    return len(audit.item.source.sentences[i].text.split())


def _abbreviates(sn: SourceName, new: NewName) -> bool:
    """One of the two is an abbreviation of the other: "US" or "United States" for "USA", "EU" for
    "European Union", "Premier League" for "EPL", "knockout" for "KO"."""
    toks = new.target.view.tokens[new.name_lo : new.name_hi]
    keys = [x.key for x in toks if x.key not in CONNECTORS]
    if not keys:
        return False
    new_acronym = len(toks) == 1 and is_acronym(toks[0].text)
    letters = "".join(c for c in sn.joined if c.isalpha())
    if new_acronym and not sn.acronym:
        acr = "".join(c for c in keys[0] if c.isalpha())
        return sorted(acr) == sorted(k[0] for k in sn.keys if k not in CONNECTORS)
    if not (sn.acronym or len(letters) <= 3):
        return False
    initials = "".join(c for c in keys[0] if c.isalpha()) if new_acronym else "".join(k[0] for k in keys)
    if len(initials) >= 2 and (_subsequence(initials, letters) or _subsequence(letters, initials)):
        return True
    if len(initials) >= 2 and sorted(initials) == sorted(letters):
        return True  # the words in another language's order: "Fondo Monetario Internacional" for "IMF"
    return len(keys) == 1 and keys[0][:1] == letters[:1] and _subsequence(letters, keys[0])


def _alike(sn: SourceName, new: NewName) -> bool:
    """Another spelling or a local form of the name: "Napoli" for "Naples"."""
    keys = [x.key for x in new.target.view.tokens[new.lo : new.hi] if x.key not in CONNECTORS]
    joined = "".join(keys)
    return joined[:1] == sn.joined[:1] and similarity(joined, sn.joined) >= 0.6


def _may_replace(audit: _Audit, sn: SourceName, new: NewName) -> bool:
    """Whether a name absent from the source can stand for ``sn`` as a different name (not a rewording of it)."""
    keys = [x.key for x in new.target.view.tokens[new.lo : new.hi] if x.key not in CONNECTORS]
    if sn.ordinary and len(sn.keys) == 1:
        return False  # one ordinary word ("Games") is reworded freely
    if sn.soft and not (len(keys) == 1 and (_soft(keys[0]) or _demonym_like(keys[0]))):
        return False  # "American" -> "US" is a rewording; "Pakistani" -> "Chinese" is not
    return not (sn.ordinary and all(lexical(k) and not known_proper(k) for k in keys))


def _demonym_like(key: str) -> bool:
    return key.endswith(("an", "ese", "ish", "ic", "i")) and known_proper(key)


def _subsequence(a: str, b: str) -> bool:
    it = iter(b)
    return all(c in it for c in a)


def _checkable(audit: _Audit, sn: SourceName) -> bool:
    """Whether a missing name can be told from a translated one here."""
    if audit.article.english:
        return True
    if sn.soft or (sn.acronym and common_en(sn.keys[0])):
        return False
    if audit.has_bt:
        return True
    if sn.acronym:
        return False  # translated with the language: "IMF" is "FMI" in Spanish
    if not audit.article.cased:
        return False
    return any(not common_en(k) and zipf(k, "en") < 4.5 for k in sn.keys) and not sn.translated_head


def _bt_locate(audit: _Audit, t: Target, lo: int, hi: int, tgt: Sequence[int]) -> tuple[int, int]:
    j = t.sentence_of(lo)
    return audit.locate(t, lo, hi, j if j >= 0 else tgt[0])


@dataclass(frozen=True)
class NewName:
    """A name of the article (or back-translation) that the source lacks: tokens [lo, hi) of the
    whole name [name_lo, name_hi) it belongs to; ``rel`` its relative position in the sentences."""

    target: Target
    lo: int
    hi: int
    rel: float
    name_lo: int
    name_hi: int


def _new_names(audit: _Audit, tgt: Sequence[int]) -> list[NewName]:
    """Names in these article sentences (or their back-translation) that the source does not have."""
    out = []
    t = audit.bt_for(tgt) if audit.has_bt else audit.article
    if t is audit.article and not audit.article.cased:
        return out
    rng = audit.art_range(tgt) if t is audit.article else (0, len(t.view.tokens))
    lo, hi = rng
    if lo >= hi:
        return out
    v = t.view
    seen = set()
    for i in range(lo, hi):
        k = v.name_of[i]
        if k == -1 or k in seen:
            continue
        seen.add(k)
        nm = v.names[k]
        toks = _name_tokens(v, nm)
        if t is audit.article and not audit.article.english and any(x.script != "latin" for x in toks):
            continue
        if _known_phrase(audit, toks):
            continue
        j0 = v.index_at(nm.start)
        segment: list[int] = []
        for k2, x in enumerate(toks + [None]):
            unknown = x is not None and not _known_word(audit, x.key, t.lang) and x.key not in TITLES
            if unknown and not (x.key in CONNECTORS and not segment):
                segment.append(j0 + k2)
                continue
            while segment and v.tokens[segment[-1]].key in CONNECTORS:
                segment.pop()
            if segment:
                first = v.tokens[segment[0]]
                weak = len(segment) == 1 and (
                    len(first.key) < 2 or (t.english and first.initial and lexical(first.key))
                )
                if not weak:
                    a = audit.art_range(tgt) if t is audit.article else rng
                    rel = (segment[0] - a[0]) / max(1, a[1] - a[0])
                    out.append(NewName(t, segment[0], segment[-1] + 1, rel, j0, j0 + len(toks)))
            segment = []
    return out


def _known_phrase(audit: _Audit, toks: Sequence[Token]) -> bool:
    """The name's words, run together, are in the source ("Johns Hopkins" for "Johns-Hopkins")."""
    joined = "".join(x.key for x in toks)
    return len(toks) > 1 and len(joined) >= 5 and joined in audit.src.compact


def _known_word(audit: _Audit, key: str, lang: str) -> bool:
    """A word the source has (in any case), or a form or variant of one of its names' words."""
    k = key[:-1] if key.endswith("s") and is_acronym(key.upper()) else key
    if k in audit.src_keys or key in audit.src_keys:
        return True
    for nm in audit.src.names:
        for tok in _name_tokens(audit.src, nm):
            if relation(tok.key, key, lang) != "none":
                return True
    return False


def _document_findings(audit: _Audit) -> Iterator[Finding]:
    """Corrupted and literal names in an article that does not derive from the source."""
    item = audit.item
    everything = list(range(len(item.sentences)))
    done: set[str] = set()
    for group in audit.source_names.values():
        for sn in group:
            if sn.joined in done or sn.acronym:
                continue
            done.add(sn.joined)
            if audit.present(sn, everything):
                continue
            for j in sorted(audit.candidates(sn)):
                dmg = audit.damaged(sn, [j])
                if dmg is not None:
                    code, hit, t = dmg
                    yield _damage_finding(audit, sn, code, hit, t, [j])


# ---------------------------------------------------------------- inconsistency


@check("inconsistency", INCONSISTENCY, severity="minor")
def inconsistency(item: CheckInput) -> Iterator[Finding]:
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
        known = _source_side(item.source.norm.text, item.source_text_lang, spans)[1]
    v = view(text, item.lang, known)
    groups = _variant_groups(v, item.lang)
    groups += _script_groups(item, v, known)
    for forms in groups:
        yield _inconsistency_finding(item, forms)


def _form(v: View, toks: Sequence[Token]) -> str:
    return " ".join(v.text[toks[0].start : toks[-1].end].split())


def _variant_groups(v: View, lang: str) -> list[list[tuple[str, int, int]]]:
    """Occurrences (form, start, end) grouped by entity, for entities written in more than one form."""
    headline = _caps_lines(v)
    by_key: dict[str, list[tuple[str, int, int]]] = {}
    for nm in v.names:
        toks = [t for t in _name_tokens(v, nm) if t.script == "latin" or t.script == "cyrillic"]
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
    if item.lang not in NON_CASED_LANGS and item.lang not in ("ru", "uk", "bg", "sr", "mk", "be", "kk", "ky", "mn"):
        return []
    idx = native_index(v.text, item.lang, known)
    if not idx.single:
        return []
    toks = v.tokens
    bts = _BackKeys(item.backtranslation) if item.backtranslation and any(item.backtranslation) else None
    starts = [s.start for s in item.sentences]
    latin: dict[str, list[tuple[str, int, int]]] = {}
    for nm in v.names:
        nt = [t for t in _name_tokens(v, nm) if t.script == "latin"]
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


def _inconsistency_finding(item: CheckInput, occ: list[tuple[str, int, int]]) -> Finding:
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
    return item.finding(INCONSISTENCY, "minor", "inconsistency", where[1], where[2], message, j)
