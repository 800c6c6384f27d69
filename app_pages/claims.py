"""Claims: the filtered claims table, the same claim across outlets, clickable stance and topic bars."""

import streamlit as st

from components import charts, data, filters, links, views
from components.filters import STANCES
from components.labels import plain, t

CLUSTER_CLAIMS = 200  # claims the clusters view lists, widest clusters first

flt = filters.current()
lang = flt.lang
filters.validate_page("claims", data.options(), lang)
st.title(t("page_claims", lang))
st.caption(t("active_filters", lang, desc=flt.describe(data.words(lang))))
crit = data.criteria(flt)
total = data.total("claims")


left, right = st.columns(2)
with left, st.container(border=True):
    views.heading(t("claims_by_stance", lang))
    found = data.value_counts("claims", "stance", crit).set_index("value")["n"]
    counts = found.reindex(list(STANCES[:3]), fill_value=0)
    by_stance = charts.bars(
        [t(f"col_{s}", lang) for s in counts.index],
        counts.tolist(),
        counts.index.tolist(),
        (t("f_stance", lang), t("m_claims", lang)),
        [charts.STANCE_COLOURS[s] for s in counts.index],
    )
    charts.show(by_stance, key="cl_stance_chart", on_pick=filters.pick("stance"))
with right, st.container(border=True):
    views.heading(t("claims_by_topic", lang))
    topic_counts = data.value_counts("claims", "topics", crit)
    if topic_counts.empty:
        views.empty_state("claims", total, flt, missing="topics", matching=data.count("claims", crit))
    else:
        values = topic_counts["value"].tolist()
        aspects = data.words(lang)["topics"]
        by_topic = charts.bars(
            [aspects.get(value, value) for value in values],
            topic_counts["n"].tolist(),
            values,
            (t("f_topic", lang), t("m_claims", lang)),
        )
        charts.show(by_topic, key="cl_topic_chart", on_pick=filters.pick("topic"))

view = filters.coded_widget(st.segmented_control, "claims_view", lang)
columns = ["text", "stance", "speaker", "outlet", "date", "claim_type", "topics", "source_kind", "cluster_size"]
config = {
    "text": st.column_config.TextColumn(t("col_text", lang), width="large"),
    "speaker": t("col_speaker", lang),
    "outlet": t("col_outlet", lang),
    "date": t("col_date", lang),
    "claim_type": t("col_type", lang),
    "topics": st.column_config.ListColumn(t("col_topics", lang)),
    "stance": t("col_stance", lang),
    "source_kind": t("col_frame", lang),
    "cluster_size": st.column_config.NumberColumn(t("col_cluster", lang), width="small"),
}
export = [*columns, "article_id", "title", "start", "end", "polarity", "subjectivity", "cluster_id"]
if view == "disputes":
    count, disputes = data.disputes(crit)
    if disputes.empty:
        st.info(t("no_disputes", lang), icon=":material/handshake:")
    elif count > len(disputes):
        st.caption(t("first_of", lang, n=len(disputes), total=count))
    for row in disputes.itertuples():
        with st.container(border=True):
            st.caption(t(f"dispute_{row.reason}", lang))
            for column, side in zip(st.columns(2), ("a", "b"), strict=True):
                outlet, date = getattr(row, f"outlet_{side}"), data.text_or_none(getattr(row, f"date_{side}"))
                column.text((outlet or t("unknown", lang)) + (f" · {date}" if date else ""))  # no markdown: press text
                column.text(getattr(row, f"text_{side}"))
                speaker = data.text_or_none(getattr(row, f"speaker_{side}"))
                if speaker:
                    column.caption(speaker)
                column.page_link(
                    links.PAGE_FILES["reader"],
                    label=t("open_reader", lang),
                    icon=":material/article:",
                    query_params=links.reader_query(
                        flt, getattr(row, f"article_{side}"), getattr(row, f"start_{side}"), getattr(row, f"end_{side}")
                    ),
                )
elif view == "clusters":
    # The widest clusters first: the first CLUSTER_CLAIMS claims in cluster order, grouped by cluster.
    clusters = data.table_rows(
        "claims",
        data.criteria(flt, shared_only=True),
        order=data.CLUSTER_ORDER,
        shown=["cluster_key", "cluster_size", "outlet", "date", "text"],
    )
    if clusters.matching == 0:
        views.empty_state("claims", total, flt)
    for _, group in clusters.page(CLUSTER_CLAIMS, 0).groupby("cluster_key", sort=False):
        with st.container(border=True):
            st.caption(f"{t('cluster', lang)} · {t('cluster_size', lang)}: {int(group['cluster_size'].iat[0])}")
            for row in group.itertuples():
                cols = st.columns([1, 4, 1], vertical_alignment="center")
                cols[0].text(f"{row.outlet or t('unknown', lang)}\n{row.date or ''}")
                cols[1].text(row.text)
                cols[2].page_link(
                    links.PAGE_FILES["reader"],
                    label=t("open_reader", lang),
                    icon=":material/article:",
                    query_params=links.reader_query(flt, row.article_id, row.start, row.end),
                )
else:
    rows = data.table_rows("claims", crit, shown=columns)
    views.table(rows, total, "claims", flt, columns, config, key="cl_table", export_columns=export)
    if rows.matching:
        # A real link per claim as well (the table's links live in a canvas): the first claims, to the reader. Drawn
        # only when opened (a lazy expander bound to the URL), so a shared link's first render does not wait for it.
        links_box = st.expander(t("claim_links", lang), key="cl_links_open", bind="query-params")
        with links_box:
            if links_box.open:
                for row in rows.page(20, 0).itertuples():
                    st.page_link(
                        links.PAGE_FILES["reader"],
                        label=plain(row.text, 110),
                        icon=":material/article:",
                        query_params=links.reader_query(flt, row.article_id, row.start, row.end),
                    )
