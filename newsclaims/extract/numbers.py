"""Numbers as French and English articles write them: digits with separators, decimal commas, words, scales."""

from __future__ import annotations

import math
import re
from functools import cache

from text_to_num import text2num

from newsclaims.extract import rules

# Plain, no-break and narrow no-break spaces all separate thousands in French typography.
SPACES = " \u00a0\u202f"
_SP = f"[{SPACES}]"

# French: "45 000", "900.000", "125.000,50", "11,5", "3.5" (a dot before other than three digits is a decimal).
DIGITS_FR = rf"\d{{1,3}}(?:{_SP}\d{{3}})+(?:,\d+)?(?!\d)|\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?(?![\d.])|\d+(?:[,.]\d+)?"
# English: "1,200", "4.2".
DIGITS_EN = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:\.\d+)?"


MAX_NUMBER_WORDS = 12


def digits_pattern(language: str = "fr") -> str:
    """The regular expression of a number written in digits (no sign, no scale) for a language."""
    return DIGITS_EN if language == "en" else DIGITS_FR


@cache
def number_words() -> dict[str, int]:
    return {word: int(value) for word, value in rules.load("figures")["number_words"].items()}


@cache
def words_pattern() -> str:
    """A run of number words joined by hyphens, spaces or 'et' ("cent vingt-deux", "vingt et un")."""
    words = sorted(number_words(), key=len, reverse=True)
    word = r"(?:" + "|".join(re.escape(w) for w in words) + r")"
    # At most MAX_NUMBER_WORDS words: the longest number written out in the press (« quatre-vingt-dix-neuf mille
    # neuf cent quatre-vingt-dix-neuf ») has eleven; an unbounded run made the patterns quadratic on a text of
    # number words.
    return rf"\b{word}(?:(?:-et-|{_SP}et{_SP}|-|{_SP}and{_SP}|{_SP}){word}){{0,{MAX_NUMBER_WORDS - 1}}}\b"


@cache
def scales(language: str = "fr") -> dict[str, float]:
    table = rules.load("figures")["scales"]
    return {word: float(value) for word, value in table.get(language, table["fr"]).items()}


def scale_pattern(language: str = "fr") -> str:
    """Scale words and abbreviations, longest first ("milliards", "Md", "bn", "k")."""
    words = sorted(scales(language), key=len, reverse=True)
    return r"(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w])"


def parse_digits(text: str, language: str = "fr") -> float | None:
    """The value of a number written in digits, French separators by default ("900.000" = 900000, "11,5")."""
    raw = re.sub(_SP, "", text.strip())
    if not raw or not re.fullmatch(r"[\d.,]+", raw) or not raw[0].isdigit():
        return None
    if language == "en":
        return _float(raw.replace(",", "")) if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", raw) else _float(raw)
    if "," in raw:
        integer, _, decimals = raw.rpartition(",")
        return _float(integer.replace(".", "") + "." + decimals)
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", raw):
        return _float(raw.replace(".", ""))
    return _float(raw)


def _float(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def parse_words(text: str) -> int | None:
    """The value of spelled-out number words ("cent vingt-deux" = 122), or None when they are not a number."""
    cleaned = re.sub(_SP + "+", " ", text.strip().lower())
    if not cleaned or len(re.split(r"[ -]+", cleaned)) > MAX_NUMBER_WORDS:
        return None
    try:
        return int(text2num(cleaned, "fr"))
    except ValueError:
        pass
    try:
        return int(text2num(cleaned, "en"))
    except ValueError:
        pass
    # text2num refuses some regional or loose spellings ("septante", "cinq cent trente cinq"): sum by hand.
    return _sum_words(cleaned)


def _sum_words(cleaned: str) -> int | None:
    values = number_words()
    total, current = 0, 0
    for word in re.split(r"[ -]+", cleaned):
        if word in {"et", "and"}:
            continue
        if word not in values:
            return None
        value = values[word]
        if value == 1000:
            total += max(current, 1) * 1000
            current = 0
        elif value == 100:
            current = max(current, 1) * 100
        else:
            current += value
    return total + current


@cache
def _scales_longest_first(language: str) -> tuple[str, ...]:
    return tuple(sorted((word.lower() for word in scales(language)), key=len, reverse=True))


def _split_scale(text: str, language: str) -> tuple[str, str | None]:
    """« 11,5 milliards » -> (« 11,5 », « milliards »), « 4.2bn » -> (« 4.2 », « bn »), « trois millions de » is no
    number with a scale; a text that ends on no scale word -> (text, None). Read from the end of the text, with no
    pattern that could try every split of a long text (« (.*?) *scale » is quadratic over a run of spaces)."""
    lowered = text.lower()
    for word in _scales_longest_first(language):
        if lowered.endswith(word):
            number = re.sub(rf"(?:de{_SP}|d')$", "", text[: len(text) - len(word)], flags=re.IGNORECASE)
            return number.rstrip(SPACES), word
    return text, None


def parse_number(text: str, language: str = "fr") -> float | None:
    """Digits or number words, with an optional scale ("11,5 milliards", "3,1 Md", "trois milliards", "4.2bn")."""
    text = text.strip()
    multiplier = 1.0
    number, scale = _split_scale(text, language)
    if scale is not None and number.strip():
        multiplier = scales(language)[scale]
        text = number
    value = parse_digits(text, language)
    if value is None:
        value = parse_words(text)
    return None if value is None else value * multiplier


def written_step(surface: str, value: float) -> float:
    """The precision a figure was written with, in its own units: one unit of its last written digit
    (« 11,08 milliards »: 0,01 milliard; « 11 milliards »: 1 milliard; « 2,4 % »: 0,1). A group of three digits
    after the last separator is read as thousands (« 1.200 », « 1,200 »); a number in words is exact below a
    thousand, else as precise as its leading digit (« deux milliards »: 1 milliard)."""
    digits = re.search(r"\d(?:[\d.,]|[ \u00a0\u202f](?=\d{3}))*", surface)
    magnitude = 10 ** math.floor(math.log10(abs(value))) if value else 1.0
    if digits is None:  # « dix » is exact; « deux milliards » is as precise as its scale
        return float(magnitude) if abs(value) >= 1000 else 1.0
    written = digits.group().rstrip(".,")
    separators = [i for i, char in enumerate(written) if char in ".,"]
    decimals = len(written) - separators[-1] - 1 if separators else 0
    if decimals == 3 and written[separators[-1]] == written[separators[0]]:
        decimals = 0  # « 1.200 », « 45,000 »: a thousands separator
    number = float(re.sub(r"\D", "", written)) / 10**decimals
    scale = abs(value / number) if number else 1.0
    return scale / 10**decimals


def quantities_agree(a: float, step_a: float, b: float, step_b: float) -> bool:
    """Equal up to the rounding of the less precise one: « 11,1 milliards » and « 11,08 milliards » agree,
    « 2,4 millions » and « 2,5 millions » do not."""
    return abs(a - b) <= max(step_a, step_b) / 2 + 1e-9 * max(abs(a), abs(b))
