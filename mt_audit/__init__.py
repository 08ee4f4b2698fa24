"""mt-audit: audit machine-translated text against its presumed source.

Importing the package stays light: the pipeline, models and pandas load only
when :func:`audit` is first called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from mt_audit.pipeline import Audit


def audit(*args: Any, **kwargs: Any) -> Audit:
    """Audit documents; see :func:`mt_audit.pipeline.audit` for the arguments."""
    from mt_audit.pipeline import audit as _audit

    return _audit(*args, **kwargs)


__all__ = ["__version__", "audit"]
