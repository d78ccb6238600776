"""Persian reports: ways of writing that misdated statistics, on sentences written for these tests
(a span opened by "the start of the month" and closed by "today" with the day written again; the
parts of a whole whose figure opens their sentence)."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "qualifier", "period_start", "period_end", "kind", lang="fa")


# --- "از ابتدای ماه X تا امروز، <روز>": from the first of the month to the report's day ---------------

def test_from_the_start_of_a_gregorian_month_to_today_with_the_day_written_again():
    text = ("به گزارش این نهاد، از ابتدای ماه ژوئن ۲۰۲۳ (۱۱ خرداد) تا امروز دوشنبه ۲۲ خرداد ۱۴۰۲، "
            "دست‌کم ۳۱ زندانی در زندان‌های کشور اعدام شده‌اند.")
    # 22 Khordad 1402 is Monday 12 June 2023, the report's day
    assert facts(text, date(2023, 6, 12)) == [("executed", 31, "at_least", "2023-06-01", "2023-06-12", "aggregate")]


def test_from_the_start_of_a_solar_month_to_today_with_the_day_written_again():
    text = "از ابتدای ماه مهر تا امروز پنجشنبه ۱۳ مهر ۱۴۰۲، ۱۷ زندانی بلوچ در زندان زاهدان اعدام شده‌اند."
    # 1 to 13 Mehr 1402: 23 September to 5 October 2023
    assert facts(text, date(2023, 10, 5)) == [("executed", 17, "exact", "2023-09-23", "2023-10-05", "aggregate")]


def test_the_year_of_a_day_written_after_today_is_no_count():
    text = "از ابتدای آذر تا امروز شنبه ۱۸ آذر ۱۴۰۲ دست‌کم ۹ نفر در زندان قزلحصار اعدام شده‌اند."
    got = facts(text, date(2023, 12, 9))
    assert [f[1] for f in got] == [9]
    assert got[0][3:] == ("2023-11-22", "2023-12-09", "aggregate")


def test_today_and_its_day_alone_still_date_an_execution_on_that_day():
    text = "خبرگزاری میزان اعلام کرد این زندانی صبح امروز سه‌شنبه ۲۱ شهریور ۱۴۰۲ در زندان مشهد اعدام شد."
    assert facts(text, date(2023, 9, 12)) == [("executed", 1, "exact", "2023-09-12", "2023-09-12", "event")]


# --- "از N زندانی اعدام‌شده، M نفر ...": the parts of the whole named first take its period -------------

WHOLE = ("بر پایه آمار این سازمان، در ماه آوریل ۲۰۲۳ دست‌کم ۴۰ زندانی در زندان‌های ایران اعدام شده‌اند. "
         "شمار اعدام‌ها از ابتدای سال ۲۰۲۳ به ۲۱۰ نفر رسیده است.\n\n")


def test_parts_of_the_whole_named_first_take_its_month_not_the_running_total():
    text = WHOLE + "از ۴۰ زندانی اعدام‌شده، ۲۶ نفر به اتهام مواد مخدر و ۹ نفر به اتهام قتل اعدام شده‌اند."
    got = facts(text, date(2023, 5, 3))
    assert ("executed", 26, "exact", "2023-04-01", "2023-04-30", "aggregate") in got
    assert ("executed", 9, "exact", "2023-04-01", "2023-04-30", "aggregate") in got


def test_a_whole_of_another_event_leaves_the_part_its_own_reading():
    text = WHOLE + "از ۴۰ زندانی اعدام‌شده، ۱۱ نفر پیش‌تر به اتهام قتل به قصاص محکوم شده بودند."
    got = facts(text, date(2023, 5, 3))
    assert not [f for f in got if f[1] == 11 and f[0] == "sentenced"]
