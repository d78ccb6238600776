"""What a count or a date looks like but is not: side dates and counts that are no claim.

A date given only for comparison ("the most since 2009") is not the period of the figure
beside it; a count of victims, arrests, death-row prisoners or a rate ("at a time") is not
an execution claim (SCHEMA.md "Not claims"). Both are pure tests over the field's text.
"""
from __future__ import annotations

import re

from .casefold import kept, search, search_apart
from .comparisons import changed_range
from .count_patterns import MEMBER_BEFORE_GROUP, MEMBER_OF_GROUP
from .dates import DateMention
from .lexicon import lexicon, words
from .mentions import Count, Trigger

# The words of every pattern here are in data/rejections.yaml (lexicon_fields.Rejections): a date in a
# comparison ("the most since 2009", "an increase on 2023", "compared with the same period last
# year"), the offence's or the arrest's date ("over a 2016 bombing", "arrested in 2022"), a figure
# for the world ("1,518 executions in 15 countries"), a group told again ("the three hangings",
# "none of the four executions"), victims and arrests ("hanged for killing three guards"), rates.
# "from 172 in " before a year and " to " after it: the year of the first end of a change
_RANGE_START = re.compile(r"\bfrom\s+[^,.;]{0,20}?\d[\d,.]*\s+(?:in|during)\s+$", re.IGNORECASE)
_RANGE_TO = re.compile(r"\s+to\b", re.IGNORECASE)
_DEATH_ROW = re.compile(r"^[^.;]{0,40}?\b(?:on|in)\s+death[\s-]row\b", re.IGNORECASE)
_WHO_ASIDE = re.compile(r"(?:\s*,\s*\d{1,3})?\s*,\s*who\b", re.IGNORECASE)   # ", who", ", 41, who"


# "... and two others to 20 years in prison": the count's own sentence is a prison term
_PRISON_TERM = re.compile(rf"\s+to\s+(?:[\w'-]+\s+){{0,3}}?(?:{words('rejections.yaml')['prison_terms']})\b", re.IGNORECASE)


def _r():
    return lexicon().rejections


def side_date(text: str, d: DateMention) -> bool:
    """A date given only for comparison ("the highest since 2015", "an increase on 2023",
    "the highest monthly total since the start of the year")."""
    return kept(_side_date, text, d)   # asked for a date again and again: kept per text


def _side_date(text: str, d: DateMention) -> bool:
    before = text[max(0, d.start - 80):d.start]
    if _r().own_clause.match(text, d.end):
        return False   # "than in January 2023, when 63 were hanged": the date has a claim of its own
    if _TO_NUMBER.match(text, d.end) and _TOTAL_BEFORE.search(before):   # (the cheap test first)
        return False   # "bringing the number of foreigners put to death in 2024 to 101": the total's own span
    if search(lexicon().since_before, text, max(0, d.start - 90), d.start) and not search_apart(_r().side_date, before) \
            and not d.text.lower().startswith("since"):
        return False   # "since Israel launched its attack on 13 June": the day a figure is counted from
    if search_apart(_r().side_date, before) or offence_date(text, d) or record_span(text, d):
        return True
    if search(_FIRST_OF_THEM, text, max(0, d.start - 60), d.start):
        return True   # "putting three men to death ... beginning with X in January": the first one's date
    lowered = d.text.lower()
    if not lowered.startswith("since"):
        return False
    if lowered.startswith("since the"):   # "the tenth executed since the protests began" dates an ordinal
        return bool(search_apart(_r().superlative_total, before))
    return bool(search_apart(_r().superlative, before))


_FIRST_OF_THEM = re.compile(rf"\b(?:{words('rejections.yaml')['first_of_them']})\s+[^,.;]{{1,50}}?\s+(?:in|on)\s+$",
                            re.IGNORECASE)
# "the number of foreigners put to death " before a date, " to 101" after it: the span of a total
_TOTAL_BEFORE = re.compile(rf"\b(?:{words('mentions.yaml')['total_nouns']})\s+of\b[^.;,]*$", re.IGNORECASE)
_TO_NUMBER = re.compile(r"\s+to\s+\d")


_RECORD_SPAN_DAYS = 366   # longer than a year: "in the past twenty years", not "in 2024"
_RECORD_BEFORE = re.compile(rf"\b(?:{words('rejections.yaml')['superlatives']})\b[^.;:!?]{{0,110}}$",
                            re.IGNORECASE)


_RECORD_NEGATED = re.compile(rf"\b(?:{words('rejections.yaml')['record_negations']})\s+$", re.IGNORECASE)
_RECORD_UNIT = re.compile(rf"(?:(?:{words('rejections.yaml')['record_unit_prepositions']})\s+)?"
                          rf"(?:{words('rejections.yaml')['record_unit_leads']})\s+(?:{words('rejections.yaml')['record_units']})$",
                          re.IGNORECASE)


def record_span(text: str, d: DateMention) -> bool:
    """A span of years after a superlative in its sentence: the stretch a record is measured over
    ("the highest monthly number in the country in the past two decades"), or the unit it is
    counted in ("the most executions in one month"), never the statistic's own span. Only spans
    longer than a year: "the highest figure in 2024" is that year's figure."""
    if d.period_start is None or d.period_end is None:
        return False
    if (d.period_end - d.period_start).days <= _RECORD_SPAN_DAYS and not _RECORD_UNIT.fullmatch(d.text):
        return False
    return bool(search(_RECORD_BEFORE, text, max(0, d.start - 120), d.start)
                or search(_RECORD_NEGATED, text, max(0, d.start - 20), d.start))


def compared_date(text: str, d: DateMention) -> bool:
    """A date that belongs to a figure given for comparison, even one with a claim of its own
    ("a fall of ten per cent on 2019, when 280 were documented", "up from 19 recorded in 2022"):
    never the span of the statistic the report is about, so later parts and "during the year"
    do not take it."""
    return kept(_compared_date, text, d)   # asked for a date again and again: kept per text


_SURPASSED = re.compile(rf"\b(?:{words('rejections.yaml')['surpass_verbs']})\b[^.;,]{{0,40}}?$", re.IGNORECASE)


def _compared_date(text: str, d: DateMention) -> bool:
    before = text[max(0, d.start - 80):d.start]
    if search_apart(_r().side_date, before) or search_apart(_r().compared_from, before) \
            or search_apart(_SURPASSED, before):
        return True
    if search_apart(_RANGE_START, before) and _RANGE_TO.match(text, d.end):
        return True   # "doubled its total, from 172 in 2023 to at least 345": the earlier end's year
    if "from" in before and any(m.end() == d.end and m.start("from_year") == d.start
                                for m in changed_range().finditer(text, max(0, d.start - 120), d.end)):
        return True   # "halved to at least 253, from at least 507 in 2017": the earlier end's year
    return record_start(text, d)


def record_start(text: str, d: DateMention) -> bool:
    """"the highest figure since they began monitoring in 2008", "its first executions since 2015":
    the start a record is measured from, not a span; so is "since 2017" itself after one, even with
    a clause of its own ("the highest since 2017, when ...")."""
    since = search(lexicon().since_before, text, max(0, d.start - 90), d.start)
    at = since.start() if since else d.start if lexicon().clauses.since.match(d.text) else None
    return at is not None and bool(search_apart(_r().superlative, text[max(0, at - 60):at]))


_W = words("rejections.yaml")
# "during an armed robbery in Giza ", "in a 2019 attack on a police station ": one offence, told as an event
_OFFENCE_EVENT = re.compile(
    rf"\b(?:{_W['offence_event_openers']})\s+(?:{_W['attributive']}|{_W['offence_counts']})\s+(?:[\w-]+\s+){{0,2}}?(?:{_W['offence_nouns']})"
    rf"(?:\s+(?:{_W['offence_object_prepositions']})\s+(?:{_W['attributive']})\s+(?:[\w-]+\s+){{0,2}}?[\w-]+)?"
    rf"(?:\s+(?:{words('places.yaml')['town_prepositions']})\s+(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?))?"
    rf"\s+(?:(?:{_W['date_prepositions']})\s+)?$", re.IGNORECASE)


_CONNECTION = re.compile(rf"\b(?:{_W['connection_phrases']})\s(?:(?!\b(?:{_W['connection_ends']})\b)[^.;:!?]){{0,160}}$",
                         re.IGNORECASE)
_CONNECTED_EVENT = re.compile(rf"\b(?:{_W['connected_events']})\b", re.IGNORECASE)


def connected_event_date(text: str, d: DateMention) -> bool:
    """A month or a year told inside the phrase linking people to an event ("executed in connection
    with the protests that followed the death of a young woman in September 2022", "sentenced in
    connection with the 2019 unrest"): it dates that event, not the execution or the sentence. A day
    may still be the news ("..., in connection with the unrest, on Monday"), so only longer spans;
    and a figure running from the event's start ("executed in connection with the protests that
    began in September 2022") keeps that start as its own."""
    if d.is_day or d.running:
        return False
    m = search(_CONNECTION, text, max(0, d.start - 200), d.start)
    return m is not None and bool(search(_CONNECTED_EVENT, text, m.start(), min(len(text), d.end + 40)))


# " 'Woman, Life, Freedom' protests", " nationwide uprising" after "the 2022": the year names that event
_EVENT_AFTER_YEAR = re.compile(rf"\s+(?:[^.;:!?]{{0,40}}?\s)?(?:{_W['connected_events']})\b", re.IGNORECASE)


def event_date(text: str, d: DateMention) -> bool:
    """A date set aside as the date of the event people are linked to, not theirs: told inside the
    linking phrase (connected_event_date), or naming the event by its year ("over the 2022
    protests", "the uprising of 2019"). Where a running total with no date of its own starts
    (running_totals.running_total). No day and no running span: those date the news."""
    if d.is_day or d.running:
        return False
    if connected_event_date(text, d):
        return True
    before = text[max(0, d.start - 40):d.start]
    return bool(search_apart(_r().events_of, before)
                or search_apart(_r().attributive, before) and _EVENT_AFTER_YEAR.match(text, d.end))


# "for blocking a street in Tehran and wounding a member of the Basij with a machete on Sept. 25":
# the deed's verb after "for"/"of", then its clause (no other verb, no end of sentence) up to the date
_DEED_CLAUSE = re.compile(
    rf"\b(?:{_W['deed_openers']})\s+(?:(?:{_W['deed_adverbs']})\s+)?[a-z]+ing\b"
    rf"(?:(?!\b(?:{_W['deed_clause_ends']})\b)[^.;:!?\n]){{0,140}}?\s(?:{_W['date_prepositions']})\s+$")


def deed_clause_date(text: str, d: DateMention) -> bool:
    """"was hanged after being convicted of moharebeh for blocking a street and wounding a guard
    on Sept. 25": a date at the end of the clause of the deed the people were punished for, told by
    the deed's verb, dates the deed. Not a bare weekday: "hanged for killing his wife on Monday"
    dates the news (as offence_date reads a weekday after a charge)."""
    if d.is_day and not any(ch.isdigit() for ch in d.text):
        return False
    return bool(search(_DEED_CLAUSE, text, max(0, d.start - 160), d.start))


def offence_date(text: str, d: DateMention) -> bool:
    """A date that dates the offence, arrest or trial ("over a 2016 bombing", "a man arrested in
    2022", "during an armed robbery in Giza last year") or the unrest it belonged to ("the
    protests of 2022"), not the execution beside it. Not a day: "hanged for a murder on Tuesday"
    dates the news."""
    return kept(_offence_date, text, d)   # asked for a date again and again: kept per text


_BARE_CHARGE = re.compile(rf"\bfor\s+(?:{words('rejections.yaml')['bare_charges']})"
                          rf"\s+(?:{words('rejections.yaml')['bare_charge_prepositions']})\s+$", re.IGNORECASE)


_CHARGES = rf"(?:{words('rejections.yaml')['convicted_bare_charges']})"
_CONVICTED_CHARGES = re.compile(rf"\b(?:{words('rejections.yaml')['convicted_charge_leads']})\s+{_CHARGES}"
                                rf"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+){_CHARGES})*\s+on\s+$", re.IGNORECASE)


def _offence_date(text: str, d: DateMention) -> bool:
    before = text[max(0, d.start - 40):d.start]
    if d.is_day and not any(ch.isdigit() for ch in d.text) \
            and search(_CONVICTED_CHARGES, text, max(0, d.start - 70), d.start):
        return False   # "three men convicted of arson and murder on Thursday": the news's weekday
    bare = search(_BARE_CHARGE, text, max(0, d.start - 40), d.start) and not search_apart(_r().arrest_clause, before)
    if not bare and search_apart(_r().offence_date_before, before) or search_apart(_r().events_of, before) \
            or connected_event_date(text, d) or deed_clause_date(text, d):
        return True
    if not d.is_day and search(_OFFENCE_EVENT, text, max(0, d.start - 70), d.start):
        return True
    arrest = search_apart(_r().arrest_clause, before)
    # "a man arrested in 2022" is the arrest's date; but in "hanged a man convicted of trafficking
    # cannabis on Tuesday" a bare weekday after the charge is the lead's news (a conviction told in
    # passing is dated by its year or its full date)
    if arrest and not (d.is_day and not any(ch.isdigit() for ch in d.text) and " of " in arrest.group(0)):
        return True
    if not search_apart(_r().attributive, before):
        return False
    # "over a 2016 bombing", "the 2013 sit-in", "the 2019 riots": the year dates that noun
    return bool(_r().offence_noun_after.match(text, d.end) or re.fullmatch(r"\d{4}", d.text)
                and _r().attributive_noun.match(text, d.end))


def in_many_countries(text: str, c: Count, e: int) -> bool:
    """"at least 1,032 people put to death in 23 countries": a figure told over several countries,
    which no incident is, whatever day it is told with (world_figure without its world words)."""
    m = search(_r().world, text, c.start, min(e, c.end + 80))
    return m is not None and not _r().world_report.search(m.group(0))


def world_figure(text: str, c: Count, e: int) -> bool:
    """"Amnesty recorded 1,518 executions in 15 countries": a figure for the world, no one
    country's claim (the caller checks that no country is named before the count). Not the
    countries the rest of a list came from ("eight Jordanians and seven Ethiopians, with the
    remainder coming from six other countries")."""
    m = search(_r().world, text, c.start, min(e, c.end + 80))
    return m is not None and not _REMAINDER.search(text, c.end, m.start())


# "..., with the remainder coming from six other countries": the rest of a list, not the count's
_REMAINDER = re.compile(rf"\b(?:{words('rejections.yaml')['world_remainder']})\b", re.IGNORECASE)


# "Global executions", "the worldwide total": a world word on the figure's own noun ("after global
# condemnation, executions dropped to 27" is one country's)
_WORLD_FIGURE_SUBJECT = re.compile(
    rf"\b(?:{words('rejections.yaml')['world_report_words']})\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{words('rejections.yaml')['world_figure_nouns']})\b", re.IGNORECASE)


def world_subject(text: str, s: int, start: int, countries) -> bool:
    """"Global executions for drug offences rose to at least 615": a world word told before the
    count in its sentence [s, ...), with no country named before the count that the figure could be
    (`countries` are the sentence's country mentions before `start`, the count's start), makes the
    figure the world's."""
    return bool(search(_WORLD_FIGURE_SUBJECT, text, s, start)) and not countries_of_figure(text, countries, s, start)


def world_opener(text: str, s: int, start: int, countries) -> bool:
    """"Worldwide, Amnesty counted at least 483 executions, excluding China": a sentence [s, ...) that
    opens on a world word and names no country before the count at `start` that the figure could be
    (an excluded one is none) gives the world's figure (rule reject.world_figure.opener)."""
    return bool(_r().world_opener.match(text, s)) and not countries_of_figure(text, countries, s, start)


_LIST_JOIN = re.compile(r"\s*,?\s*(?:and|or)\s+")   # (a bare comma may end the opener: "Outside Iran, Singapore ...")


def set_aside(text: str, s: int, countries):
    """"Leaving aside China, where the figures are a state secret, Amnesty counted at least 607
    executions": the country mention a sentence [s, ...) opens by setting aside (rejections.yaml
    set_aside_openers) when no other country is named before the count but in its list ("Excluding
    China and North Korea, ..."); `countries` are the sentence's mentions before the count. Else None.
    "Outside Iran, Singapore hanged 5 people" names the figure's own country."""
    aside = _r().set_aside_opener.match(text, s)
    if aside is None or not countries or countries[0].start != aside.end():
        return None
    if any(not _LIST_JOIN.fullmatch(text, a.end, b.start) for a, b in zip(countries, countries[1:])):
        return None
    return countries[0]


def world_lead(text: str, s: int, e: int, countries) -> bool:
    """Whether the sentence [s, e) that leads a report is about the world ("Executions around
    the world rose in 2024", "... its annual global report shows") rather than one country
    (no country named before the world word; `countries` are the sentence's country mentions)."""
    m = search(_r().world_report, text, s, e)
    return m is not None and not any(x.start < m.start() for x in countries)


def speaks_of_world(text: str, s: int, e: int) -> bool:
    """Whether the sentence [s, e) speaks of the world anywhere ("Saudi Arabia put 184 people to death
    last year ..., even as executions fell worldwide"): a lead that sets one country's year against the
    world's, as wire reports of an annual global review do."""
    return search(_r().world_report, text, s, e) is not None


def countries_of_figure(text: str, countries, s: int, e: int) -> list:
    """The country mentions that may say where a figure in the sentence [s, e) was counted: not
    those named as left out of it ("a figure that excludes the thousands carried out in China");
    a country told by a common noun ("The kingdom alone carried out 140") is one too."""
    found, left = [], None
    for m in countries:
        if search(_r().world_exclusion, text, max(0, m.start - 100), m.start) or left is not None \
                and _r().world_exclusion_continued.fullmatch(text, left.end, m.start):
            left = m   # left out of the figure, and so is a country its list goes on with
        elif not world_share(text, m):
            found.append(m)
    noun = _r().country_noun.search(text, s, e)
    return found + [noun] if noun else found


def world_share(text: str, m) -> bool:
    """"..., with Iran, Iraq and Saudi Arabia responsible for the overwhelming majority", "a surge
    driven by Iran": a country mention `m` named as having a share of a figure, not as where the
    figure was counted (rejections.yaml world_share_*)."""
    return bool(_r().world_share_after.match(text, m.end)) \
        or bool(search(_r().world_share_before, text, max(0, m.start - 60), m.start))


def definite(text: str, c: Count) -> bool:
    """"The three hangings", "none of the four executions": a group named before (the caller
    checks that an earlier claim has that count)."""
    return c.noun in ("person", "execution") and bool(search(_r().definite, text, max(0, c.start - 20), c.start))


# (rejections.yaml death_row_state_verbs)
_ROW_STATE = re.compile(rf"\b(?:{words('rejections.yaml')['death_row_state_verbs']})\b", re.IGNORECASE)


def _executed_from_row(text: str, c: Count, t: Trigger | None, row_end: int) -> bool:
    """"Seventeen prisoners on death row for drug offences were hanged on Monday": death row, told of the
    people as no state of their own (no verb), before the passive execution verb they are the subject of,
    says where they were hanged from, never that they are still there; so does "four more men on death row
    ... were moved to solitary confinement" of the people taken to be hanged (imminent)."""
    return t is not None and t.event in ("executed", "imminent") and t.voice == "passive" and row_end <= t.start \
        and t.start - c.end < 90 and not _ROW_STATE.search(text, c.end, t.start)
    # ("60 prisoners on death row are held in Ghezel Hesar, where 12 were hanged": a state verb before the
    # trigger, after death row too, tells of the population; the hanged are others)


def rejected(text: str, c: Count, t: Trigger | None, e: int) -> str:
    """The id of the rule that rejects a count ("" when none does): rates after the trigger
    ("put to death at a time"), victims and arrests, death-row populations, hedges like "up
    to a dozen"; `e` ends the count's sentence."""
    if t is not None and t.start >= c.end and lexicon().rate_tail.match(text[t.end:t.end + 32]):
        return "reject.rate"
    if t is not None and t.event == "sentenced" and t.end <= c.start and _PRISON_TERM.match(text, c.end, e):
        return "reject.other_action"   # "sentenced four men to death and two others to 20 years in prison"
    if c.noun in ("person", "execution") and search(_r().range_before, text, max(0, c.start - 40), c.start):
        return "reject.range"   # "between 20 and 30 people were executed": an estimate, no figure
    if c.noun in ("person", "more", "ellipsis") and (search(_r().other_action, text, max(0, c.start - 30), c.start) or (
            t is not None and t.end <= c.start and search(_r().other_action_any, text, t.end, c.start))):
        return "reject.other_action"   # "hanged for killing three guards", "... and police detained 30 students"
    if c.noun == "person" and c.value == 1 and MEMBER_BEFORE_GROUP.match(text, c.end):
        return "reject.described_member"   # "A boy was one of six men hanged": the six are the claim
    if c.noun in ("person", "more") and search(_r().known_group, text, max(0, c.start - 12), c.start) \
            and not MEMBER_OF_GROUP.search(text, max(0, c.start - 40), c.start):
        return "reject.known_group"   # "one of the two men", "not one person" (not "was one of six men hanged")
    if c.noun in ("person", "more") and search(_r().relatives, text, max(0, c.start - 20), c.start):
        return "reject.relatives"   # "for killing his wife and their two children": the victims, not the hanged
    if c.noun in ("person", "execution") and c.qualifier == "more_than" and c.value == 1:
        return "reject.vague"   # "more than one prisoner was hanged there": "several", no figure
    if c.noun in ("person", "execution", "more") and search(_r().threshold, text, max(0, c.start - 50), c.start):
        return "reject.threshold"   # "only one state had ever carried out more than 18 executions in a year"
    if c.noun in ("person", "more") and search(_r().group_size, text, max(0, c.start - 30), c.start):
        return "reject.rate"   # "On some days, groups of more than ten prisoners were hanged": each group's size
    if c.noun in ("person", "execution", "more") and search(_r().negated_subject, text, max(0, c.start - 90), c.start):
        return "reject.threshold"   # "No state had carried out more than 18 executions in a year"
    if c.noun in ("person", "more") and search(_r().victims_left, text, max(0, c.start - 10), c.start) \
            and _r().victim_state.match(text, c.end, e):
        return "reject.other_action"   # "an attack that left 15 people dead": the victims
    if t is not None and t.event == "imminent" and c.noun in ("person", "more") and c.value > 1 \
            and c.qualifier != "exact" and search(_r().at_risk, text, t.start, t.end):
        # "at least 11 individuals at imminent risk of execution": an estimate of people at risk
        # (SCHEMA.md: no claim), unlike known prisoners ("the four men are at imminent risk")
        return "reject.at_risk"
    if c.noun in ("person", "execution") and search(_r().proportion, text, max(0, c.start - 30), c.start) \
            or c.noun == "ellipsis" and _r().proportion_after.match(text, c.end):
        return "reject.rate"   # "about one in ten executions was announced", "one in five of all": a proportion
    # "row" sought first: the IGNORECASE lazy gap of _DEATH_ROW tries forty places on every count
    if c.noun not in ("execution", "total", "ordinal") and "row" in text[c.end:e].lower() \
            and (row := _DEATH_ROW.match(text[c.end:e])) and not _executed_from_row(text, c, t, c.end + row.end()) \
            and not _WHO_ASIDE.match(text, c.end):
        # (not "X, who had spent 22 years on death row, was executed": a clause about the person)
        return "reject.death_row"
    if c.qualifier == "at_most" and search(_r().threshold_series, text, max(0, c.start - 120), c.start):
        return "reject.threshold"   # "for the ninth consecutive year, fewer than 50 were sentenced to death"
    if c.qualifier == "at_most" and t is not None and t.voice == "passive" and c.noun == "person" \
            and 0 <= t.start - c.end < 12 and not search(_r().rate_near, text, c.end, t.end + 25):
        return ""   # "up to eight men were hanged": a bound on one incident
    return "reject.at_most" if c.qualifier == "at_most" and c.noun != "total" else ""
