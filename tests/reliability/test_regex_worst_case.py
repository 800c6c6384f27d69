"""No regular expression of the pipeline backtracks catastrophically: each one, run over texts crafted to make
it backtrack, stays far from the seconds an exponential or cubic pattern takes on them."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.reliability.faults import ROOT

# A pattern linear in its text reads these 600 characters in well under a millisecond, a quadratic one
# (finditer restarts at each position) in a few; the pattern this test caught, « (.+?) *scale », took 9.6 s
# on 500 spaces.
BOUND_SECONDS = 0.5


@pytest.mark.slow
def test_every_pattern_of_the_pipeline_on_its_worst_case() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tests.reliability.regexes", "--chars", "600", "--top", "3"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    report = json.loads(done.stdout)
    assert report["patterns"] > 300, "the recorder saw the pipeline's patterns"
    assert report["slowest"][0]["seconds"] < BOUND_SECONDS, report["slowest"]
