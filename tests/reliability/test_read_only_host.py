"""The hosted (read-only) dashboard never writes to disk: a real server whose whole disk is mounted read-only
serves every page in Chromium, and nothing it does fails for want of writing."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bench.live_server import Server
from components import links
from components.labels import t
from tests.app.streamlit_page import open_settled

pytestmark = pytest.mark.browser


def read_only_mounts_work() -> bool:
    probe = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "sh", "-c", "mount -o remount,bind,ro / && ! touch /"],
        capture_output=True,
        check=False,
    )
    return probe.returncode == 0


@pytest.fixture(scope="module")
def read_only_server(app_store: Path, browser: object, server_logs: Path) -> Iterator[Server]:
    if not read_only_mounts_work():
        if os.environ.get("CI"):
            pytest.fail("this machine cannot mount the disk read-only in a namespace (unshare): run the tests as root")
        pytest.skip("unshare --mount is not permitted here: the read-only host cannot be set up")
    running = Server(app_store, server_logs / "read-only.log", read_only=True)
    yield running
    running.stop()


@pytest.mark.parametrize("name", sorted(links.PAGE_FILES))
def test_every_page_served_from_a_read_only_disk(read_only_server: Server, page: Any, name: str) -> None:
    path = "" if name == "overview" else name
    open_settled(page, f"{read_only_server.url}/{path}", t(f"page_{name}", "en"))
    assert not page.locator("[data-testid=stException]").count(), read_only_server.log_tail()
    log = read_only_server.log_tail(400)
    assert "Read-only file system" not in log and "Traceback" not in log, log
