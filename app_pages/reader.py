"""Article reader: one article with quotes (a colour per speaker), figures and mentions highlighted."""

import streamlit as st

from components import data, filters, reader
from components.labels import plain, t

flt = filters.current()
lang = flt.lang
options = data.options()
validation = filters.validate_page("reader", options, lang)
st.title(t("page_reader", lang))

choices = data.article_choices(data.criteria(flt))
if choices.empty:
    choices = data.article_choices(data.Criteria())  # a record link must open even when the filters hide its article
if choices.empty:
    st.info(t("reader_no_article", lang))
    st.stop()
ids = choices["article_id"].tolist()
titles = dict(zip(choices["article_id"], choices["title"], strict=True))
wanted = validation.values.get("article")
if wanted and wanted not in ids:
    ids = [wanted, *ids]
    opened = data.article(wanted)
    titles[wanted] = opened["title"] if opened else wanted


def _open_article() -> None:
    # The picker shows titles, so it is not URL-bound (a bound widget writes its label to the URL);
    # the id goes to the URL here instead, and a span opened on another article no longer applies.
    st.query_params["article"] = st.session_state["reader_pick"]
    st.session_state["span"] = ""


if wanted in ids:
    st.session_state["reader_pick"] = wanted  # the URL decides which article is open
picked = st.selectbox(
    t("reader_pick", lang),
    ids,
    format_func=lambda i: titles.get(i, i),
    key="reader_pick",
    on_change=_open_article,
)
span_text = st.text_input(t("reader_span", lang), key="span", bind="query-params", max_chars=40)
picked = picked or ids[0]
row = data.article(picked)
if row is None:
    st.info(t("reader_no_article", lang))
    st.stop()
body = str(row["body"])
target = None
# Read through the parameter's own check: on the run that finds a bad span in the URL, the widget still holds it
# (it is reset on the next run) and a page must not read it as numbers.
bounds = filters.span_bounds(span_text)
if bounds and bounds[1] <= len(body):
    target = bounds
elif bounds:
    st.warning(t("warn_bad_span", lang, value=plain(span_text)))

st.subheader(str(row["title"]), anchor=False)
unknown = t("unknown", lang)
st.caption(
    plain(
        t(
            "reader_meta",
            lang,
            outlet=data.text_or_none(row["outlet"]) or unknown,
            date=data.text_or_none(row["date"]) or unknown,
            author=data.text_or_none(row["author"]) or unknown,
            language=data.text_or_none(row["language"]) or unknown,
        ),
        300,
    )
)
if target:
    with st.container(border=True):
        st.caption(t("reader_target", lang))
        st.text(body[target[0] : target[1]])

quotes = data.article_records("quotes", picked)
figures = data.article_records("figures", picked)
mentioned = data.article_records("stakeholders", picked)
spans = [
    reader.Span(
        int(q.start),
        int(q.end),
        "q",
        reader.speaker_colour(data.text_or_none(q.speaker)),
        data.text_or_none(q.speaker) or "",
    )
    for q in quotes.itertuples()
]
spans += [
    reader.Span(int(f.start), int(f.end), "f", title=data.text_or_none(f.metric) or "") for f in figures.itertuples()
]
spans += reader.mention_spans(body, [alias for values in mentioned["aliases"] for alias in values])
if target:
    spans.append(reader.Span(target[0], target[1], "t"))

legend = st.container(horizontal=True)
legend.caption(t("reader_legend", lang))
legend.markdown(f":orange-background[{t('legend_quote', lang)}]")
legend.markdown(f"**{t('legend_figure', lang)}**")
legend.markdown(f":gray-background[{t('legend_mention', lang)}]")
legend.markdown(f":red-background[{t('legend_target', lang)}]")
st.html(reader.highlight(body, spans))
if target:
    st.html(reader.SCROLL_SCRIPT, unsafe_allow_javascript=True)
