"""The store: one Parquet table per record type and a manifest, swapped in atomically as one version."""

from __future__ import annotations

import json
import os
import shutil
import time
import types
import typing
import uuid
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from newsclaims.records import ARTICLE_FIELDS, CORPUS_TABLES, RECORD_LISTS, Article, Evidence

DEFAULT_STORE = Path("data/store")
CURRENT_FILE = "CURRENT"
MANIFEST_FILE = "manifest.json"
TABLES = ["articles", *RECORD_LISTS, *CORPUS_TABLES]


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
    """Arrow schema of a store table, derived from the record dataclass (every row has article_id)."""
    if name == "articles":
        hints = typing.get_type_hints(Article)
        return pa.schema([(field, _arrow_type(hints[field])) for field in ARTICLE_FIELDS])
    if name in CORPUS_TABLES:
        hints = typing.get_type_hints(CORPUS_TABLES[name])
        return pa.schema([(f.name, _arrow_type(hints[f.name])) for f in fields(CORPUS_TABLES[name])])
    record = RECORD_LISTS[name]
    hints = typing.get_type_hints(record)
    return pa.schema([("article_id", pa.string())] + [(f.name, _arrow_type(hints[f.name])) for f in fields(record)])


def _rows(articles: list[Article], name: str, corpus_tables: dict[str, list[Any]]) -> list[dict[str, Any]]:
    if name in CORPUS_TABLES:
        return [vars(row) for row in corpus_tables.get(name, [])]
    if name == "articles":
        return [{field: getattr(article, field) for field in ARTICLE_FIELDS} for article in articles]
    rows = []
    for article in articles:
        for record in getattr(article, name):
            row: dict[str, Any] = {"article_id": article.article_id}
            row.update({f.name: getattr(record, f.name) for f in fields(record)})
            if name == "stakeholders":
                row["evidence"] = [vars(item) for item in record.evidence]
            rows.append(row)
    return rows


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


def write_store(
    articles: list[Article],
    manifest: dict[str, Any],
    store: Path = DEFAULT_STORE,
    corpus_tables: dict[str, list[Any]] | None = None,
    grace_seconds: float = RETIRED_GRACE_SECONDS,
) -> Path:
    """Write a new version beside the live one, then switch CURRENT to it in one atomic rename.

    `corpus_tables` holds the rows of the CORPUS_TABLES (records computed over the whole corpus). The version
    replaced stays `grace_seconds` for the readers that still hold it.

    A crash at any point leaves CURRENT naming the previous, complete version.
    """
    store.mkdir(parents=True, exist_ok=True)
    previous = current_version(store)
    token = uuid.uuid4().hex[:12]
    staging = store / f".staging-{token}"
    staging.mkdir()
    try:
        counts = {}
        for name in TABLES:
            rows = _rows(articles, name, corpus_tables or {})
            counts[name] = len(rows)
            pq.write_table(pa.Table.from_pylist(rows, schema=table_schema(name)), staging / f"{name}.parquet")
        full_manifest = {**manifest, "counts": counts, "version": f"v-{token}"}
        (staging / MANIFEST_FILE).write_text(json.dumps(full_manifest, ensure_ascii=False, indent=2), encoding="utf-8")
        for path in staging.iterdir():
            with path.open("rb") as handle:
                os.fsync(handle.fileno())
        final = store / f"v-{token}"
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
    return final


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
    """One table of the live version of `store` (or of `store` when it is a version folder) as an Arrow table."""
    if name not in TABLES:
        raise StoreError(f"unknown table {name!r}")
    folder = version_folder(store)
    try:
        return pq.read_table(folder / f"{name}.parquet")
    except OSError as error:
        raise StoreError(f"unreadable table {name} in {folder}: {error}") from error


def _record(record_type: type, row: dict[str, Any]) -> Any:
    values = {f.name: row[f.name] for f in fields(record_type)}
    if record_type is RECORD_LISTS["stakeholders"]:
        values["evidence"] = [Evidence(**item) for item in row["evidence"] or []]
    return record_type(**values)


def load_articles(store: Path = DEFAULT_STORE) -> list[Article]:
    """Every stored article with its record lists, in store order, all from one version."""
    folder = version_folder(store)
    articles = {row["article_id"]: Article(**row) for row in read_table("articles", folder).to_pylist()}
    for name, record_type in RECORD_LISTS.items():
        for row in read_table(name, folder).to_pylist():
            getattr(articles[row["article_id"]], name).append(_record(record_type, row))
    return list(articles.values())
