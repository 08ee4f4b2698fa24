"""Tiny real models the tests build themselves: no hub, no download.

A random 2-layer Marian (OPUS-MT's architecture, toy sizes) with real
SentencePiece tokenizers trained here, saved with ``save_pretrained`` exactly
as an OPUS-MT folder is laid out. Its translations are nonsense, but every
line of the engines' loading, tokenizing, batching and decoding runs for real.
"""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

LINES = [
    "The company bought ten thousand graphics processors for its new model.",
    "Şirket yeni modeli için on bin grafik işlemcisi satın aldı.",
    "Perusahaan membeli sepuluh ribu prosesor grafis untuk model barunya.",
    "Firma kupiła dziesięć tysięcy procesorów graficznych dla nowego modelu.",
    "اشترت الشركة عشرة آلاف معالج رسومي لنموذجها الجديد.",
    "The report says the project will be ready next year.",
    "Rapor, projenin gelecek yıl hazır olacağını söylüyor.",
    "Laporan itu mengatakan proyek akan siap tahun depan.",
    "Raport mówi, że projekt będzie gotowy w przyszłym roku.",
    "يقول التقرير إن المشروع سيكون جاهزا العام المقبل.",
]


def build_tiny_marian(folder: Path, *, seed: int = 0, eos_bias: float = -50.0, d_model: int = 32) -> Path:
    """Save a random Marian model and its tokenizer into ``folder`` (an OPUS-MT-shaped folder).

    ``eos_bias`` pushes the end-of-sentence logit down so the random model
    decodes to the length limit: every sentence costs the same, predictably.
    """
    import sentencepiece as spm
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    folder.mkdir(parents=True, exist_ok=True)
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(LINES * 20),
        model_prefix=str(folder / "spm"),
        vocab_size=120,
        character_coverage=1.0,
        model_type="unigram",
        bos_id=-1,
        eos_id=0,
        unk_id=1,
        pad_id=-1,
        minloglevel=2,
    )
    (folder / "spm.model").replace(folder / "source.spm")
    (folder / "target.spm").write_bytes((folder / "source.spm").read_bytes())
    (folder / "spm.vocab").unlink()
    proc = spm.SentencePieceProcessor(model_file=str(folder / "source.spm"))
    vocab = {proc.id_to_piece(i): i for i in range(proc.get_piece_size())}
    vocab["</s>"], vocab["<unk>"] = 0, 1
    vocab["<pad>"] = len(vocab)
    (folder / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False))
    pad = vocab["<pad>"]
    config = MarianConfig(
        vocab_size=len(vocab),
        decoder_vocab_size=len(vocab),
        d_model=d_model,
        encoder_layers=2,
        decoder_layers=2,
        encoder_attention_heads=2,
        decoder_attention_heads=2,
        encoder_ffn_dim=2 * d_model,
        decoder_ffn_dim=2 * d_model,
        max_position_embeddings=512,
        pad_token_id=pad,
        eos_token_id=0,
        decoder_start_token_id=pad,
        forced_eos_token_id=0,
        scale_embedding=True,
        share_encoder_decoder_embeddings=True,
    )
    torch.manual_seed(seed)
    model = MarianMTModel(config).eval()
    with torch.no_grad():
        model.final_logits_bias[0, 0] = eos_bias
    model.save_pretrained(folder)
    tok = MarianTokenizer(
        source_spm=str(folder / "source.spm"),
        target_spm=str(folder / "target.spm"),
        vocab=str(folder / "vocab.json"),
        source_lang="mul",
        target_lang="en",
    )
    tok.save_pretrained(folder)
    return folder


# --- a tiny COMET: XLM-R encoder, comet's own model classes, its checkpoint layout -----------------------------

# Our own sentences in several languages: tokenizer training text and test segments.
COMET_SENTENCES = [
    "The council approved the new budget after a long debate on Tuesday.",
    "Heavy rain closed two bridges and delayed trains across the region.",
    "The company said its profits rose by twelve percent last year.",
    "Le conseil a approuvé le nouveau budget après un long débat mardi.",
    "De fortes pluies ont fermé deux ponts et retardé les trains.",
    "Der Rat hat den neuen Haushalt nach langer Debatte am Dienstag gebilligt.",
    "Starker Regen sperrte zwei Brücken und verspätete die Züge.",
    "El consejo aprobó el nuevo presupuesto tras un largo debate el martes.",
    "Las fuertes lluvias cerraron dos puentes y retrasaron los trenes.",
    "Rada zatwierdziła nowy budżet po długiej debacie we wtorek.",
    "Ulewne deszcze zamknęły dwa mosty i opóźniły pociągi w regionie.",
    "Meclis, salı günü uzun bir tartışmanın ardından yeni bütçeyi onayladı.",
    "Şiddetli yağmur iki köprüyü kapattı ve trenleri geciktirdi.",
    "Dewan menyetujui anggaran baru setelah perdebatan panjang pada hari Selasa.",
    "Hujan deras menutup dua jembatan dan menunda kereta di wilayah itu.",
    "Совет утвердил новый бюджет после долгих дебатов во вторник.",
    "Сильный дождь закрыл два моста и задержал поезда в регионе.",
    "وافق المجلس على الميزانية الجديدة بعد نقاش طويل يوم الثلاثاء.",
    "أغلقت الأمطار الغزيرة جسرين وأخرت القطارات في المنطقة.",
    "Researchers found that the new vaccine protects older patients well.",
    "Les chercheurs ont constaté que le nouveau vaccin protège bien les patients âgés.",
    "Forscher stellten fest, dass der neue Impfstoff ältere Patienten gut schützt.",
    "Los investigadores descubrieron que la nueva vacuna protege bien a los pacientes mayores.",
    "Naukowcy odkryli, że nowa szczepionka dobrze chroni starszych pacjentów.",
]


def comet_corpus(n: int = 400) -> list[str]:
    """A few hundred mixed-language lines: whole sentences and shuffled recombinations of their words."""
    rng = random.Random(7)
    words = [w for s in COMET_SENTENCES for w in s.split()]
    lines = list(COMET_SENTENCES)
    while len(lines) < n:
        lines.append(" ".join(rng.choice(words) for _ in range(rng.randint(4, 14))))
    return lines


def build_tiny_xlmr(folder: Path) -> None:
    """A tiny XLM-R (tokenizer + config) in ``folder``, in the form comet's XLMREncoder loads."""
    import sentencepiece as spm
    from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, processors
    from transformers import XLMRobertaConfig, XLMRobertaTokenizerFast

    folder.mkdir(parents=True)
    buf = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(comet_corpus()),
        model_writer=buf,
        vocab_size=400,
        hard_vocab_limit=False,
        model_type="unigram",
        character_coverage=1.0,
        num_threads=1,
        minloglevel=2,
    )
    spm_file = folder / "spm.model"
    spm_file.write_bytes(buf.getvalue())
    sp = spm.SentencePieceProcessor(model_file=str(spm_file))
    # XLM-R's fairseq layout: <s> <pad> </s> <unk>, the spm pieces after spm's own 3 specials, then <mask>.
    # Built with `tokenizers` directly: transformers' slow->fast conversion needs a protobuf that
    # unbabel-comet's pin (<5) does not satisfy.
    vocab = [("<s>", 0.0), ("<pad>", 0.0), ("</s>", 0.0), ("<unk>", 0.0)]
    vocab += [(sp.id_to_piece(i), sp.get_score(i)) for i in range(3, sp.get_piece_size())]
    vocab.append(("<mask>", 0.0))
    tok = Tokenizer(models.Unigram(vocab, unk_id=3))
    tok.normalizer = normalizers.NFKC()
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="\u2581", prepend_scheme="always")
    tok.decoder = decoders.Metaspace(replacement="\u2581", prepend_scheme="always")
    tok.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>", pair="<s> $A </s> </s> $B </s>", special_tokens=[("<s>", 0), ("</s>", 2)]
    )
    fast = XLMRobertaTokenizerFast(tokenizer_object=tok, vocab_file=str(spm_file))
    fast.save_pretrained(folder)
    XLMRobertaConfig(
        vocab_size=len(fast),
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=130,
        pad_token_id=fast.pad_token_id,
        bos_token_id=fast.bos_token_id,
        eos_token_id=fast.eos_token_id,
    ).save_pretrained(folder)


def write_comet_checkpoint(model, folder: Path, **override) -> Path:
    """Save ``model`` as comet's hub models are laid out: hparams.yaml + checkpoints/model.ckpt."""
    import pytorch_lightning as pl
    import torch
    import yaml

    hparams = {**dict(model.hparams), **override}
    (folder / "checkpoints").mkdir(parents=True)
    (folder / "hparams.yaml").write_text(yaml.safe_dump(hparams), encoding="utf-8")
    ckpt = folder / "checkpoints" / "model.ckpt"
    torch.save(
        {
            "state_dict": model.state_dict(),
            "hyper_parameters": hparams,
            "pytorch-lightning_version": pl.__version__,
            "epoch": 0,
            "global_step": 0,
        },
        ckpt,
    )
    return ckpt


def build_tiny_comet(root: Path) -> dict[str, Path]:
    """Tiny models: reference-based RegressionMetric, QE UnifiedMetric (mt+src), UnifiedMetric (mt+src+ref)."""
    import torch
    from comet.models import RegressionMetric, UnifiedMetric

    encoder = root / "encoder"
    build_tiny_xlmr(encoder)
    common = {"pretrained_model": str(encoder), "load_pretrained_weights": False, "hidden_sizes": [32]}
    torch.manual_seed(0)
    ref_model = RegressionMetric(**common)
    torch.manual_seed(1)
    qe_model = UnifiedMetric(**common, input_segments=["mt", "src"], word_layer=1)
    torch.manual_seed(2)
    unite_model = UnifiedMetric(**common, input_segments=["mt", "src", "ref"], word_layer=1)
    paths = {"encoder": encoder}
    paths["ref"] = root / "comet-da"
    paths["ref_state"] = write_comet_checkpoint(ref_model, paths["ref"])
    paths["qe"] = root / "cometkiwi"
    write_comet_checkpoint(qe_model, paths["qe"])
    paths["unite"] = root / "unite"
    write_comet_checkpoint(unite_model, paths["unite"])
    return paths
