"""Pure parts of the dashboard: URL validation, escaping, highlighting, links, CSV."""

from __future__ import annotations

from datetime import date
from urllib.parse import parse_qsl, urlsplit

import pytest

from components import links, reader
from components.filters import SHARED_SPECS, Filter, Problem, filter_from_values, validate_params
from components.labels import LABELS, counted, none_of, plain

OPTIONS = {
    "outlets": ["Le Monde", "Numerama"],
    "stakeholders": ["Netflix", "Ted Sarandos"],
    "stances": ["pro", "against", "neutral", "mixed"],
    "topics": ["jobs", "cost"],
    "claim_types": ["prediction"],
    "languages": ["fr"],
    "ui_languages": ["en", "fr"],
}


@pytest.mark.parametrize(
    ("raw", "key", "value", "problem"),
    [
        ({"outlet": ["Le Monde"]}, "outlet", ("Le Monde",), None),
        ({"outlet": ["Le Monde", "Le Monde"]}, "outlet", ("Le Monde",), None),
        ({"outlet": ["Libé"]}, "outlet", (), Problem("outlet", "warn_unknown_value", "Libé")),
        ({"outlet": ["Le Monde", "x"]}, "outlet", ("Le Monde",), Problem("outlet", "warn_unknown_value", "x")),
        ({"outlet": ["a" * 5000]}, "outlet", (), Problem("outlet", "warn_too_long", "200")),
        ({"stance": ["pro"] * 51}, "stance", (), Problem("stance", "warn_too_many", "50")),
        ({"since": ["2024-02-30"]}, "since", None, Problem("since", "warn_bad_date", "2024-02-30")),
        ({"since": ["hier"]}, "since", None, Problem("since", "warn_bad_date", "hier")),
        ({"since": ["0001-01-01"]}, "since", None, Problem("since", "warn_bad_date", "0001-01-01")),
        ({"since": ["2024-05-01"]}, "since", date(2024, 5, 1), None),
        ({"since": ["2024-05-01", "2024-06-01"]}, "since", None, Problem("since", "warn_repeated")),
        ({"q": ["intelligence artificielle"]}, "q", "intelligence artificielle", None),
        ({"q": ["x" * 201]}, "q", "", Problem("q", "warn_too_long", "200")),
        ({"q": ["a", "b"]}, "q", "", Problem("q", "warn_repeated")),
        ({"lang": ["de"]}, "lang", "en", Problem("lang", "warn_unknown_value", "de")),
        ({"lang": ["fr"]}, "lang", "fr", None),
    ],
)
def test_validate_params(raw: dict[str, list[str]], key: str, value: object, problem: Problem | None) -> None:
    result = validate_params(raw, SHARED_SPECS, OPTIONS)
    assert result.values[key] == value
    assert list(result.problems) == ([problem] if problem else [])


def test_unknown_parameter_is_reported_and_streamlit_params_are_not() -> None:
    result = validate_params({"foo": ["1"], "embed": ["true"]}, SHARED_SPECS, OPTIONS)
    assert result.problems == (Problem("foo", "warn_unknown_param"),)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("[clic](javascript:alert(1))", r"\[clic\]\(javascript\:alert\(1\)\)"),
        ("<script>alert(1)</script>", r"\<script\>alert\(1\)\<\/script\>"),
        (":red[rouge] **gras**", r"\:red\[rouge\] \*\*gras\*\*"),
        ("ligne\nsuivante", "ligne suivante"),
    ],
)
def test_plain_escapes_markdown(raw: str, expected: str) -> None:
    assert plain(raw) == expected


def test_every_label_exists_in_both_languages() -> None:
    assert set(LABELS["en"]) == set(LABELS["fr"])


@pytest.mark.parametrize(
    ("number", "lang", "noun"),
    [
        (0, "fr", "affirmation"),
        (1, "fr", "affirmation"),
        (2, "fr", "affirmations"),
        (109, "fr", "affirmations"),
        (0, "en", "claims"),
        (1, "en", "claim"),
        (2, "en", "claims"),
    ],
)
def test_a_count_noun_agrees_with_its_number(number: int, lang: str, noun: str) -> None:
    assert counted("claims", number, lang) == noun


def test_none_carries_the_gender_of_its_noun() -> None:
    assert none_of("claims", "fr", capitalised=True) == "Aucune affirmation"
    assert none_of("figures", "fr") == "aucun chiffre"
    assert none_of("stakeholders", "en", capitalised=True) == "No stakeholders"
    assert not any("(e)" in label for label in LABELS["fr"].values())


@pytest.mark.parametrize(
    "body",
    [
        "Il a dit <script>alert('x')</script> hier.",
        'Le lien <a href="javascript:alert(1)">ici</a> et <img src=x onerror=alert(1)>.',
        "Des guillemets \" et ' et & et > partout.",
    ],
)
def test_highlight_escapes_article_text(body: str) -> None:
    rendered = reader.highlight(body, [reader.Span(0, 8, "q", "#fff", "<b>Orateur</b>"), reader.Span(3, 12, "t")])
    article = rendered.split("</style>", 1)[1]
    assert "<script" not in article and "<a " not in article and "<img" not in article
    assert "&lt;" in article or "&quot;" in article or "&#x27;" in article
    assert 'id="nc-target"' in article and article.count('id="nc-target"') == 1


def test_highlight_keeps_the_text_and_marks_the_target_span() -> None:
    body = "Le PDG affirme que 40 % des effets sont générés."
    spans = [reader.Span(19, 23, "f"), reader.Span(0, 14, "q", "#ffe0b2", "PDG"), reader.Span(7, 14, "t")]
    rendered = reader.highlight(body, spans)
    import re

    text = re.sub(r"<[^>]+>", "", rendered.split("</style>", 1)[1])
    assert text == body
    target = re.findall(r"<span[^>]*nc-t[^>]*>([^<]*)</span>", rendered)
    assert "".join(target) == body[7:14]


def test_mention_spans_are_whole_words() -> None:
    body = "Netflix et Netflixien ; la Netflix."
    assert [(s.start, s.end) for s in reader.mention_spans(body, ["Netflix"])] == [(0, 7), (27, 34)]


def test_reader_link_carries_the_filters_and_the_span() -> None:
    flt = Filter(outlets=("Le Monde", "Numerama"), stances=("pro",), q="IA générative", lang="fr")
    target = links.reader_url(flt, "abc123", 10, 42)
    parts = urlsplit(target)
    assert parts.path == "reader"
    pairs = parse_qsl(parts.query)
    assert ("outlet", "Le Monde") in pairs and ("outlet", "Numerama") in pairs
    assert ("stance", "pro") in pairs and ("q", "IA générative") in pairs and ("lang", "fr") in pairs
    assert ("article", "abc123") in pairs and ("span", "10-42") in pairs


def test_filter_params_round_trip_through_validation() -> None:
    flt = Filter(outlets=("Le Monde",), since=date(2024, 1, 1), stances=("against",), topics=("jobs",), lang="fr")
    raw: dict[str, list[str]] = {}
    for key, value in flt.params():
        raw.setdefault(key, []).append(value)
    result = validate_params(raw, SHARED_SPECS, OPTIONS)
    assert not result.problems
    assert filter_from_values(result.values) == flt


def test_backwards_date_range_is_dropped() -> None:
    flt = filter_from_values({"since": date(2025, 1, 1), "until": date(2024, 1, 1)})
    assert flt.since is None and flt.until is None


def test_csv_joins_list_cells() -> None:
    import pandas as pd

    from components.views import csv_text

    frame = pd.DataFrame({"text": ["Une affirmation"], "topics": [["jobs", "consent"]], "aliases": [("A", "B")]})
    assert csv_text(frame).splitlines() == ["text,topics,aliases", "Une affirmation,jobs; consent,A; B"]


@pytest.mark.parametrize(
    ("value", "lang", "shown"),
    [
        (6.6e9, "en", "6.6 bn"),
        (6.6e9, "fr", "6,6 Md"),
        (2.4e6, "fr", "2,4 M"),
        (12500, "en", "12,500"),
        (12500, "fr", "12\u202f500"),
        (7.25, "fr", "7,25"),
        (2.2e12, "en", "2.2 tn"),
        (2.2e12, "fr", "2\u202f200 Md"),
        (-1.2e9, "en", "-1.2 bn"),
    ],
)
def test_numbers_are_shown_scaled_and_whole(value: float, lang: str, shown: str) -> None:
    from components.views import scaled_number

    assert scaled_number(value, lang) == shown
