"""Queries over a store version in DuckDB: each answer checked against a direct computation on the records."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from newsclaims import store
from newsclaims.query import CLUSTER_ORDER, JOINED_WHEN_FOUND, ArticleCounts, Criteria, StoreQuery, narrowed_since
from newsclaims.records import Article, Claim, ClaimDispute, Evidence, Figure, Quote, Stakeholder

OUTLETS = ["La Dépêche", "Le Courrier", None]
STANCES = ["pro", "against", "neutral"]
PEOPLE = ["Éva Durand", "Syndicat des monteurs", "Studio Lune"]


def _article(index: int) -> Article:
    """Article `index`: outlet, date, stance and topics cycle so that every filter splits the corpus."""
    speaker = PEOPLE[index % 3]
    text = f"Le studio numéro {index} prévoit {index + 2} films générés en partie par ordinateur."
    body = f"Titre {index}\n\n{text} Fin."
    start = body.index(text)
    claim = Claim(
        text,
        speaker,
        "quote",
        "prediction",
        [["jobs"], ["cost", "jobs"], []][index % 3],
        STANCES[index % 3],
        0.0,
        0.0,
        f"c{index % 4}",
        start,
        start + len(text),
    )
    return Article(
        article_id=f"a{index:02d}",
        source_path=f"{index:02d}.txt",
        title=f"Titre {index} — Opéra",
        date=[f"2024-{index % 12 + 1:02d}-0{index % 9 + 1}", "2023", None][index % 3],
        author=None,
        outlet=OUTLETS[index % 3],
        language=["fr", "en"][index % 2],
        body=body,
        quotes=[Quote(text, "direct", speaker, speaker, "dire", "neutral", start, start + len(text))],
        claims=[claim],
        figures=[Figure(f"{index + 2} films", "count", index + 2, "films", "films", speaker, None, None, 0, 1)],
        stakeholders=[
            Stakeholder(speaker, "person", None, [speaker], index + 1, STANCES[index % 3], 0.5, [Evidence(text, 0, 5)]),
            Stakeholder(PEOPLE[(index + 1) % 3], "organization", "studio", [], 1, "neutral", 0.0, [], index % 2 == 0),
        ],
    )


ARTICLES = [_article(index) for index in range(24)]


@pytest.fixture(scope="module")
def query(tmp_path_factory: pytest.TempPathFactory) -> StoreQuery:
    folder = tmp_path_factory.mktemp("store")
    dispute = ClaimDispute("negation", "c0", "a00", "x", None, 0, 1, "c1", "a01", "y", None, 0, 1)
    store.write_store(ARTICLES, {"test": True}, folder, {"claim_disputes": [dispute]})
    return StoreQuery(folder)


def _claims(keep) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(a.article_id for a in ARTICLES for c in a.claims if keep(a, c))


@pytest.mark.parametrize(
    ("criteria", "keep"),
    [
        (Criteria(), lambda a, c: True),
        (Criteria(outlets=("La Dépêche",)), lambda a, c: a.outlet == "La Dépêche"),
        (Criteria(stances=("pro", "against")), lambda a, c: c.stance in ("pro", "against")),
        (Criteria(topics=("cost",)), lambda a, c: "cost" in c.topics),
        (
            Criteria(languages=("en",), stakeholders=("Studio Lune",)),
            lambda a, c: a.language == "en" and c.speaker == "Studio Lune",
        ),
        # A year-only date spans its year: it is in a range that overlaps it; an undated article is in none.
        (Criteria(since=date(2023, 6, 1), until=date(2023, 7, 1)), lambda a, c: a.date == "2023"),
        (Criteria(since=date(2024, 6, 1)), lambda a, c: (a.date or "") >= "2024-06"),
        # Search ignores case and accents, and every word must match.
        (Criteria(q="EVA durand"), lambda a, c: c.speaker == "Éva Durand"),
        (Criteria(q="NUMERO 17 studio"), lambda a, c: " 17 " in c.text and "numéro" in c.text),
    ],
)
def test_claim_filters_match_a_direct_computation(query: StoreQuery, criteria: Criteria, keep) -> None:  # type: ignore[no-untyped-def]
    rows = query.rows("claims", criteria, ["article_id"], limit=None)
    assert sorted(rows["article_id"]) == _claims(keep)
    assert query.count("claims", criteria) == len(_claims(keep))


def _searched(name: str, record: object) -> str:
    """The text of a record that search reads (store.SEARCHED)."""
    return " ".join(str(getattr(record, field) or "") for field in store.SEARCHED[name])


@pytest.mark.parametrize("q", ["studio", "NUMÉRO 1", "ordinat", "films générés", "eva", "nulle-part"])
def test_a_search_through_the_word_index_finds_what_a_scan_finds(
    query: StoreQuery, monkeypatch: pytest.MonkeyPatch, q: str
) -> None:
    """The claims, quotes and stakeholders are searched through their word index: its rows named in the query, or
    past MAX_NAMED_ROWS joined from a table (or scanned: the stakeholders' names are short); past MAX_FOUND_ROWS,
    by a scan of their texts. All three find the rows
    where a word begins with each search word."""
    terms = store.search_terms(q)
    assert set(store.WORD_INDEXED) == {"claims", "quotes", "stakeholders"}
    for name in store.WORD_INDEXED:
        expected = sorted(
            a.article_id
            for a in ARTICLES
            for record in getattr(a, name)
            if all(any(w.startswith(t) for w in store.search_terms(_searched(name, record))) for t in terms)
        )
        indexed = query.rows(name, Criteria(q=q), ["article_id"], limit=None)["article_id"].tolist()
        assert all(query.hits(name, t) is not None for t in terms)  # answered by the index
        monkeypatch.setattr("newsclaims.query.MAX_NAMED_ROWS", 0)
        joined = StoreQuery(query.folder)
        in_table = joined.rows(name, Criteria(q=q), ["article_id"], limit=None)["article_id"]
        if name in JOINED_WHEN_FOUND:
            assert all(joined.hits(name, t).table for t in terms if expected)  # type: ignore[union-attr]
        else:  # short texts: scanned rather than joined
            assert all(joined.hits(name, t) is None for t in terms if expected)
        monkeypatch.setattr("newsclaims.query.MAX_FOUND_ROWS", -1)
        scanned = StoreQuery(query.folder).rows(name, Criteria(q=q), ["article_id"], limit=None)["article_id"]
        monkeypatch.undo()
        assert sorted(indexed) == sorted(in_table) == sorted(scanned.tolist()) == expected


@pytest.mark.parametrize("shared_only", [False, True])
@pytest.mark.parametrize("named", [True, False])
def test_a_word_too_common_for_the_index_is_searched_once_under_the_other_filters(
    query: StoreQuery, monkeypatch: pytest.MonkeyPatch, shared_only: bool, named: bool
) -> None:
    """A word in more rows than the index keeps is found by a scan; with filters that leave few rows, one scan
    finds them (named in the queries, or held in a table) for every query of the page, and the answers and pages
    are those of a scan by each query."""
    monkeypatch.setattr("newsclaims.query.MAX_FOUND_ROWS", 5)
    monkeypatch.setattr("newsclaims.query.MAX_NAMED_ROWS", 5 if named else 0)
    fresh = StoreQuery(query.folder)
    criteria = Criteria(q="studio", outlets=("La Dépêche",), languages=("en",), shared_only=shared_only)
    assert fresh.hits("claims", "studio") is None  # every claim holds it: too many for the index
    found = fresh.matches("claims", criteria, {"studio": None})
    assert found is not None and (len(found.keys) == 4 if named else bool(found.table))
    assert fresh.matches("claims", Criteria(q="studio"), {"studio": None}) is None  # the search alone: too many
    keep = lambda a, c: a.outlet == "La Dépêche" and a.language == "en"  # noqa: E731
    if shared_only:
        sizes = Counter(c.cluster_id for a in ARTICLES for c in a.claims)
        keep = lambda a, c: a.outlet == "La Dépêche" and a.language == "en" and sizes[c.cluster_id] > 1  # noqa: E731
    expected = _claims(keep)
    shown = ["article_id", "position", "text"]
    assert sorted(fresh.rows("claims", criteria, ["article_id"], limit=None)["article_id"]) == expected
    assert fresh.count("claims", criteria) == len(expected)
    page = fresh.rows("claims", criteria, shown, CLUSTER_ORDER, limit=2, offset=1)
    monkeypatch.setattr("newsclaims.query.MAX_FOUND_ROWS", -1)  # every query a scan of its own
    scanning = StoreQuery(query.folder)
    assert sorted(scanning.rows("claims", criteria, ["article_id"], limit=None)["article_id"]) == expected
    assert page.equals(scanning.rows("claims", criteria, shown, CLUSTER_ORDER, limit=2, offset=1))


@pytest.mark.parametrize(
    ("limit", "since", "until", "expected"),
    [
        (6, None, None, None),  # all of them fit (the undated rows are never kept)
        (4, None, None, "2024-12-01"),  # from November on, the rows dated by the year alone count too: 5
        (5, None, None, "2024-11-01"),
        (1, None, None, "2024-12-01"),  # the latest month alone is over: it is kept all the same
        (5, None, date(2024, 11, 30), None),  # December is outside the dates: 5 rows fit
        (2, date(2024, 11, 1), None, "2024-12-01"),  # October is outside the dates
        (3, date(2024, 12, 1), None, None),  # no month after the view's own first day narrows it
    ],
)
def test_a_search_is_narrowed_to_the_latest_months_that_hold_few_enough_rows(
    monkeypatch: pytest.MonkeyPatch, limit: int, since: date | None, until: date | None, expected: str | None
) -> None:
    monkeypatch.setattr("newsclaims.query.MAX_FOUND_ROWS", limit)
    counts = pd.DataFrame({"month": ["2024-11", "2024", "2024-10", "2024-12", store.UNDATED], "n": [1, 3, 1, 1, 9]})
    assert narrowed_since(counts, since, until) == (date.fromisoformat(expected) if expected else None)


@pytest.mark.parametrize(
    ("criteria", "since"),
    [
        (Criteria(q="17"), None),  # held by two claims
        (Criteria(q="numero 17"), None),  # « numéro » is in every claim, « 17 » in two: few enough
        # Every claim holds « studio »: the dated ones are in four months of 2024, two claims a month.
        (Criteria(q="Studio"), date(2024, 7, 1)),
        # The English articles' claims are in April and October: found by a scan under the filter.
        (Criteria(q="studio", languages=("en",)), date(2024, 4, 1)),
        (Criteria(q="studio", until=date(2024, 6, 30)), date(2024, 1, 1)),  # those dated 2023 alone left out
    ],
)
def test_a_search_in_too_many_claims_is_narrowed_to_its_latest_months(
    query: StoreQuery, monkeypatch: pytest.MonkeyPatch, criteria: Criteria, since: date | None
) -> None:
    """Past MAX_FOUND_ROWS claims, a search is narrowed to the most recent months that hold at most that many,
    counted from the word index, or under other filters by a scan; the narrowed view holds no more."""
    monkeypatch.setattr("newsclaims.query.MAX_FOUND_ROWS", 5)
    fresh = StoreQuery(query.folder)
    assert fresh.search_since(criteria) == since
    if since:
        narrowed = replace(criteria, since=since)
        kept = fresh.rows("claims", narrowed, ["article_id"], limit=None)["article_id"]
        assert 0 < len(kept) <= 5
        keep = {a.article_id for a in ARTICLES if (a.date or "").startswith("2024-") and a.date >= str(since)}
        assert set(kept) <= keep


def test_tables_of_found_rows_are_dropped_past_their_limit(query: StoreQuery, monkeypatch: pytest.MonkeyPatch) -> None:
    """Found rows kept in tables cost memory: past MAX_FOUND_TABLES the oldest table goes, and its search, asked
    again, is found again."""
    monkeypatch.setattr("newsclaims.query.MAX_NAMED_ROWS", 0)
    monkeypatch.setattr("newsclaims.query.MAX_FOUND_TABLES", 2)
    fresh = StoreQuery(query.folder)
    words = ["studio", "films", "ordinateur"]
    counts = [fresh.count("claims", Criteria(q=word)) for word in words]
    assert fresh.value("SELECT count(*) FROM duckdb_tables() WHERE table_name LIKE 'found_%'") == 2
    assert fresh.count("claims", Criteria(q=words[0])) == counts[0] == len(ARTICLES)


def test_pages_cover_the_rows_once_in_order(query: StoreQuery) -> None:
    whole = query.rows("claims", Criteria(), ["article_id"], limit=None)["article_id"].tolist()
    pages = [
        query.rows("claims", Criteria(), ["article_id"], limit=5, offset=o)["article_id"].tolist()
        for o in range(0, 30, 5)
    ]
    assert [item for page in pages for item in page] == whole
    dated = [a.date for a in sorted(ARTICLES, key=lambda a: a.article_id) if a.date]
    newest = query.rows("claims", Criteria(), ["date"], limit=1)["date"].iat[0]
    assert newest == max(dated)


def test_cluster_order_puts_the_widest_clusters_first_each_clusters_claims_together(query: StoreQuery) -> None:
    rows = query.rows("claims", Criteria(), ["cluster_key", "cluster_size", "cluster_number"], CLUSTER_ORDER, None)
    assert rows["cluster_size"].is_monotonic_decreasing
    keys = rows["cluster_key"].tolist()
    assert [key for index, key in enumerate(keys) if index == 0 or keys[index - 1] != key] == list(dict.fromkeys(keys))
    # One number a cluster, each cluster its own.
    assert rows.groupby("cluster_key")["cluster_number"].nunique().eq(1).all()
    assert rows.drop_duplicates("cluster_key")["cluster_number"].is_unique


def test_rows_read_only_the_columns_asked_even_reserved_words(query: StoreQuery) -> None:
    """A table's page reads the columns it shows; « end » (a span's end) is an SQL keyword, quoted."""
    rows = query.rows("claims", Criteria(), ["text", "start", "end"], limit=3)
    assert list(rows.columns) == ["text", "start", "end"]
    assert (rows["start"] < rows["end"]).all()


def test_stakeholder_summary_matches_a_direct_computation(query: StoreQuery) -> None:
    summary = query.stakeholder_summary(Criteria(), limit=None).set_index("name")
    for name in PEOPLE:
        records = [(a, s) for a in ARTICLES for s in a.stakeholders if s.name == name]
        assert summary.at[name, "mentions"] == sum(s.mentions for _, s in records)
        assert summary.at[name, "articles"] == len({a.article_id for a, _ in records})
        assert summary.at[name, "pro"] == sum(s.stance == "pro" for _, s in records)
    assert summary.index.tolist()[0] == max(PEOPLE, key=lambda n: summary.at[n, "mentions"])
    engaged = query.stakeholder_summary(Criteria(engaged_only=True), limit=None)
    assert engaged["mentions"].sum() == sum(s.mentions for a in ARTICLES for s in a.stakeholders if s.engaged)


def test_counts_by_value_and_month(query: StoreQuery) -> None:
    topics = query.value_counts("claims", "topics", Criteria()).set_index("value")["n"].to_dict()
    assert topics == {"jobs": 16, "cost": 8}
    assert query.distinct_count("articles", "outlet", Criteria()) == 2


@pytest.mark.parametrize(
    ("criteria", "keep"),
    [
        (Criteria(), lambda a: True),
        (Criteria(languages=("en",)), lambda a: a.language == "en"),
        # Every word, each the beginning of a word of the title (« 1 » finds « 12 », not « 21 »).
        (Criteria(q="TITRE 1"), lambda a: a.title.split()[1].startswith("1")),
    ],
)
def test_one_tally_counts_the_articles_their_outlets_and_months(query: StoreQuery, criteria: Criteria, keep) -> None:  # type: ignore[no-untyped-def]
    kept = [a for a in ARTICLES if keep(a)]
    counts = ArticleCounts.of(query.article_tally(criteria))
    assert counts.articles == len(kept) == query.count("articles", criteria)
    assert counts.outlets == len({a.outlet for a in kept if a.outlet})
    months = Counter(a.date[:7] for a in kept if a.date and len(a.date) >= 7)
    assert dict(zip(counts.months["month"], counts.months["n"], strict=True)) == months
    assert counts.months["month"].is_monotonic_increasing


def test_co_mentions_and_disputes(query: StoreQuery) -> None:
    pairs = query.co_mentions(Criteria(), PEOPLE)
    assert pairs["articles"].sum() == len(ARTICLES)  # two stakeholders an article, a pair an article
    count, disputes = query.disputes(Criteria())
    assert count == 1 and disputes.at[0, "outlet_a"] == "La Dépêche" and disputes.at[0, "outlet_b"] == "Le Courrier"
    assert query.disputes(Criteria(outlets=("nowhere",)))[0] == 0


def test_one_article_and_its_records(query: StoreQuery) -> None:
    article = query.article("a05")
    assert article is not None and article["body"] == ARTICLES[5].body
    assert query.article("missing") is None
    quotes = query.article_records("quotes", "a05")
    assert quotes["text"].tolist() == [q.text for q in ARTICLES[5].quotes]
    assert query.existing("stakeholders", "name", ["Studio Lune", "Nobody"]) == ["Studio Lune"]


def test_options_are_tallied_when_the_store_is_written(query: StoreQuery) -> None:
    options = query.options()
    assert options["outlets"] == ["La Dépêche", "Le Courrier"] and options["languages"] == ["en", "fr"]
    assert options["topics"] == ["cost", "jobs"] and options["claim_types"] == ["prediction"]
    # Stakeholders by mentions summed over the corpus, most mentioned first, as the summary ranks them.
    assert options["stakeholders"] == query.stakeholder_summary(Criteria(), limit=None)["name"].tolist()
    metrics = query.value_counts("figures", "metric", Criteria(), limit=100)["value"].tolist()
    assert options["metrics"] == metrics


@pytest.mark.parametrize("key", [key for key, (_, _, weight) in store.VALUE_COLUMNS.items() if weight is None])
def test_unfiltered_counts_are_read_from_the_manifest_and_agree_with_a_scan(query: StoreQuery, key: str) -> None:
    table, column, _ = store.VALUE_COLUMNS[key]
    tallied = query.value_counts(table, column, Criteria(), limit=100)
    assert tallied.values.tolist() == query.manifest["value_counts"][key]
    scanning = StoreQuery(query.folder.parent)
    del scanning.manifest["value_counts"]  # a store written before the counts were kept: the query scans
    scanned = scanning.value_counts(table, column, Criteria(), limit=100)
    assert tallied.values.tolist() == scanned.values.tolist()
    assert tallied.dtypes.tolist() == scanned.dtypes.tolist()


@pytest.mark.parametrize("key", list(store.VALUE_COLUMNS))
def test_unfiltered_totals_are_read_from_the_manifest_and_agree_with_a_scan(query: StoreQuery, key: str) -> None:
    table, column, _ = store.VALUE_COLUMNS[key]
    scanning = StoreQuery(query.folder.parent)
    scanning.manifest = {k: v for k, v in scanning.manifest.items() if k not in {"counts", "distinct_counts"}}
    if key != "topics":  # a list column's tally counts its items, not its distinct lists: it is not kept
        assert query.distinct_count(table, column, Criteria()) == query.manifest["distinct_counts"][key]
    assert query.distinct_count(table, column, Criteria()) == scanning.distinct_count(table, column, Criteria())
    assert query.count(table, Criteria()) == query.manifest["counts"][table]
    assert query.count(table, Criteria()) == scanning.count(table, Criteria()) > 0


def test_only_the_most_frequent_values_are_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "MAX_VALUES", 2)
    store.write_store(ARTICLES, {}, tmp_path)
    entities = StoreQuery(tmp_path).options()["entities"]
    assert len(entities) == 2 and set(entities) < set(PEOPLE)


def test_tables_are_partitioned_by_month(query: StoreQuery) -> None:
    months = {path.name for path in (query.folder / "claims").iterdir()}
    assert {"month=2023", "month=undated", "month=2024-01"} <= months


def test_a_store_of_an_older_layout_is_refused(tmp_path: Path) -> None:
    folder = store.write_store(ARTICLES[:1], {}, tmp_path)
    manifest = json.loads((folder / store.MANIFEST_FILE).read_text(encoding="utf-8"))
    manifest.pop("layout")
    (folder / store.MANIFEST_FILE).write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(store.StoreError, match="older layout"):
        StoreQuery(tmp_path)


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Générative", "generative"), ("ÉLÈVES", "eleves"), ("l’IA", "l'ia"), ("Ça coûte", "ca coute")],
)
def test_fold_ignores_case_and_accents(text: str, folded: str) -> None:
    assert store.fold(text) == folded


def test_a_stakeholders_rows_are_their_newest(query: StoreQuery) -> None:
    rows = query.stakeholder_rows(Criteria(), "Éva Durand", limit=3)
    evidence = {a.date: len(s.evidence) for a in ARTICLES for s in a.stakeholders if s.name == "Éva Durand" and a.date}
    newest = sorted(evidence, reverse=True)[:3]
    assert rows["name"].tolist() == ["Éva Durand"] * 3
    assert rows["date"].tolist() == newest
    assert rows["evidence"].map(len).tolist() == [evidence[day] for day in newest]  # read whole, nested lists too


def test_the_stance_matrix_takes_the_newest_articles_that_match(query: StoreQuery) -> None:
    matrix = query.stance_by_article(Criteria(stances=("pro",)), PEOPLE, articles=2)
    pro = {a.article_id: a.date for a in ARTICLES for s in a.stakeholders if s.stance == "pro" and a.date}
    assert set(matrix["article_id"]) == set(sorted(pro, key=lambda aid: pro[aid], reverse=True)[:2])
    assert (matrix["score"] == 0.5).all()  # only the pro rows, each scored 0.5 in this corpus


def test_queries_spill_to_the_system_temporary_folder_not_the_working_one(query: StoreQuery) -> None:
    import tempfile

    spill = query.value("SELECT current_setting('temp_directory')")
    assert Path(spill).is_relative_to(tempfile.gettempdir())
