"""The error taxonomy: stable category codes, MQM dimensions, severities.

Codes are part of the output format (findings.csv); new detectors extend
behaviour, never rename a code.
"""

from __future__ import annotations

from dataclasses import dataclass

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
