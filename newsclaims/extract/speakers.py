"""Speakers of reported speech: the agent of a reporting verb or cue, resolved to a canonical stakeholder name."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from newsclaims.extract import rules
from newsclaims.extract.actors import DEFINITE_ARTICLES, Mention, grammatical_gender, morph_value
from newsclaims.parse import doc_text, token_starts

# Dependents that end a speaker's noun phrase: what follows them describes it, it does not name it.
_CUT_DEPS = {"acl:relcl", "acl", "appos", "punct", "parataxis", "conj", "cc", "dep", "advcl", "ccomp", "xcomp"}
_SUBJECT_DEPS = ("nsubj", "nsubj:pass")
_CLIMB_DEPS = {"advcl", "xcomp", "conj"}
_NP_POS = {"NOUN", "PROPN", "PRON", "X", "NUM"}
_STOPS = {".", "!", "?", "…"}
_RELATIVES = {"qui", "que", "qu'", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles"}
INVERTED_CLITICS = {"-il", "-elle", "-ils", "-elles", "-on", "-t-il", "-t-elle", "-t-on"}
_OF = {"de", "d'", "du", "des"}  # the prepositions of a complement (« le patron de X », « auprès du groupe »)
_CIRCUMSTANCES = {"auprès", "devant", "lors", "pendant"}  # prepositions of where and when something was said
_NAME_BREAKS = {"VERB", "AUX", "SCONJ", "CCONJ", "PRON", "ADP", "DET", "ADV"}  # « X ne cache pas », « X aussi »


@dataclass(frozen=True)
class Speaker:
    """Who speaks: canonical name (or the phrase when nothing better is known) and the words naming them here."""

    name: str | None
    surface: str | None
    start: int = -1
    end: int = -1


NOBODY = Speaker(None, None)


@dataclass(frozen=True)
class Candidate:
    """An actor a later pronoun may refer back to."""

    position: int
    name: str | None  # None: someone the article describes and never names (« le ministre de l'Économie »)
    gender: str | None
    number: str | None
    # What a later pronoun most likely continues: 2 a speaker or the subject of its sentence's main clause, 1 the
    # subject of a clause within it (« X a ajouté que Y prévoit … Elle »: X before Y), 0 a name in passing.
    salience: int = 0


@cache
def _lexicon() -> dict[str, Any]:
    return dict(rules.load("speech_verbs"))


def pronoun_features(word: str) -> dict[str, str] | None:
    """Gender and number of a personal pronoun that can stand for a speaker, else None."""
    table: dict[str, dict[str, str]] = _lexicon()["pronouns"]
    return table.get(word.lower())


def latest_features(token: Token) -> dict[str, str] | None:
    """Gender and number of « ce dernier », « cette dernière » (the actor named last), given by its noun, else None."""
    features: dict[str, str] | None = _lexicon()["latest_mentioned"].get(token.lower_)
    demonstrative = any(c.lower_ in _lexicon()["latest_determiners"] and c.i < token.i for c in token.children)
    return features if demonstrative else None


def compatible(pronoun: dict[str, str], candidate: Candidate) -> bool:
    """Whether a candidate agrees with a pronoun (unknown features agree with anything)."""
    if candidate.number and candidate.number != pronoun["number"]:
        return False
    # « ils » covers a mixed group, but one noun phrase has one gender: « les plateformes » are « elles ».
    return not (pronoun["gender"] and candidate.gender and pronoun["gender"] != candidate.gender)


def _first_subject(token: Token) -> bool:
    """Whether a token is the subject of its verb: a second « subject » of the same verb is the parser's
    misreading of a name the sentence ends on (« a dit Jean Roy, la voix de Paul Martin »)."""
    if token.dep_ not in _SUBJECT_DEPS:
        return False
    return not any(c.dep_ in _SUBJECT_DEPS and c.i < token.i for c in token.head.children)


def _subject_salience(token: Token) -> int:
    """Candidate.salience of a phrase head: 2 the subject of the main clause (or of a verb coordinated with it), 1 the
    subject of a clause within, 0 no subject."""
    if not _first_subject(token):
        return 0
    verb = token.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return 2 if verb.dep_ == "ROOT" else 1


@cache
def _time_nouns() -> frozenset[str]:
    return frozenset(_lexicon()["time_nouns"])


def is_time_noun(token: Token) -> bool:
    """A day, a month or a time word (« jeudi », « l'après-midi »): when something was said, never who said it or
    what."""
    return token.lemma_.lower() in _time_nouns()


def noun_phrase(head: Token) -> tuple[int, int]:
    """Character span of the compact noun phrase around `head` (no relative clause, apposition or comma)."""
    keep = {head.i}
    # The head's own preposition (« de Ted Sarandos », « pour beaucoup ») is not part of the name.
    stack = [child for child in head.children if child.dep_ not in _CUT_DEPS | {"case", "mark"}]
    while stack:
        token = stack.pop()
        if is_time_noun(token):
            continue  # « le groupe jeudi »: a date the parser hung on the name
        if token.lower_ in _CIRCUMSTANCES or case_of(token) in _CIRCUMSTANCES:
            continue  # « l'intéressé auprès du Télégramme »: to whom, or when, it was said, not who said it
        if misread_main_verb(token) is not None:
            continue  # « L'association note que … »: the verb the parser hung on its subject
        keep.add(token.i)
        stack.extend(child for child in token.children if child.dep_ not in _CUT_DEPS)
    first, last = head.i, head.i
    while first - 1 in keep:
        first -= 1
    while last + 1 in keep:
        last += 1
    doc = head.doc
    return doc[first].idx, doc[last].idx + len(doc[last])


def on_a_side(phrase: Token) -> bool:
    """« de son côté », « pour sa part »: a noun of a side with a possessive (speech_verbs aside_nouns)."""
    possessive = any("Yes" in c.morph.get("Poss", []) for c in phrase.children if c.dep_ == "det")
    return possessive and phrase.lemma_.lower() in _lexicon()["aside_nouns"]


def _inverted_subject(verb: Token) -> Token | None:
    """The subject placed after the verb (« … », affirment plusieurs artistes / a-t-il ajouté)."""
    fillers: list[str] = _lexicon()["subject_fillers"]
    doc = verb.doc
    skip_to = verb.i + 1
    for token in doc[verb.i + 1 : min(len(doc), verb.i + 9)]:
        if token.i < skip_to:
            continue
        if token.pos_ == "ADP" and token.head.i > token.i and on_a_side(token.head):
            skip_to = token.head.i + 1  # « déplore de son côté le député »: whose side, then who
            continue
        if token.pos_ == "ADP" and token.text.lower() not in _OF:
            # « indique dans une note l'Observatoire », « a dit lors d'un débat X »: a circumstance comes first.
            skip_to = _past_circumstance(token)
            continue
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.pos_ == "ADV" and following is not None and following.dep_ == "case" and following.lower_ in _OF:
            # « a réagi auprès de France Info la secrétaire … »: an adverb with « de » is a preposition too.
            skip_to = _past_circumstance(following)
            continue
        if token.text.lower() in fillers or token.pos_ == "ADV" or token.text.lower() == "d'":
            continue
        if token.i == verb.i + 1 and "Inf" in token.morph.get("VerbForm", []):
            continue  # « a fait savoir la préfecture », « a laissé entendre X »: the verb of saying goes on
        if is_time_noun(token):
            continue  # « a annoncé jeudi, … »: a day is when, not who
        if pronoun_features(token.text):
            return token
        if token.pos_ == "ADJ" and any(c.dep_ == "det" for c in token.children):
            return token  # « confie la sexagénaire »: an adjective with its article is a noun
        if token.pos_ in {"DET", "ADJ"}:
            continue
        if token.pos_ in {"NOUN", "PROPN", "X"} or (token.pos_ == "PRON" and token.dep_.startswith("nsubj")):
            return _phrase_head(token)
        if token.pos_ == "PRON" and token.lower_ in {"un", "une"}:
            # « a déclaré l'un des dirigeants, Paul Roy, »: the member named in apposition, else the phrase.
            named = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            return _phrase_head(named) if named is not None else token
        return None
    return None


_TO = {"à", "au", "aux"}  # « dans un entretien au Monde »: the medium a circumstance names is part of it


def _past_circumstance(preposition: Token) -> int:
    """Index after a short prepositional phrase (dans une note, lors d'un débat, au Parisien, sur France Inter):
    preposition, determiners, one noun or one name (a whole named entity, whatever its words are tagged), its
    adjectives, and a complement with « à » (« dans un entretien au Monde »). A determiner after the noun opens
    the next phrase: the subject (« au Parisien le directeur »)."""
    doc = preposition.doc
    index = preposition.i + 1
    while index < len(doc) and (doc[index].pos_ in {"DET", "ADP"} or doc[index].lower_ in {"d'", "de"}):
        index += 1
    if index >= len(doc):
        return index
    head = doc[index]
    if head.ent_iob_ == "B" and head.ent_type_ not in {"PER", "PERSON"}:
        index = next((t.i for t in doc[index + 1 :] if t.ent_iob_ != "I"), len(doc))
    elif head.pos_ == "NOUN" or head.text[:1].isupper():
        index += 1
    else:
        return index
    while index < len(doc) and doc[index].pos_ == "ADJ" and not doc[index].text[:1].isupper():
        index += 1
    if index < len(doc) and doc[index].lower_ in _TO:
        return _past_circumstance(doc[index])
    return index


def _phrase_head(token: Token) -> Token:
    """The head of the phrase a token belongs to (The Guardian: X + flat:foreign); never a verb the parser hangs a
    name on (« …, lance Jeanne, … » with Jeanne a flat:name of « lance »)."""
    while (
        token.dep_.startswith(("flat", "fixed", "compound"))
        and token.head.i != token.i
        and token.head.pos_ not in {"VERB", "AUX"}
    ):
        token = token.head
    return token


def _via_agent(verb: Token) -> Token | None:
    """X in « déclare par le biais de X » / « par la voix de X »: the person through whom an organisation speaks."""
    cues: list[str] = _lexicon()["via_cues"]
    doc = verb.doc
    # The cue sits after the verb (déclare par la voix de X) or in the subject (Netflix, par la voix de X, déclare).
    window = doc[max(0, verb.i - 10) : min(len(doc), verb.i + 8)]
    text = window.text.lower()
    for cue in cues:
        found = re.search(rf"(?<![\w'’]){re.escape(cue)} ", text)  # « via », never the end of « Brevia »
        if found is None:
            continue
        for token in window:
            if token.idx - window.start_char > found.start() + len(cue) and token.pos_ in {"PROPN", "NOUN"}:
                return _phrase_head(token)
    return None


def _side_speaking(verb: Token) -> Token | None:
    """« Du côté de la mairie, on assure … », « Chez Orvane, on affirme … »: the « on » of a sentence that opens
    on a side is the people of that side, which speaks; None when the sentence opens on none."""
    sides = _lexicon()["side_openings"]
    for child in verb.children:
        if child.i > verb.i or not child.dep_.startswith(("obl", "nmod")):
            continue
        if case_of(child) in sides["prepositions"]:
            return child
        if child.lemma_.lower() in sides["nouns"]:
            # « du côté de X » / « côté X »: X is the noun's complement
            complements = {"nmod", "flat:name"}  # « côté syndicats »: the parse may take it for part of a name
            return next((c for c in child.children if c.dep_ in complements and c.pos_ in {"NOUN", "PROPN"}), None)
    return None


def _askers_of(subject: Token) -> list[tuple[int, int]]:
    """« Interrogée par X, elle a rappelé … »: the agents of participles that open the subject's clause act on the
    subject, who is never one of them. Their character spans."""
    spans = []
    for clause in subject.head.children:
        if clause.i < subject.i and "Part" in clause.morph.get("VerbForm", []):
            for agent in (c for c in clause.children if c.dep_ == "obl:agent"):
                spans.append((agent.left_edge.idx, agent.right_edge.idx + len(agent.right_edge)))
    return spans


def _member(subject: Token) -> Token | None:
    """X in « les dirigeants, dont X, … »: the named member speaks for the group."""
    cues: list[str] = _lexicon()["member_cues"]
    for token in subject.subtree:
        if token.text.lower() in cues and not _in_clause_of(token, subject):
            after = [t for t in token.doc[token.i + 1 : token.i + 4] if t.pos_ in {"PROPN", "NOUN"}]
            if after and not _opens_a_relative(token):
                return _phrase_head(after[0])
    return None


def _opens_a_relative(word: Token) -> bool:
    """« X, dont le club reste dixième, »: a « dont » followed by a verb of its own before the phrase ends opens a
    relative clause about X, where « les élus, dont X, » names members."""
    for token in word.doc[word.i + 1 :]:
        if token.is_punct:
            return False
        if is_finite(token):
            return True
    return False


def _in_clause_of(token: Token, head: Token) -> bool:
    """Whether a verb stands between a phrase's head and a word of it: « X, qui est notamment la voix de Y »
    is a clause about X, where « dont Y » or « notamment Y » right after X names members."""
    return any(is_finite(t) for t in token.doc[head.i + 1 : token.i])


def split_auxiliary(verb: Token) -> Token | None:
    """« Le ministre a, de son côté, promis que … »: the auxiliary before a phrase set off by commas inside the verb
    group, which the parser often reads as the end of a clause (the participle then hangs on the subject)."""
    doc = verb.doc
    if verb.i < 3 or doc[verb.i - 1].text != "," or "Part" not in verb.morph.get("VerbForm", []):
        return None
    opening = next((t for t in reversed(doc[max(0, verb.i - 8) : verb.i - 1]) if t.text == ","), None)
    if opening is None or opening.i == 0:
        return None
    auxiliary = doc[opening.i - 1]
    return auxiliary if auxiliary.lemma_ in {"avoir", "être"} else None


def _group_start(verb: Token) -> int:
    """Index of the first word of the verb group (auxiliaries, clitics and its adverbs before the verb)."""
    doc = verb.doc
    split = split_auxiliary(verb)
    if split is not None:
        return split.i
    index = verb.i
    while index > 0 and (
        doc[index - 1].pos_ == "AUX"
        or doc[index - 1].text.lower() in {"le", "l'", "-t", "se", "s'", *INVERTED_CLITICS}
        or (doc[index - 1].pos_ == "ADV" and doc[index - 1].head.i == verb.i)
    ):
        index -= 1
    return index


def misread_main_verb(token: Token) -> Token | None:
    """« Le patronat, de son côté, juge la mesure … », « L'association note que … »: a sentence the parser roots on
    its subject noun, the verb after it read as a noun or an adjective on that noun. A word in the present (never a
    participle) that takes an object or a « que » clause right after it is the verb; the root noun is its subject,
    returned (else None)."""
    head = token.head
    if head.dep_ != "ROOT" or head.pos_ not in {"NOUN", "PROPN"} or head.i >= token.i:
        return None
    joined = token.dep_ == "conj" and any(c.dep_ == "cc" for c in token.children)  # « X et Y »: two nouns
    participle = "Part" in token.morph.get("VerbForm", [])
    if token.dep_ not in {"appos", "amod", "acl", "nmod", "conj"} or joined or participle:
        return None
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    takes = following is not None and (following.pos_ == "DET" or following.lower_ in {"que", "qu'", "qu’"})
    present = token.lower_.endswith(("e", "ent"))
    clause = token.doc[head.i : token.i]
    return head if takes and present and not any(is_finite(t) for t in clause) else None


def is_inverted(verb: Token) -> bool:
    """Whether the verb group opens an incise or follows « comme »: its subject comes after it."""
    if _present_participle(verb) or "Inf" in verb.morph.get("VerbForm", []):
        return False  # « …, qualifiant X de … »: a participle or an infinitive opens no incise
    if misread_main_verb(verb) is not None:
        return False
    doc = verb.doc
    # « a aussitôt affirmé », « a-t-il ensuite ajouté »: auxiliaries, clitics and adverbs of the verb group.
    index = _group_start(verb) - 1
    if index < 0:
        return False
    before = doc[index]
    if before.is_punct or before.text.lower() == "comme":
        return True
    # A verb group right after a sentence's first word, unless that word is its subject (« Valmet a annoncé »), or
    # a name the parser cut off the words before it with no stop between (« Le constructeur Stellara | a confirmé »).
    fronted = any(c.dep_ in _SUBJECT_DEPS and c.i < verb.i for c in verb.children)
    cut_off = before.i > 0 and is_proper(before) and not _ends_a_sentence(doc[before.i - 1])
    return before.is_sent_start is True and not fronted and not cut_off


def _ends_a_sentence(token: Token) -> bool:
    """A stop, a closing mark, a colon or a line break: what the parser may rightly start a sentence after."""
    return token.text in _STOPS or token.text in {"»", "”", ":"} or "\n" in token.text


def read_in(verb: Token) -> Token | None:
    """The document in which one reads what is reported (« …, peut-on lire dans le communiqué de X », « lit-on dans
    son rapport »): it speaks for its issuer. The verb is the reading verb or the one whose infinitive it is."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    lexicon = _lexicon()
    documents = lexicon["document_nouns"]
    for reading in [verb, *(c for c in verb.children if c.dep_ == "xcomp")]:
        if reading.lemma_.lower() not in lexicon["reading_verbs"]:
            continue
        for child in reading.children:
            if child.dep_.startswith("obl") and case_of(child) == "dans" and child.lemma_.lower() in documents:
                return child
    return None


def subject_of(verb: Token) -> Token | None:
    """The token naming who performs a reporting verb, through relatives, gerunds and inversions."""
    via = _via_agent(verb) or read_in(verb) or misread_main_verb(verb)
    if via is not None:
        return via
    if _present_participle(verb):
        # « …, a écrit X, les jugeant « … » »: a participle after a verb of saying reports for that verb's
        # subject, wherever the parse hangs it.
        verbs = _lexicon()["verbs"]
        before = verb.doc[_clause_start(verb) : verb.i]
        saying = [t for t in before if t.pos_ == "VERB" and t.lemma_.lower() in verbs and not _present_participle(t)]
        if saying:
            return subject_of(saying[-1])
    split = split_auxiliary(verb)
    if split is not None and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        # « Le ministre a, de son côté, promis »: the parser hangs the subject on the auxiliary, or the auxiliary
        # and the participle on the subject.
        own = next((c for c in split.children if c.dep_ in _SUBJECT_DEPS), None)
        if own is not None or (split.head.i < split.i and split.head.pos_ in {"NOUN", "PROPN", "PRON"}):
            return own or split.head
    current = verb
    for _ in range(4):
        if object_relative(current):
            return _inverted_in_relative(current)
        # The subject nearest the verb wins over a fronted phrase the parser also calls a subject.
        for child in sorted(current.children, key=lambda c: abs(c.i - current.i)):
            if child.lower_ == "-t" or any(c.dep_ == "case" for c in child.children):
                continue  # the euphonic t of « s'exclame-t-il », « de son côté »: neither is a subject
            if child.dep_ in _SUBJECT_DEPS or (child.dep_ == "expl:subj" and pronoun_features(child.text)):
                if child.i > current.i and (child.lower_ in _RELATIVES or _present_participle(current)):
                    # A relative after the verb opens a clause about its subject; a noun after « qualifiant »
                    # is its object: neither is the subject.
                    continue
                if child.i < current.i and _reported_between(child, current):
                    continue  # « Les chiffres sont bons », commente X: a word of what is said does not say it
                if child.text.lower() in {"qui", "lequel", "laquelle"}:
                    return _antecedent_of_relative(child, current)
                if child.lower_ in _lexicon()["side_subjects"]:
                    return _side_speaking(current) or child
                return _apposed_to(child) or _fronted_attribute(child) or _first_conjunct(child)
        for child in current.children:
            if child.dep_ == "obl:agent":
                return child
        if is_inverted(current):
            # An incise's subject follows it (« a-t-elle confié » holds it inside the verb group); the clause it
            # reports has its own, which never speaks.
            group = current.doc[_group_start(current) : current.i]
            clitic = next((t for t in group if t.lower_ in INVERTED_CLITICS), None)
            if clitic is not None:
                return clitic
            inverted = _inverted_subject(current)
            return inverted if inverted is not None else _fronted_subject(verb)
        if current.dep_ == "acl:relcl":
            return current.head
        climbs = current.dep_ in _CLIMB_DEPS or _present_participle(current)  # « …, les jugeant « … » »
        if not climbs or current.head.i == current.i:
            return _fronted_subject(verb)
        current = past_quotation(current) or current.head
    return _fronted_subject(verb)


def past_quotation(verb: Token) -> Token | None:
    """« X assure que les aides « ont permis … » et rappelle que … »: a verb the parse coordinates with the last verb
    of a quotation, from outside its closing mark, goes with the verb that reports the quotation, not inside it."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ccomp" or head.head.i == head.i:
        return None
    closes = any(t.text in {"»", "”"} for t in verb.doc[head.i + 1 : verb.i])
    return head.head if closes else None


def object_relative(verb: Token) -> bool:
    """« un chiffre que conteste la fédération »: a relative clause whose « que » is the verb's object; the noun it
    hangs on is what the verb is about, not who performs it. The parser may make that noun the verb's subject when
    the relative is all the sentence has (« Une hausse que dénonce le syndicat : … »)."""
    relative = _relative_que(verb)
    if relative is None or relative.dep_ not in {"obj", "mark"}:
        return False
    misread = relative.dep_ == "obj" and any(
        c.dep_ in _SUBJECT_DEPS and c.pos_ == "NOUN" and max(t.i for t in c.subtree) == relative.i - 1
        for c in verb.children
    )
    return verb.dep_ == "acl:relcl" or misread


def _relative_que(verb: Token) -> Token | None:
    """The « que » that opens a verb's clause before it."""
    return next((c for c in verb.children if c.lower_ in {"que", "qu'", "qu’"} and c.i < verb.i), None)


def _inverted_in_relative(verb: Token) -> Token | None:
    """The subject of an object relative: after « que » (« qu'il espère »), else after the verb, where the parser may
    call it the verb's object (« que conteste la fédération »)."""
    relative = _relative_que(verb)
    opening = relative.i if relative is not None else verb.i
    own = [c for c in verb.children if opening < c.i < verb.i and c.dep_ in _SUBJECT_DEPS]
    after = [c for c in verb.children if c.i > verb.i and c.dep_ in (*_SUBJECT_DEPS, "obj")]
    found = own or after
    return _first_conjunct(found[0]) if found else None


def _apposed_to(subject: Token) -> Token | None:
    """« Le SNCTA, premier syndicat de la profession, réclame … »: the parser may make the apposition between commas a
    second subject of the verb, nearer to it than the name it describes. The subject is the name."""
    doc = subject.doc
    before, after = subject.left_edge.i - 1, subject.right_edge.i + 1
    if before < 1 or after >= len(doc) or doc[before].text != "," or doc[after].text != ",":
        return None
    return next(
        (c for c in subject.head.children if c.dep_ in _SUBJECT_DEPS and c.right_edge.i == before - 1 and c != subject),
        None,
    )


def _fronted_attribute(subject: Token) -> Token | None:
    """« Prudent, un industriel du secteur rappelle … »: a word set before the subject and a comma, which the tagger
    may read as a name at the head of the sentence and the parser as the subject, the real one its conjunct. A
    conjunct with no « et » that runs into the verb with no comma is the subject; the word, no entity, describes it."""
    if subject.ent_type_ or subject.i + 1 >= len(subject.doc) or subject.doc[subject.i + 1].text != ",":
        return None
    for conjunct in subject.children:
        joined = any(c.dep_ == "cc" for c in conjunct.children)
        if conjunct.dep_ == "conj" and not joined and conjunct.right_edge.i + 1 == subject.head.i:
            return conjunct
    return None


def _first_conjunct(subject: Token) -> Token:
    """« X et son partenaire Y ont annoncé »: coordinated subjects speak together and the first one is named
    first; the parse often hangs only the last on the verb."""
    doc = subject.doc
    index = subject.i - 1
    while index >= 0 and _in_noun_phrase(doc[index]) and doc[index].lower_ != "et":
        index -= 1
    if index < 1 or doc[index].lower_ != "et":
        return subject
    first = index - 1
    while first - 1 >= 0 and _in_noun_phrase(doc[first - 1]):
        first -= 1
    before = doc[first - 1] if first > 0 else None
    if before is not None and not (before.is_punct or before.is_space or before.is_sent_start is True or first == 1):
        return subject  # something else comes before: not a coordination of bare noun phrases
    nouns = [t for t in doc[first:index] if t.pos_ in {"NOUN", "PROPN"}]
    return _phrase_head(nouns[0]) if nouns else subject


def _in_noun_phrase(token: Token) -> bool:
    """A word a bare noun phrase is made of: its determiners, adjectives, nouns and names, and the « de » of its
    complements (« le syndicat des monteurs »)."""
    of = token.pos_ == "ADP" and token.lower_ in {"de", "du", "des", "d'", "d’"} and token.dep_ == "case"
    return token.pos_ in {"DET", "ADJ", "NOUN", "PROPN"} or of


def _closes_a_quotation(tokens: Span) -> bool:
    """Whether a run of tokens closes a quotation opened before it (« … bons », commente X), not one it holds
    whole (« le directeur du streaming « monde », a déclaré »)."""
    depth = straight = 0
    for token in tokens:
        if token.text in "«“":
            depth += 1
        elif token.text in "»”":
            if depth == 0:
                return True
            depth -= 1
        elif token.text == '"':
            straight += 1
    return straight % 2 == 1


def _reported_between(subject: Token, verb: Token) -> bool:
    """Whether a quotation or a clause of its own stands between a subject and an inverted verb of saying
    (« Le chômage a progressé, indique X »: chômage is the subject of « a progressé »)."""
    between = subject.doc[subject.i : verb.i]
    if _closes_a_quotation(between):
        return True
    group = _group_start(verb)
    if group == 0 or not verb.doc[group - 1].is_punct:
        return False  # no incise: « X et Y ont annoncé » keeps its subject
    clauses = [t if t.pos_ == "VERB" else t.head for t in between if is_finite(t) and t.head.i != verb.i]
    return any(clause.dep_ not in {"acl:relcl", "acl"} for clause in clauses)


def _issuer(document: Token) -> Token | None:
    """Who issued a document: « le communiqué publié par X », « les informations de X », « la note du groupe »."""
    for child in document.children:
        if child.dep_ == "acl" and child.i > document.i:
            # « publiée vendredi par l'Insee »: the parser may hang the agent on the date.
            # « révèle une étude publiée mardi par X »: or on the document, or on the verb it is the object of.
            around = [*child.subtree, *document.subtree, *document.head.children]
            agents = sorted(
                (t for t in around if t.i > child.i and t.dep_ in {"obl:agent", "obl:mod"} and case_of(t) == "par"),
                key=lambda t: t.i,
            )
            if agents:
                return agents[0]
        if child.dep_ == "nmod" and child.i > document.i and case_of(child) in _OF:
            # « deux sources proches du dossier »: the complement of an adjective that takes one is the adjective's,
            # whatever the parse hangs it on; it names no issuer (« le rapport annuel de X » does).
            governing = _lexicon()["complement_adjectives"]
            if any(
                c.dep_ == "amod" and document.i < c.i < child.i and c.lemma_.lower() in governing
                for c in document.children
            ):
                continue
            return child
    return None


def case_of(token: Token) -> str | None:
    """The preposition heading a noun (« de » in « de X »), if any."""
    return next((c.lower_ for c in token.children if c.dep_ == "case"), None)


def _present_participle(verb: Token) -> bool:
    return "Part" in verb.morph.get("VerbForm", []) and "Pres" in verb.morph.get("Tense", [])


def _titled_name(head: Token) -> Token | None:
    """The name after a title, with no comma between (« le ministre du Travail Jean Dupont », « l'association
    Les Amis du Rail ») or as its apposition (« le directeur de l'usine, Paul Roy, »): the name is who speaks,
    the title only describes them."""
    if head.pos_ != "NOUN":
        return None
    descriptions = rules.load("descriptions")
    titled = head.lemma_.lower() in descriptions["person_titles"] or head.text in descriptions["honorifics"]
    if head.text[:1].isupper() and not head.is_sent_start and not titled:
        return None  # « la Tribune Ouest »: a capitalised noun inside a sentence is a word of the name, no title
    for child in head.children:
        # A conjunct with no conjunction (« la secrétaire de X, Fabienne Roy ») is an apposition the parse misread.
        apposed = child.dep_ == "appos" or (child.dep_ == "conj" and not any(c.dep_ == "cc" for c in child.children))
        # « le préfet de la Seine-Maritime »: the hyphen the tagger calls a name is the place's, not a name.
        named = child.pos_ == "PROPN" and child.text[:1].isalpha()
        # « M. Doucet », « le député Jean-Paul Le Goff »: the parser may hang the name (or its first word) flat on
        # an honorific or a title right before it.
        next_to = head.text in descriptions["honorifics"] or child.i == head.i + 1
        flat = child.dep_ in {"flat:name", "flat"} and next_to
        if child.i > head.i and (apposed or child.dep_ == "nmod" or flat) and named:
            between = head.doc[head.i + 1 : child.i]
            if any(t.pos_ == "ADP" for t in between[-1:]) or any(c.dep_ == "case" for c in child.children):
                continue  # « le patron de la X »: a complement the title governs, not the name of who holds it
            punctuation = [t for t in between if t.is_punct]
            one_comma = [t.text for t in punctuation] == [","] and between[-1].text == ","
            if not punctuation or (apposed and one_comma):
                return child
    return _capitalised_after(head)


def _capitalised_after(head: Token) -> Token | None:
    """« l'association professionnelle Les Voix »: a capitalised phrase right after a description and its
    adjectives names it, even where the parse lost the link."""
    doc = head.doc
    index = head.i + 1
    while index < len(doc) and doc[index].pos_ == "ADJ" and doc[index].text.islower():
        index += 1
    if index + 1 < len(doc) and doc[index].pos_ == "DET" and doc[index].text[:1].isupper():
        index += 1  # the name's own article: « Les Voix »
    if index < len(doc) and doc[index].pos_ in {"NOUN", "PROPN"} and doc[index].text[:1].isupper():
        name = doc[index]
        linked = any(t.i == name.i for t in head.subtree)
        return None if linked else name  # a name the parse hangs on the description is read through the parse
    return None


def _antecedent_of_relative(relative: Token, verb: Token) -> Token | None:
    """The noun a relative pronoun stands for: the head of the relative clause, else the noun just before it."""
    if verb.head.pos_ in {"NOUN", "PROPN"} and verb.head.i < relative.i:
        return _phrase_head(verb.head)
    for token in reversed(relative.doc[max(0, relative.i - 4) : relative.i]):
        if token.pos_ in {"NOUN", "PROPN"}:
            return _phrase_head(token)
    return None


def _clause_start(token: Token) -> int:
    """Index of the first token of the sentence holding `token`, from its punctuation (the parser may cut it short)."""
    doc = token.doc
    index = token.i
    while index > 0 and doc[index - 1].text not in _STOPS and "\n" not in doc[index - 1].text:
        index -= 1
    return index


def _segments(tokens: list[Token]) -> list[list[Token]]:
    """Comma-separated pieces of a run of tokens, without the commas."""
    pieces: list[list[Token]] = [[]]
    for token in tokens:
        if token.text == ",":
            pieces.append([])
        elif not token.is_space:
            pieces[-1].append(token)
    return [piece for piece in pieces if piece]


def is_finite(token: Token) -> bool:
    """A finite verb form (a clause of its own), not an infinitive or participle, nor a name tagged as a verb."""
    return "Fin" in token.morph.get("VerbForm", []) and not _camel_case(token.text)


def _fronted_subject(verb: Token) -> Token | None:
    """When the parse links no subject: the noun phrase before the verb, past an opening adverbial
    (« De son côté, la start-up X, qui …, assure »), if no other clause stands between."""
    if not is_finite(verb) and not any(c.dep_.startswith("aux") for c in verb.children):
        return None
    doc = verb.doc
    before = [
        t
        for t in doc[_clause_start(verb) : verb.i]
        if not (t.pos_ == "AUX" and t.head.i == verb.i and not is_proper(t))
    ]
    pieces = _segments(before)
    for k, piece in enumerate(pieces):
        if piece[0].pos_ in {"ADP", "ADV", "SCONJ", "CCONJ"} or piece[0].lower_ in _RELATIVES:
            continue  # an opening adverbial or a relative clause names nobody
        if any(is_finite(t) for t in piece):
            return None
        nouns = [t for t in piece if t.pos_ in {"NOUN", "PROPN", "X"} or is_proper(t)]
        if not nouns:
            continue
        later_clauses = [p for p in pieces[k + 1 :] if any(is_finite(t) for t in p) and p[0].lower_ not in _RELATIVES]
        return None if later_clauses else _phrase_head(nouns[0])
    return None


def phrase_extent(head: Token) -> tuple[int, int, int]:
    """(start, name end, end) of a speaker phrase: the noun phrase, the name words the parse left out
    (la start-up ElevenLabs), then one verbless apposition (Son président, Marc Lefèvre)."""
    start, end = noun_phrase(head)
    doc = head.doc
    index = next((t.i for t in doc[head.i :] if t.idx >= end), len(doc))
    while (
        index < len(doc)
        and not is_time_noun(doc[index])
        and index != head.head.i  # « Le patronat juge … »: the verb the subject hangs on, whatever its tag
        and (
            doc[index].text in {"-", "'"}
            or doc[index].ent_iob_ == "I"  # « Roberto De Zerbi »: the particle inside a name the recogniser read whole
            or (doc[index - 1].text == "-" and doc[index].text[:1].isupper())  # « UFC-Que Choisir »
            or not (doc[index].is_punct or doc[index].is_space or doc[index].pos_ in _NAME_BREAKS)
        )
    ):
        end = doc[index].idx + len(doc[index])
        index += 1
    name_end = end
    if index < len(doc) and doc[index].text == ",":
        apposition = []
        stop = None
        for token in doc[index + 1 : index + 8]:
            if token.is_punct or is_finite(token) or token.pos_ in {"VERB", "AUX"}:
                stop = token
                break
            apposition.append(token)
        names = [t for t in apposition if t.pos_ in {"NOUN", "PROPN", "X"}]
        # « Selon X, le groupe Y envisage … »: words that run into a verb are its subject, no apposition.
        subject = stop is not None and not stop.is_punct
        if names and apposition[0].pos_ not in {"ADP", "SCONJ", "PRON", "ADV"} and not subject:
            end = apposition[-1].idx + len(apposition[-1])
    return start, name_end, end


def _describes_a_person(head: Token) -> bool:
    """« le ministre », « la directrice de X »: a definite singular job title, which stands for one person."""
    titles = rules.load("descriptions")["person_titles"]
    singular = "Plur" not in head.morph.get("Number", [])
    return singular and _definite_noun(head) and head.lemma_.lower() in titles


def _definite_noun(head: Token) -> bool:
    """« la direction », « le ministre »: a common noun after a definite article."""
    return head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in DEFINITE_ARTICLES for c in head.children)


def _counted_people(head: Token) -> Token | None:
    """« des centaines de chauffeurs », « une dizaine de riverains »: the plural noun of people (by its ending) that a
    noun of an approximate number counts, else None."""
    if head.lemma_.lower() not in rules.load("figures")["approximate_numbers"]:
        return None
    counted = next((c for c in head.children if c.dep_ == "nmod" and case_of(c) in {"de", "d'", "d’"}), None)
    if counted is None or "Plur" not in counted.morph.get("Number", []):
        return None
    return counted if counted.lemma_.lower().endswith(tuple(_lexicon()["person_noun_endings"])) else None


def definite_plural_of_people(head: Token) -> bool:
    """A plural noun of people (by its ending) with a definite, demonstrative or possessive determiner (les, ces,
    leurs), which is no document: « les signataires », « ces salariés », not « les accords »."""
    if head.pos_ != "NOUN" or "Plur" not in head.morph.get("Number", []):
        return False
    lemma = head.lemma_.lower()
    if lemma in _lexicon()["document_nouns"] or not lemma.endswith(tuple(_lexicon()["person_noun_endings"])):
        return False
    determiners = [c for c in head.children if c.dep_ == "det"]
    return any(
        "Def" in d.morph.get("Definite", []) or d.morph.get("PronType", []) in (["Dem"], ["Prs"]) for d in determiners
    )


def is_proper(token: Token) -> bool:
    """A proper name: tagged so, an acronym (ORTV, even opening a sentence), or a noun capitalised inside its
    sentence (l'Association des comédiens). Opening a sentence, where every word is capitalised, a noun is a name
    when its capitals are inside it too (DataVox) or the article capitalises it inside a sentence elsewhere."""
    text = token.text
    if token.pos_ not in {"PROPN", "NOUN", "X"}:
        return _camel_case(text)  # a name the tagger knows no better than as a pronoun or an auxiliary (DataVox)
    if token.pos_ == "PROPN" or (len(text) > 1 and text.isupper()):
        return True
    if not text[:1].isupper():
        return False
    if _inside_sentence(token):
        return True
    return _camel_case(text) or text in _capitalised_inside(token.doc)


def _camel_case(text: str) -> bool:
    """A word capitalised inside too (DataVox, SoundLab): a brand's name, whatever its tag says."""
    return len(text) > 2 and text[0].isupper() and any(c.isupper() for c in text[1:]) and any(c.islower() for c in text)


def _inside_sentence(token: Token) -> bool:
    previous = token.nbor(-1) if token.i > 0 else None
    return previous is not None and not previous.is_punct and "\n" not in previous.text


def _capitalised_inside(doc: Doc) -> frozenset[str]:
    """The capitalised words of a document that stand inside a sentence somewhere (kept with the document)."""
    if "capitalised_inside" not in doc.user_data:
        doc.user_data["capitalised_inside"] = frozenset(
            token.text for token in doc if token.text[:1].isupper() and _inside_sentence(token)
        )
    found: frozenset[str] = doc.user_data["capitalised_inside"]
    return found


@dataclass
class SpeakerResolver:
    """Resolves speakers in text order, remembering candidates for pronouns and free-standing quotes."""

    doc: Doc
    mentions: list[Mention]
    candidates: list[Candidate] = field(default_factory=list)
    quoted: list[tuple[int, int]] = field(default_factory=list)  # quotations: their nouns are the speaker's words
    text: str = ""  # the parse's text (parse.doc_text)
    starts: list[int] = field(default_factory=list)  # character offset of each token, to find a position's token

    def __post_init__(self) -> None:
        self.text = doc_text(self.doc)
        self.starts = token_starts(self.doc)
        self.candidates = sorted(self._mention_candidates() + self._subject_candidates(), key=lambda c: c.position)

    def _mention_candidates(self) -> list[Candidate]:
        found = []
        for mention in self.mentions:
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            head = span.root if span is not None and len(span) else None
            number = (
                "Plur" if mention.kind == "group" else (morph_value(head, "Number") if head is not None else "Sing")
            )
            gender = None
            if mention.kind == "person" and span is not None and head is not None:
                gender = mention.gender or morph_value(span[0], "Gender")
            elif head is not None:
                gender = grammatical_gender(head)
            salience = _subject_salience(head) if head is not None else 0
            found.append(Candidate(mention.start, mention.name, gender, number or "Sing", salience))
        return found

    def _subject_candidates(self) -> list[Candidate]:
        impersonal: list[str] = _lexicon()["impersonal"]
        found = []
        for token in self.doc:
            if token.dep_ not in _SUBJECT_DEPS or token.text.lower() in impersonal or pronoun_features(token.text):
                continue
            if token.pos_ not in _NP_POS or not self._names_actor(token):
                continue
            speaker = self._from_phrase(token)
            # A person described and never named still takes the pronoun that follows (« Le ministre de X a annoncé
            # … « … », a-t-il insisté »): it stands for nobody the article names, not for a person named before.
            unnamed = speaker.name is None and _describes_a_person(token)
            if speaker.name or unnamed:
                salience = _subject_salience(token)
                # A name has no gender of its own: the one its titles showed (Mention.gender) is the person's.
                covering = self.mention_in(token.idx, token.idx + len(token), prefer=token.idx)
                counted = _counted_people(token)  # « des centaines de chauffeurs »: the drivers' gender
                gender = grammatical_gender(counted or token) or (covering.gender if covering is not None else None)
                found.append(Candidate(token.idx, speaker.name, gender, morph_value(token, "Number"), salience))
        return found

    def _names_actor(self, head: Token) -> bool:
        """Whether a subject names someone: a name, a mention, a title or an organisation noun (« les résultats
        de X » names a result, not X)."""
        descriptions = rules.load("descriptions")
        lemma = head.lemma_.lower()
        return (
            is_proper(head)
            or self.mention_in(head.idx, head.idx + len(head)) is not None
            or _titled_name(head) is not None
            or lemma in descriptions["person_titles"]
            or lemma in descriptions["organization_heads"]
            or lemma in _lexicon()["document_nouns"]
            or _counted_people(head) is not None
        )

    def mention_in(self, start: int, end: int, prefer: int | None = None) -> Mention | None:
        """The mention overlapping a span; the one covering `prefer` (the phrase head) first."""
        overlapping = [m for m in self.mentions if m.start < end and start < m.end]
        if prefer is not None:
            for mention in overlapping:
                if mention.start <= prefer < mention.end:
                    return mention
        return overlapping[0] if overlapping else None

    def _from_phrase(self, head: Token) -> Speaker:
        """A mention on the head, a proper name, a mention in the phrase or its apposition; else no canonical name."""
        issuer = _issuer(head) if head.lemma_.lower() in _lexicon()["document_nouns"] else None
        if issuer is not None:
            return self._from_phrase(issuer)
        counted = _counted_people(head)
        if counted is not None:
            # « Des centaines de chauffeurs ont manifesté »: the people counted, a group named as the article names it.
            start, name_end, _extent = phrase_extent(head)
            group = self.mention_in(counted.idx, counted.idx + len(counted))
            name = group.name if group is not None else counted.lower_
            return Speaker(name, self.text[start:name_end], start, name_end)
        organisation = self._organisation_led(head) or self._possessor_spoken_for(head)
        if organisation is not None:
            return organisation
        holder = self._title_holder(head)
        if holder is not None:
            start, name_end, _extent = phrase_extent(head)
            return Speaker(holder, self.text[start:name_end], start, name_end)
        titled = _titled_name(head)
        member = _member(head) or titled
        if member is not None:
            head = member
        start, name_end, extent_end = phrase_extent(head)
        surface = self.text[start:name_end]
        compact_end = noun_phrase(head)[1]
        covering = self.mention_in(head.idx, head.idx + len(head), prefer=head.idx)
        # A mention reaching back past the name into the title (« de Ferbel Jean Morin ») is the entity
        # recogniser's error: the name's own words decide.
        if covering is not None and not (titled is not None and covering.start < start):
            return Speaker(covering.name, surface, start, name_end)
        if is_proper(head):
            known = self._name_continued(head)
            return Speaker(known or self._proper_name(start, name_end), surface, start, name_end)
        apposed = self.mention_in(name_end, extent_end) if head.pos_ == "NOUN" else None
        if apposed is not None and apposed.kind == "person":
            # « la secrétaire de X, Fabienne Roy »: the person named in apposition speaks, not the organisation
            # the description names.
            return Speaker(apposed.name, self.text[apposed.start : apposed.end], apposed.start, apposed.end)
        mention = self.mention_in(start, compact_end) or self.mention_in(start, extent_end)
        if mention is not None:
            return Speaker(mention.name, surface, start, name_end)
        phrase: list[Token] = list(self.doc.char_span(start, name_end, alignment_mode="expand") or [])
        if any(t.pos_ == "PROPN" for t in phrase):
            return Speaker(self._proper_name(start, name_end), surface, start, name_end)
        if definite_plural_of_people(head):
            # « écrivent les signataires », « selon les riverains »: a definite plural that no mention resolves is
            # a group of its own, named as the article names it (« Les propriétaires » opening a sentence too: les
            # propriétaires), which a later « ils » continues.
            opening = phrase[0].pos_ == "DET" if phrase else False
            name = surface[:1].lower() + surface[1:] if opening else surface
            return Speaker(name, surface, start, name_end)
        # A singular description no mention resolves (la plateforme, le dirigeant) is not a stakeholder name.
        return Speaker(None, surface, start, name_end)

    def _name_continued(self, head: Token) -> str | None:
        """« Skydance Media »: a proper name right after a gazetteer mention finishes that actor's name."""
        for mention in self.mentions:
            if (
                mention.source == "gazetteer"
                and mention.end <= head.idx
                and not self.text[mention.end : head.idx].strip()
            ):
                return mention.name
        return None

    def _organisation_led(self, head: Token) -> Speaker | None:
        """« les dirigeants de X », « les responsables du groupe »: its leaders speak for the organisation; so does
        its spokesperson (« un porte-parole de X »)."""
        descriptions = rules.load("descriptions")
        lemma = head.lemma_.lower()
        plural = "Plur" in head.morph.get("Number", []) and lemma in descriptions["person_titles"]
        if head.pos_ != "NOUN" or not (plural or lemma in descriptions["spokesperson_titles"]):
            return None
        for child in head.children:
            if child.dep_ == "nmod" and child.i > head.i and case_of(child) in _OF:
                mention = self.mention_in(*noun_phrase(child), prefer=child.idx)
                # Leaders speak for an organisation; a spokesperson for whatever it names, even a name the
                # recogniser read as a place (« un porte-parole de Vocalis »).
                named = None
                if mention is not None and mention.kind != "person":
                    named = mention.name if mention.kind == "organization" or not plural else None
                elif is_proper(child) and not (plural and child.ent_type_ == "LOC"):
                    # « les économistes d'ING »: a name the recogniser missed; leaders of a place are its people.
                    named = self._proper_name(*noun_phrase(child))
                if named is not None:
                    start, name_end, _extent = phrase_extent(head)
                    surface = self.text[start:name_end]
                    if any(t.dep_ == "conj" for t in child.subtree):
                        # « les représentants de X, de Y et de Z » speak for all of them together: a group, not X.
                        last = child.right_edge
                        group = self.text[start : last.idx + len(last)]
                        return Speaker(group, surface, start, name_end)
                    return Speaker(named, surface, start, name_end)
        return None

    def _possessor_spoken_for(self, head: Token) -> Speaker | None:
        """« Le collectif X a déposé un recours. Son porte-parole affirme … »: a spokesperson speaks for the actor
        the possessive stands for, named before (« son », « sa » for one, « leur » for several); one of no one in
        particular (« une porte-parole »), for the organisation named before."""
        if head.lemma_.lower() not in rules.load("descriptions")["spokesperson_titles"]:
            return None
        determiner = next((c for c in head.children if c.dep_ == "det"), None)
        if determiner is None or "1" in determiner.morph.get("Person", []):
            return None  # « notre porte-parole »: the speaker's side, not an actor named before
        if "Yes" in determiner.morph.get("Poss", []):
            number = "Plur" if determiner.lower_.startswith("leur") else "Sing"
            possessor = self.antecedent(determiner.idx, {"gender": "", "number": number})
        elif determiner.lower_ in {"un", "une"} and not any(c.dep_ == "nmod" for c in head.children):
            # « Le ministère conteste ces chiffres. Une porte-parole assure … »: the organisation named before.
            organisations = frozenset(m.name for m in self.mentions if m.kind == "organization")
            possessor = self.antecedent(determiner.idx, {"gender": "", "number": "Sing"}, among=organisations)
        else:
            return None
        if possessor is None:
            return None
        start, name_end, _extent = phrase_extent(head)
        return Speaker(possessor, self.text[start:name_end], start, name_end)

    def _title_holder(self, head: Token) -> str | None:
        """« le patron de la MPA » after « son patron, Jean Roy »: the person named earlier with that title."""
        titles = set(rules.load("descriptions")["person_titles"])
        if head.pos_ != "NOUN" or head.lemma_.lower() not in titles or _titled_name(head) is not None:
            return None
        if "Plur" in head.morph.get("Number", []):
            return None  # « les économistes de X »: several people, not the one named earlier with the title
        earlier = [
            m for m in self.mentions if m.kind == "person" and m.start < head.idx and head.lemma_.lower() in m.titles
        ]
        return earlier[-1].name if earlier else None

    def _proper_name(self, start: int, end: int) -> str:
        """A name made from the phrase itself, without its determiner (l'Association X -> Association X)."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        tokens = [t for t in span or [] if t.idx < end]
        # A name keeps its own capitalised article inside a sentence (« selon Les Amis du Son »).
        first = tokens[0] if tokens else None
        opening = first is None or first.i == 0 or first.nbor(-1).text in _STOPS or "\n" in first.nbor(-1).text
        own_article = first is not None and first.text[:1].isupper() and not opening and not first.text.endswith("'")
        while len(tokens) > 1 and tokens[0].pos_ == "DET" and not own_article:
            tokens = tokens[1:]
        return self.text[tokens[0].idx : end] if tokens else self.text[start:end]

    def antecedent(
        self,
        position: int,
        features: dict[str, str],
        latest: bool = False,
        asking: Sequence[tuple[int, int]] = (),
        among: frozenset[str] | None = None,
    ) -> str | None:
        """The most recent compatible actor before a position, never one named inside a quotation the pronoun
        stands outside of (« “Ferbel doit payer.” Il ajoute … »: il is the speaker, not Ferbel), nor in the
        `asking` spans (see _askers_of). `latest`: the one named last, whatever its salience (« ce dernier »);
        `among`: only these names."""
        around = [(start, end) for start, end in self.quoted if not start <= position < end] + list(asking)
        fitting = [
            candidate
            for candidate in self.candidates
            if candidate.position < position
            and compatible(features, candidate)
            and not any(start <= candidate.position < end for start, end in around)
            and (among is None or candidate.name in among)
        ]
        if not fitting:
            return None
        if latest:
            return fitting[-1].name
        # Within the nearest sentence that has one, a subject or speaker wins over a name it mentions in passing
        # (« a dit Jean Roy, qui a connu Paul Martin. « … », a-t-il ajouté »: il is Roy).
        # Candidates are in text order, so the nearest one's sentence is the tail of the list from its start.
        sentence_start = self._sentence_start(fitting[-1].position)
        same_sentence = [c for c in fitting if c.position >= sentence_start]
        highest = max(c.salience for c in same_sentence)
        return [c for c in same_sentence if c.salience == highest][-1].name

    def _sentence_start(self, position: int) -> int:
        """Character offset where the sentence holding `position` starts."""
        index = bisect.bisect_right(self.starts, position) - 1
        return self.doc[max(index, 0)].sent.start_char

    def remember(self, speaker: Speaker, position: int, salience: int = 2) -> None:
        """A resolved speaker becomes a candidate at its position, the most salient unless told otherwise. So does a
        speaker described and never named (« …, a tranché le ministre. Il a promis … », « La direction assure que …
        Elle espère … »): the pronoun is that one, not an actor named before, even where the parser took the
        inverted subject for an object."""
        span = self.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        head = span.root if span is not None and len(span) else None
        gender = grammatical_gender(head) if head is not None else None
        number = morph_value(head, "Number") if head is not None else None
        if speaker.name is None:
            if head is not None and _definite_noun(head):
                self.candidates.append(Candidate(speaker.start, None, gender, number, salience))
                self.candidates.sort(key=lambda c: c.position)
            return
        # A speaker named after the words (« …, a dit X ») becomes salient where the name stands; one named before a
        # quotation (« Pour X, « … » ») where it opens, not inside it, where a later pronoun outside the quotation
        # would not look.
        position = max(position, speaker.start)
        position = next((start - 1 for start, end in self.quoted if start <= position < end), position)
        # A name has no gender of its own: the titles the article gives the person show it (Mention.gender).
        named = self.mention_in(speaker.start, speaker.end)
        if gender is None and named is not None and named.name == speaker.name:
            gender = named.gender
        self.candidates.append(Candidate(position, speaker.name, gender, number, salience))
        self.candidates.sort(key=lambda c: c.position)

    def from_token(self, token: Token | None) -> Speaker:
        """The speaker named by a subject token: a pronoun is resolved backwards, a phrase through mentions."""
        if token is None:
            return NOBODY
        features = pronoun_features(token.text)
        if features is not None:
            name = self.antecedent(token.idx, features, asking=_askers_of(token))
            return Speaker(
                name,
                token.text.lstrip("-"),
                token.idx + (1 if token.text.startswith("-") else 0),
                token.idx + len(token),
            )
        latest = latest_features(token)
        if latest is not None:
            first = min(token.idx, *(c.idx for c in token.children if c.i < token.i))
            return Speaker(
                self.antecedent(first, latest, latest=True),
                self.text[first : token.idx + len(token)],
                first,
                token.idx + len(token),
            )
        impersonal: list[str] = _lexicon()["impersonal"]
        if token.text.lower() in impersonal or token.text.lower() in _lexicon()["non_speakers"]:
            return NOBODY
        return self._from_phrase(token)

    def of_verb(self, verb: Token) -> Speaker:
        """The speaker of a reporting verb."""
        return self.from_token(subject_of(verb))
