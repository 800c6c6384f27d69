"""Stakeholders of an article and their stance towards the subject, backed by evidence spans."""

from __future__ import annotations

from newsclaims.extract.actors import Mention
from newsclaims.parse import ParsedArticle
from newsclaims.records import Article, Claim, Quote, Stakeholder


def build_stakeholders(
    parsed: ParsedArticle, mentions: list[Mention], quotes: list[Quote], claims: list[Claim]
) -> list[Stakeholder]:
    """One record per actor of the article, with its stance and evidence."""
    return []


def unify_corpus(articles: list[Article]) -> list[Article]:
    """One canonical name per actor across the corpus (aliases merged)."""
    return articles
