"""Stance cues: French lexicon, negation, hedging, adoption only with the subject, labels."""

from __future__ import annotations

import pytest

from newsclaims.extract.stances import cue_hits, label, mentions_topic, score_text


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
