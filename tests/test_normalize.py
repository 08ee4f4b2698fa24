"""Normalization keeps offsets into the original text and records layout scars."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mt_audit.normalize import INVISIBLE, is_hard_wrapped, normalize

CASES = [
    # (original, normalized text, scar kinds)
    ("Plain text. Nothing to do.", "Plain text. Nothing to do.", []),
    ("Two  spaces here.", "Two spaces here.", ["double-space"]),
    ("  Leading space.", "Leading space.", ["leading-space"]),
    ("Zero\u200bwidth and\u200f bidi.", "Zerowidth and bidi.", ["invisible", "invisible"]),
    ("Line one.\r\nLine two.", "Line one.\nLine two.", []),
    ("Cafe\u0301 au lait.", "Café au lait.", []),
    ("Trailing spaces.   \nNext.", "Trailing spaces.\nNext.", []),
    ("Tab\tinside.", "Tab inside.", ["double-space"]),
    ("ZWNJ stays: می\u200cخواهم", "ZWNJ stays: می\u200cخواهم", []),
]


@pytest.mark.parametrize(("original", "expected", "kinds"), CASES)
def test_normalize_table(original: str, expected: str, kinds: list[str]) -> None:
    norm = normalize(original)
    assert norm.text == expected
    assert [s.kind for s in norm.scars] == kinds


WRAPPED = (
    "This paragraph was set in a narrow column and every line ends\n"
    "where the printer wanted it to end, not where a sentence ends,\n"
    "which is how hard-wrapped text looks when it is copied from a\n"
    "page. Nothing about the words matters here, only the shape.\n"
    "\n"
    "A second paragraph follows after a blank line and it is wrapped\n"
    "in the same way, with lines of nearly the same width each time.\n"
)


def test_hard_wrapped_paragraphs_are_joined() -> None:
    assert is_hard_wrapped(WRAPPED)
    norm = normalize(WRAPPED)
    paragraphs = [p for p in norm.text.split("\n") if p]
    assert len(paragraphs) == 2
    assert paragraphs[0].startswith("This paragraph") and paragraphs[0].endswith("the shape.")
    wraps = [s for s in norm.scars if s.kind == "hard-wrap"]
    assert len(wraps) == 4
    assert all(WRAPPED[s.start : s.end] == "\n" for s in wraps)


def test_one_paragraph_per_line_is_not_hard_wrapped() -> None:
    text = "\n".join(
        [
            "A headline",
            "A long paragraph that goes on and on and on well beyond any print column width, as web text does "
            "when each paragraph is a single line.",
            "Another paragraph, shorter.",
            "And a third one that ends with a full stop.",
            "Fourth.",
        ]
    )
    assert not is_hard_wrapped(text)
    assert normalize(text).text == text


def test_to_original_maps_spans_back() -> None:
    original = "a\u200bb  c\r\nCafe\u0301 x"
    norm = normalize(original)
    assert norm.text == "ab c\nCafé x"
    start = norm.text.index("Café")
    s, e = norm.to_original(start, start + 4)
    assert original[s:e] == "Cafe\u0301"
    s, e = norm.to_original(0, 2)
    assert original[s:e] == "a\u200bb"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)) | st.sampled_from(" \n\t\r\u200b\u200fe\u0301")))
def test_offsets_always_map_into_the_original(text: str) -> None:
    norm = normalize(text)
    starts, ends = norm.offsets()
    assert len(starts) == len(norm.text) == len(ends)
    assert (norm.starts is None) == (norm.text == text)  # offsets are stored only when something was edited
    for i in range(len(norm.text)):
        s, e = norm.to_original(i, i + 1)
        assert 0 <= s <= e <= len(text)
    assert list(starts) == sorted(starts)
    for scar in norm.scars:
        assert 0 <= scar.start <= scar.end <= len(text)
    # nothing but whitespace and invisible controls is removed, up to canonical equivalence
    visible = INVISIBLE.sub("", text)
    assert "".join(unicodedata.normalize("NFD", norm.text).split()) == "".join(
        unicodedata.normalize("NFD", visible).split()
    )
