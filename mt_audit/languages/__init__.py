"""What a language is: the one home for language facts, read from CLDR and ICU.

Every check asks this module, never a private table, for a language's script,
direction, casing, quotation marks, number symbols, spelled-out numbers, the
names it gives to languages and territories, and how its names read in Latin
letters. The facts come from ICU (PyICU, ``pyicu-wheels``) and CLDR (Babel),
so a language the team never tested gets the same knowledge as one it did.

Where CLDR records a formal norm that writers do not follow online, the
*digital norm* is recorded here too (``straight_quotes_usual``), with why.

Quotation marks, language by language. Straight quotes are the everyday norm of
careful online writing in Hebrew, Turkish, Indonesian, Malay, Vietnamese,
Tagalog, Swahili, Korean and English (``_STRAIGHT_QUOTES_USUAL``): checks leave
them alone there. Korean follows English practice: the National Institute of
the Korean Language prints “…”, but Korean web pages, even those teaching that
rule, type the keyboard's "…" (and '…' for ‘…’). Everywhere else CLDR's marks
are taken as the norm and straight quotes are flagged: „…“ German, Czech,
Slovak, Slovenian, Croatian, Bulgarian, Lithuanian, Estonian; „…” Polish, Romanian, Hungarian, Serbian; «…» French,
Russian, Ukrainian, Italian, Greek, Catalan, Norwegian, Persian; “…” Spanish,
Portuguese, Danish, Latvian, Hindi, Bengali, Tamil, Thai, Chinese; ”…”
Swedish, Finnish; ‘…’ Dutch; 「…」 Japanese; ”…“ Arabic, Urdu. Straight quotes
are common in some of these too: of FLORES's professional translations (100
sentences per language, DEMETR's ``src_sent``) straight quotes appear in 15
Russian, 10 German, 10 Spanish, 7 Italian, 7 Hindi, 6 Czech, 1 Polish and 0
French sentences, curly ones in 0, 5, 10, 0, 2, 2, 18 and 5. There they are
a house style the reader may accept, so the punctuation check reports a text
that uses them throughout once, and each one only beside the language's own
marks. Professional German raters of MT (WMT21 TED MQM) marked straight
quotes in 2 of 14 segments: evidence enough to keep that finding to one.
"""

from __future__ import annotations

from mt_audit.languages.core import (
    ALIASES,
    CLAIMED,
    W_WRITES_V,
    Language,
    UnitForms,
    after_figure,
    base_tag,
    capitalises_nouns,
    cldr_locale,
    cldr_tag,
    counted_patterns,
    either_name,
    english_name,
    exemplar_letters,
    heard_latin,
    in_script,
    known,
    language,
    language_scripts,
    outside_alphabet,
    pattern_name,
    plural_category,
    right_to_left,
    script_code,
    script_language,
    script_of,
    script_runs_right_to_left,
    scripts,
    to_latin,
    transliterates,
    unit_display_names,
    unit_forms,
    unit_patterns,
    writes_in_latin,
    written_script,
)
from mt_audit.languages.letters import Shape, read_by_names, sound_by_letter_names, syllable_marks
from mt_audit.languages.marks import (
    apostrophe_before_suffix,
    clause_stops,
    diastole,
    extra_terminators,
    full_stop,
    inverted_marks,
    latin_full_stop,
    list_conjunctions,
    punctuation_marks,
    script_full_stop,
    spaced_high_punctuation,
)
from mt_audit.languages.names import (
    NEIGHBOUR_SHARE,
    calendar_words,
    city_names,
    exonyms,
    inflects_names,
    kept_place_names,
    language_names,
    native_readings,
    neighbour_languages,
    proclitics,
    territory_names,
    weekday_names,
    world_place_names,
    written_sample,
)
from mt_audit.languages.numerals import (
    INTERNATIONAL_CURRENCY_SHARE,
    PARSE_CHECKED_FROM,
    cardinal_spellings,
    currency_name_words,
    currency_words,
    front_inflection,
    front_link,
    international_currency_names,
    ordinal_dot,
    parse_spelled,
    percent_first,
    scale_words,
    spell,
    spells_numbers,
)
from mt_audit.languages.spoken import RHYMED_LATIN, spoken_latin

__all__ = [
    "W_WRITES_V",
    "ALIASES",
    "CLAIMED",
    "INTERNATIONAL_CURRENCY_SHARE",
    "Language",
    "cardinal_spellings",
    "NEIGHBOUR_SHARE",
    "PARSE_CHECKED_FROM",
    "apostrophe_before_suffix",
    "base_tag",
    "calendar_words",
    "capitalises_nouns",
    "city_names",
    "currency_name_words",
    "currency_words",
    "english_name",
    "exemplar_letters",
    "heard_latin",
    "exonyms",
    "clause_stops",
    "diastole",
    "extra_terminators",
    "front_inflection",
    "front_link",
    "full_stop",
    "in_script",
    "inflects_names",
    "kept_place_names",
    "international_currency_names",
    "inverted_marks",
    "known",
    "language",
    "language_scripts",
    "outside_alphabet",
    "language_names",
    "latin_full_stop",
    "list_conjunctions",
    "neighbour_languages",
    "ordinal_dot",
    "parse_spelled",
    "percent_first",
    "proclitics",
    "punctuation_marks",
    "right_to_left",
    "scale_words",
    "script_full_stop",
    "script_code",
    "script_language",
    "script_of",
    "script_runs_right_to_left",
    "scripts",
    "sound_by_letter_names",
    "read_by_names",
    "Shape",
    "spaced_high_punctuation",
    "spell",
    "spells_numbers",
    "territory_names",
    "to_latin",
    "spoken_latin",
    "syllable_marks",
    "RHYMED_LATIN",
    "cldr_locale",
    "cldr_tag",
    "transliterates",
    "weekday_names",
    "world_place_names",
    "native_readings",
    "writes_in_latin",
    "written_script",
    "written_sample",
    "UnitForms",
    "after_figure",
    "counted_patterns",
    "either_name",
    "pattern_name",
    "plural_category",
    "unit_display_names",
    "unit_forms",
    "unit_patterns",
]
