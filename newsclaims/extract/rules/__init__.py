"""Lexicons and patterns as versioned data files, loaded once by name."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

RULES_DIR = Path(__file__).parent


@cache
def load(name: str) -> Any:
    """Return the parsed JSON data file `name` (without extension) of this folder."""
    with (RULES_DIR / f"{name}.json").open(encoding="utf-8") as handle:
        return json.load(handle)
