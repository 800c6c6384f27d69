"""Typed records of the extraction contract (`extract --json`): one store table each."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any


@dataclass
class Evidence:
    """A span of the article body that supports a stance, with the cue that decided its reading (the stance
    word found in it, the verb whose victim the stakeholder is), or None when only its tone counted."""

    text: str
    start: int
    end: int
    cue: str | None = None


@dataclass
class Quote:
    text: str
    kind: str  # direct | partial | indirect
    speaker: str | None
    speaker_surface: str | None
    verb: str | None
    frame: str  # neutral | hedged | distancing
    start: int
    end: int


@dataclass
class Claim:
    text: str
    speaker: str | None
    source_kind: str  # quote | reported | article
    claim_type: str  # quantitative | comparison | prediction | causal | evaluation | factual
    topics: list[str]
    stance: str  # pro | against | neutral
    polarity: float
    subjectivity: float
    cluster_id: str | None
    start: int
    end: int
    # What the claim says, read from its parse, for comparing claims across articles (see claim_terms).
    subject: str | None = None  # the actor the claim is about
    actors: list[str] = field(default_factory=list)  # every actor it names
    predicate: str | None = None  # canonical predicate: « a reversé » and « a versé » are both « pay »
    negated: bool = False  # « n'utilisera jamais », « renonce à utiliser »
    lemmas: list[str] = field(default_factory=list)  # content lemmas, negation words left out
    objects: list[str] = field(default_factory=list)  # nouns of the predicate's arguments besides its subject


ARTICLE_VOICE = "article"
"""The speaker of a claim the article makes in its own voice, when it names neither outlet nor author."""

QUANTITY_KINDS = ("money", "percent", "multiplier", "count")
"""The figure kinds that are quantities of something (a duration is not): scored against the gold, set against
each other in a text, compared across claims."""


@dataclass
class Figure:
    surface: str
    kind: str  # money | percent | multiplier | count | duration
    value: float
    unit: str
    metric: str | None
    entity: str | None
    period: str | None
    equivalent_of: str | None
    start: int
    end: int
    implied_unit: bool = False  # the currency is not written next to the amount but taken from the article
    range_with: str | None = None  # surface of the other bound of a range ("4 à 4,5 milliards")
    change_from: str | None = None  # surface of the earlier value of a change ("passés de 2,1 à 3,1 milliards")
    qualifier: str | None = None  # approximately | more_than | less_than | up_to (« environ », « plus de »…)
    forecast: bool = False  # a forecast, an expectation or a target, not a result (« prévoit 3 milliards »)


@dataclass
class Stakeholder:
    name: str
    kind: str  # person | organization | group
    role: str | None
    aliases: list[str]
    mentions: int
    stance: str  # pro | against | neutral | mixed
    stance_score: float
    evidence: list[Evidence] = field(default_factory=list)
    # False when nothing the stakeholder says or does touches the topic: neutral by default, not by reading.
    engaged: bool = True


@dataclass
class Sentence:
    """A sentence (or heading line) of the body, for the reader and the extractors."""

    index: int
    paragraph: int
    start: int
    end: int
    is_heading: bool


@dataclass
class Article:
    article_id: str
    source_path: str
    title: str
    date: str | None
    author: str | None
    outlet: str | None
    language: str
    body: str
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    stakeholders: list[Stakeholder] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)

    def to_contract(self) -> dict[str, Any]:
        """The JSON object of the extraction contract (sentences are store-only)."""
        data = asdict(self)
        data.pop("sentences")
        return data


@dataclass
class FigureComparison:
    """Two figures of two articles about the same entity, metric and period, with both evidence spans."""

    entity: str | None
    metric: str
    period: str | None
    unit: str
    status: str  # agree | conflict
    article_a: str
    surface_a: str
    value_a: float
    start_a: int
    end_a: int
    article_b: str
    surface_b: str
    value_b: float
    start_b: int
    end_b: int


@dataclass
class ClaimDispute:
    """Two claims of two articles that contradict each other: the same subject and predicate with opposite
    polarity (a negation or an antonym), or the same metric and entity with numbers that disagree beyond
    rounding. Each side is named by its cluster and by one claim with its evidence span."""

    reason: str  # negation | antonym | number
    cluster_a: str
    article_a: str
    text_a: str
    speaker_a: str | None
    start_a: int
    end_a: int
    cluster_b: str
    article_b: str
    text_b: str
    speaker_b: str | None
    start_b: int
    end_b: int


RECORD_LISTS: dict[str, type] = {
    "quotes": Quote,
    "claims": Claim,
    "figures": Figure,
    "stakeholders": Stakeholder,
    "sentences": Sentence,
}
"""Store table name -> record type of the per-article lists."""

ARTICLE_FIELDS = [f.name for f in fields(Article) if f.name not in RECORD_LISTS]

CORPUS_TABLES: dict[str, type] = {"figure_comparisons": FigureComparison, "claim_disputes": ClaimDispute}
"""Store table name -> record type of the tables computed over the whole corpus."""
