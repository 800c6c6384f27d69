"""A real ingest killed with SIGKILL while it parses, writes Parquet or switches CURRENT: the store still opens on
a complete version whose tables hold what its manifest counts, and the next ingest completes."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from newsclaims import store
from tests.reliability.faults import kill_ingest_after, kill_ingest_while_writing, run_ingest, store_problem
from tests.support import seed_copies


@pytest.mark.slow
def test_sigkill_at_any_moment_leaves_a_complete_store(tmp_path: Path) -> None:
    small, big, store_dir = tmp_path / "small", tmp_path / "big", tmp_path / "store"
    seed_copies(small, 1)
    seed_copies(big, 4)
    started = time.perf_counter()
    assert run_ingest(small, store_dir).returncode == 0
    duration = time.perf_counter() - started
    # While parsing: at 0.7 of the one-article ingest, the four-article one is still reading (with two articles a
    # warm run could finish before a cold one's 0.9 and be killed after its switch). Then while the new version is
    # written (once its staging folder appears); bench/reliability.py kills it at many more moments.
    assert kill_ingest_after(big, store_dir, duration * 0.7)
    assert store_problem(store_dir) is None
    assert len(store.load_articles(store_dir)) == 1, "the old version stands"
    assert kill_ingest_while_writing(big, store_dir, 0.01)
    assert store_problem(store_dir) is None
    assert len(store.load_articles(store_dir)) in {1, 4}, "the old version or the whole new one"
    assert run_ingest(big, store_dir).returncode == 0
    assert store_problem(store_dir) is None
    assert len(store.load_articles(store_dir)) == 4
    assert not [p for p in store_dir.iterdir() if p.name.startswith(".staging")], "left-overs are cleared"
