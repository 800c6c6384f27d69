"""URL-bound filter widgets -> a frozen Filter; URL parameters validated from one declarative table.

Like Datasette's filters.py, every parameter is described once (`ParamSpec`): its kind, its label and where
its allowed values come from. `validate_params` is pure: it turns the raw URL into clean values plus a list of
problems (unknown key, unknown value, huge value, repeated key, bad date, bad span), each shown as a warning
while the filter falls back to its default. The server keeps the filter widgets and the URL in step
(`url_widget`; the widgets over contract codes, `coded_widget`, show words and keep codes in the URL), since the
filters sit in popovers that the browser draws only when opened.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from functools import partial
from typing import Any

import streamlit as st

from components import labels
from components.labels import plain, t
from newsclaims.query import Criteria

MAX_CHARS = 200
MAX_VALUES = 50
MIN_DATE = date(1900, 1, 1)
MAX_DATE = date(2100, 12, 31)
STANCES = ("pro", "against", "neutral", "mixed")
CLAIM_TYPES = ("quantitative", "comparison", "prediction", "causal", "evaluation", "factual")
# Parameters Streamlit itself understands; never reported as unknown.
STREAMLIT_PARAMS = frozenset({"embed", "embed_options"})
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SPAN = re.compile(r"^(\d{1,9})-(\d{1,9})$")


@dataclass(frozen=True)
class ParamSpec:
    """One URL parameter: its key (= widget key), kind (multi|choice|date|text|span|page|flag), label and option
    source. A flag is the open state of a lazy expander: true or false."""

    key: str
    kind: str
    label: str
    options: str | None = None
    default: Any = None


SHARED_SPECS: tuple[ParamSpec, ...] = (
    ParamSpec("outlet", "multi", "f_outlet", "outlets", ()),
    ParamSpec("since", "date", "f_since"),
    ParamSpec("until", "date", "f_until"),
    ParamSpec("stakeholder", "multi", "f_stakeholder", "stakeholders", ()),
    ParamSpec("stance", "multi", "f_stance", "stances", ()),
    ParamSpec("topic", "multi", "f_topic", "topics", ()),
    ParamSpec("type", "multi", "f_type", "claim_types", ()),
    ParamSpec("language", "multi", "f_language", "languages", ()),
    ParamSpec("q", "text", "f_q", None, ""),
    ParamSpec("lang", "choice", "f_ui", "ui_languages", labels.DEFAULT_LANGUAGE),
)

MAX_PAGE = 1_000_000


def _page(table_key: str) -> ParamSpec:
    """The page number of a paginated table (`views.page_key`)."""
    return ParamSpec(f"{table_key}_page", "page", "page_label", None, 1)


# Page parameters: page-prefixed keys (the reader's `article` and `span` are what record links open).
PAGE_SPECS: dict[str, tuple[ParamSpec, ...]] = {
    "overview": (_page("ov_clusters"),),
    "claims": (
        ParamSpec("claims_view", "choice", "view", "claims_views", "table"),
        ParamSpec("cl_links_open", "flag", "claim_links"),
        _page("cl_table"),
    ),
    "stakeholders": (
        ParamSpec("st_matrix", "choice", "matrix_by", "matrix_columns", "article"),
        ParamSpec("st_card", "choice", "card_pick", "stakeholders", None),
        ParamSpec("st_scope", "choice", "scope", "stakeholder_scopes", "all"),
        ParamSpec("st_card_open", "flag", "card"),
        ParamSpec("st_network_open", "flag", "network"),
        _page("st_table"),
        _page("st_card_evidence"),
        _page("st_card_quotes"),
    ),
    "figures": (
        ParamSpec("fig_metric", "multi", "f_metric", "metrics", ()),
        ParamSpec("fig_entity", "multi", "f_entity", "entities", ()),
        _page("fig_table"),
    ),
    "reader": (
        ParamSpec("article", "choice", "reader_pick", "article_ids", None),
        ParamSpec("span", "span", "reader_span", None, ""),
    ),
}
FIXED_OPTIONS: dict[str, Sequence[str]] = {
    "stances": STANCES,
    "claim_types": CLAIM_TYPES,
    "ui_languages": labels.LANGUAGES,
    "claims_views": ("table", "clusters", "disputes"),
    "matrix_columns": ("article", "topic"),
    "stakeholder_scopes": ("all", "engaged"),
}
# The label of each code of a fixed option set, by the set's name: « against » reads « contre » in French.
WORD_LABELS = {
    "stances": "code_",
    "claim_types": "code_",
    "claims_views": "view_",
    "matrix_columns": "matrix_",
    "stakeholder_scopes": "scope_",
    "languages": "language_",
}
Words = Mapping[str, Mapping[str, str]]  # option set -> value -> its word (data.words: topics, group stakeholders)


ALL_SPECS = SHARED_SPECS + tuple(spec for specs in PAGE_SPECS.values() for spec in specs)
SPEC_BY_KEY = {spec.key: spec for spec in ALL_SPECS}
KNOWN_KEYS = frozenset(SPEC_BY_KEY)


@dataclass(frozen=True)
class Problem:
    """A URL parameter that was not used as given: the label key of the message and what to show."""

    key: str
    message: str
    value: str = ""


@dataclass(frozen=True)
class Validation:
    values: dict[str, Any]
    problems: tuple[Problem, ...] = field(default=())

    def invalid_keys(self) -> set[str]:
        return {problem.key for problem in self.problems}


def _check(spec: ParamSpec, raw: list[str], options: Sequence[str] | None) -> tuple[Any, Problem | None]:
    """The clean value of one parameter, or its default and the problem that made it fall back."""
    if spec.kind == "multi":
        if len(raw) > MAX_VALUES:
            return spec.default, Problem(spec.key, "warn_too_many", str(MAX_VALUES))
        if any(len(value) > MAX_CHARS for value in raw):
            return spec.default, Problem(spec.key, "warn_too_long", str(MAX_CHARS))
        allowed = set(options or ())
        values = [value for value in raw if value]
        unknown = [value for value in values if value not in allowed]
        kept = tuple(dict.fromkeys(value for value in values if value in allowed))
        return kept, Problem(spec.key, "warn_unknown_value", ", ".join(unknown)) if unknown else None
    if len(raw) > 1:
        return spec.default, Problem(spec.key, "warn_repeated")
    value = raw[0] if raw else ""
    if len(value) > MAX_CHARS:
        return spec.default, Problem(spec.key, "warn_too_long", str(MAX_CHARS))
    if value == "":
        return spec.default, None
    if spec.kind == "text":
        return value, None
    if spec.kind == "choice":
        if value in (options or ()):
            return value, None
        return spec.default, Problem(spec.key, "warn_unknown_value", value)
    if spec.kind == "flag":
        if value.lower() in {"true", "false"}:
            return value.lower() == "true", None
        return spec.default, Problem(spec.key, "warn_unknown_value", value)
    if spec.kind == "date":
        parsed = _parse_date(value)
        if parsed is None:
            return spec.default, Problem(spec.key, "warn_bad_date", value)
        return parsed, None
    if spec.kind == "page":
        if not value.isdigit() or not 1 <= int(value) <= MAX_PAGE:
            return spec.default, Problem(spec.key, "warn_bad_page", value)
        return int(value), None
    if spec.kind == "span":
        if span_bounds(value) is None:
            return spec.default, Problem(spec.key, "warn_bad_span", value)
        return value, None
    raise ValueError(f"unknown parameter kind {spec.kind!r}")


def span_bounds(value: str | None) -> tuple[int, int] | None:
    """(start, end) of a span parameter « 120-180 », or None when it is not one (empty, malformed, reversed)."""
    match = _SPAN.match(value or "")
    if not match or int(match.group(1)) >= int(match.group(2)):
        return None
    return int(match.group(1)), int(match.group(2))


def _parse_date(value: str) -> date | None:
    if not _DATE.match(value):
        return None
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        return None
    return parsed if MIN_DATE <= parsed <= MAX_DATE else None


def validate_params(
    raw: Mapping[str, list[str]],
    specs: Sequence[ParamSpec],
    options: Mapping[str, Sequence[str]],
    known_keys: frozenset[str] = KNOWN_KEYS,
) -> Validation:
    """Clean values for `specs` from the raw URL (key -> every value given) and what was wrong with it."""
    values: dict[str, Any] = {}
    problems: list[Problem] = []
    for spec in specs:
        if spec.key not in raw:
            values[spec.key] = spec.default
            continue
        value, problem = _check(spec, raw[spec.key], options.get(spec.options or "", ()))
        values[spec.key] = value
        if problem:
            problems.append(problem)
    for key in raw:
        if key not in known_keys and key not in STREAMLIT_PARAMS:
            problems.append(Problem(key[:MAX_CHARS], "warn_unknown_param"))
    return Validation(values, tuple(problems))


def problem_text(problem: Problem, specs_by_key: Mapping[str, ParamSpec], lang: str) -> str:
    """The warning for a problem; every piece of URL text in it is escaped (the URL is untrusted)."""
    spec = specs_by_key.get(problem.key)
    label = t(spec.label, lang) if spec else ""
    return t(
        problem.message, lang, key=plain(problem.key), label=label, value=plain(problem.value), limit=problem.value
    )


@dataclass(frozen=True)
class Filter(Criteria):
    """The shared filter state of a view: the query criteria the sidebar and the URL set (the page-level ones keep
    their defaults here, see data.criteria), and the interface language. Hashable, so it can key caches."""

    lang: str = labels.DEFAULT_LANGUAGE

    def params(self) -> list[tuple[str, str]]:
        """The URL parameters of this filter (defaults left out, as Streamlit does)."""
        pairs: list[tuple[str, str]] = []
        for spec in SHARED_SPECS:
            value = getattr(self, _FIELD_OF[spec.key])
            if value == spec.default or value in (None, "", ()):
                continue
            if isinstance(value, tuple):
                pairs.extend((spec.key, item) for item in value)
            else:
                pairs.append((spec.key, value.isoformat() if isinstance(value, date) else str(value)))
        return pairs

    def is_empty(self) -> bool:
        return not [pair for pair in self.params() if pair[0] != "lang"]

    def active(self, words: Words | None = None) -> list[tuple[str, str]]:
        """Each active filter as (its label, its values) in words of the interface (`words`: the store's own, see
        data.words); the values are escaped for markdown."""
        parts = []
        for spec in SHARED_SPECS:
            if spec.key == "lang":
                continue
            value = getattr(self, _FIELD_OF[spec.key])
            if value in (None, "", ()):
                continue
            items = value if isinstance(value, tuple) else (value,)
            shown = ", ".join(option_word(spec.options, str(item), self.lang, words) for item in items)
            parts.append((t(spec.label, self.lang), plain(shown)))
        return parts

    def describe(self, words: Words | None = None, page_filters: Sequence[tuple[str, str]] = ()) -> str:
        """A human description of the active filters in one line, markdown-safe (see `active`), with the page's
        own (`page_filters`: label and values, escaped; left out when empty)."""
        parts = [f"{label} = {shown}" for label, shown in [*self.active(words), *page_filters] if shown]
        return "; ".join(parts) if parts else t("no_filters", self.lang)

    def listed(self, words: Words | None = None) -> str:
        """The active filters as a markdown list, one per line, under the filters button (see `active`)."""
        parts = [f"- **{label}**: {shown}" for label, shown in self.active(words)]
        return "\n".join(parts) if parts else t("no_filters", self.lang).capitalize()


_FIELD_OF = {
    "outlet": "outlets",
    "since": "since",
    "until": "until",
    "stakeholder": "stakeholders",
    "stance": "stances",
    "topic": "topics",
    "type": "claim_types",
    "language": "languages",
    "q": "q",
    "lang": "lang",
}
# The criteria a page narrows itself (data.criteria), never set by the shared filters.
PAGE_CRITERIA = frozenset({"metrics", "entities", "engaged_only", "shared_only"})
assert set(_FIELD_OF.values()) == {f.name for f in fields(Filter)} - PAGE_CRITERIA


def filter_from_values(values: Mapping[str, Any]) -> Filter:
    """A Filter from widget values (keys of SHARED_SPECS); a date range given backwards is dropped."""
    kwargs = {}
    for key, name in _FIELD_OF.items():
        value = values.get(key)
        if isinstance(value, list):
            value = tuple(value)
        kwargs[name] = value
    kwargs["q"] = (kwargs.get("q") or "").strip()[:MAX_CHARS]
    kwargs["lang"] = kwargs.get("lang") if kwargs.get("lang") in labels.LANGUAGES else labels.DEFAULT_LANGUAGE
    for name in ("outlets", "stakeholders", "stances", "topics", "claim_types", "languages"):
        kwargs[name] = tuple(kwargs.get(name) or ())
    since, until = kwargs.get("since"), kwargs.get("until")
    if since and until and since > until:
        kwargs["since"] = kwargs["until"] = None
    return Filter(**kwargs)


# ---------------------------------------------------------------- Streamlit side


def raw_query_params() -> dict[str, list[str]]:
    """Every URL parameter with all its values (repeated keys kept)."""
    return {key: list(st.query_params.get_all(key)) for key in st.query_params}


def apply_validation(
    specs: Sequence[ParamSpec],
    options: Mapping[str, Sequence[str]],
    lang: str,
    scope: str,
    warn_unknown: bool = False,
) -> Validation:
    """Validate the URL for `specs`, warn, and put each bad parameter's widget back to its default.

    On a first visit Streamlit seeds bound widgets from the URL whatever the script assigned before,
    so a reset needs one more run: the defaults and the warnings are kept in session state, the run
    ends with a rerun (see `rerun_if_pending`), and the next run applies them before the widgets exist.
    app.py validates the shared filters and reports unknown keys; a page validates only its own keys.
    """
    validation = validate_params(raw_query_params(), specs, {**FIXED_OPTIONS, **options})
    pending = st.session_state.pop(f"_pending_{scope}", None)
    if pending:
        for key, value in pending["reset"].items():
            st.session_state[key] = value
    else:
        own = {spec.key for spec in specs}
        warnings = [
            problem_text(problem, SPEC_BY_KEY, lang)
            for problem in validation.problems
            if problem.key in own or (warn_unknown and problem.message == "warn_unknown_param")
        ]
        reset = {}
        for key in validation.invalid_keys() & own:
            value = validation.values[key]
            if value is None and SPEC_BY_KEY[key].kind in {"choice", "flag"}:
                continue  # no default to impose: Streamlit already opens such a widget on its first option
            reset[key] = list(value) if isinstance(value, tuple) else value
        if reset:
            st.session_state[f"_pending_{scope}"] = {"reset": reset}
            st.session_state["_rerun"] = True
        if warnings:
            # Kept until the user changes a filter: the resets cause reruns that must not hide them.
            st.session_state[f"_notices_{scope}"] = warnings
    for text in st.session_state.get(f"_notices_{scope}", []):
        st.warning(text, icon=":material/link_off:")
    return validation


def clear_notices() -> None:
    """on_change of every filter widget: URL warnings concern the URL as opened, not later choices."""
    for key in [key for key in st.session_state if str(key).startswith("_notices_")]:
        del st.session_state[key]


def validate_page(page: str, options: Mapping[str, Sequence[str]], lang: str) -> Validation:
    """Validate a page's own URL parameters (PAGE_SPECS[page]); see apply_validation."""
    return apply_validation(PAGE_SPECS[page], options, lang, page)


def rerun_if_pending() -> None:
    """End of app.py: rerun once when a bad URL parameter must be reset (see apply_validation)."""
    if st.session_state.pop("_rerun", False):
        st.rerun()


def ui_language() -> str:
    """The interface language, read before any label is drawn: the URL's when it changed since this session last
    wrote it (a link opened), else the session's (a change of page through the navigation drops the parameter
    until the language control writes it back); unknown -> English."""
    raw = tuple(st.query_params.get_all("lang"))
    from_url = raw[0] if len(raw) == 1 and raw[0] in labels.LANGUAGES else None
    kept = st.session_state.get("lang")
    if kept in labels.LANGUAGES and (not raw or raw == _written("lang")):
        return str(kept)
    return from_url or labels.DEFAULT_LANGUAGE


def clear_filters() -> None:
    """Button callback: every shared filter back to its default (callbacks run before widgets are drawn)."""
    clear_notices()
    for spec in SHARED_SPECS:
        if spec.key != "lang":
            st.session_state[spec.key] = list(spec.default) if isinstance(spec.default, tuple) else spec.default


def pick(key: str) -> Callable[[str], None]:
    """What a picked row of a bar table does: filter every view by its value under the filter `key` (run as a
    callback, before the filter widgets are drawn)."""

    def set_filter(value: str) -> None:
        clear_notices()
        st.session_state[key] = [value]

    return set_filter


def option_word(options_name: str | None, code: str, lang: str, words: Words | None = None) -> str:
    """A value of the option set `options_name` as a word of the interface: from `words` (the store's own), else
    from the label table (the contract's codes), else the value itself."""
    given = (words or {}).get(options_name or "", {})
    if code in given:
        return given[code]
    name = f"{WORD_LABELS.get(options_name or '', '')}{code}"
    return t(name, lang) if (options_name or "") in WORD_LABELS and labels.has_label(name) else str(code)


def _url_value(key: str) -> tuple[str, ...]:
    return tuple(st.query_params.get_all(key))


def _seed_from_url(spec: ParamSpec, options: Mapping[str, Sequence[str]], navigated: bool, fallback: Any) -> None:
    """Give a coded widget the URL's value when the URL changed since this session last wrote it (first visit,
    a followed link, the browser's back button): what `bind` does for the other widgets. A change of page through
    the navigation drops every unbound parameter from the URL: then the widget keeps its value. A bad value gives
    the default; apply_validation has already warned about it."""
    if spec.key in st.session_state and (
        _written(spec.key) == _url_value(spec.key) or (navigated and not _url_value(spec.key))
    ):
        # Set again, so the widget is drawn with it: the browser keeps no value for a widget it has not drawn
        # (in a closed popover) and would show the default after a change of page.
        st.session_state[spec.key] = st.session_state[spec.key]
        return
    clean = validate_params(raw_query_params(), [spec], {**FIXED_OPTIONS, **options}).values[spec.key]
    clean = fallback if clean is None else clean
    st.session_state[spec.key] = list(clean) if isinstance(clean, tuple) else clean


def _written(key: str) -> tuple[str, ...] | None:
    """What this session last wrote to the URL under `key` (None before its first write)."""
    written = st.session_state.get(f"_url_{key}")
    return tuple(written) if written is not None else None


def _write_to_url(spec: ParamSpec, value: Any) -> None:
    """The widget's codes into the URL, left out at their default as Streamlit does for bound widgets (a choice
    with no default of its own is always written: its first option depends on the data)."""
    codes = tuple(value) if isinstance(value, list | tuple) else (() if value is None else (str(value),))
    if codes == (spec.default if isinstance(spec.default, tuple) else (spec.default,)) or not codes:
        if spec.key in st.query_params:
            del st.query_params[spec.key]
        codes = ()
    elif _url_value(spec.key) != codes:
        st.query_params[spec.key] = list(codes) if spec.kind == "multi" else codes[0]
    st.session_state[f"_url_{spec.key}"] = list(codes)


def url_widget(draw: Callable[[], Any], key: str, options: Mapping[str, Sequence[str]], navigated: bool) -> Any:
    """Draw a widget (`draw`) kept in step with the URL parameter `key` by the server: seeded from the URL when it
    changed (see _seed_from_url), written back after. Not Streamlit's `bind`, which lives in the browser: a bound
    widget that is not drawn there (in a closed popover) loses its parameter at the next change of page."""
    spec = SPEC_BY_KEY[key]
    every = {**FIXED_OPTIONS, **options}
    choices = list(every.get(spec.options or "", ()))
    # A choice with no default of its own opens on its first option, as a selectbox does.
    fallback = choices[0] if spec.default is None and spec.kind == "choice" and choices else spec.default
    _seed_from_url(spec, every, navigated, fallback)
    value = draw()
    _write_to_url(spec, value)
    return value


def coded_widget(
    widget: Any,
    key: str,
    lang: str,
    options: Mapping[str, Sequence[str]] | None = None,
    navigated: bool = False,
    words: Words | None = None,
    **kwargs: Any,
) -> Any:
    """A widget over options (`st.pills`, `st.segmented_control`, `st.multiselect`, `st.selectbox`) kept in step
    with the URL (url_widget) that shows contract codes as words of the interface while the URL keeps the codes,
    so a link means the same in every language (a bound widget would write its formatted option to the URL).
    `navigated`: this run follows a change of page through the navigation; `words`: the store's own words for its
    values (data.words)."""
    spec = SPEC_BY_KEY[key]
    every = {**FIXED_OPTIONS, **(options or {})}

    def draw() -> Any:
        return widget(
            t(spec.label, lang),
            list(every.get(spec.options or "", ())),
            key=key,
            format_func=lambda code: option_word(spec.options, code, lang, words),
            on_change=clear_notices,
            **kwargs,
        )

    return url_widget(draw, key, every, navigated)


def _search_input(lang: str) -> str:
    return str(st.text_input(t("f_q", lang), key="q", max_chars=MAX_CHARS, on_change=clear_notices))


def _date_input(column: Any, key: str, lang: str) -> Any:
    return column.date_input(
        t(SPEC_BY_KEY[key].label, lang),
        value=None,
        min_value=MIN_DATE,
        max_value=MAX_DATE,
        key=key,
        format="YYYY-MM-DD",
        on_change=clear_notices,
    )


def render_shared_filters(
    options: Mapping[str, Sequence[str]], page: str, words_in: Callable[[str], Words] | None = None
) -> Filter:
    """Draw the shared filters in popovers of the sidebar, kept in step with the URL, list the active ones under
    them, and return the Filter they describe (`page`: the URL path of the page this run shows; `words_in`: the
    store's own words for its values in a language).

    A URL holds the contract's codes (pro, jobs, fr) whatever the interface language, and means the same for
    everyone; the widgets over codes and stored values that have words (stance, claim type, article language,
    stakeholder, topic) show those words (`coded_widget`).
    """
    lang = ui_language()
    navigated = st.session_state.get("_page", page) != page
    st.session_state["_page"] = page
    apply_validation(SHARED_SPECS, options, lang, "shared", warn_unknown=True)
    # The widgets sit in popovers: a popover's content is drawn in the browser only when it is opened, so a shared
    # link shows its data sooner (bench/first_render.py); the active filters stay in words under the button.
    shown_in = st.session_state.get("lang") or lang  # after a click on the language control, its new value
    language = t(f"language_{shown_in}", shown_in).capitalize()
    with st.sidebar, st.popover(language, icon=":material/translate:", width="stretch"):
        coded_widget(st.segmented_control, "lang", lang, options, navigated)
    lang = st.session_state.get("lang") or labels.DEFAULT_LANGUAGE
    words = words_in(lang) if words_in else None
    with st.sidebar, st.popover(t("filters", lang), icon=":material/filter_alt:", width="stretch"):
        url_widget(partial(_search_input, lang), "q", options, navigated)
        for key in ("outlet", "stakeholder"):
            coded_widget(st.multiselect, key, lang, options, navigated, words, placeholder=t("none", lang))
        left, right = st.columns(2)
        for column, key in ((left, "since"), (right, "until")):
            url_widget(partial(_date_input, column, key, lang), key, options, navigated)
        coded_widget(st.pills, "stance", lang, options, navigated, selection_mode="multi")
        for key in ("topic", "type", "language"):
            coded_widget(st.multiselect, key, lang, options, navigated, words, placeholder=t("none", lang))
        st.button(t("clear_filters", lang), on_click=clear_filters, icon=":material/filter_alt_off:", key="clear")
    values = {spec.key: st.session_state.get(spec.key, spec.default) for spec in SHARED_SPECS}
    values["lang"] = lang
    result = filter_from_values(values)
    st.sidebar.markdown(result.listed(words))
    if values.get("since") and values.get("until") and values["since"] > values["until"]:
        st.warning(t("warn_date_order", lang))
    return result


def current() -> Filter:
    """The Filter app.py built for this run (pages read it; they never parse the URL themselves)."""
    value = st.session_state.get("_filter")
    return value if isinstance(value, Filter) else Filter()
