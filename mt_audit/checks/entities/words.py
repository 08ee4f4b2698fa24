"""What one word of a text is, as the matching of names reads it: a title, generic head or demonym
(which translations reword), the language's own word or an English one left in it, a copy of a source
word, an English derivative of a name's word, CLDR's local form of a place; and the name inside a word
that a lower-case prefix is written onto ("uAna", "hÉireann").

:mod:`~mt_audit.checks.entities.matching` asks these of each word it compares with a name's, and
reads a view through the per-view indexes built here (prefixed names, capitalised words by their
first and last letters); they depend on no source name, so they live apart from it.
"""

from __future__ import annotations

import bisect
import os
from collections.abc import Sequence

import regex

from mt_audit.entities import (
    CONNECTORS,
    TITLES,
    TRANSLATED_HEADS,
    Token,
    View,
    compact,
    demonyms,
    lexical,
    relation,
    spelling,
    transliterate,
)
from mt_audit.entity_compare import peoples
from mt_audit.entity_forms import local_forms, phrase_rendered, world_name
from mt_audit.language_words import kin_languages
from mt_audit.lexicon import has_frequencies, lemmas, zipf
from mt_audit.wordnet_places import names_take_s


def is_soft(key: str) -> bool:
    """A demonym or a people's name: a translation writes it in its own words, as an adjective or a common noun."""
    return key in demonyms() or key in peoples()


def _english_looking(tok: Token, lang: str) -> bool:
    """A Latin word of an English name left inside a non-English text. Where the language has no word list,
    a word its kin write about as often as English does is theirs and likely its own too ("en", "normal" in
    Breton and Occitan, as in French and Spanish), no English word left in it."""
    if tok.script != "latin" or len(tok.key) < 2:
        return False
    ze = zipf(tok.key, "en")
    if ze < 3.0 or ze <= zipf(tok.key, lang) + 1.0:
        return False
    return has_frequencies(lang) or not any(zipf(tok.key, k) >= ze - KIN_GAP for k in kin_languages(lang, "en"))


#: A word a kin language writes this close to English's frequency (Zipf) or closer is its own too ("normal"),
#: where English words its lists hold as loans are rarer there by more ("lantern", "swan").
KIN_GAP = 0.5


def _copied(key: str, tkey: str) -> str:
    """How a copied Latin word relates to the name word it copies: the same spelling, or else damaged
    ("Vale" for "Valley", "Greens" for "Green"); another word ("none") when they do not look alike."""
    if spelling(key) == spelling(tkey):
        return "same"
    rel = relation(key, tkey, "en")
    return "misspelt" if rel == "same" else rel


def _english_derivative(key: str, tok: Token, lang: str) -> bool:
    """Another English word built on the name's word ("silvery", "westward", "gunpoint" on "silver",
    "west", "point"), left in a text of another language: a spinner's swap, not the language's ending.
    An English plural ("Systems") is the name's own where the language adds "s" to names (its genitive:
    :func:`~mt_audit.wordnet_places.names_take_s`); elsewhere a plural "s" on the name's word is a change of it."""
    other = tok.key
    if tok.script != "latin" or other == key or key in (other + "s", other + "es"):
        return False
    if other in (key + "s", key + "es"):
        return not names_take_s(lang) and lexical(key) and _english_looking(tok, lang)
    built = other.startswith(key) or other.endswith(key) or (_restemmed(key, other) and not world_name(key, other))
    if not built or not (lexical(key) and lexical(other)):
        return False
    return _english_looking(tok, lang)


#: Letters a changed ending leaves of the name's word, at least (and at least half of it): "mari-ne" and
#: "mari-time" share a stem; "ins-titute" and "ins-ider" share a chance start.
RESTEM_MIN = 4


def _restemmed(key: str, other: str) -> bool:
    """``other`` keeps the start of ``key`` and changes its end ("maritime" for "marine"), and is no
    English inflection nor spelling of it ("companies", "labour"): a case ending adds letters at a
    word's end and leaves those before it, so between two English words this is another word."""
    n = len(os.path.commonprefix([key, other]))
    return max(RESTEM_MIN, len(key) // 2) <= n < len(key) and _another_word(key, other)


def english_respelt(s_keys: Sequence[str], t_keys: Sequence[str], lang: str) -> bool:
    """In a text of another language, English dictionary words stand one for one for the name's, each
    another word or an English spelling :func:`spelling` does not merge ("Gray" for "Grey", "Maritime"
    for "Marine"): a swap of the name's words ("Labour" for "Labor" is one word). The language's own
    spelling of a name is no English word ("Luis" for "Louis"), and a place's name in some language is no
    swap ("Chili" for "Chile")."""
    if lang == "en" or len(s_keys) != len(t_keys) or world_name(" ".join(s_keys), " ".join(t_keys)):
        return False
    return all(lexical(s) and lexical(t) and _another_word(s, t) for s, t in zip(s_keys, t_keys))


def _another_word(a: str, b: str) -> bool:
    """``a`` and ``b`` are two English words: neither a form of the other ("companies") nor a spelling of it
    :func:`spelling` merges ("labour")."""
    return spelling(a) != spelling(b) and a not in lemmas(b) and b not in lemmas(a)


def _local_form(key: str, tok: Token, lang: str) -> bool:
    """The word writes CLDR's name in the language of the place or language ``key`` names, or a case
    form of it ("Asiya", "Viena", "Azji"): the language's own name, not a misspelling."""
    return phrase_rendered(local_forms(key, lang), [tok.text])


def _translated_word(key: str, tok: Token, lang: str) -> bool:
    """A word of the text's own language that begins like an English dictionary word of the name and is
    no English word itself: the language's word for it ("Vall" for "Valley" in Catalan), where an English
    clipping ("Info" for "Information") is the name cut short."""
    return lexical(key) and not lexical(tok.key) and _native_word(tok, lang)


def _native_word(tok: Token, lang: str) -> bool:
    """A word of the text's own language (its accents kept), not an English word left in it. Where
    wordfreq has no list for the language ("Nacional", "Yohannes" in Galician, Uzbek), a word no
    English dictionary knows is presumed the language's: a spinner's swaps are English words."""
    low = _bare_text(tok)
    if not has_frequencies(lang):
        return not lexical(low)
    z = zipf(low, lang)
    return z >= 2.5 and z >= zipf(low, "en")


def unprefixed(tok: Token) -> str:
    """The word's key without a lower-case prefix written onto a capitalised name: a Bantu noun-class prefix
    or an Irish mutation ("iGrim" is "Grim", "hÉireann" is "Éireann"). The name's own word is what a spinner
    swapped, and what tells an English word from the language's own."""
    m = PREFIXED.match(tok.text)
    return compact(m.group(1)) if m else tok.key


def _bare_text(tok: Token) -> str:
    """The word in lower case, accents kept ("milão" is Portuguese, "milao" nothing), without a lower-case
    prefix written onto a name (see :func:`unprefixed`)."""
    m = PREFIXED.match(tok.text)
    return (m.group(1) if m else tok.text).lower()


#: A lower-case prefix, then the capitalised name it is written onto.
PREFIXED = regex.compile(r"^\p{Ll}{1,7}(\p{Lu}\p{Ll}{2,}.*)$")


def _prefixed(v: View) -> dict[str, list[int]]:
    """Capitalised names with a lower-case prefix written onto them ("uAna", "kwaseCairo"), by the name's key
    (see :func:`unprefixed`); built once per view."""
    got = v.extras.get("prefixed")
    if got is None:
        got = {}
        for i, tok in enumerate(v.tokens):
            if tok.script == "latin" and PREFIXED.match(tok.text):
                got.setdefault(unprefixed(tok), []).append(i)
        v.extras["prefixed"] = got
    return got  # type: ignore[no-any-return]


def _within(positions: Sequence[int], lo: int, hi: int) -> Sequence[int]:
    return positions[bisect.bisect_left(positions, lo) : bisect.bisect_left(positions, hi)]


def _cap_index(v: View) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """Capitalised tokens by the first letter and by the last two letters of their (Latin) key: a
    look-alike of a name word shares one or the other."""
    got = v.extras.get("caps")
    if got is None:
        first: dict[str, list[int]] = {}
        last: dict[str, list[int]] = {}
        for i in v.caps:
            tok = v.tokens[i]
            k = transliterate(tok.key) if tok.script == "cyrillic" else tok.key
            if k:
                first.setdefault(k[0], []).append(i)
                last.setdefault(k[-2:], []).append(i)
        got = v.extras["caps"] = (first, last)
    return got  # type: ignore[return-value]


def generic(key: str) -> bool:
    """A title, a generic head word or a demonym: parts of names that translations reword."""
    k = key[:-1] if key.endswith("s") and len(key) > 4 else key
    return key in TITLES or k in TRANSLATED_HEADS or key in TRANSLATED_HEADS or is_soft(key) or key in CONNECTORS
