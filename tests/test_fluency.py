"""Fluency checks: repetition and segmentation (punctuation has tests/test_punctuation.py).

Each table pairs text that must fire (with the span it must point at) with
correct text in the same language that must stay silent.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mt_audit.checks.base import make_input
from mt_audit.checks.fluency import punctuation, repetition, segmentation


def spans(check, text: str, lang: str, **kw) -> list[str]:
    item = make_input(text, lang, **kw)
    found = check(item)
    for f in found:
        assert text[f.start : f.end] == f.span
        assert f.category == f"fluency/{check.name}"
        assert f.severity == "minor"
    return [f.span for f in found]


# --------------------------------------------------------------------------- repetition

REPETITION_FIRES = [
    ("sq", "Qeveria miratoi miratoi ligjin e ri.", "miratoi miratoi"),  # no doubling data: a long word doubled
    ("en", "I saw the the cat on the roof.", "the the"),
    ("es", "Vive en la casa de la de la abuela.", "de la de la"),
    ("tr", "Bakan ve ve müdür toplantıya geldi.", "ve ve"),
    ("id", "Rumah yang yang besar itu dijual.", "yang yang"),
    ("pl", "Okazało się się, że nikt nie przyszedł.", "się się"),
    ("ar", "ذهب في في المدينة إلى السوق.", "في في"),
    ("fr", "Il a vu le le chat noir.", "le le"),
    ("de", "Er kam und und ging wieder.", "und und"),
    ("ru", "Он был в в городе вчера.", "в в"),
    ("en", "The the report was late.", "The the"),
    ("en", "GPUs, or GPUs, are chips built for graphics.", "GPUs, or GPUs"),
    ("tr", "Grafik işlemciler, ya da grafik işlemciler, çiplerdir.", "Grafik işlemciler, ya da grafik işlemciler"),
    ("id", "Unit pemrosesan grafik, atau unit pemrosesan grafik, adalah chip.", None),
    ("pl", "Procesory graficzne, lub procesory graficzne, to układy scalone.", None),
    ("ar", "وحدات المعالجة ، أو وحدات المعالجة ، هي رقائق.", "وحدات المعالجة ، أو وحدات المعالجة"),
    ("es", "Compró tarjetas gráficas (tarjetas gráficas) nuevas.", "tarjetas gráficas (tarjetas gráficas)"),
    ("fr", "Les processeurs graphiques, ou processeurs graphiques, sont des puces.", None),
    ("de", "Grafikprozessoren, oder Grafikprozessoren, sind Chips.", "Grafikprozessoren, oder Grafikprozessoren"),
    ("ru", "Графические процессоры, или графические процессоры, это чипы.", None),
    ("en", "The chip (the chips) failed the test.", "The chip (the chips)"),
    ("en", "Large models, or large model, need power.", "Large models, or large model"),
]

REPETITION_SILENT = [
    ("sq", "Festivali i të të korrave mbahet çdo vjeshtë."),  # no doubling data: a short particle may be grammar
    ("tr", "Yavaş yavaş yürüdü, güzel güzel konuştu, kapı kapı dolaştı."),
    ("id", "Orang-orang datang; kata kata itu ditulis tanpa tanda hubung."),
    ("ar", "تقدم الجيش رويدًا رويدًا نحو المدينة."),
    ("ar", "قالت شبكة بي بي سي وشبكة سي إن إن إن الخبر صحيح."),
    ("de", "Die Frau, die die Katze fütterte, ist weg."),
    ("fr", "Nous nous sommes vus, vous vous souvenez ?"),
    ("en", "He said that that was fine on Bora Bora."),
    ("en", "GPUs, or graphics processing units, are chips."),
    ("en", "A graphics processing unit (GPU) is a chip."),
    ("pl", "Kraków (Krakow) to miasto. Tak, tak, to prawda."),
    ("en", "Use the GPU, or GPU cluster, for training."),
    ("es", "Llegaron 10 10 minutos tarde, dijo, no, no."),
    ("ru", "Это было давным-давно, чуть-чуть раньше."),
    ("en", "Well, well, we shall see."),
    ("tr", "Bunu bir, ya da birkaç, kez söyledi."),
]


@pytest.mark.parametrize(("lang", "text", "span"), REPETITION_FIRES)
def test_repetition_fires(lang: str, text: str, span: str | None) -> None:
    found = spans(repetition, text, lang)
    assert len(found) == 1
    if span is not None:
        assert found == [span]


@pytest.mark.parametrize(("lang", "text"), REPETITION_SILENT)
def test_repetition_is_silent_on_correct_text(lang: str, text: str) -> None:
    assert spans(repetition, text, lang) == []


def test_gloss_message_explains_the_collapse() -> None:
    (f,) = repetition(make_input("GPUs, or GPUs, are chips.", "en"))
    assert "gloss" in f.message


# --------------------------------------------------------------------------- segmentation

SEGMENTATION_FIRES = [
    ("tr", "Proje yıl sonunda bitecek. ardından yeni bir ekip kurulacak.", ". ardından"),
    ("id", "Pemerintah menaikkan harga beras. namun warga menolak.", ". namun"),
    ("en", "The plan was approved by the board. the vote was close.", ". the"),
    ("pl", "Rząd przyjął ustawę w piątek. opozycja zapowiedziała skargę.", ". opozycja"),
    ("tr", "Bakan yeni planı dün açıkladı Bu plan üç yıl sürecek.", "Bu"),
    ("id", "Harga beras naik tajam Namun pemerintah menolak menurunkannya.", "Namun"),
    ("en", "The committee approved the budget However critics said it was small.", "However"),
    ("it", "Il tiro è finito sulla traversa Questo ha deciso la partita.", "Questo"),
    ("pl", "Rząd przyjął ustawę Jednak opozycja ją krytykuje.", "Jednak"),
    ("es", "El Gobierno aprobó la ley Sin embargo la oposición protestó.", "Sin"),
    ("tr", "Şirket bir anlaşma imzaladı Yapay zeka alanında çalışacak; yapay zeka ve yapay zeka.", "Yapay"),
]

SEGMENTATION_SILENT = [
    ("en", "The U.S. economy grew. It was fine. He arrived at 5 p.m. and left, e.g. this one."),
    ("en", "He bought an iPhone. iPad sales grew. Wait... then he left. See example.com for more."),
    ("pl", "Kosztuje ok. dziesięć złotych, m.in. firma, np. dom, tzw. sztuczna inteligencja, 5 proc. akcji."),
    ("cs", "Cesta vede např. v Praze a tj. dobře."),
    ("ru", "Это т.е. важно, и т.д. в общем, около 5 тыс. человек и 3 млн. рублей."),
    ("id", "Ketua Partai Demokrat mengatakan bahwa anggota Dewan Perwakilan Rakyat setuju."),
    ("en", "Seats in the House of Representatives changed. The Senate voted on the film Life on Mars."),
    ("es", "Ayer el Gobierno aprobó la ley y el gobierno local también."),
    ("de", "Die Regierung hat neue Pläne und Die Zeit berichtet darüber."),
    ("tr", "Türkiye ekonomisi büyüdü ve Türkiye yeni bir plan açıkladı."),
    ("ru", "Заместитель госсекретаря по делам Восточной Азии и Тихого океана приехал."),
    ("fr", "Il a dit : oui. Puis il est parti."),
    ("tr", "Savaştan sonra 2. dünya düzeni kuruldu."),
    ("ar", "قال الوزير إن الخطة جاهزة. وأضاف أن التنفيذ سيبدأ قريبا."),
    ("zh", "他说计划已经准备好了。执行将很快开始。"),
    ("pl", "Firma Apple Inc. ogłosiła wyniki, a reżyser filmu Jak zostać królem to skomentował."),
    ("es", "La película Sin perdón se estrenó el 2 de ene. de 2023 en Madrid."),
    ("ru", "В городе живут 5 тыс. чел. и т.д. по данным переписи."),
    ("ka", "ქალაქმა ახალი ხიდი გახსნა. მშენებლობას სამი წელი დასჭირდა."),  # Georgian: letters Ll, script caseless
]


@pytest.mark.parametrize(("lang", "text", "span"), SEGMENTATION_FIRES)
def test_segmentation_fires(lang: str, text: str, span: str) -> None:
    assert spans(segmentation, text, lang) == [span]


@pytest.mark.parametrize(("lang", "text"), SEGMENTATION_SILENT)
def test_segmentation_is_silent_on_correct_text(lang: str, text: str) -> None:
    assert spans(segmentation, text, lang) == []


SOURCE = "The company hired former lab researchers Anna Smith and Bo Li."

SPLIT_FIRES = [
    ("id", "Perusahaan itu merekrut mantan peneliti laboratorium. Anna Smith dan Bo Li.", None),
    ("pl", "Firma zatrudniła byłych badaczy laboratorium. Annę Smith i Bo Li.", None),
    ("tr", "Şirket eski laboratuvar araştırmacılarını işe aldı. Anna Smith ve Bo Li.", None),
    (
        "ar",
        "استعانت الشركة بباحثين سابقين في المختبر. آنا سميث وبو لي.",
        ["The company hired former researchers in the lab.", "Anna Smith and Bo Li."],
    ),
]


@pytest.mark.parametrize(("lang", "text", "bt"), SPLIT_FIRES)
def test_segmentation_finds_a_sentence_split_where_the_source_runs_on(lang: str, text: str, bt) -> None:
    item = make_input(text, lang, source=SOURCE, backtranslation=bt, beads=[([0], [0, 1])])
    (f,) = segmentation(item)
    assert f.span == "."
    assert f.start == item.sentences[0].end - 1
    assert "source" in f.message
    assert f.source_span == SOURCE


SPLIT_SILENT = [
    # The article splits where the source has a sentence of its own.
    ("id", "Perusahaan itu merekrut mereka. Anna Smith dan Bo Li.", "The company hired them. Anna Smith and Bo Li."),
    # The second piece starts with what starts the source sentence.
    (
        "id",
        "Anna Smith dan Bo Li bergabung dengan laboratorium itu. Mereka dulu bekerja di sana.",
        "Anna Smith and Bo Li joined the lab, where they used to work.",
    ),
    # The second piece is long: a translator's own split, not a stripped link.
    (
        "pl",
        "Firma zatrudniła byłych badaczy. Anna Smith i Bo Li będą pracować nad nowym modelem językowym przez"
        " następne dwa lata w nowym laboratorium firmy w Warszawie.",
        "The company hired former researchers Anna Smith and Bo Li, who will work on a new language model for"
        " the next two years in the company's new lab in Warsaw.",
    ),
]


@pytest.mark.parametrize(("lang", "text", "source"), SPLIT_SILENT)
def test_segmentation_keeps_quiet_on_faithful_splits(lang: str, text: str, source: str) -> None:
    item = make_input(text, lang, source=source, beads=[([0], [0, 1])] if source.count(".") == 1 else None)
    assert segmentation(item) == []


@pytest.mark.parametrize("lang", ["zh", "ja", "ko", "sw", "xx", "pt-BR"])
def test_languages_without_word_frequencies_or_tokenizers_do_not_crash(lang: str) -> None:
    # wordfreq needs jieba/MeCab for zh/ja/ko and falls back to English for sw: neither may leak in.
    text = "他们说 the budget passed However critics said it was small. the end (a)b, c,d"
    item = make_input(text, lang)
    for check in (punctuation, repetition, segmentation):
        check(item)
    assert spans(segmentation, text, lang) == [". the"]


# --------------------------------------------------------------------------- properties

_ALPHABET = st.sampled_from(
    list("abcXYZ ..,,;:?!()[]\"'“”„«»،؛؟\n")
    + ["ال", "في", "и", "Это", "the", "The", "ve", "Bu", "yang", "się", " or ", " أو ", "1,5", "e.g.", "U.S."]
)
_LANGS = st.sampled_from(["ar", "tr", "id", "pl", "es", "fr", "de", "ru", "en", "zh", "ja", "ko", "fa", "sw", "xx"])


@pytest.mark.parametrize("check", [punctuation, repetition, segmentation], ids=lambda c: c.name)
def test_property_never_crashes_and_spans_point_into_the_text(check) -> None:
    @settings(max_examples=150, deadline=None)
    @given(st.lists(_ALPHABET, max_size=60).map("".join), _LANGS)
    def run(text: str, lang: str) -> None:
        item = make_input(text, lang)
        for f in check(item):
            assert 0 <= f.start <= f.end <= len(text)
            assert text[f.start : f.end] == f.span
            assert f.message

    run()


@settings(max_examples=60, deadline=None)
@given(st.lists(_ALPHABET, min_size=1, max_size=40).map("".join), st.sampled_from(["id", "pl", "ar", "en"]))
def test_property_segmentation_with_a_source_never_crashes(text: str, lang: str) -> None:
    item = make_input(text, lang, source="The company hired Anna Smith and Bo Li. They start in May.")
    for f in segmentation(item):
        assert text[f.start : f.end] == f.span
