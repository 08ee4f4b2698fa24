"""Round 12: glued labels in languages the boilerplate catalogue does not hold, and the fifth set's languages."""

from __future__ import annotations

import zlib
from collections.abc import Sequence

import numpy as np
import pytest

from mt_audit.checks.base import make_input
from mt_audit.checks.boilerplate import boilerplate, find_chrome, languages
from mt_audit.checks.boilerplate_catalogue import matcher_for, withheld, withholding
from mt_audit.checks.boilerplate_unseen import candidates, covered, prototypes, spell, unaligned


def trigram_embed(texts: Sequence[str]) -> np.ndarray:
    """A stand-in embedder: hashed character trigrams, so equal phrases meet and unrelated ones do not."""
    out = np.zeros((len(texts), 512), dtype=np.float32)
    for i, t in enumerate(texts):
        padded = f"  {t.lower()}  "
        for k in range(len(padded) - 2):
            out[i, zlib.crc32(padded[k : k + 3].encode()) % 512] += 1
    return out / np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)


@pytest.mark.parametrize(
    ("pattern", "phrases"),
    [
        ("(?:read (?:also|more)|see also)", ["read also", "read more", "see also"]),
        ("share(?: now)?", ["share", "share now"]),
        (r"tags\s*:", ["tags"]),
        (r"\p{L}+ here", []),  # the regex module's own syntax: nothing spelled
    ],
)
def test_spell_lists_every_alternative(pattern: str, phrases: list[str]) -> None:
    assert spell(pattern) == phrases


@pytest.mark.parametrize(
    ("text", "cased", "words"),
    [
        ("The plan starts today. Noch mehr: The minister left.", True, ["Noch mehr"]),
        ("Opinion piece\n\nThe minister left.", True, ["Opinion piece"]),
        ("The minister left. Weiterlesen:", True, ["Weiterlesen"]),
        ("The minister said: the plan starts today.", True, []),  # prose goes on in lower case
        ('He said: "We will win."', True, []),  # a colon before a quote
        ("The talks began at 10:30 in Geneva.", True, []),  # digits are no label
        ("Here is what the long report by the panel found: Prices rose.", True, []),  # too many words
        ("خبر اول. خبرهای دیگر: قیمت‌ها بالا رفت.", False, ["خبرهای دیگر"]),  # no case: the colon is enough
    ],
)
def test_candidates_are_short_label_like_pieces(text: str, cased: bool, words: list[str]) -> None:
    assert [c.words for c in candidates(text, cased)] == words


@pytest.mark.parametrize(
    ("source", "free"),
    [
        ("The president spoke in Santiago.", True),
        ("Chile: the president spoke in Santiago.", False),  # the heading is the author's
        ("The talks began at 10:30 in Geneva.", True),
        ("Prices rose. Update: they fell again.", False),
    ],
)
def test_a_label_is_unaligned_only_where_the_source_opens_without_one(source: str, free: bool) -> None:
    assert unaligned(source) is free


def test_withholding_sets_a_language_aside_and_restores_it() -> None:
    with_rows = matcher_for("de")
    with withholding({"de"}):
        assert withheld() == frozenset({"de"})
        assert not covered("de", withheld())
        assert matcher_for("de") != with_rows
        assert find_chrome("Der Plan beginnt heute. Lesen Sie auch: Preise steigen", "de") == []
    assert withheld() == frozenset()
    assert covered("de", withheld())
    assert find_chrome("Der Plan beginnt heute. Lesen Sie auch: Preise steigen", "de") != []


def test_prototypes_leave_out_the_withheld_language() -> None:
    assert ("related", "lees ook") in prototypes()
    assert ("related", "lees ook") not in prototypes(frozenset({"nl", "af"}))


SOURCE = "The plan starts today. The minister said prices would rise. Critics disagreed."
# (article in Dutch with its rows withheld; label found by its Afrikaans twin, or None)
ROUTE = [
    (
        "Het plan begint vandaag. Lees ook: De minister zei dat de prijzen stijgen. Critici waren het oneens.",
        "Lees ook:",
    ),
    (
        "Het plan begint vandaag. De minister zei dat de prijzen stijgen. Critici waren het oneens. Lees ook:",
        "Lees ook:",
    ),
    ("Het plan begint vandaag. De minister zei: de prijzen stijgen. Critici waren het oneens.", None),
]


@pytest.mark.parametrize(("text", "span"), ROUTE)
def test_a_withheld_language_finds_labels_by_their_likeness(text: str, span: str | None) -> None:
    with withholding({"nl"}):
        found = [f.span for f in boilerplate(make_input(text, "nl", source=SOURCE, embed=trigram_embed))]
    assert found == ([span] if span else [])


def test_a_heading_the_source_also_writes_is_not_a_label() -> None:
    text = "Lees ook: De minister zei dat de prijzen stijgen."
    source = "Read also: The minister said prices would rise."
    with withholding({"nl"}):
        assert boilerplate(make_input(text, "nl", source=source, embed=trigram_embed)) == []


def test_without_a_source_the_route_stays_silent() -> None:
    with withholding({"nl"}):
        found = boilerplate(make_input("Het plan begint. Lees ook: De minister zei het.", "nl", embed=trigram_embed))
    assert found == []


def test_a_language_the_catalogue_holds_never_embeds() -> None:
    def refuse(texts: Sequence[str]) -> np.ndarray:
        raise AssertionError("embedded")

    text = "Het plan begint vandaag. Lees ook: De minister zei dat de prijzen stijgen. Critici waren het oneens."
    assert [f.span for f in boilerplate(make_input(text, "nl", source=SOURCE, embed=refuse))] == ["Lees ook:"]


FIFTH = ["gd", "ceb", "ig", "mg", "ug"]
# (lang, a label glued before a sentence, that sentence)
GLUED = [
    ("gd", "Leugh an còrr:", "Dh'ainmich an riaghaltas plana ùr."),
    ("ceb", "Basaha usab:", "Gipahibalo sa gobyerno ang bag-ong plano."),
    ("ig", "Gụọ kwa:", "Gọọmentị kwuputara atụmatụ ọhụrụ."),
    ("mg", "Vakio koa:", "Nanambara drafitra vaovao ny governemanta."),
    ("ug", "مۇناسىۋەتلىك خەۋەرلەر:", "ھۆكۈمەت يېڭى پىلاننى ئېلان قىلدى."),
]


def test_the_fifth_sets_languages_have_rows_but_are_not_claimed() -> None:
    from mt_audit.languages import CLAIMED

    assert set(FIFTH) <= languages()
    assert not set(FIFTH) & set(CLAIMED)


@pytest.mark.parametrize(("lang", "label", "sentence"), GLUED)
def test_fifth_set_labels_glued_before_a_sentence(lang: str, label: str, sentence: str) -> None:
    text = f"{sentence} {label} {sentence}"
    assert [text[h.start : h.end] for h in find_chrome(text, lang)] == [label]


@pytest.mark.parametrize(("lang", "label", "sentence"), GLUED)
def test_fifth_set_sentences_alone_are_silent(lang: str, label: str, sentence: str) -> None:
    assert find_chrome(f"{sentence} {sentence}", lang) == []
