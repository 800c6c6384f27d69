"""Analyse a text: paste or upload an article and see its extraction in memory; local mode can save it."""

import hashlib
import subprocess
import sys
from pathlib import Path

import pandas as pd
import streamlit as st

from components import analysis, data, filters, reader, views
from components.labels import none_of, plain, t
from newsclaims.ingest import MAX_ARTICLE_CHARS, RawDocument
from newsclaims.ingest.readers import ReadError, read_data

flt = filters.current()
lang = flt.lang
st.title(t("page_analyse", lang))
st.caption(t("analyse_intro", lang))
st.caption(
    t("analyse_limits", lang, chars=views.scaled_number(MAX_ARTICLE_CHARS, lang), seconds=f"{analysis.time_cap():.0f}")
)
local = data.local_mode()
if not local:
    st.info(t("analyse_readonly", lang), icon=":material/lock:")

text = st.text_area(t("analyse_text", lang), height=220, key="an_text", max_chars=MAX_ARTICLE_CHARS)
upload = st.file_uploader(t("analyse_upload", lang), type=["txt", "html", "htm", "md"], key="an_upload")


if st.button(t("analyse_button", lang), type="primary", icon=":material/play_arrow:", key="an_run"):
    try:
        if upload is not None:
            documents = read_data(upload.name, Path(upload.name).suffix.lower(), upload.getvalue())
            source, content, suffix = upload.name, upload.getvalue(), Path(upload.name).suffix.lower()
        elif text.strip():
            documents = [RawDocument("pasted text", text)]
            source, content, suffix = "pasted text", text.encode("utf-8"), ".txt"
        else:
            documents = []
        if not documents:
            st.warning(t("analyse_empty", lang))
        else:
            with st.status(t("analyse_progress", lang), expanded=False) as status:
                article = analysis.analyse(documents)
                status.update(label=t("analyse_done", lang), state="complete")
            st.session_state["an_result"] = (article, source, content, suffix)
    except ReadError as error:
        st.error(t("analyse_error", lang, error=plain(error, 200)))
    except analysis.TooLong:
        st.session_state.pop("an_result", None)
        st.error(t("analyse_too_long", lang, seconds=f"{analysis.time_cap():.0f}"))

result = st.session_state.get("an_result")
if result:
    article, source, content, suffix = result
    st.subheader(article.title, anchor=False)
    spans = [
        reader.Span(q.start, q.end, "q", reader.speaker_colour(q.speaker), q.speaker or "") for q in article.quotes
    ]
    spans += [reader.Span(f.start, f.end, "f", title=f.metric or "") for f in article.figures]
    tabs = st.tabs(
        [
            t("page_reader", lang),
            t("m_claims", lang),
            t("m_quotes", lang),
            t("m_figures", lang),
            t("m_stakeholders", lang),
        ]
    )
    with tabs[0]:
        st.html(reader.highlight(article.body, spans))
    for tab, name in zip(tabs[1:], ("claims", "quotes", "figures", "stakeholders"), strict=True):
        rows = pd.DataFrame([vars(record) for record in getattr(article, name)])
        with tab:
            if rows.empty:
                st.info(t("empty_store", lang, none=none_of(name, lang)))
            else:
                if "evidence" in rows:
                    rows["evidence"] = rows["evidence"].map(lambda items: [vars(item)["text"] for item in items])
                shown = views.present(rows, lang)
                st.dataframe(shown, hide_index=True, key=f"an_{name}", column_config=views.headers(shown.columns, lang))
    if local and st.button(t("analyse_save", lang), icon=":material/save:", key="an_save"):
        folder = Path(data.articles_dir())
        folder.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256(content).hexdigest()[:16]
        path = folder / f"added_{digest}{suffix if suffix in {'.txt', '.md', '.html', '.htm'} else '.txt'}"
        path.write_bytes(content)
        done = subprocess.run(
            [sys.executable, "-m", "newsclaims", "ingest", str(folder), "--store", str(data.store_dir())],
            capture_output=True,
            text=True,
            timeout=1800,
            check=False,
        )
        if done.returncode == 0:
            st.cache_resource.clear()
            st.success(t("analyse_saved", lang, path=plain(path, 200)))
        else:
            st.error(t("analyse_save_failed", lang, error=plain(done.stderr.strip()[-300:], 300)))
