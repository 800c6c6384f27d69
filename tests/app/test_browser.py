"""Headless Chromium against a Streamlit server started by the test: URLs as state, clicks, links, XSS."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import pytest

from bench.live_server import Server
from components import charts, links
from components.filters import KNOWN_KEYS, Filter
from components.labels import t
from newsclaims import store
from tests.app.streamlit_page import injected, navigate, open_filters, open_settled, settle

pytestmark = pytest.mark.browser
COUNT = re.compile(r"(\d+) of (\d+) claims")


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
    settle(page)
    return page.eval_on_selector_all(
        "[data-testid=stPageLink-NavLink]", "els => [...new Set(els.map(e => e.getAttribute('href')))]"
    )


def url_params(page: Any) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def chosen_stance(store_dir: Path) -> tuple[str, int]:
    """A stance that selects some but not all claims of the test store, and how many."""
    counts = store.read_table("claims", store_dir).to_pandas()["stance"].value_counts()
    stance = str(counts.index[-1] if len(counts) > 1 else counts.index[0])
    return stance, int(counts[stance])


def test_filtered_url_reproduces_the_view_on_a_fresh_server(
    server: Server, page: Any, app_store: Path, start_server: Any
) -> None:
    """(a) A URL copied from a filtered page, opened first on a freshly started server, shows the same rows."""
    stance, expected = chosen_stance(app_store)
    open_settled(page, f"{server.url}/claims", t("page_claims", "en"))
    button = open_filters(page).locator("button", has_text=re.compile(f"^{stance}$"))
    navigate(page, button.click, f"location.search.includes('stance={stance}')", t("page_claims", "en"))
    copied = page.url
    shown, _ = claims_count(page)
    rows = claim_links(page)
    assert shown == expected

    fresh = start_server()
    other = page.context.new_page()
    open_settled(other, copied.replace(server.url, fresh.url), t("page_claims", "en"))  # a cold server's first page
    assert claims_count(other)[0] == shown
    assert claim_links(other) == rows
    assert urlsplit(other.url).path == "/claims"
    other.close()


def test_deep_link_as_first_visit_runs_through_the_router(page: Any, app_store: Path, start_server: Any) -> None:
    """The DESIGN.md guard: /claims?stance=... as the very first request of a server runs app.py first."""
    stance, expected = chosen_stance(app_store)
    fresh = start_server()
    open_settled(page, f"{fresh.url}/claims?stance={stance}", t("page_claims", "en"))
    assert claims_count(page)[0] == expected
    assert page.locator("[data-testid=stSidebar]").count() == 1  # the shared filters came from app.py


def test_filters_survive_navigation(server: Server, page: Any, app_store: Path) -> None:
    """(b) Filters stay in the URL and in the widgets when the user changes page through the navigation."""
    stance, _ = chosen_stance(app_store)
    open_settled(page, f"{server.url}/claims?stance={stance}&lang=fr&q=netflix", t("page_claims", "fr"))
    for target in ("stakeholders", "figures", "reader", "claims"):
        link = page.locator(f"[data-testid=stTopNavLink][href$='/{target}']")
        navigate(page, link.click, f"location.pathname.endsWith('/{target}')", t(f"page_{target}", "fr"))
        params = url_params(page)
        assert params.get("stance") == [stance], (target, page.url)
        assert params.get("lang") == ["fr"] and params.get("q") == ["netflix"]
        assert page.locator("[data-testid=stTopNavLink]").first.inner_text().endswith(t("page_overview", "fr"))
        listed = "\n".join(page.locator("[data-testid=stSidebar] [data-testid=stMarkdownContainer]").all_inner_texts())
        assert f"{t('f_stance', 'fr')}: {t(f'code_{stance}', 'fr')}" in listed  # the active filters, in words
        pressed_buttons = open_filters(page, "fr").locator("button[aria-pressed=true]")
        pressed_buttons.first.wait_for()
        pressed = pressed_buttons.all_inner_texts()
        page.keyboard.press("Escape")  # closed again, so the next click reaches the navigation
        assert t(f"code_{stance}", "fr") in pressed  # the word shows, the code stays in the URL
        assert page.locator("[data-testid=stMain] h1").first.inner_text() == t(f"page_{target}", "fr")


def test_a_shared_link_opens_the_contradictions_side_by_side(server: Server, page: Any) -> None:
    """The disputes view is part of the URL: a shared link shows the two contradicting claims, in two columns."""
    open_settled(page, f"{server.url}/claims?claims_view=disputes&lang=fr", t("page_claims", "fr"))
    page.get_by_text(t("dispute_negation", "fr")).wait_for()
    row = page.locator("[data-testid=stHorizontalBlock]", has_text="Brenner ne fermera pas").last
    columns = row.locator(":scope > [data-testid=stColumn]")
    assert columns.count() == 2
    texts = [columns.nth(i).inner_text() for i in range(2)]
    assert "Brenner fermera son usine de Rouen" in texts[0]
    assert "Brenner ne fermera pas son usine de Rouen" in texts[1]


def test_the_overview_link_opens_the_contradictions(server: Server, page: Any, app_store: Path) -> None:
    open_settled(page, f"{server.url}/?lang=fr", t("page_overview", "fr"))
    count = store.read_table("claim_disputes", app_store).num_rows
    link = page.locator("[data-testid=stPageLink-NavLink]", has_text=t("open_disputes", "fr", n=count)).first
    navigate(page, link.click, "location.pathname.endsWith('/claims')", t("page_claims", "fr"))
    assert url_params(page).get("claims_view") == ["disputes"]
    page.get_by_text(t("dispute_negation", "fr")).first.wait_for()


def test_a_ticked_row_of_a_bar_table_filters_the_table(server: Server, page: Any, app_store: Path) -> None:
    """(c) Ticking a row of the stance bar table sets the stance filter and narrows the table."""
    stance, expected = chosen_stance(app_store)
    open_settled(page, f"{server.url}/claims", t("page_claims", "en"), "stDataFrame")
    total = claims_count(page)[0]
    order = ["pro", "against", "neutral"]
    grid = page.locator("[data-testid=stMain] [data-testid=stDataFrame]").first
    box = grid.bounding_box()
    assert box is not None

    def tick_row() -> None:
        # The grid is a canvas: its row markers (the ticks) are its first column, each row ROW_PX high below
        # the header row.
        row = order.index(stance)
        page.mouse.click(box["x"] + 16, box["y"] + charts.ROW_PX * (row + 1.5))

    navigate(page, tick_row, f"location.search.includes('stance={stance}')", t("page_claims", "en"))
    assert claims_count(page)[0] == expected < total


def test_a_table_downloads_every_matching_row(server: Server, page: Any, app_store: Path) -> None:
    """The downloads sit behind a popover beside the table: opened, its CSV holds every claim the link's filter
    matches, not only the page on screen, with list cells joined."""
    stance, expected = chosen_stance(app_store)
    open_settled(page, f"{server.url}/claims?stance={stance}", t("page_claims", "en"))
    page.locator("[data-testid=stMain] [data-testid=stPopover] button", has_text=t("download", "en")).click()
    button = page.locator("[data-testid=stPopoverBody] button", has_text=t("download_csv", "en"))
    with page.expect_download() as event:
        button.click()
    rows = list(csv.DictReader(io.StringIO(Path(event.value.path()).read_text(encoding="utf-8"))))
    assert len(rows) == expected
    assert {row["stance"] for row in rows} == {stance}
    assert not any(row["topics"].startswith("[") for row in rows)


def test_claim_link_opens_the_reader_on_its_highlighted_span(server: Server, page: Any, app_store: Path) -> None:
    """(d) A claim's link opens the reader with that claim's span highlighted and scrolled into view."""
    open_settled(page, f"{server.url}/claims?lang=fr", t("page_claims", "fr"))
    href = claim_links(page)[-1]
    link = page.locator(f"[data-testid=stPageLink-NavLink][href='{href}']:visible").first
    navigate(page, link.click, "location.pathname.endsWith('/reader')", t("page_reader", "fr"))
    params = url_params(page)
    article, span = params["article"][0], params["span"][0]
    assert params["lang"] == ["fr"]
    start, end = (int(part) for part in span.split("-"))
    body = store.read_table("articles", app_store).to_pandas().set_index("article_id").at[article, "body"]
    page.wait_for_selector("#nc-target")
    highlighted = "".join(page.locator(".nc-t").all_text_contents())
    assert highlighted == body[start:end]
    # The reader scrolls the span into view once drawn: wait for the scroll instead of a fixed delay.
    height = page.viewport_size["height"]
    page.wait_for_function(
        "(height) => { const top = document.getElementById('nc-target').getBoundingClientRect().top;"
        " return 0 <= top && top <= height; }",
        arg=height,
        polling=100,
        timeout=10_000,
    )


PAYLOADS = [
    "<script>alert('p1')</script>",
    "\"><img src=x onerror=alert('p2')>",
    "javascript:alert('p3')",
    "[clic](javascript:alert('p4'))",
    "<a href=\"javascript:alert('p5')\">x</a>",
    "' onmouseover='alert(6)",
]


def test_xss_through_the_article_is_shown_as_text(server: Server, page: Any, app_store: Path) -> None:
    """(e) An article full of markup opens in the reader as text: no dialog, nothing injected."""
    articles = store.read_table("articles", app_store).to_pandas()
    xss = articles[articles["body"].str.contains("onerror", regex=False)]
    assert not xss.empty
    article = xss["article_id"].iat[0]
    for target in (links.url("reader", Filter(), article=article), "claims?q=alert", "stakeholders", ""):
        open_settled(page, f"{server.url}/{target}")
        assert not page.dialogs, (target, page.dialogs)
        assert not injected(page), (target, injected(page))
    open_settled(page, f"{server.url}/{links.url('reader', Filter(), article=article)}")
    assert "<img src=x onerror=alert('xss-img')>" in page.locator(".nc-article").inner_text()


@pytest.mark.parametrize("payload", PAYLOADS)
def test_xss_through_every_url_parameter(server: Server, page: Any, payload: str) -> None:
    """(e) The same payload in every URL parameter, on a page reading page parameters too."""
    keys = sorted(KNOWN_KEYS | {"unknown<b>"})
    query = "&".join(f"{quote(key)}={quote(payload)}" for key in keys)
    for path in ("reader", "claims"):
        open_settled(page, f"{server.url}/{path}?{query}", testid="stAlertContentWarning")
        assert not page.dialogs, page.dialogs
        assert not injected(page), injected(page)
        assert page.locator("[data-testid=stAlertContentWarning]").count() > 0  # it was reported, as text


PAGES = ["", "claims", "stakeholders", "figures", "reader", "analyse", "about"]


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("screenshots")


@pytest.mark.parametrize("path", PAGES)
def test_screenshot_of_every_page(server: Server, page: Any, path: str, screenshots: Path) -> None:
    """A 1280-px screenshot of each page for a human to look at (under pytest's tmp path, never the source tree)."""
    open_settled(page, f"{server.url}/{path}", t(f"page_{path or 'overview'}", "en"))
    assert not page.locator("[data-testid=stException]").count()
    page.screenshot(path=str(screenshots / f"{path or 'overview'}.png"), full_page=True)
