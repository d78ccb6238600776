"""Case-insensitive patterns run as case-sensitive twins over the lowered text.

Python's re is several times slower with IGNORECASE: it cannot skip ahead on a
literal first character, and every branch of an alternation is entered in turn
(measured in bench/extract.py; https://github.com/python/cpython/issues/74471). Lowering the text once and
matching a lowered copy of the pattern finds the same spans, under the conditions twins.py gives
(where the twins are made; a twin that finds a superset is confirmed match by match). Group text
of an exact twin's match is the lowered text; callers read offsets, group names and lowercased
values only.

Here: the Plan of a pattern, the Scanner that runs plans over one report, and search()/search_apart()
through the Scanner in force (scanning()).
"""
from __future__ import annotations

import re
from contextvars import ContextVar
from typing import NamedTuple

from bisect import bisect_left

from . import prefilter
from .routing import Router, keys
from .twins import lowered, twin

# the Scanner of the Extractor whose component is running (scanning()), as lexicon.using does for
# its Lexicon: rule code far from the Windows reads through it with search() and search_apart()
_active: ContextVar["Scanner | None"] = ContextVar("vigil_scanner", default=None)


class Plan(NamedTuple):
    """How one pattern is run: its twin (or None), whether the twin is exact, the literals a
    match needs (prefilter.required), the start pattern (prefilter.starts) and the other literal
    sets a match needs one of each (prefilter.required_also), each for the original and for the twin."""

    pattern: re.Pattern
    fast: re.Pattern | None
    exact: bool
    literals: tuple | None
    fast_literals: tuple | None
    starts: re.Pattern | None
    fast_starts: re.Pattern | None
    also: tuple = ()
    fast_also: tuple = ()


def plan(pattern: re.Pattern) -> Plan:
    """The Plan of one pattern (a few regex compilations: build it once per pattern)."""
    found = twin(pattern)
    fast = found[0] if found is not None else None
    return Plan(pattern, fast, found is not None and found[1], prefilter.required(pattern),
                prefilter.required(fast) if fast is not None else None,
                prefilter.starts(pattern), prefilter.starts(fast) if fast is not None else None,
                prefilter.required_also(pattern), prefilter.required_also(fast) if fast is not None else ())


class Scanner:
    """The speed layer of one Extractor: the Plan of each pattern it is made with (the
    vocabulary's and the finders' own, made once) and the lowered form of the text being
    read. Any other pattern (one compiled per report) runs as it is, unplanned, so nothing
    grows as reports go by. Not shared between threads: the text cache is one slot.

    Every method returns what the same call on the pattern itself returns.
    """

    def __init__(self, patterns=(), searched=()):
        """`patterns` are scanned, searched or both; `searched` (the rule code's own, read only
        through search() over short stretches) are planned but not routed, so reading a text's
        words costs nothing for them."""
        self._plans: dict[int, Plan] = {}   # id(pattern) -> Plan; the Plan holds the pattern, so ids stay unique
        self._text: str | None = None
        self._low: str | None = None
        for pattern in patterns:
            if id(pattern) not in self._plans:
                self._plans[id(pattern)] = plan(pattern)
        routed = list(self._plans.values())
        for pattern in searched:
            if id(pattern) not in self._plans:
                self._plans[id(pattern)] = plan(pattern)
        # scan() tries a pattern only at the words that may open a match (routing.py): twins at the
        # words of the lowered text, case-sensitive patterns at those of the text itself
        self._router = Router([(p.fast, k) for p in routed
                               if p.fast is not None and (k := keys(p.fast)) is not None],
                              [(p.pattern, k) for p in routed
                               if p.fast is None and (k := keys(p.pattern)) is not None])
        self._indexed: tuple[str | None, tuple] = (None, (None, None))   # (text, router.index(text, low))
        # routing.Table.slot of each table, read inline by scan() (a method call costs more than the look-up)
        self._low_slots, self._text_slots = self._router.low.slots, self._router.text.slots
        # the rule code asks the same short searches again (a date's side_date, compared_date and
        # offence_date read one stretch before it): what a planned pattern found is kept, for the
        # strings of search_apart (at most _KEPT, then afresh) and for the places of search in
        # the text last read; unplanned patterns are not kept (their ids may be reused)
        self._apart: dict[tuple[int, str], re.Match | None] = {}
        self._found_in: str | None = None
        self._found: dict[tuple[int, int, int], re.Match | None] = {}
        # the answers of the rule tests asked again about one mention of the text last read (kept())
        self._kept_in: str | None = None
        self._kept: dict[tuple, tuple] = {}

    def plan(self, pattern: re.Pattern) -> Plan:
        entry = self._plans.get(id(pattern))
        if entry is None or entry.pattern is not pattern:
            return Plan(pattern, None, False, None, None, None, None)
        return entry

    def lowered(self, text: str) -> str | None:
        """lowered(text), kept for the last text: every finder of a doc asks about the same text."""
        if self._text is not text:
            self._text, self._low = text, lowered(text)
        return self._low

    def _words(self, text: str) -> tuple:
        """router.index of the text and its lowered form, kept for the last text (one per doc)."""
        if self._indexed[0] is not text:
            self._indexed = (text, self._router.index(text, self.lowered(text)))
        return self._indexed[1]

    def finditer(self, pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None):
        """pattern.finditer(text, pos, endpos), through the twin over the lowered text when exact."""
        endpos = len(text) if endpos is None else endpos
        p = self.plan(pattern)
        low = self.lowered(text) if p.fast is not None else None
        if low is None:
            if p.literals is not None and all(text.find(s, pos, endpos) < 0 for s in p.literals):
                return ()
            if p.starts is not None:
                return started(pattern, p.starts, text, pos, endpos)
            return pattern.finditer(text, pos, endpos)
        if p.fast_literals is not None and all(low.find(s, pos, endpos) < 0 for s in p.fast_literals):
            return ()
        if p.exact:
            if p.fast_starts is not None:
                return started(p.fast, p.fast_starts, low, pos, endpos)
            return p.fast.finditer(low, pos, endpos)
        return _confirmed(pattern, p.fast, p.fast_starts, text, low, pos, endpos)

    def scan(self, pattern: re.Pattern, text: str, spans: list[tuple[int, int]]):
        """finditer over each of `spans` (sorted, not overlapping) in turn: one plan look-up, the
        required literals sought once over all of them, then in each span when there are several;
        a routed pattern is tried only at the words that may open a match (routing.py)."""
        p = self._plans.get(id(pattern))
        if p is None or p.pattern is not pattern:
            for start, end in spans:
                yield from pattern.finditer(text, start, end)
            return
        low = None
        if p.fast is not None:
            low = self._low if self._text is text else self.lowered(text)
        if low is None:
            target, rx, literals, begin, table = text, pattern, p.literals, p.starts, 1
            slot = self._text_slots.get(id(pattern))
        else:
            target, rx, literals, begin, table = low, p.fast, p.fast_literals, p.fast_starts, 0
            slot = self._low_slots.get(id(p.fast))
            if not p.exact:
                if spans and p.fast_also and _lacks_one(low, p.fast_also, spans[0][0], spans[-1][1]):
                    return
                if slot is None:
                    for start, end in spans:
                        yield from self.finditer(pattern, text, start, end)
                else:
                    words = self._words(text)[0][slot]
                    opens = p.fast_starts.match if p.fast_starts is not None else p.fast.match
                    for start, end in spans:
                        yield from _at_words(pattern, opens, words, text, low, start, end)
                return
        if not spans:
            return
        if slot is not None:
            words = self._words(text)[table][slot]
            if not words:
                return   # no word of the text may open a match: the literals need not be sought
        if literals is not None:
            first, last = spans[0][0], spans[-1][1]
            for literal in literals:   # a loop, not all() over a generator: most scans end here
                if target.find(literal, first, last) >= 0:
                    break
            else:
                return
            several = len(spans) > 1
        else:
            several = False
        also = p.fast_also if table == 0 else p.also
        if also and _lacks_one(target, also, spans[0][0], spans[-1][1]):
            return
        if slot is not None:
            for start, end in spans:
                yield from _tried(rx, begin, words, target, start, end)
            return
        for start, end in spans:
            if several and all(target.find(s, start, end) < 0 for s in literals):
                continue
            if begin is None:
                yield from rx.finditer(target, start, end)
            else:
                yield from started(rx, begin, target, start, end)

    def cannot_match(self, pattern: re.Pattern, text: str, pos: int, endpos: int) -> bool:
        """True when finditer(pattern, text, p, q) finds nothing for any pos <= p <= q <= endpos,
        because text[pos:endpos] lacks every literal a match needs (prefilter.py)."""
        p = self.plan(pattern)
        low = self.lowered(text) if p.fast is not None else None
        if low is None:
            return p.literals is not None and all(text.find(s, pos, endpos) < 0 for s in p.literals)
        return p.fast_literals is not None and all(low.find(s, pos, endpos) < 0 for s in p.fast_literals)

    def search_apart(self, pattern: re.Pattern, text: str):
        """pattern.search(text) for a short string of its own (a slice before a mention), through
        the twin when exact; the one-slot cache of the document's lowered text is left alone."""
        p = self._plans.get(id(pattern))
        if p is None or p.pattern is not pattern:
            return pattern.search(text)
        key = (id(pattern), text)
        kept = self._apart.get(key, _NOT_KEPT)
        if kept is not _NOT_KEPT:
            return kept
        if len(self._apart) >= _KEPT:
            self._apart.clear()
        found = self._apart[key] = self._search_apart(p, text)
        return found

    @staticmethod
    def _search_apart(p: Plan, text: str):
        low = lowered(text) if p.fast is not None and p.exact else None
        if low is None:
            return _search(p.pattern, p.starts, text, 0, len(text))
        if p.fast_literals is not None:
            for literal in p.fast_literals:
                if literal in low:
                    break
            else:
                return None
        return _search(p.fast, p.fast_starts, low, 0, len(text))

    def search(self, pattern: re.Pattern, text: str, pos: int = 0, endpos: int | None = None):
        """pattern.search(text, pos, endpos), through the twin when exact (see finditer)."""
        # the hot path of the rule code's short searches: the plan looked up inline, not through plan()
        if endpos is None:
            endpos = len(text)
        p = self._plans.get(id(pattern))
        if p is None or p.pattern is not pattern:
            return pattern.search(text, pos, endpos)
        if self._found_in is not text:
            self._found_in, self._found = text, {}
        key = (id(pattern), pos, endpos)
        kept = self._found.get(key, _NOT_KEPT)
        if kept is not _NOT_KEPT:
            return kept
        found = self._found[key] = self._search_planned(p, text, pos, endpos)
        return found

    def kept(self, test, text: str, mention):
        """test(text, mention), kept for the text last read: by the identity of the mention, which
        is held so that its id stays its own."""
        if self._kept_in is not text:
            self._kept_in, self._kept = text, {}
        key = (test, id(mention))
        entry = self._kept.get(key)
        if entry is not None and entry[0] is mention:
            return entry[1]
        answer = test(text, mention)
        self._kept[key] = (mention, answer)
        return answer

    def _search_planned(self, p: Plan, text: str, pos: int, endpos: int):
        # (no literals sought first, unlike scan(): over the short stretches searched, the str.find
        # calls cost what the failing regex searches they spare do, counted by bench/extract_instructions.py)
        pattern = p.pattern
        if p.fast is None:
            rx, starts, target = pattern, p.starts, text
        else:
            low = self._low if self._text is text else self.lowered(text)
            if low is None:
                rx, starts, target = pattern, p.starts, text
            elif p.exact:
                rx, starts, target = p.fast, p.fast_starts, low
            else:
                return next(_confirmed(pattern, p.fast, p.fast_starts, text, low, pos, endpos), None)
        return _search(rx, starts, target, pos, endpos)


_NOT_KEPT = object()   # a search not kept yet (None is a search that found nothing)
_KEPT = 4096          # short strings whose searches a Scanner keeps


class scanning:
    """Make `scanner` the one search() and search_apart() read through until the block ends (a
    class, as lexicon.using)."""

    __slots__ = ("_scanner", "_token")

    def __init__(self, scanner: Scanner):
        self._scanner = scanner

    def __enter__(self) -> Scanner:
        self._token = _active.set(self._scanner)
        return self._scanner

    def __exit__(self, *exc) -> None:
        _active.reset(self._token)


def search(pattern: re.Pattern, text: str, pos: int, endpos: int):
    """pattern.search(text, pos, endpos) through the running Extractor's Scanner, else as it is. A
    twin's match reads the lowered text: callers use its offsets and lowercased groups only."""
    scanner = _active.get()
    if scanner is None:
        return pattern.search(text, pos, endpos)
    return scanner.search(pattern, text, pos, endpos)


def search_apart(pattern: re.Pattern, text: str):
    """pattern.search(text) for a short string of its own, through the running Scanner (as search())."""
    scanner = _active.get()
    return pattern.search(text) if scanner is None else scanner.search_apart(pattern, text)


def kept(test, text: str, mention):
    """test(text, mention) through the running Extractor's Scanner, which keeps the answer for the
    text it reads (Scanner.kept); a pure test of a frozen mention asked again is not worked out again."""
    scanner = _active.get()
    return test(text, mention) if scanner is None else scanner.kept(test, text, mention)


def _search(pattern, starts, text, pos, endpos):
    """pattern.search(text, pos, endpos), tried only where `starts` (or None) finds the start
    of a match (prefilter.starts)."""
    if starts is None:
        return pattern.search(text, pos, endpos)
    find, match = starts.search, pattern.match
    candidate = find(text, pos, endpos)
    while candidate is not None:
        m = match(text, candidate.start(), endpos)
        if m is not None:
            return m
        candidate = find(text, candidate.start() + 1, endpos)
    return None


def started(pattern, starts, text, pos, endpos):
    """pattern.finditer(text, pos, endpos) through _search: every match is non-empty
    (prefilter.starts), so after one ends the next is sought from its end."""
    m = _search(pattern, starts, text, pos, endpos)
    while m is not None:
        yield m
        m = _search(pattern, starts, text, m.end(), endpos)


def _confirmed(pattern, fast, fast_starts, text, low, pos, endpos):
    """The original's matches, found by a superset twin and confirmed one by one."""
    while pos <= endpos:
        candidate = _search(fast, fast_starts, low, pos, endpos)
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


def _lacks_one(target: str, sets: tuple, first: int, last: int) -> bool:
    """Whether target[first:last] holds no literal of one of `sets` (prefilter.required_also), so
    no match lies there."""
    for literals in sets:
        for literal in literals:
            if target.find(literal, first, last) >= 0:
                break
        else:
            return True
    return False


def _tried(pattern, starts, words, text, pos, endpos):
    """pattern.finditer(text, pos, endpos) for a routed pattern: tried in order at the `words`
    (ascending starts) in [pos, endpos), from the end of the last match (routing.py). A word is
    tried only where the start pattern (or None) matches too: a small trie, far cheaper to fail
    than a pattern of many branches."""
    return _at_words(pattern, starts.match if starts is not None else None, words, text, text, pos, endpos)


def _at_words(pattern, opens, words, text, probe, pos, endpos):
    """pattern.match(text, at) at each of the `words` (ascending starts) in [pos, endpos) where
    `opens` (or None: any) matches `probe` at the same place, going on from the end of each match.
    For a routed twin (`probe` the lowered text) this is _confirmed: an original matching where its
    twin fails cannot, so no other place is skipped. A routed pattern never matches empty; an
    original that does hands over to re's own finditer, as _confirmed does."""
    n = len(words)
    i = bisect_left(words, pos)
    while i < n:
        at = words[i]
        i += 1
        if at >= endpos:
            return
        if opens is not None and opens(probe, at, endpos) is None:
            continue
        m = pattern.match(text, at, endpos)
        if m is None:
            continue
        if m.end() == m.start():
            yield from pattern.finditer(text, at, endpos)   # empty matches: re's own rules
            return
        yield m
        i = bisect_left(words, m.end(), i)
