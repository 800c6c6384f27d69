"""The single seam between the pages and the store: the queries of newsclaims.query, cached per store version.

Pages ask for counts, aggregates and pages of rows; each answer is one DuckDB query over the live version's
Parquet files (never a whole table in memory), cached per (version, question) and shared by every session.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import streamlit as st

from components.filters import CLAIM_TYPES, STANCES, Filter
from newsclaims import store
from newsclaims.query import (
    CLUSTER_ORDER,
    CO_MENTION_ROWS,
    DEFAULT_ORDER,
    RECORD_TABLES,
    ArticleCounts,
    Criteria,
    StoreQuery,
)

__all__ = ["CLUSTER_ORDER", "CO_MENTION_ROWS", "RECORD_TABLES", "Criteria"]

PAGE_SIZE = 50  # rows of a table page
EXPORT_LIMIT = 100_000  # rows a download holds at most


def store_dir() -> Path:
    return Path(os.environ.get("NEWSCLAIMS_STORE", "data/store"))


def local_mode() -> bool:
    """`make run` sets NEWSCLAIMS_MODE=local; anything else (a host) is read-only."""
    return os.environ.get("NEWSCLAIMS_MODE", "") == "local"


def articles_dir() -> Path:
    """The folder of the corpus files (local mode saves analysed texts there)."""
    return Path(os.environ.get("NEWSCLAIMS_ARTICLES", "data/articles"))


def _live_version(folder: Path) -> str:
    current = store.current_version(folder)
    return current.name if current else ""


@st.cache_resource(max_entries=4, show_spinner=False)
def _query(folder: str, version: str) -> StoreQuery:
    # Keyed by the live version: a rebuilt store gets a new connection, the old one ages out, and one version is
    # read throughout (a rebuild during a read cannot mix two).
    return StoreQuery(Path(folder) / version if version else Path(folder))


def query() -> StoreQuery:
    """The queries of the live store (raises store.StoreError when there is no usable store)."""
    folder = store_dir()
    return _query(str(folder.resolve()), _live_version(folder))


@st.cache_data(max_entries=512, show_spinner=False)
def _ask(folder: str, version: str, question: str, args: tuple[Any, ...]) -> Any:
    return getattr(_query(folder, version), question)(*args)


def _cached(question: str, *args: Any) -> Any:
    """The answer of StoreQuery.`question`(*args) for the live version, computed once per version."""
    folder = store_dir()
    return _ask(str(folder.resolve()), _live_version(folder), question, args)


def criteria(flt: Filter, **page: Any) -> Criteria:
    """The query criteria of the shared filters, narrowed by a page's own (metrics, entities, scopes), and to the
    most recent months of a search too common to find in all (search_since); the interface language is left out,
    so that both languages share the cached answers."""
    shared = _shared_criteria(flt)
    return replace(shared, since=search_since(flt) or shared.since, **page)


def _shared_criteria(flt: Filter) -> Criteria:
    """The query criteria of the shared filters alone."""
    return Criteria(**{field.name: getattr(flt, field.name) for field in fields(Criteria)})


def search_since(flt: Filter) -> date | None:
    """The first day of the months the view of a search too common is narrowed to (StoreQuery.search_since), or
    None: every page of the view, and the note that says so, are narrowed alike."""
    shared = _shared_criteria(flt)
    return _cached("search_since", shared) if shared.q else None


def manifest() -> dict[str, Any]:
    return query().manifest


def total(name: str) -> int:
    """Rows of a table in the whole store."""
    return query().total(name)


def count(name: str, crit: Criteria) -> int:
    return int(_cached("count", name, crit))


def distinct_count(name: str, column: str, crit: Criteria) -> int:
    return int(_cached("distinct_count", name, column, crit))


def value_counts(name: str, column: str, crit: Criteria, limit: int = 20) -> pd.DataFrame:
    frame: pd.DataFrame = _cached("value_counts", name, column, crit, limit)
    return frame


def article_counts(crit: Criteria) -> ArticleCounts:
    """The matching articles, their outlets and their months, from one cached scan."""
    return ArticleCounts.of(_cached("article_tally", crit))


def stakeholder_summary(crit: Criteria, limit: int | None = PAGE_SIZE, offset: int = 0) -> pd.DataFrame:
    frame: pd.DataFrame = _cached("stakeholder_summary", crit, limit, offset)
    return frame


def stakeholder_rows(crit: Criteria, name: str) -> pd.DataFrame:
    frame: pd.DataFrame = _cached("stakeholder_rows", crit, name)
    return frame


def stance_by_article(crit: Criteria, names: Sequence[str]) -> pd.DataFrame:
    frame: pd.DataFrame = _cached("stance_by_article", crit, tuple(names))
    return frame


def stance_by_topic(crit: Criteria, names: Sequence[str]) -> pd.DataFrame:
    frame: pd.DataFrame = _cached("stance_by_topic", crit, tuple(names))
    return frame


def co_mentions(crit: Criteria, names: Sequence[str]) -> pd.DataFrame:
    frame: pd.DataFrame = _cached("co_mentions", crit, tuple(names))
    return frame


def disputes(crit: Criteria, limit: int = 50) -> tuple[int, pd.DataFrame]:
    answer: tuple[int, pd.DataFrame] = _cached("disputes", crit, limit)
    return answer


def comparisons(crit: Criteria, limit: int = 200) -> tuple[int, pd.DataFrame]:
    answer: tuple[int, pd.DataFrame] = _cached("comparisons", crit, limit)
    return answer


def article(article_id: str) -> dict[str, Any] | None:
    answer: dict[str, Any] | None = _cached("article", article_id)
    return answer


def article_records(name: str, article_id: str) -> pd.DataFrame:
    frame: pd.DataFrame = _cached("article_records", name, article_id)
    return frame


def article_choices(crit: Criteria) -> pd.DataFrame:
    frame: pd.DataFrame = _cached("article_choices", crit)
    return frame


@dataclass(frozen=True)
class Rows:
    """The rows a table shows: how many match, a page of them, and all of them (up to EXPORT_LIMIT) to download."""

    matching: int
    page: Callable[[int, int], pd.DataFrame]  # (limit, offset) -> rows
    export: Callable[[], pd.DataFrame]


# The columns a table's evidence links are built from (views.add_reader_links).
LINK_COLUMNS = ("article_id", "start", "end")


def table_rows(name: str, crit: Criteria, order: str | None = None, shown: Sequence[str] | None = None) -> Rows:
    """The rows of store table `name` that match `crit`, a page at a time; with `shown`, a page holds only those
    columns and the link columns (a store of a million articles sorts the rows' few columns, not all of them:
    the shared claims of the Overview, 1.46 s -> 0.85 s), while the downloads keep every column."""
    columns = tuple(dict.fromkeys([*shown, *LINK_COLUMNS])) if shown else None

    def page(limit: int, offset: int) -> pd.DataFrame:
        frame: pd.DataFrame = _cached("rows", name, crit, columns, order or DEFAULT_ORDER, limit, offset)
        return frame

    def export() -> pd.DataFrame:
        # Asked when a download is clicked, and not cached: up to EXPORT_LIMIT rows must not stay in memory.
        return query().rows(name, crit, None, order or DEFAULT_ORDER, EXPORT_LIMIT, 0)

    return Rows(count(name, crit), page, export)


def summary_rows(crit: Criteria) -> Rows:
    """The stakeholder summary (one row per stakeholder), a page at a time."""
    return Rows(
        distinct_count("stakeholders", "name", crit),
        lambda limit, offset: stakeholder_summary(crit, limit, offset),
        lambda: query().stakeholder_summary(crit, EXPORT_LIMIT, 0),
    )


def frame_rows(frame: pd.DataFrame) -> Rows:
    """Rows already in memory (a small derived table), a page at a time."""
    return Rows(len(frame), lambda limit, offset: frame.iloc[offset : offset + limit], lambda: frame)


# ---------------------------------------------------------------- filter options


@st.cache_resource(max_entries=4, show_spinner=False)
def _options(folder: str, version: str) -> dict[str, list[str]]:
    queries = _query(folder, version)
    found = queries.options()
    aspects = topic_aspects(queries.manifest)
    found["topics"] = aspects + [topic for topic in found["topics"] if topic not in aspects]
    found["stances"] = list(STANCES)
    found["claim_types"] = list(CLAIM_TYPES) + [kind for kind in found["claim_types"] if kind not in CLAIM_TYPES]
    return found


# URL parameters whose values may exist in the store beyond the options a filter lists: (param, table, column).
_LOOKED_UP = {
    "stakeholders": (("stakeholder", "stakeholders", "name"), ("st_card", "stakeholders", "name")),
    "metrics": (("fig_metric", "figures", "metric"),),
    "entities": (("fig_entity", "figures", "entity"),),
    "article_ids": (("article", "articles", "article_id"),),
}


def options() -> dict[str, list[str]]:
    """Allowed values of every filter: the most frequent of the store (store.MAX_VALUES of each), plus those the
    URL names that the store has, so that a shared link to a rare stakeholder still opens."""
    folder = store_dir()
    found = {key: list(values) for key, values in _options(str(folder.resolve()), _live_version(folder)).items()}
    found["article_ids"] = []
    for key, sources in _LOOKED_UP.items():
        for param, table, column in sources:
            wanted = tuple(value for value in st.query_params.get_all(param)[:50] if value not in found[key])
            if wanted:
                found[key] += [value for value in _cached("existing", table, column, wanted) if value not in found[key]]
    return found


def topic_aspects(manifest: dict[str, Any]) -> list[str]:
    """The aspects of the topic the store was built toward, in the topic file's order (none in an older store)."""
    return [aspect["key"] for aspect in (manifest.get("topic") or {}).get("aspects", [])]


def words(lang: str) -> dict[str, dict[str, str]]:
    """The store's own values in words of `lang`, by option set: the topic's aspects and the group stakeholders
    (« the public » reads « le public »); links and filters keep the values themselves."""
    manifest = query().manifest
    aspects = (manifest.get("topic") or {}).get("aspects", [])
    return {
        "topics": {aspect["key"]: aspect["label"].get(lang) or aspect["key"] for aspect in aspects},
        "stakeholders": {
            name: names.get(lang) or name for name, names in manifest.get("stakeholder_labels", {}).items()
        },
    }


def topic_name(manifest: dict[str, Any], language: str) -> str:
    """The name of the topic the store's stances are toward, in the interface language ("" in an older store)."""
    names = (manifest.get("topic") or {}).get("name", {})
    return str(names.get(language) or names.get("en") or "")


@st.cache_data(max_entries=4, show_spinner=False)
def seed_accuracy(folder: str, version: str) -> dict[str, str]:
    """The evaluate command's measures of the stored corpus against the seeds' gold, as displayed: shares and counts."""
    from newsclaims.evaluate import load_gold
    from newsclaims.evaluate.scoring import COUNT_MEASURES, evaluate

    articles = store.load_articles(Path(folder) / version if version else Path(folder))
    scores = evaluate([article.to_contract() for article in articles], load_gold()).overall
    return {name: f"{value:.0f}" if name in COUNT_MEASURES else f"{value:.2f}" for name, value in scores.items()}


def live_version() -> str:
    return _live_version(store_dir())


def text_or_none(value: Any) -> str | None:
    """A table cell as text, or None when it is missing (pandas turns None into NaN in joined columns)."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    text = str(value)
    return text or None
