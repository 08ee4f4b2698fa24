"""Options of `mt-audit run`: the closing summary scripts read instead of the CSVs, and --lang."""

from __future__ import annotations

import json

import pytest
from conftest import DEMO

from mt_audit.report.summary import format_json, format_text, summary

pytestmark = pytest.mark.slow


def test_the_summary_counts_what_the_tables_hold(demo_audit) -> None:
    result, _ = demo_audit
    s = summary(result)
    assert s["articles"] == len(result.articles) == 5
    assert s["findings"] == len(result.findings) == sum(s["findings_by_category"].values())
    assert sum(s["verdicts"].values()) == s["articles_ok"]
    translations = result.articles[result.articles["verdict"].str.startswith("translation of", na=False)]
    assert s["translations"] == len(translations) == 2
    assert s["scores"]["chrf"] == pytest.approx(translations["chrf"].mean(), abs=1e-4)
    assert s["signature"] == result.run["signature"]
    assert json.loads(format_json(s)) == s
    text = format_text(s)
    assert f"{s['findings']}" in text and "source/mismatch" in text and s["signature"] in text


def test_run_prints_the_summary_as_json_for_scripts(tmp_path, capsys) -> None:
    from mt_audit.cli import main

    assert main(["run", str(DEMO), "--out", str(tmp_path), "-q", "--no-report", "-f", "json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["articles_ok"] == 5 and printed["findings_by_category"]["source/mismatch"] == 3


@pytest.mark.parametrize(("lang", "expected"), [("tr", "tr"), (" pl ", "pl")])
def test_lang_names_every_article_that_states_none(lang: str, expected: str, embedder) -> None:
    import mt_audit

    text = "Dzisiaj pada deszcz w całym kraju. Jutro ma być słonecznie."
    result = mt_audit.audit(texts={"a": text}, source_texts={"s": "It rains today."}, lang=lang,
                            embedder=embedder, engine="none", report=False)  # fmt: skip
    row = result.articles.set_index("doc_id").loc["a"]
    assert row["lang"] == expected


def test_a_lang_that_is_no_tag_is_a_usage_error(tmp_path, capsys) -> None:
    from mt_audit.cli import main

    assert main(["run", str(DEMO), "--out", str(tmp_path), "--lang", "polish!"]) == 1
    assert "not a language tag" in capsys.readouterr().err
