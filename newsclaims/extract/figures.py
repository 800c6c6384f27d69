"""Figures: money, percentages, multipliers and counts, with metric, entity and period."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import repeat
from typing import Any

from spacy.tokens import Doc, Span, Token

from newsclaims.extract import rules
from newsclaims.extract.actors import Mention, may_be_company
from newsclaims.extract.numbers import SPACES, digits_pattern, parse_number, scale_pattern, scales, words_pattern
from newsclaims.extract.speakers import case_of
from newsclaims.parse import ParsedArticle, doc_text
from newsclaims.records import QUANTITY_KINDS, Figure, Quote, Sentence

SP = f"[{SPACES}]"
KIND_PRIORITY = {"money": 0, "percent": 1, "multiplier": 2, "duration": 3, "count": 4}


@dataclass
class Candidate:
    """A figure found by one pattern, before overlaps are settled and context is read."""

    start: int
    end: int
    kind: str
    value: float
    unit: str
    scale: float = 1.0
    implied: bool = False
    part_of: int | None = None  # the start of the count this one is a part of (« 700 avions, dont 500 monocouloirs »)
    # Where the counted noun stands apart from the number (« les commandes nettes : 1 240 »).
    counted: tuple[int, int] | None = None
    # The start of the figure a bare number is set against (« 7,4 % contre 7,2 »), or that names the unit of an
    # amount elided before it (« il visait un million, il en a gagné 3 millions d'abonnés »).
    against: int | None = None


def lexicon() -> dict[str, Any]:
    return dict(rules.load("figures"))


def _alternation(words: list[str]) -> str:
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", SP + "+") for w in sorted(words, key=len, reverse=True)) + ")"


@cache
def currency_tables() -> tuple[dict[str, str], dict[str, str], dict[str, tuple[str, float]], set[str]]:
    """Names after a number -> ISO, signs/codes before a number -> ISO, subunits -> (ISO, factor), scale-only names."""
    after: dict[str, str] = {}
    before: dict[str, str] = {}
    scale_only: set[str] = set()
    for entry in lexicon()["currencies"]:
        for name in entry["names"]:
            after[name] = entry["iso"]
            if name.upper() == entry["iso"]:
                # A code may stand before the number (« EUR 5 millions »), a name only after it: "won 52% of the
                # vote" is no amount of won.
                before[name] = entry["iso"]
        for sign in entry["signs"]:
            after[sign] = entry["iso"]
            before[sign] = entry["iso"]
        for name in entry.get("after_scale_only", []):
            scale_only.add(name)
            after[name] = entry["iso"]
    subunits = {
        name: (entry["iso"], float(entry["factor"])) for entry in lexicon()["subunits"] for name in entry["names"]
    }
    return after, before, subunits, scale_only


def currency_iso(surface: str) -> str | None:
    """ISO 4217 code of a currency name, sign or code as written ("livres sterling" -> GBP, "$ c" -> CAD)."""
    after, before, _, _ = currency_tables()
    key = re.sub(f"{SP}+", " ", surface.strip().lower())
    return after.get(key) or before.get(key)


@cache
def patterns(language: str) -> dict[str, re.Pattern[str]]:
    """The compiled patterns of every figure form, for a language's digit conventions."""
    table = lexicon()
    after, before, subunits, _ = currency_tables()
    num = rf"(?<![\w.,/])(?:{digits_pattern(language)}|{words_pattern()})"
    digits = rf"(?<![\w.,/])(?:{digits_pattern(language)})"
    scale = scale_pattern(language)
    cur_after = _alternation(list(after))
    cur_before = _alternation(list(before))
    sub = _alternation(list(subunits))
    percent = _alternation(table["percent_units"])
    points = _alternation(table["percent_point_units"])
    durations = _alternation(table["duration_units"])
    flags = re.IGNORECASE
    return {
        "money_after": re.compile(
            rf"(?P<num>{num})(?:{SP}*(?P<scale>{scale}))?{SP}*(?:(?:de|d'){SP}*)?(?P<cur>{cur_after})(?![\w$€£¥])"
            rf"(?:(?:{SP}+et)?{SP}+(?P<sub>\d{{1,2}}|{words_pattern()})(?:{SP}+{sub})?(?=[.,;)]|{SP}*$|{SP}+{sub}))?",
            flags,
        ),
        "money_before": re.compile(
            rf"(?<![\w$])(?P<cur>{cur_before}){SP}?(?P<num>{digits})(?:{SP}*(?P<scale>{scale}))?(?![\w])", flags
        ),
        "money_sub": re.compile(
            rf"(?P<num>{num})(?:{SP}*(?P<scale>{scale}){SP}*(?:de{SP}+|d'))?{SP}*(?P<cur>{sub})(?![\w])", flags
        ),
        "percent": re.compile(rf"(?P<sign>[+\-−]{SP}?)?(?P<num>{num}){SP}*(?P<unit>{percent})(?![\w])", flags),
        "percent_reversed": re.compile(rf"\b(?P<unit>pourcent(?:age)?s?){SP}+d(?:e|es){SP}+(?P<num>{num})", flags),
        "points": re.compile(rf"(?P<sign>[+\-−]{SP}?)?(?P<num>{num}){SP}*(?P<unit>{points})(?![\w])", flags),
        "fois": re.compile(rf"(?P<num>{num}){SP}+fois\b(?!{SP}+(?:par|sur|de suite|d'affilée)\b)", flags),
        "times_sign": re.compile(
            rf"(?<![\w])[x×]{SP}?(?P<num>\d+(?:[,.]\d+)?)(?![\w.,])|(?<![\w.,])(?P<num2>\d+(?:[,.]\d+)?)[x×](?![\w])"
        ),
        "multiplier_verb": re.compile(
            rf"\b(?:{_alternation(table['multiplier_verb_auxiliaries'])}){SP}+(?:(?:plus que|presque|quasiment|"
            rf"pratiquement|déjà|encore){SP}+)?(?P<verb>{_alternation(list(table['multiplier_verbs']))})\b",
            flags,
        ),
        "factor": re.compile(
            rf"\b(?:{_alternation(table['factor_verbs'])})\w*{SP}+(?:par|by){SP}+(?P<num>{num})(?![\w%])", flags
        ),
        "duration": re.compile(rf"(?P<num>{num}){SP}+(?P<unit>{durations})(?![\w])", flags),
        "count": re.compile(
            rf"(?P<num>{num})(?:{SP}*(?P<scale>{scale}){SP}*(?:de{SP}+|d'|of{SP}+)?)?{SP}*(?P<noun>[^\W\d_][\w-]*)"
            rf"(?:{SP}+(?P<next>[^\W\d_][\w-]*))?",
            flags,
        ),
    }


def _masked_text(text: str) -> str:
    """The text with URLs, phone numbers and titles ending in a number blanked (same length)."""
    table = lexicon()
    for key in ("url_patterns", "phone_patterns", "title_number_patterns"):
        for pattern in table[key]:
            text = re.sub(pattern, lambda m: " " * len(m.group()), text)
    return text


def _value(number: str, scale: str | None, language: str) -> tuple[float, float] | None:
    value = parse_number(number, language)
    if value is None:
        return None
    factor = parse_number("1 " + scale, language) if scale else 1.0
    return value * (factor or 1.0), factor or 1.0


def _is_ordinal_or_title(text: str, start: int, end: int) -> bool:
    """Numbers that name an episode, season or chapter, or are ordinals, are not quantities."""
    before = text[max(0, start - 12) : start].lower()
    return bool(re.search(r"(?:saison|épisode|chapitre|tome|volume|partie|n°|numéro|article|page|version)\s*$", before))


def _plain_year(number: str) -> bool:
    """A number written as a year of the last two centuries or this one (« 2025 »)."""
    return re.fullmatch(r"(1[89]|20)\d\d", number.strip()) is not None


def _year_like(text: str, start: int, number: str) -> bool:
    before = text[max(0, start - 12) : start].lower()
    plain = _plain_year(number)
    months = "|".join(lexicon()["months"])
    cue = rf"(?:\ben|depuis|dès|jusqu'en|d'ici|de|pour|fin|début|mi-|in|since|by|for|à|l'an|année|{months})\s*$"
    return bool(plain and re.search(cue, before))


POINTS_SERIES_REACH = 60  # characters from a move in points to the next one that continues it
MAX_PERCENT_POINTS = 100  # the widest move of a rate in percentage points


def find_candidates(text: str, language: str = "fr", doc: Doc | None = None) -> list[Candidate]:
    """Every figure form in a text (normalised view), overlapping; the caller settles overlaps."""
    table = lexicon()
    compiled = patterns(language)
    after, before, subunits, scale_only = currency_tables()
    found: list[Candidate] = []

    def add(start: int, end: int, kind: str, value: float, unit: str, scale: float = 1.0) -> None:
        while end > start and text[end - 1] in SPACES:
            end -= 1
        found.append(Candidate(start, end, kind, value, unit, scale))

    for match in compiled["money_after"].finditer(text):
        cur = re.sub(f"{SP}+", " ", match["cur"].lower())
        if cur in scale_only and not match["scale"]:
            continue
        parsed = _value(match["num"], match["scale"], language)
        if parsed is None or _is_ordinal_or_title(text, match.start(), match.end()):
            continue
        amount, scale = parsed
        if match["sub"]:
            sub_text = re.sub(r"\b(?:cents?|centimes?)\b", "", match["sub"], flags=re.IGNORECASE)
            amount += (parse_number(sub_text, language) or 0) / 100
        add(match.start(), match.end(), "money", amount, after[cur], scale)
    for match in compiled["money_before"].finditer(text):
        parsed = _value(match["num"], match["scale"], language)
        cur = re.sub(f"{SP}+", " ", match["cur"].lower())
        if parsed and cur in before:
            add(match.start(), match.end(), "money", parsed[0], before[cur], parsed[1])
    for match in compiled["money_sub"].finditer(text):
        number = match["num"]
        unit = match["cur"].lower()
        # "cinq cents" is 500 in French: subunits follow digits, or number words that cannot take "cents".
        if not number[0].isdigit() and (unit.startswith("cent") and not unit.startswith("centime")):
            continue
        parsed = _value(number, match["scale"], language)
        if parsed is not None:
            iso, factor = subunits[unit]
            add(match.start(), match.end(), "money", parsed[0] * factor, iso, parsed[1])
    for key in ("percent", "percent_reversed"):
        for match in compiled[key].finditer(text):
            share = parse_number(match["num"], language)
            if share is None:
                continue
            sign = match.groupdict().get("sign") or ""
            if sign and text[max(0, match.start() - 1) : match.start()].isalnum():
                # « 2014-15 % »: a dash after a word or a number joins them, it is no sign.
                add(match.start("num"), match.end(), "percent", share, "%")
                continue
            add(match.start(), match.end(), "percent", -share if sign.strip() in {"-", "−"} else share, "%")
    series_end: int | None = None  # end of the last move in points: « de 0,2 point … et de 0,3 point sur un an »
    for match in compiled["points"].finditer(text):
        value = parse_number(match["num"], language)
        unit = match["unit"].lower()
        cue = text[max(0, match.start() - 40) : match.end() + 20].lower()
        sign = (match["sign"] or "").strip()
        # A signed number of points is a move by itself (« (-3,1 points) »); a bare « 3 points » needs a word of one,
        # or to continue, in the same sentence, a move in points that had one.
        continued = (
            series_end is not None
            and 0 <= match.start() - series_end <= POINTS_SERIES_REACH
            and not _sentence_break(text[series_end : match.start()])
        )
        # A rate moves by at most 100 points: « 7 812 points » is an index's level, « 120 points » its move.
        if (
            value is None
            or abs(value) > MAX_PERCENT_POINTS
            or (
                not sign
                and not continued
                and unit in table["percent_point_needs_cue"]
                and not any(c in cue for c in table["percent_point_cues"])
            )
        ):
            continue
        series_end = match.end()
        # The contract's unit of a percentage is %; a change in points says so in its metric (« … change »).
        add(match.start(), match.end(), "percent", -value if sign in {"-", "−"} else value, "%")
    for match in compiled["fois"].finditer(text):
        value = parse_number(match["num"], language)
        if value is not None and value != 1:
            add(match.start(), match.end(), "multiplier", value, "x")
    for match in compiled["times_sign"].finditer(text):
        value = parse_number(match["num"] or match["num2"], language)
        if value is not None and value > 1:
            add(match.start(), match.end(), "multiplier", value, "x")
    for match in compiled["multiplier_verb"].finditer(text):
        add(match.start(), match.end(), "multiplier", float(table["multiplier_verbs"][match["verb"].lower()]), "x")
    if doc is not None and language == "en":
        # « Profit more than doubled »: English needs no auxiliary; the parse tells the verb from an adjective.
        factors: dict[str, int] = table["english_multiplier_verbs"]
        for token in doc:
            lemma = token.lemma_.lower()
            if lemma in factors and token.pos_ == "VERB" and token.dep_ != "amod":  # not « a doubled effort »
                add(token.idx, token.idx + len(token), "multiplier", float(factors[lemma]), "x")
    for match in compiled["factor"].finditer(text):
        value = parse_number(match["num"], language)
        if value is not None and value > 1:
            add(match.start(), match.end(), "multiplier", value, "x")
    for match in compiled["duration"].finditer(text):
        value = parse_number(match["num"], language)
        # « sur un an », « par an », « en un an », "over a year": the period of a rate or a change, no figure.
        rate = re.search(
            r"\b(?:sur|par|per|a|en|over)\s*$", text[max(0, match.start() - 6) : match.start()], re.IGNORECASE
        )
        dating = _time_reference(text, match.start(), match.end()) or _clock_time(text, match)
        if value is not None and not rate and not dating:
            add(match.start(), match.end(), "duration", value, match["unit"].lower())
    found.extend(_counts(text, language, doc))
    found.extend(_labelled_counts(text, language, doc))
    found.extend(_approximate_counts(text, doc))
    return found


@cache
def _clock_before() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{_alternation(lexicon()['clock']['before'])}){SP}*$", re.IGNORECASE)


def _clock_time(text: str, match: re.Match[str]) -> bool:
    """« vers 2 h 30 », « à 14 heures »: an hour that tells the time of day (see clock in figures.json)."""
    if match["unit"].lower() not in lexicon()["clock"]["hour_units"]:
        return False
    minutes = re.match(rf"{SP}*\d\d(?!\d)", text[match.end() : match.end() + 4])
    return minutes is not None or _clock_before().search(text[max(0, match.start() - 12) : match.start()]) is not None


@cache
def _time_reference_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = lexicon()["time_references"]
    after = re.compile(rf"{SP}+(?:{_alternation(words['after'])})(?![\w])", re.IGNORECASE)
    before = re.compile(rf"(?<![\w])(?:{_alternation(words['before'])}){SP}+$", re.IGNORECASE)
    return after, before


def _time_reference(text: str, start: int, end: int) -> bool:
    """« un an plus tôt », "two years ago", « il y a deux ans »: a duration that dates something is no figure."""
    after, before = _time_reference_patterns()
    return bool(after.match(text, end) or before.search(text[max(0, start - 20) : start]))


@cache
def _approximate_pattern() -> re.Pattern[str]:
    words = "|".join(sorted(lexicon()["approximate_numbers"], key=len, reverse=True))
    return re.compile(
        rf"\b(?:une?|a)\s+(?P<word>{words})\s+(?:d['’]\s*|de\s+|of\s+)?(?P<noun>[^\W\d_]+)", re.IGNORECASE
    )


@cache
def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alternation(list(cues))})\b", re.IGNORECASE)


def count_unit(noun: str, text: str) -> str:
    """The unit of a lexicon count noun in `text`: a noun of several senses takes the first whose cue words the
    text uses (one sense per discourse: « 700 appareils » in an article on airlines are planes, elsewhere
    devices)."""
    table = lexicon()
    for sense in table["count_noun_senses"].get(noun, []):
        if _cue_pattern(tuple(sense["cues"])).search(text):
            return str(sense["unit"])
    return str(table["count_nouns"][noun])


SUBSET_REACH = 40  # characters from a count to « dont » and the part of it that follows


@cache
def _lexicon_units() -> frozenset[str]:
    """Every unit the count lexicon gives (count_nouns and the senses of count_noun_senses)."""
    table = lexicon()
    senses = {sense["unit"] for choices in table["count_noun_senses"].values() for sense in choices}
    return frozenset(table["count_nouns"].values()) | senses


@cache
def _subset_pattern() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alternation(lexicon()['subset_words'])}){SP}*$", re.IGNORECASE)


def _parts_in_unit_of_whole(text: str, kept: list[Candidate]) -> list[Candidate]:
    """« 718 appareils livrés, dont 558 monocouloirs »: a count introduced as a part of the count just before it,
    whose noun the lexicon does not know (its unit is the bare French noun), is counted in the unit of the whole
    and measured as the whole is: 558 of the 718 planes delivered. `kept` is in text order and settled."""
    known, marker = _lexicon_units(), _subset_pattern()
    result = list(kept)
    for index in range(1, len(result)):
        whole, part = result[index - 1], result[index]
        gap = text[whole.end : part.start]
        if (
            whole.kind == part.kind == "count"
            and whole.unit in known
            and part.unit not in known
            and len(gap) <= SUBSET_REACH
            and not _sentence_break(gap)
            and marker.search(gap)
        ):
            result[index] = replace(part, unit=whole.unit, part_of=whole.start)
    return result


BREAKDOWN_REACH = 40  # characters from a count to the bracket that breaks it down


def _bracket_items(content: str) -> list[tuple[int, str]]:
    """The items of a list written in a bracket (« 320 Clio, 130 Megane et 50 Kangoo »), each with its offset."""
    joins = _alternation(lexicon()["list_conjunctions"])
    pattern = rf"(?:^|,|(?<=\s)(?:{joins})(?=\s)){SP}*(?P<item>[^,]+?){SP}*(?=,|{SP}(?:{joins}){SP}|$)"
    return [(match.start("item"), match["item"]) for match in re.finditer(pattern, content)]


def _breakdown_in_brackets(text: str, language: str, kept: list[Candidate]) -> list[Candidate]:
    """« 500 voitures vendues (320 Clio, 130 Megane et 50 petits utilitaires Kangoo) »: a bracket right after a
    count that lists two or more items, each opening on a number, breaks that count down. Each item is a part of
    it, counted in its unit (flagged as implied); an item already read as a figure of its own stays as read.
    `kept` is in text order and settled."""
    known = _lexicon_units()
    covered = [(c.start, c.end) for c in kept]
    numbered = re.compile(rf"(?P<num>{digits_pattern(language)}){SP}+[^\W\d].*")
    result = []
    for bracket in re.finditer(r"\(([^()]{1,200})\)", text):
        whole = _figure_before(kept, bracket.start(), BREAKDOWN_REACH)
        if whole is None or whole.kind != "count" or whole.unit not in known:
            continue
        if _sentence_break(text[whole.end : bracket.start()]):
            continue
        items = [(bracket.start(1) + at, numbered.fullmatch(words)) for at, words in _bracket_items(bracket[1])]
        parts = [(start, match) for start, match in items if match is not None]
        if len(parts) < 2 or len(parts) < len(items):
            continue  # no list of numbered items: « (en 2019 à Lyon) », « (+3 %) »
        for start, match in parts:
            end = start + len(match[0])
            value = parse_number(match["num"], language)
            if value is None or any(s < end and start < e for s, e in covered) or _year_like(text, start, match["num"]):
                continue
            result.append(Candidate(start, end, "count", value, whole.unit, implied=True, part_of=whole.start))
    return result


def _approximate_counts(text: str, doc: Doc | None) -> list[Candidate]:
    """« une dizaine d'entreprises », « a dozen studios »: about that many of a counted noun (the singular
    article matters: « des dizaines de » is vague and no figure)."""
    table = lexicon()
    nouns: dict[str, str] = table["count_nouns"]
    result = []
    for match in _approximate_pattern().finditer(text):
        noun = match["noun"].lower()
        if noun in nouns:
            unit = count_unit(noun, text)
        elif doc is not None and (counted := _plural_noun(doc, match.start("noun"))) is not None:
            unit = _unit_word(counted)
        else:
            continue
        value = float(table["approximate_numbers"][match["word"].lower()])
        result.append(Candidate(match.start(), match.end(), "count", value, unit, 1.0))
    return result


def _counts(text: str, language: str, doc: Doc | None) -> list[Candidate]:
    """A number followed by a plural noun: a lexicon noun, or any plural noun after digits."""
    table = lexicon()
    nouns: dict[str, str] = table["count_nouns"]
    refused = set(table["not_count_nouns"]) | {u.lower() for u in table["duration_units"]}
    result = []
    for match in patterns(language)["count"].finditer(text):
        noun = match["noun"].lower()
        number = match["num"]
        if noun in refused or noun in scales(language) or _is_ordinal_or_title(text, match.start(), match.end()):
            continue  # a scale word counts nothing: « 221,8 millions » is an elided amount (see elided_amounts)
        if _year_like(text, match.start(), number) or (_plain_year(number) and noun not in nouns):
            continue  # « compared with 2018 levels »: a year before a noun the lexicon does not count dates it
        words_only = not number[0].isdigit()
        parsed = _value(number, match["scale"], language)
        if parsed is None or (words_only and (parsed[0] < 2 or _determined(text, match.start()))):
            continue
        if re.search(r"i[eè]mes?$", noun):  # « trois millièmes »: a fraction (ordinal suffix), no counted thing
            continue
        end = match.end("noun")
        if noun in nouns:
            unit = count_unit(noun, text)
        elif doc is not None and (counted := _plural_noun(doc, match.start("noun"))) is not None:
            unit = _unit_word(counted)
        elif match["next"] and match["next"].lower() in nouns:
            # One modifier between the number and its noun: « 26.5 million paying subscribers ».
            unit, end = count_unit(match["next"].lower(), text), match.end("next")
        elif (
            language == "en"
            and match["next"]
            and (modified := _modified_unit(doc, match.start("noun"), match.start("next")))
        ):
            # English puts the modifier before any plural noun: "1,240 net orders"; a noun modifier is part of
            # what is counted ("six fare increases").
            unit, end = modified, match.end("next")
        else:
            continue
        result.append(Candidate(match.start(), end, "count", parsed[0], unit, parsed[1]))
    return result


LABEL_REACH = 4  # words from a colon back to the counted noun that labels the number after it


def _labelled_counts(text: str, language: str, doc: Doc | None) -> list[Candidate]:
    """« les commandes nettes : 1 240 », "staff: 1,200": a bare number right after a colon counts the plural lexicon
    noun that ends the label before it, the label's adjectives and participles aside."""
    if doc is None:
        return []
    nouns: dict[str, str] = lexicon()["count_nouns"]
    number = re.compile(rf"{SP}*(?P<num>{digits_pattern(language)})(?![\w%‰$€£¥:]|[.,]\d)")
    result = []
    for colon in (t for t in doc if t.text == ":"):
        bare = number.match(text, colon.idx + 1)
        if bare is None or not _bare(doc, bare.start("num"), bare.end("num")) or _plain_year(bare["num"]):
            continue
        label = next(
            (
                t
                for t in reversed(doc[max(0, colon.i - LABEL_REACH) : colon.i])
                if not (t.pos_ == "ADJ" or "Part" in t.morph.get("VerbForm", []))
            ),
            None,
        )
        value = parse_number(bare["num"], language)
        if label is None or label.lower_ not in nouns or "Plur" not in label.morph.get("Number", []) or value is None:
            continue
        unit, noun = count_unit(label.lower_, text), (label.idx, label.idx + len(label))
        result.append(Candidate(*bare.span("num"), "count", value, unit, implied=True, counted=noun))
    return result


def _modified_unit(doc: Doc | None, modifier: int, noun: int) -> str | None:
    """The unit of a plural noun that a lowercase adjective or noun modifies: the noun, with a noun modifier before
    it ("six fare increases"); None when the noun is no plural or the modifier is a name ("the 2019 Broadway
    strikes" count no strikes)."""
    if doc is None or _plural_noun(doc, noun) is None:
        return None
    first = doc.char_span(modifier, modifier + 1, alignment_mode="expand")
    last = doc.char_span(noun, noun + 1, alignment_mode="expand")
    if first is None or last is None or first[0].pos_ not in {"ADJ", "NOUN"} or not first[0].text.islower():
        return None
    return f"{first[0].lower_} {last[0].lower_}" if first[0].pos_ == "NOUN" else last[0].lower_


def _determined(text: str, start: int) -> bool:
    """« les deux pays », « these three studios »: a number word after a determiner points back at things already
    named; it counts nothing new."""
    return bool(
        re.search(
            rf"\b(?:{_alternation(lexicon()['counted_determiners'])}){SP}+$", text[max(0, start - 12) : start], re.I
        )
    )


def _counts_sources(doc: Doc | None, cand: Candidate, language: str, quotes: Sequence[Quote]) -> bool:
    """« according to two people familiar with the matter », « trois sources ont confirmé »: a count of the people a
    report is sourced to says who speaks, not what the article measures. The counted noun stands outside what the
    `quotes` report and is the subject of a verb of saying, or follows a source preposition (selon, according to)."""
    span = _figure_span(doc, cand.start, cand.end)
    if cand.kind != "count" or span is None or not len(span):
        return False
    if any(quote.start <= cand.start < quote.end for quote in quotes):
        return False
    noun = span.root if span.root.pos_ == "NOUN" else span.root.head
    speech = rules.load("en/speech_verbs" if language == "en" else "speech_verbs")
    if noun.dep_.startswith("nsubj") and noun.head.lemma_.lower() in speech["verbs"]:
        return True
    if language != "en":
        return case_of(noun) in speech["source_cues"]
    preposition = noun.head  # « according to »: English cues are two words, the preposition and the one before
    if noun.dep_ != "pobj" or preposition.i == 0:
        return False
    return f"{preposition.nbor(-1).lower_} {preposition.lower_}" in speech["source_cues"]


def _plural_noun(doc: Doc, offset: int) -> Token | None:
    """The plural common noun at a character offset, else None."""
    token = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if token is None or not len(token):
        return None
    first = token[0]
    return first if first.pos_ == "NOUN" and "Plur" in first.morph.get("Number", []) and first.text.isalpha() else None


def settle(candidates: list[Candidate]) -> list[Candidate]:
    """Keep non-overlapping candidates: money before percent before multiplier before duration before count."""
    kept: list[Candidate] = []  # in text order, never overlapping: a candidate only meets its two neighbours
    starts: list[int] = []
    for cand in sorted(candidates, key=lambda c: (KIND_PRIORITY[c.kind], -(c.end - c.start), c.start)):
        at = bisect_left(starts, cand.start)
        if (at == 0 or kept[at - 1].end <= cand.start) and (at == len(kept) or cand.end <= kept[at].start):
            kept.insert(at, cand)
            starts.insert(at, cand.start)
    return kept


def implied_money(text: str, language: str, found: list[Candidate]) -> list[Candidate]:
    """Scaled amounts of a money word without a currency ("80 millions de bénéfice net"): the article's currency."""
    money = sorted((c for c in found if c.kind == "money"), key=lambda c: c.start)
    if not money:
        return []
    cues = "|".join(lexicon()["implied_money_patterns"])
    number = rf"(?<![\w.,])(?P<num>{digits_pattern(language)})"
    pattern = rf"{number}(?:{SP}*(?P<scale>{scale_pattern(language)}))(?={SP}*(?:{cues}))"
    result = []
    for match in re.finditer(pattern, text, flags=re.IGNORECASE):
        parsed = _value(match["num"], match["scale"], language)
        if parsed is None:
            continue
        earlier = [c for c in money if c.end <= match.start()]
        unit = (earlier[-1] if earlier else money[0]).unit
        result.append(Candidate(match.start(), match.end(), "money", parsed[0], unit, parsed[1], implied=True))
    return result


ELIDED_REACH = 400  # characters back to the figure whose unit an elided amount takes


def _figure_before(candidates: list[Candidate], offset: int, reach: int) -> Candidate | None:
    """The figure that ends nearest before `offset`, at most `reach` characters back: the one an elided number
    takes its unit from."""
    earlier = [c for c in candidates if c.end <= offset and offset - c.end <= reach]
    return max(earlier, key=lambda c: c.end) if earlier else None


def _same_scale_after(
    text: str, explicit: list[Candidate], offset: int, parsed: tuple[float, float] | None
) -> Candidate | None:
    """« X visait un million, il a gagné 3,1 millions d'abonnés »: an amount elided before the figure that
    names its unit, in the same sentence and on the same scale, is in that unit."""
    # A figure in brackets after it is its conversion into another unit (« 1,6 milliard (2,5 milliards de $) »).
    later = [c for c in explicit if c.start >= offset and not re.search(r"[.!?;:(]", text[offset : c.start])]
    first = min(later, key=lambda c: c.start) if later else None
    return first if first is not None and parsed is not None and first.scale == parsed[1] else None


def elided_amounts(text: str, language: str, found: list[Candidate], doc: Doc | None = None) -> list[Candidate]:
    """« 11,96 milliards de dollars, contre 11,5 milliards », « 223 millions d'abonnés (221,8 millions) »: a scaled
    number with no unit of its own takes the kind and unit of the figure just before it, or, with none before, of
    the figure after it on its scale in its sentence; with neither, it counts what the subject it moves counts
    (see _counted_by_subject). Each is flagged as implied."""
    # Only a figure that wins its place can lend its unit: not « 9,5 milliards » read alone inside « 9,5 milliards
    # de dollars ».
    explicit = settle([c for c in found if c.kind in {"money", "count"}])
    covered = [(c.start, c.end) for c in found]
    # « … contre un million », « des deux milliards attendus »: in digits or in words.
    number = rf"(?<![\w.,])(?P<num>{digits_pattern(language)}|{words_pattern()})"
    result = _counted_moves(text, language, covered, doc)
    covered += [(c.start, c.end) for c in result]
    for match in re.finditer(rf"{number}{SP}*(?P<scale>{scale_pattern(language)})", text, flags=re.IGNORECASE):
        if any(start <= match.start() < end for start, end in covered):
            continue
        parsed = _value(match["num"], match["scale"], language)
        if parsed is None or parsed[0] <= 0:
            continue  # « 0 milliard » is a typo's fragment, no amount
        named = _named_after_scale(doc, match.end())
        if named is not None:
            # « 220 million iPhones », « 3 millions de Clio »: the amount has its unit, a noun no lexicon lists.
            counted = Candidate(match.start(), named[1], "count", parsed[0], named[0], parsed[1])
            result.append(counted)
            explicit.append(counted)  # « …, down from 232 million »: an elided amount after it counts the same
            continue
        before = _figure_before(explicit, match.start(), ELIDED_REACH)
        source = before or _same_scale_after(text, explicit, match.end(), parsed)
        if source is None:
            unit = _counted_by_subject(doc, text, match.start(), match.end())
            if unit is not None:
                result.append(Candidate(match.start(), match.end(), "count", parsed[0], unit, parsed[1], implied=True))
            continue
        # Named only after it, the amount is what that figure names: it measures the same (« il visait un million,
        # il a gagné 3,1 millions d'abonnés supplémentaires »: both are subscriber additions).
        named_after = None if before else source.start
        result.append(
            Candidate(
                match.start(),
                match.end(),
                source.kind,
                parsed[0],
                source.unit,
                parsed[1],
                implied=True,
                against=named_after,
            )
        )
    return result


def _named_after_scale(doc: Doc | None, scale_end: int) -> tuple[str, int] | None:
    """The plural noun a scale word counts right after it (« 220 million iPhones ») or through « de » (« 3 millions
    de Clio »), with where it ends: a name keeps its capitals, a common noun is lower case; None when none follows."""
    if doc is None:
        return None
    scale = doc.char_span(scale_end - 1, scale_end, alignment_mode="expand")
    if scale is None or not len(scale) or scale[-1].i + 1 >= len(doc):
        return None
    following = doc[scale[-1].i + 1]
    if following.lower_ in {"de", "d'", "d’", "of"} and following.i + 1 < len(doc):
        following = doc[following.i + 1]
    elif following.tag_ not in {"NNS", "NNPS"}:
        return None  # English names its counted things right after the scale, in the plural
    if following.pos_ not in {"NOUN", "PROPN"} or not following.is_alpha:
        return None
    if following.pos_ == "NOUN" and "Plur" not in following.morph.get("Number", []):
        return None  # « deux milliards d'économie »: a singular noun names what the amount is, not things counted
    return _unit_word(following), following.idx + len(following)


def _unit_word(noun: Token) -> str:
    """A counted noun as a unit: a name keeps its capitals (« 12 million Zephyrs », whatever the tagger makes of a
    capital inside the sentence), a common noun is lower case."""
    named = noun.pos_ == "PROPN" or (noun.text[:1].isupper() and not noun.is_sent_start)
    return noun.text if named else noun.lower_


# After a bare number: no letter or unit sign glued to it, and no decimal part it would be cut from.
_NO_UNIT_AFTER = r"(?![\w%‰$€£¥]|[.,]\d)"


def _counted_moves(text: str, language: str, covered: list[tuple[int, int]], doc: Doc | None) -> list[Candidate]:
    """« Le nombre de chômeurs a baissé de 42 000 », "the number of subscribers rose by 12,000": a number in digits
    with no unit and no scale, by which a verb of a rise or a fall moves a subject that counts something, counts
    what the subject counts (see _counted_by_subject). Flagged as implied."""
    found = []
    for match in re.finditer(rf"(?<![\w.,])(?P<num>{digits_pattern(language)}){_NO_UNIT_AFTER}", text):
        if any(start <= match.start() < end for start, end in covered) or _plain_year(match["num"]):
            continue
        unit = _counted_by_subject(doc, text, match.start(), match.end())
        parsed = _value(match["num"], None, language) if unit is not None else None
        if unit is not None and parsed is not None and parsed[0] > 0:
            found.append(Candidate(match.start(), match.end(), "count", parsed[0], unit, 1.0, implied=True))
    return found


def _counted_by_subject(doc: Doc | None, text: str, start: int, end: int) -> str | None:
    """« Le nombre d'abonnés a baissé de 3 millions », "subscribers rose by 2 million": a number with no unit
    (scaled, or in digits alone: see _counted_moves), by which a verb of a rise or a fall moves its subject, counts
    what the subject counts (a count noun, or the count noun after « le nombre de » / "the number of")."""
    span = _figure_span(doc, start, end)
    if span is None:
        return None
    root = span.root
    verb = root.head.head if root.dep_ == "pobj" else root.head
    table = lexicon()
    moves = {*table["growth_lemmas"], *table["decline_lemmas"], *table["level_lemmas"]}
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in moves:
        return None
    return _subject_counts(verb, text)


def _subject_counts(verb: Token, text: str) -> str | None:
    """What a verb's subject counts: its count noun, or the one after « le nombre de » / "the number of"."""
    table = lexicon()
    nouns: dict[str, str] = table["count_nouns"]
    for subject in (c for c in verb.children if c.dep_ in _SUBJECTS and c.pos_ == "NOUN"):
        counted = [subject]
        if subject.lemma_.lower() in table["number_nouns"]:
            # « le nombre d'abonnés » (nmod), "the number of subscribers" (of -> pobj).
            counted = [c for c in subject.children if c.dep_ == "nmod"]
            counted += [g for c in subject.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        for noun in counted:
            if noun.lower_ in nouns:
                return count_unit(noun.lower_, text)
            if counted != [subject] and "Plur" in noun.morph.get("Number", []) and noun.is_alpha:
                return _unit_word(noun)  # « le nombre d'allocataires »: what it counts, whatever the noun
    return None


OPERAND_REACH = 150  # characters from a figure to the bare number set against it


@cache
def _operand_pattern(language: str) -> re.Pattern[str]:
    """A bare number right after a comparison or range word: « contre 7,2 », « up from 25 », « puis à 8 »."""
    table = lexicon()
    words = table["comparison_words"] + table["range_words"]["to"]
    return re.compile(
        rf"(?:^|(?<=[\s,(]))(?P<word>{_alternation(words)}){SP}+(?P<num>(?<![\w.,/]){digits_pattern(language)})"
        rf"{_NO_UNIT_AFTER}",
        re.IGNORECASE,
    )


def _bare(doc: Doc | None, start: int, end: int) -> bool:
    """Whether the number stands alone: no noun, symbol or scale follows it in the parse."""
    if doc is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return span is not None
    return doc[span.end].pos_ not in {"NOUN", "PROPN", "SYM", "NUM", "ADJ"}


def _sentence_break(text: str) -> bool:
    return bool(re.search(r"[.!?;:](?:\s|$)", text))


def elided_operands(text: str, language: str, found: list[Candidate], doc: Doc | None) -> list[Candidate]:
    """A bare number set against the figure just before it in the same sentence takes that figure's kind, unit
    and scale (« 7,4 % contre 7,2 », « 40 writers, up from 25 », « de 15 avions par mois à 12, puis à 8 »); a
    bare number whose verb carries the clitic « en » counts the noun of the count before it (« il en a gagné
    260.000 »). Each is flagged as implied."""
    from_words = {w.lower() for w in lexicon()["range_words"]["from"]}
    to_words = {w.lower() for w in lexicon()["range_words"]["to"]}
    known = sorted((c for c in found if c.kind in QUANTITY_KINDS), key=lambda c: c.start)
    covered = [(c.start, c.end) for c in found]
    result: list[Candidate] = []
    for match in _operand_pattern(language).finditer(text):
        start, end = match.start("num"), match.end("num")
        if any(s <= start < e for s, e in covered) or _plain_year(match["num"]):
            continue  # a year is never an operand, whatever stands before it
        if not _bare(doc, start, end):
            continue
        source = _figure_before([*known, *result], match.start(), OPERAND_REACH)
        if source is None or _sentence_break(text[source.end : match.start()]):
            continue
        word = re.sub(f"{SP}+", " ", match["word"].lower())
        if word in to_words and not (source.implied or _opens_range(text, source.start, from_words)):
            continue  # « à 12 » alone is no bound: only after « de X » or a bound already carried on
        value = parse_number(match["num"], language)
        if value is None:
            continue
        scale = source.scale if value < 1000 else 1.0
        result.append(
            Candidate(
                start,
                end,
                source.kind,
                value * scale,
                source.unit,
                scale,
                implied=True,
                counted=source.counted,
                against=source.start,
            )
        )
    result += _counted_by_clitic(text, language, known, covered, doc)
    result += _parallel_predicates(text, language, known, covered, doc)
    return result


@cache
def _presentative_pattern(at_end: bool = False) -> re.Pattern[str]:
    """« c'est », « ce sera », « it will be » and the spaces after it: where the number it presents starts; with
    `at_end`, only at the end of a text (the words right before a figure)."""
    presentative = rf"(?:^|(?<=[\s,(]))(?:{_alternation(lexicon()['presentatives'])}){SP}+"
    return re.compile(presentative + ("$" if at_end else ""), re.IGNORECASE)


def _parallel_predicates(
    text: str, language: str, known: list[Candidate], covered: list[tuple[int, int]], doc: Doc | None
) -> list[Candidate]:
    """« Cette saison c'est 30 magasins, l'an prochain ce sera 50, et à terme ce sera 2 000 »: a bare number a
    presentative gives, in the sentence of a figure another presentative gave, repeats its kind, unit and scale."""
    number = re.compile(rf"(?P<num>{digits_pattern(language)}){_NO_UNIT_AFTER}")
    presented_before = _presentative_pattern(at_end=True)
    result: list[Candidate] = []
    for match in _presentative_pattern().finditer(text):
        bare = number.match(text, match.end())
        if bare is None or any(s <= bare.start() < e for s, e in covered) or not _bare(doc, *bare.span()):
            continue
        before = [c for c in [*known, *result] if presented_before.search(text[max(0, c.start - 20) : c.start])]
        source = _figure_before(before, match.start(), OPERAND_REACH)
        value = parse_number(bare["num"], language)
        if source is None or value is None or _sentence_break(text[source.end : match.start()]):
            continue
        if _year_like(text, bare.start(), bare["num"]):
            continue
        scale = source.scale if value < 1000 else 1.0
        result.append(Candidate(*bare.span(), source.kind, value * scale, source.unit, scale, implied=True))
    return result


def _opens_range(text: str, start: int, from_words: set[str]) -> bool:
    before = text[max(0, start - 8) : start].lower()
    return any(re.search(rf"(?:^|[\s(]){re.escape(word)}{SP}*$", before) for word in from_words)


def _counted_by_clitic(
    text: str, language: str, counts: list[Candidate], covered: list[tuple[int, int]], doc: Doc | None
) -> list[Candidate]:
    """« Le groupe compte 8 millions d'abonnés et en a gagné 260.000 »: a bare number whose verb carries « en »
    counts the noun of the count before it."""
    if doc is None or language != "fr":
        return []
    result = []
    for token in doc:
        if not token.like_num:
            continue
        # The verb governs the number, or stands right before it when the parser hangs the number on the noun
        # after it (« en a recruté 35 cette année »).
        verb = token.head if token.head.pos_ in {"VERB", "AUX"} or token.i == 0 else doc[token.i - 1]
        clitic = any(c.lower_ == "en" and c.pos_ == "PRON" and c.i < verb.i for c in verb.children)
        if verb.pos_ not in {"VERB", "AUX"} or not clitic or not _bare(doc, token.idx, token.idx + len(token)):
            continue
        if any(s <= token.idx < e for s, e in covered):
            continue
        value = parse_number(token.text, language)
        source = _figure_before([c for c in counts if c.kind == "count"], token.idx, ELIDED_REACH)
        if value is None or source is None or _year_like(text, token.idx, token.text):
            continue
        result.append(Candidate(token.idx, token.idx + len(token), "count", value, source.unit, 1.0, implied=True))
    return result


def _link_candidates(text: str, language: str, kept: list[Candidate]) -> list[tuple[Candidate, Candidate, str]]:
    """Pairs (a, b, link) where a and b form a range or a change: "de 2,1 à 3,1 milliards", "4 à 4,5 %"."""
    table = lexicon()
    pairs: list[tuple[Candidate, Candidate, str]] = []
    change_verbs = "|".join(re.escape(v) for v in table["change_verbs"])
    link = rf"{SP}*(?:à|et|-|–|to|and){SP}*"
    for index, second in enumerate(kept):
        if second.kind not in QUANTITY_KINDS:
            continue
        left = text[max(0, second.start - 80) : second.start]
        first: Candidate | None = None
        previous = kept[index - 1] if index else None
        if previous and previous.kind == second.kind and previous.unit == second.unit:
            between = text[previous.end : second.start]
            if re.fullmatch(link, between):
                first = previous
                left = text[max(0, previous.start - 40) : previous.start]
        if first is None:
            bare = re.search(
                rf"(?<![\w.,])(?P<num>{digits_pattern(language)}|{words_pattern()})"
                rf"(?:{SP}*(?P<scale>{scale_pattern(language)}))?{link}$",
                left,
                flags=re.IGNORECASE,
            )
            if not bare or (previous and previous.end > second.start - len(left) + bare.start()):
                continue
            value = parse_number(bare["num"], language)
            if value is None or _year_like(left, bare.start(), bare["num"]):
                continue
            # « de 7,5 à 8 milliards »: the first bound shares the scale; « de 64 000 à 2,3 millions » is whole.
            inherited = second.scale if value < 1000 else 1.0
            factor = parse_number("1 " + bare["scale"], language) if bare["scale"] else inherited
            start = second.start - len(left) + bare.start()
            end = second.start - len(left) + (bare.end("scale") if bare["scale"] else bare.end("num"))
            first = Candidate(start, end, second.kind, value * (factor or 1.0), second.unit, factor or 1.0)
            left = text[max(0, start - 40) : start]
        prep = re.search(
            rf"(?:(?P<verb>{change_verbs})\b[^.;]{{0,30}}?)?\b(?P<prep>de|d'|entre|from|between){SP}*$", left, re.I
        )
        if prep and prep["verb"] and prep["prep"].lower() in {"de", "d'", "from"}:
            pairs.append((first, second, "change"))
        elif (prep and prep["prep"].lower() in {"entre", "between"}) or not re.search(
            r"\bet\b|\band\b", text[first.end : second.start]
        ):
            pairs.append((first, second, "range"))
    return pairs


def _equivalents(text: str, kept: list[Candidate]) -> dict[int, int]:
    """Index of a money amount -> index of the amount it restates in another currency in the same sentence."""
    links = {}
    for index in range(1, len(kept)):
        first, second = kept[index - 1], kept[index]
        if first.kind == second.kind == "money" and first.unit != second.unit:
            between = text[first.end : second.start]
            if (
                len(between) <= 25
                and re.fullmatch(
                    rf"{SP}*(?:[(\[,—–-]{SP}*)?(?:(?:soit|ou|or|environ|about|approx\.?|c\.-à-d\.){SP}*)*",
                    between,
                    re.I,
                )
                and between.strip()
            ):
                links[index] = index - 1
    return links


@cache
def metric_patterns() -> list[tuple[str, re.Pattern[str]]]:
    return [
        (entry["metric"], re.compile(p, re.IGNORECASE)) for entry in lexicon()["metrics"] for p in entry["patterns"]
    ]


CONTEXT_REACH = 300  # characters either side of a figure where its metric, period and qualifier are read


def _near(bounds: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The sentence bounds clipped to CONTEXT_REACH around the figure: a word farther away says nothing about it,
    and a text with no sentence end (a table, a list of numbers) stays linear to read."""
    return max(bounds[0], start - CONTEXT_REACH), min(bounds[1], end + CONTEXT_REACH)


def _sentence_of(sentences: list[Sentence], offset: int, text_length: int) -> tuple[int, int]:
    for sentence in sentences:
        if sentence.start <= offset < sentence.end:
            return sentence.start, sentence.end
    return 0, text_length


def _figure_span(doc: Doc | None, start: int, end: int) -> Span | None:
    """The parsed tokens of a figure; `doc` is None where the parse is not of the figure's text."""
    return None if doc is None else doc.char_span(start, end, alignment_mode="expand")


@cache
def _qualifier_patterns() -> list[tuple[str, re.Pattern[str]]]:
    return [
        (name, re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(w) for w in words) + r")\s*$", re.IGNORECASE))
        for name, words in lexicon()["qualifiers"].items()
    ]


def find_qualifier(text: str, start: int, sentence_start: int) -> str | None:
    """« environ 3 milliards », « plus de 200 personnages », « up to 40% »: the word right before that qualifies
    the value (approximately, more_than, less_than, up_to), else None."""
    before = text[max(sentence_start, start - 25) : start]
    return next((name for name, pattern in _qualifier_patterns() if pattern.search(before)), None)


@cache
def _forecast_pattern() -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(lexicon()["forecast_cues"]) + r")(?![\w-])", re.IGNORECASE)


def is_forecast(doc: Doc | None, text: str, start: int, end: int, sentence_start: int) -> bool:
    """A forecast, an expectation or a target: a cue before the figure in its sentence (« le groupe prévoit »,
    « l'objectif de », « expects »), or a verb in the future or the conditional that governs it."""
    if _forecast_pattern().search(text[sentence_start:start]):
        return True
    span = _figure_span(doc, start, end)
    token = span.root if span is not None else None
    for _ in range(4):
        if token is None or token.head.i == token.i:
            return False
        token = token.head
        if token.pos_ in {"VERB", "AUX"} and "Inf" not in token.morph.get("VerbForm", []):  # « pourra aller »
            return bool({"Fut", "Cnd"} & {*token.morph.get("Tense", []), *token.morph.get("Mood", [])}) or any(
                child.dep_.startswith("aux") and "Fut" in child.morph.get("Tense", []) for child in token.children
            )
    return False


def _gained_or_lost(span: Span | None) -> str | None:
    """« growth » when the verb whose object the count is gains it (« a gagné 2 millions d'abonnés »), an adjective
    of addition qualifies its noun (« 2 millions d'abonnés supplémentaires », « 300 new subscribers »), it completes
    the noun of a rise (« une hausse de 2 millions d'abonnés ») or it is the extent by which a verb of a rise moves
    a subject that counts the same things (« le nombre d'abonnés a augmenté de 2 millions »); « change » for a loss
    or a fall of the same kinds (« a perdu », « une baisse de », "fell by"); None otherwise."""
    if span is None:
        return None
    table = lexicon()
    additions = table["addition_adjectives"]
    if any(c.dep_ == "amod" and c.lemma_.lower() in additions for t in span for c in t.children):
        return "growth"
    root = span.root
    # « une baisse de 3 millions d'abonnés », "a drop of 3 million subscribers": the noun of a move it completes.
    noun = _noun_completed(root)
    if noun is not None and (root.dep_ == "pobj" or case_of(root) in _GENITIVES):
        lemma = noun.lemma_.lower()
        return "growth" if lemma in table["growth_lemmas"] else "change" if lemma in table["decline_lemmas"] else None
    # « expects to add 2 million more »: the count hangs on « more », which stands for the verb's object.
    more = root.head.lower_ == "more" and root.head.i != root.i
    if more:
        root = root.head
    by = root.dep_ == "pobj" and root.head.lower_ == "by"
    verb = root.head.head if by else root.head
    if not (by or more or root.dep_ in {"obj", "dobj"} or root.dep_.startswith("obl")) or verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    if lemma in table["gain_verbs"]:
        return "growth"
    if lemma in table["loss_verbs"]:
        return "change"
    # « le nombre d'abonnés a augmenté de 2 millions », "fell by 3 million": the extent of a move of what the
    # subject counts (« les livraisons ont progressé de 200 avions » moves deliveries, not planes).
    extent = by or (root.dep_.startswith("obl") and case_of(root) in _GENITIVES)
    text = doc_text(verb.doc)
    counted = _subject_counts(verb, text)
    own = count_unit(root.lower_, text) if root.lower_ in table["count_nouns"] else counted
    if not extent or counted is None or own != counted:
        return None
    return "growth" if lemma in table["growth_lemmas"] else "change" if lemma in table["decline_lemmas"] else None


def _act(span: Span | None) -> str | None:
    """The act a count is what was done by, as a noun (event_verbs): the verb it is the object of (« a livré 700
    avions ») or a participle on its noun (« 700 avions livrés », « 3 millions d'exemplaires vendus »); or the noun
    of an act whose complement it is (event_nouns: « le licenciement de 800 salariés », "the creation of 300
    jobs")."""
    if span is None:
        return None
    table: dict[str, str] = lexicon()["event_verbs"]
    nouns: dict[str, str] = lexicon()["event_nouns"]
    act = _noun_completed(span.root)
    if act is not None and act.lemma_.lower() in nouns:
        return nouns[act.lemma_.lower()]
    # A past participle only: « 700 avions à livrer » are not delivered yet.
    verbs = _verbs_on_count(span, _OBJECTS, past_participles_only=True)
    return next((table[v.lemma_.lower()] for v in verbs if v.lemma_.lower() in table), None)


def _noun_completed(root: Token) -> Token | None:
    """The noun a count's phrase is the complement of: « de 800 salariés » on « le licenciement », "of 300 jobs" on
    "the creation" (English hangs the count on « of »)."""
    of = root.dep_ == "pobj" and root.head.lower_ == "of"
    if not of and root.dep_ != "nmod":
        return None
    noun = root.head.head if of else root.head
    return noun if noun.pos_ == "NOUN" else None


def _verbs_on_count(span: Span, relations: set[str], past_participles_only: bool) -> list[Token]:
    """The verbs a count is an argument of (`relations`: object, passive subject), then the participles that hang
    on its words (« 700 avions livrés », « 3 000 emplois menacés »)."""
    root = span.root
    verbs = [root.head] if root.dep_ in relations and root.head.pos_ == "VERB" else []
    verbs += [
        c
        for t in span
        for c in t.children
        if c.dep_ == "acl"
        and c.pos_ == "VERB"
        and c.i > t.i
        and (not past_participles_only or "Part" in c.morph.get("VerbForm", []))
    ]
    lost = _predicate_of_lost_subject(root)
    return [*verbs, lost] if lost is not None and lost not in verbs else verbs


def _relative(verb: Token) -> bool:
    """A relative clause's verb: so attached, or with a relative pronoun for subject (the parser may take it for
    a sentence of its own)."""
    relative_subject = any(c.dep_ in _SUBJECTS and "Rel" in c.morph.get("PronType", []) for c in verb.children)
    return verb.dep_ in {"acl:relcl", "relcl"} or relative_subject


_AUXILIARIES = {"aux", "aux:pass", "auxpass", "aux:tense"}
_FULL_STOPS = {".", "!", "?", "…"}
_LOST_SUBJECT_DEPS = {"ROOT", "conj", "appos", "dep"}


def _predicate_of_lost_subject(noun: Token) -> Token | None:
    """The predicate a noun is the subject of when the parser lost that link, as it may behind a clause between
    dashes (« 3 000 postes de l'usine - qui fabrique des moteurs - seront touchés »): the first participle with
    its own auxiliary and no subject after the noun, before the next full stop, agreeing with it in number, with
    no verb between but a relative clause's."""
    # A noun with a preposition is a complement: « 12 agences » in « dans 12 agences » is no subject.
    unattached = noun.dep_ in _LOST_SUBJECT_DEPS or (noun.dep_ == "nmod" and case_of(noun) is None)
    if not unattached or noun.pos_ != "NOUN":
        return None
    # Up to the sentence's full stop: a dash the parser took for the end of a sentence does not end the search.
    for token in noun.doc[noun.i + 1 : noun.i + 1 + PHRASE_REACH]:
        if token.is_sent_start and token.doc[token.i - 1].text in _FULL_STOPS:
            return None
        if token.pos_ not in {"VERB", "AUX"} or token.dep_ in _AUXILIARIES:
            continue
        if _relative(token) or any(_relative(a) for a in token.ancestors if a.i > noun.i):
            continue  # « - qui fabrique des moteurs - »: a relative clause on the way
        participle = "Part" in token.morph.get("VerbForm", [])
        auxiliated = any(c.dep_ in _AUXILIARIES for c in token.children)
        subject = any(c.dep_ in _SUBJECTS for c in token.children)
        agrees = token.morph.get("Number", []) == noun.morph.get("Number", [])
        return token if participle and auxiliated and not subject and agrees else None
    return None


_PASSIVE_SUBJECTS = {"nsubj:pass", "nsubjpass"}


def _impact(span: Span | None) -> str | None:
    """What befalls the counted things (impact_verbs): « affected » for « 12 000 postes seront touchés », « va
    toucher 8 000 salariés », "40,000 jobs could be affected"; « at risk » for « 3 000 emplois menacés », "threatens
    12,000 jobs", "puts 5,000 jobs at risk". The count is the passive subject or the object of the verb, or a
    participle hangs on its noun."""
    if span is None:
        return None
    table: dict[str, str] = lexicon()["impact_verbs"]
    root = span.root
    for verb in _verbs_on_count(span, _PASSIVE_SUBJECTS | _OBJECTS, past_participles_only=False):
        if verb.lemma_.lower() in table:
            return table[verb.lemma_.lower()]
        # "puts 5,000 jobs at risk": the state is the verb's own complement.
        risk = [c for prep in verb.children if prep.lower_ == "at" for c in prep.children if c.lower_ == "risk"]
        if risk and root.dep_ in _OBJECTS:
            return "at risk"
    return None


def _economic_growth(doc: Doc | None, text: str, start: int, end: int) -> bool:
    """« une croissance de 1,4 % », « la prévision officielle de croissance abaissée à 1,2 % », in an article that
    names the GDP: a bare growth in percent is the economy's (one sense per discourse). The growth noun is the
    figure's head, or hangs on the verb or the noun that governs the figure."""
    span = _figure_span(doc, start, end)
    if span is None or not any(named == "GDP" for _, _, _, named in _metric_cues(text)):
        return False
    nouns = lexicon()["growth_nouns"]
    governor = span.root.head
    if governor.dep_ == "prep":  # "cut its growth forecast to 1%": English hangs the figure on the preposition
        governor = governor.head
    near = [governor, governor.head, *governor.children, *(g for c in governor.children for g in c.children)]
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in nouns and t.i not in range(span.start, span.end) for t in near)


def aim_of(doc: Doc | None, start: int, end: int) -> str | None:
    """« target » or « forecast » when a noun or a verb of an aim governs the figure in the parse (« son objectif
    d'environ 2 % », « a 100 million target », « le groupe prévoit une hausse de 3 % »), or is the object of the
    verb that does (« a ramené la prévision de croissance à 1 % »); None for a result."""
    span = _figure_span(doc, start, end)
    if span is None:
        return None
    nouns: dict[str, str] = lexicon()["aim_nouns"]
    verbs: dict[str, str] = lexicon()["aim_verbs"]
    for head in _content_heads(span.root):
        lemma = head.lemma_.lower()
        if head.pos_ in {"NOUN", "PROPN"} and lemma in nouns:
            return nouns[lemma]
        if head.pos_ in {"VERB", "AUX"}:
            # The figure that is the verb's own object (« emploie 42 000 salariés ») is what the verb acts on, not
            # the complement of another object of it.
            own_object = span.root.dep_ in _OBJECTS and span.root.head.i == head.i
            objects = (c.lemma_.lower() for c in head.children if c.dep_ in _OBJECTS and c not in span)
            return verbs.get(lemma) or (None if own_object else next((nouns[o] for o in objects if o in nouns), None))
    return None


def aimed(metric: str | None, aim: str | None, counted: bool) -> str | None:
    """The metric of a target or a forecast (« inflation target »; a `counted` noun as a modifier: « subscriber
    target »), else the metric."""
    if aim is None or (metric or "").endswith(aim):
        return metric
    if metric is None:
        return aim
    return f"{singular(metric) if counted else metric} {aim}"


def singular(noun: str) -> str:
    """A plural metric as the modifier of another noun, by ordinary English spelling (subscribers -> subscriber,
    countries -> country, branches -> branch; people stays people)."""
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("ches", "shes", "sses", "xes", "zes")):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def share_of(doc: Doc | None, text: str, start: int, end: int) -> str | None:
    """The counted things a percentage is a share of (« 70 % des abonnés », « 20% of its jobs »): the unit of the
    lexicon count noun its genitive complement names, else None."""
    span = _figure_span(doc, start, end)
    if span is None:
        return None
    nouns: dict[str, str] = lexicon()["count_nouns"]
    heads = _wholes(span)
    listed = next((count_unit(head.lower_, text) for head in heads if head.lower_ in nouns), None)
    # Failing a lexicon noun, in English (the language of the metrics), any plural common noun (« 62% of regular
    # passengers »), as count_noun_fallback does.
    unlisted = (
        head.lower_
        for head in heads
        if head.doc.lang_ == "en" and head.tag_ == "NNS" and head.lower_ not in lexicon()["not_count_nouns"]
    )
    return listed or next(unlisted, None)


def _wholes(span: Span) -> list[Token]:
    """The heads of what a percentage is taken of: its genitive complement (French « 12 % du marché » hangs it on
    the figure, English "12% of the market" on « of »)."""
    return _complements(span, {t.i for t in span}, _GENITIVES) + _prepositional_objects(span, "of")


def _prepositional_objects(holders: Iterable[Token], preposition: str, after: int = -1) -> list[Token]:
    """The objects of an English `preposition` that hangs on one of `holders` after token `after` ("12% of the
    market", "$4 million in subsidies")."""
    return [
        o
        for t in holders
        for p in t.children
        if p.dep_ == "prep" and p.lower_ == preposition and p.i > after
        for o in p.children
        if o.dep_ == "pobj"
    ]


def whole_metric(doc: Doc | None, start: int, end: int, organisations: list[tuple[int, int, str]]) -> str | None:
    """What a level percentage measures by the whole it is taken of, when that whole is no count of things: a
    market is a market share, a company's capital or the company itself a stake, time a share of time, the votes a
    vote share (figures.json share_nouns; « Veltra détient 30 % d'Orbis »: a stake)."""
    span = _figure_span(doc, start, end)
    if span is None:
        return None
    nouns: dict[str, str] = lexicon()["share_nouns"]
    for head in _wholes(span):
        if any(s <= head.idx < e for s, e, _ in organisations):
            return "stake"
        metric = nouns.get(head.lemma_.lower()) or nouns.get(head.lower_)
        if metric:
            return metric
    return None


def _weak_for_a_whole(metric: str | None) -> bool:
    """A metric the whole a percentage is taken of outweighs: a count noun of the sentence, or the share of one
    (« 52 % des voix »: a vote share, not a share of votes)."""
    return metric is not None and (metric in _count_units() or metric.startswith("share of "))


def took_part(doc: Doc | None, start: int, end: int) -> bool:
    """A percentage of people that took part in a vote, the subject of a verb of voting (participation_verbs:
    « 41 % des adhérents ont participé au scrutin », "55% of voters took part"): the vote's turnout."""
    span = _figure_span(doc, start, end)
    if span is None or span.root.dep_ not in _SUBJECTS:
        return False
    verb = span.root.head
    words: dict[str, list[str]] = lexicon()["participation_verbs"]
    lemma = verb.lemma_.lower()
    if lemma not in words:
        return False
    # « 20 % ont voté contre », "voted for the plan": a side's share of the votes, not the turnout.
    sides = set(lexicon()["vote_sides"])
    if any(w.lower_ in sides for c in verb.children for w in (c, *c.children) if w.i > verb.i):
        return False
    # A verb that votes only with its complement (« prendre part », "take part", "turn out", "cast a ballot").
    needed = words[lemma]
    return not needed or any(c.lemma_.lower() in needed for c in verb.children)


def count_metric(unit: str, moved: str | None, act: str | None = None) -> str:
    """What a count measures: its noun (« 223 millions d'abonnés »: subscribers); when a verb of gain or loss
    governs it, the gain or the loss of that noun (« a gagné 2,4 millions d'abonnés »: subscriber additions,
    « a perdu 200 000 abonnés »: subscriber losses); when it is what an act did, the act (« 700 avions livrés »:
    deliveries)."""
    if moved is None:
        # « 400 postes supprimés » are job cuts: the act says what befell the jobs, the jobs say what was cut.
        jobs = act is not None and unit in lexicon()["job_units"]
        return str(lexicon()["job_acts"].get(act, act)) if jobs else act or unit
    return f"{singular(unit)} {'additions' if moved == 'growth' else 'losses'}"


def qualified_margin(text: str, start: int, metric: str | None) -> str | None:
    """A margin the text does not qualify (« une marge de 6 % », « la rentabilité ») is the margin of the profit or
    the margin named last before it in the article (margin_bases: « le résultat opérationnel atteint X, soit une
    marge de 6 % » is an operating margin), as a pronoun is its antecedent's; a margin when none is named."""
    if metric is None or metric.split(" ")[0] != "margin":
        return metric
    bases: dict[str, str] = lexicon()["margin_bases"]
    named = [named for cue_start, _, _, named in _metric_cues(text) if cue_start < start and named in bases]
    return metric.replace("margin", bases[named[-1]], 1) if named else metric


def qualified_profit(text: str, metric: str | None) -> str | None:
    """A profit the text does not qualify (« un bénéfice de 2,1 milliards », « son bénéfice a reculé de 4 % ») is the
    one profit the article qualifies, before or after it (« le bénéfice net du semestre »: net profit): a lede says
    « bénéfice » of what the body calls the net profit. With several kinds named (net and operating), or none, it
    stays a profit (an adjusted net profit is a net profit)."""
    if metric is None or metric.split(" ")[0] != "profit":
        return metric
    named = {named for _, _, _, named in _metric_cues(text) if named.endswith(" profit") and named != "profit"}
    # An adjusted net profit is a kind of net profit: the bare profit is the kind both are.
    kinds = {kind for kind in named if not any(kind != other and kind.endswith(" " + other) for other in named)}
    return metric.replace("profit", kinds.pop(), 1) if len(kinds) == 1 else metric


def qualified_count(span: Span | None, metric: str) -> str:
    """A plain count whose noun an adjective restricts (count_qualifiers): « 5 millions d'abonnés payants » are
    paid subscribers, « 40 million monthly active users » monthly active users."""
    if span is None:
        return metric
    said = {t.lower_ for t in span} | {c.lower_ for t in span for c in t.children if c.dep_ == "amod"}
    table: dict[str, list[str]] = lexicon()["count_qualifiers"]
    qualifiers = [english for english, forms in table.items() if said & set(forms)]
    return " ".join([*qualifiers, metric])


def in_points(surface: str, language: str = "fr") -> bool:
    """« 0,2 point », « 3 points de pourcentage », « 2 pp »: a percentage given in points."""
    return bool(patterns(language)["points"].fullmatch(surface))


def direction(doc: Doc | None, text: str, start: int, end: int) -> str | None:
    """« growth » or « change » when the figure measures a rise or a fall: a sign before it (+17 %), a word of
    difference after it (« 30 millions de plus »), or a verb or noun of change that governs it in the parse (« ont
    progressé entre janvier et juin de 15 % »)."""
    # The sign may open the surface or stand just before it; after a letter or a digit a dash joins words
    # (« mi-2015 », « 2014-15 »), it is no sign.
    at = start if text[start : start + 1] in "+-−" else start - 1
    sign = text[at : at + 1] if at >= 0 else ""
    joined = text[max(0, at - 1) : at].isalnum()
    if sign == "+" and not joined:
        return "growth"
    if sign in {"-", "−"} and not joined:
        return "change"
    table = lexicon()
    after = text[end : end + 12].lower()
    for moved, words in table["difference_words"].items():
        if any(re.match(rf"{SP}*{re.escape(word)}\b", after) for word in words):
            return str(moved)
    span = _figure_span(doc, start, end)
    if span is None or case_of(span.root) in _LEVEL_CASES:
        return None  # « réduire le déficit à 3 % du PIB », "cut to 3%": the level reached, not the move
    token = span.root
    for _ in range(3):
        if token.head.i == token.i:
            break
        token = token.head
        lemma = token.lemma_.lower()
        if lemma in table["growth_lemmas"]:
            return "growth"
        if lemma in table["decline_lemmas"]:
            return "change"
        if token.pos_ in {"VERB", "AUX"}:
            break
    return None


_LEVEL_CASES = {"à", "to"}
_PHRASE_CUTS = {"acl:relcl", "acl", "relcl", "appos", "parataxis", "conj", "cc", "advcl", "ccomp", "punct"}
_SUBJECTS = {"nsubj", "nsubj:pass", "nsubjpass", "expl:subj"}  # « Il s'établit à X »: the parser's impersonal il
_OBJECTS = {"obj", "dobj"}
_AGENTS = {"obl:agent", "agent"}  # « annoncée par X »: whose figure a passive verb gives


def _is_agent(token: Token) -> bool:
    """The agent of a participle: so labelled, or an oblique « par X » (the French parser often calls it a
    modifier)."""
    return token.dep_ in _AGENTS or (
        token.dep_.startswith("obl") and any(c.dep_ == "case" and c.lower_ == "par" for c in token.children)
    )


def _metric_named(text: str, head: int) -> str | None:
    """The metric a phrase names: the cue on its head word first (« le chiffre d'affaires dopé par les
    investissements » is revenue), then the longest (« bénéfice net » is net profit, not profit)."""
    best: tuple[bool, int, str] | None = None
    for metric, pattern in metric_patterns():
        for match in pattern.finditer(text):
            rank = (match.start() <= head < match.end(), match.end() - match.start(), metric)
            if best is None or rank[:2] > best[:2]:
                best = rank
    return best[2] if best else None


PHRASE_REACH = 40


def _near_subtree(token: Token) -> set[int]:
    """The indices of a token's subtree (contiguous in a projective parse) within PHRASE_REACH of it: the words
    climbing from a figure to its head has already covered, at a cost that does not grow with the text."""
    low = max(token.left_edge.i, token.i - PHRASE_REACH)
    return set(range(low, min(token.right_edge.i, token.i + PHRASE_REACH) + 1))


def _phrase_words(head: Token, figure: set[int]) -> list[Token]:
    """A phrase's own words in text order: not the figure's, not its relative clauses or appositions, none
    farther than PHRASE_REACH tokens from its head (a parse gone wrong on a list of numbers can chain a whole
    text into one phrase)."""
    words: list[Token] = []
    stack = [head]
    while stack:
        token = stack.pop()
        if token.i not in figure and abs(token.i - head.i) <= PHRASE_REACH:
            words.append(token)
            stack.extend(c for c in token.children if c.dep_ not in _PHRASE_CUTS or _inner_hyphen(c))
    return sorted(words, key=lambda t: t.i)


def _inner_hyphen(token: Token) -> bool:
    """A hyphen inside a word (« long-term »), which the parser splits off as punctuation: still the word's."""
    return token.text in {"-", "‑"} and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_


def _adjectives(head: Token) -> list[Token]:
    """The adjectives of a noun, with those the parser hangs on another of them (« semestriel net »)."""
    found: list[Token] = []
    stack = [c for c in head.children if c.dep_ == "amod"]
    while stack:
        adjective = stack.pop()
        found.append(adjective)
        stack.extend(c for c in adjective.children if c.dep_ == "amod")
    return found


def _phrase_metric(head: Token, figure: set[int]) -> str | None:
    """The metric a noun phrase names, read from its own words, refined by one of its head's adjectives that
    other adjectives may stand between (« le bénéfice semestriel net » is net profit, not profit)."""
    words = _phrase_words(head, figure)
    text = "".join(t.text_with_ws for t in words)
    named = _metric_named(text, sum(len(t.text_with_ws) for t in words if t.i < head.i))
    if named is None:
        return None
    pairs = (f"{head.text} {adjective.text}" for adjective in _adjectives(head))
    refined = [m for m in map(_metric_named, pairs, repeat(0)) if m and m != named and m.endswith(named)]
    # The text itself, from the head on, where the parse cuts the phrase short (« bénéfice net ajusté », with
    # « ajusté » taken for a name): adjusted net profit.
    refined += [m for s, _, _, m in _metric_cues(doc_text(head.doc)) if s == head.idx and m.endswith(named)]
    return max(refined, key=len, default=named)


def _said_of_its_subject(verb: Token, figure: Token) -> bool:
    """« The company said it will cut 10 % of its workforce », « le groupe assure qu'il va supprimer 5 % … »: the
    pronoun subject of a clause reported by a named subject, whose verb acts on the figure (its object, no verb of
    a level), stands for the one who says it, not for a metric named before (« The Bank expects it to peak at 4 % »
    is inflation's level)."""
    reporting = verb.head if verb.dep_ in {"ccomp", "xcomp"} else None
    acts = figure.dep_ in _OBJECTS and figure.head.i == verb.i and verb.lemma_.lower() not in lexicon()["level_lemmas"]
    named = reporting is not None and any(
        c.dep_ in _SUBJECTS and c.pos_ in {"NOUN", "PROPN"} for c in reporting.children
    )
    return acts and named


def _antecedent_metric(text: str, pronoun: Token) -> str | None:
    """« Les ventes ont progressé. Elles se sont élevées à X »: a pronoun subject continues the metric named last
    before it, in its sentence or the one before."""
    sentence = pronoun.sent
    previous = pronoun.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    return _nearest_metric(text, pronoun.idx, pronoun.idx, (previous.start_char, pronoun.idx), "")


_GENITIVES: frozenset[str | None] = frozenset({"de", "du", "des", "d'", "d’", "of"})
# « les abonnés à X » (subscribed to X) and a bare name (« les abonnés X ») may also say whose a figure is; « sur
# ses services X », « 5 % par X » say where or how.
_OWNER_CASES = _GENITIVES | {"à", "au", "aux", "to", None}
_FUNCTION_WORDS = frozenset({"ADP", "ADV", "DET", "PART", "NUM", "SYM", "CCONJ", "SCONJ", "PUNCT"})
_CONTENT_STEPS = 3  # nouns and verbs climbed from a figure before its metric is no longer its own


def _content_heads(token: Token) -> Iterator[Token]:
    """The heads above a token, up to _CONTENT_STEPS nouns, verbs or adjectives: the function words between do not
    count (« dipped 24 percent from a year prior to $2.1 billion »: four words up through « to », « prior », « a
    year » and « from », two of content)."""
    steps = 0
    while steps < _CONTENT_STEPS and token.head.i != token.i:
        token = token.head
        steps += token.pos_ not in _FUNCTION_WORDS
        yield token


def _complements(span: Span, figure: set[int], cases: frozenset[str | None]) -> list[Token]:
    """The noun complements that follow the figure's words, outside the figure, introduced by one of `cases` (None:
    by no preposition): « 12 % de son bénéfice », « 90 millions d'abonnés de X »."""
    return [
        c
        for t in span
        for c in t.children
        if c.i not in figure and c.dep_ == "nmod" and c.i > t.i and case_of(c) in cases
    ]


def metric_in_parse(doc: Doc | None, text: str, start: int, end: int, level: bool = False) -> str | None:
    """What the number measures, read from the parse: its own genitive complement (« 3 milliards d'euros de
    chiffre d'affaires », « un recul de 12 % de son bénéfice net »; not for a `level` percentage, whose complement
    is the base it is taken of: « 4 % du PIB »), else the noun its phrase belongs to (« un chiffre d'affaires de
    X », « une hausse de 5 % des ventes »), else the subject or object of the verb that governs it (« le bénéfice
    net s'établit à X », « celles-ci se sont élevées à X »). None when the parse names no metric."""
    span = _figure_span(doc, start, end)
    if span is None:
        return None
    figure = {t.i for t in span}
    if not level:
        # English says what an amount is with « in » ("$4 million in subsidies", "paid $3 million in fines", where
        # the parser hangs « in » on the verb the amount is the object of): a metric noun there names it.
        holders = [*span, span.root.head] if span.root.dep_ in _OBJECTS else list(span)
        english = _prepositional_objects(holders, "in", after=span.root.i)
        for complement in [*_complements(span, figure, _GENITIVES), *english]:
            metric = _phrase_metric(complement, figure)
            if metric is not None:
                return metric
    token = span.root
    if token.pos_ in {"VERB", "ADJ"}:
        # « les ventes ont doublé », "costs tripled": the figure is the verb itself (a participle the tagger may
        # read as an adjective); its subject is what it moved.
        subjects = (c for c in token.children if c.dep_ in _SUBJECTS and c.pos_ != "PRON")
        metric = next((m for c in subjects if (m := _phrase_metric(c, figure)) is not None), None)
        if metric is not None:
            return metric
    if token.dep_ in {"nmod", "obl", "obl:mod", "pobj"} and case_of(token) in lexicon()["place_cases"]:
        # « 4 000 emplois dans 50 sites », "jobs in 300 stores": a count of where things are, not of the things.
        return None
    for head in _content_heads(token):
        figure |= _near_subtree(token)
        if head.pos_ in {"NOUN", "PROPN"}:
            metric = _phrase_metric(head, figure)
            if metric is not None:
                return metric
            token = head  # « une hausse de 5 % » on its own: the noun the rise belongs to may name it
            continue
        if head.pos_ in {"VERB", "AUX", "ADJ"}:
            arguments = [c for c in head.children if c.i not in figure and (c.dep_ in _SUBJECTS or c.dep_ in _OBJECTS)]
            # A noun argument first: « il a vu son chiffre d'affaires progresser à X » measures the object, not what
            # the pronoun subject stands for.
            for child in arguments:
                metric = _phrase_metric(child, figure) if child.pos_ != "PRON" else None
                if metric is not None:
                    return metric
            for child in arguments:
                if child.dep_ in _SUBJECTS and child.pos_ == "PRON":
                    # A relative (« la série, qui a totalisé X vues ») stands for the noun it follows, and a first or
                    # second person (« nous avons rencontré X acheteurs ») for a speaker: neither is a metric.
                    speaker = {"1", "2"} & set(child.morph.get("Person", []))
                    relative = "Rel" in child.morph.get("PronType", [])
                    agent = _said_of_its_subject(head, span.root)
                    return None if relative or speaker or agent else _antecedent_metric(text, child)
            if _takes_subject_from_clause(head):
                # « le nombre de chômeurs a augmenté pour atteindre X »: the infinitive's subject is the clause's.
                figure |= {head.i}
                continue
            return None
        token = head
    return None


def verb_metric(doc: Doc | None, start: int, end: int) -> str | None:
    """What an amount measures by the verb it is the object of (« perdre 2 milliards d'euros »: a loss; "will
    invest $2 billion": an investment, figures.json money_verbs) or the price it is « pour » / « for » (« vendu pour
    8 millions »: a sale price, price_verbs); None for any other verb."""
    span = _figure_span(doc, start, end)
    if span is None:
        return None
    root = span.root
    if root.dep_ in _OBJECTS and root.head.pos_ == "VERB":
        verbs: dict[str, str] = lexicon()["money_verbs"]
        return verbs.get(root.head.lemma_.lower())
    # « vendu pour 8 millions » (French hangs « pour » on the amount), "sold for $8 million" (English on the verb).
    if root.dep_.startswith("obl") and any(c.dep_ == "case" and c.lower_ == "pour" for c in root.children):
        verb = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "for":
        verb = root.head.head
    else:
        return None
    prices: dict[str, str] = lexicon()["price_verbs"]
    return prices.get(verb.lemma_.lower()) if verb.pos_ == "VERB" else None


def _takes_subject_from_clause(verb: Token) -> bool:
    """An infinitive with no subject of its own that completes another verb (« a augmenté pour atteindre X »)."""
    return (
        "Inf" in verb.morph.get("VerbForm", [])
        and verb.dep_ in {"xcomp", "advcl"}
        and not any(child.dep_ in _SUBJECTS for child in verb.children)
    )


_RATIO_BASE = re.compile(r"\s*(?:du|des|de la|de l'|d'|of(?: the)?)\s*$", re.IGNORECASE)


def _nearest_metric(
    text: str, start: int, end: int, bounds: tuple[int, int], kind: str, level: bool = False
) -> str | None:
    """The metric cue within `bounds` nearest a figure, left of it first (a cue after it counts 1.5 times its
    distance); a multiplier measures the comparison right after it (« dix fois plus rapidement »). The complement
    of a `level` percentage (« 4 % du PIB », « 9% of sales ») is the base it is taken of: another cue of the
    sentence names what it measures (« le déficit atteint 4 % du PIB »), the base only when there is none."""
    low, high = bounds
    best: tuple[float, int, int, str] | None = None
    cues = _metric_cues(text)
    # An amount of money is never a number of things: « supprime 2 000 emplois et lève 3 milliards d'euros ».
    counted = _count_units() if kind == "money" else frozenset()
    for cue_start, cue_end, rank, metric in cues[bisect_left(cues, (low,)) :]:
        if cue_start >= high:
            break
        if cue_end > high or metric in counted:
            continue
        distance: float
        if cue_end <= start:
            distance = start - cue_end
        elif cue_start >= end:
            distance = (cue_start - end) * 1.5
            if level and _RATIO_BASE.fullmatch(text, end, cue_start):
                distance += 2 * CONTEXT_REACH
        else:
            distance = 0
        if kind == "multiplier" and cue_start >= end and cue_start - end < 25:
            distance = -1
        # Ties go to the cue of the earlier lexicon entry, then the earlier cue.
        if best is None or (distance, rank, cue_start) < best[:3]:
            best = (distance, rank, cue_start, metric)
    return best[3] if best else None


@cache
def _count_units() -> frozenset[str]:
    """The things counts count (subscribers, jobs): metrics no amount of money measures."""
    return frozenset(lexicon()["count_nouns"].values())


@lru_cache(maxsize=2)
def _metric_cues(text: str) -> list[tuple[int, int, int, str]]:
    """Every metric cue of the text as (start, end, rank of its lexicon pattern, metric), by start: read once per
    text, not once per figure (a text dense with numbers would otherwise be read again for each of them)."""
    return sorted(
        (match.start(), match.end(), rank, metric)
        for rank, (metric, pattern) in enumerate(metric_patterns())
        for match in pattern.finditer(text)
    )


def find_metric(
    text: str,
    start: int,
    end: int,
    bounds: tuple[int, int],
    kind: str,
    moved: str | None = None,
    parsed: str | None = None,
) -> str | None:
    """What the number measures: the metric the parse names (see metric_in_parse), else the nearest metric cue of
    the sentence; for a percentage that `moved` (see direction), the metric's growth or change."""
    table = lexicon()
    low = bounds[0]
    base = parsed or _nearest_metric(text, start, end, bounds, kind, level=kind == "percent" and moved is None)
    left = text[max(low, start - 30) : start]
    # « la hausse porte le taux à 7,4 % », « rose to $3 billion »: the level reached, not the move; « from $4
    # billion », « contre 5 % »: the level it moved from.
    reached = re.search(
        r"(?:\bà|\bto|\batteint|\breach\w*|\bstands? at|s'établit à|\bfrom|\bcontre|\bversus|\bvs\.?)\W*$",
        left,
        re.IGNORECASE,
    )
    if kind == "percent":
        base = table["rate_of_percent"].get(base or "", base)
        if base == "share price":
            return "share price change"  # a share price in percent is always a move
        if reached:
            return base
        # A rise is growth; a fall or a move of a price is a change (a level is neither: « une marge de 27 % »).
        # What the parse (or the unit, for points) says wins; the words just before decide otherwise.
        for key, suffix in (("growth_patterns", "growth"), ("decline_patterns", "change")):
            said = moved == suffix if moved else any(re.search(p + "$", left, re.IGNORECASE) for p in table[key])
            if said:
                move = f"{base} {suffix}" if base and not base.endswith(suffix) else suffix
                return str(table["named_moves"].get(move, move))
    after = text[end : min(end + 20, bounds[1])].lower()  # within the figure's sentence: « … \n\nL'action X » is not
    if base and kind == "money" and any(p in after for p in table["per_share_patterns"]):
        # An amount per share is per share, however it moved (« fell to $310 million, or 52 cents a share »); a
        # profit per share is what the press calls earnings per share.
        if base in table["profit_metrics"]:
            return "earnings per share"
        return base if base.endswith("per share") or base == "share price" else f"{base} per share"
    if kind == "money" and moved and not reached and base and not base.endswith(("growth", "change", "per share")):
        # « un chiffre d'affaires en hausse de 30 millions »: the amount of the move, not the level.
        return f"{base} {moved}"
    return base


_RATES = {"per_year", "per_month"}


def find_period(
    text: str,
    start: int,
    end: int,
    bounds: tuple[int, int],
    year: str | None,
    unlike: Sequence[int] = (),
) -> str | None:
    """The period the figure covers, from the sentence: a quarter, a year, or a rate (per year). A rate after the
    figure is not its own past a figure of another kind or unit (`unlike`: where those start): « 12 000 chauffeurs
    … leur coûterait 40 millions par an » is a count, not a yearly one; « passer de 15 à 12 puis à 8 appareils par
    an » is a series of rates."""
    low, high = bounds
    hits: list[tuple[int, int, str]] = []
    cues = _period_cues(text)
    for position, rank, kind, match in cues[bisect_left(cues, (low,)) :]:
        if position >= high:
            break
        if match.end() > high:
            continue
        if kind in _RATES and position >= end and any(end <= other < position for other in unlike):
            continue
        label = _period_label(kind, match, year)
        if label:
            distance = start - position if position < start else position - end
            hits.append((rank, abs(distance), label))
    if not hits:
        return None
    # Explicit windows (quarters) outrank rates and bare years; then the nearest.
    return min(hits)[2]


@lru_cache(maxsize=2)
def _period_cues(text: str) -> list[tuple[int, int, str, re.Match[str]]]:
    """Every period cue of the text as (start, rank of its lexicon pattern, kind, match), by start: read once
    per text, not once per figure."""
    cues: list[tuple[int, int, str, re.Match[str]]] = []
    for rank, entry in enumerate(lexicon()["period_patterns"]):
        flags = 0 if entry.get("case_sensitive") else re.IGNORECASE
        cues.extend((match.start(), rank, entry["kind"], match) for match in re.finditer(entry["pattern"], text, flags))
    cues.sort(key=lambda cue: cue[:2])  # matches do not compare
    return cues


def _period_label(kind: str, match: re.Match[str], year: str | None) -> str | None:
    groups = match.groupdict()
    found_year = groups.get("year") or year
    suffix = f" {found_year}" if found_year else ""
    if kind == "quarter_end":
        month = lexicon()["months"].get((groups.get("month") or "").lower())
        return f"Q{(month - 1) // 3 + 1}{suffix}" if month and month % 3 == 0 else None
    if kind == "quarter":
        return f"Q{groups['q']}{suffix}"
    if kind == "quarter_ordinal":
        return f"Q{lexicon()['quarter_ordinals'][groups['ord'].lower()]}{suffix}"
    if kind == "half_ordinal":
        return f"H{lexicon()['quarter_ordinals'][groups['ord'].lower()]}{suffix}"
    if kind == "per_year":
        return "per year"
    if kind == "per_month":
        return "per month"
    if kind == "year":
        return groups.get("year")
    return None


def _work_entities(parsed: ParsedArticle) -> list[tuple[int, int, str]]:
    """Titles of works (spaCy MISC entities) as (start, end, name)."""
    return [
        (ent.start_char, ent.end_char, ent.ent_id_ or ent.text.strip(" «»\"'"))
        for ent in parsed.doc.ents
        if ent.label_ == "MISC" and ent.text[:1].isupper() and len(ent.text) > 3
    ]


def _place_entities(parsed: ParsedArticle) -> list[tuple[int, int, str]]:
    """Places (spaCy LOC / GPE entities) as (start, end, name), without the article the recogniser may keep
    (« l'Italie » is Italie)."""
    found = []
    for ent in parsed.doc.ents:
        if ent.label_ in {"LOC", "GPE"}:
            name = re.sub(r"^(?:l['’]|la |le |les |the )", "", ent.text, flags=re.IGNORECASE)
            found.append((ent.start_char, ent.end_char, name))
    return found


def _owner_of_phrase(head: Token, figure: set[int], owners: list[tuple[int, int, str]]) -> str | None:
    """The owner a phrase names: the one on its head word, else the first in its words (« le bénéfice de X »)."""
    spans = [(t.idx, t.idx + len(t)) for t in _phrase_words(head, figure)]
    for low, high in [(head.idx, head.idx + len(head)), *spans]:
        named = [name for s, e, name in owners if s < high and low < e]
        if named:
            return named[0]
    return None


def own_owner(doc: Doc | None, start: int, end: int, owners: list[tuple[int, int, str]]) -> str | None:
    """The owner the figure's own words name: the complement of the figure or of its counted noun (« les 9 % du
    groupe X », « les 238 millions d'abonnés de X »), or the agent of a participle on it (« 700 avions livrés par
    X »)."""
    span = _figure_span(doc, start, end)
    if span is None:
        return None
    figure = {t.i for t in span}
    complements = _complements(span, figure, _OWNER_CASES)
    complements += [
        agent
        for t in span
        for c in t.children
        if c.dep_ == "acl" and c.i > t.i and "Part" in c.morph.get("VerbForm", [])
        for agent in c.children
        if _is_agent(agent)
    ]
    return next((o for o in (_owner_of_phrase(c, figure, owners) for c in complements) if o is not None), None)


_GENITIVE_CASES = frozenset({"de", "d'", "d’", "du", "des", "of"})


def _genitives(noun: Token, depth: int = 3) -> Iterator[Token]:
    """The nouns in the genitive of a noun after it, and in theirs (« le chiffre d'affaires de X »: affaires, X)."""
    for child in noun.children:
        possessive = child.dep_ in {"poss", "nmod:poss"}
        if possessive or (child.dep_ == "nmod" and child.i > noun.i and case_of(child) in _GENITIVE_CASES):
            yield child
            if depth > 1:
                yield from _genitives(child, depth - 1)


_FIGURE_TO_VERB = {"obj", "dobj", "obl", "obl:arg", "obl:mod", "nmod", "pobj", "prep"}  # a figure's way up to its verb


def named_owner(doc: Doc | None, start: int, end: int, names: list[tuple[int, int, str]]) -> str | None:
    """The name that is the subject whose figure this is, or stands in its genitive (« X a annoncé un chiffre
    d'affaires de 3 milliards », « le chiffre d'affaires de X a reculé de 12 % », « X's revenue rose 5% »), or in the
    figure's own genitive (« 86 millions d'euros de ventes de X »): only there does a name the recogniser did not
    take for an organisation own a company's figure."""
    span = _figure_span(doc, start, end)
    if span is None:
        return None
    nouns = list(_genitives(span.root))  # the figure itself is never its owner, only its genitives
    token = span.root
    for _ in range(3):  # « … annoncé un chiffre d'affaires de 3 milliards »: figure, its noun, the verb
        if token.dep_ not in _FIGURE_TO_VERB or token.head.i == token.i:
            break
        token = token.head
        if token.pos_ in {"VERB", "AUX"}:
            subjects = [c for c in token.children if c.dep_ in _SUBJECTS]
            nouns += [noun for subject in subjects for noun in (subject, *_genitives(subject))]
            break
    return next((name for noun in nouns for s, e, name in names if s <= noun.idx < e), None)


SET_AGAINST_REACH = 40  # characters from a figure set against another to the name « pour » gives it


@cache
def _set_against_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = lexicon()
    against = re.compile(rf"(?:^|[\s,(])(?:{_alternation(table['comparison_words'])}){SP}+$", re.IGNORECASE)
    holder = re.compile(rf"{SP}*(?:{_alternation(table['holder_words'])}){SP}+", re.IGNORECASE)
    return against, holder


def set_against_owner(text: str, start: int, end: int, owners: list[tuple[int, int, str]]) -> str | None:
    """« 1 240 commandes contre 860 pour son rival X », "7.4% against 6% for Italy": a figure set against another
    and followed by « pour » / "for" and a name is that name's, whoever the sentence is about."""
    against, holder = _set_against_patterns()
    follows = holder.match(text, end)
    if not against.search(text[max(0, start - 30) : start]) or follows is None:
        return None
    reach = follows.end() + SET_AGAINST_REACH
    named = [(s, name) for s, e, name in owners if follows.end() <= s and e <= reach]
    if not named or _sentence_break(text[follows.end() : min(named)[0]]):
        return None
    return min(named)[1]


def owner_in_parse(doc: Doc | None, start: int, end: int, owners: list[tuple[int, int, str]]) -> str | None:
    """Whose number it is, read from the parse: the owner named in the phrase the number belongs to (« le chiffre
    d'affaires de X »), else in the subject or object of the verb that governs it (« X a annoncé une marge de … »),
    climbing through a participle or a coordinated verb (« X a publié ses comptes, affichant … »)."""
    owner = own_owner(doc, start, end, owners)
    span = _figure_span(doc, start, end)
    if owner is not None or span is None:
        return owner
    figure = {t.i for t in span}
    token = span.root
    for _ in range(4):
        head = token.head
        if head.i == token.i:
            return None
        figure |= _near_subtree(token)
        if head.pos_ in {"VERB", "AUX", "ADJ"}:
            for child in sorted(head.children, key=lambda c: c.dep_ not in _SUBJECTS):
                if child.i not in figure and (child.dep_ in _SUBJECTS or child.dep_ in _OBJECTS | _AGENTS):
                    owner = _owner_of_phrase(child, figure, owners)
                    if owner is not None:
                        return owner
            if head.dep_ not in {"conj", "xcomp", "advcl", "acl"}:
                return None
        elif head.pos_ in {"NOUN", "PROPN"} and not _possessed(head):
            owner = _owner_of_phrase(head, figure, owners)
            if owner is not None:
                return owner
        token = head
    return None


def _possessed(noun: Token) -> bool:
    """« son accord avec X », « its deal with X »: a possessive says the phrase is the subject's, whatever other
    name its complements hold."""
    return any(c.dep_ in {"det", "poss"} and "Yes" in c.morph.get("Poss", []) for c in noun.children)


def _first_person(token: Token) -> bool:
    """« nous », « notre », « we », « our », and « on » (in speech, the speaker's side: « on a livré »)."""
    return "1" in token.morph.get("Person", []) or token.lower_ in lexicon()["first_person_words"]


def _ours(token: Token) -> bool:
    """A first-person word, or a noun it determines (« notre chiffre d'affaires », « our board »)."""
    return _first_person(token) or any(
        c.dep_ in {"det", "poss", "nmod:poss"} and _first_person(c) for c in token.children
    )


def said_in_first_person(doc: Doc | None, start: int, end: int) -> bool:
    """Whether the speaker gives the figure as their own: the verb that governs it, or the verb an infinitive that
    governs it depends on (« nous avons décidé de couper 300 postes »), has a first-person subject, or a noun on
    the way up has a first-person possessive (« notre chiffre d'affaires de X », « our 5% margin »)."""
    span = _figure_span(doc, start, end)
    if span is None:
        return False
    token = span.root
    for _ in range(6):
        if token.pos_ in {"NOUN", "PROPN"} and _ours(token):
            return True
        if token.pos_ in {"VERB", "AUX"}:
            subjects = [c for c in token.children if c.dep_ in _SUBJECTS]
            if subjects:
                return any(_ours(subject) for subject in subjects)
            # An infinitive or a participle has no subject of its own (« passer de 20 appareils produits à 14 »):
            # the clause it belongs to gives it.
            untensed = {"Inf", "Part"} & set(token.morph.get("VerbForm", []))
            if not untensed and token.dep_ not in {"xcomp", "advcl", "conj"}:
                return False
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def speaker_owner(quote: Quote | None, mentions: list[Mention]) -> str | None:
    """The organisation a speaker speaks for: the speaker if it is one, else the employer their title names."""
    if quote is None or quote.speaker is None:
        return None
    named = [m for m in mentions if m.name == quote.speaker]
    if any(m.kind == "organization" for m in named):
        return quote.speaker
    return next((m.affiliation for m in named if m.affiliation), None)


def find_entity(
    parsed: ParsedArticle,
    organisations: list[tuple[int, int, str]],
    start: int,
    end: int,
    metric: str | None,
    sentences: list[Sentence],
    doc: Doc | None,
    people: Sequence[tuple[int, int, str]] = (),
    not_companies: frozenset[str] = frozenset(),
    unlisted: Sequence[tuple[int, int, str]] = (),
) -> str | None:
    """Whose number it is: the owner the parse names (see owner_in_parse), else the nearest of the article's
    `organisations` (or work, for audience figures; or `people`, for what a person is paid) before it in the
    sentence, then in the previous sentences, then the article's most mentioned one. `organisations` come without
    the sources figures are cited from (see _owners_only). A company's result is not given by proximity to one of
    `not_companies` (the unions, regulators and trade bodies named)."""
    owners = list(organisations)
    if metric in lexicon()["work_metrics"]:
        owners += _work_entities(parsed)
    base = metric.removesuffix(" target").removesuffix(" forecast") if metric else None
    base = base.removesuffix(" growth").removesuffix(" change") if base else None
    earned = base in lexicon()["person_metrics"] and bool(people)
    if earned:
        # A salary is the person's who earns it, not the employer's who pays it.
        owners = organisations = list(people)
    home = None
    if base in lexicon()["place_metrics"]:
        # A country's unemployment or debt is the country's, whoever publishes it (« selon l'institut »).
        places = _owners_only(parsed.article.body, _place_entities(parsed))
        if places:
            owners = places
            organisations = places
        else:
            home = home_country(parsed.article.body)
    owners.sort()
    parsed_owner = set_against_owner(parsed.article.body, start, end, owners) or owner_in_parse(doc, start, end, owners)
    company_result = base in lexicon()["company_metrics"]
    if parsed_owner is None and company_result:
        parsed_owner = named_owner(doc, start, end, sorted(unlisted))
    if parsed_owner is not None or home is not None:
        return parsed_owner or home
    if company_result:
        owners = [owner for owner in owners if owner[2] not in not_companies]
        organisations = [owner for owner in organisations if owner[2] not in not_companies]
    index = next((i for i, s in enumerate(sentences) if s.start <= start < s.end), None)
    windows: list[tuple[int, int]] = []
    if index is not None:
        windows.append((sentences[index].start, start))
        # A person named in a sentence before is often someone else who acts in the story (an agent, a minister);
        # the person the article is about is the one it names most.
        reach = 0 if earned else 4
        if sentences[index].is_heading and index + 1 < len(sentences):
            # A heading announces the paragraph below it: that paragraph names whose figure it is.
            windows.append((sentences[index + 1].start, sentences[index + 1].end))
        windows.extend(
            (sentences[i].start, sentences[i].end)
            for i in range(index - 1, max(-1, index - reach), -1)
            if sentences[i].paragraph == sentences[index].paragraph
        )
    else:
        windows.append((max(0, start - 300), start))
    for low, high in windows:
        inside = [name for s, e, name in owners if low <= s and e <= high]
        if inside:
            return inside[-1]
    # The article's own subject, named again and again, and named before the figure (or the lede's figure, before
    # the body names what the headline did); one named once, or only later (a source, a bystander), owns nothing
    # by default.
    counts = Counter(name for _s, _e, name in organisations)
    # The lede's figure may belong to the organisation the next paragraph names, not to one named far below.
    announced = parsed.lede_end(2) if start < parsed.lede_end() else start
    known = {name for s, _e, name in organisations if s < announced}
    counts = Counter({name: n for name, n in counts.items() if n >= FALLBACK_MIN_MENTIONS and name in known})
    return max(counts, key=lambda name: counts[name]) if counts else None


FALLBACK_MIN_MENTIONS = 2  # mentions that make an organisation the article's subject, owner of its unowned figures


@cache
def _institution_pattern() -> re.Pattern[str]:
    names = [name for names in lexicon()["institution_countries"].values() for name in names]
    alternation = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")


@cache
def _country_of_institution() -> dict[str, str]:
    return {name: country for country, names in lexicon()["institution_countries"].items() for name in names}


@lru_cache(maxsize=2)
def home_country(text: str) -> str | None:
    """The country whose national institutions the text names most (« selon l'Insee », « the Bank of England »; the
    first named on a tie), for a country's figure in a text that names no place; None when it names none. Read once
    per text, not once per figure."""
    countries = Counter(_country_of_institution()[m.group()] for m in _institution_pattern().finditer(text))
    return max(countries, key=lambda country: countries[country]) if countries else None


@cache
def _not_owner_pattern() -> re.Pattern[str]:
    # A description may stand between the marker and the name (« selon le cabinet X »), and the spelled-out
    # name before an acronym in brackets (« au sens du Bureau international du travail (BIT) »).
    article = rf"(?:l['’]|la{SP}|le{SP}|les{SP}|the{SP})?"
    return re.compile(
        rf"\b{_alternation(lexicon()['not_owner_markers'])}{SP}*{article}"
        rf"(?:[^\W\d][\w'’-]*{SP}+){{0,2}}(?:[A-ZÉÈ][^().;]{{0,60}}\({SP}*)?$",
        re.I,
    )


def _owners_only(text: str, candidates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The candidates that may own a figure: not the source it is cited from (« selon l'Insee », « au sens du
    BIT ») nor what it leaves out (« hors Mayotte »)."""
    pattern = _not_owner_pattern()
    return [c for c in candidates if not pattern.search(text[max(0, c[0] - 100) : c[0]])]


_NOT_OWNERS = frozenset({"media", "brand"})


def _organisations(mentions: list[Mention]) -> list[tuple[int, int, str]]:
    """(start, end, name) of the organisations a figure may belong to: the mentions, media and brands excepted
    (« la division mode (A, B, C) a réalisé 21 milliards »: the group's sales, not its listed brands'), and, where a
    person whose employer is known is named, that employer (« Marc Dulac a annoncé 300 embauches »: his company's)."""
    return [
        (m.start, m.end, m.name if m.kind == "organization" else str(m.affiliation))
        for m in mentions
        if (m.kind == "organization" and m.role not in _NOT_OWNERS) or (m.kind == "person" and m.affiliation)
    ]


def unlisted_names(parsed: ParsedArticle, mentions: list[Mention]) -> list[tuple[int, int, str]]:
    """(start, end, name) of the proper names that may be a company the recogniser missed: names no mention covers
    and that name no person, and lone words taken for a person the article never names in full (« Valmont a
    annoncé un chiffre d'affaires »: a company's name the recogniser read as a surname)."""
    taken = [(m.start, m.end) for m in mentions]
    free = [
        (ent.start_char, ent.end_char, ent.text)
        for ent in parsed.doc.ents
        if ent.label_ in {"ORG", "LOC", "GPE", "MISC"}
        and all(t.pos_ == "PROPN" for t in ent)
        and all(ent.end_char <= s or e <= ent.start_char for s, e in taken)
    ]
    lone = [
        (m.start, m.end, m.name)
        for m in mentions
        if m.kind == "person" and " " not in m.name and m.source != "gazetteer"
    ]
    return free + lone


def _article_year(date: str | None) -> str | None:
    return date[:4] if date and re.fullmatch(r"\d{4}.*", date) else None


def extract_figures(parsed: ParsedArticle, mentions: list[Mention], quotes: Sequence[Quote] = ()) -> list[Figure]:
    """Every figure the article cites, in text order; a figure a speaker gives in the first person within one of
    the `quotes` (« nous avons livré 300 avions ») is the figure of the organisation they speak for."""
    body = parsed.article.body
    language = "en" if parsed.article.language == "en" else "fr"
    # The parse is read only where it is of the body itself (its offsets are the figures' offsets), and only when
    # there is a dependency parse: spaCy walks the tree of a doc no parser has set (a language without a model)
    # through uninitialised memory, and a long one crashes the process.
    parsed_text = doc_text(parsed.doc)
    doc = parsed.doc if len(parsed_text) == len(body) and parsed.doc.has_annotation("DEP") else None
    text = _masked_text(body if doc is None else parsed_text)
    found = find_candidates(text, language, doc)
    found += implied_money(text, language, found)
    found += elided_amounts(text, language, found, doc)
    found += elided_operands(text, language, found, doc)
    kept = _parts_in_unit_of_whole(text, settle(found))
    kept = settle(kept + _breakdown_in_brackets(text, language, kept))
    pairs = _link_candidates(text, language, kept)
    for first, _, _ in pairs:
        if first not in kept:
            kept.append(first)
    kept = [cand for cand in settle(kept) if not _counts_sources(doc, cand, language, quotes)]
    equivalents = _equivalents(text, kept)
    year = _article_year(parsed.article.date)
    organisations = _owners_only(body, _organisations(mentions))  # once per article, not per figure
    people = [(m.start, m.end, m.name) for m in mentions if m.kind == "person"]
    unlisted = _owners_only(body, unlisted_names(parsed, mentions)) if doc is not None else []
    not_companies = frozenset(m.name for m in mentions if m.kind == "organization" and not may_be_company(m.role))
    figures: list[Figure] = []
    job_shares = {"jobs", *(f"share of {unit}" for unit in lexicon()["job_units"])}
    for cand in kept:
        span = _figure_span(doc, cand.start, cand.end)
        bounds = _near(_sentence_of(parsed.sentences, cand.start, len(text)), cand.start, cand.end)
        moved = direction(doc, text, cand.start, cand.end) if cand.kind in {"percent", "money"} else None
        if moved and in_points(text[cand.start : cand.end], language):
            moved = "change"  # points measure the difference of a rate, never its relative growth
        parsed_metric = metric_in_parse(doc, text, cand.start, cand.end, level=cand.kind == "percent" and not moved)
        if cand.kind == "count" and parsed_metric in lexicon()["amount_only_metrics"]:
            parsed_metric = None  # a count of people or things is no deal's value nor offer's price
        if cand.kind == "money" and parsed_metric in _count_units():
            parsed_metric = None  # nor is an amount a number of subscribers
        metric = find_metric(text, cand.start, cand.end, bounds, cand.kind, moved, parsed_metric)
        verbal = verb_metric(doc, cand.start, cand.end) if cand.kind == "money" and parsed_metric is None else None
        # The verb whose object the amount is says what it measures better than a word nearby (« agreed to pay $1
        # billion » is a payment, not the salary "pay" may name).
        metric = verbal or metric
        if cand.kind == "percent" and moved is None and metric in lexicon()["amounts_never_in_percent"]:
            metric = None  # « 70 % ont voté pour l'accord » is no deal's value: a level percentage is not an amount
        if cand.kind == "count" and parsed_metric in {None, cand.unit}:
            metric = count_metric(cand.unit, _gained_or_lost(span), _act(span))
            # The qualifiers are those of the counted noun, wherever it stands (« les commandes nettes : 1 240 »).
            noun = _figure_span(doc, *cand.counted) if cand.counted else span
            metric = qualified_count(noun, metric) if metric == cand.unit else metric
            impact = _impact(span) if metric == cand.unit else None
            metric = f"{metric} {impact}" if impact else metric
        if cand.kind == "percent" and moved is None:
            # « 70 % des abonnés » is a share of the subscribers, not a number of them.
            shared = share_of(doc, text, cand.start, cand.end)
            if shared and metric in {None, shared}:
                # « 20 % des emplois seront touchés »: the share of the jobs affected.
                impact = _impact(span)
                metric = f"share of {shared} {impact}" if impact else f"share of {shared}"
            if metric in job_shares and _act(span) == "cuts":
                # « supprimer 10 % de ses effectifs »: the share of jobs cut is the fall of the workforce.
                metric = lexicon()["named_moves"]["jobs change"]
        if cand.kind == "percent" and moved is None and (metric in {None, "growth"} or _weak_for_a_whole(metric)):
            # The whole outweighs a word of the sentence that names no rate (the subject « les abonnés » of « passent
            # 9 % de leur temps », the « up » of "made up 12% of the market"), not a metric cue (« droits de vote »).
            metric = whole_metric(doc, cand.start, cand.end, organisations) or metric
        if cand.kind == "percent" and moved is None and took_part(doc, cand.start, cand.end):
            metric = "turnout"
        if (
            cand.kind == "percent"
            and metric in {None, "growth", "GDP"}
            and _economic_growth(doc, text, cand.start, cand.end)
        ):
            metric = "GDP growth"
        if cand.kind != "duration":
            metric = aimed(metric, aim_of(doc, cand.start, cand.end), counted=metric == cand.unit)
        if cand.kind in {"percent", "money"}:  # a margin of votes or of seats is no margin of a profit
            metric = qualified_profit(text, qualified_margin(text, cand.start, metric))
        unlike = [other.start for other in kept if (other.kind, other.unit) != (cand.kind, cand.unit)]
        period = find_period(text, cand.start, cand.end, bounds, year, unlike) if cand.kind != "duration" else None
        quote = next((q for q in quotes if q.start <= cand.start and cand.end <= q.end), None)
        # The parse is climbed only for a figure inside an attributed quotation: elsewhere no speaker owns it.
        attributed = quote is not None and quote.speaker is not None
        spoken_for = (
            speaker_owner(quote, mentions) if attributed and said_in_first_person(doc, cand.start, cand.end) else None
        )
        if spoken_for is not None:
            # « les 2 milliards identifiés par X », said by someone else: the figure's own words name its owner.
            spoken_for = own_owner(doc, cand.start, cand.end, sorted(organisations)) or spoken_for
        entity = spoken_for or find_entity(
            parsed, organisations, cand.start, cand.end, metric, parsed.sentences, doc, people, not_companies, unlisted
        )
        figures.append(
            Figure(
                body[cand.start : cand.end],
                cand.kind,
                round(cand.value, 6),
                cand.unit,
                metric,
                entity,
                period,
                None,
                cand.start,
                cand.end,
                implied_unit=cand.implied,
                qualifier=find_qualifier(text, cand.start, bounds[0]),
                forecast=is_forecast(doc, text, cand.start, cand.end, bounds[0]),
            )
        )
    for index, source in equivalents.items():
        figures[index] = replace(figures[index], equivalent_of=figures[source].surface, metric=figures[source].metric)
    starts = {figure.start: i for i, figure in enumerate(figures)}
    for index, cand in enumerate(kept):
        # A part of a count, or a bare number set against a figure, measures what that figure measures, unless its
        # own words name what it measures (« il visait un milliard de bénéfice, pour 5 milliards d'euros de ventes »).
        measured_as = cand.part_of if cand.part_of is not None else cand.against
        own_words = cand.part_of is None and figures[index].metric not in {None, cand.unit}
        if measured_as in starts and not own_words:
            figures[index] = replace(figures[index], metric=figures[starts[measured_as]].metric)
    for first, second, link in pairs:
        a, b = starts.get(first.start), starts.get(second.start)
        if a is None or b is None:
            continue
        metric = figures[a].metric or figures[b].metric
        if link == "change":
            figures[b] = replace(figures[b], change_from=figures[a].surface, metric=metric)
            figures[a] = replace(figures[a], metric=metric)
        else:
            figures[a] = replace(figures[a], range_with=figures[b].surface, metric=metric)
            figures[b] = replace(figures[b], range_with=figures[a].surface, metric=metric)
    return figures
