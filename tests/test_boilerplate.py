"""The source/boilerplate check: leaked web-page chrome, from a multilingual catalogue."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from support import emitted

from mt_audit.checks.base import make_input
from mt_audit.checks.boilerplate import (
    KINDS,
    boilerplate,
    catalogue,
    find_chrome,
    languages,
    parse,
    spaced,
    triggers,
)
from mt_audit.languages import CLAIMED, language

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
    # ... with the linked headline its colon introduces, when that runs to the end of the paragraph
    ("id", "Hal itu dilaporkan oleh Kompas.Baca juga: Harga naik", "Baca juga: Harga naik", "Related"),
    (
        "id",
        "Hal itu dilaporkan Business InsiderBaca juga: harga naik lagi sampai akhir tahun",
        "Baca juga: harga naik lagi sampai akhir tahun",
        "Related",
    ),
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
    found = emitted(boilerplate, text, lang)
    spans = [f.span for f in found]
    assert span in spans, spans
    f = found[spans.index(span)]
    assert word.lower() in f.message.lower()
    assert f.category == "source/boilerplate"
    assert f.detector == "boilerplate"


@pytest.mark.parametrize(("lang", "text"), SILENT)
def test_silent(lang: str, text: str) -> None:
    assert emitted(boilerplate, text, lang) == []


def test_media_fallback_paragraph_is_major_inline_hint_minor() -> None:
    text = (
        "Officials met on Monday.\nThis browser does not support the video element.\nTalks (opens in new tab) resume."
    )
    by_span = {f.span: f.severity for f in emitted(boilerplate, text, "en")}
    assert by_span == {"This browser does not support the video element.": "major", "(opens in new tab)": "minor"}


def test_english_chrome_in_any_article_and_translated_chrome_in_its_own() -> None:
    assert emitted(boilerplate, "Rozmowy trwają.\nAdvertisement\nRząd milczy.", "pl")[0].span == "Advertisement"
    assert emitted(boilerplate, "Rozmowy trwają.\nReklama\nRząd milczy.", "en") == []


def test_short_line_needs_a_media_cue_before_it() -> None:
    after_caption = "Photo: A crowd outside the parliament on Monday.\nReuters pool\nThe vote passed."
    assert [f.span for f in emitted(boilerplate, after_caption, "en")][-1] == "Reuters pool"
    subheading_first = "Why the vote matters\nPhoto: A crowd outside the parliament on Monday.\nThe vote passed."
    assert [f.span for f in emitted(boilerplate, subheading_first, "en")] == [
        "Photo: A crowd outside the parliament on Monday."
    ]
    after_sentence = "The vote passed on Monday.\nWhat happens next\nThe bill goes to the senate."
    assert emitted(boilerplate, after_sentence, "en") == []


def test_long_paragraph_after_label_flags_only_the_label() -> None:
    body = " ".join(["Pemerintah menyatakan bahwa subsidi tetap berjalan."] * 8)
    found = emitted(boilerplate, f"Baca juga: {body}", "id")
    assert [f.span for f in found] == ["Baca juga:"]


def test_hard_wrapped_and_spaced_text_maps_back_to_the_original() -> None:
    text = "Rozmowy  trwają  od  rana.\n\n   Reklama\n\nRząd milczy."
    found = emitted(boilerplate, text, "pl")
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
    for f in emitted(boilerplate, text, lang):
        assert 0 <= f.start <= f.end <= len(text)
        assert text[f.start : f.end] == f.span
        assert f.span.strip()
    hits = find_chrome(text, lang)
    assert hits == find_chrome(text, lang, prefilter=False)
    assert all(0 <= h.start < h.end <= len(text) for h in hits)
    assert all(a.end <= b.start for a, b in zip(hits, hits[1:]))


# Sentence-level labels. Per claimed language: a catalogued label, a plain news sentence, and prose in which
# a label word runs on as an ordinary word (a label must never fire there).
GLUED = [
    ("af", "Advertensie", "Die regering het 'n nuwe plan voorgestel.", "Advertensie op televisie het duur geword."),
    ("am", "ተዛማጅ ዜናዎች", "መንግሥት አዲስ ዕቅድ አቅርቧል።", "ተዛማጅ ዜናዎች በሌሎች ጋዜጦችም ወጥተዋል።"),
    ("ar", "اقرأ أيضا", "أعلنت الحكومة عن خطة جديدة.", "إعلان الحكومة عن الخطة أثار جدلا واسعا."),
    ("bg", "Реклама", "Правителството представи нов план.", "Реклама на цигари е забранена у нас."),
    ("bn", "আরও পড়ুন", "সরকার একটি নতুন পরিকল্পনা ঘোষণা করেছে।", "বিজ্ঞাপন দেখে অনেকেই পণ্যটি কিনেছেন।"),
    ("ca", "Publicitat", "El Govern ha presentat un nou pla.", "Llegeix més sobre el pla al web del Govern."),
    ("cs", "Reklama", "Vláda představila nový plán.", "Reklama na cigarety je zakázaná."),
    ("da", "Annonce", "Regeringen har fremlagt en ny plan.", "Læs mere om planen på ministeriets hjemmeside."),
    ("de", "Anzeige", "Die Regierung hat einen neuen Plan vorgestellt.", "Lesen Sie mehr darüber im Bericht."),
    ("el", "Διαφήμιση", "Η κυβέρνηση παρουσίασε ένα νέο σχέδιο.", "Διαβάστε περισσότερα για το σχέδιο εδώ."),
    ("es", "Publicidad", "El Gobierno presentó un nuevo plan.", "Lee también los informes del ministerio."),
    ("et", "Reklaam", "Valitsus esitles uut kava.", "Reklaam on viimastel aastatel kallimaks muutunud."),
    ("fa", "تبلیغات", "دولت یک طرح جدید ارائه کرد.", "تبلیغات تلویزیونی گران شده است."),
    ("fi", "Mainos", "Hallitus esitteli uuden suunnitelman.", "Lue lisää suunnitelmasta ministeriön sivuilta."),
    ("fr", "Publicité", "Le gouvernement a présenté un nouveau plan.", "Lire la suite du rapport prend du temps."),
    ("gu", "જાહેરખબર", "સરકારે એક નવી યોજના રજૂ કરી.", "જાહેરખબર પાછળ કંપનીએ કરોડો રૂપિયા ખર્ચ્યા."),
    ("he", "פרסומת", "הממשלה הציגה תוכנית חדשה.", "פרסומת לסיגריות אסורה בישראל."),
    ("hi", "विज्ञापन", "सरकार ने एक नई योजना पेश की।", "विज्ञापन पर कंपनी ने करोड़ों रुपये खर्च किए।"),
    ("hr", "Oglas", "Vlada je predstavila novi plan.", "Oglas je objavljen u novinama."),
    ("hu", "Hirdetés", "A kormány új tervet mutatott be.", "Hirdetés nélkül nem működik az újság."),
    ("hy", "Գովազդ", "Կառավարությունը ներկայացրեց նոր ծրագիր։", "Գովազդ տեղադրելը հեռուստատեսությամբ թանկացել է։"),
    ("id", "Baca juga", "Pemerintah memperkenalkan rencana baru.", "Baca juga buku itu sebelum ujian."),
    ("is", "Auglýsing", "Ríkisstjórnin kynnti nýja áætlun.", "Auglýsing í sjónvarpi kostar mikið."),
    ("it", "Pubblicità", "Il governo ha presentato un nuovo piano.", "Leggi anche tu il rapporto del ministero."),
    ("ja", "関連記事", "政府は新しい計画を発表した。", "政府は広告費を削減した。"),
    ("ka", "რეკლამა", "მთავრობამ ახალი გეგმა წარადგინა.", "რეკლამა ტელევიზიით სულ უფრო ძვირდება."),
    ("kk", "Жарнама", "Үкімет жаңа жоспарды ұсынды.", "Жарнама теледидарда қымбаттап барады."),
    ("km", "ព័ត៌មានពាក់ព័ន្ធ", "រដ្ឋាភិបាលបានដាក់ចេញផែនការថ្មីមួយ។", "ព័ត៌មានពាក់ព័ន្ធនឹងករណីនេះត្រូវបានចុះផ្សាយក្នុងកាសែតជាច្រើន។"),
    ("ko", "관련기사", "정부가 새로운 계획을 발표했다.", "광고 시장이 크게 성장했다."),
    ("lt", "Reklama", "Vyriausybė pristatė naują planą.", "Reklama televizijoje brangsta."),
    ("lv", "Reklāma", "Valdība iepazīstināja ar jaunu plānu.", "Reklāma televīzijā kļūst dārgāka."),
    ("mk", "Реклама", "Владата претстави нов план.", "Реклама за цигари е забранета во државата."),
    ("ml", "കൂടുതൽ വാർത്തകൾ", "സർക്കാർ പുതിയ പദ്ധതി അവതരിപ്പിച്ചു.", "കൂടുതൽ വാർത്തകൾ ശേഖരിക്കാൻ ലേഖകർ സ്ഥലത്തെത്തി."),
    ("mr", "जाहिरात", "सरकारने एक नवीन योजना सादर केली.", "जाहिरात पाहून अनेकांनी ते उत्पादन विकत घेतले."),
    ("ms", "Iklan", "Kerajaan memperkenalkan rancangan baharu.", "Iklan itu disiarkan di televisyen."),
    ("my", "ဆက်စပ်သတင်းများ", "အစိုးရက အစီအစဉ်သစ်တစ်ခုကို တင်ပြခဲ့သည်။", "ဆက်စပ်သတင်းများကိုလည်း သတင်းစာများတွင် ဖော်ပြခဲ့သည်။"),
    ("ne", "थप समाचार", "सरकारले नयाँ योजना प्रस्तुत गरेको छ।", "थप समाचार संकलन गर्न पत्रकारहरू घटनास्थलमा पुगे।"),
    ("nl", "Advertentie", "Het kabinet heeft een nieuw plan gepresenteerd.", "Lees meer over het plan op de site."),
    ("no", "Annonse", "Regjeringen har lagt fram en ny plan.", "Les mer om planen på departementets nettsider."),
    ("pa", "ਇਸ਼ਤਿਹਾਰ", "ਸਰਕਾਰ ਨੇ ਇੱਕ ਨਵੀਂ ਯੋਜਨਾ ਪੇਸ਼ ਕੀਤੀ।", "ਇਸ਼ਤਿਹਾਰ ਉੱਤੇ ਕੰਪਨੀ ਨੇ ਕਰੋੜਾਂ ਰੁਪਏ ਖ਼ਰਚ ਕੀਤੇ।"),
    ("pl", "Reklama", "Rząd przedstawił nowy plan.", "Czytaj więcej o planie na stronie ministerstwa."),
    ("pt", "Publicidade", "O governo apresentou um novo plano.", "Leia mais sobre o plano no site do ministério."),
    ("ro", "Publicitate", "Guvernul a prezentat un nou plan.", "Citește mai mult despre plan pe site-ul ministerului."),
    ("ru", "Реклама", "Правительство представило новый план.", "Реклама на телевидении дорожает."),
    ("si", "තවත් පුවත්", "රජය නව සැලැස්මක් ඉදිරිපත් කළේය.", "තවත් පුවත් වාර්තාකරුවන් කිහිප දෙනෙක් ද එම ස්ථානයට පැමිණියහ."),
    ("sk", "Reklama", "Vláda predstavila nový plán.", "Reklama na cigarety je zakázaná."),
    ("sl", "Oglas", "Vlada je predstavila nov načrt.", "Oglas je bil objavljen v časopisu."),
    ("sq", "Reklamë", "Qeveria prezantoi një plan të ri.", "Reklama në televizion është shtrenjtuar shumë."),
    ("sr", "Реклама", "Влада је представила нови план.", "Реклама на телевизији је скупа."),
    ("sv", "Annons", "Regeringen har presenterat en ny plan.", "Läs mer om planen på departementets webbplats."),
    ("sw", "Tangazo", "Serikali imewasilisha mpango mpya.", "Soma zaidi kuhusu mpango huo kwenye tovuti ya wizara."),
    ("ta", "விளம்பரம்", "அரசு புதிய திட்டத்தை அறிவித்தது.", "விளம்பரம் மூலம் நிறுவனம் அதிக லாபம் ஈட்டியது."),
    ("te", "వాణిజ్య ప్రకటన", "ప్రభుత్వం కొత్త ప్రణాళికను ప్రకటించింది.", "వాణిజ్య ప్రకటన కోసం సంస్థ కోట్ల రూపాయలు ఖర్చు చేసింది."),
    ("th", "โฆษณา", "รัฐบาลเปิดตัวแผนใหม่", "บริษัทใช้เงินโฆษณาจำนวนมาก"),
    ("tl", "Patalastas", "Inilunsad ng pamahalaan ang bagong plano.", "Basahin din ang ulat ng kagawaran."),
    ("tr", "Reklam", "Hükümet yeni bir plan açıkladı.", "Reklam harcamaları bu yıl arttı."),
    ("uk", "Реклама", "Уряд представив новий план.", "Реклама на телебаченні дорожчає."),
    ("ur", "اشتہار", "حکومت نے ایک نیا منصوبہ پیش کیا۔", "اشتہار پر کمپنی نے بہت پیسہ خرچ کیا۔"),
    ("vi", "Quảng cáo", "Chính phủ đã công bố một kế hoạch mới.", "Quảng cáo trên truyền hình ngày càng đắt."),
    ("zh", "广告", "政府公布了一项新计划。", "这家公司的广告费用很高。"),
    ("az", "Reklam", "Hökumət yeni plan təqdim edib.", "Reklam bazarı bu il xeyli böyüyüb."),
    ("be", "Рэклама", "Урад прадставіў новы план.", "Рэклама на тэлебачанні даражэе."),
    ("bs", "Reklama", "Vlada je predstavila novi plan.", "Reklama na televiziji je sve skuplja."),
    ("cy", "Hysbyseb", "Mae'r llywodraeth wedi cyhoeddi cynllun newydd.", "Hysbyseb deledu oedd yn gyfrifol am y twf."),
    ("eu", "Publizitatea", "Gobernuak plan berri bat aurkeztu du.", "Publizitatea telebistan gero eta garestiagoa da."),
    ("gl", "Publicidade", "O Goberno presentou un novo plan.", "Publicidade institucional foi o tema do debate."),
    ("kn", "ಜಾಹೀರಾತು", "ಸರ್ಕಾರ ಹೊಸ ಯೋಜನೆಯನ್ನು ಪ್ರಕಟಿಸಿದೆ.", "ಜಾಹೀರಾತು ನೀಡಲು ಕಂಪನಿ ಕೋಟ್ಯಂತರ ರೂಪಾಯಿ ಖರ್ಚು ಮಾಡಿದೆ."),
    ("lo", "ຂ່າວທີ່ກ່ຽວຂ້ອງ", "ລັດຖະບານໄດ້ປະກາດແຜນການໃໝ່.", "ຂ່າວທີ່ກ່ຽວຂ້ອງກັບເລື່ອງນີ້ໄດ້ລົງໃນໜັງສືພິມຫຼາຍສະບັບ."),
    ("mn", "Сурталчилгаа", "Засгийн газар шинэ төлөвлөгөө гаргалаа.", "Сурталчилгаа телевизээр үнэтэй болжээ."),
    ("ps", "اعلان", "حکومت یو نوی پلان وړاندې کړ.", "اعلان د شرکت لپاره ډېر ګران تمام شو."),
    ("so", "Xayeysiis", "Dowladda ayaa soo bandhigtay qorshe cusub.", "Xayeysiis telefishin ayaa aad qaali u noqday."),
    ("uz", "Reklama", "Hukumat yangi rejani taqdim etdi.", "Reklama bozori bu yil ancha oʻsdi."),
    ("ga", "Fógra", "D'fhógair an rialtas plean nua.", "Fógra a bhí ann faoin gcruinniú poiblí."),
    ("mt", "Reklam", "Il-Gvern ippreżenta pjan ġdid.", "Reklam fuq it-televiżjoni jiswa ħafna flus."),
    ("lb", "Reklamm", "D'Regierung huet en neie Plang virgestallt.", "Reklamm am Fernseh gëtt ëmmer méi deier."),
    ("yo", "Ìpolówó ọjà", "Ìjọba ti gbé ètò tuntun kalẹ̀.", "Ìpolówó ọjà lórí tẹlifíṣọ̀n ti wọ́n gan-an."),
    ("zu", "Isikhangiso", "Uhulumeni wethule uhlelo olusha.", "Isikhangiso sethelevishini sibiza kakhulu."),
    ("ha", "Talla", "Gwamnati ta gabatar da sabon shiri.", "Talla a talabijin ta yi tsada sosai."),
    ("ky", "Жарнама", "Өкмөт жаңы планды сунуштады.", "Жарнама телевидениеде кымбаттап баратат."),
    ("tg", "Реклама", "Ҳукумат нақшаи навро пешниҳод кард.", "Реклама дар телевизион гарон шудааст."),
    ("jv", "Pariwara", "Pamarentah ngenalake rencana anyar.", "Pariwara ing televisi saiki larang banget."),
    ("or", "ବିଜ୍ଞାପନ", "ସରକାର ଏକ ନୂଆ ଯୋଜନା ଘୋଷଣା କରିଛନ୍ତି।", "ବିଜ୍ଞାପନ ପାଇଁ କମ୍ପାନୀ କୋଟି କୋଟି ଟଙ୍କା ଖର୍ଚ୍ଚ କରିଛି।"),
    ("as", "বিজ্ঞাপন", "চৰকাৰে এটা নতুন আঁচনি ঘোষণা কৰিছে।", "বিজ্ঞাপনৰ বাবে কোম্পানীটোৱে কোটি টকা খৰচ কৰিছে।"),
    ("eo", "Reklamo", "La registaro prezentis novan planon.", "Reklamo en televido fariĝis tre multekosta."),
    ("xh", "Intengiso", "Urhulumente uvakalise isicwangciso esitsha.", "Intengiso kumabonakude iyabiza kakhulu."),
    ("mi", "Tohaina", "Kua whakaputaina e te kāwanatanga he mahere hou.", "Tohaina ngā kai ki ngā tamariki katoa."),
    ("ku", "Reklam", "Hikûmetê planeke nû ragihand.", "Reklam li televizyonê pir biha bûye."),
]


def _before(lang: str, label: str, sentence: str) -> str:
    """A label glued before a sentence: a capital follows it where the script has case, a separator elsewhere."""
    if language(lang).cased or not spaced(lang):
        return f"{label} {sentence}"
    return f"{label} | {sentence}"


def test_glued_table_covers_every_claimed_language() -> None:
    assert {row[0] for row in GLUED} == set(CLAIMED)


@pytest.mark.parametrize(("lang", "label", "sentence", "prose"), GLUED)
def test_label_glued_before_a_sentence(lang: str, label: str, sentence: str, prose: str) -> None:
    text = f"{prose} {_before(lang, label, sentence)}"
    assert label in [f.span for f in emitted(boilerplate, text, lang)]


@pytest.mark.parametrize(("lang", "label", "sentence", "prose"), GLUED)
def test_label_glued_after_a_sentence(lang: str, label: str, sentence: str, prose: str) -> None:
    found = emitted(boilerplate, f"{sentence} {label}", lang)
    assert [(f.span, f.severity) for f in found] == [(label, "minor")]


@pytest.mark.parametrize(("lang", "label", "sentence", "prose"), GLUED)
def test_label_word_in_prose_is_silent(lang: str, label: str, sentence: str, prose: str) -> None:
    assert emitted(boilerplate, f"{sentence} {prose}", lang) == []
    assert emitted(boilerplate, prose, lang) == []


# (lang, text, the span that must be reported): the contexts that make a glued label.
GLUED_FIRES = [
    ("en", "The talks ended, said the minister. Read more: Prices rise", "Read more: Prices rise"),
    ("en", "Advertisement The president said the plan would start in May.", "Advertisement"),
    ("en", "The plan starts in May.Read more Officials disagree.", "Read more"),
    ("en", "The president spoke. ADVERTISEMENT the minister left early.", "ADVERTISEMENT"),
    ("en", "Prices rose 5% | Share this article | Officials said little.", "Share this article"),
    ("en", "The minister — Advertisement — said the plan would start.", "Advertisement"),
    ("fr", "Le ministre a parlé. Publicité Le plan commencera en mai.", "Publicité"),
    ("en", "Prices rose 5% » Related articles » Officials said little.", "Related articles"),
    ("en", "Prices rose 5%. Loading… The minister said little.", "Loading…"),
    ("en", "Tags: economy, inflation, prices", "Tags: economy, inflation, prices"),
    ("de", "Die Preise steigen. Weiterlesen Die Regierung schweigt.", "Weiterlesen"),
    (
        "el",
        "Η κυβέρνηση παρουσίασε σχέδιο. Διαβάστε επίσης: Οι τιμές ανεβαίνουν",
        "Διαβάστε επίσης: Οι τιμές ανεβαίνουν",
    ),
    ("he", "הממשלה הציגה תוכנית חדשה. קראו עוד: המחירים עולים", "קראו עוד: המחירים עולים"),
    ("hu", "Az árak emelkednek. Kapcsolódó cikkek: Drágul a benzin", "Kapcsolódó cikkek: Drágul a benzin"),
    ("fi", "Hinnat nousevat. Kaikki oikeudet pidätetään.", "Kaikki oikeudet pidätetään"),
    ("da", "Priserne stiger. Læs også: Regeringen vil sænke skatten", "Læs også: Regeringen vil sænke skatten"),
    ("no", "Prisene stiger. Les også: Regjeringen vil kutte skatten", "Les også: Regjeringen vil kutte skatten"),
    ("bg", "Цените растат. Прочетете още: Правителството обещава помощ", "Прочетете още: Правителството обещава помощ"),
    ("th", "ราคาสูงขึ้น อ่านเพิ่มเติม: รัฐบาลเตรียมมาตรการใหม่", "อ่านเพิ่มเติม: รัฐบาลเตรียมมาตรการใหม่"),
    ("pl", "Ceny rosną. Reklama Rząd milczy od tygodnia.", "Reklama"),
    ("ja", "価格が上昇した。広告 政府は対策を発表した。", "広告"),
    # a paragraph-start label glued between sentences, with the colon a site prints after it
    ("it", "I prezzi salgono. Vedi anche: Il governo tace", "Vedi anche: Il governo tace"),
    ("nl", "De prijzen stijgen. Zie ook: De regering zwijgt", "Zie ook: De regering zwijgt"),
    ("tr", "Fiyatlar artıyor. Ayrıca bakınız: Hükümet sessiz kaldı", "Ayrıca bakınız: Hükümet sessiz kaldı"),
    ("zh", "价格上涨。另请参阅：政府保持沉默", "另请参阅：政府保持沉默"),
    ("sv", "Priserna stiger. Relaterat: Regeringen tiger. Oppositionen kräver svar.", "Relaterat:"),
    ("pt", "Os preços sobem. Relacionados: O governo diz que vai agir em maio.", "Relacionados:"),
    ("hi", "कीमतें बढ़ रही हैं। पढ़ें: सरकार ने नई योजना की घोषणा की।", "पढ़ें:"),
    ("ka", "ფასები იზრდება. ასევე წაიკითხეთ: მთავრობა დუმს", "ასევე წაიკითხეთ: მთავრობა დუმს"),
    ("mk", "Цените растат. Прочитајте и: Владата молчи", "Прочитајте и: Владата молчи"),
    ("sq", "Çmimet rriten. Lexo edhe: Qeveria hesht", "Lexo edhe: Qeveria hesht"),
    ("mr", "किमती वाढत आहेत. हेही वाचा - सरकारने नवी योजना जाहीर केली", "हेही वाचा"),
    ("ne", "मूल्य बढ्दैछ। यो पनि पढ्नुहोस्: सरकार मौन", "यो पनि पढ्नुहोस्: सरकार मौन"),
    ("si", "මිල ඉහළ යයි. මේවාත් කියවන්න: රජය නිහඬයි", "මේවාත් කියවන්න: රජය නිහඬයි"),
    ("ml", "വില ഉയരുന്നു. ഇതുകൂടി വായിക്കൂ: സർക്കാർ മൗനം പാലിക്കുന്നു", "ഇതുകൂടി വായിക്കൂ: സർക്കാർ മൗനം പാലിക്കുന്നു"),
]

# Label words in running prose, in lower case after the label, inside a sentence, or as part of a longer word.
GLUED_SILENT = [
    ("en", "You can read more about it in the report."),
    ("en", "Advertisement revenue fell by a third last year."),
    ("en", "The company said it would share the data with regulators."),
    ("en", "Readers who sign up before May get a discount."),
    ("en", "The minister called the campaign an advertisement for the party."),
    ("en", "Comments from the public are welcome until Friday."),
    ("en", "Loading the trucks took most of the night."),
    ("de", "Die Anzeige wurde bei der Polizei erstattet."),
    ("de", "Werbung ist in vielen Schulen verboten."),
    ("fr", "Partager ses idées est important, dit-il."),
    ("es", "Compartir datos con la policía es obligatorio."),
    ("pl", "Reklama telewizyjna kosztowała miliony złotych."),
    ("ru", "Подробнее о плане министр не рассказал."),
    ("ar", "التعليقات التي نشرها الوزير أثارت غضبا."),
    ("he", "צילום הסרט נמשך שלושה חודשים."),
    ("th", "เขาอ่านต่อไปจนถึงเช้า"),
    ("zh", "他分享了自己的经验。"),
    ("en", "The problem, he said, was one word: advertising."),
    ("de", "Sein Thema in diesem Jahr: Werbung."),
    # the words of a paragraph-start label in prose: no colon, or a colon inside a sentence
    ("fr", "Voir aussi les chiffres du ministère pour comprendre."),
    ("fr", "Il faut voir aussi: la suite dépend du vote."),
    ("sv", "Se även till att dörren är stängd."),
    ("es", "Ver también a sus hijos fue un alivio."),
    ("pt", "Os dados relacionados: foram publicados ontem."),
    ("hi", "उसने कहा कि बच्चे रोज़ किताबें पढ़ें: यही सबसे अच्छा है।"),
    ("is", "Lestu meira um áætlunina á vef ráðuneytisins."),
    ("sq", "Lexo edhe raportin e ministrisë para se të vendosësh."),
    ("te", "ఇవి కూడా చదవండి అని ఉపాధ్యాయుడు విద్యార్థులకు చెప్పారు."),
    ("pa", "ਅਧਿਆਪਕ ਨੇ ਕਿਹਾ ਕਿ ਇਹ ਵੀ ਪੜ੍ਹੋ ਅਤੇ ਯਾਦ ਰੱਖੋ।"),
    ("ml", "സ്പോൺസർ ചെയ്തത് ഒരു വലിയ കമ്പനിയാണ്."),
    ("km", "សិស្សត្រូវអានបន្ថែមអំពីប្រវត្តិសាស្ត្រ។"),
]


@pytest.mark.parametrize(("lang", "text", "span"), GLUED_FIRES)
def test_glued_label_contexts(lang: str, text: str, span: str) -> None:
    assert span in [f.span for f in emitted(boilerplate, text, lang)]


@pytest.mark.parametrize(("lang", "text"), GLUED_SILENT)
def test_label_words_in_prose_never_fire(lang: str, text: str) -> None:
    assert emitted(boilerplate, text, lang) == []


def test_label_in_the_aligned_source_is_the_authors_not_a_leak() -> None:
    text = "The minister spoke. Subscribe. Then he left."
    assert [f.span for f in emitted(boilerplate, text, "en")] == ["Subscribe"]
    assert boilerplate(make_input(text, "en", source=text)) == []


def test_alignment_corroborates_a_label_that_its_context_cannot_show() -> None:
    """In a script without capitals "إعلان" ("advertisement", also "announcement") before a verb is ambiguous."""
    text = "أعلنت الحكومة خطة جديدة. إعلان قال الوزير إن الخطة ستبدأ."
    source = "The government announced a new plan. The minister said the plan would start."
    assert emitted(boilerplate, text, "ar") == []
    assert boilerplate(make_input(text, "ar", source=source)) == []
    bt = ["The government announced a new plan.", "Advertisement The minister said the plan will start."]
    found = boilerplate(make_input(text, "ar", source=source, backtranslation=bt))
    assert [f.span for f in found] == ["إعلان"]


@pytest.mark.parametrize(
    ("middle", "fires"),
    [
        ("التعليقات مغلقة.", True),  # "Comments closed.": the label is nearly all of the unaligned sentence
        ("التعليقات التي نشرها الوزير أثارت غضبا واسعا في البلاد.", False),  # an added sentence of prose
    ],
)
def test_a_short_unaligned_sentence_corroborates_its_label(middle: str, fires: bool) -> None:
    text = f"أعلنت الحكومة خطة جديدة. {middle} قال الوزير إن الخطة ستبدأ."
    source = "The government announced a new plan. The minister said the plan would start."
    unaligned = make_input(text, "ar", source=source, beads=[([0], [0]), ([], [1]), ([1], [2])])
    assert len(unaligned.sentences) == 3
    assert bool(boilerplate(unaligned)) is fires
    aligned = make_input(text, "ar", source=source, beads=[([0], [0, 1]), ([1], [2])])
    assert boilerplate(aligned) == []


def test_every_claimed_language_has_glued_labels_for_the_core_kinds() -> None:
    core = {"related", "ad", "share", "click", "credit", "cookie", "comments", "nav"}
    for lang in CLAIMED:
        kinds = {r.kind for r in catalogue().rules if r.lang == lang and r.where == "glued"}
        assert core <= kinds, (lang, sorted(core - kinds))


GLUED_PIECES = st.sampled_from(
    [
        "Read more:",
        "Advertisement",
        "ADVERTISEMENT",
        "Loading…",
        "Tags:",
        " | ",
        " » ",
        ". ",
        "\n",
        " ",
        "The",
        "the",
        "Anzeige",
        "Реклама",
        "إعلان",
        "קראו עוד",
        "อ่านเพิ่มเติม",
        "广告",
        "。",
        ":",
        "…",
        "Ü",
    ]
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.one_of(GLUED_PIECES, st.text(max_size=6)), max_size=25).map("".join),
    st.sampled_from(CLAIMED),
    st.booleans(),
)
def test_property_glued_labels_never_raise_and_stay_in_the_text(text: str, lang: str, aligned: bool) -> None:
    item = make_input(text, lang, source="Prices rose. Advertisement" if aligned else None)
    for f in boilerplate(item):
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.span
    assert find_chrome(text, lang) == find_chrome(text, lang, prefilter=False)


@pytest.mark.parametrize(
    ("lang", "first", "label", "sentence", "source"),
    [
        ("nl", "De gemeente opende woensdag een nieuwe brug.", "Lees ook:",
         "De bouw duurde drie jaar en kostte veel meer dan gepland.",
         "The town opened a new bridge on Wednesday. Construction took three years and cost far more than planned."),
        ("de", "Die Stadt hat am Mittwoch eine neue Brücke eröffnet.", "Lesen Sie auch:",
         "Der Bau dauerte drei Jahre und kostete viel mehr als geplant.",
         "The town opened a new bridge on Wednesday. Construction took three years and cost far more than planned."),
    ],
)  # fmt: skip
def test_a_label_before_a_translated_sentence_flags_the_label_alone(
    lang: str, first: str, label: str, sentence: str, source: str
) -> None:
    """Without a source the paragraph reads as a label and its headline; a source sentence it translates says
    the words after the label are the article's own."""
    text = f"{first}\n\n{label} {sentence}"
    assert [f.span for f in emitted(boilerplate, text, lang)] == [f"{label} {sentence}"]
    item = make_input(text, lang, source=source, beads=[([0], [0]), ([1], [1])])
    assert [f.span for f in boilerplate(item)] == [label]


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        ("he", "העירייה פתחה גשר חדש. Advertisement הבנייה נמשכה שלוש שנים.", "Advertisement"),
        ("ko", "시는 새 다리를 열었다. Share this article 공사는 3년이 걸렸다.", "Share this article"),
        ("he", "העירייה פתחה גשר חדש. הבנייה נמשכה שלוש שנים. Subscribe", "Subscribe"),
        ("he", "המשתמשים לחצו על Subscribe בערוץ החדש של העירייה.", None),  # prose around it: a word, not chrome
    ],
)
def test_a_latin_label_at_a_sentence_edge_of_another_script_is_chrome(lang: str, text: str, span: str | None) -> None:
    assert [f.span for f in emitted(boilerplate, text, lang)] == ([span] if span else [])


def test_a_leaked_english_label_is_boilerplate_not_a_spinner_swap() -> None:
    from mt_audit.checks import run_checks, select

    text = "De gemeente opende woensdag een nieuwe brug. Advertisement\n\nDe bouw duurde drie jaar."
    source = "The town opened a new bridge on Wednesday. Construction took three years."
    item = make_input(text, "nl", source=source, beads=[([0], [0]), ([1], [1])])
    found = [(f.category, f.span) for f in run_checks(item, select()) if "Advertisement" in f.span]
    assert found == [("source/boilerplate", "Advertisement")]


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        ("hy", "Քաղաքը նոր կամուրջ է բացել։ Գովազդ", "Գովազդ"),  # after the Armenian full stop
        ("km", "ក្រុងបានបើកស្ពានថ្មី។ រូបថត៖ រ៉យទ័រ", "រូបថត៖ រ៉យទ័រ"),  # a credit with the Khmer colon
        ("am", "ከተማው አዲስ ድልድይ ከፈተ። ምስል፦ ሮይተርስ", "ምስል፦ ሮይተርስ"),  # a credit with the Ethiopic colon
        ("en", "The town opened a new bridge. Advertisement", "Advertisement"),
    ],
)
def test_a_label_after_any_scripts_full_stop_is_at_a_sentence_edge(lang: str, text: str, span: str) -> None:
    assert [f.span for f in emitted(boilerplate, text, lang)] == [span]


@pytest.mark.parametrize(
    ("lang", "text", "spans"),
    [
        (
            "hy",
            "Քաղաքը նոր կամուրջ բացեց։ Կարդացեք նաև՝ Քաղաքապետը հրաժարական տվեց",
            ["Կարդացեք նաև՝ Քաղաքապետը հրաժարական տվեց"],
        ),
        ("is", "Deila Eflingar og Samtaka atvinnulífsins er enn óleyst.", []),  # "dispute", not "share"
        ("is", "Ríkisstjórnin kynnti nýja áætlun.\n\nDeila\n\nHún tók gildi í gær.", ["Deila"]),
        ("mk", "Најава: Премиерот ќе зборува утре во Собранието.", []),  # "announcement" in prose
    ],
)
def test_label_words_that_are_also_prose_count_only_where_they_stand_alone(
    lang: str, text: str, spans: list[str]
) -> None:
    assert [f.span for f in emitted(boilerplate, text, lang)] == spans
