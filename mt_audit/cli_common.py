"""What every mt-audit subcommand shares: exit codes, the usage error, small argument and message helpers."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from mt_audit.types import MissingResource

#: What each exit code of ``mt-audit run`` means; when several apply, the first listed wins after 0.
EXIT_CODES = {
    0: "everything requested was done: every article audited, every requested engine, model and source used",
    1: "usage error: bad option, a path that does not exist, an unreadable --manifest, --out is a file",
    5: "the output folder cannot be written (permissions, full disk); finished articles stay in partial.jsonl",
    2: "no article could be audited",
    3: "a requested engine, model, COMET model or source was missing or failed (--allow-missing: go on, exit 0)",
    4: "the run finished but some documents could not be audited (status=error in documents.csv)",
    130: "interrupted; finished articles stay in partial.jsonl and a rerun resumes",
}
EXIT_OK, EXIT_USAGE, EXIT_NOTHING, EXIT_MISSING, EXIT_SOME_FAILED, EXIT_OUTPUT = 0, 1, 2, 3, 4, 5


class UsageError(Exception):
    """A mistake in how the command was called."""


def csv_list(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def report_missing(exc: MissingResource, stream: TextIO | None = None, prefix: str = "mt-audit: ") -> None:
    """What is missing, then each command that gets it, indented."""
    stream = stream or sys.stderr
    print(f"{prefix}{exc}", file=stream)
    for command in exc.get:
        print(f"    {command}", file=stream)
