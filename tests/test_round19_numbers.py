"""Round 19: units borrowed by ear in languages without CLDR unit names of their own. Canadian syllabics heard
through ICU's transform of them to Latin (the reverse of "Latin-CanadianAboriginal"), a short loan with a case
ending glued (Inuktitut "ᒪᐃᓪᓂᒃ", miles), a short skeleton told by the vowels it opens with (Bambara "taama",
travel, is no "tuuma", inch), a long loan the press writes in two words (Kashmiri "فارن ہائیٹ", Fahrenheit), and
a three-letter word in a unit's place that sounds like another unit (Yakut "фут") read as no particle. A short
loan's skeleton tells a unit only with the vowels its names open with (see :func:`mt_audit.unit_sounds.opens_as`)."""

from __future__ import annotations

import pytest
from support import messages

from mt_audit.checks.numbers import number_mismatch
from mt_audit.languages import heard_latin
from mt_audit.unit_sounds import HEAD, PREFIXED, WHOLE, opening, opens_as, sounded_units, sounds_like

BUS = "Each bus carries up to 160 passengers and can drive 250 kilometres on one charge."
GLACIER = "At one glacier, the surface dropped by 280 centimetres in a single summer."
STATION = "The highest measuring station stands at 2,900 metres and costs 40,000 francs a year to run."
HEAT = "Temperatures reached 47 degrees Celsius in July, and the palms needed twice as much water."
PALM = "One palm can give up to 150 kilograms of dates in a good season."
BAGS = "Passengers may bring bags weighing up to 25 kilograms on board."
FLOOD = "In some streets the water rose to 80 centimetres within two hours, the fire service said."

BM_BUS = "Bisi kelen kelen bɛ se ka taamaden 160 ta, wa a bɛ se ka {} 250 taama a kuran faali kelen na."
IU_BUS = "ᐸᔅᓯ ᐊᑕᐅᓯᖅ ᐃᓚᐅᑎᑦᑎᔪᓐᓇᖅᑐᖅ 160 ᑎᑭᓪᓗᒋᑦ ᐃᖏᕐᕋᖃᑕᐅᔪᓂᒃ, ᐊᒻᒪ ᐃᖏᕐᕋᔪᓐᓇᖅᑐᖅ 250 {} ᐊᑕᐅᓯᐊᕐᑐᒥᒃ ᐃᑯᒪᓕᐅᖅᑕᐅᒍᓂ."
IU_GLACIER = "ᓯᕐᒥᒥ ᐊᑕᐅᓯᕐᒥ ᖄᖓ ᐊᑦᑎᓕᒋᐊᖅᓯᒪᓚᐅᖅᑐᖅ 280 {} ᐊᐅᔭᒥ ᐊᑕᐅᓯᕐᒥ."
KS_HEAT = "جولایی مَنٛز ووٚت درجہٕ حرارت 47 ڈِگری {} تام، تہٕ کھجورٕ کۍ کُلن اوس زٕ گُنا آب درکار۔"
MNI_PALM = "অফবা মতম অমদা খজুর পাম্বি অমনা খজুর {} ১৫০ ফাওবা পীবা ঙম্মি।"
OM_BAGS = "Imaltoonni boorsaa ulfaatinni isaa hanga paawundii 25 ta'e qabatanii seenuu danda'u."
SAH_STATION = "Саамай үрдүк кээмэйдиир станция 2 900 {} үрдүккэ турар, кинини үлэлэтэргэ сылга 40 000 франк барар."


def findings(source: str, article: str, lang: str) -> list[str]:
    return messages(number_mismatch, article, lang, source)


@pytest.mark.parametrize(
    ("word", "latin"),
    [("ᑭᓚᒦᑕᓂᒃ", "kil"), ("ᒪᐃᓪᓂᒃ", "ma"), ("ᓴᓐᑎᒦᑕᓂᒃ", "san")],
)
def test_syllabics_heard_in_latin(word: str, latin: str) -> None:
    assert heard_latin(word).startswith(latin)


@pytest.mark.parametrize(
    ("word", "unit", "sounded"),
    [
        ("ᒪᐃᓪᓂᒃ", "mile", True),  # "mail-nik": a short loan with a case ending glued
        ("ᐃᓐᓯᓂᒃ", "inch", True),  # "insi-nik"
        ("ᐃᓐᓯᓂᒃ", "ounce", False),  # "ons", "unce": they open with another vowel
        ("mayili", "mile", True),
        ("akiri", "acre", True),  # a vowel of its own breaks the name's cluster ("akra")
        ("taama", "inch", False),  # Bambara "travel": "tuuma", "tomme", "duim" open otherwise
        ("mraba", "mile", False),  # Swahili "square": no vowel where "mile", "maili" have one
        ("kwiintshi", "inch", True),  # Xhosa "kwi-intshi": the prefix took the loan's first vowel
        ("anosvika", "ounce", False),  # Shona "reaching": "anos-vika" opens as no name of the ounce
    ],
)
def test_sounded_units(word: str, unit: str, sounded: bool) -> None:
    assert (unit in sounded_units(word)) is sounded


@pytest.mark.parametrize(
    ("word", "unit", "said"),
    [
        ("ᒪᐃᓪᓂᒃ", "mile", True),  # "mail-nik": a head left of a glued ending, of a name many locales write
        ("semèn", "centimeter", False),  # Haitian "weeks": "seme-n" is no "semi", which few locales write
        ("mita", "meter", True),  # a whole short loan, its vowel a name's
        ("খজুর", "kilogram", False),  # Meitei "khajura", dates: no "kilo"
    ],
)
def test_sounds_like(word: str, unit: str, said: bool) -> None:
    assert sounds_like(word, unit) is said


@pytest.mark.parametrize(
    ("word", "names", "opens"),
    [
        (("", "a"), frozenset({("", "a"), ("", "i")}), True),
        (("a", "i"), frozenset({("a", "")}), True),
        (("", ""), frozenset({("", "i")}), False),
        (("", "a"), frozenset({("", "u"), ("", "o")}), False),
        (("i", ""), frozenset({("", "i")}), False),
    ],
)
def test_opens_as(word: tuple[str, str], names: frozenset[tuple[str, str]], opens: bool) -> None:
    assert opens_as(word, names) is opens


@pytest.mark.parametrize(
    ("word", "names", "cut", "opens"),
    [
        (("", ""), frozenset({("i", "")}), PREFIXED, True),  # "kwi-ntshi"
        (("", ""), frozenset({("i", "")}), WHOLE, False),
        (("a", "o"), frozenset({("a", "")}), HEAD, False),  # "anos-vika"
        (("a", "o"), frozenset({("a", "")}), WHOLE, True),
        (("", "a"), frozenset({("", "a")}), HEAD, True),  # "mail-nik"
    ],
)
def test_opens_as_cut(word: tuple[str, str], names: frozenset[tuple[str, str]], cut: str, opens: bool) -> None:
    assert opens_as(word, names, cut) is opens


@pytest.mark.parametrize(
    ("latin", "vowels"),
    [("mayili", ("", "a")), ("akiri", ("a", "i")), ("mraba", ("", "")), ("hinsi", ("i", "")), ("kilo", ("", "i"))],
)
def test_opening(latin: str, vowels: tuple[str, str]) -> None:
    assert opening(latin) == vowels


@pytest.mark.parametrize(
    ("source", "article", "lang", "flagged"),
    [
        # Inuktitut: loans in syllabics with the case ending "-nik"
        (BUS, IU_BUS.format("ᑭᓚᒦᑕᓂᒃ"), "iu", False),
        (BUS, IU_BUS.format("ᒪᐃᓪᓂᒃ"), "iu", True),
        (GLACIER, IU_GLACIER.format("ᓴᓐᑎᒦᑕᓂᒃ"), "iu", False),
        (GLACIER, IU_GLACIER.format("ᐃᓐᓯᓂᒃ"), "iu", True),
        # Kashmiri: Fahrenheit written in two words inside a "degree" phrase
        (HEAT, KS_HEAT.format("سیلسیس"), "ks", False),
        (HEAT, KS_HEAT.format("فارن ہائیٹ"), "ks", True),
        # Meitei: "khajura" (dates) two words before the figure is no "kilo"
        (PALM, MNI_PALM.format("কিলোগ্রাম"), "mni", False),
        (PALM, MNI_PALM.format("পাউন্দ"), "mni", True),
        # Yakut: "фут" is no particle though "кээмэйдиир" (measuring) sounds like a metre
        (STATION, SAH_STATION.format("метр"), "sah", False),
        (STATION, SAH_STATION.format("фут"), "sah", True),
        # Bambara
        (BUS, BM_BUS.format("kilomɛtɛrɛ"), "bm", False),
        # Maori "roto" (inside) opens as no yard ("iard", "jarda"): no swap beside "henimita"
        (FLOOD, "I ētahi tiriti, i piki te wai ki te 80 henimita i roto i ngā hāora e rua.", "mi", False),
    ],
)
def test_findings(source: str, article: str, lang: str, flagged: bool) -> None:
    assert bool(findings(source, article, lang)) is flagged


@pytest.mark.parametrize(
    ("source", "article", "lang", "shown"),
    [
        # the loan before the figure, not "taama" (travel) after it, is the unit's place
        (BUS, BM_BUS.format("mayili"), "bm", "mayili 250"),
        (HEAT, KS_HEAT.format("فارن ہائیٹ"), "ks", "فارن ہائیٹ"),
        (STATION, SAH_STATION.format("фут"), "sah", "2 900 фут"),
        # the two words after the figure, run together, are read after the words alone
        (
            BAGS,
            "Imaltoonni boorsaa ulfaatinni isaa hanga paawundii 25 ta'e qabatanii seenuu danda'u.",
            "om",
            "paawundii",
        ),
    ],
)
def test_swap_shown(source: str, article: str, lang: str, shown: str) -> None:
    assert any(shown in m for m in findings(source, article, lang))
