"""The single cache seam between the UI and newsclaims.store: shared tables once, filtered row sets cached."""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import streamlit as st

from components.filters import CLAIM_TYPES, STANCES, Filter
from newsclaims import store

RECORD_TABLES = ("quotes", "claims", "figures", "stakeholders")


def store_dir() -> Path:
    return Path(os.environ.get("NEWSCLAIMS_STORE", "data/store"))


def local_mode() -> bool:
    """`make run` sets NEWSCLAIMS_MODE=local; anything else (a host) is read-only."""
    return os.environ.get("NEWSCLAIMS_MODE", "") == "local"


def fold(text: Any) -> str:
    """Lower-case text without accents, for search that ignores case and accents."""
    decomposed = unicodedata.normalize("NFKD", str(text or "").casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char)).replace("’", "'")


def _fold_series(series: pd.Series) -> pd.Series:
    # Fold each distinct value once: claims repeat across articles and folding is the costly part.
    uniques = pd.unique(series.fillna("").astype(str))
    mapping = {value: fold(value) for value in uniques}
    return series.fillna("").astype(str).map(mapping)


def _date_bounds(value: Any) -> tuple[str, str]:
    """First and last day an article date (YYYY, YYYY-MM or YYYY-MM-DD) can mean, as ISO strings."""
    text = str(value or "")
    if len(text) == 4:
        return f"{text}-01-01", f"{text}-12-31"
    if len(text) == 7:
        return f"{text}-01", f"{text}-31"
    return text, text


@dataclass
class Tables:
    """Every store table as a DataFrame, with article columns joined in and folded search columns."""

    version: str
    manifest: dict[str, Any]
    articles: pd.DataFrame
    quotes: pd.DataFrame
    claims: pd.DataFrame
    figures: pd.DataFrame
    stakeholders: pd.DataFrame
    sentences: pd.DataFrame
    figure_comparisons: pd.DataFrame
    claim_disputes: pd.DataFrame

    def table(self, name: str) -> pd.DataFrame:
        frame: pd.DataFrame = getattr(self, name)
        return frame


def build_tables(folder: Path) -> Tables:
    """Read and prepare every table of the store at `folder` (pure pandas; cached by `tables`)."""
    manifest = store.read_manifest(folder)
    articles = store.read_table("articles", folder).to_pandas()
    bounds = articles["date"].map(_date_bounds)
    articles["date_from"] = bounds.map(lambda pair: pair[0])
    articles["date_to"] = bounds.map(lambda pair: pair[1])
    articles["outlet"] = articles["outlet"].fillna("")
    articles["search"] = _fold_series(articles["title"])
    meta = articles[["article_id", "title", "outlet", "date", "language", "date_from", "date_to"]]
    frames: dict[str, pd.DataFrame] = {}
    for name in (*RECORD_TABLES, "sentences"):
        frame = store.read_table(name, folder).to_pandas()
        if name != "sentences":
            frame = frame.merge(meta, on="article_id", how="left")
        frames[name] = frame.reset_index(drop=True)
    claims = frames["claims"]
    claims["topics"] = claims["topics"].map(lambda value: tuple(value) if value is not None else ())
    claims["search"] = _fold_series(claims["text"]) + " " + _fold_series(claims["speaker"])
    cluster_key = claims["cluster_id"].fillna(pd.Series("solo-" + claims.index.astype(str), index=claims.index))
    claims["cluster_key"] = cluster_key
    # Sources of a claim: the outlet, or the article itself when its outlet is unknown (two unknowns are not one).
    source = claims["outlet"].where(claims["outlet"].fillna("") != "", claims["article_id"])
    claims["cluster_size"] = source.groupby(claims["cluster_key"]).transform("nunique").astype(int)
    frames["quotes"]["search"] = (
        _fold_series(frames["quotes"]["text"]) + " " + _fold_series(frames["quotes"]["speaker"])
    )
    figures = frames["figures"]
    figures["search"] = (
        _fold_series(figures["surface"]) + " " + _fold_series(figures["metric"]) + " " + _fold_series(figures["entity"])
    )
    stakeholders = frames["stakeholders"]
    stakeholders["aliases"] = stakeholders["aliases"].map(lambda value: tuple(value) if value is not None else ())
    stakeholders["evidence"] = stakeholders["evidence"].map(lambda value: list(value) if value is not None else [])
    stakeholders["search"] = _fold_series(stakeholders["name"])
    frames["figure_comparisons"] = _corpus_table("figure_comparisons", folder)
    frames["claim_disputes"] = _corpus_table("claim_disputes", folder)
    return Tables(str(manifest.get("version", "")), manifest, articles, **frames)


def _corpus_table(name: str, folder: Path) -> pd.DataFrame:
    """A corpus-level table; empty (with its columns) in a store built before the table existed."""
    try:
        return store.read_table(name, folder).to_pandas()
    except store.StoreError:
        return store.table_schema(name).empty_table().to_pandas()


def _store_version(folder: Path) -> str:
    current = store.current_version(folder)
    return current.name if current else ""


@st.cache_resource(max_entries=4, show_spinner=False)
def _tables(folder: str, version: str) -> Tables:
    # Keyed by the live version and read from that version's folder only: a rebuilt store is read again, the
    # old entry ages out, and a rebuild during the read cannot mix two versions.
    return build_tables(Path(folder) / version if version else Path(folder))


def tables() -> Tables:
    """The live store's tables, shared by every session (raises store.StoreError when there is no store)."""
    folder = store_dir()
    return _tables(str(folder.resolve()), _store_version(folder))


def topic_aspects(manifest: dict[str, Any]) -> list[str]:
    """The aspects of the topic the store was built toward, in the topic file's order (none in an older store)."""
    return [aspect["key"] for aspect in (manifest.get("topic") or {}).get("aspects", [])]


def topic_name(manifest: dict[str, Any], language: str) -> str:
    """The name of the topic the store's stances are toward, in the interface language ("" in an older store)."""
    names = (manifest.get("topic") or {}).get("name", {})
    return str(names.get(language) or names.get("en") or "")


def options(data: Tables) -> dict[str, list[str]]:
    """Allowed values of every filter, from the corpus (plus the contract's fixed vocabularies)."""
    return _options(str(store_dir().resolve()), data.version)


@st.cache_resource(max_entries=4, show_spinner=False)
def _options(folder: str, version: str) -> dict[str, list[str]]:
    data = _tables(folder, _store_version(Path(folder)))
    names = data.stakeholders.groupby("name")["mentions"].sum().sort_values(ascending=False).index.tolist()
    speakers = [name for name in data.claims["speaker"].dropna().unique().tolist() if name not in names]
    aspects = topic_aspects(data.manifest)
    topics = aspects + sorted({t for ts in data.claims["topics"] for t in ts} - set(aspects))
    return {
        "outlets": sorted(name for name in data.articles["outlet"].unique().tolist() if name),
        "stakeholders": names + sorted(speakers),
        "stances": list(STANCES),
        "topics": topics,
        "claim_types": list(CLAIM_TYPES) + sorted(set(data.claims["claim_type"].dropna()) - set(CLAIM_TYPES)),
        "languages": sorted(data.articles["language"].dropna().unique().tolist()),
        "metrics": sorted(data.figures["metric"].dropna().unique().tolist()),
        "entities": sorted(data.figures["entity"].dropna().unique().tolist()),
        "article_ids": data.articles["article_id"].tolist(),
    }


# ---------------------------------------------------------------- filtering (pure)


def article_mask(frame: pd.DataFrame, flt: Filter) -> np.ndarray:
    """Rows of `frame` (articles or records joined with their article) that pass the article-level filters."""
    mask = np.ones(len(frame), dtype=bool)
    if flt.outlets:
        mask &= frame["outlet"].isin(flt.outlets).to_numpy()
    if flt.languages:
        mask &= frame["language"].isin(flt.languages).to_numpy()
    if flt.since:
        mask &= (frame["date_to"].fillna("") >= flt.since.isoformat()).to_numpy()
    if flt.until:
        mask &= ((frame["date_from"].fillna("") <= flt.until.isoformat()) & (frame["date_from"] != "")).to_numpy()
    return mask


def _search_mask(frame: pd.DataFrame, query: str) -> np.ndarray:
    words = fold(query).split()
    mask = np.ones(len(frame), dtype=bool)
    for word in words:
        mask &= frame["search"].str.contains(word, regex=False).to_numpy()
    return mask


def _topics_mask(topics: pd.Series, wanted: tuple[str, ...]) -> np.ndarray:
    chosen = set(wanted)
    return np.fromiter((bool(chosen.intersection(value)) for value in topics), dtype=bool, count=len(topics))


def select_rows(data: Tables, name: str, flt: Filter) -> np.ndarray:
    """Positions of the rows of table `name` that match `flt`."""
    frame = data.table(name)
    mask = article_mask(frame, flt)
    if name == "articles":
        if flt.stakeholders:
            wanted = set(data.stakeholders.loc[data.stakeholders["name"].isin(flt.stakeholders), "article_id"])
            wanted |= set(data.claims.loc[data.claims["speaker"].isin(flt.stakeholders), "article_id"])
            mask &= frame["article_id"].isin(wanted).to_numpy()
    elif name in ("claims", "quotes"):
        if flt.stakeholders:
            mask &= frame["speaker"].isin(flt.stakeholders).to_numpy()
        if name == "claims":
            if flt.stances:
                mask &= frame["stance"].isin(flt.stances).to_numpy()
            if flt.topics:
                mask &= _topics_mask(frame["topics"], flt.topics)
            if flt.claim_types:
                mask &= frame["claim_type"].isin(flt.claim_types).to_numpy()
    elif name == "figures":
        if flt.stakeholders:
            mask &= frame["entity"].isin(flt.stakeholders).to_numpy()
    elif name == "stakeholders":
        if flt.stakeholders:
            mask &= frame["name"].isin(flt.stakeholders).to_numpy()
        if flt.stances:
            mask &= frame["stance"].isin(flt.stances).to_numpy()
    if flt.q and name != "sentences":
        mask &= _search_mask(frame, flt.q)
    return np.flatnonzero(mask)


@st.cache_data(max_entries=128, show_spinner=False)
def _rows(folder: str, version: str, name: str, flt: Filter) -> np.ndarray:
    return select_rows(_tables(folder, version), name, flt)


def filtered(data: Tables, name: str, flt: Filter) -> pd.DataFrame:
    """Table `name` restricted to the filter (row positions cached per store version and filter)."""
    positions = _rows(str(store_dir().resolve()), _store_version(store_dir()), name, flt)
    return data.table(name).iloc[positions]


# ---------------------------------------------------------------- derived views (pure)


def stakeholder_summary(stakeholders: pd.DataFrame) -> pd.DataFrame:
    """One row per stakeholder across the corpus: kind, role, mentions, articles and stance counts."""
    if stakeholders.empty:
        columns = ["name", "kind", "role", "mentions", "articles", "pro", "against", "neutral", "mixed", "score"]
        return pd.DataFrame(columns=columns)
    grouped = stakeholders.groupby("name")
    summary = pd.DataFrame(
        {
            "kind": grouped["kind"].agg(lambda s: s.mode().iat[0]),
            "role": grouped["role"].agg(lambda s: s.dropna().mode().iat[0] if s.notna().any() else None),
            "mentions": grouped["mentions"].sum(),
            "articles": grouped["article_id"].nunique(),
            "score": grouped["stance_score"].mean().round(2),
        }
    )
    counts = pd.crosstab(stakeholders["name"], stakeholders["stance"])
    for stance in STANCES:
        summary[stance] = counts.get(stance, 0)
    summary = summary.fillna({stance: 0 for stance in STANCES}).reset_index()
    return summary.sort_values(["mentions", "name"], ascending=[False, True]).reset_index(drop=True)


def co_mentions(stakeholders: pd.DataFrame, top: int = 25) -> pd.DataFrame:
    """Pairs of the `top` most mentioned stakeholders that appear in the same article, with the article count."""
    if stakeholders.empty:
        return pd.DataFrame(columns=["a", "b", "articles"])
    keep = stakeholders.groupby("name")["mentions"].sum().nlargest(top).index
    rows = stakeholders.loc[stakeholders["name"].isin(keep), ["article_id", "name"]].drop_duplicates()
    pairs = rows.merge(rows, on="article_id")
    pairs = pairs[pairs["name_x"] < pairs["name_y"]]
    counted = pairs.groupby(["name_x", "name_y"]).size().reset_index(name="articles")
    return counted.rename(columns={"name_x": "a", "name_y": "b"})


def claim_clusters(claims: pd.DataFrame) -> pd.DataFrame:
    """Clusters with more than one outlet: the same claim across outlets, biggest first."""
    shared = claims[claims["cluster_size"] > 1]
    if shared.empty:
        return shared
    return shared.sort_values(["cluster_size", "cluster_key", "outlet"], ascending=[False, True, True])


def claim_disputes(data: Tables, claims: pd.DataFrame) -> pd.DataFrame:
    """The pairs of contradicting claims (computed when the store was built) with a side among `claims` (the
    filtered claims), each side with its article's outlet, date and title; newest first."""
    disputes = data.claim_disputes
    shown = set(claims["cluster_id"].dropna())
    kept = disputes[disputes["cluster_a"].isin(shown) | disputes["cluster_b"].isin(shown)]
    for side in ("a", "b"):
        meta = data.articles[["article_id", "outlet", "date", "title"]]
        kept = kept.merge(meta.add_suffix(f"_{side}"), left_on=f"article_{side}", right_on=f"article_id_{side}")
    return kept.sort_values(["date_b", "date_a"], ascending=False, na_position="last").reset_index(drop=True)


def comparisons(data: Tables, flt: Filter) -> pd.DataFrame:
    """The agreement/conflict table of figures across articles (computed when the store was built), the pairs
    with an article among those the filters select."""
    visible = set(filtered(data, "articles", flt)["article_id"])
    pairs = data.figure_comparisons
    return pairs[pairs["article_a"].isin(visible) | pairs["article_b"].isin(visible)]


@st.cache_data(max_entries=4, show_spinner=False)
def seed_accuracy(folder: str, version: str) -> dict[str, str]:
    """The evaluate command's measures of the stored corpus against the seeds' gold, as displayed: shares and counts."""
    from newsclaims.evaluate import load_gold
    from newsclaims.evaluate.scoring import COUNT_MEASURES, evaluate

    articles = store.load_articles(Path(folder) / version if version else Path(folder))
    scores = evaluate([article.to_contract() for article in articles], load_gold()).overall
    return {name: f"{value:.0f}" if name in COUNT_MEASURES else f"{value:.2f}" for name, value in scores.items()}


def articles_dir() -> Path:
    """The folder of the corpus files (local mode saves analysed texts there)."""
    return Path(os.environ.get("NEWSCLAIMS_ARTICLES", "data/articles"))


def text_or_none(value: Any) -> str | None:
    """A table cell as text, or None when it is missing (pandas turns None into NaN in joined columns)."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return None
    text = str(value)
    return text or None
