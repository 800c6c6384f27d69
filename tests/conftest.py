"""Shared fixtures: French texts parsed with the real model, the seed corpus extracted once, and for the
dashboard tests a store built by this test session from the seed articles plus articles written for the tests
(script injection, another subject, two that contradict each other), with its servers and browser."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bench.live_server import CHROMIUM, CHROMIUM_ARGS, Server
from newsclaims import store
from newsclaims.ingest import read_path
from newsclaims.parse import ParsedArticle, parse_article
from newsclaims.pipeline import analyse_raw, link_corpus
from newsclaims.records import Article
from tests.support import ROOT, SEEDS_DIR, make_article


@pytest.fixture(scope="session")
def parse_text() -> Callable[..., ParsedArticle]:
    """Parse a French (or other) text with the real pipeline; the body is the text unchanged."""

    def parse(body: str, language: str = "fr") -> ParsedArticle:
        return parse_article(make_article(body, language))

    return parse


@pytest.fixture(scope="session")
def seed_articles() -> list[Article]:
    """The bundled seed corpus, extracted and linked once per test session."""
    articles = [analyse_raw(raw) for path in sorted(SEEDS_DIR.glob("*.txt")) for raw in read_path(path)]
    return link_corpus(articles)


@pytest.fixture(scope="session")
def seed_contract(seed_articles: list[Article]) -> list[dict[str, Any]]:
    """The seed corpus as `extract --json` objects."""
    return [article.to_contract() for article in seed_articles]


# An article whose text tries every injection the dashboard must show as plain text.
XSS_ARTICLE = """Netflix face aux pirates <script>alert('xss-title')</script>

Le directeur a déclaré : « <img src=x onerror=alert('xss-img')> nous avançons vite ». Selon l'analyste,
[cliquez ici](javascript:alert('xss-md')) et <a href="javascript:alert('xss-a')">ce lien</a> ne sont que du texte.
Le syndicat affirme que "<svg onload=alert('xss-svg')>" coûte 3 millions de dollars, soit 12 % de plus.
Les critiques estiment que l'intelligence artificielle menace les emplois des scénaristes.
"""

# An article on another subject: its stakeholders are not engaged with the topic (generative AI).
OFF_TOPIC_ARTICLE = """Le club de Rennes recrute un nouvel entraîneur

Le président du club, Paul Garnier, a annoncé mardi l'arrivée d'un entraîneur venu de Lyon.
« Nous voulons retrouver l'Europe dès la saison prochaine », a déclaré Paul Garnier.
"""

# Two articles that contradict each other (written for the tests): the Claims page shows them side by side.
DISPUTE_ARTICLES = {
    "920_dispute_a.txt": """La société Brenner va fermer son usine de Rouen

Le groupe industriel Brenner fermera son usine de Rouen à la fin de l'année, selon la direction. Les syndicats
dénoncent une décision brutale.
""",
    "921_dispute_b.txt": """Brenner dément toute fermeture à Rouen

Brenner ne fermera pas son usine de Rouen à la fin de l'année, assure la direction. Les salariés restent inquiets
malgré ce démenti.
""",
}


def _load_synthetic():
    spec = importlib.util.spec_from_file_location("bench_synthetic", ROOT / "bench" / "synthetic.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        shutil.copy(path, folder / path.name)
    (folder / "900_xss.txt").write_text(XSS_ARTICLE, encoding="utf-8")
    (folder / "910_off_topic.txt").write_text(OFF_TOPIC_ARTICLE, encoding="utf-8")
    for name, text in DISPUTE_ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def real_store(corpus_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test corpus through the real pipeline (`python -m newsclaims ingest`)."""
    target = tmp_path_factory.mktemp("store")
    subprocess.run(
        [sys.executable, "-m", "newsclaims", "ingest", str(corpus_dir), "--store", str(target)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return target


@pytest.fixture(scope="session")
def app_store(real_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The store the dashboard tests run on: the real one when extraction filled every table.

    While an extractor still returns nothing, the views are tested on synthetic records laid on the
    real sentence spans of the same articles (bench/synthetic.py), so every view has rows to show.
    """
    counts = store.read_manifest(real_store)["counts"]
    if all(counts.get(name, 0) > 0 for name in ("claims", "quotes", "figures", "stakeholders")):
        return real_store
    target = tmp_path_factory.mktemp("synthetic")
    _load_synthetic().build(real_store, 36, target)
    return target


@pytest.fixture
def app_env(app_store: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NEWSCLAIMS_STORE", str(app_store))
    monkeypatch.delenv("NEWSCLAIMS_MODE", raising=False)
    return app_store


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("/usr/bin/chromium is missing: browser tests cannot run in CI (make chromium)")
        pytest.skip("/usr/bin/chromium is missing (install Debian's chromium: make chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture(scope="session")
def server_logs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where every server of the session writes its output (never the source tree)."""
    return tmp_path_factory.mktemp("server-logs")


@pytest.fixture(scope="session")
def server(app_store: Path, browser: object, server_logs: Path) -> Iterator[Server]:
    running = Server(app_store, server_logs / "session.log")
    yield running
    running.stop()


@pytest.fixture
def start_server(app_store: Path, server_logs: Path, request: pytest.FixtureRequest) -> Iterator[Any]:
    """Start fresh servers on the test store (a cold start each), stopped when the test ends."""
    started: list[Server] = []

    def start() -> Server:
        fresh = Server(app_store, server_logs / f"{request.node.name}-{len(started)}.log")
        started.append(fresh)
        return fresh

    yield start
    for fresh in started:
        fresh.stop()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """A failing test shows the output of the servers it used: those still running and those it started."""
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if report.when == "call" and report.failed:
        for running in Server.started:
            if running.process.poll() is None or running.started_at >= call.start:
                report.sections.append((f"streamlit server output ({running.log_path})", running.log_tail()))


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 1600})  # type: ignore[attr-defined]
    opened = context.new_page()
    dialogs: list[str] = []
    opened.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    opened.dialogs = dialogs
    yield opened
    context.close()
