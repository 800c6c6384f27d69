"""Figures compared across articles: agreements and conflicts on the same entity, metric and period."""

from __future__ import annotations

from typing import Any

import pytest

from newsclaims.extract.figure_links import compare_figures, figures_agree, periods_compatible
from newsclaims.records import Figure
from tests.support import make_article


def figure(surface: str, value: float, unit: str = "USD", metric: str = "revenue", **extra: Any) -> Figure:
    fields: dict[str, Any] = {"entity": "Netflix", "period": "Q2 2025", "equivalent_of": None, "kind": "money"}
    fields.update(extra)
    return Figure(
        surface,
        fields["kind"],
        value,
        unit,
        metric,
        fields["entity"],
        fields["period"],
        fields["equivalent_of"],
        0,
        len(surface),
    )


def article(text: str, *figures: Figure) -> Any:
    record = make_article(text)
    record.figures = list(figures)
    return record


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (figure("11 milliards de dollars", 11e9), figure("11 milliards de dollars", 11e9), ["agree"]),
        (figure("11 milliards de dollars", 11e9), figure("10,96 milliards de dollars", 10.96e9), ["agree"]),
        (figure("11 milliards de dollars", 11e9), figure("9 milliards de dollars", 9e9), ["conflict"]),
        (figure("11 milliards de dollars", 11e9), figure("9 milliards d'euros", 9e9, "EUR"), []),
        (figure("11 milliards de dollars", 11e9), figure("2 milliards de dollars", 2e9, metric="profit"), []),
        (figure("11 milliards de dollars", 11e9), figure("11 milliards", 11e9, entity="Disney"), []),
        (figure("11 milliards de dollars", 11e9), figure("11 milliards", 11e9, period="Q2"), ["agree"]),
        (figure("11 milliards de dollars", 11e9), figure("12 milliards", 12e9, period="Q3 2025"), []),
        (
            figure("16%", 16, "%", "revenue growth", kind="percent"),
            figure("16 %", 16, "%", "revenue growth", kind="percent"),
            ["agree"],
        ),
    ],
)
def test_compare(a: Figure, b: Figure, expected: list[str]) -> None:
    rows = compare_figures([article("un", a), article("deux", b)])
    assert [row.status for row in rows] == expected
    for row in rows:
        assert (row.surface_a, row.surface_b) == (a.surface, b.surface)


def test_same_article_is_not_compared() -> None:
    assert compare_figures([article("un", figure("1 $", 1), figure("2 $", 2))]) == []


def test_earlier_value_of_a_change_is_left_out() -> None:
    old = figure("2,1 milliards de dollars", 2.1e9, metric="profit")
    new = figure("3,1 milliards de dollars", 3.1e9, metric="profit")
    new.change_from = old.surface
    other = figure("3,1 milliards de dollars", 3.1e9, metric="profit")
    assert [row.status for row in compare_figures([article("un", old, new), article("deux", other)])] == ["agree"]


@pytest.mark.parametrize(("a", "b", "ok"), [("Q2", "Q2 2025", True), (None, "2023", True), ("2023", "2024", False)])
def test_periods(a: str | None, b: str | None, ok: bool) -> None:
    assert periods_compatible(a, b) is ok


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        (figure("11 milliards de dollars", 11e9), figure("10,96 milliards de dollars", 10.96e9), True),
        (figure("11,1 milliards de dollars", 11.1e9), figure("11,08 milliards de dollars", 11.08e9), True),
        (figure("11 milliards de dollars", 11e9), figure("9 milliards de dollars", 9e9), False),
        # Written to one decimal, 2,4 and 2,5 millions are different numbers, though 4 % apart.
        (figure("2,4 millions de dollars", 2.4e6), figure("2,5 millions de dollars", 2.5e6), False),
    ],
)
def test_rounding_is_the_precision_each_figure_was_written_with(a: Figure, b: Figure, agree: bool) -> None:
    assert figures_agree(a, b) is agree


def test_a_figure_without_entity_is_compared_with_nothing() -> None:
    a, b = figure("6,4 %", 6.4, "%", "margin", kind="percent"), figure("8 %", 8, "%", "margin", kind="percent")
    assert compare_figures([article("un", a), article("deux", b)]) != []
    a.entity = b.entity = None
    assert compare_figures([article("un", a), article("deux", b)]) == []


def test_seed_corpus_agrees_on_netflix_revenue(seed_articles: list[Any]) -> None:
    rows = compare_figures(seed_articles)
    revenue = [row for row in rows if row.metric == "revenue" and row.entity == "Netflix"]
    assert revenue and all(row.status == "agree" for row in revenue)
    for row in rows:
        by_id = {a.article_id: a.body for a in seed_articles}
        assert by_id[row.article_a][row.start_a : row.end_a] == row.surface_a
        assert by_id[row.article_b][row.start_b : row.end_b] == row.surface_b


def test_repeated_figures_do_not_grow_with_the_square_of_the_corpus() -> None:
    # 400 articles citing the same revenue and 1 citing another: a few agreements and the conflicts, not 80,000 pairs.
    same = [article(f"article {n}", figure("11 milliards de dollars", 11e9)) for n in range(400)]
    rows = compare_figures([*same, article("dissident", figure("9 milliards de dollars", 9e9))])
    statuses = [row.status for row in rows]
    assert statuses.count("agree") == 3  # three representatives of the repeated value, paired
    assert statuses.count("conflict") == 3  # each of them against the dissenting value


@pytest.mark.parametrize(
    ("period_b", "dates", "expected"),
    [
        (None, ("2025-01-20", "2025-07-18"), []),  # two moments of one count: no contradiction
        (None, (None, None), []),  # when is unknown on both sides
        (None, ("2025-07-02", "2025-07-18"), ["conflict"]),  # published the same month
        ("Q2 2025", ("2025-01-20", "2025-07-18"), ["conflict"]),  # both periods stated and the same
    ],
)
def test_figures_that_differ_conflict_only_at_the_same_time(
    period_b: str | None, dates: tuple[str | None, str | None], expected: list[str]
) -> None:
    # Written for this test: a subscriber count cited by two articles.
    a = figure("220 millions d'abonnés", 220e6, "subscribers", "subscribers", kind="count", period=period_b)
    b = figure("238 millions d'abonnés", 238e6, "subscribers", "subscribers", kind="count", period=period_b)
    first, second = article("un", a), article("deux", b)
    first.date, second.date = dates
    assert [row.status for row in compare_figures([first, second])] == expected
    # Equal values agree whenever: nothing is claimed about a disagreement.
    same = article("trois", figure("220 millions", 220e6, "subscribers", "subscribers", kind="count", period=None))
    assert [row.status for row in compare_figures([first, same])] == ["agree"]
