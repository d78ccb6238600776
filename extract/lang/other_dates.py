"""Dates in a Persian or Arabic count's sentence that are not the count's: a window's length told before
the span it measures, and (Arabic) the date of a relative clause on someone else. A mixin of assemble._Field (it reads the
field's text, published and v; own_date in dating.py drops what these find)."""
from __future__ import annotations

import re

from .calendars import DateMention
from .mentions import CountMention, find_triggers

_MEASURED_GAP = 12       # characters between a window's length and the span it measures ("، فقط، بين")


class OtherDates:
    """Dates that belong to something else than the count; the host sets text, published and v and
    offers said_of_another() (governing.py)."""

    def measures_next(self, d: DateMention, dates: list[DateMention]) -> bool:
        """Whether `d`, a window counted back from the report ("خلال عشرة أيام"), is only the length of
        the span told right after it ("خلال عشرة أيام فقط، بين الثالث والثالث عشر من أكتوبر"): as many
        days (a day either way: whether the window counts the report's day), ended before the report,
        with at most two words ("فقط، بين") between."""
        if self.published is None or d.period_end != self.published:
            return False
        return any(o is not d and o.period_end < self.published and 0 <= o.start - d.end <= _MEASURED_GAP
                   and abs((o.period_end - o.period_start) - (d.period_end - d.period_start)).days <= 1
                   and re.fullmatch(r"[\s\u200c،,]*(?:[^\s\u200c،,\d]+[\s\u200c،,]*){0,2}", self.text[d.end:o.start])
                   for o in dates)

    def another_ones(self, c: CountMention, d: DateMention) -> bool:
        """Arabic: whether date `d`, after count `c`, follows a verb said of another noun in a relative
        clause (governing.said_of_another: "خمس نساء، ... والصحفي X الذي أُعدم في يونيو": his month)."""
        return self.v.lang == "ar" and d.start >= c.end and any(
            self.said_of_another(c, t) for t in find_triggers(self.v, self.text, c.end, d.start))
