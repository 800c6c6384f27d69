"""Pipeline: pasted text is analysed in memory; the fingerprint covers what makes the records."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsclaims.pipeline import analyse_text, run, source_hash

pytestmark = pytest.mark.slow


def test_analyse_text_in_memory() -> None:
    article = analyse_text("Le festival s’ouvre demain à Cannes.\n\nLes critiques attendent vingt films.", "collé")
    assert article.source_path == "collé"
    assert article.language == "fr"
    assert [article.body[s.start : s.end] for s in article.sentences] == [
        "Le festival s’ouvre demain à Cannes.",
        "Les critiques attendent vingt films.",
    ]


def test_fingerprint_covers_the_pipeline_and_its_models_not_the_scorer(monkeypatch) -> None:
    from newsclaims import pipeline

    names = {str(path.relative_to(pipeline.PACKAGE_DIR)) for path in pipeline.fingerprinted_files()}
    assert "extract/quotes.py" in names and "extract/rules/speech_verbs.json" in names
    assert not any(name.startswith(("evaluate/", "query/")) or name in ("__main__.py", "cluster.py") for name in names)
    assert "store/__init__.py" in names  # the store's layout decides whether a store can be read
    before = pipeline.pipeline_fingerprint()
    pipeline.pipeline_fingerprint.cache_clear()
    monkeypatch.setattr(pipeline, "model_versions", lambda: {"spacy": "0.0.0", "fr_core_news_md": "0.0.0"})
    try:
        assert pipeline.pipeline_fingerprint() != before
    finally:
        pipeline.pipeline_fingerprint.cache_clear()


def test_ingest_links_claims_once_and_keeps_their_disputes(tmp_path: Path) -> None:
    # Written for this test: two articles, one denying what the other reports.
    (tmp_path / "a.txt").write_text(
        "Halden rachète un studio\n\nLe groupe Halden rachètera le studio Korva avant l'été, selon ses dirigeants.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Halden dément\n\nLe groupe Halden ne rachètera pas le studio Korva avant l'été, affirme un porte-parole.\n",
        encoding="utf-8",
    )
    corpus = run([tmp_path])
    assert [d.reason for d in corpus.claim_disputes or []] == ["negation"]
    assert corpus.corpus_tables()["claim_disputes"] is corpus.claim_disputes


def test_an_article_whose_extraction_fails_is_skipped_and_the_others_go_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsclaims.extract import article as extractors

    (tmp_path / "a.txt").write_text("Le studio Halden prépare un film.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("La chaîne Korva lance une série.\n", encoding="utf-8")
    real = extractors.extract_article

    def fails_on_korva(parsed, topic):  # type: ignore[no-untyped-def]
        if "Korva" in parsed.article.body:
            raise ValueError("a bug met on this text\nwith a second line")
        return real(parsed, topic)

    monkeypatch.setattr(extractors, "extract_article", fails_on_korva)
    corpus = run([tmp_path])
    assert [a.source_path for a in corpus.articles] == [str(tmp_path / "a.txt")]
    assert corpus.skipped == [
        {"path": str(tmp_path / "b.txt"), "reason": "unexpected error (ValueError: a bug met on this text)"}
    ]


def test_a_file_name_that_is_not_utf8_does_not_stop_the_ingest(tmp_path: Path) -> None:
    name = os.fsdecode(b"r\xe9sum\xe9.txt")
    (tmp_path / name).write_text("Le studio Halden prépare un film d'animation.\n", encoding="utf-8")
    corpus = run([tmp_path])
    assert [a.source_path.endswith("r\ufffdsum\ufffd.txt") for a in corpus.articles] == [True]
    assert source_hash([tmp_path / name])


def test_an_article_longer_than_the_bound_is_skipped_with_its_reason(tmp_path: Path) -> None:
    """Every stage reads in time that grows with the article: one beyond MAX_ARTICLE_CHARS is skipped, the
    others go in."""
    from newsclaims.ingest import MAX_ARTICLE_CHARS

    sentence = "Le studio Halden prépare un nouveau film d'animation pour l'été prochain. "
    (tmp_path / "long.txt").write_text(sentence * (MAX_ARTICLE_CHARS // len(sentence) + 1), encoding="utf-8")
    (tmp_path / "short.txt").write_text("La chaîne Korva lance une série.\n", encoding="utf-8")
    corpus = run([tmp_path])
    assert [a.source_path for a in corpus.articles] == [str(tmp_path / "short.txt")]
    [skipped] = corpus.skipped
    assert skipped["path"] == str(tmp_path / "long.txt")
    assert skipped["reason"].startswith("article too long (") and f"limit {MAX_ARTICLE_CHARS})" in skipped["reason"]


def test_a_file_with_no_words_is_skipped_with_its_reason(tmp_path: Path) -> None:
    (tmp_path / "digits.txt").write_text("12 345 678\n90 12 %\n(3) - 4,5 !\n", encoding="utf-8")
    (tmp_path / "short.txt").write_text("La chaîne Korva lance une série.\n", encoding="utf-8")
    corpus = run([tmp_path])
    assert [a.source_path for a in corpus.articles] == [str(tmp_path / "short.txt")]
    assert corpus.skipped == [
        {"path": str(tmp_path / "digits.txt"), "reason": "no words in the text (only digits, punctuation or symbols)"}
    ]
