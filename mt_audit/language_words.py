"""How the languages that share a script write one word: an international word, or one language's own.

A word copied verbatim into a language that has no frequency list of its own cannot be weighed against that
language's use of it. What the other languages written in the same script do with it still tells a loan from a
leak: a word most of them write about as often as the source language ("internet", "radio", "hotel") is one any
language may have adopted; a word most of them write ten times less often ("coast", "kitchen") is the source
language's own, and where a language without a list has it, it was left untranslated, unless the article's kin
(a language of its country, or a listed language holding many of the article's words) write it as often.
"""

from __future__ import annotations

from functools import cache, lru_cache

from mt_audit.languages import language, neighbour_languages, script_of
from mt_audit.lexicon import ALIASES, has_frequencies, zipf, zipf_gap

#: Ten times less often than the source language: the gap of a leaked word (mt_audit.checks.copied.LEAK_GAP).
ELSEWHERE_GAP = 1.0
#: The share of the script's other listed languages that must write the word that much less often.
ELSEWHERE_SHARE = 2 / 3
#: Fewer listed languages in the script than this say nothing about what is international.
MIN_LANGUAGES = 5
#: Words this short or shorter are many languages' own ("post", "net"): never called a loan of the world's.
LOAN_MIN_LETTERS = 4
#: The world writes a word over three times as often as the source language: its word, however short
#: (a homograph of a few languages, Spanish "gran", stays short of it).
WORLD_GAP = -0.5
#: The article's country's listed languages write a short word within this of the source: the region's loan
#: (a tighter bar than ELSEWHERE_GAP: "fans" in Spanish is a loan the press uses beside its own word).
KIN_GAP = 0.5
#: A kin writes the word this often: among its core words, its own (a homograph or a loan it adopted), whatever
#: English's count (Italian "area", Zipf 4.9 beside English's 5.5, is the Romance word Sardinian writes too).
#: The core bar of the copy evidence (mt_audit.checks.copied.CORE_ZIPF).
CORE_ZIPF = 4.4


@cache
def listed_languages(script: str, large: bool = False) -> tuple[str, ...]:
    """The languages wordfreq has a list for (a large one with ``large``) whose CLDR default script is ``script``
    ("LATIN"), one code each. A small list that lacks a word has said it is rare there ("kernel")."""
    from wordfreq import available_languages

    out = set()
    for code in available_languages(wordlist="large" if large else "best"):
        try:
            written = language(code).script_name
        except (ValueError, KeyError, LookupError):
            continue
        if written == script and has_frequencies(code):
            out.add(ALIASES.get(code, code))
    return tuple(sorted(out))


@lru_cache(maxsize=50_000)
def rarer_elsewhere(low: str, source_lang: str, script: str) -> float:
    """The share of the other listed languages written in ``script`` that write ``low`` ten times less often
    than ``source_lang`` does (0 when too few languages are listed to tell)."""
    others = [c for c in listed_languages(script) if c != ALIASES.get(source_lang, source_lang)]
    if len(others) < MIN_LANGUAGES:
        return 0.0
    zs = zipf(low, source_lang)
    return sum(zipf_gap(zs, zipf(low, c)) >= ELSEWHERE_GAP for c in others) / len(others)


def source_own(low: str, source_lang: str, lang: str, text: str = "") -> bool:
    """Whether ``low`` is the source language's own word rather than an international one (see the module), nor
    one the article's kin write about as often: a language of its country (Spanish "local" for Galician), or a
    listed language sharing the article ``text``'s words (Dutch "minister" for Afrikaans): most of them must write it
    ten times less often, and none about as often (:func:`kin_disown`). Where the script's languages split on it,
    the kin, when there are any, decide alone (:func:`_kin_judge`). A word of more than :data:`LOAN_MIN_LETTERS`
    that no language with a large list took (:func:`taken`) is the source's own unless a kin took it: their counts,
    however near ten times below the source's, are its text and names leaked ("Silicon Valley", "Larry Summers")."""
    script = language(lang).script_name
    kin = relatives(lang, source_lang, text)
    if len(low) > LOAN_MIN_LETTERS and not taken(low, source_lang):
        return kin_disown(low, source_lang, kin, KIN_GAP)
    if rarer_elsewhere(low, source_lang, script) < ELSEWHERE_SHARE and not (kin and _kin_judge(low, source_lang)):
        return False
    return kin_disown(low, source_lang, kin)


def kin_disown(low: str, source_lang: str, kin: tuple[str, ...], gap: float = ELSEWHERE_GAP) -> bool:
    """Whether the article's ``kin`` leave ``low`` to the source language: none writes it within :data:`KIN_GAP`
    of the source (a loan or cognate of theirs: Portuguese "dose" for Galician), and most (the lower median, one
    a list: with two, both) write it ``gap`` less often. One kin's web text may hold a leaked English word or a
    brand ("Trucks" in German) more often than most; a kin that took the word writes it about as often, or among
    its core words (:func:`_kin_core_word`). True without kin."""
    zs = zipf(low, source_lang)
    codes = sorted({ALIASES.get(k, k) for k in kin})
    if any(_kin_core_word(low, zs, k) for k in codes):
        return False  # a core word of a kin: its own, and one the article's language may share
    gaps = sorted(zipf_gap(zs, zipf(low, k)) for k in codes)
    return not gaps or (gaps[0] >= KIN_GAP and gaps[(len(gaps) - 1) // 2] >= gap)


def kin_core(low: str, lang: str, source_lang: str, text: str = "") -> bool:
    """Whether one of the article's kin (:func:`relatives`) writes ``low`` among its core words
    (:func:`_kin_core_word`): a word of the family the article's language may share (Sardinian "area", Italian's
    core word), which neither the source's higher count nor letters read through a stand-in (Spanish writes
    "área") make a leak."""
    zs = zipf(low, source_lang)
    return any(_kin_core_word(low, zs, k) for k in {ALIASES.get(k, k) for k in relatives(lang, source_lang, text)})


def _kin_core_word(low: str, zs: float, kin: str) -> bool:
    """A kin writes ``low`` among its core words (:data:`CORE_ZIPF`) and less than ten times as rarely as the source
    (:data:`ELSEWHERE_GAP`): its own word (Italian "area"), not English leaked that far (French "job")."""
    zk = zipf(low, kin)
    return zk >= CORE_ZIPF and zipf_gap(zs, zk) < ELSEWHERE_GAP


def world_core(low: str, source_lang: str) -> bool:
    """Whether a language with a large list in the word's script, the source's aside, writes ``low`` among its core
    words (:data:`CORE_ZIPF`: "band" in German and Dutch, "minister" in Dutch and Polish): a word of the script's
    languages, not the source's alone, so the letters of a copy must read the source's plainly to make it a leak."""
    own = ALIASES.get(source_lang, source_lang)
    peers = listed_languages(script_of(low[:1]), large=True)
    return any(zipf(low, other) >= CORE_ZIPF for other in peers if other != own)


def _kin_judge(low: str, source_lang: str) -> bool:
    """Whether the article's kin may settle a word the script's languages split on: most of those with a large list
    write it ten times less often than the source (the median gap, :func:`peers_gap`), short of
    :data:`ELSEWHERE_SHARE` of all. The relatives' lists then say whether the article's language took it."""
    gap = peers_gap(low, source_lang)
    return gap is not None and gap >= ELSEWHERE_GAP


def relatives(lang: str, source_lang: str, text: str) -> tuple[str, ...]:
    """The article's kin: the listed languages of its country (:func:`kin_languages`) and those sharing the
    article ``text``'s words (:func:`article_kin`), in its script, the source's aside."""
    return (*kin_languages(lang, source_lang), *article_kin(text, language(lang).script_name, source_lang))


@lru_cache(maxsize=64)
def article_kin(text: str, script: str, source_lang: str) -> tuple[str, ...]:
    """The listed languages of ``script`` whose lists hold the article's words that the source language's lacks
    (:func:`mt_audit.identify.relative`): its relatives, whose shared words are no leak."""
    from mt_audit.identify import relative

    others = [c for c in listed_languages(script) if c != ALIASES.get(source_lang, source_lang)]
    return tuple(c for c in others if relative(text, c, source_lang))


@cache
def kin_languages(lang: str, source_lang: str) -> tuple[str, ...]:
    """The languages of the article's country (CLDR) written in its script that have a list, the source's aside."""
    script = language(lang).script_name
    return tuple(
        kin
        for kin in neighbour_languages(lang)
        if kin != source_lang and has_frequencies(kin) and language(kin).script_name == script
    )


def unlisted_loan(low: str, lang: str, source_lang: str) -> bool:
    """A word of a language without a frequency list that most languages with a large list in its script write
    about as often as the source language does (within :data:`ELSEWHERE_GAP`: "software", "festival", "online"): a loan
    the world took, so one here too. Forms of four letters or fewer need more: many languages have them as
    words of their own ("post", "net"), so only one the world writes far more often than the source ("kilo"),
    or one the languages of the article's country all write about as often (:func:`_kin_loan`), counts. A loan
    the world took is one some language took (:func:`taken`): "valley", which every large list writes six to ten
    times less often than English, is none. A small list that lacks the word has said it is rare there ("kernel")."""
    if has_frequencies(lang):
        return False
    gap = peers_gap(low, source_lang)
    if gap is None or gap >= ELSEWHERE_GAP:
        return False
    long_loan = len(low) > LOAN_MIN_LETTERS and taken(low, source_lang)
    return long_loan or gap <= WORLD_GAP or _kin_loan(low, lang, source_lang)


def world_word(low: str, source_lang: str) -> bool:
    """A word the languages with a large list in its script write over three times as often as the source
    language (:func:`peers_gap` at most :data:`WORLD_GAP`: "kilo"): the world's word more than the source's."""
    gap = peers_gap(low, source_lang)
    return gap is not None and gap <= WORLD_GAP


def _kin_loan(low: str, lang: str, source_lang: str) -> bool:
    """Whether the listed languages of the article's country (:func:`kin_languages`), there being any, all write
    ``low`` within :data:`KIN_GAP` of the source language: a loan the region shares (Indonesian "lava" for
    Sundanese), not a homograph of one far-off language."""
    kin = kin_languages(lang, source_lang)
    zs = zipf(low, source_lang)
    return bool(kin) and all(zipf_gap(zs, zipf(low, k)) < KIN_GAP for k in kin)


def peers_gap(low: str, source_lang: str) -> float | None:
    """How much more often the source language writes ``low`` than the languages with a large frequency list
    in its script, the median of the Zipf gaps (None with too few of them): what a missing list would say."""
    gaps = _peer_gaps(low, source_lang)
    return gaps[len(gaps) // 2] if len(gaps) >= MIN_LANGUAGES else None


def taken(low: str, source_lang: str) -> bool:
    """Whether a language with a large list in the word's script writes ``low`` about as often as the source
    language (within :data:`KIN_GAP`): one took it as its own word ("festival", "hotel", Italian "data"). Where
    every one writes it several times less often, none did: their counts are the source language's text and names
    their web text quotes. True where too few languages have a large list to tell."""
    gaps = _peer_gaps(low, source_lang)
    return len(gaps) < MIN_LANGUAGES or gaps[0] < KIN_GAP


@lru_cache(maxsize=50_000)
def _peer_gaps(low: str, source_lang: str) -> tuple[float, ...]:
    """The Zipf gaps, smallest first, between the source language and each language with a large list in the
    word's script, the source aside."""
    zs = zipf(low, source_lang)
    peers = listed_languages(script_of(low[:1]), large=True)
    own = ALIASES.get(source_lang, source_lang)
    return tuple(sorted(zipf_gap(zs, zipf(low, other)) for other in peers if other != own))


def written_elsewhere(low: str, lang: str, source_lang: str) -> bool:
    """Whether another language with a large list in the word's script (neither the article's nor the source's)
    writes ``low`` ten times as often as the article's language does (:data:`ELSEWHERE_GAP`): that language's
    word, which the article language's web text quotes as it quotes English (Portuguese and Spanish "vale" in
    French), not one the article's language writes as its own."""
    own, source = ALIASES.get(lang, lang), ALIASES.get(source_lang, source_lang)
    peers = [c for c in listed_languages(script_of(low[:1]), large=True) if c not in (own, source)]
    zt = zipf(low, lang)
    return any(zipf_gap(zipf(low, c), zt) >= ELSEWHERE_GAP for c in peers)
