"""Overview: corpus counts, articles over time, who is for and against, shared claims, figure agreement."""

import streamlit as st

from components import charts, data, filters, links, views
from components.filters import STANCES
from components.labels import t

flt = filters.current()
lang = flt.lang
tables = data.tables()
st.title(t("page_overview", lang))
st.caption(t("app_caption", lang) + " " + t("active_filters", lang, desc=flt.describe()))

articles = data.filtered(tables, "articles", flt)
frames = {name: data.filtered(tables, name, flt) for name in data.RECORD_TABLES}
row = st.container(horizontal=True)
row.metric(t("m_articles", lang), len(articles), border=True)
row.metric(t("m_outlets", lang), articles["outlet"].replace("", None).nunique(), border=True)
for name in data.RECORD_TABLES:
    shown = frames[name]["name"].nunique() if name == "stakeholders" else len(frames[name])
    row.metric(t(f"m_{name}", lang), shown, border=True)

left, right = st.columns(2)
with left, st.container(border=True):
    views.heading(t("articles_over_time", lang))
    months = articles["date"].dropna().str.slice(0, 7)
    if months.empty:
        views.empty_state("articles", len(tables.articles), flt)
    else:
        counts = months.value_counts().sort_index()
        st.plotly_chart(charts.timeline(counts.index.tolist(), counts.tolist()), key="ov_timeline")


def _pick_stakeholder() -> None:
    # A click on a bar filters every view by that stakeholder (set before the bound widget is drawn).
    picked = charts.clicked(st.session_state.get("ov_stance"))
    if picked:
        st.session_state["stakeholder"] = [str(picked[0])]


with right, st.container(border=True):
    views.heading(t("who_for_against", lang))
    summary = data.stakeholder_summary(frames["stakeholders"]).head(15)
    if summary.empty:
        views.empty_state("stakeholders", len(tables.stakeholders), flt)
    else:
        names = summary["name"].tolist()
        labels = {stance: t(f"col_{stance}", lang) for stance in STANCES}
        st.plotly_chart(
            charts.stance_bars(summary, names, labels, STANCES),
            key="ov_stance",
            on_select=_pick_stakeholder,
            selection_mode="points",
        )

with st.container(border=True):
    views.heading(t("shared_claims", lang))
    clusters = data.claim_clusters(frames["claims"])
    views.table(
        clusters,
        len(tables.claims),
        "claims",
        flt,
        ["text", "speaker", "outlet", "date", "cluster_size"],
        {
            "text": st.column_config.TextColumn(t("col_text", lang), width="large"),
            "speaker": t("col_speaker", lang),
            "outlet": t("col_outlet", lang),
            "date": t("col_date", lang),
            "cluster_size": st.column_config.NumberColumn(t("col_cluster", lang), width="small"),
        },
        key="ov_clusters",
    )

disputes = data.claim_disputes(tables, frames["claims"])
if not disputes.empty:
    # The contradictions between outlets, one click away (the Claims page's disputes view).
    st.page_link(
        links.PAGE_FILES["claims"],
        label=t("open_disputes", lang, n=len(disputes)),
        icon=":material/compare_arrows:",
        query_params={"claims_view": "disputes"},
    )

with st.container(border=True):
    views.heading(t("figure_agreement", lang))
    views.comparisons_table(data.comparisons(tables, flt), flt, key="ov_comparisons")
