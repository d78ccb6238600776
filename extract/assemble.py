"""From mentions to claims: link each count to what happened, when, where and why.

Precision comes first (a phantom number costs more than a missed one), so a count
becomes a claim only when a trigger says what happened to those people in the
same sentence, or when the count names executions itself ("64 executions").
The period is the nearest time expression in the sentence; failing that it is
inherited from the figure being broken down or from the paragraph, and such
inherited periods are "weak": they yield to an explicit one when the same fact is
restated, so headline and body give one claim.

This module reads a field in passes (PASSES, in order) and merges what they made; the state
they share is in report.py, the rules of a sentence's counts in candidates.py.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from datetime import date

from .background import lead_up_of_executed
from .breakdowns import STATISTIC_DAYS
from .candidates import sentence
from .clauses import noun_trigger, noun_trigger_sentence
from .comparisons import range_event
from .drafting import compared
from .corrections import corrected_reports
from .dates import find_dates, month_within
from .followups import refine_weak
from .lexicon import lexicon
from .linking import inside
from .members import members_of_group
from .casefold import search
from .mentions import comparison_counts, find_counts
from .offences import TAXONOMY
from .rejections import compared_date, offence_date, side_date
from .report import Draft, Field, Rejection, _Report   # components.py and lang/assemble.py take Field, Rejection from here
from .restatements import merge
from .restated_spans import restated_span
from .same_verdict import added_to_verdict
from .tables import each_rows, find_name_lists, find_tables, inline_rows

# The assembly of one field: passes over the report in the order of PASSES, each reading the drafts
# the ones before it made. Of the reorderings tried on the labelled sets only moving the last one
# changed the output; the notes say where the order would matter all the same.

def read_sentences(r: _Report) -> None:
    """Reads each sentence in order with its own dates (no dateline, no side date) and the days
    named before it; may add drafts (sentence, draft) and rejections, and records the sentence's
    days for the undated counts after it. First: every other pass works on its drafts."""
    f = r.f
    for i, (s, e) in enumerate(f.sentences):
        dates = [d for d in inside(f.dates, s, e) if not d.dateline and not side_date(f.text, d)]
        r.current = dates
        restated_span(r, s, e, dates)   # "the executions, carried out between 3 and 13 October"
        made = len(r.drafts)
        sentence(r, i, s, e, dates)
        if len(r.drafts) > made and any(offence_date(f.text, d) for d in inside(f.dates, s, e)):
            for d in r.drafts[made:]:   # "hanged ... for wounding a guard on Sept. 25": that day was not the hanging's
                d.rules.append("period.offence_date_apart")
        for d in dates:
            if d.is_day and not d.anchored:
                r.day_dates.append(d)
                if background_day(r, d, s):
                    r.background_days.append(d)


def background_day(r: _Report, d, s: int) -> bool:
    """"All four had been transferred to solitary confinement on Sunday": a day its sentence gives to a
    sentence or transfer told in the pluperfect is the lead-up's, so "were executed the same morning"
    in a later sentence points past it, at the day of the news (report.resolve; rule
    period.same_day_past_background). "Six others were transferred the same day" still points at it."""
    before = [t for t in inside(r.f.triggers, s, d.start) if not t.hypothetical]
    return bool(before) and before[-1].event != "executed" \
        and bool(lexicon().clauses.pluperfect.match(r.f.text, before[-1].start, before[-1].end))


def each_year(r: _Report) -> None:
    """"Iran executed more than 500 people in each year from 2015 to 2017": a figure of every year of a
    span of whole years (two to six) becomes one claim per year (rule period.each_year); over one
    year it is that year's figure as it stands; so does a figure told of "both 2022 and 2023"
    (other_of_both_years). After read_sentences, before anything merges."""
    split = []
    for d in r.drafts:
        start, end = d.period
        other = other_of_both_years(r, d)
        if other is not None:
            split += [d, replace(d, period=(date(other, 1, 1), date(other, 12, 31)), span=d.span,
                                 rules=d.rules + ["period.both_years"])]
            continue
        if not (d.per_year and start and end and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
                and 1 <= end.year - start.year <= 5):
            split.append(d)
            continue
        for year in range(start.year, end.year + 1):
            split.append(replace(d, period=(date(year, 1, 1), date(year, 12, 31)), kind="aggregate",
                                 rules=d.rules + ["period.each_year"]))
    r.drafts = split


def other_of_both_years(r: _Report, d: Draft) -> int | None:
    """"In both 2022 and 2023, 34 foreign nationals were executed": a figure of a whole year its
    sentence names as one of two years alike is the other year's figure too; that other year, else
    None (assembly.yaml both_years_*; rule period.both_years)."""
    start, end = d.period
    if not (start and end and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
            and start.year == end.year) or d.compared:
        return None
    s, e = r.f.sentences[d.sentence]
    m = lexicon().assembly.both_years.search(r.f.text, s, e)
    years = (int(m.group("y1")), int(m.group("y2"))) if m else ()
    return years[1] if years and years[0] == start.year else years[0] if years and years[1] == start.year else None


def date_from_follow_ups(r: _Report) -> None:
    """Reads the three sentences after each undated incident (followups.refine_weak); may move its
    weak period to a day they name and make it strong. Before listed_names: an incident that pass
    adds keeps the day it inherited."""
    refine_weak(r.f, r.drafts, r.resolve)


def listed_tables(r: _Report) -> None:
    """Reads lines that make a table (tables.find_tables) and the statistic before them; may drop
    the drafts the sentences made of those lines and add one aggregate per row, with the period of
    the statistic it splits. Before bracketed_rows: a table splits a statistic of the sentences,
    never a bracketed row."""
    found = False
    for table in find_tables(r.f.text, r.f.paragraphs):
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
        if period is None or period[0] is None or event is None:
            continue   # no statistic to split: the lines are something else (a price list, a timetable)
        if heading_event and parent and heading_event != parent.event:
            event = heading_event
        found = True
        for d in rows:
            r.drafts.remove(d)
        for row in table.rows:
            k = bisect_right([x for x, _ in r.f.sentences], row.start) - 1
            country = row.country if table.countries and row.country else (
                parent.country if parent else r.country)
            # "January: 80" under a year's heading: the row is that month of the year (the label is
            # read here: the date finder reads only the windows of sentences that tell of executions)
            month = next((m for m in (month_within(x, period) for x in find_dates(row.label, r.f.published)) if m),
                         None)
            # "- New death sentences: at least 164" among rows of executions: a label naming its own event
            at = r.f.text.find(row.label, row.start, row.end)
            own_event = range_event(r.f.text, row.start, at + len(row.label)) if at >= 0 else None
            draft = Draft(own_event or event, row.value, row.qualifier, month or period, False, "aggregate", country,
                          row.offences, row.label if table.places else None, (), k, (row.start, row.end), None,
                          part=True, listed=True)
            draft.rules = ["table.row", "table.leader" if row.leader else "", "table.each" if row.label != r.f.text[row.start:row.end] else "",
                           "event.table_label" if own_event and own_event != event else "",
                           "period.table_label" if month else
                           "period.heading" if own else "period.parent" if parent else "period.statistic_span",
                           "period.heading_not_compared" if len(own) < len(spans) else "",
                           "country.table_label" if country == row.country and table.countries else "country.parent",
                           "location.table_label" if table.places else "", "kind.aggregate.table"]
            draft.rules = [x for x in draft.rules if x]
            r.drafts.append(draft)
            if row is table.rows[-1] or table.rows[table.rows.index(row) + 1].start != row.start:
                compared_in_row(r, k, row, draft)
    if found:
        r.drafts.sort(key=lambda d: (d.span[0], d.span[1]))


def compared_in_row(r: _Report, k: int, row, draft: Draft) -> None:
    """"Somalia: at least 38, up from 6 in 2022": an earlier figure told in a row's tail is the row's
    statistic compared (drafting.compared), of the row's country, dated by its own year or the row's
    period a year back ("up from 18 the previous year"). Read here: a row with no word of executions
    is outside the windows the count finders read."""
    for c in comparison_counts(r.f.text, [(row.end - len(row.tail), row.end)] if row.tail else []):
        compared(r, k, c, draft)
    parts_in_row(r, row, draft)


def parts_in_row(r: _Report, row, draft: Draft) -> None:
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


def bracketed_rows(r: _Report) -> None:
    """Reads sentences with bracketed figures that split a figure of executions ("The other states
    to carry out executions in 2024 are Alabama (four), Missouri (three) and Utah (one)"); may drop
    the drafts made of them and add one aggregate per bracket, over the sentence's span."""
    f = r.f
    for i, (s, e) in enumerate(f.sentences):
        if "(" not in f.text[s:e]:
            continue
        rows = inline_rows(f.text, s, e)
        event = range_event(f.text, s, rows[0].start) if rows else None
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


def shared_each(r: _Report) -> None:
    """Reads sentences that give several places one figure each ("Alabama, South Carolina and Texas
    each carried out five executions", tables.each_rows); replaces the statistic the sentence made of
    that number with one per place, each with its period and event (SCHEMA.md: a breakdown by place is
    a claim each). Labels that each name another country than the report's are the claims' countries;
    otherwise they are places in the statistic's country ("Georgia" beside "Ohio" is the state).
    After bracketed_rows."""
    f = r.f
    for i, (s, e) in enumerate(f.sentences):
        rows = each_rows(f.text, s, e) if lexicon().each_word.search(f.text, s, e) else []
        made = [d for d in r.drafts if rows and d.sentence == i and d.kind == "aggregate" and not d.compared
                and max(d.span[0], rows[0].start) < min(d.span[1], rows[0].end)]   # made of that very number
        if not made:
            continue   # the number made no statistic: not a figure of executions, or not one we read
        d = made[0]
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


def listed_names(r: _Report) -> None:
    """Reads names listed one per line under a heading ("... the following prisoners:") and the
    incident told just before it; may drop the drafts made of the lines, label that incident's names
    and offences, or add it when its sentence gave no number ("Prisoners held in X were executed
    on Wednesday", listed_incident)."""
    f = r.f
    for listed in find_name_lists(f.text, f.paragraphs):
        r.drafts = [d for d in r.drafts if not listed.start <= d.span[0] < listed.end]
        p = r.paragraph(listed.heading[0])
        lead_start = f.paragraphs[max(p - 1, 0)][0]
        near = [d for d in r.drafts if lead_start <= d.span[0] < listed.start]
        n = len(listed.names)
        target = next((d for d in reversed(near) if d.count == n and d.kind == "event"), None)
        if target is None and near:
            continue   # the list names some of a larger figure, or another fact: leave both alone
        if target is None:
            target = listed_incident(r, lead_start, listed.start, n, listed.heading[0])
            if target is None:
                continue
            r.drafts.append(target)
            r.drafts.sort(key=lambda d: (d.span[0], d.span[1]))
        target.names = target.names or listed.names
        target.offences = tuple(o for o in TAXONOMY if o in set(target.offences) | set(listed.offences))
        target.rules.append("names.listed_after_colon")


def listed_incident(r: _Report, start: int, end: int, n: int, heading: int) -> Draft | None:
    """The execution (or death sentence, or transfer) told between `start` and `end` without a
    number, as a claim of `n` people: its people are before a passive trigger ("Prisoners held in X
    were executed on Wednesday"), or after an active one in the heading (from `heading` on) whose
    object is the list ("the court sentenced the following prisoners to death:"), a verb."""
    f = r.f
    # (an active noun, "an end to the execution of the following", may be governed: only a verb here)
    t = next((t for t in inside(f.triggers, start, end) if not t.hypothetical
              and (t.voice == "passive" or t.start >= heading and not noun_trigger(f.text, t)
                   and not noun_trigger_sentence(f.text, t))), None)
    if t is None:
        return None
    i = bisect_right([x for x, _ in f.sentences], t.start) - 1
    s, e = f.sentences[i]
    days = [d for d in inside(f.dates, s, e) if d.is_day and not d.dateline and not side_date(f.text, d)]
    period = r.resolve(days[-1]) if days else (f.published, f.published)
    places = inside(f.places, s, e)
    draft = Draft(t.event, n, "exact", period, not days, "event", r.country, (),
                  places[0].text if places else None, (), i, (t.start, t.end), None)
    draft.source_trigger = t
    draft.rules = [f"trigger.{t.event}:{' '.join(f.text[t.start:t.end].lower().split())}", "count.listed_names",
                   "period.stated" if days else "period.inherited", "kind.event.named", "country.report"]
    return draft


def lead_up_to_execution(r: _Report) -> None:
    """Drops the death sentences and transfers of people the field names as executed
    (background.lead_up_of_executed), each with `reject.background`. After listed_names: a list
    may name the executed."""
    for d in lead_up_of_executed(r.drafts):
        r.drafts.remove(d)
        r.reject_span(d.sentence, *d.span, "reject.background")


def group_members(r: _Report) -> None:
    """Drops the drafts of a sentence naming members of a group told before ("Among those executed
    was X", members.py), with `merge.member_of_group`, the names going to the group's incident.
    After listed_names and lead_up_to_execution: they label the groups this reads."""
    for d in members_of_group(r.drafts, r.f.text, r.f.sentences):
        r.drafts.remove(d)
        r.reject_span(d.sentence, *d.span, "merge.member_of_group")


def same_verdict(r: _Report) -> None:
    """Folds a death sentence told with "also" in the sentence after another of the same day into it
    (same_verdict.py), with `merge.same_verdict`: one verdict, its people added up. After
    lead_up_to_execution: a sentence of people executed is gone by then."""
    for kept, added in added_to_verdict(r.drafts, r.f.text):
        if added not in r.drafts or kept not in r.drafts:
            continue
        kept.count += added.count
        kept.names = tuple(kept.names) + tuple(added.names)
        kept.rules.append("merge.same_verdict")
        kept.merged_from.append(added)
        r.drafts.remove(added)
        r.reject_span(added.sentence, *added.span, "merge.same_verdict")


def cut_at_publication(r: _Report) -> None:
    """Reads every draft's period; may end it on the report's day (ends_by_publication). Last: it
    holds for the drafts of every pass (run before the others, it changes dev2's claims)."""
    ends_by_publication(r.drafts, r.f.published)


def ends_by_publication(drafts: list[Draft], published: date | None) -> None:
    """"Executed in 2025" in a report of 9 May 2025 covers 1 January to 9 May: nothing said
    to have happened can end after the report that tells it (an imminent execution may)."""
    if published is None:
        return
    for d in drafts:
        start, end = d.period
        if d.event != "imminent" and start and end and start <= published < end:
            d.period = (start, published)
            d.rules.append("period.ends_by_publication")


PASSES = (
    read_sentences,
    each_year,
    date_from_follow_ups,
    listed_tables,
    bracketed_rows,
    shared_each,
    listed_names,
    lead_up_to_execution,
    group_members,
    corrected_reports,
    same_verdict,
    cut_at_publication,
)


def assemble(f: Field, default_country: str) -> tuple[list[Draft], list[Rejection], list[Rejection]]:
    """All claims of one field, merged, the candidates rejected on the way, and the counts set
    aside unlisted (decisions.Aside, each with its rule: what `--explain` says of a silent sentence)."""
    report = _Report(f, default_country)
    for step in PASSES:
        step(report)
    kept, dropped = merge([d for d in report.drafts if d.count > 0])   # the drafts that count someone
    for d, rule in dropped:
        report.reject_span(d.sentence, *d.span, rule)
    return kept, report.rejections, report.asides
