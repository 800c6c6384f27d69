"""French and English number parsing: separators, decimal comma, spaces, scales and words."""

from __future__ import annotations

import pytest

from newsclaims.extract.numbers import parse_digits, parse_number, parse_words, quantities_agree, written_step


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("900.000", 900_000),
        ("900 000", 900_000),
        ("900\u00a0000", 900_000),
        ("900\u202f000", 900_000),
        ("1 250 000", 1_250_000),
        ("125.000,50", 125_000.5),
        ("11,5", 11.5),
        ("12,345", 12.345),
        ("3.5", 3.5),
        ("2023", 2023),
        ("abc", None),
    ],
)
def test_parse_digits_french(text: str, expected: float | None) -> None:
    assert parse_digits(text) == pytest.approx(expected) if expected is not None else parse_digits(text) is None


@pytest.mark.parametrize(("text", "expected"), [("1,200", 1200), ("4.2", 4.2), ("12,345,678.5", 12_345_678.5)])
def test_parse_digits_english(text: str, expected: float) -> None:
    assert parse_digits(text, "en") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cent vingt-deux", 122),
        ("trois", 3),
        ("vingt et un", 21),
        ("quatre-vingt-dix", 90),
        ("cinq cent trente cinq", 535),
        ("septante-huit", 78),
        ("mille deux cents", 1200),
        ("pomme", None),
    ],
)
def test_parse_words(text: str, expected: int | None) -> None:
    assert parse_words(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11,5 milliards", 11_500_000_000),
        ("3,1 Md", 3_100_000_000),
        ("20 M", 20_000_000),
        ("20 k", 20_000),
        ("trois milliards", 3_000_000_000),
        ("cent vingt-deux millions", 122_000_000),
        ("1,6 millions", 1_600_000),
        ("cinq millions", 5_000_000),
        ("2 millions de", None),  # « de » after the scale: no number with a scale
        ("3\u202f000 milliards", 3_000_000_000_000),
        ("3" + " " * 5000 + "milliards", 3_000_000_000),  # a long run of spaces is read once, not split every way
    ],
)
def test_parse_number_with_scale(text: str, expected: float | None) -> None:
    assert parse_number(text) == (None if expected is None else pytest.approx(expected))


@pytest.mark.parametrize(("text", "expected"), [("4.2bn", 4_200_000_000), ("1 billion", 1_000_000_000)])
def test_parse_number_english_scale(text: str, expected: float) -> None:
    assert parse_number(text, "en") == pytest.approx(expected)


@pytest.mark.parametrize(
    ("surface", "value", "step"),
    [
        ("11,08 milliards d'euros", 11.08e9, 1e7),
        ("11 milliards d'euros", 11e9, 1e9),
        ("2,4 %", 2.4, 0.1),
        ("1.200 salariés", 1200, 1),
        ("45,000 jobs", 45000, 1),
        ("$2.1 billion", 2.1e9, 1e8),
        ("trois milliards", 3e9, 1e9),
        ("douze studios", 12, 1),
    ],
)
def test_written_step_is_the_last_written_digit(surface: str, value: float, step: float) -> None:
    assert written_step(surface, value) == pytest.approx(step)


def test_quantities_agree_within_the_rounding_of_the_less_precise() -> None:
    assert quantities_agree(11.1e9, 1e8, 11.08e9, 1e7)
    assert not quantities_agree(2.4e6, 1e5, 2.5e6, 1e5)
