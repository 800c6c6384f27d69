"""The dashboard's charts: axes named, stance colours shared, a readable matrix, a network of the strongest ties."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
from streamlit.testing.v1 import AppTest

from components import charts, links
from tests.app.test_pages import run_app

STANCES = ["pro", "against", "neutral", "mixed"]
AXES = ("Count", "Thing")


def _axis_titles(fig: go.Figure) -> tuple[str, str]:
    return fig.layout.xaxis.title.text, fig.layout.yaxis.title.text


def test_every_chart_with_axes_names_them() -> None:
    counts = pd.DataFrame({stance: [1, 2] for stance in STANCES})
    matrix = pd.DataFrame([[1.0, -1.0]], index=["Valmet"], columns=["a1", "a2"])
    figures = [
        charts.bar(["x", "y"], [1, 2], ["x", "y"], AXES),
        charts.stance_bars(counts, ["Valmet", "Norbus"], {s: s for s in STANCES}, STANCES, AXES),
        charts.timeline(["2025-01", "2025-02"], [3, 4], AXES),
        charts.heatmap(matrix, ["Article one", "Article two"], ["a1", "a2"], {-1.0: "against", 1.0: "pro"}, AXES),
    ]
    assert all(_axis_titles(fig) == AXES for fig in figures)


def test_a_bar_per_stance_takes_the_stance_colour() -> None:
    fig = charts.bar(
        ["Pour", "Contre"], [3, 1], ["pro", "against"], AXES, [charts.STANCE_COLOURS[s] for s in ("pro", "against")]
    )
    assert list(fig.data[0].marker.color) == [charts.STANCE_COLOURS["pro"], charts.STANCE_COLOURS["against"]]


def _plotly_specs(at: AppTest) -> list[dict[str, object]]:
    return [json.loads(element.proto.spec) for element in at.get("plotly_chart")]


def test_the_claims_page_colours_its_stance_chart_like_every_other(app_env: Path) -> None:
    at = run_app({}, links.PAGE_FILES["claims"])
    colours = [trace["marker"]["color"] for spec in _plotly_specs(at) for trace in spec["data"]]
    assert [charts.STANCE_COLOURS[s] for s in ("pro", "against", "neutral")] in colours


def test_a_matrix_of_many_columns_keeps_one_tick_each_and_shows_whole_labels_on_hover() -> None:
    # Written for this test: forty articles of one outlet whose titles share their first words.
    titles = [f"Valmet Gazette · Le groupe Valmet annonce son plan numéro {index}" for index in range(40)]
    keys = [f"a{index}" for index in range(40)]
    matrix = pd.DataFrame([[0.5] * 40], index=["Valmet"], columns=keys)
    fig = charts.heatmap(matrix, titles, keys, {-1.0: "against", 1.0: "pro"}, AXES)
    assert list(fig.layout.xaxis.tickvals) == list(range(40))
    assert all(len(text) <= charts.MATRIX_TICK_CHARS[1] for text in fig.layout.xaxis.ticktext)
    assert fig.data[0].customdata[0][39][2] == titles[39]
    assert "customdata[2]" in fig.data[0].hovertemplate


def test_the_network_draws_only_the_strongest_ties() -> None:
    # Written for this test: a hub tied to everyone once, and one pair tied in many articles.
    pairs = pd.DataFrame(
        [("Hub", f"Actor {index:02d}", 1) for index in range(60)] + [("Valmet", "Norbus", 9)],
        columns=["a", "b", "articles"],
    )
    sizes = {name: 1.0 for name in {*pairs["a"], *pairs["b"]}}
    fig = charts.network(pairs, sizes, ties=10)
    lines = [trace for trace in fig.data if trace.mode == "lines"]
    nodes = next(trace for trace in fig.data if trace.mode == "markers+text")
    assert len(lines) == 10
    assert max(trace.line.width for trace in lines) == lines[0].line.width  # the strongest tie comes first
    assert {"Valmet", "Norbus", "Hub"} <= set(nodes.customdata)
    assert len(nodes.customdata) == 12  # the hub, nine of its sixty and the strong pair: no untied stakeholder
    again = charts.network(pairs, sizes, ties=10)
    assert list(again.data[-1].x) == list(nodes.x)  # the layout is seeded: one link, one drawing


def test_chart_text_is_escaped_once_and_keeps_its_quotes() -> None:
    # Plotly reads tags but knows no &quot;: a title in quotes must not read « &quot;Une fois&quot; ».
    assert charts.safe('"Une fois" <b>gras</b>') == '"Une fois" &lt;b&gt;gras&lt;/b&gt;'
