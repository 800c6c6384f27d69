"""Figures across articles: the same (entity, metric, period) compared, agreements and conflicts."""

from __future__ import annotations

from dataclasses import dataclass

from newsclaims.records import Article


@dataclass
class FigureComparison:
    """Two figures of two articles about the same entity, metric and period, with both evidence spans."""

    entity: str | None
    metric: str
    period: str | None
    unit: str
    status: str  # agree | conflict
    article_a: str
    surface_a: str
    value_a: float
    start_a: int
    end_a: int
    article_b: str
    surface_b: str
    value_b: float
    start_b: int
    end_b: int


def compare_figures(articles: list[Article]) -> list[FigureComparison]:
    """Every pair of figures from different articles that share entity, metric, period and unit."""
    return []
