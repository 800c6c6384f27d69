"""Run the French Recognizers-Text specs (currency, percent, ordinal) through extract_figures; print pass rates."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

SPECS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "peer-specs" / "recognizers-text"

# Recognizers-Text unit names -> (ISO 4217 code, factor to the main unit). A bare "Franc" is read as CHF here,
# the franc still in use (a documented choice of rules/figures.json); minor units become fractions of the main one.
UNIT_ISO: dict[str, tuple[str, float]] = {
    "Dollar": ("USD", 1.0),
    "Dollar États-Unis": ("USD", 1.0),
    "Dollar Canadien": ("CAD", 1.0),
    "Dollar Australien": ("AUD", 1.0),
    "Dollar de Hong Kong": ("HKD", 1.0),
    "Dollar néo-zélandais": ("NZD", 1.0),
    "Mexican peso": ("MXN", 1.0),
    "Euro": ("EUR", 1.0),
    "Livre": ("GBP", 1.0),
    "Franc": ("CHF", 1.0),
    "Franc Suisse": ("CHF", 1.0),
    "Yen Japonais": ("JPY", 1.0),
    "Yuan Chinois": ("CNY", 1.0),
    "Roupie indienne": ("INR", 1.0),
    "Roupie": ("INR", 1.0),
    "Mark Finlandais": ("FIM", 1.0),
    "Florins Néerlandais": ("NLG", 1.0),
    "Cent": ("USD", 0.01),
    "Centimes": ("EUR", 0.01),
    "Pence": ("GBP", 0.01),
    "Penny": ("GBP", 0.01),
    "Pesewa": ("GHS", 0.01),
}


def load(name: str) -> list[dict[str, Any]]:
    return list(json.loads((SPECS / f"{name}.json").read_text(encoding="utf-8")))


def spec_value(text: str) -> float:
    return float(text.rstrip("%").replace(",", "."))


def expected_money(case: dict[str, Any]) -> list[tuple[str, float]]:
    result = []
    for item in case["Results"]:
        resolution = item["Resolution"]
        if resolution.get("value") is None:
            continue  # a bare currency name without an amount: not a figure
        iso, factor = UNIT_ISO.get(resolution["unit"], (resolution.get("isoCurrency") or resolution["unit"], 1.0))
        result.append((iso, spec_value(resolution["value"]) * factor))
    return result


def close(a: list[tuple[str, float]], b: list[tuple[str, float]]) -> bool:
    return len(a) == len(b) and all(
        x[0] == y[0] and abs(x[1] - y[1]) <= 1e-6 * max(1.0, abs(y[1])) for x, y in zip(a, b, strict=True)
    )


def run(extract: Callable[[str], list[Any]]) -> dict[str, Any]:
    """Pass rates of the three models; `extract(text)` returns Figure records."""
    report: dict[str, Any] = {}
    currency = load("CurrencyModel")
    failures = []
    passed = 0
    for case in currency:
        got = [(f.unit, f.value) for f in extract(case["Input"]) if f.kind == "money"]
        if close(got, expected_money(case)):
            passed += 1
        else:
            failures.append((case["Input"][:90], got, expected_money(case)))
    report["currency"] = (passed, len(currency), failures)
    percent = load("PercentModel")
    failures, passed = [], 0
    for case in percent:
        want = [("%", spec_value(r["Resolution"]["value"])) for r in case["Results"]]
        got = [(f.unit, f.value) for f in extract(case["Input"]) if f.kind == "percent"]
        if close(got, want):
            passed += 1
        else:
            failures.append((case["Input"][:90], got, want))
    report["percent"] = (passed, len(percent), failures)
    ordinal = load("OrdinalModel")
    failures, passed = [], 0
    for case in ordinal:
        got = [(f.kind, f.surface) for f in extract(case["Input"]) if f.kind in {"money", "percent", "count"}]
        if not got:
            passed += 1
        else:
            failures.append((case["Input"][:90], got, []))
    report["ordinal"] = (passed, len(ordinal), failures)
    return report


def print_report(report: dict[str, Any], verbose: bool = False) -> None:
    for name, (passed, total, failures) in report.items():
        print(f"{name}: {passed}/{total} = {passed / total:.1%}")
        if verbose:
            for failure in failures:
                print("   FAIL", failure)


def main() -> None:
    from newsclaims.extract.actors import find_mentions
    from newsclaims.extract.figures import extract_figures
    from newsclaims.parse import parse_article
    from tests.support import make_article

    def extract(text: str) -> list[Any]:
        parsed = parse_article(make_article(text))
        return extract_figures(parsed, find_mentions(parsed))

    print_report(run(extract), verbose="-v" in sys.argv)


if __name__ == "__main__":
    main()
