"""Bytes to text: byte-order marks, UTF-8 with stray bytes, legacy code pages and mojibake.

Split out of :mod:`mt_audit.ingest`, which calls :func:`decode_bytes` for
every file: it returns the text, the encoding's display name and the repairs
made, and raises :class:`~mt_audit.types.InputError` for binary data.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

import ftfy
import regex
from ftfy.badness import is_bad

from mt_audit.types import InputError

_WORD = regex.compile(r"[\p{L}\p{M}]+")
_NON_ASCII = regex.compile(r"[^\x00-\x7f]")
_CONTROLS = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CONTROL_BYTES = bytes([*range(0, 9), 11, *range(14, 32), 127])
_HIGH_BYTES = bytes(range(128, 256))


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
#: Not CLDR's exemplar letters (measured): its standard sets leave out letters
#: text in legacy code pages carries (Turkish "â" in "zekâ", Italian "í",
#: Romanian "ş"/"ţ" written with a cedilla) and its auxiliary sets hold every
#: foreign letter, which breaks the tie-breaks.
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


def codec_display_name(codec: str) -> str:
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


def repair_mojibake(text: str, encoding: str) -> tuple[str, list[str]]:
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


def decode_raw(data: bytes) -> tuple[str, str, list[str]]:
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
    name = codec_display_name(codec)
    return text, name, [f"decoded as {name} (not UTF-8)"]


def decode_bytes(data: bytes) -> tuple[str, str, list[str]]:
    """Return (text, encoding, repairs). Raises InputError for binary / undecodable data.

    UTF-8 first (BOMs for UTF-8/16/32 honoured), then the most plausible
    legacy code page; mojibake is repaired. Nothing else in the text changes,
    so later offsets point into what the user wrote.
    """
    text, encoding, repairs = decode_raw(data)
    text, fixes = repair_mojibake(text, encoding)
    return text, encoding, repairs + fixes
