"""Building tables that hold any text the input held.

pandas 3 stores inferred text columns in Arrow whenever pyarrow is installed
(as Ray and Parquet bring it), and Arrow cannot hold the lone surrogates that
undecodable file names become (``os.fsdecode``): building a table of such ids
would fail only on machines that happen to have pyarrow. The functions that
build our tables run under Python string storage, so every machine gives the
same tables.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def python_strings(fn: Callable[P, R]) -> Callable[P, R]:
    """Run ``fn`` with pandas' inferred text stored as Python strings, whatever is installed."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        import pandas as pd  # here: modules that merely declare a table builder stay free of pandas

        with pd.option_context("mode.string_storage", "python"):
            return fn(*args, **kwargs)

    return wrapper
