"""Hostile links, generated (unknown, repeated and huge keys and values, Unicode, SQL and script injection): every
page renders with a warning and falls back to its default view, never a traceback or an exception box."""

from __future__ import annotations

from pathlib import Path

import pytest

from components import links
from components.filters import KNOWN_KEYS, STREAMLIT_PARAMS
from tests.app.test_pages import run_app
from tests.reliability.hostile import hostile_queries, received_query

QUERIES = hostile_queries(2 * len(links.PAGE_FILES), seed=23)


@pytest.mark.parametrize(("page", "params"), QUERIES, ids=[f"{page}-{i}" for i, (page, _) in enumerate(QUERIES)])
def test_a_hostile_link_warns_and_shows_the_page(app_env: Path, page: str, params: list[tuple[str, str]]) -> None:
    query = received_query(params)
    at = run_app(dict(query), links.PAGE_FILES[page])
    assert not at.exception, [e.value for e in at.exception]
    assert at.title, "the page drew its title"
    if set(query) - KNOWN_KEYS - STREAMLIT_PARAMS:
        assert at.warning, "an unknown parameter is reported"
