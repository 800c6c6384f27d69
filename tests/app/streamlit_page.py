"""Waiting on Streamlit's own state in the browser: a page is settled, a click that navigates has landed; and
opening the dashboard's shared filters (tests and benches)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from components.labels import t

# A cold server loads the store and builds its caches on the first request: the first settle may take this long.
SETTLE_TIMEOUT_S = 90
POLL_MS = 20  # often, so that the moment a page settles is known to within a few milliseconds
QUIET_MS = 300  # the state must hold this long: a rerun may start right after a run ends

# True once the page has been settled for `quiet` ms; the value is then the time (epoch ms) it became settled,
# so that a bench times the page, not the wait that confirms it held.
SETTLED = """([title, testid, quiet]) => {
    const app = document.querySelector('[data-testid=stApp]');
    const heading = document.querySelector('[data-testid=stMain] h1');
    const ready = !!app
        && app.getAttribute('data-test-connection-state') === 'CONNECTED'
        && app.getAttribute('data-test-script-state') === 'notRunning'
        && !document.querySelector('[data-stale=true]')
        && !document.querySelector('[data-testid=stSkeleton]')
        && [...document.querySelectorAll('[data-testid=stVegaLiteChart]')]
            .every((chart) => chart.querySelector('svg.marks'))
        && !!heading
        && (title === null || heading.innerText.trim() === title)
        && (testid === null || !!document.querySelector(`[data-testid=${testid}]`));
    if (!ready) window.__ncReadySince = null;
    else if (!window.__ncReadySince) window.__ncReadySince = Date.now();
    return !!window.__ncReadySince && Date.now() - window.__ncReadySince >= quiet && window.__ncReadySince;
}"""


def describe(page: Any) -> str:
    """What the app shows now, for a failure message."""
    return str(
        page.evaluate(
            """() => {
            const app = document.querySelector('[data-testid=stApp]');
            const heading = document.querySelector('[data-testid=stMain] h1');
            return JSON.stringify({
                url: location.href,
                connection: app && app.getAttribute('data-test-connection-state'),
                script: app && app.getAttribute('data-test-script-state'),
                stale: document.querySelectorAll('[data-stale=true]').length,
                skeletons: document.querySelectorAll('[data-testid=stSkeleton]').length,
                title: heading && heading.innerText,
            });
        }"""
        )
    )


def settle(page: Any, title: str | None = None, testid: str | None = None, timeout: float = SETTLE_TIMEOUT_S) -> float:
    """Wait until the app is connected, its script run is over, nothing is stale or loading, every chart is drawn,
    and the page shows its title (`title`, when given) and an element of `testid` (when given); return when that
    began, in epoch seconds (the browser's clock is this machine's)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page.evaluate("() => { window.__ncReadySince = null; }")  # a state seen before this call does not count
    try:
        since = page.wait_for_function(SETTLED, arg=[title, testid, QUIET_MS], polling=POLL_MS, timeout=timeout * 1000)
    except PlaywrightTimeout as error:
        raise AssertionError(f"the page did not settle within {timeout:.0f} s: {describe(page)}") from error
    return float(since.json_value()) / 1000


def open_settled(page: Any, url: str, title: str | None = None, testid: str | None = None) -> float:
    """Open a URL and wait until its page is settled; return when it became settled (epoch seconds)."""
    page.goto(url)
    return settle(page, title, testid)


# Counts the script runs that start from now on: a click's rerun may begin after the page looked settled.
_WATCH_RUNS = """() => {
    const app = document.querySelector('[data-testid=stApp]');
    if (window.__ncRunWatch) window.__ncRunWatch.disconnect();
    window.__ncRuns = 0;
    window.__ncApp = app;  // a navigation may draw a new app element: that counts as a run too
    const heading = document.querySelector('[data-testid=stMain] h1');
    window.__ncTitle = heading ? heading.innerText : null;  // so does a new page title
    window.__ncRunWatch = new MutationObserver((records) => { window.__ncRuns += records.length; });
    window.__ncRunWatch.observe(app, {attributes: true, attributeFilter: ['data-test-script-state']});
}"""


def navigate(
    page: Any,
    click: Callable[[], None],
    arrived: str,
    title: str | None = None,
    timeout: float = 30,
) -> float:
    """Click once the app is settled, wait for `arrived` (a JS expression over `location`) and a settled page;
    if the click was dropped (the app was not ready for it), click once more and say so. Return when the page
    became settled (epoch seconds)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    settle(page)
    for attempt in (1, 2):
        page.evaluate(_WATCH_RUNS)
        click()
        # Arrived, and a script run has started since the click (or the page was loaded anew, which resets
        # the counter): only then can a settled page be the click's result rather than the page before it.
        ran = (
            "(window.__ncRuns === undefined || window.__ncRuns > 0"
            " || document.querySelector('[data-testid=stApp]') !== window.__ncApp"
            " || (document.querySelector('[data-testid=stMain] h1') || {}).innerText !== window.__ncTitle)"
        )
        try:
            page.wait_for_function(f"() => {ran} && ({arrived})", polling=POLL_MS, timeout=timeout * 1000)
        except PlaywrightTimeout as error:
            if page.evaluate(f"() => {arrived}"):
                print(f"arrived at `{arrived}` without a run seen ({describe(page)}): waiting for the page")
                return settle(page, title)
            if attempt == 2:
                raise AssertionError(f"two clicks did not lead to `{arrived}`: {describe(page)}") from error
            print(f"the click did not lead to `{arrived}` within {timeout:.0f} s ({describe(page)}): clicking again")
            settle(page)
            continue
        return settle(page, title)
    raise AssertionError("unreachable: the second attempt returns or raises")


def injected(page: Any) -> list[str]:
    """Elements or attributes an injection would have created: scripts, frames and embeds that carry a payload,
    javascript: links, on* event handlers, the image and svg of the usual payloads."""
    return list(
        page.evaluate(
            """() => {
        const found = [];
        for (const s of document.querySelectorAll('script')) if (s.textContent.includes('alert')) found.push('script');
        for (const f of document.querySelectorAll('iframe[srcdoc], object, embed')) found.push(f.tagName);
        for (const e of document.querySelectorAll('*'))
            for (const attr of e.attributes)
                if (attr.name.endsWith('href') && attr.value.trim().toLowerCase().startsWith('javascript'))
                    found.push(e.tagName + ' javascript:');
        for (const e of document.querySelectorAll('[data-testid=stMain] *, [data-testid=stSidebar] *'))
            for (const attr of e.attributes) if (attr.name.startsWith('on')) found.push(e.tagName + ' ' + attr.name);
        for (const i of document.querySelectorAll('img[src=x], svg[onload], details[ontoggle], body[onload]'))
            found.push(i.tagName);
        return found;
    }"""
        )
    )


def open_filters(page: Any, lang: str = "en") -> Any:
    """Open the shared filters (a popover in the sidebar: its widgets are drawn only when it is open)."""
    settle(page)
    body = page.locator("[data-testid=stPopoverBody]", has_text=t("f_stance", lang))
    if not body.is_visible():
        page.locator("[data-testid=stSidebar] [data-testid=stPopover] button", has_text=t("filters", lang)).click()
    body.wait_for()
    return body
