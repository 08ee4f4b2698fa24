"""Any transformers seq2seq model: OPUS-MT, NLLB-200, M2M100, mBART-50.

Slower than CTranslate2 on the same model, but it runs every architecture
transformers knows without conversion. float32 on CPU, float16 on GPU.
"""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass
from typing import Any

from mt_audit.backends import device_of
from mt_audit.translate.base import ENGINES, EngineUnavailable, LocalModelEngine
from mt_audit.translate.ct2 import NLLB_CODES
from mt_audit.translate.models import Resolved, fingerprint, is_transformers, resolve
from mt_audit.types import MissingResource


@dataclass
class _Loaded:
    model: Any
    tokenizer: Any
    resolved: Resolved
    fingerprint: str
    generate_kwargs: dict[str, Any]


@ENGINES.register("hf")
class HFEngine(LocalModelEngine):
    """A transformers ``AutoModelForSeq2SeqLM`` with its own tokenizer."""

    name = "hf"

    def __init__(
        self,
        *,
        model: str | None = None,
        model_dir: str | os.PathLike[str] | None = None,
        device: str = "auto",
        beam_size: int = 2,
        max_decoding_length: int = 256,
        threads: int = 0,
        max_batch: int = 32,
        max_tokens: int = 4096,
    ) -> None:
        try:
            import torch
            import transformers
        except ImportError:
            raise EngineUnavailable(
                "the hf engine needs torch and transformers",
                missing=("torch", "transformers"),
                get=('pip install "mt-audit[mt]"',),
            ) from None
        self._torch, self._transformers = torch, transformers
        self.model, self.model_dir = model, model_dir
        self.device = device_of(device, torch.cuda.is_available)
        self.dtype = "float16" if self.device == "cuda" else "float32"
        self.beam_size, self.max_decoding_length = beam_size, max_decoding_length
        if threads:
            torch.set_num_threads(threads)
        self.max_batch, self.max_tokens = max_batch, max_tokens
        self._loaded: dict[str, _Loaded] = {}

    def _load(self, lang: str) -> _Loaded:
        if lang in self._loaded:
            return self._loaded[lang]
        from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

        found = resolve(lang, "hf", model=self.model, model_dir=self.model_dir)
        if not is_transformers(found.path):
            raise MissingResource(f"{found.path} is not a transformers model folder", missing=(str(found.path),))
        same = next((m for m in self._loaded.values() if m.resolved.path == found.path), None)
        with warnings.catch_warnings():  # e.g. Marian's "pip install sacremoses": not used for translation
            warnings.simplefilter("ignore")
            tokenizer = AutoTokenizer.from_pretrained(str(found.path))
            model = same.model if same else self._from_pretrained(AutoModelForSeq2SeqLM, str(found.path))
        kwargs: dict[str, Any] = {}
        kind = type(tokenizer).__name__.lower()
        if "nllb" in kind:
            tokenizer.src_lang = NLLB_CODES.get(lang, lang)
            kwargs["forced_bos_token_id"] = tokenizer.convert_tokens_to_ids("eng_Latn")
        elif "m2m" in kind:
            tokenizer.src_lang = lang
            kwargs["forced_bos_token_id"] = tokenizer.get_lang_id("en")
        loaded = _Loaded(model, tokenizer, found, same.fingerprint if same else fingerprint(found.path), kwargs)
        self._loaded[lang] = loaded
        return loaded

    def _from_pretrained(self, cls: Any, path: str) -> Any:
        dtype = getattr(self._torch, self.dtype)
        try:
            model = cls.from_pretrained(path, dtype=dtype)
        except TypeError:  # transformers before 4.56 calls it torch_dtype
            model = cls.from_pretrained(path, torch_dtype=dtype)
        return model.to(self.device).eval()

    def count_tokens(self, text: str, src_lang: str) -> int:
        return len(self._load(src_lang).tokenizer(text)["input_ids"])

    def _translate_batch(self, batch: list[str], src_lang: str) -> list[str]:
        m = self._load(src_lang)
        enc = m.tokenizer(batch, return_tensors="pt", padding=True).to(self.device)
        with self._torch.inference_mode():
            out = m.model.generate(
                **enc,
                num_beams=self.beam_size,
                max_new_tokens=self.max_decoding_length,
                do_sample=False,
                **m.generate_kwargs,
            )
        return [str(t) for t in m.tokenizer.batch_decode(out, skip_special_tokens=True)]

    def signature(self, src_lang: str | None = None) -> str:
        settings = (
            f"hf:transformers-{self._transformers.__version__}|torch-{self._torch.__version__}"
            f"|device:{self.device}|dtype:{self.dtype}|beam:{self.beam_size}|max_len:{self.max_decoding_length}"
        )
        if src_lang is None:
            return settings
        m = self._load(src_lang)
        return f"{settings}|model:{m.resolved.model_id}@{m.fingerprint}"
