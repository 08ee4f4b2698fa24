"""Round 17: articles whose script the embedding model cannot read, aligned by length and shared anchors.

Tibetan ends clauses and sentences with the shad, which Unicode calls no sentence terminator, so an article was
one sentence a paragraph; and with every letter the model's unknown token, no omission, addition or number check
had an alignment to read. Sentences now break at the shad, and an alignment by length (Gale and Church) and shared
figures and Latin-script names lets those checks run, declared degraded. Where the model reads weakly, a changed
figure no longer leaves two translated sentences over (a square gap paired in order), and a short closing question
or an inserted line no longer hides inside a merge bead.
"""

from __future__ import annotations

import numpy as np
import pytest

from mt_audit.align import _length_norm
from mt_audit.align_length import anchors_of, length_alignment
from mt_audit.align_strays import unfold_strays
from mt_audit.anchors import anchored_gaps
from mt_audit.checks import CHECKS
from mt_audit.checks.coverage import without_embeddings
from mt_audit.languages import clause_stops
from mt_audit.segment import segment
from mt_audit.types import Bead

#: Five English sentences with figures and a name, and stand-ins for their translation: letters of a script
#: the model cannot read, each sentence half as long again as its source, the figures and the name kept.
SOURCE = [
    "Cyclone Dineo hit the port city of Beira on Thursday with winds of 180 kilometres per hour.",
    "More than 250 millimetres of rain fell in two days and flooded roads and fields.",
    "Aid agencies say about half a million people need food and clean water.",
    "The water came into our house in minutes, said a fisherman.",
    "How many more storms can the coast survive in the next 20 years?",
]
ARTICLE = [
    "ཀ" * 120 + " 180 Beira ཀཀ།",
    "ཁ" * 100 + " 250 ཁཁ།",
    "ག" * 100 + "།",
    "“" + "ང" * 80 + "” ངང།",
    "ཅ" * 80 + " 20 ཅཅ?",
]
#: An article of another story: other figures, no name of this one.
UNRELATED = ["ཀ" * 120 + " 37 ཀ།", "ཁ" * 100 + " 4100 ཁ།", "ག" * 100 + "།", "ང" * 80 + "།", "ཅ" * 80 + " 66 ཅ།"]


def _without(k: int) -> list[str]:
    return ARTICLE[:k] + ARTICLE[k + 1 :]


def _with(k: int, extra: str) -> list[str]:
    return ARTICLE[:k] + [extra] + ARTICLE[k:]


@pytest.mark.parametrize(
    ("article", "left_out", "added"),
    [
        (ARTICLE, [], []),  # a faithful translation: every sentence paired
        (_without(1), [1], []),  # a sentence dropped: the source sentence with no partner
        (_without(2), [2], []),
        (_with(2, "ཞ" * 110 + "།"), [], [2]),  # a sentence inserted: the article sentence with no partner
        (_with(4, "ཞ" * 100 + "།"), [], [4]),
    ],
)
def test_length_alignment_finds_dropped_and_added_sentences(
    article: list[str], left_out: list[int], added: list[int]
) -> None:
    al = length_alignment(SOURCE, article)
    assert al is not None
    assert [i for b in al.beads if not b.tgt for i in b.src] == left_out
    assert [j for b in al.beads if not b.src for j in b.tgt] == added


@pytest.mark.parametrize(
    ("article", "aligned"),
    [
        (ARTICLE, True),
        (UNRELATED, False),  # no figure or name of the source: no evidence it translates it
        (["ཀ" * 120 + "།"] * 5, False),  # no anchor at all
    ],
)
def test_length_alignment_needs_anchors_of_the_source(article: list[str], aligned: bool) -> None:
    assert (length_alignment(SOURCE, article) is not None) is aligned


@pytest.mark.parametrize(
    ("text", "tokens", "marks"),
    [
        ("Winds of 180 km/h hit Beira?", {"#180", "Beira", "Winds"}, {"?"}),  # capitals are names or starts
        ("ཆུ་ཚོད་རེར་ 1,200 ཡི། Beira", {"#1200", "Beira"}, set()),
        ("風速180公里！", {"#180"}, {"!"}),
        ("“ཆུ་སྐར་མ།”", set(), {"quote"}),
        ("the lake rose by 5 metres", set(), set()),  # a small word and a one-digit figure tie nothing
    ],
)
def test_anchors(text: str, tokens: set[str], marks: set[str]) -> None:
    found = anchors_of(text)
    assert set(found.tokens) == tokens
    assert set(found.marks) == marks


@pytest.mark.parametrize(
    ("lang", "stop"),
    [("bo", "།"), ("dz", "།"), ("en", ""), ("zh", ""), ("hi", ""), ("ce", ""), ("xx", "")],
)
def test_clause_stops(lang: str, stop: str) -> None:
    assert (stop in clause_stops(lang)) if stop else clause_stops(lang) == ""


@pytest.mark.parametrize(
    ("text", "lang", "n"),
    [
        ("ཆར་པ་བབས་པ་རེད། རོགས་སྐྱོར་ལས་ཁུངས་ཁག་གིས་བཤད།", "bo", 2),  # the shad and a space end a sentence
        ("ཆར་པ་བབས་པ་རེད།", "bo", 1),
        ("It rained. Aid came.", "en", 2),
        ("下雨了。援助来了。", "zh", 2),
        ("Дождь шёл. Помощь пришла.", "ce", 2),
    ],
)
def test_segmentation_at_the_shad(text: str, lang: str, n: int) -> None:
    assert len(segment(text, lang)) == n


@pytest.mark.parametrize(
    ("by_length", "runs", "degraded", "cannot_run"),
    [
        (True, {"omission", "addition"}, {"omission", "addition"}, {"source-mismatch", "mistranslation"}),
        (False, set(), set(), {"source-mismatch", "omission", "addition", "mistranslation"}),
    ],
)
def test_blind_articles_run_the_pair_checks_degraded(
    by_length: bool, runs: set[str], degraded: set[str], cannot_run: set[str]
) -> None:
    embedding = {"source-mismatch", "omission", "addition", "mistranslation"}
    record: dict = {"degraded": [], "cannot_run": []}
    kept = without_embeddings(list(CHECKS.values()), record, by_length)
    assert {c.name for c in kept} & embedding == runs
    assert {d["check"] for d in record["degraded"]} & embedding == degraded
    assert {d["check"] for d in record["cannot_run"]} == cannot_run


#: Five sources, five article sentences: the article's pairs on the diagonal at 0.83, unrelated sentences 0.76.
def _sims(n: int = 5, m: int = 5) -> np.ndarray:
    sims = np.full((n, m), 0.76)
    for k in range(min(n, m)):
        sims[k, k] = 0.83
    return sims


def _stray_case(kind: str) -> tuple[list[Bead], np.ndarray, list[Bead]]:
    """(beads, similarities, expected beads) of a merge with a stray part, or of a genuine merge."""
    ones = [Bead((k,), (k,), 0.83) for k in range(3)]
    if kind == "dropped question":  # source 4, a closing question nearer article sentence 2, joined to 3
        sims = _sims(5, 4)
        sims[4] = [0.78, 0.79, 0.80, 0.785]
        return ones + [Bead((3, 4), (3,), 0.85)], sims, ones + [Bead((3,), (3,), 0.83), Bead((4,), (), None)]
    if kind == "inserted line":  # article sentence 3 inserted, nearer source 0, joined to 3-4
        sims = _sims(4, 5)
        sims[:, 3] = [0.81, 0.77, 0.77, 0.78]
        sims[3, 4] = 0.83
        out = ones + [Bead((), (3,), None), Bead((3,), (4,), 0.83)]
        return ones + [Bead((3,), (3, 4), 0.84)], sims, out
    sims = _sims(4, 5)  # a source sentence translated as two: both halves nearest their source
    sims[:, 3] = [0.76, 0.76, 0.77, 0.82]
    sims[3, 4] = 0.80
    return ones + [Bead((3,), (3, 4), 0.84)], sims, ones + [Bead((3,), (3, 4), 0.84)]


@pytest.mark.parametrize("kind", ["dropped question", "inserted line", "genuine merge"])
def test_a_merge_leaves_its_stray_part_over(kind: str) -> None:
    beads, sims, expected = _stray_case(kind)
    assert [(b.src, b.tgt) for b in unfold_strays(beads, sims)] == [(b.src, b.tgt) for b in expected]


@pytest.mark.parametrize(
    ("figure", "cross", "paired"),
    [
        ("58", 0.79, True),  # a changed figure: two translated sentences left over, each the other's nearest
        ("50", 0.79, True),
        ("58", 0.83, False),  # crossed pairs as near: no order to trust
    ],
)
def test_a_square_gap_is_paired_in_order(figure: str, cross: float, paired: bool) -> None:
    src = ["A" * 100, "B" * 80, f"Flood within 50 km {'x' * 60}", "C" * 70, "D" * 90]
    art = ["a" * 110, "b" * 88, f"Flut {figure} km {'y' * 72}", "c" * 77, "d" * 99]
    sims = _sims()
    sims[2, 2], sims[3, 3], sims[2, 3], sims[3, 2] = 0.81, 0.81, cross, 0.76
    beads = [Bead((0,), (0,), 0.83), Bead((1,), (1,), 0.83), Bead((), (2,), None), Bead((), (3,), None)]
    beads += [Bead((2,), (), None), Bead((3,), (), None), Bead((4,), (4,), 0.83)]
    out = anchored_gaps(beads, sims, 0.74, (src, art))
    assert all(b.src and b.tgt for b in out) is paired


@pytest.mark.parametrize(
    ("article_lengths", "unfolded"),
    [
        ((100, 90, 110, 70, 30), False),  # the article broke source 3 in two: together they fit its length
        ((100, 90, 110, 60, 100), True),  # a whole inserted line beside the translation: the pair alone fits
    ],
)
def test_a_stray_part_needs_the_length_evidence(article_lengths: tuple[int, ...], unfolded: bool) -> None:
    beads, sims, _ = _stray_case("inserted line")
    weights = (np.array([100.0, 90.0, 110.0, 100.0]), np.array(article_lengths, dtype=float))
    out = unfold_strays(beads, sims, (False, False), weights, _length_norm(beads, *weights))
    assert (len(out) == len(beads) + 1) is unfolded
