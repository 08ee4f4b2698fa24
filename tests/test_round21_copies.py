"""Round 21 (issue 12): copied and spun English words where the article's language has no frequency list.

Every sentence here was written for these tests. A kin's core word, a word the script's languages write among
their core words, and a word the article declines elsewhere are the language's own; a spinner's swap is found
beside a strict synonym at a narrower gap, or as the source word in another English spelling; a doubled word the
article also writes alone is a reduplication where nothing says whether the language reduplicates.
"""

from __future__ import annotations

import pytest
from support import UNTRANSLATED_SPINNER, category_spans, spans

from mt_audit.checks.copied import copied_word_foreign, declined_here
from mt_audit.language_words import kin_core, kin_disown, world_core

UNTRANSLATED = "accuracy/untranslated"
SPINNER = "accuracy/spinner-substitution"


@pytest.mark.parametrize(
    ("lang", "article", "source", "expected"),
    [
        # Sardinian "area": Italian's core word (its kin), though Spanish, the stand-in lingua reads, writes "área".
        (
            "sc",
            "Sos pastores de sa bidda ant naradu chi s'area est prena de abba. Sa tzitade est a tesu e sos camineras "
            "sunt serradas.",
            "The village shepherds said that the area is full of water. The city is far away and the roads are closed.",
            [],
        ),
        # Words the script's large lists write among their core words: the letters must read English plainly.
        ("cy", "Chwaraeodd y band yn yr ŵyl neithiwr.", "The band played at the festival last night.", []),
        (
            "et",
            "Minister ütles, et plaan maksab miljon eurot.",
            "The minister said the plan costs a million euros.",
            [],
        ),
        # The article declines the copy elsewhere ("artistid"): Estonian's own word.
        (
            "et",
            "See artist elab Tallinnas. Artistid esinevad suvel pargis.",
            "This artist lives in Tallinn. The performers appear in the park in summer.",
            [],
        ),
        # Still untranslated: a word English alone writes ("time"), its kin ten times less often.
        (
            "hsb",
            "W tym time su ludźo do města přišli.",
            "At that time people came to the town.",
            [(UNTRANSLATED, "time")],
        ),
        # A strict synonym over five times rarer in every kin than in English: a swap ("haven" for "harbour").
        (
            "hsb",
            "Rybarjo su swoje čołmy w haven přiwjazali.",
            "The fishermen tied their boats in the harbour.",
            [(SPINNER, "haven")],
        ),
        # The source word in another English spelling, left untranslated: the engine was handed other text.
        ("rn", "Amato yari mu harbor ijoro ryose.", "The boats were in the harbour all night.", [(SPINNER, "harbor")]),
        # ... but a spelling the language writes as its own is the word itself,
        ("nl", "Het meer is 20 millimeter gestegen.", "The lake rose by 20 millimetres.", []),
        # ... and a word a letter from a source word is another word, no respelling (German "plant": plans).
        ("de", "Die Stadt plant neue Häuser am Fluss.", "The city plans new houses by the river.", []),
    ],
)
def test_unlisted_copies_and_swaps(lang: str, article: str, source: str, expected: list[tuple[str, str]]) -> None:
    assert category_spans(UNTRANSLATED_SPINNER, article, lang, source) == expected


@pytest.mark.parametrize(
    ("low", "text", "expected"),
    [
        ("artist", "See artist elab Tallinnas. Artistid esinevad suvel.", True),  # Estonian plural
        ("band", "Mae'r band yn chwarae. Mae'r bandiau yn chwarae.", True),  # Welsh plural
        ("artist", "See artist elab Tallinnas. The artists came.", False),  # an English plural says nothing
        ("artist", "See artist elab Tallinnas.", False),  # written once
        ("job", "Huwa sab job. Il-jobbi huma ġodda.", False),  # three letters: too short to tell
    ],
)
def test_declined_here(low: str, text: str, expected: bool) -> None:
    assert declined_here(low, text, "en") is expected


@pytest.mark.parametrize(
    ("low", "kin", "expected"),
    [
        ("area", ("it", "es"), False),  # Italian's core word, within ten times of English
        ("job", ("fr", "it"), True),  # French at its core bar, yet ten times rarer than English: leaked
        ("time", ("de", "pl"), True),
    ],
)
def test_kin_disown_core_words(low: str, kin: tuple[str, ...], expected: bool) -> None:
    assert kin_disown(low, "en", kin) is expected


@pytest.mark.parametrize(
    ("low", "expected"),
    [("band", True), ("minister", True), ("artist", False), ("harbour", False)],
)
def test_world_core(low: str, expected: bool) -> None:
    assert world_core(low, "en") is expected


def test_kin_core_reads_the_article_kin() -> None:
    text = "Sos pastores de sa bidda ant naradu chi s'area est prena de abba. Sa tzitade est a tesu."
    assert kin_core("area", "sc", "en", text)
    assert not copied_word_foreign("area", "sc", "en", text)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # Bambara has no doubling data: "kelen kelen" (each) beside "kelen" (one) is the language's own form.
        ("bm", "Muso kelen kelen bɛ na ni ji ye. Cɛ kelen tun bɛ yen.", []),
        # Doubled once and written nowhere else alone: still a slip where nothing says the language doubles words.
        ("bm", "Muso kelen kelen bɛ na ni ji ye.", ["kelen kelen"]),
        ("sq", "Qeveria miratoi miratoi ligjin e ri.", ["miratoi miratoi"]),
    ],
)
def test_doubled_word_written_alone(lang: str, text: str, expected: list[str]) -> None:
    assert spans("repetition", text, lang) == expected
