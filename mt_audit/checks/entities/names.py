"""The ``entities`` check: source names corrupted, translated literally, replaced or dropped."""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from functools import cache

from mt_audit.checks.base import CheckInput, Emitter, Pair, check
from mt_audit.checks.entities.absence import (
    _acronym_written,
    _calendar,
    _checkable,
    _no_slot,
    _person,
    brand_slot,
    core_rendered,
    han_brand,
)
from mt_audit.checks.entities.audit import (
    CORRUPTED,
    LITERAL,
    MISMATCH,
    Audit,
    trim,
)
from mt_audit.checks.entities.brackets import bracket_drops, bracket_message
from mt_audit.checks.entities.matching import Hit, SourceName, Target, analyse, native_ranges
from mt_audit.checks.entities.rendering import rendered_natively
from mt_audit.checks.entities.sound import sound_checkable, surname
from mt_audit.checks.entities.unaccounted import (
    NewName,
    _abbreviates,
    _alike,
    _another_entity,
    _another_source_name,
    _entity_word,
    _exonym_read,
    _exonym_slot,
    _may_replace,
    _new_names,
    _swapped_for_entity,
)
from mt_audit.checks.entities.unheard import meaning_absent, own_form_absent
from mt_audit.checks.entities.words import generic
from mt_audit.entities import (
    CONNECTORS,
    TITLES,
    common_en,
    compact,
    is_acronym,
    lexical,
)
from mt_audit.entity_compare import named_first
from mt_audit.entity_forms import local_forms
from mt_audit.entity_literal import stands_literally
from mt_audit.entity_script import fold
from mt_audit.languages import exonyms, kept_place_names, language, transliterates
from mt_audit.types import Finding
from mt_audit.units import unit_of
from mt_audit.wordnet_places import named_place

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
        yield _finding(emit, MISMATCH, s, e, bracket_message(sn, item.norm.text[s:e]), _sentence_of(audit, s), sn)
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
            bare = _no_slot(audit, sn, pair) or brand_slot(audit, sn, pair)
            read = meaning_absent(audit, sn, tgt)  # in a script ICU cannot read, the embedding's witness
            read = read or _own_form_dropped(audit, sn, pairs, k)  # the article's own form of it, not here
            read = read or han_brand(audit, sn)  # in Han writing, no letters, sound nor meaning of it
            if not (read or bare or _checkable(audit, sn, kept) or sound_checkable(audit, sn, pairs)):
                continue
            if bare and not _checkable(audit, sn, kept):
                bare_only.add(id(sn))
            near = _near(audit, sn, pairs, k)
            if audit.present(sn, near) or audit.rendered(sn, tgt):
                continue
            if (dmg := audit.damaged(sn, near)) is not None and dmg[2] is audit.article:
                yield _damage_finding(audit, emit, sn, dmg[0], dmg[1], dmg[2], near)
                continue  # damaged in a neighbour the alignment gave another source sentence: "Sinister Rock"
            if audit.partly_rendered(sn, tgt) or core_rendered(audit, sn, tgt):
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
            if _translated_here(audit, sn, new[n]):
                yield _literal_finding(audit, emit, sn, (new[n].name_lo, new[n].name_hi))
                continue
            t, lo, hi = new[n].target, new[n].lo, new[n].hi
            s, e = audit.locate(t, lo, hi, tgt[0]) if t is audit.article else _bt_locate(audit, t, lo, hi, tgt)
            other = _region_text(t, lo, hi)
            yield _finding(emit, MISMATCH, s, e, _replaced_message(sn, other), _sentence_of(audit, s), sn)
            continue
        if not (kept or _person(audit, sn)) and (
            (sn.acronym and not _acronym_written(audit, sn))
            or sn.soft
            or (len(sn.keys) == 1 and lexical(sn.keys[0]) and not _named_first(sn.keys[0], item.lang))
        ):
            continue  # acronyms are spelt out, dictionary words paraphrased: absence proves little
        if len(pair.src) > 1 and _words(audit, sn.sentence) < 5:
            continue  # a caption or credit folded into its neighbour's bead
        if not (kept or _person(audit, sn)) and (_exonym_slot(audit, sn, pair) or _exonym_read(audit, sn, pair)):
            continue  # an unaccounted name stands there: the language's own name for the place ("Дунай", "호주")
        run = None if audit.has_bt else audit.weak_literal(sn, tgt, used_runs)
        if run is not None:  # not dropped: its words translated, read with the lead a weak reading affords
            yield _literal_finding(audit, emit, sn, run)
            continue
        yield _absent_finding(audit, emit, sn, pair)


def _absent_finding(audit: Audit, emit: Emitter, sn: SourceName, pair: Pair) -> Finding:
    """The name absent from the bead's article sentences, told by what their length keeps of it where the
    embedder cannot read their words (:meth:`~mt_audit.checks.entities.literal_names.LiteralNames.kept_share`):
    about the length its words would take, it was translated word for word; about none, dropped; between,
    either, and the message says so."""
    first, last = audit.item.sentences[pair.tgt[0]], audit.item.sentences[pair.tgt[-1]]
    s, e = trim(audit.item.norm.text, first.start, last.end)
    share = None if audit.has_bt else audit.kept_share(sn, pair)
    if share is not None and share >= LITERAL_SHARE:
        return _finding(emit, LITERAL, s, e, _unread_literal_message(sn, share), first.index, sn)
    doubt = share is not None and share > DROPPED_SHARE
    message = _unread_dropped_message(sn) if doubt else _dropped_message(sn)
    return _finding(emit, MISMATCH, s, e, message, first.index, sn)


def _unread_literal_message(sn: SourceName, share: float) -> str:
    return (
        f"The source's name '{sn.text}' is not written in this sentence, yet the sentence keeps about "
        f"{min(share, 1.0):.0%} of the length the name would take: its words seem translated as ordinary words "
        f"of the language. The checks cannot read the language's words to confirm it; the name may have been dropped."
    )


def _unread_dropped_message(sn: SourceName) -> str:
    return (
        f"The source's name '{sn.text}' is missing from this sentence: dropped, or translated as ordinary words "
        f"of the language; the checks cannot read its words, and the sentence's length cannot tell which."
    )


#: Of the length a brand's words would take (:meth:`~mt_audit.checks.entities.literal_names.LiteralNames.kept_share`),
#: a sentence keeping at least this much renders it word for word; at most :data:`DROPPED_SHARE`, it dropped it. On
#: the tune split of the planted sets (209 names of everyday words, all origins), the literal renderings keep a median
#: 0.96, three in four 0.5 or more; the same sentences without the name a median -0.17, one in eight 0.5 or more
#: (a one-off reading when the rule was written; no script here reproduces these figures).
LITERAL_SHARE = 0.5
DROPPED_SHARE = 0.2


def _named_first(key: str, lang: str) -> bool:
    """A one-word name whose first sense is a name ("Berlin", though a "berlin" is a carriage), kept by the language
    or given its own name there by CLDR ("Berlijn"): a translation renders it as a name, so its absence is a drop.
    The rendering test reads that name glued to a proclitic or written with a geresh ("בצ'ילה", in Chile). In a
    script without capitals, where no other capitalised name can show an exonym standing in its place, only the name
    of a country or a language counts, and a city's CLDR name (a time zone's) where WordNet's first sense of the
    word is that place (:func:`~mt_audit.wordnet_places.named_place`: "Berlin", "베를린"), not where it is a person's
    (Argentina's "Córdoba" is CLDR's, Spain's may be written otherwise). With capitals, so does a place WordNet
    names by one word only (:func:`~mt_audit.wordnet_places.named_place`), whatever its first sense ("geneva", a
    gin): the source writes it capitalised, and its exonym is one capitalised word."""
    cldr = bool(local_forms(key, lang))
    cased = language(lang).cased
    if cased:
        own = cldr or key in kept_place_names(lang)
    else:
        own = key in _country_names(lang) or (cldr and named_place(key))
    return named_first(key, lang, own_name=own) or cased and named_place(key)


@cache
def _country_names(lang: str) -> frozenset[str]:
    """The English names, folded, of the countries and languages CLDR names in ``lang``."""
    return frozenset(fold(name) for name in exonyms(lang))


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


def _translated_here(audit: Audit, sn: SourceName, new: NewName) -> bool:
    """The new name standing where a brand of everyday words was is that brand translated word for word
    (:func:`~mt_audit.entity_literal.stands_literally`), read in the article itself, unless every word of it
    names a place, a language or a person (:func:`_entity_word`): then another entity stands there."""
    embed, t = audit.item.embed, new.target
    if embed is None or t is not audit.article or t.english or sn.acronym or sn.soft or new.name_hi <= new.name_lo:
        return False
    toks = t.view.tokens
    if all(_entity_word(audit, compact(x.text)) for x in toks[new.name_lo : new.name_hi]):
        return False  # every word of it names a place or a person: another entity after all ("châu Âu")
    phrase = t.view.text[toks[new.name_lo].start : toks[new.name_hi - 1].end]
    return stands_literally(sn.text, sn.text.split(), phrase, embed)


def _words(audit: Audit, i: int) -> int:
    assert audit.item.source is not None
    return len(audit.item.source.sentences[i].text.split())


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


def _own_form_dropped(audit: Audit, sn: SourceName, pairs: Sequence[Pair], k: int) -> bool:
    """Where another bead's source names it, the article writes this one-word name by its own form, and
    bead ``k`` and its neighbours do not (:func:`~mt_audit.checks.entities.unheard.own_form_absent`);
    not an everyday English word, which a sentence may say in words, unless the source makes it a
    surname ("Torres")."""
    key = sn.keys[0]
    if len(sn.keys) != 1 or (common_en(key) and not surname(audit, key)):
        return False
    elsewhere = sorted({j for n, p in enumerate(pairs) if n != k and _mentions(audit, sn, p.src) for j in p.tgt})
    return own_form_absent(audit, sn, elsewhere, _near(audit, sn, pairs, k))


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
    if (single and not surname(audit, sn.keys[0])) or all(generic(k) for k in sn.keys):
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
