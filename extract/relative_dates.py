"""The relative time expressions of a report with a fixed meaning ("last week", "the past 30
days", "the first half of 2024", "late last month"), as a table of (pattern, rule): each rule
takes the publication date and the match and returns the inclusive (first, last) it names; and
the parts of a month ("early March" is its first ten days, "late March" from the 21st).
dates.find_dates reads the table; conventions follow corpus/SCHEMA.md.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .date_arithmetic import infer_year, month_end, safe_date, shift_months
from .date_names import MONTH, MONTHS, YEAR
from .lexicon import words
from .numbers import NUMBER, parse_number

_W = words("dates.yaml")
_RANKS = _W.value("part_ranks")
_YEAR_PARTS = _W.value("year_parts")
_SHORT_PARTS = _W.value("short_year_parts")
_SPAN_WORDS = _W.value("span_words")
_SEASONS = {k: tuple(v) for k, v in _W.value("seasons").items()}
# "between late June and mid-August": the part of a month a span starts or ends in
LATE = re.compile(rf"^(?:{_W['late_parts']})\s", re.IGNORECASE)
EARLY = re.compile(rf"^(?:{_W['early_parts']})\s", re.IGNORECASE)

def num(text: str) -> int | None:
    """A number written in figures or words ("12", "twelve"); None for the empty string."""
    return parse_number(text) if text else None


_ELAPSED = (rf"(?:{_W['elapsed_openers']})\s+(?:{_W['elapsed_hedges']})\s+(?:(?:{_W['one']})\s+|(?P<n>{NUMBER})\s+)?"
            rf"(?P<unit>{_W['elapsed_units']})(?!\s+(?:{_W['elapsed_not_before']})\b)"
            rf"|(?:{_W['since_span_openers']})\s+(?:(?P<n2>{NUMBER})\s+)?(?P<unit2>{_W['elapsed_units']})(?=\s+since\b)")
# a date mention that is an elapsed span (period_statistics.elapsed_in_review reads it again from another end)
ELAPSED = re.compile(rf"(?:{_ELAPSED})$", re.IGNORECASE)


# Relative expressions with a fixed meaning: pattern → function(published) → (start, end).
def _relative_rules():
    def days(a, b):
        return lambda p, m: (p - timedelta(days=a), p - timedelta(days=b))

    def past_n(p, m):
        n, unit = num(m.group("n")) or 1, m.group("unit").lower().rstrip("s")
        if unit == "hour":   # "within 24 hours": the day before publication and publication
            return p - timedelta(days=max(1, -(-n // 24))), p
        if unit == "day":
            return p - timedelta(days=n - 1), p
        if unit == "week":
            return p - timedelta(days=7 * n), p - timedelta(days=1) if n == 1 else p
        if unit == "month":
            return shift_months(p, -n), p
        return safe_date(p.year - n, p.month, min(p.day, 28)), p

    def elapsed(p, m):
        """"in under six months", "in the year since": N units (one when unwritten) up to publication."""
        n, unit = num(m.group("n") or m.group("n2") or "") or 1, (m.group("unit") or m.group("unit2")).lower().rstrip("s")
        if unit == "week":
            return p - timedelta(days=7 * n), p
        return (shift_months(p, -n), p) if unit == "month" else (safe_date(p.year - n, p.month, min(p.day, 28)), p)

    def weekend(p, m):
        saturday = p - timedelta(days=(p.weekday() - 5) % 7)
        return saturday, saturday + timedelta(days=1)

    def last_week(p, m):
        monday = p - timedelta(days=p.weekday() + 7)
        return monday, monday + timedelta(days=6)

    def this_week(p, m):
        return p - timedelta(days=p.weekday()), p

    def last_month(p, m):
        first = p.replace(day=1) - timedelta(days=1)
        return first.replace(day=1), first

    def day_of_month(p, m):
        """"on the 14th of this month", "the 28th of last month": that day of the report's month or the
        one before; none when the month has no such day."""
        first = last_month(p, m)[0] if m.group("last") else p.replace(day=1)
        day = safe_date(first.year, first.month, int(m.group("d")))
        return (day, day) if day else (None, None)

    def part_of_month(p, m):
        """"late last month", "early this month": a third of that month, never after publication."""
        first, last = last_month(p, m) if m.group("which").lower() == "last" else (p.replace(day=1), p)
        first, end = third_of_month(m.group("part"), first, month_end(first.year, first.month))
        return (first, min(end, last)) if first <= last else (None, None)

    def season(p, m):
        """"over the summer", "last winter", "the spring of 2024": the season's months (northern
        hemisphere, data/dates.yaml); unwritten, the latest begun by publication ("last": ended by it)."""
        first, last = _SEASONS[m.group("season").lower()]

        def span(year):   # the season that starts in `year` (winter runs into the next)
            return date(year, first, 1), month_end(year + (last < first), last)
        if m.group("y"):
            return span(int(m.group("y")))
        ended = (m.group("which") or "").lower() in _W.value("season_past")
        return next(sp for sp in (span(y) for y in (p.year, p.year - 1, p.year - 2))
                    if (sp[1] < p if ended else sp[0] <= p))

    def year_to_date(p, m):
        return date(p.year, 1, 1), p

    def last_year(p, m):
        return date(p.year - 1, 1, 1), date(p.year - 1, 12, 31)

    def same_point_last_year(p, m):
        """"by this point last year": the year before's figure to date, up to the report's day then."""
        return date(p.year - 1, 1, 1), safe_date(p.year - 1, p.month, p.day) or date(p.year - 1, 2, 28)

    def first_months(p, m):
        """"the first eight months of 2025", "the first half of the year": from 1 January. Of "the
        year" (no year written), the report's year, or the year before when less than half of the
        span had gone by at publication ("the first eight months of the year" in a January review)."""
        year = int(m.group("year")) if m.group("year") else p.year
        n = 6 if m.group("half") else (num(m.group("n") or "") or 1)
        if m.group("unit") and m.group("unit").lower().startswith("week"):
            return date(year, 1, 1), date(year, 1, 1) + timedelta(days=7 * n - 1)
        end = month_end(year, min(n, 12))
        if not m.group("year") and (p - date(year, 1, 1)).days * 2 < (end - date(year, 1, 1)).days:
            return date(year - 1, 1, 1), month_end(year - 1, min(n, 12))
        return date(year, 1, 1), end

    def weeks_of_month(p, m):
        month = MONTHS[m.group("m").lower().rstrip(".")]
        year = infer_year(month, 1, p)
        n, rank = num(m.group("n") or "") or 1, _RANKS[m.group("rank").lower()]
        length = 1 if m.group("unit").lower().startswith("d") else 7   # "the first five days of June"
        end = month_end(year, month)
        if m.group("unit").lower().startswith("h"):   # "the first half of May": 1-15, the second 16 to the end
            return (date(year, month, 1), date(year, month, 15)) if rank == 1 else (date(year, month, 16), end)
        if rank == 0:   # "the last week of May": the month's last seven days
            return end - timedelta(days=length * n - 1), end
        first = date(year, month, 1) + timedelta(days=length * (rank - 1))
        return first, min(end, first + timedelta(days=length * n - 1))

    def ago(p, m):
        """"three days ago", "a week ago": that day, counted back from publication."""
        word = m.group("n").lower()
        n = 1 if word in _W.value("one") else (num(word) or 1)
        day = p - timedelta(days=n * (7 if m.group("unit").lower().startswith("w") else 1))
        return day, day

    def rolling(p, m):
        """"the past year", "over the past month", "within a week": one unit up to publication."""
        unit = (m.group("unit") or m.group("unit2")).lower()[0]
        return (p - timedelta(days=7) if unit == "w" else shift_months(p, -1 if unit == "m" else -12)), p

    def span_word(p, m):
        return p - timedelta(days=_SPAN_WORDS[m.group("w").lower()]), p

    def part_of_year(p, m):
        """"the second half of 2024", "the last quarter of the year", "Q3 2025": a part of a year; of
        "the year", the latest such part begun by publication (the year before, in a January review),
        and the first part of the year before while less than half of it has gone by."""
        if m.group("short"):
            months, rank = _YEAR_PARTS[_SHORT_PARTS[m.group("short").lower()]], int(m.group("srank"))
        else:
            months, rank = _YEAR_PARTS[m.group("part").lower()], _RANKS[m.group("rank").lower()]
        count = 12 // months
        rank = count if rank == 0 else rank
        if not 1 <= rank <= count:
            return None, None
        written = m.group("year") or m.group("syear")
        year = int(written) if written else p.year
        if m.group("last_year"):
            year = p.year - 1
        first_month = months * (rank - 1) + 1
        start, end = date(year, first_month, 1), month_end(year, first_month + months - 1)
        if not written and not m.group("last_year") and (
                start > p or rank == 1 and (p - start).days * 2 < (end - start).days):
            # (the first part, as first_months: "the first half of the year" in a January review)
            year -= 1
        return date(year, first_month, 1), month_end(year, first_month + months - 1)

    def last_day_of_year(p, m):
        end = date(p.year, 12, 31)
        end = end if end <= p else date(p.year - 1, 12, 31)
        return end, end

    rules = [
        (_W["last_day_of_year"], last_day_of_year),
        (rf"the\s+(?P<rank>{_W['part_ranks']})\s+(?:(?P<n>{NUMBER})\s+)?(?P<unit>{_W['month_part_units']})\s+of\s+(?P<m>{MONTH})",
         weeks_of_month),
        (rf"(?:the\s+)?(?P<rank>{_W['part_ranks']})\s+(?P<part>{_W['year_parts']})\s+of\s+"
         rf"(?:the\s+year|this\s+year|(?P<last_year>last\s+year)|(?P<year>{YEAR}))"
         rf"|(?P<short>{_W['short_year_parts']})(?P<srank>[1-4])\s+(?P<syear>{YEAR})", part_of_year),
        (rf"(?:the\s+)?(?:{_W['recent']})\s+(?P<w>{_W['span_words']})", span_word),
        (rf"(?P<n>{_W['one']}|{NUMBER})\s+(?P<unit>{_W['ago_units']})\s+(?:{_W['ago']})", ago),
        (rf"(?:the\s+)?(?:{_W['rolling']})\s+(?P<unit>{_W['rolling_units']})(?!\s+(?:of|to)\b)"
         rf"|(?:{_W['within']})\s+(?:{_W['one']})\s+(?P<unit2>{_W['within_one_units']})(?!\s+of\b)", rolling),
        (rf"(?:early\s+)?(?:{_W['today']})", days(0, 0)),
        (_W["day_before_yesterday"], days(2, 2)),
        (rf"(?:{_W['yesterday']})", days(1, 1)),
        (rf"(?:{_W['tomorrow']})", days(-1, -1)),
        (_W["weekend"], weekend),
        (_W["last_week"], last_week),
        (_W["this_week"], this_week),
        (_W["past_week"], days(7, 1)),
        (rf"(?:the\s+)?(?:{_W['recent']})\s+(?P<n>{NUMBER})\s+(?P<unit>{_W['past_units']})(?!\s+of\b)", past_n),
        (rf"(?:{_W['within']})\s+(?P<n>{NUMBER})\s+(?P<unit>{_W['within_units']})(?!\s+of\b)", past_n),
        (rf"(?:{_W['tenure_owners']})\s+(?P<n>{NUMBER})\s+(?P<unit>years)\s+(?:{_W['tenure_places']})", past_n),
        # "in just under three years", "in the 12 months since it lifted a moratorium": an elapsed span
        # up to publication (period_statistics.elapsed_in_review moves it to the end of a reviewed span)
        (_ELAPSED, elapsed),
        (rf"(?P<part>{_W['early_parts']}|{_W['late_parts']})\s+(?P<which>last|this)\s+month", part_of_month),
        (rf"(?:(?P<which>{_W['season_determiners']})\s+)(?P<season>{_W['seasons']})(?:\s+of\s+(?P<y>{YEAR}))?", season),
        (rf"the\s+(?P<d>[12]\d|3[01]|0?[1-9])(?:{words('numbers.yaml')['ordinal_suffixes']})\s+of\s+"
         rf"(?:(?P<last>{_W['last_month']})|(?:{_W['this_month']}))", day_of_month),
        (_W["last_month"], last_month),
        (_W["this_month"], lambda p, m: (p.replace(day=1), p)),
        (_W["same_point_last_year"], same_point_last_year),
        ("".join(rf"(?<!\b{re.escape(w)}\s)" for w in _W.value("last_year_not_after")) + rf"(?:{_W['last_year']})", last_year),
        (_W["year_to_date"], year_to_date),
        (_W["year_start"], lambda p, m: (date(p.year, 1, 1), date(p.year, 1, 10))),
        (rf"the\s+first\s+(?:(?P<half>half)|(?:(?P<n>{NUMBER})\s+)?(?P<unit>{_W['first_units']}))"
         r"(?:\s+of\s+(?:the\s+year|(?P<year>" + YEAR + r")))?"
         rf"(?!\s+of\s+(?:{_W['that_month']}))", first_months),   # ("the first half of that month": anchored)
    ]
    return [(re.compile(r"\b(?<!\w)(?:" + p + r")(?!\w)", re.IGNORECASE), f) for p, f in rules]


RELATIVE = _relative_rules()


def third_of_month(part: str, first: date, last: date) -> tuple[date, date]:
    """"early March" is its first ten days, "late March" (or "the end of March") from the 21st: the
    part of the month [first, last] a word before it names; the whole month for any other word."""
    if LATE.match(part.strip() + " "):
        return max(first, first.replace(day=21)), last
    if EARLY.match(part.strip() + " "):
        return first, min(last, first.replace(day=10))
    return first, last
