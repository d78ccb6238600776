"""What a count or a date looks like but is not: side dates and counts that are no claim.

A date given only for comparison ("the most since 2009") is not the period of the figure
beside it; a count of victims, arrests, death-row prisoners or a rate ("at a time") is not
an execution claim (SCHEMA.md "Not claims"). Both are pure tests over the field's text.
"""
from __future__ import annotations

import re

from .dates import DateMention
from .lexicon import lexicon
from .mentions import Count, Trigger

# A date in a comparison is a side date, not the claim's period: "the most since 2009",
# "a modest increase on 2023", "compared with the same period last year", "more than in 2022".
_SIDE_DATE = re.compile(
    r"(?:\b(?:increase|rise|decrease|drop|fall|jump|decline|up|down|higher|lower)\s+(?:on|from)\s+(?:the\s+)?"
    r"|\bcompared\s+(?:with|to)\b[^,.;]{0,40}?|\bthan\s+(?:in\s+|during\s+)?(?:the\s+)?"
    # "up from at least 853 in 2023": the year of the figure compared with
    r"|\b(?:up|down|rising|falling|and)(?:\s+[\d.]+\s*(?:%|percent|per\s*cent))?\s+from\s+[^,.;]{1,30}?\s(?:in|during)\s+)$",
    re.IGNORECASE)
_OWN_CLAUSE = re.compile(r"\s*,?\s*(?:when|during\s+which|in\s+which)\b", re.IGNORECASE)
_SUPERLATIVE = re.compile(r"\b(?:highest|lowest|most|largest|biggest|greatest|fewest|worst|first|record)\b[^,.;]{0,60}$",
                          re.IGNORECASE)
# "the highest monthly total since the start of the year": a superlative about a total compares
_SUPERLATIVE_TOTAL = re.compile(r"\b(?:highest|lowest|largest|biggest|greatest|fewest|record)\s+(?:\w+\s+){0,2}?"
                                r"(?:total|figure|number|tally|count|toll)s?\s+$", re.IGNORECASE)
# A date of the offence, the arrest or the trial, not of the execution: "over a 2016 bombing",
# "for a murder committed in 2019", "arrested in 2022", "convicted in 2021".
_OFFENCE_DATE_BEFORE = re.compile(
    r"\b(?:committed|arrested|detained|kidnapped|abducted|convicted|killed|murdered|attacked|captured"
    r"|bombing|attack|murder|killing|crime|offen[cs]e)\s+(?:(?:on|in|during|back\s+in)\s+)?$", re.IGNORECASE)
_OFFENCE_NOUN_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:bombings?|attacks?|murders?|killings?|robbery|robberies|rapes?|kidnappings?|shootings?"
    r"|stabbings?|assaults?|crimes?|offen[cs]es?|arrests?|trials?|convictions?)\b", re.IGNORECASE)
# "during the nationwide protests of 2022", "over the unrest in 2019": the year names the events
# "who was arrested in Saudi waters in 2021": the date of the arrest, a few words on
_ARREST_CLAUSE = re.compile(r"\b(?:arrested|detained|captured|convicted|tried|extradited)\b[^,.;]{1,30}?\s(?:in|on)\s+$",
                            re.IGNORECASE)
_EVENTS_OF = re.compile(r"\b(?:protests?|uprising|unrest|riots?|demonstrations|revolution|war|elections?)\s+(?:of|in)\s+$",
                        re.IGNORECASE)
_ATTRIBUTIVE = re.compile(r"\b(?:a|an|the|his|her|their)\s+$", re.IGNORECASE)
# A figure for many countries: "1,518 executions in 15 countries", "executions worldwide".
_WORLD = re.compile(r"\b(?:in|across|from)\s+(?:at\s+least\s+|more\s+than\s+)?(?:\d+|[a-z]+teen|two|three|four|five|six|seven"
                    r"|eight|nine|ten|twenty|thirty|several|many)\s+(?:other\s+)?(?:countries|nations|states\s+worldwide)\b"
                    r"|\b(?:worldwide|globally|world-?wide|around\s+the\s+world|across\s+the\s+world|in\s+the\s+world)\b",
                    re.IGNORECASE)
# "The three hangings were not announced", "None of the four executions was reported": a count
# the reader already knows, told again.
_DEFINITE = re.compile(r"(?:^|[^\w\s]\s*|\b(?:none|neither|all|each|any|both|either)\s+of\s+)(?:the|these|those)\s+$",
                       re.IGNORECASE)
_DEATH_ROW = re.compile(r"^[^.;]{0,40}?\b(?:on|in)\s+death[\s-]row\b", re.IGNORECASE)
# What else happens to people in these reports: victims, arrests. A count these govern is not a claim.
_ACTIONS = (r"arrest(?:ed|s|ing)?|detain(?:ed|ing|s)?|detention|kill(?:ed|ing|s)?|murder(?:ed|ing)|murder\s+of|wound(?:ed|ing)?"
            r"|injur(?:ed|ing)|shot|shooting|stabb(?:ed|ing)|kidnapp?(?:ed|ing)|abduct(?:ed|ing)|raping|attack(?:ed|ing)"
            r"|assault(?:ed|ing)|summon(?:ed|s)")
_OTHER_ACTION = re.compile(rf"\b(?:{_ACTIONS})\s+(?:of\s+)?(?:(?:the|a|an|his|her|their)\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
_OTHER_ACTION_ANY = re.compile(rf"\b(?:{_ACTIONS})\b", re.IGNORECASE)
_RATE_NEAR = re.compile(r"\b(?:at\s+a\s+time|a\s+day|a\s+week|per\s+\w+|each\s+\w+|every\s+\w+)\b", re.IGNORECASE)
_KNOWN_GROUP = re.compile(r"\b(?:of\s+the|not|no|of\s+them|of\s+whom)\s+$", re.IGNORECASE)


def side_date(text: str, d: DateMention) -> bool:
    """A date given only for comparison ("the highest since 2015", "an increase on 2023",
    "the highest monthly total since the start of the year")."""
    before = text[max(0, d.start - 80):d.start]
    if _OWN_CLAUSE.match(text, d.end):
        return False   # "than in January 2023, when 63 were hanged": the date has a claim of its own
    if lexicon().since_before.search(text, max(0, d.start - 90), d.start) and not _SIDE_DATE.search(before) \
            and not d.text.lower().startswith("since"):
        return False   # "since Israel launched its attack on 13 June": the day a figure is counted from
    if _SIDE_DATE.search(before) or offence_date(text, d):
        return True
    lowered = d.text.lower()
    if not lowered.startswith("since"):
        return False
    if lowered.startswith("since the"):   # "the tenth executed since the protests began" dates an ordinal
        return bool(_SUPERLATIVE_TOTAL.search(before))
    return bool(_SUPERLATIVE.search(before))


def offence_date(text: str, d: DateMention) -> bool:
    """A date that dates the offence, arrest or trial ("over a 2016 bombing", "a man arrested in
    2022") or the unrest it belonged to ("the protests of 2022"), not the execution beside it."""
    before = text[max(0, d.start - 40):d.start]
    if _OFFENCE_DATE_BEFORE.search(before) or _EVENTS_OF.search(before) or _ARREST_CLAUSE.search(before):
        return True
    return bool(_ATTRIBUTIVE.search(before) and _OFFENCE_NOUN_AFTER.match(text, d.end))


def world_figure(text: str, c: Count, e: int) -> bool:
    """"Amnesty recorded 1,518 executions in 15 countries": a figure for the world, no one
    country's claim (the caller checks that no country is named before the count)."""
    return bool(_WORLD.search(text, c.start, min(e, c.end + 80)))


def definite(text: str, c: Count) -> bool:
    """"The three hangings", "none of the four executions": a group named before (the caller
    checks that an earlier claim has that count)."""
    return c.noun in ("person", "execution") and bool(_DEFINITE.search(text, max(0, c.start - 20), c.start))


def rejected(text: str, c: Count, t: Trigger | None, e: int) -> str:
    """The id of the rule that rejects a count ("" when none does): rates after the trigger
    ("put to death at a time"), victims and arrests, death-row populations, hedges like "up
    to a dozen"; `e` ends the count's sentence."""
    if t is not None and t.start >= c.end and lexicon().rate_tail.match(text[t.end:t.end + 20]):
        return "reject.rate"
    if c.noun in ("person", "more", "ellipsis") and (_OTHER_ACTION.search(text, max(0, c.start - 30), c.start) or (
            t is not None and t.end <= c.start and _OTHER_ACTION_ANY.search(text, t.end, c.start))):
        return "reject.other_action"   # "hanged for killing three guards", "... and police detained 30 students"
    if c.noun in ("person", "more") and _KNOWN_GROUP.search(text, max(0, c.start - 12), c.start):
        return "reject.known_group"   # "one of the two men", "not one person"
    if c.noun not in ("execution", "total", "ordinal") and _DEATH_ROW.match(text[c.end:e]):
        return "reject.death_row"
    if c.qualifier == "at_most" and t is not None and t.voice == "passive" and c.noun == "person" \
            and 0 <= t.start - c.end < 12 and not _RATE_NEAR.search(text, c.end, t.end + 25):
        return ""   # "up to eight men were hanged": a bound on one incident
    return "reject.at_most" if c.qualifier == "at_most" and c.noun != "total" else ""
