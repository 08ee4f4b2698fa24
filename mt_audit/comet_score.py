"""COMET segment scores (unbabel-comet) behind one small interface.

A back-translation is scored against the English source with a learned metric
as well as the lexical ones: reference-based COMET (src + mt + ref) or a
reference-free CometKiwi (src + mt only). Models are named by a short name, a
Hugging Face hub id or a local checkpoint. Offline machines read the local
Hugging Face cache; anything missing raises :class:`MissingResource` with the
commands that fetch it.

Scoring does not go through ``model.predict``: that builds a Lightning Trainer
on every call (seconds of setup and console noise per document). Instead the
model is put in eval mode once and each length-sorted batch goes through
comet's own ``prepare_for_inference`` and ``predict_step``, the same two calls
the Trainer makes, so the numbers are comet's.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import warnings
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mt_audit.backends import device_of, hub_offline, hub_reachable
from mt_audit.registry import Registry
from mt_audit.types import MissingResource

CHECKPOINT = Path("checkpoints") / "model.ckpt"
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")
_INSTALL = 'pip install "mt-audit[comet]"'
# Loggers that print INFO lines while a checkpoint loads ("Encoder model frozen.", checkpoint upgrades).
_NOISY_LOGGERS = ("comet", "pytorch_lightning", "lightning", "lightning_fabric")


@dataclass(frozen=True)
class CometSegment:
    """One segment to score: source, machine translation and (for reference-based models) a reference."""

    src: str
    mt: str
    ref: str | None = None


class CometScorer(ABC):
    """Scores segments with a learned metric; one float per segment, in input order."""

    @property
    @abstractmethod
    def qe(self) -> bool:
        """True for reference-free (quality estimation) models, which read src + mt only."""

    @abstractmethod
    def score(self, segments: Sequence[CometSegment]) -> list[float]:
        """Scores of ``segments``, in order; the same inputs always give the same floats."""

    @abstractmethod
    def signature(self) -> str:
        """Model, its kind and the library version, for the run signature."""


@dataclass(frozen=True)
class CometModelInfo:
    """A known COMET model: its hub id, whether it is QE, and what else it needs offline.

    ``encoder`` is the Hugging Face model whose tokenizer and config comet loads
    next to the checkpoint; ``gated`` models need their licence accepted on the hub.
    """

    repo_id: str
    qe: bool
    encoder: str
    gated: bool = False


COMET_MODELS: Registry[CometModelInfo] = Registry("COMET model")

_DA = CometModelInfo("Unbabel/wmt22-comet-da", qe=False, encoder="xlm-roberta-large")
_KIWI = CometModelInfo("Unbabel/wmt22-cometkiwi-da", qe=True, encoder="microsoft/infoxlm-large", gated=True)
for _name, _info in (("wmt22-comet-da", _DA), ("comet", _DA), ("wmt22-cometkiwi-da", _KIWI), ("cometkiwi", _KIWI)):
    COMET_MODELS.register(_name)(_info)


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """Silence comet's and Lightning's INFO chatter and import warnings, restoring levels after."""
    loggers = [logging.getLogger(name) for name in _NOISY_LOGGERS]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.WARNING)
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=".*pkg_resources.*")
            yield
    finally:
        for lg, level in zip(loggers, levels):
            lg.setLevel(level)


def _import_comet() -> Any:
    """Import unbabel-comet, turning the ways it fails into one actionable error."""
    try:
        with _quiet():
            import comet
    except ImportError as exc:
        if exc.name == "comet":
            raise MissingResource(
                f"COMET scoring needs unbabel-comet (it pins numpy<2): {_INSTALL}",
                missing=("unbabel-comet",),
                get=(_INSTALL,),
            ) from exc
        if exc.name == "pkg_resources":
            raise MissingResource(
                "unbabel-comet's torchmetrics needs pkg_resources, which setuptools>=82 removed",
                missing=("setuptools<82",),
                get=('pip install "setuptools<82"',),
            ) from exc
        raise MissingResource(
            f"unbabel-comet is installed but does not import ({exc})",
            missing=("unbabel-comet",),
            get=(f"{_INSTALL} 'numpy<2'",),
        ) from exc
    return comet


def _pick_device(device: str) -> str:
    """The shared device rule, plus a clear error when CUDA is asked for and torch sees none."""
    import torch

    dev = device_of(device, torch.cuda.is_available)
    if dev == "cuda" and not torch.cuda.is_available():
        raise MissingResource(
            f"device {device!r} requested but torch sees no CUDA device",
            missing=("cuda",),
            get=("pip install torch --index-url https://download.pytorch.org/whl/cu124",),
        )
    return dev


def _hub_commands(repo_id: str, encoder: str | None, gated: bool) -> tuple[str, ...]:
    cmds = ["huggingface-cli login"] if gated else []
    cmds.append(f"huggingface-cli download {repo_id}")
    if encoder:
        cmds.append(f"huggingface-cli download {encoder} --include '*.json' '*.model'")
    return tuple(cmds)


def _hub_checkpoint(repo_id: str, info: CometModelInfo | None, cache_dir: str | None) -> tuple[Path, str]:
    """The checkpoint of ``repo_id`` from the local HF cache, else the hub when allowed; and its revision."""
    from huggingface_hub import snapshot_download

    encoder = info.encoder if info else None
    gated = bool(info and info.gated)
    folder: str | None = None
    try:
        folder = snapshot_download(repo_id, local_files_only=True, cache_dir=cache_dir)
    except Exception:  # not cached (huggingface_hub's error classes vary across versions)
        folder = None
    why = "HF_HUB_OFFLINE=1" if hub_offline() else "the hub is unreachable"
    if folder is None and hub_reachable():
        try:
            folder = snapshot_download(repo_id, cache_dir=cache_dir)
        except Exception as exc:
            gated = gated or type(exc).__name__ == "GatedRepoError"
            why = f"the hub refused or could not be reached ({type(exc).__name__})"
    if folder is None:
        licence = f"; accept its licence at https://huggingface.co/{repo_id} first" if gated else ""
        raise MissingResource(
            f"COMET model {repo_id} is not in the local Hugging Face cache and {why}: download it on a "
            f"connected machine and copy its HF cache (~/.cache/huggingface/hub) here, or pass a local "
            f"model folder{licence}",
            missing=(repo_id,),
            get=_hub_commands(repo_id, encoder, gated),
        )
    ckpt = Path(folder) / CHECKPOINT
    if not ckpt.is_file():
        raise MissingResource(
            f"{repo_id} (at {folder}) holds no {CHECKPOINT.as_posix()}: not a COMET model, or a partial download",
            missing=(repo_id,),
            get=_hub_commands(repo_id, encoder, gated),
        )
    return ckpt, Path(folder).name


def _local_checkpoint(path: Path) -> Path:
    path = path.resolve()
    ckpt = path if path.is_file() else path / CHECKPOINT
    if not ckpt.is_file():
        raise MissingResource(
            f"no COMET checkpoint at {ckpt}: a model folder holds {CHECKPOINT.as_posix()} and hparams.yaml",
            missing=(str(ckpt),),
            get=("huggingface-cli download Unbabel/wmt22-comet-da --local-dir <folder>",),
        )
    if not (ckpt.parents[1] / "hparams.yaml").is_file():
        raise MissingResource(
            f"{ckpt.parents[1] / 'hparams.yaml'} is missing: comet needs it next to checkpoints/",
            missing=(str(ckpt.parents[1] / "hparams.yaml"),),
        )
    return ckpt


def _encoder_of(ckpt: Path) -> str | None:
    """The Hugging Face model (tokenizer + config) named in the checkpoint's hparams.yaml."""
    import yaml

    try:
        hparams = yaml.safe_load((ckpt.parents[1] / "hparams.yaml").read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return None
    return hparams.get("pretrained_model")


class UnbabelComet(CometScorer):
    """A loaded unbabel-comet model (any of its classes), scored batch by batch without a Trainer."""

    def __init__(self, model: Any, *, name: str, device: str = "cpu", batch_size: int = 16) -> None:
        import comet

        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.model = model.to(device).eval()
        self.name = name
        self.device = device
        self.batch_size = batch_size
        self.version = comet.__version__
        hparams = model.hparams
        self.kind = hparams.get("class_identifier", type(model).__name__)
        segments = hparams.get("input_segments")
        if segments is not None:  # unified / xcomet models declare what they read
            self._uses_src, self._uses_ref = "src" in segments, "ref" in segments
        else:
            self._uses_src, self._uses_ref = True, self.kind != "referenceless_regression_metric"
        self._needs_ref = bool(model.requires_references())

    @property
    def qe(self) -> bool:
        return not self._uses_ref

    def _sample(self, seg: CometSegment) -> dict[str, str]:
        if seg.ref is None and self._needs_ref:
            raise ValueError(f"{self.name} is reference-based: every segment needs a ref")
        sample = {"mt": seg.mt}
        if self._uses_src:
            sample["src"] = seg.src
        if self._uses_ref and seg.ref is not None:
            sample["ref"] = seg.ref
        return sample

    def score(self, segments: Sequence[CometSegment]) -> list[float]:
        """Scores in input order; batches are sorted by length to cut padding.

        The sort key is the content itself (after length), so batch contents do
        not depend on input order: a permuted input gives exactly permuted scores.
        Segments with and without a reference never share a batch (comet reads
        the keys of a batch from its first sample).
        """
        import torch

        samples = [self._sample(s) for s in segments]
        if not samples:
            return []
        order = sorted(
            range(len(samples)),
            key=lambda i: ("ref" in samples[i], sum(map(len, samples[i].values())), sorted(samples[i].items())),
        )
        out = [0.0] * len(samples)
        with torch.inference_mode():
            for batch_ids in self._batches(order, samples):
                batch = self.model.prepare_for_inference([samples[i] for i in batch_ids])
                batch = self.model.transfer_batch_to_device(batch, torch.device(self.device), 0)
                scores = self.model.predict_step(batch)["scores"]
                for i, value in zip(batch_ids, torch.as_tensor(scores).float().cpu().tolist()):
                    out[i] = float(value)
        return out

    def _batches(self, order: list[int], samples: list[dict[str, str]]) -> Iterator[list[int]]:
        batch: list[int] = []
        for i in order:
            if batch and (len(batch) == self.batch_size or ("ref" in samples[i]) != ("ref" in samples[batch[0]])):
                yield batch
                batch = []
            batch.append(i)
        if batch:
            yield batch

    def signature(self) -> str:
        return f"comet:{self.name}|kind:{'qe' if self.qe else 'ref'}|class:{self.kind}|unbabel-comet:{self.version}"


def load_comet(spec: str, *, device: str = "auto", batch_size: int = 16, cache_dir: str | None = None) -> CometScorer:
    """Load a COMET model by short name, hub id, checkpoint file or model folder.

    ``cache_dir`` overrides the Hugging Face cache folder the checkpoint is
    looked up in (default: ``$HF_HOME``/``~/.cache/huggingface/hub``); the
    encoder's tokenizer and config (e.g. xlm-roberta-large) are always read from
    the default cache, as comet loads them itself. The hub is contacted only
    when something is not cached and ``HF_HUB_OFFLINE`` is not set.
    """
    comet = _import_comet()
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    dev = _pick_device(device)
    ckpt, name = _resolve(spec, cache_dir)
    encoder = _encoder_of(ckpt)
    if encoder:
        _ensure_encoder(encoder, ckpt)
    try:
        with _quiet():
            model = comet.load_from_checkpoint(str(ckpt), local_files_only=hub_offline())
    except OSError as exc:  # transformers could not find the encoder's tokenizer/config
        raise _missing_encoder(encoder or "the encoder model", ckpt, str(exc)) from exc
    return UnbabelComet(model, name=name, device=dev, batch_size=batch_size)


def _resolve(spec: str, cache_dir: str | None) -> tuple[Path, str]:
    """The checkpoint file ``spec`` names, and the model's name for the signature (with its hub revision)."""
    if spec not in COMET_MODELS:
        path = Path(spec).expanduser()
        if path.exists():
            ckpt = _local_checkpoint(path)
            return ckpt, str(ckpt)
        if _HUB_ID.match(spec):
            ckpt, revision = _hub_checkpoint(spec, None, cache_dir)
            return ckpt, f"{spec}@{revision}"
        if os.sep in spec or spec.endswith(".ckpt"):
            raise MissingResource(f"no COMET checkpoint at {spec}", missing=(spec,))
    info = COMET_MODELS.get(spec)  # an unknown short name raises here, listing the valid names
    ckpt, revision = _hub_checkpoint(info.repo_id, info, cache_dir)
    return ckpt, f"{info.repo_id}@{revision}"


def _missing_encoder(encoder: str, ckpt: Path, why: str) -> MissingResource:
    return MissingResource(
        f"COMET checkpoint {ckpt} needs the tokenizer and config of {encoder}, which are not available ({why})",
        missing=(encoder,),
        get=(f"huggingface-cli download {encoder} --include '*.json' '*.model'",),
    )


def _ensure_encoder(encoder: str, ckpt: Path) -> None:
    """Make sure the encoder's tokenizer and config are at hand before comet loads them.

    comet builds the encoder from its Hugging Face name (weights come from the
    checkpoint). When those files are absent offline, transformers fails deep
    inside the slow-to-fast tokenizer conversion with an AttributeError, so the
    cache is checked here first, and the small files fetched when the hub is allowed.
    """
    if Path(encoder).expanduser().is_dir():
        return
    if Path(encoder).is_absolute() or encoder.startswith((".", "~")):
        raise MissingResource(
            f"COMET checkpoint {ckpt} names the encoder folder {encoder}, which does not exist",
            missing=(encoder,),
        )
    from huggingface_hub import try_to_load_from_cache

    def cached(filename: str) -> bool:
        return isinstance(try_to_load_from_cache(encoder, filename), str)

    if cached("config.json") and (cached("tokenizer.json") or cached("sentencepiece.bpe.model")):
        return
    if not hub_reachable():
        why = "HF_HUB_OFFLINE=1" if hub_offline() else "the hub is unreachable"
        raise _missing_encoder(encoder, ckpt, f"not in the local Hugging Face cache and {why}")
    from huggingface_hub import snapshot_download

    try:
        snapshot_download(encoder, allow_patterns=["*.json", "*.model"])
    except Exception as exc:
        raise _missing_encoder(encoder, ckpt, f"not cached, and the hub failed: {type(exc).__name__}") from exc
