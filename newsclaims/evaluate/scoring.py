"""Every measure of a prediction against a gold file, overall and per language, and the list of its errors."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from newsclaims.evaluate import Aliases, by_file, normalise
from newsclaims.records import QUANTITY_KINDS

VALUE_TOLERANCE = 0.005  # values agree within 0.5% (docs/gold.md)
METADATA_FIELDS = ("title", "date", "author", "outlet")
MAX_DERIVED_TITLE = 200
_SENTENCE_END = re.compile(r"(?<=[.!?»”])\s+|\n+")


@dataclass
class Report:
    """Measures overall and per language (the gold's, else the predicted one), and the errors behind them."""

    overall: dict[str, float]
    by_language: dict[str, dict[str, float]]
    errors: list[dict[str, str]] = field(default_factory=list)


def _sentence_with(body: str, needle: str) -> str:
    """The sentence of the body that holds a normalised needle (or its first words), for an error line."""
    pieces = [piece.strip() for piece in _SENTENCE_END.split(body) if piece.strip()]
    for probe in (needle, needle[:25]):
        for piece in pieces:
            if probe and probe in normalise(piece):
                return piece
    return ""


def _error(article: str, measure: str, expected: object, got: object, sentence: str = "") -> dict[str, str]:
    return {"article": article, "measure": measure, "expected": str(expected), "got": str(got), "sentence": sentence}


def _quotes(name: str, pred: dict[str, Any], entry: dict[str, Any], aliases: Aliases) -> tuple[Counter[str], list]:
    counts: Counter[str] = Counter()
    errors = []
    predicted = pred.get("quotes") or []
    body = str(pred.get("body") or "")
    for expected in entry.get("quotes", []):
        counts["quotes_gold"] += 1
        needle = normalise(expected["contains"])
        hits = [q for q in predicted if needle in normalise(q.get("text"))]
        sentence = _sentence_with(body, needle)
        if not hits:
            errors.append(_error(name, "quote missed", expected["contains"], "no quote holds it", sentence))
            continue
        counts["quotes_found"] += 1
        speakers = [aliases.canon(q.get("speaker") or q.get("speaker_surface")) for q in hits]
        if expected["speaker"] in speakers:
            counts["speakers_right"] += 1
        else:
            got = "; ".join(f"{q.get('speaker')} ({q.get('speaker_surface')})" for q in hits)
            errors.append(_error(name, "wrong speaker", expected["speaker"], got, sentence))
    for not_quote in entry.get("not_quotes", []):
        if any(normalise(q.get("text")) == normalise(not_quote) for q in predicted):
            counts["false_quotes"] += 1
            errors.append(_error(name, "false quote", "not a quote", not_quote))
    return counts, errors


def _same_figure(predicted: dict[str, Any], expected: dict[str, Any]) -> bool:
    try:
        value = float(predicted.get("value"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return (
        predicted.get("kind") == expected["kind"]
        and normalise(predicted.get("unit")) == normalise(expected["unit"])
        and abs(value - expected["value"]) <= VALUE_TOLERANCE * abs(expected["value"])
    )


def _figure_text(figure: dict[str, Any]) -> str:
    return f"{figure.get('kind')} {figure.get('value')} {figure.get('unit')}"


def _figures(name: str, pred: dict[str, Any], entry: dict[str, Any], aliases: Aliases) -> tuple[Counter[str], list]:
    counts: Counter[str] = Counter()
    errors = []
    predicted = [f for f in pred.get("figures") or [] if f.get("kind") in QUANTITY_KINDS]
    used: set[int] = set()
    for expected in entry.get("figures", []):
        counts["figures_gold"] += 1
        match = next((i for i, f in enumerate(predicted) if i not in used and _same_figure(f, expected)), None)
        label = f"{_figure_text(expected)} « {expected.get('surface', '')} »"
        if match is None:
            errors.append(_error(name, "figure missed", label, "no figure of that kind, unit and value"))
            continue
        used.add(match)
        figure = predicted[match]
        if normalise(figure.get("metric")) == normalise(expected.get("metric")):
            counts["metric_right"] += 1
        else:
            errors.append(_error(name, "wrong metric", f"{expected.get('metric')} ({label})", figure.get("metric")))
        if aliases.canon(figure.get("entity")) == aliases.canon(expected.get("entity")):
            counts["entity_right"] += 1
        else:
            errors.append(_error(name, "wrong entity", f"{expected.get('entity')} ({label})", figure.get("entity")))
    counts["figures_predicted"] += len(predicted)
    counts["figures_matched"] += len(used)
    for index, figure in enumerate(predicted):
        if index not in used:
            errors.append(
                _error(
                    name, "extra figure", "no such gold figure", f"{_figure_text(figure)} « {figure.get('surface')} »"
                )
            )
    return counts, errors


def _stances(name: str, pred: dict[str, Any], entry: dict[str, Any], aliases: Aliases) -> tuple[Counter[str], list]:
    counts: Counter[str] = Counter()
    errors = []
    stances: dict[str, str] = {}
    for stakeholder in pred.get("stakeholders") or []:
        canonical = aliases.canon(stakeholder.get("name"))
        if canonical and canonical not in stances:
            stances[canonical] = str(stakeholder.get("stance"))
    for expected in entry.get("stances", []):
        counts["stances_gold"] += 1
        counts["stances_always_pro"] += expected["stance"] == "pro"
        counts["stances_always_neutral"] += expected["stance"] == "neutral"
        got = stances.get(expected["stakeholder"])
        if got == expected["stance"]:
            counts["stances_right"] += 1
        else:
            errors.append(
                _error(name, "wrong stance", f"{expected['stakeholder']}: {expected['stance']}", got or "not found")
            )
    return counts, errors


def _metadata(name: str, pred: dict[str, Any], entry: dict[str, Any]) -> tuple[Counter[str], list]:
    counts: Counter[str] = Counter()
    errors = []
    for key in METADATA_FIELDS:
        counts["metadata_fields"] += 1
        got = normalise(pred.get(key))
        if key == "title" and entry.get("title") is None:
            # No headline in the file: any derived title that is not a dateline and not the whole lede counts.
            right = bool(got) and "date 2025" not in got and len(got) <= MAX_DERIVED_TITLE
        else:
            right = got == normalise(entry.get(key))
        counts["metadata_right"] += right
        if not right:
            errors.append(_error(name, f"wrong {key}", entry.get(key), pred.get(key)))
    body = normalise(pred.get("body"))
    left = [text for text in entry.get("boilerplate_not_in_body", []) if normalise(text) in body]
    counts["boilerplate_left"] += len(left)
    errors.extend(_error(name, "boilerplate left", "not in the body", text) for text in left)
    return counts, errors


def _share(numerator: float, denominator: float, empty: float = 1.0) -> float:
    return numerator / denominator if denominator else empty


def _ratio(numerator: float, denominator: float, empty: float = 1.0) -> float:
    return round(_share(numerator, denominator, empty), 3)


def measures(counts: Counter[str]) -> dict[str, float]:
    """The measures of summed counts, under the names of the reference scorer."""
    precision = _share(counts["figures_matched"], counts["figures_predicted"], 0.0 if counts["figures_gold"] else 1.0)
    recall = _share(counts["figures_matched"], counts["figures_gold"])
    return {
        "articles": float(counts["articles"]),
        "articles_missing": float(counts["articles_missing"]),
        "quote_recall": _ratio(counts["quotes_found"], counts["quotes_gold"]),
        "quote_speaker_acc": _ratio(counts["speakers_right"], counts["quotes_gold"]),
        "false_quotes": float(counts["false_quotes"]),
        "figure_precision": round(precision, 3),
        "figure_recall": round(recall, 3),
        "figure_f1": round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0,
        "figure_metric_acc": _ratio(counts["metric_right"], counts["figures_gold"]),
        "figure_entity_acc": _ratio(counts["entity_right"], counts["figures_gold"]),
        "stance_acc": _ratio(counts["stances_right"], counts["stances_gold"]),
        "stance_always_pro": _ratio(counts["stances_always_pro"], counts["stances_gold"]),
        "stance_always_neutral": _ratio(counts["stances_always_neutral"], counts["stances_gold"]),
        "metadata_acc": _ratio(counts["metadata_right"], counts["metadata_fields"]),
        "boilerplate_left": float(counts["boilerplate_left"]),
    }


COUNT_MEASURES = {"articles", "articles_missing", "false_quotes", "boilerplate_left"}
"""Measures that are counts, not shares between 0 and 1."""


def evaluate(articles: list[dict[str, Any]], gold: dict[str, Any]) -> Report:
    """Score contract objects (`extract --json`) against a gold file, joined by file name."""
    predicted = by_file(articles)
    aliases = Aliases(gold)
    total: Counter[str] = Counter()
    per_language: dict[str, Counter[str]] = {}
    errors: list[dict[str, str]] = []
    for name, entry in gold["articles"].items():
        pred = predicted.get(name)
        counts: Counter[str] = Counter(articles=1)
        if pred is None:
            counts["articles_missing"] = 1
            errors.append(_error(name, "article missing", "an extracted article", "nothing"))
            pred = {}
        scoped = aliases.local(entry)
        for part, part_errors in (
            _quotes(name, pred, entry, scoped),
            _figures(name, pred, entry, scoped),
            _stances(name, pred, entry, scoped),
            _metadata(name, pred, entry),
        ):
            counts.update(part)
            errors.extend(part_errors)
        total.update(counts)
        language = entry.get("language") or pred.get("language") or "unknown"
        per_language.setdefault(str(language), Counter()).update(counts)
    return Report(measures(total), {lang: measures(c) for lang, c in sorted(per_language.items())}, errors)
