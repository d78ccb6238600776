"""The case-sensitive twin of a case-insensitive pattern (`twin`), and the lowered text it runs
over (`lowered`), for casefold.py. The twin finds the same spans over the lowered text as the
original over the text, provided

1. the pattern holds no inline flags, no escapes naming characters by code and no
   negated class with letters (IGNORECASE matches "A" with [^a-z]), and
2. the text holds no character that IGNORECASE equates with an ASCII letter or that
   lowers to more than one character (the Kelvin sign, the long s, dotless i, ...).

A case-sensitive part, (?-i:May|MAY), is lowered too; that twin finds a superset,
so each of its matches is confirmed with the original pattern at the same place
(a position where the twin fails is one where the original fails). Anything else
keeps the original pattern (twin gives None).
"""
from __future__ import annotations

import re

_TOKEN = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)|\(\?[a-zA-Z-]+[:)]|.", re.DOTALL)
_NEGATED_CLASS = re.compile(r"\[\^((?:\\.|[^\]])*)\]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_IGNORECASE = int(re.IGNORECASE)   # a plain int: `flags & re.IGNORECASE` builds a RegexFlag on every call


def _lowered_source(source: str) -> tuple[str, bool] | None:
    """The pattern with its literal letters lowered and whether it matches exactly the
    same (False: a superset), or None when lowering could lose matches."""
    for cls in _NEGATED_CLASS.findall(source):
        if re.search(r"(?<!\\)[A-Za-z]", re.sub(r"\\.", "", cls)):
            return None
    out, exact = [], True
    for token in _TOKEN.findall(source):
        if token.startswith("\\"):
            if token[1] in "xuUN0123456789":
                return None   # a character by code, or a back-reference: leave the pattern alone
            out.append(token)   # \b, \w, \S, \. ... keep their meaning
        elif token.startswith("(?P"):
            out.append(token)   # group names are case-sensitive
        elif token == "(?-i:":
            out.append("(?:")   # "May" but not "may": the lowered twin takes both, to be confirmed
            exact = False
        elif token.startswith("(?"):
            return None   # other inline flags
        elif not token.isascii() and token.lower() != token:
            return None
        else:
            out.append(token.lower())
    return "".join(out), exact


def twin(pattern: re.Pattern) -> tuple[re.Pattern, bool] | None:
    """The case-sensitive twin of an IGNORECASE pattern and whether it is exact, or None."""
    if not pattern.flags & _IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    lowered_source = _lowered_source(pattern.pattern)
    if lowered_source is None:
        return None
    return re.compile(lowered_source[0], pattern.flags & ~re.IGNORECASE), lowered_source[1]


def _risky(char: str) -> bool:
    lower, upper = char.lower(), char.upper()
    return len(lower) != 1 or any(c.isascii() and c.isalpha() for c in lower + upper + char.casefold())


def lowered(text: str) -> str | None:
    """text.lower() when matching twins on it equals IGNORECASE matching on text, else None."""
    low = text.lower()
    if len(low) != len(text) or not text.isascii() and any(_risky(c) for c in set(_NON_ASCII.findall(text))):
        return None
    return low
