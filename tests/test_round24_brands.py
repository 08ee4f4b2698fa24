"""Round 24 (issue 12): a brand translated word for word, kept, or dropped beside the noun of its kind.

Sentence pairs written for this test (none from data/planted). A translation that keeps the noun the source puts
beside a brand ("the charity", "the company") and leaves out the brand's words reads, to a sentence embedding, a
little like the brand translated word for word. Where the phrase the literal reading takes holds that noun and
nothing else (Persian "مؤسسه خیریه", the charity), the brand is still read as translated: a known limit, pinned as
a strict xfail. Telling the two apart by the words (does a word of the phrase translate a word of the brand before
its head?) was tried this round and not landed: the small embedder reads single words of many languages too
vaguely (see docs/BENCHMARKS.md, twenty-fourth round).
"""

from __future__ import annotations

import pytest
from support import messages

from mt_audit.checks.entities.names import entities

STUDY = "The study was paid for by the charity Yellow Finch Trust."
MILL = "The old mill was bought last year by the company Red Kite Farms."
#: A known limit, pinned: a brand dropped beside the noun of its kind reads as translated word for word.
KIND_KEPT = "the noun of the brand's kind, kept alone, is read as the brand translated"


@pytest.mark.parametrize(
    ("lang", "source", "article", "told"),
    [
        ("fa", STUDY, "هزینه این پژوهش را مؤسسه خیریه Yellow Finch Trust پرداخت کرده است.", None),
        ("fa", STUDY, "هزینه این پژوهش را مؤسسه خیریه فنچ زرد پرداخت کرده است.", "translated as ordinary words"),
        ("fa", STUDY, "هزینه این پژوهش را بنیاد فنچ زرد پرداخت کرده است.", "translated as ordinary words"),
        pytest.param(
            "fa", STUDY, "هزینه این پژوهش را مؤسسه خیریه پرداخت کرده است.", "the name was dropped",
            marks=pytest.mark.xfail(strict=True, reason=KIND_KEPT),
        ),
        ("ru", MILL, "Старую мельницу в прошлом году купила компания Red Kite Farms.", None),
        ("ru", MILL, "Старую мельницу в прошлом году купила компания «Фермы красного коршуна».",
         "translated as ordinary words"),
        ("ru", MILL, "Старую мельницу в прошлом году купила компания.", "the name was dropped"),
        ("de", MILL, "Die alte Mühle wurde im vergangenen Jahr von der Firma Rotmilan-Höfe gekauft.",
         "translated as ordinary words"),  # a compound translates two of the name's words read together
        ("de", MILL, "Die alte Mühle wurde im vergangenen Jahr von der Firma gekauft.", "the name was dropped"),
    ],
)  # fmt: skip
def test_a_brand_kept_translated_or_dropped(embedder, lang: str, source: str, article: str, told: str | None) -> None:
    said = messages(entities, article, lang, source, embed=embedder.encode)
    if told is None:
        assert said == []
    else:
        assert len(said) == 1 and told in said[0], said
