"""Glued boilerplate labels in the round-10 languages: Esperanto, isiXhosa, te reo Māori, Kurmanji."""

from __future__ import annotations

import pytest
from support import emitted

from mt_audit.checks.boilerplate import boilerplate, catalogue

SENTENCES = {
    "eo": "La registaro prezentis novan planon.",
    "xh": "Urhulumente uvakalise isicwangciso esitsha.",
    "mi": "Kua whakaputaina e te kāwanatanga he mahere hou.",
    "ku": "Hikûmetê planeke nû ragihand.",
}

# A second sentence, so that a label glued between two is not a paragraph-start label (which flags its paragraph).
NEXT = {
    "eo": "La ministro diris nenion.",
    "xh": "Umphathiswa akathethanga nto.",
    "mi": "Kāore te minita i kōrero.",
    "ku": "Wezîr tiştek negot.",
}

# (lang, a label a site prints, glued onto a sentence of that language)
LABELS = [
    ("eo", "Reklamo"),
    ("eo", "Legu ankaŭ"),
    ("eo", "Kunhavigi"),
    ("xh", "Intengiso"),
    ("xh", "Funda ngakumbi"),
    ("xh", "Cofa apha"),
    ("mi", "Pānui hokohoko"),
    ("mi", "Pānui anō"),
    ("mi", "Tohaina"),
    ("ku", "Reklam"),
    ("ku", "Herwiha bixwîne"),
    ("ku", "Parve bike"),
]

# (lang, prose that starts with or holds a label word, running on in lower case)
CLEAN = [
    ("eo", "Legu pli pri la plano en la retejo de la ministerio."),
    ("xh", "Funda ngakumbi ngesi sicwangciso kwiwebhusayithi yesebe."),
    ("mi", "Tohaina ngā kai ki ngā tamariki katoa o te kura."),
    ("ku", "Reklam li televizyonê pir biha bûye."),
]

CORE = ("related", "ad", "share", "click", "credit", "cookie", "comments", "nav")


@pytest.mark.parametrize(("lang", "label"), LABELS)
def test_label_glued_before_a_sentence(lang: str, label: str) -> None:
    text = f"{SENTENCES[lang]} {label} {NEXT[lang]}"
    assert label in [f.span for f in emitted(boilerplate, text, lang)]


@pytest.mark.parametrize(("lang", "label"), LABELS)
def test_label_glued_after_a_sentence(lang: str, label: str) -> None:
    found = emitted(boilerplate, f"{SENTENCES[lang]} {label}", lang)
    assert [(f.span, f.severity) for f in found] == [(label, "minor")]


@pytest.mark.parametrize(("lang", "prose"), CLEAN)
def test_label_words_in_prose_are_silent(lang: str, prose: str) -> None:
    assert emitted(boilerplate, prose, lang) == []
    assert emitted(boilerplate, f"{SENTENCES[lang]} {prose}", lang) == []


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_the_catalogue_has_glued_labels_for_the_core_kinds(lang: str) -> None:
    kinds = {r.kind for r in catalogue().rules if r.lang == lang and r.where == "glued"}
    assert set(CORE) <= kinds, sorted(set(CORE) - kinds)
