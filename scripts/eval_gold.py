"""The demo audit against the team's gold annotation (tests/data/demo_gold.tsv).

Prints recall over every gold occurrence, the required ones found, and the
findings in exhaustively annotated categories that the gold does not
explain (false alarms); `tests/test_gold.py` asserts the same with limits.

    python scripts/eval_gold.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import mt_audit  # noqa: E402
from tests.test_gold import EXHAUSTIVE, _hits, load_gold  # noqa: E402


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        audit = mt_audit.audit([str(ROOT / "data" / "demo")], out=tmp, progress=False)
    texts = {r.doc_id: Path(r.path).read_text(encoding="utf-8") for r in audit.articles.itertuples()}
    findings = audit.findings
    targets = found = req_targets = req_found = 0
    explained: set[int] = set()
    for g in load_gold():
        t, f, idx = _hits(g, texts, findings)
        targets, found = targets + t, found + f
        explained |= set(idx)
        if g.required:
            req_targets, req_found = req_targets + t, req_found + f
        if f < t:
            print(f"  missed: {g.doc} {g.category} {g.spans[0]!r} {f}/{t} ({g.note})")
    extra = findings[findings["category"].isin(EXHAUSTIVE) & ~findings.index.isin(explained)]
    for r in extra.itertuples():
        print(f"  false alarm: {r.doc_id} {r.category} {r.span!r}")
    print(f"gold: recall {found}/{targets} = {found / targets:.3f}; required {req_found}/{req_targets}; "
          f"false alarms {len(extra)}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
