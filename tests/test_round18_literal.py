"""Round 18: a brand of everyday words translated head first, its words linked by particles ("Balitok a Suklay a
Diro", "Tamemt n Umceḍ n Wureɣ"), in a language the embedder reads too weakly to find the phrase, is told by its
shape: a chain of capitalised words standing where the absent name was is the name translated, not dropped
(``literal_spans._chains``, ``LiteralNames._chain_literal``).

The embedding is faked to read nothing (every phrase as far from the name as any other), so these tests need no
model and show that the shape alone decides.
"""

from __future__ import annotations

import pytest
from test_entity_literal import fake_embed  # one fake embedder for the entity-literal tests

from mt_audit import lexicon
from mt_audit.checks.base import make_input
from mt_audit.checks.entities import entities
from mt_audit.checks.entities.literal_spans import _chains
from mt_audit.entities import view

pytestmark = pytest.mark.skipif(not lexicon.available(), reason="WordNet not installed")

LITERAL, MISMATCH = "accuracy/entity-literal", "accuracy/entity-mismatch"
HONEY = "The cooperative Golden Comb Honey now pays its members 2.5 euros for every kilogram they deliver."
RAIL = "The service is run by Silver Line Rail, which bought 22 old carriages in Germany and rebuilt them."
CORALS = "Young corals grown by Blue Tide Research are now being planted on the reef by hand."
#: Two brands in one sentence: a chain standing for one of them could be the other's.
TWO = "The cooperative Golden Comb Honey and Blue Tide Research now pay their members 2.5 euros a kilogram."
#: A second sentence of each article (from the eleventh planted set): faithful pairs beside unrelated ones show how
#: well the embedder reads the language.
SWARM = "A single swarm can cover 40 square kilometres and hold up to 80 million insects."
SWARMS = {
    "ilo": "Ti maysa laeng a bunggoy ket mabalin a mangabbong iti 40 a kilometro kuadrado ken aglaon iti agingga "
    "iti 80 milion nga insekto.",
    "kab": "Yiwen ugraw kan yezmer ad yeṭṭef 40 n yikilumitren uzmir-sin, yerna ad yesɛu alamma d 80 n yimelyunen n "
    "yibeɛɛucen.",
    "hmn": "Ib pab kooj xwb muaj peev xwm npog tau 40 kis lus mev plaub fab thiab muaj txog li 80 lab tus kab.",
    "os": "Иунӕг рӕгъау 40 квадратон километры бӕрц бынат ӕрӕмбӕрзын фӕразы, ӕмӕ дзы вӕййы 80 милуан хъӕндилы онг.",
}


def audited(source: str, lang: str, article: str, name: str, read: bool = False) -> list:
    """The entities check's findings on a two-sentence article, the embedder reading nothing of its language (a
    fake: every phrase as far from the name as any other), or with ``read`` each sentence as its source's."""
    src, art = f"{source} {SWARM}", f"{article} {SWARMS[lang]}"
    item = make_input(art, lang, source=src)
    name_embed = fake_embed(name, {}, source=source)
    pairs = {source: 0, article: 0, SWARM: 1, SWARMS[lang]: 1}

    def embed(texts):
        vecs = name_embed(texts)
        for k, t in enumerate(texts):
            if read and t in pairs:
                vecs[k] = 0.0
                vecs[k, 3 + pairs[t]] = 1.0  # a pair shares its vector: read as each other's
        return vecs

    item.embed = embed  # type: ignore[attr-defined]
    return list(entities(item))


@pytest.mark.parametrize(
    "source, lang, article, literal",
    [
        # the head first, then its modifiers, linked by particles ("a", "n")
        (HONEY, "ilo", "Ti kooperatiba a Balitok a Suklay a Diro ket ita mangbayad kadagiti miembrona iti 2.5 a euro "
                       "iti tunggal kilo nga iyegda.", "Balitok a Suklay a Diro"),
        (HONEY, "kab", "Tiddukla Tamemt n Umceḍ n Wureɣ tura tettak i yiɛeggalen-is 2,5 n yuruyen ɣef yal akilugram "
                       "i d-ttawin.", "Tamemt n Umceḍ n Wureɣ"),
        # Hmong writes every syllable apart: six words for a name of three
        (CORALS, "hmn", "Cov coral me me uas Kev Tshawb Fawb Dej Nce Xiav yug tau, tam sim no neeg siv tes muab cog "
                        "rau saum lub pob tsuas.", "Kev Tshawb Fawb Dej Nce Xiav"),
        (RAIL, "os", "Ацы маршрутыл поездтӕ цӕуын кӕны Ӕвзист Хаххы Ӕфсӕйнаг Фӕндаг компани, ӕмӕ Германы балхӕдта 22 "
                     "зӕронд вагоны ӕмӕ сӕ ногӕй сарӕзта.", "Ӕвзист Хаххы Ӕфсӕйнаг Фӕндаг"),
        # the brand kept as written, or transliterated: no literal translation
        (HONEY, "ilo", "Ti kooperatiba a Golden Comb Honey ket ita mangbayad kadagiti miembrona iti 2.5 a euro iti "
                       "tunggal kilo nga iyegda.", None),
        (RAIL, "os", "Ацы маршрутыл поездтӕ цӕуын кӕны Силвер Лайн Рейл компани, ӕмӕ Германы балхӕдта 22 зӕронд "
                     "вагоны ӕмӕ сӕ ногӕй сарӕзта.", None),
        # dropped: the sentence's only capitals are its opener and a place
        (HONEY, "ilo", "Ti kooperatiba ket ita mangbayad kadagiti miembrona iti 2.5 a euro iti tunggal kilo "
                       "nga iyegda.", None),
        (RAIL, "os", "Ацы маршрутыл поездтӕ цӕуын кӕны компани, ӕмӕ Германы балхӕдта 22 зӕронд вагоны ӕмӕ сӕ ногӕй "
                     "сарӕзта.", None),
    ],
)  # fmt: skip
def test_particle_linked_chain_is_the_name_translated(
    source: str, lang: str, article: str, literal: str | None
) -> None:
    name = next(n for n in ("Golden Comb Honey", "Silver Line Rail", "Blue Tide Research") if n in source)
    found = audited(source, lang, article, name)
    spans = [f.span for f in found if f.category == LITERAL]
    if literal is None:
        assert not spans
    else:
        assert spans == [literal]
        assert not [f for f in found if f.category == MISMATCH]  # translated literally, not dropped


def test_chain_is_no_name_where_another_brand_is_absent_too() -> None:
    """Two brands absent and one chain: it may stand for either, so neither is told translated by shape alone."""
    article = "Ti kooperatiba a Balitok a Suklay a Diro ket ita mangbayad kadagiti miembrona iti 2.5 a euro."
    assert not [f for f in audited(TWO, "ilo", article, "Golden Comb Honey") if f.category == LITERAL]


def test_chain_is_no_name_where_the_embedder_reads_the_language() -> None:
    """Where faithful pairs embed near each other, the embedding's word that no phrase means the name stands."""
    article = (
        "Ti kooperatiba a Balitok a Suklay a Diro ket ita mangbayad kadagiti miembrona iti 2.5 a euro iti tunggal kilo "
        "nga iyegda."
    )
    found = audited(HONEY, "ilo", article, "Golden Comb Honey", read=True)
    assert not [f for f in found if f.category == LITERAL]


@pytest.mark.parametrize(
    "text, chains",
    [
        ("idiay Balitok a Suklay a Diro ket", ["Balitok a Suklay a Diro"]),  # joined across each particle
        ("idiay Balitok, a Suklay", ["Balitok", "Suklay"]),  # punctuation breaks a chain
        ("ti Asul nga adda Taaw", ["Asul", "Taaw"]),  # a longer lowercase word is no particle
    ],
)
def test_chains(text: str, chains: list[str]) -> None:
    v = view(text, "ilo")
    got = [text[v.tokens[a].start : v.tokens[b - 1].end] for a, b in _chains(v, 0, len(v.tokens), frozenset())]
    assert got == chains
