"""Progress: bars on a terminal or in Jupyter, lines in a log, nothing when quiet."""

from __future__ import annotations

import pytest

import mt_audit
from mt_audit import progress
from mt_audit.progress import Bars, Lines, Progress, reporter


@pytest.mark.parametrize(
    ("given", "kind"),
    [(None, Progress), (False, Progress), (True, Bars), (print, Lines), (Bars(), Bars), (Lines(print), Lines)],
)
def test_reporter(given: object, kind: type) -> None:
    assert type(reporter(given)) is kind


def test_silent_says_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    quiet = reporter(None)
    quiet.say("hello")
    with quiet.bar("work", 3) as bar:
        bar.update(3, note="a step")
    assert capsys.readouterr() == ("", "")


def test_lines_write_notes_and_the_last_state(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    monkeypatch.setattr(progress, "LINE_EVERY", 1e9)  # no timed lines: only notes and the end
    with Lines(seen.append).bar("articles", 3) as bar:
        bar.update(note="[1/3] a: ok")
        bar.update()
        bar.update()
    assert seen[0] == "[1/3] a: ok" and seen[-1].startswith("articles: 3/3 (")
    assert len(seen) == 2


def test_bars_draw_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    with Bars().bar("articles", 2) as bar:
        bar.update(2, note="not shown under a bar")
    Bars().say("a message")
    err = capsys.readouterr().err
    assert "articles" in err and "2/2" in err and "a message" in err and "not shown" not in err


def test_an_audit_reports_each_article(embedder) -> None:
    seen: list[str] = []
    mt_audit.audit(texts={"a": "Der Zug kam pünktlich an. Alle stiegen aus."}, embedder=embedder,
                   report=False, engine="none", progress=seen.append)  # fmt: skip
    assert any(line.startswith("[1/1] a: de, 2 sentences") for line in seen)
