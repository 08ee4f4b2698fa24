"""Candidate search: the shortlist holds the right document, in index order, the same every run."""

from __future__ import annotations

import numpy as np
import pytest

import mt_audit
from mt_audit import pipeline
from mt_audit.index import SentenceIndex, shortlist
from tests.vectors import near, unit


def corpus(n_docs: int = 12, n_sent: int = 6, seed: int = 0) -> tuple[SentenceIndex, list[np.ndarray]]:
    rng = np.random.default_rng(seed)
    docs = [unit(rng, n_sent) for _ in range(n_docs)]
    index = SentenceIndex()
    for k, v in enumerate(docs):
        index.add(f"s{k}", v)
    return index, docs


@pytest.mark.parametrize(("doc", "k"), [(0, 1), (5, 1), (11, 3), (7, 5)])
def test_a_translation_finds_its_source_first(doc: int, k: int) -> None:
    index, docs = corpus()
    rng = np.random.default_rng(doc)
    found = index.candidates(near(docs[doc], rng), k)
    assert found[0] == f"s{doc}" and len(found) == k


def test_a_partial_translation_still_finds_its_source() -> None:
    index, docs = corpus()
    rng = np.random.default_rng(1)
    assert index.candidates(near(docs[3][:2], rng), 1) == ["s3"]


@pytest.mark.parametrize(
    ("k", "always", "expected"),
    [
        (0, [], [f"s{i}" for i in range(12)]),  # 0: every document, exhaustive search
        (12, [], [f"s{i}" for i in range(12)]),
        (1, ["s9"], ["s4", "s9"]),  # the presumed source always joins, in index order
        (1, ["s4"], ["s4"]),
        (1, ["unknown"], ["s4"]),
    ],
)
def test_shortlist(k: int, always: list[str], expected: list[str]) -> None:
    index, docs = corpus()
    assert shortlist(index, near(docs[4], np.random.default_rng(2)), k, always) == expected


def test_a_sentence_many_documents_share_is_indexed_once() -> None:
    rng = np.random.default_rng(4)
    shared = unit(rng, 1)
    index = SentenceIndex()
    docs = [np.vstack([shared, unit(rng, 3)]) for _ in range(60)]  # more sharers than hits per sentence
    for k, v in enumerate(docs):
        index.add(f"d{k}", v)
    assert index.candidates(docs[41], 1) == ["d41"]
    assert len(index.scores(shared)) == 60


@pytest.mark.parametrize(("built", "pickled"), [(False, False), (True, False), (True, True)])
def test_the_index_gives_back_each_documents_vectors_bit_for_bit(built: bool, pickled: bool) -> None:
    """Sources' vectors are kept only in the index: what comes back must be what went in, shared rows too."""
    import pickle

    rng = np.random.default_rng(7)
    shared = unit(rng, 1)
    docs = {f"d{k}": np.vstack([unit(rng, 2), shared, unit(rng, 1)]) for k in range(5)}
    index = SentenceIndex()
    for doc_id, v in docs.items():
        index.add(doc_id, v)
    if built:
        index.build()
    if pickled:
        index = pickle.loads(pickle.dumps(index))
    for doc_id, v in docs.items():
        assert index.vectors(doc_id).tobytes() == v.astype(np.float32).tobytes()


def test_exclude_leaves_the_query_document_out() -> None:
    index, docs = corpus()
    assert "s2" not in index.candidates(docs[2], 3, exclude="s2")


def test_same_answers_every_run() -> None:
    queries = near(corpus()[1][6], np.random.default_rng(3))
    runs = [corpus()[0].scores(queries) for _ in range(3)]
    assert runs[0] == runs[1] == runs[2]


def test_an_index_is_fixed_once_searched() -> None:
    index, docs = corpus(3)
    index.candidates(docs[0], 1)
    with pytest.raises(RuntimeError):
        index.add("late", docs[1])


def test_a_document_is_indexed_once() -> None:
    index, docs = corpus(3)
    with pytest.raises(ValueError):
        index.add("s1", docs[1])


@pytest.mark.parametrize("vectors", [None, np.zeros((0, 64), dtype=np.float32)])
def test_empty_queries_and_documents(vectors: np.ndarray | None) -> None:
    index = SentenceIndex()
    index.add("empty", np.zeros((0, 64), dtype=np.float32))
    assert len(index) == 0 and index.scores(vectors) == {}


SOURCES = {
    "bridge": "The old bridge over the river will close for repairs in March. Engineers found cracks in two of "
    "its pillars. Drivers are asked to use the northern bypass until the work ends.",
    "bakery": "A family bakery has opened its third shop in the town centre. The owners bake rye bread every "
    "night before dawn. Queues formed outside the door on the first morning.",
    "chess": "A twelve-year-old girl won the regional chess championship on Sunday. She beat six adult players "
    "in a row. Her coach says she practises for three hours a day.",
    "storm": "A storm cut power to thousands of homes along the coast overnight. Fallen trees blocked several "
    "roads. Repair crews expect to restore electricity by the evening.",
    "library": "The city library will stay open until midnight during exam weeks. Students asked for more quiet "
    "rooms last year. The extra hours are paid for by a local foundation.",
}
ARTICLES = {
    "de": "Die alte Brücke über den Fluss wird im März für Reparaturen gesperrt. Ingenieure fanden Risse in "
    "zwei ihrer Pfeiler. Autofahrer sollen bis zum Ende der Arbeiten die nördliche Umgehungsstraße nutzen.",
    "fr": "Une jeune fille de douze ans a remporté dimanche le championnat régional d'échecs. Elle a battu six "
    "joueurs adultes d'affilée. Son entraîneur dit qu'elle s'entraîne trois heures par jour.",
    "es": "La biblioteca municipal abrirá hasta medianoche durante las semanas de exámenes. Los estudiantes "
    "pidieron más salas de silencio el año pasado. Las horas adicionales las paga una fundación local.",
}


def test_the_shortlist_gives_the_exhaustive_answers(embedder) -> None:
    def run(candidates: int) -> list[tuple]:
        result = mt_audit.audit(texts=ARTICLES, source_texts=SOURCES, embedder=embedder, report=False,
                                engine="none", candidates=candidates)  # fmt: skip
        docs = result.documents[result.documents["role"] == "article"]
        return list(docs[["doc_id", "matched_source", "source_score", "verdict"]].itertuples(index=False))

    exhaustive = run(0)
    assert [row[1] for row in exhaustive] == ["bridge", "chess", "library"]
    assert run(1) == exhaustive


def test_siblings_found_through_the_neighbour_graph(embedder, monkeypatch) -> None:
    siblings = dict(ARTICLES, en_copy=SOURCES["chess"], it="Una ragazza di dodici anni ha vinto domenica il "
                    "campionato regionale di scacchi. Ha battuto sei giocatori adulti di fila. Il suo allenatore "
                    "dice che si allena tre ore al giorno.")  # fmt: skip

    def groups() -> dict[str, str]:
        result = mt_audit.audit(texts=siblings, embedder=embedder, report=False, engine="none")
        return result.documents.set_index("doc_id")["sibling_group"].to_dict()

    every_pair = groups()  # five articles: each is tested against all others
    monkeypatch.setattr(pipeline, "SIBLING_NEIGHBOURS", 1)
    assert groups() == every_pair
    assert {d for d, g in every_pair.items() if g == every_pair["fr"]} == {"fr", "it", "en_copy"}
