"""A later sentence that gives the span of executions a statistic counted: "Egypt executed 49
prisoners in just ten days this month ... the executions, carried out between 3 and 13 October".

The statistic's own words ("this month", "in ten days") give only a loose period; a definite
mention of the executions ("the executions", "those hangings") with the verb of carrying them out
and a span inside that period says exactly when. The span replaces the statistic's period before
the parts told after it ("Fifteen of those executed ...") take it.
"""
from __future__ import annotations

import re

from .casefold import search
from .lexicon import words
from .notions import DAY_MAX_DAYS

_W = words("followups.yaml")
_RESTATED = re.compile(
    rf"\b(?:{_W['restated_determiners']})\s+(?:{_W['restated_nouns']})\s*,?\s+(?:{_W['restated_verbs']})\s+"
    rf"(?:(?:{_W['restated_openers']})\s+)?$",
    re.IGNORECASE)


def restated_span(r, s: int, e: int, dates: list) -> None:
    """Narrows the period of the last statistic told before the sentence [s, e) to the span a
    restatement in it names (see the module docstring); the statistic's rules record it."""
    target = r.last_aggregate()
    if target is None or target.period[0] is None or target.period[1] is None:
        return
    for d in dates:
        if not search(_RESTATED, r.f.text, max(s, d.start - 60), d.start):
            continue
        start, end = r.resolve(d)
        if start is None or end is None or (end - start).days <= DAY_MAX_DAYS:
            continue   # a day or two is an incident's date, not the span of a statistic
        if target.period[0] <= start and end <= target.period[1] and (start, end) != target.period:
            target.period = (start, end)
            target.weak = False
            target.rules.append("period.restated_span")
        return
