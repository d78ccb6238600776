"""Wire leads date the telling: "Saudi Arabia said Friday it had executed three men", "Amnesty on
Monday condemned the hanging of four prisoners". When the next sentence goes on about the same
people or executions with their own day ("The men were beheaded on Wednesday", "The executions were
carried out on Saturday"), the claim takes that day (drafting.day_of_the_news makes the day of saying weak; followups.refine_weak). Sentences
written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", published=date(2025, 3, 14))


def test_the_next_sentence_gives_the_day_of_the_deed():
    text = ("RIYADH (AFP) - Saudi Arabia said Friday it had executed three men convicted of smuggling "
            "amphetamine pills.\n\nThe men were beheaded on Wednesday in the northern region of Jawf, "
            "the interior ministry said.")
    assert facts(text) == [("executed", 3, "2025-03-12", "2025-03-12")]


def test_a_reaction_verb_after_the_day():
    text = ("Amnesty International on Friday condemned the hanging of four prisoners in Zahedan.\n\n"
            "The executions were carried out on Tuesday at dawn, the group said.")
    assert facts(text) == [("executed", 4, "2025-03-11", "2025-03-11")]


def test_without_a_day_next_the_day_of_saying_stays():
    text = ("Saudi Arabia said Friday it had executed three men convicted of smuggling amphetamine pills.\n\n"
            "Rights groups have criticised the kingdom's use of the death penalty for drug offences.")
    assert facts(text) == [("executed", 3, "2025-03-14", "2025-03-14")]


def test_a_day_of_other_people_next_is_not_taken():
    text = ("Saudi Arabia said Friday it had executed three men convicted of smuggling amphetamine pills.\n\n"
            "Two Pakistanis were beheaded on Wednesday in Dammam for heroin trafficking.")
    rows = facts(text)
    assert ("executed", 3, "2025-03-14", "2025-03-14") in rows
