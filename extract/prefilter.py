"""Literals every match of a pattern contains: a span holding none of them cannot
match, so it is not scanned (str.find is far cheaper than a regex pass).

The literals are read off the parsed pattern, like RE2's prefilter
(https://github.com/google/re2/blob/main/re2/prefilter.h): a run of fixed text is
required, a group or a repeat of at least one passes on its inner requirement, a
branch requires one of its alternatives' requirements, anything else (classes,
optional parts) requires nothing. Lookarounds read text outside the match, so they
require nothing either. Only case-sensitive patterns are analysed (a twin from
casefold.py is one).
"""
from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c
    import sre_parse as _parser

_MAX_EXACT = 32      # strings in a set of fixed texts before it is cut
_MAX_REQUIRED = 12   # literals worth a str.find each
_MIN_LENGTH = 3      # shorter literals occur everywhere
_found: dict = {}    # id(pattern) -> (pattern, literals or None); cleared when large (per-report patterns)


def _product(a: frozenset, b: frozenset) -> frozenset | None:
    if len(a) * len(b) > _MAX_EXACT:
        return None
    return frozenset(x + y for x in a for y in b)


def _best(candidates: list) -> frozenset | None:
    usable = [c for c in candidates if c and all(c) and len(c) <= _MAX_REQUIRED]
    if not usable:
        return None
    return max(usable, key=lambda c: (min(map(len, c)), -len(c)))


def _node(op, av) -> tuple:
    """(exact, required) of one parsed item: the fixed texts it matches, or None; the
    literals one of which every match of it contains, or None."""
    if op is _c.LITERAL:
        return frozenset([chr(av)]), None
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return frozenset([""]), None
    if op is _c.IN:
        if len(av) <= _MAX_EXACT and all(o is _c.LITERAL for o, _ in av):
            return frozenset(chr(v) for _, v in av), None
        return None, None
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & re.IGNORECASE:
            return None, None
        return _sequence(sub)
    if op is _c.BRANCH:
        infos = [_sequence(alt) for alt in av[1]]
        if all(e is not None for e, _ in infos):
            union = frozenset().union(*(e for e, _ in infos))
            if len(union) <= _MAX_EXACT:
                return union, None
        required = [r if r is not None else (e if e is not None and all(e) else None) for e, r in infos]
        if all(r is not None for r in required):
            return None, frozenset().union(*required)
        return None, None
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is getattr(_c, "POSSESSIVE_REPEAT", None):
        low, high, sub = av
        exact, required = _sequence(sub)
        if low == 0:
            if high == 1 and exact is not None:
                return exact | {""}, None
            return None, None
        if exact is not None and low == high and low <= 4:
            result = frozenset([""])
            for _ in range(low):
                result = _product(result, exact) if result is not None else None
            if result is not None:
                return result, None
        return None, required if required is not None else (exact if exact is not None and all(exact) else None)
    return None, None


def _sequence(items) -> tuple:
    run, whole, candidates = frozenset([""]), True, []
    for op, av in items:
        exact, required = _node(op, av)
        if exact is not None:
            joined = _product(run, exact)
            if joined is None:
                candidates.append(run)
                whole, joined = False, exact
            run = joined
            continue
        whole = False
        candidates.append(run)
        if required is not None:
            candidates.append(required)
        run = frozenset([""])
    candidates.append(run)
    return (run if whole else None), _best(candidates)


def required(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Literals one of which every match of a case-sensitive pattern contains, or None."""
    entry = _found.get(id(pattern))
    if entry is not None and entry[0] is pattern:
        return entry[1]
    literals = None
    if not pattern.flags & re.IGNORECASE and isinstance(pattern.pattern, str):
        try:
            exact, found = _sequence(_parser.parse(pattern.pattern, pattern.flags).data)
            best = _best([found] if exact is None else [found, exact])
            if best is not None and min(map(len, best)) >= _MIN_LENGTH:
                literals = tuple(sorted(best, key=len))
        except Exception:   # an unfamiliar parse tree: scan as before
            literals = None
    if len(_found) > 512:
        _found.clear()
    _found[id(pattern)] = (pattern, literals)
    return literals
