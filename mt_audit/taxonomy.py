"""The error taxonomy: stable category codes, MQM dimensions, severities, MQM categories and weights.

Codes are part of the output format (findings.csv); new detectors extend
behaviour, never rename a code. Each code names the MQM category the MQM
export writes for it (:data:`CATEGORIES`), and a finding's penalty is the
weight Google's MQM scoring gives that category and severity
(:data:`GOOGLE_MQM_WEIGHTS`): the audit's quality and a rater's MQM score of
the exported file cannot disagree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mt_audit.frames import python_strings

if TYPE_CHECKING:
    import pandas as pd

SEVERITIES = ("minor", "major", "critical")

#: Google's MQM weighting (the MQM Viewer's defaults, github.com/google-research/google-research
#: ``mqm_viewer``; Freitag et al. 2021): the first rule whose pattern is found in
#: ``"<severity>:<MQM category>"`` (case-insensitive) gives the weight, none found gives 0 (Neutral).
#: Minor punctuation is trivial (0.1), a source issue costs nothing, a non-translation 25.
GOOGLE_MQM_WEIGHTS: tuple[tuple[str, float], ...] = (
    ("minor:.*punctuation|trivial:", 0.1),
    (":.*reinterpretation", 0.0),
    (":source", 0.0),
    ("non.translation", 25.0),
    ("minor:", 1.0),
    ("major:", 5.0),
    ("critical:", 5.0),
)
_GOOGLE_RULES = tuple((re.compile(p, re.IGNORECASE), w) for p, w in GOOGLE_MQM_WEIGHTS)
#: How quality is computed, for the run signature: the weights, and what the penalty is spread over.
QUALITY_SIGNATURE = (
    "mqm-google:" + ",".join(f"{p}={w:g}" for p, w in GOOGLE_MQM_WEIGHTS) + "|per:100 aligned words less boilerplate"
)


def mqm_weight(mqm_category: str, severity: str) -> float:
    """The weight Google's MQM scoring gives one error of ``mqm_category`` (``Accuracy/Omission``) and ``severity``."""
    key = f"{severity}:{mqm_category}"
    return next((w for rule, w in _GOOGLE_RULES if rule.search(key)), 0.0)


@dataclass(frozen=True)
class Category:
    """One code: its MQM dimension, default severity, and the MQM category an export writes (which sets its weight)."""

    code: str
    dimension: str
    severity: str
    description: str
    mqm: str = "Other"


#: The taxonomy, and for each code the MQM category a rater following Google's guidelines would pick:
#: the export writes it and :func:`weight` charges what Google's scheme charges it, so the audit's
#: quality and a rater's MQM score of the exported file agree. Names, numbers and swapped synonyms
#: are wrong meaning, not wrong terminology (Google's "Terminology" is for domain terms):
#: Accuracy/Mistranslation. A phrase repeated by mistake is wordiness rather than broken grammar:
#: Style/Awkward. Sentences broken or glued by stripped markup are full stops in the wrong place:
#: Fluency/Punctuation (trivial when minor). Layout scars (hard wraps, double spaces) have no MQM
#: category for plain text: Other. The Source dimension judges the input, not the translation:
#: boilerplate scraped along and a presumed source the article does not derive from are "Source
#: issue" (weight 0); the latter is the article's verdict (no quality at all), not a penalty.
CATEGORIES: dict[str, Category] = {
    c.code: c
    for c in (
        Category(
            "accuracy/untranslated", "Accuracy", "major", "source-language (English) text left untranslated",
            "Accuracy/Untranslated text",
        ),
        Category(
            "accuracy/spinner-substitution", "Accuracy", "major", "a synonym swapped in before translation",
            "Accuracy/Mistranslation",
        ),
        Category(
            "accuracy/entity-corrupted", "Accuracy", "major", "a name altered by synonyms or misspelling",
            "Accuracy/Mistranslation",
        ),
        Category(
            "accuracy/entity-literal", "Accuracy", "major", "a proper name translated as ordinary words",
            "Accuracy/Mistranslation",
        ),
        Category(
            "accuracy/entity-mismatch", "Accuracy", "major", "a source name replaced by another name, or dropped",
            "Accuracy/Mistranslation",
        ),
        Category(
            "accuracy/number-mismatch", "Accuracy", "major", "a number, amount or date differs from the source",
            "Accuracy/Mistranslation",
        ),
        Category(
            "accuracy/omission", "Accuracy", "major", "source content missing from the article", "Accuracy/Omission",
        ),
        Category(
            "accuracy/addition", "Accuracy", "minor", "article content with no counterpart in the source",
            "Accuracy/Addition",
        ),
        Category(
            "accuracy/mistranslation", "Accuracy", "major", "a sentence whose meaning departs from the source",
            "Accuracy/Mistranslation",
        ),
        Category(
            "fluency/inconsistency", "Fluency", "minor", "one entity written in different ways",
            "Fluency/Inconsistency",
        ),
        Category(
            "fluency/punctuation", "Fluency", "minor", "punctuation against the language's conventions",
            "Fluency/Punctuation",
        ),
        Category("fluency/repetition", "Fluency", "minor", "a phrase repeated by mistake", "Style/Awkward"),
        Category(
            "fluency/segmentation", "Fluency", "minor", "sentences broken or glued by stripped markup",
            "Fluency/Punctuation",
        ),
        Category(
            "style/layout", "Style", "minor", "layout scars: hard wraps, double spaces, invisible characters", "Other",
        ),
        Category(
            "source/boilerplate", "Source", "minor", "web page chrome that leaked into the text", "Source issue",
        ),
        Category(
            "source/mismatch", "Source", "critical", "the article does not derive from its presumed source",
            "Source issue",
        ),
    )
}  # fmt: skip


def mqm_category(code: str) -> str:
    """The MQM category an export writes for ``code``; an unknown code is taken to be an MQM category already."""
    cat = CATEGORIES.get(code)
    return cat.mqm if cat else code


def weight(category: str, severity: str) -> float:
    """MQM penalty of one finding: what Google's scheme charges its MQM category and severity."""
    return mqm_weight(mqm_category(category), severity)


def scored(category: str) -> bool:
    """Whether findings of ``category`` (one of our codes) can cost a document quality."""
    return category in CATEGORIES and any(weight(category, s) > 0 for s in SEVERITIES)


def penalty(findings: Iterable[tuple[str, str]]) -> float:
    """MQM penalty of (category, severity) pairs of our codes (Source issues weigh 0)."""
    return sum(weight(c, s) for c, s in findings if scored(c))


def quality(total_penalty: float, n_words: int | None) -> tuple[float | None, float | None]:
    """(penalty per 100 words, 0-100 quality score) as MQM scores a document.

    The score is ``100 - penalty per 100 words``, floored at 0: an article with
    one major error (5) in 100 words scores 95.
    """
    if not n_words:
        return None, None
    per_100 = 100.0 * total_penalty / n_words
    return round(per_100, 4), round(max(0.0, 100.0 - per_100), 4)


#: An article's verdict (documents.csv ``verdict``): only a translation of a source gets a
#: translation-quality score; the others keep their findings but no quality, penalty or rate.
VERDICT_TRANSLATION = "translation of {source}"
VERDICT_NOT_TRANSLATION = "not a translation of {source}"
VERDICT_NO_SOURCE = "no source to compare with"
#: An article no source matched, in a script the embedding model cannot read: no claim either way.
VERDICT_UNREAD = "unverified: the embedding model cannot read this text"


def verdict(matched: str | None, presumed: str | None, readable: bool = True) -> str:
    """The verdict of an article attributed to ``matched`` (None: to no source) that presumed ``presumed``; an
    article the embedding model cannot read (``readable`` false) and nothing matched is unverified, not unrelated."""
    if matched:
        return VERDICT_TRANSLATION.format(source=matched)
    if not readable:
        return VERDICT_UNREAD
    if presumed:
        return VERDICT_NOT_TRANSLATION.format(source=presumed)
    return VERDICT_NO_SOURCE


def is_translation(value: object) -> bool:
    """Whether a ``verdict`` value says the article translates a source (so its quality counts)."""
    return isinstance(value, str) and value.startswith(VERDICT_TRANSLATION.split("{", 1)[0])


#: Columns of :func:`table`; ``scored_words`` is what the per-word rates divide by.
TAXONOMY_COLUMNS = [
    "lang", "category", "dimension", "n_articles", "n_words", "count", "per_1000_words", "penalty",
    "penalty_per_100_words", "scored_words",
]  # fmt: skip
#: ``category`` of the one row per language that counts the findings of articles that are not
#: translations (their verdict): kept apart so they do not inflate any category's rate.
NOT_TRANSLATIONS = "(not translations)"


@python_strings
def table(documents: pd.DataFrame, findings: pd.DataFrame) -> pd.DataFrame:
    """Per language, every category: count, per 1,000 words and MQM penalty of its translations (status ok).

    Only articles whose ``verdict`` says they translate a source are in the category rows (no
    ``verdict``, as in audits made before verdicts, counts as a translation); the findings of the
    others are one :data:`NOT_TRANSLATIONS` row per language (dimension, penalty and rates per 100
    words empty, ``per_1000_words`` over their ``n_words``). The rates divide by ``scored_words``:
    the documents' ``scored_words`` (words inside aligned text and outside boilerplate) where known,
    else their ``n_words``.
    """
    import pandas as pd

    docs = documents
    if "role" in docs:
        docs = docs[docs["role"] == "article"]
    docs = docs[docs["status"] == "ok"]
    translation = pd.Series(True, docs.index)
    if "verdict" in docs:  # no verdict: an audit from before verdicts, whose articles all counted
        translation = (docs["verdict"].isna() | docs["verdict"].map(is_translation)).astype(bool)
    rows = []
    for lang in sorted(docs["lang"].dropna().unique()):
        in_lang = docs["lang"] == lang
        rows += _category_rows(lang, docs[in_lang & translation], findings)
        rows += _not_translation_rows(lang, docs[in_lang & ~translation], findings)
    out = pd.DataFrame(rows, columns=TAXONOMY_COLUMNS)
    out["scored_words"] = out["scored_words"].astype("Int64")  # empty for the not-translations rows
    return out


def _of(docs: pd.DataFrame, findings: pd.DataFrame) -> pd.DataFrame:
    return findings[findings["doc_id"].isin(docs["doc_id"])] if len(findings) else findings


def _words(docs: pd.DataFrame, column: str) -> int:
    return int(docs[column].astype("Float64").fillna(0).sum()) if column in docs else 0


def _scored_words(docs: pd.DataFrame) -> int:
    """Words the rates divide by: ``scored_words`` per document where known, else ``n_words``."""
    if "scored_words" not in docs:
        return _words(docs, "n_words")
    words = docs["scored_words"].astype("Float64").fillna(docs["n_words"].astype("Float64"))
    return int(words.fillna(0).sum())


def _per(n: float, words: int, unit: float) -> float | None:
    return round(unit * n / words, 4) if words else None


def _category_rows(lang: str, docs: pd.DataFrame, findings: pd.DataFrame) -> list[dict[str, Any]]:
    if not len(docs):
        return []
    found, words, basis = _of(docs, findings), _words(docs, "n_words"), _scored_words(docs)
    rows = []
    for code, cat in CATEGORIES.items():
        hits = found[found["category"] == code] if len(found) else found
        cost = penalty((code, s) for s in hits["severity"]) if len(hits) else 0.0
        rows.append(
            {
                "lang": lang,
                "category": code,
                "dimension": cat.dimension,
                "n_articles": len(docs),
                "n_words": words,
                "count": len(hits),
                "per_1000_words": _per(len(hits), basis, 1000.0),
                "penalty": round(cost, 4),
                "penalty_per_100_words": _per(cost, basis, 100.0),
                "scored_words": basis,
            }
        )
    return rows


def _not_translation_rows(lang: str, docs: pd.DataFrame, findings: pd.DataFrame) -> list[dict[str, Any]]:
    if not len(docs):
        return []
    found, words = _of(docs, findings), _words(docs, "n_words")
    return [
        {
            "lang": lang,
            "category": NOT_TRANSLATIONS,
            "dimension": None,
            "n_articles": len(docs),
            "n_words": words,
            "count": len(found),
            "per_1000_words": _per(len(found), words, 1000.0),
            "penalty": None,
            "penalty_per_100_words": None,
            "scored_words": None,
        }
    ]
