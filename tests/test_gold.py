"""The team's gold annotation of the demo: every named artefact found, correct names left alone."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

GOLD = Path(__file__).parent / "data" / "demo_gold.tsv"
#: Categories annotated exhaustively: any other finding of these is a false alarm.
EXHAUSTIVE = (
    "accuracy/untranslated", "accuracy/spinner-substitution", "accuracy/entity-corrupted", "accuracy/entity-literal",
    "accuracy/entity-mismatch", "accuracy/number-mismatch", "source/boilerplate", "fluency/repetition",
    "fluency/inconsistency", "source/mismatch",
)  # fmt: skip
#: Correct names, never untranslated or corrupted (issue 3's acceptance list, plus the demo's other names).
CORRECT_NAMES = ("Twitter", "OpenAI", "GPU", "LLM", "Business Insider", "ChatGPT", "GPT-4", "Elon Musk", "Atlanta")
NAME_CATEGORIES = (
    "accuracy/untranslated", "accuracy/spinner-substitution", "accuracy/entity-corrupted", "accuracy/entity-literal",
    "accuracy/entity-mismatch",
)  # fmt: skip
MAX_FALSE_ALARMS = 1
#: Every artefact of the gold annotation is found (issue 12), the two earlier misses included.
MIN_RECALL = 1.0


@dataclass(frozen=True)
class Gold:
    doc: str
    category: str
    spans: tuple[str, ...]
    which: str
    required: bool
    note: str


def load_gold() -> list[Gold]:
    rows = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        doc, category, span, which, required, note = line.split("\t")
        rows.append(Gold(doc, category, tuple(span.split(" | ")), which, required == "yes", note))
    return rows


def occurrences(text: str, span: str) -> list[tuple[int, int]]:
    out, pos = [], text.find(span)
    while pos >= 0:
        out.append((pos, pos + len(span)))
        pos = text.find(span, pos + 1)
    return out


@pytest.fixture(scope="module")
def gold_run(demo_audit):
    audit, _ = demo_audit
    texts = {r.doc_id: Path(r.path).read_text(encoding="utf-8") for r in audit.articles.itertuples()}
    findings = audit.findings
    return load_gold(), texts, findings


def _hits(g: Gold, texts: dict[str, str], findings) -> tuple[int, int, list[int]]:
    """(targets, found, indices of the findings that matched)."""
    f = findings[(findings["doc_id"] == g.doc) & (findings["category"] == g.category)]
    if g.category == "accuracy/omission":
        hit = f[f["source_span"].fillna("").str.startswith(g.spans[0])]
        return 1, int(len(hit) > 0), list(hit.index)
    places = [o for s in g.spans for o in occurrences(texts[g.doc], s)]
    assert places, f"gold span not in the text: {g}"
    if g.which not in ("all", "any"):
        places = [places[int(g.which) - 1]]
    matched: list[int] = []
    found = 0
    for start, end in places:
        ok = [i for i, r in f.iterrows() if r["start"] < end and start < r["end"] or r["start"] == r["end"] == start]
        found += bool(ok)
        matched += ok
    if g.which == "any":
        return 1, int(found > 0), matched
    return len(places), found, matched


def test_every_required_artefact_is_found(gold_run) -> None:
    gold, texts, findings = gold_run
    missing = []
    for g in gold:
        targets, found, _ = _hits(g, texts, findings)
        if g.required and found < targets:
            missing.append(f"{g.doc} {g.category} {g.spans[0]!r}: {found}/{targets} ({g.note})")
    assert not missing, "\n".join(missing)


def test_recall_over_all_gold_artefacts(gold_run) -> None:
    gold, texts, findings = gold_run
    targets = found = 0
    for g in gold:
        t, f, _ = _hits(g, texts, findings)
        targets, found = targets + t, found + f
    assert found / targets >= MIN_RECALL, f"recall {found}/{targets}"


def test_few_false_alarms_in_exhaustively_annotated_categories(gold_run) -> None:
    gold, texts, findings = gold_run
    explained = {i for g in gold for i in _hits(g, texts, findings)[2]}
    extra = findings[findings["category"].isin(EXHAUSTIVE) & ~findings.index.isin(explained)]
    described = [f"{r.doc_id} {r.category} {r.span!r}" for r in extra.itertuples()]
    assert len(extra) <= MAX_FALSE_ALARMS, "\n".join(described)


def test_correct_names_are_never_flagged(gold_run) -> None:
    _, texts, findings = gold_run
    bad = []
    for r in findings[findings["category"].isin(NAME_CATEGORIES)].itertuples():
        for name in CORRECT_NAMES:
            for start, end in occurrences(texts[r.doc_id], name):
                if r.start <= start and end <= r.end and r.span.strip() == name:
                    bad.append(f"{r.doc_id} {r.category} {r.span!r}")
    assert not bad, bad
