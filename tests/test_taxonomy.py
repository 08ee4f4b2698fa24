"""The taxonomy: one MQM category and weight per code, and the rate table over translations only."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from mt_audit.taxonomy import (
    CATEGORIES,
    NOT_TRANSLATIONS,
    TAXONOMY_COLUMNS,
    mqm_weight,
    penalty,
    scored,
    table,
    verdict,
    weight,
)

TED = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "wmt-mqm-ted" / "mqm_ted_ende.dev.tsv"
TRANSLATION = verdict("src", "src")
NOT_TRANSLATION = verdict(None, "src")


@pytest.mark.parametrize(
    ("mqm", "severity", "expected"),
    [
        ("Accuracy/Mistranslation", "Major", 5.0),
        ("Accuracy/Mistranslation", "Minor", 1.0),
        ("Accuracy/Mistranslation", "Critical", 5.0),
        ("Fluency/Punctuation", "Minor", 0.1),
        ("Fluency/Punctuation", "Major", 5.0),
        ("Non-translation!", "Major", 25.0),
        ("Source issue", "Major", 0.0),
        ("Source error", "Minor", 0.0),
        ("Style/Awkward", "Neutral", 0.0),
        ("Other", "minor", 1.0),
    ],
)
def test_google_mqm_weights(mqm: str, severity: str, expected: float) -> None:
    assert mqm_weight(mqm, severity) == expected


@pytest.mark.parametrize(
    ("code", "minor", "major", "critical"),
    [
        ("accuracy/untranslated", 1.0, 5.0, 5.0),
        ("accuracy/omission", 1.0, 5.0, 5.0),
        ("accuracy/number-mismatch", 1.0, 5.0, 5.0),
        ("fluency/punctuation", 0.1, 5.0, 5.0),
        ("fluency/segmentation", 0.1, 5.0, 5.0),
        ("fluency/repetition", 1.0, 5.0, 5.0),
        ("style/layout", 1.0, 5.0, 5.0),
        ("source/boilerplate", 0.0, 0.0, 0.0),
        ("source/mismatch", 0.0, 0.0, 0.0),
    ],
)
def test_weight_per_code_and_severity(code: str, minor: float, major: float, critical: float) -> None:
    assert [weight(code, s) for s in ("minor", "major", "critical")] == [minor, major, critical]
    assert scored(code) is (major > 0)


def test_only_our_codes_are_charged() -> None:
    assert not scored("Fluency/Grammar")
    assert penalty([("Fluency/Grammar", "major"), ("accuracy/omission", "major")]) == 5.0


@pytest.mark.skipif(not TED.is_file(), reason="WMT MQM TED data not in ../shared/benchmarks")
def test_google_weights_on_real_ratings() -> None:
    """Every rated error of Google's TED data weighs 0.1 (minor punctuation), 1 (minor) or 5 (major)."""
    with TED.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE) if r["category"] != "No-error"]
    assert rows
    for r in rows:
        punctuation = r["severity"] == "Minor" and r["category"] == "Fluency/Punctuation"
        expected = 0.1 if punctuation else {"Minor": 1.0, "Major": 5.0}[r["severity"]]
        assert mqm_weight(r["category"], r["severity"]) == expected, r


def docs_frame(rows: list[dict]) -> pd.DataFrame:
    base = {"role": "article", "status": "ok"}
    return pd.DataFrame([base | r for r in rows])


FINDINGS = pd.DataFrame(
    [
        {"doc_id": "t1", "category": "accuracy/omission", "severity": "major"},
        {"doc_id": "t2", "category": "accuracy/omission", "severity": "minor"},
        {"doc_id": "n1", "category": "accuracy/omission", "severity": "major"},
        {"doc_id": "n1", "category": "source/mismatch", "severity": "critical"},
        {"doc_id": "n2", "category": "style/layout", "severity": "minor"},
    ]
)


@pytest.mark.parametrize(
    ("verdicts", "omissions", "words", "not_translations"),
    [
        # (t1, t2, n1, n2) verdicts -> omission count, words of the translations, (articles, findings) apart
        ((TRANSLATION, TRANSLATION, NOT_TRANSLATION, NOT_TRANSLATION), 2, 300, (2, 3)),
        ((TRANSLATION, NOT_TRANSLATION, NOT_TRANSLATION, NOT_TRANSLATION), 1, 100, (3, 4)),
        ((None, None, NOT_TRANSLATION, NOT_TRANSLATION), 2, 300, (2, 3)),  # no verdict yet: counted
        ((None, None, None, None), 3, 1000, None),
    ],
)
def test_rates_come_from_translations_only(verdicts, omissions: int, words: int, not_translations) -> None:
    docs = docs_frame(
        [
            {"doc_id": d, "lang": "pl", "n_words": n, "verdict": v}
            for d, n, v in zip(("t1", "t2", "n1", "n2"), (100, 200, 300, 400), verdicts)
        ]
    )
    t = table(docs, FINDINGS).set_index(["lang", "category"])
    row = t.loc[("pl", "accuracy/omission")]
    assert (row["count"], row["n_words"], row["scored_words"]) == (omissions, words, words)
    assert row["per_1000_words"] == pytest.approx(1000 * omissions / words, abs=1e-4)
    assert t.loc[("pl", "source/mismatch"), "count"] == (0 if not_translations else 1)
    if not_translations is None:
        assert NOT_TRANSLATIONS not in t.index.get_level_values("category")
    else:
        apart = t.loc[("pl", NOT_TRANSLATIONS)]
        assert (apart["n_articles"], apart["count"]) == not_translations
        assert pd.isna(apart["penalty"]) and pd.isna(apart["dimension"])


def test_without_a_verdict_column_every_article_counts() -> None:
    docs = docs_frame([{"doc_id": d, "lang": "pl", "n_words": 100} for d in ("t1", "t2", "n1", "n2")])
    t = table(docs, FINDINGS)
    assert list(t.columns) == TAXONOMY_COLUMNS
    assert len(t) == len(CATEGORIES)
    assert int(t.loc[t["category"] == "accuracy/omission", "count"].iloc[0]) == 3


def test_a_language_of_non_translations_only_has_no_category_rows() -> None:
    docs = docs_frame(
        [
            {"doc_id": "t1", "lang": "pl", "n_words": 100, "verdict": TRANSLATION},
            {"doc_id": "n1", "lang": "tr", "n_words": 300, "verdict": NOT_TRANSLATION},
        ]
    )
    t = table(docs, FINDINGS)
    assert t.loc[t["lang"] == "tr", "category"].tolist() == [NOT_TRANSLATIONS]
    grid = t.pivot(index="category", columns="lang", values="per_1000_words")  # a heatmap's pivot still works
    assert grid.loc[NOT_TRANSLATIONS, "tr"] == pytest.approx(1000 * 2 / 300, abs=1e-4)


@pytest.mark.parametrize(
    ("scored_words", "basis", "per_100"),
    [
        ((50, 150), 200, 3.0),  # penalty 5 + 1 over the words inside aligned text, outside boilerplate
        ((50, None), 250, 2.4),  # unknown for t2: its n_words
        (None, 300, 2.0),  # no column (older audits): n_words
    ],
)
def test_penalty_rates_divide_by_scored_words(scored_words, basis: int, per_100: float) -> None:
    rows = [{"doc_id": d, "lang": "pl", "n_words": n, "verdict": TRANSLATION} for d, n in (("t1", 100), ("t2", 200))]
    if scored_words is not None:
        for r, w in zip(rows, scored_words):
            r["scored_words"] = w
    t = table(docs_frame(rows), FINDINGS).set_index(["lang", "category"])
    row = t.loc[("pl", "accuracy/omission")]
    assert (row["n_words"], row["scored_words"], row["penalty"]) == (300, basis, 6.0)
    assert row["penalty_per_100_words"] == pytest.approx(per_100)
    assert row["per_1000_words"] == pytest.approx(1000 * 2 / basis, abs=1e-4)
