"""Vega-Lite charts of the dashboard (through Altair): named axes, shared stance colours, clicks that filter."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

import altair as alt
import networkx as nx
import pandas as pd

STANCE_COLOURS = {"pro": "#2e7d32", "against": "#c62828", "neutral": "#9e9e9e", "mixed": "#f9a825"}
ACCENT = "#3f51b5"
PICK = "pick"  # the selection every clickable chart declares; a click hands back the row's "key"
BAR_STEP = 24  # pixels per bar or matrix row: the chart grows with its rows instead of squeezing them


def _count_axis() -> alt.Axis:
    """An axis of counts: whole numbers only (no tick at 0.5 article)."""
    return alt.Axis(tickMinStep=1, format="d")


def safe(value: object, limit: int = 60) -> str:
    """A data string on one line and at most `limit` characters. Vega draws text as text and its tooltips escape
    HTML, so nothing is escaped here (an escape would show as « &lt; »)."""
    text = " ".join(str(value if value is not None else "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def distinct(labels: Sequence[object], limit: int = 60) -> list[str]:
    """Labels shortened to `limit` characters and kept apart: a chart draws one bar or column per distinct label,
    so two labels that shorten alike get a number (« Le groupe… (2) ») instead of being drawn as one."""
    shown: list[str] = []
    seen: dict[str, int] = {}
    for label in labels:
        text = safe(label, limit)
        seen[text] = seen.get(text, 0) + 1
        if seen[text] > 1:
            suffix = f" ({seen[text]})"
            text = safe(label, max(1, limit - len(suffix))) + suffix
        shown.append(text)
    return shown


def _pick() -> alt.Parameter:
    return alt.selection_point(name=PICK, fields=["key"])


def bar(
    labels: Sequence[str],
    values: Sequence[float],
    keys: Sequence[str],
    axes: tuple[str, str],
    colours: Sequence[str] | None = None,
) -> alt.Chart:
    """One horizontal bar per label, in the given order; a click hands back the bar's key (the raw value). `axes`
    names the value axis and the label axis; `colours` gives each bar its own (stances)."""
    value_title, label_title = axes
    frame = pd.DataFrame({"label": distinct(labels), "value": list(values), "key": list(keys)})
    colour: alt.Color | alt.ColorValue = alt.value(ACCENT)
    if colours is not None:
        frame["colour"] = list(colours)
        colour = alt.Color("colour:N", scale=None, legend=None)
    return (
        alt.Chart(frame, height=alt.Step(BAR_STEP))
        .mark_bar()
        .encode(
            x=alt.X("value:Q", title=value_title, axis=_count_axis()),
            y=alt.Y("label:N", title=label_title, sort=None),
            color=colour,
            tooltip=[alt.Tooltip("label:N", title=label_title), alt.Tooltip("value:Q", title=value_title)],
        )
        .add_params(_pick())
    )


def stance_bars(
    counts: pd.DataFrame,
    names: Sequence[str],
    stance_labels: dict[str, str],
    stances: Sequence[str],
    axes: tuple[str, str],
    shown_names: Sequence[str] | None = None,
) -> alt.Chart:
    """Stacked horizontal bars: how many articles show each stakeholder pro, against, neutral, mixed (a click hands
    back the stakeholder); `axes` names the count axis and the stakeholder axis, `shown_names` the stakeholders
    as the interface shows them (their names by default)."""
    count_title, name_title = axes
    shown = distinct(shown_names if shown_names is not None else names)
    rows = [
        {"label": label, "key": name, "stance": stance_labels[stance], "order": order, "n": int(count)}
        for order, stance in enumerate(stances)
        for name, label, count in zip(names, shown, counts[stance].tolist(), strict=True)
    ]
    # Two stances a row: in one row, the four words overflowed a half-width chart and « mixed » was cut off.
    legend = alt.Legend(orient="bottom", title=None, columns=2)
    scale = alt.Scale(domain=[stance_labels[s] for s in stances], range=[STANCE_COLOURS[s] for s in stances])
    return (
        alt.Chart(pd.DataFrame(rows), height=alt.Step(BAR_STEP))
        .mark_bar()
        .encode(
            x=alt.X("n:Q", title=count_title, stack="zero", axis=_count_axis()),
            y=alt.Y("label:N", title=name_title, sort=shown),
            color=alt.Color("stance:N", scale=scale, legend=legend),
            order=alt.Order("order:Q"),
            tooltip=[alt.Tooltip("label:N", title=name_title), "stance:N", alt.Tooltip("n:Q", title=count_title)],
        )
        .add_params(_pick())
    )


def timeline(months: Sequence[str], counts: Sequence[int], axes: tuple[str, str]) -> alt.Chart:
    """Articles per month, one bar each, in order; `axes` names the month axis and the count axis."""
    month_title, count_title = axes
    frame = pd.DataFrame({"month": [safe(month) for month in months], "n": list(counts)})
    return (
        alt.Chart(frame, height=280)
        .mark_bar(color=ACCENT)
        .encode(
            x=alt.X("month:O", title=month_title, axis=alt.Axis(labelAngle=0)),
            y=alt.Y("n:Q", title=count_title, axis=_count_axis()),
            tooltip=[alt.Tooltip("month:O", title=month_title), alt.Tooltip("n:Q", title=count_title)],
        )
    )


MATRIX_TICK_CHARS = (30, 16)  # a column label's length on the axis, with few columns and with many
MATRIX_MANY_COLUMNS = 12


def _column_axis(many: bool) -> alt.Axis:
    """Every column keeps its label: Vega hides labels that would overlap, which left one tick in ten at thirty
    articles; steep and small, thirty short labels fit a half-page matrix."""
    return alt.Axis(labelAngle=-60 if many else -30, labelOverlap=False, labelFontSize=9 if many else 11)


def _legend_words(words: dict[float, str]) -> str:
    """A Vega expression naming the legend's ticks (« against », « neutral », « pro ») by their value. The words
    are the interface's own, written as JSON strings so no quote in a translation can end the expression."""
    expression = "''"
    for value, word in sorted(words.items(), reverse=True):
        expression = f"datum.value == {value} ? {json.dumps(word)} : {expression}"
    return expression


def heatmap(
    matrix: pd.DataFrame,
    column_labels: Sequence[str],
    column_keys: Sequence[str],
    colourscale_labels: dict[float, str],
    axes: tuple[str, str],
    row_labels: Sequence[str] | None = None,
) -> alt.Chart:
    """Stakeholder x (article|topic) stance scores from -1 (against) to +1 (pro); blank where not mentioned.
    Column labels are cut short on the axis (shorter and steeper when there are many), a hover shows the whole
    stakeholder, column and score, and a click hands back the stakeholder; `axes` names the column axis and the
    stakeholder axis, `row_labels` the stakeholders as the interface shows them (their names by default)."""
    column_title, row_title = axes
    many = len(column_labels) > MATRIX_MANY_COLUMNS
    ticks = distinct(column_labels, MATRIX_TICK_CHARS[many])
    rows = list(matrix.index)
    shown_rows = distinct(row_labels if row_labels is not None else rows)
    cells = [
        {"row": shown_row, "key": row, "column": tick, "title": safe(label, 200), "score": float(score)}
        for row, shown_row in zip(rows, shown_rows, strict=True)
        for key, label, tick in zip(column_keys, column_labels, ticks, strict=True)
        if pd.notna(score := matrix.at[row, key])
    ]
    scale = alt.Scale(
        domain=[-1, 0, 1], range=[STANCE_COLOURS["against"], "#f5f5f5", STANCE_COLOURS["pro"]], type="linear"
    )
    legend = alt.Legend(title=None, values=sorted(colourscale_labels), labelExpr=_legend_words(colourscale_labels))
    return (
        alt.Chart(pd.DataFrame(cells, columns=["row", "key", "column", "title", "score"]), height=alt.Step(BAR_STEP))
        .mark_rect(stroke="white", strokeWidth=1)
        .encode(
            x=alt.X("column:N", title=column_title, sort=ticks, axis=_column_axis(many)),
            y=alt.Y("row:N", title=row_title, sort=shown_rows),
            color=alt.Color("score:Q", scale=scale, legend=legend),
            tooltip=[
                alt.Tooltip("row:N", title=row_title),
                alt.Tooltip("title:N", title=column_title),
                alt.Tooltip("score:Q", format=".2f"),
            ],
        )
        .add_params(_pick())
    )


NETWORK_TIES = 30  # the strongest ties drawn: more make a hairball nobody can read


def strongest_ties(pairs: pd.DataFrame, ties: int = NETWORK_TIES) -> pd.DataFrame:
    """The `ties` pairs that share the most articles (ties broken by name, so the drawing is stable)."""
    return pairs.sort_values(["articles", "a", "b"], ascending=[False, True, True]).head(ties)


def _layout_by_component(graph: nx.Graph) -> dict[str, tuple[float, float]]:
    """Each connected group laid out on its own by force (weighted spring layout, seeded), side by side, largest
    first, each as wide as its size calls for: one layout of the whole graph flings the small groups to the edges
    and squeezes the main one into a corner."""
    position: dict[str, tuple[float, float]] = {}
    left = 0.0
    for group in sorted(nx.connected_components(graph), key=lambda nodes: (-len(nodes), sorted(nodes))):
        radius = max(1, len(group)) ** 0.5
        placed = nx.spring_layout(graph.subgraph(group), weight="weight", seed=7, scale=radius, center=(0, 0))
        for name, (x, y) in placed.items():
            position[name] = (left + radius + float(x), float(y))
        left += 2 * radius + 1
    return position


def network(
    pairs: pd.DataFrame, sizes: dict[str, float], ties: int = NETWORK_TIES, words: Mapping[str, str] | None = None
) -> alt.LayerChart:
    """The strongest ties between stakeholders mentioned in the same articles (line width ~ articles), laid out by
    force (networkx's spring layout weighted by shared articles: strong ties pull close); a stakeholder with no
    drawn tie stays out. Layers: the ties, then the stakeholders (circle ~ mentions), then their names (`words`:
    a stakeholder's name as the interface shows it)."""
    words = words or {}
    kept = strongest_ties(pairs, ties)
    graph = nx.Graph()
    graph.add_weighted_edges_from(kept[["a", "b", "articles"]].itertuples(index=False, name=None))
    position = _layout_by_component(graph)
    most = max([1, *kept["articles"].tolist()])
    lines = pd.DataFrame(
        [
            {
                "x": position[row.a][0],
                "y": position[row.a][1],
                "x2": position[row.b][0],
                "y2": position[row.b][1],
                "width": 1 + 5 * row.articles / most,
                "articles": int(row.articles),
            }
            for row in kept.itertuples(index=False)
        ],
        columns=["x", "y", "x2", "y2", "width", "articles"],
    )
    biggest = max([1.0, *sizes.values()])
    names = sorted(graph.nodes)
    nodes = pd.DataFrame(
        {
            "key": names,
            "label": [safe(words.get(name, name), 30) for name in names],
            "x": [position[name][0] for name in names],
            "y": [position[name][1] for name in names],
            "size": [(12 + 28 * sizes.get(name, 0.0) / biggest) ** 2 for name in names],  # area, in pixels²
        }
    )
    x = alt.X("x:Q", axis=None, scale=alt.Scale(zero=False, nice=False))
    y = alt.Y("y:Q", axis=None, scale=alt.Scale(zero=False, nice=False))
    ties_layer = (
        alt.Chart(lines)
        .mark_rule(color="rgba(63,81,181,0.35)")
        .encode(x=x, y=y, x2="x2:Q", y2="y2:Q", strokeWidth=alt.StrokeWidth("width:Q", scale=None, legend=None))
    )
    circles = (
        alt.Chart(nodes)
        .mark_circle(color=ACCENT, opacity=0.9)
        .encode(x=x, y=y, size=alt.Size("size:Q", scale=None, legend=None), tooltip=[alt.Tooltip("label:N")])
    )
    words = alt.Chart(nodes).mark_text(dy=-16, fontSize=11).encode(x=x, y=y, text="label:N")
    return alt.layer(ties_layer, circles, words, height=560)


def clicked(state: object) -> list[object]:
    """The keys of the marks selected in a chart's on_select state (empty when nothing is)."""
    try:
        points = state["selection"][PICK]  # type: ignore[index]
    except (KeyError, TypeError):
        return []
    return [point["key"] for point in points or [] if isinstance(point, dict) and point.get("key") is not None]
