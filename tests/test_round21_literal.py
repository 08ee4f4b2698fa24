"""Round 21 (issue 12): a brand of everyday words translated word for word, told from one dropped where the
embedder cannot read the slot's words (its length), read where it can (its own claim), and a kind word written by
sound beside translated ones no longer passing for a rendering of the name.

Sentences are written for these tests (none from data/planted)."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from mt_audit.checks.entities.audit import Audit
from mt_audit.checks.entities.literal_names import LiteralNames
from mt_audit.checks.entities.names import DROPPED_SHARE, LITERAL, LITERAL_SHARE, MISMATCH, _absent_finding
from mt_audit.entity_literal import OWN_CLAIM, OWN_LEAD, own_reading

SOURCE = "The old mill was restored by Quiet River Books, a shop that sells maps."
NAME = "Quiet River Books"
#: The source without the name is 54 letters long; the name 17.
REST = len(" ".join(SOURCE.replace(NAME, "").split()))


def _name(text: str = NAME, acronym: bool = False, soft: bool = False) -> SimpleNamespace:
    return SimpleNamespace(text=text, keys=text.lower().split(), acronym=acronym, soft=soft)


def _article(letters: int) -> str:
    """An article sentence of ``letters`` letters in Canadian syllabics, words of five."""
    word = "ᐊᓯᐅᑦᑕ"
    words, rest = divmod(letters + 1, len(word) + 1)
    return " ".join([word] * words + (["ᐅ" * (rest - 1)] if rest > 1 else []))


def _fake(ratio: float | None, weak: bool = True) -> SimpleNamespace:
    return SimpleNamespace(reads_weakly=weak, length_ratio=lambda pair: ratio)


@pytest.mark.parametrize(
    ("ratio", "letters", "share"),
    [
        (1.0, REST + 17, 1.0),  # as long as the whole sentence: the name's words translated
        (1.0, REST, 0.0),  # as long as the sentence without the name: dropped
        (2.0, 2 * REST + 17, 0.5),  # a language writing twice as long, half the name's length kept
        (1.5, int(1.5 * REST), 0.0),
    ],
)
def test_kept_share_measures_the_name_s_length_left(ratio: float, letters: int, share: float) -> None:
    pair = SimpleNamespace(source=SOURCE, article=_article(letters))
    got = LiteralNames.kept_share(_fake(ratio), _name(), pair)  # type: ignore[arg-type]
    assert got == pytest.approx(share, abs=0.06)


@pytest.mark.parametrize(
    ("fake", "name"),
    [
        (_fake(1.0, weak=False), _name()),  # the embedder reads the language: its reading is the witness
        (_fake(None), _name()),  # too few one-to-one beads to know the language's length
        (_fake(1.0), _name("QRB", acronym=True)),
        (_fake(1.0), _name("Maria Lindqvist")),  # a person's name is said by sound, never translated
        (_fake(1.0), _name("American", soft=True)),
    ],
)
def test_kept_share_only_for_a_brand_in_a_language_read_weakly(fake: SimpleNamespace, name: SimpleNamespace) -> None:
    pair = SimpleNamespace(source=SOURCE.replace(NAME, name.text), article=_article(80))
    assert LiteralNames.kept_share(fake, name, pair) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("ratios", "expected"),
    [
        ([((0,), 1.0), ((1,), 1.4), ((2,), 1.2), ((3,), 9.0)], 1.2),  # the bead itself (3,) left out
        ([((0,), 1.0), ((1,), 1.4), ((3,), 9.0)], None),  # two others: too few to say
        ([((0,), 1.1), ((1,), 1.3), ((2,), 1.2), ((4,), 1.25)], 1.225),
    ],
)
def test_length_ratio_is_the_median_of_the_other_one_to_one_beads(
    ratios: list[tuple[tuple[int, ...], float]], expected: float | None
) -> None:
    fake = SimpleNamespace(_bead_ratios=ratios)
    got = LiteralNames.length_ratio(fake, SimpleNamespace(tgt=(3,)))  # type: ignore[arg-type]
    assert got == (pytest.approx(expected) if expected is not None else None)


class _Emit:
    def at(self, start: int, end: int, message: str, **kw: object) -> dict[str, object]:
        return {"start": start, "end": end, "message": message, **kw}


#: One article sentence of three words; a finding covers it without its final stop.
WORDS = "ᐊᓯᐅᑦᑕ ᐊᓯᐅᑦᑕ ᐊᓯᐅᑦᑕ"


def _audit(share: float | None, has_bt: bool = False) -> SimpleNamespace:
    text = WORDS + "."
    item = SimpleNamespace(
        sentences=[SimpleNamespace(start=0, end=len(text), index=0)], norm=SimpleNamespace(text=text)
    )
    return SimpleNamespace(item=item, has_bt=has_bt, kept_share=lambda sn, pair: share)


@pytest.mark.parametrize(
    ("share", "has_bt", "code", "says"),
    [
        (1.0, False, LITERAL, "translated as ordinary words"),
        (LITERAL_SHARE, False, LITERAL, "may have been dropped"),  # the doubt is said
        ((LITERAL_SHARE + DROPPED_SHARE) / 2, False, MISMATCH, "length cannot tell"),
        (DROPPED_SHARE, False, MISMATCH, "the name was dropped."),
        (-0.4, False, MISMATCH, "the name was dropped."),
        (None, False, MISMATCH, "the name was dropped."),  # nothing tells: as before
        (1.0, True, MISMATCH, "the name was dropped."),  # a back-translation reads the words itself
    ],
)
def test_absent_name_told_by_the_length_kept(share: float | None, has_bt: bool, code: str, says: str) -> None:
    f = _absent_finding(_audit(share, has_bt), _Emit(), _name(), SimpleNamespace(tgt=(0,)))  # type: ignore[arg-type]
    assert f["code"] == code
    assert says in f["message"]
    assert (f["start"], f["end"]) == (0, len(WORDS))


def _reading(own: list[float], cos: list[float] | None = None, eligible: list[bool] | None = None):
    spans = [(0, 5), (6, 12), (13, 20), (21, 30)]
    cos_arr = np.array(cos if cos is not None else [0.88] * len(own))
    return own_reading(cos_arr, np.array(own), spans, eligible if eligible is not None else [True] * len(own))


@pytest.mark.parametrize(
    ("own", "eligible", "span"),
    [
        ([0.024, -0.016, -0.02, -0.03], None, (0, 5)),  # nearer the name than the rest of the source, and leading
        ([OWN_CLAIM - 0.005, -0.03, -0.03, -0.03], None, None),  # no clear claim of its own
        ([0.05, 0.03, -0.03, -0.03], None, None),  # another phrase nearly as near: no lead
        ([0.05, -0.03, -0.03, -0.03], [False, True, True, True], None),  # the best is no eligible phrase
        ([-0.03, -0.03, -0.02, 0.02 + OWN_LEAD], None, (21, 30)),
    ],
)
def test_own_reading_needs_its_claim_and_a_lead(
    own: list[float], eligible: list[bool] | None, span: tuple[int, int] | None
) -> None:
    r = _reading(own, eligible=eligible)
    assert (None if r is None else (r.start, r.end)) == span


@pytest.mark.parametrize(
    ("text", "weak", "expected"),
    [
        ("Quiet River Books", True, True),  # "Books" written by sound beside translated words shows no rendering
        ("Quiet River Books", False, False),  # the embedder reads the rest: its reading decides
        ("Blue Origin", True, False),  # two words: a kept word is half the name
        ("Lindqvist Holmberg Partners", True, False),  # no brand of everyday words
    ],
)
def test_kind_head_only(text: str, weak: bool, expected: bool) -> None:
    fake = SimpleNamespace(reads_weakly=weak)
    assert Audit.kind_head_only(fake, _name(text)) is expected  # type: ignore[arg-type]
