"""The ids a claim's `rules` may carry, each with what it decided and a phrase it decides on.

A claim lists, in order, the rules and vocabulary entries that made it: the trigger phrase
(`trigger.executed:were hanged`, a vocabulary entry of events.yaml as matched) or the event a
count names itself (`event.executed`), then the count, its hedge, the period, the kind and the
country. A candidate that made no claim is reported with the `reject.*` rule that stopped it
(`vigil extract jsonl FILE --explain`). This table is the one place the ids are explained;
tests check that every id the extractor emits is listed here.
"""
from __future__ import annotations

# id -> (decision, an example the rule decides on)
RULES: dict[str, tuple[str, str]] = {
    # what happened
    "event.executed": ("the count names executions itself", "64 executions"),
    "event.sentenced": ("the count names death sentences itself", "149 death sentences"),
    "event.imminent": ("the count names an imminent execution itself", "two scheduled executions"),
    "event.planned": ("an execution whose own verb plans it is imminent",
                      "the execution of Ali Karimi is scheduled for Wednesday"),
    "event.sentence_carried_out": ("a death sentence carried out is an execution",
                                   "the death sentences of three men were carried out"),
    "event.dated_ahead": ("an execution dated after the report is a scheduled one (Persian, Arabic)",
                          "بصدد تنفيذ حكم الإعدام غداً بحق ثلاثة سجناء"),
    # the count
    "count.person": ("a number of people", "at least nine men"),
    "count.person.partitive": ("a part of a figure before it", "five of them"),
    "count.more": ("a further group", "eight more were executed"),
    "count.execution": ("a number of executions", "twelve public hangings"),
    "count.name": ("named people, one each", "Ali Karimi and Reza Nouri"),
    "count.ordinal": ("an ordinal makes a running total", "the tenth protester executed"),
    "count.total": ("a running or stated total", "the number of executions has risen to 17"),
    "count.ellipsis": ("a list continuing a count", "two in Minab, seven in Gohardasht"),
    "count.comparison": ("a figure given for comparison", "up from 22 the previous year"),
    "count.carried_out": ("one person's sentence carried out", "his death sentence was implemented"),
    "count.range": ("an end of a change between years", "from 314 in 2021 to 576 in 2022"),
    "count.verb_singular": ("a singular verb with no number is one person (Persian)", "نوید افکاری ... اعدام شد"),
    "count.singular_noun": ("a singular person noun after the trigger is one person (Arabic)", "تنفيذ حكم القتل بمواطن"),
    "count.dual": ("a dual verb or noun beside the trigger is two people (Arabic)", "بمواطنين ... أُدينا"),
    "count.listed_names": ("as many people as names listed under a heading", "the following prisoners:\\n- A\\n- B"),
    "qualifier.exact": ("no hedge", "nine men"),
    "qualifier.at_least": ("a lower bound", "no fewer than 300"),
    "qualifier.more_than": ("a strict lower bound", "in excess of 300"),
    "qualifier.about": ("an approximation", "approximately 300"),
    "qualifier.at_most": ("an upper bound", "up to eight men"),
    "part.breakdown": ("a part of a statistic or of the figure before it", "including 12 women"),
    # when
    "period.stated": ("the date written with the count", "hanged on Tuesday"),
    "period.since_anchor": ("from the day after 'since' to the report's date", "since the attack on 13 June"),
    "period.report_month": ("'this month' in a monthly report is the month it counts", "در این ماه"),
    "period.start_of_sentence": ("a figure told 'up to' a day starts where the sentence's span does",
                                 "since 21 March ..., according to a count up to 11 September"),
    "period.year_of_context": ("a month written without its year in a part of a year's figure is that year's",
                               "196 in 2022, including 81 on a single day in March"),
    "period.like_span": ("'the same period of' a year: the statistic's months in that year",
                         "354 in the first half of 2023, up on the same period of 2022, when 261"),
    "period.context": ("the period of the figure it breaks down", "Of these, 40 were for drugs"),
    "period.statistic_span": ("the span of the report's statistic", "Iran alone carried out 972 executions"),
    "period.statistic_context": ("an undated count in a statistical report is part of its span",
                                 "Sixty people were hanged in public"),
    "period.statistic_named": ("people named as among a statistic's executed share its span",
                               "A and B were among those hanged"),
    "period.inherited": ("the last day named in the paragraph, else the report's date", "They were hanged."),
    "period.heading": ("the span written in a list's heading", "The foreigners executed this year include:"),
    "period.parent": ("the span of the statistic a list splits", "58 in March ... By charge:"),
    "period.range_year": ("the year written after an end of a change", "from 314 in 2021"),
    "period.running_total": ("from the span's start to the last incident told", "the 12th since hangings resumed"),
    "period.same_period": ("the period of the statistic before it", "in the same period"),
    "period.so_far": ("a figure so far runs from the protests' or the statistic's start to the report", "16 sentenced to death so far"),
    "period.so_far_named": ("a figure so far runs from the event the report named before (Persian, Arabic)",
                            "تاکنون دست‌کم ۱۱ نفر ... به اعدام محکوم کرده است"),
    "period.compared": ("the compared figure's own year or span", "compared with 172 in 2023"),
    "period.ends_on_day_told": ("a figure 'to date' runs to the day named before it in its sentence",
                                "In a statement on 9 May, she said 209 had been executed since January"),
    "period.ends_by_publication": ("nothing told to have happened ends after the report", "in 2025 (of 9 May)"),
    # kind
    "kind.event.place": ("a count at a named place is an incident", "hanged in Qom Prison"),
    "kind.event.named": ("named people are an incident", "Ali Karimi was hanged"),
    "kind.event.day": ("a count on a day or two is an incident", "nine were hanged on Monday"),
    "kind.event.inherited": ("an undated count in an incident report", "Two more were hanged."),
    "kind.of_context": ("the kind of the figure it breaks down", "among them two women"),
    "kind.aggregate.span": ("a count over a span longer than a few days", "in 2024"),
    "kind.aggregate.ordinal": ("an ordinal is a running total", "the fifth this year"),
    "kind.aggregate.total": ("a total is a statistic", "bringing to 17 the number"),
    "kind.aggregate.range": ("an end of a change between years is a statistic", "to 576 in 2022"),
    "kind.aggregate.table": ("a row of a breakdown is a statistic", "Murder: 28 (48%)"),
    "kind.aggregate.comparison": ("a compared figure is a statistic", "up from 22"),
    # where
    "country.report": ("the country the report is about", "(no country in the sentence)"),
    "country.stated": ("the country named before the count, or the paragraph's", "In Iraq, 21 men ..."),
    "country.table_label": ("a row labelled with a country under a heading about countries", "Somalia: 38"),
    "country.parent": ("the country of the statistic a list splits", "Pakistan – 21 (foreigners in Saudi Arabia)"),
    "country.sentence": ("the country of the sentence holding bracketed parts", "Alabama (four)"),
    "country.of_statistic": ("the country of the statistic compared with", "up from 22"),
    "location.table_label": ("a row labelled with a place under a heading about places", "Zahedan: 27 cases"),
    # lists
    "table.row": ("one line of a listed breakdown", "Drug offences: 30 (52%)"),
    "table.each": ("one label of a line shared by several", "Golestan and Qazvin: 3 each"),
    "table.inline_row": ("one bracketed part in a sentence", "Missouri (three)"),
    "names.listed_after_colon": ("names one per line label the execution before them",
                                 "identified the following men:\\n1. A\\n2. B"),
    "names.apposed": ("names set off after a group, each with its role, are its people",
                      "Two prisoners, protester A and Kurdish prisoner B, were hanged"),
    "merge.restatement": ("the same fact told again in the report, folded into one claim",
                          "headline and body"),
    "merge.rounded": ("a statistic's rounded bound folded into its exact figure",
                      "more than 100 so far this year ... brought to 101 the number"),
    "merge.headline_sum": ("an undated incident that adds up the dated incidents told after it is their headline "
                           "total, not a third incident", "Three Kurds hanged ... one on Wednesday ... two on Sunday"),
    "merge.named_again": ("people named again after the claim that counted them add no claim",
                          "Two men, A and B, were hanged ... The execution of A was unlawful"),
    # rejections
    "reject.no_event": ("no trigger says what happened to these people", "for killing three people"),
    "reject.rate": ("a rate, not a count", "hanged at a rate of nine a day"),
    "reject.other_action": ("a count of victims, arrests or others", "police detained 30 students"),
    "reject.known_group": ("one of a group already counted", "one of the two men"),
    "reject.threshold": ("a record no one reached, not a count", "only one state had ever carried out more than 18"),
    "reject.at_risk": ("an estimate of people 'at risk' of execution (known or named people at imminent risk are claims)",
                       "at least 11 individuals at imminent risk of execution"),
    "reject.part_larger_than_whole": ("a part larger than every figure told before it, so no figure it splits",
                                      "Two men were hanged ... Of those, 40 were Afghans"),
    "reject.relatives": ("someone's relatives or victims, not the people the trigger tells about",
                         "for killing his wife and their two children"),
    "reject.death_row": ("a death-row population", "3,000 prisoners on death row"),
    "reject.at_most": ("an upper bound is no claim", "up to a dozen at a time"),
    "reject.background": ("an undated sentence or transfer told in a relative clause or the pluperfect: the "
                          "lead-up to the execution reported, not news",
                          "two brothers, who were sentenced to death for murder; به اعدام محکوم شده بودند"),
    "reject.told_again": ("a definite count restating claims told before", "The three hangings were not announced"),
    "reject.split_of_incident": ("a subgroup of one incident is not a second incident", "among them two women"),
    "reject.person_singled_out": ("one person singled out of a figure", "among them a prominent cleric"),
    "reject.span_without_start": ("a running total whose span has no start", "the tenth execution"),
    "reject.world_figure": ("a figure for many countries", "1,518 executions in 15 countries"),
    "reject.undated_execution_count": ("a count of executions with no date anywhere near", "carried out 25 executions"),
    "reject.share_without_total": ("a share of a total no statistic gives", "60 people, or 12% of the total"),
    "reject.generic": ("one person named by 'a' after a noun or gerund trigger, judged as such",
                       "the execution of a person who was a child is prohibited"),
    "reject.not_done": ("a noun trigger governed by an infinitive or a negation",
                        "asked them not to carry out the death sentences of 40 men"),
    "reject.undated_group": ("a group of three or more with no day and no place in its paragraph is no incident",
                             "in the first quarter 210 people were executed"),
    "reject.part_of_rejected": ("a part of a count that made no claim", "36 of those arrested were women, 15 of them Kurds"),
    "reject.denied": ("a count after a denial in its sentence", "the judiciary denied that 12 prisoners were executed"),
    "reject.predicate": ("a noun phrase after a copula describes someone counted", "one of those executed was a woman"),
    "reject.range_without_period": ("an end of a change with no year and no statistic", "from 11 in 2021 to 18"),
    "reject.range": ("a range of two numbers is an estimate, no figure (Persian, Arabic)", "۵۰۰ تا ۶۰۰ نفر"),
    "reject.whole": ("the whole a part is taken from (Persian, Arabic)", "از حدود ۲۳ هزار زندانی، ..."),
}


def documented(rule: str) -> bool:
    """Whether a rule id is explained here (a trigger id is a vocabulary entry: its event is)."""
    if rule.startswith("trigger."):
        return rule.split(":", 1)[0].removeprefix("trigger.") in ("executed", "sentenced", "imminent")
    return rule in RULES
