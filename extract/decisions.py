"""What a claim rule looks at (a `Pending` count of a `Reading` sentence, a `Candidate`, a `Clause`)
and what it may decide (`Period`, `Kind`, `Reject`, `Aside`, `Made`).

The candidate rules (candidates.py), the period rules (periods.py), the kind rules (kinds.py) and
the clause rules (refusals.py) are ordered tables of small functions: each takes what it looks at
and returns None when it does not apply, else a decision naming the rule id the claim will carry
or the rejection shows (the ids are explained in rules.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

from .dates import DateMention
from .mentions import Count, Trigger

if TYPE_CHECKING:   # the report under assembly: report.py imports periods.py, which imports this module
    from .report import Draft, Report


# Candidate and Clause are read-only to the rules but not frozen: a frozen dataclass sets each field
# through object.__setattr__, several times slower than a plain one, and a Candidate (nineteen
# fields) is built three times per claim (drafting.draft_of). Both hold lists, so they were never
# hashable; a rule that wants another value makes a new one with dataclasses.replace.
@dataclass
class Candidate:
    """A count of sentence `i` ([s, e) in the field's text) linked to an event, on its way to a claim.

    `d` is the date picked for it (count_dates.pick_date) and `gap` the text between the two;
    `context` the figure it may split; `part` whether it is a part of a figure. `period`, `weak`
    and `place` are known only once the period rules have chosen (the kind rules read them), `kind`
    once the kind rules have.
    """

    report: Report
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
    same_period_compared: bool = False   # "the same period" told after a figure with its own span (drafting.py)
    period_rules: tuple = ()       # the ids of the period rules that chose `period` (the kind rules read them)

    @property
    def text(self) -> str:
        return self.report.f.text

    def but(self, **changes) -> Candidate:
        """A copy with `changes`, as dataclasses.replace(self, **changes) makes it (a plain dataclass:
        its __init__ only sets the fields), without replace's pass over the nineteen fields."""
        if not changes.keys() <= _CANDIDATE_FIELDS:
            raise TypeError(f"Candidate has no field {sorted(changes.keys() - _CANDIDATE_FIELDS)[0]!r}")
        other = object.__new__(type(self))
        other.__dict__.update(self.__dict__)
        other.__dict__.update(changes)
        return other


_CANDIDATE_FIELDS = frozenset(f.name for f in fields(Candidate))


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
    """The candidate makes no claim; `rule` is the reject.* id `--explain` shows.

    For a count of a sentence (candidates.py) it also says how the next count of that sentence
    sees this one: `part` whether it was a part of a figure (None: as the rules found it), and
    `seen` False when the next count looks past it to the count before (a figure told again)."""

    rule: str
    part: bool | None = None
    seen: bool = True


@dataclass(frozen=True)
class Aside:
    """A count of a sentence that makes no claim and is not listed as rejected: it labels or adds
    to the claim of the count before it, is read by another rule, or is a name (names label
    claims; a name that makes none is no figure lost). `rule` says which rule (rules.py)."""

    rule: str


@dataclass(frozen=True)
class Made:
    """A count of a sentence makes the claim `draft` (a report.Draft whose `rules` list the ids that made it)."""

    draft: Any


@dataclass   # not frozen: see Candidate
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


@dataclass
class Reading:
    """One sentence, [s, e) of the field's text, as its counts are read, and what they share.

    `last` is (count, its draft or None, whether it was a part) of the count read before in the
    sentence; `parent` the figure a breakdown sentence splits; `consumed` the names already summed
    into a count; `appos_end` where the last name set off after a group ends."""

    r: Report
    i: int
    s: int
    e: int
    dates: list                  # the sentence's own dates (no dateline, no side date)
    names: list                  # its name counts (those after "named ... as" and a colon list left out)
    triggers: list               # its triggers, hypothetical ones left out
    counts: list                 # its numbers and names, in order
    previous: Draft | None       # the last claim (no compared figure) of this or the two sentences before
    lead_breakdown: bool         # the sentence splits the figure before it ("Of these, ...")
    statistic: bool              # `previous` is a statistic and the sentence names no date
    parent: Draft | None         # the figure a breakdown sentence's parts split
    colon_list: tuple | None     # linking.listed_after_colon: (count, names listed, the colon's position) or None
    last: tuple | None = None
    consumed: set = field(default_factory=set)
    appos_end: int | None = None
    hypothetical: list = field(default_factory=list)   # its hypothetical triggers ("could be executed")


@dataclass
class Pending:
    """A count of a sentence awaiting its decision, and what the rules before found about it:
    `c` (a carried-out sentence takes its people, a count the names summed before it), `event`
    and its trigger `t`, `breakdown` (a part of a figure), `others` ("... and N others"),
    `context` (the figure it splits), `shared` (given with its share of a total), `planned`
    (an execution its own verb plans) and `sentenced_before` (a part of executions told by the
    sentence that led up to them)."""

    at: Reading
    c: Count
    t: Trigger | None = None
    event: str | None = None
    breakdown: bool = False
    others: bool = False
    context: Draft | None = None
    shared: bool = False
    planned: bool = False
    sentenced_before: bool = False   # a part of executions whose verb tells their earlier sentence
    described_others: bool = False   # "the leader and 682 other people": the one described added
    gapped: bool = False             # "A was hanged on 3 May, B on 5 May": B's verb left out (candidate_events.gapped_name)

    @property
    def text(self) -> str:
        return self.at.r.f.text

    @property
    def part(self) -> bool:
        """Whether the count is a part of a figure: a breakdown or a partitive ("five of them")."""
        return self.breakdown or self.c.partitive

    @property
    def before(self) -> Draft | None:
        """The claim the count read before it in the sentence made (None: none, or it made none)."""
        return self.at.last[1] if self.at.last else None


def first(table: tuple, x):
    """The decision of the first rule of `table` that applies to `x` (what the table's rules look
    at: a Candidate, a Clause, a candidates.Pending), or None when none does."""
    for rule in table:
        decision = rule(x)
        if decision is not None:
            return decision
    return None
