"""The store: one Parquet table per record type and a manifest, swapped in atomically as one version."""

from __future__ import annotations

import json
import os
import shutil
import time
import types
import typing
import unicodedata
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from newsclaims.records import ARTICLE_FIELDS, CORPUS_TABLES, RECORD_LISTS, Article, Evidence

DEFAULT_STORE = Path("data/store")
CURRENT_FILE = "CURRENT"
MANIFEST_FILE = "manifest.json"
# The tables whose search goes through a word index (see search_words): the claims' and quotes' texts are
# sentences, and a scan of them for a word took 1.5 s over a million articles' claims; the stakeholders' are names,
# but eight million of them at a million articles, and their page asks of them six times (150 ms each by a scan).
WORD_INDEXED = ("claims", "quotes", "stakeholders")
WORD_TABLES = {name: f"{name}_words" for name in WORD_INDEXED}
TABLES = ["articles", *RECORD_LISTS, *CORPUS_TABLES, *WORD_TABLES.values()]
# What a word is, for the index and for a search (Arrow's RE2 syntax): a run of letters and digits.
WORD_BREAKS = r"[^\p{L}\p{N}]+"


class StoreError(Exception):
    """The store is missing or unreadable; the message is one line for the user."""


def _arrow_type(hint: Any) -> pa.DataType:
    origin = typing.get_origin(hint)
    if origin in (types.UnionType, typing.Union):
        (inner,) = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _arrow_type(inner)
    if origin is list:
        return pa.list_(_arrow_type(typing.get_args(hint)[0]))
    if is_dataclass(hint):
        return pa.struct(
            [(f.name, _arrow_type(t)) for f, t in zip(fields(hint), typing.get_type_hints(hint).values(), strict=True)]
        )
    return {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}[hint]


def table_schema(name: str) -> pa.Schema:
    """Arrow schema of a store table's files, derived from the record dataclass: a record table has article_id,
    the record's position in its article, its fields and its article's columns (see _rows); the column a table
    is partitioned by (partition_of) is in its folder names, not in its files."""
    if name in CORPUS_TABLES:
        hints = typing.get_type_hints(CORPUS_TABLES[name])
        return pa.schema([(f.name, _arrow_type(hints[f.name])) for f in fields(CORPUS_TABLES[name])])
    if name in WORD_TABLES.values():
        # Partitioned by the word's initial (WORD_PARTITION); the month of each row's article is in the files.
        columns = [("word", pa.string()), ("article_id", pa.string()), ("position", pa.int64())]
        return pa.schema([*columns, (PARTITION, pa.string())])
    dates = [("date_from", pa.string()), ("date_to", pa.string())]
    if name == "articles":
        hints = typing.get_type_hints(Article)
        own = [(field, _arrow_type(hints[field])) for field in ARTICLE_FIELDS]
        return pa.schema([*own, *dates, ("position", pa.int64()), ("search", pa.string())])
    record = RECORD_LISTS[name]
    hints = typing.get_type_hints(record)
    columns = [("article_id", pa.string()), ("position", pa.int64())]
    columns += [(f.name, _arrow_type(hints[f.name])) for f in fields(record)]
    if name == "sentences":
        return pa.schema(columns)
    article_hints = typing.get_type_hints(Article)
    columns += [(column, _arrow_type(article_hints[column])) for column in ARTICLE_COLUMNS if column in article_hints]
    columns += [*dates, ("search", pa.string())]
    if name == "claims":
        # cluster_number: the cluster's rank among the store's clusters, the same for all its claims (none for a
        # claim in no cluster), so that the shared claims are sorted by integers: ordering a million articles'
        # claims by the key itself, a string, cost twice as long (520 -> 250 ms).
        columns += [("cluster_key", pa.string()), ("cluster_size", pa.int64()), ("cluster_number", pa.int64())]
    return pa.schema(columns)


# Article columns repeated in every record table: a filter on them (outlet, language, dates, the search words)
# reads one table, never a join, and its Parquet statistics skip the files it cannot match.
ARTICLE_COLUMNS = ("title", "outlet", "date", "language", "date_from", "date_to")
PARTITION = "month"  # tables are partitioned by the month of their article's date (see article_month)
UNDATED = "undated"
# The word indexes are partitioned by the initial of their words, a letter or a digit (or OTHER_INITIAL): a search
# word is looked up in one partition, where by month it was looked up in every month's file (at a million
# articles, 120 files: 200 ms a word).
WORD_PARTITION = "initial"
OTHER_INITIAL = "other"
# The folded text that search matches, per table (see fold).
SEARCHED = {
    "articles": ("title",),
    "quotes": ("text", "speaker"),
    "claims": ("text", "speaker"),
    "figures": ("surface", "metric", "entity"),
    "stakeholders": ("name",),
}


def fold(text: Any) -> str:
    """Lower-case text without accents: what search compares, so that « Opéra » finds « opera »."""
    decomposed = unicodedata.normalize("NFKD", str(text or "").casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char)).replace("’", "'")


def search_terms(text: str) -> list[str]:
    """The words of a search, folded and split by the pattern that splits the texts into the word index
    (WORD_BREAKS: runs of letters and digits)."""
    words: list[str] = pc.split_pattern_regex(pa.array([fold(text)]), WORD_BREAKS)[0].as_py()
    return [word for word in words if word]


def date_bounds(value: str | None) -> tuple[str, str]:
    """First and last day an article date (YYYY, YYYY-MM or YYYY-MM-DD) can mean, as ISO strings ("" undated)."""
    text = str(value or "")
    if len(text) == 4:
        return f"{text}-01-01", f"{text}-12-31"
    if len(text) == 7:
        return f"{text}-01", f"{text}-31"
    return text, text


def article_month(value: str | None) -> str:
    """The partition of an article: the month of its date, its year alone when that is all it says, else undated."""
    text = str(value or "")
    return text[:7] if len(text) >= 7 else text[:4] if len(text) == 4 else UNDATED


def _article_columns(article: Article) -> dict[str, Any]:
    date_from, date_to = date_bounds(article.date)
    return {
        "title": article.title,
        "outlet": article.outlet or None,  # unknown, however the metadata said it
        "date": article.date,
        "language": article.language,
        "date_from": date_from,
        "date_to": date_to,
    }


def _search(row: dict[str, Any], name: str) -> str:
    return " ".join(fold(row.get(column)) for column in SEARCHED[name])


def search_words(table: pa.Table) -> pa.Table:
    """The word index of the rows of a record table (with its `search` and `month` columns): one row per distinct
    word of each row's folded search text (`word`, `article_id`, `position`, `month`), in word order, so that the
    row groups of a month's file are skipped by their statistics for any word they cannot hold."""
    words = pc.split_pattern_regex(table.column("search"), WORD_BREAKS)
    flat = pc.list_flatten(words)
    rows = np.asarray(pc.list_parent_indices(words), dtype=np.int64)
    kept = np.asarray(pc.not_equal(flat, ""), dtype=bool)
    if not kept.any():
        return table_schema(WORD_TABLES["claims"]).append(pa.field(WORD_PARTITION, pa.string())).empty_table()
    encoded = pc.dictionary_encode(flat.filter(pa.array(kept))).combine_chunks()
    # Sorting 27 million strings took 20 s a batch of 50,000 articles: the distinct words are sorted once, and each
    # (word, row) pair becomes one integer, word rank above row, which one sort puts in order.
    order = np.asarray(pc.array_sort_indices(encoded.dictionary), dtype=np.int64)
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    pairs = np.sort((rank[np.asarray(encoded.indices, dtype=np.int64)] << 32) | rows[kept], kind="stable")
    # Sorted, a repeated pair is next to its twin (np.unique took 30 times as long as this sort).
    pairs = pairs[np.concatenate(([True], pairs[1:] != pairs[:-1]))]
    taken = pa.array(pairs & 0xFFFFFFFF)
    words = encoded.dictionary.take(pa.array(order[pairs >> 32]))
    return pa.table(
        {
            "word": words,
            "article_id": pc.take(table.column("article_id"), taken),
            "position": pc.take(table.column("position"), taken),
            PARTITION: pc.take(table.column(PARTITION), taken),
            WORD_PARTITION: word_initials(words),
        }
    )


def word_initials(words: pa.Array) -> pa.Array:
    """The partition of each word of the index: its first character when a letter a-z or a digit (words are
    folded), else OTHER_INITIAL."""
    first = pc.utf8_slice_codeunits(words, 0, 1)
    return pc.if_else(pc.match_substring_regex(first, "^[a-z0-9]$"), first, OTHER_INITIAL)


def word_initial(word: str) -> str:
    """The partition of the index that holds the words beginning with search word `word` (see word_initials)."""
    return str(word_initials(pa.array([word]))[0])


def _cluster_sizes(articles: list[Article]) -> dict[str, int]:
    """Sources of each claim cluster: the outlets, or the article itself when its outlet is unknown (two unknown
    outlets are not one source)."""
    sources: dict[str, set[str]] = {}
    for article in articles:
        for claim in article.claims:
            if claim.cluster_id is not None:
                sources.setdefault(claim.cluster_id, set()).add(article.outlet or article.article_id)
    return {cluster: len(names) for cluster, names in sources.items()}


def cluster_numbers(cluster_ids: Iterable[str]) -> dict[str, int]:
    """The rank of each cluster in the order of its id: a claim's `cluster_number`."""
    return {cluster: number for number, cluster in enumerate(sorted(cluster_ids))}


def _rows(
    articles: list[Article],
    name: str,
    first_position: int,
    cluster_sizes: dict[str, int],
    numbers: dict[str, int],
) -> list[dict[str, Any]]:
    """The rows of table `name` for `articles` (records with their article's columns and their month)."""
    rows = []
    for offset, article in enumerate(articles):
        shared = {**_article_columns(article), PARTITION: article_month(article.date)}
        if name == "articles":
            row = {field: getattr(article, field) for field in ARTICLE_FIELDS}
            row.update(shared, position=first_position + offset)
            row["search"] = _search(row, name)
            rows.append(row)
            continue
        for index, record in enumerate(getattr(article, name)):
            row = {"article_id": article.article_id, "position": index}
            row.update({f.name: getattr(record, f.name) for f in fields(record)})
            if name == "stakeholders":
                row["evidence"] = [vars(item) for item in record.evidence]
            if name != "sentences":
                row.update(shared)
                row["search"] = _search(row, name)
            else:
                row[PARTITION] = shared[PARTITION]
            if name == "claims":
                key = record.cluster_id or f"solo-{article.article_id}-{index}"
                row["cluster_key"] = key
                row["cluster_size"] = cluster_sizes.get(record.cluster_id or "", 1)
                row["cluster_number"] = numbers.get(record.cluster_id or "")
            rows.append(row)
    return rows


def _table_path(folder: Path, name: str) -> Path:
    return folder / name


def current_version(store: Path = DEFAULT_STORE) -> Path | None:
    """The folder of the live store version, or None when no store was built."""
    try:
        name = (store / CURRENT_FILE).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    folder = store / name
    return folder if folder.is_dir() else None


# A version replaced by a newer one stays on disk this long: a reader that resolved CURRENT just before the
# switch still finds every table of the version it started reading.
RETIRED_GRACE_SECONDS = 600
RETIRED_PREFIX = ".retired-"


def version_folder(store: Path = DEFAULT_STORE) -> Path:
    """The version folder a read goes to: `store` itself when it is one (it holds a manifest), else the live
    version CURRENT names. Resolve it once and read every table from it: a rebuild may switch CURRENT meanwhile."""
    if (store / MANIFEST_FILE).is_file():
        return store
    folder = current_version(store)
    if folder is None:
        raise StoreError(f"no store at {store}: run `python -m newsclaims ingest` first")
    return folder


# The tables of the articles and of their records, and with them the word indexes derived from those (search_words).
ARTICLE_TABLES = ["articles", *RECORD_LISTS]
PARTITIONED = [*ARTICLE_TABLES, *WORD_TABLES.values()]


def partition_of(name: str) -> str:
    """The column a partitioned table's folders are named by: a word index's initial, the others' month."""
    return WORD_PARTITION if name in WORD_TABLES.values() else PARTITION


# The values the dashboard's filters offer, tallied while the tables are written and kept in the manifest (the
# most frequent MAX_VALUES of each, most frequent first), so that no reader scans the store to list them:
# key -> (table, column, column whose sum weighs a value, or None to count its rows).
VALUE_COLUMNS: dict[str, tuple[str, str, str | None]] = {
    "outlets": ("articles", "outlet", None),
    "languages": ("articles", "language", None),
    "stakeholders": ("stakeholders", "name", "mentions"),
    "speakers": ("claims", "speaker", None),
    "topics": ("claims", "topics", None),
    "claim_types": ("claims", "claim_type", None),
    "metrics": ("figures", "metric", None),
    "entities": ("figures", "entity", None),
}
MAX_VALUES = 1000
# Rows of a Parquet row group: large enough that a scan is not dominated by per-group overhead (the statistics
# that let a query skip a group are per group, so not the whole file either).
ROW_GROUP_ROWS = 128 * 1024


class VersionWriter:
    """Writes the tables of one new store version into a staging folder, a batch of articles at a time, so that a
    corpus never needs to be in memory whole (see write_store; `bench/scale.py` writes a million articles so)."""

    def __init__(self, staging: Path, version: str) -> None:
        self.staging = staging
        self.version = version  # the name the version folder will have
        self.counts = dict.fromkeys(TABLES, 0)
        self.batches = 0
        self.tallies: dict[str, Counter[str]] = {key: Counter() for key in VALUE_COLUMNS}

    def add(self, articles: list[Article], cluster_sizes: dict[str, int]) -> None:
        """Append `articles` and their records; `cluster_sizes` gives the sources of each claim cluster of the
        whole corpus (see _cluster_sizes)."""
        tables = {}
        numbers = cluster_numbers(cluster_sizes)
        for name in ARTICLE_TABLES:
            schema = table_schema(name).append(pa.field(PARTITION, pa.string()))
            rows = _rows(articles, name, self.counts["articles"], cluster_sizes, numbers)
            tables[name] = pa.Table.from_pylist(rows, schema)
        self.add_tables(tables)

    def add_tables(self, tables: dict[str, pa.Table]) -> None:
        """Append rows given as Arrow tables of the partitioned tables' schemas plus their `month` column (the
        articles' `position` numbering on from the rows already written); the word indexes are derived here."""
        indexes = {WORD_TABLES[name]: search_words(tables[name]) for name in WORD_INDEXED if name in tables}
        for name, table in {**tables, **indexes}.items():
            if table.num_rows == 0:
                continue
            self._tally(name, table)
            ds.write_dataset(
                table,
                self.staging / name,
                format="parquet",
                partitioning=ds.partitioning(pa.schema([(partition_of(name), pa.string())]), flavor="hive"),
                basename_template=f"part-{self.batches:05d}-{{i}}.parquet",
                existing_data_behavior="overwrite_or_ignore",
                min_rows_per_group=ROW_GROUP_ROWS,
                max_rows_per_group=ROW_GROUP_ROWS,
            )
            self.counts[name] += table.num_rows
        self.batches += 1

    def _tally(self, name: str, table: pa.Table) -> None:
        for key, (source, column, weight) in VALUE_COLUMNS.items():
            if source != name:
                continue
            values = table.column(column)
            if pa.types.is_list(values.type):
                values = pc.list_flatten(values)
            if weight:
                totals = (
                    pa.table({"value": values, "weight": table.column(weight)})
                    .group_by("value")
                    .aggregate([("weight", "sum")])
                )
                pairs = zip(totals.column("value").to_pylist(), totals.column("weight_sum").to_pylist(), strict=True)
            else:
                counted = pc.value_counts(values)
                pairs = zip(counted.field("values").to_pylist(), counted.field("counts").to_pylist(), strict=True)
            self.tallies[key].update({value: count for value, count in pairs if value not in (None, "")})

    def finish(self, manifest: dict[str, Any], corpus_tables: dict[str, list[Any]]) -> None:
        """Merge each month's batch files into one, write the corpus tables, an empty file for each table that got
        no row, and the manifest; flush all."""
        for name in PARTITIONED:
            for partition in sorted((self.staging / name).glob(f"{partition_of(name)}=*")):
                compact_partition(partition)
            if self.counts[name] == 0:
                empty = OTHER_INITIAL if name in WORD_TABLES.values() else UNDATED
                folder = self.staging / name / f"{partition_of(name)}={empty}"
                folder.mkdir(parents=True, exist_ok=True)
                pq.write_table(table_schema(name).empty_table(), folder / "part-empty.parquet")
        for name in CORPUS_TABLES:
            rows = [vars(row) for row in corpus_tables.get(name, [])]
            self.counts[name] = len(rows)
            pq.write_table(pa.Table.from_pylist(rows, schema=table_schema(name)), self.staging / f"{name}.parquet")
        values = {key: [value for value, _ in tally.most_common(MAX_VALUES)] for key, tally in self.tallies.items()}
        # The counts of each value over the whole store, as a query counts them (most frequent first, then in
        # order): an unfiltered chart reads them here instead of scanning every row (see StoreQuery.value_counts).
        value_counts = {
            key: [[value, count] for value, count in sorted(tally.items(), key=lambda p: (-p[1], p[0]))[:MAX_VALUES]]
            for key, tally in self.tallies.items()
            if VALUE_COLUMNS[key][2] is None
        }
        full_manifest = {
            **manifest,
            "counts": self.counts,
            "values": values,
            "value_counts": value_counts,
            # How many distinct values each scalar column holds (a list column's tally counts items, not lists).
            "distinct_counts": {
                key: len(tally)
                for key, tally in self.tallies.items()
                if not pa.types.is_list(table_schema(VALUE_COLUMNS[key][0]).field(VALUE_COLUMNS[key][1]).type)
            },
            "version": self.version,
            "layout": LAYOUT,
        }
        (self.staging / MANIFEST_FILE).write_text(
            json.dumps(full_manifest, ensure_ascii=False, indent=2), encoding="utf-8"
        )
        for path in self.staging.rglob("*"):
            if path.is_file():
                with path.open("rb") as handle:
                    os.fsync(handle.fileno())


def compact_partition(folder: Path) -> None:
    """Merge the Parquet files of one partition, one per batch written, into a single file in batch order, a row
    group at a time: a query opens every file of the months it reads, and a store ingested in many batches would
    otherwise hold thousands of small files (on a million articles generated by bench/synthetic.py, a count of
    articles over twenty files a month took 330 ms, over one 22 ms)."""
    files = sorted(folder.glob("*.parquet"))
    if len(files) < 2:
        return
    merged = folder / "part-merged.parquet.partial"
    with pq.ParquetWriter(merged, pq.read_schema(files[0])) as writer:
        pending: list[pa.RecordBatch] = []
        rows = 0
        for path in files:
            for batch in pq.ParquetFile(path).iter_batches(batch_size=ROW_GROUP_ROWS):
                pending.append(batch)
                rows += batch.num_rows
                if rows >= ROW_GROUP_ROWS:
                    writer.write_table(pa.Table.from_batches(pending), row_group_size=ROW_GROUP_ROWS)
                    pending, rows = [], 0
        if pending:
            writer.write_table(pa.Table.from_batches(pending), row_group_size=ROW_GROUP_ROWS)
    for path in files:
        path.unlink()
    merged.rename(folder / "part-00000-0.parquet")


# The store's file layout: partitioned tables (3: claims carry their cluster_number, claims and quotes have a word
# index; 4: the word index partitioned by initial; 5: the stakeholders' word index). A store of an older layout is
# rebuilt by `ingest`, never read.
LAYOUT = 5


@contextmanager
def new_version(store: Path = DEFAULT_STORE, grace_seconds: float = RETIRED_GRACE_SECONDS) -> Iterator[VersionWriter]:
    """Stage a new version beside the live one, then switch CURRENT to it in one atomic rename. The caller adds
    the articles and calls `finish`; an error on the way removes the staging folder and leaves CURRENT naming the
    previous, complete version. The version replaced stays `grace_seconds` for the readers that still hold it."""
    store.mkdir(parents=True, exist_ok=True)
    previous = current_version(store)
    token = uuid.uuid4().hex[:12]
    staging = store / f".staging-{token}"
    staging.mkdir()
    final = store / f"v-{token}"
    try:
        writer = VersionWriter(staging, final.name)
        yield writer
        if not (staging / MANIFEST_FILE).is_file():
            raise StoreError("a store version was left unfinished")
        staging.rename(final)
        pointer = store / f".{CURRENT_FILE}-{token}"
        pointer.write_text(final.name + "\n", encoding="utf-8")
        os.replace(pointer, store / CURRENT_FILE)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if previous is not None:
        (store / f"{RETIRED_PREFIX}{previous.name}").touch()
    _remove_stale_versions(store, final.name, grace_seconds)


def write_store(
    articles: list[Article],
    manifest: dict[str, Any],
    store: Path = DEFAULT_STORE,
    corpus_tables: dict[str, list[Any]] | None = None,
    grace_seconds: float = RETIRED_GRACE_SECONDS,
) -> Path:
    """Write `articles` as a new version and make it the live one (see new_version); returns its folder.

    `corpus_tables` holds the rows of the CORPUS_TABLES (records computed over the whole corpus)."""
    with new_version(store, grace_seconds) as writer:
        writer.add(articles, _cluster_sizes(articles))
        writer.finish(manifest, corpus_tables or {})
    return store / writer.version


def _remove_stale_versions(store: Path, keep: str, grace_seconds: float) -> None:
    """Remove what no reader can need: leftovers of interrupted builds, and versions retired more than
    `grace_seconds` ago (a version retired since stays for the readers that still hold it)."""
    now = time.time()
    for path in store.iterdir():
        name = path.name
        if name in (keep, CURRENT_FILE) or name.startswith(RETIRED_PREFIX):
            continue
        if name.startswith("v-"):
            marker = store / f"{RETIRED_PREFIX}{name}"
            if marker.exists() and now - marker.stat().st_mtime < grace_seconds:
                continue
            shutil.rmtree(path, ignore_errors=True)
            marker.unlink(missing_ok=True)
        elif name.startswith(".staging-"):
            shutil.rmtree(path, ignore_errors=True)
        elif name.startswith(f".{CURRENT_FILE}-"):
            path.unlink(missing_ok=True)


def read_manifest(store: Path = DEFAULT_STORE) -> dict[str, Any]:
    """The manifest of the live version of `store`, or of `store` when it is a version folder."""
    folder = version_folder(store)
    try:
        return dict(json.loads((folder / MANIFEST_FILE).read_text(encoding="utf-8")))
    except (OSError, ValueError) as error:
        raise StoreError(f"unreadable store manifest in {folder}: {error}") from error


def read_table(name: str, store: Path = DEFAULT_STORE) -> pa.Table:
    """One table of the live version of `store` (or of `store` when it is a version folder) as an Arrow table;
    a partitioned table has its partition column (partition_of)."""
    if name not in TABLES:
        raise StoreError(f"unknown table {name!r}")
    folder = version_folder(store)
    check_layout(read_manifest(folder), folder)
    try:
        if name in CORPUS_TABLES:
            return pq.read_table(folder / f"{name}.parquet")
        return ds.dataset(folder / name, format="parquet", partitioning="hive").to_table()
    except (OSError, pa.ArrowInvalid) as error:
        raise StoreError(f"unreadable table {name} in {folder}: {error}") from error


def check_layout(manifest: dict[str, Any], folder: Path) -> None:
    """Refuse, in one line, a version (`folder`, whose `manifest` this is) written in an older file layout."""
    if manifest.get("layout") != LAYOUT:
        raise StoreError(f"the store in {folder} has an older layout: run `python -m newsclaims ingest` again")


def _record(record_type: type, row: dict[str, Any]) -> Any:
    values = {f.name: row[f.name] for f in fields(record_type)}
    if record_type is RECORD_LISTS["stakeholders"]:
        values["evidence"] = [Evidence(**item) for item in row["evidence"] or []]
    return record_type(**values)


def load_articles(store: Path = DEFAULT_STORE) -> list[Article]:
    """Every stored article with its record lists, in store order, all from one version."""
    folder = version_folder(store)
    rows = sorted(read_table("articles", folder).to_pylist(), key=lambda row: row["position"])
    articles = {row["article_id"]: Article(**{field: row[field] for field in ARTICLE_FIELDS}) for row in rows}
    for name, record_type in RECORD_LISTS.items():
        records = sorted(read_table(name, folder).to_pylist(), key=lambda row: row["position"])
        for row in records:
            getattr(articles[row["article_id"]], name).append(_record(record_type, row))
    return list(articles.values())
