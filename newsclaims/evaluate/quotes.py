"""Scoring of quotes (recall, speakers, titles and scare quotes) and of claim clusters against the gold annotation."""

from __future__ import annotations

import json
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any

from newsclaims.evaluate import by_file, normalise, resolve

ANCHORS_PATH = Path(__file__).resolve().parents[2] / "data" / "gold" / "claim_anchors.json"


@cache
def load_anchors(path: Path = ANCHORS_PATH) -> dict[str, dict[str, str]]:
    """Corroborated claim -> article file -> French anchor text (data/gold/claim_anchors.json)."""
    return dict(json.loads(path.read_text(encoding="utf-8"))["anchors"])


def matching_quotes(predicted: list[dict[str, Any]], contains: str) -> list[dict[str, Any]]:
    """Predicted quotes whose text contains the gold `contains` string (README matching rule)."""
    needle = normalise(contains)
    return [quote for quote in predicted if needle in normalise(quote.get("text"))]


def speaker_right(quotes: list[dict[str, Any]], gold_speaker: str, gold: dict[str, Any]) -> bool:
    """Whether one of the matching quotes names the gold speaker (directly or through an alias)."""
    return any(resolve(quote.get("speaker"), gold) == gold_speaker for quote in quotes)


def is_reported_not_quote(quote: dict[str, Any], not_quote: str) -> bool:
    """A predicted quote that is (only) a title or scare quote of the gold."""
    return normalise(quote.get("text")).strip("\"' ,.") == normalise(not_quote)


def quote_scores(articles: list[dict[str, Any]], gold: dict[str, Any]) -> dict[str, float]:
    """Quote recall, speaker accuracy over gold quotes and the count of titles/scare quotes reported as quotes."""
    predicted = by_file(articles)
    found = right = total = false_titles = 0
    for name, entry in gold["articles"].items():
        quotes = predicted.get(name, {}).get("quotes", [])
        for gold_quote in entry.get("quotes", []):
            total += 1
            matches = matching_quotes(quotes, gold_quote["contains"])
            found += bool(matches)
            right += speaker_right(matches, gold_quote["speaker"], gold)
        false_titles += sum(
            is_reported_not_quote(quote, not_quote) for quote in quotes for not_quote in entry.get("not_quotes", [])
        )
    return {
        "quote_recall": found / total if total else 0.0,
        "speaker_accuracy": right / total if total else 0.0,
        "not_quotes_reported": float(false_titles),
        "gold_quotes": float(total),
        "predicted_quotes": float(sum(len(a.get("quotes", [])) for a in predicted.values())),
    }


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
    articles: list[dict[str, Any]], gold: dict[str, Any], anchors: dict[str, dict[str, str]]
) -> dict[str, float]:
    """Share of corroborated claims with one cluster spanning their articles; clusters joining different gold claims."""
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


def score_quotes(
    articles: list[dict[str, Any]], gold: dict[str, Any], anchors: dict[str, dict[str, str]] | None = None
) -> dict[str, float]:
    """Scores of the quotes and claim clusters of contract objects against the gold (shared/gold/README.md)."""
    return quote_scores(articles, gold) | cluster_scores(articles, gold, anchors or load_anchors())
