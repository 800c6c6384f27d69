"""Claims: check-worthy statements with type, topics, stance and sentiment."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any

from spacy.tokens import Span

from newsclaims.extract import rules, stances
from newsclaims.extract.actors import Mention
from newsclaims.extract.claim_terms import read_terms
from newsclaims.extract.clusters import number_values
from newsclaims.extract.quotes import Marked, is_sentence_end, marked_spans
from newsclaims.parse import ParsedArticle
from newsclaims.records import ARTICLE_VOICE, Claim, Figure, Quote, Sentence
from newsclaims.topic import Topic


@cache
def _cues() -> dict[str, Any]:
    return dict(rules.load("claim_cues"))


def sentiment(text: str) -> tuple[float, float]:
    """textblob-fr (polarity, subjectivity) of a sentence, rounded."""
    polarity, subjectivity = stances.sentiment(text)
    return round(polarity, 3), round(subjectivity, 3)


@cache
def _any_phrase(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for a list of cue phrases, each a whole word or words: built once, not once per sentence."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(phrase.strip()) for phrase in phrases) + r")(?![\w-])")


def _has(text: str, phrases: list[str]) -> bool:
    return bool(phrases) and bool(_any_phrase(tuple(phrases)).search(f" {text.lower()} "))


def has_number(span: Span) -> bool:
    """A number that is not a year, a date or an article (un, une): the mark of a quantitative statement."""
    low, high = _cues()["not_years"]
    months = set(_cues()["months"])
    text = span.text
    for _start, end, value in number_values(text):
        following = text[end:].split()
        if (value.is_integer() and low <= value <= high) or (following and following[0].lower() in months):
            continue
        return True
    return False


def is_comparison(span: Span) -> bool:
    cues = _cues()["comparison"]
    if _has(span.text, cues["phrases"]):
        return True
    words = [t.lower_ for t in span]
    return any(
        word in cues["words"] and bool({"que", "qu'"} & set(words[i + 1 : i + 8])) for i, word in enumerate(words)
    )


def is_prediction(span: Span) -> bool:
    cues = _cues()["prediction"]
    for token in span:
        future = "Fut" in token.morph.get("Tense", []) and token.pos_ in {"VERB", "AUX"}
        conditional_modal = token.lemma_ in cues["modal_lemmas"] and "Cnd" in token.morph.get("Mood", [])
        if future or conditional_modal:
            return True
    return _has(span.text, cues["phrases"])


def is_evaluation(span: Span, subjectivity: float) -> bool:
    lemmas = {t.lemma_.lower() for t in span}
    return bool(lemmas & set(_cues()["evaluation"]["lemmas"])) or subjectivity >= _cues()["evaluation_subjectivity"]


def claim_type(span: Span, figures: list[Figure], subjectivity: float) -> str:
    """quantitative > comparison > prediction > causal > evaluation > factual, from cues in the statement."""
    start, end = span.start_char, span.end_char
    if any(f.start < end and start < f.end and f.kind != "duration" for f in figures) or has_number(span):
        return "quantitative"
    if is_comparison(span):
        return "comparison"
    if is_prediction(span):
        return "prediction"
    if _has(span.text, _cues()["causal"]["phrases"]):
        return "causal"
    if is_evaluation(span, subjectivity):
        return "evaluation"
    return "factual"


def topics_of(span: Span, topic: Topic, language: str = "fr") -> list[str]:
    """The topic's aspects whose lemma or phrase occurs in the statement, in the topic file's order."""
    lemmas = {t.lemma_.lower() for t in span} | {t.lower_ for t in span}
    text = span.text.replace("’", "'")
    return [
        aspect
        for aspect, words in topic.aspects(language).items()
        if lemmas & set(words.get("lemmas", [])) or _has(text, words.get("phrases", []))
    ]


def stance_of(text: str, topic: Topic) -> str:
    """pro | against | neutral towards the topic, from the stance cues (general and the topic's own)."""
    score = stances.score_text(text, topic=topic)
    thresholds = rules.load("stance_cues")["thresholds"]
    if score >= thresholds["pro"]:
        return "pro"
    if score <= thresholds["against"]:
        return "against"
    return "neutral"


def _sentence_of(sentences: list[Sentence], offset: int) -> Sentence | None:
    return next((s for s in sentences if s.start <= offset < s.end), None)


def _outermost(quotes: list[Quote]) -> list[Quote]:
    """Quotes not inside a longer one (a partial quote inside reported speech is part of that claim)."""
    return [
        q
        for q in quotes
        if not any(
            o is not q and o.start <= q.start and q.end <= o.end and (o.end - o.start) > (q.end - q.start)
            for o in quotes
        )
    ]


def _is_statement(parsed: ParsedArticle, sentence: Sentence) -> bool:
    """Not a heading, a question or a caption: a sentence with a finite verb and enough words."""
    text = parsed.sentence_text(sentence).strip()
    if sentence.is_heading or text.endswith("?") or len(text.split()) < _cues()["min_words"]:
        return False
    span = parsed.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    return span is not None and any("Fin" in t.morph.get("VerbForm", []) for t in span)


def _make(
    parsed: ParsedArticle,
    topic: Topic,
    on_topic: bool,
    start: int,
    end: int,
    speaker: str | None,
    kind: str,
    figures: list[Figure],
    mentions: list[Mention],
) -> Claim | None:
    """The claim of body[start:end]. When neither the article (`on_topic`) nor the claim is about the topic,
    the claim has no aspect of it and no stance toward it: a profit figure is not « pro » generative AI."""
    span = parsed.doc.char_span(start, end, alignment_mode="expand")
    sentence = _sentence_of(parsed.sentences, start)
    if span is None or sentence is None:
        return None
    polarity, subjectivity = sentiment(parsed.sentence_text(sentence))
    text = parsed.article.body[start:end]
    about = on_topic or stances.mentions_topic(text, parsed.article.language, topic)
    terms = read_terms(span, parsed.article.language, mentions, speaker, article_speaker(parsed))
    return Claim(
        text=text,
        speaker=speaker,
        source_kind=kind,
        claim_type=claim_type(span, figures, subjectivity),
        topics=topics_of(span, topic, parsed.article.language) if about else [],
        stance=stance_of(text, topic) if about else "neutral",
        polarity=polarity,
        subjectivity=subjectivity,
        cluster_id=None,
        start=start,
        end=end,
        **terms.claim_fields(),
    )


def article_speaker(parsed: ParsedArticle) -> str:
    """Who asserts what the article says in its own voice: the outlet, else the author, else 'article'."""
    return parsed.article.outlet or parsed.article.author or ARTICLE_VOICE


def extract_claims(
    parsed: ParsedArticle,
    quotes: list[Quote],
    figures: list[Figure],
    mentions: list[Mention],
    topic: Topic,
    on_topic: bool,
) -> list[Claim]:
    """Every check-worthy statement of the article, in text order; `on_topic` tells whether the whole article
    is about `topic` (stances.about_topic)."""
    if parsed.limited:
        return []
    claims: list[Claim] = []
    min_words = _cues()["min_words"]
    kept = [q for q in _outermost(quotes) if len(q.text.split()) >= min_words - 1]
    for quote in kept:
        kind = "reported" if quote.kind == "indirect" else "quote"
        claim = _make(parsed, topic, on_topic, quote.start, quote.end, quote.speaker, kind, figures, mentions)
        if claim is not None:
            claims.append(claim)
    own = article_speaker(parsed)
    marks = marked_spans(parsed.article.body)
    for whole in parsed.sentences:
        for sentence in sentence_units(parsed.article.body, whole, marks):
            if _covered(sentence, quotes) or not _is_statement(parsed, sentence):
                continue
            claim = _make(parsed, topic, on_topic, sentence.start, sentence.end, own, "article", figures, mentions)
            if claim is not None and (claim.claim_type != "factual" or _names_actor(sentence, mentions)):
                claims.append(claim)
    return sorted(claims, key=lambda c: (c.start, c.end))


def sentence_units(body: str, sentence: Sentence, marks: list[Marked]) -> list[Sentence]:
    """A sentence span cut at each sentence end outside quotation marks (the parse may keep
    « … l'emploi. « On nous … », a regretté X » together): the units an article claim can be."""
    units: list[Sentence] = []
    start = sentence.start
    for i in range(sentence.start, sentence.end - 1):
        if is_sentence_end(body, i, marks):
            units.append(replace(sentence, start=start, end=i + 1))
            start = i + 1
            while start < sentence.end and body[start].isspace():
                start += 1
    units.append(replace(sentence, start=start, end=sentence.end))
    return [unit for unit in units if unit.end > unit.start]


def _covered(sentence: Sentence, quotes: list[Quote]) -> bool:
    """A sentence holding a quotation or reported speech (or inside one) is the speaker's claim, not the article's;
    its frame (« X affirme que », « a déclaré X ») is no claim of its own."""
    return any(sentence.start <= q.start < sentence.end or q.start <= sentence.start < q.end for q in quotes)


def _names_actor(sentence: Sentence, mentions: list[Mention]) -> bool:
    """A factual statement is check-worthy when it says what a named actor did."""
    return any(sentence.start <= m.start < sentence.end and m.source in {"gazetteer", "entity"} for m in mentions)


__all__ = ["extract_claims"]
