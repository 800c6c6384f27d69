"""Overview: corpus counts, articles over time, who is for and against, shared claims, figure agreement."""

import streamlit as st

from components import charts, data, filters, links, views
from components.filters import STANCES
from components.labels import t

flt = filters.current()
lang = flt.lang
filters.validate_page("overview", data.options(), lang)
st.title(t("page_overview", lang))
st.caption(t("app_caption", lang) + " " + t("active_filters", lang, desc=flt.describe(data.words(lang))))

crit = data.criteria(flt)
row = st.container(horizontal=True)
articles = data.article_counts(crit)
row.metric(t("m_articles", lang), articles.articles, border=True)
row.metric(t("m_outlets", lang), articles.outlets, border=True)
for name in data.RECORD_TABLES:
    shown = data.distinct_count(name, "name", crit) if name == "stakeholders" else data.count(name, crit)
    row.metric(t(f"m_{name}", lang), shown, border=True)

left, right = st.columns([1, 2])  # four stance columns need the room
with left, st.container(border=True):
    views.heading(t("articles_over_time", lang))
    months = articles.months
    if months.empty:
        views.empty_state("articles", data.total("articles"), flt, missing="date", matching=articles.articles)
    else:
        titles = (t("axis_month", lang), t("m_articles", lang))
        charts.show(charts.timeline(months["month"].tolist(), months["n"].tolist(), titles), key="ov_timeline")


with right, st.container(border=True):
    views.heading(t("who_for_against", lang))
    summary = data.stakeholder_summary(crit, 15)
    if summary.empty:
        views.empty_state("stakeholders", data.total("stakeholders"), flt)
    else:
        names = summary["name"].tolist()
        labels = {stance: t(f"col_{stance}", lang) for stance in STANCES}
        named = data.words(lang)["stakeholders"]
        bars = charts.stance_bars(
            summary, names, labels, STANCES, t("f_stakeholder", lang), [named.get(n, n) for n in names]
        )
        charts.show(bars, key="ov_stance", on_pick=filters.pick("stakeholder"))

with st.container(border=True):
    views.heading(t("shared_claims", lang))
    shown = ["text", "speaker", "outlet", "date", "cluster_size"]
    views.table(
        data.table_rows("claims", data.criteria(flt, shared_only=True), order=data.CLUSTER_ORDER, shown=shown),
        data.total("claims"),
        "claims",
        flt,
        shown,
        {
            "text": st.column_config.TextColumn(t("col_text", lang), width="large"),
            "speaker": t("col_speaker", lang),
            "outlet": t("col_outlet", lang),
            "date": t("col_date", lang),
            "cluster_size": st.column_config.NumberColumn(t("col_cluster", lang), width="small"),
        },
        key="ov_clusters",
        empty_reason="empty_shared",
    )

disputes, _ = data.disputes(crit, 1)
if disputes:
    # The contradictions between outlets, one click away (the Claims page's disputes view).
    st.page_link(
        links.PAGE_FILES["claims"],
        label=t("open_disputes", lang, n=disputes),
        icon=":material/compare_arrows:",
        query_params=links.query(flt, claims_view="disputes"),
    )

with st.container(border=True):
    views.heading(t("figure_agreement", lang))
    views.comparisons_table(*data.comparisons(crit), flt, key="ov_comparisons")
