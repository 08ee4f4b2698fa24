"""Names, round 20: a place's name made only of generic words ("Baltic Sea", both words parts names reword) is
read by its core, the word WordNet lists alone for it ("Baltic"), so the language's own name for it ("Østersøen",
"Östersjön", "Oostzee": an "East Sea") may stand in its slot as other places' own names do; a sentence that writes
no such name still lost it."""

from __future__ import annotations

import pytest
from support import emitted

MISMATCH = "accuracy/entity-mismatch"
FISHERMEN = "Fishermen on the Baltic Sea say the cod have almost disappeared since 2010."


@pytest.mark.parametrize(
    ("lang", "article", "expected"),
    [
        ("da", "Fiskere på Østersøen siger, at torsken næsten er forsvundet siden 2010.", []),
        ("sv", "Fiskare på Östersjön säger att torsken nästan har försvunnit sedan 2010.", []),
        ("nl", "Vissers op de Oostzee zeggen dat de kabeljauw sinds 2010 bijna verdwenen is.", []),
        ("nb", "Fiskere på Østersjøen sier at torsken nesten har forsvunnet siden 2010.", []),
        ("fi", "Kalastajat Itämerellä sanovat, että turska on lähes kadonnut vuodesta 2010.", []),
        # no capitalised word nothing else accounts for: the name was dropped
        ("da", "Fiskere siger, at torsken næsten er forsvundet siden 2010.", [MISMATCH]),
        ("nl", "Vissers zeggen dat de kabeljauw sinds 2010 bijna verdwenen is.", [MISMATCH]),
    ],
)  # fmt: skip
def test_a_sea_by_its_own_name(lang: str, article: str, expected: list[str]) -> None:
    assert [f.category for f in emitted("entities", article, lang, source=FISHERMEN)] == expected
