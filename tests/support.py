"""Shared test helpers: run checks on one article built from plain strings, and project what they found.

Test modules import these as ``from support import ...``, as they import ``conftest`` or
``scripts_loader``: pytest puts ``tests/`` on ``sys.path`` (it has no ``__init__.py``).
A helper that does something special for its tests stays local to its file.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from mt_audit.checks import CHECKS, run_checks
from mt_audit.checks.base import Check, make_input
from mt_audit.types import Finding

#: One check (or its registered name), called alone; or several, run together as the pipeline runs them.
Checks = Check | str | Sequence[Check | str]

#: The two checks that read English words left in an article: left untranslated, or swapped in for another.
UNTRANSLATED_SPINNER = ("untranslated", "spinner")


def emitted(checks: Checks, article: str, lang: str, source: str | None = None, **options: Any) -> list[Finding]:
    """Findings on ``article`` (aligned with ``source``): one check's own list, or ``run_checks`` over several.

    A check may be given by its registered name (``"untranslated"``). Several go through ``run_checks``,
    so a test sees their stable order and overlaps resolved as in a real audit. ``options`` go to
    :func:`make_input` (backtranslation, beads, source_lang, embed, ...).
    """
    item = make_input(article, lang, source=source, **options)
    if isinstance(checks, (Check, str)):
        return _check(checks)(item)
    return run_checks(item, [_check(c) for c in checks])


def _check(check: Check | str) -> Check:
    """A check, looked up in the registry when named."""
    return CHECKS[check] if isinstance(check, str) else check


def count(checks: Checks, article: str, lang: str, source: str | None = None, **options: Any) -> int:
    """How many findings: for tables that only say how many a case should raise."""
    return len(emitted(checks, article, lang, source, **options))


def messages(checks: Checks, article: str, lang: str, source: str | None = None, **options: Any) -> list[str]:
    """The findings' messages: what a test reads to tell which kind of change was found."""
    return [f.message for f in emitted(checks, article, lang, source, **options)]


def spans(checks: Checks, article: str, lang: str, source: str | None = None, **options: Any) -> list[str]:
    """The article text each finding covers, in order."""
    return [f.span for f in emitted(checks, article, lang, source, **options)]


def category_spans(
    checks: Checks, article: str, lang: str, source: str | None = None, **options: Any
) -> list[tuple[str, str]]:
    """(category, span) of each finding: which check fired, and where."""
    return [(f.category, f.span) for f in emitted(checks, article, lang, source, **options)]


def kind_spans(
    checks: Checks, article: str, lang: str, source: str | None = None, **options: Any
) -> list[tuple[str, str, str]]:
    """(category's last part, span, source span or "") of each finding: short enough for a table row."""
    return [
        (f.category.split("/")[-1], f.span, f.source_span or "")
        for f in emitted(checks, article, lang, source, **options)
    ]
