"""One verdict told over two sentences: "A tribunal on Monday sentenced X to death. The tribunal also
handed a death sentence to Y" is one death sentence of two people (SCHEMA.md: one claim per distinct
fact), the second sentence adding a named person to the first with "also".
"""
from __future__ import annotations

import re

from .lexicon import words

# "also sentenced", "was also sentenced to death", "likewise handed a death sentence to"
_ADDED = re.compile(rf"\b(?:{words('assembly.yaml')['same_verdict_adverbs']})\b", re.IGNORECASE)
_REACH = 12   # characters before the trigger where the adverb may stand ("also handed", "was also")


def added_to_verdict(drafts: list, text: str) -> list[tuple]:
    """(earlier draft, later draft) pairs where the later is a death sentence of named people told
    with "also" at its trigger, in the sentence right after an incident-sentence of the same country
    and day (its own day the same, or none of its own): the later folds into the earlier."""
    pairs = []
    for d in drafts:
        t = d.source_trigger
        if d.event != "sentenced" or d.kind != "event" or not d.names or len(d.names) != d.count or t is None:
            continue
        if not _ADDED.search(text, max(0, t.start - _REACH), t.end):
            continue
        before = [p for p in drafts if p.sentence == d.sentence - 1 and p.event == "sentenced" and p.kind == "event"
                  and p.country == d.country and p.period[0] is not None
                  and (p.period == d.period or "period.inherited" in d.rules)]
        if len(before) == 1:
            pairs.append((before[0], d))
    return pairs
