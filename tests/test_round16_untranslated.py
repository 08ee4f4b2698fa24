"""Round 16: copies into languages without a frequency list weighed by most of their kin, and base forms of
inflected source words read as the article language's cognates."""

from __future__ import annotations

import pytest

from mt_audit.checks.foreign import _foreign_runs, _source_base
from mt_audit.language_words import kin_disown, source_own
from mt_audit.lexicon import available, has_frequencies

pytestmark = pytest.mark.skipif(not has_frequencies("de"), reason="wordfreq lists missing")


@pytest.mark.parametrize(
    ("word", "kin", "own"),
    [
        ("harbour", ("de", "fr", "it"), True),  # most kin write it ten times less often than English
        ("show", ("de", "fr", "it"), False),  # German and Italian write the loan within ten times
        ("local", ("es", "ca"), False),  # a word of the kin themselves
        ("volume", ("es", "ca", "pt"), False),  # Portuguese writes it as often as English: a cognate
        ("volume", ("es", "ca"), True),  # without Portuguese, no kin writes it
        ("harbour", (), True),  # no kin to say otherwise
    ],
)
def test_kin_disown_takes_most_kin_and_any_cognate(word: str, kin: tuple[str, ...], own: bool) -> None:
    assert kin_disown(word, "en", kin) is own


def test_kin_disown_counts_each_list_once() -> None:
    for word in ("harbour", "garden", "show"):
        assert kin_disown(word, "en", ("nb", "nn", "no")) is kin_disown(word, "en", ("nb",))


@pytest.mark.parametrize(
    ("word", "lang", "own"),
    [
        ("harbour", "rm", True),  # Romansh: German, French and Italian write it about ten times less often
        ("meadow", "lb", True),
        ("show", "rm", False),  # two of Romansh's kin have the loan
        ("internet", "rm", False),  # the world's word
    ],
)
def test_source_own_unlisted(word: str, lang: str, own: bool) -> None:
    assert source_own(word, "en", lang) is own


@pytest.mark.parametrize(
    ("word", "source", "base"),
    [
        ("Astronomer", "Astronomers believe the comet is new.", True),
        ("teacher", "The teachers went home.", True),
        ("Astronomers", "Astronomers believe the comet is new.", False),  # the copy itself
        ("teachers", "The teacher went home.", False),  # more inflected than the source: no base form
        ("comet", "Astronomers believe the comet is new.", False),
    ],
)
def test_source_base(word: str, source: str, base: bool) -> None:
    if not available():
        pytest.skip("WordNet missing")
    assert _source_base(word, source) is base


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Astronomer mener, at kometen er ny.", False),  # the Danish plural, the source's word inflected its way
        ("Astronomers mener, at kometen er ny.", True),  # the English form copied as given
    ],
)
def test_base_form_of_source_word_is_no_copy(text: str, flagged: bool) -> None:
    if not available():
        pytest.skip("WordNet missing")
    source = "Astronomers believe the comet is new."
    runs = _foreign_runs(text, "da", "en", ((0, len(text)),), frozenset(), (source,))
    assert bool(runs) is flagged
