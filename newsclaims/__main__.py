"""Command line: `python -m newsclaims ingest|extract|evaluate|status`."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from tqdm import tqdm

from newsclaims import store
from newsclaims.evaluate import load_gold
from newsclaims.evaluate.scoring import COUNT_MEASURES, Report, evaluate
from newsclaims.ingest import discover, read_path
from newsclaims.ingest.readers import DEFAULT_MAX_BYTES, display_path
from newsclaims.pipeline import (
    analyse_raw,
    failure_reason,
    link_corpus,
    manifest_for,
    pipeline_fingerprint,
    run,
    source_hash,
)
from newsclaims.topic import DEFAULT_TOPIC_FILE, Topic, TopicError, load_topic

DEFAULT_ARTICLES = Path("data/articles")


def _progress(items: Iterable[Any], total: int) -> Iterable[Any]:
    return tqdm(items, total=total, desc="parsing", unit="article", file=sys.stderr, disable=None)


def _built_with(manifest: dict[str, Any]) -> tuple[Any, Any]:
    return manifest.get("pipeline_fingerprint"), (manifest.get("topic") or {}).get("digest")


def _is_fresh(store_dir: Path, corpus_digest: str, topic: Topic) -> bool:
    try:
        manifest = store.read_manifest(store_dir)
    except store.StoreError:
        return False
    built_from = (*_built_with(manifest), manifest.get("source_hash"))
    return built_from == (pipeline_fingerprint(), topic.digest, corpus_digest)


def _previous_articles(store_dir: Path, topic: Topic) -> dict[str, Any]:
    """Stored articles that can be reused: only when built by this very pipeline, toward the same topic."""
    if store.current_version(store_dir) is None:
        return {}
    try:
        if _built_with(store.read_manifest(store_dir)) != (pipeline_fingerprint(), topic.digest):
            return {}
        return {article.article_id: article for article in store.load_articles(store_dir)}
    except (store.StoreError, KeyError, TypeError, ValueError) as error:
        print(f"warning: previous store not reused ({error})", file=sys.stderr)
        return {}


def _topic(args: argparse.Namespace) -> Topic | None:
    """The topic file of `--topic`, or None after printing why it cannot be used."""
    try:
        return load_topic(args.topic)
    except TopicError as error:
        print(f"error: {error}", file=sys.stderr)
        return None


def cmd_ingest(args: argparse.Namespace) -> int:
    topic = _topic(args)
    if topic is None:
        return 1
    paths = args.paths or [DEFAULT_ARTICLES]
    files, _problems = discover(paths)
    corpus_digest = source_hash(files)
    if args.if_stale and _is_fresh(args.store, corpus_digest, topic):
        print(f"store {args.store} is up to date", file=sys.stderr)
        return 0
    started = time.perf_counter()
    previous = _previous_articles(args.store, topic)
    corpus = run(paths, previous, args.workers, args.max_bytes, _progress, topic, args.scheduler)
    for item in corpus.skipped:
        print(f"skipped {item['path']}: {item['reason']}", file=sys.stderr)
    for warning in corpus.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if not corpus.articles:
        print("error: no article could be read; the store was left as it was", file=sys.stderr)
        return 1
    manifest = manifest_for(corpus, corpus_digest, time.perf_counter() - started, topic)
    grace = 0 if args.retire_now else store.RETIRED_GRACE_SECONDS
    folder = store.write_store(corpus.articles, manifest, args.store, corpus.corpus_tables(), grace)
    print(
        f"stored {len(corpus.articles)} articles ({corpus.parsed} parsed, {corpus.reused} reused, "
        f"{len(corpus.skipped)} skipped) in {folder} in {manifest['build_seconds']:.2f}s",
        file=sys.stderr,
    )
    return 0


def _extract_file(path: Path, max_bytes: int, topic: Topic) -> list[dict[str, Any]]:
    """One entry per article of the file: {"article": Article} or {"error": reason}."""
    try:
        raws = read_path(path, max_bytes)
    except Exception as error:  # one file's failure never stops the others
        return [{"source_path": display_path(path), "error": failure_reason(error)}]
    entries: list[dict[str, Any]] = []
    for raw in raws:
        try:
            entries.append({"source_path": raw.source_path, "article": analyse_raw(raw, topic)})
        except Exception as error:
            entries.append({"source_path": raw.source_path, "error": failure_reason(error)})
    return entries


def extract_contract(paths: list[Path], max_bytes: int, topic: Topic) -> list[dict[str, Any]]:
    """Contract objects of every article under `paths`, linked as one corpus, bad paths and files in place."""
    entries: list[dict[str, Any]] = []
    for path in paths:  # input order, bad paths in place
        found, problems = discover([path])
        entries.extend({"source_path": bad, "error": reason} for bad, reason in problems)
        for file in found:
            entries.extend(_extract_file(file, max_bytes, topic))
    linked = iter(link_corpus([entry["article"] for entry in entries if "article" in entry]))
    return [next(linked).to_contract() if "article" in entry else entry for entry in entries]


def _report_failures(result: list[dict[str, Any]]) -> list[dict[str, Any]]:
    failures = [item for item in result if "error" in item]
    for item in failures:
        print(f"skipped {item['source_path']}: {item['error']}", file=sys.stderr)
    return failures


def cmd_extract(args: argparse.Namespace) -> int:
    topic = _topic(args)
    if topic is None:
        return 1
    result = extract_contract(args.paths, args.max_bytes, topic)
    json.dump(result, sys.stdout, ensure_ascii=False, indent=2 if args.pretty else None)
    sys.stdout.write("\n")
    return 1 if _report_failures(result) else 0


def _score_table(report: Report) -> str:
    columns = {"all": report.overall, **report.by_language}
    width = max(len(name) for name in report.overall)
    lines = [f"{'measure':<{width}}  " + "  ".join(f"{name:>7}" for name in columns)]
    for measure in report.overall:
        cells = []
        for values in columns.values():
            value = values[measure]
            cells.append(f"{value:>7.0f}" if measure in COUNT_MEASURES else f"{value:>7.3f}")
        lines.append(f"{measure:<{width}}  " + "  ".join(cells))
    return "\n".join(lines)


def cmd_evaluate(args: argparse.Namespace) -> int:
    topic = _topic(args)
    if topic is None:
        return 1
    try:
        gold = load_gold(args.gold)
    except (OSError, ValueError) as error:
        print(f"error: cannot read the gold file {args.gold}: {error}", file=sys.stderr)
        return 1
    result = extract_contract(args.paths, args.max_bytes, topic)
    _report_failures(result)
    report = evaluate(result, gold)
    if args.json:
        json.dump(asdict(report) if args.errors else {**asdict(report), "errors": []}, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    if args.errors:
        for miss in sorted(report.errors, key=lambda e: (e["measure"], e["article"])):
            print(f"{miss['measure']} | {miss['article']} | expected: {miss['expected']} | got: {miss['got']}")
            if miss["sentence"]:
                print(f"    {miss['sentence']}")
        print()
    print(_score_table(report))
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    try:
        manifest = store.read_manifest(args.store)
    except store.StoreError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    json.dump(manifest, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def _add_topic_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--topic",
        type=Path,
        default=DEFAULT_TOPIC_FILE,
        help="topic file the stances are toward (default: generative AI in film and TV, %(default)s)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m newsclaims", description="Who claims what in the press, with the evidence."
    )
    commands = parser.add_subparsers(dest="command", required=True)

    ingest = commands.add_parser("ingest", help="build or update the store from article files and folders")
    ingest.add_argument("paths", nargs="*", type=Path, help=f"files or folders (default: {DEFAULT_ARTICLES})")
    ingest.add_argument("--store", type=Path, default=store.DEFAULT_STORE, help="store folder (default: %(default)s)")
    ingest.add_argument(
        "--workers",
        type=int,
        default=os.cpu_count() or 1,
        help="parsing processes of the local Dask cluster (default: the cores, %(default)s); 1 parses in this process",
    )
    ingest.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="parse on the Dask cluster already running at ADDRESS (e.g. tcp://10.0.0.5:8786) instead of a local one",
    )
    ingest.add_argument(
        "--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="skip files larger than this (default: %(default)s)"
    )
    ingest.add_argument(
        "--if-stale", action="store_true", help="do nothing when the store already matches the files and the pipeline"
    )
    ingest.add_argument(
        "--retire-now",
        action="store_true",
        help="delete the replaced version at once (no dashboard reads this store, e.g. the committed one); "
        f"by default it stays {store.RETIRED_GRACE_SECONDS} s for readers that still hold it",
    )
    _add_topic_option(ingest)
    ingest.set_defaults(handler=cmd_ingest)

    extract = commands.add_parser(
        "extract", help="print the extraction of article files as JSON (see extract-contract.md)"
    )
    extract.add_argument("paths", nargs="+", type=Path, help="files or folders")
    extract.add_argument("--json", action="store_true", required=True, help="print one JSON array on standard output")
    extract.add_argument("--pretty", action="store_true", help="indent the JSON")
    extract.add_argument(
        "--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="skip files larger than this (default: %(default)s)"
    )
    _add_topic_option(extract)
    extract.set_defaults(handler=cmd_extract)

    evaluate_cmd = commands.add_parser(
        "evaluate", help="extract article files and score them against a gold file (schema of data/gold/seeds.json)"
    )
    evaluate_cmd.add_argument("paths", nargs="+", type=Path, help="files or folders")
    evaluate_cmd.add_argument(
        "--gold", type=Path, required=True, help="the gold annotation, articles keyed by file name"
    )
    evaluate_cmd.add_argument("--errors", action="store_true", help="list every miss and wrong answer first")
    evaluate_cmd.add_argument("--json", action="store_true", help="print the report as one JSON object")
    evaluate_cmd.add_argument(
        "--max-bytes", type=int, default=DEFAULT_MAX_BYTES, help="skip files larger than this (default: %(default)s)"
    )
    _add_topic_option(evaluate_cmd)
    evaluate_cmd.set_defaults(handler=cmd_evaluate)

    status = commands.add_parser("status", help="print the manifest of the built store")
    status.add_argument("--store", type=Path, default=store.DEFAULT_STORE, help="store folder (default: %(default)s)")
    status.set_defaults(handler=cmd_status)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.handler(args))


if __name__ == "__main__":
    sys.exit(main())
