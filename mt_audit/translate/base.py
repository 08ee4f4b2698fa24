"""The engine interface: article sentences in, English sentences out.

An engine sees sentences, never files or findings, so a new back-end is one
small class: ``translate()`` and ``signature()``. Engines that work per
document (``precomputed`` reads files a person or another system produced)
override :meth:`Engine.back_translate` instead.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import Any, ClassVar

from mt_audit.registry import Registry
from mt_audit.types import Document, Sentence


class EngineUnavailable(RuntimeError):
    """The engine cannot run here (missing model or extra); the message says how to fix it."""


class Engine(ABC):
    """Translates sentences of one source language into English."""

    name: ClassVar[str]

    @abstractmethod
    def translate(self, sentences: Sequence[str], src_lang: str) -> list[str]:
        """One English translation per input sentence, in order."""

    @abstractmethod
    def signature(self) -> str:
        """Engine, model and decoding settings, for the run signature."""

    def back_translate(self, doc: Document, sentences: Sequence[Sentence], lang: str) -> list[str] | None:
        """English for each article sentence; ``None`` when none is available.

        A sentence that is covered by its neighbour's translation (a merge)
        gets ``""``.
        """
        todo = [s.text for s in sentences if s.text.strip()]
        out = iter(self.translate(todo, lang))
        return [next(out) if s.text.strip() else "" for s in sentences]


ENGINES: Registry[type[Engine]] = Registry("engine")


def get_engine(name: str, **options: Any) -> Engine:
    """Instantiate the engine registered as ``name``."""
    return ENGINES.get(name)(**options)
