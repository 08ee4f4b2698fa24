"""Where each check works: per language, from the resources it needs, never from a hand list.

A check that needs a word list, a thesaurus, number words, a phrase catalogue,
letter case or a transliteration says so here, by asking whether that resource
exists for the language (wordfreq, lingua, WordNet, ICU, CLDR, the data files).
So a language nobody tested gets an honest statement, and adding a catalogue
row or installing a resource changes the statement with no code edit.

Reasons are written without the language's name, so that one reason groups
the languages it holds for (``mt-audit checks --langs``); the article or
column they are shown with names the language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from functools import cache, wraps
from importlib.resources import files
from typing import Any

from mt_audit.checks.base import CANNOT_RUN, DEGRADED, WORKS, Check, Coverage, CoverageFn

#: The language every source is written in: nothing can be left untranslated into it.
SOURCE_LANG = "en"


def _per_language(fn: Callable[[str], Coverage]) -> CoverageFn:
    """A coverage function reading the base tag ("nb-NO" → "no"), computed once per language."""
    cached = cache(fn)

    @wraps(fn)
    def covers(lang: str) -> Coverage:
        from mt_audit.languages import base_tag

        return cached(base_tag(lang))

    covers.cache_clear = cached.cache_clear  # type: ignore[attr-defined]  # resources changed (tests)
    return covers


def cache_clear() -> None:
    """Forget every statement, so that the next ones read the resources again."""
    for fn in COVERAGE.values():
        fn.cache_clear()  # type: ignore[attr-defined]
    _number_word_languages.cache_clear()


def _tags(tag: str) -> tuple[str, ...]:
    """The tag and the other codes of the same language ("no": "nb", "nn"), as resources may file it."""
    from mt_audit.languages import ALIASES

    return (tag, *sorted(k for k, v in ALIASES.items() if v == tag and "-" not in k))


def _worst(*found: Coverage) -> Coverage:
    """One statement from several: the lowest level, with the reasons of every shortfall at that level."""
    for level in (CANNOT_RUN, DEGRADED):
        reasons = [c.reason for c in found if c.level == level]
        if reasons:
            return Coverage(level, "; ".join(dict.fromkeys(reasons)))
    return Coverage()


def _frequencies(tag: str, what: str) -> Coverage:
    """Whether English words can be told from the language's own by frequency (wordfreq) and letters (lingua)."""
    from wordfreq import available_languages

    from mt_audit.identify import supported
    from mt_audit.languages import language
    from mt_audit.lexicon import ALIASES, has_large_list

    if tag == SOURCE_LANG:
        return Coverage(CANNOT_RUN, "the article is in the source language: nothing can be left untranslated")
    if not language(tag).latin:
        return Coverage()  # English words stand out by their script
    # wordfreq's own index, not a lookup that loads the list (lexicon.has_frequencies): Latin-script
    # lists need no segmenter, so being listed is being readable, and listing 40 languages stays fast.
    if ALIASES.get(tag, tag) not in available_languages(wordlist="best"):
        if any(supported(code) for code in _tags(tag)):
            return Coverage(
                DEGRADED,
                f"no wordfreq word list: {what} are told by how their letters read to lingua, so a word the"
                " language shares with English (Afrikaans 'open') may read as English",
            )
        if not supported("en"):
            return Coverage(CANNOT_RUN, f"no wordfreq word list: {what} cannot be told from the language's own words")
        return Coverage(
            DEGRADED,
            f"no wordfreq word list and no lingua model: {what} are told where lingua, weighing all its"
            " languages, reads them as English first, or as English rather than the language lingua takes the"
            " whole article for (its stand-in: Indonesian for Javanese); cognates of English go unseen, and a"
            " loan the language shares with English may read as English",
        )
    shortfalls = []
    if not has_large_list(tag):
        shortfalls.append(Coverage(DEGRADED, "only wordfreq's small word list: an unseen word proves nothing"))
    if not any(supported(code) for code in _tags(tag)):
        shortfalls.append(Coverage(DEGRADED, "lingua does not know the language: words are judged by frequency only"))
    return _worst(*shortfalls)


@_per_language
def untranslated(tag: str) -> Coverage:
    """English words left in the article: by script, else by wordfreq frequencies and lingua."""
    return _frequencies(tag, "English words")


@_per_language
def spinner(tag: str) -> Coverage:
    """Synonym-swapped English words: WordNet on the English side, and the untranslated check's evidence."""
    from mt_audit.lexicon import available

    if not available():
        return Coverage(CANNOT_RUN, "WordNet is not installed: no synonyms to compare with the source")
    return _frequencies(tag, "English words")


@_per_language
def entities(tag: str) -> Coverage:
    """Source names looked up in the article: capitals mark names, transliteration finds them in other scripts.

    Latin letters with accents are enough to compare names by sound (Amharic "gǝrin" for "Green"); a script
    ICU leaves as it is (Khmer, Lao, Sinhala) is read by its letters' Unicode names, too roughly to tell a
    name missing."""
    from mt_audit.languages import language, writes_in_latin

    facts = language(tag)
    if not writes_in_latin(tag):
        return Coverage(
            DEGRADED,
            "ICU cannot write the script in Latin letters: a name is heard only roughly, by its letters' Unicode"
            " names, so none is told missing; names corrupted in Latin letters or translated word for word are found",
        )
    if not facts.cased:
        return Coverage(DEGRADED, "no letter case: names are found only by transliterating the source's names")
    return Coverage()


@_per_language
def inconsistency(tag: str) -> Coverage:
    """One name written two ways: names are spotted by their capitals."""
    from mt_audit.languages import language

    if not language(tag).cased:
        return Coverage(DEGRADED, "no letter case: only names in Latin letters and the source's names are compared")
    return Coverage()


@_per_language
def number_mismatch(tag: str) -> Coverage:
    """Numbers against the source: digits everywhere, number words from number_words.tsv and ICU spell-out."""
    rows = bool(set(_tags(tag)) & _number_word_languages())
    from mt_audit.languages import spells_numbers

    icu = spells_numbers(tag)
    if rows and icu:
        return Coverage()
    if icu:
        return Coverage(DEGRADED, "no number_words.tsv rows: scale, fraction and currency words are not read")
    if rows:
        return Coverage(DEGRADED, "no ICU spell-out rules: only the number words number_words.tsv lists are read")
    return Coverage(DEGRADED, "no number words (ICU spell-out or number_words.tsv): digits only")


@cache
def _number_word_languages() -> frozenset[str]:
    """Languages with rows in number_words.tsv (a language that inherits another's has its own "inherit" row)."""
    text = files("mt_audit").joinpath("data/number_words.tsv").read_text(encoding="utf-8")
    langs = {line.split("\t", 1)[0] for line in text.splitlines() if line.strip() and not line.startswith("#")}
    return frozenset(langs - {"*"})


@_per_language
def boilerplate(tag: str) -> Coverage:
    """Page chrome: the catalogue's rows for the language, besides English and language-free ones."""
    from mt_audit.checks.boilerplate import languages

    if set(_tags(tag)) & languages():
        return Coverage()
    return Coverage(DEGRADED, "no boilerplate.tsv rows: only English and language-free chrome is recognised")


@_per_language
def punctuation(tag: str) -> Coverage:
    """Punctuation conventions: CLDR's quotation marks and the language's script."""
    from mt_audit.languages import known, language

    if not known(tag):
        return Coverage(
            DEGRADED,
            "CLDR has no data: language-free rules (spacing, doubled and glued marks), and straight quotes against"
            " the “…” of CLDR's root, which the language inherits",
        )
    if language(tag).quotes_inherited:
        return Coverage(
            DEGRADED, "no CLDR quotation marks of its own: straight quotes judged against the “…” of CLDR's root"
        )
    return Coverage()


@_per_language
def repetition(tag: str) -> Coverage:
    """Words repeated by mistake: words are delimited by spaces."""
    from mt_audit.languages import language

    if not language(tag).spaced:
        return Coverage(DEGRADED, "written without spaces: a repeat is seen only between spaces or punctuation")
    return Coverage()


@_per_language
def segmentation(tag: str) -> Coverage:
    """Broken or glued sentences: a lower-case start, a capital mid-sentence, or a full stop and a space."""
    from mt_audit.languages import language

    facts = language(tag)
    if not facts.spaced and not facts.cased:
        return Coverage(CANNOT_RUN, "no letter case and no spaces: every cue needs one or the other")
    if not facts.cased:
        return Coverage(DEGRADED, "no letter case: only a full stop splitting one source sentence is seen")
    return Coverage()


#: Each language-dependent check's coverage, by check name; the others work in every language.
COVERAGE: dict[str, CoverageFn] = {
    "untranslated": untranslated,
    "spinner": spinner,
    "entities": entities,
    "inconsistency": inconsistency,
    "number-mismatch": number_mismatch,
    "punctuation": punctuation,
    "repetition": repetition,
    "segmentation": segmentation,
    "boilerplate": boilerplate,
}


def attach(checks: Iterable[Check]) -> list[Check]:
    """The checks with their coverage attached, unless a declaration already states its own."""
    return [c if c.coverage is not None or c.name not in COVERAGE else replace(c, coverage=COVERAGE[c.name])
            for c in checks]  # fmt: skip


def plan(checks: Sequence[Check], lang: str) -> tuple[list[Check], dict[str, Any]]:
    """The checks to run on an article in ``lang``, and the record of those that cannot run or are degraded."""
    run, record = [], {"lang": lang, "cannot_run": [], "degraded": []}
    for c in checks:
        found = c.covers(lang)
        if found.level != CANNOT_RUN:
            run.append(c)
        if found.level != WORKS:
            record["cannot_run" if found.level == CANNOT_RUN else "degraded"].append(
                {"check": c.name, "reason": found.reason}
            )
    return run, record


#: Checks that read the sentence embeddings (attribution, alignment, similarity), and why they cannot run where the
#: embedding model sees none of a text's letters (:meth:`mt_audit.embed.Embedder.sees_letters`).
EMBEDDING_CHECKS = frozenset({"source-mismatch", "omission", "addition", "mistranslation"})
BLIND_REASON = (
    "the embedding model does not read this text's script (its letters read as unknown tokens or as noise: "
    "changing every letter barely moves the text's vector): attribution, alignment and sentence similarity say "
    "nothing here"
)


#: Checks that read only which sentences the alignment pairs, so that an alignment by length and shared anchors
#: (:func:`mt_audit.align_length.length_alignment`) lets them run, degraded, where the embeddings are blind.
LENGTH_ALIGNED_CHECKS = frozenset({"omission", "addition"})
LENGTH_NOTE = "aligned with its presumed source by sentence length and shared figures and Latin-script words instead"
LENGTH_REASON = (
    "the embedding model cannot read this text's script: sentences aligned by length and shared figures and "
    "Latin-script words only, so a dropped or added sentence whose length a neighbour absorbs goes unseen"
)


def without_embeddings(checks: Sequence[Check], record: dict[str, Any], by_length: bool = False) -> list[Check]:
    """The planned checks less those that read the embeddings, which ``record`` now lists as unable to run; with
    an alignment ``by_length``, the checks that read only its pairs run on it, listed as degraded."""
    kept = LENGTH_ALIGNED_CHECKS if by_length else frozenset()
    dropped = [c for c in checks if c.name in EMBEDDING_CHECKS - kept]
    record["degraded"] = [d for d in record["degraded"] if d["check"] not in EMBEDDING_CHECKS]
    record["degraded"] += [{"check": c.name, "reason": LENGTH_REASON} for c in checks if c.name in kept]
    record["cannot_run"] += [{"check": c.name, "reason": BLIND_REASON} for c in dropped]
    return [c for c in checks if c.name not in EMBEDDING_CHECKS - kept]


def as_read_by(checks: Sequence[Check], sees: Callable[[str], bool]) -> list[Check]:
    """The checks, those that read embeddings unable to run where ``sees(lang)`` is false.

    ``sees`` answers whether the embedding model reads the language's letters (for the coverage matrix:
    :meth:`mt_audit.embed.Embedder.sees_letters` on :func:`mt_audit.languages.written_sample`); the other checks,
    which need no model, keep their statements.
    """

    def blind_aware(c: Check) -> Check:
        def covers(lang: str) -> Coverage:
            return c.covers(lang) if sees(lang) else Coverage(CANNOT_RUN, BLIND_REASON)

        return replace(c, coverage=covers)

    return [blind_aware(c) if c.name in EMBEDDING_CHECKS else c for c in checks]


def matrix(checks: Sequence[Check], langs: Sequence[str]) -> list[dict[str, str]]:
    """One row per (check, language): ``check``, ``lang``, ``level``, ``reason``, in registry then given order."""
    return [{"check": c.name, "lang": lang, **_cell(c.covers(lang))} for c in checks for lang in langs]


def _cell(found: Coverage) -> dict[str, str]:
    return {"level": found.level, "reason": found.reason}


#: How the text matrix writes each level.
SYMBOLS = {WORKS: "✓", DEGRADED: "~", CANNOT_RUN: "✗"}


def matrix_text(rows: Sequence[dict[str, str]], langs: Sequence[str]) -> str:
    """Checks × languages, one symbol a cell, then a legend: per check, each reason and the languages it holds for."""
    checks = list(dict.fromkeys(r["check"] for r in rows))
    cell = {(r["check"], r["lang"]): r for r in rows}
    width = max(len(c) for c in checks)
    col = max(3, *(len(x) + 1 for x in langs))
    lines = [" " * width + " " + "".join(f"{x:>{col}}" for x in langs)]
    for c in checks:
        lines.append(f"{c:<{width}} " + "".join(f"{SYMBOLS[cell[c, x]['level']]:>{col}}" for x in langs))
    lines += ["", f"{SYMBOLS[WORKS]} works   {SYMBOLS[DEGRADED]} degraded   {SYMBOLS[CANNOT_RUN]} cannot run", ""]
    for c in checks:
        reasons: dict[tuple[str, str], list[str]] = {}
        for x in langs:
            r = cell[c, x]
            if r["level"] != WORKS:
                reasons.setdefault((r["level"], r["reason"]), []).append(x)
        if reasons:
            lines.append(f"{c}:")
            lines += [f"  {SYMBOLS[level]} {', '.join(xs)}: {why}" for (level, why), xs in reasons.items()]
    return "\n".join(lines) + "\n"


def matrix_csv(rows: Sequence[dict[str, str]], langs: Sequence[str]) -> str:
    """One CSV row per check and language: check, lang, level, reason."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.DictWriter(out, ["check", "lang", "level", "reason"], lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def matrix_json(rows: Sequence[dict[str, str]], langs: Sequence[str]) -> str:
    """The languages, the levels and, per check and language, level and reason."""
    import json

    checks: dict[str, dict[str, dict[str, str]]] = {}
    for r in rows:
        checks.setdefault(r["check"], {})[r["lang"]] = {"level": r["level"], "reason": r["reason"]}
    return json.dumps({"langs": list(langs), "levels": list(SYMBOLS), "checks": checks}, ensure_ascii=False,
                      indent=1) + "\n"  # fmt: skip
