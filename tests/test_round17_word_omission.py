"""Word omission, round 17: a brand of everyday words whose apposition says it is an organisation past a
participle ("a charity based in ..."), a person named after a role noun in apposition ("said a fisherman,
X"), a mountain WordNet lists whole but also names by its own word ("Everest"), a Chechen name (ICU writes
its letters, not the digraphs of its palochka), a short figure whose numeral only opens another word, and a
decade written as an ordinal's plural ("1990-х") are each told dropped when the sentence lacks them."""

from __future__ import annotations

import pytest
from support import emitted

from mt_audit.entity_literal import apposition_heads
from mt_audit.languages import transliterates
from mt_audit.lexicon import person_noun
from mt_audit.wordnet_places import short_names

MISMATCH = "accuracy/entity-mismatch"
NUMBER = "accuracy/number-mismatch"

STEEL, STEEL_ES = "Some 3,000 tonnes of steel were used. ", "Se utilizaron unas 3.000 toneladas de acero. "
CHARITY = STEEL + "The study was paid for by the Grey Seal Trust, a charity based in Edinburgh."
AID = "Aid agencies say about 300,000 people need food and clean water. "
AID_AR = "وتقول وكالات الإغاثة إن نحو 300 ألف شخص بحاجة إلى الغذاء والمياه النظيفة. "
FISHER = AID + "“The sea came into our street in minutes,” said a fisherman, Armando Cossa."
EVEREST = "Engineers in Nepal have drained a glacial lake below Mount Everest by two metres."
ROBOT = "Each drone carries up to 10 kilograms and flies at six kilometres per hour over the fields."
LAKE = "The reservoir holds about 40 million cubic metres of water and has grown fast since the 1980s."
TEACHER = AID + "“The river rose in an hour,” said a teacher, Sherpa Dorje."
TEACHER_ZH = "救援机构说，约30万人需要食物和干净的水。“河水一小时就涨上来了，”教师夏尔巴·多吉说。"
BIOLOGIST = "“We heard them through the hull of our boat,” said a biologist, Tomás Nhantumbo."


@pytest.mark.parametrize(
    ("lang", "source", "article", "code"),
    [
        ("es", CHARITY, STEEL_ES + "El estudio lo financió la organización benéfica, con sede en Edimburgo.", MISMATCH),
        ("es", CHARITY, STEEL_ES + "El estudio lo financió Grey Seal Trust, con sede en Edimburgo.", None),
        ("ar", FISHER, AID_AR + "وقال الصياد: ”غمر البحر شارعنا في غضون دقائق“.", MISMATCH),
        ("ar", FISHER, AID_AR + "وقال الصياد أرماندو كوسا: ”غمر البحر شارعنا في غضون دقائق“.", None),
        ("da", EVEREST, "Ingeniører i Nepal har tømt en gletsjersø neden for med to meter.", MISMATCH),
        ("da", EVEREST, "Ingeniører i Nepal har tømt en gletsjersø neden for Mount Everest med to meter.", None),
        ("ru", EVEREST, "Инженеры в Непале осушили ледниковое озеро у подножия Эвереста на два метра.", None),
        ("no", ROBOT, "Hver drone bærer opptil kilo og flyr i seks kilometer i timen over jordene.", NUMBER),
        ("no", ROBOT, "Hver drone bærer opptil 10 kilo og flyr i seks kilometer i timen over jordene.", None),
        ("uk", LAKE, "У водосховищі близько мільйонів кубічних метрів води, і з 1980-х років воно росте.", NUMBER),
        ("uk", LAKE, "У водосховищі близько 40 мільйонів кубічних метрів води, і з 1980-х років воно росте.", None),
        ("ce", BIOLOGIST, "“Тхан кеманан корпусехула уьш хезира тхуна”, — элира биолога.", MISMATCH),
        ("zh", TEACHER, TEACHER_ZH, None),  # a name in Han spelt by sound and meaning: not heard in runs
    ],
)
def test_dropped_told(lang: str, source: str, article: str, code: str | None) -> None:
    codes = {f.category for f in emitted(["entities", "number-mismatch"], article, lang, source=source)}
    assert codes == ({code} if code else set())


@pytest.mark.parametrize(
    ("text", "heads"),
    [
        ("X, a charity based in Edinburgh.", ("charity",)),  # the participle opens a clause
        ("X, a firm owned by its workers.", ("firm",)),
        ("X, a group of three European energy companies.", ("group", "companies")),  # a plural is a noun
        ("X, a small bakery.", ("bakery",)),
    ],
)
def test_apposition_heads(text: str, heads: tuple[str, ...]) -> None:
    assert apposition_heads(text, 1) == heads


@pytest.mark.parametrize(
    ("word", "person"),
    [("fisherman", True), ("biologist", True), ("guide", True), ("charity", False), ("river", False)],
)
def test_person_noun(word: str, person: bool) -> None:
    assert person_noun(word) is person


@pytest.mark.parametrize(
    ("name", "short"),
    [("Mount Everest", ("everest",)), ("Lake Geneva", ()), ("Red Cross", ()), ("Mount Kenya", ())],
)
def test_short_names(name: str, short: tuple[str, ...]) -> None:
    assert short_names(name.lower()) == short


@pytest.mark.parametrize(("lang", "written"), [("ce", True), ("ru", True), ("bo", True), ("km", False)])
def test_transliterates(lang: str, written: bool) -> None:
    assert transliterates(lang) is written
