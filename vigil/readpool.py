"""Reading a batch of pages on every core: the document rules run in worker processes.

Finding a page's text (lxml, trafilatura, the template cut) is Python code that holds the
GIL, so threads read one page at a time; worker processes read as many as there are cores.
The workers come from a `forkserver`, started once per process with the reading modules
already imported, so a worker starts in milliseconds and never inherits the collector's
threads or its database connection. The pool is kept for the life of the process (the
service reads a batch every few minutes) and replaced if a worker dies.

`read_pages(read, items)` returns, in order, `(result, None)` or `(None, exception)` per
item: one page fails alone. A batch smaller than PROCESS_BATCH is read in this process.
`read_ahead(read, item)` starts one read and returns its future, for a crawl that reads its
pages while it fetches the next ones.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing
import os
import pickle
import threading
import time
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Sequence

log = logging.getLogger(__name__)

PROCESS_BATCH = 8  # pages: fewer are read here, where they cost less than shipping them to a worker
# One core is the collector's own (the crawl child's reactor, the feed fetch threads, the store);
# readers take the others. On two cores two readers beside the crawl child made three busy
# processes for two cores and measured slower than one (bench/collect.py, issue 17). With no
# core to spare (0) the pages are read in this process.
WORKERS = max(0, min(4, (os.cpu_count() or 1) - 1))
PARENT_CHECK = 2.0  # seconds between a worker's checks that the reading process is still there

_pool: ProcessPoolExecutor | None = None
_pool_lock = threading.Lock()


def read_pages(read: Callable, items: Sequence) -> list[tuple[object, BaseException | None]]:
    """`read(item)` for each item (a module-level function: it runs in another process)."""
    if len(items) < PROCESS_BATCH or WORKERS < 1:
        return [_guarded(read, item) for item in items]
    chunk = max(1, len(items) // (WORKERS * 4))
    for attempt in (1, 2):
        pool = _get_pool()
        try:
            return list(pool.map(_guarded, [read] * len(items), items, chunksize=chunk))
        except BrokenProcessPool as exc:  # a worker died (out of memory, killed): start afresh once
            log.warning("a page reader process died (%s); %s", exc, "retrying" if attempt == 1 else "reading here")
            _drop_pool(pool)
        except (OSError, RuntimeError) as exc:  # no process could be started: read here, as threads would
            log.warning("no page reader process could be started (%s); reading here", exc)
            _drop_pool(pool)
            break
    return [_guarded(read, item) for item in items]


def read_ahead(read: Callable, item) -> Future | None:
    """Start `read(item)` in a worker now; the future gives `(result, None)` or `(None, exception)`.
    None when there are no workers to read ahead on (one core)."""
    if WORKERS < 1:
        return None
    try:
        return _get_pool().submit(_guarded, read, item)
    except (BrokenProcessPool, OSError, RuntimeError):
        return None  # the page is read with the others at the end (read_pages)


def _guarded(read: Callable, item) -> tuple[object, BaseException | None]:
    try:
        return read(item), None
    except Exception as exc:  # returned, not raised: one page fails alone
        try:
            pickle.dumps(exc)
        except Exception:
            exc = RuntimeError(f"{type(exc).__name__}: {exc}")
        return None, exc


def _get_pool() -> ProcessPoolExecutor:
    global _pool
    with _pool_lock:
        if _pool is None:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["vigil.documents"])
            _pool = ProcessPoolExecutor(max_workers=WORKERS, mp_context=context, initializer=_exit_with,
                                        initargs=(os.getpid(),))
        return _pool


def _exit_with(parent: int) -> None:
    """In a worker: exit once the process that reads through the pool has gone. A parent killed
    outright (the service under SIGKILL) would otherwise leave its workers, and the forkserver
    they keep alive, waiting for work for ever."""

    def watch() -> None:
        while True:
            time.sleep(PARENT_CHECK)
            try:
                os.kill(parent, 0)
            except ProcessLookupError:
                os._exit(0)
            except PermissionError:  # the pid now belongs to another user's process: ours has gone
                os._exit(0)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _drop_pool(pool: ProcessPoolExecutor) -> None:
    global _pool
    with _pool_lock:
        if _pool is pool:
            _pool = None
    pool.shutdown(wait=False, cancel_futures=True)


@atexit.register
def _shutdown() -> None:
    if _pool is not None:
        _pool.shutdown(wait=True, cancel_futures=True)
