"""Breakdowns of a statistic: the parts of a figure over a span are figures over that span.

A monthly or yearly report states a total, then splits it: "Those executed included 164
men", "nine were among them", "Of those executed in May, 40 for drug offences and 12 for
murder", "the charges against four are unknown". SCHEMA.md makes each part a required
aggregate claim with the statistic's period, never an incident dated at publication.
"""
from __future__ import annotations

import re

from .casefold import search
from .lexicon import lexicon, words
from .mentions import Count
from .numbers import NUMBER
from .notions import is_incident_span
from .offences import offences_between

STATISTIC_DAYS = 27    # a span this long (a month or more) is a statistic's, never one incident's
_W = words("breakdowns.yaml")

# A sentence that goes on splitting the figure by charge: "Two were hanged for moharebeh; one
# on security charges", "the charges against four are unknown".
_CHARGE_SPLIT = re.compile(rf"\b(?:{_W['charge_words']}|for\s+\w+)\b", re.IGNORECASE)
# A name singled out of a count just before it: "Two people, among them X, were hanged".
_APPOSED = re.compile(r"^\s*[,–—(]\s*$")
_NAMED_PART = re.compile(rf"^\s*,?\s*(?:{_W['named_part_openers']})\s+$", re.IGNORECASE)


def is_statistic(draft) -> bool:
    """An aggregate over a month or more: the figure that later counts break down."""
    start, end = draft.period
    return draft.kind == "aggregate" and start is not None and end is not None and (end - start).days >= STATISTIC_DAYS


def too_long_for_an_event(period: tuple) -> bool:
    """An incident spans a few days at most; a count over a longer span is an aggregate."""
    start, end = period
    return start is not None and end is not None and not is_incident_span(start, end)


# "two people hanged in public were among them": a tail of tails_after_words after up to four words
# of the count's own (a participle, a place), none of them a punctuation mark
_TAIL_AFTER_WORDS = re.compile(rf"\s+(?:[\w'’-]+\s+){{1,4}}?(?:{_W['tails_after_words']})\b", re.IGNORECASE)
# "Fourteen were convicted of drug offences": a bare number, then a verb of the charge
_BARE_NUMBER = re.compile(rf"(?:(?:{lexicon().hedge})\s+)?{NUMBER}", re.IGNORECASE)
_CHARGE_TAIL = re.compile(rf"\s+(?:{_W['charge_split_tails']})\b", re.IGNORECASE)
# a sentence that opens on such a split, or on the rest of the figure ("In the remaining two cases the
# charges could not be confirmed": count_patterns.UNKNOWN_CASES), is read right after a relevant one, though
# it names no execution (components.SentenceSegmenter's windows)
_M = words("mentions.yaml")
SPLIT_GOES_ON = re.compile(rf"{_BARE_NUMBER.pattern}{_CHARGE_TAIL.pattern}"
                           rf"|(?:in\s+)?the\s+(?:{_M['unknown_cases_modifiers']})\s+{_BARE_NUMBER.pattern}\s+"
                           rf"(?:{_M['unknown_cases']})\b", re.IGNORECASE)
# "An Ethiopian woman and a Kuwaiti woman were among those hanged": another count (up to four
# words) joined by "and" between a count and the tail that makes both parts
_JOINED_TAIL = re.compile(r",?\s+and\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?=" + lexicon().breakdown_tail.pattern
                          + "|" + _TAIL_AFTER_WORDS.pattern + ")", re.IGNORECASE)


def part_after(text: str, c: Count) -> bool:
    """The words after a count make it a part of the figure before it: "nine were among them",
    "six were women", "a woman and a Syrian were among those hanged" (the tail of the count joined
    to it by "and" is its own), "two people hanged in public were among them", "fourteen were
    convicted of drug offences" (a bare number split by charge)."""
    return bool(lexicon().breakdown_tail.match(text, c.end) or _TAIL_AFTER_WORDS.match(text, c.end)
                or _JOINED_TAIL.match(text, c.end)
                or _BARE_NUMBER.fullmatch(text, c.start, c.end) and _CHARGE_TAIL.match(text, c.end))


def continues_split(text: str, s: int, e: int, previous, i: int, dates, places, same_paragraph: bool) -> bool:
    """A sentence that goes on with the split of the sentence before it: that one broke a
    statistic down, this one is in the same paragraph, names no date or place of its own
    and splits by charge ("Two were hanged for moharebeh; one on security charges")."""
    return (previous is not None and previous.part and is_statistic(previous) and previous.sentence == i - 1
            and same_paragraph and not dates and not places and bool(search(_CHARGE_SPLIT, text, s, e)))


def named_part(text: str, last_end: int, name: Count, last_value: int | None = None) -> bool:
    """A name right after "N people, among them": it names one of the N, adding no count; or
    names in apposition that are the N ("two of them, A and B, were hanged")."""
    gap = text[last_end:name.start]
    return bool(_NAMED_PART.match(gap)) or (name.value == last_value and bool(_APPOSED.match(gap)))


def own_offences(mentions, counts, c: Count, e: int) -> tuple | None:
    """The charges of one part of a listed breakdown ("92 for drug offences and 83 for murder"):
    those between the count and the next count in the sentence, or None when the sentence
    lists no other part."""
    numeric = [x for x in counts if x.noun != "name" and x is not c]
    later = [x.start for x in numeric if x.start >= c.end]
    if not numeric:
        return None
    return offences_between(mentions, c.start, min(later + [e]))
