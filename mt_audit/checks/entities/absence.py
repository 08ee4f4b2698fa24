"""Whether a name missing from the article can be told dropped rather than translated.

A missing name is an omission where the translation had no other way to render it: a person's name
(said by sound in every language), one rare in English or written the English way in the language, an
acronym the language writes as English does, a brand of everyday words in a script without capitals,
a one-word place CLDR names; or where nothing in the aligned sentences can stand for it. A month's or
a day's name is a date, which the number check compares.

The ``entities`` check asks these before it tells a name missing: the name and language facts of that
decision, kept apart from the emission of its findings.
"""

from __future__ import annotations

import regex

from mt_audit.checks.base import Pair
from mt_audit.checks.entities.audit import Audit
from mt_audit.checks.entities.literal_names import UNREAD_GAP
from mt_audit.checks.entities.matching import FUNCTION_ZIPF, SourceName
from mt_audit.checks.entities.places import entity_words
from mt_audit.checks.entities.sound import HAN, core_words, distinctive, hearable, meant, proper_core, surname
from mt_audit.checks.entities.words import generic, is_soft
from mt_audit.entities import CALENDAR, CONNECTORS, TITLES, common_en, known_proper, lexical, spelling
from mt_audit.entity_compare import name_word, parts_of_speech
from mt_audit.entity_forms import acronym_forms, conventional, local_forms, spelt_out
from mt_audit.entity_literal import brand_like, picture_name, pictured
from mt_audit.entity_script import fold
from mt_audit.languages import capitalises_nouns, kept_place_names, language, script_of, territory_names
from mt_audit.lexicon import person_noun, zipf
from mt_audit.wordnet_places import named_place, place_instance, sole_name


def _checkable(audit: Audit, sn: SourceName, kept: bool) -> bool:
    """Whether a missing name can be told from a translated one here: the article keeps the name as
    the source writes it in another sentence, or the name is rare in English, or the language writes
    it the English way (see :func:`_spelt_alike`)."""
    if audit.article.english:
        return True
    if _person(audit, sn) and (audit.article.cased or hearable(audit, sn, unspaced=_runs_heard(audit))):
        return True  # said by sound in every script, heard inside a run of unspaced text if long enough
    core = proper_core(sn)
    if sn.soft or (conventional(sn.keys) and not core) or meant(sn):
        return False  # a name WordNet lists whole ("Milky Way", "Red Cross") or as a noun has its own translation
    if kept and (audit.article.cased or (hearable(audit, sn) and (distinctive(sn) or _surname_alone(audit, sn)))):
        return True  # the translation writes this name as the source does: its absence here is an omission
    if sn.acronym and common_en(sn.keys[0]):
        return False
    if audit.has_bt or _cldr_place(audit, sn) or _unnamed_place(audit, sn):
        return True
    if sn.acronym and audit.article.cased:
        return _acronym_written(audit, sn)
    if not sn.acronym and _brand(sn, audit.item.lang) and (not audit.article.cased or audit.organisation(sn)):
        return True  # with capitals, a company's ("the energy company Northern Light Energy"), not a title's
    if sn.acronym or not audit.article.cased:
        return False  # an acronym is translated with the language: "IMF" is "FMI" in Spanish
    if sn.translated_head and not core:
        return False
    return any(not common_en(k) and zipf(k, "en") < 4.5 for k in sn.keys) or _spelt_alike(sn, audit.item.lang)


def _runs_heard(audit: Audit) -> bool:
    """Whether a name can be heard inside a run of unspaced text: not in Han-based writing, which spells a
    foreign name with characters chosen by sound and by meaning ("彭巴·夏尔巴" for Pemba Sherpa)."""
    return language(audit.item.lang).script_name != script_of(HAN)


def core_rendered(audit: Audit, sn: SourceName, sentences: list[int]) -> bool:
    """The words of a name's :func:`~mt_audit.checks.entities.sound.proper_core` have a rendering in these
    sentences, or open a word there ("Malawinjärven", a compound of "Malawi" in the genitive): the
    name was translated with its class word, not dropped."""
    if not proper_core(sn):
        return False
    words = core_words(sn)
    if audit.any_rendered(words, sentences):
        return True
    art = audit.article
    toks = [t for j in sentences if j < len(art.sent_tokens) for t in art.view.tokens[slice(*art.sent_tokens[j])]]
    return any(fold(t.text).startswith(w) for t in toks for w in words if len(w) >= CORE_PREFIX)


#: Letters a core word needs before a longer word opening with it counts as its compound.
CORE_PREFIX = 4


def _surname_alone(audit: Audit, sn: SourceName) -> bool:
    """A person's surname repeated alone (:func:`~mt_audit.checks.entities.sound.surname`), said by sound."""
    return len(sn.keys) == 1 and not sn.acronym and surname(audit, sn.keys[0])


#: What may stand between a title and the name it precedes: spaces, after an abbreviation's full stop.
_TITLE_GAP = regex.compile(r"\.?\s+")
#: What may stand between a role noun and the name in apposition to it: spaces, after a comma.
_ROLE_GAP = regex.compile(r",?\s+")


def _person(audit: Audit, sn: SourceName) -> bool:
    """A person's name: a title or role stands right before it in the source ("Dr. Lenz", "mayor
    Ana Ruiz"), or a noun whose usual sense is a person, in apposition ("a fisherman, Armando
    Macuácua": :func:`~mt_audit.lexicon.person_noun`). A person's name is kept or said by sound
    in every language, never translated by meaning, whatever its words mean ("Dr. Baker"): its
    absence is an omission. A title with an adjective's sense ("former", "foreign") may qualify
    anything, and a name of a place ("St. Louis") or an institution is not a person's."""
    if sn.acronym or sn.soft or sn.translated_head:
        return False
    toks, text = audit.src.tokens, audit.src.text
    i = audit.src.index_at(sn.name.start)
    if i < 1 or i >= len(toks):
        return False
    title = toks[i - 1]
    gap = (text, title.end, toks[i].start)
    role = _ROLE_GAP.fullmatch(*gap) and not title.cap and person_noun(title.key)  # "said a fisherman, X"
    titled = title.key in TITLES and "a" not in parts_of_speech(title.key) and _TITLE_GAP.fullmatch(*gap)
    if not (role or titled):
        return False
    places = entity_words(audit.item.lang)
    if any(k in places or k in TITLES for k in sn.keys):
        return False
    return any(zipf(k, "en") < PERSON_MAX_ZIPF for k in sn.keys)


#: A person's name has a word rarer than this in English (Zipf), a surname's: the given names of
#: monarchs and popes are frequent, and translated ("Queen Elizabeth" is "la reina Isabel").
PERSON_MAX_ZIPF = 4.0


def _no_slot(audit: Audit, sn: SourceName, pair: Pair) -> bool:
    """Nothing in the aligned sentences can stand for the name: in a cased language that writes common
    nouns in lower case, a name rendered in the language's own words keeps its capitals ("Banco
    Estrella del Norte"), so sentences whose every capitalised name word is accounted for (another
    source name, a word copied from the source) have no place where it could be.

    Not for names a translation may rightly write in lower case: names WordNet lists whole ("Cold
    War"), one word WordNet knows ("Earth", "Christianity"), dictionary words joined by a function
    word ("Temple of the Sun"), descriptions with a demonym ("American Navy"), and other names with
    one where the demonym is rendered (a title that leaves no trace of its demonym was dropped
    whole: "British Garden Wars"), acronyms of places
    (their adjectives: "britannique" for "UK"), of terms ("CEO") or that are words ("ID"), and an
    acronym written by a number, which qualifies it as a unit does ("570,000 PLN" is "570 tys. zł")."""
    art = audit.article
    lang = audit.item.lang
    if art.english or not art.cased or capitalises_nouns(lang) or conventional(sn.keys) or meant(sn):
        return False
    if generic(sn.keys[-1]) and sn.translated_head and _opens_sentence(audit, sn):
        return False  # "Národní muzeum ve Vídni ...": its rendering opens the sentence, whose capital says nothing
    soft = [k for k in sn.keys if is_soft(k)]
    if soft and (len(soft) == len(sn.keys) or sn.translated_head or audit.any_rendered(soft, pair.tgt)):
        return False  # a description ("American Navy"), or its demonym is there ("la marine américaine")
    if sn.acronym:
        key = sn.keys[0]
        if spelt_out(sn.name.text) or lexical(key) or acronym_forms(key, lang) or local_forms(key, lang):
            return False
        if _by_number(audit.src.text, sn.name.start, sn.name.end):
            return False
    elif len(sn.keys) == 1 and (lexical(sn.keys[0]) or known_proper(sn.keys[0])):
        return False
    elif all(lexical(k) for k in sn.keys) and len(sn.name.tokens) > len(sn.keys):
        return False
    others = [o for i in pair.src for o in audit.source_names.get(i, ()) if o is not sn]
    keys = [key for o in others for key in o.keys]
    for j in pair.tgt:
        if j >= len(art.sent_tokens):
            return False
        lo, hi = art.sent_tokens[j]
        for i in range(lo, hi):
            tok = art.view.tokens[i]
            if not tok.cap or tok.key in audit.src_keys:
                continue
            if audit.key_rendered_by(sn.keys, tok):
                return False  # a word of the name itself, rendered: "Polská" of "Polish Medical Chamber"
            if art.view.name_of[i] == -1 or zipf(tok.key, lang) >= FUNCTION_ZIPF:
                continue  # no name by the extractor's tests: an opener ("Analitycy"), a month; a function
                # word, whose capital shows a lost full stop ("... en 2019 Dans la ville")
            if not audit.key_rendered_by(keys, tok):
                return False
    return True


def _opens_sentence(audit: Audit, sn: SourceName) -> bool:
    """The name opens its source sentence, after function words at most ("The National Museum ..."):
    a translation that puts its rendering first capitalises it as the sentence's opener, so its
    capitals tell nothing, and one that writes an institution's name in lower case shows no other."""
    assert audit.item.source is not None
    sent = audit.item.source.sentences[sn.sentence]
    before = audit.src.text[sent.start : sn.name.start].split()
    return all(zipf(w.lower(), "en") >= FUNCTION_ZIPF for w in before)


_NUMBER_BEFORE = regex.compile(r"\d[\d.,]*\s*$")


_NUMBER_AFTER = regex.compile(r"^\s*\d")


def _by_number(text: str, start: int, end: int) -> bool:
    """A number is written right before or after ``text[start:end]``."""
    return bool(_NUMBER_BEFORE.search(text[max(0, start - 12) : start]) or _NUMBER_AFTER.match(text[end : end + 3]))


#: A name the language writes the English way is about as frequent in its texts as in English ones (Zipf).
SPELT_ALIKE_GAP = 1.0


SPELT_ALIKE_MIN = 3.0


def _spelt_alike(sn: SourceName, lang: str) -> bool:
    """Every word of a well-known name that is no English dictionary word is frequent in the language
    as spelt in English ("Obama", "Sydney" in Italian; "Jonas" of "Jonas Weber" in Swedish), not only
    in English ("Munich" is "München" in German); its dictionary words ("Weber", "Blue") say nothing."""
    words = [k for k in sn.keys if k not in CONNECTORS and k not in TITLES and k not in CALENDAR]
    keys = [k for k in words if not lexical(k)]
    if len(sn.keys) == len(words) > 1 and not keys:  # dictionary words only, a name where written as one: "Ana Costa"
        return all(name_word(k, lang) for k in words)
    return bool(keys) and all(
        len(k) > 2 and zipf(k, lang) >= max(SPELT_ALIKE_MIN, zipf(k, "en") - SPELT_ALIKE_GAP) for k in keys
    )


def _acronym_alike(key: str, lang: str) -> bool:
    """The language writes the acronym as English does ("GMT", "BBC" in French, "NATO" in German): its
    frequency there is about its English one, neither far below ("IMF" is "FMI" in Spanish) nor far
    above, which makes it a word of the language ("AI" is "ai" in French, "UN" is "un")."""
    z, z_en = zipf(key, lang), zipf(key, "en")
    return len(key) >= ACRONYM_LETTERS and z >= SPELT_ALIKE_MIN and abs(z - z_en) <= SPELT_ALIKE_GAP


#: Letters an acronym needs before its frequency says anything: two letters are a syllable of any
#: language ("un", "eu"), whose frequency counts other words.
ACRONYM_LETTERS = 3


def _acronym_written(audit: Audit, sn: SourceName) -> bool:
    """The language writes this acronym as English does (see :func:`_acronym_alike`), and it is neither
    a term WordNet spells out ("CEO"), a word, nor a unit-like qualifier of a number ("1200 GMT", which
    a translation may convert to local time): its absence is an omission."""
    key = sn.keys[0]
    if not audit.article.cased or spelt_out(sn.name.text) or lexical(key):
        return False
    return _acronym_alike(key, audit.item.lang) and not _by_number(audit.src.text, sn.name.start, sn.name.end)


def _brand(sn: SourceName, lang: str) -> bool:
    """A brand of everyday English words (:func:`brand_like`) in a script without capitals nor Han
    characters: it is kept in Latin letters, transliterated or (wrongly) translated word for word,
    and the checks recognise each; no trace of it at all is an omission. Han characters write
    such brands by meaning, by convention ("蓝色起源" for "Blue Origin")."""
    return language(lang).script_name != script_of(HAN) and brand_like(tuple(sn.text.split()))


def han_brand(audit: Audit, sn: SourceName) -> bool:
    """A brand of everyday English words (:func:`brand_like`) in Han writing, where the embedder reads the article
    (its :meth:`~mt_audit.checks.entities.literal_names.LiteralNames.read_gap` is :data:`UNREAD_GAP` at least; an
    article on one subject reads its unrelated pairs close, so Chinese may fall short of the fuller bar). Such
    writing keeps the brand in Latin letters, says it by sound or by meaning ("蓝色起源" for "Blue Origin"); before
    this is asked the rendering tests found neither its letters nor its sound, and the literal reading
    (:meth:`~mt_audit.checks.entities.literal_names.LiteralNames.literal`) no phrase reading as it: not there at all.
    That reading takes a brand said by sound ("西尔弗布里奇沃克斯") for one translated, so such a brand is told
    literal, never dropped; the stretch test of Han sound (:func:`~mt_audit.checks.entities.unheard.han_unheard`)
    cannot tell the two apart, as it hears translations too ("红猎鹰工作室" for "Red Falcon Studio"). Only a brand
    that draws a picture (:func:`~mt_audit.entity_literal.picture_name`): a name saying what a body does ("Free
    Trade Experimental Zone", "自由贸易试验区") is rendered by convention, in words the literal reading may not
    take for it."""
    if sn.acronym or sn.soft or audit.has_bt or language(audit.item.lang).script_name != script_of(HAN):
        return False
    if not (brand_like(tuple(sn.text.split())) and picture_name(sn.keys)):
        return False  # a name of what a body does is translated by convention, however the reading takes it
    return audit.read_gap is not None and audit.read_gap >= UNREAD_GAP


#: English month and day names, in the source's spelling variants ("Novembre").
_CALENDAR = frozenset(spelling(w) for w in CALENDAR)


def _calendar(sn: SourceName) -> bool:
    """The name is a month or day name, spelt some way ("Novembre"): a date, which a translation writes
    in its own words and the number check compares."""
    return len(sn.keys) == 1 and len(sn.keys[0]) >= 3 and spelling(sn.keys[0]) in _CALENDAR


def _cldr_place(audit: Audit, sn: SourceName) -> bool:
    """A one-word place CLDR gives the language a name for ("Italia" for "Italy"), in a language with
    capitals: the translation writes that name, so neither it nor the English one there is an omission
    (an exonym CLDR lacks is looked for apart, see :func:`_exonym_slot`)."""
    if sn.acronym or sn.soft or len(sn.keys) != 1 or not audit.article.cased or not known_proper(sn.keys[0]):
        return False
    forms = local_forms(sn.keys[0], audit.item.lang)
    heads = {f[:3] for f in forms if len(f) >= 3}
    words = (fold(t.text) for t in audit.article.view.tokens if t.cap and not t.initial)
    return bool(forms) and not any(w[:3] in heads for w in words)  # a case form may alter the stem: "Włoszech"


def _unnamed_place(audit: Audit, sn: SourceName) -> bool:
    """A one-word place, its first WordNet sense an instance of one ("Kenya", "Oslo"), in a
    language with capitals for which CLDR gives no name of it but the English one: the translation keeps or
    respells the English name (a place known by one name only, :func:`~mt_audit.wordnet_places.sole_name`, or one
    CLDR names the English way there, :func:`~mt_audit.languages.kept_place_names`, where CLDR names
    the world in the language), or writes an exonym CLDR lacks, a capitalised word the check looks for apart
    (:func:`~mt_audit.checks.entities.unaccounted._exonym_slot`); no trace of either is an omission. So is a place
    whose name's own sense is a location WordNet names by one word only, in any language (:func:`~mt_audit.lexicon.
    named_place`: "Geneva", "Genf"; its first sense, a gin, says nothing): the exonym is one capitalised word."""
    if sn.acronym or sn.soft or len(sn.keys) != 1 or not audit.article.cased:
        return False
    key = sn.keys[0]
    lang = audit.item.lang
    thin = len(territory_names(lang)) < CLDR_PLACES  # no exonyms to know better by
    named = thin or sole_name(key) or key in kept_place_names(lang)
    return (named_place(key) or place_instance(key) and named) and not local_forms(key, lang)


#: Territory names below which CLDR's list for a language is too thin to say which places it renders otherwise.
CLDR_PLACES = 100


def brand_slot(audit: Audit, sn: SourceName, pair: Pair) -> bool:
    """A brand of everyday English words (:func:`brand_like`) that opens with a picture ("Quiet Fox",
    :func:`pictured`), in a language that writes its common nouns in lower case: kept as written or
    translated word for word, it shows as capitalised words, so where no capitalised word past a
    sentence's opener is a name or renders one of its words, it was dropped. Titles and descriptions
    of relational words ("National Parade") are rendered in lower case."""
    art, lang = audit.article, audit.item.lang
    if sn.acronym or art.english or not art.cased or capitalises_nouns(lang):
        return False
    keys = sn.text.lower().split()
    if not (brand_like(tuple(sn.text.split())) and pictured(keys[0], keys[1])):
        return False
    for j in pair.tgt:
        if j >= len(art.sent_tokens):
            return False
        lo, hi = art.sent_tokens[j]
        for i in range(lo + 1, hi):
            tok = art.view.tokens[i]
            if not tok.cap or tok.key in audit.src_keys:
                continue
            if art.view.name_of[i] != -1 or audit.key_rendered_by(sn.keys, tok):
                return False
    return True
