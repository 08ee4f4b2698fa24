"""Round 19: alignment and attribution where the embedding model reads a language weakly (Yakut, Manipuri, Aymara,
Xitsonga), and merges that hide a dropped or an inserted sentence.

An article's contrast (its sentences' nearest partners above the rest) tells how well the model reads it; below
:data:`~mt_audit.align_length.WEAK_CONTRAST` lengths, anchors and similarity align it together, and its anchors may
attribute it. Everywhere, a merge's part that writes a figure, asks a question, or (in an article written in Latin
letters) writes a name of several words its partner does not is left over.
"""

from __future__ import annotations

import numpy as np
import pytest

from mt_audit.align_length import read_contrast, reads_weakly
from mt_audit.align_strays import unanchored_strays
from mt_audit.anchors import figures, names
from mt_audit.attribute import attribution
from mt_audit.segment import segment
from mt_audit.types import Bead


def _sims(diagonal: float, rest: float, n: int = 5) -> np.ndarray:
    return np.full((n, n), rest) + np.eye(n) * (diagonal - rest)


@pytest.mark.parametrize(
    ("sims", "contrast", "weak"),
    [
        (_sims(0.92, 0.78), 0.14, False),  # German, French: pairs far above the rest
        (_sims(0.83, 0.78), 0.05, True),  # Yakut, Manipuri: pairs hardly above the rest
        (_sims(0.83, 0.78, 2), 0.025, False),  # two sentences a side: too few to tell by
        (np.full((4, 4), 0.8), 0.0, True),  # an unrelated article, or one the model cannot read
    ],
)
def test_read_contrast(sims: np.ndarray, contrast: float, weak: bool) -> None:
    assert read_contrast(sims) == pytest.approx(contrast)
    assert reads_weakly(sims) is weak


@pytest.mark.parametrize(
    ("text", "expected_figures", "expected_names"),
    [
        ("At one glacier, the surface dropped by 280 centimetres.", {"#280"}, set()),
        ("শা ৮০০ লৈবা পুনসিনবা অমনা ২০০ নকপা", {"#800", "#200"}, set()),  # Bengali digits by value
        ("“Our children may be the last,” said a herder, Aslak Sara.", set(), {"Aslak", "Sara"}),  # not "Our"
        ("Varisi va tirheyindiya le Lapland va lahlekeriwa.", set(), {"Lapland"}),
        ("It is 5 km away.", set(), set()),  # one digit ties nothing
    ],
)
def test_anchor_tokens(text: str, expected_figures: set[str], expected_names: set[str]) -> None:
    assert figures(text) == expected_figures
    assert names(text) == expected_names


#: A story of the twelfth planted set (CC0) and its Yakut, Manipuri, Xitsonga translations; another story's Yakut.
HERDERS = [
    "Reindeer herders in Lapland are losing their winter pastures to new mines and wind farms.",
    "A herd of 800 animals needs about 200 square kilometres of grazing land.",
    "The herders' union, North Wind Cooperative, has taken the case to a court in Helsinki.",
    "“Our children may be the last to do this work,” said a herder, Aslak Sara.",
    "The snow now melts three weeks earlier than it did forty years ago.",
]
YAKUT = [
    "Лапландия табаһыттара саҥа шахталар уонна тыал электростанциялара тутуллан, кыһыҥҥы мэччирэҥнэрин сүтэрэн "
    "эрэллэр.",
    "800 сүөһүлээх үөргэ 200 квадратнай километр кэриҥэ мэччирэҥ сир наада.",
    "Табаһыттар сойуустара North Wind Cooperative бу дьыаланы Хельсинкитээҕи суукка биэрдэ.",
    "«Оҕолорбут бу үлэни үлэлиир бүтэһик дьон буолуохтарын сөп», — диэтэ табаһыт Аслак Сара.",
    "Билигин хаар түөрт уон сыл анараа өттүнээҕэр үс нэдиэлэ эрдэ ууллар.",
]
MANIPURI = [
    "লেপলেন্দকী রেইন্দিয়র চরাইবা মীওইশিংনা অনৌবা মাইন অমসুং নুংশিৎকী মৈ থোকপা প্লান্তশিংগী মরমদা মখোয়গী ইংগী মতমগী চরাইফমশিং মাংলক্লি।",
    "শা ৮০০ লৈবা পুনসিনবা অমনা চরাইবা লম বর্গ কিলোমিতর ২০০ নকপা মথৌ তাই।",
    "চরাইবা মীওইশিংগী য়ুনিয়ন নর্থ ৱিন্দ কোওপরেতিভনা কেস অসি হেলসিঙ্কিগী কোর্ত অমদা পুখ্রে।",
    "“ঐখোয়গী অঙাংশিংনা থবক অসি তৌবা অরোইবশিং ওইরবা য়াই,” রেইন্দিয়র চরাইবা অসলাক সারানা হায়খি।",
    "হৌজিক বরফ অসি চহী নিপান মমাংদগী হেন্না হপ্তা অহুম মমাংদা ইশিং ওইরক্নি।",
]
XITSONGA = [
    "Varisi va tirheyindiya le Lapland va lahlekeriwa hi madyelo ya vona ya xixika hikwalaho ka migodi leyintshwa "
    "ni mapurasi ya moya.",
    "Ntlhambi wa swifuwo swa 800 wu lava kwalomu ka tikhilomitara ta xikwere ta 200 ta misava ya ku dyela.",
    "Nhlangano wa varisi, North Wind Cooperative, wu yise mhaka ekhoto le Helsinki.",
    "“Vana va hina va nga va vona vo hetelela ku endla ntirho lowu,” ku vula murisi Aslak Sara.",
    "Sweswi gamboko ri n'oka mavhiki manharhu emahlweni ku tlula loko a swi ri tano eka malembe ya makume mune "
    "lama hundzeke.",
]
#: Another story's Yakut: glaciers in Switzerland.
YAKUT_GLACIERS = [
    "Женеватааҕы гляциологтар Швейцария мууһуннара сүүрбэ сыл устата муустарын түөрдүс чааһын сүтэрбиттэрин этэллэр.",
    "Биир мууһуҥҥа кини үрдэ биир эрэ сайын устатыгар 280 сантиметр намтаата.",
    "Саамай үрдүк кээмэйдиир станция 2\xa0900 метр үрдүккэ турар, кинини үлэлэтэргэ сылга 40\xa0000 франк барар.",
    "Бу дааннайдары 1950 сылтан мууһуннары кээмэйдээн кэлбит White Peak Institute таһаарар.",
    "Үйэ бүтүөр диэри хочоҕо муус хаалыа дуо?",
]
#: A sentence of another Yakut article ("Will the region's other cities follow the example?").
YAKUT_EXTRA = "Регион атын куораттара холобуру батыһыахтара дуо?"


SOURCE = [
    "Glaciologists in Geneva say the glaciers lost a quarter of their ice.",
    "At one glacier, the surface dropped by 280 centimetres in a single summer.",
    "“We walked on this ice,” said a herder, Aslak Sara.",
    "Will there be any ice left in the valley by the end of the century?",
]


def _merged(src: tuple[int, ...], tgt: tuple[int, ...], n_src: int, n_tgt: int) -> list[Bead]:
    """1-1 beads around one merge bead ``src`` ↔ ``tgt``, the sentences before and after it paired in order."""
    before = [Bead((k,), (k,), 0.85) for k in range(min(src[0], tgt[0]))]
    shift = len(src) - len(tgt)
    after = [Bead((k,), (k - shift,), 0.85) for k in range(src[-1] + 1, n_src)]
    assert (after[-1].tgt[0] if after else tgt[-1]) == n_tgt - 1, "every article sentence in a bead"
    return [*before, Bead(src, tgt, 0.86), *after]


def _unaligned(beads: list[Bead]) -> tuple[list[int], list[int]]:
    return [i for b in beads if not b.tgt for i in b.src], [j for b in beads if not b.src for j in b.tgt]


@pytest.mark.parametrize(
    ("source", "article", "merge", "left_out", "added"),
    [
        # Aymara: sentence 1 (280 cm) dropped, merged into sentence 0's translation, which writes no 280.
        (SOURCE, ["Ginebra markankir glaciólogonakax siwa, Suiza markan glaciaranakapax chhaqhayapxiwa.",
          "“Aka chhullunkhan sarnaqapxta”, siwa Aslak Sara.",
          "Patak mara tukuykamaxa, qhirwan chhullunkhax qhiparaspati?"], ((0, 1), (0,)), [1], []),
        # Chinese: the closing question dropped, merged into the quote's translation, which asks nothing.
        (SOURCE, ["冰川学家说冰川失去了四分之一的冰。", "一座冰川的表面在一个夏天下降了280厘米。",
          "“我们在这片冰上行走过。”牧民阿斯拉克·萨拉说。"], ((2, 3), (2,)), [3], []),
        # Xitsonga keeps names in Latin letters: the quote (Aslak Sara) dropped, merged into the last sentence.
        (HERDERS, XITSONGA[:3] + XITSONGA[4:], ((3, 4), (3,)), [3], []),
        # An inserted question joined to a sentence's translation (a 1-2 merge): the article's part left over.
        (SOURCE, ["Ginebra markankir glaciólogonakax siwa.", "Mä glaciaranxa 280 centímetro saraqawayi.",
          "Yaqha markanakax ukham lurapxaniti?", "“Aka chhullunkhan sarnaqapxta”, siwa Aslak Sara.",
          "Patak mara tukuykamaxa, qhirwan chhullunkhax qhiparaspati?"], ((1,), (1, 2)), [], [2]),
    ],
)  # fmt: skip
def test_a_merge_part_its_partner_does_not_bear_out_is_left_over(
    source: list[str],
    article: list[str],
    merge: tuple[tuple[int, ...], tuple[int, ...]],
    left_out: list[int],
    added: list[int],
) -> None:
    beads = _merged(*merge, len(source), len(article))
    sims = np.full((len(source), len(article)), 0.8)
    assert _unaligned(unanchored_strays(beads, (source, article), sims)) == (left_out, added)


#: A source (DEMETR's English) whose third and fourth sentences a Polish translation joins in one.
PLACES = [
    "For me John Paul II overshadowed his pontificate.",
    "The F-35 fighter is manufactured by the Lockheed Martin corporation.",
    "Kolonko posted that #R is going to join forces with Kukiz'15 movement.",
    "The builders say the mosque is the biggest in West Africa.",
    "Thomas Cook announced its bankruptcy on Monday.",
]
#: A source whose first two sentences both write figures.
FIGURES = ["The station stands at 2,900 metres.", "It costs 40,000 francs a year.", *SOURCE[2:]]


@pytest.mark.parametrize(
    ("source", "article", "merge"),
    [
        # The translation joined sentences 0 and 1 and keeps the 280: the merge stands.
        (SOURCE, ["Ginebra markankir glaciólogonakax siwa, mä glaciaranxa 280 centímetro saraqawayi.",
                  "“Aka chhullunkhan sarnaqapxta”, siwa Aslak Sara.", "Patak mara tukuykamaxa, qhiparaspati?"],
         ((0, 1), (0,))),
        # Russian respells the name in Cyrillic: names tell nothing where the article is not in Latin letters.
        (SOURCE, ["Гляциологи говорят.", "Поверхность опустилась на 280 сантиметров.",
                  "«Мы ходили по этому льду», — сказал пастух Аслак Сара, — останется ли лёд в долине?"],
         ((2, 3), (2,))),
        # Greek asks with ";" (its question mark after NFC): the question is there.
        (SOURCE, ["Οι παγετωνολόγοι λένε.", "Η επιφάνεια έπεσε κατά 280 εκατοστά.",
                  "«Περπατήσαμε σε αυτόν τον πάγο», είπε ο βοσκός, θα μείνει πάγος στην κοιλάδα;"], ((2, 3), (2,))),
        # The translation joined sentences 0 and 1 and changed the 280: a changed number, not a sentence left out.
        (SOURCE, ["Ginebra markankir glaciólogonakax siwa, mä glaciaranxa 380 centímetro saraqawayi.",
                  "“Aka chhullunkhan sarnaqapxta”, siwa Aslak Sara.", "Patak mara tukuykamaxa, qhiparaspati?"],
         ((0, 1), (0,))),
        # A name with one word changed ("Aslak Hill") is the entity checks' finding, not a sentence left out.
        (SOURCE, ["Vativi va le Geneva va vula leswaku swihondzo swi lahlekeriwe hi xiphemu.",
                  "Eka xihondzo xin'we, ehenhla ka xona ku hunguteke hi 280 wa tisentimitara.",
                  "“Hi fambile ehenhla ka ayisi leri,” ku vula Aslak Hill, xana ku ta sala ayisi?"], ((2, 3), (2,))),
        # Polish names a place its own way ("West Africa", "Afryce Zachodniej") in two sentences the translation
        # joined: the lengths say the merge fits.
        (PLACES, ["Dla mnie to pontyfikat Jana Pawła II.", "Myśliwiec F-35 produkowany przez koncern Lockheed Martin.",
                  "Kolonko napisał, że #R połączy siły z ruchem Kukiz'15. Budowniczowie twierdzą, że meczet jest "
                  "największy w Afryce Zachodniej.", "Thomas Cook ogłosił upadłość w poniedziałek."], ((2, 3), (2,))),
        # Both merged parts write figures the partner lacks: nothing singles one out.
        (FIGURES, ["Estacionax utji, sapa mara irnaqayañatakix wakisi.",
                   "“Aka chhullunkhan sarnaqapxta”, siwa Aslak Sara.", "Patak mara tukuykamaxa?"], ((0, 1), (0,))),
    ],
)  # fmt: skip
def test_a_merge_its_partner_bears_out_stays(
    source: list[str], article: list[str], merge: tuple[tuple[int, ...], tuple[int, ...]]
) -> None:
    beads = _merged(*merge, len(source), len(article))
    sims = np.full((len(source), len(article)), 0.8)
    assert unanchored_strays(beads, (source, article), sims) == beads


def _attributed(embedder, source: list[str], article: list[str], lang: str, anchors: bool = True):
    src = [s.text for s in segment(" ".join(source), "en")]
    art = [s.text for s in segment(" ".join(article), lang)]
    return attribution(
        embedder.encode(src), embedder.encode(art), [len(s) for s in src], [len(s) for s in art],
        lang=lang, texts=(src, art), anchors=anchors,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("article", "lang", "left_out", "added"),
    [
        (YAKUT, "sah", [], []),  # was "not a translation" (0.45), its last two sentences crossed
        (YAKUT[:1] + YAKUT[2:], "sah", [1], []),  # was unattributed (0.31)
        (YAKUT[:2] + [YAKUT_EXTRA] + YAKUT[2:], "sah", [], [2]),  # was unattributed (0.42)
        (MANIPURI[:3] + MANIPURI[4:], "mni", [3], []),  # the quote took the union's translation
        (XITSONGA[:3] + XITSONGA[4:], "ts", [3], []),  # the quote hid in a merge with the last sentence
    ],
)
def test_weakly_read_articles_attributed_and_aligned(
    embedder, article: list[str], lang: str, left_out: list[int], added: list[int]
) -> None:
    att = _attributed(embedder, HERDERS, article, lang)
    assert att.score >= 0.5
    assert _unaligned(att.alignment.beads) == (left_out, added)


@pytest.mark.parametrize(
    ("source", "article", "lang", "anchors"),
    [
        (HERDERS, YAKUT_GLACIERS, "sah", True),  # another story in the same language shares no anchor in order
        (HERDERS[:3] + HERDERS[4:], YAKUT_GLACIERS, "sah", True),
        (HERDERS, YAKUT, "sah", False),  # anchors not asked (a script the model cannot read: unverified)
    ],
)
def test_anchors_do_not_attribute_another_story(
    embedder, source: list[str], article: list[str], lang: str, anchors: bool
) -> None:
    assert _attributed(embedder, source, article, lang, anchors).score < 0.5


def test_a_side_cut_into_phrases_keeps_its_merges() -> None:
    """Thai: two phrases of one sentence are one bead, though one of them asks and its source reports the asking."""
    source = ["The mayor asked whether the boats would arrive in time.", "Rescuers waited on the bridge."]
    article = ["นายกเทศมนตรีถามว่า", "เรือจะมาทันเวลาไหม?", "เจ้าหน้าที่กู้ภัยรออยู่บนสะพาน"]
    beads = [Bead((0,), (0, 1), 0.85), Bead((1,), (2,), 0.85)]
    sims = np.full((2, 3), 0.8)
    assert unanchored_strays(beads, (source, article), sims, (False, True)) == beads
    assert unanchored_strays(beads, (source, article), sims) != beads  # a side of sentences: the question is extra
