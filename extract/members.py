"""People named as members of a group the report has already counted: "Among those executed was
X", "Also executed was X", "Those hanged included X and Y". The sentence tells who was in the group,
not one more execution, so its names label the group's incident (or, for a statistic, add nothing)
and its own drafts (the name, and a person apposed to it, "a Kuwaiti woman") are dropped with
`merge.member_of_group`.

The opening words are assembly.yaml `member_openers`; the group is the last incident or statistic
of the same event and country told in an earlier sentence that has room for the names (and, for a
statistic, whose span holds the time a member is told with). A member of a statistic told with a
time of their own ("Among those executed in 2020 were X, hanged in August") is their own incident, as
a review's named people are (SCHEMA.md), and stays.
"""
from __future__ import annotations

import re

from .lexicon import words

_OPENER = re.compile(rf"\s*(?:{words('assembly.yaml')['member_openers']})\b", re.IGNORECASE)


def opens_on_member(text: str, s: int) -> bool:
    """Whether the sentence at `s` opens by naming members of a group ("Among those hanged were")."""
    return bool(_OPENER.match(text, s))


def members_of_group(drafts: list, text: str, sentences: list) -> list:
    """The drafts to drop: those of a sentence opening on a member opener whose people fit, by
    count, in a group of the same event and country told before (`drafts` in text order,
    `sentences` the field's (start, end) pairs). The group of an incident takes the names."""
    dropped = []
    for d in drafts:
        if d in dropped or not d.names or d.count != len(d.names) or d.kind != "event" \
                or not opens_on_member(text, sentences[d.sentence][0]):
            continue
        group = next((g for g in reversed(drafts) if g.sentence < d.sentence and g not in dropped
                      and g.event == d.event and g.country == d.country and not g.compared
                      and g.count - len(g.names) >= d.count and not _outside(d, g)), None)
        if group is None:
            continue
        if group.kind == "aggregate" and _own_time(d, group):
            # the sentence's drafts with no time of their own ("two members of the PMOI, A and B, who were
            # hanged on 27 July") are those people told again
            dropped += [x for x in drafts if x.sentence == d.sentence and x is not d and x.event == d.event
                        and x.weak and x.count <= d.count]
            continue
        if group.kind == "event":
            group.names = group.names + tuple(n for n in d.names if n not in group.names)
            group.rules.append("names.member_of_group")
        # the sentence's other drafts of as many people or fewer are the same people told again
        dropped += [x for x in drafts if x.sentence == d.sentence and x.event == d.event and x.count <= d.count]
    return dropped


def _outside(d, group) -> bool:
    """Whether a member told with a time of their own was executed outside a statistic's span ("33 in
    April, 34 in July ... Among those executed were X, hanged in September"): no member of that one."""
    (start, end), (g_start, g_end) = d.period, group.period
    return (group.kind == "aggregate" and not d.weak and None not in (start, end, g_start, g_end)
            and (start < g_start or g_end < end))


def _own_time(d, group) -> bool:
    """Whether a named member of a statistic is told with a time of their own inside its span ("Among those
    executed in 2020 were X, hanged in August"): their own incident, as the people of a review are (SCHEMA.md),
    not only a label of the figure."""
    (start, end), (g_start, g_end) = d.period, group.period
    # (a time read from another person of the sentence, period.the_one_told, is none of their own)
    return (not d.weak and "period.stated" in d.rules and "period.the_one_told" not in d.rules
            and None not in (start, end, g_start, g_end) and g_start <= start and end <= g_end)
