"""One Extractor's vocabulary: the Lexicon compiled from its data files and the speed layer
(casefold.Scanner) that runs those patterns, built together once per Extractor.

Two Extractors built from different data directories keep apart: each component runs under
its own Extractor's Lexicon (lexicon.using) and reads through its own Scanner.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from pathlib import Path

from .casefold import Scanner
from .lexicon import load, packaged
from .lexicon_fields import Lexicon


def patterns(value) -> list[re.Pattern]:
    """Every compiled pattern a Lexicon holds, in its nested dataclasses and tuples."""
    if isinstance(value, re.Pattern):
        return [value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [p for f in dataclasses.fields(value) for p in patterns(getattr(value, f.name))]
    if isinstance(value, (tuple, list)):
        return [p for item in value for p in patterns(item)]
    return []


@dataclass(frozen=True)
class Vocabulary:
    """A compiled Lexicon and the Scanner holding the plan of each of its patterns."""

    lexicon: Lexicon
    scanner: Scanner

    @classmethod
    def load(cls, directory: Path | str | None = None) -> "Vocabulary":
        """The vocabulary of a data directory laid out as extract/data/ (None: the packaged one);
        errors as lexicon.load."""
        lex = packaged() if directory is None else load(directory)
        return cls(lex, Scanner(patterns(lex) + finder_patterns(), rule_patterns()))


def finder_patterns() -> list[re.Pattern]:
    """The patterns the finder modules compile for themselves (module-level names, lists of
    them, and the comparisons' compiled-once patterns), which scan() runs on every report."""
    from . import comparisons, dates, holidays, iranian_calendar, mentions, places

    found = [comparisons.compared_figure(), comparisons.range_figures(), comparisons.year_figure(),
             comparisons.multiplied_range()]
    for module in (mentions, dates, places, iranian_calendar, holidays):
        for value in vars(module).values():
            found += patterns(value)
    return found


def rule_patterns() -> list[re.Pattern]:
    """The patterns rule modules compile for themselves and search through casefold.search over
    short stretches before or after a mention (never scanned over a text)."""
    from . import (breakdowns, candidate_names, candidate_parts, candidate_sums, candidates, clauses, corrections,
                   linking, periods, rejections, report, restated_spans, told_apart)

    # corrections searches a whole field once per report: unplanned, its IGNORECASE alternation
    # over the whole text took some 2% of bench/extract.py's time
    return [p for module in (rejections, candidates, candidate_names, candidate_parts, candidate_sums, breakdowns,
                             periods, report, restated_spans, linking, clauses, corrections, told_apart)
            for value in vars(module).values() for p in patterns(value)]
