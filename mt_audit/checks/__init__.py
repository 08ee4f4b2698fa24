"""The check registry: every detector, registered explicitly, in report order.

``mt-audit checks`` lists this table; ``--checks``/``--skip-checks`` select
from it by name. Each check carries its coverage (:mod:`.coverage`): where it
works, is degraded or cannot run; ``mt-audit checks --langs`` prints it.
"""

from __future__ import annotations

from collections.abc import Sequence

# The check modules, not their functions, are bound here: a function named like its module
# ("entities", "untranslated") would hide the module, and `import mt_audit.checks.entities.words` fail.
from mt_audit.checks import (
    alignment,
    boilerplate,
    entities,
    fluency,
    layout,
    mistranslation,
    numbers,
    untranslated,
)
from mt_audit.checks.base import (
    CANNOT_RUN,
    DEGRADED,
    LEVELS,
    WORKS,
    Check,
    CheckInput,
    Coverage,
    Emitter,
    Pair,
    SourceView,
    UndeclaredFinding,
    check,
    make_input,
)
from mt_audit.checks.coverage import attach, matrix, plan
from mt_audit.registry import UnknownNameError
from mt_audit.types import Finding

CHECKS: dict[str, Check] = {
    c.name: c
    for c in attach(
        (
            alignment.source_mismatch,
            alignment.omission,
            alignment.addition,
            untranslated.untranslated,
            untranslated.spinner,
            entities.entities,
            numbers.number_mismatch,
            mistranslation.mistranslation,
            entities.inconsistency,
            fluency.punctuation,
            fluency.repetition,
            fluency.segmentation,
            boilerplate.boilerplate,
            layout.layout,
        )
    )
}


def select(only: Sequence[str] | None = None, skip: Sequence[str] | None = None) -> list[Check]:
    """Checks to run, in registry order; unknown names list the valid ones."""
    for name in [*(only or []), *(skip or [])]:
        if name not in CHECKS:
            raise UnknownNameError(f"unknown check {name!r}; valid names: {', '.join(CHECKS)}")
    return [c for n, c in CHECKS.items() if (not only or n in only) and n not in (skip or [])]


#: A finding of the key's category explains one of the value's on the same text better:
#: the more specific finding is kept, the generic one dropped.
SUPERSEDES: dict[str, tuple[str, ...]] = {
    "accuracy/spinner-substitution": ("accuracy/untranslated",),
    "accuracy/entity-corrupted": ("accuracy/untranslated",),
    "source/boilerplate": ("accuracy/untranslated", "accuracy/addition"),
}
#: The same, only where the two findings are about the same words (each covers half of the other): a leaked
#: English label ("Advertisement") is no spinner swap, but a swap inside a leaked caption is still one.
SAME_WORDS: dict[str, tuple[str, ...]] = {
    "source/boilerplate": ("accuracy/spinner-substitution",),
}


def run_checks(item: CheckInput, checks: Sequence[Check]) -> list[Finding]:
    """All findings of ``checks`` on one article, in a stable order, the more specific kept where two overlap."""
    found = [f for c in checks for f in c(item)]
    covering: dict[str, list[Finding]] = {}
    same: dict[str, list[Finding]] = {}
    for g in found:
        for category in SUPERSEDES.get(g.category, ()):
            covering.setdefault(category, []).append(g)
        for category in SAME_WORDS.get(g.category, ()):
            same.setdefault(category, []).append(g)
    found = [
        f
        for f in found
        if not _superseded(f, covering.get(f.category, ())) and not _superseded(f, same.get(f.category, ()), True)
    ]
    return sorted(found, key=lambda f: (f.start, f.end, f.category, f.detector, f.message))


def _superseded(f: Finding, covering: Sequence[Finding], mutual: bool = False) -> bool:
    """Whether one of the more specific findings ``covering`` f's category covers at least half of its text
    (and, ``mutual``, f covers half of that finding's too).

    Only those are compared, so thousands of findings of one kind cost no
    pairwise comparison among themselves.
    """
    for g in covering:
        overlap = min(f.end, g.end) - max(f.start, g.start)
        if overlap > 0 and 2 * overlap >= f.end - f.start and (not mutual or 2 * overlap >= g.end - g.start):
            return True
    return False


__all__ = [
    "CANNOT_RUN",
    "CHECKS",
    "DEGRADED",
    "LEVELS",
    "WORKS",
    "Check",
    "CheckInput",
    "Coverage",
    "Emitter",
    "Pair",
    "SourceView",
    "UndeclaredFinding",
    "check",
    "make_input",
    "matrix",
    "plan",
    "run_checks",
    "select",
]
