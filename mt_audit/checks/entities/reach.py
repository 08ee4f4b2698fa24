"""Where the ``entities`` check can tell a name's absence (its coverage lives in mt_audit.checks.coverage)."""

from __future__ import annotations

from mt_audit.languages import transliterates


def tells_absence(lang: str) -> bool:
    """Whether a name's absence can be told: ICU writes the script in plain Latin letters. Where its Latin
    keeps letters ASCII folding cannot read (Ethiopic "bǝʾalǝvik" for "በአልቪክ", "in Alvik"), a name
    written with a particle glued on may go unrecognised, so only what stands where the name was (a
    corrupted or a literally translated name) is told there."""
    return transliterates(lang)
