"""Every fenced Python and shell snippet of README.md runs as written, on the demo.

Python blocks (```python) run in order in one namespace, from a temporary
folder that holds the repository's ``data/`` (so ``"data/demo"`` and
``"audit-out"`` mean what the README says). In shell blocks (```bash, ```sh,
```shell, ```console) only ``mt-audit ...`` command lines run, in order in the
same kind of folder: ``pip install`` lines (they would change this
environment) and ``pytest`` lines (this is the test suite) are skipped, as is
any other program. A command that needs what may be absent here is skipped
when it is: an ``--engine``, ``--comet`` or ``--comet-qe`` whose extra is not
installed (or, installed, whose model is not here: exit code 3), and
``models convert``, which needs the extra and the Hugging Face hub.

Every fence must say its language, so no snippet escapes this test (a block
that is not code to run says ``text``).
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
PYTHON = ("python", "py", "pycon")
SHELL = ("bash", "sh", "shell", "console")
#: Options that load an optional extra, with the modules the extra brings (by the option's value where it varies).
HEAVY = {
    "--engine": {"ct2": ("ctranslate2",), "hf": ("transformers", "torch"), "openai": ("openai",)},
    "--comet": {"": ("comet",)},
    "--comet-qe": {"": ("comet",)},
}
CONVERT_NEEDS = ("ctranslate2", "transformers", "torch", "huggingface_hub")
EXIT_MISSING = 3
_FENCE = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})(?P<info>[^\n`]*)$")


@dataclass(frozen=True)
class Block:
    """A fenced block of the README: its language (the info string's first word), its fence's line, its text."""

    lang: str
    line: int
    code: str


def blocks(text: str) -> list[Block]:
    """The fenced code blocks of a Markdown text, in order (CommonMark fences, indentation up to 3 spaces)."""
    out, lines, k = [], text.splitlines(), 0
    while k < len(lines):
        m = _FENCE.match(lines[k])
        if not m:
            k += 1
            continue
        fence, start = m["fence"], k + 1
        end = next((j for j in range(start, len(lines)) if lines[j].strip().startswith(fence)), len(lines))
        info = m["info"].strip().split()
        out.append(Block(info[0].lower() if info else "", k + 1, "\n".join(lines[start:end])))
        k = end + 1
    return out


def commands(code: str) -> list[str]:
    """The commands of a shell block: continuation lines joined, comments dropped, ``&&``/``;`` chains split."""
    joined = re.sub(r"\\\n", " ", code)
    out = []
    for line in joined.splitlines():
        line = line.strip().removeprefix("$ ")
        words = shlex.split(line, comments=True) if line else []
        if not words:
            continue
        current: list[str] = []
        for w in [*words, "&&"]:
            if w in ("&&", ";", "||"):
                if current:
                    out.append(shlex.join(current))
                current = []
            else:
                current.append(w)
    return out


def _absent(modules: tuple[str, ...]) -> list[str]:
    import importlib.util

    return [m for m in modules if importlib.util.find_spec(m) is None]


def why_skip(argv: list[str]) -> str:
    """Why a README command is not run here ("" to run it)."""
    if argv[:2] == ["pip", "install"] or argv[0] in ("pytest", "py.test"):
        return f"{argv[0]} lines are not run by the tests"
    if argv[0] != "mt-audit":
        return f"only mt-audit commands are run, not {argv[0]}"
    if "|" in argv or ">" in argv or "<" in argv:
        return "a pipeline or redirection"
    if argv[1:3] == ["models", "convert"]:
        from mt_audit.backends import hub_reachable

        missing = _absent(CONVERT_NEEDS)
        if missing or not hub_reachable():
            return f"models convert needs the mt extra and the hub (missing: {', '.join(missing) or 'the hub'})"
    for k, word in enumerate(argv):
        name, _, value = word.partition("=")
        if name in HEAVY:
            value = value or (argv[k + 1] if k + 1 < len(argv) else "")
            needs = HEAVY[name].get(value, HEAVY[name].get("", ()))
            missing = _absent(needs)
            if missing:
                return f"{name} {value} needs {', '.join(missing)}"
    return ""


def _heavy(argv: list[str]) -> bool:
    return any(w.partition("=")[0] in HEAVY for w in argv)


@pytest.fixture
def demo_cwd(tmp_path, monkeypatch) -> Path:
    """A temporary working folder with the repository's data/ in it, as the README's commands expect."""
    os.symlink(ROOT / "data", tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_every_fence_says_its_language() -> None:
    untagged = [b.line for b in blocks(README.read_text(encoding="utf-8")) if not b.lang]
    assert untagged == [], f"README.md fences without a language at lines {untagged} (```bash, ```python, ```text)"


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("pip install -e '.[x]' && tool run a --out b  # note", ["pip install -e '.[x]'", "tool run a --out b"]),
        ("tool a \\\n  --flag 1\n\n# only a comment\n$ tool b", ["tool a --flag 1", "tool b"]),
    ],
)
def test_shell_blocks_split_into_commands(code: str, expected: list[str]) -> None:
    assert commands(code) == expected


@pytest.mark.slow
def test_readme_python_snippets_run(demo_cwd) -> None:
    code = [b for b in blocks(README.read_text(encoding="utf-8")) if b.lang in PYTHON]
    assert code, "README.md has no ```python block"
    namespace: dict[str, object] = {"__name__": "__readme__"}
    for b in code:
        exec(compile("\n" * b.line + b.code, "README.md", "exec"), namespace)  # tracebacks give README's lines
    assert (demo_cwd / "audit-out" / "report.html").is_file()


@pytest.mark.slow
def test_readme_shell_snippets_run(demo_cwd) -> None:
    shell = [b for b in blocks(README.read_text(encoding="utf-8")) if b.lang in SHELL]
    assert shell, "README.md has no shell block"
    ran, skipped, failed = [], [], []
    for b in shell:
        for cmd in commands(b.code):
            argv = shlex.split(cmd)
            why = why_skip(argv)
            if why:
                skipped.append(f"README.md:{b.line} {cmd}: {why}")
                continue
            proc = subprocess.run(
                [sys.executable, "-m", "mt_audit", *argv[1:]], capture_output=True, text=True, timeout=900
            )
            if proc.returncode == EXIT_MISSING and _heavy(argv):
                skipped.append(f"README.md:{b.line} {cmd}: a model it needs is not here")
            elif proc.returncode != 0:
                failed.append(f"README.md:{b.line} {cmd}: exit {proc.returncode}\n{proc.stderr[-2000:]}")
            else:
                ran.append(cmd)
    print("\n".join(["ran:", *ran, "skipped:", *skipped]))
    assert failed == [], "\n\n".join(failed)
    assert ran, "no README shell command ran"
