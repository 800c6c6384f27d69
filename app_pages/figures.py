"""Figures: normalised values, charts by metric and entity, agreement and conflict between articles."""

import streamlit as st

from components import charts, data, filters, views
from components.labels import plain, t

flt = filters.current()
lang = flt.lang
options = data.options()
filters.validate_page("figures", options, lang)
st.title(t("page_figures", lang))
caption = st.empty()  # filled once the page's own filters are read


# In a popover, like the shared filters: drawn in the browser only when opened (bench/first_render.py).
with st.popover(t("figure_filters", lang), icon=":material/tune:"):
    metrics, entities = (
        filters.coded_widget(st.multiselect, key, lang, options, placeholder=t("none", lang))
        for key in ("fig_metric", "fig_entity")
    )
chosen = [(t(key, lang), plain(", ".join(values))) for key, values in (("f_metric", metrics), ("f_entity", entities))]
caption.caption(t("active_filters", lang, desc=flt.describe(data.words(lang), chosen)))
crit = data.criteria(flt, metrics=tuple(metrics), entities=tuple(entities))
total = data.total("figures")

# Figures by metric and by entity: the same bar table over each column, a picked row filtering by it.
for column, box in zip(("metric", "entity"), st.columns(2), strict=True):
    with box, st.container(border=True):
        views.heading(t(f"figures_by_{column}", lang))
        counts = data.value_counts("figures", column, crit)
        if counts.empty:
            views.empty_state("figures", total, flt, missing=column, matching=data.count("figures", crit))
        else:
            values = counts["value"].tolist()
            drawn = charts.bars(values, counts["n"].tolist(), values, (t(f"f_{column}", lang), t("m_figures", lang)))
            charts.show(drawn, key=f"fig_{column}_chart", on_pick=filters.pick(f"fig_{column}"))

columns = ["surface", "qualifier", "value", "unit", "metric", "entity", "period", "forecast", "kind", "outlet", "date"]
views.table(
    data.table_rows("figures", crit, shown=columns),
    total,
    "figures",
    flt,
    columns,
    {
        "surface": t("col_surface", lang),
        "value": st.column_config.TextColumn(t("col_value", lang)),
        "unit": t("col_unit", lang),
        "metric": t("col_metric", lang),
        "entity": t("col_entity", lang),
        "period": t("col_period", lang),
        "qualifier": t("col_qualifier", lang),
        "forecast": st.column_config.CheckboxColumn(t("col_forecast", lang)),
        "kind": t("col_kind", lang),
        "outlet": t("col_outlet", lang),
        "date": t("col_date", lang),
    },
    key="fig_table",
    shown_as=lambda rows: rows.assign(value=rows["value"].map(lambda value: views.scaled_number(value, lang))),
    export_columns=[*columns, "equivalent_of", "article_id", "title", "start", "end"],
)

with st.container(border=True):
    views.heading(t("comparisons", lang))
    views.comparisons_table(*data.comparisons(data.criteria(flt)), flt, key="fig_comparisons")
