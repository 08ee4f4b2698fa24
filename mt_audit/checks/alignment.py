"""Checks read off the article ↔ source alignment."""

from __future__ import annotations

from collections.abc import Iterator

from mt_audit.checks.base import CheckInput, Emitter, check
from mt_audit.types import Finding

#: Sentences shorter than this (characters) are captions or credits: minor.
SHORT = 40


@check("source-mismatch", "source/mismatch", severity="critical")
def source_mismatch(item: CheckInput, emit: Emitter) -> Iterator[Finding]:
    """The article does not derive from its presumed source."""
    if item.presumed_source is None or item.matched_source == item.presumed_source or not item.sentences:
        return
    first = item.sentences[0]
    if item.matched_source:
        why = f"it derives from {item.matched_source} instead"
    else:
        why = "it derives from none of the sources given"
    score = item.attribution.score if item.attribution else 0.0
    yield emit.at(
        first.start,
        first.end,
        f"Not a translation of the presumed source {item.presumed_source} (attribution score {score:.2f}); {why}.",
        sentence_index=first.index,
    )


@check("omission", "accuracy/omission", severity="major", severities=("minor",))
def omission(item: CheckInput, emit: Emitter) -> Iterator[Finding]:
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
            yield emit.at(
                pos,
                pos,
                f"Source sentence {i + 1} is missing here: “{_clip(text)}”",
                severity=severity,
                source_span=text,
            )


@check("addition", "accuracy/addition", severity="minor", severities=("major",))
def addition(item: CheckInput, emit: Emitter) -> Iterator[Finding]:
    """An article sentence has no counterpart in the source."""
    if not item.derives or item.attribution is None:
        return
    for bead in item.attribution.alignment.beads:
        if bead.src:
            continue
        for j in bead.tgt:
            s = item.sentences[j]
            severity = "minor" if len(s.text) < SHORT else "major"
            yield emit.at(
                s.start,
                s.end,
                "This sentence matches nothing in the source: added text, or a translation too loose to align.",
                severity=severity,
                sentence_index=s.index,
            )


def _clip(text: str, n: int = 80) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
