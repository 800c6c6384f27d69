"""Shared page pieces: filtered tables with evidence links and downloads, empty states, counts."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd
import streamlit as st

from components import data, links
from components.filters import Filter
from components.labels import coded, counted, has_label, none_of, singular, t
from newsclaims.records import ARTICLE_VOICE


def add_reader_links(frame: pd.DataFrame, flt: Filter) -> pd.DataFrame:
    """A copy of `frame` with a `link` column opening each row's evidence span in the reader."""
    out = frame.copy()
    out["link"] = [
        links.reader_url(flt, article, start, end)
        for article, start, end in zip(out["article_id"], out["start"], out["end"], strict=True)
    ]
    return out


def csv_text(frame: pd.DataFrame) -> str:
    """The rows as CSV; a list cell (topics, aliases) is its items joined by « ; », not a Python list."""
    lists = [c for c in frame.columns if frame[c].map(lambda v: isinstance(v, list | tuple)).any()]
    joined = {c: frame[c].map(lambda v: "; ".join(map(str, v)) if isinstance(v, list | tuple) else v) for c in lists}
    return frame.assign(**joined).to_csv(index=False)


def _export_frame(rows: data.Rows, columns: Sequence[str]) -> pd.DataFrame:
    frame = rows.export()
    frame = frame[[c for c in columns if c in frame]]
    return frame.assign(**{c: frame[c].map(list) for c in frame.columns if c in ("topics", "aliases")})


def _csv(rows: data.Rows, columns: Sequence[str]) -> Callable[[], str]:
    # Built when the button is clicked, not on every run: the rows are queried then.
    return lambda: csv_text(_export_frame(rows, columns))


def _json(rows: data.Rows, columns: Sequence[str]) -> Callable[[], str]:
    def build() -> str:
        frame = _export_frame(rows, columns)
        records = json.loads(frame.to_json(orient="records", force_ascii=False, date_format="iso"))
        return json.dumps(records, ensure_ascii=False, indent=1)

    return build


def empty_state(what: str, total: int, flt: Filter, missing: str | None = None, matching: int = 0) -> None:
    """Say why nothing is shown and how to widen the view: the store holds none, or `matching` rows match but lack
    the `missing` field a chart is drawn from (« 5 articles match, but none has a date »), or the filters."""
    lang = flt.lang
    if total == 0:
        st.info(t("empty_store", lang, none=none_of(what, lang)), icon=":material/inventory_2:")
        return
    if missing is not None and matching > 0:
        label = "empty_missing_one" if singular(matching, lang) else "empty_missing"
        field = t(f"field_{missing}", lang)
        st.info(t(label, lang, n=matching, what=counted(what, matching, lang), field=field), icon=":material/info:")
        return
    st.info(
        t("empty_filtered", lang, none=none_of(what, lang, capitalised=True), desc=flt.describe(data.words(lang)))
        + "\n\n"
        + t("empty_widen", lang),
        icon=":material/filter_alt_off:",
    )


def page_key(key: str) -> str:
    """The URL parameter of a table's page number."""
    return f"{key}_page"


def table(
    rows: data.Rows,
    total: int,
    what: str,
    flt: Filter,
    columns: Sequence[str],
    column_config: dict[str, object],
    key: str,
    export_columns: Sequence[str] | None = None,
    shown_as: Callable[[pd.DataFrame], pd.DataFrame] | None = None,
    empty_reason: str | None = None,
) -> None:
    """A table of the rows that match, PAGE_SIZE at a time (the page number is a URL parameter, so a link opens
    the same page): count, rows with reader links, CSV and JSON downloads of every matching row. `shown_as`
    turns the rows on screen into what is shown (the downloads keep the stored values); `empty_reason` is the
    label that says why no row is left when the table itself narrows the rows (« no claim is repeated »)."""
    lang = flt.lang
    if rows.matching == 0 and empty_reason and total:
        hint = "" if flt.is_empty() else "\n\n" + t("empty_widen", lang)
        st.info(t(empty_reason, lang) + hint, icon=":material/info:")
        return
    if rows.matching == 0:
        empty_state(what, total, flt)
        return
    pages = max(1, -(-rows.matching // data.PAGE_SIZE))
    head = st.container(horizontal=True, vertical_alignment="center")
    head.caption(t("n_of_total", lang, n=rows.matching, total=total, what=counted(what, total, lang)))
    number = 1
    if pages > 1:
        # Drawn before the rows are read: a bound widget takes its value from the URL when it is created.
        number = head.number_input(
            t("page_of", lang, pages=pages), min_value=1, step=1, key=page_key(key), bind="query-params", width=140
        )
    current = min(max(int(number or 1), 1), pages)  # past the last page: the last page
    frame = rows.page(data.PAGE_SIZE, (current - 1) * data.PAGE_SIZE)
    shown = add_reader_links(frame, flt) if "start" in frame else frame
    shown = shown_as(shown) if shown_as else shown
    wanted = [c for c in (export_columns or columns) if c != "link"]
    downloads = (("csv", _csv(rows, wanted), "text/csv"), ("json", _json(rows, wanted), "application/json"))
    # Behind a popover: its buttons are drawn in the browser only when it is opened (bench/first_render.py).
    menu = head.popover(t("download", lang), icon=":material/download:")
    for fmt, payload, mime in downloads:
        menu.download_button(
            t(f"download_{fmt}", lang),
            payload,
            file_name=f"{what}.{fmt}",
            mime=mime,
            icon=":material/download:",
            key=f"{key}_{fmt}",
            on_click="ignore",
            help=t("download_limit", lang, limit=data.EXPORT_LIMIT) if rows.matching > data.EXPORT_LIMIT else None,
        )
    visible = [c for c in columns if c in shown]
    if "link" in shown:
        visible.insert(1, "link")  # beside the text it proves, not past the right edge of a wide table
    config: dict[str, Any] = {**headers(visible, lang), **column_config}
    config["link"] = st.column_config.LinkColumn(t("col_link", lang), display_text=t("link_text", lang), width="small")
    st.dataframe(
        present(shown[visible], lang), column_config=config, hide_index=True, key=key, alt=t(f"what_{what}", lang)
    )


MISSING = "—"
# Columns of contract codes (pro, indirect, organization, more_than): shown as words of the interface language;
# the downloads keep the codes.
CODE_COLUMNS = ("stance", "claim_type", "source_kind", "kind", "frame", "role", "qualifier")


# Columns of the store's own values that have words in each language (data.words): group stakeholders, aspects.
WORD_COLUMNS = {"name": "stakeholders", "stakeholder": "stakeholders", "speaker": "speakers", "topics": "topics"}


def in_words(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The frame with its code columns (CODE_COLUMNS) and its columns of stakeholders and topics (WORD_COLUMNS) in
    words of `lang`; a list cell has each item in words."""
    words = data.words(lang)
    words["speakers"] = {**words["stakeholders"], ARTICLE_VOICE: str(coded(ARTICLE_VOICE, lang))}

    def word(value: object, table: dict[str, str]) -> object:
        if isinstance(value, list | tuple | np.ndarray):
            return [table.get(item, item) for item in value]
        return table.get(value, value) if isinstance(value, str) else value

    coded_columns = {c: frame[c].map(lambda value: coded(value, lang)) for c in CODE_COLUMNS if c in frame}
    word_columns = {
        c: frame[c].map(lambda value, table=words[name]: word(value, table))
        for c, name in WORD_COLUMNS.items()
        if c in frame
    }
    return frame.assign(**coded_columns, **word_columns)


# Scale words of a number shown in short, largest first: (threshold, English, French).
SCALES = ((1e12, "tn", None), (1e9, "bn", "Md"), (1e6, "M", "M"))


def scaled_number(value: float, lang: str) -> str:
    """A number as a reader writes it: 6.6 bn / 6,6 Md, 2.4 M, 12,500 / 12 500, 7.4 / 7,4 (never clipped to
    « 600,000,000 » in a narrow column)."""
    suffix = ""
    for threshold, english, french in SCALES:
        word = english if lang == "en" else french
        if word and abs(value) >= threshold:
            value, suffix = value / threshold, f" {word}"
            break
    text = f"{value:,.2f}".rstrip("0").rstrip(".") if value != int(value) else f"{int(value):,}"
    if lang == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return text + suffix


def headers(columns: Sequence[str], lang: str) -> dict[str, str]:
    """Every column's header in the interface language (col_<name>), where it has one."""
    return {c: t(f"col_{c}", lang) for c in columns if has_label(f"col_{c}")}


def present(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Rows as every table shows them: codes, groups and topics in words of `lang`, a missing value as « — »."""
    return missing_as_dash(in_words(frame, lang))


def missing_as_dash(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame as shown: a missing text (no date, no period, no metric, no outlet at all) reads « — », never a
    grey « None »; a column of objects counts as text (a column with no value at all has no string dtype)."""
    texts = [
        c
        for c in frame.columns
        if (pd.api.types.is_string_dtype(frame[c]) or frame[c].dtype == object) and frame[c].isna().any()
    ]
    return frame.assign(**{c: frame[c].astype(object).where(frame[c].notna(), MISSING) for c in texts})


def heading(text: str) -> None:
    """A section heading inside a page (a label, never data)."""
    st.markdown(f"##### {text}")


def comparisons_table(count: int, comparisons: pd.DataFrame, flt: Filter, key: str) -> None:
    """Figures of two articles about the same entity, metric and period, each with a link to its evidence: the
    first of the `count` pairs, conflicts first."""
    lang = flt.lang
    if comparisons.empty:
        st.info(t("comparisons_none", lang), icon=":material/compare_arrows:")
        return
    if count > len(comparisons):
        st.caption(t("first_of", lang, n=len(comparisons), total=count))
    shown = comparisons.assign(
        status=comparisons["status"].map(lambda s: t(s, lang) if s in ("agree", "conflict") else s),
        link_a=[links.reader_url(flt, a, s, e) for a, s, e in comparisons[["article_a", "start_a", "end_a"]].values],
        link_b=[links.reader_url(flt, a, s, e) for a, s, e in comparisons[["article_b", "start_b", "end_b"]].values],
    )
    link = st.column_config.LinkColumn(t("col_link", lang), display_text=t("link_text", lang), width="small")
    st.dataframe(
        present(shown[["status", "entity", "metric", "period", "surface_a", "link_a", "surface_b", "link_b"]], lang),
        hide_index=True,
        column_config={
            "link_a": link,
            "link_b": link,
            "status": t("col_status", lang),
            "entity": t("col_entity", lang),
            "metric": t("col_metric", lang),
            "period": t("col_period", lang),
            "surface_a": t("col_surface", lang) + " (A)",
            "surface_b": t("col_surface", lang) + " (B)",
        },
        key=key,
    )
