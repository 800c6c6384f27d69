"""Parse: sentences never cross paragraphs, quote marks never stand alone, offsets index the body."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsclaims.ingest.clean import plain_apostrophes
from newsclaims.parse import ParsedArticle, entity_edges, load_pipeline, paragraph_spans

pytestmark = pytest.mark.slow


def texts(parsed: ParsedArticle) -> list[str]:
    return [parsed.sentence_text(s) for s in parsed.sentences]


def test_offsets_index_the_body(parse_text: Callable[..., ParsedArticle]) -> None:
    body = "L’État a tranché\u00a0: « Nous irons jusqu’au bout », a dit la ministre.\n\nLe débat reprendra lundi."
    parsed = parse_text(body)
    assert parsed.doc.text != body and len(parsed.doc.text) == len(body)
    for token in parsed.doc:
        assert plain_apostrophes(body[token.idx : token.idx + len(token)]) == token.text
    assert texts(parsed) == [
        "L’État a tranché\u00a0: « Nous irons jusqu’au bout », a dit la ministre.",
        "Le débat reprendra lundi.",
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Le vote est prévu demain\nLes députés hésitent encore.",
            ["Le vote est prévu demain", "Les députés hésitent encore."],
        ),
        (
            "« C’est une victoire. » Le syndicat exulte.",
            ["« C’est une victoire. »", "Le syndicat exulte."],
        ),
        (
            "“Nous ne céderons pas.” a lancé la porte-parole. Les négociations reprennent.",
            ["“Nous ne céderons pas.” a lancé la porte-parole.", "Les négociations reprennent."],
        ),
        (
            "Comme toutes les révolutions — de l’imprimerie au numérique —, l’IA bouscule les codes.",
            ["Comme toutes les révolutions — de l’imprimerie au numérique —, l’IA bouscule les codes."],
        ),
    ],
)
def test_sentences(parse_text: Callable[..., ParsedArticle], body: str, expected: list[str]) -> None:
    parsed = parse_text(body)
    assert texts(parsed) == expected
    assert all(any(ch.isalnum() for ch in text) for text in texts(parsed))


def test_headings_and_tables(parse_text: Callable[..., ParsedArticle]) -> None:
    body = "Une rentrée sous tension\nLe gouvernement présente son budget.\n| Poste | Montant |\n|---|---|\nFin."
    parsed = parse_text(body)
    assert texts(parsed) == ["Une rentrée sous tension", "Le gouvernement présente son budget.", "Fin."]
    assert [s.is_heading for s in parsed.sentences] == [True, False, False]
    assert [s.paragraph for s in parsed.sentences] == [0, 1, 2]
    assert not any("Montant" in ent.text for ent in parsed.doc.ents)


def test_the_last_line_of_a_body_heads_nothing(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: a body cut short ends on a line without closing punctuation; it is text, not a heading
    # (a heading announces the paragraph below it, and its names would be hidden from the extractors).
    body = "Des comptes en hausse\n\nLe groupe Valmet a publié ses comptes.\n\nLe groupe Valmet a réalisé un gain de"
    parsed = parse_text(body)
    assert [s.is_heading for s in parsed.sentences] == [True, False, False]


def test_paragraph_spans_skip_blank_and_table_lines() -> None:
    body = "Un.\n\n  Deux.  \n| a | b |\nTrois."
    assert [body[s:e] for s, e in paragraph_spans(body)] == ["Un.", "Deux.", "Trois."]


def test_gazetteer_corrects_entity_labels(parse_text: Callable[..., ParsedArticle]) -> None:
    parsed = parse_text("Netflix et Disney discutent avec Runway depuis des mois.")
    labels = {ent.text: (ent.label_, ent.ent_id_) for ent in parsed.doc.ents}
    assert labels["Netflix"] == ("ORG", "Netflix")
    assert labels["Runway"] == ("ORG", "Runway AI")


def test_english_is_parsed_by_its_own_model(parse_text: Callable[..., ParsedArticle]) -> None:
    parsed = parse_text("The studio said it would use AI. Writers went on strike.", language="en")
    assert parsed.limited  # quotes and figures only: the other stages are French
    assert parsed.doc.has_annotation("DEP") and parsed.doc[2].lemma_ == "say"
    assert texts(parsed) == ["The studio said it would use AI.", "Writers went on strike."]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Le syndicat dénonce une menace. « Nous ne céderons pas », dit-il.",
            ["Le syndicat dénonce une menace.", "« Nous ne céderons pas », dit-il."],
        ),
        (
            "Le maire s’est tu ! « Quelle honte », lance un élu.",
            ["Le maire s’est tu !", "« Quelle honte », lance un élu."],
        ),
        ("Elle a dit « non. » Puis elle est partie.", ["Elle a dit « non. »", "Puis elle est partie."]),
    ],
)
def test_opening_quote_after_a_full_stop_starts_a_sentence(
    parse_text: Callable[..., ParsedArticle], body: str, expected: list[str]
) -> None:
    assert texts(parse_text(body)) == expected


def test_an_amount_with_a_scale_letter_ends_its_sentence(parse_text: Callable[..., ParsedArticle]) -> None:
    """« €150m. » is an amount and a full stop, not an abbreviation the next sentence runs on from."""
    parsed = parse_text("The refit cost €150m. Shares in the yard fell 4%. Staff earn $30k. Few stay.", language="en")
    assert texts(parsed) == ["The refit cost €150m.", "Shares in the yard fell 4%.", "Staff earn $30k.", "Few stay."]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_number_with_a_unit_letter_ends_its_sentence(parse_text: Callable[..., ParsedArticle], language: str) -> None:
    """« 41C. » is a temperature and a full stop, while « U.S. » and « F. » stay abbreviations."""
    parsed = parse_text(
        "The heat reached 41C. She said the U.S. team left early. Paul F. Grant agreed.", language=language
    )
    assert texts(parsed) == ["The heat reached 41C.", "She said the U.S. team left early.", "Paul F. Grant agreed."]


def test_an_entity_does_not_open_or_close_on_punctuation() -> None:
    nlp = load_pipeline("fr")
    doc = nlp.make_doc("la maison mère Vendôme - avec un bénéfice - et Alpha (AL) rassurent")
    doc.ents = [doc.char_span(15, 24, label="ORG"), doc.char_span(47, 57, label="ORG")]
    assert [(e.text, e.label_) for e in entity_edges(doc).ents] == [("Vendôme", "ORG"), ("Alpha (AL)", "ORG")]


def test_a_demonstrative_pronoun_is_one_token(parse_text: Callable[..., ParsedArticle]) -> None:
    doc = parse_text("Le maire a répondu. Celui-ci a ensuite défendu son bilan, et celles-ci le sien.").doc
    assert {"Celui-ci", "celles-ci"} <= {t.text for t in doc}
