"""mt-audit: audit machine-translated text against its presumed source.

Importing the package stays light: the pipeline, models and pandas load only
when :func:`audit` is first called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    import os
    from collections.abc import Mapping, Sequence

    from mt_audit.comparison import Comparison
    from mt_audit.pipeline import Audit


def audit(*args: Any, **kwargs: Any) -> Audit:
    """Audit documents; see :func:`mt_audit.pipeline.audit` for the arguments."""
    from mt_audit.pipeline import audit as _audit

    return _audit(*args, **kwargs)


def compare(
    systems: Sequence[str | os.PathLike[str]] | Mapping[str, Sequence[str]],
    references: Sequence[str | os.PathLike[str]] | Sequence[Sequence[str]] = (),
    *,
    names: Sequence[str] | None = None,
    metrics: Sequence[str] = ("bleu", "chrf", "ter"),
    test: str | None = "bs",
    n_samples: int = 0,
    baseline: str | None = None,
    lang: str = "",
    tokenize: str | None = None,
) -> Comparison:
    """Compare several systems' outputs of one source.

    ``systems`` are parallel files (or ``{name: segments}``) scored against
    ``references`` (files or lists of segments) with sacrebleu's metrics and its
    paired test against the first system or ``baseline``: ``test`` ``"bs"``
    (paired bootstrap), ``"ar"`` (approximate randomization) or None; the
    p-values are sacrebleu's for the same ``SACREBLEU_SEED`` and ``n_samples``
    (0: its default). Without references, ``systems`` are output folders of
    ``mt-audit run``, compared by findings per category. Returns a
    :class:`~mt_audit.comparison.Comparison` whose ``ranking`` (and, for audits,
    ``findings``) are DataFrames.
    """
    from mt_audit.comparison import compare as _compare

    return _compare(
        systems, references, names=names, metrics=metrics, test=test, n_samples=n_samples, baseline=baseline,
        lang=lang, tokenize=tokenize,
    )  # fmt: skip


__all__ = ["__version__", "audit", "compare"]
