"""Kind: a number of group or mass executions counts occasions, each of several people, never people.
"The hangings follow two earlier group executions in the same prison" is background to the incident
reported, no claim of two executed. Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "kind", published=date(2024, 6, 14))


def test_earlier_group_executions_are_no_count_of_people():
    got = facts("Nine prisoners were hanged in Qezelhesar Prison on Thursday. They were the third batch this "
                "month: the hangings follow two earlier group executions in the same prison.")
    assert got == [("executed", 9, "2024-06-13", "2024-06-13", "event")]


def test_mass_hangings_are_no_count_but_executions_are():
    got = facts("Rights groups recorded three mass hangings in Shiraz this year and 41 executions in May.")
    assert [row[1] for row in got] == [41]
