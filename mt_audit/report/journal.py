"""Never lose finished work: the run journal and output folders that are replaced whole.

``partial.jsonl`` in the output folder is an append-only journal: each
finished article is one JSON line, flushed and fsynced before the next one
starts, tagged with the key of the run (settings, models, sources) and of the
article's input. A rerun into the same folder with the same key reads those
articles back instead of computing them again; lines of other keys are kept
untouched. A line cut short by a crash is skipped.

The tables of a run are first written into a staging folder inside the output
folder and then moved into place file by file (renames, which need no space),
so a full disk or a permission error leaves the previous run's files as they
were, never a mix of two runs.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from mt_audit.report.tables import _plain_tree
from mt_audit.types import OutputError

STAGING_PREFIX = ".mt-audit-staging-"


class Journal:
    """Append-only record of finished articles in ``out/partial.jsonl``; see the module docstring.

    ``finished`` maps the article keys of this run's key to where their line
    starts, and :meth:`read` reads one back, so a resumed run of any size holds
    no finished article in memory. Writing is ASCII-only JSON, so no text (lone
    surrogates included) can fail to encode; a failed write ends the run with
    :class:`OutputError` and the lines written before it kept.
    """

    NAME = "partial.jsonl"

    def __init__(self, out: str | os.PathLike[str] | None, run_key: str = "") -> None:
        self.path = Path(out) / self.NAME if out is not None else None
        self.run_key = run_key
        self.finished: dict[str, int] = {}
        self.written = 0
        self._fh: Any = None
        self._reader: Any = None
        if self.path is None:
            return
        self.finished = {rec["article_key"]: at for at, rec in self._read() if rec.get("run_key") == run_key}
        try:
            self._fh = self.path.open("ab")
        except OSError as exc:
            raise OutputError(f"cannot write {self.path}: {exc.strerror or exc}") from None

    def _read(self) -> Iterator[tuple[int, dict[str, Any]]]:
        """Each readable line with the byte offset it starts at."""
        assert self.path is not None
        if not self.path.is_file():
            return
        with self.path.open("rb") as fh:
            at = 0
            for line in fh:
                start, at = at, at + len(line)
                try:
                    rec = json.loads(line.decode("utf-8", errors="replace"))
                except ValueError:  # a line a crash cut short
                    continue
                if isinstance(rec, dict) and "article_key" in rec:
                    yield start, rec

    def read(self, article_key: str) -> dict[str, Any]:
        """One finished article's record (without its keys), read back from its line."""
        assert self.path is not None
        if self._reader is None:
            self._reader = self.path.open("rb")
        self._reader.seek(self.finished[article_key])
        rec = json.loads(self._reader.readline().decode("ascii"))
        return {k: v for k, v in rec.items() if k not in ("run_key", "article_key")}

    def record(self, article_key: str, entry: dict[str, Any]) -> None:
        """Append one finished article and make it durable before returning."""
        if self._fh is None:
            return
        line = json.dumps(_plain_tree({"run_key": self.run_key, "article_key": article_key, **entry}),
                          ensure_ascii=True, sort_keys=True)  # fmt: skip
        start = self._fh.tell()
        try:
            self._fh.write(line.encode("ascii") + b"\n")
            self._fh.flush()
            os.fsync(self._fh.fileno())
        except OSError as exc:
            with contextlib.suppress(OSError):  # leave no half line behind
                self._fh.truncate(start)
            raise OutputError(
                f"cannot write {self.path}: {exc.strerror or exc}; the {len(self.finished)} "
                "articles finished so far are kept there: free the space or fix the permissions and rerun "
                "the same command to resume"
            ) from None
        self.finished[article_key] = start
        self.written += 1

    def finish(self) -> None:
        """The run's tables are in place: drop this run's lines, keep any other run's."""
        if self._fh is None or self.path is None:
            return
        self.close()
        try:
            others = [line for line in self._lines() if _key_of(line) != self.run_key]
            if others:
                atomic_replace_text(self.path, "".join(others))
            else:
                self.path.unlink(missing_ok=True)
        except OSError:  # the tables are in place; a journal left behind only makes a rerun resume
            pass

    def close(self) -> None:
        for fh in (self._fh, self._reader):
            if fh is not None:
                fh.close()
        self._fh = self._reader = None

    def _lines(self) -> list[str]:
        assert self.path is not None
        if not self.path.is_file():
            return []
        with self.path.open(encoding="ascii", errors="replace") as fh:
            return [line if line.endswith("\n") else line + "\n" for line in fh if line.strip()]


def _key_of(line: str) -> str | None:
    try:
        rec = json.loads(line)
    except ValueError:
        return None
    return rec.get("run_key") if isinstance(rec, dict) else None


def atomic_replace_text(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "w", encoding="ascii", errors="backslashreplace") as fh:
        fh.write(text)
    os.replace(tmp, path)


def check_out(out: str | os.PathLike[str]) -> Path:
    """Pre-flight: ``out`` is (or can be made) a folder we can write into; stale staging folders go.

    Raises :class:`~mt_audit.types.InputError` when ``out`` is a file and
    :class:`OutputError` when it cannot be created or written.
    """
    from mt_audit.types import InputError

    folder = Path(out)
    if folder.exists() and not folder.is_dir():
        raise InputError(f"--out {folder} is a file, not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(dir=folder, prefix=".mt-audit-probe-")
        try:
            os.write(fd, b"probe")
            os.fsync(fd)
        finally:
            os.close(fd)
            os.unlink(probe)
    except OSError as exc:
        raise OutputError(f"cannot write into --out {folder}: {exc.strerror or exc}") from None
    for stale in folder.glob(STAGING_PREFIX + "*"):
        shutil.rmtree(stale, ignore_errors=True)
    return folder


@contextlib.contextmanager
def staged(out: str | os.PathLike[str], names: Sequence[str]) -> Iterator[Path]:
    """A staging folder inside ``out``; on success its files (and folders) replace ``names`` in ``out``.

    Files of ``names`` that the staging folder lacks are removed from ``out``
    (a file of the previous run must not sit beside this run's). On an error
    the staging folder is removed and ``out`` is left as it was.
    """
    folder = Path(out)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=folder, prefix=STAGING_PREFIX))
    except OSError as exc:
        raise OutputError(f"cannot write into {folder}: {exc.strerror or exc}") from None
    try:
        yield staging
        for name in names:
            new, old = staging / name, folder / name
            if old.is_dir():  # a folder (a paged report's article pages) is replaced whole
                shutil.rmtree(old)
            if new.exists():
                os.replace(new, old)
            else:
                old.unlink(missing_ok=True)
    except OSError as exc:
        raise OutputError(
            f"cannot write the results into {folder}: {exc.strerror or exc}; the previous files there are untouched"
        ) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
