"""How a channel reports a failed send: the outbox retries transient errors only."""

from __future__ import annotations


class DeliveryError(Exception):
    """A notification could not be delivered; the message names the channel's server."""


class TransientError(DeliveryError):
    """Worth retrying: server down, timeout, 4xx SMTP reply, HTTP 5xx or 429.

    `retry_after` (seconds) is the earliest the server asked to be tried again, if it said.
    """

    def __init__(self, message: str, retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after


class PermanentError(DeliveryError):
    """Retrying cannot help until someone changes something: 5xx SMTP reply, rejected login,
    HTTP 4xx (a revoked webhook), an unverifiable certificate."""
