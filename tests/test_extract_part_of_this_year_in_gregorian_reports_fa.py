"""Persian reports that count their years in the Gregorian calendar ("در شش ماه نخست سال ۲۰۲۳
میلادی") mean a Gregorian year by a part of "this year" or "last year" too ("نیمه نخست امسال",
"سه ماه نخست سال جاری"), as they already do by "امسال" alone (calendars.py gregorian_text); a report
that counts in Solar Hijri years keeps the Solar half. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("count", "period_start", "period_end", "kind", lang="fa")


def test_a_half_of_this_year_in_a_report_counting_gregorian_years():
    text = ("این سازمان اعلام کرد دست‌کم ۲۴۰ نفر در شش ماه نخست سال ۲۰۲۳ میلادی در ایران اعدام شده‌اند؛ "
            "رقمی که از آمار نیمه نخست سال ۲۰۲۲ بیشتر است.\n\n"
            "در تفکیک اتهام‌ها، ۱۵۰ نفر از اعدام‌شدگان نیمه نخست امسال به اتهام‌های مرتبط با مواد مخدر اعدام شده‌اند.")
    assert sorted(facts(text, date(2023, 7, 6)), reverse=True) == [
        (240, "2023-01-01", "2023-06-30", "aggregate"),
        (150, "2023-01-01", "2023-06-30", "aggregate"),
    ]


def test_a_half_of_this_year_in_a_report_counting_solar_years_stays_solar():
    text = ("به گزارش این نهاد، در مهر ۱۴۰۲ دست‌کم ۸۰ نفر اعدام شدند. "
            "در نیمه نخست امسال نیز دست‌کم ۳۱۰ نفر در زندان‌های ایران اعدام شده بودند.")
    assert (310, "2023-03-21", "2023-09-22", "aggregate") in facts(text, date(2023, 11, 1))
