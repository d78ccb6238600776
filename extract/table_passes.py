"""The passes of assemble.py that read figures set out as lists and shares rather than sentences:
tables of rows ("Iran: at least 252", "Alborz – 93 hangings"), bracketed parts ("Alabama (four),
Missouri (three)") and one figure each of several places ("Georgia and Ohio each executed three").
Each takes the report state (report.Report) and may replace the drafts the sentences made of
those lines with one aggregate per row; tables.py finds the rows, this module makes the claims.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from .breakdowns import STATISTIC_DAYS
from .casefold import search
from .comparisons import range_event
from .dates import find_dates, month_within
from .drafting import compared
from .lexicon import lexicon
from .linking import inside
from .mentions import comparison_counts, find_counts
from .rejections import compared_date, side_date
from .report import Draft, Report
from .tables import ROW_YEAR, each_rows, inline_rows


def listed_tables(r: Report) -> None:
    """Reads lines that make a table (r.f.tables) and the statistic before them; may drop
    the drafts the sentences made of those lines and add one aggregate per row, with the period of
    the statistic it splits. Before bracketed_rows: a table splits a statistic of the sentences,
    never a bracketed row."""
    found = False
    for table in r.f.tables:
        rows = [d for d in r.drafts if table.start <= d.span[0] < table.end]
        before = [d for d in r.drafts if d.span[0] < table.start and d.kind == "aggregate"
                  and d.period[0] and not d.compared
                  and not (d.source is not None and d.source.noun == "comparison")]   # a compared year's figure is split by no list
        parent = split_figure(before, sum(row.value for row in table.rows))
        hs, he = table.heading
        # "24 executions this year, compared with 18 in 2022. By state:": the compared year is not
        # the span the lines split (rule period.heading_not_compared)
        spans = [x for x in inside(r.f.dates, hs, he) if x.period_start and x.period_end
                 and (x.period_end - x.period_start).days >= STATISTIC_DAYS]
        own = [x for x in spans if x.anchored or not compared_date(r.f.text, x)]
        period = r.resolve(own[-1]) if own else parent.period if parent else r.statistic_span(table.start)
        heading_event = next((t.event for t in inside(r.f.triggers, hs, he) if not t.hypothetical), None) \
            or (range_event(r.f.text, hs, he) if he > hs else None) \
            or range_event(r.f.text, table.start, table.rows[0].end)   # "Iran - at least 246 executions"
        event = parent.event if parent else heading_event
        if any(row.number_first for row in table.rows) and (heading_event is None or rows):
            # lines opening on a figure are read only under a heading that tells of executions, and only
            # when the sentence rules made nothing of them (a line they read is news of its own)
            continue
        if period is None or period[0] is None or event is None:
            continue   # no statistic to split: the lines are something else (a price list, a timetable)
        if heading_event and parent and heading_event != parent.event:
            event = heading_event
        found = True
        for d in rows:
            r.drafts.remove(d)
        for row in table.rows:
            k = r.sentence(row.start)
            country = row.country if table.countries and row.country else (
                parent.country if parent else r.country)
            # "January: 80" under a year's heading: the row is that month of the year (the label is
            # read here: the date finder reads only the windows of sentences that tell of executions)
            month = next((m for m in (month_within(x, period) for x in find_dates(row.label, r.f.published)) if m),
                         None)
            # "- Executions: 17 in 2020, down from 22 in 2019": a row told with a year of its own is that year's
            year = ROW_YEAR.match(row.tail) if row.tail and not month else None
            year = int(year.group("y")) if year else None
            if year is not None and period[0].year == year:
                year = None   # the heading's year, as the heading gives it ("so far", to publication)
            # "- New death sentences: at least 164" among rows of executions: a label naming its own event
            at = r.f.text.find(row.label, row.start, row.end)
            own_event = range_event(r.f.text, row.start, at + len(row.label)) if at >= 0 else None
            own_year = (date(year, 1, 1), date(year, 12, 31)) if year is not None else None
            draft = Draft(own_event or event, row.value, row.qualifier, month or own_year or period, False, "aggregate", country,
                          row.offences, row.label if table.places else None, (), k, (row.start, row.end), None,
                          part=True, listed=True)
            draft.rules = ["table.row", "table.leader" if row.leader else "", "table.number_first" if row.number_first
                           else "table.each" if row.label != r.f.text[row.start:row.end] else "",
                           "event.table_label" if own_event and own_event != event else "",
                           "period.table_label" if month else "period.row_year" if own_year else
                           "period.heading" if own else "period.parent" if parent else "period.statistic_span",
                           "period.heading_not_compared" if len(own) < len(spans) else "",
                           "country.table_label" if country == row.country and table.countries else "country.parent",
                           "location.table_label" if table.places else "", "kind.aggregate.table"]
            draft.rules = [x for x in draft.rules if x]
            r.drafts.append(draft)
            if row is table.rows[-1] or table.rows[table.rows.index(row) + 1].start != row.start:
                # once per line ("Golestan and Qazvin: 3 each" is two rows of one tail)
                compared_in_row(r, k, row, draft)
                parts_in_row(r, row, draft)
    if found:
        r.drafts.sort(key=lambda d: (d.span[0], d.span[1]))


def compared_in_row(r: Report, k: int, row, draft: Draft) -> None:
    """"Somalia: at least 38, up from 6 in 2022": an earlier figure told in a row's tail is the row's
    statistic compared (drafting.compared), of the row's country, dated by its own year or the row's
    period a year back ("up from 18 the previous year"). Read here: a row with no word of executions
    is outside the windows the count finders read."""
    for c in comparison_counts(r.f.text, [(row.end - len(row.tail), row.end)] if row.tail else []):
        compared(r, k, c, draft)


def parts_in_row(r: Report, row, draft: Draft) -> None:
    """"Iran: at least 972 executions, ..., including 30 women", "United States - 17, of which 10 were
    federal executions": a count right after a breakdown opener in a row's tail is a part of the
    row's figure, with its period, event and country (SCHEMA.md: a breakdown is a required claim)."""
    if not row.tail:
        return
    start = row.end - len(row.tail)
    for c in find_counts(r.f.text, [(start, row.end)]):
        if c.noun not in ("person", "execution") or c.value >= draft.count \
                or not search(lexicon().assembly.breakdown, r.f.text, max(start, c.start - 20), c.start):
            continue
        part = Draft(draft.event, c.value, c.qualifier, draft.period, False, "aggregate", draft.country,
                     (), None, (), draft.sentence, (c.start, c.end), c, part=True)
        part.rules = [f"event.{draft.event}", f"count.{c.noun}", f"qualifier.{c.qualifier}", "part.breakdown",
                      "period.of_row", "kind.aggregate.table", "country.of_row"]
        r.drafts.append(part)


def split_figure(before: list, total: int):
    """The figure a list splits, of the dated aggregates told `before` it: the last one, unless it
    is smaller than the rows' `total` ("356 new death sentences" told last cannot be split into
    812 + 761 + ... executions); then the smallest figure that holds the total (the latest of equals:
    "25 this month" rather than "72 this year"), else the last one."""
    if not before or before[-1].count >= total:
        return before[-1] if before else None
    holding = [d for d in before if d.count >= total]
    return min(reversed(holding), key=lambda d: d.count) if holding else before[-1]


def bracketed_rows(r: Report) -> None:
    """Reads sentences with bracketed figures that split a figure of executions ("The other states
    to carry out executions in 2024 are Alabama (four), Missouri (three) and Utah (one)"); may drop
    the drafts made of them and add one aggregate per bracket, over the sentence's span."""
    f = r.f
    for i, (s, e) in enumerate(f.sentences):
        if "(" not in f.text[s:e]:
            continue
        rows = inline_rows(f.text, s, e)
        event = range_event(f.text, s, rows[0].start) if rows else None
        if event is None and rows and all(row.country for row in rows):
            # "...; the remaining 111 took place in 18 other countries, among them Egypt (24) and the USA
            # (18)": countries with a figure each, in a clause with no event word, split the figure of the
            # claim told last in the paragraph, and are of its event
            p_start = f.paragraphs[r.paragraph(s)][0] if r.paragraph(s) >= 0 else 0
            told = [d for d in r.drafts if p_start <= d.span[0] < s and d.kind == "aggregate"]
            event = told[-1].event if told else None
        if event is None:
            continue   # "Ali (34) and Reza (29)": brackets that split no figure of executions
        own = [x for x in inside(f.dates, s, e) if x.period_start and x.period_end and not side_date(f.text, x)
               and (x.period_end - x.period_start).days >= STATISTIC_DAYS]
        period = r.resolve(own[-1]) if own else r.statistic_span(s)
        if period is None or period[0] is None:
            continue
        here = r.country_at(rows[0].start, s)
        r.drafts = [d for d in r.drafts if not rows[0].start <= d.span[0] < rows[-1].end]
        for row in rows:
            # a label of the sentence's own country is a place in it ("Alabama (four)" in a US report)
            place = row.country in (None, here)
            draft = Draft(event, row.value, "exact", period, False, "aggregate", row.country or here,
                          row.offences, row.label if place else None, (), i, (row.start, row.end), None,
                          part=True, listed=True)
            draft.rules = [f"event.{event}", "table.inline_row", "period.stated" if own else "period.statistic_span",
                           "country.table_label" if row.country and not place else "country.sentence",
                           "location.table_label" if place else "", "kind.aggregate.table"]
            draft.rules = [x for x in draft.rules if x]
            r.drafts.append(draft)
        r.drafts.sort(key=lambda d: (d.span[0], d.span[1]))


def shared_each(r: Report) -> None:
    """Reads sentences that give several places one figure each ("Alabama, South Carolina and Texas
    each carried out five executions", tables.each_rows); replaces the statistic the sentence made of
    that number with one per place, each with its period and event (SCHEMA.md: a breakdown by place is
    a claim each). Labels that each name another country than the report's are the claims' countries;
    otherwise they are places in the statistic's country ("Georgia" beside "Ohio" is the state).
    After bracketed_rows."""
    f = r.f
    for i, (s, e) in enumerate(f.sentences):
        rows = each_rows(f.text, s, e) if lexicon().each_word.search(f.text, s, e) else []
        # (or an incident of "one" whose day was only inherited, or taken from a later sentence: "Alabama,
        # Georgia and Ohio each carried out one" in a review is a part of the statistic per place, over its span)
        span = r.statistic_span(s) if len(rows) > 1 else None
        made = [d for d in r.drafts if rows and d.sentence == i and not d.compared
                and (d.kind == "aggregate" or span is not None and "period.inherited" in d.rules)
                and max(d.span[0], rows[0].start) < min(d.span[1], rows[0].end)]   # made of that very number
        if not made:
            continue   # the number made no statistic: not a figure of executions, or not one we read
        d = made[0]
        if d.kind != "aggregate":
            d.kind, d.period, d.weak, d.dated_by = "aggregate", span, False, None
            d.rules = [("period.statistic_context" if x == "period.inherited" else "kind.aggregate.span"
                        if x.startswith("kind.") else x) for x in d.rules]
        # a label of the report's own country is a place in it ("Texas" in a US report, and so is
        # "Georgia" beside it); so are labels that share one country (states of one federation)
        named = [row.country for row in rows]
        countries = all(named) and len(set(named)) == len(named) and r.country not in named
        r.drafts.remove(d)
        for row in rows:
            draft = replace(d, country=row.country if countries else d.country,
                            location=None if countries else row.label, part=True, listed=True,
                            rules=[*d.rules, "table.shared_each",
                                   "country.table_label" if countries else "location.table_label"])
            r.drafts.append(draft)
        r.drafts.sort(key=lambda d: (d.span[0], d.span[1]))
