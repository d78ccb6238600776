"""The counts of one sentence on their way to claims: an ordered table of small, named rules.

`sentence` reads a sentence's counts (numbers and names) in order; each is a `Pending` that the
rules of CANDIDATE_RULES read in turn. A rule either refines what is known about the count (its
event and trigger, whether it is a part of a figure, the figure it splits) and returns None, or
decides, with a rule id explained in rules.py:

- `Aside`: no claim and no rejection listed (names labelling the claim before, a count added to
  it, a figure read by another rule);
- `Reject`: no claim, listed by `vigil extract --explain` with its `reject.*` id;
- `Made`: a claim, made by the last rule (`make_claim`, through drafting.draft_of, which asks the
  period, kind and offence tables of periods.py, kinds.py and offence_rules.py).

The first decision holds, so the table is the order in which a candidate is accepted or rejected.
"""
from __future__ import annotations

import re

from .breakdowns import continues_split, is_statistic
from .candidate_events import (comparison, date_part, ellipsis_alone, ellipsis_no_charge, ellipsis_own_verb, gapped_name, gapped_sentence,
                               linked_event, planned_execution, sentence_carried_out)
from .candidate_names import (NAMED_AS, attach_names, described_and_others, folded_into_group, name_summed_into_count, named_after_count,
                              names_among, names_apposed, names_as_examples, names_of_group, names_of_incident,
                              names_summed_before)
from .candidate_parts import (apposed_subgroups, event_of_figure, figure_split, part_before_a_new_subject,
                              part_larger_than_whole, part_of_figure, part_of_rejected, part_sentenced_before,
                              people_of_incident_described, rest_of_group, share_of_total, split_told_again,
                              trigger_is_the_figure)
from .candidate_refusals import hypothetical_event, no_event, refused_clause, refused_count, told_again
from .candidate_sums import (along_with_named_member, apposition, described_again, executed_along_with,
                             joined_to_refused, summed)
from .casefold import search
from .dates import DateMention
from .decisions import Made, Pending, Reading, Reject, first
from .drafting import draft_of
from .lexicon import lexicon
from .linking import inside, listed_after_colon
from .numbers import DIGIT_NUMBER, parse_number
from .report import Report


# "Of the 340 people put to death in 2025, 232 ...", "Of the 101, 69 ...": a lead naming the figure it splits
_OF_THE_FIGURE = re.compile(rf"\s*Of\s+the\s+(?P<num>{DIGIT_NUMBER})\b[^,.;]{{0,80}},")


def figure_named_by_lead(text: str, s: int, e: int, drafts: list):
    """The figure a sentence [s, e) opening "Of the 340 (people put to death in 2025), ..." splits: the
    last draft told before with that count (not a compared one), however far back; else None."""
    m = _OF_THE_FIGURE.match(text, s, e)
    value = parse_number(m.group("num")) if m else None
    return next((d for d in reversed(drafts) if value and d.count == value and not d.compared), None)


def sentence(r: Report, i: int, s: int, e: int, dates: list[DateMention]) -> None:
    """Reads the counts of sentence `i` ([s, e)) in order; adds their claims to `r.drafts` and
    their rejections to `r.rejections`. `dates` are the sentence's own (no dateline, no side date)."""
    f, text = r.f, r.f.text
    names = inside(f.names, s, e)
    numeric = [c for c in inside(f.counts, s, e)
               if not any(n.start <= c.start < n.end for n in names)]
    if not names and not numeric:
        return   # nothing to link (most sentences): the rest reads only this sentence's counts
    if r.link_line(s):
        for c in numeric:
            r.reject(i, c, "reject.link_line")
        return   # "Related news: Two men executed in Shiraz": another report's headline
    found = inside(f.triggers, s, e)
    triggers = [t for t in found if not t.hypothetical]
    named_as = search(NAMED_AS, text, s, e)
    if named_as:
        attach_names(r, i, [n for n in names if n.start >= named_as.end()], numeric)
        names = [n for n in names if n.start < named_as.end()]
    colon_list = listed_after_colon(text, s, e, numeric, names)
    if colon_list:   # "... on 27 August: A and B; C": the names label the count, the list adds none
        numeric = [c for c in numeric if c.start < colon_list[2]]
        names = [n for n in names if n.start < colon_list[2]]
    counts = sorted(numeric + names, key=lambda c: c.start)
    previous = next((d for d in reversed(r.drafts) if not d.compared), None)
    previous = previous if previous is not None and previous.sentence >= i - 2 else None
    previous = figure_named_by_lead(text, s, e, r.drafts) or previous
    same_paragraph = i > 0 and r.paragraph(s) == r.paragraph(f.sentences[i - 1][0])
    lead_breakdown = bool(lexicon().assembly.breakdown_lead.match(text[s:e])) or continues_split(
        text, s, e, previous, i, dates, inside(f.places, s, e), same_paragraph)
    r.lead_breakdown = lead_breakdown
    statistic = previous is not None and is_statistic(previous) and not dates
    at = Reading(r, i, s, e, dates, names, triggers, counts, previous, lead_breakdown, statistic,
                 previous if lead_breakdown else None, colon_list,
                 hypothetical=[t for t in found if t.hypothetical])
    for c in counts:
        x = Pending(at, c)
        decision = first(CANDIDATE_RULES, x)
        if isinstance(decision, Made):
            r.drafts.append(decision.draft)
            at.last = (x.c, decision.draft, x.part)
            if not (x.breakdown or x.c.noun == "ellipsis"):
                at.parent = decision.draft
        elif isinstance(decision, Reject):
            r.reject(i, x.c, decision.rule)
            if decision.seen:
                at.last = (x.c, None, x.breakdown if decision.part is None else decision.part)
        else:
            r.set_aside(i, x.c, decision.rule)


def make_claim(x: Pending) -> Made | Reject:
    """Last, always decides: the claim of the count (draft_of), or the period or kind rule's rejection."""
    at, c = x.at, x.c
    draft = draft_of(at.r, at.i, at.s, at.e, c, x.event, x.t, at.dates, x.context, x.part, at.counts)
    if isinstance(draft, Reject):
        return draft
    draft.names = c.names
    if x.planned:
        draft.rules.insert(1, "event.planned")
    if x.sentenced_before:
        draft.rules.insert(1, "event.executed_sentenced_before")
    if x.described_others:
        draft.rules.insert(2, "count.described_and_others")
    if x.gapped:
        draft.rules.insert(0, "event.gapped")
    draft.part = x.part
    if at.colon_list and c is at.colon_list[0]:
        draft.names = draft.names + tuple(n for group in at.colon_list[1] for n in group.names)
    return Made(draft)


CANDIDATE_RULES = (
    # names that label the claim of the count before them
    folded_into_group,
    names_among,
    names_apposed,
    described_and_others,
    # counts read elsewhere or continuing nothing
    sentence_carried_out,
    comparison,
    date_part,
    ellipsis_alone,
    ellipsis_no_charge,
    ellipsis_own_verb,
    # what happened to these people, and whether they are a part of a figure
    linked_event,
    gapped_name,
    gapped_sentence,
    part_of_figure,
    apposed_subgroups,
    trigger_is_the_figure,
    people_of_incident_described,
    figure_split,
    rest_of_group,
    split_told_again,
    part_before_a_new_subject,
    part_sentenced_before,
    part_larger_than_whole,
    part_of_rejected,
    share_of_total,
    event_of_figure,
    names_of_incident,
    names_as_examples,
    planned_execution,
    # no event, or no new fact
    along_with_named_member,
    executed_along_with,
    hypothetical_event,
    no_event,
    refused_count,
    refused_clause,
    # the same people as the count before
    names_of_group,
    summed,
    joined_to_refused,
    named_after_count,
    apposition,
    described_again,
    name_summed_into_count,
    names_summed_before,
    told_again,
    # a claim, with its period, kind and offences (or their rules' rejection)
    make_claim,
)
