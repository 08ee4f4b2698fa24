"""`mt-audit compare` and `mt_audit.compare`: sacrebleu's paired tests on parallel files, and audits side by side."""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SHARED

import mt_audit
from mt_audit.cli import main

SOURCE = """The bakery on the corner opens at six in the morning.
My sister bought a red bicycle last week.
The train to Hamburg was delayed by forty minutes.
We planted three apple trees in the garden.
The library closes early on Saturdays.
He forgot his umbrella at the office again.
The children built a snowman in front of the school.
Our neighbours are moving to a small village in the mountains.
The concert was cancelled because of the storm.
She reads the newspaper every morning with a cup of tea.
The old bridge will be repaired next summer.
I would like to learn to play the piano.
"""
REFERENCE = """Die Bäckerei an der Ecke öffnet um sechs Uhr morgens.
Meine Schwester hat letzte Woche ein rotes Fahrrad gekauft.
Der Zug nach Hamburg hatte vierzig Minuten Verspätung.
Wir haben im Garten drei Apfelbäume gepflanzt.
Die Bibliothek schließt samstags früh.
Er hat seinen Regenschirm schon wieder im Büro vergessen.
Die Kinder bauten vor der Schule einen Schneemann.
Unsere Nachbarn ziehen in ein kleines Dorf in den Bergen.
Das Konzert wurde wegen des Sturms abgesagt.
Sie liest jeden Morgen die Zeitung bei einer Tasse Tee.
Die alte Brücke wird nächsten Sommer repariert.
Ich möchte gerne Klavier spielen lernen.
"""
SYSTEMS = {
    "fluent.de": """Die Bäckerei an der Ecke öffnet morgens um sechs.
Meine Schwester kaufte letzte Woche ein rotes Fahrrad.
Der Zug nach Hamburg hatte vierzig Minuten Verspätung.
Wir pflanzten drei Apfelbäume im Garten.
Die Bibliothek schließt an Samstagen früh.
Er hat seinen Schirm wieder im Büro vergessen.
Die Kinder bauten einen Schneemann vor der Schule.
Unsere Nachbarn ziehen in ein kleines Dorf in den Bergen.
Das Konzert wurde wegen des Sturms abgesagt.
Sie liest jeden Morgen die Zeitung mit einer Tasse Tee.
Die alte Brücke wird im nächsten Sommer repariert.
Ich würde gerne lernen, Klavier zu spielen.
""",
    "close.de": """Die Bäckerei an der Ecke öffnet um sechs Uhr morgens.
Meine Schwester hat letzte Woche ein rotes Fahrrad gekauft.
Der Zug nach Hamburg war um vierzig Minuten verspätet.
Wir haben im Garten drei Apfelbäume gepflanzt.
Die Bibliothek schließt samstags früh.
Er vergaß seinen Regenschirm wieder im Büro.
Die Kinder bauten vor der Schule einen Schneemann.
Unsere Nachbarn ziehen in ein kleines Dorf in den Bergen.
Das Konzert wurde wegen dem Sturm abgesagt.
Sie liest jeden Morgen die Zeitung bei einer Tasse Tee.
Die alte Brücke wird nächsten Sommer repariert.
Ich möchte gerne Klavier spielen lernen.
""",
    "literal.de": """Die Bäckerei in der Ecke macht auf um sechs am Morgen.
Meine Schwester kaufte ein rot Fahrrad letzte Woche.
Der Zug zu Hamburg war verzögert durch vierzig Minuten.
Wir pflanzten drei Apfel Bäume in dem Garten.
Die Bibliothek schließt früh auf Samstage.
Er vergaß seinen umbrella bei dem Büro wieder.
Die Kinder bauten einen Schneemann vor die Schule.
Unsere Nachbarn bewegen zu einem kleinen Dorf in die Berge.
Das Konzert war abgesagt wegen des Sturm.
Sie liest die Zeitung jeden Morgen mit eine Tasse von Tee.
Die alte Brücke wird repariert nächsten Sommer.
Ich würde mögen zu lernen das Klavier spielen.
""",
}
PAIRED = {"bs": ["--paired-bs", "--paired-bs-n", "1000"], "ar": ["--paired-ar", "--paired-ar-n", "2000"]}


@pytest.fixture()
def files(tmp_path: Path) -> dict[str, str]:
    """The source, the reference and the three systems written as parallel files."""
    paths = {"src": tmp_path / "src.en", "ref": tmp_path / "ref.de"}
    paths["src"].write_text(SOURCE, encoding="utf-8")
    paths["ref"].write_text(REFERENCE, encoding="utf-8")
    for name, text in SYSTEMS.items():
        paths[name] = tmp_path / name
        paths[name].write_text(text, encoding="utf-8")
    return {k: str(v) for k, v in paths.items()}


def _systems(files: dict[str, str]) -> list[str]:
    return [files[name] for name in SYSTEMS]


#: sacrebleu's command line, run as it is, except that its JSON writer is taught NumPy scalars: with NumPy 2,
#: sacrebleu 2.6 keeps chrF's paired-test mean as np.float32 and its own ``-f json`` then raises TypeError.
SACREBLEU_CLI = (
    "import json, sys, numpy\n"
    "plain = json.JSONEncoder.default\n"
    "json.JSONEncoder.default = lambda self, o: o.item() if isinstance(o, numpy.generic) else plain(self, o)\n"
    "from sacrebleu.sacrebleu import main\n"
    "sys.argv[0] = 'sacrebleu'\n"
    "main()\n"
)


def sacrebleu_json(files: dict[str, str], flags: list[str], metrics: list[str]) -> dict[str, dict]:
    """sacrebleu's own command line on the same files: per system (baseline prefix removed), per metric."""
    cmd = [
        sys.executable,
        "-c",
        SACREBLEU_CLI,
        files["ref"],
        "-i",
        *_systems(files),
        "-m",
        *metrics,
        *flags,
        "-f",
        "json",
    ]
    env = {**os.environ, "NO_COLOR": "1"}
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, env=env).stdout
    return {row.pop("system").removeprefix("Baseline: "): row for row in json.loads(out)}


def ours(files: dict[str, str], flags: list[str], metrics: list[str], capsys, fmt: str = "json") -> str:
    argv = ["compare", "-s", files["src"], "-r", files["ref"], "-t", *_systems(files), "-m", *metrics, *flags]
    assert main([*argv, "-f", fmt]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("test", ["bs", "ar"])
def test_json_equals_sacrebleus_paired_test(files, capsys, test) -> None:
    expected = sacrebleu_json(files, PAIRED[test], ["bleu", "chrf"])
    got = json.loads(ours(files, PAIRED[test], ["bleu", "chrf"], capsys))
    assert got["test"] == test and got["baseline"] == files["fluent.de"]
    rows = {row["system"]: row for row in got["systems"]}
    assert set(rows) == set(expected)
    for name, metrics in expected.items():
        for metric, result in metrics.items():
            assert rows[name][metric] == result, (name, metric)
    assert rows[files["fluent.de"]]["BLEU"]["p_value"] is None


@pytest.mark.parametrize("test", ["bs", "ar"])
def test_text_prints_sacrebleus_p_values(files, capsys, test) -> None:
    expected = sacrebleu_json(files, PAIRED[test], ["bleu", "chrf"])
    text = ours(files, PAIRED[test], ["bleu", "chrf"], capsys, fmt="text")
    rows = [line for line in text.splitlines() if re.match(r"\s*\d+  ", line)]
    lines = {name: next(line for line in rows if name in line) for name in expected}
    for name, metrics in expected.items():
        printed = re.findall(r"\(p = ([0-9.]+)\)", lines[name])
        wanted = [f"{r['p_value']:.4f}" for r in metrics.values() if r["p_value"] is not None]
        assert printed == wanted, name
    assert "Metric signatures" in text and "seed:12345|" in text


def test_python_api_returns_the_same_numbers(files) -> None:
    expected = sacrebleu_json(files, PAIRED["bs"], ["bleu", "chrf", "ter"])
    result = mt_audit.compare(_systems(files), [files["ref"]], metrics=["bleu", "chrf", "ter"], test="bs")
    table = result.ranking.set_index("system")
    for name, metrics in expected.items():
        for metric, r in metrics.items():
            assert table.loc[name, metric] == r["score"]
            assert table.loc[name, f"{metric}_ci"] == r["ci"]
            if r["p_value"] is not None:
                assert table.loc[name, f"{metric}_p"] == r["p_value"]
    assert list(result.ranking["rank"]) == [1, 2, 3]
    assert list(result.ranking["BLEU"]) == sorted(result.ranking["BLEU"], reverse=True)
    assert result.ranking["system"].iloc[-1] == files["literal.de"]


def test_segments_in_memory_and_a_named_baseline() -> None:
    refs = [REFERENCE.splitlines()]
    named = {name.removesuffix(".de"): text.splitlines() for name, text in SYSTEMS.items()}
    result = mt_audit.compare(named, refs, metrics=["chrf"], test=None, baseline="close")
    assert result.systems == ["close", "fluent", "literal"] and result.baseline == "close"
    assert result.ranking["system"].tolist() == ["close", "fluent", "literal"]
    assert all(s.p_value is None for s in result.scores)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda f: Path(f["close.de"]).write_text("Nur eine Zeile.\n", encoding="utf-8"), "same number of lines"),
        (lambda f: None, "unknown metric"),
        (lambda f: Path(f["src"]).write_text("One line.\n", encoding="utf-8"), "same number of lines"),
    ],
)
def test_usage_errors_exit_1(files, capsys, change, message) -> None:
    change(files)
    metrics = ["meteor"] if message == "unknown metric" else ["chrf"]
    argv = ["compare", "-s", files["src"], "-r", files["ref"], "-t", *_systems(files), "-m", *metrics]
    assert main(argv) == 1
    assert message in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["-t", "ONE"], "at least two systems"),
        (["-t", "ONE", "TWO", "--baseline", "nobody"], "no system named nobody"),
        (["-t", "ONE", "TWO", "--names", "x"], "1 names for 2 systems"),
        ([], "give the systems"),
    ],
)
def test_argument_errors_exit_1(files, capsys, argv, message) -> None:
    argv = [files["fluent.de"] if a == "ONE" else files["close.de"] if a == "TWO" else a for a in argv]
    assert main(["compare", "-r", files["ref"], *argv]) == 1
    assert message in capsys.readouterr().err


def test_html_page_escapes_names_and_shows_the_p_values(files, tmp_path, capsys) -> None:
    page = tmp_path / "compare.html"
    argv = ["compare", "-r", files["ref"], "-t", *_systems(files), "--names", "<b>x</b>", "B&C", "lit", "-m", "chrf"]
    assert main([*argv, "--html", str(page)]) == 0
    out = capsys.readouterr().out
    html = page.read_text(encoding="utf-8")
    assert "<b>x</b>" not in html and "&lt;b&gt;x&lt;/b&gt;" in html and "B&amp;C" in html
    printed = re.findall(r"\(p = [0-9.]+\)\*?", out)
    assert len(printed) == 2
    for p_value in printed:
        assert p_value in html


SOURCE_TEXT = (
    "The harbour of Kiel received 240 ships in 2021. Captain Lena Vogt has guided visitors for 12 years. "
    "The lighthouse was painted white and red."
)
TRANSLATIONS = {
    "good": "Der Hafen von Kiel empfing 2021 240 Schiffe. Kapitänin Lena Vogt führt seit 12 Jahren Besucher. "
    "Der Leuchtturm wurde weiß und rot gestrichen.",
    "worse": "Der Hafen von Kiel empfing 2020 24 Schiffe. Captain Lena Vogt has guided visitors for many years. "
    "Der Leuchtturm wurde weiß und rot gestrichen.",
}


@pytest.fixture(scope="module")
def audits(tmp_path_factory, embedder) -> dict[str, Path]:
    """Two tiny audits of one source by two "systems" (no back-translation engine)."""
    folders = {}
    for name, text in TRANSLATIONS.items():
        folders[name] = tmp_path_factory.mktemp(name)
        mt_audit.audit(texts={"harbour": text}, source_texts={"src": SOURCE_TEXT}, out=folders[name],
                       engine="none", report=False, embedder=embedder)  # fmt: skip
    return folders


def test_audit_folders_give_per_category_differences(audits) -> None:
    from mt_audit.report import Audit

    result = mt_audit.compare([audits["good"], audits["worse"]], names=["good", "worse"])
    counts = {name: Audit.load(folder).findings["category"].value_counts() for name, folder in audits.items()}
    table = result.findings.set_index("category")
    assert table.loc["total", "Δ worse"] == counts["worse"].sum() - counts["good"].sum() > 0
    for category in set(counts["good"].index) | set(counts["worse"].index):
        assert table.loc[category, "Δ worse"] == counts["worse"].get(category, 0) - counts["good"].get(category, 0)
    assert table.loc["accuracy/number-mismatch", "Δ worse"] > 0
    assert result.ranking["system"].tolist() == ["good", "worse"]


def test_audit_folders_on_the_command_line(audits, capsys) -> None:
    folders = [str(audits["good"]), str(audits["worse"])]
    assert main(["compare", *folders, "--names", "good", "worse", "--baseline", "worse"]) == 0
    out = capsys.readouterr().out
    assert "Baseline: worse" in out and "Δ good" in out and "accuracy/number-mismatch" in out
    assert main(["compare", str(audits["good"]), str(audits["worse"]), "-f", "json"]) == 0
    body = json.loads(capsys.readouterr().out)
    assert body["baseline"] == audits["good"].name and body["findings"][-1]["category"] == "total"
    page = audits["good"].parent / "audits.html"
    assert main(["compare", str(audits["good"]), str(audits["worse"]), "--html", str(page)]) == 0
    assert "accuracy/number-mismatch" in page.read_text(encoding="utf-8")


def test_folder_that_is_no_audit_is_a_usage_error(tmp_path, capsys) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert main(["compare", str(tmp_path / "a"), str(tmp_path / "b")]) == 1
    assert "cannot read the audit" in capsys.readouterr().err


def test_import_stays_light_with_compare() -> None:
    heavy = "('numpy', 'pandas', 'sacrebleu')"
    code = f"import sys, mt_audit; mt_audit.compare; print(sorted(m for m in {heavy} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


MQM = SHARED / "benchmarks" / "wmt-mqm-ted" / "mqm_ted_ende.dev.tsv"


def mqm_parallel(folder: Path) -> tuple[Path, Path, list[Path]]:
    """The MQM development split as parallel files: source, the human reference (system ``ref``) and one
    file per MT system, segments in talk and segment order, the raters' ``<v>`` markers removed."""
    segments: dict[str, dict[tuple[str, int], str]] = {}
    source: dict[tuple[str, int], str] = {}
    with MQM.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            key = (row["doc"], int(row["seg_id"]))
            segments.setdefault(row["system"], {}).setdefault(key, re.sub(r"</?v>", "", row["target"]))
            source.setdefault(key, re.sub(r"</?v>", "", row["source"]))
    keys = sorted(source)

    def write(name: str, lines: dict[tuple[str, int], str]) -> Path:
        path = folder / name
        path.write_text("".join(lines[k].replace("\n", " ") + "\n" for k in keys), encoding="utf-8")
        return path

    systems = [write(f"{name}.de", lines) for name, lines in sorted(segments.items()) if name != "ref"]
    return write("src.en", source), write("ref.de", segments["ref"]), systems


@pytest.mark.slow
@pytest.mark.skipif(not MQM.is_file(), reason="the shared MQM development split is not here")
def test_mqm_split_ranking_with_paired_bootstrap(tmp_path, capsys) -> None:
    src, ref, systems = mqm_parallel(tmp_path)
    assert len(systems) == 13
    argv = ["compare", "-s", str(src), "-r", str(ref), "-t", *map(str, systems), "--names"]
    argv += [p.stem for p in systems] + ["-m", "bleu", "chrf", "--paired-bs", "-f", "json"]
    assert main(argv) == 0
    body = json.loads(capsys.readouterr().out)
    assert [s["rank"] for s in body["systems"]] == list(range(1, 14))
    assert sum(s["BLEU"]["p_value"] is not None for s in body["systems"]) == 12
