"""Pre-flight: what a run was asked to use is checked before any heavy work.

A run that cannot do what it was asked should say so in a second, in one line
naming the cause and the fix, not after an hour of embedding. What the user
*requested* (an engine named with ``--engine``, a COMET model, a source) and
cannot have ends the run (:class:`RequiredMissing`) unless ``allow_missing``
is set; then, like what was never requested (the default engine's models),
it is recorded as a :class:`Shortfall` that run.json, the report and the exit
code carry.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from mt_audit.types import InputError, MissingResource

if TYPE_CHECKING:
    from mt_audit.comet_score import CometScorer
    from mt_audit.embed import Embedder
    from mt_audit.settings import Settings
    from mt_audit.translate import Engine


class RequiredMissing(MissingResource):
    """Something the run was asked to use is missing or failed, and ``allow_missing`` is off.

    ``skippable`` is False for what no run can go without (the embedder).
    """

    skippable = True

    def line(self) -> str:
        """One line: the cause, then the fix (unless the cause already names it)."""
        fixes = [g for g in self.get if g not in str(self)]
        fix = f"; fix: {' or '.join(fixes)}" if fixes else ""
        skip = " (or --allow-missing to go on without it)" if self.skippable else ""
        return f"{self}{fix}{skip}"


class EmbedderMissing(RequiredMissing):
    skippable = False


@dataclass(frozen=True)
class Shortfall:
    """One thing a run could not use: what, why, the commands that get it, and whether it was asked for."""

    message: str
    missing: tuple[str, ...] = ()
    get: tuple[str, ...] = ()
    requested: bool = False

    def record(self) -> dict[str, Any]:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in asdict(self).items()}

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Shortfall:
        return cls(**{k: tuple(v) if isinstance(v, list) else v for k, v in record.items()})


class Shortfalls(dict[str, Shortfall]):
    """What is missing, by key (``engine``, ``engine:ar``, ``comet``, ``source:ID``)."""

    def __init__(self, allow_missing: bool) -> None:
        super().__init__()
        self.allow_missing = allow_missing

    def add(self, key: str, exc: MissingResource, *, requested: bool, label: str = "", strict: bool = True) -> None:
        """Record ``exc``; raise :class:`RequiredMissing` when it was requested and may not be skipped.

        ``strict=False`` records even a requested failure (found mid-run, when
        stopping would lose work); the exit code still reports it.
        """
        message = f"{label}: {exc}" if label else str(exc)
        if requested and strict and not self.allow_missing:
            raise RequiredMissing(message, missing=exc.missing, get=exc.get)
        self[key] = Shortfall(message, tuple(exc.missing), tuple(exc.get), requested)

    def records(self) -> dict[str, dict[str, Any]]:
        return {k: v.record() for k, v in sorted(self.items())}


def check_paths(paths: Sequence[str]) -> None:
    """Every path given exists (a glob matches something): a typo is a usage error, not an empty audit."""
    for path in paths:
        if os.path.lexists(path):
            continue
        if any(ch in path for ch in "*?[") and glob.glob(path, recursive=True):
            continue
        raise InputError(f"no such file or folder: {path}")


def parquet() -> None:
    """Parquet output was asked for: pyarrow must be there before the audit starts, not after it."""
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise RequiredMissing(
            "--parquet needs pyarrow", missing=("pyarrow",), get=('pip install "mt-audit[parquet]"',)
        ) from None


def engine(settings: Settings, shortfalls: Shortfalls) -> tuple[Engine | None, str]:
    """The back-translation engine (or None) and a note on why there is none.

    ``auto`` reads precomputed back-translations when a folder is known and
    otherwise translates with ``ct2``; only an engine named explicitly counts
    as requested.
    """
    from mt_audit.translate import ENGINE_SETTINGS, build_engine

    name, folder = settings.engine, settings.backtranslations
    if name == "none":
        return None, "back-translation disabled (--engine none)"
    requested = name != "auto"
    if name == "auto":
        name = "precomputed" if folder else "ct2"
    try:
        options = {k: getattr(settings, k) for k in ENGINE_SETTINGS}
        return build_engine(name, folder=folder, **options), ""
    except MissingResource as exc:
        shortfalls.add("engine", exc, requested=requested, label=f"--engine {name}")
        return None, str(exc)


def engine_requested(settings: Settings) -> bool:
    return settings.engine not in ("auto", "none")


def comets(settings: Settings, shortfalls: Shortfalls) -> dict[str, CometScorer]:
    """The COMET scorers asked for, loaded (a missing extra or model is a shortfall)."""
    out: dict[str, CometScorer] = {}
    for column, spec in (("comet", settings.comet), ("comet_qe", settings.comet_qe)):
        if not spec:
            continue
        from mt_audit.comet_score import load_comet

        flag = f"--{column.replace('_', '-')} {spec}"
        try:
            scorer = load_comet(spec, device=settings.device)
        except MissingResource as exc:
            shortfalls.add(column, exc, requested=True, label=flag)
            continue
        if scorer.qe != (column == "comet_qe"):
            kind = "reference-free (QE)" if scorer.qe else "reference-based"
            raise InputError(f"{flag} is a {kind} COMET model")
        out[column] = scorer
    return out


def embedder(name: str) -> Embedder:
    """The sentence embedder; nothing can be audited without one, so a missing extra always ends the run."""
    from mt_audit.embed import get_embedder

    try:
        return get_embedder(name)
    except ImportError as exc:
        raise EmbedderMissing(
            f"--embedder {name}: {exc}".split(": pip install")[0],
            missing=(name,),
            get=(f'pip install "mt-audit[{"st" if name == "sentence-transformers" else name}]"',),
        ) from None
