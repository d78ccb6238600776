"""One pass over a text's words that routes each word to the patterns a match may start at.

Most patterns the finders scan open at the start of a word ("\\b(?:were|was)\\s+hanged",
"(?<![\\w,.-])(?P<num>...)"), and the start texts of prefilter.py tell which words those can be
("the", "execut...", a digit). Scanning each pattern's start texts over a report is one regex pass
per pattern, some sixty passes over the same words; instead the words are read once (one `\\w+`
pass in C), each distinct word is looked up once in a table from word to the patterns it may open
(kept across reports, since reports share most of their words), and each pattern is tried only
at the words routed to it (casefold.Scanner.scan).

A pattern is routed only when both hold, so its matches are exactly those finditer finds:

1. every match starts at the start of a run of word characters: the pattern opens with `\\b`, a
   look-behind refusing a word character ("(?<!\\w)", "(?<![\\w,.-])") or "^", in each branch,
   and every start text opens with a word character; and
2. every match begins with one of its keys: the word characters a start text opens with, the
   whole word when a non-word character follows them in the start ("the" in "the\\s+sa"), else
   only the word's first characters ("execut" of "executions").

Then every match is non-empty and starts at a routed word, and trying the pattern there, in
order, from the end of the last match, finds what finditer finds.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from . import prefilter

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c
    import sre_parse as _parser

WORD = re.compile(r"\w+")
_WORD_CHAR = re.compile(r"\w")
_NOT_WORD_ATOMS = (prefilter._SPACE, prefilter._SPACES)   # atoms that end a word (\s*: maybe not)
MAX_WORDS = 50_000   # distinct words whose routes a Router keeps; past it its table starts afresh


class Keys(NamedTuple):
    """The words a pattern's matches may open with: whole words, word beginnings, and whether
    a word starting with a digit may open one (a `\\d` first)."""

    words: frozenset
    beginnings: frozenset
    digit: bool


def _word_char(atom: str) -> bool:
    return len(atom) == 1 and _WORD_CHAR.match(atom) is not None


def _guarded(items) -> bool:
    """Whether a match of the parsed sequence starts where the character before is no word
    character: a `\\b`, a look-behind refusing \\w or a "^" before anything is consumed (a `\\b`
    guards only a match whose first character is a word character: keys() checks it)."""
    for op, av in items:
        if op is _c.AT:
            if av in (_c.AT_BOUNDARY, _c.AT_BEGINNING, _c.AT_BEGINNING_STRING):
                return True
            continue
        if op is _c.ASSERT_NOT and av[0] == -1:
            sub = list(av[1])
            if len(sub) == 1 and sub[0][0] is _c.IN and (_c.CATEGORY, _c.CATEGORY_WORD) in sub[0][1] \
                    and (_c.NEGATE, None) not in sub[0][1]:
                return True
            continue
        if op in (_c.ASSERT, _c.ASSERT_NOT):
            continue   # other look-arounds consume nothing: what follows may still guard
        if op is _c.SUBPATTERN:
            return _guarded(av[3])
        if op is _c.BRANCH:
            return all(_guarded(alternative) for alternative in av[1])
        return False
    return False


def keys(pattern: re.Pattern) -> Keys | None:
    """The Keys of a case-sensitive pattern whose every match starts at the start of a word, or
    None (the pattern is scanned as before)."""
    if pattern.flags & (re.IGNORECASE | re.ASCII) or not isinstance(pattern.pattern, str):
        return None
    try:
        items = _parser.parse(pattern.pattern, pattern.flags).data
        found = prefilter._start_sequence(items)
    except Exception:   # an unfamiliar parse tree: scan as before
        return None
    if not found or not _guarded(items):
        return None
    whole, beginnings, digit = set(), set(), False
    for start, _complete in found:
        if not start:
            return None
        if start[0] == prefilter._DIGIT:
            digit = True
            continue
        n = 0
        while n < len(start) and _word_char(start[n]):
            n += 1
        if n == 0:
            return None   # a match may open with punctuation or white space
        key = "".join(start[:n])
        after = start[n] if n < len(start) else None
        if after in _NOT_WORD_ATOMS or after is not None and len(after) == 1 and not _word_char(after):
            whole.add(key)
        else:
            beginnings.add(key)
    return Keys(frozenset(whole), frozenset(beginnings), digit)


class Router:
    """The routing table of one Scanner: which of its patterns each word may open.

    `slot(pattern)` numbers a routed pattern; `index(target)` lists, for each slot, the start of
    every word of `target` routed to it, in order. Not shared between threads (its word table
    grows as it reads)."""

    def __init__(self, routed: list[tuple[re.Pattern, Keys]], max_words: int = MAX_WORDS):
        self._max_words = max_words
        self._slots: dict[int, int] = {}
        self._whole: dict[str, list[int]] = {}
        self._beginnings: dict[str, list[int]] = {}
        self._digit: list[int] = []
        for pattern, k in routed:
            if id(pattern) in self._slots:
                continue
            slot = self._slots[id(pattern)] = len(self._slots)
            for word in k.words:
                self._whole.setdefault(word, []).append(slot)
            for word in k.beginnings:
                self._beginnings.setdefault(word, []).append(slot)
            if k.digit:
                self._digit.append(slot)
        self._lengths = sorted({len(w) for w in self._beginnings})
        self._routes: dict[str, tuple[int, ...]] = {}

    def slot(self, pattern: re.Pattern) -> int | None:
        return self._slots.get(id(pattern))

    def _route(self, word: str) -> tuple[int, ...]:
        slots = set(self._whole.get(word, ()))
        for n in self._lengths:
            if n > len(word):
                break
            slots.update(self._beginnings.get(word[:n], ()))
        if self._digit and word[0].isdecimal():
            slots.update(self._digit)
        return tuple(slots)

    def index(self, target: str) -> list[list[int]]:
        """For each slot, the starts of the words of `target` that may open a match, ascending."""
        found: list[list[int]] = [[] for _ in range(len(self._slots))]
        routes = self._routes
        if len(routes) > self._max_words:
            routes.clear()
        for m in WORD.finditer(target):
            word = m.group()
            slots = routes.get(word)
            if slots is None:
                slots = routes[word] = self._route(word)
            if slots:
                start = m.start()
                for slot in slots:
                    found[slot].append(start)
        return found
