"""Replaying the rules as of a past day: what the alerts job would have sent that day.

Nothing is read from or written to the stored alert state: the replay rebuilds it. It walks
the days on which reports arrived (collected, or published when the collection day is
unknown) from `lookback` + 1 weeks before the day up to the day itself, evaluating the rules
on each with only the reports known by then (and, given `reviewed`, the reviews made by then)
and carrying alert state from day to day, as the service would have. The transitions of the last day are what would have been sent on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable, Iterable

from alerts.messages import CHART_WEEKS
from alerts.records import ClaimRecord
from alerts.rules import RuleLike, evaluate
from alerts.state import AlertState, Transition, transition
from alerts.totals import Totals
from alerts.weeks import WeekScheme


def known_on(record: ClaimRecord) -> date | None:
    """The day a report became known: collected, else published (None: always known)."""
    return record.collected or record.published


def known_by(records: Iterable[ClaimRecord], day: date) -> list[ClaimRecord]:
    """The records known on `day`: a replay of a past day must not read later reports."""
    return [r for r in records if known_on(r) is None or known_on(r) <= day]


@dataclass(frozen=True)
class Replayed:
    transition: Transition
    rule: RuleLike
    totals: Totals


def replay(rules: list[RuleLike], records: list[ClaimRecord], scheme: WeekScheme, day: date,
           lookback: int, reviewed: Callable[[list[ClaimRecord], date], list[ClaimRecord]] | None = None,
           ) -> list[Replayed]:
    """The notifying transitions of `day` (steps in the module docstring). `reviewed(records,
    d)`: the records as staff had reviewed them by the end of day d (None: as extracted)."""
    first = scheme.start_of(day) - timedelta(weeks=lookback + 1)
    if not any(rule.type == "year_to_date" for rule in rules):
        # Weekly rules and their 12-week charts read no further back than this; each day's
        # totals are rebuilt, so leaving older reports out keeps a replay quick.
        oldest = first - timedelta(weeks=CHART_WEEKS + 1)
        records = [r for r in records if r.date is None or r.date >= oldest]
    days = sorted({d for d in map(known_on, records) if d is not None and first <= d < day} | {day})
    by_id = {rule.id: rule for rule in rules}
    state: dict[tuple[str, str], AlertState] = {}
    sent: list[Replayed] = []
    for current in days:
        known = known_by(records, current)
        if reviewed is not None:
            known = reviewed(known, current)
        totals = Totals(known, scheme)
        states: dict[str, dict[str, str]] = {}
        for (rule_id, key), s in state.items():
            states.setdefault(rule_id, {})[key] = s.state
        for finding in evaluate(rules, totals, known, current, states, lookback):
            rule = by_id[finding.rule_id]
            t = transition(state.get((finding.rule_id, finding.key)), finding, rule.resolve)
            if t.after is None or not t.changed:
                continue
            state[(finding.rule_id, finding.key)] = t.after
            if current == day and t.notify:
                sent.append(Replayed(t, rule, totals))
    return sent
