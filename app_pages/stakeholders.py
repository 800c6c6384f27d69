"""Stakeholders: stance matrix, pro/against bars, a stakeholder card and who is mentioned with whom."""

import pandas as pd
import streamlit as st

from components import charts, data, filters, views
from components.filters import STANCES
from components.labels import coded, plain, t

CARD_CHOICES = 1000  # stakeholders the card offers: the most mentioned (a link may open any other)

flt = filters.current()
lang = flt.lang
options = data.options()
filters.validate_page("stakeholders", options, lang)
st.title(t("page_stakeholders", lang))
topic = data.topic_name(data.manifest(), lang)
if topic:
    st.caption(t("stances_toward", lang, topic=plain(topic, 120)))
st.caption(t("active_filters", lang, desc=flt.describe(data.words(lang))))
scope = filters.coded_widget(st.segmented_control, "st_scope", lang)
st.caption(t("scope_help", lang))
crit = data.criteria(flt, engaged_only=scope == "engaged")
summary = data.stakeholder_summary(crit, CARD_CHOICES)


if summary.empty:
    views.empty_state("stakeholders", data.total("stakeholders"), flt)
    st.stop()

top = summary.head(25)["name"].tolist()
named = data.words(lang)["stakeholders"]  # a group's name in the interface language (« the public », « le public »)
with st.container(border=True):
    views.heading(t("stance_matrix", lang))
    by = filters.coded_widget(st.segmented_control, "st_matrix", lang)
    if by == "topic":
        # A stakeholder's stance on a topic: the mean stance of their claims on it (+1 pro, -1 against).
        scores = data.stance_by_topic(crit, top)
        matrix = scores.pivot_table(index="name", columns="topic", values="score")
        keys = list(matrix.columns)
        aspects = data.words(lang)["topics"]
        column_labels = [aspects.get(key, key) for key in keys]
    else:
        scores = data.stance_by_article(crit, top)
        matrix = scores.pivot_table(index="name", columns="article_id", values="score")
        keys = list(matrix.columns)
        label_of = dict(zip(scores["article_id"], scores["label"], strict=True))
        column_labels = [label_of[key] for key in keys]
    if matrix.empty:
        views.empty_state("claims", data.total("claims"), flt)
    else:
        matrix = matrix.reindex([name for name in top if name in matrix.index])
        words = {-1.0: t("col_against", lang), 0.0: t("col_neutral", lang), 1.0: t("col_pro", lang)}
        drawn = charts.matrix(
            matrix,
            column_labels,
            keys,
            words,
            t("f_stakeholder", lang),
            [named.get(name, name) for name in matrix.index],
        )
        charts.show(drawn, key="st_heatmap", on_pick=filters.pick("stakeholder"))

# The stance columns are bars in the stance colours, on one scale: the page's pro-and-against chart.
most = int(summary[list(STANCES)].to_numpy().max())
stance_bars = charts.stance_columns({stance: t(f"col_{stance}", lang) for stance in STANCES}, most)
views.table(
    data.summary_rows(crit),
    data.distinct_count("stakeholders", "name", data.Criteria()),
    "stakeholders",
    flt,
    ["name", "kind", "role", "mentions", "articles", "pro", "against", "neutral", "mixed", "score"],
    {
        "name": t("col_name", lang),
        "kind": t("col_kind", lang),
        "role": t("col_role", lang),
        "mentions": t("col_mentions", lang),
        "articles": t("col_articles", lang),
        **stance_bars,
        "score": st.column_config.NumberColumn(t("col_score", lang), format="%.2f"),
    },
    key="st_table",
)


def _card() -> None:
    """One stakeholder's card: their figures, aliases, stance over time, evidence and quotes."""
    names = summary["name"].tolist()
    wanted = st.query_params.get("st_card")
    if wanted and wanted not in names and wanted in options["stakeholders"]:
        names.append(wanted)  # a link to a stakeholder past the most mentioned still opens their card
    name = filters.coded_widget(st.selectbox, "st_card", lang, {"stakeholders": names}, words=data.words(lang))
    mine_crit = data.criteria(flt, engaged_only=scope == "engaged", stakeholders=(name,))
    found = data.stakeholder_summary(mine_crit, 1)
    if found.empty:
        views.empty_state("stakeholders", data.total("stakeholders"), flt)
        return
    card = found.iloc[0]
    mine = data.stakeholder_rows(crit, name)
    cols = st.columns(4)
    cols[0].metric(t("col_role", lang), coded(data.text_or_none(card["role"]) or t("unknown", lang), lang))
    cols[1].metric(t("col_kind", lang), coded(data.text_or_none(card["kind"]) or t("unknown", lang), lang))
    cols[2].metric(t("col_mentions", lang), int(card["mentions"]))
    cols[3].metric(t("col_score", lang), f"{card['score']:+.2f}")
    aliases = sorted({alias for values in mine["aliases"] for alias in values})
    st.caption(t("card_aliases", lang))
    st.text(", ".join(aliases) or t("none", lang))
    over_time = mine.dropna(subset=["date"]).sort_values("date")
    if not over_time.empty:
        st.caption(t("card_over_time", lang))
        st.dataframe(
            views.present(over_time[["date", "outlet", "stance", "stance_score"]], lang),
            hide_index=True,
            column_config={
                "date": t("col_date", lang),
                "outlet": t("col_outlet", lang),
                "stance": t("col_stance", lang),
                "stance_score": st.column_config.NumberColumn(t("col_score", lang), format="%+.2f"),
            },
            key="st_card_time",
        )
    evidence = pd.DataFrame(
        [
            {"article_id": row.article_id, "outlet": row.outlet, "stance": row.stance, **item}
            for row in mine.itertuples()
            for item in row.evidence
        ],
        columns=["article_id", "outlet", "stance", "text", "cue", "start", "end"],
    )
    st.caption(t("card_evidence", lang))
    views.table(
        data.frame_rows(evidence),
        len(evidence),
        "evidence",
        flt,
        ["outlet", "stance", "text", "cue"],
        {
            "text": st.column_config.TextColumn(t("col_text", lang), width="large"),
            "outlet": t("col_outlet", lang),
            "stance": t("col_stance", lang),
            "cue": t("col_cue", lang),
        },
        key="st_card_evidence",
    )
    st.caption(t("card_quotes", lang))
    views.table(
        data.table_rows("quotes", data.criteria(flt, stakeholders=(name,))),
        data.total("quotes"),
        "quotes",
        flt,
        ["text", "kind", "verb", "frame", "outlet", "date"],
        {"text": st.column_config.TextColumn(t("col_text", lang), width="large")},
        key="st_card_quotes",
    )


# The card and the network are drawn only when opened (lazy expanders bound to the URL): the page's first render
# computes what it shows, and a link to a card (st_card) opens it.
card_box = st.expander(
    t("card", lang),
    expanded="st_card" in st.query_params,
    key="st_card_open",
    bind="query-params",
    icon=":material/badge:",
)
with card_box:
    if card_box.open:
        _card()

network_box = st.expander(t("network", lang), key="st_network_open", bind="query-params", icon=":material/hub:")
with network_box:
    if network_box.open:
        st.caption(
            t("network_caption", lang, rows=views.scaled_number(data.CO_MENTION_ROWS, lang), ties=charts.NETWORK_TIES)
        )
        sizes = summary.set_index("name")["mentions"].head(25).astype(float).to_dict()
        st.altair_chart(charts.network(data.co_mentions(crit, list(sizes)), sizes, words=named), key="st_network")
