"""Hostile documents: unsafe ids and paths, manifests that point away or are broken, and texts whose cost explodes.

Every id and path that leaves ingest must encode as UTF-8 and stay on one CSV
or terminal line; a manifest may only name files in its own folder; one broken
manifest fails alone; and no document costs the run more than a bounded time.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from mt_audit.checks import run_checks
from mt_audit.ingest import MAX_ID_CHARS, collect, from_text, read_document, read_manifest, safe_id, safe_text
from mt_audit.normalize import MAX_MARKS, TRAILING, normalize
from mt_audit.segment import MAX_PIECES_PER_RUN, MAX_SENTENCE_CHARS, segment
from mt_audit.translate.precomputed import AmbiguousBacktranslation, PrecomputedEngine
from mt_audit.types import Document, Finding, InputError, Sentence

PL = (
    "Mimo że niedawno wezwał do przerwy w rozwoju modeli sztucznej inteligencji, szef Twittera Elon Musk kupił "
    "około 10 tysięcy procesorów graficznych."
)
TR = "Twitter'ın CEO'su Elon Musk şirket içindeki yapay zekâ projesi için yaklaşık 10 bin GPU satın aldı."

#: Ids a tester tried: a Latin-1 byte decoded with surrogateescape, other lone surrogates, controls, markup, long.
HOSTILE_IDS = {
    "surrogateescape": "caf\udce9",
    "lone-high-surrogate": "x\ud800y",
    "nul": "a\x00b",
    "newline": "line\nbreak",
    "carriage-return": "a\rb",
    "tab": "a\tb",
    "bidi-override": "abc\u202edcba",
    "line-separator": "a\u2028b",
    "markup": '"><img src=x onerror=alert(1)>',
    "math": "$x$",
    "long": "n" * 5000,
    "empty": "",
}


def assert_safe(value: str) -> None:
    """Encodes as strict UTF-8, writes as one CSV row, prints on one line."""
    value.encode("utf-8")
    assert value and len(value.splitlines()) == 1
    assert not any(ch in value for ch in "\x00\r\n\t\u2028\u2029\u202e\x85")
    out = io.StringIO()
    csv.writer(out).writerow([value])
    assert len(list(csv.reader(io.StringIO(out.getvalue())))) == 1


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# ----------------------------------------------------------------------------- safe ids


@pytest.mark.parametrize("raw", HOSTILE_IDS.values(), ids=HOSTILE_IDS.keys())
def test_safe_id_is_printable_bounded_and_idempotent(raw: str) -> None:
    value = safe_id(raw)
    assert_safe(value)
    assert len(value) <= MAX_ID_CHARS
    assert safe_id(value) == value


def test_safe_text_keeps_the_byte_visible_and_keeps_distinct_ids_distinct() -> None:
    assert safe_text("caf\udce9") == "caf\\xe9"
    assert safe_text("a\nb") == "a\\x0ab" and safe_text("x\ud800") == "x\\ud800"
    assert safe_text("ok \u200d ن‌ا") == "ok \u200d ن‌ا"  # ZWJ/ZWNJ are letters' business, not controls
    assert safe_text("x\udc80") != safe_text("x\udc81")
    assert safe_id("a" * 300 + "1") != safe_id("a" * 300 + "2")
    assert safe_id("") == "untitled"


@pytest.mark.parametrize("raw", HOSTILE_IDS.values(), ids=HOSTILE_IDS.keys())
def test_from_text_ids_are_safe(raw: str) -> None:
    doc = from_text(raw, PL)
    assert_safe(doc.doc_id)
    assert_safe(doc.path)
    assert doc.ok and doc.text == PL


def test_from_text_lone_surrogates_in_the_text_become_replacement_characters() -> None:
    doc = from_text("x", PL + " caf\udce9 \ud800")
    assert doc.text == PL + " caf\ufffd \ufffd" and len(doc.text) == len(PL) + 7
    assert doc.repairs == ["replaced 2 lone surrogate(s) with U+FFFD"]
    doc.text.encode("utf-8")


@pytest.mark.parametrize("raw", HOSTILE_IDS.values(), ids=HOSTILE_IDS.keys())
@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_row_ids_are_safe(tmp_path: Path, raw: str, fmt: str) -> None:
    path = tmp_path / f"rows.{fmt}"
    if fmt == "jsonl":
        records = [{"id": raw, "text": PL, "lang": raw}, {"id": raw, "text": TR}]
        path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    else:
        if "\x00" in raw or "\ud800" in raw or "\udce9" in raw:
            pytest.skip("a CSV file holds only what UTF-8 text can")
        out = io.StringIO()
        csv.writer(out).writerows([["id", "text"], [raw, PL], [raw, TR]])
        path.write_text(out.getvalue(), encoding="utf-8")
    docs = collect([str(path)])
    assert [d.ok for d in docs] == [True, True]
    for doc in docs:
        assert_safe(doc.doc_id)
        assert_safe(doc.lang or "x")
    assert docs[0].doc_id != docs[1].doc_id


@pytest.mark.skipif(sys.platform == "win32" or sys.getfilesystemencoding() != "utf-8", reason="POSIX byte names")
def test_latin1_file_names_on_disk_give_safe_distinct_ids(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path / "in")
    os.makedirs(folder)
    for name, text in ((b"caf\xe9.txt", PL), (b"caf\xe8.txt", TR), (b"bad\nname\x7f.txt", PL)):
        with open(os.path.join(folder, name), "wb") as fh:
            fh.write(text.encode("utf-8"))
    docs = collect([os.fsdecode(folder)])
    assert sorted(d.doc_id for d in docs) == ["bad\\x0aname\\x7f", "caf\\xe8", "caf\\xe9"]
    for doc in docs:
        assert doc.ok, doc.error
        assert_safe(doc.doc_id)
        doc.path.encode("utf-8")


def test_unreadable_paths_become_safe_error_documents(tmp_path: Path) -> None:
    docs = collect([str(tmp_path / "gone\udce9\n.txt"), "nul\x00.txt"])
    assert [d.ok for d in docs] == [False, False]
    for doc in docs:
        assert_safe(doc.doc_id)
        assert_safe(doc.error or "")
    assert read_document("x\ud800.txt")[0].error.startswith("cannot read file: invalid path")


@pytest.mark.parametrize("raw", ["caf\udce9", "a\nb", "a\tb", '"><b>', "$x$", "n" * 500])
def test_manifest_row_ids_are_safe(tmp_path: Path, raw: str) -> None:
    _write(tmp_path / "a.txt", PL)
    out = io.StringIO()
    csv.writer(out).writerows([["id", "path"], [raw, "a.txt"], [raw, "a.txt"]])
    (tmp_path / "manifest.csv").write_text(out.getvalue(), encoding="utf-8", errors="surrogateescape")
    docs = collect([str(tmp_path)])
    assert len(docs) == 2 and docs[0].doc_id != docs[1].doc_id
    for doc in docs:
        assert_safe(doc.doc_id)


# ----------------------------------------------------------------------------- manifests


def _manifest(folder: Path, rows: str) -> Path:
    _write(folder / "articles" / "a.txt", PL)
    _write(folder / "sources" / "s.en.txt", "Elon Musk bought GPUs.")
    return _write(folder / "manifest.csv", "id,path,presumed_source\n" + rows)


@pytest.mark.parametrize(
    ("row", "what"),
    [
        ("x,../secret.txt,", "path '../secret.txt'"),
        ("x,{secret},", "path '{secret}'"),
        ("x,articles/../../secret.txt,", "path 'articles/../../secret.txt'"),
        ("x,articles/a.txt,../secret.txt", "presumed source '../secret.txt'"),
        ("x,link.txt,", "path 'link.txt'"),
    ],
)
def test_manifest_paths_outside_the_folder_are_row_errors(tmp_path: Path, row: str, what: str) -> None:
    secret = _write(tmp_path / "secret.txt", "root:x:0:0:root:/root:/bin/bash")
    folder = tmp_path / "corpus"
    _manifest(folder, row.format(secret=secret) + "\n")
    if hasattr(os, "symlink"):
        os.symlink(secret, folder / "link.txt")
    (doc,) = read_manifest(folder / "manifest.csv")
    what = what.format(secret=secret)
    assert doc.error == f"manifest row x: {what} is outside the manifest's folder (allow with --allow-outside-paths)"
    assert doc.text == "" and doc.presumed_source is None
    (allowed,) = collect([str(folder)], allow_outside_paths=True)
    assert allowed.ok and allowed.text in (PL, secret.read_text())


def test_manifest_paths_inside_the_folder_still_read(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    _manifest(folder, "x,articles/a.txt,sources/s.en.txt\ny,./articles/../articles/a.txt,\n")
    docs = read_manifest(folder / "manifest.csv")
    assert [d.ok for d in docs] == [True, True]
    assert docs[0].presumed_source == str(folder / "sources" / "s.en.txt")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"name,file\nx,a.txt\n", "missing column(s) id, path"),
        (b"\x00\x01\x02\x03binary junk\x00\x00" * 20, "binary file"),
        (b"\xff\xfe\x00\xd8", "cannot decode"),
    ],
    ids=["missing-columns", "binary", "bad-encoding"],
)
def test_a_broken_manifest_found_in_a_walk_fails_alone(tmp_path: Path, content: bytes, message: str) -> None:
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "manifest.csv").write_bytes(content)
    _write(tmp_path / "good.txt", PL)
    docs = collect([str(tmp_path)])
    assert [d.doc_id for d in docs] == [str(tmp_path / "broken" / "manifest.csv"), "good"]
    broken, good = docs
    assert message in (broken.error or "") and good.ok
    with pytest.raises(InputError, match="manifest"):
        collect([], manifest=str(tmp_path / "broken" / "manifest.csv"))


def test_malformed_csv_midway_keeps_the_rows_before_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mt_audit import ingest

    folder = tmp_path / "corpus"
    _manifest(folder, "first,articles/a.txt,\nsecond,articles/a.txt,\n")
    real = ingest._csv_rows

    def breaks_after_one_row(text: str, delimiter: str = ",") -> tuple[list[str], object]:
        header, rows = real(text, delimiter)

        def broken() -> object:
            yield next(rows)
            raise csv.Error("field larger than field limit (131072)")

        return header, broken()

    monkeypatch.setattr(ingest, "_csv_rows", breaks_after_one_row)
    first, rest = collect([str(folder)])
    assert first.doc_id == "first" and first.ok
    assert rest.doc_id == "manifest:2" and "row 2: malformed CSV (field larger" in (rest.error or "")


def test_ragged_manifest_rows_become_row_errors(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    _manifest(folder, "x\ny,articles/a.txt,sources/s.en.txt,extra,more\n")
    x, y = read_manifest(folder / "manifest.csv")
    assert x.error == "manifest row x: empty path" and y.ok


# ----------------------------------------------------------------------------- cost caps


def test_combining_marks_are_capped_and_offsets_map_back() -> None:
    text = "Ba" + "\u0301" * 50 + "d wo\u0301rd"
    norm = normalize(text)
    assert norm.text == "B\u00e1" + "\u0301" * (MAX_MARKS - 1) + "d w\u00f3rd"  # and NFC composed
    assert norm.notes == [f"cut {50 - MAX_MARKS} combining mark(s) beyond {MAX_MARKS} per character (1 place(s))"]
    start, end = norm.to_original(0, MAX_MARKS + 2)
    assert text[start:end] == "Ba" + "\u0301" * 50 + "d"
    word = norm.text.index("w\u00f3")
    assert text[slice(*norm.to_original(word, word + 4))] == "wo\u0301rd"


def test_ordinary_marks_are_untouched() -> None:
    text = "Tiếng Việt, नमस्ते, שָׁלוֹם, Zürich"
    norm = normalize(text)
    assert norm.notes == [] and norm.text == unicodedata.normalize("NFC", text)


def test_trailing_space_runs_cost_linear_time() -> None:
    text = "a" + " " * 50_000 + "b\nc  \n"
    t = time.perf_counter()
    assert [m.span() for m in TRAILING.finditer(text)] == [(50_004, 50_006)]
    assert time.perf_counter() - t < 1.0


@pytest.mark.parametrize(
    "text",
    ["word " * 2000, "a" * 5000, "\u0915\u093f" * 3000, ("a" + "\u0301" * 8) * 700, "x " + "y" * 3000 + " z"],
    ids=["words", "letters", "devanagari", "marks", "one-long-word"],
)
def test_sentences_without_a_break_are_cut(text: str) -> None:
    text = text.strip()
    notes: list[str] = []
    sentences = segment(text, "en", notes=notes)
    assert len(sentences) > 1 and all(len(s.text) <= MAX_SENTENCE_CHARS for s in sentences)
    assert all(text[s.start : s.end] == s.text == s.text.strip() and s.text for s in sentences)
    assert "".join(s.text for s in sentences).replace(" ", "") == text.replace(" ", "")
    assert all(not "\u0300" <= text[s.start] <= "\u036f" and text[s.start] != "\u093f" for s in sentences)
    assert notes == [f"broke over-long sentences into {len(sentences)} pieces of at most "
                     f"{max(len(x.text) for x in sentences)} characters"]  # fmt: skip


def test_a_space_is_preferred_to_a_hard_cut() -> None:
    text = "word " * 300
    first = segment(text.strip())[0]
    assert first.text.endswith("word") and len(first.text) == 999


def test_superseding_findings_cost_no_pairwise_comparisons() -> None:
    from mt_audit.checks.base import Check

    def finding(category: str, start: int) -> Finding:
        return Finding("x", "pl", category, "minor", "d", start, start + 3, "abc", 0, "", "m")

    many = [finding("fluency/repetition", 4 * k) for k in range(20_000)]
    covered = [finding("accuracy/untranslated", 0), finding("source/boilerplate", 0)]

    class Fixed(Check):
        def __init__(self, found: list[Finding]) -> None:
            self.found = found

        def __call__(self, item: object) -> list[Finding]:
            return self.found

    t = time.perf_counter()
    out = run_checks(None, [Fixed(many + covered)])  # type: ignore[arg-type]
    assert time.perf_counter() - t < 2.0
    assert len(out) == 20_001 and not any(f.category == "accuracy/untranslated" for f in out)


# ----------------------------------------------------------------------------- precomputed back-translations


def _sentences(text: str) -> list[Sentence]:
    return segment(text, "pl")


@pytest.fixture
def bt_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "bt"
    _write(folder / "story.en.txt", "Story by stem.")
    _write(folder / "rows:2.en.txt", "Row two by id.")
    _write(folder / "rows.en.txt", "Shared by every row.")
    _write(folder / "x.en.txt", "X by id.")
    return folder


def test_precomputed_prefers_the_document_id(bt_folder: Path) -> None:
    engine = PrecomputedEngine(bt_folder)
    doc = Document("x", "/corpus/story.txt", text=PL)
    assert engine.back_translate(doc, _sentences(PL), "pl") == ["X by id."]


def test_precomputed_falls_back_to_a_unique_stem(bt_folder: Path) -> None:
    engine = PrecomputedEngine(bt_folder)
    doc = Document("000", "/corpus/story.txt", text=PL)
    engine.expect([doc, Document("001", "/corpus/other.txt")])
    assert engine.back_translate(doc, _sentences(PL), "pl") == ["Story by stem."]


@pytest.mark.parametrize("told", [True, False], ids=["expected", "lazy"])
def test_precomputed_refuses_a_stem_two_articles_share(bt_folder: Path, told: bool) -> None:
    engine = PrecomputedEngine(bt_folder)
    a, b = Document("story", "/a/story.txt", text=PL), Document("story#2", "/b/story.txt", text=PL)
    if told:
        engine.expect([a, b])
    assert engine.back_translate(a, _sentences(PL), "pl") == ["Story by stem."]  # its own id names the file
    with pytest.raises(AmbiguousBacktranslation, match="more than one article; name it story#2.en.txt"):
        engine.back_translate(b, _sentences(PL), "pl")


def test_precomputed_rows_of_one_file_never_share(bt_folder: Path) -> None:
    engine = PrecomputedEngine(bt_folder)
    two = Document("rows:2", "/corpus/rows.jsonl", fmt="jsonl", text=PL)
    three = Document("rows:3", "/corpus/rows.jsonl", fmt="jsonl", text=PL)
    assert engine.back_translate(two, _sentences(PL), "pl") == ["Row two by id."]
    with pytest.raises(AmbiguousBacktranslation, match="every row of rows.jsonl"):
        engine.back_translate(three, _sentences(PL), "pl")


@pytest.mark.parametrize("doc_id", ["../bt/x", "/etc/passwd", "x/../x"])
def test_precomputed_ids_never_leave_the_folder(bt_folder: Path, doc_id: str) -> None:
    engine = PrecomputedEngine(bt_folder / ".." / "bt")
    assert engine.file_for(Document(doc_id, "<mem>", fmt="text")) is None


@pytest.mark.skipif(sys.platform == "win32" or sys.getfilesystemencoding() != "utf-8", reason="POSIX byte names")
def test_precomputed_matches_a_latin1_file_name(tmp_path: Path) -> None:
    folder = tmp_path / "bt"
    folder.mkdir()
    (Path(os.fsdecode(os.fsencode(folder) + b"/caf\xe9.en.txt"))).write_text("Coffee.", encoding="utf-8")
    engine = PrecomputedEngine(folder)
    doc = from_text("caf\udce9", PL)
    assert engine.back_translate(doc, _sentences(PL), "pl") == ["Coffee."]


# ----------------------------------------------------------------------------- whole pipeline

SOURCE = "Elon Musk has bought roughly 10,000 GPUs for an AI project. Twitter did not answer."

HOSTILE_TEXTS = {
    "marks": "a" + "\u0301" * 25_000,
    "spread-marks": ("a" + "\u0301" * 49) * 500,
    "words-no-break": "word " * 40_000,
    "letters-no-break": "a" * 200_000,
    # distinct words, so that no piece repeats another and the embedder's cache cannot help
    "distinct-words-no-break": " ".join(f"w{k:x}" for k in range(40_000))[:200_000],
}


@pytest.mark.slow
@pytest.mark.parametrize("text", HOSTILE_TEXTS.values(), ids=HOSTILE_TEXTS.keys())
def test_hostile_documents_finish_the_whole_audit_quickly(embedder, text: str) -> None:
    import mt_audit

    mt_audit.audit(texts={"warm": PL}, source_texts={"s": SOURCE}, embedder=embedder)
    t = time.perf_counter()
    result = mt_audit.audit(texts={"x": text}, source_texts={"s": SOURCE}, embedder=embedder)
    assert time.perf_counter() - t < 10.0
    row = result.documents.set_index("doc_id").loc["x"]
    assert row["status"] == "ok"
    for f in result.findings.itertuples():
        assert text[f.start : f.end] == f.span


@pytest.mark.slow
def test_hostile_ids_survive_the_whole_audit(embedder, tmp_path: Path) -> None:
    import mt_audit

    texts = {raw: PL for raw in HOSTILE_IDS.values()}
    result = mt_audit.audit(texts=texts, source_texts={"s\udce9": SOURCE}, embedder=embedder, out=tmp_path / "out")
    ids = list(result.documents["doc_id"])
    assert len(ids) == len(set(ids)) == len(texts) + 1
    for doc_id in ids:
        assert_safe(doc_id)
    with open(tmp_path / "out" / "documents.csv", encoding="utf-8", newline="") as fh:
        assert len(list(csv.DictReader(fh))) == len(texts) + 1


DEMO = Path(__file__).resolve().parents[1] / "data" / "demo"


@pytest.mark.skipif(not (DEMO / "manifest.csv").exists(), reason="demo corpus not present")
def test_precomputed_demo_articles_each_get_their_own_file() -> None:
    docs = collect([str(DEMO)])
    engine = PrecomputedEngine(DEMO / "backtranslations")
    engine.expect(docs)
    files = [engine.file_for(d) for d in docs]
    assert [f.name for f in files if f] == [Path(d.path).stem + ".en.txt" for d in docs]
    for doc in docs:
        assert engine.back_translate(doc, segment(normalize(doc.text).text, doc.lang), doc.lang or "und")
    assert len(set(engine.used.values())) == len(docs) == 5


@pytest.mark.parametrize("length", [20_000, 200_000, 2_000_000])
def test_a_huge_run_without_a_break_costs_a_bounded_number_of_sentences(length: int) -> None:
    text = ("wordy " * (length // 6 + 1))[:length].strip()
    sentences = segment(text, "en")
    assert len(sentences) <= MAX_PIECES_PER_RUN
    assert "".join(s.text for s in sentences).replace(" ", "") == text.replace(" ", "")
