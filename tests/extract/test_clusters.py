"""Claim clusters: numbers as values, words by lemma, no chaining of loose resemblances."""

from __future__ import annotations

import pytest

from newsclaims.extract.clusters import assign_clusters, number_values, same_claim, signature
from newsclaims.records import Article, Claim


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("livrer les effets dix fois plus vite", [10.0]),
        ("un chiffre d'affaires de 11 milliards de dollars", [11e9]),
        ("une hausse de 16 % sur un an", [16.0]),
        ("pour un spectacle dans ce budget", []),
        ("deux millions de vues en 2023", [2e6, 2023.0]),
    ],
)
def test_number_values(text: str, values: list[float]) -> None:
    assert [value for _start, _end, value in number_values(text)] == values


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        (
            "le studio a livré les effets dix fois plus rapidement qu'avec les méthodes classiques",
            "les effets ont été livrés 10 fois plus rapidement qu'avant, selon le studio",
            True,
        ),
        (
            "le chiffre d'affaires de Canal+ atteint 5 milliards d'euros, en hausse de 3 %",
            "Canal+ a vu son chiffre d'affaires atteindre 5 milliards d'euros, soit 3 % de plus",
            True,
        ),
        (
            "le chiffre d'affaires de Canal+ atteint 5 milliards d'euros",
            "le chiffre d'affaires de Canal+ atteint 7 milliards d'euros",
            False,
        ),
        (
            "le studio a livré les effets dix fois plus rapidement",
            "le studio a embauché dix animateurs pour la saison",
            False,
        ),
        (
            "les scénaristes craignent que l'intelligence artificielle remplace leur travail d'écriture",
            "les scénaristes craignent que l'intelligence artificielle ne remplace leur travail d'écriture",
            True,
        ),
        (
            "les scénaristes craignent que l'intelligence artificielle remplace leur travail",
            "la plateforme prévoit une nouvelle saison de sa série phare pour l'automne",
            False,
        ),
    ],
)
def test_same_claim(left: str, right: str, same: bool) -> None:
    assert same_claim(signature(left), signature(right)) is same


def _claim(text: str, speaker: str = "article") -> Claim:
    return Claim(text, speaker, "article", "factual", [], "neutral", 0.0, 0.0, None, 0, len(text))


def _article(article_id: str, *texts: str) -> Article:
    body = " ".join(texts)
    return Article(
        article_id, f"{article_id}.txt", "t", None, None, None, "fr", body, claims=[_claim(t) for t in texts]
    )


def test_clusters_span_articles_and_keep_unrelated_claims_apart() -> None:
    articles = assign_clusters(
        [
            _article(
                "a",
                "Le studio a livré les effets dix fois plus rapidement qu'avec les méthodes classiques.",
                "Il pleuvait sur le tournage en Bretagne hier matin.",
            ),
            _article(
                "b",
                "Les effets ont été livrés 10 fois plus rapidement qu'avant par le studio.",
                "La plateforme prévoit une nouvelle saison pour l'automne.",
            ),
        ]
    )
    ids = [[c.cluster_id for c in article.claims] for article in articles]
    assert ids[0][0] == ids[1][0]
    assert len({ids[0][1], ids[1][1], ids[0][0]}) == 3
    assert all(cluster for row in ids for cluster in row)
