"""Turn the user's files into :class:`~mt_audit.types.Document` objects.

Ingest is the one stage that meets raw user files, so it never raises for a
bad file: every problem becomes a ``Document`` with ``error`` set to a
one-line reason and ``text=""``, and the audit goes on with the other files.
The decoded text is kept exactly as found (no newline or Unicode
normalization) because every later finding is an offset into it; the only
changes are a stripped byte-order mark, repaired mojibake and lone
surrogates (from in-memory strings or JSON ``\\ud800``-style escapes) replaced with
U+FFFD one for one, and each is recorded in ``Document.repairs``.

Every id, path, language and error that leaves this module is safe to
print, encode as UTF-8 and put in a CSV cell (see :func:`safe_text`), and
manifest rows may only name files inside the manifest's folder unless
``allow_outside_paths`` is set.
"""

from __future__ import annotations

import csv
import glob
import hashlib
import io
import json
import os
import stat
import unicodedata
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import NamedTuple

import ftfy
import regex
from ftfy.badness import is_bad

from mt_audit.identify import is_language_tag
from mt_audit.types import Document, InputError

__all__ = [
    "MAX_CHARS_DEFAULT",
    "collect",
    "decode_bytes",
    "html_main_text",
    "read_document",
    "read_manifest",
    "read_source",
    "safe_id",
    "safe_text",
]

#: Longest document (in characters) audited unless the user raises --max-chars.
MAX_CHARS_DEFAULT = 2_000_000

#: Bytes per character at most in any supported encoding: lets us reject a
#: huge file from its size alone, before reading or decoding it.
_MAX_BYTES_PER_CHAR = 4

MANIFEST_NAME = "manifest.csv"
#: Subfolders of a manifest folder that hold companions, not articles.
_MANIFEST_COMPANIONS = ("backtranslations", "sources")

_TABLE_FORMATS = frozenset({"jsonl", "csv", "tsv"})
_SUFFIX_FORMATS = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
    ".md": "md",
    ".markdown": "md",
}

_LETTER = regex.compile(r"\p{L}")
_WORD = regex.compile(r"[\p{L}\p{M}]+")
_NON_ASCII = regex.compile(r"[^\x00-\x7f]")
_CONTROLS = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CONTROL_BYTES = bytes([*range(0, 9), 11, *range(14, 32), 127])
_HIGH_BYTES = bytes(range(128, 256))

#: Characters that break a terminal line, a CSV row or a UTF-8 encoder: C0/C1
#: controls and DEL, lone surrogates, line/paragraph separators, and the bidi
#: embeddings, overrides and isolates that reorder what a reader sees.
_UNSAFE = regex.compile("[\\p{Cc}\\p{Cs}\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_SURROGATE = regex.compile("\\p{Cs}")
#: Longest document id kept whole; a longer one keeps its head and a hash of the rest.
MAX_ID_CHARS = 200
_EMPTY_ID = "untitled"


def _escape(match: regex.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte that surrogateescape could not decode
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe_text(value: str) -> str:
    """``value`` with every unsafe character written as a visible escape.

    A byte that a file name could not decode (``os.fsdecode`` turns byte 0xE9
    into the lone surrogate U+DCE9) becomes ``\\xe9``, so the escape names the
    original byte; other controls become ``\\xNN`` (a newline ``\\x0a``, NUL
    ``\\x00``), other lone surrogates and separators ``\\uNNNN``. Distinct bad
    characters give distinct escapes; a name that already held the escape's
    text becomes distinct again through :func:`unique_ids`' ``#2`` suffix.
    Idempotent: an escaped string has nothing left to escape.
    """
    return _UNSAFE.sub(_escape, value)


def safe_id(value: str) -> str:
    """A document id that is :func:`safe_text`, non-empty and at most :data:`MAX_ID_CHARS` long.

    An over-long id keeps its head and ends with a hash of the whole, so two
    long ids that differ only in their tails stay different.
    """
    value = safe_text(value) or _EMPTY_ID
    if len(value) <= MAX_ID_CHARS:
        return value
    digest = hashlib.sha256(value.encode("utf-8")).hexdigest()[:12]
    return f"{value[: MAX_ID_CHARS - 14]}…~{digest}"


def _finish(doc: Document) -> Document:
    """Make what leaves ingest safe: id, path, language and error escaped, lone surrogates out of the text.

    ``presumed_source`` stays as given: it is the path :func:`read_source`
    opens, and the pipeline replaces it by that source's (safe) id.
    """
    doc.doc_id = safe_id(doc.doc_id)
    doc.path = safe_text(doc.path)
    if doc.lang and not is_language_tag(doc.lang.strip()):
        doc.repairs.append(f"ignored the language {safe_text(doc.lang)[:40]!r}: not a language tag")
        doc.lang = None
    doc.lang = doc.lang.strip() if doc.lang else None
    doc.error = safe_text(doc.error) if doc.error else doc.error
    lone = len(_SURROGATE.findall(doc.text))
    if lone:
        doc.text = _SURROGATE.sub("\ufffd", doc.text)
        doc.repairs.append(f"replaced {lone} lone surrogate(s) with U+FFFD")
    return doc


# --------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------

_BOMS: tuple[tuple[bytes, str, str, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32-le", "decoded UTF-32 (BOM)"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32-be", "decoded UTF-32 (BOM)"),
    (b"\xef\xbb\xbf", "utf-8", "utf-8-sig", "removed UTF-8 BOM"),
    (b"\xff\xfe", "utf-16-le", "utf-16-le", "decoded UTF-16 (BOM)"),
    (b"\xfe\xff", "utf-16-be", "utf-16-be", "decoded UTF-16 (BOM)"),
)

#: Legacy single-byte codecs tried when the bytes are not UTF-8, in order of
#: preference when two of them decode equally well (Windows code pages are
#: what legacy files are usually saved in; they are supersets in practice).
_LEGACY_CANDIDATES = ("cp1252", "cp1250", "iso8859_2", "cp1254", "iso8859_9", "cp1256", "latin_1")

#: Display names for Python codec names (as charset-normalizer reports them).
_ENCODING_NAMES = {
    "cp1250": "windows-1250",
    "cp1251": "windows-1251",
    "cp1252": "windows-1252",
    "cp1253": "windows-1253",
    "cp1254": "windows-1254",
    "cp1255": "windows-1255",
    "cp1256": "windows-1256",
    "cp1257": "windows-1257",
    "cp1258": "windows-1258",
    "latin_1": "iso-8859-1",
    "iso8859_1": "iso-8859-1",
}

#: Codecs whose letters are not Latin; used to break ties by script.
_CODEC_SCRIPT = {"cp1256": "ARABIC", "cp1251": "CYRILLIC", "cp1253": "GREEK", "cp1255": "HEBREW"}

#: Characteristic non-ASCII letters of Latin-script languages. A decoding is
#: plausible when one language explains its accented letters. The order breaks
#: ties between code pages that are equally plausible (a lone "ı"/"ý" byte, a
#: French "è" that cp1250 reads as Czech "č"): the languages this toolkit
#: audits most and the most common ones come first.
_LANGUAGE_LETTERS: dict[str, frozenset[str]] = {
    name: frozenset(chars + chars.upper() + extra)
    for name, chars, extra in (
        ("tr", "çğıöşüâîû", "İ"),
        ("pl", "ąćęłńóśźż", ""),
        ("de", "äöüß", ""),
        ("fr", "àâæçéèêëîïôœùûüÿ", ""),
        ("es", "áéíñóúü", ""),
        ("pt", "áâãàçéêíóôõú", ""),
        ("it", "àèéìíòóùú", ""),
        ("nl", "éëïóöü", ""),
        ("ca", "àçèéíïòóúü", ""),
        ("da", "æøåé", ""),
        ("sv", "åäöé", ""),
        ("fi", "äöå", ""),
        ("cs", "áčďéěíňóřšťúůýž", ""),
        ("sk", "áäčďéíĺľňóôŕšťúýž", ""),
        ("hu", "áéíóöőúüű", ""),
        ("ro", "ăâîșțşţ", ""),
        ("hr", "čćđšž", ""),
        ("sl", "čšž", ""),
        ("sq", "çë", ""),
        ("az", "çəğıöşü", "İ"),
        ("et", "äöõüšž", ""),
        ("lv", "āčēģīķļņšūž", ""),
        ("lt", "ąčęėįšųūž", ""),
        ("eo", "ĉĝĥĵŝŭ", ""),
        ("vi", "àáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ", ""),
        ("is", "áðéíóúýþæö", ""),
    )
}

#: Tie-break rank of a decoding without accented Latin letters ("»" rather
#: than "ť"): after the audited Turkish and Polish, before every other language.
_NO_LATIN_RANK = 1.5

#: Non-Latin scripts a legacy decoding may legitimately produce.
_SCRIPTS = frozenset(
    "ARABIC ARMENIAN BENGALI CJK CYRILLIC DEVANAGARI ETHIOPIC GEORGIAN GREEK GUJARATI GURMUKHI HANGUL HEBREW"
    " KANNADA KHMER LAO MALAYALAM MYANMAR SINHALA SYRIAC TAMIL TELUGU THAANA THAI TIBETAN".split()
)
_CJK_HEADS = frozenset({"CJK", "HIRAGANA", "KATAKANA", "IDEOGRAPHIC", "HALFWIDTH", "FULLWIDTH", "BOPOMOFO"})

#: Symbols that a wrong code page puts where a letter belongs ("s±", "¶wiat"):
#: the first set is suspicious glued to a letter, the second (which has
#: legitimate uses such as "25°C", "m²", "¿Qué") only inside a word.
_GLUED_SYMBOLS = "¤¦¨¬¯´¸±¶¼½¾÷ƒ†‡ˆ˜ˇ˘˙˛˝"
_INNER_SYMBOLS = "µ×§¢¥£€‰°ªº"
_SUSPICIOUS_GLUED = regex.compile(
    rf"(?<=\p{{L}})[{_GLUED_SYMBOLS}]|[{_GLUED_SYMBOLS}](?=\p{{L}})|(?<=\p{{L}})[{_INNER_SYMBOLS}](?=\p{{L}})"
    # "m²" is a unit, "wezwa³" a Polish "ł" misread; "¿Qué" is Spanish, "ni¿" a Polish "ż"
    r"|(?<=\p{L})(?<!m)[¹²³]|[¹²³](?=\p{L})|(?<=\p{L})[¿¡]"
)

#: Characters scored per candidate decoding (head and tail of long texts).
_SCORE_SAMPLE = 20_000
#: Below this share of plausible non-ASCII characters no legacy decoding fits.
_MIN_PLAUSIBILITY = 0.7

#: Only repair mojibake; quotes, widths, line breaks and NFC stay as found.
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=False,
    remove_control_chars=False,
    normalization=None,
    explain=True,
)
_ENCODING_STEPS = frozenset({"encode", "decode", "transcode"})
_ENCODING_FIXERS = frozenset({"decode_inconsistent_utf8", "restore_byte_a0", "replace_lossy_sequences"})


def _display_name(codec: str) -> str:
    """A familiar name for a codec, as users see it in their editors."""
    codec = codec.lower().replace("-", "_")
    if codec in _ENCODING_NAMES:
        return _ENCODING_NAMES[codec]
    if codec.startswith("iso8859_"):
        return "iso-8859-" + codec.split("_", 1)[1]
    return codec.replace("_", "-")


def _control_share(text: str) -> float:
    """Share of C0 control characters (other than tab and line breaks) and DEL."""
    return len(_CONTROLS.findall(text)) / len(text) if text else 0.0


def _control_byte_share(data: bytes) -> float:
    """Like :func:`_control_share`, on raw bytes (C-speed even for large files)."""
    return (len(data) - len(data.translate(None, _CONTROL_BYTES))) / len(data) if data else 0.0


def _check_controls(share: float) -> None:
    if share > 0.10:
        raise InputError(f"binary file ({share:.0%} control characters)")


def _sniff_bomless_utf16(data: bytes) -> str | None:
    """Recognize mostly-Latin UTF-16 without a BOM by its pattern of zero bytes."""
    if len(data) < 4 or len(data) % 2:
        return None
    half = len(data) // 2
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if odd >= 0.3 * half and even <= 0.02 * half:
        codec = "utf-16-le"
    elif even >= 0.3 * half and odd <= 0.02 * half:
        codec = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    return codec if "\x00" not in text and _control_share(text) <= 0.01 else None


@lru_cache(maxsize=8192)
def _script(ch: str) -> str:
    """Coarse script of a character from its Unicode name ('LATIN', 'ARABIC', 'CJK', ...)."""
    head = unicodedata.name(ch, "").split(" ", 1)[0].split("-", 1)[0]
    if head in _CJK_HEADS:
        return "CJK"
    if head in ("LATIN", "COMBINING") or head in _SCRIPTS:
        return head
    return "OTHER"


class _Score(NamedTuple):
    """How a candidate decoding reads: bad and total non-ASCII characters, letters among them."""

    bad: int
    total: int
    letters: int
    dominant: str
    language_rank: float

    @property
    def plausibility(self) -> float:
        return 1.0 - min(1.0, self.bad / self.total) if self.total else 1.0

    @property
    def letter_share(self) -> float:
        return self.letters / self.total if self.total else 1.0


def _badness(text: str) -> _Score:
    """Score a candidate decoding by its non-ASCII characters.

    A character is bad when it is a C1 control, unassigned, private or a
    replacement character; a Latin letter that no single language explains;
    a letter of a minority non-Latin script or glued to a word of another
    script; or a stray symbol glued to a letter. A right decoding also turns
    more bytes into letters than a wrong one, which turns them into symbols.
    """
    if len(text) > 2 * _SCORE_SAMPLE:
        text = text[:_SCORE_SAMPLE] + "\n" + text[-_SCORE_SAMPLE:]
    non_ascii = Counter(_NON_ASCII.findall(text))
    total = sum(non_ascii.values())
    if not total:
        return _Score(0, 0, 0, "LATIN", _NO_LATIN_RANK)
    bad = letters = 0
    for ch, n in non_ascii.items():
        if "\x80" <= ch <= "\x9f" or ch == "\ufffd" or unicodedata.category(ch) in ("Co", "Cn", "Cs"):
            bad += 2 * n
    bad += len(_SUSPICIOUS_GLUED.findall(text))
    latin: Counter[str] = Counter()
    scripts: Counter[str] = Counter()
    for word, n in Counter(_WORD.findall(text)).items():
        if word.isascii():
            continue
        found = {_script(ch) for ch in word if not ch.isascii()} - {"COMBINING"}
        if any(ch.isascii() for ch in word):
            found.add("LATIN")
        for ch in word:
            if ch.isascii():
                continue
            script = _script(ch)
            if script == "COMBINING":
                continue
            letters += n
            if script == "OTHER" or (len(found) > 1 and script != "LATIN"):
                bad += n
            elif script == "LATIN":
                latin[ch] += n
            else:
                scripts[script] += n
    language_rank = _NO_LATIN_RANK
    if latin:
        explained = [sum(latin[ch] for ch in alphabet if ch in latin) for alphabet in _LANGUAGE_LETTERS.values()]
        language_rank = explained.index(max(explained))
        bad += sum(latin.values()) - explained[language_rank]
    dominant = "LATIN"
    if scripts:
        dominant, top = max(scripts.items(), key=lambda item: (item[1], item[0]))
        bad += sum(scripts.values()) - top
        if sum(latin.values()) > top:
            dominant = "LATIN"
    return _Score(bad, total, letters, dominant, language_rank)


def _charset_normalizer_guess(data: bytes) -> str | None:
    """charset-normalizer's best codec, or None; it must never break ingest."""
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # noqa: BLE001 - a third-party heuristic; its failure is just "no guess"
        return None
    return best.encoding if best is not None else None


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """Pick the legacy codec whose decoding reads most like real text.

    charset-normalizer's guess competes with a fixed list of code pages on
    one deterministic plausibility score: on short texts it is often wrong,
    and the list keeps the result sane; it adds code pages the list lacks
    (Cyrillic, Greek, CJK...) and wins only when strictly more plausible.
    Ties go to the more likely language, then to the list's order.
    """
    guess = _charset_normalizer_guess(data)
    candidates = list(_LEGACY_CANDIDATES)
    if guess and guess.lower() not in candidates:
        candidates.append(guess)
    best: tuple[tuple[float, int, float, float, int, int], _Score, str, str] | None = None
    for rank, codec in enumerate(candidates):
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        score = _badness(text)
        script_match = int(_CODEC_SCRIPT.get(codec.lower(), "LATIN") == score.dominant)
        listed = int(codec in _LEGACY_CANDIDATES)
        key = (score.plausibility, listed, -score.language_rank, score.letter_share, script_match, -rank)
        if best is None or key > best[0]:
            best = (key, score, codec, text)
    if best is None or (best[1].plausibility < _MIN_PLAUSIBILITY and best[1].bad > 3):
        raise InputError("cannot decode bytes as text: not UTF-8, and no known legacy encoding fits")
    return best[3], best[2]


def _decode_mostly_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 with a few broken sequences (a truncated or spliced file): replace them."""
    text = data.decode("utf-8", errors="replace")
    replacements = text.count("\ufffd")
    broken = replacements - data.count(b"\xef\xbf\xbd")
    ascii_chars = len(data.translate(None, _HIGH_BYTES))
    valid = len(text) - ascii_chars - replacements
    if valid >= 20 and broken * 50 <= valid:
        return text, broken
    return None


def _repair_mojibake(text: str, encoding: str) -> tuple[str, list[str]]:
    """Undo double encoding ('Å¼Ã³Å‚w' -> 'żółw') line by line, as ftfy does.

    A line changes only when ftfy reports an encoding fix for it, so correct
    text passes through untouched. Only Unicode files are repaired: mojibake
    is UTF-8 misread and saved again as Unicode, and on text decoded from a
    legacy code page ftfy's guesses would be noise.
    """
    if not encoding.startswith("utf") or text.isascii() or not is_bad(text):
        return text, []
    out: list[str] = []
    steps: list[str] = []
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos) + 1 or len(text)
        end = min(end, pos + _FTFY_CONFIG.max_decode_length)
        segment = text[pos:end]
        pos = end
        if segment.isascii():
            out.append(segment)
            continue
        fixed, explanation = ftfy.fix_and_explain(segment, _FTFY_CONFIG)
        if fixed != segment and any(
            step.action in _ENCODING_STEPS or step.parameter in _ENCODING_FIXERS for step in explanation or ()
        ):
            out.append(fixed)
            for step in explanation or ():
                described = f"{step.action} {step.parameter}"
                if described not in steps:
                    steps.append(described)
        else:
            out.append(segment)
    if not steps:
        return text, []
    return "".join(out), [f"repaired mojibake (ftfy: {', '.join(steps)})"]


def _decode_raw(data: bytes) -> tuple[str, str, list[str]]:
    """Bytes -> (text, encoding, repairs) without mojibake repair."""
    if not data:
        return "", "utf-8", []
    for bom, encoding, codec, repair in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                if encoding.startswith("utf-32"):
                    continue
                raise InputError(
                    f"cannot decode bytes as text: invalid {encoding.upper()} after its byte-order mark"
                ) from None
            if encoding.startswith("utf-16") or encoding.startswith("utf-32"):
                text = text[1:] if text.startswith("\ufeff") else text
            _check_controls(_control_share(text))
            return text, encoding, [repair]
    if b"\x00" in data:
        codec = _sniff_bomless_utf16(data)
        if codec is None:
            raise InputError("binary file (contains NUL bytes)")
        return data.decode(codec), codec, [f"decoded {codec.upper()} (no BOM)"]
    _check_controls(_control_byte_share(data))
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    mostly = _decode_mostly_utf8(data)
    if mostly is not None:
        text, broken = mostly
        return text, "utf-8", [f"replaced {broken} invalid UTF-8 byte sequence(s) with U+FFFD"]
    text, codec = _decode_legacy(data)
    name = _display_name(codec)
    return text, name, [f"decoded as {name} (not UTF-8)"]


def decode_bytes(data: bytes) -> tuple[str, str, list[str]]:
    """Return (text, encoding, repairs). Raises InputError for binary / undecodable data.

    UTF-8 first (BOMs for UTF-8/16/32 honoured), then the most plausible
    legacy code page; mojibake is repaired. Nothing else in the text changes,
    so later offsets point into what the user wrote.
    """
    text, encoding, repairs = _decode_raw(data)
    text, fixes = _repair_mojibake(text, encoding)
    return text, encoding, repairs + fixes


# --------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------

_HTML_SKIP = frozenset(
    {"script", "style", "noscript", "template", "head", "nav", "footer", "aside", "form", "svg", "iframe"}
)
_HTML_BLOCKS = frozenset(
    "address article blockquote br caption dd details div dl dt figcaption figure h1 h2 h3 h4 h5 h6 header hr"
    " li main ol p pre section summary table td th tr ul".split()
)
_HTML_MAIN = frozenset({"main", "article"})
_HTML_SPACE = regex.compile(r"[ \t\n\r\f]+")


class _MainTextParser(HTMLParser):
    """Collect the visible text of a page as blocks, noting which lie in <main>/<article>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, bool]] = []
        self.seen_main = False
        self._parts: list[str] = []
        self._skip: list[str] = []
        self._main: list[str] = []

    def _flush(self) -> None:
        block = _HTML_SPACE.sub(" ", "".join(self._parts)).strip()
        self._parts = []
        if block:
            self.blocks.append((block, bool(self._main)))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body" and "head" in self._skip:
            self._skip = [t for t in self._skip if t != "head"]
        if tag in _HTML_SKIP:
            self._skip.append(tag)
            return
        if self._skip:
            return
        if tag in _HTML_BLOCKS:
            self._flush()
        if tag in _HTML_MAIN:
            self._main.append(tag)
            self.seen_main = True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self._skip and tag in _HTML_BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _HTML_SKIP:
            if tag in self._skip:
                del self._skip[len(self._skip) - 1 - self._skip[::-1].index(tag) :]
            return
        if self._skip:
            return
        if tag in _HTML_BLOCKS:
            self._flush()
        if tag in _HTML_MAIN and tag in self._main:
            del self._main[len(self._main) - 1 - self._main[::-1].index(tag) :]

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._parts.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def html_main_text(markup: str) -> str:
    """The main text of an HTML page: one line per block, scripts and navigation dropped.

    When the page has a <main> element only its content is kept, else, when
    it has <article> elements, only theirs: the rest is site chrome.
    """
    parser = _MainTextParser()
    parser.feed(markup)
    parser.close()
    return "\n".join(text for text, in_main in parser.blocks if in_main or not parser.seen_main)


# --------------------------------------------------------------------------
# Documents
# --------------------------------------------------------------------------


def _fmt(path: str) -> str:
    return _SUFFIX_FORMATS.get(os.path.splitext(path)[1].lower(), "txt")


def _stem(path: str) -> str:
    """File name without its last suffix ('musk.en.txt' -> 'musk.en')."""
    name = os.path.basename(os.path.normpath(path)) if path else ""
    return os.path.splitext(name)[0] or name or path


def _text_error(text: str, max_chars: int) -> str | None:
    """Why a decoded text cannot be audited, or None."""
    if len(text) > max_chars:
        return f"document too large: {len(text)} characters (limit {max_chars}; raise --max-chars)"
    if not text.strip():
        return "empty document"
    if not _LETTER.search(text):
        return "no text: only punctuation, digits or symbols"
    return None


def _read_bytes(path: str, max_chars: int | None) -> bytes | str:
    """The file's bytes, or a one-line reason it cannot be read."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return f"no such file: {path}"
    except OSError as exc:
        return f"cannot read file: {exc.strerror or exc}: {path}"
    except ValueError as exc:  # NUL byte, or a lone surrogate no file name can hold
        return f"cannot read file: invalid path ({exc}): {path}"
    if stat.S_ISDIR(info.st_mode):
        return f"is a folder, not a file: {path}"
    if not stat.S_ISREG(info.st_mode):
        return f"not a regular file: {path}"
    if max_chars is not None and info.st_size > _MAX_BYTES_PER_CHAR * max_chars:
        return f"document too large: {info.st_size} bytes (limit {max_chars} characters; raise --max-chars)"
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except PermissionError:
        return f"cannot read file: permission denied: {path}"
    except OSError as exc:
        return f"cannot read file: {exc.strerror or exc}: {path}"


def _row_doc(
    record: Mapping[str, object],
    default_id: str,
    where: str,
    path: str,
    fmt: str,
    encoding: str,
    repairs: list[str],
    max_chars: int,
) -> Document:
    """A Document from one jsonl/csv row (``text``; optional ``id``, ``lang``, ``source``)."""

    def field(name: str) -> str | None:
        value = record.get(name)
        return None if value is None or str(value).strip() == "" else str(value).strip()

    doc = Document(field("id") or default_id, path, fmt=fmt, encoding=encoding, repairs=list(repairs))
    doc.lang = field("lang")
    doc.presumed_source = field("source")
    text = record.get("text")
    if not isinstance(text, str):
        doc.error = f"{where}: no 'text' field" if text is None else f"{where}: 'text' is not a string"
        return doc
    fixed, fixes = _repair_mojibake(text, encoding)
    error = _text_error(fixed, max_chars)
    if error:
        doc.error = f"{where}: {error}"
        return doc
    doc.text = fixed
    doc.repairs.extend(fixes)
    return doc


def _read_jsonl(text: str, path: str, stem: str, encoding: str, repairs: list[str], max_chars: int) -> list[Document]:
    """One Document per non-blank line; line numbers count "\n" as editors do."""
    docs: list[Document] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        default_id = f"{stem}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            error = f"line {number}: invalid JSON ({exc.msg})"
            docs.append(Document(default_id, path, fmt="jsonl", encoding=encoding, error=error))
            continue
        if not isinstance(record, dict):
            error = f"line {number}: expected a JSON object"
            docs.append(Document(default_id, path, fmt="jsonl", encoding=encoding, error=error))
            continue
        docs.append(_row_doc(record, default_id, f"line {number}", path, "jsonl", encoding, repairs, max_chars))
    return docs


def _csv_rows(text: str, delimiter: str = ",") -> tuple[list[str], Iterator[tuple[int, dict[str, str]]]]:
    """Header (lower-cased, BOM and spaces stripped) and numbered rows of a CSV text."""
    limit = csv.field_size_limit()
    if limit < len(text) + 1:
        csv.field_size_limit(len(text) + 1)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [h.replace("\ufeff", "").strip().lower() for h in next(reader, [])]

    def rows() -> Iterator[tuple[int, dict[str, str]]]:
        for number, values in enumerate(reader, start=1):
            if not any(v.strip() for v in values):
                continue
            yield number, dict(zip(header, values, strict=False))

    return header, rows()


def _read_csv(
    text: str, path: str, stem: str, fmt: str, encoding: str, repairs: list[str], max_chars: int
) -> list[Document]:
    """One Document per data row; rows are numbered from 1 after the header."""
    docs: list[Document] = []
    number = 0
    try:
        header, rows = _csv_rows(text, "\t" if fmt == "tsv" else ",")
        if "text" not in header:
            error = f"no 'text' column in the header (found: {', '.join(h for h in header if h) or 'nothing'})"
            return [Document(stem, path, fmt=fmt, encoding=encoding, error=error)]
        for number, row in rows:
            docs.append(_row_doc(row, f"{stem}:{number}", f"row {number}", path, fmt, encoding, repairs, max_chars))
    except csv.Error as exc:
        error = f"row {number + 1}: malformed CSV ({exc})"
        docs.append(Document(f"{stem}:{number + 1}", path, fmt=fmt, encoding=encoding, error=error))
    return docs


def read_document(path: str | Path, doc_id: str | None = None, *, max_chars: int = MAX_CHARS_DEFAULT) -> list[Document]:
    """One file -> documents; a bad file gives one Document with ``error`` set.

    .html/.htm give one document of the page's main text, .jsonl/.csv/.tsv one
    document per row (``text`` required; ``id``, ``lang``, ``source``
    optional), anything else one plain-text document.
    """
    return [_finish(doc) for doc in _read_document(os.fspath(path), doc_id, max_chars)]


def _read_document(spath: str, doc_id: str | None, max_chars: int) -> list[Document]:
    fmt = _fmt(spath)
    stem = _stem(spath)
    doc_id = doc_id or stem
    table = fmt in _TABLE_FORMATS
    data = _read_bytes(spath, None if table else max_chars)
    if isinstance(data, str):
        return [Document(doc_id, spath, fmt=fmt, error=data)]
    try:
        text, encoding, repairs = _decode_raw(data)
    except InputError as exc:
        return [Document(doc_id, spath, fmt=fmt, error=str(exc))]
    if table:
        if not text.strip():
            return [Document(doc_id, spath, fmt=fmt, encoding=encoding, error="empty document")]
        if fmt == "jsonl":
            docs = _read_jsonl(text, spath, stem, encoding, repairs, max_chars)
        else:
            docs = _read_csv(text, spath, stem, fmt, encoding, repairs, max_chars)
        return docs or [Document(doc_id, spath, fmt=fmt, encoding=encoding, error="empty document: no rows")]
    if fmt != "html" and len(text) > max_chars:
        return [Document(doc_id, spath, fmt=fmt, encoding=encoding, error=_text_error(text, max_chars))]
    text, fixes = _repair_mojibake(text, encoding)
    repairs += fixes
    if fmt == "html":
        try:
            text = html_main_text(text)
        except Exception as exc:  # noqa: BLE001 - html.parser may trip on hostile markup; report, don't crash
            return [Document(doc_id, spath, fmt=fmt, encoding=encoding, error=f"cannot parse HTML: {exc}")]
    error = _text_error(text, max_chars)
    if error:
        return [Document(doc_id, spath, fmt=fmt, encoding=encoding, repairs=repairs, error=error)]
    return [Document(doc_id, spath, text=text, fmt=fmt, encoding=encoding, repairs=repairs)]


def read_source(path: str | Path, *, max_chars: int = MAX_CHARS_DEFAULT) -> Document:
    """A candidate English source; ``doc_id`` is the file stem, problems go to ``error``."""
    spath = os.fspath(path)
    docs = _read_document(spath, _stem(spath), max_chars)
    if len(docs) == 1:
        doc = docs[0]
        doc.doc_id = _stem(spath)
        return _finish(doc)
    error = f"a source must be one document, this file has {len(docs)} rows"
    return _finish(Document(_stem(spath), spath, fmt=_fmt(spath), error=error))


def _manifest_text(spath: str) -> str:
    """The decoded manifest, or InputError saying why it cannot be read."""
    data = _read_bytes(spath, None)
    if isinstance(data, str):
        raise InputError(f"manifest {spath}: {data}")
    try:
        text, _, _ = _decode_raw(data)
    except InputError as exc:
        raise InputError(f"manifest {spath}: {exc}") from None
    return text


def _inside(folder: str, target: str) -> bool:
    """True when ``target`` (symlinks resolved) lies in ``folder``."""
    root = os.path.realpath(folder or os.curdir)
    try:
        return os.path.commonpath([root, os.path.realpath(target)]) == root
    except ValueError:  # another drive, or a path no file name can hold
        return False


class _Row(NamedTuple):
    """One manifest row, stripped; ``label`` names it in messages."""

    number: int
    doc_id: str
    path: str
    source: str
    lang: str | None

    @property
    def label(self) -> str:
        return self.doc_id or str(self.number)


def _manifest_row(row: _Row, folder: str, max_chars: int, allow_outside: bool) -> list[Document]:
    """The documents one manifest row names, or one error Document saying why not."""
    if not row.path:
        error = f"manifest row {row.label}: empty path"
        return [Document(row.doc_id or f"manifest:{row.number}", "", lang=row.lang, error=error)]
    resolved = os.path.normpath(os.path.join(folder, row.path))
    presumed = os.path.normpath(os.path.join(folder, row.source)) if row.source else None

    def failed(error: str, presumed: str | None = presumed) -> list[Document]:
        doc_id = row.doc_id or _stem(resolved)
        doc = Document(doc_id, resolved, fmt=_fmt(resolved), lang=row.lang, presumed_source=presumed)
        doc.error = f"manifest row {row.label}: {error}"
        return [doc]

    for what, value, target in (("path", row.path, resolved), ("presumed source", row.source, presumed)):
        if not allow_outside and target is not None and not _inside(folder, target):
            return failed(f"{what} '{value}' is outside the manifest's folder (allow with --allow-outside-paths)", None)
    if not os.path.exists(resolved):
        return failed(f"no such file: {resolved}")
    docs = _read_document(resolved, row.doc_id or None, max_chars)
    for doc in docs:
        doc.presumed_source = presumed or doc.presumed_source
        doc.lang = row.lang or doc.lang
    return docs


def read_manifest(
    path: str | Path, *, max_chars: int = MAX_CHARS_DEFAULT, allow_outside_paths: bool = False
) -> list[Document]:
    """Articles listed in a manifest CSV (``id,path[,presumed_source][,lang]``).

    Paths are relative to the manifest's folder and must stay inside it
    (symlinks resolved) unless ``allow_outside_paths``: a manifest is often
    someone else's file, and what it names ends up in the report. A broken
    row, or one naming a path outside, becomes an error Document; malformed
    CSV midway keeps the rows before it and adds one error Document for the
    rest. A manifest that cannot be read or lacks the ``id`` or ``path``
    column raises :class:`InputError` (a usage error, not a bad article).
    """
    spath = os.fspath(path)
    text = _manifest_text(spath)
    folder = os.path.dirname(spath)
    docs: list[Document] = []
    number = 0
    try:
        header, rows = _csv_rows(text)
        missing = [c for c in ("id", "path") if c not in header]
        if missing:
            raise InputError(
                f"manifest {spath}: missing column(s) {', '.join(missing)}"
                " (the header must be id,path[,presumed_source])"
            )
        for number, values in rows:
            row = _Row(
                number,
                (values.get("id") or "").strip(),
                (values.get("path") or "").strip(),
                (values.get("presumed_source") or "").strip(),
                (values.get("lang") or "").strip() or None,
            )
            docs.extend(_manifest_row(row, folder, max_chars, allow_outside_paths))
    except csv.Error as exc:
        if number == 0 and not docs:
            raise InputError(f"manifest {spath}: malformed CSV ({exc})") from None
        error = f"manifest {spath}: row {number + 1}: malformed CSV ({exc}); the rows after it were not read"
        docs.append(Document(f"manifest:{number + 1}", spath, fmt="csv", error=error))
    return [_finish(doc) for doc in docs]


# --------------------------------------------------------------------------
# Collecting many paths
# --------------------------------------------------------------------------


def _walk(folder: str, visited: set[str] | None = None) -> Iterator[tuple[str, str]]:
    """(kind, path) under a folder, sorted by name; a manifest folder is just its manifest ('found-manifest').

    ``visited`` holds the real paths walked so far, so a symlink loop ends.
    """
    visited = set() if visited is None else visited
    real = os.path.realpath(folder)
    if real in visited:
        return
    visited.add(real)
    manifest = os.path.join(folder, MANIFEST_NAME)
    if os.path.isfile(manifest):
        yield "found-manifest", manifest
        return
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        yield "unreadable", folder
        return
    for entry in entries:
        if entry.name.startswith(".") or entry.name == MANIFEST_NAME:
            continue
        path = os.path.join(folder, entry.name)
        if entry.is_dir():
            yield from _walk(path, visited)
        else:
            yield "file", path


def _expand(arg: str) -> Iterator[tuple[str, str]]:
    """(kind, path) for one argument; kind is 'file', 'manifest', 'missing' or 'unreadable'."""
    if os.path.isdir(arg):
        yield from _walk(arg)
    elif os.path.lexists(arg):
        yield ("manifest" if os.path.basename(arg) == MANIFEST_NAME else "file"), arg
    elif any(ch in arg for ch in "*?["):
        matches = sorted(glob.glob(arg, recursive=True))
        if not matches:
            yield "missing", arg
        for match in matches:
            yield from _expand(match)
    else:
        yield "missing", arg


def unique_ids(docs: Sequence[Document]) -> None:
    """Make doc_ids unique in order: the second 'x' becomes 'x#2', and so on."""
    used: set[str] = set()
    for doc in docs:
        base, n = doc.doc_id, 1
        while doc.doc_id in used:
            n += 1
            doc.doc_id = f"{base}#{n}"
        used.add(doc.doc_id)


def _placeholder(path: str, error: str) -> Document:
    """The one Document standing for a manifest found in a folder that cannot be read; its id is the path."""
    return Document(path, path, fmt="csv", error=error)


def _read_listed(kind: str, path: str, max_chars: int, allow_outside_paths: bool) -> list[Document]:
    """A manifest's documents; one found while walking a folder fails alone instead of ending the run."""
    try:
        return read_manifest(path, max_chars=max_chars, allow_outside_paths=allow_outside_paths)
    except InputError as exc:
        if kind != "found-manifest":
            raise
        return [_finish(_placeholder(path, str(exc)))]


def collect(
    paths: Sequence[str],
    *,
    manifest: str | None = None,
    max_chars: int = MAX_CHARS_DEFAULT,
    allow_outside_paths: bool = False,
) -> list[Document]:
    """Expand files, folders (recursively) and globs into documents, in a stable order.

    Folders are walked sorted by name, hidden entries skipped; a folder holding
    a ``manifest.csv`` is read as that manifest (its ``backtranslations/`` and
    ``sources/`` are companions, not articles). The same file is read once.
    A path that matches nothing yields an error Document, and so does a
    manifest found in a folder that cannot be read. Raises InputError only
    for an unusable manifest given by name. ``allow_outside_paths`` lets
    manifest rows name files outside the manifest's folder.
    """
    docs: list[Document] = []
    seen: set[str] = set()
    todo: list[tuple[str, str]] = [("manifest", manifest)] if manifest else []
    for arg in paths:
        todo.extend(_expand(os.fspath(arg)))
    for kind, path in todo:
        if kind == "missing":
            docs.append(_finish(Document(_stem(path), path, fmt=_fmt(path), error=f"no such file or folder: {path}")))
            continue
        if kind == "unreadable":
            docs.append(_finish(Document(_stem(path), path, error=f"cannot read folder: {path}")))
            continue
        key = os.path.realpath(path)
        if key in seen:
            continue
        seen.add(key)
        if kind in ("manifest", "found-manifest"):
            listed = _read_listed(kind, path, max_chars, allow_outside_paths)
            docs.extend(listed)
            seen.update(os.path.realpath(doc.path) for doc in listed if doc.path)
        else:
            docs.extend(read_document(path, max_chars=max_chars))
    unique_ids(docs)
    return docs


def from_text(
    doc_id: str,
    text: str,
    *,
    lang: str | None = None,
    presumed_source: str | None = None,
    max_chars: int = MAX_CHARS_DEFAULT,
) -> Document:
    """A document from an in-memory string (notebooks, tests), checked like a file; the id made safe."""
    error = _text_error(text, max_chars)
    doc_id = safe_id(doc_id)
    doc = Document(
        doc_id=doc_id,
        path=f"<{doc_id}>",
        text="" if error else text,
        fmt="text",
        lang=lang,
        presumed_source=presumed_source,
        encoding="str",
        error=error,
    )
    return _finish(doc)
