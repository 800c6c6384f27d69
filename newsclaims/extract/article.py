"""Run every extractor over a parsed article, then link the articles of a corpus."""

from __future__ import annotations

from dataclasses import replace

from newsclaims.extract.actors import find_mentions
from newsclaims.extract.claims import extract_claims
from newsclaims.extract.clusters import link_claims
from newsclaims.extract.figures import extract_figures
from newsclaims.extract.quotes import extract_quotes
from newsclaims.extract.stakeholders import build_stakeholders, unify_corpus
from newsclaims.extract.stances import about_topic, forget_readings
from newsclaims.parse import ParsedArticle
from newsclaims.records import Article, ClaimDispute
from newsclaims.topic import Topic


def extract_article(parsed: ParsedArticle, topic: Topic) -> Article:
    """The article with every record list of the contract filled from its parse; stances and claim aspects
    are toward `topic`."""
    forget_readings()
    mentions = find_mentions(parsed)
    quotes = extract_quotes(parsed, mentions)
    figures = extract_figures(parsed, mentions, quotes)
    on_topic = about_topic(parsed, topic)  # read once: claims and stances both depend on it
    claims = extract_claims(parsed, quotes, figures, mentions, topic, on_topic)
    stakeholders = build_stakeholders(parsed, mentions, quotes, claims, topic, on_topic)
    return replace(
        parsed.article,
        quotes=quotes,
        figures=figures,
        claims=claims,
        stakeholders=stakeholders,
        sentences=parsed.sentences,
    )


def link_corpus(articles: list[Article]) -> list[Article]:
    """Cross-article links over the whole corpus: one canonical name per actor, then claim clusters."""
    return link_corpus_with_disputes(articles)[0]


def link_corpus_with_disputes(articles: list[Article]) -> tuple[list[Article], list[ClaimDispute]]:
    """The linked articles (see link_corpus) and the disputes between their claim clusters, found in one pass."""
    return link_claims(unify_corpus(articles))
