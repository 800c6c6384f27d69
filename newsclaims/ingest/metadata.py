"""Article metadata: title, date with its precision, author, outlet and language."""

from __future__ import annotations

import re
from functools import cache

import py3langid
from dateparser.date import DateDataParser

from newsclaims.extract import rules
from newsclaims.ingest.clean import CleanText, metadata_parts, plain_apostrophes

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«\"“A-ZÀ-Ý0-9])")


@cache
def _abbreviation() -> re.Pattern[str]:
    """A known abbreviation right before a full stop (« Warner Bros. », « M. », « Inc. »): no sentence end."""
    words = "|".join(map(re.escape, rules.load("boilerplate")["abbreviations"]))
    return re.compile(rf"(?:^|[\s(])(?:{words})\.$")


TITLE_MAX_CHARS = 110


@cache
def _date_parser() -> DateDataParser:
    return DateDataParser(languages=["fr", "en"], settings={"PREFER_DAY_OF_MONTH": "first"})


def parse_date(text: str | None) -> str | None:
    """'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' for a date expression, keeping its precision; None if it has no year.

    A date without a year would be completed from today by dateparser: such dates are refused.
    """
    if not text or not _YEAR.search(text):
        return None
    iso = _ISO_DATE.match(text.strip())
    if iso:
        return "-".join(part for part in iso.groups() if part)
    data = _date_parser().get_date_data(text)
    if data.date_obj is None:
        return None
    formats = {"year": "%Y", "month": "%Y-%m"}
    return data.date_obj.strftime(formats.get(data.period or "day", "%Y-%m-%d"))


def derive_title(body: str) -> str:
    """A title from the lede: its first sentence, cut at a word boundary."""
    lede = next((line for line in body.split("\n") if line.strip()), "").strip()
    ends = (m.start() for m in _SENTENCE_END.finditer(lede) if not _abbreviation().search(lede, 0, m.start()))
    first = lede[: next(ends, len(lede))].rstrip(" .")
    if len(first) <= TITLE_MAX_CHARS:
        return first
    return first[:TITLE_MAX_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:–-") + "…"


def find_author(cleaned: CleanText) -> str | None:
    candidates = cleaned.removed + cleaned.signature + cleaned.body.split("\n")[:3]
    for line in candidates:
        for pattern in rules.load("boilerplate")["byline_patterns"]:
            match = re.fullmatch(pattern, plain_apostrophes(line.strip()))
            if match and match.group("author")[0].isupper():
                return match.group("author")
    # A name line in the signature block followed by a bio is the byline.
    names = [line for line in cleaned.signature if len(line.split()) <= 4 and not line.endswith(".")]
    return names[0] if names else None


def find_outlet(cleaned: CleanText) -> str | None:
    for line in cleaned.signature + cleaned.removed:
        for pattern in rules.load("boilerplate")["outlet_patterns"]:
            match = re.search(pattern, plain_apostrophes(line))
            if match:
                return match.group("outlet").rstrip(".")
    return None


def find_date(cleaned: CleanText) -> str | None:
    if cleaned.leading_date:
        return parse_date(cleaned.leading_date)
    head = cleaned.body.split("\n")[:3]
    lines = [part for line in cleaned.removed + cleaned.signature + head for part in metadata_parts(line)]
    for line in lines:
        for pattern in rules.load("boilerplate")["date_line_patterns"]:
            match = re.match(pattern, line)
            if match:
                found = parse_date(match.group("date"))
                if found:
                    return found
    return None


def detect_language(text: str) -> str:
    language, _score = py3langid.classify(text[:5000])
    return str(language)
