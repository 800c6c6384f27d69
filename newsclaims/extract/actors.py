"""Actor mentions in a parsed article: named entities corrected by the gazetteer, resolved to canonical names."""

from __future__ import annotations

from dataclasses import dataclass

from newsclaims.extract import rules
from newsclaims.parse import ParsedArticle


@dataclass(frozen=True)
class Mention:
    """One place where the article names (or describes, or refers back to) an actor."""

    start: int
    end: int
    surface: str
    name: str  # canonical name
    kind: str  # person | organization | group
    role: str | None
    source: str  # gazetteer | entity | group | description | pronoun


def _gazetteer_roles() -> dict[str, tuple[str, str]]:
    actors = rules.load("actors")
    roles = {actor["name"]: ("organization", actor["role"]) for actor in actors.get("organizations", [])}
    roles.update({actor["name"]: ("person", actor["role"]) for actor in actors.get("people", [])})
    return roles


def find_mentions(parsed: ParsedArticle) -> list[Mention]:
    """Mentions of people and organisations, in text order; surnames resolved to the full name seen."""
    known = _gazetteer_roles()
    mentions: list[Mention] = []
    full_names: dict[str, str] = {}
    for ent in parsed.doc.ents:
        surface = parsed.article.body[ent.start_char : ent.end_char]
        if ent.ent_id_ in known:
            kind, role = known[ent.ent_id_]
            mentions.append(Mention(ent.start_char, ent.end_char, surface, ent.ent_id_, kind, role, "gazetteer"))
        elif ent.label_ == "PER" and len(ent) > 1:
            full_names[ent[-1].text] = ent.text
            mentions.append(Mention(ent.start_char, ent.end_char, surface, ent.text, "person", None, "entity"))
        elif ent.text in full_names:
            # The model tags a lone surname as ORG or MISC as often as PER: the full name seen earlier decides.
            mentions.append(
                Mention(ent.start_char, ent.end_char, surface, full_names[ent.text], "person", None, "entity")
            )
    return mentions
