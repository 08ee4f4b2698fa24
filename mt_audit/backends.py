"""What every model back-end shares: the device it runs on, and whether the hub may be asked.

Engines (translate/) and COMET (comet_score) answer these two questions the
same way, so a user's ``--device`` and ``HF_HUB_OFFLINE`` mean one thing.
"""

from __future__ import annotations

import functools
import os
import socket
from collections.abc import Callable
from urllib.parse import urlparse

DEVICES = ("auto", "cpu", "cuda")


def device_of(device: str, has_cuda: Callable[[], bool]) -> str:
    """``cpu``, ``cuda`` or ``auto`` (CUDA when a GPU is visible) to a concrete device."""
    if device not in DEVICES:
        raise ValueError(f"unknown device {device!r}; valid: {', '.join(DEVICES)}")
    if device == "auto":
        try:
            return "cuda" if has_cuda() else "cpu"
        except Exception:
            return "cpu"
    return device


def hub_offline() -> bool:
    """True when the user asked Hugging Face libraries to stay offline (read at call time)."""
    return any(
        os.environ.get(v, "").strip().lower() in ("1", "true", "yes", "on")
        for v in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")
    )


@functools.cache
def _reachable(host: str, port: int) -> bool:
    try:
        socket.create_connection((host, port), timeout=3.0).close()
        return True
    except OSError:
        return False


def hub_reachable() -> bool:
    """Whether the hub may be asked: not offline by setting, and its host answers (checked once)."""
    if hub_offline():
        return False
    url = urlparse(os.environ.get("HF_ENDPOINT", "https://huggingface.co"))
    return _reachable(url.hostname or "huggingface.co", url.port or (443 if url.scheme == "https" else 80))
