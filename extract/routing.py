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
   look-behind refusing a word character ("(?<!\\w)", "(?<![\\w,.-])"), one asking for a
   character that is none ("(?<=[,;]\\s)", "(?<=\\sand\\s)") or "^", in each branch,
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
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c

# a word: a run of word characters, written so that re skips to its first character by a set
# test (a pattern opening with a repeat is tried at every position instead)
WORD = re.compile(r"\w\w*")
_WORD_CHAR = re.compile(r"\w")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_NOT_WORD_ATOMS = (prefilter.SPACE, prefilter.SPACES)   # atoms that end a word (\s*: maybe not)
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
        if op is _c.ASSERT and av[0] == -1 and _never_word(list(av[1])[-1:]):
            return True   # "(?<=[,;]\s)", "(?<=\sand\s)": the character before is no word character
        if op in (_c.ASSERT, _c.ASSERT_NOT):
            continue   # other look-arounds consume nothing: what follows may still guard
        if op is _c.SUBPATTERN:
            return _guarded(av[3])
        if op is _c.BRANCH:
            return all(_guarded(alternative) for alternative in av[1])
        return False
    return False


def _never_word(items) -> bool:
    """Whether `items` is one parsed atom that matches no word character: white space (\\s) or
    a literal such as "," or ";", alone or in a class of such."""
    if len(items) != 1:
        return False
    op, av = items[0]
    if op is _c.LITERAL:
        return _WORD_CHAR.match(chr(av)) is None
    if op is _c.IN:
        return all(o is _c.CATEGORY and a is _c.CATEGORY_SPACE
                   or o is _c.LITERAL and _WORD_CHAR.match(chr(a)) is None for o, a in av)
    return False


def keys(pattern: re.Pattern) -> Keys | None:
    """The Keys of a case-sensitive pattern whose every match starts at the start of a word, or
    None (the pattern is scanned as before)."""
    if pattern.flags & (re.IGNORECASE | re.ASCII) or not isinstance(pattern.pattern, str):
        return None
    try:
        items = prefilter.parsed(pattern)
        found = prefilter.start_sequence(items)
    except Exception:   # an unfamiliar parse tree: scan as before
        return None
    if not found or not _guarded(items):
        return None
    whole, beginnings, digit = set(), set(), False
    for start, _complete in found:
        if not start:
            return None
        if start[0] == prefilter.DIGIT:
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


class Table:
    """The routes of one target (the lowered text, or the text itself): which of its patterns
    each word may open. `slot(pattern)` numbers a routed pattern; `route(word)` gives the slots
    a word may open, kept for each word seen (at most `max_words`, then afresh)."""

    def __init__(self, routed: list[tuple[re.Pattern, Keys]], max_words: int = MAX_WORDS):
        self._max_words = max_words
        self.slots: dict[int, int] = {}   # id(pattern) -> its slot (read inline by casefold.Scanner.scan)
        self._whole: dict[str, list[int]] = {}
        self._beginnings: dict[str, list[int]] = {}
        self._digit: list[int] = []
        for pattern, k in routed:
            if id(pattern) in self.slots:
                continue
            slot = self.slots[id(pattern)] = len(self.slots)
            for word in k.words:
                self._whole.setdefault(word, []).append(slot)
            for word in k.beginnings:
                self._beginnings.setdefault(word, []).append(slot)
            if k.digit:
                self._digit.append(slot)
        self._lengths = sorted({len(w) for w in self._beginnings})
        self.routes: dict[str, tuple[int, ...]] = {}   # word -> its slots, filled as words are met

    def __len__(self) -> int:
        return len(self.slots)

    def slot(self, pattern: re.Pattern) -> int | None:
        return self.slots.get(id(pattern))

    def route(self, word: str) -> tuple[int, ...]:
        """The slots of the patterns a word may open (and keeps it in `routes`)."""
        found = self.routes.get(word)
        if found is not None:
            return found
        if len(self.routes) >= self._max_words:
            self.routes.clear()
        slots = set(self._whole.get(word, ()))
        for n in self._lengths:
            if n > len(word):
                break
            slots.update(self._beginnings.get(word[:n], ()))
        if self._digit and word[0].isdecimal():
            slots.update(self._digit)
        found = self.routes[word] = tuple(slots)
        return found


def _index(table: Table, target: str) -> list[list[int]]:
    found: list[list[int]] = [[] for _ in range(len(table))]
    routes = table.routes
    for m in WORD.finditer(target):
        word = m.group()
        slots = routes.get(word)
        if slots is None:
            slots = table.route(word)
        if slots:
            start = m.start()
            for slot in slots:
                found[slot].append(start)
    return found


_SAME_WORDNESS: dict[tuple[str, str], bool] = {}


def _same_words(text: str, low: str) -> bool:
    """Whether `text` and its lowered form (twins.lowered: as long, offsets kept) have their
    words at the same places: every character outside ASCII is a word character in both or in
    neither (lowering keeps ASCII in ASCII)."""
    if text.isascii():
        return True
    upper, lower = _NON_ASCII.findall(text), _NON_ASCII.findall(low)
    if len(upper) != len(lower):
        return False
    for pair in zip(upper, lower):
        same = _SAME_WORDNESS.get(pair)
        if same is None:
            same = _SAME_WORDNESS[pair] = (_WORD_CHAR.match(pair[0]) is None) == (_WORD_CHAR.match(pair[1]) is None)
        if not same:
            return False
    return True


class Router:
    """The routes of one Scanner: its exact twins' (casefold.py) over the lowered text and its
    case-sensitive patterns' over the text itself. `index(text, low)` lists, for each slot of
    each table, the start of every word routed to it, in order, reading the words once when the
    two texts have them at the same places. Not shared between threads (the tables grow as
    they read)."""

    def __init__(self, low: list[tuple[re.Pattern, Keys]], text: list[tuple[re.Pattern, Keys]],
                 max_words: int = MAX_WORDS):
        self.low, self.text = Table(low, max_words), Table(text, max_words)
        self._max_words = max_words
        self._both: dict[str, tuple] = {}   # an ASCII word of a text -> (its low slots, its text slots)

    def index(self, text: str, low: str | None) -> tuple[list[list[int]] | None, list[list[int]]]:
        """(the index of the lowered text, or None without one; the index of the text)."""
        if low is None:
            return None, _index(self.text, text)
        if not _same_words(text, low):
            return _index(self.low, low), _index(self.text, text)
        low_found: list[list[int]] = [[] for _ in range(len(self.low))]
        text_found: list[list[int]] = [[] for _ in range(len(self.text))]
        both, low_route, text_route = self._both, self.low.route, self.text.route
        if len(both) >= self._max_words:
            both.clear()
        for m in WORD.finditer(text):
            word = m.group()
            slots = both.get(word)
            if slots is None:
                # the runs of word characters are the same in both texts; an ASCII word lowers alone
                # as in the text, any other is read from the lowered text (and not kept)
                if word.isascii():
                    slots = both[word] = (low_route(word.lower()), text_route(word))
                else:
                    slots = (low_route(low[m.start():m.end()]), text_route(word))
            if slots[0] or slots[1]:
                start = m.start()
                for slot in slots[0]:
                    low_found[slot].append(start)
                for slot in slots[1]:
                    text_found[slot].append(start)
        return low_found, text_found
