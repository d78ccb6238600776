"""People named one by one after a group of the same event told with its day: its members, whose
names label the group's incident (reject.member_of_group), or people executed on its day
(period.day_of_group). Rules of periods.PERIOD_RULES, kept apart to keep that table short.

Sources: how rights groups and wires tell a group and then its people ("Seven prisoners were executed
in Qezelhesar on Wednesday. ... Rahimi was executed on drug charges."; "Japan hanged two men on
Friday.\n\nA was executed at the Tokyo Detention House. B was put to death in Osaka.").
"""
from __future__ import annotations

import re

from .casefold import search
from .decisions import Candidate, Period, Reject
from .lexicon import words
from .members import opens_on_member
from .numbers import NUMBER

_W = words("assembly.yaml")
# "in three different prisons", "in separate jails", "in four cities", "across the country"
_SPREAD = re.compile(
    rf"\b(?:(?:(?:{NUMBER})\s+)?(?:{_W['spread_adjectives']})\s+(?:\w+\s+)?(?:{_W['spread_sites']})"
    rf"|(?:{NUMBER})\s+(?:{_W['spread_sites']})|{_W['spread_phrases']})\b", re.IGNORECASE)

_MEMBER_REACH = 3   # sentences: a person named this soon after a group, at no other site, is one of it
_BACKGROUND_OPENER = re.compile(rf"\b(?:{_W['background_openers']})\b", re.IGNORECASE)


def named_member_of_group(x: Candidate) -> Reject | None:
    """"Seven prisoners were executed in Qezelhesar on Wednesday. The identity of one of them, Ali
    Rahimi, has been confirmed. Rahimi was executed on drug charges.": a person named with no day and
    no other site of their own, in the paragraph of an incident of more people told just before
    (nobody else named as executed since), is one of its people: the name labels that incident, and
    makes none of its own (reject.member_of_group). So is a person the report named after that group
    in any later paragraph ("The group named them as A, B and C ... A relative said C was hanged
    although ..."). Before `day_of_group` and `inherited`, which would
    make them a second incident on its day."""
    c, r = x.c, x.report
    if c.noun != "name" or x.dates or x.part or opens_on_member(x.text, x.s) \
            or search(_BACKGROUND_OPENER, x.text, x.s, min(c.start, x.t.start) if x.t else c.start):
        return None   # (members.py reads "Those executed include X"; "came after they executed X" is told apart)
    own = r.place(c, x.t, x.s, x.e)
    group = next((d for d in reversed(r.drafts) if d.event == x.event and not d.compared), None)
    if group is None or group.kind != "event" or group.part or group.weak or group.count < 2 \
            or group.count <= len(group.names) or group.sentence >= x.i \
            or not (own is None or group.location and _same_site(group.location, own)):
        return None
    # a person the report already named after the group ("Haalvsh named them as A, B and C ... A was
    # hanged even though ...") is one of it however far on; anyone else only in its paragraph, soon after
    named_before = all(_named_between(x.text, n, group.span[1], x.s) for n in c.names)
    if not named_before and not (x.i - _MEMBER_REACH <= group.sentence
                                 and r.paragraph(group.span[0]) == r.paragraph(x.s)):
        return None
    group.names = group.names + tuple(n for n in c.names if n not in group.names)
    group.rules.append("names.member_of_group")
    return Reject("reject.member_of_group")


def _named_between(text: str, name: str, start: int, end: int) -> bool:
    """Whether `name` is written in text[start:end] (as written: a surname alone matches only itself)."""
    return bool(name) and re.search(rf"\b{re.escape(name)}\b", text[start:end]) is not None


def day_of_group(x: Candidate) -> Period | None:
    """"Three men were hanged on Sunday in separate prisons.\n\nA was hanged in Isfahan. B was
    executed in Mashhad.": people named one by one in the paragraph after a group told with its day
    are its people, executed that day (weak, as inherited); so are its parts counted by who they
    were ("Saudi Arabia executed eight people on Saturday.\n\nFour Somalis and three Ethiopians were
    put to death in Najran. A Saudi man was executed for killing his mother"), adding up to no more
    than the group, a part that shares the verb of the one before it too ("Eleven were hanged in A and
    four more in B"). Before `inherited`: the paragraph names no day of its own."""
    r, c = x.report, x.c
    if c.noun not in ("name", "person", "ellipsis") or r.day_in_paragraph(x.s):
        return None
    p = r.paragraph(x.s)
    group = _last_group(r.drafts)
    if group is None or group.kind != "event" or group.part or group.event != x.event or group.count < 2 \
            or group.period[0] != group.period[1] or not r.paragraph(group.span[0]) < p:
        return None
    # (further back than the paragraph before: people counted, not named (names.member_of_group reads
    # those), with no other day since, "Thirteen were hanged in three cities on Tuesday.\n\nSix of them
    # ... in Urmia.\n\nIn Mashhad, a man was hanged in a square")
    if r.paragraph(group.span[0]) < p - 1 and (
            c.noun != "person" or any(n.noun == "name" for n in x.counts)
            or any(r.f.sentences[group.sentence][1] <= d.start < x.s for d in r.day_dates)):
        return None
    named = [d for d in r.drafts if d.span[0] > group.span[1] and d.sentence != group.sentence]
    if any(d.weak is False or r.paragraph(d.span[0]) != p for d in named) \
            or sum(d.count for d in named) + c.value > group.count:
        return None
    if c.noun == "name" and group.location and _same_site(group.location, r.place(c, x.t, x.s, x.e)):
        # "Three prisoners were hanged in Ghezel Hesar on Wednesday.\n\nAli Karimi was executed for drug
        # offences": one of the group, told at no other site, labels its incident (SCHEMA.md: one claim
        # per fact); only a site of their own makes the named an incident apart
        group.names = group.names + tuple(n for n in c.names if n not in group.names)
        group.rules.append("names.member_of_group")
        return Reject("reject.member_of_group")
    if c.noun == "name" and not group.location and len(group.names) + c.value <= group.count \
            and not search(_SPREAD, x.text, group.span[0], x.s) and not opens_on_member(x.text, x.s) \
            and not _named_in(c.names, group.names):
        # "Japan hanged two men on Friday.\n\nA was executed at the Tokyo Detention House. B was put to
        # death in Osaka": a group told at no site, and not as spread over several, is told again person
        # by person with the site where each died; the names label its incident
        group.names = group.names + tuple(n for n in c.names if n not in group.names)
        group.rules.append("names.sites_of_group")
        return Reject("reject.member_of_group")
    return Period(group.period, ("period.day_of_group",), weak=True)


def _named_in(names: tuple, group: tuple) -> bool:
    """Whether one of `names` is a person the group already names ("Asahara" after "Shoko Asahara"):
    restatements.merge folds a person told again, and what the report counts beside them."""
    last = {g.split()[-1] for g in group if g.split()}
    return any(n.split() and n.split()[-1] in last for n in names)


def _last_group(drafts: list):
    """The last draft dated apart (not weak); when that is a running total told in the sentence of an
    incident ("were hanged on Thursday, bringing to 13 the number executed this month"), the incident."""
    group = next((d for d in reversed(drafts) if not d.weak), None)
    if group is not None and group.kind == "aggregate":
        group = next((d for d in reversed(drafts) if not d.weak and d.kind == "event"
                      and d.sentence == group.sentence and d.span[0] < group.span[0]), group)
    return group


def _same_site(group: str, own: str | None) -> bool:
    """Whether a named person's own place (None: none told) is the site of their group."""
    if own is None:
        return True
    a, b = (" ".join(re.sub(r"[^\w\s]", " ", p.lower()).split()) for p in (group, own))
    return a in b or b in a
