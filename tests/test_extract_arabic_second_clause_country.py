"""Arabic: a country named as the subject of the second clause with its own figure ("..., بينما أعدمت
باكستان ما لا يقل عن 60 شخصاً") is that figure's country, not the country of the first clause; sentences
written for these tests."""
from datetime import date

from claim_rows import claim_reader

DAY = date(2022, 5, 24)


def test_a_country_named_with_its_own_figure_in_the_second_clause():
    text = ("وفي العراق، وثقت المنظمة 17 عملية إعدام على الأقل خلال عام 2021، بينما أعدمت باكستان ما لا يقل عن "
            "14 شخصاً.")
    got = claim_reader("country", "count", lang="ar")(text, DAY)
    assert got == [("IQ", 17), ("PK", 14)]



def test_a_nationality_after_a_figure_is_not_the_country():
    # "مواطنين باكستانيين": who they were, not where they were hanged
    text = "أعدمت السعودية اليوم الثلاثاء ثلاثة مواطنين باكستانيين أدينوا بتهريب الهيروين."
    assert claim_reader("country", "count", lang="ar")(text, DAY) == [("SA", 3)]
