"""Stance cues: French lexicon, negation, hedging, adoption only with the subject, labels."""

from __future__ import annotations

import pytest

from newsclaims.extract import stances
from newsclaims.extract.stances import cue_hits, label, mentions_topic, score_text
from newsclaims.topic import default_topic


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Le syndicat dénonce un outil qui menace des milliers d'emplois.", -1),
        ("Les doubleurs accusent ces logiciels de piller leur voix sans consentement.", -1),
        ("Les techniciens ont voté une grève illimitée.", -1),
        ("La guilde réclame une réglementation plus stricte.", -1),
        ("Les auteurs craignent une standardisation des récits.", -1),
        ("Pour la réalisatrice, c'est un véritable cauchemar.", -1),
        ("C'est une opportunité pour démocratiser les effets spéciaux.", 1),
        ("Nous irons plus vite et les équipes sont ravies.", 1),
        ("Le studio se félicite d'un partenariat prometteur.", 1),
        ("Ces outils permettent d'élargir les possibilités de narration.", 1),
        ("Le groupe a intégré l'IA générative dans son pipeline.", 1),
        ("La chaîne mise sur l'intelligence artificielle pour ses dessins animés.", 1),
    ],
)
def test_cue_sign(text: str, sign: int) -> None:
    assert score_text(text) * sign > 0


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Il ne s'agit pas de remplacer les comédiens.", 1),
        ("Nous ne voulons jamais remplacer les scénaristes.", 1),
        ("On peut accélérer sans menacer les emplois.", 1),
        ("Cette technologie n'est pas une opportunité pour les artistes.", -1),
        ("Personne n'y voit aucune avancée.", -1),
    ],
)
def test_negation_flips_the_cue(text: str, sign: int) -> None:
    assert score_text(text) * sign > 0
    assert any(hit.negated for hit in cue_hits(text))


@pytest.mark.parametrize(
    ("hedged", "plain"),
    [
        ("L'IA pourrait menacer les doubleurs.", "L'IA menace les doubleurs."),
        ("Ce serait peut-être une opportunité.", "C'est une opportunité."),
    ],
)
def test_hedging_weakens(hedged: str, plain: str) -> None:
    assert 0 < abs(score_text(hedged)) < abs(score_text(plain))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le studio a utilisé l'IA générative pour ses décors.", True),
        ("Le studio a utilisé une grue pour ses décors.", False),
    ],
)
def test_adoption_needs_the_subject(text: str, expected: bool) -> None:
    assert mentions_topic(text) is expected
    assert (score_text(text) > 0) is expected


@pytest.mark.parametrize(
    ("scores", "expected"),
    [
        ([1.0, 0.5], "pro"),
        ([-1.0, -0.2], "against"),
        ([0.1, -0.05], "neutral"),
        ([], "neutral"),
        ([1.2, -1.0], "mixed"),
        ([2.0, -0.3], "pro"),
    ],
)
def test_label(scores: list[float], expected: str) -> None:
    stance, score = label(scores)
    assert stance == expected
    assert -1.0 <= score <= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "Le doublage automatique progresse dans les séries.",
        "Un outil d'IA générative a écrit ces dialogues.",
        "Les sous-titres sont assistés par ordinateur.",
        "Le film utilise une voix de synthèse pour le narrateur.",
        "Ces modèles de langage écrivent des scénarios.",
        "Le clonage vocal inquiète les comédiens.",
    ],
)
def test_topic_word_variants(text: str) -> None:
    assert mentions_topic(text)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Amazon étend son doublage assisté par IA à trente séries.", 1),
        ("Le groupe généralise l'intelligence artificielle à tous ses tournages.", 1),
        ("La chaîne a lancé un outil d'IA pour sous-titrer ses films.", 1),
        ("L'éditeur a présenté jeudi un logiciel d'IA générative pour ses jeux.", 1),
        ("Pour les traducteurs, c'est la fin d'un métier.", -1),
    ],
)
def test_adoption_and_end_of_trade_cues(text: str, sign: int) -> None:
    assert score_text(text) * sign > 0


@pytest.mark.parametrize(
    "text",
    [
        "L'IA ne remplacera jamais les doubleurs.",
        "Ces logiciels ne menacent en rien nos emplois.",
        "Cet outil n'a rien d'un danger pour les auteurs.",
    ],
)
def test_negation_particle_before_the_cue(text: str) -> None:
    assert score_text(text) > 0


@pytest.mark.parametrize(
    ("defence", "plain_negation"),
    [
        ("Ce n'est pas un remplacement, c'est un outil.", "Nous ne voulons pas de remplacement."),
        ("Il ne s'agit pas de remplacer les auteurs mais de les aider.", "Nous ne voulons pas être remplacés."),
        ("Ce n'est pas une menace, c'est une chance.", "Nous ne voyons pas de menace."),
    ],
)
def test_a_denial_with_a_correction_defends_in_full(defence: str, plain_negation: str) -> None:
    assert score_text(defence) >= 0.8
    assert 0 < score_text(plain_negation) < score_text(defence)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Generative AI tools threaten the jobs of dubbing artists.", -1),
        ("The union will not accept AI that replaces performers without their consent.", -1),
        ("This technology opens real opportunities for small studios and makes editing faster.", 1),
        ("AI will not replace editors, but it will help them.", 1),
        # Words of fear are opposition, like « fear » itself.
        ("The singer called the cloned voice “terrifying.”", -1),
        ("Many animators find the new rendering tools frightening.", -1),
    ],
)
def test_english_cues_with_negation(text: str, sign: int) -> None:
    from newsclaims.extract.stances import cue_hits

    total = sum(hit.weight for hit in cue_hits(text, "en"))
    assert total * sign > 0, cue_hits(text, "en")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Malgré les critiques, le studio continue sur sa lancée.", "fr"),
        ("En dépit des menaces de grève, la chaîne poursuit son projet.", "fr"),
        ("Despite the boycott threats, the studio keeps going.", "en"),
    ],
)
def test_a_conceded_objection_is_not_the_actors_position(text: str, language: str) -> None:
    assert not [hit for hit in cue_hits(text, language) if hit.weight < 0]


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("Il n'y a pas de menace pour les comédiens.", 1),  # « pas de » negates its noun
        ("Le film est un gouffre sans fond de plagiat.", -1),  # « sans » negates « fond », not its complement
        ("Des voix clonées sans le consentement des artistes.", -1),
    ],
)
def test_a_negation_reaches_its_own_noun_not_that_nouns_complement(text: str, sign: int) -> None:
    assert sign * sum(hit.weight for hit in cue_hits(text)) > 0


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("The guild congratulated the studios on the new contract.", 1),
        ("Critics praised the film's use of artificial intelligence.", 1),
        ("Nothing can replace a human performer, she said of AI.", -1),
    ],
)
def test_english_praise_and_irreplaceability(text: str, sign: int) -> None:
    assert sign * sum(hit.weight for hit in cue_hits(text, "en")) > 0


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # Written for these tests. The expletive « ne » negates nothing; « ne … pas » does.
        ("Les doubleurs craignent que l'intelligence artificielle ne remplace leurs voix.", -1),
        ("Ils veulent agir avant que l'intelligence artificielle ne remplace leurs métiers.", -1),
        ("L'intelligence artificielle ne remplacera pas les doubleurs.", 1),
        # Warnings, refusals and demands of safeguards are opposition.
        ("Le syndicat met en garde contre l'intelligence artificielle.", -1),
        ("Les syndicats refusent l'usage de l'intelligence artificielle.", -1),
        ("Les syndicats exigent des protections face à l'intelligence artificielle.", -1),
        # Hindering a good is against it; not hindering it is for it; hindering a harm stays against the harm.
        ("Ils veulent freiner l'innovation.", -1),
        ("Il faut protéger les auteurs sans freiner l'innovation de l'intelligence artificielle.", 0),
        ("Ils demandent d'empêcher la contrefaçon par l'intelligence artificielle.", -1),
        ("The rules would stifle innovation in AI.", -1),
    ],
)
def test_expletive_ne_warnings_refusals_and_hindrance(text: str, sign: int) -> None:
    language = "en" if text.startswith("The ") else "fr"
    total = sum(hit.weight for hit in cue_hits(text, language))
    assert (total > 0) - (total < 0) == sign if sign else abs(total) < 0.25  # a balance reads neutral, not against


OWN_SENTENCES = [
    "Le syndicat dénonce un outil qui menace des milliers d'emplois.",
    "C'est une opportunité pour démocratiser les effets spéciaux, et les équipes sont ravies.",
    "La guilde réclame une réglementation plus stricte avant tout partenariat prometteur.",
    "Le groupe a intégré l'IA générative dans son pipeline sans consentement des auteurs.",
    "The union warns that the tool threatens jobs, while the studio praises a promising opportunity.",
    "Rien à signaler ici : la réunion a été reportée à jeudi.",
]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_family_read_at_once_finds_every_text_its_patterns_find(language: str) -> None:
    """A cue family is read pattern by pattern only where its one-pattern alternation matches: the alternation
    must match wherever any of its patterns does, or cues would be lost."""
    topic = default_topic()
    for family in ("pro", "against", "safeguards", "adoption"):
        for text in OWN_SENTENCES:
            flat = stances.normalise(text)
            any_pattern = any(pattern.search(flat) for pattern, _ in stances._compiled(family, language, topic))
            assert bool(stances._family_any(family, language, topic).search(flat)) == any_pattern, (family, text)


@pytest.mark.parametrize(
    ("text", "about"),
    [
        # Written for this test: « ai » after « j' », « n' », « je l' » is the verb avoir, not the acronym.
        ("J'ai donné tout ce que j'avais.", False),
        ("Je ne l'ai jamais caché.", False),
        ("Des séquences générées par l'AI arrivent à l'écran.", True),
        ("L'AI Act entre en vigueur.", True),
    ],
)
def test_the_french_verb_ai_is_not_the_acronym(text: str, about: bool) -> None:
    assert mentions_topic(text, "fr") is about


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        # Written for this test: ordinary English words of judgement toward the topic.
        ("Critics slammed the AI-generated trailer as a betrayal of the audience.", -1),
        ("The guild called the use of AI voices unacceptable and filed a lawsuit.", -1),
        ("Artists fear job losses as studios adopt generative AI.", -1),
        ("The director said the AI tools were promising and would cut production costs.", 1),
        ("This technology lets us tell stories we could not afford before.", 1),
    ],
)
def test_english_words_of_judgement(text: str, sign: int) -> None:
    score = sum(hit.weight for hit in cue_hits(text, "en"))  # weights after negation
    assert score * sign > 0
