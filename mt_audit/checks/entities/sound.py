"""Whether a name's silence in an uncased script means it was dropped: the rendering test (sound,
transliteration, CLDR forms) hears names there, and when it hears the article's other names, a
distinctive name it does not hear is missing, not rendered otherwise."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from mt_audit import wordnet_places
from mt_audit.checks.base import Pair
from mt_audit.checks.entities.audit import Audit
from mt_audit.checks.entities.matching import FUNCTION_ZIPF, SourceName
from mt_audit.checks.entities.unheard import (
    MEANING_GAIN,
    MIN_HAN_SOUNDS,
    cldr_absent,
    han_unheard,
    japanese_name,
    meaning_gain,
    person_unheard,
    unheard,
    unheard_in_runs,
)
from mt_audit.checks.entities.words import generic
from mt_audit.entities import CONNECTORS, common_en, fold, known_proper, lexical, proper_en
from mt_audit.entity_compare import CALENDAR
from mt_audit.entity_forms import (
    MIN_RUN_SOUND,
    MIN_SOUND,
    by_meaning,
    conventional,
    local_forms,
    loose_skeleton,
    loose_skeletons,
)
from mt_audit.entity_literal import brand_like
from mt_audit.languages import language, script_of, to_latin
from mt_audit.lexicon import zipf
from mt_audit.units import unit_of


def hearable(audit: Audit, sn: SourceName, unspaced: bool = False) -> bool:
    """In a script without capitals, the rendering test can hear the name apart from other words: it
    has three consonants at least ("Shah" has one) in a script that spaces its words; in one that
    does not (``unspaced`` allows it), as many as a name found inside a run of text needs."""
    size = sound_size(sn)
    if language(audit.item.lang).spaced:
        return size >= MIN_SOUND
    return unspaced and size >= MIN_RUN_SOUND


#: A Han ideograph: its script (Chinese, Japanese) writes names by meaning as well as by sound.
HAN = "\u4e2d"

#: Distinctive names of other beads the rendering test must find before its silence counts.
SOUND_WITNESSES = 3
#: ... before its silence on a full name counts (see :func:`full_name`).
FULL_NAME_WITNESSES = 1


def distinctive(sn: SourceName) -> bool:
    """A name rare in English, neither an acronym nor a translated institution: its words are said
    by sound in any script, so their absence is no paraphrase. Three consonants at least: fewer
    ("Ottawa", "オタワ") the rendering test cannot hear apart from other words."""
    if sn.acronym or sn.soft or meant(sn):
        return False
    if (sn.translated_head or conventional(sn.keys)) and not proper_core(sn):
        return False
    if sound_size(sn) < MIN_SOUND:
        return False
    return any(not common_en(k) and zipf(k, "en") < 4.5 for k in sn.keys)


def proper_core(sn: SourceName) -> bool:
    """Past its class words, the name is made of names no English dictionary has as words ("Lake Malawi",
    "Mount Kenya"): a translation renders the class word ("lago Malawi", "Malawisjøen") but keeps or
    transliterates those words, whatever WordNet's conventional name, so their absence is a drop.
    A dictionary word among them ("Red Cross", "Lake Geneva", where "geneva" is a gin) may be
    translated. A name WordNet lists whole with one of its words alone as a synonym ("Everest" of "Mount
    Everest", :func:`~mt_audit.wordnet_places.short_names`) has that word as its core: the rest is rendered."""
    if sn.acronym or len(sn.keys) < 2:
        return False
    if wordnet_places.short_names(" ".join(sn.keys)):
        return True
    words = core_words(sn)
    return 0 < len(words) < len(sn.keys) and all(known_proper(k) and not (lexical(k) or common_en(k)) for k in words)


def core_words(sn: SourceName) -> list[str]:
    """The words of a name past its class words and connectors: those WordNet lists alone for the whole
    (:func:`~mt_audit.wordnet_places.short_names`), else the words no generic head ("Malawi" of "Lake Malawi")."""
    short = list(wordnet_places.short_names(" ".join(sn.keys)))
    return short or [k for k in sn.keys if k not in CONNECTORS and not generic(k)]


def sound_checkable(audit: Audit, sn: SourceName, pairs: Sequence[Pair]) -> bool:
    """In an uncased script without a back-translation, a distinctive name can be told missing when
    the rendering test (sound, transliteration, CLDR forms) finds every other distinctive name of
    the article in its aligned sentence, at least :data:`SOUND_WITNESSES` of them: in this article,
    this script, a name that is there is recognised, so silence means the name was dropped. Where
    no word there even sounds partly like the name (:func:`~mt_audit.checks.entities.unheard.unheard`),
    one witness is enough in katakana and in runs of an unspaced script that writes names by sound
    (:func:`~mt_audit.checks.entities.unheard.unheard_in_runs`; elsewhere an exonym may sound
    otherwise: "سویا" for "Seville"); a place CLDR
    names in an unspaced script is missing where that name is not written
    (:func:`~mt_audit.checks.entities.unheard.cldr_absent`). A person's full name, said by sound
    everywhere, needs no witness where no word sounds like a word of it
    (:func:`~mt_audit.checks.entities.unheard.person_unheard`) or, in Han characters and katakana, no
    stretch like the whole (:func:`~mt_audit.checks.entities.unheard.han_unheard`); nor a brand in
    Japanese (:func:`kana_brand`) where no word sounds like it: only none of the article's other
    distinctive names may be unheard (two unheard say the test fails here)."""
    if audit.article.cased or audit.has_bt or audit.article.english:
        return False
    tgt = [j for p in pairs if sn.sentence in p.src for j in p.tgt]
    if cldr_absent(audit, sn, tgt):
        return True  # CLDR's own name of the place, and its opening character, are not written there
    if full_name(sn, audit) and person_unheard(audit, sn, tgt):
        return not others_unheard(audit, sn, pairs)  # said by sound everywhere, and nothing sounds like it
    if full_name(sn, audit) and not japanese_name(sn) and han_unheard(audit, sn, tgt):
        return not others_han_unheard(audit, sn, pairs)  # every other name heard: the witness
    if kana_brand(audit, sn) and unheard(audit, sn, tgt):
        return not others_unheard(audit, sn, pairs)  # kept in Latin letters or said in katakana
    # katakana, where a name is written by sound alone, and nothing there sounds like it
    kana = language(audit.item.lang).script == "Jpan" and distinctive(sn) and unheard(audit, sn, tgt)
    if kana and kana_long_unheard(audit, sn, tgt):
        return not others_unheard(audit, sn, pairs)  # a long name said in katakana, nothing like it there
    if language(audit.item.lang).script_name == script_of(HAN) and not (kana_full_name(audit, sn) or kana):
        return False  # Han characters write names by meaning too ("テンプル騎士団" for "Templars")
    if cldr_named(audit, sn):
        return not others_unheard(audit, sn, pairs) or meaning_gain(audit, sn, tgt) >= MEANING_GAIN
    # or a script that writes names by sound in runs of words, no stretch of which sounds like it
    silent = kana or (distinctive(sn) and unheard_in_runs(audit, sn, tgt))
    if not distinctive(sn) or not (silent or hearable(audit, sn, unspaced=True)):
        return False
    found, missed = unrendered(audit, pairs)
    if missed != {id(sn)} or found < (
        FULL_NAME_WITNESSES if silent else witnesses(sn, language(audit.item.lang).spaced)
    ):
        if meaning_gain(audit, sn, tgt) < MEANING_GAIN:
            return False  # neither other names heard nor the sentence's meaning say the test works here
    return not (full_name(sn, audit) and given_name_heard(audit, sn, tgt))


def kana_full_name(audit: Audit, sn: SourceName) -> bool:
    """A person's full name in Japanese, whose script (ISO 15924 "Jpan") writes foreign names by sound
    in katakana ("マルコ・ロッシ"), never by meaning; a Japanese one ("Kenji Watanabe") is written in Han."""
    return language(audit.item.lang).script == "Jpan" and full_name(sn, audit) and not japanese_name(sn)


def kana_long_unheard(audit: Audit, sn: SourceName, tgt: Sequence[int]) -> bool:
    """A long name (:data:`LONG_SOUND` consonants: a small town, "Kidderminster") CLDR does not name in
    Japanese, which writes it by sound in katakana, and no stretch of Han characters or katakana there
    sounds like it (:func:`~mt_audit.checks.entities.unheard.han_unheard`): it needs no other name heard.
    A place CLDR names may be written otherwise ("スイス" for "Switzerland", "米国")."""
    if sound_size(sn) < LONG_SOUND or local_forms(" ".join(sn.keys), audit.item.lang):
        return False
    return han_unheard(audit, sn, tgt)


def kana_brand(audit: Audit, sn: SourceName) -> bool:
    """A brand of everyday English words (:func:`~mt_audit.entity_literal.brand_like`) in Japanese, whose
    script (ISO 15924 "Jpan") keeps it in Latin letters or says it in katakana ("ノーザン・ライト"); Han
    characters alone write such brands by meaning ("蓝色起源" for "Blue Origin")."""
    return language(audit.item.lang).script == "Jpan" and not sn.acronym and brand_like(tuple(sn.text.split()))


def cldr_named(audit: Audit, sn: SourceName) -> bool:
    """CLDR writes this place in the article's language ("ಕೋಪನ್‌ಹೇಗನ್" for "Copenhagen"): the rendering
    test looks for that form as well as the name's sound, so it needs no other name heard to show
    that it works here; only none of the article's other distinctive names may be unheard."""
    if sn.acronym or sn.soft or not language(audit.item.lang).spaced:
        return False  # an unspaced script glues the form to its neighbours ("ในกรุงไนโรบีทดสอบ")
    return bool(local_forms(" ".join(sn.keys), audit.item.lang))


def given_name_heard(audit: Audit, sn: SourceName, tgt: Sequence[int]) -> bool:
    """A word of the sentences sounds like the full name's given name and opens with its letter
    ("아나" for "Ana"): the person is named there, with a surname said as the language hears it
    (Portuguese "rr" is an "h": "페헤이라" for "Ferreira")."""
    if not tgt:
        return False
    want = sn.keys[0]
    sk = loose_skeleton(want)
    lo, hi = audit.art_range(list(tgt))
    for tok in audit.article.view.tokens[lo:hi]:
        if fold(to_latin(tok.text))[:1] == want[:1] and sk in loose_skeletons(tok.text):
            return True
    return False


def witnesses(sn: SourceName, spaced: bool = True) -> int:
    """Other names the rendering test must hear before its silence on ``sn`` counts: one for a full
    name (:func:`full_name`), or for a long one (:data:`LONG_SOUND`) in a script that spaces its
    words, whose words the test reads whole and hears through a sound or two written otherwise;
    :data:`SOUND_WITNESSES` for others. An unspaced script reads a name inside a run, and some
    (Burmese, Khmer) leave their syllables' final consonants unsaid."""
    if full_name(sn) or (spaced and sound_size(sn) >= LONG_SOUND):
        return FULL_NAME_WITNESSES
    return SOUND_WITNESSES


#: Consonants of a name's skeleton the rendering test hears with one witness ("Frankfurt" has seven).
LONG_SOUND = 6
#: A given name is no frequent English word (Zipf) unless WordNet writes it capitalised ("David").
GIVEN_NAME_MAX_ZIPF = 4.5


def full_name(sn: SourceName, audit: Audit | None = None) -> bool:
    """Two words or more, a given name (or more) and a surname: a person's full name, said by sound in
    every script; the rendering test misses both words of it far more rarely than one. The surname
    is no English dictionary word, or the source calls the person by it alone (:func:`surname`: "Torres",
    which also spells a plural of "torr"); a frequent name is one ("García"). A given name may be a
    rare one ("Ana" is a WordNet noun) or a name WordNet writes capitalised ("David")."""
    if len(sn.keys) < 2 or any(len(k) < 3 for k in sn.keys):
        return False
    *given, surname_key = sn.keys
    if (lexical(surname_key) or surname_key in CALENDAR) and not after_particle(sn):
        if audit is None or not surname(audit, surname_key):
            return False
    return all(proper_en(k) or zipf(k, "en") < GIVEN_NAME_MAX_ZIPF for k in given)


def surname(audit: Audit, key: str) -> bool:
    """The source names someone in full with this last word and elsewhere by it alone ("Marta Torres", then
    "Torres said"): a person's surname, whatever English word it also spells."""
    names = [o for group in audit.source_names.values() for o in group if not o.acronym]
    return any(len(o.keys) > 1 and o.keys[-1] == key for o in names) and any(o.keys == [key] for o in names)


def after_particle(sn: SourceName) -> bool:
    """The name's last word follows a surname's particle, a connector written in lower case that is no
    English function word ("Johannes van der Berg", "Pieter de Vries"; not "Gulf of Finland"): a
    surname, whatever it means as an English word ("berg")."""
    name = getattr(sn, "name", None)  # a name known by its keys alone has no particle to show
    toks = name.tokens if name is not None else ()
    if len(toks) < 3:
        return False
    particle = toks[-2]
    return particle.islower() and particle in CONNECTORS and zipf(particle, "en") < FUNCTION_ZIPF


def unrendered(audit: Audit, pairs: Sequence[Pair]) -> tuple[int, set[int]]:
    """How many distinctive source names the rendering test finds in their aligned sentences, and
    the ids of those it does not (computed once per article)."""
    if audit.sound_tally is not None:
        return audit.sound_tally
    found, missed = 0, set()
    for p in pairs:
        tgt = list(p.tgt)
        for i in p.src:
            for sn in audit.source_names.get(i, ()):
                if not distinctive(sn) or unit_of(sn.text, "en"):
                    continue
                if tgt and (audit.present(sn, tgt) or audit.rendered(sn, tgt) or audit.partly_rendered(sn, tgt)):
                    found += 1
                else:
                    missed.add(id(sn))
    audit.sound_tally = (found, missed)
    return found, missed


def meant(sn: SourceName) -> bool:
    """A one-word name WordNet gives an everyday noun's meaning ("Sagittarius", the Archer): translated."""
    return len(sn.keys) == 1 and not sn.acronym and by_meaning(sn.keys[0])


def sound_size(sn: SourceName) -> int:
    """Consonants the rendering test hears in the name: a "w" opening it before a vowel is one
    ("Walbrook" is "Валбрук", "वालब्रुक"), though :func:`loose_skeleton` reads an English "w" as a vowel,
    as Arabic script writes it."""
    return len(loose_skeleton(_W_OPENING.sub("v", sn.joined)))


#: A "w" opening a word before a vowel.
_W_OPENING = regex.compile(r"(?<![a-zA-Z])[wW](?=[aeiouy])")


def others_unheard(audit: Audit, sn: SourceName, pairs: Sequence[Pair]) -> bool:
    """Another distinctive name of the article that the rendering test misses is not heard either:
    nothing there sounds even partly like it (:func:`~mt_audit.checks.entities.unheard.unheard`), so the
    sound test fails in this article and its silence on ``sn`` proves nothing. A name the rendering test
    misses but some word of its own sentences sounds partly like is there, said otherwise (an exonym:
    "ヨーテボリ" for "Gothenburg"): no sign against the sound test. Only where that test can listen (a
    script that spaces its words, katakana); elsewhere any name the rendering test misses counts."""
    missed = unrendered(audit, pairs)[1] - {id(sn)}
    facts = language(audit.item.lang)
    if not missed or not (facts.spaced or facts.script == "Jpan"):
        return bool(missed)
    for p in pairs:
        tgt = list(p.tgt)
        others = [o for i in p.src for o in audit.source_names.get(i, ()) if id(o) in missed]
        if any(not tgt or unheard(audit, o, tgt, False) for o in others):
            return True
    return False


def others_han_unheard(audit: Audit, sn: SourceName, pairs: Sequence[Pair]) -> bool:
    """Another distinctive name of the article that the rendering test misses is not heard by the stretch test
    either (:func:`~mt_audit.checks.entities.unheard.han_unheard`), or is too short for it: the sound of names in
    this article's Han characters tells nothing, so its silence on ``sn`` proves nothing. A name that test hears
    ("斯瓦尔巴" for "Svalbard", pinyin "si wa er ba") shows it works here."""
    missed = unrendered(audit, pairs)[1] - {id(sn)}
    for p in pairs:
        tgt = list(p.tgt)
        for o in (o for i in p.src for o in audit.source_names.get(i, ()) if id(o) in missed):
            if not tgt or not _han_sized(o) or han_unheard(audit, o, tgt):
                return True
    return False


def _han_sized(sn: SourceName) -> bool:
    """The name has the consonants the stretch test needs to hear it in Han characters."""
    return len("".join(loose_skeleton(k) for k in sn.keys)) >= MIN_HAN_SOUNDS
