"""Speaker resolution on French examples: subjects, inversions, members, pronouns and their agreement."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.tokens import Doc

from newsclaims.extract.actors import find_mentions
from newsclaims.extract.quotes import extract_quotes
from newsclaims.extract.speakers import Candidate, SpeakerResolver, compatible, noun_phrase, pronoun_features
from newsclaims.parse import ParsedArticle


@pytest.mark.parametrize(
    ("pronoun", "candidate", "expected"),
    [
        ("elle", Candidate(0, "Netflix", None, "Sing"), True),
        ("elle", Candidate(0, "Paul Martin", "Masc", "Sing"), False),
        ("il", Candidate(0, "la plateforme", "Fem", "Sing"), False),
        ("ils", Candidate(0, "critics", None, "Plur"), True),
        ("ils", Candidate(0, "Netflix", None, "Sing"), False),
        ("elles", Candidate(0, "les monteuses", "Fem", "Plur"), True),
        ("-il", Candidate(0, "Marc Durand", "Masc", "Sing"), True),
    ],
)
def test_pronoun_agreement(pronoun: str, candidate: Candidate, expected: bool) -> None:
    features = pronoun_features(pronoun)
    assert features is not None
    assert compatible(features, candidate) is expected


def speaker_of_verb(parse_text: Callable[..., ParsedArticle], body: str, verb: str) -> str | None:
    parsed = parse_text(body)
    resolver = SpeakerResolver(parsed.doc, find_mentions(parsed))
    token = next(t for t in parsed.doc if t.text == verb)
    return resolver.of_verb(token).name


@pytest.mark.parametrize(
    ("body", "verb", "speaker"),
    [
        ("Le réalisateur Yves Perrin affirme que le film est prêt.", "affirme", "Yves Perrin"),
        ("« C'est prêt », affirme Yves Perrin.", "affirme", "Yves Perrin"),
        ("Yves Perrin dirige le projet. Il affirme que le film est prêt.", "affirme", "Yves Perrin"),
        ("Les scénaristes, dont Louise Bonnet, dénoncent que les studios trichent.", "dénoncent", "Louise Bonnet"),
        ("C'est Yves Perrin qui a révélé que le budget avait doublé.", "révélé", "Yves Perrin"),
        ("On raconte que le film est prêt.", "raconte", None),
    ],
)
def test_speaker_of_verb(parse_text: Callable[..., ParsedArticle], body: str, verb: str, speaker: str | None) -> None:
    assert speaker_of_verb(parse_text, body, verb) == speaker


@pytest.mark.parametrize(
    ("body", "head", "phrase"),
    [
        ("Le patron du studio affirme que tout va bien.", "patron", "Le patron du studio"),
        ("Certains dans l'industrie craignent le pire.", "Certains", "Certains dans l'industrie"),
        ("Selon Ted Sarandos, tout va bien.", "Ted", "Ted Sarandos"),
    ],
)
def test_noun_phrase(parse_text: Callable[..., ParsedArticle], body: str, head: str, phrase: str) -> None:
    parsed = parse_text(body)
    token = next(t for t in parsed.doc if t.text == head)
    start, end = noun_phrase(token)
    assert body[start:end] == phrase


def quote_speaker(parse_text: Callable[..., ParsedArticle], body: str, part: str) -> tuple[str | None, str | None]:
    from newsclaims.extract.quotes import extract_quotes

    parsed = parse_text(body)
    quotes = [q for q in extract_quotes(parsed, find_mentions(parsed)) if part in q.text]
    assert quotes, body
    return quotes[0].speaker, quotes[0].speaker_surface


@pytest.mark.parametrize(
    ("body", "part", "speaker", "surface"),
    [
        (
            "De son côté, la start-up Mistral AI, qui développe le modèle, affirme que les données sont protégées.",
            "les données sont protégées",
            "Mistral AI",
            "la start-up Mistral AI",
        ),
        (
            "Pour sa part, la société Runway, basée à New York, assure que les artistes sont payés.",
            "les artistes sont payés",
            "Runway",
            "la société Runway",
        ),
        (
            "De leur côté, les comédiens de doublage, qui ont manifesté hier, estiment que leurs voix sont volées.",
            "leurs voix sont volées",
            "actors",
            "les comédiens de doublage",
        ),
    ],
)
def test_fronted_subject_past_adverbials_and_relatives(
    parse_text: Callable[..., ParsedArticle], body: str, part: str, speaker: str, surface: str
) -> None:
    name, words = quote_speaker(parse_text, body, part)
    assert name is not None and speaker in name
    assert words == surface


@pytest.mark.parametrize(
    ("body", "part", "surface"),
    [
        ("Le dirigeant a ajouté que les délais seraient tenus.", "les délais", "Le dirigeant"),
        ("Selon l'entreprise, les ventes ont progressé cet été.", "les ventes", "l'entreprise"),
        ("Le responsable estime que le projet avance bien.", "le projet avance", "Le responsable"),
        ("La plateforme affirme que ses abonnés restent fidèles.", "ses abonnés", "La plateforme"),
        # A plural of things is no group of people, whatever verb it governs.
        ("Les accords conclus en mars rappellent que les auteurs restent payés.", "les auteurs", "Les accords"),
    ],
)
def test_unresolved_description_is_no_stakeholder_name(
    parse_text: Callable[..., ParsedArticle], body: str, part: str, surface: str
) -> None:
    assert quote_speaker(parse_text, body, part) == (None, surface)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # Names the tagger takes for a pronoun or an auxiliary: their inner capitals say they are names.
        ("La plateforme a précisé ses règles.\n\nDataVox a annoncé un changement de tarif, un prix unique.", "DataVox"),
        (
            "La plateforme a précisé ses règles.\n\nStudioCast a annoncé un changement de tarif, un prix unique.",
            "StudioCast",
        ),
        # Opening a sentence, a name the article capitalises inside another one.
        (
            "Les tarifs de Vidéal baissent.\n\nVidéal a annoncé un changement de tarif, un prix unique.",
            "Vidéal",
        ),
    ],
)
def test_a_name_opening_a_sentence_is_known_by_its_capitals(
    parse_text: Callable[..., ParsedArticle], body: str, speaker: str
) -> None:
    assert quote_speaker(parse_text, body, "changement de tarif")[0] == speaker


@pytest.mark.parametrize("opening", ["", "Les tarifs baissent.\n\n", "Les tarifs baissent. "])
def test_coordinated_subjects_are_named_by_the_first_wherever_the_sentence_starts(
    parse_text: Callable[..., ParsedArticle], opening: str
) -> None:
    quoted = "« pilleur organisé des voix et des visages de tous les comédiens »"
    body = f"{opening}Le syndicat des monteurs et Sonora qualifient le logiciel de {quoted}."
    assert quote_speaker(parse_text, body, "pilleur organisé")[0] == "Syndicat des monteurs"


@pytest.mark.parametrize(
    ("body", "part", "speaker"),
    [
        ("L'Observatoire des métiers estime que le secteur perdra des emplois.", "le secteur perdra", "Observatoire"),
        ("Netflix a publié ses résultats. La plateforme affirme que ses abonnés restent.", "ses abonnés", "Netflix"),
    ],
)
def test_named_or_resolved_phrase_is_the_speaker(
    parse_text: Callable[..., ParsedArticle], body: str, part: str, speaker: str
) -> None:
    name, _surface = quote_speaker(parse_text, body, part)
    assert name is not None and name.startswith(speaker)


@pytest.mark.parametrize(
    ("body", "verb", "speaker"),
    [
        # An adverb inside the verb group still leaves an incise whose subject follows the verb.
        ("« Les prix vont baisser », a aussitôt affirmé la ministre Claire Vidal.", "affirmé", "Claire Vidal"),
        # A title right before the name, with no comma: the name speaks, not the company in the title.
        ("« Nous avançons », a déclaré le directeur général de Ferbel Jean Morin.", "déclaré", "Jean Morin"),
        ("« La ligne fermera », a annoncé le ministre des Transports Paul Marchand.", "annoncé", "Paul Marchand"),
        # A relative clause after the name describes the speaker; its own nouns do not speak.
        (
            "« C'est grave », a expliqué Anne Roux, comédienne, qui est la voix française de Lisa Grant.",
            "expliqué",
            "Anne Roux",
        ),
    ],
)
def test_inverted_subjects_with_titles_and_adverbs(
    parse_text: Callable[..., ParsedArticle], body: str, verb: str, speaker: str
) -> None:
    assert speaker_of_verb(parse_text, body, verb) == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Les ventes ont reculé, selon les chiffres publiés mardi par l'Observatoire du commerce.", "Observatoire"),
        ("Le groupe a perdu 3 millions d'euros, selon les informations de Radio Lune.", "Radio Lune"),
        ("Les ventes ont reculé, indique un communiqué de la société Lavande.", "Lavande"),
    ],
)
def test_a_document_speaks_for_whoever_issued_it(
    parse_text: Callable[..., ParsedArticle], body: str, speaker: str
) -> None:
    from newsclaims.extract.quotes import extract_quotes

    parsed = parse_text(body)
    quotes = extract_quotes(parsed, find_mentions(parsed))
    assert quotes and speaker in (quotes[0].speaker or ""), quotes


def test_a_weekday_is_never_part_of_a_speaker(parse_text: Callable[..., ParsedArticle]) -> None:
    parsed = parse_text("Les marges ont baissé, selon le communiqué publié par le groupe Ferbel jeudi.")
    quotes = extract_quotes(parsed, find_mentions(parsed))
    assert quotes and "jeudi" not in (quotes[0].speaker_surface or "") and "jeudi" not in (quotes[0].speaker or "")


def quotes_by_part(parse_text: Callable[..., ParsedArticle], body: str) -> list[tuple[str, str | None]]:
    parsed = parse_text(body)
    return [(q.text, q.speaker) for q in extract_quotes(parsed, find_mentions(parsed))]


def speaker_of_part(parse_text: Callable[..., ParsedArticle], body: str, part: str) -> str | None:
    return next(speaker for text, speaker in quotes_by_part(parse_text, body) if part in text)


# Whose words a quote is: each case one mechanism, in sentences of our own.
RESOLUTION_CASES = [
    # --- a pronoun continues the subject or speaker of the nearest sentence
    # A name inside a relative clause about the speaker is not the speaker, nor what « il » picks up later.
    (
        "« Le métier change vite », a raconté Léon Garnier, monteur, qui a notamment travaillé avec Hugo Vidal. "
        "« Nous devons suivre », a-t-il ajouté.",
        "Nous devons suivre",
        "Léon Garnier",
    ),
    # Between two names, the title before the second comma is the second name's.
    (
        "Interrogé sur le départ de Marc Lenoir, le directeur financier de Pixelor, Jean Ravel, a souri. "
        "« Nous restons confiants », a-t-il dit.",
        "Nous restons confiants",
        "Jean Ravel",
    ),
    # The determiner genders a name: « la Banque » is no « il ».
    (
        "« La reprise arrive », a dit Paul Aubert, alors que la Banque d'Estrie prévoit une croissance faible. "
        "« Nous le verrons », a-t-il conclu.",
        "Nous le verrons",
        "Paul Aubert",
    ),
    # --- descriptions acronyms and elided subjects name the speaker
    # « l'institut » refers back to the organisation whose own name it heads, the acronym naming both.
    (
        "L'Institut national des études régionales (INER) a publié ses chiffres. Les prix montent, relève l'INER. "
        "« La hausse ralentira », a précisé l'institut.",
        "La hausse ralentira",
        "INER",
    ),
    # « du groupe »: the article folded into the preposition still makes a definite description.
    (
        "Le groupe Valmet a publié ses comptes. Les ventes reculent, selon le communiqué du groupe jeudi.",
        "Les ventes reculent",
        "Valmet",
    ),
    # A proper name with an article is an organisation, whatever its syntactic role.
    (
        "Le chômage a progressé en mars, indique dans une note l'Observatoire des métiers du bois.",
        "Le chômage a progressé",
        "Observatoire des métiers du bois",
    ),
    # An ordinary reporting verb, inverted with a pronoun.
    (
        "Le chanteur Marc Olier a lancé sa tournée. « Le public est revenu », s'enthousiasme-t-il.",
        "Le public est revenu",
        "Marc Olier",
    ),
    # The words of the quotation are never the subject of the verb that reports them.
    (
        "« Les comptes de Valmet sont solides », commente Paul Verne dans une note.",
        "Les comptes de Valmet",
        "Paul Verne",
    ),
    # A coordinated verb without subject continues the previous speaker.
    (
        "« Nous voulons un accord », ont déclaré les dirigeants du syndicat Unimer. Et réclament que l'État tranche.",
        "l'État tranche",
        "Unimer",
    ),
    # --- titles and capitalised names
    # A title the article gives nobody goes to the person it names without one.
    (
        "Jeudi, Antoine Mercier a parlé sur une radio. « Les prix vont baisser », a dit le gouverneur "
        "de la Banque d'Armor.",
        "Les prix vont baisser",
        "Antoine Mercier",
    ),
    # A capitalised noun inside the sentence is a name, not a description of the bank named before.
    (
        "La Banque d'Armor a publié ses chiffres. « Le taux restera stable », a dit la Banque centrale du Nord.",
        "Le taux restera stable",
        "Banque centrale du Nord",
    ),
    # --- members conjuncts and participles
    # « l'un des X, Nom »: the member named in apposition speaks.
    (
        "« Le projet est prêt », a déclaré l'un des dirigeants du groupe, Paul Vasseur, lors d'une conférence.",
        "Le projet est prêt",
        "Paul Vasseur",
    ),
    # Coordinated subjects: the first one named speaks for both.
    (
        "La brasserie Orlane et sa filiale belge Mervo ont annoncé la fermeture d'un site.",
        "la fermeture d'un site",
        "Orlane",
    ),
    # A participle clause reports what its main clause's subject says.
    (
        "Arvel et Pixmo attaquent Brimex Group en justice, accusant la société d'être « un pilleur d'images ».",
        "un pilleur d'images",
        "Arvel",
    ),
    # --- names after descriptions and reflexive incises
    # A capitalised name right after a description names it, with its own article.
    (
        "Les salaires vont baisser, selon le collectif national Les Amis du Son.",
        "Les salaires vont baisser",
        "Les Amis du Son",
    ),
    # A reflexive verb inverted after the quotation: « », s'exclame-t-il.
    (
        "Le chanteur Marc Olier a rempli la salle. « Merci à tous. Vous êtes formidables », s'exclame-t-il.",
        "Vous êtes formidables",
        "Marc Olier",
    ),
    # --- short governed quotes and announcements
    # One word that a verb of saying takes as complement is reported, and its participle climbs to the speaker.
    (
        "« Les comptes sont faibles », a écrit la banque Orvel dans une note, les jugeant « médiocres ».",
        "médiocres",
        "Orvel",
    ),
    ("Le ministre Jean Castel a parlé d'une hausse qu'il espère « passagère ».", "passagère", "Jean Castel"),
    # A day after the verb is when, not who: the object is what was announced.
    (
        "Le groupe Nordica Telecom a annoncé mardi, pendant un salon, la fermeture de deux usines.",
        "la fermeture de deux usines",
        "Nordica Telecom",
    ),
    # --- what a source in mid sentence attributes
    # « CLAUSE, selon X, contre … »: the clause before is X's, not the words after.
    (
        "La dette de la ville atteint 3 milliards d'euros, selon la Cour régionale, contre 2 milliards en 2015.",
        "La dette de la ville atteint 3 milliards",
        "Cour régionale",
    ),
    # Neither side has a verb: the sentence around the source is its claim.
    (
        "Une fortune amassée, selon Arvel et Pixmo, grâce au travail de leurs auteurs.",
        "grâce au travail de leurs auteurs",
        "Arvel",
    ),
    # --- inverted clitics and scare quotes in subjects
    # « », a-t-elle confié: the inverted pronoun sits inside the verb group.
    (
        "Lise Moreau dirige le studio. « Nous avons tout refait. C'était rapide », a-t-elle confié lors du salon.",
        "Nous avons tout refait",
        "Lise Moreau",
    ),
    # --- the gender of a name is not the tagger's guess
    # « il » picks up an organisation named without a determiner, whatever gender the tagger gives its name;
    # an acronym opening a sentence is a name.
    (
        "L'Office des réseaux télévisés (ORTV) publie ses comptes. "
        "ORTV souligne que ses audiences ont été freinées par la grève chez Pixmo. "
        "Cela dit, « la reprise sera rapide », précise-t-il.",
        "la reprise sera rapide",
        "ORTV",
    ),
    # --- a verb of saying set off by commas inside the marks names the speaker of both halves
    (
        "Le trafic se redresse. « Le réseau a perdu des clients cet hiver, précise Nordica Telecom. "
        "Il en a regagné au printemps. »",
        "Il en a regagné au printemps",
        "Nordica Telecom",
    ),
    # --- plural groups the article names without a mention: they speak, and « ils » continues them
    (
        "Le port ferme en mars. « La pêche artisanale est en danger », écrivent les signataires. "
        "Ils rappellent que la criée a déjà fermé.",
        "la criée a déjà fermé",
        "les signataires",
    ),
    # The representatives of several organisations speak for all of them, not for the first one named.
    (
        "Les représentants de la société Nordica Telecom, du groupe Valmet et de la banque Solvia ont écrit au "
        "ministre. Dans ce courrier, ils affirment que le réseau est saturé.",
        "le réseau est saturé",
        "Les représentants de la société Nordica Telecom, du groupe Valmet et de la banque Solvia",
    ),
    # A scare quote inside the subject does not make the subject part of a quotation.
    (
        "Paul Vasseur, le directeur « grands comptes » de Nordica Telecom, a de son côté déclaré "
        "que les ventes montent.",
        "les ventes montent",
        "Paul Vasseur",
    ),
    # « note » tagged a noun after a quotation is still the verb of the incise: it has an object, no noun has.
    (
        "Le syndicat FNSA a voté la grève. « Pour de nombreux artistes-interprètes, leur premier contrat pourrait "
        "être le dernier, car les studios veulent scanner nos membres », note l'organisation.",
        "leur premier contrat pourrait",
        "FNSA",
    ),
    # « le patron de la X » after a quotation is the person who heads X, not X: a complement is not a name.
    (
        "Jean Roux, le patron de la FNL, affirme que « la crise dure ». « Les loueurs doivent agir vite », a insisté "
        "le patron de la FNL.",
        "Les loueurs doivent agir vite",
        "Jean Roux",
    ),
    # « justifier », « murmurer » report what is said in an incise as « expliquer » does.
    (
        "Le conseil a voté la hausse. « Le budget est tenu », a justifié l'adjointe aux finances, Nadia Ferrer.",
        "Le budget est tenu",
        "Nadia Ferrer",
    ),
    ("Le vote approche. « On verra bien », a murmuré la sénatrice Paule Aubry.", "On verra bien", "Paule Aubry"),
    # A noun the article introduced a person with (« le gardien portugais X ») stands for them when it comes back.
    (
        "Le club présente le gardien portugais Rui Salgado, arrivé de Lisbonne. Le stade était plein. « Je connais "
        "bien ce championnat », a assuré le gardien.",
        "Je connais bien ce championnat",
        "Rui Salgado",
    ),
    # A speaker named before a quotation is what a pronoun after it continues, not a name in passing beside it.
    (
        "Les loyers montent. Pour Paul Vignal, économiste chez Orsane Conseil, « la hausse va durer ». Les prix "
        "devraient encore grimper de 4 % en 2027, estime-t-il.",
        "Les prix devraient encore grimper",
        "Paul Vignal",
    ),
    # A pronoun continues the subject of the sentence's main clause before the subject of a clause within it.
    (
        "Lucie Marand dirige la coopérative Terrane. Marand a ajouté que Terrane prévoit une reprise en mai. Elle a "
        "dit que les stocks sont bas.",
        "les stocks sont bas",
        "Lucie Marand",
    ),
]


@pytest.mark.parametrize(("body", "part", "speaker"), RESOLUTION_CASES)
def test_speaker_resolution(parse_text: Callable[..., ParsedArticle], body: str, part: str, speaker: str) -> None:
    assert speaker_of_part(parse_text, body, part) == speaker


def test_a_source_that_reports_a_speech_act_does_not_become_its_speaker(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    body = (
        "Hélène Marchal défend son budget. Lundi, elle a annoncé de nouvelles taxes, selon la station "
        "Radio Nord. « Personne ne sera épargné », a-t-elle assuré."
    )
    quotes = quotes_by_part(parse_text, body)
    assert ("de nouvelles taxes", "Hélène Marchal") in quotes  # the partitive « de » is part of what was said
    assert speaker_of_part(parse_text, body, "Personne ne sera") == "Hélène Marchal"
    assert not any("Lundi" in text for text, _speaker in quotes)


def test_an_organisation_named_twice_is_a_mention_wherever_it_stands(parse_text: Callable[..., ParsedArticle]) -> None:
    body = "Les ventes de Nordica Telecom ont reculé de 3 %. Le titre de Nordica Telecom a perdu 2 % en Bourse."
    names = {m.name for m in find_mentions(parse_text(body)) if m.kind == "organization"}
    assert "Nordica Telecom" in names


def test_a_sentence_pointing_back_at_a_quotation_names_its_speaker(parse_text: Callable[..., ParsedArticle]) -> None:
    body = (
        "« Nous ne céderons rien. Les machines ne prendront pas nos métiers. » C'est par ces mots que la "
        "syndicaliste Rose Tanguy a ouvert la réunion lundi."
    )
    assert speaker_of_part(parse_text, body, "Nous ne céderons rien") == "Rose Tanguy"


def test_a_single_word_in_marks_is_still_a_scare_quote(parse_text: Callable[..., ParsedArticle]) -> None:
    assert not quotes_by_part(parse_text, "Le film est un « succès » en salles depuis mars.")


def test_selon_a_thing_is_no_source(parse_text: Callable[..., ParsedArticle]) -> None:
    body = "Le nombre de places, qui varie selon les saisons, reste limité."
    assert not quotes_by_part(parse_text, body)


def test_a_source_with_a_relative_attributes_the_clause_after_it(parse_text: Callable[..., ParsedArticle]) -> None:
    body = "Selon le New Harbor Post, qui a publié l'enquête, le maire a signé un contrat de dix ans."
    assert any("le maire a signé un contrat" in text for text, _speaker in quotes_by_part(parse_text, body))


def test_a_second_subject_of_one_verb_is_not_what_a_pronoun_continues() -> None:
    """The parser sometimes hangs a name that ends the sentence on the reporting verb as a second subject
    (« a dit Marc Lenoir, la voix de Tom Baxter »): the verb's first subject stays the one « il » continues."""
    words = ["Marc", "Lenoir", "a", "dit", "oui", ",", "la", "voix", "de", "Tom", "Baxter", "."]
    doc = Doc(
        spacy.blank("fr").vocab,
        words=words,
        pos=["PROPN", "PROPN", "AUX", "VERB", "INTJ", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT"],
        heads=[3, 0, 3, 3, 3, 3, 7, 3, 9, 3, 9, 3],
        deps=["nsubj", "flat:name", "aux", "ROOT", "obj", "punct", "det", "obj", "case", "nsubj", "flat:name", "punct"],
        sent_starts=[True] + [False] * (len(words) - 1),
    )
    resolver = SpeakerResolver(doc, [])
    assert resolver.antecedent(len(doc.text), {"gender": "Masc", "number": "Sing"}) == "Marc Lenoir"


def test_a_name_that_continues_a_known_one_is_that_actor() -> None:
    from newsclaims.pipeline import analyse_text

    # Written for this test: the gazetteer knows Gaumont; « Media » only finishes its name here.
    article = analyse_text("Gaumont Media et Pathé ont annoncé mardi leur rapprochement, selon le communiqué.")
    assert [q.speaker for q in article.quotes] == ["Gaumont"]
    assert "Media" not in {s.name for s in article.stakeholders}


def test_a_pronoun_agrees_with_the_gender_the_titles_give_each_name(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: names of either gender; « il » is the man the article calls « le directeur », not
    # the woman named after him as « la déléguée ».
    body = (
        "Le directeur du site, Camille Arnaud, a présenté le plan lundi. La déléguée, Dominique Morel, l'a écouté. "
        "« Il n'y aura aucun licenciement », a-t-il assuré."
    )
    assert quote_speaker(parse_text, body, "aucun licenciement")[0] == "Camille Arnaud"


@pytest.mark.parametrize(
    "body",
    [
        # Written for this test: the medium or the occasion between the verb and its subject is not the speaker.
        "« Nous n'avons rien à cacher », a affirmé au Parisien le directeur financier, Marc Vidal.",
        "« Nous n'avons rien à cacher », a déclaré dans un entretien au Monde le ministre Marc Vidal.",
        "« Nous n'avons rien à cacher », a expliqué mardi sur France Inter Marc Vidal.",
    ],
)
def test_an_inverted_subject_after_a_circumstance_speaks(parse_text: Callable[..., ParsedArticle], body: str) -> None:
    assert quote_speaker(parse_text, body, "rien à cacher")[0] == "Marc Vidal"


@pytest.mark.parametrize(
    ("body", "part", "speaker"),
    [
        # Written for this test: the press's epithets for a person it has named (« le technicien », « le médecin »)
        # stand for the person of that gender named before, whatever title they were given.
        (
            "Après trois saisons, Pierre Lamy quitte le club. « J'ai donné tout ce que j'avais », a déclaré le "
            "technicien de 52 ans.",
            "tout ce que j'avais",
            "Pierre Lamy",
        ),
        (
            "« Nous sommes épuisés », confie Sophie Garnier, infirmière à Vienne. Pour le docteur Marc Olivier, chef "
            "du service, la situation est grave. Le médecin réclame l'ouverture de 40 lits.",
            "l'ouverture de 40 lits",
            "Marc Olivier",
        ),
        # « selon lui », « d'après elle »: a pronoun source refers back as a subject pronoun does.
        (
            "Le président, Jean Roy, a salué le travail accompli. Selon lui, le successeur sera nommé lundi.",
            "le successeur sera nommé",
            "Jean Roy",
        ),
    ],
)
def test_epithets_and_pronoun_sources_refer_back_to_a_named_person(
    parse_text: Callable[..., ParsedArticle], body: str, part: str, speaker: str
) -> None:
    assert quote_speaker(parse_text, body, part)[0] == speaker


def test_a_title_past_the_lede_refers_back_not_forward(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: the only man named comes after « le technicien »: the words are nobody's yet.
    body = (
        "La saison s'achève.\n« Nous avons tout donné », a déclaré le technicien.\n"
        "Le président du club, Jean Roy, a salué son travail."
    )
    assert quote_speaker(parse_text, body, "tout donné")[0] is None


def test_a_verb_the_tagger_calls_a_noun_after_a_quotation_opens_an_incise(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    # Written for this test: « note » after « », » is the verb of an incise, whose subject is the organisation.
    body = "La Fédération des loueurs a réagi mardi. « Les entreprises vont souffrir », note l'organisation."
    assert quote_speaker(parse_text, body, "vont souffrir")[0] == "Fédération des loueurs"


def test_verbs_of_saying_in_a_temper_attribute_an_incise(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: « s'agace », « s'offusque » report what was said, in a mood.
    body = (
        "Le ministre Julien Maret a promis des logements. « On nous promet des logements depuis dix ans », s'agace "
        "Karim Haddad, porte-parole de l'association."
    )
    assert quote_speaker(parse_text, body, "depuis dix ans")[0] == "Karim Haddad"


def test_a_group_opening_its_sentence_is_named_in_lower_case(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: « Les propriétaires » is the same group as « les propriétaires », a group, not a name.
    body = "Les propriétaires, eux, dénoncent un encadrement des loyers « qui décourage l'investissement »."
    assert quote_speaker(parse_text, body, "décourage")[0] == "les propriétaires"


def test_a_pronoun_skips_a_named_subject_of_the_other_gender(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: « il » is the minister, not the mayor the sentence before names as « la maire »,
    # and « a reçu le ministre » is no title of hers.
    body = "La maire de Lille, Anne Roux, a reçu le ministre Paul Vidal. « Les crédits arriveront », a-t-il promis."
    assert quote_speaker(parse_text, body, "crédits arriveront")[0] == "Paul Vidal"


def test_a_feminine_title_without_determiner_gives_its_gender(parse_text: Callable[..., ParsedArticle]) -> None:
    """« chercheuse » says feminine by its ending, where the tagger reads it as masculine."""
    parsed = parse_text("Pour Claire Dumas, chercheuse au CNRS, ces outils posent un vrai problème.")
    genders = {m.name: m.gender for m in find_mentions(parsed) if m.kind == "person"}
    assert genders == {"Claire Dumas": "Fem"}


def test_a_pronoun_skips_a_speaker_of_the_other_gender_the_titles_show(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    body = (
        "Sophie Marchal, présidente du syndicat, réclame des garanties. Le ministre de la Culture, Étienne Vallat,"
        " a assuré qu'un texte serait présenté. « C'est une question de respect », insiste-t-elle."
    )
    assert quote_speaker(parse_text, body, "question de respect") == ("Sophie Marchal", "elle")


def test_a_negation_after_a_name_is_no_part_of_it(parse_text: Callable[..., ParsedArticle]) -> None:
    body = "Sophie Marchal ne cache pas son inquiétude : « Les contrats actuels ne protègent pas nos voix »."
    assert quote_speaker(parse_text, body, "Les contrats actuels") == ("Sophie Marchal", "Sophie Marchal")


def test_an_inverted_subject_after_a_circumstance_opened_by_an_adverb(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    body = (
        "« Nous n'avons rien signé », a réagi auprès de France Info la secrétaire générale du syndicat, Hélène Morin."
    )
    assert quote_speaker(parse_text, body, "rien signé")[0] == "Hélène Morin"


def test_a_spokesperson_speaks_for_what_it_names(parse_text: Callable[..., ParsedArticle]) -> None:
    """« Vocalis » is read as a place by the recogniser: the spokesperson of a name speaks for it all the same."""
    body = (
        "Dans un communiqué transmis à l'AFP, un porte-parole de Vocalis a assuré que l'entreprise respectait ses"
        " artistes."
    )
    assert quote_speaker(parse_text, body, "respectait ses artistes") == ("Vocalis", "un porte-parole de Vocalis")


def test_a_person_named_right_after_an_agency_is_no_part_of_its_name(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    body = "« L'outil ne jouera jamais à notre place », confie à l'AFP Marc Delorme."
    assert quote_speaker(parse_text, body, "jamais à notre place") == ("Marc Delorme", "Marc Delorme")


def test_a_title_that_names_its_office_is_someone_not_named_and_so_is_its_pronoun(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    """Pierre Sage is the only person named, with no title: « le ministre de l'Économie » is someone else, whom
    the article never names, and so is the « il » that follows."""
    body = (
        "Son homologue lyonnais, Pierre Sage, a reconnu que son équipe avait manqué d'efficacité.\n\n"
        "Le ministre de l'Économie a annoncé mardi un plan d'économies pour l'an prochain.\n\n"
        "« Ce n'est pas de l'austérité », a-t-il insisté devant les députés."
    )
    assert quote_speaker(parse_text, body, "plan d'économies") == (None, "Le ministre de l'Économie")
    assert quote_speaker(parse_text, body, "pas de l'austérité") == (None, "il")


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (
            "Selon Météo-France, l'orage a frappé dimanche. « Nous ne céderons pas », a tranché le ministre délégué"
            " aux Transports, qui s'est rendu à Lyon. Il a promis une réponse sous huit jours.",
            "une réponse sous huit jours",
        ),
        (
            "Selon la CFDT, la cantine fermera en juin. La direction assure que le service reprendra lundi."
            " Elle espère rouvrir « dès que possible ».",
            "dès que possible",
        ),
    ],
)
def test_a_pronoun_after_an_unnamed_speaker_is_that_speaker(
    parse_text: Callable[..., ParsedArticle], body: str, words: str
) -> None:
    """The minister and the management are never named: the pronoun that follows them is not the actor named
    before them."""
    assert quote_speaker(parse_text, body, words)[0] is None


def test_an_apposition_the_parser_takes_for_a_second_subject_is_not_the_speaker(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    """The parse hangs « syndicat » on the verb as a subject nearer to it than the union's name."""
    body = "Le SNCTA, premier syndicat de la profession, réclame une revalorisation des salaires de 10 %."
    assert quote_speaker(parse_text, body, "revalorisation")[0] == "SNCTA"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "L'association Terre Vive a saisi le tribunal administratif. Son porte-parole estime que le projet est"
            " illégal.",
            "Terre Vive",
        ),
        ("Le maire, Paul Roux, est en vacances. Sa porte-parole assure que le dossier avance.", "Paul Roux"),
    ],
)
def test_a_spokesperson_after_a_possessive_speaks_for_the_possessor(
    parse_text: Callable[..., ParsedArticle], body: str, speaker: str
) -> None:
    assert quote_speaker(parse_text, body, "que le")[0] == speaker


def test_a_name_the_parser_hangs_on_the_verb_is_the_speaker_without_the_verb(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    body = "« On nous a promis une concertation », lance Jeanne, une retraitée qui habite près du tracé."
    assert quote_speaker(parse_text, body, "concertation") == ("Jeanne", "Jeanne")


def test_a_hyphenated_place_after_a_title_is_not_the_name_of_who_holds_it(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    body = (
        "« Aucune toxicité n'a été relevée », a assuré le préfet de la Seine-Maritime, Pierre-André Durand, lors"
        " d'un point presse."
    )
    assert quote_speaker(parse_text, body, "toxicité")[0] == "Pierre-André Durand"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Le ministère de la Culture conteste ces chiffres. Une porte-parole assure que le budget est stable.",
            "Ministère de la Culture",
        ),
        ("Paul Roux, le maire, a quitté la salle. Une porte-parole assure que le budget est stable.", None),
    ],
)
def test_a_spokesperson_of_no_one_in_particular_speaks_for_the_organisation_named_before(
    parse_text: Callable[..., ParsedArticle], body: str, speaker: str | None
) -> None:
    """A ministry is an organisation its name phrase names; a person named before is no organisation."""
    assert quote_speaker(parse_text, body, "le budget")[0] == speaker


def test_a_source_phrase_runs_on_only_to_a_comma(parse_text: Callable[..., ParsedArticle]) -> None:
    """« Pour X, CLAUSE »: the parser may set the clause's subject in apposition to X; the source ends at the comma,
    and the clause, its quotation with it, is X's."""
    body = "Le texte divise. Pour la députée centriste Anne Roux, le gouvernement « oublie les territoires »."
    assert quote_speaker(parse_text, body, "oublie les territoires") == ("Anne Roux", "Anne Roux")


@pytest.mark.parametrize(
    ("body", "part", "speaker"),
    [
        (
            "« Nous voterons contre », prévient Luc Garnier, le rapporteur du texte. Le président de la commission des"
            " lois a indiqué qu'il voulait amender l'article 3.",
            "amender",
            None,
        ),
        (
            "Le texte arrive en séance lundi. Le président de la commission des finances du Sénat a prévenu qu'il"
            " voulait amender l'article 3.",
            "amender",
            "président de la commission des finances du Sénat",
        ),
        (
            "Nina Caron a battu la tenante du titre mercredi. La joueuse de 19 ans a confié qu'elle visait la finale.",
            "visait la finale",
            "Nina Caron",
        ),
    ],
)
def test_a_title_with_the_complement_of_its_office_is_nobody_named_without_it(
    parse_text: Callable[..., ParsedArticle], body: str, part: str, speaker: str | None
) -> None:
    """« Le président de la commission des lois » names an office: not the man named before with another description;
    a place or a body in its complement names the office by its phrase. An age only describes: the player named
    before."""
    assert quote_speaker(parse_text, body, part)[0] == speaker


def test_a_name_cut_at_its_particle_speaks_whole_and_a_relative_after_it_names_no_member(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    """The recogniser reads « Roberto De Luca » whole where the parser stops at « De »; « dont » with a verb of its
    own opens a clause about the speaker, where « les élus, dont X » names a member."""
    body = "« C'est inacceptable », a regretté Roberto De Luca, dont l'équipe reste troisième."
    assert quote_speaker(parse_text, body, "inacceptable") == ("Roberto De Luca", "Roberto De Luca")
    body = "« Nous avons manqué de lucidité », a reconnu Marco Di Stefano, dont le club reste dixième."
    assert quote_speaker(parse_text, body, "lucidité")[0] == "Marco Di Stefano"
    members = "« Nous refusons ce plan », ont déclaré les élus, dont Paul Morel."
    assert quote_speaker(parse_text, members, "plan")[0] == "Paul Morel"


def test_a_word_fronted_before_the_subject_is_not_a_name(parse_text: Callable[..., ParsedArticle]) -> None:
    """« Prudent, un industriel … rappelle »: the tagger reads the capitalised adjective as a name and the parser as
    the subject; the phrase that runs into the verb is the subject, someone unnamed."""
    body = "Le projet avance. Prudent, un industriel du bâtiment rappelle que « rien n'est financé »."
    assert quote_speaker(parse_text, body, "financé") == (None, "un industriel du bâtiment")


@pytest.mark.parametrize(
    ("body", "part", "speaker"),
    [
        (
            "Paul Garnier a présenté son plan lundi. « Nous tiendrons les délais », a assuré M. Garnier devant la"
            " presse.",
            "délais",
            "Paul Garnier",
        ),
        ("« Le club doit recruter », estime la Tribune Ouest, un groupe de supporters.", "recruter", "Tribune Ouest"),
    ],
)
def test_an_honorific_before_a_surname_names_the_person_and_a_capitalised_noun_is_a_word_of_a_name(
    parse_text: Callable[..., ParsedArticle], body: str, part: str, speaker: str
) -> None:
    """The parser reads « M. » as a noun the surname is flat on: the person named in full before speaks. A
    capitalised noun inside a sentence (« la Tribune Ouest ») is no title: the whole name speaks."""
    assert quote_speaker(parse_text, body, part)[0] == speaker


def test_a_name_set_off_before_a_verb_with_no_subject_says_the_quotation_after_the_colon(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    """The parse hangs « Sonia » on the place and gives « ne cache pas » no subject."""
    body = (
        "Le maire a parlé. Devant la mairie, Sonia, 41 ans, infirmière, ne cache pas sa colère : « On nous a oubliés. »"
    )
    assert quote_speaker(parse_text, body, "oubliés") == ("Sonia", "Sonia")


def test_several_holders_of_a_title_speak_for_their_organisation_not_for_one_person_with_the_title(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    body = (
        "Pour Anne Roy, économiste chez Natixis, la baisse « viendra en mars ». Dans une note, les économistes de"
        " Kepler jugent que la hausse « est finie »."
    )
    assert quote_speaker(parse_text, body, "est finie")[0] == "Kepler"


def test_the_rest_of_a_verb_of_several_words_is_neither_speaker_nor_content(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    """« a fait savoir la préfecture »: the infinitive goes with the verb; the noun after it is the subject."""
    body = "Les routes resteront fermées lundi, a fait savoir la préfecture."
    assert quote_speaker(parse_text, body, "routes") == (None, "la préfecture")
    body = "Le site fermera en mars, a laissé entendre Paul Roy, le directeur."
    assert quote_speaker(parse_text, body, "fermera") == ("Paul Roy", "Paul Roy")


@pytest.mark.parametrize(
    ("body", "part", "speaker"),
    [
        (
            "Les ventes reculent. « Les ménages attendent la baisse des taux », analyse Claire Roux.",
            "ménages",
            "Claire Roux",
        ),
        ("Le site ferme. « C'est une honte », s'indigne Laurent Morel.", "honte", "Laurent Morel"),
    ],
)
def test_an_incise_verb_the_tagger_reads_as_a_noun_or_an_adjective_still_names_the_speaker(
    parse_text: Callable[..., ParsedArticle], body: str, part: str, speaker: str
) -> None:
    """« analyse » tagged a noun, « s'indigne » an adjective on the name: after a closing mark and a comma, both
    are verbs of saying whose subject follows."""
    assert quote_speaker(parse_text, body, part)[0] == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Les prix ont reculé de 2 % en un an, selon les notaires de la Gironde, une première.",
            "notaires de la Gironde",
        ),
        (
            "Les ventes ont reculé de 5 % en un an, selon les libraires indépendants, une première.",
            "les libraires indépendants",
        ),
    ],
)
def test_people_set_off_by_a_comma_after_selon_are_the_source(
    parse_text: Callable[..., ParsedArticle], body: str, speaker: str
) -> None:
    """A definite plural of people (by its ending) is a source; « varient selon les salaires », with no comma,
    depends on a thing and reports nothing."""
    from newsclaims.extract.quotes import extract_quotes

    assert quote_speaker(parse_text, body, "ont reculé")[0] == speaker
    parsed = parse_text("Les primes varient selon les salaires.")
    assert extract_quotes(parsed, find_mentions(parsed)) == []
