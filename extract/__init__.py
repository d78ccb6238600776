"""Vigil's extractor: execution reports in, claims out (pure: no I/O, no network, no clock)."""
from __future__ import annotations

from datetime import date
from functools import lru_cache

from .claims import Claim
from .pipeline import Extractor, build_nlp

EXTRACTOR_VERSION = "2026.11.7"

__all__ = ["EXTRACTOR_VERSION", "Claim", "Extractor", "build_nlp", "extract_report"]


@lru_cache(maxsize=1)
def _default_extractor() -> Extractor:
    return Extractor()


def extract_report(text: str, published: date | None, title: str = "") -> list[Claim]:
    """Claims of one report, through a module-level Extractor built on first use."""
    return _default_extractor().extract(text, published, title)
