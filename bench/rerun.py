"""Server-side rerun time of a filter change, on the seed corpus and on a generated 10,000-article corpus.

Each rerun is a full script run of app.py + the page (AppTest runs the script in this process, as the
server does), after one warm-up run; every measured run changes the filters to values not seen before,
so the filtered-rows cache misses (the worst case). Prints p50/p95 against the targets and this process's
resident memory (it holds the app's caches), then starts a real `streamlit run app.py` on the same store,
opens every page in Chromium and prints that server's resident memory.
Usage: python bench/rerun.py [--seed-store data/store] [--articles 10000] [--runs 30]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for path in (ROOT, ROOT / "bench"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

import synthetic  # noqa: E402
from live_server import CHROMIUM, CHROMIUM_ARGS, Server  # noqa: E402
from streamlit.testing.v1 import AppTest  # noqa: E402

from newsclaims import store  # noqa: E402

TARGETS_MS = {"seed": 150.0, "10k": 500.0}
PAGES = ("app_pages/claims.py", "app_pages/overview.py", "app_pages/stakeholders.py", "app_pages/figures.py")


def rss_mb() -> float:
    """Resident memory of this process now (VmRSS), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def filter_changes(store_dir: Path, count: int) -> list[dict[str, object]]:
    """`count` distinct filter states drawn from the corpus (stances x outlets x search words)."""
    articles = store.read_table("articles", store_dir).select(["outlet"]).to_pandas()
    claims = store.read_table("claims", store_dir).select(["text"]).slice(0, 300).to_pandas()
    outlets = sorted(set(articles["outlet"].dropna()) - {""})[:6] or [None]
    words = [w for w in dict.fromkeys(store.fold(" ".join(claims["text"])).split()) if len(w) > 5]
    stances = [["pro"], ["against"], ["neutral"], ["pro", "against"]]
    changes = []
    for index in range(count):
        change: dict[str, object] = {"stance": stances[index % len(stances)], "q": words[index % max(1, len(words))]}
        outlet = outlets[index % len(outlets)]
        change["outlet"] = [outlet] if outlet else []
        changes.append(change)
    return changes


def measure(store_dir: Path, page: str, runs: int) -> list[float]:
    """Milliseconds of each rerun after a filter change on `page`."""
    os.environ["NEWSCLAIMS_STORE"] = str(store_dir)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600).run()
    if page != "app_pages/overview.py":
        at.switch_page(page).run()
    assert not at.exception, at.exception
    timings = []
    for change in filter_changes(store_dir, runs):
        for key, value in change.items():
            at.session_state[key] = value
        started = time.perf_counter()
        at.run()
        timings.append((time.perf_counter() - started) * 1000)
        assert not at.exception, at.exception
    return timings


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


SERVED_PAGES = ("", "claims", "stakeholders", "figures", "reader")


def server_rss_mb(store_dir: Path) -> float | None:
    """RSS of a real `streamlit run app.py` server after Chromium has opened every page once (None without chromium)."""
    if not CHROMIUM.exists():
        return None
    from playwright.sync_api import sync_playwright

    server = Server(store_dir)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            page = browser.new_page()
            for name in SERVED_PAGES:
                page.goto(f"{server.url}/{name}")
                page.wait_for_selector("[data-testid='stMain'] h1", timeout=120_000)
            browser.close()
        return server.rss_mb()
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed-store", type=Path, default=Path("data/store"))
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    os.chdir(ROOT)
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        big = synthetic.build(args.seed_store, args.articles, Path(folder) / "big").parent
        print(f"generated {args.articles} synthetic articles in {time.perf_counter() - started:.1f}s", flush=True)
        counts = store.read_manifest(big)["counts"]
        print("  " + ", ".join(f"{name} {count}" for name, count in counts.items()), flush=True)
        failed = False
        for label, store_dir in (("seed", args.seed_store), ("10k", big)):
            for page in PAGES:
                timings = measure(store_dir, page, args.runs)
                worst = p95(timings)
                verdict = "ok" if worst <= TARGETS_MS[label] else "OVER TARGET"
                failed |= worst > TARGETS_MS[label]
                print(
                    f"{label:>4} {Path(page).stem:<13} p50 {statistics.median(timings):6.1f} ms  "
                    f"p95 {worst:6.1f} ms  (target <= {TARGETS_MS[label]:.0f} ms: {verdict})  "
                    f"RSS {rss_mb():.0f} MB",
                    flush=True,
                )
            served = server_rss_mb(store_dir)
            if served is not None:
                print(f"{label:>4} streamlit server RSS after serving every page once: {served:.0f} MB", flush=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
