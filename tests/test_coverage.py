"""Coverage: each check says, per language, whether it works, is degraded or cannot run, from real resources."""

from __future__ import annotations

import importlib
import json

import pytest

from mt_audit.checks import (
    CANNOT_RUN,
    CHECKS,
    DEGRADED,
    LEVELS,
    WORKS,
    Check,
    Coverage,
    check,
    make_input,
    matrix,
    plan,
)
from mt_audit.checks import coverage as cov
from mt_audit.cli import main
from mt_audit.languages import CLAIMED, language, spells_numbers


@pytest.fixture(autouse=True)
def _fresh_statements():
    """Statements are cached per language; a test that changes a resource must not leak it."""
    cov.cache_clear()
    yield
    cov.cache_clear()


# (check, language, level): each row follows from a resource or a script fact, named in the comment.
EXPECTED = [
    ("entities", "ja", DEGRADED),  # Japanese has no letter case: names only by transliteration
    ("entities", "ar", DEGRADED),  # Arabic script: no case
    ("entities", "ru", WORKS),  # Cyrillic is cased and ICU writes it in Latin letters
    ("entities", "de", WORKS),
    ("entities", "km", DEGRADED),  # no Khmer-Latin transform: letters heard by their Unicode names
    ("entities", "si", DEGRADED),  # nor Sinhala-Latin
    ("inconsistency", "zh", DEGRADED),
    ("inconsistency", "pl", WORKS),
    ("segmentation", "zh", CANNOT_RUN),  # neither case nor spaces
    ("segmentation", "th", CANNOT_RUN),
    ("segmentation", "hi", DEGRADED),  # spaced but uncased: only the alignment cue
    ("segmentation", "tr", WORKS),
    ("repetition", "ja", DEGRADED),  # unspaced
    ("repetition", "ko", WORKS),  # Korean writes spaces
    ("untranslated", "en", CANNOT_RUN),  # the source language itself
    ("untranslated", "sw", DEGRADED),  # Latin script, no wordfreq list: lingua reads the letters
    ("untranslated", "et", DEGRADED),
    ("untranslated", "ha", DEGRADED),  # no wordfreq list, lingua lacks Hausa: only words it reads as English first
    ("untranslated", "de", WORKS),  # large wordfreq list, lingua knows German
    ("untranslated", "tr", DEGRADED),  # only wordfreq's small list
    ("untranslated", "th", WORKS),  # English stands out by script
    ("untranslated", "ar", WORKS),
    ("spinner", "sw", DEGRADED),
    ("spinner", "mg", DEGRADED),
    ("boilerplate", "xx", DEGRADED),  # a made-up tag has no catalogue rows: English chrome only
    ("punctuation", "xx", DEGRADED),  # CLDR has no data for it
    ("punctuation", "fr", WORKS),
    ("number-mismatch", "xx", DEGRADED),  # digits only
    ("layout", "xx", WORKS),  # language-independent
    ("omission", "km", WORKS),
]


@pytest.mark.parametrize(("name", "lang", "level"), EXPECTED)
def test_levels_follow_from_resources(name: str, lang: str, level: str) -> None:
    found = CHECKS[name].covers(lang)
    assert found.level == level, found
    assert bool(found.reason) == (level != WORKS)


@pytest.mark.parametrize("lang", CLAIMED)
def test_boilerplate_works_exactly_where_the_catalogue_has_rows(lang: str) -> None:
    from mt_audit.checks.boilerplate import languages

    assert (CHECKS["boilerplate"].covers(lang).level == WORKS) == (lang in languages())


@pytest.mark.parametrize("lang", CLAIMED)
def test_script_facts_decide_the_name_and_sentence_checks(lang: str) -> None:
    facts = language(lang)
    assert (CHECKS["entities"].covers(lang).level == WORKS) == facts.cased
    assert (CHECKS["segmentation"].covers(lang).level == CANNOT_RUN) == (not facts.cased and not facts.spaced)
    assert (CHECKS["repetition"].covers(lang).level == WORKS) == facts.spaced


@pytest.mark.parametrize("lang", CLAIMED)
def test_number_words_in_claimed_languages(lang: str) -> None:
    found = CHECKS["number-mismatch"].covers(lang)
    assert found.level != CANNOT_RUN  # digits are read in every language
    if found.level == WORKS:
        assert spells_numbers(lang)


# Planted proofs: each claimed cell is shown to hold on a planted case with a clean twin. The article's
# own words are CLDR's month and day names for the language, so no test text is written by hand per language.


def native(lang: str) -> str:
    """A few words of the language (a month, a weekday, a month), from CLDR."""
    from babel import Locale

    locale = Locale.parse(lang if lang != "no" else "nb")
    months, days = locale.months["format"]["wide"], locale.days["format"]["wide"]
    return f"{months[4]} {days[0]} {months[6]}"


ENGLISH = "the government announced yesterday"
SOURCE = "On Monday {} new rules for April and July."


@pytest.mark.parametrize("lang", [*CLAIMED, "en"])
def test_planted_english_is_found_wherever_untranslated_runs(lang: str) -> None:
    """Where the check runs, a copied English phrase is found and its clean twin is silent; where it
    cannot run, it indeed finds nothing (running it would only have hidden that)."""
    words = native(lang)
    source = SOURCE.format(ENGLISH)
    planted = CHECKS["untranslated"](make_input(f"{words} {ENGLISH} {words}.", lang, source=source))
    clean = CHECKS["untranslated"](make_input(f"{words} {words}.", lang, source=source))
    assert not clean
    if CHECKS["untranslated"].covers(lang).level == CANNOT_RUN:
        assert not planted
    else:
        assert any("government" in f.span for f in planted), planted


@pytest.mark.parametrize("lang", CLAIMED)
def test_planted_numbers_are_checked_in_every_claimed_language(lang: str) -> None:
    """Digits everywhere; where the check claims to work, the language's own number words too (ICU's spelling)."""
    from mt_audit.languages import spell

    check = CHECKS["number-mismatch"]
    words = native(lang)
    shown = ["37"]
    if check.covers(lang).level == WORKS and spell(lang, 37) != spell("en", 37):
        shown.append(spell(lang, 37))
    for number in shown:
        article = f"{words} {number} {words}."
        assert not check(make_input(article, lang, source=SOURCE.format("the council counted 37"))), number
        assert check(make_input(article, lang, source=SOURCE.format("the council counted 38"))), number


def test_a_catalogue_row_changes_the_statement_without_code(monkeypatch) -> None:
    catalogue = importlib.import_module("mt_audit.checks.boilerplate")  # the module, not the check of its name

    assert CHECKS["boilerplate"].covers("xx").level == DEGRADED
    monkeypatch.setattr(catalogue, "languages", lambda: frozenset({"xx"}))
    cov.cache_clear()
    assert CHECKS["boilerplate"].covers("xx").level == WORKS


def test_without_wordnet_the_spinner_cannot_run_anywhere(monkeypatch) -> None:
    from mt_audit import lexicon

    monkeypatch.setattr(lexicon, "available", lambda: False)
    for lang in ("de", "ar", "zh"):
        found = CHECKS["spinner"].covers(lang)
        assert found.level == CANNOT_RUN and "WordNet" in found.reason


@pytest.mark.parametrize(("tag", "base"), [("pt-BR", "pt"), ("nb-NO", "no"), ("ZH_hant", "zh"), ("iw", "he")])
def test_any_tag_reads_as_its_base_language(tag: str, base: str) -> None:
    for c in CHECKS.values():
        assert c.covers(tag) == c.covers(base), c.name


def test_every_check_states_every_claimed_language() -> None:
    assert len(CLAIMED) >= 30
    rows = matrix(list(CHECKS.values()), CLAIMED)
    assert len(rows) == len(CHECKS) * len(CLAIMED)
    assert {r["level"] for r in rows} <= set(LEVELS)
    assert all(r["reason"] for r in rows if r["level"] != WORKS)
    assert set(cov.COVERAGE) <= set(CHECKS)  # no statement for a check that is not registered


@pytest.mark.parametrize(
    ("level", "reason"), [("bogus", "x"), (DEGRADED, ""), (CANNOT_RUN, "")], ids=["level", "degraded", "cannot"]
)
def test_a_statement_must_be_a_level_with_a_reason(level: str, reason: str) -> None:
    with pytest.raises(ValueError):
        Coverage(level, reason)


def test_the_declaration_carries_its_own_coverage_and_attach_keeps_it() -> None:
    def nowhere(lang: str) -> Coverage:
        return Coverage(CANNOT_RUN, "declared")

    @check("untranslated", "accuracy/untranslated", severity="major", coverage=nowhere)
    def declared(item, emit):
        """Declared with its coverage."""
        return iter(())

    @check("plain", "style/layout", severity="minor")
    def plain(item, emit):
        """No coverage: works everywhere."""
        return iter(())

    assert isinstance(declared, Check) and declared.covers("de") == Coverage(CANNOT_RUN, "declared")
    assert plain.covers("km") == Coverage()
    kept, attached = cov.attach([declared, CHECKS["untranslated"]])
    assert kept.covers("de").reason == "declared"
    assert attached.coverage is cov.COVERAGE["untranslated"]


def test_plan_skips_what_cannot_run_and_records_why() -> None:
    checks = list(CHECKS.values())
    run, record = plan(checks, "zh")
    assert "segmentation" not in {c.name for c in run}
    assert {c.name for c in run} == {c.name for c in checks if c.covers("zh").level != CANNOT_RUN}
    assert record["lang"] == "zh"
    assert [x["check"] for x in record["cannot_run"]] == ["segmentation"]
    assert {x["check"] for x in record["degraded"]} == {c.name for c in checks if c.covers("zh").level == DEGRADED}
    assert all(x["reason"] for x in record["cannot_run"] + record["degraded"])
    run, record = plan(checks, "de")
    assert len(run) == len(checks) and not record["cannot_run"]


def test_cli_matrix_shows_every_claimed_language_with_a_legend(capsys) -> None:
    assert main(["checks", "--langs"]) == 0
    out = capsys.readouterr().out
    header, *lines = out.splitlines()
    assert header.split() == list(CLAIMED) and len(header.split()) >= 30
    rows = {line.split()[0]: line.split()[1:] for line in lines[: len(CHECKS)]}
    assert list(rows) == list(CHECKS)
    symbols = {WORKS: "✓", DEGRADED: "~", CANNOT_RUN: "✗"}
    for name, cells in rows.items():
        assert cells == [symbols[CHECKS[name].covers(lang).level] for lang in CLAIMED], name
    assert "✓ works" in out and "✗ cannot run" in out
    reason = CHECKS["segmentation"].covers("zh").reason
    assert any(line.strip().startswith("✗") and "zh" in line and reason in line for line in lines)


def test_cli_matrix_for_chosen_languages_as_json_and_csv(capsys) -> None:
    assert main(["checks", "--langs", "de,fr,xx", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["langs"] == ["de", "fr", "xx"]
    assert data["checks"]["untranslated"]["xx"]["level"] == DEGRADED  # lingua, weighing all its languages
    assert data["checks"]["layout"]["de"] == {"level": WORKS, "reason": ""}
    assert main(["checks", "--langs", "pt-BR,ja", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "check,lang,level,reason" and len(lines) == 1 + 2 * len(CHECKS)
    assert any(line.startswith("entities,ja,degraded,") for line in lines)


@pytest.mark.parametrize("argv", [["checks", "--langs", "de,<b>"], ["checks", "--format", "csv"]])
def test_cli_matrix_usage_errors(argv: list[str], capsys) -> None:
    assert main(argv) == 1
    assert "error" in capsys.readouterr().err


@pytest.mark.parametrize("lang", CLAIMED)
def test_planted_english_chrome_is_found_in_every_claimed_language(lang: str) -> None:
    """Every level of boilerplate claims English chrome; a line of it between the language's own is found."""
    check = CHECKS["boilerplate"]
    words = native(lang)
    assert check.covers(lang).level != CANNOT_RUN
    assert check(make_input(f"{words} {words}.\n\nAdvertisement\n\n{words}.", lang))
    assert not check(make_input(f"{words} {words}.\n\n{words}.", lang))
