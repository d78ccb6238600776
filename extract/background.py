"""The lead-up to an execution the report tells: the death sentence of people it says were executed,
and their transfer for execution, are background (SCHEMA.md: optional), never news of their own.

"Omid Nouri was hanged on Monday. Nouri had been sentenced to death in 2020" tells one fact, the
execution; the sentence (whatever its date) is how it came about. A claim of it can only match an
optional labelled claim or none, so it is dropped with `reject.background`.
"""
from __future__ import annotations


def same_person(a: str, b: str) -> bool:
    """"Nouri" and "Omid Nouri", "Omid Nouri" and "omid  nouri": a full name equal to the other,
    or a single word equal to the other's last (a surname told again). Two full names must agree
    whole: "Ismail Alizahi" is not his brother "Saeed Alizahi"."""
    x, y = a.lower().split(), b.lower().split()
    if not x or not y:
        return False
    if len(x) > 1 and len(y) > 1:
        return x == y
    return x[-1] == y[-1]


def lead_up_of_executed(drafts: list) -> list:
    """The drafts of death sentences and transfers (`sentenced`, `imminent`, one incident) whose
    every person is named, and named as executed in another draft of the field (not a figure given
    for comparison). A group told without names, or with one person not executed, stays news."""
    executed = [n for d in drafts if d.event == "executed" and not d.compared for n in d.names]
    return [d for d in drafts
            if d.event in ("sentenced", "imminent") and d.kind == "event" and d.names and len(d.names) == d.count
            and all(any(same_person(n, m) for m in executed) for n in d.names)]
