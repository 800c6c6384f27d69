"""Reliability, measured: faults injected, hostile input thrown, load held; one table of trials and survivors.

    PYTHONPATH=. python bench/reliability.py [--kills 20] [--files 500] [--links 210] [--payloads 51]
                                              [--sessions 20] [--seconds 60] [--rebuilds 10] [--rows ROW ...]

Every row is real: `ingest` processes killed with SIGKILL, generated hostile files ingested beside good ones,
the extractors on generated text, every regular expression of the pipeline on crafted worst cases, generated
links through AppTest and Chromium, script payloads in a store rendered in Chromium, concurrent Chromium
sessions on one `streamlit run` server, and sessions reading while the store is rebuilt. Columns: trials,
survived (the promise held), lost (an article, a store or a page lost), errors shown (the one-line reasons and
warnings the user was given instead), and what was measured on the way. Takes about half an hour here.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from live_server import CHROMIUM, CHROMIUM_ARGS, Server  # noqa: E402

from tests.app.streamlit_page import POLL_MS, QUIET_MS, SETTLED, injected, open_settled  # noqa: E402
from tests.reliability.faults import (  # noqa: E402
    ingest_beside_good_files,
    kill_ingest_after,
    kill_ingest_while_writing,
    run_ingest,
    store_problem,
)
from tests.reliability.hostile import (  # noqa: E402
    hostile_files,
    hostile_queries,
    payload_store,
    query_string,
    received_query,
    write_files,
)
from tests.support import SEEDS_DIR, seed_copies  # noqa: E402


@dataclass
class Row:
    name: str
    trials: int
    survived: int
    lost: int
    errors_shown: int
    measured: str

    def show(self) -> str:
        return f"{self.name:<34}{self.trials:>7}{self.survived:>9}{self.lost:>6}{self.errors_shown:>8}  {self.measured}"


def crash_trials(work: Path, kills: int, rng: random.Random) -> Row:
    """SIGKILL at random moments of ingests that parse anew (two corpora in turn); after each, the store is whole
    and the next ingest of the same corpus completes."""
    corpora = [seed_copies(work / "a", 12, "a "), seed_copies(work / "b", 12, "b ")]
    store_dir = work / "store"
    started = time.perf_counter()
    run_ingest(corpora[0], store_dir)
    duration = time.perf_counter() - started
    survived = lost = killed = writing = 0
    for trial in range(kills):
        folder = corpora[(trial + 1) % 2]
        # Most kills anywhere in the run; one in three once the new version's staging folder appears, while the
        # tables are written and CURRENT switched (a window too short for draws over the whole run to hit).
        if trial % 3 == 2:
            was_killed = kill_ingest_while_writing(folder, store_dir, rng.uniform(0.0, 0.05))
        else:
            was_killed = kill_ingest_after(folder, store_dir, duration * rng.uniform(0.05, 1.0))
        killed += was_killed
        writing += was_killed and any(p.name.startswith(".staging") for p in store_dir.iterdir())
        whole = store_problem(store_dir) is None
        completed = run_ingest(folder, store_dir).returncode == 0 and store_problem(store_dir) is None
        survived += whole and completed
        lost += not (whole and completed)
    return Row(
        "crash during ingest (SIGKILL)",
        kills,
        survived,
        lost,
        0,
        f"{killed} killed mid-run ({writing} while writing a version), run {duration:.1f} s",
    )


def hostile_file_trials(work: Path, count: int) -> Row:
    """Generated hostile files in batches beside good files, each batch one real ingest; then each file alone in
    this process, timed, with the growth of its peak memory."""
    files = hostile_files(count, seed=2026)
    batch = 50
    survived = lost = shown = 0
    peak_child = 0.0
    for index in range(0, len(files), batch):
        chunk = files[index : index + batch]
        ingested, problems = ingest_beside_good_files(chunk, work / f"batch-{index}")
        survived += len(chunk) - len([p for p in problems if not p.startswith(("good file", "ingest exited"))])
        lost += len([p for p in problems if p.startswith("good file")]) + ("Traceback" in ingested.stderr)
        shown += len(ingested.skipped)
        peak_child = max(peak_child, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
    from newsclaims.pipeline import run

    run([seed_copies(work / "warm", 1, "warm ")])  # the models loaded: what follows is each file's own cost
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    slowest: tuple[float, str] = (0.0, "")
    grown = 0.0
    for index, (family, name, content) in enumerate(files):
        folder = work / f"alone-{index}"
        write_files(folder, [(family, name, content)])
        started = time.perf_counter()
        try:
            run([folder])
        except Exception:  # counted as lost: run() must report a file's failure, not raise it
            lost += 1
        slowest = max(slowest, (time.perf_counter() - started, family))
        grown = max(grown, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 - baseline)
        shutil.rmtree(folder)
    return Row(
        "hostile input files",
        len(files),
        survived,
        lost,
        shown,
        f"slowest file {slowest[0]:.1f} s ({slowest[1]}), memory +{grown:.0f} MB at most in process; "
        f"ingest peak {peak_child:.0f} MB with the models",
    )


def extractor_trials(count: int, rng: random.Random) -> Row:
    """The extractors on generated text: press-like pieces and arbitrary Unicode; none raises, every span inside."""
    from tests.reliability.test_extractors_on_any_text import PIECES, _check

    alphabet = [chr(c) for c in range(32, 0x3000) if not 0xD800 <= c <= 0xDFFF] + ["\n", "\t", "\u00a0", "«", "»"]
    survived = errors = 0
    slowest = 0.0
    for trial in range(count):
        if trial % 2:
            body = " ".join(rng.choices(PIECES, k=rng.randint(1, 40)))
        else:
            body = "".join(rng.choices(alphabet, k=rng.randint(1, 2000)))
        started = time.perf_counter()
        try:
            _check(body, rng.choice(["fr", "en"]))
            survived += 1
        except Exception:  # every failure counted: a raise or a span outside the text
            errors += 1
        slowest = max(slowest, time.perf_counter() - started)
    return Row("extractors on any text", count, survived, errors, 0, f"slowest text {slowest:.2f} s")


def regex_trials(chars: int) -> Row:
    done = subprocess.run(
        [sys.executable, "-m", "tests.reliability.regexes", "--chars", str(chars), "--top", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(done.stdout)
    trials = report["patterns"] * report["attacks"]
    worst = report["slowest"][0]
    slow = worst["seconds"] >= 1.0
    return Row(
        "regexes on crafted worst cases",
        trials,
        trials - slow,
        int(slow),
        0,
        f"{report['patterns']} patterns x {report['attacks']} texts of {chars} chars; slowest {worst['seconds']:.3f} s",
    )


def link_trials(store_dir: Path, count: int, server: Server, browser: Any, sample: int) -> Row:
    """Generated links through AppTest on every page, and a sample of them in Chromium on a real server."""
    import os

    from components import links
    from tests.app.test_pages import run_app

    os.environ["NEWSCLAIMS_STORE"] = str(store_dir)
    queries = hostile_queries(count, seed=99)
    survived = failed = warned = 0
    for page, params in queries:
        at = run_app(dict(received_query(params)), links.PAGE_FILES[page])
        ok = not at.exception and bool(at.title)
        survived += ok
        failed += not ok
        warned += len(at.warning)
    context = browser.new_context()
    tab = context.new_page()
    dialogs: list[str] = []
    tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    in_browser = 0
    for page, params in queries[:sample]:
        open_settled(tab, f"{server.url}/{'' if page == 'overview' else page}?{query_string(params)}")
        ok = not tab.locator("[data-testid=stException]").count() and not dialogs and not injected(tab)
        in_browser += ok
        failed += not ok
    context.close()
    return Row(
        "hostile links",
        count + sample,
        survived + in_browser,
        failed,
        warned,
        f"{count} in AppTest over {len(links.PAGE_FILES)} pages, {sample} in Chromium",
    )


def injection_trials(source: Path, work: Path, count: int, browser: Any) -> Row:
    """A store whose every shown text is a payload: every page and view, the reader of every article, searches."""
    from urllib.parse import quote

    from components import links
    from components.filters import Filter

    target = work / "payloads"
    chosen = payload_store(source, count, target)
    server = Server(target, work / "payloads.log")
    views = ["", "claims", "claims?claims_view=clusters", "claims?claims_view=disputes", "stakeholders",
             "stakeholders?st_matrix=topic", "figures", "about", "analyse"]  # fmt: skip
    urls = views + [links.url("reader", Filter(), article=f"payload{i:03d}") for i in range(count)]
    urls += [f"claims?q={quote(p)}" for p in chosen[:10]]
    context = browser.new_context()
    tab = context.new_page()
    dialogs: list[str] = []
    tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    clean = 0
    for url in urls:
        open_settled(tab, f"{server.url}/{url}")
        clean += not dialogs and not injected(tab) and not tab.locator("[data-testid=stException]").count()
    context.close()
    server.stop()
    return Row(
        "script injection (Chromium)",
        count,
        count if clean == len(urls) else 0,
        len(urls) - clean,
        0,
        f"{count} payloads in every shown text, {len(urls)} pages rendered, {len(dialogs)} dialogs",
    )


def session_urls(store_dir: Path, rng: random.Random) -> list[str]:
    """Pages with and without filters drawn from the store's own values, and pages of tables."""
    from newsclaims import store

    claims = store.read_table("claims", store_dir).to_pandas()
    outlets = sorted(claims["outlet"].dropna().unique())
    stances = sorted(claims["stance"].dropna().unique())
    urls = ["", "claims", "stakeholders", "figures", "about", "reader", "claims?claims_view=clusters"]
    for _ in range(30):
        page = rng.choice(["", "claims", "stakeholders", "figures"])
        urls.append(f"{page}?outlet={rng.choice(outlets)}&stance={rng.choice(stances)}&cl_table_page=1")
    return urls


async def _session(
    browser: Any, url: str, urls: list[str], seconds: float, seed: int
) -> tuple[list[float], Counter[str]]:
    """Pages visited in turn for `seconds`: the time each took to settle, and the failed pages by cause (an
    exception box on a settled page, or a page that never settled: « timeout », or the browser's own error)."""
    rng = random.Random(seed)
    context = await browser.new_context()
    tab = await context.new_page()
    times: list[float] = []
    errors: Counter[str] = Counter()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        started = time.time()
        try:
            await tab.goto(f"{url}/{rng.choice(urls)}")
            await tab.evaluate("() => { window.__ncReadySince = null; }")
            since = await tab.wait_for_function(SETTLED, arg=[None, None, QUIET_MS], polling=POLL_MS, timeout=120_000)
            times.append(float(await since.json_value()) / 1000 - started)
            if await tab.locator("[data-testid=stException]").count():
                errors["exception box"] += 1
        except Exception as error:  # a page that never settles is a failed page
            errors["timeout" if "Timeout" in type(error).__name__ else type(error).__name__] += 1
    await context.close()
    return times, errors


async def _sessions(url: str, urls: list[str], sessions: int, seconds: float) -> list[tuple[list[float], Counter[str]]]:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        results = await asyncio.gather(*(_session(browser, url, urls, seconds, seed) for seed in range(sessions)))
        await browser.close()
    return list(results)


def load_trials(store_dir: Path, work: Path, sessions: int, seconds: float, rng: random.Random) -> Row:
    server = Server(store_dir, work / "load.log")
    before, cpu_before, started = server.rss_mb(), server.cpu_seconds(), time.perf_counter()
    results = asyncio.run(_sessions(server.url, session_urls(store_dir, rng), sessions, seconds))
    after, peak = server.rss_mb(), server.rss_mb("VmHWM")
    # The browsers run on the same cores: the server's share of the CPU says which side the wait is on.
    server_cpu, wall = server.cpu_seconds() - cpu_before, time.perf_counter() - started
    server.stop()
    times = sorted(t for session, _ in results for t in session)
    causes = sum((e for _, e in results), Counter[str]())
    errors = causes.total()
    p50 = statistics.median(times) if times else float("nan")
    p95 = times[int(0.95 * (len(times) - 1))] if times else float("nan")
    failed = ", ".join(f"{count} {cause}" for cause, count in causes.most_common()) or "none"
    return Row(
        f"load: {sessions} sessions x {seconds:.0f} s",
        len(times) + errors - causes["exception box"],
        len(times) - causes["exception box"],
        errors,
        0,
        f"settled page p50 {p50:.2f} s, p95 {p95:.2f} s; failed: {failed}; server RSS {before:.0f} -> {after:.0f} MB"
        f" (peak {peak:.0f}); server CPU {server_cpu:.0f} s of {wall:.0f} s x {os.cpu_count()} cores",
    )


def rebuild_trials(work: Path, rebuilds: int) -> Row:
    """Four sessions read while the store they read is rebuilt `rebuilds` times by real ingests."""
    corpora = [seed_copies(work / "ra", 4, "ra "), seed_copies(work / "rb", 4, "rb ")]
    store_dir = work / "rebuilt"
    run_ingest(corpora[0], store_dir)
    server = Server(store_dir, work / "rebuild.log")
    done = threading.Event()
    completed: list[bool] = []

    def rebuild() -> None:
        for index in range(rebuilds):
            completed.append(run_ingest(corpora[(index + 1) % 2], store_dir).returncode == 0)
        done.set()

    writer = threading.Thread(target=rebuild)
    writer.start()
    urls = ["", "claims", "stakeholders", "figures", "reader", "about"]
    results: list[tuple[list[float], Counter[str]]] = []
    while not done.is_set():
        results += asyncio.run(_sessions(server.url, urls, 4, 20))
    writer.join()
    server.stop()
    settled = sum(len(t) for t, _ in results)
    causes = sum((e for _, e in results), Counter[str]())
    return Row(
        f"read while rebuilding x{rebuilds}",
        settled + causes.total() - causes["exception box"],
        settled - causes["exception box"],
        causes.total() + completed.count(False),
        0,
        f"{completed.count(True)} of {rebuilds} rebuilds completed while 4 sessions read",
    )


ROWS = ["crash", "files", "texts", "regexes", "links", "injection", "load", "rebuild"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--texts", type=int, default=300)
    parser.add_argument("--regex-chars", type=int, default=2000)
    parser.add_argument("--links", type=int, default=210)
    parser.add_argument("--links-in-browser", type=int, default=21)
    parser.add_argument("--payloads", type=int, default=51)
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--rebuilds", type=int, default=10)
    parser.add_argument("--rows", nargs="+", choices=ROWS, default=ROWS, help="the rows to measure (all by default)")
    args = parser.parse_args()
    rng = random.Random(2026)
    print(f"{'trial':<34}{'trials':>7}{'survived':>9}{'lost':>6}{'errors':>8}  measured", flush=True)
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        rows = {
            "crash": lambda: crash_trials(work / "crash", args.kills, rng),
            "files": lambda: hostile_file_trials(work / "files", args.files),
            "texts": lambda: extractor_trials(args.texts, rng),
            "regexes": lambda: regex_trials(args.regex_chars),
        }
        for name, row in rows.items():
            if name in args.rows:
                print(row().show(), flush=True)
        store_dir = work / "store"
        completed = run_ingest(SEEDS_DIR, store_dir)
        assert completed.returncode == 0, completed.stderr
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            if "links" in args.rows:
                server = Server(store_dir, work / "links.log")
                print(link_trials(store_dir, args.links, server, browser, args.links_in_browser).show(), flush=True)
                server.stop()
            if "injection" in args.rows:
                print(injection_trials(store_dir, work, args.payloads, browser).show(), flush=True)
            browser.close()
        if "load" in args.rows:
            print(load_trials(store_dir, work, args.sessions, args.seconds, rng).show(), flush=True)
        if "rebuild" in args.rows:
            print(rebuild_trials(work / "rebuild", args.rebuilds).show(), flush=True)


if __name__ == "__main__":
    main()
