"""MQM interchange: export, read back, human annotations as findings, agreement with a human."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mt_audit.report import Audit
from mt_audit.report.mqm import (
    ANNOTATION_COLUMNS,
    MQM_CATEGORY,
    MQM_CODE,
    MQM_COLUMNS,
    agreement,
    annotations,
    clean_cell,
    compare,
    export,
    mark,
    parse_comment,
    read_tsv,
    to_findings,
    unmark,
    write_tsv,
)
from mt_audit.report.segments import segments
from mt_audit.report.tables import FINDING_COLUMNS
from mt_audit.taxonomy import CATEGORIES, SEVERITIES, mqm_weight, penalty
from mt_audit.types import Finding

#: The categories of Google's MQM annotations (mapping targets must be among them).
GOOGLE_CATEGORIES = {
    "Accuracy/Mistranslation", "Accuracy/Omission", "Accuracy/Addition", "Accuracy/Untranslated text",
    "Fluency/Punctuation", "Fluency/Grammar", "Fluency/Spelling", "Fluency/Inconsistency", "Fluency/Register",
    "Terminology/Inappropriate for context", "Style/Awkward", "Non-translation!", "Source error", "Source issue",
    "Other",
}  # fmt: skip
SEPARATORS = "\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"

SOURCE = "The cat sat down. It rained. The dog ran away. Birds fly south."
SOURCE_SENTENCES = ["The cat sat down.", "It rained.", "The dog ran away.", "Birds fly south."]
TRICKY = '"fliegen"\tquoted, with a tab\nand a newline'
DE = "Die Katze\tsaß.  Der Hund\nlief weg.\n\nVögel <v>fliegen</v> nach Süden."
DE_SENTENCES = ["Die Katze\tsaß.", "Der Hund\nlief weg.", "Vögel <v>fliegen</v> nach Süden."]
AR = "جلست القطة. ركض الكلب بعيدا ، بسرعة."
AR_SENTENCES = ["جلست القطة.", "ركض الكلب بعيدا ، بسرعة."]
PL = "Ala ma kota.\nKot ma Alę.  Koniec"
PL_SENTENCES = ["Ala ma kota.", "Kot ma Alę.", "Koniec"]
TR = "Kedi oturdu. Köpek koştu."
TR_SENTENCES = ["Kedi oturdu.", "Köpek koştu."]


def spans(text: str, sentences: list[str]) -> list[list[int]]:
    out, pos = [], 0
    for s in sentences:
        start = text.index(s, pos)
        out.append([start, start + len(s)])
        pos = start + len(s)
    return out


def at(text: str, span: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(span, start + 1)
    return start, start + len(span)


def finding(doc: str, lang: str, text: str, category: str, span: str, *, nth: int = 0, sentence: int | None = 0,
            source: str = "", message: str = "", detector: str = "test") -> Finding:  # fmt: skip
    start, end = at(text, span, nth)
    severity = CATEGORIES[category].severity
    return Finding(doc, lang, category, severity, detector, start, end, span, sentence, source, message or category)


def omission(doc: str, lang: str, at_: int, source: str) -> Finding:
    message = f"missing: {source}"
    return Finding(doc, lang, "accuracy/omission", "major", "omission", at_, at_, "", None, source, message)


def bead(doc: str, n: int, src: list[int], tgt: list[int]) -> dict:
    return {
        "doc_id": doc,
        "bead": n,
        "kind": f"{len(src)}-{len(tgt)}",
        "source_id": "src",
        "source_sentences": src,
        "article_sentences": tgt,
        "source_text": " ".join(SOURCE_SENTENCES[i] for i in src),
    }


def small_audit() -> Audit:
    """Crossing and overlapping findings, omissions, whitespace, tab, newline, literal tags, Arabic, no source."""
    de_end0 = spans(DE, DE_SENTENCES)[0][1]
    ar_ends = [e for _, e in spans(AR, AR_SENTENCES)]
    findings = [
        omission("de1", "de", de_end0, "It rained."),
        finding("de1", "de", DE, "accuracy/spinner-substitution", "Katze\tsaß", source="cat"),
        finding("de1", "de", DE, "style/layout", "saß.  Der", sentence=None, message="crosses the omission row"),
        finding("de1", "de", DE, "style/layout", "  ", sentence=None, message="double space between sentences"),
        finding("de1", "de", DE, "fluency/punctuation", "Der Hund", sentence=1),
        finding("de1", "de", DE, "fluency/segmentation", "Hund\nlief", sentence=1),
        finding("de1", "de", DE, "accuracy/entity-literal", "<v>fliegen</v>", sentence=2, source="fly", message=TRICKY),
        finding("de1", "de", DE, "fluency/punctuation", " nach", sentence=2, message="twice the same finding"),
        finding("de1", "de", DE, "fluency/punctuation", " nach", sentence=2, message="twice the same finding"),
        Finding("de1", "de", "accuracy/entity-mismatch", "major", "entities", 41, 41, "", 2, "Birds", "name dropped"),
        finding("ar1", "ar", AR, "fluency/punctuation", " ،", sentence=1, detector="punctuation"),
        finding("ar1", "ar", AR, "accuracy/mistranslation", "جلست القطة. ركض", sentence=0, message="two rows"),
        omission("ar1", "ar", ar_ends[0], "It rained."),
        omission("ar1", "ar", ar_ends[1], "Birds fly south."),
        finding("pl1", "pl", PL, "style/layout", "kota.\nKot", sentence=None, message="hard wrap"),
        finding("pl1", "pl", PL, "source/boilerplate", "Koniec", sentence=2),
        finding("pl1", "pl", PL, "style/layout", "  ", sentence=None),
    ]
    beads = [
        bead("de1", 0, [0], [0]),
        bead("de1", 1, [1], []),
        bead("de1", 2, [2], [1]),
        bead("de1", 3, [3], [2]),
        bead("ar1", 0, [0], [0]),
        bead("ar1", 1, [1], []),
        bead("ar1", 2, [2], [1]),
        bead("ar1", 3, [3], []),
    ]
    documents = [
        {"doc_id": "src", "role": "source", "lang": "en", "status": "ok"},
        {"doc_id": "de1", "role": "article", "lang": "de", "status": "ok"},
        {"doc_id": "bad", "role": "article", "lang": None, "status": "error", "error": "empty file"},
        {"doc_id": "ar1", "role": "article", "lang": "ar", "status": "ok"},
        {"doc_id": "pl1", "role": "article", "lang": "pl", "status": "ok"},
        {"doc_id": "tr1", "role": "article", "lang": "tr", "status": "ok"},
    ]
    texts = [
        {"doc_id": "src", "role": "source", "lang": "en", "text": SOURCE, "sentences": spans(SOURCE, SOURCE_SENTENCES)},
        {"doc_id": "de1", "role": "article", "lang": "de", "text": DE, "sentences": spans(DE, DE_SENTENCES)},
        {"doc_id": "ar1", "role": "article", "lang": "ar", "text": AR, "sentences": spans(AR, AR_SENTENCES)},
        {"doc_id": "pl1", "role": "article", "lang": "pl", "text": PL, "sentences": spans(PL, PL_SENTENCES)},
        {"doc_id": "tr1", "role": "article", "lang": "tr", "text": TR, "sentences": spans(TR, TR_SENTENCES)},
    ]
    return Audit.from_records(documents, findings, beads, {}, texts)


def rows_of(findings: pd.DataFrame) -> list[tuple]:
    """Findings as a sorted multiset of plain tuples over every column."""

    def plain(v):
        if v is None or (not isinstance(v, str) and pd.isna(v)):
            return None
        return int(v) if hasattr(v, "__int__") and not isinstance(v, str) else v

    return sorted(
        (tuple(plain(r[c]) for c in FINDING_COLUMNS) for r in findings.to_dict("records")),
        key=lambda t: tuple("" if x is None else str(x) for x in t),
    )


def through_file(df: pd.DataFrame, tmp_path: Path) -> pd.DataFrame:
    path = write_tsv(df, tmp_path / "mqm.tsv")
    return read_tsv(path)


# --- mapping


def test_every_taxonomy_code_has_an_mqm_category() -> None:
    assert set(MQM_CATEGORY) == set(CATEGORIES)
    assert set(MQM_CATEGORY.values()) <= GOOGLE_CATEGORIES
    for mqm, code in MQM_CODE.items():
        assert code in CATEGORIES and MQM_CATEGORY[code] == mqm


def one_finding_audit(category: str, severity: str) -> Audit:
    """A sourceless Turkish article with one finding of ``category`` at ``severity``."""
    found = [Finding("tr1", "tr", category, severity, "test", 0, 5, TR[:5], 0, "", "one finding")]
    documents = [{"doc_id": "tr1", "role": "article", "lang": "tr", "status": "ok"}]
    texts = [{"doc_id": "tr1", "role": "article", "lang": "tr", "text": TR, "sentences": spans(TR, TR_SENTENCES)}]
    return Audit.from_records(documents, found, [], {}, texts)


@pytest.mark.parametrize("severity", SEVERITIES)
@pytest.mark.parametrize("category", list(CATEGORIES))
def test_the_audit_charges_what_the_export_weighs_under_google_scheme(
    category: str, severity: str, tmp_path: Path
) -> None:
    audit = one_finding_audit(category, severity)
    (row,) = annotations(through_file(export(audit), tmp_path)).to_dict("records")
    assert mqm_weight(row["category"], row["severity"]) == penalty([(category, severity)])
    assert rows_of(to_findings(annotations(read_tsv(tmp_path / "mqm.tsv")), audit)) == rows_of(audit.findings)


def test_google_score_of_the_export_is_the_audit_penalty() -> None:
    """Per article: a finding crossing rows weighs once (its further rows are Neutral), Source issues nothing."""
    audit = small_audit()
    errors = annotations(export(audit))
    scored = errors.assign(weight=[mqm_weight(c, s) for c, s in zip(errors.category, errors.severity)])
    charged = {doc: penalty(zip(group.category, group.severity)) for doc, group in audit.findings.groupby("doc_id")}
    assert scored.groupby("system")["weight"].sum().to_dict() == pytest.approx(charged)
    continued = errors[errors.severity == "Neutral"]
    assert len(continued) == 3 and all(parse_comment(c)["continued"] == "1" for c in continued.comment)


@pytest.mark.parametrize(
    ("category", "mqm", "severity"),
    [
        ("source/boilerplate", "Source issue", "Minor"),
        ("source/mismatch", "Source issue", "Critical"),
        ("fluency/segmentation", "Fluency/Punctuation", "Minor"),
        ("accuracy/omission", "Accuracy/Omission", "Major"),
    ],
)
def test_source_findings_are_exported_as_source_issues(category: str, mqm: str, severity: str) -> None:
    """Boilerplate and a wrong presumed source cost no quality, so no rater's MQM score may charge them."""
    exported = export(one_finding_audit(category, severity.lower()))
    assert exported[["category", "severity"]].values.tolist() == [[mqm, severity], ["No-error", "No-error"]]


# --- marks and cells


@pytest.mark.parametrize(
    ("cell", "text", "start", "end"),
    [
        ("plain", "plain", None, None),
        ("a <v>bc</v> d", "a bc d", 2, 4),
        ("<v></v>abc", "abc", 0, 0),
        ("abc<v>", "abc", 3, 3),
        ("a <v>bc", "a bc", 2, 4),
        ("a <v>b</v> c <v>d</v> e", "a b c d e", 2, 3),
        ("a </v>b <v>c</v>", "a b c", 4, 5),
        ("<v>a <v>b</v> c</v>", "a b c", 0, 3),
        ("ومع ذلك<v> ،</v> لا", "ومع ذلك ، لا", 7, 9),
    ],
)
def test_unmark(cell: str, text: str, start: int | None, end: int | None) -> None:
    assert unmark(cell) == (text, start, end)


@given(st.text(), st.data())
def test_mark_then_unmark_gives_back_text_and_span(text: str, data: st.DataObject) -> None:
    cell = clean_cell(text)
    assert len(cell) == len(text)
    assert not any(c in cell for c in SEPARATORS) and "<v>" not in cell and "</v>" not in cell
    start = data.draw(st.integers(0, len(cell)))
    end = data.draw(st.integers(start, len(cell)))
    assert unmark(mark(cell, start, end)) == (cell, start, end)


@given(st.text().filter(lambda t: not any(c in t for c in SEPARATORS) and "<v>" not in t and "</v>" not in t))
def test_clean_cell_leaves_plain_text_alone(text: str) -> None:
    assert clean_cell(text) == text


@given(st.text(), st.text(), st.text(), st.integers(0, 10**6))
def test_comment_round_trip(message: str, source: str, detector: str, start: int) -> None:
    record = {"doc_id": "x", "lang": "de", "category": "fluency/punctuation", "severity": "minor",
              "detector": detector, "start": start, "end": start + 3, "span": "abc", "sentence_index": 4,
              "source_span": source, "message": message}  # fmt: skip
    df = pd.DataFrame([record])
    audit = Audit.from_records(
        [{"doc_id": "x", "role": "article", "lang": "de", "status": "ok"}], [], [], {},
        [{"doc_id": "x", "role": "article", "lang": "de", "text": "abc", "sentences": [[0, 3]]}],
    )  # fmt: skip
    audit.findings = df.astype({"start": "Int64", "end": "Int64", "sentence_index": "Int64"})
    comment = export(audit)["comment"].iloc[0]
    assert not any(c in comment for c in SEPARATORS)
    fields = parse_comment(comment)
    assert fields is not None
    assert (fields["detector"], fields["start"], fields["sentence"], fields["message"]) == (detector, start, 4, message)
    assert fields.get("source", "") == source


# --- export


def test_export_of_the_small_audit_row_by_row() -> None:
    df = export(small_audit())
    assert list(df.columns) == MQM_COLUMNS
    de = df[df.system == "de1"]
    expected = [
        # doc_id, seg_id, category, severity, source, target
        (1, 1, "Accuracy/Mistranslation", "Major", "The cat sat down.", "Die <v>Katze saß</v>.  "),
        (1, 1, "Other", "Minor", "The cat sat down.", "Die Katze <v>saß.  </v>"),
        (1, 1, "Other", "Minor", "The cat sat down.", "Die Katze saß.<v>  </v>"),
        (2, 2, "Accuracy/Omission", "Major", "<v>It rained.</v>", ""),
        (3, 3, "Other", "Neutral", "The dog ran away.", "<v>Der</v> Hund lief weg.  "),  # row 1's, continued
        (3, 3, "Fluency/Punctuation", "Minor", "The dog ran away.", "<v>Der Hund</v> lief weg.  "),
        (3, 3, "Fluency/Punctuation", "Minor", "The dog ran away.", "Der <v>Hund lief</v> weg.  "),
        (4, 4, "Accuracy/Mistranslation", "Major", "Birds fly south.", "Vögel <v>‹v>fliegen‹/v></v> nach Süden."),
        (4, 4, "Fluency/Punctuation", "Minor", "Birds fly south.", "Vögel ‹v>fliegen‹/v><v> nach</v> Süden."),
        (4, 4, "Fluency/Punctuation", "Minor", "Birds fly south.", "Vögel ‹v>fliegen‹/v><v> nach</v> Süden."),
        (4, 4, "Accuracy/Mistranslation", "Major", "Birds fly south.", "Vögel<v></v> ‹v>fliegen‹/v> nach Süden."),
    ]
    got = list(de[["doc_id", "seg_id", "category", "severity", "source", "target"]].itertuples(index=False, name=None))
    assert got == expected
    assert set(de["doc"]) == {"src"} and set(de["rater"]) == {"mt-audit"}
    assert de["comment"].iloc[0] == (
        'mt-audit code=accuracy/spinner-substitution detector=test start=4 end=13 sentence=0 source="cat" '
        "| accuracy/spinner-substitution"
    )
    # the omission's source_span is the marked source cell: the comment does not repeat it
    omitted = "mt-audit code=accuracy/omission detector=omission start=14 end=14 | missing: It rained."
    assert de["comment"].iloc[3] == omitted


def test_export_segments_articles_and_no_error_rows() -> None:
    df = export(small_audit(), rater="me")
    assert list(dict.fromkeys(df.system)) == ["de1", "ar1", "pl1", "tr1"]  # error article "bad" skipped
    assert set(df.rater) == {"me"}
    per_segment = df.drop_duplicates("seg_id")
    assert list(per_segment.seg_id) == list(range(1, len(per_segment) + 1))
    assert per_segment.groupby("system", sort=False)["doc_id"].apply(list).to_dict() == {
        "de1": [1, 2, 3, 4], "ar1": [1, 2, 3, 4], "pl1": [1, 2, 3], "tr1": [1, 2],
    }  # fmt: skip
    assert dict(zip(per_segment.system, per_segment.doc)) == {"de1": "src", "ar1": "src", "pl1": "pl1", "tr1": "tr1"}
    tr = df[df.system == "tr1"]
    assert list(tr.target) == ["Kedi oturdu. ", "Köpek koştu."]
    assert set(tr.category) == set(tr.severity) == {"No-error"} and set(tr.comment) == {""}
    ar = df[df.system == "ar1"]
    assert list(ar.category) == [
        "Accuracy/Mistranslation", "Accuracy/Omission", "Fluency/Punctuation", "Accuracy/Mistranslation",
        "Accuracy/Omission",
    ]  # fmt: skip
    assert list(ar.source)[-1] == "<v>Birds fly south.</v>"


def test_export_cells_keep_offsets() -> None:
    audit = small_audit()
    df = export(audit)
    for cell in pd.concat([df.source, df.target, df.comment]):
        assert not any(c in cell for c in SEPARATORS)
    for system, group in df.groupby("system"):
        text = audit.texts.set_index("doc_id").loc[system, "text"]
        rows = segments(audit, system)
        for k, target in zip(group.doc_id, group.target):
            row = rows[k - 1]
            assert unmark(target)[0] == clean_cell(text[row.start : row.end])


def test_export_needs_texts() -> None:
    audit = small_audit()
    audit.texts = audit.texts[audit.texts.doc_id != "pl1"]
    with pytest.raises(ValueError, match="pl1"):
        export(audit)


# --- round trip


def test_round_trip_small_audit(tmp_path: Path) -> None:
    audit = small_audit()
    back = to_findings(annotations(through_file(export(audit), tmp_path)), audit)
    assert list(back.columns) == FINDING_COLUMNS
    assert rows_of(back) == rows_of(audit.findings)
    assert len(back.attrs["unplaced"]) == 0
    # the raw table works as well as its annotations
    assert rows_of(to_findings(read_tsv(tmp_path / "mqm.tsv"), audit)) == rows_of(audit.findings)


@pytest.mark.slow
def test_round_trip_demo(demo_audit, tmp_path: Path) -> None:
    audit, out = demo_audit
    path = write_tsv(export(audit), tmp_path / "demo.tsv")
    assert rows_of(to_findings(annotations(read_tsv(path)), audit)) == rows_of(audit.findings)
    loaded = Audit.load(out)
    assert rows_of(to_findings(annotations(read_tsv(path)), loaded)) == rows_of(loaded.findings)


ALPHABET = st.sampled_from(list("ab ،ةل.\t\n\u2028<v/>") + ["<v>", "</v>"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ALPHABET, min_size=1, max_size=40).map("".join), st.data())
def test_round_trip_random_sourceless_article(text: str, data: st.DataObject) -> None:
    cuts = sorted(set(data.draw(st.lists(st.integers(0, len(text)), max_size=5)) + [0, len(text)]))
    sentences = [[a, b] for a, b in zip(cuts, cuts[1:])]
    spans_ = data.draw(st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, len(text))), max_size=6))
    findings = [
        Finding("x", "ar", "style/layout", "minor", "layout", min(a, b), max(a, b), text[min(a, b) : max(a, b)],
                None, "", f"finding {n}")
        for n, (a, b) in enumerate(spans_)
    ]  # fmt: skip
    audit = Audit.from_records(
        [{"doc_id": "x", "role": "article", "lang": "ar", "status": "ok"}], findings, [], {},
        [{"doc_id": "x", "role": "article", "lang": "ar", "text": text, "sentences": sentences}],
    )  # fmt: skip
    back = to_findings(annotations(export(audit)), audit)
    assert rows_of(back) == rows_of(audit.findings)


# --- reading


def test_read_tsv_bom_crlf_and_old_header(tmp_path: Path) -> None:
    path = tmp_path / "old.tsv"
    lines = [
        "system\tdoc\tdoc_id\tseg_id\trater\tsource\ttarget\tcategory\tseverity",
        "sys\td\t7\t12\trater1\tA cat.\tEine <v>Hund</v>.\tAccuracy/Mistranslation\tMajor",
        "sys\td\t8\t13\trater1\tA dog.\tEin Hund.\tNo-error\tNo-error",
        "",
        "sys\td\t9\t14\trater2\tShort.",
    ]
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode() + b"\r\n")
    with pytest.warns(UserWarning, match="1 row.* missing cells.*: line 5$"):
        df = read_tsv(path)
    assert list(df.columns) == MQM_COLUMNS
    assert df.shape == (3, 10)
    assert df.iloc[0].tolist() == [
        "sys", "d", "7", "12", "rater1", "A cat.", "Eine <v>Hund</v>.", "Accuracy/Mistranslation", "Major", "",
    ]  # fmt: skip
    assert df.iloc[2].tolist()[-5:] == ["Short.", "", "", "", ""]
    ann = annotations(df)
    assert list(ann.columns) == ANNOTATION_COLUMNS
    assert ann[["doc_id", "seg_id", "side", "span", "span_start", "span_end", "target", "code"]].iloc[0].tolist() == [
        7, 12, "target", "Hund", 5, 9, "Eine Hund.", "accuracy/mistranslation",
    ]  # fmt: skip
    assert len(ann) == 2  # the No-error row is dropped, the short one kept (side none)
    assert ann.iloc[1]["side"] == "none" and pd.isna(ann.iloc[1]["span_start"])


def test_read_tsv_new_header_with_extra_cells(tmp_path: Path) -> None:
    path = tmp_path / "new.tsv"
    header = "\t".join(MQM_COLUMNS + ["note"])
    path.write_text(header + "\nsys\td\t1\t1\tr\ts\tt\tOther\tMinor\ta comment\tn\textra\n", encoding="utf-8")
    df = read_tsv(path)
    assert list(df.columns) == MQM_COLUMNS + ["note"]
    assert df.iloc[0]["comment"] == "a comment" and df.iloc[0]["note"] == "n extra"


def test_read_tsv_names_missing_columns(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("system\tdoc\tseg_id\tsource\ttarget\tseverity\nx\ty\t1\ta\tb\tMajor\n", encoding="utf-8")
    with pytest.raises(ValueError, match="doc_id, rater, category"):
        read_tsv(path)
    path.write_text("", encoding="utf-8")
    with pytest.raises(ValueError, match="system"):
        read_tsv(path)


def test_write_tsv_refuses_what_it_cannot_write(tmp_path: Path) -> None:
    df = export(small_audit())
    with pytest.raises(ValueError, match="column target"):
        write_tsv(df.assign(target="a\tb"), tmp_path / "x.tsv")
    with pytest.raises(ValueError, match="severity"):
        write_tsv(df.drop(columns=["severity"]), tmp_path / "x.tsv")
    write_tsv(df.drop(columns=["comment"]), tmp_path / "x.tsv")
    assert set(read_tsv(tmp_path / "x.tsv")["comment"]) == {""}


# --- human annotations


def human_tsv(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "human.tsv"
    path.write_text("\n".join(["\t".join(MQM_COLUMNS), *rows]) + "\n", encoding="utf-8")
    return path


def test_human_annotations_become_findings(tmp_path: Path) -> None:
    audit = small_audit()
    path = human_tsv(
        tmp_path,
        [
            "de1\tsrc\t1\t1\tann\tThe cat sat down.\tDie <v>Katze</v> saß.  \tAccuracy/Mistranslation\tMajor\t",
            "de1\tsrc\t2\t2\tann\t<v>It</v> rained.\t\tAccuracy/Omission\tMajor\tdropped",
            "de1\tsrc\t3\t3\tann\tThe dog ran away.\tDer Hund lief weg.  \tFluency/Grammar\tMinor\t",
            # the rater's tool trimmed the cell: the span is found in the row instead
            "ar1\tsrc\t3\t7\tann\tThe dog ran away.\tالكلب بعيدا<v> ،</v> بسرعة.\tFluency/Punctuation\tNeutral\t",
            "pl1\tpl1\t1\t8\tann\t\tAla ma <v>kota</v>.\tFluency/Spelling\tMinor\t",
            "zz9\tsrc\t1\t9\tann\t\t<v>x</v>\tOther\tMinor\t",
            "de1\tsrc\t9\t10\tann\t\t<v>x</v>\tOther\tMinor\t",
            "de1\tsrc\t4\t11\tann\tBirds fly south.\tVögel <v>Fliegen</v>\tOther\tMinor\t",
        ],
    )
    with pytest.warns(UserWarning, match="3 MQM error"):
        found = to_findings(read_tsv(path), audit)
    got = found[["doc_id", "lang", "category", "severity", "detector", "start", "end", "span", "sentence_index",
                 "source_span", "message"]].astype(object).where(found.notna(), None)  # fmt: skip
    assert got.values.tolist() == [
        ["de1", "de", "accuracy/mistranslation", "major", "ann", 4, 9, "Katze", 0, "", "Accuracy/Mistranslation (ann)"],
        ["de1", "de", "accuracy/omission", "major", "ann", 14, 14, "", 0, "It", "dropped"],
        ["de1", "de", "Fluency/Grammar", "minor", "ann", 16, 34, "Der Hund\nlief weg.", 1, "",
         "Fluency/Grammar (ann)"],
        ["ar1", "ar", "fluency/punctuation", "neutral", "ann", 27, 29, " ،", 1, "", "Fluency/Punctuation (ann)"],
        ["pl1", "pl", "Fluency/Spelling", "minor", "ann", 7, 11, "kota", 0, "", "Fluency/Spelling (ann)"],
    ]  # fmt: skip
    assert list(found.attrs["unplaced"]["system"]) == ["zz9", "de1", "de1"]


# --- agreement

DETECTED = [
    "a\ts\t1\t1\tmt\t\tx <v>bad</v> y z\tAccuracy/Mistranslation\tMajor\t",
    "a\ts\t1\t1\tmt\t\tx bad <v>y</v> z\tFluency/Punctuation\tMinor\t",
    "a\ts\t2\t2\tmt\t<v>gone</v>\t\tAccuracy/Omission\tMajor\t",
    "a\ts\t3\t3\tmt\t\t<v>p</v> q r\tAccuracy/Mistranslation\tMajor\t",
    "a\ts\t4\t4\tmt\t\tu v\tNo-error\tNo-error\t",
    "b\ts\t1\t5\tmt\t\t<v>m</v> n\tFluency/Punctuation\tMinor\t",
]
HUMAN = [
    "a\ts\t1\t1\th\t\tx b<v>ad y</v> z\tAccuracy/Mistranslation\tMajor\t",  # overlaps both detected of row 1
    "a\ts\t2\t2\th\t<v>go</v>ne\t\tAccuracy/Omission\tMajor\t",  # source side: row and category suffice
    "a\ts\t3\t3\th\t\tp q <v>r</v>\tAccuracy/Mistranslation\tMajor\t",  # same row, no overlap
    "a\ts\t4\t4\th\t\tu <v>v</v>\tFluency/Grammar\tMinor\t",  # nothing detected there
    "b\ts\t1\t5\th\t\t<v>m n</v>\tAccuracy/Mistranslation\tMinor\t",  # overlaps, other category
]
#: category, n_detected, n_human, matched_detected, matched_human, precision, recall, f1
AGREEMENT = [
    ("Accuracy/Mistranslation", 2, 3, 1, 1, 0.5, 0.3333, 0.4),
    ("Accuracy/Omission", 1, 1, 1, 1, 1.0, 1.0, 1.0),
    ("Fluency/Grammar", 0, 1, 0, 0, None, 0.0, None),
    ("Fluency/Punctuation", 2, 0, 0, 0, 0.0, None, None),
    ("All", 5, 5, 2, 2, 0.4, 0.4, 0.4),
]
AGREEMENT_ANY = [
    ("Accuracy/Mistranslation", 2, 3, 1, 2, 0.5, 0.6667, 0.5714),
    ("Accuracy/Omission", 1, 1, 1, 1, 1.0, 1.0, 1.0),
    ("Fluency/Grammar", 0, 1, 0, 0, None, 0.0, None),
    ("Fluency/Punctuation", 2, 0, 2, 0, 1.0, None, None),
    ("All", 5, 5, 4, 3, 0.8, 0.6, 0.6857),
]


@pytest.mark.parametrize(("by", "expected"), [("category", AGREEMENT), ("any", AGREEMENT_ANY)])
def test_agreement_with_a_human(tmp_path: Path, by: str, expected: list[tuple]) -> None:
    detected = annotations(read_tsv(human_tsv(tmp_path, DETECTED)))
    human = annotations(read_tsv(human_tsv(tmp_path, HUMAN)))
    table = agreement(detected, human, by=by)
    got = [tuple(None if (isinstance(v, float) and v != v) else v for v in row) for row in table.values.tolist()]
    assert got == expected


def test_agreement_refuses_an_unknown_mode() -> None:
    empty = annotations(pd.DataFrame(columns=MQM_COLUMNS))
    with pytest.raises(ValueError, match="by must be"):
        agreement(empty, empty, by="span")


def test_compare_an_audit_with_its_own_export(tmp_path: Path) -> None:
    audit = small_audit()
    path = write_tsv(export(audit), tmp_path / "self.tsv")
    table = compare(audit, path).set_index("category")
    assert table.loc["All", "n_detected"] == table.loc["All", "n_human"] == 20
    assert (table[["precision", "recall", "f1"]] == 1.0).all().all()


def test_to_findings_without_warnings_for_a_clean_file(tmp_path: Path) -> None:
    audit = small_audit()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        to_findings(read_tsv(write_tsv(export(audit), tmp_path / "x.tsv")), audit)


def test_a_finding_no_row_holds_is_not_lost() -> None:
    """An article aligned to nothing but omissions has only empty rows: its findings still go out and back."""
    text = "Nur das."
    audit = Audit.from_records(
        [{"doc_id": "x", "role": "article", "lang": "de", "status": "ok"}],
        [Finding("x", "de", "style/layout", "minor", "layout", 0, 3, "Nur", 0, "", "m")],
        [bead("x", 0, [0], [])],
        {},
        [{"doc_id": "x", "role": "article", "lang": "de", "text": text, "sentences": [[0, 8]]}],
    )
    df = export(audit)
    assert df[["doc_id", "target", "category"]].values.tolist() == [[1, "<v></v>", "Other"]]
    assert rows_of(to_findings(df, audit)) == rows_of(audit.findings)


# --- Google's files as they are

HEADER = "\t".join(MQM_COLUMNS)
Change = Callable[[pd.DataFrame], pd.DataFrame]
#: body of a TSV, the cells read back for each row (source, target, category, comment), the lines warned as short
GOOGLE_FILES = [
    (
        'sys\td\t1\t1\tr\t"He said ""hi""."\t"Er sagte\t„hallo“."\tNo-error\tNo-error\t\n',
        [('He said "hi".', "Er sagte\t„hallo“.", "No-error", "")],
        [],
    ),
    (
        'sys\td\t1\t1\tr\t"two\nlines"\tzwei Zeilen\tOther\tMinor\tc\nsys\td\t2\t2\tr\tshort\n',
        [("two\nlines", "zwei Zeilen", "Other", "c"), ("short", "", "", "")],
        [4],
    ),
    (
        'sys\td\t1\t1\tr\t"Hi", he said.\t"Hallo", sagte er "so\tOther\tMinor\t""\n',
        [('"Hi", he said.', '"Hallo", sagte er "so', "Other", "")],
        [],
    ),
    (
        "sys\td\t1\t1\tr\ta\tb\tOther\tMinor\r\nsys\td\t2\t2\n\nsys\td\t3\t3\tr\ta\r\n",
        [("a", "b", "Other", ""), ("", "", "", ""), ("a", "", "", "")],
        [3, 5],
    ),
]


@pytest.mark.parametrize(("body", "expected", "short"), GOOGLE_FILES)
def test_read_tsv_reads_google_files(tmp_path: Path, body: str, expected: list[tuple], short: list[int]) -> None:
    path = tmp_path / "google.tsv"
    path.write_text(f"{HEADER}\n{body}", encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        df = read_tsv(path)
    assert [tuple(r) for r in df[["source", "target", "category", "comment"]].values.tolist()] == expected
    said = [str(w.message) for w in caught]
    if short:
        assert len(said) == 1 and said[0].endswith("line " + ", ".join(map(str, short)))
    else:
        assert said == []


def _shift(col: str, by: int) -> Change:
    return lambda df: df.assign(**{col: df[col] + by})


#: how a rater's tool changed the export, the keys compare matches on, errors placed and not placed
KEYED = [
    (lambda df: df, ("system", "doc", "doc_id", "seg_id"), 20, 0),
    (_shift("doc_id", 100), ("system", "doc", "seg_id"), 20, 0),
    (_shift("seg_id", 1000), ("system", "doc", "doc_id"), 20, 0),
    (lambda df: _shift("seg_id", 1000)(df).assign(doc=""), ("system", "doc_id"), 20, 0),
    (lambda df: df.assign(system=df.system.replace("pl1", "zz")), ("system", "doc", "doc_id", "seg_id"), 16, 4),
]


@pytest.mark.parametrize(("change", "keys", "placed", "unplaced"), KEYED)
def test_compare_matches_on_the_keys_both_share(
    tmp_path: Path, change: Change, keys: tuple, placed: int, unplaced: int
) -> None:
    audit = small_audit()
    path = write_tsv(change(export(audit)), tmp_path / "rated.tsv")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        table = compare(audit, path)
    assert (table.attrs["keys"], table.attrs["placed"], table.attrs["unplaced"]) == (keys, placed, unplaced)
    assert [str(w.message) for w in caught] == ([table.attrs["placement"]] if unplaced else [])
    total = table.set_index("category").loc["All"]
    assert (total.n_human, total.recall, total.precision) == (placed, 1.0, placed / 20)


#: a rated file none of whose errors is on a segment of the audit, and what the error must name
UNMATCHED = [
    (lambda df: df.assign(system="Facebook-AI", doc="talk.1"), r"systems \(Facebook-AI\) and docs \(talk.1\)"),
    (lambda df: df.assign(doc_id="", seg_id=""), r"do not match the audit's articles \(ar1, de1, pl1, tr1\)"),
]


@pytest.mark.parametrize(("change", "says"), UNMATCHED)
def test_compare_says_why_nothing_could_be_placed(tmp_path: Path, change: Change, says: str) -> None:
    audit = small_audit()
    path = write_tsv(change(export(audit)), tmp_path / "rated.tsv")
    with pytest.raises(ValueError, match="none of its 20 human error"):
        compare(audit, path)
    with pytest.raises(ValueError, match=says):
        compare(audit, path)


def test_compare_warns_when_placed_segments_hold_other_text(tmp_path: Path) -> None:
    """Keys that match by chance (Google's running numbers against the audit's rows) put errors on other sentences."""
    audit = small_audit()
    path = write_tsv(export(audit).assign(target="Ein ganz anderer Satz."), tmp_path / "rated.tsv")
    with pytest.warns(UserWarning, match="20 placed on a segment whose target text differs"):
        table = compare(audit, path)
    assert (table.attrs["placed"], table.attrs["other_text"]) == (20, 20)
