"""The synonym spinner's fingerprints: English words swapped for a synonym before translation.

A spinner rewrites the English source with a thesaurus ("mannequin" for
"model") and the MT engine, not knowing the odd word, leaves it in English.
The article then holds an English word that its aligned source sentence does
not have, next to the source word it replaced. Anchors (the replaced source
word) come from WordNet: synonyms, then one link (similar-to, also-see,
hypernym, hyponym), then derived forms and the synonyms of a broader term
(``lexicon.near``); :func:`embedding_anchor` is the same decision from word
vectors, for a pipeline that hands them in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

import numpy as np

from mt_audit.checks.base import CheckInput, Emitter, Pair, check
from mt_audit.checks.copied import LOAN_ZIPF, is_name_like
from mt_audit.checks.foreign import TOKEN, Token, foreign_runs, word_script
from mt_audit.identify import word_confidence
from mt_audit.lexicon import are_near, are_related, are_synonyms, lemmas, zipf
from mt_audit.types import Finding

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
#: Word-vector anchors: the nearest source word must be this close and this much closer than the next.
EMBED_MIN_COSINE = 0.95
EMBED_MARGIN = 0.01


@check("spinner", "accuracy/spinner-substitution", severity="major")
def spinner(item: CheckInput, emit: Emitter) -> Iterator[Finding]:
    """An untranslated English word whose synonym stands in the aligned source sentence."""
    if item.source_lang != "en":
        return
    pairs = item.pairs()
    if not pairs:
        return
    flagged = {tok.start for run in foreign_runs(item) for tok in run.words}
    for pair in pairs:
        for k in pair.tgt:
            for tok, anchor in _substitutions(item, pair, k, flagged):
                yield emit.at(
                    tok.start,
                    tok.end,
                    f"'{tok.text}' is an untranslated English word; the source has '{anchor}' here: "
                    "a synonym spinner likely swapped it before translation.",
                    sentence_index=item.sentences[k].index,
                    source_span=anchor,
                )


def _substitutions(item: CheckInput, pair: Pair, k: int, flagged: set[int]) -> Iterator[tuple[Token, str]]:
    """(article word, source word it replaced) in article sentence ``k`` of ``pair``."""
    sentence = item.sentences[k]
    tokens = [
        Token(m.start(), m.end(), m.group(), "") for m in TOKEN.finditer(item.norm.text, sentence.start, sentence.end)
    ]
    source_words, source_bases = _source_words(pair.source)
    for tok in tokens:
        word = tok.text.lower()
        if tok.text[0].isupper() or word in source_words:
            continue
        loan = tok.start not in flagged and _english_loan(tok.text, item.lang)
        if not (loan or tok.start in flagged) or set(lemmas(word)) & source_bases:
            continue
        candidates = source_words
        if loan:
            article_words = {t.text.lower() for t in tokens}
            candidates = {
                s for s in source_words - article_words if zipf(s, item.lang) >= max(zipf(s, "en"), LOAN_ZIPF)
            }
        anchor = wordnet_anchor(word, candidates, (are_synonyms, are_related, are_near))
        if anchor is not None:
            yield tok, anchor


@lru_cache(maxsize=1024)
def _source_words(source: str) -> tuple[frozenset[str], frozenset[str]]:
    """The aligned source's words, lower-cased, and their WordNet base forms."""
    words = frozenset(m.group().lower() for m in TOKEN.finditer(source))
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
