"""Script injection through everything a page shows (title, outlet, author, article text, speaker names, quote and
claim texts, figure metric and entity, stakeholder names and evidence) and through the URL: rendered in Chromium
on every page, no dialog opens and no injected element or attribute reaches the DOM."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from bench.live_server import Server
from components import links
from components.filters import Filter
from tests.app.streamlit_page import injected, open_settled
from tests.reliability.hostile import PAYLOAD_SHAPES, payload_store

pytestmark = pytest.mark.browser

# Every page, and the views of a page that show other records (clusters, disputes, the matrix by topic).
VIEWS = ["", "claims", "claims?claims_view=clusters", "claims?claims_view=disputes", "stakeholders",
         "stakeholders?st_matrix=topic", "figures", "about", "analyse"]  # fmt: skip


@pytest.fixture(scope="module")
def payload_server(
    real_store: Path, browser: object, server_logs: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Server, list[str]]]:
    target = tmp_path_factory.mktemp("payloads")
    chosen = payload_store(real_store, len(PAYLOAD_SHAPES), target)
    running = Server(target, server_logs / "payloads.log")
    yield running, chosen
    running.stop()


def assert_clean(page: Any, server: Server, url: str) -> None:
    open_settled(page, f"{server.url}/{url}")
    assert not page.dialogs, (url, page.dialogs)
    assert not injected(page), (url, injected(page))
    assert not page.locator("[data-testid=stException]").count(), server.log_tail()


@pytest.mark.parametrize("view", VIEWS)
def test_no_payload_runs_on_any_page(payload_server: tuple[Server, list[str]], page: Any, view: str) -> None:
    server, _ = payload_server
    assert_clean(page, server, view)


def test_no_payload_runs_in_the_reader_or_through_a_search(payload_server: tuple[Server, list[str]], page: Any) -> None:
    server, chosen = payload_server
    for index in (1, 4):  # an <img onerror>, a markdown javascript: link: the reader shows each as text
        assert_clean(page, server, links.url("reader", Filter(), article=f"payload{index:03d}"))
        assert chosen[index] in page.locator(".nc-article").inner_text()
    for payload in chosen[:2]:
        assert_clean(page, server, f"claims?q={quote(payload)}&outlet={quote(payload)}&lang={quote(payload)}")
    # A bad `lang` is reset through session state: the server logs no warning about it, and no traceback.
    log = server.log_path.read_text(errors="replace")
    assert "Session State API" not in log and "Traceback" not in log, server.log_tail()
