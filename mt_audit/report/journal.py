"""partial.jsonl: the append-only record of finished articles, so a crash loses no finished work."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from mt_audit.report.tables import _plain_tree
from mt_audit.types import Finding


class Journal:
    """Append-only record of finished articles, so a crash loses no finished work.

    Each finished article is one JSON line (its documents row, findings and
    beads), flushed to disk at once. A run that completes writes the four
    tables and removes the journal; a run that dies leaves ``partial.jsonl``
    holding everything finished before it died.
    """

    NAME = "partial.jsonl"

    def __init__(self, out: str | os.PathLike[str] | None) -> None:
        self.path = Path(out) / self.NAME if out is not None else None
        self._fh = None
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fh = self.path.open("w", encoding="utf-8")

    def record(self, row: dict[str, Any], findings: Sequence[Finding], beads: Sequence[dict[str, Any]]) -> None:
        if self._fh is None:
            return
        entry = {"document": row, "findings": [asdict(f) for f in findings], "beads": list(beads)}
        self._fh.write(json.dumps(_plain_tree(entry), ensure_ascii=False, sort_keys=True) + "\n")
        self._fh.flush()
        os.fsync(self._fh.fileno())

    def finish(self) -> None:
        """The run completed and its tables are written: the journal is no longer needed."""
        if self._fh is not None:
            self._fh.close()
            self._fh = None
            assert self.path is not None
            self.path.unlink(missing_ok=True)
