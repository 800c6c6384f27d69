"""The store: round trip, atomic swap, incremental re-ingest, and the committed store of the seeds."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from newsclaims import store
from newsclaims.pipeline import pipeline_fingerprint, run, source_hash
from newsclaims.records import Article, Claim, Evidence, Figure, Quote, Sentence, Stakeholder
from tests.support import ROOT, SEEDS_DIR, seed_copies


def sample_article(article_id: str = "a1") -> Article:
    body = "« Nous irons », a dit Léa. Les ventes ont atteint 3 milliards d’euros."
    return Article(
        article_id=article_id,
        source_path="x.txt",
        title="Titre",
        date="2024-05",
        author=None,
        outlet="La Gazette",
        language="fr",
        body=body,
        quotes=[Quote("Nous irons", "direct", "Léa", "Léa", "dire", "neutral", 2, 12)],
        claims=[
            Claim(
                "Nous irons",
                "Léa",
                "quote",
                "prediction",
                [],
                "neutral",
                0.0,
                0.0,
                "c1",
                2,
                12,
                "Léa",
                ["Léa"],
                "aller",
                True,
                ["aller"],
                ["salle"],
            )
        ],
        figures=[Figure("3 milliards d’euros", "money", 3e9, "EUR", "revenue", None, None, None, 48, 67)],
        stakeholders=[Stakeholder("Léa", "person", None, ["Léa"], 1, "pro", 0.5, [Evidence("« Nous irons »", 0, 14)])],
        sentences=[Sentence(0, 0, 0, 26, False)],
    )


def test_round_trip(tmp_path: Path) -> None:
    article = sample_article()
    store.write_store([article], {"pipeline_version": "test"}, tmp_path)
    (loaded,) = store.load_articles(tmp_path)
    assert loaded == article
    manifest = store.read_manifest(tmp_path)
    assert manifest["counts"] == {
        "articles": 1, "quotes": 1, "claims": 1, "figures": 1, "stakeholders": 1, "sentences": 1,
        "figure_comparisons": 0, "claim_disputes": 0, "claims_words": 3, "quotes_words": 3, "stakeholders_words": 1,
    }  # fmt: skip


def test_empty_tables_keep_their_schema(tmp_path: Path) -> None:
    store.write_store([Article("a", "p", "t", None, None, None, "fr", "b")], {}, tmp_path)
    claims = store.read_table("claims", tmp_path)
    assert claims.num_rows == 0
    assert claims.schema.names[:3] == ["article_id", "position", "text"]


def test_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(store.StoreError, match="no store"):
        store.read_table("articles", tmp_path)
    with pytest.raises(store.StoreError, match="unknown table"):
        store.read_table("passwords", tmp_path)


def test_failed_write_leaves_previous_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store.write_store([sample_article("old")], {}, tmp_path)
    calls = {"n": 0}
    real_write = ds.write_dataset

    def failing_write(*args: object, **kwargs: object) -> None:
        calls["n"] += 1
        if calls["n"] == 3:  # the third table of the new version
            raise OSError("disk full")
        real_write(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ds, "write_dataset", failing_write)
    with pytest.raises(OSError, match="disk full"):
        store.write_store([sample_article("new")], {}, tmp_path)
    assert [a.article_id for a in store.load_articles(tmp_path)] == ["old"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".staging")]


@pytest.mark.slow
def test_reingest_reuses_unchanged_and_replaces_edited(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    seed_copies(corpus, 3)
    first = run([corpus])
    assert (first.parsed, first.reused) == (3, 0)
    previous = {a.article_id: a for a in first.articles}
    edited = sorted(corpus.iterdir())[1]
    edited.write_text(edited.read_text(encoding="utf-8").replace("Copie", "Version revue"), encoding="utf-8")
    second = run([corpus], previous)
    assert (second.parsed, second.reused) == (1, 2)
    assert len(second.articles) == 3
    assert len({a.article_id for a in second.articles} - set(previous)) == 1


def test_committed_store_matches_bundled_corpus_and_pipeline() -> None:
    manifest = store.read_manifest(ROOT / "data" / "store")
    stale = "the committed store is stale: run `make store` and commit data/store"
    assert manifest["source_hash"] == source_hash(sorted(SEEDS_DIR.glob("*.txt"))), stale
    assert manifest["pipeline_fingerprint"] == pipeline_fingerprint(), stale
    assert manifest["counts"]["articles"] == len(list(SEEDS_DIR.glob("*.txt")))


def test_corpus_tables_round_trip(tmp_path: Path) -> None:
    from newsclaims.records import FigureComparison

    row = FigureComparison(
        "Netflix", "revenue", "Q2", "USD", "agree", "a", "11 Md$", 11e9, 0, 6, "b", "11 Md$", 11e9, 3, 9
    )
    store.write_store([sample_article()], {}, tmp_path, {"figure_comparisons": [row]})
    assert store.read_table("figure_comparisons", tmp_path).to_pylist() == [vars(row)]
    assert store.read_manifest(tmp_path)["counts"]["figure_comparisons"] == 1


def test_reading_while_the_store_is_rebuilt_never_fails(tmp_path: Path) -> None:
    """A reader resolves the version once and reads all its tables from it, while ten rebuilds switch CURRENT."""
    import threading

    store.write_store([sample_article("a0")], {}, tmp_path)
    stop = threading.Event()
    failures: list[str] = []
    reads = 0

    def rebuild() -> None:
        for number in range(1, 11):
            store.write_store([sample_article(f"a{i}") for i in range(number + 1)], {}, tmp_path)
        stop.set()

    writer = threading.Thread(target=rebuild)
    writer.start()
    while not stop.is_set() or reads == 0:
        try:
            folder = store.version_folder(tmp_path)
            counts = store.read_manifest(folder)["counts"]
            for name in ("articles", "quotes", "claims", "figures"):
                if store.read_table(name, folder).num_rows != counts[name]:
                    failures.append(f"{name} does not match the manifest of {folder.name}")
        except store.StoreError as error:
            failures.append(str(error))
        reads += 1
    writer.join()
    assert failures == [] and reads > 1


def test_a_replaced_version_stays_for_its_grace_period(tmp_path: Path) -> None:
    first = store.write_store([sample_article("a1")], {}, tmp_path)
    second = store.write_store([sample_article("a2")], {}, tmp_path)
    assert first.is_dir() and store.current_version(tmp_path) == second  # a reader may still hold the first
    third = store.write_store([sample_article("a3")], {}, tmp_path, grace_seconds=0)
    assert not first.exists() and not second.exists() and store.current_version(tmp_path) == third
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([store.CURRENT_FILE, third.name])


def test_a_store_written_in_batches_holds_one_file_per_partition_in_batch_order(tmp_path: Path) -> None:
    articles = [sample_article(f"a{index}") for index in range(5)]
    with store.new_version(tmp_path / "batched") as writer:
        for batch in (articles[:2], articles[2:4], articles[4:]):
            writer.add(batch, {})
        writer.finish({}, {})
    store.write_store(articles, {}, tmp_path / "whole")
    for name in store.PARTITIONED:
        partitions = list((store.version_folder(tmp_path / "batched") / name).iterdir())
        files = list((store.version_folder(tmp_path / "batched") / name).rglob("*.parquet"))
        assert len(files) == len(partitions), files  # the three batch files of each partition, merged
        batched = store.read_table(name, tmp_path / "batched")
        assert batched.num_rows == store.read_table(name, tmp_path / "whole").num_rows
    assert [a.article_id for a in store.load_articles(tmp_path / "batched")] == ["a0", "a1", "a2", "a3", "a4"]
    assert store.load_articles(tmp_path / "batched") == store.load_articles(tmp_path / "whole")


def test_claims_of_one_cluster_share_its_number_and_a_claim_in_none_has_none(tmp_path: Path) -> None:
    first, second = sample_article("a1"), sample_article("a2")
    lone = replace(second.claims[0], cluster_id=None)
    second.claims = [replace(second.claims[0], cluster_id="c0"), lone]
    third = sample_article("a3")
    store.write_store([first, second, third], {"pipeline_version": "test"}, tmp_path)
    claims = store.read_table("claims", tmp_path).to_pylist()
    numbers = {(row["article_id"], row["position"]): row["cluster_number"] for row in claims}
    assert numbers[("a1", 0)] == numbers[("a3", 0)]  # both in c1
    assert numbers[("a2", 0)] not in {None, numbers[("a1", 0)]}  # c0, ranked before c1
    assert numbers[("a2", 0)] < numbers[("a1", 0)]
    assert numbers[("a2", 1)] is None


def test_the_word_index_holds_each_distinct_word_of_each_row_in_word_order(tmp_path: Path) -> None:
    article = sample_article()
    article.claims[0] = replace(article.claims[0], text="Nous irons, nous irons à Évian-les-Bains")
    store.write_store([article], {}, tmp_path)
    index = store.read_table("claims_words", tmp_path).to_pylist()
    assert [row["word"] for row in index] == ["a", "bains", "evian", "irons", "lea", "les", "nous"]
    assert {(row["article_id"], row["position"], row["month"]) for row in index} == {("a1", 0, "2024-05")}
    # Each word in the partition of its initial; one not beginning with a letter a-z or a digit, in "other".
    assert {row["word"]: row["initial"] for row in index}["evian"] == "e"
    assert store.word_initial("ete") == "e" and store.word_initial("1998") == "1"
    assert store.word_initial("σκηνή") == store.word_initial("_") == store.OTHER_INITIAL
    assert store.search_terms("« Évian-les », L'ÉTÉ") == ["evian", "les", "l", "ete"]
