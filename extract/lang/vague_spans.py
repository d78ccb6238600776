"""Spans of several months or years back with no start ("در ماه‌های اخیر", "در سال‌های گذشته"): a count
told with one and no date of its own ("در سال‌های گذشته سه برادر او نیز در همین زندان اعدام شده‌اند") is
no incident of the report's day, which it would inherit (vocab-LANG.yaml vague_spans)."""
from __future__ import annotations

import re
from functools import lru_cache

from .vocab import bounded, listed


@lru_cache(maxsize=None)
def _vague(lang: str) -> re.Pattern | None:
    words = listed(lang, "vague_spans")
    return bounded(words, lang) if words else None


def vague_span(lang: str, text: str, s: int, e: int) -> bool:
    """Whether text[s:e] names a span back from now with no start (None-safe for a language with none)."""
    pattern = _vague(lang)
    return pattern is not None and pattern.search(text, s, e) is not None
