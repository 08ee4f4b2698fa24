"""Back-translation throughput: CTranslate2 (int8) against Hugging Face transformers (float32) on CPU.

Why: the ``ct2`` engine is the default back-translator because it is meant to
be several times faster than plain ``transformers`` on CPU. This script
measures that on a model of OPUS-MT's real size without the Hugging Face hub
(which may be unreachable): it builds a seeded random ``MarianMTModel`` with
opus-mt's shape (6+6 layers, d_model 512, 8 heads, FFN 2048, 58,101-token
vocabulary, 512 sinusoidal positions, tied embeddings, opus-mt's generation
config) and a ``MarianTokenizer`` over a tiny sentencepiece model trained on
the fly (its ``vocab.json`` padded with filler tokens to the full vocabulary),
saves both with ``save_pretrained``, converts them with
``ctranslate2.converters.TransformersConverter`` to int8, and loads each
engine the way its users do.

Both engines get the same seeded source sentences (15-40 tokens each, ending
in ``</s>``; ct2 as token strings, transformers as ids plus attention mask),
the same batches (``--batch``, default 16), the same beam (``--beam``,
default 4 as opus-mt), the same threads (all cores; ct2 ``inter_threads=1``)
and exactly ``--length`` (default 32) decoder steps per sentence
(transformers ``min_new_tokens = max_new_tokens``, ct2 ``min_decoding_length
= max_decoding_length``; the output lengths are asserted). A fixed length
makes the work equal; it also removes ct2's advantage, on real text, of
dropping finished translations from a batch. Random weights make the outputs
meaningless but the arithmetic is the real one.

Timing excludes model loading and tokenization and follows one warm-up batch
per engine. The engines alternate passes over the sentences (``--repeat``)
so that both meet the same machine load, and each keeps its fastest pass.
For every pass the script also reports how many cores *other* processes kept
busy (from ``/proc/stat``): on a shared machine a pass with other load
above ~0.1 core is not a clean figure, and transformers suffers far more than
ct2 from a contended core, which inflates the ratio.

With ``--device auto`` (default) and a CUDA GPU, a second comparison runs on
the GPU (ct2 float16 against transformers float16); the last line is the CPU
ratio whenever the CPU comparison ran.

Reproduce (from the repository root; about a minute on two idle cores)::

    python scripts/bench_translate.py --quick --json bench-translate.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

#: OPUS-MT's shape (Helsinki-NLP/opus-mt-*-en).
VOCAB_SIZE = 58101
D_MODEL = 512
LAYERS = 6
HEADS = 8
FFN = 2048
MAX_POSITIONS = 512
EOS_ID = 0
UNK_ID = 1


@dataclass
class Result:
    """One engine's timing on one device: the fastest of its timed passes, and all of them."""

    engine: str
    device: str
    compute_type: str
    sentences: int
    decode_length: int
    beam: int
    batch: int
    threads: int
    seconds: float = 0.0
    sentences_per_s: float = 0.0
    median_s: float = 0.0
    passes_s: list[float] = field(default_factory=list)
    #: Mean number of cores busy with *other* processes during each pass (Linux), the load caveat.
    other_cores: list[float | None] = field(default_factory=list)


@dataclass
class Engine:
    """A loaded, warmed-up engine: ``run`` translates every timed batch, ``check`` asserts the outputs."""

    result: Result
    run: Callable[[], list]
    check: Callable[[list], None]


def busy_seconds() -> float | None:
    """Seconds of CPU time all processes have used (``/proc/stat``), to tell how loaded the machine was."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    except OSError:
        return None
    ticks = [int(x) for x in fields]
    idle = ticks[3] + ticks[4]
    return (sum(ticks[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def own_seconds() -> float:
    """CPU seconds this process has used, all threads."""
    t = os.times()
    return t.user + t.system


def train_spm(folder: Path, seed: int) -> Path:
    """Train a tiny sentencepiece model on pseudo-words, as MarianTokenizer requires one."""
    import sentencepiece as spm

    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    lines = [
        " ".join("".join(rng.choice(letters) for _ in range(rng.randint(2, 9))) for _ in range(rng.randint(5, 20)))
        for _ in range(2000)
    ]
    corpus = folder / "corpus.txt"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    prefix = folder / "spm"
    spm.SentencePieceTrainer.train(
        input=str(corpus),
        model_prefix=str(prefix),
        vocab_size=300,
        model_type="unigram",
        character_coverage=1.0,
        num_threads=1,
        minloglevel=2,
    )
    return prefix.with_suffix(".model")


def build_model(model_dir: Path, seed: int, vocab_size: int = VOCAB_SIZE) -> int:
    """Save a seeded random opus-mt-shaped MarianMTModel and its tokenizer into ``model_dir``."""
    import warnings

    import sentencepiece as spm
    import torch
    from transformers import GenerationConfig, MarianConfig, MarianMTModel, MarianTokenizer

    scratch = model_dir / "_spm"
    scratch.mkdir(parents=True)
    spm_path = train_spm(scratch, seed)
    pieces = [spm.SentencePieceProcessor(model_file=str(spm_path)).id_to_piece(i) for i in range(300)]
    vocab = {"</s>": EOS_ID, "<unk>": UNK_ID}
    for piece in pieces:
        if piece not in vocab and piece not in ("<s>", "<unk>", "</s>"):
            vocab[piece] = len(vocab)
    filler = 0
    while len(vocab) < vocab_size - 1:
        vocab[f"\u2581w{filler:05d}"] = len(vocab)
        filler += 1
    pad_id = vocab_size - 1
    vocab["<pad>"] = pad_id
    vocab_path = scratch / "vocab.json"
    vocab_path.write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    # Only the vocabulary matters here; the Moses punctuation normalizer is never used.
    warnings.filterwarnings("ignore", message="Recommended: pip install sacremoses")
    tokenizer = MarianTokenizer(source_spm=str(spm_path), target_spm=str(spm_path), vocab=str(vocab_path))
    assert len(tokenizer) == vocab_size, len(tokenizer)

    config = MarianConfig(
        vocab_size=vocab_size,
        d_model=D_MODEL,
        encoder_layers=LAYERS,
        decoder_layers=LAYERS,
        encoder_attention_heads=HEADS,
        decoder_attention_heads=HEADS,
        encoder_ffn_dim=FFN,
        decoder_ffn_dim=FFN,
        max_position_embeddings=MAX_POSITIONS,
        activation_function="swish",
        scale_embedding=True,
        share_encoder_decoder_embeddings=True,
        tie_word_embeddings=True,
        pad_token_id=pad_id,
        eos_token_id=EOS_ID,
        decoder_start_token_id=pad_id,
    )
    torch.manual_seed(seed)
    model = MarianMTModel(config).eval()
    # opus-mt's own generation_config.json, so transformers runs as opus-mt users run it.
    model.generation_config = GenerationConfig(
        bad_words_ids=[[pad_id]],
        bos_token_id=EOS_ID,
        decoder_start_token_id=pad_id,
        eos_token_id=EOS_ID,
        forced_eos_token_id=EOS_ID,
        max_length=512,
        num_beams=4,
        pad_token_id=pad_id,
    )
    model.save_pretrained(model_dir)
    tokenizer.save_pretrained(model_dir)
    shutil.rmtree(scratch)
    return sum(p.numel() for p in model.parameters())


def make_sentences(n: int, seed: int, vocab_size: int = VOCAB_SIZE) -> list[list[int]]:
    """Seeded source sentences as token ids: 14-39 ordinary tokens followed by ``</s>``."""
    rng = random.Random(seed)
    return [[rng.randrange(2, vocab_size - 1) for _ in range(rng.randint(14, 39))] + [EOS_ID] for _ in range(n)]


def batches(items: list, size: int) -> list[list]:
    """Consecutive batches of ``size``: both engines see the same groups in the same order."""
    return [items[i : i + size] for i in range(0, len(items), size)]


def load_hf(
    model_dir: Path, warmup: list[list[int]], sentences: list[list[int]], args: argparse.Namespace, device: str
) -> Engine:
    """transformers' standard ``generate`` (beam search, default KV cache) under inference mode, eval mode."""
    import torch
    from transformers import MarianMTModel

    dtype = torch.float16 if device == "cuda" else torch.float32
    model = MarianMTModel.from_pretrained(model_dir, torch_dtype=dtype).to(device).eval()
    pad_id = model.config.pad_token_id
    eos_id = model.config.eos_token_id

    def tensors(batch: list[list[int]]) -> tuple[torch.Tensor, torch.Tensor]:
        width = max(len(s) for s in batch)
        ids = torch.tensor([s + [pad_id] * (width - len(s)) for s in batch], device=device)
        mask = torch.tensor([[1] * len(s) + [0] * (width - len(s)) for s in batch], device=device)
        return ids, mask

    def generate(ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        with torch.inference_mode():
            out = model.generate(
                input_ids=ids,
                attention_mask=mask,
                num_beams=args.beam,
                min_new_tokens=args.length,
                max_new_tokens=args.length,
            )
        if device == "cuda":
            torch.cuda.synchronize()
        return out

    def check(outputs: list[torch.Tensor]) -> None:
        for out in outputs:
            # Start token + L generated tokens; opus-mt's forced_eos_token_id makes the L-th one </s>.
            assert out.shape[1] == args.length + 1, f"transformers produced {out.shape[1] - 1} tokens"
            assert not (out[:, 1:-1] == eos_id).any(), "transformers stopped before the fixed length"

    inputs = [tensors(b) for b in batches(sentences, args.batch)]
    check([generate(*tensors(warmup))])
    result = Result(
        "transformers",
        device,
        str(dtype).removeprefix("torch."),
        len(sentences),
        args.length,
        args.beam,
        args.batch,
        args.threads,
    )
    return Engine(result, lambda: [generate(ids, mask) for ids, mask in inputs], check)


def load_ct2(
    ct2_dir: Path,
    model_dir: Path,
    warmup: list[list[int]],
    sentences: list[list[int]],
    args: argparse.Namespace,
    device: str,
) -> Engine:
    """``ctranslate2.Translator.translate_batch`` with its defaults apart from the shared settings."""
    import ctranslate2

    compute_type = args.ct2_compute_type or ("float16" if device == "cuda" else "int8")
    inter = max(1, args.ct2_inter_threads)
    translator = ctranslate2.Translator(
        str(ct2_dir),
        device=device,
        compute_type=compute_type,
        intra_threads=max(1, args.threads // inter),
        inter_threads=inter,
    )
    vocab = json.loads((ct2_dir / "shared_vocabulary.json").read_text(encoding="utf-8"))
    # Same token sequences for both engines: ct2's vocabulary must be the tokenizer's, id for id (less Marian's
    # trailing <pad>, which the converter drops and no source sentence uses).
    hf_vocab = json.loads((model_dir / "vocab.json").read_text(encoding="utf-8"))
    assert len(vocab) == len(hf_vocab) - 1 and all(hf_vocab[t] == i for i, t in enumerate(vocab)), "vocabularies differ"

    def translate(batch: list[list[str]]) -> list:
        return translator.translate_batch(
            batch, beam_size=args.beam, min_decoding_length=args.length, max_decoding_length=args.length
        )

    def check(outputs: list) -> None:
        for out in outputs:
            for hyp in (r.hypotheses[0] for r in out):
                # ct2 counts generated tokens without the start token; a </s> would have ended the hypothesis.
                assert len(hyp) == args.length and "</s>" not in hyp, f"ctranslate2 produced {len(hyp)} tokens"

    inputs = [[[vocab[i] for i in s] for s in b] for b in batches(sentences, args.batch)]
    check([translate([[vocab[i] for i in s] for s in warmup])])
    result = Result(
        "ctranslate2", device, compute_type, len(sentences), args.length, args.beam, args.batch, args.threads
    )
    if inter == 1:
        return Engine(result, lambda: [translate(b) for b in inputs], check)
    flat = [s for b in inputs for s in b]  # one call: ct2 runs its batches of --batch, `inter` at a time

    def translate_all() -> list:
        return [
            translator.translate_batch(
                flat,
                max_batch_size=args.batch,
                beam_size=args.beam,
                min_decoding_length=args.length,
                max_decoding_length=args.length,
            )
        ]

    return Engine(result, translate_all, check)


def compare(model_dir: Path, ct2_dir: Path, args: argparse.Namespace, device: str) -> tuple[Result, Result]:
    """Time both engines on the same inputs on one device, alternating passes so both meet the same load."""
    warmup = make_sentences(args.batch, args.seed + 1)
    sentences = make_sentences(args.sentences, args.seed + 2)
    engines = [
        load_ct2(ct2_dir, model_dir, warmup, sentences, args, device),
        load_hf(model_dir, warmup, sentences, args, device),
    ]
    for rep in range(args.repeat):
        for engine in engines if rep % 2 == 0 else engines[::-1]:
            busy, own = busy_seconds(), own_seconds()
            start = time.perf_counter()
            outputs = engine.run()
            seconds = time.perf_counter() - start
            busy_after, own_after = busy_seconds(), own_seconds()
            engine.check(outputs)
            other = None
            if busy is not None and busy_after is not None:
                other = round(max(0.0, (busy_after - busy) - (own_after - own)) / seconds, 2)
            engine.result.passes_s.append(round(seconds, 3))
            engine.result.other_cores.append(other)
    for engine in engines:
        r = engine.result
        r.seconds = min(r.passes_s)
        r.sentences_per_s = round(r.sentences / r.seconds, 3)
        r.median_s = statistics.median(r.passes_s)
    return engines[0].result, engines[1].result


def report(ct2: Result, hf: Result) -> float:
    """Print one device's figures; returns the ct2/hf throughput ratio."""
    ratio = hf.seconds / ct2.seconds
    for r in (ct2, hf):
        passes = ", ".join(f"{s:.1f}" for s in r.passes_s)
        other = ", ".join("?" if c is None else f"{c:.2f}" for c in r.other_cores)
        print(
            f"{r.device:4} {r.engine:12} {r.compute_type:7} {r.sentences} sentences x {r.decode_length} tokens, "
            f"beam {r.beam}, batch {r.batch}, {r.threads} threads: best {r.seconds:.1f} s "
            f"= {r.sentences_per_s:.2f} sentences/s (passes {passes} s; other processes' cores {other})"
        )
    print(
        f"{ct2.device}: ratio ct2/hf = {ratio:.2f} (best passes; {hf.median_s / ct2.median_s:.2f} from median passes)"
    )
    return ratio


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="few sentences (about a minute on two idle cores)")
    parser.add_argument("--sentences", type=int, help="timed sentences per pass (default 48 with --quick, else 256)")
    parser.add_argument(
        "--repeat", type=int, help="timed passes per engine, best kept (default 2 with --quick, else 3)"
    )
    parser.add_argument("--batch", type=int, default=16, help="sentences per call, both engines (default 16)")
    parser.add_argument("--beam", type=int, default=4, help="beam size, both engines (default 4, opus-mt's)")
    parser.add_argument("--length", type=int, default=32, help="exact number of decoder steps per sentence")
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1, help="CPU threads for both engines")
    parser.add_argument(
        "--device", choices=["cpu", "cuda", "auto"], default="auto", help="auto: CPU, and also CUDA when present"
    )
    parser.add_argument("--ct2-compute-type", help="ct2 precision instead of int8 (CPU) / float16 (CUDA), e.g. float32")
    parser.add_argument("--ct2-inter-threads", type=int, default=1,
                        help="ct2 batches run at once (threads split among them; default 1)")  # fmt: skip
    parser.add_argument("--seed", type=int, default=4, help="seed for the weights and the sentences")
    parser.add_argument("--json", type=Path, help="write all figures here")
    args = parser.parse_args()
    if args.sentences is None:
        args.sentences = 48 if args.quick else 256
    if args.repeat is None:
        args.repeat = 2 if args.quick else 3

    import ctranslate2
    import torch
    import transformers
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    torch.set_num_threads(args.threads)
    has_gpu = torch.cuda.is_available() and ctranslate2.get_cuda_device_count() > 0
    if args.device == "cuda" and not has_gpu:
        parser.error("--device cuda: no CUDA GPU visible to both torch and ctranslate2")
    devices = {"cpu": ["cpu"], "cuda": ["cuda"], "auto": ["cuda", "cpu"] if has_gpu else ["cpu"]}[args.device]

    results: list[Result] = []
    ratios: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="bench-translate-") as tmp:
        model_dir, ct2_dir = Path(tmp) / "hf", Path(tmp) / "ct2"
        start = time.perf_counter()
        n_params = build_model(model_dir, args.seed)
        built = time.perf_counter()
        ctranslate2.converters.TransformersConverter(str(model_dir)).convert(str(ct2_dir), quantization="int8")
        converted = time.perf_counter()
        print(
            f"built a random opus-mt-shaped model ({n_params / 1e6:.1f} M parameters) in {built - start:.1f} s, "
            "converted it to int8 in "
            f"{converted - built:.1f} s; load average {os.getloadavg()[0]:.2f}"
        )
        for device in devices:
            ct2, hf = compare(model_dir, ct2_dir, args, device)
            results += [ct2, hf]
            ratios[device] = report(ct2, hf)

    if args.json:
        payload = {
            "benchmark": "bench_translate",
            "model": {
                "architecture": "MarianMTModel (random weights, opus-mt shape)",
                "vocab_size": VOCAB_SIZE,
                "d_model": D_MODEL,
                "layers": [LAYERS, LAYERS],
                "heads": HEADS,
                "ffn": FFN,
                "seed": args.seed,
            },
            "ratios_ct2_over_hf": {device: round(r, 3) for device, r in ratios.items()},
            "settings": {
                "sentences": args.sentences,
                "source_tokens": "15-40 incl. </s>",
                "decode_length": args.length,
                "beam": args.beam,
                "batch": args.batch,
                "threads": args.threads,
                "ct2_inter_threads": args.ct2_inter_threads,
                "repeat": args.repeat,
                "timing": "best of the alternating passes; tokenization and model loading excluded; one warm-up batch",
                "hf_generation_config": "opus-mt's (bad_words_ids [[pad]], forced_eos_token_id 0)",
            },
            "results": [asdict(r) for r in results],
            "versions": {
                "torch": torch.__version__,
                "transformers": transformers.__version__,
                "ctranslate2": ctranslate2.__version__,
                "python": platform.python_version(),
            },
            "cpu_count": os.cpu_count(),
            "load_average_end": list(os.getloadavg()),
            "environment": {k: v for k, v in os.environ.items() if k.startswith(("OMP_", "MKL_", "CT2_", "KMP_"))},
            "machine": {
                "platform": platform.platform(),
                "processor": cpu_name(),
                "gpu": gpu_name() if has_gpu else None,
            },
        }
        args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    final = "cpu" if "cpu" in ratios else "cuda"
    print(f"ratio ct2/hf: {ratios[final]:.2f}")


def cpu_name() -> str:
    """The CPU model name (``platform.processor()`` is often empty on Linux)."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def gpu_name() -> str:
    """The first CUDA device's name, as torch reports it."""
    import torch

    return torch.cuda.get_device_name(0)


if __name__ == "__main__":
    main()
