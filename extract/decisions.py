"""What a claim rule looks at (a `Candidate`) and what it may decide (`Period`, `Kind`, `Reject`).

The period rules (periods.py) and the kind rules (kinds.py) are ordered tables of small
functions: each takes a Candidate and returns None when it does not apply, else a decision
naming the rule id the claim will carry (the ids are explained in rules.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .dates import DateMention
from .mentions import Count, Trigger

if TYPE_CHECKING:   # the report under assembly; assemble.py imports the rule tables, not the reverse
    from .assemble import Draft, _Report


@dataclass(frozen=True)
class Candidate:
    """A count of sentence `i` ([s, e) in the field's text) linked to an event, on its way to a claim.

    `d` is the date picked for it (linking.pick_date) and `gap` the text between the two;
    `context` the figure it may split; `part` whether it is a part of a figure. The last three
    fields are known only once the period rules have chosen (the kind rules read them).
    """

    report: _Report
    i: int
    s: int
    e: int
    c: Count
    event: str
    t: Trigger | None
    dates: list          # the sentence's own dates (no dateline, no side dates)
    context: Draft | None
    part: bool
    counts: list         # every count of the sentence, names included
    d: DateMention | None
    gap: str
    same_period: re.Match | None   # "in the same period", unless it is a comparison
    period: tuple = (None, None)   # (start, end) dates, chosen by the period rules
    weak: bool = False             # an inherited period that yields to an explicit one
    place: Any = None              # the place named with the count (str), or None

    @property
    def text(self) -> str:
        return self.report.f.text


@dataclass(frozen=True)
class Period:
    """A period decision: (start, end) dates and the rule ids that chose it, in order."""

    span: tuple
    rules: tuple
    weak: bool = False       # inherited: a later explicit date of the same fact replaces it
    compared: bool = False   # the figure is given for comparison ("a fall on 2019, when 280 ...")


@dataclass(frozen=True)
class Kind:
    """A kind decision: "event" (one incident) or "aggregate" (a statistic), and its rule id."""

    kind: str
    rule: str


@dataclass(frozen=True)
class Reject:
    """The candidate makes no claim; `rule` is the reject.* id `--explain` shows."""

    rule: str


def first(table: tuple, x: Candidate):
    """The decision of the first rule of `table` that applies to `x` (None when none does)."""
    for rule in table:
        decision = rule(x)
        if decision is not None:
            return decision
    return None
