"""Arabic: "منذ مطلع شباط/فبراير الجاري", "منذ بداية الشهر": executions counted from the first day of a
month to the report's day are a statistic over that window, even when a ministry announces them "today"
(the day of the announcement dates the news, not the executions); a running total in a clause of its
own after a comma keeps its own start. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind", lang="ar")
DAY = date(2026, 3, 18)


def test_announced_today_since_the_start_of_the_month_named():
    text = ("أعلنت وزارة العدل العراقية، اليوم الأربعاء، تنفيذ أحكام الإعدام بحق 14 مداناً في سجن الحوت منذ مطلع "
            "آذار/مارس الجاري.")
    assert facts(text, DAY) == [("executed", "IQ", 14, "2026-03-01", "2026-03-18", "aggregate")]


def test_announced_today_since_the_start_of_the_current_month():
    text = ("وأفادت المديرية، اليوم الأربعاء، بتنفيذ أحكام الإعدام بحق نحو عشرين مداناً في سجن الناصرية المركزي منذ "
            "بداية الشهر الجاري.")
    assert facts(text, DAY) == [("executed", "IQ", 20, "2026-03-01", "2026-03-18", "aggregate")]


def test_a_verb_with_since_the_start_of_a_month():
    text = "وأعدمت السلطات العراقية 9 مدانين بقضايا إرهاب منذ مطلع شباط الماضي."
    assert facts(text, DAY) == [("executed", "IQ", 9, "2026-02-01", "2026-03-18", "aggregate")]


def test_a_running_total_after_a_comma_keeps_its_own_start():
    text = ("أعلنت وزارة الداخلية السعودية، اليوم الأربعاء، تنفيذ حكم القتل بحق ثلاثة مدانين بتهريب المخدرات في تبوك، "
            "لترتفع الحصيلة منذ مطلع العام إلى 61.")
    got = facts(text, DAY)
    assert ("executed", "SA", 3, "2026-03-18", "2026-03-18", "event") in got
    assert ("executed", "SA", 61, "2026-01-01", "2026-03-18", "aggregate") in got
