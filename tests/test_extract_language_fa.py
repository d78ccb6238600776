"""How Persian reports say when executions happened, or over what span a figure runs: an
inventory of the ways Persian rights groups and outlets (HRANA, Hengaw, Iran Human Rights,
the Kurdistan Human Rights Network, Haalvsh, Iran International, BBC Persian, Radio Farda,
IranWire) write it, in Solar Hijri and Gregorian dates, relative days, weekdays, weeks,
months, years and spans, each a short invented report with the claims corpus/SCHEMA.md says
it gives, the period resolved against the day the report was published. Solar Hijri dates
are converted through jdatetime here, never by hand. Written from the language of such
reports, not from any labelled set's sentences (the rules must hold on reports never seen).
Counts, events and places: test_extract_language_fa_counts.py."""
from datetime import date, timedelta

import jdatetime
import pytest

from language_cases import Want, case, check, params

PUB = "2024-10-09"          # a Wednesday; 18 Mehr 1403


def J(y, m, d):
    """A Solar Hijri day as an ISO Gregorian date."""
    return jdatetime.date(y, m, d).togregorian().isoformat()


def JM(y, m):
    """The first and last day of a Solar Hijri month."""
    last = 31 if m <= 6 else (30 if m < 12 else (30 if jdatetime.date(y, 1, 1).isleap() else 29))
    return J(y, m, 1), J(y, m, last)


def JY(y):
    return JM(y, 1)[0], JM(y, 12)[1]


def back(published, days):
    return (date.fromisoformat(published) - timedelta(days=days)).isoformat()


def fa(id, published, text, *want, optional=()):
    return case(id, published, text, *want, optional=optional, lang="fa")


def ex(country, count, start, end=None, kind=None, qualifier=None):
    return Want("executed", country, count, start, end or start, kind, qualifier)


def sen(country, count, start, end=None, kind=None):
    return Want("sentenced", country, count, start, end or start, kind)


# 1. A day: Solar Hijri and Gregorian dates, with and without the year, the weekday beside them.
DATES = [
    fa("jalali-day-month-year", PUB,
       "به گزارش هرانا، روز پنجشنبه ۱۲ مهر ۱۴۰۳ یک زندانی به اتهام قتل عمد در زندان قزلحصار کرج اعدام شد.",
       ex("IR", 1, J(1403, 7, 12), kind="event")),
    fa("jalali-weekday-day-month", "2024-10-31",
       "هه‌نگاو: دو زندانی کرد روز سه‌شنبه ۸ آبان در زندان مرکزی ارومیه به دار آویخته شدند.",
       ex("IR", 2, J(1403, 8, 8), kind="event")),
    fa("jalali-month-word-after-day", PUB,
       "سحرگاه ۱۲ مهرماه، حکم اعدام سه زندانی در زندان عادل‌آباد شیراز اجرا شد.",
       ex("IR", 3, J(1403, 7, 12), kind="event")),
    fa("jalali-day-later-than-publication-is-last-year", "2025-04-02",
       "به گزارش کانون حقوق بشر کردستان، یک زندانی اهل سنندج روز ۲۵ اسفند در زندان قزلحصار اعدام شد.",
       ex("IR", 1, J(1403, 12, 25), kind="event")),
    fa("jalali-ordinal-day-word", "2024-10-30",
       "بامداد پنجشنبه سوم آبان ۱۴۰۳، چهار زندانی در زندان مرکزی مشهد اعدام شدند.",
       ex("IR", 4, J(1403, 8, 3), kind="event")),
    fa("jalali-saturday-with-date", PUB,
       "بامداد روز شنبه ۱۴ مهر، یک مرد ۳۵ ساله در زندان دیزل‌آباد کرمانشاه اعدام شد.",
       ex("IR", 1, J(1403, 7, 14), kind="event")),
    fa("gregorian-date-in-persian", "2024-11-05",
       "سازمان حقوق بشر ایران: حمید رحیمی روز یکشنبه ۳ نوامبر ۲۰۲۴ در زندان قزلحصار اعدام شد.",
       ex("IR", 1, "2024-11-03", kind="event")),
    fa("gregorian-date-without-year", "2024-10-30",
       "به گزارش ایران اینترنشنال، دو زندانی بلوچ روز ۲۷ اکتبر در زندان زاهدان اعدام شدند.",
       ex("IR", 2, "2024-10-27", kind="event")),
    fa("both-calendars-side-by-side", PUB,
       "روز دوشنبه ۱۶ مهر ۱۴۰۳ (۷ اکتبر ۲۰۲۴) پنج زندانی در زندان مرکزی کرج اعدام شدند.",
       ex("IR", 5, J(1403, 7, 16), kind="event")),
    fa("two-days-of-a-month", PUB,
       "به گزارش هرانا، طی روزهای ۱۵ و ۱۶ مهر دست‌کم ۱۰ زندانی در زندان قزلحصار اعدام شدند.",
       ex("IR", 10, J(1403, 7, 15), J(1403, 7, 16), qualifier="at_least")),
]

# 2. Days told from the report's day: today, yesterday, a weekday.
RELATIVE_DAYS = [
    fa("dawn-today", PUB,
       "بامداد امروز یک زندانی در زندان مرکزی اصفهان اعدام شد.",
       ex("IR", 1, PUB, kind="event")),
    fa("morning-of-yesterday", PUB,
       "صبح روز گذشته سه زندانی به اتهامات مرتبط با مواد مخدر در زندان بیرجند اعدام شدند.",
       ex("IR", 3, back(PUB, 1), kind="event")),
    fa("yesterday", PUB,
       "رادیو فردا گزارش داد که دیروز دو مرد در زندان مرکزی قم به دار آویخته شدند.",
       ex("IR", 2, back(PUB, 1), kind="event")),
    fa("the-past-day", PUB,
       "روز گذشته حکم قصاص یک زندانی در زندان سبزوار اجرا شد.",
       ex("IR", 1, back(PUB, 1), kind="event")),
    fa("dawn-of-a-weekday", PUB,
       "هه‌نگاو گزارش داد سحرگاه پنجشنبه یک زندانی کرد در زندان مرکزی سنندج اعدام شد.",
       ex("IR", 1, "2024-10-03", kind="event")),
    fa("weekday-alone", PUB,
       "روز شنبه شش زندانی در زندان قزلحصار کرج اعدام شدند.",
       ex("IR", 6, "2024-10-05", kind="event")),
    fa("weekday-evening", PUB,
       "شامگاه دوشنبه یک زن در زندان مرکزی یزد اعدام شد.",
       ex("IR", 1, "2024-10-07", kind="event")),
    fa("weekday-of-last-week", PUB,
       "به گزارش حال‌وش، چهارشنبه هفته گذشته دو زندانی بلوچ در زندان زاهدان اعدام شدند.",
       ex("IR", 2, "2024-10-02", kind="event")),
    fa("noon-today", PUB,
       "ظهر امروز یک زندانی در ملا عام در شهر مرودشت به دار آویخته شد.",
       ex("IR", 1, PUB, kind="event")),
    fa("days-ago", PUB,
       "دو روز پیش یک زندانی در زندان مرکزی همدان اعدام شد.",
       ex("IR", 1, back(PUB, 2), kind="event")),
    fa("last-night", PUB,
       "شب گذشته دو زندانی از زندان قزلحصار به سلول انفرادی منتقل شدند و بامداد امروز اعدام شدند.",
       ex("IR", 2, PUB, kind="event"),
       optional=(Want("imminent", "IR", 2, back(PUB, 1), back(PUB, 1)),)),
]

# 3. Weeks and short spans back from publication.
WEEKS = [
    fa("last-week", PUB,
       "هرانا: دست‌کم ۲۹ زندانی هفته گذشته در زندان‌های ایران اعدام شدند.",
       ex("IR", 29, "2024-09-30", "2024-10-06", "aggregate", "at_least")),
    fa("during-the-past-week-said-on-monday", "2024-10-07",
       "طی هفته گذشته ۱۸ زندانی در زندان‌های کشور اعدام شدند.",
       ex("IR", 18, "2024-09-30", "2024-10-06", "aggregate")),
    fa("this-week", "2024-10-10",
       "به گزارش ایران‌وایر، در هفته جاری دست‌کم ۱۵ نفر در زندان‌های ایران اعدام شده‌اند.",
       ex("IR", 15, "2024-10-07", "2024-10-10", "aggregate", "at_least")),
    fa("one-person-last-week", PUB,
       "هفته گذشته یک زن به اتهام قتل همسرش اعدام شد.",
       ex("IR", 1, "2024-09-30", "2024-10-06", "event")),
    fa("same-prison-last-week", PUB,
       "سه زندانی بامداد امروز در زندان مرکزی ارومیه اعدام شدند. هفته گذشته نیز دو زندانی دیگر در همین زندان "
       "اعدام شده بودند.",
       ex("IR", 3, PUB, kind="event"), ex("IR", 2, "2024-09-30", "2024-10-06", "event")),
    fa("past-seven-days", PUB,
       "در هفت روز گذشته ۲۲ زندانی در ایران اعدام شده‌اند.",
       ex("IR", 22, back(PUB, 7), PUB, "aggregate")),
    fa("past-24-hours", PUB,
       "سازمان حقوق بشر ایران اعلام کرد در ۲۴ ساعت گذشته دست‌کم ۹ نفر در زندان‌های ایران اعدام شده‌اند.",
       ex("IR", 9, back(PUB, 1), PUB, qualifier="at_least")),
    fa("past-48-hours", PUB,
       "طی ۴۸ ساعت گذشته ۱۲ زندانی در زندان‌های قزلحصار و کرج اعدام شدند.",
       ex("IR", 12, back(PUB, 2), PUB)),
    fa("past-two-days", PUB,
       "طی دو روز گذشته هفت زندانی در زندان مرکزی شیراز اعدام شدند.",
       ex("IR", 7, back(PUB, 2), PUB)),
    fa("past-month", PUB,
       "بی‌بی‌سی فارسی: در یک ماه اخیر دست‌کم ۱۲۰ نفر در ایران اعدام شده‌اند.",
       ex("IR", 120, back(PUB, 30), PUB, "aggregate", "at_least")),
    fa("past-three-months", PUB,
       "در سه ماه گذشته بیش از ۳۰۰ نفر در ایران اعدام شده‌اند.",
       ex("IR", 300, back(PUB, 91), PUB, "aggregate", "more_than")),
]

# 4. Months: the month before, a named month, a season.
MONTHS = [
    fa("last-month-is-solar", PUB,
       "بر اساس گزارش ماهانه هرانا، در ماه گذشته دست‌کم ۸۲ زندانی در ایران اعدام شدند.",
       ex("IR", 82, *JM(1403, 6), kind="aggregate", qualifier="at_least")),
    fa("last-gregorian-month", PUB,
       "سازمان حقوق بشر ایران: در ماه گذشته میلادی دست‌کم ۱۲۰ نفر در ایران اعدام شدند.",
       ex("IR", 120, "2024-09-01", "2024-09-30", "aggregate", "at_least")),
    fa("in-a-named-month", "2024-10-25",
       "در ماه مهر دست‌کم ۱۶۶ نفر در ایران اعدام شدند.",
       ex("IR", 166, *JM(1403, 7), kind="aggregate", qualifier="at_least")),
    fa("named-month-with-year", PUB,
       "هرانا: در مهرماه ۱۴۰۲، ۸۷ نفر در زندان‌های ایران اعدام شدند.",
       ex("IR", 87, *JM(1402, 7), kind="aggregate")),
    fa("named-month-before-publication", PUB,
       "در شهریور ماه، ۷۸ زندانی در زندان‌های کشور اعدام شدند.",
       ex("IR", 78, *JM(1403, 6), kind="aggregate")),
    fa("gregorian-month-with-year", PUB,
       "در ماه سپتامبر ۲۰۲۴ دست‌کم ۱۰۰ نفر در ایران اعدام شدند.",
       ex("IR", 100, "2024-09-01", "2024-09-30", "aggregate", "at_least")),
    fa("a-season-this-year", PUB,
       "در تابستان امسال دست‌کم ۲۵۰ نفر در ایران اعدام شدند.",
       ex("IR", 250, JM(1403, 4)[0], JM(1403, 6)[1], "aggregate", "at_least")),
]

# 5. Years: since the new year, a Solar Hijri or Gregorian year, the first months of a year.
YEARS = [
    fa("since-the-start-of-this-year", PUB,
       "به گزارش هرانا، از ابتدای سال جاری دست‌کم ۴۵۰ نفر در ایران اعدام شده‌اند.",
       ex("IR", 450, JY(1403)[0], PUB, "aggregate", "at_least")),
    fa("since-the-start-of-the-solar-year-named", PUB,
       "از آغاز سال ۱۴۰۳ تاکنون ۴۶۰ زندانی در ایران اعدام شده‌اند.",
       ex("IR", 460, JY(1403)[0], PUB, "aggregate")),
    fa("since-the-start-of-a-gregorian-year", "2025-06-10",
       "سازمان حقوق بشر ایران: از ابتدای سال ۲۰۲۵ میلادی تاکنون بیش از ۶۰۰ نفر در ایران اعدام شده‌اند.",
       ex("IR", 600, "2025-01-01", "2025-06-10", "aggregate", "more_than")),
    fa("this-gregorian-year", PUB,
       "از ابتدای سال جاری میلادی دست‌کم ۵۴۰ نفر در ایران اعدام شده‌اند.",
       ex("IR", 540, "2024-01-01", PUB, "aggregate", "at_least")),
    fa("first-nine-months-of-a-gregorian-year", PUB,
       "در ۹ ماه نخست سال ۲۰۲۴، دست‌کم ۵۲۰ نفر در ایران اعدام شدند.",
       ex("IR", 520, "2024-01-01", "2024-09-30", "aggregate", "at_least")),
    fa("first-six-months-of-a-solar-year", PUB,
       "بر اساس آمار هرانا، در شش ماه نخست سال ۱۴۰۳، ۳۹۰ نفر در ایران اعدام شدند.",
       ex("IR", 390, JY(1403)[0], JM(1403, 6)[1], "aggregate")),
    fa("first-half-of-a-gregorian-year", "2024-07-10",
       "در نیمه نخست سال ۲۰۲۴ دست‌کم ۲۵۰ نفر در ایران اعدام شدند.",
       ex("IR", 250, "2024-01-01", "2024-06-30", "aggregate", "at_least")),
    fa("a-solar-year", PUB,
       "در سال ۱۴۰۲ دست‌کم ۷۴۶ نفر در ایران اعدام شدند.",
       ex("IR", 746, *JY(1402), kind="aggregate", qualifier="at_least")),
    fa("a-gregorian-year-by-its-size", PUB,
       "در سال ۲۰۲۳ دست‌کم ۸۳۴ نفر در ایران اعدام شدند.",
       ex("IR", 834, "2023-01-01", "2023-12-31", "aggregate", "at_least")),
    fa("a-two-digit-solar-year", PUB,
       "در سال ۹۷ دست‌کم ۲۷۳ نفر در ایران اعدام شدند.",
       ex("IR", 273, *JY(1397), kind="aggregate", qualifier="at_least")),
    fa("last-year-in-a-solar-dated-report", PUB,
       "گزارش ۱۸ مهر ۱۴۰۳: سال گذشته دست‌کم ۷۴۶ نفر در ایران اعدام شدند.",
       ex("IR", 746, *JY(1402), kind="aggregate", qualifier="at_least")),
    fa("last-gregorian-year", PUB,
       "در سال گذشته میلادی دست‌کم ۸۳۴ نفر در ایران اعدام شدند.",
       ex("IR", 834, "2023-01-01", "2023-12-31", "aggregate", "at_least")),
    fa("last-year-in-a-gregorian-report", PUB,
       "از ابتدای سال ۲۰۲۴ میلادی تاکنون دست‌کم ۵۴۰ نفر در ایران اعدام شده‌اند. سال گذشته دست‌کم ۸۳۴ نفر "
       "در ایران اعدام شدند.",
       ex("IR", 540, "2024-01-01", PUB, "aggregate", "at_least"),
       ex("IR", 834, "2023-01-01", "2023-12-31", "aggregate", "at_least")),
    fa("since-new-year-to-a-month-end", PUB,
       "از ابتدای سال ۱۴۰۳ تا پایان شهریور ۳۹۰ نفر در ایران اعدام شدند.",
       ex("IR", 390, JY(1403)[0], JM(1403, 6)[1], "aggregate")),
    fa("between-two-solar-days", PUB,
       "در فاصله ۱ فروردین تا ۳۱ شهریور ۱۴۰۳ دست‌کم ۳۹۰ نفر در ایران اعدام شدند.",
       ex("IR", 390, JY(1403)[0], JM(1403, 6)[1], "aggregate", "at_least")),
    fa("between-two-gregorian-days", PUB,
       "از ۱ ژانویه تا ۳۰ سپتامبر ۲۰۲۴ دست‌کم ۵۲۰ نفر در ایران اعدام شدند.",
       ex("IR", 520, "2024-01-01", "2024-09-30", "aggregate", "at_least")),
    fa("since-the-government-took-office", PUB,
       "ایران اینترنشنال: از آغاز دولت مسعود پزشکیان دست‌کم ۳۰۰ نفر در ایران اعدام شده‌اند.",
       ex("IR", 300, "2024-07-30", PUB, "aggregate", "at_least")),
]

# 6. A figure set against an earlier span, and background dates that are no second claim.
CONTEXT = [
    fa("same-period-last-year", PUB,
       "از ابتدای سال جاری ۴۵۰ نفر در ایران اعدام شده‌اند که در مقایسه با ۳۱۰ نفر در مدت مشابه سال گذشته "
       "افزایش چشمگیری نشان می‌دهد.",
       ex("IR", 450, JY(1403)[0], PUB, "aggregate"),
       ex("IR", 310, JY(1402)[0], "2023-10-09", "aggregate")),
    # a count closed by a colon, then each person with a day of their own: one incident each
    fa("a-list-of-people-each-with-a-day", "2025-06-25",
       "پیش از این نیز دو زندانی دیگر به اتهام جاسوسی اعدام شده بودند: علی کریمی روز دوشنبه ۲۶ خرداد و "
       "رضا نوری روز یکشنبه ۱ تیر.",
       ex("IR", 1, J(1404, 3, 26), kind="event"), ex("IR", 1, J(1404, 4, 1), kind="event")),
    fa("arrested-years-before", PUB,
       "بامداد امروز رضا کریمی در زندان مرکزی کرج اعدام شد. این زندانی سال ۱۴۰۱ بازداشت شده بود.",
       ex("IR", 1, PUB, kind="event")),
    fa("sentenced-years-before", PUB,
       "محسن احمدی، زندانی ۳۲ ساله، بامداد امروز در زندان مرکزی اصفهان اعدام شد. او سال ۱۴۰۱ به اتهام "
       "قتل به اعدام محکوم شده بود.",
       ex("IR", 1, PUB, kind="event"),
       optional=(sen("IR", 1, *JY(1401)),)),
    fa("sentence-upheld-before-the-execution", PUB,
       "حکم اعدام علی صالحی بامداد امروز در زندان قزلحصار اجرا شد. حکم او پیش‌تر در دیوان عالی کشور تایید شده بود.",
       ex("IR", 1, PUB, kind="event"),
       optional=(sen("IR", 1, None, None),)),
]

CASES = DATES + RELATIVE_DAYS + WEEKS + MONTHS + YEARS + CONTEXT

GAPS = {
}


@pytest.mark.parametrize("c", params(CASES, GAPS))
def test_persian_periods(c):
    check(c)
