"""Ingest stage: read files, clean them and build Article records with their metadata."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from newsclaims.ingest.clean import CleanText, clean
from newsclaims.ingest.metadata import derive_title, detect_language, find_author, find_date, find_outlet, parse_date
from newsclaims.ingest.readers import RawDocument, ReadError, discover, read_path, strip_markdown
from newsclaims.records import Article

__all__ = [
    "MAX_ARTICLE_CHARS",
    "RawDocument",
    "ReadError",
    "article_from_clean",
    "article_from_raw",
    "article_id_for",
    "clean_raw",
    "discover",
    "read_path",
]


def article_id_for(body: str) -> str:
    """Stable id of an article: a hash of its whitespace- and case-normalised text."""
    normalised = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", body)).strip().lower()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


# The longest press articles (long reads, reports) run to some 12,000 words; every stage reads an article in
# time that grows with its length, and beyond this bound a text costs seconds for what is not an article.
MAX_ARTICLE_CHARS = 80_000


def clean_raw(raw: RawDocument) -> CleanText:
    """The cleaned text of a raw document; raise ReadError when nothing is left or when it is too long."""
    cleaned = clean(strip_markdown(raw.text) if raw.markdown else raw.text)
    if not cleaned.body.strip():
        raise ReadError("no article text left after cleaning")
    if not any(character.isalpha() for character in cleaned.body):
        raise ReadError("no words in the text (only digits, punctuation or symbols)")
    if len(cleaned.body) > MAX_ARTICLE_CHARS:
        raise ReadError(f"article too long ({len(cleaned.body)} characters > limit {MAX_ARTICLE_CHARS})")
    return cleaned


def article_from_clean(raw: RawDocument, cleaned: CleanText) -> Article:
    """An Article with its metadata (record lists empty) from a cleaned raw document."""
    hints = raw.hints
    return Article(
        article_id=article_id_for(cleaned.body),
        source_path=raw.source_path,
        title=hints.get("title") or cleaned.title_line or derive_title(cleaned.body),
        date=parse_date(hints.get("date")) or find_date(cleaned),
        author=hints.get("author") or find_author(cleaned),
        outlet=hints.get("outlet") or find_outlet(cleaned),
        language=detect_language(cleaned.body),
        body=cleaned.body,
    )


def article_from_raw(raw: RawDocument) -> Article:
    """Clean a raw document into an Article (metadata filled, record lists empty)."""
    return article_from_clean(raw, clean_raw(raw))
