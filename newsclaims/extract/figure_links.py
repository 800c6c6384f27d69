"""Figures across articles: the same (entity, metric, period) compared, agreements and conflicts."""

from __future__ import annotations

from collections import Counter, defaultdict

from newsclaims.extract.numbers import quantities_agree, written_step
from newsclaims.records import Article, Figure, FigureComparison


def periods_compatible(a: str | None, b: str | None) -> bool:
    """Same period, or one side does not say, or one is the other without its year ("Q2" and "Q2 2025")."""
    return a is None or b is None or a == b or a.startswith(b + " ") or b.startswith(a + " ")


def figures_agree(a: Figure, b: Figure) -> bool:
    """Equal up to the rounding each was written with (« 11 milliards » and « 10,96 milliards » agree; « 2,4
    millions » and « 2,5 millions » do not): the same test as for the numbers of two claims."""
    return quantities_agree(a.value, written_step(a.surface, a.value), b.value, written_step(b.surface, b.value))


def _comparable(a: Figure, b: Figure) -> bool:
    return (
        a.kind == b.kind
        and a.kind != "duration"
        and a.unit == b.unit
        and a.metric is not None
        and a.metric == b.metric
        and a.entity is not None
        and a.entity == b.entity
        and periods_compatible(a.period, b.period)
        and a.equivalent_of is None
        and b.equivalent_of is None
    )


def same_time(a: Figure, b: Figure, date_a: str | None, date_b: str | None) -> bool:
    """Whether two figures of compatible periods can be said to disagree: both state their period, or, where one
    does not, both articles came out the same month (« 220 millions d'abonnés » in January and « 238 millions »
    in July are two moments of one count, not a contradiction)."""
    if a.period and b.period:
        return True
    return bool(date_a and date_b and date_a[:7] == date_b[:7])


def _current_figures(article: Article) -> list[Figure]:
    """The figures of an article without the earlier values of changes (they belong to another period)."""
    earlier = {figure.change_from for figure in article.figures if figure.change_from}
    return [figure for figure in article.figures if figure.surface not in earlier]


# Outlets repeat a figure many times (every article on a quarter cites its revenue). A few articles per
# distinct value and period say all there is to say, and keep the pairing from growing with the square
# of the corpus.
REPRESENTATIVES_PER_VALUE = 3


def _value_key(figure: Figure) -> tuple[str, str | None]:
    return (f"{figure.value:.3g}", figure.period)


Bucket = list[tuple[Article, Figure]]


def _buckets(articles: list[Article]) -> dict[tuple[str, str, str, str | None], Bucket]:
    """Comparable figures grouped by (kind, unit, metric, entity), a few articles per distinct value."""
    buckets: dict[tuple[str, str, str, str | None], Bucket] = defaultdict(list)
    taken: Counter[tuple[object, ...]] = Counter()
    for article in articles:
        for figure in _current_figures(article):
            # A figure with no metric or no entity is compared with nothing: « 6,4 % » of whom, of what?
            if figure.metric is None or figure.entity is None or figure.kind == "duration" or figure.equivalent_of:
                continue
            key = (figure.kind, figure.unit, figure.metric, figure.entity)
            if taken[(*key, *_value_key(figure))] < REPRESENTATIVES_PER_VALUE:
                taken[(*key, *_value_key(figure))] += 1
                buckets[key].append((article, figure))
    return buckets


def compare_figures(articles: list[Article]) -> list[FigureComparison]:
    """Pairs of figures from different articles that share kind, unit, metric, entity and a compatible period; a
    pair that differs is a conflict only at the same time (see same_time), else it is no pair."""
    comparisons = []
    for entries in _buckets(articles).values():
        for index, (first, a) in enumerate(entries):
            for second, b in entries[index + 1 :]:
                if first.article_id == second.article_id or not _comparable(a, b):
                    continue
                if figures_agree(a, b):
                    status = "agree"
                elif same_time(a, b, first.date, second.date):
                    status = "conflict"
                else:
                    continue
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
