"""Sentences broken or glued by stripped links or markup.

Sentence openers, title nouns, articles and extra abbreviations are lexical
data in ``data/fluency_words.tsv``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import regex

from mt_audit.checks.base import CheckInput, Emitter, check
from mt_audit.checks.repetition import WORD
from mt_audit.checks.textscan import LETTER, Locator, looks_like_address, lower, quote, token_around, word_list
from mt_audit.identify import base_lang
from mt_audit.languages import capitalises_nouns, in_script, known, language
from mt_audit.lexicon import zipf
from mt_audit.segment import abbreviation_tables
from mt_audit.types import Finding

# A full stop after a lower-case word, then a lower-case word: "...dolu. sonra".
LOWER_AFTER_STOP = regex.compile(rf"(?<=\p{{Ll}}\p{{M}}*)\.[ \u00a0]+(?=\p{{Ll}})(?P<next>[{LETTER}]+)")
TOKEN_BEFORE = regex.compile(rf"(?r)[{LETTER}\p{{N}}.]+")
# A capitalised word right after a lower-case word, then a lower-case word.
GLUED_CAPITAL = regex.compile(
    rf"(?<=(?<![{LETTER}\p{{N}}'’\-])(?P<prev>\p{{Ll}}[{LETTER}]*)[ ])"
    rf"(?P<word>\p{{Lu}}\p{{Ll}}[\p{{Ll}}\p{{M}}]*)(?![{LETTER}\p{{N}}'’\-.])"
    rf"(?=[ ]\p{{Ll}})"
)
CAPITALISED = regex.compile(rf"(?<![{LETTER}\p{{N}}])\p{{Lu}}[{LETTER}]*")
LEADING_CAPS = regex.compile(
    r"^[\p{Ps}\p{Pi}\"'«„“]*(\p{Lu}[\p{L}\p{M}'’\-]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}'’\-]*){0,2})"
)
#: The segmenter's abbreviation tables, all languages together.
ALL_ABBREVIATIONS = abbreviation_tables(None)
VOWEL = regex.compile(r"[aeiouyąęóаеиоуыэюяёіїєàâéèêëîïôûüáíúőűöäåæø]")
#: Common words capitalised mid-sentence must be at least this frequent (Zipf) to count.
COMMON_ZIPF = 3.5
#: Words at least this frequent are function words ("of", "and", "w"): no sentence ends on them.
FUNCTION_ZIPF = 5.7
#: An article sentence split off from one source sentence is at most this many words.
SHORT_PIECE = 12


def _abbreviation(token: str) -> bool:
    """True for a word that ends in an abbreviation point rather than a full stop.

    The segmenter's tables of every language count (abbreviations travel:
    "Inc.", "etc."), then a few more, then any token of two letters or less,
    or of four or less without a vowel ("mln", "pkt").
    """
    t = token.strip(".")
    low = t.lower()
    if "." in t or low in word_list("abbreviation"):
        return True
    if any(t in table or low in table for table in ALL_ABBREVIATIONS):
        return True
    letters = regex.sub(rf"[^{LETTER}]", "", t)
    return len(letters) <= 2 or (len(letters) <= 4 and not VOWEL.search(low))


def _lower_starts(text: str, lang: str | None = None) -> Iterator[tuple[int, int, str]]:
    """A lower-case word after a full stop: a sentence broken where a link or tag was cut out.

    Only letters of cased scripts are \\p{Ll}, so caseless scripts (Arabic,
    Hebrew, CJK, Indic) never match; abbreviations, ellipses, addresses and
    brands written lower-case ("iPad") are skipped.
    """
    for m in LOWER_AFTER_STOP.finditer(text):
        tok = TOKEN_BEFORE.match(text, 0, m.start())
        token = tok.group() if tok else ""
        if not token or token.endswith(".") or _abbreviation(token):
            continue
        nxt = m.group("next")
        if _caseless_own(nxt, lang):
            continue
        if any(c.isupper() for c in nxt) or looks_like_address(token_around(text, m.start(), m.start() + 1)):
            continue  # "iPad", "eBay": brands that start lower-case
        if looks_like_address(token_around(text, m.start("next"), m.end("next"))):
            continue
        yield (
            m.start(),
            m.end(),
            f"Sentence starts lower-case after a full stop ('{token}. {nxt}'): a stripped link or markup"
            " probably broke or glued sentences here.",
        )


def _caseless_own(word: str, lang: str | None) -> bool:
    """A word in the article's own script where that script has no case in use: Georgian letters are lower-case
    to Unicode, so every Georgian sentence starts "lower-case"."""
    return bool(lang) and known(lang) and not language(lang).cased and in_script(word, lang)


def _as_word(word: str) -> str:
    """A pattern for ``word`` as a whole word."""
    return rf"(?<![{LETTER}\p{{N}}]){regex.escape(word)}(?![{LETTER}\p{{N}}])"


def _glued_capitals(text: str, lang: str) -> Iterator[tuple[int, int, str]]:
    """Capitalised common words in the middle of a sentence, as if two sentences were glued.

    Names are the risk, so every cue must agree: the word before cannot end a
    sentence if it is a function word ("of", "and", "в"), the word itself is
    capitalised mid-sentence only here, and it is either a closed-class
    sentence opener of the language ("Bu", "Questo", "However") or, outside
    English, a common word that the article also writes lower-case.
    """
    if capitalises_nouns(lang):  # every noun has a capital: one mid-sentence says nothing
        return
    openers = word_list("opener", lang)
    for m in GLUED_CAPITAL.finditer(text):
        word, prev = m.group("word"), m.group("prev")
        low, prev_low = lower(word, lang), lower(prev, lang)
        if (
            prev_low in word_list("article_before")
            or prev_low in word_list("title_noun")
            or low in word_list("article")
        ):
            continue  # "the Senate", "the film Sin perdón"
        if zipf(prev_low, lang) >= FUNCTION_ZIPF:
            continue  # "Ministry of Defence", "Hyun and Price"
        if low not in openers and (lang == "en" or zipf(low, lang) < COMMON_ZIPF):
            continue
        if low not in openers and len(regex.findall(_as_word(low), text)) < 2:
            continue  # the article hardly writes it lower-case: a name or a title
        if len(regex.findall(r"(?<=\p{Ll}[ ])" + _as_word(word), text)) > 1:
            continue  # capitalised mid-sentence again elsewhere: a name
        yield (
            m.start("word"),
            m.end("word"),
            f"'{word}' is capitalised mid-sentence right after '{prev}', with no punctuation between:"
            " two sentences or a stripped link may have been glued here.",
        )


def _same_name(a: str, b: str) -> bool:
    """Equal, or the same name under a case ending ("Annę"/"Anna", "Igorze"/"Igor")."""
    if a == b:
        return True
    common = len(os.path.commonprefix([a, b]))
    return common >= 3 and common >= min(len(a), len(b)) - 1


def _split_by_alignment(item: CheckInput) -> Iterator[tuple[int, int, str, str]]:
    """A full stop that splits one source sentence where the source runs on (a stripped link).

    Yields (start, end, message, source sentence).
    """
    bts = item.backtranslation or []
    sents = item.sentences
    for pair in item.pairs():
        if len(pair.src) != 1 or len(pair.tgt) < 2:
            continue
        src = item.source.sentences[pair.src[0]].text if item.source else pair.source
        for a, b in zip(pair.tgt, pair.tgt[1:]):
            first, second = sents[a], sents[b]
            if not first.text.endswith(".") or first.paragraph != second.paragraph:
                continue
            if len(WORD.findall(second.text)) > SHORT_PIECE:
                continue
            lead = LEADING_CAPS.match(second.text)
            if lead is None and b < len(bts) and bts[b]:
                lead = LEADING_CAPS.match(bts[b])
            if lead is None:
                continue
            head = lead.group(1).split()[0]
            if zipf(head.lower(), base_lang(item.source_lang) or "en") >= 5.0:
                continue  # "The", "He", "This": sentence openers, not a name carried over
            hit = next((w for w in CAPITALISED.finditer(src) if w.start() > 0 and _same_name(head, w.group())), None)
            if hit is None:
                continue
            if regex.search(r"[.!?…][\"'”’»)]*\s*$", src[: hit.start()]):
                continue
            pos = first.end - 1
            lo = src.find(" ", max(0, hit.start() - 30)) + 1 if hit.start() > 30 else 0
            hi = src.rfind(" ", hit.end(), hit.end() + 25)
            context = src[lo : hi if hi > 0 else hit.end() + 25]
            yield (
                pos,
                pos + 1,
                f"Full stop splits one source sentence: the source runs on here without a break"
                f" ('…{quote(context, 70)}…'), so a stripped link or markup probably broke the sentence.",
                src,
            )


@check("segmentation", "fluency/segmentation", severity="minor")
def segmentation(item: CheckInput, emit: Emitter) -> Iterator[Finding]:
    """Sentences broken or glued by stripped links or markup.

    Three cues: a sentence that starts lower-case after a full stop (cased
    languages; abbreviations and ellipses excepted); a common word
    capitalised mid-sentence right after a lower-case word, as when the start
    of one sentence lost its full stop (skipped in German, where nouns are
    capitalised, and for any word the article itself only writes
    capitalised); and, with an aligned source, a full stop that cuts a short
    piece off one source sentence at a point where the source runs on.
    """
    text = item.norm.text
    lang = item.lang
    where = Locator(item)
    seen: set[int] = set()
    found = [(s, e, m, "") for s, e, m in (*_lower_starts(text, lang), *_glued_capitals(text, lang))]
    for s, e, msg, src in (*found, *_split_by_alignment(item)):
        if s in seen:
            continue
        seen.add(s)
        yield emit.at(s, e, msg, sentence_index=where(s), source_span=src)
