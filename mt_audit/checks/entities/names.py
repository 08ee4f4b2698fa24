"""The ``entities`` check: source names corrupted, translated literally, replaced or dropped."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

import regex

from mt_audit.checks.base import CheckInput, Emitter, Pair, check
from mt_audit.checks.entities.audit import (
    CORRUPTED,
    LITERAL,
    MISMATCH,
    Audit,
    entity_words,
    name_tokens,
    rendered_natively,
    trim,
)
from mt_audit.checks.entities.brackets import bracket_drops, bracket_message
from mt_audit.checks.entities.matching import Hit, SourceName, Target, analyse, generic, is_soft, native_ranges
from mt_audit.checks.entities.sound import HAN, distinctive, hearable, meant, sound_checkable
from mt_audit.checks.entities.unheard import meaning_absent
from mt_audit.entities import (
    CALENDAR,
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
    similarity,
    spelling,
)
from mt_audit.entity_compare import name_word, named_first, parts_of_speech
from mt_audit.entity_forms import (
    acronym_forms,
    conventional,
    local_forms,
    loose_skeleton,
    spelt_out,
)
from mt_audit.entity_literal import brand_like
from mt_audit.entity_script import fold
from mt_audit.languages import calendar_words, capitalises_nouns, language, script_of, transliterates
from mt_audit.lexicon import zipf
from mt_audit.types import Finding
from mt_audit.units import unit_of

# ---------------------------------------------------------------- bits of findings


def _region_text(t: Target, lo: int, hi: int) -> str:
    v = t.view
    return v.text[v.tokens[lo].start : v.tokens[hi - 1].end]


def _corrupted_message(sn: SourceName, found: str, hit: Hit, via_bt: bool = False) -> str:
    s, w = hit.swaps[0] if hit.swaps else (sn.text, found)
    if sn.lead is not None and (s not in sn.text or sn.lead.name.tokens[0] in found.split()):
        sn = sn.lead  # the word before the name is read with it: "Amp Coruña" for "A Coruña", "Mac Bone"
    if hit.kind == "misspelt":
        how = f"'{s}' misspelt as '{w}'"
    elif hit.kind == "truncated":
        how = f"'{s}' cut short to '{w}'"
    else:
        how = f"'{s}' swapped for '{w}'"
    what = f"The name here reads '{found}' in back-translation, which" if via_bt else f"'{found}'"
    return (
        f"{what} looks like the source's '{sn.text}' with {how}: a synonym spinner or a bad rewrite corrupted the name."
    )


def _literal_message(sn: SourceName, reading: str) -> str:
    return (
        f"The source's name '{sn.text}' was translated as ordinary words (the back-translation reads "
        f"'{reading}') instead of being kept as a name."
    )


def _replaced_message(sn: SourceName, other: str) -> str:
    return f"'{other}' stands where the source names '{sn.text}': a different name was put in its place."


def _dropped_message(sn: SourceName) -> str:
    return f"The source's name '{sn.text}' is missing from this sentence: the name was dropped."


# ---------------------------------------------------------------- the check


@check("entities", CORRUPTED, LITERAL, MISMATCH, severity="major")
def entities(item: CheckInput, emit: Emitter) -> Iterator[Finding]:
    """Source names corrupted, translated literally, replaced or dropped.

    Each name of the aligned source sentence is looked for in the article
    sentence (inflected, transliterated, or in the language's own form: CLDR
    names of countries, languages and cities, their adjectives) and in its
    back-translation. A name missing from both is corrupted when the article
    carries a look-alike ("Quick Company" for "Fast Company", an English head
    swapped: "Stanford College"), literal when the back-translation shows its
    words as ordinary words or, without one, when a brand made of English
    dictionary words is absent and everyday words of the language stand
    capitalised in its place ("Origine Bleue" for "Blue Origin"), and
    mismatched when another name stands in its place or none does. Articles
    that do not derive from the source are only searched for corrupted and
    literal names. Where ICU's Latin for the script is only approximate (it keeps letters ASCII folding
    cannot read: Ethiopic "bǝʾalǝvik" for "በአልቪክ", "in Alvik"), a name with a particle glued on may go
    unrecognised, so no name is told missing or replaced there (mismatch), only corrupted or literal,
    unless the sentence embedding reads it absent (:func:`~mt_audit.checks.entities.unheard.meaning_absent`).
    """
    if item.source is None or not item.sentences:
        return
    audit = Audit(item)
    seen: set[tuple[str, int, int]] = set()
    absence = transliterates(item.lang)  # plain Latin: a name's absence can be told
    if item.derives:
        pairs = item.pairs()
        for k in range(len(pairs)):
            for f in _pair_findings(audit, emit, pairs, k):
                key = (f.category, f.start, f.end)
                if key not in seen and (absence or f.category != MISMATCH or f.source_span in audit.read_absent):
                    seen.add(key)
                    yield f
        return
    for f in _document_findings(audit, emit):
        key = (f.category, f.start, f.end)
        if key not in seen:
            seen.add(key)
            yield f


def _finding(emit: Emitter, code: str, start: int, end: int, message: str, j: int, sn: SourceName) -> Finding:
    return emit.at(start, end, message, code=code, sentence_index=j, source_span=sn.text)


def _sentence_of(audit: Audit, pos: int) -> int:
    starts = [s.start for s in audit.item.sentences]
    return max(0, bisect.bisect_right(starts, pos) - 1)


def _damage_finding(
    audit: Audit, emit: Emitter, sn: SourceName, code: str, hit: Hit, t: Target, sentences: Sequence[int]
) -> Finding:
    if t is audit.article:
        s, e = audit.locate(t, hit.lo, hit.hi, sentences[0])
        j = _sentence_of(audit, s)
        found = audit.item.norm.text[s:e]
        message = _literal_message(sn, found) if code == LITERAL else _corrupted_message(sn, found, hit)
        return _finding(emit, code, s, e, message, j, sn)
    j = t.sentence_of(hit.lo)
    j = j if j >= 0 else sentences[0]
    s, e = audit.locate(t, hit.lo, hit.hi, j)
    reading = _region_text(t, hit.lo, hit.hi)
    if code == LITERAL:
        return _finding(emit, code, s, e, _literal_message(sn, reading), j, sn)
    return _finding(emit, code, s, e, _corrupted_message(sn, reading, hit, via_bt=True), j, sn)


def _pair_findings(audit: Audit, emit: Emitter, pairs: Sequence[Pair], k: int) -> Iterator[Finding]:
    pair = pairs[k]
    item = audit.item
    tgt = list(pair.tgt)
    missing: list[tuple[SourceName, bool]] = []
    bare_only: set[int] = set()  # names told missing only because nothing could stand for them
    replaced: list[tuple[SourceName, Hit, Target]] = []
    used_runs: set[tuple[int, int]] = set()
    told: set[int] = set()
    for sn, (s, e) in bracket_drops(audit, pair):
        told.add(id(sn))
        yield _finding(emit, MISMATCH, s, e, bracket_message(sn), _sentence_of(audit, s), sn)
    for i in pair.src:
        for sn in audit.source_names.get(i, ()):
            if id(sn) in told or unit_of(sn.text, "en") or (_calendar(sn) and not audit.article.english):
                continue  # "Celsius": a unit, written "°C" (the number check compares units); a month
            if audit.present(sn, tgt):
                run = None if audit.has_bt else audit.literal(sn, tgt, used_runs)
                if run is not None:  # present only as cognates of the language: "Origine Bleue"
                    yield _literal_finding(audit, emit, sn, run)
                elif (hit := audit.damaged_repeat(sn, tgt)) is not None:
                    yield _damage_finding(audit, emit, sn, CORRUPTED, hit, audit.article, tgt)
                continue
            dmg = audit.damaged(sn, tgt)
            if dmg is not None:
                code, hit, t = dmg
                yield _damage_finding(audit, emit, sn, code, hit, t, tgt)
                continue
            run = None if audit.has_bt else audit.literal(sn, tgt, used_runs)
            if run is not None:
                yield _literal_finding(audit, emit, sn, run)
                continue
            kept = _kept_elsewhere(audit, sn, pairs, k)
            bare = _no_slot(audit, sn, pair)
            read = meaning_absent(audit, sn, tgt)  # in a script ICU cannot read, the embedding's witness
            if not (read or bare or _checkable(audit, sn, kept) or sound_checkable(audit, sn, pairs)):
                continue
            if bare and not _checkable(audit, sn, kept):
                bare_only.add(id(sn))
            if audit.present(sn, _near(audit, sn, pairs, k)) or audit.rendered(sn, tgt):
                continue
            if audit.partly_rendered(sn, tgt):
                continue
            lo, hi = audit.art_range(tgt)
            a = analyse(sn, audit.article, lo, hi)
            if a.status == "other" and (audit.article.english or not audit.has_bt):
                if _swapped_for_entity(audit, a):
                    replaced.append((sn, a, audit.article))
                    continue
                if not _another_source_name(audit, a):
                    continue  # a word of the name kept, another rewritten: rendered its own way
            elif audit.has_bt:
                bt = audit.bt_for(tgt)
                b = analyse(sn, bt, 0, len(bt.view.tokens))
                if b.status == "other":
                    if _swapped_for_entity(audit, b):
                        replaced.append((sn, b, bt))
                        continue
                    if not _another_source_name(audit, b):
                        continue
                if b.status == "damaged":
                    continue  # reworded in translation ("Aerospace Institute"), which damaged() let pass
            missing.append((sn, kept or bare))
    for sn, hit, t in replaced:
        j = tgt[0]
        s, e = audit.locate(t, hit.lo, hit.hi, j) if t is audit.article else _bt_locate(audit, t, hit.lo, hit.hi, tgt)
        other = _region_text(t, hit.lo, hit.hi)
        yield _finding(emit, MISMATCH, s, e, _replaced_message(sn, other), _sentence_of(audit, s), sn)
    if not missing:
        return
    new = _new_names(audit, tgt)
    missing = [(sn, kept) for sn, kept in missing if not any(_abbreviates(sn, n) or _alike(sn, n) for n in new)]
    used: set[int] = set()
    for sn, kept in missing:
        free = [n for n in range(len(new)) if n not in used and _may_replace(audit, sn, new[n])]
        free = [n for n in free if _another_entity(audit, new[n])]  # an unknown word may be a form CLDR lacks
        if free and id(sn) in bare_only:
            continue  # a name stands there after all: the rendering of this one, for all we know
        if free:
            n = min(free, key=lambda n: abs(new[n].rel - sn.rel))
            used.add(n)
            t, lo, hi = new[n].target, new[n].lo, new[n].hi
            s, e = audit.locate(t, lo, hi, tgt[0]) if t is audit.article else _bt_locate(audit, t, lo, hi, tgt)
            other = _region_text(t, lo, hi)
            yield _finding(emit, MISMATCH, s, e, _replaced_message(sn, other), _sentence_of(audit, s), sn)
            continue
        if not (kept or _person(audit, sn)) and (
            (sn.acronym and not _acronym_written(audit, sn))
            or sn.soft
            or (len(sn.keys) == 1 and lexical(sn.keys[0]) and not named_first(sn.keys[0], item.lang))
        ):
            continue  # acronyms are spelt out, dictionary words paraphrased: absence proves little
        if len(pair.src) > 1 and _words(audit, sn.sentence) < 5:
            continue  # a caption or credit folded into its neighbour's bead
        if not (kept or _person(audit, sn)) and _exonym_slot(audit, sn, pair):
            continue  # an unaccounted name stands there: the language's own name for the place ("Дунай")
        first = item.sentences[tgt[0]]
        last = item.sentences[tgt[-1]]
        s, e = trim(item.norm.text, first.start, last.end)
        yield _finding(emit, MISMATCH, s, e, _dropped_message(sn), first.index, sn)


def _literal_finding(audit: Audit, emit: Emitter, sn: SourceName, run: tuple[int, int]) -> Finding:
    """The name rendered as ordinary words of the language, seen in the article itself."""
    v = audit.article.view
    s, e = v.tokens[run[0]].start, v.tokens[run[1] - 1].end
    reading = v.text[s:e]
    message = (
        f"The source's name '{sn.text}' seems translated as ordinary words ('{reading}') instead of being kept as "
        f"a name: the name is absent and these everyday words of the language stand where it was."
    )
    return _finding(emit, LITERAL, s, e, message, _sentence_of(audit, s), sn)


def _words(audit: Audit, i: int) -> int:
    assert audit.item.source is not None
    return len(audit.item.source.sentences[i].text.split())


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
    if joined[:1] == sn.joined[:1] and similarity(joined, sn.joined) >= 0.6:
        return True
    return not new.target.english and len(keys) > 1 and any(_shortened_sound(sn, k) for k in keys)


def _shortened_sound(sn: SourceName, key: str) -> bool:
    """The word opens as the name does and its consonants begin the name's, two at least: a local
    form that drops the name's end ("Donau", "Duna" for "Danube")."""
    a, b = loose_skeleton(sn.joined), loose_skeleton(key)
    return len(b) >= 2 and a.startswith(b) and fold(key)[:1] == sn.joined[:1]


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
    toks = [x for x in new.target.view.tokens[new.lo : new.hi] if x.key not in CONNECTORS and x.key not in TITLES]
    if any(_entity_word(audit, compact(w)) for x in toks for w in _HYPHENS.split(x.text)):
        return True  # also the first part of a compound: "Island-Schafs"
    lang = new.target.lang
    return len(toks) >= 2 and all(x.script == "latin" and zipf(x.key, lang) < SPELT_ALIKE_MIN for x in toks)


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


def _entity_word(audit: Audit, key: str) -> bool:
    if len(key) < 2 or key in audit.src_keys:
        return False
    if known_proper(key) or proper_en(key) or key in entity_words(audit.item.lang):
        return True
    z = zipf(key, "en")  # a name English writes often, and the language does not: an English name
    return not common_en(key) and z >= SPELT_ALIKE_MIN and z > zipf(key, audit.item.lang) + SPELT_ALIKE_GAP


_HYPHENS = regex.compile(r"[\-‐]")


def _demonym_like(key: str) -> bool:
    return key.endswith(("an", "ese", "ish", "ic", "i")) and known_proper(key)


def _subsequence(a: str, b: str) -> bool:
    it = iter(b)
    return all(c in it for c in a)


def _checkable(audit: Audit, sn: SourceName, kept: bool) -> bool:
    """Whether a missing name can be told from a translated one here: the article keeps the name as
    the source writes it in another sentence, or the name is rare in English, or the language writes
    it the English way (see :func:`_spelt_alike`)."""
    if audit.article.english:
        return True
    if _person(audit, sn) and (audit.article.cased or hearable(audit, sn)):
        return True  # said by sound in every script
    if sn.soft or conventional(sn.keys) or meant(sn):
        return False  # a name WordNet lists whole ("Milky Way", "Red Cross") or as a noun has its own translation
    if kept and (audit.article.cased or (hearable(audit, sn) and distinctive(sn))):
        return True  # the translation writes this name as the source does: its absence here is an omission
    if sn.acronym and common_en(sn.keys[0]):
        return False
    if audit.has_bt or _cldr_place(audit, sn):
        return True
    if sn.acronym and audit.article.cased:
        return _acronym_written(audit, sn)
    if not sn.acronym and not audit.article.cased and _brand(sn, audit.item.lang):
        return True
    if sn.acronym or not audit.article.cased:
        return False  # an acronym is translated with the language: "IMF" is "FMI" in Spanish
    if sn.translated_head:
        return False
    return any(not common_en(k) and zipf(k, "en") < 4.5 for k in sn.keys) or _spelt_alike(sn, audit.item.lang)


#: What may stand between a title and the name it precedes: spaces, after an abbreviation's full stop.
_TITLE_GAP = regex.compile(r"\.?\s+")


def _person(audit: Audit, sn: SourceName) -> bool:
    """A person's name: a title or role stands right before it in the source ("Dr. Lenz", "mayor
    Ana Ruiz"). A person's name is kept or said by sound in every language, never translated by
    meaning, whatever its words mean ("Dr. Baker"): its absence is an omission. A title with an
    adjective's sense ("former", "foreign") may qualify anything, and a name of a place
    ("St. Louis") or an institution is not a person's."""
    if sn.acronym or sn.soft or sn.translated_head:
        return False
    toks, text = audit.src.tokens, audit.src.text
    i = audit.src.index_at(sn.name.start)
    if i < 1 or i >= len(toks):
        return False
    title = toks[i - 1]
    if title.key not in TITLES or "a" in parts_of_speech(title.key):
        return False
    if not _TITLE_GAP.fullmatch(text, title.end, toks[i].start):
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


#: A language's function words ("dans", "und", "la") are this frequent in it at least (Zipf).
FUNCTION_ZIPF = 6.0


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


#: English month and day names, in the source's spelling variants ("Novembre").
_CALENDAR = frozenset(spelling(w) for w in CALENDAR)


def _calendar(sn: SourceName) -> bool:
    """The name is a month or day name, spelt some way ("Novembre"): a date, which a translation writes
    in its own words and the number check compares."""
    return len(sn.keys) == 1 and len(sn.keys[0]) >= 3 and spelling(sn.keys[0]) in _CALENDAR


def _mentions(audit: Audit, sn: SourceName, src_sentences: Sequence[int]) -> bool:
    """Whether these source sentences write a specific word of the name."""
    assert audit.item.source is not None
    keys = {k for k in sn.keys if k not in CONNECTORS and k not in TITLES}
    toks = audit.src.tokens
    for i in src_sentences:
        s = audit.item.source.sentences[i]
        j = audit.src.index_at(s.start)
        while j < len(toks) and toks[j].end <= s.end:
            if toks[j].key in keys:
                return True
            j += 1
    return False


def _near(audit: Audit, sn: SourceName, pairs: Sequence[Pair], k: int) -> list[int]:
    """Article sentences of bead ``k`` and of the neighbouring beads whose source does not name ``sn``:
    an alignment may shift a name by one sentence, but a neighbour naming it on both sides accounts
    for its own mention ("Lindqvist" after "Maria Lindqvist")."""
    out = list(pairs[k].tgt)
    for n in (k - 1, k + 1):
        if 0 <= n < len(pairs) and not _mentions(audit, sn, pairs[n].src):
            out.extend(pairs[n].tgt)
    return sorted(out)


def _kept_elsewhere(audit: Audit, sn: SourceName, pairs: Sequence[Pair], k: int) -> bool:
    """The article writes the name as the source does (or transliterated) in a sentence of another
    bead: the translation keeps this name, so a sentence without it lost it."""
    art = audit.article
    single = len(sn.keys) == 1 and not sn.acronym and (len(sn.keys[0]) < 3 or common_en(sn.keys[0]))
    if single or all(generic(k) for k in sn.keys):
        return False  # "Navy", "Oh", "Parliament": said in words, whatever another sentence does
    for n, p in enumerate(pairs):
        if n == k:
            continue
        for j in p.tgt:
            if j >= len(art.sent_tokens):
                continue
            lo, hi = art.sent_tokens[j]
            if sn.acronym:  # as written: a loose search also reads the initials of ordinary words
                if any(x.key == sn.keys[0] and is_acronym(x.text) for x in art.view.tokens[lo:hi]):
                    return True
            elif analyse(sn, art, lo, hi).status == "present" or _native_here(sn, art, lo, hi):
                return True
    return False


def _native_here(sn: SourceName, art: Target, lo: int, hi: int) -> bool:
    """The name transliterated into the article's own script in tokens [lo, hi)."""
    if art.english:
        return False
    native = [x.text for x in art.view.tokens[lo:hi] if x.script != "latin"]
    return bool(native) and (bool(native_ranges(sn, art, lo, hi)) or rendered_natively(sn.joined, native, art.lang))


def _bt_locate(audit: Audit, t: Target, lo: int, hi: int, tgt: Sequence[int]) -> tuple[int, int]:
    j = t.sentence_of(lo)
    return audit.locate(t, lo, hi, j if j >= 0 else tgt[0])


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


def _document_findings(audit: Audit, emit: Emitter) -> Iterator[Finding]:
    """Corrupted and literal names in an article that does not derive from the source."""
    item = audit.item
    everything = list(range(len(item.sentences)))
    done: set[str] = set()
    for group in audit.source_names.values():
        for sn in group:
            if sn.joined in done or sn.acronym:
                continue
            done.add(sn.joined)
            if audit.present(sn, everything):
                continue
            for j in sorted(audit.candidates(sn)):
                dmg = audit.damaged(sn, [j])
                if dmg is not None:
                    code, hit, t = dmg
                    yield _damage_finding(audit, emit, sn, code, hit, t, [j])


def _renders_source_name(audit: Audit, tok: Token) -> bool:
    """The article word renders a word of one of the source's names ("Roemenië" of "Romania"): that
    name is accounted for, and the word stands for no other."""
    if audit.article.english:
        return False
    keys = sorted({k for group in audit.source_names.values() for o in group for k in o.keys if not generic(k)})
    return audit.key_rendered_by(keys, tok)


def _exonym_slot(audit: Audit, sn: SourceName, pair: Pair) -> bool:
    """A name WordNet knows (a river, a city: a language often has its own name for it, which CLDR
    may lack: "Дунай", "Donau" for "Danube") is not told dropped while a capitalised word of the
    aligned sentences that nothing in the source accounts for may be that name, or the word before a
    class word capitalised with it ("Tuna Nehri"). Where every noun is capitalised, the word must also open
    with the name's consonants ("Donau")."""
    art = audit.article
    if art.english or not art.cased or sn.acronym or sn.soft:
        return False
    keys = [k for k in sn.keys if k not in CONNECTORS]
    if not keys or not all(known_proper(k) for k in keys):
        return False
    nouns = capitalises_nouns(audit.item.lang)
    lo, hi = audit.art_range(pair.tgt)
    toks = art.view.tokens
    if any(_may_be_exonym(audit, sn, toks[i], nouns) for i in range(lo, hi)):
        return True
    return not nouns and any(_named_by_class_word(audit, toks[i - 1], toks[i]) for i in range(lo + 1, hi))


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
    """One capitalised article word (not by position) that no source word or name accounts for."""
    lang = audit.item.lang
    if not _HYPHENS.split(tok.text)[-1][:1].isupper() or tok.initial or len(tok.key) < 3 or tok.key in audit.src_keys:
        return False  # a name may follow a hyphened article ("il-Kajr"); a capital after a prefix
        # ("ngoLwesibili", on Tuesday) is no name's own
    if tok.key in TITLES or compact(tok.text) in entity_words(lang) or zipf(tok.text.lower(), lang) >= EXONYM_MAX_ZIPF:
        return False  # another place CLDR names, or an everyday word capitalised in a name ("Musée", "Borsa")
    if _calendar_sound(tok.key, lang):
        return False
    if _known_word(audit, tok.key, lang) or _renders_source_name(audit, tok):
        return False
    if nouns:
        return _shortened_sound(sn, tok.key)
    return True


def _cognate(audit: Audit, key: str) -> bool:
    """The word is spelt much as a source word is (as :func:`_alike` compares): a cognate translating it."""
    return any(k[:1] == key[:1] and similar(k, key, COGNATE_SIMILARITY) for k in audit.src_keys)


#: How alike a word and a source word are spelt to be cognates (the bar of :func:`_alike`).
COGNATE_SIMILARITY = 0.6


#: A word this frequent in the language (Zipf) is an everyday word, capitalised in a translated name
#: or after a lost full stop; a place's own name in the language is rarer ("Дунай" is 3.2).
EXONYM_MAX_ZIPF = 4.2


def _calendar_sound(key: str, lang: str) -> bool:
    """The word sounds as a CLDR month or day name of the language does ("Juma" of "Jummaʼa", Friday,
    written with another apostrophe): a date, not a place."""
    sk = loose_skeleton(key)
    return len(sk) >= 2 and any(
        len(c) >= 4 and c[:1] == key[:1] and loose_skeleton(c) == sk for c in _calendar_keys(lang)
    )


@cache
def _calendar_keys(lang: str) -> tuple[str, ...]:
    return tuple(sorted(fold(w) for w in calendar_words(lang)))


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
