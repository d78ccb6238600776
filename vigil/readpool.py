"""Reading a batch of pages on every core: the document rules run in worker processes.

Finding a page's text (lxml, trafilatura, the template cut) is Python code that holds the
GIL, so threads read one page at a time; worker processes read as many as there are cores.
The workers come from a `forkserver`, started once per process with the reading modules
already imported, so a worker starts in milliseconds and never inherits the collector's
threads or its database connection.

Each collection path has its own pool (`readers(path, workers)`), started at its first batch
and kept for the life of the process (the service reads a batch every few minutes): the feed
poll and the site crawl may run at once in `vigil run`, and each reads with the count that
suits it (sources.yaml `readers:`, vigil.config.ReadersSettings), so neither resizes the
other's. A pool whose worker dies is replaced, said once in the log under the pool's name
("feed readers"), and the pages that worker held are read again. `shutdown_all()` stops
every pool (at exit, and when the service stops).

`ReaderPool.read_pages(read, items)` returns, in order, `(result, None)` or `(None, exception)`
per item: one page fails alone. A batch smaller than PROCESS_BATCH is read in this process.
`ReaderPool.read_ahead(read, item)` starts one read and returns a `Reading`, for a crawl that
reads its pages while it fetches the next ones.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing
import os
import pickle
import threading
import time
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Callable, Sequence

log = logging.getLogger(__name__)

PROCESS_BATCH = 8  # pages: fewer are read here, where they cost less than shipping them to a worker
PATHS = {"feeds": "feed", "sites": "site"}  # collection path -> the word its pool is named with
PARENT_CHECK = 2.0  # seconds between a worker's checks that the reading process is still there


@dataclass(frozen=True)
class Reading:
    """One page being read in a worker (`ReaderPool.read_ahead`)."""

    pool: "ReaderPool"
    executor: ProcessPoolExecutor
    future: Future

    def result(self) -> tuple[object, BaseException | None] | None:
        """`(result, None)` or `(None, exception)`; None when the worker died first, or the pool was
        stopped, before reading it: the caller reads the page again."""
        try:
            return self.future.result()
        except BrokenProcessPool:
            self.pool._replace(self.executor)
            return None
        except CancelledError:
            return None


class ReaderPool:
    """`workers` reader processes, started at the first batch; named `name` in logs and in `ps`."""

    def __init__(self, name: str, workers: int):
        self.name, self.workers = name, workers
        self._executor: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"ReaderPool({self.name!r}, workers={self.workers})"

    def read_pages(self, read: Callable, items: Sequence) -> list[tuple[object, BaseException | None]]:
        """`read(item)` for each item (a module-level function: it runs in another process)."""
        if len(items) < PROCESS_BATCH or self.workers < 1:
            return [_guarded(read, item) for item in items]
        chunk = max(1, len(items) // (self.workers * 4))
        for _ in range(2):
            try:
                executor = self._get()
            except (OSError, RuntimeError) as exc:  # no process could be started: read here, as threads would
                log.warning("%s: no reader process could be started (%s); reading here", self.name, exc)
                break
            try:
                return list(executor.map(_guarded, [read] * len(items), items, chunksize=chunk))
            except BrokenProcessPool:  # a worker died (out of memory, killed): start afresh once
                self._replace(executor)
            except (OSError, RuntimeError) as exc:
                log.warning("%s: the readers failed (%s); reading here", self.name, exc)
                self._drop(executor)
                break
        else:
            log.warning("%s: the new readers died too; reading this batch in the collecting process", self.name)
        return [_guarded(read, item) for item in items]

    def read_ahead(self, read: Callable, item) -> Reading | None:
        """Start `read(item)` in a worker now. None when there are no workers to read ahead on
        (the page is then read with the others at the end, by read_pages)."""
        if self.workers < 1:
            return None
        for _ in range(2):
            try:
                executor = self._get()
                return Reading(self, executor, executor.submit(_guarded, read, item))
            except BrokenProcessPool:
                self._replace(executor)
            except (OSError, RuntimeError):
                return None
        return None

    def pids(self) -> list[int]:
        """The reader processes running now (none before the first batch)."""
        executor = self._executor
        processes = getattr(executor, "_processes", None) or {}  # the executor keeps no public list
        return sorted(pid for pid, process in dict(processes).items() if process.is_alive())

    def shutdown(self, wait: bool = True) -> None:
        """Stop the readers (work not started is cancelled); the next batch starts new ones."""
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=wait, cancel_futures=True)
            log.debug("%s: reader processes stopped", self.name)

    def _get(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._executor is None:
                context = multiprocessing.get_context("forkserver")
                context.set_forkserver_preload(["vigil.documents"])
                self._executor = ProcessPoolExecutor(max_workers=self.workers, mp_context=context,
                                                     initializer=_start_reader, initargs=(os.getpid(), self.name))
                log.info("%s: starting %d reader processes", self.name, self.workers)
            return self._executor

    def _replace(self, executor: ProcessPoolExecutor) -> None:
        """A worker of `executor` died: the pool is broken, and every read it held fails. Said
        once per death (the first caller to see it replaces the executor; the others find it
        replaced); the caller reads its pages again."""
        with self._lock:
            if self._executor is not executor:
                return
            self._executor = None
        log.warning("%s: a reader process ended abruptly (killed, or out of memory); the pages it held are "
                    "read again", self.name)
        executor.shutdown(wait=False, cancel_futures=True)

    def _drop(self, executor: ProcessPoolExecutor) -> None:
        with self._lock:
            if self._executor is executor:
                self._executor = None
        executor.shutdown(wait=False, cancel_futures=True)


_pools: dict[tuple[str, int], ReaderPool] = {}
_pools_lock = threading.Lock()


def readers(path: str, workers: int) -> ReaderPool:
    """The pool that reads `path`'s pages ("feeds" or "sites") with `workers` processes."""
    if path not in PATHS:
        raise ValueError(f"unknown collection path {path!r} (expected one of {', '.join(PATHS)})")
    with _pools_lock:
        pool = _pools.get((path, workers))
        if pool is None:
            pool = _pools[(path, workers)] = ReaderPool(f"{PATHS[path]} readers", workers)
        return pool


def shutdown_all(wait: bool = True) -> None:
    """Stop every pool's readers: at exit, and when the service stops."""
    with _pools_lock:
        pools = list(_pools.values())
    for pool in pools:
        pool.shutdown(wait=wait)


atexit.register(shutdown_all)


def _guarded(read: Callable, item) -> tuple[object, BaseException | None]:
    try:
        return read(item), None
    except Exception as exc:  # returned, not raised: one page fails alone
        try:
            pickle.dumps(exc)
        except Exception:
            exc = RuntimeError(f"{type(exc).__name__}: {exc}")
        return None, exc


def _start_reader(parent: int, name: str) -> None:
    """In a new worker: take the pool's name (`ps` and /proc show "vigil feed read") and exit
    once the process that reads through the pool has gone."""
    multiprocessing.current_process().name = f"{name} {os.getpid()}"
    _set_process_name(f"vigil {name.split()[0]} read")
    threading.Thread(target=_exit_with, args=(parent,), name="exit-with-parent", daemon=True).start()


def _set_process_name(name: str) -> None:
    """The process's name as `ps`, `top` and /proc/PID/comm show it (Linux prctl PR_SET_NAME, 15 bytes)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(15, name.encode()[:15], 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: the name is only for people reading `ps`
        pass


def _exit_with(parent: int) -> None:
    """A parent killed outright (the service under SIGKILL) would otherwise leave its workers,
    and the forkserver they keep alive, waiting for work for ever."""
    while True:
        time.sleep(PARENT_CHECK)
        try:
            os.kill(parent, 0)
        except ProcessLookupError:
            os._exit(0)
        except PermissionError:  # the pid now belongs to another user's process: ours has gone
            os._exit(0)
