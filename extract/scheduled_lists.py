"""Executions set for several people, listed after a colon with each person's day.

"The administration has scheduled three more federal executions before Inauguration Day: A on January
12, B on January 14 and C on January 15": the figure before the colon is a plan (no claim), and the
names after it label nothing; each listed person is an imminent execution on their own day (SCHEMA.md:
an imminent claim's period is the scheduled date). The day is read ahead of publication, as a
scheduled day is.
"""
from __future__ import annotations

import re
from datetime import date

from .casefold import search
from .date_arithmetic import infer_year
from .lexicon import words
from .linking import inside
from .report import Draft, Report

_W = words("followups.yaml")
_HEAD = re.compile(rf"\b(?:{_W['schedule_heads']})\b", re.IGNORECASE)
# between a listed name and its day: "on", or the rest of its own clause ("to death on"), no comma
_TO_DAY = re.compile(r"^[^,;:.()]{0,24}?\bon\s+$", re.IGNORECASE)


def scheduled_lists(r: Report) -> None:
    """Adds one imminent draft per person listed after a sentence's colon when the words before the
    colon say executions are scheduled and every listed person has a day of their own right after
    their name (rule imminent.scheduled_list). Two people at least; none already claimed."""
    f, text = r.f, r.f.text
    for i, (s, e) in enumerate(f.sentences):
        colon = text.find(":", s, e)
        if colon < 0 or not search(_HEAD, text, s, colon):
            continue
        listed = [n for n in inside(f.names, colon, e) if n.value == 1]
        if len(listed) < 2 or any(d.sentence == i and set(d.names) & {m for n in listed for m in n.names}
                                  for d in r.drafts):
            continue
        days = [_day_after(r, n, e) for n in listed]
        if None in days:
            continue
        for n, day in zip(listed, days):
            draft = Draft("imminent", 1, "exact", (day, day), False, "event", r.country_at(n.start, s), (), None,
                          n.names, i, (n.start, n.end), n)
            draft.rules = ["imminent.scheduled_list", "count.name", "qualifier.exact", "period.scheduled",
                           "kind.event.named", f"country.{'stated' if draft.country != r.country else 'report'}"]
            r.drafts.append(draft)
        r.drafts.sort(key=lambda d: (d.span[0], d.span[1]))


def _day_after(r: Report, n, e: int) -> date | None:
    """The day right after a listed name ("A on January 12", "B to death on Thursday"), read ahead of
    publication; None when none follows before the next comma."""
    d = next((x for x in inside(r.f.dates, n.end, e) if x.is_day and not x.dateline), None)
    if d is None or not _TO_DAY.match(r.f.text[n.end:d.start]):
        return None
    day = r.resolve(d)[0]
    published = r.f.published
    if day is None or published is None:
        return day
    if day < published:   # "January 12" in a December report: next year's, as a scheduled day is
        year = infer_year(day.month, day.day, published, future=True)
        day = day.replace(year=year) if year else day
    return day if day >= published else None
