"""Persian reports that correct an earlier one: "هرانا در خبری که ... منتشر کرد، از اعدام پنج زندانی ...
خبر داده بود. بررسی‌های تکمیلی نشان می‌دهد که ... چهار زندانی ... اعدام شده‌اند". The incident told as
what an earlier report had said (a pluperfect verb of reporting after it, vocab-fa.yaml
reported_before), in a report that says it corrects one (vocab-fa.yaml corrections, in its text or
headline), is the report corrected, not a fact, when the report also tells fewer executed in another
sentence: that one is the fact (SCHEMA.md: one claim per fact). The Persian counterpart of
extract/corrections.py; rule reject.corrected_report.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .drafts import Draft
from .vocab import alternation, listed


@lru_cache(maxsize=None)
def _patterns(lang: str) -> tuple[re.Pattern, re.Pattern] | None:
    corrections, reported = listed(lang, "corrections"), listed(lang, "reported_before")
    if not corrections or not reported:
        return None
    return (re.compile(rf"(?<![\w\u200c])(?:{alternation(corrections, lang)})(?![\w\u200c])"),
            re.compile(rf"(?<![\w\u200c])(?:{alternation(reported, lang)})(?![\w\u200c])"))


def corrected_reports(lang: str, text: str, headline: str, drafts: list[Draft]) -> list[Draft]:
    """The executed incidents of `drafts` (folded `text`) that a correcting report tells as what an
    earlier report had said, with fewer executed told in another sentence."""
    patterns = _patterns(lang)
    if patterns is None:
        return []
    correction, reported = patterns
    if not (correction.search(text) or correction.search(headline)):
        return []
    events = [d for d in drafts if d.kind == "event" and d.event == "executed"]
    return [d for d in events if reported.search(text, d.span[1], d.sentence[1])
            and any(o.sentence != d.sentence and o.count < d.count for o in events)]
