"""Is a word an ordinary English word, and how does one word of a name relate to another.

Comparison is tolerant in the ways real translations differ while naming the
same thing: case endings of inflected languages ("Googlem"), transliteration
variants of rare names ("Zelenskyy" ~ "Zelensky"), another language's spelling
of a place ("Mexiko", "Filadelfia"); and it tells a damaged name from a
renamed one ("gogle" is misspelt, "info" cut short).
"""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import cache, lru_cache

import regex

from mt_audit import lexicon, wordnet_places, wordnet_reader
from mt_audit.entity_script import collapse_doubles, compact, skeleton
from mt_audit.languages import calendar_words, capitalises_nouns, inflects_names, language_names, territory_names
from mt_audit.lexicon import zipf

__all__ = [
    "CALENDAR",
    "adapted",
    "common_en",
    "demonyms",
    "peoples",
    "proper_en",
    "is_inflection",
    "known_proper",
    "lexical",
    "is_lemma",
    "ordinary_noun",
    "parts_of_speech",
    "relation",
    "renders",
    "similar",
    "similarity",
    "spelling",
]

#: English month and day names (CLDR): capitalised in English, ordinary words everywhere else.
CALENDAR = calendar_words("en")

# ---------------------------------------------------------------- lexical evidence


def common_en(key: str) -> bool:
    """An ordinary English word (frequent, or a lowercase WordNet lemma)."""
    if key in CALENDAR:
        return True
    if key in lexicon.lemma_case()[0]:
        return False
    if zipf(key, "en") >= 3.5 or (len(key) > 3 and key in lexicon.lemma_case()[1]):
        return True
    return len(key) > 4 and key.isalpha() and any(b in lexicon.lemma_case()[1] for b in lexicon.lemmas(key))


def lexical(key: str) -> bool:
    """An ordinary English word: a lowercase WordNet lemma (or a form of one), or a function word.

    Unlike frequency, this keeps brands out: "google" is a verb, but
    "microsoft", "walmart" and "hamas" are no dictionary words.
    """
    if key in lexicon.lemma_case()[1] or zipf(key, "en") >= 5.0:
        return True
    return len(key) > 3 and key.isalpha() and any(b in lexicon.lemma_case()[1] for b in lexicon.lemmas(key))


@cache
def demonyms() -> frozenset[str]:
    """Frequent English words only ever capitalised that look like demonyms and are adjectives or
    CLDR's names of languages ("american", "pakistani", "punjabi"; not "Milan", "Nairobi", "Truman",
    nouns with a demonym's ending), or that WordNet derives from a CLDR country, or a language CLDR
    names, from some place ("dutch" of the Netherlands, "french", "greek", "czech"): adjectives of
    peoples, which a translation writes in its own words. CLDR's English country names are places,
    not demonyms ("Pakistan", "Japan")."""
    from mt_audit.entity_forms import pertainyms  # entity_forms builds on this module

    places = {compact(name) for name in territory_names("en").values()}
    tongues = {compact(name) for name in language_names("en").values() if " " not in name}
    out = set()
    for k in lexicon.lemma_case()[0]:
        if k in places or zipf(k, "en") < 3.0:
            continue
        of, pos = pertainyms(k), parts_of_speech(k)
        if (_demonym_suffix(k) and ("a" in pos or "s" in pos or k in tongues)) or of & places or (of and k in tongues):
            out.add(k)
    return frozenset(out)


def _demonym_suffix(key: str) -> bool:
    return key.endswith(("an", "ese", "ish", "ic", "i"))


@cache
def peoples() -> frozenset[str]:
    """Frequent English nouns only ever capitalised that name a people (WordNet): an ethnic group
    ("Hmong"), or a member of a people of some place who also names its language ("Zulu", "Basque").
    A translation writes a people, as it writes a demonym, in its own words, often as an adjective
    ("zulský štít" for "a Zulu shield"); a nickname of a nation's soldiers ("Jerry") names no
    language, a country is no people ("Laos", whose base "Lao" is one), and a place's people named by a
    demonym are :func:`demonyms` already."""
    group, person, tongue, inhabitant = map(_first_sense, ("ethnic group", "person", "natural language", "inhabitant"))
    known = demonyms()
    places = {compact(name) for name in territory_names("en").values()}
    out = set()
    for k in lexicon.lemma_case()[0]:
        if k in known or k in places or zipf(k, "en") < PEOPLE_MIN_ZIPF:
            continue
        kinds = [lexicon.hypernyms(o) for o in lexicon.noun_senses(k)]
        if any(group in h for h in kinds):
            out.add(k)
        elif any(tongue in h for h in kinds) and any(person in h and _of_a_people(h, known, inhabitant) for h in kinds):
            out.add(k)
    return frozenset(out)


#: Peoples rarer than this in English (Zipf) are left to the general tests: WordNet's rarest tribes
#: share their names with surnames and places more often than a news text names them.
PEOPLE_MIN_ZIPF = 2.5


def _first_sense(word: str) -> int:
    senses = lexicon.noun_senses(word)
    return senses[0] if senses else -1


def _of_a_people(kinds: frozenset[int], known: frozenset[str], inhabitant: int) -> bool:
    """Some synset above a sense is a demonym's or an inhabitant's: the sense is a member of a people."""
    return inhabitant in kinds or any(w in known for o in kinds for w in lexicon.noun_synset_words(o))


def known_proper(key: str) -> bool:
    """Whether some sense of the English word is a proper noun ("china", "turkey", "justice")."""
    return key in lexicon.lemma_case()[2]


@lru_cache(maxsize=50_000)
def parts_of_speech(word: str) -> dict[str, int]:
    """WordNet senses of the English word's base forms per part of speech ("n", "v", "a", "r")."""
    index = wordnet_reader.lemma_index()
    out: dict[str, int] = {}
    for base in lexicon.lemmas(word):
        for pos, _ in index.get(base.replace(" ", "_"), ()):
            out[pos] = out.get(pos, 0) + 1
    return out


def is_lemma(phrase: str) -> bool:
    """Whether WordNet lists the (multi-word) phrase as one lemma: "new york", "red cross"."""
    return phrase.lower().replace(" ", "_") in wordnet_reader.lemma_index()


def proper_en(key: str) -> bool:
    return key in lexicon.lemma_case()[0] and key not in CALENDAR and zipf(key, "en") < 5.6


# ---------------------------------------------------------------- comparing words

_EN_SUFFIXES = ("s", "es", "n", "an", "ian", "ese", "i", "ish", "ern", "ians", "ans")


def similarity(a: str, b: str) -> float:
    """Character similarity of two strings in [0, 1] (difflib ratio)."""
    if a == b:
        return 1.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def similar(a: str, b: str, threshold: float) -> bool:
    """``similarity(a, b) >= threshold``, cheaply refuted by difflib's upper bounds first."""
    if a == b:
        return True
    m = SequenceMatcher(None, a, b, autojunk=False)
    return m.real_quick_ratio() >= threshold and m.quick_ratio() >= threshold and m.ratio() >= threshold


def is_inflection(a: str, b: str) -> bool:
    """Whether keys ``a`` and ``b`` can be case forms of one word ("toyota"/"toyoty", "alaska"/"alasce")."""
    if a == b:
        return True
    if len(a) > len(b):
        a, b = b, a
    if len(a) < 3:
        return False
    if b.startswith(a):
        return len(b) - len(a) <= 4
    cp = _common_prefix(a, b)
    return len(a) >= 6 and cp >= len(a) - 2 and len(b) - cp <= 4


_SPELL = [
    (regex.compile(r"^y(?=[aeiou])"), ""),
    (regex.compile(r"sch|sh"), "s"),
    (regex.compile(r"ou"), "o"),
    (regex.compile(r"ph"), "f"),
    (regex.compile(r"ck"), "k"),
    (regex.compile(r"kh"), "h"),
    (regex.compile(r"c(?=[eiy])"), "s"),
    (regex.compile(r"re$"), "er"),
    (regex.compile(r"x"), "ks"),
]
_SPELL_LETTERS = str.maketrans({"y": "i", "z": "s", "w": "v", "j": "i", "c": "k", "q": "k"})


@lru_cache(maxsize=100_000)
def spelling(key: str) -> str:
    """Key with orthographic and transliteration alternatives merged (y/i, s/z, sh/sch, -re/-er, ou/o).

    "sergey" and "sergei", "organisation" and "organization", "centre" and
    "center" share one spelling; doubled letters are kept, so a misspelling
    "gogle" still differs from "google".
    """
    for pat, rep in _SPELL:
        key = pat.sub(rep, key)
    return key.translate(_SPELL_LETTERS)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


@lru_cache(maxsize=200_000)
def relation(src: str, tgt: str, lang: str) -> str:
    """How target word key ``tgt`` relates to source name word key ``src`` (its base form).

    "same" (equal, an inflection or derivation, or a spelling or
    transliteration variant), "misspelt" (a well-known name spelt into
    something rarer: "gogle"), "truncated" (an ordinary word cut short:
    "info" for "information"), or "none". ``lang`` is the target's language:
    English allows derivation endings, languages with case endings
    (:func:`mt_audit.languages.inflects_names`) allow those, others neither.
    """
    if src == tgt:
        return "same"
    english = lang == "en"
    ls, lt = len(src), len(tgt)
    if min(ls, lt) >= 3 and spelling(src) == spelling(tgt):
        return "same"
    if english:
        if (tgt.startswith(src) and tgt[ls:] in _EN_SUFFIXES) or (src.startswith(tgt) and src[lt:] in _EN_SUFFIXES):
            return "same"
        cp = _common_prefix(src, tgt)
        if (
            cp >= 4
            and cp >= min(ls, lt) - 3
            and ls - cp <= 4
            and lt - cp <= 4
            and min(zipf(src, "en"), zipf(tgt, "en")) >= 2.5
        ):
            return "same"  # derivation: "portugal"/"portuguese", "electoral"/"election"
    elif inflects_names(lang) and ls >= 3 and lt >= ls and is_inflection(src, tgt):
        return "same"  # case endings add letters to the base form: "netflixa", "atlancie"
    elif tgt in (src + "s", src + "es"):
        return "same"  # a plural: "les Samis"
    if lt >= 3 and src.startswith(tgt) and lt <= 0.7 * ls:
        if common_en(src):
            return "truncated"
        if english and lt >= 4 and zipf(src, "en") < 3.0:
            return "same"  # a derived form of a rare name: "kolinsko" / "kolin"
    if min(ls, lt) < 4 or abs(ls - lt) > max(3, max(ls, lt) // 4) or (src[0] != tgt[0] and src[-2:] != tgt[-2:]):
        return "none"
    if collapse_doubles(src) == collapse_doubles(tgt):
        return _variant(src, tgt, lang, doubled=True)
    r = similarity(src, tgt)
    if r >= (0.8 if min(ls, lt) < 8 else 0.75):
        return _variant(src, tgt, lang)
    if ls >= 5 and r >= 0.6 and skeleton(src, "latin") == skeleton(tgt, "latin") and zipf(src, "en") < 3.0:
        return "same"  # transliterations of a rare name: "dauden"/"dowden"
    return "none"


def _variant(src: str, tgt: str, lang: str, doubled: bool = False) -> str:
    """A look-alike of a well-known name that is itself rarer is a misspelling; of a rare name, a variant.

    A look-alike that is a common word of the target language is the local
    form of the name ("Europa" for "Europe" in Spanish).
    """
    if lang != "en" and zipf(tgt, lang) >= 3.0:
        return "same"
    zs, zt = zipf(src, "en"), zipf(tgt, "en")
    if zs >= 3.0 and zt < zs - 1.0:
        # Outside English only a typo-sized slip counts: longer differences are
        # the language's own form of the name ("Singapurs", "Hurrikans"), unless
        # the look-alike is another English dictionary word ("Vale" for "Valley").
        if lang == "en" or _english_swap(tgt, lang):
            return "misspelt"
        return "misspelt" if _typo(src, tgt) and not _epenthetic(src, tgt) else "same"
    if zs >= 3.0 and zt >= 3.0 and not doubled:
        return "none"
    return "same"


def _english_swap(tgt: str, lang: str) -> bool:
    """``tgt`` is an English dictionary word the language does not use as its own: an English word put
    for the name's, not the language's form of it."""
    return lexical(tgt) and zipf(tgt, lang) < zipf(tgt, "en")


def _epenthetic(src: str, tgt: str) -> bool:
    """``tgt`` is ``src`` with one vowel put between two consonants: a language that avoids clusters
    adapts a name so ("Lisabon" for "Lisbon"), which no typo of a name needs to look like."""
    if len(tgt) != len(src) + 1:
        return False
    i = _common_prefix(src, tgt)
    if i == 0 or i >= len(src) or tgt[i] not in _VOWELS or tgt[i + 1 :] != src[i:]:
        return False
    return src[i - 1] not in _VOWELS and src[i] not in _VOWELS


def _typo(a: str, b: str) -> bool:
    """One letter left out, added, changed or two swapped (Damerau distance 1)."""
    if len(a) < len(b):
        a, b = b, a
    if len(a) - len(b) > 1:
        return False
    cp = _common_prefix(a, b)
    if len(a) == len(b):
        rest_a, rest_b = a[cp + 1 :], b[cp + 1 :]
        swapped = a[cp + 1 : cp + 2] == b[cp : cp + 1] and a[cp : cp + 1] == b[cp + 1 : cp + 2]
        return rest_a == rest_b or (swapped and a[cp + 2 :] == b[cp + 2 :])
    return a[cp + 1 :] == b[cp:]


#: Regular spelling adaptations of a name between Latin-script languages, applied to folded keys:
#: "Philadelphia"/"Filadelfia", "Circe"/"Kirke", "Mexico"/"Mexiko", "-isch"/"-ish".
_ADAPT = [
    (regex.compile(r"ph"), "f"),
    (regex.compile(r"th"), "t"),
    (regex.compile(r"sch|sh"), "s"),
    (regex.compile(r"x"), "ks"),
]
_ADAPT_LETTERS = str.maketrans({"c": "k", "z": "k", "q": "k", "y": "i"})
_DOUBLED = regex.compile(r"(.)\1+")
_VOWELS = frozenset("aeiou")
#: Letters an inflectional or derivational ending is made of (after adaptation): "-en", "-er", "-isch", "-ic", "-s".
ENDING_LETTERS = "aeiounrstmk"
_ENDING = regex.compile(rf"[{ENDING_LETTERS}]*")


@lru_cache(maxsize=100_000)
def adapted(text: str) -> str:
    """Folded key with the regular cross-language spelling adaptations merged and doubled letters single."""
    key = compact(text)
    for pat, rep in _ADAPT:
        key = pat.sub(rep, key)
    return _DOUBLED.sub(r"\1", key.translate(_ADAPT_LETTERS))


def _vowel_prefix(a: str, b: str) -> int:
    """Length of the common prefix of ``a`` and ``b`` when one vowel may stand for another once
    ("kolombia"/"kolumbien", "faroese"/"faroiser": an umlaut folded, a vowel spelt the language's way)."""
    subs = 0
    for n, (x, y) in enumerate(zip(a, b)):
        if x == y:
            continue
        if x in _VOWELS and y in _VOWELS and subs == 0:
            subs = 1
            continue
        return n
    return min(len(a), len(b))


@lru_cache(maxsize=200_000)
def renders(name: str, word: str) -> bool:
    """Whether ``word`` is another Latin-script language's form of name word ``name``.

    A translation writes names its own way: an exonym or spelling adaptation
    ("Kirke" for "Circe", "Mexiko", "Filadelfia"), an inflection
    ("Kaisers"), a place adjective or demonym ("färöischer" for
    "Faroese"). After folding and merging regular adaptations (c/k/z,
    ph/f, y/i, doubled letters) the two share a long prefix, one vowel
    aside, and differ only by endings: up to two letters on the shorter,
    four on the longer, made of ending letters. Another name of similar
    length ("Australia" for "Austria", "Marina" for "Marianne") does not.
    """
    a, b = adapted(name), adapted(word)
    if a == b:
        return len(a) >= 3
    cp = _vowel_prefix(a, b)
    if cp < 5:
        return False
    rest = sorted((a[cp:], b[cp:]), key=len)
    return len(rest[0]) <= 2 and len(rest[1]) <= 4 and all(_ENDING.fullmatch(r) for r in rest)


def ordinary_noun(word: str, lang: str) -> bool:
    """A capitalised word of a noun-capitalising language that is one of its ordinary nouns ("Fahrrad",
    or an English loan: "Computer"), not a name: frequent in the language, and unknown in English or an
    English dictionary word with no proper sense ("Merkel", "Berlin" stay names)."""
    if not capitalises_nouns(lang):
        return False
    low = word.lower()
    if zipf(low, lang) < 2.5:
        return False
    key = compact(low)
    return zipf(low, "en") < 2.0 or (lexical(key) and not known_proper(key) and key not in lexicon.lemma_case()[0])


def name_word(key: str, lang: str) -> bool:
    """A dictionary word the language writes as a name: WordNet has it only capitalised ("Alps", though "alp" is
    a word), or the language writes it about as often as English does ("Costa", "Ana", "Berlin" in Malay). An
    English word borrowed or kept in a language's text is written far less there than in English ("Blue",
    "Park"), and a word translated is rare there: so such a word of a name is no everyday English word read as
    such, and a translation keeps it."""
    if key in lexicon.lemma_case()[0]:
        return True
    z = zipf(key, lang)
    return lang != "en" and z >= NAME_WORD_MIN_ZIPF and z >= zipf(key, "en") - NAME_WORD_GAP


#: A name's word is at least this frequent in the language (Zipf), and ...
NAME_WORD_MIN_ZIPF = 3.0
#: ... at most this much rarer there than in English: an English word in another language's text is rarer by
#: 0.4 and more ("park", "rose", "hill", "red"), a name about as frequent ("costa", "ana", "sofia").
NAME_WORD_GAP = 0.3


def plural_stem(key: str) -> str:
    """The singular a plural name is made of ("alp" of "Alps", "philippine" of "Philippines"), when WordNet
    reads the key as a plural or names its place's kind as a group (:func:`~mt_audit.wordnet_places.plural_place`);
    else "". Other languages write the singular's stem with their own plural or
    case ending ("Alpen", "Alpi", "Alpler", "Альпах"), which shares too short a prefix with the English."""
    if not key.endswith("s"):
        return ""
    stems = [b for b in lexicon.lemmas(key) if b != key and key.startswith(b) and len(b) >= MIN_PLURAL_STEM]
    if not stems and len(key) > MIN_PLURAL_STEM and wordnet_places.plural_place(key):
        stems = [key[:-1]]  # no singular in WordNet, a plural by its kind: "ande" of "Andes" ("Anden", "آند")
    return stems[0] if stems else ""


#: Letters a plural name's singular needs to be looked for on its own (see :func:`plural_stem`).
MIN_PLURAL_STEM = 3


def stem_written(stem: str, word: str) -> bool:
    """A Latin word writes the stem, then nothing but ending letters (at most four): "alpen", "alperne", "alpler".
    Not "alpha" nor "alpinisme": those are other words."""
    a, b = adapted(stem), adapted(word)
    rest = b[len(a) :]
    return len(a) >= MIN_PLURAL_STEM and b.startswith(a) and len(rest) <= 4 and bool(_STEM_ENDING.fullmatch(rest))


#: Letters of the endings a language puts on a plural name's stem: those of :func:`renders`, and "l" (Turkish
#: "-ler", "-lar").
_STEM_ENDING = regex.compile(rf"[{ENDING_LETTERS}l]*")


def named_first(key: str, lang: str, own_name: bool = False) -> bool:
    """A :func:`name_word` whose first WordNet noun sense is a name, written with a capital ("Berlin", "Alps"):
    a one-word name whose first sense is an everyday thing ("internet", "net") may be paraphrased. ``own_name``:
    the language has its own name for it (CLDR's "Berlijn", "Brasil"), which renders it as a name too."""
    for pos, offset in wordnet_reader.lemma_index().get(key, ()):
        if pos == "n":
            first = wordnet_reader.synsets("n")[offset][0]
            return any(w.lower() == key and w[:1].isupper() for w in first) and (own_name or name_word(key, lang))
    return False
