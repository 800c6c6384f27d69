"""Quotes: direct, partial and reported speech, with speaker, reporting verb and frame."""

from __future__ import annotations

from newsclaims.extract.actors import Mention
from newsclaims.parse import ParsedArticle
from newsclaims.records import Quote


def extract_quotes(parsed: ParsedArticle, mentions: list[Mention]) -> list[Quote]:
    """Every quote of the article, in text order."""
    return []
