"""AppTest from the entrypoint: every page runs with and without URL filters; bad URLs warn, never crash."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from components import data, links
from components.filters import Filter
from components.labels import t
from newsclaims.topic import default_topic

ROOT = Path(__file__).resolve().parents[2]
PAGES = list(links.PAGE_FILES.values())


def run_app(query: dict[str, str | list[str]], page: str | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    if page and page != links.PAGE_FILES["overview"]:
        at.switch_page(page).run()
    return at


def sample_filters(store_dir: Path) -> dict[str, str | list[str]]:
    """Filters that select something in this store (derived from its contents, not typed in)."""
    tables = data.build_tables(store_dir)
    claims = tables.claims
    row = claims.iloc[0]
    return {"outlet": str(row["outlet"]), "stance": str(row["stance"]), "topic": list(row["topics"])[:1], "lang": "fr"}


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_without_filters(app_env: Path, page: str) -> None:
    at = run_app({}, page)
    assert not at.exception, at.exception
    assert not at.warning


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_with_filters_from_the_url(app_env: Path, page: str) -> None:
    query = sample_filters(app_env)
    at = run_app(query, page)
    assert not at.exception, at.exception
    assert not at.warning, [w.value for w in at.warning]
    assert at.session_state["outlet"] == [query["outlet"]]
    assert at.session_state["lang"] == "fr"


def test_claims_table_shows_the_rows_the_filter_selects(app_env: Path) -> None:
    query = sample_filters(app_env)
    at = run_app(query, links.PAGE_FILES["claims"])
    flt = Filter(outlets=(query["outlet"],), stances=(query["stance"],), topics=tuple(query["topic"]), lang="fr")
    expected = data.select_rows(data.build_tables(app_env), "claims", flt)
    table = at.dataframe[0].value
    assert len(table) == len(expected) > 0
    assert (table["stance"] == query["stance"]).all()
    assert (table["outlet"] == query["outlet"]).all()


def test_the_disputes_view_shows_contradicting_claims_side_by_side(app_env: Path) -> None:
    at = run_app({"lang": "fr"}, links.PAGE_FILES["claims"])
    at.session_state["claims_view"] = "disputes"  # the user's click on the view button
    at.run()
    assert not at.exception, at.exception
    assert [c.value for c in at.caption if "nie" in c.value] == ["L'une des affirmations nie l'autre"]
    shown = [text.value for text in at.text]
    assert any("Brenner fermera son usine de Rouen" in value for value in shown)
    assert any("Brenner ne fermera pas son usine de Rouen" in value for value in shown)


@pytest.mark.parametrize("page", ["claims", "figures"])
def test_a_missing_value_reads_as_a_dash_never_none(app_env: Path, page: str) -> None:
    at = run_app({}, links.PAGE_FILES[page])
    table = next(d for d in at.dataframe if "date" in d.value.columns).value
    texts = table.select_dtypes(include=["object", "str"]).drop(columns=["topics"], errors="ignore")  # topics: lists
    assert not texts.isna().any().any()
    assert (texts == "—").any().any()  # the test store has articles without a date and figures without a period


def test_the_overview_links_to_the_contradictions(app_env: Path) -> None:
    at = run_app({"lang": "fr"})
    assert not at.exception, at.exception
    expected = t("open_disputes", "fr", n=len(data.build_tables(app_env).claim_disputes))
    assert [link.label for link in at.get("page_link") if link.label == expected] == [expected]


def test_the_disputes_view_follows_the_filters(app_env: Path) -> None:
    at = run_app({"q": "vendanges"}, links.PAGE_FILES["claims"])
    at.session_state["claims_view"] = "disputes"
    at.run()
    assert not at.exception, at.exception
    assert "No two articles contradict each other on the claims shown." in [i.value for i in at.info]


def test_the_overview_figure_comparisons_follow_the_filters(app_env: Path) -> None:
    tables = data.build_tables(app_env)
    pairs = tables.figure_comparisons
    assert not pairs.empty  # the test store has figures that two articles share
    outsider = sorted(
        set(tables.articles["outlet"])
        - set(
            tables.articles.set_index("article_id").loc[list(pairs["article_a"]) + list(pairs["article_b"]), "outlet"]
        )
        - {""}
    )[0]
    at = run_app({"outlet": outsider})
    assert not at.exception, at.exception
    assert t("comparisons_none", "en") in [i.value for i in at.info]
    at = run_app({})
    assert len(next(d for d in at.dataframe if "surface_a" in d.value.columns).value) == len(pairs)


# Malformed URLs: each gives its warning (in English, the default) and the default for that filter.
MALFORMED = [
    ({"stance": "pour"}, "Unknown value for Stance: pour", "stance", []),
    ({"outlet": "Le Canard <script>"}, "Unknown value for Outlet", "outlet", []),
    ({"since": "2024-02-30"}, "From is not a date", "since", None),
    ({"until": "demain"}, "To is not a date", "until", None),
    ({"since": ["2024-01-01", "2024-02-01"]}, "From was given several times", "since", None),
    ({"q": ["IA", "emploi"]}, "Search (ignores case and accents) was given several times", "q", ""),
    ({"q": "x" * 5000}, "is too long", "q", ""),
    ({"topic": ["jobs"] * 60}, "Too many values for Topic", "topic", []),
    ({"lang": "de"}, "Unknown value for Interface language: de", "lang", "en"),
    ({"utm_source": "newsletter"}, "Ignored the unknown URL parameter", None, None),
    ({"type": "[x](javascript:alert(1))"}, "Unknown value for Claim type", "type", []),
]


@pytest.mark.parametrize(("query", "warning", "key", "default"), MALFORMED)
def test_malformed_parameters_warn_and_fall_back(
    app_env: Path, query: dict[str, str | list[str]], warning: str, key: str | None, default: object
) -> None:
    at = run_app(query)
    assert not at.exception, at.exception
    texts = [w.value.replace("\\", "") for w in at.warning]
    assert any(warning in text for text in texts), texts
    if key:
        assert at.session_state[key] == default


@pytest.mark.parametrize(
    ("page", "query", "warning"),
    [
        ("reader", {"article": "inconnu"}, "Unknown value for Article"),
        ("reader", {"span": "50-10"}, "The highlighted span must look like"),
        ("reader", {"span": "99999999-999999999"}, "The highlighted span must look like"),
        ("claims", {"claims_view": "<b>grid</b>"}, "Unknown value for View"),
        ("stakeholders", {"st_matrix": "diagonal"}, "Unknown value for Columns"),
        ("figures", {"fig_metric": "x" * 300}, "too long"),
    ],
)
def test_malformed_page_parameters(app_env: Path, page: str, query: dict[str, str], warning: str) -> None:
    at = run_app(query, links.PAGE_FILES[page])
    assert not at.exception, at.exception
    assert any(warning in w.value.replace("\\", "") for w in at.warning), [w.value for w in at.warning]


def test_reader_opens_the_linked_span(app_env: Path) -> None:
    tables = data.build_tables(app_env)
    claim = tables.claims.iloc[-1]
    at = run_app({"article": claim["article_id"], "span": f"{claim['start']}-{claim['end']}"}, "app_pages/reader.py")
    assert not at.exception
    assert claim["text"] in [text.value for text in at.text]
    assert any('id="nc-target"' in element.value for element in at.html)


def test_reader_opens_every_article_of_the_store(app_env: Path) -> None:
    """Missing values (no speaker, no author, no metric) must not break the reader on any article."""
    for article_id in data.build_tables(app_env).articles["article_id"]:
        at = run_app({"article": article_id}, "app_pages/reader.py")
        assert not at.exception, (article_id, at.exception)
        assert at.html and "nan" not in at.caption[0].value


def test_layout_is_app_pages_with_st_navigation() -> None:
    """A `pages/` folder would switch Streamlit to legacy discovery and break deep links (DESIGN.md)."""
    assert not (ROOT / "pages").exists()
    source = (ROOT / "app.py").read_text(encoding="utf-8")
    assert "st.navigation(" in source and "page.run()" in source
    registered = {f"app_pages/{path.name}" for path in (ROOT / "app_pages").glob("*.py")}
    assert registered == set(links.PAGE_FILES.values())
    for path in [ROOT / "app.py", *(ROOT / "app_pages").glob("*.py"), *(ROOT / "components").glob("*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.keyword) and node.arg == "unsafe_allow_html":
                raise AssertionError(f"{path.name} uses unsafe_allow_html")


def test_empty_store_pages_say_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, real_store: Path) -> None:
    """A corpus where extraction found nothing: pages explain instead of showing empty tables."""
    from newsclaims import store

    articles = store.load_articles(real_store)
    for article in articles:
        article.quotes, article.claims, article.figures, article.stakeholders = [], [], [], []
    store.write_store(articles, {"empty": True}, tmp_path / "empty")
    monkeypatch.setenv("NEWSCLAIMS_STORE", str(tmp_path / "empty"))
    for page in PAGES:
        at = run_app({}, page)
        assert not at.exception, (page, at.exception)
    at = run_app({}, links.PAGE_FILES["claims"])
    assert any("holds no claims" in info.value for info in at.info)


@pytest.mark.parametrize(("lang", "name"), [("en", "Generative AI in film and TV production"), ("fr", "IA générative")])
def test_stakeholders_page_names_the_topic_the_store_was_built_toward(app_env: Path, lang: str, name: str) -> None:
    at = run_app({"lang": lang}, links.PAGE_FILES["stakeholders"])
    assert not at.exception, at.exception
    assert any(name in caption.value for caption in at.caption)


def test_topic_filter_offers_the_aspects_of_the_stores_topic(app_env: Path) -> None:
    manifest = data.build_tables(app_env).manifest
    assert data.topic_aspects(manifest) == list(default_topic().aspects("fr"))
    at = run_app({"topic": ["safety"]}, links.PAGE_FILES["claims"])  # an aspect of another topic file
    assert any("safety" in warning.value for warning in at.warning)


def test_stakeholders_page_can_hide_those_not_engaged_with_the_topic(app_env: Path) -> None:
    stakeholders = data.build_tables(app_env).stakeholders
    engaged = stakeholders.loc[stakeholders["engaged"], "name"].nunique()
    assert 0 < engaged < stakeholders["name"].nunique()  # the off-topic article has stakeholders not engaged
    at = run_app({"st_scope": "engaged"}, links.PAGE_FILES["stakeholders"])
    assert not at.exception, at.exception
    assert not at.warning, [w.value for w in at.warning]
    table = next(frame.value for frame in at.dataframe if "mentions" in frame.value.columns)
    assert len(table) == engaged


def test_figures_page_filters_on_entity_from_the_url(app_env: Path) -> None:
    figures = data.build_tables(app_env).figures
    entity = figures["entity"].dropna().value_counts().index[0]
    at = run_app({"fig_entity": [str(entity)]}, links.PAGE_FILES["figures"])
    assert not at.exception, at.exception
    assert not at.warning, [w.value for w in at.warning]
    table = next(frame.value for frame in at.dataframe if "surface" in frame.value.columns)
    assert len(table) == int((figures["entity"] == entity).sum()) < len(figures)
