"""The only module that builds links between pages; every link carries the current filters."""

from __future__ import annotations

from urllib.parse import urlencode

from components.filters import Filter

# url_path of each page (app.py registers the pages under these paths).
PAGE_PATHS = {
    "overview": "",
    "claims": "claims",
    "stakeholders": "stakeholders",
    "figures": "figures",
    "reader": "reader",
    "analyse": "analyse",
    "about": "about",
}
PAGE_FILES = {name: f"app_pages/{name}.py" for name in PAGE_PATHS}


def span_param(start: int, end: int) -> str:
    return f"{int(start)}-{int(end)}"


def query(flt: Filter, **extra: str | list[str]) -> dict[str, str | list[str]]:
    """Query parameters of `flt` plus page parameters, for st.page_link(query_params=...)."""
    params: dict[str, str | list[str]] = {}
    for key, value in flt.params():
        if key in params:
            previous = params[key]
            params[key] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            params[key] = value
    params.update(extra)
    return params


def url(page: str, flt: Filter, **extra: str | list[str]) -> str:
    """A relative URL of `page` with the filter (repeated keys for several values), safe to share."""
    pairs = list(flt.params())
    for key, value in extra.items():
        pairs.extend((key, item) for item in (value if isinstance(value, list) else [value]))
    text = urlencode(pairs)
    path = PAGE_PATHS[page] or "./"
    return f"{path}?{text}" if text else path


def reader_url(flt: Filter, article_id: str, start: int, end: int) -> str:
    """Link to the reader opened on `article_id`, scrolled to the span start-end, highlighted."""
    return url("reader", flt, article=str(article_id), span=span_param(start, end))


def reader_query(flt: Filter, article_id: str, start: int, end: int) -> dict[str, str | list[str]]:
    """Query of an in-app link (st.page_link) to the reader opened on the span start-end of `article_id`, with the
    filter (the server keeps the filters in the URL, so a link names them itself)."""
    return query(flt, article=str(article_id), span=span_param(start, end))
