"""Untranslated words, spinner substitutions, mistranslation outliers, the lexicon and MQM scoring."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support import spans

from mt_audit import lexicon, wordnet_reader
from mt_audit.checks import CHECKS, copied, make_input, run_checks
from mt_audit.checks.base import Pair
from mt_audit.checks.spinner import embedding_anchor
from mt_audit.taxonomy import CATEGORIES, penalty, quality, table, weight


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
    caches = (lexicon.available, wordnet_reader.lemma_index, wordnet_reader.exceptions, wordnet_reader.synsets,
              lexicon.synonyms, lexicon.related, lexicon.lemma_case, lexicon.broader, lexicon.near)  # fmt: skip
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


@pytest.mark.parametrize(
    ("lang", "article", "source", "expected"),
    [
        # A copied English noun is untranslated whatever its capital: the source writes it lower-case.
        ("de", "Die Ingenieure prüften gestern die Valves.", "The engineers checked the valves yesterday.", ["Valves"]),
        ("fr", "Ils ont réparé les Pipelines hier.", "They repaired the pipelines yesterday.", ["Pipelines"]),
        ("es", "Compraron nuevos Gadgets para la oficina.", "They bought new gadgets for the office.", ["Gadgets"]),
        ("pl", "Naprawili wczoraj Faucet w kuchni.", "They repaired the faucet in the kitchen yesterday.", ["Faucet"]),
        ("ru", "Лаборатория изучает Quantum Sensing.", "The lab studies quantum sensing.", ["Quantum Sensing"]),
        # ...but a name in the source stays a name, and so does a capitalised sentence-initial copy alone.
        ("ru", "Лаборатория изучает Quantum Sensing.", "The lab studies Quantum Sensing.", []),
        ("de", "Wir trafen Tom Baker in Harbour Point.", "We met Tom Baker at Harbour Point.", []),
        ("de", "Warner unterzeichnete den Vertrag.", "Warner signed the contract.", []),
        # Loanwords the target language uses often, and units after a number, are kept as written.
        ("de", "Das Team testete gestern den Computer.", "The team tested the computer yesterday.", []),
        ("de", "Die Software läuft jetzt online.", "The software now runs online.", []),
        ("de", "Die Stange ist 8 ft lang.", "The rod is 8 ft long.", []),
        # Code, paths and handles are kept as written.
        ("de", "Öffne die Datei settings.yaml im Editor.", "Open the file settings.yaml in the editor.", []),
        ("de", "Rufe die Funktion `fetch_weather` auf.", "Call the `fetch_weather` function.", []),
        # A whole copied sentence is untranslated, its capitalised first word included.
        ("de", "Thank you very much.", "Thank you very much.", ["Thank you very much"]),
    ],
)
def test_words_copied_from_the_aligned_source(lang: str, article: str, source: str, expected: list[str]) -> None:
    assert spans("untranslated", article, lang, source=source) == expected


def test_copy_evidence_needs_the_aligned_source() -> None:
    """Without its source the capitalised noun reads as a German noun or a name: nothing to say."""
    assert spans("untranslated", "Die Ingenieure prüften gestern die Valves.", "de") == []


def test_a_language_outside_any_table_gets_its_script_from_cldr() -> None:
    """Khmer was in no private script table; its script now comes from mt_audit.languages."""
    assert spans("untranslated", "រដ្ឋាភិបាលនឹងសាងសង់ bridge ថ្មី។", "km") == ["bridge"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vlada će sledeće godine izgraditi novi most.", []),
        ("Vlada će sledeće godine izgraditi novi bridge.", ["bridge"]),
        ("Влада ће следеће године изградити нови мост.", []),
        ("Влада ће следеће године изградити нови bridge.", ["bridge"]),
    ],
)
def test_a_language_written_in_two_scripts_reads_in_either(text: str, expected: list[str]) -> None:
    """Serbian is written in Cyrillic and in Latin (CLDR): neither is foreign to it."""
    assert spans("untranslated", text, "sr") == expected


_WORDS = st.sampled_from(["the", "valves", "Valves", "Die", "prüften", "8", "ft", "Tom", "Baker", "gut", "und"])


@settings(max_examples=80, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=12), st.lists(_WORDS, min_size=1, max_size=12))
def test_copy_evidence_speaks_only_of_words_the_source_has(article: list[str], source: list[str]) -> None:
    text, src = " ".join(article), " ".join(source) + "."
    words = [(m.start(), m.end(), m.group()) for m in copied.TOKEN.finditer(text)]
    flags = copied.copied_flags(words, text, src, "de", "en")
    assert len(flags) == len(words)
    source_forms = {w.lower() for w in source}
    assert all(w[2].lower() in source_forms for w, f in zip(words, flags) if f is not None)


@pytest.mark.parametrize(
    ("a", "b", "synonym", "related", "near"),
    [
        ("car", "automobile", True, True, True),
        ("oak", "tree", False, True, True),
        ("dog", "bridge", False, False, False),
        ("ship", "vessel", False, True, True),
        ("cat", "cat", False, False, False),
    ],
)
def test_thesaurus_hops(a: str, b: str, synonym: bool, related: bool, near: bool) -> None:
    """Each hop widens the last: a synonym is related, a related word is near."""
    assert (lexicon.are_synonyms(a, b), lexicon.are_related(a, b), lexicon.are_near(a, b)) == (synonym, related, near)


def test_near_reaches_a_second_hop_that_related_does_not() -> None:
    pairs = [(w, n) for w in ("car", "house", "river", "song") for n in lexicon.near(w) if " " not in n]
    assert any(not lexicon.are_related(w, n) for w, n in pairs)
    assert all(lexicon.are_near(w, n) for w, n in pairs)


@pytest.mark.parametrize(
    ("lang", "article", "source", "expected"),
    [
        # A loanword the check excuses, where the source has a word the language keeps ("film"): a swap.
        ("id", "Studio itu merilis show baru minggu lalu.", "The studio released a new film last week.",
         [("show", "film")]),
        ("id", "Studio itu merilis film baru minggu lalu.", "The studio released a new film last week.", []),
        # A cognate that translates a word the language lacks is the translation, not a swap.
        ("fr", "La rivière est très large ici.", "The river is very wide here.", []),
    ],
)  # fmt: skip
def test_spinner_on_words_the_target_also_uses(lang, article, source, expected) -> None:
    found = CHECKS["spinner"](make_input(article, lang, source=source))
    assert [(f.span, f.source_span) for f in found] == expected


def _unit(*xs: float) -> np.ndarray:
    v = np.array(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


@pytest.mark.parametrize(
    ("vector", "expected"),
    [
        (_unit(1, 0.05, 0), "model"),  # clearly nearest, above the bar
        (_unit(1, 1, 0), None),  # between two source words: no margin
        (_unit(0, 0, 1), None),  # near nothing
    ],
)
def test_embedding_anchor_needs_a_close_and_clear_nearest_word(vector, expected) -> None:
    words = ["model", "price"]
    vectors = np.stack([_unit(1, 0, 0), _unit(0, 1, 0)])
    assert embedding_anchor(vector, words, vectors) == expected
    assert embedding_anchor(vector, [], np.zeros((0, 3), dtype=np.float32)) is None


@pytest.mark.parametrize(
    ("lang", "article"),
    [
        ("zh", "成功的secret是努力工作。"),
        ("ja", "成功のsecretは努力です。"),
        ("th", "secretของความสำเร็จคือการทำงานหนัก"),
        ("ko", "성공의 secret은 노력이다."),
    ],
)
def test_an_english_word_glued_into_another_script_is_its_own_word(lang: str, article: str) -> None:
    """Scripts written without spaces, and Korean particles, glue a copied word to its neighbours."""
    found = CHECKS["untranslated"](make_input(article, lang, source="The secret of success is hard work."))
    assert [f.span for f in found] == ["secret"]


@pytest.mark.parametrize(
    ("lang", "article"),
    [("zh", "苹果公司于2023年发布了iPhone 15。"), ("ja", "アップルは2023年にiPhone 15を発売した。")],
)
def test_a_glued_name_stays_a_name(lang: str, article: str) -> None:
    assert CHECKS["untranslated"](make_input(article, lang, source="Apple released the iPhone 15 in 2023.")) == []


def test_a_copy_that_keeps_the_sources_capital_mid_sentence_is_a_name() -> None:
    """ "Radio" is an ordinary word in "talk radio" but part of the name "TogiNet Radio": the copy keeps the name."""
    source = "The show ran on the internet radio site TogiNet Radio, a site focused on talk radio."
    article = "该节目在互联网广播网站TogiNet Radio上播出，这是一个专注于谈话广播的网站。"
    assert CHECKS["untranslated"](make_input(article, "zh", source=source)) == []


@pytest.mark.parametrize(
    ("lang", "article", "source", "expected"),
    [
        # English leaks into every web corpus: a copy the target writes ten times less often than English is
        # untranslated even when the target's list knows it...
        ("de", "Wir trafen uns gestern in der kitchen.", "We met in the kitchen yesterday.", ["kitchen"]),
        ("pt", "Eles visitaram a church no domingo.", "They visited the church on Sunday.", ["church"]),
        ("it", "Ci vediamo domani morning alle nove.", "See you tomorrow morning at nine.", ["morning"]),
        ("de", "Der output des Geräts ist gering.", "The output of the device is low.", ["output"]),
        # ...unless German gave it a noun's capital (adopted), or the target uses it about as often (a loan).
        ("de", "Der Output des Geräts ist gering.", "The output of the device is low.", []),
        ("de", "Der Manager lädt die Software aus dem Internet.", "The manager downloads the software online.", []),
        # A sentence-initial source word copied with its capital: a word when the target never writes it,
        # a name when it travels ("Apple").
        ("pt", "Bicycles são baratas nesta cidade.", "Bicycles are cheap in this city.", ["Bicycles"]),
        ("pt", "Apple lançou um novo telefone.", "Apple launched a new phone.", []),
        # Full-width letters read as the letters they widen; with a digit, a code.
        ("ja", "チームはＪ２で優勝した。", "The team won the title in J2.", []),
        ("ja", "成功のｓｅｃｒｅｔは努力です。", "The secret of success is hard work.", ["ｓｅｃｒｅｔ"]),
        # An elided article is not part of the copied word.
        ("fr", "Il a signé l'agreement hier.", "He signed the agreement yesterday.", ["agreement"]),
    ],
)
def test_copies_the_target_language_does_not_use(lang: str, article: str, source: str, expected: list[str]) -> None:
    assert spans("untranslated", article, lang, source=source) == expected


@pytest.mark.parametrize(
    ("lang", "article", "source", "expected"),
    [
        # An English inflection no list has, of an ordinary base form, absent from the target's large list.
        ("fr", "Le ciel gloomed toute la journée.", "The sky darkened all day.", ["gloomed"]),
        ("fr", "Le ciel s'est assombri toute la journée.", "The sky darkened all day.", []),
        # A sentence-initial common noun copied into a non-Latin text whose frequency list records Latin words.
        ("ru", "Bridges через реку закроют в понедельник.", "Bridges across the river will be closed on Monday.",
         ["Bridges"]),
        ("he", "Bridges מעל הנהר ייסגרו ביום שני.", "Bridges across the river will be closed on Monday.", ["Bridges"]),
        # A name stays a name: one used as often there as in English, or a word that opens a capitalised name.
        ("ru", "Apple выпустит новый телефон осенью.", "Apple will release a new phone in the autumn.", []),
        ("ru", "Business Insider сообщает, что сделка сорвалась.", "Business Insider reports that the deal collapsed.",
         []),
    ],
)  # fmt: skip
def test_untranslated_inflections_and_initial_copies(lang: str, article: str, source: str, expected: list[str]) -> None:
    assert spans("untranslated", article, lang, source=source) == expected


@pytest.mark.parametrize(
    ("lang", "text", "source", "expected"),
    [
        # Full-width digits belong to the Japanese text, not to the English word glued to them.
        ("ja", "今年はexcellent３年生が活躍した。", "This year the excellent third-year students did well.",
         ["excellent"]),
        # A connector of names ("Banco do Brasil") standing alone is an ordinary English word.
        ("ru", "Он должен do это сегодня.", "He has to do it today.", ["do"]),
        ("ru", "Он работает в Banco do Brasil.", "He works at Banco do Brasil.", []),
        # A counted noun is translated; a unit symbol after a number is kept.
        ("nl", "De boerderij heeft nu 40 sheep en twee paarden.", "The farm now has 40 sheep and two horses.",
         ["sheep"]),
        ("nl", "De weg is 12 ft breed.", "The road is 12 ft wide.", []),
        # A copied word given the target's ending or glued into its compound.
        ("cs", "Mluvil o tom s velkým enthusiasmem.", "He spoke about it with great enthusiasm.",
         ["enthusiasmem"]),
        ("de", "Die cheeseindustrie wächst seit Jahren.", "The cheese industry has been growing for years.",
         ["cheeseindustrie"]),
        ("de", "Der Teamleiter kam spät.", "The team leader came late.", []),
        ("de", "Sie spielten die Geschichte in Audioform ab.", "They played the story in audio.", []),
        # An English noun in lower case where every noun is capitalised is no adopted loan.
        ("de", "Sie gewann die trophy zum dritten Mal.", "She won the trophy for the third time.", ["trophy"]),
        ("de", "Das Ergebnis ist relevant.", "The result is relevant.", []),
        # A capitalised copy with an English ending is an ordinary word at the source's sentence start.
        ("ko", "Horses는 밤에 잠을 잔다.", "Horses sleep at night.", ["Horses"]),
        ("ko", "Samsung은 전화기를 만든다.", "Samsung makes phones.", []),
    ],
)  # fmt: skip
def test_copies_the_word_scan_used_to_excuse(lang: str, text: str, source: str, expected: list[str]) -> None:
    assert spans("untranslated", text, lang, source=source) == expected


@pytest.mark.parametrize(
    ("lang", "article", "source", "expected"),
    [
        # A loan the language uses ("Computing", "Marketing") goes with the untranslated word of its source phrase.
        ("de", "Die Firma setzt jetzt auf Wearable Computing im Alltag.",
         "The company now relies on wearable computing in everyday life.", ["Wearable Computing"]),
        ("de", "Sie nennen es Ambient Marketing und lieben es.", "They call it ambient marketing and love it.",
         ["Ambient Marketing"]),
        ("fr", "Nous aurons du ubiquitous computing partout.", "We will have ubiquitous computing everywhere.",
         ["ubiquitous computing"]),
        # Alone, the loan stays the language's.
        ("de", "Die Firma setzt jetzt auf Computing im Alltag.",
         "The company now relies on computing in everyday life.", []),
    ],
)  # fmt: skip
def test_an_untranslated_word_carries_its_copied_phrase(
    lang: str, article: str, source: str, expected: list[str]
) -> None:
    assert spans("untranslated", article, lang, source=source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # The source writes the word in a name: the translator rendered the name by its convention.
        ("It won the prize of the Valley Hunters in June.", []),
        ("It won the prize of the valley hunters in June.", ["hunters"]),
    ],
)
def test_a_word_of_a_source_name_rendered_in_lower_case(source: str, expected: list[str]) -> None:
    article = "Ganó el premio de los hunters del valle en junio."
    assert spans("untranslated", article, "es", source=source) == expected


@pytest.mark.parametrize(
    ("word", "noun"),
    [("essay", True), ("forest", True), ("houses", True), ("see", False), ("running", False), ("negative", False)],
)
def test_mostly_noun_reads_wordnets_tagged_counts(word: str, noun: bool) -> None:
    assert lexicon.mostly_noun(word) is noun


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        # Mostly a noun in English, written lower-case where every noun has a capital: no German loan.
        ("Sie schrieb einen essay über Bienen.", ["essay"]),
        ("Sie schrieb einen Essay über Bienen.", []),
    ],
)
def test_a_lower_case_english_noun_in_german(article: str, expected: list[str]) -> None:
    assert spans("untranslated", article, "de", source="She wrote an essay about bees.") == expected


@pytest.mark.parametrize(
    ("lang", "source", "article", "expected"),
    [
        # frequent enough in the target list to be a loan, yet plainly English letter by letter: a copy
        (
            "ms",
            "The patients waited two hours for the doctor.",
            "Pesakit menunggu doctor itu selama dua jam.",
            ["doctor"],
        ),
        ("ms", "The patients waited two hours for the doctor.", "Pesakit menunggu doktor itu selama dua jam.", []),
        (
            "ms",
            "The team will update the project next week.",
            "Pasukan itu akan update projek itu minggu depan.",
            ["update"],
        ),
        ("ro", "The shop is on the main street.", "Magazinul este pe street principal.", ["street"]),
        # a large list that has it this often, or a capitalised noun: the language's own word or loan
        ("sv", "The train left the station.", "Tåget lämnade station.", []),
        ("de", "The team won the festival prize.", "Das Team gewann den Preis des Festivals.", []),
    ],
)
def test_a_frequent_copy_that_looks_english_is_untranslated(lang, source, article, expected):
    """A copy needs no more evidence than a word not copied: the letter-shape test counts for it too."""
    assert spans("untranslated", article, lang, source=source) == expected
