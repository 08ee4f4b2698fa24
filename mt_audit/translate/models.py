"""Which model back-translates which language, and where it is found.

Per source language a default model id: Helsinki-NLP's OPUS-MT
``opus-mt-{lang}-en`` where one exists, else the multilingual
``opus-mt-mul-en``. A model is looked for, in order, in ``--model-dir``
(a model folder used for every language, or a folder of model folders named
after the ids), in mt-audit's own cache of converted models, in the local
Hugging Face cache, and last on the hub, only when it is reachable and
``HF_HUB_OFFLINE`` is not set. What cannot be found raises
:class:`~mt_audit.types.MissingResource` naming the model and the command
that gets it.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path

from mt_audit.backends import hub_reachable
from mt_audit.translate.cache import home
from mt_audit.types import MissingResource

#: Source languages with a published ``Helsinki-NLP/opus-mt-{lang}-en`` model.
OPUS_MT_LANGS = frozenset(
    "af ar bg bn ca cs cy da de es et eu fi fr ga gl he hi hu hy id is it ja ka ko lv mk ml mr "
    "nl pl ru sk sq sv th tl tr uk ur vi zh".split()
)
MULTILINGUAL = "Helsinki-NLP/opus-mt-mul-en"
#: Tokenizer files the CTranslate2 folder keeps, so it translates without the original.
TOKENIZER_FILES = (
    "source.spm", "target.spm", "vocab.json", "tokenizer_config.json", "special_tokens_map.json",
    "sentencepiece.bpe.model", "tokenizer.json", "spm.model", "sentencepiece.model", "generation_config.json",
)  # fmt: skip
MARKER = "mt_audit_model.json"
#: What ``models convert`` imports: CTranslate2's converter loads the transformers model with torch from the hub.
CONVERT_NEEDS = ("ctranslate2", "transformers", "torch", "huggingface_hub")
#: The command that installs them (the ``mt`` extra).
MT_EXTRA = 'pip install "mt-audit[mt]"'


def not_installed(modules: tuple[str, ...] = CONVERT_NEEDS) -> list[str]:
    """Those of ``modules`` that are not installed, looked up without importing them (transformers takes seconds)."""
    missing = []
    for name in modules:
        try:
            found = importlib.util.find_spec(name) is not None
        except (ImportError, ValueError):  # blocked, or a half-imported module without a spec
            found = False
        if not found:
            missing.append(name)
    return missing


def default_model(lang: str) -> str:
    """The model id mt-audit uses for ``lang`` when none is given."""
    return f"Helsinki-NLP/opus-mt-{lang}-en" if lang in OPUS_MT_LANGS else MULTILINGUAL


def candidates(lang: str) -> list[str]:
    """Model ids to try for ``lang``, best first."""
    first = default_model(lang)
    return [first] if first == MULTILINGUAL else [first, MULTILINGUAL]


def local_name(model_id: str) -> str:
    """A folder name for a hub id (``Org/name`` → ``Org--name``)."""
    return model_id.strip("/").replace("/", "--")


def models_dir() -> Path:
    return home() / "models"


def is_ct2(folder: Path) -> bool:
    return (folder / "model.bin").is_file()


def is_transformers(folder: Path) -> bool:
    return (folder / "config.json").is_file() and any(
        (folder / f).is_file() for f in ("model.safetensors", "pytorch_model.bin", "model.safetensors.index.json")
    )


def fingerprint(folder: Path) -> str:
    """A short content hash of a model folder: names, sizes, small files whole, large ones' ends.

    Reading a 300 MB weight file in full on every run would cost more than the
    cache saves; its size and first and last MiB change whenever it does.
    """
    h = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.name != MARKER):
        size = path.stat().st_size
        h.update(f"{path.relative_to(folder)}\x00{size}\x00".encode())
        with path.open("rb") as fh:
            if size <= 2 << 20:
                h.update(fh.read())
            else:
                h.update(fh.read(1 << 20))
                fh.seek(-(1 << 20), os.SEEK_END)
                h.update(fh.read())
    return h.hexdigest()[:12]


@dataclass(frozen=True)
class Resolved:
    """A model found on disk: the folder, the id it stands for, and where it was found."""

    path: Path
    model_id: str
    found_in: str


def _hf_cached(model_id: str, download: bool) -> Path | None:
    """The local Hugging Face snapshot of ``model_id`` (downloading it when allowed)."""
    try:
        from huggingface_hub import snapshot_download
    except ImportError:
        return None
    try:
        return Path(snapshot_download(model_id, local_files_only=not download))
    except Exception:
        return None


def _in_model_dir(model_dir: Path, model_id: str) -> Path | None:
    for name in (local_name(model_id), model_id.rsplit("/", 1)[-1]):
        if (model_dir / name).is_dir():
            return model_dir / name
    return None


def find(model_id: str, kind: str, model_dir: str | os.PathLike[str] | None = None) -> Resolved | None:
    """Find ``model_id`` (or a folder path) for an engine of ``kind`` (``ct2`` or ``hf``), without downloading."""
    path = Path(model_id).expanduser().resolve()
    if path.is_dir():
        return Resolved(path, path.name, "path")
    if model_dir is not None:
        root = Path(model_dir).expanduser().resolve()
        if is_ct2(root) or is_transformers(root):
            return Resolved(root, root.name, "model-dir")
        hit = _in_model_dir(root, model_id)
        if hit is not None:
            return Resolved(hit, model_id, "model-dir")
    if kind == "ct2" and is_ct2(models_dir() / "ct2" / local_name(model_id)):
        return Resolved(models_dir() / "ct2" / local_name(model_id), model_id, "mt-audit cache")
    cached = _hf_cached(model_id, download=False)
    if cached is not None:
        return Resolved(cached, model_id, "hugging face cache")
    return None


def resolve(
    lang: str, kind: str, *, model: str | None = None, model_dir: str | os.PathLike[str] | None = None
) -> Resolved:
    """The model that back-translates ``lang`` for an engine of ``kind``; downloads only when the hub is reachable."""
    ids = [model] if model else candidates(lang)
    if model_dir is not None and not Path(model_dir).expanduser().is_dir():
        raise MissingResource(f"--model-dir {model_dir} is not a folder", missing=(str(model_dir),))
    for model_id in ids:
        found = find(model_id, kind, model_dir)
        if found is not None:
            return found
    if not Path(ids[0]).expanduser().exists() and hub_reachable():
        for model_id in ids:
            fetched = _hf_cached(model_id, download=True)
            if fetched is not None:
                return Resolved(fetched, model_id, "hub")
    where = f"--model-dir {model_dir}, " if model_dir else ""
    raise MissingResource(
        f"no {kind} model for {lang}: looked for {' or '.join(ids)} in {where}{models_dir()} and the Hugging Face cache"
        + ("" if hub_reachable() else " (hub unreachable or HF_HUB_OFFLINE set)"),
        missing=(ids[0],),
        get=(f"mt-audit models convert {ids[0]}",) if kind == "ct2" else (f"huggingface-cli download {ids[0]}",),
    )


def convert(
    source: str | os.PathLike[str],
    out: str | os.PathLike[str] | None = None,
    *,
    quantization: str | None = None,
    force: bool = False,
    model_id: str | None = None,
) -> Path:
    """Convert a transformers model (hub id or folder) into a CTranslate2 folder, tokenizer files kept.

    The default destination is mt-audit's model cache, where the ``ct2``
    engine looks. The conversion is written to a temporary folder and renamed,
    so a killed conversion leaves nothing half-done behind.
    """
    converter = _converter_class()
    src = Path(source).expanduser().resolve()
    model_id = model_id or (src.name if src.is_dir() else str(source))
    if not src.is_dir():
        src = _hub_snapshot(model_id)
    if is_ct2(src):
        raise ValueError(f"{src} is already a CTranslate2 model")
    local = Path(source).expanduser().is_dir()
    dest = (
        Path(out)
        if out is not None
        else models_dir() / "ct2" / (f"{src.name}-{fingerprint(src)}" if local else local_name(model_id))
    )
    if is_ct2(dest) and not force:
        return dest
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=dest.parent, prefix=f".{dest.name}."))
    try:
        files = [f for f in TOKENIZER_FILES if (src / f).is_file()]
        with warnings.catch_warnings():  # transformers' advice on loading, not about the conversion
            warnings.simplefilter("ignore")
            converter(str(src), copy_files=files).convert(str(tmp), quantization=quantization, force=True)
        (tmp / MARKER).write_text(
            json.dumps({"model_id": model_id, "converted_from": str(src), "quantization": quantization}, indent=2)
            + "\n"
        )
        if dest.exists():
            shutil.rmtree(dest)
        os.replace(tmp, dest)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return dest


def _converter_class() -> type:
    """CTranslate2's transformers converter; a missing extra is named as such, never as an unreachable hub."""
    absent = not_installed()
    if not absent:
        try:
            from ctranslate2.converters import TransformersConverter

            return TransformersConverter
        except ImportError as exc:  # installed but broken
            absent = [exc.name or "ctranslate2"]
    raise MissingResource(
        f"converting needs the mt extra ({', '.join(CONVERT_NEEDS)}); not installed here: {', '.join(absent)}",
        missing=tuple(absent),
        get=(MT_EXTRA,),
    )


def _hub_snapshot(model_id: str) -> Path:
    """The Hugging Face snapshot of ``model_id``, downloaded when the hub answers; why not, when it cannot be had."""
    found = _hf_cached(model_id, download=False)
    if found is not None:
        return found
    reachable = hub_reachable()
    found = _hf_cached(model_id, download=True) if reachable else None
    if found is not None:
        return found
    why = "the hub does not have it (check the id)" if reachable else "the hub is unreachable or HF_HUB_OFFLINE is set"
    raise MissingResource(
        f"cannot convert {model_id}: not a folder, not in the Hugging Face cache, and {why}",
        missing=(model_id,),
        get=(f"huggingface-cli download {model_id}  # on a connected machine, then copy the folder here",),
    )


def model_id_of(folder: Path, default: str) -> str:
    """The hub id a converted folder was made from (its marker), else ``default``."""
    try:
        return str(json.loads((folder / MARKER).read_text())["model_id"])
    except (OSError, ValueError, KeyError):
        return default
