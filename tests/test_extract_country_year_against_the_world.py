"""A wire report that leads on one country's year against the world's ("Iraq executed 98 people last
year, ..., even as executions fell worldwide") tells that review's year throughout: a country's figure
many paragraphs on, with no date of its own, is of that year, as in a review led by the world."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind", published=date(2021, 4, 21))
Y20 = ("2020-01-01", "2020-12-31")


def test_a_country_figure_far_from_the_lead_of_a_review_takes_its_year():
    text = ("Iraq put 45 people to death last year, the rights group said, even as executions fell worldwide.\n\n"
            "Most of those hanged had been convicted under counter-terrorism laws passed after the war, the group said in a "
            "statement.\n\n"
            "It said confessions were often obtained under torture and that many trials lasted only a few minutes "
            "before a judge.\n\n"
            "Families were rarely told in advance of the hangings, and the bodies were not always returned to "
            "them afterwards.\n\n"
            "Elsewhere the numbers were small. Bangladesh executed two people, and Botswana three.")
    got = facts(text)
    assert ("executed", "BD", 2, *Y20, "aggregate") in got
    assert ("executed", "IQ", 45, *Y20, "aggregate") in got


def test_a_report_that_never_speaks_of_the_world_keeps_its_nearer_reading():
    text = ("Iraq put 45 people to death last year, the rights group said.\n\n"
            "Most of those hanged had been convicted under counter-terrorism laws passed after the war, the group said in a "
            "statement.\n\n"
            "It said confessions were often obtained under torture and that many trials lasted only a few minutes "
            "before a judge.\n\n"
            "Families were rarely told in advance of the hangings, and the bodies were not always returned to "
            "them afterwards.\n\n"
            "On Tuesday, two more men were hanged in Nasiriyah.")
    assert ("executed", "IQ", 2, "2021-04-20", "2021-04-20", "event") in facts(text)
