"""Dashboard entry point (router): page config, navigation and shared filters."""

import streamlit as st

from newsclaims import store

st.set_page_config(page_title="newsclaims", layout="wide")
st.title("newsclaims")
try:
    st.dataframe(store.read_table("articles").to_pandas()[["title", "outlet", "date", "language"]])
except store.StoreError as error:
    st.warning(str(error))
