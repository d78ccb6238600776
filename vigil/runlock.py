"""One `vigil run` per data directory: an OS lock on a file in that directory.

`flock` is held by the open file, and the kernel drops it when the process ends however
it ends (SIGKILL, a crash, a power cut), so a stale lock never has to be cleaned up by
hand. The file also holds the pid of the process that has it, for messages and for
`vigil status`. The file descriptor is not inherited by child processes (Python opens
files non-inheritable, PEP 446), so a Scrapy child outliving the service cannot keep it.
"""

from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path

from vigil.errors import StoreError, VigilError

LOCK_NAME = "vigil-run.lock"
ACQUIRE_ATTEMPTS = 5


class AlreadyRunning(VigilError):
    """Another process holds the data directory's run lock; `pid` says which (None: unknown)."""

    def __init__(self, path: Path, pid: int | None):
        self.path = path
        self.pid = pid
        who = f"pid {pid}" if pid else "another process"
        super().__init__(f"{path}: `vigil run` is already running on this data directory ({who} holds the lock)")


class RunLock:
    """Held from `acquire()` until `release()` or the end of the process."""

    def __init__(self, data_dir: Path | str):
        self.path = Path(data_dir) / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> "RunLock":
        """Take the lock and write our pid into the file; raise AlreadyRunning if it is held,
        StoreError if the file cannot be opened."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot open the run lock: {exc.strerror} (is --data writable?)") from exc
        for attempt in range(ACQUIRE_ATTEMPTS):
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                # `vigil status` takes a shared lock for an instant to look; try again briefly.
                time.sleep(0.05)
        else:
            os.close(fd)
            raise AlreadyRunning(self.path, holder(self.path.parent))
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the last descriptor drops the lock
            self._fd = None

    def __enter__(self) -> "RunLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


def holder(data_dir: Path | str) -> int | None:
    """The pid of the `vigil run` holding `data_dir`'s lock (0: held, pid not yet written),
    or None when none does.

    Never creates the file (status may run with a read-only view of the data directory);
    a pid left in the file by a process that has ended is not reported, because then
    nobody holds the lock.
    """
    path = Path(data_dir) / LOCK_NAME
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            text = os.read(fd, 64).decode("ascii", "replace").strip()
            return int(text) if text.isdigit() else 0
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)
