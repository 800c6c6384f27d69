"""Faults, injected and checked: a real `ingest` process run or killed, and what a store must be after it (shared
by the short reliability tests and `bench/reliability.py`)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from newsclaims import store
from newsclaims.ingest.readers import display_path
from tests.reliability.hostile import write_files

ROOT = Path(__file__).resolve().parents[2]


def ingest_command(folder: Path, store_dir: Path, *options: str) -> list[str]:
    return [sys.executable, "-m", "newsclaims", "ingest", str(folder), "--store", str(store_dir), *options]


@dataclass
class Ingested:
    """What a real `ingest` process did with a folder of files."""

    returncode: int
    seconds: float
    stderr: str
    skipped: dict[str, str]  # file name -> the reason printed for it
    stored: set[str]  # file names of the articles in the store it wrote
    warned: dict[str, str]  # file name -> a warning printed for it (a duplicate text, broken JSONL lines)

    def problems(self, hostile: list[str], good: list[str]) -> list[str]:
        """What breaks the promise: a crash, a traceback, a good file left out, a hostile file neither stored nor
        skipped with a one-line reason."""
        found = []
        if self.returncode != 0:
            found.append(f"ingest exited with {self.returncode}")
        if "Traceback" in self.stderr:
            found.append("a traceback was printed")
        found += [f"good file {name} not stored" for name in good if name not in self.stored]
        for name in hostile:
            reason = self.skipped.get(name) or self.warned.get(name)
            if name not in self.stored and not (reason and reason.strip()):
                found.append(f"{name}: neither stored nor skipped with a reason")
        return found


def ingest_folder(folder: Path, store_dir: Path, timeout: float = 600) -> Ingested:
    started = time.perf_counter()
    done = subprocess.run(
        ingest_command(folder, store_dir), cwd=ROOT, capture_output=True, text=True, errors="replace", timeout=timeout
    )
    seconds = time.perf_counter() - started
    skipped, warned = {}, {}
    for line in done.stderr.splitlines():
        for prefix, found in (("skipped ", skipped), ("warning: ", warned)):
            if line.startswith(prefix):
                path, _, reason = line.removeprefix(prefix).partition(": ")
                found[Path(path.split("#")[0]).name] = reason
    stored: set[str] = set()
    if done.returncode == 0:
        articles = store.read_table("articles", store_dir).column("source_path").to_pylist()
        stored = {Path(path.split("#")[0]).name for path in articles}
    return Ingested(done.returncode, seconds, done.stderr, skipped, stored, warned)


def ingest_beside_good_files(files: list[tuple[str, str, bytes | Path]], work: Path) -> tuple[Ingested, list[str]]:
    """Ingest generated files beside the good ones in a fresh folder: (what happened, its problems)."""
    from tests.reliability.hostile import GOOD_TEXTS

    folder = work / "in"
    write_files(folder, files)
    good = [f"good-{index}.txt" for index in range(len(GOOD_TEXTS))]
    for name, text in zip(good, GOOD_TEXTS, strict=True):
        (folder / name).write_text(text, encoding="utf-8")
    ingested = ingest_folder(folder, work / "store")
    names = [display_path(Path(name)) for _, name, _ in files]  # as ingest prints them
    return ingested, ingested.problems(names, good)


def store_problem(store_dir: Path) -> str | None:
    """None when CURRENT names a complete version whose tables hold the rows its manifest counts."""
    try:
        manifest = store.read_manifest(store_dir)
        for name, count in manifest["counts"].items():
            rows = store.read_table(name, store_dir).num_rows
            if rows != count:
                return f"{name}: {rows} rows, the manifest says {count}"
    except Exception as error:  # any failure to open is what this check reports
        return f"{type(error).__name__}: {error}"
    return None


def run_ingest(folder: Path, store_dir: Path) -> subprocess.CompletedProcess[str]:
    """A real ingest of `folder` in one process, run to its end."""
    return subprocess.run(ingest_command(folder, store_dir, "--workers", "1"), cwd=ROOT, capture_output=True, text=True)


def _start_ingest(folder: Path, store_dir: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        ingest_command(folder, store_dir, "--workers", "1"),
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _kill(process: subprocess.Popen[bytes]) -> bool:
    """SIGKILL the ingest if it still runs; True when it did (killed)."""
    if process.poll() is not None:
        return False
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    return True


def kill_ingest_after(folder: Path, store_dir: Path, delay: float) -> bool:
    """Start a real ingest and SIGKILL it after `delay` seconds; True when it was still running (killed)."""
    process = _start_ingest(folder, store_dir)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=delay)
    return _kill(process)


def kill_ingest_while_writing(folder: Path, store_dir: Path, delay: float) -> bool:
    """Start a real ingest and SIGKILL it `delay` seconds after it starts writing its new version (a staging
    folder appears in the store); True when it was still running (killed)."""
    process = _start_ingest(folder, store_dir)
    while process.poll() is None and not any(p.name.startswith(".staging") for p in _entries(store_dir)):
        time.sleep(0.002)
    time.sleep(delay)
    return _kill(process)


def _entries(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError:
        return []
