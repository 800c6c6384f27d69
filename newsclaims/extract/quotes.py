"""Quotes: direct, partial and reported speech, with speaker, reporting verb and frame."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol

from spacy.tokens import Doc, Span, Token

from newsclaims.extract import rules
from newsclaims.extract.actors import Mention, after_wire_credit
from newsclaims.extract.speakers import (
    NOBODY,
    Speaker,
    SpeakerResolver,
    case_of,
    definite_plural_of_people,
    is_finite,
    is_inverted,
    is_time_noun,
    misread_main_verb,
    noun_phrase,
    object_relative,
    on_a_side,
    past_quotation,
    phrase_extent,
    read_in,
    split_auxiliary,
    subject_of,
)
from newsclaims.parse import ParsedArticle, doc_text, token_index
from newsclaims.records import Quote, Sentence

_SPACES = " \t\u00a0\u202f\u2009\n"
_TRAILING = _SPACES + ",;:"
_CONTENT_DEPS = {"ccomp", "xcomp"}
_RELATIVE_SUBJECTS = {"qui", "lequel", "laquelle", "lesquels", "lesquelles"}
_CLOSING_AND_SPACE = set("»”\"'’.!?… \n\u00a0")
_CLOSING_MARKS = {"»", "”", '"', "’", "'"}
# Clitics of a verb group after a quotation: « », s'exclame-t-il / « », a-t-elle dit.
_CLITICS = {
    *("s'", "se", "l'", "le", "la", "lui", "leur", "y", "en", "nous", "vous"),
    *("-t", "-il", "-elle", "-ils", "-elles", "-on"),
}
_FREE_QUOTE_REACH = 3  # sentences back to look for the speaker of a quote with no verb
_STOPS = ".!?…"
_OPENING = "«“„‹\"'‘"
SENTENCE_STOPS = frozenset({".", "!", "?"})  # a sentence has ended: no incise reaches past one
_REFLEXIVES = frozenset({"se", "s'", "s’"})
_MAYBE_VERBS = frozenset({"VERB", "AUX", "X", "NOUN", "ADJ"})  # the tags a verb of saying may be given
_REOPENING = re.compile(r"\n[\s\u00a0\u202f]*[«“„\"][\s\u00a0\u202f]*")  # a quotation going on in a new paragraph


@dataclass(frozen=True)
class Marked:
    """Text between a pair of quotation marks: the marks at open/close, the quoted words at start/end."""

    open: int
    close: int
    start: int
    end: int
    closed: bool = True  # False: a typographic mark left open to the end of its paragraph


@dataclass(frozen=True)
class Cue:
    """A reporting act: a verb of saying or a source preposition, with the span of what it reports."""

    anchor: Token
    label: str
    content: tuple[int, int] | None
    frame: str
    verb: Token | None


@cache
def _speech() -> dict[str, Any]:
    return dict(rules.load("speech_verbs"))


@cache
def _marks() -> dict[str, Any]:
    return dict(rules.load("quote_marks"))


def _words(name: str) -> list[str]:
    return list(_speech()[name])


# ---------------------------------------------------------------- quotation marks


def _opens(text: str, i: int) -> bool:
    """Whether the mark at i can open a quotation (an apostrophe inside a word cannot)."""
    mark = text[i]
    if mark in "«“„‹":
        return True
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    # A straight double mark is never an apostrophe: « " Nous irons " », spaced the French way, opens too.
    return not before.isalnum() and (mark == '"' or not after.isspace())


def _closes(text: str, i: int) -> bool:
    mark = text[i]
    if mark in "»”“›":
        return True
    after = text[i + 1] if i + 1 < len(text) else " "
    return (mark == '"' or not text[i - 1].isspace()) and not after.isalnum()


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _SPACES:
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return start, end


def _misprinted_close(text: str, i: int, opened: str) -> bool:
    """An opening mark typed where the closing one belongs: the same mark again, last thing of its paragraph or
    right before the punctuation that ends a sentence (« … du droit« . Le ton est donné. »): no quotation opens
    on a full stop."""
    after = text[i + 1 :].lstrip(" \t\u00a0\u202f")
    return text[i] == opened and opened in "“«" and (not after or after.startswith(("\n", ".", "!", "?", "…")))


def marked_spans(text: str, with_unclosed: bool = False) -> list[Marked]:
    """Outermost quotations of a text; one goes on over paragraphs that reopen with the same mark. Quotations
    whose mark is never closed are left out unless asked for: sentence ends inside them still count."""
    pairs: dict[str, str] = _marks()["pairs"]
    found: list[Marked] = []
    stack: list[tuple[str, int]] = []
    skip = -1
    for i, char in enumerate(text):
        if i == skip:
            continue
        if char == "\n":
            if stack:
                following = text[i:].lstrip(_SPACES)
                if following.startswith(stack[0][0]):
                    skip = len(text) - len(following)  # the reopening mark of a continued paragraph
                else:
                    found.extend(_left_open(text, stack, i) if with_unclosed else [])
                    stack.clear()
            continue
        if stack and (char == pairs[stack[-1][0]] or _misprinted_close(text, i, stack[-1][0])) and _closes(text, i):
            _mark, position = stack.pop()
            if not stack:
                start, end = _trim(text, position + 1, i)
                if end > start:
                    found.append(Marked(position, i + 1, start, end))
            continue
        if char in pairs and _opens(text, i):
            stack.append((char, i))
    return found + (_left_open(text, stack, len(text)) if with_unclosed else [])


def _left_open(text: str, stack: list[tuple[str, int]], paragraph_end: int) -> list[Marked]:
    """A typographic mark never closed runs to the end of its paragraph (« “We won. It was hard, she said. »): the
    quotation is kept, marked as unclosed, and counts only where an incise inside it names who speaks."""
    if len(stack) != 1 or stack[0][0] not in "«“":
        return []
    start, end = _trim(text, stack[0][1] + 1, paragraph_end)
    return [Marked(stack[0][1], paragraph_end, start, end, closed=False)] if end > start else []


# ---------------------------------------------------------------- cues of reported speech


def _span_of(tokens: list[Token], text: str) -> tuple[int, int] | None:
    kept = [t for t in tokens if not t.is_space]
    # A leading preposition is the verb's (« parlé de X »), a partitive « de » the words' own (« de nouvelles coupes »).
    while kept and (kept[0].is_punct or (kept[0].lower_ in {"de", "d'", "à"} and kept[0].pos_ == "ADP")):
        if kept[0].text in "«“\"'‘":
            break
        kept = kept[1:]
    if not kept:
        return None
    start, end = _trim(text, kept[0].idx, kept[-1].idx + len(kept[-1]))
    while end > start and text[end - 1] in ".!?":
        end -= 1
    start, end = _trim(text, start, end)
    return (start, end) if end - start > 3 else None


def _inside(marks: list[Marked], offset: int) -> bool:
    return any(m.open < offset < m.close - 1 for m in marks)


def is_sentence_end(text: str, i: int, marks: list[Marked]) -> bool:
    """A stop outside quotation marks, then a space and a capital or an opening mark; not an initial (M. Dupont)."""
    if text[i] not in _STOPS or _inside(marks, i):
        return False
    word = re.search(r"(\w+)$", text[max(0, i - 4) : i])
    if text[i] == "." and word and len(word.group(1)) <= 2 and word.group(1)[:1].isupper():
        return False
    following = text[i + 1 :].lstrip(_SPACES)
    if not following:
        return True
    return following[:1].isupper() or following[0] in _OPENING or text[i + 1 : i + 2] in _OPENING


def _sentence_stop(text: str, start: int, end: int, marks: list[Marked]) -> int:
    """The first sentence end in [start, end), or end."""
    return next((i for i in range(start, end) if is_sentence_end(text, i, marks)), end)


def _after_close(doc: Doc, close: int, region: tuple[int, int], stop: int) -> int:
    """Words after a closing mark that still belong to the reported clause (their head lies inside it)."""
    end = close
    for token in doc[token_index(doc, close) :]:
        if token.idx >= stop or token.is_punct or not region[0] <= token.head.idx < max(end, region[1]):
            break
        end = token.idx + len(token)
    return end


def tokens_after(doc: Doc, offset: int, count: int) -> list[Token]:
    """The `count` tokens that start at or after a character offset."""
    first = token_index(doc, offset)
    return list(doc[first : min(len(doc), first + count)])


# A colon before a quotation that opens on a capital: a sentence of its own, not the end of the reported phrase
# (« saying synthetic actors: “move differently” » goes on with it).
_INTRODUCED_QUOTATION = re.compile(r"\s*:\s*[«“\"]\s*[A-ZÀ-Ý]")


def bound_content(doc: Doc, content: tuple[int, int] | None, marks: list[Marked], limit: int) -> tuple[int, int] | None:
    """Reported words end at their sentence end, take in a quotation they open, and never end on an opening mark or
    start on a wire story's credit."""
    if content is None:
        return None
    text = doc_text(doc)
    start, end = content
    start = after_wire_credit(text, start)
    stop = _sentence_stop(text, start, limit, marks)
    end = min(end, stop)
    for mark in marks:
        if start <= mark.open < end < mark.close:
            end = _after_close(doc, mark.close, (start, end), stop)
    # « a salué la performance de sa rivale : « Elle … » »: what follows the colon is a quotation of its own.
    introduced = _INTRODUCED_QUOTATION.search(text, start, end)
    end = introduced.start() if introduced is not None and introduced.start() > start else end
    start, end = _trim(text, start, end)
    while end > start and text[end - 1] in _OPENING + _SPACES and not any(m.close == end for m in marks):
        end -= 1
    start, end = _trim(text, start, end)
    return (start, end) if end - start > 3 else None


def _sentence_of(sentences: list[Sentence], offset: int) -> Sentence | None:
    for sentence in sentences:
        if sentence.start <= offset < sentence.end:
            return sentence
    return None


def speech_lemma(token: Token) -> str | None:
    """The lexicon lemma of a verb of saying; first-group verbs the lemmatiser leaves inflected are recovered."""
    if token.pos_ not in _MAYBE_VERBS:
        return None  # read for every token: what no tagger error makes a verb is left at once
    verbs: dict[str, str] = _speech()["verbs"]
    # The tagger sometimes calls an inverted verb « X » or a noun (« …, commente Jean Roy », « …, note
    # l'organisation »); a subject or an object of its own, which no noun takes, shows it is one.
    following = token.doc[token.i + 1 : token.i + 3].text.lower().replace(" ", "")
    inverted = following.startswith(("-t-il", "-t-elle", "-il", "-elle", "-ils", "-elles", "-t-on"))
    # « « … », note l'organisation »: a word right after a quotation's closing mark and comma opens an incise.
    incise = _after_quotation(token)
    # « se vante de … »: a reflexive clitic shows a verb, whatever the tagger makes of it.
    reflexive = any(c.lower_ in _REFLEXIVES for c in token.children if c.i < token.i)
    # « Le député suggère que … » tagged an adjective: an adjective with a subject and a clause but no copula is a
    # verb (« il est sûr que … » has its copula).
    clausal = token.pos_ == "ADJ" and {"nsubj", "ccomp"} <= {c.dep_ for c in token.children}
    clausal = clausal and not any(c.dep_ == "cop" for c in token.children)
    verb_like = (token.pos_ in {"X", "NOUN"} or (token.pos_ == "ADJ" and (reflexive or clausal))) and (
        inverted or incise or reflexive or any(c.dep_ in {"nsubj", "obj"} for c in token.children)
    )
    verb_like = verb_like or misread_main_verb(token) is not None
    candidates = _infinitives(token)
    # The lexicon's phrases: a reflexive verb (« se vanter »), or a verb and the words after it (« mettre en garde »,
    # « a fait savoir », where faire carries tense and subject, whether tagged a verb or an auxiliary).
    phrases = [f"se {c}" for c in candidates if reflexive] + [
        key for c in candidates for key in _phrases_of().get(c, []) if _followed_by(token, key.split()[1:])
    ]
    if token.pos_ != "VERB" and not verb_like and not (token.pos_ == "AUX" and phrases):
        return None
    return next((c for c in candidates + phrases if c in verbs), None)


def _after_quotation(token: Token) -> bool:
    """Right after a quotation's closing mark and a comma: where an incise's verb stands (« », note X »)."""
    return token.i >= 2 and token.doc[token.i - 1].text == "," and token.doc[token.i - 2].text in _CLOSING_MARKS


def _infinitives(token: Token) -> list[str]:
    """The infinitives a verb form may have: its lemma, and for the first group the form the lemmatiser or the
    tagger left inflected (« borné » read as an adjective: borner)."""
    lemma = token.lemma_.lower()
    infinitive = re.sub(r"(e|es|ent|é|ée|és|ées|ant|ait|aient)$", "er", token.lower_)
    # « suggère », « répète »: the grave accent of the stem is an acute one in the infinitive (suggérer).
    return [lemma, lemma + "r", infinitive, re.sub(r"è(\w+er)$", r"é\1", infinitive)]


@cache
def _phrases_of() -> dict[str, list[str]]:
    """The lexicon's verbs of several words (« mettre en garde », « faire savoir »), by their first word."""
    phrases: dict[str, list[str]] = {}
    for key in _speech()["verbs"]:
        if " " in key:
            phrases.setdefault(key.split()[0], []).append(key)
    return phrases


def _followed_by(token: Token, words: list[str]) -> bool:
    """Whether the words right after a token are these, as written or lemmatised (« mis en garde »)."""
    following = token.doc[token.i + 1 : token.i + 1 + len(words)]
    return len(following) == len(words) and all(
        t.lower_ == w or t.lemma_.lower() == w for t, w in zip(following, words, strict=True)
    )


def _verb_frame(verb: Token, lemma: str) -> str:
    verbs: dict[str, str] = _speech()["verbs"]
    frame = verbs.get(lemma, "neutral")
    if frame == "neutral" and any("Cnd" in t.morph.get("Mood", []) for t in [verb, *verb.children] if t.i <= verb.i):
        return "hedged"
    return frame


def _content_of_verb(verb: Token, lemma: str, sentence: Sentence) -> tuple[int, int] | None:
    """The words a reporting verb reports, carried on when the parser cut our sentence inside them."""
    content = _parsed_content(verb, lemma, sentence)
    if content is None or content[1] <= verb.idx:
        return content  # an incise reports the words before it, which its own cut cannot carry on
    doc = verb.doc
    end = token_index(doc, sentence.end)
    tail = list(doc[token_index(doc, content[1]) : end])
    # The parser starts new sentences at dashes and quotation marks that our sentence spans keep together.
    if any(t.is_sent_start for t in tail) and tail[-1].i > tail[0].i:
        extended = _span_of(list(doc[token_index(doc, content[0]) : end]), doc_text(doc))
        return (content[0], extended[1]) if extended else content
    return content


def _parsed_content(verb: Token, lemma: str, sentence: Sentence) -> tuple[int, int] | None:
    """The words a reporting verb reports: its clause, infinitive, object or prepositional complement."""
    if object_relative(verb):
        return None  # « un chiffre que conteste X »: what X contests is the noun before, said elsewhere
    text = doc_text(verb.doc)
    for child in verb.children:
        if (
            child.dep_ in _CONTENT_DEPS
            and child.i > verb.i
            and not verb.i < child.i < verb.i + len(lemma.split())  # the rest of « faire savoir », « laisser entendre »
        ):
            infinitive = any("Inf" in t.morph.get("VerbForm", []) for t in [child, *child.children] if t.i <= child.i)
            if child.dep_ == "xcomp" and not infinitive:
                continue
            if any(c.dep_.startswith("nsubj") and c.lower_ in _RELATIVE_SUBJECTS for c in child.children):
                continue  # « a annoncé la fermeture du site, qui emploie 320 salariés »: a relative on the object
            return _span_of(list(child.subtree), text)
    prepositions = _speech()["content_prepositions"].get(lemma)
    # « …, a annoncé mardi la ministre »: after an incise's verb, the noun the parser calls its object is its subject.
    if (lemma in _words("object_content") or prepositions) and not _closes_a_clause(verb, sentence):
        # « a confirmé jeudi la suppression de … »: the parser may hang the object on the day.
        hung_on_day = [c for t in verb.children if is_time_noun(t) for c in t.children if c.dep_ == "obj" and c.i > t.i]
        complements = sorted([*verb.children, *hung_on_day], key=lambda c: c.i)
        has_object = any(c.dep_ == "obj" and c.i > verb.i for c in complements)
        # A verb the parser read as a noun (misread_main_verb) has its object as a noun complement.
        objects = {"obj", "obl:arg", "obl:mod"} | ({"nmod"} if misread_main_verb(verb) is not None else set())
        for child in complements:
            if child.i > verb.i and child.dep_ in objects:
                case = next((t for t in child.children if t.dep_ == "case"), None)
                if prepositions and (case is None or case.lower_ not in prepositions):
                    continue
                when = case is None and is_time_noun(child)
                if _refers_back(child) or (child.dep_ == "obl:mod" and (when or has_object)):
                    continue  # « a promis jeudi », « a annoncé, à l'occasion de …, une baisse »: when, not what
                if on_a_side(child):
                    continue  # « déplore de son côté le député »: whose side, not what is deplored
                # The object and what the verb says about it: « exprimé sa confiance en sa capacité à … »; what is
                # called for or warned against, without its preposition (« appelé à [la grève] »).
                first = min(t.i for t in child.subtree if case is None or t.i != case.i or not prepositions)
                if verb.doc[first].ent_iob_ == "I":
                    continue  # « a regretté Roberto De Zerbi »: the rest of a name the parser cut at its particle
                # « …, selon X » is not what was said, nor what a verb coordinated after it says (« a dénoncé X et
                # appelé à Y »: Y is what « appelé » reports).
                # Nor is a clause the text sets against it (« a confirmé sa candidature, tandis que son rival … »).
                contrasted = {
                    c.i
                    for c in verb.children
                    if any(m.dep_ == "mark" and m.lower_ in _words("contrast_words") for m in c.children)
                }
                ends = [
                    c
                    for c in verb.children
                    if c.i > child.i and (c.dep_ == "conj" or case_of(c) in _words("source_cues") or c.i in contrasted)
                ]
                last = min((min(t.i for t in c.subtree) for c in ends), default=len(verb.doc))
                rest = [t for t in verb.subtree if first <= t.i < last]
                return _span_of(rest, text)
    doc = verb.doc
    # A parse that hangs the clause elsewhere still has its "que" shortly after the verb.
    for token in doc[verb.i + 1 : min(len(doc), verb.i + 12)]:
        finite = "Fin" in token.morph.get("VerbForm", []) and token.head.i != verb.i
        if token.idx >= sentence.end or finite or speech_lemma(token):
            break
        # « a annoncé mercredi qu'elle … »: the parser may read the « que » as a relative on the day.
        on_a_day = token.dep_ == "obj" and token.head.dep_ == "acl:relcl" and is_time_noun(token.head.head)
        if token.lower_ in {"que", "qu'"} and (token.pos_ == "SCONJ" or on_a_day):
            return _span_of(list(doc.char_span(token.idx, sentence.end, alignment_mode="contract") or []), text)
    if is_inverted(verb):
        return _incise_content(verb, sentence)
    return None


def _closes_a_clause(verb: Token, sentence: Sentence) -> bool:
    """« Le SMIC sera relevé, a annoncé la ministre »: a verb with no subject before it, right after a comma that
    closes a clause with a finite verb and its subject, is an incise that reports that clause."""
    doc = verb.doc
    if not is_inverted(verb) or any(c.dep_.startswith("nsubj") and c.i < verb.i for c in verb.children):
        return False
    comma = next((t for t in reversed(doc[max(0, verb.i - 4) : verb.i]) if t.is_punct), None)
    if comma is None or comma.text != ",":
        return False
    clause = doc[token_index(doc, sentence.start) : comma.i]
    # « le SMIC sera relevé »: the tense is on the auxiliary.
    tensed = [t for t in clause if is_finite(t) or any(is_finite(a) for a in t.children if a.dep_.startswith("aux"))]
    return any(any(c.dep_.startswith("nsubj") for c in t.children) for t in tensed)


def _refers_back(phrase: Token) -> bool:
    """« ces chiffres », « cette décision »: a noun phrase with a demonstrative and no clause of its own names what
    was said elsewhere (the sentence before, a quotation after a colon) instead of saying it."""
    demonstrative = any(c.dep_ == "det" and "Dem" in c.morph.get("PronType", []) for c in phrase.children)
    return demonstrative and not any(t.pos_ in {"VERB", "AUX"} for t in phrase.subtree)


def _incise_content(verb: Token, sentence: Sentence) -> tuple[int, int] | None:
    """« X, précise le journal » reports what precedes; « Comme le révèle X, Y » reports what follows."""
    doc = verb.doc
    split = split_auxiliary(verb)
    first = verb.i if split is None else split.i
    while first > 0 and (doc[first - 1].pos_ == "AUX" or doc[first - 1].lower_ in {"le", "l'", "comme"}):
        first -= 1
    if doc[first].lower_ == "comme" or (first > 0 and doc[first - 1].lower_ == "comme"):
        after = list(doc[verb.i : max(verb.i, token_index(doc, sentence.end))])
        comma = next((t for t in after if t.text == ","), None)
        if comma is None:
            return None
        return _span_of([t for t in after if t.i > comma.i], doc_text(doc))
    before = list(doc[min(first, token_index(doc, sentence.start)) : first])
    if len(before) < 2 or before[-1].text != "," or before[-2].text in _CLOSING_MARKS:
        return None  # an incise after a quotation attributes the quotation itself
    after = list(doc[verb.i + 1 : token_index(doc, sentence.end)])
    joined = [t for t in after if t.pos_ == "CCONJ" and t.i + 1 < len(doc) and is_finite(doc[t.i + 1])]
    if joined:
        return None  # « Le groupe, qui …, relève son objectif et vise … »: a clause of its own, no incise
    if any(c.dep_.startswith("nsubj") and c.i < verb.i and c.pos_ in {"NOUN", "PROPN"} for c in verb.children):
        return None  # « La présidente, Anne Vidal, l'assure : … »: a subject set off by commas, no incise
    return _span_of(before[:-1], doc_text(doc))


def _apposed(token: Token) -> bool:
    """« X, directrice de Y, »: a noun phrase set after a name between commas, which the parser calls an apposition
    or, with no preposition, a noun complement."""
    if token.dep_ == "appos":
        return True
    first = min(t.i for t in token.subtree)
    bare = not any(c.dep_ == "case" for c in token.children)
    return token.dep_ == "nmod" and bare and first > 0 and token.doc[first - 1].text == ","


def _source_cue(token: Token, sentence: Sentence, mentions: list[Mention]) -> Cue | None:
    """selon X / d'après X anywhere, pour X at the head of the sentence: the rest of the sentence is X's."""
    word = token.lower_
    doc = token.doc
    if word == "après" and token.i > 0 and doc[token.i - 1].lower_ == "d'":
        word = "d'après"
    if word == "croire" and token.i > 1 and doc[token.i - 2 : token.i].text.lower() in {"à en", "à l'en", "à les en"}:
        return _distancing_source(token, sentence)
    if word not in _words("source_cues"):
        return None
    if word in _words("source_cues_sentence_start_only") and token.idx != sentence.start:
        return None
    anchor = token.head if token.dep_ == "fixed" else token  # d' + après: the case word carries the link
    source = anchor.head if anchor.head.i > token.i else None
    if source is None or source.pos_ not in {"PROPN", "NOUN", "PRON", "ADV", "X"}:
        return None
    while (
        source.pos_ in {"PROPN", "X"}
        and source.dep_ in {"amod", "compound", "flat", "flat:name"}
        and source.head.i > source.i
        and source.head.pos_ in {"PROPN", "X"}
    ):
        source = source.head  # « selon le New Harbor Post »: the name's last word heads it in a broken parse
    if word == "pour" and source.pos_ == "NOUN" and not _names_a_source(source, mentions):
        return None
    # « …, selon les notaires de France, … »: people, set off by a comma, are the source of the clause.
    set_off = token.i > 0 and doc[token.i - 1].text == "," and definite_plural_of_people(source)
    if source.pos_ == "NOUN" and token.idx != sentence.start and not (_may_speak(source, mentions) or set_off):
        return None  # « qui varie selon les formats »: depending on a thing, not according to someone
    if word == "pour" and source.pos_ in {"PRON", "ADV"} and source.lower_ not in _words("source_pronouns"):
        return None
    _np_start, np_end = noun_phrase(source)
    after_cue = max(source.i, token_index(doc, np_end))
    start_i = token.i - 1 if word == "d'après" else token.i
    sentence_end = token_index(doc, sentence.end)
    before = list(doc[min(start_i, token_index(doc, sentence.start)) : start_i])
    # The source may run on (« selon X et Y, », « selon X, qui l'a révélé, », « selon X, directeur de Y, »,
    # « selon un rapport publié lundi par X, »): its whole phrase ends at a comma.
    # Only what follows the name at once, or the phrase before it: « X et Y », « X, qui … », « X publié par Y »,
    # « le docteur X, cheffe du service, ».
    # A phrase that runs on into the clause is not the source's (« Pour le député X, le gouvernement « fait … » »,
    # where the parser sets « le gouvernement » in apposition): it must close on a comma or the sentence's end.
    last = after_cue - 1
    for child in sorted(source.children, key=lambda c: c.i):
        subtree = [t.i for t in child.subtree]
        closes = max(subtree) + 1 >= sentence_end - 1 or doc[max(subtree) + 1].text == ","
        if (child.dep_ in {"conj", "acl:relcl", "acl"} or _apposed(child)) and min(subtree) <= last + 2 and closes:
            last = max(last, *subtree)
    whole_end = last + 1
    if whole_end < len(doc) and doc[whole_end].text == "," and doc[whole_end].idx < sentence.end:
        after_cue = whole_end
    after = []
    if after_cue < len(doc) and doc[after_cue].text == ",":
        after = list(doc[after_cue + 1 : max(after_cue + 1, sentence_end)])
    content = _span_of(_attributed_side(before, after), doc_text(doc))
    if content is None:
        return None
    return Cue(source, word, content, "neutral" if word == "pour" else "hedged", None)


def _attributed_side(before: list[Token], after: list[Token]) -> list[Token]:
    """What « selon X » attributes: the side of the sentence with a clause of its own (« CLAUSE, selon X, contre
    … » / « Selon X, CLAUSE »), or both sides when neither has one (« Un succès bâti, selon X, sur … »)."""
    before = [t for t in before if not t.is_space]
    if not before or not after:
        return before or after
    if any(is_finite(t) for t in before):
        return before
    if any(is_finite(t) for t in after):
        return after
    return before + after


def _distancing_source(token: Token, sentence: Sentence) -> Cue | None:
    """« À en croire X, … »: X's claim, which the writer keeps at a distance."""
    doc = token.doc
    source = next((t for t in doc[token.i + 1 : token.i + 5] if t.pos_ in {"PROPN", "NOUN"}), None)
    if source is None:
        return None
    end = max(source.i, token_index(doc, sentence.end))
    comma = next((t for t in doc[source.i : end] if t.text == ","), None)
    if comma is None:
        return None
    content = _span_of(list(doc[comma.i + 1 : end]), doc_text(doc))
    return Cue(source, "à en croire", content, "distancing", None) if content else None


def _is_named(token: Token, mentions: list[Mention]) -> bool:
    """A noun that names an actor: a known mention covers it, or it is capitalised inside the sentence."""
    if any(m.start <= token.idx < m.end and m.kind in {"person", "organization"} for m in mentions):
        return True
    return token.text[:1].isupper() and not token.is_sent_start and token.i > 0 and not token.nbor(-1).is_punct


def _names_a_source(noun: Token, mentions: list[Mention]) -> bool:
    """Whether a noun after « pour » names whose view follows: a group, a name, or a noun with a name in apposition
    (« pour le biologiste Jean Roy », « pour l'association de consommateurs BEUC »), not a thing (« pour la
    saison »)."""
    descriptions = rules.load("descriptions")
    heads = {*descriptions["apposition_heads"], *descriptions["collective_heads"]}
    kinds = {"person", "organization"} if noun.lemma_.lower() in heads else {"person"}
    apposed_name = any(
        t.dep_ in {"appos", "nmod"}
        and not any(g.dep_ == "case" for g in t.children)
        and any(m.start <= t.idx < m.end and m.kind in kinds for m in mentions)
        for t in noun.subtree
    )
    return _is_actor_noun(noun) or _is_named(noun, mentions) or apposed_name


def _is_actor_noun(token: Token) -> bool:
    """A noun after 'pour' names a source only when it is plural with a possessive or is a known group word."""
    groups = rules.load("groups").get("groups", []) if _has_rules("groups") else []
    heads = {head for group in groups for head in group.get("heads", [])}
    possessive = any(child.morph.get("Poss", []) == ["Yes"] for child in token.children)
    return token.lemma_.lower() in heads or (possessive and "Plur" in token.morph.get("Number", []))


def _may_speak(token: Token, mentions: list[Mention]) -> bool:
    """Whether a noun can be a source (« selon l'association », « selon une étude ») rather than a thing
    (« qui varie selon les formats »): an actor, a named one, a title, an organisation or a document."""
    speaking = token.lemma_.lower() in _speaking_nouns()
    return speaking or _is_actor_noun(token) or _is_named(token, mentions) or token.text[:1].isupper()


@cache
def _speaking_nouns() -> frozenset[str]:
    """Titles, organisation and collective nouns and documents: the nouns that can name a source."""
    descriptions = rules.load("descriptions")
    keys = ("person_titles", "organization_heads", "named_heads", "collective_heads", "apposition_heads")
    return frozenset(word for key in keys for word in descriptions[key]) | frozenset(_words("document_nouns"))


@cache
def _has_rules(name: str) -> bool:
    from newsclaims.extract.rules import RULES_DIR

    return (RULES_DIR / f"{name}.json").exists()


def _names_speaker(verb: Token, content: tuple[int, int] | None) -> bool:
    """Whether the reported words would hold the subject placed after the verb (« … », a regretté sa présidente)."""
    if content is None or not is_inverted(verb):
        return False
    subject = subject_of(verb)
    if subject is None or subject.i < verb.i:
        return False
    start, _name_end, end = phrase_extent(subject)
    return content[0] < end and start < content[1]


def body_sentences(parsed: ParsedArticle) -> Iterator[tuple[Sentence, Span]]:
    """Each sentence where someone may speak (headings excepted) with its tokens, in text order."""
    for sentence in parsed.sentences:
        if not sentence.is_heading:
            span = parsed.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
            if span is not None:
                yield sentence, span


def _modifies_a_noun(verb: Token) -> bool:
    """« les chiffres publiés par X »: a participle on a noun reports nothing. A finite verb the parser hangs on a
    noun after a comma is an incise it misread (« … à 4,1 millions, note l'institut »), and so is a verb of saying
    the tagger took for an adjective there (« », s'indigne X »)."""
    finite = "Fin" in verb.morph.get("VerbForm", []) or verb.pos_ != "VERB"
    # « », déplore X »: right after a quotation's closing mark and a comma, whatever the tagger makes of the form.
    misread_incise = (finite or _after_quotation(verb)) and is_inverted(verb)
    # « un bilan que sa rivale a jugé … »: a participle with its tense auxiliary and subject is a clause of its own.
    clause = any(c.dep_ == "aux:tense" for c in verb.children) and any(
        c.dep_.startswith("nsubj") for c in verb.children
    )
    misread = misread_main_verb(verb) is not None
    return verb.dep_ in {"amod", "acl"} and not (misread_incise or clause or misread) and split_auxiliary(verb) is None


def _infinitive(verb: Token) -> bool:
    """An infinitive reports nothing by itself (« il veut annoncer »). A verb with a tense auxiliary is none, whatever
    the tagger says (« a clarifié » tagged as an infinitive)."""
    tensed = any(c.dep_ in {"aux", "aux:tense"} and c.i < verb.i for c in verb.children)
    return "Inf" in verb.morph.get("VerbForm", []) and not tensed


def _carried(verb: Token) -> bool:
    """« a tenu à rappeler que … », « n'a cessé de répéter que … »: an infinitive of saying that the verb above it
    asserts (a carrier of speech_verbs.json, or one of those that do so with « ne ») reports speech as a finite verb
    does."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i:
        return False
    infinitives = _infinitives(head)
    if any(lemma in _speech()["carriers"] for lemma in infinitives):
        return not denied(head, _speech())  # « il n'a pas tenu à dire que … » reports nothing
    with_ne = any(c.lemma_.lower() == "ne" for c in head.children)
    return with_ne and any(lemma in _speech()["carriers_when_denied"] for lemma in infinitives)


def shown_by_no_document(verb: Token, subject_of: Callable[[Token], Token | None], lexicon: dict[str, Any]) -> bool:
    """« Ces initiatives montrent que … » is the writer's reasoning; « l'étude montre que … », « the report showed
    that … » a source's finding: a verb of showing reports only for a document subject (the language's `lexicon`
    and `subject_of`, called for verbs of showing only)."""
    if verb.lemma_.lower() not in lexicon["document_verbs"]:
        return False
    subject = subject_of(verb)
    return subject is None or subject.lemma_.lower() not in lexicon["document_nouns"]


def denied(verb: Token, lexicon: dict[str, Any]) -> bool:
    """« il n'a pas dit que … », « has never claimed that … », « declined to say whether … »: a verb of saying that
    is denied, or that a refusal governs, reports nothing the speaker said (the language's `lexicon` of speech)."""
    negations = set(lexicon["negations"])
    if any(c.lower_ in negations for c in verb.children if c.dep_ in {"advmod", "neg"}):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lexicon["refusals"]


def passive(verb: Token) -> bool:
    """« elle a été condamnée à payer … », « he was told the plant would close »: a verb of saying in the passive
    voice makes its subject the one spoken to or about, never the speaker."""
    return any(c.dep_ in {"aux:pass", "auxpass"} for c in verb.children)


def find_cues(parsed: ParsedArticle, mentions: list[Mention] | None = None) -> list[Cue]:
    """Every reporting verb and source cue of the article, in text order."""
    cues: list[Cue] = []
    marks = marked_spans(parsed.article.body)
    for sentence, span in body_sentences(parsed):
        for token in span:
            document = read_in(token)
            lemma = speech_lemma(token) or ("lire" if document is not None else None)
            reports = not _infinitive(token) or _carried(token)
            if (
                lemma
                and not _modifies_a_noun(token)
                and reports
                and not denied(token, _speech())
                and not passive(token)
            ):
                if _asked_by(token, lemma):
                    continue  # « Interrogée par X, elle a rappelé … »: X asks, she speaks (her verb's cue)
                subject = subject_of(token)
                if subject is not None and subject.lower_ in _words("non_speakers"):
                    continue  # « rien n'indique que … » reports nothing
                if shown_by_no_document(token, subject_of, _speech()):
                    continue
                # « On peut lire dans X que … »: what is read is the reading verb's clause.
                reading = document.head if document is not None else token
                content = bound_content(parsed.doc, _content_of_verb(reading, lemma, sentence), marks, sentence.end)
                if _names_speaker(token, content):
                    content = None
                cues.append(Cue(token, lemma, content, _verb_frame(token, lemma), token))
            elif token.pos_ in {"ADP", "ADV"} or token.lower_ == "croire":
                cue = _source_cue(token, sentence, mentions or [])
                if cue is not None and cue.content is not None:
                    content = bound_content(parsed.doc, cue.content, marks, sentence.end)
                    cues.append(Cue(cue.anchor, cue.label, content, cue.frame, cue.verb))
    return cues


def _asked_by(verb: Token, lemma: str) -> bool:
    """A verb of asking as a past participle with its agent (« Interrogé par le journal », « questionnée par X »):
    whoever asks says nothing the article reports."""
    participle = "Part" in verb.morph.get("VerbForm", []) and "Pres" not in verb.morph.get("Tense", [])
    return lemma in _words("question_verbs") and participle and any(c.dep_ == "obl:agent" for c in verb.children)


# ---------------------------------------------------------------- quotations or titles


def _tokens(doc: Doc, start: int, end: int) -> Span:
    return doc.char_span(start, end, alignment_mode="expand") or doc[0:0]


def _has_finite_verb(span: Span) -> bool:
    return any("Fin" in t.morph.get("VerbForm", []) for t in span)


def incise_after(doc: Doc, close: int, cues: list[Cue]) -> Cue | None:
    """The cue of « … », a déclaré X / « … » affirme X right after a closing mark."""
    by_verb = {cue.verb.i: cue for cue in cues if cue.verb is not None}
    following = tokens_after(doc, close, 5)
    for token in following:
        if token.text in SENTENCE_STOPS:
            return None  # « … ». Interrogée par X, elle … : the sentence has ended, its verb is the next one's
        subject_before = any(
            c.dep_.startswith("nsubj") and c.i < token.i and c.lower_ not in _CLITICS for c in token.children
        )
        if token.i in by_verb and is_inverted(token) and not subject_before:
            return by_verb[token.i]
        if not (token.is_punct or token.pos_ in {"AUX", "ADV"} or token.is_space or token.lower_ in _CLITICS):
            return None
    return None


def colon_before(doc: Doc, opening: int, cues: list[Cue], sentences: list[Sentence]) -> Cue | None:
    """The cue of « X a déclaré : « … » »: a colon just before the mark, in its sentence or closing the paragraph
    before it (« X a déclaré :¶« … » »), and a verb of saying before it."""
    before = doc_text(doc)[:opening].rstrip(_SPACES)
    sentence = _sentence_of(sentences, len(before) - 1) if before.endswith(":") else None
    if sentence is None:
        return None
    earlier = [cue for cue in cues if cue.verb is not None and sentence.start <= cue.anchor.idx < opening]
    if earlier:
        return earlier[-1]
    # « X a été clair : « … » »: whoever is the subject of the clause the colon closes says the quotation.
    clause = list(
        doc[token_index(doc, sentence.start) : max(token_index(doc, sentence.start), token_index(doc, opening))]
    )
    heads = [t for t in clause if any(c.dep_ in {"nsubj", "nsubj:pass"} for c in t.children)]
    if heads:
        return Cue(heads[-1], ":", None, "neutral", heads[-1])
    # « Son voisin acquiesce : « … » », the verb read as a participle on the noun: the subject the parse hangs
    # outside the clause still names who speaks.
    subjects = [t for t in clause if t.dep_ in {"nsubj", "nsubj:pass"}]
    if subjects:
        return Cue(subjects[-1], ":", None, "neutral", None)
    # « À la gare, Nadia, 34 ans, ne décolère pas : « … » »: the parse gives the verb no subject and hangs the name
    # on the place; a name set off by a comma before the verb, with no preposition, is its subject.
    unsaid = [t for t in clause if is_finite(t) and not any(c.dep_.startswith("nsubj") for c in t.children)]
    named = [
        t
        for t in clause
        if unsaid
        and t.i < unsaid[-1].i
        and t.pos_ == "PROPN"
        and t.i > 0
        and doc[t.i - 1].text == ","
        and not any(c.dep_ == "case" for c in t.children)
    ]
    if named:
        return Cue(named[-1], ":", None, "neutral", None)
    # « Même son de cloche chez X, gérant de Y : « … » »: a clause with no verb introduces the person it names.
    inside = range(clause[0].i, clause[-1].i + 1) if clause else range(0)
    person = next((e for e in doc.ents if e.label_ in _PERSON_LABELS and e.start in inside), None)
    return Cue(person.root, ":", None, "neutral", None) if person is not None else None


def looks_like_title(doc: Doc, marked: Marked) -> bool:
    """A short verbless span named by a work noun or title verb, or written in capitals: a title, not speech."""
    settings = _marks()
    span = _tokens(doc, marked.start, marked.end)
    words = [t for t in span if t.is_alpha or t.like_num]
    just_before = [t for t in doc[max(0, span.start - 3) : span.start] if not t.is_punct]
    if just_before and just_before[-1].lemma_.lower() in settings["title_verbs"]:
        # « un rapport intitulé "…" »: a title however long, as long as it is no sentence.
        return 0 < len(words) <= int(settings["max_named_title_words"]) and not any(t.text in ".!?" for t in span)
    if not words or len(words) > int(settings["max_title_words"]) or _has_finite_verb(span):
        return False
    if any(t.text in ".!?" for t in span):
        return False
    window = int(settings["window_before"])
    before = [t for t in doc[max(0, span.start - window) : span.start] if not t.is_punct]
    named = any(
        t.lemma_.lower() in settings["work_nouns"] or t.lemma_.lower() in settings["title_verbs"] for t in before
    )
    capitals = sum(w.text[:1].isupper() or w.like_num for w in words)
    return named or (words[0].text[:1].isupper() and capitals * 2 >= len(words))


def is_scare_quote(doc: Doc, marked: Marked, reported: bool, governed: bool = False) -> bool:
    """One word in marks, or two that nobody is said to say: the writer's distance, not a quotation; so is a term
    the writer defines right after it, as long as a title. A word a verb of saying takes as its complement (« les
    jugeant "décevants" ») is the speaker's, however short."""
    span = _tokens(doc, marked.start, marked.end)
    words = [t for t in span if t.is_alpha or t.like_num]
    limit = int(_marks()["max_scare_words"])
    if governed:
        return not words
    if _defined_term(doc, marked) and len(words) <= int(_marks()["max_title_words"]):
        return True
    return len(words) <= 1 or (len(words) <= limit and not reported)


def _defined_term(doc: Doc, marked: Marked) -> bool:
    """« le "vivier des découragés", soit les personnes qui … »: a term the writer defines right after it, which
    nobody is quoted as saying, even in a sentence reported as someone's."""
    after = doc_text(doc)[marked.close + 1 : marked.close + 40]
    openers = "|".join(re.escape(word) for word in _marks()["definition_openers"])
    return re.match(rf"[,\s]*(?:{openers})(?!\w)", after, re.IGNORECASE) is not None


# ---------------------------------------------------------------- assembling the quotes


def _frame(body: str, sentence: Sentence | None, base: str, quoted: tuple[int, int], lexicon: dict[str, Any]) -> str:
    """Frame of a quote from its cue and the words around it (the quoted words' own conditionals do not count)."""
    if sentence is None:
        return base
    start, end = quoted
    text = (
        body[sentence.start : max(sentence.start, start)] + " " + body[min(end, sentence.end) : sentence.end]
    ).lower()
    if any(cue in text for cue in lexicon["distancing_cues"]):
        return "distancing"
    if base == "neutral" and any(f" {cue} " in f" {text} " for cue in lexicon["hedged_cues"]):
        return "hedged"
    return base


def _containing(cues: list[Cue], start: int, end: int) -> Cue | None:
    holders = [c for c in cues if c.content and c.content[0] <= start and end <= c.content[1] + 1]
    return min(holders, key=lambda c: c.content[1] - c.content[0]) if holders else None  # type: ignore[index]


def _nearest_before(cues: list[Cue], sentence: Sentence | None, position: int) -> Cue | None:
    if sentence is None:
        return None
    same = [c for c in cues if sentence.start <= c.anchor.idx < sentence.end]
    before = [c for c in same if c.anchor.idx < position]
    return before[-1] if before else (same[0] if same else None)


@dataclass
class _Draft:
    start: int
    end: int
    kind: str
    cue: Cue | None
    sentence: Sentence | None
    open: int = -1  # the opening mark of a quotation, -1 for reported speech


_INCISE_ENDS = frozenset({",", ".", ";"})
_PERSON_LABELS = frozenset({"PER", "PERSON"})  # the French and English recognisers' labels of a person


def _inner_incise(doc: Doc, marked: Marked, cues: list[Cue], grammar: Grammar) -> tuple[Cue, int, int] | None:
    """« Le trafic recule, précise l'exploitant. Il remonte en mai. »: a verb of saying set off by a comma inside the
    marks names who speaks the quotation. Returns its cue and where the writer's incise starts and ends."""
    for comma in _tokens(doc, marked.start, marked.end):
        if comma.text != "," or comma.idx <= marked.start:
            continue
        cue = grammar.incise_after(doc, comma.idx + 1, cues)
        if cue is None or cue.verb is None or not marked.start <= cue.verb.idx < marked.end:
            continue
        stop = next((t for t in doc[cue.verb.i + 1 :] if t.text in _INCISE_ENDS or t.idx >= marked.end), None)
        if stop is None or stop.idx >= marked.end:
            # The incise closes the quotation: « …, dit-elle » is a quotation with its cue after it; where the
            # closing mark is missing, the incise is where it belonged.
            return None if marked.closed else (cue, comma.idx, marked.end)
        return cue, comma.idx, stop.idx + 1
    return None


def _direct_drafts(parsed: ParsedArticle, cues: list[Cue], grammar: Grammar) -> list[_Draft]:
    doc, body = parsed.doc, parsed.article.body
    drafts = []
    for marked in marked_spans(body, with_unclosed=True):
        sentence = _sentence_of(parsed.sentences, marked.start)
        if sentence is not None and sentence.is_heading:
            continue
        inner = _inner_incise(doc, marked, cues, grammar)
        if inner is not None:
            said_by, incise_start, incise_end = inner
            for start, end in (_trim(body, marked.start, incise_start), _trim(body, incise_end, marked.end)):
                if end > start:
                    sentence_here = _sentence_of(parsed.sentences, start)
                    drafts.append(_Draft(start, end, "direct", said_by, sentence_here, marked.open))
            continue
        if not marked.closed:
            continue  # an unclosed mark with no incise of its own may be a typing slip: nobody is known to speak
        direct = grammar.incise_after(doc, marked.close, cues) or colon_before(doc, marked.open, cues, parsed.sentences)
        if direct is not None and direct.label == ":" and is_scare_quote(doc, marked, False):
            direct = None  # « a computer-generated: “AI actor” »: a colon before a short phrase reports nobody
        governing = governing_cue(doc, marked, cues)
        holder = (
            _containing(
                [c for c in cues if c.verb is None or not marked.start <= c.anchor.idx < marked.end],
                marked.start,
                marked.end,
            )
            or governing
        )
        scare = is_scare_quote(doc, marked, holder is not None, governing is not None and _whole_phrase(doc, marked))
        if direct is None and (scare or looks_like_title(doc, marked)):
            continue
        cue = (
            direct
            or holder
            or _nearest_before(
                [c for c in cues if not marked.start <= c.anchor.idx < marked.end], sentence, marked.open
            )
        )
        lead = body[sentence.start : marked.open].strip(_SPACES) if sentence is not None else ""
        embedded = bool(lead) and not lead.endswith(":") and not lead.lower().endswith(("que", "qu'", "qu’"))
        kind = (
            "partial"
            if embedded and direct is None and not _has_finite_verb(_tokens(doc, marked.start, marked.end))
            else "direct"
        )
        for start, end in _paragraph_pieces(body, marked.start, marked.end):
            drafts.append(_Draft(start, end, kind, cue, _sentence_of(parsed.sentences, start), marked.open))
    return drafts


def _paragraph_pieces(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """A quotation that goes on over paragraphs, each reopened with its mark (« … ¶« … »), as one piece of words
    per paragraph, without the break and the reopening mark."""
    pieces = []
    for reopening in _REOPENING.finditer(body, start, end):
        pieces.append(_trim(body, start, reopening.start()))
        start = reopening.end()
    pieces.append(_trim(body, start, end))
    return [(low, high) for low, high in pieces if high > low]


# A paragraph signed at its end, as a pulled quote loses its marks when a page is saved as text: « … en février -
# Jeanne Roy », « … des studios... Jeanne Roy, doubleuse ». The signature follows a dash or an ellipsis.
_SIGNATURE = re.compile(r"(?:\s[-–—]|(\.\.\.|…))\s+(?=\S)")
_SIGNED_WORDS = 6  # words a signed paragraph says at least: a shorter one is a caption or a heading


def _signed_drafts(parsed: ParsedArticle, mentions: list[Mention], drafts: list[_Draft]) -> list[_Draft]:
    """Paragraphs outside any quotation, signed at their end by a person's name, alone or followed by a
    description after a comma (« Jeanne Roy, doubleuse »): the person says the paragraph."""
    doc, body = parsed.doc, parsed.article.body
    found = []
    for start, end in parsed.paragraphs:
        if any(d.start < end and start < d.end for d in drafts):
            continue
        signatures = list(_SIGNATURE.finditer(body, start, end))
        separator = signatures[-1] if signatures else None
        signer = _signer(doc, mentions, separator.end(), end) if separator is not None else None
        if separator is None or signer is None:
            continue
        described = body[signer.end_char : end].strip(_SPACES + ".")
        if described and (not described.startswith(",") or _has_finite_verb(_tokens(doc, signer.end_char, end))):
            continue  # « … Jeanne Roy, elle, a tranché »: a sentence about the person, not a signature
        said_start, said_end = _trim(body, start, separator.end(1) if separator.group(1) else separator.start())
        said = _tokens(doc, said_start, said_end)
        if len([t for t in said if t.is_alpha]) < _SIGNED_WORDS or not _has_finite_verb(said):
            continue
        cue = Cue(signer.root, "—", (said_start, said_end), "neutral", None)
        found.append(_Draft(said_start, said_end, "direct", cue, _sentence_of(parsed.sentences, said_start)))
    return found


_LABEL_COLON = re.compile(r"\s*:\s+(?=\S)")


def _transcript_drafts(parsed: ParsedArticle, mentions: list[Mention], drafts: list[_Draft]) -> list[_Draft]:
    """An interview set down as a transcript: a paragraph that opens on a person's name and a colon (« Marie Roy :
    … ») is what that person answers, and so is each paragraph that follows a question (a paragraph ending on
    « ? », the interviewer's) until the next question, once the article has named whom it interviews so."""
    doc, body = parsed.doc, parsed.article.body
    found: list[_Draft] = []
    interviewee: Token | None = None  # the name's head word, the cue of each answer
    answering = False
    for start, end in parsed.paragraphs:
        said_start = None
        paragraph = body[start:end]
        after_dash = paragraph[1:] if paragraph[:1] in "-–—" else paragraph  # a dash may open the label
        name_start = end - len(after_dash.lstrip())
        signer = _signer(doc, mentions, name_start, end)
        colon = _LABEL_COLON.match(body, signer.end_char) if signer is not None else None
        if signer is not None and colon is not None:
            interviewee = signer.root
            said_start, answering = colon.end(), True
        elif paragraph.rstrip(_SPACES).endswith("?"):
            answering = interviewee is not None
            continue
        elif answering and interviewee is not None:
            said_start = start
        if said_start is None or interviewee is None or any(d.start < end and said_start < d.end for d in drafts):
            continue
        said_start, said_end = _trim(body, said_start, end)
        if _has_finite_verb(_tokens(doc, said_start, said_end)):
            cue = Cue(interviewee, "—", (said_start, said_end), "neutral", None)
            found.append(_Draft(said_start, said_end, "direct", cue, _sentence_of(parsed.sentences, said_start)))
    return found


def _signer(doc: Doc, mentions: list[Mention], start: int, end: int) -> Span | None:
    """The person's name that opens the text from `start` (before `end`): a person the article mentions, or, when
    the recogniser missed it, two to four capitalised words of a name; None for any other actor."""
    mention = next((m for m in mentions if m.start == start and m.end <= end), None)
    if mention is not None:
        return doc.char_span(mention.start, mention.end, alignment_mode="expand") if mention.kind == "person" else None
    words = _tokens(doc, start, end)
    name = list(itertools.takewhile(lambda t: t.is_title and t.pos_ in {"PROPN", "NOUN", "X"}, words))
    return words[: len(name)] if 2 <= len(name) <= 4 else None


def _whole_phrase(doc: Doc, marked: Marked) -> bool:
    """Whether the marks hold a whole phrase (« les jugeant « décevants » ») rather than a word of the writer's
    phrase (« called the plan a “gimmick” », « ces « outils » »)."""
    span = _tokens(doc, marked.start, marked.end)
    roots = _roots(span)
    return len(roots) == 1 and all(span.start <= t.i < span.end or t.is_punct for t in roots[0].subtree)


def _roots(span: Span) -> list[Token]:
    """The tokens of a span whose head lies outside it (or that head themselves)."""
    return [t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i]


def governing_cue(doc: Doc, marked: Marked, cues: list[Cue]) -> Cue | None:
    """The verb of saying whose complement a short quotation is (« s'est félicité d'une « belle année » »,
    « qualifie X de « … » », « les jugeant "décevants" », « a jugé ces chiffres « encourageants » »): its words are
    reported, not the writer's scare quotes."""
    by_verb = {cue.verb.i: cue for cue in cues if cue.verb is not None}
    roots = _roots(_tokens(doc, marked.start, marked.end))
    if not roots:
        return None
    # Only a quotation that is itself the verb's complement: « qualifiant X comme « extrêmement » stimulant »
    # quotes one word of the writer's own phrase.
    head = roots[0].head
    if head.i == roots[0].i:
        return None
    # « a jugé ces chiffres « encourageants » »: the parser hangs the attribute on the object (a noun complement of a
    # verb it tagged a noun).
    object_like = head.dep_ == "obj" or (head.dep_ == "nmod" and head.head.i in by_verb and head.head.pos_ == "NOUN")
    attribute = roots[0].pos_ == "ADJ" or "Part" in roots[0].morph.get("VerbForm", [])  # « … « précipitée » »
    if head.i not in by_verb and attribute and object_like and head.i < roots[0].i:
        head = head.head
    if head.i not in by_verb and "Inf" in head.morph.get("VerbForm", []):
        # « affirmant rester « mobilisé » »: the infinitive carries the verb of saying's complement, whether the
        # parser hangs the infinitive on that verb or the verb on the infinitive (as an auxiliary, wrongly).
        saying = [c for c in head.children if c.i in by_verb and c.i < head.i]
        if saying:
            return by_verb[saying[-1].i]
        if head.dep_ == "xcomp":
            head = head.head
    return by_verb.get(head.i)


def _set_against(cue: Cue, cues: list[Cue], contrasts: frozenset[str]) -> int | None:
    """Where another report starts inside this one's content: another speaker's set against it (« estime que A,
    tandis que l'opposition juge que B », « says A, while Ward described it as B »: a verb of saying with a subject
    of its own, joined by a word of contrast), or the same speaker's next (« assure que A « … » et rappelle que
    B »: a verb of saying coordinated from outside the quotation that ends A); None when there is none."""
    if cue.content is None:
        return None
    starts = []
    for other in cues:
        verb = other.verb
        if verb is None or verb is cue.verb or not cue.content[0] < verb.idx < cue.content[1]:
            continue
        subject = any(c.dep_.startswith("nsubj") for c in verb.children)
        joined = [c for c in verb.children if c.dep_ in {"mark", "cc"} and c.lower_ in contrasts and c.i < verb.i]
        if subject and joined:
            starts.append(min(c.idx for c in joined))
        elif (outer := past_quotation(verb)) is not None and cue.verb is not None and outer.i == cue.verb.i:
            starts.append(min([c.idx for c in verb.children if c.dep_ == "cc" and c.i < verb.i] or [verb.idx]))
    return min(starts, default=None)


def _indirect_drafts(
    parsed: ParsedArticle, cues: list[Cue], direct: list[_Draft], contrasts: frozenset[str]
) -> list[_Draft]:
    drafts = []
    for cue in cues:
        if cue.content is None:
            continue
        if any(d.start <= cue.anchor.idx < d.end for d in direct):
            continue  # a verb of saying inside a quotation belongs to the quoted words
        start, end = cue.content
        if cue.anchor.idx >= end and any(quote.cue is cue and start <= quote.start <= start + 2 for quote in direct):
            # « “…,” one of the protesters, X, said »: a parse run across the closing mark reports the quotation the
            # verb after it already attributes, and the words of the incise.
            continue
        against = _set_against(cue, cues, contrasts)
        if against is not None:
            end = _trim(parsed.article.body, start, against)[1]
        if cue.verb is None and any(c.verb is not None and c.content and start <= c.verb.idx < end for c in cues):
            continue  # « il a annoncé X, selon la radio Y »: the source reports a speech act the sentence names itself
        for quote in direct:
            if start <= quote.start < end and quote.cue is not cue:
                # A quotation attributed on its own (« … », a déclaré X) ends the reported clause before it.
                end = min(end, _trim(parsed.article.body, start, quote.open)[1])
        if end - start < 4 or _words_outside(parsed.article.body, start, end, direct) <= 0.2 * _words_in(
            parsed.article.body[start:end]
        ):
            continue  # little but the quotation it holds (« a promis d'« examiner la demande » »)
        drafts.append(_Draft(start, end, "indirect", cue, _sentence_of(parsed.sentences, cue.anchor.idx)))
    return drafts


def _words_in(text: str) -> int:
    """The letters and digits of a text: what its words weigh, without spaces and marks."""
    return sum(char.isalnum() for char in text)


def _words_outside(body: str, start: int, end: int, quotations: list[_Draft]) -> int:
    """The letters and digits of body[start:end] outside the quotations."""
    inside = [(max(start, q.start), min(end, q.end)) for q in quotations if q.start < end and start < q.end]
    return _words_in(body[start:end]) - sum(_words_in(body[low:high]) for low, high in inside)


class FrenchSpeakers:
    """Speakers of French cues: the subject of the verb or the source of the cue, through the mention resolver."""

    def __init__(self, parsed: ParsedArticle, mentions: list[Mention]) -> None:
        quoted = [(marked.start, marked.end) for marked in marked_spans(parsed.article.body)]
        self.resolver = SpeakerResolver(parsed.doc, mentions, quoted=quoted)

    def of_cue(self, cue: Cue) -> Speaker:
        if cue.verb is not None:
            # « ces chiffres, qui montrent selon lui que … »: a source between the verb and what it reports says it;
            # a pronoun or a name (a common noun after « selon » may be a thing: « selon les cas »).
            doc = cue.verb.doc
            reported = token_index(doc, cue.content[0]) if cue.content else cue.verb.i + 1
            between = doc[cue.verb.i + 1 : reported]
            sources = _words("source_cues")
            credited = next((t for t in between if case_of(t) in sources and t.pos_ in {"PRON", "PROPN"}), None)
            if credited is not None:
                return self.resolver.from_token(credited)
            return self.resolver.of_verb(cue.verb)
        speaker = self.resolver.from_token(cue.anchor)
        if speaker.name is None and cue.anchor.lemma_.lower() in _words("own_documents") and cue.content:
            # « d'après le communiqué, le groupe a … »: a release no issuer is named for is the organisation's the
            # clause is about.
            subject = self.resolver.from_token(_clause_subject(cue.anchor.doc, cue.content))
            organisation = self.resolver.mention_in(subject.start, subject.end)
            if subject.name is not None and organisation is not None and organisation.kind == "organization":
                return Speaker(subject.name, speaker.surface, speaker.start, speaker.end)
        return speaker

    def remember(self, speaker: Speaker, position: int, sourced: bool = False) -> None:
        # « …, selon Le Parisien. Il aurait … »: a source a report is credited to is less salient than its subject.
        self.resolver.remember(speaker, position, salience=1 if sourced else 2)


def _clause_subject(doc: Doc, content: tuple[int, int]) -> Token | None:
    """The subject of the main clause of a reported span, if the parse gives one."""
    span = doc.char_span(*content, alignment_mode="expand")
    if span is None:
        return None
    roots = [t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i]
    # A name the parse takes for an expletive (« …, Netflix compte … ») is a subject all the same.
    subjects = {"nsubj", "nsubj:pass", "expl:subj"}
    inside = (c for root in roots for c in root.children if span.start <= c.i < span.end)
    return next((c for c in inside if c.dep_ in subjects and c.pos_ != "PRON"), None)


class Speakers(Protocol):
    def of_cue(self, cue: Cue) -> Speaker: ...

    def remember(self, speaker: Speaker, position: int, sourced: bool = False) -> None: ...


@dataclass(frozen=True)
class Grammar:
    """What a language brings to quote finding: its cues, the incise after a quotation, its speakers, its lexicon.
    Quotation marks, reported clauses and the assembly of quotes are the same for every language."""

    find_cues: Callable[[ParsedArticle, list[Mention]], list[Cue]]
    incise_after: Callable[[Doc, int, list[Cue]], Cue | None]
    speakers: Callable[[ParsedArticle, list[Mention]], Speakers]
    lexicon: Callable[[], dict[str, Any]]


FRENCH = Grammar(find_cues, incise_after, FrenchSpeakers, _speech)


def _grammar(language: str) -> Grammar | None:
    if language == "fr":
        return FRENCH
    if language == "en":
        from newsclaims.extract.english import ENGLISH

        return ENGLISH
    return None


def _anaphoric_cue(parsed: ParsedArticle, draft: _Draft, cues: list[Cue], lexicon: dict[str, Any]) -> Cue | None:
    """The cue of the sentence right after a quotation when it opens by pointing back at it (« C'est par ces
    mots que X a … », « With these words, X … »)."""
    openings = tuple(lexicon.get("anaphoric_openings", []))
    body = parsed.article.body
    after = draft.end
    while after < len(body) and (body[after] in _CLOSING_AND_SPACE):
        after += 1
    end = next((s.end for s in parsed.sentences if s.start <= after < s.end), len(body))
    if not openings or not body[after:].lower().replace("’", "'").startswith(openings):
        return _words_of(parsed, after, end, lexicon)
    cue = next((c for c in cues if c.verb is not None and after <= c.verb.idx < end), None)
    if cue is not None:
        return cue
    # Whatever its verb (« a ouvert la réunion »), the one who acts in that sentence said the words.
    following = parsed.doc.char_span(after, end, alignment_mode="expand")
    verbs = [t for t in following or [] if t.idx >= after and t.pos_ == "VERB" and t.dep_ != "advcl"]
    return Cue(verbs[0], verbs[0].lemma_, None, "neutral", verbs[0]) if verbs else None


def _words_of(parsed: ParsedArticle, start: int, end: int, lexicon: dict[str, Any]) -> Cue | None:
    """« « … » Tels sont les mots de X », « “…” That was X's message »: a noun of speech whose complement names
    someone, in the sentence right after a quotation, names who spoke it."""
    nouns = set(lexicon.get("speech_nouns", []))
    following = parsed.doc.char_span(start, end, alignment_mode="expand")
    for token in following or []:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in nouns:
            continue
        for child in token.children:
            named = child.dep_ == "poss" or (child.dep_ == "nmod" and case_of(child) in {"de", "d'", "d’", "of"})
            if named and child.pos_ in {"PROPN", "NOUN"} and child.i > token.i - 3:
                return Cue(child, token.lemma_.lower(), None, "neutral", None)
    return None


def _introducing_cue(parsed: ParsedArticle, draft: _Draft) -> Cue | None:
    """The main verb of the sentence right before a quotation that opens its own sentence, as a cue whose subject
    may introduce the speaker; None for a quotation inside a sentence or after a heading."""
    sentence = draft.sentence
    if draft.kind != "direct" or sentence is None or draft.open < 0:
        return None
    lead = parsed.article.body[sentence.start : draft.open].strip(_SPACES)
    if lead[-1:] in SENTENCE_STOPS:
        start, end = sentence.start, sentence.start + len(lead)  # the sentence before, kept in one with the quotation
    elif not lead and sentence.index > 0 and not parsed.sentences[sentence.index - 1].is_heading:
        start, end = parsed.sentences[sentence.index - 1].start, parsed.sentences[sentence.index - 1].end
    else:
        return None
    span = parsed.doc.char_span(start, end, alignment_mode="contract")
    root = span.root if span is not None and len(span) else None
    if root is None or root.pos_ != "VERB" or not any(c.dep_.startswith("nsubj") for c in root.children):
        return None
    return Cue(root, root.lemma_, None, "neutral", root)


def _clause_speaker(parsed: ParsedArticle, draft: _Draft, speakers: Speakers) -> Speaker:
    """The subject of the clause a quotation inside a sentence belongs to, when it stands before the quotation
    (« La ministre a défendu une réforme « juste et nécessaire » »): a person's words are that person's, whatever
    the verb; NOBODY for a quotation that is a sentence of its own."""
    if draft.kind != "partial" or draft.open < 0:
        return NOBODY
    roots = _roots(_tokens(parsed.doc, draft.start, draft.end))
    verb = roots[0].head if roots else None
    for _ in range(3):
        if verb is None or verb.pos_ == "VERB":
            break
        verb = verb.head if verb.head.i != verb.i else None
    if verb is None or verb.pos_ != "VERB":
        return NOBODY
    if not any(c.dep_.startswith("nsubj") and c.idx < draft.open for c in verb.children):
        return NOBODY
    return speakers.of_cue(Cue(verb, verb.lemma_, None, "neutral", verb))


def _elided_subject(verb: Token | None) -> bool:
    """A finite verb with no subject at all: coordinated with an earlier clause, it shares its subject."""
    if verb is None or not is_finite(verb) or "Imp" in verb.morph.get("Mood", []):
        return False
    return not any(c.dep_.startswith(("nsubj", "expl", "csubj")) for c in verb.children) and verb.dep_ != "conj"


def extract_quotes(parsed: ParsedArticle, mentions: list[Mention]) -> list[Quote]:
    """Every quote of the article, in text order (French and English; none in a language without a grammar)."""
    grammar = _grammar(parsed.article.language)
    if grammar is None or not parsed.doc.has_annotation("DEP"):
        return []
    body = parsed.article.body
    cues = grammar.find_cues(parsed, mentions)
    direct = _direct_drafts(parsed, cues, grammar)
    direct += _signed_drafts(parsed, mentions, direct)
    direct += _transcript_drafts(parsed, mentions, direct)
    lexicon = grammar.lexicon()
    contrasts = frozenset(lexicon["contrast_words"])
    drafts = sorted(direct + _indirect_drafts(parsed, cues, direct, contrasts), key=lambda d: (d.start, -d.end))
    speakers = grammar.speakers(parsed, mentions)
    people = {m.name for m in mentions if m.kind == "person"}
    view = doc_text(parsed.doc)  # the NLP view of the body, read once
    quotes: list[Quote] = []
    last: tuple[Speaker, int] | None = None
    for draft in drafts:
        speaker = NOBODY
        previous = None  # the speaker of a recent quote, which a quote without a named speaker may continue
        if last is not None and draft.sentence is not None and draft.sentence.index - last[1] <= _FREE_QUOTE_REACH:
            previous = last[0]
        named_after = _anaphoric_cue(parsed, draft, cues, lexicon) if draft.cue is None else None
        if named_after is not None:
            speaker = speakers.of_cue(named_after)  # « « … » C'est par ces mots que X a réagi »
        elif draft.cue is not None:
            speaker = speakers.of_cue(draft.cue)
            if speaker == NOBODY and previous is not None and _elided_subject(draft.cue.verb):
                speaker = previous  # « Et demandent que … »: the verb's elided subject is the previous speaker
        elif (in_clause := _clause_speaker(parsed, draft, speakers)).name in people:
            # Only a person: « La Distribution sélective a connu une croissance « … » » reports the group's words.
            speaker = in_clause
        elif previous is not None:
            speaker = previous  # a free-standing quotation continues the previous speaker
        elif (introducing := _introducing_cue(parsed, draft)) is not None:
            # « The coach, X, spoke after the match. “…” »: the person the sentence before is about says it.
            introduced = speakers.of_cue(introducing)
            if introduced.name in people:
                speaker = introduced
        if speaker != NOBODY:
            # A described, unnamed speaker too takes a later pronoun.
            sourced = draft.cue is not None and draft.cue.label in lexicon["source_cues"]
            speakers.remember(speaker, draft.start, sourced)
        if speaker.name and draft.sentence is not None:
            last = (speaker, draft.sentence.index)
        base = draft.cue.frame if draft.cue is not None else "neutral"
        quotes.append(
            Quote(
                text=body[draft.start : draft.end],
                kind=draft.kind,
                speaker=speaker.name,
                speaker_surface=speaker.surface,
                verb=draft.cue.label if draft.cue is not None else None,
                frame=_frame(view, draft.sentence, base, (draft.start, draft.end), lexicon),
                start=draft.start,
                end=draft.end,
            )
        )
    return quotes


__all__ = [
    "Cue",
    "Marked",
    "bound_content",
    "extract_quotes",
    "find_cues",
    "is_sentence_end",
    "marked_spans",
    "subject_of",
]
