"""Headless Chromium against a Streamlit server started by the test: URLs as state, clicks, links, XSS."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import pytest

from components import data, links
from components.filters import KNOWN_KEYS, Filter
from components.labels import t
from tests.app.conftest import ARTIFACTS, Server

pytestmark = pytest.mark.browser
COUNT = re.compile(r"(\d+) of (\d+) claims")


def wait_ready(page: Any, timeout: float = 40) -> None:
    """Wait until the script run finished: a title is drawn, no skeleton left, the status widget gone."""
    page.wait_for_selector("[data-testid='stMain'] h1", timeout=timeout * 1000)
    deadline = time.monotonic() + timeout
    quiet = 0
    while time.monotonic() < deadline:
        busy = page.evaluate(
            "() => !!document.querySelector('[data-testid=stStatusWidget]') ||"
            " document.querySelectorAll('[data-testid=stSkeleton]').length > 0"
        )
        quiet = 0 if busy else quiet + 1
        if quiet >= 3:
            return
        time.sleep(0.2)
    raise AssertionError("the page did not finish running")


def claims_count(page: Any) -> tuple[int, int]:
    for text in page.locator("[data-testid=stCaptionContainer]").all_inner_texts():
        match = COUNT.search(text)
        if match:
            return int(match.group(1)), int(match.group(2))
    raise AssertionError("no claims count on the page")


def claim_links(page: Any) -> list[str]:
    """The evidence links of the claims page (the real <a> elements of the first claims)."""
    expander = page.locator("[data-testid=stExpander] summary").first
    if expander.get_attribute("aria-expanded") != "true":
        expander.click()
    page.wait_for_selector("[data-testid=stPageLink-NavLink]")
    return page.eval_on_selector_all(
        "[data-testid=stPageLink-NavLink]", "els => [...new Set(els.map(e => e.getAttribute('href')))]"
    )


def url_params(page: Any) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def chosen_stance(store_dir: Path) -> tuple[str, int]:
    """A stance that selects some but not all claims of the test store, and how many."""
    tables = data.build_tables(store_dir)
    counts = tables.claims["stance"].value_counts()
    stance = str(counts.index[-1] if len(counts) > 1 else counts.index[0])
    return stance, int(counts[stance])


def test_filtered_url_reproduces_the_view_on_a_fresh_server(server: Server, page: Any, app_store: Path) -> None:
    """(a) A URL copied from a filtered page, opened first on a freshly started server, shows the same rows."""
    stance, expected = chosen_stance(app_store)
    page.goto(f"{server.url}/claims")
    wait_ready(page)
    page.locator("[data-testid=stSidebar] button", has_text=re.compile(f"^{stance}$")).click()
    page.wait_for_function(f"() => location.search.includes('stance={stance}')")
    wait_ready(page)
    copied = page.url
    shown, _ = claims_count(page)
    rows = claim_links(page)
    assert shown == expected

    fresh = Server(app_store)
    try:
        other = page.context.browser.new_page(viewport={"width": 1280, "height": 1600})
        other.goto(copied.replace(server.url, fresh.url))
        wait_ready(other)
        assert claims_count(other)[0] == shown
        assert claim_links(other) == rows
        assert urlsplit(other.url).path == "/claims"
        other.close()
    finally:
        fresh.stop()


def test_deep_link_as_first_visit_runs_through_the_router(browser: Any, app_store: Path) -> None:
    """The DESIGN.md guard: /claims?stance=... as the very first request of a server runs app.py first."""
    stance, expected = chosen_stance(app_store)
    fresh = Server(app_store)
    try:
        page = browser.new_page(viewport={"width": 1280, "height": 1600})
        page.goto(f"{fresh.url}/claims?stance={stance}")
        wait_ready(page)
        assert claims_count(page)[0] == expected
        assert page.locator("[data-testid=stSidebar]").count() == 1  # the shared filters came from app.py
        page.close()
    finally:
        fresh.stop()


def test_filters_survive_navigation(server: Server, page: Any, app_store: Path) -> None:
    """(b) Filters stay in the URL and in the widgets when the user changes page through the navigation."""
    stance, _ = chosen_stance(app_store)
    page.goto(f"{server.url}/claims?stance={stance}&lang=fr&q=netflix")
    wait_ready(page)
    for target in ("stakeholders", "figures", "reader", "claims"):
        page.locator(f"[data-testid=stTopNavLink][href$='/{target}']").click()
        page.wait_for_function(f"() => location.pathname.endsWith('/{target}')")
        wait_ready(page)
        params = url_params(page)
        assert params.get("stance") == [stance], (target, page.url)
        assert params.get("lang") == ["fr"] and params.get("q") == ["netflix"]
        pressed = page.locator("[data-testid=stSidebar] button[aria-pressed=true]").all_inner_texts()
        assert stance in pressed
        assert page.locator("[data-testid=stMain] h1").first.inner_text() == t(f"page_{target}", "fr")


def test_chart_click_filters_the_table(server: Server, page: Any, app_store: Path) -> None:
    """(c) Clicking a bar of the stance chart sets the stance filter and narrows the table."""
    stance, expected = chosen_stance(app_store)
    page.goto(f"{server.url}/claims")
    wait_ready(page)
    total = claims_count(page)[0]
    order = ["pro", "against", "neutral"]
    bars = page.locator("[data-testid=stPlotlyChart]").first.locator(".bars path")
    box = bars.nth(order.index(stance)).bounding_box()
    # Plotly's drag layer sits over the bars: click where the bar is, as a user does.
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_function(f"() => location.search.includes('stance={stance}')", timeout=15000)
    wait_ready(page)
    assert claims_count(page)[0] == expected < total


def test_claim_link_opens_the_reader_on_its_highlighted_span(server: Server, page: Any, app_store: Path) -> None:
    """(d) A claim's link opens the reader with that claim's span highlighted and scrolled into view."""
    page.goto(f"{server.url}/claims?lang=fr")
    wait_ready(page)
    href = claim_links(page)[-1]
    page.locator(f"[data-testid=stPageLink-NavLink][href='{href}']:visible").first.click()
    page.wait_for_function("() => location.pathname.endsWith('/reader')")
    wait_ready(page)
    params = url_params(page)
    article, span = params["article"][0], params["span"][0]
    assert params["lang"] == ["fr"]
    start, end = (int(part) for part in span.split("-"))
    body = data.build_tables(app_store).articles.set_index("article_id").at[article, "body"]
    page.wait_for_selector("#nc-target")
    highlighted = "".join(page.locator(".nc-t").all_text_contents())
    assert highlighted == body[start:end]
    time.sleep(0.6)
    box = page.evaluate("() => document.getElementById('nc-target').getBoundingClientRect().top")
    assert 0 <= box <= page.viewport_size["height"]


PAYLOADS = [
    "<script>alert('p1')</script>",
    "\"><img src=x onerror=alert('p2')>",
    "javascript:alert('p3')",
    "[clic](javascript:alert('p4'))",
    "<a href=\"javascript:alert('p5')\">x</a>",
    "' onmouseover='alert(6)",
]


def injected(page: Any) -> list[str]:
    """Elements an injection would have created: scripts with alert, javascript: links, on* handlers."""
    return page.evaluate(
        """() => {
        const found = [];
        for (const s of document.querySelectorAll('script')) if (s.textContent.includes('alert')) found.push('script');
        for (const a of document.querySelectorAll('a[href]'))
            if (a.getAttribute('href').trim().toLowerCase().startsWith('javascript')) found.push('a ' + a.href);
        for (const e of document.querySelectorAll('[data-testid=stMain] *, [data-testid=stSidebar] *'))
            for (const attr of e.attributes) if (attr.name.startsWith('on')) found.push(e.tagName + ' ' + attr.name);
        for (const i of document.querySelectorAll('img[src=x], svg[onload]')) found.push('img/svg');
        return found;
    }"""
    )


def test_xss_through_the_article_is_shown_as_text(server: Server, page: Any, app_store: Path) -> None:
    """(e) An article full of markup opens in the reader as text: no dialog, nothing injected."""
    tables = data.build_tables(app_store)
    xss = tables.articles[tables.articles["body"].str.contains("onerror", regex=False)]
    assert not xss.empty
    article = xss["article_id"].iat[0]
    for target in (links.url("reader", Filter(), article=article), "claims?q=alert", "stakeholders", ""):
        page.goto(f"{server.url}/{target}")
        wait_ready(page)
        time.sleep(0.5)
        assert not page.dialogs, (target, page.dialogs)
        assert not injected(page), (target, injected(page))
    page.goto(f"{server.url}/{links.url('reader', Filter(), article=article)}")
    wait_ready(page)
    assert "<img src=x onerror=alert('xss-img')>" in page.locator(".nc-article").inner_text()


@pytest.mark.parametrize("payload", PAYLOADS)
def test_xss_through_every_url_parameter(server: Server, page: Any, payload: str) -> None:
    """(e) The same payload in every URL parameter, on a page reading page parameters too."""
    keys = sorted(KNOWN_KEYS | {"unknown<b>"})
    query = "&".join(f"{quote(key)}={quote(payload)}" for key in keys)
    for path in ("reader", "claims"):
        page.goto(f"{server.url}/{path}?{query}")
        wait_ready(page)
        time.sleep(0.5)
        assert not page.dialogs, page.dialogs
        assert not injected(page), injected(page)
        assert page.locator("[data-testid=stAlertContentWarning]").count() > 0  # it was reported, as text


PAGES = ["", "claims", "stakeholders", "figures", "reader", "analyse", "about"]


@pytest.mark.parametrize("path", PAGES)
def test_screenshot_of_every_page(server: Server, page: Any, path: str) -> None:
    """A 1280-px screenshot of each page for a human to look at (test-artifacts/)."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(f"{server.url}/{path}")
    wait_ready(page)
    time.sleep(1)
    assert not page.locator("[data-testid=stException]").count()
    page.screenshot(path=str(ARTIFACTS / f"{path or 'overview'}.png"), full_page=True)
