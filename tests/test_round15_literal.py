"""Round 15, name-literal: a name translated in a script that writes no spaces between words, and a name
split off its sentence into the article sentence next to the bead."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from mt_audit.checks.entities.literal_names import LiteralNames
from mt_audit.entity_literal import _words, kept


@pytest.mark.parametrize(
    ("phrase", "at_least"),
    [
        ("Quiet Harbor", 2),  # spaced Latin words stay as they are
        ("y'Omugga", 1),  # an elided connector keeps its word whole
        ("ซอฟต์แวร์ท่าเรือเงียบ", 2),  # Thai: no spaces, ICU's dictionary cuts it
        ("静かな港ソフト", 2),  # Japanese likewise
    ],
)
def test_words_cut_unspaced_scripts(phrase: str, at_least: int) -> None:
    got = _words(phrase)
    assert len(got) >= at_least
    assert "".join(got).replace("'", "") == phrase.replace(" ", "").replace("'", "")


@pytest.mark.parametrize(
    ("phrase", "words", "expected"),
    [
        ("Quieta Harborn", ["Quiet", "Harbor"], True),  # the name's words with endings, in order: kept
        ("Puerto Tranquilo", ["Quiet", "Harbor"], False),  # translated
        ("ควายเอทฮาร์เบอร์", ["Quiet", "Harbor"], True),  # transliterated whole, no spaces
        ("ซอฟต์แวร์ท่าเรือเงียบ", ["Quiet", "Harbor", "Software"], False),  # translated, one loanword glued on
    ],
)
def test_kept_reads_words_of_unspaced_scripts(phrase: str, words: list[str], expected: bool) -> None:
    assert kept(phrase, words) is expected


class _Edge(LiteralNames):
    """The edge question with a stub embedding reading: each sentence is four tokens, the reading fixed."""

    def __init__(self, sentences: int, reading: tuple[int, int] | None) -> None:
        self.item = SimpleNamespace(embed=object(), sentences=list(range(sentences)))  # type: ignore[assignment]
        self.reading = reading
        self.asked: list[list[int]] = []

    def art_range(self, sentences):  # type: ignore[no-untyped-def]
        return 4 * min(sentences), 4 * max(sentences) + 4

    def _embedded_literal(self, sn, sentences, used):  # type: ignore[no-untyped-def]
        self.asked.append(list(sentences))
        return self.reading


@pytest.mark.parametrize(
    ("sentences", "bead", "reading", "expected", "first_asked"),
    [
        (3, [1], (9, 12), (9, 12), [1, 2]),  # the name split off into the next sentence
        (3, [1], (0, 3), (0, 3), [1, 2]),  # ... or the one before (asked after the next)
        (3, [1], (4, 6), None, [1, 2]),  # a reading in the bead itself is no edge's: the bead was asked
        (3, [1], (0, 1), None, [1, 2]),  # a phrase inside a whole neighbour sentence is its own
        (1, [0], (0, 1), None, None),  # no neighbour at all
    ],
)
def test_edge_literal_reads_the_neighbour(
    sentences: int, bead: list[int], reading: tuple[int, int], expected: tuple[int, int] | None, first_asked: list[int]
) -> None:
    edge = _Edge(sentences, reading)
    used: set[tuple[int, int]] = set()
    assert edge._edge_literal(SimpleNamespace(), bead, used) == expected  # type: ignore[arg-type]
    assert (expected in used) if expected else not used
    assert (edge.asked[0] if edge.asked else None) == first_asked
