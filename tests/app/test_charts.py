"""The dashboard's charts: axes named, stance colours shared, a readable matrix, a network of the strongest ties."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import altair as alt
import pandas as pd
import pyarrow as pa
from streamlit.testing.v1 import AppTest

from components import charts, links
from tests.app.test_pages import run_app

STANCES = ["pro", "against", "neutral", "mixed"]
AXES = ("Count", "Thing")


def _axis_titles(chart: alt.Chart) -> tuple[str, str]:
    encoding = chart.to_dict()["encoding"]
    return encoding["x"]["title"], encoding["y"]["title"]


def test_every_chart_with_axes_names_them() -> None:
    counts = pd.DataFrame({stance: [1, 2] for stance in STANCES})
    matrix = pd.DataFrame([[1.0, -1.0]], index=["Valmet"], columns=["a1", "a2"])
    drawn = [
        charts.bar(["x", "y"], [1, 2], ["x", "y"], AXES),
        charts.stance_bars(counts, ["Valmet", "Norbus"], {s: s for s in STANCES}, STANCES, AXES),
        charts.timeline(["2025-01", "2025-02"], [3, 4], AXES),
        charts.heatmap(matrix, ["Article one", "Article two"], ["a1", "a2"], {-1.0: "against", 1.0: "pro"}, AXES),
    ]
    assert all(_axis_titles(chart) == AXES for chart in drawn)


def test_a_bar_per_stance_takes_the_stance_colour() -> None:
    chart = charts.bar(
        ["Pour", "Contre"], [3, 1], ["pro", "against"], AXES, [charts.STANCE_COLOURS[s] for s in ("pro", "against")]
    )
    assert chart.data["colour"].tolist() == [charts.STANCE_COLOURS["pro"], charts.STANCE_COLOURS["against"]]
    assert chart.to_dict()["encoding"]["color"]["scale"] is None  # the colour is the one given, not a palette's


def _chart_data(at: AppTest) -> list[pd.DataFrame]:
    """What each Vega-Lite chart of the page was sent, as Streamlit ships it (Arrow datasets beside the spec)."""
    return [
        pa.ipc.open_stream(dataset.data.data).read_pandas()
        for element in at.get("vega_lite_chart")
        for dataset in element.proto.datasets
    ]


def test_the_claims_page_colours_its_stance_chart_like_every_other(app_env: Path) -> None:
    at = run_app({}, links.PAGE_FILES["claims"])
    colours = [frame["colour"].tolist() for frame in _chart_data(at) if "colour" in frame]
    assert [charts.STANCE_COLOURS[s] for s in ("pro", "against", "neutral")] in colours


def test_stacked_stance_bars_use_the_stance_colours_in_stance_order() -> None:
    counts = pd.DataFrame({stance: [1] for stance in STANCES})
    labels = {"pro": "Pour", "against": "Contre", "neutral": "Neutre", "mixed": "Partagé"}
    scale = charts.stance_bars(counts, ["Valmet"], labels, STANCES, AXES).to_dict()["encoding"]["color"]["scale"]
    assert scale == {"domain": list(labels.values()), "range": [charts.STANCE_COLOURS[s] for s in STANCES]}


def test_the_stance_legend_wraps_two_stances_a_row() -> None:
    """Four stance words in one row overflow a chart half the page wide: the legend wraps."""
    counts = pd.DataFrame({stance: [1] for stance in STANCES})
    labels = {"pro": "Pour", "against": "Contre", "neutral": "Neutre", "mixed": "Partagé"}
    legend = charts.stance_bars(counts, ["Valmet"], labels, STANCES, AXES).to_dict()["encoding"]["color"]["legend"]
    assert legend["columns"] == 2 and legend["orient"] == "bottom"


def test_labels_that_shorten_alike_stay_apart() -> None:
    # Written for this test: two titles of one outlet that differ only after the cut.
    shown = charts.distinct(["Valmet Gazette · le plan social", "Valmet Gazette · le plan vert", "Court"], 16)
    assert len(set(shown)) == 3
    assert all(len(label) <= 16 for label in shown)
    assert shown[2] == "Court"


def test_a_matrix_of_many_columns_keeps_one_tick_each_and_shows_whole_labels_on_hover() -> None:
    # Written for this test: forty articles of one outlet whose titles share their first words.
    titles = [f"Valmet Gazette · Le groupe Valmet annonce son plan numéro {index}" for index in range(40)]
    keys = [f"a{index}" for index in range(40)]
    matrix = pd.DataFrame([[0.5] * 40], index=["Valmet"], columns=keys)
    chart = charts.heatmap(matrix, titles, keys, {-1.0: "against", 1.0: "pro"}, AXES)
    ticks = chart.data["column"].tolist()
    assert len(set(ticks)) == 40
    assert all(len(text) <= charts.MATRIX_TICK_CHARS[1] for text in ticks)
    assert chart.data["title"].tolist()[39] == titles[39]
    assert "title" in [tip["field"] for tip in chart.to_dict()["encoding"]["tooltip"]]
    assert chart.to_dict()["encoding"]["x"]["axis"]["labelOverlap"] is False  # Vega would hide most of them


def test_a_matrix_leaves_unmentioned_cells_blank_and_names_its_legend_in_words() -> None:
    matrix = pd.DataFrame([[1.0, float("nan")]], index=["Valmet"], columns=["a1", "a2"])
    words = {-1.0: "contre « vraiment »", 0.0: "neutre", 1.0: "pour"}
    chart = charts.heatmap(matrix, ["Un", "Deux"], ["a1", "a2"], words, AXES)
    assert chart.data["column"].tolist() == ["Un"]
    expression = chart.to_dict()["encoding"]["color"]["legend"]["labelExpr"]
    assert '"contre \\u00ab vraiment \\u00bb"' in expression and '"pour"' in expression


def _layers(chart: alt.LayerChart) -> tuple[pd.DataFrame, pd.DataFrame]:
    ties, circles, _ = chart.layer
    return ties.data, circles.data


def test_the_network_draws_only_the_strongest_ties() -> None:
    # Written for this test: a hub tied to everyone once, and one pair tied in many articles.
    pairs = pd.DataFrame(
        [("Hub", f"Actor {index:02d}", 1) for index in range(60)] + [("Valmet", "Norbus", 9)],
        columns=["a", "b", "articles"],
    )
    sizes = {name: 1.0 for name in {*pairs["a"], *pairs["b"]}}
    lines, nodes = _layers(charts.network(pairs, sizes, ties=10))
    assert len(lines) == 10
    assert lines["width"].max() == lines["width"].iloc[0]  # the strongest tie comes first
    assert {"Valmet", "Norbus", "Hub"} <= set(nodes["key"])
    assert len(nodes) == 12  # the hub, nine of its sixty and the strong pair: no untied stakeholder
    _, again = _layers(charts.network(pairs, sizes, ties=10))
    assert again["x"].tolist() == nodes["x"].tolist()  # the layout is seeded: one link, one drawing


def test_chart_text_is_not_escaped_vega_draws_it_as_text() -> None:
    # Vega draws labels as text and escapes its tooltips: an escape here would read « &quot;Une fois&quot; ».
    assert charts.safe('"Une fois" <b>gras</b>') == '"Une fois" <b>gras</b>'


def test_a_click_hands_back_the_key_of_the_mark(app_env: Path) -> None:
    state: dict[str, Any] = {"selection": {charts.PICK: [{"key": "against"}]}}
    assert charts.clicked(state) == ["against"]
    assert charts.clicked({"selection": {charts.PICK: []}}) == []
    assert charts.clicked(None) == []


def test_stance_bars_show_the_interface_names_and_hand_back_the_stored_ones() -> None:
    counts = pd.DataFrame({stance: [1, 2] for stance in STANCES})
    chart = charts.stance_bars(
        counts, ["the public", "Valmet"], {s: s for s in STANCES}, STANCES, AXES, ["le public", "Valmet"]
    )
    assert set(chart.data["label"]) == {"le public", "Valmet"}
    assert set(chart.data["key"]) == {"the public", "Valmet"}


def test_count_axes_tick_whole_numbers_only() -> None:
    counts = pd.DataFrame({stance: [1] for stance in STANCES})
    axes = [
        charts.bar(["x"], [1], ["x"], AXES).to_dict()["encoding"]["x"]["axis"],
        charts.stance_bars(counts, ["Valmet"], {s: s for s in STANCES}, STANCES, AXES).to_dict()["encoding"]["x"][
            "axis"
        ],
        charts.timeline(["2025-01"], [1], AXES).to_dict()["encoding"]["y"]["axis"],
    ]
    assert all(axis["tickMinStep"] == 1 for axis in axes)
