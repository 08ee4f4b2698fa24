"""The error taxonomy: stable category codes, MQM dimensions, severities.

Codes are part of the output format (findings.csv); new detectors extend
behaviour, never rename a code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

SEVERITIES = ("minor", "major", "critical")
#: MQM penalty weights per severity (minor punctuation counts 0.1, see weight()).
MQM_WEIGHTS = {"minor": 1.0, "major": 5.0, "critical": 10.0}


@dataclass(frozen=True)
class Category:
    code: str
    dimension: str
    severity: str
    description: str


CATEGORIES: dict[str, Category] = {
    c.code: c
    for c in (
        Category("accuracy/untranslated", "Accuracy", "major", "source-language (English) text left untranslated"),
        Category("accuracy/spinner-substitution", "Accuracy", "major", "a synonym swapped in before translation"),
        Category("accuracy/entity-corrupted", "Accuracy", "major", "a name altered by synonyms or misspelling"),
        Category("accuracy/entity-literal", "Accuracy", "major", "a proper name translated as ordinary words"),
        Category("accuracy/entity-mismatch", "Accuracy", "major", "a source name replaced by another name, or dropped"),
        Category("accuracy/number-mismatch", "Accuracy", "major", "a number, amount or date differs from the source"),
        Category("accuracy/omission", "Accuracy", "major", "source content missing from the article"),
        Category("accuracy/addition", "Accuracy", "minor", "article content with no counterpart in the source"),
        Category("accuracy/mistranslation", "Accuracy", "major", "a sentence whose meaning departs from the source"),
        Category("fluency/inconsistency", "Fluency", "minor", "one entity written in different ways"),
        Category("fluency/punctuation", "Fluency", "minor", "punctuation against the language's conventions"),
        Category("fluency/repetition", "Fluency", "minor", "a phrase repeated by mistake"),
        Category("fluency/segmentation", "Fluency", "minor", "sentences broken or glued by stripped markup"),
        Category("style/layout", "Style", "minor", "layout scars: hard wraps, double spaces, invisible characters"),
        Category("source/boilerplate", "Source", "minor", "web page chrome that leaked into the text"),
        Category("source/mismatch", "Source", "critical", "the article does not derive from its presumed source"),
    )
}


def weight(category: str, severity: str) -> float:
    """MQM penalty of one finding; minor punctuation counts 0.1 as in MQM."""
    if category == "fluency/punctuation" and severity == "minor":
        return 0.1
    return MQM_WEIGHTS[severity]


#: Dimensions that measure the translation itself. "Source" findings (boilerplate
#: scraped along, a wrong presumed source) are reported but cost no quality.
SCORED_DIMENSIONS = ("Accuracy", "Fluency", "Style", "Locale convention")


def scored(category: str) -> bool:
    """Whether findings of ``category`` count against a document's quality score."""
    cat = CATEGORIES.get(category)
    return cat is not None and cat.dimension in SCORED_DIMENSIONS


def penalty(findings: Iterable[tuple[str, str]]) -> float:
    """MQM penalty of (category, severity) pairs, Source dimension excluded."""
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


def verdict(matched: str | None, presumed: str | None) -> str:
    """The verdict of an article attributed to ``matched`` (None: to no source) that presumed ``presumed``."""
    if matched:
        return VERDICT_TRANSLATION.format(source=matched)
    if presumed:
        return VERDICT_NOT_TRANSLATION.format(source=presumed)
    return VERDICT_NO_SOURCE


def is_translation(value: object) -> bool:
    """Whether a ``verdict`` value says the article translates a source (so its quality counts)."""
    return isinstance(value, str) and value.startswith(VERDICT_TRANSLATION.split("{", 1)[0])


TAXONOMY_COLUMNS = [
    "lang", "category", "dimension", "n_articles", "n_words", "count", "per_1000_words", "penalty",
    "penalty_per_100_words",
]  # fmt: skip


def table(documents: pd.DataFrame, findings: pd.DataFrame) -> pd.DataFrame:
    """Per language, every category: count, per 1,000 words and MQM penalty (articles with status ok)."""
    import pandas as pd

    docs = documents
    if "role" in docs:
        docs = docs[docs["role"] == "article"]
    docs = docs[docs["status"] == "ok"]
    rows = []
    for lang in sorted(docs["lang"].dropna().unique()):
        in_lang = docs[docs["lang"] == lang]
        words = int(in_lang["n_words"].fillna(0).sum())
        found = findings[findings["doc_id"].isin(in_lang["doc_id"])] if len(findings) else findings
        for code, cat in CATEGORIES.items():
            hits = found[found["category"] == code] if len(found) else found
            cost = penalty((code, s) for s in hits["severity"]) if len(hits) else 0.0
            rows.append(
                {
                    "lang": lang,
                    "category": code,
                    "dimension": cat.dimension,
                    "n_articles": len(in_lang),
                    "n_words": words,
                    "count": len(hits),
                    "per_1000_words": round(1000.0 * len(hits) / words, 4) if words else None,
                    "penalty": round(cost, 4),
                    "penalty_per_100_words": round(100.0 * cost / words, 4) if words else None,
                }
            )
    return pd.DataFrame(rows, columns=TAXONOMY_COLUMNS)
