"""Names, round 19: an unknown sentence opener that ends as a class of WordNet's lowercase nouns does
("Glaciologists") is no name; a Russian case ending replaces a name's final glide ("Китае" of "Китай"); a
sentence's opening word may be the language's own name for a place ("Laponya'daki", Lapland) when it opens with
the name's consonants; Canadian syllabics are read by ICU's own transform and, where it has none, by their Unicode
names, as are Latin letters ICU leaves unread ("ɔ"); a role noun's common sense makes a person ("a farmer, Ahmed
Mansour", though WordNet lists James Farmer first); and a neighbouring sentence's rendering of its own name
("フィレンツェ") is no trace of a dropped one."""

from __future__ import annotations

import pytest
from support import emitted

from mt_audit.entities import names
from mt_audit.entity_forms import stem_renders
from mt_audit.languages import to_latin, transliterates
from mt_audit.lexicon import ordinary_ending, person_noun

MISMATCH = "accuracy/entity-mismatch"
GLACIERS = "Glaciologists in Geneva say that Swiss glaciers have lost a quarter of their ice in twenty years."
LAPLAND = "Reindeer herders in Lapland are losing their winter pastures to new mines and wind farms."
BOGOTA = "The city of Bogotá has bought 300 electric buses from a factory in China."
FLORENCE = "A bookshop in Florence that opened in 1892 will close at the end of the month."
OWNER = "Its owner, Giulia Ferrante, says the rent has risen to 9,500 euros a month, five times what it was."
FARMER = "“Our grandparents never saw heat like this,” said a farmer, Ahmed Mansour."


@pytest.mark.parametrize(
    ("word", "ordinary"),
    [
        ("Glaciologists", True),  # 115 lowercase "-ologist" nouns, two capitalised (Egyptologist, Sinologist)
        ("glaciologist", True),
        ("Volcanologists", True),
        ("Ferrante", False),  # a surname shares no such ending with a class of nouns
        ("Spotify", False),  # "-ify" ends verbs, not nouns
        ("Okonkwo", False),
        ("Kettering", False),  # "-tering": too many capitalised lemmas end so
    ],
)
def test_ordinary_ending(word: str, ordinary: bool) -> None:
    assert ordinary_ending(word) is ordinary


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Glaciologists in Geneva say that Swiss glaciers melt.", ["Geneva", "Swiss"]),
        ("Volcanologists in Naples fear the worst.", ["Naples"]),
        ("Okonkwo mapped the caves.", ["Okonkwo"]),  # a sentence-initial surname stays a name
        ("Spotify says it will grow.", ["Spotify"]),
        ("Ferrante says the rent has risen.", ["Ferrante"]),
    ],
)
def test_sentence_opener_with_an_ordinary_ending(text: str, found: list[str]) -> None:
    assert [n.text for n in names(text, "en")] == found


@pytest.mark.parametrize(
    ("lang", "article"),
    [
        ("ru", "По словам гляциологов из Женевы, за двадцать лет швейцарские ледники потеряли четверть своего льда."),
        ("tr", "Cenevre'deki buzul bilimciler, İsviçre buzullarının yirmi yılda buzlarının dörtte birini kaybettiğini "
         "söylüyor."),
        ("fj", "Era kaya na dauvakadidike ni uciwai aisi mai Geneva ni sa yali e dua na ikava ni nodra aisi na uciwai "
         "aisi mai Switzerland ena rua na tini na yabaki."),
    ],
)  # fmt: skip
def test_glaciologists_are_no_name(lang: str, article: str) -> None:
    assert [f.category for f in emitted("entities", article, lang, source=GLACIERS)] == []


@pytest.mark.parametrize(
    ("form", "word", "renders"),
    [
        ("kitaj", "kitae", True),  # "Китае", locative of "Китай": the glide gives way to the ending
        ("kitaj", "kitaja", True),
        ("kitaj", "kirov", False),
    ],
)
def test_final_glide_gives_way_to_a_case_ending(form: str, word: str, renders: bool) -> None:
    assert stem_renders(form, word) is renders


@pytest.mark.parametrize(
    ("lang", "source", "article", "expected"),
    [
        ("ru", BOGOTA, "Город Богота закупил 300 электробусов на заводе в Китае.", []),
        ("ru", BOGOTA, "Город Богота закупил 300 электробусов на заводе.", [MISMATCH]),
        # the opening word sounds like the place: the language's own name for it, not in CLDR
        ("tr", LAPLAND, "Laponya'daki ren geyiği çobanları, kış otlaklarını yeni madenlere ve rüzgar enerjisi "
         "santrallerine kaptırıyor.", []),
        ("bm", LAPLAND, "Lapɔni rɛnigɛnnaw bɛ ka u ka nɛnɛ waati balo yɔrɔw bɔnɛ mini kuraw ni fiɲɛ kuran bɔyɔrɔw "
         "kosɔn.", []),
        ("ay", LAPLAND, "Laponian renonak awatirinakax juyphi pachankir awatiñ pampanakap chhaqhayasipxi.", []),
        ("bm", FLORENCE, "Filɔransi gafefeereyɔrɔ dɔ min dayɛlɛla san 1892 na, o bɛna datugu kalo laban na.", []),
        # an opener that sounds like nothing of the name leaves it dropped
        ("tr", LAPLAND, "Kuzeydeki ren geyiği çobanları, kış otlaklarını yeni madenlere ve rüzgar enerjisi "
         "santrallerine kaptırıyor.", [MISMATCH]),
        ("bm", FLORENCE, "Gafefeereyɔrɔ dɔ min dayɛlɛla san 1892 na, o bɛna datugu kalo laban na.", [MISMATCH]),
    ],
)  # fmt: skip
def test_places_in_the_languages_own_forms(lang: str, source: str, article: str, expected: list[str]) -> None:
    assert [f.category for f in emitted("entities", article, lang, source=source)] == expected


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        ("ᓂᑰᔅ ᐸᐸᑕᑭᔅ", "nikos papatakis"),  # Canadian syllabics: ICU's own transform, which Any-Latin does not use
        ("ᔫᓕᐊ ᕙᕋᓐᑌ", "yolia farante"),  # "ᐊ" is "a" by its name ("ha" in ICU's transform); "ᕙ", "fa", ICU lacks
        ("ᐃᓄᒃᑎᑐᑦ ᖃᐅᔨᓴᕐᕕᒃ", "inoktitot qaoyisarfik"),
        ("Filɔransi", "Filoransi"),  # OPEN O, which Latin-ASCII keeps
        ("Москва", "Moskva"),
    ],
)
def test_letters_icu_leaves_unread(text: str, latin: str) -> None:
    assert to_latin(text) == latin


def test_icu_latin_of_ethiopic_stays_approximate() -> None:
    """Only Latin letters the text writes are read by their names: the "ǝ" ICU writes for Ethiopic still shows
    that its reading is approximate, where a name's absence is not told by sound."""
    assert not transliterates("am")


@pytest.mark.parametrize(
    ("word", "person"),
    [
        ("farmer", True),  # WordNet 3.3 lists James Farmer first: a proper noun's sense, not the word's
        ("fisherman", True),
        ("city", False),
    ],
)
def test_person_noun_reads_common_senses(word: str, person: bool) -> None:
    assert person_noun(word) is person


IU_OWNER = "ᓂᐅᕕᕐᕕᖕᒥ ᓇᖕᒥᓂᖃᖅᑐᖅ {}ᐅᖃᖅᑐᖅ ᐃᒡᓗᒧᑦ ᐊᑭᓕᐅᑎ ᖁᕙᓯᒋᐊᖅᓯᒪᓕᕐᒪᑦ 9,500 ᔫᕉᓄᑦ ᑕᖅᑭᑕᒫᖅ, ᑕᓪᓕᒪᐃᖅᑐᖅ ᓯᕗᓂᐊᓂ ᐊᑭᖓᓂᑦ."
JA_SHOP = (
    "フィレンツェで1892年に開業した書店が、今月末で店を閉じる。"
    "店主の{}さんによると、家賃は月9500ユーロに上がり、以前の五倍になったという。"
)


@pytest.mark.parametrize(
    ("lang", "source", "article", "expected"),
    [
        ("iu", OWNER, IU_OWNER.format("ᔫᓕᐊ ᕙᕋᓐᑌ "), []),
        ("iu", OWNER, IU_OWNER.format(""), [MISMATCH]),
        ("ar", FARMER, "وقال المزارع أحمد منصور: ”لم يرَ أجدادنا حرًّا كهذا قط“.", []),
        ("ar", FARMER, "وقال المزارع: ”لم يرَ أجدادنا حرًّا كهذا قط“.", [MISMATCH]),  # a person's name: said by sound
        ("ja", f"{FLORENCE} {OWNER}", JA_SHOP.format("ジュリア・フェッランテ"), []),
        # "フィレンツェ" in the sentence before renders Florence, its own sentence's name, not "Ferrante"
        ("ja", f"{FLORENCE} {OWNER}", JA_SHOP.format(""), [MISMATCH]),
    ],
)
def test_people_dropped_in_scripts_without_capitals(lang: str, source: str, article: str, expected: list[str]) -> None:
    assert [f.category for f in emitted("entities", article, lang, source=source)] == expected
