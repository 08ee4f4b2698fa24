"""Small text helpers the fluency checks (punctuation, repetition, segmentation) share."""

from __future__ import annotations

import bisect
import functools
from importlib import resources

import icu
import regex

from mt_audit.checks.base import CheckInput

LETTER = r"\p{L}\p{M}"
#: Scripts written without spaces between words, or with particles glued to brackets (Korean "(USGS)는").
NO_SPACE_SCRIPTS = r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}]"

# Top-level domains are matched lower-case only: "end.It was" is a glued sentence, not a domain.
ADDRESS = regex.compile(
    r"@|/|\\|://|(?i:www\.)|\.(?:com|org|net|gov|edu|io|co|info|biz|ai|app|dev|de|pl|fr|ru|es|tr|id|uk|ua|eu|it|nl)\b"
)


@functools.lru_cache(maxsize=64)
def _icu_locale(lang: str) -> icu.Locale:
    return icu.Locale(lang or "und")


def lower(word: str, lang: str) -> str:
    """Lower-case by the language's rules (ICU): Turkish and Azeri "I" → "ı", "İ" → "i"."""
    return str(icu.UnicodeString(word).toLower(_icu_locale(lang)))


class Locator:
    """Sentence index of a normalized offset, by bisection."""

    def __init__(self, item: CheckInput) -> None:
        self.starts = [s.start for s in item.sentences]

    def __call__(self, pos: int) -> int | None:
        if not self.starts:
            return None
        return max(0, bisect.bisect_right(self.starts, pos) - 1)


def token_around(text: str, start: int, end: int) -> str:
    """The whitespace-delimited token containing ``text[start:end]``."""
    lo = start
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    hi = end
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    return text[lo:hi]


def looks_like_address(token: str) -> bool:
    """URLs, e-mail addresses, paths and domains keep their dots and commas."""
    return bool(ADDRESS.search(token))


def quote(s: str, limit: int = 40) -> str:
    """A short excerpt for a message."""
    s = " ".join(s.split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


@functools.cache
def _word_table() -> dict[tuple[str, str], frozenset[str]]:
    """(lang, kind) → words, from ``data/fluency_words.tsv`` (lexical data, not code)."""
    text = resources.files("mt_audit").joinpath("data/fluency_words.tsv").read_text(encoding="utf-8")
    table: dict[tuple[str, str], frozenset[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            lang, kind, words = (line.split("\t") + [""])[:3]
            table[(lang, kind)] = table.get((lang, kind), frozenset()) | {w for w in words.split("|") if w}
    return table


def word_list(kind: str, lang: str = "*") -> frozenset[str]:
    """The data file's words of one kind for a language ("*": every language's list)."""
    return _word_table().get((lang, kind), frozenset())


def lists_words(kind: str, lang: str) -> bool:
    """True when the data file has a row of ``kind`` for ``lang``, even an empty one."""
    return (lang, kind) in _word_table()
