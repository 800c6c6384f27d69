"""Project rules enforced by tools: ruff (incl. no streamlit in newsclaims/), mypy, and the app layout."""

from __future__ import annotations

import re
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


def locked_pins(path: Path) -> dict[str, str]:
    """Package name -> version pinned by a requirements or lock file (names normalised as pip does)."""
    pins = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        requirement = line.split(";")[0].split("\\")[0].strip()
        if "==" in requirement and not requirement.startswith(("#", "-")):
            name, pinned = requirement.split("==")
            pins[name.strip().lower().replace("_", "-")] = pinned.strip()
    return pins


def test_the_lock_files_hold_every_pin_of_the_requirements_with_hashes() -> None:
    """`make` installs from the lock files with --require-hashes: a pin edited in requirements*.txt without
    `make lock` would not be installed; every locked package carries hashes; the dev lock agrees with the
    runtime lock on every package they share."""
    runtime, dev = locked_pins(ROOT / "requirements.lock"), locked_pins(ROOT / "requirements-dev.lock")
    installer = locked_pins(ROOT / "requirements-pip.lock")
    sources = (("requirements.txt", runtime), ("requirements-dev.txt", dev), ("requirements-pip.txt", installer))
    for source, lock in sources:
        stale = {name: v for name, v in locked_pins(ROOT / source).items() if lock.get(name) != v}
        assert not stale, f"{source} pins not in its lock file (run `make lock`): {stale}"
    assert {name: v for name, v in runtime.items() if dev.get(name) != v} == {}
    for lock_file in ("requirements.lock", "requirements-dev.lock", "requirements-pip.lock"):
        entries = re.split(r"\n(?=\S)", (ROOT / lock_file).read_text(encoding="utf-8"))
        unhashed = [entry.split()[0] for entry in entries if "==" in entry.split("\n")[0] and "--hash" not in entry]
        assert not unhashed, f"{lock_file}: packages without a hash: {unhashed}"
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "--require-hashes -r requirements-pip.lock" in makefile
    assert makefile.index("-r requirements-pip.lock") < makefile.index("-r requirements.lock"), "pip is installed first"
    assert "--require-hashes -r requirements.lock" in makefile
    assert "--require-hashes -r requirements-dev.lock" in makefile
