"""mt-audit: audit machine-translated text against its presumed source.

Importing the package stays light: :func:`audit` (``mt_audit.pipeline``) and
:func:`compare` (``mt_audit.comparison``) load, with pandas and the models,
when first used; being those functions themselves, they show their own
signatures and docstrings in Jupyter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from mt_audit.comparison import compare
    from mt_audit.pipeline import audit

#: Public functions and the module each one loads from on first use.
_LAZY = {"audit": "mt_audit.pipeline", "compare": "mt_audit.comparison"}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'mt_audit' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(_LAZY[name]), name)
    globals()[name] = value  # later lookups skip this function
    return value


__all__ = ["__version__", "audit", "compare"]
