"""Punctuation against each language's conventions, read from CLDR.

Each rule has a table of real sentences that must fire (with the span the
finding must point at) and correct sentences in the same languages that must
stay silent; together they cover more than fifteen languages.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mt_audit.checks import fluency
from mt_audit.checks.base import make_input
from mt_audit.checks.punctuation import punctuation
from mt_audit.languages import (
    CLAIMED,
    apostrophe_before_suffix,
    full_stop,
    inverted_marks,
    language,
    latin_full_stop,
    punctuation_marks,
    spaced_high_punctuation,
)


def spans(text: str, lang: str, **kw) -> list[str]:
    found = punctuation(make_input(text, lang, **kw))
    for f in found:
        assert text[f.start : f.end] == f.span
        assert f.category == "fluency/punctuation"
        assert f.severity == "minor"
    return [f.span for f in found]


# --------------------------------------------------------------------------- tables, rule by rule

SCRIPT_MARKS = [
    ("ar", "قال الوزير ، إن الخطة جاهزة.", " ،"),
    ("ar", "ذهبت إلى السوق, واشتريت الخبز.", ","),
    ("ar", "هل وصلت الشحنة إلى الميناء?", "?"),
    # a Latin comma after a Latin name, the sentence going on in the script
    ("ar", "أعلنت شركة Acme Robotics, التي تأسست عام 1990، عن منتج جديد.", ","),
    ("fa", "شرکت Acme, که در تهران است، محصول جدیدی عرضه کرد.", ","),
    ("ar", "نشر التقرير;والبيان في اليوم نفسه.", ";"),
    # after a figure that the sentence goes on from in the script
    ("ar", "في عام 2019, انخفضت المبيعات بنسبة 5%, حسب التقرير.", [",", ","]),
    ("ar", "وقال المسؤول, 25 شخصا أصيبوا.", ","),
    ("ar", "وصل الوفد،ثم بدأت المحادثات.", "،"),
    ("fa", "او گفت ، که فردا می‌آید.", " ،"),
    ("fa", "آیا او دیروز به تهران آمد?", "?"),
    ("fa", "او به بازار رفت, و نان خرید.", ","),
    ("ur", "کیا وہ کل لاہور گیا تھا?", "?"),
    ("el", "Τι ώρα φτάνει το τρένο στην Αθήνα?", "?"),
    ("el", "Πού βρίσκεται το μουσείο? Είναι κοντά.", "?"),
]

DANDA = [
    ("hi", "यह एक अच्छी किताब है। मुझे यह बहुत पसंद आई. लेखक प्रसिद्ध है।", "."),
    ("hi", "भारत की राजधानी नई दिल्ली है। मुंबई सबसे बड़ा शहर है.", "."),
    # strays: the dandas end at least twice as many sentences as the full stops
    ("hi", "मैं घर गया। वह बाजार गई। हम खुश थे. बच्चे खेल रहे थे। बारिश हो रही थी।", "."),
    ("hi", "मैं घर गया। वह बाजार गई. हम खुश थे. बच्चे खेल रहे थे। बारिश हो रही थी। सब ठीक था। कल फिर आएंगे।", [".", "."]),
    ("ne", "नेपालको राजधानी काठमाडौं हो। यो ठूलो सहर हो.", "."),
    ("bn", "বাংলাদেশের রাজধানী ঢাকা. এটি একটি বড় শহর।", "."),
    # a stray full stop before a closing quote or bracket
    ("hi", "वह आया। उसने कहा, “आज मौसम अच्छा नहीं.” फिर वह सो गया। सुबह हुई।", "."),
    ("hi", "बारिश रुकी। हम बाहर गए। (सड़क गीली थी.) बच्चे दौड़े।", "."),
]

#: The same rule for every script with a full stop of its own (CLDR's set, Unicode's Sentence_Terminal).
OWN_FULL_STOP = [
    ("am", "ዛሬ ዝናብ ዘነበ። ልጆቹ ቤት ቆዩ። እናታቸው ዳቦ ጋገረች. ማታ ፀሐይ ወጣች።", "."),
    ("ur", "آج بارش ہوئی۔ بچے گھر پر رہے۔ ماں نے روٹی پکائی. شام کو دھوپ نکلی۔", "."),
    ("km", "ថ្ងៃនេះភ្លៀង។ ក្មេងៗនៅផ្ទះ។ ម្តាយដុតនំ.", "."),
    # CLDR lists no "." for Burmese and Nepali: every one is foreign, without a majority
    ("my", "ဒီနေ့ မိုးရွာတယ်.", "."),
    ("ne", "आज पानी पर्‍यो।\nकेटाकेटी घरमै बसे.", "."),
    # Pashto's press writes "." as Arabic and Persian do: a stray one among its "۔" still is one
    ("ps", "نن باران وورېد۔ ماشومان کور کې پاتې شول۔ مور ډوډۍ پخه کړه. ماښام لمر راووت۔", "."),
]

FULL_WIDTH = [
    ("zh", "他说,我们明天见。", ","),
    ("zh", "你好吗?我很好。", "?"),
    ("zh", "这是第一句.这是第二句。", "."),
    ("zh", "会议将在北京举行:时间另行通知。", ":"),
    ("ja", "東京は大きい都市です.大阪も大きいです。", "."),
    ("ja", "本当ですか?はい、本当です。", "?"),
    # an address in the sentence before does not shield the next sentence's full stop
    ("zh", "详情见 www.example.com/news。会议于周一结束.", "."),
    ("ja", "詳細は example.jp/info。会議は月曜日に終わった.", "."),
    # beside full-width brackets and quotes, after a figure or a Latin word the text goes on from
    ("zh", "她笑着说：“明天再来吧.”", "."),
    ("zh", "“没问题,”店主回答。", ","),
    ("zh", "展览将延期举行（时间待定）.", "."),
    ("zh", "今年产量下降了8%,价格却上涨。", ","),
    ("zh", "新款相机叫Nikon,价格不低。", ","),
    ("ja", "店主は「また明日.」と言った。", "."),
    ("ja", "売上は前年比12%,利益は5%増えた。", ","),
    ("zh", "销量增长了,12%来自海外。", ","),
]

INVERTED = [
    ("es", "Qué hora es?", "?"),
    ("es", "Qué sorpresa tan grande!", "!"),
    ("es", "Dijo que vendría mañana. Cuándo llegará el tren?", "?"),
]

SPACING = [
    ("fr", "Le ministre a dit: non.", ":"),
    ("fr", "Est-ce vrai? Personne ne le sait.", "?"),
    ("fr", "Quelle surprise! Il est parti.", "!"),
    ("fr", "Il a répondu « oui» sans hésiter.", "»"),
    ("fr", "Il a répondu «oui » sans hésiter.", "«"),
    ("fr", "Trois choses comptent; le reste est secondaire.", ";"),
    ("en", "What do you mean ? He left early.", " ?"),
    ("de", "Das ist wirklich erstaunlich ! Niemand hat es erwartet.", " !"),
    ("tr", "Bakan şunu söyledi : bütçe yeterli değil.", " :"),
    ("id", "Menteri berkata : anggaran tidak cukup.", " :"),
    ("ru", "Он ответил ; потом замолчал.", " ;"),
    ("pl", "Czy to prawda ? Nikt nie wie.", " ?"),
]

QUOTES = [
    # Without spaces between words a quotation touches letters on both sides.
    ("zh", '他说"我们会赢"，然后离开了。', '"我们会赢"'),
    ("ja", '彼は"必ず勝つ"と言った。', '"必ず勝つ"'),
    ("pl", "Minister powiedział “nie wiem” i wyszedł.", "“nie wiem”"),
    ("pl", "Minister powiedział „nie wiem“ i wyszedł.", "“"),
    ("de", "Der Sprecher sagte “nein” und ging.", "“nein”"),
    ("de", "Der Sprecher sagte „nein” und ging.", "”"),
    ("ru", "Министр сказал “нет” и ушёл.", "“нет”"),
    ("fr", "Le ministre a dit “non” puis il est parti.", "“non”"),
    ("pl", 'Rzecznik użył słowa „kryzys”, a potem "katastrofa".', '"katastrofa"'),
    ("de", 'Der Minister sagte "nein" und verließ den Saal.', '"nein"'),
    ("ru", 'Команда "Спартак" выиграла матч.', '"Спартак"'),
    # guillemets swapped for straight quotes keep the narrow spaces inside
    ("fr", 'Le projet, surnommé "\u202fla grande muraille\u202f", avance.', '"\u202fla grande muraille\u202f"'),
    ("pl", 'Minister powiedział "nie wiem" i wyszedł.', '"nie wiem"'),
    ("cs", 'Ministr řekl "ne" a odešel ze sálu.', '"ne"'),
    ("uk", 'Він сказав "ні" і пішов додому.', '"ні"'),
    ("it", 'Il ministro ha detto "no" e poi è uscito.', '"no"'),
    ("sv", 'Ministern sa "nej" och lämnade salen.', '"nej"'),
    ("fr", 'Le ministre a dit « oui » puis "non".', '"non"'),
]

DASHES = [
    ("de", "Wir fanden etwas Neues – und dann - eine völlig andere Welt.", "-"),
    ("de", "Es kommt näher und näher -- vor 40.000 Jahren lebten wir in Höhlen.", "--"),
    ("de", "Einstein erkannte auch – und das ist der Kern der Sache -, dass Licht sich krümmt.", "-"),
    ("de", "Er kam – wie immer - zu spät.", "-"),
    ("en", "The result was clear -- nobody came.", "--"),
    ("es", "El resultado fue claro — nadie vino - ni siquiera él.", "-"),
    ("pl", "Wynik był jasny – nikt nie przyszedł - nawet on.", "-"),
    ("ru", "Москва - столица России, а Париж — столица Франции.", "-"),
    ("it", "Il risultato era chiaro — nessuno è venuto - nemmeno lui.", "-"),
    ("tr", "Sonuç açıktı -- kimse gelmedi.", "--"),
]

APOSTROPHE = [
    ("tr", "Bakan Ankara`da konuştu.", "`"),
    ("tr", "Toplantı İstanbul´da yapıldı.", "´"),
    ("tr", "Bakan Ankara 'da konuştu.", " '"),
]

GLUED_AND_DOUBLED = [
    ("tr", "Haber sitesine göre (yeni pencerede açılır)Bakan açıklama yaptı.", ")"),
    ("en", "The talks ended.Next day the envoy flew home.", "."),
    ("en", "It was the end.It began again at Onet.pl and Amazon.de.", "."),
    ("id", "Harga naik tajam.Pemerintah menolak berkomentar.", "."),
    ("en", "He bought apples,pears and plums.", ","),
    ("es", "Dijo que sí , pero no vino a la reunión.", " ,"),
    ("pl", "To był koniec zdania . Potem zapadła cisza.", " ."),
    ("en", "That was the end.. Then we left.", ".."),
    ("es", "Rojo,, verde y azul.", ",,"),
    ("en", "It ended . . Then silence fell.", ". ."),
    ("de", "Rot,. grün und blau.", ",."),
    ("de", "Kommst du morgen? , fragte sie leise.", " ,"),
]

FIRES = (
    SCRIPT_MARKS
    + DANDA
    + OWN_FULL_STOP
    + FULL_WIDTH
    + INVERTED
    + SPACING
    + QUOTES
    + DASHES
    + APOSTROPHE
    + GLUED_AND_DOUBLED
)

SILENT = [
    # the script's own marks, and Latin marks around Latin words or digits
    ("ar", "هل وصلت الشحنة إلى الميناء؟ نعم؛ وصلت أمس."),
    ("ar", "بلغ العدد 1,5 مليون شخص، وفقا لشركتي Apple, Google."),
    ("ar", "حضر 2,500 شخص، ثم 3, 4 و5 وفود."),
    ("ar", "قال «نعم» ثم قال “لا”، وذهب إلى بيته."),
    ("fa", "آیا او آمد؟ بله، دیروز آمد."),
    ("ur", "کیا وہ آیا؟ جی ہاں، وہ کل آیا۔"),
    ("el", "Τι ώρα φτάνει το τρένο; Φτάνει στις δέκα."),
    ("el", "Είπε: «What is this?» και έφυγε."),
    # danda: used throughout, or a full stop throughout (a common digital norm), abbreviations, decimals
    ("hi", "यह एक अच्छी किताब है। मुझे पसंद आई। डॉ. शर्मा ने कहा।"),
    ("hi", "इसकी कीमत 3.5 लाख रुपये है। एन.एस.ए. ने बयान दिया।"),
    ("hi", "यह एक अच्छी किताब है. मुझे यह पसंद आई."),
    # a mix of the two accepted full stops is a house style (professional Hindi writes it)
    ("hi", "मैं घर गया। वह बाजार गई. हम खुश थे. बच्चे खेल रहे थे।"),
    ("hi", "मैं घर गया. वह बाजार गई. हम खुश थे। बच्चे खेल रहे थे."),
    ("mr", "ही एक चांगली पुस्तक आहे. मला ती आवडली."),
    ("bn", "এটি একটি ভালো বই। আমার খুব পছন্দ হয়েছে।"),
    ("am", "ዛሬ ዝናብ ዘነበ። ልጆቹ ቤት ቆዩ።"),
    ("ur", "آج بارش ہوئی۔ کیا بچے گھر پر رہے؟ جی ہاں۔"),
    ("my", "ဒီနေ့ မိုးရွာတယ်။ ကလေးတွေ အိမ်မှာနေတယ်။"),
    # a full stop throughout where the script's other languages end sentences with it (Arabic, Persian)
    ("ps", "نن باران وورېد. ماشومان کور کې پاتې شول. مور ډوډۍ پخه کړه."),
    ("ps", "نن باران وورېد۔ ماشومان کور کې پاتې شول۔"),
    ("hi", "बारिश रुकी। हम बाहर गए। डॉ. वर्मा ने कहा, “सड़क गीली है।” बच्चे दौड़े।"),
    # full-width marks; Latin text and numbers inside Chinese or Japanese; Korean uses Latin marks
    ("zh", "他说，我们明天见。你好吗？我很好。版本2.0已经发布。"),
    ("ja", "米国地質調査所(USGS)とその国家地震情報センターは発表した。"),
    ("ja", "東京は大きい都市です。大阪も大きいです。"),
    # figures, headings and Latin text keep their half-width marks
    ("zh", "1.概述：本文介绍新版本。价格为1,200元，约合3.5万日元。"),
    ("zh", "她笑着说：“明天再来吧。”他们称之为“新时代”。"),
    ("ja", "比率は3:2だった。詳細はwww.example.jp。会議は10:30に始まる。"),
    ("zh", "见第1.2节。"),
    ("ko", "삼성전자(005930)는 발표했다. 정말요? 네, 좋아요."),
    # inverted marks
    ("es", "¿Qué hora es? ¡Qué sorpresa! Si llueve, ¿qué hacemos?"),
    ("es", "¿Qué pasa? Dijo “sí” y luego «no»."),
    ("es", "¿Vio usted al Sr. García en la reunión? ¡Claro que sí!"),
    # French spacing, with plain and narrow no-break spaces; times and addresses
    ("fr", "Il a dit : « oui » ; puis il est parti ! Vraiment ?"),
    ("fr", "Il a dit\u202f: «\u202foui\u202f»\u202f! Vraiment\u202f?"),
    ("fr", "Rendez-vous à 10:30 sur https://exemple.fr/page pour en savoir plus."),
    ("fr", "Le ministre a déclaré : « Nous verrons “demain” ce qu'il en est. »"),
    ("en", "He said: yes! Really? Then; fine."),
    ("en", "Wait... what?! Hello… He said: yes, at 10:30."),
    # quotation marks of the language, nested marks, straight quotes where they are the digital norm
    ("pl", "„Powiedział «tak» i wyszedł” – dodała rzeczniczka."),
    ("pl", "Według „Gazety” premier podpisał ustawę."),
    # after „ either closing mark the language's CLDR set lists
    ("ro", "Ministrul a spus „nu“ și apoi „poate”."),
    ("hr", "Ministar je rekao „ne” i otišao."),
    ("lv", "Ministrs teica „nē“ un aizgāja."),
    ("de", "„Zitat“ und »Zitat« und in der Schweiz «Zitat»."),
    ("ru", "«Он сказал „да“ и ушёл», — добавил он."),
    ("nl", "Hij zei “nee” en later ‘misschien’."),
    ("id", 'Dia berkata "tidak" kepada wartawan.'),
    ("tr", 'Bakan "hayır" dedi ve salonu terk etti.'),
    ("he", 'הוא אמר "לא" והלך. צה"ל הודיע על כך.'),
    ("tr", "Yaklaşık 10.000 GPU aldı; 2. Dünya Savaşı sonrası “yeni” bir dönem başladı."),
    # dashes, compounds, suspended hyphens, ranges, list bullets, options, comments
    ("de", "Der Minister sagte „nein“ und ging – ohne ein weiteres Wort."),
    ("de", "Die Nord-Süd-Verbindung hat Ein- und Ausgänge; es gilt 5 - 3 = 2."),
    ("de", "- Erster Punkt\n- Zweiter Punkt"),
    ("en", "A state-of-the-art model — or so they say – worked."),
    ("en", "Run it with --help or -v for details. <!-- note --> ends here."),
    ("tr", "Sonuç açıktı - kimse gelmedi."),
    ("id", "Hasilnya jelas - tidak ada yang datang."),
    # a spaced hyphen used throughout is a house style raters leave alone
    ("de", "Wir fanden etwas Neues - eine völlig andere Welt."),
    ("ru", "Москва - столица России. Киев - столица Украины."),
    ("es", "El resultado fue claro - nadie vino a la reunión."),
    # the Turkish apostrophe, and derived words that take none
    ("tr", "Bakan Ankara'da konuştu ve Ankaralı gazetecilerle görüştü."),
    ("tr", "Dışişleri Bakanı açıklama yaptı. Bakan ayrıca İstanbul’a gitti."),
    # addresses, decimals, abbreviations, inflections in brackets, list markers
    ("en", "The U.S. and e.g. the U.K. grew 3.5% per example.com, says J.R.R. Tolkien in version 2.0.1 of notes.txt."),
    ("en", "Write to jan.Kowalski@firma.pl or visit www.Example.Com or https://news.site/a.B today."),
    ("en", "My friend(s) said: a)first option, b)second option."),
    ("en", "Prices rose (sharply) in May, and .NET developers noticed."),
    ("de", "Der Umsatz stieg um 3,5 Prozent, z.B. in Berlin."),
]


@pytest.mark.parametrize(("lang", "text", "span"), FIRES)
def test_punctuation_fires(lang: str, text: str, span: str | list[str]) -> None:
    assert spans(text, lang) == ([span] if isinstance(span, str) else span)


@pytest.mark.parametrize(("lang", "text"), SILENT)
def test_punctuation_is_silent_on_correct_text(lang: str, text: str) -> None:
    assert spans(text, lang) == []


def test_the_tables_cover_fifteen_languages() -> None:
    assert len({lang for lang, *_ in FIRES}) >= 15
    assert len({lang for lang, _ in SILENT}) >= 15


# --------------------------------------------------------------------------- facts, messages, offsets


@pytest.mark.parametrize(
    ("lang", "has", "lacks"),
    [
        ("el", ";", "?"),
        ("ar", "،؛؟", ",;?"),
        ("fa", "،؟", ",?"),
        ("hi", "।", ""),
        ("bn", "।", ""),
        ("mr", ".", "।"),
        ("es", "¿¡", ""),
        ("zh", "，。？", ""),
        ("de", "–„“", ""),
    ],
)
def test_cldr_punctuation_facts(lang: str, has: str, lacks: str) -> None:
    marks = punctuation_marks(lang)
    assert all(m in marks for m in has)
    assert not any(m in marks for m in lacks)


@pytest.mark.parametrize(
    ("lang", "stop"),
    [("hi", "।"), ("bn", "।"), ("ne", "।"), ("am", "።"), ("my", "။"), ("ur", "۔"), ("km", "។"), ("zh", "。")]
    + [(lang, None) for lang in ("en", "de", "ar", "el", "mr", "th", "xx")],
)
def test_the_scripts_own_full_stop_comes_from_cldr_and_unicode(lang: str, stop: str | None) -> None:
    assert full_stop(lang) == stop


@pytest.mark.parametrize(
    ("lang", "usual"),
    [("en", True), ("hi", True), ("ur", True), ("ps", True), ("sd", True), ("ne", True), ("my", False)],
)
def test_the_latin_full_stop_is_usual_where_the_script_writes_it(lang: str, usual: bool) -> None:
    assert latin_full_stop(lang) is usual


@pytest.mark.parametrize(
    ("fact", "yes", "no"),
    [
        (inverted_marks, ["es", "es-MX"], ["ca", "gl", "pt", "en"]),
        (spaced_high_punctuation, ["fr", "fr-BE"], ["en", "de", "it"]),
        (apostrophe_before_suffix, ["tr"], ["az", "de", "fi"]),
    ],
)
def test_documented_typographic_facts(fact, yes: list[str], no: list[str]) -> None:
    assert all(fact(tag) for tag in yes)
    assert not any(fact(tag) for tag in no)


@pytest.mark.parametrize("lang", CLAIMED)
def test_straight_quotes_follow_each_languages_digital_norm(lang: str) -> None:
    # The same sentence shape in every claimed language: flagged exactly where CLDR's marks are
    # not straight and straight quotes are not the digital norm.
    facts = language(lang)
    expected = facts.quotes != ('"', '"') and not facts.straight_quotes_usual
    assert bool(spans('Abc "def ghi" jkl.', lang)) == expected


def test_the_turkish_name_glued_to_its_suffix_is_found_through_the_source() -> None:
    source = "The minister spoke in Ankara on Monday."
    assert spans("Bakan pazartesi Ankarada konuştu.", "tr", source=source) == ["da"]
    # Without a source naming it, "Ankarada" could be any capitalised word: silent.
    assert spans("Bakan pazartesi Ankarada konuştu.", "tr") == []


def test_the_article_writing_the_apostrophe_once_names_the_stem() -> None:
    assert spans("Bakan Ankara'ya gitti. Ankarada iki gün kaldı.", "tr") == ["da"]


@pytest.mark.parametrize(
    ("lang", "text", "words"),
    [
        ("pl", "Powiedział “nie” i wyszedł.", ["Polish opens quotations with „ and closes with ”."]),
        ("ar", "قال الوزير ، إن الخطة جاهزة.", ["Arabic", "،"]),
        ("el", "Τι ώρα είναι?", ["Greek", "';'"]),
        ("de", "Es kam – wie erwartet - anders.", ["dash", "–"]),
        ("es", "Qué hora es?", ["¿"]),
        ("fr", "Il a dit: non.", ["narrow no-break space"]),
        ("zh", "你好吗?我很好。", ["？"]),
        ("hi", "यह किताब है। मुझे पसंद आई.", ["।"]),
        ("tr", "Bakan Ankara`da konuştu.", ["Ankara'da"]),
    ],
)
def test_the_message_states_the_convention(lang: str, text: str, words: list[str]) -> None:
    found = punctuation(make_input(text, lang))
    assert found
    for word in words:
        assert word in found[0].message


def test_each_mark_is_reported_once() -> None:
    # A Latin comma with a space before it, between Arabic words: one finding, the Arabic rule's.
    found = punctuation(make_input("ذهبت إلى السوق , واشتريت الخبز.", "ar"))
    assert len(found) == 1 and "،" in found[0].message


@pytest.mark.parametrize(
    ("text", "spans_"),
    [
        # Spaced hyphens throughout are a house style; a double hyphen is always a scar.
        ("Er kam - wie immer - zu spät -- und ging.", [(29, 31)]),
        # Beside a real dash, every spaced hyphen is a slip of its own.
        ("Er kam - wie immer - zu spät – und ging.", [(7, 8), (19, 20)]),
        ('Er sagte "ja" und "nein".', [(9, 13)]),
        # „…” throughout a German text is one habit; beside „…“ each one is a slip.
        ("Er sagte „ja” und „nein”.", [(12, 13)]),
        ("Er sagte „ja“ und „nein”.", [(23, 24)]),
        ('Er sagte „ja“ und "nein".', [(18, 24)]),
    ],
)
def test_habits_once_slips_each(text: str, spans_: list[tuple[int, int]]) -> None:
    found = punctuation(make_input(text, "de"))
    assert sorted((f.start, f.end) for f in found) == spans_


@pytest.mark.parametrize(
    ("text", "found_"),
    [
        # French written without the space before high marks throughout (Swiss style): one finding.
        ("Elle a répondu: jamais! Pourquoi? Personne ne sait.", [":"]),
        # The text spaces some of them: each unspaced one is a slip.
        ("Elle a répondu : jamais! Pourquoi ? Personne ne sait.", ["!"]),
        ("Elle a répondu : « jamais » ! Pourquoi ? Personne ne sait.", []),
    ],
)
def test_french_spacing_habit_once_slips_each(text: str, found_: list[str]) -> None:
    assert spans(text, "fr") == found_


def test_offsets_map_to_the_original_text() -> None:
    text = "Rzecznik powiedział\n“nie wiem”  i   wyszedł z sali,\nnie odpowiadając na pytania dziennikarzy."
    assert spans(text, "pl") == ["“nie wiem”"]


def test_the_fluency_module_still_exports_the_check() -> None:
    assert fluency.punctuation is punctuation


# --------------------------------------------------------------------------- properties

_LANGS = st.sampled_from([*CLAIMED, "xx", "pt-BR", "mr", "ne", "hy", "ps", "yue"])


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80), _LANGS)
def test_property_never_raises_and_spans_stay_in_the_text(text: str, lang: str) -> None:
    for f in punctuation(make_input(text, lang)):
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.span
        assert f.message


_MARKS = st.sampled_from(
    list("abc XYZ ..,,;:?!()[]-\"'“”„«»،؛؟।。，？¿¡`´\n")
    + ["--", " - ", "ال", "и", "Это", "the", "Ankara", "'da", "da", "है", "中文", "Τι", "1,5", "e.g.", "U.S."]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_MARKS, max_size=50).map("".join), _LANGS)
def test_property_on_punctuation_heavy_text(text: str, lang: str) -> None:
    findings = punctuation(make_input(text, lang, source="The minister spoke in Ankara."))
    starts = [f.start for f in findings]
    assert len(starts) == len(set(starts))
    for f in findings:
        assert text[f.start : f.end] == f.span
