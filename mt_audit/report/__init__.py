"""The report stage: tidy tables and the files of a run (:mod:`.tables`), the HTML report
(:mod:`.html`) and MQM interchange with human annotations (:mod:`.mqm`)."""

from __future__ import annotations

from mt_audit.report.journal import Journal
from mt_audit.report.tables import FILES, Audit, atomic_write

__all__ = ["FILES", "Audit", "Journal", "atomic_write"]
