"""Names, round 15: a place spelt without its nukta, inside a compound, with its consonants assimilated by a
case ending, or with an English "ch" respelt the language's way is no dropped or corrupted name; a Cyrillic
apostrophe is part of its word; an English suffix or plural on a name's last word is a change of the name
where the language adds no "s" to names."""

from __future__ import annotations

import pytest
from support import emitted

from mt_audit.entities import tokenize
from mt_audit.entity_forms import compound_written, stem_renders
from mt_audit.entity_script import digraph_respelt
from mt_audit.wordnet_places import names_take_s

CORRUPTED = "accuracy/entity-corrupted"
MISMATCH = "accuracy/entity-mismatch"


@pytest.mark.parametrize(
    ("key", "word", "respelt"),
    [
        ("chennai", "Čennaí", True),  # a caron for the "h"
        ("chennai", "Csennai", True),  # another sibilant letter for it
        ("shanklin", "Šanklin", True),
        ("chennai", "Cennai", False),  # the sound's sign dropped: a misspelling
        ("chennai", "Ctennai", False),  # no sibilant
        ("chennai", "Chennai", False),  # the same spelling is no respelling
        ("berlin", "Berlín", False),  # no h-digraph to respell
    ],
)
def test_digraph_respelt(key: str, word: str, respelt: bool) -> None:
    assert digraph_respelt(key, word) is respelt


@pytest.mark.parametrize(
    ("form", "word", "renders"),
    [
        ("islanti", "islannin", True),  # nt -> nn before a case ending
        ("englanti", "englannissa", True),
        ("islanti", "islamin", False),  # another consonant, not the one before
        ("kanto", "kannon", False),  # a stem too short to tell
    ],
)
def test_assimilated_case_forms(form: str, word: str, renders: bool) -> None:
    assert stem_renders(form, word) is renders


@pytest.mark.parametrize(
    ("name", "word", "lang", "compound"),
    [
        ("cairo", "কায়রোভিত্তিক", "bn", True),  # CLDR's Cairo joined to "-based"
        ("cairo", "কায়রোঝঞ্ঝঞ্ঝ", "bn", False),  # joined to no word of the language
        ("cairo", "কায়রো", "bn", False),  # the name alone is no compound
    ],
)
def test_compound_written(name: str, word: str, lang: str, compound: bool) -> None:
    assert compound_written(name, word, lang) is compound


@pytest.mark.parametrize(("lang", "takes"), [("da", True), ("sv", True), ("de", True), ("id", False), ("fi", False)])
def test_names_take_s(lang: str, takes: bool) -> None:
    assert names_take_s(lang) is takes


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Вулкан на острові Кейк’явік прокинувся.", "Кейк’явік"),  # a Ukrainian apostrophe inside the word
        ("Die Aktie von Google's Mutter fiel.", "Google"),  # a Latin apostrophe suffix still comes off
    ],
)
def test_apostrophes(text: str, word: str) -> None:
    assert word in [t.text for t in tokenize(text)]


SOURCE = "The trains are run by Copper Arrow Rail, a firm from Kenya."


@pytest.mark.parametrize(
    ("article", "lang", "code"),
    [
        ("Kereta dijalankan oleh Copper Arrow Rails, perusahaan dari Kenya.", "id", CORRUPTED),  # a plural
        ("Togene køres af Copper Arrow Railing, et firma fra Kenya.", "da", CORRUPTED),  # an English suffix
        ("Togene køres af Copper Arrow Rail, et firma fra Kenya.", "da", None),
        ("Copper Arrow Rails tog køres af et firma fra Kenya.", "da", None),  # Danish genitive
        ("Vlaky provozuje Copper Arrow Rail, firma z Keni.", "cs", None),
    ],
)
def test_suffixed_last_word(article: str, lang: str, code: str | None) -> None:
    codes = {f.category for f in emitted("entities", article, lang, SOURCE, source_lang="en")}
    assert (code in codes) if code else not codes & {CORRUPTED, MISMATCH}


@pytest.mark.parametrize(
    ("source", "article", "lang"),
    [
        ("She trains above the streets of Chennai.", "Trénuje nad ulicemi Čennaí.", "cs"),
        ("The firm is based in Tanzania.", "कंपनी तंजानिया में स्थित है।", "hi"),
        ("It was designed by a Cairo firm.", "এটি নকশা করেছে একটি কায়রোভিত্তিক প্রতিষ্ঠান।", "bn"),
        ("A volcano erupted in Iceland.", "Islannin tulivuori purkautui.", "fi"),
    ],
)
def test_clean_renderings(source: str, article: str, lang: str) -> None:
    codes = {f.category for f in emitted("entities", article, lang, source, source_lang="en")}
    assert not codes & {CORRUPTED, MISMATCH}


REGNAL = "King Olaf IV opened the bridge in Bergen on Monday."


@pytest.mark.parametrize(
    ("article", "lang", "corrupted"),
    [
        ("Kong Olaf Four åpnet broen i Bergen mandag.", "nb", True),  # the numeral spelt as an English word
        ("King Olaf Four opened the bridge in Bergen on Monday.", "en", True),
        ("Kong Olaf IV åpnet broen i Bergen mandag.", "nb", False),
        ("Kong Olaf IV åpnet broen i Bergen mandag med Four Seasons.", "nb", False),  # not after the name
        ("Kong Olaf Five åpnet broen i Bergen mandag.", "nb", False),  # another value: not this swap
    ],
)
def test_regnal_numeral_spelt(article: str, lang: str, corrupted: bool) -> None:
    codes = {f.category for f in emitted("entities", article, lang, REGNAL, source_lang="en")}
    assert (CORRUPTED in codes) is corrupted


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Він бачив Макдоналд’с у Києві.", ["Макдоналд"]),  # a borrowed "’с" still comes off
        ("В’ячеслав приїхав.", ["В’ячеслав"]),
    ],
)
def test_cyrillic_apostrophe_suffix(text: str, words: list[str]) -> None:
    got = [t.text for t in tokenize(text)]
    assert all(w in got for w in words)
