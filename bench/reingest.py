"""Benchmark: first ingest of a corpus vs re-ingest of the unchanged corpus (records reused by article_id).

Run: .venv/bin/python bench/reingest.py [--copies N]
Prints both times and their ratio (target: re-ingest < 5% of the first ingest).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "data" / "articles").glob("*.txt"))


def make_corpus(folder: Path, copies: int) -> None:
    """`copies` distinct articles: the seeds with a numbered closing line, so every id differs."""
    folder.mkdir(parents=True)
    for index in range(copies):
        seed = SEEDS[index % len(SEEDS)]
        text = seed.read_text(encoding="utf-8") + f"\nNote de la rédaction numéro {index}.\n"
        (folder / f"{index:04d}_{seed.name}").write_text(text, encoding="utf-8")


def timed_ingest(corpus: Path, store: Path) -> float:
    started = time.perf_counter()
    command = [sys.executable, "-m", "newsclaims", "ingest", str(corpus), "--store", str(store)]
    subprocess.run(command, check=True, cwd=ROOT, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=50, help="articles in the generated corpus (default: 50)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="newsclaims-bench-"))
    try:
        make_corpus(work / "corpus", args.copies)
        first = timed_ingest(work / "corpus", work / "store")
        again = timed_ingest(work / "corpus", work / "store")
        print(f"articles: {args.copies}")
        print(f"first ingest:   {first:8.2f} s  ({first / args.copies * 1000:.0f} ms/article, incl. model load)")
        print(f"re-ingest:      {again:8.2f} s")
        print(f"ratio:          {again / first:8.1%}  (target < 5%)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
