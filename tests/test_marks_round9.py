"""The script's own full stop where CLDR lists none for the language (Odia, Punjabi): the danda."""

from __future__ import annotations

import pytest

from mt_audit.checks.punctuation import _own_full_stop
from mt_audit.languages import full_stop, script_full_stop


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("or", "।"),  # Oriya is among the danda's Script_Extensions
        ("pa", "।"),  # Gurmukhi too
        ("bn", "।"),
        ("my", "။"),
        ("am", "።"),
        ("th", None),  # Thai has no terminator of its own
        ("en", None),
        ("ru", None),
    ],
)
def test_script_full_stop_comes_from_the_scripts_terminators(lang: str, expected: str | None) -> None:
    assert script_full_stop(lang) == expected


def test_odia_gets_no_stop_from_cldr_itself() -> None:
    """The gap the script fallback fills: without it Odia's "." among dandas went unseen."""
    assert full_stop("or") is None


ODIA = ["ଆଜି ବର୍ଷା ହେଲା", "ଲୋକମାନେ ଘରେ ରହିଲେ", "ସ୍କୁଲ ବନ୍ଦ ରହିଲା", "ସହରରେ ପାଣି ଜମିଲା"]
PUNJABI = ["ਅੱਜ ਮੀਂਹ ਪਿਆ", "ਲੋਕ ਘਰਾਂ ਵਿੱਚ ਰਹੇ", "ਸਕੂਲ ਬੰਦ ਰਹੇ", "ਸ਼ਹਿਰ ਵਿੱਚ ਪਾਣੀ ਭਰ ਗਿਆ"]
TAMIL = ["இன்று மழை பெய்தது", "மக்கள் வீட்டில் இருந்தனர்", "பள்ளிகள் மூடப்பட்டன", "நகரில் தண்ணீர் தேங்கியது"]
KOREAN = ["오늘 비가 왔다", "사람들은 집에 있었다", "학교는 문을 닫았다", "도시에 물이 찼다"]


def _text(sentences: list[str], stops: str) -> str:
    return " ".join(s + stop for s, stop in zip(sentences, stops, strict=True))


@pytest.mark.parametrize(
    ("lang", "sentences", "stops", "flagged"),
    [
        ("or", ODIA, "।.।।", 1),  # one "." among dandas: MT's leftover
        ("pa", PUNJABI, "।।।.", 1),
        ("or", ODIA, "....", 0),  # the full stop throughout is a house style
        ("or", ODIA, "।।।।", 0),
        ("or", ODIA, "।..।", 0),  # a mix without a clear majority stays silent
        ("ta", TAMIL, "....", 0),  # Tamil's press writes "."
        ("ko", KOREAN, "....", 0),
    ],
)
def test_a_full_stop_among_the_scripts_dandas_is_reported(
    lang: str, sentences: list[str], stops: str, flagged: int
) -> None:
    text = _text(sentences, stops)
    spans = list(_own_full_stop(text, lang))
    assert len(spans) == flagged
    assert all(text[s:e] == "." for s, e, _ in spans)
