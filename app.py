"""Dashboard entry point (router): page config, navigation, shared URL-bound filters, then the page."""

import streamlit as st

from components import data, filters, links
from components.labels import t
from newsclaims import store

st.set_page_config(page_title="newsclaims", page_icon=":material/newspaper:", layout="wide")

lang = filters.ui_language()
PAGES = [
    ("overview", ":material/dashboard:"),
    ("claims", ":material/format_quote:"),
    ("stakeholders", ":material/groups:"),
    ("figures", ":material/monitoring:"),
    ("reader", ":material/article:"),
    ("analyse", ":material/science:"),
    ("about", ":material/info:"),
]
page = st.navigation(
    [
        st.Page(
            links.PAGE_FILES[name],
            title=t(f"page_{name}", lang),
            icon=icon,
            url_path=links.PAGE_PATHS[name] or None,
            default=name == "overview",
            help=t(f"help_{name}", lang),
        )
        for name, icon in PAGES
    ],
    position="top",
)

try:
    options = data.options()
except store.StoreError as error:
    st.error(t("store_missing", lang, error=error), icon=":material/database_off:")
    st.info(t("store_missing_help", lang))
    st.stop()

flt = st.session_state["_filter"] = filters.render_shared_filters(options, page.url_path, data.words)
narrowed_since = data.search_since(flt)
if narrowed_since:
    st.sidebar.info(t("search_narrowed", flt.lang, since=narrowed_since.strftime("%Y-%m")), icon=":material/history:")
page.run()
filters.rerun_if_pending()
