"""Checks read off the article ↔ source alignment.

Whole sentences left unaligned are omissions and additions, as the article's
language pair's calibrated margins decide them (:func:`mt_audit.align.for_language`).
Inside an aligned 1-1 pair, a lost clause is reported only on double evidence
(length and similarity both far below the article's own norm); dropped names
and numbers are left to the entity and number checks.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np
import regex

from mt_audit.align import for_language
from mt_audit.checks.base import CheckInput, Emitter, check
from mt_audit.robust import robust
from mt_audit.segment import phrase_spaced
from mt_audit.types import Bead, Finding

#: Sentences shorter than this (characters) are captions or credits: minor.
SHORT = 40
#: Clause omission: fewer aligned 1-1 pairs than this give no baseline for the article.
MIN_PAIRS = 5
#: How many robust spreads below the article's median length ratio (log) an article sentence must fall,
#: and how many below its median similarity: the best recall on planted clause deletions in DEMETR
#: (scripts/calibrate_align.py) with at most 0.2% of whole sentences flagged on its calibration half
#: (held-out half: recall 0.60, 0.36% of whole sentences flagged, source lengths without asides).
Z_LENGTH, Z_SIM = 2.0, 1.0
#: Floors on the spreads, so that a very uniform article does not flag small dips.
MIN_LENGTH_SPREAD, MIN_SIM_SPREAD = 0.12, 0.02
#: An article sentence shorter than this share of what the article's norm predicts has lost a clause.
MAX_SHARE = 0.7
#: Source sentences shorter than this (characters) have no clause to lose.
MIN_SOURCE_CHARS = 60
#: A bracketed aside with the space before it: an acronym's expansion, a gloss. Translators drop
#: or fold these, so a source sentence's length is taken without them (quotation marks stay).
_ASIDE = regex.compile(r"\s*[\p{Ps}--\p{Quotation_Mark}][^\p{Ps}\p{Pe}]*[\p{Pe}--\p{Quotation_Mark}]", regex.V1)


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
    """A source sentence, or a clause of one, has no counterpart in the article."""
    if not item.derives or item.attribution is None or item.source is None:
        return
    src = item.source.sentences
    pos = 0
    for bead in _beads(item):
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
    yield from _clause_omissions(item, emit)


@check("addition", "accuracy/addition", severity="minor", severities=("major",))
def addition(item: CheckInput, emit: Emitter) -> Iterator[Finding]:
    """An article sentence has no counterpart in the source."""
    if not item.derives or item.attribution is None:
        return
    added = [j for bead in _beads(item) if not bead.src for j in bead.tgt]
    for run in _added_runs(item, added):
        first, last = item.sentences[run[0]], item.sentences[run[-1]]
        what = "This sentence matches" if len(run) == 1 else "These phrases match"
        yield emit.at(
            first.start,
            last.end,
            f"{what} nothing in the source: added text, or a translation too loose to align.",
            severity="minor" if last.end - first.start < SHORT else "major",
            sentence_index=first.index,
        )


def _added_runs(item: CheckInput, added: Sequence[int]) -> list[list[int]]:
    """Unaligned article units, consecutive phrases of one paragraph together where the language is cut into
    phrases (Thai, Lao: one inserted sentence is several phrases, and one finding)."""
    runs: list[list[int]] = []
    joins = phrase_spaced(item.lang)
    for j in sorted(added):
        prev = runs[-1][-1] if runs else None
        if joins and prev == j - 1 and "\n" not in item.norm.text[item.sentences[prev].end : item.sentences[j].start]:
            runs[-1].append(j)
        else:
            runs.append([j])
    return runs


def _clause_omissions(item: CheckInput, emit: Emitter) -> Iterator[Finding]:
    """Part of a source sentence is missing from its otherwise aligned translation.

    Evidence must be double: the article sentence is far shorter than the
    article's own source-to-article length ratio predicts, and it is also less
    similar to its source than the article's norm. A source sentence's length
    leaves out its bracketed asides (:func:`main_length`): dropping an acronym's
    expansion is no lost clause. Names and numbers dropped from a sentence are
    the entity and number checks' findings, not this one's.
    """
    assert item.attribution is not None and item.source is not None
    beads = [b for b in _beads(item) if len(b.src) == 1 and len(b.tgt) == 1 and b.similarity is not None]
    src = [item.source.sentences[b.src[0]] for b in beads]
    tgt = [item.sentences[b.tgt[0]] for b in beads]
    flagged = clause_gaps(
        [main_length(s.text) for s in src], [len(t.text) for t in tgt], [b.similarity or 0.0 for b in beads]
    )
    for k, share in flagged:
        s, t = src[k], tgt[k]
        yield emit.at(
            t.start,
            t.end,
            f"Part of source sentence {s.index + 1} seems missing: this sentence is {share:.0%} of the length "
            f"the rest of the article predicts, and less similar to its source: “{_clip(s.text)}”",
            severity="minor",
            sentence_index=t.index,
            source_span=s.text,
        )


def clause_gaps(
    src_len: Sequence[float],
    tgt_len: Sequence[float],
    sims: Sequence[float],
    z_length: float = Z_LENGTH,
    z_sim: float = Z_SIM,
) -> list[tuple[int, float]]:
    """(index, length share) of 1-1 pairs whose article side lost a clause, judged against the article's norm.

    The length ratio between languages varies (Chinese needs a third of
    English's characters), so each article is its own baseline, as in the
    mistranslation check: medians and robust spreads (MAD).
    """
    if len(sims) < MIN_PAIRS:
        return []
    ratio = np.log(np.maximum(np.asarray(tgt_len, float), 1.0) / np.maximum(np.asarray(src_len, float), 1.0))
    sim = np.asarray(sims, dtype=float)
    r_med, r_spread = robust(ratio, MIN_LENGTH_SPREAD)
    s_med, s_spread = robust(sim, MIN_SIM_SPREAD)
    out = []
    for k in range(len(sim)):
        share = float(np.exp(ratio[k] - r_med))
        if (
            src_len[k] >= MIN_SOURCE_CHARS
            and share <= MAX_SHARE
            and (r_med - ratio[k]) / r_spread >= z_length
            and (s_med - sim[k]) / s_spread >= z_sim
        ):
            out.append((k, share))
    return out


def main_length(text: str) -> int:
    """Length of ``text`` without its bracketed asides: what a faithful translation must carry over."""
    return len(_ASIDE.sub("", text))


def _beads(item: CheckInput) -> list[Bead]:
    """The alignment as the article's language pair's calibrated margins decide it."""
    assert item.attribution is not None
    return for_language(item.attribution.alignment, item.lang, item.source_text_lang)


def _clip(text: str, n: int = 80) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
