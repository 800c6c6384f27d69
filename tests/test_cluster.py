"""Ingest on Dask: a local cluster and an existing one (a scheduler and two workers started here as processes)
give the records of a single-process run, and a worker killed in the middle loses no article."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from newsclaims import pipeline
from newsclaims.pipeline import run
from tests.support import ROOT, seed_copies

pytestmark = pytest.mark.slow

DASK = Path(sys.executable).with_name("dask")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return seed_copies(tmp_path_factory.mktemp("corpus") / "articles", 8)


@pytest.fixture(scope="module")
def single(corpus: Path) -> pipeline.Corpus:
    return run([corpus], workers=1)


def _processes(arguments: list[str], folder: Path) -> subprocess.Popen[bytes]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    log = (folder / f"{arguments[0]}-{time.monotonic_ns()}.log").open("wb")
    return subprocess.Popen([str(DASK), *arguments], cwd=ROOT, env=environment, stdout=log, stderr=log)


@pytest.fixture(scope="module")
def running_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, list[subprocess.Popen[bytes]]]]:
    """A scheduler and two single-threaded workers without nanny (a killed worker stays dead: the test that kills
    one comes last)."""
    tmp_path = tmp_path_factory.mktemp("cluster")
    address_file = tmp_path / "scheduler.json"
    started = [_processes(["scheduler", "--scheduler-file", str(address_file), "--no-dashboard"], tmp_path)]
    try:
        for _ in range(2):
            worker = ["worker", "--scheduler-file", str(address_file), "--nthreads", "1", "--no-nanny"]
            started.append(_processes([*worker, "--no-dashboard"], tmp_path))
        deadline = time.monotonic() + 60
        while not address_file.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        address = json.loads(address_file.read_text(encoding="utf-8"))["address"]
        from dask.distributed import Client

        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=60)
        yield address, started[1:]
    finally:
        for process in started:
            process.kill()
            process.wait()


def test_a_local_cluster_gives_the_records_of_one_process(
    corpus: Path, single: pipeline.Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "CLUSTER_MIN_ARTICLES", 2)
    on_cluster = run([corpus], workers=2)
    assert on_cluster.parsed == single.parsed == 8
    assert on_cluster.articles == single.articles
    assert on_cluster.skipped == []


def test_an_existing_cluster_by_its_scheduler_address(
    corpus: Path, single: pipeline.Corpus, running_cluster: tuple[str, list[subprocess.Popen[bytes]]]
) -> None:
    address, _workers = running_cluster
    on_cluster = run([corpus], scheduler=address)
    assert on_cluster.articles == single.articles


def test_the_cli_passes_the_scheduler_on(
    corpus: Path, tmp_path: Path, running_cluster: tuple[str, list[subprocess.Popen[bytes]]]
) -> None:
    address, _workers = running_cluster
    store = tmp_path / "store"
    done = subprocess.run(
        [sys.executable, "-m", "newsclaims", "ingest", str(corpus), "--store", str(store), "--scheduler", address],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "stored 8 articles (8 parsed" in done.stderr


def test_a_worker_killed_in_the_middle_loses_no_article(
    corpus: Path, single: pipeline.Corpus, running_cluster: tuple[str, list[subprocess.Popen[bytes]]]
) -> None:
    address, workers = running_cluster
    victim = workers[0]

    def kill_after_the_first(results: Iterable[Any], total: int) -> Iterator[Any]:
        for done, result in enumerate(results):
            if done == 0:
                victim.send_signal(signal.SIGKILL)
            yield result

    on_cluster = run([corpus], scheduler=address, progress=kill_after_the_first)
    assert victim.wait(timeout=10) == -signal.SIGKILL
    assert on_cluster.skipped == []
    assert on_cluster.articles == single.articles
