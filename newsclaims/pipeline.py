"""Run the four stages over files: read, clean, parse, extract, link; reuse unchanged articles."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import cache, partial
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsclaims import PIPELINE_VERSION
from newsclaims.ingest import (
    RawDocument,
    ReadError,
    article_from_clean,
    article_from_raw,
    article_id_for,
    clean_raw,
    discover,
    read_path,
)
from newsclaims.ingest.readers import DEFAULT_MAX_BYTES, display_path
from newsclaims.parse import FULL_LANGUAGES, MODELS, parse_article
from newsclaims.records import Article, ClaimDispute
from newsclaims.topic import Topic, default_topic

if TYPE_CHECKING:
    from types import ModuleType

PACKAGE_DIR = Path(__file__).parent


# Code that reads a store, scores it or spreads the work, but never shapes its records: changing it leaves a
# store fresh. Topic files are not code: the manifest records the digest of the one a store was built with.
_NOT_PIPELINE = {"evaluate", "query", "cluster.py", "__main__.py", "topics"}


def fingerprinted_files() -> list[Path]:
    """The code and lexicon files whose content shapes the stored records."""
    return [
        path
        for path in sorted(PACKAGE_DIR.rglob("*"))
        if path.suffix in {".py", ".json"}
        and "__pycache__" not in path.parts
        and path.relative_to(PACKAGE_DIR).parts[0] not in _NOT_PIPELINE
    ]


@cache
def pipeline_fingerprint() -> str:
    """Version plus a hash of the pipeline's code, lexicons and models: any change makes stored records stale."""
    digest = hashlib.sha256(PIPELINE_VERSION.encode())
    digest.update(repr(sorted(model_versions().items())).encode())
    for path in fingerprinted_files():
        digest.update(str(path.relative_to(PACKAGE_DIR)).encode())
        digest.update(path.read_bytes())
    return f"{PIPELINE_VERSION}+{digest.hexdigest()[:12]}"


def model_versions() -> dict[str, str]:
    return {"spacy": version("spacy"), **{model: version(model) for model in MODELS.values()}}


def source_hash(files: Iterable[Path]) -> str:
    """Hash of the corpus files' names and bytes: tells whether a built store is stale."""
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(os.fsencode(path.name))  # the name's bytes: a name need not be valid UTF-8
        try:
            digest.update(hashlib.sha256(path.read_bytes()).digest())
        except OSError:
            digest.update(b"unreadable")  # reported when the file is read; the hash only needs to be stable
    return digest.hexdigest()[:16]


@dataclass
class Corpus:
    """What a run produced: the articles, the inputs it could not use, and the manifest facts."""

    articles: list[Article]
    skipped: list[dict[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    reused: int = 0
    parsed: int = 0
    claim_disputes: list[ClaimDispute] | None = None  # found when the claims were linked, else worked out anew

    def corpus_tables(self) -> dict[str, list[Any]]:
        """The store tables computed over the whole corpus (cross-article figure comparisons, claim disputes)."""
        from newsclaims.extract.clusters import claim_disputes
        from newsclaims.extract.figure_links import compare_figures

        disputes = self.claim_disputes if self.claim_disputes is not None else claim_disputes(self.articles)
        return {"figure_comparisons": compare_figures(self.articles), "claim_disputes": disputes}


def _extractors() -> ModuleType:
    """The extractors, imported on first use: they pull in spaCy, a second of start-up that re-ingesting
    an unchanged corpus does not need."""
    from newsclaims.extract import article

    return article


def analyse_raw(raw: RawDocument, topic: Topic | None = None) -> Article:
    """Clean, parse and extract one raw document (no cross-article links), stances toward `topic`
    (the default topic unless given)."""
    return _extract_parsed(article_from_raw(raw), topic or default_topic())


def analyse_text(
    text: str, source_path: str = "pasted text", markdown: bool = False, topic: Topic | None = None
) -> Article:
    """The full extraction of one text in memory."""
    return analyse_documents([RawDocument(source_path, text, markdown=markdown)], topic)


def analyse_documents(documents: list[RawDocument], topic: Topic | None = None) -> Article:
    """The documents of one file analysed and linked together, as one article (the first): what the dashboard's
    Analyse page shows."""
    return link_corpus([analyse_raw(document, topic) for document in documents])[0]


def link_corpus(articles: list[Article]) -> list[Article]:
    """Cross-article links (canonical names, claim clusters) over the whole corpus."""
    return list(_extractors().link_corpus(articles))


def run(
    paths: list[Path],
    previous: dict[str, Article] | None = None,
    workers: int = 1,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Callable[[Iterable[Any], int], Iterable[Any]] | None = None,
    topic: Topic | None = None,
    scheduler: str | None = None,
) -> Corpus:
    """Read every article under `paths`, reusing `previous` records of unchanged articles by article_id;
    stances toward `topic` (the default topic unless given). `previous` must come from the same topic. The
    articles are parsed in this process, on a local Dask cluster of `workers` processes (when there are enough
    of them to pay for its start), or on the running cluster whose `scheduler` address is given."""
    previous = dict(previous or {})  # updated with new source paths; the caller's copy is left alone
    files, problems = discover(paths)
    corpus = Corpus([], [{"path": path, "reason": reason} for path, reason in problems])
    pending: list[Article] = []
    order: list[str] = []
    seen: set[str] = set()
    for path in files:
        try:
            raws = read_path(path, max_bytes)
        except Exception as error:  # one file's failure, expected (ReadError) or not, never stops the others
            corpus.skipped.append({"path": display_path(path), "reason": failure_reason(error)})
            continue
        for raw in raws:
            corpus.warnings.extend(raw.warnings)
            if raw.encoding != "utf-8":
                corpus.warnings.append(f"{raw.source_path}: not UTF-8, read as {raw.encoding}")
            try:
                cleaned = clean_raw(raw)
            except Exception as error:
                corpus.skipped.append({"path": raw.source_path, "reason": failure_reason(error)})
                continue
            article_id = article_id_for(cleaned.body)
            if article_id in seen:
                corpus.warnings.append(f"{raw.source_path}: same text as an earlier article, skipped")
                continue
            seen.add(article_id)
            order.append(article_id)
            if article_id in previous:
                # Unchanged text: its stored records stand, and its metadata need not be worked out again.
                previous[article_id] = replace(previous[article_id], source_path=raw.source_path)
                corpus.reused += 1
            else:
                article = article_from_clean(raw, cleaned)
                pending.append(article)
    done = {article_id: previous[article_id] for article_id in order if article_id in previous}
    for result in _extract_all(pending, workers, progress, topic or default_topic(), scheduler):
        if isinstance(result, Failed):
            corpus.skipped.append({"path": result.source_path, "reason": result.reason})
        else:
            done[result.article_id] = result
    corpus.parsed = len(pending)
    articles = [done[article_id] for article_id in order if article_id in done]
    # The same articles as the previous store: its cross-article links still hold.
    unchanged = not pending and set(order) == set(previous)
    if unchanged:
        corpus.articles = articles
    else:
        corpus.articles, corpus.claim_disputes = _extractors().link_corpus_with_disputes(articles)
    return corpus


@dataclass
class Failed:
    """An article whose extraction raised: it is skipped with the reason, the others go on."""

    article_id: str
    source_path: str
    reason: str


def failure_reason(error: Exception) -> str:
    """One line for the user: the ReadError's own message, else what went wrong where nobody expected it."""
    if isinstance(error, ReadError):
        return str(error)
    message = str(error).splitlines()[0][:200] if str(error) else ""
    return f"unexpected error ({type(error).__name__}{': ' + message if message else ''})"


def _extract_parsed(article: Article, topic: Topic) -> Article:
    return _extractors().extract_article(parse_article(article), topic)


def _extract_or_fail(article: Article, topic: Topic) -> Article | Failed:
    try:
        return _extract_parsed(article, topic)
    except Exception as error:  # in a worker process too: one article's failure never stops the others
        return Failed(article.article_id, article.source_path, failure_reason(error))


# Below this many articles to parse, starting a cluster (workers that each load spaCy) costs more than it saves.
CLUSTER_MIN_ARTICLES = 20


def _extract_all(
    articles: list[Article],
    workers: int,
    progress: Callable[..., Iterable[Any]] | None,
    topic: Topic,
    scheduler: str | None = None,
) -> list[Article | Failed]:
    extract = partial(_extract_or_fail, topic=topic)
    if scheduler or (workers > 1 and len(articles) >= CLUSTER_MIN_ARTICLES):
        from newsclaims import cluster  # Dask starts nothing until asked; an in-process run never imports it

        with cluster.client_for(workers, scheduler) as client:
            return cluster.map_on_cluster(client, extract, articles, _lost, progress)
    iterable: Iterable[Article] = progress(articles, len(articles)) if progress else articles
    return [extract(article) for article in iterable]


def _lost(article: Article, error: BaseException) -> Failed:
    return Failed(article.article_id, article.source_path, f"lost with its worker ({type(error).__name__})")


def manifest_for(corpus: Corpus, corpus_digest: str, seconds: float, topic: Topic | None = None) -> dict[str, Any]:
    """The manifest facts of a build; `corpus_digest` is the source_hash of the files read, `topic` the one
    its stances are toward (the default unless given); `stakeholder_labels` names the group actors in each
    interface language."""
    from newsclaims.extract.actors import group_labels

    return {
        "topic": (topic or default_topic()).summary(),
        "stakeholder_labels": group_labels(),
        "pipeline_version": PIPELINE_VERSION,
        "pipeline_fingerprint": pipeline_fingerprint(),
        "models": model_versions(),
        "source_hash": corpus_digest,
        "corpus_hash": hashlib.sha256("".join(sorted(a.article_id for a in corpus.articles)).encode()).hexdigest()[:16],
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "build_seconds": round(seconds, 3),
        "articles_parsed": corpus.parsed,
        "articles_reused": corpus.reused,
        "skipped": corpus.skipped,
        "warnings": corpus.warnings,
        "limited_extraction": [
            {"article_id": a.article_id, "language": a.language}
            for a in corpus.articles
            if a.language not in FULL_LANGUAGES
        ],
    }
