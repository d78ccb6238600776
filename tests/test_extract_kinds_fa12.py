"""Persian reports: ways of writing that made phantom incident claims, found in the errors of the
spent set heldout_fa12 and tested here on sentences written for these tests (a part of a weekly
figure joined to another by "و", a part told "also" in the next sentence, a week's count at one
prison, the sentence of some of the people transferred, a correction in the passive)."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "qualifier", "period_start", "period_end", "kind", lang="fa")
rules = claim_reader("count", "rules", lang="fa")

_WEEK = ("گزارش هفتگی – بر پایه داده‌های این نهاد، در هفته گذشته (۱۰ تا ۱۶ شهریور ۱۴۰۳) دست‌کم ۴۰ زندانی "
         "در زندان‌های کشور اعدام شدند.\n\n")


# --- "N نفر از اعدام‌شدگان ... و M نفر ... اعدام شدند": both counts are parts (part.conjunct) -------

def test_a_count_joined_to_a_part_of_a_weekly_figure_is_a_part_too():
    text = _WEEK + "هجده نفر از اعدام‌شدگان به اتهامات مواد مخدر و دوازده نفر به اتهام قتل به دار آویخته شدند."
    got = facts(text, date(2024, 9, 8))
    assert ("executed", 18, "exact", "2024-08-31", "2024-09-06", "aggregate") in got
    assert ("executed", 12, "exact", "2024-08-31", "2024-09-06", "aggregate") in got
    assert not [f for f in got if f[5] == "event"]
    assert "part.conjunct" in dict(rules(text, date(2024, 9, 8)))[12]


def test_a_joined_part_with_its_own_noun_and_a_different_verb_form():
    text = _WEEK + "از میان اعدام‌شدگان ۲۲ نفر به جرائم مرتبط با مواد مخدر و هفت زندانی به قتل عمد متهم بودند و اعدام شده‌اند."
    got = facts(text, date(2024, 9, 8))
    assert not [f for f in got if f[5] == "event"]


def test_two_groups_of_one_incident_joined_stay_one_incident():
    # no statistic: "و" joins two groups of one day's executions, not parts of a figure
    text = "بامداد سه‌شنبه ۱۲ تیر سه زندانی در زندان مرکزی یزد و دو زندانی در زندان کرمان اعدام شدند."
    got = facts(text, date(2024, 7, 3))
    assert got and all(f[5] == "event" for f in got)


# --- "... یک زندانی نیز ... اعدام شد": one more part, told in the next sentence (part.continued) ---

def test_one_more_told_also_after_a_part_of_a_weekly_figure_is_a_part():
    text = (_WEEK + "بیست نفر از اعدام‌شدگان به اتهامات مرتبط با مواد مخدر اعدام شدند. یک زن نیز به اتهام قتل "
            "همسرش در زندان لاکان رشت به دار آویخته شد.")
    got = facts(text, date(2024, 9, 8))
    assert ("executed", 1, "exact", "2024-08-31", "2024-09-06", "aggregate") in got
    assert not [f for f in got if f[5] == "event"]


def test_a_dated_sentence_after_a_part_is_an_incident_of_its_own():
    text = (_WEEK + "بیست نفر از اعدام‌شدگان به اتهامات مرتبط با مواد مخدر اعدام شدند. یک زن نیز روز شنبه ۱۷ شهریور "
            "در زندان لاکان رشت به دار آویخته شد.")
    got = facts(text, date(2024, 9, 8))
    assert ("executed", 1, "exact", "2024-09-07", "2024-09-07", "event") in got


def test_one_more_without_also_is_not_taken_as_a_part():
    text = (_WEEK + "بیست نفر از اعدام‌شدگان به اتهامات مرتبط با مواد مخدر اعدام شدند.\n\n"
            "در خبری دیگر، یک زندانی در زندان لاکان رشت به دار آویخته شد.")
    got = facts(text, date(2024, 9, 8))
    assert not [f for f in got if f[1] == 1 and f[5] == "aggregate"]


# --- "هفته گذشته ۱۴ زندانی در زندان X اعدام شدند": a week's tally at one prison ------------------

def test_a_week_count_at_one_prison_is_a_tally():
    text = "به گزارش هرانا، هفته گذشته دست‌کم ۱۶ زندانی در زندان قزلحصار کرج اعدام شدند."
    got = facts(text, date(2024, 6, 12))
    assert got == [("executed", 16, "at_least", "2024-06-03", "2024-06-09", "aggregate")]


def test_seven_days_and_an_unhedged_count_at_one_prison_is_a_tally():
    text = "در هفت روز گذشته شش زندانی بلوچ در زندان مرکزی زاهدان به دار آویخته شده‌اند."
    got = facts(text, date(2024, 6, 12))
    assert len(got) == 1 and got[0][1] == 6 and got[0][5] == "aggregate"


def test_two_more_at_the_same_prison_last_week_stay_an_incident():
    text = ("روز دوشنبه یک زندانی در زندان مرکزی ارومیه اعدام شد. هفته گذشته نیز دست‌کم دو زندانی دیگر در همین "
            "زندان اعدام شده بودند.")
    got = facts(text, date(2024, 6, 12))
    assert ("executed", 2, "at_least", "2024-06-03", "2024-06-09", "event") in got


def test_a_day_at_one_prison_stays_an_incident_however_many():
    text = "بامداد چهارشنبه ۲۳ خرداد هشت زندانی در زندان قزلحصار کرج اعدام شدند."
    assert facts(text, date(2024, 6, 13)) == [("executed", 8, "exact", "2024-06-12", "2024-06-12", "event")]


# --- "دو نفر از منتقل‌شدگان ... محکوم شده‌اند": the lead-up to the transfer --------------------------

def test_the_sentence_of_some_of_those_transferred_is_no_news():
    text = ("روز یکشنبه ۱۵ مهر دست‌کم شش زندانی در زندان وکیل‌آباد مشهد برای اجرای حکم به سلول انفرادی منتقل شدند.\n\n"
            "به گفته یک منبع، سه نفر از منتقل‌شدگان به اتهامات مواد مخدر به اعدام محکوم شده‌اند.")
    got = facts(text, date(2024, 10, 8))
    assert [f[0] for f in got] == ["imminent"]


def test_the_sentence_of_some_of_the_executed_is_no_news():
    text = ("روز سه‌شنبه ۱۰ مهر پنج زندانی در زندان عادل‌آباد شیراز اعدام شدند. دو نفر از آنان پیش از این "
            "به اتهام قتل به قصاص محکوم شده‌اند.")
    got = facts(text, date(2024, 10, 3))
    assert [f[0] for f in got] == ["executed"]


def test_a_sentence_of_others_after_a_transfer_is_news():
    text = ("روز یکشنبه ۱۵ مهر چهار زندانی در زندان وکیل‌آباد مشهد به سلول انفرادی منتقل شدند.\n\n"
            "در خبری دیگر، دادگاه انقلاب مشهد روز دوشنبه ۱۶ مهر سه متهم را به اعدام محکوم کرد.")
    got = facts(text, date(2024, 10, 8))
    assert ("sentenced", 3, "exact", "2024-10-07", "2024-10-07", "event") in got


# --- a correction: the earlier report's figure told in the passive ------------------------------

def test_a_correction_in_the_passive_drops_the_figure_corrected():
    text = ("اصلاحیه – در گزارش دیروز به اشتباه از اعدام چهار زندانی در زندان مرکزی قم خبر داده شده بود. بر اساس "
            "اطلاعات تکمیلی، بامداد دوشنبه ۲۰ آذر سه زندانی در زندان مرکزی قم اعدام شدند. اجرای حکم نفر چهارم "
            "با رضایت خانواده مقتول متوقف شد.")
    got = facts(text, date(2023, 12, 12))
    assert [f[:2] for f in got if f[0] == "executed"] == [("executed", 3)]


def test_a_correction_with_the_earlier_report_named_by_its_title():
    text = ("تصحیح: در خبری که دیروز با عنوان «اعدام پنج زندانی در زندان وکیل‌آباد» منتشر شد، به اشتباه از اجرای "
            "حکم هر پنج نفر گزارش شده بود. بامداد یکشنبه ۳ دی چهار زندانی در زندان وکیل‌آباد مشهد اعدام شدند.")
    got = facts(text, date(2023, 12, 25))
    assert [f[:2] for f in got if f[0] == "executed"] == [("executed", 4)]


def test_a_report_without_a_correction_keeps_both_figures():
    text = ("هرانا پیش‌تر از اعدام شش زندانی در زندان قزلحصار در ماه گذشته خبر داده بود. بامداد یکشنبه ۳ دی "
            "دو زندانی دیگر در همین زندان اعدام شدند.")
    got = facts(text, date(2023, 12, 25))
    assert ("executed", 2, "exact", "2023-12-24", "2023-12-24", "event") in got
    assert any(f[1] == 6 for f in got)


# --- "در آن سال": a year told back to the last one written, and the world's figure of it ----------

countries = claim_reader("event", "country", "count", "period_start", "period_end", lang="fa")


def test_that_year_after_a_world_figure_is_the_worlds():
    text = ("به گزارش عفو بین‌الملل، در سال ۲۰۲۳ در سراسر جهان ۱۱۵۳ اعدام ثبت شد که بیشترین رقم از سال ۲۰۱۵ "
            "بود. در آن سال دست‌کم ۱۶۰۰ نفر اعدام شده بودند.\n\n"
            "ایران در سال ۲۰۲۳ دست‌کم ۸۵۳ نفر را اعدام کرد.")
    got = countries(text, date(2024, 5, 29))
    assert ("executed", "IR", 853, "2023-01-01", "2023-12-31") in got
    assert not [f for f in got if f[2] == 1600]


def test_in_the_same_year_after_a_figure_of_iran_is_iran_that_year():
    text = ("جمهوری اسلامی در سال ۱۴۰۱ دست‌کم ۵۸۲ نفر را اعدام کرد. در همان سال ۱۹ زن نیز به دار آویخته شدند.")
    got = countries(text, date(2023, 6, 1))
    assert ("executed", "IR", 19, "2022-03-21", "2023-03-20") in got


# --- "X و همدستش": one person and the accomplice joined to him are two (count.along_with) ---------

counted = claim_reader("event", "count", "rules", lang="fa")


def test_one_named_and_his_accomplice_are_two():
    text = "حکم اعدام رضا کاظمی و همدستش بامداد امروز در زندان مرکزی شیراز اجرا شد."
    got = counted(text, date(2021, 3, 2))
    assert [(f[0], f[1]) for f in got] == [("executed", 2)] and "count.along_with" in got[0][2]


def test_a_nickname_and_his_partner_in_crime_are_two():
    text = "«سلطان قیر» و شریک جرمش صبح امروز به دار آویخته شد."
    assert [(f[0], f[1]) for f in counted(text, date(2021, 3, 2))] == [("executed", 2)]


def test_an_accomplice_who_was_a_victim_is_not_counted():
    text = "مردی که به اتهام قتل همسر و همدستش محکوم شده بود، صبح امروز در زندان قم اعدام شد."
    assert [(f[0], f[1]) for f in counted(text, date(2021, 3, 2))] == [("executed", 1)]


# --- breakdowns written as tables and lists (recall), each part over the statistic's span -------

_YEAR = ("گزارش سالانه – بر پایه این گزارش، از ۱ فروردین تا ۲۹ اسفند ۱۴۰۱ دست‌کم ۵۸۰ نفر در ایران اعدام "
         "شده‌اند.\n\n")


def test_rows_of_a_table_with_a_bar_between_columns_are_parts():
    text = _YEAR + "تفکیک بر اساس اتهام:\nمواد مخدر | ۲۹۰ نفر\nقتل عمد | ۲۱۰ نفر\nتجاوز | ۱۲ نفر\n\nپایان گزارش."
    got = facts(text, date(2023, 4, 2))
    for n in (290, 210, 12):
        assert ("executed", n, "exact", "2022-03-21", "2023-03-20", "aggregate") in got


def test_a_bar_in_a_line_with_its_own_verb_is_no_row():
    text = _YEAR + "روز دوشنبه | دو زندانی در زندان قم اعدام شدند."
    got = facts(text, date(2023, 4, 2))
    assert not [f for f in got if f[1] == 2 and f[3] == "2022-03-21"]


def test_items_of_a_list_under_a_line_saying_whom_it_splits_are_parts():
    text = _YEAR + "در میان اعدام‌شدگان:\n- ۱۵ نفر زن\n- ۳ نفر نوجوان\n- ۴۰ نفر تبعه افغانستان\n\nاین نهاد خواستار توقف اعدام‌ها شد."
    got = facts(text, date(2023, 4, 2))
    for n in (15, 3, 40):
        assert ("executed", n, "exact", "2022-03-21", "2023-03-20", "aggregate") in got


def test_items_of_a_list_under_another_heading_are_no_parts():
    text = _YEAR + "خواسته‌های این نهاد:\n- ۲ نشست فوری شورای حقوق بشر\n- ۱ هیئت حقیقت‌یاب"
    got = facts(text, date(2023, 4, 2))
    assert [f[1] for f in got] == [580]


def test_prisons_with_their_figures_in_brackets_are_parts_of_the_week():
    text = (_WEEK + "بیشترین اعدام‌ها در زندان قزلحصار کرج (۱۳ مورد) و زندان مرکزی زاهدان (۶ مورد) ثبت شده است.")
    got = facts(text, date(2024, 9, 8))
    assert ("executed", 13, "exact", "2024-08-31", "2024-09-06", "aggregate") in got
    assert ("executed", 6, "exact", "2024-08-31", "2024-09-06", "aggregate") in got


def test_a_bracketed_figure_with_its_own_verb_is_not_a_prison_row():
    text = "بامداد امروز در زندان قزلحصار کرج (بند ۲) سه زندانی اعدام شدند."
    got = facts(text, date(2024, 9, 8))
    assert got == [("executed", 3, "exact", "2024-09-08", "2024-09-08", "event")]


def test_a_sentence_in_the_same_span_as_a_weekly_figure_is_of_that_week():
    text = _WEEK + "در همین بازه حکم اعدام سه زندانی در دادگاه انقلاب سنندج صادر شده است."
    got = facts(text, date(2024, 9, 8))
    assert ("sentenced", 3, "exact", "2024-08-31", "2024-09-06", "aggregate") in got


# --- "ماه پیش از آن", "سال قبل از آن": the unit before the last one written, not before the report --

def test_the_month_before_that_is_the_month_before_the_one_written():
    text = ("گزارش ماهانه: در ماه ژوئن ۲۰۲۴ دست‌کم ۸۷ نفر در ایران اعدام شدند. ماه پیش از آن نیز ۶۰ اعدام "
            "ثبت شده بود.")
    got = facts(text, date(2024, 7, 10))
    assert ("executed", 60, "exact", "2024-05-01", "2024-05-31", "aggregate") in got


def test_the_month_before_that_in_the_solar_calendar():
    text = "در مهر ۱۴۰۲ دست‌کم ۵۰ نفر اعدام شدند؛ این رقم در ماه قبل از آن ۳۸ نفر بود."
    got = facts(text, date(2023, 11, 5))
    assert ("executed", 38, "exact", "2023-08-23", "2023-09-22", "aggregate") in got


def test_the_year_before_that_is_the_year_before_the_one_written():
    text = "در سال ۲۰۱۹ دست‌کم ۲۸۰ نفر در ایران اعدام شدند که بیش از ۲۵۳ اعدام ثبت‌شده در سال قبل از آن است."
    got = facts(text, date(2024, 2, 1))
    assert ("executed", 253, "more_than", "2018-01-01", "2018-12-31", "aggregate") in got


def test_last_month_alone_is_still_the_month_before_the_report():
    text = "ماه گذشته دست‌کم ۴۰ نفر در ایران اعدام شدند."
    got = facts(text, date(2024, 7, 10))
    assert len(got) == 1 and got[0][1] == 40 and got[0][3] < "2024-07-01"


def test_one_counted_among_the_executed_of_a_month_is_a_part():
    text = ("در ماه مه ۲۰۲۴ دست‌کم ۷۰ نفر در ایران اعدام شدند. یک زن نیز در شمار اعدام‌شدگان این ماه بوده است.")
    got = facts(text, date(2024, 6, 3))
    assert ("executed", 1, "exact", "2024-05-01", "2024-05-31", "aggregate") in got


# --- a death sentence dated by the next sentence, after a lead-in naming the source ------------------

def test_a_sentence_is_dated_by_its_notification_after_a_source_lead_in():
    text = ("زینب احمدی، فعال مدنی اهل بوکان، از سوی دادگاه انقلاب ارومیه به اعدام محکوم شد. بر اساس گزارش "
            "رسیده به این نهاد، این حکم روز یکشنبه ۱۴ مرداد ۱۴۰۳ به او ابلاغ شده است.")
    got = facts(text, date(2024, 8, 6))
    assert got == [("sentenced", 1, "exact", "2024-08-04", "2024-08-04", "event")]


def test_a_lead_in_before_another_subject_does_not_date_the_sentence():
    text = ("زینب احمدی، فعال مدنی اهل بوکان، از سوی دادگاه انقلاب ارومیه به اعدام محکوم شد. بر اساس گزارش "
            "رسیده به این نهاد، دادگاه روز یکشنبه ۱۴ مرداد ۱۴۰۳ جلسه دیگری برگزار کرد.")
    got = facts(text, date(2024, 8, 6))
    assert [f[0] for f in got] == ["sentenced"] and got[0][3] != "2024-08-04"


def test_a_month_of_that_same_year_takes_the_solar_year_written_before():
    text = ("این زندانی مهر ۱۳۹۸ بازداشت شد. دادگاه در اسفند همان سال او را به قصاص محکوم کرد.")
    got = facts(text, date(2021, 5, 1))
    assert got == [("sentenced", 1, "exact", "2020-02-20", "2020-03-19", "event")]


# --- a subheading in the body heads the paragraph that dates its incident (merge.subheading) -------

def test_a_subheading_is_the_incident_of_the_paragraph_under_it():
    text = ("بامداد دوشنبه ۲۵ دی سه زندانی در زندان مرکزی قزوین اعدام شدند.\n\n"
            "اعدام یک زندانی در زندان دیزل‌آباد\n\n"
            "به گزارش هرانا، یک زندانی دیگر روز شنبه ۲۳ دی در زندان دیزل‌آباد کرمانشاه به دار آویخته شد.")
    got = facts(text, date(2024, 1, 16))
    assert sorted(got) == [("executed", 1, "exact", "2024-01-13", "2024-01-13", "event"),
                           ("executed", 3, "exact", "2024-01-15", "2024-01-15", "event")]


def test_a_subheading_of_another_count_stays():
    text = ("اعدام دو زندانی در زندان دیزل‌آباد\n\n"
            "به گزارش هرانا، یک زندانی روز شنبه ۲۳ دی در زندان دیزل‌آباد کرمانشاه به دار آویخته شد.")
    got = facts(text, date(2024, 1, 16))
    assert ("executed", 1, "exact", "2024-01-13", "2024-01-13", "event") in got
    assert any(f[1] == 2 for f in got)


# --- named groups each closed by its own month, under one pluperfect verb ---------------------------

def test_groups_of_names_each_dated_by_their_month():
    text = ("روز سه‌شنبه ۱۰ بهمن دو معترض دیگر اعدام شدند. پیش‌تر حمید قره‌باغی و رضا نوروزی در مهرماه و "
            "کاوه یزدانی و نادر بهرامی در آبان‌ماه ۱۴۰۱ اعدام شده بودند.")
    got = facts(text, date(2023, 2, 1))
    assert ("executed", 2, "exact", "2022-09-23", "2022-10-22", "event") in got
    assert ("executed", 2, "exact", "2022-10-23", "2022-11-21", "event") in got


def test_names_at_places_with_one_month_stay_one_group_per_place():
    text = "علی رستمی در زندان قم و مهدی فرجی در زندان اراک در آبان‌ماه ۱۴۰۱ اعدام شده بودند."
    got = facts(text, date(2023, 2, 1))
    assert sorted(f[1] for f in got) == [1, 1]


# --- "حکم او روز ... اجرا خواهد شد": the future tense with a day ahead is an imminent execution ------

def test_a_sentence_to_be_carried_out_on_a_day_ahead_is_imminent():
    text = ("خانواده این زندانی گفته‌اند مسئولان زندان به آنان خبر داده‌اند که حکم قصاص او بامداد پنجشنبه "
            "۱۲ مهر اجرا خواهد شد.")
    got = facts(text, date(2024, 10, 1))
    assert got == [("imminent", 1, "exact", "2024-10-03", "2024-10-03", "event")]


def test_the_future_tense_without_a_day_is_no_claim():
    text = "وکیل این زندانی گفت حکم او اجرا خواهد شد مگر آنکه خانواده مقتول رضایت دهند."
    assert facts(text, date(2024, 10, 1)) == []
