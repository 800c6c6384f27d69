"""Claim clusters across articles: numbers compared as values, words by lemma, similarity from rapidfuzz."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from rapidfuzz import fuzz

from newsclaims.extract import rules
from newsclaims.extract.numbers import digits_pattern, parse_number, scale_pattern, scales, words_pattern
from newsclaims.records import Article, Claim


@dataclass(frozen=True)
class Signature:
    """What two claims are compared on: their numbers (value and the word after), content lemmas and speaker."""

    numbers: frozenset[tuple[float, str]]
    lemmas: tuple[str, ...]
    speaker: str | None = None

    @property
    def values(self) -> frozenset[float]:
        return frozenset(value for value, _unit in self.numbers)


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


def _is_year(value: float) -> bool:
    low, high = _settings()["years"]
    return value.is_integer() and low <= value <= high


@cache
def _lemmatiser() -> Any:
    from newsclaims.parse import load_pipeline

    return load_pipeline("fr")


_MARKER = "xnumx"


def _masked(text: str) -> str:
    """The text with every number replaced by a marker word, so that the lemmatiser sees the word after it."""
    pieces, last = [], 0
    for start, end, _value in number_values(text):
        pieces.append(text[last:start] + f" {_MARKER} ")
        last = end
    pieces.append(text[last:])
    return "".join(pieces).replace("’", "'")


def signatures(texts: list[str], speakers: list[str | None]) -> list[Signature]:
    """Signatures of many claims, lemmatised in one spaCy pass."""
    nlp = _lemmatiser()
    docs = nlp.pipe(
        (_masked(text) for text in texts), disable=["parser", "ner", "entity_ruler", "paragraph_boundaries"]
    )
    return [_signature(text, doc, speaker) for text, doc, speaker in zip(texts, docs, speakers, strict=True)]


def signature(text: str, speaker: str | None = None) -> Signature:
    """Numbers as (value, lemma of the word after), years left out, and the lemmas of content words."""
    return signatures([text], [speaker])[0]


def _signature(text: str, doc: Any, speaker: str | None) -> Signature:
    settings = _settings()
    lemmas = tuple(
        t.lemma_.lower()
        for t in doc
        if t.is_alpha
        and t.lower_ != _MARKER
        and (t.pos_ in settings["content_pos"] or t.lower_ in settings["keep_words"])
        and t.lemma_.lower() not in settings["ignore_lemmas"]
    )
    markers = [t for t in doc if t.lower_ == _MARKER]
    units = []
    for (_start, _end, value), marker in zip(number_values(text), markers, strict=False):
        after = [t for t in doc[marker.i + 1 : marker.i + 3] if t.lower_ not in {"de", "d'"} and not t.is_space]
        units.append((value, after[0].lemma_.lower() if after else ""))
    return Signature(frozenset(u for u in units if not _is_year(u[0])), lemmas, speaker)


def similarity(a: Signature, b: Signature) -> float:
    """Lemma similarity in [0, 100]: rapidfuzz token_set_ratio over the two lemma lists."""
    left, right = " ".join(a.lemmas), " ".join(b.lemmas)
    if not left or not right:
        return 0.0
    return float(fuzz.token_set_ratio(left, right))


def same_claim(a: Signature, b: Signature) -> bool:
    """Same statement: a shared number with its unit and related words, or close words (closer for other speakers)."""
    settings = _settings()
    shared_words = len(set(a.lemmas) & set(b.lemmas))
    score = similarity(a, b)
    if a.numbers or b.numbers:
        return (
            bool(a.numbers & b.numbers)
            and shared_words >= settings["with_numbers"]["min_shared_lemmas"]
            and (score >= settings["with_numbers"]["similarity"])
        )
    same_speaker = a.speaker is not None and a.speaker == b.speaker and a.speaker not in settings["own_voice"]
    rule = settings["same_speaker" if same_speaker else "without_numbers"]
    return shared_words >= rule["min_shared_lemmas"] and score >= rule["similarity"]


def _cluster_id(members: list[tuple[str, Claim]]) -> str:
    article_id, claim = min(members, key=lambda m: (m[0], m[1].start))
    return "c" + hashlib.sha1(f"{article_id}:{claim.start}:{claim.end}".encode()).hexdigest()[:10]


def assign_clusters(articles: list[Article]) -> list[Article]:
    """Give the same cluster_id to the same claim made in several articles (every claim gets an id).

    Clusters grow by complete linkage (every pair inside must be the same claim) and hold at most one claim
    per article, so that a chain of loose resemblances never joins unrelated statements.
    """
    items = [(a_index, claim) for a_index, article in enumerate(articles) for claim in article.claims]
    found = signatures([claim.text for _a, claim in items], [claim.speaker for _a, claim in items])
    links = {
        (i, j)
        for i in range(len(items))
        for j in range(i + 1, len(items))
        if items[i][0] != items[j][0] and same_claim(found[i], found[j])
    }
    ordered = sorted(links, key=lambda pair: -similarity(found[pair[0]], found[pair[1]]))
    cluster_of = {i: {i} for i in range(len(items))}
    for i, j in ordered:
        left, right = cluster_of[i], cluster_of[j]
        if left is right or {items[m][0] for m in left} & {items[m][0] for m in right}:
            continue
        if all((min(m, n), max(m, n)) in links for m in left for n in right):
            merged = left | right
            for member in merged:
                cluster_of[member] = merged
    ids: dict[int, str] = {}
    for members in {id(group): group for group in cluster_of.values()}.values():
        cluster = _cluster_id([(articles[items[m][0]].article_id, items[m][1]) for m in members])
        ids.update(dict.fromkeys(members, cluster))
    result, index = [], 0
    for article in articles:
        claims = []
        for claim in article.claims:
            claims.append(replace(claim, cluster_id=ids[index]))
            index += 1
        result.append(replace(article, claims=claims))
    return result
