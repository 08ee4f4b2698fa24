"""Engines, the sentence cache and the model catalogue.

The batching, splitting and failure rules of :class:`BatchedEngine` are
tested with a transparent test engine (it upper-cases, and fails on a
marker), so each rule is seen exactly; the real engines run on the tiny
Marian model the tests build (see ``tiny_models.py``).
"""

from __future__ import annotations

import io
import multiprocessing
import sqlite3
import sys
from collections.abc import Sequence

import pytest

from mt_audit.translate import ENGINES, BatchedEngine, TranslationCache, TranslationFailed, get_engine, models
from mt_audit.types import MissingResource


class UpperEngine(BatchedEngine):
    """Upper-cases; fails on any sentence holding ``BOOM``; records each batch it was given."""

    name = "upper-test"

    def __init__(self, max_tokens: int = 4096, max_batch: int = 64, max_input_tokens: int = 256) -> None:
        self.max_tokens, self.max_batch, self.max_input_tokens = max_tokens, max_batch, max_input_tokens
        self.batches: list[list[str]] = []

    def count_tokens(self, text: str, src_lang: str) -> int:
        return len(text.split())

    def _translate_batch(self, batch: list[str], src_lang: str) -> list[str]:
        self.batches.append(list(batch))
        if any("BOOM" in s for s in batch):
            raise RuntimeError("engine crashed")
        return [s.upper() for s in batch]

    def signature(self, src_lang: str | None = None) -> str:
        return "upper-test"  # no language: the cache itself must keep languages apart


def test_results_in_input_order_and_blanks_never_sent() -> None:
    engine = UpperEngine()
    out = engine.translate_many(["b c d", "  ", "a", "", "b c d"], "tr")
    assert [t.text for t in out] == ["B C D", "", "A", "", "B C D"]
    sent = [s for b in engine.batches for s in b]
    assert sorted(sent) == ["a", "b c d"]  # duplicates once, blanks never


def test_batches_are_length_sorted_and_within_the_token_budget() -> None:
    sentences = [" ".join(["w"] * n) + f" {k}" for k, n in enumerate([9, 1, 5, 3, 7, 2, 8, 4, 6, 1])]
    engine = UpperEngine(max_tokens=20, max_batch=4)
    engine.translate_many(sentences, "pl")
    lengths = [len(s.split()) for b in engine.batches for s in b]
    assert lengths == sorted(lengths)
    for batch in engine.batches:
        assert len(batch) <= 4
        assert len(batch) * max(len(s.split()) for s in batch) <= 20 or len(batch) == 1


def test_one_failing_sentence_fails_only_itself() -> None:
    engine = UpperEngine()
    out = engine.translate_many(["good one", "this goes BOOM", "fine too"], "id")
    assert [t.ok for t in out] == [True, False, True]
    assert out[0].text == "GOOD ONE" and out[2].text == "FINE TOO"
    assert out[1].text == "" and "engine crashed" in (out[1].note or "")
    with pytest.raises(TranslationFailed, match="1 sentence"):
        engine.translate(["fine", "BOOM"], "id")


def test_overlong_sentence_is_split_with_a_note() -> None:
    engine = UpperEngine(max_input_tokens=4)
    long = "one two three four five six seven eight nine ten"
    out = engine.translate_many([long, "short"], "ar")
    assert out[0].text == long.upper()
    assert "3 parts" in (out[0].note or "")
    assert all(len(s.split()) <= 4 for b in engine.batches for s in b)
    assert out[1].note is None


def test_cache_second_pass_sends_nothing(tmp_path) -> None:
    cache = TranslationCache(tmp_path / "c.sqlite")
    first = UpperEngine()
    first.translate_many(["alpha beta", "gamma"], "tr", cache=cache)
    assert cache.stats()["misses"] == 2 and cache.stats()["hits"] == 0
    second = UpperEngine()
    out = second.translate_many(["gamma", "alpha beta"], "tr", cache=cache)
    assert second.batches == []
    assert [t.text for t in out] == ["GAMMA", "ALPHA BETA"] and all(t.cached for t in out)
    assert cache.stats()["hits"] == 2 and cache.stats()["hit_rate"] == 0.5


def test_cache_is_keyed_by_engine_signature_and_language(tmp_path) -> None:
    cache = TranslationCache(tmp_path / "c.sqlite")
    UpperEngine().translate_many(["merhaba"], "tr", cache=cache)
    other_lang = UpperEngine()
    other_lang.translate_many(["merhaba"], "az", cache=cache)
    assert other_lang.batches == [["merhaba"]]


def test_failures_are_not_cached(tmp_path) -> None:
    cache = TranslationCache(tmp_path / "c.sqlite")
    UpperEngine().translate_many(["x BOOM", "ok"], "pl", cache=cache)
    assert len(cache) == 1
    again = UpperEngine()
    again.translate_many(["x BOOM", "ok"], "pl", cache=cache)
    assert any("x BOOM" in b for b in again.batches)


def test_cache_uses_wal(tmp_path) -> None:
    TranslationCache(tmp_path / "c.sqlite")
    mode = sqlite3.connect(tmp_path / "c.sqlite").execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def _writer(path: str, start: int) -> None:
    cache = TranslationCache(path)
    for k in range(start, start + 200, 10):
        cache.put_many("sig", "tr", [(f"s{j}", f"t{j}") for j in range(k, k + 10)])


def test_cache_is_safe_for_concurrent_runs(tmp_path) -> None:
    path = str(tmp_path / "c.sqlite")
    TranslationCache(path)
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(path, start)) for start in (0, 100, 200)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    cache = TranslationCache(path)
    assert len(cache) == 400  # 0..399, overlaps written once
    assert cache.get_many("sig", "tr", ["s0", "s399"]) == {"s0": "t0", "s399": "t399"}


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("ar", ["Helsinki-NLP/opus-mt-ar-en", "Helsinki-NLP/opus-mt-mul-en"]),
        ("tr", ["Helsinki-NLP/opus-mt-tr-en", "Helsinki-NLP/opus-mt-mul-en"]),
        ("xx", ["Helsinki-NLP/opus-mt-mul-en"]),
    ],
)
def test_catalogue_candidates(lang: str, expected: list[str]) -> None:
    assert models.candidates(lang) == expected


def test_missing_model_names_it_and_the_command(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    with pytest.raises(MissingResource) as info:
        models.resolve("ar", "ct2", model_dir=tmp_path)
    assert info.value.missing == ("Helsinki-NLP/opus-mt-ar-en",)
    assert info.value.get == ("mt-audit models convert Helsinki-NLP/opus-mt-ar-en",)
    assert "HF_HUB_OFFLINE" in str(info.value)


def test_model_dir_of_models_is_searched_by_id(tmp_path) -> None:
    folder = tmp_path / "opus-mt-tr-en"
    folder.mkdir()
    (folder / "model.bin").write_bytes(b"x")
    found = models.find("Helsinki-NLP/opus-mt-tr-en", "ct2", tmp_path)
    assert found is not None and found.path == folder and found.found_in == "model-dir"
    assert models.find("Helsinki-NLP/opus-mt-ar-en", "ct2", tmp_path) is None


def test_fingerprint_changes_with_content(tmp_path) -> None:
    (tmp_path / "config.json").write_text("{}")
    before = models.fingerprint(tmp_path)
    (tmp_path / "config.json").write_text('{"d_model": 8}')
    assert models.fingerprint(tmp_path) != before


def test_unknown_engine_lists_valid_names() -> None:
    with pytest.raises(KeyError, match="valid names: ct2, hf, openai, precomputed"):
        get_engine("marian")
    assert {"ct2", "hf", "openai", "precomputed"} <= set(ENGINES.names())


# --- the real engines on the tiny Marian -------------------------------------------------------------------------

SENTENCES = [
    "Şirket yeni modeli için on bin grafik işlemcisi satın aldı.",
    "Rapor hazır.",
    "   ",
    "Proje gelecek yıl hazır olacak, dedi.",
]


def _reference_ct2(folder, sentences: Sequence[str], beam: int, max_len: int) -> list[str]:
    """What CTranslate2 itself gives, tokenized by transformers' MarianTokenizer: the engine must agree."""
    import ctranslate2
    from transformers import MarianTokenizer

    tok = MarianTokenizer.from_pretrained(str(folder))
    translator = ctranslate2.Translator(str(models.convert(folder)), device="cpu", compute_type="int8")
    tokens = [tok.convert_ids_to_tokens(tok.encode(s)) for s in sentences]
    out = translator.translate_batch(tokens, beam_size=beam, max_decoding_length=max_len)
    return [tok.decode(tok.convert_tokens_to_ids(r.hypotheses[0]), skip_special_tokens=True) for r in out]


@pytest.mark.slow
def test_ct2_engine_matches_ctranslate2_and_is_deterministic(tiny_marian) -> None:
    pytest.importorskip("ctranslate2")
    engine = get_engine("ct2", model_dir=tiny_marian, device="cpu", max_decoding_length=24)
    assert engine.prepare(["tr"]) == {}
    out = engine.translate_many(SENTENCES, "tr")
    assert out[2].text == "" and all(t.ok for t in out)
    texts = [SENTENCES[k] for k in (0, 1, 3)]
    expected = _reference_ct2(tiny_marian, texts, beam=2, max_len=24)
    got = [out[k].text for k in (0, 1, 3)]
    assert got == [e.strip() for e in expected]
    assert all(got)
    again = get_engine("ct2", model_dir=tiny_marian, device="cpu", max_decoding_length=24).translate(texts, "tr")
    assert again == got
    sig = engine.signature("tr")
    assert "compute:int8" in sig and "model:opus-mt-tiny@" in sig and "beam:2" in sig


@pytest.mark.slow
def test_hf_engine_matches_generate(tiny_marian) -> None:
    import torch
    from transformers import MarianMTModel, MarianTokenizer

    engine = get_engine("hf", model_dir=tiny_marian, device="cpu", max_decoding_length=16)
    texts = [SENTENCES[0], SENTENCES[1]]
    got = engine.translate(texts, "tr")
    tok = MarianTokenizer.from_pretrained(str(tiny_marian))
    model = MarianMTModel.from_pretrained(str(tiny_marian)).eval()
    with torch.inference_mode():
        enc = tok(texts, return_tensors="pt", padding=True)
        ids = model.generate(**enc, num_beams=2, max_new_tokens=16, do_sample=False)
    expected = tok.batch_decode(ids, skip_special_tokens=True)
    assert got == [e.strip() for e in expected]
    assert "dtype:float32" in engine.signature("tr")


@pytest.mark.slow
def test_models_convert_cli_then_ct2_loads_the_converted_folder(tiny_marian, tmp_path, capsys) -> None:
    pytest.importorskip("ctranslate2")
    from mt_audit.cli import main

    out = tmp_path / "ct2" / "opus-mt-tiny"
    assert main(["models", "convert", str(tiny_marian), "--out", str(out), "--quantization", "int8"]) == 0
    assert (out / "model.bin").is_file() and (out / "source.spm").is_file()
    assert (out / "mt_audit_model.json").is_file()
    assert main(["models", "where", "tr", "--model-dir", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    engine = get_engine("ct2", model_dir=out, device="cpu", max_decoding_length=8)
    assert engine.translate(["Rapor hazır."], "tr")[0]


@pytest.mark.slow
def test_ct2_broken_model_folder_is_reported_not_raised(tmp_path) -> None:
    pytest.importorskip("ctranslate2")
    (tmp_path / "model.bin").write_bytes(b"not a model")
    engine = get_engine("ct2", model_dir=tmp_path, device="cpu")
    missing = engine.prepare(["pl"])
    assert "pl" in missing and "cannot load" in str(missing["pl"])


@pytest.mark.gpu
def test_ct2_on_gpu(tiny_marian) -> None:
    ctranslate2 = pytest.importorskip("ctranslate2")
    if ctranslate2.get_cuda_device_count() == 0:
        pytest.skip("no CUDA device")
    engine = get_engine("ct2", model_dir=tiny_marian, device="cuda", max_decoding_length=16)
    assert "device:cuda" in engine.signature("tr") and "compute:float16" in engine.signature("tr")
    assert all(engine.translate([SENTENCES[0], SENTENCES[1]], "tr"))


@pytest.mark.gpu
def test_hf_on_gpu(tiny_marian) -> None:
    torch = pytest.importorskip("torch")
    if not torch.cuda.is_available():
        pytest.skip("no CUDA device")
    engine = get_engine("hf", model_dir=tiny_marian, device="cuda", max_decoding_length=16)
    assert "device:cuda" in engine.signature("tr")
    assert all(engine.translate([SENTENCES[0]], "tr"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Habari ya asubuhi.\nKaribu sana.\n", "HABARI YA ASUBUHI.\nKARIBU SANA.\n"),
        ("Ñandú corre.\n\nÇa va?", "ÑANDÚ CORRE.\n\nÇA VA?\n"),
    ],
)
def test_translate_verb_reads_stdin_and_writes_stdout(text: str, expected: str, monkeypatch, capsys) -> None:
    from mt_audit.cli import main

    monkeypatch.setitem(ENGINES._items, "upper-test", UpperEngine)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8"))
    argv = ["translate", "-", "--lang", "sw", "--engine", "upper-test", "--no-cache", "--out", "-"]
    assert main(argv) == 0
    captured = capsys.readouterr()
    assert captured.out == expected
    assert "-> stdout" in captured.err
