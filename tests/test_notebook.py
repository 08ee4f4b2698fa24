"""The walkthrough notebook is stored clean and runs from top to bottom (so it cannot rot)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "audit_walkthrough.ipynb"


def test_notebook_is_stored_without_outputs():
    nbformat = pytest.importorskip("nbformat")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code
    assert all(c.outputs == [] and c.execution_count is None for c in code)


@pytest.mark.slow
def test_notebook_executes(tmp_path):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    root = NOTEBOOK.parents[1]
    (tmp_path / "notebooks").mkdir()
    os.symlink(root / "data", tmp_path / "data")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(tmp_path / "notebooks")}}
    )
    client.execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    errors = [o for o in outputs if o.output_type == "error"]
    assert errors == []
    out = tmp_path / "notebooks" / "walkthrough-out"
    assert (out / "report.html").is_file() and (out / "findings.mqm.tsv").is_file()
    printed = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "round trip gives the same findings: True" in printed
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) >= 4  # the four plots drew
