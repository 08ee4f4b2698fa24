"""The check contract: a check emits only the categories and severities it declares.

Each registered check runs on inputs (taken from the check tests) that make it
fire; every finding must carry a declared code, a declared severity and the
check's detector name, so ``mt-audit checks`` cannot drift from what is emitted.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable

import pytest

from mt_audit.checks import CHECKS, CheckInput, Emitter, UndeclaredFinding, check, make_input

SPINNER_SOURCE = "The company launched a new car last week."
SPINNER_ARTICLE = "Perusahaan meluncurkan automobile baru minggu lalu."
NUMBERS_SOURCE = "The company sold 10,000 units in 2023, up 5% from 2.5 million dollars a year earlier."
SPLIT_SOURCE = "The company hired former lab researchers Anna Smith and Bo Li."
LONG_SOURCE = [
    "The first sentence of the source text is long enough to count.",
    "The second sentence of the source text is long enough to count.",
    "A short caption.",
    "The fourth sentence of the source text is long enough to count.",
]
LONG_ARTICLE = [
    "Pierwsze zdanie tekstu źródłowego jest wystarczająco długie.",
    "Zupełnie nowe zdanie, którego nie ma w źródle wcale i nigdy nie było.",
    "Dopisek.",
    "Czwarte zdanie tekstu źródłowego jest wystarczająco długie.",
]


def _aligned(beads: list) -> CheckInput:
    """Sentences 1 and 2 of the source omitted, 1 and 2 of the article added: long ones major, short ones minor."""
    return make_input(" ".join(LONG_ARTICLE), "pl", source=" ".join(LONG_SOURCE), beads=beads)


def _gap() -> CheckInput:
    return _aligned([([0], [0]), ([1], []), ([2], []), ([], [1]), ([], [2]), ([3], [3])])


def _mismatched() -> CheckInput:
    item = make_input(SPINNER_ARTICLE, "id", source=SPINNER_SOURCE)
    item.matched_source = None
    return item


def _outlier() -> CheckInput:
    words = ["apples", "rivers", "trains", "music", "winter", "bridges"]
    polish = ["jabłkach", "rzekach", "pociągach", "muzyce", "zimie", "mostach"]
    sims = [0.91, 0.9, 0.92, 0.62, 0.91, 0.9]
    source = " ".join(f"This sentence talks about {w}." for w in words)
    article = " ".join(f"To zdanie mówi o {w}." for w in polish)
    return make_input(article, "pl", source=source, beads=[([k], [k], s) for k, s in enumerate(sims)])


FIRING: dict[str, list[Callable[[], CheckInput]]] = {
    "source-mismatch": [_mismatched],
    "omission": [_gap],
    "addition": [_gap],
    "untranslated": [
        lambda: make_input(SPINNER_ARTICLE, "id", source=SPINNER_SOURCE),
        lambda: make_input("Officials said the 大桥 would open next year.", "en", source_lang="zh"),
    ],
    "spinner": [lambda: make_input(SPINNER_ARTICLE, "id", source=SPINNER_SOURCE)],
    "entities": [
        lambda: make_input(
            "Menurut Quick Company, perusahaan rintisan itu mengumpulkan 20 juta dolar tahun lalu.",
            "id",
            source="According to Fast Company, the startup raised 20 million dollars last year.",
        ),
        lambda: make_input(
            "Girişim, kampanyadaki her görseli çizmek için Kararlı Yayılım kullandı.",
            "tr",
            source="The startup used Stable Diffusion to draw every image in the campaign.",
            backtranslation="The startup used Stable Spread to draw every image in the campaign.",
        ),
        lambda: make_input(
            "Sundar Pichai ogłosił we wtorek umowę z regulatorem.",
            "pl",
            source="Satya Nadella announced the deal with the regulator on Tuesday.",
        ),
    ],
    "number-mismatch": [
        lambda: make_input(
            "Şirket 2023'te 10 bin adet sattı, bir yıl önceki 2,5 milyon dolardan %7 fazla.",
            "tr",
            source=NUMBERS_SOURCE,
        )
    ],
    "mistranslation": [_outlier],
    "inconsistency": [
        lambda: make_input("YouTube cambió sus reglas. Los creadores de You Tube protestaron el lunes.", "es"),
        lambda: make_input("Компания Telegram обновила приложение. Пользователи Телеграм довольны.", "ru"),
    ],
    "punctuation": [
        lambda: make_input("قال الوزير ، إن الخطة جاهزة.", "ar"),
        lambda: make_input("Minister powiedział “nie wiem” i wyszedł.", "pl"),
        lambda: make_input("That was the end.. Then we left.", "en"),
    ],
    "repetition": [
        lambda: make_input("I saw the the cat on the roof.", "en"),
        lambda: make_input("GPUs, or GPUs, are chips.", "en"),
    ],
    "segmentation": [
        lambda: make_input("The plan was approved by the board. the vote was close.", "en"),
        lambda: make_input("Harga beras naik tajam Namun pemerintah menolak menurunkannya.", "id"),
        lambda: make_input(
            "Perusahaan itu merekrut mantan peneliti laboratorium. Anna Smith dan Bo Li.",
            "id",
            source=SPLIT_SOURCE,
            beads=[([0], [0, 1])],
        ),
    ],
    "boilerplate": [
        lambda: make_input(
            "Officials met on Monday.\nThis browser does not support the video element.\n"
            "Talks (opens in new tab) resume.",
            "en",
        )
    ],
    "layout": [lambda: make_input("Justified  text  with  gaps.\n  Indented line.", "en")],
}


def test_every_registered_check_has_firing_inputs() -> None:
    assert set(FIRING) == set(CHECKS)


@pytest.mark.parametrize("name", list(CHECKS))
def test_a_check_emits_only_what_it_declares(name: str) -> None:
    chk = CHECKS[name]
    found = [f for make in FIRING[name] for f in chk(make())]
    assert found, f"{name} did not fire on its inputs"
    for f in found:
        assert f.category in chk.codes
        assert f.severity in chk.severities
        assert f.detector == chk.detector


@pytest.mark.parametrize("name", list(CHECKS))
def test_the_inputs_reach_every_declared_code_and_severity(name: str) -> None:
    """So the contract test above sees every declared path, not just the default one."""
    chk = CHECKS[name]
    found = [f for make in FIRING[name] for f in chk(make())]
    assert {f.category for f in found} == set(chk.codes)
    assert {f.severity for f in found} == set(chk.severities)


def _fixed(**kw: str | None) -> Callable[[CheckInput, Emitter], list]:
    def body(item: CheckInput, emit: Emitter) -> list:
        """Emits one finding over the first word."""
        return [emit.at(0, 5, "m", **kw)]

    return body


def test_undeclared_code_or_severity_raises() -> None:
    item = make_input("Hello world.", "en")
    declared = check("demo", "fluency/punctuation", severity="minor", severities=("major",))
    (f,) = declared(_fixed())(item)
    assert (f.category, f.severity, f.detector, f.span) == ("fluency/punctuation", "minor", "demo", "Hello")
    assert declared(_fixed(severity="major"))(item)[0].severity == "major"
    with pytest.raises(UndeclaredFinding, match="category 'fluency/repetition'"):
        declared(_fixed(code="fluency/repetition"))(item)
    with pytest.raises(UndeclaredFinding, match="severity 'critical'"):
        declared(_fixed(severity="critical"))(item)
    assert issubclass(UndeclaredFinding, ValueError)


def test_a_check_of_several_codes_must_name_one() -> None:
    item = make_input("Hello world.", "en")
    several = check("demo", "accuracy/entity-corrupted", "accuracy/entity-literal", severity="major")
    with pytest.raises(UndeclaredFinding, match="name one"):
        several(_fixed())(item)
    assert several(_fixed(code="accuracy/entity-literal"))(item)[0].category == "accuracy/entity-literal"


def test_a_declared_detector_name_is_carried() -> None:
    named = check("demo", "style/layout", severity="minor", detector="layout-v2")
    assert named(_fixed())(make_input("Hello world.", "en"))[0].detector == "layout-v2"


def test_bad_declarations_fail_at_import() -> None:
    with pytest.raises(ValueError, match="unknown category"):
        check("demo", "no/such-code", severity="minor")(_fixed())
    with pytest.raises(ValueError, match="unknown severity"):
        check("demo", "style/layout", severity="minor", severities=("huge",))(_fixed())


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_every_check_module_stays_importable_by_its_path(name: str) -> None:
    """A check function named like its module must not hide it: ``import mt_audit.checks.entities.words`` works."""
    module = importlib.import_module(CHECKS[name].fn.__module__)
    assert inspect.ismodule(module)
    parent, _, child = module.__name__.rpartition(".")
    assert inspect.ismodule(getattr(importlib.import_module(parent), child))
