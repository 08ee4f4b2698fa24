"""A source name, and what stands for it in a text: present, damaged (misspelt, truncated,
synonym-swapped), another name, or nothing.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from mt_audit import lexicon
from mt_audit.checks.entities.swaps import _head_swapped, _swap_kind
from mt_audit.checks.entities.words import (
    _cap_index,
    _copied,
    _english_derivative,
    _english_looking,
    _local_form,
    _native_word,
    _prefixed,
    _translated_word,
    _within,
    generic,
    is_soft,
    unprefixed,
)
from mt_audit.entities import (
    CONNECTORS,
    TITLES,
    TRANSLATED_HEADS,
    Name,
    Token,
    View,
    common_en,
    is_acronym,
    is_roman,
    known_proper,
    lexical,
    may_open_name,
    native_index,
    relation,
    roman_value,
    skeleton,
    transliterate,
)
from mt_audit.entity_forms import MIN_SOUND, loose_skeleton
from mt_audit.entity_script import digraph_respelt
from mt_audit.languages import inflects_names, language, parse_spelled
from mt_audit.lexicon import zipf

#: Words an acronym's letters skip ("Bank of America" -> BoA is written BA as often as not).
SKIP = frozenset({"of", "and", "the", "for", "de", "a", "an"})
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
    lead: SourceName | None = None  # the name with the sentence opener before it ("Real" Madrid), if it may be one

    @property
    def text(self) -> str:
        return self.name.text


def source_name(nm: Name, src: View, sentence: int, rel: float, lead_ok: bool = True) -> SourceName | None:
    """The source name ``nm`` prepared for look-ups (``lead_ok``: also with a sentence opener before it)."""
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
    soft = len(keys) == 1 and is_soft(keys[0])
    heads = any(k in TRANSLATED_HEADS for k in keys)
    if all(k in TITLES for k in keys):
        return None
    lower_ok = not nm.acronym and all(common_en(k) for k in keys)
    ordinary = not nm.acronym and all(lexical(k) and not known_proper(k) for k in keys)
    spans = [(t.start, t.end) for t in content]
    sn = SourceName(nm, keys, spans, joined, nm.acronym, sentence, rel, soft, heads, lower_ok, ordinary)
    lead = _lead(src, src.index_at(nm.start), nm.acronym) if lead_ok else None
    if lead is not None:
        ext = Name(lead.start, nm.end, src.text[lead.start : nm.end], (lead.text, *nm.tokens))
        sn.lead = source_name(ext, src, sentence, rel, lead_ok=False)
    return sn


def _lead(src: View, i: int, acronym: bool = False) -> Token | None:
    """The word right before the name's first (token ``i``) when it may open the name, which the
    extractor leaves out: the sentence's first word if an ordinary English one ("Real" of "Real
    Madrid"); inside the sentence, a capitalised function word or an acronym ("A" of "A Coruña",
    "EL" of "EL Developers"), or any capitalised word before an acronym ("Mac" of "Mac OS")."""
    if i < 1 or i >= len(src.tokens) or src.tokens[i].brk or not src.tokens[i].cap:
        return None
    tok = src.tokens[i - 1]
    if not (tok.cap and tok.script == "latin") or tok.suffix or not tok.key.isalpha():
        return None
    if not tok.initial:
        return tok if acronym or zipf(tok.key, "en") >= FUNCTION_ZIPF or is_acronym(tok.text) else None
    if acronym:
        return None
    return tok if lexical(tok.key) and may_open_name(tok.key, zipf(tok.key, "en")) else None


#: Function words ("a", "the", "und", "dans") are this frequent (Zipf) at least: the most frequent words of a
#: language.
FUNCTION_ZIPF = 6.0


def _acro_key(key: str) -> str:
    return key[:-1] if key.endswith("s") and len(key) > 2 else key


# ---------------------------------------------------------------- a text to search


@dataclass
class Target:
    """One text searched for names: the article, or the English back-translation."""

    view: View
    english: bool
    cased: bool  # the article's own script has capitals (else only embedded Latin words do)
    lang: str
    known: frozenset[str] = frozenset()  # the ``known`` its view was built with
    source_words: frozenset[str] = frozenset()  # keys of every source word (names or not)
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


def namelike(tok: Token, target: Target) -> bool:
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
            inflected = inflects_names(t.lang) and nxt - end <= 4
            word = joined if j == i + 1 else (sn.keys[-1] if sn.keys else "")
            if inflected and not boundary and word and _english_derivative(word, v.tokens[j - 1], t.lang):
                inflected = False  # an English suffix, not the language's ending: "Westward" for "West"
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
    if any(_compound_part(v.tokens[i].text, key) for i in range(lo, hi)):
        return True  # the first or last part of a hyphenated compound: "UN-Experte", "EU-Kommission"
    letters = "".join(c for c in key if c.isalpha())
    if len(letters) < 2:
        return False
    initials, where = _initials(v)
    a, b = bisect.bisect_left(where, lo), bisect.bisect_left(where, hi)
    pos = initials.find(letters, a, b)
    return pos != -1 and pos + len(letters) <= b


def _compound_part(text: str, key: str) -> bool:
    """A part of hyphenated word ``text`` is the acronym ``key`` (written in capitals)."""
    if "-" not in text and "‐" not in text:
        return False
    return any(p.isupper() and p.lower() == key for p in regex.split(r"[\-‐]", text))


def _initials(v: View) -> tuple[str, list[int]]:
    """First letters of the view's words (connectors skipped) and the token index of each."""
    got = v.extras.get("initials")
    if got is None:
        where = [i for i, x in enumerate(v.tokens) if x.key not in SKIP and x.key]
        got = v.extras["initials"] = ("".join(v.tokens[i].key[0] for i in where), where)
    return got  # type: ignore[return-value]


def native_ranges(sn: SourceName, t: Target, lo: int, hi: int) -> list[tuple[int, int]]:
    """Token ranges in [lo, hi), in non-Latin script, whose skeleton matches a word (or the whole) of the name.

    A word of two consonants stands for a name of several only where none of its words has more: "Eleni" of
    "Eleni Papadakis" ("lVn") sounds like countless words ("اللون", the colour), its surname like few."""
    idx = native_index(t.view.text, t.lang, t.known)
    if not idx.single:
        return []
    words = {skeleton(k, idx.target).rstrip("V") for k in sn.keys}
    least = min(MIN_WORD_SOUNDS, max(len(w.strip("V")) for w in words))
    wanted = {w for w in words if len(w.strip("V")) >= least}
    wanted.add(skeleton(sn.joined, idx.target).rstrip("V"))
    found = []
    for w in wanted:
        if len(w.strip("V")) >= 2:
            found.extend(r for r in idx.find(w, loose=True) if lo <= r[0] and r[1] <= hi)
    return found


#: Consonants a word of a name of several needs to stand for it in another script, where one has as many.
MIN_WORD_SOUNDS = 3


def word_matches(sn: SourceName, t: Target, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(token index, source word index, relation) for every word of the name found in [lo, hi)."""
    v = t.view
    out = []
    first, last = _cap_index(v)
    for si, key in enumerate(sn.keys):
        rare = zipf(key, "en") < 3.0 or common_en(key)
        for i in v.by_key.get(key, ()):
            if lo <= i < hi and (v.tokens[i].cap or rare):
                out.append((i, si, "same"))
        out += [(i, si, "same") for i in _within(_prefixed(v).get(key, ()), lo, hi)]  # "uAna" for "Ana"
        if len(key) < 3 or key in CONNECTORS:
            continue
        near = set(_within(first.get(key[0], ()), lo, hi)) | set(_within(last.get(key[-2:], ()), lo, hi))
        for i in sorted(near):
            tok = v.tokens[i]
            if tok.key == key or tok.key in CONNECTORS:
                continue
            if _heard_as_other(sn, key, tok, t):
                continue  # "Фільм" says the source's "film", not the name's "Films"
            tkey = transliterate(tok.key) if tok.script == "cyrillic" else tok.key
            copy = _foreign_latin(tok, t) and tkey not in t.source_words  # not a copy of another source word
            rel = _copied(key, tkey) if copy else relation(key, tkey, t.lang)
            if tok.script == "cyrillic" and (
                rel == "misspelt" or (rel == "none" and skeleton(key, "cyrillic") == skeleton(tok.key, "cyrillic"))
            ):
                rel = "same"  # transliterated, not misspelt: "Дэниел" for "Daniel"
            elif (
                rel == "misspelt"
                and not t.english
                and (_native_word(tok, t.lang) or _local_form(key, tok, t.lang) or digraph_respelt(key, tok.text))
            ):
                rel = "same"  # the language's own spelling: "Grèce", "Hawái", "Senát", CLDR's "Asiya"
            if not t.english and rel in ("same", "none") and _english_derivative(key, tok, t.lang):
                rel = "synonym"  # "Silvery Lake" for "Silver Lake", "Gunpoint" for "Point": no inflection
            if rel != "none":
                out.append((i, si, rel))
    return out


def _heard_as_other(sn: SourceName, key: str, tok: Token, t: Target) -> bool:
    """A word of another script than Latin sounds exactly like a source word outside the name, and not
    exactly like name word ``key``: it says that word ("Фільм", the source's "film", not "Films")."""
    if tok.script == "latin" or t.english or not t.source_words:
        return False
    sk = loose_skeleton(tok.text)
    return sk != loose_skeleton(key) and sk in _sounds(t.source_words - frozenset(sn.keys))


@lru_cache(maxsize=256)
def _sounds(words: frozenset[str]) -> frozenset[str]:
    """Loose skeletons, of :data:`MIN_SOUND` consonants or more, of these words."""
    return frozenset(sk for sk in map(loose_skeleton, words) if len(sk) >= MIN_SOUND)


def _numeral_swap(sn: SourceName, t: Target, lo: int, hi: int) -> Hit | None:
    """The name's regnal numeral, kept out of its keys, written after its last word as an English number
    word (:func:`_numeral_spelt`): "Queen Mary Two" for "Queen Mary II"."""
    v = t.view
    for numeral in (w for w in sn.name.tokens if is_roman(w)):
        for k in range(max(lo, 1), hi):
            if v.tokens[k - 1].key == sn.keys[-1] and _numeral_spelt(numeral, v.tokens[k]):
                return Hit("damaged", "synonym", max(lo, k - len(sn.keys)), k + 1, [(numeral, v.tokens[k].text)])
    return None


def _numeral_spelt(key: str, tok: Token) -> bool:
    """A capitalised English number word with the value of the name's regnal numeral ("Two" for "II"): a
    spinner's rewrite of the numeral, no translation of it (a language keeps the numeral)."""
    return tok.script == "latin" and tok.cap and parse_spelled("en", tok.key) == roman_value(key)


def _foreign_latin(tok: Token, t: Target) -> bool:
    """A Latin word in a text whose language is written in another script: a copy of the source's
    word, which that language neither inflects nor respells (it would write its own form in its own
    script: "Грін", not "Greens")."""
    return tok.script == "latin" and not t.english and not language(t.lang).latin


def analyse(sn: SourceName, t: Target, lo: int, hi: int) -> Hit:
    """What stands for ``sn`` in tokens [lo, hi) of ``t``.

    A name after a sentence opener that may be its first word is also read
    with that word: in another language, an English word close to it in
    WordNet in its place is a spinner's swap ("Genuine Madrid" for "Real Madrid").
    """
    hit = _analyse(sn, t, lo, hi)
    if hit.status == "present" and (spelt := _numeral_swap(sn, t, lo, hi)) is not None:
        return spelt
    if hit.status == "damaged" or sn.lead is None or t.english:
        return hit
    ext = _analyse(sn.lead, t, lo, hi)
    return ext if ext.status == "damaged" and ext.kind == "synonym" else hit


def _analyse(sn: SourceName, t: Target, lo: int, hi: int) -> Hit:
    if lo >= hi:
        return Hit("absent")
    if sn.acronym:
        return Hit("present") if _acronym_present(sn, t, lo, hi) else Hit("absent")
    if _phrase(sn, t, lo, hi):
        return Hit("present")
    clusters = _clusters(sn, t, lo, hi)
    if not clusters:
        return Hit("absent")
    best: Hit | None = None
    best_score = -1.0
    weak: tuple[Hit, float] | None = None
    for cl in clusters:
        hit, score = _cluster(sn, t, cl, lo, hi)
        if hit.status == "present" and not _lone_word(sn, cl):
            return hit
        if hit.status == "present":
            weak = weak or (hit, score)
        elif score > best_score:
            best, best_score = hit, score
    if weak is not None and not (best is not None and best.status == "damaged" and best_score > weak[1]):
        return weak[0]
    return best or Hit("absent")


def _lone_word(sn: SourceName, cl: list[tuple[int, int, str]]) -> bool:
    """The mention is one ordinary English word of a name of several ("studio" of "Stone Arch Studio"): the
    article may say that word for itself, so a damaged mention holding more of the name outweighs it."""
    words = {si for _, si, _ in cl}
    return len(sn.keys) > 1 and len(words) == 1 and common_en(sn.keys[next(iter(words))])


def _clusters(sn: SourceName, t: Target, lo: int, hi: int) -> list[list[tuple[int, int, str]]]:
    """The name's words found in [lo, hi), grouped by mention."""
    found = sorted(word_matches(sn, t, lo, hi))
    if not found:
        return []
    span = len(sn.keys) + 2
    clusters: list[list[tuple[int, int, str]]] = [[found[0]]]
    for f in found[1:]:
        if f[0] - clusters[-1][-1][0] > span or any(g[1] == f[1] for g in clusters[-1]):
            clusters.append([f])  # far away, or a word of the name again: the next mention of it
        else:
            clusters[-1].append(f)
    if t.english:
        return clusters
    return [kept for kept in (_without_translations(sn, t, cl) for cl in clusters) if kept]


def _without_translations(sn: SourceName, t: Target, cl: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The mention without the language's own words for the name's words ("Vall" for "Valley" in
    Catalan), unless a word of the name is kept as written beside them: a name translated word by word
    is not one cut short, while "Golden Vall Foods" is."""
    if any(rel == "same" for _, _, rel in cl):
        return cl
    v = t.view
    return [
        (i, si, rel)
        for i, si, rel in cl
        if rel != "truncated" or not _translated_word(sn.keys[si], v.tokens[i], t.lang)
    ]


def damaged_mention(sn: SourceName, t: Target, lo: int, hi: int) -> Hit | None:
    """A mention of the name in [lo, hi) that is damaged, whatever the others are: where the source
    names it twice, a spinner may swap a word of one mention only ("Xbox Unmatched ... Xbox One")."""
    if sn.acronym or lo >= hi:
        return None
    for cl in _clusters(sn, t, lo, hi):
        hit, _ = _cluster(sn, t, cl, lo, hi)
        if hit.status == "damaged":
            return hit
    return None


def _cluster(sn: SourceName, t: Target, cl: list[tuple[int, int, str]], lo: int, hi: int) -> tuple[Hit, float]:
    v = t.view
    chosen: dict[int, tuple[int, str]] = {}
    for i, si, rel in cl:
        if si not in chosen or (chosen[si][1] != "same" and rel == "same"):
            chosen[si] = (i, rel)
    _bare_head(sn, v, chosen)
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
        joint = nxt  # the name word the source words swapped reach to, connectors between included
        if order_ok and prev is not None and nxt is not None:
            slot = list(range(chosen[prev][0] + 1, chosen[nxt][0]))
        elif order_ok and nxt is not None:
            j = chosen[nxt][0] if t.english else _before_connectors(sn, v, b, nxt, chosen[nxt][0])
            loose = j == chosen[nxt][0] and _broken_joint(sn, b, nxt, v, j - 1)
            slot = _edge_slot(sn, t, j, -1, len(block), lo, hi, loose)
            joint = nxt if j == chosen[nxt][0] else None  # the connectors are there: "Bank" swapped, not "Bank of"
        elif order_ok and prev is not None:
            j = _past_connectors(sn, v, prev, si, chosen[prev][0])
            loose = j == chosen[prev][0] and _broken_joint(sn, prev, si, v, j + 1)
            slot = _edge_slot(sn, t, j, 1, len(block), lo, hi, loose)
        slot = [k for k in slot if v.tokens[k].cap or not t.english or v.tokens[k].key not in CONNECTORS]
        if slot:
            t_keys = [unprefixed(v.tokens[k]) for k in slot]
            if t.english or any(
                not _native_word(v.tokens[k], t.lang) for k in slot if v.tokens[k].key not in CONNECTORS
            ):
                kind = _swap_kind(block, t_keys, t.lang)
            elif all(generic(k) for k in block) and _head_swapped(block, t_keys, t.lang):
                kind = "synonym"  # an English head near the name's with a case ending: "Canti" for "Bank"
            elif _kept_beside(chosen, prev, nxt) and len(slot) == len(block) and _english_synonym(block, t_keys):
                kind = "synonym"  # "Morning Prima Transit": the language's word, and an English synonym swapped in
            else:
                kind = "equivalent"  # words of the article's language: that part of the name was translated
            if kind == "equivalent":
                covered.update(range(si, b + 1))
            else:
                kinds.append(kind)
                s_text = _source_words(sn, si, b, prev, joint)
                swaps.append((s_text, v.text[v.tokens[slot[0]].start : v.tokens[slot[-1]].end]))
                region.extend(slot)
        si = b + 1
    if order_ok:
        for s_text, k in _inner_swaps(sn, t, chosen):
            kinds.append("synonym")
            swaps.append((s_text, v.tokens[k].text))
            region.append(k)
    r0, r1 = min(region), max(region) + 1
    if r0 - 1 >= lo and v.tokens[r0 - 1].key == "the" and v.tokens[r0 - 1].cap and not v.tokens[r0].brk:
        r0 -= 1
    if not kinds:
        return (Hit("present") if _enough(sn, covered) else Hit("absent")), score
    damage = [k for k in kinds if k in DAMAGE]
    if damage:
        return Hit("damaged", damage[0], r0, r1, swaps), score
    return Hit("other", "other", r0, r1, swaps), score


def _kept_beside(chosen: dict[int, tuple[int, str]], prev: int | None, nxt: int | None) -> bool:
    """The name's words beside a slot, one side at least, are written as the source writes them."""
    sides = [chosen[k][1] for k in (prev, nxt) if k is not None]
    return bool(sides) and all(rel == "same" for rel in sides)


def _english_synonym(block: Sequence[str], t_keys: Sequence[str]) -> bool:
    """A word in the slot, though also the language's, is an English word sharing a WordNet synset with the name's
    word there ("prima" for "star", "Hertz" for "Cycling"): beside words of the name kept in English, a spinner's
    swap; a translation of one word would be the language's own word for it ("Stern")."""
    return lexicon.available() and any(
        lexicon.are_synonyms(s, k) for s in block for k in t_keys if k.isascii() and k.isalpha() and lexical(k)
    )


def _before_connectors(sn: SourceName, v: View, b: int, nxt: int, j: int) -> int:
    """From the target token ``j`` matching name word ``nxt``, back past the source's own connectors between it and
    the missing word ``b`` when a text in another language repeats them word for word ("Cant of Japan" for "Bank
    of Japan": the name kept in English, its first word swapped); else ``j``."""
    gap = [w.lower() for w in _between(sn, b, nxt)]
    if not gap or any(w not in CONNECTORS for w in gap) or j - len(gap) < 0:
        return j
    return j - len(gap) if [x.key for x in v.tokens[j - len(gap) : j]] == gap else j


def _between(sn: SourceName, a: int, b: int) -> list[str]:
    """The source's words between name words ``a`` < ``b`` (connectors: "van der" of "Johannes van der Berg")."""
    return sn.name.text[sn.spans[a][1] - sn.name.start : sn.spans[b][0] - sn.name.start].split()


def _past_connectors(sn: SourceName, v: View, a: int, b: int, j: int) -> int:
    """From the target token ``j`` matching name word ``a``, the last of the source's own connectors
    between it and the missing word ``b`` when the target repeats them word for word ("Johannes van
    der" before a swapped "Iceberg"); else ``j``: the missing last word's slot lies past them. Only
    forwards: particles lead into a surname, while "... of Russia" heads an institution's name whose
    first words a rewrite may rightly rephrase."""
    gap = [w.lower() for w in _between(sn, a, b)]
    if not gap or any(w not in CONNECTORS for w in gap):
        return j
    for n, w in enumerate(gap, 1):
        if j + n >= len(v.tokens) or v.tokens[j + n].key != w:
            return j
    return j + len(gap)


def _inner_swaps(sn: SourceName, t: Target, chosen: dict[int, tuple[int, str]]) -> list[tuple[str, int]]:
    """Capitalised English dictionary words standing, between two words of the name found in order,
    where the source has its connectors ("Johannes Caravan der Berg" for "Johannes van der Berg"): a
    spinner read "van" as a word and swapped it; a translation keeps the particle or writes its own
    in lower case. A word of the source moved there is no swap ("CEO Twitter Elon Musk"). As (source
    words, target token index)."""
    out = []
    v = t.view
    order = sorted(chosen)
    for a, b in zip(order, order[1:]):
        gap = _between(sn, a, b)
        if b != a + 1 or not gap:
            continue
        own = {w.lower() for w in gap}
        ia, ib = chosen[a][0], chosen[b][0]
        if ib - ia - 1 > len(gap) + 1:
            continue  # too far apart to be one mention's words
        lost = [w for w in gap if w.lower() not in {v.tokens[k].key for k in range(ia + 1, ib)}]
        for k in range(ia + 1, ib):
            if _inserted(v.tokens[k], own) and v.tokens[k].key not in t.source_words:
                out.append((" ".join(lost) or sn.name.text, k))
    return out


def _inserted(tok: Token, own: set[str]) -> bool:
    """A capitalised Latin dictionary word that is none of the source's words there, nor a connector or title."""
    key = tok.key
    if not tok.cap or tok.initial or tok.script != "latin" or len(key) < 3 or key in own:
        return False
    return key not in CONNECTORS and key not in TITLES and lexical(key)


def _bare_head(sn: SourceName, v: View, chosen: dict[int, tuple[int, str]]) -> None:
    """An "-s" added to an inner word of the name while its last word stands bare is no case ending.

    Where "-s" is a case ending it marks the whole phrase: a genitive on its last word alone ("Green
    Valley Energys"), a nominative on every word (Latvian "Džons Smits"); never on an inner word only.
    "Greens Valley Energy" is the name misspelt. Other endings may (Polish "Jeana Reno": a surname
    ending in a vowel does not decline).
    """
    last = len(sn.keys) - 1
    if last not in chosen or v.tokens[chosen[last][0]].key != sn.keys[last]:
        return
    for si, (i, rel) in list(chosen.items()):
        key, tkey = sn.keys[si], v.tokens[i].key
        if si < last and rel == "same" and i < chosen[last][0] and tkey in (key + "s", key + "es"):
            chosen[si] = (i, "misspelt")


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
    if all(generic(keys[k]) for k in range(len(keys)) if k not in found):
        return True
    if last in found and (not generic(keys[last]) or len(hit) >= 2):
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
        if len(strict) == len(wide) - 1 and (namelike(v.tokens[nk], t) or _opener(v, nk, j, step)):
            strict.append(nk)
        k = nk
    if loose:
        while wide and not v.tokens[wide[-1]].cap:
            wide.pop()
        if len(wide) > len(strict):
            strict = wide
    return sorted(strict)


def _opener(v: View, nk: int, j: int, step: int) -> bool:
    """A capitalised sentence opener directly before a capitalised word of the name: the name's first
    word, whatever it is ("Enterprise" in "Enterprise Insider reported")."""
    tok = v.tokens[nk]
    return step < 0 and nk == j - 1 and tok.cap and tok.initial and v.tokens[j].cap and not v.tokens[j].brk


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
