"""Claims: check-worthy statements with type, topics, stance and sentiment."""

from __future__ import annotations

from newsclaims.extract.actors import Mention
from newsclaims.parse import ParsedArticle
from newsclaims.records import Article, Claim, Figure, Quote


def extract_claims(
    parsed: ParsedArticle, quotes: list[Quote], figures: list[Figure], mentions: list[Mention]
) -> list[Claim]:
    """Every check-worthy statement of the article, in text order."""
    return []


def assign_clusters(articles: list[Article]) -> list[Article]:
    """Give the same cluster_id to the same claim made in several articles."""
    return articles
