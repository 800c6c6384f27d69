"""Figures: money, percentages, multipliers and counts, with metric, entity and period."""

from __future__ import annotations

from newsclaims.extract.actors import Mention
from newsclaims.parse import ParsedArticle
from newsclaims.records import Figure


def extract_figures(parsed: ParsedArticle, mentions: list[Mention]) -> list[Figure]:
    """Every figure the article cites, in text order."""
    return []
