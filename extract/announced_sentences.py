"""The period rule `announced_sentence` (periods.PERIOD_RULES): a death sentence issued or upheld is
dated by the day it was announced (SCHEMA.md: a sentence's period is the day it was issued or
announced), told after it as a saying ("..., her lawyer said on Wednesday", "..., the judiciary
announced on Tuesday").
"""
from __future__ import annotations

from .casefold import search
from .clauses import background
from .count_dates import day_of_saying
from .decisions import Candidate, Period
from .lexicon import lexicon

# people: a verdict on this many, told exactly, is one case; a larger or hedged figure told with the
# day of saying ("courts have sentenced at least 25 protesters, Amnesty said on Tuesday") is a tally
# whose span the report does not give (periods.undated_group)
_ONE_CASE = 3


def announced_sentence(x: Candidate) -> Period | None:
    """"The Supreme Court has upheld the death sentences of three men arrested during the protests
    of last November, the judiciary said on Tuesday": with no date of its own (a span inside a clause
    about the people, "arrested during ... last November", is theirs), a death sentence takes the day
    of saying told after it in its sentence, never the report's day or the people's span. Before
    `stated`, which would read that span; only a sentence (an execution may be older than its news),
    and never one told as the lead-up (a relative clause, the pluperfect)."""
    c, t, d, r = x.c, x.t, x.d, x.report
    if x.event != "sentenced" or t is None or background(x.text, t) \
            or c.noun != "name" and (c.noun != "person" or c.value > _ONE_CASE or c.qualifier != "exact"):
        return None   # (a lead-up, "who had been sentenced", is undated_background's; a tally, undated_group's)
    if d is not None and (d.is_day or d.start < c.end
                          or not search(lexicon().linking.person_clause, x.text, c.end, d.start)):
        return None   # a date of its own: "sentenced to death in 2019, the group said on Tuesday"
    said = next((y for y in x.dates if y.start > max(c.end, t.end) and y.is_day and not y.anchored
                 and day_of_saying(x.text, y)), None)
    if said is None:
        return None
    # weak, as an inherited day: "The court handed down the sentence on June 24" told after it moves it
    return Period(r.resolve(said), ("period.announced_sentence",), weak=True)
