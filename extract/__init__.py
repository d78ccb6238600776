"""Vigil's extractor: execution reports in, claims out (pure: no I/O, no network, no clock)."""
from __future__ import annotations

from datetime import date
from functools import lru_cache

from .claims import Claim
from .pipeline import Extractor, build_nlp

EXTRACTOR_VERSION = "2026.11.8"

__all__ = ["EXTRACTOR_VERSION", "Claim", "Extractor", "build_nlp", "default_extractor", "extract_report"]


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    """One Extractor per process, built on first use: building the pipeline is the slow part."""
    return Extractor()


def extract_report(text: str, published: date | None, title: str = "") -> list[Claim]:
    """Claims of one report, through a module-level Extractor built on first use."""
    return default_extractor().extract(text, published, title)
