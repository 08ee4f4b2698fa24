"""Round 19: brands of everyday words translated word for word, found where they were missed on the twelfth planted set.

- A picture before an institution's head may be a point of the land ("White Peak Institute": a peak is a
  topographic point, not a thing of nature in WordNet): the head no longer excuses its words' translation
  (``entity_literal.concrete``).
- The phrase read as the name is the best scored of those near it: a wider phrase taking in the verb may score a
  little higher and fall short of :data:`MIN_COSINE` (``entity_literal.literal_reading``).
- Where every noun has a capital, a hyphenated compound of two capitalised parts has a name's shape
  ("Nordwind-Genossenschaft", ``entity_literal.name_cased``): the name translated there is literal, not dropped.
- Where a name would be told dropped and the embedder reads the language weakly, the phrase read as the name with a
  lead that shrinks with how well it reads is its words translated (``LiteralNames.weak_margin``, ``weak_literal``);
  where it reads nothing, no smaller lead is afforded.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from types import SimpleNamespace

import numpy as np
import pytest

from mt_audit import lexicon
from mt_audit.checks.base import make_input
from mt_audit.checks.entities import entities
from mt_audit.checks.entities.literal_names import READ_GAP, UNREAD_GAP, LiteralNames
from mt_audit.entity_literal import MIN_COSINE, MIN_MARGIN, brand_like, concrete, literal_reading, name_cased

pytestmark = pytest.mark.skipif(not lexicon.available(), reason="WordNet not installed")

LITERAL, MISMATCH = "accuracy/entity-literal", "accuracy/entity-mismatch"


@pytest.mark.parametrize(
    "name, expected",
    [
        ("White Peak Institute", True),  # a colour and a point of the land: a picture, kept as a brand
        ("Silver Summit Foundation", True),
        ("White Crest Council", True),  # a state's body too, named by a picture
        ("Golden Crest Union", True),  # guards: as before
        ("Silver Valley Bank", True),  # a thing of nature
        ("Central Election Commission", False),  # words that say what it does: translated
        ("Road Safety Agency", False),
        ("National Bird Council", False),
        ("High Court", False),  # two words: a head and its qualifier
        ("Red Cross", False),
    ],
)
def test_a_point_of_the_land_is_a_picture(name: str, expected: bool) -> None:
    assert brand_like(tuple(name.split())) is expected


@pytest.mark.parametrize(
    "key, expected",
    [
        ("peak", True),  # the top of a mountain
        ("summit", True),
        ("crest", True),
        ("meadow", True),  # guards: a piece of land, a thing of nature
        ("river", True),
        ("election", False),
        ("safety", False),
        ("water", False),  # first a substance
        ("worker", False),  # first a person
    ],
)
def test_concrete(key: str, expected: bool) -> None:
    assert concrete(key) is expected


@pytest.mark.parametrize(
    "text, reading, expected",
    [
        ("Der Verband der Hirten, die Nordwind-Genossenschaft, hat geklagt.", "Nordwind-Genossenschaft", True),
        ("Die Daten veröffentlicht das Weißgipfel-Institut seit 1950.", "Weißgipfel-Institut", True),
        ("Der Verband der Hirten, die Nordwind Genossenschaft, hat geklagt.", "Nordwind Genossenschaft", True),
        ("Der Verband der Hirten, die Genossenschaft, hat geklagt.", "Genossenschaft", False),  # one noun: no name
        ("Der Verband der Hirten, die Nordwind-genossenschaft, hat geklagt.", "Nordwind-genossenschaft", False),
    ],
)
def test_a_hyphenated_compound_has_a_names_shape_where_nouns_are_capitalised(
    text: str, reading: str, expected: bool
) -> None:
    i = text.index(reading)
    assert name_cased(text, i, i + len(reading), nouns=True) is expected


@pytest.mark.parametrize(
    "text, reading",
    [
        ("Ein-Euro-Jobs gibt es hier.", "Ein-Euro-Jobs"),  # the text's opener: any sentence capitalises it
    ],
)
def test_the_opener_is_no_names_capital(text: str, reading: str) -> None:
    i = text.index(reading)
    assert not name_cased(text, i, i + len(reading), nouns=True)


@pytest.mark.parametrize(
    "gap, margin",
    [
        (None, None),  # nothing tells how well it reads
        (0.12, None),  # it reads the language: the usual lead stands
        (READ_GAP, None),
        (READ_GAP / 2, MIN_MARGIN / 2),  # weakly: scores lie closer together
        (UNREAD_GAP, MIN_MARGIN * UNREAD_GAP / READ_GAP),
        (0.02, None),  # nothing (Inuktitut in syllabics): no lead tells
    ],
)
def test_weak_margin_shrinks_with_the_read_gap(gap: float | None, margin: float | None) -> None:
    got = LiteralNames.weak_margin.func(SimpleNamespace(read_gap=gap))  # type: ignore[attr-defined]
    assert got == (None if margin is None else pytest.approx(margin))


# ---------------------------------------------------------------- the reading near the name

DIM = 4096
NAME = "White Peak Institute"
CONTEXT = "The data are published by the , which has measured the glaciers since 1950."
TEXT = "Los datos los publica Instituto Pico Blanco desde 1950 sin pausa."


def axes_embed(named: Mapping[str, tuple[float, float]], text: str, context: str):
    """Vectors with a cosine ``named[t][0]`` with the name's and ``named[t][1]`` with the source sentence's without
    the name (:data:`CONTEXT`), the rest each text's own axis, so that no two texts meet elsewhere. Phrases of the
    source claim half the name; other phrases of the target are 0.5 near it; the whole target is 0.3 near the
    source, and a target with a phrase cut out as near as ``named`` says (0 by default)."""

    def vec(t: str) -> np.ndarray:
        e = np.zeros(DIM, dtype=np.float32)
        if t == NAME:
            e[0] = 1.0
            return e
        if t == " ".join(context.split()):
            e[1] = 1.0
            return e
        a, b = named.get(t, (0.5, 0.0) if t in context else (0.5, 0.3 if t == text else 0.0))
        e[0], e[1] = a, b
        own = 3 + int.from_bytes(hashlib.sha256(t.encode()).digest()[:4], "little") % (DIM - 3)
        e[own] = np.sqrt(max(0.0, 1 - a * a - b * b))
        return e

    def embed(texts: Sequence[str]) -> np.ndarray:
        return np.stack([vec(t) for t in texts])

    return embed


def test_the_reading_is_the_best_phrase_near_the_name() -> None:
    """The phrase with the word after it scores higher (cutting it out leaves the source nearer) but means the name
    less than :data:`MIN_COSINE`: the rendering itself, near enough and leading everything elsewhere, is read."""
    wide, exact = "Instituto Pico Blanco desde", "Instituto Pico Blanco"
    named = {
        wide: (MIN_COSINE - 0.01, 0.0),
        exact: (0.90, 0.0),
        "Los datos los publica 1950 sin pausa.": (0.0, 0.5),  # the wide phrase cut out: it gains 0.2
        "Los datos los publica desde 1950 sin pausa.": (0.0, 0.4),  # the rendering cut out: 0.1
    }
    embed = axes_embed(named, TEXT, CONTEXT)
    r = literal_reading(NAME, NAME.split(), CONTEXT, TEXT, "es", embed, titles=False)
    assert r is not None and TEXT[r.start : r.end] == exact


def test_no_reading_where_no_phrase_is_near_the_name() -> None:
    """A guard: where no phrase means the name enough, nothing is read, however a cut scores."""
    named = {
        "Instituto Pico Blanco desde": (MIN_COSINE - 0.01, 0.0),
        "Instituto Pico Blanco": (MIN_COSINE - 0.02, 0.0),
        "Los datos los publica 1950 sin pausa.": (0.0, 0.5),
        "Los datos los publica desde 1950 sin pausa.": (0.0, 0.4),
    }
    embed = axes_embed(named, TEXT, CONTEXT)
    assert literal_reading(NAME, NAME.split(), CONTEXT, TEXT, "es", embed, titles=False) is None


# ---------------------------------------------------------------- whole articles, read by the bundled model

HERDERS = (
    "Reindeer herders in Lapland say their winter pastures are being lost to new mines and wind farms. "
    "The herders' union, North Wind Cooperative, has taken the case to a court in Helsinki. "
    "The court will hear the case in March."
)
BOOKSHOP = (
    "A bookshop in Florence that opened in 1892 will close at the end of the month. "
    "Its owner, Giulia Ferrante, says the rent has risen to 9,500 euros a month, five times what it was. "
    "The shop holds about 30,000 books, some of them printed before 1900. "
    "A foundation, Old Bridge Books, has offered to buy the building for 2.4 million euros. "
    "Where will the city's readers go when it closes?"
)
#: The bookshop in Manipuri (the twelfth planted set's tune split), the name in the slot left for it: the embedder reads
#: Manipuri weakly (a read gap near 0.05).
BOOKSHOP_MNI = (
    "১৮৯২দা হাংদোকখিবা ফ্লোরেন্সকী লাইরিক দুকান অমা থা অসিগী অরোইবদা থিংজিনগনি। "
    "মসিগী মালিক জুলিয়া ফেরান্তেনা হায়বদি, ভারা অদু থা অমদা য়ুরো ৯,৫০০ ফাওবা হেনগৎলে, মসি হান্নগী মঙা গুণ ওইরে। "
    "দুকান অসিদা লাইরিক ৩০,০০০ নকপা লৈ, মখোয়গী মরক্তা খরা ১৯০০গী মমাংদা নমখিবনি। "
    "ফাউন্দেসন অমা ওইবা {} বিল্দিং অসি য়ুরো লাখ ২৪দা লৌনবা পাউ থাখ্রে। "
    "দুকান অসি থিংজিনলবা মতুংদা সহরগী লাইরিক পাবা মীওইশিং কদায়দা চৎকনি?"
)
GLACIERS = (
    "Glaciologists in Geneva say that Swiss glaciers have lost a quarter of their ice in twenty years. "
    "The data are published by the White Peak Institute, which has measured the glaciers since 1950. "
    "Will there be any ice left in the valley by the end of the century?"
)


@pytest.mark.parametrize(
    "source, lang, article, code, span",
    [
        (
            HERDERS, "de",
            "Rentierhirten in Lappland sagen, dass ihre Winterweiden an neue Minen und Windparks verloren gehen. "
            "Der Verband der Hirten, die Nordwind-Genossenschaft, hat den Fall vor ein Gericht in Helsinki gebracht. "
            "Das Gericht wird den Fall im März verhandeln.",
            LITERAL, "Nordwind-Genossenschaft",
        ),
        (
            HERDERS, "de",  # kept: nothing to tell
            "Rentierhirten in Lappland sagen, dass ihre Winterweiden an neue Minen und Windparks verloren gehen. "
            "Der Verband der Hirten, die North Wind Cooperative, hat den Fall vor ein Gericht in Helsinki gebracht. "
            "Das Gericht wird den Fall im März verhandeln.",
            None, None,
        ),
        (
            HERDERS, "de",  # dropped: missing, not translated
            "Rentierhirten in Lappland sagen, dass ihre Winterweiden an neue Minen und Windparks verloren gehen. "
            "Der Verband der Hirten hat den Fall vor ein Gericht in Helsinki gebracht. "
            "Das Gericht wird den Fall im März verhandeln.",
            MISMATCH, None,
        ),
        (
            GLACIERS, "fr",
            "Selon des glaciologues de Genève, les glaciers suisses ont perdu un quart de leur glace en vingt ans. "
            "Les données sont publiées par l'Institut du Pic Blanc, qui mesure les glaciers depuis 1950. "
            "Restera-t-il de la glace dans la vallée à la fin du siècle ?",
            LITERAL, "Institut du Pic Blanc",
        ),
        (
            GLACIERS, "fr",  # kept
            "Selon des glaciologues de Genève, les glaciers suisses ont perdu un quart de leur glace en vingt ans. "
            "Les données sont publiées par le White Peak Institute, qui mesure les glaciers depuis 1950. "
            "Restera-t-il de la glace dans la vallée à la fin du siècle ?",
            None, None,
        ),
        (
            GLACIERS, "ru",
            "По словам гляциологов из Женевы, швейцарские ледники за двадцать лет потеряли четверть своего льда. "
            "Эти данные публикует Институт Белой Вершины, который измеряет ледники с 1950 года. "
            "Останется ли в долине хоть немного льда к концу века?",
            LITERAL, "Институт Белой Вершины",
        ),
        (BOOKSHOP, "mni", BOOKSHOP_MNI.format("অরিবা থোং লাইরিকশিংনা"), LITERAL, None),  # read weakly, not dropped
        (BOOKSHOP, "mni", BOOKSHOP_MNI.format(""), MISMATCH, None),  # dropped: the slot is empty
        (BOOKSHOP, "mni", BOOKSHOP_MNI.format("ওল্দ ব্রিজ বুক্সনা"), None, None),  # transliterated
    ],
)  # fmt: skip
def test_a_brand_translated_word_for_word_is_literal(
    embedder, source: str, lang: str, article: str, code: str | None, span: str | None
) -> None:
    item = make_input(article, lang, source=source)
    item.embed = embedder.encode  # type: ignore[attr-defined]
    names = ("North Wind Cooperative", "White Peak Institute", "Old Bridge Books")
    found = [f for f in entities(item) if f.source_span in names]
    assert [f.category for f in found] == ([code] if code else [])
    if span is not None:  # the finding and the rendering overlap: "Pic Blanc" of "Institut du Pic Blanc"
        assert span in found[0].span or found[0].span in span
