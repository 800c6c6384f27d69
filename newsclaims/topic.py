"""The topic stances are about: a data file (newsclaims/topics/*.json), chosen with `ingest --topic FILE`."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

TOPICS_DIR = Path(__file__).parent / "topics"
DEFAULT_TOPIC_FILE = TOPICS_DIR / "generative-ai-film-tv.json"
_REQUIRED = ("name", "subject", "aspects")


class TopicError(ValueError):
    """A topic file that cannot be read or lacks what a topic needs."""


@dataclass(frozen=True)
class Topic:
    """One topic file, read: equal (and hashed) by its content's digest, so caches keyed on it are safe."""

    key: str
    digest: str
    data: dict[str, Any] = field(compare=False, hash=False, repr=False)

    def name(self, language: str = "en") -> str:
        names = self.data["name"]
        return str(names.get(language) or names.get("en") or self.key)

    def subject_patterns(self, language: str) -> list[str]:
        """Regular expressions over lower-case text in `language` (none when the file has no such language)."""
        words = list(self.data["subject"].get(language, []))
        return words + [re.escape(entity.lower()) for entity in self.data.get("entities", [])]

    def cues(self, family: str, language: str) -> Any:
        """The topic's own cues of one family (a dict of weights or a list), empty when it has none."""
        return self.data.get("cues", {}).get(language, {}).get(family, {})

    def aspects(self, language: str) -> dict[str, dict[str, list[str]]]:
        """Aspect -> {"lemmas": [...], "phrases": [...]} for one language, in file order."""
        return {key: entry[language] for key, entry in self.data["aspects"].items() if language in entry}

    def aspect_labels(self) -> dict[str, dict[str, str]]:
        return {key: dict(entry.get("label", {})) for key, entry in self.data["aspects"].items()}

    def role_prior(self, role: str | None) -> float:
        return float(self.data.get("role_priors", {}).get(role or "", 0.0))

    def summary(self) -> dict[str, Any]:
        """What the manifest records: enough for the dashboard to name the topic and list its aspects."""
        return {
            "key": self.key,
            "digest": self.digest,
            "name": dict(self.data["name"]),
            "aspects": [{"key": key, "label": label} for key, label in self.aspect_labels().items()],
        }


def load_topic(path: Path | str) -> Topic:
    """Read and check a topic file; TopicError with a one-line reason when it cannot serve."""
    path = Path(path)
    try:
        raw = path.read_bytes()
        data = json.loads(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise TopicError(f"cannot read the topic file {path}: {error}") from error
    if not isinstance(data, dict) or any(not isinstance(data.get(key), dict) for key in _REQUIRED):
        raise TopicError(f"topic file {path} needs the objects {', '.join(_REQUIRED)}")
    for where, pattern in _patterns(data):
        try:
            re.compile(pattern)
        except re.error as error:
            raise TopicError(f"topic file {path}: {where} pattern {pattern!r}: {error}") from error
    return Topic(path.stem, hashlib.sha256(raw).hexdigest()[:12], data)


def _patterns(data: dict[str, Any]) -> list[tuple[str, str]]:
    """(where, pattern) of every regular expression of a topic file: subject words and cues, per language."""
    found = [(f"subject ({language})", pattern) for language, words in data["subject"].items() for pattern in words]
    for language, families in data.get("cues", {}).items():
        for family, table in families.items():
            found.extend((f"{family} cue ({language})", pattern) for pattern in table)
    return found


@cache
def default_topic() -> Topic:
    """The seeds' topic: generative AI in film and TV production."""
    return load_topic(DEFAULT_TOPIC_FILE)
