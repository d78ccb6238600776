"""How hard one host is pressed: the politeness values, and the feed fetcher's per-host slots.

The same values govern both ways Vigil fetches: the Scrapy child gets them as Scrapy settings
(`scrapy_settings`), and the feed fetcher (crawler.http) keeps one `HostSlot` per host, which
bounds the requests in flight to it, spaces their starts by the download delay and, with
AutoThrottle on, adapts that delay to the host's latency as Scrapy's AutoThrottle does
(https://docs.scrapy.org/en/latest/topics/autothrottle.html#throttling-algorithm): the delay
aims at `latency / target_concurrency`, moving halfway there on each response, never below
the download delay nor above `max_delay`, and never lowered by an error response.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

MAX_PER_DOMAIN = 32  # the most requests in flight to one host that sources.yaml may ask for


@dataclass(frozen=True)
class Politeness:
    per_domain: int = 2  # requests in flight to one host
    autothrottle: bool = True  # adapt the delay to the host's latency
    target_concurrency: float = 1.0  # AutoThrottle: requests it aims to have in flight to one host
    download_delay: float = 0.0  # seconds between request starts to one host (AutoThrottle's floor)
    start_delay: float = 1.0  # AutoThrottle: the delay before the first response is seen
    max_delay: float = 30.0  # AutoThrottle: the longest delay it sets

    def scrapy_settings(self) -> dict:
        """These values as Scrapy settings, for one crawler."""
        return {
            "CONCURRENT_REQUESTS_PER_DOMAIN": self.per_domain,
            "AUTOTHROTTLE_ENABLED": self.autothrottle,
            "AUTOTHROTTLE_TARGET_CONCURRENCY": self.target_concurrency,
            "AUTOTHROTTLE_START_DELAY": max(self.start_delay, self.download_delay),
            "AUTOTHROTTLE_MAX_DELAY": self.max_delay,
            "DOWNLOAD_DELAY": self.download_delay,
            # Scrapy spreads DOWNLOAD_DELAY over 0.5-1.5x by default; the configured delay is a floor
            # (DOWNLOAD_DELAY_JITTER since Scrapy 2.19, which deprecated RANDOMIZE_DOWNLOAD_DELAY)
            "DOWNLOAD_DELAY_JITTER": 0.0,
        }

    def to_dict(self) -> dict:
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, values: dict | None) -> "Politeness":
        return cls(**(values or {}))


class HostSlot:
    """One host's share of a thread pool: `with slot:` around each request to it (thread-safe)."""

    def __init__(self, politeness: Politeness):
        self.politeness = politeness
        self._in_flight = threading.BoundedSemaphore(politeness.per_domain)
        self._lock = threading.Lock()
        self._next_start = 0.0  # monotonic time before which no request to the host may start
        p = politeness
        self.delay = max(p.start_delay, p.download_delay) if p.autothrottle else p.download_delay

    def __enter__(self) -> "HostSlot":
        self._in_flight.acquire()
        with self._lock:  # claim the next start time, then wait for it outside the lock
            now = time.monotonic()
            start = max(now, self._next_start)
            self._next_start = start + self.delay
        if start > now:
            time.sleep(start - now)
        return self

    def __exit__(self, *exc) -> None:
        self._in_flight.release()

    def observe(self, latency: float, status: int | None) -> None:
        """AutoThrottle's step after a response that took `latency` seconds (status None: no response)."""
        p = self.politeness
        if not p.autothrottle:
            return
        with self._lock:
            target = latency / p.target_concurrency
            new = max(p.download_delay, min(p.max_delay, (self.delay + target) / 2.0))
            if status is None or status >= 400:  # errors never speed the crawl up
                new = max(new, self.delay)
            self.delay = new
