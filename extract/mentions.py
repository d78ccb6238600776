"""Counts and event triggers found in a report, with character offsets (names: name_mentions.py).

These are the raw pieces a claim is built from (see assemble.py). Each finder is a
pure function over a text; patterns come from the data files through lexicon.py.
A count is only a candidate here: it becomes a claim when assemble.py links it to
an execution, sentence or transfer, so "5,000 people on death row" stays a mention.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .casefold import search
from .count_patterns import (AGED_BEFORE, BARE_INCLUDED, BARE_OBJECT, BARE_PARTICIPLE, BARE_SUBJECT,
                             CARRIED_OUT, ELLIPSIS, ELLIPSIS_AND, FOLLOWERS, FROM_COUNTRY, GAPPED,
                             GAPPED_BARE, HYPOTHETICAL, LISTED_SUBJECT, NOT_PEOPLE, ORDINAL_RE,
                             ORDINAL_WIDER, OWN_PEOPLE, PAIR, PARTITIVE, PARTITIVE_BARE, PARTITIVE_FIGURE,
                             MEMBER_OF_GROUP, PART_OF_COUNT, PART_OF_KNOWN, POINTED_BACK, RANKED, RANKED_FOLLOWERS,
                             RANKED_ITEM, RANKED_LEAD, TOTAL, UNKNOWN_CASES, UNKNOWN_PART, VERB_OF_OVER,
                             YEAR_BEFORE)
from .comparisons import (bare_kept, changed_from_range, changed_range, compared_figure, compared_series, equalled_figure,
                          multiplied_range, range_event, range_figures, year_figure)
from .date_names import YEAR_IN
from .lexicon import lexicon, qualifier_after, qualifier_of
from .numbers import parse_number, parse_ordinal
from .sentences import scan


@dataclass(frozen=True)
class Count:
    """A number of people (or of executions) as written: "at least nine men", "64 executions"."""

    start: int
    end: int
    value: int
    qualifier: str
    noun: str           # "person", "execution", "name", "ordinal", "total", "ellipsis", "comparison",
                        # "carried_out" ("his death sentence was carried out")
    partitive: bool = False   # "five of them", "146 of those executed": a part of another figure
    names: tuple = ()
    event: str | None = None  # set when the mention itself says what happened ("64 executions")
    series: bool = False      # a later figure of a compared series: "582 in 2022" after "up from 834 in 2023"
    bare: bool = False        # a compared figure with no time after it: "18 executions, up from 11."


@dataclass(frozen=True)
class Trigger:
    """A phrase saying what happened to people: "were hanged", "sentenced ... to death"."""

    start: int
    end: int
    event: str          # executed | sentenced | imminent
    voice: str          # passive (people before it) | active (people after it)
    hypothetical: bool  # "could be executed", "to prevent ... from being executed"


def find_triggers(text: str, spans=None) -> list[Trigger]:
    """Every event trigger, in one pass over the text (events.yaml order decides between
    phrasings that start at the same place)."""
    found = []
    for m in scan(lexicon().triggers, text, spans):
        event, voice, _ = m.lastgroup.split("__")
        s = m.start()
        found.append(Trigger(s, m.end(), event, voice, bool(search(HYPOTHETICAL, text, max(0, s - 40), s))))
    return found


def _count_from_match(m: re.Match, text: str) -> Count | None:
    """The Count for one match of lexicon().count, or None when it is not a count of people
    or executions (a rate, a plural after "one", "one of the two men")."""
    tail = text[m.end():m.end() + 32]   # long enough for "in each of the three years"
    if lexicon().rate_tail.match(tail) or PART_OF_KNOWN.match(tail):
        return None
    hedge = m.group("hedge")
    if m.group("num"):
        value = parse_number(m.group("num"))
    else:
        value = 1
    if not value:
        return None
    if m.group("singular") and value != 1:
        return None
    if m.group("plural") and value == 1 and not m.group("num"):
        return None
    event_noun = m.group("event") or m.group("dsent")
    if event_noun and m.group("num") and YEAR_IN.fullmatch(m.group("num")) and search(
            YEAR_BEFORE, text, max(0, m.start() - 8), m.start()):
        return None   # "Of the 2015 executions": a year, not a count
    if event_noun:
        if value != 1 and not event_noun.lower().endswith("s"):
            return None
        if not m.group("num"):  # "an execution", "one hanging": too often generic
            return None
        if search(POINTED_BACK, text, max(0, m.start() - 8), m.start()):
            return None   # "with these two executions": the executions told before, pointed back at
    noun = "execution" if event_noun else ("more" if m.group("more") or m.group("nth") else "person")
    qualifier = qualifier_of(hedge)
    if hedge and hedge.lower() == "over" and search(VERB_OF_OVER, text, max(0, m.start() - 20), m.start()):
        qualifier = "exact"   # "presided over 28 executions": the verb's preposition
    if qualifier == "exact" and m.group("num"):
        qualifier = qualifier_after(text, m.end("num"), m.end()) or qualifier   # "900-plus", "975 people or more"
    part = PART_OF_COUNT.search(text, max(0, m.start() - 24), m.start()) \
        if noun == "person" and m.group("num") and not hedge else None
    if part is not None and (parse_number(part.group("num")) or 0) < value \
            and not MEMBER_OF_GROUP.search(text, max(0, m.start() - 40), m.start()):
        # "sentenced 30 of 89 defendants to death": the part is who the verb is told of
        return Count(part.start("num"), m.end(), parse_number(part.group("num")), "exact", noun)
    return Count(m.start(), m.end(), value, qualifier, noun,
                 partitive=bool(PARTITIVE.match(tail)),
                 event=("sentenced" if m.group("dsent") else "executed") if event_noun else None)


def comparison_counts(text: str, spans=None) -> list[Count]:
    """Earlier figures quoted for comparison (comparisons.py): "double the 2021 figure of 67", "up
    from 834 in 2023, 582 in 2022 and 333 in 2021"; each a Count of kind "comparison". Read by
    find_counts over the sentences and by table_passes.listed_tables over a row's tail ("Somalia: at
    least 38, up from 6 in 2022")."""
    counts = []
    for m in scan(year_figure(), text, spans):
        value = parse_number(m.group("num"))
        if value:
            counts.append(Count(m.start("year") if m.group("year") else m.start("when"), m.end(), value,
                                qualifier_of(m.group("hedge")), "comparison"))
    for m in scan(equalled_figure(), text, spans):
        value = parse_number(m.group("num"))
        if value:   # "25 executions ... already equal the total for all of 2024": 25 in 2024 too
            counts.append(Count(m.start("verb"), m.end(), value, "exact", "comparison"))
    for m in scan(compared_figure(), text, spans):
        if not bare_kept(text, m):
            continue   # "compared with 5," with no time: too loose to date
        value = parse_number(m.group("num"))
        noun = (m.group("noun") or "").lower()
        event = "sentenced" if "sentence" in noun else "executed" if noun in ("executions", "hangings") else None
        if value:
            counts.append(Count(m.start("hedge") if m.group("hedge") else m.start("num"), m.end(), value,
                                qualifier_of(m.group("hedge")), "comparison", event=event,
                                bare=m.group("bare") is not None))
        # "up from 834 in 2023, 582 in 2022 and 333 in 2021": the series goes on, each figure with its year
        at = m.end() if value and m.group("year") else None
        while at is not None and (n := compared_series().match(text, at)):
            # "... and 315 death sentences in 1996": a figure with a noun of its own is read by the count finders
            if parse_number(n.group("num")) and not n.group("noun"):
                counts.append(Count(n.start("hedge") if n.group("hedge") else n.start("num"), n.end(),
                                    parse_number(n.group("num")), qualifier_of(n.group("hedge")), "comparison",
                                    event=event, series=True))
            at = n.end()
    return counts


def _range_ends(m: re.Match, ends, event: str) -> list[Count]:
    """The counts of the ends `ends` (group prefixes: `from`, `to`, ...) of a change matched by `m`:
    each from its hedge, if any, to its number, or to the end's own year ("from 172 in 2023", read
    by range_year)."""
    out = []
    for k in ends:
        value = parse_number(m.group(k + "_num") or "")
        if value:
            hedge = m.group(k + "_hedge")
            year = m.groupdict().get(k + "_year")
            out.append(Count(m.start(k + "_hedge") if hedge else m.start(k + "_num"),
                             m.end(k + "_year") if year else m.end(k + "_num"), value, qualifier_of(hedge), "range",
                             event=event))
    return out


def find_counts(text: str, spans=None) -> list[Count]:
    """Counts of people or executions, totals ("the number ... has risen to 17"), ordinals
    ("the tenth protester executed"), partitives ("five of them", "the charges against four are
    unknown") and list ellipses ("two in Minab, seven in Gohardasht")."""
    counts = []
    for m in scan(lexicon().count, text, spans):
        count = _count_from_match(m, text)
        if count:
            counts.append(count)
    for m in scan(PARTITIVE_BARE, text, spans):
        value = parse_number(m.group("num"))
        if value and (value > 1 or not m.group("whom").lower().startswith("the")):   # "one of the executions" is an instance
            counts.append(Count(m.start(), m.end(), value, qualifier_of(m.group("hedge")), "person",
                                partitive=True, event="executed" if m.group("executed") else None))
    for m in scan(PARTITIVE_FIGURE, text, spans):
        value = parse_number(m.group("num"))
        if value and value > 1:   # "one of the prisoners" is an instance, never a part counted
            counts.append(Count(m.start(), m.end(), value, qualifier_of(m.group("hedge")), "person",
                                partitive=True, event="executed" if m.group("executed") else None))
    for m in scan(OWN_PEOPLE, text, spans):
        value = parse_number(m.group("num"))
        if value:
            counts.append(Count(m.start(), m.end(), value, qualifier_of(m.group("hedge")), "person"))
    for m in scan(FOLLOWERS, text, spans):
        value = parse_number(m.group("num"))
        if value:
            counts.append(Count(m.start(), m.end(), value, qualifier_of(m.group("hedge")), "person"))
    for m in scan(FROM_COUNTRY, text, spans):
        value = parse_number(m.group("num"))
        named = m.group("country").split()
        if value and not YEAR_IN.fullmatch(m.group("num")) and any(   # ("Sri Lanka", not "Yemen Saudi")
                " ".join(named[:k]) in lexicon().country_names for k in range(len(named), 0, -1)):
            counts.append(Count(m.start("hedge") if m.group("hedge") else m.start("num"), m.end("num"), value,
                                qualifier_of(m.group("hedge")), "person"))
    for m in scan(LISTED_SUBJECT, text, spans):
        value = parse_number(m.group("num"))
        if value:
            counts.append(Count(m.start("num"), m.end("num"), value, "exact", "person"))
    for pattern in TOTAL:
        for m in scan(pattern, text, spans):
            value = parse_number(m.group("num"))
            what = (m.group("what") or "executed").lower()
            event = "sentenced" if ("death" in what and "put" not in what) or "sentence" in what else "executed"
            if value and (m.group("what") is not None or "execution" in m.group(0).lower()) \
                    and not NOT_PEOPLE.search(text, max(0, m.start() - 80), m.start("num")):
                over = m.groupdict().get("over")   # "the total ... exceeds 400": more than the number
                counts.append(Count(m.start("num"), m.end("num"), value,
                                    "more_than" if over else qualifier_of(m.group("hedge")), "total", event=event))
    for m in [*scan(UNKNOWN_PART, text, spans), *scan(UNKNOWN_CASES, text, spans)]:
        value = parse_number(m.group("num"))
        if value:
            counts.append(Count(m.start("num"), m.end("num"), value, qualifier_of(m.group("hedge")), "person",
                                partitive=True))
    for m in scan(BARE_SUBJECT, text, spans):
        value = parse_number(m.group("num"))
        if value and not search(AGED_BEFORE, text, max(0, m.start() - 40), m.start()) and not (
                # "arrested at a rally in 2019 were hanged": the year closes a phrase, its verb is the people's
                YEAR_IN.fullmatch(m.group("num")) and search(YEAR_BEFORE, text, max(0, m.start() - 8), m.start())):
            counts.append(Count(m.start(), m.end(), value, qualifier_of(m.group("hedge")), "person"))
    for m in scan(BARE_PARTICIPLE, text, spans):
        value = parse_number(m.group("num"))
        if value and not YEAR_IN.fullmatch(m.group("num")):
            counts.append(Count(m.start(), m.end(), value, qualifier_of(m.group("hedge")), "person"))
    for m in scan(BARE_OBJECT, text, spans):
        num, hedge = ("num", "hedge") if m.group("num") else ("num2", "hedge2")
        value = parse_number(m.group(num))
        if value:
            # "carried out 45": the verb says the number is of executions (it is no trigger of people)
            counts.append(Count(m.start(hedge) if m.group(hedge) else m.start(num), m.end(num), value,
                                qualifier_of(m.group(hedge)), "person",
                                event="executed" if m.group("executions") else None))
    for m in scan(BARE_INCLUDED, text, spans):
        value = parse_number(m.group("num"))
        if value and not YEAR_IN.fullmatch(m.group("num")):
            counts.append(Count(m.start("hedge") if m.group("hedge") else m.start("num"), m.end("num"), value,
                                qualifier_of(m.group("hedge")), "person", partitive=True))
    for m in scan(PAIR, text, spans):
        counts.append(Count(m.start(), m.end(), 2, "exact", "person"))
    for m in scan(ORDINAL_RE, text, spans):
        value = parse_ordinal(m.group("ord"))
        if value and value > 1:
            counts.append(Count(m.start(), m.end(), value, qualifier_of(m.group("hedge")), "ordinal", event="executed"))
        # "the first execution in Texas this year and the second in the United States": a second
        # ordinal of the same execution, counted over a wider place
        wider = ORDINAL_WIDER.search(text, m.end(), min(len(text), m.end() + 80))
        if wider is not None and not re.search(r"[.;]", text[m.end():wider.start()]):
            value = parse_ordinal(wider.group("ord"))
            if value and value > 1:
                counts.append(Count(wider.start("the"), wider.end("ord"), value, "exact", "ordinal",
                                    event="executed"))
    counts.extend(comparison_counts(text, spans))
    for m in scan(range_figures(), text, spans):
        event = range_event(text, text.rfind(".", 0, m.start()) + 1, m.start())
        for k in ("1", "2"):
            value = parse_number(m.group("num" + k))
            if value and event:
                start = m.start("hedge" + k) if m.group("hedge" + k) else m.start("num" + k)
                end = m.end("year" + k) if m.group("year" + k) else m.end("num" + k)
                counts.append(Count(start, end, value, qualifier_of(m.group("hedge" + k)), "range", event=event))
    for m in scan(multiplied_range(), text, spans):
        # each end, either order
        counts += _range_ends(m, [name[:-len("_num")] for name in m.re.groupindex if name.endswith("_num")], "executed")
    # "rose for the second year running, from 18 to 24", "halved, to at least 45 from at least 100": both
    # ends, of the event named before the verb
    for pattern, ends in ((changed_from_range(), ("from", "to")), (changed_range(), ("to", "from"))):
        for m in scan(pattern, text, spans):
            event = range_event(text, text.rfind(".", 0, m.start()) + 1, m.start())
            if event:
                counts += _range_ends(m, ends, event)
    for m in scan(CARRIED_OUT, text, spans):
        counts.append(Count(m.start(), m.end(), 1, "exact", "carried_out", event="executed"))
    # (before GAPPED: a ranked part read here wins over the same number read as a gapped subject's)
    for m in sorted([*scan(RANKED, text, spans), *scan(RANKED_LEAD, text, spans)], key=lambda m: m.start()):
        num, hedge = ("num", "hedge") if m.groupdict().get("num") else ("num2", "hedge2")
        value = parse_number(m.group(num))
        if value and not YEAR_IN.fullmatch(m.group(num)):
            counts.append(Count(m.start(num), m.end(num), value, qualifier_of(m.group(hedge)), "person",
                                partitive=True, event="executed"))
        follow = RANKED_FOLLOWERS.match(text, m.end())
        at = follow.end() if follow else None
        while at is not None and (item := RANKED_ITEM.match(text, at)) is not None:
            num, hedge = ("num", "hedge") if item.group("num") else ("num2", "hedge2")
            value = parse_number(item.group(num))
            if value and not YEAR_IN.fullmatch(item.group(num)):
                # a part of the same statistic as the head (partitive: candidate_parts.figure_split)
                counts.append(Count(item.start(hedge) if item.group(hedge) else item.start(num), item.end(num), value,
                                    qualifier_of(item.group(hedge)), "ellipsis", partitive=True))
            at = item.end() if item.group("sep") else None
    for m in scan(GAPPED, text, spans):
        value = parse_number(m.group("num"))
        subject, charge = m.group("subject"), m.group("charge")
        if not value or YEAR_IN.fullmatch(m.group("num")) or (
                charge is not None and not (m.group("with") and lexicon().offences.fullmatch(charge))) or (
                subject is not None and not m.group("with")):
            continue
        # a charge opens its part ("murder for 66"): the part's own charge, joined to the part before
        start = m.start("charge") if charge is not None else m.start("num")
        counts.append(Count(start, m.end("num"), value, qualifier_of(m.group("hedge")), "ellipsis"))
    for m in scan(GAPPED_BARE, text, spans):
        value = parse_number(m.group("num"))
        if value and not YEAR_IN.fullmatch(m.group("num")) and lexicon().countries.fullmatch(m.group("subject")):
            counts.append(Count(m.start("num"), m.end("num"), value, qualifier_of(m.group("hedge")), "ellipsis"))
    for pattern in (ELLIPSIS, ELLIPSIS_AND):
        for m in scan(pattern, text, spans):
            value = parse_number(m.group("num"))
            if value:
                counts.append(Count(m.start("hedge") if m.group("hedge") else m.start("num"), m.end("num"), value,
                                    qualifier_of(m.group("hedge")), "ellipsis"))
    counts.sort(key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[Count] = []
    for c in counts:
        if kept and c.start < kept[-1].end:
            if c.noun == "range" and kept[-1].noun != "range" or c.noun in ("total", "comparison") \
                    and kept[-1].noun not in ("total", "ordinal", "comparison", "range"):
                kept[-1] = c
            continue
        kept.append(c)
    return kept
