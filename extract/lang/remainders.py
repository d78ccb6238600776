"""The rest of a group told before (Persian): "حکم اعدام شش زندانی ... اجرا شد. چهار تن از این
زندانیان بلوچ بوده‌اند ... دو زندانی دیگر نیز به اتهام مواد مخدر اعدام شدند" — "the other two" are the
six less the four singled out of them, the same incident told part by part (SCHEMA.md: a split inside
one incident is no claim of its own), not two more executions (rule reject.rest_of_incident)."""
from __future__ import annotations

import re
from functools import lru_cache

from .mentions import CountMention, find_counts
from .vocab import alternation, listed

_WORDS_BEFORE = 2   # words between the counted noun and "دیگر" ("دو زندانی بلوچ دیگر")


@lru_cache(maxsize=None)
def _others(lang: str) -> re.Pattern | None:
    """"دیگر" right after a count's noun (an adjective or two between); None for a language whose
    file lists no such word."""
    words = listed(lang, "rest_of_group")
    if not words:
        return None
    return re.compile(rf"(?:[\s\u200c]+[^\s\u200c،,.؛:\d]+){{0,{_WORDS_BEFORE}}}?[\s\u200c]+(?:{alternation(words, lang)})(?![\w\u200c])")


def rest_of_incident(v, text: str, c: CountMention, draft, drafts) -> bool:
    """Whether count `c` ("دو زندانی دیگر"), an undated incident (its day inherited), is the rest of the
    group of an incident told before it: an earlier claim of that event, on that day, counts N people,
    and a count between the two singles out N less c of them. Without that count the others are
    more people ("حکم اعدام چهار زندانی اجرا شد. دو زندانی دیگر نیز اعدام شدند": six in all)."""
    others = _others(v.lang)
    if others is None or others.match(text, c.end) is None or draft.kind != "event" \
            or "period.inherited" not in draft.rules:
        return False
    for whole in drafts:
        # (the death sentence of the others of a group transferred or executed, "دو زندانی دیگر ... به اعدام
        # محکوم شده‌اند" after "چهار زندانی، از جمله «A» و «B»، ... منتقل شدند", is that news's lead-up)
        lead_up = draft.event == "sentenced" and whole.event in ("executed", "imminent")
        if whole.event != draft.event and not lead_up or whole.kind != "event" or whole.period != draft.period \
                or whole.count <= c.value or whole.span[1] > c.start \
                or draft.location not in (None, whole.location):   # (others at a prison of their own: more people)
            continue
        between = find_counts(v, text, whole.span[1], c.start)
        if any(x.value + c.value == whole.count for x in between):
            return True
    return False


@lru_cache(maxsize=None)
def _all_of(lang: str) -> re.Pattern | None:
    """"هر" right before a count ("هر چهار نفر"); None for a language whose file lists no such word."""
    words = listed(lang, "all_of_group")
    if not words:
        return None
    return re.compile(rf"(?<![\w\u200c])(?:{alternation(words, lang)})[\s\u200c]+\Z")


def sentence_of_whole_group(v, text: str, c: CountMention, event: str, drafts) -> bool:
    """Whether count `c` of a death sentence is "all N" ("خانواده‌های هر چهار نفر"، "هر سه نفر ... به اعدام
    محکوم شدند") of a group of N told before as transferred for execution or executed: the lead-up of
    that news (SCHEMA.md: background, optional), no sentence of N more people."""
    every = _all_of(v.lang)
    if event != "sentenced" or every is None or not every.search(text, max(0, c.num_start - 8), c.num_start):
        return False
    return any(d.event in ("executed", "imminent") and d.kind == "event" and d.count == c.value and d.span[1] <= c.start
               for d in drafts)
