"""People executed on different days, listed after a colon with each person's day.

"Two men were executed on political charges linked to the protests: A, 24, hanged in Qezelhesar on
3 February, and B, 31, hanged in Isfahan on 11 February": the figure before the colon counts people
executed on different days, so it is no incident of one day (the first listed day was read as its
own), and each listed person is an incident on their own day (SCHEMA.md: a specific incident, these
people, this day). The figure keeps its count over the report's statistic span that holds the days,
else over the days themselves.
"""
from __future__ import annotations

import re
from datetime import date

from .linking import inside
from .report import Draft, Report

_NAME_TO_DAY = 90   # characters: a listed person's own clause ("A, 24, hanged in Qezelhesar on") reaches their day
# "executed two men this year: A on Jan. 13 and B, 41, on Jan. 27": the day right after the name (an age
# set off between), the verb left out as the figure's own
_GAPPED = re.compile(r"(?:\s*,\s*\d{1,3}\s*,)?\s+(?:on\s+)?")


def listed_days(r: Report) -> None:
    """1. For each execution claim of two people or more whose sentence lists, after a colon past its
       count, as many named people as it counts, each with a day of their own before the next one,
       the days not all one;
    2. makes one incident per listed person on their day (rule executed.listed_days);
    3. moves the figure to the statistic span holding the days (or their span) and takes its names off
       (rule period.listed_days): they are the incidents' now."""
    f, text = r.f, r.f.text
    made = []
    for d in r.drafts:
        # (a figure of a month whose people the colon lists is read as theirs too: "hanged two more in
        # January: A, 24, on January 6, and B on January 19")
        if d.event != "executed" or d.kind != "event" and not d.names or d.count < 2 or d.part:
            continue
        s, e = f.sentences[d.sentence]
        colon = text.find(":", d.span[1], e)
        listed = [n for n in inside(f.names, colon, e) if n.value == 1] if colon >= 0 else []
        if len(listed) != d.count:
            continue
        days = [_day_of(r, n, listed[k + 1].start if k + 1 < len(listed) else e) for k, n in enumerate(listed)]
        if None in days or len(set(days)) < 2:
            continue
        for n, day in zip(listed, days):
            one = Draft("executed", 1, "exact", (day, day), False, "event", d.country, d.offences, None,
                        n.names, d.sentence, (n.start, n.end), n)
            one.rules = ["executed.listed_days", "count.name", "qualifier.exact", "period.listed_days",
                         "kind.event.named", d.rules[-1] if d.rules[-1].startswith("country.") else "country.report"]
            made.append(one)
        own = d.period if d.kind != "event" and d.period[0] and d.period[0] <= min(days) and max(days) <= d.period[1] else None
        span = own or r.statistic_span(s)
        d.period = span if span and span[0] <= min(days) and max(days) <= span[1] else (min(days), max(days))
        d.kind, d.names = "aggregate", ()
        d.rules = [rule for rule in d.rules if not rule.startswith("kind.")] \
            + ["kind.aggregate.span", "period.listed_days"]
    if made:
        r.drafts = sorted(r.drafts + made, key=lambda x: (x.span[0], x.span[1]))


def _day_of(r: Report, n, end: int) -> date | None:
    """The day told in a listed person's own stretch (before the next person), at most _NAME_TO_DAY
    characters after their name, after a verb of execution of their own ("A, 24, hanged in Qom on 3
    May"; "A, arrested on 3 May 2019" is the arrest's day); None when there is none, or more than one."""
    days = [x for x in inside(r.f.dates, n.end, end) if x.is_day and not x.dateline and not x.anchored
            and x.start - n.end <= _NAME_TO_DAY]
    if len(days) != 1 or not (_GAPPED.fullmatch(r.f.text, n.end, days[0].start) or any(
            t.event == "executed" and not t.hypothetical for t in inside(r.f.triggers, n.end, days[0].start))):
        return None
    start, last = r.resolve(days[0])
    return start if start == last else None
