"""Arabic: time counted from a day told, not from the report's. "خلال الأيام العشرة التالية لرفع الحظر في
الخامس من ذلك الشهر" is the ten days from that fifth (counted_back.following_day, period.following_day);
"ثم ... بعد ثلاثة أشهر من ذلك" is the month three after the date told before it (calendars
months_after). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", lang="ar")
DAY = date(2023, 9, 14)


def test_days_following_a_day_told_after_them():
    text = ("وكانت السلطات قد رفعت في يونيو/حزيران الماضي تجميداً لتنفيذ الأحكام، وخلال الأيام العشرة التالية "
            "لرفع التجميد في الخامس من ذلك الشهر أُعدم تسعة رجال.")
    assert facts(text, DAY) == [("executed", 9, "2023-06-05", "2023-06-14")]


def test_two_weeks_following_a_day():
    text = "وخلال الأسبوعين التاليين لعيد الفطر في 21 أبريل/نيسان أُعدم 14 شخصاً بتهم تتعلق بالمخدرات."
    assert facts(text, DAY) == [("executed", 14, "2023-04-21", "2023-05-04")]


def test_months_after_that():
    text = "وفي فبراير 2016 أُعدم رجلان أدينا بالقتل، ثم أُعدم ثلاثة آخرون بعد ثلاثة أشهر من ذلك."
    assert facts(text, DAY) == [("executed", 2, "2016-02-01", "2016-02-29"), ("executed", 3, "2016-05-01", "2016-05-31")]
