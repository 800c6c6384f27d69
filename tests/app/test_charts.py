"""The dashboard's charts: bar tables with named columns, shared stance colours, a readable matrix, rows that
filter when picked, no chart library on a page's first render, and a network of the strongest ties."""

from __future__ import annotations

from pathlib import Path

import altair as alt
import pandas as pd
import pytest

from components import charts, links
from tests.app.test_pages import run_app

STANCES = ["pro", "against", "neutral", "mixed"]
TITLES = ("Thing", "Count")


def _titles(table: charts.BarTable) -> list[str]:
    return [str(column["label"]) for column in table.config.values()]


def _cell_styles(table: charts.BarTable) -> list[str]:
    """The CSS of every cell a Styler paints, as Streamlit sends it."""
    assert isinstance(table.frame, pd.io.formats.style.Styler)
    return [" ".join(f"{k}: {v}" for k, v in props) for props in table.frame._compute().ctx.values()]


def test_every_bar_table_names_its_columns() -> None:
    counts = pd.DataFrame({stance: [1, 2] for stance in STANCES})
    scores = pd.DataFrame([[1.0, -1.0]], index=["Valmet"], columns=["a1", "a2"])
    words = {-1.0: "against", 0.0: "neutral", 1.0: "pro"}
    assert _titles(charts.bars(["x", "y"], [1, 2], ["x", "y"], TITLES)) == list(TITLES)
    assert _titles(charts.timeline(["2025-01", "2025-02"], [3, 4], TITLES)) == list(TITLES)
    assert _titles(
        charts.stance_bars(counts, ["Valmet", "Norbus"], {s: s.upper() for s in STANCES}, STANCES, "Who")
    ) == [
        "Who",
        *[s.upper() for s in STANCES],
    ]
    assert _titles(charts.matrix(scores, ["Article one", "Article two"], ["a1", "a2"], words, "Who"))[0] == "Who"


def test_a_row_per_stance_takes_the_stance_colour() -> None:
    table = charts.bars(
        ["Pour", "Contre"], [3, 1], ["pro", "against"], TITLES, [charts.STANCE_COLOURS[s] for s in ("pro", "against")]
    )
    styles = _cell_styles(table)
    assert [charts.STANCE_COLOURS[s] in " ".join(styles) for s in ("pro", "against")] == [True, True]
    assert table.keys == ["pro", "against"]


def test_the_claims_page_colours_its_stance_rows_like_every_other(app_env: Path) -> None:
    at = run_app({}, links.PAGE_FILES["claims"])
    styles = [
        frame.proto.arrow_data.styler.styles for frame in at.dataframe if frame.proto.arrow_data.HasField("styler")
    ]
    assert any(all(charts.STANCE_COLOURS[s] in css for s in ("pro", "against", "neutral")) for css in styles)


def test_stance_bars_draw_each_stance_in_its_colour_on_one_scale() -> None:
    counts = pd.DataFrame({"pro": [4, 1], "against": [0, 9], "neutral": [1, 1], "mixed": [0, 2]})
    labels = {"pro": "Pour", "against": "Contre", "neutral": "Neutre", "mixed": "Partagé"}
    table = charts.stance_bars(counts, ["the public", "Valmet"], labels, STANCES, "Acteur", ["le public", "Valmet"])
    assert [table.config[s]["type_config"]["color"] for s in STANCES] == [charts.STANCE_COLOURS[s] for s in STANCES]
    assert {table.config[s]["type_config"]["max_value"] for s in STANCES} == {9}  # one scale: bars compare
    assert table.frame["name"].tolist() == ["le public", "Valmet"]  # shown in the interface's words
    assert table.keys == ["the public", "Valmet"]  # handed back as stored


@pytest.mark.parametrize("page", ["overview", "claims", "stakeholders", "figures", "reader"])
def test_no_page_draws_a_vega_lite_chart_on_its_first_render(app_env: Path, page: str) -> None:
    """Vega-Lite's library alone made a shared link's first render a third slower than a bare app's (bench/
    first_render.py): counts are drawn by the data grid every page loads anyway."""
    at = run_app({}, links.PAGE_FILES[page])
    assert not at.exception
    assert not at.get("vega_lite_chart")


def test_labels_that_shorten_alike_stay_apart() -> None:
    # Written for this test: two titles of one outlet that differ only after the cut.
    shown = charts.distinct(["Valmet Gazette · le plan social", "Valmet Gazette · le plan vert", "Court"], 16)
    assert len(set(shown)) == 3
    assert all(len(label) <= 16 for label in shown)
    assert shown[2] == "Court"


def test_a_matrix_of_many_columns_keeps_each_apart_and_shows_whole_labels_on_hover() -> None:
    # Written for this test: forty articles of one outlet whose titles share their first words.
    titles = [f"Valmet Gazette · Le groupe Valmet annonce son plan numéro {index}" for index in range(40)]
    keys = [f"a{index}" for index in range(40)]
    scores = pd.DataFrame([[0.5] * 40], index=["Valmet"], columns=keys)
    table = charts.matrix(scores, titles, keys, {-1.0: "against", 0.0: "neutral", 1.0: "pro"}, "Who")
    headers = [column for column in table.frame.data.columns if column != "name"]
    assert len(set(headers)) == 40
    assert all(len(header) <= 30 for header in headers)
    assert table.config[headers[39]]["help"] == titles[39]
    assert table.config["name"]["pinned"] is True  # the stakeholders stay in view when the matrix scrolls


def test_a_matrix_names_each_cell_by_its_nearest_stance_and_leaves_unmentioned_cells_blank() -> None:
    scores = pd.DataFrame([[0.8, float("nan"), -0.2]], index=["the public"], columns=["a1", "a2", "a3"])
    words = {-1.0: "contre « vraiment »", 0.0: "neutre", 1.0: "pour"}
    table = charts.matrix(scores, ["Un", "Deux", "Trois"], ["a1", "a2", "a3"], words, "Qui", ["le public"])
    assert table.frame.data.iloc[0].tolist() == ["le public", "pour", "", "neutre"]
    assert table.keys == ["the public"]  # a pick hands back the stored name, not the shown one


def test_a_score_is_coloured_deeper_as_it_nears_either_end() -> None:
    assert charts.score_colour(1.0).startswith(f"background-color: {charts.STANCE_COLOURS['pro']}")
    assert charts.score_colour(-1.0).startswith(f"background-color: {charts.STANCE_COLOURS['against']}")
    assert charts.score_colour(0.0).startswith(f"background-color: {charts.BLANK}")
    assert charts.score_colour(float("nan")) == ""
    assert charts.score_colour(0.25) != charts.score_colour(0.75)


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


def test_text_is_not_escaped_the_grid_and_vega_draw_it_as_text() -> None:
    # Both draw labels as text: an escape here would read « &quot;Une fois&quot; ».
    assert charts.safe('"Une fois" <b>gras</b>') == '"Une fois" <b>gras</b>'


def test_a_picked_row_hands_back_its_key() -> None:
    keys = ["pro", "against"]
    assert charts.picked_key({"selection": {"rows": [1], "columns": []}}, keys) == "against"
    assert charts.picked_key({"selection": {"rows": []}}, keys) is None
    assert charts.picked_key({"selection": {"rows": [5]}}, keys) is None  # rows of an older table
    assert charts.picked_key(None, keys) is None


def test_a_short_bar_table_is_no_taller_than_its_rows() -> None:
    assert charts.height(1) < charts.height(3) < charts.height(charts.MAX_ROWS_SHOWN) == charts.height(500)
