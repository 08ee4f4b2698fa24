"""Leave-language-out: how well the boilerplate check finds labels in a language its catalogue has never seen.

The planted benchmark glues "Read more:" where the catalogue lacks a language, so it never measures a
label written in an unseen language. Here every catalogue language plays the unseen one in turn: its
articles get their own native labels ("related" paragraph-start labels, "share" and "ad" glued labels,
spelled out from the catalogue as ``planted_plants.labels`` does) glued before a sentence, after the last
sentence of a paragraph, or as a paragraph of their own, and are audited while the catalogue withholds
that language's rows (``boilerplate_catalogue.withholding``), so only English chrome rules and the
catalogue-free route can find them. Clean twins are audited the same way: their boilerplate findings
are the route's false alarms.

    python scripts/eval_boilerplate_loo.py [--split tune|tune2|test] [--origins ...] [--langs ...] [--no-route]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import eval_planted as ev  # noqa: E402
import planted_corpus as pc  # noqa: E402
import planted_judge as pj  # noqa: E402
import planted_plants as pp  # noqa: E402

from mt_audit.checks import boilerplate_unseen  # noqa: E402
from mt_audit.checks.boilerplate_catalogue import catalogue, languages, withholding  # noqa: E402

#: (kind, place in the catalogue) of the labels planted: what a site glues onto a story.
PLANTED = (("related", "head"), ("share", "glued"), ("ad", "glued"))
POSITIONS = ("before", "after", "paragraph")
DEFAULT_ORIGINS = ("demetr", "written", "second", "third", "fourth")


@dataclass
class LabelPlant(pp.Plant):
    """A native label planted in one place; ``kind`` and ``position`` keep the doc ids apart."""

    kind: str = ""
    position: str = ""

    @property
    def doc_id(self) -> str:
        return f"{self.article.aid}__{self.category}_{self.kind}"


@cache
def native_labels(lang: str, kind: str, where: str) -> tuple[str, ...]:
    """The language's labels of ``kind`` spelled out from its catalogue rows (their macros expanded by the
    catalogue's parser), with a colon."""
    out = []
    for r in catalogue().rules:
        if r.lang == lang and r.kind == kind and r.where == where:
            label = pp.spell_out(r.pattern)
            if label:
                out.append(label)
    return tuple(out)


def plant_label(a: pc.Article, kind: str, where: str, seed: int) -> LabelPlant | None:
    """One native label of ``kind`` glued into the article at a position the seed chooses."""
    rng = random.Random(f"loo:{seed}:{a.aid}:{kind}")
    labels = native_labels(a.lang, kind, where)
    if not labels or len(a.pairs) < 3:
        return None
    label, position = rng.choice(labels), rng.choice(POSITIONS)
    p = LabelPlant(a, "boilerplate", [x.tgt for x in a.pairs], kind=kind, position=position)
    if position == "before":
        i = rng.randrange(1, len(a.pairs))
        p.sentences[i] = f"{label} {p.sentences[i]}"
        p.marks = [(i, 0, len(label))]
    elif position == "paragraph":  # before a paragraph's first sentence, as a paragraph of its own
        i = rng.choice(range(pc.PARAGRAPH, len(a.pairs), pc.PARAGRAPH))
        p.sentences[i] = f"{label.rstrip(':：')}\n\n{p.sentences[i]}"
        p.marks = [(i, 0, len(label.rstrip(":：")))]
    else:  # after a paragraph's last sentence
        i = rng.choice(range(pc.PARAGRAPH - 1, len(a.pairs), pc.PARAGRAPH))
        at = len(p.sentences[i]) + 1
        p.sentences[i] = f"{p.sentences[i]} {label}"
        p.marks = [(i, at, at + len(label))]
    p.note = f"{label!r} {position} sentence {i + 1}"
    return p


def audit_language(lang: str, articles: Sequence[pc.Article], seed: int, embedder: object, withhold: bool) -> list:
    """Plants and clean twins of one language, audited with its catalogue rows withheld (or not)."""
    items: list[pp.Plant] = []
    for a in articles:
        items.append(pp.base(a, "clean"))
        items += [p for kind, where in PLANTED if (p := plant_label(a, kind, where, seed)) is not None]
    with withholding({lang} if withhold else ()):
        results = ev.run(items, embedder)
    return [(p, results[p.doc_id]) for p in items]


def boilerplate_on_clean(p: pp.Plant, result: dict) -> tuple[int, list[str]]:
    """Sentences of a clean twin and the boilerplate findings on it (each a false alarm)."""
    spans = [str(f["span"]) for f in result["findings"] if f["category"] in pj.EXPECTED["boilerplate"]]
    return len(p.sentences), spans


def rate(hits: Sequence[bool]) -> str:
    return f"{sum(hits) / len(hits):.2f} ({len(hits)})" if hits else "–"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    lst = lambda s: [x.strip() for x in s.split(",") if x.strip()]  # noqa: E731
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--split", choices=sorted(pc.SEEDS), default="tune")
    p.add_argument("--origins", type=lst, default=list(DEFAULT_ORIGINS))
    p.add_argument("--langs", type=lst, help="catalogue languages to leave out in turn (default: all but en)")
    p.add_argument("--no-route", action="store_true", help="the catalogue-free route off: what English rows find")
    p.add_argument("--keep-rows", action="store_true", help="the catalogue as the product has it (no withholding)")
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--cache", type=Path)
    p.add_argument("--misses", type=int, default=0, help="print N missed plants")
    p.add_argument("--alarms", type=int, default=20, help="print N false alarms on clean twins")
    p.add_argument("--resume", type=Path, help="JSON lines of judged languages: appended to, and skipped on a rerun")
    return p.parse_args(argv)


def judged_language(lang: str, articles: Sequence[pc.Article], args: argparse.Namespace, embedder: object) -> list:
    """One language's plants and clean twins as JSON rows: hit or not, and the false alarms on the twins."""
    seed = pc.SEEDS[args.split]
    rows = []
    for p, r in audit_language(lang, articles, seed, embedder, not args.keep_rows):
        if p.category == "clean":
            n, spans = boilerplate_on_clean(p, r)
            rows.append({"lang": lang, "origin": p.article.origin, "aid": p.article.aid, "clean": n, "alarms": spans})
        else:
            o = pj.judge(p, r)
            rows.append({"lang": lang, "kind": p.kind, "position": p.position, "hit": o.hit, "note": o.note,
                         "codes": list(o.codes)})  # fmt: skip
    return rows


def report(rows: list[dict], args: argparse.Namespace, seconds: float) -> None:
    outcomes = [r for r in rows if "hit" in r]
    clean = [r for r in rows if "clean" in r]
    mode = "rows kept" if args.keep_rows else ("route off" if args.no_route else "route on")
    print(f"# Boilerplate leave-language-out, split {args.split}, origins {','.join(args.origins)} ({mode})\n")
    print(f"{len({r['lang'] for r in rows})} languages, {len(clean)} clean twins, {len(outcomes)} planted labels; "
          f"{seconds:.0f} s.\n")  # fmt: skip
    print("| planted | recall |\n|---|---|")
    print(f"| all | {rate([o['hit'] for o in outcomes])} |")
    for kind, _ in PLANTED:
        print(f"| kind {kind} | {rate([o['hit'] for o in outcomes if o['kind'] == kind])} |")
    for pos in POSITIONS:
        print(f"| {pos} | {rate([o['hit'] for o in outcomes if o['position'] == pos])} |")
    for fam in sorted({pc.family(o["lang"]) for o in outcomes}):
        print(f"| {fam} | {rate([o['hit'] for o in outcomes if pc.family(o['lang']) == fam])} |")
    sentences = sum(r["clean"] for r in clean)
    alarms = [(r, s) for r in clean for s in r["alarms"]]
    print(f"\nClean twins: {len(alarms)} boilerplate findings on {sentences} clean sentences "
          f"({len(alarms) / max(sentences, 1):.2%}).")  # fmt: skip
    per_origin = Counter(r["origin"] for r, _ in alarms)
    print("Per origin: " + (", ".join(f"{o} {n}" for o, n in sorted(per_origin.items())) or "none"))
    for r, span in alarms[: args.alarms]:
        print(f"- alarm {r['lang']} {r['aid']}: {span[:60]!r}")
    for o in [o for o in outcomes if not o["hit"]][: args.misses]:
        print(f"- missed {o['lang']} {o['kind']}: {o['note']}; found {', '.join(o['codes']) or 'nothing'}")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    t0 = time.perf_counter()
    if args.no_route:
        boilerplate_unseen.THRESHOLD = 2.0  # no cosine reaches it: the route never fires
    langs = sorted(set(args.langs or languages()) & languages() - {"en"})
    articles = pc.select_articles(langs, None, args.split, args.origins)
    by_lang: dict[str, list[pc.Article]] = defaultdict(list)
    for a in articles:
        by_lang[a.lang].append(a)
    rows: list[dict] = []
    if args.resume and args.resume.is_file():  # languages judged by an earlier, interrupted run
        rows = [json.loads(line) for line in args.resume.read_text(encoding="utf-8").splitlines() if line]
    done = {r["lang"] for r in rows}
    embedder = ev.stored_embedder(args.threads, args.cache)
    for k, lang in enumerate(sorted(by_lang), 1):
        if lang in done:
            continue
        new = judged_language(lang, by_lang[lang], args, embedder)
        rows += new
        if args.resume:
            with args.resume.open("a", encoding="utf-8") as fh:
                fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in new)
        print(f"[{k}/{len(by_lang)}] {lang}", file=sys.stderr)
    embedder.save()
    report(rows, args, time.perf_counter() - t0)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
