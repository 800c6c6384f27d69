"""Scoring of stances against the gold annotation: stance accuracy and stakeholders found under canonical names."""

from __future__ import annotations

from typing import Any

from newsclaims.evaluate import by_file, resolve


def score_stances(articles: list[dict[str, Any]], gold: dict[str, Any]) -> dict[str, float]:
    """stance_accuracy over gold (article, stakeholder) pairs; found_rate (aliases resolved); canonical_rate (exact)."""
    predicted = by_file(articles)
    pairs = right = found = exact = 0
    for file_name, entry in gold["articles"].items():
        stakeholders = predicted.get(file_name, {}).get("stakeholders", [])
        by_name = {resolve(s["name"], gold): s for s in stakeholders}
        names = {s["name"] for s in stakeholders}
        for expected in entry.get("stances", []):
            pairs += 1
            match = by_name.get(expected["stakeholder"])
            found += match is not None
            exact += expected["stakeholder"] in names
            right += match is not None and match["stance"] == expected["stance"]
    if not pairs:
        return {"stance_accuracy": 0.0, "found_rate": 0.0, "canonical_rate": 0.0, "pairs": 0.0}
    return {
        "stance_accuracy": right / pairs,
        "found_rate": found / pairs,
        "canonical_rate": exact / pairs,
        "pairs": float(pairs),
    }
