"""The pattern tables of the rule modules (lexicon_fields.Linking, Assembly, Rejections, Clauses),
one shape for all four: a builder takes the mapping of its data file (linking.yaml, assembly.yaml,
rejections.yaml, vocab.yaml) and returns its table; `rule_tables` reads each file and builds each
table (TABLES). Called by lexicon_patterns.compile_lexicon, inside load()'s choice of data directory.
"""
from __future__ import annotations

import re

from .lexicon import alternation, in_order, read_yaml
from .lexicon_fields import Assembly, Clauses, Linking, Rejections


def hedged_qualifiers(vocab: dict) -> dict:
    """The hedge phrases of each qualifier, from vocab.yaml: `qualifiers` and the `verb_qualifiers`
    of the same name ({"at_least": ["at least", "no fewer than", ..., "has risen to at least"]})."""
    return {name: list(words) + vocab["verb_qualifiers"].get(name, []) for name, words in vocab["qualifiers"].items()}


def linking_table(w: dict) -> Linking:
    """The patterns of linking.py and components.py; `w` is data/linking.yaml."""
    def a(key: str) -> str:
        return alternation(w[key])

    i = re.IGNORECASE
    return Linking(
        subject_place=re.compile(
            rf"\s+(?:{a('subject_place_prepositions')})\s+(?:the\s+)?(?:(?:{a('settlement_words')})\s+of\s+)?", i),
        relative_clause=re.compile(rf"\b(?:{a('relative_openers')})\b[^,]{{0,40}}$", i),
        aside=re.compile(rf"(?:,\s*(?:{a('aside_relatives')})|\b(?:{a('aside_gerund_leads')})\s+\w+ing)\b[^,;.:]{{0,100}}$", i),
        person_clause=re.compile(rf"\s(?:{a('person_clause_openers')})\b", i),
        region_stop=re.compile(
            rf"%|\bper\s*cent\b|\bpercent\b|;|\s[—–-]\s|\s(?:{a('pluperfect_subjects')})\s+had\s+(?:\w+ly\s+)?(?:{a('pluperfect_verdict_verbs')})\b"
            rf"|\safter\s+(?:{a('determiners')})\s+(?:[\w-]+\s+){{0,2}}?(?:{a('lead_up_bodies')})\b"
            rf"|,\s+(?:{a('region_stops_after_comma')}"
            rf"|after\s+(?:{a('determiners')})|(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:{a('change_nouns')})"
            rf"|(?:{a('quantifiers')})\s+of\s+(?:{a('of_pronouns')})"
            rf"|including\s+(?:at\s+least\s+|more\s+than\s+)?\d+"
            rf"|and\s+(?:then\s+)?(?:on|in)(?=\s))\b", i),
        said=re.compile(
            rf"\b(?:{a('said_verbs')}|told\s+[\w-]+)\s+(?:(?:{a('said_modifiers')})\s+)?(?:on\s+)?$", i),
        relevant=re.compile(a("relevant_stems"), i),
        span_words=re.compile(a("span_stems"), i),
        follow_up=re.compile(
            rf"(?:{a('follow_up_openers')}|The\s+(?:\w+\s+)?(?:{a('follow_up_nouns')})s?)\b"
            rf"|[^.]{{0,200}}?\b(?:{a('follow_up_anywhere')})\b"),
    )


def assembly_table(w: dict) -> Assembly:
    """The patterns of assemble.py; `w` is data/assembly.yaml."""
    def a(key: str) -> str:
        return alternation(w[key])

    from .numbers import NUMBER   # here, not at the top: numbers.py reads its words through this module
    i = re.IGNORECASE
    return Assembly(
        breakdown=re.compile(rf"\b(?:{a('breakdown_openers')})\s*$", i),
        # opened by a comma or a dash: "to 196 in 2022 - including 81 put to death on one day in March"
        part_clause=re.compile(rf"(?:,|\s[-–—])\s*(?:{a('part_clause_openers')})\b[^,.;:]*$", i),
        breakdown_lead=re.compile(
            rf"^(?:(?:{a('lead_pronouns')}|Those\s+(?:{a('lead_participles')})(?:\s+\w+){{0,3}})\s+(?:{a('lead_verbs')})\b"
            rf"|(?:{a('partitive_leads')})\s+(?:{a('partitive_heads')})\b[^,.;]{{0,80}},"
            rf"|(?:Broken\s+down\s+)?[Bb]y\s+(?:{a('by_categories')})s?\s*,"
            # "The remaining 34 were convicted in ordinary criminal cases": the rest of the figure split
            rf"|(?:{a('rest_leads')})\s+\d[\d,]*\s+(?:{a('rest_lead_verbs')})\b)"),
        protest_start=re.compile(
            rf"\b(?:{a('protest_nouns')})\b[^.]{{0,80}}?\b(?:{a('outbreak_verbs')})\b[^.]{{0,60}}?", i),
        follow_on=re.compile(rf"(?:{a('follow_on_subjects')}|The\s+(?:{a('follow_on_after_the')}))\b"),
        same_period=re.compile(rf"\b(?:{a('same_period')}|the\s+same\s+[\w-]+\s+(?:{a('same_period_units')}))\b", i),
        compared_with=re.compile(rf"\b(?:{a('compared_with')})\s+(?:in\s+|during\s+)?$", i),
        so_far=re.compile(rf"\b(?:{a('so_far')})\b(?!\s+(?:in\s+\d|this\s+year|since))", i),
        single_day=re.compile(rf"\b(?:{a('single_day')})\b", i),
        link_line=re.compile(rf"(?:{a('link_labels')})\s*[:|–—-]", i),
        anchor_words=re.compile(
            rf"\b(?:{a('anchor_counts')})\s+(?:{a('anchor_units')})\s+(?:{a('anchor_directions')})\b", i),
        both_years=re.compile(
            rf"\b(?:{a('both_years_leads')})\s+(?P<y1>(?:19|20)\d\d)\s+(?:{a('both_years_joins')})\s+(?P<y2>(?:19|20)\d\d)\b", i),
        years_then_each=re.compile(
            rf"\b(?P<y1>(?:19|20)\d\d)\s+and\s+(?P<y2>(?:19|20)\d\d)\b[^.;]{{0,100}}?\b(?:{a('each_of_years')})\b", i),
        each_previous=re.compile(
            rf"\b(?:{a('each_previous_openers')})\s+(?P<n>{NUMBER})\s+(?:{a('each_previous_words')})\s+years\b[^.;]{{0,40}}$", i),
    )


def rejections_table(w: dict) -> Rejections:
    """The patterns of rejections.py; `w` is data/rejections.yaml."""
    from .numbers import NUMBER   # here, not at the top: numbers.py reads its words through this module

    def a(key: str) -> str:
        return alternation(w[key])

    actions = a("other_actions")
    i = re.IGNORECASE
    figure = r"(?:[^,.;]|(?<=\d)[,.](?=\d))"   # any character of a clause, "1,153" included
    # ... up to the far end of a range: in "rising from 520 in 2021 to 825 in 2022" the year after
    # "to" is the current figure's, not the compared one's
    unranged = rf"(?:(?!\s+to\s){figure})"
    return Rejections(
        side_date=re.compile(
            # "up 25 percent from", "up 32% from": the share written apart from its number or against it
            rf"(?:\b(?:{a('change_words')})\s+(?:(?:of\s+)?(?:[\w.,-]+\s+){{0,2}}?[\w.,-]+\s*(?:{a('share_units')})\s+)?"
            rf"(?:{a('change_prepositions')})\s+(?:the\s+)?(?:(?:{a('like_periods')})\s+)?"
            # ("compared with at least 1,634 in 2015": a figure's thousands separator stays in the clause)
            rf"|\b(?:{a('comparison_openers')})\b{unranged}{{0,40}}?"
            # "a method it used for the first time in January": when something else first happened
            rf"|\b(?:{a('first_time_words')})\s+(?:{a('first_time_prepositions')})\s+"
            rf"|,\s*(?:{a('clause_start_words')})\s+(?:{a('first_time_prepositions')})\s+"
            rf"|,\s*(?:{a('clause_resumed_words')})\s+[^,.;]{{0,50}}?\s(?:{a('clause_resumed_prepositions')})\s+(?:the\s+)?"
            rf"(?:(?:{a('clause_resumed_edges')})\s+)?"
            rf"|\bthan\s+(?:(?:{a('multiples')})\s+)?(?:(?:{a('than_clause_subjects')})\s+)?(?:in\s+|during\s+)?(?:the\s+)?"
            # "more than the total number put to death in the whole of last year"
            rf"(?:(?:{a('total_nouns')})s?\b[^,.;]{{0,60}}?\s)?"
            rf"|\b(?:an?|the)\s+(?:(?:{a('compared_adjective_degrees')})\s+)?(?:{a('compared_adjectives')})\s+(?:year\s+of\s+|month\s+of\s+)?"
            rf"|\b(?:{a('equal_comparisons')})\s+(?:[a-z-]+\s+){{0,2}}?as\s+(?:(?:{a('than_clause_subjects')})\s+)?(?:in|during)\s+(?:the\s+)?"
            # ("up sharply from 171 in 2015": an adverb of the change may stand before "from")
            rf"|\b(?:{a('from_words')})(?:\s+\w+ly)?(?:\s+(?:of\s+)?[\d.]+\s*(?:{a('share_units')}))?\s+from\s+{unranged}{{1,30}}?\s(?:in\s+|during\s+)?"
            # "tripling its total of 13 in 2023", "double their tally of forty-four in 2020": an owner's
            # own earlier figure, the year it is compared with
            rf"|\b(?:{a('possessives')})\s+(?:[\w-]+\s+)?(?:{a('total_nouns')})s?\s+of\s+(?:{NUMBER})\s+"
            rf"(?:[\w-]+\s+){{0,2}}?(?:in|during)\s+"
            # "below the peak of 1,634 recorded in 2015": a record figure's own year
            rf"|\b(?:{a('record_nouns')})\s+of\s+(?:{NUMBER})\s+(?:[\w-]+\s+){{0,2}}?(?:in|during)\s+)$", i),
        compared_from=re.compile(
            rf"\b(?:{a('change_words')})(?:\s+(?:of\s+)?[\d.]+\s*(?:{a('share_units')}))?\s+(?:{a('change_prepositions')})\s+"
            # "up from 314 the previous year": the figure's own words name its year, with or without "in"
            rf"{unranged}{{1,45}}?\s(?:in\s+|during\s+)?$"
            # "22% fewer than the 778 it recorded in 2013": a figure named with "the" after "than" is one
            # told before, compared with in its own year, which stays that figure's ("more than 100
            # executed in 2024" has no "the")
            # ("more than three times the 32 recorded there in 2019", "nearly four times the 16 recorded in
            # 2023": a multiple of a figure named with "the" is the same, in its own year)
            rf"|\b(?:than|{a('multiples')})\s+the\s+(?:{NUMBER})\s{unranged}{{0,40}}?\s(?:in|during)\s+$", i),
        own_clause=re.compile(rf"\s*,?\s*(?:{a('own_clause')})\b", i),
        like_period=re.compile(rf"\b(?:{a('like_periods')})\s+$", i),
        superlative=re.compile(rf"\b(?:{a('superlatives')})\b[^,.;]{{0,60}}$", i),
        superlative_total=re.compile(
            rf"\b(?:{a('superlatives_of_totals')})\s+(?:\w+\s+){{0,2}}?(?:{a('total_nouns')})s?\s+$", i),
        offence_date_before=re.compile(rf"\b(?:{a('offence_date_words')})\s+(?:(?:{a('date_prepositions')})\s+)?$"
                                       rf"|\b(?:{a('arrest_words')})\s+(?:{a('arrest_date_prepositions')})\s+(?:{a('attributive')})\s+$", i),
        group_size=re.compile(rf"\b(?:{a('group_sizes')})\s+(?:[a-z]+\s+){{0,2}}$", i),
        victims_left=re.compile(rf"\b(?:{a('victim_leaving')})\s+$", i),
        victim_state=re.compile(rf"(?:\s+[\w-]+){{0,2}}?\s+(?:{a('victim_states')})\b", i),
        negated_subject=re.compile(rf"(?:^|[.!?][\"”’]?\s+|\n)(?:{a('negated_subjects')})"
                                   rf"\s+(?!(?:{a('negated_subject_not')})\b)[a-z][\w-]*\b"
                                   rf"(?:(?!\b(?:{a('negated_subject_ends')})\b)[^,.;:!?]){{0,70}}$", i),
        offence_noun_after=re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{a('offence_nouns')})\b", i),
        arrest_clause=re.compile(rf"\b(?:{a('arrest_words')})\b(?!\s+(?:[\w-]+\s+)?(?:{a('convicted_agents')})\b)(?:(?!\b(?:{a('arrest_clause_ends')})\b)[^,.;]){{1,30}}?"
                                 rf"\s(?:in\s+|on\s+)$", i),
        events_of=re.compile(rf"\b(?:{a('events_of')})\s+(?:of\s+|in\s+)$", i),
        attributive=re.compile(rf"\b(?:{a('attributive')})\s+$", i),
        world=re.compile(
            rf"\b(?:{a('world_prepositions')})\s+(?:at\s+least\s+|more\s+than\s+)?(?:\d+|[a-z]+teen|{a('world_counts')})"
            rf"\s+(?:other\s+)?(?:{a('world_places')})\b|\b(?:{a('world_words')})\b", i),
        world_opener=re.compile(rf"\s*(?:{a('world_openers')})\s*,", i),
        set_aside_opener=re.compile(rf"\s*(?:{a('set_aside_openers')})\s+(?:the\s+)?", i),
        world_report=re.compile(rf"\b(?:{a('world_report_words')})\b", i),
        threshold=re.compile(rf"\b(?:{a('threshold_before')})\b[^,.;:]{{0,40}}$", i),
        at_risk=re.compile(rf"\b(?:{a('at_risk_words')})\b", i),
        # a quoted name may stand between: "the 2022 'Woman, Life, Freedom' uprising"
        attributive_noun=re.compile(rf"\s+(?:[\"“‘'][^\"“”‘’'.;]{{1,40}}[\"”’']\s+)?(?!(?:{a('figure_nouns')})\b)[a-z][a-z-]+\b"),
        country_noun=re.compile(rf"\b(?:{a('country_nouns')})\b", i),
        world_exclusion=re.compile(rf"\b(?:{a('world_exclusions')})\b[^.;]{{0,80}}$", i),
        world_exclusion_continued=re.compile(rf"\s*,?\s*(?:{a('world_exclusion_continued')})\s[^.;:,]{{0,60}}$", i),
        world_share_after=re.compile(
            rf"(?:\s*(?:{a('world_share_list_joins')})\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,2}})*,?\s+"
            rf"(?:(?:{a('world_share_fillers')})\s+)*"
            rf"(?:{a('world_share_verbs')})\s+(?:[\w'’.,-]+\s+){{0,3}}?(?:{a('world_share_nouns')})(?!\w)", i),
        record_day=re.compile(rf"\s*(?:[\w-]+\s+){{0,3}}?(?:on|{a('record_unit_prepositions')})\s+(?:one|a\s+single)\s+day\b", i),
        threshold_series=re.compile(rf"\b(?:{a('threshold_series')})\b[^.;!?]{{0,100}}$", i),
        superlative_after_count=re.compile(rf"[,;]\s+(?:(?:{a('record_determiners')})\s+)?(?:(?:{a('record_ranks')})[\s-])?"
                                           rf"(?:{a('superlatives')})\b", i),
        world_share_joint=re.compile(
            rf",?\s+(?:(?:{a('world_share_fillers')})\s+)*(?:{a('world_share_verbs')})\s+(?:[\w-]+\s+){{0,2}}?$", i),
        world_share_before=re.compile(rf"\b(?:{a('world_share_before')})\s+(?:[A-Z][\w'’-]*\s*(?:,|and)?\s+)*$", i),
        definite=re.compile(
            # "951 of the 1,170 executions": a part of a figure told before
            rf"(?:^|[^\w\s]\s*|\b(?:{a('definite_of')})\s+of\s+|(?<![\w,.])\d[\d,.]*\s+of\s+)(?:{a('definite_articles')})\s+$", i),
        definite_opening=re.compile(rf"(?:{a('definite_articles')})\s", i),
        other_action=re.compile(
            rf"\b(?:{actions})\s+(?:of\s+)?(?:(?:{a('attributive')})\s+)?(?:[\w-]+\s+)?$", i),
        other_action_any=re.compile(rf"\b(?:{actions})\b", i),
        rate_near=re.compile(rf"\b(?:{a('rates_near')}|(?:{a('rates_near_before_word')})\s+\w+)\b", i),
        known_group=re.compile(rf"\b(?:{a('known_group')})\s+$", i),
        relatives=re.compile(rf"\b(?:{a('possessives')}|{a('family_before')})\s+$", i),
        range_before=re.compile(
            rf"(?:\b(?:{a('range_openers')})\s+(?<![\w,.]){NUMBER}\s+(?:{a('range_opened_joiners')})"
            rf"|(?<![\w,.])(?!(?:19|20)\d\d\b){NUMBER}\s+(?:{a('range_joiners')}))\s+$", i),   # not "in 2020 to 410"
        proportion=re.compile(rf"(?<![\w,.]){NUMBER}\s+(?:{a('proportion_before')})\s+$", i),
        proportion_after=re.compile(rf"\s+(?:{a('proportion_before')})\s+(?!\d{{4}}\b){NUMBER}(?![\w-])", i),
    )


def clauses_table(vocab: dict) -> Clauses:
    """The patterns of clauses.py; `vocab` is data/vocab.yaml (its `clauses`, and the hedges,
    `since_words` and `auxiliaries` the other rules read too)."""
    words, since = vocab["clauses"], vocab["since_words"]
    hedges = alternation(w for ws in hedged_qualifiers(vocab).values() for w in ws)
    auxiliaries = alternation(vocab["auxiliaries"])
    copulas = alternation(words["copulas"])
    # "to quash the convictions and death sentences of", "quashed the verdicts and the death
    # sentences of": a verb governs both nouns it joins, the trigger being the second
    joined_object = rf"(?:[a-z][\w-]*\s+and\s+(?:(?:{in_order(words['governed_determiners'])})\s+)?)?"
    return Clauses(
        predicate_before=re.compile(rf"\b(?:{copulas})\s+$", re.IGNORECASE),
        one_of=re.compile(rf"\b(?:{alternation(words['one_of'])})\b", re.IGNORECASE),
        relative_before=re.compile(rf"\b(?:{alternation(words['relative_pronouns'])})\s+(?:\w+\s+)?$", re.IGNORECASE),
        relative=re.compile(rf"\b(?:{alternation(words['relative_pronouns'])})\b", re.IGNORECASE),
        new_group=re.compile(rf"(?:{alternation(words['new_group'])})\b", re.IGNORECASE),
        pluperfect=re.compile(rf"(?:{alternation(words['pluperfect'])})\b", re.IGNORECASE),
        communicated=re.compile(rf"\b(?:{alternation(words['communicated'])})\b[^.;:]{{0,60}}?\bthat\b[^.;:]{{0,60}}$",
                                re.IGNORECASE),
        governed_before=re.compile(
            rf"(?:\bnot\s+(?:\w+\s+){{0,3}}|\bto\s+)(?:{alternation(words['infinitive_verbs'])})\s+"
            rf"(?:(?:{in_order(words['governed_determiners'])})\s+)?"
            rf"{joined_object}$",
            re.IGNORECASE),
        other_action_after=re.compile(
            rf"\s+(?:(?:{copulas}|{auxiliaries})\s+(?:\w+ly\s+|also\s+|then\s+)?"
            rf"(?:{alternation(words['other_participles'])})|(?:\w+ly\s+)?(?:{alternation(words['other_intransitives'])}))\b",
            re.IGNORECASE),
        other_verb_between=re.compile(
            rf"\b(?:{alternation(words['other_verb_joiners'])})\s+(?:\w+ly\s+|also\s+)?"
            rf"(?:{alternation(words['other_participles'])})\b", re.IGNORECASE),
        prison_term_after=re.compile(
            rf"\s+(?:{copulas}|{auxiliaries})\s+(?:\w+ly\s+|also\s+)?(?:{alternation(words['prison_term_verbs'])})\s+"
            rf"(?!(?:{alternation(words['prison_term_not'])})\b)(?:(?:{alternation(words['prison_term_leads'])})\s+)?"
            rf"(?:[\w.,-]+\s+){{0,2}}?(?:{alternation(words['prison_term_units'])})\b", re.IGNORECASE),
        share_after=re.compile(
            rf"\s*,?\s*(?:{alternation(words['share_openers'])})\s*(?:(?:{hedges})\s+)?"
            rf"\d+(?:[.,]\d+)?\s*(?:{alternation(words['share_units'])})", re.IGNORECASE),
        share_of_world=re.compile(
            rf"\s*,?\s*(?:{alternation(words['share_openers'])})\s*(?:(?:{hedges})\s+)?"
            rf"\d+(?:[.,]\d+)?\s*(?:{alternation(words['share_units'])})\s+of\s+(?:{alternation(words['share_of_world'])})\b",
            re.IGNORECASE),
        so_far=re.compile(rf"\b(?:{alternation(words['so_far'])})\b", re.IGNORECASE),
        since=re.compile(rf"\b(?:{alternation(since)})\b", re.IGNORECASE),
        denied_before=re.compile(rf"\b(?:{alternation(words['denials'])})\b"
                                 rf"(?!\s+(?:{alternation(words['denied_requests'])})\b)[^.;!?]{{0,140}}$", re.IGNORECASE),
        denied_after=re.compile(
            rf"[^.;!?]{{0,140}}?\b(?:{copulas})\s+(?:\w+ly\s+)?(?:{alternation(words['denied_states'])})\b", re.IGNORECASE),
        # "quashed the death sentence of": the verb's object may open on a determiner
        stopped_before=re.compile(rf"\b(?:{alternation(words['stopping_verbs'])})\s+"
                                  rf"(?:(?:{in_order(words['governed_determiners'])})\s+)?{joined_object}$", re.IGNORECASE),
        # "originally scheduled eight executions", "have halted four of them": the verb whose object is the count
        stopped_count_before=re.compile(rf"\b(?:{alternation(words['stopping_verbs'] + words['planning_verbs'])})\s+"
                                        rf"(?:(?:{in_order(words['governed_determiners'])})\s+)?$", re.IGNORECASE),
        depicted_before=re.compile(rf"\b(?:{alternation(words['depiction_verbs'])})\s+$", re.IGNORECASE),
        reprieve=re.compile(rf"\b(?:{alternation(words['reprieve_words'])})\b", re.IGNORECASE),
        halted_after=re.compile(
            rf"[^.;]{{0,160}}?\b(?:{alternation(words['halted_openers'])})\s+(?:[\w-]+\s+){{0,3}}?"
            rf"(?:{alternation(words['halted_back_references'])})\s+(?:{auxiliaries})\s+(?:\w+ly\s+|also\s+|then\s+)?"
            rf"(?:{alternation([w for w in words['not_done_verbs'] if w not in words['planned_verbs']])})\b", re.IGNORECASE),
        speaks_after=re.compile(rf"(?:\s+and\s+(?:{alternation(words['speaker_coordinated'])})\s+(?:[\w-]+\s+){{0,5}}?[\w-]+)?"
                                rf"\s+(?:{alternation(words['speech_verbs'])})\b", re.IGNORECASE),
        not_done_after=re.compile(
            rf"[^.;]{{0,80}}?\b(?:{auxiliaries})\s+(?:\w+ly\s+|also\s+|then\s+)?"
            rf"(?:{alternation(words['not_done_verbs'])})\b"
            rf"|\s+(?:(?:{alternation(words['reduced_not_done_adverbs'])})\s+)?"
            rf"(?:{alternation(words['reduced_not_done_verbs'])})\b", re.IGNORECASE),
        planned_after=re.compile(
            rf"[^.;]{{0,80}}?\b(?:{auxiliaries})\s+(?:\w+ly\s+|also\s+|now\s+)?"
            rf"(?:{alternation(words['planned_verbs'])})\b", re.IGNORECASE),
        carried_out_later=re.compile(
            rf"[^.;]{{0,80}}?\b(?:{alternation(words['carried_out_later'])})\b", re.IGNORECASE),
        stopped_after=re.compile(
            rf"[^.;]*?\b(?:{alternation(w for w in words['not_done_verbs'] if w not in words['planned_verbs'])})\b",
            re.IGNORECASE),
        generic_person=re.compile(rf"an?\s+(?:{alternation(words['generic_people'])})$", re.IGNORECASE),
        generic_after=re.compile(
            rf"[^.;:]{{0,120}}?\b(?:(?:{alternation(words['generic_judgements'])})\b"
            rf"|(?:{alternation(words['generic_copulas'])})\s+(?:(?:{alternation(words['generic_adverbs'])})\s+)?"
            rf"(?:{alternation(words['generic_states'])})\b)", re.IGNORECASE),
    )


# The rule modules' tables: (the Lexicon's field, the data file, the builder of the table from it)
TABLES = (("clauses", "vocab.yaml", clauses_table), ("rejections", "rejections.yaml", rejections_table),
          ("assembly", "assembly.yaml", assembly_table), ("linking", "linking.yaml", linking_table))


def rule_tables() -> dict:
    """The rule modules' tables by the Lexicon's field, each built from its data file."""
    return {field: build(read_yaml(name)) for field, name, build in TABLES}
