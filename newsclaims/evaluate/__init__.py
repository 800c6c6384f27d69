"""Evaluate stage: the extraction scored against a hand annotation (docs/gold.md), per language, with errors."""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

GOLD_PATH = Path(__file__).resolve().parents[2] / "data" / "gold" / "seeds.json"
# Every quotation mark and apostrophe becomes a space: « l’IA » and "l'IA" compare equal (docs/gold.md).
_QUOTE_CHARS = dict.fromkeys(map(ord, "«»“”„‟\"'’‘‚‛`´"), " ")
_MIN_CONTAINED_ALIAS = 4  # shorter aliases (« IA ») would match inside any longer phrase


def normalise(text: object) -> str:
    """NFKC, quotation marks and apostrophes as spaces, whitespace collapsed, lower case."""
    if text is None:
        return ""
    flat = unicodedata.normalize("NFKC", str(text)).translate(_QUOTE_CHARS)
    return re.sub(r"\s+", " ", flat).strip().lower()


@cache
def _load_gold(path: Path) -> dict[str, Any]:
    return dict(json.loads(path.read_text(encoding="utf-8")))


def load_gold(path: Path | str = GOLD_PATH) -> dict[str, Any]:
    """A gold file in the schema of data/gold/seeds.json (articles keyed by file name)."""
    return _load_gold(Path(path).resolve())


class Aliases:
    """Normalised alias -> canonical stakeholder name, with an article's local aliases on top."""

    def __init__(self, gold: dict[str, Any], local: dict[str, str] | None = None) -> None:
        self.table: dict[str, str] = {}
        for name, entry in gold.get("canonical_stakeholders", {}).items():
            for alias in [name, *entry.get("aliases", [])]:
                self.table[normalise(alias)] = name
        self.table.update({normalise(alias): name for alias, name in (local or {}).items()})

    def local(self, entry: dict[str, Any]) -> Aliases:
        """The same table with one gold article's `local_aliases` (a bare surname resolved its own way)."""
        scoped = Aliases({})
        scoped.table = {**self.table, **{normalise(a): n for a, n in entry.get("local_aliases", {}).items()}}
        return scoped

    def canon(self, name: object) -> str | None:
        """The canonical name a predicted name stands for: an alias, or the longest alias it contains as words."""
        flat = normalise(name)
        if not flat:
            return None
        if flat in self.table:
            return self.table[flat]
        best: tuple[int, str] | None = None
        for alias, canonical in self.table.items():
            longer = best is None or len(alias) > best[0]
            if longer and len(alias) >= _MIN_CONTAINED_ALIAS and re.search(r"\b" + re.escape(alias) + r"\b", flat):
                best = (len(alias), canonical)
        return best[1] if best else flat


def by_file(articles: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Contract objects keyed by the file name the gold uses."""
    return {Path(str(article.get("source_path"))).name: article for article in articles if "error" not in article}
