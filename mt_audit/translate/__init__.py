"""Back-translation engines, registered by name (see :mod:`mt_audit.translate.base`)."""

from __future__ import annotations

from mt_audit.translate import precomputed as _precomputed  # noqa: F401  (registers "precomputed")
from mt_audit.translate.base import ENGINES, Engine, EngineUnavailable, get_engine

__all__ = ["ENGINES", "Engine", "EngineUnavailable", "get_engine"]
