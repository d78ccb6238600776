""""The same morning" in a later sentence points at the day of the news, not at a day the report
gave to a lead-up told in the pluperfect (a transfer, a sentence): "they had been moved to solitary
confinement on Sunday" is background."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "names", published=date(2024, 3, 8),
                     where={"event": "executed"})


def test_same_morning_after_a_transfer_day_is_the_news_day():
    text = ("Five prisoners were hanged in two prisons on Thursday, 7 March.\n\n"
            "In Birjand, three men were executed for drug offences. Their families said they had been moved "
            "to solitary confinement on Monday.\n\n"
            "In Yazd Central Prison, Navid Amini and Hadi Rostami were put to death the same morning.")
    assert ("executed", 2, "2024-03-07", "2024-03-07", ("Navid Amini", "Hadi Rostami")) in facts(text)


def test_same_day_right_after_a_news_day_is_unchanged():
    text = ("Two men were hanged in Qom on Tuesday. Reza Ghaderi was executed in Arak the same day.")
    assert ("executed", 1, "2024-03-05", "2024-03-05", ("Reza Ghaderi",)) in facts(text)


def test_a_transfer_the_same_day_keeps_the_transfer_day():
    text = ("Seven men were hanged in Qezelhesar Prison on 6 March. They had been moved to solitary "
            "confinement on 4 March. Three other prisoners were transferred for execution on the same day "
            "but were returned to their cells.")
    rows = claim_reader("event", "count", "period_start", published=date(2024, 3, 8))(text)
    assert ("imminent", 3, "2024-03-04") in rows
