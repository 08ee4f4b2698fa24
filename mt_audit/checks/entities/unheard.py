"""Positive evidence that a name is absent from an uncased article's sentences, where the rendering
test's silence alone proves little: no word there that could be its rendering sounds like it, or
(in a script that writes names by meaning) none of CLDR's forms of it, nor their opening character,
is written there; of a person's full name, no word sounds like a word of it, nor, in Han characters or
katakana, a stretch like the whole."""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache

import regex

from mt_audit.checks.entities.audit import Audit
from mt_audit.checks.entities.matching import SourceName
from mt_audit.checks.entities.rendering import MEANING_JAPANESE as _MEANING
from mt_audit.entities import Token, compact, lexical
from mt_audit.entity_forms import MIN_RUN_SOUND, cldr_written_forms, loose_skeleton, loose_skeletons, skeletons_match
from mt_audit.languages import city_names, language, script_of, transliterates
from mt_audit.lexicon import zipf

#: A word this frequent in the language (Zipf) is one of its everyday words, no rendering of a name.
EVERYDAY_ZIPF = 4.0
#: Consonants a word must share with the name, in order, to sound like it.
SHARED_SOUNDS = 2

#: A word made of Japanese syllables (an optional consonant, then a vowel; a syllable-final "n"; a
#: doubled consonant): a Japanese name in Latin letters.
_ROMAJI = regex.compile(r"^(?:(?:([kgsztdhbpmr])\1?|[nwyjf]|sh|ch|tch|ts)?y?[aeiou]|n)+$")


def near_sentences(audit: Audit, sentences: Sequence[int]) -> list[int]:
    """These article sentences and their neighbours: an alignment may shift a name by one sentence."""
    n = len(audit.item.sentences)
    return sorted({k for j in sentences for k in (j - 1, j, j + 1) if 0 <= k < n})


def claimed_nearby(audit: Audit, sn: SourceName, sentences: Sequence[int]) -> frozenset[int]:
    """Words of the neighbouring article sentences (outside ``sentences``) that render a name of another source
    sentence: that name's rendering in its own sentence ("フィレンツェ", Florence, beside a sentence that dropped
    "Giulia Ferrante"), no shifted mention of this one. Not a run of Han characters, which holds many words and
    may render any name loosely."""
    others = sorted({k for i, group in audit.source_names.items() if i != sn.sentence for o in group for k in o.keys})
    if not others or not sentences:
        return frozenset()
    own_lo, own_hi = audit.art_range(list(sentences))
    lo, hi = audit.art_range(near_sentences(audit, sentences))
    toks = audit.article.view.tokens
    return frozenset(
        i
        for i in range(lo, hi)
        if not own_lo <= i < own_hi and not _HAN.match(toks[i].text) and audit.key_rendered_by(others, toks[i])
    )


#: A word in Han characters.
_HAN = regex.compile(r"\p{Han}")


def unheard(audit: Audit, sn: SourceName, sentences: Sequence[int], near: bool = True, katakana: bool = False) -> bool:
    """No word of these sentences (and their neighbours, unless not ``near``) that could render the name, a word rarer
    than the language's everyday ones and, in Japanese, one outside Han and hiragana, shares
    :data:`SHARED_SOUNDS` consonants with the name in order (half of a long name's): a rendering
    spelt otherwise than CLDR or ICU would (an exonym: "ヨーテボリ" for "Gothenburg") still sounds
    partly like it. ``katakana``: the name is known to be written in katakana (CLDR's form of it), even one
    spelt like Japanese syllables ("Bogotá", "ボゴタ")."""
    want = loose_skeleton(sn.joined)
    if len(want) < SHARED_SOUNDS or not sentences:
        return False
    lang = audit.item.lang
    kana = language(lang).script == "Jpan"
    if kana and not katakana and any(_ROMAJI.match(k) and not lexical(k) for k in sn.keys):
        return False  # a Japanese name ("Watanabe") is written in Han characters, which say it by meaning;
        # an English word spelt like Japanese syllables ("Union") is no sign of one
    if not (kana or language(lang).spaced):
        return False  # a run of an unspaced script holds many words, read as one
    need = max(SHARED_SOUNDS, (len(want) + 1) // 2)  # half a long name's consonants
    others = _other_skeletons(audit, sn)
    lo, hi = audit.art_range(near_sentences(audit, sentences) if near else list(sentences))
    for tok in audit.article.view.tokens[lo:hi]:
        if kana and _MEANING.match(tok.text):
            continue
        if tok.script != "latin" and zipf(tok.text, lang) >= EVERYDAY_ZIPF:
            continue
        sk = loose_skeleton(tok.text)
        n = _shared(want, sk)
        if n >= need and not any(_shared(o, sk) > n or o == sk != want for o in others):
            return False  # unless it sounds more like another word of the source ("ग्लेशियरों", glaciers), or
            # just like one (a katakana word of the sentence, not the city)
    return True


def unheard_in_runs(audit: Audit, sn: SourceName, sentences: Sequence[int]) -> bool:
    """In a script that does not space its words and writes names by sound (Thai; not Han), no stretch
    of these sentences (and their neighbours) sounds like the name: no window of a run's consonants,
    one longer than the name's, holds them in order (see :func:`_heard_in`), nor once an "r" or "l"
    after the first is left out (English leaves a post-vocalic "r" unsaid: Burmese "ဘော်နီယို" for
    "Borneo"), nor once "v" and "w" are (:func:`_without_glides`). A run holds many words, so a window heard
    by chance counts as the name."""
    facts = language(audit.item.lang)
    if facts.spaced or facts.script_name == script_of("中") or not transliterates(audit.item.lang) or not sentences:
        return False
    want = loose_skeleton(sn.joined)
    if len(want) < SHARED_SOUNDS or sn.acronym or sn.soft:
        return False
    glideless = _without_glides(sn.joined)
    forms = {w for w in (want, want[:1] + want[1:].replace("l", ""), glideless) if len(w) >= SHARED_SOUNDS}
    lo, hi = audit.art_range(near_sentences(audit, sentences))
    for tok in audit.article.view.tokens[lo:hi]:
        if any(_heard_in(w, sk) for sk in loose_skeletons(tok.text) for w in forms):
            return False  # by sound or, in Burmese, by ICU's Latin (see :func:`loose_skeletons`)
    return True


def _without_glides(name: str) -> str:
    """The name's consonants once "v" and "w" are left out: scripts without a "v" write it with a glide the
    skeleton counts as a vowel (Thai "ว": "อัลวิก" for "Alvik"), so too few consonants may be left to hear."""
    return loose_skeleton(regex.sub(r"[vwVW]", "", name))


def _heard_in(want: str, sk: str) -> bool:
    """Some window of skeleton ``sk``, one consonant longer than ``want``, holds all of it in order, or
    all but one of a name of four consonants or more, whose spelling may keep a letter unsaid
    ("Edinburgh", "เอดินบะระ")."""
    need = len(want) if len(want) <= SHARED_SOUNDS + 1 else len(want) - 1
    return any(_shared(want, sk[i : i + len(want) + 1]) >= need for i in range(max(1, len(sk) - len(want) + 1)))


def japanese_name(sn: SourceName) -> bool:
    """Every word of the name is made of Japanese syllables ("Kenji Watanabe", not "Marco Bianchi"):
    Japanese writes such a name in Han characters, by meaning, so its sound tells nothing there."""
    return all(_ROMAJI.match(k) for k in sn.keys)


def _other_skeletons(audit: Audit, sn: SourceName) -> list[str]:
    """Loose skeletons of the source sentence's other words."""
    assert audit.item.source is not None
    if sn.sentence >= len(audit.item.source.sentences):
        return []
    sent = audit.item.source.sentences[sn.sentence]
    own = set(sn.keys)
    words = (t.key for t in audit.src.tokens if sent.start <= t.start < sent.end and t.key not in own)
    return [sk for sk in map(loose_skeleton, words) if len(sk) >= SHARED_SOUNDS]


def _shared(a: str, b: str) -> int:
    """The length of the longest common subsequence of two skeletons."""
    row = [0] * (len(b) + 1)
    for ca in a:
        prev = 0
        for i, cb in enumerate(b, 1):
            cur = row[i]
            row[i] = prev + 1 if ca == cb else max(row[i], row[i - 1])
            prev = cur
    return row[-1]


def cldr_absent(audit: Audit, sn: SourceName, sentences: Sequence[int]) -> bool:
    """In a script that does not space its words (Japanese aside), CLDR names the place in the language and neither
    that name nor, in Han characters, its opening character (a short form shares it: "澳洲" beside
    "澳大利亚") is written in these sentences or their neighbours: the place is not named there. A
    letter of a script that writes by sound ("อ" of Thai "ออสเตรเลีย") opens countless words, so
    there no stretch of the sentences may sound like the name either (:func:`unheard_in_runs`)."""
    script = language(audit.item.lang)
    if script.script == "Jpan" and not (sn.acronym or sn.soft):
        return kana_city_absent(audit, sn, sentences)
    if sn.acronym or sn.soft or script.spaced or script.script == "Jpan" or not sentences:
        return False  # Japanese also writes places by Han meaning ("欧州" for "Europe")
    forms = [f for f in cldr_written_forms(" ".join(sn.keys), audit.item.lang) if len(f) >= 2]
    if not forms:
        return False
    text = "".join(audit.item.sentences[j].text for j in near_sentences(audit, sentences))
    if script.script_name != script_of("中"):
        if any(f in text for f in forms):
            return False
        return unheard_in_runs(audit, sn, sentences) or _short_stem_absent(sn, forms, text)
    return not any(f in text or f[0] in text for f in forms)


def _short_stem_absent(sn: SourceName, forms: Sequence[str], text: str) -> bool:
    """A name of fewer consonants than a run's sound test needs (:data:`~mt_audit.entity_forms.MIN_RUN_SOUND`:
    "Italy" has two, heard by chance in any long run of Thai) is told by CLDR's form alone: not even its opening
    (:data:`CLDR_STEM` of its letters, which a variant keeps: Thai "เยอรมนี", "เยอรมัน") is written."""
    if len(loose_skeleton(sn.joined)) >= MIN_RUN_SOUND:
        return False
    return not any(f[: max(2, math.ceil(CLDR_STEM * len(f)))] in text for f in forms)


#: The share of a CLDR form's letters that its variants and inflections keep at its start: half ("ไนโรบี" is
#: written for CLDR's "ไนโรเบีย", Nairobi).
CLDR_STEM = 0.5


def kana_city_absent(audit: Audit, sn: SourceName, sentences: Sequence[int]) -> bool:
    """Japanese writes a foreign city by sound, in katakana, as CLDR's exemplar cities do ("ロンドン"): where
    CLDR's name of the city is katakana, written neither in these sentences nor their neighbours, and no word
    of these sounds like the name (:func:`unheard`; a neighbour's other names may), the city is not named
    there. A country or a region it may write by Han meaning ("米国", "欧州"), a city of its own in Han."""
    name = " ".join(sn.keys)
    if not sentences or name not in _english_cities(audit.item.lang):
        return False
    forms = [f for f in cldr_written_forms(name, audit.item.lang) if len(f) >= 2]
    if not forms or not all(_KATAKANA.fullmatch(f) for f in forms):
        return False
    text = "".join(audit.item.sentences[j].text for j in near_sentences(audit, sentences))
    return not any(f in text for f in forms) and unheard(audit, sn, sentences, near=False, katakana=True)


@cache
def _english_cities(lang: str) -> frozenset[str]:
    """The English names of CLDR's exemplar cities the language names, as a name's keys join them ("new york")."""
    return frozenset(" ".join(compact(w) for w in name.split()) for name in city_names(lang))


#: Katakana alone, with its long-vowel mark and middle dot: a word written by sound.
_KATAKANA = regex.compile(r"[\p{Katakana}ー・]+")


#: How much closer (cosine) the article's sentences must be to their source sentence without the name
#: than with it: on the planted sets' clean sentences in scripts ICU cannot write in Latin letters, a
#: name that is there (transliterated, so unread by the rendering test) moves them at most 0.018.
MEANING_GAIN = 0.024


def meaning_absent(audit: Audit, sn: SourceName, sentences: Sequence[int]) -> bool:
    """Where ICU cannot write the article's script in Latin letters (Khmer, Lao, Sinhala), the rendering
    test hears no name, and the sentence embedding is the witness left: the aligned article sentences
    read closer to the source sentence without the name than with it, by :data:`MEANING_GAIN`. The
    name is recorded in ``audit.read_absent``, whose absence may then be told in such a script."""
    if transliterates(audit.item.lang) or meaning_gain(audit, sn, sentences) < MEANING_GAIN:
        return False
    audit.read_absent.add(sn.text)
    return True


def meaning_gain(audit: Audit, sn: SourceName, sentences: Sequence[int]) -> float:
    """How much closer (cosine) these article sentences read to the name's source sentence without the
    name than with it; 0 where no embedding can tell (no embedder, an English article)."""
    item = audit.item
    if item.embed is None or item.source is None or audit.article.english:
        return 0.0
    target = " ".join(item.sentences[j].text for j in sentences if j < len(item.sentences))
    if not target or sn.sentence >= len(item.source.sentences):
        return 0.0
    sent, src = item.source.sentences[sn.sentence], audit.src.text
    before, after = src[sent.start : sn.name.start], src[sn.name.end : sent.end]
    texts = [src[sent.start : sent.end], " ".join(f"{before} {after}".split()), target]
    v = item.embed(texts)
    return float(min(v[1] @ v[2] - v[k] @ v[2] for k in range(len(texts)) if k not in (1, 2)))


def person_unheard(audit: Audit, sn: SourceName, sentences: Sequence[int]) -> bool:
    """In a script that spaces its words, a person's full name (said by sound in every script) of
    which no word of these sentences (and their neighbours) sounds like a word, its surname or a given
    name (see :func:`_opens_with`), even a frequent word (a given name may be one: Hindi "प्रिया"): the
    person is not named there. A long name's half heard inside a long word is chance ("tnltlmpl" of
    "Daniel Tremblay" in Bengali "দাবানলের", wildfire), which :func:`unheard` lets count."""
    if not sentences or not language(audit.item.lang).spaced or not transliterates(audit.item.lang):
        return False  # ICU writes no Latin for the script (Sinhala): its words sound like nothing
    words = [sk for sk in map(loose_skeleton, sn.keys) if len(sk) >= SHARED_SOUNDS]
    if not words:
        return False
    lo, hi = audit.art_range(near_sentences(audit, sentences))
    lang = audit.item.lang
    return not any(_word_heard(w, tok.text, lang) for tok in audit.article.view.tokens[lo:hi] for w in words)


def _word_heard(want: str, word: str, lang: str) -> bool:
    """Article word ``word`` sounds like a name word of skeleton ``want`` (:func:`_opens_with`); a name word of
    only :data:`SHARED_SOUNDS` consonants heard at the start of one of the language's most frequent words, an
    ending after it, is chance ("לספר", to tell, is no "Lisa")."""
    sk = loose_skeleton(word)
    if len(want) <= SHARED_SOUNDS and not skeletons_match(want, sk) and zipf(word, lang) >= CHANCE_ZIPF:
        return False
    return _opens_with(want, sk)


#: A word this frequent in its language (Zipf) is a function word or nearly: a short name heard in it is chance.
CHANCE_ZIPF = 5.0


def _opens_with(want: str, sk: str) -> bool:
    """Skeleton ``sk`` matches ``want`` (:func:`skeletons_match`), or opens with it, an ending after
    it (a particle, a case); with four consonants or more, its opening stretch one consonant longer
    may hold all but one of them (a sound the script lacks or leaves unsaid, one it adds)."""
    if skeletons_match(want, sk) or sk.startswith(want):
        return True
    return len(want) > SHARED_SOUNDS + 1 and _shared(want, sk[: len(want) + 1]) >= len(want) - 1


#: A stretch of Han characters or katakana, a middle dot between the parts of a name written by sound
#: ("埃莱娜·纳瓦罗", "エレナ・ナバロ").
_HAN_RUN = regex.compile(r"[\p{Han}\p{Katakana}ー]+(?:[·・][\p{Han}\p{Katakana}ー]+)*")


def han_unheard(audit: Audit, sn: SourceName, sentences: Sequence[int]) -> bool:
    """In Han characters, which write a foreign person's name by sound, one syllable a character (ICU's
    Latin is their pinyin: "埃莱娜·纳瓦罗" is "ai lai na na wa luo" for "Elena Navarro"), or in
    katakana, one a character too ("エレナ・ナバロ", "e re na na ba ro"), no stretch
    of these sentences (and their neighbours) sounds like the full name: none of a few characters
    more than the name has consonants holds all but a third of them in order. Pinyin lacks "v",
    final consonants and clusters, and merges "l" and "r"; a third of the name is what it loses
    ("Johannes van der Berg", "yue han nei si fan de bei ge"; "Marco Bianchi", "ma ke bi an ji"). A neighbour's word
    that renders its own sentence's name is no stretch of this one (:func:`claimed_nearby`)."""
    if not sentences or language(audit.item.lang).script_name != script_of("中"):
        return False
    want = "".join(loose_skeleton(k) for k in sn.keys)
    if len(want) < MIN_HAN_SOUNDS:
        return False
    need = len(want) - len(want) // HAN_LOST
    text = _unclaimed_text(audit, near_sentences(audit, sentences), claimed_nearby(audit, sn, sentences))
    width = len(want) + HAN_SLACK
    for run in _HAN_RUN.findall(text):
        sks = [loose_skeleton(c) for c in run if c not in "·・ー"]
        for i in range(max(1, len(sks) - width + 1)):
            if _shared(want, "".join(sks[i : i + width])) >= need:
                return False
    return True


def _unclaimed_text(audit: Audit, sentences: Sequence[int], claimed: frozenset[int]) -> str:
    """The text of these article sentences with the ``claimed`` tokens blanked out (a stretch stops at them)."""
    view = audit.article.view
    text = list(view.text)
    for i in claimed:
        text[view.tokens[i].start : view.tokens[i].end] = " " * (view.tokens[i].end - view.tokens[i].start)
    blanked = "".join(text)
    spans = (audit.item.sentences[j] for j in sentences)
    return "".join(blanked[s.start : s.end] for s in spans)


#: Consonants a name needs before its sound in Han characters can be told from chance.
MIN_HAN_SOUNDS = 4
#: Pinyin loses up to one consonant in this many of the name's.
HAN_LOST = 3
#: Characters beyond the name's consonants that its rendering may take (a syllable per vowel).
HAN_SLACK = 2


def own_form_absent(audit: Audit, sn: SourceName, elsewhere: Sequence[int], here: Sequence[int]) -> bool:
    """In a script without capitals that spaces its words, or in katakana, the article writes this one-word
    name in sentences ``elsewhere`` (another bead's, whose source names it) by a word that sounds like it,
    an ending after it at most (its own form: "नायर" for "Nair"), and none of the sentences ``here`` holds
    that form or a word opening with the name's sound: the name was dropped there. The article's own
    spelling is the witness, so even a name too short for the sound test alone ("Nair") is heard."""
    lang = audit.item.lang
    art = audit.article
    if art.cased or art.english or sn.acronym or len(sn.keys) != 1 or not here:
        return False
    kana = language(lang).script == "Jpan"  # its words parted by script: a katakana word is one
    if not (language(lang).spaced or kana) or not transliterates(lang):
        return False
    want = loose_skeleton(sn.keys[0])
    if len(want) < SHARED_SOUNDS:
        return False
    forms = {
        tok.text
        for tok in _tokens(audit, elsewhere)
        if tok.script != "latin"
        and (not kana or _KATAKANA.fullmatch(tok.text))
        and _opens_with(want, loose_skeleton(tok.text))  # an ending after it: "카마우가"
        and zipf(tok.text, lang) < CHANCE_ZIPF  # a surname may be a frequent word ("बोस")
    }
    if not forms:
        return False
    return not any(
        any(f in tok.text for f in forms) or _opens_with(want, loose_skeleton(tok.text)) for tok in _tokens(audit, here)
    )


def _tokens(audit: Audit, sentences: Sequence[int]) -> list[Token]:
    """The article's tokens in these sentences."""
    art = audit.article
    spans = [art.sent_tokens[j] for j in sentences if j < len(art.sent_tokens)]
    return [tok for lo, hi in spans for tok in art.view.tokens[lo:hi]]
