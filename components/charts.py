"""The dashboard's charts. Counts are bar tables: one row per thing with its count drawn as a bar in the cell, and a
picked row filters every view. The data grid that draws them is loaded by every page already, where a Vega-Lite
chart adds its library to a shared link's first render (bench/first_render.py). The co-mention network, drawn only
when its expander is opened, is Vega-Lite (through Altair)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pandas as pd
import streamlit as st

if TYPE_CHECKING:  # imported where they are used: a page's first render needs none of them (about a second)
    import altair as alt
    import networkx as nx
    from pandas.io.formats.style import Styler

STANCE_COLOURS = {"pro": "#2e7d32", "against": "#c62828", "neutral": "#9e9e9e", "mixed": "#f9a825"}
ACCENT = "#3f51b5"
BLANK = "#f5f5f5"  # the matrix's colour for a score of 0, between against and pro
ROW_PX = 35  # the grid's row (and header) height: a short table is drawn no taller than its rows
MAX_ROWS_SHOWN = 12  # past this many rows, a bar table scrolls


@dataclass(frozen=True)
class BarTable:
    """What a bar table draws: the rows (`frame`, or a Styler over them for coloured cells), the grid's column
    settings, and each row's stored value (`keys`), handed back when the row is picked."""

    frame: pd.DataFrame | Styler
    config: dict[str, Any]
    keys: list[str] = field(default_factory=list)


def safe(value: object, limit: int = 60) -> str:
    """A data string on one line and at most `limit` characters. The grid and Vega draw text as text, so nothing
    is escaped here (an escape would show as « &lt; »)."""
    text = " ".join(str(value if value is not None else "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def distinct(labels: Sequence[object], limit: int = 60) -> list[str]:
    """Labels shortened to `limit` characters and kept apart: a table's columns and a chart's marks need distinct
    labels, so two labels that shorten alike get a number (« Le groupe… (2) ») instead of being drawn as one."""
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


def bar_column(title: str, most: float, colour: str = ACCENT, width: str = "medium") -> Any:
    """A column of counts drawn as bars on one scale (0 to the largest count of the table), the count beside."""
    return st.column_config.ProgressColumn(
        title, min_value=0, max_value=max(1.0, float(most)), format="%d", color=colour, width=width
    )


def bars(
    labels: Sequence[str],
    values: Sequence[float],
    keys: Sequence[str],
    titles: tuple[str, str],
    colours: Sequence[str] | None = None,
) -> BarTable:
    """One row per label, in the given order, its value drawn as a bar; picking a row hands back its key (the
    stored value). `titles` names the label column and the value column; `colours` gives each label its own
    (stances), drawn as the label cell's colour."""
    label_title, value_title = titles
    frame = pd.DataFrame({"label": distinct(labels), "value": list(values)})
    config = {"label": st.column_config.TextColumn(label_title), "value": bar_column(value_title, max([0, *values]))}
    shown: pd.DataFrame | Styler = frame
    if colours is not None:
        painted = [f"background-color: {colour}; color: white" for colour in colours]
        shown = frame.style.apply(lambda _column: painted, subset=["label"])
    return BarTable(shown, config, [str(key) for key in keys])


def stance_bars(
    counts: pd.DataFrame,
    names: Sequence[str],
    stance_labels: dict[str, str],
    stances: Sequence[str],
    name_title: str,
    shown_names: Sequence[str] | None = None,
) -> BarTable:
    """One row per stakeholder, one bar column per stance in its stance colour: in how many articles each is pro,
    against, neutral, mixed, all on one scale. Picking a row hands back the stakeholder; `shown_names` are the
    stakeholders as the interface shows them (their names by default)."""
    frame = pd.DataFrame({"name": distinct(shown_names if shown_names is not None else names, 40)})
    for stance in stances:
        frame[stance] = counts[stance].astype(int).tolist()
    most = max([0, *frame[list(stances)].to_numpy().ravel().tolist()])
    config = {"name": st.column_config.TextColumn(name_title, pinned=True), **stance_columns(stance_labels, most)}
    return BarTable(frame, config, [str(name) for name in names])


def stance_columns(stance_labels: dict[str, str], most: float) -> dict[str, Any]:
    """The grid settings of one column of counts per stance (keyed by stance, titled by `stance_labels`): narrow
    bars in the stance's colour, all on one scale up to `most`."""
    return {stance: bar_column(label, most, STANCE_COLOURS[stance], "small") for stance, label in stance_labels.items()}


def timeline(months: Sequence[str], counts: Sequence[int], titles: tuple[str, str]) -> BarTable:
    """Articles per month, one row each, in order; `titles` names the month column and the count column."""
    month_title, count_title = titles
    frame = pd.DataFrame({"month": [safe(month) for month in months], "n": list(counts)})
    return BarTable(
        frame, {"month": st.column_config.TextColumn(month_title), "n": bar_column(count_title, max([0, *counts]))}
    )


def _mix(start: str, end: str, share: float) -> str:
    """The colour `share` of the way from `start` to `end` (both #rrggbb)."""
    low, high = (tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5)) for colour in (start, end))
    return "#" + "".join(f"{round(a + (b - a) * share):02x}" for a, b in zip(low, high, strict=True))


def score_colour(score: float) -> str:
    """A stance score from -1 (against) through 0 (neutral) to +1 (pro) as a cell colour, deeper as it nears ±1."""
    if pd.isna(score):
        return ""
    end = STANCE_COLOURS["pro"] if score > 0 else STANCE_COLOURS["against"]
    fill = _mix(BLANK, end, min(1.0, abs(float(score))))
    ink = "white" if abs(score) > 0.5 else "black"
    return f"background-color: {fill}; color: {ink}"


def score_word(score: float, words: dict[float, str]) -> str:
    """The interface's word for the stance value nearest to a score (blank where the stakeholder is not seen)."""
    if pd.isna(score):
        return ""
    return words[min(words, key=lambda value: abs(value - score))]


def matrix(
    scores: pd.DataFrame,
    column_labels: Sequence[str],
    column_keys: Sequence[str],
    words: dict[float, str],
    row_title: str,
    row_labels: Sequence[str] | None = None,
) -> BarTable:
    """Stakeholder x (article|topic) stance scores from -1 (against) to +1 (pro), each cell the nearest stance's
    word on a colour as deep as the score; blank where not mentioned. Column headers are cut short and show the
    whole label on hover; the stakeholder column stays in view when the matrix scrolls sideways; picking a row
    hands back the stakeholder. `row_labels` are the stakeholders as the interface shows them."""
    headers = distinct(column_labels, 30)
    rows = list(scores.index)
    frame = pd.DataFrame({"name": distinct(row_labels if row_labels is not None else rows, 40)})
    values = pd.DataFrame({header: scores[key].tolist() for header, key in zip(headers, column_keys, strict=True)})
    shown = pd.concat([frame, values.map(lambda score: score_word(score, words))], axis=1)
    colours = pd.concat([frame.map(lambda _name: ""), values.map(score_colour)], axis=1)
    config: dict[str, Any] = {"name": st.column_config.TextColumn(row_title, pinned=True)}
    for header, label in zip(headers, column_labels, strict=True):
        config[header] = st.column_config.TextColumn(header, help=safe(label, 200), width="small")
    return BarTable(shown.style.apply(lambda _frame: colours, axis=None), config, [str(row) for row in rows])


def height(rows: int) -> int:
    """Pixels for a bar table of `rows` rows: the header, the rows up to MAX_ROWS_SHOWN (past that it scrolls),
    the borders."""
    return ROW_PX * (1 + max(1, min(rows, MAX_ROWS_SHOWN))) + 3


def show(table: BarTable, key: str, on_pick: Callable[[str], None] | None = None) -> None:
    """Draw a bar table (no taller than its rows, up to MAX_ROWS_SHOWN); with `on_pick`, picking a row calls it
    with the row's key before the page runs again."""
    selection: dict[str, Any] = {}
    if on_pick is not None:
        keys, pick = table.keys, on_pick

        def picked() -> None:
            key_of_row = picked_key(st.session_state.get(key), keys)
            if key_of_row is not None:
                pick(key_of_row)

        selection = {"on_select": picked, "selection_mode": "single-row"}
    rows = len(table.frame.index)  # a Styler keeps its frame's index
    st.dataframe(table.frame, column_config=table.config, hide_index=True, key=key, height=height(rows), **selection)


def picked_key(state: object, keys: Sequence[str]) -> str | None:
    """The key of the row picked in a bar table's selection state (None when no row is)."""
    try:
        rows = state["selection"]["rows"]  # type: ignore[index]
    except (KeyError, TypeError):
        return None
    return keys[rows[0]] if rows and 0 <= rows[0] < len(keys) else None


NETWORK_TIES = 30  # the strongest ties drawn: more make a hairball nobody can read


def strongest_ties(pairs: pd.DataFrame, ties: int = NETWORK_TIES) -> pd.DataFrame:
    """The `ties` pairs that share the most articles (ties broken by name, so the drawing is stable)."""
    return pairs.sort_values(["articles", "a", "b"], ascending=[False, True, True]).head(ties)


def _layout_by_component(graph: nx.Graph) -> dict[str, tuple[float, float]]:
    """Each connected group laid out on its own by force (weighted spring layout, seeded), side by side, largest
    first, each as wide as its size calls for: one layout of the whole graph flings the small groups to the edges
    and squeezes the main one into a corner."""
    import networkx as nx

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
    import altair as alt
    import networkx as nx

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
