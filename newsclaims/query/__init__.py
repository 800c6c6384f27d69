"""Queries over one store version in DuckDB: filters, search, counts, aggregates and pages of rows.

Every question the dashboard asks is one SQL query over the version's Parquet files. The filters become a
WHERE clause that DuckDB pushes into the scan (the files of other months and outlets are skipped by their
statistics), and only the rows asked for, or the aggregates, come back as pandas frames. Nothing here reads a
table whole into memory; DuckDB spills to disk past its memory limit.

Search is over each table's folded `search` column (store.fold: lower case, no accents), by words: the claims,
quotes and stakeholders through their word index (store.search_words), whose rows the queries name or join
(Hits); past MAX_FOUND_ROWS, and in the other tables, by a scan. DuckDB's full-text extension downloads from
DuckDB's own servers at run time, which the package registries this project installs from do not serve.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from newsclaims import store
from newsclaims.records import CORPUS_TABLES

RECORD_TABLES = ("quotes", "claims", "figures", "stakeholders")
STANCE_SCORES = {"pro": 1.0, "against": -1.0, "neutral": 0.0}
# DuckDB's share of the dashboard's memory: past it, sorts and joins spill to a temporary folder.
MEMORY_LIMIT = "256MB"
DEFAULT_ORDER = "date DESC NULLS LAST, article_id, position"  # newest articles first, records in text order
# The same claim across outlets: the widest clusters first, each cluster's claims together (store.cluster_numbers).
CLUSTER_ORDER = "cluster_size DESC, cluster_number NULLS LAST, outlet NULLS LAST, article_id, position"
RECENT_ROWS = 2000  # mentions the stance matrix picks its articles from (the most recent)
CO_MENTION_ROWS = 20_000  # mentions the co-mention network is drawn from (the most recent)
THREADS = 2
MAX_CACHED_WORDS = 256  # search words (and searches under filters) whose rows a StoreQuery keeps (oldest first)


@dataclass(frozen=True)
class Criteria:
    """What a view selects: the shared filters, and the page's own (figures' metrics and entities, engaged
    stakeholders only, claims shared by several outlets only). Hashable, so it can key caches."""

    outlets: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    stakeholders: tuple[str, ...] = ()
    stances: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    claim_types: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    q: str = ""
    metrics: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()
    engaged_only: bool = False
    shared_only: bool = False


class Where:
    """A WHERE clause under construction, with its parameters in order."""

    def __init__(self) -> None:
        self.terms: list[str] = []
        self.params: list[Any] = []
        self.joins_found = False  # keeps only the rows of a table of found rows (name_rows)

    def add(self, term: str, *params: Any) -> None:
        self.terms.append(term)
        self.params.extend(params)

    def one_of(self, column: str, values: Sequence[Any]) -> None:
        if values:
            self.add(f"{column} IN ({', '.join('?' for _ in values)})", *values)

    def copy(self) -> Where:
        twin = Where()
        twin.terms, twin.params, twin.joins_found = list(self.terms), list(self.params), self.joins_found
        return twin

    def sql(self) -> str:
        return " WHERE " + " AND ".join(f"({term})" for term in self.terms) if self.terms else ""


# The rows that hold a search word (from the word index) or match a search under filters (by one scan) are named
# one by one in the queries up to MAX_NAMED_ROWS; up to MAX_FOUND_ROWS they are kept in a table of the query's
# database that the queries join; past it, each query scans the texts.
MAX_NAMED_ROWS = 5000
MAX_FOUND_ROWS = 200_000
MAX_FOUND_TABLES = 8  # such tables kept at once (the oldest dropped first): 200,000 rows are about 6 MB
# The tables whose found rows are kept in a table: their texts are sentences, costly to scan. A join costs more than
# a scan of short texts: the stakeholders of a million articles, through a table, 540-840 ms a query; scanned, 200.
JOINED_WHEN_FOUND = ("claims", "quotes")


@dataclass(frozen=True)
class Hits:
    """Rows of a record table found for a search: their months, and either their articles and `article_id:position`
    keys, or the name of the table that holds their `article_id` and `position`."""

    months: tuple[str, ...]
    articles: tuple[str, ...] = ()
    keys: tuple[str, ...] = ()
    table: str = ""


def where(name: str, criteria: Criteria, hits: dict[str, Hits | None] | None = None) -> Where:
    """The WHERE clause of table `name` (articles or a record table) for `criteria`. A search word matches the
    rows where a word begins with it (« studio » finds « studios », not « audiostudio »): through the rows `hits`
    names for it, from the word index of the table (store.WORD_INDEXED), else by a scan of the folded texts."""
    clause = Where()
    clause.one_of("outlet", criteria.outlets)
    clause.one_of("language", criteria.languages)
    if criteria.since:
        clause.add("date_to >= ?", criteria.since.isoformat())
    if criteria.until:
        clause.add("date_from <= ? AND date_from <> ''", criteria.until.isoformat())
    people = list(criteria.stakeholders)
    if name == "articles" and people:
        marks = ", ".join("?" for _ in people)
        clause.add(
            f"article_id IN (SELECT article_id FROM stakeholders WHERE name IN ({marks})"
            f" UNION SELECT article_id FROM claims WHERE speaker IN ({marks}))",
            *people,
            *people,
        )
    elif name in ("claims", "quotes"):
        clause.one_of("speaker", people)
        if name == "claims":
            clause.one_of("stance", criteria.stances)
            clause.one_of("claim_type", criteria.claim_types)
            if criteria.topics:
                clause.add("list_has_any(topics, ?)", list(criteria.topics))
            if criteria.shared_only:
                clause.add("cluster_size > 1")
    elif name == "figures":
        clause.one_of("entity", people)
        clause.one_of("metric", criteria.metrics)
        clause.one_of("entity", criteria.entities)
    elif name == "stakeholders":
        clause.one_of("name", people)
        clause.one_of("stance", criteria.stances)
        if criteria.engaged_only:
            clause.add("engaged")
    for word in store.search_terms(criteria.q):
        found = (hits or {}).get(word)
        if found is None:
            # contains first: the cheap test rules out most rows before the pattern is tried.
            clause.add("contains(search, ?) AND regexp_matches(search, ?)", word, f"(^|{store.WORD_BREAKS}){word}")
        else:
            name_rows(clause, found)
    return clause


def name_rows(clause: Where, found: Hits) -> None:
    """Keep, in `clause`, only the rows `found` holds: by their months first (whole files skipped), then their
    articles (row groups skipped by their statistics) and the rows themselves, or a join with their table."""
    clause.one_of(store.PARTITION, found.months or [None])
    if found.table:
        clause.add(f"(article_id, position) IN (SELECT article_id, position FROM {found.table})")
        clause.joins_found = True
        return
    clause.one_of("article_id", found.articles or [None])
    clause.one_of("article_id || ':' || position", found.keys or [None])


def _named(found: pd.DataFrame) -> Hits:
    """Hits that name the rows of a frame of `month`, `article_id` and `position` (a row may be in it twice)."""
    found = found.drop_duplicates().sort_values(["article_id", "position"])
    keys = (f"{article}:{position}" for article, position in zip(found["article_id"], found["position"], strict=True))
    return Hits(tuple(sorted(set(found[store.PARTITION]))), tuple(dict.fromkeys(found["article_id"])), tuple(keys))


def _shared_part(criteria: Criteria) -> Criteria:
    """The criteria without the page's own filters: rows that match it hold every row that matches `criteria`."""
    return replace(criteria, metrics=(), entities=(), engaged_only=False, shared_only=False)


def narrowed_since(counts: pd.DataFrame, since: date | None, until: date | None) -> date | None:
    """The first day of the earliest month from which the rows counted per partition (`month`, `n`) within
    [since, until] number at most MAX_FOUND_ROWS, or the latest month when it alone holds more; None when all of
    them fit, or when no month can narrow them (rows dated by their year alone, or undated). A row dated by its
    year alone is kept from any first day of its year on (its date ends with the year), an undated one never."""
    spans = [
        (*store.date_bounds(month), int(n))
        for month, n in zip(counts[store.PARTITION], counts["n"], strict=True)
        if month != store.UNDATED
    ]
    first, last = (since.isoformat() if since else ""), (until.isoformat() if until else "9999")
    spans = [(start, end, n) for start, end, n in spans if end >= first and start <= last]
    if sum(n for _, _, n in spans) <= MAX_FOUND_ROWS:
        return None
    months = sorted({start for start, end, _ in spans if start[:7] == end[:7] and start > first}, reverse=True)
    kept = None
    for start in months:
        if kept is not None and sum(n for _, end, n in spans if end >= start) > MAX_FOUND_ROWS:
            break
        kept = start
    return date.fromisoformat(kept) if kept else None


def _word_range(name: str, word: str) -> tuple[str, list[str]]:
    """The FROM and WHERE of the word index rows of table `name` for the words that begin with `word`, with their
    parameters: in the partition of its initial, every such word sorts between it and it followed by the last code
    point."""
    index = f"{store.WORD_TABLES[name]} WHERE {store.WORD_PARTITION} = ? AND word >= ? AND word < ?"
    return index, [store.word_initial(word), word, word + chr(0x10FFFF)]


def _literal(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def spill_folder() -> str:
    """Where DuckDB spills what exceeds its memory limit: the system's temporary folder when it may be written,
    else nowhere ("": a query beyond the limit then fails instead of writing), as on a host whose disk is
    read-only. Never DuckDB's default, `.tmp` of the working directory, which a host may not let the app write.
    Checked with access(2), not by writing a probe file as `tempfile.gettempdir` does (which fails on such a
    host)."""
    for candidate in (os.environ.get("TMPDIR"), "/tmp", "/var/tmp"):
        if candidate and os.access(candidate, os.W_OK | os.X_OK):
            return str(Path(candidate) / "newsclaims-duckdb")
    return ""


def _tally_key(name: str, column: str) -> str | None:
    """The key under which the store tallies `column` of table `name` while writing (store.VALUE_COLUMNS): the
    manifest's value_counts and distinct_counts are kept under it (only for the columns each applies to)."""
    return next(
        (key for key, (table, tallied, _) in store.VALUE_COLUMNS.items() if (table, tallied) == (name, column)), None
    )


class StoreQuery:
    """The queries of one store version (a folder that holds a manifest). Safe to share between threads: each
    query runs on a cursor of its own."""

    def __init__(self, folder: Path) -> None:
        self.folder = store.version_folder(folder)
        self.manifest = store.read_manifest(self.folder)
        store.check_layout(self.manifest, self.folder)
        # Every query whose rows' order matters says it (ORDER BY); DuckDB may then read a scan stopped by a LIMIT
        # on both threads: the rows of a search under filters, found by one scan (matches), 1.3 -> 0.75 s at a
        # million articles.
        self._connection = duckdb.connect(
            config={
                "memory_limit": MEMORY_LIMIT,
                "threads": THREADS,
                "temp_directory": spill_folder(),
                "preserve_insertion_order": False,
            }
        )
        # The footers of the Parquet files are read once, not on every query (a store has a file per month).
        self._connection.execute("SET parquet_metadata_cache = true")
        self._lock = threading.Lock()
        # The rows found for searches (hits, matches), and the number of the last table made for some.
        self._found_rows: dict[tuple[Any, ...], Hits | None] = {}
        self._tables = 0
        for name in store.TABLES:
            if name in CORPUS_TABLES:
                source = f"read_parquet({_literal(self.folder / f'{name}.parquet')})"
            else:
                files = self.folder / name / "*" / "*.parquet"
                source = f"read_parquet({_literal(files)}, hive_partitioning = true)"
            self._connection.execute(f"CREATE VIEW {name} AS SELECT * FROM {source}")

    def _where(self, name: str, criteria: Criteria) -> Where:
        """where(), with the search words of an indexed table looked up in its word index first; when a word is
        too common for the index to name its rows, with the rows that match found by one scan (see matches)."""
        if name not in store.WORD_TABLES or not criteria.q:
            return where(name, criteria)
        hits = {word: self.hits(name, word) for word in store.search_terms(criteria.q)}
        found = self.matches(name, criteria, hits) if None in hits.values() and name in JOINED_WHEN_FOUND else None
        if found is None:
            return where(name, criteria, hits)
        clause = where(name, replace(criteria, q=""))
        name_rows(clause, found)
        return clause

    def matches(self, name: str, criteria: Criteria, hits: dict[str, Hits | None]) -> Hits | None:
        """The rows of indexed table `name` that match the search and shared filters of `criteria`, when other
        filters than the search leave at most MAX_FOUND_ROWS of them; else None. A search word too common for its
        index (`hits` None) costs a scan of the texts: this one scan, stopped past MAX_FOUND_ROWS rows, finds the
        rows for every query of the page, which would each scan the texts again (at a million articles, 0.7 s a
        query with an outlet and a stance chosen, 0.2 s through the rows found). Kept per table and criteria."""
        shared = _shared_part(criteria)
        if not where(name, replace(shared, q="")).terms:
            return None  # the search alone: more rows than its index keeps, so more than MAX_FOUND_ROWS
        clause = where(name, shared, hits)
        # A scan costs the same however many rows it keeps: it runs once, into a table.
        rows = f"SELECT {store.PARTITION}, article_id, position FROM {name}{clause.sql()}"
        return self._cached(("matches", name, shared), lambda: self._kept(rows, clause.params))

    def search_since(self, criteria: Criteria) -> date | None:
        """The first day of the months a search is narrowed to, when its words are in more claims under the shared
        filters than MAX_FOUND_ROWS (see narrowed_since); else None. Past that many, every query of a page would
        scan the texts of every month (at a million articles, a word in a fifth of the claims: 2.5 s a query, 18 s
        the Overview and Claims pages); within the most recent months that hold that many, the rows are found once
        and each query reads those months alone (0.9 s the two pages). Decided on the claims, the largest table
        searched, for every table of the view. The counts per month come from the word index for a search under
        dates alone, else from one scan under the filters, made only when the rows found by one scan (matches)
        overflow."""
        shared = _shared_part(criteria)
        words = store.search_terms(shared.q)
        hits = {word: self.hits("claims", word) for word in words}
        if not words or any(found is not None for found in hits.values()):
            return None  # a word the index finds in few enough claims bounds the rows of them all
        if where("claims", replace(shared, q="", since=None, until=None)).terms:
            if self.matches("claims", shared, hits) is not None:
                return None
            clause = where("claims", shared, hits)
            counts = self.frame(
                f"SELECT {store.PARTITION}, count(*) AS n FROM claims{clause.sql()} GROUP BY ALL", clause.params
            )
            return narrowed_since(counts, shared.since, shared.until)
        # The rarest word bounds the rows of them all; a prefix's index rows count a row once a word it begins, so
        # its counts are at least the rows it finds.
        per_word = [self._index_months("claims", word) for word in hits]
        return narrowed_since(min(per_word, key=lambda counts: counts["n"].sum()), shared.since, shared.until)

    def _index_months(self, name: str, word: str) -> pd.DataFrame:
        """The word index rows of table `name` for words that begin with `word`, per month (`month`, `n`)."""
        index, params = _word_range(name, word)
        return self.frame(f"SELECT {store.PARTITION}, count(*) AS n FROM {index} GROUP BY ALL", params)

    def hits(self, name: str, word: str) -> Hits | None:
        """The rows of table `name` with a word that begins with `word`, from its word index (the partition of the
        word's initial, and in it a few row groups: each batch's rows are in word order): named up to
        MAX_NAMED_ROWS, in a table up to MAX_FOUND_ROWS for the tables JOINED_WHEN_FOUND, else None. Kept per word.

        Most words are rare: their index rows are read once to be named; only a word past MAX_NAMED_ROWS is
        counted, then kept in a table (a table for every word cost a rare word 200 -> 350 ms at a million
        articles)."""
        index, params = _word_range(name, word)
        rows = f"SELECT {store.PARTITION}, article_id, position FROM {index}"

        def indexed() -> Hits | None:
            first = self.frame(f"{rows} LIMIT {MAX_NAMED_ROWS + 1}", params)
            if len(first) <= min(MAX_NAMED_ROWS, MAX_FOUND_ROWS):
                return _named(first)
            if name not in JOINED_WHEN_FOUND:
                return None
            counted = self.value(f"SELECT count(*) FROM ({rows} LIMIT {MAX_FOUND_ROWS + 1})", params)
            return self._kept(rows, params) if counted <= MAX_FOUND_ROWS else None

        return self._cached(("hits", name, word), indexed)

    def _cached(self, key: tuple[Any, ...], find: Callable[[], Hits | None]) -> Hits | None:
        """The rows found under `key` (see hits, matches): kept from an earlier call, else found by `find`."""
        with self._lock:
            if key in self._found_rows:
                return self._found_rows[key]
        return self._remember(key, find())

    def _kept(self, rows: str, params: Sequence[Any]) -> Hits | None:
        """The rows query `rows` selects, kept in a new table of the database (named instead when they are few):
        None past MAX_FOUND_ROWS. Counted as selected: a prefix of several words (« studio », « studios ») selects
        a row once a word, but a distinct over all of a common word's rows, before the limit, would cost seconds."""
        with self._lock:
            self._tables += 1
            table = f"found_{self._tables}"
        self.frame(f"CREATE TABLE {table} AS {rows} LIMIT {MAX_FOUND_ROWS + 1}", params)
        size = int(self.value(f"SELECT count(*) FROM {table}"))
        if MAX_NAMED_ROWS < size <= MAX_FOUND_ROWS:
            months = self.frame(f"SELECT DISTINCT {store.PARTITION} FROM {table} ORDER BY 1").iloc[:, 0]
            return Hits(tuple(months), table=table)
        answer = _named(self.frame(f"SELECT * FROM {table}")) if size <= MAX_FOUND_ROWS else None
        self.frame(f"DROP TABLE {table}")
        return answer

    def _remember(self, key: tuple[Any, ...], answer: Hits | None) -> Hits | None:
        """Keep `answer` under `key`, and return what is kept: the answer another thread found meanwhile, if any
        (this one's table is then dropped before any query used it). Past MAX_CACHED_WORDS answers the oldest goes,
        past MAX_FOUND_TABLES tables the oldest table (a page's queries have long finished with it when so many
        searches came after)."""
        with self._lock:
            if key in self._found_rows:
                kept, dropped = self._found_rows[key], [answer]
            else:
                kept, dropped = answer, []
                if len(self._found_rows) >= MAX_CACHED_WORDS:
                    dropped.append(self._found_rows.pop(next(iter(self._found_rows))))
                held = [old for old, hits in self._found_rows.items() if hits and hits.table]
                if answer and answer.table and len(held) >= MAX_FOUND_TABLES:
                    dropped.append(self._found_rows.pop(held[0]))
                self._found_rows[key] = answer
        for hits in dropped:
            if hits and hits.table:
                self.frame(f"DROP TABLE IF EXISTS {hits.table}")
        return kept

    def frame(self, sql: str, params: Sequence[Any] = ()) -> pd.DataFrame:
        """The result of one query as a DataFrame."""
        with self._lock:
            cursor = self._connection.cursor()
        try:
            return cursor.execute(sql, list(params)).df()
        finally:
            cursor.close()

    def value(self, sql: str, params: Sequence[Any] = ()) -> Any:
        frame = self.frame(sql, params)
        return frame.iat[0, 0] if not frame.empty else None

    # ------------------------------------------------------------------ counts and rows

    def total(self, name: str) -> int:
        """Rows of a table in the whole store (from the manifest: no scan)."""
        return int(self.manifest.get("counts", {}).get(name, 0))

    def count(self, name: str, criteria: Criteria) -> int:
        """Rows that match (with no filter, the manifest's count: no scan)."""
        if criteria == Criteria() and name in self.manifest.get("counts", {}):
            return self.total(name)
        clause = self._where(name, criteria)
        return int(self.value(f"SELECT count(*) FROM {name}{clause.sql()}", clause.params))

    def distinct_count(self, name: str, column: str, criteria: Criteria) -> int:
        """Distinct values of a column among the rows that match (with no filter, a column tallied when the store
        was written is counted from the manifest: no scan)."""
        distinct = self.manifest.get("distinct_counts", {}).get(_tally_key(name, column))
        if criteria == Criteria() and distinct is not None:
            return int(distinct)
        clause = self._where(name, criteria)
        return int(self.value(f"SELECT count(DISTINCT {column}) FROM {name}{clause.sql()}", clause.params))

    def rows(
        self,
        name: str,
        criteria: Criteria,
        columns: Sequence[str] | None = None,
        order: str = DEFAULT_ORDER,
        limit: int | None = 50,
        offset: int = 0,
    ) -> pd.DataFrame:
        """The rows of table `name` that match, in `order`, `limit` of them from `offset` (all when limit is None)."""
        clause = self._where(name, criteria)
        selected = ", ".join(f'"{column}"' for column in columns) if columns else "* EXCLUDE (search)"
        page = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""
        if not clause.joins_found or limit is None or limit > MAX_NAMED_ROWS:
            return self.frame(f"SELECT {selected} FROM {name}{clause.sql()} ORDER BY {order}{page}", clause.params)
        # A join with found rows is made after the scan, which then reads every column of every row the other
        # filters keep to sort them (50 claims of a million articles, an outlet and a stance chosen: 2.8 s). The
        # page's rows are picked by their keys first, then read by name.
        picked = self.frame(
            f"SELECT {store.PARTITION}, article_id, position FROM {name}{clause.sql()} ORDER BY {order}{page}",
            clause.params,
        )
        keys = [
            f"{article}:{position}" for article, position in zip(picked["article_id"], picked["position"], strict=True)
        ]
        chosen = Where()
        name_rows(chosen, _named(picked))
        rows = self.frame(
            f"SELECT {selected}, article_id || ':' || position AS row_key FROM {name}{chosen.sql()}", chosen.params
        )
        return rows.set_index("row_key").loc[keys].reset_index(drop=True)

    def value_counts(self, name: str, column: str, criteria: Criteria, limit: int = 20) -> pd.DataFrame:
        """The most frequent values of a column among the rows that match: `value`, `n` (a list column counts
        each of its items). With no filter, a column tallied when the store was written (store.VALUE_COLUMNS) is
        read from the manifest: no scan (the topics of a million articles' claims took 1.8 s)."""
        tallied = self.manifest.get("value_counts", {}).get(_tally_key(name, column))
        if criteria == Criteria() and tallied is not None:
            return pd.DataFrame(tallied[:limit], columns=["value", "n"]).astype({"n": "int64"})
        clause = self._where(name, criteria)
        value = f"unnest({column})" if column == "topics" else column
        return self.frame(
            f"SELECT value, count(*) AS n FROM (SELECT {value} AS value FROM {name}{clause.sql()})"
            " WHERE value IS NOT NULL"
            f" GROUP BY value ORDER BY n DESC, value LIMIT {int(limit)}",
            clause.params,
        )

    def article_tally(self, criteria: Criteria) -> pd.DataFrame:
        """The matching articles per month and outlet (`month`, `outlet`, `n`; month None for an article dated by
        its year alone or not at all, outlet None when unknown): the count of articles, of outlets and the articles
        over time, from one scan (see article_counts; three scans of a million articles took 290 ms, one 130)."""
        clause = self._where("articles", criteria)
        return self.frame(
            "SELECT CASE WHEN length(date) >= 7 THEN substr(date, 1, 7) END AS month, outlet, count(*) AS n"
            f" FROM articles{clause.sql()} GROUP BY ALL ORDER BY month, outlet",
            clause.params,
        )

    # ------------------------------------------------------------------ stakeholders

    def stakeholder_summary(self, criteria: Criteria, limit: int | None = 50, offset: int = 0) -> pd.DataFrame:
        """One row per stakeholder among the rows that match: kind, role, mentions, articles, stance counts and
        mean stance score; most mentioned first."""
        clause = self._where("stakeholders", criteria)
        page = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""
        return self.frame(
            "SELECT name, mode(kind) AS kind, mode(role) AS role, sum(mentions)::BIGINT AS mentions,"
            # An article holds one record per stakeholder (build_stakeholders), so its rows are its articles: a
            # count(DISTINCT article_id) costs five times as long over millions of rows.
            " count(*) AS articles,"
            " count(*) FILTER (WHERE stance = 'pro') AS pro, count(*) FILTER (WHERE stance = 'against') AS against,"
            " count(*) FILTER (WHERE stance = 'neutral') AS neutral, count(*) FILTER (WHERE stance = 'mixed') AS mixed,"
            f" round(avg(stance_score), 2) AS score FROM stakeholders{clause.sql()}"
            f" GROUP BY name ORDER BY mentions DESC, name{page}",
            clause.params,
        )

    def stakeholder_rows(self, criteria: Criteria, name: str, limit: int = 200) -> pd.DataFrame:
        """The matching rows of one stakeholder, newest first. The rows are picked on three columns, then read
        whole from the months they are in: reading every column of every row of a frequent name to keep 200
        would cost seconds on a large store."""
        clause = self._where("stakeholders", _with_people(criteria, (name,)))
        picked = self.frame(
            f"SELECT article_id, position, date FROM stakeholders{clause.sql()}"
            f" ORDER BY date DESC NULLS LAST, article_id, position LIMIT {int(limit)}",
            clause.params,
        )
        rows = self._of_articles("stakeholders", picked, clause)
        return picked.drop(columns="date").merge(rows, on=["article_id", "position"])

    def _of_articles(self, name: str, picked: pd.DataFrame, clause: Where) -> pd.DataFrame:
        """Every column of the rows of table `name` that match `clause` in the articles of `picked` (its
        `article_id` and `date`); the oldest date picked bounds the scan to the months since."""
        ids = picked["article_id"].unique().tolist()
        narrowed = clause.copy()
        narrowed.one_of("article_id", ids or [None])
        if ids and picked["date"].notna().all():
            narrowed.add("date >= ?", picked["date"].min())
        return self.frame(f"SELECT * EXCLUDE (search) FROM {name}{narrowed.sql()}", narrowed.params)

    def _recent(self, name: str, clause: Where, rows: int) -> str:
        """SQL of the articles of the `rows` most recent rows of table `name` that match `clause`."""
        return (
            f"SELECT DISTINCT article_id FROM (SELECT article_id FROM {name}{clause.sql()}"
            f" ORDER BY date DESC NULLS LAST, article_id LIMIT {int(rows)})"
        )

    def stance_by_article(self, criteria: Criteria, names: Sequence[str], articles: int = 40) -> pd.DataFrame:
        """Mean stance score of each of `names` in the `articles` most recent articles that mention them
        (`name`, `article_id`, `label`, `score`)."""
        if not names:
            return pd.DataFrame(columns=["name", "article_id", "label", "score"])
        clause = self._where("stakeholders", _with_people(criteria, tuple(names)))
        picked = self.frame(
            f"SELECT article_id, max(date) AS date FROM (SELECT article_id, date FROM stakeholders{clause.sql()}"
            f" ORDER BY date DESC NULLS LAST, article_id LIMIT {RECENT_ROWS}) GROUP BY article_id"
            f" ORDER BY date DESC NULLS LAST, article_id LIMIT {int(articles)}",
            clause.params,
        )
        rows = self._of_articles("stakeholders", picked, clause)
        if rows.empty:
            return pd.DataFrame(columns=["name", "article_id", "label", "score"])
        outlets = rows["outlet"].fillna("")
        rows = rows.assign(
            label=outlets.where(outlets == "", outlets + " · ") + rows["title"].fillna("").str.slice(0, 28)
        )
        scores = rows.groupby(["name", "article_id", "label"], as_index=False)["stance_score"].mean()
        return scores.rename(columns={"stance_score": "score"}).sort_values("article_id").reset_index(drop=True)

    def stance_by_topic(self, criteria: Criteria, names: Sequence[str]) -> pd.DataFrame:
        """Mean stance of each of `names` over their claims on each topic (+1 pro, -1 against): `name`, `topic`,
        `score`."""
        if not names:
            return pd.DataFrame(columns=["name", "topic", "score"])
        clause = self._where("claims", _with_people(criteria, tuple(names)))
        scores = " ".join(f"WHEN '{stance}' THEN {score}" for stance, score in STANCE_SCORES.items())
        return self.frame(
            f"SELECT speaker AS name, topic, avg(CASE stance {scores} END) AS score"
            f" FROM (SELECT speaker, stance, unnest(topics) AS topic FROM claims{clause.sql()})"
            " GROUP BY speaker, topic ORDER BY topic",
            clause.params,
        )

    def co_mentions(self, criteria: Criteria, names: Sequence[str]) -> pd.DataFrame:
        """Pairs of `names` mentioned in the same article, with the number of such articles (`a`, `b`,
        `articles`), among the articles of their CO_MENTION_ROWS most recent mentions (a self-join of every
        mention of a million articles would take seconds)."""
        if not names:
            return pd.DataFrame(columns=["a", "b", "articles"])
        clause = self._where("stakeholders", _with_people(criteria, tuple(names)))
        recent = self._recent("stakeholders", clause, CO_MENTION_ROWS)
        return self.frame(
            f"WITH shown AS (SELECT DISTINCT article_id, name FROM stakeholders{clause.sql()}"
            f" AND article_id IN ({recent}))"
            " SELECT x.name AS a, y.name AS b, count(*) AS articles FROM shown x JOIN shown y USING (article_id)"
            " WHERE x.name < y.name GROUP BY 1, 2 ORDER BY articles DESC, a, b",
            [*clause.params, *clause.params],
        )

    # ------------------------------------------------------------------ across articles

    def _either_side(self, pairs: str, name: str, key: str, side: str, criteria: Criteria) -> tuple[str, list[Any]]:
        """The WHERE clause (and its parameters) that keeps the rows of the pair table `pairs` with a side
        (`{side}a` or `{side}b`) among the `key`s of the rows of table `name` that match `criteria`. None when
        nothing is filtered or there is no pair: the table `name` is then not read at all."""
        clause = self._where(name, criteria)
        if not clause.terms or not self.total(pairs):
            return "", []
        shown = f"SELECT DISTINCT {key} FROM {name}{clause.sql()}"
        return f" WHERE {side}a IN ({shown}) OR {side}b IN ({shown})", [*clause.params, *clause.params]

    def disputes(self, criteria: Criteria, limit: int = 50) -> tuple[int, pd.DataFrame]:
        """The contradicting pairs of claims with a side among the claims that match, newest first, each side
        with its article's outlet, date and title: their number and the first `limit`."""
        sides = ", ".join(f"{s}.outlet AS outlet_{s}, {s}.date AS date_{s}, {s}.title AS title_{s}" for s in "ab")
        shown, params = self._either_side("claim_disputes", "claims", "cluster_id", "d.cluster_", criteria)
        base = (
            "FROM claim_disputes d JOIN articles a ON a.article_id = d.article_a"
            f" JOIN articles b ON b.article_id = d.article_b{shown}"
        )
        count = int(self.value(f"SELECT count(*) {base}", params))
        rows = self.frame(
            f"SELECT d.*, {sides} {base} ORDER BY date_b DESC NULLS LAST, date_a DESC NULLS LAST LIMIT {int(limit)}",
            params,
        )
        return count, rows

    def comparisons(self, criteria: Criteria, limit: int = 200) -> tuple[int, pd.DataFrame]:
        """Figures compared across articles (agree / conflict) with an article among those that match: their
        number and the first `limit`, conflicts first."""
        shown, params = self._either_side("figure_comparisons", "articles", "article_id", "article_", criteria)
        base = f"FROM figure_comparisons{shown}"
        count = int(self.value(f"SELECT count(*) {base}", params))
        rows = self.frame(f"SELECT * {base} ORDER BY status, entity, metric LIMIT {int(limit)}", params)
        return count, rows

    # ------------------------------------------------------------------ one article

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One article's row (with its body), or None."""
        frame = self.frame("SELECT * EXCLUDE (search) FROM articles WHERE article_id = ?", [article_id])
        return None if frame.empty else frame.iloc[0].to_dict()

    def article_records(self, name: str, article_id: str) -> pd.DataFrame:
        """The records of table `name` of one article, in their order."""
        return self.frame(f"SELECT * FROM {name} WHERE article_id = ? ORDER BY position", [article_id])

    def article_choices(self, criteria: Criteria, limit: int = 500) -> pd.DataFrame:
        """The first `limit` matching articles (`article_id`, `title`), in corpus order."""
        return self.rows("articles", criteria, ["article_id", "title"], order="position", limit=limit)

    def existing(self, name: str, column: str, values: Sequence[str]) -> list[str]:
        """Those of `values` that some row of the table has in `column`."""
        if not values:
            return []
        marks = ", ".join("?" for _ in values)
        frame = self.frame(f"SELECT DISTINCT {column} FROM {name} WHERE {column} IN ({marks})", list(values))
        return [str(value) for value in frame.iloc[:, 0]]

    # ------------------------------------------------------------------ filter options

    def options(self) -> dict[str, list[str]]:
        """Values of the filters, from the manifest (tallied when the store was written, store.VALUE_COLUMNS):
        outlets and languages in alphabetical order, the most mentioned stakeholders then the speakers who are no
        stakeholder, topics and claim types, the most frequent metrics and entities."""
        values = {key: list(self.manifest.get("values", {}).get(key, [])) for key in store.VALUE_COLUMNS}
        people = values["stakeholders"]
        known = set(people)
        return {
            "outlets": sorted(values["outlets"]),
            "languages": sorted(values["languages"]),
            "stakeholders": people + sorted(name for name in values["speakers"] if name not in known),
            "topics": sorted(values["topics"]),
            "claim_types": sorted(values["claim_types"]),
            "metrics": values["metrics"],
            "entities": values["entities"],
        }


@dataclass(frozen=True)
class ArticleCounts:
    """What an article tally (StoreQuery.article_tally) says: articles, distinct known outlets, and the dated
    articles per month (`month`, `n`, in time order)."""

    articles: int
    outlets: int
    months: pd.DataFrame

    @classmethod
    def of(cls, tally: pd.DataFrame) -> ArticleCounts:
        months = tally.dropna(subset=["month"]).groupby("month", as_index=False)["n"].sum().sort_values("month")
        return cls(int(tally["n"].sum()), int(tally["outlet"].nunique()), months.reset_index(drop=True))


def _with_people(criteria: Criteria, names: tuple[str, ...]) -> Criteria:
    """The criteria with the stakeholders narrowed to `names` (the page picked them among those that match)."""
    return replace(criteria, stakeholders=names)
