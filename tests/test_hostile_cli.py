"""Hostile inputs through the real command line, end to end (issue 11, acceptance item 1).

Each case builds a corpus of hostile file names, ids, languages, texts or manifests and runs
``python -m mt_audit run`` on it once (the runs are shared by the tests below). Whatever the input, every run
must exit with a documented code, never print a traceback, list every input document in documents.csv with a
status, write CSV cells no spreadsheet runs as formulas, and write a report.html whose DOM holds only what the
template writes. Files a manifest names outside its folder must never reach the outputs.
"""

from __future__ import annotations

import csv
import json
import os
import random
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from test_report_hostile import BENIGN, assert_only_what_the_template_writes, hostile_audit, shape, supply

from mt_audit.cli import EXIT_CODES, EXIT_NOTHING, EXIT_OK, EXIT_SOME_FAILED
from mt_audit.report import Audit
from mt_audit.report.html import render

pytestmark = pytest.mark.slow

DEMO = Path(__file__).resolve().parents[1] / "data" / "demo"
DEMO_SOURCE = DEMO / "sources" / "musk-twitter-gpus.en.txt"
#: Seconds one CLI run may take (model loading is ~5-10 s; two shared cores).
TIMEOUT = 300
#: What a spreadsheet would run as a formula at the start of a cell.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
#: What /etc/passwd holds and no output may: a manifest row naming it must not get it read.
PASSWD_MARK = "root:"
OUTPUTS = ("report.html", "texts.jsonl", "alignment.jsonl", "documents.csv", "findings.csv")


def paragraphs() -> list[str]:
    """Real article paragraphs (Arabic, Turkish, Indonesian, Polish) from the demo: distinct, auditable."""
    files = sorted((DEMO / "articles").glob("*.txt"))
    return [p for f in files for p in f.read_text("utf-8").splitlines() if len(p) >= 120]


def snippet(k: int) -> str:
    """The k-th distinct short article (two paragraphs), so no two hostile documents share a text."""
    ps = paragraphs()
    return ps[(2 * k) % len(ps)] + "\n" + ps[(2 * k + 1) % len(ps)] + "\n"


def hostile_source(folder: Path) -> Path:
    """The demo's English source with markup, an RTL override and template syntax in it, under a hostile name."""
    folder.mkdir(parents=True, exist_ok=True)
    text = DEMO_SOURCE.read_text("utf-8")
    head, _, rest = text.partition("\n")
    body = f'{head} <script>alert(1)</script>\n\u202e{{{{7*7}}}} $x$ "><img src=x onerror=alert(1)>\n{rest}'
    path = folder / '=HYPERLINK("x") "><svg onload=alert(1)>.en.txt'
    path.write_text(body, encoding="utf-8")
    return path


def write_bytes_name(folder: Path, name: bytes, data: bytes) -> None:
    """A file whose name is raw bytes (undecodable as UTF-8: a surrogate escape once Python lists it)."""
    fd = os.open(os.path.join(os.fsencode(folder), name), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)


@dataclass
class Built:
    """A corpus on disk: the CLI arguments before ``--out``, and what documents.csv must then hold."""

    args: list[str]
    #: Input documents (sources included): documents.csv must have exactly this many rows.
    n_documents: int
    #: doc_id -> the status it must have.
    statuses: dict[str, str] = field(default_factory=dict)
    #: doc_id -> text its error must contain.
    errors: dict[str, str] = field(default_factory=dict)


# --- the corpora --------------------------------------------------------------------------------------------


def build_benign(root: Path) -> Built:
    """Harmless articles in a manifest folder, one of them outside it and allowed: the baseline whose report
    gives the DOM allow-list, and proof that --allow-outside-paths does read a file outside."""
    folder, outside = root / "bench", root / "elsewhere"
    for sub in (folder / "articles", folder / "sources", outside):
        sub.mkdir(parents=True)
    (folder / "sources" / "src.en.txt").write_text(DEMO_SOURCE.read_text("utf-8"), encoding="utf-8")
    rows = ["id,path,presumed_source"]
    articles = sorted((DEMO / "articles").glob("*.txt"))
    for k, art in enumerate(articles[:3]):
        (folder / "articles" / art.name).write_text(art.read_text("utf-8"), encoding="utf-8")
        rows.append(f"a{k},articles/{art.name},sources/src.en.txt")
    (outside / "far.txt").write_text(articles[3].read_text("utf-8"), encoding="utf-8")
    rows.append("far,../elsewhere/far.txt,sources/src.en.txt")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    statuses = {"a0": "ok", "a1": "ok", "a2": "ok", "far": "ok", "src.en": "ok"}
    return Built([str(folder), "--allow-outside-paths"], 5, statuses)


#: File names a folder may hold: markup, template and math syntax, spreadsheet formulas, whitespace, controls.
HOSTILE_NAMES = [
    '"><img src=x onerror=alert(1)>.txt',
    "'><svg onload=alert(1)>.txt",
    "<!--.txt",
    "$x$.txt",
    "$\\frac{1}{0}$.txt",
    "{{7*7}}{% raw %}.txt",
    "javascript:alert(1).txt",
    "with space.txt",
    "new\nline.txt",
    "tab\there.txt",
    "carriage\rreturn.txt",
    "ctrl\x01\x1b[31m.txt",
    "\u202eexe.txt",
    "a" * 250 + ".txt",
    "=1+1.txt",
    "+cmd.txt",
    "-2+3.txt",
    "@SUM(A1).txt",
    "=cmd|' -C calc'!A0.html",
]


def build_names(root: Path) -> Built:
    """One folder of normal articles under hostile file names (one with a Latin-1 byte), a hostile source."""
    folder = root / "names"
    folder.mkdir()
    for k, name in enumerate(HOSTILE_NAMES):
        text = snippet(k)
        if name.endswith(".html"):
            text = f"<html><body><article><p>{text}</p></article></body></html>"
        (folder / name).write_text(text, encoding="utf-8")
    write_bytes_name(folder, b"caf\xe9.txt", snippet(len(HOSTILE_NAMES)).encode("utf-8"))
    source = hostile_source(root / "src")
    statuses = dict.fromkeys(
        ["=1+1", "+cmd", "-2+3", "@SUM(A1)", '"><img src=x onerror=alert(1)>', "{{7*7}}{% raw %}"], "ok"
    )
    statuses["caf\\xe9"] = "ok"  # the undecodable byte, escaped as ingest.safe_text documents
    return Built([str(folder), "--source", str(source)], len(HOSTILE_NAMES) + 2, statuses)


#: JSONL lines as raw JSON text (so lone surrogates can be written as escapes), each a hostile id or language.
def jsonl_lines() -> list[str]:
    def line(doc_id: str | None, k: int, lang: str | None = None, raw_id: str | None = None) -> str:
        rec: dict[str, str] = {"text": snippet(k)}
        if lang is not None:
            rec["lang"] = lang
        text = json.dumps(rec, ensure_ascii=True)
        if raw_id is not None:
            return '{"id": "' + raw_id + '", ' + text[1:]
        if doc_id is not None:
            return json.dumps({"id": doc_id}, ensure_ascii=True)[:-1] + ", " + text[1:]
        return text

    return [
        line(None, 0, raw_id="x\\udc80"),  # a lone surrogate, as a JSON escape
        line(None, 1, raw_id="\\ud800\\udfff\\udbff"),  # reversed and lone halves
        line("", 2),  # empty: a default id
        line("   ", 3),
        line("dup", 4),
        line("dup", 5),
        line("<script>alert(1)</script>", 6),
        line("</script><script>alert(1)</script>", 7),
        line('=HYPERLINK("http://evil","x")', 8),
        line("+1+1", 9),
        line("-2+3", 10),
        line("@SUM(A1)", 11),
        line("{{7*7}}", 12, lang="<b>"),
        line("long-lang", 13, lang="x" * 1000),
        line("attr-lang", 14, lang='ar" onmouseover="alert(1)'),
        line("\u202eRTL\u200f", 15, lang="\u202ear"),
        line("nul\x00id\x1b[2J", 16, lang="pl\x00"),
        line("x" * 5000, 17),
        line("$x$ \\frac", 18, lang="=1+1"),
        line(None, 19),  # no id at all
        '{"id": "surrogate-text", "text": "Elon Musk \\udc80 kupi\\u0142 \\ud800 tysi\\u0105ce GPU dla Twittera. '
        'Projekt jest na wczesnym etapie."}',
        '{"id": "no-text"}',
        '{"id": "text-not-string", "text": ["a"]}',
        "{broken json",
        "[1, 2, 3]",
    ]


def build_ids(root: Path) -> Built:
    """A JSONL and a CSV of hostile ids and languages (duplicates across both), against the demo source."""
    folder = root / "ids"
    folder.mkdir()
    lines = jsonl_lines()
    (folder / "rows.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    csv_rows = [
        ["dup", snippet(20), ""],
        ["=cmd|' /C calc'!A0", snippet(21), "tr"],
        ["new\nline\r\nid", snippet(22), ""],
        ["@x", snippet(23), "@x"],
        ["'=already quoted", snippet(24), ""],
        ["<img src=x onerror=alert(1)>", snippet(25), ""],
        ["empty-text", "", ""],
    ]
    with open(folder / "rows.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "text", "lang"])
        writer.writerows(csv_rows)
    n = len(lines) + len(csv_rows) + 1
    statuses = {"dup": "ok", "dup#2": "ok", "dup#3": "ok", "no-text": "error", "empty-text": "error"}
    # formula-like ids come back from Audit.load exactly as given (the CSV escape is undone)
    formulas = ['=HYPERLINK("http://evil","x")', "+1+1", "-2+3", "@SUM(A1)", "=cmd|' /C calc'!A0", "'=already quoted"]
    statuses |= dict.fromkeys([*formulas, "<script>alert(1)</script>", "<img src=x onerror=alert(1)>"], "ok")
    return Built([str(folder), "--source", str(DEMO_SOURCE)], n, statuses)


def build_texts(root: Path) -> Built:
    """Hostile texts: markup and scripts in the article, NULs, controls, RTL overrides, separators, nothing
    but punctuation, binary junk, empty files; against a hostile English source."""
    folder = root / "texts"
    folder.mkdir()
    t = snippet(0)
    cut = t.index(" ", len(t) // 2)
    files: dict[str, str | bytes] = {
        "page.html": "<html><head><script>alert(1)</script><style>p{}</style></head><body>"
        '<img src=x onerror=alert(1)><article><p onclick="alert(1)">' + snippet(1) + "</p>"
        "<p><a href=\"javascript:alert(1)\">link</a> <iframe srcdoc='<script>alert(1)</script>'></iframe></p>"
        "</article></body></html>",
        "markup.txt": t[:cut] + ' <script>alert(1)</script> "><img src=x onerror=alert(1)> </textarea><!-- ' + t[cut:],
        "nul.txt": "\x00".join(snippet(2)[i : i + 40] for i in range(0, len(snippet(2)), 40)),
        "controls.txt": snippet(3).replace(" ", " \x01\x1b[31m\x7f\x85\x0b\x0c ", 8),
        "rtl.txt": snippet(4).replace(" ", " \u202e\u2066\u200f\u202a ", 10),
        "separators.txt": snippet(5).replace(" ", "\u2028", 5).replace(" ", "\r", 5).replace(" ", "\u2029", 5),
        "template.txt": "{{7*7}} {% raw %} $x$ $\\frac{1}{0}$ " + snippet(6),
        "punctuation.txt": "!!! ... ??? --- *** ;;; «» — …\n",
        "digits.txt": "123 456. 789, 10.\n",
        "empty.txt": "",
        "blank.txt": " \n\t\n  \r\n",
        "junk.bin": random.Random(11).randbytes(4096),
        "zeros.dat": b"\x00" * 2048,
    }
    for name, data in files.items():
        (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    source = hostile_source(root / "src")
    statuses = {"page": "ok", "markup": "ok", "rtl": "ok", "template": "ok", "separators": "ok"}
    statuses |= {name: "error" for name in ("punctuation", "digits", "empty", "blank", "zeros")}
    return Built([str(folder), "--source", str(source)], len(files) + 1, statuses)


def build_huge(root: Path) -> Built:
    """The two texts whose cost must stay bounded: 25,000 combining marks, 200,000 characters without a
    sentence break; a normal article beside them must still be audited."""
    folder = root / "huge"
    folder.mkdir()
    (folder / "marks.txt").write_text("a" + "\u0301" * 25_000, encoding="utf-8")
    (folder / "nobreak.txt").write_text("word " * 40_000, encoding="utf-8")
    (folder / "normal.txt").write_text(snippet(7), encoding="utf-8")
    return Built([str(folder), "--source", str(DEMO_SOURCE)], 4, {"normal": "ok"})


def build_manifests(root: Path) -> Built:
    """Manifests in a walked folder: one naming files outside its folder (relative, absolute, through a
    symlink, as presumed source), one ragged, one binary junk, one without its columns, one empty; next to a
    loose article. Only the bad rows and manifests may fail, never the run."""
    top = root / "manifests"
    good = top / "outside"
    for sub in (good / "articles", good / "sources"):
        sub.mkdir(parents=True)
    (good / "sources" / "src.en.txt").write_text(DEMO_SOURCE.read_text("utf-8"), encoding="utf-8")
    for k, name in enumerate("abcde"):
        (good / "articles" / f"{name}.txt").write_text(snippet(30 + k), encoding="utf-8")
    (good / "articles" / "link.txt").symlink_to("/etc/passwd")
    deep = "../" * (len(good.resolve().parts) + 2) + "etc/passwd"
    rows = [
        ["id", "path", "presumed_source", "lang"],
        ["ok1", "articles/a.txt", "sources/src.en.txt", ""],
        ["etc-rel", "../../etc/passwd", "", ""],
        ["etc-deep", deep, "", ""],
        ["etc-abs", "/etc/passwd", "", ""],
        ["etc-link", "articles/link.txt", "", ""],
        ["src-out", "articles/b.txt", "/etc/passwd", ""],
        ["src-deep", "articles/c.txt", deep, ""],
        ["dotdot-in", "articles/../articles/d.txt", "sources/src.en.txt", ""],
        ['"><img src=x onerror=alert(1)>', "articles/e.txt", "", "<b>"],
        ["=cmd|' /C calc'!A0", "", "", ""],
        ["ghost", "articles/ghost.txt", "", ""],
        ["folder", "articles", "", ""],
    ]
    with open(good / "manifest.csv", "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    ragged = top / "ragged"
    ragged.mkdir()
    (ragged / "r1.txt").write_text(snippet(40), encoding="utf-8")
    (ragged / "r3.txt").write_text(snippet(41), encoding="utf-8")
    (ragged / "manifest.csv").write_text("id,path\nr1,r1.txt,extra,more\nr2\n\nr3,r3.txt\nr4,\n", encoding="utf-8")
    for name, data in {
        "junk": random.Random(5).randbytes(3000),
        "nocols": b"name,file\nx,a.txt\n",
        "empty": b"",
    }.items():
        (top / name).mkdir()
        (top / name / "manifest.csv").write_bytes(data)
        (top / name / "a.txt").write_text(snippet(50), encoding="utf-8")  # not read: the folder is its manifest
    (top / "loose.txt").write_text(snippet(42), encoding="utf-8")
    n = (len(rows) - 1) + 4 + 3 + 1 + 1  # rows of the good manifest, ragged rows, one per bad manifest, loose, source
    statuses = {"ok1": "ok", "dotdot-in": "ok", "r1": "ok", "r3": "ok", "loose": "ok", "src.en": "ok"}
    statuses |= {k: "error" for k in ("etc-rel", "etc-deep", "etc-abs", "etc-link", "src-out", "src-deep")}
    statuses |= {"ghost": "error", "folder": "error", "r2": "error", "r4": "error", "=cmd|' /C calc'!A0": "error"}
    errors = {k: "outside" for k in ("etc-rel", "etc-deep", "etc-abs", "etc-link", "src-out", "src-deep")}
    return Built([str(top)], n, statuses, errors)


def build_nothing(root: Path) -> Built:
    """Nothing auditable, under hostile names: the run still writes its tables and exits 2."""
    folder = root / "nothing"
    folder.mkdir()
    (folder / "=cmd|' -C calc'!A0.txt").write_text("", encoding="utf-8")
    (folder / '"><img src=x onerror=alert(1)>.txt').write_text("!!! ??? ...", encoding="utf-8")
    (folder / "zeros.bin").write_bytes(b"\x00" * 1000)
    return Built([str(folder)], 3, {"zeros": "error"})


@dataclass(frozen=True)
class Case:
    name: str
    build: Callable[[Path], Built]
    exit_codes: frozenset[int]
    #: Non-empty: a timeout is an expected failure for this reason, not an error.
    may_time_out: str = ""


CASES = [
    Case("benign", build_benign, frozenset({EXIT_OK})),
    Case("names", build_names, frozenset({EXIT_OK})),
    Case("ids", build_ids, frozenset({EXIT_SOME_FAILED})),
    Case("texts", build_texts, frozenset({EXIT_SOME_FAILED})),
    Case(
        "huge",
        build_huge,
        frozenset({EXIT_OK, EXIT_SOME_FAILED}),
        may_time_out="25,000 combining marks / 200,000 characters without a break are not yet bounded",
    ),
    Case("manifests", build_manifests, frozenset({EXIT_SOME_FAILED})),
    Case("nothing", build_nothing, frozenset({EXIT_NOTHING})),
]
BY_NAME = {c.name: c for c in CASES}


# --- running ------------------------------------------------------------------------------------------------


@dataclass
class Run:
    case: Case
    built: Built
    out: Path
    proc: subprocess.CompletedProcess[str]
    #: documents.csv and findings.csv as the first run wrote them.
    tables: dict[str, bytes]


def run_cli(args: list[str], out: Path, timeout: int = TIMEOUT) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "mt_audit", "run", *args, "--out", str(out)]
    return subprocess.run(cmd, capture_output=True, text=True, errors="replace", timeout=timeout)


def tables(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in ("documents.csv", "findings.csv") if (out / name).is_file()}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Run]:
    """Each case's corpus built and run once, on first use; a timeout is recorded, not retried."""
    done: dict[str, Run | str] = {}

    def get(name: str) -> Run:
        if name not in done:
            case = BY_NAME[name]
            root = tmp_path_factory.mktemp(f"hostile-{name}")
            (root / "in").mkdir()
            built = case.build(root / "in")
            try:
                proc = run_cli(built.args, root / "out")
                done[name] = Run(case, built, root / "out", proc, tables(root / "out"))
            except subprocess.TimeoutExpired:
                done[name] = f"mt-audit run timed out after {TIMEOUT} s on case {name!r}"
        got = done[name]
        if isinstance(got, str):
            reason = BY_NAME[name].may_time_out
            if reason:
                pytest.xfail(f"{reason}: {got}")
            pytest.fail(got)
        return got

    return get


@pytest.fixture(scope="module")
def allowed(runs: Callable[[str], Run]) -> set[tuple[str, str]]:
    """(tag, attribute) pairs the template writes: a benign CLI run's report and the benign renderings of
    test_report_hostile (which reach branches a real run may not, and the other way round)."""
    page = (runs("benign").out / "report.html").read_text("utf-8")
    benign = hostile_audit(supply(BENIGN))
    return shape(page) | shape(render(benign, charts=True)) | shape(render(benign, charts=False))


NAMES = [c.name for c in CASES]


# --- what every run must satisfy ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_exits_with_the_documented_code_expected(runs: Callable[[str], Run], name: str) -> None:
    run = runs(name)
    assert run.proc.returncode in EXIT_CODES, run.proc.stderr[-3000:]
    assert run.proc.returncode in run.case.exit_codes, run.proc.stderr[-3000:]


@pytest.mark.parametrize("name", NAMES)
def test_no_traceback(runs: Callable[[str], Run], name: str) -> None:
    stderr = runs(name).proc.stderr
    assert "Traceback" not in stderr, stderr[-3000:]
    assert "internal error" not in stderr, stderr[-3000:]


@pytest.mark.parametrize("name", NAMES)
def test_no_document_fails_with_an_internal_error(runs: Callable[[str], Run], name: str) -> None:
    """An ``internal error`` is an exception the pipeline caught: hostile input should be refused with a reason."""
    docs = Audit.load(runs(name).out).documents
    internal = docs[docs["error"].fillna("").str.contains("internal error")]
    assert internal.empty, internal[["doc_id", "error"]].to_dict("records")


@pytest.mark.parametrize("name", NAMES)
def test_every_document_has_one_row_with_a_status(runs: Callable[[str], Run], name: str) -> None:
    """As many rows as input documents (sources included), ids unique, each ``ok`` or ``error``."""
    run = runs(name)
    docs = Audit.load(run.out).documents
    assert len(docs) == run.built.n_documents, sorted(map(repr, docs["doc_id"]))
    assert docs["doc_id"].is_unique
    assert set(docs["status"]) <= {"ok", "error"}, docs["status"].value_counts().to_dict()
    failed = docs[docs["status"] == "error"]
    assert failed["error"].notna().all() and (failed["error"].str.strip() != "").all()
    with open(run.out / "documents.csv", encoding="utf-8", newline="") as fh:
        assert sum(1 for _ in csv.reader(fh)) == run.built.n_documents + 1  # a newline in a cell splits no row


@pytest.mark.parametrize("name", NAMES)
def test_known_documents_have_the_status_they_must(runs: Callable[[str], Run], name: str) -> None:
    """Documents whose fate is clear: a good article next to hostile ones is ``ok``, a file outside its
    manifest's folder, an empty one or one without letters is ``error`` with the reason."""
    run = runs(name)
    docs = Audit.load(run.out).documents.set_index("doc_id")
    got = {k: docs["status"].get(k) for k in run.built.statuses}
    assert got == run.built.statuses
    for doc_id, words in run.built.errors.items():
        assert words in str(docs.at[doc_id, "error"]), (doc_id, docs.at[doc_id, "error"])


@pytest.mark.parametrize("name", NAMES)
def test_no_csv_cell_starts_like_a_formula(runs: Callable[[str], Run], name: str) -> None:
    """Read with the csv module as a spreadsheet would: only a plain number may start with ``-`` or ``+``."""
    out = runs(name).out
    bad = []
    for table in ("documents.csv", "findings.csv", "taxonomy.csv"):
        with open(out / table, encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh):
                bad += [(table, c) for c in row if c.startswith(FORMULA_STARTS) and not PLAIN_NUMBER.fullmatch(c)]
    assert not bad, bad[:10]


@pytest.mark.parametrize("name", NAMES)
def test_report_holds_only_what_the_template_writes(
    runs: Callable[[str], Run], allowed: set[tuple[str, str]], name: str
) -> None:
    """html5lib's DOM of report.html: allow-listed tags and attributes, one script, no handler, no outside link."""
    path = runs(name).out / "report.html"
    assert path.is_file()
    data = path.read_bytes()
    page = data.decode("utf-8")
    assert_only_what_the_template_writes(page, allowed)


@pytest.mark.parametrize("name", NAMES)
def test_files_outside_a_manifest_folder_never_reach_the_outputs(runs: Callable[[str], Run], name: str) -> None:
    out = runs(name).out
    leaked = [f for f in OUTPUTS if (out / f).is_file() and PASSWD_MARK in (out / f).read_text("utf-8", "replace")]
    assert not leaked


@pytest.mark.filterwarnings("ignore:Glyph:UserWarning", "ignore:constrained_layout:UserWarning")
@pytest.mark.parametrize("name", NAMES)
def test_report_renders_again_byte_for_byte(runs: Callable[[str], Run], name: str, tmp_path: Path) -> None:
    """``mt-audit report`` rebuilds report.html from the saved files alone: hostile values survive the round trip
    through the CSV escape and JSONL."""
    out = runs(name).out
    again = Audit.load(out).report(tmp_path)
    assert again.read_bytes() == (out / "report.html").read_bytes()


# --- single properties --------------------------------------------------------------------------------------


def test_allowed_outside_paths_are_read(runs: Callable[[str], Run]) -> None:
    """With --allow-outside-paths the file outside the manifest's folder is audited like any other."""
    out = runs("benign").out
    texts = [json.loads(line) for line in (out / "texts.jsonl").read_text("utf-8").splitlines()]
    far = next(t for t in texts if t["doc_id"] == "far")
    assert far["text"] == sorted((DEMO / "articles").glob("*.txt"))[3].read_text("utf-8")


def test_the_same_hostile_run_twice_gives_identical_tables(runs: Callable[[str], Run]) -> None:
    """Rerun the hostile-id corpus into the same --out: documents.csv and findings.csv byte for byte."""
    first = runs("ids")
    proc = run_cli(first.built.args, first.out)
    assert proc.returncode == first.proc.returncode, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr
    again = tables(first.out)
    assert again.keys() == first.tables.keys() == {"documents.csv", "findings.csv"}
    for name, data in first.tables.items():
        assert again[name] == data, name
