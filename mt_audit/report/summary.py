"""The few numbers a finished run ends with on stdout, as sacrebleu ends with its score line.

A script reads them with ``mt-audit run ... --format json`` instead of parsing
the CSV files; a person reads the text form at the end of the run.
"""

from __future__ import annotations

import json
from typing import Any

import pandas as pd

from mt_audit.report.tables import Audit
from mt_audit.taxonomy import is_translation

#: Document scores averaged over the translations, in this order, where the run computed them.
SCORES = ("bleu", "chrf", "ter", "comet", "comet_qe", "quality")
#: Scores against human references, averaged over the translations that have one.
REFERENCE_SCORES = ("ref_bleu", "ref_chrf", "ref_ter", "ref_comet")


def summary(audit: Audit) -> dict[str, Any]:
    """Articles, verdicts, mean scores of the translations, findings by category, and the run's signature."""
    articles = audit.articles
    ok = articles[articles["status"] == "ok"]
    translations = ok[ok["verdict"].map(is_translation).astype(bool)]
    with_ref = translations[pd.to_numeric(translations.get("ref_chrf", pd.Series(dtype=float))).notna()]
    findings = audit.tally["category"].value_counts()
    return {
        "articles": int(len(articles)),
        "articles_ok": int(len(ok)),
        "translations": int(len(translations)),
        "verdicts": {str(k): int(v) for k, v in sorted(ok["verdict"].value_counts().items())},
        "scores": _means(translations, SCORES),
        "with_reference": int(len(with_ref)),
        "reference_scores": _means(with_ref, REFERENCE_SCORES),
        "findings": int(len(audit.tally)),
        "findings_by_category": {str(k): int(findings[k]) for k in sorted(findings.index)},
        "signature": audit.run.get("signature", ""),
    }


def _means(frame: pd.DataFrame, columns: tuple[str, ...]) -> dict[str, float]:
    means = {col: pd.to_numeric(frame[col]).mean() for col in columns if col in frame}
    return {col: round(float(m), 4) for col, m in means.items() if pd.notna(m)}


def format_text(s: dict[str, Any]) -> str:
    """The summary as aligned lines."""
    lines = [
        f"articles      {s['articles_ok']}/{s['articles']} audited, {s['translations']} translations",
        *(f"verdict       {count:>5}  {verdict}" for verdict, count in s["verdicts"].items()),
        "scores        "
        + ("  ".join(f"{k} {v:g}" for k, v in s["scores"].items()) or "none (no back-translation)")
        + (f" (mean of {s['translations']} translations)" if s["scores"] else ""),
        *(
            [
                "reference     "
                + "  ".join(f"{k} {v:g}" for k, v in s["reference_scores"].items())
                + f" (mean of {s['with_reference']} translations with a human reference)"
            ]
            if s["reference_scores"]
            else []
        ),
        f"findings      {s['findings']}",
        *(f"              {count:>5}  {category}" for category, count in s["findings_by_category"].items()),
        f"signature     {s['signature']}",
    ]
    return "\n".join(lines)


def format_json(s: dict[str, Any]) -> str:
    return json.dumps(s, ensure_ascii=False, indent=1)
