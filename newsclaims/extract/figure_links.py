"""Figures across articles: the same (entity, metric, period) compared, agreements and conflicts."""

from __future__ import annotations

from dataclasses import dataclass

from newsclaims.records import Article, Figure


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


ROUNDING = 0.05  # "11 milliards" and "10,96 milliards" agree: outlets round to two or three significant digits


def periods_compatible(a: str | None, b: str | None) -> bool:
    """Same period, or one side does not say, or one is the other without its year ("Q2" and "Q2 2025")."""
    return a is None or b is None or a == b or a.startswith(b + " ") or b.startswith(a + " ")


def values_agree(a: float, b: float) -> bool:
    """Equal up to the rounding of the less precise one."""
    return abs(a - b) <= ROUNDING * max(abs(a), abs(b)) or a == b


def _comparable(a: Figure, b: Figure) -> bool:
    return (
        a.kind == b.kind
        and a.kind != "duration"
        and a.unit == b.unit
        and a.metric is not None
        and a.metric == b.metric
        and a.entity == b.entity
        and periods_compatible(a.period, b.period)
        and a.equivalent_of is None
        and b.equivalent_of is None
    )


def _current_figures(article: Article) -> list[Figure]:
    """The figures of an article without the earlier values of changes (they belong to another period)."""
    earlier = {figure.change_from for figure in article.figures if figure.change_from}
    return [figure for figure in article.figures if figure.surface not in earlier]


def compare_figures(articles: list[Article]) -> list[FigureComparison]:
    """Every pair of figures from different articles that share entity, metric, period and unit."""
    comparisons = []
    for i, first in enumerate(articles):
        for second in articles[i + 1 :]:
            if first.article_id == second.article_id:
                continue
            for a in _current_figures(first):
                for b in _current_figures(second):
                    if not _comparable(a, b):
                        continue
                    status = "agree" if values_agree(a.value, b.value) else "conflict"
                    comparisons.append(
                        FigureComparison(
                            a.entity,
                            str(a.metric),
                            a.period or b.period,
                            a.unit,
                            status,
                            first.article_id,
                            a.surface,
                            a.value,
                            a.start,
                            a.end,
                            second.article_id,
                            b.surface,
                            b.value,
                            b.start,
                            b.end,
                        )
                    )
    return comparisons
