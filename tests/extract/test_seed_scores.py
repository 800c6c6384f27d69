"""The seed corpus (the set the rules were tuned on) scored with the evaluate command's own code."""

from __future__ import annotations

from typing import Any

from newsclaims.evaluate import load_gold
from newsclaims.evaluate.clusters import cluster_scores, multi_article_clusters
from newsclaims.evaluate.scoring import evaluate


def test_seed_scores(seed_contract: list[dict[str, Any]]) -> None:
    report = evaluate(seed_contract, load_gold())
    scores = report.overall
    print("seed scores:", scores)
    assert scores["quote_recall"] == 1.0 and scores["quote_speaker_acc"] == 1.0, report.errors
    assert scores["false_quotes"] == 0, report.errors
    assert scores["figure_precision"] == 1.0 and scores["figure_recall"] == 1.0, report.errors
    assert scores["figure_metric_acc"] >= 0.85 and scores["figure_entity_acc"] >= 0.85, report.errors
    assert scores["stance_acc"] >= 0.90, report.errors
    assert scores["metadata_acc"] == 1.0 and scores["boilerplate_left"] == 0, report.errors


def test_seed_cluster_scores(seed_contract: list[dict[str, Any]]) -> None:
    scores = cluster_scores(seed_contract, load_gold())
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
