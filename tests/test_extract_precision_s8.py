"""Precision kinds found by scoring every rule (bench/rule_precision.py) over the readable sets:
the constructions a rule over-read, each pinned with sentences written for this file (other
names, places, figures and wordings than the reports where the kind was seen), with wordings
the rule must still read. Every sentence is invented."""
from datetime import date

from extract import Extractor, extract_report

from claim_rows import claim_reader

PUB = date(2025, 4, 16)   # a Wednesday


facts = claim_reader("event", "count", "period_start", "period_end", "kind", published=PUB)


events = claim_reader("event", "count", published=PUB)


def rejected(text, published=PUB):
    return [r.rule for r in Extractor().explain(text, published)[1]]


# 1. The death sentence, or the transfer for execution, of someone the report names as executed
#    is the lead-up to the execution (SCHEMA.md: background, optional), whatever its date: no
#    sentence or imminent claim of its own. Someone else's sentence in the same report is news.

def test_the_earlier_sentence_of_a_man_named_as_hanged_is_background():
    text = ("Omid Nouri was hanged in Ardabil Central Prison on Monday. Nouri had been sentenced to death "
            "in 2020 for murder.")
    assert events(text) == [("executed", 1)]
    assert "reject.background" in rejected(text)


def test_a_sentence_upheld_in_a_later_paragraph_is_background_too():
    text = ("Kaveh Rostami and Jalal Amini were executed in Tabriz Prison on Sunday, 13 April.\n\n"
            "Amini was sentenced to death by Branch 2 of the Revolutionary Court in March 2022, and the "
            "Supreme Court upheld the sentence a year later.")
    assert events(text) == [("executed", 2)]


def test_a_sentence_told_before_the_execution_is_background():
    text = ("Leila Sadri was sentenced to death in 2019 on drug charges. Leila Sadri was hanged in "
            "Qarchak Prison on Tuesday morning.")
    assert events(text) == [("executed", 1)]


def test_the_transfer_of_a_man_later_hanged_is_background():
    text = ("Hossein Mahdavi was executed in Vakilabad Prison on Monday. On Saturday, Mahdavi had been "
            "moved to solitary confinement in preparation for his execution.")
    assert events(text) == [("executed", 1)]


def test_the_sentence_of_someone_else_in_the_report_is_news():
    text = ("Omid Nouri was executed in Ardabil Prison on Monday. Separately, a court in Tabriz sentenced "
            "Hamid Sadeghi to death on Sunday.")
    assert facts(text) == [("executed", 1, "2025-04-14", "2025-04-14", "event"),
                           ("sentenced", 1, "2025-04-13", "2025-04-13", "event")]


def test_a_brother_of_the_executed_is_another_person():
    text = ("Saeed Alizahi was hanged in Zahedan on Monday. His brother Ismail Alizahi was sentenced to "
            "death on Sunday.")
    assert events(text) == [("executed", 1), ("sentenced", 1)]


def test_a_group_sentenced_beside_one_executed_stays_news():
    for text in ("Reza Nasiri was hanged in Urmia on Monday. Nasiri and Ali Jafari were sentenced to death in 2023.",
                 "Reza Nasiri was hanged in Urmia on Monday. Ali Jafari and Reza Nasiri had been sentenced to "
                 "death in 2023."):
        assert ("sentenced", 2) in events(text), text


# 2. Rules no labelled set made fire: each on the construction it was written for.

def test_an_undated_incident_says_its_day_was_inherited():
    claims = extract_report("Mehdi Ahmadi was hanged in Qom on Monday, 14 April.\n\n"
                            "Two more prisoners were hanged in the same prison.", PUB)
    inherited = [c for c in claims if c.count == 2]
    assert len(inherited) == 1 and inherited[0].kind == "event"
    assert "period.inherited" in inherited[0].rules and "kind.event.inherited" in inherited[0].rules
    dated = [c for c in claims if c.count == 1]
    assert "kind.event.inherited" not in dated[0].rules


def test_an_inherited_count_of_executions_is_no_incident_by_inheritance():
    claims = extract_report("Two prisoners were hanged in Qom on Monday. The group has recorded 40 executions.", PUB)
    assert not [c for c in claims if "kind.event.inherited" in c.rules and c.count == 40]


def test_a_part_of_a_figure_that_another_verb_tells_is_no_claim():
    for text, part in (("In 2024, 900 people were executed. Of them, 31 were women and 12 were subsequently released.", 12),
                       ("Sixty prisoners were executed in Iran in March. Of these, four were granted a pardon "
                        "by their victims' families at the gallows.", 4),
                       ("At least 25 people were hanged in Karaj in January. Of those, three were also flogged.", 3)):
        assert "reject.other_action" in rejected(text), text
        assert part not in [f[1] for f in events(text)], text


def test_the_bare_end_of_a_change_without_a_period_is_no_claim():
    for text in ("Executions in the province rose from 11 in 2021 to 18.",
                 "Hangings at the prison went from 7 in 2019 to 15, the monitor said."):
        assert "reject.range_without_period" in rejected(text), text
        assert [f[1] for f in events(text)] == [int(text.split("from ")[1].split()[0])], text


# 3. A death sentence undone (overturned, quashed, commuted, annulled, revoked, set aside) is no
#    sentence: the noun's own verb undoes it, as "stayed" or "postponed" undo an execution. A
#    sentence upheld, confirmed or carried out is still read.

def test_a_death_sentence_overturned_or_quashed_is_no_sentence():
    for text in ("The death sentence of Farzad Mohseni was overturned by the Supreme Court on Sunday.",
                 "The death sentences of three Egyptian men were quashed by an appeals court in Cairo on Sunday.",
                 "The death sentence of Nasrin Ebadi was commuted to life imprisonment on Sunday.",
                 "The death sentences of two Baluch men were set aside by the Supreme Court last week.",
                 "The Supreme Court revoked the death sentences of five men in Isfahan on Sunday."):
        assert not [f for f in events(text) if f[0] == "sentenced"], text
        if "Mohseni" not in text and "Ebadi" not in text:   # a name that makes no claim is set aside unlisted
            assert "reject.not_done" in rejected(text), text


def test_a_death_sentence_upheld_or_carried_out_is_still_read():
    assert events("The death sentences of four protesters were upheld by the Supreme Court on Sunday.") \
        == [("sentenced", 4)]
    assert events("The Supreme Court confirmed the death sentences of four protesters on Sunday.") \
        == [("sentenced", 4)]
    assert events("The death sentences of three men were carried out in Shiraz on Sunday.") == [("executed", 3)]


# 4. A group told again after its execution ("the three", "these four", "all three") whose death
#    sentence or transfer the report then gives is the lead-up to that execution, dated or not:
#    the date is the sentence's or the transfer's own, and no claim of its own. Another group of the
#    same size, told as news ("three other men", "three men ... in a separate case"), is still read.

def test_the_sentence_of_the_group_hanged_is_background_even_when_dated():
    for text in ("Three prisoners were hanged in Urmia on Tuesday. The three men were sentenced to death in 2021.",
                 "Three prisoners were hanged in Urmia on Tuesday. All three had been sentenced to death in 2021 by "
                 "the Revolutionary Court.",
                 "Four Baluch men were executed in Zahedan last week. These four had been sentenced to death in "
                 "March 2023 on drug charges."):
        assert [f[0] for f in events(text)] == ["executed"], text
        assert "reject.background" in rejected(text), text


def test_the_transfer_of_the_group_hanged_is_background():
    text = "Two prisoners were hanged in Qom on Tuesday. The two had been transferred to solitary confinement on Sunday."
    assert events(text) == [("executed", 2)]


def test_another_group_of_the_same_size_is_news():
    for text in ("Three prisoners were hanged in Urmia on Tuesday. A court in Tabriz sentenced three other men to "
                 "death on Sunday.",
                 "Three prisoners were hanged in Urmia on Tuesday. In a separate case, three men were sentenced to "
                 "death in Tabriz on Sunday."):
        assert ("sentenced", 3) in events(text), text


# 5. One subject with two verbs, a sentence or transfer and then the execution ("were sentenced to
#    death in 2019 and hanged on Tuesday"): the execution is the news, dated by its own day; the
#    verb before it is its lead-up. A second subject after "and", or a verb that only plans the
#    execution, leaves the first verb's claim alone.

def test_sentenced_and_hanged_is_one_execution():
    for text, day in (("Three prisoners were sentenced to death in Urmia on Sunday and hanged on Tuesday.", "2025-04-15"),
                      ("Two Afghan men were sentenced to death in 2019 and executed in Shiraz on Monday.", "2025-04-14"),
                      ("Four inmates were moved to solitary confinement on Saturday and hanged in Qom on Tuesday.",
                       "2025-04-15"),
                      ("Two women were transferred to solitary confinement on Sunday and then executed on Monday.",
                       "2025-04-14")):
        got = facts(text)
        assert [(f[0], f[2]) for f in got] == [("executed", day)], text


def test_a_second_subject_or_a_plan_keeps_the_first_verb():
    assert events("Two men were sentenced to death and three others were hanged in Qom on Tuesday.") \
        == [("executed", 3), ("sentenced", 2)]
    assert events("Two men were sentenced to death on Sunday, and three were hanged in Qom on Tuesday.") \
        == [("executed", 3), ("sentenced", 2)]
    assert events("Five men were sentenced to death on Sunday and will be executed soon.") == [("sentenced", 5)]
