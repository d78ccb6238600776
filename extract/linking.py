"""Which trigger, names and place a count or a name belongs to, and span look-ups over sorted mentions.

A count is the subject of the passive trigger after it or the object of the active one
before it ("nine men were hanged", "hanged nine men"); a name links only to a trigger
right beside it. Pure functions over one field's text and mentions (see assemble.py).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter

from .casefold import search, search_apart
from .clauses import noun_trigger
from .dates import DateMention
from .lexicon import lexicon, words
from .mentions import Count, Trigger

_W = words("linking.yaml")
# "took its 2025 total to 260", "the year's tally": a year that dates the figure after it
_FIGURE_AFTER = re.compile(rf"\s+(?:{_W['figure_nouns']})\b", re.IGNORECASE)
_FIGURE_OWNER = re.compile(rf"(?:\b(?:{_W['figure_owners']})|['’]s)\s+$", re.IGNORECASE)
# "X, a Sunni prisoner", "X, 31, a Kurdish prisoner": an age may stand between the name and its description
APPOSITION = re.compile(r"^\s*(?:,\s*(?:\d{1,3}\s*,\s*)?|\s+named\s+|\s+identified\s+as\s+)$", re.IGNORECASE)


def inside(items, start, end):
    """The items (sorted by start) lying within [start, end), found by bisection so that
    a megabyte-long report stays linear."""
    i = bisect_left(items, start, key=start_of)
    return [x for x in items[i:bisect_left(items, end, lo=i, key=start_of)] if x.end <= end]


# an item's start offset; a C-level getter, as bisection calls it a few times per look-up
start_of = attrgetter("start")


_AND_THEN = re.compile(r"[^,;:.!?]*\band\s+(?:\w+ly\s+|then\s+)?$")


def link(count: Count, triggers: list[Trigger], text: str) -> Trigger | None:
    """The trigger a count is the subject or object of: the first passive trigger after it
    that is not inside a relative clause ("X, who was moved ..., was executed"), or the
    nearest active trigger before it; the closer of the two."""
    # a colon ends the count's clause: "the two women are at risk of execution: at least 31 women
    # were executed in 2024" (the verb after it has its own subject)
    after = [t for t in triggers if t.voice == "passive" and t.start >= count.end and t.start - count.end < 220
             and ":" not in text[count.end:t.start] and not _another_subject(count, t, text)]
    main = [t for t in after if not _in_relative_clause(text, count.end, t.start)] or _after_relative_verb(text, after)
    passive = (main or after or [None])[0]
    if passive is not None and passive.event in ("sentenced", "imminent"):
        # "three men were sentenced to death in 2019 and hanged on Tuesday": one subject, two verbs;
        # the execution is the news, the sentence or transfer before it its lead-up
        then = next((t for t in main if t.start >= passive.end and t.event == "executed"), None)
        if then is not None and _AND_THEN.match(text, passive.end, then.start):
            passive = then
    before = [t for t in triggers if t.voice == "active" and t.end <= count.start and count.start - t.end < 160
              and not _CONCESSIVE.search(text, t.end, count.start)]
    active = before[-1] if before else None
    if active and passive:
        return active if count.start - active.end < passive.start - count.end else passive
    return active or passive


# "two men were shot dead in Ghazni, and a third was executed": a new clause with a subject of its own
_AND_NEW_CLAUSE = re.compile(r",\s+and\s+")
_SINGULAR_VERB = re.compile(rf"(?:{_W['singular_auxiliaries']})\b", re.IGNORECASE)


def _another_subject(count: Count, t: Trigger, text: str) -> bool:
    """Whether a singular passive verb ("was executed") after a count of several people stands in a
    clause joined by ", and" after them, with a subject of its own ("two men were shot dead on 22
    February, and a third was executed four days later"): never the verb of those several."""
    return count.value > 1 and bool(_SINGULAR_VERB.match(text, t.start)) \
        and bool(_AND_NEW_CLAUSE.search(text, count.end, t.start))


# ", despite appeals from ... a visiting EU official": a clause of its own after the verb's object
_CONCESSIVE = re.compile(rf",\s+(?:{_W['concessive_openers']})\b", re.IGNORECASE)
_FINITE = re.compile(rf"\s*(?:{_W['finite_auxiliaries']})\b", re.IGNORECASE)
_CONTINUES = re.compile(rf"[,;:]|\b(?:{_W['relative_continuers']})\b", re.IGNORECASE)


def _after_relative_verb(text: str, after: list[Trigger]) -> list[Trigger]:
    """"A young man who was sentenced to death for a crime committed at 17 was hanged on Tuesday":
    every passive trigger after the count stands past a relative opener, but the clause holds one
    finite verb, its first trigger; a finite passive trigger after it ("was hanged"), with no comma,
    conjunction or new opener between, is the people's main verb. [] when there is none."""
    if len(after) < 2:
        return []
    clause, then = after[0], after[1]
    if _FINITE.match(text, then.start) and not _CONTINUES.search(text, clause.end, then.start):
        return [then]
    return []


_TIME_ADVERB = re.compile(rf"\b(?:{words('linking.yaml')['time_adverb_units']})\s+(?:before|after)\s+$", re.IGNORECASE)


def _in_relative_clause(text: str, s: int, e: int) -> bool:
    """Whether a trigger at `e` stands in a relative clause opened after the count ending at `s`
    ("X, who was moved ..., was executed"); "the day before", "a week after" right before the
    trigger are adverbs of the clause before, and the trigger is the main verb ("prisoners who had
    been moved to solitary confinement the day before were hanged")."""
    m = search_apart(lexicon().linking.relative_clause, text[s:e])
    return m is not None and not search(_TIME_ADVERB, text, max(s, e - 40), e)


def link_name(name: Count, triggers: list[Trigger], text: str) -> Trigger | None:
    """Names link only to a trigger right beside them: "X, a Sunni prisoner, was executed",
    "X, 52, from Ilam, was hanged", "Another of them, 53-year-old X, was hanged",
    "hanged X", "the execution of X", "the hanging of the first protester, X", and (a name opening
    its clause) "X, executed in November, had ..." -- a name elsewhere in the sentence is someone else."""
    # "Another of them, 53-year-old X, was hanged": a name set off by commas closes with one
    closing = r"\s*,)?" if _NEW_PERSON_SET_OFF.search(text, max(0, name.start - 60), name.start) else ")?"
    for who in ("", r"(?:,\s*who\s+)"):   # "... most recently X, who was hanged on 2 March" only as a fallback
        for t in triggers:
            gap = text[name.end:t.start]
            if t.voice == "passive" and t.start >= name.end and len(gap) < _NAME_GAP and re.fullmatch(
                    rf"(?:\s*,[^,]{{1,90}}(?:,[^,]{{1,60}}){{0,2}},|{closing}(?:{_AFFILIATION})?\s*(?:also\s+|reportedly\s+|{_INTENSIFIER})?{who}",
                    gap):
                return t
    for t in reversed(triggers):
        gap = text[t.end:name.start]
        if t.voice == "active" and t.end <= name.start and (
                (len(gap) < 30 and "," not in gap) or _DESCRIBED.fullmatch(gap) or _ROLE_BEFORE_NAME.fullmatch(gap)):
            return t
    # (a bare participle, read as an active trigger, or one person's "was executed in 2010" after "the
    # other man convicted in the killing, X,"; "The two women, A and B, were executed in ..." is the
    # verb of the group the names restate)
    dated = next((t for t in triggers if (t.voice == "active" or name.value == 1 and _SINGULAR_VERB.match(text, t.start))
                  and t.start >= name.end
                  and _SET_OFF_PARTICIPLE.fullmatch(text, name.end, t.start)
                  and _DATE_AFTER_PARTICIPLE.match(text, t.end)), None)
    if dated is not None:
        return dated   # "the prison once held Saddam Hussein, hanged in December 2006 over ...": his own verb
    if not _CLAUSE_START.search(text, max(0, name.start - 4), name.start):
        return None   # "presided over by Judge X, sentenced them": the name is not the clause's subject
    return next((t for t in triggers if t.voice == "active" and _PARTICIPLE.fullmatch(text, name.end, t.end)
                 and _CLOSED.match(text, t.end)), None)


# "Saddam Hussein himself was hanged": a pronoun that stresses the person, between the name and its verb
_INTENSIFIER = rf"(?:{_W['intensifiers']})\s+"
# "Saddam Hussein, hanged in December 2006": a participle set off after the name, with a date of its own
_SET_OFF_PARTICIPLE = re.compile(r"\s*,\s*")
_DATE_AFTER_PARTICIPLE = re.compile(rf"\s+(?:{_W['participle_date_openers']})\s")
# "Another of them, 53-year-old X": a person not told before, then named, set off by commas (at most
# two words of description before the name); "The other two, brothers X and Y" point back at people
# told before, whom the names only label
# ("Smith was one of two men convicted. The other man, X, was executed in 2010": the one person of a
# pair not told before; "the other two" are told before, as a group)
_NEW_PERSON_SET_OFF = re.compile(
    rf"(?:^|[.;:!?]\s+|\n)(?:{_W['new_person_heads']}"
    rf"|(?:{_W['single_other_heads']})\s+(?:{words('vocab.yaml')['person_nouns_singular']})\b)"
    rf"\b[^,.;:]{{0,30}},\s*(?:[\w'-]+\s+){{0,2}}$", re.IGNORECASE)
# "the hanging of the first protester, X", "executed a Yemeni national, X": a person not told before
# described, then named
_DESCRIBED = re.compile(rf"\s+(?:{_W['new_person_heads']})\s+[\w' -]{{1,40}},\s*", re.IGNORECASE)
# "sentenced Vietnamese real estate tycoon X", "upheld the death sentence of Kurdish social worker and
# activist X": the person described without commas, by words that open no phrase of their own, the
# last a lower-case noun
_ROLE_BEFORE_NAME = re.compile(
    rf"\s+(?:(?!(?:{_W['description_stops']})\s)[\w'’-]+\s+){{0,5}}(?-i:[a-z][\w'’-]*)\s+", re.IGNORECASE)
# characters between a name and its passive verb, descriptions set off by commas included ("A, a senior
# figure in the Bangladesh Nationalist Party, and B, secretary general of the Jamaat-e-Islami party, were executed")
_NAME_GAP = 160
# "A and B of the Bangladesh Nationalist Party were hanged": the party or movement the people
# belonged to, between the names and their verb
_AFFILIATION = r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}"
_CLAUSE_START = re.compile(r"(?:^|[.;:!?]\s+|\n\s*)$")
# "X, executed in November, had been on death row": a past participle set off after the name describes them
_PARTICIPLE = re.compile(r"\s*,\s*\w+ed\b.*", re.DOTALL)
_CLOSED = re.compile(r"[^,.;:]{0,80},")


def listed_after_colon(text: str, s: int, e: int, numeric: list[Count], names: list[Count]):
    """"the execution of four men in X on 27 August: A and B, convicted of murder; C; and D":
    the count just before the sentence's colon and the names listed after it (at most that
    many people), or None. The listed names label that count; they add no count of their own."""
    colon = text.rfind(":", s, e)   # the list's colon, not a dateline's ("Monitor, 11 May:")
    if colon < 0:
        return None
    head = [c for c in numeric if c.end <= colon]
    listed = [n for n in names if n.start > colon]
    if not head or not listed or "." in text[head[-1].end:colon]:
        return None
    if sum(n.value for n in listed) > head[-1].value:
        return None
    return head[-1], listed, colon


def apposed(text: str, c: Count, x: Count) -> bool:
    """Whether `x` is one person set off right after the one person `c`, describing them: "hanged
    X, a Kurdish political prisoner, in Y Prison on Monday" -- the same person, so `x` ends no clause
    of `c`: the place and day after it are still `c`'s."""
    return x.start >= c.end and x.value == 1 and c.value == 1 and x.noun != "name" \
        and bool(APPOSITION.match(text[c.end:x.start]))


_AND_ONLY = re.compile(r"\s*,?\s*and\s+")
# the rest of a part's clause up to the comma that closes it: "..., including a woman, at ..."
_TO_CLOSING_COMMA = re.compile(r"[^,.;:()]{0,40},")


def part_set_off(text: str, c: Count, x: Count) -> bool:
    """Whether `x` is a part of `c` in a clause set off by commas right after it: "hanged at least
    21 people, including a woman, at al-Hut prison on Tuesday" -- the place and day after the
    closing comma are still `c`'s ("196 people, including 81 men executed in March": no comma
    closes the part before its date, which stays the part's)."""
    return x.start > c.end and bool(lexicon().assembly.part_clause.fullmatch(text, c.end, x.start)) \
        and bool(_TO_CLOSING_COMMA.match(text, x.end))


def place_of(text: str, places, dates, counts, c: Count, t: Trigger | None, s: int, e: int) -> str | None:
    """Where a count's people were, from the mentions of its sentence [s, e): the first place
    after the count and its trigger (before the next count), else the subject's own ("one person
    in Yasuj was sentenced ..."), else a prison named before the count."""
    places = [p for p in places if not any(d.start <= p.start < d.end for d in dates)]
    after = [p for p in places if max(c.end, t.end if t else 0) <= p.start < e]
    # "Four Somalis and three Ethiopians were put to death in Najran": a count joined by "and" before
    # the same passive trigger is another part of its subject, and the place after the trigger is theirs too
    nxt = [x.start for x in counts if c.end < x.start and not apposed(text, c, x) and not part_set_off(text, c, x)
           and not (t is not None and t.voice == "passive" and x.end <= t.start
                    and _AND_ONLY.fullmatch(text, c.end, x.start))]
    if nxt:
        after = [p for p in after if p.start < nxt[0]]
    if after:
        return after[0].text
    if t is not None and t.voice == "passive":
        between = [p for p in places if c.end <= p.start and p.end <= t.start
                   and lexicon().linking.subject_place.fullmatch(text[c.end:p.start])]
        if between:
            return between[0].text
    # "In Qezelhesar Prison in Karaj, four men were hanged": the prison, whatever city follows it
    before = [p for p in places if s <= p.start and p.end <= c.start and p.prison]
    return before[-1].text if before else None


def nearest_date(dates: list[DateMention], start: int, end: int) -> DateMention | None:
    best, best_distance = None, None
    for d in dates:
        distance = d.start - end if d.start >= end else start - d.end if d.end <= start else 0
        if best_distance is None or distance < best_distance:
            best, best_distance = d, distance
    return best




def _dates_figure(text: str, d: DateMention) -> bool:
    """A year written between an owner and a figure noun ("its 2025 total", "the 2024 tally"), or a
    date owning one ("this year's figure"): the date of that figure, never of a count before it."""
    if re.match(r"['’]s\b", text[d.end:d.end + 3]) and _FIGURE_AFTER.match(text, d.end + 2):
        return True
    return bool(re.fullmatch(r"\d{4}", d.text) and search(_FIGURE_OWNER, text, max(0, d.start - 12), d.start)
                and _FIGURE_AFTER.match(text, d.end))


def pick_date(text: str, c: Count, t: Trigger | None, dates, counts, e: int):
    """The date a count is stated with: the first in its own clause after it (up to the
    next count, a percentage or a new clause) that is not the day it was said, else the
    nearest before it; the one before it too when the date after is a span (a year, a month)
    past a clause about the people ("whose", "convicted of"): that clause's."""
    own = clause_date(text, c, dates) or possessive_date(text, c, dates) or total_date(text, c, dates) \
        or date_of_noun_trigger(text, c, t, dates)
    if own is not None:
        return own, ""
    region_start = max(c.end, t.end if t and t.start >= c.start else c.end)
    later = [x.start for x in counts if x.start >= region_start and x is not c
             and not (x.noun == "name" and x.start - c.end < 20)   # "a prisoner named X" is one person
             and not apposed(text, c, x) and not part_set_off(text, c, x)]
    region_end = min(later + [e])
    stop = search(lexicon().linking.region_stop, text, region_start, region_end)
    if stop:
        region_end = stop.start()
    for k, d in enumerate(dates):
        said = search(lexicon().linking.said, text, max(0, d.start - 30), d.start)
        if said and not text[c.end:said.start()].strip(" ,"):
            said = None   # "four executions announced on Saturday": the day of the count's own news
        if region_start <= d.start < region_end and not said and not _dates_figure(text, d) \
                and not opens_clause_of(text, d, counts, c, e):
            after = dates[k + 1] if k + 1 < len(dates) else None
            if after is not None and (after.is_day or d.anchored and after.period_start) \
                    and re.fullmatch(r"\s*,\s*(?:in\s+)?", text[d.end:after.start]):
                # "yesterday, Friday 4 April", "two months later, in June": the date written out is the one to trust
                d = after
            before = [x for x in dates if x.end <= c.start and not day_of_saying(text, x)]
            if before and not d.is_day and search(lexicon().linking.person_clause, text, region_start, d.start):
                return before[-1], ""   # "Texas on Tuesday executed a man convicted of ... in 2005"
            at_verb = day_at_verb(text, t, dates)
            if at_verb is not None and not d.is_day:
                return at_verb, ""   # "Iran on Thursday executed X, ... the uprising that began in September"
            return d, text[region_start:d.start]
    shared = date_after_joined(text, c, counts, dates, region_start, e)
    if shared is not None:
        return shared, text[region_start:shared.start]
    before = [d for d in dates if d.end <= c.start and not told_aside(text, d, c)]
    if before and before[-1].is_day:
        return before[-1], ""
    announced = announced_day(text, c, dates, e)   # a day, before a span told earlier ("this month")
    if announced is not None:
        return announced, ""
    if before:
        return before[-1], ""
    return None, ""


_ANNOUNCED = re.compile(rf",\s*(?:{_W['announced_relatives']})\b[^.;:]{{0,60}}?\b(?:{_W['announced_verbs']})\b"
                        rf"[^.;:]{{0,40}}?$", re.IGNORECASE)


def announced_day(text: str, c: Count, dates, e: int):
    """"The most prominent case was the execution of X, a dual national, which the judiciary
    announced on 28 October": with no other date for the count, the day a relative clause says the
    execution was announced on dates it (a day, after the count, in its sentence); else None."""
    return next((d for d in dates if c.end <= d.start < e and d.is_day
                 and search(_ANNOUNCED, text, c.end, d.start)), None)


# between a count and the next one, two objects of one verb: " and the arrest of ", " and "
_JOINED_OBJECT = re.compile(rf"\s+and\s+(?:(?:{words('linking.yaml')['determiners']})\s+)?(?:[a-z][\w-]*\s+){{0,2}}?(?:of\s+)?")


def date_after_joined(text: str, c: Count, counts, dates, region_start: int, e: int):
    """"Hengaw also recorded 17 new death sentences and the arrest of 236 citizens in January": a
    date right after the count joined to `c` by "and" (two objects of one verb, nothing but a noun
    of action between) dates both; else None. Read only when `c`'s own stretch holds no date."""
    later = sorted(x.start for x in counts if x.start >= region_start and x is not c)
    if not later or not _JOINED_OBJECT.fullmatch(text, region_start, later[0]):
        return None
    x = next(x for x in counts if x.start == later[0])
    end = min([y for y in later if y > x.start] + [e])
    stop = search(lexicon().linking.region_stop, text, x.end, end)
    end = stop.start() if stop else end
    return next((d for d in dates if x.end <= d.start < end and not day_of_saying(text, d)
                 and not _dates_figure(text, d)), None)


# between a day and the active verb it dates: nothing, or an adverb ("on Thursday quietly executed")
_DAY_TO_VERB = re.compile(r"\s*(?:\w+ly\s+|also\s+)?")


def day_at_verb(text: str, t: Trigger | None, dates) -> DateMention | None:
    """The day written right before an active trigger ("Iran on Thursday executed Mohsen Shekari",
    "Saudi Arabia on Monday also beheaded ..."): the day of the deed itself, which a month or a
    year later in the sentence (the start of the protests the person was arrested in, the year of
    the crime) never displaces; else None."""
    if t is None or t.voice != "active":
        return None
    return next((x for x in dates if x.is_day and not x.anchored and x.end <= t.start
                 and _DAY_TO_VERB.fullmatch(text, x.end, t.start)), None)


def told_aside(text: str, d: DateMention, c: Count) -> bool:
    """Whether date `d`, before count `c`, stands in a clause set off before it that tells another
    deed: "Pakistan, which lifted its moratorium in December 2014, hanged 326 people", "after lifting
    a moratorium in December 2014, hanging 326 people", "The man, who was arrested in 2019, was
    hanged". The clause opens before the date and closes with a comma before the count."""
    return "," in text[d.end:c.start] and bool(search(lexicon().linking.aside, text, max(0, d.start - 120), d.start))


def day_of_saying(text: str, d: DateMention) -> bool:
    """Whether `d` dates a saying ("the group said on Thursday that ...", "announced on Tuesday
    that"): the day news was told, which never dates a fact the clause after it gives a date of
    its own; it stays the fallback of an undated fact."""
    return bool(search(lexicon().linking.said, text, max(0, d.start - 30), d.start))


# between a date in the possessive and the count it owns: "2023's national total of 24", "last year's 80"
# (up to two modifiers, then a figure noun and "of"; or the number right after): "this year's total
# above the 345 executed in 2024" is no possessive of the 345
_POSSESSIVE_TO_COUNT = re.compile(
    rf"['’]s\s+(?:(?:[\w-]+\s+){{0,2}}?(?:{words('dates.yaml')['figure_nouns']})\s+of\s+)?", re.IGNORECASE)


_DATE_TO_TOTAL = re.compile(r"\s+to\s+(?:\S+\s+){0,2}$")


def total_date(text: str, c: Count, dates) -> DateMention | None:
    """"..., bringing the number of foreigners put to death in 2024 to 101": a date right before the
    "to" of a total's own phrase is the total's span, not the day of the execution that raised it."""
    before = [d for d in dates if d.end <= c.start]
    if c.noun == "total" and before and not before[-1].is_day \
            and _DATE_TO_TOTAL.fullmatch(text, before[-1].end, c.start):
        return before[-1]
    return None


def possessive_date(text: str, c: Count, dates) -> DateMention | None:
    """A date in the possessive right before a count owns it: "30 were executed in 2024, close to
    2023's national total of 24 executions", "above last year's 24" (the count is that date's
    figure, not one of the date told earlier in the sentence)."""
    before = [d for d in dates if d.end <= c.start]
    if before and _POSSESSIVE_TO_COUNT.fullmatch(text, before[-1].end, c.start):
        return before[-1]
    return None


_BEFORE_NOUN = re.compile(r"(?:['’]s)?\s*")
_OF_TO_COUNT = re.compile(r"\s*(of\s+)?")


def date_of_noun_trigger(text: str, c: Count, t: Trigger | None, dates) -> DateMention | None:
    """A date written right before a noun trigger that governs the count ("the January execution of
    X", "Monday's hanging of two men") is that execution's, not a later date of the sentence ("...
    and was about to be used again in September"); else None."""
    if t is None or t.end > c.start:
        return None
    tail = _OF_TO_COUNT.fullmatch(text, t.end, c.start)
    if tail is None or not (noun_trigger(text, t) or tail.group(1)):
        return None
    start = t.start + len(text[t.start:t.end]) - len(text[t.start:t.end].lstrip())
    if text[start:start + 4].lower() == "the ":
        start += 4
    return next((d for d in dates if d.end <= start and _BEFORE_NOUN.fullmatch(text, d.end, start)), None)


# the words between a date and a count of the clause it opens: "in 2023, when the group recorded 61"
_CLAUSE_TO_COUNT = re.compile(r"[^.;:()\d]{0,60}$")


def clause_date(text: str, c: Count, dates) -> DateMention | None:
    """The date that opens the clause a count stands in: "up on the first half of 2025, when
    Hengaw recorded 614 executions", "one more than in 2023, when 24 people were put to death".
    The clause ("when", "during which") tells what happened in that date's span, so its count is
    dated by it, not by a later date of the sentence (which belongs to a figure after it)."""
    before = [d for d in dates if d.end <= c.start]
    if not before:
        return None
    d = before[-1]
    own = lexicon().rejections.own_clause.match(text, d.end)
    if own is None or not search(_CLAUSE_TO_COUNT, text, own.end(), c.start):
        return None
    return d


def opens_clause_of(text: str, d: DateMention, counts, c: Count, e: int) -> bool:
    """Whether date `d`, after count `c`, opens a clause with a count of its own ("The 25 executions
    were one more than in 2023, when 24 people were put to death"): the date is that count's,
    the compared year, never the span of `c`."""
    own = lexicon().rejections.own_clause.match(text, d.end)
    if own is None:
        return False
    # a number, not a name: "15 in 2018, when the Aum Shinrikyo members were put to death" tells who
    return any(x is not c and x.noun != "name" and own.end() <= x.start < e
               and search(_CLAUSE_TO_COUNT, text, own.end(), x.start) for x in counts)
