"""Test helper: make the modules named in MT_AUDIT_TEST_BLOCK unimportable, as on a machine without them."""

import importlib.abc
import os
import sys

_BLOCKED = {m for m in os.environ.get("MT_AUDIT_TEST_BLOCK", "").split(",") if m}


class _Blocker(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in _BLOCKED:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


if _BLOCKED:
    sys.meta_path.insert(0, _Blocker())
