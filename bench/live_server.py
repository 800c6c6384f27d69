"""A Streamlit server of app.py on a free local port, and the Chromium flags this machine needs (tests and benches)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import ClassVar

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """A Streamlit server of app.py (or of `script`) started by the test, on a free port; its own output goes to
    `log_path`. `read_only` runs it as a host that may not write: in a mount namespace of its own where the whole
    disk is mounted read-only (needs root, as the tests run here)."""

    started: ClassVar[list[Server]] = []  # every server of this process, so a failing test can show their logs

    def __init__(
        self, store_dir: Path, log_path: Path | None = None, script: str = "app.py", read_only: bool = False
    ) -> None:
        self.port = free_port()
        self.started_at = time.time()
        if log_path is None:
            handle, name = tempfile.mkstemp(prefix="streamlit-", suffix=".log")
            os.close(handle)
            log_path = Path(name)
        self.log_path = log_path
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("ab")
        self.url = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "NEWSCLAIMS_STORE": str(store_dir)}
        env.pop("NEWSCLAIMS_MODE", None)
        command = [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            script,
            "--server.port",
            str(self.port),
            "--server.headless",
            "true",
            "--server.fileWatcherType",
            "none",
        ]
        if read_only:
            remount = 'mount -o remount,bind,ro / && exec "$@"'
            command = ["unshare", "--mount", "--propagation", "private", "sh", "-c", remount, "sh", *command]
        self.process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()  # the child holds its own descriptor
        Server.started.append(self)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as answer:
                    if answer.read() == b"ok":
                        return
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"streamlit did not start within 60 s; its output:\n{self.log_tail()}")

    def log_tail(self, lines: int = 60) -> str:
        """The last lines the server printed (tracebacks, warnings), for a failure message."""
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError as error:
            return f"(no log: {error})"
        return "\n".join(text.splitlines()[-lines:]) or "(the server printed nothing)"

    def rss_mb(self, field: str = "VmRSS") -> float:
        """Resident memory of the server process in MB: now (VmRSS), or its peak so far (VmHWM)."""
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1024
        return 0.0

    def cpu_seconds(self) -> float:
        """CPU time the server process has used so far (user and system), in seconds."""
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime and stime, in clock ticks

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
