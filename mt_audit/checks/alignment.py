"""Checks read off the article ↔ source alignment."""

from __future__ import annotations

from collections.abc import Iterator

from mt_audit.checks.base import CheckInput, check
from mt_audit.types import Finding

#: Sentences shorter than this (characters) are captions or credits: minor.
SHORT = 40


@check("source-mismatch", "source/mismatch", severity="critical")
def source_mismatch(item: CheckInput) -> Iterator[Finding]:
    """The article does not derive from its presumed source."""
    if item.presumed_source is None or item.matched_source == item.presumed_source or not item.sentences:
        return
    first = item.sentences[0]
    if item.matched_source:
        why = f"it derives from {item.matched_source} instead"
    else:
        why = "it derives from none of the sources given"
    score = item.attribution.score if item.attribution else 0.0
    yield item.finding(
        "source/mismatch",
        "critical",
        "source-mismatch",
        first.start,
        first.end,
        f"Not a translation of the presumed source {item.presumed_source} (attribution score {score:.2f}); {why}.",
        first.index,
    )


@check("omission", "accuracy/omission", severity="major")
def omission(item: CheckInput) -> Iterator[Finding]:
    """A source sentence has no counterpart in the article."""
    if not item.derives or item.attribution is None or item.source is None:
        return
    src = item.source.sentences
    pos = 0
    for bead in item.attribution.alignment.beads:
        if bead.tgt:
            pos = item.sentences[bead.tgt[-1]].end
            continue
        for i in bead.src:
            text = src[i].text
            severity = "minor" if len(text) < SHORT else "major"
            yield item.finding(
                "accuracy/omission",
                severity,
                "omission",
                pos,
                pos,
                f"Source sentence {i + 1} is missing here: “{_clip(text)}”",
                None,
                text,
            )


@check("addition", "accuracy/addition", severity="minor")
def addition(item: CheckInput) -> Iterator[Finding]:
    """An article sentence has no counterpart in the source."""
    if not item.derives or item.attribution is None:
        return
    for bead in item.attribution.alignment.beads:
        if bead.src:
            continue
        for j in bead.tgt:
            s = item.sentences[j]
            severity = "minor" if len(s.text) < SHORT else "major"
            yield item.finding(
                "accuracy/addition",
                severity,
                "addition",
                s.start,
                s.end,
                "This sentence matches nothing in the source: added text, or a translation too loose to align.",
                s.index,
            )


def _clip(text: str, n: int = 80) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
