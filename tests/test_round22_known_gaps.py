"""Round 22 (issue 12): a company name dropped from a sentence, told in a cased script and, not yet, in Chinese.

On the held-out sets' tune halves (docs/BENCHMARKS.md, "Twenty-second round") word omission is weakest in scripts
without capitals (Chinese 0.48): the entity check says "dropped" only where it could have recognised the name had it
been there, and in Han writing it hears nothing. Round 23 tells a brand dropped in Han writing where an embedding
reads the article's meaning and finds no rendering of it (tests/test_round23_caseless_drops.py); here, with no
embedder and one sentence, nothing reads it, so the Chinese row stays a strict xfail: the day it passes the table
must be updated. Sentences are written for this test (none from data/planted)."""

from __future__ import annotations

import pytest
from support import messages

from mt_audit.checks.entities.names import entities

SOURCE = "The line was built by the engineering firm Silver Bridge Works in two years."
GAP = "in Han writing, with no embedding of the article's meaning, a dropped brand fails every gate of 'dropped'"


@pytest.mark.parametrize(
    ("article", "lang", "dropped"),
    [
        ("Линию за два года построила инженерная компания Silver Bridge Works.", "ru", False),
        ("Линию за два года построила инженерная компания.", "ru", True),
        ("Die Linie baute die Ingenieurfirma Silver Bridge Works in zwei Jahren.", "de", False),
        ("Die Linie baute die Ingenieurfirma in zwei Jahren.", "de", True),
        ("这条线路由工程公司Silver Bridge Works用两年时间建成。", "zh", False),
        pytest.param(
            "这条线路由工程公司用两年时间建成。", "zh", True, marks=pytest.mark.xfail(strict=True, reason=GAP)
        ),
    ],
)
def test_a_dropped_company_name(article: str, lang: str, dropped: bool) -> None:
    said = messages(entities, article, lang, SOURCE)
    assert any("Silver Bridge Works" in m for m in said) is dropped
