"""How English writes the calendar: month and weekday names to their numbers, and the patterns
of a day, a month, a year and a weekday the date finders (dates.py, comparisons.py) build on.
Names and spellings come from data/dates.yaml and the calendar module."""
from __future__ import annotations

import calendar
import re

from .lexicon import words

_W = words("dates.yaml")
_EXTRA_ABBREVIATIONS = _W.value("extra_month_abbreviations")
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS.update(_EXTRA_ABBREVIATIONS)
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}

_CASED = _W.value("case_sensitive_months")
MONTH = ("(?:(?-i:" + "|".join(f"{m}|{m.upper()}" for m in _CASED) + ")|"
         + "|".join(n for n in calendar.month_name if n and n not in _CASED)
         + "|(?:" + "|".join([a for a in calendar.month_abbr if a and a not in _CASED]
                             + [a.capitalize() for a in _EXTRA_ABBREVIATIONS]) + r")\.?)")
DAY = rf"(?:[12]\d|3[01]|0?[1-9])(?:{words('numbers.yaml')['ordinal_suffixes']})?"
YEAR = r"(?:19[5-9]\d|20\d\d)"
# a year written anywhere, in a date or as a figure ("in 2022", "the 2019 total"): what tells a year
# from a count, and a date written with its year from one without (YEAR above: the years a date reads)
YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")
WEEKDAY = "(?:" + "|".join(calendar.day_name) + ")"
