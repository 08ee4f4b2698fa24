"""Whether article words render a source name's word: spelt in the article's own script (also with
a proclitic glued on), heard by letter names in scripts ICU cannot write in Latin letters, with an
elided article or a lower-case prefix cut off, not claimed by another source word's sound, and not a
Japanese word written by meaning.

These tests look at words and a language only, never at one article's views, so
:class:`~mt_audit.checks.entities.audit.Audit` and the checks beside it share them from here.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from mt_audit import lexicon
from mt_audit.checks.entities.words import PREFIXED
from mt_audit.entities import fold
from mt_audit.entity_alignment import Embed, word_alignment
from mt_audit.entity_forms import MIN_SOUND, cldr_written_forms, loose_skeleton, native_rendered, skeletons_match
from mt_audit.entity_script import without_proclitics
from mt_audit.languages import Shape, language, native_readings, read_by_names, script_of, writes_in_latin
from mt_audit.lexicon import zipf, zipf_gap

#: An elided article or preposition glued to a name: French and Italian "L'Argentine", "dell'Argentina".
_ELIDED = regex.compile(r"^\p{L}{1,4}['’](?=\p{L})")


#: Han ideographs and hiragana: Japanese writes its own words in them, foreign names in katakana.
MEANING_JAPANESE = regex.compile(r"^[\p{Han}\p{Hiragana}ー々]+$")


def by_meaning_word(word: str, lang: str) -> bool:
    """A Japanese word in Han and hiragana, which write by meaning: its sound (ICU reads Han as Chinese)
    is no rendering of a foreign name ("展示" is no "Johannes"), which Japanese writes in katakana."""
    return language(lang).script == "Jpan" and bool(MEANING_JAPANESE.match(word))


def rendered_natively(name: str, words: Sequence[str], lang: str, exact_joins: bool = False) -> bool:
    """Whether words in a non-Latin script spell the name (:func:`native_rendered`; ``exact_joins``: words read
    together spell it exactly), also once a proclitic of the language is taken off a run's first word
    ("ולהרינגטון", "and to Harrington"): a reading counts only where what is left spells the name, so a name
    that begins with such a letter ("ברלין", "Berlin") is read whole."""
    if not words:
        return False
    if native_rendered(name, words, exact_joins):
        return True
    for i, w in enumerate(words):
        for rest in without_proclitics(w, lang):
            if native_rendered(name, [rest, *words[i + 1 : i + 3]], exact_joins):
                return True
    return False


def heard(words: list[str], lang: str) -> list[str]:
    """Words of a script ICU cannot write in Latin letters (Khmer, Lao, Sinhala) spelt by their letters'
    Unicode names as an abugida's (:func:`read_by_names`), so that a name's sound can be compared; others as
    written."""
    return words if writes_in_latin(lang) else [read_by_names(w, Shape.ABUGIDA) for w in words]


def heard_kept(phrase: str, keys: Sequence[str], lang: str) -> bool:
    """In a script ICU cannot write in Latin letters, most words of the phrase sound like words of the name,
    by their letters' Unicode names ("නෝදර්න් ස්ටාර් බැංකුවේ", "nadarn sttar bankava" for "Northern Star
    Bank", a case ending after "bank"): the name was transliterated, which an embedding reads as close to
    it as a translation. Elsewhere :func:`mt_audit.entity_literal.kept` has heard it already."""
    if writes_in_latin(lang):
        return False
    words = [w for w in heard(phrase.split(), lang) if w]
    sounds = [loose_skeleton(k) for k in keys]
    alike = sum(any(_sounds_like(loose_skeleton(w), s) for s in sounds) for w in words)
    return bool(words) and 2 * alike > len(words)


def _sounds_like(word: str, key: str) -> bool:
    """A word's consonants are the key's, or the key's then a case ending's ("pnkp" for "pnk")."""
    return skeletons_match(word, key) or (len(key) >= 2 and word.startswith(key) and len(word) - len(key) <= 2)


def _folded(script: str, word: str) -> str:
    """A word as CLDR forms are compared with it: a Latin one folded; another script's as written,
    which ICU transliterates whole (folding first would drop Indic vowel signs: "क्रिसमस" is "krisamasa")."""
    return fold(word) if script == "latin" else word


def _claimed(key: str, word: str, claims: frozenset[str]) -> bool:
    """Article word ``word`` sounds exactly like another source word (one of ``claims``), and not
    exactly like name word ``key``: it renders that word, not the name's."""
    sk = loose_skeleton(word)
    return sk in claims and sk != loose_skeleton(key)


def _elided(word: str) -> tuple[str, ...]:
    """The word, and the name in it once an elided article is cut off ("L'Argentine" → "Argentine")
    or a lower-case prefix before its capital: an Irish mutation ("hIodáile"), a Bantu locative or
    preposition ("kwaseCairo")."""
    bare = _ELIDED.sub("", word)
    inner = PREFIXED.match(bare)
    out = (word, bare, inner.group(1)) if inner else (word, bare)
    return tuple(dict.fromkeys(out))


def slot_heard(keys: Sequence[str], name: str, english: Sequence[str], words: Sequence[str], embed: Embed) -> bool:
    """Every word of the name is translated by a word of the article's own script (embedding word alignment,
    :func:`~mt_audit.entity_alignment.word_alignment`) that opens with :data:`MIN_SOUND` consonants or more
    standing together in one of the name's spellings: the word, another name WordNet gives the place, or its
    own language's sound (:func:`~mt_audit.languages.native_readings`). A press may say a name as its own
    language does ("예테보리", Swedish "Göteborg" for "Gothenburg"), a sound a whole-word comparison misses;
    the aligned slot and three consonants in a row keep chance words out. ``english``: the source sentence's
    words, so that a target word translating another of them is claimed by it."""
    if not keys or len(words) < 2:
        return False
    aligned = word_alignment(keys, english, words, embed)
    if len(aligned) < len(keys):
        return False
    readings = native_readings(name)
    for i, key in enumerate(keys):
        sounds = [loose_skeleton(s) for s in (key, *lexicon.proper_synonyms(key), *readings)]
        if not any(_opens_inside(loose_skeleton(words[j]), sounds) for j in aligned[i] if not _LATIN.search(words[j])):
            return False
    return True


def _opens_inside(word: str, sounds: Sequence[str]) -> bool:
    """The word's first :data:`MIN_SOUND` consonants or more stand together in one of these skeletons."""
    return len(word) >= MIN_SOUND and any(word[:MIN_SOUND] in s for s in sounds)


#: A Latin letter: a word written in it keeps the name as written, which other tests compare.
_LATIN = regex.compile(r"\p{Latin}")


def written_in_han(phrase: str, text: str, lang: str) -> bool:
    """In Han characters, CLDR's name of the place stands inside a run of the text ("内罗毕的医生", the doctors of
    Nairobi), where no word of the run is the name alone and its sound, one syllable a character, is no test. A
    script that writes by letters (Thai) is heard in its runs already: a CLDR spelling there is one of several
    ("ไนโรเบีย", "ไนโรบี")."""
    if language(lang).script_name != script_of("\u4e2d"):
        return False
    return any(len(f) >= 2 and f in text for f in cldr_written_forms(phrase, lang))


def unglued(pieces: Sequence[tuple[str, str]], lang: str) -> list[tuple[str, str]]:
    """The words of another script than Latin once a proclitic of the language is taken off ("באלפים", "in the
    Alps"): the name's own word, which its sound and its plural stem are compared with."""
    return [(script, rest) for script, w in pieces if script != "latin" for rest in without_proclitics(w, lang)]


def everyday_sound(key: str, word: str, lang: str) -> bool:
    """A frequent word of a script without Latin letters whose consonants only resemble the name word's (one
    more or fewer, an ending), and that its language writes far more often than English writes the name
    ("کشور", country, is no "Kessler"): an everyday word there, heard alike by chance. A name's own
    transliteration keeps its sound whole ("پاریس" for "Paris")."""
    if _LATIN.search(word) or loose_skeleton(word) == loose_skeleton(key):
        return False
    z = zipf(word, lang)
    return z >= EVERYDAY_SOUND_ZIPF and zipf_gap(z, zipf(key, "en")) >= EVERYDAY_SOUND_GAP


#: A word this frequent in its language (Zipf) and ...
EVERYDAY_SOUND_ZIPF = 4.5
#: ... this much more frequent than the name in English is the language's own word.
EVERYDAY_SOUND_GAP = 1.0
