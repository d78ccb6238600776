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
from .comparisons import (bare_kept, changed_from_range, changed_range, compared_figure, compared_series, multiplied_range,
                          range_event, range_figures, year_figure)
from .date_names import YEAR_IN
from .lexicon import lexicon, qualifier_after, qualifier_of, words
from .numbers import DIGIT_NUMBER, NUMBER, ORDINAL, parse_number, parse_ordinal
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


# Every hedge of vocab.yaml ("at least", "approximately", "no fewer than"): one list, so a hedge
# that works before one pattern's number works before all of them
_HEDGE = lexicon().hedge
_W = words("mentions.yaml")
_PERCENT = words("comparisons.yaml")["percent_words"]
# A trigger right after one of these is not a report that it happened ("could be executed",
# "to stop them from being hanged", "were not executed").
_HYPOTHETICAL = re.compile(
    rf"(?:\b(?:{_W['negations']})\s+|\b(?:{_W['hypothetical_words']}|(?:{_W['hypothetical_stems']})\w*"
    # the word between is lower-case ("from being hanged"): "A from Baneh was hanged" is no hypothesis;
    # an adverb may come first ("to halt immediately any plans to execute X")
    rf"|(?:{_W['hypothetical_stems_longer']})\w+)\s+(?:(?-i:[a-z]+ly)\s+)?(?:(?-i:[a-z]+)\s+)?)$", re.IGNORECASE)
_POINTED_BACK = re.compile(rf"\b(?:{_W['back_reference_determiners']})\s+$", re.IGNORECASE)
_VERB_OF_OVER = re.compile(rf"\b(?:{_W['over_verbs']})\s+$", re.IGNORECASE)
_YEAR_BEFORE = re.compile(rf"\b(?:{_W['year_before']})\s+$|['’]s\s+$", re.IGNORECASE)
_PARTITIVE = re.compile(rf"^\s+of\s+(?:{_W['partitive_pronouns']})\b", re.IGNORECASE)
_PART_OF_KNOWN = re.compile(rf"^\s+of\s+the\s+(?:\w+\s+)?(?:{NUMBER}|\w+ly\s+{NUMBER})\b", re.IGNORECASE)
_PART_OF_COUNT = re.compile(rf"(?<![\w,.-])(?P<num>{NUMBER})\s+of\s+$", re.IGNORECASE)   # "30 of " before "89 defendants"
_PARTITIVE_BARE = re.compile(
    rf"\b(?<![\w,.-])(?:(?P<hedge>{_HEDGE})\s+)?"
    rf"(?P<num>{NUMBER})\s+of\s+(?P<whom>{_W['bare_partitive_pronouns']}|those\s+(?:{_W['bare_partitive_those']})"
    rf"|the\s+(?:(?:{_W['bare_partitive_adjectives']})\s+)?(?:(?P<executed>{_W['bare_partitive_executed']})"
    rf"|{_W['bare_partitive_nouns']}))\b", re.IGNORECASE)
# "12 of the 18 Kurdish prisoners", "255 of those executions", "six of the month's executions",
# "83 of the 111 (75%) were hanged": a part of a figure of people or executions named after "of";
# the words between are no verb, no clause and no other count ("two of the men who ...")
_PARTITIVE_FIGURE = re.compile(
    rf"\b(?<![\w,.-])(?:(?P<hedge>{_HEDGE})\s+)?(?:only\s+)?"
    rf"(?P<num>{NUMBER})\s+of\s+(?:{_W['figure_partitive_determiners']})\s+"
    rf"(?:(?:(?:[\w-]+['’]s|(?!(?:{_W['figure_partitive_stops']})\b)[\w-]+|\d[\d,]*)\s+){{0,4}}?"
    rf"(?:(?P<executed>{_W['figure_partitive_executed']})|{_W['figure_partitive_heads']})\b"
    # "83 of the 111 (75%) were hanged": the figure itself, a verb or a share right after it
    rf"|{DIGIT_NUMBER}(?=\s*[(,–—]|\s+(?:{_W['figure_partitive_verbs']})\b))", re.IGNORECASE)
# "and another 2 in Isfahan", "and some 21 in Iraq": a count left to share the verb before may open a
# new group (clauses.new_group) and be hedged
_ELLIPSIS_LEAD = rf"(?:(?:{lexicon().clauses.new_group.pattern})\s+)?(?:(?P<hedge>{_HEDGE})\s+)?"
# "two in Minab, seven in Gohardasht"; "70 for drug offences, 52 for murder and three on security charges"
# "eight of murder and one of rape": a charge after "of", never "two of them", "40 of the 50"
_ELLIPSIS = re.compile(rf"(?<=[,:;]\s)(?:and\s+)?{_ELLIPSIS_LEAD}(?P<num>{NUMBER})\s+(?=(?:{_W['ellipsis_prepositions']})\s"
                       rf"|of\s(?!(?:{_W['ellipsis_not_of']})\b)[a-z])", re.IGNORECASE)
# "... and 27 in 2020": another year's figure of the same event
# ("... hanged in Ghezel Hesar and three more in Karaj Central Prison": "more" may stand between)
_ELLIPSIS_AND = re.compile(rf"(?<=\sand\s){_ELLIPSIS_LEAD}(?P<num>{NUMBER})\s+(?:(?:{_W['ellipsis_more']})\s+)?(?=in\s[A-Z]|in\s(?:19|20)\d\d\b|at\s[A-Z]"
                           rf"|(?:{_W['ellipsis_and_prepositions']})\s"
                           rf"|of\s(?!(?:{_W['ellipsis_not_of']})\b)[a-z])")
# "the number of countries carrying out executions fell to 16": a count of places, not of people
_NOT_PEOPLE = re.compile(rf"\bnumber\s+of\s+(?:{_W['total_not_people']})\b[^.;]{{0,60}}$", re.IGNORECASE)
_TOTAL = [
    re.compile(
        rf"\bthe\s+(?:total\s+)?number\s+of\s+(?:(?:[A-Z][\w-]+\s+)?(?:{_W['total_of_whom']})\s+)?"
        rf"(?P<what>{_W['total_events']}|{_W['total_sentences']})?[^.;:]{{0,220}}?\b(?:(?:{_W['total_auxiliaries']})\s+)?"
        rf"(?:(?:{_W['total_rise_verbs']})\s+)?(?:{_W['total_reach']})\s+"
        # "the number of executions was 21% higher": a share, no total
        rf"(?:(?P<hedge>{_HEDGE})\s+)?(?P<num>{NUMBER})(?![\w-])(?!\s*(?:%|{_PERCENT}))", re.IGNORECASE),
    re.compile(
        rf"\b(?:{_W['total_raise_verbs']})\s+to\s+"
        rf"(?:(?P<hedge>{_HEDGE})\s+)?(?P<num>{NUMBER})\s+the\s+"
        rf"(?:total\s+)?number\s+of\s+[^.;]{{0,60}}?(?P<what>{_W['total_events']})", re.IGNORECASE),
    # "four executions announced on Saturday took its 2025 total to 260", "hanged ..., taking the
    # number for 2024 to 303": a total raised by the executions just told
    re.compile(
        rf"\b(?P<what>{_W['total_raised_by']})\b[^.;]{{0,100}}?\b(?:{_W['total_raise_verbs']})\s+"
        rf"(?:{_W['total_owners']}|(?:the\s+)?[\w-]+['’]s)\s+(?:(?:\d{{4}}|{_W['total_kinds']})\s+)?"
        rf"(?:{_W['total_nouns']})"
        # "the number carried out in the kingdom so far in 2022": what the number counts, and where
        rf"(?:\s+(?:{_W['total_participles']})(?:\s+in\s+(?:the\s+(?:{_W['total_places']})|(?-i:[A-Z])[\w'’-]*))?)?"
        rf"(?:\s+(?:for|in)\s+(?:the\s+year|\d{{4}})|\s+(?:{_W['total_spans']})(?:\s+in\s+\d{{4}})?"
        # "bringing the total since 1976 to 1,584", "the national tally since executions resumed to 1,600"
        rf"|\s+(?:{_W['total_since']})\s+[^.;,]{{1,50}}?)?\s+to\s+"
        rf"(?:(?P<hedge>{_HEDGE})\s+)?(?P<num>{NUMBER})(?![\w-])(?!\s*(?:%|{_PERCENT}))", re.IGNORECASE),
    # "executions doubled to 177 in 2006", "dropped by 85 percent ... to just 27"
    re.compile(
        rf"\b(?P<what>executions|hangings)\b[^.;]{{0,40}}?\b(?:{_W['total_change_verbs']})\b(?:\s+again)?"
        rf"[^.;]{{0,90}}?\bto\s+(?:just\s+|only\s+)?(?:(?P<hedge>{_HEDGE})\s+)?"
        rf"(?P<num>{NUMBER})(?![\w-])(?!\s*(?:%|{_PERCENT}))", re.IGNORECASE),
    # "Saudi Arabia doubled its yearly total to at least 345", "Iraq's figure nearly quadrupled, to at
    # least 63": an owner's figure changed to a number (of executions, as a review's figures are)
    re.compile(
        rf"(?:\b(?:{_W['total_change_verbs']})\s+(?:{_W['total_owners']}|(?-i:[A-Z])[\w-]*['’]s)"
        rf"|(?:\b(?:its|their)|(?-i:[A-Z])[\w-]*['’]s))\s+(?:(?:{_W['total_kinds']})\s+)?(?:{_W['owner_total_nouns']})"
        rf"(?:\s+(?:\w+ly\s+)?(?:{_W['total_change_verbs']}))?\s*,?\s+to\s+(?:(?P<hedge>{_HEDGE})\s+)?"
        rf"(?P<num>{NUMBER})(?![\w-])(?!\s*(?:%|{_PERCENT}))(?P<what>)", re.IGNORECASE),
    re.compile(
        rf"\b(?P<what>{_W['total_subjects']})\b[^.;]{{0,80}}?\b(?:{_W['total_stands']})\s+"
        rf"(?:(?P<hedge>{_HEDGE})\s+)?(?P<num>{NUMBER})(?![\w-])(?!\s*(?:%|{_PERCENT}))", re.IGNORECASE),
    # "at least 87 were executed in July, and the total for 2024 so far exceeds 400": above the number
    re.compile(
        rf"\b(?P<what>{_W['total_raised_by']})\b[^.;]{{0,100}}?\bthe\s+(?:(?:{_W['total_kinds']})\s+)?"
        rf"(?:{_W['total_nouns']})(?:\s+(?:for|in)\s+(?:the\s+year|\d{{4}}))?(?:\s+(?:{_W['total_spans']}))?\s+"
        rf"(?P<over>{_W['total_exceed_verbs']})\s+(?P<num>{NUMBER})(?![\w-])(?!\s*(?:%|{_PERCENT}))(?P<hedge>)",
        re.IGNORECASE),
    re.compile(
        rf"(?<=executions)(?:[^.;]{{0,160}}?),?\s+(?:before\s+)?(?:{_W['total_later_change']})\s+(?:again\s+)?to\s+"
        rf"(?:(?P<hedge>{_HEDGE})\s+)?(?P<num>{NUMBER})(?![\w-])(?P<what>)",
        re.IGNORECASE),
]
# A part of a breakdown known only by what is not known about it: "the charges against four are
# unknown", "the charges of 12 remain unclear", "the identity of three was not established".
# "...; one was hanged on security charges": a singular subject, as one part of a list
# Gapping: "Iran executed 567 people, Saudi Arabia 154 and the United States 20", "followed by
# Oromieh with 40 and Ghezel Hesar with 37", "Zahedan accounted for 54 and Birjand for 31", "murder
# for 66 and rape for 6": a later subject with its number, the verb of the count before left out.
# Only with "with" or "for" before the number: a bare "Saudi Arabia 154" also writes table cells and
# labels ("Ward 8"), and read as a figure it gave a phantom claim on a set we may not read.
_GAPPED = re.compile(
    rf"(?:,\s*(?:and\s+)?|\s+and\s+|\b(?:{_W['gapped_leads']})\s+)"
    rf"(?:(?:the\s+)?(?P<subject>[A-Z][\w'’-]*(?:\s+(?:\([A-Z][^()]{{0,30}}\)|[A-Z][\w'’-]*|of|al-[\w'’-]+)){{0,3}})"
    rf"|(?P<charge>[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?=\s+for\s)))"
    rf"\s+(?P<with>(?:{_W['gapped_prepositions']})\s+)?(?:(?P<hedge>{_HEDGE})\s+)?(?P<num>{NUMBER})"
    rf"(?![\w%-])(?!\s*(?:%|{_PERCENT}))(?=\s*(?:[,;.)(–—]|and\b|$))")
# "Iran executed 567 people, Saudi Arabia at least 154 and Iraq 16": the same gapping with a bare
# number, only when the subject is a country's name (lexicon.countries), as world reviews list
# their figures; any other capitalised subject with a bare number may be a label ("Ward 8")
# ("..., and Iraq some 21 over the same period": the span of the figure before, told again, may follow)
_GAPPED_BARE = re.compile(
    rf"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?P<subject>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})"
    rf"\s+(?:(?P<hedge>{_HEDGE})\s+)?(?P<num>{NUMBER})"
    # ("and Alabama, Georgia and Ohio one each": a number each of the places had, tables.each_rows)
    rf"(?![\w%-])(?!\s*(?:%|{_PERCENT}))(?=\s*(?:[,;.)–—]|and\b|$)|\s+{lexicon().each_word.pattern}(?=\s*(?:[,;.)(–—]|and\b|$))"
    rf"|\s+(?:{words('comparisons.yaml')['same_prepositions']})\s+{lexicon().assembly.same_period.pattern}\s*[,;.])")
# "Rajaei Shahr carried out the most executions (47)", "Kurdish prisoners accounted for the largest
# number of executions, with 37 cases (15.5%)": the head of a ranking, a part of the statistic told
# before; its number in brackets or after "with", never a share
_RANKED = re.compile(
    rf"\b(?:{_W['ranked_heads']})\s+(?:{_W['ranked_nouns']})(?:\s*\((?:(?P<hedge>{_HEDGE})\s+)?(?P<num>{NUMBER})\)"
    rf"|,?\s+with\s+(?:(?P<hedge2>{_HEDGE})\s+)?(?P<num2>{NUMBER})(?:\s+(?:{_W['ranked_with_nouns']}))?"
    rf"(?![\w%-])(?!\s*(?:%|{_PERCENT})))", re.IGNORECASE)
# "Texas led with eight", "Iran topped the list with at least 972": the head of a ranking told by its verb
_RANKED_LEAD = re.compile(
    rf"\b(?:{_W['ranked_leads']})\s*,?\s+with\s+(?:(?P<hedge2>{_HEDGE})\s+)?(?P<num2>{NUMBER})"
    rf"(?:\s+(?:{_W['ranked_with_nouns']}))?(?![\w%-])(?!\s*(?:%|{_PERCENT}))", re.IGNORECASE)
# "..., followed by Oroumieh (40) and Ghezel Hesar (37)", "..., followed by Lors with 27": the later parts of
# a ranking, a capitalised name and its number each (in brackets or after "with"); read only right after a
# ranked head (_RANKED), since a bracketed number after a name alone is as often an age ("Reza Ahmadi (34)")
# (a share in brackets may stand between: "with 37 cases (15.5%), followed by")
_RANKED_FOLLOWERS = re.compile(rf"(?:\s*\([^()]{{0,15}}\))?\s*,?\s*\b(?:{_W['ranked_followers']})\s+")
_RANKED_ITEM = re.compile(
    rf"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|in|of)){{0,4}}"
    rf"(?:\s*\((?:(?P<hedge>{_HEDGE})\s+)?(?P<num>{NUMBER})\)|\s+with\s+(?:(?P<hedge2>{_HEDGE})\s+)?(?P<num2>{NUMBER})"
    rf"(?![\w%-])(?!\s*(?:%|{_PERCENT})))(?P<sep>\s*,\s*(?:and\s+)?|\s+and\s+)?")
# "executed 37 of its citizens", "two more of its nationals": a country's own people, counted as
# they are by a number before "of" and the country's possessive; no part of any figure
_OWN_PEOPLE = re.compile(
    rf"\b(?<![\w,.-])(?:(?P<hedge>{_HEDGE})\s+)?(?P<num>{NUMBER})(?:\s+more)?\s+of\s+(?:its|their)\s+(?:own\s+)?"
    rf"(?:{_W['own_people']})\b", re.IGNORECASE)
# "Japan executed A along with six of his former disciples": a person's own people, counted by a number
# before "of" and his or her possessive (up to two words before the noun: "six of his former followers")
_FOLLOWERS = re.compile(
    rf"\b(?<![\w,.-])(?:(?P<hedge>{_HEDGE})\s+)?(?P<num>{NUMBER})\s+of\s+(?:{_W['follower_owners']})\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_W['followers']})\b", re.IGNORECASE)
# "include 21 from Pakistan, 20 from Yemen": a number of people and the country they came from (a
# capitalised name, checked by the caller against every country's name, those of nationality only
# included: "seven from Ethiopia")
_FROM_COUNTRY = re.compile(
    rf"\b(?<![\w,.-])(?:(?P<hedge>{_HEDGE})\s+)?(?P<num>{NUMBER})\s+(?:{_W['from_country']})\s+(?:the\s+)?"
    rf"(?P<country>(?-i:[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){{0,2}}))", re.IGNORECASE)
_LISTED_SUBJECT = re.compile(rf"(?<=;\s)(?:and\s+)?(?P<num>{NUMBER})(?=\s+was\s)", re.IGNORECASE)
_UNKNOWN_PART = re.compile(
    rf"\bthe\s+(?:{_W['unknown_what']})\s+(?:{_W['unknown_of']})\s+"
    rf"(?:(?P<hedge>{_HEDGE})\s+)?(?P<num>{NUMBER})\s+(?:others\s+|more\s+)?"
    rf"(?=(?:{_W['unknown_verbs']})\s+(?:still\s+)?(?:{_W['unknown_words']}))", re.IGNORECASE)
_UNKNOWN_CASES = re.compile(
    rf"\bthe\s+(?:{_W['unknown_cases_modifiers']})\s+(?:(?P<hedge>{_HEDGE})\s+)?(?P<num>{NUMBER})\s+"
    rf"(?:{_W['unknown_cases']}),?\s+the\s+(?:{_W['unknown_what']})\s+"
    rf"(?:{_W['unknown_verbs']}|{_W['unknown_modals']})\s+(?:still\s+)?(?:{_W['unknown_words']})", re.IGNORECASE)
_BARE_SUBJECT = re.compile(
    rf"\b(?<![\w,.-])(?:(?:the\s+)?(?:{_W['bare_subject_modifiers']})\s+)?(?:(?P<hedge>{_HEDGE})\s+)?"
    rf"(?P<num>{NUMBER})(?:\s+(?:{_W['bare_subject_more']}))?(?=\s+(?:{_W['bare_subject_verbs']})\s)", re.IGNORECASE)
# "far exceeds ... the 47 executed on January 2, 2016": a definite bare number before the participle
# that says what happened to them (a reduced relative, the participle's date after it)
_BARE_PARTICIPLE = re.compile(
    rf"(?<=\bthe\s)(?:(?P<hedge>{_HEDGE})\s+)?(?P<num>{NUMBER})(?=\s+(?:{_W['bare_participles']})\s)", re.IGNORECASE)
_BARE_OBJECT = re.compile(
    rf"\b(?:(?P<executions>{_W['bare_object_execution_verbs']})|{_W['bare_object_verbs']})\s+"
    rf"(?:(?:{_W['bare_object_determiners']})\s+)?(?:(?P<hedge>{_HEDGE})\s+)?"
    rf"(?P<num>{NUMBER})(?=\s*[,.;]|\s+(?:{_W['bare_object_after']})\b)"
    # "put at least 45 to death": the number inside a split verb
    rf"|\b(?:{_W['bare_split_verbs']})\s+(?:(?P<hedge2>{_HEDGE})\s+)?(?P<num2>{NUMBER})\s+(?=(?:{_W['bare_split_after']})\b)",
    re.IGNORECASE)
# ", including at least 125 since August", ", including 29 hanged on one day in August": the figure
# before's noun left out (a partitive of it)
_BARE_INCLUDED = re.compile(
    rf",\s*(?:{_W['bare_included_leads']})\s+(?:(?P<hedge>{_HEDGE})\s+)?(?P<num>{NUMBER})"
    rf"(?=\s+(?:{_W['bare_included_after']}|{_W['bare_participles']})\b)", re.IGNORECASE)
# "aged 21 and 23", "aged 19, 20 and 24": an age or a later age of a list of them right before a number
_AGED_BEFORE = re.compile(rf"\b(?:{_W['age_words']})\s+(?:\d{{1,3}}\s*,?\s*(?:(?:{_W['age_joins']})\s+)?)*$", re.IGNORECASE)
_ORDINAL_RE = re.compile(
    # (a comma or a dash before the space is no word boundary: "..., the fourth execution this year")
    # (a colon too: "passed a grim milestone: its 1,600th execution"; "and" only before a
    # possessive: "its 591st execution since 1976 and its fifth this year")
    rf"(?:\b(?:{_W['ordinal_leads']})|(?<=,)|(?<=—)|(?<=:)|\b(?:{_W['ordinal_joins']})(?=\s+(?:{_W['ordinal_owners']})\s))\s+"
    # "the fourth", "its fourth", "the city-state's fourth execution"
    rf"(?:(?P<hedge>{_HEDGE})\s+)?(?:{_W['ordinal_determiners']}|(?:the\s+)?[\w-]+['’]s)\s+(?P<ord>{ORDINAL})\s+"
    # "the third group execution this month" counts occasions, not people
    rf"(?!(?:[\w'-]+\s+)?(?:{_W['ordinal_occasions']})\b)"
    rf"(?:(?:[^.;]{{0,110}}?\s+to\s+be\s+|(?:[\w'-]+\s+){{0,4}}?(?:known\s+to\s+have\s+been\s+)?)"
    rf"(?:{_W['ordinal_executed']})\b"
    # "the second public execution of 2024", "the fifth hanging this year"
    rf"|(?:[\w'-]+\s+){{0,2}}?(?:{_W['ordinal_nouns']})\b"
    rf"(?!\s+of\s+(?!(?:{_W['ordinal_of_spans']})\b)(?:{_W['ordinal_of']}|[a-z]+\s+[A-Z]))"
    # "the 12th since hangings resumed", "the ninth this year"
    rf"|(?=(?:{_W['ordinal_periods']})\b))", re.IGNORECASE)
_ORDINAL_WIDER = re.compile(rf"\band\s+(?P<the>the)\s+(?P<ord>{ORDINAL})\s+(?=in\s+(?:the\s+)?[A-Z])")
# "a father and son", "twin brothers": two people named by their relation, with no number
_PAIR = re.compile(rf"\b(?<![\w-])(?:(?:an?|the)\s+)?(?:{_W['pairs']})\b", re.IGNORECASE)
# "His death sentence was carried out", "The qisas sentence was implemented": an execution whose
# people are those of the claim before it (followups.carried_out), or one person for his/her.
_CARRIED_OUT = re.compile(
    rf"\b(?:{_W['carried_out_owners']})\s+(?:(?:{_W['carried_out_kinds']})\s+)?(?:{_W['carried_out_nouns']})"
    rf"(?:\s+of\s+(?:{_W['carried_out_of']}))?"
    rf"\s+(?:{_W['carried_out_auxiliaries']})\s+(?:\w+\s+)?(?:{_W['carried_out_verbs']})\b",
    re.IGNORECASE)
def find_triggers(text: str, spans=None) -> list[Trigger]:
    """Every event trigger, in one pass over the text (events.yaml order decides between
    phrasings that start at the same place)."""
    found = []
    for m in scan(lexicon().triggers, text, spans):
        event, voice, _ = m.lastgroup.split("__")
        s = m.start()
        found.append(Trigger(s, m.end(), event, voice, bool(search(_HYPOTHETICAL, text, max(0, s - 40), s))))
    return found


def _count_from_match(m: re.Match, text: str) -> Count | None:
    """The Count for one match of lexicon().count, or None when it is not a count of people
    or executions (a rate, a plural after "one", "one of the two men")."""
    tail = text[m.end():m.end() + 32]   # long enough for "in each of the three years"
    if lexicon().rate_tail.match(tail) or _PART_OF_KNOWN.match(tail):
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
            _YEAR_BEFORE, text, max(0, m.start() - 8), m.start()):
        return None   # "Of the 2015 executions": a year, not a count
    if event_noun:
        if value != 1 and not event_noun.lower().endswith("s"):
            return None
        if not m.group("num"):  # "an execution", "one hanging": too often generic
            return None
        if search(_POINTED_BACK, text, max(0, m.start() - 8), m.start()):
            return None   # "with these two executions": the executions told before, pointed back at
    noun = "execution" if event_noun else ("more" if m.group("more") or m.group("nth") else "person")
    qualifier = qualifier_of(hedge)
    if hedge and hedge.lower() == "over" and search(_VERB_OF_OVER, text, max(0, m.start() - 20), m.start()):
        qualifier = "exact"   # "presided over 28 executions": the verb's preposition
    if qualifier == "exact" and m.group("num"):
        qualifier = qualifier_after(text, m.end("num"), m.end()) or qualifier   # "900-plus", "975 people or more"
    part = _PART_OF_COUNT.search(text, max(0, m.start() - 24), m.start()) \
        if noun == "person" and m.group("num") and not hedge else None
    if part is not None and (parse_number(part.group("num")) or 0) < value:
        # "sentenced 30 of 89 defendants to death": the part is who the verb is told of
        return Count(part.start("num"), m.end(), parse_number(part.group("num")), "exact", noun)
    return Count(m.start(), m.end(), value, qualifier, noun,
                 partitive=bool(_PARTITIVE.match(tail)),
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
    for m in scan(_PARTITIVE_BARE, text, spans):
        value = parse_number(m.group("num"))
        if value and (value > 1 or not m.group("whom").lower().startswith("the")):   # "one of the executions" is an instance
            counts.append(Count(m.start(), m.end(), value, qualifier_of(m.group("hedge")), "person",
                                partitive=True, event="executed" if m.group("executed") else None))
    for m in scan(_PARTITIVE_FIGURE, text, spans):
        value = parse_number(m.group("num"))
        if value and value > 1:   # "one of the prisoners" is an instance, never a part counted
            counts.append(Count(m.start(), m.end(), value, qualifier_of(m.group("hedge")), "person",
                                partitive=True, event="executed" if m.group("executed") else None))
    for m in scan(_OWN_PEOPLE, text, spans):
        value = parse_number(m.group("num"))
        if value:
            counts.append(Count(m.start(), m.end(), value, qualifier_of(m.group("hedge")), "person"))
    for m in scan(_FOLLOWERS, text, spans):
        value = parse_number(m.group("num"))
        if value:
            counts.append(Count(m.start(), m.end(), value, qualifier_of(m.group("hedge")), "person"))
    for m in scan(_FROM_COUNTRY, text, spans):
        value = parse_number(m.group("num"))
        named = m.group("country").split()
        if value and not YEAR_IN.fullmatch(m.group("num")) and any(   # ("Sri Lanka", not "Yemen Saudi")
                " ".join(named[:k]) in lexicon().country_names for k in range(len(named), 0, -1)):
            counts.append(Count(m.start("hedge") if m.group("hedge") else m.start("num"), m.end("num"), value,
                                qualifier_of(m.group("hedge")), "person"))
    for m in scan(_LISTED_SUBJECT, text, spans):
        value = parse_number(m.group("num"))
        if value:
            counts.append(Count(m.start("num"), m.end("num"), value, "exact", "person"))
    for pattern in _TOTAL:
        for m in scan(pattern, text, spans):
            value = parse_number(m.group("num"))
            what = (m.group("what") or "executed").lower()
            event = "sentenced" if ("death" in what and "put" not in what) or "sentence" in what else "executed"
            if value and (m.group("what") is not None or "execution" in m.group(0).lower()) \
                    and not _NOT_PEOPLE.search(text, max(0, m.start() - 80), m.start("num")):
                over = m.groupdict().get("over")   # "the total ... exceeds 400": more than the number
                counts.append(Count(m.start("num"), m.end("num"), value,
                                    "more_than" if over else qualifier_of(m.group("hedge")), "total", event=event))
    for m in [*scan(_UNKNOWN_PART, text, spans), *scan(_UNKNOWN_CASES, text, spans)]:
        value = parse_number(m.group("num"))
        if value:
            counts.append(Count(m.start("num"), m.end("num"), value, qualifier_of(m.group("hedge")), "person",
                                partitive=True))
    for m in scan(_BARE_SUBJECT, text, spans):
        value = parse_number(m.group("num"))
        if value and not search(_AGED_BEFORE, text, max(0, m.start() - 40), m.start()) and not (
                # "arrested at a rally in 2019 were hanged": the year closes a phrase, its verb is the people's
                YEAR_IN.fullmatch(m.group("num")) and search(_YEAR_BEFORE, text, max(0, m.start() - 8), m.start())):
            counts.append(Count(m.start(), m.end(), value, qualifier_of(m.group("hedge")), "person"))
    for m in scan(_BARE_PARTICIPLE, text, spans):
        value = parse_number(m.group("num"))
        if value and not YEAR_IN.fullmatch(m.group("num")):
            counts.append(Count(m.start(), m.end(), value, qualifier_of(m.group("hedge")), "person"))
    for m in scan(_BARE_OBJECT, text, spans):
        num, hedge = ("num", "hedge") if m.group("num") else ("num2", "hedge2")
        value = parse_number(m.group(num))
        if value:
            # "carried out 45": the verb says the number is of executions (it is no trigger of people)
            counts.append(Count(m.start(hedge) if m.group(hedge) else m.start(num), m.end(num), value,
                                qualifier_of(m.group(hedge)), "person",
                                event="executed" if m.group("executions") else None))
    for m in scan(_BARE_INCLUDED, text, spans):
        value = parse_number(m.group("num"))
        if value and not YEAR_IN.fullmatch(m.group("num")):
            counts.append(Count(m.start("hedge") if m.group("hedge") else m.start("num"), m.end("num"), value,
                                qualifier_of(m.group("hedge")), "person", partitive=True))
    for m in scan(_PAIR, text, spans):
        counts.append(Count(m.start(), m.end(), 2, "exact", "person"))
    for m in scan(_ORDINAL_RE, text, spans):
        value = parse_ordinal(m.group("ord"))
        if value and value > 1:
            counts.append(Count(m.start(), m.end(), value, qualifier_of(m.group("hedge")), "ordinal", event="executed"))
        # "the first execution in Texas this year and the second in the United States": a second
        # ordinal of the same execution, counted over a wider place
        wider = _ORDINAL_WIDER.search(text, m.end(), min(len(text), m.end() + 80))
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
    for m in scan(_CARRIED_OUT, text, spans):
        counts.append(Count(m.start(), m.end(), 1, "exact", "carried_out", event="executed"))
    # (before _GAPPED: a ranked part read here wins over the same number read as a gapped subject's)
    for m in sorted([*scan(_RANKED, text, spans), *scan(_RANKED_LEAD, text, spans)], key=lambda m: m.start()):
        num, hedge = ("num", "hedge") if m.groupdict().get("num") else ("num2", "hedge2")
        value = parse_number(m.group(num))
        if value and not YEAR_IN.fullmatch(m.group(num)):
            counts.append(Count(m.start(num), m.end(num), value, qualifier_of(m.group(hedge)), "person",
                                partitive=True, event="executed"))
        follow = _RANKED_FOLLOWERS.match(text, m.end())
        at = follow.end() if follow else None
        while at is not None and (item := _RANKED_ITEM.match(text, at)) is not None:
            num, hedge = ("num", "hedge") if item.group("num") else ("num2", "hedge2")
            value = parse_number(item.group(num))
            if value and not YEAR_IN.fullmatch(item.group(num)):
                # a part of the same statistic as the head (partitive: candidate_parts.figure_split)
                counts.append(Count(item.start(hedge) if item.group(hedge) else item.start(num), item.end(num), value,
                                    qualifier_of(item.group(hedge)), "ellipsis", partitive=True))
            at = item.end() if item.group("sep") else None
    for m in scan(_GAPPED, text, spans):
        value = parse_number(m.group("num"))
        subject, charge = m.group("subject"), m.group("charge")
        if not value or YEAR_IN.fullmatch(m.group("num")) or (
                charge is not None and not (m.group("with") and lexicon().offences.fullmatch(charge))) or (
                subject is not None and not m.group("with")):
            continue
        # a charge opens its part ("murder for 66"): the part's own charge, joined to the part before
        start = m.start("charge") if charge is not None else m.start("num")
        counts.append(Count(start, m.end("num"), value, qualifier_of(m.group("hedge")), "ellipsis"))
    for m in scan(_GAPPED_BARE, text, spans):
        value = parse_number(m.group("num"))
        if value and not YEAR_IN.fullmatch(m.group("num")) and lexicon().countries.fullmatch(m.group("subject")):
            counts.append(Count(m.start("num"), m.end("num"), value, qualifier_of(m.group("hedge")), "ellipsis"))
    for pattern in (_ELLIPSIS, _ELLIPSIS_AND):
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
