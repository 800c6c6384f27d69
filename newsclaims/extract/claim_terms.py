"""What a claim says, read from its parse: who it is about, its predicate, whether it is negated, its content words."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from newsclaims.extract import rules, stances

if TYPE_CHECKING:  # the predicate lexicon is read at link time too, where spaCy need not be loaded
    from spacy.tokens import Span, Token

    from newsclaims.extract.actors import Mention

_SUBJECTS = {"nsubj", "nsubj:pass", "nsubjpass"}
_FIRST_PERSON = {"je", "j'", "nous", "moi", "i", "we", "me", "us"}
_CONTENT_POS = {"NOUN", "PROPN", "VERB", "ADJ", "ADV"}
_PREDICATE_POS = {"VERB", "NOUN", "ADJ"}


@dataclass(frozen=True)
class ClaimTerms:
    """The parts of a claim that decide whether two claims say the same thing, or opposite things."""

    subject: str | None  # the actor the claim is about: its grammatical subject, when it names one
    actors: tuple[str, ...]  # every actor the claim names
    predicate: str | None  # canonical predicate (« a reversé » and « a versé » are both « pay »)
    negated: bool  # « n'utilisera jamais », « renonce à utiliser », « will not use »
    lemmas: tuple[str, ...]  # content lemmas, without negation words
    objects: tuple[str, ...] = ()  # nouns of the predicate's arguments other than its subject

    def claim_fields(self) -> dict[str, Any]:
        """The terms as the fields of a Claim record (lists where the record has lists)."""
        return {
            "subject": self.subject,
            "actors": list(self.actors),
            "predicate": self.predicate,
            "negated": self.negated,
            "lemmas": list(self.lemmas),
            "objects": list(self.objects),
        }


@cache
def lexicon(language: str) -> dict[str, Any]:
    return dict(rules.load("en/predicates" if language == "en" else "predicates"))


@cache
def _predicate_of_lemma(language: str) -> dict[str, str]:
    return {lemma: key for key, lemmas in lexicon(language)["synonyms"].items() for lemma in lemmas}


def canonical_predicate(lemma: str, language: str = "fr") -> str:
    """The predicate a lemma says: its synonym group's key, else the lemma itself."""
    return _predicate_of_lemma(language).get(lemma.lower(), lemma.lower())


@cache
def _antonym_pairs() -> frozenset[frozenset[str]]:
    return frozenset(frozenset(pair) for language in ("fr", "en") for pair in lexicon(language)["antonyms"])


def antonyms(a: str | None, b: str | None) -> bool:
    """Whether two canonical predicates say opposite things (« increase » / « decrease »)."""
    return a is not None and b is not None and frozenset((a, b)) in _antonym_pairs()


def _negated(token: Token, language: str) -> bool:
    """A negation on the word: « ne » with a completer (pas, jamais, aucun on its object…), or « not », « never »,
    « sans ». An « ne » without completer is expletive (« craint que l'IA ne remplace ») and negates nothing. The
    particles and completers are the stance stage's (stances.negation_words): one list per language."""
    particles, completers = stances.negation_words(language)
    words = [child.lower_ for child in token.children] + [
        grandchild.lower_ for child in token.children if child.dep_ in {"obj", "dobj"} for grandchild in child.children
    ]
    if any(word in lexicon(language)["negating_words"] for word in words) or any(
        c.dep_ == "neg" for c in token.children
    ):
        return True
    return any(word in particles for word in words) and (not completers or any(word in completers for word in words))


def main_predicate(root: Token, language: str) -> tuple[Token, bool]:
    """The word that carries what the claim asserts, and whether the words above it turn it around: through a
    verb of modality or intent (« va utiliser »: utiliser), a reversing verb (« renonce à utiliser »), or the
    content of a verb of saying or fearing (« craint que l'IA remplace »: remplace)."""
    table = lexicon(language)
    token, reversed_ = root, False
    for _ in range(3):
        complements = [c for c in token.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ in {"VERB", "AUX"}]
        if not complements:
            break
        lemma = token.lemma_.lower()
        if lemma in table["reversing_verbs"]:
            reversed_ = not reversed_
        elif lemma not in table["light_verbs"] and complements[0].dep_ != "ccomp":
            break
        reversed_ ^= _negated(token, language)
        token = complements[0]
    return token, reversed_


def _named(token: Token, mentions: list[Mention]) -> str | None:
    """The actor a phrase names: the first mention in it, else its proper nouns as written (« le studio
    Valmont »: Valmont), which the recogniser may have missed."""
    low, high = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
    inside = [m for m in mentions if m.start < high and low < m.end]  # overlapping: the parse may cut a name
    if inside:
        return min(inside, key=lambda m: m.start).name
    proper = [t for t in token.subtree if t.pos_ == "PROPN"]
    if not proper or len(proper) > 4:
        return None
    doc = token.doc
    first, last = proper[0].i, proper[-1].i
    while first > 0 and doc[first - 1].pos_ == "PROPN":  # a name the parse cut in two (« Orbis | Media »)
        first -= 1
    while last + 1 < len(doc) and doc[last + 1].pos_ == "PROPN":
        last += 1
    return doc[first : last + 1].text


def _subject(predicate: Token, mentions: list[Mention], speaker: str | None, own_voice: str | None) -> str | None:
    """The actor the subject of the predicate names (climbing to the verbs above it when it has none of its own);
    a first-person subject is the speaker."""
    token: Token | None = predicate
    for _ in range(3):
        if token is None:
            break
        subjects = [c for c in token.children if c.dep_ in _SUBJECTS]
        if subjects:
            subject = subjects[0]
            if subject.lower_ in _FIRST_PERSON:
                return speaker if speaker != own_voice else None
            return _named(subject, mentions)
        token = token.head if token.head.i != token.i else None
    return None


def _argument_nouns(predicate: Token, span: Span, language: str) -> tuple[str, ...]:
    """Lemmas of the nouns in the predicate's arguments other than its subject: objects, indirect objects,
    argument complements and phrases that bring a participant (« avec le syndicat »), with their own
    complements, inside the claim's span; dates and times left out."""
    table = lexicon(language)
    core, participants = set(table["core_arguments"]), set(table["participant_prepositions"])
    nouns: dict[str, None] = {}
    for child in predicate.children:
        markers = {child.lower_} | {c.lower_ for c in child.children if c.dep_ == "case"}
        if child.dep_ not in core and not (child.dep_.startswith(("obl", "prep")) and markers & participants):
            continue
        for token in child.subtree:
            if (
                span.start <= token.i < span.end
                and token.pos_ in {"NOUN", "PROPN"}
                and token.is_alpha
                and token.ent_type_ not in {"DATE", "TIME"}
            ):
                nouns[token.lemma_.lower()] = None
    return tuple(nouns)


def _root(span: Span) -> Token:
    """The head of the span (the word nearest the root of its sentence); when the parse left the sentence in
    pieces with a noun or a name first (« Orbis | Media n'utilisera … »), the verb heading the other piece."""
    root = span.root
    if root.head.i != root.i or root.pos_ not in {"NOUN", "PROPN"}:
        return root
    verbs = [t for t in span if t.head.i == t.i and t.pos_ in {"VERB", "AUX"}]
    return verbs[0] if verbs else root


def read_terms(
    span: Span, language: str, mentions: list[Mention], speaker: str | None = None, own_voice: str | None = None
) -> ClaimTerms:
    """The terms of the claim that `span` holds; `mentions` are the article's actors, `speaker` who asserts the
    claim (a first-person subject is them) and `own_voice` the name the article's own voice goes by."""
    table = lexicon(language)
    predicate, reversed_ = main_predicate(_root(span), language)
    negated = reversed_ ^ _negated(predicate, language)
    if predicate.pos_ == "AUX" or predicate.lemma_.lower() in {"être", "be"}:
        attributes = [c for c in predicate.children if c.dep_ in {"attr", "acomp", "xcomp"}]
        predicate = attributes[0] if attributes else predicate
    ignored = set(table["ignore_lemmas"])
    lemmas = tuple(
        dict.fromkeys(
            t.lemma_.lower()
            for t in span
            if t.is_alpha and t.pos_ in _CONTENT_POS and t.lemma_.lower() not in ignored and t.lower_ not in ignored
        )
    )
    inside = [m for m in mentions if span.start_char <= m.start < span.end_char]
    return ClaimTerms(
        subject=_subject(predicate, inside, speaker, own_voice),
        actors=tuple(sorted({m.name for m in inside})),
        # A fragment rooted on an adverb or a number (« dix fois plus vite ») asserts no predicate of its own.
        predicate=canonical_predicate(predicate.lemma_, language) if predicate.pos_ in _PREDICATE_POS else None,
        negated=negated,
        lemmas=lemmas,
        objects=_argument_nouns(predicate, span, language),
    )
