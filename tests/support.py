"""Paths and builders shared by the tests (importable as tests.support)."""

from __future__ import annotations

from pathlib import Path

from newsclaims.ingest import article_id_for
from newsclaims.records import Article

ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = ROOT / "data" / "articles"
SHARED_DIR = ROOT.parent / "shared"


def make_article(body: str, language: str = "fr", title: str = "Titre") -> Article:
    """An article whose body is exactly `body` (no cleaning), for extractor tests."""
    return Article(article_id_for(body), "test.txt", title, None, None, None, language, body)
