"""The service's heartbeat: proof for `vigil status` that `vigil run` is alive and not stuck.

Job records alone cannot tell: after a kill -9 the last runs look fine until the jobs are
overdue, half an hour or more later. So the scheduler itself runs a tiny job every
BEAT_SECONDS that rewrites `data/service.heartbeat` (JSON: pid, host, started_at, beat_at;
written to a temporary file and renamed, so a reader never sees half of it). The job goes
through the scheduler's loop on its own executor: a frozen process (SIGSTOP, a stuck
scheduler) stops beating as surely as a dead one. A clean stop writes `stopped_at`.

`vigil status` calls the service unhealthy when the last beat is older than STALE_AFTER
(so within two minutes of the death), saying whether the process is gone or frozen.
"""

from __future__ import annotations

import json
import logging
import os
import socket
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

log = logging.getLogger(__name__)

HEARTBEAT_FILE = "service.heartbeat"
BEAT_SECONDS = 15
STALE_AFTER = timedelta(seconds=90)  # six missed beats; with the beat's own age, unhealthy within 2 minutes


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


class Heartbeat:
    """Written by the service: `beat()` on a schedule, `stopped()` on a clean exit."""

    def __init__(self, data_dir: Path):
        self.path = Path(data_dir) / HEARTBEAT_FILE
        self.state = {"pid": os.getpid(), "host": socket.gethostname(), "started_at": _now().isoformat(),
                      "beat_at": None, "stopped_at": None}
        self._failing = False

    def beat(self) -> None:
        self.state["beat_at"] = _now().isoformat()
        self._write()

    def stopped(self) -> None:
        self.state["stopped_at"] = _now().isoformat()
        self._write()

    def _write(self) -> None:
        temporary = self.path.with_name(f".{HEARTBEAT_FILE}.{os.getpid()}")
        try:
            temporary.write_text(json.dumps(self.state), encoding="utf-8")
            os.replace(temporary, self.path)
        except OSError as exc:
            if not self._failing:  # once per failure spell: a full disk must not flood the log
                log.error("cannot write the heartbeat %s: %s (vigil status will call the service dead)", self.path, exc)
            self._failing = True
        else:
            self._failing = False


@dataclass(frozen=True)
class ServiceState:
    """What the heartbeat file says, read by `vigil status`."""

    pid: int
    host: str
    started_at: str
    beat_at: str | None
    stopped_at: str | None

    def problem(self, now: datetime, lock_held: bool | None = None) -> str | None:
        """Why the service needs a person, or None (a clean stop is left to the job checks).
        `lock_held`: whether a process holds the data directory's lock (runlock.holder), when known:
        a service of this host that never stopped and holds no lock is dead at once, with no need to
        wait for its heartbeat to go stale."""
        if self.stopped_at:
            return None
        last = datetime.fromisoformat(self.beat_at or self.started_at)
        age = now - last
        gone = self.host == socket.gethostname() and not _process_exists(self.pid)
        if age <= STALE_AFTER and not (gone and lock_held is False):
            return None
        if gone:
            return (f"service: `vigil run` (pid {self.pid}) died without stopping; "
                    f"last heartbeat {last:%Y-%m-%d %H:%M:%S} UTC, {age.total_seconds():.0f}s ago")
        return (f"service: no heartbeat from `vigil run` (pid {self.pid} on {self.host}) for "
                f"{age.total_seconds():.0f}s, since {last:%Y-%m-%d %H:%M:%S} UTC: frozen or dead")


def read_state(data_dir: Path) -> ServiceState | None:
    """The last heartbeat, or None if no service has run with this data directory."""
    try:
        data = json.loads((Path(data_dir) / HEARTBEAT_FILE).read_text(encoding="utf-8"))
        return ServiceState(int(data["pid"]), str(data["host"]), data["started_at"], data.get("beat_at"),
                            data.get("stopped_at"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return _unreadable(exc)


def _unreadable(exc: Exception) -> ServiceState:
    """A heartbeat that cannot be read counts as none for a long time: unhealthy, saying why."""
    log.warning("the heartbeat file cannot be read: %s", exc)
    return ServiceState(0, "(heartbeat file unreadable)", "1970-01-01T00:00:00+00:00", None, None)


def _process_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
