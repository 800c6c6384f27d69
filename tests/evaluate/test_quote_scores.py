"""score_quotes on small hand-made contract objects: recall, speakers through aliases, titles, clusters."""

from __future__ import annotations

from typing import Any

import pytest

from newsclaims.evaluate.quotes import score_quotes

GOLD: dict[str, Any] = {
    "canonical_stakeholders": {
        "Léa Simon": {"kind": "person", "aliases": ["Léa Simon", "Simon", "la directrice"]},
        "critics": {"kind": "group", "aliases": ["les critiques", "critics"]},
    },
    "articles": {
        "a.txt": {
            "quotes": [
                {"contains": "Nous changerons tout", "speaker": "Léa Simon"},
                {"contains": "l’IA pille les artistes", "speaker": "critics"},
            ],
            "not_quotes": ["Les Ombres"],
        },
        "b.txt": {"quotes": [], "not_quotes": []},
    },
    "cross_source": {"corroborated_claims": [{"claim": "ten times faster", "articles": ["a.txt", "b.txt"]}]},
}
ANCHORS = {"ten times faster": {"a.txt": "dix fois plus vite", "b.txt": "10 fois plus vite"}}


def quote(text: str, speaker: str | None) -> dict[str, Any]:
    return {"text": text, "speaker": speaker}


def claim(text: str, cluster: str) -> dict[str, Any]:
    return {"text": text, "cluster_id": cluster}


def articles(
    quotes_a: list[dict[str, Any]], claims_a: list[dict[str, Any]], claims_b: list[dict[str, Any]]
) -> list[Any]:
    return [
        {"source_path": "data/a.txt", "quotes": quotes_a, "claims": claims_a},
        {"source_path": "data/b.txt", "quotes": [], "claims": claims_b},
    ]


@pytest.mark.parametrize(
    ("quotes", "recall", "speakers", "titles"),
    [
        (
            [quote("« Nous changerons tout », dit-elle", "la directrice"), quote("l'IA pille les artistes", "critics")],
            1.0,
            1.0,
            0,
        ),
        ([quote("Nous changerons tout", "Paul"), quote("L’IA PILLE LES ARTISTES", "les critiques")], 1.0, 0.5, 0),
        ([quote("Nous changerons", "Léa Simon")], 0.0, 0.0, 0),
        ([quote("Les Ombres", None), quote("Nous changerons tout", "Simon")], 0.5, 0.5, 1),
    ],
)
def test_quote_scores(quotes: list[dict[str, Any]], recall: float, speakers: float, titles: int) -> None:
    scores = score_quotes(articles(quotes, [], []), GOLD, ANCHORS)
    assert scores["quote_recall"] == recall
    assert scores["speaker_accuracy"] == speakers
    assert scores["not_quotes_reported"] == titles


@pytest.mark.parametrize(
    ("claims_a", "claims_b", "clustered", "mixed"),
    [
        ([claim("livrer dix fois plus vite", "c1")], [claim("livrer 10 fois plus vite", "c1")], 1.0, 0),
        ([claim("livrer dix fois plus vite", "c1")], [claim("livrer 10 fois plus vite", "c2")], 0.0, 0),
        ([claim("livrer dix fois plus vite", "c1")], [claim("un tout autre sujet", "c1")], 0.0, 0),
    ],
)
def test_cluster_scores(
    claims_a: list[dict[str, Any]], claims_b: list[dict[str, Any]], clustered: float, mixed: int
) -> None:
    scores = score_quotes(articles([], claims_a, claims_b), GOLD, ANCHORS)
    assert scores["corroborated_clustered"] == clustered
    assert scores["clusters_joining_different_gold_claims"] == mixed
