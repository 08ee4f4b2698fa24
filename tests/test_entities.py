"""Name extraction, name comparison, and the ``entities`` and ``inconsistency`` checks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mt_audit.checks.base import make_input
from mt_audit.checks.entities import entities, inconsistency
from mt_audit.checks.entities.audit import Audit
from mt_audit.entities import (
    is_inflection,
    name_key,
    names,
    native_index,
    native_skeletons,
    ordinary_noun,
    relation,
    renders,
    same_name,
    skeleton,
    tokenize,
    transliterate,
)

CORRUPTED = "accuracy/entity-corrupted"
LITERAL = "accuracy/entity-literal"
MISMATCH = "accuracy/entity-mismatch"
INCONSISTENCY = "fluency/inconsistency"

# ---------------------------------------------------------------- name extraction

NAMES = [
    ("en", "Analysts at the Bank of America expect a cut.", ["Bank of America"]),
    ("fr", "Elle a rejoint l’Université de Montréal en 2019.", ["Université de Montréal"]),
    ("en", "Sales of the iPhone beat those of Samsung.", ["iPhone", "Samsung"]),
    ("en", "The COVID-19 jab and other WHO programmes need PCRs.", ["COVID-19", "WHO", "PCRs"]),
    ("en", "Following the vote, Parliament met again.", ["Parliament"]),
    ("en", "Vattenfall will close the plant.", ["Vattenfall"]),
    ("en", "Norway's fund sold its stake.", ["Norway"]),
    ("en", "Green energy is cheap. Both sides agreed on Monday.", []),
    ("en", "Local Council Approves New Budget For Schools", []),
    ("en", "He met Dr. Okafor at St. Thomas Hospital.", ["Okafor", "Thomas Hospital"]),
    ("en", "In London, Queen Elizabeth II opened the session.", ["London", "Queen Elizabeth II"]),
    ("tr", "Netflix’in hisseleri Spotify’dan hızlı yükseldi.", ["Netflix", "Spotify"]),
    ("pl", "Akcje Netflixa wzrosły, podał Reuters.", ["Netflixa", "Reuters"]),
    ("de", "Laut Reuters hat die Bundesregierung Vattenfall kritisiert.", ["Reuters", "Vattenfall"]),
    ("ar", "قالت شركة Netflix إن عدد المشتركين ارتفع.", ["Netflix"]),
    ("ru", "Вчера Сергей Брин посетил Москву.", ["Сергей Брин", "Москву"]),
    ("zh", "据路透社报道，Toyota 的股价上涨。", ["Toyota"]),
    ("id", "Pada Februari, Grab membeli saham Gojek.", ["Grab", "Gojek"]),
    ("en", "Details are on Example.com and the Lakeside.tv site, said Reuters.", ["Reuters"]),
    ("ja", "トヨタの株価は Toyota Motor の発表後に上昇した。", ["Toyota Motor"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NAMES)
def test_names(lang: str, text: str, expected: list[str]) -> None:
    assert [n.text for n in names(text, lang)] == expected


def test_name_spans_and_tokens() -> None:
    text = "Später sprach Vattenfall mit der Europäischen Zentralbank."
    for n in names(text, "de"):
        assert text[n.start : n.end] == n.text
        assert n.tokens == tuple(n.text.split())


# ---------------------------------------------------------------- comparing names

KEYS = [
    ("You Tube", "youtube"),
    ("You-Tube", "youtube"),
    ("YouTube’un", "youtube"),
    ("The Economist", "economist"),
    ("Université", "universite"),
]


@pytest.mark.parametrize(("text", "key"), KEYS)
def test_name_key(text: str, key: str) -> None:
    assert name_key(text) == key


RELATIONS = [
    ("netflix", "netflixa", "pl", "same"),  # Polish genitive
    ("alaska", "alasce", "pl", "same"),  # Polish locative with a stem change
    ("netflix", "netflixa", "es", "misspelt"),  # Spanish has no case endings
    ("europe", "europa", "es", "same"),  # the local form of a name
    ("wojciechowski", "wojciechowsky", "en", "same"),  # a rare name spelt two ways
    ("sergey", "sergei", "en", "same"),
    ("organisation", "organization", "en", "same"),
    ("portugal", "portuguese", "en", "same"),  # derivation
    ("spotify", "spotfy", "en", "misspelt"),  # a well-known name misspelt
    ("spotify", "spotfy", "pl", "misspelt"),  # ... which case endings do not excuse
    ("economist", "econ", "en", "truncated"),
    ("austria", "germany", "en", "none"),
    ("iran", "iraq", "pl", "none"),
]


@pytest.mark.parametrize(("src", "tgt", "lang", "expected"), RELATIONS)
def test_relation(src: str, tgt: str, lang: str, expected: str) -> None:
    assert relation(src, tgt, lang) == expected


def test_inflection_and_same_name() -> None:
    assert is_inflection("toyota", "toyoty")
    assert not is_inflection("iran", "iraq")
    assert same_name("Netflix", "Netflixem", "pl")
    assert same_name("Sergey Brin", "Sergei Brin")
    assert not same_name("Sundar Pichai", "Satya Nadella")


RENDERINGS = [
    # spelling adaptations: c/k/z, ph/f, y/i, doubled letters, with endings
    ("Klingons", "Clingonen", True),
    ("Philippines", "Filipinen", True),
    ("Kyoto", "Kioto", True),
    ("Rebecca", "Rebekka", True),
    ("Cairo", "Kairo", True),
    ("Colombia", "Kolumbien", True),
    # inflections, place adjectives and demonyms, an umlaut for a vowel pair
    ("Kaiser", "Kaisers", True),
    ("Swedish", "schwedischen", True),
    ("Finland", "finnischer", False),  # a stem change: not a rendering by spelling
    ("Jordan", "Jordanien", True),
    ("Tunisia", "Tunesien", True),
    # different names of similar length, common words
    ("Austria", "Australia", False),
    ("Marianne", "Marina", False),
    ("Berlin", "Bern", False),
    ("Jackson", "Johnson", False),
    ("Turner", "turned", False),
    ("Caroline", "Karotte", False),
    ("Ottawa", "Otter", False),
]


@pytest.mark.parametrize(("name", "word", "expected"), RENDERINGS)
def test_renders(name: str, word: str, expected: bool) -> None:
    assert renders(name, word) is expected


ORDINARY_NOUNS = [
    ("Fahrrad", "de", True),
    ("Computer", "de", True),  # an English loan, a noun in German
    ("Schmidt", "de", False),  # a surname English knows too
    ("Paris", "de", False),
    ("Fahrrad", "nl", False),  # Dutch does not capitalise nouns: the fact is per language
]


@pytest.mark.parametrize(("word", "lang", "expected"), ORDINARY_NOUNS)
def test_ordinary_noun(word: str, lang: str, expected: bool) -> None:
    assert ordinary_noun(word, lang) is expected


SKELETONS = [
    ("Netflix", "نتفليكس"),
    ("Google", "غوغل"),
    ("Google", "جوجل"),
    ("Tesla", "تسلا"),
    ("Toronto", "تورنتو"),
    ("Spotify", "سبوتيفاي"),
]


@pytest.mark.parametrize(("latin", "arabic"), SKELETONS)
def test_arabic_skeletons_match(latin: str, arabic: str) -> None:
    assert skeleton(latin, "arabic") in native_skeletons(arabic)


def test_skeletons_strip_proclitics_and_keep_emphatics_apart() -> None:
    assert skeleton("Netflix", "arabic") in native_skeletons("بنتفليكس")  # "in/with Netflix"
    assert skeleton("Tabor", "arabic") not in native_skeletons("طابور")  # "queue": ط is not ت


def test_native_index_finds_names_written_in_several_words() -> None:
    text = "شاهدت المقطع على يو تيوب أمس."
    idx = native_index(text, "ar")
    toks = tokenize(text)
    (a, b), *_ = idx.find(skeleton("YouTube", idx.target))
    assert text[toks[a].start : toks[b - 1].end] == "يو تيوب"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("श्री गणेश", ["श्री", "गणेश"]),  # vowel signs and the virama stay inside their word
        ("ผู้ว่าการ กล่าว", ["ผู้ว่าการ", "กล่าว"]),
        ("東京タワーに行った", ["東京", "タワー", "に", "行", "った"]),  # cut where kanji and kana change
        ("Stadt Zürich", ["Stadt", "Zürich"]),
    ],
)
def test_tokenize_keeps_combining_marks(text: str, words: list[str]) -> None:
    assert [t.text for t in tokenize(text)] == words


def test_cyrillic() -> None:
    assert transliterate("Брин") == "brin"
    assert skeleton("Telegram", "cyrillic") in native_skeletons("Телеграм")


# ---------------------------------------------------------------- the entities check

SOURCE_FC = "According to Fast Company, the startup raised 20 million dollars last year."
SOURCE_ECON = "The Economist reported that the central bank will raise rates in June."
SOURCE_SPOT = "Last week Spotify announced a new plan for students in Europe."
SOURCE_SD = "The startup used Stable Diffusion to draw every image in the campaign."
SOURCE_PIN = "The photo was first posted to Pinterest."
SOURCE_NADELLA = "Satya Nadella announced the deal with the regulator on Tuesday."
SOURCE_HUANG = "Jensen Huang said demand for the new chips is very strong."
SOURCE_VATT = "Reuters reported that Vattenfall will close the plant next year."

FIRES = [
    # a synonym swapped into a kept English name
    (
        "id",
        SOURCE_FC,
        "Menurut Quick Company, perusahaan rintisan itu mengumpulkan 20 juta dolar tahun lalu.",
        None,
        CORRUPTED,
        "Quick Company",
    ),
    # a well-known name misspelt
    (
        "es",
        SOURCE_SPOT,
        "La semana pasada Spotfy anunció un nuevo plan para estudiantes en Europa.",
        None,
        CORRUPTED,
        "Spotfy",
    ),
    # a name cut short
    (
        "tr",
        SOURCE_ECON,
        "The Econ, merkez bankasının haziranda faizleri artıracağını bildirdi.",
        None,
        CORRUPTED,
        "The Econ",
    ),
    # a product name translated as ordinary words, seen through the back-translation
    (
        "tr",
        SOURCE_SD,
        "Girişim, kampanyadaki her görseli çizmek için Kararlı Yayılım kullandı.",
        "The startup used Stable Spread to draw every image in the campaign.",
        LITERAL,
        "Kararlı Yayılım",
    ),
    (
        "id",
        SOURCE_PIN,
        "Foto itu pertama kali diunggah ke Minat Pin.",
        "The photo was first uploaded to Pin Interest.",
        LITERAL,
        "Minat Pin",
    ),
    # another name in the source name's place
    ("pl", SOURCE_NADELLA, "Sundar Pichai ogłosił we wtorek umowę z regulatorem.", None, MISMATCH, "Sundar Pichai"),
    (
        "ar",
        SOURCE_HUANG,
        "قال ساتيا ناديلا إن الطلب على الرقائق الجديدة قوي جدا.",
        "Satya Nadella said that demand for the new chips is very strong.",
        MISMATCH,
        None,
    ),
    # a name dropped
    ("de", SOURCE_VATT, "Reuters berichtete, dass das Werk im nächsten Jahr geschlossen wird.", None, MISMATCH, None),
    # a German article: another country where the source names one (German renders names its own way)
    (
        "de",
        "He sailed past Croatia on the way home.",
        "Auf dem Heimweg segelte er an Serbien vorbei.",
        None,
        MISMATCH,
        None,
    ),
    (
        "de",
        "This is a photo of a Faroese sheep.",
        "Das ist ein Foto eines Island-Schafs.",
        None,
        MISMATCH,
        "Island-Schafs",
    ),
    # English against English (a rewrite): a replaced name
    (
        "en",
        "The talks were hosted by Mexico, the Mexican-American delegates said.",
        "The talks were hosted by Canada, the Mexican-American delegates said.",
        None,
        MISMATCH,
        "Canada",
    ),
    (
        "en",
        "The talks were hosted by Norway in March.",
        "The talks were hosted by Brazil in March.",
        None,
        MISMATCH,
        "Brazil",
    ),
]


# names dropped where nothing renders them: kept elsewhere in the article, a neighbour naming it on both
# sides, a well-known name the language spells the English way; a name word swapped for an English derivative
FIRES += [
    (
        "pl",
        "Shares of the lender KDV rose on Monday. KDV said its profit doubled.",
        "Akcje banku KDV wzrosły w poniedziałek. Bank podał, że jego zysk się podwoił.",
        None,
        MISMATCH,
        None,
    ),
    (
        "nl",
        "The plant is run by Anna Berglund, the head of Nordvik. Berglund said it will open in May.",
        "De fabriek wordt geleid door de topvrouw van Nordvik. Berglund zei dat hij in mei opengaat.",
        None,
        MISMATCH,
        None,
    ),
    (
        "it",
        "The summit will be held in Toronto next spring.",
        "Il vertice si terrà la prossima primavera.",
        None,
        MISMATCH,
        None,
    ),
    (
        "pl",
        "She works at Green Harbour Labs now.",
        "Pracuje teraz w Greenish Harbour Labs.",
        None,
        CORRUPTED,
        "Greenish Harbour Labs",
    ),
    # the surname kept belongs to another name of the sentence: this one was dropped
    (
        "fr",
        "The hosts were Lotta Berg and Nils Berg.",
        "Les hôtes étaient Lotta Berg et son mari.",
        None,
        MISMATCH,
        None,
    ),
    (
        "fi",
        "Last year Red Rock Media bought the station.",
        "Viime vuonna Reddish Rock Media osti aseman.",
        None,
        CORRUPTED,
        "Reddish Rock Media",
    ),
]


# a name dropped where no capitalised word is left that could stand for it, whatever its words
ANALYSTS = "Analysts at Harbor Lime Partners expect strong growth next year."
FIRES += [
    ("pl", ANALYSTS, "Analitycy spodziewają się silnego wzrostu w przyszłym roku.", None, MISMATCH, None),
    ("hu", ANALYSTS, "Az elemzők erős növekedést várnak jövőre.", None, MISMATCH, None),
    (
        "id",
        "The new bridge over the Brenvaal river opened in May.",
        "Jembatan baru di atas sungai itu dibuka pada bulan Mei.",
        None,
        MISMATCH,
        None,
    ),
    ("fr", "The report of the OECD was published on Monday.", "Le rapport a été publié lundi.", None, MISMATCH, None),
]


@pytest.mark.parametrize(("lang", "source", "article", "bt", "code", "span"), FIRES)
def test_entities_fires(lang: str, source: str, article: str, bt: str | None, code: str, span: str | None) -> None:
    found = list(entities(make_input(article, lang, source=source, backtranslation=bt)))
    assert [f.category for f in found] == [code]
    if span is not None:
        assert found[0].span == span
    assert found[0].severity == "major"
    assert found[0].message.endswith(".")


SILENT = [
    # names kept as written
    ("es", SOURCE_VATT, "Según Reuters, Vattenfall cerrará la planta el próximo año.", None),
    ("id", SOURCE_FC, "Menurut Fast Company, perusahaan rintisan itu mengumpulkan 20 juta dolar tahun lalu.", None),
    # inflected names
    ("pl", SOURCE_VATT, "Reuters podał, że Vattenfalla zamknie elektrownię w przyszłym roku.", None),
    ("tr", SOURCE_SPOT, "Geçen hafta Spotify’ın Avrupa’daki öğrenciler için yeni bir plan duyurduğu açıklandı.", None),
    ("pl", SOURCE_NADELLA, "Satya Nadella ogłosił we wtorek umowę z regulatorem.", None),
    # a transliteration, confirmed by the back-translation
    (
        "ar",
        SOURCE_HUANG,
        "قال جنسن هوانغ إن الطلب على الرقائق الجديدة قوي جدا.",
        "Jensen Huang said that demand for the new chips is very strong.",
    ),
    # surname only, a translated institution head, common words capitalised at sentence start
    ("de", SOURCE_NADELLA, "Nadella kündigte am Dienstag die Einigung mit der Behörde an.", None),
    ("en", "Revenue at Toyota rose again, the company said.", "Toyota said revenue rose again.", None),
    (
        "en",
        "The Economist reported that the central bank will raise rates in June.",
        "The central bank will raise rates in June, The Economist reported.",
        None,
    ),
    # an acronym spelt out by the translation
    ("es", "The IMF cut its growth forecast.", "El Fondo Monetario Internacional recortó su previsión.", None),
    # German renderings of names, and a capitalised ordinary noun beside them
    ("de", "He sailed past Croatia on the way home.", "Auf dem Heimweg segelte er an Kroatien vorbei.", None),
    (
        "de",
        "The poem tells how Circe tricked the sailors.",
        "Das Gedicht erzählt, wie Kirke die Seeleute täuschte.",
        None,
    ),
    ("de", "This is a typical Faroese fishing boat.", "Das ist ein typisches färöisches Fischerboot.", None),
    ("de", "This is a photo of a Faroese sheep.", "Das ist ein Foto eines Färöer-Schafs.", None),
]


# names rendered the language's way: a place adjective by sound or stem, a CLDR name reached from a short
# form or an acronym, a multiword name partly rendered, a case form of a CLDR city in Cyrillic
SILENT += [
    (
        "cs",
        "Workers at the Temelin plant went on strike.",
        "Pracovníci temelínské elektrárny vstoupili do stávky.",
        None,
    ),
    ("pl", "Imports from Iran fell last year.", "Import z irańskich rafinerii spadł w zeszłym roku.", None),
    ("fr", "The ship sailed to the Solomons in May.", "Le navire a fait route vers les Salomon en mai.", None),
    (
        "es",
        "Prices rose sharply in the UAE last year.",
        "Los precios subieron mucho en los Emiratos Árabes Unidos el año pasado.",
        None,
    ),
    ("cs", "The Polish Medical Chamber criticised the plan.", "Polská lékařská komora plán kritizovala.", None),
    ("ru", "The festival opened in Kazan on Friday.", "Фестиваль открылся в пятницу в казанском кремле.", None),
    ("fi", "Last year Red Rock Media bought the station.", "Viime vuonna Red Rock Media osti aseman.", None),
]


# ... but not where a capitalised word may be its rendering, nor for names a translation writes in
# lower case, nor in a language that capitalises every noun
SILENT += [
    ("pl", ANALYSTS, "Analitycy firmy Przystań Lipowa spodziewają się silnego wzrostu.", None),
    ("de", ANALYSTS, "Analysten erwarten im nächsten Jahr ein starkes Wachstum.", None),
    ("fr", "They walked up to the Temple of the Moon at dawn.", "Ils sont montés au temple de la lune à l’aube.", None),
    ("es", "The CEO resigned on Tuesday after the vote.", "El director ejecutivo dimitió el martes.", None),
    ("fr", "Fans of Christian rock gathered in the park.", "Les fans de rock chrétien se sont réunis au parc.", None),
    ("pl", "The UK government changed the rules.", "Rząd brytyjski zmienił zasady.", None),
    ("it", "The Sun rose over the hills.", "Il sole sorse sopra le colline.", None),
    ("pl", "The flat is worth 400,000 PLN, it says.", "Mieszkanie jest warte 400 tys. zł, podaje raport.", None),
    ("pl", "Two sailors of the American Navy died.", "Dwóch marynarzy amerykańskiej marynarki wojennej zmarło.", None),
    ("es", "Voters must show an ID at the polls.", "Los votantes deben mostrar un documento de identidad.", None),
    ("hi", "Chen worked at Zoomlion for years.", "चेन ने कई वर्षों तक जूमलॉयन में काम किया।", None),  # ज for "z"
]


@pytest.mark.parametrize(("lang", "source", "article", "bt"), SILENT)
def test_entities_silent(lang: str, source: str, article: str, bt: str | None) -> None:
    assert list(entities(make_input(article, lang, source=source, backtranslation=bt))) == []


SILVER = "Shares in Silver Bay Foods rose on Monday."


@pytest.mark.parametrize(
    ("lang", "article", "expected"),
    [
        ("sv", "Aktierna i Silvers Bay Foods steg på måndagen.", [CORRUPTED]),  # ending on an inner word only
        ("de", "Die Aktien von Silvers Bay Foods stiegen am Montag.", [CORRUPTED]),
        ("sv", "Aktierna i Silver Bay Foods steg på måndagen.", []),
        ("fi", "Silver Bay Foodsin osakkeet nousivat maanantaina.", []),  # the ending on the last word
        ("da", "Silver Bay Foods' aktier steg mandag.", []),
    ],
)
def test_inner_word_ending_with_a_bare_last_word(lang: str, article: str, expected: list[str]) -> None:
    """A case ending marks the whole name, on its last word; alone on an inner word it is damage."""
    assert [f.category for f in entities(make_input(article, lang, source=SILVER))] == expected


@pytest.mark.parametrize(
    ("lang", "source", "article"),
    [
        ("pl", "He met John Smith on Monday.", "Spotkał Johna Smitha w poniedziałek."),  # every word declined
        ("pl", "He met Jean Reno on Monday.", "Spotkał Jeana Reno w poniedziałek."),  # "Reno" does not decline
        ("cs", "He met Jean Reno on Monday.", "Potkal Jeana Reno v pondělí."),
    ],
)
def test_endings_on_inner_words_of_declined_names(lang: str, source: str, article: str) -> None:
    assert list(entities(make_input(article, lang, source=source))) == []


@pytest.mark.parametrize(
    ("article", "partly"),
    [
        ("সাইক্লিস্ট গত সপ্তাহে ঢাকায় ম্যারাথন শেষ করেছেন।", False),  # "ম্যারাথন" is "marathon", not "Moran"
        ("সাইক্লিস্ট আনিতা মোরান গত সপ্তাহে ঢাকায় ম্যারাথন শেষ করেছেন।", True),
    ],
)
def test_a_word_sounding_exactly_like_another_source_word_renders_that_word(article: str, partly: bool) -> None:
    audit = Audit(make_input(article, "bn", source="The cyclist Anita Moran finished the marathon in Dhaka last week."))
    name = next(sn for sn in audit.source_names[0] if list(sn.keys) == ["anita", "moran"])
    assert audit.partly_rendered(name, [0]) is partly


def test_independent_article_gets_no_mismatch() -> None:
    """An article that does not derive from the source names other things: only look-alikes count."""
    item = make_input("Sundar Pichai ogłosił we wtorek umowę z regulatorem.", "pl", source=SOURCE_NADELLA)
    item.derives = False
    assert list(entities(item)) == []
    item = make_input("Menurut Quick Company, perusahaan itu tumbuh pesat.", "id", source=SOURCE_FC)
    item.derives = False
    assert [f.category for f in entities(item)] == [CORRUPTED]


def test_languages_without_word_lists_do_not_crash() -> None:
    """Chinese and Japanese frequencies need optional segmenters; the checks run without them."""
    item = make_input("据路透社报道，Vattenfall 将关闭该工厂。", "zh", source=SOURCE_VATT, backtranslation=SOURCE_VATT)
    assert list(entities(item)) == []
    assert list(inconsistency(item)) == []


def test_no_source_no_findings() -> None:
    assert list(entities(make_input("Vattenfall zamknie elektrownię.", "pl"))) == []


# ---------------------------------------------------------------- the inconsistency check

INCONSISTENT = [
    ("es", "YouTube cambió sus reglas. Los creadores de You Tube protestaron el lunes.", None, "You Tube"),
    ("de", "Der Trainer Alexandrov lobte das Team. Später sagte Aleksandrov, er bleibe.", None, "Aleksandrov"),
    (
        "ar",
        "أعلنت Netflix عن خطة جديدة. وقالت نتفليكس إن الأسعار سترتفع.",
        "Netflix announced a new plan. Netflix said that prices will rise.",
        "نتفليكس",
    ),
    ("ru", "Компания Telegram обновила приложение. Пользователи Телеграм довольны.", None, "Телеграм"),
]


@pytest.mark.parametrize(("lang", "article", "bt", "span"), INCONSISTENT)
def test_inconsistency_fires(lang: str, article: str, bt: str | None, span: str) -> None:
    found = list(inconsistency(make_input(article, lang, backtranslation=bt)))
    assert [f.category for f in found] == [INCONSISTENCY]
    assert found[0].span == span
    assert found[0].severity == "minor"


CONSISTENT = [
    ("pl", "Netflix podał wyniki. Akcje Netflixa wzrosły, a Netflixowi sprzyja kurs dolara.", None),
    ("tr", "Netflix’in hisseleri yükseldi. Netflix yeni bir plan duyurdu.", None),
    ("en", "Satya Nadella spoke first. Later, Nadella took questions.", None),
    ("de", "Österreich und Australien unterzeichneten das Abkommen.", None),
    (
        "ar",
        "قالت شركة Netflix إن الأسعار سترتفع بين الشهرين.",
        "The company Netflix said prices will rise between the months.",
    ),
    ("id", "Grab dan Gojek bersaing. Grab menang di Jakarta.", None),
]


@pytest.mark.parametrize(("lang", "article", "bt"), CONSISTENT)
def test_inconsistency_silent(lang: str, article: str, bt: str | None) -> None:
    assert list(inconsistency(make_input(article, lang, backtranslation=bt))) == []


# ---------------------------------------------------------------- properties

TEXT = st.lists(
    st.sampled_from(
        list("abcXYZ ĞğİıłŁéÉ’'-.,:\n") + ["Net", "flix", "Brin", "نتف", "ليكس", "Лондон", "马", "The ", "NATO"]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(TEXT, st.sampled_from(["en", "tr", "pl", "ar", "ru", "de"]))
def test_names_spans_property(text: str, lang: str) -> None:
    for n in names(text, lang):
        assert 0 <= n.start < n.end <= len(text)
        assert text[n.start : n.end] == n.text
    for t in tokenize(text):
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text


@settings(max_examples=100, deadline=None)
@given(TEXT, TEXT, st.sampled_from(["en", "tr", "pl", "ar", "id"]), st.booleans())
def test_checks_never_crash_and_spans_hold(article: str, source: str, lang: str, derives: bool) -> None:
    if not article.strip() or not source.strip():
        return
    item = make_input(article, lang, source=source, backtranslation=article)
    item.derives = derives
    for check in (entities, inconsistency):
        for f in check(item):
            assert 0 <= f.start <= f.end <= len(article)
            assert article[f.start : f.end] == f.span


# ---------------------------------------------------------------- a sentence opener that opens the name

LEAD_SOURCE = "Royal Anvers won the cup on Sunday after a late goal."

LEAD_CASES = [
    # the opener swapped for an English word WordNet relates to it: a spinner's swap
    ("es", "Regal Anvers ganó la copa el domingo tras un gol tardío.", [CORRUPTED]),
    # the name kept whole, or with the opener translated: nothing to say
    ("es", "Royal Anvers ganó la copa el domingo tras un gol tardío.", []),
    ("es", "El Real Anvers ganó la copa el domingo tras un gol tardío.", []),
]


@pytest.mark.parametrize(("lang", "article", "expected"), LEAD_CASES)
def test_sentence_opener_read_as_the_name_first_word(lang: str, article: str, expected: list[str]) -> None:
    item = make_input(article, lang, source=LEAD_SOURCE)
    assert [f.category for f in entities(item)] == expected


@pytest.mark.parametrize(("key", "opens"), [("royal", True), ("genuine", True), ("yesterday", False), ("the", False)])
def test_may_open_name(key: str, opens: bool) -> None:
    from mt_audit.entities import may_open_name
    from mt_audit.lexicon import zipf

    assert may_open_name(key, zipf(key, "en")) is opens


SIBLINGS_SOURCE = "Creditors sued Kessler Bridge Norway, Kessler Bridge Retail and Kessler Bridge Finance last week."


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        # one of three sibling names with a word swapped: its siblings' words do not cover for it
        (
            "Los acreedores demandaron a Kessler Span Norway, Kessler Bridge Retail y Kessler Bridge Finance.",
            [CORRUPTED],
        ),
        ("Los acreedores demandaron a Kessler Bridge Norway, Kessler Bridge Retail y Kessler Bridge Finance.", []),
    ],
)
def test_sibling_names_are_matched_one_mention_at_a_time(article: str, expected: list[str]) -> None:
    item = make_input(article, "es", source=SIBLINGS_SOURCE)
    assert [f.category for f in entities(item)] == expected


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        # the name's capitalised article read as an English word by a spinner
        ("Selon Elevation Heraldo, le port fermera en mai.", [CORRUPTED]),
        ("Selon El Heraldo, le port fermera en mai.", []),
        ("Selon Le Heraldo, le port fermera en mai.", []),
    ],
)
def test_name_article_swapped_for_an_english_word(article: str, expected: list[str]) -> None:
    item = make_input(article, "fr", source="According to El Heraldo, the port will close in May.")
    assert [f.category for f in entities(item)] == expected


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        # an English synonym with the language's case ending glued on
        ("Urakan sai Kessler Excavationin johtama ryhmä viime vuonna.", [CORRUPTED]),
        ("Urakan sai Kessler Miningin johtama ryhmä viime vuonna.", []),
    ],
)
def test_inflected_english_synonym_in_a_name(article: str, expected: list[str]) -> None:
    item = make_input(article, "fi", source="The contract went to a group led by Kessler Mining last year.")
    assert [f.category for f in entities(item)] == expected


# a brand of ordinary words translated as capitalised words, unless it is most of a quoted stretch (a
# title of a work, translated by convention)
WATCHED = "Last night she watched Quiet Harbor Lights with her brother."


@pytest.mark.parametrize(
    ("lang", "source", "article", "expected"),
    [
        ("pl", WATCHED, "Wczoraj wieczorem obejrzała z bratem Ciche Światła Portu.", [LITERAL]),
        ("pl", WATCHED, "Wczoraj wieczorem obejrzała z bratem „Ciche Światła Portu”.", []),
        (
            "fr",
            "The shares of Quiet Harbor Software rose on Friday.",
            "Les actions de « Logiciel Port Tranquille » ont augmenté vendredi.",
            [],
        ),
    ],
)
def test_quoted_title_is_no_literal_brand(lang: str, source: str, article: str, expected: list[str]) -> None:
    assert [f.category for f in entities(make_input(article, lang, source=source))] == expected


@pytest.mark.parametrize(
    ("lang", "source", "article", "fits"),
    [
        # one source sentence, which Thai writes as several space-separated "sentences"
        (
            "th",
            "Quiet Harbor Software opened a new office in the north of the city on Monday morning.",
            "บริษัท ซอฟต์แวร์ท่าเรือเงียบ เปิดสำนักงานแห่งใหม่ ทางตอนเหนือของเมือง เมื่อเช้าวันจันทร์",
            True,
        ),
        # one source sentence written as two
        (
            "fr",
            "Quiet Harbor Software opened a new office in the north of the city on Monday morning.",
            "Logiciel Port Tranquille a ouvert un bureau. Il se trouve au nord de la ville, depuis lundi matin.",
            True,
        ),
        # the article sentence also carries the next, longer source sentence
        (
            "fr",
            "Quiet Harbor Software grew. Its staff doubled over the year and the firm moved into a bigger "
            "building downtown.",
            "Logiciel Port Tranquille a grandi et son personnel a doublé au cours de l'année, l'entreprise "
            "s'installant dans un immeuble plus grand du centre-ville.",
            False,
        ),
    ],
)
def test_literal_bead_fits_the_name_sentence(lang: str, source: str, article: str, fits: bool) -> None:
    audit = Audit(make_input(article, lang, source=source))
    sn = audit.source_names[0][0]
    assert audit._bead_fits(sn, list(range(len(audit.item.sentences)))) is fits


HARBOUR = "The {} reported the fire in the old harbour on Monday."


@pytest.mark.parametrize(
    ("lang", "source", "article", "expected"),
    [
        # the language writes the acronym as English does: its absence is an omission
        ("fr", HARBOUR.format("BBC"), "Le feu dans le vieux port a été signalé lundi.", [MISMATCH]),
        ("fr", HARBOUR.format("BBC"), "La BBC a signalé lundi le feu dans le vieux port.", []),
        # ... not one the language writes its own way, nor one inside a compound
        ("es", "The IMF cut its forecast on Monday.", "El FMI recortó el lunes su previsión.", []),
        ("de", "A UN expert on the disease spoke on Monday.", "Ein UN-Experte für die Krankheit sprach am Montag.", []),
        # ... nor one qualifying a number like a unit, which a translation may convert
        ("fr", "The ship sank at 0400 GMT on Monday.", "Le navire a coulé lundi à 5 h, heure de Paris.", []),
    ],
)
def test_dropped_acronym(lang: str, source: str, article: str, expected: list[str]) -> None:
    assert [f.category for f in entities(make_input(article, lang, source=source))] == expected


QUIET_HARBOR = "The contract went to a group led by Quiet Harbor Software, which also built the new port."


@pytest.mark.parametrize(
    ("lang", "article", "expected"),
    [
        # in a script without capitals a brand of everyday words is kept, transliterated, or gone
        ("hi", "अनुबंध Quiet Harbor Software के नेतृत्व वाले समूह को मिला, जिसने नया बंदरगाह भी बनाया।", []),
        ("hi", "अनुबंध क्वाइट हार्बर सॉफ्टवेयर के नेतृत्व वाले समूह को मिला, जिसने नया बंदरगाह भी बनाया।", []),
        ("hi", "अनुबंध हार्बर सॉफ्टवेयर के नेतृत्व वाले समूह को मिला, जिसने नया बंदरगाह भी बनाया।", []),
        ("hi", "अनुबंध उस समूह को मिला, जिसने नया बंदरगाह भी बनाया।", [MISMATCH]),
        ("ar", "ذهب العقد إلى مجموعة، التي بنت أيضًا الميناء الجديد.", [MISMATCH]),
    ],
)
def test_brand_dropped_in_a_script_without_capitals(lang: str, article: str, expected: list[str]) -> None:
    assert [f.category for f in entities(make_input(article, lang, source=QUIET_HARBOR))] == expected


HEADSET = "Thanks to the new headset for Xbox One, the firm can now reach Xbox One fans."


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        # one of two mentions swapped by a spinner, the other intact
        ("Dzięki nowemu zestawowi dla Xbox Unmatched firma może teraz dotrzeć do fanów Xbox One.", [CORRUPTED]),
        ("Dzięki nowemu zestawowi dla Xbox One firma może teraz dotrzeć do fanów Xbox One.", []),
        ("Dzięki nowemu zestawowi dla Xbox One firma może teraz dotrzeć do fanów konsoli.", []),
    ],
)
def test_one_mention_of_a_repeated_name_damaged(article: str, expected: list[str]) -> None:
    assert [f.category for f in entities(make_input(article, "pl", source=HEADSET))] == expected


HIKERS = "Hikers climb the Karvissen volcano every summer."


@pytest.mark.parametrize(
    ("lang", "source", "article", "expected"),
    [
        # a name dropped from between brackets leaves them empty
        (
            "es",
            "The company Helvar Dynamics (HVD) reported a loss on Monday.",
            "La empresa Helvar Dynamics () informó el lunes de pérdidas.",
            [(MISMATCH, "()")],
        ),
        (
            "es",
            "The company Helvar Dynamics (HVD) reported a loss on Monday.",
            "La empresa Helvar Dynamics (HVD) informó el lunes de pérdidas.",
            [],
        ),
        (
            "zh",
            "The ruling party, Northern Farmers Alliance (NFA), won the vote.",
            "执政党北方农民联盟（）赢得了投票。",
            [(MISMATCH, "（）")],
        ),
        # ... or the article's own gloss of a name it transliterated
        ("zh", HIKERS, "徒步者每年夏天都会攀登卡尔维森火山（）。", [(MISMATCH, "（）")]),
        ("zh", HIKERS, "徒步者每年夏天都会攀登卡尔维森火山（Karvissen）。", []),
        # brackets that held a number blame no name
        (
            "es",
            "The company Helvar Dynamics reported losses (12 million) on Monday.",
            "La empresa Helvar Dynamics informó de pérdidas () el lunes.",
            [],
        ),
    ],
)
def test_name_dropped_from_brackets(lang: str, source: str, article: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.category, f.span) for f in entities(make_input(article, lang, source=source))] == expected


CREEK = "The contract went to Silver Creek Mining, which opened a pit."
MILL = "Stone Harbour Partners bought the old mill."


@pytest.mark.parametrize(
    ("lang", "source", "article", "expected"),
    [
        # a Latin copy in a language of another script is neither inflected nor respelt: a change is damage
        ("uk", CREEK, "Контракт отримала Silvers Creek Mining, яка відкрила шахту.", [CORRUPTED]),
        ("el", MILL, "Η Stone Harb Partners αγόρασε τον παλιό μύλο.", [CORRUPTED]),
        ("uk", CREEK, "Контракт отримала Silver Creek Mining, яка відкрила шахту.", []),
        # ... but British and American spellings are one word, and Polish inflects names
        ("el", MILL, "Η Stone Harbor Partners αγόρασε τον παλιό μύλο.", []),
        ("pl", CREEK, "Kontrakt otrzymała Silvera Creek Mining, która otworzyła kopalnię.", []),
        # ... though "-s" on an inner word alone is no Polish ending, nor any language's
        ("pl", CREEK, "Kontrakt otrzymała Silvers Creek Mining, która otworzyła kopalnię.", [CORRUPTED]),
        # ... and a Latin word the source writes elsewhere is a copy of that word
        (
            "ru",
            "The match aired on the channel Poland-2 and on the site Poland.info.",
            "Матч показали на телеканале «Польша 2» и на сайте Poland.info.",
            [],
        ),
    ],
)
def test_latin_copy_in_another_script(lang: str, source: str, article: str, expected: list[str]) -> None:
    assert [f.category for f in entities(make_input(article, lang, source=source))] == expected


HOLDINGS = "The manager of EL Holdings said sales rose."
PALM = "The app runs on Windows and on Palm OS since last year."


@pytest.mark.parametrize(
    ("lang", "source", "article", "expected"),
    [
        # a capitalised function word or an acronym before the name, swapped by a spinner for a related word
        ("de", "The team flew to A Estrada on Monday.", "Das Team flog am Montag nach Amp Estrada.", [CORRUPTED]),
        ("de", "The team flew to A Estrada on Monday.", "Das Team flog am Montag nach A Estrada.", []),
        ("es", HOLDINGS, "La gerente de Elevation Holdings dijo que las ventas subieron.", [CORRUPTED]),
        ("es", HOLDINGS, "La gerente de EL Holdings dijo que las ventas subieron.", []),
        # an acronym read with the capitalised word before it
        ("it", PALM, "L'app funziona su Windows e su Palm Bone dall'anno scorso.", [CORRUPTED]),
        ("it", PALM, "L'app funziona su Windows e su Palm OS dall'anno scorso.", []),
    ],
)
def test_word_before_the_name_swapped(lang: str, source: str, article: str, expected: list[str]) -> None:
    assert [f.category for f in entities(make_input(article, lang, source=source))] == expected


MINISTER = "Culture minister Erik Becker said the festival would open in May."
BAKER = "“Prices will not fall,” said Nora Farrell, a baker who lost her shop."


@pytest.mark.parametrize(
    ("source", "article", "expected"),
    [
        # a first name Swedish writes as English does: the full name's absence is an omission
        (MINISTER, "Kulturministern sa att festivalen skulle öppna i maj.", [MISMATCH]),
        (MINISTER, "Kulturministern Erik Becker sa att festivalen skulle öppna i maj.", []),
        # an everyday word sharing the name's consonants ("förlorade") renders no part of it
        (BAKER, "”Priserna kommer inte att sjunka”, sa, en bagare som förlorade sin butik.", [MISMATCH]),
        (BAKER, "”Priserna kommer inte att sjunka”, sa Nora Farrell, en bagare som förlorade sin butik.", []),
    ],
)
def test_person_dropped_in_swedish(source: str, article: str, expected: list[str]) -> None:
    assert [f.category for f in entities(make_input(article, "sv", source=source))] == expected
