"""Claims across articles: same claim, contradiction or neither; clusters built incrementally from blocks."""

from __future__ import annotations

from dataclasses import replace

import pytest

from newsclaims.extract import clusters
from newsclaims.extract.claim_terms import read_terms
from newsclaims.extract.clusters import ClaimIndex, claim_key, link_claims, number_values, relation
from newsclaims.records import Article
from tests.support import claim_article


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


def _relation(left: str, right: str, language: str = "fr") -> tuple[str, str] | None:
    a, b = claim_article(left, "Le Quotidien", language), claim_article(right, "La Gazette", language)
    return relation(claim_key(a, a.claims[0]), claim_key(b, b.claims[0]))


# Written for these tests (invented companies): each pair shows one rule of what makes two claims the same.
@pytest.mark.parametrize(
    ("left", "right", "language", "expected"),
    [
        # A synonym of the predicate and a date added: the same claim.
        (
            "La société Brenner a réglé 4 millions d'euros aux techniciens.",
            "La société Brenner a payé mardi 4 millions d'euros aux techniciens.",
            "fr",
            ("same", ""),
        ),
        # A verb of intent carries the same predicate (« va fermer » is « fermera »).
        ("Brenner fermera son usine de Rouen.", "Brenner va fermer son usine de Rouen.", "fr", ("same", "")),
        # Numbers within the rounding each was written with.
        (
            "Les recettes de Brenner ont atteint 4,32 milliards d'euros cette année.",
            "Les recettes de Brenner ont atteint 4,3 milliards d'euros cette année.",
            "fr",
            ("same", ""),
        ),
        # A negation of the same statement is a dispute, never the same claim.
        (
            "Brenner fermera son usine de Rouen.",
            "Brenner ne fermera pas son usine de Rouen.",
            "fr",
            ("disputed", "negation"),
        ),
        # A verb that turns its complement around (« renonce à ») negates it.
        (
            "Brenner fermera son usine de Rouen.",
            "Brenner renonce à fermer son usine de Rouen.",
            "fr",
            ("disputed", "negation"),
        ),
        # Antonyms: gaining and losing the same amount.
        (
            "Brenner a gagné 40 000 clients au printemps.",
            "Brenner a perdu 40 000 clients au printemps.",
            "fr",
            ("disputed", "antonym"),
        ),
        # The same metric of the same company with numbers that disagree beyond rounding.
        (
            "Brenner a supprimé 120 postes dans son usine.",
            "Brenner a supprimé 180 postes dans son usine.",
            "fr",
            ("disputed", "number"),
        ),
        # The same sentence about another company: neither the same nor a dispute.
        ("Brenner fermera son usine de Rouen.", "Halcyon fermera son usine de Rouen.", "fr", None),
        # The same verb on other things.
        (
            "Brenner a signé un contrat avec la mairie de Caen.",
            "Brenner a signé un contrat avec un fabricant allemand.",
            "fr",
            None,
        ),
        # A double reversal is neither the same wording nor a contradiction.
        ("Brenner n'a pas perdu de clients.", "Brenner a gagné des clients.", "fr", None),
        # An expletive « ne » negates nothing.
        (
            "Les salariés craignent que Brenner ferme l'usine.",
            "Les salariés craignent que Brenner ne ferme l'usine.",
            "fr",
            ("same", ""),
        ),
        ("Halcyon will close its plant in Ohio.", "Halcyon is going to close its plant in Ohio.", "en", ("same", "")),
        (
            "Halcyon will close its plant in Ohio.",
            "Halcyon will not close its plant in Ohio.",
            "en",
            ("disputed", "negation"),
        ),
        ("Halcyon raised its prices in May.", "Halcyon lowered its prices in May.", "en", ("disputed", "antonym")),
        ("Halcyon will close its plant in Ohio.", "Brenner will close its plant in Ohio.", "en", None),
    ],
)
def test_relation(left: str, right: str, language: str, expected: tuple[str, str] | None) -> None:
    assert _relation(left, right, language) == expected


def test_claim_terms_are_read_from_the_parse() -> None:
    article = claim_article("Brenner ne veut plus utiliser de voix synthétiques.", "Le Quotidien")
    claim = article.claims[0]
    assert (claim.subject, claim.predicate, claim.negated) == ("Brenner", "use", True)
    assert "ne" not in claim.lemmas and "plus" not in claim.lemmas


def test_a_first_person_subject_is_the_speaker(parse_text) -> None:  # type: ignore[no-untyped-def]
    parsed = parse_text("Nous fermerons l'usine.")
    terms = read_terms(parsed.doc[:], "fr", [], "Brenner", "Le Quotidien")
    assert terms.subject == "Brenner"


def _dated(article: Article, date: str) -> Article:
    return replace(article, date=date)


def test_the_same_claim_across_outlets_shares_one_cluster_and_a_contradiction_is_a_dispute() -> None:
    first = _dated(claim_article("Brenner fermera son usine de Rouen.", "Le Quotidien"), "2026-01-10")
    again = _dated(claim_article("Brenner va fermer son usine de Rouen.", "La Gazette"), "2026-01-11")
    denied = _dated(claim_article("Brenner ne fermera pas son usine de Rouen.", "Le Courrier"), "2026-01-12")
    linked, disputes = link_claims([denied, first, again])
    ids = {article.outlet: article.claims[0].cluster_id for article in linked}
    assert ids["Le Quotidien"] == ids["La Gazette"] != ids["Le Courrier"]
    assert [(d.reason, {d.cluster_a, d.cluster_b}) for d in disputes] == [
        ("negation", {ids["Le Quotidien"], ids["Le Courrier"]})
    ]
    assert [a.outlet for a in linked] == ["Le Courrier", "Le Quotidien", "La Gazette"]  # input order kept


def test_ids_are_stable_when_a_newer_article_joins_and_across_rebuilds() -> None:
    older = [
        _dated(claim_article("Brenner fermera son usine de Rouen.", "Le Quotidien"), "2026-01-10"),
        _dated(claim_article("Halcyon a gagné 40 000 clients au printemps.", "La Gazette"), "2026-01-11"),
    ]
    before = [a.claims[0].cluster_id for a in link_claims(older)[0]]
    newer = _dated(claim_article("Brenner va fermer son usine de Rouen.", "Le Courrier"), "2026-02-01")
    after, _ = link_claims([newer, *older])
    assert [a.claims[0].cluster_id for a in after[1:]] == before
    assert after[0].claims[0].cluster_id == before[0]
    assert [a.claims[0].cluster_id for a in link_claims([newer, *older])[0]] == [a.claims[0].cluster_id for a in after]


def test_a_cluster_holds_one_claim_per_article_and_never_chains() -> None:
    index = ClaimIndex()
    one = index.add(claim_article("Brenner fermera son usine de Rouen.", "Le Quotidien"))
    both = claim_article("Brenner fermera son usine de Rouen.", "La Gazette")
    both = replace(both, claims=[both.claims[0], replace(both.claims[0], start=1)])
    two = index.add(both)
    assert [c.cluster_id for c in two.claims].count(one.claims[0].cluster_id) == 1


def test_candidates_come_from_blocks_and_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(clusters._settings()["blocking"], "max_block", 3)
    monkeypatch.setitem(clusters._settings(), "linkage_sample", 2)
    index = ClaimIndex()
    compared = []
    original = clusters.relation

    def counting(a, b):  # type: ignore[no-untyped-def]
        compared.append((a, b))
        return original(a, b)

    monkeypatch.setattr(clusters, "relation", counting)
    template = claim_article("Brenner fermera son usine de Rouen.", "Le Quotidien")
    for number in range(8):
        index.add(replace(template, article_id=f"a{number}"))
    # Every article repeats the claim: each is compared with at most max_block earlier claims and the
    # linkage_sample latest members of the cluster it joins, not with all those before it.
    assert max(sum(1 for a, _b in compared if a.article_id == f"a{n}") for n in range(8)) <= 3 + 2
    unrelated = index.add(claim_article("Les vendanges commencent tôt en Alsace.", "Le Quotidien"))
    assert unrelated.claims[0].cluster_id not in {None, template.claims[0].cluster_id}
