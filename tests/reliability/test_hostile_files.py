"""Hostile and broken article files: each is ingested or skipped with a one-line reason, the good files beside
them always get in, and the reader never raises anything but its one-line ReadError."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclaims.ingest import ReadError, clean_raw
from newsclaims.ingest.readers import ARTICLE_SUFFIXES, read_path
from tests.reliability.faults import ingest_beside_good_files
from tests.reliability.hostile import FAMILIES, hostile_files


@pytest.mark.slow
def test_a_folder_of_hostile_files_loses_no_good_file(tmp_path: Path) -> None:
    """One real ingest over one of each generated kind (a 50 MB line, nested HTML and JSON, binary, broken
    encodings, bad JSONL...) beside good files."""
    files = hostile_files(len(FAMILIES) + 4, seed=17)
    assert {family for family, _, _ in files} >= set(FAMILIES)
    ingested, problems = ingest_beside_good_files(files, tmp_path)
    assert problems == [], ingested.stderr[-3000:]
    assert len(ingested.skipped) >= len(FAMILIES) // 2, "many hostile files are refused, each with its reason"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=4000), suffix=st.sampled_from(sorted(ARTICLE_SUFFIXES)))
def test_the_reader_reads_any_bytes_or_says_why_in_one_line(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"any{suffix}"
    path.write_bytes(data)
    try:
        documents = read_path(path)
    except ReadError as error:
        assert str(error).strip() and "\n" not in str(error)
        return
    for document in documents:
        document.text.encode("utf-8")  # storable: no lone surrogate left
        try:
            clean_raw(document)
        except ReadError as error:
            assert "\n" not in str(error)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    record=st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=300),
        lambda inner: (
            st.lists(inner, max_size=4)
            | st.dictionaries(
                st.sampled_from(["text", "title", "date", "outlet", "url", "author", "x"]), inner, max_size=6
            )
        ),
        max_leaves=20,
    )
)
def test_json_of_any_shape_is_read_or_refused_in_one_line(tmp_path: Path, record: object) -> None:
    import json

    path = tmp_path / "any.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    try:
        documents = read_path(path)
    except ReadError as error:
        assert "\n" not in str(error)
        return
    assert all(isinstance(document.text, str) and document.text.strip() for document in documents)
    assert all(isinstance(value, str) for document in documents for value in document.hints.values())
