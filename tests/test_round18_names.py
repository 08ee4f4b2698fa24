"""Names, round 18: Thai writes "v" with the letter for "w" ("นาวาร์โร", Navarro) and glues a title to the
name it precedes ("นางเอเลนา", Mrs Elena): a person's name written so is there, not dropped."""

from __future__ import annotations

import pytest
from support import emitted

from mt_audit.entity_forms import loose_skeleton, native_rendered

MISMATCH = "accuracy/entity-mismatch"
MAYOR = "“We have not seen a drought like this in forty years,” said the mayor, Elena Navarro."
QUOTE_TH = "“เราไม่เคยเจอภัยแล้งแบบนี้มาสี่สิบปีแล้ว” "


@pytest.mark.parametrize(
    ("name", "written", "same"),
    [
        ("navarro", "นาวาร์โร", True),  # ว between vowels is "v"
        ("lava", "ลาวา", True),
        ("navarro", "นาร์โร", False),  # no "v" written
    ],
)
def test_thai_w_between_vowels_is_v(name: str, written: str, same: bool) -> None:
    assert (loose_skeleton(name) == loose_skeleton(written)) is same


@pytest.mark.parametrize(
    ("name", "words", "found"),
    [
        ("elena navarro", ["นางเอเลนา", "นาวาร์โร"], True),  # the title นาง glued before the given name
        ("elena navarro", ["เอเลนา", "นาวาร์โร"], True),
        ("elena navarro", ["นางสาว", "นาวาร์โร"], False),  # the title alone, no given name
        ("elena navarro", ["นางเอเลนา"], False),  # the given name alone
    ],
)
def test_name_glued_after_a_title(name: str, words: list[str], found: bool) -> None:
    assert native_rendered(name, words) is found


@pytest.mark.parametrize(
    ("article", "code"),
    [
        (QUOTE_TH + "นางเอเลนา นาวาร์โร นายกเทศมนตรี กล่าว", None),
        (QUOTE_TH + "นายกเทศมนตรี กล่าว", MISMATCH),
    ],
)
def test_thai_titled_name_kept(article: str, code: str | None) -> None:
    codes = {f.category for f in emitted(["entities"], article, "th", source=MAYOR)}
    assert codes == ({code} if code else set())
