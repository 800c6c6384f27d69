"""Shared fixtures: French texts parsed with the real model, and the seed corpus extracted once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from newsclaims.ingest import read_path
from newsclaims.parse import ParsedArticle, parse_article
from newsclaims.pipeline import analyse_raw, link_corpus
from newsclaims.records import Article
from tests.support import SEEDS_DIR, make_article


@pytest.fixture(scope="session")
def parse_text() -> Callable[..., ParsedArticle]:
    """Parse a French (or other) text with the real pipeline; the body is the text unchanged."""

    def parse(body: str, language: str = "fr") -> ParsedArticle:
        return parse_article(make_article(body, language))

    return parse


@pytest.fixture(scope="session")
def seed_articles() -> list[Article]:
    """The bundled seed corpus, extracted and linked once per test session."""
    articles = [analyse_raw(raw) for path in sorted(SEEDS_DIR.glob("*.txt")) for raw in read_path(path)]
    return link_corpus(articles)


@pytest.fixture(scope="session")
def seed_contract(seed_articles: list[Article]) -> list[dict[str, Any]]:
    """The seed corpus as `extract --json` objects."""
    return [article.to_contract() for article in seed_articles]
