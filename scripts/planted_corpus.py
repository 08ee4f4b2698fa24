"""The planted benchmark's corpus: where its articles come from, how they are read and split into ``tune`` and
``test``, and how an article's sentences make its text.

Split from ``eval_planted.py`` by concern: the planters (``planted_plants``), the judge (``planted_judge``) and
the command line (``eval_planted``) all read this data, and it depends on none of them.
"""

from __future__ import annotations

import csv
import difflib
import json
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mt_audit import languages, lexicon  # noqa: E402

DEMETR = ROOT.parent / "shared" / "benchmarks" / "demetr"
DATA = ROOT / "data" / "planted"
#: The story sets written after the first, by their ordinal names (``set2`` is "second"); each is its own origin
#: (and its own split shuffle).
ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth")  # fmt: skip
LATER_SETS = tuple((DATA / f"set{n}", name) for n, name in enumerate(ORDINALS, start=2))
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
#: Unit symbols any language writes, and a unit of the same dimension MT leaves unconverted.
SYMBOL_UNITS = {"km": "mi", "kg": "lb", "°C": "°F", "km²": "mi²", "cm": "in", "mm": "in", "km/h": "mph"}
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


# ---------------------------------------------------------------- articles as text


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


# ---------------------------------------------------------------- choosing and describing articles


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


def family(lang: str) -> str:
    return FAMILIES.get(lang, "other")


def script(lang: str) -> str:
    return languages.language(lang).script
