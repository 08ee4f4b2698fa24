"""A brand made of everyday English words, translated word for word, seen without a back-translation.

"Quiet Harbor Software" written as "Software Puerto Tranquilo" keeps no trace of the name that
letters could find. Multilingual embeddings map a phrase and its translation close, so the phrase
of the target sentence nearest the English name, clearly nearer than any other phrase there, is its
rendering. They map a transliteration ("Куайет Харбор Софтвэр") just as close, and a name with a
conventional translation ("Red Cross") is translated on purpose: the caller rules out a kept name,
and :func:`brand_like` keeps only names neither WordNet nor CLDR knows. Pure functions: the caller
passes the embedding function.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache, lru_cache

import icu
import numpy as np
import regex

from mt_audit import lexicon
from mt_audit.entities import TRANSLATED_HEADS
from mt_audit.entity_forms import conventional
from mt_audit.languages import (
    capitalises_nouns,
    city_names,
    language,
    language_names,
    territory_names,
    to_latin,
)
from mt_audit.lexicon import zipf

#: Every word of a brand made of ordinary words is an everyday English word (Zipf frequency).
MIN_WORD_ZIPF = 3.5
#: Function words ("all", "new", "of") are this frequent (Zipf): a brand of ordinary words has none.
FUNCTION_ZIPF = 6.0
#: A word whose Latin letters match a word of the name this closely (difflib ratio) spells it.
KEPT_RATIO = 0.6
#: The phrase read as the name is at least this near it (e5 cosine; unrelated short phrases sit at
#: 0.80-0.88). With MIN_MARGIN, measured on literal renderings of three invented brands in 16
#: languages (written for the purpose, none from a benchmark): 36/48 found; 0/64 fired on the same
#: sentences without the name.
MIN_COSINE = 0.86
#: ... and leads every phrase not overlapping it by this much (cosine with the name less cosine
#: with the rest of the source sentence: see :func:`nearest`).
MIN_MARGIN = 0.03

#: An embedding function: texts to L2-normalized rows (:meth:`mt_audit.embed.Embedder.encode`).
Embed = Callable[[Sequence[str]], np.ndarray]


@dataclass(frozen=True)
class Reading:
    """The phrase ``[start, end)`` of the text read as the name, its cosine, and its lead over the next."""

    start: int
    end: int
    cosine: float
    margin: float


@lru_cache(maxsize=4096)
def brand_like(words: tuple[str, ...]) -> bool:
    """Two or more everyday English content words naming no place, language or institution, which WordNet
    and CLDR do not list whole or in part.

    A name WordNet lists ("Red Cross", "Milky Way"), one with a CLDR place or language in it ("Polish
    Football Association"), one headed by an institution's word ("World Bank", "Health Ministry") or
    built with function words ("Temple of the Sun") has a conventional translation; a brand of
    ordinary words ("Quiet Harbor Software") is kept as written.
    """
    keys = tuple(w.lower() for w in words)
    if len(keys) < 2 or not all(_everyday(k) for k in keys):
        return False
    if keys[-1] in TRANSLATED_HEADS or keys[-1].rstrip("s") in TRANSLATED_HEADS:
        return False
    n = len(keys)
    return not any(_known_name(keys[i:j]) for i in range(n) for j in range(i + 1, n + 1))


def _everyday(key: str) -> bool:
    """A frequent English content word that WordNet writes in lower case (an ordinary word, not a name)."""
    low = lexicon.lemma_case()[1]
    z = zipf(key, "en")
    return MIN_WORD_ZIPF <= z < FUNCTION_ZIPF and any(lemma.replace(" ", "_") in low for lemma in lexicon.lemmas(key))


def _known_name(keys: tuple[str, ...]) -> bool:
    return conventional(keys) or " ".join(keys) in _english_places()


@cache
def _english_places() -> frozenset[str]:
    """CLDR's English names of countries, regions, languages and cities, lower-cased."""
    names = (*territory_names("en").values(), *language_names("en").values(), *city_names("en"))
    return frozenset(n.lower() for n in names) - {""}


def kept(phrase: str, words: Sequence[str]) -> bool:
    """Every word of ``phrase`` spells a word of the name in letters: the name transliterated ("साउथ"
    for "South"), not translated. A cognate among translated words ("Energia do Vale Verde") is not."""
    keys = [w.lower() for w in words]
    mine = [to_latin(w).lower() for w in phrase.split() if len(w) >= 3]
    return bool(mine) and all(any(SequenceMatcher(None, w, k).ratio() >= KEPT_RATIO for k in keys) for w in mine)


def word_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Words of ``text`` by ICU's word breaks (dictionary-based in Thai, Chinese, Japanese), as spans."""
    bi = icu.BreakIterator.createWordInstance(icu.Locale(lang))
    bi.setText(text)
    out = []
    start = bi.first()
    for end in bi:
        if bi.getRuleStatus() >= icu.UWordBreak.LETTER:  # letters or ideographs, not spaces or digits
            out.append((start, end))
        start = end
    return out


def phrases(text: str, lang: str, longest: int) -> list[tuple[int, int]]:
    """Every run of one to ``longest`` consecutive words of ``text`` within one clause, as spans."""
    words = word_spans(text, lang)
    out = []
    for i, (s, _) in enumerate(words):
        for j in range(i, min(len(words), i + longest)):
            if j > i and any(c in _CLAUSE for c in text[words[j - 1][1] : words[j][0]]):
                break
            out.append((s, words[j][1]))
    return out


_CLAUSE = frozenset('.,;:!?()[]"“”«»„、。，；：！？،؛؟')


def nearest(
    name_vec: np.ndarray,
    context_vec: np.ndarray,
    vecs: np.ndarray,
    spans: Sequence[tuple[int, int]],
    eligible: Sequence[bool] | None = None,
) -> Reading | None:
    """The span that means the name more than the rest of the source sentence does, by the widest lead.

    A span's score is its cosine with the name less its cosine with the source sentence without the
    name: "solar farm" is near "Green Valley Energy" but nearer the sentence that speaks of a solar
    farm. Only ``eligible`` spans may be chosen (all by default); the lead is over the best span of
    any kind not overlapping it.
    """
    if not len(spans) or (eligible is not None and not any(eligible)):
        return None
    cos = vecs @ name_vec
    score = cos - vecs @ context_vec
    best = int(np.argmax(np.where(eligible, score, -np.inf) if eligible is not None else score))
    s, e = spans[best]
    others = [float(c) for (a, b), c in zip(spans, score) if b <= s or a >= e]
    return Reading(s, e, float(cos[best]), float(score[best]) - max(others, default=-1.0))


def literal_reading(
    name: str, words: Sequence[str], context: str, text: str, lang: str, embed: Embed
) -> Reading | None:
    """Where ``text`` renders the brand ``name`` as ordinary words, when one phrase clearly means it.

    ``context`` is the source sentence without the name. The caller has ruled out a kept name
    (copied, transliterated, in a local form): the embedding reads a transliteration as close as a
    translation.
    """
    if not brand_like(tuple(words)):
        return None
    spans = phrases(text, lang, len(words) + 1)
    # In a cased script a translated name keeps its capitals; a lower-case phrase is a plain rewording.
    shaped = [name_cased(text, s, e, capitalises_nouns(lang)) for s, e in spans] if language(lang).cased else None
    if not spans or (shaped is not None and not any(shaped)):
        return None
    vecs = embed([name, " ".join(context.split()), *(text[s:e] for s, e in spans)])
    r = nearest(vecs[0], vecs[1], vecs[2:], spans, shaped)
    if r is None or r.cosine < MIN_COSINE or r.margin < MIN_MARGIN or kept(text[r.start : r.end], words):
        return None
    return r


def name_cased(text: str, start: int, end: int, nouns: bool = False) -> bool:
    """``text[start:end]`` opens and ends with capitalised words, one of them not the text's first word
    (which any sentence capitalises): a name's shape ("Energia do Vale Verde"). Where every noun has
    a capital (``nouns``), one capitalised word is no name: two are needed ("Grünes Tal")."""
    words = [w for w in _WORD.finditer(text, start, end)]
    if not words or not (words[0].group()[0].isupper() and words[-1].group()[0].isupper()):
        return False
    opener = _WORD.search(text)
    caps = [w for w in words if w.group()[0].isupper() and not (opener and w.start() == opener.start())]
    return len(caps) >= (2 if nouns else 1)


_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’-]*")
