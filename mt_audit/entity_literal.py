"""A brand made of everyday English words, translated word for word, seen without a back-translation.

"Quiet Harbor Software" written as "Software Puerto Tranquilo" keeps no trace of the name that
letters could find. Multilingual embeddings map a phrase and its translation close, so the phrase
of the target sentence that means the English name more than it means anything else of the source
sentence, and whose removal leaves a sentence nearer the rest of the source, is its rendering
(:func:`slot_scores`). They map a transliteration ("Куайет Харбор Софтвэр") just as close, and a
name with a conventional translation ("Red Cross") is translated on purpose: the caller rules out a
kept name, :func:`brand_like` keeps only names neither WordNet nor CLDR knows, and a reading in
quotation marks is a title of a work, translated by convention. Pure functions: the caller passes
the embedding function.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache, lru_cache

import icu
import numpy as np
import regex

from mt_audit import lexicon, wordnet_places, wordnet_reader
from mt_audit.entities import TRANSLATED_HEADS, fold, lexical
from mt_audit.entity_alignment import aligned_cluster, word_alignment
from mt_audit.entity_forms import conventional, loose_skeleton, skeletons_match
from mt_audit.identify import word_confidence
from mt_audit.languages import (
    capitalises_nouns,
    city_names,
    language,
    language_names,
    territory_names,
    to_latin,
)
from mt_audit.lexicon import has_frequencies, zipf

#: Every word of a brand made of ordinary words is an everyday English word (Zipf frequency).
MIN_WORD_ZIPF = 3.5
#: Function words ("all", "new", "of") are this frequent (Zipf): a brand of ordinary words has none.
FUNCTION_ZIPF = 6.0
#: A word whose Latin letters match a word of the name this closely (difflib ratio) spells it.
KEPT_RATIO = 0.6
#: The phrase read as the name is at least this near it (e5 cosine; unrelated short phrases sit at
#: 0.80-0.88, literal renderings at 0.84-0.95).
MIN_COSINE = 0.84
#: ... and its score (:func:`slot_scores`) leads every phrase not overlapping it by this much. With
#: MIN_COSINE, a positive claim (:func:`slot_scores`) and two words in an uncased script, derived on
#: the tune split of the planted benchmark: every literal rendering there read, and none of the same
#: sentences with the rendering cut out.
MIN_MARGIN = 0.015
#: A phrase read as the name by its claim alone (:func:`own_reading`) is nearer the name than any source phrase by
#: this much (e5 cosine) ...
OWN_CLAIM = 0.02
#: ... and nearer it, so, than any phrase not overlapping it by this much.
OWN_LEAD = 0.03
#: Source phrases of up to this many words may claim a target phrase as their own translation.
SOURCE_GRAM = 3
#: Phrases of the target cut out to see whether they fill the name's slot (see :func:`shortlist`).
SHORTLIST = 12

#: An embedding function: texts to L2-normalized rows (:meth:`mt_audit.embed.Embedder.encode`).
Embed = Callable[[Sequence[str]], np.ndarray]


@dataclass(frozen=True)
class Reading:
    """The phrase ``[start, end)`` of the text read as the name, its cosine with the name, its lead over
    the next phrase, and how much nearer the name it is than any source phrase (see :func:`slot_scores`)."""

    start: int
    end: int
    cosine: float
    margin: float
    own: float = 1.0


@lru_cache(maxsize=4096)
def brand_like(words: tuple[str, ...]) -> bool:
    """Two or more everyday English content words naming no place, language or institution, which WordNet
    and CLDR do not list whole or in part.

    A name WordNet lists ("Red Cross", "Milky Way"), one with a CLDR place or language in it ("Polish
    Football Association"), one headed by an institution's word ("World Bank", "Health Ministry") or
    built with function words ("Temple of the Sun") has a conventional translation; a brand of
    ordinary words ("Quiet Harbor Software") is kept as written, and so is an institution named by a
    picture ("Golden Meadow Union", :func:`pictured`).
    """
    keys = tuple(w.lower() for w in words)
    if len(keys) < 2 or not all(_everyday(k) for k in keys):
        return False
    if keys[-1] in TRANSLATED_HEADS or keys[-1].rstrip("s") in TRANSLATED_HEADS:
        picture = len(keys) >= 3 and (pictured(keys[-3], keys[-2]) or painted(keys[-3], keys[-2], keys[-1]))
        if not picture or _known_name(keys[-2:]):
            return False  # "Central Election Commission": its words say what it does, and are translated
    n = len(keys)
    parts = (keys[i:j] for i in range(n) for j in range(i + 1, n + 1) if j - i < n)
    return not _known_name(keys) and not any(_known_part(p) for p in parts)


def pictured(qualifier: str, key: str) -> bool:
    """Before an institution's head word, a picture ("Golden Meadow", "Quiet River", "Silver Valley"): a thing
    of nature or a landscape (:func:`concrete`) qualified by a descriptive adjective or by another such
    thing ("Sun Valley"). Words that say what the institution does are translated ("Central Election
    Commission", "Road Safety Agency"), and so is a subject qualified by a scope the institution covers
    ("National Bird Council": "national" relates to a nation, it does not describe birds)."""
    if not concrete(key):
        return False
    if "a" in lexicon.parts_of_speech(qualifier):
        return not lexicon.relational_adjective(qualifier)
    return concrete(qualifier)


@lru_cache(maxsize=4096)
def painted(qualifier: str, key: str, head: str) -> bool:
    """Before the head of a body no state sets up (a foundation, a company, not an agency or a commission), a
    descriptive adjective qualifying a physical thing, a substance too ("Clear Water Foundation"): a picture
    a charity or a firm chose, kept as its brand. A state's body named so says what it does ("Clean Water
    Agency"), and a subject of the mind ("Free Software", "Human Rights") says what a body works for."""
    if "a" not in lexicon.parts_of_speech(qualifier) or lexicon.relational_adjective(qualifier):
        return False
    if not lexicon.mostly_noun(key) or _administrative(head) or _administrative(head.rstrip("s")):
        return False
    senses = lexicon.noun_senses(key)
    return bool(senses) and _thing(senses[0])


def picture_name(keys: Sequence[str]) -> bool:
    """A name whose words before its head draw a picture (:func:`pictured`, :func:`painted`) or name a physical
    thing ("Iron Gate Marine", "Silver Bridge Works"): a brand a firm or a charity chose. A name whose words say
    what a body does ("Free Trade Experimental Zone") has a conventional translation instead."""
    if len(keys) < 2:
        return False
    first, second, head = keys[0], keys[1], keys[-1]
    return pictured(first, second) or painted(first, second, head) or any(_physical(k) for k in keys[:-1])


def _physical(key: str) -> bool:
    """One of the English noun's most frequent senses (:data:`KIND_SENSES`) is a physical thing, not a person
    (WordNet: "gate", "water", "whale", whose first sense is a giant of a person; not "pilot", both of whose
    first senses are people, which a pilot scheme borrows)."""
    return any(_thing(o) for o in lexicon.noun_senses(key)[:KIND_SENSES])


def _thing(sense: int) -> bool:
    """A WordNet noun sense under a physical thing and not under a person."""
    physical, _, people = _bodies()
    above = lexicon.hypernyms(sense)
    return bool(above & physical) and not above & people


def _administrative(head: str) -> bool:
    """The head's most frequent noun sense is an administrative unit (an agency, a commission, a board)."""
    _, units, _ = _bodies()
    senses = lexicon.noun_senses(head)
    return bool(senses) and bool(lexicon.hypernyms(senses[0]) & units)


@cache
def _bodies() -> tuple[frozenset[int], frozenset[int], frozenset[int]]:
    """WordNet's physical entities, its administrative units, and people."""

    def first(word: str) -> frozenset[int]:
        return frozenset(lexicon.noun_senses(word)[:1])

    return first("physical_entity"), first("administrative_unit"), first("person")


@lru_cache(maxsize=4096)
def concrete(key: str) -> bool:
    """The English noun is first of all something one can see in a landscape: some WordNet sense of it is a
    thing of nature, a piece of land or a point of it ("star", "river", "meadow", "eagle", "peak"), and its most
    frequent sense is neither a substance ("water") nor a person ("worker", though a worker is also an insect)."""
    nature, substance, people = _kinds()
    senses = [lexicon.hypernyms(o) for o in lexicon.noun_senses(key)]
    if not senses or senses[0] & (substance | people):
        return False
    return any(above & nature and not above & people for above in senses)


@cache
def _kinds() -> tuple[frozenset[int], frozenset[int], frozenset[int]]:
    """WordNet's things of nature (natural objects, geological formations, bodies of water, organisms), pieces
    of land (geographical areas, land) and points of it (a peak, a summit, a crossing: topographic points),
    its substances and matter, and people."""
    senses = wordnet_reader.first_noun_senses
    matter = frozenset(o for p, o in wordnet_reader.lemma_index().get("matter", ()) if p == "n")
    return (
        senses("natural_object", "geological_formation", "body_of_water", "organism")
        | senses("geographical_area", "dry_land", "topographic_point"),
        senses("substance") | matter,
        senses("person"),
    )


def _everyday(key: str) -> bool:
    """A frequent English noun or adjective that WordNet writes in lower case (an ordinary word, not a
    name). A name is a noun phrase: an adverb ("Extremely Drug Resistant ...") marks a described term."""
    low = lexicon.lemma_case()[1]
    z = zipf(key, "en")
    if not (MIN_WORD_ZIPF <= z < FUNCTION_ZIPF and lexicon.parts_of_speech(key) & {"n", "a"}):
        return False
    return any(lemma.replace(" ", "_") in low for lemma in lexicon.lemmas(key))


def _known_name(keys: tuple[str, ...]) -> bool:
    return conventional(keys) or " ".join(keys) in _english_places()


def _known_part(keys: tuple[str, ...]) -> bool:
    """Part of a name that is a name itself: a CLDR place or language, or a WordNet name written with a
    capital ("Red Cross" in "Red Cross Clinic"). A common compound ("red fox" in "Red Fox Running") is no
    name: a brand borrows it as it borrows any ordinary words."""
    if len(keys) == 1 and wordnet_places.place_name(keys[0]):
        return True  # "Berlin" in "Berlin Marathon": the place keeps its own name or takes an exonym
    return "_".join(keys) in lexicon.proper_compounds() or " ".join(keys) in _english_places()


@cache
def _english_places() -> frozenset[str]:
    """CLDR's English names of countries, regions, languages and cities, lower-cased."""
    names = (*territory_names("en").values(), *language_names("en").values(), *city_names("en"))
    return frozenset(n.lower() for n in names) - {""}


def kept(phrase: str, words: Sequence[str]) -> bool:
    """Most words of ``phrase`` write words of the name: in Latin letters the name's word itself,
    perhaps with an ending ("Valleyn"); in another script its sound ("साउथ" for "South", "그린 밸리
    에너지는"). Cognates in Latin letters are translations ("Groene Vallei"), and a head word
    transliterated after translated words ("푸른 강 엔지니어링") does not keep the name. Only words
    that keep the name's order count: a loanword head moved first with a cognate ("Bank Star
    Northern" read back) is the name translated word by word, not transliterated."""
    keys = [w.lower() for w in words]
    if sounded(phrase, keys):
        return True
    mine = [(w, to_latin(w).lower()) for w in _words(phrase)]
    mine = [(w, lat) for w, lat in mine if len(_LETTER.findall(lat)) >= 3]
    return bool(mine) and 2 * _in_order([_written(w, lat, keys) for w, lat in mine]) > len(mine)


def _words(phrase: str) -> list[str]:
    """The phrase's words: its stretches between spaces, those of a script that writes no spaces between words
    ("สตูดิโอเหยี่ยวแดง") cut by ICU's word breaks. A transliterated head glued to translated words keeps
    no more of the name than a spaced one does."""
    out = []
    for piece in phrase.split():
        cut = [piece[s:e] for s, e in word_spans(piece, "und")] if not _LATIN.fullmatch(piece) else []
        out += cut or [piece]
    return out


def sounded(phrase: str, keys: Sequence[str]) -> bool:
    """A phrase in another script than Latin sounds the whole name, perhaps with a case ending or a particle
    after it: its consonants open with the name's ("아나 코스타는", "安娜·科斯塔" for "Ana Costa"). A person's
    name is transliterated however its words read in English, and a script without spaces between a
    name's words ("アナ・コスタ") hides where one word ends; a translation's words sound like none of them."""
    if _LATIN.fullmatch(phrase.replace(" ", "")):
        return False
    heard = loose_skeleton(" ".join(keys))
    sound = loose_skeleton(phrase)
    return len(heard) >= MIN_SOUNDED and (sound.startswith(heard) or skeletons_match(sound, heard))


#: Consonants a whole name needs before its sound alone may show it kept (see :func:`sounded`).
MIN_SOUNDED = 3


def name_kept(keys: Sequence[str], seen: Collection[str], lang: str) -> bool:
    """Whether the name's words that the article writes in Latin letters (``seen``: lower-case keys) keep
    the name: most of its words, or one word that is no everyday word of the language. A word of the name
    that the language also uses, spelt the same ("Horizon" in "Heldere Horizon Energie" for "Bright Horizon
    Power", "Global" in "Informes de Salud Global"), is a cognate in a translation, not the name kept.
    Where the language has no word frequencies, any word written keeps the name."""
    got = [k for k in keys if k in seen]
    if not got:
        return False
    if 2 * len(got) > len(keys) or not has_frequencies(lang):
        return True
    return not all(zipf(k, lang) >= COGNATE_MIN_ZIPF for k in got)


#: A name word the language writes as often as this (Zipf) is an everyday word of it too (see :func:`name_kept`).
COGNATE_MIN_ZIPF = 3.0


def _in_order(written: Sequence[frozenset[int]]) -> int:
    """How many words, in the phrase's order, write words of the name in the name's order (a longest chain)."""
    best: dict[int, int] = {}  # key index -> longest chain ending on it
    for indices in written:
        step = {k: 1 + max((n for j, n in best.items() if j < k), default=0) for k in indices}
        for k, n in step.items():
            best[k] = max(best.get(k, 0), n)
    return max(best.values(), default=0)


def _written(word: str, latin: str, keys: Sequence[str]) -> frozenset[int]:
    """Indices of the name's words that ``word`` writes."""
    return frozenset(i for i, k in enumerate(keys) if _writes(word, latin, k))


def _writes(word: str, latin: str, key: str) -> bool:
    """A Latin word writes the key with an ending at most; a word of another script writes its letters
    closely from the same first letter (or with the same consonants), or its consonants
    (:func:`skeletons_match`). A skeleton one consonant off must also open as the key does, with a
    vowel or a consonant: "Окраина" ("kln") is no "garden" ("kltn")."""
    if _LATIN.fullmatch(word):
        return latin.startswith(key) or (
            len(key) >= MIN_INFLECTED and key[-1] in _VOWELS and latin.startswith(key[:-1])
        )
    sound, heard = loose_skeleton(word), loose_skeleton(key)
    alike = SequenceMatcher(None, latin[: len(key) + 2], key).ratio() >= KEPT_RATIO  # an ending may follow
    if alike and (fold(latin)[:1] == key[:1] or sound == heard):
        return True  # a transliteration keeps the first sound: "uttara" (north) shares letters, not "star"'s
    if not skeletons_match(sound, heard):
        return False
    return sound == heard or _opens_with_vowel(latin) == _opens_with_vowel(key)


#: A name's word ending in a vowel, at least this long, may change that vowel for a case or a feminine ending
#: ("Costa" as "Costová", "Costy"): the stem before it is kept.
MIN_INFLECTED = 5
_VOWELS = frozenset("aeiou")


def _opens_with_vowel(latin: str) -> bool:
    first = fold(latin)[:1]
    return bool(first) and first in "aeiou"


_LETTER = regex.compile(r"\p{L}")
_LATIN = regex.compile(r"[\p{Latin}\p{M}'’-]+")


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
    return [(s, e) for s, e, _ in runs(text, lang, longest)]


def runs(text: str, lang: str, longest: int) -> list[tuple[int, int, int]]:
    """Every run of one to ``longest`` consecutive words within one clause: (start, end, words)."""
    words = word_spans(text, lang)
    out = []
    for i, (s, _) in enumerate(words):
        for j in range(i, min(len(words), i + longest)):
            if j > i and any(c in _CLAUSE for c in text[words[j - 1][1] : words[j][0]]):
                break
            out.append((s, words[j][1], j - i + 1))
    return out


_CLAUSE = frozenset('.,;:!?()[]"“”«»„、。，；：！？،؛؟')


def slot_scores(
    name_vec: np.ndarray, context_vec: np.ndarray, vecs: np.ndarray, grams: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Per phrase of the target: its cosine with the name, and how much nearer the name it is than
    any phrase of the source without the name (``grams``: what else it may translate). "solar farm"
    is near "Green Valley Energy", but nearer the source's "solar farm"."""
    cos = vecs @ name_vec
    claim = (vecs @ grams.T).max(axis=1) if len(grams) else vecs @ context_vec
    return cos, cos - claim


def slot_gains(context_vec: np.ndarray, text_vec: np.ndarray, rests: np.ndarray) -> np.ndarray:
    """How much nearer the source without the name the target comes once a phrase is cut out
    (``rests``): the phrase fills the name's slot; cut anything else and the target lacks what the
    source says."""
    return rests @ context_vec - float(text_vec @ context_vec)


def shortlist(own: np.ndarray, eligible: Sequence[bool], size: int = SHORTLIST) -> list[int]:
    """The phrases worth cutting out (each cut is a sentence to embed): the ``size`` nearest the name
    by :func:`slot_scores`, and as many among those eligible."""
    mine = np.where(eligible, own, -np.inf)
    picked = {int(i) for i in np.argsort(-own)[:size]} | {int(i) for i in np.argsort(-mine)[:size] if eligible[i]}
    return sorted(picked)


def nearest(
    cos: np.ndarray, own: np.ndarray, score: np.ndarray, spans: Sequence[tuple[int, int]],
    eligible: Sequence[bool] | None = None,
) -> Reading | None:  # fmt: skip
    """The eligible span (all by default) of the highest score, with its lead over the best span of
    any kind not overlapping it."""
    if not len(spans) or (eligible is not None and not any(eligible)):
        return None
    best = int(np.argmax(np.where(eligible, score, -np.inf) if eligible is not None else score))
    s, e = spans[best]
    others = [float(c) for (a, b), c in zip(spans, score) if b <= s or a >= e]
    margin = float(score[best]) - max(others, default=-1.0)
    return Reading(s, e, float(cos[best]), margin, float(own[best]))


def literal_reading(
    name: str, words: Sequence[str], context: str, text: str, lang: str, embed: Embed, titles: bool = True,
    min_margin: float = MIN_MARGIN,
) -> Reading | None:  # fmt: skip
    """Where ``text`` renders the brand ``name`` as ordinary words, when one phrase clearly means it.

    ``context`` is the source sentence without the name. The caller has ruled out a kept name
    (copied, transliterated, in a local form): the embedding reads a transliteration as close as a
    translation. ``titles`` false says the source calls the name an organisation's: a rendering of it in
    quotation marks is no work's title, and one opening the sentence may have no capital but its first.
    An event's name of ordinary words ("Summer River Parade") is translated as plain words there.
    The phrase read is the best scored of those near the name (:data:`MIN_COSINE`): a rendering with the
    verb after it ("하얀 봉우리 연구소가 발표한다") may score a little higher and mean the name less. It leads
    every phrase elsewhere by ``min_margin`` (less where the embedder reads the language weakly, see
    :meth:`~mt_audit.checks.entities.literal_names.LiteralNames.weak_margin`).
    """
    if not brand_like(tuple(words)):
        return None
    found = runs(text, lang, _longest(len(words), context, text, lang))
    spans = [(s, e) for s, e, _ in found]
    eligible = _eligible(text, found, lang, opener=not titles)
    loose = _eligible(text, found, lang, opener=True) if titles and not happening(words[-1].lower()) else eligible
    if not any(loose):
        return None
    grams = [context[s:e] for s, e in phrases(context, "en", SOURCE_GRAM)]
    vecs = embed([name, " ".join(context.split()), " ".join(text.split()), *(text[s:e] for s, e in spans), *grams])
    k = 3 + len(spans)
    cos, own = slot_scores(vecs[0], vecs[1], vecs[3:k], vecs[k:])
    short = shortlist(own, eligible)
    cut = slot_gains(vecs[1], vecs[2], embed([_cut(text, *spans[i]) for i in short]))
    gain = np.full(len(spans), float(cut.max()))  # a phrase never cut out gains as much as the best cut
    gain[short] = cut
    score = own + gain
    near = [ok and i in short and cos[i] >= MIN_COSINE for i, ok in enumerate(eligible)]
    r = nearest(cos, own, score, spans, near)
    if r is None or r.margin < min_margin or r.own <= 0:
        r = own_reading(cos, own, spans, [ok and cos[i] >= MIN_COSINE for i, ok in enumerate(eligible)])
    if r is None:
        r = aligned_reading(words, context, text, lang, embed, found, cos, own, loose)
        if r is None:
            return None
    if kept(text[r.start : r.end], words):
        return None
    work = titles and titled(text, r.start, r.end, len(words)) and not press_named(context)
    if work and not kind_named(text, r.start, embed):
        return None
    return r


def own_reading(
    cos: np.ndarray, own: np.ndarray, spans: Sequence[tuple[int, int]], eligible: Sequence[bool]
) -> Reading | None:
    """The eligible phrase nearest the name by its own claim (:func:`slot_scores`: nearer the name than any phrase
    of the rest of the source, by :data:`OWN_CLAIM`), leading every phrase not overlapping it by :data:`OWN_LEAD`:
    the name's words translated, whatever cutting it out does to the sentence (a gain the embedding may read
    backwards where the rest holds a dangling preposition: "על ידי , רשת")."""
    r = nearest(cos, own, own, spans, eligible)
    return r if r is not None and r.own >= OWN_CLAIM and r.margin >= OWN_LEAD else None


def aligned_reading(
    words: Sequence[str], context: str, text: str, lang: str, embed: Embed,
    found: Sequence[tuple[int, int, int]], cos: np.ndarray, own: np.ndarray, eligible: Sequence[bool],
) -> Reading | None:  # fmt: skip
    """Where the phrase read as a whole leads nothing, the name's words translated one by one: the eligible
    phrase (``found``, ``eligible``: any opening the text) that holds the target words aligned to all but
    one of the name's words (:func:`~mt_audit.entity_alignment.word_alignment`), with at most one more
    word than the name's words left unaligned (a particle: "Poarta de Fier"), and is near the name as a
    whole (:data:`MIN_COSINE`). The nearest such phrase."""
    spans = word_spans(text, lang)
    english = [context[s:e] for s, e in word_spans(context, "en")]
    aligned = word_alignment(words, english, [text[s:e] for s, e in spans], embed)
    cluster = aligned_cluster(aligned, len(words), len(words) + 2)
    if cluster is None:
        return None
    lo, hi = spans[cluster[0]], spans[cluster[1]]
    within = sum(1 for js in aligned.values() if any(cluster[0] <= j <= cluster[1] for j in js))
    widest = cluster[1] - cluster[0] + 1 + len(words) - within + 1
    fits = [
        k for k, (s, e, n) in enumerate(found)
        if eligible[k] and s <= lo[0] and e >= hi[1] and n <= widest and cos[k] >= MIN_COSINE
    ]  # fmt: skip
    if not fits:
        return None
    k = max(fits, key=lambda k: (float(cos[k]), -k))
    s, e, _ = found[k]
    return Reading(s, e, float(cos[k]), 0.0, float(own[k]))


def stands_literally(name: str, words: Sequence[str], phrase: str, embed: Embed, grams: Sequence[str] = ()) -> bool:
    """A phrase of the article standing where a brand was, a name the source lacks, is the brand's words
    translated: the brand is made of everyday words (:func:`brand_like`), the phrase neither writes nor
    sounds them (:func:`kept`), and it is as near the name as a literal rendering is (:data:`MIN_COSINE`).
    Told where the slot is known already (a run of capitalised unknown words in the name's place), in a
    language a small model reads too vaguely to find the phrase itself: nothing else of a source sentence
    becomes a new name of several words. Where ``grams`` (phrases of the source sentence without the
    name) are given, the phrase must also be nearer the name than any of them: it translates no other
    words of the source (see :func:`slot_scores`)."""
    if not brand_like(tuple(words)) or kept(phrase, words):
        return False
    vecs = embed([name, phrase, *grams])
    cos = float(vecs[0] @ vecs[1])
    return cos >= MIN_COSINE and (not len(grams) or cos > float((vecs[2:] @ vecs[1]).max()))


@lru_cache(maxsize=4096)
def happening(key: str) -> bool:
    """One of the English noun's first WordNet senses (:data:`KIND_SENSES`) is a social event, a group action
    or a show ("parade", "festival", "race", "fair"): a name headed by it names an occasion, which a
    language may translate as plain words, opening the sentence with no capital but its first ("Главный
    военно-морской парад")."""
    return any(lexicon.hypernyms(o) & _occasions() for o in lexicon.noun_senses(key)[:KIND_SENSES])


@cache
def _occasions() -> frozenset[int]:
    """WordNet's social events, group actions and shows."""
    return wordnet_reader.first_noun_senses("social_event", "group_action", "show")


def _cut(text: str, start: int, end: int) -> str:
    return " ".join((text[:start] + " " + text[end:]).split())


def _longest(size: int, context: str, text: str, lang: str) -> int:
    """The most words a rendering of a name of ``size`` words may take: one more, scaled by how many
    more words the target sentence has than the source (Vietnamese writes every syllable apart)."""
    ratio = len(word_spans(text, lang)) / max(1, size + len(word_spans(context, "en")))
    return min(2 * (size + 1), math.ceil((size + 1) * max(1.0, ratio)))


def _eligible(text: str, found: Sequence[tuple[int, int, int]], lang: str, opener: bool = False) -> list[bool]:
    """Spans that may be a translated name. In a cased script a translated name keeps its capitals (a
    lower-case phrase is a plain rewording), save an organisation's (``opener``) where it opens the text
    (:func:`opening`); in an uncased one, it takes two words or more: one word for a name of several is a
    paraphrase ("the company")."""
    if language(lang).cased:
        nouns = capitalises_nouns(lang)
        first = opener and not nouns
        return [
            name_cased(text, s, e, nouns) or quoted(text, s, e) or (first and n >= 2 and opening(text, s))
            for s, e, n in found
        ]
    return [n >= 2 for _, _, n in found]


def opening(text: str, start: int) -> bool:
    """The phrase at ``start`` opens the text with a capital. The capital of a sentence's first word hides
    a name's, and many languages capitalise only a name's first word ("Серебряные облачные системы"), so
    a phrase of two words or more there may be a name as a phrase in uncased script may."""
    first = _WORD.search(text)
    return first is not None and first.start() == start and first.group()[0].isupper()


def titled(text: str, start: int, end: int, size: int) -> bool:
    """The reading is most of a short stretch in quotation marks: a title of a work ("„Skarb narodów”"
    for the film "National Treasure"), which is translated by convention, not a brand."""
    for m in _QUOTED.finditer(text):
        inner = m.span(1)
        if inner[0] < end and start < inner[1] and len(text[inner[0] : inner[1]].split()) <= size + 2:
            return True
    return False


def press_named(context: str) -> bool:
    """The source sentence calls what it names a newspaper, a magazine or a journal, and speaks of no work (a
    film, a book, a song): a periodical keeps its name, so quotation marks around its rendering hold the
    periodical's name, not a work's title translated by convention ("the journal X" quoted as «...»)."""
    kinds = [_noun_kind(w.lower()) for w in _WORD.findall(context)]
    return PRESS in kinds and WORK not in kinds


#: What a source noun says a quoted name is (see :func:`_noun_kind`).
PRESS, WORK = "press", "work"
#: The noun's WordNet senses read (the most frequent first: "journal" is a periodical in its second).
KIND_SENSES = 2


@lru_cache(maxsize=8192)
def _noun_kind(key: str) -> str:
    """PRESS where one of the noun's first senses is a periodical or a newspaper; else WORK where one is a
    film, a broadcast, a literary or dramatic composition, music, art, a book or an album; else nothing."""
    press, work = _press_and_work()
    senses = [lexicon.hypernyms(o) for o in lexicon.noun_senses(key)[:KIND_SENSES]]
    if any(above & press for above in senses):
        return PRESS
    return WORK if any(above & work for above in senses) else ""


@cache
def _press_and_work() -> tuple[frozenset[int], frozenset[int]]:
    """WordNet's periodicals and print media; its films, broadcasts, literary and dramatic compositions, music,
    art, books and albums: what has a title."""
    first = wordnet_reader.first_noun_senses
    works = first("movie", "broadcast", "literary_composition", "dramatic_composition", "music", "art", "book", "album")
    return first("periodical", "print_media"), works


def kind_named(text: str, start: int, embed: Embed) -> bool:
    """The word right before the quotation marks that hold the reading at ``start`` calls it a body or a
    periodical ("bendrovės „...“", "Uzņēmums “...”"): nearer the English words of those kinds
    (:data:`NAMED_KINDS`) than those of a work (:data:`WORK_KINDS`) by :data:`KIND_LEAD`. A company or a
    paper keeps its name; only a work's title is translated by convention, and a translation that adds
    the kind where the source names none ("Green Valley Energy announced") says which it quotes."""
    m = _KIND_BEFORE.search(text[:start])
    if m is None:
        return False
    vecs = embed([m.group(1), *NAMED_KINDS, *WORK_KINDS])
    named = float((vecs[1 : 1 + len(NAMED_KINDS)] @ vecs[0]).max())
    work = float((vecs[1 + len(NAMED_KINDS) :] @ vecs[0]).max())
    return named - work >= KIND_LEAD


#: English words of the kinds that keep their names when quoted (an organisation, a periodical: see
#: :func:`press_named`), and of works, whose titles are translated (WordNet's heads read in :func:`_noun_kind`).
NAMED_KINDS = ("organization", "company", "periodical", "newspaper")
WORK_KINDS = ("movie", "broadcast", "literary composition", "dramatic composition", "music", "art", "book", "album")
#: How much nearer a kind's words the word before the quotation marks is (e5 cosine): a company's word sits
#: 0.016-0.056 nearer the first, a work's 0.023-0.073 nearer the second.
KIND_LEAD = 0.01
#: The word before an opening quotation mark that ends the text.
_KIND_BEFORE = regex.compile(r"(\p{L}[\p{L}\p{M}'’-]*)[ \u00a0]*\p{Quotation_Mark}[ \u00a0]*$")


def quoted(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is all a stretch in quotation marks holds: the marks delimit a name as capitals do
    (Lithuanian and Latvian quote a company's name and capitalise its first word only)."""
    return any(m.span(1) == (start, end) for m in _QUOTED.finditer(text))


_QUOTED = regex.compile(r"\p{Quotation_Mark}([^\p{Quotation_Mark}\n]{1,80})\p{Quotation_Mark}")


def name_cased(text: str, start: int, end: int, nouns: bool = False) -> bool:
    """``text[start:end]`` opens with a capitalised word, and a capitalised word stands in it that is not
    the text's first word (which any sentence capitalises): a name's shape ("Energia do Vale Verde";
    Slovenian and Lithuanian capitalise a name's first word only: "Energija Zelene doline"). Where every noun has
    a capital (``nouns``), one capitalised word is no name: two are needed ("Grünes Tal"), or two capitalised parts
    of a compound joined by a hyphen, as German joins a name's words to its head ("Nordwind-Genossenschaft")."""
    words = [w for w in _WORD.finditer(text, start, end)]
    if not words or not words[0].group()[0].isupper():
        return False
    opener = _WORD.search(text)
    caps = [w.group() for w in words if w.group()[0].isupper() and not (opener and w.start() == opener.start())]
    if not nouns:
        return bool(caps)
    return sum(1 for w in caps for part in w.split("-") if part[:1].isupper()) >= 2


_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’-]*")


#: lingua's confidence that a word is English, below which it reads as the other language's own word.
OWN_WORD_MAX_EN = 0.4


def cognate_rendering(
    keys: Sequence[str], swaps: Sequence[tuple[str, str]], region: Sequence[str], lang: str
) -> bool:  # fmt: skip
    """No word of a name of English dictionary words is kept in the ``region`` (the keys of the words
    that stand for it), and the words swapped for its words are the language's own ("Groen Vallei
    Energie" for "Green Valley Energy"): a translation by cognates, not a misspelling, which damages
    one word and keeps the rest. The language's own word by its word frequencies, or where it has
    none by how lingua reads the word."""
    if len(keys) < 2 or lang == "en" or not swaps or not all(lexical(k) for k in keys):
        return False
    if any(k in region for k in keys):
        return False
    return all(_own_word(w, lang) for _, t in swaps for w in t.split())


def _own_word(word: str, lang: str) -> bool:
    """A word of language ``lang``, not an English one left in its text."""
    low = word.lower()
    if has_frequencies(lang):
        return zipf(low, lang) >= OWN_WORD_MIN_ZIPF and zipf(low, lang) >= zipf(low, "en")
    return word_confidence(word, lang, "en") < OWN_WORD_MAX_EN


#: A word of a language with word frequencies is at least this frequent in it (Zipf).
OWN_WORD_MIN_ZIPF = 2.5


def apposition_heads(text: str, end: int) -> tuple[str, ...]:
    """Lower-case head nouns of the apposition right after a name ("Bright Horizon Power, a group of three
    European energy companies"): the last word before its first function word or verb form ("a charity
    based in Edinburgh"), and where that word is "of" (a group, a network of what) the last word before
    the next one, or before the clause's end."""
    m = _APPOSITION.match(text, end)
    if m is None:
        return ()
    chunks: list[list[str]] = [[]]
    links: list[str] = []
    for w in m.group(1).split():
        if w[:1].isupper():
            continue  # a name or a demonym inside the apposition: "a unit of Google", "European"
        if len(chunks) == 1 and chunks[0] and _participle(w):
            break  # a clause qualifying the head: "a charity based in ...", "a firm owned by ..."
        if zipf(w, "en") >= FUNCTION_ZIPF:
            if len(chunks) == 2 and not chunks[1]:
                continue  # an article after "of": "the mayor of the town"
            if len(chunks) == 2:
                break
            links.append(w)
            chunks.append([])
            continue
        chunks[-1].append(w)
    heads = [chunks[0][-1]] if chunks[0] else []
    if links[:1] == ["of"] and len(chunks) > 1 and chunks[1]:
        heads.append(chunks[1][-1])
    return tuple(heads)


def _participle(word: str) -> bool:
    """An inflected form of an English verb (WordNet's morphy: "based", "owned") that is no noun as written or
    as a plural: it opens a clause after the apposition's head, and heads nothing itself."""
    low = word.lower()
    verbs = lexicon.bases_as(low, "v")
    return bool(verbs) and low not in verbs and not lexicon.bases_as(low, "n")


#: A comma, an article, then the apposition up to the clause's end.
_APPOSITION = regex.compile(r",\s+(?:an?|the)\s+([^,.;:()\[\]\n]{1,120})")
