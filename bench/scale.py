"""Scale: ingest throughput on Dask workers against the bare parse, and the dashboard on stores of 100,000 and
1,000,000 generated articles, in one run.

    PYTHONPATH=. python bench/scale.py [--articles N] [--workers 1 2] [--sizes 0 100000 1000000] [--only PART] [PATHS]

Ingest. The corpus is N distinct articles made from the files under PATHS (the seeds by default): each file again
with a closing line of its own, so that none is reused. Printed, as a table:
- parse only: the bare spaCy parse (`nlp.pipe` of each language's model on the cleaned bodies), one process;
- extraction in process: clean, parse and extract every article in this process (models warmed first);
- ingest on N workers: `pipeline.run` on a LocalCluster of N processes, wall time from the call to the
  records (cluster start and each worker's model load included), and the same without the start (a second
  pass on a cluster already warm);
and the ratios: extraction / parse-only throughput, and N workers / 1.

Dashboard. For each size, a store is generated from the committed store by copying its records in Arrow
(bench/synthetic.py replicate: no NLP), a real `streamlit run app.py` serves it, and Chromium opens every page
VISITS times without filters (the first visit is the cold one) and VISITS times with filters never used before
(outlet, stance and a search word: each a cache miss): each visit a full load of the page, as a shared link is.
Then, in the app as a reader moves about it (no reload): VISITS changes of page through the navigation, and
VISITS new search words typed into the filters (each a cache miss): words of the copied articles, which a fifth
of the records hold or more, and rare words (see rare_words), which the word index answers. Printed per page: p50
and p95 time from the navigation, click or key to a settled page (script run over, nothing stale), and the
server's peak resident memory (VmHWM) at the end. Size 0 is the committed store of the five seeds: the cost of a
page whatever the data, the baseline of the others.
"""

from __future__ import annotations

import os

# One worker is one core: Dask starts its workers with one BLAS thread, and the in-process runs must have one too,
# or spaCy's matrix products take the second core and "one process" is two (set before numpy is imported).
for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_variable] = "1"

import argparse  # noqa: E402
import shutil  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from functools import partial  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402
from urllib.parse import quote  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
for path in (ROOT, ROOT / "bench"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

import synthetic  # noqa: E402
from live_server import CHROMIUM, CHROMIUM_ARGS, Server  # noqa: E402

from newsclaims import cluster, store  # noqa: E402
from newsclaims.ingest import article_from_raw, discover, read_path  # noqa: E402
from newsclaims.parse import load_pipeline  # noqa: E402
from newsclaims.pipeline import _extract_or_fail, _lost, analyse_raw, run  # noqa: E402
from newsclaims.topic import default_topic  # noqa: E402


def make_corpus(sources: list[Path], count: int, folder: Path) -> Path:
    files, _ = discover(sources)
    texts = [path.read_text(encoding="utf-8", errors="replace") for path in files]
    for index in range(count):
        extra = f"\n\nLe comité se réunira de nouveau dans {index + 2} semaines.\n"
        (folder / f"{index:05d}{files[index % len(files)].suffix}").write_text(
            texts[index % len(texts)] + extra, encoding="utf-8"
        )
    return folder


def parse_only(raws: list) -> float:
    """Seconds of the bare parse of the cleaned bodies, each language by its own model (models loaded first)."""
    articles = [article_from_raw(raw) for raw in raws]
    by_language: dict[str, list[str]] = {}
    for article in articles:
        by_language.setdefault(article.language, []).append(article.body)
    models = {language: load_pipeline(language) for language in by_language}
    for language, texts in by_language.items():
        list(models[language].pipe(texts[:2]))  # warm
    started = time.perf_counter()
    for language, texts in by_language.items():
        for _ in models[language].pipe(texts):
            pass
    return time.perf_counter() - started


def in_process(raws: list) -> float:
    for raw in raws[:5]:
        analyse_raw(raw)  # warm: models, lexicons
    started = time.perf_counter()
    for raw in raws:
        analyse_raw(raw)
    return time.perf_counter() - started


def on_cluster(corpus: Path, workers: int) -> tuple[float, float]:
    """Wall seconds of `run` on a fresh LocalCluster (start included), then of the extraction alone on a cluster
    whose workers have already parsed once."""
    started = time.perf_counter()
    run([corpus], workers=workers)
    cold = time.perf_counter() - started
    files, _ = discover([corpus])
    articles = [article_from_raw(raw) for path in files for raw in read_path(path)]
    extract = partial(_extract_or_fail, topic=default_topic())
    with cluster.client_for(workers) as client:
        cluster.map_on_cluster(client, extract, articles[: workers * 2], _lost)  # every worker loads its model
        started = time.perf_counter()
        cluster.map_on_cluster(client, extract, articles, _lost)
        warm = time.perf_counter() - started
    return cold, warm


PAGES = ("", "claims", "stakeholders", "figures", "reader")
VISITS = 6
SEARCH_WORDS = ("netflix", "intelligence", "studio", "acteurs", "doublage", "emplois", "plateforme", "series")
# Words typed in the app: other than the links' words, so each is a cache miss.
TYPED_WORDS = ("production", "artistes", "streaming", "public", "sarandos", "critiques", "scénaristes", "images")


def rare_words(size: int) -> tuple[str, ...]:
    """Words few records hold, as a name or a term a reader looks for: in a generated store every word of the five
    copied articles is in a fifth of the records or more, so the rare words are the copies' numbers, which
    bench/synthetic.py writes into each record's search text (about 30 records each)."""
    return tuple(str(size * share // 9) for share in range(1, 9)) if size else TYPED_WORDS


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _row(size: int, name: str, label: str, timings: list[float]) -> tuple[str, str, float, float]:
    row = (name or "overview", label, _percentile(timings, 0.5), _percentile(timings, 0.95))
    print(f"  {size} {row[0]:<13} {label:<22} p50 {row[2]:7.0f} ms  p95 {row[3]:7.0f} ms", flush=True)
    return row


def _timed(page: Any, act: Callable[[], None], arrived: str) -> float:
    """Milliseconds from `act` (a click or a key, once the page is settled) to the settled page it leads to."""
    from tests.app.streamlit_page import navigate

    begun = [0.0]

    def timed_act() -> None:
        begun[0] = time.time()
        act()

    settled = navigate(page, timed_act, arrived, timeout=60)  # a dropped key or click is tried again once, after this
    return 1000 * (settled - begun[0])


def _page_changes(page: Any, url: str, name: str) -> list[float]:
    """Times to reach page `name` through the navigation bar, each from another page of the same session."""
    from tests.app.streamlit_page import open_settled

    other = "reader" if name != "reader" else "claims"
    open_settled(page, f"{url}/{other}")
    timings = []
    for _ in range(VISITS):
        for target in (other, name):
            link = page.locator(f"[data-testid=stTopNavLink][href$='/{target}']")
            arrived = f"location.pathname.endsWith('/{target}')"
            spent = _timed(page, link.click, arrived)
        timings.append(spent)  # the change to `name`, not the change away
    return timings


def _typed_searches(page: Any, url: str, name: str, words: tuple[str, ...] = TYPED_WORDS) -> list[float]:
    """Times from Enter in the filters' search box to the settled page, a new word each time."""
    from tests.app.streamlit_page import open_filters, open_settled

    open_settled(page, f"{url}/{name}")
    timings = []
    for word in words[:VISITS]:
        box = open_filters(page).locator("[data-testid=stTextInput] input")  # opened once, then kept open
        box.fill(word)
        timings.append(_timed(page, lambda box=box: box.press("Enter"), f"location.search.includes('q={quote(word)}')"))
    return timings


def dashboard(size: int, folder: Path) -> list[tuple[str, str, float, float]]:
    """(page, filters, p50 ms, p95 ms) on a generated store of `size` articles; prints the server's peak RSS."""
    from playwright.sync_api import sync_playwright

    from tests.app.streamlit_page import settle

    started = time.perf_counter()
    if size:
        target = synthetic.replicate(ROOT / "data" / "store", size, folder / f"store-{size}")
        print(f"generated {size} articles in {time.perf_counter() - started:.0f} s", flush=True)
    else:  # the baseline: the committed store of the seeds, what a page costs whatever the data
        target = store.version_folder(ROOT / "data" / "store")
    print(f"  counts: {store.read_manifest(target)['counts']}", flush=True)
    outlets = sorted(synthetic.OUTLETS)
    server = Server(target.parent)
    rows = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            page = browser.new_page()
            state = 0
            for name in PAGES:
                for label in ("none", "outlet+stance+search"):
                    timings = []
                    for _ in range(VISITS):
                        query = ""
                        if label != "none":
                            state += 1
                            outlet = quote(outlets[state % len(outlets)])
                            stance = ("pro", "against", "neutral")[state % 3]
                            query = f"?outlet={outlet}&stance={stance}&q={SEARCH_WORDS[state % len(SEARCH_WORDS)]}"
                        begun = time.time()
                        page.goto(f"{server.url}/{name}{query}")
                        timings.append(1000 * (settle(page, timeout=300) - begun))
                    rows.append(_row(size, name, label, timings))
            for name in PAGES:
                rows.append(_row(size, name, "in app: change of page", _page_changes(page, server.url, name)))
                rows.append(_row(size, name, "in app: typed search", _typed_searches(page, server.url, name)))
                rare = _typed_searches(page, server.url, name, rare_words(size))
                rows.append(_row(size, name, "in app: typed rare word", rare))
            browser.close()
        print(f"{size} articles: server peak RSS {server.rss_mb('VmHWM'):.0f} MB", flush=True)
    finally:
        server.stop()
        if size:
            shutil.rmtree(target.parent, ignore_errors=True)
    return rows


def ingest(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as folder:
        corpus = make_corpus(args.paths, args.articles, Path(folder))
        files, _ = discover([corpus])
        raws = [raw for path in files for raw in read_path(path)]
        count = len(raws)
        parse_seconds = parse_only(raws)
        extract_seconds = in_process(raws)
        rows = [
            ("parse only (nlp.pipe, 1 process)", parse_seconds),
            ("extraction in process", extract_seconds),
        ]
        cluster_rates = {}
        for workers in args.workers:
            cold, warm = on_cluster(corpus, workers)
            cluster_rates[workers] = count / warm
            rows.append((f"ingest on {workers} worker(s), cluster start included", cold))
            rows.append((f"ingest on {workers} worker(s), warm cluster", warm))
    print(f"{count} articles")
    print(f"{'run':<52} {'seconds':>8} {'articles/s':>11} {'ms/article':>11}")
    for name, seconds in rows:
        print(f"{name:<52} {seconds:>8.2f} {count / seconds:>11.2f} {1000 * seconds / count:>11.1f}")
    print(f"extraction / parse-only throughput: {parse_seconds / extract_seconds:.2f}")
    for workers, rate in cluster_rates.items():
        if workers != 1 and 1 in cluster_rates:
            print(f"{workers} workers / 1 worker (warm): {rate / cluster_rates[1]:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", type=Path, default=[ROOT / "data" / "articles"])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=[0, 100_000, 1_000_000], help="0: the committed store (baseline)"
    )
    parser.add_argument("--only", choices=["ingest", "dashboard"])
    args = parser.parse_args()
    os.chdir(ROOT)
    if args.only != "dashboard":
        ingest(args)
    if args.only != "ingest":
        if not CHROMIUM.exists():
            sys.exit("the dashboard part needs /usr/bin/chromium (make chromium)")
        table = []
        with tempfile.TemporaryDirectory() as folder:
            for size in args.sizes:
                table += [(size, *row) for row in dashboard(size, Path(folder))]
        print(f"{'articles':>9} {'page':<13} {'filters':<24} {'p50 ms':>8} {'p95 ms':>8}")
        for size, name, label, p50, p95 in table:
            print(f"{size:>9} {name:<13} {label:<24} {p50:>8.0f} {p95:>8.0f}")


if __name__ == "__main__":
    main()
