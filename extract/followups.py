"""Dates a claim takes from the sentences after it: the follow-up that dates an undated
incident, and the date an imminent execution is scheduled for.

Reports often state the fact first and its date next ("Two men were sentenced to death in
Shiraz. The verdict was communicated to them last week."); the follow-up dates the claim
when it refers back to the same event and states no figure of its own.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .count_dates import nearest_date
from .dates import find_dates
from .lexicon import lexicon, words
from .casefold import search
from .linking import inside
from .notions import is_incident_span
from .rejections import offence_date

_W = words("followups.yaml")
_EVENT_WORDS = {
    "executed": re.compile(rf"\b(?:(?:{_W['executed_stems']})\w*|{_W['executed_words']})\b", re.IGNORECASE),
    "sentenced": re.compile(rf"\b(?:(?:{_W['sentenced_stems']})\w*|{_W['sentenced_words']})\b", re.IGNORECASE),
    "imminent": re.compile(rf"\b(?:{_W['imminent_words']})\b", re.IGNORECASE),
}
_MONTH_WORDS = re.compile(rf"\b(?:{_W['undated_month_auxiliaries']})\s+(?:[a-z]+ly\s+)?"
                          rf"(?:(?:{_W['executed_stems']})\w*|{_W['executed_words']}|{_W['undated_month_words']})\b",
                          re.IGNORECASE)
_MONTH_DAYS = 31   # "in November", "earlier this month": the longest span that dates an undated incident
# A sentence that opens by pointing back at the fact just told: "It took place on Sunday",
# "The hanging was carried out at dawn on Friday".
# "had announced the executions on ", "said on ": a day the news was told, up to three words after the verb
_TOLD_ON = re.compile(rf"\b(?:{words('linking.yaml')['said_verbs']})\s+(?:[\w'’-]+\s+){{0,3}}?(?:on\s+)?$",
                      re.IGNORECASE)
_REFERS_BACK = re.compile(rf"(?:{_W['refers_back_openers']}|The\s+(?:\w+\s+)?(?:{_W['refers_back_nouns']}))\b")
# "Rights groups said the executions took place on Tuesday": a sentence that points back at the
# executions just told, after at most five words of who says so (attribution.yaml `after` verbs)
_SAID_THE_EXECUTIONS = re.compile(
    rf"^(?:[\w'’-]+\s+){{1,5}}?(?:{words('attribution.yaml')['after']})\s+(?:that\s+)?"
    rf"(?:{_W['restated_determiners']})\s+(?:{_W['restated_nouns']})\b", re.IGNORECASE)
_SCHEDULED = re.compile(
    rf"\b(?:{_W['scheduled']}|execution\s+(?:is|was)\s+(?:\w+\s+)?(?:{_W['execution_set_words']}))\b", re.IGNORECASE)


def refine_weak(f, drafts, resolve) -> None:
    """An undated incident takes the date named in one of the next three sentences that goes
    on about the same kind of event (or opens by referring back to it) without a figure of
    its own: a day, or a span of a week at most."""
    strong = {d.sentence for d in drafts if not d.weak}
    for d in drafts:
        if not d.weak or d.kind != "event":
            continue
        for j in range(d.sentence + 1, min(d.sentence + 4, len(f.sentences))):
            s, e = f.sentences[j]
            if j in strong or not (_EVENT_WORDS[d.event].search(f.text, s, e) or _REFERS_BACK.match(f.text, s)):
                continue
            # a group's day told before it ("Three men ... were hanged along with four others", after the
            # lead's "Kuwait hanged seven on Wednesday") is not moved by the day the news was told ("The
            # prosecution had announced the executions on Monday")
            of_group = "period.day_of_group" in d.rules
            days = [resolve(x) for x in inside(f.dates, s, e) if not x.dateline
                    and not (of_group and search(_TOLD_ON, f.text, max(s, x.start - 50), x.start))]
            days = [p for p in days if is_incident_span(p[0], p[1])]
            if days:
                d.period = days[0]
                d.weak = False
                d.dated_by = j   # shown beside its evidence (support.py)
                break
        if d.weak and d.event == "executed":
            _month_of_undated(f, d, strong, resolve)


def _month_of_undated(f, d, strong: set, resolve) -> None:
    """"Belarus has executed X ... According to his family, he was shot in November": an execution
    the lead gives no day takes the month (at most) told right after a word of the death in one of the
    next three sentences with no figure of its own, when that month began by the report's day."""
    for j in range(d.sentence + 1, min(d.sentence + 4, len(f.sentences))):
        s, e = f.sentences[j]
        word = None if j in strong else _MONTH_WORDS.search(f.text, s, e)
        if word is None:
            continue
        # (read here: the date finder reads only the sentences with a trigger, and "shot" is none)
        for x in find_dates(f.text[word.end():e], f.published):
            p = resolve(x)
            if not x.dateline and p[0] and p[1] and (p[1] - p[0]).days <= _MONTH_DAYS \
                    and (f.published is None or p[0] <= f.published) and x.start < 30:
                # (the month of the report runs to its day: "in November" told on 28 November)
                end = min(p[1], f.published) if f.published else p[1]
                d.period, d.weak, d.dated_by = (p[0], end), False, j
                d.rules.append("period.month_told_after")
                return


def _incident_days(f, s: int, e: int, resolve) -> list[tuple]:
    """The periods of an incident's length (a day, a week at most) named in text[s:e], no
    dateline. "The verdict had been issued the day before": an anchored day counts once resolved."""
    return [p for p in (resolve(x) for x in inside(f.dates, s, e) if not x.dateline)
            if is_incident_span(p[0], p[1])]


def dated_next(f, i: int, event: str, resolve) -> bool:
    """"Kuwait has executed seven prisoners ... They were hanged at the central prison on
    Wednesday": whether the sentence right after sentence `i` opens on its people ("They", "The
    seven", assembly.yaml follow_on; "Rights groups said the executions ...") and gives the day of the
    same kind of event. A group whose
    day comes next is an incident, not a figure (periods.undated_group)."""
    if i + 1 >= len(f.sentences):
        return False
    s, e = f.sentences[i + 1]
    opens = lexicon().assembly.follow_on.match(f.text[s:e]) or event == "executed" and _SAID_THE_EXECUTIONS.match(f.text[s:e])
    return bool(opens and _EVENT_WORDS[event].search(f.text, s, e) and _incident_days(f, s, e, resolve))


def scheduled(f, i: int, resolve, at: int = -1) -> tuple | None:
    """The date an imminent execution is scheduled for, if this or the next four sentences say. The
    date is read in the sentence of the phrase that sets it: "... expected to be carried out within
    hours.\n\nOn 1 November, nine were hanged" sets no day. A phrase whose date follows another
    person named after it sets that person's day, not the day of the count at `at` ("Alabama
    intends to execute A on Thursday, and Texas has scheduled the execution of B for Feb. 13")."""
    last = f.sentences[min(i + 4, len(f.sentences) - 1)][1]
    for m in _SCHEDULED.finditer(f.text, f.sentences[i][0], last):
        end = next((e for s, e in f.sentences if s <= m.start() < e), m.end())
        # (not the year of the deed: "plans to execute X for a 1999 killing")
        d = nearest_date([x for x in inside(f.dates, m.start(), min(end, m.end() + 80))
                          if not x.dateline and not offence_date(f.text, x)], m.end(), m.end())
        if d and d.start - m.end() < 60 and d.period_start:
            if any(n.start != at for n in inside(f.names, m.end(), d.start)):
                continue
            return resolve(d)
    return None


def transfer_day(f, i: int, resolve) -> tuple | None:
    """"X was transferred to solitary confinement on Sunday 6 October together with two other
    prisoners. ... The two men are at imminent risk of execution": the day of the last transfer told
    in the three sentences before sentence `i` (a day right after an imminent trigger there), which
    SCHEMA.md gives an imminent claim with no scheduled day. None when none is told."""
    for j in range(i - 1, max(-1, i - 4), -1):
        s, e = f.sentences[j]
        for t in reversed([t for t in inside(f.triggers, s, e) if t.event == "imminent" and not t.hypothetical]):
            d = nearest_date([x for x in inside(f.dates, t.end, e) if not x.dateline and x.is_day], t.end, t.end)
            if d is not None and d.start - t.end < 60:
                period = resolve(d)
                if period[0] is not None and is_incident_span(*period):
                    return period
    return None


def carried_out_base(text: str, c, drafts, i: int):
    """The claim "the sentence was carried out" refers back to: an incident in this or the two
    sentences before ("his"/"her" only one person's), else for "their" a group told over a span in the
    three before; None when there is none."""
    who = text[c.start:c.start + 5].lower()
    base = next((d for d in reversed(drafts) if d.sentence >= i - 2 and d.kind == "event"
                 and (d.count == 1 or not who.startswith(("his", "her ")))), None)
    if base is None and who.startswith("their"):
        # "Three Kurds were hanged last month ... their death sentences were carried out on 25
        # January": a group told over a span, dated by the sentence that says it was carried out
        base = next((d for d in reversed(drafts) if d.sentence >= i - 3 and d.count > 1 and not d.compared), None)
    return base


def carried_out(text: str, c, drafts, i: int):
    """"The qisas sentence was implemented on Tuesday": the people executed are those of the
    claim in this or the two sentences before (a death sentence, usually); "his"/"her" alone
    is one person. None when "the sentence" has nothing to refer back to."""
    who = text[c.start:c.start + 5].lower()
    base = carried_out_base(text, c, drafts, i)
    if base is not None:
        return replace(c, value=base.count, qualifier=base.qualifier, names=base.names)
    return c if who.startswith(("his", "her ")) else None
