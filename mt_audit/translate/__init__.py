"""Back-translation engines, registered by name (see :mod:`mt_audit.translate.base`).

The engine modules import their heavy libraries (ctranslate2, torch,
transformers) only when an engine is built, so importing them here is cheap.
"""

from __future__ import annotations

from mt_audit.translate import ct2 as _ct2  # noqa: F401  (registers "ct2")
from mt_audit.translate import hf as _hf  # noqa: F401  (registers "hf")
from mt_audit.translate import openai_engine as _openai  # noqa: F401  (registers "openai")
from mt_audit.translate import precomputed as _precomputed  # noqa: F401  (registers "precomputed")
from mt_audit.translate.base import (
    ENGINE_SETTINGS,
    ENGINES,
    BatchedEngine,
    Engine,
    EngineUnavailable,
    Translation,
    TranslationFailed,
    build_engine,
    get_engine,
)
from mt_audit.translate.cache import TranslationCache

__all__ = [
    "ENGINE_SETTINGS",
    "ENGINES",
    "BatchedEngine",
    "Engine",
    "EngineUnavailable",
    "Translation",
    "TranslationCache",
    "TranslationFailed",
    "build_engine",
    "get_engine",
]
