"""People named with no day of their own right after a statistic over a month or more split it, by
charge or by group, as a breakdown does: a part of the statistic over its span (kind aggregate),
not an incident; every group of such a sentence does, the ones after "while" or "and" too. People
given a day of their own stay incidents."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "period_end", "kind", "names", published=date(2025, 6, 2),
                     where={"event": "executed"})


def test_two_named_groups_split_a_month_by_charge():
    text = ("At least six women were executed in May 2025. Parisa Karimi and Leila Nouri were hanged for "
            "drug trafficking, while Sara Ahmadi, Mina Rostami, Zahra Amini and Nasrin Bagheri were executed "
            "for murder.")
    assert facts(text) == [
        (2, "2025-05-01", "2025-05-31", "aggregate", ("Parisa Karimi", "Leila Nouri")),
        (4, "2025-05-01", "2025-05-31", "aggregate", ("Sara Ahmadi", "Mina Rostami", "Zahra Amini", "Nasrin Bagheri")),
        (6, "2025-05-01", "2025-05-31", "aggregate", ()),
    ]


def test_one_named_group_after_a_quarter_figure():
    text = ("Hengaw recorded at least 310 executions in the first quarter of 2025.\n\n"
            "At least nine juvenile offenders were among them. Reza Kazemi and Omid Heydari were put to "
            "death for offences committed at the age of 17.")
    rows = facts(text)
    assert (2, "2025-01-01", "2025-03-31", "aggregate", ("Reza Kazemi", "Omid Heydari")) in rows
    assert all(kind == "aggregate" for _, _, _, kind, _ in rows)


def test_named_with_a_day_of_their_own_stay_an_incident():
    text = ("At least six women were executed in May 2025. Parisa Karimi and Leila Nouri were hanged in "
            "Qezelhesar Prison on 14 May.")
    assert (2, "2025-05-14", "2025-05-14", "event", ("Parisa Karimi", "Leila Nouri")) in facts(text)


def test_named_after_an_incident_of_a_day_stay_an_incident():
    text = ("Three men were hanged in Isfahan Central Prison on Sunday. Hamid Safari and Ali Mohammadi were "
            "executed for drug offences.")
    assert all(kind == "event" for _, _, _, kind, _ in facts(text))
