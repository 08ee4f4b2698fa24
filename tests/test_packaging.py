"""The package metadata says what is true: the licence it ships, the Pythons it runs on."""

from __future__ import annotations

import configparser
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _setup() -> configparser.ConfigParser:
    cfg = configparser.ConfigParser()
    cfg.read(ROOT / "setup.cfg", encoding="utf-8")
    return cfg


def _classifiers() -> list[str]:
    return [c.strip() for c in _setup()["metadata"]["classifiers"].splitlines() if c.strip()]


def test_the_licence_the_metadata_names_is_shipped() -> None:
    meta = _setup()["metadata"]
    assert meta["license"] == "MIT" and "License :: OSI Approved :: MIT License" in _classifiers()
    text = (ROOT / meta["license_files"]).read_text(encoding="utf-8")
    assert text.startswith("MIT License") and "Copyright (c)" in text and "WITHOUT WARRANTY OF ANY KIND" in text


def test_python_classifiers_agree_with_python_requires() -> None:
    floor = re.fullmatch(r">=\s*3\.(\d+)", _setup()["options"]["python_requires"].strip())
    assert floor, "python_requires should be a plain lower bound (>=3.N)"
    version = re.compile(r"Programming Language :: Python :: 3\.(\d+)")
    minors = sorted(int(m[1]) for m in map(version.fullmatch, _classifiers()) if m)
    assert minors and minors[0] == int(floor[1])  # the lowest classifier is the floor
    assert minors == list(range(minors[0], minors[-1] + 1))  # no gap between them
    assert sys.version_info[:2] >= (3, minors[0])  # this interpreter is one the package claims
