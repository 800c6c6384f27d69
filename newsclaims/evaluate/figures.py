"""Scoring of figures against the gold annotation."""

from __future__ import annotations

from typing import Any

from newsclaims.evaluate import by_file, normalise, resolve

SCORED_KINDS = ("money", "percent", "multiplier", "count")
VALUE_TOLERANCE = 0.005  # the gold README: values agree within 0.5%


def same_figure(predicted: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Kind, unit and value agree (value within 0.5%)."""
    if predicted.get("kind") != gold.get("kind") or normalise(predicted.get("unit")) != normalise(gold.get("unit")):
        return False
    expected = float(gold["value"])
    return abs(float(predicted["value"]) - expected) <= VALUE_TOLERANCE * max(abs(expected), 1e-9)


def match_figures(predicted: list[dict[str, Any]], gold: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one (predicted index, gold index) pairs, in text order, each gold figure used once."""
    pairs = []
    used: set[int] = set()
    for g_index, expected in enumerate(gold):
        for p_index, figure in enumerate(predicted):
            if p_index not in used and same_figure(figure, expected):
                used.add(p_index)
                pairs.append((p_index, g_index))
                break
    return pairs


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 1.0


def score_figures(articles: list[dict[str, Any]], gold: dict[str, Any]) -> dict[str, float]:
    """Scores of the figures of contract objects against the gold (see data/gold and shared/gold/README.md).

    precision/recall over money, percent, multiplier and count figures (durations are not scored), per kind too;
    metric and entity accuracy are shares of gold figures whose matched prediction has the gold metric/entity.
    """
    predicted_by_file = by_file(articles)
    totals = {"predicted": 0, "gold": 0, "matched": 0, "metric": 0, "entity": 0, "equivalent": 0, "equivalent_gold": 0}
    per_kind = {kind: {"predicted": 0, "gold": 0, "matched": 0} for kind in SCORED_KINDS}
    for name, entry in gold["articles"].items():
        if name not in predicted_by_file:
            continue
        predicted = [f for f in predicted_by_file[name].get("figures", []) if f.get("kind") in SCORED_KINDS]
        expected = [f for f in entry.get("figures", []) if f.get("kind") in SCORED_KINDS]
        pairs = match_figures(predicted, expected)
        totals["predicted"] += len(predicted)
        totals["gold"] += len(expected)
        totals["matched"] += len(pairs)
        for kind in SCORED_KINDS:
            per_kind[kind]["predicted"] += sum(f["kind"] == kind for f in predicted)
            per_kind[kind]["gold"] += sum(f["kind"] == kind for f in expected)
            per_kind[kind]["matched"] += sum(expected[g]["kind"] == kind for _, g in pairs)
        for p_index, g_index in pairs:
            figure, reference = predicted[p_index], expected[g_index]
            totals["metric"] += normalise(figure.get("metric")) == normalise(reference.get("metric"))
            totals["entity"] += resolve(figure.get("entity"), gold) == resolve(reference.get("entity"), gold)
            if reference.get("equivalent_of"):
                totals["equivalent_gold"] += 1
                totals["equivalent"] += normalise(figure.get("equivalent_of")) == normalise(reference["equivalent_of"])
    scores = {
        "precision": _ratio(totals["matched"], totals["predicted"]),
        "recall": _ratio(totals["matched"], totals["gold"]),
        "metric_accuracy": _ratio(totals["metric"], totals["gold"]),
        "entity_accuracy": _ratio(totals["entity"], totals["gold"]),
        "equivalent_accuracy": _ratio(totals["equivalent"], totals["equivalent_gold"]),
        "predicted": float(totals["predicted"]),
        "gold": float(totals["gold"]),
    }
    for kind, counts in per_kind.items():
        scores[f"{kind}_precision"] = _ratio(counts["matched"], counts["predicted"])
        scores[f"{kind}_recall"] = _ratio(counts["matched"], counts["gold"])
    return scores
