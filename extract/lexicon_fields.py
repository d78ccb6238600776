"""The shape of a compiled vocabulary: the Lexicon every rule reads through lexicon.lexicon(), and
the pattern tables of the rule modules it holds (Linking, Assembly, Rejections, Clauses).

Most fields are compiled patterns; the comment beside a field says what it matches.
lexicon_patterns.compile_lexicon and lexicon_rules build them from the data files.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Lexicon:
    """Compiled vocabulary: every pattern the rules need, built from the data files."""

    count: re.Pattern            # a hedged number and the noun it counts
    rate_tail: re.Pattern        # "a day", "percent" right after a count
    per_year_tail: re.Pattern    # "in each year" right after a count or its trigger
    qualifiers: tuple            # (compiled hedge, qualifier name) pairs
    after_qualifiers: tuple      # (hedge right after a number or a count, qualifier name): "-plus", " or more"
    triggers: re.Pattern         # every trigger; group name "<event>__<voice>__<n>"
    offences: re.Pattern         # every offence term; the group name is the offence
    countries: re.Pattern        # every country name; the group name is the ISO code
    breakdown_tail: re.Pattern   # " were among them", " were women" right after a count
    hedge: str                   # every hedge of vocab.yaml as one alternation (no groups): "no fewer than"
    table_row: re.Pattern        # one line of a listed breakdown: "Drug offences: 30 cases (52%)"
    table_row_number_first: re.Pattern  # a line opening on its figure, under an announcing heading: "- 72 Kurdish prisoners"
    shared_each: re.Pattern      # a figure each of several places had: "Alabama and Texas each executed five"
    shared_each_after: re.Pattern  # the same with "each" after it: "Missouri and Oklahoma executed four each"
    each_word: re.Pattern        # any word of table.each ("each", "apiece"): the cheap test before shared_each
    place_heading: re.Pattern    # a heading announcing rows of places ("in the following prisons:")
    country_heading: re.Pattern  # a heading announcing rows of countries
    nationality_heading: re.Pattern  # a heading announcing rows of nationalities ("The foreigners came from:")
    country_name: re.Pattern     # a country's own English name ("North Korea", not "Texas" or "Iranian")
    country_names: frozenset     # every country's own English name, those no claim is of too ("Ethiopia")
    national_bodies: re.Pattern  # a country's adjective before a noun of its state: "Nigerian courts"
    nationality_after: re.Pattern  # a person noun right after a country word: "Pakistani nationals"
    name_stopwords: frozenset    # lowered words that never belong to a person's name
    since_before: re.Pattern     # "since ... " ending right before a date: the figure runs from that day
    carried_out_after: re.Pattern  # "... were carried out" after a death-sentence count: executions
    clauses: "Clauses"           # the grammar words of the clause rules (clauses.py)
    rejections: "Rejections"     # what a count or a date looks like but is not (rejections.py)
    assembly: "Assembly"         # the words the assembly rules read (assemble.py)
    linking: "Linking"           # the words the linking rules read (linking.py, components.py)


@dataclass(frozen=True)
class Linking:
    """Patterns of linking.py and components.py, compiled from data/linking.yaml."""

    subject_place: re.Pattern    # " in the city of " right after the people
    relative_clause: re.Pattern  # "who ... " ending before a trigger
    aside: re.Pattern            # ", which lifted ..." / "after lifting ..." open before a date, not closed yet
    region_stop: re.Pattern      # what ends the stretch where a count's date is looked for
    person_clause: re.Pattern    # " whose", " convicted of": a clause about the people after a count
    said: re.Pattern             # "said on " right before a date
    relevant: re.Pattern         # a sentence worth reading
    span_words: re.Pattern       # a sentence naming a statistic's span: read for dates too
    follow_up: re.Pattern        # a sentence that may date the one before


@dataclass(frozen=True)
class Assembly:
    """Patterns of assemble.py, compiled from data/assembly.yaml (see that module for each)."""

    breakdown: re.Pattern        # "including" right before a count
    breakdown_lead: re.Pattern   # a sentence opening a breakdown: "Of these, ..."
    part_clause: re.Pattern      # a part's clause open before a date: ", including 81 men ... in "
    protest_start: re.Pattern    # "protests broke out"
    follow_on: re.Pattern        # "They ..." opening the next sentence
    same_period: re.Pattern      # "in the same period"
    compared_with: re.Pattern    # "compared with " right before a period
    so_far: re.Pattern           # "so far" (not "so far in 2024")
    anchor_words: re.Pattern     # "a day after"
    single_day: re.Pattern       # "in a single day": a group that large is still one day's incident
    link_line: re.Pattern        # "Related news: ..." opening a line: a link to another report
    both_years: re.Pattern       # "in both 2022 and 2023": groups y1, y2
    years_then_each: re.Pattern  # "2023 and 2022, when 34 ... in each year": groups y1, y2
    each_previous: re.Pattern    # "each of the two previous years, when" ending a text: group n


@dataclass(frozen=True)
class Rejections:
    """Patterns of rejections.py, compiled from data/rejections.yaml (see that module for each)."""

    side_date: re.Pattern
    compared_from: re.Pattern   # "a sharp rise from the 19 drug executions recorded in ": a compared figure's year
    own_clause: re.Pattern
    like_period: re.Pattern     # "the same period of " right before a year: that year's like span
    superlative: re.Pattern
    superlative_total: re.Pattern
    offence_date_before: re.Pattern
    group_size: re.Pattern         # "groups of " before a count: the size of each group
    victims_left: re.Pattern       # "that left " before a count: the victims of a crime
    victim_state: re.Pattern       # " people dead" after it
    negated_subject: re.Pattern    # "No state had carried out " before a count
    offence_noun_after: re.Pattern
    arrest_clause: re.Pattern
    events_of: re.Pattern
    attributive: re.Pattern
    world: re.Pattern
    world_opener: re.Pattern     # "Worldwide, ..." opening a sentence: its figures are the world's
    set_aside_opener: re.Pattern  # "Leaving aside China, ..." opening a sentence: the world's, that country set aside
    world_report: re.Pattern   # a lead about the world: "executions around the world", "global report"
    world_exclusion: re.Pattern  # "a figure that excludes ... " before a country: not the figure's country
    world_exclusion_continued: re.Pattern  # ", as well as unknown numbers in " after a country left out: another
    world_share_after: re.Pattern  # ", Iraq and Saudi Arabia responsible for the majority" after a country
    world_share_before: re.Pattern  # "driven by " before a country: a share of the world's figure
    record_day: re.Pattern       # " people on one day" after a count: the unit of a record, a day's count
    threshold_series: re.Pattern  # "for the ninth consecutive year" before a bound: a threshold over years
    superlative_after_count: re.Pattern  # ", the highest number in a single day since": a record told after a count
    world_share_joint: re.Pattern   # " were together responsible for " between the last of several countries and their figure
    country_noun: re.Pattern     # "the kingdom", "the Islamic Republic": a country told by a common noun
    attributive_noun: re.Pattern  # " storming" after "the 2013": a noun the year dates (not "total")
    threshold: re.Pattern        # "had ever carried out " before a count: a record, not a count
    at_risk: re.Pattern          # "risk" in an imminent trigger: "at imminent risk of execution"
    definite: re.Pattern
    definite_opening: re.Pattern  # a count that opens on its article: "the remaining four" (definite_articles)
    other_action: re.Pattern
    other_action_any: re.Pattern
    rate_near: re.Pattern
    known_group: re.Pattern
    relatives: re.Pattern      # "her three children", "married with four children" right before a count
    range_before: re.Pattern    # "between 20 and ", "20 to " right before a count: the upper end of an estimate
    proportion: re.Pattern     # "one in " right before a count: "one in ten executions"
    proportion_after: re.Pattern  # " in five" right after a number: "one in five of all executions"


@dataclass(frozen=True)
class Clauses:
    """Patterns over a count's clause, compiled from vocab.yaml `clauses` (used by clauses.py)."""

    predicate_before: re.Pattern   # a copula right before a count: "... was a woman"
    one_of: re.Pattern             # "one of" a group: "One of the men hanged was ..."
    relative_before: re.Pattern    # a relative pronoun right before a trigger: "who were sentenced"
    relative: re.Pattern           # a relative pronoun anywhere: "whose"
    new_group: re.Pattern          # a count that opens a new group: "another prisoner"
    pluperfect: re.Pattern         # a trigger told in the pluperfect: "had been sentenced"
    communicated: re.Pattern       # "was informed on Tuesday that ... " ending right before a trigger
    governed_before: re.Pattern    # an infinitive or negated verb right before a noun trigger
    other_action_after: re.Pattern  # a count's own verb that is no trigger: " were given"
    other_verb_between: re.Pattern  # another verb joined after an active trigger: " and jailed "
    prison_term_after: re.Pattern   # a count's own verb giving a prison term: " were sentenced to five years"
    share_after: re.Pattern        # a share of a total right after a count: ", or 12% of the total"
    share_of_world: re.Pattern     # a share of the world's total: ", or 74% of all recorded executions"
    so_far: re.Pattern             # "so far", "to date"
    denied_before: re.Pattern      # a denial earlier in the sentence: "denied that", "contrary to reports"
    denied_after: re.Pattern       # a denial later in the sentence: " ... were untrue"
    stopped_before: re.Pattern     # a verb stopping a noun trigger right before it: "stayed "
    depicted_before: re.Pattern    # a verb of fiction or art right before a noun trigger: "depicts "
    reprieve: re.Pattern           # "reprieve", "spared": an execution stopped, anywhere in the sentence
    halted_after: re.Pattern       # a later clause stopping the execution told: ", but the execution was halted"
    speaks_after: re.Pattern       # a speech verb right after a count: " said", " told AFP"
    stopped_count_before: re.Pattern  # an active verb of plans or stops right before a trigger-less count
    not_done_after: re.Pattern     # a noun trigger's own verb of plans or stops: " were scheduled"
    generic_after: re.Pattern      # a judgement after one person's execution: " ... is prohibited"
    generic_person: re.Pattern     # "a person": anybody, after an infinitive trigger
    planned_after: re.Pattern      # a noun trigger's own verb of plans: " is scheduled"
    carried_out_later: re.Pattern  # a death-sentence noun's own verb in the future: " will be carried out"
    stopped_after: re.Pattern      # a verb of stops later in the clause: " but was stayed"
    since: re.Pattern              # "since", "ever since" (vocab.yaml since_words)
