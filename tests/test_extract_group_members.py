"""People named as members of a group already counted ("Among those executed was X", "Also hanged
was X") label the group's incident and make no claim of their own. Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "kind", "names", published=date(2025, 3, 6))


def test_among_those_executed_names_one_of_the_group():
    got = facts("Nine men convicted of armed rebellion were hanged in Ghezel Hesar Prison on Tuesday, March 4. "
                "Among those executed was Karim Bahrami, a teacher from Sanandaj who had been arrested in 2019.")
    assert got == [("executed", 9, "2025-03-04", "event", ("Karim Bahrami",))]


def test_also_executed_was_adds_a_name_not_a_person():
    got = facts("Five prisoners were hanged at the central prison of Qom on Tuesday, March 4. "
                "Also executed was Leila Ahmadi, a woman convicted of killing her husband in 2016.")
    assert got == [("executed", 5, "2025-03-04", "event", ("Leila Ahmadi",))]


def test_a_member_of_a_statistic_is_a_part_of_it_never_an_incident():
    got = facts("The group recorded 60 executions in February. Among those executed was Leila Ahmadi, a woman "
                "hanged in Qom Central Prison.")
    assert [g[3] for g in got] == ["aggregate", "aggregate"]


def test_a_group_too_small_for_the_names_keeps_them_apart():
    got = facts("A man was hanged in Qom Central Prison on Tuesday, March 4. Also executed were Reza Karimi "
                "and Ali Nouri, in Shiraz on Wednesday, March 5.")
    assert ("executed", 2, "2025-03-05", "event", ("Reza Karimi", "Ali Nouri")) in got
