"""Which trigger, names and place a count or a name belongs to, and span look-ups over sorted mentions
(its date: count_dates.py).

A count is the subject of the passive trigger after it or the object of the active one
before it ("nine men were hanged", "hanged nine men"); a name links only to a trigger
right beside it. Pure functions over one field's text and mentions (see assemble.py).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter

from .casefold import search, search_apart
from .lexicon import lexicon, words
from .mentions import Count, Trigger
from .numbers import NUMBER

_W = words("linking.yaml")
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
             and ":" not in text[count.end:t.start] and not _another_subject(count, t, text)
             and not _included_part(count, t, text)]
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


# ", including the two men hanged on Friday": a part of the group, then a participle with no comma before it
_INCLUSION = re.compile(rf",\s+(?:{_W['inclusion_openers']})\s+(?:the\s+)?[^,;:.!?]*$", re.IGNORECASE)


def _included_part(count: Count, t: Trigger, text: str) -> bool:
    """Whether a bare participle after a count ("signed the warrants of six militants, including the
    two men hanged on Friday") stands in a phrase set off by ", including" that names a part of the
    group: the participle is that part's, never the whole group's ("Six men, including two Afghans,
    were hanged" closes the phrase with a comma and keeps its finite verb)."""
    return not _FINITE.match(text, t.start) and bool(_INCLUSION.search(text, count.end, t.start))


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
    # (a bare participle, read as an active trigger, or one person's "was executed in 2010" after "the
    # other man convicted in the killing, X,"; "The two women, A and B, were executed in ..." is the
    # verb of the group the names restate)
    dated = next((t for t in triggers if (t.voice == "active" or name.value == 1 and _SINGULAR_VERB.match(text, t.start))
                  and t.start >= name.end
                  and _SET_OFF_PARTICIPLE.fullmatch(text, name.end, t.start)
                  and _DATE_AFTER_PARTICIPLE.match(text, t.end)), None) or next(
        # "X, a hairdresser hanged in 2004": the bare participle read as a passive trigger with its preposition
        (t for t in triggers if name.value == 1 and t.voice == "passive" and t.start >= name.end
         and (p := _PARTICIPLE_WORD.match(text, t.start)) is not None
         and _SET_OFF_PARTICIPLE.fullmatch(text, name.end, t.start) and _DATE_AFTER_PARTICIPLE.match(text, p.end())), None)
    # "... most recently X, who was hanged on 2 March" only as a fallback (also "X, 57, who was hanged",
    # where the comma before "who" closes the age set off); then "X, who ran a news channel and was
    # hanged on 12 December": the second verb of the relative clause about X
    for who in ("", r"(?:,?\s*who\s+)", r"(?:,\s*who\s+[^,;:.()]{1,80}?\s+and\s+)"):
        for t in triggers:
            gap = text[name.end:t.start]
            if t.voice == "passive" and t.start >= name.end and len(gap) < _NAME_GAP and re.fullmatch(
                    rf"(?:\s*,[^,]{{1,140}}(?:,[^,]{{1,60}}){{0,4}},|{closing}(?:{_AFFILIATION})?\s*(?:also\s+|reportedly\s+|{_INTENSIFIER})?{who}",
                    gap):
                # "Bryan Jennings, executed in November, who had been sentenced to death in 1979": his
                # execution, set off before the verb of the clause, is what the name tells
                return dated if dated is not None and dated.event == "executed" and dated.start < t.start else t
    for t in reversed(triggers):
        if t.voice == "passive" and t.end <= name.start and _PARTICIPLE_WORD.match(text, t.start) \
                and search(_IDENTIFYING_HEAD, text, max(0, t.start - 40), t.start) \
                and _IDENTIFIED.fullmatch(text, t.end, name.start):
            return t   # "The last woman executed in Singapore was hairdresser X": X is that woman
    for t in reversed(triggers):
        gap = text[t.end:name.start]
        if t.voice == "active" and t.end <= name.start and (
                (len(gap) < 30 and "," not in gap) or _DESCRIBED.fullmatch(gap) or _ROLE_BEFORE_NAME.fullmatch(gap)):
            return t
    if dated is not None:
        return dated   # "the prison once held Saddam Hussein, hanged in December 2006 over ...": his own verb
    if not _CLAUSE_START.search(text, max(0, name.start - 4), name.start):
        return None   # "presided over by Judge X, sentenced them": the name is not the clause's subject
    return next((t for t in triggers if t.voice == "active" and _PARTICIPLE.fullmatch(text, name.end, t.end)
                 and _CLOSED.match(text, t.end)), None)


def linked_trigger(count: Count, triggers: list[Trigger], text: str) -> Trigger | None:
    """The trigger of `triggers` a count is the subject or object of (link_name for a name, link
    for any other count), or None."""
    return link_name(count, triggers, text) if count.noun == "name" else link(count, triggers, text)


# "Saddam Hussein himself was hanged": a pronoun that stresses the person, between the name and its verb
_INTENSIFIER = rf"(?:{_W['intensifiers']})\s+"
# "Saddam Hussein, hanged in December 2006": a participle set off after the name, with a date of its own;
# a few lower-case words of description may open it ("X, a hairdresser hanged in 2004")
_SET_OFF_PARTICIPLE = re.compile(r"\s*,\s*(?:(?:an?|the)\s+(?:[a-z0-9][\w'’-]*\s+){1,4})?")
_DATE_AFTER_PARTICIPLE = re.compile(rf"\s+(?:{_W['participle_date_openers']})\s")
# a trigger written as a past participle alone: a regular "-ed" form or an irregular one ("hung")
# ("The last woman known to have been executed in Singapore was X": the hedged participle too)
_PARTICIPLE_WORD = re.compile(rf"(?-i:[a-z]+ed|{_W['irregular_participles']}|known\s+to\s+have\s+been)\b")
# "The last woman executed in Singapore was hairdresser X", "the first person hanged there was X": a
# person singled out by the head before the participle, named after the copula
_IDENTIFYING_HEAD = re.compile(rf"\b(?:{_W['identifying_heads']})\s+(?:[\w-]+\s+){{0,2}}?"
                               rf"(?:{words('vocab.yaml')['person_nouns_singular']})\s+(?:to\s+be\s+)?$", re.IGNORECASE)
_IDENTIFIED = re.compile(r"[^,.;:]{0,40}?\s(?:was|is)\s+(?:[\w'’-]+\s+){0,3}?", re.IGNORECASE)
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
# "sentenced Vietnamese real estate tycoon X", "upheld the death sentence of the Kurdish social worker
# and political prisoner X": the person described without commas, by words that open no phrase of their
# own, the last a lower-case noun (two descriptions joined by "and" take seven words)
_ROLE_BEFORE_NAME = re.compile(
    rf"\s+(?:(?!(?:{_W['description_stops']})\s)[\w'’-]+\s+){{0,7}}(?-i:[a-z][\w'’-]*)\s+", re.IGNORECASE)
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


# ", two days after the massacre at a school in Peshawar": the places past it are another event's
_OTHER_EVENT = re.compile(rf",\s+(?:(?:{NUMBER}|{_W['other_event_quantities']})\s+(?:{_W['other_event_units']})\s+)?"
                          rf"(?:{_W['other_event_openers']})\s", re.IGNORECASE)


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
    other = _OTHER_EVENT.search(text, max(c.end, t.end if t else 0), e)
    if other is not None:
        after = [p for p in after if p.start < other.start()]
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

