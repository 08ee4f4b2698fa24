"""A name said as its own language says it, or as the press of another script hears its local form, is rendered,
not dropped: readings of a name's native spelling (ICU IPA transforms) and the sound of the word in its slot."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pytest

from mt_audit.checks.entities.rendering import slot_heard
from mt_audit.entity_forms import loose_skeleton, native_rendered
from mt_audit.languages import native_readings


@pytest.mark.parametrize(
    ("name", "press", "heard"),
    [
        ("Košice", "كوشيتسه", True),  # Slovak "š", "c" said "sh", "ts"
        ("Kraków", "كراكوف", True),  # Polish final "w" said "f"
        ("Poznań", "بوزنان", True),
        ("Košice", "كيمبريدج", False),  # another place
    ],
)
def test_native_reading_spells_the_press_form(name: str, press: str, heard: bool) -> None:
    assert any(native_rendered(r, [press]) for r in native_readings(name)) is heard


@pytest.mark.parametrize("name", ["Berlin", "Szczecin", "Cologne", "42"])
def test_no_reading_for_english_letters(name: str) -> None:
    assert native_readings(name) == ()


def test_reading_is_the_native_sound_not_the_english_letters() -> None:
    readings = native_readings("Košice")
    assert readings and all(loose_skeleton(r) != loose_skeleton("Kosice") for r in readings)


def _embed(pairs: dict[str, str]) -> Callable[[Sequence[str]], np.ndarray]:
    """A word embedding where each word of ``pairs`` shares the vector of the word it maps to."""
    rng = np.random.default_rng(7)
    basis: dict[str, np.ndarray] = {}

    def embed(words: Sequence[str]) -> np.ndarray:
        rows = []
        for w in words:
            key = pairs.get(w, w)
            if key not in basis:
                basis[key] = rng.normal(size=64)
            v = basis[key]
            rows.append(v / np.linalg.norm(v))
        return np.array(rows)

    return embed


ENGLISH = ["Fans", "in", "Cologne", "cheered", "the", "team"]


@pytest.mark.parametrize(
    ("words", "pairs", "heard"),
    [
        (["쾰른의", "팬들이", "팀을", "응원했다"], {"쾰른의": "cologne"}, True),  # German "Köln", WordNet's "koln"
        (["ケルンの", "ファンが", "応援した"], {"ケルンの": "cologne"}, True),
        (["베를린의", "팬들이", "팀을", "응원했다"], {"베를린의": "cologne"}, False),  # aligned, sounds otherwise
        (["Kölner", "팬들이", "팀을", "응원했다"], {"Kölner": "cologne"}, False),  # Latin: compared elsewhere
        (["팬들이", "팀을", "응원했다"], {}, False),  # dropped
    ],
)
def test_slot_heard(words: list[str], pairs: dict[str, str], heard: bool) -> None:
    got = slot_heard(["cologne"], "Cologne", ENGLISH, words, _embed({**pairs, "팬들이": "fans", "응원했다": "cheered"}))
    assert got is heard
