"""A real ingest killed with SIGKILL while it parses, writes Parquet or switches CURRENT: the store still opens on
a complete version whose tables hold what its manifest counts, and the next ingest completes."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest

from newsclaims import store
from tests.reliability.faults import (
    ROOT,
    ingest_command,
    kill_ingest_after,
    kill_ingest_while_writing,
    store_problem,
)
from tests.support import SEEDS_DIR


def copies_of_the_seeds(folder: Path, copies: int) -> None:
    """`copies` distinct articles: the seeds, each copy with a sentence of its own."""
    folder.mkdir()
    seeds = sorted(SEEDS_DIR.glob("*.txt"))
    for index in range(copies):
        text = seeds[index % len(seeds)].read_text(encoding="utf-8") + f"\nCopie numéro {index} pour le test.\n"
        (folder / f"{index:03d}.txt").write_text(text, encoding="utf-8")


@pytest.mark.slow
def test_sigkill_at_any_moment_leaves_a_complete_store(tmp_path: Path) -> None:
    small, big, store_dir = tmp_path / "small", tmp_path / "big", tmp_path / "store"
    copies_of_the_seeds(small, 1)
    copies_of_the_seeds(big, 4)
    subprocess.run(ingest_command(small, store_dir), cwd=ROOT, check=True, capture_output=True)
    started = time.perf_counter()
    subprocess.run(ingest_command(big, tmp_path / "timed"), cwd=ROOT, check=True, capture_output=True)
    duration = time.perf_counter() - started
    # While parsing, then while the new version is written (once its staging folder appears); bench/reliability.py
    # kills it at many more moments.
    assert kill_ingest_after(big, store_dir, duration * 0.6)
    assert store_problem(store_dir) is None
    assert len(store.load_articles(store_dir)) == 1, "the old version stands"
    assert kill_ingest_while_writing(big, store_dir, 0.01)
    assert store_problem(store_dir) is None
    assert len(store.load_articles(store_dir)) in {1, 4}, "the old version or the whole new one"
    subprocess.run(ingest_command(big, store_dir), cwd=ROOT, check=True, capture_output=True)
    assert store_problem(store_dir) is None
    assert len(store.load_articles(store_dir)) == 4
    assert not [p for p in store_dir.iterdir() if p.name.startswith(".staging")], "left-overs are cleared"
