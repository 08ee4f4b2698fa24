"""Language identification per document and per word (lingua).

Document language uses lingua's fast mode over all languages (reliable on
paragraphs). A single word is judged by a detector restricted to two
languages (the article's and the source's), so that an English word in an
Indonesian text is weighed against Indonesian only, not against seventy
look-alike languages.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lingua import LanguageDetector


#: BCP 47's "undetermined" language: CLDR names it "Unknown language", no name for a message.
UNDETERMINED = "und"


def base_lang(lang: str | None) -> str:
    """ISO 639-1 base of a language tag: ``pt-BR``, ``pt_BR`` and ``PT`` are all ``pt`` ("" for none)."""
    return (lang or "").lower().replace("_", "-").split("-")[0]


_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")


def is_language_tag(tag: str) -> bool:
    """Whether ``tag`` has the shape of a BCP 47 language tag (``ar``, ``pt-BR``, ``zh_Hant``, ``fil``)."""
    return len(tag) <= 35 and _TAG.fullmatch(tag) is not None


def language_name(code: str, default: str | None = None) -> str:
    """English name of a language code from CLDR ("pl" -> "Polish"); ``default`` (or the code) when unknown."""
    from mt_audit.languages import base_tag, english_name

    name = english_name(code)
    if name == code or base_tag(code) == UNDETERMINED:
        return default if default is not None else code
    return name


@lru_cache(maxsize=1)
def _document_detector() -> LanguageDetector:
    from lingua import LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()


@lru_cache(maxsize=64)
def _span_detector(langs: tuple[str, ...]) -> LanguageDetector:
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    languages = [Language.from_iso_code_639_1(getattr(IsoCode639_1, c.upper())) for c in langs]
    return LanguageDetectorBuilder.from_languages(*languages).build()


def _code(language: object) -> str:
    return language.iso_code_639_1.name.lower()  # type: ignore[attr-defined]


def detect(text: str) -> tuple[str | None, float]:
    """Most likely ISO 639-1 language of ``text`` and lingua's confidence (0-1).

    Where most letters are in a script no language lingua models is written in (Burmese, Khmer, Tibetan,
    Ethiopic, Canadian syllabics, Tifinagh), lingua would weigh only the Latin brand names among them and call
    a Burmese article English: the language is then CLDR's likely language of that script
    (:func:`~mt_audit.languages.script_language`), with confidence 0, since nothing weighed it against the
    script's other languages. Declare the language where it is another (Shan, Tigrinya).
    """
    from mt_audit.languages import script_code, script_language

    script = script_code(text[:SCRIPT_PROBE])
    if script and script not in _modelled_scripts():
        return script_language(script), 0.0
    values = _document_detector().compute_language_confidence_values(text[:20000])
    if not values:
        return None, 0.0
    best = values[0]
    if best.value <= 0.0:
        return None, 0.0
    return _code(best.language), round(float(best.value), 4)


#: Characters whose letters tell a document's script.
SCRIPT_PROBE = 5000


@lru_cache(maxsize=1)
def _modelled_scripts() -> frozenset[str]:
    """Scripts (ISO 15924, as :func:`~mt_audit.languages.script_code` joins them) of the languages lingua
    models, by their CLDR letters."""
    from lingua import Language

    from mt_audit.languages import language_scripts

    return frozenset(s for lang in Language.all() for s in language_scripts(_code(lang)))


def supported(lang: str) -> bool:
    """Whether lingua knows the ISO 639-1 code ``lang`` (or the code it models the language under)."""
    return _known(lingua_code(lang))


def _known(code: str) -> bool:
    from lingua import IsoCode639_1

    return hasattr(IsoCode639_1, code.upper())


def lingua_code(lang: str) -> str:
    """The code lingua models ``lang`` under: the language's own, else the one its frequency list is filed under
    (lingua has Bokmål and Nynorsk, no macrolanguage "no")."""
    from mt_audit.lexicon import ALIASES

    alias = ALIASES.get(lang)
    return alias if not _known(lang) and alias is not None and _known(alias) else lang


@lru_cache(maxsize=50_000)
def word_confidence(word: str, lang: str, other: str) -> float:
    """lingua's confidence (0-1) that a single word is ``other`` rather than ``lang``.

    Character n-grams judge how a word looks ("information" reads English,
    "informasi" Indonesian) where word-frequency lists are contaminated by
    loanwords; 0.5 when lingua does not know one of the languages.
    """
    lang, other = lingua_code(lang), lingua_code(other)
    if not (supported(lang) and supported(other)) or lang == other:
        return 0.5
    values = _span_detector(tuple(sorted({lang, other}))).compute_language_confidence_values(word)
    for v in values:
        if _code(v.language) == other:
            return float(v.value)
    return 0.0


@lru_cache(maxsize=1)
def _word_detector() -> LanguageDetector:
    """Every language lingua knows, in its high-accuracy mode (the one made for single words); about 900 MB,
    so built only when an article's language has neither a wordfreq list nor a lingua model."""
    from lingua import LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_all_languages().build()


@lru_cache(maxsize=50_000)
def first_among_all(word: str, lang: str) -> float:
    """lingua's confidence that ``word`` is written in ``lang``, weighing every language it knows; 0 unless first.

    For an article in a language lingua has no model of (Galician, Uzbek): the source language's letters must
    stand out among seventy-odd languages, the article's relatives among them, not merely against one.
    """
    values = _word_detector().compute_language_confidence_values(word)
    if not values or _code(values[0].language) != lingua_code(lang):
        return 0.0
    return float(values[0].value)


@lru_cache(maxsize=64)
def stand_in(text: str, lang: str, other: str) -> str | None:
    """The language lingua models that stands in for ``lang`` where it has none: the one it takes ``text`` for.

    Lingua reads a Javanese article as Indonesian, a Luxembourgish one as German or Dutch, a Hausa one as some
    other language that is not English either: weighed against that stand-in, a word whose letters read as
    ``other`` (English) reads foreign to the article too. ``lang`` itself where lingua knows it; None when lingua
    takes the text for ``other`` or for nothing. Whether it is a relative, :func:`relative` tells.
    """
    if supported(lang):
        return lang
    values = _document_detector().compute_language_confidence_values(text[:20000])
    best = next((v for v in values if _code(v.language) != lang), None)
    if best is None or best.value <= 0.0 or _code(best.language) == other:
        return None
    return _code(best.language)


#: Lower-case words this long are the article's content words, the ones a relative's list shares.
RELATIVE_MIN_LETTERS = 4
#: A relative's list holds at least this share of them that English's lacks: on the planted stories, 0.10 to 0.37
#: for Javanese (Indonesian), Galician (Spanish) and Luxembourgish (German); at most 0.03 for the strangers lingua
#: names for Kurmanji, Maltese, Uzbek and Hausa.
RELATIVE_SHARE = 0.06


@lru_cache(maxsize=256)
def relative(text: str, proxy: str, other: str) -> bool:
    """Whether the stand-in shares the article's words: its list holds words of the article that ``other``'s lacks.

    Lingua names the language it knows that the text is nearest, related or not (a Kurmanji article reads as
    Tagalog or French). A relative shares words (Javanese and Indonesian, Galician and Spanish); a stranger's list
    holds only the few it shares with English, into which every corpus leaks. Without both lists, none is proved.
    """
    from mt_audit.lexicon import has_frequencies, zipf

    if not (has_frequencies(proxy) and has_frequencies(other)):
        return False
    words = {w for w in re.findall(r"[^\W\d_]+", text[:20000]) if w.islower() and len(w) >= RELATIVE_MIN_LETTERS}
    shared = sum(zipf(w, proxy) > 0.0 and zipf(w, other) == 0.0 for w in words)
    return bool(words) and shared >= RELATIVE_SHARE * len(words)
