"""Spinner swaps found from source evidence: English words the aligned source does not have."""

from __future__ import annotations

import pytest

from mt_audit.checks import CHECKS, make_input, run_checks

MARKET = "The farmers sold their harvest at the market on Friday."


@pytest.mark.parametrize(
    ("lang", "article", "source", "expected"),
    [
        # A leaked English word the scan lets pass, close in WordNet to a source word the article lacks.
        ("fr", "Les enfants ont joué près de la river tout l'après-midi.",
         "The children played near the stream all afternoon.", [("river", "stream")]),
        # A capitalised swap of a source sentence's first word keeps its capital; a name anchors nothing.
        ("ko", "Automobiles는 여기서 비싸다.", "Cars are expensive here.", [("Automobiles", "cars")]),
        ("ko", "Samsung은 여기서 비싸다.", "Cars are expensive here.", []),
        # After a capitalised opener of the article's own language.
        ("vi", "Các Vessels ở đây rất đắt.", "Boats are expensive here.", [("Vessels", "boats")]),
        ("vi", "Những Automobiles ở đây rất đắt.", "Cars are expensive here.", [("Automobiles", "cars")]),
        ("vi", "Những Business Insider ở đây rất đắt.", "Cars are expensive here.", []),
        ("ja", "今年はright２年生が活躍した。", "This year the powerful second-year students did well.",
         [("right", "powerful")]),
        # An English word the whole source lacks, alone in the sentence: the MT was given other text.
        ("fr", "Les agriculteurs ont vendu leur umbrella au marché vendredi.", MARKET, [("umbrella", "")]),
        ("fr", "Les agriculteurs ont vendu leur récolte au marché vendredi.", MARKET, []),
        # The source's own word, or an inflection of it, is untranslated, not a swap.
        ("fr", "Les agriculteurs ont vendu leur harvests au marché vendredi.", MARKET, []),
    ],
)  # fmt: skip
def test_spinner_from_source_evidence(lang: str, article: str, source: str, expected: list[tuple[str, str]]) -> None:
    found = CHECKS["spinner"](make_input(article, lang, source=source))
    assert [(f.span, f.source_span) for f in found] == expected
    assert all(f.category == "accuracy/spinner-substitution" for f in found)


def test_a_stranger_is_reported_once_as_a_spinner_swap() -> None:
    item = make_input("Les agriculteurs ont vendu leur umbrella au marché vendredi.", "fr", source=MARKET)
    found = run_checks(item, [CHECKS["untranslated"], CHECKS["spinner"]])
    assert [(f.category, f.span) for f in found] == [("accuracy/spinner-substitution", "umbrella")]


@pytest.mark.parametrize(
    ("lang", "article"),
    [("de", "Das Team nutzt das Internet."), ("fr", "L'équipe utilise internet."), ("es", "El equipo usa internet.")],
)
def test_loanwords_are_no_strangers(lang: str, article: str) -> None:
    """Words the target language has adopted stay unreported though the source lacks them."""
    assert CHECKS["spinner"](make_input(article, lang, source="The group works from home.")) == []


@pytest.mark.parametrize(
    ("lang", "article", "source", "expected"),
    [
        # An inflection rarer than its base form, in Latin letters in a Cyrillic text, is English all the same.
        ("ru", "Она tidies комнату каждое утро.", "She cleans the room every morning.", [("tidies", "cleans")]),
        # A word rare in the target that would be untranslated were it copied: a swap when its synonym is the source's.
        ("nl", "De kinderen speelden bij de brook achter het huis.",
         "The children played by the creek behind the house.", [("brook", "creek")]),
        ("nl", "De kinderen speelden bij de beek achter het huis.",
         "The children played by the creek behind the house.", []),
        # An inflection rarer than the ordinary-word bar whose base form clears it.
        ("fr", "Le pêcheur hauls ses filets sur la plage chaque matin.",
         "The fisherman drags his nets onto the beach every morning.", [("hauls", "drags")]),
    ],
)  # fmt: skip
def test_spinner_on_rare_and_inflected_words(
    lang: str, article: str, source: str, expected: list[tuple[str, str]]
) -> None:
    found = CHECKS["spinner"](make_input(article, lang, source=source))
    assert [(f.span, f.source_span) for f in found] == expected


def _toy_embed(near: dict[str, str]):
    """A word-vector stand-in: each word its own axis, a word in ``near`` almost on its partner's axis."""
    import numpy as np

    axes: dict[str, int] = {}

    def encode(texts):
        rows = []
        for t in texts:
            key = near.get(t, t)
            v = np.zeros(64, dtype=np.float32)
            v[axes.setdefault(key, len(axes) % 63)] = 1.0
            v[63] = 0.2 if t in near else 0.0
            rows.append(v / np.linalg.norm(v))
        return np.stack(rows)

    return encode


FLEET = "The council bought twelve new cars for the city police."


@pytest.mark.parametrize(
    ("near", "expected"),
    [
        # WordNet links no sense of "vehicles" and "cars"; the word vectors name the replaced word.
        ({"vehicles": "cars"}, [("vehicles", "cars")]),
        # Nothing near: the word the source lacks is still reported, without a replaced word.
        ({}, [("vehicles", "")]),
    ],
)
def test_embedding_names_the_word_wordnet_does_not(near: dict[str, str], expected: list[tuple[str, str]]) -> None:
    article = "Le conseil a acheté douze vehicles neufs pour la police de la ville."
    found = CHECKS["spinner"](make_input(article, "fr", source=FLEET, embed=_toy_embed(near)))
    assert [(f.span, f.source_span) for f in found] == expected


def test_a_lower_case_english_noun_swapped_in_german() -> None:
    item = make_input("Die Schüler schreiben morgen einen essay.", "de", source="The pupils write a test tomorrow.")
    assert [(f.span, f.source_span) for f in CHECKS["spinner"](item)] == [("essay", "test")]


INDUSTRY = "The government strongly supports the film industry."
LETTER_HEAD = "Put the date under the head of each letter."


@pytest.mark.parametrize(
    ("lang", "article", "source", "expected"),
    [
        # A lemma of its own that WordNet also derives from a source word ("heading" from "head"): MT copies a
        # word as written, a thesaurus lists the noun beside it. An inflection of the source's word is a copy.
        ("fr", "Mettez la date sous le heading de chaque lettre.", LETTER_HEAD, [("heading", "head")]),
        ("fr", "Mettez la date sous le heads de chaque lettre.", LETTER_HEAD, []),
        # A swap glued to a word of the article's language, in either case.
        ("de", "Die Regierung fördert die moviebranche stark.", INDUSTRY, [("moviebranche", "film")]),
        ("de", "Die Regierung fördert die Moviebranche stark.", INDUSTRY, [("Moviebranche", "film")]),
        ("de", "Die Regierung fördert die Filmbranche stark.", INDUSTRY, []),
        # A three-letter English word the language writes ten times less often: a leak, with a strict synonym.
        ("es", "Compraron un car nuevo ayer.", "They bought a new automobile yesterday.", [("car", "automobile")]),
        ("es", "Compraron un coche nuevo ayer.", "They bought a new automobile yesterday.", []),
    ],
)  # fmt: skip
def test_spinner_derived_glued_and_short_swaps(
    lang: str, article: str, source: str, expected: list[tuple[str, str]]
) -> None:
    found = CHECKS["spinner"](make_input(article, lang, source=source))
    assert [(f.span, f.source_span) for f in found] == expected


def test_a_derived_swap_is_reported_once_as_a_spinner_swap() -> None:
    item = make_input("Mettez la date sous le heading de chaque lettre.", "fr", source=LETTER_HEAD)
    found = run_checks(item, [CHECKS["untranslated"], CHECKS["spinner"]])
    assert [(f.category, f.span) for f in found] == [("accuracy/spinner-substitution", "heading")]


STREAM = "The fishermen went out early. The stream rose quickly overnight. Everyone stayed home."


@pytest.mark.parametrize(
    ("beads", "expected"),
    [
        # The swap lower-cased a sentence's first word and glued it to the sentence before; the source sentence
        # left unaligned beside that pair holds the replaced word.
        ([([0], [0]), ([1], []), ([2], [1])], [("brook", "stream")]),
        # Rendered elsewhere, it is no part of this pair's source: a swap without the replaced word.
        ([([0], [0]), ([1, 2], [1])], [("brook", "")]),
    ],
)
def test_a_dropped_source_sentence_beside_a_pair_is_read_with_it(beads, expected) -> None:
    article = "Fiskarna gav sig ut tidigt. brook steg snabbt under natten. Alla stannade hemma."
    item = make_input(article, "sv", source=STREAM, beads=beads)
    assert len(item.sentences) == 2
    assert [(f.span, f.source_span) for f in CHECKS["spinner"](item)] == expected
