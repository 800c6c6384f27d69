"""Actor mentions in a parsed article: gazetteer and named entities, groups and definite descriptions, resolved."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from newsclaims.extract import rules
from newsclaims.ingest.clean import QUOTATION_OPENINGS, wire_credit
from newsclaims.parse import ParsedArticle, doc_text

_ELISION = re.compile(r"^(?:n|qu|l|d|j|s|m|t|c|jusqu|lorsqu|puisqu)'", re.IGNORECASE)
_QUOTE_CLOSE = ("»", '"', "”", "’")
_CLAUSE_BREAK = re.compile(r"[,;:.!?«»\"“”()\[\]—–]")
_PLURAL_DETERMINERS = {"les", "des", "ces", "ses", "leurs", "aux", "nos", "vos", "mes", "tes"}
_INDEFINITE = {"un", "une"}
_POSSESSIVES = {"son", "sa", "ses", "leur", "leurs"}
DEFINITE_ARTICLES = {"le", "la", "l'", "l’"}
_SOURCE_PRIORITY = {"gazetteer": 0, "entity": 1, "description": 2, "group": 3}
_MAX_BEFORE_WORDS = 6
_BRACKETED_ACRONYM = re.compile(r"\s*\(([A-ZÉÈ][A-Z0-9ÉÈ&-]{1,9})\)")
# A name in capitals only (« SAG-AFTRA », « NBC ») is an acronym: an organisation, not a person, whatever the
# recogniser's label; a person's name in capitals keeps a lower-case first name (« Jean DUPONT »).
_ACRONYM = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý0-9&./-]*[A-ZÀ-Ý0-9]")
_MAX_AFTER_CHARS = 70


@dataclass(frozen=True)
class Mention:
    """One place where the article names (or describes, or refers back to) an actor."""

    start: int
    end: int
    surface: str
    name: str  # canonical name
    kind: str  # person | organization | group
    role: str | None
    source: str  # gazetteer | entity | group | description | pronoun
    titles: tuple[str, ...] = field(default=())  # job titles seen next to a person's name (co-CEO, patron)
    affiliation: str | None = None  # the organisation a person's title names (« X, directrice chez Y »)
    gender: str | None = None  # a person's grammatical gender, as the titles next to their name show it (Masc, Fem)


@dataclass(frozen=True)
class _Named:
    """A named actor found before descriptions are resolved: canonical name, kind, role, titles and gender."""

    kind: str
    role: str | None
    titles: frozenset[str]
    affiliation: str | None = None
    gender: str | None = None
    described: bool = False  # a noun phrase next to the name says who the person is (« le rapporteur général, X »)


def morph_value(token: Token, feature: str) -> str | None:
    """The first value of a morphological feature of a token (« Fem » for Gender of « la »), else None."""
    values = token.morph.get(feature, [])
    return values[0] if values else None


def grammatical_gender(token: Token) -> str | None:
    """Grammatical gender of a noun phrase: its determiner's (« la BNR », « la ministre »: the article's form shows
    it, where the tagger only guesses the gender of a noun of both genders), else its head's. A name has no gender
    of its own: the tagger's guess for « Valmet » or « TF1 » would hide it from a later « il »."""
    shown = next(iter(_determiner_genders(token)), None)
    if shown or token.pos_ == "PROPN" or token.text[:1].isupper():
        return shown
    if _feminine_form(token):
        return "Fem"
    guessed = morph_value(token, "Gender")
    # « Johanna Rolland, maire de Nantes »: a French noun of people in -e with no article is mostly of both genders
    # (maire, ministre, secrétaire, juge): the tagger's masculine is a guess.
    epicene = token.lang_ == "fr" and guessed == "Masc" and token.lower_.removesuffix("s").endswith("e")
    return None if epicene else guessed


def _determiner_genders(token: Token) -> list[str]:
    """The genders a noun's determiners show (« la BNR »: Fem)."""
    return [gender for c in token.children if c.dep_ == "det" and (gender := morph_value(c, "Gender"))]


def _shown_feminine(title: Token) -> bool:
    """Whether a title's article or ending shows it feminine (« la maire », « cheffe »), not the tagger's guess."""
    return "Fem" in _determiner_genders(title) or _feminine_form(title)


def _feminine_form(token: Token) -> bool:
    """A French noun of people with an ending only the feminine has (« chercheuse au CNRS », with no determiner
    to show it): the tagger often reads it as masculine."""
    word = token.lower_.removesuffix("s")
    return token.lang_ == "fr" and token.pos_ == "NOUN" and word.endswith(_feminine_endings())


@cache
def _feminine_endings() -> tuple[str, ...]:
    return tuple(rules.load("descriptions")["feminine_endings"])


def _agrees(first: str | None, second: str | None) -> bool:
    """Whether two genders may be one person's (an unknown gender agrees with both)."""
    return first is None or second is None or first == second


def _person_gender(found: set[str], shown_feminine: bool) -> str | None:
    """A person's gender from their titles. A masculine title may name a woman (« le docteur Anne Roy »), a
    feminine one that its article or ending shows never names a man; titles that disagree otherwise (a tagger's
    slip, or two people with one name) leave it unknown."""
    if shown_feminine:
        return "Fem"
    return next(iter(found)) if len(found) == 1 else None


def _gazetteer_roles() -> dict[str, tuple[str, str]]:
    actors = rules.load("actors")
    roles = {actor["name"]: ("organization", actor["role"]) for actor in actors.get("organizations", [])}
    roles.update({actor["name"]: ("person", actor["role"]) for actor in actors.get("people", [])})
    return roles


def group_labels() -> dict[str, dict[str, str]]:
    """The name of each group actor in every interface language (« the public » -> « le public »): the store keeps
    the canonical English name, the dashboard shows these."""
    return {entry["name"]: {"en": entry["name"], **entry.get("label", {})} for entry in rules.load("groups")["groups"]}


@cache
def gazetteer_aliases() -> dict[str, str]:
    """Every spelling of a gazetteer actor (lower case) -> its canonical name."""
    actors = rules.load("actors")
    table = {}
    for key in ("organizations", "people"):
        for actor in actors.get(key, []):
            table.update({alias.lower(): actor["name"] for alias in actor["aliases"]})
            table[actor["name"].lower()] = actor["name"]
    return table


def _known_prefix(text: str) -> str | None:
    """The gazetteer actor a longer name starts with (« Screen Actors Guild-Fédération … » is the Screen Actors
    Guild, whatever translation follows): aliases of two words or more, longest first."""
    lowered = text.lower()
    for alias in _multiword_aliases():
        if lowered.startswith(alias) and lowered[len(alias) : len(alias) + 1] in {" ", "-", "–", ""}:
            return gazetteer_aliases()[alias]
    return None


@cache
def _multiword_aliases() -> list[str]:
    """Gazetteer aliases of two words or more, longest first."""
    return sorted((a for a in gazetteer_aliases() if " " in a), key=len, reverse=True)


@cache
def _title_pattern() -> re.Pattern[str]:
    """Every person title of descriptions.json as one regex, longest first, with an optional plural s."""
    titles = sorted(rules.load("descriptions")["person_titles"], key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(t) for t in titles) + r")s?(?![\w-])")


@cache
def _org_type_pattern() -> re.Pattern[str]:
    kinds = sorted(rules.load("descriptions")["org_types"], key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(k) for k in kinds) + r")s?(?![\w-])")


@cache
def _group_phrases() -> list[tuple[re.Pattern[str], dict[str, object]]]:
    """(regex, group entry) for every multi-word group phrase, longest phrase first."""
    pairs = [(phrase, entry) for entry in rules.load("groups")["groups"] for phrase in entry.get("phrases", [])]
    pairs.sort(key=lambda pair: len(pair[0]), reverse=True)
    return [(re.compile(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])"), entry) for phrase, entry in pairs]


@cache
def _group_heads() -> dict[str, dict[str, object]]:
    return {head: entry for entry in rules.load("groups")["groups"] for head in entry["heads"]}


def _blocked_spans(parsed: ParsedArticle) -> list[tuple[int, int]]:
    """Headings (titles, section heads, bylines, share buttons) and the place of a wire story's dateline (« LONDON
    (Reuters) - »: where it was filed): nobody acts or speaks there."""
    datelines = [(m.start(), m.start("agency")) for m in wire_credit().finditer(parsed.article.body)]
    return [(s.start, s.end) for s in parsed.sentences if s.is_heading] + datelines


def _inside(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _sentence_bounds(parsed: ParsedArticle, offset: int) -> tuple[int, int]:
    for sentence in parsed.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence.start, sentence.end
    return offset, offset


def _in_quote_marks(text: str, start: int, end: int) -> bool:
    """A name wrapped in quotation marks is a title of a work («El Eternauta»), not an actor."""
    before = text[:start].rstrip()
    after = text[end:].lstrip()
    return before.endswith(QUOTATION_OPENINGS) and after.startswith(_QUOTE_CLOSE)


def after_wire_credit(text: str, start: int) -> int:
    """Where the words at `start` begin once a wire credit opening them is set aside (« LONDON (Reuters) - »)."""
    credit = wire_credit().match(text, start)
    return credit.end() if credit is not None else start


def wire_credits(body: str) -> frozenset[str]:
    """The agencies a body credits at the head of a paragraph (« (AFP) - », « LYON (Reuters) - »)."""
    return frozenset(match.group("agency").strip() for match in wire_credit().finditer(body))


def _is_author(name: str, author: str | None) -> bool:
    if not author:
        return False
    author_words = set(author.lower().split())
    return name.lower() == author.lower() or set(name.lower().split()) <= author_words


def _listed_as_brand(ent: Span) -> bool:
    """« ses marques, notamment A, B et C », « A, B et les autres marques du groupe »: a name listed next to a
    brand noun is a brand (an organisation), even when it is a person's name. Going left or right from the name
    over the list (other names, commas, « et ») and its openers must reach the brand noun."""
    descriptions = rules.load("descriptions")
    openers = set(descriptions["enumeration_openers"])
    doc, sent = ent.doc, ent.sent

    def listed(token: Token) -> bool:
        return token.lower_ in openers or bool(token.ent_type_) or token.dep_ in {"cc", "det"}

    left = ent.start - 1
    while left >= sent.start and listed(doc[left]):
        left -= 1
    right = ent.end
    while right < sent.end and listed(doc[right]):
        right += 1
    ends = [doc[i] for i in (left, right) if sent.start <= i < sent.end]
    return any(token.lemma_.lower() in descriptions["brand_heads"] for token in ends)


def _listed_among_people(ent: Span) -> bool:
    """« parmi les invités, Tom Hanks, Woody et surtout Rachel Green »: a name the recogniser calls an
    organisation, in a list whose every other name it calls a person (two or more), is a person too. The list is
    read as the names of the sentence joined by nothing but commas, conjunctions, their openers and adverbs
    (« et surtout »)."""
    openers = set(rules.load("descriptions")["enumeration_openers"])
    doc, sent = ent.doc, ent.sent
    names: list[Span] = [ent]
    for step in (-1, 1):
        index = ent.start - 1 if step < 0 else ent.end
        while sent.start <= index < sent.end:
            token = doc[index]
            if token.ent_type_:
                other = next(e for e in doc.ents if e.start <= index < e.end)
                names.append(other)
                index = (other.start - 1) if step < 0 else other.end
            elif token.text == "," or token.dep_ == "cc" or token.pos_ == "ADV" or token.lower_ in openers:
                index += step
            else:
                break
    others = [name for name in names if name != ent]
    return len(others) >= 2 and all(name.label_ == "PER" for name in others)


@cache
def _named_heads() -> frozenset[str]:
    return frozenset(rules.load("descriptions")["named_heads"])


def _bare_subject(root: Token) -> bool:
    """« Danone a publié … », tagged a common noun: a French singular noun needs a determiner, so a capitalised one
    that is a subject without any is a name."""
    return (
        root.pos_ == "NOUN"
        and root.text[:1].isupper()
        and root.dep_.startswith("nsubj")
        and "Plur" not in root.morph.get("Number", [])
        and _determiner(root) is None
        and not any(c.dep_ in {"nummod", "case"} for c in root.children)
    )


def _plausible_unknown_org(ent_tokens: list[Token]) -> bool:
    """An organisation the gazetteer does not know: a proper-noun subject, not a sentence-initial verb."""
    first = ent_tokens[0]
    inside = {t.i for t in ent_tokens}
    root = next((t for t in ent_tokens if t.head.i not in inside or t.head.i == t.i), ent_tokens[-1])
    if first.pos_ in {"VERB", "AUX"} or not (any(t.pos_ == "PROPN" for t in ent_tokens) or _bare_subject(root)):
        return False
    if root.dep_.startswith("nsubj") or root.dep_ in {"appos", "obl:agent"}:
        return True
    # « l'Office X », « la Fédération X », « selon Y »: a proper name with an article, or a named source.
    article = _determiner(root)
    definite = article is not None and article.i < root.i and "Def" in article.morph.get("Definite", [])
    # « selon les informations de Y »: the source is the complement of what « selon » introduces.
    cited = root.children if root.dep_ != "nmod" else [*root.children, *root.head.children]
    source = any(c.dep_ == "case" and c.lower_ in {"selon", "par"} for c in cited)
    # « directrice chez Y », « le président de Y »: where one works, tagged an organisation, is one.
    employer = any(c.dep_ == "case" and c.lower_ == "chez" for c in root.children) or (
        root.dep_ == "nmod"
        and root.head.lower_ in _title_heads()
        and any(c.dep_ == "case" and c.lower_ in {"de", "d'", "d’", "du"} for c in root.children)
    )
    return root.pos_ == "PROPN" and (definite or source or employer)


@cache
def _title_heads() -> frozenset[str]:
    """The head nouns of the person titles (« directeur » of « directeur général »)."""
    return frozenset(title.split()[0] for title in rules.load("descriptions")["person_titles"])


@cache
def _apposition_head_pattern() -> re.Pattern[str]:
    """Organisation nouns of descriptions.json that may stand right before a proper name, anchored at the end."""
    heads = sorted(rules.load("descriptions")["apposition_heads"], key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(h) for h in heads) + r")s?$")


def _apposition_role(parsed: ParsedArticle, first: Token) -> tuple[str | None] | None:
    """('role',) when an organisation noun stands right before this name ('l'éditeur français X'), else None.

    Adjectives and 'de' + noun complements may sit between the noun and the name ('la plateforme de streaming X'),
    never a verb, a pronoun or punctuation: 'le studio a engagé X' says nothing about what X is.
    """
    doc = parsed.doc
    heads = rules.load("descriptions")["apposition_heads"]
    sent_start, _ = _sentence_bounds(parsed, first.idx)
    for gap in range(0, 4):
        last = first.i - 1 - gap
        if last < 0 or doc[last].idx < sent_start:
            return None
        between = doc[last + 1 : first.i]
        if any(t.pos_ not in {"ADJ", "ADP", "DET", "NOUN"} or t.is_punct for t in between):
            return None
        if len(between) and between[-1].pos_ in {"ADP", "DET"}:
            continue  # 'la société de X': X owns the company, it is not its name
        before = parsed.article.body[sent_start : doc[last].idx + len(doc[last])].lower().replace("’", "'")
        match = _apposition_head_pattern().search(before)
        if match:
            return (heads[match.group(1)],)
    return None


@cache
def _honorifics() -> frozenset[str]:
    return frozenset(word.lower() for word in rules.load("descriptions")["honorifics"])


def _without_honorific(ent: Span) -> Span:
    """« Me Sarah Benhamou », « Mme Claire Dubois », « Dr Jean Morel »: a person's name without the civil or
    professional title the recogniser took into it (descriptions.json honorifics), nor a lower-case adjective
    before it (« la jeune pousse lyonnaise Nuvia »: no word of a name)."""
    first = ent.start
    while first < ent.end - 1 and (
        (ent.doc[first].lower_ in _honorifics() and ent.label_ in {"PER", "PERSON"})
        or (ent.doc[first].text.islower() and ent.doc[first].pos_ == "ADJ")
    ):
        first += 1
    return Span(ent.doc, first, ent.end, label=ent.label_) if first > ent.start else ent


def _without_head_noun(ent: Span) -> tuple[Span, tuple[str | None] | None]:
    """'studio Ghibli' tagged as one entity: the name without its organisation noun, and the role the noun gives."""
    heads = rules.load("descriptions")["apposition_heads"]
    for k in range(1, len(ent)):
        if ent[k].text[:1].isupper() and not ent[0].text[:1].isupper():
            head = ent[:k].text.lower().replace("’", "'")
            match = _apposition_head_pattern().fullmatch(head) if head else None
            return (ent[k:], (heads[match.group(1)],)) if match else (ent, None)
    return ent, None


def _learned_mentions(
    parsed: ParsedArticle, learned: dict[str, str | None], taken: list[tuple[int, int]]
) -> list[Mention]:
    """Every other occurrence of an organisation name learnt from an apposition ('d'Ubisoft', 'Ubisoft a')."""
    body = parsed.article.body
    blocked = _blocked_spans(parsed)
    mentions = []
    for name, role in learned.items():
        for match in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", body):
            span = (match.start(), match.end())
            if not _inside(*span, blocked) and all(span[1] <= s or e <= span[0] for s, e in taken):
                mentions.append(Mention(*span, name, name, "organization", role, "entity"))
    return mentions


@cache
def _collective_pattern() -> re.Pattern[str]:
    heads = sorted(rules.load("descriptions")["collective_heads"], key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(h) for h in heads) + r")(?![\w-])", re.IGNORECASE)


_OF = {"de", "des", "du", "d'", "d’"}
_OF_DETERMINERS = {"la", "l'", "l’", "le", "les"}


def _collective_end(doc: Doc, head: Token) -> Token | None:
    """Last token of the 'de/des X' complement of a collective noun ('syndicat national des doubleurs de France')."""
    i = head.i + 1
    while i < len(doc) and doc[i].pos_ == "ADJ":
        i += 1
    if i >= len(doc) or doc[i].lower_ not in _OF:
        return None
    end: Token | None = None
    previous = ""
    while i < len(doc) and i - head.i <= 10:
        token = doc[i]
        lower = token.lower_
        if lower in _OF or (lower in _OF_DETERMINERS and previous == "of"):
            previous = "of"
        elif previous == "word" and _named_after(doc[i - 1]):
            break
        elif token.pos_ in {"NOUN", "ADJ", "PROPN"} and not token.is_punct and (previous or end is None):
            end, previous = token, "word"
        elif lower == "et" and i + 1 < len(doc) and doc[i + 1].pos_ in {"NOUN", "ADJ"}:
            previous = "and"
        else:
            break
        i += 1
    return end


def _named_after(token: Token) -> bool:
    """Whether a proper name follows the word at once (« de consommateurs BEUC »)."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is not None and following.pos_ == "PROPN" and following.text[:1].isupper()


def _apposed_to_name(first: Token, last: Token) -> bool:
    """« Le SNCTA, premier syndicat de la profession, réclame »: a phrase set between commas right after a name
    describes what that name names."""
    doc = first.doc
    index = first.i - 1
    while index > 0 and doc[index].pos_ in {"DET", "ADJ"}:
        index -= 1
    closed = last.i + 1 < len(doc) and doc[last.i + 1].text in {",", ")"}
    return closed and index > 0 and doc[index].text == "," and doc[index - 1].pos_ == "PROPN"


def _collective_mentions(parsed: ParsedArticle) -> list[Mention]:
    """'le syndicat des doubleurs', 'l'Association des comédiens de doublage': an organisation named by the phrase."""
    body = parsed.article.body
    doc = parsed.doc
    roles = rules.load("descriptions")["collective_heads"]
    blocked = _blocked_spans(parsed)
    mentions = []
    for match in _collective_pattern().finditer(body):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None or span[-1].pos_ not in {"NOUN", "PROPN"}:
            continue
        end = _collective_end(doc, span[-1])
        if end is None or _named_after(end) or _apposed_to_name(span[0], end):
            continue  # « l'association de consommateurs BEUC »: the phrase describes the organisation its name names
        start, stop = match.start(), end.idx + len(end)
        if _inside(start, stop, blocked) or _in_quote_marks(body, start, stop):
            continue
        surface = body[start:stop]
        name = " ".join(surface.split())
        name = name[0].upper() + name[1:]
        mentions.append(Mention(start, stop, surface, name, "organization", roles[match.group(1).lower()], "entity"))
    return mentions


def _named_mentions(parsed: ParsedArticle) -> list[Mention]:
    """Gazetteer actors, people (surnames resolved to the full name) and plausible unknown organisations."""
    body = parsed.article.body
    known = _gazetteer_roles()
    blocked = _blocked_spans(parsed)
    full_names: dict[str, str] = {}
    for ent in parsed.doc.ents:
        if ent.ent_id_ in known and known[ent.ent_id_][0] == "person":
            full_names[ent[-1].text] = ent.ent_id_
            full_names[ent.ent_id_.split()[-1]] = ent.ent_id_
        elif ent.label_ == "PER" and len(ent) > 1 and not _ELISION.match(ent.text):
            full_names.setdefault(ent[-1].text, _without_honorific(ent).text)
    mentions: list[Mention] = []
    # A name the recogniser calls an organisation more than once is one, whatever its place in the sentence.
    recurring = Counter(e.text for e in parsed.doc.ents if e.label_ == "ORG" and any(t.pos_ == "PROPN" for t in e))
    collectives = _collective_mentions(parsed)
    learned: dict[str, str | None] = {}
    brands: set[str] = set()
    for whole in parsed.doc.ents:
        ent, inner_role = _without_head_noun(_without_honorific(whole))
        start, end = ent.start_char, ent.end_char
        if _inside(start, end, blocked):
            continue
        surface = body[start:end]
        described = inner_role or _apposition_role(parsed, ent[0])
        if ent.ent_id_ in known:
            kind, role = known[ent.ent_id_]
            mentions.append(Mention(start, end, surface, ent.ent_id_, kind, role, "gazetteer"))
        elif _ELISION.match(ent.text) or _in_quote_marks(body, start, end) or not ent.text[:1].isupper():
            continue
        elif (
            mentions
            and mentions[-1].source == "gazetteer"
            and not body[mentions[-1].end : start].strip()
            and not (ent.label_ == "PER" and mentions[-1].kind == "organization")
        ):
            # « Skydance Media »: the rest of a known name the gazetteer matched in part; a person named right after
            # an organisation is no part of its name (« confie à l'AFP Marc Roy »).
            continue
        elif (prefixed := _known_prefix(ent.text)) is not None:
            kind, role = known[prefixed]
            mentions.append(Mention(start, end, surface, prefixed, kind, role, "gazetteer"))
        elif any(c.start < end and start < c.end for c in collectives):
            continue  # 'Association des comédiens de doublage': the collective phrase names it
        elif described is not None:
            # 'l'éditeur français Ubisoft', 'la start-up X': the noun says the name is an organisation, whatever
            # the model's label, and gives its role.
            learned[ent.text] = described[0]
            mentions.append(Mention(start, end, surface, ent.text, "organization", described[0], "entity"))
        elif len(ent) == 1 and ent.text in full_names:
            # The model tags a lone surname as ORG or MISC as often as PER: the full name seen decides.
            name = full_names[ent.text]
            mentions.append(Mention(start, end, surface, name, "person", known.get(name, ("", None))[1], "entity"))
        elif ent.label_ == "PER" and _ACRONYM.fullmatch(ent.text):
            mentions.append(Mention(start, end, surface, ent.text, "organization", None, "entity"))
        elif ent.label_ == "PER" and ent[0].pos_ in {"PROPN", "NOUN"} and _listed_as_brand(ent):
            brands.add(ent.text)
            mentions.append(Mention(start, end, surface, ent.text, "organization", "brand", "entity"))
        elif (ent.label_ == "PER" and ent[0].pos_ in {"PROPN", "NOUN"}) or (
            ent.label_ == "ORG" and _listed_among_people(ent)
        ):
            mentions.append(Mention(start, end, surface, ent.text, "person", None, "entity"))
        elif (
            (ent.label_ == "ORG" and (_plausible_unknown_org(list(ent)) or recurring[ent.text] > 1))
            or _shortens(ent.text, mentions)
            or (len(ent) > 1 and ent[0].lower_ in _named_heads())
        ):
            # « la Confédération paysanne », « l'Agence X », tagged a place or a thing: the noun that opens the name
            # names an organisation.
            mentions.append(Mention(start, end, surface, ent.text, "organization", None, "entity"))
    mentions += [c for c in collectives if all(c.end <= m.start or m.end <= c.start for m in mentions)]
    mentions += _learned_mentions(parsed, learned, [(m.start, m.end) for m in mentions])
    covered = [(m.start, m.end) for m in mentions]
    for token in parsed.doc:
        # A surname the model did not tag at all.
        span = (token.idx, token.idx + len(token))
        if token.text in full_names and not _inside(*span, covered) and not _inside(*span, blocked):
            name = full_names[token.text]
            mentions.append(Mention(*span, token.text, name, "person", known.get(name, ("", None))[1], "entity"))
    mentions += _titled_unknown_names(parsed, [(m.start, m.end) for m in mentions] + blocked)
    # A name once listed as a brand is the brand wherever the article names it.
    mentions = [replace(m, kind="organization", role="brand") if m.name in brands else m for m in mentions]
    mentions = _first_kind_kept(sorted(mentions, key=lambda m: m.start))
    author = parsed.article.author
    return [m for m in mentions if not _is_author(m.name, author)]


def _titled_unknown_names(parsed: ParsedArticle, covered: list[tuple[int, int]]) -> list[Mention]:
    """« Le directeur sportif de X, Grischa Niermann, estime … »: capitalised words set off by a comma right after a
    person's title (within its clause), which the recogniser missed or cut, name a person."""
    doc, body = parsed.doc, parsed.article.body
    titles = _title_heads()
    particles = set(rules.load("descriptions")["name_particles"])
    found = []
    for comma in doc[:-2]:
        if comma.text != ",":
            continue
        last = comma.i
        index = comma.i + 1
        while index < len(doc):
            word = doc[index]
            if _NAME_WORD.fullmatch(word.text):
                last = index
            elif not (word.lower_ in particles and index + 1 < len(doc) and _NAME_WORD.fullmatch(doc[index + 1].text)):
                break
            index += 1
        words = [t for t in doc[comma.i + 1 : last + 1] if _NAME_WORD.fullmatch(t.text)]
        after = doc[last + 1] if last + 1 < len(doc) else None
        if len(words) < 2 or after is None or not (after.text == "," or after.pos_ in {"VERB", "AUX"}):
            continue
        clause = doc[max(comma.sent.start, comma.i - 8) : comma.i]
        if not any(t.pos_ == "NOUN" and t.lemma_.lower() in titles for t in clause):
            continue
        start, end = doc[comma.i + 1].idx, doc[last].idx + len(doc[last])
        if any(s < end and start < e for s, e in covered):
            continue
        found.append(Mention(start, end, body[start:end], body[start:end], "person", None, "entity"))
    return found


_NAME_WORD = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?")


def _first_kind_kept(mentions: list[Mention]) -> list[Mention]:
    """« Le groupe Ardel … D'après le communiqué, Ardel a vendu … »: a one-word name the article first names as an
    organisation stays one where the recogniser later tags it a person (a person's surname alone is resolved to
    the full name before this). `mentions` in text order."""
    first: dict[str, Mention] = {}
    for mention in mentions:
        first.setdefault(mention.name, mention)
    return [
        replace(m, kind="organization", role=first[m.name].role)
        if m.kind == "person" and first[m.name].kind == "organization" and " " not in m.name
        else m
        for m in mentions
    ]


def _apposition_windows(parsed: ParsedArticle, mention: Mention) -> list[tuple[int, int]]:
    """Spans next to a name that may hold its title: 'Le co-chef, X' before it, 'X, co-CEO de Y,' after it."""
    body = parsed.article.body
    sent_start, sent_end = _sentence_bounds(parsed, mention.start)
    windows = []
    before = body[sent_start : mention.start].rstrip()
    # « son avocat, Me X »: the honorific the name was stripped of stands between the title and the name.
    honorific = next((h for h in _honorifics() if before.lower().endswith(" " + h)), None)
    before = before[: -len(honorific)].rstrip() if honorific else before
    before = before[:-1].rstrip() if before.endswith(",") else before
    clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(before)), default=0)
    if len(before[clause_start:].split()) > _MAX_BEFORE_WORDS:
        # « …, a déclaré le secrétaire général de Y, X »: the title that opens the words right before the name.
        titles = list(_title_pattern().finditer(before.lower(), clause_start))
        clause_start = titles[-1].start() if titles else clause_start
    if len(before[clause_start:].split()) <= _MAX_BEFORE_WORDS:
        windows.append((sent_start + clause_start, sent_start + len(before)))
    after_start = mention.end
    rest = body[after_start:sent_end]
    stripped = rest.lstrip()
    if stripped.startswith((",", "(")):
        offset = after_start + len(rest) - len(stripped) + 1
        tail = body[offset:sent_end]
        stop = _CLAUSE_BREAK.search(tail)
        length = stop.start() if stop else len(tail)
        # « X, a reçu le ministre Y »: where a verb starts, the words are no longer an apposition of X.
        span = parsed.doc.char_span(offset, offset + length, alignment_mode="contract")
        verb = next((t for t in span or [] if t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm", [])), None)
        length = verb.idx - offset if verb is not None else length
        if length <= _MAX_AFTER_CHARS:
            windows.append((offset, offset + length))
    return windows


def _names_next(body: str, end: int, people_starts: list[int]) -> bool:
    """Whether a person's name follows a window right after its comma."""
    rest = body[end : end + 3]
    if not rest.startswith(","):
        return False
    after = end + 1 + len(body[end + 1 :]) - len(body[end + 1 :].lstrip())
    return after in people_starts


def _named_actors(parsed: ParsedArticle, named: list[Mention]) -> tuple[dict[str, _Named], list[tuple[int, int, str]]]:
    """Kind, role and titles of every named actor, and the apposition windows that belong to each one."""
    body = parsed.article.body
    titles = rules.load("descriptions")["person_titles"]
    org_types = rules.load("descriptions")["org_types"]
    seen: dict[str, set[str]] = {}
    roles: dict[str, str | None] = {}
    kinds: dict[str, str] = {}
    owned: list[tuple[int, int, str]] = []
    affiliations: dict[str, str] = {}
    genders: dict[str, set[str]] = {}
    feminine: set[str] = set()
    described: set[str] = set()
    people_starts = [m.start for m in named if m.kind == "person"]
    for mention in named:
        kinds[mention.name] = mention.kind
        roles.setdefault(mention.name, mention.role)
        for start, end in _apposition_windows(parsed, mention):
            if start >= mention.end and _names_next(body, end, people_starts):
                continue  # « X, le directeur de l'usine, Paul Roy, a dit »: the title between two names is Roy's
            text = body[start:end]
            if mention.kind == "person":
                if _describes(parsed.doc.char_span(start, end, alignment_mode="contract")):
                    described.add(mention.name)
                matches = list(_title_pattern().finditer(text.lower()))
                found = [match.group(1) for match in matches]
                for match in matches:
                    # The gender the title gives the person it is next to (« la directrice », « le maire »).
                    title = parsed.doc.char_span(start + match.start(1), start + match.end(1), alignment_mode="expand")
                    if title is None or not len(title):
                        continue
                    gender = grammatical_gender(title.root)
                    genders.setdefault(mention.name, set()).update([gender] if gender else [])
                    if _shown_feminine(title.root):
                        feminine.add(mention.name)
                if found:
                    owned.append((start, end, mention.name))
                    employer = _organisation_in(named, start, end) or _possessed_by(body, named, start, end)
                    if employer:
                        affiliations.setdefault(mention.name, employer)
                seen.setdefault(mention.name, set()).update(found)
                if found and roles.get(mention.name) is None:
                    roles[mention.name] = titles[found[0]]
            elif roles.get(mention.name) is None:
                kind_match = _org_type_pattern().search(text.lower())
                if kind_match:
                    roles[mention.name] = org_types[kind_match.group(1)]
    gender_of = {name: _person_gender(found, name in feminine) for name, found in genders.items()}
    actors = {
        name: _Named(
            kinds[name],
            roles.get(name),
            frozenset(seen.get(name, ())),
            affiliations.get(name),
            gender_of.get(name),
            name in described,
        )
        for name in kinds
    }
    return actors, owned


def _describes(window: Span | None) -> bool:
    """Whether an apposition window holds a noun with its determiner (« le rapporteur général », « une
    habitante »): words that say who the person is, whether or not the title lexicon knows them."""
    return window is not None and any(t.pos_ == "NOUN" and any(c.dep_ == "det" for c in t.children) for t in window)


def _organisation_in(named: list[Mention], start: int, end: int) -> str | None:
    """The first organisation named inside a person's title window: their employer."""
    return next((m.name for m in named if m.kind == "organization" and start <= m.start < end), None)


_POSSESSIVES = {"son", "sa", "ses", "leur", "its", "their"}
_POSSESSOR_REACH = 400  # characters back to the organisation a possessive title refers to (about two sentences)


def _possessed_by(body: str, named: list[Mention], start: int, end: int) -> str | None:
    """« son président, X »: the organisation named last before a title with a possessive is the employer."""
    if not _POSSESSIVES & set(re.findall(r"\w+", body[start:end].lower())):
        return None
    before = [m for m in named if m.kind == "organization" and start - _POSSESSOR_REACH <= m.start < start]
    return before[-1].name if before else None


def _salience(parsed: ParsedArticle, named: list[Mention]) -> list[tuple[int, str, int]]:
    """Each mention's (start, actor, weight), a subject counting double: the subject is what a later description
    picks up."""
    weights = []
    for mention in named:
        span = parsed.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        subject = span is not None and span.root.dep_.startswith("nsubj")
        weights.append((mention.start, mention.name, 2 if subject else 1))
    return weights


def _most_salient(
    candidates: list[str], salience: list[tuple[int, str, int]], named: list[Mention], offset: int
) -> str | None:
    """The candidate named most often before `offset` (a description picks up what the reader has read, not what
    comes after it); ties go to the one named last before it."""
    if not candidates:
        return None
    counts: Counter[str] = Counter()
    for start, name, weight in salience:
        if start < offset:
            counts[name] += weight
    last_seen = {m.name: m.start for m in named if m.start < offset}
    return max(candidates, key=lambda name: (counts[name], last_seen.get(name, -1)))


def _preceding_word(body: str, start: int) -> str:
    words = body[:start].split()
    return words[-1].lower() if words else ""


def _title_mentions(
    parsed: ParsedArticle, named: list[Mention], actors: dict[str, _Named], owned: list[tuple[int, int, str]]
) -> list[Mention]:
    """Job titles that stand for a person of the article: 'le co-chef', 'Ted Sarandos, co-CEO', 'le responsable'."""
    body = parsed.article.body
    doc = parsed.doc
    titles = rules.load("descriptions")["person_titles"]
    salience = _salience(parsed, named)
    people = [name for name, actor in actors.items() if actor.kind == "person"]
    lede_end = parsed.lede_end()
    mentions = []
    for match in _title_pattern().finditer(body.lower()):
        start, end, title = match.start(), match.end(), match.group(1)
        span = doc.char_span(start, end, alignment_mode="expand")
        # The tagger often reads an epithet as an adjective (« la sexagénaire »): its article shows it is a noun.
        nominal = span is not None and span.root.pos_ == "ADJ" and _preceding_word(body, start) in DEFINITE_ARTICLES
        if span is None or (span.root.pos_ not in {"NOUN", "PROPN"} and not nominal):
            continue  # 'une utilisation responsable': the adjective, not the title
        owner = next((name for s, e, name in owned if s <= start and end <= e), None)
        previous = _preceding_word(body, start)
        gender = grammatical_gender(span.root)
        if owner is None:
            if previous in _PLURAL_DETERMINERS | _INDEFINITE and not body[:start].lower().rstrip().endswith("un des"):
                continue  # 'les patrons', 'un responsable': not anaphoric
            if not _definite(span.root):
                continue  # « X, actuel président de Y »: a title without determiner describes, it refers to nobody
            if _INDEFINITE_AFTER_TITLE.match(body, end):
                continue  # « le dirigeant d'un grand studio »: of something just introduced, so someone not named
            # « le patron de Valtane » is nobody named as the head of another organisation.
            heads = _employer_after(body, named, end)
            # « la ministre » is not the man the article calls « le maire »; past the lede, a title refers back.
            before = {m.name for m in named if m.start < start} if start >= lede_end else set(people)
            fitting = [
                name
                for name in people
                if (heads is None or actors[name].affiliation in {None, heads})
                and _agrees(actors[name].gender, gender)
                and name in before
            ]
            role = titles[title]
            if previous in _POSSESSIVES and role is not None:
                # « son avocat »: the lawyer of the person « son » stands for (the most salient one named before),
                # never that person. An epithet (« sa rivale ») is told apart by its gender and role instead.
                possessor = _most_salient([n for n in people if n in before], salience, named, start)
                fitting = [name for name in fitting if name != possessor]
            exact = [name for name in fitting if title in actors[name].titles]
            # A title that names its office (« le ministre de l'Économie », « le préfet d'Eure ») is nobody the
            # article gave neither that title nor its role.
            office = heads is None and _OFFICE_AFTER_TITLE.match(body, end)
            # An epithet with no role (« le technicien », « la sexagénaire ») may stand for anyone of its gender.
            same_role = [n for n in fitting if (role is None and not office) or (role and actors[n].role == role)]
            # Failing those, a person the article gives no title at all (« le gouverneur » for the one man named),
            # nor any description the lexicon does not know (« le rapporteur général, X »).
            untitled = [
                n
                for n in fitting
                if not office and actors[n].role is None and not actors[n].titles and not actors[n].described
            ]
            owner = _most_salient(exact or same_role or untitled, salience, named, start)
        if owner is None:
            continue
        elided = previous.endswith(("'", "’"))  # « l’attaquant »: no space between the article and the title
        if previous in DEFINITE_ARTICLES or elided:
            start = start - len(previous) - (0 if elided else 1)
        actor = actors[owner]
        employer = actor.affiliation or _employer_after(body, named, end)
        mentions.append(
            Mention(
                start,
                end,
                body[start:end],
                owner,
                "person",
                actor.role,
                "description",
                (title,),
                employer,
                actor.gender or gender,
            )
        )
    return mentions


def _introduced_epithets(parsed: ParsedArticle, named: list[Mention]) -> dict[str, tuple[str, int]]:
    """The nouns the article puts right before a person's name to say who they are (« l'attaquant belge Yannick
    Roos », « la romancière Agnès Vidal »), that no title lexicon lists: noun -> (person, index of the noun). A
    noun of people (speech_verbs person_noun_endings), never an organisation's (« le groupe Y »); a noun put
    before two people's names is neither's."""
    doc = parsed.doc
    organisation_nouns = set(rules.load("descriptions")["organization_heads"])
    titles = rules.load("descriptions")["person_titles"]
    endings = tuple(rules.load("speech_verbs")["person_noun_endings"])
    found: dict[str, tuple[str, int]] = {}
    ambiguous: set[str] = set()
    for mention in named:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand") if mention.kind == "person" else None
        if span is None:
            continue
        if span[0].i == 0:
            continue
        # The words right before the name, read off the text: the parser often starts a new clause at the name.
        index = span[0].i - 1
        while index > 0 and doc[index].pos_ == "ADJ":
            index -= 1
        noun = doc[index]
        if noun.pos_ != "NOUN" or "Plur" in noun.morph.get("Number", []) or not _definite(noun):
            continue
        word, lemma = noun.lower_, noun.lemma_.lower()
        if lemma in organisation_nouns or lemma in titles or word in titles or not word.endswith(endings):
            continue
        if word in found and found[word][0] != mention.name:
            ambiguous.add(word)
        found.setdefault(word, (mention.name, noun.i))
    return {word: owner for word, owner in found.items() if word not in ambiguous}


def _epithet_mentions(parsed: ParsedArticle, named: list[Mention]) -> list[Mention]:
    """« l'attaquant » after « l'attaquant belge Yannick Roos »: a noun the article introduced a person with stands
    for that person when it comes back with a definite determiner and no name of its own."""
    epithets = _introduced_epithets(parsed, named)
    if not epithets:
        return []
    body = parsed.article.body
    mentions = []
    for token in parsed.doc:
        owner = epithets.get(token.lower_)
        if owner is None or token.i <= owner[1] or token.pos_ != "NOUN" or not _definite(token):
            continue
        if any(c.dep_ in {"appos", "nmod"} and c.pos_ == "PROPN" and c.i > token.i for c in token.children):
            continue  # « l'attaquant Tom Roy »: a name of its own follows
        determiner = _determiner(token)
        start = determiner.idx if determiner is not None and determiner.i < token.i else token.idx
        end = token.idx + len(token)
        gender = grammatical_gender(token)
        mentions.append(
            Mention(start, end, body[start:end], owner[0], "person", None, "description", (token.lower_,), None, gender)
        )
    return mentions


# « le directeur général de Y », « d'Y », « du groupe Y », « the chief executive of Y »: up to two words (« du
# groupe ») between the title and the organisation's name.
_GENITIVE_AFTER_TITLE = re.compile(r"^\s*(?:de|d['’]|du|des|of)\s*(?:[^\W\d][\w-]*\s+){0,2}?$", re.I)


# « le ministre de l'Économie », « la directrice des Ressources humaines »: a capitalised complement of a title
# that names no organisation of the article names the office.
_INDEFINITE_AFTER_TITLE = re.compile(r"\s+(?:d['’]une?|de\s+plusieurs|d['’]autres)\s", re.IGNORECASE)
_OFFICE_AFTER_TITLE = re.compile(r"\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])[A-ZÉÈÀ]")


def _employer_after(body: str, named: list[Mention], end: int) -> str | None:
    """The organisation a title's genitive names right after it: the employer of the person the title stands
    for (« le directeur général de Valmet a ajouté », where the quote gives the name before)."""
    for mention in named:
        if mention.kind == "organization" and end <= mention.start <= end + 40:
            return mention.name if _GENITIVE_AFTER_TITLE.match(body[end : mention.start]) else None
    return None


def _determiner(token: Token) -> Token | None:
    return next((child for child in token.children if child.dep_ == "det"), None)


def _article(token: Token, determiners: set[str]) -> Token | None:
    """The definite article of a noun: its determiner (« la société »), or the article folded into its
    preposition (« du groupe », « au laboratoire »)."""
    det = _determiner(token)
    if det is not None:
        return det if det.lower_ in determiners and det.i < token.i else None
    case = next((c for c in token.children if c.dep_ == "case" and c.i == token.i - 1), None)
    if case is not None and "Def" in case.morph.get("Definite", []) and "Sing" in case.morph.get("Number", []):
        return case
    return None


def _heads_name(noun: str, surface: str) -> bool:
    """Whether a common noun is the first word of a name (« banque » heads « la Banque de Savoie »)."""
    words = [w for w in re.split(r"[\s'’]+", surface.lower()) if w]
    while words and words[0] in {"le", "la", "l", "les"}:
        words = words[1:]
    return bool(words) and words[0] == noun


def _definite(token: Token) -> bool:
    """Whether a noun has a definite or possessive determiner (« le patron », « son directeur »)."""
    determiner = _determiner(token)
    if determiner is None:
        return False
    return "Def" in determiner.morph.get("Definite", []) or "Yes" in determiner.morph.get("Poss", [])


def _qualifier_role(doc: Doc, token: Token) -> tuple[str | None, int]:
    """Role given by a complement right after the head ('le géant du streaming'), and the span end it adds."""
    qualifiers = rules.load("descriptions")["qualifiers"]
    window = doc[token.i + 1 : token.i + 5]
    for candidate in window:
        if candidate.is_punct:
            break
        role = qualifiers.get(candidate.lower_)
        # The complement must hang on the noun (« le géant du streaming »), not on a verb after it (« la société
        # exploitera la technologie »: the technology is the verb's object, not a kind of company).
        if role and token in candidate.ancestors:
            return role, candidate.idx + len(candidate)
    end = token
    while end.i + 1 < len(doc) and doc[end.i + 1].head.i == token.i and doc[end.i + 1].dep_ == "amod":
        end = doc[end.i + 1]
    return None, end.idx + len(end)


def _unnamed_introductions(doc: Doc) -> dict[str, int]:
    """Where the article first introduces a thing with an indefinite article and no name after it (« une
    plateforme de streaming »), by the lemma of its noun: a later « la plateforme » is that thing. Read once an
    article."""
    first: dict[str, int] = {}
    for token in doc:
        if token.pos_ != "NOUN" or token.lemma_.lower() in first:
            continue
        indefinite = any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in token.children)
        named = token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN"
        if indefinite and not named:
            first[token.lemma_.lower()] = token.i
    return first


def _fallback_owners(role: str | None, actors: dict[str, _Named]) -> list[str]:
    """Organisations a business description ('la plateforme') may stand for when none of its own role is named.

    An article about a company the gazetteer does not know (or knows under another role) still calls it 'la
    plateforme' or 'la start-up'; a union or a regulator description never falls back to a company.
    """
    loose = set(rules.load("descriptions")["fallback_roles"])
    if role not in loose:
        return []
    return [name for name, actor in actors.items() if actor.kind == "organization" and actor.role in loose | {None}]


COMPANY = "company"  # the role of « l'entreprise », « le groupe »: any organisation but a union, regulator…


def may_be_company(role: str | None) -> bool:
    """Whether an organisation of this role may be a company: not a union, a regulator, a trade body."""
    return role not in rules.load("descriptions")["non_company_roles"]


def _may_be(actual: str | None, described: str | None) -> bool:
    """Whether an organisation of role `actual` fits a description of role `described` (None: any)."""
    if described == COMPANY:
        return may_be_company(actual)
    return described is None or actual == described


def _organization_mentions(parsed: ParsedArticle, named: list[Mention], actors: dict[str, _Named]) -> list[Mention]:
    """'la plateforme', 'le géant du streaming', 'la société' -> the most salient organisation of that role."""
    body = parsed.article.body
    descriptions = rules.load("descriptions")
    heads: dict[str, str | None] = descriptions["organization_heads"]
    determiners = set(descriptions["determiners"])
    salience = _salience(parsed, named)
    organizations = [name for name, actor in actors.items() if actor.kind == "organization"]
    name_starts = {m.start for m in named}
    mentions = []
    named_heads = _named_heads()
    lede_end = parsed.lede_end()
    unnamed = _unnamed_introductions(parsed.doc)
    for token in parsed.doc:
        lemma = token.lemma_.lower()
        common = token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.text.islower())  # « l'institut »
        if lemma not in heads.keys() | named_heads or not common or "Plur" in token.morph.get("Number", []):
            continue
        det = _article(token, determiners)
        if det is None:
            continue
        if token.text[:1].isupper() and not det.is_sent_start:
            continue  # « la Banque centrale X »: a capital inside the sentence makes a name, not a description
        following = parsed.doc[token.i + 1 : token.i + 5]
        if any(t.idx in name_starts and _apposition_role(parsed, t) is not None for t in following):
            continue  # 'la plateforme Netflix', 'l'éditeur français Ubisoft': the name itself is the mention
        qualifier_role, end = _qualifier_role(parsed.doc, token)
        if lemma in named_heads:
            # « l'institut » after « l'Institut national de … »: the organisation whose name this noun heads.
            headed = [m.name for m in named if m.start < token.idx and _heads_name(lemma, body[m.start : m.end])]
            owner = headed[-1] if headed else None
        else:
            role = heads[lemma] if heads[lemma] not in {None, COMPANY} else qualifier_role or heads[lemma]
            # A description refers back, to an organisation the article has named before it; in the lede, before
            # any name, to the one the headline named (« Le groupe a publié … », then « Le bénéfice de X … »).
            before = {m.name for m in named if m.start < token.idx}
            fitting = [name for name in organizations if _may_be(actors[name].role, role)]
            candidates = [name for name in fitting if name in before] or (fitting if token.idx < lede_end else [])
            # « une plateforme de streaming … La plateforme assure … »: the one the article introduced without a
            # name, not an organisation of another role.
            introduced = unnamed.get(lemma, len(parsed.doc)) < token.i
            fallback = [] if introduced else _fallback_owners(role, actors)
            owner = _most_salient(candidates or fallback, salience, named, token.idx)
        if owner is None or owner not in actors:
            continue
        start = det.idx if det.i < token.i else token.idx
        mentions.append(Mention(start, end, body[start:end], owner, "organization", actors[owner].role, "description"))
    return mentions


def _group_span(doc: Doc, first: Token, last: Token) -> tuple[int, int]:
    """Widen a group noun to its determiners and adjectives: 'de nombreux artistes', 'les scénaristes hollywoodiens'."""
    quantifiers = set(rules.load("groups")["quantifiers"])
    head = last if last.i > first.i else first
    left = first.i
    while left > 0:
        previous = doc[left - 1]
        attached = previous.head.i == head.i and previous.dep_ in {"det", "amod", "nummod"}
        if not (attached or previous.lower_ in quantifiers):
            break
        left -= 1
    right = last.i
    while right + 1 < len(doc) and doc[right + 1].head.i == head.i and doc[right + 1].dep_ == "amod":
        right += 1
    return doc[left].idx, doc[right].idx + len(doc[right])


def _counted(token: Token) -> bool:
    """« 777 000 abonnés », « 2,4 millions d'abonnés »: the noun is counted by a number, itself or through its head."""
    numbered = (token, token.head) if token.dep_ == "nmod" else (token,)
    return any(
        child.dep_ == "nummod" or (child.dep_ == "det" and child.pos_ == "NUM")  # « 777 000 »: a det 000
        for noun in numbered
        for child in noun.children
    )


def _is_group_noun(token: Token, entry: dict[str, object]) -> bool:
    if token.dep_ == "amod" or token.pos_ not in {"NOUN", "ADJ", "PROPN"}:
        return False
    if token.pos_ == "ADJ" and _determiner(token) is None:
        return False  # an adjective only names a group when used as a noun ('les créatifs')
    if _counted(token) and not token.dep_.startswith("nsubj"):
        # « a gagné 2,4 millions d'abonnés »: a number of them, not an actor (« 3 000 comédiens ont manifesté » is).
        return False
    plural = "Plur" in token.morph.get("Number", []) or token.lower_.endswith(("s", "x"))
    singular_words = entry.get("singular_ok", [])
    singular_ok = isinstance(singular_words, list) and bool({token.lemma_.lower(), token.lower_} & set(singular_words))
    return plural or singular_ok or not entry.get("plural_only", True)


def _group_mentions(parsed: ParsedArticle) -> list[Mention]:
    """Collective actors from the group lexicon: phrases first, then head nouns with any determiner."""
    body = parsed.article.body
    doc = parsed.doc
    lower = doc_text(doc).lower()
    blocked = _blocked_spans(parsed)
    mentions: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for pattern, entry in _group_phrases():
        for match in pattern.finditer(lower):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None or _inside(span.start_char, span.end_char, taken):
                continue
            start, end = _group_span(doc, span[0], span.root)
            end = max(end, span.end_char)
            taken.append((start, end))
            mentions.append(Mention(start, end, body[start:end], str(entry["name"]), "group", _role(entry), "group"))
    heads = _group_heads()
    for token in doc:
        group = heads.get(token.lemma_.lower()) or heads.get(token.lower_)
        if group is None or not _is_group_noun(token, group) or _inside(token.idx, token.idx + 1, taken):
            continue
        start, end = _group_span(doc, token, token)
        mentions.append(Mention(start, end, body[start:end], str(group["name"]), "group", _role(group), "group"))
    return [m for m in mentions if not _inside(m.start, m.end, blocked)]


def _role(entry: dict[str, object]) -> str | None:
    role = entry.get("role")
    return str(role) if role else None


def _joint_descriptions(parsed: ParsedArticle, named: list[Mention]) -> list[Mention]:
    """« Disney et NBCUniversal attaquent X … Les studios affirment … »: a definite plural of an organisation noun
    stands for the organisations the article last named together (« X et Y »), who speak together, the first named
    first (as coordinated subjects do)."""
    body, doc = parsed.article.body, parsed.doc
    heads = rules.load("descriptions")["organization_heads"]
    organisations = [m for m in named if m.kind == "organization"]
    pairs = [
        (first, second)
        for first, second in pairwise(organisations)
        if body[first.end : second.start].strip().lower() in {"et", "and"} and first.name != second.name
    ]
    found = []
    for token in doc:
        if token.pos_ != "NOUN" or "Plur" not in token.morph.get("Number", []) or token.lemma_.lower() not in heads:
            continue
        article = next((c for c in token.children if c.dep_ == "det" and c.lower_ in {"les", "ces"}), None)
        joint = [first for first, second in pairs if second.end <= token.idx]
        if article is None or not joint or article.i != token.i - 1:
            continue
        found.append(
            Mention(
                article.idx,
                token.idx + len(token),
                body[article.idx : token.idx + len(token)],
                joint[-1].name,
                "organization",
                None,
                "description",
            )
        )
    return found


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Names win over descriptions, descriptions over groups; the longer span wins within a source."""
    ranked = sorted(mentions, key=lambda m: (_SOURCE_PRIORITY.get(m.source, 9), -(m.end - m.start), m.start))
    kept: list[Mention] = []
    for mention in ranked:
        if all(mention.end <= other.start or other.end <= mention.start for other in kept):
            kept.append(mention)
    return sorted(kept, key=lambda m: m.start)


def _with_titles(named: list[Mention], actors: dict[str, _Named]) -> list[Mention]:
    """Named mentions carrying the role and titles learnt from appositions anywhere in the article."""
    out = []
    for mention in named:
        actor = actors[mention.name]
        out.append(
            Mention(
                mention.start,
                mention.end,
                mention.surface,
                mention.name,
                mention.kind,
                mention.role or actor.role,
                mention.source,
                tuple(sorted(actor.titles)),
                actor.affiliation if mention.kind == "person" else None,
                actor.gender if mention.kind == "person" else None,
            )
        )
    return out


def initials(name: str) -> str:
    """The acronym a long name is known by: the first letters of its words, function words left out
    (Institut national de la statistique -> INS; Centre national du cinéma -> CNC)."""
    function_words = set(rules.load("descriptions")["name_function_words"])
    words = [w for w in re.split(r"[\s'’-]+", name) if w and w.lower() not in function_words]
    letters = "".join(w[0] for w in words).upper()
    return "".join(c for c in unicodedata.normalize("NFD", letters) if not unicodedata.combining(c))


def _under_acronyms(named: list[Mention], body: str) -> list[Mention]:
    """An organisation named in full and by its acronym in one article is one actor, under the acronym: the
    acronym is named on its own or follows the full name in brackets (« Long Nom (LN) »)."""
    acronyms = {m.name.upper(): m.name for m in named if m.kind == "organization" and " " not in m.name}
    for mention in named:
        bracketed = _BRACKETED_ACRONYM.match(body, mention.end)
        if mention.kind == "organization" and bracketed:
            acronyms.setdefault(bracketed.group(1).upper(), bracketed.group(1))
    renamed = []
    for mention in named:
        letters = initials(mention.name) if mention.kind == "organization" else ""
        # The acronym may keep only the first words' letters (Centre national du cinéma et de l'image -> CNC).
        short = next((acronyms[a] for a in acronyms if len(a) >= 3 and letters.startswith(a)), None)
        if short is not None and len(mention.name.split()) >= 3 and mention.source != "gazetteer":
            mention = replace(mention, name=short)
        renamed.append(mention)
    return renamed


def _longer_names(short: str, named: Iterable[Mention]) -> set[str]:
    """The organisations' names among `named` that `short` is the first words of (« Telvia » of « Telvia
    Semiconductor »)."""
    return {m.name for m in named if m.kind == "organization" and m.name.startswith(short + " ")}


def _shortens(text: str, named: list[Mention]) -> bool:
    """Whether a name is the first words of an organisation's name given before (« Telvia » after « Telvia
    Semiconductor »), whatever label the recogniser gives the short form (often a place)."""
    return bool(_longer_names(text, named))


def _under_full_names(named: list[Mention]) -> list[Mention]:
    """« Veltra Semiconductor … Veltra said »: an organisation's short name, the first words of the one longer name
    the article gave it before, is that organisation (as a surname is the person's)."""
    renamed = []
    for mention in named:
        # A lone word the recogniser calls a person is the organisation too (« Harlow Foods … Harlow was »), when
        # no person of that name was named before.
        lone = mention.kind == "person" and " " not in mention.name
        if (mention.kind == "organization" or lone) and mention.source != "gazetteer":
            longer = _longer_names(mention.name, (m for m in named if m.start < mention.start))
            if len(longer) == 1:
                mention = replace(mention, name=longer.pop(), kind="organization")
        renamed.append(mention)
    return renamed


@cache
def _english_title_words() -> frozenset[str]:
    return frozenset(word for title in rules.load("en/descriptions")["person_titles"] for word in title.split())


def without_titles(words: list[Token]) -> list[Token]:
    """« Mayor Lisa Chen », « Prime Minister Ann Lee », « Labour MP Jo Hale »: a person's name is what follows the
    last title in front of it (en/descriptions.json); the last word always stays."""
    titles = _english_title_words()
    last_title = max((i for i, word in enumerate(words[:-1]) if word.lower_.rstrip(".") in titles), default=-1)
    return words[last_title + 1 :]


def _entity_mentions(parsed: ParsedArticle) -> list[Mention]:
    """Where only the entity recogniser serves (English): its people and organisations, a surname standing for
    the full name seen before it and a leading article dropped (« the Walt Disney Company »)."""
    kinds = {"PERSON": "person", "PER": "person", "ORG": "organization"}
    mentions: list[Mention] = []
    full_names: dict[str, str] = {}
    blocked = _blocked_spans(parsed)
    for ent in parsed.doc.ents:
        if _inside(ent.start_char, ent.end_char, blocked):
            continue
        kind = kinds.get(ent.label_) or (
            "organization" if _shortens(ent.text, mentions) or _acting_place(ent) else None
        )
        words = [t for t in ent if not (t.pos_ == "DET" and t.i == ent.start)]
        words = without_titles(words) if kind == "person" else words
        if kind is None or not words or not words[0].text[:1].isupper() or _opening_plural(words):
            continue
        start, end = words[0].idx, ent.end_char
        surface = parsed.article.body[start:end]  # the body: doc.text would be rebuilt for every entity
        name = surface.removesuffix("'s").removesuffix("’s")
        kind = "organization" if _ACRONYM.fullmatch(name) else kind
        role = None
        if (known := gazetteer_aliases().get(name.lower())) is not None:
            # An actor the gazetteer knows keeps its kind and role whatever the recogniser's label (a company the
            # model tags as a person after a list of people's names).
            name = known
            kind, role = _gazetteer_roles()[known]
        elif kind == "organization" and name in full_names:
            kind = "person"  # « Neil Hartley … Hartley, 47, said »: the surname, which the recogniser tagged otherwise
        if kind == "person" and len(words) > 1:
            full_names[words[-1].text] = name
        elif kind == "person":
            name = full_names.get(name, name)
        mentions.append(Mention(start, end, surface, name, kind, role, "entity"))
    mentions = _headed_organisations(parsed, mentions + _suffixed_organisations(parsed, mentions, blocked), blocked)
    mentions = _surnamed_people(sorted(mentions, key=lambda m: m.start))
    things = _said_of_things(parsed, {m.name for m in mentions if m.kind == "person"})
    mentions = [replace(m, kind="organization") if m.name in things else m for m in mentions]
    author = parsed.article.author
    named = _under_acronyms([m for m in mentions if not _is_author(m.name, author)], parsed.article.body)
    named = _under_full_names(named)
    return sorted(named + _english_descriptions(parsed, named), key=lambda m: m.start)


def _opening_plural(words: list[Token]) -> bool:
    """« Tenants' groups welcomed … »: a plural common noun is capitalised because it opens the sentence; the
    recogniser that tags it an organisation mistakes it for a name."""
    return len(words) == 1 and bool(words[0].is_sent_start) and words[0].tag_ == "NNS"


def _headed_organisations(
    parsed: ParsedArticle, mentions: list[Mention], blocked: list[tuple[int, int]]
) -> list[Mention]:
    """« carmaker Orvex », « AI start-up Vocalis »: a name right after a business noun (en/descriptions.json
    organization_heads) is an organisation's, which the recogniser missed or took for a person; so is that name
    wherever the article repeats it."""
    doc, body = parsed.doc, parsed.article.body
    names = set()
    for found in _headed_name_pattern().finditer(body):
        span = doc.char_span(found.start("name"), found.end("name"), alignment_mode="expand")
        # Proper nouns, not a date or a place (« the company Monday », « the carmaker in Germany »).
        proper = span is not None and all(t.pos_ == "PROPN" and t.ent_type_ not in _NOT_NAMES for t in span)
        if proper and not _inside(found.start("name"), found.end("name"), blocked):
            names.add(found["name"])
    if not names:
        return mentions
    kept = [replace(m, kind="organization") if m.name in names and m.kind == "person" else m for m in mentions]
    taken = [(m.start, m.end) for m in kept] + blocked
    for name in names:
        for found in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", body):
            if not any(s < found.end() and found.start() < e for s, e in taken):
                kept.append(Mention(found.start(), found.end(), name, name, "organization", None, "entity"))
    return kept


_NOT_NAMES = {"DATE", "TIME", "GPE", "LOC"}


@cache
def _headed_name_pattern() -> re.Pattern[str]:
    heads = "|".join(re.escape(head) for head in rules.load("en/descriptions")["organization_heads"])
    # The business noun in lower case, then one to three capitalised words.
    return re.compile(rf"(?<![\w-])(?:{heads})s?\s+(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){{0,2}})")


def _suffixed_organisations(
    parsed: ParsedArticle, mentions: list[Mention], blocked: list[tuple[int, int]]
) -> list[Mention]:
    """« Harlow Foods reported … », « Orvex Holdings plc »: capitalised proper nouns ending in a word that only ends a
    company's or an institution's name (en/descriptions.json company_suffixes, named_heads), which the recogniser
    missed: an organisation."""
    descriptions = rules.load("en/descriptions")
    suffixes = {word.lower() for word in descriptions["company_suffixes"]} | set(descriptions["named_heads"])
    taken = [(m.start, m.end) for m in mentions] + blocked
    found = []
    doc = parsed.doc
    for token in doc:
        if token.lower_.rstrip(".") not in suffixes or not token.text[:1].isupper() or token.i == 0:
            continue
        first = token.i
        while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper():
            first -= 1
        if first == token.i or (first == doc[first].sent.start and doc[first].lower_ == "the"):
            continue  # a suffix alone names no one
        start, end = doc[first].idx, token.idx + len(token)
        if any(s < end and start < e for s, e in taken):
            continue
        surface = parsed.article.body[start:end]
        found.append(Mention(start, end, surface, surface, "organization", None, "entity"))
    return found


def _surnamed_people(mentions: list[Mention]) -> list[Mention]:
    """« The minister, Clare Hughes, … Ms Hughes told … »: a name of several words the recogniser calls an
    organisation is a person's when the article names a person by its last word alone; that surname is the person
    named in full."""
    surnames = {m.name for m in mentions if m.kind == "person" and " " not in m.name}
    full = {m.name.split()[-1]: m.name for m in mentions if m.kind == "organization" and " " in m.name}
    people = {full[surname] for surname in surnames if surname in full}
    result = []
    for mention in mentions:
        if mention.name in people:
            mention = replace(mention, kind="person")
        elif mention.kind == "person" and full.get(mention.name) in people:
            mention = replace(mention, name=full[mention.name])
        result.append(mention)
    return result


def _acting_place(entity: Span) -> bool:
    """A place name that is the subject of a verb (« Manchester City paid », « France signed »): a club, a company or
    a government named after a place, which the recogniser tags a place; it acts as an organisation."""
    return entity.label_ == "GPE" and entity.root.dep_ == "nsubj" and entity.root.head.pos_ == "VERB"


def _said_of_things(parsed: ParsedArticle, people: set[str]) -> set[str]:
    """Those of the names the English recogniser took for people that the sentence treats as organisations: a
    relative « which » on them, or on the names they are coordinated with (« Zipline and CityCab, which employ »),
    or a job title they employ (« Zipline's general counsel »)."""
    titles = _english_title_words()
    found = set()
    for ent in parsed.doc.ents:
        name = ent.text.removesuffix("'s").removesuffix("’s")
        if ent.label_ not in {"PERSON", "PER"} or name not in people:
            continue
        head = ent.root
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        group = [head, *(t for t in head.subtree if t.dep_ == "conj")]
        relatives = [c for t in group for c in t.children if c.dep_ == "relcl"]
        which = any(min(r.subtree, key=lambda t: t.i).lower_ == "which" for r in relatives)
        after = ent.doc[ent.end : ent.end + 4]
        employer = len(after) > 1 and after[0].lower_ in {"'s", "’s"} and any(t.lower_ in titles for t in after[1:])
        if which or employer:
            found.add(name)
    return found


def _english_descriptions(parsed: ParsedArticle, named: list[Mention]) -> list[Mention]:
    """« the company », « the studio's »: the most salient organisation named before the description (see
    _most_salient), as the French descriptions are resolved but with no role to match, which English names lack."""
    descriptions = rules.load("en/descriptions")
    heads, determiners = set(descriptions["organization_heads"]), set(descriptions["determiners"])
    # « the union » after « the Animation Workers Union », « the guild » after « the Writers Guild of America »: the
    # noun that heads an organisation's own name (its last word before « of », « for ») stands for it.
    own_heads = set(descriptions["named_heads"])
    # Every head is a business noun (« the company »): never a union's or a regulator's description, nor that of an
    # organisation whose own name says it is no business (« Oxford University », « the Writers Guild »).
    not_business = own_heads - heads
    # The agency a wire story is credited to (« LONDON (Reuters) - ») reports the story; it is never its company.
    agencies = wire_credits(parsed.article.body)
    organisations = [
        m
        for m in named
        if m.kind == "organization"
        and may_be_company(m.role)
        and _name_head(m.name) not in not_business
        and m.name not in agencies
    ]
    salience = _salience(parsed, organisations)
    names = [(e.start_char, e.end_char) for e in parsed.doc.ents]
    starts = {m.start for m in named}
    headed = {head: m.name for m in named if m.kind == "organization" and (head := _name_head(m.name)) in own_heads}
    # « SAG-AFTRA … the union said »: an organisation whose known role is such a noun (a union) is one too.
    for mention in named:
        if mention.kind == "organization" and mention.role is not None and mention.role in own_heads:
            headed.setdefault(mention.role, mention.name)
    found = []
    for token in parsed.doc:
        if token.pos_ != "NOUN" or "Plur" in token.morph.get("Number", []):
            continue
        own = headed.get(token.lower_)
        if own is None and token.lemma_.lower() not in heads:
            continue
        article = next((c for c in token.children if c.dep_ == "det" and c.lower_ in determiners), None)
        if article is None or _inside(token.idx, token.idx + len(token), names):
            continue  # « a company » is no one in particular; « the Walt Disney Company » is a name
        if token.i + 1 < len(parsed.doc) and parsed.doc[token.i + 1].idx in starts:
            continue  # « the carmaker Tesla »: the name that follows is the mention
        if own is not None:
            owner = own if any(m.name == own and m.end <= article.idx for m in named) else None
        else:
            before = sorted({m.name for m in organisations if m.end <= article.idx})
            owner = _most_salient(before, salience, organisations, article.idx)
        if owner is not None:
            end = token.idx + len(token)
            surface = parsed.article.body[article.idx : end]
            found.append(Mention(article.idx, end, surface, owner, "organization", None, "description"))
    return found


def _name_head(name: str) -> str:
    """The noun an English organisation's name is built on: its last word before « of » or « for », else its last
    word (Writers Guild of America -> guild, Animation Workers Union -> union), in lower case."""
    words = name.lower().split()
    cut = next((i for i, word in enumerate(words) if word in {"of", "for"} and i > 0), len(words))
    return words[cut - 1] if words else ""


def find_mentions(parsed: ParsedArticle) -> list[Mention]:
    """Every mention of an actor in text order: names, groups and definite descriptions, with canonical names."""
    if parsed.limited:
        return _agencies_as_media(_entity_mentions(parsed), parsed.article.body)
    named = _under_full_names(_under_acronyms(_named_mentions(parsed), parsed.article.body))
    actors, owned = _named_actors(parsed, named)
    blocked = _blocked_spans(parsed)
    described = _title_mentions(parsed, named, actors, owned) + _organization_mentions(parsed, named, actors)
    described += _epithet_mentions(parsed, named) + _joint_descriptions(parsed, named)
    described = [m for m in described if not _inside(m.start, m.end, blocked)]
    mentions = _without_overlaps(_with_titles(named, actors) + described + _group_mentions(parsed))
    return _agencies_as_media(mentions, parsed.article.body)


def _agencies_as_media(mentions: list[Mention], body: str) -> list[Mention]:
    """The agency credited at the head of a paragraph (« (AFP) - ») is where the text comes from: a medium wherever
    the article names it, never whose figures or stance the story reports."""
    agencies = wire_credits(body)
    return [replace(m, kind="organization", role="media") if m.name in agencies else m for m in mentions]
