"""Earlier figures quoted for comparison: "up from 22 the previous year", "compared with 172
in 2023", "and the 172 carried out in 2023".

SCHEMA.md makes a historical figure quoted for context a claim with its own period, so the
number a statistic is compared with is an aggregate of the same event, dated by the year
(or span) written after it, or by the statistic's own span moved back a year ("the previous
year", "the same period a year earlier").
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .date_arithmetic import in_year, month_end, span_before
from .date_names import MONTH, MONTHS
from .date_names import YEAR as _YEAR
from .dates import find_dates
from .lexicon import lexicon, words
from .matches import last_match
from .numbers import NUMBER, parse_number

_W = words("comparisons.yaml")
_YEAR_IN = re.compile(_YEAR)
# "the same period of 2023", "the same three months of 2024": the statistic's own span, in another year
_SAME_SPAN = rf"same\s+(?:{NUMBER}\s+)?(?:{_W['same_period_nouns']})"
_SAME = re.compile(rf"\b{_SAME_SPAN}\b", re.IGNORECASE)
# "The figure", "The 2024 total compares with ...": the figure told before, named again (with its year)
# (or its month: "The March figure is below February's 93")
_REFERS_BACK = re.compile(rf"(?:{_W['refers_back_openers']}|The\s+(?:(?:\d{{4}}|{MONTH})\s+)?(?:{_W['refers_back_nouns']}))\b")
# no word end: "arrest" finds "arrests", "age" finds "aged"
_OTHER_FIGURE = re.compile(rf"\b(?:{_W['not_executions']}|{_W['other_figures']})", re.IGNORECASE)
_PREVIOUS = _W["previous_year"]
_PERCENT = _W["percent_words"]
_SHARE = rf"%|{_PERCENT}"
_PRIOR_SPAN = rf"(?:(?P<prior_n>{NUMBER})\s+)?(?P<prior_unit>{_W['prior_units']})\b"
_PRIOR = re.compile(rf"\bthe\s+(?:{_W['prior_words']})\s+{_PRIOR_SPAN}", re.IGNORECASE)
# "the previous week", "in the preceding month", "the week before", "a month earlier": one unit back
_ONE_BACK_SPAN = (rf"(?:(?:{_W['same_prepositions']})\s+)?(?:the\s+(?:{_W['prior_words']})\s+(?:{_W['span_back_units']})"
                  rf"|the\s+(?:{_W['span_back_units']})\s+before)|(?:a|one)\s+(?:{_W['span_back_units']})\s+"
                  rf"(?:{_W['unit_back_words']})")
_ONE_BACK = re.compile(rf"\b(?:{_ONE_BACK_SPAN})(?![\w-])", re.IGNORECASE)
_MONTH_IN = re.compile(rf"\b(?:{_W['month_prepositions']})\s+(?P<month>{MONTH})(?![\w-])", re.IGNORECASE)
_BACK_UNIT = re.compile(rf"\b(?P<unit>{_W['span_back_units']})\b", re.IGNORECASE)
# "its previous record of", "their modern peaks of", "peaked at": a record figure follows
# (or a possessive owner: "the kingdom's previous record of 196", "Florida's previous high of eight")
# (two words may qualify the noun: "its previous annual highs of 196 in 2022")
_RECORD_LEAD = (rf"\b(?:(?:{_W['record_owners']}|(?:the\s+)?[\w-]+['’]s)\s+(?:[\w-]+\s+){{0,2}}(?:{_W['record_nouns']})\s+of"
                rf"|(?:{_W['peak_verbs']})"
                # "peaked in the modern era at 98 in 1999": a few words may stand before "at"
                rf"|\b(?:{_W['peak_spread_verbs']})\s+(?:[\w-]+\s+){{1,4}}?at)")
# "double its total of 172 in 2023", "three times its total of two": an owner's earlier total, named as
# what a figure multiplies (a year or "the previous year" must follow: compared_figure's `when`)
_MULTIPLE_OF = (rf"\b(?:{_W['multiple_words']})\s+(?:{_W['record_owners']})\s+(?:[\w-]+\s+)?"
                rf"(?:{_W['year_figure_nouns']})\s+of")
_RECORD_BEFORE = re.compile(rf"{_RECORD_LEAD}\s+$", re.IGNORECASE)
# the size of a change, as a percentage: "31%", "12.5 per cent"
_PERCENT_SIZE = rf"[\d.,]+\s*(?:%|{_PERCENT})"
# "up 31% from", "down by 12 percent from": a change with its size before the compared number
_CHANGE_BY = rf"\b(?:{_W['change_by']})\s+(?:by\s+)?{_PERCENT_SIZE}\s+from"
# a percentage sizing a change, not a share: "12% more than", "up 31%", "a rise of 8 percent"
_PERCENT_CHANGE = re.compile(
    rf"(?:\b(?:{_W['percent_change_before']})\s+{_PERCENT_SIZE}|{_PERCENT_SIZE}\s+(?:{_W['percent_change_after']})\b)",
    re.IGNORECASE)


@lru_cache(maxsize=1)
def compared_figure() -> re.Pattern:
    """A number a statistic is compared with, and the period it is dated by.

    Examples: "up from 22 the previous year", "down from 250 in 2022", "compared with 172 in
    2023", "compared to 150 in the same period a year earlier", "a rise from 300 executions
    in 2021", "surpassing the 196 recorded in 2022 and the 172 carried out in 2023".
    A percentage ("up from 20 percent") is never a figure of people.
    """
    # (the leads that open on a word boundary are grouped under one \b, in their order: re tries this
    # pattern at every place, and most places fail that one test instead of six)
    # ("a fall of 85 percent from the 184 it carried out in 2019": "the" may name the figure after "from")
    lead = (rf"(?:\b(?:\b(?:{_W['change_from']})|{_CHANGE_BY}|\b(?:{_W['change_words']})\s+(?:of\s+[\w.,%-]+\s+(?:(?:{_PERCENT})\s+)?)?from"
            rf"(?:\s+the(?=\s+(?:{lexicon().hedge}\s+)?\d))?"
            rf"|{_RECORD_LEAD}|{_MULTIPLE_OF}"
            rf"|\b(?:{_W['comparison_leads']}))|(?<=,)\s*(?:{_W['comma_leads']})"
            # "surpassing the 196 of 2022", "eclipsing the previous record of 196 set in 2022"
            rf"|\b(?:{_W['leads_before_the']})\s+the(?:\s+(?:{_W['record_words']})\s+of)?)")
    hedge = lexicon().hedge
    noun = rf"(?:\s+(?:(?:{_W['compared_noun_modifiers']})\s+)?(?P<noun>{_W['compared_nouns']}))?"
    # "its previous record of eight, set in 2014": the participle may stand after a comma
    done = rf"(?:,?\s+(?:(?:{_W['compared_verb_openers']})\s+)?(?:{_W['compared_verbs']}))?"
    when = (rf"\s+(?:(?:{_W['year_prepositions']})\s+(?:the\s+(?:(?:{_W['whole_words']})\s+)?(?:of\s+)?"
            rf"|the\s+(?:{_W['year_part_ordinals']})\s+(?:[\w-]+\s+)?(?:{_W['year_part_nouns']})\s+of\s+)?(?P<year>{_YEAR})(?![\w-])"
            rf"|(?:{_W['same_prepositions']})\s+the\s+{_SAME_SPAN}\s+(?:of\s+|in\s+)?(?:(?P<same_year>{_YEAR})|{_PREVIOUS})"
            rf"|(?P<previous>{_PREVIOUS})(?![\w-])"
            # "up from 45 in July", "compared with 102 in January 2025": a month, with its year or the latest before
            rf"|(?:{_W['month_prepositions']})\s+(?P<month>{MONTH})(?:\s+{_YEAR})?(?![\w-])"
            # "up from five the week before": the statistic's own week (month) right before it
            rf"|(?P<one_back>{_ONE_BACK_SPAN})(?![\w-])"
            # "compared with 420 in the preceding six months": the statistic's own length, just before it
            rf"|(?:{_W['same_prepositions']})\s+the\s+(?:{_W['prior_words']})\s+{_PRIOR_SPAN})")
    # "18 executions, up from 11.": no time written, the clause ends (group "bare"; the caller keeps it
    # only after bare_leads: is_bare)
    bare = r"(?P<bare>(?=\s*[,.;](?:\s|$)))"
    degree = rf"(?:(?:{_W['compared_degrees']})\s+)?"
    return re.compile(
        rf"{lead}\s+{degree}(?:(?P<hedge>{hedge})\s+)?(?P<num>{NUMBER})(?![\w-])(?!\s*(?:{_SHARE}))"
        rf"(?:{noun}{done}{when}|{bare})",
        re.IGNORECASE)


_BARE_LEAD = re.compile(rf"\b(?:{_W['bare_leads']})\s+$", re.IGNORECASE)


def bare_kept(text: str, m: re.Match) -> bool:
    """A match with no time is kept only right after "up from" / "down from" (comparisons.yaml bare_leads)."""
    return m.group("bare") is None or bool(_BARE_LEAD.search(text, max(0, m.start("num") - 20), m.start("num")))



@lru_cache(maxsize=1)
def compared_series() -> re.Pattern:
    """A further figure of a compared series, matched right where the one before it ends (the caller
    chains them): ", 582 in 2022" and " and 333 in 2021" after "up from 834 in 2023". Each has
    its own year, written after it; without one it is not read as a figure of the series."""
    hedge = lexicon().hedge
    return re.compile(
        rf"\s*(?:{_W['series_joins']})\s+(?:(?:{_W['series_degrees']})\s+)?(?:(?:{_W['series_leads']})\s+)?"
        rf"(?:(?P<hedge>{hedge})\s+)?(?P<num>{NUMBER})(?![\w-])(?!\s*(?:{_SHARE}))"
        rf"(?:\s+(?P<noun>{_W['compared_nouns']}))?(?:\s+(?:were\s+)?(?:{_W['compared_verbs']}))?"
        rf"\s+(?:{_W['year_prepositions']})\s+(?P<year>{_YEAR})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def year_figure() -> re.Pattern:
    """A compared number written after its year: "double the 2021 figure of 67", "than the 2023
    total of 834" (only after a word of comparison: "The 2023 total of 834 was a record" is the
    statistic itself); or after a time in the possessive: "double the previous year's total of 172",
    "nearly double last year's total of 25", "well below February's 93", "above 2023's 834". The caller starts the count at the time (group
    `year` or `when`), so compared_period reads it."""
    hedge = lexicon().hedge
    return re.compile(
        rf"\b(?:{_W['year_figure_leads']})\s+(?:the\s+(?P<year>{_YEAR})\s+(?:{_W['year_figure_nouns']})\s+of"
        rf"|(?P<when>{_YEAR}|{MONTH}|{_PREVIOUS})['’]s(?:\s+(?:{_W['year_figure_nouns']})\s+of)?)\s+"
        rf"(?:(?P<hedge>{hedge})\s+)?"
        rf"(?P<num>{NUMBER})(?![\w-])(?!\s*(?:{_SHARE}))", re.IGNORECASE)


@lru_cache(maxsize=1)
def equalled_figure() -> re.Pattern:
    """A figure said to equal a year's whole total: "The 25 executions carried out in the first six months
    of the year already equal the total for all of 2024". The number before (group `num`, in the same
    clause) is that year's figure too; the caller starts the count at the verb (group `verb`), so
    compared_period reads the year."""
    return re.compile(
        rf"(?<![\w,.])(?P<num>{NUMBER})(?![\w%-])(?!\s*(?:{_SHARE}))[^.;:]{{0,100}}?\b(?P<verb>(?:{_W['equalled_verbs']}))\s+"
        rf"the\s+(?:{_W['equalled_nouns']})\s+(?:{_W['equalled_spans']})\s+(?P<year>{_YEAR})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def range_figures() -> re.Pattern:
    """A change told as "from N in YEAR to M (in YEAR)": both ends are figures of their own years.

    Examples: "executions rose from 314 in 2021 to 576 in 2022", "its total fell from 65 in 2021
    to 48", "death sentences went from 112 in 2022 to 140 in 2023". The event noun must stand
    before the range in its sentence (the finder's caller checks the sentence).
    """
    hedge = lexicon().hedge
    return re.compile(
        rf"\bfrom\s+(?:(?P<hedge1>{hedge})\s+)?(?P<num1>{NUMBER})(?![\w%-])\s+(?:in|during)\s+(?P<year1>{_YEAR})\s+"
        rf"to\s+(?:(?P<hedge2>{hedge})\s+)?(?P<num2>{NUMBER})(?![\w%-])(?!\s*(?:{_SHARE}))"
        rf"(?:\s+(?:in|during)\s+(?P<year2>{_YEAR}))?", re.IGNORECASE)


@lru_cache(maxsize=1)
def multiplied_range() -> re.Pattern:
    """A change of one owner's total told without years after a verb that multiplies it: groups
    from_num/from_hedge (the earlier end, after "from") and to_num/to_hedge (the later end, after
    "to"), written in either order (the reverse order's groups carry an "r" prefix).

    Examples: "doubled its annual total to at least 345 from 172", "quadrupled its executions, from
    at least 16 to at least 63", "nearly quadrupled its number of executions, to at least 63" (the
    later end alone), "doubled its toll to a record 345 from 172 in 2023" (an earlier end with its
    own year: the span of range_year then includes the year). Always executions (the verb's object
    says so).
    """
    hedge = lexicon().hedge
    end = rf"(?![\w%-])(?!\s*(?:{_SHARE}))(?!\s+(?:in|during)\s+{_YEAR})"
    degree = rf"(?:(?:{_W['range_to_degrees']})\s+)?"

    def figure(name: str) -> str:
        return rf"{degree}(?:(?P<{name}_hedge>{hedge})\s+)?(?P<{name}_num>{NUMBER}){end}"

    # the earlier end may carry its own year ("from 172 in 2023"), read with it by range_year
    dated = (rf"{degree}(?:(?P<rfrom_hedge>{hedge})\s+)?(?P<rfrom_num>{NUMBER})(?![\w%-])(?!\s*(?:{_SHARE}))"
             rf"(?:\s+(?:in|during)\s+(?P<rfrom_year>{_YEAR})(?![\w-]))?")
    return re.compile(
        rf"\b(?:{_W['range_multipliers']})\s+(?:{_W['range_owners']})\s+(?:(?:{_W['range_periods']})\s+)?"
        rf"(?:number\s+of\s+)?(?:{_W['range_multiplied']})\b,?\s+(?:from\s+{figure('from')}\s+to\s+{figure('to')}"
        rf"|to\s+{figure('rto')}(?:\s+from\s+{dated})?(?![\w-]))", re.IGNORECASE)


@lru_cache(maxsize=1)
def changed_range() -> re.Pattern:
    """A change told later end first, after a verb of change: groups to_num/to_hedge (the later end,
    after "to") and from_num/from_hedge/from_year (the earlier end, after "from", with its year if
    written).

    Examples: "executions in Iraq halved, to at least 45 from at least 100", "the number of executions
    rose to 25 from 23.", "fell by 85 percent, to 27 from 184", "halved to at least 253, from at least
    507 in 2017". The earlier end ends its clause or has its time after it; the event noun stands
    before the verb (range_event, the caller's check).
    """
    hedge = lexicon().hedge
    degree = rf"(?:(?:{_W['range_to_degrees']})\s+)?"
    noun = rf"(?:\s+(?:{_W['compared_nouns']}))?"

    def figure(name: str) -> str:
        return (rf"{degree}(?:(?P<{name}_hedge>{hedge})\s+)?(?P<{name}_num>{NUMBER})(?![\w%-])"
                rf"(?!\s*(?:{_SHARE})){noun}")

    return re.compile(
        # ("rose slightly, to 26 from 21 in 2023": an adverb of degree after the verb)
        rf"\b(?:{_W['changed_to_verbs']})(?:\s+[a-z]+ly)?(?:\s+by\s+{_PERCENT_SIZE})?,?\s+to\s+{figure('to')},?\s+from\s+{figure('from')}"
        rf"(?:\s+(?:in|during)\s+(?P<from_year>{_YEAR})(?![\w-])|\s+(?:{_PREVIOUS})(?![\w-])|(?=\s*[,.;](?:\s|$)))",
        re.IGNORECASE)


@lru_cache(maxsize=1)
def changed_from_range() -> re.Pattern:
    """A change told earlier end first with no years, after a verb of change and at most seven words:
    groups from_num/from_hedge and to_num/to_hedge. The earlier end is the figure of the span before
    the statistic's, the later end the statistic's own (period.range_before, statistic_span).

    Examples: "executions rose for the second year running, from 18 to 24", "Saudi Arabia's total
    tripled from 65 to 196". An end with a year of its own is range_figures'; the event noun stands
    before the verb (range_event, the caller's check).
    """
    hedge = lexicon().hedge
    end = rf"(?![\w%-])(?!\s*(?:{_SHARE}))(?!\s+(?:in|during)\s+{_YEAR})"

    def figure(name: str) -> str:
        return rf"(?:(?P<{name}_hedge>{hedge})\s+)?(?P<{name}_num>{NUMBER}){end}"

    return re.compile(
        rf"\b(?:{_W['changed_to_verbs']})(?:\s+[\w-]+){{0,7}}?,?\s+from\s+{figure('from')}\s+to\s+{figure('to')}",
        re.IGNORECASE)


_RANGE_EVENT = re.compile(rf"\b(?P<what>{_W['range_events']})\b[^.;]{{0,120}}$", re.IGNORECASE)
# the event word anywhere in the sentence before: "its total" refers to the figure that sentence told
_EVENT_WORD = re.compile(rf"\b(?P<what>{_W['range_events']})\b", re.IGNORECASE)
_NOT_EXECUTIONS = re.compile(rf"\b(?:{_W['not_executions']})", re.IGNORECASE)
_RANGE_TOTAL = re.compile(
    # ("Saudi Arabia's total tripled from 65 to 196": a country's own total)
    rf"(?:\b(?:{_W['range_owners']})|(?-i:[A-Z])[\w-]*['’]s)\s+(?:(?:{_W['range_periods']})\s+)?(?:{_W['range_totals']})\b[^.;]{{0,60}}$",
    re.IGNORECASE)


def range_event(text: str, start: int, at: int) -> str | None:
    """The event a "from N in YEAR to M" range counts: named before it in its sentence, or the
    sentence speaks of "its total" right after a sentence about executions."""
    if _NOT_EXECUTIONS.search(text, start, at):
        return None   # "arrests rose from 300 in 2021 to 500 in 2022"
    m = _RANGE_EVENT.search(text, max(start, at - 160), at)
    if m is None and _RANGE_TOTAL.search(text, start, at):
        # the sentence before ends on its full stop, so its last event word is taken wherever it stands
        m = last_match(_EVENT_WORD, text, max(0, start - 200), start)
    if m is None:
        return None
    return "sentenced" if "sentence" in m.group("what").lower() else "executed"


def compared_period(tail: str, base: tuple) -> tuple | None:
    """The period of a compared figure from the words after its number: the year written
    there, the statistic's span in that year ("the same period of 2023"), or the statistic's
    span a year earlier ("the previous year")."""
    start, end = base
    possessive = _POSSESSIVE.match(tail)
    if possessive and not _YEAR_IN.match(tail) and start is not None:
        if possessive.group("month"):
            # "below February's 93" after March's figure: the latest such month from the statistic's start
            month = MONTHS[possessive.group("month").lower().rstrip(".")]
            year = start.year if month <= start.month else start.year - 1
            return date(year, month, 1), month_end(year, month)
        # "nearly double last year's total of 25": the whole year before the statistic's
        return date(start.year - 1, 1, 1), date(start.year - 1, 12, 31)
    prior = _PRIOR.search(tail)
    if prior and start is not None:
        return before(start, prior)
    month = _MONTH_IN.search(tail)
    if month and not _YEAR_IN.search(tail, month.end()):
        # "81 in August, compared with 45 reported in July": the latest July before the statistic's start
        # (only beside a month's or a week's figure: a year's "up from 34 in July" is no month's comparison)
        if start is None or end is None or (end - start).days > 31:
            return None
        number = MONTHS[month.group("month").lower().rstrip(".")]
        year = start.year if number < start.month else start.year - 1
        return date(year, number, 1), month_end(year, number)
    one_back = _ONE_BACK.search(tail)
    if one_back:
        return unit_before(base, _BACK_UNIT.search(one_back.group()).group("unit"))
    year = _YEAR_IN.search(tail)
    same = _SAME.search(tail)
    if year and not same:
        y = int(year.group())
        # "in the first half of 2024": the part of the year the figure counts, else the whole year
        part = next((d for d in find_dates(tail, date(y, 12, 31)) if d.period_start and d.period_end
                     and d.period_start.year == d.period_end.year == y), None)
        return (part.period_start, part.period_end) if part else (date(y, 1, 1), date(y, 12, 31))
    if start is None or end is None:
        return None
    shift = (int(year.group()) - end.year) if year else -1
    return in_year(start, start.year + shift), in_year(end, end.year + shift)


# the time of a possessive compared figure, at the start of its count (year_figure): a month or the year before
_POSSESSIVE = re.compile(rf"(?:(?P<month>{MONTH})|{_PREVIOUS})['’]s\b", re.IGNORECASE)


def one_unit_back(tail: str) -> bool:
    """Whether a compared figure is dated one week or month back ("up from five the week before"):
    rule period.span_before, as unit_before dates it."""
    return _ONE_BACK.search(tail) is not None


def unit_before(base: tuple, unit: str) -> tuple | None:
    """"Nine last week, up from five the week before": the week (month) that ends the day before a
    statistic of one week (month) starts; None when the statistic spans no such unit (a year's figure
    "up from 30 the month before" compares unlike spans: its dates are not told)."""
    start, end = base
    if start is None or end is None:
        return None
    days = (end - start).days + 1
    if not (days == 7 if unit.lower() == "week" else 28 <= days <= 31):
        return None
    return span_before(start, 1, unit + "s")


def before(start: date, prior: re.Match) -> tuple:
    """The span of "the previous twelve months" (a match of `_PRIOR`) that ends the day before `start`."""
    n = parse_number(prior.group("prior_n")) if prior.group("prior_n") else 1
    return span_before(start, n, prior.group("prior_unit"))


def own_year_event(text: str, start: int, end: int, noun_event: str | None = None) -> str | None:
    """The event of a compared figure that names its own year and its verb ("the 170 put to death in
    2023", "the 345 people executed in 2024"): a claim of that year even with no statistic in its
    sentence to compare it with (drafting.record; rule period.own_year); so is one whose noun says it
    (`noun_event`: "the 170 executions recorded in 2023"). None when it names no year or no event."""
    if not _YEAR_IN.search(text, start, end):
        return None
    m = _OWN_VERB.search(text, start, end)
    return noun_event if m is None else "sentenced" if m.group("sentenced") else "executed"


_OWN_VERB = re.compile(rf"\b(?:(?P<sentenced>{_W['own_year_sentenced_verbs']})|{_W['own_year_executed_verbs']})\b",
                       re.IGNORECASE)


def record_of_year(text: str, start: int, end: int) -> bool:
    """A record figure with its own year ("its previous record of 196 in 2022", "executions peaked
    at 98 in 1999"): a claim of that year even with no statistic in its sentence to compare it with."""
    return bool(_RECORD_BEFORE.search(text, max(0, start - 60), start)) and bool(_YEAR_IN.search(text, start, end))


def refers_back(text: str, s: int, at: int | None = None) -> bool:
    """A sentence that opens on the figure before it ("That is up from 22 the previous year"), or
    whose compared number at `at` has that figure for its subject ("..., said the figure was up from
    834 in 2023"; rule period.compared_subject)."""
    return bool(_REFERS_BACK.match(text, s)) or at is not None and bool(_SUBJECT_BACK.search(text, max(s, at - 160), at))


# (not anchored at the number: the later figures of a series, "582 in 2022", have the same subject)
_SUBJECT_BACK = re.compile(
    rf"\b(?:{_W['refers_back_subjects']})\s+(?:{_W['refers_back_nouns']})\s+(?:{_W['refers_back_verbs']})\s+"
    rf"(?:{_W['change_from']}|{_W['comparison_leads']})\b", re.IGNORECASE)


def other_figure_between(text: str, start: int, end: int) -> bool:
    """Between a statistic and a compared number, words showing the number counts something
    else: arrests, the death-row population, prison terms, a share. A percentage that sizes the
    change ("980 executions, 12% more than the 870 of 2014") is the comparison's, not a share."""
    at = start
    for m in _PERCENT_CHANGE.finditer(text, start, end):
        if _OTHER_FIGURE.search(text, at, m.start()):
            return True
        at = m.end()
    return bool(_OTHER_FIGURE.search(text, at, end))
