"""WordNet's places: which English names are locations, waters and landforms, their plurals, their short names,
their sibling places and the class words that name kinds of places.

Split from :mod:`mt_audit.lexicon` (frequencies and WordNet's words); WordNet's files are read by
:mod:`mt_audit.wordnet_reader`.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from mt_audit.lexicon import (
    has_frequencies,
    hypernyms,
    lemma_case,
    lemmas,
    noun_senses,
    noun_synset_words,
    parts_of_speech,
    zipf,
)
from mt_audit.wordnet_reader import lemma_index, synset_records, synsets


@lru_cache(maxsize=20_000)
def place_instance(word: str) -> bool:
    """The word's first noun sense is an instance (a proper noun: "Kenya", "Madagascar") of a location or
    of a lifeless physical object (an island, a lake), not of a person ("Keats", the poet) nor of a
    kind: a place, which translations keep, respell or give their own name, never paraphrase."""
    senses = noun_senses(word)
    if not senses:
        return False
    nouns = synsets("n")
    kinds = [o for p, o in nouns.get(senses[0], ((), ()))[1] if p == "n"]
    if not kinds or any(p == "^n" for p, _ in nouns[senses[0]][1]):
        return False  # no instance link, or a kind of something
    above = frozenset().union(*(hypernyms(o) for o in kinds))
    roots = {w: noun_senses(w)[:1] for w in ("location", "object", "organism")}
    if any(o in above for o in roots["location"]):
        return True
    return any(o in above for o in roots["object"]) and not any(o in above for o in roots["organism"])


@lru_cache(maxsize=20_000)
def geographic(name: str) -> bool:
    """The name's first noun sense is an instance of a place, a water or a landform ("Australia", "Baltic Sea",
    "Danube", "Alps"): a name a language may call by its own word ("호주", "Ostsee", "Dunaj"), where
    :func:`place_instance` leaves out seas and rivers, which WordNet files under things rather than locations."""
    key = "_".join(name.lower().split())
    senses = noun_senses(key)
    if not senses:
        return False
    pointers = synsets("n").get(senses[0], ((), ()))[1]
    kinds = [o for p, o in pointers if p == "n"]
    if not kinds or any(p == "^n" for p, _ in pointers):
        return False  # no instance link, or a kind of something
    if place_instance(key):
        return True
    above = frozenset().union(*(hypernyms(o) for o in kinds))
    return bool(above & _geographic_roots())


@cache
def _geographic_roots() -> frozenset[int]:
    """The first senses of "body of water" and "geological formation"."""
    return frozenset(o for w in ("body_of_water", "geological_formation") for o in noun_senses(w)[:1])


@lru_cache(maxsize=20_000)
def plural_place(word: str) -> bool:
    """The word ends in "s" and its first noun sense is a place (:func:`place_instance`) of a kind WordNet
    names as a group of things ("range of mountains", "chain of mountains"): a plural name ("Andes",
    "Alps"), whose English plural ending other languages replace by their own or drop ("Anden", "Анды",
    "آند")."""
    if not word.endswith("s") or not place_instance(word):
        return False
    nouns = synsets("n")
    kinds = [o for p, o in nouns.get(noun_senses(word)[0], ((), ()))[1] if p == "n"]
    names = [n for k in kinds for n in noun_synset_words(k)]
    return any(_plural(m.group(1)) for n in names if (m := _GROUP_OF.search(n)))


#: A kind named as a group of things: "range of mountains".
_GROUP_OF = re.compile(r"\bof (\w+)$")


def _plural(word: str) -> bool:
    """WordNet reads the word as the plural of a noun it lists ("mountains" of "mountain")."""
    return any(b != word and word.startswith(b) and "n" in parts_of_speech(b) for b in lemmas(word))


#: Country names of a language read to tell whether it adds "s" to names, and how many of them must.
S_NAMES, S_NAMES_WRITTEN = 12, 8
#: Zipf frequency at which a country's name with "s" added is a form the language writes.
S_NAME_ZIPF = 2.5


@cache
def names_take_s(lang: str) -> bool:
    """The language adds a bare "s" to names (a genitive: Danish "Danmarks", German "Berlins"), as its
    word counts show for most of its most frequent one-word CLDR country names. There, "Rails" of "Rail"
    is the name's own form; elsewhere an English "s" on a name's word is a change of the name."""
    from mt_audit.languages import territory_names

    if not has_frequencies(lang):
        return False
    words = {n.lower() for n in territory_names(lang).values() if n.isalpha()}
    top = sorted(words, key=lambda n: (-zipf(n, lang), n))[:S_NAMES]
    return sum(zipf(n + "s", lang) >= S_NAME_ZIPF for n in top) >= S_NAMES_WRITTEN


@lru_cache(maxsize=20_000)
def sole_name(word: str) -> bool:
    """Every name WordNet gives the word's first noun sense holds the word ("Pakistan", "Islamic Republic of
    Pakistan"): the place goes by no other name a translation could choose ("Britain" is also "United Kingdom",
    "UK": "Großbritannien", "Royaume-Uni")."""
    senses = noun_senses(word)
    if not senses:
        return False
    names = synsets("n").get(senses[0], ((), ()))[0]
    return all(word.lower() in n.lower().replace("_", " ").split() for n in names)


def proper_noun_senses(word: str) -> tuple[int, ...]:
    """:func:`noun_senses` whose synset writes the word capitalised: a name's ("Geneva" the city, where the first
    sense of "geneva" is a gin)."""
    nouns = synsets("n")
    key = word.lower()
    return tuple(
        o for o in noun_senses(word) if any(w.lower() == key and w[:1].isupper() for w in nouns.get(o, ((), ()))[0])
    )


@lru_cache(maxsize=20_000)
def named_place(word: str) -> bool:
    """The name's first sense written capitalised (:func:`proper_noun_senses`) is an instance of a location, and
    WordNet gives that place no other name of several capitalised words ("United Kingdom", "Great Britain",
    "Eternal City"): its other names are its own spellings in other languages ("Genf", "Firenze", "Lappland") or
    descriptions ("capital of Finland"). A language names such a place by one word, kept, respelt or its own, which
    a check finds as a capitalised word where the language has capitals; a name of several words a translation may
    render word by word ("Großbritannien")."""
    senses = proper_noun_senses(word)
    if not senses:
        return False
    location = noun_senses("location")[:1]
    nouns = synsets("n")
    names, links = nouns.get(senses[0], ((), ()))
    kinds = [o for p, o in links if p == "n"]
    if not kinds or any(p == "^n" for p, _ in links) or not any(o in hypernyms(k) for k in kinds for o in location):
        return False  # no instance of a location: a kind, a person, a work
    return all(" " not in n or any(w[:1].islower() for w in n.split()) for n in names)


@lru_cache(maxsize=20_000)
def place_name(word: str) -> bool:
    """The word is nothing but a noun, and its first noun sense an instance of a location ("Berlin", "Kenya"):
    the name of a place, which a translation keeps or gives its own exonym ("Berlino", "Berlijn"). A sun or
    a lake named by :func:`place_instance` is an object, and a word that is also an adjective or a verb
    ("nice", "reading") is an ordinary word first."""
    if parts_of_speech(word) != {"n"} or not place_instance(word):
        return False
    location = noun_senses("location")[:1]
    nouns = synsets("n")
    kinds = [o for p, o in nouns.get(noun_senses(word)[0], ((), ()))[1] if p == "n"]
    return any(o in hypernyms(k) for k in kinds for o in location)


@cache
def _parts_and_kinds() -> dict[int, tuple[tuple[int, ...], tuple[int, ...]]]:
    """Noun synset → (the synsets it is a part of or has as parts: WordNet's ``#p`` and ``%p`` pointers, the
    kinds it is an instance of: its ``@i``), for the synsets that have both."""
    out: dict[int, tuple[tuple[int, ...], tuple[int, ...]]] = {}
    for offset, _, pointers in synset_records("n"):
        whole = tuple(o for sym, o, p in pointers if sym in ("#p", "%p") and p == "n")
        kinds = tuple(o for sym, o, p in pointers if sym == "@i" and p == "n")
        if whole and kinds:
            out[offset] = (whole, kinds)
    return out


def _sibling_kinds(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    """Two lists of kinds share one, or a kind directly above theirs ("archipelago" and "island": both land)."""
    if set(a) & set(b):
        return True
    nouns = synsets("n")
    above = [{o for p, o in nouns.get(k, ((), ()))[1] if p == "^n"} for k in (*a, *b)]
    return bool(set().union(*above[: len(a)]) & set().union(*above[len(a) :]))


@lru_cache(maxsize=20_000)
def sibling_places(name: str) -> tuple[str, ...]:
    """Names, lower-cased, of the places WordNet makes a direct part or the whole of the place the capitalised
    ``name`` names (its first sense as a name), where both are the same kind of place or kinds of one thing
    ("Spitsbergen", an island of the archipelago "Svalbard"): languages call a place by its main part or the
    whole it belongs to ("Spitzbergen" in German and Dutch), while a capital or a landmark is another kind
    ("N'Djamena" of "Chad") and renders no name of the place."""
    if not place_instance(name):
        return ()
    nouns, links = synsets("n"), _parts_and_kinds()
    key = name.lower().replace(" ", "_")
    for pos, offset in lemma_index().get(key, ()):
        words = nouns.get(offset, ((), ()))[0] if pos == "n" else ()
        if not any(w.lower().replace(" ", "_") == key and w[:1].isupper() for w in words):
            continue
        own = links.get(offset, ((), ()))
        near = [o for o in own[0] if o in links and _sibling_kinds(own[1], links[o][1])]
        return tuple(w.lower() for o in near for w in nouns[o][0] if w[:1].isupper())
    return ()


@lru_cache(maxsize=20_000)
def short_names(name: str) -> tuple[str, ...]:
    """The words of a multi-word name WordNet lists whole that its synset also lists alone, a name only
    ever capitalised ("everest" of "Mount Everest", whose synset is "Everest, Mount Everest, Mt. Everest"):
    the name proper, which translations keep while they render the rest ("Эверест", "Everestului")."""
    words = name.lower().split()
    own = lemma_index().get("_".join(words), ()) if len(words) > 1 else ()
    names = {w.lower() for p, o in own if p == "n" for w in synsets("n").get(o, ((), ()))[0] if " " not in w}
    only_capital = lemma_case()[0]
    return tuple(w for w in words if w in names and w in only_capital)


@lru_cache(maxsize=20_000)
def place_class(word: str) -> bool:
    """The word's first noun sense is a kind of place, landform or water ("delta", "valley", "fjord", "city"):
    the class word of a place's name ("Mekong Delta"), which a language says in its own words beside its own
    name for the place."""
    senses = noun_senses(word)
    if not senses or not any(p == "^n" for p, _ in synsets("n").get(senses[0], ((), ()))[1]):
        return False
    roots = {o for w in ("location", "geological_formation", "body_of_water") for o in noun_senses(w)[:1]}
    return bool(hypernyms(senses[0]) & roots)
