"""Round 21, code health (behaviour-neutral): one reader of letters by their Unicode names, one count of a text's
script, one pass over Unicode's names, WordNet's files read by a module of their own, no module importing
another's private names.

Every reading below was produced by the code before the refactor (the three readers it joined: the syllables' and
Latin letters' in ``core``, ``sound_by_letter_names`` for Khmer, Lao and Sinhala, ``read_by_names`` for Tifinagh
and Tibetan), so the table guards the refactor. Words are this file's own, not rows of ``data/planted``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from mt_audit import lexicon, wordnet_reader
from mt_audit.embed import dominant_script
from mt_audit.languages import Shape, heard_latin, read_by_names, script_code, sound_by_letter_names, to_latin
from mt_audit.languages import letters as letters_module
from mt_audit.languages.letters import has_vowel_signs, names_inherent_vowel, syllable_marks

PACKAGE = Path(__file__).resolve().parents[1] / "mt_audit"


@pytest.mark.parametrize(
    ("shape", "text", "read"),
    [
        (Shape.SYLLABARY, "ᐃᓄᒃᑎᑐᑦ", "inoktitot"),  # Canadian syllabics: each letter the syllable its name spells
        (Shape.SYLLABARY, "ᕙᕋᓐᑌ", "farante"),
        (Shape.SYLLABARY, "ᓄᓇᕗᑦ", "nonafot"),
        (Shape.SYLLABARY, "ꕙꔤ", "vai"),  # Vai
        (Shape.SYLLABARY, "ᏣᎳᎩ", "ᏣᎳᎩ"),  # Cherokee's names spell no syllable ("LETTER TSA"): ICU's business
        (Shape.SYLLABARY, "ⴰⵎⴰ", "ⴰⵎⴰ"),  # an alphabet is not read as syllables
        (Shape.ALPHABET, "Filɔransi", "Filoransi"),  # a Latin letter's base letter
        (Shape.ALPHABET, "ŋgɔmɛ", "ŋgome"),  # ENG is a letter of its own
        (Shape.ALPHABET, "Ɛkɔnɔmi", "ekonomi"),
        (Shape.ALPHABET, "æðø", "aeðo"),  # a ligature's two letters; ETH its own
        (Shape.ALPHABET, "ᐃᓄᒃ", "ᐃᓄᒃ"),
        (Shape.ABUGIDA, "ខ្មែរ", "khmara"),  # Khmer: the coeng kills the vowel before it
        (Shape.ABUGIDA, "កម្ពុជា", "kampaca"),
        (Shape.ABUGIDA, "ភ្នំពេញ", "phnapanya"),  # the nikahit is a nasal
        (Shape.ABUGIDA, "ພາສາລາວ", "phasalawa"),  # Lao
        (Shape.ABUGIDA, "ວຽງຈັນ", "wangacana"),
        (Shape.ABUGIDA, "ກິໂລແມັດ", "kalamada"),
        (Shape.ABUGIDA, "සිල්වර්", "salvar"),  # Sinhala: the al-lakuna kills the vowel
        (Shape.ABUGIDA, "කොළඹ", "kalaa"),
        (Shape.ABUGIDA, "ශ්\u200dරී ලංකාව", "s\u200dra lankava"),
        (Shape.ABUGIDA, "කිලෝමීටර්", "kalamattar"),
        (Shape.ABUGIDA, "Москва 12", "Moskva 12"),  # what ICU reads, as ICU reads it
        (Shape.OWN, "ⵜⴰⵎⴰⵣⵉⵖⵜ", "tamazight"),  # Tifinagh: an alphabet, its naming device "YA" cut off
        (Shape.OWN, "ⵍⵎⵖⵔⵉⴱ", "lmghrib"),
        (Shape.OWN, "ⴰⴳⴰⴷⵉⵔ", "agadir"),
        (Shape.OWN, "ⴽⵉⵍⵓⵎⵉⵜⵔ", "kilumitr"),
        (Shape.OWN, "ཀི་ལོ་མི་ཊར", "kilomittar"),  # Tibetan: one vowel a syllable, between tshegs
        (Shape.OWN, "བོད་ཡིག", "bodyig"),
        (Shape.OWN, "རྫོང་ཁ", "rdzongkha"),  # a stack says the inherent vowel
        (Shape.OWN, "དབར", "dbar"),  # three letters: the vowel after the second
        (Shape.OWN, "སྒྲ་", "sgra"),
        (Shape.OWN, "ខ្មែរ", "ខ្មែរ"),  # Khmer's names give two series' vowels: not read in its own shape
        (Shape.OWN, "සිංහල", "සිංහල"),  # ICU has a Sinhala transform
        (Shape.OWN, "ᓄᓇᕗᑦ", "ᓄᓇᕗᑦ"),  # ICU has a syllabics transform
    ],
)
def test_one_reader_by_shape(shape: Shape, text: str, read: str) -> None:
    assert read_by_names(text, shape) == read


@pytest.mark.parametrize("text", ["ខ្មែរ", "ພາສາລາວ", "සිල්වර්", "Москва 12"])
def test_sound_by_letter_names_reads_an_abugida(text: str) -> None:
    assert sound_by_letter_names(text) == read_by_names(text, Shape.ABUGIDA)


@pytest.mark.parametrize(
    ("text", "among", "read"),
    [("Filɔransi", frozenset("ɔ"), "Filoransi"), ("bǝʾalǝvik", frozenset(), "bǝʾalǝvik")],
)
def test_alphabet_reads_only_letters_among(text: str, among: frozenset[str], read: str) -> None:
    """A Latin letter ICU wrote itself (Ethiopic's schwa) is not the text's: it stays."""
    assert read_by_names(text, Shape.ALPHABET, among=among) == read


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        ("ⵜⴰⵎⴰⵣⵉⵖⵜ", "tamazight"),
        ("ཀི་ལོ་མི་ཊར", "kilomittar"),
        ("རྫོང་ཁ", "rdzongkha"),
        ("ᐃᓄᒃᑎᑐᑦ", "inoktitot"),
        ("ᕙᕋᓐᑌ", "farante"),
        ("ᑭᓚᒥᑕ", "kilamita"),
        ("ᏣᎳᎩ", "tsalagi"),
        ("ᎠᏂᏴᏫᏯ", "anijəwija"),
        ("ŋgɔmɛ", "ngome"),
        ("Ɛkɔnɔmi", "Ekonomi"),
        ("Москва ⴰⵎⴰⵣⵉⵖ ᓄᓇᕗᑦ", "Moskva amazigh nonafot"),
        ("ខ្មែរ", "ខ្មែរ"),  # no ICU transform: left to the abugida reading
        ("සිල්වර්", "සිල්වර්"),
    ],
)
def test_to_latin_unchanged(text: str, latin: str) -> None:
    assert to_latin(text) == latin
    assert heard_latin(text) == latin


@pytest.mark.parametrize(
    ("text", "code", "name"),
    [
        ("ខ្មែរ", "Khmr", "KHMER"),
        ("ພາສາລາວ", "Laoo", "LAO"),
        ("කොළඹ", "Sinh", "SINHALA"),
        ("ⵜⴰⵎⴰⵣⵉⵖⵜ", "Tfng", "TIFINAGH"),
        ("བོད་ཡིག", "Tibt", "TIBETAN"),
        ("ᓄᓇᕗᑦ", "Cans", "CANADIAN"),
        ("ᏣᎳᎩ", "Cher", "CHEROKEE"),
        ("Москва ⴰⵎⴰⵣⵉⵖ ᓄᓇᕗᑦ", "Cyrl", "CYRILLIC"),
        ("東京タワー", "Jpan", "CJK"),
        ("서울 市", "Kore", "HANGUL"),  # Korean's Han counted with its Hangul, named by most of its letters
        ("123 — ...", "", ""),
        # Marks count as identification counts them: three letters and four marks outweigh a five-letter Latin
        # word, where a count of letters alone made the probe shift Latin letters ("LATIN" before).
        ("ကုမ္ပဏီ Green", "Mymr", "MYANMAR"),
    ],
)
def test_dominant_script_is_script_codes(text: str, code: str, name: str) -> None:
    assert (script_code(text), dominant_script(text)) == (code, name)


def test_one_pass_over_unicode_names() -> None:
    """The syllable marks, the abugidas and the letters' names come from one cached pass over Unicode's names."""
    assert syllable_marks() == "་༌"
    assert has_vowel_signs("TIBETAN") and has_vowel_signs("Sinhala") and not has_vowel_signs("TIFINAGH")
    assert names_inherent_vowel("TIBETAN") and not names_inherent_vowel("KHMER")
    assert letters_module._unicode_names.cache_info().currsize == 1


def _private_imports(module: str) -> list[str]:
    """Where a module of mt_audit other than ``module`` imports a private name of it, or reads one of the module
    it imports as a whole (``lexicon._index()``)."""
    found = []
    parent, _, last = module.rpartition(".")
    for path in PACKAGE.rglob("*.py"):
        nodes = list(ast.walk(ast.parse(path.read_text(encoding="utf-8"))))
        bound = set()
        for node in nodes:
            if isinstance(node, ast.ImportFrom) and node.module == module:
                found += [f"{path.name}: {a.name}" for a in node.names if re.fullmatch(r"_[A-Za-z]\w*", a.name)]
            if isinstance(node, ast.ImportFrom) and node.module == parent:
                bound |= {a.asname or a.name for a in node.names if a.name == last}
            if isinstance(node, ast.Import):
                bound |= {a.asname for a in node.names if a.name == module and a.asname}
        for node in nodes:
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in bound:
                found += [f"{path.name}: {node.value.id}.{node.attr}"] if node.attr.startswith("_") else []
    return found


@pytest.mark.parametrize(
    "module",
    [
        "mt_audit.lexicon",
        "mt_audit.wordnet_reader",
        "mt_audit.languages.core",
        "mt_audit.languages.letters",
        "mt_audit.decode",
        "mt_audit.unit_pint",
        "mt_audit.units",
        "mt_audit.unit_names",
    ],
)
def test_no_module_imports_anothers_privates(module: str) -> None:
    assert _private_imports(module) == []


def test_wordnet_files_have_one_reader() -> None:
    assert not any(hasattr(lexicon, name) for name in ("_index", "_records", "_synsets", "_exceptions"))
    assert lexicon.available is wordnet_reader.available
    if wordnet_reader.available():
        nouns = [o for pos, o in wordnet_reader.lemma_index()["desert"] if pos == "n"]
        assert nouns and "desert" in wordnet_reader.synsets("n")[nouns[0]][0]
