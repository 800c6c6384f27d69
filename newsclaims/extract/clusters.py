"""Claims across articles: the same claim clustered, contradictions linked as disputes, never all pairs compared."""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict, deque
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from datasketch import LeanMinHash, MinHash, MinHashLSH

from newsclaims.extract import rules
from newsclaims.extract.claim_terms import antonyms, canonical_predicate
from newsclaims.extract.figure_links import periods_compatible
from newsclaims.extract.numbers import (
    digits_pattern,
    parse_number,
    quantities_agree,
    scale_pattern,
    scales,
    words_pattern,
    written_step,
)
from newsclaims.records import QUANTITY_KINDS, Article, Claim, ClaimDispute, Figure

SAME, DISPUTED = "same", "disputed"


@cache
def _settings() -> dict[str, Any]:
    return dict(rules.load("claim_clusters"))


@cache
def _number_regex() -> re.Pattern[str]:
    number = rf"(?:{digits_pattern()}|{words_pattern()})"
    return re.compile(rf"(?<![\w,.])({number})(?:[\s\u00a0\u202f]+({scale_pattern()}))?", re.IGNORECASE)


def number_values(text: str) -> list[tuple[int, int, float]]:
    """(start, end, value) of every number of a text, scale words applied (« 11 milliards » = 11e9, « dix » = 10)."""
    found = []
    for match in _number_regex().finditer(text):
        value = parse_number(match.group(1))
        if value is None or match.group(1).lower() in _settings()["article_words"]:
            continue
        if match.group(2):
            value *= scales().get(match.group(2).lower(), 1.0)
        found.append((match.start(), match.end(), float(value)))
    return found


@dataclass(frozen=True)
class Quantity:
    """A number a claim cites, from the figure found inside it: value, written precision and what it measures."""

    value: float
    step: float
    unit: str
    metric: str | None
    entity: str | None
    period: str | None


@dataclass(frozen=True)
class ClaimKey:
    """What a claim is compared on: who says it, whom it is about, its predicate and polarity, its words (each
    read as its predicate) and its numbers."""

    article_id: str
    speaker: str | None
    subject: str | None
    actors: frozenset[str]
    predicate: str | None
    negated: bool
    concepts: frozenset[str]
    objects: frozenset[str]
    quantities: tuple[Quantity, ...]


def _quantity(figure: Figure, subject: str | None) -> Quantity:
    """The figure as a claim's number; with no entity of its own, it is the claim subject's."""
    step = written_step(figure.surface, figure.value)
    return Quantity(figure.value, step, figure.unit, figure.metric, figure.entity or subject, figure.period)


def claim_key(article: Article, claim: Claim) -> ClaimKey:
    """The key of one claim of `article`: its numbers are the article's figures inside the claim."""
    language = article.language if article.language == "en" else "fr"
    figures = [f for f in article.figures if claim.start <= f.start < claim.end and f.kind in QUANTITY_KINDS and f.unit]
    own_voice = claim.source_kind == "article"
    return ClaimKey(
        article.article_id,
        None if own_voice else claim.speaker,
        claim.subject,
        frozenset(claim.actors) | ({claim.subject} if claim.subject else set()),
        claim.predicate,
        claim.negated,
        frozenset(canonical_predicate(lemma, language) for lemma in claim.lemmas),
        frozenset(canonical_predicate(lemma, language) for lemma in claim.objects),
        tuple(_quantity(f, claim.subject) for f in figures),
    )


def _about_the_same(a: ClaimKey, b: ClaimKey) -> bool | None:
    """Whether two claims are about the same actor: True, False (different subjects, or named actors with none in
    common), or None when nothing says (then their speakers must be one, or their words must say more)."""
    if a.subject and b.subject:
        return a.subject == b.subject
    if a.actors and b.actors:
        return bool(a.actors & b.actors)
    if a.speaker and b.speaker and a.speaker == b.speaker:
        return True  # two outlets quoting different people on one fact is no sign of two subjects: None then
    return None


def _predicates(a: ClaimKey, b: ClaimKey) -> str | None:
    """« same », « opposite » (antonyms) or None (different predicates). A predicate one side says among its
    words while the other makes it the main verb is still the same (the parse may root a sentence elsewhere)."""
    if a.predicate is None or b.predicate is None or a.predicate == b.predicate:
        return SAME
    if antonyms(a.predicate, b.predicate):
        return "opposite"
    if a.predicate in b.concepts or b.predicate in a.concepts:
        return SAME
    return None


def _numbers(a: ClaimKey, b: ClaimKey) -> str:
    """« none » (neither cites a number), « match » (each number of the shorter side has an equal on the other,
    within rounding, that measures the same metric of the same entity), « agree » (equal values, what they
    measure unsaid), « disagree » (a number on the same unit, metric and entity differs beyond rounding) or
    « unrelated »."""
    if not a.quantities and not b.quantities:
        return "none"
    fewer, more = sorted((a.quantities, b.quantities), key=len)
    matched, measured, disagreeing = 0, 0, False
    for q in fewer:
        peers = [p for p in more if p.unit == q.unit]
        equal = [p for p in peers if quantities_agree(q.value, q.step, p.value, p.step)]
        if equal:
            matched += 1
            measured += any(q.metric and q.entity and (p.metric, p.entity) == (q.metric, q.entity) for p in equal)
        elif any(
            q.metric
            and q.entity
            and p.metric == q.metric
            and p.entity == q.entity
            and periods_compatible(p.period, q.period)
            for p in peers
        ):
            disagreeing = True
    if disagreeing:
        return "disagree"
    if not fewer or matched < len(fewer):
        return "unrelated"
    return "match" if measured == len(fewer) else "agree"


def _different_arguments(a: ClaimKey, b: ClaimKey) -> bool:
    """Each claim has an argument noun the other never says (« a versé 10 millions aux scénaristes » / « … aux
    musiciens »): the same verb on different things."""
    return bool(a.objects - b.concepts) and bool(b.objects - a.concepts)


def _wording(a: ClaimKey, b: ClaimKey) -> tuple[float, int]:
    """Shared concepts over the smaller set, and how many are shared."""
    shared = len(a.concepts & b.concepts)
    smaller = min(len(a.concepts), len(b.concepts))
    return (shared / smaller if smaller else 0.0), shared


def relation(a: ClaimKey, b: ClaimKey) -> tuple[str, str] | None:
    """(« same », "") when two claims say the same thing; (« disputed », reason) when they contradict each other
    (reason: negation, antonym or number); None otherwise. Same claim: same holder or subject, same polarity,
    same predicate, the same numbers within rounding, close words. A negation, an antonym or a different number
    never makes the same claim."""
    about = _about_the_same(a, b)
    predicates = _predicates(a, b)
    if about is False or predicates is None or _different_arguments(a, b):
        return None
    overlap, shared = _wording(a, b)
    flipped = a.negated != b.negated
    opposite = predicates == "opposite"
    settings = _settings()
    close_for_dispute = overlap >= settings["disputed"]["min_overlap"] and shared >= settings["disputed"]["min_shared"]
    numbers = _numbers(a, b)
    if opposite or flipped:
        if opposite and flipped:
            return None  # « n'a pas perdu » and « a gagné »: neither the same words nor a contradiction
        # Nothing says who either claim is about: the words must then be nearly the same.
        unanchored = about is None and overlap >= settings["same"]["unanchored_min_overlap"]
        if (about or unanchored) and close_for_dispute and numbers in {"none", "agree", "match"}:
            return DISPUTED, "antonym" if opposite else "negation"
        return None
    if numbers == "disagree":
        return (DISPUTED, "number") if about is not None and close_for_dispute else None
    if numbers == "unrelated":
        return None
    rule = settings["same"]
    if numbers == "match":
        low, least = rule["matching_numbers_min_overlap"], rule["matching_numbers_min_shared"]
    elif numbers == "agree" or (about is True and a.predicate is not None and b.predicate is not None):
        low, least = rule["min_overlap"], rule["min_shared"]
    else:
        low, least = rule["unanchored_min_overlap"], rule["unanchored_min_shared"]
    return (SAME, "") if overlap >= low and shared >= least else None


def _blocks(key: ClaimKey) -> list[tuple[str, ...]]:
    """The blocks a claim falls in: its (subject or actor, predicate), its (speaker, predicate), each number on
    its unit (rounded to two significant digits, so that 11,08 and 11,1 milliards meet)."""
    keys: list[tuple[str, ...]] = []
    if key.predicate:
        keys.extend(("actor", actor, key.predicate) for actor in sorted(key.actors)[:4])
        if key.speaker:
            keys.append(("speaker", key.speaker, key.predicate))
    keys.extend(("number", q.unit, f"{q.value:.2g}") for q in key.quantities)
    return keys


def _minhash(concepts: frozenset[str], num_perm: int) -> LeanMinHash:
    sketch = MinHash(num_perm=num_perm, seed=1)
    sketch.update_batch([concept.encode("utf-8") for concept in sorted(concepts)])
    return LeanMinHash(sketch)


def _cluster_id(article_id: str, claim: Claim) -> str:
    return "c" + hashlib.sha1(f"{article_id}:{claim.start}:{claim.end}".encode()).hexdigest()[:10]


@dataclass
class _Member:
    key: ClaimKey
    article_id: str
    claim: Claim
    cluster: str


class ClaimIndex:
    """Clusters built one article at a time: a new article's claims join the clusters of the claims they repeat
    (or found new ones) and link to the clusters they contradict, without the corpus being compared again.
    Candidates come from blocks and MinHash-LSH buckets, never from all pairs; a cluster keeps the id of the
    claim that founded it."""

    def __init__(self) -> None:
        blocking = _settings()["blocking"]
        self._max_block = int(blocking["max_block"])
        self._num_perm = int(blocking["num_perm"])
        self._lsh = MinHashLSH(threshold=float(blocking["jaccard_threshold"]), num_perm=self._num_perm)
        self._blocks: dict[tuple[str, ...], deque[int]] = defaultdict(lambda: deque(maxlen=self._max_block))
        self._members: list[_Member] = []
        self._clusters: dict[str, list[int]] = defaultdict(list)
        self._disputes: dict[tuple[str, str], ClaimDispute] = {}

    def add(self, article: Article) -> Article:
        """Cluster the claims of `article` against the index, add them, and return the article with their ids."""
        claims = []
        added: list[tuple[int, list[tuple[str, ...]], LeanMinHash | None]] = []
        for claim in article.claims:
            key = claim_key(article, claim)
            blocks = _blocks(key)
            sketch = _minhash(key.concepts, self._num_perm) if key.concepts else None
            cluster, contradicted = self._place(article, claim, key, self._candidates(blocks, sketch))
            index = self._remember(article, claim, key, cluster)
            for reason, other in contradicted:
                self._dispute(reason, self._members[other], self._members[index])
            added.append((index, blocks, sketch))
            claims.append(replace(claim, cluster_id=cluster))
        for index, blocks, sketch in added:  # indexed only now: two claims of one article never join each other
            for block in blocks:
                self._blocks[block].append(index)
            if sketch is not None:
                self._lsh.insert(index, sketch, check_duplication=False)
        return replace(article, claims=claims)

    def disputes(self) -> list[ClaimDispute]:
        """Every pair of clusters that contradict each other, with one claim of each as evidence."""
        return list(self._disputes.values())

    def _candidates(self, blocks: list[tuple[str, ...]], sketch: LeanMinHash | None) -> list[int]:
        found: set[int] = set()
        for block in blocks:
            found.update(self._blocks.get(block, ()))
        if sketch is not None:
            found.update(self._lsh.query(sketch))
        # The most recent candidates: a repeated claim is repeated close in time (articles come in date order).
        return sorted(found, reverse=True)[: self._max_block]

    def _place(
        self, article: Article, claim: Claim, key: ClaimKey, candidates: list[int]
    ) -> tuple[str, list[tuple[str, int]]]:
        """The cluster the claim joins (or founds), and the (reason, member) pairs it contradicts."""
        found = {index: relation(key, self._members[index].key) for index in candidates}
        same: dict[str, int] = defaultdict(int)
        contradicted = []
        for index, related in found.items():
            if related is None:
                continue
            if related[0] == SAME:
                same[self._members[index].cluster] += 1
            else:
                contradicted.append((related[1], index))
        for cluster in sorted(same, key=lambda c: (-same[c], c)):
            if self._joins(key, article.article_id, cluster, found):
                return cluster, contradicted
        return _cluster_id(article.article_id, claim), contradicted

    def _joins(self, key: ClaimKey, article_id: str, cluster: str, found: dict[int, tuple[str, str] | None]) -> bool:
        """Complete linkage on the cluster's most recent members (their relation to the claim taken from `found`
        when it was already worked out); one claim per article in a cluster."""
        members = self._clusters[cluster]
        if any(self._members[i].article_id == article_id for i in members):
            return False
        recent = members[-int(_settings()["linkage_sample"]) :]
        for index in recent:
            if index not in found:
                found[index] = relation(key, self._members[index].key)
        return all((found[index] or ("",))[0] == SAME for index in recent)

    def _remember(self, article: Article, claim: Claim, key: ClaimKey, cluster: str) -> int:
        self._members.append(_Member(key, article.article_id, claim, cluster))
        self._clusters[cluster].append(len(self._members) - 1)
        return len(self._members) - 1

    def _dispute(self, reason: str, earlier: _Member, later: _Member) -> None:
        pair = (min(earlier.cluster, later.cluster), max(earlier.cluster, later.cluster))
        if pair in self._disputes or earlier.cluster == later.cluster:
            return
        self._disputes[pair] = ClaimDispute(
            reason,
            earlier.cluster,
            earlier.article_id,
            earlier.claim.text,
            earlier.claim.speaker,
            earlier.claim.start,
            earlier.claim.end,
            later.cluster,
            later.article_id,
            later.claim.text,
            later.claim.speaker,
            later.claim.start,
            later.claim.end,
        )


def _date_order(articles: list[Article]) -> list[int]:
    """Articles in date order (undated first), then by id: the order in which a press archive grows, so that a
    rebuild gives the ids it gave before and new articles only add to them."""
    return sorted(range(len(articles)), key=lambda i: (articles[i].date or "", articles[i].article_id))


def link_claims(articles: list[Article]) -> tuple[list[Article], list[ClaimDispute]]:
    """Every claim with its cluster id (the same claim made in several articles shares one), and the disputes
    between clusters; articles come back in their input order."""
    index = ClaimIndex()
    linked = {position: index.add(articles[position]) for position in _date_order(articles)}
    return [linked[i] for i in range(len(articles))], index.disputes()


def claim_disputes(articles: list[Article]) -> list[ClaimDispute]:
    """The pairs of claim clusters that contradict each other across `articles`."""
    return link_claims(articles)[1]
