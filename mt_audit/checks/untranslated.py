"""Source-language words left in the article.

The word scan (:func:`mt_audit.checks.foreign.foreign_runs`) finds them: words
in another script, words far more typical of the source language, and words
copied verbatim from the aligned source sentence that are not words of the
article's language (:mod:`mt_audit.checks.copied`). The synonym spinner's
fingerprints, read from the same scan, live in :mod:`mt_audit.checks.spinner`.
"""

from __future__ import annotations

from collections.abc import Iterator

from mt_audit.checks.base import CheckInput, Emitter, check
from mt_audit.checks.foreign import ForeignRun, foreign_runs, language_script
from mt_audit.checks.spinner import spinner
from mt_audit.identify import language_name
from mt_audit.types import Finding

__all__ = ["spinner", "untranslated"]


@check("untranslated", "accuracy/untranslated", severity="major")
def untranslated(item: CheckInput, emit: Emitter) -> Iterator[Finding]:
    """Source-language words left untranslated in the article (names, acronyms, brands excluded)."""
    lang_name = language_name(item.lang)
    for run in foreign_runs(item):
        text = item.norm.text[run.start : run.end]
        src = _language_of(run, item.source_lang)
        if len(run.words) == 1:
            message = f"'{text}' is {_a(src)} {src} word left untranslated in the {lang_name} text."
        else:
            message = f"{src} text left untranslated in the {lang_name} text: '{text}'."
        yield emit.at(run.start, run.end, message, sentence_index=item.sentences[run.sentence].index)


def _language_of(run: ForeignRun, source_lang: str) -> str:
    script = run.words[0].script
    if script == "LATIN" or script == language_script(source_lang):
        return language_name(source_lang)
    return f"{script.title()}-script"


def _a(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"
