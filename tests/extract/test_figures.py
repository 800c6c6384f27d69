"""Figures in French (and English) text: forms, values, units, links, metric, entity, period, and non-figures."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from newsclaims.extract.actors import find_mentions
from newsclaims.extract.figures import extract_figures, singular
from newsclaims.extract.quotes import extract_quotes
from newsclaims.parse import ParsedArticle
from newsclaims.records import Figure

B = 1_000_000_000
M = 1_000_000


def figures_of(parse_text: Callable[..., ParsedArticle], text: str, language: str = "fr") -> list[Figure]:
    parsed = parse_text(text, language)
    figures = extract_figures(parsed, find_mentions(parsed))
    for figure in figures:
        assert text[figure.start : figure.end] == figure.surface
    return figures


def scored(figures: list[Figure]) -> list[tuple[str, str, float, str]]:
    return [(f.surface, f.kind, round(f.value, 4), f.unit) for f in figures if f.kind != "duration"]


CASES: list[tuple[str, list[tuple[str, str, float, str]]]] = [
    # money: digits, separators, scales, signs and names
    ("Le poste rapporte 900.000 $ par an.", [("900.000 $", "money", 900_000, "USD")]),
    ("Le poste rapporte 900 000 $ par an.", [("900 000 $", "money", 900_000, "USD")]),
    ("Le poste rapporte 900\u00a0000 $ par an.", [("900\u00a0000 $", "money", 900_000, "USD")]),
    ("Le poste rapporte 900\u202f000\u00a0€ par an.", [("900\u202f000\u00a0€", "money", 900_000, "EUR")]),
    ("Le groupe a levé 11,5 milliards d’euros.", [("11,5 milliards d’euros", "money", 11.5 * B, "EUR")]),
    ("Le studio vaut 3,1 Md$ selon les analystes.", [("3,1 Md$", "money", 3.1 * B, "USD")]),
    ("La startup a levé 20 M€ auprès de fonds.", [("20 M€", "money", 20 * M, "EUR")]),
    ("Le court métrage a coûté 20 k€.", [("20 k€", "money", 20_000, "EUR")]),
    ("Le ticket coûte 35 cents de plus.", [("35 cents", "money", 0.35, "USD")]),
    ("Le groupe a dépensé trois milliards de dollars.", [("trois milliards de dollars", "money", 3 * B, "USD")]),
    (
        "Le budget atteint cent vingt-deux millions d'euros.",
        [("cent vingt-deux millions d'euros", "money", 122 * M, "EUR")],
    ),
    ("La société a perdu 2 millions de US$ l'an dernier.", [("2 millions de US$", "money", 2 * M, "USD")]),
    ("Le tournage a coûté £ 8,10 millions.", [("£ 8,10 millions", "money", 8.1 * M, "GBP")]),
    ("La banque a payé 10 000 francs suisses.", [("10 000 francs suisses", "money", 10_000, "CHF")]),
    ("L'amende s'élève à 50 000 CHF.", [("50 000 CHF", "money", 50_000, "CHF")]),
    ("Le film a rapporté cinq milliards de yens.", [("cinq milliards de yens", "money", 5 * B, "JPY")]),
    ("Le contrat vaut 361 millions de livres.", [("361 millions de livres", "money", 361 * M, "GBP")]),
    ("Le crédit atteint EUR 1000 sur trois ans.", [("EUR 1000", "money", 1000, "EUR")]),
    ("L'action a cédé 1,40 $ par action.", [("1,40 $", "money", 1.4, "USD")]),
    ("Ça ne coûte que 15 dollars et 15 cents.", [("15 dollars et 15 cents", "money", 15.15, "USD")]),
    # percent
    ("Les ventes ont progressé de 16% sur un an.", [("16%", "percent", 16, "%")]),
    ("Les ventes ont progressé de 16 % sur un an.", [("16 %", "percent", 16, "%")]),
    ("Les ventes ont progressé de 16\u202f% sur un an.", [("16\u202f%", "percent", 16, "%")]),
    ("Le chômage baisse de seize pour cent.", [("seize pour cent", "percent", 16, "%")]),
    ("Les abonnements bondissent de +25% en Europe.", [("+25%", "percent", 25, "%")]),
    ("Le taux a gagné 2 points de pourcentage.", [("2 points de pourcentage", "percent", 2, "%")]),
    ("Le titre a reculé de 3,5 % en séance.", [("3,5 %", "percent", 3.5, "%")]),
    # multiplier
    ("L'outil produit les effets dix fois plus rapidement.", [("dix fois", "multiplier", 10, "x")]),
    ("Le rendu est 10 fois plus rapide.", [("10 fois", "multiplier", 10, "x")]),
    ("Avec l'IA, la vitesse est x10 selon l'éditeur.", [("x10", "multiplier", 10, "x")]),
    ("La production devient deux fois moins chère.", [("deux fois", "multiplier", 2, "x")]),
    ("Le nombre de plaintes a doublé en un an.", [("a doublé", "multiplier", 2, "x")]),
    ("Les revenus publicitaires ont triplé depuis le lancement.", [("ont triplé", "multiplier", 3, "x")]),
    # count
    ("La série a attiré 122 millions de vues.", [("122 millions de vues", "count", 122 * M, "views")]),
    ("La chaîne compte 301,6 millions d'abonnés.", [("301,6 millions d'abonnés", "count", 301.6 * M, "subscribers")]),
    ("La grève touche 45 000 techniciens.", [("45 000 techniciens", "count", 45_000, "technicians")]),
    ("La plateforme a commandé 9 séries.", [("9 séries", "count", 9, "series")]),
    (
        "Le studio a signé trois séries et douze films.",
        [("trois séries", "count", 3, "series"), ("douze films", "count", 12, "films")],
    ),
    ("L'usine emploie 1 200 ouvriers.", [("1 200 ouvriers", "count", 1200, "ouvriers")]),
    # ranges, changes, implied currency
    (
        "Le chiffre d'affaires atteindra 4 à 4,5 milliards de dollars.",
        [("4", "money", 4 * B, "USD"), ("4,5 milliards de dollars", "money", 4.5 * B, "USD")],
    ),
    (
        "Les revenus sont passés de 2,1 à 3,1 milliards de dollars.",
        [("2,1", "money", 2.1 * B, "USD"), ("3,1 milliards de dollars", "money", 3.1 * B, "USD")],
    ),
    (
        "Le chiffre d'affaires atteint 500 millions de dollars, avec 80 millions de bénéfice net.",
        [("500 millions de dollars", "money", 500 * M, "USD"), ("80 millions", "money", 80 * M, "USD")],
    ),
    # not figures: years, dates, ordinals, titles, phone numbers, episode numbers
    ("La grève de 2023 a paralysé Hollywood.", []),
    ("Le trimestre s'est terminé le 30 juin.", []),
    ("La troisième saison sort en mai.", []),
    ("Le tournage de « Happy Gilmore 2 » a utilisé l'IA.", []),
    ("Appelez le 01 23 45 67 89 pour réserver.", []),
    ("La saison 2 arrive, et l'épisode 5 est le meilleur.", []),
    ("Il est arrivé 11e de la course et 1er du classement.", []),
    ("Pour la première fois, une fois de plus, la société innove.", []),
    ("Consultez https://exemple.fr/page?q=30%25 pour en savoir plus.", []),
    ("Il a passé 3 ans à Paris et deux mois à Rome.", []),
    # « une dizaine de » is about ten; « des dizaines de » is vague and no figure; quarantine is no number.
    ("Une dizaine d'entreprises ont signé.", [("Une dizaine d'entreprises", "count", 10, "companies")]),
    ("Des dizaines d'entreprises ont signé pendant la quarantaine liée au virus.", []),
    ("A dozen studios signed the deal.", [("A dozen studios", "count", 12, "studios")]),
    # An index's level or its move in points is no move of a rate: a rate moves by at most 100 points.
    ("L'indice a fini en baisse de 1 % à 5 230 points, soit une perte de 52 points.", [("1 %", "percent", 1, "%")]),
    # Counts of ordinary press nouns carry the English plural.
    ("La société compte 65 collaborateurs.", [("65 collaborateurs", "count", 65, "employees")]),
    (
        "L'usine a livré 640 voitures et fermé 3 magasins.",
        [("640 voitures", "count", 640, "cars"), ("3 magasins", "count", 3, "stores")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_figure_forms(parse_text: Callable[..., ParsedArticle], text: str, expected: list[Any]) -> None:
    got = scored(figures_of(parse_text, text))
    assert [(s, k, u) for s, k, _, u in got] == [(s, k, u) for s, k, _, u in expected]
    for (_, _, value, _), (_, _, wanted, _) in zip(got, expected, strict=True):
        assert value == pytest.approx(wanted, rel=1e-6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Netflix earned $4.2bn in the quarter.", [("$4.2bn", "money", 4.2 * B, "USD")]),
        ("The deal is worth $1 billion.", [("$1 billion", "money", 1 * B, "USD")]),
        (
            "Revenue rose 16% to $1,200 million.",
            [("16%", "percent", 16, "%"), ("$1,200 million", "money", 1.2 * B, "USD")],
        ),
    ],
)
def test_english_forms(parse_text: Callable[..., ParsedArticle], text: str, expected: list[Any]) -> None:
    got = scored(figures_of(parse_text, text, "en"))
    assert [(s, k, u) for s, k, _, u in got] == [(s, k, u) for s, k, _, u in expected]
    for (_, _, value, _), (_, _, wanted, _) in zip(got, expected, strict=True):
        assert value == pytest.approx(wanted, rel=1e-6)


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        ("Netflix a affiché une hausse de 12% de son chiffre d'affaires.", "12%", "revenue growth"),
        ("Le chiffre d'affaires de Disney atteint 20 milliards de dollars.", "20 milliards de dollars", "revenue"),
        ("Le bénéfice net de Disney s'élève à 2 milliards d'euros.", "2 milliards d'euros", "net profit"),
        ("Le poste pourrait rapporter 500 000 $ par an.", "500 000 $", "salary"),
        ("L'IA rend le rendu dix fois plus rapide.", "dix fois", "speed"),
        ("Le budget de la série atteint 30 millions d'euros.", "30 millions d'euros", "budget"),
        ("La série a cumulé 50 millions de vues.", "50 millions de vues", "views"),
        ("Runway est valorisé à 3 milliards de dollars après sa levée.", "3 milliards de dollars", "valuation"),
        (
            "Le résultat opérationnel de Ferbel atteint 1,2 milliard d'euros.",
            "1,2 milliard d'euros",
            "operating profit",
        ),
        ("La marge opérationnelle du groupe s'établit à 8,4 %.", "8,4 %", "operating margin"),
        (
            "Les recettes publicitaires de la chaîne reculent à 310 millions d'euros.",
            "310 millions d'euros",
            "advertising revenue",
        ),
        ("Le taux de chômage atteint 7,1 % au deuxième trimestre.", "7,1 %", "unemployment rate"),
        # A rise governed in the parse, words between the verb and the number, a sign, a price that moves.
        ("Les ventes du groupe ont progressé entre avril et juin de 12 %.", "12 %", "revenue growth"),
        ("Le chiffre d'affaires atteint 21 milliards d'euros (+17 %).", "+17 %", "revenue growth"),
        ("Le bénéfice net a reculé au premier semestre de 9 %.", "9 %", "net profit change"),
        ("À la Bourse de Paris, l'action a perdu 4 % jeudi.", "4 %", "share price change"),
        ("Le cours de l'action grimpe de 3 % à l'ouverture.", "3 %", "share price change"),
        # After a rise, « à X % » is the level reached.
        ("Le taux de chômage a augmenté au printemps, à 8,2 % de la population active.", "8,2 %", "unemployment rate"),
        # The parse names the metric: the verb's subject, over a nearer word of another metric.
        (
            "Le chiffre d'affaires, dopé par les nouveaux investissements dans le réseau, a atteint"
            " 12 millions d'euros.",
            "12 millions d'euros",
            "revenue",
        ),
        # A pronoun subject continues the metric named before it.
        (
            "Les ventes du groupe ont bien résisté. Au printemps, elles se sont élevées à 80 millions d'euros.",
            "80 millions d'euros",
            "revenue",
        ),
        # The parser's impersonal « il » still continues the metric of the sentence before.
        (
            "Le chiffre d'affaires publicitaire de la chaîne recule. Il s'établit à 210 millions d'euros.",
            "210 millions d'euros",
            "advertising revenue",
        ),
        (
            "Le bénéfice opérationnel du groupe est ressorti à 2 milliards d'euros.",
            "2 milliards d'euros",
            "operating profit",
        ),
        (
            "La direction a identifié 40 millions d'euros d'économies sur deux ans.",
            "40 millions d'euros",
            "cost savings",
        ),
        ("À l'ouverture, le titre gagnait 3 %, à 52,10 euros.", "52,10 euros", "share price"),
        ("À l'ouverture, le titre gagnait 3 %, à 52,10 euros.", "3 %", "share price change"),
        # « au titre de » (for a period) names no share.
        (
            "Au titre du troisième trimestre, le groupe a versé 9 millions d'euros de dividendes.",
            "9 millions d'euros",
            "dividend",
        ),
        # A count measures its own noun, not a metric word near it.
        ("Le service est offert dans douze pays, à un prix modeste.", "douze pays", "countries"),
        # A net loss is its own metric; a state's deficit and its output are macro measures.
        ("Le groupe a ramené sa perte nette à 120 millions d'euros.", "120 millions d'euros", "net loss"),
        ("Le déficit public atteindra 4,9 % du PIB en fin d'année.", "4,9 %", "deficit"),
        ("La banque centrale voit une hausse du PIB de 0,8 % cette année.", "0,8 %", "GDP growth"),
        # A relative pronoun stands for the noun before it: a count keeps its own noun.
        (
            "Les bénéfices ont grimpé grâce à la série, qui a totalisé 50 millions de vues.",
            "50 millions de vues",
            "views",
        ),
    ],
)
def test_metric(parse_text: Callable[..., ParsedArticle], text: str, surface: str, metric: str) -> None:
    figures = {f.surface: f for f in figures_of(parse_text, text)}
    assert figures[surface].metric == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # A first-person subject is a speaker, not a metric to carry over from the sentence before.
        ("Our revenue grew. After that we met with four buyers.", "four buyers", "buyers"),
        ("The studio narrowed its net loss by half to $40 million.", "$40 million", "net loss"),
        ("The ministry expects GDP growth of 1.2% next year.", "1.2%", "GDP growth forecast"),
        # A loss is a result, as a profit is, not the fall of one (« une perte de 5 millions »).
        ("Orbel posted a net loss of $52 million, against a profit a year before.", "$52 million", "net loss"),
        ("The sale of the hotel chain could fetch up to $900 million.", "$900 million", "sale price"),
        ("The start-up raised $45 million from venture investors.", "$45 million", "investment"),
        ("Orbel's market value passed $40bn on Tuesday.", "$40bn", "valuation"),
        ("The storm will cost insurers $2 billion.", "$2 billion", "cost"),
    ],
)
def test_english_metric(parse_text: Callable[..., ParsedArticle], text: str, surface: str, metric: str) -> None:
    figures = {f.surface: f for f in figures_of(parse_text, text, "en")}
    assert figures[surface].metric == metric


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        ("Disney a annoncé un chiffre d'affaires de 20 milliards de dollars.", "20 milliards de dollars", "Disney"),
        (
            "Netflix publie ses comptes. Le bénéfice atteint 3 milliards de dollars.",
            "3 milliards de dollars",
            "Netflix",
        ),
        ("Ted Sarandos affirme que Netflix a produit la scène dix fois plus vite.", "dix fois", "Netflix"),
        # A country's economy belongs to the country, not to the institute that publishes the number.
        (
            "Selon l'Institut national des statistiques, le taux de chômage en Belgique atteint 6,2 %.",
            "6,2 %",
            "Belgique",
        ),
        (
            "La dette publique de l'Italie dépasse 2.800 milliards d'euros, relève la Banque d'Italie.",
            "2.800 milliards d'euros",
            "Italie",
        ),
        # The parse names the owner: the figure's own complement, the agent of a passive, over the nearest name.
        (
            "Une marge de 7,8 % a été annoncée jeudi par la banque Solvia, loin des 9 % du groupe Valmet.",
            "9 %",
            "Valmet",
        ),
        (
            "Une marge de 7,8 % a été annoncée jeudi par la banque Solvia, loin des 9 % du groupe Valmet.",
            "7,8 %",
            "Solvia",
        ),
        # Only a genitive complement says whose the figure is: « sur la plateforme X » is where it was lost.
        (
            "Le groupe Valmet a publié ses comptes. Le géant suédois a perdu 2 millions d'abonnés sur la plateforme "
            "Flixo.",
            "2 millions d'abonnés",
            "Valmet",
        ),
    ],
)
def test_entity(parse_text: Callable[..., ParsedArticle], text: str, surface: str, entity: str) -> None:
    figures = {f.surface: f for f in figures_of(parse_text, text)}
    assert figures[surface].entity == entity


@pytest.mark.parametrize(
    ("text", "language", "surface"),
    [
        (
            "Plus de 30 % des postes menacés dans la sous-traitance\n\n(Nordpresse Info) - Selon une étude publiée "
            "mardi, la sous-traitance automobile traverse une crise.\n\nNordpresse Info a interrogé des salariés.",
            "fr",
            "30 %",
        ),
        (
            "Studio jobs at risk\n\nLONDON (Wirecast News) - More than 40% of studio jobs are at risk, according to "
            "a survey published on Tuesday.\n\nWirecast News spoke to a dozen workers.",
            "en",
            "40%",
        ),
    ],
)
def test_the_agency_credited_at_the_head_of_the_lede_owns_no_figure(
    parse_text: Callable[..., ParsedArticle], text: str, language: str, surface: str
) -> None:
    """« (AFP) - »: the wire service the text comes from, not whose figures it reports."""
    figures = {f.surface: f for f in figures_of(parse_text, text, language)}
    assert figures[surface].entity is None


@pytest.mark.parametrize(
    ("text", "date", "surface", "period"),
    [
        (
            "Le chiffre d'affaires atteint 9 milliards de dollars pour le trimestre se terminant le 30 septembre.",
            "2024-10",
            "9 milliards de dollars",
            "Q3 2024",
        ),
        ("Au T3, le chiffre d'affaires atteint 9 milliards d'euros.", None, "9 milliards d'euros", "Q3"),
        ("Le salaire atteint 90 000 € par an.", None, "90 000 €", "per year"),
        ("En 2023, les ventes ont atteint 4 millions d'euros.", None, "4 millions d'euros", "2023"),
        # A change measured against a year before is no rate per year.
        ("Les ventes ont reculé de 7 % sur un an.", None, "7 %", None),
        ("L'an dernier, les ventes ont atteint 4 millions d'euros.", None, "4 millions d'euros", None),
        ("Sales fell 5% from a year earlier.", None, "5%", None),
        # A horizon is the period of what is forecast for it.
        ("La coopérative veut recruter 60 techniciens d'ici à fin 2027.", None, "60 techniciens", "2027"),
        ("Le marché pèsera 9 milliards d'euros à l'horizon 2030.", None, "9 milliards d'euros", "2030"),
        ("Sales should reach $3 billion by the end of 2028.", None, "$3 billion", "2028"),
    ],
)
def test_period(
    parse_text: Callable[..., ParsedArticle], text: str, date: str | None, surface: str, period: str | None
) -> None:
    from dataclasses import replace

    from newsclaims.parse import ParsedArticle as Parsed

    parsed = parse_text(text, "en" if text.startswith("Sales") else "fr")
    parsed = Parsed(replace(parsed.article, date=date), parsed.doc, parsed.sentences, parsed.limited)
    figures = {f.surface: f for f in extract_figures(parsed, find_mentions(parsed))}
    assert figures[surface].period == period


def test_links(parse_text: Callable[..., ParsedArticle]) -> None:
    text = (
        "Les revenus atteignent 11 milliards de dollars (8,25 milliards de livres sterling). "
        "Les bénéfices sont passés de 2,1 milliards de dollars à 3,1 milliards de dollars. "
        "Le coût de la série ira de 4 à 4,5 millions d'euros."
    )
    figures = {f.surface: f for f in figures_of(parse_text, text)}
    assert figures["8,25 milliards de livres sterling"].equivalent_of == "11 milliards de dollars"
    assert figures["3,1 milliards de dollars"].change_from == "2,1 milliards de dollars"
    assert figures["4"].range_with == "4,5 millions d'euros"
    assert figures["4,5 millions d'euros"].range_with == "4"


def test_implied_currency_is_flagged(parse_text: Callable[..., ParsedArticle]) -> None:
    text = "Le studio a encaissé 2 milliards de dollars. Il annonce 80 millions de bénéfice net."
    figures = {f.surface: f for f in figures_of(parse_text, text)}
    assert figures["80 millions"].unit == "USD" and figures["80 millions"].implied_unit
    assert not figures["2 milliards de dollars"].implied_unit


def test_an_elided_unit_comes_from_the_figure_before(parse_text: Callable[..., ParsedArticle]) -> None:
    text = (
        "Le chiffre d'affaires atteint 4,2 milliards de dollars, contre 3,9 milliards un an plus tôt. "
        "La plateforme compte 81 millions d'abonnés (78,5 millions fin juin)."
    )
    figures = {f.surface: f for f in figures_of(parse_text, text)}
    assert (figures["3,9 milliards"].kind, figures["3,9 milliards"].unit) == ("money", "USD")
    assert figures["3,9 milliards"].value == 3.9e9 and figures["3,9 milliards"].implied_unit
    assert (figures["78,5 millions"].kind, figures["78,5 millions"].unit) == ("count", "subscribers")
    assert not any(f.unit in {"millions", "milliards"} for f in figures.values())


def test_an_elided_unit_comes_from_the_whole_figure_not_a_part_of_it(parse_text: Callable[..., ParsedArticle]) -> None:
    # The article's first currency is the euro; the figure just before the elided one is in dollars.
    text = (
        "Le groupe a perdu 2 milliards d'euros en 2023. Cette année, il a dégagé un bénéfice de 9,1 milliards de"
        " dollars, après un premier semestre à 4,4 milliards."
    )
    figures = {f.surface: f for f in figures_of(parse_text, text)}
    assert (figures["4,4 milliards"].unit, figures["4,4 milliards"].implied_unit) == ("USD", True)


def test_an_amount_elided_before_its_figure_takes_the_unit_after_it(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: with no figure before it, « un million » is on the scale of the figure that names its
    # unit later in its sentence; a figure in the next sentence, or on another scale, lends it nothing.
    text = "Le service visait un million, mais il a finalement gagné 3,1 millions d'abonnés au printemps."
    figures = {f.surface: f for f in figures_of(parse_text, text)}
    assert (figures["un million"].unit, figures["un million"].value) == ("subscribers", 1e6)
    assert figures["un million"].implied_unit
    assert "un million" not in {
        f.surface for f in figures_of(parse_text, "Il visait un million. Il a 3 millions d'abonnés.")
    }
    assert "un million" not in {
        f.surface for f in figures_of(parse_text, "Il visait un million, puis 3 milliards d'euros.")
    }
    # Named only by the figure after it, the amount measures what that figure measures; its own words win.
    gained = {
        f.surface: f.metric
        for f in figures_of(
            parse_text, "La chaîne espérait un million, elle en a gagné 2,7 millions d'abonnés supplémentaires."
        )
    }
    assert gained["un million"] == gained["2,7 millions d'abonnés"] == "subscriber additions"
    own = {
        f.surface: f.metric
        for f in figures_of(
            parse_text, "Il visait un milliard de bénéfice, pour 5 milliards d'euros de chiffre d'affaires."
        )
    }
    assert own["un milliard"].startswith("profit")
    # A figure in brackets after an amount converts it into another currency: it lends it no unit.
    converted = figures_of(parse_text, "Le déficit atteint 1,6 milliard (1,9 milliard de dollars).")
    assert [f.surface for f in converted] == ["1,9 milliard de dollars"]


@pytest.mark.parametrize(
    ("text", "language", "counts"),
    [
        # Written for this test: a bare number a presentative gives repeats the figure another presentative gave in
        # its sentence; without that parallel, or across a full stop, it is no figure.
        ("Cette saison, c'est 30 magasins, l'an prochain ce sera 50, et à terme ce sera 2 000.", "fr",
         [("30 magasins", 30.0), ("50", 50.0), ("2 000", 2000.0)]),
        ("This year it's 40 stores, next year it will be 60.", "en", [("40 stores", 40.0), ("60", 60.0)]),
        ("C'est 30 magasins. Demain ce sera 50.", "fr", [("30 magasins", 30.0)]),
        ("Le groupe a 30 magasins et demain ce sera 50.", "fr", [("30 magasins", 30.0)]),
    ],
)  # fmt: skip
def test_a_bare_number_a_presentative_gives_repeats_the_figure_it_parallels(
    parse_text: Callable[..., ParsedArticle], text: str, language: str, counts: list[tuple[str, float]]
) -> None:
    found = [f for f in figures_of(parse_text, text, language) if f.kind == "count"]
    assert [(f.surface, f.value) for f in found] == counts
    assert len({f.unit for f in found}) == 1


def test_a_scaled_number_with_nothing_before_it_is_no_figure(parse_text: Callable[..., ParsedArticle]) -> None:
    assert figures_of(parse_text, "Ils étaient 2 millions, dit-on, à regarder le match.") == []


def test_a_range_bound_written_in_full_keeps_its_value(parse_text: Callable[..., ParsedArticle]) -> None:
    text = "Le nombre de demandeurs est passé de 85 000 à 1,2 million de personnes."
    figures = {f.surface: f for f in figures_of(parse_text, text)}
    assert figures["85 000"].value == 85_000


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("The service reached 41 million subscribers in March.", "41 million subscribers", 41e6, "subscribers"),
        ("It signed up 12.5 million paying subscribers.", "12.5 million paying subscribers", 12.5e6, "subscribers"),
    ],
)
def test_english_counts_after_a_scale_word(
    parse_text: Callable[..., ParsedArticle], text: str, surface: str, value: float, unit: str
) -> None:
    figures = {f.surface: f for f in figures_of(parse_text, text, "en")}
    assert (figures[surface].value, figures[surface].unit) == (value, unit)


def test_an_english_figure_belongs_to_an_organisation_of_the_parse(parse_text: Callable[..., ParsedArticle]) -> None:
    text = "Orbis Media reported revenue of $2.1 billion for the quarter."
    figures = {f.surface: f for f in figures_of(parse_text, text, "en")}
    assert figures["$2.1 billion"].entity == "Orbis Media"


def test_a_rate_moving_by_points_is_a_change_not_a_growth(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: points measure the difference of a rate, a percent its relative growth.
    figures = {f.surface: f for f in figures_of(parse_text, "Le taux de chômage a augmenté de 0,3 point en un an.")}
    assert (figures["0,3 point"].unit, figures["0,3 point"].metric) == ("%", "unemployment rate change")


def test_a_year_after_pour_is_no_bound_of_a_range(parse_text: Callable[..., ParsedArticle]) -> None:
    text = "Le gouvernement a ramené sa prévision de croissance pour 2025 à 0,9 %."
    assert [(f.surface, f.value) for f in figures_of(parse_text, text)] == [("0,9 %", 0.9)]


@pytest.mark.parametrize(
    ("text", "surface", "qualifier", "forecast"),
    [
        # Written for these tests.
        (
            "Le groupe a réalisé environ 3 milliards d'euros de chiffre d'affaires.",
            "3 milliards d'euros",
            "approximately",
            False,
        ),
        ("Le groupe prévoit plus de 4 milliards d'euros de ventes en 2026.", "4 milliards d'euros", "more_than", True),
        ("Les ventes atteindront 5 milliards d'euros.", "5 milliards d'euros", None, True),
        ("Le studio compte moins de 200 salariés.", "200 salariés", "less_than", False),
        ("La baisse pourra aller jusqu'à 12 % des effectifs.", "12 %", "up_to", True),
    ],
)
def test_qualifier_and_forecast_of_a_figure(
    parse_text: Callable[..., ParsedArticle], text: str, surface: str, qualifier: str | None, forecast: bool
) -> None:
    figure = {f.surface: f for f in figures_of(parse_text, text)}[surface]
    assert (figure.qualifier, figure.forecast) == (qualifier, forecast)


def test_english_qualifier_and_forecast(parse_text: Callable[..., ParsedArticle]) -> None:
    figures = figures_of(parse_text, "The company expects revenue of up to $2 billion next year.", "en")
    assert [(f.surface, f.qualifier, f.forecast) for f in figures] == [("$2 billion", "up_to", True)]


def test_a_possessive_makes_the_phrase_the_subjects(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: « its » says whose the deal is, whatever name its complement holds.
    text = "Valmet Corp is still recommending its $83 billion deal with Norbus Inc."
    assert [f.entity for f in figures_of(parse_text, text, "en")] == ["Valmet Corp"]


def test_an_english_figure_said_by_the_company_is_the_companys(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: « the company » is the organisation the article is about, not the last one named.
    text = (
        "Valmet Corp reported its results on Tuesday. Valmet Corp also named a new chief. "
        "Analysts at Norbus Inc were cautious. The company said revenue rose 8% to $4 billion."
    )
    assert {f.surface: f.entity for f in figures_of(parse_text, text, "en")}["$4 billion"] == "Valmet Corp"


def test_the_owner_named_after_the_counted_noun(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: the owner is the complement of the counted noun, not the nearest name before.
    text = "Pathé reste loin derrière les 90 millions d'abonnés de Gaumont et les 40 millions d'abonnés de Netflix."
    owners = {f.surface: f.entity for f in figures_of(parse_text, text)}
    assert owners == {"90 millions d'abonnés": "Gaumont", "40 millions d'abonnés": "Netflix"}


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # Written for these tests: in the first person, the speaker gives the figure of the organisation they speak
        # for, whatever organisation the quotation names before it.
        (
            "« Malgré le groupe Norbus, notre chiffre d'affaires a atteint 3 milliards d'euros », a affirmé Paul "
            "Marin, le patron du groupe Valmet.",
            "Valmet",
        ),
        (
            "Paul Marin, directeur général du groupe Valmet, a déclaré : « Face au groupe Norbus, nous avons vendu "
            "300 camions cette année. »",
            "Valmet",
        ),
        # In the third person the quotation's own subject owns it.
        ("« Le groupe Norbus a vendu 300 camions », a affirmé Paul Marin, le patron du groupe Valmet.", "Norbus"),
    ],
)
def test_a_figure_given_in_the_first_person_is_the_speakers_side(
    parse_text: Callable[..., ParsedArticle], text: str, owner: str
) -> None:
    parsed = parse_text(text)
    mentions = find_mentions(parsed)
    figures = extract_figures(parsed, mentions, extract_quotes(parsed, mentions))
    assert [f.entity for f in figures] == [owner]


@pytest.mark.parametrize(
    "text",
    [
        # Written for these tests: a salary is the earner's, not the club's that pays it nor that of the agent or
        # the minister named in the sentence before.
        "Paul Marin restera au club de Norbus jusqu'en 2030. Le club de Norbus a prolongé Paul Marin après des "
        "mois de discussions. Son agent, Jean Roux, a mené les négociations avec le ministre Luc Besson. Le milieu "
        "de terrain touchera un salaire de 4 millions d'euros par saison.",
        "Jean Roux, l'agent de Paul Marin, a confirmé que Paul Marin touchera un salaire de 4 millions d'euros.",
    ],
)
def test_a_salary_belongs_to_the_person_who_earns_it(parse_text: Callable[..., ParsedArticle], text: str) -> None:
    assert [f.entity for f in figures_of(parse_text, text) if f.metric == "salary"] == ["Paul Marin"]


def test_an_infinitive_takes_its_metric_from_the_clause_it_completes(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: « pour atteindre X » has no subject; the clause's « le nombre d'abonnés » says what X
    # counts.
    text = "Le nombre d'abonnés du groupe Valmet a grimpé cette année pour atteindre 3 millions de personnes."
    assert [(f.metric, f.entity) for f in figures_of(parse_text, text)] == [("subscribers", "Valmet")]


def test_the_number_of_unemployed_is_the_countrys_whoever_publishes_it(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    # Written for this test: a count of the unemployed is a country's statistic, not the institute's that gives it.
    text = (
        "Le taux de chômage atteint 6 % en Belgique. Le nombre de chômeurs a augmenté pour atteindre 1,5 million "
        "de personnes, selon l'institut Statbel. La Belgique compte 300 000 chômeurs de longue durée."
    )
    found = {f.surface: (f.metric, f.entity) for f in figures_of(parse_text, text) if f.kind == "count"}
    assert found == {
        "1,5 million de personnes": ("unemployed", "Belgique"),
        "300 000 chômeurs": ("unemployed", "Belgique"),
    }


def test_a_figure_in_a_heading_belongs_to_whom_the_paragraph_below_names(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    # Written for this test: the subheading announces the paragraph under it, not the one above.
    text = (
        "Le groupe Norbus a publié ses comptes mardi.\n\nBénéfice net de 2 milliards d'euros\n\n"
        "Le groupe Valmet a réalisé un bénéfice net de 2 milliards d'euros au trimestre."
    )
    assert [f.entity for f in figures_of(parse_text, text)] == ["Valmet", "Valmet"]


def test_a_speakers_employer_named_by_a_later_title_owns_their_first_person_figures(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    # Written for this test: the quote gives a bare name; the next sentence calls the same man « le directeur
    # financier du groupe Valmet », which names whom « on » speaks for. « à 55 » hangs on the participle « livrés ».
    text = (
        "Le groupe Valmet a présenté ses comptes. Un accord avec la société Norbus reste en suspens. "
        "Jeudi, Paul Marin a indiqué qu'on allait passer de 40 camions livrés cette année à 55 l'an prochain. "
        "Le directeur financier du groupe Valmet a ajouté que la demande restait forte."
    )
    parsed = parse_text(text)
    mentions = find_mentions(parsed)
    assert {m.affiliation for m in mentions if m.name == "Paul Marin"} >= {"Valmet"}
    figures = extract_figures(parsed, mentions, extract_quotes(parsed, mentions))
    assert {f.surface: f.entity for f in figures if f.value in (40, 55)} == {"40 camions": "Valmet", "55": "Valmet"}


@pytest.mark.parametrize(
    ("text", "language", "surface", "metric"),
    [
        # Written for these tests. A central bank's rate is an interest rate.
        ("La banque centrale a maintenu ses taux directeurs à 4 %.", "fr", "4 %", "interest rate"),
        ("The central bank held interest rates at 5.25% on Thursday.", "en", "5.25%", "interest rate"),
        # Verbs of a rise or a fall that govern a percentage.
        ("Revenue surged 12 percent in the quarter.", "en", "12 percent", "revenue growth"),
        ("Profit dipped 4 percent in the quarter.", "en", "4 percent", "profit change"),
        ("Le chiffre d'affaires s'est effondré de 9 % au trimestre.", "fr", "9 %", "revenue change"),
        # A count gained or lost is an addition or a loss of what is counted.
        (
            "La plateforme a gagné 3 millions d'abonnés au trimestre.",
            "fr",
            "3 millions d'abonnés",
            "subscriber additions",
        ),
        ("La plateforme a perdu 800 000 abonnés en un an.", "fr", "800 000 abonnés", "subscriber losses"),
        ("La plateforme compte 90 millions d'abonnés.", "fr", "90 millions d'abonnés", "subscribers"),
        ("The service lost 2 million subscribers last year.", "en", "2 million subscribers", "subscriber losses"),
        # « more » stands for the object of the verb of a gain.
        (
            "The service has 18 million subscribers and expects to add 2 million more next year.",
            "en",
            "2 million",
            "subscriber additions",
        ),
        # So is a count that completes the noun of a rise or a fall.
        (
            "La plateforme a enregistré une baisse de 3 millions d'abonnés.",
            "fr",
            "3 millions d'abonnés",
            "subscriber losses",
        ),
        (
            "The platform reported an increase of 3 million subscribers.",
            "en",
            "3 million subscribers",
            "subscriber additions",
        ),
        # A level percentage of counted things is a share of them, not a number of them.
        (
            "Selon la direction, 70 % des abonnés de Valmet ont choisi l'offre premium.",
            "fr",
            "70 %",
            "share of subscribers",
        ),
        ("About 70% of the company's subscribers moved to the new plan.", "en", "70%", "share of subscribers"),
        ("Le déficit atteint 4 % du PIB.", "fr", "4 %", "deficit"),
        # An adjective of addition on the counted noun makes the count an addition.
        (
            "Valmet compte 2 millions d'abonnés supplémentaires depuis l'été.",
            "fr",
            "2 millions d'abonnés",
            "subscriber additions",
        ),
        (
            "The service has 300,000 new subscribers this quarter.",
            "en",
            "300,000 new subscribers",
            "subscriber additions",
        ),
        # Written for these tests. The figure's own complement names what moved, whatever the sentence says after.
        ("Malgré un recul de 12 % de son bénéfice net, le titre monte.", "fr", "12 %", "net profit change"),
        (
            "Valmet a réalisé 3 milliards d'euros de chiffre d'affaires malgré ses coûts.",
            "fr",
            "3 milliards d'euros",
            "revenue",
        ),
        # A level percentage is taken of its complement: another word of the sentence says what it measures.
        ("Le déficit public atteint 4 % du PIB.", "fr", "4 %", "deficit"),
        # An adjective refines the metric even with another between (« semestriel »).
        (
            "Le bénéfice semestriel net du groupe atteint 3 milliards d'euros.",
            "fr",
            "3 milliards d'euros",
            "net profit",
        ),
        # Function words between the figure and its verb do not cut it from the verb's subject.
        (
            "Profits dipped 24 percent from a year prior to $2.1 billion, while revenues surged 36 percent.",
            "en",
            "$2.1 billion",
            "profit",
        ),
        # Written for these tests: a noun or a verb of an aim that governs the figure makes it a target or a
        # forecast of its metric, not a result.
        (
            "La banque centrale veut ramener l'inflation à son objectif d'environ 2 % d'ici deux ans.",
            "fr",
            "2 %",
            "inflation target",
        ),
        ("Le groupe prévoit une hausse de 3 % de son chiffre d'affaires.", "fr", "3 %", "revenue growth forecast"),
        ("Le gouvernement a abaissé sa prévision de croissance du PIB à 0,8 %.", "fr", "0,8 %", "GDP growth forecast"),
        (
            "The streamer has 140 million subscribers, above its 120 million target.",
            "en",
            "120 million",
            "subscriber target",
        ),
        (
            "The streamer has 140 million subscribers, above its 120 million target.",
            "en",
            "140 million subscribers",
            "subscribers",
        ),
    ],
)
def test_the_parse_names_the_metric(
    parse_text: Callable[..., ParsedArticle], text: str, language: str, surface: str, metric: str
) -> None:
    assert {f.surface: f.metric for f in figures_of(parse_text, text, language)}[surface] == metric


def test_an_elided_amount_in_words_takes_the_unit_before_it(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: « deux milliards » has no currency of its own; the amount before gives it.
    text = "Le studio a levé 3 milliards de dollars, loin des deux milliards espérés au départ."
    found = {f.surface: (f.kind, f.value, f.unit, f.implied_unit) for f in figures_of(parse_text, text)}
    assert found["deux milliards"] == ("money", 2_000_000_000, "USD", True)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Written for these tests: a bare number set against a figure takes its kind and unit.
        (
            "Le taux d'épargne grimpe à 18,2 % cet été, contre 17,5 un an plus tôt.",
            "fr",
            ("17,5", "percent", 17.5, "%"),
        ),
        ("The studio hired 60 animators this year, up from 45 in 2022.", "en", ("45", "count", 45, "animators")),
        ("Sales reached $4 billion, compared with 3.6 a year earlier.", "en", ("3.6", "money", 3.6e9, "USD")),
        ("La chaîne passera de 30 émissions par saison à 24, puis à 20.", "fr", ("20", "count", 20, "émissions")),
        ("La mairie compte 400 agents et en a recruté 35 cette année.", "fr", ("35", "count", 35, "agents")),
    ],
)
def test_a_bare_number_set_against_a_figure_takes_its_unit(
    parse_text: Callable[..., ParsedArticle], text: str, language: str, expected: tuple[str, str, float, str]
) -> None:
    found = {f.surface: (f.surface, f.kind, f.value, f.unit) for f in figures_of(parse_text, text, language)}
    assert found[expected[0]] == expected
    assert all(f.implied_unit for f in figures_of(parse_text, text, language) if f.surface == expected[0])


@pytest.mark.parametrize(
    "text",
    [
        "Le club a gagné à 12 contre 11 sur son terrain.",  # no figure before: a score, no unit to lend
        "Le groupe emploie 300 salariés. Contre 2 voix, le conseil a adopté le plan.",  # another sentence
        "Il a versé 5 millions d'euros à 3 associations.",  # « à » opens no range without « de X » before it
    ],
)
def test_a_bare_number_with_no_figure_to_lean_on_is_no_figure(
    parse_text: Callable[..., ParsedArticle], text: str
) -> None:
    assert not any(f.implied_unit and f.surface in {"11", "2", "3"} for f in figures_of(parse_text, text))


def test_a_signed_number_of_points_needs_no_other_cue(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: the sign makes the move; « 3 points » alone is a score.
    found = {
        f.surface: f.value
        for f in figures_of(parse_text, "La part des jeunes reste sous son record de 2009 (-2,4 points).")
    }
    assert found == {"-2,4 points": -2.4}
    assert figures_of(parse_text, "L'équipe a marqué 3 points samedi.") == []


def test_a_move_in_points_continues_in_the_next_points_of_its_sentence(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    # Written for this test: the second move shares the first one's verb (« augmente … et de 0,6 point »).
    text = "Le taux de chômage augmente de 0,4 point sur le trimestre et de 0,6 point sur un an, à 7 %."
    moves = {f.surface: f.metric for f in figures_of(parse_text, text) if "point" in f.surface}
    assert moves == {"0,4 point": "unemployment rate change", "0,6 point": "unemployment rate change"}
    # A score stays a score, however many follow it.
    assert figures_of(parse_text, "L'équipe a marqué 3 points samedi et 5 points dimanche.") == []


@pytest.mark.parametrize(
    ("text", "language", "surface", "unit"),
    [
        ("Le jury a retenu trois candidatures sur le dossier.", "fr", "trois candidatures", "candidatures"),
        ("The board heard five witnesses on Monday.", "en", "five witnesses", "witnesses"),
    ],
)
def test_a_number_word_counts_any_plural_noun(
    parse_text: Callable[..., ParsedArticle], text: str, language: str, surface: str, unit: str
) -> None:
    assert {f.surface: f.unit for f in figures_of(parse_text, text, language)}.get(surface) == unit


@pytest.mark.parametrize(
    "text", ["Les deux chaînes ont refusé.", "Ces trois studios ont fermé.", "The two unions agreed."]
)
def test_a_number_word_after_a_determiner_counts_nothing_new(
    parse_text: Callable[..., ParsedArticle], text: str
) -> None:
    assert figures_of(parse_text, text, "en" if text.startswith("The") else "fr") == []


@pytest.mark.parametrize(
    ("text", "language", "surface", "value"),
    [
        ("Le nombre d'abonnés a été multiplié par quatre.", "fr", "multiplié par quatre", 4),
        ("Les délais ont été divisés par 3 depuis la réforme.", "fr", "divisés par 3", 3),
        ("Waiting times were divided by two.", "en", "divided by two", 2),
    ],
)
def test_a_factor_after_multiply_or_divide_is_a_multiplier(
    parse_text: Callable[..., ParsedArticle], text: str, language: str, surface: str, value: float
) -> None:
    found = {f.surface: (f.kind, f.value) for f in figures_of(parse_text, text, language)}
    assert found[surface] == ("multiplier", value)


def test_a_fraction_word_counts_nothing(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: the ordinal suffix makes « millièmes » a fraction, not things counted.
    assert figures_of(parse_text, "Il manquait quatre millièmes de seconde.") == []


@pytest.mark.parametrize(
    ("text", "surface", "entity"),
    [
        # Written for these tests: the source a figure is cited from, or the place it leaves out, owns nothing.
        (
            "La société Velora a publié ses comptes mardi. Selon le cabinet Statmark, ses ventes ont atteint "
            "2 millions d'euros.",
            "2 millions d'euros",
            "Velora",
        ),
        ("En Belgique, hors Wallonie, le taux de chômage atteint 8 %.", "8 %", "Belgique"),
    ],
)
def test_a_source_or_an_exclusion_is_not_the_owner(
    parse_text: Callable[..., ParsedArticle], text: str, surface: str, entity: str
) -> None:
    assert {f.surface: f.entity for f in figures_of(parse_text, text)}[surface] == entity


@pytest.mark.parametrize(
    ("text", "language", "surface", "metric"),
    [
        # Written for these tests: an amount of money can be a move as well as a level.
        ("Le chiffre d'affaires atteint 3 milliards d'euros, en hausse de 40 millions d'euros.", "fr",
         "40 millions d'euros", "revenue growth"),
        ("Le chiffre d'affaires atteint 3 milliards d'euros, en hausse de 40 millions d'euros.", "fr",
         "3 milliards d'euros", "revenue"),
        ("Les ventes ont atteint 610 millions d'euros, soit 25 millions d'euros de plus qu'en 2022.", "fr",
         "25 millions d'euros", "revenue growth"),
        ("Revenue rose 4% to $3 billion.", "en", "$3 billion", "revenue"),
        ("Revenue came in at $2 billion, $40 million less than a year earlier.", "en", "$40 million",
         "revenue change"),
    ],
)  # fmt: skip
def test_a_move_of_money_is_growth_or_change_and_a_level_reached_is_not(
    parse_text: Callable[..., ParsedArticle], text: str, language: str, surface: str, metric: str
) -> None:
    assert {f.surface: f.metric for f in figures_of(parse_text, text, language)}[surface] == metric


def test_a_dash_after_a_word_is_no_sign(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: « mi-2019 (-2,5 points) » is a fall; the dash of « mi-2019 » signs nothing.
    found = {
        f.surface: f for f in figures_of(parse_text, "La part des jeunes reste sous son pic de mi-2019 (-2,5 points).")
    }
    assert (found["-2,5 points"].value, found["-2,5 points"].metric.endswith("change")) == (-2.5, True)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # Written for this test: « appareils » are planes in an article on air travel, devices elsewhere.
        ("La compagnie aérienne a reçu 120 appareils cette année.", "planes"),
        ("Le magasin a vendu 120 appareils cette année.", "devices"),
        ("Les actionnaires ont cédé 5 000 titres en bourse.", "shares"),
        ("La plateforme propose 5 000 titres à ses abonnés.", "titles"),
    ],
)
def test_a_count_noun_of_several_senses_takes_the_articles_sense(
    parse_text: Callable[..., ParsedArticle], text: str, unit: str
) -> None:
    (figure,) = figures_of(parse_text, text)
    assert figure.unit == unit


def test_a_quoted_clause_keeps_its_figures_a_quoted_title_does_not(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: speech in quotation marks is no title, even when it ends in a number.
    text = "Le directeur veut « passer de 20 appareils produits aujourd'hui, à 14 en 2019, puis à 9 »."
    assert [f.value for f in figures_of(parse_text, text)] == [20, 14, 9]
    assert figures_of(parse_text, "Le studio tourne « Les Vacances de Léon 3 » cet été.") == []


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # Written for this test: a count that is what an act did is measured by the act.
        ("Le constructeur a livré 120 tracteurs en mars.", "120 tracteurs", "deliveries"),
        ("Il reste 40 tracteurs livrés en avril et 30 tracteurs à livrer.", "40 tracteurs", "deliveries"),
        ("Il reste 40 tracteurs livrés en avril et 30 tracteurs à livrer.", "30 tracteurs", "tracteurs"),
        # Jobs that an act cut or created are job cuts or job creations.
        ("Le groupe compte 400 postes supprimés depuis janvier.", "400 postes", "job cuts"),
        ("Le groupe compte 400 postes depuis janvier.", "400 postes", "jobs"),
        # The noun of an act measures the count that is its complement.
        ("Le plan entraîne le licenciement de 800 salariés.", "800 salariés", "job cuts"),
        ("Le groupe annonce la création de 300 emplois.", "300 emplois", "job creations"),
        ("La vente de 120 tracteurs a été conclue.", "120 tracteurs", "sales"),
        ("The plan means the elimination of 2,000 jobs.", "2,000 jobs", "job cuts"),
        ("The sale of 300 cars closed in May.", "300 cars", "sales"),
    ],
)
def test_a_count_done_by_an_act_is_measured_by_the_act(
    parse_text: Callable[..., ParsedArticle], text: str, surface: str, metric: str
) -> None:
    figures = {f.surface: f for f in figures_of(parse_text, text, "en" if text.startswith("The ") else "fr")}
    assert figures[surface].metric == metric


def test_the_agent_of_a_participle_on_a_count_owns_it(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: « livrés par le groupe Orvex » says whose count it is, whoever the sentence is about.
    text = "Le groupe Valtane a dépassé les 500 000 tracteurs livrés par le groupe Orvex l'an passé."
    (figure,) = figures_of(parse_text, text)
    assert (figure.metric, figure.entity) == ("deliveries", "Orvex")


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # Written for this test: a part introduced by « dont » is counted in its whole's unit when its own noun is
        # one the lexicon does not know; otherwise, or without « dont », each count keeps its noun.
        ("Le loueur a acheté 300 véhicules, dont 120 utilitaires.", ["vehicles", "vehicles"]),
        ("Le loueur a acheté 300 véhicules et 120 utilitaires.", ["vehicles", "utilitaires"]),
        ("The airline bought 40 planes, including 12 widebodies.", ["planes", "planes"]),
        # A bracket right after a count that lists numbered items breaks it down, whatever words follow each
        # number; a bracket that is no such list (a year, a single item) does not.
        ("Le loueur a acheté 300 véhicules (180 Kangoo et 120 Trafic).", ["vehicles", "vehicles", "vehicles"]),
        ("The airline bought 40 planes (28 Embraer and 12 Boeing).", ["planes", "planes", "planes"]),
        (
            "Le loueur a acheté 300 véhicules (180 Kangoo, 80 Trafic et 40 petits fourgons Master).",
            ["vehicles", "vehicles", "vehicles", "vehicles"],
        ),
        ("Le loueur a acheté 300 véhicules (en 2019 Lyon).", ["vehicles"]),
        ("Le loueur a acheté 300 véhicules (120 Trafic).", ["vehicles"]),
    ],
)
def test_a_part_of_a_count_is_counted_in_the_unit_of_the_whole(
    parse_text: Callable[..., ParsedArticle], text: str, units: list[str]
) -> None:
    language = "en" if text.startswith("The") else "fr"
    assert [f.unit for f in figures_of(parse_text, text, language) if f.kind == "count"] == units


@pytest.mark.parametrize(
    ("text", "language", "metric"),
    [
        # Written for this test: a margin the text leaves bare is the margin of the profit named before it, as a
        # pronoun is its antecedent's; with none named it stays a margin; a margin of votes is no profit's.
        ("Le résultat d'exploitation de Ferbel a atteint 2 milliards d'euros, soit une marge de 9,1 %.", "fr",
         "operating margin"),
        ("Le résultat opérationnel a progressé. Plus loin, sa rentabilité est tombée à 9,1 %.", "fr",
         "operating margin"),
        ("Le bénéfice net du groupe Valmet atteint 300 millions d'euros, pour une marge de 9,1 %.", "fr",
         "net margin"),
        ("Operating income rose to $2 billion, a margin of 9.1%.", "en", "operating margin"),
        ("En marge du salon, le groupe Valmet a annoncé une marge de 9,1 %.", "fr", "margin"),
    ],
)  # fmt: skip
def test_a_bare_margin_is_the_margin_of_the_profit_named_before_it(
    parse_text: Callable[..., ParsedArticle], text: str, language: str, metric: str
) -> None:
    (figure,) = [f for f in figures_of(parse_text, text, language) if f.kind == "percent"]
    assert figure.metric == metric


def test_a_margin_of_votes_is_no_margin_of_a_profit(parse_text: Callable[..., ParsedArticle]) -> None:
    text = "Operating income rose to $2 billion. The bill passed by a margin of 12 votes."
    (votes,) = [f for f in figures_of(parse_text, text, "en") if f.kind == "count"]
    assert votes.metric == "margin"


def test_a_noun_argument_of_the_verb_names_the_metric_before_a_pronoun_subject(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    # Written for this test: « il a vu son chiffre d'affaires grimper … à X »: X measures the object, not what « il »
    # stands for; a pronoun with no noun beside it still continues the metric named before it.
    text = (
        "Le groupe Valmet a publié ses comptes. L'an dernier, il a vu son chiffre d'affaires grimper de 4 %, à 2,1 "
        "milliards d'euros, pour un bénéfice net de 0,3 milliard d'euros. Les ventes ont reculé. Elles se sont "
        "établies à 3 milliards d'euros."
    )
    metrics = {f.surface: f.metric for f in figures_of(parse_text, text)}
    assert metrics["2,1 milliards d'euros"] == "revenue"
    assert metrics["3 milliards d'euros"] == "revenue"


def test_a_part_of_a_count_is_measured_as_the_whole_is(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: 500 of the 700 planes delivered are deliveries too, not a bare number of planes.
    text = "Le constructeur a livré 700 avions en 2020, dont 500 monocouloirs."
    assert [f.metric for f in figures_of(parse_text, text)] == ["deliveries", "deliveries"]


@pytest.mark.parametrize(
    ("text", "language", "entity"),
    [
        # Written for this test: a country's figure in a text that names no place is the country of the national
        # institutions it names; a place the text names wins; a company's debt stays the company's.
        ("La dette publique atteint 2.400 milliards d'euros, selon l'Insee.", "fr", "France"),
        ("Unemployment rose to 4.5% in May, the Bureau of Labor Statistics said.", "en", "United States"),
        ("Le taux de chômage de l'Italie atteint 8 %, selon l'Insee.", "fr", "Italie"),
        ("La dette de la SNCF atteint 30 milliards d'euros, selon l'Insee.", "fr", "SNCF"),
    ],
)
def test_a_countrys_figure_belongs_to_the_country_of_the_institutions_named(
    parse_text: Callable[..., ParsedArticle], text: str, language: str, entity: str
) -> None:
    (figure,) = figures_of(parse_text, text, language)
    assert figure.entity == entity


@pytest.mark.parametrize(
    ("text", "language", "metric"),
    [
        # Written for these tests: unemployment given in percent is its rate; given as a count, it stays itself.
        ("En Belgique, le chômage a atteint 6,1 % en mars.", "fr", "unemployment rate"),
        ("Unemployment rose to 4.5% in May.", "en", "unemployment rate"),
        # Long-term unemployment is a rate of its own, also with the hyphen the parser splits off.
        (
            "Au printemps, le taux de chômage de longue durée a atteint 2,3 %.",
            "fr",
            "long-term unemployment rate",
        ),
        ("Long-term unemployment rose to 1.2% in May.", "en", "long-term unemployment rate"),
        # An adjective that restricts what is counted stays in the metric, in English order.
        ("Le quotidien compte désormais 300 000 abonnés numériques.", "fr", "digital subscribers"),
        ("Le service revendique 8 millions d'utilisateurs actifs mensuels.", "fr", "monthly active users"),
        ("The app now has 12 million paying subscribers.", "en", "paid subscribers"),
        ("Le groupe a enregistré 1 240 commandes nettes en 2024.", "fr", "net orders"),
        ("The service has 132 million streaming subscribers.", "en", "streaming subscribers"),
        # English puts a modifier before any plural noun, known to the lexicon or not.
        ("The group booked 1,240 net orders in 2024.", "en", "net orders"),
        # The amount of a deal is its value; a count after a sentence on a merger still counts its own noun, never
        # the merger's value.
        ("The board backs the $40 billion deal with its rival.", "en", "deal value"),
        ("La transaction, d'un montant de 5 milliards d'euros, sera bouclée en mars.", "fr", "deal value"),
        ("Les deux groupes ont annoncé leur fusion. Cela signifierait le départ de 3.000 salariés.", "fr", "employees"),
    ],
)
def test_the_metric_of_a_lone_figure(
    parse_text: Callable[..., ParsedArticle], text: str, language: str, metric: str
) -> None:
    (figure,) = figures_of(parse_text, text, language)
    assert figure.metric == metric


def test_an_organisation_named_once_in_a_title_is_the_speakers_employer(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    # Written for this test: « le président de X » names X once; it is still the organisation the speaker's
    # first-person figures belong to.
    text = (
        "Marc Dulac, le président de Safran Aircraft Engines, a tenu lundi sa conférence annuelle. Marc Dulac a "
        "expliqué qu'on allait « produire 40 moteurs »."
    )
    (figure,) = figures_of(parse_text, text)
    assert figure.entity == "Safran Aircraft Engines"


def test_a_person_named_in_the_sentence_brings_their_employer(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: the sentence names the company's president, not the company; the organisation of the
    # sentence before is someone else's.
    text = (
        "Marc Dulac, le président de Safran, a tenu sa conférence lundi. Le contrat avec la compagnie Orvia n'est pas "
        "signé. Marc Dulac a annoncé 300 embauches en 2025."
    )
    (figure,) = figures_of(parse_text, text)
    assert figure.entity == "Safran"


def test_a_figure_whose_own_words_name_its_owner_is_not_the_speakers_side(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    # Written for this test: in a first-person quotation, « les 2 milliards annoncés par le groupe Valmet » are
    # Valmet's; the speaker's own savings stay their company's.
    text = (
        "Marc Dulac, le directeur financier de Safran, a répondu aux analystes. « Nous avons identifié 500 millions "
        "d'euros d'économies, inclus dans les 2 milliards d'euros annoncés par le groupe Valmet », a déclaré Marc "
        "Dulac."
    )
    parsed = parse_text(text)
    mentions = find_mentions(parsed)
    figures = extract_figures(parsed, mentions, extract_quotes(parsed, mentions))
    entities = {f.surface: f.entity for f in figures}
    assert entities == {"500 millions d'euros": "Safran", "2 milliards d'euros": "Valmet"}


def test_a_count_after_a_colon_and_the_number_set_against_it_keep_the_labels_qualifiers(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    # Written for this test: « nettes » qualifies the counted noun of the label; the number set against the count
    # counts the same noun, qualified the same way.
    text = "Le groupe l'emporte en commandes nettes : 1 240 contre 860 chez son rival."
    assert [f.metric for f in figures_of(parse_text, text)] == ["net orders", "net orders"]


@pytest.mark.parametrize(
    ("text", "language", "counts"),
    [
        # Written for this test: a bare number right after a colon counts the plural lexicon noun that ends the label
        # before it; a year, a time or a label that is no counted noun gives nothing.
        ("Le groupe l'emporte en commandes nettes : 1 240 contre 860 chez son rival.", "fr",
         [("1 240", "orders"), ("860", "orders")]),
        ("Salariés : 1 200 en 2024.", "fr", [("1 200", "employees")]),
        ("Employees: 1,200 in 2024.", "en", [("1,200", "employees")]),
        ("Rendez-vous : 2025 sera l'année des commandes.", "fr", []),
        ("La séance des commandes : 10:30 au plus tard.", "fr", []),
        ("Le bilan du groupe : 1 240 au total.", "fr", []),
    ],
)  # fmt: skip
def test_a_bare_number_after_a_colon_counts_the_noun_of_its_label(
    parse_text: Callable[..., ParsedArticle], text: str, language: str, counts: list[tuple[str, str]]
) -> None:
    assert [(f.surface, f.unit) for f in figures_of(parse_text, text, language) if f.kind == "count"] == counts


@pytest.mark.parametrize(
    ("text", "language", "entities"),
    [
        # Written for this test: a figure set against another and followed by « pour » / "for" and a name is that
        # name's; set against a year before, it stays the sentence's.
        ("Le groupe Valtane l'emporte en commandes nettes : 1 240 contre 860 pour le groupe Orvex.", "fr",
         ["Valtane", "Orvex"]),
        ("Valtane Corp. hired 1,240 engineers last year, against 860 for Orvex Inc.", "en",
         ["Valtane Corp.", "Orvex Inc."]),
        ("Valtane Corp. hired 1,240 engineers last year, against 860 a year earlier.", "en",
         ["Valtane Corp.", "Valtane Corp."]),
    ],
)  # fmt: skip
def test_a_figure_set_against_another_for_a_name_is_that_names(
    parse_text: Callable[..., ParsedArticle], text: str, language: str, entities: list[str]
) -> None:
    assert [f.entity for f in figures_of(parse_text, text, language)] == entities


@pytest.mark.parametrize(
    ("text", "language", "metric"),
    [
        # Written for this test: what befalls the counted things joins their metric, whether the count is the
        # passive subject, the object or the noun a participle hangs on; a verb that befalls nothing does not.
        ("Selon l'étude, 12 000 postes seront touchés par l'automatisation d'ici 2030.", "fr", "jobs affected"),
        ("L'automatisation va toucher 8 000 salariés.", "fr", "employees affected"),
        ("Au total, 3 000 emplois menacés dans la région.", "fr", "jobs at risk"),
        ("About 40,000 jobs could be affected by AI by 2030.", "en", "jobs affected"),
        ("The plan puts 5,000 jobs at risk.", "en", "jobs at risk"),
        ("AI threatens 12,000 jobs in the region.", "en", "jobs at risk"),
        (
            "Selon le rapport, 30 % des postes de la région seraient impactés par l'automatisation.",
            "fr",
            "share of jobs affected",
        ),
        ("Selon le rapport, 30 % des postes de la région sont occupés par des femmes.", "fr", "share of jobs"),
        ("The firm hit 5,000 subscribers in May.", "en", "subscribers"),
    ],
)
def test_what_befalls_the_counted_things_joins_their_metric(
    parse_text: Callable[..., ParsedArticle], text: str, language: str, metric: str
) -> None:
    (figure,) = [f for f in figures_of(parse_text, text, language) if f.kind in {"count", "percent"}]
    assert figure.metric == metric


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        # Written for this test: the parser loses the subject of « seront touchés » behind a relative clause
        # between dashes, and hangs « sont menacés » on the complement « dans 12 agences »; the participle with its
        # own auxiliary and no subject, agreeing with the count, is still what befalls it. A count after « dans »
        # counts places: it is not measured by the noun it hangs on.
        (
            "Selon le rapport, près de 6.000 postes de la filière - qui rassemble les ateliers et les usines - "
            "seront touchés par la réforme.",
            {"6.000 postes": "jobs affected"},
        ),
        (
            'Au total, 900 emplois (vendeurs, caissiers...) dans 12 agences du pays sont "directement menacés" selon '
            "la direction.",
            {"900 emplois": "jobs at risk", "12 agences": "agencies"},
        ),
        ("La réforme supprime 900 emplois dans 12 agences.", {"900 emplois": "job cuts", "12 agences": "agencies"}),
        ("Le groupe compte 4 000 salariés et a été racheté en mai.", {"4 000 salariés": "employees"}),
    ],
)
def test_what_befalls_a_count_whose_subject_link_the_parser_lost(
    parse_text: Callable[..., ParsedArticle], text: str, metrics: dict[str, str]
) -> None:
    assert {f.surface: f.metric for f in figures_of(parse_text, text)} == metrics


@pytest.mark.parametrize(
    ("text", "language", "metric"),
    [
        # Written for this test: the order backlog, the turnout of a vote and a holder's voting rights are metrics of
        # ordinary business and election reporting, in both languages.
        ("Le carnet de commandes du constructeur atteint 1 200 trains.", "fr", "order backlog"),
        ("The order book stood at 1,200 trains.", "en", "order backlog"),
        ("Le taux de participation s'établit à 61 %.", "fr", "turnout"),
        ("Turnout was 61%.", "en", "turnout"),
        (
            "La famille contrôle 52 % des voix au conseil, soit la majorité des droits de vote du groupe.",
            "fr",
            "voting rights",
        ),
        ("The family holds 52% of the voting rights.", "en", "voting rights"),
        # A poll's voting intentions and an election's share of the votes cast.
        ("Le maire sortant est crédité de 38 % des intentions de vote.", "fr", "voting intentions"),
        ("The party polls at 21% of voting intentions.", "en", "voting intentions"),
        ("Elle l'emporte avec 54,2 % des suffrages.", "fr", "vote share"),
        ("He won 54.2% of the vote.", "en", "vote share"),
    ],
)
def test_backlog_turnout_votes_and_voting_rights_are_metrics(
    parse_text: Callable[..., ParsedArticle], text: str, language: str, metric: str
) -> None:
    (figure,) = figures_of(parse_text, text, language)
    assert figure.metric == metric


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # Written for this test: a bare profit is the one profit the article qualifies, before or after it; with
        # net and operating profits both named, or neither, it stays a profit.
        ("Le bénéfice de Valmet atteint 2 milliards d'euros. Au semestre, son bénéfice net est de 4 milliards d'euros.",
         "net profit"),
        ("Le bénéfice de Valmet atteint 2 milliards d'euros. Son résultat d'exploitation est de 3 milliards d'euros, "
         "son bénéfice net de 1 milliard d'euros.", "profit"),
        ("Le bénéfice de Valmet atteint 2 milliards d'euros.", "profit"),
    ],
)  # fmt: skip
def test_a_bare_profit_is_the_one_profit_the_article_qualifies(
    parse_text: Callable[..., ParsedArticle], text: str, metric: str
) -> None:
    assert figures_of(parse_text, text)[0].metric == metric


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        # Written for this test: the « activité » of a company or a division, in euros or in percent, is its revenue;
        # the « taux d'activité » of a population is not.
        ("L'activité de la division Valmet a bondi de 12 %, à 3,2 milliards d'euros.", ["revenue growth", "revenue"]),
        ("Le taux d'activité des seniors atteint 58 %.", [None]),
    ],
)
def test_the_activite_of_a_business_is_its_revenue(
    parse_text: Callable[..., ParsedArticle], text: str, metrics: list[str | None]
) -> None:
    assert [f.metric for f in figures_of(parse_text, text)] == metrics


@pytest.mark.parametrize(
    ("text", "language", "metric"),
    [
        # Written for this test: a bare growth in percent, in an article that names the GDP, is the economy's; in
        # an article that does not, or when the growth is of something named, it stays what it was.
        ("Le PIB a reculé au printemps. Le gouvernement a abaissé la prévision officielle de croissance à 1,2 %.", "fr",
         "GDP growth forecast"),
        ("Le PIB a reculé. Le gouvernement table sur une croissance de 1,4 % en 2025.", "fr", "GDP growth"),
        ("Le gouvernement table sur une croissance de 1,4 % en 2025.", "fr", "growth"),
        ("GDP fell in the spring. The government cut its growth forecast for 2024 to 1%.", "en",
         "GDP growth forecast"),
        ("GDP fell. The firm expects sales growth of 4%.", "en", "revenue growth forecast"),
    ],
)  # fmt: skip
def test_a_bare_growth_in_an_article_on_the_economy_is_gdp_growth(
    parse_text: Callable[..., ParsedArticle], text: str, language: str, metric: str
) -> None:
    (figure,) = [f for f in figures_of(parse_text, text, language) if f.kind == "percent"]
    assert figure.metric == metric


@pytest.mark.parametrize(
    ("text", "language", "metrics"),
    [
        # Written for this test: an adjusted profit is a metric of its own, also where the parser takes « ajusté »
        # for a name; a bare profit beside an adjusted net profit and a net profit is the net profit.
        ("Malgré un repli de 9 % de son bénéfice annuel net ajusté (hors charges), le groupe résiste.", "fr",
         ["adjusted net profit change"]),
        ("Adjusted net income fell 15% to $2 billion.", "en", ["adjusted net profit change", "adjusted net profit"]),
        ("Le bénéfice de Valmet recule de 5 %. Son bénéfice net ajusté baisse de 3 %. Son bénéfice net baisse de 4 %.",
         "fr", ["net profit change", "adjusted net profit change", "net profit change"]),
    ],
)  # fmt: skip
def test_an_adjusted_profit_is_a_metric_of_its_own(
    parse_text: Callable[..., ParsedArticle], text: str, language: str, metrics: list[str]
) -> None:
    assert [f.metric for f in figures_of(parse_text, text, language)] == metrics


@pytest.mark.parametrize(
    ("text", "units"),
    [
        # Written for this test: in English a count's modifier comes before any plural noun; a noun modifier is part
        # of what is counted; a year before a name counts nothing.
        ("It sold 300 electric trucks.", ["trucks"]),
        ("The board approved six fare increases.", ["fare increases"]),
        ("The 2019 Broadway strikes ended in the autumn.", []),
    ],
)
def test_an_english_count_keeps_its_noun_after_a_modifier(
    parse_text: Callable[..., ParsedArticle], text: str, units: list[str]
) -> None:
    assert [f.unit for f in figures_of(parse_text, text, "en") if f.kind == "count"] == units


def test_a_count_never_measures_what_only_an_amount_has(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: the parse climbs from the count to the revenue named in the sentence; a count of price
    # increases is no revenue, whatever the sentence is about.
    text = "Revenue rose 5%, which brought six fare increases."
    metrics = {f.surface: f.metric for f in figures_of(parse_text, text, "en")}
    assert metrics == {"5%": "revenue growth", "six fare increases": "fare increases"}


def test_a_bare_number_set_against_a_figure_measures_what_it_measures(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    # Written for this test: « à 30, puis à 25 » carry on the range of tractors produced: production, not tractors.
    text = "La cadence doit descendre de 40 tracteurs produits par semaine à 30, puis à 25."
    assert [(f.surface, f.metric) for f in figures_of(parse_text, text)] == [
        ("40 tracteurs", "production"),
        ("30", "production"),
        ("25", "production"),
    ]


@pytest.mark.parametrize(
    ("text", "language", "kind", "metric"),
    [
        # Written for this test: a cut or a rise of a company's jobs in percent is a workforce reduction or growth,
        # in both languages; « réduire … à 3 % » gives the level reached, not a move.
        ("Le constructeur a annoncé mardi une réduction de 12 % de ses effectifs en Europe.", "fr", "percent",
         "workforce reduction"),
        ("Les effectifs du groupe ont augmenté de 4 % en un an.", "fr", "percent", "workforce growth"),
        ("The carmaker will cut its workforce by 12%.", "en", "percent", "workforce reduction"),
        ("The company announced a 9% reduction in staff.", "en", "percent", "workforce reduction"),
        # So is the share of its jobs that an act cuts.
        ("Le groupe va supprimer 10 % de ses emplois.", "fr", "percent", "workforce reduction"),
        ("Le groupe a licencié 8 % de ses salariés.", "fr", "percent", "workforce reduction"),
        ("Le gouvernement veut réduire le déficit à 3 % du PIB.", "fr", "percent", "deficit"),
        # An amount of money never measures the things a count nearby counts: its verb says what it is.
        ("Le groupe supprime 2 000 emplois et lève 3 milliards d'euros.", "fr", "money", "investment"),
        ("Le groupe compte 5 millions d'abonnés et lève 3 milliards d'euros.", "fr", "money", "investment"),
    ],
)  # fmt: skip
def test_moves_of_the_workforce_and_what_an_amount_is_not(
    parse_text: Callable[..., ParsedArticle], text: str, language: str, kind: str, metric: str | None
) -> None:
    (figure,) = [f for f in figures_of(parse_text, text, language) if f.kind == kind]
    assert figure.metric == metric


@pytest.mark.parametrize(
    ("text", "language", "metric"),
    [
        # Written for this test: the share of people who took part in a vote is its turnout; the share that voted
        # for or against a side is not (only a share of them), nor is a share of people who took anything else.
        ("The union said 41.2% of its members took part in the ballot.", "en", "turnout"),
        ("About 55% of registered voters participated in the referendum.", "en", "turnout"),
        ("Le syndicat indique que 41,2 % de ses adhérents ont participé au scrutin.", "fr", "turnout"),
        ("Seuls 30 % des électeurs ont voté dimanche.", "fr", "turnout"),
        ("About 20% of the members voted against the plan.", "en", "share of members"),
        ("Au total, 62 % des adhérents ont voté pour l'accord.", "fr", None),
        ("Some 30% of voters took a break.", "en", "share of voters"),
    ],
)
def test_the_share_of_people_who_took_part_in_a_vote_is_its_turnout(
    parse_text: Callable[..., ParsedArticle], text: str, language: str, metric: str | None
) -> None:
    (figure,) = figures_of(parse_text, text, language)
    assert figure.metric == metric


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Written for this test: a scaled number with no unit, by which a verb of a rise or a fall moves a subject
        # that counts something, counts that thing, and is its addition or loss; a move of another thing is not.
        ("Le nombre d'abonnés a baissé de 3 millions.", "fr",
         [("3 millions", 3e6, "subscribers", "subscriber losses")]),
        ("Le nombre d'abonnés a augmenté de 2 millions au trimestre.", "fr",
         [("2 millions", 2e6, "subscribers", "subscriber additions")]),
        ("Subscribers fell by 3 million.", "en", [("3 million", 3e6, "subscribers", "subscriber losses")]),
        ("The number of subscribers rose by 2 million.", "en",
         [("2 million", 2e6, "subscribers", "subscriber additions")]),
        ("Les livraisons ont progressé de 200 avions.", "fr", [("200 avions", 200, "planes", "planes")]),
        ("Les ventes ont baissé de 3 millions.", "fr", []),
        # Unscaled numbers in digits too; a year is not one.
        ("Le nombre de chômeurs a baissé de 42 000 sur la période.", "fr",
         [("42 000", 42000, "unemployed", "unemployed losses")]),
        ("The number of subscribers rose by 12,000 in June.", "en",
         [("12,000", 12000, "subscribers", "subscriber additions")]),
        ("Le nombre de chômeurs a baissé depuis 2019.", "fr", []),
    ],
)  # fmt: skip
def test_a_number_without_unit_counts_what_the_subject_it_moves_counts(
    parse_text: Callable[..., ParsedArticle], text: str, language: str, expected: list[tuple[str, float, str, str]]
) -> None:
    found = [(f.surface, f.value, f.unit, f.metric) for f in figures_of(parse_text, text, language)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "language", "metric"),
    [
        # Written for this test: a level percentage is never an amount of money, whatever deal is named nearby; a
        # change in percent of an amount is one.
        ("Some 70% voted in favour of the deal.", "en", None),
        ("Au total, 70 % des adhérents ont voté pour l'accord de rachat.", "fr", None),
        ("Le dividende a été relevé de 5 %.", "fr", "dividend growth"),
        ("The offer price was lowered by 5%.", "en", "offer price change"),
    ],
)
def test_a_level_percentage_is_no_amount_of_money(
    parse_text: Callable[..., ParsedArticle], text: str, language: str, metric: str | None
) -> None:
    (figure,) = figures_of(parse_text, text, language)
    assert figure.metric == metric


def _entity_of(figures: list[Figure], surface: str) -> str | None:
    return next(f.entity for f in figures if f.surface == surface)


def test_a_name_in_the_genitive_of_the_subject_owns_a_companys_figure(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: the recogniser tags the company's name as a place; the parse shows whose revenue it is.
    text = (
        "Selon la CGT, 180 postes seront supprimés. "
        "Le chiffre d'affaires de Cyclor a reculé de 12 % l'an dernier, à 86 millions d'euros."
    )
    figures = figures_of(parse_text, text)
    assert _entity_of(figures, "12 %") == "Cyclor"
    assert _entity_of(figures, "86 millions d'euros") == "Cyclor"


def test_a_companys_result_is_not_a_unions_by_proximity(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: the union is named twice, near the figures; the results are not its own.
    text = (
        "La CGT appelle à la grève. Le syndicat dénonce des suppressions de postes. "
        "Le chiffre d'affaires a reculé de 12 % l'an dernier et la perte nette atteint 5 millions d'euros."
    )
    figures = figures_of(parse_text, text)
    assert _entity_of(figures, "12 %") is None
    assert _entity_of(figures, "5 millions d'euros") is None


def test_an_organisation_named_once_owns_no_figure_by_default(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: the only organisation is named once, after the figure, as a speaker's affiliation.
    text = (
        "Farmers across the region could lose more than $2.4 billion this season. "
        '"The state has ignored the warnings," said Dana Whitfield of the Clean Rivers Alliance.'
    )
    assert _entity_of(figures_of(parse_text, text, "en"), "$2.4 billion") is None


def test_an_organisation_named_only_after_a_figure_does_not_own_it_by_default(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    # Written for this test: past the lede, the poll's figure is nobody's; the union named twice comes later.
    text = (
        "La réforme divise la majorité.\n"
        "Selon un sondage publié dimanche, 68 % des électeurs sont opposés au texte.\n"
        "La Fédération des cheminots appelle à la grève. La Fédération des cheminots réclame un vote."
    )
    assert _entity_of(figures_of(parse_text, text), "68 %") is None


def test_a_figure_of_the_lede_belongs_to_the_organisation_the_article_is_about(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    # Written for this test: the lede gives the figure before the body names the company, twice.
    text = (
        "Deux grands noms rejoignent le catalogue.\n"
        "La société Telvia a signé les accords. Telvia compte les diffuser dès mars."
    )
    assert _entity_of(figures_of(parse_text, text), "Deux grands noms") == "Telvia"


@pytest.mark.parametrize(
    ("text", "language", "surface", "metric"),
    [
        # Written for this test: the verb whose object the amount is names what it measures.
        ("Les éleveurs pourraient perdre 2 milliards d'euros cette saison.", "fr", "2 milliards d'euros", "loss"),
        ("Ces mesures permettront d'économiser 500 millions d'euros.", "fr", "500 millions d'euros", "cost savings"),
        ("La ville a dépensé 40 millions d'euros pour le stade.", "fr", "40 millions d'euros", "spending"),
        ("Telvia a accepté de verser 1,2 milliard d'euros.", "fr", "1,2 milliard d'euros", "payment"),
        ("Growers could lose more than $2.4 billion this season.", "en", "$2.4 billion", "loss"),
        ("The cuts would save roughly $500 million a year.", "en", "$500 million", "cost savings"),
        ("Telvia agreed to pay $1.2 billion to settle the lawsuit.", "en", "$1.2 billion", "payment"),
        ("La commune consacre 2 millions d'euros par an aux écoles.", "fr", "2 millions d'euros", "spending"),
        ("The state allocated $300,000 to the clinic.", "en", "$300,000", "funding"),
        # The price a sale or an acquisition was made « pour » / « for ».
        ("Le fonds a vendu ses parts pour 90 millions d'euros.", "fr", "90 millions d'euros", "sale price"),
        ("Veltra bought the rival brand for $45 million.", "en", "$45 million", "acquisition price"),
        ("The town sold the old depot for $2 million.", "en", "$2 million", "sale price"),
        # Aid is named by its noun, whatever verb pays it out.
        ("Le préfet a débloqué 3 millions d'euros d'aides d'urgence.", "fr", "3 millions d'euros", "aid"),
        ("The ministry paid $4 million in subsidies to the farms.", "en", "$4 million", "aid"),
        ("The airline paid $3 million in fines last year.", "en", "$3 million", "fine"),
    ],
)
def test_the_verb_of_an_amount_names_its_metric(
    parse_text: Callable[..., ParsedArticle], text: str, language: str, surface: str, metric: str
) -> None:
    assert next(f.metric for f in figures_of(parse_text, text, language) if f.surface == surface) == metric


def test_le_club_stands_for_the_organisation_named_before(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: « le club » refers back to the club the article named.
    text = (
        "Pierre Lamy quitte l'Olympique lyonnais. Il était arrivé en 2021. Il part libre. Il n'a aucun projet. "
        "Il veut voyager. Le club a perdu 35 millions d'euros la saison dernière."
    )
    assert _entity_of(figures_of(parse_text, text), "35 millions d'euros") == "Olympique lyonnais"


def test_an_english_percentage_of_any_plural_of_things_is_a_share_of_them(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    # Written for this test: « passengers » is in no lexicon; the percentage is still a share of them.
    figures = figures_of(parse_text, "62% of regular passengers oppose the increase.", "en")
    assert [(f.surface, f.metric) for f in figures] == [("62%", "share of passengers")]


@pytest.mark.parametrize(
    ("text", "language", "surface"),
    [
        # Written for this test: the people a company or a body employs are its employees.
        ("La laiterie emploie 640 personnes dans le Cantal.", "fr", "640 personnes"),
        ("The hospital trust employs about 9,000 people.", "en", "9,000 people"),
    ],
)
def test_the_people_an_employer_employs_are_its_employees(
    parse_text: Callable[..., ParsedArticle], text: str, language: str, surface: str
) -> None:
    assert next(f.metric for f in figures_of(parse_text, text, language) if f.surface == surface) == "employees"


@pytest.mark.parametrize(
    ("text", "language", "surface", "metric"),
    [
        # Written for this test: the whole a level percentage is taken of says what it measures.
        ("Les cars électriques font 12 % du marché régional.", "fr", "12 %", "market share"),
        ("Le fonds détient 30 % du capital de la coopérative.", "fr", "30 %", "stake"),
        ("La société Orbis fabrique des vélos. Le groupe Veltra possède 20 % d'Orbis.", "fr", "20 %", "stake"),
        ("La candidate a recueilli 52 % des voix au second tour.", "fr", "52 %", "vote share"),
        ("Pupils spend 9% of their time online.", "en", "9%", "share of time"),
        ("Electric buses made up 12% of the regional market.", "en", "12%", "market share"),
    ],
)
def test_the_whole_a_percentage_is_taken_of_names_its_metric(
    parse_text: Callable[..., ParsedArticle], text: str, language: str, surface: str, metric: str
) -> None:
    assert next(f.metric for f in figures_of(parse_text, text, language) if f.surface == surface) == metric


def test_a_currency_name_before_a_number_is_no_amount(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: « won » before a number is the verb; a code (RMB, EUR) may stand there.
    figures = figures_of(parse_text, "The mayor won 52% of the vote. Lunar raised RMB 3 billion.", "en")
    assert [(f.surface, f.kind, f.unit) for f in figures] == [
        ("52%", "percent", "%"),
        ("RMB 3 billion", "money", "CNY"),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Written for this test: a duration that dates something is no figure.
        ("Le bénéfice atteint 212 millions d'euros, contre 259 millions un an plus tôt.", "fr"),
        ("Il y a deux ans, l'usine employait 300 personnes.", "fr"),
        ("Profit rose to $212 million from $259 million a year earlier.", "en"),
        ("Two years ago, the plant employed 300 people.", "en"),
    ],
)
def test_a_duration_that_dates_something_is_no_figure(
    parse_text: Callable[..., ParsedArticle], text: str, language: str
) -> None:
    assert all(f.kind != "duration" for f in figures_of(parse_text, text, language))


def test_a_lone_name_taken_for_a_person_that_announces_revenue_owns_it(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    # Written for this test: the recogniser reads « Valmont » as a surname; a company's revenue is a company's.
    text = "Le groupe Brixo a publié ses comptes. Valmont a annoncé un chiffre d'affaires de 3,1 milliards d'euros."
    assert _entity_of(figures_of(parse_text, text), "3,1 milliards d'euros") == "Valmont"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # Written for this test: an amount per share of a profit is earnings per share, however it moved; the
        # level a figure moved from measures what the figure measures, not the move.
        (
            "Net income fell to $310 million, or 52 cents a share, from $402 million.",
            "en",
            [("$310 million", "net profit"), ("52 cents", "earnings per share"), ("$402 million", "net profit")],
        ),
        (
            "Le chiffre d'affaires a reculé de 12 %, à 86 millions d'euros, contre 98 millions en 2024.",
            "fr",
            [("12 %", "revenue change"), ("86 millions d'euros", "revenue"), ("98 millions", "revenue")],
        ),
        # The share of the next sentence says nothing of the amount that ends this one.
        (
            "Le chiffre d'affaires a atteint 1,1 milliard d'euros.\n\nL'action a bondi de 6 %.",
            "fr",
            [("1,1 milliard d'euros", "revenue"), ("6 %", "share price change")],
        ),
    ],
)
def test_per_share_amounts_and_levels_moved_from(
    parse_text: Callable[..., ParsedArticle], text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f.surface, f.metric) for f in figures_of(parse_text, text, language)] == expected


def test_the_period_of_a_change_is_no_duration_figure(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: « en un an », "over two years" say over what time a change happened.
    assert [f.kind for f in figures_of(parse_text, "Les loyers ont augmenté de 6,2 % en un an.")] == ["percent"]
    assert [f.kind for f in figures_of(parse_text, "Rents rose 6% over two years.", "en")] == ["percent"]


def test_a_lede_figure_is_not_owned_by_an_organisation_named_far_below(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    # Written for this test: the association named twice in the last paragraph owns nothing of the lede.
    text = (
        "Les loyers ont augmenté de 6,2 % à Lyon.\n"
        "Le ministre a promis des logements.\n"
        "Les prix continueront de monter.\n"
        "La Fédération des locataires proteste. La Fédération des locataires réclame un gel."
    )
    assert _entity_of(figures_of(parse_text, text), "6,2 %") is None


def test_a_rate_after_a_figure_of_another_kind_is_not_its_period(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: « a year » is the amount's rate; the drivers are no yearly count, the series of planes
    # a series of rates.
    text = "The two firms, which employ 900 drivers, said the law would cost them $40 million a year."
    periods = {f.surface: f.period for f in figures_of(parse_text, text, "en")}
    assert periods == {"900 drivers": None, "$40 million": "per year"}
    series = "La cadence doit passer de 10 avions à 8, puis à 6 avions par an."
    assert {f.period for f in figures_of(parse_text, series)} == {"per year"}


def test_voices_in_a_vote_are_votes(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: « voix » counts votes, and the count's unit is in English as every unit is.
    figures = figures_of(parse_text, "Le conseil a adopté le plan par 31 voix contre 12.")
    assert [(f.surface, f.unit, f.metric) for f in figures] == [("31 voix", "votes", "votes"), ("12", "votes", "votes")]


def test_a_place_that_acts_owns_its_figure(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: the recogniser tags the club a place; as the subject of « paid » it acts as one.
    text = "Manchester City paid £100 million for the midfielder on Monday."
    assert _entity_of(figures_of(parse_text, text, "en"), "£100 million") == "Manchester City"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "According to three people briefed on the talks, the brewer will close 40 pubs.",
            "en",
            [("40 pubs", "count", 40.0, "pubs")],
        ),
        ("Four analysts said the insurer would pay $2 billion.", "en", [("$2 billion", "money", 2e9, "USD")]),
        (
            "Selon trois sources proches du dossier, la chaîne fermera 40 magasins.",
            "fr",
            [("40 magasins", "count", 40.0, "stores")],
        ),
        (
            "Deux responsables syndicaux ont affirmé que 300 postes seraient supprimés.",
            "fr",
            [("300 postes", "count", 300.0, "jobs")],
        ),
        # Inside a quotation a count of people is what the speaker gives, not who speaks.
        (
            "« Trois salariés ont démissionné », a déclaré la directrice.",
            "fr",
            [("Trois salariés", "count", 3.0, "employees")],
        ),
    ],
)
def test_a_count_of_the_people_a_report_is_sourced_to_is_no_figure(
    parse_text: Callable[..., ParsedArticle], text: str, language: str, expected: list[Any]
) -> None:
    parsed = parse_text(text, language)
    mentions = find_mentions(parsed)
    figures = extract_figures(parsed, mentions, extract_quotes(parsed, mentions))
    assert scored(figures) == expected


def test_an_organisation_owns_figures_of_its_own_paragraph_not_of_the_next(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    """The sentences before a figure lend it their organisation only within its paragraph: a new paragraph tells
    of someone else."""
    text = (
        "The regulator Ofcom opened an inquiry. It will report in May.\n\nOne viewer said she had sent 12 complaints."
    )
    assert {f.surface: f.entity for f in figures_of(parse_text, text, "en")}["12 complaints"] is None
    text = "The regulator Ofcom opened an inquiry. It received 12 complaints."
    assert {f.surface: f.entity for f in figures_of(parse_text, text, "en")}["12 complaints"] == "Ofcom"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Orbel sold $2bn of gear. It shipped 12 million Zephyrs last year, down from 14 million.",
            "en",
            [
                ("$2bn", "money", 2e9, "USD"),
                ("12 million Zephyrs", "count", 12e6, "Zephyrs"),
                ("14 million", "count", 14e6, "Zephyrs"),
            ],
        ),
        (
            "Le groupe a réalisé 9 milliards d'euros de ventes et écoulé 3 millions de Twingo.",
            "fr",
            [("9 milliards d'euros", "money", 9e9, "EUR"), ("3 millions de Twingo", "count", 3e6, "Twingo")],
        ),
    ],
)
def test_a_scaled_number_before_a_noun_no_lexicon_lists_counts_that_noun(
    parse_text: Callable[..., ParsedArticle], text: str, language: str, expected: list[Any]
) -> None:
    """« 12 million Zephyrs »: the amount names its unit, a name or a plural noun no lexicon lists; it does not take
    the currency of the amount before it, and lends its unit to an elided amount after it."""
    assert scored(figures_of(parse_text, text, language)) == expected


@pytest.mark.parametrize(
    ("plural", "singular_form"),
    [("subscribers", "subscriber"), ("countries", "country"), ("branches", "branch"), ("people", "people")],
)
def test_a_plural_metric_modifies_another_noun_in_the_singular(plural: str, singular_form: str) -> None:
    assert singular(plural) == singular_form


def test_a_count_the_verb_acts_on_is_no_target_of_another_object(parse_text: Callable[..., ParsedArticle]) -> None:
    """« emploie 42 000 salariés … son objectif »: the workforce is what the verb acts on; a target is a figure its
    aim governs (« relève son objectif à 5 % »)."""
    text = "Le groupe Orvane, qui emploie 42 000 salariés, relève son objectif de croissance à 5 %."
    figures = {f.surface: f for f in figures_of(parse_text, text)}
    assert not (figures["42 000 salariés"].metric or "").endswith("target")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English writes the currency out after a scale word; « 20 pounds » alone may be a weight.
        ("Profit rose to 845 million pounds.", [("845 million pounds", "money", 845e6, "GBP")]),
        ("The deal is worth 3 billion Canadian dollars.", [("3 billion Canadian dollars", "money", 3e9, "CAD")]),
        ("He lost 20 pounds last winter.", [("20 pounds", "count", 20, "pounds")]),
    ],
)
def test_english_currency_names(parse_text: Callable[..., ParsedArticle], text: str, expected: list[Any]) -> None:
    assert scored(figures_of(parse_text, text, "en")) == expected


def test_a_dividend_and_its_rise(parse_text: Callable[..., ParsedArticle]) -> None:
    figures = {
        f.surface: f.metric for f in figures_of(parse_text, "Orbel raised its dividend by 5% to 12.6 pence.", "en")
    }
    assert figures == {"5%": "dividend growth", "12.6 pence": "dividend"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Orbel's revenue doubled, while its costs more than tripled. They made a doubled effort.",
            "en",
            [("doubled", 2.0, "revenue"), ("tripled", 3.0, "cost")],
        ),
        (
            "Le chiffre d'affaires a doublé en un an et les pertes ont triplé.",
            "fr",
            [("a doublé", 2.0, "revenue"), ("ont triplé", 3.0, "loss")],
        ),
    ],
)
def test_a_verb_of_multiplication_measures_its_subject(
    parse_text: Callable[..., ParsedArticle], text: str, language: str, expected: list[Any]
) -> None:
    figures = figures_of(parse_text, text, language)
    assert [(f.surface, f.value, f.metric) for f in figures if f.kind == "multiplier"] == expected


def test_the_voting_intentions_of_a_poll_are_the_candidates_not_the_pollsters(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    text = "Selon un sondage de l'institut Opinia, la candidate Léa Morin est créditée de 14 % des intentions de vote."
    (figure,) = figures_of(parse_text, text)
    assert (figure.metric, figure.entity) == ("voting intentions", "Léa Morin")


@pytest.mark.parametrize(
    ("text", "language", "counted"),
    [
        # Written for this test: a year before a noun the lexicon does not count dates it; before one it counts,
        # with no cue of a date, it is a count.
        ("Emissions must fall below 1990 levels.", "en", []),
        ("The carmaker cut 1999 jobs.", "en", [1999.0]),
    ],
)
def test_a_year_before_a_noun_dates_it(
    parse_text: Callable[..., ParsedArticle], text: str, language: str, counted: list[float]
) -> None:
    assert [f.value for f in figures_of(parse_text, text, language) if f.kind == "count"] == counted


@pytest.mark.parametrize(
    ("text", "durations"),
    [
        # Written for this test: an hour with minutes after it, or after « vers », « à », tells the time of day.
        ("L'alerte a été donnée vers 3 h 40 par un voisin.", []),
        ("Le conseil municipal se réunira à 18 heures.", []),
        ("La grève a duré 6 heures.", [6.0]),
    ],
)
def test_an_hour_that_tells_the_time_of_day_is_no_duration(
    parse_text: Callable[..., ParsedArticle], text: str, durations: list[float]
) -> None:
    assert [f.value for f in figures_of(parse_text, text) if f.kind == "duration"] == durations


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Le nombre de chômeurs a atteint 3,1 millions fin juin.", "fr", [("3,1 millions", 3_100_000, "unemployed")]),
        (
            "Le nombre de visiteurs est passé de 800 000 à 1,2 million.",
            "fr",
            [("800 000", 800_000, "visiteurs"), ("1,2 million", 1_200_000, "visiteurs")],
        ),
        ("The number of volunteers reached 12,000 this spring.", "en", [("12,000", 12_000, "volunteers")]),
    ],
)
def test_a_bare_number_that_the_number_of_things_reaches_counts_those_things(
    parse_text: Callable[..., ParsedArticle], text: str, language: str, expected: list[tuple[str, float, str]]
) -> None:
    """A level, not only a rise or a fall: the things counted are the noun after « le nombre de », whatever it is."""
    found = [(f.surface, f.value, f.unit) for f in figures_of(parse_text, text, language)]
    assert found == expected


def test_english_units_of_time_are_durations(parse_text: Callable[..., ParsedArticle]) -> None:
    """Written for this test: decades, a single day or week, minutes are spans of time, not counts of things."""
    text = (
        "Residents have opposed the road for two decades. Drivers lose 40 minutes a day and the bridge shuts for"
        " 1 week."
    )
    figures = [(f.value, f.kind, f.unit) for f in figures_of(parse_text, text, "en")]
    assert figures == [(2.0, "duration", "decades"), (40.0, "duration", "minutes"), (1.0, "duration", "week")]


@pytest.mark.parametrize(
    ("text", "language", "metric"),
    [
        # Written for this test: a price is what a buyer pays, a cost what the seller spends.
        ("Le prix de la baguette a augmenté de 5 % en un an.", "fr", "price growth"),
        ("Les coûts de l'énergie ont augmenté de 5 % en un an.", "fr", "cost growth"),
        ("Ticket prices rose 5% this year.", "en", "price growth"),
    ],
)
def test_a_price_is_not_a_cost(parse_text: Callable[..., ParsedArticle], text: str, language: str, metric: str) -> None:
    assert [f.metric for f in figures_of(parse_text, text, language)] == [metric]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # Written for this test: « it » is the company that acts on the figure, not the cost named before.
        (
            "Orlen said the strike cost $50m a day. The company has said it will cut 10% of its workforce.",
            "workforce reduction",
        ),
        # « it » is inflation, whose level the figure is.
        ("Inflation rose to 3.8% in July. The Bank expects it to peak at 4% in September.", "inflation"),
    ],
)
def test_a_pronoun_that_acts_on_a_figure_is_no_metric(
    parse_text: Callable[..., ParsedArticle], text: str, metric: str
) -> None:
    assert figures_of(parse_text, text, "en")[-1].metric == metric
