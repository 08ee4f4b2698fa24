"""The engine interface: article sentences in, English sentences out.

An engine sees sentences, never files or findings, so a new back-end is one
small class. Sentence engines (``ct2``, ``hf``, ``openai``) subclass
:class:`BatchedEngine` and write ``_translate_batch()``, ``signature()`` and,
when they can count tokens, ``count_tokens()``; batching sorted by length
under a token budget, splitting of over-long sentences, the cache and
per-sentence failure isolation are done once, here. Engines that work per
document (``precomputed`` reads files a person or another system produced)
override :meth:`Engine.back_translate` instead.
"""

from __future__ import annotations

import inspect
import sys
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from mt_audit.progress import Progress, Say, reporter
from mt_audit.registry import Registry
from mt_audit.types import Document, MissingResource, Sentence

if TYPE_CHECKING:
    from mt_audit.translate.cache import TranslationCache


class EngineUnavailable(MissingResource):
    """The engine cannot run here (missing model or extra); the message says how to fix it."""


@dataclass(frozen=True)
class Translation:
    """One sentence's back-translation, or why there is none.

    ``ok`` is False when the engine failed on this sentence (``text`` is then
    ``""`` and ``note`` holds the error); ``note`` also records a split of an
    over-long sentence.
    """

    text: str
    ok: bool = True
    note: str | None = None
    cached: bool = False


class Engine(ABC):
    """Translates sentences of one source language into English."""

    name: ClassVar[str]
    #: Sentence engines translate sentence lists; document engines override back_translate.
    sentence_level: ClassVar[bool] = True

    @abstractmethod
    def translate(self, sentences: Sequence[str], src_lang: str) -> list[str]:
        """One English translation per input sentence, in order."""

    @abstractmethod
    def signature(self, src_lang: str | None = None) -> str:
        """Engine, model and decoding settings (for ``src_lang``'s model when given), for the run signature."""

    def back_translate(self, doc: Document, sentences: Sequence[Sentence], lang: str) -> list[str] | None:
        """English for each article sentence; ``None`` when none is available.

        A sentence that is covered by its neighbour's translation (a merge)
        gets ``""``.
        """
        todo = [s.text for s in sentences if s.text.strip()]
        out = iter(self.translate(todo, lang))
        return [next(out) if s.text.strip() else "" for s in sentences]

    def prepare(self, langs: Sequence[str]) -> dict[str, MissingResource]:
        """Load what translating ``langs`` needs; the languages that cannot be translated, with why."""
        return {}

    def expect(self, docs: Sequence[Document]) -> None:
        """Every article of the run, before the first is translated (a document engine matches files to them)."""
        return None


class TranslationFailed(RuntimeError):
    """An engine failed on a sentence that :meth:`Engine.translate` was asked for."""


class BatchedEngine(Engine):
    """A sentence engine: length-sorted batches under a token budget, cached, failure-isolated.

    Sorting by length keeps padding (wasted compute) small; the budget
    ``max_tokens`` bounds ``batch size × longest sentence`` so memory stays
    flat whatever the input. Batches are planned over the whole input before
    the cache is consulted, so a resumed run translates exactly the batches an
    uninterrupted run would, and gets identical results.
    """

    #: Source tokens per batch, padding included.
    max_tokens: int = 4096
    #: Sentences per batch, at most.
    max_batch: int = 64
    #: Longer sentences are split at word boundaries into pieces this long.
    max_input_tokens: int = 256

    @abstractmethod
    def _translate_batch(self, batch: list[str], src_lang: str) -> list[str]:
        """Translate one batch (no blank strings); may raise, and then each sentence is retried alone."""

    def count_tokens(self, text: str, src_lang: str) -> int:
        """Source tokens of ``text`` (an estimate: engines with a tokenizer override it)."""
        return max(1, len(text) // 4 + 1)

    def translate(self, sentences: Sequence[str], src_lang: str) -> list[str]:
        results = self.translate_many(sentences, src_lang)
        failed = [r.note for r in results if not r.ok]
        if failed:
            raise TranslationFailed(f"{len(failed)} sentence(s) failed: {failed[0]}")
        return [r.text for r in results]

    def translate_many(
        self,
        sentences: Sequence[str],
        src_lang: str,
        *,
        cache: TranslationCache | None = None,
        progress: Progress | Say | None = None,
    ) -> list[Translation]:
        """One :class:`Translation` per input sentence; blank ones are never sent and come back ``""``."""
        units = sorted({s.strip() for s in sentences if s.strip()})
        pieces: dict[str, list[str]] = {}
        notes: dict[str, str] = {}
        counts: dict[str, int] = {}
        for unit in units:
            n = self.count_tokens(unit, src_lang)
            counts[unit] = n
            if n > self.max_input_tokens:
                parts = self._split(unit, src_lang)
                pieces[unit] = parts
                notes[unit] = f"over {self.max_input_tokens} tokens ({n}): translated in {len(parts)} parts"
                for part in parts:
                    counts.setdefault(part, self.count_tokens(part, src_lang))
            else:
                pieces[unit] = [unit]
        todo = sorted({p for ps in pieces.values() for p in ps}, key=lambda p: (counts[p], p))
        done: dict[str, Translation] = {}
        shown = reporter(progress if progress is not None else sys.stderr.isatty())  # None: a bar on a terminal
        bar = shown.bar(f"translate {src_lang}", len(todo))
        prefix = self.signature(src_lang)
        for batch in self._plan(todo, counts):
            hits = cache.get_many(prefix, src_lang, batch) if cache is not None else {}
            if len(hits) == len(batch):
                done.update((s, Translation(hits[s], cached=True)) for s in batch)
            else:
                out = self._run_batch(batch, src_lang)
                done.update(out)
                if cache is not None:
                    cache.put_many(prefix, src_lang, [(s, t.text) for s, t in out.items() if t.ok and s not in hits])
            if cache is not None:
                cache.count(hits=len(hits), misses=len(batch) - len(hits))
            bar.update(len(batch))
        bar.close()
        joined: dict[str, Translation] = {}
        for unit in units:
            parts = [done[p] for p in pieces[unit]]
            bad = next((p for p in parts if not p.ok), None)
            if bad is not None:
                joined[unit] = Translation("", ok=False, note=bad.note)
            else:
                joined[unit] = Translation(
                    " ".join(p.text for p in parts if p.text), note=notes.get(unit), cached=all(p.cached for p in parts)
                )
        return [joined[s.strip()] if s.strip() else Translation("") for s in sentences]

    def _plan(self, todo: list[str], counts: dict[str, int]) -> list[list[str]]:
        """Consecutive (length-sorted) sentences grouped while ``size × longest`` fits the budget."""
        batches: list[list[str]] = []
        batch: list[str] = []
        for s in todo:
            longest = counts[s]  # todo is sorted by length: the newest sentence is the longest
            if batch and (len(batch) >= self.max_batch or (len(batch) + 1) * longest > self.max_tokens):
                batches.append(batch)
                batch = []
            batch.append(s)
        if batch:
            batches.append(batch)
        return batches

    def _run_batch(self, batch: list[str], src_lang: str) -> dict[str, Translation]:
        """The batch at once; if that fails, each sentence alone, so one bad sentence fails only itself."""
        try:
            out = self._translate_batch(batch, src_lang)
            if len(out) != len(batch):
                raise TranslationFailed(f"engine returned {len(out)} translations for {len(batch)} sentences")
            return {s: Translation(t.strip()) for s, t in zip(batch, out)}
        except MissingResource:
            raise
        except Exception:
            return {s: self._one(s, src_lang) for s in batch}

    def _one(self, sentence: str, src_lang: str) -> Translation:
        try:
            out = self._translate_batch([sentence], src_lang)
            if len(out) != 1:
                raise TranslationFailed(f"engine returned {len(out)} translations for 1 sentence")
            return Translation(out[0].strip())
        except MissingResource:
            raise
        except Exception as exc:
            return Translation("", ok=False, note=f"{type(exc).__name__}: {exc}".splitlines()[0][:300])

    def _split(self, text: str, src_lang: str) -> list[str]:
        """Word-boundary pieces of at most ``max_input_tokens`` tokens (a single huge word is cut)."""
        parts: list[str] = []
        current: list[str] = []
        for word in text.split():
            trial = " ".join([*current, word])
            if current and self.count_tokens(trial, src_lang) > self.max_input_tokens:
                parts.append(" ".join(current))
                current = [word]
            else:
                current.append(word)
        if current:
            parts.append(" ".join(current))
        out: list[str] = []
        for part in parts:
            while self.count_tokens(part, src_lang) > self.max_input_tokens and len(part) > 1:
                cut = max(1, len(part) * self.max_input_tokens // self.count_tokens(part, src_lang))
                out.append(part[:cut])
                part = part[cut:]
            out.append(part)
        return [p for p in out if p.strip()]


class LocalModelEngine(BatchedEngine):
    """A sentence engine with one model per source language, found and loaded on first use."""

    _loaded: dict[str, Any]

    @abstractmethod
    def _load(self, lang: str) -> Any:
        """Load (once) what translates ``lang``: an object with ``resolved`` (a :class:`~.models.Resolved`)."""

    def prepare(self, langs: Sequence[str]) -> dict[str, MissingResource]:
        missing: dict[str, MissingResource] = {}
        for lang in langs:
            try:
                self._load(lang)
            except MissingResource as exc:
                missing[lang] = exc
            except Exception as exc:  # a broken model folder: this language goes without, the run goes on
                missing[lang] = MissingResource(f"cannot load the {self.name} model for {lang}: {exc}".splitlines()[0])
        return missing

    def models(self) -> dict[str, str]:
        """Per language: the model used and where it was found (for ``run.json``)."""
        from mt_audit.translate.models import model_id_of

        out = {}
        for lang, m in sorted(self._loaded.items()):
            found = m.resolved
            out[lang] = f"{model_id_of(found.path, found.model_id)} ({found.found_in}: {found.path})"
        return out


ENGINES: Registry[type[Engine]] = Registry("engine")
#: Settings an engine may take; :func:`build_engine` passes each engine those its constructor names.
ENGINE_SETTINGS = ("model", "model_dir", "device", "beam_size", "max_decoding_length", "base_url")


def get_engine(name: str, **options: Any) -> Engine:
    """Instantiate the engine registered as ``name``."""
    return ENGINES.get(name)(**options)


def build_engine(name: str, **options: Any) -> Engine:
    """Instantiate ``name`` with those of ``options`` its constructor takes (the CLI offers all engines' options)."""
    cls = ENGINES.get(name)
    accepted = inspect.signature(cls.__init__).parameters
    return cls(**{k: v for k, v in options.items() if k in accepted})
