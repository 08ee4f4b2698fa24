"""The synonym spinner's fingerprints: English words swapped for a synonym before translation.

A spinner rewrites the English source with a thesaurus ("mannequin" for
"model") and the MT engine, not knowing the odd word, leaves it in English.
The article then holds an English word that its aligned source sentence does
not have, next to the source word it replaced. Anchors (the replaced source
word) come from WordNet: synonyms, then one link (similar-to, also-see,
hypernym, hyponym), then derived forms and the synonyms of a broader term
(``lexicon.near``); where WordNet names none, the nearest aligned source word
in the pipeline's embedding space (:func:`embedding_anchor`), since spinners
draw on thesauri WordNet does not hold.

Source evidence widens the net: an English word the article's language writes
ten times less often than English is a leak, not a loan, and swaps with a close
anchor, as does an inflection too rare for the frequency lists ("mends") that the
article's list never saw; a source compound's words ("garden" of "kitchen-garden") are
source words; a capitalised swap of a source sentence's first word keeps its capital;
and a lone untranslated English word that the whole source lacks in any form,
with no anchor at all, still says the engine was given other text than this
source: a swap, reported without the replaced word. A capitalised word opening an
article sentence is judged as the lower-case word unless the source has it as a
name; a word of a source name anchors no swap; and the source word in another
spelling ("millimeter" for "millimetres") is the word itself. A swap may also come
glued to a word of the article's language ("moviebranche"), be a lemma WordNet also
derives from the source word ("heading" for "head": MT copies words as written),
or sit in a sentence glued to its neighbour, whose source sentence is then left
unaligned beside the pair: that sentence is read as part of the pair's source.
Narrower evidence suffices beside a strict synonym: a lower-case English noun where the language
capitalises its nouns, a word over five times rarer there than in English whose letters lean English,
a word another language with a large list writes ten times as often as the article's ("vale" in French),
and, where neither a list nor lingua knows the language, a three-letter word the script's languages lack.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache

import numpy as np

from mt_audit.checks.base import CheckInput, Emitter, Pair, check
from mt_audit.checks.copied import (
    COPY_GAP,
    COPY_LOOKS,
    COPY_MIN_SOURCE_ZIPF,
    CORE_ZIPF,
    LEAK_GAP,
    LOAN_ZIPF,
    LOOKS_GAP,
    SHORT,
    UNLISTED_LOOKS,
    compound_parts,
    copied_word_foreign,
    is_name_like,
)
from mt_audit.checks.copied import source_words as read_source
from mt_audit.checks.foreign import (
    STRONG_MIN_LOOKS_SOURCE,
    TOKEN,
    Token,
    foreign_runs,
    plain_opener_word,
    respelt_unit,
    source_capitals,
    word_script,
    words_of,
)
from mt_audit.identify import supported, word_confidence
from mt_audit.language_words import article_kin, kin_languages, source_own, world_word, written_elsewhere
from mt_audit.languages import capitalises_nouns, outside_alphabet
from mt_audit.lexicon import (
    are_near,
    are_related,
    are_synonyms,
    available,
    has_frequencies,
    has_large_list,
    lemma_case,
    lemmas,
    mostly_noun,
    same_word,
    synonyms,
    zipf,
    zipf_gap,
)
from mt_audit.types import Finding
from mt_audit.word_forms import ending_zipf

#: Source words too general to explain a substitution ("thing", "way").
MAX_ANCHOR_ZIPF = 6.0
#: A word the article's language also uses (a loanword, so not flagged untranslated) is a spinner's
#: word only when it is an ordinary English word that looks English letter by letter, and WordNet puts
#: it close to a source word that the article's language uses as much as English does (so a translator
#: would have kept it: Indonesian keeps "logo") but the article sentence does not carry. A source word the language
#: lacks ("silent" in German) must be replaced, and its cognate ("still") is the translation.
LOAN_MIN_EN_ZIPF = 3.5
LOAN_MAX_TARGET_ZIPF = 5.0  # core vocabulary of the article's language ("also", "will" in German): never a swap
LOAN_LOOKS_EN = 0.7
#: The WordNet tests an anchor passes, strongest first.
ANCHORS = (are_synonyms, are_related, are_near)
#: An unanchored stranger must be an ordinary English word, not a rare term or a typo.
STRANGER_MIN_EN_ZIPF = 3.0
#: Word-vector anchors (one word embedded alone): the nearest source word must be this close and this much
#: closer than the next. Derived on the planted tune split, where WordNet names the true anchor: at these bars
#: a quarter of the swaps' nearest source words clear them and no wrong nearest word does (single words sit
#: at cosine 0.82-0.90 to unrelated ones in multilingual-e5).
EMBED_MIN_COSINE = 0.92
EMBED_MARGIN = 0.02
#: A word the article's list holds past its core bar is the language's own when its forms with the language's
#: endings are within this of it (German "still", "stille"): a swap's English word is no word the language declines.
DECLINED_GAP = 0.5
#: The shortest English head of a glued swap: shorter ones are a target word's own first letters.
GLUED_MIN_HEAD = 4


@check("spinner", "accuracy/spinner-substitution", severity="major")
def spinner(item: CheckInput, emit: Emitter) -> Iterator[Finding]:
    """An untranslated English word whose synonym stands in the aligned source sentence."""
    if item.source_lang != "en":
        return
    pairs = item.pairs()
    if not pairs:
        return
    runs = foreign_runs(item)
    flagged = {tok.start for run in runs for tok in run.words}
    lone = {run.words[0].start for run in runs if len(run.words) == 1}
    document = _source_words(item.source.norm.text if item.source is not None else "")
    for pair in _with_dropped_neighbours(item, pairs):
        for k in pair.tgt:
            swaps = list(_substitutions(item, pair, k, flagged))
            for tok, anchor in swaps:
                yield emit.at(
                    tok.start,
                    tok.end,
                    f"'{tok.text}' is an untranslated English word; the source has '{anchor}' here: "
                    "a synonym spinner likely swapped it before translation.",
                    sentence_index=item.sentences[k].index,
                    source_span=anchor,
                )
            for tok in _strangers(item, pair, k, lone - {t.start for t, _ in swaps}, document):
                yield emit.at(
                    tok.start,
                    tok.end,
                    f"'{tok.text}' is an English word the source does not have: the text the MT engine "
                    "translated differed from this source, as when a synonym spinner swapped a word.",
                    sentence_index=item.sentences[k].index,
                )


def _with_dropped_neighbours(item: CheckInput, pairs: list[Pair]) -> list[Pair]:
    """Each pair with the source sentences beside it that no article sentence renders, read as part of its source.

    A swap that lower-cases a sentence's first word glues that sentence to the one before, which
    then aligns to one source sentence and leaves its neighbour unaligned; the swap's source word is there.
    """
    if item.attribution is None or item.source is None:
        return pairs
    dropped = {i for b in item.attribution.alignment.beads if b.src and not b.tgt for i in b.src}
    if not dropped:
        return pairs
    texts = [s.text for s in item.source.sentences]
    out = []
    for pair in pairs:
        before, after = min(pair.src) - 1, max(pair.src) + 1
        src = (*([before] if before in dropped else []), *pair.src, *([after] if after in dropped else []))
        out.append(replace(pair, src=src, source=" ".join(texts[i] for i in src)) if src != pair.src else pair)
    return out


def _tokens(item: CheckInput, k: int) -> list[Token]:
    sentence = item.sentences[k]
    return words_of(item.norm.text, sentence.start, sentence.end)


def _substitutions(item: CheckInput, pair: Pair, k: int, flagged: set[int]) -> Iterator[tuple[Token, str]]:
    """(article word, source word it replaced) in article sentence ``k`` of ``pair``.

    A capitalised word the word scan let pass (as a name) counts only as the swap of a source sentence's
    first word, whose capital it kept, as a swap glued to a word of the article's language, or, opening the
    article sentence, as the lower-case word when the source has it as no name; never inside a multi-word
    name ("Enterprise Insider" is a corrupted name, the entity checks' business).
    """
    tokens = _tokens(item, k)
    names = _in_names(tokens, item.norm.text, item.lang)
    source_words, source_bases = _source_words(pair.source)
    absent = source_words - {t.text.lower() for t in tokens}
    glued = (source_bases, absent)
    capitals = source_capitals(item)
    # A word of a source name is no anchor: a spinner swaps ordinary words, and a name's word missing
    # from the article is a corrupted name, the entity checks' business.
    named = read_source(pair.source, "en")
    ordinary = source_words - named.names - named.capitalised
    text, start = item.norm.text, item.sentences[k].start
    present = frozenset(t.text.lower() for t in tokens)
    for i, tok in enumerate(tokens):
        word = tok.text.lower()
        if word in source_words or respelt_unit(text, start, tok.start, word, pair.source, present):
            continue
        if set(lemmas(word)) & source_bases:
            anchor = _derived_anchor(word, source_words) if tok.start in flagged else None
        elif tok.start in flagged:
            anchor = wordnet_anchor(word, ordinary, ANCHORS) or _embedded_anchor(item, tok, tokens, ordinary)
        elif i in names:
            continue
        elif tok.text[0].isupper():
            anchor = _initial_anchor(tok.text, pair.source) or _glued_anchor(tok.text, item.lang, *glued)
            if anchor is None and i == 0 and plain_opener_word(tok.text, capitals, pair.source, item.source_lang):
                # A sentence's first word, capitalised by the rule and no name of the source: as in lower case.
                anchor = _unflagged_anchor(item, replace(tok, text=tok.text.lower()), tokens, ordinary)
        else:
            anchor = (
                _unflagged_anchor(item, tok, tokens, ordinary)
                or _respelt_anchor(tok.text, item.lang, absent & ordinary, text)
                or _glued_anchor(tok.text, item.lang, *glued)
                or _lower_noun_anchor(tok.text, item.lang, absent & ordinary)
            )
        if anchor is not None:
            yield tok, anchor


def _respelt_anchor(word: str, lang: str, absent: frozenset[str], text: str) -> str | None:
    """The source word ``word`` spells another way (:func:`_respelling`: "harbor" where the source has "harbour",
    absent from the sentence), when ``word`` would be untranslated were it a copy (:func:`_foreign_if_copied`): MT
    leaves a word as it was given, so an English spelling the source lacks is the text a spinner handed the engine.
    A language that writes the word in that spelling ("millimeter" in Dutch) has it as its own word."""
    low = word.lower()
    if not _foreign_if_copied(word, lang, text):
        return None
    found = [s for s in sorted(absent) if _respelling(low, s)]
    return found[0] if found else None


def _respelling(low: str, source_word: str) -> bool:
    """One English word in two spellings: a letter or two apart, no shared base form, and one WordNet synset
    ("harbor", "harbour"); a word a letter from another ("plant", "plans"; "general", "generally") is another."""
    distinct = not set(lemmas(low)) & set(lemmas(source_word))
    return distinct and same_word(low, source_word) and are_synonyms(low, source_word)


def _derived_anchor(word: str, source_words: frozenset[str]) -> str | None:
    """The source word whose synset holds ``word`` as a lemma of its own, though WordNet derives one from the other.

    MT copies a word as the source writes it; "heading" where the source has "head" is no copy but the noun a
    thesaurus lists beside it. Only for words the scan already flags: the code changes, not whether to report.
    """
    if lemmas(word)[:1] != (word,):
        return None
    found = [s for s in sorted(source_words) if len(s) >= 3 and word in synonyms(s)]
    return max(found, key=lambda s: zipf(s, "en")) if found else None


def _glued_anchor(word: str, lang: str, source_bases: frozenset[str], absent: frozenset[str]) -> str | None:
    """A swapped English word with a word or ending of the article's language glued on ("moviebranche").

    As :func:`mt_audit.checks.copied._glued_copy` reads a glued copy: only a word the target's large list never
    saw, whose head is an ordinary English word the target writes less often than English, and whose rest is a
    word of the target or a short ending. The head must be no source word in any form (a glued copy, as
    "Computercodes" for "computer code", is no swap) and a strict WordNet synonym of a source word ``absent``
    from the article sentence.
    """
    low = word.lower()
    if is_name_like(word) or word_script(word) != "LATIN" or not has_large_list(lang) or zipf(low, lang) > 0.0:
        return None
    for cut in range(len(low) - 1, GLUED_MIN_HEAD - 1, -1):
        head, rest = low[:cut], low[cut:]
        if len(rest) > SHORT and zipf(rest, lang) < LOAN_ZIPF:
            continue
        zs, bases = zipf(head, "en"), set(lemmas(head))
        if zs >= STRANGER_MIN_EN_ZIPF and zipf(head, lang) < zs and bases and not bases & source_bases:
            anchor = wordnet_anchor(head, absent, ANCHORS[:1])
            if anchor is not None:
                return anchor
    return None


def _embedded_anchor(item: CheckInput, tok: Token, tokens: list[Token], source_words: frozenset[str]) -> str | None:
    """The source word an ordinary English word stands for by the pipeline's word vectors, when it hands them in.

    Only source words the article sentence does not carry (a copied word was not replaced), and only for an
    English word in Latin letters: a word of another language sits near its own translation.
    """
    word = tok.text.lower()
    if item.embed is None or word_script(word) != "LATIN" or zipf(word, "en") < STRANGER_MIN_EN_ZIPF:
        return None
    article = {t.text.lower() for t in tokens}
    words = sorted(
        s for s in source_words - article if len(s) >= 3 and s.isalpha() and zipf(s, "en") <= MAX_ANCHOR_ZIPF
    )
    if not words:
        return None
    vectors = item.embed([word, *words])
    return embedding_anchor(vectors[0], words, vectors[1:])


def _in_names(tokens: list[Token], text: str, lang: str) -> set[int]:
    """Indices of capitalised words next to another one, a space apart: words of a name ("Business Insider").

    A sentence's first word owes its capital to the rule when it is a word of the article's language
    about as much as English's ("Những Automobiles"; Italian "I", within :data:`mt_audit.checks.copied.COPY_GAP`
    of English's pronoun), or, where the language has no frequency list, no English word at all (Irish "Beidh";
    a name's first word is one English meets, "Ivan", "Rosa"): it makes no name with the next.
    """
    out: set[int] = set()
    for i in range(len(tokens) - 1):
        a, b = tokens[i], tokens[i + 1]
        unlisted = not has_frequencies(lang) and zipf(a.text, "en") == 0.0
        if i == 0 and (zipf(a.text, lang) > zipf(a.text, "en") - COPY_GAP or unlisted):
            continue
        if a.text[0].isupper() and b.text[0].isupper() and text[a.end : b.start].isspace():
            out.update((i, i + 1))
    return out


def _unflagged_anchor(item: CheckInput, tok: Token, tokens: list[Token], source_words: frozenset[str]) -> str | None:
    """The anchor of a word the scan let pass: a loan's, then a leaked English word's (close WordNet tests only).

    A word reading English letter by letter, less frequent in the article's language than in English and not
    one of its own, is a spinner's word also when it is a strict synonym of a source word the sentence lacks:
    its corpus holds it as leaked English, not as the language's word for that source word.
    """
    word = tok.text.lower()
    source_words = frozenset(s for s in source_words if not same_word(word, s))  # "millimeter", "millimetres"
    anchor = None
    absent = source_words - {t.text.lower() for t in tokens}
    if _english_loan(tok.text, item.lang):
        anchor = wordnet_anchor(word, _candidates(item, tokens, source_words), ANCHORS)
        if anchor is None and not _own_word(word, item.lang):
            anchor = wordnet_anchor(word, absent, ANCHORS[:1])
    if anchor is None and _english_leak(tok.text, item.lang):
        anchor = wordnet_anchor(word, absent, ANCHORS[:2] if len(word) > SHORT else ANCHORS[:1])
    if anchor is None and (
        _foreign_if_copied(tok.text, item.lang, item.norm.text)
        or _short_unlisted(tok.text, item.lang, item.norm.text)
        or _frequent_leak(tok.text, item.lang)
        or _unlisted_english(tok.text, item.lang, item.norm.text)
        or _narrow_leak(tok.text, item.lang)
        or _english_letters(tok.text, item.lang)
        or _written_elsewhere(tok.text, item.lang)
    ):
        anchor = wordnet_anchor(word, absent, ANCHORS[:1])
    return anchor


def _initial_anchor(word: str, source: str) -> str | None:
    """A capitalised English word standing for the source's sentence-initial word, whose capital it kept.

    A name is no WordNet synonym of an ordinary word that opens a source sentence; a spinner's swap is.
    """
    low = word.lower()
    if is_name_like(word) or word_script(word) != "LATIN" or low in lemma_case()[0]:
        return None
    bases = lemmas(low)  # an inflection ("Tidies") is as ordinary as its base form, though rarer
    if not bases or max(zipf(w, "en") for w in (low, *bases)) < STRANGER_MIN_EN_ZIPF:
        return None
    return wordnet_anchor(low, read_source(source, "en").initial, ANCHORS[:2])


def _candidates(item: CheckInput, tokens: list[Token], source_words: frozenset[str]) -> set[str]:
    """Source words a loan may have replaced: ones the article's language keeps as they are, absent here."""
    article_words = {t.text.lower() for t in tokens}
    return {s for s in source_words - article_words if zipf(s, item.lang) >= max(zipf(s, "en"), LOAN_ZIPF)}


def _strangers(
    item: CheckInput, pair: Pair, k: int, lone: set[int], document: tuple[frozenset[str], frozenset[str]]
) -> Iterator[Token]:
    """Lone untranslated English words with no anchor that the whole source lacks, in any inflection.

    MT leaves in English what it was given: an English word the source never has, standing alone (not part
    of an untranslated phrase), means the engine was given other text than this source.
    """
    if not available():  # without WordNet an inflection of a source word cannot be told from a stranger
        return
    source_words = _source_words(pair.source)[0]
    for tok in _tokens(item, k):
        word = tok.text.lower()
        if tok.start not in lone or word in document[0] or set(lemmas(word) or (word,)) & document[1]:
            continue
        if zipf(word, "en") >= STRANGER_MIN_EN_ZIPF and wordnet_anchor(word, source_words, ANCHORS) is None:
            yield tok


@lru_cache(maxsize=1024)
def _source_words(source: str) -> tuple[frozenset[str], frozenset[str]]:
    """The aligned source's words, lower-cased, and their WordNet base forms."""
    whole = {m.group().lower() for m in TOKEN.finditer(source)}
    words = frozenset(whole.union(*(compound_parts(w) for w in whole)))  # "garden" of "kitchen-garden"
    return words, frozenset(b for w in words for b in (lemmas(w) or (w,)))


@lru_cache(maxsize=100_000)
def _english_loan(word: str, lang: str) -> bool:
    """An ordinary English word in the article's script that reads English rather than the article's language."""
    if is_name_like(word) or len(word) < 4 or word_script(word) != "LATIN":
        return False
    low = word.lower()
    zs, zt = zipf(low, "en"), zipf(low, lang)
    if zs < LOAN_MIN_EN_ZIPF or zt > zs or zt >= LOAN_MAX_TARGET_ZIPF or not lemmas(low):
        return False
    return word_confidence(low, lang, "en") >= LOAN_LOOKS_EN


def _own_word(low: str, lang: str) -> bool:
    """A word this frequent in the article's language is its own (a homograph: German "still") or a loan it
    has adopted, whatever English's count (:data:`mt_audit.checks.copied.CORE_ZIPF`); a large list, whose
    counts English leaks into least, attests an adopted loan from ``LOAN_ZIPF`` up."""
    zt = zipf(low, lang)
    return zt >= CORE_ZIPF or (has_large_list(lang) and zt >= LOAN_ZIPF)


@lru_cache(maxsize=100_000)
def _english_leak(word: str, lang: str) -> bool:
    """An English word the article's language writes ten times less often than English: its corpus has it
    only as leaked English text (:data:`mt_audit.checks.copied.LEAK_GAP`). With a close anchor, a swap; a
    three-letter one only with a strict synonym, since short words collide across languages."""
    if word[:1].isupper() or is_name_like(word) or len(word) < SHORT or word_script(word) != "LATIN":
        return False
    if not has_frequencies(lang):  # no corpus to leak into
        return False
    zs, zt = zipf(word, "en"), zipf(word, lang)
    if zs < STRANGER_MIN_EN_ZIPF or zt >= CORE_ZIPF or zs - zt < LEAK_GAP or not lemmas(word.lower()):
        return False
    return word_confidence(word.lower(), lang, "en") >= STRONG_MIN_LOOKS_SOURCE  # not plainly the article's


@lru_cache(maxsize=100_000)
def _foreign_if_copied(word: str, lang: str, text: str = "") -> bool:
    """An ordinary lower-case English word that would be untranslated were it a copy of a source word
    (:func:`mt_audit.checks.copied.copied_word_foreign`, in the article ``text``): a swap when a WordNet
    synonym stands in its place in the source, as a copy is untranslated when the word itself does."""
    if word[:1].isupper() or is_name_like(word) or word_script(word) != "LATIN":
        return False
    low = word.lower()
    bases = lemmas(low)  # an inflection ("plies") is as ordinary as its base form, though rarer
    if not bases or max(zipf(w, "en") for w in (low, *bases)) < STRANGER_MIN_EN_ZIPF:
        return False
    return copied_word_foreign(low, lang, "en", text) or _unseen_inflection(low, lang)


def _short_unlisted(word: str, lang: str, text: str = "") -> bool:
    """A short ordinary English word in a language without a frequency list, whose letters lean English.

    A copy this short proves nothing (words of three letters collide across languages), but a strict
    WordNet synonym of the source word it stands for does: the letters need only lean to English, as a
    copy's do where no list says what the language writes (:data:`mt_audit.checks.copied.UNLISTED_LOOKS`).
    Where lingua does not model the language either (Scottish Gaelic "job"), the languages of its script
    say it: one most of them write ten times less often than English, and the article's kin
    (a language of its country, or one sharing the article ``text``'s words) too, is English's own
    (:func:`mt_audit.language_words.source_own`).
    """
    if has_frequencies(lang) or word[:1].isupper() or word_script(word) != "LATIN" or len(word) != SHORT:
        return False
    low = word.lower()
    if zipf(low, "en") < STRANGER_MIN_EN_ZIPF or not lemmas(low):
        return False
    if outside_alphabet(low, lang):  # a letter the language's alphabet lacks (Hawaiian "fry")
        return True
    if not supported(lang):
        return source_own(low, "en", lang, text)
    return word_confidence(low, lang, "en") > UNLISTED_LOOKS


def _lower_noun_anchor(word: str, lang: str, absent: frozenset[str]) -> str | None:
    """An English noun written lower-case where the article's language gives every noun a capital (German
    "der Verein teilt diese position nicht" for "view"): no noun of the language, so the list's count of its
    capitalised homograph ("Position") says nothing. A strict WordNet synonym of a source word ``absent`` from the
    sentence makes it a swap; a core word of the language (German "man", "will") is never one."""
    if not capitalises_nouns(lang) or not word[:1].islower() or len(word) <= SHORT or word_script(word) != "LATIN":
        return None
    low = word.lower()
    if zipf(low, "en") < STRANGER_MIN_EN_ZIPF or zipf(low, lang) >= LOAN_MAX_TARGET_ZIPF or not mostly_noun(low):
        return None
    return wordnet_anchor(low, absent, ANCHORS[:1])


@lru_cache(maxsize=100_000)
def _frequent_leak(word: str, lang: str) -> bool:
    """An English word the article's list records past the core bar, yet ten times less often than English
    ("home" in Hungarian web text): English leaked that far into the corpus. A strict synonym of a source word
    the sentence lacks makes it a swap; a homograph the language writes as its own is about as frequent there as
    in English (French "grave") or declined there (German "still", "stille"), and words of three letters collide
    too often to count."""
    if word[:1].isupper() or is_name_like(word) or len(word) <= SHORT or word_script(word) != "LATIN":
        return False
    if not has_frequencies(lang):
        return False
    low = word.lower()
    zs, zt = zipf(low, "en"), zipf(low, lang)
    if not CORE_ZIPF <= zt < LOAN_MAX_TARGET_ZIPF or zs - zt < LEAK_GAP or not lemmas(low):
        return False
    if ending_zipf(low, lang) >= zt - DECLINED_GAP:  # declined as its own word (German "still", "stille")
        return False
    return word_confidence(low, lang, "en") >= STRONG_MIN_LOOKS_SOURCE


def _unlisted_english(word: str, lang: str, text: str = "") -> bool:
    """An ordinary English word of more than three letters where no frequency list says what the article's
    language writes (Scottish Gaelic "buildings"): with a strict synonym of a source word the sentence lacks, a
    swap. Where lingua models the language, its letters must lean English
    (:data:`mt_audit.checks.copied.UNLISTED_LOOKS`); where it does not, no kin of the article (a language of its
    country, or one sharing the article ``text``'s words) may write it as often as English: a Romance cognate of
    the synonym (Galician "graves" for "serious") is the translation, not a swap, as is a word the world writes at
    least as often as English (:func:`mt_audit.language_words.world_word`): a narrower gap ("rider") is no loan."""
    if has_frequencies(lang) or word[:1].isupper() or is_name_like(word) or word_script(word) != "LATIN":
        return False
    low = word.lower()
    bases = lemmas(low)
    if len(low) <= SHORT or not bases or max(zipf(w, "en") for w in (low, *bases)) < STRANGER_MIN_EN_ZIPF:
        return False
    if world_word(low, "en"):  # the world writes it at least as often as English ("kilo"): no leaked English
        return False
    country = kin_languages(lang, "en")
    if outside_alphabet(low, lang) and _leaks(low, country):
        return True  # a letter its alphabet lacks (Hawaiian "vale"), and no language of its country writes it
    if supported(lang):
        return word_confidence(low, lang, "en") > UNLISTED_LOOKS
    # Beside a strict synonym, the narrower gap that suffices where a list holds the word (:func:`_narrow_leak`):
    # every kin writing it over five times less often than English ("haven" for Upper Sorbian) has not taken it.
    return _leaks(low, (*country, *article_kin(text, "LATIN", "en")), LOOKS_GAP)


def _leaks(low: str, kin: Sequence[str], gap: float = LEAK_GAP) -> bool:
    """Whether English writes ``low`` at least ``gap`` (Zipf) more often than every one of ``kin``."""
    return all(zipf_gap(zipf(low, "en"), zipf(low, k)) >= gap for k in kin)


@lru_cache(maxsize=100_000)
def _english_letters(word: str, lang: str) -> bool:
    """An English word whose letters read English to lingua as surely as a copy's must
    (:data:`mt_audit.checks.copied.COPY_LOOKS`), that the article's list records below its core words and less often
    than English ("fisher" in French, where a surname's count stands for it): with a strict WordNet synonym of a
    source word the sentence lacks, a swap. A cognate the language translates that source word with reads as the
    language's own letters, and a loan it uses as its own reaches the core words (Indonesian "area")."""
    if word[:1].isupper() or is_name_like(word) or len(word) < SHORT or word_script(word) != "LATIN":
        return False
    if not (supported(lang) and has_frequencies(lang)):  # without a list, :func:`_unlisted_english` judges
        return False
    low = word.lower()
    zs, zt = zipf(low, "en"), zipf(low, lang)
    if zs < STRANGER_MIN_EN_ZIPF or zt >= min(zs, CORE_ZIPF) or not lemmas(low):
        return False
    return word_confidence(low, lang, "en") >= COPY_LOOKS


@lru_cache(maxsize=100_000)
def _written_elsewhere(word: str, lang: str) -> bool:
    """An ordinary English word of more than three letters that the article's list records under its core words and
    ten times less often than another language with a large list writes it (:func:`mt_audit.language_words.
    written_elsewhere`: Portuguese and Spanish "vale" in French and Turkish): the article language's web text
    quotes that language's word, or holds a rare homograph of its own, and neither stands for a source word's
    strict WordNet synonym; so with one the sentence lacks, the English word a spinner swapped in."""
    if word[:1].isupper() or is_name_like(word) or len(word) <= SHORT or word_script(word) != "LATIN":
        return False
    if not has_frequencies(lang):
        return False
    low = word.lower()
    if zipf(low, "en") < STRANGER_MIN_EN_ZIPF or zipf(low, lang) >= CORE_ZIPF or not lemmas(low):
        return False
    return written_elsewhere(low, lang, "en")


@lru_cache(maxsize=100_000)
def _narrow_leak(word: str, lang: str) -> bool:
    """An English word the article's list records below its core words and over five times less often than English
    (:data:`mt_audit.checks.copied.LOOKS_GAP`), whose letters lean English ("bike" in Dutch, "pal" in Swedish):
    short of the gap of a leak alone, but a strict WordNet synonym of a source word the sentence lacks makes it a
    swap. A cognate the language translates that source word with is about as frequent there as in English."""
    if word[:1].isupper() or is_name_like(word) or len(word) < SHORT or word_script(word) != "LATIN":
        return False
    if not has_frequencies(lang):
        return False
    low = word.lower()
    zs, zt = zipf(low, "en"), zipf(low, lang)
    if zs < STRANGER_MIN_EN_ZIPF or zt >= CORE_ZIPF or zs - zt < LOOKS_GAP or not lemmas(low):
        return False
    return word_confidence(low, lang, "en") > UNLISTED_LOOKS


def _unseen_inflection(low: str, lang: str) -> bool:
    """An English inflection too rare for the frequency lists ("mends") that the article's list never saw.

    It is as English as its ordinary base form, which is far more frequent in English than the form is in the
    article's language (0): the gap of a strong case (:data:`mt_audit.checks.foreign.STRONG_GAP`), so it needs
    only not to read plainly as the article's language.
    """
    if zipf(low, "en") >= COPY_MIN_SOURCE_ZIPF or not has_frequencies(lang) or zipf(low, lang) > 0.0:
        return False
    return word_confidence(low, lang, "en") >= STRONG_MIN_LOOKS_SOURCE


def wordnet_anchor(
    word: str, source_words: frozenset[str] | set[str], tests: Sequence[Callable[[str, str], bool]]
) -> str | None:
    """The source word ``word`` most plausibly replaced: by the first test that finds one, the most frequent."""
    candidates = [s for s in sorted(source_words) if len(s) >= 3 and zipf(s, "en") <= MAX_ANCHOR_ZIPF]
    for test in tests:
        found = [s for s in candidates if test(word, s)]
        if found:
            return max(found, key=lambda s: zipf(s, "en"))
    return None


def embedding_anchor(
    vector: np.ndarray,
    source_words: Sequence[str],
    source_vectors: np.ndarray,
    min_cosine: float = EMBED_MIN_COSINE,
    margin: float = EMBED_MARGIN,
) -> str | None:
    """The source word whose vector is nearest ``vector``, if close enough and clearly nearest.

    Pure: the pipeline embeds the flagged word and the aligned source words
    once (L2-normalized rows) and hands the vectors in; no model is loaded here.
    A word always has a nearest neighbour, so both an absolute bar and a
    margin over the runner-up keep chance neighbours out.
    """
    if len(source_words) == 0 or source_vectors.size == 0:
        return None
    sims = source_vectors @ vector
    order = np.argsort(-sims)
    best = float(sims[order[0]])
    second = float(sims[order[1]]) if len(order) > 1 else -1.0
    if best < min_cosine or best - second < margin:
        return None
    return source_words[int(order[0])]
