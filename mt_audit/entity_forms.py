"""How a translation may rightly write a source name: its target-language forms.

A translation names places, peoples and languages in its own words: CLDR's
names of territories and languages ("Germany" is "Deutschland", "German" is
"Deutsch", in German), their adjectives and demonyms, which share the local
name's stem ("deutschen", "mexikanische"), and WordNet's pertainyms, which tie
an English adjective or demonym to its place ("Mexican" to "Mexico"). Names in
another script are compared through ICU's transliteration to Latin letters
("Γκούγκλ", "गूगल", "구글" for "Google"). None of this is a table of names:
CLDR, WordNet and ICU carry it for every language they cover.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache

import regex

from mt_audit import lexicon, wordnet_reader
from mt_audit.entity_compare import adapted
from mt_audit.entity_script import fold, skeleton
from mt_audit.languages import (
    W_WRITES_V,
    city_names,
    exonyms,
    script_of,
    spoken_latin,
    to_latin,
    world_place_names,
)
from mt_audit.lexicon import zipf

__all__ = [
    "acronym_forms",
    "by_meaning",
    "cldr_written_forms",
    "clipped_stem",
    "conventional",
    "local_forms",
    "loose_skeleton",
    "loose_skeletons",
    "native_rendered",
    "pertainyms",
    "phrase_rendered",
    "phrase_written",
    "prefix_swapped",
    "skeletons_match",
    "sound_renders",
    "spelt_out",
    "stem_renders",
    "stem_shared",
]

_VOWELS = regex.compile(r"[aeiouy]")  # stripped to compare consonants
_LATIN = regex.compile(r"\p{Latin}")
_MARKS = regex.compile(r"[^\w\s\-‐]")
_SEPARATORS = regex.compile(r"[\s\-‐]+")
#: A local form's stem must keep this many letters to stand for it ("deutsch", "mexik").
MIN_STEM = 4
#: Letters an adjective or demonym may add to the stem ("-anische", "-ischen").
MAX_ENDING = 7


def cldr_written_forms(phrase: str, lang: str) -> frozenset[str]:
    """CLDR's names of the place in the language, as written ("加拿大" for "Canada")."""
    return _written_index(lang).get(fold(phrase), frozenset())


@cache
def _written_index(lang: str) -> dict[str, frozenset[str]]:
    """Folded English name ("united states", "vienna") → the local names as written, from CLDR's names of
    countries, languages and cities."""
    out: dict[str, set[str]] = {}
    for english, local in exonyms(lang).items():
        out.setdefault(fold(english), set()).update(local)
    for english, city in city_names(lang).items():
        out.setdefault(fold(english), set()).add(city)
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _exonym_index(lang: str) -> dict[str, frozenset[str]]:
    """:func:`_written_index` with the local names folded into Latin letters (:func:`_latin_key`)."""
    return {k: frozenset(_latin_key(x) for x in v) for k, v in _written_index(lang).items()}


@lru_cache(maxsize=100_000)
def _latin_key(text: str) -> str:
    """Folded text in Latin letters (so "Черногория" and "Черногории" compare by their stems)."""
    return _MARKS.sub("", fold(text) if text.isascii() else fold(to_latin(_without_nukta(text))))


#: Canonical combining class of a nukta: the dot that marks a borrowed sound on an Indic letter
#: ("ज़" z of "ज" j), which writers often leave out ("तंजानिया" for CLDR's "तंज़ानिया").
NUKTA_CLASS = 7


def _without_nukta(text: str) -> str:
    """``text`` with the nuktas of Indic scripts taken off, so a spelling with and one without compare alike."""
    if not any(unicodedata.combining(c) == NUKTA_CLASS for c in unicodedata.normalize("NFD", text)):
        return text
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.combining(c) != NUKTA_CLASS)


@cache
def _pertainym_pairs() -> dict[str, frozenset[str]]:
    """Capitalised WordNet words ↔ the proper nouns they derive from, both ways ("mexican" ↔ "mexico").

    Read from adjective pertainyms (``\\``) and noun derivations (``+``); only
    words written with a capital are kept, so the map holds places, peoples and
    languages, not ordinary vocabulary.
    """
    pairs: dict[str, set[str]] = {}
    if not lexicon.available():
        return {}
    root = lexicon.wordnet_dir()
    for suffix, symbols in (("adj", {"\\"}), ("noun", {"+"})):
        with open(root / f"data.{suffix}", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith(" "):
                    continue
                _link(line.split("|", 1)[0].split(), symbols, pairs)
    return {k: frozenset(v) for k, v in pairs.items()}


def _link(parts: list[str], symbols: set[str], pairs: dict[str, set[str]]) -> None:
    """Record one WordNet data line's capitalised words and the capitalised words they point to."""
    if len(parts) < 5 or not parts[0].isdigit():
        return
    n_words = int(parts[3], 16)
    words = [w.split("(")[0] for w in parts[4 : 4 + 2 * n_words : 2]]
    if not any(w[:1].isupper() for w in words):
        return
    k = 4 + 2 * n_words
    for j in range(int(parts[k])):
        symbol, offset, pos, st = parts[k + 1 + 4 * j : k + 5 + 4 * j]
        if symbol not in symbols or pos not in "n":
            continue
        src_i, tgt_i = int(st[:2], 16), int(st[2:], 16)
        targets = [w for w in wordnet_reader.synsets("n").get(int(offset), ((), ()))[0]]
        if tgt_i:
            targets = targets[tgt_i - 1 : tgt_i]
        sources = words[src_i - 1 : src_i] if src_i else words
        for s in sources:
            for t in targets:
                if s[:1].isupper() and t[:1].isupper() and " " not in t:
                    a, b = fold(s.replace("_", " ")), fold(t)
                    pairs.setdefault(a, set()).add(b)
                    pairs.setdefault(b, set()).add(a)


def pertainyms(key: str) -> frozenset[str]:
    """Proper nouns and adjectives WordNet derives from one another ("mexican" → {"mexico"})."""
    pairs = _pertainym_pairs()
    found = set(pairs.get(key, ()))
    for base in lexicon.lemmas(key):
        found |= pairs.get(base, frozenset())
    return frozenset(found)


@lru_cache(maxsize=20_000)
def local_forms(phrase: str, lang: str) -> frozenset[str]:
    """Folded target-language names for an English name or name word ("germany" → {"deutschland", "deutsch"}).

    The name itself, its WordNet pertainyms, and each one's CLDR exonym.
    """
    index = _exonym_index(lang)
    key = fold(phrase)
    englishes = {key, *pertainyms(key)} if " " not in key else {key}
    if " " not in key:
        for base in lexicon.lemmas(key):
            englishes.add(base)
    forms: set[str] = set()
    for english in englishes:
        forms |= index.get(english, frozenset())
    if " " not in key:
        if not forms:
            forms = set(_short_forms(lang).get(key, frozenset()))
        for english in _prefixed(key, lang):
            forms |= index[english]
    return frozenset(forms | {rest for f in forms if (rest := _unarticled(f))})


#: Letters of the longest article a CLDR name may open with ("an" of Gaelic "an t-Sile"), and the fewest a
#: name after it needs to stand alone.
ARTICLE_MAX, UNARTICLED_MIN = 3, 4


def _unarticled(form: str) -> str | None:
    """A CLDR name that opens with an article ("an t-sile", Chile in Gaelic): the name after it, which a
    preposition contracted with the article ("san t-Sile", "in the Chile") leaves standing alone."""
    head, _, rest = form.partition(" ")
    return rest if rest and len(head) <= ARTICLE_MAX and len(rest.replace("-", "")) >= UNARTICLED_MIN else None


def _prefixed(key: str, lang: str) -> list[str]:
    """CLDR's one-word English names that extend or shorten the key by a few letters ("Czechia" for
    "Czech"): an adjective and its place."""
    if len(key) < MIN_STEM + 1:
        return []
    return [
        e
        for e in _exonym_index(lang)
        if " " not in e and e != key and abs(len(e) - len(key)) <= 3 and (e.startswith(key) or key.startswith(e))
    ]


@cache
def _short_forms(lang: str) -> dict[str, frozenset[str]]:
    """A two-word CLDR name's first word, alone or plural, → the longest word of each local form:
    English writes "the Falklands" for the "Falkland Islands" ("Malouines" of "Îles Malouines") and
    "Saudi" for "Saudi Arabia"."""
    out: dict[str, set[str]] = {}
    for english, local in _exonym_index(lang).items():
        words = english.split()
        if len(words) == 2 and len(words[0]) >= MIN_STEM:
            longest = {max(_SEPARATORS.split(form), key=len) for form in local}
            for short in (words[0], words[0] + "s"):
                out.setdefault(short, set()).update(longest)
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _initials(lang: str) -> dict[str, frozenset[str]]:
    """Initials of CLDR's English names of several words → their local forms ("us" → "Stany Zjednoczone")."""
    out: dict[str, set[str]] = {}
    for english, local in _exonym_index(lang).items():
        words = english.split()
        if len(words) >= 2:
            out.setdefault("".join(w[0] for w in words), set()).update(local)
    return {k: frozenset(v) for k, v in out.items()}


def acronym_forms(acronym: str, lang: str) -> frozenset[str]:
    """Local forms of the CLDR name an English acronym spells ("US", "UK", "UAE")."""
    return _initials(lang).get(fold(acronym), frozenset())


def stem_shared(form: str, word: str) -> bool:
    """Whether ``word`` shares ``form``'s stem less its last consonant, which an adjective or demonym
    may change ("egipcios" of "egipto", "moskovskom" of "moskva"); ``form`` folded, in Latin letters."""
    word = _latin_key(word)
    stem = form.rstrip("aeiouy")
    base = stem[:-1]
    return len(base) >= MIN_STEM and word.startswith(base) and len(word) - len(base) <= MAX_ENDING + 1


#: A name's consonants that a word's must begin with, so that its sound stands for the name.
MIN_SOUND = 3
#: Consonants an ending may add (Czech "-ského", Russian "-ском").
MAX_SOUND_ENDING = 4


def _spellings(name: str, word: str) -> tuple[str, ...]:
    """The name, and for a word in another script the name as such a script may hear it: a script
    without "z" writes its "j" (Hindi ज, Korean ㅈ: "Zoomlion"); one without "v" keeps the "w" of
    "Ottawa" a vowel (Japanese ワ), which :func:`loose_skeleton` reads as "v" in Latin spellings;
    one with "v" writes the "w" sound of "qu" with it (Hindi "क्वाइट" for "Quiet"). Names of
    continental Europe say "j" as "y" and "w" as "v" ("Jakob Wolff" is "야코프 볼프"); Arabic
    and Hebrew script write "v" with the letter of "w" ("راون" for "Ravn"); English says "t" before
    "ure" as "ch" ("Venture" is "वेंचर"); its "kh" writes one sound, a script's one letter ("خ" of
    "توت عنخ آمون", Tutankhamun). The "ch" of a name of continental Europe is that sound (German, Dutch,
    Czech, Polish, Welsh: "Villach" is "Филлах", "विलाख"), not English "ch" or French "sh". Each reading
    combines with the others."""
    if _LATIN.search(word) or not name.isascii():
        return (name,)
    low = name.lower()
    out = [low]
    for a, b in _HEARD:
        out += [a.sub(b, form) for form in out if a.search(form)]
    mute = [m for m in (_MUTE_H.sub("", low),) if m != low]
    return (name, *dict.fromkeys(out[1:] + mute))


#: Letters of a Latin spelling that another script may write as another sound (see :func:`_spellings`).
_HEARD = tuple(
    (regex.compile(a), b)
    for a, b in (
        ("z", "j"),
        ("w", "u"),
        ("qu", "kv"),
        ("j", "y"),
        ("w", "v"),
        ("v", "w"),
        ("(?<![st])ch", "kh"),  # not English "tch" nor German "sch", said "sh"
        ("tur", "chur"),
        ("kh", "k"),
    )
)


#: An English "h" after a vowel and before a consonant is often unsaid ("Huhne" is "Хьюн", "John"),
#: though a script may write it ("Ahmed" is "Ахмед"): both spellings are tried.
_MUTE_H = regex.compile(r"(?<=[aeiou])h(?![aeiouy])")


def sound_renders(name: str, word: str) -> bool:
    """Whether ``word`` (any script) writes name word ``name`` by sound: the same loose consonant
    skeleton ("Mohammed" for "Muhammad", "Elżbieta" for "Elizabeth"), or the name's skeleton of three
    consonants or more beginning the word's, with an ending ("dukovanského", "Московском")."""
    return any(_sound_renders(n, word) for n in _spellings(name, word))


def _sound_renders(name: str, word: str) -> bool:
    a, b = loose_skeleton(name), loose_skeleton(word)
    first, other = _latin_key(name)[:1], _latin_key(word)[:1]
    latin = bool(_LATIN.search(word))
    same_start = first == other
    if a == b:  # in Latin letters a name keeps its first sound, a vowel or not: "utakata" is no "Dakota"
        opens_alike = not latin or (first in "aeiou") == (other in "aeiou")
        if latin and len(a) <= MIN_SOUND and not _same_first_sound(name, word):
            return False  # a short skeleton, heard in an ordinary word: "pyllin" is no "Borneo"
        return (len(a) >= MIN_SOUND and opens_alike) or (same_start and len(a) >= 2)
    if not same_start:
        return False  # one consonant more or an ending on another word's sound: "Sundar", "ostrov"
    if not _LATIN.search(word) and skeletons_match(a, b):
        return True  # another script, one consonant more or less ("Петербург" for "Petersburg")
    if not _LATIN.search(word) and len(a) > MIN_SOUND and b.startswith(a[:-1]) and len(b) - len(a) < MAX_SOUND_ENDING:
        return True  # a final "r" unsaid, then a particle: "브란다우어는" for "Brandauer"
    if len(b) >= MIN_SOUND and b == a[:-1]:
        return True  # the name's last consonant, an English plural or ending, dropped ("Neapel" for "Naples")
    return len(a) >= MIN_SOUND and b.startswith(a) and len(b) - len(a) <= MAX_SOUND_ENDING


def _same_first_sound(name: str, word: str) -> bool:
    """Two Latin spellings open with one consonant, voicing kept ("Philip", "Filip"; not "Borneo",
    "pyllin"), or both with a vowel: a respelt name keeps its first sound."""
    a, b = skeleton(name, "latin"), skeleton(word, "latin")
    return a[:1] == b[:1]


def stem_renders(form: str, word: str, min_stem: int = MIN_STEM) -> bool:
    """Whether target word ``word`` is ``form`` or a case form, adjective or demonym of it (both folded,
    in Latin letters).

    "deutschen" and "deutsches" of "deutsch", "mexikanische" of "mexiko",
    "chernogorii" of "chernogoriya": the form less its final vowels is a
    prefix of the word, which adds at most a few letters.
    """
    if word == form:
        return True
    stem = _unglided(form).rstrip("aeiouy") if len(form) > min_stem else form
    if len(stem) < min_stem and len(form) > min_stem:
        stem = form[:min_stem]
    if len(stem) >= min_stem and word.startswith(stem) and len(word) - len(stem) <= MAX_ENDING:
        return True
    return _short_case(form, word) or _fleeting(form, word) or _end_respelt(form, word) or _assimilated(form, word)


def _unglided(form: str) -> str:
    """The form less a final glide after a vowel, which case endings replace as they replace a final vowel
    ("kitaj", Russian "Китай", China: "Китае", "Китая"); Latin letters write that glide "y" (stripped as a vowel
    already) or, from Cyrillic "й", "j"."""
    return form[:-1] if len(form) > 2 and form[-1] == "j" and _VOWELS.match(form[-2]) else form


def _assimilated(form: str, word: str) -> bool:
    """A case form whose stem ends in two consonants, the last made like the one before it ("islannin" of
    "islanti": consonant gradation): the stem, of more than :data:`MIN_STEM` letters, so altered opens the word."""
    stem = form.rstrip("aeiouy")
    if len(stem) <= MIN_STEM or _VOWELS.match(stem[-1]) or _VOWELS.match(stem[-2]) or stem[-1] == stem[-2]:
        return False
    return word.startswith(stem[:-1] + stem[-2]) and len(word) - len(stem) <= MAX_ENDING


#: A short form's final vowel may give way to a case ending of this many letters at most ("Azji" of "Azja").
SHORT_ENDING = 2


def _short_case(form: str, word: str) -> bool:
    """A case form of a short name (too short for a stem of :data:`MIN_STEM` letters): an ending that
    opens with a vowel in place of its final vowel ("azji", "azje" of "azja") or after its final
    consonant ("becu" of "bec")."""
    stem = form[:-1] if _VOWELS.match(form[-1:]) else form
    if len(form) > MIN_STEM or len(stem) < MIN_STEM - 1:
        return False
    rest = word[len(stem) :]
    return word.startswith(stem) and 0 < len(rest) <= SHORT_ENDING and bool(_VOWELS.match(rest))


#: A clipped stem keeps all of the name but at most this many final letters ("blan" of "Blansko").
MAX_CLIPPED = 3


def clipped_stem(name: str, word: str) -> bool:
    """Whether ``word`` (any script) is an adjective built on the name less its last syllable, as
    inflecting languages build place adjectives ("blanenských" of "Blansko", "bielski" of "Bielsko"):
    the two share a beginning of four letters at least, all of the name but its last three at most,
    and the word goes on with an ending of its own."""
    a, b = _latin_key(name), _latin_key(word)
    cp = 0
    for x, y in zip(a, b):
        if x != y:
            break
        cp += 1
    return cp >= MIN_STEM and cp >= len(a) - MAX_CLIPPED and len(b) - cp >= 2


#: A prefix one language puts on a name's stem, and another its own ("Sub-", "pod-"), is this long.
PREFIX = (2, 5)
#: ... and the stem after it runs on for this many letters in both (after spelling adaptations).
PREFIXED_STEM = 5


def prefix_swapped(name: str, word: str) -> bool:
    """Whether ``word`` builds on the name's stem with a prefix of its own language in place of the
    name's ("podkarpackie" for "Subcarpathian", "zakaukaski" for "Transcaucasian"): after a prefix of
    two to five letters each, the two run on alike for five letters at least."""
    key = _latin_key(name)
    a, b = adapted(key), adapted(_latin_key(word))
    lo, hi = PREFIX
    for i in range(lo, hi + 1):
        if len(a) < i + PREFIXED_STEM or a[i:] != adapted(key[i:]) or not _english_stem(key[i:]):
            continue
        if any(a[:i] != b[:j] and a[i : i + PREFIXED_STEM] == b[j : j + PREFIXED_STEM] for j in range(lo, hi + 1)):
            return True
    return False


def _english_stem(rest: str) -> bool:
    """WordNet knows what is left of a name once a prefix is cut off ("Carpathians", "Caucasian"): the
    name was built with that prefix ("Nebraska" was not)."""
    return bool(lexicon.lemmas(rest) or lexicon.lemmas(rest + "s") or pertainyms(rest))


def _fleeting(form: str, word: str) -> bool:
    """A case form that drops a vowel of the stem ("Wiedniu" of "Wiedeń", "Vídni" of "Vídeň"): same
    first two letters, and the form's consonants (three at least) begin the word's, which adds two at most."""
    if word[:2] != form[:2] or len(word) - len(form) > MAX_ENDING:
        return False
    cf, cw = _VOWELS.sub("", form), _VOWELS.sub("", word)
    return len(cf) >= 3 and cw.startswith(cf) and len(cw) - len(cf) <= 2


#: A local form whose last consonant a word may write otherwise has this many consonants at least.
MIN_RESPELT = 4


def _end_respelt(form: str, word: str) -> bool:
    """A long local form's last syllable said another way, a case ending or postposition after it
    ("warsare", Odia "in Warsaw", of CLDR's "warasawa"): same first two letters, and the form's
    consonants (four at least) less the last begin the word's, which has no more than the form's."""
    if word[:2] != form[:2]:
        return False
    cf, cw = _VOWELS.sub("", form), _VOWELS.sub("", word)
    return len(cf) >= MIN_RESPELT and cw.startswith(cf[:-1]) and len(cw) <= len(cf)


def phrase_rendered(forms: Iterable[str], words: Iterable[str]) -> bool:
    """Some local form is in the words: each of its words stem-renders one of them (the words of a
    multi-word name, "Černé Hory" for "Černá Hora", may be shorter). A hyphened word offers its parts too, as
    the forms are split ("Fülöp-szigeteket", the Philippines in Hungarian, inflected)."""
    pool = [_latin_key(p) for w in words for p in {w, *_SEPARATORS.split(w)} if p]
    for form in forms:
        parts = [p for p in _SEPARATORS.split(form) if p]
        least = MIN_STEM if len(parts) == 1 else MIN_STEM - 1
        if parts and all(any(stem_renders(p, w, least) for w in pool) for p in parts):
            return True
    return False


def phrase_written(forms: Iterable[str], text: str) -> bool:
    """A local form of several parts written out in the text at a word's start, whatever ending follows
    ("Fülöp-szigeteket": the tokens keep a hyphened name's first part only, where the language hyphens its case
    endings onto names)."""
    written = _latin_key(text)
    for form in forms:
        if len(form) >= MIN_STEM + 1 and _SEPARATORS.search(form):
            if regex.search(rf"(?<!\w){regex.escape(form)}", written):
                return True
    return False


#: Voiced and voiceless consonants, the labials, and l/r merged: scripts without some of them write
#: the other (Thai "k" for "g", Japanese "r" for "l", Greek "β" for both "b" and "v").
_LOOSE = str.maketrans(
    {"g": "k", "b": "p", "d": "t", "v": "p", "f": "p", "z": "s", "r": "l", "j": "k", "h": "k", "x": "k", "V": None}
)
#: Spellings of the sound of "j" in "John" and "g" in "George" once transliterated ("Джордж" is "Dzhordzh").
_AFFRICATE = regex.compile(r"dzh|dz|dj|dž")
#: Modern Greek writes b, d and g as the digraphs μπ, ντ and γκ, and β sounds v (ICU reads it as b);
#: Thai อ only carries a vowel (ICU writes it "x").
_GREEK = (
    ("μπ", "b"),
    ("ντ", "d"),
    ("γκ", "g"),
    ("γγ", "g"),
    ("Μπ", "B"),
    ("Ντ", "D"),
    ("Γκ", "G"),
    ("β", "v"),
    ("Β", "V"),
    ("อ", ""),
)
#: A "w" between vowels of a Latin spelling is the consonant "v" ("Huawei" is "हुवाई"); the "w" of
#: "Snowden" is a vowel. ICU's Thai parts syllables with a space ("na war ro").
_W_CONSONANT = regex.compile("(?<=[aeiou] ?)w(?= ?[aeiouy])")
#: In those scripts a word's first letter before a vowel is the consonant too ("ویلاخ" is "Villach",
#: "ونیز" "Venice"), not a vowel sign.
_W_OPENING = regex.compile(r"(?<![a-z'])w(?=[aeiouy])")


#: An "h" after a consonant that no digraph claims is its aspiration or silent ("Bhopal", "Dhaka",
#: "Mahendragarh"; ICU writes "भ" as "bh").
_ASPIRATE = regex.compile(r"([bdjlmnrvw])h")
#: ICU's Latin for an Indic or Thai final "h" carries the inherent vowel ("शाह" is "saha"), which a
#: Latin spelling does not write ("Shah"), and whose final "h" :func:`skeleton` drops.
_INHERENT_H = regex.compile(r"(?<=\w)h[aeiou]$")
#: A "c" of ICU's Latin alone is an affricate (Hindi च, Thai จ, Cyrillic ч and ц), English "ch".
_ISO_C = regex.compile(r"c(?!h)")


@lru_cache(maxsize=50_000)
def loose_skeleton(text: str) -> str:
    """Consonants of a name in any script, voicing and l/r merged ("Γκούγκλ", "구글", "Google" → "kkl").
    Where ICU's Latin parts two letters (an apostrophe: Tamil "ஸ்டாக்ஹோம்" is "stak'hom") or a
    zero-width non-joiner parts syllables (Telugu "స్టాక్‌హోమ్"), the parts are read apart: the
    "h" after the mark opens a syllable and is no aspirate of the consonant before. A script whose ICU Latin
    transcribes rhymes (Burmese) is read by sound (:func:`~mt_audit.languages.spoken_latin`)."""
    return _skeleton(text, spoken=True)


def loose_skeletons(text: str) -> tuple[str, ...]:
    """:func:`loose_skeleton`, and where the script's ICU Latin transcribes rhymes (Burmese), the skeleton of that
    Latin too: a killed stop is a glottal stop there, so a transliteration may write a name's final "d" or "s"
    with any of them ("ဒေးဗစ်", David; "ရော့စ်", "-ros"), and ICU's vowel "ar" an unsaid final "r" ("အိုကာဖို",
    Okafor). Either reading may hear the name."""
    spoken = loose_skeleton(text)
    written = _skeleton(text, spoken=False)
    return (spoken,) if written == spoken else (spoken, written)


@lru_cache(maxsize=50_000)
def _skeleton(text: str, spoken: bool) -> str:
    """:func:`loose_skeleton`, by sound (``spoken``) or by ICU's Latin."""
    for a, b in _GREEK:
        text = text.replace(a, b)
    if text.isascii():
        return _loose(text.lower(), latin_source=True)
    latin = fold(spoken_latin(text) if spoken else to_latin(text)).translate(_SCHWA)
    script = script_of(next((c for c in text if c.isalpha()), " "))
    if script in W_WRITES_V:
        latin = _W_CONSONANT.sub("v", _W_OPENING.sub("v", latin))  # "ولتاوا" is "Vltava", "ویلاخ" "Villach"
    elif script == "CYRILLIC":  # ICU's "h" is "х", said wherever it stands ("Филлах", "Схема"); its "j" is
        latin = latin.replace("h", "kh").replace("j", "y")  # "й" or "ј", a glide ("Рейні" for "Rhine")
    return "".join(_loose(part, latin_source=False) for part in _PARTED.split(latin))


#: The schwa ICU writes for Ethiopic's sixth order ("ብሉ" is "bǝlu"): a vowel, dropped with the others.
_SCHWA = str.maketrans({"ǝ": "e", "ə": "e"})


#: Marks that part the letters of ICU's Latin: its apostrophe, and a zero-width non-joiner it keeps.
_PARTED = regex.compile("['\u200c]")


def _loose(latin: str, latin_source: bool) -> str:
    """:func:`loose_skeleton` of Latin letters, read from a Latin spelling or from ICU's Latin."""
    letters = _AFFRICATE.sub("j", "".join(c for c in latin if c.isalpha()))
    if not letters:
        return ""
    if latin_source:
        letters = _W_CONSONANT.sub("v", letters)
    else:
        letters = letters.replace("kh", "k")  # one sound (Thai ข, Hindi ख), not the "x" of "ks"
        letters = _ISO_C.sub("ch", _INHERENT_H.sub("", letters))
    letters = _ASPIRATE.sub(r"\1", letters)
    return skeleton(letters, "arabic").translate(_LOOSE).lower()


#: Consonants a skeleton needs before one of them may differ (a sound the script lacks, written
#: with a neighbour: Hindi "ज" for "z").
MIN_SUBSTITUTED = 5


def skeletons_match(a: str, b: str) -> bool:
    """Equal loose skeletons of at least two consonants, or of three or more with one consonant more
    on one side (a "w" read as "v", an "n" before "g"): "snktn" ~ "sktn"; or of five or more, one
    consonant heard differently, the first the same."""
    if a == b:
        return len(a) >= 2
    if len(a) == len(b) >= MIN_SUBSTITUTED:
        return a[0] == b[0] and sum(x != y for x, y in zip(a, b)) == 1  # "ज" for "z" in "Gazprom"
    if len(a) > len(b):
        a, b = b, a
    if len(a) < 3 or len(b) != len(a) + 1:
        return False
    return any(b[:i] + b[i + 1 :] == a for i in range(len(b)))


#: Consonants a name needs before its skeleton may be found inside a longer one (an unspaced run of
#: text, a word with affixes): fewer turn up there by chance.
MIN_RUN_SOUND = 4


def native_rendered(name: str, words: Iterable[str], exact_joins: bool = False) -> bool:
    """Whether words in a non-Latin script spell the name ``name`` (one word, or two or three in a
    row), by their loose skeletons; a long skeleton may also sit inside an unspaced run of text.
    ``exact_joins``: words read together must spell the name's skeleton exactly ("स्नो डेन" for
    "Snowden"), not loosely ("어제 칠한", yesterday painted, "k sln", for "Hassan", "ksn")."""
    words = list(words)
    readings = [loose_skeletons(w) for w in words]
    spellings = _spellings(name, words[0]) if words else (name,)
    for k in range(max((len(r) for r in readings), default=1)):
        sks = [r[min(k, len(r) - 1)] for r in readings]
        if any(_native_rendered(loose_skeleton(n), sks, exact_joins) for n in spellings):
            return True
    return False


def _native_rendered(want: str, sks: list[str], exact_joins: bool = False) -> bool:
    if len(want) < 2:
        return False
    for i in range(len(sks)):
        acc = ""
        for j in range(i, min(i + 3, len(sks))):
            acc += sks[j]
            if exact_joins and j > i:
                if want == acc:
                    return True
            elif skeletons_match(want, acc) or _particle_after(want, acc, len(acc) - len(sks[j])):
                return True
        if len(want) >= MIN_RUN_SOUND and (want in sks[i] or _glued_before(want, sks[i : i + 3])):
            return True
        if _unsaid_begins(want, sks[i]):
            return True
    return False


def _glued_before(want: str, sks: list[str]) -> bool:
    """The name begins inside the run's first word and ends with a later word: a title or a preposition
    written onto the name's first word in an unspaced script ("นางเอเลนา นาวาร์โร", Mrs Elena Navarro)."""
    for j in range(2, len(sks) + 1):
        tail = "".join(sks[1:j])
        if len(tail) >= len(want):
            return False
        head = want[: len(want) - len(tail)]
        if want.endswith(tail) and sks[0].endswith(head) and len(sks[0]) > len(head):
            return True
    return False


def _particle_after(want: str, acc: str, before: int) -> bool:
    """The run's consonants are the name's, then at most :data:`MAX_PARTICLE` more in its last word: a case
    particle written onto the name ("아나 코스타는", "Ana Costa" and "는"). The name ends in that last word."""
    extra = len(acc) - len(want)
    return len(want) >= MIN_PARTICLE_NAME and before < len(want) and 0 < extra <= MAX_PARTICLE and acc.startswith(want)


#: Consonants a name needs before a particle's may follow it in its last word (fewer match words by chance) ...
MIN_PARTICLE_NAME = 4
#: ... and the most consonants the particle adds.
MAX_PARTICLE = 2


#: Consonants a name's skeleton needs before one of them may go unsaid in a script that writes it by
#: sound (the "l" of "Stockholm", silent in "स्टॉकहोम"): fewer match ordinary words by chance.
MIN_UNSAID = 5


def _unsaid_begins(want: str, sk: str) -> bool:
    """The name's skeleton (five consonants or more) less one consonant after its first begins the
    word's, which may go on with a postposition written onto it ("स्टॉकहोममध्ये")."""
    if len(want) < MIN_UNSAID or not sk.startswith(want[0]):
        return False
    return any(sk.startswith(want[:i] + want[i + 1 :]) for i in range(1, len(want)))


@lru_cache(maxsize=20_000)
def spelt_out(acronym: str) -> bool:
    """WordNet writes the acronym's meaning in lower-case words only ("chief executive officer" for "CEO",
    "television" for "TV"): a term or a title, which a translation writes in its own lower-case words,
    not a name ("Greenwich Mean Time" for "GMT", "United Nations" for "UN" are capitalised)."""
    for pos, offset in wordnet_reader.lemma_index().get(acronym.lower(), ()):
        words = wordnet_reader.synsets(pos[-1]).get(offset, ((), ()))[0]
        if acronym not in words:
            continue  # another sense ("Eu", europium, for "EU")
        spelt = [w for w in words if w.upper() != w]  # not "U.S.", "UT1"
        if spelt and all(w.islower() for w in spelt):
            return True
    return False


@lru_cache(maxsize=20_000)
def by_meaning(key: str) -> bool:
    """A one-word name whose WordNet sense, where it is capitalised, also has an everyday English
    noun among its lemmas ("Sagittarius, Archer", "Earth, earth, world", "Gemini, Twin"): a
    translation writes that meaning ("Стрелец", "Erde"), so neither its sound nor its absence tells. Only the
    first sense with another name counts: "Chicago, Windy City" is no card game ("Michigan, Chicago, boodle")."""
    everyday = lexicon.lemma_case()[1]
    for pos, offset in wordnet_reader.lemma_index().get(key.lower(), ()):
        words = wordnet_reader.synsets(pos[-1]).get(offset, ((), ()))[0]
        if not any(w.lower() == key and w[:1].isupper() for w in words):
            continue
        nouns = [w.lower() for w in words if " " not in w and (w.lower() != key or w.islower())]
        if len(words) > 1:  # the first sense that gives the name another name says what it means
            return any(w in everyday and zipf(w, "en") >= MEANING_ZIPF and not _names_first(w, key) for w in nouns)
    return False


def _names_first(word: str, key: str) -> bool:
    """The word's first noun sense is a synset without the name ``key`` where it is capitalised: another
    place's name (a city's old name that names first its state), not an everyday noun, whatever its
    lower-case sense (a cloth). "Fish" of "Pisces" names first another sense of Pisces itself: its meaning."""
    first = next((o for p, o in wordnet_reader.lemma_index().get(word, ()) if p == "n"), None)
    words = wordnet_reader.synsets("n").get(first, ((), ()))[0] if first is not None else ()
    return any(w.lower() == word and w[:1].isupper() for w in words) and not any(w.lower() == key for w in words)


#: The everyday noun that gives a name its meaning is at least this frequent in English (Zipf).
MEANING_ZIPF = 3.0


def conventional(words: Iterable[str]) -> bool:
    """A multi-word name WordNet lists whole ("Red Cross", "White House", "Supreme Court"): an
    institution or place with a conventional translation in other languages. One English word in
    it at least: a name of no English words ("Machu Picchu") has none, only its sound."""
    parts = [w for w in words if w]
    if len(parts) < 2 or "_".join(parts).lower() not in wordnet_reader.lemma_index():
        return False
    return any(w.lower() in lexicon.lemma_case()[1] for w in parts)


def borrowed_form(name: str, word: str) -> bool:
    """``word`` sounds as another language's CLDR name for the city or country ``name`` does: a language
    may take its name for a place from another's rather than from English (Hindi "काहिरा" sounds as the
    Arabic, Persian and Czech names of Cairo do, not as CLDR's Hindi "कैरो"). Three consonants at least,
    the first the name's own: a shorter skeleton is shared by chance."""
    sounds = _world_sounds().get(fold(name), frozenset())
    sk = loose_skeleton(word)
    return len(sk) >= MIN_SOUND and sk in sounds


def world_name(name: str, word: str) -> bool:
    """``word`` is some language's CLDR name for the city or country ``name`` (Malagasy may write the French
    "Chili" for Chile): a place's name, never a respelling of the English one."""
    return fold(word) in _world_names().get(fold(name), frozenset())


@cache
def _world_names() -> dict[str, frozenset[str]]:
    """Folded English name of a city or a country → its folded names in every language CLDR names it in."""
    out: dict[str, set[str]] = {}
    for english, local in world_place_names():
        if english and local:
            out.setdefault(fold(english), set()).add(fold(local))
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _world_sounds() -> dict[str, frozenset[str]]:
    """Folded English name of a city or a country → the loose skeletons (:func:`loose_skeleton`) of its
    names in every language CLDR names it in, those that open with the English name's first sound."""
    out: dict[str, set[str]] = {}
    for english, local in world_place_names():
        _add_sound(out, english, local)
    return {k: frozenset(v) for k, v in out.items()}


def _add_sound(out: dict[str, set[str]], english: str, local: str) -> None:
    if not english or not local:
        return
    key, sk = fold(english), loose_skeleton(local)
    if len(sk) >= MIN_SOUND and sk[:1] == loose_skeleton(english)[:1]:
        out.setdefault(key, set()).add(sk)


#: Zipf frequency in the language, at least, of the word a compound joins to a place's name.
COMPOUND_WORD_ZIPF = 3.0


def compound_written(name: str, word: str, lang: str) -> bool:
    """``word`` is a CLDR name of the place as the language writes it, joined to a frequent word of that
    language ("কায়রোভিত্তিক", Cairo-based): the name rendered inside a compound, not dropped."""
    for form in cldr_written_forms(name, lang):
        rest = word[len(form) :]
        if " " not in form and word.startswith(form) and rest and zipf(rest, lang) >= COMPOUND_WORD_ZIPF:
            return True
    return False
