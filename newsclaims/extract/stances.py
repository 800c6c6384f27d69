"""Stance of a piece of text towards the story's subject: cue lexicons per language, negation, hedging, polarity."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from newsclaims.extract import rules
from newsclaims.topic import Topic, default_topic

if TYPE_CHECKING:
    from newsclaims.parse import ParsedArticle

_CLAUSE_BREAK = re.compile(r"[,;:.!?«»\"“”()]|\bmais\b")


@dataclass(frozen=True)
class CueHit:
    """One stance cue found in a text, with its weight after negation and hedging."""

    cue: str
    start: int
    end: int
    weight: float
    negated: bool
    hedged: bool
    family: str = "pro"  # pro | against | safeguards | adoption: the lexicon family the cue comes from


@cache
def _cues(language: str = "fr") -> dict[str, Any]:
    """stance_cues.json, with a language's own words (rules/<language>/stance_cues.json) over the French ones;
    thresholds, weights and role priors are shared."""
    table = dict(rules.load("stance_cues"))
    if language != "fr" and (rules.RULES_DIR / language / "stance_cues.json").exists():
        table.update(rules.load(f"{language}/stance_cues"))
    return table


def _weighted(table: Any) -> list[tuple[str, float]]:
    return list(table.items()) if isinstance(table, dict) else [(pattern, 1.0) for pattern in table]


def _family(key: str, language: str, topic: Topic) -> list[tuple[str, float]]:
    """The weighted patterns of one cue family, general then the topic's own, longest first so 'plus strict'
    wins over its parts."""
    items = _weighted(_cues(language).get(key, {})) + _weighted(topic.cues(key, language))
    return sorted(items, key=lambda item: len(item[0]), reverse=True)


@cache
def _compiled(key: str, language: str, topic: Topic) -> list[tuple[re.Pattern[str], float]]:
    return [
        (re.compile(r"(?<![\w-])(?:" + pattern + r")(?![\w-])"), float(weight))
        for pattern, weight in _family(key, language, topic)
    ]


@cache
def _family_any(key: str, language: str, topic: Topic) -> re.Pattern[str]:
    """One pattern for the whole family: it matches where any of the family's does, so a text with no cue of the
    family is read once instead of once per pattern (most sentences have none)."""
    return _alternation([pattern for pattern, _ in _family(key, language, topic)])


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    # An empty alternation would match everywhere: no pattern matches nothing.
    return re.compile(r"(?<![\w-])(?:" + "|".join(patterns) + r")(?![\w-])" if patterns else r"(?!)")


@cache
def _any_of(key: str, language: str = "fr") -> re.Pattern[str]:
    return _alternation(_cues(language)[key])


@cache
def _subject(language: str, topic: Topic) -> re.Pattern[str]:
    return _alternation(topic.subject_patterns(language) + _actors_of_roles(tuple(topic.data.get("entity_roles", []))))


def _actors_of_roles(roles: tuple[str, ...]) -> list[str]:
    """Every spelling of the gazetteer actors whose role is one of `roles`: naming an AI vendor is speaking of AI."""
    actors = rules.load("actors")
    return [
        re.escape(alias.lower())
        for key in ("organizations", "people")
        for actor in actors.get(key, [])
        if actor.get("role") in roles
        for alias in {actor["name"], *actor["aliases"]}
    ]


def mentions_topic(text: str, language: str = "fr", topic: Topic | None = None) -> bool:
    """Whether the text speaks of the topic (its subject words or entities; the default topic unless given)."""
    return bool(_subject(language, topic or default_topic()).search(normalise(text)))


_ON_TOPIC_SHARE = 0.1  # an article whose every tenth sentence names the topic is about it throughout


def about_topic(parsed: ParsedArticle, topic: Topic) -> bool:
    """Whether a whole article is about the topic: its title names it, or enough of its sentences do; then
    « ils dénoncent le projet » is about the topic even where the sentence does not name it."""
    language = parsed.article.language
    if mentions_topic(parsed.article.title or "", language, topic):
        return True
    named = [mentions_topic(parsed.sentence_text(sentence), language, topic) for sentence in parsed.sentences]
    return sum(named) >= _ON_TOPIC_SHARE * max(1, len(named))


def is_source_noun(lemma: str, language: str = "fr") -> bool:
    """Whether a noun names what a source provides (informations, chiffres, étude; report, data)."""
    return lemma.lower() in _cues(language).get("source_nouns", [])


def matches_cue(word: str, family: str, language: str = "fr", topic: Topic | None = None) -> bool:
    """Whether a whole word is a cue of one family ('remplacer' is a threat), general or the topic's."""
    return any(pattern.fullmatch(word.lower()) for pattern, _ in _compiled(family, language, topic or default_topic()))


def normalise(text: str) -> str:
    return text.lower().replace("’", "'").replace("‘", "'")


def _clause_prefix(text: str, start: int) -> str:
    """The words before `start` back to the last clause break: where a negation or hedge applies."""
    before = text[:start]
    cut = max((m.end() for m in _CLAUSE_BREAK.finditer(before)), default=0)
    return before[cut:]


def negation_words(language: str = "fr") -> tuple[frozenset[str], frozenset[str]]:
    """The particles that negate (« ne », « not ») and the words that complete « ne » into a negation (none in a
    language whose particle negates alone)."""
    cues = _cues(language)
    return frozenset(cues["negation_particles"]), frozenset(cues.get("negation_completers", []))


def is_negated(text: str, start: int, language: str = "fr") -> bool:
    """'ne ... pas remplacer', 'sans compromettre', 'ne remplacera jamais': a negation shortly before the cue."""
    cues = _cues(language)
    prefix = _clause_prefix(text, start).split()
    window = " ".join(prefix[-int(cues["negation_window"]) :])
    if any(_reaches_cue(window[found.end() :], language) for found in _any_of("negations", language).finditer(window)):
        return True
    # 'L'IA ne remplacera jamais...': the particle stands before the verb, its 'pas/jamais' after it.
    particles = tuple(cues["negation_particles"])
    near = prefix[-int(cues["particle_window"]) :]
    if not any(word in particles or word.startswith(tuple(p for p in particles if p.endswith("'"))) for word in near):
        return False
    return _completed(text, start, prefix, cues)


def _completed(text: str, start: int, prefix: list[str], cues: dict[str, Any]) -> bool:
    """Whether a French « ne » is a negation: completed by « pas », « jamais », « rien »… around the verb. The
    expletive « ne » of « craindre que l'IA ne remplace », « avant que … ne » has none and negates nothing.
    A language without completers (English « not ») needs none."""
    completers = set(cues.get("negation_completers", []))
    if not completers:
        return True
    rest = text[start:]
    stop = _CLAUSE_BREAK.search(rest)
    after = rest[: stop.start() if stop else len(rest)].split()[: int(cues["completer_window"])]
    return bool(completers & {*after, *prefix[-int(cues["completer_window"]) :]})


def _reaches_cue(between: str, language: str) -> bool:
    """Whether a negation reaches the cue over the words `between` them: « sans consentement » and « pas de
    menace » do, but in « un gouffre sans fond de plagiat » the negation ends with its noun (« fond »), and
    « plagiat » is that noun's complement."""
    marker = _any_of("complement_markers", language).search(between)
    return marker is None or not between[: marker.start()].strip()


def is_corrected(text: str, start: int, end: int, language: str = "fr") -> bool:
    """'ce n'est pas un remplacement, c'est un assistant': a denial then a contrast makes a negated cue a defence.

    Only a denial of what the thing is counts: 'nous ne voulons pas être remplacés, mais...' stays a weak flip.
    """
    if not _any_of("defence_negations", language).search(_clause_prefix(text, start)):
        return False
    rest = text[end:]
    stop = re.search(r"[.!?]", rest)
    return bool(_any_of("corrections", language).search(rest[: stop.start() if stop else len(rest)]))


def is_conceded(text: str, start: int, language: str = "fr") -> bool:
    """« Malgré les critiques, X avance »: what is conceded is not the speaker's position."""
    return bool(_any_of("concessions", language).search(_clause_prefix(text, start)))


def is_hindered(text: str, start: int, language: str = "fr") -> bool:
    """« freiner l'innovation », « stifle innovation »: a verb of hindrance just before the cue."""
    words = _clause_prefix(text, start).split()[-int(_cues(language)["hindrance_window"]) :]
    return bool(words) and bool(_any_of("hindrances", language).search(" ".join(words)))


def is_hedged(text: str, start: int, language: str = "fr") -> bool:
    return bool(_any_of("hedges", language).search(_clause_prefix(text, start)))


def cue_hits(text: str, language: str = "fr", topic: Topic | None = None) -> list[CueHit]:
    """Every non-overlapping stance cue of the text; adoption cues only when the topic is in the text."""
    return list(_cue_hits(text, language, topic or default_topic()))


def forget_readings() -> None:
    """Drop the cue readings kept for the article being extracted (called before each article): a sentence is
    read once for every actor it names, but no reading outlives its article."""
    _cue_hits.cache_clear()
    sentiment.cache_clear()


@lru_cache(maxsize=4096)
def _cue_hits(text: str, language: str, topic: Topic) -> tuple[CueHit, ...]:
    flat = normalise(text)
    families = ["pro", "against", "safeguards"] + (["adoption"] if mentions_topic(flat, language, topic) else [])
    candidates = [
        (match, weight, family)
        for family in families
        if _family_any(family, language, topic).search(flat)
        for pattern, weight in _compiled(family, language, topic)
        for match in pattern.finditer(flat)
    ]
    candidates.sort(key=lambda item: (item[0].start(), -(item[0].end() - item[0].start())))
    hits: list[CueHit] = []
    for match, weight, family in candidates:
        if hits and match.start() < hits[-1].end:
            continue
        if is_conceded(flat, match.start(), language):
            continue
        negated = is_negated(flat, match.start(), language)
        hedged = is_hedged(flat, match.start(), language)
        # A negated cue says the opposite, but more weakly ('pas de remplacer' is reassurance, not praise), unless a
        # correction follows: 'pas un remplacement, c'est un assistant' defends the technology outright.
        # « freiner l'innovation » is against it (« sans freiner l'innovation » is for it, once negated);
        # « empêcher la contrefaçon » is still against the harm.
        if weight > 0 and is_hindered(flat, match.start(), language):
            weight = -weight
        corrected = negated and weight < 0 and is_corrected(flat, match.start(), match.end(), language)
        # A safeguard wanted or missing is the same complaint: « sans garde-fous », « pas obtenu les garanties ».
        flips = negated and family != "safeguards"
        value = -weight if corrected else -0.5 * weight if flips else weight
        value = value * 0.5 if hedged else value
        hits.append(CueHit(match.group(0), match.start(), match.end(), value, negated, hedged, family))
    return tuple(hits)


def is_balanced(text: str, hits: list[CueHit], language: str = "fr") -> bool:
    """« protéger les auteurs sans freiner l'innovation », « encadrer l'IA tout en soutenant la création »: a cue
    of one side, then one of the other side brought in by a balancing word (sans, tout en; without, while)."""
    flat = normalise(text)
    window = int(_cues(language)["balance_window"])
    for earlier, later in pairwise(hits):
        if earlier.weight * later.weight >= 0:
            continue
        words = flat[earlier.end : later.start].split()[-window:]
        if _any_of("balances", language).search(" ".join(words)):
            return True
    return False


@lru_cache(maxsize=4096)
def sentiment(text: str) -> tuple[float, float]:
    """textblob-fr (polarity in [-1, 1], subjectivity in [0, 1]) of a text; kept for the article being extracted,
    as a claim's sentence is read for its type and again for its stance."""
    polarity_value, subjectivity = _analyzer().analyze(text)
    return float(polarity_value), float(subjectivity)


def polarity(text: str) -> float:
    """textblob-fr polarity in [-1, 1]: a weak signal, its lexicon misses most stance words of the news."""
    return sentiment(text)[0]


@cache
def _analyzer() -> Any:
    from textblob_fr import PatternAnalyzer

    return PatternAnalyzer()


def score_text(text: str, use_polarity: bool = False, topic: Topic | None = None) -> float:
    """Stance score of a text: the sum of its cue weights, plus polarity as a weak signal when asked."""
    total = sum(hit.weight for hit in cue_hits(text, topic=topic))
    if use_polarity:
        total += float(_cues()["textblob_weight"]) * polarity(text)
    return total


def label(scores: list[float]) -> tuple[str, float]:
    """pro | against | neutral | mixed from the scores of the evidence units, and a score in [-1, 1]."""
    thresholds = _cues()["thresholds"]
    positive = sum(s for s in scores if s > 0)
    negative = -sum(s for s in scores if s < 0)
    total = positive - negative
    score = round(math.tanh(total), 3)
    strong = min(positive, negative) >= thresholds["mixed_min"]
    if strong and min(positive, negative) / max(positive, negative) >= thresholds["mixed_share"]:
        return "mixed", score
    if total >= thresholds["pro"]:
        return "pro", score
    if total <= thresholds["against"]:
        return "against", score
    return "neutral", score
