"""Round 18: a figure with its unit beside a month's name, Tongan's link between a noun and the figure after it,
a fraction written as its numerator counting a part word, units borrowed by ear in Ol Chiki (heard through ICU's
transform to its sound), a temperature scale a particle or a case ending sets apart."""

from __future__ import annotations

import pytest
from support import messages

from mt_audit.checks.numbers import number_mismatch
from mt_audit.languages import front_link, heard_latin
from mt_audit.numbers import extract
from mt_audit.unit_sounds import sounded_units

SEA = "The sea there reached 31 degrees Celsius in August, two degrees above the average."
SWARM = "A single swarm can cover 40 square kilometres and hold up to 80 million insects."
RHINE = "The water level of the Rhine near Cologne fell to 45 centimetres this week, the lowest in a decade."
REEF = "Divers off Okinawa found that three quarters of the coral on one reef had turned white."
HIVE = "A healthy hive usually gives 25 kilograms of honey a year, but many gave none."
FUEL = "Each boat saves about 8 litres of fuel a day and carries up to 12 passengers."


def findings(source: str, article: str, lang: str) -> list[str]:
    return messages(number_mismatch, article, lang, source)


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("De zee bereikte daar in augustus 31 graden Celsius, twee graden.", "nl", 31.0, "degree_Celsius"),
        ("Morze osiągnęło tam w sierpniu 31 stopni Celsjusza.", "pl", 31.0, "degree_Celsius"),
        ("In August 31 degrees Celsius were reached.", "en", 31.0, "degree_Celsius"),
        ("ʻE lava ke ʻufiʻufi ha kilomita sikuea ʻe 40.", "to", 40.0, "kilometer ** 2"),
        ("ki he senitimita ʻe 45 ʻi he uike ni", "to", 45.0, "centimeter"),
        ("ʻo aʻu ki he miliona ʻe 80.", "to", 80e6, ""),
    ],
)
def test_measure_read(text: str, lang: str, value: float, unit: str) -> None:
    assert any(q.value == value and q.unit == unit for q in extract(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("Het gebeurde op augustus 31 in Utrecht.", "nl", "date"),  # no unit after it: still a day
        ("It happened on August 31 in Utrecht.", "en", "date"),
    ],
)
def test_day_kept(text: str, lang: str, kind: str) -> None:
    assert [q.kind for q in extract(text, lang) if q.value == 31] == [kind]


@pytest.mark.parametrize(("lang", "link"), [("to", "ʻe"), ("sw", ""), ("ha", ""), ("en", ""), ("ja", "")])
def test_front_link(lang: str, link: str) -> None:
    assert front_link(lang) == link


@pytest.mark.parametrize(
    ("source", "article", "lang", "flagged"),
    [
        # clean: the day of the month no longer takes the figure of a measurement
        (SEA, "De zee bereikte daar in augustus 31 graden Celsius, twee graden boven het gemiddelde.", "nl", False),
        (SEA, "Morze osiągnęło tam w sierpniu 31 stopni Celsjusza, o dwa stopnie więcej niż średnia.", "pl", False),
        (SEA, "De zee bereikte daar in augustus 31 graden Fahrenheit, twee graden boven het gemiddelde.", "nl", True),
        (SEA, "Morze osiągnęło tam w sierpniu 31 stopni Fahrenheita, o dwa stopnie więcej niż średnia.", "pl", True),
        # Tongan: a scale word and a unit before "ʻe" and the figure
        (SWARM, "ʻE lava ke ʻufiʻufi ha kilomita sikuea ʻe 40, pea ʻo aʻu ki he miliona ʻe 80.", "to", False),
        (SWARM, "ʻE lava ke ʻufiʻufi ha kilomita sikuea ʻe 40, pea ʻo aʻu ki he miliona ʻe 60.", "to", True),
        (RHINE, "Naʻe holo ʻa e vai ofi ki Cologne ki he senitimita ʻe 45 ʻi he uike ni.", "to", False),
        (RHINE, "Naʻe holo ʻa e vai ofi ki Cologne ki he senitimita ʻe 25 ʻi he uike ni.", "to", True),
        # a fraction as its numerator counting a part word CLDR and ICU do not name
        (REEF, "Penyelam mendapati tiga suku karang telah bertukar putih.", "ms", False),
        (REEF, "Penyelam mendapati dua suku karang telah bertukar putih.", "ms", True),
        # a scale named by its proper name past a particle (Ilocano "a", Kabyle "n") or with a case ending (Ossetic)
        (SEA, "Dimteng ti baybay sadiay iti 31 a digri Celsius idi Agosto, dua a digri a nangatngato.", "ilo", False),
        (SEA, "Dimteng ti baybay sadiay iti 31 a digri Fahrenheit idi Agosto, dua a digri a nangatngato.", "ilo", True),
        (SEA, "Deg Ɣuct, lebḥer dinna yewweḍ ɣer 31 n ddeṛǧat Celsius, sin n ddeṛǧat nnig n walemmas.", "kab", False),
        (SEA, "Августы уым денджыз 31 градус Цельсимӕ онг схъарм — ӕмбис бӕрцӕй дыууӕ градусы фылдӕр.", "os", False),
        (SEA, "Августы уым денджыз 31 градус Фаренгейтмӕ онг схъарм — ӕмбис бӕрцӕй дыууӕ градусы фылдӕр.", "os", True),
        # Ol Chiki loans heard through ICU's transform to its sound
        (HIVE, "ᱢᱤᱫ ᱵᱮᱥ ᱢᱟᱣᱢᱟᱪᱷᱤ ᱥᱮᱨᱢᱟ ᱨᱮ ᱒᱕ ᱠᱤᱞᱚᱜᱽᱨᱟᱢ ᱢᱚᱫᱷᱩ ᱮᱢᱚᱜᱼᱟ ᱾", "sat", False),
        (HIVE, "ᱢᱤᱫ ᱵᱮᱥ ᱢᱟᱣᱢᱟᱪᱷᱤ ᱥᱮᱨᱢᱟ ᱨᱮ ᱒᱕ ᱯᱟᱣᱩᱱᱰ ᱢᱚᱫᱷᱩ ᱮᱢᱚᱜᱼᱟ ᱾", "sat", True),
        (FUEL, "ᱡᱷᱚᱛᱚ ᱰᱩᱝᱜᱟ ᱢᱤᱫ ᱢᱟᱦᱟ ᱨᱮ ᱯᱨᱟᱭ ᱘ ᱞᱤᱴᱟᱨ ᱛᱮᱞ ᱵᱟᱧᱪᱟᱣ ᱮᱫᱟ ᱟᱨ ᱑᱒ ᱡᱟᱛᱨᱤ ᱦᱟᱹᱵᱤᱡ ᱞᱟᱫᱮ ᱾", "sat", False),
        (FUEL, "ᱡᱷᱚᱛᱚ ᱰᱩᱝᱜᱟ ᱢᱤᱫ ᱢᱟᱦᱟ ᱨᱮ ᱯᱨᱟᱭ ᱘ ᱜᱮᱞᱚᱱ ᱛᱮᱞ ᱵᱟᱧᱪᱟᱣ ᱮᱫᱟ ᱟᱨ ᱑᱒ ᱡᱟᱛᱨᱤ ᱦᱟᱹᱵᱤᱡ ᱞᱟᱫᱮ ᱾", "sat", True),
    ],
)
def test_findings(source: str, article: str, lang: str, flagged: bool) -> None:
    assert bool(findings(source, article, lang)) is flagged


@pytest.mark.parametrize(
    ("source", "article", "lang", "shown"),
    [
        # the swap is shown where the scale stands, past the particle, not on the particle alone ("31 n")
        (SEA, "Deg Ɣuct, lebḥer dinna yewweḍ ɣer 31 n ddeṛǧat Fahrenheit, sin n ddeṛǧat nnig.", "kab", "Fahrenheit"),
        (SEA, "Dimteng ti baybay sadiay iti 31 a digri Fahrenheit idi Agosto.", "ilo", "Fahrenheit"),
    ],
)
def test_swap_shown_at_scale(source: str, article: str, lang: str, shown: str) -> None:
    assert any(shown in m for m in findings(source, article, lang))


@pytest.mark.parametrize(
    ("word", "latin"),
    [("ᱠᱤᱞᱚᱜᱽᱨᱟᱢ", "kil"), ("ᱢᱟᱭᱤᱞ", "ma"), ("Москва", "Moskva")],
)
def test_heard_latin(word: str, latin: str) -> None:
    assert heard_latin(word).startswith(latin)


@pytest.mark.parametrize(
    ("word", "unit", "sounded"),
    [
        ("Фаренгейтмӕ", "degree_Fahrenheit", True),  # a case ending glued to a long loan
        ("ᱯᱟᱣᱩᱱᱰ", "pound", True),
        ("ᱢᱟᱭᱤᱞ", "mile", True),
        ("Brandenburg", "degree_Fahrenheit", False),
        ("Washington", "degree_Fahrenheit", False),
    ],
)
def test_sounded_units(word: str, unit: str, sounded: bool) -> None:
    assert (unit in sounded_units(word)) is sounded
