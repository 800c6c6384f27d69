"""Stakeholders of an article and their stance towards the subject, backed by evidence spans; corpus-wide views."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from typing import Any

from spacy.tokens import Span, Token

from newsclaims.extract import rules
from newsclaims.extract.actors import Mention, gazetteer_aliases
from newsclaims.extract.stances import (
    CueHit,
    cue_hits,
    is_balanced,
    is_source_noun,
    label,
    matches_cue,
    mentions_topic,
    polarity,
)
from newsclaims.parse import ParsedArticle
from newsclaims.records import Article, Claim, Evidence, Quote, Stakeholder
from newsclaims.topic import Topic

_NOUN_LINKS = {"flat:name", "flat", "appos", "conj", "nmod", "acl:relcl", "dep", "amod", "det", "fixed"}
_VOICE_MARKERS = {"pour", "selon"}
_THREATENED = -0.6
_PROVOKED = -0.8
_MAX_EVIDENCE = 5
_NOT_ADOPTION = frozenset({"pro", "against", "safeguards"})
_OWN_WORDS = frozenset({"direct", "partial"})  # quote kinds in the speaker's own words
_MIN_PASSIVE_MENTIONS = 2  # an actor discussed this often is part of the story even if it never acts
_CORPORATE_SUFFIXES = {"ai", "inc", "inc.", "labs", "studios", "studio", "group", "groupe", "corp", "sa", "ltd", "llc"}
_ACRONYM_PAIR = re.compile(r"([A-ZÀ-Ý][\w'’\-]+(?: [\w'’\-]+){1,12}) \(([A-Z][A-Z0-9&\-]{1,15})\)")


@dataclass(frozen=True)
class Unit:
    """One piece of evidence: a body span, the stance score it carries for one actor and the cue that weighed
    most in it (None when no cue did)."""

    start: int
    end: int
    score: float
    cue: str | None = None
    balanced: bool = False  # « protéger X sans freiner l'innovation »: both sides held in one statement


def _sentence_of(parsed: ParsedArticle, offset: int) -> tuple[int, int]:
    for sentence in parsed.sentences:
        if sentence.start <= offset < sentence.end:
            return sentence.start, sentence.end
    return offset, offset


def _subtree_range(token: Token) -> tuple[int, int]:
    tokens = list(token.subtree)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def _sentence_unit(
    parsed: ParsedArticle,
    topic: Topic,
    start: int,
    end: int,
    families: frozenset[str] | None = None,
    quoted: tuple[tuple[int, int], ...] = (),
) -> Unit:
    """The sentence holding [start, end), scored by the cues inside [start, end): negation and hedging are read
    from the whole sentence. An adoption inside a quotation or reported speech (`quoted` spans) is judged where
    it is read as its speaker's words, not here: « X a déclaré : “depuis le lancement de Y…” » is no adoption
    by X."""
    sent_start, sent_end = _sentence_of(parsed, start)
    sentence = parsed.article.body[sent_start:sent_end]
    hits = [
        h
        for h in cue_hits(sentence, parsed.article.language, topic)
        if start <= sent_start + h.start < end
        and (families is None or h.family in families)
        and not (h.family == "adoption" and _inside(sent_start + h.start, quoted))
    ]
    balanced = is_balanced(sentence, hits, parsed.article.language)
    return Unit(sent_start, sent_end, sum(h.weight for h in hits), _strongest_cue(hits), balanced)


def _strongest_cue(hits: list[CueHit]) -> str | None:
    if not hits:
        return None
    strongest = max(hits, key=lambda h: abs(h.weight))
    return f"not {strongest.cue}" if strongest.negated else strongest.cue


def _has_voice_marker(token: Token) -> bool:
    return any(child.dep_ == "case" and child.lower_ in _VOICE_MARKERS for child in token.children)


def _inside(offset: int, spans: tuple[tuple[int, int], ...]) -> bool:
    return any(start <= offset < end for start, end in spans)


def _followed_by_verb(
    parsed: ParsedArticle, topic: Topic, mention: Mention, quoted: tuple[tuple[int, int], ...] = ()
) -> Unit | None:
    """Surface fallback when the parse is broken: 'X (ACRONYM) a appelé à...' makes X the subject."""
    body = parsed.article.body
    rest = body[mention.end :]
    offset = mention.end + len(rest) - len(rest.lstrip())
    if body.startswith("(", offset) and ")" in body[offset : offset + 40]:
        offset = body.index(")", offset) + 1
        offset += len(body[offset:]) - len(body[offset:].lstrip())
    elif body.startswith(")", offset) and "(" in body[max(0, mention.start - 1) : mention.start]:
        offset += 1  # the acronym in brackets after the full name: « X (ACRONYM) a appelé »
        offset += len(body[offset:]) - len(body[offset:].lstrip())
    span = parsed.doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None or span[0].pos_ not in {"AUX", "VERB"}:
        return None
    return _sentence_unit(parsed, topic, mention.start, _sentence_of(parsed, mention.start)[1], quoted=quoted)


def acting_unit(
    parsed: ParsedArticle, topic: Topic, mention: Mention, quoted: tuple[tuple[int, int], ...] = ()
) -> Unit | None:
    """What the article reports this mention saying or doing: its clause as subject, 'pour X,', victim, target."""
    span = parsed.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    fallback = None if span.root.dep_ == "nsubj:pass" else _followed_by_verb(parsed, topic, mention, quoted)
    if fallback is not None:
        return fallback
    node = span.root
    language = parsed.article.language
    for _ in range(4):
        sent_start, sent_end = _sentence_of(parsed, node.idx)
        if node.dep_ == "nsubj:pass" and not matches_cue(node.head.text, "threats", language, topic):
            # 'les comédiens sont rémunérés pour l'utilisation...': what is done to them is not their adoption.
            start, end = _subtree_range(node.head)
            return _sentence_unit(parsed, topic, start, end, _NOT_ADOPTION)
        if (node.dep_.startswith("nsubj") and node.dep_ != "nsubj:pass") or node.dep_ == "obl:agent":
            start, end = _subtree_range(node.head)
            return _sentence_unit(parsed, topic, start, end, quoted=quoted)
        if _has_voice_marker(node):
            return _sentence_unit(parsed, topic, sent_start, sent_end, quoted=quoted)
        if node.dep_ in {"obj", "nsubj:pass"} and matches_cue(node.head.text, "threats", language, topic):
            return Unit(sent_start, sent_end, _THREATENED, node.head.text)
        if node.dep_ == "nmod" and matches_cue(node.head.text, "provokes", language, topic):
            return Unit(sent_start, sent_end, _PROVOKED, node.head.text)
        if node.dep_ == "nmod" and is_source_noun(node.head.lemma_, language):
            return Unit(sent_start, sent_end, 0.0)  # « des chiffres de X »: a source cited, on no side
        if node.dep_ not in _NOUN_LINKS or node.head.i == node.i:
            return None
        node = node.head
    return None


def _said_units(parsed: ParsedArticle, name: str, quotes: list[Quote], claims: list[Claim], topic: Topic) -> list[Unit]:
    """What the actor says: quotes and reported claims whose speaker is them, French polarity as a weak signal."""
    records: list[Quote | Claim] = [*quotes, *claims]
    language = parsed.article.language
    units = []
    for record in records:
        if record.speaker != name or getattr(record, "source_kind", "quote") == "article":
            continue
        hits = cue_hits(record.text, language, topic)
        # « depuis le lancement de X, les vidéos prolifèrent »: what a speaker tells of someone else's adoption
        # is no adoption of theirs; « nous utilisons X », « notre déploiement », « il veut l'utiliser » are.
        reported = not _in_own_words(record)
        hits = [
            h for h in hits if h.family != "adoption" or _adopted_by_speaker(parsed, record.start + h.start, reported)
        ]
        score: float = sum(h.weight for h in hits)
        if language == "fr":  # textblob-fr reads French only
            score += float(rules.load("stance_cues")["textblob_weight"]) * polarity(record.text)
        if getattr(record, "frame", "neutral") == "distancing":
            score *= 0.5
        balanced = is_balanced(record.text, hits, language)
        units.append(Unit(record.start, record.end, score, _strongest_cue(hits), balanced))
    return units


def _in_quote_of_another(mention: Mention, quotes: list[Quote]) -> bool:
    """Whether the mention stands inside a direct or partial quote whose speaker is someone else."""
    return any(
        q.kind in _OWN_WORDS and q.start <= mention.start < q.end and q.speaker not in {None, mention.name}
        for q in quotes
    )


def _in_own_words(record: Quote | Claim) -> bool:
    """A direct or partial quote, or the claim made of one: the speaker's own words."""
    return record.kind in _OWN_WORDS if isinstance(record, Quote) else record.source_kind == "quote"


def _first_person(token: Token) -> bool:
    return "1" in token.morph.get("Person", []) or token.lower_ in {"i", "we", "us", "our", "my", "me"}


def _adopted_by_speaker(parsed: ParsedArticle, offset: int, reported: bool) -> bool:
    """Whether the adoption cue at `offset` of what a speaker says is the speaker's own act.

    The cue's subject decides, or the subject of the verb it completes (« nous voulons utiliser »): the first
    person is the speaker; in reported speech a third-person pronoun is too (« il veut utiliser »), and a
    reported clause without a subject of its own stays the speaker's (« affirme vouloir utiliser »). Any other
    subject (« les studios voudront utiliser ») is someone else's adoption, told by the speaker."""
    span = parsed.doc.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None:
        return False
    token = span[0]
    for _ in range(4):
        subjects = [child for child in token.children if child.dep_.startswith(("nsubj", "det", "poss"))]
        if any(_first_person(child) for child in subjects):
            return True
        subjects = [child for child in subjects if child.dep_.startswith("nsubj")]
        if subjects:
            return reported and all(child.pos_ == "PRON" and not _first_person(child) for child in subjects)
        if token.dep_ not in {"xcomp", "ccomp", "conj", "advcl"} or token.head.i == token.i:
            break
        token = token.head
    return reported


def _merge_units(units: list[Unit]) -> list[Unit]:
    """One unit per span: the same sentence reached through two mentions, or a quote nested in another, counts once."""
    kept: list[Unit] = []
    for unit in sorted(units, key=lambda u: (-abs(u.score), -(u.end - u.start), u.start)):
        if not any(_nested(unit, other) for other in kept):
            kept.append(unit)  # the strongest reading of a span wins; a span inside (or around) it adds nothing
    return sorted(kept, key=lambda u: u.start)


def _nested(one: Unit, other: Unit) -> bool:
    return (other.start <= one.start and one.end <= other.end) or (one.start <= other.start and other.end <= one.end)


def _evidence(parsed: ParsedArticle, units: list[Unit], stance: str) -> list[Evidence]:
    """The spans the stance rests on: strongest units of the stance's sign, or the first acting span."""
    body = parsed.article.body
    sign = {"pro": 1, "against": -1}.get(stance, 0)
    chosen = [u for u in units if (u.score * sign > 0 if sign else u.score != 0)]
    chosen = sorted(chosen, key=lambda u: -abs(u.score))[:_MAX_EVIDENCE] or units[:1]
    return [Evidence(body[u.start : u.end], u.start, u.end, u.cue) for u in sorted(chosen, key=lambda u: u.start)]


def _around(parsed: ParsedArticle, unit: Unit) -> str:
    """A unit with the sentences just before and after it: « Ils dénoncent une menace » is about the AI the
    previous sentence names."""
    inside = [i for i, s in enumerate(parsed.sentences) if s.start < unit.end and unit.start < s.end]
    if not inside:
        return parsed.article.body[unit.start : unit.end]
    first, last = max(0, inside[0] - 1), min(len(parsed.sentences) - 1, inside[-1] + 1)
    return parsed.article.body[parsed.sentences[first].start : parsed.sentences[last].end]


def build_stakeholders(
    parsed: ParsedArticle,
    mentions: list[Mention],
    quotes: list[Quote],
    claims: list[Claim],
    topic: Topic,
    on_topic: bool,
) -> list[Stakeholder]:
    """One record per actor that acts or speaks in the article, with its stance and evidence: every actor the
    mentions find, and every named speaker of a quote even where no mention names them. `on_topic` tells whether
    the whole article is about `topic` (stances.about_topic)."""
    quoted = tuple((q.start, q.end) for q in quotes)
    by_name: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_name[mention.name].append(mention)
    roles = {name: next((m.role for m in seen if m.role), None) for name, seen in by_name.items()}
    employers = {m.name: m.affiliation for m in mentions if m.affiliation}
    stakeholders = []
    for name, seen in by_name.items():
        # « X doit reconnaître sa responsabilité », said by Y: Y's demand on X, not an act of X.
        own = [m for m in seen if not _in_quote_of_another(m, quotes)]
        acted = [unit for unit in (acting_unit(parsed, topic, m, quoted) for m in own) if unit is not None]
        role = roles[name]
        if role in rules.load("stance_cues").get("reporter_roles", []):
            acted = [replace(unit, score=0.0) for unit in acted]  # reporting a fact is not taking a side
        # What its people say in their titled capacity (« X, directrice chez Y ») is said for the organisation too.
        spoken = [
            unit
            for member, employer in employers.items()
            if employer == name
            for unit in _said_units(parsed, member, quotes, claims, topic)
        ]
        units = _merge_units(acted + _said_units(parsed, name, quotes, claims, topic) + spoken)
        if not units and len(seen) < _MIN_PASSIVE_MENTIONS:
            continue  # named once in passing: not a stakeholder of this story
        if not units:
            start, end = _sentence_of(parsed, seen[0].start)
            units = [Unit(start, end, 0.0)]
        aliases = list(dict.fromkeys(m.surface for m in seen))
        # A person's own role sets their prior, else their employer's: the CEO of an AI vendor is for AI.
        prior = topic.role_prior(role) or topic.role_prior(roles.get(employers.get(name, "")))
        record = _stakeholder(parsed, topic, on_topic, name, seen[0].kind, role, prior, aliases, len(seen), units)
        stakeholders.append(record)
    ents = list(parsed.doc.ents)
    for name, said in _unmentioned_speakers(quotes, set(by_name)).items():
        units = _merge_units(_said_units(parsed, name, quotes, claims, topic))
        aliases = list(dict.fromkeys(q.speaker_surface or name for q in said))
        kind = _speaker_kind(ents, name)
        stakeholders.append(_stakeholder(parsed, topic, on_topic, name, kind, None, 0.0, aliases, len(said), units))
    return sorted(stakeholders, key=lambda s: (-s.mentions, s.name))


def _unmentioned_speakers(quotes: list[Quote], known: set[str]) -> dict[str, list[Quote]]:
    speakers: dict[str, list[Quote]] = defaultdict(list)
    for quote in quotes:
        if quote.speaker and quote.speaker not in known:
            speakers[quote.speaker].append(quote)
    return speakers


def _speaker_kind(ents: list[Span], name: str) -> str:
    """person when the entity recogniser calls the speaker's name a person; group when the name is a description
    (« les signataires », lower case: no proper name); else organization."""
    for ent in ents:
        if ent.text.endswith(name) or name.endswith(ent.text):
            return "person" if ent.label_ in {"PER", "PERSON"} else "organization"
    return "group" if name[:1].islower() else "organization"


def _stakeholder(
    parsed: ParsedArticle,
    topic: Topic,
    on_topic: bool,
    name: str,
    kind: str,
    role: str | None,
    prior: float,
    aliases: list[str],
    count: int,
    units: list[Unit],
) -> Stakeholder:
    # A stance is toward the topic: only what the actor says or does about it counts (everything, in an article
    # about the topic), and an actor who never touches it (a results article with no word of the topic) is
    # neutral toward it, whatever its role, and marked not engaged.
    engaged = [u for u in units if on_topic or mentions_topic(_around(parsed, u), parsed.article.language, topic)]
    scores = [u.score for u in engaged] + [prior] if engaged else [0.0]
    stance, score = label(scores)
    # A statement that holds both sides is mixed, unless other evidence tips the balance.
    read = [u for u in engaged if u.score]
    if any(u.balanced for u in read) and (stance == "neutral" or all(u.balanced for u in read)):
        stance = "mixed"
    evidence = _evidence(parsed, engaged or units, stance)
    return Stakeholder(name, kind, role, aliases, count, stance, score, evidence, engaged=bool(engaged))


def _strip_suffix(name: str) -> str:
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1].lower() in _CORPORATE_SUFFIXES else name


def canonical_names(articles: list[Article]) -> dict[str, str]:
    """Name -> canonical name across the corpus: gazetteer, surname/full name, acronym/expansion, brand/company."""
    known = gazetteer_aliases()
    counts: Counter[str] = Counter(s.name for a in articles for s in a.stakeholders)
    kinds = {s.name: s.kind for a in articles for s in a.stakeholders}
    mapping = {name: known.get(name.lower(), name) for name in counts}
    full_people = [n for n, k in kinds.items() if k == "person" and len(n.split()) > 1]
    for name, kind in kinds.items():
        if kind == "person" and len(name.split()) == 1:
            # Two full names of one person (« Robert Iger », « Bob Iger ») are one owner of the surname.
            owners = {mapping[full] for full in full_people if full.split()[-1] == name}
            if len(owners) == 1:
                mapping[name] = owners.pop()
        base = _strip_suffix(name)
        siblings = [other for other in kinds if other != name and _strip_suffix(other) == base]
        if kind == "organization" and siblings and mapping[name] == name:
            mapping[name] = max([name, *siblings], key=lambda n: (n in known.values(), counts[n], len(n)))
    for article in articles:
        for long_form, acronym in _ACRONYM_PAIR.findall(article.body):
            long_name = next((n for n in kinds if long_form.endswith(n) and len(n.split()) > 1), None)
            if long_name and acronym in kinds:
                target = acronym if acronym in known.values() or long_name not in known.values() else long_name
                mapping[long_name] = mapping[acronym] = mapping.get(target, target)
    return mapping


def _merge_stakeholders(stakeholders: list[Stakeholder]) -> Stakeholder:
    """Two records of one actor in one article: aliases and evidence joined, the better-attested stance kept."""
    main = max(stakeholders, key=lambda s: (s.mentions, abs(s.stance_score)))
    stances = {s.stance for s in stakeholders if s.stance != "neutral"}
    stance = "mixed" if {"pro", "against"} <= stances else main.stance
    evidence = {(e.start, e.end): e for s in stakeholders for e in s.evidence}
    aliases = list(dict.fromkeys(a for s in stakeholders for a in s.aliases))
    mentions = sum(s.mentions for s in stakeholders)
    return replace(
        main,
        aliases=aliases,
        mentions=mentions,
        stance=stance,
        evidence=sorted(evidence.values(), key=lambda e: e.start),
        engaged=any(s.engaged for s in stakeholders),
    )


def _renamed(article: Article, mapping: dict[str, str]) -> Article:
    groups: dict[str, list[Stakeholder]] = defaultdict(list)
    for stakeholder in article.stakeholders:
        groups[mapping.get(stakeholder.name, stakeholder.name)].append(stakeholder)
    merged = [replace(_merge_stakeholders(group), name=name) for name, group in groups.items()]

    def rename(value: str | None) -> str | None:
        return mapping.get(value, value) if value else value

    return replace(
        article,
        stakeholders=merged,
        quotes=[replace(q, speaker=rename(q.speaker)) for q in article.quotes],
        claims=[
            replace(
                c,
                speaker=rename(c.speaker),
                subject=rename(c.subject),
                actors=sorted({mapping.get(a, a) for a in c.actors}),
            )
            for c in article.claims
        ],
        figures=[replace(f, entity=rename(f.entity)) for f in article.figures],
    )


def unify_corpus(articles: list[Article]) -> list[Article]:
    """One canonical name per actor across the corpus (aliases merged)."""
    mapping = canonical_names(articles)
    return [_renamed(article, mapping) for article in articles]


def corpus_stances(articles: list[Article]) -> list[dict[str, Any]]:
    """The corpus view: one row per stakeholder with its stance per article (by date), counts and movement."""
    rows: dict[str, dict[str, Any]] = {}
    for article in sorted(articles, key=lambda a: (a.date or "", a.article_id)):
        for s in article.stakeholders:
            row = rows.setdefault(
                s.name,
                {
                    "name": s.name,
                    "kind": s.kind,
                    "role": s.role,
                    "articles": 0,
                    "mentions": 0,
                    "counts": {"pro": 0, "against": 0, "neutral": 0, "mixed": 0},
                    "by_article": [],
                },
            )
            row["articles"] += 1
            row["mentions"] += s.mentions
            row["counts"][s.stance] += 1
            row["by_article"].append(
                {
                    "article_id": article.article_id,
                    "title": article.title,
                    "date": article.date,
                    "stance": s.stance,
                    "stance_score": s.stance_score,
                }
            )
    for row in rows.values():
        dated = [entry for entry in row["by_article"] if entry["date"]]
        first, last = (dated[0], dated[-1]) if len(dated) > 1 else (None, None)
        row["movement"] = round(last["stance_score"] - first["stance_score"], 3) if first and last else 0.0
        row["first_stance"] = row["by_article"][0]["stance"]
        row["last_stance"] = row["by_article"][-1]["stance"]
        row["stance"] = max(row["counts"], key=lambda k: (row["counts"][k], k != "neutral"))
    return sorted(rows.values(), key=lambda r: (-r["articles"], -r["mentions"], r["name"]))
