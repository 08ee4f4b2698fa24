"""The coverage matrix says where the embedding model reads a language (``mt-audit checks --langs --embedder``)."""

from __future__ import annotations

import pytest

from mt_audit.checks import CHECKS
from mt_audit.checks.base import CANNOT_RUN, WORKS
from mt_audit.checks.coverage import BLIND_REASON, EMBEDDING_CHECKS, as_read_by
from mt_audit.languages import in_script, written_sample


@pytest.mark.parametrize("lang", ["de", "ko", "ja", "zh", "sr", "am", "ar", "dv", "chr", "th"])
def test_the_sample_is_written_in_the_language_s_own_script(lang: str) -> None:
    words = [w for w in written_sample(lang).replace(",", " ").split() if any(c.isalpha() for c in w)]
    assert len(words) >= 2
    assert all(in_script(w, lang) for w in words)


@pytest.mark.parametrize(
    ("sees", "lang", "level"),
    [
        (lambda lang: lang != "dv", "dv", CANNOT_RUN),
        (lambda lang: lang != "dv", "de", WORKS),
        (lambda lang: True, "dv", WORKS),
    ],
)
def test_embedding_checks_cannot_run_where_the_model_is_blind(sees, lang: str, level: str) -> None:
    checks = as_read_by(list(CHECKS.values()), sees)
    for c in checks:
        if c.name in EMBEDDING_CHECKS:
            assert c.covers(lang).level == level
            assert (c.covers(lang).reason == BLIND_REASON) is (level == CANNOT_RUN)


def test_checks_that_need_no_model_keep_their_statements() -> None:
    blind = as_read_by(list(CHECKS.values()), lambda lang: False)
    for before, after in zip(CHECKS.values(), blind, strict=True):
        if before.name not in EMBEDDING_CHECKS:
            assert after.covers("dv") == before.covers("dv")


@pytest.mark.parametrize(
    ("lang", "sees"),
    [
        ("de", True),
        ("ko", True),
        ("am", True),
        ("km", True),
        ("ti", True),
        ("dv", False),
        ("chr", False),
        ("bo", False),  # Tibetan: shifting every letter moves the vector by 1-4%: noise, not reading
        ("dz", False),
    ],
)
def test_the_bundled_model_on_each_language_s_cldr_names(embedder, lang: str, sees: bool) -> None:
    assert embedder.sees_letters(written_sample(lang)) is sees


def test_the_cli_matrix_with_the_model(capsys) -> None:
    from mt_audit.cli import main

    assert main(["checks", "--langs", "de,dv", "--embedder", "--format", "csv"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert any(r.startswith("omission,dv,cannot-run,") for r in rows)
    assert any(r.startswith("omission,de,works,") for r in rows)


def test_the_probe_script_reads_every_planted_set_and_cldr() -> None:
    from scripts_loader import load_script

    from mt_audit.embed import SEE_CHARS, dominant_script

    probe = load_script("probe_letters")
    texts = list(probe.planted_texts("ko"))
    assert len(texts) > probe.OPENINGS  # several sets, up to six openings each
    assert all(0 < len(t) <= SEE_CHARS and dominant_script(t) == "HANGUL" for t in texts)
    assert "dz" in probe.planted_langs() and "en" not in probe.planted_langs()
    assert [dominant_script(t) for t in probe.cldr_texts("dz")] == ["TIBETAN"]
