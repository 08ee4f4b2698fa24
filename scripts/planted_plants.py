"""The planted benchmark's planters: one artefact of each category planted into an article as MT and spinners make
them, each chosen by the split's seed.

Split from ``eval_planted.py`` by concern: a ``Plant`` (the text and where its artefact lies) is what the judge
(``planted_judge``) scores; planting reads the corpus (``planted_corpus``) and nothing downstream of it.
"""

from __future__ import annotations

import random
import re
import re._parser as sre_parse
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))  # the sibling planted_* modules, however this file is loaded

from planted_corpus import SEEDS, Article, Pair, corpus  # noqa: E402

from mt_audit import languages, lexicon  # noqa: E402

BOILERPLATE = ROOT / "mt_audit" / "data" / "boilerplate.tsv"
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
FALLBACK_LABEL = "Read more:"
CATEGORIES = ("omission", "addition", "word-omission", "untranslated", "spinner", "name-corrupted",
              "name-literal", "number", "unit", "boilerplate", "quotes", "marks")  # fmt: skip
#: A number written in digits (Indian grouping too: "1,00,000"; the Arabic-script separators "٬" and "٫" of
#: "۱۲٬۵۰۰" and "۲٫۳"), not part of a clock time, date or code ("20:30", "A4").
_NUMBER = re.compile(
    r"(?<![A-Za-z0-9:/.,\u066b\u066c])\d+(?:[.,\u066b\u066c\u00a0\u202f' ](?:\d{2}(?=[.,\u066b\u066c]\d)|\d{3}))*"
    r"(?:[.,\u066b]\d+)?(?![A-Za-z0-9:/]|[.,\u066b\u066c]\d)"
)


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


# ---------------------------------------------------------------- planting


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


def swap_one(a: Article, rng: random.Random, category: str, options: Sequence[tuple[int, str, str]]) -> Plant | None:
    """One of ``options`` (sentence, form written there, what replaces it), chosen by ``rng``, planted as
    ``category``; None without options."""
    if not options:
        return None
    i, old, new = rng.choice(options)
    return replace_in(base(a, category), i, old, new, f"{old!r} -> {new!r}")


def plant_untranslated(a: Article, rng: random.Random, pool: Sequence[Article]) -> Plant | None:
    """A target word replaced by the English word it translates (copied from the source), unless the article's
    reference writes that word itself (:func:`target_writes`)."""
    options = [(i, form, en) for i, pair in enumerate(a.pairs) for en, form in pair.words
               if en.lower() != form.lower() and not target_writes(en, a)]  # fmt: skip
    return swap_one(a, rng, "untranslated", options)


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
    return swap_one(a, rng, "name-literal", options)


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
    return swap_one(a, rng, "unit", options)


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
