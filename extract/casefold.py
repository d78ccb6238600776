"""Case-insensitive patterns run as case-sensitive twins over the lowered text.

Python's re is several times slower with IGNORECASE: it cannot skip ahead on a
literal first character, and every branch of an alternation is entered in turn
(measured in bench/extract.py; https://github.com/python/cpython/issues/74471). Lowering the text once and
matching a lowered copy of the pattern finds the same spans, provided

1. the pattern holds no inline flags, no escapes naming characters by code and no
   negated class with letters (IGNORECASE matches "A" with [^a-z]), and
2. the text holds no character that IGNORECASE equates with an ASCII letter or that
   lowers to more than one character (the Kelvin sign, the long s, dotless i, ...).

A case-sensitive part, (?-i:May|MAY), is lowered too; that twin finds a superset,
so each of its matches is confirmed with the original pattern at the same place
(a position where the twin fails is one where the original fails). Anything else
keeps the original pattern. Group text of an exact twin's match is the lowered
text; callers read offsets, group names and lowercased values only.
"""
from __future__ import annotations

import re

from . import prefilter

_TOKEN = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)|\(\?[a-zA-Z-]+[:)]|.", re.DOTALL)
_NEGATED_CLASS = re.compile(r"\[\^((?:\\.|[^\]])*)\]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_twins: dict = {}            # id(pattern) -> (pattern, (twin, exact) or None); Pattern.__hash__ reads all its code
_last: list = [None, None]   # the last text and its lowered form (or None)
_plans: dict = {}            # id(pattern) -> (pattern, plan): what finditer/search need, looked up once
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
    """The case-sensitive twin of an IGNORECASE pattern (compiled once) and whether it is
    exact, or None."""
    if not pattern.flags & _IGNORECASE:
        return None
    entry = _twins.get(id(pattern))
    if entry is not None and entry[0] is pattern:
        return entry[1]
    result = None
    if pattern.flags & re.IGNORECASE and isinstance(pattern.pattern, str):
        lowered_source = _lowered_source(pattern.pattern)
        if lowered_source is not None:
            result = re.compile(lowered_source[0], pattern.flags & ~re.IGNORECASE), lowered_source[1]
    if len(_twins) > 512:
        _twins.clear()
    _twins[id(pattern)] = (pattern, result)
    return result


def _risky(char: str) -> bool:
    lower, upper = char.lower(), char.upper()
    return len(lower) != 1 or any(c.isascii() and c.isalpha() for c in lower + upper + char.casefold())


def lowered(text: str) -> str | None:
    """text.lower() when matching twins on it equals IGNORECASE matching on text, else
    None. The last answer is kept: every finder of a doc asks about the same text."""
    if _last[0] is text:
        return _last[1]
    low = text.lower()
    if len(low) != len(text) or not text.isascii() and any(_risky(c) for c in set(_NON_ASCII.findall(text))):
        low = None
    _last[0], _last[1] = text, low
    return low


def _plan(pattern: re.Pattern) -> tuple:
    """(twin or None, twin is exact, literals of the pattern, literals of the twin), computed
    once per pattern: finditer runs once per pattern and sentence window."""
    entry = _plans.get(id(pattern))
    if entry is not None and entry[0] is pattern:
        return entry[1]
    found = twin(pattern)
    plan = (found[0] if found is not None else None, found is not None and found[1], prefilter.required(pattern),
            prefilter.required(found[0]) if found is not None else None)
    if len(_plans) > 512:
        _plans.clear()
    _plans[id(pattern)] = (pattern, plan)
    return plan


def finditer(pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None):
    """pattern.finditer(text, pos, endpos), through the twin over the lowered text when exact."""
    endpos = len(text) if endpos is None else endpos
    fast, exact, literals, fast_literals = _plan(pattern)
    low = lowered(text) if fast is not None else None
    if low is None:
        if literals is not None and all(text.find(s, pos, endpos) < 0 for s in literals):
            return ()
        return pattern.finditer(text, pos, endpos)
    if fast_literals is not None and all(low.find(s, pos, endpos) < 0 for s in fast_literals):
        return ()
    if exact:
        return fast.finditer(low, pos, endpos)
    return _confirmed(pattern, fast, text, low, pos, endpos)


def cannot_match(pattern: re.Pattern, text: str, pos: int, endpos: int) -> bool:
    """True when finditer(pattern, text, p, q) finds nothing for any pos <= p <= q <= endpos,
    because text[pos:endpos] lacks every literal a match needs (prefilter.py)."""
    fast, _exact, literals, fast_literals = _plan(pattern)
    low = lowered(text) if fast is not None else None
    if low is None:
        return literals is not None and all(text.find(s, pos, endpos) < 0 for s in literals)
    return fast_literals is not None and all(low.find(s, pos, endpos) < 0 for s in fast_literals)


def _confirmed(pattern, fast, text, low, pos, endpos):
    """The original's matches, found by a superset twin and confirmed one by one."""
    while pos <= endpos:
        candidate = fast.search(low, pos, endpos)
        if candidate is None:
            return
        m = pattern.match(text, candidate.start(), endpos)
        if m is None:
            pos = candidate.start() + 1
        elif m.end() == m.start():
            yield from pattern.finditer(text, m.start(), endpos)   # empty matches: re's own rules
            return
        else:
            yield m
            pos = m.end()


def search(pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None):
    """pattern.search(text, pos, endpos), through the twin when exact (see finditer)."""
    endpos = len(text) if endpos is None else endpos
    found = twin(pattern)
    low = lowered(text) if found is not None else None
    if low is None:
        return pattern.search(text, pos, endpos)
    if found[1]:
        return found[0].search(low, pos, endpos)
    return next(_confirmed(pattern, found[0], text, low, pos, endpos), None)
