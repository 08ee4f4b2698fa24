"""The source/boilerplate check: leaked web-page chrome, from a multilingual catalogue."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from mt_audit.checks.base import make_input
from mt_audit.checks.boilerplate import (
    KINDS,
    boilerplate,
    catalogue,
    find_chrome,
    languages,
    parse,
    triggers,
)


def run(text: str, lang: str) -> list:
    return boilerplate(make_input(text, lang))


# (lang, text, the span that must be reported, kind word expected in the message)
FIRES = [
    # link hints, glued to the next word as stripped markup leaves them
    (
        "tr",
        "Habere göre Reuters (yeni sekmede açılır)Şirket 10 bin işlemci aldı.",
        "(yeni sekmede açılır)",
        "Link hint",
    ),
    ("en", "According to The Verge (opens in new tab), the deal closed on Friday.", "(opens in new tab)", "Link hint"),
    (
        "en",
        "Details are on the agency site opens in a new windowThe ministry declined.",
        "opens in a new window",
        "Link",
    ),
    (
        "pl",
        "Jak podaje Reuters (otwiera się w nowej karcie), umowę podpisano w piątek.",
        "(otwiera się w nowej karcie)",
        "Link",
    ),
    (
        "de",
        "Wie der Spiegel (öffnet in neuem Tab) berichtet, ist der Vertrag unterschrieben.",
        "(öffnet in neuem Tab)",
        "Link",
    ),
    (
        "es",
        "Según El País (se abre en una nueva pestaña), el acuerdo está cerrado.",
        "(se abre en una nueva pestaña)",
        "Link",
    ),
    ("en", "The full ruling (link is external) runs to 80 pages.", "(link is external)", "Link hint"),
    # media fallbacks, in the article's language or left in English
    (
        "ar",
        "قال المتحدث إن الشركة ستعلن النتائج قريبا.\n"
        "This browser does not support the video element.\n"
        "وأضاف أن الصفقة ستتم.",
        "This browser does not support the video element.",
        "Media player fallback",
    ),
    ("en", "Your browser does not support the audio tag.", "Your browser does not support the audio tag.", "Media"),
    ("es", "Tu navegador no admite el elemento de vídeo.", "Tu navegador no admite el elemento de vídeo.", "Media"),
    ("ru", "Ваш браузер не поддерживает видео.", "Ваш браузер не поддерживает видео.", "Media"),
    ("id", "Browser anda tidak mendukung elemen video.", "Browser anda tidak mendukung elemen video.", "Media"),
    # related video, related articles
    (
        "ar",
        "أعلنت الوزارة عن خطة جديدة للطاقة.\nفيديو ذو صلة\nوقال الوزير إن الخطة ستبدأ العام المقبل.",
        "فيديو ذو صلة",
        "video",
    ),
    (
        "es",
        "El Gobierno aprobó el plan.\nVídeos relacionados\nEl ministro defendió la medida.",
        "Vídeos relacionados",
        "video",
    ),
    (
        "tr",
        "Bakanlık yeni planı açıkladı.\nİlgili Videolar\nBakan planın gelecek yıl başlayacağını söyledi.",
        "İlgili Videolar",
        "video",
    ),
    ("id", "Baca juga: Harga minyak dunia naik tajam", "Baca juga: Harga minyak dunia naik tajam", "Related-article"),
    (
        "id",
        "Harga akan naik pekan depan. Baca juga: Pemerintah menjelaskan bahwa subsidi tetap berjalan sampai akhir "
        "tahun ini dan tidak akan ada perubahan besar dalam waktu dekat menurut pejabat kementerian keuangan.",
        "Baca juga:",
        "Related-article",
    ),
    ("ar", "اقرأ أيضاً: الحكومة تعلن عن خطة جديدة", "اقرأ أيضاً: الحكومة تعلن عن خطة جديدة", "Related"),
    (
        "de",
        "Lesen Sie auch: Regierung beschließt neues Gesetz",
        "Lesen Sie auch: Regierung beschließt neues Gesetz",
        "Related",
    ),
    ("es", "Lee también: El Gobierno aprueba la reforma", "Lee también: El Gobierno aprueba la reforma", "Related"),
    (
        "fr",
        "Lire aussi : Le gouvernement adopte la réforme",
        "Lire aussi : Le gouvernement adopte la réforme",
        "Related",
    ),
    ("ru", "Читайте также: Правительство приняло закон", "Читайте также: Правительство приняло закон", "Related"),
    ("it", "Leggi anche: Il governo approva la riforma", "Leggi anche: Il governo approva la riforma", "Related"),
    ("zh", "延伸阅读：政府公布新计划", "延伸阅读：政府公布新计划", "Related"),
    # captions and credits
    ("ru", "Президент выступил в Москве.\nФото: РИА Новости\nОн заявил о новых мерах.", "Фото: РИА Новости", "caption"),
    ("tr", "Bakan açıklama yaptı.\nFotoğraf: AA\nToplantı iki saat sürdü.", "Fotoğraf: AA", "caption"),
    (
        "pl",
        "Minister zabrał głos.\nfot. PAP/Jan Kowalski\nSpotkanie trwało dwie godziny.",
        "fot. PAP/Jan Kowalski",
        "caption",
    ),
    ("fr", "Le ministre a parlé.\nPhoto : AFP\nLa réunion a duré deux heures.", "Photo : AFP", "caption"),
    (
        "en",
        "The minister spoke on Monday.\nJohn Smith/Getty Images\nThe meeting lasted two hours.",
        "John Smith/Getty Images",
        "credit",
    ),
    ("en", "The new chip (Image credit: Future) is built on a 4 nm process.", "(Image credit: Future)", "credit"),
    (
        "id",
        "Presiden meninjau lokasi banjir.\nFoto: Istimewa\nIa meminta bantuan segera dikirim.",
        "Foto: Istimewa",
        "caption",
    ),
    (
        "en",
        "Enlarge / The new chip on display at a trade show in Taipei.\nBloomberg\nThe chip is faster.",
        "Bloomberg",
        "Short line",
    ),
    # prompts, ads, cookies, comments, bylines
    ("en", "The talks resume on Monday.\nShare this article\nOfficials said little.", "Share this article", "Share"),
    ("en", "Officials said little. Follow us on Twitter and Facebook", "Follow us on Twitter and Facebook", "Share"),
    ("de", "Die Gespräche gehen weiter.\nAnzeige\nDie Regierung schweigt.", "Anzeige", "Advertisement"),
    ("pl", "Rozmowy trwają.\nReklama\nRząd milczy.", "Reklama", "Advertisement"),
    ("es", "Las conversaciones siguen.\nPublicidad\nEl Gobierno calla.", "Publicidad", "Advertisement"),
    ("ar", "تستمر المحادثات.\nإعلان\nالحكومة صامتة.", "إعلان", "Advertisement"),
    ("en", "To read the full report, click here.", "click here", "Link text"),
    (
        "en",
        "We use cookies to improve your experience on our site.",
        "We use cookies to improve your experience on our site.",
        "Cookie",
    ),
    ("en", "Updated: 12 April 2023, 10:45", "Updated: 12 April 2023, 10:45", "Byline"),
    ("tr", "Bakan konuştu.\nYorumlar\nToplantı sürüyor.", "Yorumlar", "Comments"),
    # glued to the previous word by stripped markup, or standing in a script without spaces
    ("id", "Hal itu dilaporkan oleh Kompas.Baca juga: Harga naik", "Baca juga:", "Related"),
    ("id", "Hal itu dilaporkan Business InsiderBaca juga: harga naik lagi sampai akhir tahun", "Baca juga:", "Related"),
    ("zh", "据路透社（在新标签页中打开）报道，交易已经完成。", "（在新标签页中打开）", "Link hint"),
    (
        "en",
        "Talks resumed.\nStory continues below advertisement\nNo deal yet.",
        "Story continues below advertisement",
        "Adv",
    ),
    (
        "en",
        "Talks resumed.\nImage caption, Delegates arrive in Geneva\nNo deal yet.",
        "Image caption, Delegates arrive in Geneva",
        "caption",
    ),
    ("nl", "Lees ook: Kabinet presenteert nieuwe plannen", "Lees ook: Kabinet presenteert nieuwe plannen", "Related"),
    ("pt", "Leia também: Governo anuncia novo plano", "Leia também: Governo anuncia novo plano", "Related"),
]

# Ordinary news text that merely mentions videos, shares, photos, ads...: must stay silent.
SILENT = [
    ("en", "The company will share its results next week."),
    ("en", "Shares fell 5% in early trading on Tuesday."),
    ("en", "Subscribers can watch the video on the company's website."),
    ("en", "The photo shows the president at the summit in Geneva."),
    ("en", "The image was shared widely on social media before it was removed."),
    ("en", "Getty Images reported record revenue in the last quarter."),
    ("en", "The ad campaign cost $2 million and ran for six weeks."),
    ("en", "Readers can sign up for the program online until Friday."),
    ("en", "Click-through rates rose sharply after the redesign."),
    (
        "en",
        "Musk buys thousands of GPUs for Twitter AI project\nWhy the deal matters\nThe purchase was reported Tuesday.",
    ),
    ("en", "The browser does not support older extensions, the developers said."),
    ("pl", "Zdjęcia pokazują zniszczenia po trzęsieniu ziemi."),
    ("pl", "Zdjęcie przedstawia prezydenta podczas szczytu."),
    ("pl", "Reklama telewizyjna kosztowała miliony złotych."),
    ("pl", "Elon Musk kupuje procesory graficzne\nFirma nie skomentowała doniesień."),
    ("de", "Die Anzeige wurde bei der Polizei erstattet."),
    ("de", "Zum Thema Klimaschutz sagte der Minister nichts."),
    ("de", "Das Video zeigt die Demonstranten vor dem Parlament."),
    ("tr", "Şirket, videoyu sosyal medyada paylaştı."),
    ("tr", "Musk yapay zeka projesine hız verdi\nŞirket açıklama yapmadı."),
    ("id", "Foto-foto itu menunjukkan kerusakan parah di desa tersebut."),
    ("id", "Iklan tersebut ditayangkan di televisi nasional."),
    ("id", "Baca buku itu sebelum ujian, kata guru tersebut."),
    ("ar", "نشرت الشركة صورة للمنتج الجديد على موقعها."),
    ("ar", "شاهد الملايين المباراة على التلفزيون مساء الأحد."),
    ("ar", "ماسك يشتري آلاف المعالجات\nلم تعلق الشركة على التقرير."),
    ("es", "La empresa compartirá sus resultados la próxima semana."),
    ("es", "El vídeo muestra a los manifestantes frente al Congreso."),
    ("fr", "La photo a été prise à Paris samedi dernier."),
    ("fr", "Sur le même sujet, le ministre a refusé de commenter."),
    ("ru", "Фотография была сделана в Москве в субботу."),
    ("ru", "Компания поделится результатами на следующей неделе."),
    ("nl", "Ook interessant is dat de beurs steeg."),
    ("zh", "公司表示将在下周公布业绩。"),
]


@pytest.mark.parametrize(("lang", "text", "span", "word"), FIRES)
def test_fires(lang: str, text: str, span: str, word: str) -> None:
    found = run(text, lang)
    spans = [f.span for f in found]
    assert span in spans, spans
    f = found[spans.index(span)]
    assert word.lower() in f.message.lower()
    assert f.category == "source/boilerplate"
    assert f.detector == "boilerplate"


@pytest.mark.parametrize(("lang", "text"), SILENT)
def test_silent(lang: str, text: str) -> None:
    assert run(text, lang) == []


def test_media_fallback_paragraph_is_major_inline_hint_minor() -> None:
    text = (
        "Officials met on Monday.\nThis browser does not support the video element.\nTalks (opens in new tab) resume."
    )
    by_span = {f.span: f.severity for f in run(text, "en")}
    assert by_span == {"This browser does not support the video element.": "major", "(opens in new tab)": "minor"}


def test_english_chrome_in_any_article_and_translated_chrome_in_its_own() -> None:
    assert run("Rozmowy trwają.\nAdvertisement\nRząd milczy.", "pl")[0].span == "Advertisement"
    assert run("Rozmowy trwają.\nReklama\nRząd milczy.", "en") == []


def test_short_line_needs_a_media_cue_before_it() -> None:
    after_caption = "Photo: A crowd outside the parliament on Monday.\nReuters pool\nThe vote passed."
    assert [f.span for f in run(after_caption, "en")][-1] == "Reuters pool"
    subheading_first = "Why the vote matters\nPhoto: A crowd outside the parliament on Monday.\nThe vote passed."
    assert [f.span for f in run(subheading_first, "en")] == ["Photo: A crowd outside the parliament on Monday."]
    after_sentence = "The vote passed on Monday.\nWhat happens next\nThe bill goes to the senate."
    assert run(after_sentence, "en") == []


def test_long_paragraph_after_label_flags_only_the_label() -> None:
    body = " ".join(["Pemerintah menyatakan bahwa subsidi tetap berjalan."] * 8)
    found = run(f"Baca juga: {body}", "id")
    assert [f.span for f in found] == ["Baca juga:"]


def test_hard_wrapped_and_spaced_text_maps_back_to_the_original() -> None:
    text = "Rozmowy  trwają  od  rana.\n\n   Reklama\n\nRząd milczy."
    found = run(text, "pl")
    assert [(f.span, text[f.start : f.end]) for f in found] == [("Reklama", "Reklama")]


def test_catalogue_covers_twelve_languages_for_every_kind() -> None:
    assert len(languages()) >= 12
    assert {"en", "ar", "tr", "id", "pl", "es", "de", "fr", "it", "pt", "ru", "nl"} <= languages()
    for kind in KINDS:
        langs = {r.lang for r in catalogue().rules if r.kind == kind} - {"*"}
        assert len(langs) >= 12, (kind, sorted(langs))


def test_every_pattern_compiles_and_has_no_capturing_group() -> None:
    for r in catalogue().rules:
        compiled = regex.compile(r.pattern, regex.IGNORECASE)
        assert compiled.groups == 0, r
        assert not compiled.search(""), r


def test_parse_rejects_malformed_lines() -> None:
    assert parse("# comment\n\nen\tad\tline\tadvertisement\n").rules[0].pattern == "advertisement"
    with pytest.raises(ValueError):
        parse("en\tad\tadvertisement\n")
    with pytest.raises(ValueError):
        parse("en\tnonsense\tline\tx\n")
    with pytest.raises(ValueError):
        parse("en\tad\tline\t{NOPE}\n")


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?:this|our) (?:web)?site uses cookies[^.\n]{0,150}\.?", ("site uses cookies",)),
        (r"(?:read (?:also|more|next)|also read)\s*:", ("also read", "read")),
        (r"(?:opens|will open) in (?:a )?new (?:tab|window)", ("opens", "will open")),
        (r"yeni (?:sekmede|pencerede) açılır", ("pencerede", "sekmede")),
        (r"(?:ad|ads)", ()),
    ],
)
def test_triggers(pattern: str, expected: tuple[str, ...]) -> None:
    assert triggers(pattern) == expected


def test_prefilter_never_loses_a_hit() -> None:
    """Skipping a phrase rule whose literals are absent from the text changes nothing."""
    for lang, text, _, _ in FIRES:
        assert find_chrome(text, lang) == find_chrome(text, lang, prefilter=False)


PIECES = st.sampled_from(
    [
        "(opens in new tab)",
        "(yeni sekmede açılır)",
        "Baca juga:",
        "Advertisement",
        "\n",
        "\n\n",
        " ",
        "  ",
        "Photo: Reuters",
        "This browser does not support the video element.",
        "فيديو ذو صلة",
        "Musk",
        "shares",
        ".",
        "é",
        "\u200b",
        "(",
        ")",
        "©",
        "/Getty Images",
    ]
)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=25).map("".join),
    st.sampled_from(["en", "ar", "tr", "id", "pl", "zh"]),
)
def test_property_spans_are_exact(text: str, lang: str) -> None:
    for f in run(text, lang):
        assert 0 <= f.start <= f.end <= len(text)
        assert text[f.start : f.end] == f.span
        assert f.span.strip()
    hits = find_chrome(text, lang)
    assert hits == find_chrome(text, lang, prefilter=False)
    assert all(0 <= h.start < h.end <= len(text) for h in hits)
    assert all(a.end <= b.start for a, b in zip(hits, hits[1:]))
