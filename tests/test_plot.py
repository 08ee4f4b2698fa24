"""Figures of an audit: what they draw must be the audit's numbers, and SVG output must be stable."""

from __future__ import annotations

import base64
import math
import re
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from matplotlib.container import BarContainer, ErrorbarContainer
from matplotlib.figure import Figure

from mt_audit import plot
from mt_audit.report import Audit
from mt_audit.taxonomy import CATEGORIES, SEVERITIES
from mt_audit.types import Finding

NAN = math.nan
TEXT_A1 = "Un. Deux. Trois."
TEXT_A2 = "Bir. Iki."


def _doc(doc_id: str, lang: str, role: str = "article", status: str = "ok", n_words: int = 100, **scores) -> dict:
    return {"doc_id": doc_id, "path": f"{doc_id}.txt", "lang": lang, "role": role, "status": status,
            "n_words": n_words, **scores}  # fmt: skip


def _finding(doc_id: str, lang: str, category: str, severity: str, start: int = 0, end: int = 0) -> Finding:
    span = {"a1": TEXT_A1, "a2": TEXT_A2}[doc_id][start:end]
    return Finding(doc_id, lang, category, severity, "test", start, end, span, None, "", "a test finding")


def _bead(n: int, src: list[int], tgt: list[int], similarity: float | None) -> dict:
    return {"doc_id": "a1", "bead": n, "kind": f"{len(src)}-{len(tgt)}", "source_sentences": src,
            "article_sentences": tgt, "similarity": similarity, "source_text": f"source {src}"}  # fmt: skip


def small_audit(run: dict | None = None) -> Audit:
    """Two ok articles in ar and tr (a1 aligned, a2 not), one ar article that failed, and their source."""
    documents = [
        _doc("src", "en", role="source", n_words=90),
        _doc("a1", "ar", bleu=30.0, bleu_low=25.0, bleu_high=35.0, chrf=60.0, chrf_low=55.0, chrf_high=66.0,
             ter=50.0, ter_low=45.0, ter_high=58.0, quality=95.0, mqm_per_100_words=5.0, source_score=0.93),
        _doc("a2", "tr", n_words=200, bleu=10.0, chrf=40.0, chrf_low=30.0, chrf_high=47.0, quality=99.0,
             mqm_per_100_words=1.0, source_score=0.4),
        _doc("a3", "ar", status="error"),
    ]  # fmt: skip
    findings = [
        _finding("a1", "ar", "accuracy/omission", "major"),
        _finding("a1", "ar", "accuracy/omission", "major", 16, 16),
        _finding("a1", "ar", "fluency/punctuation", "minor", 2, 3),
        _finding("a1", "ar", "fluency/punctuation", "minor", 8, 9),
        _finding("a1", "ar", "fluency/punctuation", "minor", 15, 16),
        _finding("a2", "tr", "fluency/punctuation", "minor", 3, 4),
        _finding("a2", "tr", "accuracy/entity-corrupted", "major", 0, 3),
        _finding("a2", "tr", "source/mismatch", "critical"),
    ]
    beads = [
        _bead(0, [0], [], None),
        _bead(1, [1], [0], 0.9),
        _bead(2, [], [1], None),
        _bead(3, [2], [2], 0.7),
        _bead(4, [3], [], None),
    ]
    texts = [
        {"doc_id": "a1", "role": "article", "lang": "ar", "text": TEXT_A1, "sentences": [[0, 3], [4, 9], [10, 16]]},
        {"doc_id": "a2", "role": "article", "lang": "tr", "text": TEXT_A2, "sentences": [[0, 4], [5, 9]]},
    ]
    run = {"settings": {"align_threshold": 0.82}} if run is None else run
    return Audit.from_records(documents, findings, beads, run, texts)


def empty_audit() -> Audit:
    return Audit.from_records([], [], [], {})


def texts(fig: Figure) -> list[str]:
    return [t.get_text() for ax in fig.axes for t in ax.texts]


def containers(ax, kind: type) -> list:
    return [c for c in ax.containers if isinstance(c, kind)]


# scores


def test_scores_draws_one_bar_per_scored_article_and_na_for_the_rest() -> None:
    fig = plot.scores(small_audit(), "chrf")
    (ax,) = fig.axes
    assert [t.get_text() for t in ax.get_yticklabels()] == ["a1 (ar)", "a3 (ar)", "a2 (tr)"]
    ticks = dict(zip([t.get_text() for t in ax.get_yticklabels()], ax.get_yticks()))
    (bars,) = containers(ax, BarContainer)
    drawn = {round(p.get_y() + p.get_height() / 2, 6): p.get_width() for p in bars.patches}
    assert drawn == {round(ticks["a1 (ar)"], 6): 60.0, round(ticks["a2 (tr)"], 6): 40.0}
    assert [p.get_facecolor() for p in bars.patches][0] != [p.get_facecolor() for p in bars.patches][1]
    assert texts(fig) == ["n/a (error)"]
    # every article is either a bar or an n/a label
    assert len(bars.patches) + len(texts(fig)) == 3
    assert "chrF" in fig.get_suptitle() and ax.get_xlabel().startswith("chrF")
    assert [t.get_text() for t in fig.legends[0].get_texts()] == ["ar", "tr"]


@pytest.mark.parametrize(
    "metric, intervals",
    [
        ("chrf", [(55.0, 66.0), (30.0, 47.0)]),
        ("bleu", [(25.0, 35.0)]),  # a2 has a BLEU but no interval: no whisker invented for it
        ("ter", [(45.0, 58.0)]),
        ("quality", []),
    ],
)
def test_scores_whiskers_span_the_bootstrap_interval_columns(metric: str, intervals: list) -> None:
    fig = plot.scores(small_audit(), metric)
    (ax,) = fig.axes
    found = containers(ax, ErrorbarContainer)
    assert ("whiskers" in fig.get_suptitle()) == bool(intervals)  # the title promises only what is drawn
    if not intervals:
        assert found == []
        return
    (bars,) = found
    segments = bars.lines[2][0].get_segments()
    assert [(float(s[0][0]), float(s[1][0])) for s in segments] == intervals


@pytest.mark.parametrize(
    ("metrics", "whiskers"),
    [(["comet", "quality"], False), (["quality", "chrf"], True), (["comet_qe", "ter"], True)],
)
def test_scores_title_promises_whiskers_when_a_panel_draws_them(metrics: list[str], whiskers: bool) -> None:
    fig = plot.scores(small_audit(), metrics)
    drawn = any(containers(ax, ErrorbarContainer) for ax in fig.axes)
    assert drawn == whiskers and ("whiskers: 95% bootstrap interval" in fig.get_suptitle()) == whiskers


def test_scores_without_any_value_labels_every_article_na() -> None:
    fig = plot.scores(small_audit(), "comet")
    assert containers(fig.axes[0], BarContainer) == []
    assert texts(fig) == ["n/a", "n/a (error)", "n/a"]


def test_scores_list_gives_one_panel_per_metric() -> None:
    fig = plot.scores(small_audit(), ["bleu", "chrf", "ter"])
    assert [ax.get_title() for ax in fig.axes] == ["bleu", "chrf", "ter"]
    widths = [[p.get_width() for p in containers(ax, BarContainer)[0].patches] for ax in fig.axes]
    assert widths == [[30.0, 10.0], [60.0, 40.0], [50.0]]


@pytest.mark.parametrize("metric", ["meteor", ["chrf", "rouge"], []])
def test_scores_rejects_unknown_metrics_naming_the_valid_ones(metric) -> None:
    with pytest.raises(ValueError, match="valid metrics: bleu, chrf, ter, comet, comet_qe, quality"):
        plot.scores(small_audit(), metric)


# heatmap


@pytest.mark.parametrize("value", list(plot.HEATMAP_VALUES))
def test_heatmap_cells_equal_the_taxonomy_table(value: str) -> None:
    audit = small_audit()
    fig = plot.heatmap(audit, value)
    ax = fig.axes[0]
    grid = ax.images[0].get_array()
    rows = [t.get_text() for t in ax.get_yticklabels()]
    cols = [t.get_text() for t in ax.get_xticklabels()]
    assert rows == list(CATEGORIES) and cols == ["ar", "tr"]
    table = audit.taxonomy().set_index(["category", "lang"])[value]
    for i, category in enumerate(rows):
        for j, lang in enumerate(cols):
            assert grid[i, j] == pytest.approx(table[(category, lang)])
    assert len(fig.axes) == 2  # the map and its colour bar
    assert fig.axes[1].get_ylabel() == plot.HEATMAP_VALUES[value]


def test_heatmap_values_and_annotations() -> None:
    """Hand-computed: ar has 100 words (a3 failed, not counted), tr 200."""
    fig = plot.heatmap(small_audit(), "per_1000_words", nonzero=True)
    ax = fig.axes[0]
    expected = {
        "accuracy/entity-corrupted": [0.0, 5.0],
        "accuracy/omission": [20.0, 0.0],
        "fluency/punctuation": [30.0, 5.0],
        "source/mismatch": [0.0, 5.0],
    }
    assert [t.get_text() for t in ax.get_yticklabels()] == list(expected)
    np.testing.assert_allclose(ax.images[0].get_array(), np.array(list(expected.values())))
    assert texts(fig) == ["0", "5", "20", "0", "30", "5", "0", "5"]


def test_heatmap_rejects_unknown_values() -> None:
    with pytest.raises(ValueError, match="valid values: count, per_1000_words, penalty, penalty_per_100_words"):
        plot.heatmap(small_audit(), "words")


# similarity


def test_similarity_marks_omissions_additions_and_threshold() -> None:
    fig = plot.similarity(small_audit(), "a1")
    (ax,) = fig.axes
    lines = {line.get_label(): line for line in ax.get_lines()}
    aligned = lines["aligned segment"]
    # rows are numbered from 1, as in the report's reading view
    assert list(aligned.get_xdata()) == [2, 4] and list(aligned.get_ydata()) == [0.9, 0.7]
    omission = next(v for k, v in lines.items() if k.startswith("omission"))
    addition = next(v for k, v in lines.items() if k.startswith("addition"))
    assert list(omission.get_xdata()) == [1, 5]
    assert list(addition.get_xdata()) == [3]
    # both sit below every similarity, at the bottom of the axes
    assert max(omission.get_ydata()) < 0.0 and max(addition.get_ydata()) < 0.0
    assert omission.get_color() != aligned.get_color() and omission.get_marker() != addition.get_marker()
    threshold = lines["alignment threshold (0.82)"]
    assert threshold.get_linestyle() == "--" and list(threshold.get_ydata()) == [0.82, 0.82]
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert any(t.startswith("omission") for t in legend) and any(t.startswith("addition") for t in legend)


def test_similarity_without_threshold_setting_draws_no_line() -> None:
    (ax,) = plot.similarity(small_audit(run={}), "a1").axes
    assert not any(line.get_label().startswith("alignment threshold") for line in ax.get_lines())


def test_similarity_of_an_unaligned_article_says_so() -> None:
    fig = plot.similarity(small_audit(), "a2")
    assert any("no alignment" in t for t in texts(fig))
    assert fig.axes[0].get_lines() == []


@pytest.mark.parametrize("doc_id", ["nope", "src"])
def test_similarity_unknown_article_names_valid_ids(doc_id: str) -> None:
    with pytest.raises(KeyError, match=r"articles: a1, a2, a3"):
        plot.similarity(small_audit(), doc_id)


# findings


def stacks(fig: Figure) -> dict[str, dict[str, float]]:
    """Severity -> {row label: bar width} from a stacked findings figure."""
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    return {c.get_label(): dict(zip(labels, (p.get_width() for p in c.patches))) for c in containers(ax, BarContainer)}


def test_findings_by_category_stacks_severities() -> None:
    fig = plot.findings(small_audit())
    got = stacks(fig)
    assert list(got) == ["minor", "major", "critical"]
    assert list(got["minor"]) == ["accuracy/entity-corrupted", "accuracy/omission", "fluency/punctuation",
                                  "source/mismatch"]  # fmt: skip
    assert got["minor"] == {"accuracy/entity-corrupted": 0, "accuracy/omission": 0, "fluency/punctuation": 4,
                            "source/mismatch": 0}  # fmt: skip
    assert got["major"]["accuracy/omission"] == 2 and got["major"]["accuracy/entity-corrupted"] == 1
    assert got["critical"]["source/mismatch"] == 1
    # each stack starts where the previous ended
    ax = fig.axes[0]
    minor, major, _ = containers(ax, BarContainer)
    assert [p.get_x() for p in major.patches] == [p.get_x() + p.get_width() for p in minor.patches]
    assert texts(fig) == [" 1", " 2", " 4", " 1"]


def test_findings_by_language_and_for_one_article() -> None:
    by_lang = stacks(plot.findings(small_audit(), by="lang"))
    assert by_lang == {"minor": {"ar": 3, "tr": 1}, "major": {"ar": 2, "tr": 1}, "critical": {"ar": 0, "tr": 1}}
    one = plot.findings(small_audit(), doc_id="a2")
    assert stacks(one) == {
        "minor": {"accuracy/entity-corrupted": 0, "fluency/punctuation": 1, "source/mismatch": 0},
        "major": {"accuracy/entity-corrupted": 1, "fluency/punctuation": 0, "source/mismatch": 0},
        "critical": {"accuracy/entity-corrupted": 0, "fluency/punctuation": 0, "source/mismatch": 1},
    }
    assert "article a2" in one.axes[0].get_title()


def test_findings_errors() -> None:
    with pytest.raises(ValueError, match="'category', 'lang'"):
        plot.findings(small_audit(), by="detector")
    with pytest.raises(KeyError, match="articles: a1, a2, a3"):
        plot.findings(small_audit(), doc_id="zz")


def test_findings_of_an_article_without_any() -> None:
    assert texts(plot.findings(small_audit(), doc_id="a3")) == ["No findings."]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.sampled_from(["a1", "a2"]), st.sampled_from(list(CATEGORIES)), st.sampled_from(SEVERITIES)),
        min_size=1,
        max_size=30,
    )
)
def test_findings_stacked_totals_equal_counts(rows: list[tuple[str, str, str]]) -> None:
    base = small_audit()
    lang = {"a1": "ar", "a2": "tr"}
    found = [_finding(d, lang[d], c, s) for d, c, s in rows]
    audit = Audit.from_records(base.documents.to_dict("records"), found, [], base.run, [])
    for by, key in (("category", lambda r: r[1]), ("lang", lambda r: lang[r[0]])):
        got = stacks(plot.findings(audit, by=by))
        totals: dict[str, float] = {}
        for severity in got:
            for label, width in got[severity].items():
                totals[label] = totals.get(label, 0) + width
                assert width == sum(1 for r in rows if key(r) == label and r[2] == severity)
        assert totals == {k: sum(1 for r in rows if key(r) == k) for k in {key(r) for r in rows}}


# empty audits


def test_empty_audit_gives_message_figures() -> None:
    audit = empty_audit()
    assert texts(plot.scores(audit)) == ["No articles in this audit."]
    assert texts(plot.scores(audit, ["bleu", "ter"])) == ["No articles in this audit."]
    assert "No audited articles" in texts(plot.heatmap(audit))[0]
    assert texts(plot.findings(audit)) == ["No findings."]
    assert texts(plot.findings(audit, by="lang")) == ["No findings."]
    with pytest.raises(KeyError, match="articles: none"):
        plot.similarity(audit, "a1")


def test_heatmap_of_an_audit_without_findings() -> None:
    base = small_audit()
    audit = Audit.from_records(base.documents.to_dict("records"), [], [], {}, [])
    assert texts(plot.heatmap(audit, nonzero=True)) == ["No findings in any category."]
    assert np.all(plot.heatmap(audit, "count").axes[0].images[0].get_array() == 0)


# output


ALLOWED_URLS = {"http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"}


@pytest.mark.parametrize(
    "make",
    [
        lambda a: plot.scores(a, ["bleu", "chrf"]),
        lambda a: plot.heatmap(a),
        lambda a: plot.similarity(a, "a1"),
        lambda a: plot.findings(a),
        lambda a: plot.findings(Audit.from_records([], [], [], {})),
    ],
)
def test_svg_is_inline_ready_and_deterministic(make) -> None:
    fig = make(small_audit())
    out = plot.svg(fig)
    assert out.startswith("<svg") and out.rstrip().endswith("</svg>")
    assert "<?xml" not in out and "<!DOCTYPE" not in out and "<metadata" not in out
    assert set(re.findall(r"https?://[^\s\"'<>)]+", out)) <= ALLOWED_URLS
    assert out == plot.svg(fig)
    assert out == plot.svg(make(small_audit()))  # a rebuilt figure gives the same bytes too
    assert "<text" in out  # text stays text
    if 'id="m' in out or "clip-path" in out:
        assert plot.svg(fig, salt="other") != out  # ids follow the salt


def test_svg_keeps_titles_searchable() -> None:
    out = plot.svg(plot.findings(small_audit()))
    assert "Findings by category and severity (all articles)" in out
    assert "fluency/punctuation" in out


def test_png_data_uri_decodes_to_png() -> None:
    fig = plot.findings(small_audit())
    uri = plot.png_data_uri(fig, dpi=50)
    prefix = "data:image/png;base64,"
    assert uri.startswith(prefix)
    data = base64.b64decode(uri[len(prefix) :], validate=True)
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width = int.from_bytes(data[16:20], "big")
    assert width == round(fig.get_figwidth() * 50)
    assert fig._repr_png_().startswith(b"\x89PNG")  # shown in Jupyter without pyplot


def test_importing_the_package_loads_no_matplotlib_and_figures_use_no_pyplot() -> None:
    code = (
        "import sys, mt_audit\n"
        "assert 'matplotlib' not in sys.modules, 'import mt_audit loaded matplotlib'\n"
        "from mt_audit import plot\n"
        "from mt_audit.report import Audit\n"
        "plot.svg(plot.findings(Audit.from_records([], [], [], {})))\n"
        "assert 'matplotlib.pyplot' not in sys.modules, 'pyplot was imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# the real demo


@pytest.mark.slow
def test_every_figure_for_every_demo_article(demo_audit) -> None:
    audit, _ = demo_audit
    articles = audit.articles
    ids = list(articles["doc_id"])
    assert ids
    fig = plot.scores(audit, list(plot.METRICS))
    assert len(fig.axes) == len(plot.METRICS)
    for ax, metric in zip(fig.axes, plot.METRICS):
        n_values = int(articles[metric].notna().sum())
        bars = containers(ax, BarContainer)
        assert (len(bars[0].patches) if bars else 0) == n_values
        labels = [t.get_text() for t in ax.texts]  # "n/a", or why a non-translation has no score
        assert (
            sum(t.startswith("n/a") or t in ("not a translation", "no source") for t in labels) == len(ids) - n_values
        )
    for value in plot.HEATMAP_VALUES:
        for nonzero in (False, True):
            plot.svg(plot.heatmap(audit, value, nonzero=nonzero))
    for by in ("category", "lang"):
        got = stacks(plot.findings(audit, by=by))
        total = sum(sum(v.values()) for v in got.values())
        assert total == len(audit.findings)
    for doc_id in ids:
        sim = plot.similarity(audit, doc_id)
        n_omissions = int(((audit.alignment["doc_id"] == doc_id) & audit.alignment["kind"].str.endswith("-0")).sum())
        marks = [line for line in sim.axes[0].get_lines() if line.get_label().startswith("omission")]
        assert (len(marks[0].get_xdata()) if marks else 0) == n_omissions
        one = plot.findings(audit, doc_id=doc_id)
        n = int((audit.findings["doc_id"] == doc_id).sum())
        assert sum(sum(v.values()) for v in stacks(one).values()) == n
        assert plot.svg(sim).startswith("<svg") and plot.png_data_uri(one).startswith("data:image/png;base64,")


# text from the audit is drawn as written, never as mathtext

MATHTEXT_IDS = ["$x$", "$\\frac$", "\\", "a_b^c", "$", "\\$x$", "100$ and 5$", "x\udc80"]


def renamed(doc_id: str, lang: str) -> Audit:
    """small_audit with a1 renamed to ``doc_id`` and its language (ar) to ``lang``."""
    base = small_audit()
    tables = [base.documents.copy(), base.findings.copy(), base.texts.copy(), base.alignment.copy()]
    for table in tables:
        table["doc_id"] = table["doc_id"].replace({"a1": doc_id})
        if "lang" in table:
            table["lang"] = table["lang"].replace({"ar": lang})
    documents, found, texts_, alignment = tables
    return Audit(documents, found, alignment, base.run, texts_)


def shown(value: str) -> str:
    """How ``value`` reads in the SVG: surrogates replaced, XML-escaped."""
    from xml.sax.saxutils import escape

    return escape(value.replace("\udc80", "\ufffd"))


@pytest.mark.parametrize("value", MATHTEXT_IDS)
@pytest.mark.parametrize(
    "draw, expect",
    [
        (lambda a, v: plot.scores(a, ["chrf", "bleu"]), lambda v: [f"{v} ({v})", v]),
        (lambda a, v: plot.heatmap(a), lambda v: [v]),
        (lambda a, v: plot.similarity(a, v), lambda v: [f"Embedding similarity along article {v} ({v})"]),
        (lambda a, v: plot.findings(a, by="lang"), lambda v: [v]),
        (lambda a, v: plot.findings(a, doc_id=v), lambda v: [f"(article {v})"]),
    ],
)
def test_ids_and_languages_are_drawn_literally(value: str, draw, expect) -> None:
    out = plot.svg(draw(renamed(value, value), value))  # a mathtext parse error would raise here
    for text in expect(value):
        assert shown(text) in out


def test_literal_survives_matplotlib_plain_text_rules() -> None:
    from matplotlib.text import Text

    for value in MATHTEXT_IDS[:-1]:
        assert Text(text=plot.literal(value))._preprocess_math(plot.literal(value)) == (value, False)


# verdict


def test_scores_label_a_non_translation_instead_of_na() -> None:
    base = small_audit()
    documents = base.documents.assign(verdict=None).astype({"verdict": object})
    documents.loc[documents["doc_id"] == "a1", "verdict"] = "translation of src"
    documents.loc[documents["doc_id"] == "a2", ["verdict", "quality", "mqm_per_100_words"]] = (
        "not a translation of src",
        NAN,
        NAN,
    )
    audit = Audit(documents, base.findings, base.alignment, base.run, base.texts)
    assert texts(plot.scores(audit, "quality")) == ["n/a (error)", "not a translation"]
    documents.loc[documents["doc_id"] == "a2", "verdict"] = "no source to compare with"
    assert texts(plot.scores(audit, "quality")) == ["n/a (error)", "no source"]
