"""From mentions to claims: link each count to what happened, when, where and why.

Precision comes first (a phantom number costs more than a missed one), so a count
becomes a claim only when a trigger says what happened to those people in the
same sentence, or when the count names executions itself ("64 executions").
The period is the nearest time expression in the sentence; failing that it is
inherited from the figure being broken down or from the paragraph, and such
inherited periods are "weak": they yield to an explicit one when the same fact is
restated, so headline and body give one claim.

This module reads a field in passes (PASSES, in order) and merges what they made; the state
they share is in report.py, the rules of a sentence's counts in candidates.py, the passes over
lists, tables and shared figures in table_passes.py.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from .background import lead_up_of_executed
from .candidates import sentence
from .clauses import noun_trigger, noun_trigger_sentence
from .corrections import corrected_reports
from .followups import refine_weak
from .lexicon import lexicon
from .linking import inside
from .listed_days import listed_days
from .members import members_of_group
from .numbers import parse_number
from .date_names import YEAR_IN
from .offences import TAXONOMY
from .rejections import offence_date, side_date
from .report import Draft, Field, Rejection, Report   # components.py and lang/assemble.py take Field, Rejection from here
from .restatements import merge, retold_in_sentence
from .restated_spans import restated_span
from .same_verdict import added_to_verdict
from .scheduled_lists import scheduled_lists
from .table_passes import bracketed_rows, listed_tables, shared_each
from .tables import find_name_lists

# The assembly of one field: passes over the report in the order of PASSES, each reading the drafts
# the ones before it made. Of the reorderings tried on the labelled sets only moving the last one
# changed the output; the notes say where the order would matter all the same.

def read_sentences(r: Report) -> None:
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


def background_day(r: Report, d, s: int) -> bool:
    """"All four had been transferred to solitary confinement on Sunday": a day its sentence gives to a
    sentence or transfer told in the pluperfect is the lead-up's, so "were executed the same morning"
    in a later sentence points past it, at the day of the news (report.resolve; rule
    period.same_day_past_background); so does a pluperfect sentence whose lead-up we read as no trigger.
    "Six others were transferred the same day" still points at it."""
    before = [t for t in inside(r.f.triggers, s, d.start) if not t.hypothetical]
    pluperfect = lexicon().clauses.pluperfect
    if before and pluperfect.match(r.f.text, before[-1].start, before[-1].end):
        return before[-1].event != "executed"
    # "They had been moved from Unit 2 of the prison to solitary confinement on Monday": a sentence in
    # the pluperfect that tells no execution, whose verb we read apart from its trigger or not at all,
    # tells a lead-up all the same
    e = r.f.sentences[r.sentence(d.start)][1]
    return not any(t.event == "executed" for t in inside(r.f.triggers, s, e)) \
        and pluperfect.search(r.f.text, s, before[0].start if before else d.start) is not None


def each_year(r: Report) -> None:
    """"Iran executed more than 500 people in each year from 2015 to 2017": a figure of every year of a
    span of whole years (two to six) becomes one claim per year (rule period.each_year); over one
    year it is that year's figure as it stands; so does a figure told of "both 2022 and 2023"
    (other_of_both_years). After read_sentences, before anything merges."""
    split = []
    for d in r.drafts:
        start, end = d.period
        earlier = years_before_each(r, d)
        if earlier:
            split += [replace(d, period=(date(y, 1, 1), date(y, 12, 31)), kind="aggregate",
                              rules=d.rules + ["period.each_previous_year"]) for y in earlier]
            continue
        other = other_of_both_years(r, d)
        if other is not None:
            split += [d, replace(d, period=(date(other, 1, 1), date(other, 12, 31)),
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


def years_before_each(r: Report, d: Draft) -> list[int]:
    """"The count of foreigners executed in 2024 is almost triple the figures for each of the two previous
    years, when 34 were executed": a figure told right after "each of the N previous years" is the figure of
    each of the N years before the year the sentence named first (rule period.each_previous_year); [] else."""
    s, _ = r.f.sentences[d.sentence]
    m = lexicon().assembly.each_previous.search(r.f.text, max(s, d.span[0] - 120), d.span[0])
    if m is None or d.compared:
        return []
    first = YEAR_IN.search(r.f.text[s:m.start()])
    if first is None:
        return []
    year = int(first.group())
    n = parse_number(m.group("n")) or 0
    return [year - k for k in range(1, n + 1)] if 2 <= n <= 5 else []


def other_of_both_years(r: Report, d: Draft) -> int | None:
    """"In both 2022 and 2023, 34 foreign nationals were executed": a figure of a whole year its
    sentence names as one of two years alike is the other year's figure too; that other year, else
    None (assembly.yaml both_years_*; rule period.both_years)."""
    start, end = d.period
    if not (start and end and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
            and start.year == end.year) or d.compared:
        return None
    s, e = r.f.sentences[d.sentence]
    patterns = lexicon().assembly
    m = patterns.both_years.search(r.f.text, s, e) or patterns.years_then_each.search(r.f.text, s, e)
    years = (int(m.group("y1")), int(m.group("y2"))) if m else ()
    return years[1] if years and years[0] == start.year else years[0] if years and years[1] == start.year else None


def date_from_follow_ups(r: Report) -> None:
    """Reads the three sentences after each undated incident (followups.refine_weak); may move its
    weak period to a day they name and make it strong. Before listed_names: an incident that pass
    adds keeps the day it inherited."""
    refine_weak(r.f, r.drafts, r.resolve)


def listed_names(r: Report) -> None:
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


def listed_incident(r: Report, start: int, end: int, n: int, heading: int) -> Draft | None:
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
    i = r.sentence(t.start)
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


def lead_up_to_execution(r: Report) -> None:
    """Drops the death sentences and transfers of people the field names as executed
    (background.lead_up_of_executed), each with `reject.background`. After listed_names: a list
    may name the executed."""
    for d in lead_up_of_executed(r.drafts):
        r.drafts.remove(d)
        r.reject_span(d.sentence, *d.span, "reject.background")


def group_members(r: Report) -> None:
    """Drops the drafts of a sentence naming members of a group told before ("Among those executed
    was X", members.py), with `merge.member_of_group`, the names going to the group's incident.
    After listed_names and lead_up_to_execution: they label the groups this reads."""
    for d in members_of_group(r.drafts, r.f.text, r.f.sentences):
        r.drafts.remove(d)
        r.reject_span(d.sentence, *d.span, "merge.member_of_group")


def same_verdict(r: Report) -> None:
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


def cut_at_publication(r: Report) -> None:
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
    scheduled_lists,
    listed_days,
    retold_in_sentence,
    cut_at_publication,
)


def assemble(f: Field, default_country: str) -> tuple[list[Draft], list[Rejection], list[Rejection]]:
    """All claims of one field, merged, the candidates rejected on the way, and the counts set
    aside unlisted (decisions.Aside, each with its rule: what `--explain` says of a silent sentence)."""
    report = Report(f, default_country)
    for step in PASSES:
        step(report)
    kept, dropped = merge([d for d in report.drafts if d.count > 0],   # the drafts that count someone
                          lambda i: f.text[slice(*f.sentences[i])], f.text)
    for d, rule in dropped:
        report.reject_span(d.sentence, *d.span, rule)
    return kept, report.rejections, report.asides
