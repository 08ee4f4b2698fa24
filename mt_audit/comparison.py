"""Several MT systems of one source, side by side: scores with paired significance tests, and findings.

Two kinds of input, as MT groups have them:

* **parallel files** (one segment per line): each system's output and the
  human reference(s). BLEU, chrF, chrF++ and TER are sacrebleu's metric
  objects, and the significance tests are sacrebleu's own
  :class:`sacrebleu.significance.PairedTest` (paired bootstrap resampling or
  approximate randomization against the first system, the baseline), so
  every score, mean, interval and p-value is the one
  ``sacrebleu REF -i SYS1 SYS2 ... --paired-bs`` prints for the same seed
  (``SACREBLEU_SEED``, 12345 by default) and number of resamples;
* **audit folders** written by ``mt-audit run``: per-category finding counts of
  each system, their differences from the baseline's, and the mean of the
  document-level scores.

Both give a :class:`Comparison`: typed records plus pandas tables (a ranking,
and the findings differences for audits). Nothing here prints:
:func:`format_text`, :func:`format_json` and :func:`format_html` render a comparison.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mt_audit import score_files as sf

if TYPE_CHECKING:
    import pandas as pd

    from mt_audit.report import Audit

#: Paired tests sacrebleu offers, by its own short names.
TESTS = {"bs": "paired bootstrap resampling", "ar": "paired approximate randomization"}
#: sacrebleu's default number of resamples (bs) or trials (ar).
DEFAULT_SAMPLES = {"bs": 1000, "ar": 10000}
#: Metrics of parallel files (sacrebleu computes them all).
METRICS = sf.LEXICAL
#: sacrebleu metric names for which a lower score is better.
LOWER_IS_BETTER = frozenset({"TER"})
#: Document-level columns of an audit averaged per system, with whether higher is better.
AUDIT_SCORES = {
    "quality": True, "mqm_per_100_words": False, "comet": True, "comet_qe": True, "bleu": True, "chrf": True,
    "ter": False, "ref_comet": True, "ref_bleu": True, "ref_chrf": True, "ref_ter": False, "source_score": True,
}  # fmt: skip
#: The significance threshold sacrebleu marks with ``*``.
ALPHA = 0.05


@dataclass(frozen=True)
class SystemScore:
    """One system's corpus score for one metric; ``p_value`` against the baseline (None for the baseline),
    ``mean`` and ``ci`` sacrebleu's bootstrap estimate of the true mean and its 95% half-width."""

    system: str
    metric: str
    score: float
    p_value: float | None = None
    mean: float | None = None
    ci: float | None = None

    def cell(self, width: int = 1) -> str:
        """sacrebleu's table cell: ``score (mean ± ci) (p = 0.0010)*``."""
        text = f"{self.score:.{width}f}"
        if self.mean is not None and self.ci is not None:
            text += f" ({self.mean:.{width}f} ± {self.ci:.{width}f})"
        if self.p_value is not None:
            text += f" (p = {self.p_value:.4f})" + ("*" if self.p_value <= ALPHA else "")
        return text


@dataclass
class Comparison:
    """The systems compared (baseline first), their scores, sacrebleu's signatures and the tables.

    ``ranking`` has one row per system, best first by the first metric;
    ``findings`` (audit folders only) one row per finding category with each
    system's count and its difference from the baseline's.
    """

    systems: list[str]
    metrics: list[str]
    scores: list[SystemScore]
    ranking: pd.DataFrame
    signatures: dict[str, str] = field(default_factory=dict)
    test: str | None = None
    n_samples: int = 0
    seed: str = ""
    findings: pd.DataFrame | None = None

    @property
    def baseline(self) -> str:
        return self.systems[0]

    def score(self, system: str, metric: str) -> SystemScore:
        return next(s for s in self.scores if s.system == system and s.metric == metric)

    def _repr_html_(self) -> str:
        parts = [self.ranking.to_html(index=False)]
        if self.findings is not None:
            parts.append(self.findings.to_html(index=False))
        return "\n".join(parts)


def compare(
    systems: Sequence[str | os.PathLike[str]] | Mapping[str, Sequence[str]],
    references: Sequence[str | os.PathLike[str]] | Sequence[Sequence[str]] = (),
    *,
    names: Sequence[str] | None = None,
    metrics: Sequence[str] = ("bleu", "chrf", "ter"),
    test: str | None = "bs",
    n_samples: int = 0,
    baseline: str | None = None,
    lang: str = "",
    tokenize: str | None = None,
) -> Comparison:
    """Compare systems: parallel files (or ``{name: segments}``) against ``references``, or, without
    references, the output folders of ``mt-audit run``.

    ``test`` is ``"bs"`` (paired bootstrap), ``"ar"`` (approximate randomization)
    or None (scores only); ``n_samples`` 0 takes sacrebleu's default (1000 / 10000).
    The baseline is the first system unless ``baseline`` names another.
    """
    if isinstance(systems, Mapping):
        named = {str(k): list(v) for k, v in systems.items()}
    elif not references and all(Path(p).is_dir() for p in systems):
        return compare_audits(systems, names=names, baseline=baseline)
    else:
        paths = [os.fspath(p) for p in systems]
        named = dict(zip(system_names(paths, names), (sf.read_file(p) for p in paths)))
        if len(named) < len(paths):
            raise sf.ScoreInputError("two systems have the same name: give distinct --names")
    refs = [sf.read_file(os.fspath(r)) if isinstance(r, (str, os.PathLike)) else list(r) for r in references]
    return compare_systems(
        named, refs, metrics=metrics, test=test, n_samples=n_samples, baseline=baseline, lang=lang, tokenize=tokenize
    )


def system_names(paths: Sequence[str], names: Sequence[str] | None = None) -> list[str]:
    """The given names, else each file's path as sacrebleu names its ``-i`` inputs."""
    if names is None:
        return list(paths)
    if len(names) != len(paths):
        raise sf.ScoreInputError(f"{len(names)} names for {len(paths)} systems")
    return list(names)


def _ordered(named: Mapping[str, Sequence[str]], baseline: str | None) -> list[tuple[str, list[str]]]:
    """(name, segments) with the baseline first (sacrebleu's baseline is its first system)."""
    items = [(k, list(v)) for k, v in named.items()]
    if baseline is None:
        return items
    if baseline not in named:
        raise sf.ScoreInputError(f"no system named {baseline} (systems: {', '.join(named)})")
    return [(baseline, list(named[baseline]))] + [kv for kv in items if kv[0] != baseline]


def _check_systems(named: Mapping[str, Sequence[str]], refs: Sequence[Sequence[str]], metrics: Sequence[str]) -> None:
    if len(named) < 2:
        raise sf.ScoreInputError("compare needs at least two systems")
    if not refs:
        raise sf.ScoreInputError("give the reference(s) with -r: the systems are scored against them")
    unknown = [m for m in metrics if m not in METRICS]
    if unknown or not metrics:
        raise sf.ScoreInputError(f"unknown metric {', '.join(unknown)} (valid: {', '.join(METRICS)})")
    sf.check_counts({**{f"-t {k}": v for k, v in named.items()}, **{f"-r #{i + 1}": r for i, r in enumerate(refs)}})
    if not next(iter(named.values())):
        raise sf.ScoreInputError("the system outputs are empty")


def compare_systems(
    named: Mapping[str, Sequence[str]],
    references: Sequence[Sequence[str]],
    *,
    metrics: Sequence[str] = ("bleu", "chrf", "ter"),
    test: str | None = "bs",
    n_samples: int = 0,
    baseline: str | None = None,
    lang: str = "",
    tokenize: str | None = None,
) -> Comparison:
    """sacrebleu's multi-system evaluation of line-aligned outputs: its scores, and with ``test`` its
    paired test of every system against the baseline (:class:`sacrebleu.significance.PairedTest`)."""
    if test is not None and test not in TESTS:
        raise sf.ScoreInputError(f"unknown test {test} (valid: {', '.join(TESTS)})")
    _check_systems(named, references, metrics)
    sf.check_tokenizer(tokenize)
    ordered = _ordered(named, baseline)
    refs = [list(r) for r in references]
    objects = {m: sf.lexical_metric(m, lang, tokenize if m == "bleu" else None) for m in dict.fromkeys(metrics)}
    if test is None:
        scores, signatures = _plain_scores(ordered, refs, objects)
        n, seed = 0, ""
    else:
        scores, signatures, n, seed = _paired_scores(ordered, refs, objects, test, n_samples)
    names = [name for name, _ in ordered]
    metric_names = list(signatures)
    return Comparison(
        names, metric_names, scores, ranking_table(names, metric_names, scores), signatures, test, n, seed
    )


def _plain_scores(
    ordered: list[tuple[str, list[str]]], refs: list[list[str]], objects: Mapping[str, Any]
) -> tuple[list[SystemScore], dict[str, str]]:
    """Each system's corpus score per metric, as sacrebleu prints them without a paired test."""
    scores: list[SystemScore] = []
    signatures: dict[str, str] = {}
    for name, hyps in ordered:
        for metric in objects.values():
            score = metric.corpus_score(hyps, refs)
            signatures[score.name] = metric.get_signature().format()
            scores.append(SystemScore(name, score.name, float(score.score)))
    return scores, signatures


def _paired_scores(
    ordered: list[tuple[str, list[str]]], refs: list[list[str]], objects: Mapping[str, Any], test: str, n: int
) -> tuple[list[SystemScore], dict[str, str], int, str]:
    """sacrebleu's PairedTest run as its command line runs it (one worker): scores, signatures, n, seed."""
    from sacrebleu.significance import PairedTest

    paired = PairedTest(ordered, dict(objects), references=refs, test_type=test, n_samples=n)
    sigs, table = paired()
    scores = [
        SystemScore(name, metric, float(r.score), _num(r.p_value), _num(r.mean), _num(r.ci))
        for metric, results in table.items()
        if metric != "System"
        for name, r in zip(table["System"], results)
    ]
    seed = os.environ.get("SACREBLEU_SEED", "12345").lower()
    return scores, {k: v.format() for k, v in sigs.items()}, paired.n_samples, seed


def _num(value: Any) -> float | None:
    return None if value is None else float(value)


def ranking_table(systems: Sequence[str], metrics: Sequence[str], scores: Sequence[SystemScore]) -> pd.DataFrame:
    """One row per system, best first by the first metric (lower first for TER): score, mean, ci, p per metric."""
    import pandas as pd

    by_key = {(s.system, s.metric): s for s in scores}
    rows = []
    for name in systems:
        row: dict[str, Any] = {"system": name, "baseline": name == systems[0]}
        for m in metrics:
            s = by_key[(name, m)]
            row.update({m: s.score, f"{m}_mean": s.mean, f"{m}_ci": s.ci, f"{m}_p": s.p_value})
        rows.append(row)
    table = pd.DataFrame(rows)
    table = table.sort_values(metrics[0], ascending=metrics[0] in LOWER_IS_BETTER, kind="stable")
    table.insert(0, "rank", range(1, len(table) + 1))
    return table.dropna(axis=1, how="all").reset_index(drop=True)


def compare_audits(
    folders: Sequence[str | os.PathLike[str]], *, names: Sequence[str] | None = None, baseline: str | None = None
) -> Comparison:
    """Audits of several systems (``mt-audit run`` folders): finding counts per category and their
    differences from the baseline's, and the mean document-level scores, best first."""
    from mt_audit.report import Audit

    paths = [os.fspath(f) for f in folders]
    labels = system_names(paths, names) if names is not None else _folder_names(paths)
    audits: dict[str, Audit] = {}
    for label, path in zip(labels, paths):
        try:
            audits[label] = Audit.load(path)
        except (OSError, ValueError) as exc:
            raise sf.ScoreInputError(f"cannot read the audit in {path}: {exc}") from None
    if len(audits) < 2:
        raise sf.ScoreInputError("compare needs at least two audit folders with distinct names")
    ordered = dict(_ordered({k: [k] for k in audits}, baseline))
    audits = {k: audits[k] for k in ordered}
    ranking = audit_ranking(audits)
    metrics = [c for c in ranking.columns if c in AUDIT_SCORES or c == "findings_per_1000_words"]
    scores = [
        SystemScore(str(r["system"]), m, float(r[m])) for _, r in ranking.iterrows() for m in metrics if _known(r[m])
    ]
    return Comparison(list(audits), metrics, scores, ranking, findings=findings_table(audits))


def _folder_names(paths: Sequence[str]) -> list[str]:
    """Each folder's own name, or its whole path when two folders share a name."""
    short = [Path(p).resolve().name or p for p in paths]
    return short if len(set(short)) == len(short) else list(paths)


def _known(value: Any) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value))


def _articles(audit: Audit) -> pd.DataFrame:
    docs = audit.articles
    return docs[docs["status"] == "ok"] if "status" in docs else docs


def audit_ranking(audits: Mapping[str, Audit]) -> pd.DataFrame:
    """Per system: articles, words, findings (and per 1,000 words), the mean of each document score
    the audits hold; best first by mean quality when known, else by fewest findings per 1,000 words."""
    import pandas as pd

    rows = []
    for i, (name, audit) in enumerate(audits.items()):
        docs = _articles(audit)
        words = int(pd.to_numeric(docs["n_words"], errors="coerce").fillna(0).sum())
        n = len(audit.findings[audit.findings["doc_id"].isin(docs["doc_id"])])
        per_1000 = 1000 * n / words if words else math.nan
        row: dict[str, Any] = {"system": name, "baseline": i == 0, "articles": len(docs), "words": words,
                               "findings": n, "findings_per_1000_words": per_1000}  # fmt: skip
        for col in AUDIT_SCORES:
            values = pd.to_numeric(docs[col], errors="coerce") if col in docs else pd.Series(dtype=float)
            row[col] = float(values.mean()) if values.notna().any() else math.nan
        rows.append(row)
    table = pd.DataFrame(rows).dropna(axis=1, how="all")
    key, higher = ("quality", True) if "quality" in table else ("findings_per_1000_words", False)
    table = table.sort_values(key, ascending=not higher, kind="stable", na_position="last")
    table.insert(0, "rank", range(1, len(table) + 1))
    return table.reset_index(drop=True)


def findings_table(audits: Mapping[str, Audit]) -> pd.DataFrame:
    """One row per finding category (and ``total``): each system's count, then ``Δ name`` = its count
    less the baseline's (the first system), categories by their largest difference first."""
    import pandas as pd

    counts = {}
    for name, audit in audits.items():
        docs = _articles(audit)
        found = audit.findings[audit.findings["doc_id"].isin(docs["doc_id"])]
        counts[name] = found["category"].astype(str).value_counts()
    table = pd.DataFrame(counts).fillna(0).astype(int)
    names = list(audits)
    base = names[0]
    for name in names[1:]:
        table[f"Δ {name}"] = table[name] - table[base]
    largest = table[[f"Δ {n}" for n in names[1:]]].abs().max(axis=1)
    table = table.loc[largest.sort_values(ascending=False, kind="stable").index]
    total = table.sum(axis=0).to_frame().T.set_axis(["total"])
    return pd.concat([table, total]).rename_axis("category").reset_index()


def format_text(comparison: Comparison, width: int = sf.WIDTH) -> str:
    """A ranking table in sacrebleu's cell format, the test's legend, the findings table and signatures."""
    lines: list[str] = []
    if comparison.test:
        lines.append(
            f"{TESTS[comparison.test]} with {comparison.n_samples} "
            f"{'resamples' if comparison.test == 'bs' else 'trials'} (seed {comparison.seed}); "
            f"each system against the baseline {comparison.baseline}"
        )
    if comparison.findings is None:
        lines.extend(_ranking_lines(comparison, width))
    else:
        table = comparison.ranking.assign(system=[_label(comparison, n) for n in comparison.ranking["system"]])
        lines.extend(
            table.drop(columns="baseline").to_string(index=False, float_format=f"{{:.{width}f}}".format).splitlines()
        )
    if comparison.test:
        lines.append(
            f"p <= {ALPHA} (*): the difference from the baseline is unlikely to be chance; it says the systems "
            "differ, not which is better"
        )
    if comparison.findings is not None:
        lines.append("")
        lines.append("findings per category (Δ: the system's count less the baseline's)")
        lines.extend(comparison.findings.to_string(index=False).splitlines())
    if comparison.signatures:
        lines.append("")
        lines.append("Metric signatures")
        lines.extend(f" - {name:<10} {sig}" for name, sig in comparison.signatures.items())
    return "".join(line.rstrip() + "\n" for line in lines)


def _ranking_lines(comparison: Comparison, width: int) -> list[str]:
    """The ranking as aligned columns: rank, system (the baseline marked), one cell per metric."""
    header = ["rank", "system"]
    bootstrapped = any(s.mean is not None for s in comparison.scores)
    header += [f"{m} (μ ± 95% CI)" if bootstrapped else m for m in comparison.metrics]
    rows = [header]
    for _, r in comparison.ranking.iterrows():
        name = str(r["system"])
        label = _label(comparison, name)
        cells = [_cell(comparison, name, m, width) for m in comparison.metrics]
        rows.append([str(r["rank"]), label, *cells])
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    return [
        "  ".join(c.rjust(w) if i == 0 else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths))) for row in rows
    ]


def _label(comparison: Comparison, name: str) -> str:
    """The system's name, the baseline's prefixed as sacrebleu prefixes it."""
    return f"Baseline: {name}" if name == comparison.baseline else name


def _cell(comparison: Comparison, system: str, metric: str, width: int) -> str:
    found = [s for s in comparison.scores if s.system == system and s.metric == metric]
    return found[0].cell(width) if found else "-"


def format_json(comparison: Comparison) -> str:
    """The comparison as JSON: the test, its samples and seed, the signatures, and per system (best
    first) its rank and, per metric, sacrebleu's result fields (score, p_value, mean, ci); for audits,
    the ranking's rows and the findings table's rows."""
    systems = []
    for _, r in comparison.ranking.iterrows():
        name = str(r["system"])
        entry: dict[str, Any] = {"rank": int(r["rank"]), "system": name, "baseline": name == comparison.baseline}
        for s in comparison.scores:
            if s.system == name:
                entry[s.metric] = {"score": s.score, "p_value": s.p_value, "mean": s.mean, "ci": s.ci}
        systems.append(entry)
    body: dict[str, Any] = {
        "test": comparison.test, "n_samples": comparison.n_samples, "seed": comparison.seed,
        "baseline": comparison.baseline, "signatures": comparison.signatures, "systems": systems,
    }  # fmt: skip
    if comparison.findings is not None:
        body["systems"] = _records(comparison.ranking)
        body["findings"] = _records(comparison.findings)
    return json.dumps(body, indent=1, ensure_ascii=False, default=_plain) + "\n"


def _records(table: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as dicts, a missing value as None (JSON has no NaN)."""
    return table.astype(object).where(table.notna(), None).to_dict(orient="records")


def _plain(value: Any) -> Any:
    """numpy scalars in a table become plain numbers in JSON."""
    return value.item() if hasattr(value, "item") else str(value)


#: The comparison page: the ranking and, for audits, the findings differences. Autoescaped: system
#: names and categories are anyone's text.
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>mt-audit compare: {{ baseline }} and {{ others }} more</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border-bottom: 1px solid #ddd; padding: .3em .7em; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.baseline { background: #fff7d6; }
.sig { font-weight: 600; }
.plus { color: #a61b1b; } .minus { color: #1b6e2d; }
code { font-size: 12px; }
</style></head>
<body>
<h1>Systems compared</h1>
{% if test %}<p>{{ test }} with {{ n_samples }} {{ unit }} (seed {{ seed }}); each system against the baseline
<bdi>{{ baseline }}</bdi>. A p-value ≤ {{ alpha }} (marked *) says the difference is unlikely to be chance, not which
system is better.</p>{% endif %}
<table>
<thead><tr>{% for h in header %}<th>{{ h }}</th>{% endfor %}</tr></thead>
<tbody>{% for row in rows %}
<tr{% if row.baseline %} class="baseline"{% endif %}>
{% for c in row.cells %}<td class="{{ c.cls }}"><bdi>{{ c.text }}</bdi></td>{% endfor %}</tr>{% endfor %}
</tbody></table>
{% if findings %}<h2>Findings per category</h2>
<p>Δ: the system's count less the baseline's.</p>
<table>
<thead><tr>{% for h in findings.header %}<th>{{ h }}</th>{% endfor %}</tr></thead>
<tbody>{% for row in findings.rows %}
<tr>{% for c in row %}<td class="{{ c.cls }}"><bdi>{{ c.text }}</bdi></td>{% endfor %}</tr>{% endfor %}
</tbody></table>{% endif %}
{% if signatures %}<h2>Metric signatures</h2>
<ul>{% for name, sig in signatures.items() %}<li>{{ name }} <code>{{ sig }}</code></li>{% endfor %}</ul>{% endif %}
</body></html>
"""


def format_html(comparison: Comparison, width: int = sf.WIDTH) -> str:
    """A self-contained HTML page of the comparison (Jinja2 with autoescaping)."""
    import jinja2

    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    return env.from_string(PAGE).render(
        baseline=comparison.baseline, others=len(comparison.systems) - 1, alpha=ALPHA,
        test=TESTS.get(comparison.test or "", ""), n_samples=comparison.n_samples, seed=comparison.seed,
        unit="resamples" if comparison.test == "bs" else "trials", signatures=comparison.signatures,
        **_html_ranking(comparison, width), findings=_html_findings(comparison),
    )  # fmt: skip


def _html_ranking(comparison: Comparison, width: int) -> dict[str, Any]:
    """Header and rows of the ranking: sacrebleu's cells for parallel files, the table's values for audits."""
    table = comparison.ranking.drop(columns="baseline")
    if comparison.findings is None:
        header = ["rank", "system", *comparison.metrics]
        rows = [
            {"baseline": r["system"] == comparison.baseline,
             "cells": [_html_cell(r["rank"]), _html_cell(r["system"]),
                       *(_metric_cell(comparison, str(r["system"]), m, width) for m in comparison.metrics)]}
            for _, r in table.iterrows()
        ]  # fmt: skip
        return {"header": header, "rows": rows}
    rows = [
        {"baseline": r["system"] == comparison.baseline, "cells": [_html_cell(v, width) for v in r.tolist()]}
        for _, r in table.iterrows()
    ]
    return {"header": list(table.columns), "rows": rows}


def _metric_cell(comparison: Comparison, system: str, metric: str, width: int) -> dict[str, str]:
    found = [s for s in comparison.scores if s.system == system and s.metric == metric]
    if not found:
        return {"text": "-", "cls": "num"}
    s = found[0]
    significant = s.p_value is not None and s.p_value <= ALPHA
    return {"text": s.cell(width), "cls": "num sig" if significant else "num"}


def _html_cell(value: Any, width: int = 0, delta: bool = False) -> dict[str, str]:
    """A table cell: text as it is; a number right-aligned (an integer whole, a float to ``width``
    decimals); a difference coloured by its sign."""
    if isinstance(value, str):
        return {"text": value, "cls": ""}
    if not _known(value):
        return {"text": "-", "cls": "num"}
    whole = isinstance(value, int) or (hasattr(value, "dtype") and value.dtype.kind in "iu")
    text = str(int(value)) if whole else f"{float(value):.{width}f}"
    sign = ("plus" if value > 0 else "minus" if value < 0 else "") if delta else ""
    return {"text": text, "cls": f"num {sign}".strip()}


def _html_findings(comparison: Comparison) -> dict[str, Any] | None:
    if comparison.findings is None:
        return None
    table = comparison.findings
    rows = [[_html_cell(v, delta=str(c).startswith("Δ ")) for c, v in r.items()] for _, r in table.iterrows()]
    return {"header": [str(c) for c in table.columns], "rows": rows}
