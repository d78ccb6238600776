"""Serving the application with waitress, a production WSGI server (Flask's own is for development)."""

from __future__ import annotations

import errno
import logging
import signal
import threading
from typing import Callable

from waitress.server import create_server

from vigil.errors import UsageError, VigilError

log = logging.getLogger(__name__)


class WebServer:
    """A bound server: `url` is known before `run()` (port 0 picks a free port, for tests and the demo)."""

    def __init__(self, app, host: str = "127.0.0.1", port: int = 8080, threads: int = 4):
        shown = f"[{host}]" if ":" in host else host
        try:
            self._server = create_server(app, host=host, port=port, threads=threads, ident="vigil",
                                         clear_untrusted_proxy_headers=False)
        except ValueError:  # waitress's word for a host getaddrinfo cannot resolve
            raise UsageError(f"--host {host}: no such address or host name (give an address of this "
                             "machine, such as 127.0.0.1)") from None
        except OSError as exc:  # taken by another server, not this machine's, a port below 1024
            hint = " (another server listens there: stop it or choose another --port)" \
                if exc.errno == errno.EADDRINUSE else ""
            raise VigilError(f"cannot listen on {shown}:{port}: {exc.strerror or exc}{hint}") from None
        self._stopping = False
        self._running = threading.Event()   # set while run() serves, in whichever thread
        self._finished = threading.Event()
        if threading.current_thread() is threading.main_thread():
            # taken over before the URL is announced, so a stop sent once it is seen is never lost
            for stop_signal in (signal.SIGINT, signal.SIGTERM):
                signal.signal(stop_signal, signal.default_int_handler)
        self.host, self.port = host, self._server.effective_port
        self.url = f"http://{shown}:{self.port}/"

    def run(self) -> None:
        """Serve until interrupted (Ctrl-C, SIGINT, SIGTERM), or until `close()` is called from
        another thread.

        In the main thread both signals are taken over (when the server is made): a process started with SIGINT ignored (a
        shell's background job, some supervisors) would otherwise never stop on it, and SIGTERM
        (systemd's stop) would end it without closing the server."""
        self._running.set()
        try:
            self._server.run()
        except KeyboardInterrupt:
            pass
        except OSError:
            if not self._stopping:  # closing the socket under the loop ends it with EBADF
                raise
        finally:
            self._stopping = True
            self._server.close()
            self._server.task_dispatcher.shutdown()
            self._finished.set()

    def close(self, wait: float = 10.0) -> None:
        """Stop serving (from another thread than the one in `run()`), and wait up to `wait`
        seconds for that thread's loop to end: until then it may still write its wake-up byte
        to the descriptor of a socket it has closed, and that number may already belong to a
        new connection of this process (a stray "x" before another server's response)."""
        if not self._stopping:
            self._stopping = True
            self._server.close()
        if self._running.is_set():
            self._finished.wait(wait)


def serve(app, host: str, port: int, say: Callable[[str], None] = print) -> None:
    """Serve until Ctrl-C, SIGINT or SIGTERM (see WebServer.run); one that arrives before the loop
    runs is a clean stop too (else click would turn it into "Aborted!" and exit status 1)."""
    server = WebServer(app, host, port)
    try:
        say(f"Serving the Vigil web view on {server.url} (Ctrl-C stops)")
        server.run()
    except KeyboardInterrupt:
        server.close()
