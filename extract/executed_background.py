"""A death sentence told in a relative clause of the sentence that reports the execution.

"Saudi Arabia yesterday executed Hussein X, a father of eight who was sentenced to death for drug
smuggling": the sentence is how the execution came about (SCHEMA.md: background is optional), and
the day the sentence names is the execution's, never the sentencing's. A claim of it could only
match an optional labelled claim or none, so it is dropped with `reject.background`, dated or not
(periods.undated_background takes the undated ones told in any sentence).
"""
from __future__ import annotations

from .clauses import background
from .decisions import Candidate, Reject


def relative_of_executed(x: Candidate) -> Reject | None:
    """A `sentenced` or `imminent` trigger in a relative clause or the pluperfect ("who was
    sentenced to death", "had been transferred"), after an execution told earlier in the same
    sentence: the lead-up of that execution."""
    if x.event not in ("sentenced", "imminent") or x.t is None or not background(x.text, x.t):
        return None
    if any(d.sentence == x.i and d.event == "executed" and not d.compared and d.span[1] <= x.t.start
           for d in x.report.drafts):
        return Reject("reject.background")
    return None
