"""Tests for mt_audit.ingest: decoding, bad inputs, formats and collection.

Every bad file must come back as one Document with a one-line error (never an
exception), and good text must come back exactly as written: later stages
report offsets into it.
"""

from __future__ import annotations

import csv
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import ftfy
import ftfy.bad_codecs  # noqa: F401  (registers the sloppy-windows-1252 codec used to make mojibake)
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mt_audit import ingest
from mt_audit.decode import _FTFY_CONFIG
from mt_audit.ingest import (
    MAX_CHARS_DEFAULT,
    collect,
    decode_bytes,
    from_text,
    html_main_text,
    read_document,
    read_manifest,
    read_source,
)
from mt_audit.types import Document, InputError

AR = (
    "على الرغم من دعوته مؤخرًا إلى التوقف لمدة ستة أشهر في تطوير نماذج الذكاء الاصطناعي القوية، "
    "اشترى الرئيس التنفيذي لشركة تويتر إيلون ماسك ما يقرب من 10000 وحدة معالجة رسومات، وفقًا لتقرير Business Insider."
)
PL = (
    "Mimo że niedawno wezwał do sześciomiesięcznej przerwy w rozwoju potężnych modeli sztucznej inteligencji, "
    "szef Twittera Elon Musk kupił około 10 tysięcy procesorów graficznych. Źródła w Łodzi i na Śląsku "
    "twierdzą, że żaden gość nie zapłacił za świeże jabłka."
)
TR = (
    "Yakın zamanda güçlü yapay zekâ modellerinin geliştirilmesine altı aylık bir ara verilmesi çağrısında "
    "bulunmasına rağmen, Twitter'ın CEO'su Elon Musk şirket içindeki üretken yapay zekâ projesi için yaklaşık "
    "10 bin GPU satın aldı. İstanbul'da Şubat ayında ağır şartlar oluştu."
)
ID = (
    "Meskipun baru-baru ini menyerukan jeda enam bulan dalam pengembangan model AI yang kuat, CEO Twitter "
    "Elon Musk dilaporkan membeli sekitar 10.000 GPU untuk proyek AI generatif di dalam Twitter."
)
QUOTES = "He said “it’s done” — and left… «Ça va», „Gut“ – 5 × 3 = 15, 25°C, 10 m², café naïve."
CLEAN_TEXTS = {
    "arabic": AR,
    "polish": PL,
    "turkish": TR,
    "indonesian": ID,
    "quotes-dashes": QUOTES,
    "crlf-lines": "Pierwsza linia.\r\nDruga linia — żółw.\r\n\r\nTrzecia.\r\n",
    "nfd-kept": "Cafe\u0301 and Zaz\u0307o\u0301\u0142c\u0301.",
    "fullwidth-ligature-entity": "ＡＢＣ full width, ﬁne ligature, &amp; stays escaped.",
    "persian-zwnj": "می‌خواهم کتاب‌ها را بخوانم.",
    "japanese": "東京で開かれた会議では、人工知能について議論された。",
}


def _high_bytes(seed: int, n: int) -> bytes:
    """Random bytes 0x80-0xFF: no text encoding reads them as language."""
    return bytes(b | 0x80 for b in random.Random(seed).randbytes(n))


def _only(docs: list[Document]) -> Document:
    assert len(docs) == 1, docs
    return docs[0]


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8", newline="")
    else:
        path.write_bytes(data)
    return path


# --------------------------------------------------------------------------
# decode_bytes
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "codec", "labels"),
    [
        (AR, "cp1256", {"windows-1256"}),
        (AR[:60], "cp1256", {"windows-1256"}),
        (PL, "iso8859_2", {"iso-8859-2"}),
        (PL, "cp1250", {"windows-1250"}),
        (PL[:50], "cp1250", {"windows-1250"}),
        (TR, "iso8859_9", {"iso-8859-9", "windows-1254"}),
        (TR, "cp1254", {"iso-8859-9", "windows-1254"}),
        (TR[:40], "iso8859_9", {"iso-8859-9", "windows-1254"}),
        ("L'été dernier, le garçon a mangé une crème brûlée à côté de l'hôpital.", "cp1252", {"windows-1252"}),
    ],
    ids=[
        "ar-1256",
        "ar-1256-short",
        "pl-8859-2",
        "pl-1250",
        "pl-1250-short",
        "tr-8859-9",
        "tr-1254",
        "tr-short",
        "fr-1252",
    ],
)
def test_legacy_encodings_round_trip(text: str, codec: str, labels: set[str]) -> None:
    decoded, encoding, repairs = decode_bytes(text.encode(codec))
    assert decoded == text
    assert encoding in labels
    assert repairs == [f"decoded as {encoding} (not UTF-8)"]


@pytest.mark.parametrize(
    ("data", "encoding", "repair"),
    [
        (b"\xef\xbb\xbf" + PL.encode("utf-8"), "utf-8", "removed UTF-8 BOM"),
        (b"\xff\xfe" + AR.encode("utf-16-le"), "utf-16-le", "decoded UTF-16 (BOM)"),
        (b"\xfe\xff" + TR.encode("utf-16-be"), "utf-16-be", "decoded UTF-16 (BOM)"),
        (PL.encode("utf-16"), f"utf-16-{'le' if sys.byteorder == 'little' else 'be'}", "decoded UTF-16 (BOM)"),
        (b"\xff\xfe\x00\x00" + AR.encode("utf-32-le"), "utf-32-le", "decoded UTF-32 (BOM)"),
        (b"\x00\x00\xfe\xff" + ID.encode("utf-32-be"), "utf-32-be", "decoded UTF-32 (BOM)"),
    ],
    ids=["utf8-bom", "utf16le-bom", "utf16be-bom", "utf16-native", "utf32le-bom", "utf32be-bom"],
)
def test_unicode_boms(data: bytes, encoding: str, repair: str) -> None:
    text, enc, repairs = decode_bytes(data)
    assert text in (PL, AR, TR, ID)
    assert not text.startswith("\ufeff")
    assert enc == encoding
    assert repairs == [repair]


def test_bomless_utf16_is_recognized() -> None:
    text, enc, repairs = decode_bytes(ID.encode("utf-16-le"))
    assert (text, enc) == (ID, "utf-16-le")
    assert repairs == ["decoded UTF-16-LE (no BOM)"]


def test_mostly_utf8_with_a_broken_byte_keeps_the_utf8() -> None:
    data = PL.encode("utf-8") + b" \xff " + PL.encode("utf-8")
    text, enc, repairs = decode_bytes(data)
    assert text == PL + " \ufffd " + PL
    assert enc == "utf-8"
    assert repairs == ["replaced 1 invalid UTF-8 byte sequence(s) with U+FFFD"]


def test_legacy_decoding_is_deterministic_across_processes() -> None:
    script = (
        "import sys; from mt_audit.ingest import decode_bytes; "
        "print([decode_bytes(bytes.fromhex(h)) for h in sys.argv[1:]])"
    )
    samples = [s.encode(c).hex() for s, c in ((PL[:40], "cp1250"), (TR[:40], "cp1254"), (AR[:40], "cp1256"))]
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script, *samples],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(outputs) == 1
    assert outputs.pop().strip() == repr([decode_bytes(bytes.fromhex(h)) for h in samples])


@pytest.mark.parametrize("name", sorted(CLEAN_TEXTS))
def test_clean_text_passes_through_untouched(name: str) -> None:
    original = CLEAN_TEXTS[name]
    text, enc, repairs = decode_bytes(original.encode("utf-8"))
    assert text == original
    assert text.encode("utf-8") == original.encode("utf-8")
    assert (enc, repairs) == ("utf-8", [])


@pytest.mark.parametrize("original", [PL, AR, TR, "Zażółć gęślą jaźń: Łódź, żółw."], ids=["pl", "ar", "tr", "pl-short"])
@pytest.mark.parametrize("misread_as", ["sloppy-windows-1252", "latin-1"])
def test_mojibake_is_repaired(original: str, misread_as: str) -> None:
    mojibake = original.encode("utf-8").decode(misread_as)
    assert mojibake != original
    text, enc, repairs = decode_bytes(mojibake.encode("utf-8"))
    assert text == original
    assert enc == "utf-8"
    assert len(repairs) == 1 and repairs[0].startswith("repaired mojibake (ftfy: ")


def test_mojibake_repair_is_per_line_and_keeps_line_breaks() -> None:
    bad = PL.encode("utf-8").decode("sloppy-windows-1252")
    text, _, repairs = decode_bytes(f"{AR}\r\n{bad}\n\n{QUOTES}".encode())
    assert text == f"{AR}\r\n{PL}\n\n{QUOTES}"
    assert repairs


def test_brief_examples_of_mojibake() -> None:
    assert decode_bytes("Å¼Ã³Å‚w".encode())[0] == "żółw"
    assert decode_bytes("Ø§Ù„Ø±Ø¦ÙŠØ³".encode())[0] == "الرئيس"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(7).randbytes(2000), "binary file"),
        (b"plain text\x00with a NUL", "binary file"),
        (bytes(b % 32 for b in random.Random(3).randbytes(500)).replace(b"\x00", b"a"), "binary file"),
        (_high_bytes(5, 600), "cannot decode bytes as text"),
        (b"\xff\xfe" + b"\x00\xd8" + b"a\x00", "cannot decode bytes as text"),
    ],
    ids=["png", "nul", "controls", "random-high-bytes", "bad-utf16"],
)
def test_binary_and_undecodable_raise_input_error(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message) as info:
        decode_bytes(data)
    assert "\n" not in str(info.value)


def test_empty_bytes_decode_to_empty_text() -> None:
    assert decode_bytes(b"") == ("", "utf-8", [])


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_decode_bytes_returns_text_or_input_error(data: bytes) -> None:
    try:
        text, enc, repairs = decode_bytes(data)
    except InputError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert isinstance(text, str) and isinstance(enc, str)
        assert all(isinstance(r, str) for r in repairs)


_PRINTABLE = st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\ufeff")


@settings(max_examples=150, deadline=None)
@given(st.text(_PRINTABLE, min_size=1, max_size=200))
def test_utf8_text_round_trips_unless_ftfy_flags_mojibake(text: str) -> None:
    decoded, enc, repairs = decode_bytes(text.encode("utf-8"))
    assert enc == "utf-8"
    if decoded != text:
        assert decoded == ftfy.fix_text(text, config=_FTFY_CONFIG._replace(explain=False))
        assert repairs and repairs[0].startswith("repaired mojibake")
    else:
        assert repairs == []


# --------------------------------------------------------------------------
# read_document: bad inputs are Documents with an error, never exceptions
# --------------------------------------------------------------------------

BAD_FILES = {
    "empty": (b"", "empty document"),
    "whitespace": (b" \n\t\r\n  \n", "empty document"),
    "bom-only": (b"\xef\xbb\xbf", "empty document"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(1).randbytes(4096), "binary file"),
    "undecodable": (_high_bytes(2, 3000), "cannot decode bytes"),
    "punctuation": ("1234, 5678! -- ... ?? 42% (99) [] {} ++ == €£ ©®".encode(), "no text: only punctuation"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_files_become_error_documents(tmp_path: Path, case: str) -> None:
    data, message = BAD_FILES[case]
    path = _write(tmp_path / f"{case}.txt", data)
    doc = _only(read_document(path))
    assert doc.error is not None and message in doc.error
    assert "\n" not in doc.error and "Traceback" not in doc.error
    assert doc.text == "" and not doc.ok
    assert doc.doc_id == case and doc.path == str(path)


def test_missing_path_and_folder_become_error_documents(tmp_path: Path) -> None:
    missing = _only(read_document(tmp_path / "nope.txt"))
    assert missing.error == f"no such file: {tmp_path / 'nope.txt'}"
    folder = _only(read_document(tmp_path))
    assert folder.error is not None and folder.error.startswith("is a folder, not a file")


def test_unreadable_file_becomes_error_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path / "secret.txt", "tajne")

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    # chmod 000 does not stop root (CI containers); fail the open itself instead
    monkeypatch.setattr(ingest, "open", denied, raising=False)
    doc = _only(read_document(path))
    assert doc.error == f"cannot read file: permission denied: {path}"


def test_huge_file_is_rejected_fast_from_its_size(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    size = 4 * 1024**3  # sparse: instant to make, tens of seconds to read, so the bound below has ample room
    with open(path, "wb") as fh:
        fh.truncate(size)
    start = time.perf_counter()
    doc = _only(read_document(path))
    assert time.perf_counter() - start < 2.0
    assert doc.error == (f"document too large: {size} bytes (limit {MAX_CHARS_DEFAULT} characters; raise --max-chars)")
    assert doc.text == ""


def test_too_many_characters_is_an_error(tmp_path: Path) -> None:
    path = _write(tmp_path / "long.txt", "ż" * 150)
    doc = _only(read_document(path, max_chars=100))
    assert doc.error == "document too large: 150 characters (limit 100; raise --max-chars)"
    assert _only(read_document(path, max_chars=150)).ok


def test_good_document_keeps_text_exactly(tmp_path: Path) -> None:
    text = "Tytuł\r\n\r\n" + PL + "\n  wcięcie  \n"
    path = _write(tmp_path / "artykul.pl.txt", text)
    doc = _only(read_document(path))
    assert (doc.doc_id, doc.text, doc.fmt, doc.encoding, doc.repairs, doc.error) == (
        "artykul.pl",
        text,
        "txt",
        "utf-8",
        [],
        None,
    )


def test_legacy_file_records_the_repair(tmp_path: Path) -> None:
    path = _write(tmp_path / "ar.txt", AR.encode("cp1256"))
    doc = _only(read_document(path, doc_id="custom"))
    assert (doc.doc_id, doc.text, doc.encoding) == ("custom", AR, "windows-1256")
    assert doc.repairs == ["decoded as windows-1256 (not UTF-8)"]


def test_relative_path_stays_relative(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path / "sub" / "a.txt", ID)
    monkeypatch.chdir(tmp_path)
    doc = _only(read_document("sub/a.txt"))
    assert doc.path == "sub/a.txt" and doc.ok


# --------------------------------------------------------------------------
# jsonl and csv
# --------------------------------------------------------------------------


def test_jsonl_rows(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "text": AR, "lang": "ar", "source": "src/en.txt"}, ensure_ascii=False),
        json.dumps({"text": PL}),
        "",
        "{not json",
        json.dumps({"id": "no-text", "body": "x"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": 7, "text": "   "}),
        json.dumps({"id": "moji", "text": TR.encode("utf-8").decode("sloppy-windows-1252")}),
    ]
    path = _write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    docs = read_document(path)
    assert [d.doc_id for d in docs] == ["a1", "batch:2", "batch:4", "no-text", "batch:6", "7", "moji"]
    a1, pl, bad_json, no_text, not_obj, blank, moji = docs
    assert (a1.text, a1.lang, a1.presumed_source, a1.fmt, a1.error) == (AR, "ar", "src/en.txt", "jsonl", None)
    assert pl.text == PL and pl.ok
    assert bad_json.error is not None and bad_json.error.startswith("line 4: invalid JSON")
    assert no_text.error == "line 5: no 'text' field"
    assert not_obj.error == "line 6: expected a JSON object"
    assert blank.error == "line 7: empty document"
    assert moji.text == TR and moji.repairs and moji.repairs[0].startswith("repaired mojibake")
    assert all(d.text == "" for d in docs if not d.ok)


def test_csv_rows_with_bom_header_and_multiline_cells(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["ID", " text ", "lang"])
        writer.writerow(["r1", PL + "\n\nDrugi akapit.", "pl"])
        writer.writerow(["", ID, ""])
        writer.writerow(["r3", "!!!", "xx"])
    docs = read_document(path)
    assert [d.doc_id for d in docs] == ["r1", "rows:2", "r3"]
    assert docs[0].text == PL + "\n\nDrugi akapit." and docs[0].lang == "pl" and docs[0].fmt == "csv"
    assert docs[0].repairs == ["removed UTF-8 BOM"]
    assert docs[1].text == ID and docs[1].lang is None
    assert docs[2].error == "row 3: no text: only punctuation, digits or symbols"


def test_csv_without_text_column_is_one_error(tmp_path: Path) -> None:
    path = _write(tmp_path / "wrong.csv", "id,body\n1,hello\n")
    doc = _only(read_document(path))
    assert doc.error == "no 'text' column in the header (found: id, body)"


def test_empty_jsonl_is_an_error(tmp_path: Path) -> None:
    doc = _only(read_document(_write(tmp_path / "none.jsonl", "\n\n")))
    assert doc.error == "empty document"


# --------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><title>Site title</title><style>p{color:red}</style>
<script>var x = "<p>not text</p>";</script></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav>
<div class="banner">Subscribe today</div>
<article><h1>Musk buys   GPUs</h1>
<p>Elon Musk reportedly bought <b>10&nbsp;000</b> GPUs &amp; more &mdash; says <i>Business
Insider</i>.</p><p>Second&#8217;s paragraph<br>after a break.</p>
<aside>Related: other story</aside><form><input value="x">Sign up</form>
<ul><li>one</li><li>two</li></ul></article>
<footer>© 2023</footer><noscript>Enable JS</noscript></body></html>"""


def test_html_main_text_extraction() -> None:
    assert html_main_text(PAGE) == (
        "Musk buys GPUs\n"
        "Elon Musk reportedly bought 10\xa0000 GPUs & more — says Business Insider.\n"
        "Second’s paragraph\nafter a break.\none\ntwo"
    )


def test_html_without_main_keeps_all_visible_blocks() -> None:
    markup = "<p>Hello <b>world</b></p><div>Second<p>nested</p>tail</div><script>x()</script>"
    assert html_main_text(markup) == "Hello world\nSecond\nnested\ntail"


def test_html_main_element_wins_over_other_blocks() -> None:
    markup = "<div>Cookie banner</div><main><p>Treść&nbsp;artykułu</p><p>Drugi   akapit</p></main><div>x</div>"
    assert html_main_text(markup) == "Treść\xa0artykułu\nDrugi akapit"


def test_html_document(tmp_path: Path) -> None:
    doc = _only(read_document(_write(tmp_path / "page.html", PAGE.encode("utf-8"))))
    assert doc.fmt == "html" and doc.ok and doc.text.startswith("Musk buys GPUs\n")
    assert doc.extractor == "trafilatura" and "Subscribe" not in doc.text and "©" not in doc.text
    empty = _only(read_document(_write(tmp_path / "chrome.htm", "<nav>Home</nav><script>x</script>")))
    assert empty.error == "empty document" and empty.extractor == "builtin"
    assert _only(read_document(_write(tmp_path / "plain.txt", PL))).extractor == ""


# --------------------------------------------------------------------------
# manifests, sources and collect
# --------------------------------------------------------------------------


def _manifest_folder(root: Path) -> Path:
    _write(root / "articles" / "b.txt", PL)
    _write(root / "articles" / "a.txt", AR)
    _write(root / "sources" / "story.en.txt", "The English story.")
    _write(root / "backtranslations" / "a.en.txt", "Back translation.")
    _write(
        root / "manifest.csv",
        "id,path,presumed_source\n"
        "x1,articles/b.txt,sources/story.en.txt\n"
        "x2,articles/a.txt,\n"
        "x3,articles/gone.txt,sources/story.en.txt\n"
        "x4,,sources/story.en.txt\n",
    )
    return root


def test_read_manifest(tmp_path: Path) -> None:
    root = _manifest_folder(tmp_path / "corpus")
    docs = read_manifest(root / "manifest.csv")
    assert [d.doc_id for d in docs] == ["x1", "x2", "x3", "x4"]
    x1, x2, x3, x4 = docs
    source = os.path.normpath(os.path.join(str(root), "sources/story.en.txt"))
    assert (x1.text, x1.path, x1.presumed_source) == (PL, os.path.join(str(root), "articles", "b.txt"), source)
    assert x2.text == AR and x2.presumed_source is None
    gone = os.path.normpath(os.path.join(str(root), "articles/gone.txt"))
    assert x3.error == f"manifest row x3: no such file: {gone}" and x3.text == ""
    assert x4.error == "manifest row x4: empty path"


def test_manifest_missing_columns_raises(tmp_path: Path) -> None:
    path = _write(tmp_path / "manifest.csv", "name,file\na,b.txt\n")
    with pytest.raises(InputError, match="missing column"):
        read_manifest(path)
    with pytest.raises(InputError, match="no such file"):
        read_manifest(tmp_path / "other" / "manifest.csv")


def test_read_source(tmp_path: Path) -> None:
    path = _write(tmp_path / "musk-twitter-gpus.en.txt", "Elon Musk bought GPUs.\n")
    doc = read_source(path)
    assert (doc.doc_id, doc.text, doc.ok) == ("musk-twitter-gpus.en", "Elon Musk bought GPUs.\n", True)
    missing = read_source(tmp_path / "gone.en.txt")
    assert missing.doc_id == "gone.en" and missing.error is not None


def test_collect_folder_order_ids_and_hidden(tmp_path: Path) -> None:
    _write(tmp_path / "in" / "b" / "story.txt", TR)
    _write(tmp_path / "in" / "a" / "story.txt", PL)
    _write(tmp_path / "in" / "c.md", ID)
    _write(tmp_path / "in" / ".hidden.txt", "hidden")
    _write(tmp_path / "in" / ".git" / "x.txt", "hidden too")
    _write(tmp_path / "in" / "empty.txt", "")
    docs = collect([str(tmp_path / "in")])
    assert [d.doc_id for d in docs] == ["story", "story#2", "c", "empty"]
    assert [d.text for d in docs[:3]] == [PL, TR, ID]
    assert docs[2].fmt == "md" and docs[3].error == "empty document"


def test_collect_reads_a_manifest_folder_as_its_manifest(tmp_path: Path) -> None:
    root = _manifest_folder(tmp_path / "corpus")
    _write(tmp_path / "extra.txt", ID)
    docs = collect([str(tmp_path / "extra.txt"), str(root)])
    assert [d.doc_id for d in docs] == ["extra", "x1", "x2", "x3", "x4"]
    assert not any("backtranslations" in d.path or "sources" in d.path for d in docs)


def test_collect_nested_manifest_folder_and_explicit_manifest(tmp_path: Path) -> None:
    _manifest_folder(tmp_path / "top" / "corpus")
    _write(tmp_path / "top" / "loose.txt", ID)
    docs = collect([str(tmp_path / "top")])
    assert [d.doc_id for d in docs] == ["x1", "x2", "x3", "x4", "loose"]
    again = collect([str(tmp_path / "top" / "loose.txt")], manifest=str(tmp_path / "top" / "corpus" / "manifest.csv"))
    assert [d.doc_id for d in again] == ["x1", "x2", "x3", "x4", "loose"]


def test_collect_globs_missing_paths_and_argument_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path / "d" / "2.txt", PL)
    _write(tmp_path / "d" / "1.txt", AR)
    _write(tmp_path / "d" / "3.html", "<p>Witaj świecie</p>")
    _write(tmp_path / "z.txt", TR)
    monkeypatch.chdir(tmp_path)
    docs = collect(["z.txt", "d/*.txt", "nowhere/*.txt", "missing.txt", "z.txt"])
    assert [d.doc_id for d in docs] == ["z", "1", "2", "*", "missing"]
    assert [d.path for d in docs] == ["z.txt", "d/1.txt", "d/2.txt", "nowhere/*.txt", "missing.txt"]
    assert docs[3].error == "no such file or folder: nowhere/*.txt"
    assert docs[4].error == "no such file or folder: missing.txt"
    assert [d.doc_id for d in collect(["d/**"])] == ["1", "2", "3"]


def test_collect_makes_row_ids_unique(tmp_path: Path) -> None:
    _write(tmp_path / "a.jsonl", json.dumps({"id": "same", "text": PL}) + "\n" + json.dumps({"id": "same", "text": TR}))
    _write(tmp_path / "same.txt", ID)
    docs = collect([str(tmp_path)])
    assert [d.doc_id for d in docs] == ["same", "same#2", "same#3"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_collect_survives_a_symlink_loop(tmp_path: Path) -> None:
    _write(tmp_path / "a" / "x.txt", PL)
    os.symlink("..", tmp_path / "a" / "up")
    assert [d.doc_id for d in collect([str(tmp_path)])] == ["x"]


DEMO = Path(__file__).resolve().parents[1] / "data" / "demo"


@pytest.mark.skipif(not (DEMO / "manifest.csv").exists(), reason="demo corpus not present")
def test_demo_corpus() -> None:
    docs = collect([str(DEMO)])
    assert [d.doc_id for d in docs] == ["000", "001", "002", "003", "004"]
    source = os.path.normpath(str(DEMO / "sources" / "musk-twitter-gpus.en.txt"))
    for doc in docs:
        assert doc.ok and doc.presumed_source == source and doc.repairs == []
        assert doc.text == Path(doc.path).read_text(encoding="utf-8")
    assert read_source(source).doc_id == "musk-twitter-gpus.en"


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("ar", "ar"),
        ("pt-BR", "pt-BR"),
        ("zh_Hant", "zh_Hant"),
        (" pl ", "pl"),
        ("<b>", None),
        ('ar" onmouseover="alert(1)', None),
        ("=1+1", None),
        ("x" * 1000, None),
        ("pl\x00", None),
    ],
)
def test_a_language_that_is_no_language_tag_is_ignored_with_a_note(given: str, kept: str | None) -> None:
    doc = from_text("a", "Zdanie po polsku.", lang=given)
    assert doc.lang == kept
    assert any("not a language tag" in r for r in doc.repairs) == (kept is None)
