"""Layout scars recorded by normalization, reported once per paragraph and kind."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from itertools import groupby

import numpy as np

from mt_audit.checks.base import CheckInput, Emitter, check
from mt_audit.types import Finding

MESSAGES = {
    "hard-wrap": "Paragraph hard-wrapped into fixed-width lines ({n} line breaks inside it; {detail}).",
    "double-space": "Justified-text spacing: {n} runs of repeated spaces in this paragraph.",
    "leading-space": "Line starts with stray spaces.",
    "invisible": "{n} invisible control characters ({detail}) in this paragraph.",
}


@check("layout", "style/layout", severity="minor")
def layout(item: CheckInput, emit: Emitter) -> Iterator[Finding]:
    """Hard-wrapped lines, justified-text double spaces, stray leading spaces, invisible characters."""
    norm = item.norm
    newlines = [i for i, c in enumerate(norm.text) if c == "\n"]

    def paragraph(orig_pos: int) -> int:
        return bisect.bisect_left(newlines, int(np.searchsorted(norm.offsets()[0], orig_pos)))

    scars = sorted(norm.scars, key=lambda s: (paragraph(s.start), s.kind, s.start))
    for (_, kind), group in groupby(scars, key=lambda s: (paragraph(s.start), s.kind)):
        found = list(group)
        details = ", ".join(sorted({s.detail for s in found}))
        message = MESSAGES.get(kind, "Layout defect ({detail}).").format(n=len(found), detail=details)
        yield emit.at_original(found[0].start, found[-1].end, message)
