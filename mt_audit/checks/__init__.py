"""The check registry: every detector, registered explicitly, in report order.

``mt-audit checks`` lists this table; ``--checks``/``--skip-checks`` select
from it by name.
"""

from __future__ import annotations

from collections.abc import Sequence

from mt_audit.checks.alignment import addition, omission, source_mismatch
from mt_audit.checks.base import Check, CheckInput, SourceView, check
from mt_audit.checks.layout import layout
from mt_audit.registry import UnknownNameError
from mt_audit.types import Finding

CHECKS: dict[str, Check] = {c.name: c for c in (source_mismatch, omission, addition, layout)}


def select(only: Sequence[str] | None = None, skip: Sequence[str] | None = None) -> list[Check]:
    """Checks to run, in registry order; unknown names list the valid ones."""
    for name in [*(only or []), *(skip or [])]:
        if name not in CHECKS:
            raise UnknownNameError(f"unknown check {name!r}; valid names: {', '.join(CHECKS)}")
    return [c for n, c in CHECKS.items() if (not only or n in only) and n not in (skip or [])]


def run_checks(item: CheckInput, checks: Sequence[Check]) -> list[Finding]:
    """All findings of ``checks`` on one article, in a stable order."""
    found = [f for c in checks for f in c(item)]
    return sorted(found, key=lambda f: (f.start, f.end, f.category, f.detector, f.message))


__all__ = ["CHECKS", "Check", "CheckInput", "SourceView", "check", "run_checks", "select"]
