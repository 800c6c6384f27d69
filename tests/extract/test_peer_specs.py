"""The French Recognizers-Text specs as a measure: currency and percent values, and ordinals that are not figures."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bench.peer_specs import print_report, run
from newsclaims.extract.actors import find_mentions
from newsclaims.extract.figures import extract_figures
from newsclaims.parse import ParsedArticle


@pytest.fixture(scope="module")
def report(parse_text: Callable[..., ParsedArticle]) -> dict[str, Any]:
    def extract(text: str) -> list[Any]:
        parsed = parse_text(text)
        return extract_figures(parsed, find_mentions(parsed))

    result = run(extract)
    print_report(result)
    return result


@pytest.mark.parametrize("model", ["currency", "percent"])
def test_value_and_currency_rate(report: dict[str, Any], model: str) -> None:
    passed, total, failures = report[model]
    assert passed / total >= 0.9, failures


def test_no_ordinal_is_a_figure(report: dict[str, Any]) -> None:
    passed, total, failures = report["ordinal"]
    assert passed == total, failures
