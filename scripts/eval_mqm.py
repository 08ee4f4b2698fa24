"""The detectors against professional MQM raters: WMT21 TED English→German (development split).

Builds one English source per talk and one German article per (system, talk) from the raters' TSV,
audits them (no back-translation engine: none is available offline), maps every finding back to its
segment through character offsets, and prints Markdown tables: precision and recall per MQM
category and per detector at segment and span level, one-line baseline rules beside the in-scope
detectors, and the false-alarm rate on segments the rater left without error. ``ref`` (a human
translation) is reported apart from the MT systems.

    python scripts/eval_mqm.py [--limit N] [--out DIR] [--sample N] [--sample-out FILE]
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mt_audit.report.mqm import NO_ERROR, read_tsv, unmark  # noqa: E402
from mt_audit.taxonomy import CATEGORIES  # noqa: E402

TSV = ROOT.parent / "shared" / "benchmarks" / "wmt-mqm-ted" / "mqm_ted_ende.dev.tsv"
SAMPLE_OUT = ROOT / "docs" / "mqm_disagreements.md"
PARAGRAPH = "\n\n"
HUMAN = "ref"
OMISSION = "Accuracy/Omission"
#: The categories in scope for artefact detectors (the benchmark's README), with a baseline rule where one exists.
IN_SCOPE = ["Accuracy/Untranslated text", "Accuracy/Omission", "Accuracy/Addition", "Fluency/Punctuation"]
#: The categories a one-line baseline rule looks for.
RULES_FOR = {"Accuracy/Untranslated text", "Accuracy/Omission", "Fluency/Punctuation"}
#: Codes whose findings count towards the entity/number false-alarm target.
ENTITY_NUMBER = {c for c in CATEGORIES if c.startswith("accuracy/entity-")} | {"accuracy/number-mismatch"}
_TAGS = re.compile(r"</?v>")
_WORD = re.compile(r"[^\W\d_]{3,}")
_PUNCT = re.compile(r'"| - ')
FOUND_COLUMNS = ["fid", "detector", "code", "mqm", "top", "system", "talk", "seg_id", "side", "start", "end"]
ERROR_COLUMNS = ["eid", "mqm", "top", "severity", "system", "talk", "seg_id", "side", "start", "end", "span"]


@dataclass(frozen=True)
class Seg:
    """One rated segment: where it sits in its talk's source and in its system's article."""

    system: str
    talk: str
    seg_id: int
    src_start: int
    src_end: int
    start: int
    end: int


@dataclass
class Corpus:
    """The talks' sources, the (system, talk) articles, their segments and the raters' errors."""

    sources: dict[str, str]
    articles: dict[str, tuple[str, str, str]]  # id -> (system, talk, text)
    segs: list[Seg]
    errors: pd.DataFrame
    clean: set[tuple[str, str, int]]  # segments the rater left No-error
    raters: dict[tuple[str, str, int], str] = field(default_factory=dict)  # who rated each segment

    def seg_index(self) -> dict[tuple[str, str, int], Seg]:
        return {(s.system, s.talk, s.seg_id): s for s in self.segs}


def article_id(system: str, talk: str) -> str:
    return f"{system}__{talk}"


def strip_tags(cell: str) -> str:
    return _TAGS.sub("", cell)


def build(df: pd.DataFrame, limit: int | None = None) -> Corpus:
    """Sources, articles and segment offsets from an MQM table (Google's columns, ``doc`` the talk)."""
    df = df.assign(seg_num=pd.to_numeric(df["seg_id"]).astype(int))
    first = df.drop_duplicates(["system", "doc", "seg_num"]).sort_values(["doc", "seg_num"], kind="stable")
    sources: dict[str, str] = {}
    src_spans: dict[tuple[str, int], tuple[int, int]] = {}
    for talk, rows in first.drop_duplicates(["doc", "seg_num"]).groupby("doc", sort=True):
        sources[talk], spans = join_segments([strip_tags(s) for s in rows["source"]])
        src_spans.update({(talk, n): sp for n, sp in zip(rows["seg_num"], spans)})
    keys = sorted(first[["doc", "system"]].drop_duplicates().itertuples(index=False, name=None))
    keys = keys[:limit] if limit else keys
    articles: dict[str, tuple[str, str, str]] = {}
    segs: list[Seg] = []
    for talk, system in keys:
        rows = first[(first["doc"] == talk) & (first["system"] == system)]
        text, spans = join_segments([strip_tags(t) for t in rows["target"]])
        articles[article_id(system, talk)] = (system, talk, text)
        for n, (s, e) in zip(rows["seg_num"], spans):
            segs.append(Seg(system, talk, int(n), *src_spans[talk, n], s, e))
    corpus = Corpus(sources, articles, segs, pd.DataFrame(columns=ERROR_COLUMNS), set())
    corpus.errors, corpus.clean = rater_errors(df, corpus.seg_index())
    if "rater" in df.columns:
        corpus.raters = {(r.system, r.doc, int(r.seg_num)): str(r.rater) for r in df.itertuples()}
    return corpus


def join_segments(cells: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The cells as paragraphs of one text, and each cell's ``[start, end)`` in it."""
    spans, pos = [], 0
    for cell in cells:
        spans.append((pos, pos + len(cell)))
        pos += len(cell) + len(PARAGRAPH)
    return PARAGRAPH.join(cells), spans


def rater_errors(df: pd.DataFrame, index: dict[tuple[str, str, int], Seg]) -> tuple[pd.DataFrame, set[Any]]:
    """One row per rater error (target spans as article offsets), and the segments left without error."""
    rows, erred, seen = [], set(), set()
    for r in df.to_dict("records"):
        key = (r["system"], r["doc"], int(r["seg_num"]))
        if key not in index:
            continue
        seen.add(key)
        if NO_ERROR.lower() in (r["category"].strip().lower(), r["severity"].strip().lower()):
            continue
        erred.add(key)
        seg, category = index[key], r["category"].strip()
        target, ts, te = unmark(r["target"])
        _, ss, _ = unmark(r["source"])
        side = "target" if ts is not None and te != ts else "source" if ss is not None else "none"
        start, end = (seg.start + ts, seg.start + te) if side == "target" else (None, None)
        span = target[ts:te] if side == "target" else ""
        rows.append([len(rows), category, top(category), r["severity"], *key, side, start, end, span])
    return pd.DataFrame(rows, columns=ERROR_COLUMNS), seen - erred


def top(category: str) -> str:
    return category.split("/")[0]


def write_inputs(corpus: Corpus, folder: Path) -> Path:
    """The sources, articles and a manifest.csv (id,path,presumed_source,lang) under ``folder``."""
    for sub in ("sources", "articles"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    for talk, text in corpus.sources.items():
        (folder / "sources" / f"{talk}.en.txt").write_text(text, encoding="utf-8")
    manifest = folder / "manifest.csv"
    with manifest.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "path", "presumed_source", "lang"])
        for doc_id, (_, talk, text) in corpus.articles.items():
            (folder / "articles" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
            w.writerow([doc_id, f"articles/{doc_id}.txt", f"sources/{talk}.en.txt", "de"])
    return manifest


def run_audit(manifest: Path, out: Path | None) -> Any:
    """``mt_audit.audit`` of the manifest, no back-translation engine, one embedder."""
    import mt_audit
    from mt_audit.embed import get_embedder

    return mt_audit.audit(
        manifest=manifest, engine="none", embedder=get_embedder(), out=out, report=out is not None, progress=None
    )


def map_findings(findings: pd.DataFrame, corpus: Corpus) -> pd.DataFrame:
    """One row per (finding, segment it touches): FOUND_COLUMNS. An omission goes to the source segment it names."""
    by_article: dict[str, list[Seg]] = {}
    for s in corpus.segs:
        by_article.setdefault(article_id(s.system, s.talk), []).append(s)
    rows = []
    for fid, f in enumerate(findings.to_dict("records")):
        segs = by_article.get(str(f["doc_id"]), [])
        code = str(f["category"])
        mqm = CATEGORIES[code].mqm if code in CATEGORIES else "Other"
        start, end = int(f["start"]), int(f["end"])
        side = "target" if end > start else "source"
        talk = corpus.articles[str(f["doc_id"])][1] if segs else ""
        hits = segments_of(segs, start, end, corpus.sources.get(talk, ""), str(f.get("source_span") or ""), side)
        for s in hits:
            rows.append([fid, f["detector"], code, mqm, top(mqm), s.system, s.talk, s.seg_id, side, start, end])
    return pd.DataFrame(rows, columns=FOUND_COLUMNS)


def segments_of(segs: list[Seg], start: int, end: int, source: str, source_span: str, side: str) -> list[Seg]:
    """The segments a finding touches: its target span, or for a zero-width one the source text it names."""
    if side == "source" and source_span:
        at = source.find(source_span)
        if at >= 0:
            hit = [s for s in segs if s.src_start < at + len(source_span) and at < s.src_end]
            if hit:
                return hit
    if end > start:
        return [s for s in segs if s.start < end and start < s.end]
    return [min(segs, key=lambda s: abs(s.start - start) if start < s.start else max(0, start - s.end))][:1]


def baseline(corpus: Corpus, de_zipf: Callable[[str], float]) -> pd.DataFrame:
    """The one-line rules as findings (FOUND_COLUMNS), detector ``baseline:<rule>``."""
    rows: list[list[Any]] = []
    for s in corpus.segs:
        src = corpus.sources[s.talk][s.src_start : s.src_end]
        text = corpus.articles[article_id(s.system, s.talk)][2]
        tgt = text[s.start : s.end]
        key = [s.system, s.talk, s.seg_id]
        src_words = set(_WORD.findall(src))
        for m in _WORD.finditer(tgt):
            if m.group() in src_words and de_zipf(m.group()) < 2.5:
                rows.append(["baseline:untranslated", "", "Accuracy/Untranslated text", "Accuracy", *key,
                             "target", s.start + m.start(), s.start + m.end()])  # fmt: skip
        for m in _PUNCT.finditer(tgt):
            rows.append(["baseline:punctuation", "", "Fluency/Punctuation", "Fluency", *key,
                         "target", s.start + m.start(), s.start + m.end()])  # fmt: skip
        if src and len(tgt) / len(src) < 0.5:
            rows.append(["baseline:omission", "", OMISSION, "Accuracy", *key, "source", s.start, s.start])
    return pd.DataFrame([[i, *r] for i, r in enumerate(rows)], columns=FOUND_COLUMNS)


def matches(found: pd.DataFrame, errors: pd.DataFrame, level: str, span: bool) -> tuple[set[int], set[int]]:
    """(matched finding ids, matched error ids): same segment, same category at ``level`` (mqm, top or any),
    and with ``span`` overlapping target spans."""
    index: dict[tuple[Any, ...], list[tuple[int, Any, Any]]] = {}
    for e in errors.itertuples():
        cat = None if level == "any" else getattr(e, level)
        index.setdefault((e.system, e.talk, e.seg_id, cat), []).append((e.eid, e.start, e.end))
    hit_f: set[int] = set()
    hit_e: set[int] = set()
    for f in found.itertuples():
        cat = None if level == "any" else getattr(f, level)
        for eid, s, e in index.get((f.system, f.talk, f.seg_id, cat), []):
            if not span or (s is not None and not pd.isna(s) and f.start < e and s < f.end):
                hit_f.add(f.fid)
                hit_e.add(eid)
    return hit_f, hit_e


def spannable(found: pd.DataFrame, errors: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """What span level can judge: target-side findings and errors (omissions are marked in the source)."""
    return found[found["side"] == "target"], errors[errors["side"] == "target"]


def pr(found: pd.DataFrame, errors: pd.DataFrame, level: str, span: bool) -> tuple[float, float, int, int]:
    """(precision, recall, n findings, n errors); NaN where there is nothing to count."""
    if span:
        found, errors = spannable(found, errors)
    hit_f, hit_e = matches(found, errors, level, span)
    fids, eids = set(found["fid"]), set(errors["eid"])
    p = len(hit_f & fids) / len(fids) if fids else float("nan")
    r = len(hit_e & eids) / len(eids) if eids else float("nan")
    return p, r, len(fids), len(eids)


def category_table(found: pd.DataFrame, errors: pd.DataFrame, level: str) -> list[list[Any]]:
    """Per category at ``level``: findings, rater errors, segment and span precision/recall."""
    rows = []
    for cat in sorted(set(found[level]) | set(errors[level])):
        f, e = found[found[level] == cat], errors[errors[level] == cat]
        sp, sr, nf, ne = pr(f, e, level, span=False)
        span = [float("nan")] * 2 if cat == OMISSION else list(pr(f, e, level, span=True)[:2])
        rows.append([cat, nf, ne, sp, sr, *span])
    return rows


def detector_table(found: pd.DataFrame, errors: pd.DataFrame) -> list[list[Any]]:
    """Per detector: precision and recall against the rater errors of the MQM categories it writes."""
    rows = []
    for det, f in found.groupby("detector", sort=True):
        e = errors[errors["mqm"].isin(set(f["mqm"]))]
        sp, sr, nf, ne = pr(f, e, "mqm", span=False)
        xp, xr, _, _ = pr(f, e, "mqm", span=True)
        anyp = pr(f, errors, "any", span=False)[0]
        rows.append([det, ", ".join(sorted(set(f["mqm"]))), nf, ne, sp, sr, xp, xr, anyp])
    return rows


def baseline_table(found: pd.DataFrame, base: pd.DataFrame, errors: pd.DataFrame) -> list[list[Any]]:
    """Ours next to the one-line rules, per in-scope category."""
    rows = []
    for cat in IN_SCOPE:
        e = errors[errors["mqm"] == cat]
        ours, rule = found[found["mqm"] == cat], base[base["mqm"] == cat]
        cells: list[Any] = [cat, len(e)]
        for f in (ours, rule):
            sp, sr, nf, _ = pr(f, e, "mqm", span=False)
            span = [float("nan")] * 2 if cat == OMISSION else list(pr(f, e, "mqm", span=True)[:2])
            cells += [nf, sp, sr, *span] if f is ours or cat in RULES_FOR else ["–"] * 5
        rows.append(cells)
    return rows


def false_alarms(found: pd.DataFrame, base: pd.DataFrame, clean: set[Any]) -> list[list[Any]]:
    """Share of No-error segments on which a finding of each kind fired (targets: 0.5% and 0.2%).

    Accuracy and fluency are our codes' dimensions (fluency/repetition counts, though MQM calls it Style)."""
    dims = found[found["code"].str.startswith(("accuracy/", "fluency/"))]
    kinds = [
        ("any accuracy or fluency finding (target ≤ 0.5%)", dims),
        ("the same without punctuation", dims[dims["code"] != PUNCTUATION]),
        ("any entity or number finding (target ≤ 0.2%)", found[found["code"].isin(ENTITY_NUMBER)]),
        *[(f"`{c}`", found[found["code"] == c]) for c in sorted(set(dims["code"]))],
        *[(f"`{d}`", base[base["detector"] == d]) for d in sorted(set(base["detector"]))],
    ]
    rows = []
    for name, f in kinds:
        fired = {k for k in zip(f["system"], f["talk"], f["seg_id"])} & clean
        rows.append([name, len(fired), len(clean), len(fired) / len(clean) if clean else float("nan")])
    return rows


def markdown(header: list[str], rows: Iterable[list[Any]]) -> str:
    """A Markdown table; floats as percentages with one decimal, NaN as an en dash."""

    def cell(v: Any) -> str:
        if isinstance(v, float):
            return "–" if v != v else f"{100 * v:.1f}%"
        return str(v)

    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(v) for v in r) + " |" for r in rows]
    return "\n".join(lines)


CAT_HEADER = ["category", "findings", "rater errors", "seg P", "seg R", "span P", "span R"]
DET_HEADER = ["detector", "MQM categories", "findings", "rater errors", "seg P", "seg R", "span P", "span R",
              "seg P (any category)"]  # fmt: skip
BASE_HEADER = ["category", "rater errors", "ours n", "ours seg P", "ours seg R", "ours span P", "ours span R",
               "rule n", "rule seg P", "rule seg R", "rule span P", "rule span R"]  # fmt: skip
FA_HEADER = ["fired on a No-error segment", "segments", "of No-error segments", "rate"]
RATER_HEADER = ["rater", "segments", "findings", "rater errors", "seg P", "seg R"]
PUNCTUATION, PUNCTUATION_MQM = "fluency/punctuation", "Fluency/Punctuation"


def report(title: str, found: pd.DataFrame, base: pd.DataFrame, corpus: Corpus, systems: set[str]) -> str:
    """The Markdown tables for the segments of ``systems``."""
    f = found[found["system"].isin(systems)]
    b = base[base["system"].isin(systems)]
    e = corpus.errors[corpus.errors["system"].isin(systems)]
    clean = {k for k in corpus.clean if k[0] in systems}
    n_segs = sum(s.system in systems for s in corpus.segs)
    return "\n\n".join(
        [
            f"## {title}: {n_segs} segments, {len(clean)} without error, {len(e)} rater errors, "
            f"{f['fid'].nunique()} findings",
            "### Per MQM top category\n\n" + markdown(CAT_HEADER, category_table(f, e, "top")),
            "### Per MQM category\n\n" + markdown(CAT_HEADER, category_table(f, e, "mqm")),
            "### Per detector\n\n" + markdown(DET_HEADER, detector_table(f, e)),
            "### In-scope categories: detectors vs one-line rules\n\n" + markdown(BASE_HEADER, baseline_table(f, b, e)),
            "### False alarms on segments the rater left No-error\n\n" + markdown(FA_HEADER, false_alarms(f, b, clean)),
            "### Fluency/Punctuation per rater (segment level; each segment has one rater)\n\n"
            + markdown(RATER_HEADER, rater_table(f, e, {k: v for k, v in corpus.raters.items() if k[0] in systems})),
            "### How often each rater marks a segment holding an ASCII mark as Fluency/Punctuation\n\n"
            "The precision any rule flagging that mark can reach is the last column: raters disagree.\n\n"
            + markdown(["mark", *sorted(set(corpus.raters.values())), "all"], mark_agreement(corpus, systems)),
        ]
    )


def in_segments(frame: pd.DataFrame, keys: set[tuple[str, str, int]]) -> pd.DataFrame:
    """The rows of ``frame`` (findings or errors) in the segments ``keys``."""
    inside = [k in keys for k in zip(frame["system"], frame["talk"], frame["seg_id"])]
    return frame[pd.Series(inside, index=frame.index, dtype=bool)]


def rater_table(found: pd.DataFrame, errors: pd.DataFrame, raters: dict[tuple[str, str, int], str]) -> list[list[Any]]:
    """Punctuation precision and recall within each rater's segments: raters disagree on what they mark."""
    rows = []
    for rater in sorted(set(raters.values())):
        mine = {k for k, v in raters.items() if v == rater}
        f, e = in_segments(found, mine), in_segments(errors, mine)
        prec, rec, n_f, n_e = pr(f[f["mqm"] == PUNCTUATION_MQM], e[e["mqm"] == PUNCTUATION_MQM], "mqm", False)
        rows.append([rater, len(mine), n_f, n_e, prec, rec])
    return rows


ASCII_MARKS = {
    'straight "': re.compile(r'"'),
    "spaced hyphen ' - '": re.compile(r"(?:^|\s)-(?:\s|$)"),
    "double hyphen '--'": re.compile(r"--"),
}


def mark_agreement(corpus: Corpus, systems: set[str]) -> list[list[Any]]:
    """Per ASCII mark and rater: segments holding it that the rater marked with a punctuation error / all."""
    marked = {(r.system, r.talk, int(r.seg_id)) for r in corpus.errors.itertuples() if r.mqm == PUNCTUATION_MQM}
    raters = sorted(set(corpus.raters.values()))
    rows = []
    for name, pattern in ASCII_MARKS.items():
        hits = [(s.system, s.talk, s.seg_id) for s in corpus.segs
                if s.system in systems and pattern.search(seg_texts(corpus, s)[1])]  # fmt: skip
        cells = []
        for rater in [*raters, None]:
            mine = [k for k in hits if rater is None or corpus.raters.get(k) == rater]
            n = sum(k in marked for k in mine)
            cells.append(f"{n}/{len(mine)}" + (f" ({n / len(mine):.0%})" if rater is None and mine else ""))
        rows.append([name, *cells])
    return rows


RULES = """Rules: untranslated = a target word of >= 3 letters that occurs verbatim (same case) among the source \
segment's words and has wordfreq.zipf_frequency(w, "de") < 2.5; punctuation = a straight `"` or a spaced hyphen \
` - ` in the target; omission = len(target) / len(source) < 0.5 (characters). Segment level: a finding and a rater \
error of the same category in the same segment; span level: their target spans overlap (omissions are marked in \
the source: segment level only). A finding crossing segments counts in each; precision counts findings, recall \
rater errors."""


def sample(found: pd.DataFrame, corpus: Corpus, findings: pd.DataFrame, n: int, seed: int = 0) -> str:
    """N seeded random disagreements per detector and per in-scope category, as Markdown for a person to check."""
    rng = random.Random(seed)
    mt = found[found["system"] != HUMAN]
    errors = corpus.errors[corpus.errors["system"] != HUMAN]
    hit_f, hit_e = matches(mt, errors, "mqm", span=False)
    parts = [f"# MQM disagreements (seed {seed}, {n} per group)\n\nGenerated by `python scripts/eval_mqm.py "
             f"--sample {n}`. Segment level, same MQM category, MT systems only.\n"]  # fmt: skip
    for det, f in mt.groupby("detector", sort=True):
        fids = sorted(set(f["fid"]) - hit_f)
        parts.append(f"## `{det}`: findings the rater did not mark ({len(fids)} of {f['fid'].nunique()})\n")
        for k, fid in enumerate(sorted(rng.sample(fids, min(n, len(fids)))), start=1):
            parts.append(describe_finding(k, findings.iloc[fid], f[f["fid"] == fid], corpus))
    for cat in sorted(set(mt["mqm"]) & set(errors["mqm"]) | set(IN_SCOPE)):
        e = errors[(errors["mqm"] == cat) & ~errors["eid"].isin(hit_e)]
        parts.append(f"## {cat}: rater errors no detector found ({len(e)} of {(errors['mqm'] == cat).sum()})\n")
        picks = sorted(rng.sample(list(e["eid"]), min(n, len(e))))
        for k, eid in enumerate(picks, start=1):
            parts.append(describe_error(k, corpus.errors.iloc[eid], corpus))
    return "\n".join(parts)


def seg_texts(corpus: Corpus, s: Seg) -> tuple[str, str]:
    text = corpus.articles[article_id(s.system, s.talk)][2]
    return corpus.sources[s.talk][s.src_start : s.src_end], text[s.start : s.end]


def rater_note(corpus: Corpus, key: tuple[str, str, int]) -> str:
    e = corpus.errors
    hit = e[(e["system"] == key[0]) & (e["talk"] == key[1]) & (e["seg_id"] == key[2])]
    return "; ".join(f"{r.mqm}/{r.severity} «{r.span}»" for r in hit.itertuples()) or "No-error"


def describe_finding(k: int, f: pd.Series, rows: pd.DataFrame, corpus: Corpus) -> str:
    index = corpus.seg_index()
    out = [f"{k}. **{f['category']}** ({f['severity']}) in {f['doc_id']}: {one_line(f['message'])}"]
    for r in rows.itertuples():
        s = index[r.system, r.talk, r.seg_id]
        src, tgt = seg_texts(corpus, s)
        lo, hi = max(int(f["start"]), s.start) - s.start, min(int(f["end"]), s.end) - s.start
        marked = f"{tgt[:lo]}⟦{tgt[lo:hi]}⟧{tgt[hi:]}" if hi > lo else tgt
        out += [f"   - seg {s.seg_id} source: {src}", f"   - target: {marked}",
                f"   - rater: {rater_note(corpus, (r.system, r.talk, r.seg_id))}"]  # fmt: skip
    if f.get("source_span"):
        out.append(f"   - source span: {one_line(f['source_span'])}")
    return "\n".join(out) + "\n"


def describe_error(k: int, e: pd.Series, corpus: Corpus) -> str:
    s = corpus.seg_index()[e["system"], e["talk"], e["seg_id"]]
    src, tgt = seg_texts(corpus, s)
    if e["side"] == "target":
        lo, hi = int(e["start"]) - s.start, int(e["end"]) - s.start
        tgt = f"{tgt[:lo]}⟦{tgt[lo:hi]}⟧{tgt[hi:]}"
    return (f"{k}. **{e['mqm']}** ({e['severity']}) {e['system']} {e['talk']} seg {e['seg_id']}\n"
            f"   - source: {src}\n   - target: {tgt}\n")  # fmt: skip


def one_line(text: Any) -> str:
    return " ".join(str(text).split())


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--tsv", type=Path, default=TSV, help="the raters' MQM TSV")
    p.add_argument("--limit", type=int, help="audit only the first N (talk, system) articles")
    p.add_argument("--out", type=Path, help="keep the inputs and the audit folder here")
    p.add_argument("--sample", type=int, default=0, help="write N disagreements per detector and category")
    p.add_argument("--sample-out", type=Path, default=SAMPLE_OUT)
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    from wordfreq import zipf_frequency

    corpus = build(read_tsv(args.tsv), args.limit)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.out or Path(tmp)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            audit = run_audit(write_inputs(corpus, folder / "input"), folder / "audit" if args.out else None)
    seconds = time.perf_counter() - t0
    failed = audit.articles[audit.articles["status"] != "ok"]
    if len(failed):
        print(f"eval_mqm: {len(failed)} of {len(audit.articles)} articles failed, e.g. {failed['error'].iloc[0]}",
              file=sys.stderr)  # fmt: skip
        if len(failed) == len(audit.articles):
            return 1
    findings = audit.findings.reset_index(drop=True)
    found = map_findings(findings, corpus)
    base = baseline(corpus, lambda w: zipf_frequency(w, "de"))
    systems = {s.system for s in corpus.segs}
    arts = audit.articles
    print(f"# mt-audit vs WMT21 TED en→de MQM raters ({args.tsv.name})\n")
    status, verdicts = arts["status"].value_counts().to_dict(), arts["verdict"].value_counts().to_dict()
    print(f"{len(corpus.articles)} articles audited in {seconds:.0f} s (engine none); status {status}; "
          f"verdicts {verdicts}.\n")  # fmt: skip
    print(RULES + "\n")
    print(report("MT systems", found, base, corpus, systems - {HUMAN}))
    if HUMAN in systems:
        print("\n" + report("Human translation (ref)", found, base, corpus, {HUMAN}))
    if args.sample:
        args.sample_out.write_text(sample(found, corpus, findings, args.sample), encoding="utf-8")
        print(f"\n{args.sample} disagreements per group written to {args.sample_out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
