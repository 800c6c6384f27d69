"""The development corpus (shared/dev beside the clone: third-party press kept outside the repository), when present:
the evaluate command agrees with the reference scorer, and the scores do not fall below what has been reached."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

from newsclaims.__main__ import extract_contract
from newsclaims.evaluate import load_gold
from newsclaims.evaluate.scoring import evaluate
from newsclaims.topic import default_topic
from tests.support import SHARED_DIR

DEV = SHARED_DIR / "dev"
pytestmark = pytest.mark.skipif(not (DEV / "gold.json").exists(), reason="no development corpus beside this clone")

# What the development corpus reached when these floors were last raised (a fall is a regression).
FLOORS = {
    "quote_recall": 0.94,
    "quote_speaker_acc": 0.89,
    "figure_f1": 0.97,
    "figure_metric_acc": 0.69,
    "figure_entity_acc": 0.875,
    "stance_acc": 0.84,
    "metadata_acc": 0.97,
}
CEILINGS = {"false_quotes": 0, "boilerplate_left": 3}


@pytest.fixture(scope="module")
def dev_contract() -> list[dict[str, Any]]:
    return extract_contract([DEV / "articles"], 2_000_000, default_topic())


def test_evaluate_agrees_with_the_reference_scorer(dev_contract: list[dict[str, Any]], tmp_path) -> None:
    prediction = tmp_path / "pred.json"
    prediction.write_text(json.dumps(dev_contract, ensure_ascii=False), encoding="utf-8")
    reference = subprocess.run(
        [sys.executable, str(DEV / "score.py"), str(DEV / "gold.json"), str(prediction)],
        capture_output=True,
        text=True,
        check=True,
    )
    expected = json.loads(reference.stdout.strip().splitlines()[-1])
    ours = evaluate(dev_contract, load_gold(DEV / "gold.json")).overall
    for measure, value in expected.items():
        assert ours[measure] == pytest.approx(value), measure


def test_dev_scores_hold(dev_contract: list[dict[str, Any]]) -> None:
    report = evaluate(dev_contract, load_gold(DEV / "gold.json"))
    print("dev scores:", report.overall)
    for measure, floor in FLOORS.items():
        assert report.overall[measure] >= floor, (measure, report.overall[measure])
    for measure, ceiling in CEILINGS.items():
        assert report.overall[measure] <= ceiling, (measure, report.overall[measure])
