"""A part said to be of the executed ("۱۱ زن ... در میان اعدام شدگان سال ۲۰۲۲") splits a statistic of
executions, never one of death sentences told between it and its whole: "در سال ۲۰۲۲ دست کم ۵۶۵ حکم
اعدام اجرا شد ... در همین سال ۹۲ حکم اعدام تازه صادر شد. ... ۱۱ زن ... در میان اعدام شدگان سال ۲۰۲۲
بودند" breaks down the 565, not the 92 (how rights groups' annual figures list executions, then
sentences, then who was executed).
"""
from __future__ import annotations

from .drafts import Draft
from .mentions import CountMention

_REACH = 80   # characters after the count within which "اعدام شدگان" says whose part it is


def of_the_executed(f, s: int, e: int, c: CountMention, whole: Draft | None) -> Draft | None:
    """`whole`, or, when it is a statistic of another event and the count is of the executed, the last
    statistic of executions told before the count in its paragraph or the one before (None if none)."""
    if whole is None or whole.event == "executed" or whole.kind != "aggregate" \
            or not f.v.executed_nouns.search(f.text, c.end, min(e, c.end + _REACH)):
        return whole
    p = f.paragraph_of(s)
    since = max([q for q in f.paragraphs if q < p], default=0)
    executed = next((d for d in reversed(f.drafts) if d.event == "executed" and d.kind == "aggregate"
                     and since <= d.span[0] < c.start and d.count > c.value and "kind.aggregate.comparison" not in d.rules), None)
    if executed is not None:
        f.executed_parts = (*f.executed_parts, c.start)   # (its claim carries part.of_the_executed)
    return executed
