"""Arabic reports: a figure told as "N times what was recorded in YEAR" (أربعة أضعاف ما سجلته ... في
2023، ضعف العدد المسجل عام 2022): the year is the figure multiplied's, not the count's before it, and
"هناك" (there) points back to the country named last. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", lang="ar")
DAY = date(2024, 5, 29)


def test_the_year_after_a_multiple_is_the_earlier_figures():
    text = ("وبحسب التقرير السنوي، شهد عام 2023 ارتفاعاً حاداً في الإعدامات. "
            "ونفذت مصر ما لا يقل عن 38 حكماً بالإعدام، أي نحو ثلاثة أضعاف ما سجلته المنظمة في 2022.")
    got = facts(text, DAY)
    assert all(row[3] != "2022-01-01" for row in got if row[2] == 38)


def test_there_points_back_to_the_country_named_last():
    text = ("وفي التقرير نفسه، أعدمت السعودية 170 شخصاً خلال عام 2023، بينما نفذ العراق ما لا يقل عن 16 حكماً "
            "في العام ذاته، أي ضعف ما سجلته المنظمة هناك في 2022، حين أحصت 8 حالات على الأقل.")
    got = facts(text, DAY)
    assert ("executed", "IQ", 8, "2022-01-01", "2022-12-31") in got
    assert ("executed", "IQ", 16, "2023-01-01", "2023-12-31") in got


def test_there_is_is_no_place():
    text = ("أعدمت السعودية 12 شخصاً خلال آذار/مارس الماضي. وقالت المنظمة إن هناك 5 حالات إعدام أخرى في إيران "
            "خلال الشهر ذاته.")
    got = facts(text, date(2024, 4, 10))
    assert ("executed", "SA", 12, "2024-03-01", "2024-03-31") in got
    assert all(row[1] != "SA" for row in got if row[2] == 5)
