"""Words copied verbatim from the aligned source sentence, and which of them are untranslated.

A translator keeps some source words as they are: names, brands, code, units,
acronyms and loanwords the target language has adopted ("Computer", "Team").
Anything else copied from the aligned source sentence is untranslated text,
whatever its capitalisation: a German article writes a copied English noun
with a capital ("Bricks"), and the source, not the capital, says whether it
is a name. The evidence is graded: one copied word must be rare in the target
language, or written there ten times less often than in the source (English
leaks into every corpus; a loanword the target has adopted is written about as
often); a run of copied words or a whole copied sentence is untranslated even
when each word is a loan.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import regex

from mt_audit.identify import first_among_all, relative, stand_in, supported, word_confidence
from mt_audit.language_words import (
    CORE_ZIPF,
    kin_core,
    kin_disown,
    peers_gap,
    relatives,
    source_own,
    unlisted_loan,
    world_core,
)
from mt_audit.languages import capitalises_nouns, in_script
from mt_audit.lexicon import (
    ALIASES,
    has_frequencies,
    has_large_list,
    lemma_case,
    lemmas,
    listed_zipf,
    mostly_noun,
    zipf,
    zipf_gap,
)
from mt_audit.units import unit_of
from mt_audit.word_forms import ending_zipf, head_zipf

TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*")
#: Characters that glue a word into code, a path, an address or a handle.
CODE_GLUE = frozenset("._/\\@#=`<>")
#: What may stand between two copied words of one run.
RUN_GAP = regex.compile(r"[ \t\u00a0,;:\-–—/'’\"“”«»„()]*")
#: Between two words, what ends a sentence: the next word is capitalised by the rule, not as a name.
SENTENCE_END = regex.compile(r"[.!?…:]['’\"”»)\]]*\s*['‘\"“«(\[]*$")

#: Thresholds on Zipf frequencies (log10 of occurrences per billion words), derived on DEMETR codemix read
#: as copies: recall on pert_sent audited against src_sent; false alarms on mt_sent against src_sent and on
#: the human src_sent (ten languages) audited as a translation of eng_sent. Never on the MQM ratings.
LOAN_ZIPF = 3.0  # below this in the target language, a copy needs only COPY_GAP or COPY_LOOKS
#: English leaks into every web corpus, so a frequent copy is a loanword only when the target language uses it
#: about as often as the source does ("Team", "online"); one used ten times less often is the leak, not a loan.
#: Calibrated on the planted tune split and DEMETR's human references: leaked English content words sit below
#: Zipf 4.3 in the target lists, the loanwords of news text ("show", "business", "festival") at 4.45 and above.
LEAK_GAP = 1.0
#: CORE_ZIPF (mt_audit.language_words): this frequent in the target language, its own word (a homograph) or a loan,
#: whatever the gap.
COPY_GAP = 0.5  # a copied word must be at least this much more typical of the source language
COPY_LOOKS = 0.8  # ...or look like the source language letter by letter (lingua, two languages)
#: A copy between LOAN_ZIPF and CORE_ZIPF with a narrower gap than LEAK_GAP is still foreign when its letters read
#: as the source language: the evidence a word not copied needs (mt_audit.checks.foreign), so a copy needs no more.
LOOKS_GAP = 0.75
#: Where the article's language has no frequency list, a copy is foreign when lingua, from its letters, leans to
#: the source language: the copy is the evidence a word not copied lacks (it needs MIN_LOOKS_SOURCE).
UNLISTED_LOOKS = 0.5
#: Where lingua does not know the article's language either (Galician, Uzbek), a word reads as the source language
#: when lingua, weighing every language it knows, puts the source first with at least this confidence: of the
#: English-frequent Latin words of the planted stories' clean sentences (all their languages), under 1% reached
#: it when counted once by hand; the planted untranslated and spinner rows for gl and uz show its effect.
FIRST_AMONG_ALL = 0.2
LISTED_ZIPF = 4.0  # this frequent in a large target list: a real word of the language, whatever its letters
COPY_MIN_SOURCE_ZIPF = 2.5  # an ordinary word of the source language, not a rare term or a typo
INITIAL_GAP = 2.0  # a capitalised copy of a sentence-initial source word: a name unless this much rarer
SHORT = 3  # words this short collide across languages ("so", "die"): only runs count, or a frequent leak
SHORT_COPY_ZIPF = 4.5  # a three-letter copy counts alone only when this frequent in the source language
RUN_MIN = 3  # copied words in a row, also in a row in the source: strong evidence
SENTENCE_MIN = 2  # a whole sentence copied, with at least this many words
FUNCTION_ZIPF = 5.0  # a sentence-initial English word this frequent is a function word ("The", "It"), not a name
#: The shortest copy whose compounds in the article's language count: shorter words end unrelated ones ("terrain").
COMPOUND_MIN_LETTERS = 6


@dataclass(frozen=True)
class SourceWords:
    """The aligned source's words: lower-cased forms, the adjacent pairs, and which forms are names."""

    forms: frozenset[str]
    bigrams: frozenset[tuple[str, str]]
    names: frozenset[str]
    #: Written only at sentence starts, with the capital the rule gives: a name when the copy keeps it.
    initial: frozenset[str] = frozenset()
    #: Written with a capital mid-sentence at least once ("TogiNet Radio" beside "talk radio").
    capitalised: frozenset[str] = frozenset()
    #: Words only ever written inside a hyphenated compound ("rich" of "oil-rich").
    parts: frozenset[str] = frozenset()


@lru_cache(maxsize=4096)
def source_words(source: str, source_lang: str) -> SourceWords:
    """Read the aligned source sentence once: a word written with a capital mid-sentence is a name."""
    forms: list[str] = []
    capital: dict[str, bool] = {}
    mid_capital: set[str] = set()
    starts: dict[str, bool] = {}
    previous_end = 0
    matches = list(TOKEN.finditer(source))
    for i, m in enumerate(matches):
        word, low = m.group(), fold(m.group())
        before = source[previous_end : m.start()]
        initial = not any(c.isalnum() for c in before) if not forms else SENTENCE_END.search(before) is not None
        previous_end = m.end()
        forms.append(low)
        at_start = initial and word[:1].isupper()
        named = (name_word(low, source_lang) or _opens_name(source, matches, i)) if at_start else word[:1].isupper()
        # A compound's later words are names by their own capital ("anti-American"), its first as the whole.
        written = (word, *(p for p in word.split("-") if p)) if compound_parts(low) else (word,)
        for k, part in enumerate(written):
            form, upper = fold(part), part[:1].isupper()
            capital[form] = capital.get(form, True) and (named if k <= 1 else upper)
            if upper and (k > 1 or not initial):
                mid_capital.add(form)
            starts[form] = starts.get(form, True) and at_start and k <= 1
    bigrams = frozenset(zip(forms, forms[1:])) | {pair for w in forms for pair in _part_pairs(w)}
    names = frozenset(w for w, named in capital.items() if named)
    initials = frozenset(w for w, s in starts.items() if s) - names
    parts = frozenset(capital) - set(forms)
    return SourceWords(frozenset(capital), bigrams, names, initials, frozenset(mid_capital), parts)


def compound_parts(low: str) -> tuple[str, ...]:
    """The words of a hyphenated compound ("kitchen-garden"): a translation may copy one of them alone."""
    parts = tuple(p for p in low.split("-") if p)
    return parts if len(parts) > 1 else ()


def _part_pairs(low: str) -> list[tuple[str, str]]:
    """Adjacent words of a hyphenated compound: copied as a run, they are a run of the source."""
    parts = compound_parts(low)
    return list(zip(parts, parts[1:]))


def _opens_name(source: str, matches: Sequence[regex.Match[str]], i: int) -> bool:
    """A sentence-initial word a space before a capitalised one: the first word of a name ("Business Insider")."""
    if i + 1 >= len(matches):
        return False
    following = matches[i + 1].group()
    word = following[:1].isupper() and following[1:2].isalpha()  # not the pronoun "I" ("Today I", "Now I'm")
    return word and source[matches[i].end() : matches[i + 1].start()] == " "


def name_word(low: str, source_lang: str) -> bool:
    """A capitalised sentence-initial word: a name unless it is an ordinary lower-case word."""
    if source_lang == "en" and lemma_case()[1]:
        return not any(b in lemma_case()[1] for b in (low, *lemmas(low))) and zipf(low, "en") < FUNCTION_ZIPF
    return zipf(low, source_lang) < COPY_MIN_SOURCE_ZIPF


def fold(word: str) -> str:
    """Lower case, full-width letters narrowed ("Ｓｅｃｒｅｔ" → "secret"): one form for copy and lookup."""
    return unicodedata.normalize("NFKC", word).lower()


def is_name_like(word: str) -> bool:
    """Acronyms, CamelCase and alphanumerics ("GPU", "iPhone", "GPT-4"): never ordinary words."""
    letters = [c for c in word if c.isalpha()]
    if any(c.isdigit() for c in word) or len(letters) < 2:
        return True
    if sum(c.isupper() for c in letters) >= 2:
        return True
    return letters[0].islower() and any(c.isupper() for c in letters[1:])


def copied_flags(
    words: Sequence[tuple[int, int, str]], text: str, source: str, lang: str, source_lang: str
) -> list[bool | None]:
    """Which of a sentence's ``words`` (start, end, text) are source words left untranslated.

    A word counts only when it occurs in ``source`` (the aligned source
    sentence), is not a name there, not code, not a unit after a number, and
    either is foreign on its own (:func:`copied_word_foreign`) or belongs to a
    run of copied words or to a sentence copied whole. ``None`` marks a word
    that is no such copy: the copy evidence says nothing about it.
    """
    if not source or not words:
        return [None] * len(words)
    src = source_words(source, source_lang)
    low = [fold(w[2]) for w in words]
    joinable = [
        low[i] in src.forms
        and low[i] not in src.names
        and not (w[2][:1].isupper() and low[i] in src.capitalised)  # the copy keeps the source's name use
        and not is_name_like(w[2])
        and not _after_number(words, i, text, source_lang)
        and not in_code(w, text)
        for i, w in enumerate(words)
    ]
    # A copy of a sentence-initial source word that keeps its capital may be a name ("Apple"): a name is
    # written about as often in every language, so alone it needs the gap of a word the target never uses.
    flags = [
        joinable[i]
        and copied_word_foreign(w[2], lang, source_lang, text)
        and not (i and _noun_capital(w[2], lang) and not SENTENCE_END.search(text, words[i - 1][1], w[0]))
        and not (low[i] in src.initial and w[2][:1].isupper() and not _far_more_source(w[2], lang, source_lang))
        for i, w in enumerate(words)
    ]
    for run in _copied_runs(words, low, joinable, text, src):
        every = len(run) == len(words) and len(run) >= SENTENCE_MIN
        # An untranslated word carries the copied words of its source phrase with it ("Spatial Computing").
        carried = len(run) > 1 and any(flags[i] for i in run)
        if (len(run) >= RUN_MIN or every or carried) and _leans_source(low[run[0] : run[-1] + 1], lang, source_lang):
            for i in run:
                flags[i] = True
    glued = [
        low[i] not in src.forms and not in_code(w, text) and _glued_copy(w[2], low[i], src, lang, source_lang, text)
        for i, w in enumerate(words)
    ]
    return [True if glued[i] else flag if joinable[i] else None for i, flag in enumerate(flags)]


def _glued_copy(word: str, low: str, src: SourceWords, lang: str, source_lang: str, text: str = "") -> bool:
    """A copied source word with the target's ending or a target word glued on ("enthusiasmem", "cheeseindustrie").

    Only where the target's large list never saw the whole word (its own compounds and inflections are in
    it), and only when the copied part alone is foreign: a loan inflected or compounded is the language's.
    """
    # A compound's part glued to a word of the article is the compound translated ("oil-rich", "ölreich").
    stems = [low[:cut] for cut in range(len(low) - 1, SHORT, -1) if low[:cut] in src.forms - src.parts]
    if not stems or is_name_like(word) or not has_large_list(lang) or zipf(low, lang) > 0.0:
        return False
    for stem in stems:
        rest = low[len(stem) :]
        if stem not in src.names and (len(rest) <= SHORT or zipf(rest, lang) >= LOAN_ZIPF):
            return copied_word_foreign(word[: len(stem)], lang, source_lang, text)  # "Audioform" is German
    return False


def copied_word_foreign(word: str, lang: str, source_lang: str, text: str = "") -> bool:
    """Whether one copied word, alone, is a source word rather than a word of the article's language.

    ``text`` is the article, whose language lingua may read as a relative it models (:func:`leans_source`).
    """
    low = fold(word)
    letters = sum(c.isalpha() for c in low)
    if letters < SHORT:
        return False
    if letters == SHORT:
        return _short_leak(word, lang, source_lang) or _short_unlisted_copy(low, lang, source_lang, text)
    zt = zipf(low, lang)
    if not has_frequencies(source_lang):
        return zt == 0.0 and has_large_list(lang)
    zs = zipf(low, source_lang)
    if zs < COPY_MIN_SOURCE_ZIPF or unlisted_loan(low, lang, source_lang):
        return False
    if not has_frequencies(lang):  # no list to say what the article's language writes: the letters, and the
        # languages of its script (a word most of them write ten times less often than the source is no loan)
        if kin_core(low, lang, source_lang, text) or declined_here(low, text, source_lang):
            return False
        own = source_own(low, source_lang, lang, text)
        bar = COPY_LOOKS if world_core(low, source_lang) else UNLISTED_LOOKS
        return own or leans_source(low, lang, source_lang, bar, text)
    if _compounded(low, zt, lang):
        return False
    if zt >= LOAN_ZIPF and not (zt < CORE_ZIPF and _unadopted_noun(word, lang, source_lang)):
        if zt >= CORE_ZIPF or _adopted_noun(word, lang) or _declined(low, zt, lang):
            return False
        return (
            zs - zt >= LEAK_GAP
            or _looks_source(low, zt, zs, lang, source_lang)
            or _kin_leak(low, zs, lang, source_lang, text)
        )
    if zs - zt < COPY_GAP and _international(low, source_lang):
        return False  # the article's list has it about as often, as most languages do ("dengue"): a loan of all
    return zs - zt >= COPY_GAP or word_confidence(low, lang, source_lang) >= COPY_LOOKS


#: The longest ending a language without a list may give a copied word elsewhere in the article ("artisti").
ARTICLE_ENDING = 3


def declined_here(low: str, text: str, source_lang: str) -> bool:
    """Whether the article ``text`` also writes ``low`` with an ending the source language never gives it (Estonian
    "artistid" beside "artist", Welsh "bandiau" beside "band"): the language declines the word as its own, the
    evidence a missing frequency list cannot give (:func:`_declined` reads it from a list). An ending that makes an
    ordinary source word ("artists") is no evidence."""
    if not text or len(low) <= SHORT:
        return False
    pattern = rf"(?<![\p{{L}}\p{{M}}]){regex.escape(low)}([\p{{L}}\p{{M}}]{{1,{ARTICLE_ENDING}}})(?![\p{{L}}\p{{M}}])"
    return any(zipf(low + m.group(1), source_lang) < COPY_MIN_SOURCE_ZIPF for m in regex.finditer(pattern, fold(text)))


def _international(low: str, source_lang: str) -> bool:
    """A word most languages with a large list in its script write about as often as the source language does
    (:func:`mt_audit.language_words.peers_gap` under :data:`LEAK_GAP`): a loan the world took."""
    gap = peers_gap(low, source_lang)
    return gap is not None and gap < LEAK_GAP


def _declined(low: str, zt: float, lang: str) -> bool:
    """A frequent copy the article's language also writes with endings English never has, those forms together
    as often as the word itself (Romanian "cost", "costul", "costă"): the language declines it as its own word.
    A name's declined forms (Slovenian "Townu" of "Cape Town") stay rarer than its word: no loan of the language."""
    return ending_zipf(low, lang) >= zt


def _compounded(low: str, zt: float, lang: str) -> bool:
    """A copy the article's language writes as the head of its own compounds at least as often as alone (Dutch
    "dioxide", "koolstofdioxide"): its own word, as a declined one is (:func:`_declined`). Only where a large list
    holds the word: a small one, cut at Zipf 3, lacks the compounds of all but the commonest words."""
    if len(low) < COMPOUND_MIN_LETTERS or zt == 0.0 or not has_large_list(lang):
        return False
    return head_zipf(low, lang) >= zt


def _short_leak(word: str, lang: str, source_lang: str) -> bool:
    """A copied three-letter word ("war", "use") that is a frequent source word the article's language writes ten
    times less often (:data:`LEAK_GAP`) and not as a word of its own: short words collide across languages, so only
    where both frequency lists say so, never from the letters alone. A large list holding it at :data:`LISTED_ZIPF`
    has it as a real word (a loan: Spanish "set" in tennis), a smaller list only among its core words; an English
    noun in lower case where nouns take a capital ("men" in German) is no loan (:func:`_unadopted_noun`), so its
    list's count is leaked English up to the core words, and the gap of any copy (:data:`COPY_GAP`) suffices."""
    if not (has_frequencies(lang) and has_frequencies(source_lang)):
        return False
    low = fold(word)
    zs, zt = zipf(low, source_lang), zipf(low, lang)
    if zs < SHORT_COPY_ZIPF:
        return False
    if _unadopted_noun(word, lang, source_lang):
        return zt < CORE_ZIPF and zs - zt >= COPY_GAP
    return zt < (LISTED_ZIPF if has_large_list(lang) else CORE_ZIPF) and zs - zt >= LEAK_GAP


def _short_unlisted_copy(low: str, lang: str, source_lang: str, text: str) -> bool:
    """A copied three-letter word ("sea") where the article's language has no list to weigh it against: a frequent
    source word (:data:`SHORT_COPY_ZIPF`) that most languages of the script write ten times less often, the
    article's kin too (:func:`mt_audit.language_words.source_own`: "man" is the Germanic languages' too), and
    that the article ``text`` writes only here: a syllable of the language recurs through its text, a copy stands
    where its source word does."""
    if has_frequencies(lang) or not has_frequencies(source_lang) or zipf(low, source_lang) < SHORT_COPY_ZIPF:
        return False
    once = len(regex.findall(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(low)}(?![\p{{L}}\p{{M}}])", fold(text))) <= 1
    return once and bool(text) and source_own(low, source_lang, lang, text)


def _noun_capital(word: str, lang: str) -> bool:
    """A copy with the capital every noun takes, where no frequency list says how often the language writes it
    (Luxembourgish "Magnitude"): the spelling of a word taken into the language, the only sign of it there is.
    Mid-sentence only: a sentence's first word has its capital by the sentence rule."""
    return not has_frequencies(lang) and _adopted_noun(word, lang)


def _looks_source(low: str, zt: float, zs: float, lang: str, source_lang: str) -> bool:
    """A frequent copy, less than ten times rarer in the target, whose letters read as the source language's.

    The rule a word not copied meets (mt_audit.checks.foreign): being copied is no evidence against it.
    """
    if has_large_list(lang) and zt >= LISTED_ZIPF:
        return False
    return zs - zt >= LOOKS_GAP and word_confidence(low, lang, source_lang) >= COPY_LOOKS


def _kin_leak(low: str, zs: float, lang: str, source_lang: str, text: str) -> bool:
    """A frequent copy over five times rarer in the target than in the source (:data:`LOOKS_GAP`), short of the gap of a
    leak, that most of the article's relatives (a language of its country, or a listed one sharing the article
    ``text``'s words) write ten times less often than the source (:data:`LEAK_GAP`), none about as often
    (:func:`mt_audit.language_words.kin_disown`): had the family taken the word, one of them would write it about as
    often; a narrower gap in one list is that list's noise (leaked English, a brand), not an adopted loan. As for
    the letters (:func:`_looks_source`), a large list holding it at :data:`LISTED_ZIPF` has it as a real word."""
    zt = zipf(low, lang)
    if zs - zt < LOOKS_GAP or not text or (has_large_list(lang) and zt >= LISTED_ZIPF):
        return False
    own = ALIASES.get(lang, lang)
    kin = tuple(k for k in relatives(lang, source_lang, text) if ALIASES.get(k, k) != own)
    return bool(kin) and kin_disown(low, source_lang, kin, LEAK_GAP)


def _adopted_noun(word: str, lang: str) -> bool:
    """A copy given the capital of a noun where every noun has one ("Output" in German): taken into the language."""
    return word[:1].isupper() and capitalises_nouns(lang)


def _unadopted_noun(word: str, lang: str, source_lang: str) -> bool:
    """An English noun (mostly a noun in WordNet's tagged corpus) written lower-case where every noun has a capital.

    Had the language adopted it, it would write it as its nouns ("Trophy"); in lower case it is no loan,
    so the frequency its list records is leaked English and the word is judged as a rare one.
    """
    return source_lang == "en" and word[:1].islower() and capitalises_nouns(lang) and mostly_noun(word)


def _far_more_source(word: str, lang: str, source_lang: str) -> bool:
    """A word the target writes far less often than English: no name, which every language writes as often.

    Only from English (where WordNet has told names from words at the sentence start) and where the target's
    frequency list reads the word's script: a list built from web text in another script records the Latin names
    it quotes ("Google" in Russian) as often as English does, and English common nouns far less often.
    """
    if source_lang != "en":
        return False
    if has_frequencies(lang) or in_script(word, lang):
        return zipf_gap(zipf(word, source_lang), zipf(word, lang)) >= INITIAL_GAP
    # A list wordfreq cannot tokenize here (Korean without MeCab) still holds the Latin words it quotes.
    listed = listed_zipf(word, lang)
    return listed is not None and zipf_gap(zipf(word, source_lang), listed) >= INITIAL_GAP


def _leans_source(words: Sequence[str], lang: str, source_lang: str) -> bool:
    """A run of copied words is the source language's when its words are, on the whole, more typical of it."""
    if not has_frequencies(source_lang):
        return has_large_list(lang) and sum(zipf(w, lang) == 0.0 for w in words) * 2 > len(words)
    gaps = [zipf(w, source_lang) - zipf(w, lang) for w in words]
    return sum(g > 0 for g in gaps) * 2 > len(gaps) and sum(gaps) > 0


def _copied_runs(
    words: Sequence[tuple[int, int, str]], low: list[str], usable: list[bool], text: str, src: SourceWords
) -> list[list[int]]:
    """Maximal runs of usable copied words, adjacent in the article and in the source."""
    runs: list[list[int]] = []
    for i in range(len(words)):
        if not usable[i]:
            continue
        joined = (
            runs
            and runs[-1][-1] == i - 1
            and (low[i - 1], low[i]) in src.bigrams
            and RUN_GAP.fullmatch(text, words[i - 1][1], words[i][0]) is not None
        )
        if joined:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _after_number(words: Sequence[tuple[int, int, str]], i: int, text: str, source_lang: str) -> bool:
    """A unit after a number ("8 ft", "12 px"): kept as written. A noun counted ("450 engineers") is translated."""
    glued = i > 0 and words[i - 1][2].isdigit() and text[words[i - 1][1] : words[i][0]].strip() in ("", ".", ",")
    return glued and bool(unit_of(words[i][2], source_lang))


def in_code(word: tuple[int, int, str], text: str) -> bool:
    """Part of code, a path, an address or a handle ("config.yaml", "@news", "`print`"): kept as written.

    Code is written in ASCII, so a word in another script is never code.
    """
    if not word[2].isascii():
        return False
    before, after = text[max(word[0] - 2, 0) : word[0]], text[word[1] : word[1] + 2]
    glued_before = before[-1:] in CODE_GLUE and before != ".."  # an ellipsis is prose
    return glued_before or after[:1] == "`" or (after[:1] in CODE_GLUE and after[1:2].isalnum())


def leans_source(low: str, lang: str, source_lang: str, bar: float, text: str = "") -> bool:
    """Whether a word's letters read as the source language rather than the article's (lingua, two languages).

    Where lingua knows no model of the article's language: as the source first among all languages it knows,
    or, given the article ``text``, rather than the language lingua takes the article for (its stand-in), by
    the bar raised halfway to certainty, since a stand-in is a relative at best: only one whose word list shares
    the article's words (Kurmanji read as Tagalog would turn its own "were" English).
    """
    if supported(lang) or not supported(source_lang):
        return word_confidence(low, lang, source_lang) > bar
    if first_among_all(low, source_lang) >= FIRST_AMONG_ALL:
        return True
    proxy = stand_in(text, lang, source_lang) if text else None
    if proxy is None or not relative(text, proxy, source_lang):  # a stranger's letters say nothing of the article
        return False
    return word_confidence(low, proxy, source_lang) > (1.0 + bar) / 2
