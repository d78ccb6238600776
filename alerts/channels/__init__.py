"""Notification channels, keyed by the `type` field of a channel in alerts.yaml.

Each module has a pure `payload(notification, config, channel_name) -> dict` (JSON, stored in
the outbox) and a thin `send(payload, config)` that raises TransientError or PermanentError.
"""

from __future__ import annotations

from alerts.channels import email, slack
from alerts.channels.errors import DeliveryError, PermanentError, TransientError

CHANNELS = {
    "email": email,
    "slack": slack,
}

__all__ = ["CHANNELS", "DeliveryError", "PermanentError", "TransientError"]
