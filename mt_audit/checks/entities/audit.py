"""The views of one article, its source and its back-translation, and the questions the checks ask
of them: is the name here, is it damaged, where does the back-translation's reading sit in the article.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from functools import lru_cache

import regex

from mt_audit.checks.base import CheckInput
from mt_audit.checks.entities.matching import (
    SKIP,
    Hit,
    SourceName,
    Target,
    analyse,
    generic,
    namelike,
    native_ranges,
    source_name,
    word_matches,
)
from mt_audit.entities import (
    NON_CASED_LANGS,
    Name,
    Token,
    View,
    common_en,
    compact,
    fold,
    is_acronym,
    renders,
    similar,
    view,
)

#: The entities check's categories: :meth:`Audit.damaged` tells a corrupted name from a literal one.
CORRUPTED = "accuracy/entity-corrupted"
LITERAL = "accuracy/entity-literal"
MISMATCH = "accuracy/entity-mismatch"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without surrounding spaces and final stops: a finding covers the words."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?。"):
        end -= 1
    return start, end


# ---------------------------------------------------------------- the audit of one article


class Audit:
    """Views of the source, the article and the back-translation, built once per article."""

    def __init__(self, item: CheckInput) -> None:
        assert item.source is not None
        self.item = item
        self.src_lang = item.source_text_lang
        spans = tuple((s.start, s.end) for s in item.source.sentences)
        self.src, self.known, self.source_names = source_side(item.source.norm.text, self.src_lang, spans)
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
            got = (compact(text), " " + " ".join(words) + " ", "".join(w[0] for w in words if w not in SKIP))
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
        a = analyse(sn, self.article, lo, hi)
        if a.status == "present":
            return True
        if a.status == "damaged":
            return False
        if not self.article.english and native_ranges(sn, self.article, lo, hi):
            return True
        if self.has_bt:
            if self.bt_mentions(sn, sentences):
                return True
            t = self.bt_for(sentences)
            if analyse(sn, t, 0, len(t.view.tokens)).status == "present":
                return True
        return False

    def rendered(self, sn: SourceName, sentences: Sequence[int]) -> bool:
        """Every specific word of the name has a rendering in these article sentences, in any case
        ("Kroatien" for "Croatia", "färöischer" for "Faroese"), alone or in a hyphenated compound
        ("Färöer-Schafs"): translated, so neither dropped nor replaced. Only across languages: a
        rewrite in the source's own language keeps the name itself ("Mexican" does not stand for
        "Mexico"). Acronyms and wholly generic names are settled elsewhere."""
        keys = [k for k in sn.keys if not generic(k)]
        if sn.acronym or not keys or self.item.lang == self.src_lang:
            return False
        lo, hi = self.art_range(sentences)
        toks = self.article.view.tokens[lo:hi]
        words = {w for tok in toks if tok.script == "latin" for w in _HYPHENS.split(tok.text) if w}
        return all(any(renders(k, w) for w in words) for k in keys)

    # -- the kinds of finding

    def damaged(self, sn: SourceName, sentences: Sequence[int]) -> tuple[str, Hit, Target] | None:
        """A corrupted name in the article, or a literal one in the back-translation."""
        lo, hi = self.art_range(sentences)
        a = analyse(sn, self.article, lo, hi)
        if a.status == "damaged":
            return CORRUPTED, a, self.article
        if not self.has_bt:
            return None
        bt = self.bt_for(sentences)
        n = len(bt.view.tokens)
        b = analyse(sn, bt, 0, n)
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
        for i, _, _ in word_matches(sn, self.article, 0, len(self.article.view.tokens)):
            out.add(bisect.bisect_right(starts, i) - 1)
        if self.has_bt:
            bt = self.bt_for(range(len(self.item.sentences)))
            n = len(bt.view.tokens)
            hits = [i for i, _, _ in word_matches(sn, bt, 0, n)]
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
                while a > s0 and v.tokens[a - 1].cap and not v.tokens[a].brk and namelike(v.tokens[a - 1], art):
                    a -= 1
                while b + 1 < s1 and v.tokens[b + 1].cap and not v.tokens[b + 1].brk:
                    b += 1
            return v.tokens[a].start, v.tokens[b].end
        words = s1 - s0
        if words <= 5:
            return trim(self.item.norm.text, sent.start, sent.end)
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
def source_side(
    text: str, lang: str, spans: tuple[tuple[int, int], ...]
) -> tuple[View, frozenset[str], dict[int, list[SourceName]]]:
    """The source's view, the keys of its name words, and its unique names per sentence (one source
    serves many articles, so this is computed once)."""
    src = view(text, lang)
    known = frozenset(t.key for nm in src.names for t in name_tokens(src, nm))
    starts = [s for s, _ in spans]
    out: dict[int, list[SourceName]] = {}
    seen: dict[int, set[str]] = {}
    for nm in src.names:
        k = bisect.bisect_right(starts, nm.start) - 1
        if k < 0:
            continue
        s, e = spans[k]
        sn = source_name(nm, src, k, (nm.start - s) / max(1, e - s))
        if sn is None or sn.joined in seen.setdefault(k, set()):
            continue
        seen[k].add(sn.joined)
        out.setdefault(k, []).append(sn)
    return src, known, out


def name_tokens(v: View, nm: Name) -> list[Token]:
    i = v.index_at(nm.start)
    out = []
    while i < len(v.tokens) and v.tokens[i].end <= nm.end:
        out.append(v.tokens[i])
        i += 1
    return out


_WORDS = regex.compile(r"[^\W_]+")
_HYPHENS = regex.compile(r"[\-‐]")


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
