"""Round 18 (marks): what a language's marks are where CLDR says little.

Santali's full stop, the Ol Chiki mucaad "᱾", is a Unicode Sentence_Terminal that CLDR does not list for the
language, and the segmenter's own terminators lacked it: an article was cut into two sentences, so its dropped and
added sentences showed only as number mismatches. Hmong and Ilocano have no CLDR locale: their quotation marks are
root's, inherited, and straight quotes were never judged there. Greek writes a comma inside "ό,τι" (the
diastole), which read as a missing space.
"""

from __future__ import annotations

import pytest

from mt_audit.align_length import length_alignment
from mt_audit.checks.base import CANNOT_RUN, DEGRADED, WORKS
from mt_audit.checks.coverage import cache_clear, punctuation
from mt_audit.checks.punctuation import _glued, _own_full_stop, _quotes
from mt_audit.languages import diastole, language, script_full_stop
from mt_audit.segment import segment


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        ("sat", "ᱢᱟᱲᱟᱝ ᱵᱟᱨ ᱦᱟᱯᱛᱟ᱾ ᱢᱤᱫ ᱡᱷᱩᱱᱰ ᱯᱟᱹᱛᱤᱝ᱾ ᱨᱟᱱ ᱪᱷᱤᱴᱟᱹᱣ?", 3),  # the mucaad ends a sentence
        ("sat", "“ᱩᱱᱠᱩ ᱫᱚ ᱡᱚᱢ ᱪᱟᱵᱟ ᱠᱮᱫᱟ,” ᱯᱚᱠᱚ ᱵᱤᱜ᱾ ᱡᱟᱹᱯᱩᱫ ᱨᱩᱣᱟᱹᱲ?", 2),
        ("my", "ကခ၊ ဂဃ။ ငစ", 2),  # guard: Burmese "၊" is a Sentence_Terminal but a comma in use
        ("hi", "क ख। ग घ॥ ङ", 3),  # guard: unchanged
        ("en", "One. Two? Three", 3),
    ],
)
def test_sentences_break_at_the_script_full_stop(lang: str, text: str, count: int) -> None:
    assert len(segment(text, lang)) == count


@pytest.mark.parametrize(
    ("lang", "stop"),
    [
        ("sat", "᱾"),  # Ol Chiki: its letters' name word "OL" names no script; the ISO code "Olck" does
        ("ko", "。"),  # guard: Korean asked by its letters' script (Hangul) as before
        ("hi", "।"),
        ("de", None),
    ],
)
def test_script_full_stop(lang: str, stop: str | None) -> None:
    assert script_full_stop(lang) == stop


#: Five source sentences with figures and names, and their stand-in Santali translation (Ol Chiki letters, the
#: figures and names kept), each ending with the mucaad.
SOURCE = [
    "Fishermen on Lake Titicaca have started to use boats powered by the sun instead of petrol engines.",
    "Each boat saves about 8 litres of fuel a day and carries up to 12 people.",
    "The lake lies 3,800 metres above sea level, so the panels get strong light all year.",
    "“The tourists like the quiet, and so do the fish,” said a boat builder, Rosa Quispe.",
    "Could the same boats work on other high lakes in the Andes?",
]
ARTICLE = [
    "ᱴᱤᱴᱤᱠᱟᱠᱟ " + "ᱡᱷᱤᱞ ᱨᱮ ᱦᱟᱹᱠᱩ " * 9 + "ᱠᱚ᱾",
    "ᱢᱤᱫ ᱢᱤᱫ ᱰᱩᱝᱜᱟ " + "ᱛᱮᱞ ᱘ ᱞᱤᱴᱟᱨ " * 3 + "᱑᱒ ᱦᱚᱲ ᱠᱚ᱾",
    "ᱡᱷᱤᱞ ᱫᱚ ᱓,᱘᱐᱐ " + "ᱢᱤᱴᱟᱨ ᱪᱮᱛᱟᱱ " * 7 + "ᱢᱮᱱᱟᱜᱼᱟ᱾",
    "“ᱴᱩᱨᱤᱥᱴ ᱠᱚ " + "ᱥᱟᱱᱛᱤ ᱠᱚ " * 6 + "ᱠᱩᱥᱤᱭᱟᱜᱼᱟ,” Rosa Quispe ᱢᱮᱱᱟᱜ ᱠᱟᱱᱟ᱾",
    "ᱚᱱᱟ ᱰᱩᱝᱜᱟ ᱠᱚ Andes ᱨᱮᱭᱟᱜ " + "ᱮᱴᱟᱜ ᱡᱷᱤᱞ " * 3 + "ᱠᱟᱹᱢᱤ ᱫᱟᱲᱮᱭᱟᱜᱼᱟ?",
]


@pytest.mark.parametrize(
    ("dropped", "inserted", "lone"),
    [
        (1, None, ((1,), ())),  # the litres sentence dropped: a source sentence left without partner
        (3, None, ((3,), ())),
        (None, 2, ((), (2,))),  # an added line: an article sentence left over
        (None, None, None),  # guard: the whole article aligns one to one
    ],
)
def test_santali_dropped_and_added_sentences_align_by_length(
    dropped: int | None, inserted: int | None, lone: tuple | None
) -> None:
    sentences = [s for k, s in enumerate(ARTICLE) if k != dropped]
    if inserted is not None:
        sentences.insert(inserted, "ᱚᱱᱟ " + "ᱦᱚᱲ ᱠᱚ ᱫᱚ ᱡᱟᱹᱯᱩᱫ " * 8 + "ᱠᱟᱱᱟ᱾")
    article = [s.text for s in segment(" ".join(sentences), "sat")]
    assert len(article) == len(sentences)
    al = length_alignment(SOURCE, article)
    assert al is not None
    gaps = [(b.src, b.tgt) for b in al.beads if not b.src or not b.tgt]
    assert gaps == ([lone] if lone else [])


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("hmn", 'Nws hais tias "Lawv noj txhua yam" xwb.', 1),  # no CLDR locale: root's “…” inherited
        ("ilo", 'Kinuna ti "Kinnanda amin" ken “adda” met.', 1),
        ("ilo", "Kinuna ti „Kinnanda“ ken «adda» met.", 0),  # over-reach: no pair is foreign on an inferred norm
        ("sm", "Na ia fai mai “Talofa” ia te au.", 0),
        ("he", 'אמר "שלום" לכולם.', 0),  # guard: straight quotes are Hebrew's digital norm
        ("tr", 'Dedi ki "Merhaba" ve gitti.', 0),  # guard: and Turkish
        ("de", 'Er sagte "Hallo" und ging.', 1),  # guard: a language with its own marks, as before
    ],
)
def test_straight_quotes_where_the_norm_is_inherited(lang: str, text: str, found: int) -> None:
    assert len(list(_quotes(text, lang))) == found


@pytest.mark.parametrize(
    ("lang", "inherited", "level"),
    [
        ("hmn", True, DEGRADED),  # no CLDR data at all
        ("ilo", True, DEGRADED),
        ("ba", True, DEGRADED),  # a CLDR locale ICU leaves out: its quotation marks are root's too
        ("tl", False, WORKS),  # ICU files it as Filipino
        ("de", False, WORKS),
    ],
)
def test_inherited_quotation_norm_is_declared(lang: str, inherited: bool, level: str) -> None:
    cache_clear()
    assert language(lang).quotes_inherited is inherited
    found = punctuation(lang)
    assert found.level == level and found.level != CANNOT_RUN
    assert ("root" in found.reason) is inherited


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("el", "«Έφαγαν ό,τι πράσινο υπήρχε μέσα σε ένα απόγευμα»", 0),  # the diastole is Greek spelling
        ("el", "λιγότερα απ’ ό,τι πριν από έναν χρόνο", 0),
        ("el", "Ό,τι θέλεις.", 0),
        ("el", "στην Αθήνα,την πρωτεύουσα", 1),  # over-reach: a missing space after a longer word is still one
        ("de", "Er kam,sah und siegte.", 1),
        ("ru", "Он сказал: о,нет.", 1),  # a one-letter word glued by a comma outside Greek stays a slip
    ],
)
def test_greek_diastole(lang: str, text: str, found: int) -> None:
    assert len(list(_glued(text, lang))) == found


@pytest.mark.parametrize(
    ("before", "lang", "expected"),
    [("ό", "el", True), ("ο", "el", True), ("Αθήνα", "el", False), ("o", "en", False)],
)
def test_diastole_fact(before: str, lang: str, expected: bool) -> None:
    assert diastole(before, lang) is expected


@pytest.mark.parametrize(
    ("lang", "value"),
    [
        ("sat", "Ol_Chiki"),  # "OL CHIKI LETTER …": the first word, "Ol", names no script
        ("ko", "Hangul"),  # guard: Korean's "Kore" names none, its letters' script does
        ("hi", "Devanagari"),
        ("zh", "Cjk"),  # guard: as before, no script property (the full-width rules serve Chinese)
    ],
)
def test_script_property(lang: str, value: str) -> None:
    assert language(lang).script_property == value


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("ᱢᱟᱲᱟᱝ ᱵᱟᱨ ᱦᱟᱯᱛᱟ᱾ ᱢᱤᱫ ᱡᱷᱩᱱᱰ ᱯᱟᱹᱛᱤᱝ. ᱨᱟᱱ ᱪᱷᱤᱴᱟᱹᱣ᱾ ᱟᱨ ᱦᱚᱲ ᱠᱚ᱾", 1),  # a "." among the mucaads
        ("ᱢᱟᱲᱟᱝ ᱵᱟᱨ ᱦᱟᱯᱛᱟ᱾ ᱢᱤᱫ ᱡᱷᱩᱱᱰ ᱯᱟᱹᱛᱤᱝ᱾ ᱨᱟᱱ ᱪᱷᱤᱴᱟᱹᱣ᱾", 0),  # guard: its own stops throughout
        ("ᱢᱟᱲᱟᱝ ᱵᱟᱨ ᱦᱟᱯᱛᱟ. ᱢᱤᱫ ᱡᱷᱩᱱᱰ ᱯᱟᱹᱛᱤᱝ.", 0),  # guard: "." throughout is a house style
    ],
)
def test_santali_full_stop_rule_reads_its_script(text: str, found: int) -> None:
    assert len(list(_own_full_stop(text, "sat"))) == found
