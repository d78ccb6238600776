"""A pattern's matches read as the rule code needs them beyond search(): the last one in a stretch
("the last noun of people before the count", "the last 'along with' before it")."""
from __future__ import annotations

import re


def last_match(pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
    """The last of pattern.finditer(text, pos, endpos), or None when it finds nothing (the matches
    are found from the left, as finditer finds them: not always what a search back from endpos finds)."""
    m = None
    for m in pattern.finditer(text, pos, len(text) if endpos is None else endpos):
        pass
    return m
