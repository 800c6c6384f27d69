"""Stakeholders: who acts or speaks, their stance with evidence spans, corpus unification and the corpus view."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from newsclaims.extract.actors import find_mentions
from newsclaims.extract.stakeholders import build_stakeholders, corpus_stances, unify_corpus
from newsclaims.extract.stances import about_topic
from newsclaims.parse import ParsedArticle
from newsclaims.pipeline import analyse_text
from newsclaims.records import Article, Quote, Stakeholder
from newsclaims.topic import default_topic
from tests.conftest import make_article


def _built(parsed: ParsedArticle, quotes: list[Quote] | None = None) -> dict[str, Stakeholder]:
    """The stakeholders of a parsed text toward the default topic, each evidence span checked against the body."""
    topic = default_topic()
    found = build_stakeholders(parsed, find_mentions(parsed), quotes or [], [], topic, about_topic(parsed, topic))
    for stakeholder in found:
        for evidence in stakeholder.evidence:
            assert parsed.article.body[evidence.start : evidence.end] == evidence.text
    return {s.name: s for s in found}


def _stakeholders(parse_text, text: str, quotes: list[Quote] | None = None) -> dict[str, Stakeholder]:
    return _built(parse_text(text), quotes)


def _analysed(text: str) -> dict[str, Stakeholder]:
    """The stakeholders of a text through the whole pipeline (quotes and claims included), by name."""
    return {s.name: s for s in analyse_text(text).stakeholders}


@pytest.mark.parametrize(
    ("text", "name", "stance"),
    [
        ("Le syndicat SAG-AFTRA a appelé à la grève contre l'usage de l'IA générative.", "SAG-AFTRA", "against"),
        ("Les doubleurs dénoncent des voix clonées sans consentement.", "voice actors", "against"),
        ("Gaumont a signé un accord avec Runway pour utiliser l'IA dans ses films.", "Gaumont", "pro"),
        ("Pour les scénaristes, ces outils sont une menace directe.", "screenwriters", "against"),
        ("Disney a intégré l'intelligence artificielle à ses studios d'animation.", "Disney", "pro"),
        ("Le studio veut remplacer les illustrateurs par des algorithmes.", "artists", "against"),
        ("Canal+ s'est attiré les foudres des comédiens en utilisant des voix de synthèse.", "actors", "against"),
        ("Marie Dubois, présidente de Pathé, a participé à une table ronde sur le cinéma.", "Marie Dubois", "neutral"),
    ],
)
def test_stance_from_what_actors_do(parse_text, text: str, name: str, stance: str) -> None:
    assert _stakeholders(parse_text, text)[name].stance == stance


@pytest.mark.parametrize(
    ("quote", "stance"),
    [
        ("Il ne s'agit pas de remplacer les artistes mais de les aider à aller plus vite.", "pro"),
        ("Ces outils pillent notre travail et menacent nos métiers.", "against"),
        ("Nous verrons bien.", "neutral"),
    ],
)
def test_stance_from_what_actors_say(parse_text, quote: str, stance: str) -> None:
    text = f"Julie Martin, directrice de Gaumont, a parlé de l'IA. « {quote} », a-t-elle dit."
    start = text.index(quote)
    quotes = [Quote(quote, "direct", "Julie Martin", "elle", "dire", "neutral", start, start + len(quote))]
    found = _stakeholders(parse_text, text, quotes)
    assert found["Julie Martin"].stance == stance
    assert found["Julie Martin"].role == "executive"
    if stance != "neutral":
        assert any(e.text == quote for e in found["Julie Martin"].evidence)


def test_aliases_and_mentions_within_an_article(parse_text) -> None:
    text = (
        "Le patron, Paul Martin, défend l'IA générative. Martin affirme que c'est une opportunité. "
        "Le patron ajoute que l'outil est prometteur."
    )
    paul = _stakeholders(parse_text, text)["Paul Martin"]
    assert {"Paul Martin", "Martin", "Le patron"} <= set(paul.aliases)
    assert paul.mentions == 4
    assert paul.kind == "person"
    assert paul.stance == "pro"


def _article(name: str, kind: str, stance: str, body: str = "Texte.", date: str | None = None) -> Article:
    article = make_article(body)
    return replace(article, date=date, stakeholders=[Stakeholder(name, kind, None, [name], 1, stance, 0.5, [])])


@pytest.mark.parametrize(
    ("names", "body", "expected"),
    [
        ([("Julie Martin", "person"), ("Martin", "person")], "Texte.", "Julie Martin"),
        ([("Runway AI", "organization"), ("Runway", "organization")], "Texte.", "Runway AI"),
        ([("Wonder Labs", "organization"), ("Wonder", "organization")], "Texte.", "Wonder Labs"),
        (
            [("Syndicat national des doubleurs", "organization"), ("SND", "organization")],
            "Le Syndicat national des doubleurs (SND) proteste.",
            "SND",
        ),
        ([("WGA", "organization"), ("Writers Guild of America", "organization")], "Texte.", "Writers Guild of America"),
        # Two spellings of one gazetteer person both own the bare surname.
        (
            [("Cristóbal Valenzuela", "person"), ("Cristobal Valenzuela", "person"), ("Valenzuela", "person")],
            "Texte.",
            "Cristóbal Valenzuela",
        ),
    ],
)
def test_unify_corpus_gives_one_name_per_actor(names, body: str, expected: str) -> None:
    articles = [_article(name, kind, "pro", body) for name, kind in names]
    unified = unify_corpus(articles)
    assert {s.name for a in unified for s in a.stakeholders} == {expected}


def test_unify_merges_within_an_article_and_renames_speakers() -> None:
    article = make_article("Texte.")
    stakeholders = [
        Stakeholder("Runway", "organization", None, ["Runway"], 1, "pro", 0.4, []),
        Stakeholder("Runway AI", "organization", "AI vendor", ["Runway AI"], 2, "pro", 0.6, []),
    ]
    quote = Quote("Texte", "direct", "Runway", "Runway", None, "neutral", 0, 5)
    (unified,) = unify_corpus([replace(article, stakeholders=stakeholders, quotes=[quote])])
    assert [(s.name, s.mentions) for s in unified.stakeholders] == [("Runway AI", 3)]
    assert unified.quotes[0].speaker == "Runway AI"


def test_corpus_stances_rows_and_movement() -> None:
    articles = [
        _article("critics", "group", "against", date="2025-01-10"),
        _article("critics", "group", "neutral", date="2025-03-01"),
        _article("Netflix", "organization", "pro", date="2025-02-01"),
    ]
    rows = {row["name"]: row for row in corpus_stances(articles)}
    assert rows["critics"]["articles"] == 2
    assert rows["critics"]["counts"]["against"] == 1
    assert [e["stance"] for e in rows["critics"]["by_article"]] == ["against", "neutral"]
    assert rows["critics"]["first_stance"] == "against" and rows["critics"]["last_stance"] == "neutral"
    assert rows["Netflix"]["stance"] == "pro"


_JUNK_NAME = re.compile(r"^(?:n|qu|l|d|j|s|c)'|^share\b|^partager\b|^tags?\b|^à suivre", re.IGNORECASE)
_JUNK_ALIAS = re.compile(r"^(?:n|qu|j|s|c)'|^share\b|^partager\b|^tags?\b", re.IGNORECASE)


def test_no_junk_stakeholder_in_the_seeds(seed_articles) -> None:
    for article in seed_articles:
        headings = [(s.start, s.end) for s in article.sentences if s.is_heading]
        heading_texts = {article.body[start:end].lower() for start, end in headings}
        for stakeholder in article.stakeholders:
            assert not _JUNK_NAME.match(stakeholder.name.replace("’", "'")), stakeholder.name
            for surface in [stakeholder.name, *stakeholder.aliases]:
                assert not _JUNK_ALIAS.match(surface.replace("’", "'")), surface
                assert "|" not in surface and surface.lower() not in heading_texts, surface
            if article.author:
                assert set(stakeholder.name.lower().split()) - set(article.author.lower().split()), stakeholder.name
            assert stakeholder.evidence, stakeholder.name
            for evidence in stakeholder.evidence:
                assert article.body[evidence.start : evidence.end] == evidence.text
                assert "|" not in evidence.text
                assert not any(start <= evidence.start and evidence.end <= end for start, end in headings)


@pytest.mark.parametrize(
    ("text", "name", "stance"),
    [
        (
            "Amazon a confirmé lundi étendre à dix séries son doublage assisté par intelligence artificielle.",
            "Amazon",
            "pro",
        ),
        ("Gaumont a décidé de généraliser l'IA générative à ses productions.", "Gaumont", "pro"),
        ("L'éditeur français Ubisoft mise sur l'IA pour écrire ses dialogues.", "Ubisoft", "pro"),
        (
            "Les studios adoptent l'IA. Le syndicat des monteurs, lui, dénonce une menace pour l'emploi.",
            "Syndicat des monteurs",
            "against",
        ),
        (
            "Le doublage par IA arrive. Pour l'Association des traducteurs de l'audiovisuel, c'est la fin d'un métier.",
            "Association des traducteurs de l'audiovisuel",
            "against",
        ),
    ],
)
def test_stance_of_organisations_found_by_apposition_or_phrase(parse_text, text: str, name: str, stance: str) -> None:
    assert _stakeholders(parse_text, text)[name].stance == stance


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Selon Canal+, les comédiens sont rémunérés pour l'utilisation de l'intelligence artificielle.", "actors"),
        ("D'après TF1, les scénaristes seront formés à l'usage des outils d'IA.", "screenwriters"),
    ],
)
def test_a_passive_subject_does_not_adopt_the_technology(parse_text, text: str, group: str) -> None:
    found = _stakeholders(parse_text, text)
    assert group not in found or found[group].stance != "pro"


def test_a_quote_nested_in_another_counts_once(parse_text) -> None:
    text = "Paul Martin, directeur de Gaumont, a dit que les auteurs garderaient « le dernier mot » sur les textes."
    outer = "que les auteurs garderaient « le dernier mot » sur les textes"
    inner = "le dernier mot"
    quotes = [
        Quote(
            outer,
            "indirect",
            "Paul Martin",
            "Paul Martin",
            "dire",
            "neutral",
            text.index(outer),
            text.index(outer) + len(outer),
        ),
        Quote(
            inner,
            "partial",
            "Paul Martin",
            "Paul Martin",
            "dire",
            "neutral",
            text.index(inner),
            text.index(inner) + len(inner),
        ),
    ]
    paul = _stakeholders(parse_text, text, quotes)["Paul Martin"]
    assert paul.stance == "neutral"
    spans = [(e.start, e.end) for e in paul.evidence]
    assert not any(a != b and a[0] <= b[0] and b[1] <= a[1] for a in spans for b in spans)


def test_a_defence_quote_makes_its_speaker_pro(parse_text) -> None:
    quote = "Ce n'est pas un remplacement, c'est un assistant"
    text = f"« {quote} », a assuré Paul Martin, le patron de Gaumont, à propos de l'IA lors d'un salon à Lyon."
    start = text.index(quote)
    quotes = [Quote(quote, "direct", "Paul Martin", "Paul Martin", "assurer", "neutral", start, start + len(quote))]
    assert _stakeholders(parse_text, text, quotes)["Paul Martin"].stance == "pro"


def test_no_stance_toward_a_subject_the_article_never_touches(parse_text) -> None:
    """A results article: strong words about its own business are no position on the configured topic."""
    quote = "Nous dénonçons une menace grave pour nos emplois"
    text = f"Le constructeur Ferbel publie ses comptes. « {quote} », a déclaré Marc Roche, son directeur."
    start = text.index(quote)
    quotes = [Quote(quote, "direct", "Marc Roche", "Marc Roche", "déclarer", "neutral", start, start + len(quote))]
    assert _stakeholders(parse_text, text, quotes)["Marc Roche"].stance == "neutral"


def test_every_named_speaker_is_a_stakeholder(parse_text) -> None:
    from newsclaims.extract.quotes import extract_quotes

    parsed = parse_text(
        "The studio reported its results. “We had a strong quarter,” said chief executive Dana Wells.", "en"
    )
    quotes = extract_quotes(parsed, [])
    found = _built(parsed, quotes)
    assert found["Dana Wells"].kind == "person" and found["Dana Wells"].stance == "neutral"
    assert found["Dana Wells"].evidence


def test_english_organisations_and_people_are_stakeholders_without_quotes(parse_text) -> None:
    text = (
        "The Walt Disney Company reported higher revenue on Tuesday. Disney said parks were busy. "
        "Analysts expect Disney to raise prices again."
    )
    parsed = parse_text(text, language="en")
    names = {m.name for m in find_mentions(parsed)}
    assert "Disney" in names and "Walt Disney Company" not in names  # the gazetteer's one name for the company
    stakeholders = _built(parsed)
    assert stakeholders["Disney"].stance == "neutral"  # a results story that never touches the topic


# Written for these tests: the same two sentences under a title that names the topic, and under one that does not.
_ABOUT_DUBBING = """L'intelligence artificielle s'invite dans les studios de doublage

Le studio Vocalis prépare une nouvelle chaîne de production. La présidente du syndicat, Jeanne Morel, dénonce un \
projet mené dans le dos des comédiens.
"""


def test_an_article_about_the_topic_makes_every_stance_of_it_about_the_topic() -> None:
    on_topic = _analysed(_ABOUT_DUBBING)
    assert (on_topic["Jeanne Morel"].stance, on_topic["Jeanne Morel"].engaged) == ("against", True)
    moved = _ABOUT_DUBBING.replace(_ABOUT_DUBBING.splitlines()[0], "Le studio Vocalis déménage à Lyon")
    off_topic = _analysed(moved)
    assert (off_topic["Jeanne Morel"].stance, off_topic["Jeanne Morel"].engaged) == ("neutral", False)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Les comédiens n'ont pas obtenu les garanties qu'ils réclamaient face à l'IA générative.", "actors"),
        ("Selon les doubleurs, l'intelligence artificielle avance sans aucun garde-fou.", "voice actors"),
        ("Les doubleurs réclament des garde-fous face à l'intelligence artificielle.", "voice actors"),
    ],
)
def test_a_safeguard_missing_is_as_much_a_complaint_as_a_safeguard_demanded(parse_text, text: str, name: str) -> None:
    assert _stakeholders(parse_text, text)[name].stance == "against"


def test_a_negated_threat_still_reads_as_reassurance(parse_text) -> None:
    text = "Pour Gaumont, l'intelligence artificielle ne menace pas les comédiens."
    assert _stakeholders(parse_text, text)["Gaumont"].stance == "pro"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # Written for this test: an adoption the speaker only tells of, then the speaker's own adoption.
        (
            "« Depuis le lancement de ce logiciel d'intelligence artificielle, les copies de nos films se "
            "multiplient », a déclaré Paul Roy, président de l'association.",
            "neutral",
        ),
        ("« Nous utilisons l'intelligence artificielle chaque jour dans nos studios », a déclaré Paul Roy.", "pro"),
        ("« Nous voulons déployer l'intelligence artificielle dans tous nos studios », a déclaré Paul Roy.", "pro"),
    ],
)
def test_an_adoption_in_a_quote_is_the_speakers_only_in_the_first_person(text: str, stance: str) -> None:
    assert {name: s.stance for name, s in _analysed(text).items()}["Paul Roy"] == stance


def test_what_a_quote_says_of_another_actor_is_not_that_actors_act() -> None:
    text = (
        "« Gaumont doit empêcher le plagiat de nos films par l'intelligence artificielle », a déclaré Paul Roy, "
        "président du syndicat."
    )
    stances = {name: s.stance for name, s in _analysed(text).items()}
    assert stances["Paul Roy"] == "against"  # the demand is the speaker's
    assert stances.get("Gaumont", "neutral") == "neutral"  # not an act of the studio the speaker names


def test_what_a_titled_employee_says_counts_for_the_organisation_too() -> None:
    text = (
        "« Les voix de synthèse sont une menace pour nos comédiens », explique Julie Martin, directrice du doublage "
        "chez Gaumont."
    )
    stances = {name: s.stance for name, s in _analysed(text).items()}
    assert stances["Julie Martin"] == stances["Gaumont"] == "against"


def test_an_employee_of_an_ai_vendor_inherits_its_prior() -> None:
    text = "Julie Martin, directrice des partenariats chez {}, a présenté une étude sur l'intelligence artificielle."
    vendor = _analysed(text.format("ElevenLabs"))["Julie Martin"]
    studio = _analysed(text.format("Gaumont"))["Julie Martin"]
    assert (vendor.stance, studio.stance) == ("pro", "neutral")


@pytest.mark.parametrize(
    ("text", "name", "stance"),
    [
        # Written for these tests.
        ("Julie Martin collabore désormais avec ElevenLabs pour ses livres audio.", "Julie Martin", "pro"),
        (
            "Pour Paul Roy, rien ne peut remplacer la voix d'un comédien face à l'intelligence artificielle.",
            "Paul Roy",
            "against",
        ),
        (
            "Paul Roy estime que les studios voudront doubler leurs films en utilisant l'intelligence artificielle.",
            "Paul Roy",
            "neutral",
        ),
    ],
)
def test_collaboration_irreplaceability_and_adoption_told_of(text: str, name: str, stance: str) -> None:
    assert {name: s.stance for name, s in _analysed(text).items()}[name] == stance


@pytest.mark.parametrize(
    ("text", "name", "stance"),
    [
        # Written for these tests: a source cited is a stakeholder on no side.
        (
            "Selon les informations de Radio Lumière, le ministre prépare de nouvelles coupes budgétaires.",
            "Radio Lumière",
            "neutral",
        ),
        ("Le groupe s'est félicité de ses audiences, citant des chiffres de Paul Roy.", "Paul Roy", "neutral"),
        # A possessive title (« son président ») and a title « chez » an organisation tie the speaker to it.
        (
            "Le syndicat Unisson a publié un communiqué mardi. Son président, Paul Roy, affirme que « l'intelligence "
            "artificielle menace nos métiers ».",
            "Unisson",
            "against",
        ),
        (
            "Julie Martin, directrice de la production chez Lumina Films, affirme que l'intelligence artificielle est "
            "une formidable opportunité.",
            "Lumina Films",
            "pro",
        ),
    ],
)
def test_sources_cited_and_organisations_a_speaker_works_for(text: str, name: str, stance: str) -> None:
    assert {name: s.stance for name, s in _analysed(text).items()}.get(name) == stance


@pytest.mark.parametrize(
    "text",
    [
        # Written for this test: one statement that holds both sides.
        "Les producteurs veulent protéger les auteurs sans freiner l'innovation de l'intelligence artificielle.",
        "Les producteurs veulent encadrer l'intelligence artificielle tout en saluant ses progrès.",
    ],
)
def test_a_balanced_statement_is_mixed_not_against(text: str) -> None:
    assert {s.stance for s in _analysed(text).values()} == {"mixed"}


def test_a_described_group_of_speakers_is_a_group() -> None:
    text = (
        "« Nous refusons que l'intelligence artificielle remplace les auteurs », écrivent les signataires de la "
        "tribune."
    )
    (stakeholder,) = _analysed(text).values()
    assert (stakeholder.kind, stakeholder.stance) == ("group", "against")


def test_an_english_mention_of_a_gazetteer_actor_keeps_its_kind_and_role(parse_text) -> None:  # type: ignore[no-untyped-def]
    # Written for this test: after a list of people the English model tags the company as a person.
    parsed = parse_text("Directors like Anna Roux have shown their works. OpenAI is supporting an animated film.", "en")
    actors = {m.name: (m.kind, m.role) for m in find_mentions(parsed)}
    assert actors["OpenAI"] == ("organization", "AI vendor")
    assert actors["Anna Roux"] == ("person", None)


def test_an_article_holds_one_record_per_stakeholder(seed_articles) -> None:
    # The store's stakeholder summary counts a name's rows as its articles (query.stakeholder_summary).
    for article in seed_articles:
        names = [s.name for s in article.stakeholders]
        assert len(names) == len(set(names)), article.article_id
