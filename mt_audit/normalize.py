"""Normalization that keeps offsets back into the original text.

Later stages work on clean text (NFC, no invisible controls, paragraphs on one
line, single spaces), but every finding must point into the text the user
gave us. Each step here is a list of edits; applying it carries, for every
output character, the span of original characters it came from. The layout
scars that the edits remove (hard wraps, justified double spaces, stray
leading spaces, invisible characters) are kept as :class:`Scar` records so a
check can report them.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

import numpy as np
import regex

#: Zero-width and bidi controls that carry no meaning in running text.
#: ZWJ/ZWNJ (U+200C/D) are kept: Persian, Indic scripts and emoji need them.
INVISIBLE = regex.compile("[\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\u00ad]+")
LINE_BREAKS = regex.compile("\r\n|[\r\u2028\u2029\x85\x0b\x0c]")
TERMINAL = tuple(".!?…؟。！？।:;\"'”’»)")


@dataclass(frozen=True)
class Scar:
    """A layout defect removed by normalization; offsets index the original text."""

    kind: str
    start: int
    end: int
    detail: str = ""


@dataclass
class Normalized:
    """Normalized text plus, per character, the original span it came from."""

    original: str
    text: str
    #: Per character, where its original span starts and ends; None while nothing was edited (the identity,
    #: which most documents keep: eight bytes a character saved on every source of a large corpus).
    starts: np.ndarray | None
    ends: np.ndarray | None
    scars: list[Scar] = field(default_factory=list)
    #: What a cost bound cut (one line each), for ``Document.repairs``.
    notes: list[str] = field(default_factory=list)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of normalized text to original offsets."""
        if self.starts is None or self.ends is None:
            start = min(start, len(self.text))
            return start, max(start, min(end, len(self.text)))
        if start >= end:
            pos = int(self.starts[start]) if start < len(self.text) else len(self.original)
            return pos, pos
        return int(self.starts[start]), int(self.ends[end - 1])

    def offsets(self) -> tuple[np.ndarray, np.ndarray]:
        """``starts`` and ``ends`` as arrays, the identity made explicit."""
        if self.starts is None or self.ends is None:
            idx = np.arange(len(self.text), dtype=np.int32)
            return idx, idx + 1
        return self.starts, self.ends


Edit = tuple[int, int, str]


def _apply(norm: Normalized, edits: list[Edit]) -> Normalized:
    """Apply sorted, non-overlapping edits to ``norm.text``, carrying offsets."""
    if not edits:
        return norm
    pieces: list[str] = []
    starts: list[np.ndarray] = []
    ends: list[np.ndarray] = []
    old_starts, old_ends = norm.offsets()
    pos = 0
    for s, e, repl in edits:
        pieces.append(norm.text[pos:s])
        starts.append(old_starts[pos:s])
        ends.append(old_ends[pos:s])
        if repl:
            lo = old_starts[s] if s < len(norm.text) else len(norm.original)
            hi = old_ends[e - 1] if e > s else lo
            pieces.append(repl)
            starts.append(np.full(len(repl), lo, dtype=np.int32))
            ends.append(np.full(len(repl), hi, dtype=np.int32))
        pos = e
    pieces.append(norm.text[pos:])
    starts.append(old_starts[pos:])
    ends.append(old_ends[pos:])
    return Normalized(
        norm.original,
        "".join(pieces),
        np.concatenate(starts).astype(np.int32),
        np.concatenate(ends).astype(np.int32),
        norm.scars,
        norm.notes,
    )


def _scar(norm: Normalized, kind: str, s: int, e: int, detail: str = "") -> None:
    lo, hi = norm.to_original(s, e)
    norm.scars.append(Scar(kind, lo, hi, detail))


#: Combining marks kept after one base character. Real text stacks at most a
#: few (Vietnamese two, Hebrew cantillation or Tibetan four or five); "Zalgo"
#: text stacks thousands, which costs every later stage (NFC, tokenizers,
#: regexes) time per mark while carrying no meaning.
MAX_MARKS = 8
_MARK_RUN = regex.compile(rf"(?<=\p{{M}}{{{MAX_MARKS}}})\p{{M}}++")


def cap_marks(norm: Normalized) -> Normalized:
    """Keep at most :data:`MAX_MARKS` combining marks per character; the cut ones map to the last kept mark.

    The last kept mark takes over the original span of the marks cut after it,
    so a finding on that character still covers the whole original cluster.
    """
    edits: list[Edit] = []
    cut = 0
    for m in _MARK_RUN.finditer(norm.text):
        edits.append((m.start() - 1, m.end(), norm.text[m.start() - 1]))
        cut += m.end() - m.start()
    if not edits:
        return norm
    norm.notes.append(f"cut {cut} combining mark(s) beyond {MAX_MARKS} per character ({len(edits)} place(s))")
    return _apply(norm, edits)


def strip_invisible(norm: Normalized) -> Normalized:
    """Drop zero-width and bidi control characters (they break word matching)."""
    edits: list[Edit] = []
    for m in INVISIBLE.finditer(norm.text):
        names = sorted({f"U+{ord(c):04X}" for c in m.group()})
        _scar(norm, "invisible", m.start(), m.end(), " ".join(names))
        edits.append((m.start(), m.end(), ""))
    return _apply(norm, edits)


def unify_line_breaks(norm: Normalized) -> Normalized:
    """CRLF, CR and Unicode line separators become ``\\n``; not a scar."""
    return _apply(norm, [(m.start(), m.end(), "\n") for m in LINE_BREAKS.finditer(norm.text)])


def nfc(norm: Normalized) -> Normalized:
    """Compose to NFC grapheme by grapheme so that offsets stay exact."""
    if unicodedata.is_normalized("NFC", norm.text):
        return norm
    edits: list[Edit] = []
    for m in regex.finditer(r"\X", norm.text):
        g = m.group()
        composed = unicodedata.normalize("NFC", g)
        if composed != g:
            edits.append((m.start(), m.end(), composed))
    return _apply(norm, edits)


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def is_hard_wrapped(text: str) -> bool:
    """True when paragraphs were broken into fixed-width lines (print layout).

    The cue is the shape, not the words: most lines inside multi-line blocks
    are close to one maximum width (≤ 100 characters) and end mid-sentence.
    """
    lines = [text[s:e].strip() for s, e in _lines(text)]
    inner = [a for a, b in zip(lines, lines[1:]) if a and b]
    if len(inner) < 4:
        return False
    width = max(len(x) for x in lines)
    if width > 100 or width < 30:
        return False
    near_full = sum(1 for a in inner if len(a) >= 0.7 * width)
    open_ended = sum(1 for a in inner if not a.endswith(TERMINAL))
    return near_full >= 0.6 * len(inner) and open_ended >= 0.5 * len(inner)


WRAP = regex.compile(r"(?<=\S)[ \t]*\n[ \t]*(?=\S)")
SPACE_RUN = regex.compile(r"(?<=\S)[ \t\u00a0]{2,}(?=\S)|\t")
LEADING = regex.compile(r"(?m)^[ \t\u00a0\u3000]+")
# Anchored at the start of a run and possessive: a long run of spaces that is
# not at a line end is given up once, not retried from each of its characters.
TRAILING = regex.compile(r"(?m)(?<![ \t\u00a0\u3000])[ \t\u00a0\u3000]++$")


def unwrap(norm: Normalized) -> Normalized:
    """Join hard-wrapped lines of one paragraph; blank lines stay paragraph breaks."""
    if not is_hard_wrapped(norm.text):
        return norm
    edits: list[Edit] = []
    width = max(e - s for s, e in _lines(norm.text))
    for m in WRAP.finditer(norm.text):
        _scar(norm, "hard-wrap", m.start(), m.end(), f"line wrapped at about {width} characters")
        edits.append((m.start(), m.end(), " "))
    return _apply(norm, edits)


def collapse_spaces(norm: Normalized) -> Normalized:
    """Single spaces inside lines, no leading or trailing spaces on a line."""
    edits: list[Edit] = []
    for m in LEADING.finditer(norm.text):
        if m.end() < len(norm.text) and norm.text[m.end()] != "\n":
            _scar(norm, "leading-space", m.start(), m.end(), "line starts with a space")
        edits.append((m.start(), m.end(), ""))
    for m in SPACE_RUN.finditer(norm.text):
        if m.group() != " ":
            _scar(norm, "double-space", m.start(), m.end(), "justified-text spacing")
            edits.append((m.start(), m.end(), " "))
    for m in TRAILING.finditer(norm.text):
        edits.append((m.start(), m.end(), ""))
    edits = _merge_edits(edits)
    return _apply(norm, edits)


def _merge_edits(edits: list[Edit]) -> list[Edit]:
    """Sort edits and drop any that overlap an earlier one."""
    out: list[Edit] = []
    for s, e, r in sorted(edits, key=lambda x: (x[0], x[1])):
        if out and s < out[-1][1]:
            continue
        out.append((s, e, r))
    return out


STEPS = (strip_invisible, cap_marks, unify_line_breaks, nfc, unwrap, collapse_spaces)


def normalize(text: str) -> Normalized:
    """Run every normalization step; the result maps back to ``text``."""
    norm = Normalized(text, text, None, None, [], [])
    for step in STEPS:
        norm = step(norm)
    norm.scars.sort(key=lambda s: (s.start, s.end, s.kind))
    return norm
