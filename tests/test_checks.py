"""Each check: an example that passes (stays silent) and one that fails (fires)."""

from __future__ import annotations

import numpy as np
import pytest

from mt_audit.attribute import attribution
from mt_audit.checks import CHECKS, CheckInput, SourceView, run_checks, select
from mt_audit.normalize import normalize
from mt_audit.registry import UnknownNameError
from mt_audit.segment import segment
from mt_audit.taxonomy import CATEGORIES
from mt_audit.types import Document


def make_item(text: str, src_text: str | None, order: list[int | None], *, presumed="src", matched="src"):
    """An article whose sentence k translates source sentence ``order[k]`` (None: added).

    Embeddings are synthetic unit vectors: equal ids give near-identical
    vectors, so the alignment is known without a model.
    """
    doc = Document("a", "a.txt", text)
    norm = normalize(text)
    sents = segment(norm.text, "xx")
    rng = np.random.default_rng(0)
    basis = rng.normal(size=(64, 64))
    basis /= np.linalg.norm(basis, axis=1, keepdims=True)
    item = CheckInput(doc, "xx", norm, sents, presumed_source=presumed, matched_source=matched)
    if src_text is None:
        return item
    src_doc = Document("src", "src.txt", src_text)
    src_norm = normalize(src_text)
    src_sents = segment(src_norm.text, "en")
    sv = basis[: len(src_sents)]
    tv = np.stack([basis[k] if k is not None else basis[-1 - i] for i, k in enumerate(order)])
    att = attribution(sv, tv, [len(s.text) for s in src_sents], [len(s.text) for s in sents])
    item.source = SourceView(src_doc, src_norm, src_sents)
    item.attribution = att
    item.derives = matched == "src"
    return item


SOURCE = (
    "First sentence of the source text here.\nSecond sentence of the source text here.\nThird one, also long enough."
)
ARTICLE = "Pierwsze zdanie tekstu źródłowego tutaj.\nDrugie zdanie tekstu źródłowego tutaj.\nTrzecie, też dość długie."


def categories(item: CheckInput, name: str) -> list[str]:
    return [f.category for f in CHECKS[name](item)]


def test_omission_fires_on_a_missing_sentence_and_not_on_a_full_translation() -> None:
    assert categories(make_item(ARTICLE, SOURCE, [0, 1, 2]), "omission") == []
    short = "Pierwsze zdanie tekstu źródłowego tutaj.\nTrzecie, też dość długie."
    item = make_item(short, SOURCE, [0, 2])
    found = CHECKS["omission"](item)
    assert [f.category for f in found] == ["accuracy/omission"]
    assert found[0].source_span == "Second sentence of the source text here."
    assert found[0].span == "" and short[: found[0].start].endswith("tutaj.")


def test_addition_fires_on_an_extra_sentence() -> None:
    assert categories(make_item(ARTICLE, SOURCE, [0, 1, 2]), "addition") == []
    extra = ARTICLE + "\nZupełnie nowe zdanie, którego nie ma w źródle wcale."
    found = CHECKS["addition"](make_item(extra, SOURCE, [0, 1, 2, None]))
    assert [f.span for f in found] == ["Zupełnie nowe zdanie, którego nie ma w źródle wcale."]


def test_source_mismatch_only_when_presumed_source_is_not_matched() -> None:
    assert categories(make_item(ARTICLE, None, [], matched="src"), "source-mismatch") == []
    found = CHECKS["source-mismatch"](make_item(ARTICLE, None, [], matched=None))
    assert [f.category for f in found] == ["source/mismatch"]
    assert found[0].severity == "critical"


def test_layout_reports_scars_with_original_offsets() -> None:
    assert categories(make_item("Clean text. Nothing odd.", None, []), "layout") == []
    text = "Justified  text  with  gaps.\n  Indented line."
    found = CHECKS["layout"](make_item(text, None, []))
    assert {f.category for f in found} == {"style/layout"}
    assert all(text[f.start : f.end] == f.span for f in found)
    assert any("2 runs" in f.message or "3 runs" in f.message for f in found)


def test_every_check_is_declared_properly() -> None:
    for name, chk in CHECKS.items():
        assert chk.name == name
        assert chk.title and not chk.title.endswith(" ")
        assert all(code in CATEGORIES for code in chk.codes)


def test_select_by_name_and_unknown_names() -> None:
    assert [c.name for c in select(["layout"])] == ["layout"]
    assert "layout" not in [c.name for c in select(skip=["layout"])]
    with pytest.raises(UnknownNameError, match="valid names: .*layout"):
        select(["no-such-check"])


def test_findings_are_sorted_and_point_into_the_original() -> None:
    text = "Pierwsze  zdanie tekstu źródłowego tutaj.\nTrzecie, też dość długie."
    found = run_checks(make_item(text, SOURCE, [0, 2]), list(CHECKS.values()))
    assert found == sorted(found, key=lambda f: (f.start, f.end, f.category, f.detector, f.message))
    assert all(text[f.start : f.end] == f.span for f in found)


@pytest.mark.parametrize(
    ("targets", "pieces", "expected"),
    [
        (["Aaaa.", "Bbbb."], ["A.", "B."], ["A.", "B."]),
        (["Aaaaaaaaaa bbbbbbbbbb."], ["A.", "B."], ["A. B."]),
        (["Aaaaaaaaaaaaaaaaaaaa.", "Bb."], ["Whole long piece here."], ["Whole long piece here.", ""]),
        (["One."], [], [""]),
        (["a", "b"], ["p1", "p2", "p3", "p4", "p5", "p6", "p7"], None),
    ],
)
def test_precomputed_backtranslations_are_spread_over_sentences(targets, pieces, expected) -> None:
    from mt_audit.translate.precomputed import distribute

    out = distribute(targets, pieces)
    assert len(out) == len(targets)
    assert " ".join(x for x in out if x).split() == " ".join(pieces).split()
    if expected is not None:
        assert out == expected
