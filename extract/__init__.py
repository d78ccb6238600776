"""Vigil's extractor: execution reports in, claims out (pure: no I/O, no network, no clock).

The pipeline (and spaCy with it) is imported on first use, so the stages that need only the
claim type and the shared notions (alerts/, `vigil totals`) do not pay for loading spaCy.
"""
from __future__ import annotations

import threading
from datetime import date
from functools import lru_cache

from .claims import Claim

EXTRACTOR_VERSION = "2026.11.27"

__all__ = ["EXTRACTOR_VERSION", "Claim", "Extractor", "build_nlp", "default_extractor", "extract_report"]


def __getattr__(name: str):
    if name in ("Extractor", "build_nlp"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'extract' has no attribute {name!r}")


_building = threading.Lock()


def default_extractor():
    """One Extractor per process, built on first use: building the pipeline is the slow part
    (seconds), so threads asking at once (the service's extract and collect jobs) wait for the
    one build rather than each making their own. The Extractor serialises its own use."""
    with _building:
        return _build_default()


@lru_cache(maxsize=1)
def _build_default():
    from .pipeline import Extractor

    return Extractor()


def extract_report(text: str, published: date | None, title: str = "", lang: str | None = "en") -> list[Claim]:
    """Claims of one report in `lang` ("en", "fa", "ar"), through a module-level Extractor built on first use."""
    return default_extractor().extract(text, published, title, lang)
