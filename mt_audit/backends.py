"""What every model back-end shares: the device it runs on, whether the hub may be asked, safe URLs.

Engines (translate/) and COMET (comet_score) answer these questions the
same way, so a user's ``--device`` and ``HF_HUB_OFFLINE`` mean one thing, and
no URL is stored or printed with the credentials it may carry (:func:`redact_url`).
"""

from __future__ import annotations

import functools
import os
import re
import socket
from collections.abc import Callable
from urllib.parse import unquote_plus, urlparse

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


#: What replaces a credential in a redacted URL.
REDACTED = "***"
#: Userinfo (``user:password@``): the authority (after ``scheme://``, ``//`` or nothing, up to the first ``/``,
#: ``?`` or ``#``, as RFC 3986 and :func:`urllib.parse.urlsplit` have it) up to its last ``@``. Without
#: ``//`` the whole start counts, so ``user:pw@host`` typed without a scheme is redacted too.
_USERINFO = re.compile(r"^(\s*[A-Za-z][A-Za-z0-9+.\-]*://|\s*//|\s*)([^/?#]*)@")
#: Query or fragment parameter names that look secret: key, token, secret, password, sig(nature), auth, ...
_SECRET_NAME = re.compile(r"key|token|secret|passw|pwd|sig|auth|credential|session", re.IGNORECASE)


def redact_url(url: str) -> str:
    """``url`` without credentials: userinfo becomes ``***@``, secret-looking parameter values ``***``.

    Run settings, signatures and messages are shared (run.json, reports, logs),
    so a URL is redacted before it is stored or printed. The rest stays as
    written (scheme, host, port, path, other parameters), the function never
    raises on any text, and redacting twice changes nothing.
    """
    url = _USERINFO.sub(lambda m: f"{m.group(1)}{REDACTED}@", url, count=1)
    head, hash_, fragment = url.partition("#")
    base, mark, query = head.partition("?")
    return base + mark + _redact_params(query) + hash_ + _redact_params(fragment)


def _redact_params(params: str) -> str:
    """``a=1&token=x`` → ``a=1&token=***``; pieces without ``=`` are kept (they name no secret)."""
    pieces = re.split(r"([&;])", params)
    for i in range(0, len(pieces), 2):
        name, eq, _ = pieces[i].partition("=")
        if eq and _SECRET_NAME.search(unquote_plus(name)):
            pieces[i] = f"{name}={REDACTED}"
    return "".join(pieces)
