"""Actor mentions: gazetteer names, surnames, groups, definite descriptions and titles, and no junk."""

from __future__ import annotations

import pytest

from newsclaims.extract.actors import find_mentions


def _names(parsed, surface: str) -> set[str]:
    return {m.name for m in find_mentions(parsed) if m.surface == surface}


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Marie Dubois, directrice de Pathé, a signé l'accord. Dubois s'en félicite.", "Dubois", "Marie Dubois"),
        ("La société a embauché Julien Moreau. Selon Moreau, le projet avance.", "Moreau", "Julien Moreau"),
        ("Le studio Gaumont a annoncé un partenariat avec Runway. Runway fournira les outils.", "Runway", "Runway AI"),
        ("Warner Bros. Discovery investit dans l'IA, a indiqué WBD jeudi.", "WBD", "Warner Bros. Discovery"),
        ("La Writers Guild of America (WGA) a réagi vivement.", "WGA", "Writers Guild of America"),
    ],
)
def test_surname_and_alias_resolve_to_canonical_name(parse_text, text: str, surface: str, expected: str) -> None:
    assert expected in _names(parse_text(text), surface)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Les scénaristes refusent cet accord.", "Les scénaristes", "screenwriters"),
        ("De nombreux illustrateurs ont protesté contre ce projet.", "De nombreux illustrateurs", "artists"),
        ("Plusieurs doubleurs ont lancé une pétition en ligne.", "Plusieurs doubleurs", "voice actors"),
        ("Ses détracteurs y voient une menace pour l'emploi.", "Ses détracteurs", "critics"),
        ("Le public a boudé la série générée par ordinateur.", "Le public", "the public"),
        ("Certains dans le secteur restent prudents face à ces outils.", "Certains dans le secteur", "critics"),
        ("Les comédiens de doublage craignent pour leur métier.", "Les comédiens de doublage", "voice actors"),
        ("Les dirigeants du groupe ont salué la décision.", "Les dirigeants", "executives"),
        ("Les acteurs français dénoncent l'usage de leur voix.", "Les acteurs français", "actors"),
        ("Les techniciens ont voté la grève lundi.", "Les techniciens", "technicians"),
    ],
)
def test_groups_from_lexicon(parse_text, text: str, surface: str, expected: str) -> None:
    mentions = [m for m in find_mentions(parse_text(text)) if m.source == "group"]
    assert (surface, expected) in {(m.surface, m.name) for m in mentions}
    assert all(m.kind == "group" for m in mentions)


@pytest.mark.parametrize(
    "text",
    [
        "Le chef a reçu une critique sévère de la presse.",
        "Cette approche critique de la technologie est ancienne.",
        "Les pouvoirs du président sont limités par la loi.",
    ],
)
def test_no_group_from_other_senses(parse_text, text: str) -> None:
    assert not [m for m in find_mentions(parse_text(text)) if m.name in {"critics", "the public"}]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Le patron, Paul Martin, a défendu l'outil. Le patron a ensuite quitté la salle.", "Le patron", "Paul Martin"),
        (
            "Claire Petit, co-directrice de Gaumont, est ravie. La co-directrice a promis des emplois.",
            "La co-directrice",
            "Claire Petit",
        ),
        ("Selon Hugo Lambert, PDG de la startup, tout va bien. Le PDG refuse de commenter.", "Le PDG", "Hugo Lambert"),
        ("Sophie Blanc, secrétaire générale du syndicat, appelle à la grève.", "secrétaire générale", "Sophie Blanc"),
        ("Disney mise sur l'IA. Le géant du divertissement a signé un accord.", "Le géant du divertissement", "Disney"),
        (
            "Netflix teste un outil. La plateforme de streaming affirme gagner du temps.",
            "La plateforme de streaming",
            "Netflix",
        ),
        ("Pour Runway, l'avenir est radieux. La startup lève des fonds.", "La startup", "Runway AI"),
        ("SAG-AFTRA s'inquiète. Le syndicat réclame des garanties.", "Le syndicat", "SAG-AFTRA"),
        ("Gaumont a signé avec Runway. La société française veut aller vite.", "La société française", "Gaumont"),
    ],
)
def test_descriptions_resolve_to_the_actor_described(parse_text, text: str, surface: str, expected: str) -> None:
    mentions = [m for m in find_mentions(parse_text(text)) if m.source == "description"]
    assert (surface, expected) in {(m.surface, m.name) for m in mentions}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Sophie Blanc, secrétaire générale du syndicat, appelle à la grève.", "Sophie Blanc", "union"),
        ("Le ministre, Paul Durand, veut légiférer.", "Paul Durand", "politician"),
        ("Aiko Tanaka, une start-up spécialisée dans la vidéo, lève des fonds.", None, None),
        ("Lucie Bernard, réalisatrice, refuse ces outils.", "Lucie Bernard", "creative workers"),
    ],
)
def test_roles_from_titles(parse_text, text: str, name: str | None, role: str | None) -> None:
    mentions = find_mentions(parse_text(text))
    if name is not None:
        assert role in {m.role for m in mentions if m.name == name}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Qu'il le veuille ou non, Netflix avance.", "Qu'il"),
        ("N'importe quel studio peut le faire.", "N'importe"),
        ("Prenons l'exemple de la série « Les Oubliés » sur Netflix.", "Les Oubliés"),
        ("Une utilisation responsable des outils est essentielle.", "responsable"),
    ],
)
def test_no_junk_mentions(parse_text, text: str, absent: str) -> None:
    assert absent not in {m.surface for m in find_mentions(parse_text(text))}


def test_spans_match_body(parse_text) -> None:
    parsed = parse_text("Le co-chef, Ted Sarandos, est ravi. Les artistes s'inquiètent, et la plateforme répond.")
    for mention in find_mentions(parsed):
        assert parsed.article.body[mention.start : mention.end] == mention.surface
