"""Arabic reports: a monthly figure set against "the same month of last year" (الشهر نفسه من العام
الماضي) gives that month a year before, not the whole year (period.same_period); sentences written
for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", lang="ar")


def test_the_same_month_of_last_year_in_a_when_clause():
    text = ("قالت منظمة حقوقية إن السلطات الإيرانية أعدمت 61 شخصاً خلال شهر أيار/مايو الماضي، وهو أكثر من العدد "
            "المسجل في الشهر نفسه من العام الماضي، حين أحصت المنظمة 44 حالة إعدام.")
    assert facts(text, date(2024, 6, 4)) == [("executed", "IR", 44, "2023-05-01", "2023-05-31"),
                                             ("executed", "IR", 61, "2024-05-01", "2024-05-31")]


def test_the_same_month_with_its_year_written():
    text = ("وأعدمت السلطات 27 شخصاً في آذار/مارس الماضي، مقابل 19 في الشهر ذاته من عام 2022.")
    got = facts(text, date(2023, 4, 5))
    assert ("executed", "IR", 27, "2023-03-01", "2023-03-31") in got or ("executed", "SA", 27, "2023-03-01", "2023-03-31") in got
    assert all(row[3] != "2022-01-01" for row in got)


def test_the_same_month_of_last_year_in_a_relative_clause():
    # "الذي سُجل فيه": the month named, in which the figure after was recorded
    text = ("وثّقت المنظمة تنفيذ 73 حكماً بالإعدام في إيران خلال شهر نيسان/أبريل 2025، بارتفاع كبير مقارنة بالشهر "
            "ذاته من العام الماضي، الذي سُجل فيه 38 إعداماً.")
    assert facts(text, date(2025, 5, 3)) == [("executed", "IR", 38, "2024-04-01", "2024-04-30"),
                                             ("executed", "IR", 73, "2025-04-01", "2025-04-30")]
