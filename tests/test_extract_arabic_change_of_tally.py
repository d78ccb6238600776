"""Arabic reviews: a change of a country's figure, "رفعت X عدد من أعدمتهم من 90 في 2022 إلى 130 في 2023"
(or "حصيلتها", "الأرقام"), gives both ends, each with its own year; a second change in the same sentence
with no years of its own ("ومن 11 إعداماً على الأقل إلى 40 على الأقل في مصر") takes the years of the
first, not the last year written before it. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("country", "count", "qualifier", "period_start", "period_end", lang="ar")


def test_both_ends_of_a_change_of_those_executed():
    text = ("ورفعت الكويت عدد من أعدمتهم من 9 في 2022 إلى ما لا يقل عن 14 في 2023، بحسب التقرير السنوي للمنظمة.")
    assert facts(text, date(2024, 4, 2)) == [("KW", 9, "exact", "2022-01-01", "2022-12-31"),
                                              ("KW", 14, "at_least", "2023-01-01", "2023-12-31")]


def test_a_second_change_takes_the_years_of_the_first():
    text = ("وضاعفت الكويت حصيلتها من 9 إعدامات في 2022 إلى 18 في 2023، فيما قفزت الأرقام في مصر نحو أربعة "
            "أضعاف، من 11 إعداماً على الأقل إلى 40 على الأقل.")
    assert facts(text, date(2024, 4, 2)) == [("EG", 11, "at_least", "2022-01-01", "2022-12-31"),
                                              ("EG", 40, "at_least", "2023-01-01", "2023-12-31"),
                                              ("KW", 9, "exact", "2022-01-01", "2022-12-31"),
                                              ("KW", 18, "exact", "2023-01-01", "2023-12-31")]
