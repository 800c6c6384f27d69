"""Plotly figures of the dashboard; every data string goes through `safe` (Plotly reads a few HTML tags)."""

from __future__ import annotations

import html
import math
from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go

STANCE_COLOURS = {"pro": "#2e7d32", "against": "#c62828", "neutral": "#9e9e9e", "mixed": "#f9a825"}
ACCENT = "#3f51b5"


def safe(value: object, limit: int = 60) -> str:
    """Plotly renders <a>, <b>, <br> in labels: escape data so it stays text, and keep labels short."""
    text = " ".join(str(value if value is not None else "").split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return html.escape(text, quote=True)


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


def bar(labels: Sequence[str], values: Sequence[float], keys: Sequence[str], horizontal: bool = True) -> go.Figure:
    """One bar per label; `keys` (the raw values) ride in customdata so a click tells which one was chosen."""
    shown = [safe(label) for label in labels]
    trace = (
        go.Bar(x=list(values), y=shown, orientation="h", customdata=list(keys), marker_color=ACCENT)
        if horizontal
        else go.Bar(x=shown, y=list(values), customdata=list(keys), marker_color=ACCENT)
    )
    fig = go.Figure(trace)
    if horizontal:
        fig.update_yaxes(autorange="reversed")
    return _layout(fig, max(220, 28 * len(labels) + 60) if horizontal else 320)


def stance_bars(
    counts: pd.DataFrame, names: Sequence[str], stance_labels: dict[str, str], stances: Sequence[str]
) -> go.Figure:
    """Stacked horizontal bars: how many articles show each stakeholder pro, against, neutral, mixed."""
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
    return _layout(fig, max(240, 26 * len(names) + 80), barmode="stack")


def timeline(months: Sequence[str], counts: Sequence[int]) -> go.Figure:
    fig = go.Figure(go.Bar(x=[safe(m) for m in months], y=list(counts), customdata=list(months), marker_color=ACCENT))
    fig.update_xaxes(type="category")
    return _layout(fig, 260)


def heatmap(
    matrix: pd.DataFrame, column_labels: Sequence[str], column_keys: Sequence[str], colourscale_labels: dict[float, str]
) -> go.Figure:
    """Stakeholder x (article|topic) stance scores from -1 (against) to +1 (pro); blank where not mentioned."""
    rows = list(matrix.index)
    z = matrix.to_numpy(dtype=float)
    customdata = [[[row, key] for key in column_keys] for row in rows]
    fig = go.Figure(
        go.Heatmap(
            z=z,
            x=[safe(label, 30) for label in column_labels],
            y=[safe(row) for row in rows],
            customdata=customdata,
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
    fig.update_xaxes(type="category", tickangle=-30)
    return _layout(fig, max(300, 26 * len(rows) + 140))


def network(pairs: pd.DataFrame, sizes: dict[str, float]) -> go.Figure:
    """Stakeholders on a circle, a line for each pair mentioned in the same article (width ~ articles)."""
    names = sorted(sizes)
    angle = {name: 2 * math.pi * index / max(1, len(names)) for index, name in enumerate(names)}
    position = {name: (math.cos(a), math.sin(a)) for name, a in angle.items()}
    fig = go.Figure()
    most = max([1, *pairs["articles"].tolist()]) if not pairs.empty else 1
    for row in pairs.itertuples(index=False):
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
        marker={"size": [12 + 28 * sizes[name] / biggest for name in names], "color": ACCENT},
        hovertemplate="%{text}<extra></extra>",
        showlegend=False,
    )
    fig.update_xaxes(visible=False, range=[-1.4, 1.4])
    fig.update_yaxes(visible=False, range=[-1.3, 1.3], scaleanchor="x")
    return _layout(fig, 520)


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
