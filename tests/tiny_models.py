"""Tiny real models the tests build themselves: no hub, no download.

A random 2-layer Marian (OPUS-MT's architecture, toy sizes) with real
SentencePiece tokenizers trained here, saved with ``save_pretrained`` exactly
as an OPUS-MT folder is laid out. Its translations are nonsense, but every
line of the engines' loading, tokenizing, batching and decoding runs for real.
"""

from __future__ import annotations

import json
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
