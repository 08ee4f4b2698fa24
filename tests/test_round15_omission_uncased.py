"""A one-word name the article writes in another sentence by its own form ("बोस" for "Bose") is dropped
from a sentence that holds neither that form nor a word opening with the name's sound, in a script
without capitals that spaces its words or in katakana: the article's spelling is the witness, even for
a name too short for the sound test alone. A long name (a small town) Japanese says in katakana is dropped where no
stretch of katakana or Han characters sounds like it."""

from __future__ import annotations

import pytest

from mt_audit.checks.base import make_input
from mt_audit.checks.entities import entities

MISMATCH = "accuracy/entity-mismatch"

SOURCE = "The Indian singer Anita Bose won the award in Delhi on Friday. “I was very happy,” Bose said."


@pytest.mark.parametrize(
    ("article", "lang", "expected"),
    [
        ("भारतीय गायिका अनीता बोस ने शुक्रवार को दिल्ली में पुरस्कार जीता। “मैं बहुत खुश थी,” बोस ने कहा।", "hi", []),
        ("भारतीय गायिका अनीता बोस ने शुक्रवार को दिल्ली में पुरस्कार जीता। “मैं बहुत खुश थी,” ने कहा।", "hi", [MISMATCH]),
        ("ভারতীয় গায়িকা অনিতা বোস শুক্রবার দিল্লিতে পুরস্কার জিতেছেন। “আমি খুব খুশি ছিলাম,” বলেন বোস।", "bn", []),
        ("ভারতীয় গায়িকা অনিতা বোস শুক্রবার দিল্লিতে পুরস্কার জিতেছেন। “আমি খুব খুশি ছিলাম,” বলেন।", "bn", [MISMATCH]),
        # the form with a case ending is the name
        ("ভারতীয় গায়িকা অনিতা বোস শুক্রবার দিল্লিতে পুরস্কার জিতেছেন। “আমি খুব খুশি ছিলাম,” বোসের কথা।", "bn", []),
        ("خواننده هندی آنیتا بوس روز جمعه در دهلی جایزه را برد. بوس گفت: «خیلی خوشحال بودم».", "fa", []),
        ("خواننده هندی آنیتا بوس روز جمعه در دهلی جایزه را برد. گفت: «خیلی خوشحال بودم».", "fa", [MISMATCH]),
        ("歌手アニタ・ボースさんがデリーで賞を受賞した。「うれしい」とボースさんは語った。", "ja", []),
        ("歌手アニタ・ボースさんがデリーで賞を受賞した。「うれしい」と語った。", "ja", [MISMATCH]),
    ],
)
def test_name_dropped_where_the_article_writes_it_elsewhere(article: str, lang: str, expected: list[str]) -> None:
    found = [f.category for f in entities(make_input(article, lang, source=SOURCE))]
    assert found == expected


@pytest.mark.parametrize(
    ("source", "article", "expected"),
    [
        # a small town, said in katakana: nothing there sounds like it
        ("Floods hit the town of Grindavik on Monday.", "月曜日、洪水が町を襲った。", [MISMATCH]),
        ("Floods hit the town of Grindavik on Monday.", "月曜日、洪水がグリンダビークの町を襲った。", []),
        ("Kidderminster's mayor Alan Price spoke.", "アラン・プライス市長が話した。", [MISMATCH]),
        ("Kidderminster's mayor Alan Price spoke.", "キダーミンスターのアラン・プライス市長が話した。", []),
        # written in Han characters, which sound like it
        ("Floods hit Heilongjiang on Monday.", "月曜日、黒竜江省を洪水が襲った。", []),
        # an exonym, which sounds partly like it
        ("Floods hit Gothenburg on Monday.", "月曜日、ヨーテボリを洪水が襲った。", []),
    ],
)
def test_long_name_dropped_from_japanese(source: str, article: str, expected: list[str]) -> None:
    assert [f.category for f in entities(make_input(article, "ja", source=source))] == expected
