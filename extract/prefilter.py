"""Literals every match of a pattern contains, and texts every match starts with: a span
holding none of the first cannot match, so it is not scanned (str.find is far cheaper than a
regex pass); a regex pass of the second (a plain trie of literals, which re scans in C) finds
the only places where a match can start.

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
from functools import lru_cache

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c
    import sre_parse as _parser

_MAX_EXACT = 32      # strings in a set of fixed texts before it is cut
_MAX_REQUIRED = 12   # literals worth a str.find each
_MIN_LENGTH = 3      # shorter literals occur everywhere
_START_LENGTH = 6    # characters of a match's start sought
_MAX_STARTS = 400    # start texts before they are cut short
DIGIT = "\\d"      # a start atom standing for any digit (the pattern's own \d)
SPACE = "\\s"      # likewise any whitespace
SPACES = "\\s+"    # a run of white space (\s+), SPACES_OR_NONE one that may be empty (\s*)
SPACES_OR_NONE = "\\s*"
_RUNS = (SPACES, SPACES_OR_NONE)   # atoms that count for no character of a start's length


def parsed(pattern: re.Pattern) -> list:
    """The parsed items of a pattern (re's own parse tree), parsed once: required(), starts() and
    routing.keys() each read them, and parsing is most of what building a vocabulary costs."""
    return _parsed(pattern.pattern, pattern.flags)


@lru_cache(maxsize=8192)
def _parsed(text: str, flags: int) -> list:
    return _parser.parse(text, flags).data


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
    exact, candidates = _runs(items)
    return exact, _best(candidates)


@lru_cache(maxsize=8192)
def _pattern_runs(text: str, flags: int) -> tuple:
    """_runs of a whole pattern, once: required() and required_also() both read it."""
    return _runs(_parsed(text, flags))


def _runs(items) -> tuple:
    """(the fixed texts the whole sequence matches, or None; the literal sets it requires, one of
    each set in every match: its runs of fixed text and what its items require)."""
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
    return (run if whole else None), candidates


def required(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Literals one of which every match of a case-sensitive pattern contains, or None."""
    literals = None
    if not pattern.flags & re.IGNORECASE and isinstance(pattern.pattern, str):
        try:
            exact, candidates = _pattern_runs(pattern.pattern, pattern.flags)
            found = _best(candidates)
            best = _best([found] if exact is None else [found, exact])
            if best is not None and min(map(len, best)) >= _MIN_LENGTH:
                literals = tuple(sorted(best, key=len))
        except Exception:   # an unfamiliar parse tree: scan as before
            literals = None
    return literals


def required_also(pattern: re.Pattern) -> tuple[tuple[str, ...], ...]:
    """The other literal sets a case-sensitive pattern requires besides required()'s: every match
    holds one literal of each ("executions ... raised its total": an execution word, and "total",
    "tally" or "toll" too), so a span lacking every literal of any one set holds no match."""
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return ()
    main = required(pattern)
    try:
        _exact, candidates = _pattern_runs(pattern.pattern, pattern.flags)
    except Exception:   # an unfamiliar parse tree: nothing more is required
        return ()
    seen = {frozenset(main or ())}
    found = []
    for c in candidates:
        if c and all(c) and len(c) <= _MAX_REQUIRED and min(map(len, c)) >= _MIN_LENGTH and c not in seen:
            seen.add(c)
            found.append(tuple(sorted(c, key=len)))
    return tuple(found)


def _atoms(op, av) -> set | None:
    """The single characters (or digit/space atoms) one item matches, or None when they are many."""
    if op is _c.LITERAL:
        return {chr(av)}
    if op is not _c.IN:
        return None
    if av == [(_c.CATEGORY, _c.CATEGORY_DIGIT)]:
        return {DIGIT}
    if av == [(_c.CATEGORY, _c.CATEGORY_SPACE)]:
        return {SPACE}
    chars: set = set()
    for o, v in av:
        if o is _c.LITERAL:
            chars.add(chr(v))
        elif o is _c.RANGE and v[1] - v[0] < _MAX_EXACT:
            chars.update(chr(x) for x in range(v[0], v[1] + 1))
        else:
            return None
    return chars if len(chars) <= _MAX_EXACT else None


def _lookbehind(op, av) -> str | None:
    """A look-behind for one of a few characters ("(?<=,)", "(?<=[,—])") as a start atom, or None."""
    if op is not _c.ASSERT or av[0] != -1 or len(av[1]) != 1:
        return None
    chars = _atoms(*av[1][0])
    if chars is None or DIGIT in chars or SPACE in chars:
        return None
    return "(?<=[" + "".join(re.escape(c) for c in sorted(chars)) + "])"


def _start_item(op, av, lookbehinds: bool = False) -> set:
    """(start, complete) pairs of one parsed item: tuples of atoms a match of it starts with,
    complete when the item's whole match is that tuple (so what follows extends it). With
    `lookbehinds`, a look-behind for a few characters is an atom of its own (_lookbehind)."""
    atoms = _atoms(op, av)
    if atoms is not None:
        return {((a,), True) for a in atoms}
    behind = _lookbehind(op, av) if lookbehinds else None
    if behind is not None:
        return {((behind,), True)}
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return {((), True)}    # zero-width: the start lies in what follows
    if op is _c.SUBPATTERN and not av[1] & re.IGNORECASE:
        return start_sequence(av[3], lookbehinds)
    if op is _c.BRANCH:
        return set().union(*(start_sequence(alt, lookbehinds) for alt in av[1]))
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) or op is getattr(_c, "POSSESSIVE_REPEAT", None):
        low, high, sub = av
        if low <= 1 and high == _c.MAXREPEAT and len(sub) == 1 and _atoms(*sub[0]) == {SPACE}:
            # "the\s+day": a run of white space is one atom, so a start reads on past it
            return {((SPACES if low else SPACES_OR_NONE,), True)}
        inner = start_sequence(sub, lookbehinds)
        if low == high == 1:
            return inner
        if low == 0 and high == 1:
            # "(?:the\s+)?executions": taken, the part opens the start and what follows extends it
            return inner | {((), True)}
        out = {(s, False) for s, _ in inner}   # what a second repetition or the rest adds is not followed
        if low == 0:
            out.add(((), True))
        return out
    return {((), False)}


def start_sequence(items, lookbehinds: bool = False) -> set:
    """(start, complete) pairs of a sequence of parsed items, as _start_item gives for one."""
    open_: dict[tuple, int] = {(): 0}   # each start followed so far -> its _length
    closed: set = set()
    for op, av in items:
        if not open_:
            break
        parts = [(tail, complete, _length(tail)) for tail, complete in _start_item(op, av, lookbehinds)]
        grown: dict[tuple, int] = {}
        for head, length in open_.items():
            for tail, complete, more in parts:
                if length + more >= _START_LENGTH:
                    # the head is shorter than a start: _cut(head + tail) keeps it whole
                    closed.add(head + _cut(tail, _START_LENGTH - length))
                    continue
                if complete:
                    grown[head + tail] = length + more
                else:
                    closed.add(head + tail)
        open_ = grown
        if len(open_) + len(closed) > _MAX_STARTS:   # too many to follow: shorter starts still hold
            closed.update(open_)
            open_ = {}
    return {(s, True) for s in open_} | {(s, False) for s in closed}


def _zero_width(atom: str) -> bool:
    return atom in _RUNS or atom.startswith("(?<=")


def _length(start: tuple) -> int:
    return sum(not _zero_width(atom) for atom in start)


@lru_cache(maxsize=65536)
def _cut(start: tuple, length: int) -> tuple:
    """The first `length` characters of a start, with the runs of white space between them."""
    out, n = [], 0
    for atom in start:
        if n == length:
            break
        out.append(atom)
        n += not _zero_width(atom)
    return tuple(out)


def _weak(start: tuple) -> bool:
    """A start found at most places: empty, white space, or one letter ("a", "t"); a digit is rare
    enough, and so is the place right after a comma or a dash (a look-behind atom)."""
    if start and start[0].startswith("(?<="):
        return False
    return not start or start[0] in (SPACE, SPACES, SPACES_OR_NONE, " ", "\n") \
        or len(start) == 1 and not (start[0] == DIGIT or start[0].isdigit())


def _anchored(pattern: re.Pattern) -> bool:
    """True when the pattern opens with a lookbehind that must match ("(?<=;\\s)") or with "^":
    re rejects most places on it at once, faster than a scan for starts would."""
    items = parsed(pattern)
    return bool(items) and (items[0][0] is _c.ASSERT and items[0][1][0] == -1
                            or items[0][0] is _c.AT and items[0][1] in (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING))


def starts(pattern: re.Pattern) -> re.Pattern | None:
    """A pattern of the texts every match of a case-sensitive pattern starts with (a trie of
    literals, no groups), or None when a match may start almost anywhere (_weak) or the
    pattern rejects places faster itself (_anchored).

    Every match starts where this pattern matches, so a scan may run this pattern first and
    try the original only there; every match of the original is then non-empty.
    """
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    try:
        items = parsed(pattern)
        found = {s for s, _ in start_sequence(items)}
        if found and any(_weak(start) for start in found):
            # "(?:\bup\s+from|(?<=,)\s*against)": a branch weak but for its look-behind keeps it as an
            # atom; re then tries the start pattern at every place, where it fails on the first character
            # (or the one before), still far cheaper than trying the whole pattern there. Kept out of
            # the starts that are strong without it, which re seeks by their first character.
            found = {s for s, _ in start_sequence(items, lookbehinds=True)}
    except Exception:   # an unfamiliar parse tree: no start pattern
        return None
    if not found or any(_weak(start) for start in found) or _anchored(pattern):
        return None
    tree: dict = {}
    for start in sorted(found, key=len):
        node = tree
        for atom in start:
            if None in node:
                break   # a shorter start already covers this one
            node = node.setdefault(atom, {})
        else:
            node.clear()
            node[None] = {}

    def emit(node: dict) -> str:
        if None in node:
            return ""
        alternatives = [(atom if atom in (DIGIT, SPACE, SPACES, SPACES_OR_NONE) or atom.startswith("(?<=")
                         else re.escape(atom)) + emit(sub)
                        for atom, sub in sorted(node.items())]
        return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"

    return re.compile(emit(tree), pattern.flags & (re.ASCII | re.UNICODE))
