"""Arabic: two counts each with its own day in one clause list, "سبعة سجناء يوم الخميس الماضي، الثاني من
مارس، وأربعة آخرون في 20 فبراير": the second count takes the day right after it, not the first count's
day told before it across a comma (dating.own_date). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", lang="ar")
DAY = date(2023, 3, 9)


def test_the_second_count_takes_the_day_right_after_it():
    text = ("وليست هذه أول إعدامات جماعية في السجن هذا الشهر؛ إذ أُعدم فيه سبعة سجناء يوم الخميس الماضي، "
            "الثاني من مارس، وأربعة آخرون في 20 فبراير (شباط).")
    assert sorted(facts(text, DAY)) == [("executed", 4, "2023-02-20"), ("executed", 7, "2023-03-02")]
