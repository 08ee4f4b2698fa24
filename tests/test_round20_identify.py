"""Identification, round 20: a document written mostly in a script no language lingua models is in CLDR's likely
language of that script (Burmese, Khmer, Tibetan, Canadian syllabics, Tifinagh), not in the language of the few
Latin brand names lingua could read (a Burmese article was "English" at 0.80); its confidence is 0, as nothing
weighed it against the script's other languages. Scripts lingua models are still judged by lingua."""

from __future__ import annotations

import pytest

from mt_audit.identify import detect
from mt_audit.languages import script_code, script_language
from mt_audit.pipeline import _source_error
from mt_audit.types import Document


@pytest.mark.parametrize(
    ("text", "lang", "confidence"),
    [
        ("Green Valley Energy ကုမ္ပဏီသည် မြို့အနီးတွင် နေရောင်ခြည်စွမ်းအင်ခြံ တည်ဆောက်မည်။", "my", 0.0),
        ("ក្រុមហ៊ុន Silver Lake Systems បានប្រកាសប្រាក់ចំណេញ ៣១០ លានអឺរ៉ូ។", "km", 0.0),
        ("ᓄᓇᕗᑦ ᒐᕙᒪᒃᑯᖏᑦ Google ᐅᖃᐅᓯᖃᖅᑐᑦ ᐊᕐᓇᓂᑦ.", "iu", 0.0),
        ("ⴰⵎⴰⵣⵉⵖ ⴷ ⵜⴰⵎⴰⵣⵉⵖⵜ ⴳ Google News.", "zgh", 0.0),
        ("བོད་ཀྱི་སྐད་ཡིག་ནི་ Google གིས་ ལག་ལེན་བྱེད།", "bo", 0.0),
        # scripts lingua models: lingua decides, the Latin words of a quotation do not outweigh the text
        ("Das Wort ကုမ္ပဏီ heißt auf Birmanisch Firma und steht in vielen Zeitungsberichten.", "de", None),
        ("Компания Silver Lake Systems сообщила о прибыли в 310 миллионов евро за квартал.", "ru", None),
    ],
)  # fmt: skip
def test_language_of_a_script_lingua_does_not_model(text: str, lang: str, confidence: float | None) -> None:
    got, conf = detect(text)
    assert got == lang
    assert conf == confidence if confidence is not None else conf > 0.5


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("ကုမ္ပဏီ Green", "Mymr"),  # three letters and four marks outweigh a five-letter Latin word
        ("東京タワー", "Jpan"),
        ("서울 市", "Kore"),
        ("123 — ...", ""),
    ],
)
def test_script_code(text: str, code: str) -> None:
    assert script_code(text) == code


@pytest.mark.parametrize(
    ("code", "lang"),
    [("Mymr", "my"), ("Cans", "iu"), ("Tfng", "zgh"), ("Ethi", "am"), ("Olck", "sat"), ("Zzzz", None)],
)
def test_script_language_is_cldrs_likely_one(code: str, lang: str | None) -> None:
    assert script_language(code) == lang


def test_a_burmese_source_is_no_english_one() -> None:
    doc = Document(doc_id="s", path="s.txt", text="Green Valley Energy ကုမ္ပဏီသည် မြို့အနီးတွင် နေရောင်ခြည်စွမ်းအင်ခြံ တည်ဆောက်မည်။")
    assert _source_error(doc) == "source is not English (detected my, confidence 0.00)"
