"""Names: corrupted, translated literally, replaced or dropped; and one name written two ways.

A translation keeps names: brands, people, titles of publications. When it
does not, the damage is of a few recognisable kinds. A synonym "spinner" run
before translation swaps words inside names ("Fast Company" becomes "Quick
Company"); a careless rewrite misspells or truncates them; machine translation
renders a brand as ordinary words ("Stable Diffusion" read as "steady
spread"); or the article names someone else, or no one, where the source
names someone. The source's names are looked up in the article (inflected,
transliterated into another script, or in the language's own form of a place
or language: :mod:`mt_audit.entity_forms`) and in the engine's English
back-translation, and what stands in their place tells which it was.

``matching`` finds what stands for one source name in a text (``words``
says what one word is, ``swaps`` what words in a name's slot amount to),
``audit`` holds one article's views and questions (``literal_names``
those of a literal translation; ``rendering``, ``places`` and
``literal_spans`` the tests it asks them through), ``names``
is the ``entities`` check (``absence`` tells whether a missing name can be
told dropped, ``unaccounted`` reads the words the source does not account
for) and ``variants`` the ``inconsistency`` check.
"""

from __future__ import annotations

from mt_audit.checks.entities.audit import CORRUPTED, LITERAL, MISMATCH
from mt_audit.checks.entities.names import entities
from mt_audit.checks.entities.variants import INCONSISTENCY, inconsistency

__all__ = ["CORRUPTED", "INCONSISTENCY", "LITERAL", "MISMATCH", "entities", "inconsistency"]
