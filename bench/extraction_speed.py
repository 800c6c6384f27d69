"""Extraction time per article of this tree against a baseline revision, in one run on the same articles.

    python bench/extraction_speed.py [--baseline REV] [--repeat N] [PATHS...]

The baseline is checked out into a temporary git worktree; each tree is timed in its own process (models
loaded and warmed first), the two trees taking turns for --rounds rounds so that both pay the same machine
load. Prints the median ms per article of each and their ratio. The default baseline still clusters claims
with rapidfuzz, no longer a dependency: `pip install rapidfuzz==3.14.6` in the venv before timing against it.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BASELINE = "f5812ef"  # the pipeline before the unseen-press work (speakers, English, figures)

# Runs inside the timed tree: reads every article, warms the models, then times clean+parse+extract.
_TIMER = """
import json, sys, time
from pathlib import Path
sys.path.insert(0, ".")
from newsclaims.ingest import discover, read_path
from newsclaims.pipeline import analyse_raw
paths, repeat = [Path(p) for p in json.loads(sys.argv[1])], int(sys.argv[2])
files, _ = discover(paths)
raws = [raw for path in files for raw in read_path(path)]
for raw in raws:  # loads every language's model once and warms the caches
    analyse_raw(raw)
started = time.perf_counter()
for _ in range(repeat):
    for raw in raws:
        analyse_raw(raw)
elapsed = time.perf_counter() - started
print(json.dumps({"articles": len(raws), "ms_per_article": 1000 * elapsed / (repeat * len(raws))}))
"""


def time_tree(tree: Path, paths: list[Path], repeat: int) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, "-c", _TIMER, json.dumps([str(p.resolve()) for p in paths]), str(repeat)],
        cwd=tree,
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", type=Path, default=[ROOT / "data" / "articles"])
    parser.add_argument("--baseline", default=DEFAULT_BASELINE, help="git revision to compare with")
    parser.add_argument("--repeat", type=int, default=2, help="passes over the articles per timing")
    parser.add_argument("--rounds", type=int, default=3, help="timings of each tree, taking turns")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="newsclaims-baseline-") as folder:
        tree = Path(folder) / "tree"
        subprocess.run(
            ["git", "worktree", "add", "--detach", str(tree), args.baseline], cwd=ROOT, check=True, capture_output=True
        )
        baseline_ms, current_ms = [], []
        try:
            for _ in range(args.rounds):
                baseline_ms.append(time_tree(tree, args.paths, args.repeat)["ms_per_article"])
                current = time_tree(ROOT, args.paths, args.repeat)
                current_ms.append(current["ms_per_article"])
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=False)
    baseline_median, current_median = statistics.median(baseline_ms), statistics.median(current_ms)
    print(f"articles: {current['articles']:.0f}, passes per timing: {args.repeat}, rounds: {args.rounds}")
    rounded_baseline, rounded_current = [round(ms, 1) for ms in baseline_ms], [round(ms, 1) for ms in current_ms]
    print(f"baseline {args.baseline}: {baseline_median:.1f} ms per article (median of {rounded_baseline})")
    print(f"this tree: {current_median:.1f} ms per article (median of {rounded_current})")
    print(f"ratio this / baseline: {current_median / baseline_median:.2f}")


if __name__ == "__main__":
    main()
