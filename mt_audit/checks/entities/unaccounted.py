"""Article words the source does not account for: names the source lacks (which may replace a
source name, or abbreviate it, or be a local form of it), and capitalised words that may be the
language's own name for a place where CLDR has none (the exonym slot, alone or before a class word:
"Tuna Nehri").

The ``entities`` check reads these when a name is missing, to tell a replaced name from a dropped
one and a dropped name from one written the language's way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import regex

from mt_audit import wordnet_places
from mt_audit.checks.base import Pair
from mt_audit.checks.entities.absence import CORE_PREFIX, SPELT_ALIKE_GAP, SPELT_ALIKE_MIN
from mt_audit.checks.entities.audit import HYPHENS, Audit, name_tokens
from mt_audit.checks.entities.matching import Hit, SourceName, Target
from mt_audit.checks.entities.places import class_renderings, entity_words, named_as_written
from mt_audit.checks.entities.rendering import by_meaning_word
from mt_audit.checks.entities.sound import core_words, proper_core
from mt_audit.checks.entities.words import generic, is_soft
from mt_audit.entities import (
    CONNECTORS,
    TITLES,
    Token,
    common_en,
    compact,
    is_acronym,
    known_proper,
    lexical,
    ordinary_noun,
    proper_en,
    relation,
    similar,
)
from mt_audit.entity_alignment import phrase_nearest
from mt_audit.entity_forms import loose_skeleton
from mt_audit.entity_script import fold
from mt_audit.languages import calendar_words, capitalises_nouns
from mt_audit.lexicon import zipf


def _abbreviates(sn: SourceName, new: NewName) -> bool:
    """One of the two is an abbreviation of the other: "US" or "United States" for "USA", "EU" for
    "European Union", "Premier League" for "EPL", "knockout" for "KO"."""
    toks = new.target.view.tokens[new.name_lo : new.name_hi]
    keys = [x.key for x in toks if x.key not in CONNECTORS]
    if not keys:
        return False
    new_acronym = len(toks) == 1 and is_acronym(toks[0].text)
    letters = "".join(c for c in sn.joined if c.isalpha())
    if new_acronym and not sn.acronym:
        acr = "".join(c for c in keys[0] if c.isalpha())
        return sorted(acr) == sorted(k[0] for k in sn.keys if k not in CONNECTORS)
    if not (sn.acronym or len(letters) <= 3):
        return False
    initials = "".join(c for c in keys[0] if c.isalpha()) if new_acronym else "".join(k[0] for k in keys)
    if len(initials) >= 2 and (_subsequence(initials, letters) or _subsequence(letters, initials)):
        return True
    if len(initials) >= 2 and sorted(initials) == sorted(letters):
        return True  # the words in another language's order: "Fondo Monetario Internacional" for "IMF"
    return len(keys) == 1 and keys[0][:1] == letters[:1] and _subsequence(letters, keys[0])


def _alike(sn: SourceName, new: NewName) -> bool:
    """Another spelling or a local form of the name: "Napoli" for "Naples", "Kali Donau" (a word
    for river, then a shortened exonym) for "Danube"."""
    keys = [x.key for x in new.target.view.tokens[new.lo : new.hi] if x.key not in CONNECTORS]
    joined = "".join(keys)
    if _spelt_alike(joined, sn.joined):
        return True
    return not new.target.english and len(keys) > 1 and any(_shortened_sound(sn, k) for k in keys)


def _shortened_sound(sn: SourceName, key: str) -> bool:
    """The word opens as the name does and its first two consonants are the name's: a local form that
    drops the name's end ("Donau", "Duna" for "Danube") or says it its own way ("Venedig" for "Venice")."""
    a, b = loose_skeleton(sn.joined), loose_skeleton(key)
    return len(b) >= 2 and a[:2] == b[:2] and fold(key)[:1] == sn.joined[:1]


def _may_replace(audit: Audit, sn: SourceName, new: NewName) -> bool:
    """Whether a name absent from the source can stand for ``sn`` as a different name (not a rewording of it)."""
    keys = [x.key for x in new.target.view.tokens[new.lo : new.hi] if x.key not in CONNECTORS]
    if sn.ordinary and len(sn.keys) == 1:
        return False  # one ordinary word ("Games") is reworded freely
    if sn.soft and not (len(keys) == 1 and (is_soft(keys[0]) or _demonym_like(keys[0]))):
        return False  # "American" -> "US" is a rewording; "Pakistani" -> "Chinese" is not
    return not (sn.ordinary and all(lexical(k) and not known_proper(k) for k in keys))


def _another_entity(audit: Audit, new: NewName) -> bool:
    """The new name is positively another entity: an English proper noun (WordNet) or name (wordfreq),
    a word of CLDR's names of places, languages or cities, in English or in the article's language,
    or a full name of several words none of which the language uses ("Sundar Pichai"); a single
    unknown word may be the language's own name for the source's (an exonym CLDR lacks)."""
    if audit.article.english:
        return True  # a rewrite in the source's own language has no exonyms to mistake
    lang = new.target.lang
    toks = [
        x
        for x in new.target.view.tokens[new.lo : new.hi]
        if x.key not in CONNECTORS
        and x.key not in TITLES
        and not class_renderings(lang).get(x.key, set()) & audit.src_keys
    ]  # nor a class word rendering a source word, as CLDR's names show ("Adası" of "island" in "Girit Adası")
    if toks and all(_renders_adjective(audit, x) for x in toks):
        return False  # the source's adjective as the place's name: "Yunanistan'ın" (Greece's) for "Greek"
    if any(_entity_word(audit, compact(w), w) for x in toks for w in HYPHENS.split(x.text)):
        return True  # also the first part of a compound: "Island-Schafs"
    return len(toks) >= 2 and all(x.script == "latin" and zipf(x.key, lang) < SPELT_ALIKE_MIN for x in toks)


def _renders_adjective(audit: Audit, tok: Token) -> bool:
    """The article word renders a word of the source's names that is an everyday word (:func:`generic`: "Greek"),
    which :func:`_renders_source_name` leaves aside: it accounts for that word, so it names nothing new."""
    keys = sorted({k for group in audit.source_names.values() for o in group for k in o.keys if generic(k)})
    return bool(keys) and not audit.article.english and audit.key_rendered_by(keys, tok)


def _swapped_for_entity(audit: Audit, hit: Hit) -> bool:
    """Some word standing where a word of the name was is positively another entity (in a rewrite in
    the source's own language, any other name is: there are no exonyms to mistake)."""
    words = [compact(w) for _, text in hit.swaps for w in text.split()]
    return audit.article.english or any(_entity_word(audit, w) for w in words)


def _another_source_name(audit: Audit, hit: Hit) -> bool:
    """The words standing where the name's were are the source's own words for another of its names
    ("Baba Kanjar" beside a dropped "Rampro Kanjar"): that name is accounted for, this one is gone."""
    words = [compact(w) for _, text in hit.swaps for w in text.split()]
    return bool(words) and all(w in audit.known for w in words)


def _entity_word(audit: Audit, key: str, word: str = "") -> bool:
    """The word (key ``key``; ``word`` as written, when known: see :func:`named_as_written`) names a place, a
    language or a person."""
    if len(key) < 2 or key in audit.src_keys:
        return False
    if known_proper(key) or proper_en(key):
        return True
    if key in entity_words(audit.item.lang) and (not word or named_as_written(word, audit.item.lang)):
        return True
    z = zipf(key, "en")  # a name English writes often, and the language does not: an English name
    return not common_en(key) and z >= SPELT_ALIKE_MIN and z > zipf(key, audit.item.lang) + SPELT_ALIKE_GAP


def _demonym_like(key: str) -> bool:
    return key.endswith(("an", "ese", "ish", "ic", "i")) and known_proper(key)


def _subsequence(a: str, b: str) -> bool:
    it = iter(b)
    return all(c in it for c in a)


@dataclass(frozen=True)
class NewName:
    """A name of the article (or back-translation) that the source lacks: tokens [lo, hi) of the
    whole name [name_lo, name_hi) it belongs to; ``rel`` its relative position in the sentences."""

    target: Target
    lo: int
    hi: int
    rel: float
    name_lo: int
    name_hi: int


def _new_names(audit: Audit, tgt: Sequence[int]) -> list[NewName]:
    """Names in these article sentences (or their back-translation) that the source does not have."""
    out = []
    t = audit.bt_for(tgt) if audit.has_bt else audit.article
    if t is audit.article and not audit.article.cased:
        return out
    rng = audit.art_range(tgt) if t is audit.article else (0, len(t.view.tokens))
    lo, hi = rng
    if lo >= hi:
        return out
    v = t.view
    seen = set()
    for i in range(lo, hi):
        k = v.name_of[i]
        if k == -1 or k in seen:
            continue
        seen.add(k)
        nm = v.names[k]
        toks = name_tokens(v, nm)
        if t is audit.article and not audit.article.english and any(x.script != "latin" for x in toks):
            continue
        if _known_phrase(audit, toks):
            continue
        j0 = v.index_at(nm.start)
        segment: list[int] = []
        for k2, x in enumerate(toks + [None]):
            unknown = x is not None and not _known_word(audit, x.key, t.lang) and x.key not in TITLES
            unknown = unknown and not (t is audit.article and ordinary_noun(x.text, t.lang))
            unknown = unknown and not (t is audit.article and _renders_source_name(audit, x))
            if unknown and not (x.key in CONNECTORS and not segment):
                segment.append(j0 + k2)
                continue
            while segment and v.tokens[segment[-1]].key in CONNECTORS:
                segment.pop()
            if segment:
                first = v.tokens[segment[0]]
                weak = len(segment) == 1 and (
                    len(first.key) < 2 or (t.english and first.initial and lexical(first.key))
                )
                if not weak:
                    a = audit.art_range(tgt) if t is audit.article else rng
                    rel = (segment[0] - a[0]) / max(1, a[1] - a[0])
                    out.append(NewName(t, segment[0], segment[-1] + 1, rel, j0, j0 + len(toks)))
            segment = []
    return out


def _known_phrase(audit: Audit, toks: Sequence[Token]) -> bool:
    """The name's words, run together, are in the source ("Johns Hopkins" for "Johns-Hopkins")."""
    joined = "".join(x.key for x in toks)
    return len(toks) > 1 and len(joined) >= 5 and joined in audit.src.compact


def _known_word(audit: Audit, key: str, lang: str) -> bool:
    """A word the source has (in any case), or a form or variant of one of its names' words."""
    k = key[:-1] if key.endswith("s") and is_acronym(key.upper()) else key
    if k in audit.src_keys or key in audit.src_keys:
        return True
    for nm in audit.src.names:
        for tok in name_tokens(audit.src, nm):
            if relation(tok.key, key, lang) != "none":
                return True
    return False


def _renders_source_name(audit: Audit, tok: Token, sentence: int | None = None) -> bool:
    """The article word renders a word of one of the source's names ("Roemenië" of "Romania"): that
    name is accounted for, and the word stands for no other. With ``sentence``, only the names of that source
    sentence count: a loose likeness to a name of another ("Breslavia" to "Birch") accounts for nothing."""
    if audit.article.english:
        return False
    groups = audit.source_names.values() if sentence is None else [audit.source_names.get(sentence, ())]
    keys = sorted({k for group in groups for o in group for k in o.keys if not generic(k)})
    return audit.key_rendered_by(keys, tok)


def _exonym_slot(audit: Audit, sn: SourceName, pair: Pair) -> bool:
    """A name WordNet knows (a river, a city: a language often has its own name for it, which CLDR
    may lack: "Дунай", "Donau" for "Danube") is not told dropped while a capitalised word of the
    aligned sentences that nothing in the source accounts for may be that name, or the word before a
    class word capitalised with it ("Tuna Nehri"). Where every noun is capitalised, the word must also open
    with the name's consonants ("Donau"). A name made only of generic words ("Baltic Sea") is read by its core, the
    word WordNet lists alone for it ("Baltic"): languages call such seas and regions their own way ("Østersøen")."""
    art = audit.article
    if art.english or not art.cased or sn.acronym or sn.soft:
        return False
    keys = [k for k in sn.keys if k not in CONNECTORS and not (proper_core(sn) and generic(k))]
    keys = _past_class_word(keys or [k for k in core_words(sn) if k not in CONNECTORS])
    if not keys or not (all(known_proper(k) for k in keys) or _definite_name(audit, sn)):
        return False
    nouns = capitalises_nouns(audit.item.lang)
    lo, hi = audit.art_range(pair.tgt)
    toks = art.view.tokens
    if any(_may_be_exonym(audit, sn, toks[i], nouns) for i in range(lo, hi)):
        return True
    return not nouns and any(_named_by_class_word(audit, toks[i - 1], toks[i]) for i in range(lo + 1, hi))


def _exonym_read(audit: Audit, sn: SourceName, pair: Pair) -> bool:
    """The name of a place or a water (:func:`~mt_audit.wordnet_places.geographic`) is read, whole, in one word of the
    aligned sentences that no source word nor other name claims, by word embeddings
    (:func:`~mt_audit.entity_alignment.phrase_nearest`, ahead of the runner-up by :data:`EXONYM_READ_LEAD`):
    the language's own name for it, which neither CLDR nor a likeness of sound gives ("Ostsee",
    "Østersjøen" for "Baltic Sea"; "호주" for "Australia", Korea's Sino-Korean name). With capitals, the word
    takes one mid-sentence and is no everyday word (:data:`EXONYM_MAX_ZIPF`): chance neighbours of a dropped
    name are lower-case words ("luce" beside where "Luxor" was); without, it is no single letter (a particle:
    "ぶ") nor Japanese in Han or hiragana, which writes foreign places in katakana."""
    art, embed, source = audit.article, audit.item.embed, audit.item.source
    if (
        embed is None
        or source is None
        or art.english
        or sn.acronym
        or sn.soft
        or not wordnet_places.geographic(sn.text)
    ):
        return False
    if sn.sentence >= len(source.sentences):
        return False
    lo, hi = audit.art_range(pair.tgt)
    toks = art.view.tokens[lo:hi]
    sent = source.sentences[sn.sentence]
    english = [t.text for t in audit.src.tokens if sent.start <= t.start < sent.end]
    found = phrase_nearest(sn.text, english, [t.text for t in toks], embed)
    if found is None or found[1] < EXONYM_READ_LEAD:
        return False
    tok = toks[found[0]]
    if len(tok.text) < 2 or by_meaning_word(tok.text, audit.item.lang):
        return False  # a particle ("ぶ"), or Japanese written by meaning, where foreign places are in katakana
    if art.cased and not (tok.cap and not tok.initial and zipf(tok.text.lower(), audit.item.lang) < EXONYM_MAX_ZIPF):
        return False
    others = [o for o in audit.source_names.get(sn.sentence, ()) if o is not sn]
    keys = sorted({k for o in others for k in o.keys if not generic(k)})
    return tok.key not in audit.src_keys and not (keys and audit.key_rendered_by(keys, tok))


#: How far the word read as a place's whole name leads the runner-up on both sides (CSLS): on the tune splits'
#: place names, a word left where the name was dropped leads by 0.04 or more once in about a hundred, and by
#: then is lower-case ("luce", "fino") or another place ("Kreikan"), while a place's own name ("Ostsee", "호주")
#: leads by 0.05.
EXONYM_READ_LEAD = 0.04


def _definite_name(audit: Audit, sn: SourceName) -> bool:
    """A one-word name, no English word, that the source writes after "the" with no word of its own
    following ("across the Vltava in Prague"): English gives the article to the names of rivers, seas,
    ranges and landmarks ("the Danube", "the Kremlin"), which languages often call by their own names
    ("Moldau", "Cremlino"), not to a person's or a brand's. WordNet lacks many of them."""
    if len(sn.keys) != 1 or lexical(sn.keys[0]) or common_en(sn.keys[0]):
        return False
    toks = audit.src.tokens
    i = audit.src.index_at(sn.name.start)
    if i < 1 or i >= len(toks) or toks[i - 1].key != "the" or toks[i].brk:
        return False
    return i + 1 >= len(toks) or toks[i + 1].brk or not toks[i + 1].cap


def _past_class_word(keys: list[str]) -> list[str]:
    """A place's name without its class words, ordinary English words for a kind of place
    (:func:`~mt_audit.wordnet_places.place_class`), where a name no dictionary has as a word is left ("Mekong" of
    "Mekong Delta"): a language says the class word its own way beside its own name for the place
    ("Đồng bằng sông Cửu Long"), so the whole may stand in the exonym slot."""
    named = [k for k in keys if not (wordnet_places.place_class(k) and lexical(k))]
    proper = any(known_proper(k) and not (lexical(k) or common_en(k)) for k in named)
    return named if proper and len(named) < len(keys) else keys


def _named_by_class_word(audit: Audit, name: Token, head: Token) -> bool:
    """An everyday word capitalised mid-sentence where nouns take no capital, right after a capitalised word that
    nothing in the source accounts for: a place's own name with its class word ("Tuna Nehri", the Danube
    river), whatever the sentence start or the name's own frequency say of the first word's capital."""
    lang = audit.item.lang
    if not (head.cap and not head.initial and not head.brk and name.cap) or is_acronym(name.text):
        return False
    if zipf(head.text.lower(), lang) < EXONYM_MAX_ZIPF or len(name.key) < 3 or name.key in audit.src_keys:
        return False  # a rare capitalised word is a name of its own, looked at by _may_be_exonym
    if name.key in TITLES or compact(name.text) in entity_words(lang) or _calendar_sound(name.key, lang):
        return False
    if _known_word(audit, head.key, lang) or _renders_source_name(audit, head) or _cognate(audit, head.key):
        return False  # a translated name's own word ("Univerze" of "University of Helsinki")
    return not (_known_word(audit, name.key, lang) or _renders_source_name(audit, name))


def _may_be_exonym(audit: Audit, sn: SourceName, tok: Token, nouns: bool) -> bool:
    """One capitalised article word that no source word or name accounts for. Where its capital tells nothing
    (every noun takes one, or the word opens a sentence: "Laponya'daki", Lapland in Turkish), it must also
    open with the name's consonants."""
    lang = audit.item.lang
    if not HYPHENS.split(tok.text)[-1][:1].isupper() or len(tok.key) < 3 or tok.key in audit.src_keys:
        return False  # a name may follow a hyphened article ("il-Kajr"); a capital after a prefix
        # ("ngoLwesibili", on Tuesday) is no name's own
    if tok.key in TITLES or compact(tok.text) in entity_words(lang) or zipf(tok.text.lower(), lang) >= EXONYM_MAX_ZIPF:
        return False  # another place CLDR names, or an everyday word capitalised in a name ("Musée", "Borsa")
    if _calendar_sound(tok.key, lang):
        return False
    if _known_word(audit, tok.key, lang) or _renders_source_name(audit, tok, sn.sentence):
        return False  # a name of the missing one's sentence: a loose likeness to another's is chance
    if _opens_with_other_name(audit, sn, tok):
        return False
    if nouns or tok.initial:
        return _shortened_sound(sn, tok.key) or (not nouns and _ending_set_off(audit.item.norm.text, tok))
    return True


def _ending_set_off(text: str, tok: Token) -> bool:
    """The word is followed by an apostrophe and a lower-case ending ("Cenevre'deki", in Geneva): a name with its
    case ending set off, as languages that capitalise only names write one, whatever opens the sentence."""
    return APOSTROPHE.match(text, tok.end) is not None


#: An apostrophe right after a word, then a lower-case ending.
APOSTROPHE = regex.compile(r"['’]\p{Ll}")


def _opens_with_other_name(audit: Audit, sn: SourceName, tok: Token) -> bool:
    """The word opens with a word of another name of the missing one's source sentence, more glued on
    ("Atacamaørkenen" of "Atacama Desert"): a compound rendering that name, no exonym of this one."""
    others = [o for o in audit.source_names.get(sn.sentence, ()) if o is not sn]
    keys = {k for o in others for k in o.keys if len(k) >= CORE_PREFIX and k not in sn.keys and not generic(k)}
    return any(fold(tok.text).startswith(k) for k in keys)


def _cognate(audit: Audit, key: str) -> bool:
    """The word is spelt much as a source word is (as :func:`_alike` compares): a cognate translating it."""
    return any(_spelt_alike(k, key) for k in audit.src_keys)


def _spelt_alike(a: str, b: str) -> bool:
    """Two keys open with one letter and are spelt alike by :data:`COGNATE_SIMILARITY`."""
    return a[:1] == b[:1] and similar(a, b, COGNATE_SIMILARITY)


#: How alike two spellings are to be one name's forms or a word's cognate ("Napoli" and "Naples").
COGNATE_SIMILARITY = 0.6


#: A word this frequent in the language (Zipf) is an everyday word, capitalised in a translated name
#: or after a lost full stop; a place's own name in the language is rarer ("Дунай" is 3.2).
EXONYM_MAX_ZIPF = 4.2


def _calendar_sound(key: str, lang: str) -> bool:
    """The word sounds as a CLDR month or day name of the language does ("Juma" of "Jummaʼa", Friday,
    written with another apostrophe) and is spelt much like it, or is spelt as one with its doubled letters single
    ("Juni" of "Juuni"), which tells a short month whose skeleton has one consonant (May): a date, not a place.
    A skeleton alone is chance: "Moldau" sounds as Dutch "maart" (March) does, l and r merged."""
    sk, single = loose_skeleton(key), _DOUBLED.sub(r"\1", key)
    return any(
        len(c) >= 4
        and c[:1] == key[:1]
        and (
            (len(sk) >= 2 and loose_skeleton(c) == sk and similar(c, key, COGNATE_SIMILARITY))
            or _DOUBLED.sub(r"\1", c) == single
        )
        for c in _calendar_keys(lang)
    )


#: A letter written twice or more in a row.
_DOUBLED = regex.compile(r"(.)\1+")


@cache
def _calendar_keys(lang: str) -> tuple[str, ...]:
    return tuple(sorted(fold(w) for w in calendar_words(lang)))
