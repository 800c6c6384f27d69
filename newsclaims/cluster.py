"""Extraction spread over Dask workers: a LocalCluster of processes on this machine, or a cluster already running."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import dask
from dask.distributed import Client, Future, LocalCluster, as_completed

Item = TypeVar("Item")
Result = TypeVar("Result")

# The environment of a local worker: one BLAS thread (a worker is a core), and without Dask's default
# MALLOC_TRIM_THRESHOLD_=65536, which makes the C library give memory back at every 64 kB freed: spaCy allocates
# and frees so much that it cost a worker about a tenth of its speed (measured on 20 articles, same run).
WORKER_ENVIRONMENT = {"OMP_NUM_THREADS": 1, "MKL_NUM_THREADS": 1, "OPENBLAS_NUM_THREADS": 1}

# A task whose worker dies is run again on another worker; a task that has killed this many workers is given up
# (reported for its item, never silently dropped).
TASK_RETRIES = 2


@contextmanager
def client_for(workers: int, scheduler: str | None = None) -> Iterator[Client]:
    """A client of the cluster at `scheduler` (its address, e.g. tcp://10.0.0.5:8786), else of a LocalCluster of
    `workers` single-threaded processes (spaCy holds the GIL: threads would not parse in parallel), closed after."""
    if scheduler:
        with Client(scheduler, set_as_default=False) as client:
            yield client
        return
    with (
        dask.config.set({"distributed.nanny.pre-spawn-environ": WORKER_ENVIRONMENT}),
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster, set_as_default=False) as client,
    ):
        yield client


def map_on_cluster(
    client: Client,
    function: Callable[[Item], Result],
    items: list[Item],
    on_lost: Callable[[Item, BaseException], Result],
    progress: Callable[[Iterable[Any], int], Iterable[Any]] | None = None,
) -> list[Result]:
    """`function` over `items` on the client's workers, results in the order of `items`. A worker that dies takes
    no item with it: the scheduler runs its tasks again elsewhere; an item whose task still fails gets
    `on_lost(item, error)`. Each worker process imports the pipeline once, so the spaCy model loads once a worker."""
    futures: list[Future] = client.map(function, items, pure=False, retries=TASK_RETRIES)
    finished: Iterable[Any] = as_completed(futures, loop=client.loop)
    for _ in progress(finished, len(futures)) if progress else finished:
        pass
    results: list[Result] = []
    for item, future in zip(items, futures, strict=True):
        try:
            results.append(future.result())
        except Exception as error:  # the task's worker died more than TASK_RETRIES times
            results.append(on_lost(item, error))
    return results
