"""Scoring against the gold annotation (data/gold/seeds.json), with the matching rules of its README."""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

GOLD_PATH = Path(__file__).resolve().parents[2] / "data" / "gold" / "seeds.json"
_MARKS = str.maketrans({c: "'" for c in "’‘ʼ′`´"} | {c: '"' for c in "«»“”„‟"})


def normalise(text: str | None) -> str:
    """NFKC, every apostrophe and quotation mark made plain, whitespace collapsed, lower case."""
    text = unicodedata.normalize("NFKC", text or "").translate(_MARKS)
    return re.sub(r"\s+", " ", text).strip().lower()


@cache
def load_gold(path: Path = GOLD_PATH) -> dict[str, Any]:
    return dict(json.loads(path.read_text(encoding="utf-8")))


def aliases_of(name: str, gold: dict[str, Any]) -> set[str]:
    """The normalised names under which a gold stakeholder counts as found."""
    entry = gold["canonical_stakeholders"].get(name, {})
    return {normalise(name), *(normalise(alias) for alias in entry.get("aliases", []))}


def resolve(name: str | None, gold: dict[str, Any]) -> str | None:
    """The gold canonical name a predicted name stands for, through the aliases."""
    if not name:
        return None
    flat = normalise(name)
    for canonical in gold["canonical_stakeholders"]:
        if flat in aliases_of(canonical, gold):
            return str(canonical)
    return name


def by_file(articles: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Contract objects keyed by the file name the gold uses."""
    return {Path(article["source_path"]).name: article for article in articles if "error" not in article}


def score_metadata(articles: list[dict[str, Any]], gold: dict[str, Any]) -> dict[str, float]:
    """Share of gold title/date/author/outlet values reproduced (titles only where the gold gives one)."""
    predicted = by_file(articles)
    scores = {}
    for field in ("title", "date", "author", "outlet"):
        pairs = [
            (normalise(predicted[name].get(field)), normalise(entry.get(field)))
            for name, entry in gold["articles"].items()
            if name in predicted and not (field == "title" and entry.get(field) is None)
        ]
        scores[field] = sum(p == g for p, g in pairs) / len(pairs) if pairs else 0.0
    return scores


def evaluate_all(articles: list[dict[str, Any]], gold: dict[str, Any] | None = None) -> dict[str, dict[str, float]]:
    """Every score of contract objects against the gold annotation, by record type."""
    from newsclaims.evaluate.figures import score_figures
    from newsclaims.evaluate.quotes import score_quotes
    from newsclaims.evaluate.stances import score_stances

    gold = gold or load_gold()
    return {
        "metadata": score_metadata(articles, gold),
        "quotes": score_quotes(articles, gold),
        "figures": score_figures(articles, gold),
        "stances": score_stances(articles, gold),
    }
