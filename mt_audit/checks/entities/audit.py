"""The views of one article, its source and its back-translation, and the questions the checks ask
of them: is the name here, is it rendered, is it damaged, where does the back-translation's reading sit
in the article. Whether a name was translated literally is asked in
:mod:`~mt_audit.checks.entities.literal_names`, whose questions :class:`Audit` inherits.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from functools import lru_cache

import regex

from mt_audit import lexicon, wordnet_places
from mt_audit.checks.base import CheckInput
from mt_audit.checks.entities.literal_names import HEADED_WORDS, LiteralNames
from mt_audit.checks.entities.literal_spans import _capital_runs, _spaced_reading
from mt_audit.checks.entities.matching import (
    SKIP,
    Hit,
    SourceName,
    Target,
    analyse,
    damaged_mention,
    namelike,
    native_ranges,
    source_name,
    word_matches,
)
from mt_audit.checks.entities.places import _place_words, _whole_place_words
from mt_audit.checks.entities.rendering import (
    _claimed,
    _elided,
    _folded,
    by_meaning_word,
    everyday_sound,
    rendered_natively,
    slot_heard,
    unglued,
    written_in_han,
)
from mt_audit.checks.entities.words import generic, is_soft
from mt_audit.entities import (
    Name,
    Token,
    View,
    common_en,
    compact,
    fold,
    renders,
    view,
)
from mt_audit.entity_compare import plural_stem, stem_written
from mt_audit.entity_forms import (
    MIN_SOUND,
    acronym_forms,
    borrowed_form,
    clipped_stem,
    compound_written,
    local_forms,
    loose_skeleton,
    phrase_rendered,
    phrase_written,
    prefix_swapped,
    sound_renders,
    stem_renders,
    stem_shared,
)
from mt_audit.entity_literal import (
    brand_like,
    cognate_rendering,
)
from mt_audit.languages import (
    capitalises_nouns,
    inflects_names,
    language,
    native_readings,
)
from mt_audit.lexicon import zipf
from mt_audit.numbers_spelled import vocabulary as number_vocabulary

#: The entities check's categories: :meth:`Audit.damaged` tells a corrupted name from a literal one.
CORRUPTED = "accuracy/entity-corrupted"
LITERAL = "accuracy/entity-literal"
MISMATCH = "accuracy/entity-mismatch"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without surrounding spaces and final stops: a finding covers the words."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?。"):
        end -= 1
    return start, end


# ---------------------------------------------------------------- the audit of one article


class Audit(LiteralNames):
    """Views of the source, the article and the back-translation, built once per article."""

    def __init__(self, item: CheckInput) -> None:
        assert item.source is not None
        self.item = item
        self.src_lang = item.source_text_lang
        spans = tuple((s.start, s.end) for s in item.source.sentences)
        self.src, self.known, self.source_names = source_side(item.source.norm.text, self.src_lang, spans)
        self.src_keys = frozenset(t.key for t in self.src.tokens)
        self.src_words = frozenset(t.text.lower() for t in self.src.tokens)
        known = self.known
        text = item.norm.text
        art_view = view(text, item.lang, known)
        english = item.lang == self.src_lang == "en"
        cased = language(item.lang).cased
        self.article = Target(art_view, english, cased, item.lang, known, source_words=self.src_keys)
        self.article.sent_tokens = [self.article.tokens_in(s.start, s.end) for s in item.sentences]
        bts = item.backtranslation
        self.bts: list[str] = list(bts) if bts and not english and any(bts) else []
        self.has_bt = bool(self.bts)
        #: Arabic script: :func:`native_ranges` has already compared names by skeleton (its loose
        #: comparison is for other scripts, and for Cyrillic case forms the index misses).
        self.indexed_script = language(item.lang).script == "Arab"
        #: Whether capitals can show a literally translated name here (see :meth:`literal`).
        self.literal_ok = not english and self.article.cased and not capitalises_nouns(item.lang)
        #: Distinctive source names the rendering test finds, and ids of those it misses (see names.py).
        self.sound_tally: tuple[int, set[int]] | None = None
        #: Source names the sentence embedding reads as absent (see unheard.meaning_absent).
        self.read_absent: set[str] = set()
        self._bt_targets: dict[tuple[int, ...], Target] = {}
        self._bt_compact: dict[tuple[int, ...], str] = {}
        self.mid_capitals = _mid_capitals(self.article.view.tokens) if cased and not english else frozenset()

    # -- ranges

    def art_range(self, sentences: Sequence[int]) -> tuple[int, int]:
        r = [self.article.sent_tokens[j] for j in sentences if j < len(self.article.sent_tokens)]
        return (min(a for a, _ in r), max(b for _, b in r)) if r else (0, 0)

    def bt_for(self, sentences: Sequence[int]) -> Target:
        """The back-translation of these article sentences as a searchable text (built on first need:
        most names are settled by the article or by :meth:`bt_mentions`, so most is never tokenized)."""
        key = tuple(j for j in sentences if j < len(self.bts))
        t = self._bt_targets.get(key)
        if t is None:
            text = "\n".join(self.bts[j] for j in key)
            t = Target(view(text, "en", self.known), True, True, "en", self.known)
            pos = 0
            for j in key:
                t.sent_ranges[j] = t.tokens_in(pos, pos + len(self.bts[j]))
                pos += len(self.bts[j]) + 1
            self._bt_targets[key] = t
        return t

    def bt_mentions(self, sn: SourceName, sentences: Sequence[int]) -> bool:
        """A quick test on raw text: the back-translation of these sentences spells the name out
        (or, for an acronym, spells it out in full: "graphics processing units" for "GPU")."""
        key = tuple(j for j in sentences if j < len(self.bts))
        got = self._bt_compact.get(key)
        if got is None:
            text = " ".join(self.bts[j] for j in key)
            lower = fold(text)
            words = _WORDS.findall(lower)
            got = (compact(text), " " + " ".join(words) + " ", "".join(w[0] for w in words if w not in SKIP))
            self._bt_compact[key] = got
        bt_compact, spaced, initials = got
        if sn.acronym:
            k = sn.keys[0]
            return f" {k} " in spaced or f" {k}s " in spaced or (len(k) >= 2 and k in initials)
        if len(sn.keys) == 1 and len(sn.joined) < 5:
            return f" {sn.joined}" in spaced
        return sn.joined in bt_compact

    def present(self, sn: SourceName, sentences: Sequence[int]) -> bool:
        """The name is in these article sentences: as written, inflected, transliterated, or back-translated.

        A look-alike in the article itself outweighs a back-translation that
        shows the name (an engine may restore a well-known name).
        """
        lo, hi = self.art_range(sentences)
        a = analyse(sn, self.article, lo, hi)
        if a.status == "present":
            return True
        if a.status == "damaged":
            return False
        if not self.article.english and native_ranges(sn, self.article, lo, hi):
            return True
        if self.has_bt:
            if self.bt_mentions(sn, sentences):
                return True
            t = self.bt_for(sentences)
            if analyse(sn, t, 0, len(t.view.tokens)).status == "present":
                return True
        return False

    def rendered(self, sn: SourceName, sentences: Sequence[int]) -> bool:
        """Every specific word of the name has a rendering in these article sentences, in any case:
        translated, so neither dropped nor replaced. A rendering is another Latin-script spelling
        ("Kroatien" for "Croatia", "färöischer" for "Faroese"), alone or in a hyphenated compound
        ("Färöer-Schafs"); CLDR's local name of a country or language, or of the place a WordNet
        pertainym ties an adjective to, or an adjective of it ("deutschen" for "German",
        "mexikanische" for "Mexican", "Vereinigte Staaten"); or a transliteration into the
        article's own script ("Γκούγκλ", "구글"), also of the name's own sound where its letters are another
        language's (:func:`~mt_audit.languages.native_readings`). Only across languages: a rewrite in the source's
        own language keeps the name itself ("Mexican" does not stand for "Mexico"). Acronyms and
        wholly generic names are settled elsewhere."""
        keys = self._specific(sn)
        if not keys or self.item.lang == self.src_lang:
            return False
        pieces, folded, native = self._pieces(sentences)
        lang = self.item.lang
        if sn.acronym:
            return phrase_rendered(acronym_forms(sn.keys[0], lang), folded)  # "Stany Zjednoczone" for "US"
        forms = local_forms(" ".join(sn.keys), lang)
        if phrase_rendered(forms, folded) or phrase_written(forms, self._text_of(sentences)):
            return True  # the whole name's local form: "Vereinigte Staaten" for "United States"
        if written_in_han(" ".join(sn.keys), self._text_of(sentences), lang):
            return True
        claims = self._other_sounds(sn)  # "ਟਰਾਂਸਪੋਰਟ" renders "transport", not "Jonas Weber"
        free = [w for w in native if not all(_claimed(k, w, claims) for k in sn.keys)]
        if rendered_natively(sn.joined, free, lang):
            return True
        if self._read_natively(sn, sentences, claims):
            return True  # said as its own language says it: "فروتسواف" for Polish "Wrocław"
        if self._long_sound(sn, sentences, claims):
            return True  # "توت عنخ آمون" for "Tutankhamun"
        return all(self._key_rendered(k, pieces, folded, native, claims) for k in keys) or self._in_slot(sn, sentences)

    def _in_slot(self, sn: SourceName, sentences: Sequence[int]) -> bool:
        """In a script without capitals, the word the name's slot holds sounds like a spelling of it
        (:func:`~mt_audit.checks.entities.rendering.slot_heard`): "예테보리" for "Gothenburg" (Göteborg)."""
        embed, source = self.item.embed, self.item.source
        if embed is None or source is None or self.article.cased or self.article.english or sn.acronym:
            return False
        if sn.sentence >= len(source.sentences):
            return False
        lo, hi = self.art_range(sentences)
        words = [tok.text for tok in self.article.view.tokens[lo:hi]]
        sent = source.sentences[sn.sentence]
        english = [t.text for t in self.src.tokens if sent.start <= t.start < sent.end]
        return slot_heard(list(sn.keys), sn.text, english, words, embed)

    def _read_natively(self, sn: SourceName, sentences: Sequence[int], claims: frozenset[str]) -> bool:
        """Words of the article's own script here spell the name's own sound, where its letters are another
        language's (:func:`~mt_audit.languages.native_readings`); in Arabic script too, whose index of
        names (:func:`native_ranges`) compares English spellings only."""
        readings = native_readings(sn.text)
        if not readings or self.article.english:
            return False
        lo, hi = self.art_range(sentences)
        words = [self._native_word(tok) for tok in self.article.view.tokens[lo:hi] if tok.script != "latin"]
        words = [w for w in words if not all(_claimed(k, w, claims) for k in sn.keys)]
        return any(rendered_natively(r, words, self.item.lang) for r in readings)

    def _long_sound(self, sn: SourceName, sentences: Sequence[int], claims: frozenset[str]) -> bool:
        """In Arabic script, whose index of names reads a name word by word (:func:`native_ranges`), a name of
        :data:`MIN_LONG_SOUND` consonants or more spelt by the article's words of that script, also by two or
        three in a row ("توت عنخ آمون", Tutankhamun): so many consonants in order are no chance."""
        if not self.indexed_script or len(loose_skeleton(sn.joined)) < MIN_LONG_SOUND:
            return False
        lo, hi = self.art_range(sentences)
        words = [tok.text for tok in self.article.view.tokens[lo:hi] if tok.script != "latin"]
        free = [w for w in words if not all(_claimed(k, w, claims) for k in sn.keys)]
        return rendered_natively(sn.joined, free, self.item.lang)

    def partly_rendered(self, sn: SourceName, sentences: Sequence[int]) -> bool:
        """Some specific word of a name of several, not an ordinary English word, has a rendering here
        ("České" of "Czech Dental Chamber"): the name was translated, not dropped, whatever became of
        its other words ("automobilka" of "Automobile" proves nothing)."""
        keys = [k for k in sn.keys if not generic(k) or is_soft(k)]  # a demonym rendered counts: "České"
        if sn.acronym or len(keys) < 2 or self.item.lang == self.src_lang:
            return False
        shared = {k for other in self.source_names.get(sn.sentence, ()) if other is not sn for k in other.keys}
        shared |= self._sentence_words(sn)  # "energy" of "the energy company Northern Light Energy"
        pieces, folded, native = self._pieces(sentences)
        quiet = {k for k in keys if (common_en(k) if self.article.cased else len(loose_skeleton(k)) < MIN_SOUND)}
        own = [k for k in keys if k not in shared and k not in quiet]  # another script hears "क्वाइट"; "ראש" no "Lisa"
        if self.kind_head_only(sn):
            own = [k for k in own if k != sn.keys[-1]]
        claims = self._other_sounds(sn)
        return any(self._key_rendered(k, pieces, folded, native, claims) for k in own)

    def kind_head_only(self, sn: SourceName) -> bool:
        """The head of a brand of everyday words (:func:`brand_like`), of :data:`HEADED_WORDS` words or more, names
        its kind ("Studio", "Cooperative"): a translation may write it by sound and translate the words that name
        this one ("ⴰⵙⵜⵓⴷⵢⵓ ⵏ ⵜⵡⵡⵓⵔⵜ ⵏ ⵓⵥⵕⵓ", studio of the gate of stone), so alone it shows no rendering of the
        name, where the embedder reads the language too weakly to read the rest (:meth:`reads_weakly`): its
        length tells a name translated from one dropped (:meth:`kept_share`)."""
        return len(sn.keys) >= HEADED_WORDS and brand_like(tuple(sn.text.split())) and self.reads_weakly

    def _sentence_words(self, sn: SourceName) -> set[str]:
        """Words of the name's source sentence outside the name: their renderings say nothing of it."""
        assert self.item.source is not None
        if sn.sentence >= len(self.item.source.sentences):
            return set()
        sent = self.item.source.sentences[sn.sentence]
        toks = self.src.tokens
        return {t.key for t in toks if sent.start <= t.start < sent.end and not sn.name.start <= t.start < sn.name.end}

    def any_rendered(self, keys: Sequence[str], sentences: Sequence[int]) -> bool:
        """Some of these name words has a rendering in these article sentences (see :meth:`_key_rendered`):
        "américaine" of "American"."""
        pieces, folded, native = self._pieces(sentences)
        return any(self._key_rendered(k, pieces, folded, native) for k in keys)

    def _other_sounds(self, sn: SourceName) -> frozenset[str]:
        """Loose skeletons (three consonants or more) of the other words of the name's source sentence."""
        assert self.item.source is not None
        if sn.sentence >= len(self.item.source.sentences):
            return frozenset()
        sent = self.item.source.sentences[sn.sentence]
        own = set(sn.keys)
        words = (t.key for t in self.src.tokens if sent.start <= t.start < sent.end and t.key not in own)
        return frozenset(sk for sk in map(loose_skeleton, words) if len(sk) >= MIN_SOUND)

    def _specific(self, sn: SourceName) -> list[str]:
        return [k for k in sn.keys if not generic(k)] or (list(sn.keys) if sn.soft or sn.acronym else [])

    def _pieces(self, sentences: Sequence[int]) -> tuple[list[tuple[str, str]], set[str], list[str]]:
        """The words of these article sentences (hyphenated parts and elided articles apart, a hyphenated
        word also whole: "ель-Масрі" of "El-Masry") as (script, word), their folded forms, and those in
        the article's own script."""
        lo, hi = self.art_range(sentences)
        toks = self.article.view.tokens[lo:hi]
        pieces = [(tok.script, p) for tok in toks for w in HYPHENS.split(tok.text) if w for p in _elided(w)]
        pieces += [(tok.script, tok.text) for tok in toks if HYPHENS.search(tok.text)]
        pieces += unglued(pieces, self.item.lang)  # also without a proclitic: "לאסיה" is "to Asia"
        folded = {_folded(script, w) for script, w in pieces}
        native = [self._native_word(tok) for tok in toks if tok.script != "latin"] if not self.indexed_script else []
        return pieces, folded, native

    def _text_of(self, sentences: Sequence[int]) -> str:
        """The article's text of these sentences, as written."""
        got = [self.item.sentences[j] for j in sentences if j < len(self.item.sentences)]
        return self.item.norm.text[got[0].start : got[-1].end] if got else ""

    def _native_word(self, tok: Token) -> str:
        """A word of the article's own script as :func:`native_rendered` may read it in a run of
        words: in a script with capitals a transliterated name is capitalised, so a lower-case word
        is no part of one ("на юге" is not "Anyuk"); nor is a CLDR name of a country, a language, a
        month or a day ("সোমবার", Monday, is no "Seville"); nor a Japanese word written by meaning. Either stays a
        gap in the run. Where names are capitalised, a word of a place's name of several ("Κόστα" of "Κόστα Ρίκα")
        names nothing alone: "Άνα Κόστα" renders "Ana Costa"; without capitals it is mostly an everyday word
        ("উত্তৰ", north). Nor is a word of ICU's spell-out of numbers in the language: a numeral ("이십 년",
        twenty years, is no "Spain")."""
        cased = self.article.cased
        places = (_whole_place_words if cased else _place_words)(self.item.lang)
        if compact(tok.text) in places or by_meaning_word(tok.text, self.item.lang):
            return ""
        if tok.text.lower() in number_vocabulary(self.item.lang):
            return ""
        return tok.text if tok.cap or not cased else ""

    def _key_rendered(
        self,
        k: str,
        pieces: list[tuple[str, str]],
        folded: set[str],
        native: list[str],
        claims: frozenset[str] = frozenset(),
    ) -> bool:
        """One name word rendered by a word here: another Latin spelling, a CLDR local form or its
        stem, a transliteration, or the same sound; a word naming another CLDR place does not count,
        nor one in another script whose sound is exactly that of another word of the source sentence
        (``claims``) and only loosely the name's ("ম্যারাথন" is "marathon", not "Marin")."""
        lang = self.item.lang
        forms = local_forms(k, lang)
        if claims:
            pieces = [(script, w) for script, w in pieces if script == "latin" or not _claimed(k, w, claims)]
            native = [w for w in native if not _claimed(k, w, claims)]
        # where a text splits into words, words read together spell one word of a name exactly, not loosely
        exact = language(lang).words_apart
        if phrase_rendered(forms, folded) or rendered_natively(k, native, lang, exact):
            return True
        places = _place_words(lang)
        stem = plural_stem(k)
        others = (*lexicon.proper_synonyms(k), *wordnet_places.sibling_places(k))  # "Spitzbergen" for "Svalbard"
        synonyms = frozenset(fold(o) for o in others if " " not in o)
        for script, w in (p for p in pieces if not self._everyday_sound(k, p[1])):  # "کشور" is no "Kessler"
            if script == "latin" and renders(k, w) or self._renamed(script, w, stem, synonyms):
                return True
            if compact(w) in places or len(w) < 3 or by_meaning_word(w, lang):
                continue
            if sound_renders(k, w) and not self._everyday(script, w):
                return True  # "Mohammed" for "Muhammad", "Московском" for "Moscow", "dukovanského"
            if script != "latin" and compound_written(k, w, lang):
                return True  # the place's name opens a compound: "কায়রোভিত্তিক", Cairo-based
            if borrowed_form(k, w) and not self._everyday(script, w):
                return True  # another language's name for the place: "काहिरा" (as Arabic's) for "Cairo"
            if w[:1].islower() and (stem_renders(k, fold(w)) or any(stem_shared(f, w) for f in forms | {k})):
                return True  # an adjective or demonym: "irańska", "egipcios" of "Egipto", "texanischen"
            if w[:1].islower() and self._clipped(k, w):
                return True  # an adjective of the name less its last syllable: "blanenských" of "Blansko"
            if script == "latin" and w[:1].isupper() and lexicon.are_synonyms(k, compact(w)):
                return True  # another name of the place in WordNet: "Kalimantan" for "Borneo"
        return False

    def _renamed(self, script: str, w: str, stem: str, synonyms: frozenset[str]) -> bool:
        """``w``, no everyday word, is the name's plural ``stem`` with the language's ending ("Alpen", "Альпах"
        of "Alps") or one of the other names WordNet gives the place (``synonyms``: "Holland" for
        "Netherlands"), with an ending ("Spitzbergens") or, in another script, as it sounds ("Шпицбергена")."""
        if self._everyday(script, w):
            return False
        if stem and (stem_written(stem, w) if script == "latin" else sound_renders(stem, w)):
            return True
        if script == "latin":
            return any(renders(o, w) for o in synonyms)
        return w in synonyms or any(sound_renders(o, w) for o in synonyms)

    def _everyday_sound(self, k: str, w: str) -> bool:
        """``w`` is an everyday word only heard like name word ``k`` (:func:`everyday_sound`), unless it is
        capitalised inside a sentence of a script with capitals: a name there, however often the language
        writes it ("Петербурге")."""
        return w not in self.mid_capitals and everyday_sound(k, w, self.item.lang)

    def _everyday(self, script: str, w: str) -> bool:
        """A frequent lower-case word of a language written in Latin letters: a loose consonant skeleton
        shared with a name is chance there ("förlorade" and "Ferreira"), as for :meth:`_clipped`."""
        lang = self.item.lang
        return script == "latin" and w[:1].islower() and language(lang).latin and zipf(w, lang) >= CLIPPED_MAX_ZIPF

    def _clipped(self, k: str, w: str) -> bool:
        """A rare word of an inflecting language built on the name's clipped stem, or on its stem with a
        prefix of its own (see :func:`clipped_stem`, :func:`prefix_swapped`); a frequent word sharing
        those letters ("kolonie" for "Kolonko") is just a word."""
        lang = self.item.lang
        if not inflects_names(lang) or zipf(w.lower(), lang) >= CLIPPED_MAX_ZIPF:
            return False
        return clipped_stem(k, w) or prefix_swapped(k, w)

    def key_rendered_by(self, keys: Sequence[str], tok: Token) -> bool:
        """Whether article word ``tok`` renders one of these name words (see :meth:`_key_rendered`)."""
        pieces = [(tok.script, p) for w in HYPHENS.split(tok.text) if w for p in _elided(w)]
        folded = {_folded(script, w) for script, w in pieces}
        native = [tok.text] if tok.script != "latin" and not self.indexed_script else []
        return any(self._key_rendered(k, pieces, folded, native) for k in keys)

    # -- the kinds of finding

    def damaged_repeat(self, sn: SourceName, sentences: Sequence[int]) -> Hit | None:
        """A damaged mention of a name its source sentence writes more than once, one mention intact
        (see :func:`damaged_mention`)."""
        assert self.item.source is not None
        sent = self.item.source.sentences[sn.sentence]
        if sent.text.count(sn.text) < 2:
            return None
        lo, hi = self.art_range(sentences)
        return damaged_mention(sn, self.article, lo, hi)

    def damaged(self, sn: SourceName, sentences: Sequence[int]) -> tuple[str, Hit, Target] | None:
        """A corrupted name in the article, or a literal one in the back-translation."""
        lo, hi = self.art_range(sentences)
        a = analyse(sn, self.article, lo, hi)
        if a.status == "damaged":
            region = [tok.key for tok in self.article.view.tokens[a.lo : a.hi]]
            literal = cognate_rendering(sn.keys, a.swaps, region, self.item.lang)
            return (LITERAL if literal else CORRUPTED), a, self.article
        if not self.has_bt:
            return None
        bt = self.bt_for(sentences)
        n = len(bt.view.tokens)
        b = analyse(sn, bt, 0, n)
        if b.status == "damaged":
            if b.kind in ("misspelt", "truncated"):
                return (CORRUPTED, b, bt) if not self.article.cased else None
            if not sn.translated_head and not self._latin_in_article(sn, lo, hi):
                return LITERAL, b, bt
            return None
        if b.status == "absent" and not sn.translated_head and len(sn.joined) >= 6:
            w = _spaced_reading(sn, bt, 0, n)
            if w is not None and not self._latin_in_article(sn, lo, hi):
                return LITERAL, Hit("damaged", "spaced", w[0], w[1]), bt
        return None

    def candidates(self, sn: SourceName) -> set[int]:
        """Article sentences where something resembles the name (in the article or its back-translation)."""
        out: set[int] = set()
        starts = [a for a, _ in self.article.sent_tokens]
        for i, _, _ in word_matches(sn, self.article, 0, len(self.article.view.tokens)):
            out.add(bisect.bisect_right(starts, i) - 1)
        if self.has_bt:
            bt = self.bt_for(range(len(self.item.sentences)))
            n = len(bt.view.tokens)
            hits = [i for i, _, _ in word_matches(sn, bt, 0, n)]
            w = _spaced_reading(sn, bt, 0, n)
            if w is not None:
                hits.append(w[0])
            for i in hits:
                out.add(bt.sentence_of(i))
        return {j for j in out if 0 <= j < len(self.item.sentences)}

    def _latin_in_article(self, sn: SourceName, lo: int, hi: int) -> bool:
        """Whether the article carries the name's words in Latin script (then it was not translated); a
        generic head alone ("Bank", a word of many languages) keeps nothing of a longer name."""
        v = self.article.view
        keys = {k for k in sn.keys if not generic(k)} or set(sn.keys)
        return any(v.tokens[i].key in keys and v.tokens[i].cap for i in range(lo, hi))

    # -- locating in the article what the back-translation shows

    def locate(self, t: Target, lo: int, hi: int, j: int) -> tuple[int, int]:
        """Article character span corresponding to tokens [lo, hi) of ``t`` in article sentence ``j``."""
        art = self.article
        v = art.view
        if t is art:
            return v.tokens[lo].start, v.tokens[hi - 1].end
        sent = self.item.sentences[j]
        s0, s1 = art.sent_tokens[j]
        bv = t.view
        keys = {bv.tokens[i].key for i in range(lo, hi)}
        hits = [i for i in range(s0, s1) if v.tokens[i].key in keys]
        if hits:
            a, b = min(hits), max(hits)
            if art.cased:  # the whole capitalised run: "Minat Pin", not just "Pin"
                while a > s0 and v.tokens[a - 1].cap and not v.tokens[a].brk and namelike(v.tokens[a - 1], art):
                    a -= 1
                while b + 1 < s1 and v.tokens[b + 1].cap and not v.tokens[b + 1].brk:
                    b += 1
            return v.tokens[a].start, v.tokens[b].end
        words = s1 - s0
        if words <= 5:
            return trim(self.item.norm.text, sent.start, sent.end)
        b0, b1 = t.sent_ranges.get(j, (lo, hi))
        rel = (lo - b0) / max(1, b1 - b0)
        width = max(1, hi - lo)
        if art.cased:
            runs = _capital_runs(v, s0, s1, self.known)
            if runs:
                best = min(runs, key=lambda r: abs((r[0] - s0) / max(1, words) - rel))
                return v.tokens[best[0]].start, v.tokens[best[1] - 1].end
        a = s0 + min(words - 1, int(rel * words))
        e = min(s1, a + width)
        return v.tokens[a].start, v.tokens[e - 1].end


@lru_cache(maxsize=32)
def source_side(
    text: str, lang: str, spans: tuple[tuple[int, int], ...]
) -> tuple[View, frozenset[str], dict[int, list[SourceName]]]:
    """The source's view, the keys of its name words, and its unique names per sentence (one source
    serves many articles, so this is computed once)."""
    src = view(text, lang)
    known = frozenset(t.key for nm in src.names for t in name_tokens(src, nm))
    starts = [s for s, _ in spans]
    out: dict[int, list[SourceName]] = {}
    seen: dict[int, set[str]] = {}
    for nm in src.names:
        k = bisect.bisect_right(starts, nm.start) - 1
        if k < 0:
            continue
        s, e = spans[k]
        sn = source_name(nm, src, k, (nm.start - s) / max(1, e - s))
        if sn is None or sn.joined in seen.setdefault(k, set()):
            continue
        seen[k].add(sn.joined)
        out.setdefault(k, []).append(sn)
    return src, known, out


def _mid_capitals(tokens: Sequence[Token]) -> frozenset[str]:
    """Words (and hyphenated parts) capitalised inside a sentence and never opening one, in a script with
    capitals other than Latin's (whose languages may capitalise nouns): names, not everyday words."""
    parts = [(tok, p) for tok in tokens if tok.script in ("cyrillic", "greek") for p in HYPHENS.split(tok.text) if p]
    openers = {p for tok, p in parts if tok.initial or not tok.cap}
    return frozenset(p for tok, p in parts if tok.cap and p[:1].isupper() and p not in openers)


def name_tokens(v: View, nm: Name) -> list[Token]:
    i = v.index_at(nm.start)
    out = []
    while i < len(v.tokens) and v.tokens[i].end <= nm.end:
        out.append(v.tokens[i])
        i += 1
    return out


_WORDS = regex.compile(r"[^\W_]+")
HYPHENS = regex.compile(r"[\-‐]")


#: Consonants a name needs before words of Arabic script may spell it outside their index of names.
MIN_LONG_SOUND = 6

#: A word built on a name's clipped stem is rarer than this in its language (Zipf): a place adjective.
CLIPPED_MAX_ZIPF = 3.5
