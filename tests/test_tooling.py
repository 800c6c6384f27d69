"""Project rules enforced by tools: ruff (incl. no streamlit in newsclaims/), mypy, and the app layout."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.support import ROOT

BIN = Path(sys.executable).parent


def run_tool(*command: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False, input=stdin)


def test_ruff_passes() -> None:
    result = run_tool(str(BIN / "ruff"), "check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_passes_on_the_pipeline(tmp_path: Path) -> None:
    # The cache goes to the test's tmp folder: no test writes into the source tree.
    result = run_tool(str(BIN / "mypy"), "--cache-dir", str(tmp_path / "mypy-cache"))
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_bans_streamlit_in_the_pipeline() -> None:
    # The probe module is given on standard input under a pipeline path, so nothing is written under newsclaims/.
    probe = '"""Probe."""\n\nimport streamlit\n\nprint(streamlit)\n'
    result = run_tool(
        str(BIN / "ruff"), "check", "--no-cache", "--stdin-filename", "newsclaims/_probe.py", "-", stdin=probe
    )
    assert result.returncode == 1 and "TID251" in result.stdout


def test_no_legacy_pages_folder() -> None:
    # A pages/ folder beside app.py switches Streamlit to legacy discovery and breaks shared links (DESIGN.md).
    assert not (ROOT / "pages").exists()
