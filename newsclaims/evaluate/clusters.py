"""Claim clusters against the gold: corroborated claims clustered across their articles, clusters that mix claims."""

from __future__ import annotations

import json
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any

from newsclaims.evaluate import by_file, normalise

ANCHORS_PATH = Path(__file__).resolve().parents[2] / "data" / "gold" / "claim_anchors.json"


@cache
def load_anchors(path: Path = ANCHORS_PATH) -> dict[str, dict[str, str]]:
    """Corroborated claim -> article file -> French anchor text (data/gold/claim_anchors.json)."""
    return dict(json.loads(path.read_text(encoding="utf-8"))["anchors"])


def anchored_clusters(articles: list[dict[str, Any]], anchors: dict[str, str]) -> dict[str, set[str]]:
    """Article file -> cluster ids of its claims that contain that article's anchor."""
    predicted = by_file(articles)
    found: dict[str, set[str]] = {}
    for name, anchor in anchors.items():
        claims = predicted.get(name, {}).get("claims", [])
        found[name] = {
            str(claim["cluster_id"])
            for claim in claims
            if claim.get("cluster_id") and normalise(anchor) in normalise(claim.get("text"))
        }
    return found


def cluster_scores(
    articles: list[dict[str, Any]], gold: dict[str, Any], anchors: dict[str, dict[str, str]] | None = None
) -> dict[str, float]:
    """Share of corroborated claims with one cluster spanning their articles; clusters joining different gold claims."""
    anchors = anchors if anchors is not None else load_anchors()
    corroborated = gold.get("cross_source", {}).get("corroborated_claims", [])
    joined = 0
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in corroborated:
        per_article = anchored_clusters(articles, anchors.get(entry["claim"], {}))
        for ids in per_article.values():
            for cluster in ids:
                owners[cluster].add(entry["claim"])
        shared = set.intersection(*per_article.values()) if per_article else set()
        joined += bool(shared) and set(entry["articles"]) <= set(per_article)
    return {
        "corroborated_clustered": joined / len(corroborated) if corroborated else 0.0,
        "clusters_joining_different_gold_claims": float(sum(len(claims) > 1 for claims in owners.values())),
        "multi_article_clusters": float(len(multi_article_clusters(articles))),
    }


def multi_article_clusters(articles: list[dict[str, Any]]) -> dict[str, list[tuple[str, str]]]:
    """cluster id -> (article file, claim text) for clusters that span several articles (for review)."""
    members: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name, article in by_file(articles).items():
        for claim in article.get("claims", []):
            if claim.get("cluster_id"):
                members[str(claim["cluster_id"])].append((name, str(claim.get("text"))))
    return {cid: items for cid, items in members.items() if len({name for name, _ in items}) > 1}
