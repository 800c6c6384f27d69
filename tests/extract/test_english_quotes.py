"""English quotes and speakers with the English model: incises, titles before names, pronouns, sources."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsclaims.extract.actors import find_mentions
from newsclaims.extract.quotes import extract_quotes
from newsclaims.parse import ParsedArticle
from newsclaims.records import Quote


def quotes_of(parse_text: Callable[..., ParsedArticle], text: str) -> list[Quote]:
    return extract_quotes(parse_text(text, language="en"), [])


def quotes_with_mentions(parse_text: Callable[..., ParsedArticle], text: str) -> list[Quote]:
    """The quotes as the pipeline finds them: with the article's mentions, which descriptions resolve through."""
    parsed = parse_text(text, language="en")
    return extract_quotes(parsed, find_mentions(parsed))


def speakers_of(parse_text: Callable[..., ParsedArticle], text: str, part: str) -> list[str | None]:
    """The speakers of the quotes (found as the pipeline finds them) that hold `part`."""
    return [q.speaker for q in quotes_with_mentions(parse_text, text) if part in q.text]


def speaker_of(quotes: list[Quote], words: str) -> str | None:
    found = [quote for quote in quotes if words in quote.text]
    assert found, (words, quotes)
    return found[0].speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("“We will not back down,” Maria Lopez said on Monday.", "We will not back down", "Maria Lopez"),
        ("“The lake is rising fast,” said city engineer Tom Becker.", "The lake is rising fast", "Tom Becker"),
        ("“Sales doubled,” the chief executive of Orbis, Jane Holt, told Reuters.", "Sales doubled", "Jane Holt"),
        ("Paul Grant said the plant would close next year.", "the plant would close", "Paul Grant"),
        ("Paul Grant told analysts that figure reached 9 million.", "that figure reached 9 million", "Paul Grant"),
        (
            "The cost will depend on how long the mills remain shut, chief financial officer Ann Lee estimated on a"
            " call.",
            "The cost will depend on how long the mills remain shut",
            "Ann Lee",
        ),
        ("The bakery will open in May, according to Lena Park.", "The bakery will open in May", "Lena Park"),
        ("According to Lena Park, the bakery will open in May.", "the bakery will open in May", "Lena Park"),
    ],
)
def test_reporting_forms(parse_text: Callable[..., ParsedArticle], text: str, words: str, speaker: str) -> None:
    assert speaker_of(quotes_of(parse_text, text), words) == speaker


def test_pronoun_and_surname_refer_back_to_the_full_name(parse_text: Callable[..., ParsedArticle]) -> None:
    text = (
        "Mayor Ruth Ellis spoke to the council. “The bridge is safe,” she said. "
        "Later Ellis added that repairs would start soon."
    )
    quotes = quotes_of(parse_text, text)
    assert speaker_of(quotes, "The bridge is safe") == "Ruth Ellis"
    assert speaker_of(quotes, "repairs would start soon") == "Ruth Ellis"


def test_the_company_said_is_the_company_named_before(parse_text: Callable[..., ParsedArticle]) -> None:
    text = (
        "Corvell Freight reported lower sales on Monday. The company said it shipped fewer parcels. "
        "The union said it would strike."
    )
    quotes = quotes_with_mentions(parse_text, text)
    assert speaker_of(quotes, "it shipped fewer parcels") == "Corvell Freight"
    assert speaker_of(quotes, "it would strike") is None  # « the union » is not a business description


def test_the_union_is_the_union_named_before_and_a_trade_before_a_name_is_no_part_of_it(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    text = (
        "The Harbour Pilots Union opposed the plan. The union said it would strike. "
        "Some artists were more measured. Illustrator Maya Lund said the harbour had changed."
    )
    quotes = quotes_with_mentions(parse_text, text)
    assert speaker_of(quotes, "it would strike") == "Harbour Pilots Union"
    assert speaker_of(quotes, "the harbour had changed") == "Maya Lund"


def test_participle_takes_the_subject_of_its_clause(parse_text: Callable[..., ParsedArticle]) -> None:
    text = "The Harbour Workers Union issued a statement on Friday, saying the strike “will go on until we are heard.”"
    quotes = quotes_of(parse_text, text)
    assert speaker_of(quotes, "will go on until we are heard") == "Harbour Workers Union"


def test_a_participle_after_a_quotation_is_not_its_incise(parse_text: Callable[..., ParsedArticle]) -> None:
    text = "The singer Ada Moss described the show as: “exhausting,” urging fans to rest: “take care of yourselves.”"
    quotes = quotes_of(parse_text, text)
    assert speaker_of(quotes, "exhausting") == "Ada Moss"
    assert speaker_of(quotes, "take care of yourselves") == "Ada Moss"


def test_acronym_in_parentheses_names_the_organisation(parse_text: Callable[..., ParsedArticle]) -> None:
    text = "The National Union of Lighthouse Keepers (NULK) said the new rules “put lives at risk.”"
    assert speaker_of(quotes_of(parse_text, text), "put lives at risk") == "NULK"


def test_a_quotation_without_verb_continues_the_speaker(parse_text: Callable[..., ParsedArticle]) -> None:
    text = "“We are proud of the crew,” said captain Noor Haddad. “They sailed for forty days without a break.”"
    quotes = quotes_of(parse_text, text)
    assert speaker_of(quotes, "They sailed for forty days") == "Noor Haddad"


def test_an_opening_mark_typed_as_the_closing_one_still_closes(parse_text: Callable[..., ParsedArticle]) -> None:
    text = "“We won the vote,” said organiser Sam Reid. “Now the hard part starts. “\nThe count ended at midnight."
    quotes = quotes_of(parse_text, text)
    assert speaker_of(quotes, "Now the hard part starts") == "Sam Reid"
    assert not any("The count ended" in quote.text for quote in quotes)


def test_titles_and_scare_quotes_are_not_quotes(parse_text: Callable[..., ParsedArticle]) -> None:
    text = "The studio released ‘Moonfall’ in June. Critics called the plan a “gimmick” on Tuesday."
    assert quotes_of(parse_text, text) == []


def test_a_title_between_commas_before_a_verb_is_no_quote(parse_text: Callable[..., ParsedArticle]) -> None:
    text = "The film, ‘Lanterns’, tells the story of a lighthouse keeper."
    assert quotes_of(parse_text, text) == []


def test_a_short_phrase_after_a_colon_is_the_writers_own(parse_text: Callable[..., ParsedArticle]) -> None:
    text = "Critics are turning on Nova, a digitally made: “virtual singer,” built by a small studio."
    assert quotes_of(parse_text, text) == []


def test_an_acronym_after_a_long_name_is_the_name(parse_text: Callable[..., ParsedArticle]) -> None:
    text = "The Guild of Harbour Pilots and River Boatmen (GHPRB) said the rules “put every crew at risk.”"
    assert speaker_of(quotes_of(parse_text, text), "put every crew at risk") == "GHPRB"


def test_a_surname_of_several_words_refers_back(parse_text: Callable[..., ParsedArticle]) -> None:
    text = (
        "The piece was made by the Dutch designer Marit Van Dijk. "
        "Van Dijk defended her work, insisting it is a piece of: “patient handwork and care.”"
    )
    assert speaker_of(quotes_of(parse_text, text), "patient handwork and care") == "Marit Van Dijk"


def test_the_next_paragraph_is_not_the_incise_of_a_quotation(parse_text: Callable[..., ParsedArticle]) -> None:
    text = "Ada Moss urged fans to rest: “take care of yourselves.”\nLena Park called for calm on Friday."
    assert speaker_of(quotes_of(parse_text, text), "take care of yourselves") == "Ada Moss"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # The participle hangs on a clause inside what is said; it reports for the verb of saying above it.
        (
            "Dana Wells argued viewers would always spot the trick, saying digital extras: “look flat.”",
            "look flat",
            "Dana Wells",
        ),
        (
            "Singer Ava Stone called for a boycott of any label that signs the avatar, calling the plan: “a disgrace.”",
            "a disgrace",
            "Ava Stone",
        ),
        # What is called for is what is said.
        ("Ava Stone called for a boycott of the festival.", "a boycott of the festival", "Ava Stone"),
        # So is what one is accused of, or warns of.
        ("Senator Ruth Kale accused the mayor of hiding the audit.", "hiding the audit", "Ruth Kale"),
        ("Ruth Kale warned of longer queues at the clinics.", "longer queues at the clinics", "Ruth Kale"),
    ],
)
def test_participles_and_calls_for(
    parse_text: Callable[..., ParsedArticle], text: str, words: str, speaker: str
) -> None:
    assert speaker_of(quotes_of(parse_text, text), words) == speaker


def test_pushing_back_is_no_speech(parse_text: Callable[..., ParsedArticle]) -> None:
    quotes = quotes_of(
        parse_text, "Unions are pushing back against a digital performer, a so-called: “AI actor,” made in Oslo."
    )
    assert not any(q.text == "AI actor" for q in quotes)


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # The verb of saying ends the sentence after a comma and its subject; the parse hangs it as a conjunct.
        (
            "The cost to the company could top $50 million if the plants stay closed through spring, finance chief"
            " Maria Lopez estimated on a call with analysts.",
            "could top $50 million",
            "Maria Lopez",
        ),
        # The parse reads the past verb as a reduced relative on the title before the name.
        (
            "The bill for the repairs will depend on how long the bridge stays shut, and could pass $20 million if"
            " it remains closed for a year, chief engineer Paula Marsh estimated on a radio show.",
            "will depend on how long the bridge stays shut",
            "Paula Marsh",
        ),
    ],
)
def test_an_attribution_at_the_end_of_the_sentence(
    parse_text: Callable[..., ParsedArticle], text: str, words: str, speaker: str
) -> None:
    assert speaker_of(quotes_of(parse_text, text), words) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "When he arrived, the minister said hello.",
        "After the long vote on Friday, the union said.",
        "If approved, the plan, officials said, would cut fares.",
    ],
)
def test_an_opening_phrase_before_the_subject_is_not_what_is_said(
    parse_text: Callable[..., ParsedArticle], text: str
) -> None:
    assert not [q for q in quotes_of(parse_text, text) if q.kind == "indirect" and "said" not in q.text]


def test_a_quotation_left_open_ends_at_its_own_incise(parse_text: Callable[..., ParsedArticle]) -> None:
    text = (
        "The union ratified the deal.\n\n“The studios congratulate the guild on the vote, which brings real gains for"
        " performers. With this vote, the whole industry can get back to work, the Alliance of Film and Television"
        " Set Builders said in a statement.\n\nThe deal runs to 2027."
    )
    quotes = quotes_of(parse_text, text)
    assert speaker_of(quotes, "The studios congratulate the guild") == "Alliance of Film and Television Set Builders"
    assert not any("said in a statement" in q.text for q in quotes)


def test_a_quotation_left_open_without_incise_is_no_quote(parse_text: Callable[..., ParsedArticle]) -> None:
    text = "The mayor spoke first.\n\nThe “new plan for the harbour front and its old docks was met with silence.\n"
    assert not any("harbour front" in q.text for q in quotes_of(parse_text, text))


def test_a_participle_inside_what_another_reports_speaks_for_its_subject(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    text = (
        "The Harbour Workers Union issued a sharp statement, saying the robot crane “is not a worker, it is a"
        " machine” and warning that its use risks undermining the safety rules won in the last strike."
    )
    quotes = quotes_of(parse_text, text)
    assert speaker_of(quotes, "its use risks undermining") == "Harbour Workers Union"


@pytest.mark.parametrize(
    "text",
    [
        # Written for this test: a denied or refused verb of saying reports nothing its subject said.
        "Governor Ann Royer has not said whether she will sign the bill.",
        "The company did not say how many jobs would be cut.",
        "Hugo Lenz never claimed that the plant would close.",
        "Hugo Lenz declined to say whether the plant would close.",
    ],
)
def test_a_denied_verb_of_saying_is_no_quote(parse_text: Callable[..., ParsedArticle], text: str) -> None:
    assert quotes_of(parse_text, text) == []


def test_a_negation_inside_the_content_keeps_the_quote(parse_text: Callable[..., ParsedArticle]) -> None:
    quotes = quotes_of(parse_text, "Hugo Lenz said the plant would not close.")
    assert speaker_of(quotes, "the plant would not close") == "Hugo Lenz"


def test_a_verb_of_repeating_reports_speech(parse_text: Callable[..., ParsedArticle]) -> None:
    quotes = quotes_of(parse_text, "Hugo Lenz reiterated that the plant would stay open.")
    assert speaker_of(quotes, "the plant would stay open") == "Hugo Lenz"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Written for this test: the title before a name is not part of it.
        ("Mayor Lisa Chen said she would sign the measure.", "Lisa Chen"),
        ("“We will sign it,” said Governor Tom Hale.", "Tom Hale"),
        ("Prime Minister Ann Lee told reporters the budget was balanced.", "Ann Lee"),
        ("Dr. Maria Gomez said the vaccine was safe.", "Maria Gomez"),
        ("State Attorney General Mark Olsen said his office would appeal.", "Mark Olsen"),
        ("“This is historic,” Senate Majority Leader Ann Booker said on the floor.", "Ann Booker"),
    ],
)
def test_a_title_before_a_name_is_not_part_of_the_speaker(
    parse_text: Callable[..., ParsedArticle], text: str, speaker: str
) -> None:
    quotes = quotes_of(parse_text, text)
    assert [quote.speaker for quote in quotes] == [speaker]


def test_a_document_that_shows_something_reports_it(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: a report's finding is its issuer's; what "these initiatives show" is the writer's own.
    assert speaker_of(quotes_of(parse_text, "Telvia's annual report showed that sales fell."), "sales fell") == "Telvia"
    assert quotes_of(parse_text, "These initiatives show that AI can help artists.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Written for this test: a plural of people as the subject is a group that speaks.
        ("Airport officials said the ban would ease congestion.", "airport officials"),
        ("Critics argue that the plan is too expensive.", "critics"),
        ("Several longtime local residents said the noise was unbearable.", "longtime local residents"),
        ("“We cannot afford this,” workers said outside the plant.", "workers"),
    ],
)
def test_a_plural_of_people_speaks_as_a_group(
    parse_text: Callable[..., ParsedArticle], text: str, speaker: str
) -> None:
    assert [quote.speaker for quote in quotes_of(parse_text, text)] == [speaker]


def test_a_plural_of_things_is_no_speaker(parse_text: Callable[..., ParsedArticle]) -> None:
    assert [quote.speaker for quote in quotes_of(parse_text, "The numbers suggest that demand is weak.")] == [None]


def test_a_surname_the_tagger_misreads_still_refers_back(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: the tagger reads « Lopez » opening the sentence before an age as an adjective.
    quotes = quotes_of(parse_text, "Maria Lopez runs a farm. Lopez, 54, said the drought was the worst she had seen.")
    assert speaker_of(quotes, "the drought was the worst") == "Maria Lopez"


def test_what_is_set_after_a_speakers_name_is_not_part_of_it(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: the apposition after the name is not the speaker's name.
    quotes = quotes_of(parse_text, "“There is no doubt we will recover,” Reed, a former banker, said.")
    assert [quote.speaker for quote in quotes] == ["Reed"]


def test_a_question_put_to_a_speaker_is_not_their_words(parse_text: Callable[..., ParsedArticle]) -> None:
    # Written for this test: « Asked whether … » is the journalist's question; only the answer is Reed's.
    quotes = quotes_of(parse_text, "Asked whether he would resign, Reed said: “I have no intention of leaving.”")
    assert [(quote.text, quote.speaker) for quote in quotes] == [("I have no intention of leaving.", "Reed")]


def test_a_paragraph_signed_by_a_name_is_a_quote_of_that_person(parse_text: Callable[..., ParsedArticle]) -> None:
    text = (
        "The union met on Monday.\n\nWe will keep fighting for every voice in this industry until the studios"
        " listen - Jane Holloway\n\nTalks resume next week."
    )
    assert [(q.text, q.speaker) for q in quotes_with_mentions(parse_text, text)] == [
        ("We will keep fighting for every voice in this industry until the studios listen", "Jane Holloway")
    ]


@pytest.mark.parametrize(
    ("text", "part", "speaker"),
    [
        # A possessive after her name shows who « she » is, though a man was named since.
        (
            "Sophie Marshall said her members would strike on Friday.\n\nCulture secretary Ethan Vale said his office"
            ' would publish a bill.\n\n"It\'s a matter of respect," she added.',
            "matter of respect",
            "Sophie Marshall",
        ),
        # An honorific in front of the name, and a gendered noun in an apposition after it.
        ('Mr Burton met Ms Dawson in June. "We will not sign," he said.', "We will not sign", "Burton"),
        # The title the recogniser took into the name is no part of it.
        ('Ms Dawson met Mr Burton in June. "We will sign," she said.', "We will sign", "Dawson"),
        (
            'Paul Reid, a spokesman for the studio, met actress Ana Cruz. "The talks went well," he said.',
            "The talks went well",
            "Paul Reid",
        ),
    ],
)
def test_a_pronoun_skips_a_person_of_the_other_gender_the_article_shows(
    parse_text: Callable[..., ParsedArticle], text: str, part: str, speaker: str
) -> None:
    assert speakers_of(parse_text, text, part) == [speaker]


def test_the_company_is_never_an_organisation_whose_name_says_it_is_no_business(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    text = (
        "Norvik Corp signed a deal with the studio on Monday.\n\nOxford University published a study of the deal."
        " Claire Dawson, a researcher at Oxford University, said the tools raise questions.\n\nThe company said in"
        " a statement that it complies with the law."
    )
    assert speakers_of(parse_text, text, "complies") == ["Norvik Corp"]


def test_a_capitalised_noun_is_a_word_of_the_name(parse_text: Callable[..., ParsedArticle]) -> None:
    text = "In a statement, the Editors Guild said it would oppose the contract."
    assert speakers_of(parse_text, text, "oppose") == ["Editors Guild"]


def test_a_noun_of_speech_after_a_quotation_names_its_speaker(parse_text: Callable[..., ParsedArticle]) -> None:
    text = (
        "Sophie Marshall left the meeting. Claire Dawson said consent came first.\n\n"
        '"We want action, not promises." That was Marshall\'s message to the studios.'
    )
    assert speakers_of(parse_text, text, "promises") == ["Sophie Marshall"]


def test_a_subject_the_parse_hangs_elsewhere_still_speaks(parse_text: Callable[..., ParsedArticle]) -> None:
    """The parse makes « a spokesperson … » an apposition of the outlet and gives « said » no subject: the phrase
    before the verb speaks, for the company it speaks for, not the previous speaker."""
    text = (
        'Ortiz wrote on Instagram: "Our work is not training data."\n\nIn a statement to Deadline, a spokesperson'
        " for Brightline Studios said the company valued its artists."
    )
    assert speakers_of(parse_text, text, "valued") == ["Brightline Studios"]


@pytest.mark.parametrize(
    ("text", "part", "speakers"),
    [
        (
            "A report published Monday by the Skills Observatory found that 3,000 jobs could go by 2030.",
            "3,000 jobs",
            ["Skills Observatory"],
        ),
        ("Police found that the door of the studio was open.", "door", []),  # a finding of no document
    ],
)
def test_a_document_finds_for_its_issuer(
    parse_text: Callable[..., ParsedArticle], text: str, part: str, speakers: list[str]
) -> None:
    assert speakers_of(parse_text, text, part) == speakers


def test_speakers_in_a_reduced_relative_of_an_apposition_say_only_what_follows_their_verb(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    """« X did Y, a move residents say will … »: the parse reads « a move residents » as one subject of « say »;
    a singular article on a plural noun shows where the apposition's noun ends and who speaks begins."""
    decision = "The board closed the old library on Friday, a decision local residents say will hurt families."
    quotes = quotes_with_mentions(parse_text, decision)
    assert [(q.text, q.speaker_surface, q.speaker) for q in quotes] == [
        ("will hurt families", "local residents", "local residents")
    ]
    # Here the parse makes « say » the root and takes the whole first clause as what it reports.
    plan = "The council voted on Tuesday to approve new bus lanes, a plan shop owners say will drive customers away."
    quotes = quotes_with_mentions(parse_text, plan)
    assert [(q.text, q.speaker_surface, q.speaker) for q in quotes] == [
        ("will drive customers away", "shop owners", "shop owners")
    ]


def test_a_quotation_closed_before_a_full_stop_is_not_said_by_the_next_sentence(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    """British style sets the full stop after the closing mark: the sentence that follows, with its own verb of
    saying, is no incise of the quotation: the quotation is its own sentence's."""
    text = "Some parents called the timetable “chaotic”. The head teacher, Amir Sato, said lessons would resume."
    assert speakers_of(parse_text, text, "chaotic") == ["parents"]
    assert speakers_of(parse_text, text, "lessons would resume") == ["Amir Sato"]


def test_people_familiar_with_the_matter_are_an_anonymous_source(parse_text: Callable[..., ParsedArticle]) -> None:
    """A group named only « people » says nothing of who speaks; a group its words describe is named."""
    text = "According to two people familiar with the matter, the airline will cut 500 jobs."
    assert speakers_of(parse_text, text, "the airline will cut") == [None]
    assert speakers_of(parse_text, "Local people said the airport was too loud.", "too loud") == ["local people"]


@pytest.mark.parametrize(
    "text",
    [
        "The airline said on Monday it would add 20 routes.",
        "The airline said Monday that it would add 20 routes.",
    ],
)
def test_a_date_right_after_the_verb_is_when_it_was_said_not_what(
    parse_text: Callable[..., ParsedArticle], text: str
) -> None:
    assert [q.text for q in quotes_of(parse_text, text)] == ["it would add 20 routes"]


def test_a_name_starts_after_the_last_title_before_it(parse_text: Callable[..., ParsedArticle]) -> None:
    """« Labour MP Jo Hale »: the party and the office are no part of the name."""
    text = "Labour MP Joanne Pike said the closure was a scandal."
    assert speakers_of(parse_text, text, "the closure was a scandal") == ["Joanne Pike"]


def test_a_pronoun_after_a_described_unnamed_speaker_is_that_speaker(parse_text: Callable[..., ParsedArticle]) -> None:
    """« One tenant said … “…,” she said »: she is the tenant the article never names, not a woman named before."""
    text = (
        "Councillor Amy Ross said the landlord had ignored repeated warnings. One tenant, who asked not to be named,"
        " said the heating had failed in October. “We sleep in our coats,” she said."
    )
    assert speakers_of(parse_text, text, "We sleep in our coats") == [None]
    assert speakers_of(parse_text, text, "the landlord had ignored") == ["Amy Ross"]


def test_a_verb_of_saying_closing_its_sentence_after_a_comma_reports_the_clause_before_it(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    """« …, the union announced on Friday. »: the parse may read the verb as a relative clause on the last noun before
    the comma; with its own subject and nothing after it, it still reports the clause before."""
    text = "Midwives voted overwhelmingly to reject the government's latest pay offer, the Royal College of Midwives"
    text += " announced on Friday."
    quotes = quotes_with_mentions(parse_text, text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("Midwives voted overwhelmingly to reject the government's latest pay offer", "Royal College of Midwives")
    ]


@pytest.mark.parametrize(
    ("text", "part", "speaker"),
    [
        # A nationality that modifies a description is no speaker: the description is (the carmaker: Veltra).
        ("Veltra recalled 8,000 cars. The German carmaker said no one was hurt.", "no one was hurt", "Veltra"),
        (
            "The club appointed Rosa Diaz as coach. The 41-year-old said the squad needed time.",
            "needed time",
            "Rosa Diaz",
        ),
        # An age is given only to a person: the person named last.
        (
            "The club appointed Rosa Diaz as coach. “We start from zero,” the 41-year-old said.",
            "We start from zero",
            "Rosa Diaz",
        ),
        # So is a nationality given to one person, whatever label the recogniser gives it.
        ("Coach Marc Bel was angry. The Frenchman said the referee was wrong.", "the referee was wrong", "Marc Bel"),
        (
            "Manager Luis Ortega was angry. The Spaniard said the goal should not stand.",
            "should not stand",
            "Luis Ortega",
        ),
    ],
)
def test_descriptions_that_name_someone_named_before(
    parse_text: Callable[..., ParsedArticle], text: str, part: str, speaker: str
) -> None:
    assert speakers_of(parse_text, text, part) == [speaker]


def test_a_report_set_against_another_is_its_own_speakers(parse_text: Callable[..., ParsedArticle]) -> None:
    """« The latter says …, while Ms Ward described it as “…” »: the latter is the one named last; the clause after
    « while » is Ward's report, and what she describes something as is what she says."""
    text = (
        "The union's chair, Dev Mistry, met the mayor, Paul Greer. The latter says the talks were useful, while Ms "
        "Ward of the union described them as “a charade”."
    )
    quotes = quotes_with_mentions(parse_text, text)
    assert [(q.text, q.speaker) for q in quotes] == [("the talks were useful", "Paul Greer"), ("a charade", "Ward")]


def test_an_age_epithet_names_the_person_without_what_is_said_of_them(parse_text: Callable[..., ParsedArticle]) -> None:
    text = "Maria Santos swims daily. “It keeps me sane,” says the 38-year-old nurse, who lives nearby."
    quotes = quotes_with_mentions(parse_text, text)
    assert [(q.speaker, q.speaker_surface) for q in quotes] == [("Maria Santos", "the 38-year-old nurse")]


def test_a_name_the_recogniser_calls_an_organisation_is_a_person_the_article_calls_by_surname(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    """« The housing minister, Clare Hughes, … Ms Hughes told … »: the small English model tags the full name an
    organisation; the surname with a personal title shows a person, named in full."""
    text = (
        "The housing minister, Clare Hughes, has said she will not resign over the collapse of a flagship building"
        " programme.\n\n‘I have done nothing wrong,’ Ms Hughes told the BBC. ‘The builders let us down.’"
    )
    quotes = quotes_with_mentions(parse_text, text)
    assert [(q.text, q.speaker) for q in quotes if q.kind == "direct"] == [
        ("I have done nothing wrong", "Clare Hughes"),
        ("The builders let us down.", "Clare Hughes"),
    ]


def test_a_speaker_phrase_ends_at_the_comma_after_its_head(parse_text: Callable[..., ParsedArticle]) -> None:
    text = (
        "One person familiar with the company's plans, who declined to be named because the matter is private, "
        "said the firm would sell its bakery unit."
    )
    quotes = quotes_with_mentions(parse_text, text)
    assert [(q.speaker, q.speaker_surface) for q in quotes] == [(None, "One person familiar with the company's plans")]


def test_a_name_set_after_a_described_source_is_the_source(parse_text: Callable[..., ParsedArticle]) -> None:
    text = "According to the club's treasurer, Helen Marsh, the debts will be paid by June."
    quotes = quotes_with_mentions(parse_text, text)
    assert [(q.text, q.speaker) for q in quotes] == [("the debts will be paid by June", "Helen Marsh")]


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        (
            "Shares in the retailer fell 5% on Monday, the exchange said, wiping £200m off its value.",
            "Shares in the retailer fell 5% on Monday",
        ),
        (
            "Factory output fell by 1.4 per cent in May, the statistics office said, far worse than the 0.2 per cent "
            "drop analysts had expected.",
            "Factory output fell by 1.4 per cent in May",
        ),
    ],
)
def test_what_hangs_on_a_closing_verb_of_saying_leaves_it_at_the_end_of_its_sentence(
    parse_text: Callable[..., ParsedArticle], text: str, reported: str
) -> None:
    """A participle's clause or a comment the parse hangs on the verb (« …, wiping … », « …, far worse than … »)."""
    assert [q.text for q in quotes_of(parse_text, text)] == [reported]


@pytest.mark.parametrize(
    ("text", "speaker", "surface"),
    [
        # Someone the person's possessive introduces is someone else, unless they speak for the person.
        ('Ann Holt denies fraud. "She is innocent," Holt\'s barrister said.', None, "Holt's barrister"),
        ('Ann Holt denies fraud. "She is innocent," Holt\'s spokesman said.', "Ann Holt", "Holt"),
    ],
)
def test_a_persons_possessive_names_the_speaker_only_for_who_speaks_for_them(
    parse_text: Callable[..., ParsedArticle], text: str, speaker: str | None, surface: str
) -> None:
    (quote,) = quotes_with_mentions(parse_text, text)
    assert (quote.speaker, quote.speaker_surface) == (speaker, surface)


def test_who_saw_a_document_is_no_part_of_the_document_that_speaks(parse_text: Callable[..., ParsedArticle]) -> None:
    text = "The report, obtained by the Herald, warns that the hospital will run out of beds by March."
    quotes = quotes_with_mentions(parse_text, text)
    assert [(q.speaker, q.speaker_surface) for q in quotes] == [(None, "The report")]


def test_they_opening_what_a_group_says_is_that_group(parse_text: Callable[..., ParsedArticle]) -> None:
    text = "Acme Corp was fined on Monday. Its critics say they expect the plant to close within a year."
    quotes = quotes_with_mentions(parse_text, text)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("they expect the plant to close within a year", "critics"),
        ("the plant to close within a year", "critics"),
    ]


def test_a_seat_of_power_before_a_spokesperson_is_the_institution_that_speaks(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    quotes = quotes_with_mentions(parse_text, "A Downing Street spokeswoman said the bill would pass.")
    assert [(q.text, q.speaker) for q in quotes] == [("the bill would pass", "Downing Street")]


def test_a_wire_credit_is_no_part_of_what_is_reported(parse_text: Callable[..., ParsedArticle]) -> None:
    text = "OSLO (Reuters) - Norway will raise its carbon tax next year, the finance ministry said on Friday."
    assert [q.text for q in quotes_of(parse_text, text)] == ["Norway will raise its carbon tax next year"]


def test_a_name_before_the_noun_that_heads_an_organisations_name_is_its_name(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    text = (
        "Bus drivers at Metroline will walk out for three days in June, the Unite union announced on Monday, "
        "threatening the journeys of thousands of commuters."
    )
    assert [q.speaker for q in quotes_with_mentions(parse_text, text)] == ["Unite"]


def test_the_union_stands_for_an_organisation_known_to_be_one(parse_text: Callable[..., ParsedArticle]) -> None:
    text = 'IATSE said its members would vote next week. "We will not accept these terms," the union said.'
    quotes = quotes_with_mentions(parse_text, text)
    assert speaker_of(quotes, "We will not accept") == "IATSE"


def test_a_place_that_says_where_a_company_is_based_is_not_the_company(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    text = "Sales rose 8% to $2.1 billion, the Austin-based company said in a statement."
    (quote,) = quotes_with_mentions(parse_text, text)
    assert (quote.speaker, quote.speaker_surface) == (None, "the Austin-based company")


def test_according_to_credits_the_clause_it_is_attached_to(parse_text: Callable[..., ParsedArticle]) -> None:
    """The participle that follows the source tells what the figures did, not what the source says."""
    text = (
        "Fares rose 9%, according to the authority, pushing the price of a season ticket above what most "
        "households in the north of England can afford."
    )
    (quote,) = quotes_of(parse_text, text)
    assert quote.text == "Fares rose 9%"


def test_a_temperature_that_ends_a_sentence_does_not_run_into_the_next(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    text = "The mayor, Helen Ward, blamed the heat, which reached 43C. She said the pool would stay open late."
    quotes = quotes_with_mentions(parse_text, text)
    assert [(q.text, q.speaker) for q in quotes] == [("the pool would stay open late", "Helen Ward")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A spokesperson for Britain's Competition and Markets Authority said the merger would be examined.",
            "Competition and Markets Authority",
        ),
        ("Britain's competition regulator said the merger would be examined.", "Britain"),
    ],
)
def test_a_place_in_the_possessive_before_a_name_is_not_who_speaks(
    parse_text: Callable[..., ParsedArticle], text: str, speaker: str
) -> None:
    """The place owns the authority that speaks; before a common noun (« regulator ») it stands for that body."""
    assert [q.speaker for q in quotes_with_mentions(parse_text, text)] == [speaker]


def test_an_apposition_before_the_verb_names_who_speaks_when_the_parse_gives_no_subject(
    parse_text: Callable[..., ParsedArticle],
) -> None:
    """The parse hangs « one of the passengers » on the place: the speaker is the unnamed passenger, not the
    driver quoted before, and so is the « she » that follows."""
    text = (
        "The driver, Paul Hart, said the brakes had failed. Outside the station, one of the passengers, a retired"
        ' nurse, said she had broken her wrist. "I only want an apology," she said.'
    )
    quotes = quotes_with_mentions(parse_text, text)
    assert [q.speaker for q in quotes] == ["Paul Hart", None, None]


def test_a_phrase_closed_by_a_comma_before_the_verb_is_its_subject(parse_text: Callable[..., ParsedArticle]) -> None:
    """The parse gives « said » no subject and hangs the phrases on the place: the last one speaks, not the lawyer."""
    text = (
        "Reed's lawyer, Tom Bell, said his client would appeal. Outside the courthouse, one of the investors,"
        " a retired teacher, said she had lost $300,000."
    )
    assert [q.speaker for q in quotes_with_mentions(parse_text, text)] == ["Tom Bell", None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A spokeswoman for the Irish government said the hospital would stay open.", "Irish government"),
        ("Italian police said three men had been arrested in Naples.", "Italian police"),
        ("The Italian carmaker said its sales had fallen.", None),
    ],
)
def test_a_nationality_before_an_institution_of_the_state_names_that_institution(
    parse_text: Callable[..., ParsedArticle], text: str, speaker: str | None
) -> None:
    """Before a company noun it only says where the company is from: no one speaks by that name."""
    assert [q.speaker for q in quotes_with_mentions(parse_text, text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            '"We will rebuild every bridge," Carlo Russo, the mayor of the town, told reporters. He asked drivers to'
            " stay home. Spain's prime minister said the army would help. Visiting the area, she promised that"
            ' "nobody will be forgotten".',
            ["Carlo Russo", "Spain", "Spain"],
        ),
        (
            'The mayor spoke first. Labour\'s transport spokesman accused ministers of "wasting a decade". Commuters,'
            ' he said, were "paying for it".',
            ["Labour", "Labour"],
        ),
    ],
)
def test_a_person_who_speaks_for_a_name_is_the_pronoun_after_it(
    parse_text: Callable[..., ParsedArticle], text: str, speakers: list[str]
) -> None:
    """« Spain's prime minister » is a woman or a man who speaks for Spain: the « she » or « he » after is that person,
    not the man named before."""
    assert [q.speaker for q in quotes_with_mentions(parse_text, text)] == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The plan was approved on Monday. The Campaign to Save Hilltop Park called it "a disgrace".',
            "Campaign to Save Hilltop Park",
        ),
        ("The plan was approved on Monday. The Government said it would appeal.", "The Government"),
    ],
)
def test_capitalised_words_the_recogniser_missed_are_an_organisation_s_name(
    parse_text: Callable[..., ParsedArticle], text: str, speaker: str
) -> None:
    assert [q.speaker for q in quotes_with_mentions(parse_text, text)] == [speaker]


def test_the_company_is_never_an_agency_named_before(parse_text: Callable[..., ParsedArticle]) -> None:
    """« Administration » heads an agency's own name: a business noun does not stand for it."""
    text = (
        "Orbis Motors is recalling 5,000 cars, the company said. The Federal Aviation Administration said it had"
        " received 12 complaints. The company said owners would get a free repair."
    )
    assert [q.speaker for q in quotes_with_mentions(parse_text, text)] == [
        "Orbis Motors",
        "Federal Aviation Administration",
        "Orbis Motors",
    ]


def test_a_relative_who_said_set_off_by_a_comma_reports_for_its_noun(parse_text: Callable[..., ParsedArticle]) -> None:
    text = 'The plan was dropped. It had been drafted by councillor Mary Dunn, who said residents had "been ignored".'
    quotes = quotes_with_mentions(parse_text, text)
    assert [(q.text, q.speaker) for q in quotes][:1] == [('residents had "been ignored"', "Mary Dunn")]


def test_a_wire_credit_is_not_read_with_the_lede(parse_text: Callable[..., ParsedArticle]) -> None:
    """Read with « PARIS (Reuters) - », the lede's subject is the place and the name after the dash is missed."""
    text = (
        "PARIS (Reuters) - Air Meridian posted a record quarterly profit on Thursday, up 27% from a year earlier, the"
        " Franco-Dutch group said."
    )
    assert [q.speaker for q in quotes_with_mentions(parse_text, text)] == ["Air Meridian"]


def test_a_name_the_mentions_resolve_speaks_by_its_canonical_name(parse_text: Callable[..., ParsedArticle]) -> None:
    """« The Bank » after « the Bank of England »: the recogniser tags « Bank » alone, the mentions resolve it."""
    text = "The Bank of England kept its rate at 4% on Thursday. The Bank expects inflation to peak in September."
    assert [q.speaker for q in quotes_with_mentions(parse_text, text)] == ["Bank of England"]


def test_one_of_a_group_named_in_apposition_is_that_person(parse_text: Callable[..., ParsedArticle]) -> None:
    """The parse runs across the closing mark and gives « said » no subject; the name that ends the phrase before it
    speaks, and the words of the incise are no second report."""
    text = (
        '"We are in a climate emergency and the government is still licensing new oil and gas," one of the'
        " protesters, 22-year-old student Louis McKechnie, said in a video posted online."
    )
    quotes = quotes_with_mentions(parse_text, text)
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Louis McKechnie")]
