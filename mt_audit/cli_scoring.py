"""The MT researcher's subcommands: ``score`` (sacrebleu-style scores of parallel files) and ``compare``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mt_audit.cli_common import EXIT_MISSING, EXIT_OK, EXIT_OUTPUT, UsageError, csv_list, report_missing

SCORE_EPILOG = """examples:
  mt-audit score -s src.en -t sys.de -r ref.de
      BLEU, chrF and TER of sys.de against ref.de: the lines `sacrebleu ref.de -i sys.de
      -m bleu chrf ter -f text` prints (BLEU's tokenizer follows sys.de's language as
      sacrebleu's -l en-xx does: zh, ja-mecab, ko-mecab, else 13a; --lang or --tokenize to set it)
  mt-audit score -s src.en -t sys.de -b bt.en -m bleu chrf++ similarity --confidence -f json
      the back-translation against the source, the source-system embedding similarity,
      95% bootstrap intervals (sacrebleu's), as JSON
  cat sys.zh | mt-audit score -s src.en -t - -r ref.zh -m bleu comet --comet wmt22-comet-da

exit codes: 0 scored; 1 usage error (unequal line counts, unknown metric, unreadable file);
  3 a requested model or tokenizer is missing (COMET, MeCab, the flores SentencePiece model)
"""


def add_score_parser(sub: argparse._SubParsersAction) -> None:
    sc = sub.add_parser(
        "score",
        help="sacrebleu-style scores of parallel files (one segment per line): BLEU, chrF, TER, COMET, similarity",
        description="Score a system output (one segment per line) against human references (-r, in the system's "
        "language) and/or score its back-translation against the English source (-b). BLEU, chrF, chrF++ and TER "
        "are sacrebleu's, printed with its signatures; similarity and COMET carry their own.",
        epilog=SCORE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sc.add_argument("-s", "--source", required=True, metavar="SRC", help="the English source, one segment per line")
    sc.add_argument("-t", "--system", required=True, metavar="SYS", help="the system output (- reads stdin)")
    sc.add_argument("-r", "--reference", nargs="+", default=[], metavar="REF",
                    help="human reference(s) in the system's language, one segment per line")  # fmt: skip
    sc.add_argument("-b", "--backtranslation", metavar="BT", help="the system output translated back into English")
    sc.add_argument("-m", "--metrics", nargs="+", type=csv_list, metavar="M",
                    help="bleu chrf chrf++ ter comet comet-qe similarity (default: bleu chrf ter with -r or -b, "
                    "else similarity)")  # fmt: skip
    sc.add_argument("--tokenize", "-tok", metavar="T",
                    help="BLEU's tokenizer (sacrebleu's: 13a, intl, char, zh, flores200, ...; "
                    "default: by language)")  # fmt: skip
    sc.add_argument("--lang", metavar="XX", help="the system's language (default: identified from its text)")
    sc.add_argument("--confidence", "-ci", action="store_true",
                    help="95%% confidence intervals by sacrebleu's bootstrap resampling")  # fmt: skip
    sc.add_argument("--n-bootstrap", type=int, metavar="N",
                    help="bootstrap resamples (default 1000; implies --confidence)")  # fmt: skip
    sc.add_argument("-f", "--format", default="text", choices=["text", "json"], help="sacrebleu's text or JSON")
    sc.add_argument("-w", "--width", type=int, default=1, metavar="N", help="decimals of sacrebleu's scores (1)")
    sc.add_argument("--doc-ids", metavar="FILE", help="a document id per line: adds each document's scores")
    sc.add_argument("--comet", default="wmt22-comet-da", metavar="MODEL",
                    help="model of the comet metric (default wmt22-comet-da)")  # fmt: skip
    sc.add_argument("--comet-qe", default="wmt22-cometkiwi-da", metavar="MODEL",
                    help="model of the comet-qe metric (default wmt22-cometkiwi-da)")  # fmt: skip
    sc.add_argument("--batch-size", type=int, default=16, metavar="N", help="COMET batch size (default 16)")
    sc.add_argument("--device", default="auto", choices=["auto", "cpu", "cuda"], help="where COMET runs")


COMPARE_EPILOG = """examples:
  mt-audit compare -s src.en -r ref.de -t sys1.de sys2.de sys3.de --paired-bs
      BLEU, chrF and TER of each system, paired bootstrap p-values against sys1.de
      (sacrebleu ref.de -i sys1.de sys2.de sys3.de -m bleu chrf ter --paired-bs)
  mt-audit compare -r ref.de -t a.de b.de --names A B -m bleu chrf++ --paired-ar -f json
  mt-audit compare out-sys1 out-sys2 out-sys3
      audits of `mt-audit run`: findings per category, differences from the first, mean scores

exit codes: 0 compared; 1 usage error (unequal line counts, unknown metric, unreadable file or folder)
"""


def add_compare_parser(sub: argparse._SubParsersAction) -> None:
    cp = sub.add_parser(
        "compare",
        help="compare several systems' outputs of one source: paired significance tests, findings side by side",
        description="Rank several MT systems of one source. Parallel files (-t, one segment per line) are scored "
        "against -r with sacrebleu's metrics and its paired bootstrap (--paired-bs, the default) or approximate "
        "randomization (--paired-ar) against the first system (or --baseline): the p-values sacrebleu prints "
        "for the same SACREBLEU_SEED. Audit folders of `mt-audit run` (OUT_DIR ...) are compared by finding "
        "counts per category and mean document scores.",
        epilog=COMPARE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    cp.add_argument("folders", nargs="*", metavar="OUT_DIR", help="output folders of `mt-audit run`, one per system")
    cp.add_argument("-s", "--source", metavar="SRC", help="the English source, one segment per line (checked)")
    cp.add_argument("-r", "--reference", nargs="+", default=[], metavar="REF", help="human reference(s)")
    cp.add_argument("-t", "--systems", nargs="+", default=[], metavar="SYS",
                    help="system outputs, one segment per line; the first is the baseline")  # fmt: skip
    cp.add_argument("--names", nargs="+", metavar="NAME", help="a name per system (default: the paths)")
    cp.add_argument("--baseline", metavar="NAME", help="the system the others are tested against (default: first)")
    cp.add_argument("-m", "--metrics", nargs="+", type=csv_list, metavar="M",
                    help="bleu chrf chrf++ ter (default: bleu chrf ter)")  # fmt: skip
    test = cp.add_mutually_exclusive_group()
    test.add_argument("--paired-bs", action="store_true", help="paired bootstrap resampling (the default)")
    test.add_argument("--paired-ar", action="store_true", help="paired approximate randomization")
    test.add_argument("--no-test", action="store_true", help="scores only")
    cp.add_argument("--paired-bs-n", type=int, default=1000, metavar="N", help="bootstrap resamples (1000)")
    cp.add_argument("--paired-ar-n", type=int, default=10000, metavar="N", help="randomization trials (10000)")
    cp.add_argument("--tokenize", "-tok", metavar="T", help="BLEU's tokenizer (default: by language, as score)")
    cp.add_argument("--lang", metavar="XX", help="the systems' language (default: identified from the first)")
    cp.add_argument("-f", "--format", default="text", choices=["text", "json"], help="a ranking table or JSON")
    cp.add_argument("-w", "--width", type=int, default=1, metavar="N", help="decimals of the scores (1)")
    cp.add_argument("--html", metavar="FILE", help="also write the comparison as an HTML page")


def cmd_score(args: argparse.Namespace) -> int:
    """sacrebleu's lines (or JSON) for the metrics asked; exit 3 when a requested model is missing."""
    from mt_audit import score_files as sf
    from mt_audit.types import MissingResource

    metrics = [m for group in args.metrics for m in group] if args.metrics else None
    n_bootstrap = (1000 if args.confidence else 1) if args.n_bootstrap is None else args.n_bootstrap
    try:
        data = sf.read_parallel(
            args.source, args.system, args.reference, args.backtranslation, args.doc_ids, stdin=sys.stdin
        )
        metrics = metrics or list(sf.default_metrics(data))
        sf.check_request(metrics, data)
        sf.check_tokenizer(args.tokenize)
        if n_bootstrap < 1 or args.batch_size < 1 or args.width < 0:
            raise sf.ScoreInputError("--n-bootstrap and --batch-size must be at least 1, --width at least 0")
        lang = args.lang or ""
        if not lang and data.refs and "bleu" in metrics and not args.tokenize:
            lang = sf.target_language(data.sys)
            if sf.default_tokenizer(lang) != sf.default_tokenizer(""):
                print(f"mt-audit: {args.system} reads as {lang}: BLEU tokenizer {sf.default_tokenizer(lang)} "
                      "(--lang or --tokenize to choose)", file=sys.stderr)  # fmt: skip
        request = sf.Request(
            metrics, lang=lang.lower().replace("_", "-").split("-")[0], tokenize=args.tokenize,
            n_bootstrap=n_bootstrap, width=args.width, embedder=sf.embedder_loader(),
            comet=sf.comet_loader(args.comet, qe=False, device=args.device, batch_size=args.batch_size),
            comet_qe=sf.comet_loader(args.comet_qe, qe=True, device=args.device, batch_size=args.batch_size),
        )  # fmt: skip
        results = sf.score_parallel(data, request)
    except sf.ScoreInputError as exc:
        raise UsageError(str(exc)) from None
    except MissingResource as exc:
        report_missing(exc)
        return EXIT_MISSING
    names = {"system": args.system, "reference": " ".join(args.reference), "source": args.source,
             "backtranslation": args.backtranslation or ""}  # fmt: skip
    sys.stdout.write(sf.format_json(results) if args.format == "json" else sf.format_text(results, names))
    return EXIT_OK


def cmd_compare(args: argparse.Namespace) -> int:
    """A ranking of the systems (parallel files or audit folders), as text or JSON."""
    from mt_audit import comparison as cp
    from mt_audit import score_files as sf

    try:
        if args.folders and (args.systems or args.reference):
            raise sf.ScoreInputError("give either audit folders or -t/-r files, not both")
        if args.folders:
            result = cp.compare_audits(args.folders, names=args.names, baseline=args.baseline)
        else:
            result = _compare_files(args)
    except sf.ScoreInputError as exc:
        raise UsageError(str(exc)) from None
    if args.html:
        from mt_audit.report import atomic_write

        try:
            atomic_write(Path(args.html), cp.format_html(result, args.width))
        except OSError as exc:
            print(f"mt-audit: error: cannot write {args.html}: {exc}", file=sys.stderr)
            return EXIT_OUTPUT
    sys.stdout.write(cp.format_json(result) if args.format == "json" else cp.format_text(result, args.width))
    return EXIT_OK


def _compare_files(args: argparse.Namespace) -> object:
    """sacrebleu's multi-system comparison of -t against -r (the test and its size from the flags)."""
    from mt_audit import comparison as cp
    from mt_audit import score_files as sf

    if not args.systems:
        raise sf.ScoreInputError("give the systems with -t SYS1 SYS2 ... and the reference with -r (or OUT_DIRs)")
    test = None if args.no_test else "ar" if args.paired_ar else "bs"
    n = args.paired_ar_n if test == "ar" else args.paired_bs_n
    if n < 1 or args.width < 0:
        raise sf.ScoreInputError("--paired-bs-n and --paired-ar-n must be at least 1, --width at least 0")
    metrics = [m for group in args.metrics for m in group] if args.metrics else ["bleu", "chrf", "ter"]
    first = sf.read_file(args.systems[0])
    if args.source:
        sf.check_counts({f"-s {args.source}": sf.read_file(args.source), f"-t {args.systems[0]}": first})
    lang = args.lang or ""
    if not lang and "bleu" in metrics and not args.tokenize:
        lang = sf.target_language(first)
    return cp.compare(
        args.systems, args.reference, names=args.names, metrics=metrics, test=test, n_samples=n,
        baseline=args.baseline, lang=lang.lower().replace("_", "-").split("-")[0], tokenize=args.tokenize,
    )  # fmt: skip
