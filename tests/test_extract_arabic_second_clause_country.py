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


def test_each_figure_of_a_list_is_in_the_country_after_its_own_in():
    # "N إعداماً في X، وM إعداماً في Y": the second figure is Y's, not X's named before it
    text = "وسجلت المنظمة في المنطقة ما لا يقل عن 90 إعداماً في العراق، و40 إعداماً في مصر خلال عام 2021."
    got = claim_reader("country", "count", "period_start", lang="ar")(text, DAY)
    assert sorted(got) == [("EG", 40, "2021-01-01"), ("IQ", 90, "2021-01-01")]


def test_numbers_with_their_noun_left_out_take_the_country_after_them():
    # "و13 على الأقل في مصر، و6 في الكويت": the noun and the year of the first figure go on
    text = "وفي بقية المنطقة، أحصت المنظمة ما لا يقل عن 25 إعداماً في اليمن خلال عام 2021، و11 على الأقل في مصر، و4 في الكويت."
    got = claim_reader("country", "count", "period_start", "period_end", lang="ar")(text, DAY)
    assert sorted(got) == [("EG", 11, "2021-01-01", "2021-12-31"), ("KW", 4, "2021-01-01", "2021-12-31"),
                           ("YE", 25, "2021-01-01", "2021-12-31")]


def test_a_number_with_no_country_after_it_makes_no_list_item():
    # "و4 في السجن المركزي": a place that is no country tells no other country's figure
    text = "وأحصت المنظمة ما لا يقل عن 25 إعداماً في اليمن خلال عام 2021، و4 في السجن المركزي بصنعاء."
    got = claim_reader("country", "count", lang="ar")(text, DAY)
    assert ("YE", 25) in got and not [c for c in got if c[0] != "YE"]
