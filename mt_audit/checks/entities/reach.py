"""Where the ``entities`` check can run: the script's letters must be comparable with the source's."""

from __future__ import annotations

from functools import cache

from mt_audit.checks.base import CANNOT_RUN, DEGRADED, Coverage
from mt_audit.languages import base_tag, language, transliterates, writes_in_latin


def coverage(lang: str) -> Coverage:
    """Capitals mark names and ICU's transforms find the source's names in other scripts. Latin letters
    with accents are enough to compare names by sound (Amharic "gǝrin" for "Green"); a script ICU
    leaves as it is (Khmer, Lao, Sinhala) gives no way to find a name."""
    return _coverage(base_tag(lang))


@cache
def _coverage(tag: str) -> Coverage:
    if not writes_in_latin(tag):
        return Coverage(CANNOT_RUN, "ICU cannot write the script in Latin letters: the source's names cannot be found")
    if not language(tag).cased:
        return Coverage(DEGRADED, "no letter case: names are found only by transliterating the source's names")
    return Coverage()


def tells_absence(lang: str) -> bool:
    """Whether a name's absence can be told: ICU writes the script in plain Latin letters. Where its Latin
    keeps letters ASCII folding cannot read (Ethiopic "bǝʾalǝvik" for "በአልቪክ", "in Alvik"), a name
    written with a particle glued on may go unrecognised, so only what stands where the name was (a
    corrupted or a literally translated name) is told there."""
    return transliterates(lang)
