"""Figures a statistical briefing tells twice, which restatements.py folds into one claim: a
table row that gives again a whole figure of its prose (`row_restates`), a dated part of a statistic
told again by its own verb in its sentence (`dated_part_twice`); and `same_span`, the agreement of
two periods both read; `parts_of_other_breakdowns`, two parts of a figure that only share a number."""
from __future__ import annotations

import re

from .lexicon import words

_FILLERS = frozenset(w.casefold() for w in words("breakdowns.yaml").value("part_label_fillers"))
# "30 women were executed": a group a review splits its figure by is a part, though told on its own
_GROUPS = frozenset(w.casefold() for w in words("breakdowns.yaml").value("statistic_groups"))
_WORD = re.compile(r"[^\W\d_]{2,}")
_POINTER = re.compile(rf"\b(?:{words('breakdowns.yaml')['part_label_pointers']})\b", re.IGNORECASE)
# a prose part's own words run from its number to the end of its clause
_CLAUSE_END = re.compile(rf"[,;.:!?(\n]|\s(?:{words('breakdowns.yaml')['part_clause_joiners']})\s", re.IGNORECASE)


def same_span(a, b) -> bool:
    """Both periods known and agreeing within a tenth of their length (or a day)."""
    if None in (*a.period, *b.period):
        return False
    days = max(1, (a.period[1] - a.period[0]).days // 10)
    return abs((a.period[0] - b.period[0]).days) <= days and abs((a.period[1] - b.period[1]).days) <= days


def row_restates(prose, row) -> bool:
    """"At least 517 people were executed in Iran in 2017. ... 2017 at a glance: - Total executions: at
    least 517", "Iran still executed at least 253 people ... Iran: 253+": a row of a statistical
    briefing's table that gives a figure its prose told before, over the same span, with its hedge
    or none ("at least 131 prisoners were executed during the month" ... "October: 131"), is that
    figure again, not a part of it (two rows never restate each other)."""
    # (a figure of the whole, told once: a part in prose, "three were women", and a row of places,
    # "Golestan: 3", are other facts that happen to share a number)
    return not prose.listed and not prose.part and "merge.row_restates" not in prose.rules \
        and prose.kind == row.kind == "aggregate" and row.qualifier in (prose.qualifier, "exact") and not row.location \
        and prose.sentence < row.sentence and same_span(prose, row)


def dated_part_twice(a, b) -> bool:
    """"Two of the three security-related executions took place in Urmia on 21 October, where two
    men ... were hanged", "the hanging on 29 December of four prisoners - A, B, C and D": a part of a
    statistic dated to its own day (kind.event.dated_part) and the same group told again in its
    sentence (by its own verb, or by its names): one incident, of any size."""
    part, other = (a, b) if "kind.event.dated_part" in a.rules else (b, a)
    return ("kind.event.dated_part" in part.rules and part.event == other.event and part.country == other.country
            and part.count == other.count and other.kind == "event" and part.period == other.period
            and not other.weak and not (part.names and other.names))


def _label(text: str, d) -> frozenset:
    """The words that say which part a draft is: a listed row's line, or a prose part's words from
    its number to the end of its clause ("30 women were executed"), fillers left out; none for a part
    that points back ("12 of them in November")."""
    start, end = d.span
    if d.listed:
        start, end = text.rfind("\n", 0, start) + 1, (text.find("\n", end) + 1 or len(text) + 1) - 1
    else:
        m = _CLAUSE_END.search(text, end)
        end = m.start() if m else len(text)
    if not d.listed and _POINTER.search(text, start, end):
        return frozenset()
    # ("Afghans" and "Afghan nationals" share a word: a plural's "s" left out)
    return frozenset(w[:-1] if len(w) > 3 and w.endswith("s") else w
                     for w in (x.casefold() for x in _WORD.findall(text[start:end])) if w not in _FILLERS)


def parts_of_other_breakdowns(text: str | None, a, b) -> bool:
    """"- Gilak prisoners: 30 ... In addition, 30 women were executed"; "72 were for drug offences, 66
    for murder and 6 for rape. Only 6 of the November executions were reported by state media": two
    parts of a figure (rows, prose parts, or a group a review splits by: "30 women") whose words share nothing but the number split it two
    ways, so are two facts; a part told again keeps a word of itself ("including 30 women" ...
    "Women: 30"). Neither word set empty (a bare number tells nothing of its part)."""
    if text is None:
        return False
    la, lb = _label(text, a), _label(text, b)
    return bool(la and lb) and not la & lb and all(d.part or d.listed or label & _GROUPS for d, label in ((a, la), (b, lb)))
