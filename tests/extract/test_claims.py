"""Claims on French examples: which sentences are claims, their type, topics, stance, speaker and span."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsclaims.extract.actors import find_mentions
from newsclaims.extract.claims import _has, extract_claims, sentiment
from newsclaims.extract.figures import extract_figures
from newsclaims.extract.quotes import extract_quotes
from newsclaims.extract.stances import about_topic
from newsclaims.parse import ParsedArticle
from newsclaims.records import ARTICLE_VOICE, Claim
from newsclaims.topic import default_topic


def claims_of(parse_text: Callable[..., ParsedArticle], body: str) -> list[Claim]:
    parsed = parse_text(body)
    mentions = find_mentions(parsed)
    quotes = extract_quotes(parsed, mentions)
    topic = default_topic()
    figures = extract_figures(parsed, mentions)
    claims = extract_claims(parsed, quotes, figures, mentions, topic, about_topic(parsed, topic))
    for claim in claims:
        assert body[claim.start : claim.end] == claim.text
    return claims


@pytest.mark.parametrize(
    ("body", "claim_type"),
    [
        ("Le studio a dépensé 45 millions d'euros pour la série.", "quantitative"),
        ("Les abonnés ont augmenté de 12 % en un an selon le rapport annuel.", "quantitative"),
        ("Le montage est désormais bien plus rapide qu'avec les anciens logiciels.", "comparison"),
        ("L'intelligence artificielle pourrait remplacer les doubleurs d'ici quelques années.", "prediction"),
        ("Les studios utiliseront ces outils pour chaque nouvelle série.", "prediction"),
        ("Grâce à l'automatisation, les équipes gagnent des semaines de travail.", "causal"),
        ("Cette évolution est inquiétante pour les métiers de l'animation.", "evaluation"),
        ("Gaumont a signé un accord avec Runway pour ses prochaines productions.", "factual"),
    ],
)
def test_claim_type(parse_text: Callable[..., ParsedArticle], body: str, claim_type: str) -> None:
    claims = claims_of(parse_text, body)
    assert [c.claim_type for c in claims] == [claim_type]


@pytest.mark.parametrize(
    "body",
    [
        "Quel avenir pour les doubleurs face à l'IA générative ?",
        "Une décision qui ne passe pas inaperçue",
        "Photo : le plateau de tournage",
        "Il pleut.",
    ],
)
def test_questions_headings_captions_are_not_claims(parse_text: Callable[..., ParsedArticle], body: str) -> None:
    assert claims_of(parse_text, body) == []


@pytest.mark.parametrize(
    ("body", "topic"),
    [
        ("Le studio a réduit son budget de moitié grâce à ces outils.", "cost"),
        ("Les illustrateurs craignent de perdre leur emploi à cause de l'IA.", "jobs"),
        ("Les œuvres ont été pillées par l'IA sans le consentement de leurs auteurs, selon Léa Simon.", "consent"),
        ("Le rendu des effets spéciaux par l'IA pourrait accélérer fortement la production.", "speed"),
        ("Bruxelles devrait encadrer l'usage de l'IA par une nouvelle loi.", "regulation"),
    ],
)
def test_topics(parse_text: Callable[..., ParsedArticle], body: str, topic: str) -> None:
    claims = claims_of(parse_text, body)
    assert claims and topic in claims[0].topics


def test_claims_off_the_topic_have_no_aspect_and_no_stance(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: a results story that never speaks of AI, with words of cost, jobs and success.
    body = (
        "Le groupe Bellerive a réalisé un bénéfice record de 3 milliards d'euros, une réussite saluée par ses "
        "actionnaires. Il prévoit de supprimer 200 emplois pour réduire les coûts de ses usines."
    )
    claims = claims_of(parse_text, body)
    assert claims and all(claim.topics == [] and claim.stance == "neutral" for claim in claims)
    with_ai = claims_of(parse_text, body.replace("de ses usines", "de ses usines grâce à l'IA"))
    assert any(claim.topics for claim in with_ai)


@pytest.mark.parametrize(
    ("body", "stance"),
    [
        ("Pour Léa Simon, l'IA générative est une opportunité formidable pour démocratiser les effets visuels.", "pro"),
        ("Selon Léa Simon, ces outils menacent des milliers d'emplois dans l'animation.", "against"),
        ("Selon Léa Simon, le tournage durera encore trois mois dans le désert.", "neutral"),
    ],
)
def test_stance(parse_text: Callable[..., ParsedArticle], body: str, stance: str) -> None:
    claims = claims_of(parse_text, body)
    assert claims and claims[0].stance == stance


def test_quotes_are_claims_of_their_speaker_and_sentences_of_the_article(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    body = (
        "Le studio a licencié quarante animateurs en mars. "
        "« Nous devrons encore réduire les coûts », a déclaré Hervé Lucas."
    )
    claims = claims_of(parse_text, body)
    by_kind = {c.source_kind: c for c in claims}
    assert by_kind["article"].speaker == ARTICLE_VOICE
    assert by_kind["quote"].speaker == "Hervé Lucas"
    assert by_kind["quote"].text == "Nous devrons encore réduire les coûts"


def test_partial_quote_inside_reported_speech_is_one_claim(parse_text: Callable[..., ParsedArticle]) -> None:
    body = "Sarah Leroy indique vouloir continuer, avec l'ambition de « changer la façon de raconter des histoires »."
    claims = claims_of(parse_text, body)
    assert len(claims) == 1 and claims[0].source_kind == "reported"


def test_sentiment_is_textblob_fr() -> None:
    polarity, subjectivity = sentiment("Une opportunité incroyable et extrêmement stimulante.")
    assert polarity > 0 and subjectivity > 0


@pytest.mark.parametrize(
    "body",
    [
        "« Ce n'est pas un concurrent, c'est un outil », a assuré Pierre Lacombe, le directeur du studio, "
        "lors d'une conférence de presse organisée à Lyon.",
        "« Les coûts vont baisser de moitié », a promis Anne Berger, la patronne de la société, "
        "devant les actionnaires réunis à Paris mardi.",
        "« Nous avons doublé nos ventes », a indiqué Marc Perrin, le fondateur de la start-up lyonnaise, "
        "au cours d'un entretien accordé au journal régional.",
    ],
)
def test_sentence_with_a_quote_gives_no_article_claim(parse_text: Callable[..., ParsedArticle], body: str) -> None:
    claims = claims_of(parse_text, body)
    assert claims
    assert all(c.source_kind != "article" for c in claims)


@pytest.mark.parametrize(
    ("body", "article_text"),
    [
        (
            "Le chiffre d'affaires du studio a reculé de 12 % en un an. "
            "« Nous allons rebondir », a déclaré Paul Martin.",
            "Le chiffre d'affaires du studio a reculé de 12 % en un an.",
        ),
        (
            "Le syndicat des monteurs dénonce une baisse de 30 % des contrats. « C'est intenable », a dit Lina Roux.",
            None,
        ),
    ],
)
def test_article_claim_is_the_sentence_before_a_quotation(
    parse_text: Callable[..., ParsedArticle], body: str, article_text: str | None
) -> None:
    own = [c.text for c in claims_of(parse_text, body) if c.source_kind == "article"]
    assert own == ([article_text] if article_text else [])


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("Il pleut. « Nous partons », dit-il.", ["Il pleut.", "« Nous partons », dit-il."]),
        ("Reste à savoir si le public suivra… ou non.", ["Reste à savoir si le public suivra… ou non."]),
        ("« Un pas. Puis un autre », dit M. Roux.", ["« Un pas. Puis un autre », dit M. Roux."]),
        ("Le bilan est lourd ! Les studios ferment.", ["Le bilan est lourd !", "Les studios ferment."]),
    ],
)
def test_sentence_units(text: str, units: list[str]) -> None:
    from newsclaims.extract.claims import sentence_units
    from newsclaims.extract.quotes import marked_spans
    from newsclaims.records import Sentence

    found = sentence_units(text, Sentence(0, 0, 0, len(text), False), marked_spans(text))
    assert [text[u.start : u.end] for u in found] == units


def test_a_cue_phrase_counts_only_as_whole_words() -> None:
    assert _has("Les ventes vont plus vite que prévu.", ["plus vite", "moins cher"])
    assert not _has("Les ventes vont plus vitement.", ["plus vite"])
    assert not _has("Une phrase quelconque.", [])
