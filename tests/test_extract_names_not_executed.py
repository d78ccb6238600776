"""Kind: a name that is not the executed person. Wire reports name the victim of the deed
("convicted of attacking former president X"), the party or movement of the executed ("of the
National Front"), or an administrative area written like a name ("Gifu Prefecture"): none of them
was put to death, and the people who were keep their own count and names."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "names", published=date(2031, 5, 20))


def test_the_victim_named_after_the_deed_is_not_executed():
    got = facts("Two men convicted of attacking former interior minister Rashid Qadri were hanged in "
                "Lahore on Tuesday.")
    assert got == [(2, ())]


def test_a_victim_after_an_assassination_is_not_executed():
    got = facts("A militant was executed on Monday for the assassination of provincial governor Amir Haidari.")
    assert got == [(1, ())]


def test_names_with_their_party_after_them_are_the_executed():
    got = facts("Opposition figures Karim Uddin Ahmed and Nurul Haque Bhuiyan of the People's Democratic "
                "League were hanged together on Sunday.")
    assert got == [(2, ("Karim Uddin Ahmed", "Nurul Haque Bhuiyan"))]


def test_two_names_each_described_by_a_long_role_are_one_pair():
    got = facts("Karim Uddin Ahmed, a senior figure in the People's Democratic League, and Nurul Haque "
                "Bhuiyan, deputy chief of the Islamic Unity Front movement, were executed at Central Jail.")
    assert got == [(2, ("Karim Uddin Ahmed", "Nurul Haque Bhuiyan"))]


def test_an_area_written_like_a_name_is_not_a_person():
    got = facts("Japan on Tuesday hanged Hiroshi Tanabe, 61, who killed four people in Seki, Gifu Prefecture, "
                "in 2011.")
    assert got == [(1, ("Hiroshi Tanabe",))]


def test_a_clause_after_and_keeps_its_own_date():
    dated = claim_reader("count", "period_start", "period_end", published=date(2031, 5, 20))
    got = dated("Last week, two men were hanged over the 2019 killing of police officer Omar Saleh, and "
                "earlier this month three others were executed over a bombing.")
    assert (2, "2031-05-12", "2031-05-18") in got
