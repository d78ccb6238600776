"""Figures a statistical briefing tells twice, which restatements.py folds into one claim: a
table row that gives again a whole figure of its prose (`row_restates`), a dated part of a statistic
told again by its own verb in its sentence (`dated_part_twice`); and `same_span`, the agreement of
two periods both read."""
from __future__ import annotations


def same_span(a, b) -> bool:
    """Both periods known and agreeing within a tenth of their length (or a day)."""
    if None in (*a.period, *b.period):
        return False
    days = max(1, (a.period[1] - a.period[0]).days // 10)
    return abs((a.period[0] - b.period[0]).days) <= days and abs((a.period[1] - b.period[1]).days) <= days


def row_restates(prose, row) -> bool:
    """"At least 517 people were executed in Iran in 2017. ... 2017 at a glance: - Total executions: at
    least 517", "Iran still executed at least 253 people ... Iran: 253+": a row of a statistical
    briefing's table that gives a figure its prose told before, over the same span, with its hedge
    or none ("at least 131 prisoners were executed during the month" ... "October: 131"), is that
    figure again, not a part of it (two rows never restate each other)."""
    # (a figure of the whole, told once: a part in prose, "three were women", and a row of places,
    # "Golestan: 3", are other facts that happen to share a number)
    return not prose.listed and not prose.part and "merge.row_restates" not in prose.rules \
        and prose.kind == row.kind == "aggregate" and row.qualifier in (prose.qualifier, "exact") and not row.location \
        and prose.sentence < row.sentence and same_span(prose, row)


def dated_part_twice(a, b) -> bool:
    """"Two of the three security-related executions took place in Urmia on 21 October, where two
    men ... were hanged", "the hanging on 29 December of four prisoners - A, B, C and D": a part of a
    statistic dated to its own day (kind.event.dated_part) and the same group told again in its
    sentence (by its own verb, or by its names): one incident, of any size."""
    part, other = (a, b) if "kind.event.dated_part" in a.rules else (b, a)
    return ("kind.event.dated_part" in part.rules and part.event == other.event and part.country == other.country
            and part.count == other.count and other.kind == "event" and part.period == other.period
            and not other.weak and not (part.names and other.names))
