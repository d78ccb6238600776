"""Arabic: a bare number after a word of breakdown ("من بينهم خمسة") before a verb of being that says
who they were ("كانوا قاصرين"), a hedge after the number allowed ("على الأقل"), is a part of the figure
told: a breakdown with its period (SCHEMA.md). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "qualifier", "period_start", "period_end", "kind", lang="ar")
DAY = date(2022, 5, 24)


def test_a_part_told_by_who_they_were_is_a_breakdown_of_the_figure():
    text = ("قالت المنظمة في تقريرها السنوي إن إيران أعدمت خلال عام 2021 ما لا يقل عن 314 شخصاً، من بينهم ثلاثة "
            "على الأقل كانوا قاصرين وقت ارتكاب الجرائم.")
    got = facts(text, DAY)
    assert ("executed", "IR", 3, "at_least", "2021-01-01", "2021-12-31", "aggregate") in got



def test_without_a_word_of_breakdown_a_bare_number_is_no_part():
    text = "أعدمت إيران خلال عام 2021 ما لا يقل عن 314 شخصاً، وقالت المنظمة إن ثلاثة كانوا قاصرين."
    got = facts(text, DAY)
    assert [row[2] for row in got] == [314]
