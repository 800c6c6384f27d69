"""AppTest from the entrypoint: every page runs with and without URL filters; bad URLs warn, never crash."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from components import data, links, views
from components.labels import coded, t
from newsclaims import store
from newsclaims.topic import default_topic
from tests.query.test_query import ARTICLES

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


def table(store_dir: Path, name: str) -> pd.DataFrame:
    """A store table read by pyarrow, not by the queries under test: what the pages must show is computed here."""
    return store.read_table(name, store_dir).to_pandas()


def sample_filters(store_dir: Path) -> dict[str, str | list[str]]:
    """Filters that select something in this store (derived from its contents, not typed in)."""
    claims = table(store_dir, "claims")
    row = claims[claims["outlet"].notna() & claims["topics"].map(len).gt(0)].iloc[0]
    return {"outlet": str(row["outlet"]), "stance": str(row["stance"]), "topic": list(row["topics"])[:1], "lang": "fr"}


def records_table(at: AppTest) -> pd.DataFrame:
    """The rows of the page's first table of records (views.table names what it holds for screen readers; a bar
    table does not)."""
    return next(frame.value for frame in at.dataframe if frame.proto.alt)


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
    claims = table(app_env, "claims")
    expected = claims[
        (claims["outlet"] == query["outlet"])
        & (claims["stance"] == query["stance"])
        & claims["topics"].map(lambda topics: query["topic"][0] in topics)
    ]
    shown = records_table(at)
    assert len(shown) == min(len(expected), data.PAGE_SIZE) > 0
    assert (shown["stance"] == coded(query["stance"], str(query["lang"]))).all()  # shown as a word of the UI
    assert (shown["outlet"] == query["outlet"]).all()


def test_the_page_of_a_table_is_in_the_url(app_env: Path) -> None:
    claims = table(app_env, "claims")
    assert len(claims) > data.PAGE_SIZE  # the test store has two pages of claims
    first = records_table(run_app({}, links.PAGE_FILES["claims"]))
    at = run_app({"cl_table_page": "2"}, links.PAGE_FILES["claims"])
    assert not at.exception, at.exception
    assert not at.warning, [w.value for w in at.warning]
    second = records_table(at)
    assert len(second) == min(data.PAGE_SIZE, len(claims) - data.PAGE_SIZE)
    assert not set(second["text"]) & set(first["text"]) - {"—"}
    # Past the last page, the last page is shown.
    beyond = records_table(run_app({"cl_table_page": "999"}, links.PAGE_FILES["claims"]))
    assert beyond["text"].tolist() == second["text"].tolist() or len(claims) > 2 * data.PAGE_SIZE


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
    shown = next(d for d in at.dataframe if "date" in d.value.columns).value
    texts = shown.select_dtypes(include=["object", "str"]).drop(columns=["topics"], errors="ignore")  # topics: lists
    assert not texts.isna().any().any()
    assert (texts == "—").any().any()  # the test store has articles without a date and figures without a period


def test_the_overview_links_to_the_contradictions(app_env: Path) -> None:
    at = run_app({"lang": "fr"})
    assert not at.exception, at.exception
    expected = t("open_disputes", "fr", n=len(table(app_env, "claim_disputes")))
    assert [link.label for link in at.get("page_link") if link.label == expected] == [expected]


def test_the_disputes_view_follows_the_filters(app_env: Path) -> None:
    at = run_app({"q": "vendanges"}, links.PAGE_FILES["claims"])
    at.session_state["claims_view"] = "disputes"
    at.run()
    assert not at.exception, at.exception
    assert "No two articles contradict each other on the claims shown." in [i.value for i in at.info]


def test_the_overview_figure_comparisons_follow_the_filters(app_env: Path) -> None:
    articles = table(app_env, "articles")
    pairs = table(app_env, "figure_comparisons")
    assert not pairs.empty  # the test store has figures that two articles share
    compared = articles.set_index("article_id").loc[list(pairs["article_a"]) + list(pairs["article_b"]), "outlet"]
    outsider = sorted(set(articles["outlet"].dropna()) - set(compared))[0]
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
        ("reader", {"span": "{{7*7}} 1-2"}, "The highlighted span must look like"),  # once read as numbers
        ("claims", {"claims_view": "<b>grid</b>"}, "Unknown value for View"),
        ("stakeholders", {"st_matrix": "diagonal"}, "Unknown value for Columns"),
        ("figures", {"fig_metric": "x" * 300}, "too long"),
        ("claims", {"cl_table_page": "deux"}, "is not a page number"),
        ("figures", {"fig_table_page": "0"}, "is not a page number"),
    ],
)
def test_malformed_page_parameters(app_env: Path, page: str, query: dict[str, str], warning: str) -> None:
    at = run_app(query, links.PAGE_FILES[page])
    assert not at.exception, at.exception
    assert any(warning in w.value.replace("\\", "") for w in at.warning), [w.value for w in at.warning]


def test_reader_opens_the_linked_span(app_env: Path) -> None:
    claim = table(app_env, "claims").iloc[-1]
    at = run_app({"article": claim["article_id"], "span": f"{claim['start']}-{claim['end']}"}, "app_pages/reader.py")
    assert not at.exception
    assert claim["text"] in [text.value for text in at.text]
    assert any('id="nc-target"' in element.value for element in at.html)


def test_reader_opens_every_article_of_the_store(app_env: Path) -> None:
    """Missing values (no speaker, no author, no metric) must not break the reader on any article."""
    for article_id in table(app_env, "articles")["article_id"]:
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


def test_a_search_in_too_many_claims_shows_its_latest_months_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every claim of the store holds « studio », two a month in four months of 2024: past three claims found, the
    view is narrowed to the latest months that hold at most three, the table shows them, and a note says so."""
    store.write_store(ARTICLES, {"test": True}, tmp_path / "store")
    monkeypatch.setenv("NEWSCLAIMS_STORE", str(tmp_path / "store"))
    monkeypatch.delenv("NEWSCLAIMS_MODE", raising=False)
    monkeypatch.setattr("newsclaims.query.MAX_FOUND_ROWS", 3)
    at = run_app({"q": "studio"}, links.PAGE_FILES["claims"])
    assert not at.exception, at.exception
    assert any("since 2024-10" in info.value for info in at.info), [info.value for info in at.info]
    shown = records_table(at)
    assert len(shown) == 2
    at = run_app({"q": "numero 17"}, links.PAGE_FILES["claims"])  # « 17 » is in two claims: few enough
    assert not any("since" in info.value for info in at.info)
    assert len(records_table(at)) == 2


@pytest.mark.parametrize(("lang", "name"), [("en", "Generative AI in film and TV production"), ("fr", "IA générative")])
def test_stakeholders_page_names_the_topic_the_store_was_built_toward(app_env: Path, lang: str, name: str) -> None:
    at = run_app({"lang": lang}, links.PAGE_FILES["stakeholders"])
    assert not at.exception, at.exception
    assert any(name in caption.value for caption in at.caption)


def test_topic_filter_offers_the_aspects_of_the_stores_topic(app_env: Path) -> None:
    manifest = store.read_manifest(app_env)
    assert data.topic_aspects(manifest) == list(default_topic().aspects("fr"))
    at = run_app({"topic": ["safety"]}, links.PAGE_FILES["claims"])  # an aspect of another topic file
    assert any("safety" in warning.value for warning in at.warning)


def test_stakeholders_page_can_hide_those_not_engaged_with_the_topic(app_env: Path) -> None:
    stakeholders = table(app_env, "stakeholders")
    engaged = stakeholders.loc[stakeholders["engaged"], "name"].nunique()
    assert 0 < engaged < stakeholders["name"].nunique()  # the off-topic article has stakeholders not engaged
    at = run_app({"st_scope": "engaged"}, links.PAGE_FILES["stakeholders"])
    assert not at.exception, at.exception
    assert not at.warning, [w.value for w in at.warning]
    shown = next(frame.value for frame in at.dataframe if "mentions" in frame.value.columns)
    assert len(shown) == min(engaged, data.PAGE_SIZE)


def test_figures_page_filters_on_entity_from_the_url(app_env: Path) -> None:
    figures = table(app_env, "figures")
    entity = figures["entity"].dropna().value_counts().index[0]
    at = run_app({"fig_entity": [str(entity)]}, links.PAGE_FILES["figures"])
    assert not at.exception, at.exception
    assert not at.warning, [w.value for w in at.warning]
    shown = next(frame.value for frame in at.dataframe if "surface" in frame.value.columns)
    assert len(shown) == min(int((figures["entity"] == entity).sum()), data.PAGE_SIZE) < len(figures)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_figures_table_shows_amounts_scaled(app_env: Path, lang: str) -> None:
    from components.views import scaled_number

    large = [value for value in table(app_env, "figures")["value"] if value >= 1e9]
    assert large  # the test store has amounts in billions
    at = run_app({"lang": lang}, links.PAGE_FILES["figures"])
    shown = set(next(d for d in at.dataframe if "surface" in d.value.columns).value["value"])
    assert {scaled_number(value, lang) for value in large} <= shown
    assert not any(len(value) > 12 for value in shown)  # no « 6,600,000,000 » to clip


def _table_count(at: AppTest, what: str) -> int:
    """The count a page's table states (« 12 of 40 claims »)."""
    import re

    found = [re.match(r"^(\d+) of \d+ " + what, caption.value) for caption in at.caption]
    numbers = [int(match.group(1)) for match in found if match]
    assert numbers, [caption.value for caption in at.caption]
    return numbers[0]


@pytest.mark.parametrize("page", PAGES)
def test_every_table_column_has_a_header_in_the_interface_language(app_env: Path, page: str) -> None:
    import json

    at = run_app({"lang": "fr"}, page)
    for frame in at.dataframe:
        config = json.loads(frame.proto.columns or "{}")
        unnamed = [c for c in frame.value.columns if not config.get(c, {}).get("label")]
        assert not unnamed, (page, unnamed)


@pytest.mark.parametrize("page", PAGES)
def test_french_tables_show_codes_as_french_words(app_env: Path, page: str) -> None:
    at = run_app({"lang": "fr"}, page)
    for frame in at.dataframe:
        for column in set(views.CODE_COLUMNS) & set(frame.value.columns):
            raw = [v for v in frame.value[column] if isinstance(v, str) and coded(v, "fr") != v]
            assert not raw, (page, column, raw[:3])


def test_an_empty_chart_says_the_field_its_rows_lack(app_env: Path) -> None:
    articles = table(app_env, "articles")
    undated = articles.groupby("outlet")["date"].apply(lambda dates: dates.isna().all())
    outlet = str(undated[undated].index[0])  # an outlet none of whose articles has a date
    count = int((articles["outlet"] == outlet).sum())
    at = run_app({"outlet": outlet, "lang": "fr"})
    verb = "correspond" if count == 1 else "correspondent"
    assert any(f"{verb} aux filtres, mais sans date" in info.value for info in at.info), [i.value for i in at.info]


# Written for these tests.
PASTED = "« Nos ventes ont atteint 3 milliards d'euros », a déclaré jeudi Paul Marin, le patron du groupe Valmet."


def _analyse(text: str) -> AppTest:
    at = run_app({"lang": "fr"}, links.PAGE_FILES["analyse"])
    at.text_area(key="an_text").input(text)
    at.button(key="an_run").click().run()
    return at


def test_the_analyse_page_shows_the_extraction_of_a_pasted_text(app_env: Path) -> None:
    at = _analyse(PASTED)
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    figures = next(d.value for d in at.dataframe if "surface" in d.value.columns)
    assert "3 milliards d'euros" in set(figures["surface"])
    texts = figures.select_dtypes(include=["object", "str"])
    assert not texts.isna().any().any(), "a missing value reads « — », never None"


def test_an_analysis_past_its_time_cap_is_stopped_with_its_reason(
    app_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSCLAIMS_ANALYSE_SECONDS", "1")
    at = _analyse("\n\n".join([PASTED] * 300))  # seconds of work even for a worker with its models loaded
    assert any("L'analyse a dépassé 1 s" in e.value for e in at.error), [e.value for e in at.error]
    assert not any("surface" in d.value.columns for d in at.dataframe)


def test_a_column_with_no_value_at_all_reads_as_dashes() -> None:
    frame = pd.DataFrame({"outlet": [None, None], "mentions": [1, 2]})
    assert views.missing_as_dash(frame)["outlet"].tolist() == [views.MISSING, views.MISSING]


def test_french_counts_and_empty_states_agree_with_their_noun(app_env: Path) -> None:
    total = len(table(app_env, "claims"))
    at = run_app({"lang": "fr"}, links.PAGE_FILES["claims"])
    assert any(caption.value == f"{total} sur {total} affirmations" for caption in at.caption), at.caption
    at = run_app({"lang": "fr", "q": "zzqxwv"}, links.PAGE_FILES["claims"])
    assert any(info.value.startswith("Aucune affirmation ne correspond aux filtres") for info in at.info), at.info


def test_the_about_page_counts_as_the_overview_does(app_env: Path) -> None:
    shown = {metric.label: int(metric.value) for metric in run_app({}).metric}
    about = run_app({}, links.PAGE_FILES["about"])
    facts = next(d.value for d in about.dataframe if "fact" in d.value.columns).set_index("fact")["value"]
    for name in ("claims", "quotes", "figures", "stakeholders"):
        label = t(f"m_{name}", "en")
        assert int(facts[label]) == shown[label], name


@pytest.mark.parametrize("filtered", [False, True])
def test_the_overview_counts_agree_with_the_pages_they_summarise(app_env: Path, filtered: bool) -> None:
    query = {k: v for k, v in sample_filters(app_env).items() if k in ("outlet", "stance")} if filtered else {}
    overview = run_app(query)
    assert not overview.exception, overview.exception
    shown = {metric.label: int(metric.value) for metric in overview.metric}
    pages = {
        "Claims": ("claims", "claims"),
        "Figures": ("figures", "figures"),
        "Stakeholders": ("stakeholders", "stakeholders"),
    }
    for label, (page, what) in pages.items():
        at = run_app(query, links.PAGE_FILES[page])
        assert _table_count(at, what) == shown[label], (label, query)


def _group(at: AppTest, key: str) -> Any:
    """The button group (pills, segmented control) of widget key `key`."""
    return next(group for group in at.get("button_group") if group.key == key)


def _shown_options(at: AppTest, key: str) -> list[str]:
    return [option.content for option in _group(at, key).proto.options]


@pytest.mark.parametrize(
    ("page", "key", "codes"),
    [
        (None, "stance", ["pro", "against", "neutral", "mixed"]),
        ("claims", "claims_view", ["table", "clusters", "disputes"]),
        ("stakeholders", "st_matrix", ["article", "topic"]),
        ("stakeholders", "st_scope", ["all", "engaged"]),
    ],
)
def test_french_buttons_over_codes_show_words(app_env: Path, page: str | None, key: str, codes: list[str]) -> None:
    at = run_app({"lang": "fr"}, links.PAGE_FILES[page] if page else None)
    shown = _shown_options(at, key)
    assert len(shown) == len(codes)
    assert all(word != code for word, code in zip(shown, codes, strict=True)), shown


def test_a_word_chosen_in_french_puts_its_code_in_the_link(app_env: Path) -> None:
    at = run_app({"lang": "fr", "stance": "against"}, links.PAGE_FILES["claims"])
    assert t("code_against", "fr") in at.caption[0].value  # the active filters read in words too
    _group(at, "stance").set_value(["against", "pro"]).run()
    assert at.query_params["stance"] == ["against", "pro"]
    english = run_app({"lang": "en", "stance": ["against", "pro"]}, links.PAGE_FILES["claims"])
    assert _group(english, "stance").value == ["against", "pro"]  # the same link means the same in the other language


def test_a_followed_link_sets_a_coded_widget_already_drawn(app_env: Path) -> None:
    at = run_app({"lang": "fr", "stance": "against"}, links.PAGE_FILES["claims"])
    at.query_params["stance"] = "pro"  # as a link or the back button changes the URL of a running session
    at.run()
    assert _group(at, "stance").value == ["pro"]


def test_french_pages_name_groups_and_topics_in_french(app_env: Path) -> None:
    from newsclaims.extract.actors import group_labels

    french = {name: names["fr"] for name, names in group_labels().items() if names["fr"] != name}
    present = set(table(app_env, "stakeholders")["name"]) & set(french)
    assert present, "the test corpus names at least one group"
    at = run_app({"lang": "fr"}, links.PAGE_FILES["stakeholders"])
    shown = {value for frame in at.dataframe if "name" in frame.value for value in frame.value["name"]}
    assert not shown & present, sorted(shown & present)
    assert {french[name] for name in present} <= shown
    filter_words = set(at.multiselect(key="stakeholder").options)
    assert {french[name] for name in present} <= filter_words and not filter_words & present
    aspects = {a["key"]: a["label"]["fr"] for a in store.read_manifest(app_env)["topic"]["aspects"]}
    topic_words = set(at.multiselect(key="topic").options)
    assert topic_words & set(aspects.values())
    assert not topic_words & {key for key, word in aspects.items() if word != key}


def test_tables_show_the_articles_own_voice_groups_and_topics_in_words(app_env: Path) -> None:
    frame = pd.DataFrame({"speaker": ["article", "the public"], "topics": [["jobs"], []], "period": [None, "Q2"]})
    shown = views.present(frame, "fr")
    assert shown["speaker"].tolist() == [t("code_article", "fr"), "le public"]
    assert shown["topics"].tolist()[0] != ["jobs"]
    assert shown["period"].tolist() == [views.MISSING, "Q2"]


def test_the_card_and_the_network_are_computed_only_when_opened(app_env: Path) -> None:
    page = links.PAGE_FILES["stakeholders"]
    closed = run_app({}, page)
    assert not closed.get("vega_lite_chart")  # no network
    assert len(closed.dataframe) == 2  # the stance matrix and the stakeholders table; no card
    assert not [box for box in closed.selectbox if box.key == "st_card"]
    name = str(table(app_env, "stakeholders")["name"].value_counts().index[-1])
    opened = run_app({"st_network_open": "true", "st_card": name}, page)
    assert len(opened.get("vega_lite_chart")) == 1
    assert opened.selectbox(key="st_card").value == name  # a link to a card opens it on that stakeholder
    assert len(opened.dataframe) > 2  # the card's tables: stance over time, evidence, quotes
    bad = run_app({"st_network_open": "banana"}, page)
    assert not bad.exception and bad.warning


def test_the_shared_claims_table_says_why_it_is_empty(app_env: Path) -> None:
    # A search no claim matches: the table says that no claim shown is repeated, and how to widen the view.
    at = run_app({"lang": "fr", "q": "zzzqqq"})
    infos = [info.value for info in at.info]
    assert any(t("empty_shared", "fr") in info and t("empty_widen", "fr") in info for info in infos), infos


def test_a_table_page_holds_its_columns_and_its_download_every_column(app_env: Path) -> None:
    """The page on screen reads the columns shown and those its evidence links need; the download, all of them."""
    rows = data.table_rows("claims", data.Criteria(), shown=["text", "outlet", "start"])
    assert list(rows.page(5, 0).columns) == ["text", "outlet", "start", "article_id", "end"]
    assert {"text", "stance", "topics", "speaker", "cluster_id", "article_id"} <= set(rows.export().columns)


RENDER_PATH_CHECK = """
import sys
from tests.app.test_pages import run_app
from components import links
for name in ("overview", "claims", "stakeholders", "figures", "reader"):
    assert not run_app({}, links.PAGE_FILES[name]).exception, name
print(sorted(module for module in ("spacy", "altair", "networkx") if module in sys.modules))
"""


def test_the_pages_first_render_imports_neither_the_pipeline_nor_the_chart_libraries(app_env: Path) -> None:
    """spaCy loads only on the Analyse page, altair and networkx only when the network is opened: on a fresh
    server each added to the first visit's time (altair and networkx together about a second)."""
    done = subprocess.run(
        [sys.executable, "-c", RENDER_PATH_CHECK], cwd=ROOT, capture_output=True, text=True, timeout=300, check=True
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"
