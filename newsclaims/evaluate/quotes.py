"""Scoring of quotes against the gold annotation."""

from __future__ import annotations

from typing import Any


def score_quotes(articles: list[dict[str, Any]], gold: dict[str, Any]) -> dict[str, float]:
    """Scores of the quotes of contract objects against the gold (see data/gold and shared/gold/README.md)."""
    return {}
