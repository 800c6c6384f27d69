"""First render of a shared deep link: the dashboard against a bare Streamlit app on the same store, in one run.

    PYTHONPATH=. python bench/first_render.py [--loads 6] [--store data/store]

Both servers are started fresh; each load is a fresh browser context (no cache, no session) opening a page with
filters in its URL, timed until the page is settled (script run over, nothing stale or loading, its title on
screen). Each round loads every page once, each followed by a load of the bare app, so that the machine's slower and
faster spells fall on both sides of the ratio. The bare app reads the store's claims with pyarrow and shows them in
one table: what any Streamlit page over this store costs. Printed: the median and p95 of each page of the dashboard,
the bare app's, and their ratio (issue target: at most 1.3).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for path in (ROOT, ROOT / "bench"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from live_server import CHROMIUM, CHROMIUM_ARGS, Server  # noqa: E402

from newsclaims import store  # noqa: E402
from tests.app.streamlit_page import settle  # noqa: E402

BARE_APP = """
import os
import pyarrow.dataset as ds
import streamlit as st

from newsclaims import store

st.title("bare")
folder = store.version_folder(__import__("pathlib").Path(os.environ["NEWSCLAIMS_STORE"]))
claims = ds.dataset(folder / "claims", format="parquet", partitioning="hive").to_table().to_pandas()
st.dataframe(claims[["text", "speaker", "outlet", "date", "stance"]].head(50))
"""
PAGES = {"overview": "", "claims": "claims", "stakeholders": "stakeholders", "figures": "figures", "reader": "reader"}


def loads(browser: object, url: str, count: int) -> list[float]:
    timings = []
    for _ in range(count):
        context = browser.new_context(viewport={"width": 1400, "height": 900})  # type: ignore[attr-defined]
        page = context.new_page()
        started = time.time()
        page.goto(url)
        timings.append(1000 * (settle(page, timeout=120) - started))
        context.close()
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--loads", type=int, default=6)
    parser.add_argument("--store", type=Path, default=ROOT / "data" / "store")
    args = parser.parse_args()
    if not CHROMIUM.exists():
        sys.exit("this bench needs /usr/bin/chromium (make chromium)")
    from playwright.sync_api import sync_playwright

    store.version_folder(args.store)  # a clear error before any server starts
    outlet = store.read_manifest(args.store).get("values", {}).get("outlets", [""])[0]
    query = f"?outlet={outlet}&lang=fr" if outlet else "?lang=fr"
    with tempfile.TemporaryDirectory() as folder:
        bare_script = Path(folder) / "bare.py"
        bare_script.write_text(BARE_APP, encoding="utf-8")
        app, bare = Server(args.store), Server(args.store, script=str(bare_script))
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
                loads(browser, f"{app.url}/{query}", 1)  # each server's first run imports its modules once
                loads(browser, bare.url, 1)
                # Rounds interleave every page with the bare app: a slower spell of the machine weighs on both.
                results: dict[str, list[float]] = {name: [] for name in [*PAGES, "bare app"]}
                for _ in range(args.loads):
                    for name, path in PAGES.items():
                        results[name] += loads(browser, f"{app.url}/{path}{query}", 1)
                        results["bare app"] += loads(browser, bare.url, 1)
                browser.close()
        finally:
            app.stop()
            bare.stop()
    base = statistics.median(results["bare app"])
    print(f"{'page':<14} {'median ms':>10} {'p95 ms':>8} {'/ bare':>7}")
    for name, timings in results.items():
        worst = sorted(timings)[min(len(timings) - 1, round(0.95 * (len(timings) - 1)))]
        print(f"{name:<14} {statistics.median(timings):>10.0f} {worst:>8.0f} {statistics.median(timings) / base:>7.2f}")


if __name__ == "__main__":
    main()
