"""The planted benchmark's judge: whether the audit found each plant, what it flagged on clean sentences, and the
report's tables.

Split from ``eval_planted.py`` by concern: scoring reads the plants (``planted_plants``), the corpus
(``planted_corpus``) and the audit's findings as dicts; it neither plants nor audits.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))  # the sibling planted_* modules, however this file is loaded

from planted_corpus import assemble, source_text  # noqa: E402
from planted_plants import CATEGORIES, PLANTED_MARK_FORMS, Plant  # noqa: E402

from mt_audit import languages  # noqa: E402

#: The finding codes that count as finding each category (the taxonomy's codes).
EXPECTED: dict[str, frozenset[str]] = {
    "omission": frozenset({"accuracy/omission"}),
    "addition": frozenset({"accuracy/addition"}),
    "word-omission": frozenset({"accuracy/omission", "accuracy/entity-mismatch", "accuracy/number-mismatch"}),
    "untranslated": frozenset({"accuracy/untranslated"}),
    "spinner": frozenset({"accuracy/spinner-substitution"}),
    "name-corrupted": frozenset({"accuracy/entity-corrupted"}),
    "name-literal": frozenset({"accuracy/entity-literal"}),
    "number": frozenset({"accuracy/number-mismatch"}),
    "unit": frozenset({"accuracy/number-mismatch"}),
    "boilerplate": frozenset({"source/boilerplate"}),
    "quotes": frozenset({"fluency/punctuation"}),
    "marks": frozenset({"fluency/punctuation"}),
}


# ---------------------------------------------------------------- scoring


@dataclass(frozen=True)
class Outcome:
    """What the audit made of one plant: found with an expected code, found with any code, and how."""

    lang: str
    category: str
    hit: bool
    hit_any: bool
    codes: tuple[str, ...]
    note: str
    #: The reference already writes the planted form in another sentence: the plant only extends its house
    #: style, so it is counted apart (as a clean sentence writing it is): neither a hit nor a miss.
    own_form: bool = False
    #: Findings on the planted article that neither touch the plant nor repeat one of its clean twin's
    #: (same code and text): noise the plant set off elsewhere, a false alarm to a reader of this article.
    stray: int = 0
    stray_notes: tuple[str, ...] = ()


def spans_of(p: Plant) -> list[tuple[int, int]]:
    """The artefact's ``[start, end)`` in the planted article text."""
    _, sents = assemble(p.sentences, p.article.lang)
    out = []
    for i, s, e in p.marks:
        start, end = sents[i]
        out.append((start, end) if e == -1 else (start + s, start + e))
    return out


def touches(f: dict[str, Any], spans: Sequence[tuple[int, int]]) -> bool:
    """A finding's target span overlaps a planted span (a zero-width finding: lies within one or at its edge)."""
    s, e = int(f["start"]), int(f["end"])
    return any((s < b and a < e) if e > s else a <= s <= b for a, b in spans)


def names_missing(f: dict[str, Any], p: Plant, source: str) -> bool:
    """An omission-like finding that names the dropped English text (its source span covers it)."""
    span = str(f.get("source_span") or "")
    if not p.missing or not span:
        return False
    if p.missing in span or span in p.missing:
        return True
    at, miss = source.find(span), source.find(p.missing)
    return at >= 0 and miss >= 0 and at < miss + len(p.missing) and miss < at + len(span)


def judge(p: Plant, result: dict[str, Any], twin: dict[str, Any] | None = None) -> Outcome:
    """Whether the audit found the plant: a finding of an expected code on the artefact (or naming what was dropped).

    ``twin`` is the clean twin's result: findings that repeat one of its own are not counted as stray."""
    spans = spans_of(p)
    source = source_text(p.article)
    if p.category == "omission":  # the gap: from the end of the sentence before to the start of the one after
        _, sents = assemble(p.sentences, p.article.lang)
        i = p.marks[0][0]
        spans = [(sents[i - 1][1] if i > 0 else 0, sents[i][0] if p.marks[0][2] == 0 else sents[i][1])]
    found = [f for f in result["findings"] if touches(f, spans) or names_missing(f, p, source)]
    codes = tuple(sorted({str(f["category"]) for f in found}))
    hit = bool(set(codes) & EXPECTED[p.category])
    own = {(str(f["category"]), str(f["span"])) for f in (twin or {}).get("findings", [])}
    stray = [f for f in result["findings"] if f not in found and (str(f["category"]), str(f["span"])) not in own]
    notes = tuple(f"{f['category']} {str(f['span'])[:50]!r}: {str(f['message'])[:120]}" for f in stray)
    return Outcome(
        p.article.lang, p.category, hit, bool(codes), codes, p.note, writes_planted_marks(p), len(stray), notes
    )


def writes_planted_marks(p: Plant) -> bool:
    """A marks plant in an article whose reference writes the planted form in another sentence already."""
    if p.category != "marks":
        return False
    planted = {i for i, _, _ in p.marks}
    form = PLANTED_MARK_FORMS.get(p.article.lang)
    return bool(form) and any(
        regex.search(form, pair.tgt) for i, pair in enumerate(p.article.pairs) if i not in planted
    )


NOT_PUNCTUATION = "(any but punctuation)"  # the references' own typography aside
#: A sentence with a finding, punctuation findings aside where the reference itself writes a planted form.
NOT_OWN_TYPOGRAPHY = "(any but the reference's planted typography)"
#: Sentences of a clean twin that already carry a form the quotes or marks planter plants.
OWN_TYPOGRAPHY = "(reference writes a planted form)"


def writes_planted_typography(sentence: str, lang: str) -> bool:
    """Whether a human reference's sentence already holds what the quotes or marks planter would plant.

    FLORES translators often type straight quotes, and some Hindi ones end sentences with '.': in a
    language whose convention differs these are the very artefacts the benchmark plants, so a finding
    on them is counted apart, neither as a false alarm nor as a hit.
    """
    facts = languages.language(lang)
    if '"' in sentence and not facts.straight_quotes_usual and '"' not in facts.quotes:
        return True
    form = PLANTED_MARK_FORMS.get(lang)
    return bool(form and regex.search(form, sentence))


def clean_sentences(p: Plant, result: dict[str, Any]) -> tuple[int, Counter[str]]:
    """(sentences of a clean twin, codes of the sentences that drew a finding, one count per sentence and code)."""
    text, sents = assemble(p.sentences, p.article.lang)
    flagged: Counter[str] = Counter()
    per_sentence: dict[int, set[str]] = defaultdict(set)
    for f in result["findings"]:
        s, e = int(f["start"]), int(f["end"])
        for k, (a, b) in enumerate(sents):
            if (s < b and a < e) if e > s else a <= s <= b:
                per_sentence[k].add(str(f["category"]))
                break
    own = {k for k, (a, b) in enumerate(sents) if writes_planted_typography(text[a:b], p.article.lang)}
    flagged[OWN_TYPOGRAPHY] += len(own)
    for k, codes in per_sentence.items():
        flagged["(any)"] += 1
        flagged[NOT_PUNCTUATION] += bool(codes - {"fluency/punctuation"})
        flagged[NOT_OWN_TYPOGRAPHY] += bool(codes - {"fluency/punctuation"} if k in own else codes)
        flagged.update(codes)
    return len(sents), flagged


def clean_sample(items: list[Plant], results: dict[str, dict[str, Any]], per_code: int) -> list[str]:
    """Up to ``per_code`` findings of each code on clean twins, with their span and message, to read."""
    seen: Counter[str] = Counter()
    lines = []
    for p in items:
        if p.category != "clean":
            continue
        for f in results[p.doc_id]["findings"]:
            code = str(f["category"])
            if seen[code] < per_code:
                seen[code] += 1
                span, message = str(f["span"])[:60], str(f["message"])[:140]
                lines.append(f"- {code} {p.article.lang} {p.doc_id}: {span!r}: {message}")
    return sorted(lines)


# ---------------------------------------------------------------- reporting


def recall_table(outcomes: Sequence[Outcome], key: Callable[[Outcome], str], title: str) -> str:
    """Rows ``key`` × categories: recall (found / planted) per cell, and overall."""
    groups = sorted({key(o) for o in outcomes})
    cats = [c for c in CATEGORIES if any(o.category == c for o in outcomes)]
    lines = [f"| {title} | " + " | ".join(cats) + " | all |", "|---" * (len(cats) + 2) + "|"]
    for g in groups:
        cells = [cell([o for o in outcomes if key(o) == g and o.category == c]) for c in cats]
        lines.append(f"| {g} | " + " | ".join(cells) + f" | {cell([o for o in outcomes if key(o) == g])} |")
    return "\n".join(lines)


def cell(outcomes: Sequence[Outcome]) -> str:
    if not outcomes:
        return "–"
    return f"{sum(o.hit for o in outcomes) / len(outcomes):.2f} ({len(outcomes)})"


def category_table(outcomes: Sequence[Outcome]) -> str:
    lines = ["| category | planted | recall | found by any code | expected codes | codes found instead (top) |",
             "|---|---|---|---|---|---|"]  # fmt: skip
    for c in CATEGORIES:
        os_ = [o for o in outcomes if o.category == c]
        if not os_:
            continue
        other = Counter(code for o in os_ if not o.hit for code in o.codes).most_common(3)
        lines.append(
            f"| {c} | {len(os_)} | {sum(o.hit for o in os_) / len(os_):.2f} | "
            f"{sum(o.hit_any for o in os_) / len(os_):.2f} | {', '.join(sorted(EXPECTED[c]))} | "
            + (", ".join(f"{k} {v}" for k, v in other) or "–")
            + " |"
        )
    return "\n".join(lines)


def clean_table(clean: dict[str, tuple[int, Counter[str]]]) -> str:
    """Per language: clean sentences, those with any finding (target ≤ 1%), and the commonest codes."""
    lines = ["| language | clean sentences | with a finding | rate | codes |", "|---|---|---|---|---|"]
    total, flagged, codes = 0, 0, Counter[str]()
    for lang, (n, c) in sorted(clean.items()):
        total, flagged = total + n, flagged + c["(any)"]
        codes.update({k: v for k, v in c.items() if not k.startswith("(")})
        top = ", ".join(f"{k} {v}" for k, v in c.most_common() if not k.startswith("("))
        lines.append(f"| {lang} | {n} | {c['(any)']} | {c['(any)'] / n:.1%} | {top or '–'} |")
    top = ", ".join(f"{k} {v}" for k, v in codes.most_common())
    rate = flagged / total if total else float("nan")
    lines.append(f"| **all** | {total} | {flagged} | {rate:.1%} | {top or '–'} |")
    own = sum(c[NOT_OWN_TYPOGRAPHY] for _, c in clean.values())
    writes = sum(c[OWN_TYPOGRAPHY] for _, c in clean.values())
    lines.append(
        f"| **all, punctuation on the {writes} sentences whose reference writes a planted form aside** "
        f"| {total} | {own} | {own / total if total else float('nan'):.1%} | – |"
    )
    other = sum(c[NOT_PUNCTUATION] for _, c in clean.values())
    share = other / total if total else float("nan")
    lines.append(f"| **all, punctuation aside** | {total} | {other} | {share:.1%} | – |")
    return "\n".join(lines)
