"""Cleaning: page furniture and signature blocks go, the headline is split off, NLP offsets stay exact."""

from __future__ import annotations

import pytest

from newsclaims.ingest.clean import clean, is_boilerplate, is_heading_line, nlp_view, plain_apostrophes
from newsclaims.ingest.metadata import find_author


@pytest.mark.parametrize(
    "line",
    [
        "Share on facebook",
        "Partager sur Twitter",
        "fermer",
        "Tags : Politique, Économie",
        "Mots-clés : grève",
        "À suivre",
        "Lire aussi : Le budget 2025 en cinq chiffres",
        "Photo : AFP / Jean Dupont",
        "Crédit photo : Reuters",
        "© Le Journal 2024",
        "Abonnez-vous à notre newsletter",
        "The author Marie Curie",
        "12 commentaires",
        # Written for these tests: credits, captions that end on one, reading times, bare date labels, a chart's
        # source, paywall notices, prompts to watch a video.
        "Jean Dupont / Getty Images",
        "AFP / Jean Dupont",
        "Le ministre, à Lyon, le 3 mai 2024 ( AFP / JEAN DUPONT )",
        "Le fondateur du groupe, en 2019. (Crédits : JEAN DUPONT)",
        "Le port de Marseille, au petit matin. Jean Dupont / Getty Images",
        "4 min read",
        "5 min de lecture",
        "Temps de lecture : 3 min",
        "Partager sur Facebook Partager sur X",
        "Publié le",
        "Source : Insee",
        "Photo illustration by The Daily",
        "Available to Daily Plus members",
        "Article réservé aux abonnés",
        "Regardez l'intégralité de l'entretien dans la vidéo ci-dessus",
        "Jane Roe, pictured in May at a trade fair in Lyon, says the plan works.",
    ],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Le ministre a fermé la porte à toute négociation.",
        "Les tags du graffiti ont été effacés par la mairie.",
        "La photo a fait le tour des réseaux sociaux, selon l’agence.",
        "Partager les richesses reste l’objectif du syndicat.",
        "La source de l'enquête reste inconnue, selon le parquet.",
        "Le ministre a publié le rapport lundi, une semaine après sa remise.",
        "Les images de la vidéo ont été vues plus de deux millions de fois.",
        "The plan, pictured by its critics as a giveaway, passed on Monday.",
    ],
)
def test_prose_is_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


def test_nlp_view_keeps_length_and_blanks_tables() -> None:
    body = "L’IA « générative » coûte 3\u202f€.\n| Outil | Prix |\n|---|---|\nFin\u00a0: oui."
    view = nlp_view(body)
    assert len(view) == len(body)
    assert "Outil" not in view and "|" not in view
    assert view.startswith("L'IA « générative » coûte 3 €.")
    assert view.endswith("Fin : oui.")


def test_plain_apostrophes_is_same_length() -> None:
    text = "l’état “réel” — c‘est\u202fça"
    assert len(plain_apostrophes(text)) == len(text)


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Une décision qui ne passe pas inaperçue", True),
        ("Une évolution inévitable ?", False),
        ("Le gouvernement a tranché.", False),
        ("| a | b |", False),
        ("", False),
        # British quotations close with a single mark after the full stop; a headline may end on a quoted phrase.
        ("‘We let the fans down,’ the captain said. ‘It will not happen again.’", False),
        ("Captain 'will not resign'", True),
    ],
)
def test_heading_lines(line: str, heading: bool) -> None:
    assert is_heading_line(line) is heading


def test_clean_splits_headline_repeats_and_signature() -> None:
    text = (
        "fermer\nCulture\n\nLe festival de Cannes mise sur le cinéma d’auteur\n"
        "Le festival de Cannes mise sur le cinéma d’auteur\n\n"
        "Share on facebook\nLe festival a dévoilé sa sélection jeudi, avec vingt films en compétition.\n\n"
        "Les critiques saluent une édition audacieuse.\n\nTags : Cinéma\nLucie Bernard\n\n"
        "Lucie est journaliste culture chez Ciné Hebdo depuis 2015 et couvre les festivals.\n"
    )
    cleaned = clean(text)
    assert cleaned.title_line == "Le festival de Cannes mise sur le cinéma d’auteur"
    assert cleaned.body == (
        "Culture\n\nLe festival a dévoilé sa sélection jeudi, avec vingt films en compétition.\n\n"
        "Les critiques saluent une édition audacieuse."
    )
    assert cleaned.signature[0] == "Lucie Bernard"
    assert "Tags : Cinéma" in cleaned.removed


def test_trailing_heading_alone_is_not_a_signature() -> None:
    cleaned = clean("Le maire a parlé hier soir devant le conseil.\n\nNouvelle Étape")
    assert cleaned.body.endswith("Nouvelle Étape")
    assert cleaned.signature == []


def test_a_closing_quotation_in_the_first_person_is_no_bio() -> None:
    text = (
        "Le club a présenté son nouvel entraîneur, Hugo Marchal.\n\n"
        "« Je suis fier de rejoindre une équipe aussi jeune », a déclaré Marchal.\n"
    )
    cleaned = clean(text)
    assert cleaned.body.endswith("a déclaré Marchal.")
    assert cleaned.signature == []


def test_leading_date_marker_is_removed() -> None:
    cleaned = clean(" date 2024-11 Le conseil a voté le budget. La séance fut longue.")
    assert cleaned.leading_date == "2024-11"
    assert cleaned.body.startswith("Le conseil a voté")
    assert cleaned.title_line is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # Written for these tests: where the story was filed is neither its headline nor its lede.
        ("Lyon, France\n\nLe constructeur Valmet a livré 300 camions en 2020, un record pour le groupe.", None),
        (
            "Austin, Texas, USA\nValmet livre 300 camions\n\nLe constructeur Valmet a livré 300 camions en 2020.",
            "Valmet livre 300 camions",
        ),
    ],
)
def test_a_place_dateline_is_no_headline_and_no_lede(text: str, title: str | None) -> None:
    cleaned = clean(text)
    assert cleaned.title_line == title
    assert cleaned.body.startswith("Le constructeur Valmet")


@pytest.mark.parametrize(
    ("text", "body", "author"),
    [
        # Written for this test: a wire service's update notice opens the body and its signature closes it; both
        # go, and the signature names the author. A bracket of prose at the end of a body stays.
        (
            "(Actualisé avec des chiffres) LYON, 3 mai (Reuters) - Le groupe a publié ses comptes. (Rédigé par Jean "
            "Dupont et Marie Roy, édité par Paul Blanc)",
            "LYON, 3 mai (Reuters) - Le groupe a publié ses comptes.",
            "Jean Dupont et Marie Roy",
        ),
        (
            "LONDON (Reuters) - The group said profit rose. (Reporting by Jane Smith; Editing by Tom Hill)",
            "LONDON (Reuters) - The group said profit rose.",
            "Jane Smith",
        ),
        (
            "Le groupe a publié ses comptes (avec un retard de deux jours)",
            "Le groupe a publié ses comptes (avec un retard de deux jours)",
            None,
        ),
    ],
)
def test_a_wire_services_notes_leave_the_body_and_its_signature_names_the_author(
    text: str, body: str, author: str | None
) -> None:
    cleaned = clean(text)
    assert (cleaned.body, find_author(cleaned)) == (body, author)
