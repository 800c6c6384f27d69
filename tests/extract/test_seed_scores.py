"""The seed corpus scored against the gold annotation: the targets of issue 3 (quotes, speakers, clusters)."""

from __future__ import annotations

from typing import Any

from newsclaims.evaluate import load_gold
from newsclaims.evaluate.quotes import multi_article_clusters, score_quotes


def test_seed_quote_and_cluster_scores(seed_contract: list[dict[str, Any]]) -> None:
    scores = score_quotes(seed_contract, load_gold())
    assert scores["quote_recall"] >= 0.90, scores
    assert scores["speaker_accuracy"] >= 0.85, scores
    assert scores["not_quotes_reported"] == 0, scores
    assert scores["corroborated_clustered"] == 1.0, scores
    assert scores["clusters_joining_different_gold_claims"] == 0, scores


def test_seed_clusters_stay_small(seed_contract: list[dict[str, Any]]) -> None:
    """A cluster holds one claim per article: loose resemblances never chain into a catch-all cluster."""
    for members in multi_article_clusters(seed_contract).values():
        files = [name for name, _text in members]
        assert len(files) == len(set(files))


def test_seed_spans_are_exact(seed_contract: list[dict[str, Any]]) -> None:
    for article in seed_contract:
        for record in article["quotes"] + article["claims"]:
            assert article["body"][record["start"] : record["end"]] == record["text"]
