"""Plotly figures of the dashboard; every data string goes through `safe` (Plotly reads a few HTML tags)."""

from __future__ import annotations

import html
from collections.abc import Sequence

import networkx as nx
import pandas as pd
import plotly.graph_objects as go

STANCE_COLOURS = {"pro": "#2e7d32", "against": "#c62828", "neutral": "#9e9e9e", "mixed": "#f9a825"}
ACCENT = "#3f51b5"


def safe(value: object, limit: int = 60) -> str:
    """Plotly renders <a>, <b>, <br> in labels: escape data so it stays text, and keep labels short. Quotes stay
    as they are: Plotly's text knows no &quot; and would show it as written."""
    text = " ".join(str(value if value is not None else "").split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return html.escape(text, quote=False)


def _layout(fig: go.Figure, height: int, **extra: object) -> go.Figure:
    fig.update_layout(
        height=height,
        margin={"l": 10, "r": 10, "t": 10, "b": 10},
        clickmode="event+select",
        dragmode=False,
        legend={"orientation": "h", "y": -0.15},
        **extra,
    )
    return fig


def _titled(fig: go.Figure, x_title: str, y_title: str) -> go.Figure:
    """Every chart names what its axes measure (in the interface language)."""
    fig.update_xaxes(title_text=safe(x_title))
    fig.update_yaxes(title_text=safe(y_title))
    return fig


def bar(
    labels: Sequence[str],
    values: Sequence[float],
    keys: Sequence[str],
    axes: tuple[str, str],
    colours: Sequence[str] | None = None,
) -> go.Figure:
    """One horizontal bar per label; `keys` (the raw values) ride in customdata so a click tells which one was
    chosen. `axes` names the value axis and the label axis; `colours` gives each bar its own (stances)."""
    shown = [safe(label) for label in labels]
    colour = list(colours) if colours is not None else ACCENT
    fig = go.Figure(go.Bar(x=list(values), y=shown, orientation="h", customdata=list(keys), marker_color=colour))
    fig.update_yaxes(autorange="reversed")
    return _layout(_titled(fig, *axes), max(240, 28 * len(labels) + 90))


def stance_bars(
    counts: pd.DataFrame,
    names: Sequence[str],
    stance_labels: dict[str, str],
    stances: Sequence[str],
    axes: tuple[str, str],
) -> go.Figure:
    """Stacked horizontal bars: how many articles show each stakeholder pro, against, neutral, mixed; `axes`
    names the count axis and the stakeholder axis."""
    fig = go.Figure()
    shown = [safe(name) for name in names]
    for stance in stances:
        fig.add_bar(
            x=counts[stance].tolist(),
            y=shown,
            orientation="h",
            name=safe(stance_labels[stance]),
            marker_color=STANCE_COLOURS[stance],
            customdata=[[name, stance] for name in names],
        )
    fig.update_yaxes(autorange="reversed")
    return _layout(_titled(fig, *axes), max(260, 26 * len(names) + 110), barmode="stack")


def timeline(months: Sequence[str], counts: Sequence[int], axes: tuple[str, str]) -> go.Figure:
    """Articles per month; `axes` names the month axis and the count axis."""
    fig = go.Figure(go.Bar(x=[safe(m) for m in months], y=list(counts), customdata=list(months), marker_color=ACCENT))
    fig.update_xaxes(type="category")
    return _layout(_titled(fig, *axes), 280)


MATRIX_TICK_CHARS = (30, 16)  # a column label's length on the axis, with few columns and with many
MATRIX_MANY_COLUMNS = 12


def heatmap(
    matrix: pd.DataFrame,
    column_labels: Sequence[str],
    column_keys: Sequence[str],
    colourscale_labels: dict[float, str],
    axes: tuple[str, str],
) -> go.Figure:
    """Stakeholder x (article|topic) stance scores from -1 (against) to +1 (pro); blank where not mentioned.
    Column labels are cut short on the axis (shorter and steeper when there are many), and a hover shows the
    whole stakeholder, column and score; `axes` names the column axis and the stakeholder axis."""
    rows = list(matrix.index)
    z = matrix.to_numpy(dtype=float)
    customdata = [
        [[row, key, safe(label, 200)] for key, label in zip(column_keys, column_labels, strict=True)] for row in rows
    ]
    many = len(column_labels) > MATRIX_MANY_COLUMNS
    positions = list(range(len(column_labels)))  # not the labels: two columns with one short label stay two
    fig = go.Figure(
        go.Heatmap(
            z=z,
            x=positions,
            y=[safe(row) for row in rows],
            customdata=customdata,
            hovertemplate="%{y}<br>%{customdata[2]}<br>%{z:.2f}<extra></extra>",
            zmin=-1,
            zmax=1,
            colorscale=[[0, STANCE_COLOURS["against"]], [0.5, "#f5f5f5"], [1, STANCE_COLOURS["pro"]]],
            colorbar={
                "tickvals": list(colourscale_labels),
                "ticktext": [safe(text) for text in colourscale_labels.values()],
            },
            hoverongaps=False,
            xgap=1,
            ygap=1,
        )
    )
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(
        tickmode="array",
        tickvals=positions,
        ticktext=[safe(label, MATRIX_TICK_CHARS[many]) for label in column_labels],
        tickangle=-60 if many else -30,
    )
    return _layout(_titled(fig, *axes), max(320, 26 * len(rows) + (220 if many else 160)))


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


def network(pairs: pd.DataFrame, sizes: dict[str, float], ties: int = NETWORK_TIES) -> go.Figure:
    """The strongest ties between stakeholders mentioned in the same articles (line width ~ articles), laid out by
    force (networkx's spring layout weighted by shared articles: strong ties pull close); a stakeholder with no
    drawn tie stays out."""
    kept = strongest_ties(pairs, ties)
    graph = nx.Graph()
    graph.add_weighted_edges_from(kept[["a", "b", "articles"]].itertuples(index=False, name=None))
    names = sorted(graph.nodes)
    position = _layout_by_component(graph)
    fig = go.Figure()
    most = max([1, *kept["articles"].tolist()])
    for row in kept.itertuples(index=False):
        (x0, y0), (x1, y1) = position[row.a], position[row.b]
        fig.add_scatter(
            x=[x0, x1],
            y=[y0, y1],
            mode="lines",
            line={"width": 1 + 5 * row.articles / most, "color": "rgba(63,81,181,0.35)"},
            hoverinfo="skip",
            showlegend=False,
        )
    biggest = max([1.0, *sizes.values()])
    fig.add_scatter(
        x=[position[name][0] for name in names],
        y=[position[name][1] for name in names],
        mode="markers+text",
        text=[safe(name, 30) for name in names],
        textposition="top center",
        customdata=names,
        marker={"size": [12 + 28 * sizes.get(name, 0.0) / biggest for name in names], "color": ACCENT},
        hovertemplate="%{text}<extra></extra>",
        showlegend=False,
    )
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False, scaleanchor="x")
    return _layout(fig, 560)


def clicked(state: object, index: int = 0) -> list[object]:
    """The customdata of the points selected in a chart's on_select state (empty when nothing is)."""
    try:
        points = state["selection"]["points"]  # type: ignore[index]
    except (KeyError, TypeError):
        return []
    values = []
    for point in points:
        data = point.get("customdata")
        if isinstance(data, list):
            data = data[index] if len(data) > index else None
        if data is not None:
            values.append(data)
    return values
