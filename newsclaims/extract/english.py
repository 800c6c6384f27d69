"""English reported speech: cues, incises and speakers read from the English parse (rules/en/speech_verbs.json)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from newsclaims.extract import rules
from newsclaims.extract.actors import Mention, without_titles
from newsclaims.extract.quotes import (
    SENTENCE_STOPS,
    Cue,
    Grammar,
    body_sentences,
    bound_content,
    denied,
    marked_spans,
    passive,
    shown_by_no_document,
    tokens_after,
)
from newsclaims.extract.speakers import NOBODY, Speaker
from newsclaims.parse import ParsedArticle, doc_text

_SUBJECTS = {"nsubj", "nsubjpass"}
_CLIMB = {"conj", "xcomp", "advcl"}  # « …, adding that … », « declined to say … »: the subject sits higher up
_NAME_LABELS = {"PERSON": "person", "ORG": "organization", "NORP": "group", "GPE": "organization"}
_PHRASE_DEPS = {"det", "compound", "amod", "poss", "nmod", "case", "prep", "pobj", "punct", "quantmod", "nummod"}
_INCISE_REACH = 12  # tokens after a closing mark where « said X » / « X said » may stand (long names too)
_CONTENT_DEPS = {"ccomp"}
_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9&-]{1,15})\)")


@cache
def lexicon() -> dict[str, Any]:
    return dict(rules.load("en/speech_verbs"))


def speech_lemma(token: Token) -> str | None:
    """The lexicon lemma of an English verb of saying (a verb, never the noun « statement »)."""
    if token.pos_ != "VERB":
        return None
    lemma = token.lemma_.lower()
    return lemma if lemma in lexicon()["verbs"] else None


def is_participle(token: Token) -> bool:
    """« saying », « urging », « speaking »: a verb that takes its subject from the clause it hangs on."""
    return token.tag_ in {"VBG", "VBN"} and not any(c.dep_ in {"aux", "auxpass"} for c in token.children)


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb of saying, climbing from a coordinated, infinitive, adverbial or participial clause
    (« X issued a statement, saying … », « X described it as: “…”, urging … »)."""
    if is_participle(verb):
        # « X argued that audiences would notice, saying … », « X called for a boycott of anyone who signs her,
        # labelling it … »: the participle reports for the nearest verb of saying above it, wherever it hangs.
        # Failing such a verb, « X issued a rebuke, saying Y “is …” and warning that … »: a participle coordinated
        # inside what another participle reports speaks for that participle's subject, not for the reported clause's.
        saying = [a for a in verb.ancestors if speech_lemma(a)]
        speaking = next((a for a in saying if not is_participle(a)), saying[0] if saying else None)
        if speaking is not None:
            return subject_of(speaking)
    if misread_relative(verb):
        return verb.head
    relative = _relative_speaker(verb)
    if relative is not None:
        return relative
    current = verb
    for _ in range(6):
        for child in current.children:
            if child.dep_ in _SUBJECTS:
                return child
        if child_agent := next((c for c in current.children if c.dep_ == "agent"), None):
            return next((c for c in child_agent.children if c.dep_ == "pobj"), None)
        climbs = current.dep_ in _CLIMB or is_participle(current) or current.pos_ != "VERB"
        if not climbs or current.head.i == current.i:
            return _fronted_subject(verb) if current is verb else None
        current = current.head
    return None


def _fronted_subject(verb: Token) -> Token | None:
    """A finite verb the parse gives no subject (« In a statement to X, a spokesperson for Y said … », the phrase
    hung on X as an apposition): the noun phrase right before it, after the last comma of its sentence, when no
    verb stands in it."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    before = list(verb.doc[verb.sent.start : verb.i])
    commas = [t.i - verb.sent.start for t in before if t.text == ","]
    if len(commas) >= 2 and commas[-1] == len(before) - 1:
        # « Outside the court, one of the investors, a retired teacher, said …»: the comma before the verb closes an
        # apposition, which names who speaks.
        before = before[: commas[-1]]
        commas = commas[:-1]
    piece = before[commas[-1] + 1 if commas else 0 :]
    person = next((t for t in reversed(piece) if t.ent_type_ == "PERSON"), None)
    if person is not None and not any(t.pos_ in {"VERB", "AUX"} for t in piece):
        return person  # « …, 22-year-old student Ann Lee, said »: the age opens the phrase, the name ends it
    if (
        not piece
        or piece[0].pos_ not in {"DET", "NOUN", "PROPN", "ADJ"}
        or any(t.pos_ in {"VERB", "AUX"} for t in piece)
    ):
        return None
    nouns = [t for t in piece if t.pos_ in {"NOUN", "PROPN"}]
    return nouns[0] if nouns else None


def misread_relative(verb: Token) -> bool:
    """« …, chief executive Ann Lee estimated on a call. » parsed as a reduced relative on « executive »: a finite
    past form (estimated, not a participle: no auxiliary could precede it) heads no relative clause, so the noun
    the parse hangs it on is its subject."""
    return verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.i < verb.i and verb.head.pos_ in {"NOUN", "PROPN"}


def apposed_speakers(subject: Token) -> int | None:
    """« …, a plan shop owners say will fail. »: a reduced relative inside an apposition, read by the parse as one
    subject « a plan shop owners ». A singular article cannot determine a plural noun, so the apposition's noun is
    the first noun after the article and who speaks starts after it: the index of that first word, else None."""
    article = next((c for c in subject.children if c.dep_ == "det" and c.lower_ in {"a", "an"}), None)
    if article is None or subject.tag_ not in {"NNS", "NNPS"}:
        return None
    head = next((t for t in subject.doc[article.i + 1 : subject.i] if t.pos_ in {"NOUN", "PROPN"}), None)
    return head.i + 1 if head is not None else None


def _reporting_relative(verb: Token) -> bool:
    """« a decision residents say will hurt families »: a relative clause whose verb of saying has its own subject
    and reports a clause says who claims what of the noun (residents: the decision will hurt families); so does one
    set off by a comma whose subject is the relative pronoun (« …, backed by X, who said ministers had … »): the
    noun speaks."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if verb.dep_ != "relcl" or subject is None or not any(c.dep_ in _CONTENT_DEPS for c in verb.children):
        return False
    return subject.tag_ not in {"WDT", "WP", "WP$"} or _relative_speaker(verb) is not None


def _relative_speaker(verb: Token) -> Token | None:
    """The noun a relative « who said » / « which said » set off by a comma hangs on: who says what it reports."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if verb.dep_ != "relcl" or subject is None or subject.lower_ not in {"who", "which"}:
        return None
    comma = subject.i > 0 and verb.doc[subject.i - 1].text == ","
    return verb.head if comma and verb.head.pos_ in {"NOUN", "PROPN"} else None


def _without_leading_time(verb: Token, clause: Token) -> list[Token]:
    """« X said on Thursday it would close … », « said Tuesday that … »: a date right after the verb, before the
    reported clause's subject, tells when it was said; the parse hangs it on the clause, whose words start after
    it."""
    subject = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
    dates = [
        c
        for c in clause.children
        if subject is not None
        and c.left_edge.i == verb.i + 1
        and c.i < subject.i
        and c.dep_ in {"prep", "npadvmod"}
        and any(t.ent_type_ in {"DATE", "TIME"} for t in c.subtree)
    ]
    after = max((t.i for c in dates for t in c.subtree), default=-1)
    return [t for t in clause.subtree if t.i > after]


def _nationality_epithet(token: Token) -> bool:
    """« the Spaniard », « the Frenchman »: one person of a nationality, as the press calls someone it has named (a
    singular nationality noun with « the »: its NORP label, or en/descriptions.json demonyms)."""
    definite = any(c.lower_ == "the" for c in token.children)
    singular = token.tag_ in {"NN", "NNP"}
    nationality = token.ent_type_ == "NORP" or token.lower_ in rules.load("en/descriptions")["demonyms"]
    return definite and singular and nationality


def _set_aside(subject: Token) -> set[int]:
    """The words set after a subject to say more of it (« Reed, a former banker, who … »): no words of its own."""
    return {t.i for c in subject.children if c.dep_ in {"appos", "relcl", "acl"} for t in c.subtree}


def _age_epithet(token: Token) -> bool:
    """« the 52-year-old », « the 52-year-old actress »: a phrase built on an age, which only a person is given."""
    age = token if token.lower_ == "old" else next((c for c in token.children if c.lower_ == "old"), None)
    return age is not None and any(c.lower_ == "year" for c in age.children)


def _span_of(tokens: list[Token]) -> tuple[int, int] | None:
    kept = [t for t in tokens if not t.is_space]
    # « said that X »: the complementiser goes, « said that figure rose » keeps its determiner.
    while (
        kept
        and kept[0].text not in "“\"‘'"
        and (kept[0].is_punct or (kept[0].lower_, kept[0].dep_) == ("that", "mark"))
    ):
        kept = kept[1:]
    while kept and kept[-1].is_punct and kept[-1].text not in "”\"’'%":  # spaCy counts « % » as punctuation
        kept = kept[:-1]
    if not kept:
        return None
    return kept[0].idx, kept[-1].idx + len(kept[-1])


def _verb_content(verb: Token) -> tuple[int, int] | None:
    """The clause a verb of saying reports (« said that X », « X, he said »)."""
    contents = [child for child in verb.children if child.dep_ in _CONTENT_DEPS]
    subject = subject_of(verb)
    if subject is not None and apposed_speakers(subject) is not None:
        # the clause the apposition stands beside is no part of what its speakers say
        contents = [child for child in contents if child.i > verb.i]
    if contents:
        return _span_of(_without_leading_time(verb, contents[0]))
    preposition = lexicon()["content_prepositions"].get(verb.lemma_.lower())
    # The parser hangs the preposition on the verb or on its object (« accused [the mayor of hiding …] »).
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    for child in (c for holder in holders for c in holder.children):
        if child.dep_ == "prep" and child.lower_ == preposition:
            # « called for boycotts of … », « accused the minister of ignoring … »: what is demanded, or what one is
            # accused of, is what is said.
            objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
            return _span_of(list(objects[0].subtree)) if objects else None
    return None


def _fronted_content(verb: Token, sentence: Span) -> tuple[int, int] | None:
    """« The plant will close in May, the company said on Monday. »: a verb of saying that ends its sentence after
    a comma and its own subject reports the clause before the comma, even where the parse hangs the verb on that
    clause as a conjunct instead of taking the clause as its complement."""
    if any(c.dep_ in {"dobj", "xcomp", "ccomp"} for c in verb.children):
        return None
    subject = subject_of(verb)
    if subject is None or subject.i > verb.i:
        return None
    first = subject.left_edge.i
    comma = verb.doc[first - 1] if first > sentence.start else None
    if comma is None or comma.text != ",":
        return None
    phrase = {t.i for t in subject.subtree}
    if any(t.i not in phrase and t.pos_ not in {"AUX", "ADV"} for t in verb.doc[first : verb.i]):
        return None
    # « …, the ministry said, ending a long dispute », « …, the office said, far worse than forecast »: what the
    # parse hangs on the verb after it goes on from it; only a verb outside it shows the sentence goes on.
    its_own = {t.i for c in verb.children if c.i > verb.i for t in c.subtree}
    after = [t for t in sentence if t.i > verb.i and not (t.is_punct or t.is_space) and t.i not in its_own]
    if any(t.pos_ in {"VERB", "AUX"} for t in after):
        return None  # « …, officials said, would … »: the verb sits inside the sentence, not at its end
    before = [t for t in sentence if t.i < comma.i]
    inside = {t.i for t in before}
    clauses = [t for t in before if t.pos_ in {"VERB", "AUX"} and (t.head.i not in inside or t.head.i == t.i)]
    if not any(clause.dep_ != "advcl" and not any(c.dep_ == "mark" for c in clause.children) for clause in clauses):
        return None  # « After the vote, … » or « When he arrived, … »: an opening phrase is no statement of its own
    return _span_of(before)


def _apposed_name(after: list[Token]) -> Span | None:
    """A person's name set off by commas at the start of `after` (the words after a source's phrase)."""
    if len(after) < 3 or after[0].text != ",":
        return None
    doc = after[0].doc
    name = next((e for e in doc.ents if e.start == after[1].i and e.label_ == "PERSON"), None)
    return name if name is not None and name.end < len(doc) and doc[name.end].text == "," else None


def _source_content(token: Token, sentence: Span) -> tuple[Token, tuple[int, int]] | None:
    """« according to X, CLAUSE » or « CLAUSE, according to X »: X and the clause it is the source of."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if token.lower_ != "according" or following is None or following.lower_ != "to":
        return None
    source = next((c for c in following.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    phrase = sorted({token.i, *(t.i for t in following.subtree)})
    before = [t for t in sentence if t.i < phrase[0]]
    after = [t for t in sentence if t.i > phrase[-1]]
    name = _apposed_name(after)
    if name is not None:  # « according to the charity's chair, Ruth Okafor, CLAUSE »: she is the source
        source, after = name.root, [t for t in after if t.i > name.end]
    content = _span_of(_sourced_side(token, before, after))
    return (source, content) if content else None


def _sourced_side(according: Token, before: list[Token], after: list[Token]) -> list[Token]:
    """The clause « according to X » is attached to: the one its head stands in. « CLAUSE, according to X, pushing
    … » credits X with the clause, not with the participle that follows it; the longer side when the parse
    hangs it on nothing in either."""
    head = according.head
    if head.i != according.i and before and after:
        if before[0].i <= head.i <= before[-1].i:
            return before
        if after[0].i <= head.i <= after[-1].i:
            return after
    return after if len(after) > len(before) else before


def find_cues(parsed: ParsedArticle, mentions: list[Mention] | None = None) -> list[Cue]:
    """Every English verb of saying and « according to » of the article, in text order."""
    verbs: dict[str, str] = lexicon()["verbs"]
    marks = marked_spans(parsed.article.body)
    cues: list[Cue] = []
    for sentence, span in body_sentences(parsed):
        for token in span:
            lemma = speech_lemma(token)
            if lemma is not None and (
                denied(token, lexicon()) or passive(token) or shown_by_no_document(token, subject_of, lexicon())
            ):
                continue
            if lemma == "ask" and is_participle(token) and token.tag_ == "VBN":
                continue  # « Asked whether he would resign, Reed said … »: the question was put to Reed, not by him
            if lemma is not None and (
                token.dep_ not in {"amod", "acl", "relcl"}
                or misread_relative(token)
                or _reporting_relative(token)
                or (token.dep_ == "relcl" and _fronted_content(token, span) is not None)
            ):
                reported = _verb_content(token) or _fronted_content(token, span)
                content = bound_content(parsed.doc, reported, marks, sentence.end)
                cues.append(Cue(token, lemma, content, verbs[lemma], token))
                continue
            source = _source_content(token, span)
            if source is not None:
                content = bound_content(parsed.doc, source[1], marks, sentence.end)
                cues.append(Cue(source[0], "according to", content, "hedged", None))
    return cues


def incise_after(doc: Doc, close: int, cues: list[Cue]) -> Cue | None:
    """The cue of “…,” said X / “…,” X said / “…,” X told Y: a verb of saying just after the closing mark,
    with nothing between but punctuation and its own subject."""
    by_verb = {cue.verb.i: cue for cue in cues if cue.verb is not None}
    following = tokens_after(doc, close, _INCISE_REACH)
    for token in following:
        if token.i in by_verb and not is_participle(token):
            subject = subject_of(token)
            if subject is not None and subject.i < following[0].i:
                return None  # « The film, ‘X’, tells … »: the verb's subject stands before the quotation
            allowed = {t.i for t in subject.subtree} if subject is not None else set()
            between = [t for t in following if t.i < token.i]
            if all(t.is_punct or t.is_space or t.i in allowed or t.pos_ == "AUX" for t in between):
                return by_verb[token.i]
            return None
        if "\n" in token.text or token.text in SENTENCE_STOPS or (token.is_sent_start and token.idx > close + 2):
            return None  # the next paragraph or sentence has its own verb (« called it “rushed”. Her party said … »)
    return None


@cache
def _gendered() -> tuple[dict[str, str], dict[str, str]]:
    """Words (Ms, actress, spokesman) and pronouns (she, his) -> the gender they show (en/descriptions.json)."""
    data = rules.load("en/descriptions")
    words = {word: gender for gender, listed in data["gendered_words"].items() for word in listed}
    pronouns = {word: gender for gender, listed in data["gendered_pronouns"].items() for word in listed}
    return words, pronouns


def pronoun_gender(word: str) -> str | None:
    return _gendered()[1].get(word.lower())


def person_gender(person: Span, entities: list[Span]) -> str | None:
    """The gender the article shows for the person named by `person`: a word next to the name (« Ms », « the
    actress » before it, « , a spokesman » in an apposition after it), else the first third-person pronoun that
    follows the name in its sentence with no other person named between (« Lee said her team … »)."""
    words, pronouns = _gendered()
    doc, sentence = person.doc, person.sent
    # The recogniser may take a title into the name (« Ms Dawson »): the words before its last one count too.
    before = doc[max(sentence.start, person.start - 3) : person.end - 1]
    for token in reversed(before):
        word = token.lower_.rstrip(".")
        if word in words:
            return words[word]
        if token.is_punct:
            break
    apposition = doc[person.end : sentence.end]
    if len(apposition) and apposition[0].text == ",":
        for token in apposition[1:]:
            if token.is_punct:
                break
            if token.lower_ in words and token.pos_ == "NOUN":
                return words[token.lower_]
    others = [e.start for e in entities if e.label_ == "PERSON" and person.end <= e.start < sentence.end]
    stop = min(others, default=sentence.end)
    return next((pronouns[t.lower_] for t in doc[person.end : stop] if t.lower_ in pronouns), None)


def _without_leading_words(entity: Span) -> Span:
    """An entity without the words the NER took in front of the name (« The », « Later », « Ms »); a capitalised
    noun is a word of the name (« the Editors Guild »)."""
    first = next((t.i for t in entity if t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.is_title)), entity.start)
    return entity.doc[without_titles(list(entity.doc[first : entity.end]))[0].i : entity.end]


_GROUP_WORDS = {"compound", "amod"}  # « airport officials », « local residents »: the words that say which group
_QUANTITIES = {"many", "some", "several", "few", "numerous", "other", "most", "more", "all"}


def _name_before_head(head: Token) -> str | None:
    """« the Unite union », « the Reform party »: capitalised proper nouns before a noun that heads an organisation's
    name (en/descriptions.json named_heads), which they name."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in rules.load("en/descriptions")["named_heads"]:
        return None
    words = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper()]
    if not words or words[-1].i != head.i - 1:
        return None
    return doc_text(head.doc)[words[0].idx : words[-1].idx + len(words[-1])]


def _capitalised_name(head: Token) -> str | None:
    """« The Campaign to Protect Rural England said »: a capitalised common noun inside a sentence that opens a run of
    capitalised words (joined by en/descriptions name_connectors) is an organisation's name the recogniser missed.
    One word alone (« the Government ») is only a description."""
    doc = head.doc
    if head.pos_ != "NOUN" or not head.text[:1].isupper() or head.is_sent_start:
        return None
    connectors = set(rules.load("en/descriptions")["name_connectors"])
    words, end = 1, head.i + 1
    while end < len(doc):
        capitalised = doc[end].text[:1].isupper() and doc[end].is_alpha
        joined = doc[end].lower_ in connectors and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()
        if not (capitalised or joined):
            break
        words += capitalised
        end += 1
    if words < 2:
        return None
    return doc[head.i : end].text


def _one_of_people(token: Token) -> Token | None:
    """The plural noun of people in « one of the passengers », « one of its investors »; None for any other word."""
    if token.lower_ != "one":
        return None
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    people = group is not None and group.tag_ == "NNS" and group.lemma_.lower() in lexicon()["people_nouns"]
    return group if people else None


def _group_name(head: Token) -> str:
    """The name of a group of people as the article gives it, without determiners or quantities (« several local
    residents » -> local residents), lower case unless a word is a name."""
    words = [t for t in head.children if t.dep_ in _GROUP_WORDS and t.i < head.i]
    first = max(min([head.i, *(t.i for w in words for t in w.subtree)]), apposed_speakers(head) or 0)
    while first < head.i and head.doc[first].lower_ in _QUANTITIES:
        first += 1
    phrase = head.doc[first : head.i + 1]
    return " ".join(t.text if t.pos_ == "PROPN" else t.lower_ for t in phrase)


@dataclass(frozen=True)
class _Known:
    """An actor named so far: where, its full name and its kind (for pronouns)."""

    position: int
    name: str | None  # None: a person the article describes and never names (« one patient », « a spokeswoman »)
    kind: str
    plural: bool
    gender: str | None = None  # of a person described (« a spokeswoman »), as the words that describe them show it


@dataclass
class EnglishSpeakers:
    """Names the speaker of each cue from the parse and the entities; pronouns and bare surnames refer back."""

    parsed: ParsedArticle
    mentions: list[Mention] = field(default_factory=list)
    known: list[_Known] = field(default_factory=list)
    ents: list[Span] = field(default_factory=list)  # read once: spaCy builds the entity spans anew on each access

    genders: dict[str, str | None] = field(default_factory=dict)  # a person's gender, as the article shows it

    def __post_init__(self) -> None:
        self.ents = list(self.parsed.doc.ents)
        # The mentions settle what the recogniser mislabels (« Clare Hughes » tagged an organisation, whom « Ms
        # Hughes » shows a person): their kind wins over the label.
        kinds = {m.start: m.kind for m in self.mentions if m.source == "entity"}
        for ent in self.ents:
            if ent.label_ in _NAME_LABELS:
                named = _without_leading_words(ent)
                name = self._full_name(named.text, named.start_char)
                kind = kinds.get(named.start_char, _NAME_LABELS[ent.label_])
                self.known.append(_Known(ent.start_char, name, kind, False))
                if kind == "person":
                    self._note_gender(name, person_gender(ent, self.ents))

    def _note_gender(self, name: str, gender: str | None) -> None:
        """Keep what a mention shows of a person's gender; two mentions that disagree leave it unknown."""
        if gender is None:
            return
        if name not in self.genders:
            self.genders[name] = gender
        elif self.genders[name] != gender:
            self.genders[name] = None

    def _full_name(self, text: str, position: int) -> str:
        """A surname stands for the full name mentioned before it (« Iger » after « Robert Iger »)."""
        for known in reversed(self.known):
            if known.name is None:
                continue
            longer = known.kind == "person" and len(known.name) > len(text)
            if known.position < position and longer and known.name.endswith(" " + text):
                return known.name
        return text

    @staticmethod
    def _name_words(head: Token) -> tuple[int, int] | None:
        """The proper-noun words of a name around its head (« Van der Velden », whatever the NER kept of it)."""
        if head.pos_ != "PROPN":
            return None
        words = [head]
        stack = [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        while stack:  # « Van der Velden »: compounds of compounds
            word = stack.pop()
            words.append(word)
            stack.extend(c for c in word.children if c.dep_ == "compound" and c.pos_ == "PROPN")
        first, last = min(t.i for t in words), max(t.i for t in words)
        doc = head.doc
        first = without_titles(list(doc[first : last + 1]))[0].i  # « Mayor Lisa Chen »: the name is Lisa Chen
        while first < last and doc[first].lower_ in lexicon()["people_nouns"]:
            first += 1  # « Illustrator Maya Lund »: what she does is not her name either
        return doc[first].idx, doc[last].idx + len(doc[last])

    @staticmethod
    def _acronym_in(head: Token) -> str | None:
        """« The Full Name of the Guild (ACRONYM) said »: the acronym the article goes on to use is the name."""
        phrase = [t for t in head.subtree if t.dep_ not in {"relcl", "acl"}]
        text = doc_text(head.doc)[phrase[0].idx : phrase[-1].idx + len(phrase[-1]) + 1]
        found = _ACRONYM.search(text)
        return found.group(1) if found else None

    def _entity_in(self, head: Token) -> Span | None:
        """The person or organisation the subject phrase names: the entity on its head, else the first inside; not
        who only had sight of a document (« The letter, seen by the Guardian, warns … »)."""
        access = set(lexicon()["access_verbs"])
        seen = {t.i for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in access for t in c.subtree}
        phrase = {t.i for t in head.subtree if t.dep_ not in {"relcl", "acl"} and t.i not in seen}
        if head.ent_type_ in _NAME_LABELS:
            return next((e for e in self.ents if e.start <= head.i < e.end), None)
        # « the German carmaker », « French unions », « the Los Gatos-based company »: a nationality or a place that
        # modifies a common noun names no one (« Britain's regulator » does: a possessive); nor
        # does a person whose barrister or wife speaks (« Vane's barrister »), unless it speaks for them.
        speaks_for = head.lemma_.lower() in rules.load("en/descriptions")["spokesperson_titles"]
        inside = [
            e
            for e in self.ents
            if e.start in phrase
            and e.label_ in _NAME_LABELS
            and not (
                e.label_ in {"NORP", "GPE"}
                and head.pos_ == "NOUN"
                and e.end <= head.i
                and e.root.dep_ != "poss"
                and self._institution_of(e) is None
            )
            and not (head.pos_ == "NOUN" and e.root.dep_ == "poss" and not speaks_for and self._is_person(e))
        ]
        if not inside and speaks_for:
            # « a Downing Street spokesperson », « a Kremlin spokesman »: the seat of an institution, tagged a place,
            # stands for the institution its spokesperson speaks for.
            seats = [e for e in self.ents if e.label_ in {"LOC", "FAC"} and e.start in phrase]
            inside = [e for e in seats if e.root.dep_ == "compound"]
        inside = [self._possessed_name(e) or self._institution_of(e) or e for e in inside]
        people = [e for e in inside if e.label_ == "PERSON"]
        ranked = people or inside
        return ranked[0] if ranked else None

    @staticmethod
    def _institution_of(place: Span) -> Span | None:
        """« the Scottish government », « French police »: a nationality or a place before an institution of the
        state names that institution, which is who speaks."""
        institution = place.root.head
        institutions = rules.load("en/descriptions")["state_institutions"]
        if place.label_ not in {"NORP", "GPE"} or place.root.dep_ not in {"amod", "compound"}:
            return None
        if institution.i != place.end or institution.lemma_.lower() not in institutions:
            return None
        return Span(place.doc, place.start, institution.i + 1, label="ORG")

    def _possessed_name(self, place: Span) -> Span | None:
        """« Britain's Competition and Markets Authority », « America's Health Insurance Plans »: a place in the
        possessive before a proper noun owns a name, or starts one the recogniser missed; the name is who speaks."""
        owner = place.root.head
        if place.label_ != "GPE" or place.root.dep_ != "poss" or owner.pos_ != "PROPN":
            return None
        covering = next((e for e in self.ents if e.start <= owner.i < e.end), None)
        return covering or Span(place.doc, place.start, owner.i + 1, label="ORG")

    def _is_person(self, entity: Span) -> bool:
        """Whether an entity is a person's name, by its label or by the mentions (a surname tagged otherwise)."""
        covering = (m for m in self.mentions if m.start <= entity.start_char < m.end)
        return entity.label_ == "PERSON" or any(m.kind == "person" for m in covering)

    def _named_before(self, token: Token, kinds: set[str]) -> Speaker:
        """« the 52-year-old told … », « the latter said … »: the actor of one of these kinds named last before a
        phrase that only stands for one named already."""
        aside = _set_aside(token)
        phrase = [t for t in token.subtree if t.i not in aside and not t.is_punct]
        start, end = phrase[0].idx, phrase[-1].idx + len(phrase[-1])
        known = next((k for k in reversed(self.known) if k.position < start and k.kind in kinds), None)
        return Speaker(known.name if known is not None else None, doc_text(token.doc)[start:end], start, end)

    def _pronoun(self, token: Token) -> Speaker:
        features = lexicon()["pronouns"][token.lower_]
        gender = pronoun_gender(token.lower_)
        for known in reversed(self.known):
            if known.position < token.idx and known.kind in features["kinds"]:
                if features["number"] == "Plur" and known.kind == "person" and not known.plural:
                    continue
                shown = known.gender if known.name is None or known.gender else self.genders.get(known.name)
                if known.kind == "person" and gender and shown not in {None, gender}:
                    continue  # « she » after a man named since a woman: the woman
                return Speaker(known.name, token.text, token.idx, token.idx + len(token))
        return Speaker(None, token.text, token.idx, token.idx + len(token))

    def of_token(self, token: Token | None) -> Speaker:
        members = _one_of_people(token) if token is not None else None
        if token is not None and members is not None:
            apposed = next((c for c in token.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
            if apposed is not None:
                return self.of_token(apposed)  # « one of the protesters, student Ann Lee, said »: the person named
            # « one of the passengers said »: a person of that group, whom the article does not name.
            one_of = token.doc[token.i : members.i + 1]
            return Speaker(None, one_of.text, one_of.start_char, one_of.end_char)
        if token is None or token.lower_ in lexicon()["impersonal"]:
            return NOBODY
        if token.lower_ in lexicon()["pronouns"]:
            return self._pronoun(token)
        if _age_epithet(token) or _nationality_epithet(token):
            return self._named_before(token, {"person"})
        if token.lower_ in lexicon()["latest_mentioned"] and any(c.lower_ == "the" for c in token.children):
            return self._named_before(token, {"person", "organization", "group"})  # « the latter said … »
        entity = self._entity_in(token)
        if entity is not None:
            start = _without_leading_words(entity).start_char
            end = entity.end_char
            words = self._name_words(token) if entity.start <= token.i < entity.end else None
            if words is not None and words[0] < start:
                start = words[0]  # the NER kept only the last words of the name
            surface = doc_text(token.doc)[start:end]
            # « The Bank said »: the actor the mentions resolved the name to (the Bank of England named before).
            covering = next((m for m in self.mentions if m.start <= start < m.end), None)
            resolved = covering.name if covering is not None else None
            name = self._acronym_in(token) or resolved or self._full_name(surface, start)
            return Speaker(name, surface, start, end)
        aside = _set_aside(token)
        first = apposed_speakers(token) or 0
        phrase = [
            t for t in token.subtree if (t.dep_ in _PHRASE_DEPS or t.i == token.i) and t.i not in aside and t.i >= first
        ]
        # « One person familiar with the plans, who declined to be named, said »: a comma after the head ends the
        # phrase, whatever the parse hangs after it.
        comma = next((t.i for t in phrase if t.text == "," and t.i > token.i), None)
        phrase = [t for t in phrase if comma is None or t.i < comma]
        while len(phrase) > 1 and phrase[-1].is_punct:
            phrase.pop()
        start, end = min(t.idx for t in phrase), max(t.idx + len(t) for t in phrase)
        surface = doc_text(token.doc)[start:end]
        # A description names the organisation the mentions resolved it to (« the company said »: the company named
        # before), else nobody by itself (« the union »); a proper noun the NER missed is a name; a plural of
        # people (« airport officials said ») is a group that speaks, named as the article names it.
        described = next((m for m in self.mentions if m.source == "description" and m.start <= token.idx < m.end), None)
        if described is not None:
            return Speaker(described.name, surface, start, end)
        named = _name_before_head(token)
        if named is not None:  # « the Unite union announced »: the name the recogniser missed
            return Speaker(named, surface, start, end)
        named = _capitalised_name(token)
        if named is not None:
            return Speaker(named, named, token.idx, token.idx + len(named))
        if token.pos_ == "PROPN":
            return Speaker(self._acronym_in(token) or surface, surface, start, end)
        full = self._full_name(token.text, token.idx) if token.text[:1].isupper() else token.text
        if full != token.text:
            # « Lopez, 54, said … »: the surname of a person named before, whatever the tagger makes of it.
            return Speaker(full, token.text, token.idx, token.idx + len(token))
        if token.tag_ == "NNS" and token.lemma_.lower() in lexicon()["people_nouns"]:
            group = _group_name(token)
            return Speaker(None if group in lexicon()["anonymous_groups"] else group, surface, start, end)
        return Speaker(None, surface, start, end)

    def of_cue(self, cue: Cue) -> Speaker:
        return self.of_token(subject_of(cue.verb) if cue.verb is not None else cue.anchor)

    def remember(self, speaker: Speaker, position: int, sourced: bool = False) -> None:
        """A resolved speaker is known for later pronouns from its position (English reads recency, not salience,
        so a source counts as any speaker)."""
        # A speaker named before what they say (« Its organisers say they … ») is known from where the name stands,
        # so that a pronoun opening what they say stands for them.
        position = min(position, speaker.start) if speaker.end > speaker.start else position
        described = self._unnamed_person(speaker)
        if speaker.name and described is not None:
            # « Labour's health spokesman said … Patients, he said, … »: a person who speaks for the name, whom a
            # later « he » or « she » stands for, as the words that describe them show.
            self.known.append(_Known(position, speaker.name, "person", False, described or None))
        elif speaker.name:
            kind = next((k.kind for k in self.known if k.name == speaker.name), None)
            span = self.parsed.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
            plural = span is not None and len(span) > 0 and span.root.tag_ in {"NNS", "NNPS"}
            # « Its organisers say … »: a plural of people, whom a later « they » stands for.
            self.known.append(_Known(position, speaker.name, kind or ("group" if plural else "person"), plural))
        elif described is not None:
            # « One patient said … “I feel …,” she said »: she is the patient, not a woman named before.
            self.known.append(_Known(position, None, "person", False, described or None))
        self.known.sort(key=lambda known: known.position)

    def _unnamed_person(self, speaker: Speaker) -> str | None:
        """For a speaker phrase that describes one person it does not name (« one patient », « a spokeswoman for
        X »), the gender its head word shows, or '' when it shows none; None for any other phrase."""
        span = self.parsed.doc.char_span(speaker.start, speaker.end, alignment_mode="expand")
        if span is None or not len(span):
            return None
        head = span.root
        if _one_of_people(head) is not None:
            return ""
        while head.dep_ == "poss" and head.head.i > head.i:
            head = head.head  # « Italy's prime minister »: the name is the possessor, the person its head
        if head.tag_ != "NN":
            return None
        gender = _gendered()[0].get(head.lower_)
        persons = {*lexicon()["people_nouns"], *rules.load("en/descriptions")["person_titles"]}
        if gender is None and head.lemma_.lower() not in persons:
            return None
        return gender or ""


def _speakers(parsed: ParsedArticle, mentions: list[Mention]) -> EnglishSpeakers:
    return EnglishSpeakers(parsed, mentions)


ENGLISH = Grammar(find_cues, incise_after, _speakers, lexicon)
