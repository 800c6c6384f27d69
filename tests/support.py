"""Paths and builders shared by the tests (importable as tests.support)."""

from __future__ import annotations

from pathlib import Path

from newsclaims.ingest import article_id_for
from newsclaims.records import Article

ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = ROOT / "data" / "articles"
SHARED_DIR = ROOT.parent / "shared"


def seed_copies(folder: Path, count: int, tag: str = "") -> Path:
    """`count` distinct articles made of the seeds in a new `folder`, each copy ending with a sentence of its own
    (its number, after `tag` when two sets of copies must differ)."""
    folder.mkdir(parents=True)
    seeds = sorted(SEEDS_DIR.glob("*.txt"))
    for index in range(count):
        seed = seeds[index % len(seeds)]
        text = seed.read_text(encoding="utf-8") + f"\nCopie {tag}numéro {index} pour le test.\n"
        (folder / f"{index:03d}_{seed.name}").write_text(text, encoding="utf-8")
    return folder


def make_article(body: str, language: str = "fr", title: str = "Titre") -> Article:
    """An article whose body is exactly `body` (no cleaning), for extractor tests."""
    return Article(article_id_for(body), "test.txt", title, None, None, None, language, body)


def claim_article(
    text: str, outlet: str, language: str = "fr", speaker: str | None = None, date: str | None = None
) -> Article:
    """An article of `outlet` whose whole body is one claim (said by `speaker`, else in the article's own voice),
    with the terms, figures and actors the real pipeline reads from its parse: for comparing claims."""
    from dataclasses import replace

    from newsclaims.extract.actors import find_mentions
    from newsclaims.extract.claim_terms import read_terms
    from newsclaims.extract.figures import extract_figures
    from newsclaims.parse import parse_article
    from newsclaims.records import Claim

    base = replace(
        make_article(text, language), article_id=f"{outlet}-{article_id_for(text)}", outlet=outlet, date=date
    )
    parsed = parse_article(base)
    mentions = find_mentions(parsed)
    terms = read_terms(parsed.doc[:], language, mentions, speaker or outlet, outlet)
    claim = Claim(
        text,
        speaker or outlet,
        "quote" if speaker else "article",
        "factual",
        [],
        "neutral",
        0.0,
        0.0,
        None,
        0,
        len(text),
        **terms.claim_fields(),
    )
    return replace(base, claims=[claim], figures=extract_figures(parsed, mentions))
