"""Project rules enforced by tools: ruff (incl. no streamlit in newsclaims/), mypy, and the app layout."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.support import ROOT

BIN = Path(sys.executable).parent


def run_tool(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_passes() -> None:
    result = run_tool(str(BIN / "ruff"), "check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_passes_on_the_pipeline() -> None:
    result = run_tool(str(BIN / "mypy"))
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_bans_streamlit_in_the_pipeline(tmp_path: Path) -> None:
    probe = ROOT / "newsclaims" / "_probe_banned_import.py"
    probe.write_text('"""Probe."""\n\nimport streamlit\n\nprint(streamlit)\n', encoding="utf-8")
    try:
        result = run_tool(str(BIN / "ruff"), "check", str(probe))
    finally:
        probe.unlink()
    assert result.returncode == 1 and "TID251" in result.stdout


def test_no_legacy_pages_folder() -> None:
    # A pages/ folder beside app.py switches Streamlit to legacy discovery and breaks shared links (DESIGN.md).
    assert not (ROOT / "pages").exists()
