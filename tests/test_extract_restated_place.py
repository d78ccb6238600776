"""A lead that names the town and a body that names the prison in that town tell one incident:
"Six men executed in Mashhad" over "Six men were hanged in Vakilabad Prison in Mashhad on Sunday"
is one claim of six on Sunday, not six on the report's day and six more on Sunday (which doubled a
weekly total in a new user's try-out). Two places neither of which the other's sentence names
stay two incidents."""
from datetime import date

from claim_rows import claim_reader

TUESDAY = date(2025, 9, 23)
facts = claim_reader("count", "period_start", "location", "kind", published=TUESDAY)
rules = claim_reader("rules", published=TUESDAY)


def test_a_town_in_the_lead_and_its_prison_in_the_body_are_one_incident():
    text = ("Six men executed in Mashhad\n\n"
            "Six men were hanged in Vakilabad Prison in Mashhad on Sunday, a rights group reported.")
    assert facts(text) == [(6, "2025-09-21", "Vakilabad Prison", "event")]
    [claim_rules] = rules(text)
    assert "merge.restatement" in claim_rules


def test_a_province_in_the_lead_and_a_prison_told_in_it_are_one_incident():
    text = ("Two women executed in Isfahan province\n\n"
            "Two women were executed in Dastgerd Prison in Isfahan on 19 September, the monitor said.")
    assert facts(text) == [(2, "2025-09-19", "Dastgerd Prison", "event")]


def test_a_prison_the_lead_does_not_place_in_the_town_stays_apart():
    text = ("Three prisoners executed in Tabriz\n\n"
            "Three prisoners were executed in Tabriz on Sunday. "
            "Separately, three prisoners were hanged in Qezelhesar Prison on Monday, the group added.")
    assert sorted(facts(text)) == [(3, "2025-09-21", "Tabriz", "event"), (3, "2025-09-22", "Qezelhesar Prison", "event")]


def test_a_headline_prison_named_by_its_town_is_the_prison_the_body_places_in_that_town():
    text = ("Four hanged in Urmia prison\n\n"
            "Four men were hanged in the central prison of Urmia on Saturday for drug offences, Hengaw said.")
    assert facts(text) == [(4, "2025-09-20", "central prison of Urmia", "event")]


def test_headlines_without_a_noun_or_an_auxiliary_count_their_number():
    # "Iran hangs three", "Three hanged in ...": headline English leaves out "men" and "were"
    hangs = "Iran hangs three in Isfahan\n\nThe three men were executed in Dastgerd Prison in Isfahan on Sunday."
    assert [f[:2] for f in facts(hangs)] == [(3, "2025-09-21")]
    alone = claim_reader("count", "kind", published=TUESDAY)
    assert alone("Saudi Arabia executes 17 in a single day") == [(17, "event")]
    assert alone("Two hanged in Qom prison") == [(2, "event")]
