"""Metadata: dates keep their precision and are never invented, titles, bylines, outlets, language."""

from __future__ import annotations

import pytest

from newsclaims.ingest import article_from_raw, article_id_for
from newsclaims.ingest.clean import clean
from newsclaims.ingest.metadata import derive_title, detect_language, find_author, find_date, find_outlet, parse_date
from newsclaims.ingest.readers import RawDocument


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-07", "2025-07"),
        ("2024", "2024"),
        ("2024-03-05T10:00:00+01:00", "2024-03-05"),
        ("12 juillet 2025", "2025-07-12"),
        ("juillet 2025", "2025-07"),
        ("1er mars 2023", "2023-03-01"),
        ("March 4, 2024", "2024-03-04"),
        ("le 30 juin", None),  # no year: dateparser would invent this year's
        ("mardi dernier", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_date_keeps_precision(text: str | None, expected: str | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Le conseil a voté. La séance fut longue.", "Le conseil a voté"),
        # An abbreviation's full stop ends no sentence; a short name's does.
        ("Valmet Bros. Pictures rachète un studio. Le prix reste secret.", "Valmet Bros. Pictures rachète un studio"),
        ("M. Durand quitte la direction. Il part en mars.", "M. Durand quitte la direction"),
        ("Le salon ouvre à Lyon. Il durera trois jours.", "Le salon ouvre à Lyon"),
        (
            "Alors que les négociations entre les syndicats et le patronat s’enlisent depuis des semaines, "
            "le gouvernement prépare un texte.",
            "Alors que les négociations entre les syndicats et le patronat s’enlisent depuis des semaines, "
            "le gouvernement…",
        ),
    ],
)
def test_derive_title_from_lede(body: str, expected: str) -> None:
    title = derive_title(body)
    assert title == expected
    assert len(title) <= 111


@pytest.mark.parametrize(
    ("text", "author", "outlet", "date"),
    [
        (
            "Par Marie Dupont\nPublié le 3 avril 2024\n\nLe texte de l’article est ici.",
            "Marie Dupont",
            None,
            "2024-04-03",
        ),
        (
            "Le texte de l’article est ici.\n\nPaul Martin\n\nPaul est journaliste économique chez La Tribune Verte, "
            "après dix ans passés à couvrir les marchés.",
            "Paul Martin",
            "La Tribune Verte",
            None,
        ),
        (
            "Le texte de l’article est ici.\n\nThe author Léa Morel\n\nJ’ai fondé le Blog Ciné en 2012 et je suis "
            "passionnée par les séries.",
            "Léa Morel",
            "Blog Ciné",
            None,
        ),
        ("Le chiffre d’affaires a atteint 3 milliards le 30 juin, dit-il.", None, None, None),
        # A byline with separators and a word count after it; a date alone on its line.
        (
            "Par Claire Vidal  |   |  512  mots\n– March 4, 2024\n\nLe texte de l’article est ici.",
            "Claire Vidal",
            None,
            "2024-03-04",
        ),
        # An author page's byline: the name and the count of their articles.
        (
            "Tue Jun 11 2024\nNoah Brent (212 articles)\n\nThe text of the story is here.",
            "Noah Brent",
            None,
            "2024-06-11",
        ),
        # A line that ends in a year without day and month is no date line.
        ("Le bilan de 2023\n\nLe texte de l’article est ici.", None, None, None),
        # A metadata bar: its items joined by a dot; the first date is the publication's.
        (
            "Par Inès Vidal\nPublié le 12/03/2025 à 10h30 · Mis à jour le 12/03/2025 à 18h02\nTemps de lecture : 3 min"
            "\nPartager sur Facebook Partager sur X\n\nLe texte de l’article est ici.",
            "Inès Vidal",
            None,
            "2025-03-12",
        ),
    ],
)
def test_bylines_bios_and_dates(text: str, author: str | None, outlet: str | None, date: str | None) -> None:
    cleaned = clean(text)
    assert find_author(cleaned) == author
    assert find_outlet(cleaned) == outlet
    assert find_date(cleaned) == date
    assert "journaliste" not in cleaned.body and "fondé" not in cleaned.body


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le gouvernement a annoncé mardi une réforme profonde du système de santé publique.", "fr"),
        ("The government announced on Tuesday a deep reform of the public health system.", "en"),
    ],
)
def test_detect_language(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_hints_win_and_ids_follow_the_text() -> None:
    raw = RawDocument("x.json", "Un texte court. Il parle de cinéma.", {"title": "Donné", "date": "2023-05-02"})
    article = article_from_raw(raw)
    assert (article.title, article.date) == ("Donné", "2023-05-02")
    assert article.article_id == article_id_for("Un  texte court.\nIl parle de cinéma.")
    assert article.article_id != article_id_for("Un texte court. Il parle de musique.")


def test_a_metadata_bar_leaves_the_body() -> None:
    text = (
        "Titre du jour\n\nPar Inès Vidal\nPublié le 12/03/2025 à 10h30 · Mis à jour le 12/03/2025 à 18h02\n"
        "Temps de lecture : 3 min\nPartager sur Facebook Partager sur X\n\nLe texte de l’article est ici."
    )
    assert clean(text).body == "Le texte de l’article est ici."
