"""Untranslated words, spinner substitutions, mistranslation outliers, the lexicon and MQM scoring."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mt_audit import lexicon
from mt_audit.checks import CHECKS, make_input, run_checks
from mt_audit.checks.base import Pair
from mt_audit.taxonomy import CATEGORIES, penalty, quality, table, weight


def spans(name: str, text: str, lang: str, **kw) -> list[str]:
    return [f.span for f in CHECKS[name](make_input(text, lang, **kw))]


@pytest.mark.parametrize("tag", ["pt", "pt-BR", "pt_BR", "PT"])
def test_a_regional_or_capitalised_tag_reads_as_its_language(tag):
    """A manifest may say pt-BR; the checks' per-language resources are keyed by the base code."""
    item = make_input("O governo vai construir uma nova bridge no próximo ano.", tag)
    assert item.lang == "pt"
    assert spans("untranslated", "O governo vai construir uma nova bridge no próximo ano.", tag) == ["bridge"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("id", "Pemerintah akan membangun jembatan baru tahun depan.", []),
        ("id", "Pemerintah akan membangun bridge baru tahun depan.", ["bridge"]),
        ("id", "Pemerintah mengatakan the new bridge will open tahun depan.", ["the new bridge will open"]),
        ("id", "Presiden Joko Widodo bertemu dengan CEO Apple Tim Cook di Jakarta.", []),
        ("tr", "Hükümet gelecek yıl yeni bir köprü inşa edecek.", []),
        ("tr", "Hükümet gelecek yıl yeni bir bridge inşa edecek.", ["bridge"]),
        ("pl", "Rząd zbuduje nowy most w przyszłym roku.", []),  # Polish "most" is a bridge, not English
        ("pl", "Rząd zbuduje nowy bridge w przyszłym roku.", ["bridge"]),
        ("pl", "Prezes Microsoftu Satya Nadella odwiedził Warszawę w poniedziałek.", []),
        ("es", "El gobierno construirá un nuevo puente el próximo año.", []),
        ("es", "El gobierno construirá un nuevo bridge el próximo año.", ["bridge"]),
        ("de", "Die Regierung wird nächstes Jahr eine neue Brücke bauen.", []),
        ("de", "Die Regierung wird nächstes Jahr eine neue bridge bauen.", ["bridge"]),
        ("fr", "Le gouvernement construira un nouveau pont l'année prochaine.", []),
        ("fr", "Le gouvernement construira un nouveau bridge l'année prochaine.", ["bridge"]),
        ("ar", "ستبني الحكومة جسرا جديدا العام المقبل.", []),
        ("ar", "ستبني الحكومة new bridge العام المقبل.", ["new bridge"]),
        ("ar", "قال Satya Nadella إن Microsoft ستستثمر في وحدات GPU الجديدة.", []),
        ("ar", "وقال Future of Energy Institute إن الخطة ممكنة.", []),
        ("ru", "Правительство построит новый мост в следующем году.", []),
        ("ru", "Правительство построит новый bridge в следующем году.", ["bridge"]),
    ],
)
def test_untranslated_english_in_articles(lang: str, text: str, expected: list[str]) -> None:
    assert spans("untranslated", text, lang) == expected


@pytest.mark.parametrize(
    ("text", "foreign", "expected"),
    [
        ("The minister said the plan was gut und fair.", "de", ["gut und"]),
        ("The minister visited the hospital on Monday.", "de", []),
        ("The minister visited the szpital on Monday.", "pl", ["szpital"]),
        ("Officials said the 大桥 would open next year.", "zh", ["大桥"]),
        ("Officials said the bridge would open next year.", "zh", []),
    ],
)
def test_untranslated_source_words_in_english(text: str, foreign: str, expected: list[str]) -> None:
    """The same detector, the other way round: foreign words left in an English translation."""
    assert spans("untranslated", text, "en", source_lang=foreign) == expected


def test_capitalised_words_the_source_has_are_names() -> None:
    text = "The mayor of Kolín spoke to reporters."
    assert spans("untranslated", text, "en", source_lang="cs") == ["Kolín"]
    source = "The mayor of Kolín talked to the press."
    assert spans("untranslated", text, "en", source=source, source_lang="cs", source_text_lang="en") == []


SOURCE = "The company launched a new car last week."


@pytest.mark.parametrize(
    ("lang", "article", "expected"),
    [
        ("id", "Perusahaan meluncurkan automobile baru minggu lalu.", [("automobile", "car")]),
        ("tr", "Şirket geçen hafta yeni bir automobile tanıttı.", [("automobile", "car")]),
        ("es", "La empresa lanzó un nuevo automobile la semana pasada.", [("automobile", "car")]),
        ("id", "Perusahaan meluncurkan mobil baru minggu lalu.", []),
        ("id", "Perusahaan meluncurkan car baru minggu lalu.", []),  # untranslated, but the source's own word
    ],
)
def test_spinner_names_the_source_word(lang: str, article: str, expected: list[tuple[str, str]]) -> None:
    item = make_input(article, lang, source=SOURCE)
    found = CHECKS["spinner"](item)
    assert [(f.span, f.source_span) for f in found] == expected
    for f in found:
        assert f.category == "accuracy/spinner-substitution"
        assert f"'{f.source_span}'" in f.message and "spinner" in f.message


def test_spinner_supersedes_untranslated_on_the_same_word() -> None:
    item = make_input("Perusahaan meluncurkan automobile baru minggu lalu.", "id", source=SOURCE)
    assert [f.category for f in CHECKS["untranslated"](item)] == ["accuracy/untranslated"]
    assert [f.category for f in run_checks(item, [CHECKS["untranslated"], CHECKS["spinner"]])] == [
        "accuracy/spinner-substitution"
    ]


def test_spinner_needs_an_aligned_source() -> None:
    assert CHECKS["spinner"](make_input("Perusahaan meluncurkan automobile baru minggu lalu.", "id")) == []


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(list("ab Zé.,\n日本ﺍﻟ-'’") + ["the ", "bridge ", "Kot ", "\u200b"]), max_size=40))
def test_untranslated_spans_are_exact(pieces: list[str]) -> None:
    text = "".join(pieces)
    item = make_input(text, "pl")
    for f in CHECKS["untranslated"](item):
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.span


def test_lexicon_thesaurus() -> None:
    assert lexicon.are_synonyms("car", "automobile") and lexicon.are_synonyms("sofa", "couch")
    assert lexicon.are_related("oak", "tree") and not lexicon.are_synonyms("oak", "tree")  # hypernym link
    assert lexicon.are_related("huge", "large") and not lexicon.are_synonyms("huge", "large")  # similar-to link
    assert not lexicon.are_related("dog", "bridge")
    assert not lexicon.are_synonyms("car", "car")
    assert "car" in lexicon.lemmas("cars")
    assert lexicon.zipf("the", "en") > 7 and lexicon.zipf("qwxzv", "en") == 0


def _pairs_item(sims: list[float], bts: list[str] | None = None):
    words = ["apples", "rivers", "trains", "music", "winter", "bridges", "cats", "books"]
    polish = ["jabłkach", "rzekach", "pociągach", "muzyce", "zimie", "mostach", "kotach", "książkach"]
    source = " ".join(f"This sentence talks about {words[k]}." for k in range(len(sims)))
    article = " ".join(f"To zdanie mówi o {polish[k]}." for k in range(len(sims)))
    item = make_input(article, "pl", source=source, backtranslation=bts)
    beads = item.attribution.alignment.beads
    patched = [Pair(b.src, b.tgt, s, p.source, p.article, p.start, p.end, p.backtranslation) for b, s, p in
               zip(beads, sims, item.pairs())]  # fmt: skip
    item.pairs = lambda: patched  # type: ignore[method-assign]
    return item


def test_mistranslation_flags_an_outlier_against_the_article_norm() -> None:
    assert CHECKS["mistranslation"](_pairs_item([0.91, 0.9, 0.92, 0.9, 0.91, 0.9])) == []
    found = CHECKS["mistranslation"](_pairs_item([0.91, 0.9, 0.92, 0.62, 0.91, 0.9]))
    assert [f.sentence_index for f in found] == [3]
    assert found[0].category == "accuracy/mistranslation"
    assert CHECKS["mistranslation"](_pairs_item([0.91, 0.62, 0.9])) == []  # too few pairs for a norm


def test_mistranslation_with_backtranslation_needs_both_signals() -> None:
    good = [f"This sentence talks about {w}." for w in ["apples", "rivers", "trains", "music", "winter", "bridges"]]
    bad = list(good)
    bad[3] = "Completely different words here."
    assert [f.sentence_index for f in CHECKS["mistranslation"](_pairs_item([0.9] * 3 + [0.6] + [0.9] * 2, bad))] == [3]
    assert CHECKS["mistranslation"](_pairs_item([0.9] * 3 + [0.6] + [0.9] * 2, good)) == []


@pytest.mark.parametrize(
    ("findings", "words", "expected_penalty", "expected_quality"),
    [
        ([], 100, 0.0, 100.0),
        ([("accuracy/omission", "major")], 100, 5.0, 95.0),
        ([("fluency/punctuation", "minor")] * 3, 100, 0.3, 99.7),
        ([("accuracy/untranslated", "critical")] * 20, 100, 100.0, 0.0),
        ([("source/boilerplate", "minor"), ("source/mismatch", "critical")], 100, 0.0, 100.0),
    ],
)
def test_mqm_penalty_and_quality(findings, words, expected_penalty, expected_quality) -> None:
    total = penalty(findings)
    assert total == pytest.approx(expected_penalty)
    assert quality(total, words)[1] == pytest.approx(expected_quality)
    assert quality(total, 0) == (None, None)


def test_weights_follow_mqm() -> None:
    assert (weight("accuracy/omission", "minor"), weight("accuracy/omission", "major")) == (1.0, 5.0)
    assert weight("accuracy/omission", "critical") == 5.0  # Google's MQM scheme: critical weighs as major
    assert weight("fluency/punctuation", "minor") == 0.1


def test_taxonomy_table_counts_per_language() -> None:
    docs = pd.DataFrame(
        [
            {"doc_id": "a", "lang": "pl", "n_words": 500, "status": "ok", "role": "article"},
            {"doc_id": "b", "lang": "pl", "n_words": 500, "status": "ok", "role": "article"},
            {"doc_id": "c", "lang": "ar", "n_words": 200, "status": "ok", "role": "article"},
            {"doc_id": "d", "lang": "ar", "n_words": None, "status": "error", "role": "article"},
        ]
    )
    findings = pd.DataFrame(
        [
            {"doc_id": "a", "category": "accuracy/omission", "severity": "major"},
            {"doc_id": "b", "category": "accuracy/omission", "severity": "minor"},
            {"doc_id": "c", "category": "fluency/punctuation", "severity": "minor"},
            {"doc_id": "d", "category": "accuracy/omission", "severity": "major"},
            {"doc_id": "c", "category": "source/mismatch", "severity": "critical"},
        ]
    )
    t = table(docs, findings).set_index(["lang", "category"])
    # counted, but a Source finding costs no quality: the table's penalty agrees with the documents'
    assert t.loc[("ar", "source/mismatch"), "count"] == 1
    assert t.loc[("ar", "source/mismatch"), "penalty"] == 0.0
    assert len(t) == 2 * len(CATEGORIES)
    row = t.loc[("pl", "accuracy/omission")]
    assert (row["count"], row["n_words"], row["per_1000_words"], row["penalty"]) == (2, 1000, 2.0, 6.0)
    assert t.loc[("ar", "accuracy/omission"), "count"] == 0  # d failed: not counted
    assert t.loc[("ar", "fluency/punctuation"), "penalty"] == pytest.approx(0.1)


def test_without_wordnet_the_thesaurus_is_empty_and_nothing_fails(monkeypatch) -> None:
    caches = (lexicon.available, lexicon._index, lexicon._exceptions, lexicon._synsets, lexicon.synonyms,
              lexicon.related, lexicon.lemma_case)  # fmt: skip
    for c in caches:
        c.cache_clear()
    monkeypatch.setenv("MT_AUDIT_WORDNET", "/nonexistent/wordnet")
    try:
        assert not lexicon.available()
        assert not lexicon.are_related("car", "automobile")
        item = make_input("Perusahaan meluncurkan automobile baru minggu lalu.", "id", source=SOURCE)
        assert CHECKS["spinner"](item) == []
        assert [f.span for f in CHECKS["untranslated"](item)] == ["automobile"]
    finally:
        monkeypatch.delenv("MT_AUDIT_WORDNET")
        for c in caches:
            c.cache_clear()
    assert lexicon.available()
