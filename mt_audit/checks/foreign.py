"""The word scan the untranslated and spinner checks share: which article words are foreign.

A word is foreign when it is written in another script than the article's
language, or, in the same script, when it is frequent in the source language
and rare in the article's (word frequencies from ``wordfreq``), or when it is
copied verbatim from the aligned source sentence and is not a word of the
article's language (:mod:`.copied`). Names, acronyms and brands are kept out:
capitalised runs, CamelCase, digits and all-caps tokens are names unless a run
also carries ordinary lower-case source-language words.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import regex

from mt_audit.checks.base import CheckInput
from mt_audit.checks.copied import (
    LEAK_GAP,
    SHORT,
    copied_flags,
    fold,
    in_code,
    is_name_like,
    leans_source,
    name_word,
    source_words,
)
from mt_audit.checks.textscan import NO_SPACE_SCRIPTS
from mt_audit.entities import word_lists
from mt_audit.identify import supported, word_confidence
from mt_audit.language_words import ELSEWHERE_GAP, kin_languages, unlisted_loan
from mt_audit.languages import currency_words, language, scale_words, script_of, scripts
from mt_audit.lexicon import has_frequencies, has_large_list, inflected, lemmas, same_word, zipf, zipf_gap
from mt_audit.unit_sounds import skeleton as sound_skeleton

#: Full-width digits belong to the East Asian text around them, not to a Latin word glued to them ("strong２年").
_LATIN = r"[[\p{Latin}\p{M}\p{N}]--[\uff10-\uff19]]"
_OTHER = r"[[\p{L}\p{M}\p{N}]--[\p{Latin}]]"
#: A word of one writing system: Latin glued to Han, kana, Thai or a Korean particle
#: ("成功的secret是", "secret은") is a word of its own.
TOKEN = regex.compile(rf"(?V1){_LATIN}+(?:['’\-]{_LATIN}+)*|{_OTHER}+(?:['’\-]{_OTHER}+)*")
#: A short lower-case word elided before an apostrophe ("l'", "dell'", "qu'", "quest'", "jusqu'"), when a real
#: word follows.
ELIDED = regex.compile(r"\p{Ll}{1,6}['’](?=\p{L}{3})")
#: The same opening a sentence, capitalised by the rule (Luxembourgish "D’", French "L'", "Lorsqu'").
ELIDED_INITIAL = regex.compile(r"\p{Lu}\p{Ll}{0,5}['’](?=\p{L}{3})")
#: A short word joined by a hyphen to the next (Maltese "il-", "lill-", Irish "t-"): an article or a
#: preposition written onto its noun, when a real word follows. Not a doubled word ("kira-kira", "buah-buahan").
CLITIC = regex.compile(r"(\p{L}\p{M}*(?:\p{Ll}\p{M}*){0,4})-(?=\p{L}{3})")
#: A letter of a script written with spaces: one glued to a Latin word makes a mixed-script word, not two.
GLUED_LETTER = regex.compile(rf"(?!{NO_SPACE_SCRIPTS})\p{{L}}")
#: What may stand between two words of one run (spaces, light punctuation).
GAP = regex.compile(r"[ \t\u00a0,;:\-–—/&'’\"“”«»()]*")

#: Lower-case words that join the words of a name ("Bank of America", "Université de Montréal").
CONNECTORS = word_lists()["run_connectors"]

#: English "I" and its contractions: capitalised, never names.
PRONOUN_I = frozenset({"I", "I'm", "I’m", "I've", "I’ve", "I'll", "I’ll", "I'd", "I’d"})

#: Thresholds on Zipf frequencies (log10 of occurrences per billion words).
MIN_SOURCE_ZIPF = 3.0  # the word must be an ordinary word of the source language
MAX_TARGET_ZIPF = 4.5  # ...and not a frequent word of the article's language
MIN_GAP = 0.75  # ...and more frequent in the source language
STRONG_GAP = 2.0  # a gap this wide needs little more evidence; narrower ones must also look foreign
STRONG_MIN_LOOKS_SOURCE = 0.3  # with a strong gap, only a word reading plainly as the article's is spared
MIN_LOOKS_SOURCE = 0.75  # lingua's confidence, from the letters alone, that the word is the source language's
REAL_WORD_ZIPF = 4.0  # this frequent in a large target list: a real word of the article's language
CAPITAL_GAP = 2.2  # a capitalised word must be far more typical of the source (else: a name)
NEIGHBOUR_MIN_SOURCE_ZIPF, NEIGHBOUR_GAP = 4.0, 0.5  # a word next to a flagged one
NAME_MIN_SOURCE_ZIPF = 3.5  # a capitalised word inside a name, absent from a large target list
RARE_MIN_SOURCE_ZIPF = 1.0  # a lower-case word absent from a large target list
SHORT_MIN_SOURCE_ZIPF, SHORT_MAX_TARGET_ZIPF, SHORT_GAP = 6.0, 4.7, 2.5  # words of one to three letters
MIN_LATIN_ZIPF = 2.0  # a lower-case Latin word in a non-Latin text must be a known source word
DOMINANT_SHARE = 0.8  # letters in another of the language's scripts: the article is written in that one


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    script: str


@dataclass(frozen=True)
class ForeignRun:
    """Consecutive foreign words: one finding. ``words`` are the tokens flagged."""

    start: int
    end: int
    words: tuple[Token, ...]
    sentence: int


def word_script(word: str) -> str:
    """Unicode script of the first letter of ``word`` ("LATIN", "ARABIC", "CJK"...; "OTHER" without one).

    A full-width letter ("Ｊ" in a Japanese league code "Ｊ３") is read as the letter it widens.
    """
    for ch in word:
        if ch.isalpha():
            return script_of(unicodedata.normalize("NFKC", ch)[:1]) or "OTHER"
    return "OTHER"


def words_of(text: str, start: int, end: int) -> list[Token]:
    """The words of ``text[start:end]``, an elided or hyphened article or preposition left off
    ("l'agreement", "D’Educates", "il-journalists" → "agreement", "Educates", "journalists")."""
    tokens = []
    for m in TOKEN.finditer(text, start, end):
        at = m.start() + _clitic_length(m.group(), not tokens)
        at += _count_length(text, at, m.end())
        stop = at + _counted_word_length(text, at, m.end())
        tokens.append(Token(at, stop, text[at:stop], word_script(text[at:stop])))
    return tokens


def _clitic_length(word: str, first: bool) -> int:
    """How many leading characters of ``word`` are a clitic written onto it: lower-case, or capitalised by the
    sentence rule on a sentence's first word (mid-sentence, a capital before a hyphen opens a name: "Jean-Luc")."""
    elided = ELIDED.match(word) or (ELIDED_INITIAL.match(word) if first else None)
    if elided:
        return elided.end()
    clitic = CLITIC.match(word)
    if clitic is None or not (first or clitic.group(1)[:1].islower()):
        return 0
    head, rest = clitic.group(1).lower(), word[clitic.end() :].lower()
    return 0 if rest.startswith(head) or head.startswith(rest.split("-")[0]) else clitic.end()


#: A Latin word with the figure of a count glued on ("paintings85"), and a letter of a script without spaces.
COUNTED = regex.compile(r"(\p{Latin}[\p{Latin}\p{M}]*)\d+")
NO_SPACE_LETTER = regex.compile(NO_SPACE_SCRIPTS)


#: A figure with a Latin word glued after it ("1household"), inside text of a script without spaces.
COUNTING = regex.compile(r"\d+(\p{Latin}[\p{Latin}\p{M}]*)")


def _count_length(text: str, start: int, end: int) -> int:
    """How many leading characters of the word at ``start`` are a figure counting it, in text of a script without
    spaces (Japanese "1household当たり": per one household). Only a plain lower-case word of more than
    :data:`~mt_audit.checks.copied.SHORT` letters is cut: a name keeps its figure ("4K", "3D", "5G")."""
    m = COUNTING.fullmatch(text, start, end)
    beside = (start and NO_SPACE_LETTER.match(text, start - 1)) or NO_SPACE_LETTER.match(text, end)
    if m is None or not beside:
        return 0
    word = m.group(1)
    return m.start(1) - start if word.islower() and len(word) > SHORT else 0


def _counted_word_length(text: str, start: int, end: int) -> int:
    """The length of the word at ``start`` without the figure glued to it when the figure counts the letters of a
    script without spaces after it (Japanese "paintings85点": the word, then 85 of them). Only a plain lower-case
    word of more than :data:`~mt_audit.checks.copied.SHORT` letters is cut: a name keeps its figure ("GPT4")."""
    m = COUNTED.fullmatch(text, start, end)
    if m is None or not NO_SPACE_LETTER.match(text, end):
        return end - start
    word = m.group(1)
    return len(word) if word.islower() and len(word) > SHORT else end - start


def language_script(lang: str) -> str:
    """The script a language is written in, as :func:`word_script` names it."""
    return language(lang).script_name


def _own_script(text: str, lang: str) -> str:
    """The article's script: the language's default, or another script the language is written in
    (CLDR) when nearly all the article's letters are in it (Serbian, Bosnian, Uzbek in Latin)."""
    default = language_script(lang)
    counts = Counter(script_of(c) for c in text if c.isalpha())
    if not counts:
        return default
    top, n = counts.most_common(1)[0]
    if top != default and top in scripts(lang) and n >= DOMINANT_SHARE * sum(counts.values()):
        return top
    return default


def foreign_runs(item: CheckInput) -> list[ForeignRun]:
    """Runs of source-language (or other-script) words in the article, names excluded.

    Capitalised words the source text also has are names. When the source text
    is in the article's own language (a reference translation), every word it
    has is a word of that language; otherwise the aligned source sentence of
    each article sentence says which words were copied.
    """
    known: frozenset[str] = frozenset()
    aligned: tuple[str, ...] = ()
    if item.source is not None:
        same = item.source_text_lang == item.lang
        known = _known_words(item.source.norm.text, same)
        if not same:
            aligned = _aligned_sources(item)
    sentences = tuple((s.start, s.end) for s in item.sentences)
    return _foreign_runs(item.norm.text, item.lang, item.source_lang, sentences, known, aligned)


def _aligned_sources(item: CheckInput) -> tuple[str, ...]:
    """The aligned source text of every article sentence ("" where none is aligned)."""
    out = [""] * len(item.sentences)
    for pair in item.pairs():
        for j in pair.tgt:
            if 0 <= j < len(out):
                out[j] = pair.source
    return tuple(out)


@lru_cache(maxsize=64)
def _known_words(source: str, every: bool) -> frozenset[str]:
    """Words of the source to leave alone: the capitalised ones as written, and with ``every``
    all of them lower-cased too ("Information" in a name does not excuse "information")."""
    words = {m.group() for m in TOKEN.finditer(source)}
    caps = {w for w in words if w[:1].isupper()}
    return frozenset(caps | ({w.lower() for w in words} if every else set()))


@lru_cache(maxsize=64)
def _foreign_runs(
    text: str,
    lang: str,
    source_lang: str,
    sentences: tuple[tuple[int, int], ...],
    known: frozenset[str],
    aligned: tuple[str, ...],
) -> list[ForeignRun]:
    own = _own_script(text, lang)
    src_script = language_script(source_lang)
    same_script = own == src_script
    if same_script and not _readable(lang, source_lang) or lang == source_lang:
        return []
    runs: list[ForeignRun] = []
    for k, (s0, s1) in enumerate(sentences):
        tokens = words_of(text, s0, s1)
        source = aligned[k] if k < len(aligned) else ""
        copied = copied_flags([(t.start, t.end, t.text) for t in tokens], text, source, lang, source_lang)
        if same_script:
            # A word the aligned source writes in a name was rendered by the name's convention, kept or not.
            names = source_words(source, source_lang).names if source else frozenset()
            flags = _same_script_flags(tokens, text, lang, source_lang, known | names, copied)
            if source and not (has_frequencies(lang) or supported(lang)):
                flags = [
                    f and (c is not None or _source_form(t.text, source)) for f, t, c in zip(flags, tokens, copied)
                ]
            elif source:
                flags = [
                    f and (c is not None or not _source_base(t.text, source)) for f, t, c in zip(flags, tokens, copied)
                ]
            if source:
                present = frozenset(t.text.lower() for t in tokens)
                flags = [
                    f and (bool(c) or not respelt_unit(text, s0, t.start, t.text.lower(), source, present))
                    for f, t, c in zip(flags, tokens, copied)
                ]
        else:
            flags = [t.script not in ("OTHER", own) for t in tokens]
        flags = [f and not in_code((t.start, t.end, t.text), text) for f, t in zip(flags, tokens)]
        for group in _groups(tokens, flags, text):
            if (
                same_script
                or _untranslated_run(group, src_script, source_lang, tokens, copied)
                or _plain_opener(group, tokens, text, lang, source_lang, known, source)
            ):
                runs.append(ForeignRun(group[0].start, group[-1].end, tuple(group), k))
    return runs


def _source_form(word: str, source: str) -> bool:
    """Whether ``word`` is a word of the aligned ``source`` inflected or spelt otherwise ("organizers").

    Where neither a frequency list nor lingua models the article's language, only the stand-in lingua takes
    the article for judges a word by its letters, and a relative's letters are no proof: a word of the
    language that English also spells (Faroese "long", Frisian "neat") reads English to it. A word the aligned
    source has, in some form, is the evidence a copy gives; any other word is left to the spinner's anchors.
    """
    low = fold(word)
    return any(same_word(low, fold(s.group())) for s in TOKEN.finditer(source))


#: A figure and a space right before a word: the word names what the figure counts ("20 sent").
_FIGURE_BEFORE = regex.compile(r"\d[ \u00a0]$")
#: A word right after a figure: a unit or currency the source counts in ("20 cents").
_COUNTED = regex.compile(r"\d[ \u00a0](\p{L}+)")


@lru_cache(maxsize=1024)
def _counted_words(source: str) -> frozenset[str]:
    """The source's words right after a figure, lower-cased: the units and currencies it counts in."""
    return frozenset(m.group(1).lower() for m in _COUNTED.finditer(source))


#: Consonants a word needs before its sound may tie it to a source word: two ("big", "bag") tie by chance.
SPELT_MIN_SOUNDS = 3


def respelt_unit(text: str, start: int, at: int, word: str, source: str, present: frozenset[str]) -> bool:
    """Whether ``word`` at ``at`` (its sentence starting at ``start``), right after a figure, respells a word the
    aligned ``source`` writes right after a figure and the sentence (``present``) lacks as written: the unit or
    currency counted, in the language's spelling (Turkish "20 sent" for "20 cents"). A spinner's US spelling
    ("colors" for "colours") or a word of like sound ("roads" for "routes") counts no figure."""
    if not _FIGURE_BEFORE.search(text[start:at]):
        return False
    return respells_source_word(word, _counted_words(source) - present)


def respells_source_word(word: str, absent: frozenset[str]) -> bool:
    """Whether ``word`` spells one of the words ``absent`` the language's way: the same consonants
    (:func:`~mt_audit.unit_sounds.skeleton`, which folds the spellings of one sound), or those less an ending's
    last one, and no English form of it (no shared base form): "sent" of "cents", not "cent"."""
    sound = sound_skeleton(word)
    if len(sound) < SPELT_MIN_SOUNDS:
        return False
    bases = set(lemmas(word) or (word,))
    for w in sorted(absent):
        other = sound_skeleton(w)
        if (other == sound or other[:-1] == sound) and not bases & set(lemmas(w) or (w,)):
            return True
    return False


def _readable(lang: str, source_lang: str) -> bool:
    """Whether words of one script can be told apart: by the source language's frequencies, and the article
    language's, or where it has no list, by how its words look to lingua (Swahili), or, where lingua has no
    model of it either (Galician), by the source language standing out among all the languages lingua knows."""
    return has_frequencies(source_lang) and (has_frequencies(lang) or supported(lang) or supported(source_lang))


def _groups(tokens: list[Token], flags: list[bool], text: str) -> list[list[Token]]:
    """Flagged tokens joined into runs across spaces and light punctuation."""
    groups: list[list[Token]] = []
    for i, tok in enumerate(tokens):
        if not flags[i]:
            continue
        if i and flags[i - 1] and GAP.fullmatch(text, tokens[i - 1].end, tok.start):
            groups[-1].append(tok)
        else:
            groups.append([tok])
    return groups


def _same_script_flags(
    tokens: list[Token], text: str, lang: str, source_lang: str, known: frozenset[str], copied: list[bool | None]
) -> list[bool]:
    """Which tokens are source-language words: copies and clear cases, then their weaker neighbours.

    A copy of an aligned source word is decided by the copy evidence alone
    (it knows the word's case in the source, and loanwords); the names CLDR gives
    currencies and large numbers in the language are its own. Another word
    alone needs strong evidence; next to one already flagged, a word merely
    more typical of the source language ("the", "open") joins the run.
    """
    in_name = _name_runs(tokens, text)
    flags = [
        (
            copied[i]
            if copied[i] is not None
            else (
                t.text not in known
                and t.text.lower() not in known
                and _same_script_foreign(t.text, i == 0, lang, source_lang, i in in_name, text)
            )
        )
        and not _named_quantity(t.text, lang)
        for i, t in enumerate(tokens)
    ]
    changed = any(flags)
    while changed:
        changed = False
        for i, t in enumerate(tokens):
            if flags[i] or copied[i] is not None or i in in_name or t.text in known or t.text.lower() in known:
                continue
            if is_name_like(t.text):
                continue
            near = [j for j in (i - 1, i + 1) if 0 <= j < len(tokens) and flags[j]]
            if not any(text[min(t.end, tokens[j].end) : max(t.start, tokens[j].start)].isspace() for j in near):
                continue
            zs, zt = zipf(t.text, source_lang), zipf(t.text, lang)
            near_source = zs >= NEIGHBOUR_MIN_SOURCE_ZIPF and zs - zt >= NEIGHBOUR_GAP
            if near_source and _reads_source(t.text, lang, source_lang, text):
                flags[i] = changed = True
    return flags


def _named_quantity(word: str, lang: str) -> bool:
    """A currency or a large number as the language names it (CLDR): "dollar" in Irish, "million" in Uzbek."""
    low = fold(word)
    return low in currency_words(lang) or low in scale_words(lang)


def _same_script_foreign(
    word: str, initial: bool, lang: str, source_lang: str, in_name: bool = False, text: str = ""
) -> bool:
    """A word of the article's own script that belongs to the source language.

    Inside a multi-word name only strong evidence counts: a lower-case word
    clearly of the source language, or a capitalised one the article
    language's large word list has never seen.
    """
    if is_name_like(word):
        return False
    low = word.lower()
    zs, zt = zipf(low, source_lang), zipf(low, lang)
    if unlisted_loan(low, lang, source_lang):
        return False
    if not has_frequencies(lang):
        ordinary = (word[:1].islower() or initial) and len(word) > 3 and zs >= MIN_SOURCE_ZIPF  # "Discipline"
        kin = kin_languages(lang, source_lang)
        if ordinary and any(zipf_gap(zs, zipf(low, k)) < ELSEWHERE_GAP for k in kin):
            return False  # a language of the article's country writes it as often: a word of the region (Haitian
            # "double" as French has it), which the article's language may share
        return ordinary and leans_source(low, lang, source_lang, MIN_LOOKS_SOURCE, text)
    if in_name and word[0].isupper():
        return zt == 0.0 and zs >= NAME_MIN_SOURCE_ZIPF and has_large_list(lang) and not initial
    if in_name and len(word) > 3 and zt > 0.0:
        return zs >= MIN_SOURCE_ZIPF and zt < MAX_TARGET_ZIPF and zs - zt >= CAPITAL_GAP
    if len(word) <= 3:
        # Short words collide across languages ("a", "la"); only very frequent function words count.
        return zs >= SHORT_MIN_SOURCE_ZIPF and zt <= SHORT_MAX_TARGET_ZIPF and zs - zt >= SHORT_GAP
    capital = word[0].isupper() and not initial
    if not capital and zt == 0.0 and _rare_source_form(low, zs, source_lang) and has_large_list(lang):
        # A rare source word the article language's large list has never seen: an inflected
        # form left untranslated. Only where that list is large enough for absence to mean something.
        return True
    if zs < MIN_SOURCE_ZIPF or zt >= MAX_TARGET_ZIPF:
        return False
    if has_large_list(lang) and zt >= REAL_WORD_ZIPF:
        return False
    gap = zs - zt
    if capital:
        return gap >= CAPITAL_GAP
    if gap >= STRONG_GAP:
        # Unless its letters read plainly as the article's language: a word of its own that English also spells.
        return word_confidence(low, lang, source_lang) >= STRONG_MIN_LOOKS_SOURCE
    # Moderate evidence: frequency lists of small languages carry English loans, so the
    # word must also look like the source language letter by letter.
    return gap >= MIN_GAP and word_confidence(low, lang, source_lang) >= MIN_LOOKS_SOURCE


def _reads_source(word: str, lang: str, source_lang: str, text: str = "") -> bool:
    """Where the article's language has no frequency list, a word must also read as the source language."""
    return has_frequencies(lang) or leans_source(word.lower(), lang, source_lang, MIN_LOOKS_SOURCE, text)


def _rare_source_form(low: str, zs: float, source_lang: str) -> bool:
    """A source-language word too rare for the frequency list itself, or an inflection the list never saw
    of an ordinary base form ("overcasts" of "overcast")."""
    if zs >= RARE_MIN_SOURCE_ZIPF:
        return True
    bases = lemmas(low) if source_lang == "en" else ()
    return any(b != low and zipf(b, source_lang) >= MIN_SOURCE_ZIPF for b in bases)


def _name_runs(tokens: list[Token], text: str) -> set[int]:
    """Indices of tokens inside multi-word names: capitalised words, joined by connectors.

    "Bank of America", "Museum of Modern Art": two or more
    capitalised words, only spaces and at most two lower-case words between
    them, at most one of which is not a connector.
    """
    caps = [i for i, t in enumerate(tokens) if t.text[0].isupper() and t.text not in PRONOUN_I]
    inside: set[int] = set()
    for a, b in zip(caps, caps[1:]):
        between = [tokens[k].text for k in range(a + 1, b)]
        spaced = all(text[tokens[k].end : tokens[k + 1].start].isspace() for k in range(a, b))
        if spaced and len(between) <= 2 and sum(w.lower() not in CONNECTORS for w in between) <= 1:
            inside.update(range(a, b + 1))
    return inside


def _source_base(word: str, source: str) -> bool:
    """Whether ``word`` is the base form of a word the aligned ``source`` writes inflected ("Astronomer" where it
    has "astronomers"): MT leaves a word as it was given, so this is no copy but the article language's cognate,
    inflected its own way (the Danish plural "astronomer"), where a frequency list lacks that form."""
    low = fold(word)
    return any(low != form and low in lemmas(form) for form in (fold(m.group()) for m in TOKEN.finditer(source)))


def _untranslated_run(
    group: list[Token], src_script: str, source_lang: str, tokens: list[Token], copied: list[bool | None]
) -> bool:
    """Whether a run of other-script words is untranslated text rather than names.

    Latin words inside a non-Latin text are names ("Bank of America", "GPU")
    unless ordinary lower-case source-language words come with them, or
    words copied from the aligned source that are not names there (a
    capitalised copy too when it carries an English ending: "Horses").
    """
    if group[0].script != "LATIN" or src_script != "LATIN":
        return True
    copies = {tokens[i].start for i, c in enumerate(copied) if c}
    plain = {tokens[i].start for i, c in enumerate(copied) if c is not None}  # copies the source uses as no name
    return any(
        t.start in copies
        or (
            (t.text[0].islower() or (t.start in plain and source_lang == "en" and inflected(t.text)))
            and not is_name_like(t.text)
            and not (t.text.lower() in CONNECTORS and _beside_capital(group, t))
            and _known_source_word(fold(t.text), source_lang)
        )
        for t in group
    )


def _plain_opener(
    group: list[Token],
    tokens: list[Token],
    text: str,
    lang: str,
    source_lang: str,
    known: frozenset[str],
    source: str,
) -> bool:
    """A Latin word opening a sentence of a text in another script, capitalised by the sentence rule, not as a name.

    MT keeps the capital of a sentence-initial word it leaves in English ("Study" where the article's
    language has no article before it). Such a word is a name only if the source has it as one; an
    ordinary English word the source lacks as a name is judged as its lower-case form would be. Where
    the article's language has a frequency list, it must also be ten times rarer there than in English
    (:data:`LEAK_GAP`): lists of web text record the Latin brands they quote ("Apple") about as often as English.
    """
    tok = group[0]
    if not source or source_lang != "en" or tok.start != tokens[0].start or tok.script != "LATIN":
        return False
    if len(group) > 1 and group[1].text[:1].isupper():  # two capitalised words: a name ("Blue River")
        return False
    if GLUED_LETTER.match(text, tok.end):  # Latin letters inside a word of a spaced script: a typo ("Meжду")
        return False
    if not plain_opener_word(tok.text, known, source, source_lang):
        return False
    low = fold(tok.text)
    return not has_frequencies(lang) or zipf_gap(zipf(low, source_lang), zipf(low, lang)) >= LEAK_GAP


def plain_opener_word(word: str, known: frozenset[str], source: str, source_lang: str) -> bool:
    """Whether a capitalised word opening an article sentence is to be judged as its lower-case form.

    It is an ordinary English word (a lower-case WordNet lemma or an inflection of one, frequent enough)
    that the source writes as no name: not capitalised anywhere in the source document (``known``), nor
    a name of the aligned source sentence. Without a source nothing tells a name from a word.
    """
    if not source or source_lang != "en" or not word[:1].isupper() or is_name_like(word) or word in PRONOUN_I:
        return False
    low = fold(word)
    if _source_name(low, known, source) or name_word(low, source_lang):
        return False
    return _known_source_word(low, source_lang)


def source_capitals(item: CheckInput) -> frozenset[str]:
    """The capitalised words of the item's source document, as written (empty without a source)."""
    return _known_words(item.source.norm.text, False) if item.source is not None else frozenset()


def _source_name(low: str, known: frozenset[str], source: str) -> bool:
    """Whether the source writes ``low`` as a name: capitalised anywhere in the document, or a name of the
    aligned sentence, a possessive or clitic left off ("Amazon's")."""
    named = source_words(source, "en")
    written = {fold(regex.split(r"['’]", w)[0]) for w in (*known, *named.names, *named.capitalised)}
    return low in written


def _beside_capital(group: list[Token], tok: Token) -> bool:
    """A connector joins a name only with a capitalised word beside it ("Banco do Brasil"); alone it is a word."""
    i = group.index(tok)
    return any(group[j].text[:1].isupper() for j in (i - 1, i + 1) if 0 <= j < len(group))


def _known_source_word(low: str, source_lang: str) -> bool:
    """A word of the source language: frequent enough itself, or an inflection of a frequent base form
    ("browses" of "browse"), since an inflected form is rarer than the word it inflects."""
    bases = lemmas(low) if source_lang == "en" else ()
    return max((zipf(w, source_lang) for w in (low, *bases)), default=0.0) >= MIN_LATIN_ZIPF
