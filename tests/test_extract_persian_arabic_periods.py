"""Persian and Arabic reports: the period a claim takes, on sentences written for these tests
("this month" and "last month" in a monthly report, a range of years, "last year" by the calendar
a report counts in, "since" an event up to the report's day, a day written with "الماضي" or as
"الأول من", "for the first time since", "the same period", a month "of that year", the first
months of a year, which count a date between two counts belongs to, a breakdown after an older
figure, a sentence dated by the next one, an undated lead, "tomorrow, Saturday")."""
from datetime import date

from extract import extract_report

from claim_rows import claim_reader


facts = claim_reader("event", "count", "qualifier", "period_start", "period_end", "kind", lang="fa")


def rules_of(text, count, published, lang="fa", title=""):
    return next(c.rules for c in extract_report(text, published, title, lang) if c.count == count)


# --- "this month" in a monthly report is the month it counts ---------------------------------

def test_this_month_after_a_gregorian_monthly_figure_is_that_month_not_the_solar_one():
    text = ("گزارش ماهانه یک نهاد حقوق بشری نشان می‌دهد در ماه اکتبر ۲۰۲۴ دست‌کم ۱۶۴ نفر در زندان‌های "
            "ایران اعدام شده‌اند. در این ماه ۹ زن نیز به دار آویخته شده‌اند.")
    assert facts(text, date(2024, 11, 2)) == [("executed", 9, "exact", "2024-10-01", "2024-10-31", "aggregate"),
                                              ("executed", 164, "at_least", "2024-10-01", "2024-10-31", "aggregate")]
    assert "period.report_month" in rules_of(text, 9, date(2024, 11, 2))


def test_arabic_this_month_in_a_report_published_the_next_month():
    text = ("ووثقت منظمة حقوقية إعدام 46 شخصاً في السعودية خلال شهر أغسطس 2024. "
            "وأُعدم في هذا الشهر 7 أشخاص بتهم تتعلق بالمخدرات.")
    assert ("executed", 7, "exact", "2024-08-01", "2024-08-31", "aggregate") in facts(text, date(2024, 9, 3), "ar")


def test_this_month_takes_the_month_named_in_the_headline():
    title = "آمار اعدام‌ها در آبان ۱۴۰۳"
    text = "بر اساس داده‌های این مرکز، در این ماه دست‌کم ۱۲ زندانی بلوچ در زندان‌های کشور اعدام شده‌اند."
    # Aban 1403 runs from 22 October to 20 November 2024
    assert facts(text, date(2024, 11, 24), title=title) == [
        ("executed", 12, "at_least", "2024-10-22", "2024-11-20", "aggregate")]


# --- a range of years is the whole range --------------------------------------------------------

def test_a_persian_range_of_gregorian_years_is_every_year_of_it():
    text = "این سازمان در گزارشی اعلام کرد در فاصله سال‌های ۲۰۱۵ تا ۲۰۲۳ دست‌کم ۱۴۳ کودک‌مجرم در ایران اعدام شده‌اند."
    assert facts(text, date(2025, 2, 10)) == [("executed", 143, "at_least", "2015-01-01", "2023-12-31", "aggregate")]


def test_a_range_of_solar_years_between_two_years():
    text = "به گفته این نهاد، بین سال‌های ۱۳۹۸ تا ۱۴۰۲ خورشیدی، ۳۸ زندانی سیاسی در کشور به دار آویخته شدند."
    # from 1 Farvardin 1398 to the last day of Esfand 1402
    assert facts(text, date(2024, 6, 1)) == [("executed", 38, "exact", "2019-03-21", "2024-03-19", "aggregate")]


def test_an_arabic_range_of_years_with_the_dual_year_word():
    text = "وذكرت المنظمة أن السلطات أعدمت 412 شخصاً في الفترة بين عامي 2015 و2019."
    assert facts(text, date(2021, 5, 4), "ar") == [("executed", 412, "exact", "2015-01-01", "2019-12-31", "aggregate")]



# --- "last year" in a report that counts by Gregorian years ---------------------------------------

def test_last_year_is_gregorian_when_the_solar_years_are_only_a_gloss():
    text = ("این گزارش می‌گوید در فاصله سال‌های ۲۰۱۸ تا ۲۰۲۲ میلادی (۱۳۹۶ تا ۱۴۰۱ خورشیدی) دست‌کم ۹۰ زن "
            "اعدام شده‌اند. در سال گذشته ۲۷ زن اعدام شدند.")
    assert ("executed", 27, "exact", "2022-01-01", "2022-12-31", "aggregate") in facts(text, date(2023, 3, 1))


def test_last_year_after_a_year_glossed_in_the_solar_calendar():
    text = ("شمار اعدام‌ها در سال ۲۰۲۳ (۱۴۰۲ خورشیدی) به بالاترین رقم هشت سال اخیر رسید. "
            "به گفته این نهاد، سال گذشته دست‌کم ۶۱ زندانی در استان سیستان و بلوچستان اعدام شدند.")
    assert ("executed", 61, "at_least", "2023-01-01", "2023-12-31", "aggregate") in facts(text, date(2024, 2, 5))


# --- from the start of an event on a day until now ------------------------------------------------

def test_from_the_start_of_an_event_on_a_day_until_now_runs_to_the_report():
    text = "از آغاز جنگ در ۲۳ خرداد ۱۴۰۴ تاکنون دست‌کم شش نفر به اتهام جاسوسی در ایران اعدام شده‌اند."
    assert facts(text, date(2025, 7, 10)) == [("executed", 6, "at_least", "2025-06-13", "2025-07-10", "aggregate")]
    assert "period.since_anchor" in rules_of(text, 6, date(2025, 7, 10))


def test_after_someone_took_office_on_a_day_is_a_span_to_the_report():
    text = "به گفته این نهاد، پس از آغاز به کار رئیس‌جمهور جدید در ۷ مرداد ۱۴۰۳ دست‌کم ۳۰۰ نفر در ایران اعدام شده‌اند."
    # 7 Mordad 1403 is 28 July 2024
    assert facts(text, date(2024, 10, 9)) == [("executed", 300, "at_least", "2024-07-28", "2024-10-09", "aggregate")]


def test_arabic_since_the_outbreak_of_protests_on_a_day():
    text = "ومنذ اندلاع الاحتجاجات في 16 أيلول/سبتمبر 2022 أعدمت السلطات الإيرانية ما لا يقل عن تسعة أشخاص."
    assert facts(text, date(2023, 5, 20), "ar") == [("executed", 9, "at_least", "2022-09-16", "2023-05-20", "aggregate")]


# --- Arabic: a number after a day and month is a count, not a two-digit year --------------------

def test_arabic_a_count_right_after_the_day_and_month_is_no_year():
    text = "وأُعدم في 22 نيسان/أبريل 11 شخصاً آخرين في السجن نفسه."
    assert facts(text, date(2024, 5, 8), "ar") == [("executed", 11, "exact", "2024-04-22", "2024-04-22", "event")]


def test_arabic_executions_counted_right_after_their_day():
    text = "ونفذت السلطات في 3 آذار/مارس 14 حكماً بالإعدام بحق مدانين بتهم إرهابية."
    assert facts(text, date(2024, 3, 10), "ar") == [("executed", 14, "exact", "2024-03-03", "2024-03-03", "event")]


# --- a day and month with "last" after them is that day ------------------------------------------

def test_arabic_a_day_of_last_month_is_that_day_not_the_month():
    text = "وأُعدم أربعة سجناء في سجن رجائي شهر صباح يوم 25 أكتوبر الماضي."
    assert facts(text, date(2023, 11, 2), "ar") == [("executed", 4, "exact", "2023-10-25", "2023-10-25", "event")]


def test_persian_a_solar_day_with_past_after_it_is_that_day():
    text = "دو زندانی روز ۱۷ مهر گذشته در زندان قزلحصار کرج اعدام شدند."
    # 17 Mehr 1403 is 8 October 2024
    assert facts(text, date(2024, 10, 20)) == [("executed", 2, "exact", "2024-10-08", "2024-10-08", "event")]


# --- Arabic: a day written as an ordinal word ("الأول من نوفمبر") ---------------------------------

def test_arabic_the_first_of_a_month_is_that_day():
    text = "ونفذت السلطات فجر الأربعاء الأول من نوفمبر حكم الإعدام بحق ثلاثة سجناء في سجن قزل حصار."
    assert facts(text, date(2023, 11, 2), "ar") == [("executed", 3, "exact", "2023-11-01", "2023-11-01", "event")]


def test_arabic_an_ordinal_day_of_a_month_with_its_year():
    text = "وأُعدم خمسة أشخاص في الثالث من آذار/مارس 2024 في سجن الناصرية."
    assert facts(text, date(2024, 3, 20), "ar") == [("executed", 5, "exact", "2024-03-03", "2024-03-03", "event")]


# --- "for the first time since": the last time before, no span ------------------------------------

def test_arabic_for_the_first_time_since_a_year_is_no_span_of_the_count():
    text = ("نفذت السلطات الأردنية صباح اليوم حكم الإعدام بحق ستة مدانين بجرائم مختلفة، بينهم رجل أعمال "
            "وأربع نساء، وذلك للمرة الأولى منذ منتصف عام 2015.")
    found = facts(text, date(2019, 6, 12), "ar")
    assert ("executed", 6, "exact", "2019-06-12", "2019-06-12", "event") in found
    assert {(f[3], f[4]) for f in found} == {("2019-06-12", "2019-06-12")}


def test_arabic_the_first_since_a_month_when_others_were_executed_dates_those():
    text = ("وهذه أول عملية إعدام في البحرين منذ تموز/يوليو 2019، حين أعدمت السلطات ثلاثة رجال مدانين "
            "بالإرهاب.")
    assert [f[1:5] for f in facts(text, date(2021, 3, 1), "ar")] == [(3, "exact", "2019-07-01", "2019-07-31")]


def test_persian_for_the_first_time_since_a_year_is_no_span():
    text = "دو زندانی صبح امروز در زندان مرکزی بیرجند اعدام شدند؛ برای نخستین بار از سال ۱۳۹۹ در این زندان."
    assert facts(text, date(2024, 1, 15)) == [("executed", 2, "exact", "2024-01-15", "2024-01-15", "event")]


# --- a date right after one count closes its clause; a part after the comma has its own ---------

def test_arabic_a_part_in_a_month_after_a_total_since_the_start_of_the_year():
    text = "وأعدمت السلطات 215 شخصاً منذ بداية العام، بينهم 31 شخصاً خلال شهر أيار/مايو وحده."
    found = facts(text, date(2024, 6, 5), "ar")
    assert ("executed", 31, "exact", "2024-05-01", "2024-05-31", "aggregate") in found
    assert ("executed", 215, "exact", "2024-01-01", "2024-06-05", "aggregate") in found


def test_arabic_sentences_carried_out_in_a_month_after_a_total_since_the_start_of_the_year():
    text = "ونفذت السلطات 120 حكماً بالإعدام منذ مطلع العام، منها 18 حكماً في شهر آذار/مارس."
    assert ("executed", 18, "exact", "2024-03-01", "2024-03-31", "aggregate") in facts(text, date(2024, 4, 10), "ar")


def test_persian_a_part_in_a_month_after_a_total_since_the_new_year():
    text = "دست‌کم ۴۱۰ نفر از ابتدای سال جاری در ایران اعدام شده‌اند، از جمله ۹۵ نفر در ماه مهر."
    # Mehr 1403 runs from 22 September to 21 October 2024
    assert ("executed", 95, "exact", "2024-09-22", "2024-10-21", "aggregate") in facts(text, date(2024, 10, 25))


# --- a sentence dated by the next one ("this sentence was served on ...") --------------------------

def test_a_death_sentence_dated_by_the_sentence_that_says_when_it_was_served():
    text = "دادگاه انقلاب مشهد سه متهم را به اعدام محکوم کرد. این حکم روز یکشنبه ۱۲ اسفند ۱۴۰۲ به متهمان ابلاغ شد."
    # 12 Esfand 1402 is 2 March 2024
    assert facts(text, date(2024, 3, 5)) == [("sentenced", 3, "exact", "2024-03-02", "2024-03-02", "event")]


def test_an_upheld_sentence_dated_by_the_day_the_news_came_out():
    text = ("دیوان عالی کشور حکم اعدام دو زندانی سیاسی را تأیید کرد. این خبر روز دوشنبه ۲۰ آذر ۱۴۰۲ منتشر شد.\n\n"
            "از ابتدای سال جاری تاکنون دست‌کم ۷۰۰ نفر در ایران اعدام شده‌اند.")
    # 20 Azar 1402 is 11 December 2023
    assert ("sentenced", 2, "exact", "2023-12-11", "2023-12-11", "event") in facts(text, date(2023, 12, 14))


def test_sentences_dated_by_the_day_they_were_issued():
    text = "دادگاه چهار معترض را به اعدام محکوم کرد. این احکام روز شنبه ۵ آبان ۱۴۰۳ صادر شده است."
    assert facts(text, date(2024, 10, 30)) == [("sentenced", 4, "exact", "2024-10-26", "2024-10-26", "event")]


# --- the first months of the year a report counts, and the month after them ----------------------

def test_the_first_months_of_the_year_named_before_and_the_month_after():
    text = ("بنا بر این آمار، از ابتدای سال ۲۰۲۳ تاکنون ۴۰ زندانی کرد اعدام شده‌اند که ۲۸ مورد آن طی شش ماه "
            "نخست سال و ۱۲ مورد دیگر در ماه ژوئیه بوده است.")
    found = facts(text, date(2023, 8, 5))
    assert ("executed", 28, "exact", "2023-01-01", "2023-06-30", "aggregate") in found
    assert ("executed", 12, "exact", "2023-07-01", "2023-07-31", "aggregate") in found


def test_the_first_months_of_a_solar_year_named_before():
    text = "در سال ۱۴۰۲ دست‌کم ۸۰۰ نفر در ایران اعدام شدند و ۲۴۰ نفر از آنان در سه ماه نخست سال به دار آویخته شدند."
    # Farvardin to Khordad 1402: 21 March to 21 June 2023
    assert ("executed", 240, "exact", "2023-03-21", "2023-06-21", "aggregate") in facts(text, date(2024, 5, 1))


# --- a month "of that year" is in the year told before ----------------------------------------------

def test_arabic_a_month_of_the_same_year_is_in_the_year_told_before():
    text = "وسجلت البلاد 150 إعداماً في عام 2019، بينها 37 إعداماً في نيسان/أبريل من العام نفسه."
    assert ("executed", 37, "exact", "2019-04-01", "2019-04-30", "aggregate") in facts(text, date(2021, 2, 1), "ar")


def test_persian_a_solar_month_of_that_year():
    text = "در سال ۱۳۹۹ دست‌کم ۲۶۷ نفر اعدام شدند و ۴۰ نفر از آنان در اسفند همان سال به دار آویخته شدند."
    # Esfand 1399 runs from 19 February to 20 March 2021
    assert ("executed", 40, "exact", "2021-02-19", "2021-03-20", "aggregate") in facts(text, date(2022, 1, 1))


def test_persian_a_gregorian_month_of_that_year():
    text = "در سال ۲۰۱۸ دست‌کم ۲۵۳ نفر در ایران اعدام شدند. ۲۱ نفر از آنان در ماه مه همان سال اعدام شدند."
    assert ("executed", 21, "exact", "2018-05-01", "2018-05-31", "aggregate") in facts(text, date(2020, 1, 1))


# --- "the same period" dates only the figure in its own clause ------------------------------------

def test_arabic_a_full_year_figure_after_a_comparison_with_the_same_period_keeps_its_year():
    text = ("وأعدمت السلطات السعودية 150 شخصاً منذ بداية العام. وقالت المنظمة إن هذا الرقم يفوق ما سُجل في "
            "الفترة نفسها من العام الماضي، مشيرة إلى أن عام 2022 شهد إعدام 196 شخصاً.")
    assert ("executed", 196, "exact", "2022-01-01", "2022-12-31", "aggregate") in facts(text, date(2023, 6, 30), "ar")


def test_persian_a_full_year_figure_after_a_comparison_with_the_same_period_keeps_its_year():
    text = ("از ابتدای سال جاری میلادی دست‌کم ۳۱۰ نفر در ایران اعدام شده‌اند. این رقم از مدت مشابه سال گذشته "
            "بیشتر است، اما در کل سال ۲۰۲۳ نیز ۸۳۴ نفر اعدام شدند.")
    assert ("executed", 834, "exact", "2023-01-01", "2023-12-31", "aggregate") in facts(text, date(2024, 7, 1))


# --- "last month" in a report that comes out on the last days of the month it counts ---------------

def test_last_month_in_a_report_out_at_the_end_of_the_month_it_counts_is_that_month():
    text = ("بر پایه آمار این نهاد، در ماه مه ۲۰۲۴ دست‌کم ۲۲ زندانی بلوچ اعدام شده‌اند. "
            "در ماه گذشته میلادی در مجموع ۸۰ زندانی در زندان‌های ایران اعدام شدند.")
    assert ("executed", 80, "exact", "2024-05-01", "2024-05-31", "aggregate") in facts(text, date(2024, 5, 31))


def test_arabic_last_month_in_a_report_out_at_the_end_of_the_month_it_counts():
    text = ("ووثقت المنظمة إعدام 14 شخصاً خلال شهر آب/أغسطس 2024. "
            "وأعدمت السلطات خلال الشهر الماضي 9 أشخاص بتهم تتعلق بالمخدرات.")
    assert ("executed", 9, "exact", "2024-08-01", "2024-08-30", "aggregate") in facts(text, date(2024, 8, 30), "ar")


def test_last_month_after_a_figure_of_the_month_before_stays_the_month_before():
    text = ("در ماه مه ۲۰۲۴ دست‌کم ۲۲ زندانی بلوچ در ایران اعدام شده‌اند. "
            "در ماه گذشته میلادی در مجموع ۸۰ زندانی در زندان‌های ایران اعدام شدند.")
    assert ("executed", 80, "exact", "2024-05-01", "2024-05-31", "aggregate") in facts(text, date(2024, 6, 3))


# --- a breakdown splits the report's current figure, not an older one told just before ------------

def test_arabic_a_breakdown_after_an_older_record_splits_the_current_year():
    text = ("وأعدمت السلطات ٢٤٠ شخصاً على الأقل في عام ٢٠٢٣.\n\n"
            "وكانت أعلى حصيلة سابقة ١٩٠ إعداماً في ٢٠١٩.\n\n"
            "وبلغ عدد الأجانب بين المعدومين ٩٠ شخصاً، بينهم ٢١ يمنياً.")
    assert ("executed", 90, "exact", "2023-01-01", "2023-12-31", "aggregate") in facts(text, date(2024, 1, 3), "ar")


def test_persian_a_breakdown_after_the_figure_of_the_year_before_splits_this_year():
    text = ("از ابتدای سال ۲۰۲۴ تاکنون دست‌کم ۴۰۰ نفر در ایران اعدام شده‌اند.\n\n"
            "این نهاد در سال ۲۰۲۳ نیز اعدام ۸۳۴ نفر را ثبت کرده بود.\n\n"
            "در میان اعدام‌شدگان ۱۵ زن بوده‌اند.")
    assert ("executed", 15, "exact", "2024-01-01", "2024-07-20", "aggregate") in facts(text, date(2024, 7, 20))


# --- Persian puts the time before the count: a date right before the next count is that count's ----

def test_two_years_each_before_its_own_figure():
    text = "این کشور در سال ۲۰۱۹ در مجموع ۱۸۴ نفر و در سال ۲۰۱۸، ۱۴۹ نفر را اعدام کرده بود."
    found = facts(text, date(2020, 6, 1))
    assert ("executed", 184, "exact", "2019-01-01", "2019-12-31", "aggregate") in found
    assert ("executed", 149, "exact", "2018-01-01", "2018-12-31", "aggregate") in found


def test_two_solar_months_each_before_its_own_figure():
    text = "در بهمن ۱۴۰۱ دست‌کم ۵۵ نفر و در اسفند همان سال ۶۳ نفر در ایران اعدام شدند."
    found = facts(text, date(2023, 6, 1))
    # Bahman 1401: 21 January to 19 February 2023; Esfand 1401: 20 February to 20 March 2023
    assert ("executed", 55, "at_least", "2023-01-21", "2023-02-19", "aggregate") in found
    assert ("executed", 63, "exact", "2023-02-20", "2023-03-20", "aggregate") in found


# --- "two and a half months" -------------------------------------------------------------------------

def test_persian_a_span_of_months_and_a_half_before_the_report():
    text = "به گفته این گروه، چهار زندانی در سه ماه و نیم گذشته در زندان مرکزی زاهدان اعدام شده‌اند."
    # three and a half months: 105 days before 1 June 2024
    assert facts(text, date(2024, 6, 1)) == [("executed", 4, "exact", "2024-02-17", "2024-06-01", "aggregate")]


def test_persian_a_span_of_a_year_and_a_half():
    text = "بر اساس این گزارش، در یک سال و نیم گذشته دست‌کم ۳۰ زن در ایران اعدام شده‌اند."
    # 365 + 182 days before 1 June 2024
    assert facts(text, date(2024, 6, 1)) == [("executed", 30, "at_least", "2022-12-02", "2024-06-01", "aggregate")]


# --- an undated lead takes the day the next paragraph tells ----------------------------------------

def test_an_undated_lead_takes_the_day_of_the_paragraph_after_it():
    text = ("مقامات زندان مرکزی ارومیه حکم اعدام یک زندانی کرد را اجرا کردند.\n\n"
            "به گزارش این نهاد، صبح روز دوشنبه ۲۰ آذر حسن کریمی در زندان مرکزی ارومیه به اتهام قتل اعدام شد.")
    # 20 Azar 1402 is 11 December 2023
    assert facts(text, date(2023, 12, 14)) == [("executed", 1, "exact", "2023-12-11", "2023-12-11", "event")]


def test_an_undated_lead_of_two_executions_takes_the_day_told_after_it():
    text = ("دو زندانی در زندان قزلحصار کرج به دار آویخته شدند.\n\n"
            "بر اساس این گزارش، این دو زندانی سحرگاه شنبه ۱۸ آذر در زندان قزلحصار اعدام شدند.")
    # 18 Azar 1402 is 9 December 2023
    assert facts(text, date(2023, 12, 12)) == [("executed", 2, "exact", "2023-12-09", "2023-12-09", "event")]


# --- "tomorrow, Saturday": the weekday restates tomorrow -------------------------------------------

def test_arabic_tomorrow_with_its_weekday_is_tomorrow_not_last_week():
    text = "أعلن مصدر أن وزارة الداخلية بصدد تنفيذ حكم الإعدام غداً السبت بحق ثلاثة سجناء مدانين."
    assert [f[1:5] for f in facts(text, date(2024, 3, 8), "ar")] == [(3, "exact", "2024-03-09", "2024-03-09")]


def test_persian_tomorrow_with_its_weekday_after_a_comma():
    text = "این سه زندانی صبح امروز به سلول انفرادی منتقل شدند و بیم آن می‌رود که حکم آنان فردا، شنبه، اجرا شود."
    assert {f[3] for f in facts(text, date(2024, 3, 8))} <= {"2024-03-08", "2024-03-09"}
