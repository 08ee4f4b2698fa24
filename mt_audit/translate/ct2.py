"""CTranslate2: OPUS-MT (Marian) and other seq2seq models, int8 on CPU, float16 on GPU.

CTranslate2 is the fastest engine for Marian models on both CPU and GPU.
Models are CTranslate2 folders (``model.bin``); a transformers folder or hub
id is converted once into mt-audit's model cache. Marian models are
tokenized with their own SentencePiece files, so translating needs neither
torch nor transformers; other families (NLLB, M2M100) use their
transformers tokenizer and language tokens.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mt_audit.backends import device_of
from mt_audit.translate.base import ENGINES, EngineUnavailable, LocalModelEngine
from mt_audit.translate.models import (
    Resolved,
    convert,
    fingerprint,
    is_ct2,
    is_transformers,
    local_name,
    model_id_of,
    models_dir,
    resolve,
)
from mt_audit.types import MissingResource

#: NLLB-200 codes of common source languages (the target is always ``eng_Latn``).
NLLB_CODES = {
    "ar": "arb_Arab", "bg": "bul_Cyrl", "bn": "ben_Beng", "cs": "ces_Latn", "da": "dan_Latn", "de": "deu_Latn",
    "el": "ell_Grek", "es": "spa_Latn", "et": "est_Latn", "fa": "pes_Arab", "fi": "fin_Latn", "fr": "fra_Latn",
    "he": "heb_Hebr", "hi": "hin_Deva", "hr": "hrv_Latn", "hu": "hun_Latn", "id": "ind_Latn", "it": "ita_Latn",
    "ja": "jpn_Jpan", "ko": "kor_Hang", "lt": "lit_Latn", "lv": "lvs_Latn", "ms": "zsm_Latn", "nl": "nld_Latn",
    "no": "nob_Latn", "pl": "pol_Latn", "pt": "por_Latn", "ro": "ron_Latn", "ru": "rus_Cyrl", "sk": "slk_Latn",
    "sl": "slv_Latn", "sr": "srp_Cyrl", "sv": "swe_Latn", "sw": "swh_Latn", "th": "tha_Thai", "tr": "tur_Latn",
    "uk": "ukr_Cyrl", "ur": "urd_Arab", "vi": "vie_Latn", "zh": "zho_Hans",
}  # fmt: skip


class Tokenizer:
    """Text ↔ the model's subword tokens, with the language tokens its family needs."""

    def __init__(self, folder: Path, lang: str) -> None:
        self.lang = lang
        self.target_prefix: list[str] | None = None
        if (folder / "source.spm").is_file() and (folder / "target.spm").is_file():
            import sentencepiece as spm

            self.family = "marian"
            self._src = spm.SentencePieceProcessor(model_file=str(folder / "source.spm"))
            self._tgt = spm.SentencePieceProcessor(model_file=str(folder / "target.spm"))
            return
        try:
            from transformers import AutoTokenizer
        except ImportError:
            raise MissingResource(
                f"{folder} is not a Marian model; its tokenizer needs transformers",
                missing=("transformers",),
                get=('pip install "mt-audit[mt]"',),
            ) from None
        self._hf = AutoTokenizer.from_pretrained(str(folder))
        name = type(self._hf).__name__.lower()
        if "nllb" in name:
            self.family = "nllb"
            self._hf.src_lang = NLLB_CODES.get(lang, lang)
            self.target_prefix = ["eng_Latn"]
        elif "m2m" in name:
            self.family = "m2m100"
            self._hf.src_lang = lang
            self.target_prefix = [self._hf.lang_code_to_token["en"]]
        else:
            self.family = "auto"

    def encode(self, text: str) -> list[str]:
        if self.family == "marian":
            return [*self._src.encode(text, out_type=str), "</s>"]
        return list(self._hf.convert_ids_to_tokens(self._hf.encode(text)))

    def decode(self, tokens: Sequence[str]) -> str:
        if self.family == "marian":
            return str(self._tgt.decode_pieces([t for t in tokens if t not in ("</s>", "<pad>", "<unk>")]))
        if self.target_prefix and tokens and tokens[0] == self.target_prefix[0]:
            tokens = tokens[1:]
        ids = self._hf.convert_tokens_to_ids(list(tokens))
        return str(self._hf.decode(ids, skip_special_tokens=True))


@dataclass
class _Loaded:
    translator: Any
    tokenizer: Tokenizer
    resolved: Resolved
    fingerprint: str


@ENGINES.register("ct2")
class CT2Engine(LocalModelEngine):
    """OPUS-MT (or any converted seq2seq model) through CTranslate2."""

    name = "ct2"

    def __init__(
        self,
        *,
        model: str | None = None,
        model_dir: str | os.PathLike[str] | None = None,
        device: str = "auto",
        compute_type: str | None = None,
        beam_size: int = 2,
        max_decoding_length: int = 256,
        threads: int = 0,
        max_batch: int = 64,
        max_tokens: int = 4096,
    ) -> None:
        try:
            import ctranslate2
        except ImportError:
            raise EngineUnavailable(
                "the ct2 engine needs CTranslate2", missing=("ctranslate2",), get=('pip install "mt-audit[mt]"',)
            ) from None
        self._ct2 = ctranslate2
        self.model, self.model_dir = model, model_dir
        self.device = device_of(device, lambda: ctranslate2.get_cuda_device_count() > 0)
        self.compute_type = compute_type or ("float16" if self.device == "cuda" else "int8")
        self.beam_size, self.max_decoding_length = beam_size, max_decoding_length
        self.threads = threads or (os.cpu_count() or 1)
        self.max_batch, self.max_tokens = max_batch, max_tokens
        self._loaded: dict[str, _Loaded] = {}
        self._by_path: dict[Path, tuple[Any, str]] = {}

    def _load(self, lang: str) -> _Loaded:
        if lang in self._loaded:
            return self._loaded[lang]
        found = resolve(lang, "ct2", model=self.model, model_dir=self.model_dir)
        folder = found.path
        if not is_ct2(folder):
            if not is_transformers(folder):
                raise MissingResource(
                    f"{folder} is neither a CTranslate2 nor a transformers model", missing=(str(folder),)
                )
            local = found.found_in in ("path", "model-dir")
            name = f"{folder.name}-{fingerprint(folder)}" if local else local_name(found.model_id)
            dest = models_dir() / "ct2" / name
            folder = dest if is_ct2(dest) else convert(folder, dest, model_id=found.model_id)
            found = Resolved(folder, found.model_id, f"{found.found_in}, converted")
        if folder not in self._by_path:  # several languages may share one model: load and hash it once
            translator = self._ct2.Translator(
                str(folder),
                device=self.device,
                compute_type=self.compute_type,
                intra_threads=self.threads if self.device == "cpu" else 0,
            )
            self._by_path[folder] = (translator, fingerprint(folder))
        translator, print_ = self._by_path[folder]
        loaded = _Loaded(translator, Tokenizer(folder, lang), found, print_)
        self._loaded[lang] = loaded
        return loaded

    def count_tokens(self, text: str, src_lang: str) -> int:
        return len(self._load(src_lang).tokenizer.encode(text))

    def _translate_batch(self, batch: list[str], src_lang: str) -> list[str]:
        m = self._load(src_lang)
        tokens = [m.tokenizer.encode(s) for s in batch]
        prefix = [list(m.tokenizer.target_prefix) for _ in batch] if m.tokenizer.target_prefix else None
        results = m.translator.translate_batch(
            tokens,
            target_prefix=prefix,
            beam_size=self.beam_size,
            max_decoding_length=self.max_decoding_length,
            max_batch_size=len(batch),
        )
        return [m.tokenizer.decode(r.hypotheses[0]) for r in results]

    def signature(self, src_lang: str | None = None) -> str:
        settings = (
            f"ct2:{self._ct2.__version__}|device:{self.device}|compute:{self.compute_type}"
            f"|beam:{self.beam_size}|max_len:{self.max_decoding_length}"
        )
        if src_lang is None:
            return settings
        m = self._load(src_lang)
        return f"{settings}|model:{model_id_of(m.resolved.path, m.resolved.model_id)}@{m.fingerprint}"
