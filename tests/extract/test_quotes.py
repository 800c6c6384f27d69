"""Quotes on French examples of our own: marks, titles and scare quotes, reported speech, speakers, frames."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc

from newsclaims.extract.actors import find_mentions
from newsclaims.extract.quotes import _modifies_a_noun, extract_quotes, marked_spans
from newsclaims.parse import ParsedArticle
from newsclaims.records import Quote


def quotes_of(parse_text: Callable[..., ParsedArticle], body: str) -> list[Quote]:
    parsed = parse_text(body)
    quotes = extract_quotes(parsed, find_mentions(parsed))
    for quote in quotes:
        assert body[quote.start : quote.end] == quote.text
    return quotes


def find(quotes: list[Quote], part: str) -> Quote:
    matching = sorted((q for q in quotes if part in q.text), key=lambda q: len(q.text))
    assert matching, f"no quote contains {part!r}: {[q.text for q in quotes]}"
    return matching[0]


SPEAKER_CASES = [
    ("« Nous allons tout changer », a déclaré Marie Dupont.", "Nous allons tout changer", "Marie Dupont"),
    ("“Le film sortira en mai”, a indiqué Paul Martin.", "Le film sortira en mai", "Paul Martin"),
    ('"C\'est une erreur de calcul", estime Jean Moreau.', "une erreur de calcul", "Jean Moreau"),
    ("'Je refuse de signer ce contrat', a répondu Claire Petit.", "Je refuse de signer", "Claire Petit"),
    ("«Je le crois vraiment,» a déclaré la réalisatrice Anne Roy.", "Je le crois vraiment", "Anne Roy"),
    (
        "Le ministre Pierre Lambert a été clair : « Aucune aide ne sera versée sans accord. »",
        "Aucune aide ne sera versée",
        "Pierre Lambert",
    ),
    (
        "« Il m'a dit “jamais” et je l'ai cru », raconte Sophie Blanc.",
        "“jamais” et je l'ai cru",
        "Sophie Blanc",
    ),
    (
        "« Le doublage est menacé. Nos métiers disparaissent », affirme Luc Bernard.",
        "Le doublage est menacé. Nos métiers disparaissent",
        "Luc Bernard",
    ),
    (
        "Marc Durand dirige le studio depuis dix ans. « Nous n'utiliserons pas l'IA », a-t-il ajouté.",
        "Nous n'utiliserons pas l'IA",
        "Marc Durand",
    ),
    (
        "Julie Fontaine préside le syndicat. Elle affirme que les doubleurs refusent ces contrats.",
        "les doubleurs refusent ces contrats",
        "Julie Fontaine",
    ),
    (
        "« Le projet avance bien », a assuré Thomas Girard. « Nous tiendrons les délais. »",
        "Nous tiendrons les délais",
        "Thomas Girard",
    ),
    (
        "Sarah Leroy indique vouloir continuer, avec l'ambition de « réinventer la façon de raconter des histoires ».",
        "réinventer la façon de raconter",
        "Sarah Leroy",
    ),
    (
        "Selon Antoine Mercier, les coûts de production ont baissé de moitié.",
        "les coûts de production ont baissé",
        "Antoine Mercier",
    ),
    ("D'après Camille Rousseau, la grève pourrait durer des mois.", "la grève pourrait durer", "Camille Rousseau"),
    (
        "Pour Nicolas Faure, cette technologie menace des milliers d'emplois.",
        "cette technologie menace des milliers",
        "Nicolas Faure",
    ),
    (
        "Le syndicat SAG-AFTRA a appelé à une réglementation stricte de l'intelligence artificielle.",
        "une réglementation stricte",
        "SAG-AFTRA",
    ),
    ("Élise Morel s'est réjouie que le film soit sélectionné à Cannes.", "le film soit sélectionné", "Élise Morel"),
    (
        "Les producteurs, dont Vincent Caron, estiment que l'IA réduit les délais de fabrication.",
        "l'IA réduit les délais",
        "Vincent Caron",
    ),
    (
        "Mathieu Robin a quitté la salle en expliquant que le contrat était injuste.",
        "le contrat était injuste",
        "Mathieu Robin",
    ),
    (
        "À en croire Hugo Meunier, la série serait tournée entièrement en Espagne.",
        "la série serait tournée",
        "Hugo Meunier",
    ),
    (
        "« Nos dessins ont été pillés sans scrupule », affirment plusieurs illustrateurs.",
        "Nos dessins ont été pillés",
        "artists",
    ),
    (
        "Netflix a présenté ses résultats mardi. La plateforme affirme que ses abonnés sont satisfaits.",
        "ses abonnés sont satisfaits",
        "Netflix",
    ),
    (
        "Les doubleurs français ont manifesté hier à Paris. Ils craignent que leurs voix soient clonées.",
        "leurs voix soient clonées",
        "voice actors",
    ),
    (
        "La plateforme Netflix, par la voix de Bela Bajaria, déclare que les outils resteront au service des auteurs.",
        "les outils resteront au service",
        "Bela Bajaria",
    ),
    # A colon closing the paragraph before the quotation introduces it as one in the same paragraph does.
    (
        "Le ministre Jean Dupont a tenu lundi sa dernière conférence. Il a déclaré :\n\n« J'ai été très heureux de "
        "servir ce pays pendant dix ans. »",
        "très heureux de servir",
        "Jean Dupont",
    ),
    # An opening mark typed for the closing one, right before a full stop, closes the quotation: none opens on
    # a full stop.
    (
        "Les éditeurs qualifient la plateforme de « pilleur en série des journaux et un parasite sans fond du "
        "droit« . Le ton est donné.",
        "pilleur en série des journaux",
        "les éditeurs",
    ),
    # A verb with a tense auxiliary reports, also when the tagger calls it an infinitive (« a clarifié »).
    (
        "Lors d'une réunion, Marie Dupont a clarifié que la banque fermerait trois agences.",
        "la banque fermerait trois agences",
        "Marie Dupont",
    ),
]


@pytest.mark.parametrize(("body", "part", "speaker"), SPEAKER_CASES)
def test_quote_and_speaker(parse_text: Callable[..., ParsedArticle], body: str, part: str, speaker: str) -> None:
    assert find(quotes_of(parse_text, body), part).speaker == speaker


NOT_QUOTE_CASES = [
    "La série « Les Ombres du Nord » sort en mai sur la plateforme.",
    "Le dernier film du réalisateur s'intitule « Dernier Souffle ».",
    "Il a regardé « Mission Impossible » hier soir avec ses enfants.",
    "Ces « outils » sont contestés par une partie du public.",
    "Le studio veut « créer » des images à partir de simples phrases.",
    "Le résultat reste « extrêmement » décevant pour les spectateurs.",
    "Rien n'indique que le film sortira cette année.",
    "Le documentaire « la vie des autres » a été diffusé hier soir.",
    "Ce « progrès technique » inquiète les monteurs.",
    "L'IA n'est pas l'ennemie de l'artiste, c'est l'outil qu'il choisit.",
    "Pour la première fois, Netflix a utilisé l'IA dans une série.",
    "Pour réduire les coûts, le studio a licencié cinquante personnes.",
]


@pytest.mark.parametrize("body", NOT_QUOTE_CASES)
def test_titles_scare_quotes_and_plain_sentences_are_not_quotes(
    parse_text: Callable[..., ParsedArticle], body: str
) -> None:
    assert quotes_of(parse_text, body) == []


KIND_CASES = [
    ("« Nous allons tout changer », a déclaré Marie Dupont.", "Nous allons tout changer", "direct"),
    (
        "Sarah Leroy indique vouloir continuer, avec l'ambition de « réinventer la façon de raconter des histoires ».",
        "réinventer la façon",
        "partial",
    ),
    ("Julie Fontaine affirme que les doubleurs refusent ces contrats.", "les doubleurs refusent", "indirect"),
    ("Le ministre Pierre Lambert a déclaré : « Aucune aide ne sera versée. »", "Aucune aide", "direct"),
]


@pytest.mark.parametrize(("body", "part", "kind"), KIND_CASES)
def test_kind(parse_text: Callable[..., ParsedArticle], body: str, part: str, kind: str) -> None:
    assert find(quotes_of(parse_text, body), part).kind == kind


FRAME_CASES = [
    ("Julie Fontaine a déclaré que le tournage était terminé.", "le tournage était terminé", "neutral"),
    ("Isabelle Noël aurait affirmé que le tournage était terminé.", "le tournage était terminé", "hedged"),
    ("Selon Antoine Mercier, les coûts de production ont baissé.", "les coûts de production", "hedged"),
    ("Roger Lenoir prétend que l'outil ne copie aucune œuvre.", "l'outil ne copie aucune œuvre", "distancing"),
    ("À en croire Hugo Meunier, la série sera tournée en Espagne.", "la série sera tournée", "distancing"),
    ("« Le coût aurait explosé », a indiqué Paul Martin.", "Le coût aurait explosé", "neutral"),
]


@pytest.mark.parametrize(("body", "part", "frame"), FRAME_CASES)
def test_frame(parse_text: Callable[..., ParsedArticle], body: str, part: str, frame: str) -> None:
    assert find(quotes_of(parse_text, body), part).frame == frame


MARK_CASES = [
    ("Il dit « oui » puis « non ».", ["oui", "non"]),
    ("« Un “petit” pas », dit-elle.", ["Un “petit” pas"]),
    ("« Premier paragraphe.\n« Second paragraphe. »", ["Premier paragraphe.\n« Second paragraphe."]),
    ("« Ouvert sans fin.\nAutre paragraphe.", []),
    ("L'avion d'Air France n'a pas 'décollé' hier.", ["décollé"]),
    ('Elle a répondu "jamais" sans hésiter.', ["jamais"]),
]


@pytest.mark.parametrize(("text", "inner"), MARK_CASES)
def test_marked_spans(text: str, inner: list[str]) -> None:
    assert [text[m.start : m.end] for m in marked_spans(text)] == inner


def test_closing_mark_after_comma_keeps_the_words_only(parse_text: Callable[..., ParsedArticle]) -> None:
    quote = find(quotes_of(parse_text, "« Je le crois, », a déclaré Anne Roy."), "Je le crois")
    assert quote.text == "Je le crois"


def indirect(quotes: list[Quote], part: str) -> Quote:
    return find([q for q in quotes if q.kind == "indirect"], part)


SENTENCE_END_CASES = [
    (
        "Son porte-parole, Hugo Marin, estime que près de 800 postes sont menacés en Bretagne. "
        "« Nous ne lâcherons rien », insiste-t-il.",
        "800 postes",
        "que près de 800 postes sont menacés en Bretagne",
    ),
    (
        "La fédération, elle, dénonce un recul grave pour la création. "
        "« On nous vole notre travail », a regretté son président, Jean Roux.",
        "un recul grave",
        "un recul grave pour la création",
    ),
    (
        "Le collectif des traducteurs, lui, dénonce une dérive inquiétante pour la profession. "
        "« Nous refusons ce contrat », a déclaré Lucie Garnier.",
        "une dérive inquiétante",
        "une dérive inquiétante pour la profession",
    ),
    (
        "Sa directrice, Hélène Vidal, estime que près de 300 postes sont menacés à Lyon. "
        "« Nous ne céderons pas », insiste-t-elle.",
        "300 postes",
        "que près de 300 postes sont menacés à Lyon",
    ),
    (
        "Le syndicat affirme que les studios recrutent moins. Les chiffres du ministère le confirment.",
        "recrutent moins",
        "que les studios recrutent moins",
    ),
    (
        "Le syndicat affirme que M. Dupont a menti aux salariés.",
        "M. Dupont",
        "que M. Dupont a menti aux salariés",
    ),
    (
        "La productrice estime que le projet avance… mais trop lentement à son goût.",
        "le projet avance",
        "que le projet avance… mais trop lentement à son goût",
    ),
    (
        # A verb coordinated after the object reports its own words.
        "La maire a dénoncé un abandon de l'État et réclamé un audit des comptes de la régie.",
        "un abandon",
        "un abandon de l'État",
    ),
]


@pytest.mark.parametrize(("body", "part", "text"), SENTENCE_END_CASES)
def test_reported_speech_ends_at_its_sentence_end(
    parse_text: Callable[..., ParsedArticle], body: str, part: str, text: str
) -> None:
    quote = indirect(quotes_of(parse_text, body), part)
    assert quote.text == text
    assert not quote.text.endswith(("«", "“", "«\u00a0"))


PARTIAL_INSIDE_CASES = [
    (
        "Le dirigeant a ajouté que les traducteurs garderaient « le dernier mot ».",
        "que les traducteurs garderaient « le dernier mot »",
    ),
    (
        "Le directeur a ajouté que les scénaristes conserveraient « le dernier mot ».",
        "que les scénaristes conserveraient « le dernier mot »",
    ),
    (
        "Le producteur a ajouté que les auteurs conserveraient « le contrôle final ».",
        "que les auteurs conserveraient « le contrôle final »",
    ),
    (
        "La réalisatrice a expliqué qu'il s'agit d'« une chance unique » pour le studio.",
        "qu'il s'agit d'« une chance unique » pour le studio",
    ),
    (
        "Le ministre a estimé que cette loi serait « un rempart » contre les abus.",
        "que cette loi serait « un rempart » contre les abus",
    ),
]


@pytest.mark.parametrize(("body", "text"), PARTIAL_INSIDE_CASES)
def test_reported_speech_keeps_the_partial_quote_it_opens(
    parse_text: Callable[..., ParsedArticle], body: str, text: str
) -> None:
    assert indirect(quotes_of(parse_text, body), "que").text == text


POUR_CASES = [
    (
        "Netflix a défendu son outil. Pour la Fédération des auteurs, « le danger est réel ».",
        "le danger est réel",
        "Fédération des auteurs",
    ),
    (
        "« Tout ira bien », a assuré Paul Martin. Pour l'Union des monteurs, « c'est un recul historique ».",
        "un recul historique",
        "Union des monteurs",
    ),
    (
        "Gaumont a présenté son bilan. Pour le Syndicat national des techniciens, « rien n'est réglé ».",
        "rien n'est réglé",
        "Syndicat national des techniciens",
    ),
]


@pytest.mark.parametrize(("body", "part", "speaker"), POUR_CASES)
def test_pour_x_names_the_speaker_of_the_quote(
    parse_text: Callable[..., ParsedArticle], body: str, part: str, speaker: str
) -> None:
    quote = find(quotes_of(parse_text, body), part)
    assert quote.speaker is not None and speaker in quote.speaker
    assert quote.verb == "pour"


INVERTED_SUBJECT_CASES = [
    (
        "« Les machines ne remplaceront jamais nos voix », a regretté sa porte-parole, Claire Dumas.",
        ["Les machines ne remplaceront jamais nos voix"],
    ),
    ("« Nous perdons nos contrats », a déploré son président, Paul Renaud.", ["Nous perdons nos contrats"]),
    ("« Tout est prêt », a confirmé le directeur du festival, Marc Olivier.", ["Tout est prêt"]),
    ("« On nous vole notre travail », a regretté son président, Jean Roux.", ["On nous vole notre travail"]),
    ("« Ce choix est absurde », a dénoncé la présidente du jury, Nadia Lemaire.", ["Ce choix est absurde"]),
]


@pytest.mark.parametrize(("body", "texts"), INVERTED_SUBJECT_CASES)
def test_inverted_subject_is_never_quote_content(
    parse_text: Callable[..., ParsedArticle], body: str, texts: list[str]
) -> None:
    assert [q.text for q in quotes_of(parse_text, body)] == texts


@pytest.mark.parametrize(
    ("body", "part", "speaker"),
    [
        ("La directrice Marie Colin s'est félicitée d'une « saison historique ».", "saison historique", "Marie Colin"),
        ("L'analyste Jeanne Roy a salué les comptes, les jugeant « solides ».", "solides", "Jeanne Roy"),
        # The parser may hang the participle on the infinitive (as an auxiliary): the infinitive still carries it.
        (
            "« Les chiffres sont mauvais », a aussitôt reconnu le ministre Paul Morin dans un message, affirmant "
            "rester « entièrement mobilisé »",
            "entièrement mobilisé",
            "Paul Morin",
        ),
    ],
)
def test_a_short_quotation_that_a_verb_of_saying_governs_is_reported(
    parse_text: Callable[..., ParsedArticle], body: str, part: str, speaker: str
) -> None:
    assert find(quotes_of(parse_text, body), part).speaker == speaker


def test_a_quoted_word_inside_the_writers_phrase_stays_a_scare_quote(parse_text: Callable[..., ParsedArticle]) -> None:
    body = (
        "Le patron Luc Berger estime que « les outils aident les monteurs », qualifiant ces outils de « très » utiles."
    )
    quotes = quotes_of(parse_text, body)
    assert not any(q.text == "très" for q in quotes)
    assert find(quotes, "les outils aident les monteurs").speaker == "Luc Berger"


def test_straight_marks_spaced_the_french_way_open_and_close(parse_text: Callable[..., ParsedArticle]) -> None:
    body = 'Le syndicat Unité Son est clair. " Les studios doivent payer les voix ", insiste son président Marc Lenoir.'
    assert find(quotes_of(parse_text, body), "Les studios doivent payer les voix").speaker == "Marc Lenoir"


def test_a_pronoun_never_refers_to_a_name_inside_a_quotation(parse_text: Callable[..., ParsedArticle]) -> None:
    body = (
        "Le réalisateur Paul Verne a parlé jeudi. « Ferbel doit retirer ses voix de synthèse. » "
        "Il a ajouté que le public finirait par se lasser."
    )
    assert find(quotes_of(parse_text, body), "le public finirait").speaker == "Paul Verne"


def test_a_long_title_after_intitule_is_no_quote(parse_text: Callable[..., ParsedArticle]) -> None:
    body = 'Un rapport intitulé "Machines and Makers : How Automation Reshapes the Work of Film Crews" est paru lundi.'
    assert quotes_of(parse_text, body) == []


def test_a_title_refers_back_to_the_person_who_holds_it(parse_text: Callable[..., ParsedArticle]) -> None:
    body = (
        "La position du syndicat Unité Son est claire. Son président, Marc Lenoir, affirme que les voix sont "
        "protégées. « Les studios doivent payer », insiste le président du syndicat."
    )
    assert find(quotes_of(parse_text, body), "Les studios doivent payer").speaker == "Marc Lenoir"


def test_an_incise_inside_the_marks_is_not_part_of_the_quotation(parse_text: Callable[..., ParsedArticle]) -> None:
    parsed = parse_text("« Les ventes ont reculé au printemps, indique le groupe Valmet. Elles remontent depuis. »")
    texts = [q.text for q in extract_quotes(parsed, find_mentions(parsed))]
    assert texts == ["Les ventes ont reculé au printemps", "Elles remontent depuis."]


def test_a_finite_verb_hung_on_a_noun_after_a_comma_is_a_misread_incise() -> None:
    """The parser sometimes hangs an incise's verb on the noun before the comma as a modifier (« … à 2 millions,
    relève l'institut »): a finite verb there still reports; a participle on a noun (« les chiffres publiés ») does
    not."""
    words = ["Les", "ventes", "ont", "reculé", "à", "2", "millions", ",", "relève", "l'", "institut", "."]
    doc = Doc(
        spacy.blank("fr").vocab,
        words=words,
        spaces=[True, True, True, True, True, True, False, True, True, False, False, False],
        pos=["DET", "NOUN", "AUX", "VERB", "ADP", "NUM", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT"],
        morphs=["", "", "", "VerbForm=Part", "", "", "", "", "Mood=Ind|VerbForm=Fin", "", "", ""],
        heads=[1, 3, 3, 3, 6, 6, 3, 8, 6, 10, 6, 3],
        deps=["det", "nsubj", "aux", "ROOT", "case", "nummod", "obl", "punct", "acl", "det", "appos", "punct"],
        sent_starts=[True] + [False] * (len(words) - 1),
    )
    assert not _modifies_a_noun(doc[8])
    published = Doc(
        spacy.blank("fr").vocab,
        words=["les", "chiffres", "publiés", "hier"],
        pos=["DET", "NOUN", "VERB", "ADV"],
        morphs=["", "", "VerbForm=Part", ""],
        heads=[1, 1, 1, 2],
        deps=["det", "ROOT", "acl", "advmod"],
        sent_starts=[True, False, False, False],
    )
    assert _modifies_a_noun(published[2])


def test_a_term_the_writer_defines_right_after_it_is_no_quotation(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: « soit … » defines the quoted term; the sentence is still the institute's, the term
    # alone is nobody's words. Without the definition, the phrase stays the institute's partial quotation.
    defined = (
        "Le « vivier des découragés », soit les personnes qui ont renoncé à chercher un emploi, augmente "
        "nettement sur un an, selon l'Insee."
    )
    assert [q.text for q in quotes_of(parse_text, defined) if q.text == "vivier des découragés"] == []
    assert any("augmente nettement" in q.text for q in quotes_of(parse_text, defined))
    undefined = "Le « vivier des découragés » augmente nettement sur un an, selon l'Insee."
    assert "vivier des découragés" in [q.text for q in quotes_of(parse_text, undefined)]


@pytest.mark.parametrize(
    "body",
    [
        # Written for this test: a denied verb of saying reports nothing its subject said.
        "La ministre Anne Royer n'a pas dit si elle signerait le décret.",
        "Le patron de Valtane, Hugo Lenz, n'a jamais affirmé que l'usine fermerait.",
        "La société ne précise pas le montant de l'amende.",
        "Hugo Lenz a refusé de dire si l'usine fermerait.",
        "Hugo Lenz a cessé de répéter que l'usine fermerait.",
    ],
)
def test_a_denied_verb_of_saying_is_no_quote(parse_text: Callable[..., ParsedArticle], body: str) -> None:
    assert quotes_of(parse_text, body) == []


def test_a_negation_inside_the_content_keeps_the_quote(parse_text: Callable[..., ParsedArticle]) -> None:
    quote = find(quotes_of(parse_text, "Hugo Lenz a affirmé que l'usine ne fermerait pas."), "ne fermerait pas")
    assert quote.speaker == "Hugo Lenz"


@pytest.mark.parametrize(
    "body",
    [
        # Written for this test: an infinitive of saying that the verb above it asserts reports speech.
        "Hugo Lenz a tenu à rappeler que l'usine restera ouverte.",
        "Hugo Lenz continue d'affirmer que l'usine restera ouverte.",
        "Hugo Lenz s'est empressé de préciser que l'usine restera ouverte.",
        "Le maire Hugo Lenz n'a cessé de répéter que l'usine restera ouverte.",
        "Hugo Lenz dirige l'usine depuis 2019. Il n'a pas hésité à dire que l'usine restera ouverte.",
    ],
)
def test_an_asserted_infinitive_of_saying_is_a_quote(parse_text: Callable[..., ParsedArticle], body: str) -> None:
    assert find(quotes_of(parse_text, body), "l'usine restera ouverte").speaker == "Hugo Lenz"


def test_an_intended_infinitive_of_saying_is_still_no_quote(parse_text: Callable[..., ParsedArticle]) -> None:
    assert quotes_of(parse_text, "Hugo Lenz veut annoncer que l'usine restera ouverte.") == []


@pytest.mark.parametrize(
    "body",
    [
        # Written for this test: the title set between commas after the source is not what the source says.
        "Selon Jean Roux, directeur de l'usine, la production reprendra lundi.",
        "D'après Jean Roux, le patron de Valtane, la production reprendra lundi.",
        "Le ton monte. Pour Jean Roux, directeur de l'usine, la production reprendra « dès lundi ».",
    ],
)
def test_an_apposition_after_a_source_is_not_its_words(parse_text: Callable[..., ParsedArticle], body: str) -> None:
    quote = find(quotes_of(parse_text, body), "la production reprendra")
    assert quote.text.startswith("la production reprendra")
    assert quote.speaker == "Jean Roux"


def test_a_document_that_shows_something_reports_it(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: a study's finding is its issuer's, a reasoning of the writer's is no one's.
    quotes = quotes_of(parse_text, "Une étude de l'Insee montre que le chômage a reculé en 2024.")
    assert find(quotes, "le chômage a reculé").speaker == "Insee"
    assert quotes_of(parse_text, "Ces initiatives montrent que l'IA est une aide précieuse.") == []


def test_a_subject_set_off_by_commas_is_not_an_incises_content(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: « l'assure : « … » » announces the quotation; the subject before it is no quote.
    body = "La présidente de la région, Anne Vidal, l'assure : « Aucun lycée ne fermera. »"
    quotes = quotes_of(parse_text, body)
    assert [(q.text, q.speaker) for q in quotes] == [("Aucun lycée ne fermera.", "Anne Vidal")]


@pytest.mark.parametrize(
    ("body", "part", "speaker"),
    [
        (
            "Marine Lefort quitte le syndicat.\n\nJ'ai adoré défendre ce métier pendant vingt ans... Je pense que la"
            " relève est prête - Marine Lefort\n\nLe bureau se réunit lundi.",
            "la relève est prête",
            "Marine Lefort",
        ),
        # A name the recogniser does not know, and a description after it.
        (
            "Les studios ferment.\n\nCela va concerner des milliers de techniciens qui travaillent dans les studios,"
            " des monteurs... Paul Garnoux, délégué syndical\n\nLa grève commence.",
            "des milliers de techniciens",
            "Paul Garnoux",
        ),
    ],
)
def test_a_paragraph_signed_by_a_name_is_a_quote_of_that_person(
    parse_text: Callable[..., ParsedArticle], body: str, part: str, speaker: str
) -> None:
    quote = find(quotes_of(parse_text, body), part)
    assert quote.speaker == speaker
    assert quote.kind == "direct" and not quote.text.endswith(speaker)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Le match Lyon - Marseille aura lieu dimanche soir au stade municipal.",  # two teams, no signature
        "Il hésite encore... Paul Garnoux, lui, a déjà tranché pour la grève.",  # a sentence about the person
        "Les élus du conseil municipal ont voté le budget - Conseil municipal",  # signed by no person
    ],
)
def test_a_paragraph_ended_by_other_than_a_signature_is_no_quote(
    parse_text: Callable[..., ParsedArticle], paragraph: str
) -> None:
    assert quotes_of(parse_text, f"Le point du jour.\n\n{paragraph}\n\nLa suite demain.") == []


@pytest.mark.parametrize(
    "after",
    ["Tels sont les mots de Sophie Marchal à la sortie.", "Le message de Sophie Marchal est clair."],
)
def test_a_noun_of_speech_after_a_quotation_names_its_speaker(
    parse_text: Callable[..., ParsedArticle], after: str
) -> None:
    body = (
        "Sophie Marchal a quitté la réunion. Claire Dumas a affirmé que le consentement restait la priorité."
        f"\n\n« Nous irons jusqu'au bout. » {after}"
    )
    assert find(quotes_of(parse_text, body), "jusqu'au bout").speaker == "Sophie Marchal"


def test_a_document_published_by_someone_after_selon_speaks_for_them(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    body = "Selon un rapport publié lundi par l'Observatoire des métiers, 3 000 emplois seraient menacés d'ici 2030."
    quote = find(quotes_of(parse_text, body), "3 000 emplois")
    assert (quote.kind, quote.speaker, quote.text) == (
        "indirect",
        "Observatoire des métiers",
        "3 000 emplois seraient menacés d'ici 2030",
    )


@pytest.mark.parametrize(
    ("body", "part", "speaker"),
    [
        (
            "L'avocat de la société, Maître Paul Girard, a rencontré le juge Marc Levy. Ce dernier a estimé que le "
            "dossier était incomplet.",
            "le dossier était incomplet",
            "Marc Levy",
        ),
        (
            "La ministre Anne Colin a reçu la députée Julie Morel. Cette dernière a affirmé que le texte serait "
            "retiré.",
            "le texte serait retiré",
            "Julie Morel",
        ),
    ],
)
def test_ce_dernier_stands_for_the_actor_named_last(
    parse_text: Callable[..., ParsedArticle], body: str, part: str, speaker: str
) -> None:
    """« Ce dernier » is the one named last, though the subject named before it would take a plain pronoun."""
    quote = find(quotes_of(parse_text, body), part)
    assert quote.speaker == speaker
    assert quote.speaker_surface in {"Ce dernier", "Cette dernière"}


def test_sources_close_to_a_case_name_nobody_and_no_organisation_of_the_clause(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    """« Selon deux sources proches du dossier, X … »: « du dossier » is the adjective's complement, and X, the
    subject of the clause after the comma, is no apposition of the source."""
    body = (
        "Le groupe Ardel cherche un repreneur.\n\nSelon deux sources proches du dossier, le groupe Ardel vendra son"
        " usine."
    )
    quote = find(quotes_of(parse_text, body), "vendra son usine")
    assert (quote.speaker, quote.speaker_surface) == (None, "deux sources proches du dossier")


def test_a_release_whose_issuer_is_not_named_is_the_organisation_the_clause_is_about(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    body = "Le groupe Ardel a publié ses comptes.\n\nD'après le communiqué, Ardel a vendu 3 000 tracteurs en 2024."
    assert find(quotes_of(parse_text, body), "a vendu").speaker == "Ardel"
    # A study is no one's own release: its source stays unnamed.
    body = "Le groupe Ardel a publié ses comptes.\n\nD'après une étude, Ardel a vendu 3 000 tracteurs en 2024."
    assert find(quotes_of(parse_text, body), "a vendu").speaker is None


@pytest.mark.parametrize(
    ("body", "part", "speaker", "surface"),
    [
        (
            "Le constructeur Orvane a présenté ses comptes. Chez Orvane, on assure que les ventes repartiront.",
            "les ventes repartiront",
            "Orvane",
            "Orvane",
        ),
        ("Côté syndicats, on juge que la direction se trompe.", "la direction se trompe", "unions", "syndicats"),
        ("Du côté de la mairie, on assure que le chantier avance.", "le chantier avance", None, "la mairie"),
        # Those close to someone, or within a body, speak for that side.
        (
            "Dans l'entourage de Sophie Adam, on juge que la critique est injuste.",
            "la critique est injuste",
            "Sophie Adam",
            "Sophie Adam",
        ),
        ("Au sein de la majorité, on assure que le texte sera voté.", "le texte sera voté", None, "la majorité"),
        ("On dit que le marché est saturé.", "le marché est saturé", None, None),
    ],
)
def test_on_in_a_sentence_that_opens_on_a_side_is_that_side(
    parse_text: Callable[..., ParsedArticle], body: str, part: str, speaker: str | None, surface: str | None
) -> None:
    quote = find(quotes_of(parse_text, body), part)
    assert (quote.speaker, quote.speaker_surface) == (speaker, surface)


def test_a_verbless_clause_before_a_colon_introduces_the_person_it_names(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    body = (
        "« Les ventes baissent », reconnaît Paul Morel. Même constat chez Inès Caron, fleuriste à Nantes : « Les "
        "clients ne viennent plus. »"
    )
    assert find(quotes_of(parse_text, body), "ne viennent plus").speaker == "Inès Caron"


@pytest.mark.parametrize(
    ("body", "language", "speaker"),
    [
        ("La directrice, Anne Salle, a reçu les parents.\n\n« Nous rouvrirons l'école lundi. »", "fr", "Anne Salle"),
        ("The captain, Joe Rand, faced reporters. “We let the fans down.”", "en", "Joe Rand"),
        # An organisation introduced so is no person who speaks: nobody is known to say the words.
        ("Le groupe Orvane a publié ses comptes.\n\n« Une année historique. »", "fr", None),
    ],
)
def test_a_quotation_with_no_cue_is_said_by_the_person_the_sentence_before_is_about(
    parse_text: Callable[..., ParsedArticle], body: str, language: str, speaker: str | None
) -> None:
    parsed = parse_text(body, language)
    quotes = [q for q in extract_quotes(parsed, find_mentions(parsed)) if q.kind == "direct"]
    assert [q.speaker for q in quotes] == [speaker]


@pytest.mark.parametrize(
    ("body", "language", "pieces"),
    [
        (
            "Le maire, Jean Fabre, a déclaré : « Les dotations ont baissé.\n\n« Nous n'augmenterons pas les impôts. »",
            "fr",
            ["Les dotations ont baissé.", "Nous n'augmenterons pas les impôts."],
        ),
        (
            'The coach, Mark Dwyer, said: "We were poor.\n\n"But I saw character in the second half."',
            "en",
            ["We were poor.", "But I saw character in the second half."],
        ),
    ],
)
def test_a_quotation_over_paragraphs_is_one_quote_a_paragraph_by_the_same_speaker(
    parse_text: Callable[..., ParsedArticle], body: str, language: str, pieces: list[str]
) -> None:
    parsed = parse_text(body, language)
    quotes = extract_quotes(parsed, find_mentions(parsed))
    assert [(q.text, q.speaker) for q in quotes] == [(piece, quotes[0].speaker) for piece in pieces]
    assert quotes[0].speaker in {"Jean Fabre", "Mark Dwyer"}


def test_whoever_asks_the_question_says_nothing(parse_text: Callable[..., ParsedArticle]) -> None:
    """« Interrogée par X, elle a rappelé … »: X asks, she speaks; a quotation in the sentence before is hers, not
    the interviewer's, and the reported words that only hold it (« a promis d'« … » ») are no second quote."""
    body = (
        "La maire, Hélène Prat, a promis d'« étudier le dossier ». Interrogée par Radio Sud, elle a rappelé que la "
        "ville avait déjà aidé le club."
    )
    quotes = quotes_of(parse_text, body)
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [
        ("étudier le dossier", "partial", "Hélène Prat"),
        ("que la ville avait déjà aidé le club", "indirect", "Hélène Prat"),
    ]


def test_an_inverted_verb_after_a_full_stop_is_no_incise_of_the_quotation_before(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    body = "Le syndicat a dénoncé un « passage en force ». Explique Paul Roy : « Nous irons au tribunal. »"
    quotes = quotes_of(parse_text, body)
    assert find(quotes, "passage en force").speaker != "Paul Roy"
    assert find(quotes, "Nous irons au tribunal").speaker == "Paul Roy"


@pytest.mark.parametrize(
    ("body", "part", "speaker"),
    [
        # « faire savoir », « faire valoir »: faire carries the tense and the subject of the verb of saying.
        ("Marc Olivier, directeur du port, a fait savoir que les quais rouvriront lundi.", "les quais", "Marc Olivier"),
        ("L'avocate Inès Robin fait valoir que le contrat était illégal.", "le contrat était illégal", "Inès Robin"),
        # A person named in apposition to a description speaks, not the organisation the description names, where
        # the parse reads the apposition as a conjunct or as the root of the sentence.
        (
            "« Nous n'avons pas eu le choix », a écrit la secrétaire fédérale de SUD-Rail, Fabienne Garnier.",
            "pas eu le choix",
            "Fabienne Garnier",
        ),
        (
            "« Nous n'avons pas eu le choix », a écrit sur X la secrétaire fédérale de SUD-Rail, Fabienne Garnier.",
            "pas eu le choix",
            "Fabienne Garnier",
        ),
    ],
)
def test_who_speaks_through_faire_and_through_an_apposed_name(
    parse_text: Callable[..., ParsedArticle], body: str, part: str, speaker: str
) -> None:
    assert find(quotes_of(parse_text, body), part).speaker == speaker


@pytest.mark.parametrize(
    ("body", "text", "speaker"),
    [
        # A verb and the words after it, and a reflexive verb, as the lexicon lists them.
        ("Le ministre Paul Aubry a mis en garde contre une hausse des prix.", "une hausse des prix", "Paul Aubry"),
        ("La PDG Eva Roche se vante d'avoir doublé les ventes.", "avoir doublé les ventes", "Eva Roche"),
        # What one calls for or warns about, without its preposition.
        ("La présidente Lina Morel alerte sur la pénurie de vaccins.", "la pénurie de vaccins", "Lina Morel"),
    ],
)
def test_verbs_of_saying_in_several_words_and_their_prepositional_content(
    parse_text: Callable[..., ParsedArticle], body: str, text: str, speaker: str
) -> None:
    quotes = quotes_of(parse_text, body)
    assert [(q.text, q.speaker) for q in quotes] == [(text, speaker)]


@pytest.mark.parametrize(
    ("body", "part", "speaker"),
    [
        (
            "La société Brevia a publié ses résultats.\n\n« Nous restons confiants », peut-on lire dans le communiqué"
            " de Brevia.",
            "Nous restons confiants",
            "Brevia",
        ),
        (
            "La société Brevia a publié ses résultats.\n\nOn peut lire dans le rapport annuel de Brevia que les ventes"
            " ont doublé.",
            "que les ventes ont doublé",
            "Brevia",
        ),
    ],
)
def test_what_one_reads_in_a_document_is_its_issuers(
    parse_text: Callable[..., ParsedArticle], body: str, part: str, speaker: str
) -> None:
    quote = find(quotes_of(parse_text, body), part)
    assert (quote.text, quote.speaker) == (part, speaker)


def test_a_report_set_against_another_is_its_own_speakers(parse_text: Callable[..., ParsedArticle]) -> None:
    body = (
        "La directrice Anne Lenoir affirme que les comptes sont sains, mais le syndicat Sud assure que des postes "
        "seront supprimés."
    )
    quotes = quotes_of(parse_text, body)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("que les comptes sont sains", "Anne Lenoir"),
        ("que des postes seront supprimés", "Sud"),
    ]


@pytest.mark.parametrize(
    ("body", "part", "speaker"),
    [
        (
            "Marie Roy tient la boulangerie depuis trente ans. « Je ne partirai pas », confie la sexagénaire.",
            "Je ne partirai pas",
            "Marie Roy",
        ),
        (
            "Pour Sarah Benhamou, avocate, l'issue reste incertaine. La juriste rappelle que le texte date de 2024.",
            "le texte date de 2024",
            "Sarah Benhamou",
        ),
        # What the person does for a living, which the article never said of them by that word.
        (
            "Martine Roux élève 80 vaches près de Guéret. « Le lait ne paie plus », soupire l’éleveuse.",
            "lait",
            "Martine Roux",
        ),
    ],
)
def test_an_epithet_stands_for_the_person_named_last_it_agrees_with(
    parse_text: Callable[..., ParsedArticle], body: str, part: str, speaker: str | None
) -> None:
    assert find(quotes_of(parse_text, body), part).speaker == speaker


def test_a_verb_after_a_comma_that_goes_on_into_a_clause_of_its_own_is_no_incise(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    """« Le groupe, qui emploie 42 000 salariés dans 30 pays, relève son objectif annuel et vise … »: « relève »
    raises a target here, it reports nothing."""
    body = (
        "Le groupe, qui emploie 42 000 salariés dans 30 pays, relève son objectif annuel et vise désormais une "
        "croissance de 5 %."
    )
    assert quotes_of(parse_text, body) == []


@pytest.mark.parametrize(
    ("body", "language", "text", "speaker"),
    [
        ("« On ne lâchera rien », sourit Paula Dien.", "fr", "On ne lâchera rien", "Paula Dien"),
        ("« C'est une honte », fulmine le maire, Jean Got.", "fr", "C'est une honte", "Jean Got"),
        # Tagged an adjective, with a grave accent its infinitive does not have (suggérer).
        ("Le député Luc Bon suggère que la loi soit revue.", "fr", "que la loi soit revue", "Luc Bon"),
        ('"We will be back," laughed coach Ann Pike.', "en", "We will be back", "Ann Pike"),
        ("Investors fear that the merger will collapse.", "en", "the merger will collapse", "investors"),
    ],
)
def test_more_ordinary_verbs_of_saying(
    parse_text: Callable[..., ParsedArticle], body: str, language: str, text: str, speaker: str
) -> None:
    parsed = parse_text(body, language)
    quotes = extract_quotes(parsed, find_mentions(parsed))
    assert [(q.text, q.speaker) for q in quotes] == [(text, speaker)]


def test_to_whom_something_was_said_is_no_part_of_who_said_it(parse_text: Callable[..., ParsedArticle]) -> None:
    body = (
        "Le parquet vise le maire, Yves Caradec. « Je n'ai rien à me reprocher », a réagi l'intéressé auprès du "
        "Courrier de l'Ouest."
    )
    quote = find(quotes_of(parse_text, body), "rien à me reprocher")
    assert (quote.speaker, quote.speaker_surface) == ("Yves Caradec", "l'intéressé")


@pytest.mark.parametrize(
    ("body", "language"),
    [
        ("La banque avait déjà été condamnée à verser 2 millions d'euros aux clients lésés.", "fr"),
        ("Le projet a été critiqué pour son coût.", "fr"),
        ("The driver was told that his licence would be suspended.", "en"),
    ],
)
def test_a_verb_of_saying_in_the_passive_makes_no_speaker_of_its_subject(
    parse_text: Callable[..., ParsedArticle], body: str, language: str
) -> None:
    parsed = parse_text(body, language)
    assert extract_quotes(parsed, find_mentions(parsed)) == []


def test_what_a_verb_reports_is_neither_when_it_was_said_nor_a_phrase_pointing_back(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    """« a promis mardi »: a bare noun phrase after the verb tells when; « a contesté ces résultats »: a
    demonstrative names words given elsewhere. Neither is a quote; adverbials before the object are left out."""
    body = (
        "Le recteur a contesté ces résultats. Les travaux seront « terminés avant l'hiver », a-t-il promis mardi, "
        "sans donner de date. La mairie a annoncé lundi, lors du conseil municipal, la fermeture de la piscine."
    )
    quotes = quotes_of(parse_text, body)
    assert [(q.text, q.kind) for q in quotes] == [
        ("terminés avant l'hiver", "partial"),
        ("la fermeture de la piscine", "indirect"),
    ]


def test_a_source_named_then_described_between_commas_is_no_part_of_what_it_says(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    body = "Selon le professeur Alain Riou, doyen de la faculté, les inscriptions ont baissé de moitié."
    quote = find(quotes_of(parse_text, body), "inscriptions")
    assert (quote.text, quote.speaker) == ("les inscriptions ont baissé de moitié", "Alain Riou")


def test_a_title_that_names_its_office_is_nobody_the_article_named_without_it(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    body = (
        "Paul Vidal tient la boulangerie du bourg. Le préfet de la Creuse s'est voulu rassurant. Les dossiers "
        "seront « traités en priorité », a-t-il promis."
    )
    quote = find(quotes_of(parse_text, body), "traités en priorité")
    assert quote.speaker != "Paul Vidal"
    assert quote.speaker is not None and quote.speaker.startswith("préfet de la Creuse")


def test_in_a_relative_opened_by_que_the_subject_after_the_verb_speaks_and_the_noun_before_is_no_report(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    body = "Le rectorat avance un taux de 2 %. Un taux que conteste le syndicat des enseignants : « C'est faux. »"
    quotes = quotes_of(parse_text, body)
    assert [(q.text, q.speaker_surface) for q in quotes] == [("C'est faux.", "le syndicat des enseignants")]


def test_a_feminine_title_shows_a_woman_whom_a_masculine_title_also_names(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    """« le docteur Claire Dumas, cheffe du service »: the masculine title may name a woman, the feminine one never
    names a man, so « elle » is Claire Dumas and not the agency named before."""
    body = (
        "La fermeture a été décidée par l'Agence régionale de santé. Pour le docteur Claire Dumas, cheffe du "
        "service, le choix est brutal. « Personne ne nous a consultés », regrette-t-elle."
    )
    assert find(quotes_of(parse_text, body), "Personne ne nous").speaker == "Claire Dumas"


def test_pour_a_noun_with_a_name_in_apposition_is_that_persons_view(parse_text: Callable[..., ParsedArticle]) -> None:
    body = (
        "Lucie Marin a mené l'enquête. D'après elle, la digue a cédé. Pour l'hydrologue Paul Servan, qui n'a pas "
        "participé à l'enquête, « la crue était prévisible »."
    )
    assert find(quotes_of(parse_text, body), "la crue était prévisible").speaker == "Paul Servan"


def test_a_quoted_attribute_of_the_object_of_a_verb_of_saying_is_the_speakers_word(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    body = "Interrogé mardi, le maire, Luc Vernet, a jugé ces résultats « décevants »."
    quotes = quotes_of(parse_text, body)
    assert [(q.text, q.kind, q.speaker) for q in quotes] == [("décevants", "partial", "Luc Vernet")]


@pytest.mark.parametrize(
    ("body", "quoted"),
    [
        (
            "Le Premier ministre a, de son côté, promis que les aides arriveraient vite.",
            [("que les aides arriveraient vite", "Le Premier ministre")],
        ),
        (
            "La préfète a, pour sa part, assuré que les routes seraient rouvertes.",
            [("que les routes seraient rouvertes", "La préfète")],
        ),
        ("« Le texte sera voté », a, de son côté, assuré Paul Roy.", [("Le texte sera voté", "Paul Roy")]),
    ],
)
def test_a_phrase_between_commas_inside_the_verb_group_leaves_its_subject_and_its_report(
    parse_text: Callable[..., ParsedArticle], body: str, quoted: list[tuple[str, str]]
) -> None:
    assert [(q.text, q.speaker_surface) for q in quotes_of(parse_text, body)] == quoted


def test_pour_a_collective_phrase_and_its_name_gives_that_organisations_view(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    quote = find(quotes_of(parse_text, "Pour l'association de locataires ALF, les loyers sont trop hauts."), "loyers")
    assert quote.speaker == "ALF"


@pytest.mark.parametrize(
    "body",
    [
        "La ligne de tram sera prolongée jusqu'au stade, a annoncé lundi la présidente de la métropole.",
        # A wire story's credit is no part of what is reported.
        "LYON (AFP) - La ligne de tram sera prolongée jusqu'au stade, a annoncé lundi la présidente de la métropole.",
    ],
)
def test_an_incise_whose_verb_takes_an_object_reports_the_clause_before_it(
    parse_text: Callable[..., ParsedArticle], body: str
) -> None:
    quotes = quotes_of(parse_text, body)
    assert [(q.text, q.speaker_surface) for q in quotes] == [
        ("La ligne de tram sera prolongée jusqu'au stade", "la présidente de la métropole")
    ]


def test_an_interview_transcript_gives_each_answer_to_the_person_its_label_names(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    """A paragraph opening on « Name : » is that person's answer, and so is each paragraph after a question (the
    interviewer's, ending on « ? ») until the next one; the questions are nobody's quotes."""
    body = (
        "Le directeur du festival, Paul Girard, revient sur cette édition.\n\n"
        "Combien de spectateurs avez-vous accueillis ?\n\n"
        "Paul Girard : Nous avons vendu tous les billets dès le mois de mai.\n\n"
        "Et l'an prochain ?\n\n"
        "Nous ajouterons une scène.\n\n"
        "La ville suivra, je l'espère."
    )
    quotes = [q for q in quotes_of(parse_text, body) if q.kind == "direct"]
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Nous avons vendu tous les billets dès le mois de mai.", "Paul Girard"),
        ("Nous ajouterons une scène.", "Paul Girard"),
        ("La ville suivra, je l'espère.", "Paul Girard"),
    ]


def test_a_question_in_an_article_that_labels_no_answer_makes_no_transcript(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    body = "Paul Girard dirige le festival.\n\nCombien de spectateurs ?\n\nLe festival a accueilli 20 000 personnes."
    assert quotes_of(parse_text, body) == []


def test_a_document_published_on_a_day_by_someone_speaks_for_them(parse_text: Callable[..., ParsedArticle]) -> None:
    """« publiée vendredi par X »: the parser may hang the agent on the date; X still issued the document."""
    body = (
        "Les prix à la consommation ont augmenté de 2,3 % sur un an en mai, après 2,6 % en avril, selon une "
        "estimation provisoire publiée vendredi par l'Insee. Sur un mois, ils progressent de 0,1 %."
    )
    assert find(quotes_of(parse_text, body), "Les prix").speaker == "Insee"


def test_a_que_clause_after_the_day_it_was_said_is_what_was_said(parse_text: Callable[..., ParsedArticle]) -> None:
    """« a annoncé mercredi après-midi qu'elle … »: the parser may read the « que » as a relative on the day."""
    body = "La présidente de région a annoncé mercredi après-midi qu'elle renonçait à la ligne à grande vitesse."
    quotes = quotes_of(parse_text, body)
    assert [q.text for q in quotes] == ["qu'elle renonçait à la ligne à grande vitesse"]


def test_a_source_a_report_is_credited_to_is_less_salient_than_the_reports_subject(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    """« X s'apprêterait à partir, selon Le Parisien. Il aurait confié … »: il is X, not the newspaper."""
    body = (
        "Le directeur du musée, Alain Berthier, s'apprêterait à démissionner, selon des informations du Télégramme "
        "publiées samedi. Il aurait confié à ses proches qu'il refusait « une réforme de trop »."
    )
    assert find(quotes_of(parse_text, body), "une réforme de trop").speaker == "Alain Berthier"


def test_a_verb_that_carries_a_verb_of_saying_is_found_when_tagged_an_adjective(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    body = "Alain Berthier dirige le musée. Un porte-parole s'est borné à rappeler que « le musée reste ouvert »."
    quote = find(quotes_of(parse_text, body), "le musée reste ouvert")
    assert (quote.speaker, quote.speaker_surface) == (None, "Un porte-parole")


def test_a_source_on_the_verb_of_a_document_says_what_the_verb_reports(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    body = (
        "La maire, Claire Vidal, s'est félicitée de ces résultats, qui montrent selon elle « que la ville redevient "
        "attractive »."
    )
    assert find(quotes_of(parse_text, body), "la ville redevient").speaker == "Claire Vidal"


def test_a_rival_stands_for_the_adversary_named_before(parse_text: Callable[..., ParsedArticle]) -> None:
    body = "Le maire, Paul Kerjean, défend son bilan face à Lise Morvan. Ce que sa rivale a jugé « très décevant »."
    assert find(quotes_of(parse_text, body), "très décevant").speaker == "Lise Morvan"


def test_a_participle_with_its_auxiliary_and_subject_on_a_noun_is_a_clause_that_reports(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    """« Un bilan que sa rivale a jugé « … » »: the parser hangs the relative on the noun as a bare participle."""
    body = "Lise Morvan a débattu avec le maire. Un bilan que sa rivale a jugé « très décevant »."
    quote = find(quotes_of(parse_text, body), "très décevant")
    assert (quote.kind, quote.speaker_surface) == ("partial", "sa rivale")


def test_a_title_of_something_just_introduced_is_nobody_named_before(parse_text: Callable[..., ParsedArticle]) -> None:
    body = (
        "« Nous refusons ces contrats », lance Maud Rivet, figure du doublage. « L'outil ne remplacera personne », "
        "affirme le dirigeant d'un grand studio, qui a requis l'anonymat."
    )
    quote = find(quotes_of(parse_text, body), "ne remplacera personne")
    assert quote.speaker is None


def test_ils_stands_for_no_noun_phrase_of_the_feminine(parse_text: Callable[..., ParsedArticle]) -> None:
    """« ils » covers a mixed group, but one noun phrase has one gender: « les plateformes » would be « elles »."""
    body = (
        "Des centaines de chauffeurs ont manifesté lundi contre les plateformes de livraison. À l'appel du syndicat, "
        "ils réclament un salaire minimum."
    )
    assert find(quotes_of(parse_text, body), "salaire minimum").speaker == "chauffeurs"


def test_people_a_noun_of_an_approximate_number_counts_speak_as_a_group(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    body = "Une vingtaine de riverains ont dénoncé les nuisances du chantier devant la mairie."
    quote = find(quotes_of(parse_text, body), "les nuisances")
    assert (quote.speaker, quote.speaker_surface) == ("riverains", "Une vingtaine de riverains")


def test_his_lawyer_is_not_him(parse_text: Callable[..., ParsedArticle]) -> None:
    body = (
        "L'ancien numéro deux du groupe, Marc Delorme, a été condamné à deux ans d'emprisonnement avec sursis. Son "
        "avocat a annoncé qu'il allait se pourvoir en cassation."
    )
    quote = find(quotes_of(parse_text, body), "cassation")
    assert (quote.speaker, quote.speaker_surface) == (None, "Son avocat")


def test_a_quotation_a_colon_introduces_is_no_part_of_the_reported_phrase(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    body = "Éliminé, le skieur a salué la course de son rival : « Il a été le plus rapide du début à la fin. »"
    quotes = quotes_of(parse_text, body)
    assert indirect(quotes, "la course").text == "la course de son rival"
    assert find(quotes, "plus rapide").kind == "direct"


def test_a_quotation_that_goes_on_with_the_phrase_after_a_colon_stays_in_it(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    """In lower case after the colon, the quotation finishes the reported phrase: it is part of it."""
    body = "Le guide a décrit les glaciers : « plus fins chaque été, et plus sales »."
    assert indirect(quotes_of(parse_text, body), "glaciers").text.endswith("plus sales »")


@pytest.mark.parametrize(
    ("body", "language", "part", "speaker"),
    [
        (
            "Le syndicat a dénoncé un plan de rigueur. La trésorière, Inès Vidal, a défendu un budget « sobre et"
            " honnête » devant le conseil.",
            "fr",
            "sobre et",
            "Inès Vidal",
        ),
        (
            'Ann Price said the plan was a disgrace. Mark Doyle, the finance director, presented a "lean but fair"'
            " budget to the board.",
            "en",
            "lean but fair",
            "Mark Doyle",
        ),
    ],
)
def test_a_quotation_in_a_clause_is_the_words_of_the_person_the_clause_is_about(
    parse_text: Callable[..., ParsedArticle], body: str, language: str, part: str, speaker: str
) -> None:
    """« défendre » and "present" are no verbs of saying: the person whose clause holds the words says them, not
    the one quoted before."""
    parsed = parse_text(body, language=language)
    assert find(extract_quotes(parsed, find_mentions(parsed)), part).speaker == speaker


def test_the_subject_before_a_colon_speaks_when_the_parse_hangs_it_outside_the_clause(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    """« acquiesce » read as a participle on « voisin »: the neighbour speaks, not the woman quoted before."""
    body = (
        "« On nous a promis une concertation », lance Jeanne, une retraitée. À ses côtés, son voisin acquiesce :"
        " « Ils ont abattu des arbres centenaires en une matinée. »"
    )
    quote = find(quotes_of(parse_text, body), "arbres centenaires")
    assert (quote.speaker, quote.speaker_surface) == (None, "son voisin")


def test_a_verb_of_saying_after_a_closing_mark_goes_with_the_verb_that_reports_the_quotation(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    """The parse coordinates « rappelle » with « permis », inside the quotation: the aid does not recall anything,
    and what the spokeswoman assures ends with the quotation."""
    body = (
        "Le ministère conteste ces chiffres. Une porte-parole, Anne Roy, assure que les aides versées aux artisans"
        " « ont permis de limiter la casse » et rappelle qu'un bouclier tarifaire reste en vigueur."
    )
    quotes = quotes_of(parse_text, body)
    assert indirect(quotes, "les aides").text.endswith("limiter la casse »")
    assert indirect(quotes, "bouclier").speaker == "Anne Roy"


def test_the_rest_of_a_name_is_not_what_its_verb_reports(parse_text: Callable[..., ParsedArticle]) -> None:
    """The parser hangs « De Luca » on « a regretté » as a complement: words inside a name are no report."""
    body = "« C'est inacceptable », a regretté Roberto De Luca, dont l'équipe reste troisième."
    assert [q.text for q in quotes_of(parse_text, body)] == ["C'est inacceptable"]


def test_a_clause_set_against_what_a_verb_reports_is_not_part_of_it(parse_text: Callable[..., ParsedArticle]) -> None:
    body = (
        "La présidente, Julie Serre, a confirmé mardi son départ, tandis que son adjoint, Marc Viel, n'exclut pas"
        " de rester."
    )
    assert [q.text for q in quotes_of(parse_text, body)] == ["son départ"]


def test_a_relative_the_parser_makes_a_complement_clause_is_part_of_the_object(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    """« qui emploie 320 salariés » is about the site, not what was announced: the object is."""
    body = (
        "Le groupe chimique Solvane a annoncé mardi la fermeture d'ici 2026 de son site de Vierzon (Cher), qui"
        " emploie 320 salariés."
    )
    quote = find(quotes_of(parse_text, body), "emploie")
    assert quote.text.startswith("la fermeture")


@pytest.mark.parametrize(
    ("body", "text", "surface"),
    [
        ("Le patronat, de son côté, juge la mesure « inutile ».", "inutile", "Le patronat"),
        ("Le patronat juge la mesure « inutile ».", "inutile", "Le patronat"),
        ("Même la CFDT, pourtant réformiste, juge le texte « inquiétant ».", "inquiétant", "Même la CFDT"),
        ("L'association note que les loyers « explosent ».", "que les loyers « explosent »", "L'association"),
        ("La fédération, pour sa part, estime la réforme « précipitée ».", "précipitée", "La fédération"),
    ],
)
def test_a_verb_of_saying_the_parser_reads_as_a_noun_on_its_subject_still_reports(
    parse_text: Callable[..., ParsedArticle], body: str, text: str, surface: str
) -> None:
    """The parser roots these sentences on the subject and hangs « juge », « note » on it as a noun or an
    adjective: a present form that takes an object or a « que » clause is the verb, the noun before its subject."""
    quote = find(quotes_of(parse_text, body), text)
    assert (quote.text, quote.speaker_surface) == (text, surface)


def test_an_incise_with_a_side_phrase_names_the_person_after_it(parse_text: Callable[..., ParsedArticle]) -> None:
    """« », déplore de son côté le député X »: the tagger reads the verb as a participle on the quotation's noun; « de
    son côté » says whose side, not what is deplored; the title's name is flat on it, first name and all."""
    body = (
        "Les patients sont invités à appeler le 15. « C'est une régression dramatique pour tout le sud du Morbihan »,"
        " déplore de son côté le député Jean-Marc Le Bihan, qui réclame « un plan d'urgence » pour l'hôpital."
    )
    quote = find(quotes_of(parse_text, body), "régression")
    assert (quote.speaker, quote.verb) == ("Jean-Marc Le Bihan", "déplorer")


def test_a_name_the_parser_cuts_off_its_sentence_is_the_subject_and_the_day_does_not_take_the_object(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    """The parser starts sentences at « Stellara » and at « a confirmé », and hangs the object on « jeudi »."""
    body = (
        "Le constructeur automobile Stellara a confirmé jeudi la suppression de 2 000 postes en Europe d'ici fin"
        " 2025, dont 800 en France, dans le cadre d'un plan d'économies."
    )
    quote = find(quotes_of(parse_text, body), "postes")
    assert quote.speaker == "Stellara"
    assert quote.text.startswith("la suppression de 2 000 postes")


def test_an_incise_with_a_document_issued_by_an_organisation_reports_the_words_before_it(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    """« …, révèle une enquête publiée jeudi par X »: the parser hangs « par X » on the verb and cuts the sentence
    inside the name; the words before the incise are the report, X (whole) its issuer."""
    body = (
        "Un jouet sur deux contient des substances interdites, révèle une enquête publiée jeudi par l'UFC-Que Choisir."
    )
    quote = find(quotes_of(parse_text, body), "jouet")
    assert (quote.text, quote.speaker) == ("Un jouet sur deux contient des substances interdites", "UFC-Que Choisir")
