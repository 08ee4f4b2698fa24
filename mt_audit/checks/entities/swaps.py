"""What the words standing where a name's words were amount to: the same words said another way,
a damage (misspelt, truncated, a synonym or an English head swapped in, a rewrite), or another name.

:func:`~mt_audit.checks.entities.matching.analyse` places the slot; these questions, which compare
word lists through WordNet and word frequencies, tell what fills it.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from mt_audit import lexicon
from mt_audit.checks.entities.words import english_respelt, generic
from mt_audit.entities import CONNECTORS, TITLES, TRANSLATED_HEADS, common_en, lexical, relation, similarity
from mt_audit.languages import inflects_names
from mt_audit.lexicon import zipf


def _swap_kind(s_keys: Sequence[str], t_keys: Sequence[str], lang: str) -> str:
    """What the target words ``t_keys`` standing where the name's words ``s_keys`` were amount to.

    "equivalent" (the same words said or spelt another way), a DAMAGE kind
    ("misspelt", "truncated", "synonym", "rewrite": ordinary words swapped for
    ordinary words), or "other" (another name).
    """
    s_keys = [k for k in s_keys if k not in CONNECTORS] or list(s_keys)
    t_keys = [k for k in t_keys if k not in CONNECTORS] or list(t_keys)
    if all(generic(k) for k in s_keys):
        if _head_swapped(s_keys, t_keys, lang):
            return "synonym"  # "Fast Corporation" for "Fast Company": an English head swapped, not translated
        if _connector_swapped(s_keys, t_keys, lang):
            return "synonym"  # "Elevation Pais" for "El Pais"
        return "equivalent"  # a title, a generic head ("River", "Stadium") or a demonym, said another way
    initials = "".join(k[0] for k in s_keys)
    if len(t_keys) == 1 and len(initials) >= 2 and t_keys[0] == initials:
        return "equivalent"  # "U.S. Geological Survey" for "United States Geological Survey"
    respelt = english_respelt(s_keys, t_keys, lang)
    if similarity("".join(s_keys), "".join(t_keys)) >= 0.75 and not respelt:
        return "equivalent"  # another spelling of the same words: "Middle East" for "Mideast", "Luis" for "Louis"
    if len(s_keys) == len(t_keys) == 1 and s_keys[0][:1] == t_keys[0][:1] and not respelt:
        rare = max(zipf(s_keys[0], "en"), zipf(t_keys[0], "en")) < 3.0
        if similarity(s_keys[0], t_keys[0]) >= (0.6 if rare else 0.7):
            return "equivalent"  # two romanisations of one name: "Dauden" / "Dowden", "Volodymyr" / "Vladimir"
    if len(s_keys) == len(t_keys) == 1 and relation(s_keys[0], t_keys[0], lang) == "same" and not respelt:
        return "equivalent"
    for s in s_keys:
        for k in t_keys:
            rel = relation(s, k, lang)
            if rel in ("misspelt", "truncated"):
                return rel
    for s in s_keys:
        for k in (_english_stem(k, lang) for k in t_keys):
            if s.isalpha() and k.isalpha() and s.isascii() and k.isascii() and lexicon.available():
                if lexicon.are_related(s, k):
                    return "synonym"
    if all(common_en(s) for s in s_keys) and all(common_en(k) for k in t_keys):
        return "rewrite"
    return "other"


def _english_stem(key: str, lang: str) -> str:
    """An English word with the language's case ending glued on ("Technologyin" in Finnish): the
    English word, which a spinner put there; else ``key`` itself."""
    if lang == "en" or not inflects_names(lang) or lexical(key):
        return key
    for n in range(1, 5):
        stem = key[:-n]
        if len(stem) >= 4 and lexical(stem) and zipf(stem, "en") >= 3.0 and zipf(stem, "en") > zipf(stem, lang):
            return stem
    return key


def _head_swapped(s_keys: Sequence[str], t_keys: Sequence[str], lang: str) -> bool:
    """A name's head word ("Company") replaced by another English word close to it in WordNet.

    In another language the head is translated or kept, never swapped for an
    English word of its WordNet neighbourhood (two links away at most:
    "College" for "University"); in English only a strict synonym counts (a paraphrase may
    say "Ministry" for "Department" without damage).
    """
    heads = [k for k in s_keys if k in TRANSLATED_HEADS and k not in TITLES]
    t_keys = [_english_stem(k, lang) for k in t_keys]  # "Reckona": the swap with a case ending glued on
    if not heads or not lexicon.available() or any(k in s_keys for k in t_keys):
        return False
    english = [k for k in t_keys if k.isascii() and k.isalpha() and lexical(k) and zipf(k, "en") > zipf(k, lang)]
    if lang == "en":
        return any(lexicon.are_synonyms(h, k) for h in heads for k in english)
    return any(k in _two_links(h) or h in _two_links(k) for h in heads for k in english)


def _connector_swapped(s_keys: Sequence[str], t_keys: Sequence[str], lang: str) -> bool:
    """A name's capitalised function word ("El", "La") replaced by an English content word that
    WordNet links to it ("Elevation", "Louisiana"): a spinner read it as a word; a translation keeps
    it or uses its own language's article."""
    if lang == "en" or not lexicon.available() or not all(k in CONNECTORS for k in s_keys):
        return False
    english = [
        k
        for k in t_keys
        if k not in CONNECTORS and k.isascii() and k.isalpha() and lexical(k) and zipf(k, "en") > zipf(k, lang)
    ]
    return any(lexicon.are_related(s, k) for s in s_keys for k in english)


@lru_cache(maxsize=4096)
def _two_links(word: str) -> frozenset[str]:
    """WordNet lemmas at most two similar-to, also-see, hypernym or hyponym links from ``word``."""
    near = lexicon.related(word)
    return frozenset(near.union(*(lexicon.related(x) for x in near)))
