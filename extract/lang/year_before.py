"""Arabic "بزيادة ... على العام السابق الذي سجلت فيه 853 إعداماً": a figure in the clause "in which" right
after "the previous year" is of the year before the statistic it is set against, not of the last year
written before it (period.previous_year). Words: vocab-LANG.yaml previous_year, persian-arabic.yaml
when_words."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import words
from .comparisons import moved_to_year
from .mentions import CountMention
from .vocab import alternation, listed

_REACH = 80   # characters before a count within which "the previous year, in which" opens its clause


@lru_cache(maxsize=None)
def _in_which_after(lang: str) -> re.Pattern | None:
    phrases = listed(lang, "previous_year")
    if not phrases:
        return None
    return re.compile(rf"(?<![\w\u200c])[وبل]?(?:{alternation(phrases, lang)})[\s\u200c]*[،,]?[\s\u200c]*[وف]?"
                      rf"(?:{words('persian-arabic.yaml')['when_words']})(?![\w\u200c])[^،,؛.]*\Z")


def year_before_statistic(host, s: int, c: CountMention) -> tuple | None:
    """The span of the year before the statistic told earlier in the count's sentence (else the last
    statistic), when count `c` stands in a clause "in which" after "the previous year"; None otherwise.
    The host is assemble._Field."""
    pattern = _in_which_after(host.v.lang)
    if pattern is None or not pattern.search(host.text, max(s, c.start - _REACH), c.start):
        return None
    stat = next((d for d in reversed(host.drafts) if d.sentence[0] == s and d.kind == "aggregate" and d.span[0] < c.start
                 and d.period[0] is not None and (d.period[1] - d.period[0]).days >= 27), None) or host.statistic()
    if stat is None or stat.period[0] is None:
        return None
    return moved_to_year(stat.period, stat.period[1].year - 1)
