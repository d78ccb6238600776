"""The day a wire lead says the news was told on, when the next sentence gives the deed's own day:
"Iran said Thursday it had hanged 20 prisoners. The men were put to death on Tuesday", "Amnesty
on Wednesday criticised the authorities for executing 13 men. The executions were carried out on
Monday". The lead's day dates the saying; the claim takes the day of the executions."""
from __future__ import annotations

import re

from .decisions import Candidate, Period
from .followups import next_day
from .lexicon import words
from .linking import day_of_saying

_L = words("linking.yaml")
# "Amnesty International on Wednesday criticised ...": a day right before a verb of saying or of
# reacting to the news dates that verb
_SAYING_AFTER = re.compile(rf"\s*(?:{_L['said_verbs']}|{_L['condemned_verbs']})\b", re.IGNORECASE)


def said_day_restated(x: Candidate) -> Period | None:
    """A count dated only by a day of saying (linking.day_of_saying, or a day right before a verb of
    saying) takes the incident day the next sentence gives of the same people or executions
    (followups.next_day), if that day is no later than the saying. Before `stated`, which would date
    the deed on the day it was told."""
    d, r = x.d, x.report
    if d is not None and d.anchored:
        # "... for executing 13 men on the same day": the words point back at the day told before them
        d = next((y for y in reversed(x.dates) if y.end <= d.start and not y.anchored), None)
    if d is None or not d.is_day or not (day_of_saying(x.text, d) or _SAYING_AFTER.match(x.text, d.end)):
        return None
    if any(y is not d and y.is_day for y in x.dates):
        return None   # the sentence dates the deed itself
    told, day = r.resolve(d), next_day(r.f, x.i, x.event, r.resolve)
    if day is None or told[0] is None or day == told or day[1] > told[1]:
        return None
    return Period(day, ("period.said_day_restated",))
