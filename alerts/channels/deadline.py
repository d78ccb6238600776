"""An overall time limit for one send, whatever the server does.

A channel's `timeout` bounds each socket operation only: a server that trickles a byte every
few seconds keeps every read under it and a send going for ever, past the outbox lease, and
a second sender then sends the same notice again. So each send also has a deadline
(`deadline:` of the channel, at most MAX_DEADLINE, well inside the outbox lease): when it
passes, the connection's socket is shut down, the blocked read returns at once, and the
send fails transiently with a message saying so.
"""

from __future__ import annotations

import socket
import threading
import time
from typing import Callable

MAX_DEADLINE = 300.0  # seconds; alerts.outbox.LEASE must stay longer than this


class Deadline:
    """`watch(get_socket)` for each connection of one send; `cancel()` when done.
    `get_socket` is called when the time is up, so a socket replaced by STARTTLS is the one shut."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.ends = time.monotonic() + seconds
        self.expired = False
        self._timers: list[threading.Timer] = []

    def watch(self, get_socket: Callable[[], socket.socket | None]) -> None:
        timer = threading.Timer(max(0.0, self.ends - time.monotonic()), self._expire, [get_socket])
        timer.daemon = True
        self._timers.append(timer)
        timer.start()

    def _expire(self, get_socket) -> None:
        self.expired = True
        sock = get_socket()
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass  # closed already: the send is over anyway

    def cancel(self) -> None:
        for timer in self._timers:
            timer.cancel()

    def __enter__(self) -> "Deadline":
        return self

    def __exit__(self, *exc) -> None:
        self.cancel()

    def message(self) -> str:
        return f"send not complete after its deadline of {self.seconds:g} s (server too slow); will retry"
