"""The English patterns find_counts and find_triggers read around a number (mentions.py): totals,
ranked figures, ellipses ("and 12 in Shiraz"), partitives ("five of them"), bare figures, ordinals,
hypothetical triggers. Every phrase comes from mentions.yaml and the lexicon (lexicon.py); these are
the compiled shapes around them."""
from __future__ import annotations

import re

from .lexicon import lexicon, words
from .numbers import DIGIT_NUMBER, NUMBER, ORDINAL

# Every hedge of vocab.yaml ("at least", "approximately", "no fewer than"): one list, so a hedge
# that works before one pattern's number works before all of them
_HEDGE = lexicon().hedge
_W = words("mentions.yaml")
_PERCENT = words("comparisons.yaml")["percent_words"]
# A trigger right after one of these is not a report that it happened ("could be executed",
# "to stop them from being hanged", "were not executed").
HYPOTHETICAL = re.compile(
    rf"(?:\b(?:{_W['negations']})\s+|\b(?:{_W['hypothetical_words']}|(?:{_W['hypothetical_stems']})\w*"
    # the word between is lower-case ("from being hanged"): "A from Baneh was hanged" is no hypothesis;
    # an adverb may come first ("to halt immediately any plans to execute X")
    rf"|(?:{_W['hypothetical_stems_longer']})\w+)\s+(?:(?-i:[a-z]+ly)\s+)?(?:(?-i:[a-z]+)\s+)?)$", re.IGNORECASE)
POINTED_BACK = re.compile(rf"\b(?:{_W['back_reference_determiners']})\s+$", re.IGNORECASE)
VERB_OF_OVER = re.compile(rf"\b(?:{_W['over_verbs']})\s+$", re.IGNORECASE)
YEAR_BEFORE = re.compile(rf"\b(?:{_W['year_before']})\s+$|['’]s\s+$", re.IGNORECASE)
PARTITIVE = re.compile(rf"^\s+of\s+(?:{_W['partitive_pronouns']})\b", re.IGNORECASE)
PART_OF_KNOWN = re.compile(rf"^\s+of\s+the\s+(?:\w+\s+)?(?:{NUMBER}|\w+ly\s+{NUMBER})\b", re.IGNORECASE)
PART_OF_COUNT = re.compile(rf"(?<![\w,.-])(?P<num>{NUMBER})\s+of\s+$", re.IGNORECASE)   # "30 of " before "89 defendants"
# "A boy was one of " before "six Afghans hanged last week": a member described, the group counted
# ... and the member before it: "A 15-year-old boy" before " was one of six"
MEMBER_BEFORE_GROUP = re.compile(rf"\s+(?:{_W['member_of_group_copulas']})\s+(?:one|the\s+only\s+one)\s+of\s+(?!the\b)",
                                 re.IGNORECASE)
MEMBER_OF_GROUP = re.compile(rf"\b(?:{_W['member_of_group_copulas']})\s+(?:one|the\s+only\s+one)\s+of\s+$", re.IGNORECASE)
PARTITIVE_BARE = re.compile(
    rf"\b(?<![\w,.-])(?:(?P<hedge>{_HEDGE})\s+)?"
    rf"(?P<num>{NUMBER})\s+of\s+(?P<whom>{_W['bare_partitive_pronouns']}|those\s+(?:{_W['bare_partitive_those']})"
    rf"|the\s+(?:(?:{_W['bare_partitive_adjectives']})\s+)?(?:(?P<executed>{_W['bare_partitive_executed']})"
    rf"|{_W['bare_partitive_nouns']}))\b", re.IGNORECASE)
# "12 of the 18 Kurdish prisoners", "255 of those executions", "six of the month's executions",
# "83 of the 111 (75%) were hanged": a part of a figure of people or executions named after "of";
# the words between are no verb, no clause and no other count ("two of the men who ...")
PARTITIVE_FIGURE = re.compile(
    rf"\b(?<![\w,.-])(?:(?P<hedge>{_HEDGE})\s+)?(?:only\s+)?"
    rf"(?P<num>{NUMBER})\s+of\s+(?:{_W['figure_partitive_determiners']})\s+"
    rf"(?:(?:(?:[\w-]+['’]s|(?!(?:{_W['figure_partitive_stops']})\b)[\w-]+|\d[\d,]*)\s+){{0,4}}?"
    rf"(?:(?P<executed>{_W['figure_partitive_executed']})|{_W['figure_partitive_heads']})\b"
    # "83 of the 111 (75%) were hanged": the figure itself, a verb or a share right after it
    # (or in words: "ten of these thirteen were Kurds")
    rf"|(?:{DIGIT_NUMBER}|{NUMBER})(?=\s*[(,–—]|\s+(?:{_W['figure_partitive_verbs']})\b))", re.IGNORECASE)
# "and another 2 in Isfahan", "and some 21 in Iraq": a count left to share the verb before may open a
# new group (clauses.new_group) and be hedged
_ELLIPSIS_LEAD = rf"(?:(?:{lexicon().clauses.new_group.pattern})\s+)?(?:(?P<hedge>{_HEDGE})\s+)?"
# "two in Minab, seven in Gohardasht"; "70 for drug offences, 52 for murder and three on security charges"
# "eight of murder and one of rape": a charge after "of", never "two of them", "40 of the 50"
ELLIPSIS = re.compile(rf"(?<=[,:;]\s)(?:and\s+)?{_ELLIPSIS_LEAD}(?P<num>{NUMBER})\s+(?=(?:{_W['ellipsis_prepositions']})\s"
                       rf"|of\s(?!(?:{_W['ellipsis_not_of']})\b)[a-z])", re.IGNORECASE)
# "... and 27 in 2020": another year's figure of the same event
# ("... hanged in Ghezel Hesar and three more in Karaj Central Prison": "more" may stand between)
ELLIPSIS_AND = re.compile(rf"(?<=\sand\s){_ELLIPSIS_LEAD}(?P<num>{NUMBER})\s+(?:(?:{_W['ellipsis_more']})\s+)?(?=in\s[A-Z]|in\s(?:19|20)\d\d\b|at\s[A-Z]"
                           rf"|(?:{_W['ellipsis_and_prepositions']})\s"
                           rf"|of\s(?!(?:{_W['ellipsis_not_of']})\b)[a-z])")
# "the number of countries carrying out executions fell to 16": a count of places, not of people
NOT_PEOPLE = re.compile(rf"\bnumber\s+of\s+(?:{_W['total_not_people']})\b[^.;]{{0,60}}$", re.IGNORECASE)
TOTAL = [
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
        rf"\b(?P<what>{_W['total_raised_by']})\b[^;]{{0,200}}?\b(?:{_W['total_put_verbs']})\s+"
        rf"(?:{_W['total_owners']}|(?:the\s+)?(?-i:[A-Z])[\w-]*['’]s)\s+(?:(?:\d{{4}}|{_W['total_kinds']})\s+)?"
        rf"(?:{_W['total_put_nouns']})(?:\s+(?:for|in)\s+(?:the\s+year|\d{{4}})|\s+(?:{_W['total_spans']}))?\s+at\s+"
        rf"(?:(?P<hedge>{_HEDGE})\s+)?(?P<num>{NUMBER})(?![\w-])(?!\s*(?:%|{_PERCENT}))", re.IGNORECASE),
    # "... when IHRNGO recorded 126 drug-related executions. In 2022 the figure rose to 256": the figure
    # told before, changed to a number (after a word of executions; never a toll)
    re.compile(
        rf"\b(?P<what>{_W['total_raised_by']})\b[^;]{{0,200}}?\bthe\s+(?:{_W['total_put_nouns']})\s+"
        rf"(?:{_W['total_change_verbs']})(?:\s+again)?\s+to\s+(?:(?P<hedge>{_HEDGE})\s+)?(?P<num>{NUMBER})(?![\w-])"
        rf"(?!\s*(?:%|{_PERCENT}))", re.IGNORECASE),
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
GAPPED = re.compile(
    rf"(?:,\s*(?:and\s+)?|\s+and\s+|\b(?:{_W['gapped_leads']})\s+)"
    rf"(?:(?:the\s+)?(?P<subject>[A-Z][\w'’-]*(?:\s+(?:\([A-Z][^()]{{0,30}}\)|[A-Z][\w'’-]*|of|al-[\w'’-]+)){{0,3}})"
    rf"|(?P<charge>[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?=\s+for\s)))"
    rf"\s+(?P<with>(?:{_W['gapped_prepositions']})\s+)?(?:(?P<hedge>{_HEDGE})\s+)?(?P<num>{NUMBER})"
    rf"(?![\w%-])(?!\s*(?:%|{_PERCENT}))(?=\s*(?:[,;.)(–—]|and\b|$))")
# "Iran executed 567 people, Saudi Arabia at least 154 and Iraq 16": the same gapping with a bare
# number, only when the subject is a country's name (lexicon.countries), as world reviews list
# their figures; any other capitalised subject with a bare number may be a label ("Ward 8")
# ("..., and Iraq some 21 over the same period": the span of the figure before, told again, may follow)
GAPPED_BARE = re.compile(
    rf"(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?P<subject>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})"
    rf"\s+(?:(?P<hedge>{_HEDGE})\s+)?(?P<num>{NUMBER})"
    # ("and Alabama, Georgia and Ohio one each": a number each of the places had, tables.each_rows)
    rf"(?![\w%-])(?!\s*(?:%|{_PERCENT}))(?=\s*(?:[,;.)–—]|and\b|$)|\s+{lexicon().each_word.pattern}(?=\s*(?:[,;.)(–—]|and\b|$))"
    rf"|\s+(?:{words('comparisons.yaml')['same_prepositions']})\s+{lexicon().assembly.same_period.pattern}\s*[,;.])")
# "Rajaei Shahr carried out the most executions (47)", "Kurdish prisoners accounted for the largest
# number of executions, with 37 cases (15.5%)": the head of a ranking, a part of the statistic told
# before; its number in brackets or after "with", never a share
RANKED = re.compile(
    rf"\b(?:{_W['ranked_heads']})\s+(?:{_W['ranked_nouns']})(?:\s*\((?:(?P<hedge>{_HEDGE})\s+)?(?P<num>{NUMBER})\)"
    rf"|,?\s+with\s+(?:(?P<hedge2>{_HEDGE})\s+)?(?P<num2>{NUMBER})(?:\s+(?:{_W['ranked_with_nouns']}))?"
    rf"(?![\w%-])(?!\s*(?:%|{_PERCENT})))", re.IGNORECASE)
# "Texas led with eight", "Iran topped the list with at least 972": the head of a ranking told by its verb
RANKED_LEAD = re.compile(
    rf"\b(?:{_W['ranked_leads']})\s*,?\s+with\s+(?:(?P<hedge2>{_HEDGE})\s+)?(?P<num2>{NUMBER})"
    rf"(?:\s+(?:{_W['ranked_with_nouns']}))?(?![\w%-])(?!\s*(?:%|{_PERCENT}))", re.IGNORECASE)
# "..., followed by Oroumieh (40) and Ghezel Hesar (37)", "..., followed by Lors with 27": the later parts of
# a ranking, a capitalised name and its number each (in brackets or after "with"); read only right after a
# ranked head (RANKED), since a bracketed number after a name alone is as often an age ("Reza Ahmadi (34)")
# (a share in brackets may stand between: "with 37 cases (15.5%), followed by")
RANKED_FOLLOWERS = re.compile(rf"(?:\s*\([^()]{{0,15}}\))?\s*,?\s*\b(?:{_W['ranked_followers']})\s+")
RANKED_ITEM = re.compile(
    rf"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|in|of)){{0,4}}"
    rf"(?:\s*\((?:(?P<hedge>{_HEDGE})\s+)?(?P<num>{NUMBER})\)|\s+with\s+(?:(?P<hedge2>{_HEDGE})\s+)?(?P<num2>{NUMBER})"
    rf"(?![\w%-])(?!\s*(?:%|{_PERCENT})))(?P<sep>\s*,\s*(?:and\s+)?|\s+and\s+)?")
# "executed 37 of its citizens", "two more of its nationals": a country's own people, counted as
# they are by a number before "of" and the country's possessive; no part of any figure
OWN_PEOPLE = re.compile(
    rf"\b(?<![\w,.-])(?:(?P<hedge>{_HEDGE})\s+)?(?P<num>{NUMBER})(?:\s+more)?\s+of\s+(?:its|their)\s+(?:own\s+)?"
    rf"(?:{_W['own_people']})\b", re.IGNORECASE)
# "Japan executed A along with six of his former disciples": a person's own people, counted by a number
# before "of" and his or her possessive (up to two words before the noun: "six of his former followers")
FOLLOWERS = re.compile(
    rf"\b(?<![\w,.-])(?:(?P<hedge>{_HEDGE})\s+)?(?P<num>{NUMBER})\s+of\s+(?:{_W['follower_owners']})\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_W['followers']})\b", re.IGNORECASE)
# "include 21 from Pakistan, 20 from Yemen": a number of people and the country they came from (a
# capitalised name, checked by the caller against every country's name, those of nationality only
# included: "seven from Ethiopia")
FROM_COUNTRY = re.compile(
    rf"\b(?<![\w,.-])(?:(?P<hedge>{_HEDGE})\s+)?(?P<num>{NUMBER})\s+(?:{_W['from_country']})\s+(?:the\s+)?"
    rf"(?P<country>(?-i:[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){{0,2}}))", re.IGNORECASE)
LISTED_SUBJECT = re.compile(rf"(?<=;\s)(?:and\s+)?(?P<num>{NUMBER})(?=\s+was\s)", re.IGNORECASE)
UNKNOWN_PART = re.compile(
    rf"\bthe\s+(?:{_W['unknown_what']})\s+(?:{_W['unknown_of']})\s+"
    rf"(?:(?P<hedge>{_HEDGE})\s+)?(?P<num>{NUMBER})\s+(?:others\s+|more\s+)?"
    rf"(?=(?:{_W['unknown_verbs']})\s+(?:still\s+)?(?:{_W['unknown_words']}))", re.IGNORECASE)
UNKNOWN_CASES = re.compile(
    rf"\bthe\s+(?:{_W['unknown_cases_modifiers']})\s+(?:(?P<hedge>{_HEDGE})\s+)?(?P<num>{NUMBER})\s+"
    rf"(?:{_W['unknown_cases']}),?\s+the\s+(?:{_W['unknown_what']})\s+"
    rf"(?:{_W['unknown_verbs']}|{_W['unknown_modals']})\s+(?:still\s+)?(?:{_W['unknown_words']})", re.IGNORECASE)
BARE_SUBJECT = re.compile(
    rf"\b(?<![\w,.-])(?:(?:the\s+)?(?:{_W['bare_subject_modifiers']})\s+)?(?:(?P<hedge>{_HEDGE})\s+)?"
    rf"(?P<num>{NUMBER})(?:\s+(?:{_W['bare_subject_more']}))?(?=\s+(?:{_W['bare_subject_verbs']})\s)", re.IGNORECASE)
# "far exceeds ... the 47 executed on January 2, 2016": a definite bare number before the participle
# that says what happened to them (a reduced relative, the participle's date after it)
# "Three hanged in Shiraz prison": so is a number opening a line (a headline leaves the verb's "were" out)
BARE_PARTICIPLE = re.compile(
    rf"(?:(?<=\bthe\s)|(?<!.))(?:(?P<hedge>{_HEDGE})\s+)?(?P<num>{NUMBER})(?=\s+(?:{_W['bare_participles']})\s)",
    re.IGNORECASE)
BARE_OBJECT = re.compile(
    rf"\b(?:(?P<executions>{_W['bare_object_execution_verbs']})|{_W['bare_object_verbs']})\s+"
    rf"(?:(?:{_W['bare_object_determiners']})\s+)?(?:(?P<hedge>{_HEDGE})\s+)?"
    rf"(?P<num>{NUMBER})(?=\s*[,.;]|\s+(?:{_W['bare_object_after']})\b)"
    # "put at least 45 to death": the number inside a split verb
    rf"|\b(?:{_W['bare_split_verbs']})\s+(?:(?P<hedge2>{_HEDGE})\s+)?(?P<num2>{NUMBER})\s+(?=(?:{_W['bare_split_after']})\b)",
    re.IGNORECASE)
# ", including at least 125 since August", ", including 29 hanged on one day in August": the figure
# before's noun left out (a partitive of it)
BARE_INCLUDED = re.compile(
    rf",\s*(?:{_W['bare_included_leads']})\s+(?:(?P<hedge>{_HEDGE})\s+)?(?P<num>{NUMBER})"
    rf"(?=\s+(?:{_W['bare_included_after']}|{_W['bare_participles']})\b)", re.IGNORECASE)
# "aged 21 and 23", "aged 19, 20 and 24": an age or a later age of a list of them right before a number
AGED_BEFORE = re.compile(rf"\b(?:(?:{_W['age_words']})\s+(?:\d{{1,3}}\s*,?\s*(?:(?:{_W['age_joins']})\s+)?)*"
                         rf"|(?:{_W['age_single_words']})\s+)$", re.IGNORECASE)
ORDINAL_RE = re.compile(
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
# ... or over a longer span: "the fourth person executed this year and the 15th since hangings resumed"
ORDINAL_WIDER = re.compile(rf"\band\s+(?P<the>the)\s+(?P<ord>{ORDINAL})\s+(?=in\s+(?:the\s+)?[A-Z]|(?:{_W['ordinal_periods']})\b)")
# "a father and son", "twin brothers": two people named by their relation, with no number
PAIR = re.compile(rf"\b(?<![\w-])(?:(?:an?|the)\s+)?(?:{_W['pairs']})\b", re.IGNORECASE)
# "His death sentence was carried out", "The qisas sentence was implemented": an execution whose
# people are those of the claim before it (followups.carried_out), or one person for his/her.
CARRIED_OUT = re.compile(
    rf"\b(?:{_W['carried_out_owners']})\s+(?:(?:{_W['carried_out_kinds']})\s+)?(?:{_W['carried_out_nouns']})"
    rf"(?:\s+of\s+(?:{_W['carried_out_of']}))?"
    rf"\s+(?:{_W['carried_out_auxiliaries']})\s+(?:\w+\s+)?(?:{_W['carried_out_verbs']})\b",
    re.IGNORECASE)
