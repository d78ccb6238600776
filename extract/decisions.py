"""What a claim rule looks at (a `Candidate`, a `Clause`) and what it may decide (`Period`, `Kind`, `Reject`).

The period rules (periods.py), the kind rules (kinds.py) and the clause rules (refusals.py)
are ordered tables of small functions: each takes a Candidate (a Clause for the clause rules)
and returns None when it does not apply, else a decision naming the rule id the claim will
carry (the ids are explained in rules.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .dates import DateMention
from .mentions import Count, Trigger

if TYPE_CHECKING:   # the report under assembly; report.py and candidates.py import the rule tables, not the reverse
    from .report import Draft, _Report


@dataclass(frozen=True)
class Candidate:
    """A count of sentence `i` ([s, e) in the field's text) linked to an event, on its way to a claim.

    `d` is the date picked for it (linking.pick_date) and `gap` the text between the two;
    `context` the figure it may split; `part` whether it is a part of a figure. `period`, `weak`
    and `place` are known only once the period rules have chosen (the kind rules read them), `kind`
    once the kind rules have.
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
    kind: str | None = None        # "event" or "aggregate", chosen by the kind rules (the offence rules read it)

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


@dataclass(frozen=True)
class Clause:
    """A count `c` of the sentence [s, e) of `text` with an event, before any date is read: what
    the clause rules (refusals.py) look at. `t` is its trigger (None when the count names its event
    or takes its figure's), `triggers` the sentence's, `breakdown` whether it is a part of a figure,
    `shared` whether it is given with its share of a total (", or 12% of the total")."""

    text: str
    s: int
    e: int
    c: Count
    t: Trigger | None
    triggers: list
    breakdown: bool
    shared: bool


def first(table: tuple, x: Candidate | Clause):
    """The decision of the first rule of `table` that applies to `x` (None when none does)."""
    for rule in table:
        decision = rule(x)
        if decision is not None:
            return decision
    return None
