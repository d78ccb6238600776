"""An ordinal "first" execution told with its own day ("نخستین اعدام علنی در دوره دوم حاکمیت طالبان در
۱۶ قوس ۱۴۰۱ در ولایت فراه انجام شد"): that one execution, an incident of its day, not a running total
of one from the series' start to the report's day (rule kind.event.first_on_its_day; parts.ordinal
reads the others).
"""
from __future__ import annotations

from .drafts import Draft
from .mentions import CountMention, TriggerMention


def first_on_its_day(host, s: int, e: int, c: CountMention, t: TriggerMention | None) -> Draft | None:
    """The incident of an ordinal of one whose sentence text[s:e] names a day, not the dateline's and not
    after the report's; None otherwise. `host` is an assemble._Field."""
    day = next((d for d in host.dates_in(s, e) if d.is_day and not d.since and not host.dateline(d)
                and d.period_end <= host.published), None)
    if c.value != 1 or day is None or t is not None and t.event != "executed":
        return None
    country, stated = host.country_in(s, c.start)
    return Draft("executed", 1, "exact", (day.period_start, day.period_end), "event", country, host.offences(s, e),
                 host.place(s, e, c), (s, e), (c.start, c.end),
                 [f"trigger.executed:{t.phrase}" if t is not None else "event.executed", "count.ordinal",
                  "qualifier.exact", "period.stated", "kind.event.first_on_its_day",
                  "country.stated" if stated else "country.report"])
