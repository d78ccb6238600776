"""People named as members of a group the report has already counted: "Among those executed was
X", "Also executed was X", "Those hanged included X and Y". The sentence tells who was in the group,
not one more execution, so its names label the group's incident (or, for a statistic, add nothing)
and its own drafts (the name, and a person apposed to it, "a Kuwaiti woman") are dropped with
`merge.member_of_group`.

The opening words are assembly.yaml `member_openers`; the group is the last incident or statistic
of the same event and country told in an earlier sentence that has room for the names.
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
                      and g.count - len(g.names) >= d.count), None)
        if group is None:
            continue
        if group.kind == "event":
            group.names = group.names + tuple(n for n in d.names if n not in group.names)
            group.rules.append("names.member_of_group")
        # the sentence's other drafts of as many people or fewer are the same people told again
        dropped += [x for x in drafts if x.sentence == d.sentence and x.event == d.event and x.count <= d.count]
    return dropped
