"""Shared page pieces: filtered tables with evidence links and downloads, empty states, counts."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence

import pandas as pd
import streamlit as st

from components import links
from components.filters import Filter
from components.labels import t

MAX_SHOWN = 2000


def add_reader_links(frame: pd.DataFrame, flt: Filter) -> pd.DataFrame:
    """A copy of `frame` with a `link` column opening each row's evidence span in the reader."""
    out = frame.copy()
    out["link"] = [
        links.reader_url(flt, article, start, end)
        for article, start, end in zip(out["article_id"], out["start"], out["end"], strict=True)
    ]
    return out


def _csv(frame: pd.DataFrame) -> Callable[[], str]:
    return lambda: frame.to_csv(index=False)


def _json(frame: pd.DataFrame) -> Callable[[], str]:
    def build() -> str:
        records = json.loads(frame.to_json(orient="records", force_ascii=False, date_format="iso"))
        return json.dumps(records, ensure_ascii=False, indent=1)

    return build


def empty_state(what: str, total: int, flt: Filter) -> None:
    """Say why nothing is shown and how to widen the view."""
    lang = flt.lang
    noun = t(f"what_{what}", lang)
    if total == 0:
        st.info(t("empty_store", lang, what=noun), icon=":material/inventory_2:")
        return
    st.info(
        t("empty_filtered", lang, what=noun, desc=flt.describe()) + "\n\n" + t("empty_widen", lang),
        icon=":material/filter_alt_off:",
    )


def table(
    frame: pd.DataFrame,
    total: int,
    what: str,
    flt: Filter,
    columns: Sequence[str],
    column_config: dict[str, object],
    key: str,
    export_columns: Sequence[str] | None = None,
) -> None:
    """A filtered table: count, rows (with reader links), CSV and JSON downloads of every matching row."""
    lang = flt.lang
    if frame.empty:
        empty_state(what, total, flt)
        return
    shown = add_reader_links(frame.head(MAX_SHOWN), flt) if "start" in frame else frame.head(MAX_SHOWN)
    head = st.container(horizontal=True, vertical_alignment="center")
    head.caption(t("n_of_total", lang, n=len(frame), total=total, what=t(f"what_{what}", lang)))
    export = frame[[c for c in (export_columns or columns) if c in frame and c != "link"]]
    export = export.assign(**{c: export[c].map(list) for c in export.columns if c in ("topics", "aliases")})
    head.download_button(
        t("download_csv", lang),
        _csv(export),
        file_name=f"{what}.csv",
        mime="text/csv",
        icon=":material/download:",
        key=f"{key}_csv",
        on_click="ignore",
    )
    head.download_button(
        t("download_json", lang),
        _json(export),
        file_name=f"{what}.json",
        mime="application/json",
        icon=":material/download:",
        key=f"{key}_json",
        on_click="ignore",
    )
    visible = [c for c in columns if c in shown] + (["link"] if "link" in shown else [])
    config = dict(column_config)
    config["link"] = st.column_config.LinkColumn(t("col_link", lang), display_text=t("link_text", lang), width="small")
    st.dataframe(shown[visible], column_config=config, hide_index=True, key=key, alt=t(f"what_{what}", lang))
