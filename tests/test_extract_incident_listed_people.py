"""The people of one incident told again are no second incident: "hanged five prisoners, among them a
former minister and a doctor" (a person joined by "and" to the first item of a part clause, which was
no count) and "They included two Jordanians, a Syrian and an Iraqi" (a nationality list, with no
verb of its own, after the incident) split that incident. Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "kind", published=date(2019, 3, 6))


def test_a_person_joined_to_a_part_clause():
    got = facts("Bahrain on Tuesday executed five prisoners, among them a former army officer and a doctor "
                "convicted of a bombing.")
    assert got == [("executed", "BH", 5, "event")]


def test_a_list_of_nationalities_after_the_incident():
    got = facts("Jordan hanged six men at dawn on Tuesday, the interior ministry said.\n\n"
                "They included three Jordanians, two Iraqis and a Syrian, all convicted of murder.")
    assert got == [("executed", "JO", 6, "event")]


def test_a_second_group_after_a_part_clause_with_its_own_verb_stays():
    got = facts("Bahrain on Tuesday executed five prisoners, including a former officer. On Friday two more "
                "were executed in Manama.")
    assert ("executed", "BH", 2, "event") in got
