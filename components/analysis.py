"""The Analyse page's extraction in a worker process: capped in time, and the server stays free for others."""

from __future__ import annotations

import multiprocessing
import os
from multiprocessing.pool import Pool

import streamlit as st

from newsclaims import pipeline
from newsclaims.ingest import RawDocument
from newsclaims.records import Article

DEFAULT_SECONDS = 60.0


class TooLong(Exception):
    """The analysis did not finish within the time cap; its worker was stopped."""


def time_cap() -> float:
    """How long one analysis may take: NEWSCLAIMS_ANALYSE_SECONDS, else DEFAULT_SECONDS."""
    try:
        return max(0.1, float(os.environ.get("NEWSCLAIMS_ANALYSE_SECONDS", DEFAULT_SECONDS)))
    except ValueError:
        return DEFAULT_SECONDS


@st.cache_resource(show_spinner=False)
def _worker() -> Pool:
    """One worker process for every session, started on first use. It is spawned, not forked (the server runs
    threads, and a fork copies the locks they hold), and keeps the language models loaded between analyses."""
    return multiprocessing.get_context("spawn").Pool(processes=1)


def analyse(documents: list[RawDocument]) -> Article:
    """The extraction of `documents` (see pipeline.analyse_documents), or TooLong past the time cap. The server
    thread only waits on the worker, so other sessions keep being served while a text is analysed."""
    pool = _worker()
    job = pool.apply_async(pipeline.analyse_documents, (documents,))
    try:
        return job.get(timeout=time_cap())
    except multiprocessing.TimeoutError as error:
        pool.terminate()  # the text may be built to be slow: its worker must not keep the machine busy
        _worker.clear()
        raise TooLong from error
