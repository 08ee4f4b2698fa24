"""Human references: an article scored against a reference in its own language, beside its back-translation."""

from __future__ import annotations

import json
import re
from contextlib import nullcontext

import pandas as pd
import pytest
import sacrebleu

import mt_audit
from mt_audit.cli import main
from mt_audit.ingest import attach_references
from mt_audit.preflight import RequiredMissing
from mt_audit.reference_scores import reference_groups, scorer_for
from mt_audit.types import Bead, Document, InputError

SOURCE = (
    "The harbour authority closed the northern pier on Tuesday. Engineers found cracks in two of its pillars. "
    "Repairs are expected to take six weeks. Ferries will use the southern pier until then."
)
ARTICLE = (
    "Die Hafenbehörde hat am Dienstag den Nordpier gesperrt. Ingenieure fanden Risse in zwei seiner Pfeiler. "
    "Die Reparaturen sollen sechs Wochen dauern. Bis dahin legen die Fähren am Südpier an."
)
REFERENCE = (
    "Am Dienstag sperrte die Hafenverwaltung den nördlichen Pier. Techniker entdeckten Risse an zwei Pfeilern. "
    "Die Instandsetzung dauert voraussichtlich sechs Wochen. Bis dahin nutzen die Fähren den südlichen Pier."
)


def _sentences(text: str) -> list[str]:
    return re.split(r"(?<=\.) ", text)


def _audit(tmp_path, **kwargs) -> mt_audit.Audit:
    return mt_audit.audit(source_texts={"src": SOURCE}, report=False, progress=False, **kwargs)


def _article(audit: mt_audit.Audit, doc_id: str) -> pd.Series:
    return audit.articles.set_index("doc_id").loc[doc_id]


def test_scores_match_sacrebleu_on_the_same_segments(tmp_path) -> None:
    audit = _audit(tmp_path, texts={"a": ARTICLE}, references={"a": REFERENCE})
    row = _article(audit, "a")
    hyps, refs = _sentences(ARTICLE), [_sentences(REFERENCE)]
    bleu = sacrebleu.metrics.BLEU(effective_order=True).corpus_score(hyps, refs).score
    assert row.ref_bleu == pytest.approx(bleu, abs=0.01)
    assert row.ref_chrf == pytest.approx(sacrebleu.corpus_chrf(hyps, refs).score, abs=0.01)
    assert row.ref_ter == pytest.approx(sacrebleu.corpus_ter(hyps, refs).score, abs=0.01)
    assert row.ref_bleu_low <= row.ref_bleu <= row.ref_bleu_high
    assert "tok:13a" in audit.run["signatures"]["metric:ref_bleu[de]"]
    assert audit.run["counts"]["scored_against_reference"] == 1


@pytest.mark.parametrize(
    ("reference", "bleu", "ter"),
    [
        (ARTICLE, 100.0, 0.0),  # the article is its own reference
        (REFERENCE, None, None),  # another translation: lower, never perfect
    ],
)
def test_identical_reference_is_perfect_and_another_is_not(tmp_path, reference, bleu, ter) -> None:
    row = _article(_audit(tmp_path, texts={"a": ARTICLE}, references={"a": reference}), "a")
    if bleu is None:
        assert 0 < row.ref_bleu < 100 and row.ref_ter > 0 and row.ref_chrf < 100
    else:
        assert (row.ref_bleu, row.ref_chrf, row.ref_ter) == (bleu, 100.0, ter)


def test_a_sentence_the_article_omits_costs_against_the_reference(tmp_path) -> None:
    shorter = " ".join(_sentences(ARTICLE)[:3])
    audit = _audit(tmp_path, texts={"full": ARTICLE, "short": shorter}, references={"full": ARTICLE, "short": ARTICLE})
    assert _article(audit, "full").ref_chrf == 100.0
    assert _article(audit, "short").ref_chrf < 90
    beads = audit.alignment[audit.alignment.doc_id == "short"]
    omitted = beads[beads.article_text == ""]
    assert len(omitted) == 1 and omitted.iloc[0].reference_text == _sentences(ARTICLE)[3]


def test_articles_without_a_reference_have_no_reference_scores(tmp_path) -> None:
    audit = _audit(tmp_path, texts={"a": ARTICLE, "b": ARTICLE}, references={"a": REFERENCE})
    assert pd.isna(_article(audit, "b").ref_chrf) and pd.notna(_article(audit, "a").ref_chrf)


@pytest.mark.parametrize(
    ("ref_beads", "beads", "expected"),
    [
        # the same split: sentence for sentence
        ([((0,), (0,)), ((1,), (1,))], [((0,), (0,)), ((1,), (1,))], [(0,), (1,)]),
        # the reference joins two source sentences the article keeps apart: it goes with the first
        ([((0, 1), (0,)), ((2,), (1,))], [((0,), (0,)), ((1,), (1,)), ((2,), (2,))], [(0,), (), (1,)]),
        # the article joins what the reference splits
        ([((0,), (0,)), ((1,), (1,))], [((0, 1), (0,))], [(0, 1)]),
        # an addition in the article has no reference; one in the reference is left out
        ([((0,), (0,)), ((), (1,))], [((0,), (0,)), ((), (1,))], [(0,), ()]),
        # an omission in the article still has its reference sentence
        ([((0,), (0,)), ((1,), (1,))], [((0,), (0,)), ((1,), ())], [(0,), (1,)]),
    ],
)
def test_reference_groups(ref_beads, beads, expected) -> None:
    def make(pairs):
        return [Bead(tuple(s), tuple(t), None) for s, t in pairs]

    assert reference_groups(make(ref_beads), make(beads)) == expected


@pytest.mark.parametrize(
    ("lang", "tokenizer"),
    [("de", "tok:13a"), ("zh", "tok:zh"), ("th", "tok:char"), ("", "tok:13a")],
)
def test_bleu_tokenizer_follows_the_language(lang, tokenizer) -> None:
    assert tokenizer in scorer_for(lang, 10).signatures()["bleu"]


def test_manifest_column_and_companion_folder(tmp_path) -> None:
    (tmp_path / "src.en.txt").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "refs").mkdir()
    (tmp_path / "refs" / "a.de.txt").write_text(REFERENCE, encoding="utf-8")
    (tmp_path / "references").mkdir()
    (tmp_path / "references" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "id,path,presumed_source,reference\na,a.txt,src.en.txt,refs/a.de.txt\nb,b.txt,src.en.txt,\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    assert main(["run", str(tmp_path), "--out", str(out), "-q", "--engine", "none"]) == 0
    docs = pd.read_csv(out / "documents.csv", dtype={"doc_id": str}).set_index("doc_id")
    assert 0 < docs.loc["a", "ref_chrf"] < 100 and docs.loc["b", "ref_chrf"] == 100
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "chrF vs ref" in html and "reference (de)" in html
    assert "Techniker entdeckten" in html
    beads = [json.loads(line) for line in (out / "alignment.jsonl").read_text(encoding="utf-8").splitlines()]
    assert any(b.get("reference_text") for b in beads if b["doc_id"] == "a")


def test_references_folder_on_the_command_line(tmp_path, capsys) -> None:
    (tmp_path / "src.en.txt").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "art.txt").write_text(ARTICLE, encoding="utf-8")
    refs = tmp_path / "refs"
    refs.mkdir()
    (refs / "art.txt").write_text(REFERENCE, encoding="utf-8")
    argv = ["run", str(tmp_path / "art.txt"), "--source", str(tmp_path / "src.en.txt"), "--engine", "none"]
    assert main([*argv, "--references", str(refs), "--out", str(tmp_path / "o"), "--format", "json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["with_reference"] == 1 and set(summary["reference_scores"]) >= {"ref_bleu", "ref_chrf", "ref_ter"}


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("a,a.txt,src.en.txt,missing.txt", "no such file"),
        ("a,a.txt,src.en.txt,../outside.txt", "outside the manifest's folder"),
        ("a,a.txt,src.en.txt,empty.txt", "empty"),
    ],
)
def test_a_reference_asked_for_and_missing_stops_the_run(tmp_path, row, problem) -> None:
    folder = tmp_path / "m"
    folder.mkdir()
    (tmp_path / "outside.txt").write_text(REFERENCE, encoding="utf-8")
    (folder / "src.en.txt").write_text(SOURCE, encoding="utf-8")
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "manifest.csv").write_text(f"id,path,presumed_source,reference\n{row}\n", encoding="utf-8")
    with pytest.raises(RequiredMissing) if "outside" not in problem else nullcontext():
        result = mt_audit.audit([folder], report=False, progress=False, engine="none")
    if "outside" in problem:  # the row is refused whole, as for any path outside
        assert problem in result.articles.iloc[0].error
        return
    result = mt_audit.audit([folder], report=False, progress=False, engine="none", allow_missing=True)
    assert result.articles.iloc[0].status == "ok" and pd.isna(result.articles.iloc[0].ref_chrf)
    assert any(problem in m["message"] for m in result.run["missing"].values())


def test_a_references_folder_that_matches_nothing_is_missing(tmp_path) -> None:
    (tmp_path / "refs").mkdir()
    (tmp_path / "refs" / "other.txt").write_text(REFERENCE, encoding="utf-8")
    with pytest.raises(RequiredMissing):
        _audit(tmp_path, texts={"a": ARTICLE}, references=tmp_path / "refs", engine="none")


@pytest.mark.parametrize(
    ("references", "error"),
    [({"nobody": REFERENCE}, InputError), ("/no/such/folder", InputError)],
)
def test_bad_references_are_usage_errors(references, error) -> None:
    with pytest.raises(error):
        attach_references([Document("a", "", text=ARTICLE)], references)


def test_jsonl_rows_carry_their_reference(tmp_path) -> None:
    rows = [{"id": "j1", "text": ARTICLE, "reference": REFERENCE, "lang": "de"}, {"id": "j2", "text": ARTICLE}]
    (tmp_path / "arts.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    audit = mt_audit.audit([tmp_path / "arts.jsonl"], source_texts={"src": SOURCE}, report=False, progress=False)
    assert pd.notna(_article(audit, "j1").ref_chrf) and pd.isna(_article(audit, "j2").ref_chrf)


def test_a_changed_reference_is_not_resumed(tmp_path) -> None:
    out = tmp_path / "o"
    first = _audit(tmp_path, texts={"a": ARTICLE}, references={"a": ARTICLE}, out=out)
    again = _audit(tmp_path, texts={"a": ARTICLE}, references={"a": REFERENCE}, out=out)
    assert _article(first, "a").ref_chrf == 100 and _article(again, "a").ref_chrf < 100
    assert again.run["counts"]["articles_resumed"] == 0


@pytest.mark.slow
def test_reference_comet_reads_source_article_and_reference(tiny_comet, tmp_path) -> None:
    audit = _audit(tmp_path, texts={"a": ARTICLE}, references={"a": REFERENCE}, comet=str(tiny_comet["ref"]),
                   device="cpu", engine="none")  # fmt: skip
    row = _article(audit, "a")
    beads = audit.alignment[audit.alignment.doc_id == "a"]
    scored = beads.ref_comet.dropna()
    assert len(scored) == 4 and row.ref_comet == pytest.approx(scored.mean(), abs=1e-3)
    assert pd.isna(row.comet)  # no back-translation: reference-based COMET of it has nothing to read


def test_compare_ranks_audit_folders_with_their_reference_scores(tmp_path) -> None:
    shorter = " ".join(_sentences(ARTICLE)[:3])
    for name, text in (("full", ARTICLE), ("short", shorter)):
        _audit(tmp_path, texts={"a": text}, references={"a": REFERENCE}, out=tmp_path / name, engine="none")
    ranking = mt_audit.compare([tmp_path / "full", tmp_path / "short"]).ranking.set_index("system")
    assert {"ref_bleu", "ref_chrf", "ref_ter"} <= set(ranking.columns)
    assert ranking.ref_chrf.iloc[0] > ranking.ref_chrf.iloc[1]
