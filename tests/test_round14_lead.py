"""Round 14 (lead): a script's name comes from ICU, so a language written in a script nobody listed (Thaana,
Tibetan, Cherokee) reads its own letters as its own, not as text left untranslated."""

from __future__ import annotations

import pytest
from support import messages

from mt_audit.checks.base import make_input
from mt_audit.checks.entities.names import entities
from mt_audit.checks.numbers import number_mismatch
from mt_audit.checks.untranslated import untranslated
from mt_audit.languages import language
from mt_audit.languages.core import script_of


@pytest.mark.parametrize(
    ("tag", "letter"),
    [("dv", "ދ"), ("bo", "ཀ"), ("chr", "Ꭰ"), ("iu", "ᐃ"), ("ti", "ሰ"), ("de", "ß"), ("zh", "中"), ("ko", "한")],
)
def test_a_language_script_is_named_as_its_letters(tag: str, letter: str) -> None:
    assert language(tag).script_name == script_of(letter)


@pytest.mark.parametrize(
    ("source", "article", "lang", "flagged"),
    [
        # the language's own letters: nothing left untranslated
        ("The island has a new school.", "ރަށުގައި އާ ސްކޫލެއް ހުޅުވައިފި.", "dv", False),
        ("The island has a new school.", "ཀླུང་གི་སློབ་གྲྭ་གསར་པ་ཞིག་ཡོད།", "bo", False),
        # an English word copied into it still is
        ("The island has a new school.", "ރަށުގައި އާ school ހުޅުވައިފި.", "dv", True),
    ],
)
def test_own_script_text_is_not_untranslated(source: str, article: str, lang: str, flagged: bool) -> None:
    found = [f.message for f in untranslated(make_input(article, lang, source=source))]
    assert bool(found) is flagged, found


@pytest.mark.parametrize(
    ("source", "article", "lang", "mismatch"),
    [
        # a case form of a scale word after a spelled count: the count is scaled
        (
            "A port for a region of two million people.",
            "Λιμάνι για μια περιοχή δύο εκατομμυρίων ανθρώπων.",
            "el",
            False,
        ),
        (
            "A port for a region of three million people.",
            "Λιμάνι για μια περιοχή δύο εκατομμυρίων ανθρώπων.",
            "el",
            True,
        ),
        # a unit CLDR glues after the figure whose name opens with a scale word: a unit prefix, not a scale
        ("The dam will produce 640 megawatts.", "大坝将发电640兆瓦。", "zh", False),
        ("The dam will produce 640 megawatts.", "大坝将发电740兆瓦。", "zh", True),
        ("The firm lost 5 million yuan.", "该公司亏损500万元。", "zh", False),
    ],
)
def test_scale_words_beside_spelled_counts_and_unit_names(source: str, article: str, lang: str, mismatch: bool) -> None:
    assert bool(messages(number_mismatch, article, lang, source)) is mismatch


@pytest.mark.parametrize(
    ("source", "article", "lang", "dropped"),
    [
        # CLDR's hyphened name of a place, with a case ending hyphened on: rendered
        ("A storm struck the Philippines on Monday.", "Hétfőn vihar sújtotta a Fülöp-szigeteket.", "hu", False),
        ("Ships sailed to the Philippines.", "A hajók a Fülöp-szigetekre hajóztak.", "hu", False),
        # the place nowhere: dropped
        ("A storm struck the Philippines on Monday.", "Hétfőn vihar sújtotta a déli partokat.", "hu", True),
    ],
)
def test_hyphened_local_names_with_endings(source: str, article: str, lang: str, dropped: bool) -> None:
    assert any("dropped" in m for m in messages(entities, article, lang, source)) is dropped


def test_the_bundled_model_sees_the_letters_of_some_scripts_only(embedder) -> None:
    # multilingual-e5 has no vocabulary for Thaana: every letter reads as its unknown token
    assert not embedder.sees_letters("ރަށުގައި އާ ސްކޫލެއް ހުޅުވައިފި، ދަރިވަރުން ވަރަށް އުފާވެއްޖެ.")
    # a brand in Latin letters inside is read, but says nothing of the Thaana around it
    assert not embedder.sees_letters("ރަށުގައި Blue Harbour Trust އިން އާ ސްކޫލެއް ހުޅުވައިފި.")
    assert embedder.sees_letters("Auf der Insel wurde eine neue Schule eröffnet.")
    assert embedder.sees_letters("岛上新开了一所学校。")


def test_an_article_the_model_cannot_read_is_unverified_not_unrelated(embedder, tmp_path) -> None:
    import mt_audit
    from mt_audit.taxonomy import VERDICT_UNREAD

    (tmp_path / "source.en.txt").write_text(
        "A new school opened on the island on Sunday. Three hundred pupils will study there.", encoding="utf-8"
    )
    (tmp_path / "a.dv.txt").write_text("އާދީއްތަ ދުވަހު ރަށުގައި އާ ސްކޫލެއް ހުޅުވައިފި. އެ ސްކޫލުގައި 300 ދަރިވަރުން ކިޔަވާނެއެވެ.", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "id,path,presumed_source,lang\na1,a.dv.txt,source.en.txt,dv\n", encoding="utf-8"
    )
    result = mt_audit.audit(manifest=tmp_path / "manifest.csv", engine="none", embedder=embedder, report=False)
    row = result.articles.to_dict("records")[0]
    assert row["verdict"] == VERDICT_UNREAD
    assert "embedding model does not read this text" in row["notes"]
    assert "source/mismatch" not in set(result.findings.get("category", []))
    blind = {c["check"] for c in result.run["coverage"]["a1"]["cannot_run"]}
    assert {"source-mismatch", "omission", "addition", "mistranslation"} <= blind


def test_one_unreadable_text_does_not_blind_its_script_for_the_rest_of_a_run(embedder) -> None:
    # ideographs of CJK Extension B the model has no tokens for read as unknown tokens: that text is unread...
    rare = "".join(chr(0x20000 + 37 * i) for i in range(40))
    assert not embedder.sees_letters(rare)
    # ...and a Chinese article after it is still read (the verdict was once kept per script, so it was not)
    assert embedder.sees_letters("岛上新开了一所学校，学生们很高兴。")
