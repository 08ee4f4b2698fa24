"""COMET scoring through unbabel-comet, on a tiny checkpoint built here without network.

The fixture trains a small sentencepiece model, wraps it as an XLM-R tokenizer,
writes a 2-layer XLM-R config next to it, builds comet's own model classes on
that encoder (random weights) and saves them in the layout comet's
``load_from_checkpoint`` reads. Every test goes through ``load_comet``.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

comet = pytest.importorskip("comet")
torch = pytest.importorskip("torch")

from tiny_models import COMET_SENTENCES, write_comet_checkpoint  # noqa: E402

from mt_audit.comet_score import (  # noqa: E402
    COMET_MODELS,
    CometSegment,
    UnbabelComet,
    load_comet,
)
from mt_audit.registry import UnknownNameError  # noqa: E402
from mt_audit.types import MissingResource  # noqa: E402

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def tiny(tiny_comet) -> dict[str, Path]:
    return tiny_comet


SENTENCES = COMET_SENTENCES


def _segments(n: int = 10) -> list[CometSegment]:
    """Article sentences (src), English back-translations (mt) and the English source (ref)."""
    english = [s for s in SENTENCES if s.isascii() and not any(w in s for w in ("Le ", "Der ", "El ", "Los "))]
    foreign = [s for s in SENTENCES if s not in english]
    out = []
    for i in range(n):
        ref = english[i % len(english)]
        mt = ref if i % 3 == 0 else " ".join(reversed(ref.split()))[: 20 + 7 * i]
        out.append(CometSegment(src=foreign[i % len(foreign)], mt=mt, ref=ref))
    return out


@pytest.fixture(scope="module")
def ref_scorer(tiny):
    return load_comet(str(tiny["ref"]), device="cpu", batch_size=8)


@pytest.fixture(scope="module")
def qe_scorer(tiny):
    return load_comet(str(tiny["qe"]), device="cpu", batch_size=8)


def test_loads_the_saved_weights_through_comets_loader(tiny, ref_scorer):
    from comet.models import RegressionMetric

    assert isinstance(ref_scorer, UnbabelComet)
    assert type(ref_scorer.model) is RegressionMetric
    saved = torch.load(tiny["ref_state"], map_location="cpu")["state_dict"]
    loaded = ref_scorer.model.state_dict()
    assert set(saved) == set(loaded)
    assert all(torch.equal(saved[k], loaded[k]) for k in saved)
    assert not ref_scorer.model.training


@pytest.mark.parametrize("which", ["folder", "file"])
def test_folder_and_checkpoint_file_give_the_same_scores(tiny, ref_scorer, which):
    spec = tiny["ref"] if which == "folder" else tiny["ref"] / "checkpoints" / "model.ckpt"
    segs = _segments(5)
    assert load_comet(str(spec), device="cpu").score(segs) == ref_scorer.score(segs)


def test_scores_are_finite_one_per_segment_and_vary(ref_scorer, qe_scorer):
    segs = _segments()
    for scorer in (ref_scorer, qe_scorer):
        scores = scorer.score(segs)
        assert len(scores) == len(segs)
        assert all(isinstance(s, float) and s == s and abs(s) != float("inf") for s in scores)
        assert len({round(s, 6) for s in scores}) > len(segs) // 2  # not a constant model


def test_deterministic_across_calls(ref_scorer, qe_scorer):
    segs = _segments()
    for scorer in (ref_scorer, qe_scorer):
        assert scorer.score(segs) == scorer.score(segs)


def test_scores_permute_with_the_input(ref_scorer, qe_scorer):
    segs = _segments()
    perm = list(range(len(segs)))
    random.Random(3).shuffle(perm)
    for scorer in (ref_scorer, qe_scorer):
        base = scorer.score(segs)
        shuffled = scorer.score([segs[i] for i in perm])
        assert shuffled == [base[i] for i in perm]


def test_batch_size_does_not_change_scores(tiny, ref_scorer, qe_scorer):
    segs = _segments()
    for kind, eight in (("ref", ref_scorer), ("qe", qe_scorer)):
        assert eight.batch_size == 8
        one = load_comet(str(tiny[kind]), device="cpu", batch_size=1)
        assert one.score(segs) == pytest.approx(eight.score(segs), abs=1e-5)


@pytest.mark.filterwarnings("ignore:.*LeafSpec")
def test_matches_comets_own_predict(ref_scorer, qe_scorer):
    """The Trainer-free path gives the numbers comet's ``model.predict`` gives."""
    segs = _segments()
    for scorer in (ref_scorer, qe_scorer):
        samples = [{"src": s.src, "mt": s.mt, "ref": s.ref} for s in segs]
        if scorer.qe:
            samples = [{"src": s["src"], "mt": s["mt"]} for s in samples]
        expected = scorer.model.predict(samples, batch_size=4, gpus=0, progress_bar=False).scores
        assert scorer.score(segs) == pytest.approx(expected, abs=1e-5)


def test_empty_input(ref_scorer, qe_scorer):
    assert ref_scorer.score([]) == []
    assert qe_scorer.score([]) == []


def test_qe_flag_and_reference_handling(ref_scorer, qe_scorer):
    assert ref_scorer.qe is False
    assert qe_scorer.qe is True
    segs = _segments(4)
    bare = [CometSegment(s.src, s.mt) for s in segs]
    assert qe_scorer.score(bare) == qe_scorer.score(segs)  # a QE model ignores references
    with pytest.raises(ValueError, match="reference"):
        ref_scorer.score(bare)
    with pytest.raises(ValueError, match="reference"):
        ref_scorer.score([*segs, bare[0]])


def test_optional_reference_model_mixes_segments_with_and_without_ref(tiny):
    """A unified model reads src+mt+ref, falls back to src+mt without a ref; a mixed list scores as its parts."""
    scorer = load_comet(str(tiny["unite"]), device="cpu", batch_size=4)
    assert scorer.qe is False
    segs = _segments(8)
    bare = [CometSegment(s.src, s.mt) for s in segs]
    with_ref, without_ref = scorer.score(segs), scorer.score(bare)
    assert all(a != b for a, b in zip(with_ref, without_ref))  # the reference is used when given
    mixed = [s if i % 2 else b for i, (s, b) in enumerate(zip(segs, bare))]
    expected = [w if i % 2 else o for i, (w, o) in enumerate(zip(with_ref, without_ref))]
    assert scorer.score(mixed) == pytest.approx(expected, abs=1e-6)


def test_mt_changes_the_score(ref_scorer, qe_scorer):
    seg = _segments(1)[0]
    other = CometSegment(seg.src, "Completely unrelated words about the weather.", seg.ref)
    for scorer in (ref_scorer, qe_scorer):
        a, b = scorer.score([seg, other])
        assert a != b


def test_signature_names_model_kind_and_version(tiny, ref_scorer, qe_scorer):
    ckpt = str((tiny["ref"] / "checkpoints" / "model.ckpt").resolve())
    sig = ref_scorer.signature()
    assert ckpt in sig and "kind:ref" in sig and f"unbabel-comet:{comet.__version__}" in sig
    assert "regression_metric" in sig
    qsig = qe_scorer.signature()
    assert "kind:qe" in qsig and "unified_metric" in qsig and "cometkiwi" in qsig
    assert load_comet(str(tiny["ref"]), device="cpu", batch_size=2).signature() == sig


def test_registry_names_and_kinds():
    assert COMET_MODELS.get("comet") == COMET_MODELS.get("wmt22-comet-da")
    assert COMET_MODELS.get("wmt22-comet-da").repo_id == "Unbabel/wmt22-comet-da"
    assert not COMET_MODELS.get("wmt22-comet-da").qe
    assert COMET_MODELS.get("cometkiwi").repo_id == "Unbabel/wmt22-cometkiwi-da"
    assert COMET_MODELS.get("cometkiwi").qe and COMET_MODELS.get("cometkiwi").gated


def test_unknown_short_name_lists_valid_names():
    with pytest.raises(UnknownNameError, match="wmt22-comet-da") as err:
        load_comet("not-a-model")
    assert "cometkiwi" in str(err.value)


@pytest.mark.parametrize(
    ("spec", "repo", "gated"),
    [
        ("wmt22-comet-da", "Unbabel/wmt22-comet-da", False),
        ("cometkiwi", "Unbabel/wmt22-cometkiwi-da", True),
        ("someorg/not-cached-comet", "someorg/not-cached-comet", False),
    ],
)
def test_missing_hub_model_offline(tmp_path, monkeypatch, spec, repo, gated):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(MissingResource) as err:
        load_comet(spec, cache_dir=str(tmp_path / "empty-cache"))
    exc = err.value
    assert exc.missing == (repo,)
    assert f"huggingface-cli download {repo}" in exc.get
    assert repo in str(exc) and "\n" not in str(exc)
    assert ("licence" in str(exc)) is gated
    assert ("huggingface-cli login" in exc.get) is gated


def test_hub_id_loads_from_the_local_hf_cache(tiny, ref_scorer, tmp_path, monkeypatch):
    """A hub id resolves through huggingface_hub's cache layout, offline."""
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    commit = "0123456789abcdef0123456789abcdef01234567"
    repo = tmp_path / "models--testorg--tiny-comet"
    (repo / "refs").mkdir(parents=True)
    (repo / "refs" / "main").write_text(commit)
    shutil.copytree(tiny["ref"], repo / "snapshots" / commit)
    scorer = load_comet("testorg/tiny-comet", device="cpu", cache_dir=str(tmp_path))
    assert f"testorg/tiny-comet@{commit}" in scorer.signature()
    segs = _segments(6)
    assert scorer.score(segs) == ref_scorer.score(segs)


def test_missing_local_checkpoint(tmp_path):
    (tmp_path / "empty-model").mkdir()
    with pytest.raises(MissingResource, match="no COMET checkpoint") as err:
        load_comet(str(tmp_path / "empty-model"))
    assert err.value.missing and err.value.missing[0].endswith("model.ckpt")
    with pytest.raises(MissingResource):
        load_comet(str(tmp_path / "nowhere" / "model.ckpt"))


def test_missing_encoder_files_offline(tiny, tmp_path, monkeypatch):
    """A checkpoint whose encoder tokenizer/config is not cached names that encoder."""
    from comet import load_from_checkpoint

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    model = load_from_checkpoint(str(tiny["ref"] / "checkpoints" / "model.ckpt"))
    write_comet_checkpoint(model, tmp_path / "m", pretrained_model="testorg/absent-encoder")
    with pytest.raises(MissingResource) as err:
        load_comet(str(tmp_path / "m"), device="cpu")
    assert err.value.missing == ("testorg/absent-encoder",)
    assert any("huggingface-cli download testorg/absent-encoder" in c for c in err.value.get)


def test_missing_local_encoder_folder(tiny, tmp_path):
    from comet import load_from_checkpoint

    model = load_from_checkpoint(str(tiny["ref"] / "checkpoints" / "model.ckpt"))
    gone = str(tmp_path / "moved-encoder")
    write_comet_checkpoint(model, tmp_path / "m", pretrained_model=gone)
    with pytest.raises(MissingResource, match="does not exist") as err:
        load_comet(str(tmp_path / "m"), device="cpu")
    assert err.value.missing == (gone,)


def test_comet_not_installed(monkeypatch):
    monkeypatch.setitem(sys.modules, "comet", None)
    with pytest.raises(MissingResource, match="unbabel-comet") as err:
        load_comet("wmt22-comet-da")
    assert err.value.missing == ("unbabel-comet",)
    assert 'pip install "mt-audit[comet]"' in err.value.get


def test_bad_device_and_batch_size(tiny):
    with pytest.raises(ValueError, match="device"):
        load_comet(str(tiny["ref"]), device="tpu")
    with pytest.raises(ValueError, match="batch_size"):
        load_comet(str(tiny["ref"]), device="cpu", batch_size=0)


@pytest.mark.skipif(torch.cuda.is_available(), reason="needs a machine without CUDA")
def test_cuda_requested_without_cuda(tiny):
    with pytest.raises(MissingResource, match="CUDA"):
        load_comet(str(tiny["ref"]), device="cuda")
    assert load_comet(str(tiny["ref"])).device == "cpu"  # auto falls back to the CPU


@pytest.mark.gpu
@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")
def test_gpu_scores_match_cpu(tiny, ref_scorer, qe_scorer):
    segs = _segments()
    for kind, cpu in (("ref", ref_scorer), ("qe", qe_scorer)):
        gpu = load_comet(str(tiny[kind]), device="cuda", batch_size=8)
        assert gpu.device == "cuda" and next(gpu.model.parameters()).is_cuda
        assert load_comet(str(tiny[kind])).device == "cuda"  # auto picks the GPU
        scores = gpu.score(segs)
        assert scores == gpu.score(segs)
        assert scores == pytest.approx(cpu.score(segs), abs=1e-4)


def test_import_stays_light():
    code = "import sys, mt_audit.comet_score; print(sorted({'torch', 'comet'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
