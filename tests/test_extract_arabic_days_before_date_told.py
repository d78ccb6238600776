"""Arabic reports: "في الأيام السبعة التي سبقت ذلك التاريخ" (in the seven days before that date) counts
back from the day told last, not from the report's day nor the whole span (period.before_date_told);
sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", lang="ar")
rules = claim_reader("count", "rules", lang="ar")
DAY = date(2025, 3, 14)


def test_seven_days_before_the_day_a_total_ran_to():
    text = ("وبحسب المنظمة، أعدمت السلطات ما لا يقل عن 180 شخصاً منذ بداية العام وحتى 10 مارس، بينهم 19 شخصاً "
            "في الأيام السبعة التي سبقت ذلك التاريخ.")
    got = facts(text, DAY)
    assert ("executed", "SA", 19, "2025-03-03", "2025-03-09") in got
    assert "period.before_date_told" in dict(rules(text, DAY))[19]


def test_three_days_before_that_day():
    text = ("ونُفذ حكم الإعدام بحق مدانين اثنين في سجن الحائر يوم 2 مارس، وكانت السلطات قد أعدمت 6 أشخاص "
            "في الأيام الثلاثة السابقة لذلك التاريخ.")
    assert ("executed", "SA", 6, "2025-02-27", "2025-03-01") in facts(text, DAY)


def test_without_a_day_before_there_is_no_such_span():
    text = "وأعدمت السلطات 4 أشخاص في الأيام الخمسة التي سبقت ذلك التاريخ."
    assert all(row[3] != "2025-03-09" for row in facts(text, DAY))
