"""Progress people can read: bars with an ETA in a terminal or Jupyter, lines in a log, nothing when quiet.

A run talks through one :class:`Progress`: ``say`` for messages, ``bar`` for
counted work (sources embedded, articles audited, sentences translated).
:class:`Bars` draws tqdm bars (``tqdm.auto``: widgets in Jupyter, a redrawn
line in a terminal); :class:`Lines` writes plain lines, a bar's state at
most every :data:`LINE_EVERY` seconds, for logs and for callers that pass a
function; :class:`Silent` says nothing.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any

Say = Callable[[str], None]
#: Seconds between two lines of one bar in a log.
LINE_EVERY = 10.0


class Bar:
    """Counted work; ``note`` is a line about one step (shown where lines are shown)."""

    def update(self, n: int = 1, note: str | None = None) -> None:
        """Count ``n`` more steps done."""

    def close(self) -> None:
        """The work is over."""

    def __enter__(self) -> Bar:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


class Progress:
    """Where a run's messages and bars go; this base says nothing."""

    def say(self, message: str) -> None:
        """A message for the user."""

    def bar(self, desc: str, total: int) -> Bar:
        """A bar for ``total`` steps of ``desc``."""
        return Bar()


Silent = Progress


class Lines(Progress):
    """Plain lines to a function: every message and step note, and each bar every :data:`LINE_EVERY` s."""

    def __init__(self, write: Say) -> None:
        self.write = write

    def say(self, message: str) -> None:
        self.write(message)

    def bar(self, desc: str, total: int) -> Bar:
        return _LineBar(self.write, desc, total)


class _LineBar(Bar):
    def __init__(self, write: Say, desc: str, total: int) -> None:
        self.write, self.desc, self.total = write, desc, total
        self.done, self.t0, self.last = 0, time.perf_counter(), time.perf_counter()

    def update(self, n: int = 1, note: str | None = None) -> None:
        self.done += n
        if note is not None:
            self.write(note)
            return
        now = time.perf_counter()
        if now - self.last >= LINE_EVERY or self.done >= self.total:
            self.last = now
            rate = self.done / max(now - self.t0, 1e-9)
            self.write(f"{self.desc}: {self.done}/{self.total} ({rate:.1f}/s)")


class Bars(Progress):
    """tqdm bars on stderr (``tqdm.auto``: Jupyter widgets where they work); messages printed above them."""

    def say(self, message: str) -> None:
        from tqdm.auto import tqdm

        tqdm.write(message, file=sys.stderr)

    def bar(self, desc: str, total: int) -> Bar:
        return _TqdmBar(desc, total)


class _TqdmBar(Bar):
    def __init__(self, desc: str, total: int) -> None:
        from tqdm.auto import tqdm

        self._bar = tqdm(total=total, desc=desc, file=sys.stderr, dynamic_ncols=True, mininterval=0.5)

    def update(self, n: int = 1, note: str | None = None) -> None:
        self._bar.update(n)

    def close(self) -> None:
        self._bar.close()


def reporter(progress: Progress | Say | bool | None) -> Progress:
    """A :class:`Progress` from what a caller gave: one, a function (lines), True (bars) or None/False."""
    if isinstance(progress, Progress):
        return progress
    if progress is True:
        return Bars()
    if callable(progress):
        return Lines(progress)
    return Silent()
