"""Sentence segmentation: per-language rules and offset invariants."""

from __future__ import annotations

import time

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from mt_audit import segment as seg_module
from mt_audit.segment import paragraphs, phrase_spaced, segment

CASES: list[tuple[str | None, str, list[str]]] = [
    # --- abbreviations the rule tables lack, repaired from CLDR's suppression lists (ICU) ---
    ("it", "Il Sig. Rossi è arrivato. Poi andò via.", ["Il Sig. Rossi è arrivato.", "Poi andò via."]),
    ("es", "Llegó la Sra. López. Se fue.", ["Llegó la Sra. López.", "Se fue."]),
    # initials before a surname are no sentence end; a dotted acronym before a common word is
    ("pt", "O juiz M.A. Bettencourt saiu. Depois voltou.", ["O juiz M.A. Bettencourt saiu.", "Depois voltou."]),
    ("en", "She quoted W.H. Auden at length. Then she sat.", ["She quoted W.H. Auden at length.", "Then she sat."]),
    ("en", "They flew to the U.K. The trip was long.", ["They flew to the U.K.", "The trip was long."]),
    ("nl", "Hij woont in de V.S. Daar werkt hij.", ["Hij woont in de V.S.", "Daar werkt hij."]),
    # a half-width stop between CJK characters ends the sentence as the full-width one does
    ("ja", "首位に立った.２位は東京だ。", ["首位に立った.", "２位は東京だ。"]),
    ("zh", "他们赢了?对手很强。", ["他们赢了?", "对手很强。"]),
    ("ja", "価格は３.５ドルだった。", ["価格は３.５ドルだった。"]),
    ("ja", "Ver.2を使った。", ["Ver.2を使った。"]),
    # a word that merely ends like a listed abbreviation still ends its sentence
    ("de", "Der Zug kam. Dann fuhr er ab.", ["Der Zug kam.", "Dann fuhr er ab."]),
    ("it", "Il treno partì. Sig. Rossi rimase.", ["Il treno partì.", "Sig. Rossi rimase."]),
    # --- English ---
    (
        "en",
        "Markets rally after rate cut\nStocks rose on Monday. Bonds fell.",
        ["Markets rally after rate cut", "Stocks rose on Monday.", "Bonds fell."],
    ),
    ("en", "She said “no.” Then she left.", ["She said “no.”", "Then she left."]),
    ("en", 'He asked "why?" Nobody answered.', ['He asked "why?"', "Nobody answered."]),
    (
        "en",
        "Dr. Jones met Mr. Brown near St. Paul's. They talked.",
        ["Dr. Jones met Mr. Brown near St. Paul's.", "They talked."],
    ),
    (
        "en",
        "We sold apples, pears, etc. The rest was donated.",
        ["We sold apples, pears, etc.", "The rest was donated."],
    ),
    ("en", "The vote moved to Jan. 5 at noon. No. 7 won.", ["The vote moved to Jan. 5 at noon.", "No. 7 won."]),
    (
        "en",
        "J. K. Rowling met George R. Martin. Fans cheered.",
        ["J. K. Rowling met George R. Martin.", "Fans cheered."],
    ),
    ("en", "She works in the U.S. and in Canada.", ["She works in the U.S. and in Canada."]),
    ("en", "Prices rose in the U.K. Analysts were surprised.", ["Prices rose in the U.K.", "Analysts were surprised."]),
    ("en", "Well... Maybe not. Wait… what?", ["Well...", "Maybe not.", "Wait… what?"]),
    ("en", "The bag weighs 5 lbs. when full.", ["The bag weighs 5 lbs. when full."]),
    (
        "en",
        "Revenue hit 1,200.50 dollars. Growth was 3.5 percent on 12.04.2023.",
        ["Revenue hit 1,200.50 dollars.", "Growth was 3.5 percent on 12.04.2023."],
    ),
    (
        "en",
        "Really?! Yes. It ended in 2019. 2020 was different.",
        ["Really?!", "Yes.", "It ended in 2019.", "2020 was different."],
    ),
    ("en", "So did I. Then we left.", ["So did I.", "Then we left."]),
    ("en", "Use a language, e.g. Python, for this.", ["Use a language, e.g. Python, for this."]),
    (
        "en",
        "See v2.1.3 at example.com/a.b or mail info@test.org. Thanks.",
        ["See v2.1.3 at example.com/a.b or mail info@test.org.", "Thanks."],
    ),
    ("en", "(This is an aside.) The point follows.", ["(This is an aside.)", "The point follows."]),
    ("en", "We met at 9 a.m. on Friday. It rained.", ["We met at 9 a.m. on Friday.", "It rained."]),
    ("en", "1. Introduction", ["1. Introduction"]),
    ("en", "He paused. — Really? he asked.", ["He paused.", "— Really? he asked."]),
    ("en", "The model was GPT-4. It was new.", ["The model was GPT-4.", "It was new."]),
    ("en", "A long line without any final punctuation at all", ["A long line without any final punctuation at all"]),
    # --- Polish ---
    ("pl", "Ceny wzrosły o 10 tys. złotych w ciągu roku.", ["Ceny wzrosły o 10 tys. złotych w ciągu roku."]),
    (
        "pl",
        "Przyjechało 5 tys. Ukraińców, a budżet to 2 mln. USD.",
        ["Przyjechało 5 tys. Ukraińców, a budżet to 2 mln. USD."],
    ),
    ("pl", "Na liście są np. Kowalski i Nowak.", ["Na liście są np. Kowalski i Nowak."]),
    ("pl", "Kupiliśmy chleb, masło itd. Potem wróciliśmy.", ["Kupiliśmy chleb, masło itd.", "Potem wróciliśmy."]),
    (
        "pl",
        "Zakończono to w 2021 r. Następnie ogłoszono wyniki.",
        ["Zakończono to w 2021 r.", "Następnie ogłoszono wyniki."],
    ),
    ("pl", "Przyszedł dr Nowak. Prof. Kowalska też była.", ["Przyszedł dr Nowak.", "Prof. Kowalska też była."]),
    ("pl", "Minister powiedział: „To koniec.” Potem wyszedł.", ["Minister powiedział: „To koniec.”", "Potem wyszedł."]),
    (
        "pl",
        "Nowe prawo wchodzi w życie\nSejm przyjął ustawę w piątek.",
        ["Nowe prawo wchodzi w życie", "Sejm przyjął ustawę w piątek."],
    ),
    ("pl", "Udział wzięli m.in. Polacy i Czesi.", ["Udział wzięli m.in. Polacy i Czesi."]),
    (
        "pl",
        "Zostało ok. 50 osób. Reszta wyszła o godz. 12 w nocy.",
        ["Zostało ok. 50 osób.", "Reszta wyszła o godz. 12 w nocy."],
    ),
    ("pl", "Według „Gazety”. Inni milczą.", ["Według „Gazety”.", "Inni milczą."]),
    # --- Turkish ---
    (
        "tr",
        "2. Dünya Savaşı 1939'da başladı. Avrupa harap oldu.",
        ["2. Dünya Savaşı 1939'da başladı.", "Avrupa harap oldu."],
    ),
    ("tr", "II. Mehmed şehri fethetti.", ["II. Mehmed şehri fethetti."]),
    ("tr", "Elma, armut vb. Sonra eve döndük.", ["Elma, armut vb.", "Sonra eve döndük."]),
    ("tr", "Toplantıya Prof. Dr. Ayşe Yılmaz katıldı.", ["Toplantıya Prof. Dr. Ayşe Yılmaz katıldı."]),
    ("tr", "Neden geldin? Bilmiyorum! İyi.", ["Neden geldin?", "Bilmiyorum!", "İyi."]),
    (
        "tr",
        "Ekonomide yeni dönem\nMerkez Bankası faizi düşürdü.",
        ["Ekonomide yeni dönem", "Merkez Bankası faizi düşürdü."],
    ),
    (
        "tr",
        "Fiyat 10.000 liraya çıktı. Enflasyon yüzde 3,5 arttı.",
        ["Fiyat 10.000 liraya çıktı.", "Enflasyon yüzde 3,5 arttı."],
    ),
    ("tr", "19. yüzyılda şehir büyüdü. ancak nüfus azaldı.", ["19. yüzyılda şehir büyüdü. ancak nüfus azaldı."]),
    ("tr", "Bakan “Hazırız.” Sonra sustu.", ["Bakan “Hazırız.”", "Sonra sustu."]),
    ("tr", "Bekledik… Sonunda geldi.", ["Bekledik…", "Sonunda geldi."]),
    ("tr", "Ali'nin avı av. Zor bir iş.", ["Ali'nin avı av.", "Zor bir iş."]),
    # --- Indonesian ---
    ("id", "Ia membeli buku, pena, dll. Kemudian ia pulang.", ["Ia membeli buku, pena, dll.", "Kemudian ia pulang."]),
    ("id", "Kantor kami di Jl. Sudirman No. 5 Jakarta.", ["Kantor kami di Jl. Sudirman No. 5 Jakarta."]),
    (
        "id",
        "Dr. Budi dan Prof. Sari hadir. Acara dimulai pukul 9.",
        ["Dr. Budi dan Prof. Sari hadir.", "Acara dimulai pukul 9."],
    ),
    ("id", "Apakah kamu sudah makan? Belum.", ["Apakah kamu sudah makan?", "Belum."]),
    (
        "id",
        "Harga beras naik tajam\nPemerintah menyiapkan operasi pasar.",
        ["Harga beras naik tajam", "Pemerintah menyiapkan operasi pasar."],
    ),
    ("id", "Smith dkk. (2020) meneliti hal ini.", ["Smith dkk. (2020) meneliti hal ini."]),
    ("id", "Harganya Rp 10.000 per kilo. Itu mahal.", ["Harganya Rp 10.000 per kilo.", "Itu mahal."]),
    ("id", "Ia datang kemarin. dan pergi lagi.", ["Ia datang kemarin. dan pergi lagi."]),
    (
        "id",
        "Ia berkata, “Saya setuju.” Semua bertepuk tangan.",
        ["Ia berkata, “Saya setuju.”", "Semua bertepuk tangan."],
    ),
    ("id", "Presiden B. J. Habibie lahir di Parepare.", ["Presiden B. J. Habibie lahir di Parepare."]),
    ("id", "Tunggu... Ya, benar.", ["Tunggu...", "Ya, benar."]),
    # --- Arabic ---
    ("ar", "هل انتهى الاجتماع؟ نعم، انتهى قبل ساعة.", ["هل انتهى الاجتماع؟", "نعم، انتهى قبل ساعة."]),
    ("ar", "قال الوزير إن الوضع مستقر؛ لكن الحذر واجب.", ["قال الوزير إن الوضع مستقر؛ لكن الحذر واجب."]),
    ("ar", "وصل الوفد صباحاً. وبدأت المحادثات فوراً.", ["وصل الوفد صباحاً.", "وبدأت المحادثات فوراً."]),
    (
        "ar",
        "ارتفاع أسعار النفط\nارتفعت الأسعار اليوم بنسبة كبيرة.",
        ["ارتفاع أسعار النفط", "ارتفعت الأسعار اليوم بنسبة كبيرة."],
    ),
    ("ar", "استقبل د. أحمد الضيوف في المكتب.", ["استقبل د. أحمد الضيوف في المكتب."]),
    ("ar", "قال المتحدث «انتهينا.» ثم غادر القاعة.", ["قال المتحدث «انتهينا.»", "ثم غادر القاعة."]),
    ("ar", "بلغت النسبة 3.5 في المئة. وهذا رقم قياسي.", ["بلغت النسبة 3.5 في المئة.", "وهذا رقم قياسي."]),
    ("ar", "أطلقت الشركة نموذج GPT-4. ويعد الأقوى.", ["أطلقت الشركة نموذج GPT-4.", "ويعد الأقوى."]),
    ("ar", "الجملة الأولى۔ الجملة الثانية۔", ["الجملة الأولى۔", "الجملة الثانية۔"]),
    ("ar", "انتظرنا طويلاً... ثم جاء.", ["انتظرنا طويلاً...", "ثم جاء."]),
    ("ar", "انتهى العام. ٢٠٢٣ كان صعباً.", ["انتهى العام.", "٢٠٢٣ كان صعباً."]),
    ("ar", "هل رأيته؟\u200f نعم.", ["هل رأيته؟\u200f", "نعم."]),
    # --- Other languages ---
    ("de", "Er kam am 5. Mai 2020 an. Dann ging er.", ["Er kam am 5. Mai 2020 an.", "Dann ging er."]),
    (
        "de",
        "Wir brauchen z.B. Brot, Milch usw. Danach gehen wir.",
        ["Wir brauchen z.B. Brot, Milch usw.", "Danach gehen wir."],
    ),
    ("de", "Sie sagte: „Ja.“ Dann ging sie.", ["Sie sagte: „Ja.“", "Dann ging sie."]),
    ("es", "¿Dónde estás? ¡Aquí! El Sr. García llegó.", ["¿Dónde estás?", "¡Aquí!", "El Sr. García llegó."]),
    ("es", "Compró frutas, etc. Luego volvió.", ["Compró frutas, etc.", "Luego volvió."]),
    ("fr", "M. Dupont est arrivé. Mme Martin aussi.", ["M. Dupont est arrivé.", "Mme Martin aussi."]),
    ("fr", "Quoi ? Rien.", ["Quoi ?", "Rien."]),
    ("ru", "Мы купили хлеб, молоко и т.д. Потом пошли домой.", ["Мы купили хлеб, молоко и т.д.", "Потом пошли домой."]),
    ("ru", "Проф. Иванов выступил. Зал аплодировал.", ["Проф. Иванов выступил.", "Зал аплодировал."]),
    ("zh", "我来了。你呢？好的！", ["我来了。", "你呢？", "好的！"]),
    ("zh", "他说：「好的。」然后走了。", ["他说：「好的。」", "然后走了。"]),
    ("zh", "价格是3.5元。很便宜。", ["价格是3.5元。", "很便宜。"]),
    ("ja", "今日は晴れです。 明日は雨でしょう。", ["今日は晴れです。", "明日は雨でしょう。"]),
    ("hi", "यह एक वाक्य है। यह दूसरा वाक्य है॥ तीसरा?", ["यह एक वाक्य है।", "यह दूसरा वाक्य है॥", "तीसरा?"]),
    ("ka", "ეს პირველია. ეს მეორეა.", ["ეს პირველია.", "ეს მეორეა."]),
    # a dotted acronym opens a sentence, or stands before a caseless letter: no sentence end
    ("hi", "बी.बी.सी. के संवाददाता ने आज रिपोर्ट दी। यह दूसरा है।", ["बी.बी.सी. के संवाददाता ने आज रिपोर्ट दी।", "यह दूसरा है।"]),
    ("hi", "उन्होंने यू.एन. के बारे में बात की। फिर वे गए।", ["उन्होंने यू.एन. के बारे में बात की।", "फिर वे गए।"]),
    ("en", "U.N. officials arrived. They left.", ["U.N. officials arrived.", "They left."]),
    ("en", "He moved to the U.S. He stayed.", ["He moved to the U.S.", "He stayed."]),
    # --- Thai and Lao: no full stop; a space between letters ends a phrase (the aligner rejoins them) ---
    ("th", "ฝนตกหนักทั้งคืน ถนนหลายสายถูกน้ำท่วม", ["ฝนตกหนักทั้งคืน", "ถนนหลายสายถูกน้ำท่วม"]),
    ("th", "ราคาขึ้นเป็น 30 บาท ต่อกิโลกรัม", ["ราคาขึ้นเป็น 30 บาท", "ต่อกิโลกรัม"]),  # a figure keeps its unit
    ("th", "ทีม Blue Fox ชนะ “เก่งมาก” โค้ชกล่าว", ["ทีม Blue Fox ชนะ", "“เก่งมาก” โค้ชกล่าว"]),
    # a quotation opens a phrase after a name in Latin letters too, else two sentences stay glued
    ("th", "ได้รับทุนจาก Blue Heron Fund “เราดำน้ำ” เธอกล่าว", ["ได้รับทุนจาก Blue Heron Fund", "“เราดำน้ำ” เธอกล่าว"]),
    ("th", 'ผลิตโดย Acme 2024 "ดีมาก" เขากล่าว', ["ผลิตโดย Acme 2024", '"ดีมาก" เขากล่าว']),
    ("th", "ทีม Blue Fox ชนะ", ["ทีม Blue Fox ชนะ"]),  # a Latin name inside a phrase: no cut without a quote
    ("lo", "ມື້ນີ້ຝົນຕົກ ພວກເຮົາຢູ່ເຮືອນ", ["ມື້ນີ້ຝົນຕົກ", "ພວກເຮົາຢູ່ເຮືອນ"]),
    ("km", "ថ្ងៃនេះភ្លៀង។ យើងនៅផ្ទះ។", ["ថ្ងៃនេះភ្លៀង។", "យើងនៅផ្ទះ។"]),  # Khmer has its own full stop
    (None, "Dr. Smith arrived. Он ушёл.", ["Dr. Smith arrived.", "Он ушёл."]),
    ("pt-BR", "Olá. Tudo bem?", ["Olá.", "Tudo bem?"]),
    # --- a sentence opening with a spaced guillemet (French typography) still starts a sentence ---
    ("fr", "Le train part. « Nous sommes prêts », dit-il.", ["Le train part.", "« Nous sommes prêts », dit-il."]),
    ("fr", "Il pleut.\u00a0«\u202fDéjà\u202f?\u202f»", ["Il pleut.", "«\u202fDéjà\u202f?\u202f»"]),
    ("de", "Er kam. » Gut «, sagte sie.", ["Er kam.", "» Gut «, sagte sie."]),
    ("fr", "Il a dit « oui » hier.", ["Il a dit « oui » hier."]),
    # --- CJK: a quotation that opens the sentence keeps the attribution glued after it ---
    ("zh", "“我们明天出发。”队长告诉大家。路很远。", ["“我们明天出发。”队长告诉大家。", "路很远。"]),
    ("ja", "「駅は遠いです。」と運転手は言った。雨だった。", ["「駅は遠いです。」と運転手は言った。", "雨だった。"]),
    # the opening quote after a full-width stop opens the next sentence, not the last one
    ("zh", "天黑了。“快回家！”母亲喊道。", ["天黑了。", "“快回家！”母亲喊道。"]),
    # a quotation after a colon, or followed by another, ends as before
    ("zh", "老师说：“下课。”学生们走了。", ["老师说：“下课。”", "学生们走了。"]),
]


def _check_invariants(text: str, sentences: list) -> None:
    """The contract in segment()'s docstring."""
    covered = [False] * len(text)
    prev_end = 0
    prev_para = 0
    for i, s in enumerate(sentences):
        assert s.index == i
        assert text[s.start : s.end] == s.text
        assert s.text and s.text == s.text.strip()
        assert "\n" not in s.text
        assert s.start >= prev_end
        assert s.paragraph >= prev_para
        prev_end, prev_para = s.end, s.paragraph
        for k in range(s.start, s.end):
            covered[k] = True
    for k, ch in enumerate(text):
        assert covered[k] or ch.isspace(), (k, ch)


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_segment_cases(lang: str | None, text: str, expected: list[str]) -> None:
    sentences = segment(text, lang)
    assert [s.text for s in sentences] == expected
    _check_invariants(text, sentences)


@pytest.mark.parametrize(
    ("lang", "token", "listed"),
    [
        ("it", "Sig", True),
        ("es", "Sra", True),
        ("en", "Mr", True),
        ("de", "kam", False),  # ICU matches suffixes: a listed "m." must not make "kam." one
        ("en", "cat", False),
        ("xx", "Sig", False),  # no CLDR list for the language
    ],
)
def test_cldr_abbreviations(lang: str, token: str, listed: bool) -> None:
    assert seg_module.cldr_abbreviation(lang, token) is listed


@pytest.mark.parametrize(
    ("lang", "phrases"),
    [("th", True), ("lo", True), ("th-TH", True), ("km", False), ("my", False), ("zh", False), ("ja", False)]
    + [("en", False), ("hi", False), (None, False), ("xx", False)],
)
def test_phrase_spaced_languages_are_unspaced_without_a_full_stop(lang: str | None, phrases: bool) -> None:
    assert phrase_spaced(lang) is phrases


def test_per_language_coverage() -> None:
    counts = {lang: sum(1 for c in CASES if c[0] == lang) for lang in ("ar", "tr", "id", "pl", "en")}
    assert min(counts.values()) >= 8, counts


def test_paragraph_numbers_and_offsets() -> None:
    text = "  Title here  \n\n\nFirst one. Second one.\r\n\tLast line"
    sentences = segment(text, "en")
    assert [(s.text, s.paragraph) for s in sentences] == [
        ("Title here", 0),
        ("First one.", 1),
        ("Second one.", 1),
        ("Last line", 2),
    ]
    assert sentences[1].start == text.index("First")


def test_paragraphs_split_on_newline_only() -> None:
    text = "\n\n  a  \n\nb\r\nc\u2028d\x85e\x1cf \n"
    spans = paragraphs(text)
    assert [text[a:b] for a, b in spans] == ["a", "b", "c\u2028d\x85e\x1cf"]
    assert paragraphs("") == [] and paragraphs(" \n\t\n") == []


def test_exotic_whitespace_is_ordinary_whitespace() -> None:
    text = "One.\u2028Two.\x85Three.\u3000Four."
    assert [s.text for s in segment(text, "en")] == ["One.", "Two.", "Three.", "Four."]
    assert {s.paragraph for s in segment(text, "en")} == {0}


def test_whitespace_class_matches_isspace() -> None:
    everything = "".join(map(chr, range(0x110000)))
    pattern = regex.compile(f"[{seg_module._WS}]")
    assert set(pattern.findall(everything)) == {c for c in everything if c.isspace()}


def test_unknown_lang_and_region_tags() -> None:
    assert [s.text for s in segment("Dr. No. Yes.", "xx")] == ["Dr. No.", "Yes."]
    assert [s.text for s in segment("np. Kraków. Tak.", "pl_PL")] == ["np. Kraków.", "Tak."]


def test_linear_time() -> None:
    base = "".join(text + "\n" for _, text, _ in CASES)
    samples = [
        base * (300_000 // len(base)),
        "." * 200_000,
        ". A" * 70_000,
        "?!" * 100_000 + " a",
        '".".' * 50_000,
        "。a" * 50_000,
        "x" * 200_000,
    ]
    # A guard against quadratic blow-ups (minutes on 200,000 characters), not a speed target: about 0.3 s
    # each here when idle, so the bound leaves room for a loaded CI machine.
    for text in samples:
        t0 = time.perf_counter()
        segment(text, None)
        assert time.perf_counter() - t0 < 10.0


CHARS = list(
    ".!?…؟۔。！？।॥,;:،؛\"'“”‘’„«»()[]「」—–-"
    " \t\r\n\n\n\u00a0\u2028\u2029\x85\x1c\x1f\u3000\u200f\u200b"
    "AaZzİıĞşДдاب中日हि0123456789กขไ่ສ"
)
TOKENS = ["Dr", "Mr", "etc", "e.g", "U.S", "np", "tys", "vb", "dll", "II", "12", "...", "?!", ". ", "Sig", "Sra"]
TEXTS = st.text(alphabet=st.sampled_from(CHARS) | st.characters(), max_size=200)
WORDY = st.lists(st.sampled_from(CHARS + TOKENS), max_size=80).map("".join)
LANGS = st.sampled_from(
    [None, "en", "pl", "tr", "id", "ar", "de", "fr", "ru", "zh", "hi", "xx", "it", "es", "pt", "th"]
)


@settings(max_examples=300, deadline=None)
@given(text=TEXTS | WORDY, lang=LANGS)
def test_invariants_hold_for_any_text(text: str, lang: str | None) -> None:
    _check_invariants(text, segment(text, lang))


@settings(max_examples=150, deadline=None)
@given(text=WORDY, lang=LANGS)
def test_paragraphs_are_segmented_independently(text: str, lang: str | None) -> None:
    whole = segment(text, lang)
    spans = paragraphs(text)
    assert sorted({s.paragraph for s in whole}) == list(range(len(spans)))
    for s in whole:
        start, end = spans[s.paragraph]
        assert start <= s.start and s.end <= end
    pieces = []
    for start, end in spans:
        pieces.extend((start + s.start, start + s.end) for s in segment(text[start:end], lang))
    assert pieces == [(s.start, s.end) for s in whole]


@pytest.mark.parametrize(
    ("lang", "extra"),
    [("el", ";"), ("de", ""), ("fr", ""), ("ar", ""), ("hy", ""), ("xx", "")],
)
def test_terminators_beyond_unicode_come_from_icu(lang: str, extra: str) -> None:
    from mt_audit.languages import extra_terminators

    assert extra_terminators(lang) == extra


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("el", "Θα ανοίξει η γέφυρα τον Μάιο; Οι κάτοικοι περιμένουν.",
         ["Θα ανοίξει η γέφυρα τον Μάιο;", "Οι κάτοικοι περιμένουν."]),
        ("el", "Γιατί όχι; είπε ο δήμαρχος.", ["Γιατί όχι; είπε ο δήμαρχος."]),  # speech runs on in lower case
        ("fr", "Il a hésité ; Marie a répondu.", ["Il a hésité ; Marie a répondu."]),  # a semicolon elsewhere
    ],
)  # fmt: skip
def test_greek_question_mark_ends_a_sentence(lang: str, text: str, expected: list[str]) -> None:
    assert [s.text for s in segment(text, lang)] == expected
