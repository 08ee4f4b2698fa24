"""The planted benchmark (scripts/eval_planted.py): its data, its plants, and the product on them.

The slow tests audit a small sample of the ``tune`` split and back the coverage matrix: one test per
language × category cell asserts that the product finds every artefact the generator planted there.
Cells the detectors miss today are listed in KNOWN_MISSES and run as strict xfails, so a cell that
starts to pass fails the run until the table is updated.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from babel.numbers import format_decimal
from hypothesis import given, settings
from hypothesis import strategies as st
from scripts_loader import load_script  # noqa: E402

from mt_audit import languages

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data" / "planted"


#: The benchmark's modules, each loaded from the file that owns the names used here.
pc = load_script("planted_corpus")
pp = load_script("planted_plants")
pj = load_script("planted_judge")
ev = load_script("eval_planted")
HAVE_DEMETR = (pc.DEMETR / "base_id35_reference.json").is_file()
WRITTEN = sorted(p.stem for p in DATA.glob("*.tsv") if p.stem != "en")
#: Every written set as (folder, language): the first stories and the later ones (``set2/``, ``set3/``).
WRITTEN_SETS = [
    (folder, p.stem)
    for folder in (DATA, *(f for f, _ in pc.LATER_SETS))
    for p in sorted(folder.glob("*.tsv"))
    if p.stem != "en"
]

#: Languages the cell tests audit: DEMETR's (Latin, Han, Devanagari) and written ones (Greek, Arabic, Uralic).
SAMPLE = ("de", "zh", "hi", "el", "ar", "fi") if HAVE_DEMETR else ("el", "ar", "fi")
#: Articles per sample language (tune split).
SAMPLE_ARTICLES = 2
#: Cells the detectors miss today: (language or "*", category) → why. Updated by whoever improves a detector.
KNOWN_MISSES: dict[tuple[str, str], str] = {}


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


# ---------------------------------------------------------------- the written data


@pytest.mark.parametrize(("folder", "lang"), WRITTEN_SETS, ids=lambda v: getattr(v, "name", v))
def test_written_set_is_complete_and_annotations_occur_once(folder: Path, lang: str) -> None:
    english = read_rows(folder / "en.tsv")
    rows = read_rows(folder / f"{lang}.tsv")
    assert [r["id"] for r in rows] == [r["id"] for r in english] == [str(i) for i in range(1, 31)]
    for r in rows:
        assert r["text"] and "\t" not in r["text"]
        for key in ("word", "name", "unit"):
            if r[key]:
                assert r["text"].count(r[key]) == 1, (lang, r["id"], key, r[key])
        assert bool(r["unit"]) == bool(r["wrong_unit"]), (lang, r["id"])
        assert not r["literal"] or r["name"], (lang, r["id"])


@pytest.mark.parametrize(("folder", "lang"), WRITTEN_SETS, ids=lambda v: getattr(v, "name", v))
def test_written_set_uses_the_languages_quotation_marks(folder: Path, lang: str) -> None:
    facts = languages.language(lang)
    texts = " ".join(r["text"] for r in read_rows(folder / f"{lang}.tsv"))
    if facts.straight_quotes_usual and '"' in texts:
        return
    assert '"' not in texts
    opening, closing = facts.quotes
    quoted = sum("“" in r["text"] for r in read_rows(folder / "en.tsv"))
    assert texts.count(opening) >= quoted and texts.count(closing) >= quoted


def test_written_languages_cover_several_scripts_and_families() -> None:
    assert len(WRITTEN) >= 10
    assert len({languages.language(t).script for t in WRITTEN}) >= 6
    assert len({pc.family(t) for t in WRITTEN}) >= 8


# ---------------------------------------------------------------- the generator


@pytest.fixture(scope="module")
def articles() -> list[Any]:
    return (pc.read_demetr() if HAVE_DEMETR else []) + pc.read_written()


def test_tune_and_test_splits_are_disjoint_halves(articles: list[Any]) -> None:
    tune, test = pc.split(articles, "tune"), pc.split(articles, "test")
    assert not {a.aid for a in tune} & {a.aid for a in test}
    assert len(tune) + len(test) == len(articles)
    assert {a.lang for a in tune} == {a.lang for a in test} == {a.lang for a in articles}


def test_plants_are_reproducible_and_seeded_by_split(articles: list[Any]) -> None:
    sample = [a for a in articles if a.lang in ("el", "fi")][:2]
    first = [(p.doc_id, p.sentences) for p in pp.plants(sample, "tune")]
    again = [(p.doc_id, p.sentences) for p in pp.plants(sample, "tune")]
    other = [(p.doc_id, p.sentences) for p in pp.plants(sample, "test")]
    assert first == again
    assert first != other


@pytest.mark.parametrize("category", [c for c in pp.CATEGORIES])
def test_every_plant_changes_its_article_where_it_says(articles: list[Any], category: str) -> None:
    sample = [a for a in pc.split(articles, "tune") if a.lang in ("el", "ar", "fi", "de", "zh", "hi", "es", "fr")]
    made = [p for p in pp.plants(sample, "tune", [category]) if p.category == category]
    assert made, f"no {category} plant in the sample"
    for p in made:
        clean = pc.assemble([x.tgt for x in p.article.pairs], p.article.lang)[0]
        planted = pc.assemble(p.sentences, p.article.lang)[0]
        assert planted != clean
        spans = pj.spans_of(p)
        assert spans and all(0 <= a <= b <= len(planted) for a, b in spans)
        if category in ("untranslated", "spinner", "name-corrupted", "name-literal", "number", "unit", "quotes"):
            assert all(planted[a:b] and planted[a:b] not in clean[max(0, a - 2) : b + 2] for a, b in spans[:1])


@pytest.mark.parametrize(
    "lang,text,values",
    [
        ("de", "2,3 Milliarden, 1.200 Leute, um 20:30 Uhr, 802.11n", [2.3, 1200.0]),
        ("en", "2.3 billion, 1,200 people, at 8:30", [2.3, 1200.0]),
        ("fr", "4\u202f200 km et 7,5 %", [4200.0, 7.5]),
        ("ko", "약 800개의 일자리, 2027년 봄", [800.0, 2027.0]),
        ("he", "עלה ב-4.5 מטרים", [4.5]),
    ],
)
def test_numbers_are_read_with_the_languages_symbols(lang: str, text: str, values: list[float]) -> None:
    assert [v for _, _, v in pp.numbers_of(text, lang)] == values


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=10**9), st.sampled_from(["de", "fr", "ru", "el", "pt", "ar", "hi", "sv"]))
def test_numbers_formatted_by_cldr_read_back(value: int, lang: str) -> None:
    text = f"x {format_decimal(value, locale=lang if lang != 'ar' else 'ar_EG', numbering_system='latn')} y"
    assert [v for _, _, v in pp.numbers_of(text, lang)] == [float(value)]


@pytest.mark.parametrize(
    "lang,sentence,writes",
    [
        ("de", 'Er nannte es "den besten Tag".', True),
        ("de", "Er nannte es „den besten Tag“.", False),
        ("tr", 'Buna "en iyi gün" dedi.', False),  # straight quotes are Turkish writers' norm
        ("hi", "वह कल घर गया.", True),
        ("hi", "वह कल घर गया।", False),
        ("hi", "कीमत 3.5 रुपये बढ़ी।", False),
        ("es", "Vienes mañana?", True),
        ("es", "¿Vienes mañana?", False),
        ("fr", "Il a dit: non.", True),
        ("fr", "Il a dit : non.", False),
        ("ar", "ذهب إلى السوق, ثم عاد.", True),
        ("ar", "ذهب إلى السوق، ثم عاد.", False),
        ("zh", "我们明天见,好吗？", True),
        ("zh", "价格是3.5元。", False),
        ("el", "Πού είναι?", True),
        ("el", "Πού είναι;", False),
    ],
)
def test_references_writing_a_planted_form_are_recognised(lang: str, sentence: str, writes: bool) -> None:
    assert pj.writes_planted_typography(sentence, lang) is writes


@pytest.mark.parametrize("lang", ["de", "fr", "es", "ru", "zh", "hi", "ar", "tr", "xx"])
def test_boilerplate_labels_come_from_the_catalogue(lang: str) -> None:
    patterns = [
        line.split("\t")[3].rstrip("\n")
        for line in pp.BOILERPLATE.read_text(encoding="utf-8").splitlines(keepends=True)
        if line.startswith(f"{lang}\trelated\thead\t")
    ]
    for label in pp.labels(lang):
        if not patterns:
            assert label == pp.FALLBACK_LABEL
        else:
            assert any(re.match(p, label, re.IGNORECASE) for p in patterns), label


# ---------------------------------------------------------------- the product on the plants (coverage cells)


@pytest.fixture(scope="module")
def audited(embedder: Any) -> tuple[list[Any], dict[str, Any]]:
    chosen = pc.select_articles(SAMPLE, SAMPLE_ARTICLES, "tune")
    _, outcomes, clean, _ = ev.evaluate(chosen, "tune", embedder=embedder)
    return outcomes, clean


def _planned() -> set[tuple[str, str]]:
    """The (language, category) cells the sample plants anything in, known before any model runs."""
    chosen = pc.select_articles(SAMPLE, SAMPLE_ARTICLES, "tune")
    return {(p.article.lang, p.category) for p in pp.plants(chosen, "tune") if p.category != "clean"}


def cells() -> Iterator[Any]:
    planned = _planned()
    for lang in SAMPLE:
        for cat in pp.CATEGORIES:
            if (lang, cat) not in planned:
                continue
            reason = KNOWN_MISSES.get((lang, cat)) or KNOWN_MISSES.get(("*", cat))
            marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
            yield pytest.param(lang, cat, marks=marks, id=f"{lang}-{cat}")


@pytest.mark.slow
@pytest.mark.parametrize("lang,category", list(cells()))
def test_product_finds_what_was_planted(audited: Any, lang: str, category: str) -> None:
    outcomes = [o for o in audited[0] if o.lang == lang and o.category == category]
    assert outcomes
    missed = [f"{o.note} (found {', '.join(o.codes) or 'nothing'})" for o in outcomes if not o.hit]
    assert not missed, f"{lang} {category}: missed " + "; ".join(missed)


#: Sample languages whose clean twins draw findings today → why.
KNOWN_NOISY: dict[str, str] = {}


@pytest.mark.slow
@pytest.mark.parametrize(
    "lang",
    [
        pytest.param(x, marks=[pytest.mark.xfail(strict=True, reason=KNOWN_NOISY[x])] if x in KNOWN_NOISY else [])
        for x in SAMPLE
    ],  # fmt: skip
)
def test_clean_twins_draw_no_findings(audited: Any, lang: str) -> None:
    n, codes = audited[1][lang]
    assert n > 0
    flagged = codes[pj.NOT_OWN_TYPOGRAPHY]  # punctuation where the reference writes a planted form is no noise
    assert flagged == 0, f"{lang}: {flagged} of {n} clean sentences flagged: {dict(codes)}"
