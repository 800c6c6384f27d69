"""Ingest throughput on Dask workers against the bare parse, in one run on the same articles.

    PYTHONPATH=. python bench/scale.py [--articles N] [--workers 1 2] [PATHS...]

The corpus is N distinct articles made from the files under PATHS (the seeds by default): each file again
with a closing line of its own, so that none is reused. Printed, as a table:
- parse only: the bare spaCy parse (`nlp.pipe` of each language's model on the cleaned bodies), one process;
- extraction in process: clean, parse and extract every article in this process (models warmed first);
- ingest on N workers: `pipeline.run` on a LocalCluster of N processes, wall time from the call to the
  records (cluster start and each worker's model load included), and the same without the start (a second
  pass on a cluster already warm);
and the ratios: extraction / parse-only throughput, and N workers / 1.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from newsclaims import cluster  # noqa: E402
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", type=Path, default=[ROOT / "data" / "articles"])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        corpus = make_corpus(args.paths, args.articles, Path(folder))
        files, _ = discover([corpus])
        raws = [raw for path in files for raw in read_path(path)]
        count = len(raws)
        parse_seconds = parse_only(raws)
        extract_seconds = in_process(raws)
        rows = [
            ("parse only (nlp.pipe, 1 process)", parse_seconds, None),
            ("extraction in process", extract_seconds, None),
        ]
        cluster_rates = {}
        for workers in args.workers:
            cold, warm = on_cluster(corpus, workers)
            cluster_rates[workers] = count / warm
            rows.append((f"ingest on {workers} worker(s), cluster start included", cold, None))
            rows.append((f"ingest on {workers} worker(s), warm cluster", warm, None))
    print(f"{count} articles")
    print(f"{'run':<52} {'seconds':>8} {'articles/s':>11} {'ms/article':>11}")
    for name, seconds, _ in rows:
        print(f"{name:<52} {seconds:>8.2f} {count / seconds:>11.2f} {1000 * seconds / count:>11.1f}")
    print(f"extraction / parse-only throughput: {parse_seconds / extract_seconds:.2f}")
    if 1 in cluster_rates:
        for workers, rate in cluster_rates.items():
            if workers != 1:
                print(f"{workers} workers / 1 worker (warm): {rate / cluster_rates[1]:.2f}")


if __name__ == "__main__":
    main()
