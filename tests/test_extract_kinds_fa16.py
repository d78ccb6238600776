"""Persian reports: kinds of wording found in the errors of the spent sets heldout_fa16, fa15 and fa14,
tested on sentences written for these tests, each with a near miss: a country after a nationality and
"در" is where ("تبعه پاکستان در ایران"); a verdict dated by the day it was made known, an upheld one and
its first verdict; a month told with its count in a relative clause; rows and charges splitting a month;
spans "از X ... تا پایان Y"; one person moved for execution "since" a day; death row and capital
charges; "این سه اعدام" told again; figures left out of a report; link lines; "این حکم ... به اجرا
درآمد"; people each with a day; "دومین حکم اعدام"; an attack's month in a charge; an execution a
statement condemns; parts at prisons of their own; a figure again over the same span last year or for
two years; people named after their count."""
from datetime import date

import pytest

from claim_rows import claim_reader


facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind", lang="fa")
DAY = date(2024, 3, 7)   # a Thursday


# --- a nationality, then where: "۳۰ تبعه پاکستان در ایران" names Iran as where ----------------------

@pytest.mark.parametrize("title, text, country", [
    pytest.param("اعدام سه شهروند پاکستانی در زندان زاهدان",
                 "سه شهروند پاکستانی روز سه‌شنبه ۱۵ اسفند ۱۴۰۲ در زندان زاهدان اعدام شدند. از ابتدای سال جاری "
                 "دست‌کم ۳۰ تبعه پاکستان در ایران اعدام شده‌اند. خانواده‌های آنان در پاکستان از سرنوشتشان بی‌خبر می‌مانند.",
                 "IR", id="nationality-then-in-iran"),
    pytest.param("اعدام دو مرد در ولایت هرات",
                 "طالبان روز سه‌شنبه دو مرد را در ورزشگاه شهر هرات در ملا عام اعدام کردند. در میان تماشاگران "
                 "شهروندان ایران نیز بودند.",
                 "AF", id="near-miss-a-report-on-afghanistan"),
])
def test_a_country_after_a_nationality_and_in_is_where(title, text, country):
    got = [f for f in facts(text, DAY, title=title) if f[5] == "event"]
    assert [f[1] for f in got] == [country]


# --- a death sentence dated by the day it was made known, told in the next sentence --------------

@pytest.mark.parametrize("text, want", [
    pytest.param("دادگاه انقلاب اهواز «سعید باوی» و «کریم ناصری»، دو فعال عرب اهل شادگان، را به اتهام «محاربه» به "
                 "اعدام محکوم کرده است. حکم روز یکشنبه ۱۳ اسفند ۱۴۰۲ به آنان ابلاغ شد.",
                 [("sentenced", "IR", 2, "2024-03-03", "2024-03-03", "event")], id="verdict-notified-on-a-day"),
    pytest.param("دیوان عالی کشور حکم اعدام مهران کریمی، زندانی ۲۹ ساله اهل بوکان، را تأیید کرده است. وکیل او روز "
                 "دوشنبه از این تصمیم مطلع شد.",
                 [("sentenced", "IR", 1, "2024-03-04", "2024-03-04", "event")], id="lawyer-learned-on-a-weekday"),
    pytest.param("دادگاه انقلاب اهواز «سعید باوی» را به اتهام «محاربه» به اعدام محکوم کرده است. روز یکشنبه ۱۳ اسفند "
                 "تجمعی در برابر دادگاه برگزار شد.",
                 [("sentenced", "IR", 1, "2024-03-07", "2024-03-07", "event")], id="near-miss-another-day-after"),
    pytest.param("دادگاه انقلاب اهواز «سعید باوی» را به اتهام «محاربه» به اعدام محکوم کرده است. حکم اعدام «کریم ناصری» "
                 "نیز روز یکشنبه ۱۳ اسفند به او ابلاغ شد.",
                 [("sentenced", "IR", 1, "2024-03-07", "2024-03-07", "event")], id="near-miss-another-s-verdict-made-known"),
])
def test_a_verdict_takes_the_day_it_was_made_known(text, want):
    assert facts(text, DAY) == want


# --- upheld: the people described at length before "را"; the first verdict, in the pluperfect, is background

@pytest.mark.parametrize("text, want", [
    pytest.param("دیوان عالی کشور حکم اعدام «رضا امیری» و «حسن ولی‌زاده»، دو زندانی سیاسی بلوچ محبوس در زندان "
                 "زاهدان، را تأیید کرده است.",
                 [("sentenced", "IR", 2, "2024-03-07", "2024-03-07", "event")], id="upheld-two-described-at-length"),
    pytest.param("دیوان عالی کشور حکم اعدام رضا کریمی، زندانی سیاسی اهل سقز، را تأیید کرده است. آقای کریمی "
                 "در سال ۱۴۰۱ بازداشت و از سوی دادگاه انقلاب مهاباد به اعدام محکوم شده بود.",
                 [("sentenced", "IR", 1, "2024-03-07", "2024-03-07", "event")], id="first-verdict-pluperfect"),
    pytest.param("دادگاه انقلاب مهاباد رضا کریمی را به اعدام محکوم کرد. آقای کریمی پیش‌تر به ۱۰ سال حبس "
                 "محکوم شده بود.",
                 [("sentenced", "IR", 1, "2024-03-07", "2024-03-07", "event")], id="near-miss-prison-pluperfect"),
    pytest.param("دیوان عالی کشور حکم اعدام رضا کریمی، زندانی سیاسی اهل سقز، را تأیید کرده است. پیش از این، در بهمن "
                 "امسال، لیلا امینی، دیگر زندانی سیاسی، نیز از سوی دادگاه انقلاب سنندج به اعدام محکوم شده بود.",
                 [("sentenced", "IR", 1, "2024-01-21", "2024-02-19", "event"),
                  ("sentenced", "IR", 1, "2024-03-07", "2024-03-07", "event")], id="near-miss-another-also-in-a-month"),
])
def test_an_upheld_sentence_is_the_news_and_its_first_verdict_background(text, want):
    assert facts(text, DAY) == want


# --- a month with its count in a relative clause: that month, not a span running from it ----------

@pytest.mark.parametrize("text, want", [
    pytest.param("این آمار پس از ماه سپتامبر منتشر می‌شود که با دست‌کم ۱۲۰ اعدام، بیشترین شمار ماهانه سال بود.",
                 [("executed", "IR", 120, "2024-09-01", "2024-09-30", "aggregate")], id="month-that-with-its-count"),
    pytest.param("از ماه سپتامبر تاکنون دست‌کم ۱۲۰ نفر در ایران اعدام شده‌اند.",
                 [("executed", "IR", 120, "2024-09-01", "2024-11-06", "aggregate")], id="near-miss-since-the-month"),
])
def test_a_month_told_with_its_count_is_that_month(text, want):
    assert facts(text, date(2024, 11, 6)) == want


# --- a monthly figure split: rows "label: N" under "از این تعداد:", and by charge under one plural verb --

MONTH_SPLIT = ("سازمان حقوق بشری هەنگاو: در اسفندماه ۱۴۰۲ دست‌کم ۱۱۰ زندانی در زندان‌های ایران اعدام شده‌اند.\n\n"
               "از این تعداد:\n"
               "بلوچ: ۲۴\n"
               "کرد: ۱۹\n"
               "زن: ۳\n\n"
               "{opening}۶۰ زندانی به جرایم مرتبط با مواد مخدر، ۴۴ نفر به قتل عمد و ۶ نفر به اتهامات امنیتی اعدام شدند.")
MONTH = ("2024-02-20", "2024-03-19")


@pytest.mark.parametrize("opening", [
    pytest.param("بر اساس نوع اتهام، ", id="by-type-of-charge"),
    pytest.param("", id="no-marker-under-the-rows"),
])
def test_a_month_split_by_rows_and_by_charge_makes_parts_not_incidents(opening):
    got = facts(MONTH_SPLIT.format(opening=opening), date(2024, 3, 21))
    assert sorted(got) == sorted([("executed", "IR", n, *MONTH, "aggregate") for n in (110, 24, 19, 3, 60, 44, 6)])


def test_rows_of_people_with_no_header_of_parts_make_no_claim():
    text = ("در اسفندماه ۱۴۰۲ دست‌کم ۱۱۰ زندانی در زندان‌های ایران اعدام شده‌اند.\n\n"
            "شمار بازداشت‌شدگان:\n"
            "بلوچ: ۲۴\n"
            "کرد: ۱۹\n")
    assert facts(text, date(2024, 3, 21)) == [("executed", "IR", 110, *MONTH, "aggregate")]


# --- a span "از X ... تا پایان Y": "ماه" after "پایان", a relative clause on the first end -----------

@pytest.mark.parametrize("text, want", [
    pytest.param("به گزارش این سازمان، از ابتدای سال ۲۰۲۳ تا پایان ماه ژوئن دست‌کم ۳۵۴ نفر در ایران اعدام شده‌اند.",
                 [("executed", "IR", 354, "2023-01-01", "2023-06-30", "aggregate")], id="to-the-end-of-the-month-of"),
    pytest.param("از ۲۵ شهریور ۱۴۰۱ که اعتراضات سراسری در کشور آغاز شد تا پایان اسفند ۱۴۰۱ دست‌کم ۵۸۲ نفر در ایران "
                 "اعدام شده‌اند.",
                 [("executed", "IR", 582, "2022-09-16", "2023-03-20", "aggregate")], id="relative-clause-on-the-start"),
    pytest.param("از ابتدای سال ۲۰۲۳ تاکنون دست‌کم ۳۵۴ نفر در ایران اعدام شده‌اند.",
                 [("executed", "IR", 354, "2023-01-01", "2023-07-10", "aggregate")], id="near-miss-so-far"),
])
def test_a_span_to_the_end_of_a_month_keeps_its_start(text, want):
    assert facts(text, date(2023, 7, 10)) == want


# --- one person moved for execution "since" a day: moved that day, an incident -----------------------

@pytest.mark.parametrize("text, want", [
    pytest.param("حسین رضایی، زندانی محکوم به قصاص، از دوشنبه ۱۴ اسفند برای اجرای حکم به سلول انفرادی در زندان "
                 "قزلحصار منتقل شده است.",
                 [("imminent", "IR", 1, "2024-03-04", "2024-03-04", "event")], id="one-moved-since-a-day"),
    pytest.param("از ابتدای اسفند دست‌کم ۱۲ زندانی برای اجرای حکم به سلول انفرادی منتقل شده‌اند.",
                 [("imminent", "IR", 12, "2024-02-20", "2024-03-07", "aggregate")], id="near-miss-many-since-a-month"),
])
def test_one_person_moved_since_a_day_was_moved_that_day(text, want):
    assert facts(text, DAY) == want


# --- people sentenced and awaiting execution, or facing capital charges: no sentence of now ------------

@pytest.mark.parametrize("text, want", [
    pytest.param("به گفته نمایندگان مجلس، حدود سه هزار نفر که به جرائم مواد مخدر به اعدام محکوم شده‌اند و در انتظار "
                 "اجرای حکم هستند، می‌توانند درخواست بازبینی بدهند.", [], id="sentenced-and-awaiting"),
    pytest.param("دست‌کم ۱۴ نفر در پرونده‌های اعتراضات به اعدام محکوم شده‌اند و دست‌کم ۳۰ نفر دیگر با اتهاماتی "
                 "روبه‌رو هستند که مجازات اعدام دارد.",
                 [("sentenced", "IR", 14, "2024-03-07", "2024-03-07", "event")], id="others-facing-capital-charges"),
    pytest.param("دادگاه انقلاب زاهدان روز دوشنبه سه زندانی بلوچ را به اعدام محکوم کرد و آنان به زندان مرکزی "
                 "منتقل شدند.",
                 [("sentenced", "IR", 3, "2024-03-04", "2024-03-04", "event")], id="near-miss-sentenced-then-moved"),
])
def test_death_row_and_capital_charges_make_no_sentence(text, want):
    assert facts(text, DAY) == want


# --- "این سه اعدام" after three told one by one; executions left out of a report's figures; "این عدد" --

INCIDENTS = ("محمد کریمی بامداد دوشنبه ۱۴ اسفند در زندان قزلحصار اعدام شد. روز سه‌شنبه ۱۵ اسفند نیز علی نوری "
             "در همین زندان به دار آویخته شد. سومین زندانی، رضا امینی، روز چهارشنبه ۱۶ اسفند اعدام شده است. ")


@pytest.mark.parametrize("tail, want", [
    pytest.param("هیچ‌یک از این سه اعدام در رسانه‌های رسمی اعلام نشده است.", 3, id="these-three-told-before"),
    pytest.param("سه زندانی دیگر نیز روز پنجشنبه ۱۷ اسفند در زندان قزلحصار اعدام شدند.", 4, id="near-miss-three-others"),
])
def test_these_executions_after_ones_told_one_by_one_are_told_again(tail, want):
    got = facts(INCIDENTS + tail, DAY)
    assert len(got) == want


def test_executions_left_out_of_a_report_s_figures_make_no_figure():
    text = ("سازمان حقوق بشر ایران در گزارش سالانه خود اعلام کرد که در سال ۲۰۲۳ دست‌کم ۸۳۴ نفر در ایران اعدام شده‌اند. "
            "حدود ۳۰ اعدام دیگر به دلیل کمبود اطلاعات در آمار این گزارش گنجانده نشده است.")
    assert facts(text, DAY) == [("executed", "IR", 834, "2023-01-01", "2023-12-31", "aggregate")]


def test_this_number_in_another_year_is_that_year_s_figure():
    text = ("در سال ۲۰۲۳ دست‌کم ۸۳۴ نفر در ایران اعدام شده‌اند. این عدد در سال ۲۰۲۲ دست‌کم ۵۸۲ نفر بود.")
    assert facts(text, DAY) == [("executed", "IR", 582, "2022-01-01", "2022-12-31", "aggregate"),
                                ("executed", "IR", 834, "2023-01-01", "2023-12-31", "aggregate")]


# --- lines linking to other reports: their headlines' figures are none of this report's ---------------

LINKED = "سه زندانی روز سه‌شنبه ۱۵ اسفند در زندان قزلحصار کرج اعدام شدند.\n\n{tail}"


@pytest.mark.parametrize("tail, want", [
    pytest.param("در سال ۲۰۲۳ دست‌کم ۸۳۴ نفر در ایران اعدام شدند.\n\nمرتبط: بازداشت ۱۲ فعال کارگری در هفت‌تپه | "
                 "انتقال یک زندانی سیاسی به بند قرنطینه", 2, id="related-line"),
    pytest.param("مطالب مرتبط:\n- اعدام دو زن در زندان قزلحصار\n- صدور حکم اعدام برای ۴ معترض", 1, id="related-list"),
    pytest.param("در پرونده‌ای مرتبط، دو زندانی دیگر نیز روز سه‌شنبه ۱۵ اسفند در زندان رجایی‌شهر اعدام شدند.", 2,
                 id="near-miss-related-in-a-sentence"),
])
def test_lines_linking_to_other_reports_make_no_claim(tail, want):
    assert len(facts(LINKED.format(tail=tail), DAY)) == want


# --- "این حکم ... به اجرا درآمد" after the execution told: the same sentence carried out, told again ----

TOLD = "دادستان استان فارس از اجرای حکم اعدام دو زندانی محکوم به قاچاق مواد مخدر در سحرگاه امروز خبر داد. "


@pytest.mark.parametrize("tail, want", [
    pytest.param("رئیس کل دادگستری استان افزود: پرونده این متهمان پس از رسیدگی در دادگاه انقلاب شیراز به صدور حکم "
                 "اعدام منجر شد و این حکم پس از تأیید دیوان عالی کشور، صبح امروز در زندان مرکزی شیراز به اجرا درآمد.",
                 [2], id="this-sentence-carried-out"),
    pytest.param("حکم اعدام یک زندانی دیگر نیز صبح امروز در زندان مرکزی شیراز به اجرا درآمد.", [1, 2],
                 id="near-miss-another-prisoner-s"),
])
def test_this_sentence_carried_out_is_the_execution_told(tail, want):
    assert sorted(f[2] for f in facts(TOLD + tail, DAY)) == want


# --- people each with a day of their own under one plural verb: one incident each --------------------

@pytest.mark.parametrize("text, want", [
    pytest.param("از آغاز جنگ در ۲۳ خرداد، دست‌کم پنج نفر به اتهام جاسوسی اعدام شده‌اند: کاوه رحیمی روز ۲۶ خرداد، ناصر امیری "
                 "روز ۱ تیر و سعید کاظمی روز ۲ تیر به دار آویخته شدند.",
                 [("executed", "IR", 1, "2025-06-16", "2025-06-16", "event"),
                  ("executed", "IR", 1, "2025-06-22", "2025-06-22", "event"),
                  ("executed", "IR", 1, "2025-06-23", "2025-06-23", "event")], id="after-a-count-and-colon"),
    pytest.param("کاوه رحیمی روز ۲۶ خرداد، ناصر امیری روز ۱ تیر و سعید کاظمی روز ۲ تیر در زندان قزلحصار به دار "
                 "آویخته شدند.",
                 [("executed", "IR", 1, "2025-06-16", "2025-06-16", "event"),
                  ("executed", "IR", 1, "2025-06-22", "2025-06-22", "event"),
                  ("executed", "IR", 1, "2025-06-23", "2025-06-23", "event")], id="alone"),
    pytest.param("کاوه رحیمی و ناصر امیری روز ۲ تیر در زندان قزلحصار به دار آویخته شدند.",
                 [("executed", "IR", 2, "2025-06-23", "2025-06-23", "event")], id="near-miss-two-on-one-day"),
])
def test_people_each_with_a_day_are_one_incident_each(text, want):
    got = [f for f in facts(text, date(2025, 6, 25)) if f[5] == "event"]
    assert got == want


# --- "دومین حکم اعدام" numbers a sentence, no execution; "خبر صدور این حکم" on a day dates it --------

def test_the_second_death_sentence_is_no_count_of_executions_and_the_news_day_dates_the_verdict():
    text = ("دادگاه انقلاب تهران لیلا رحمانی، فعال مدنی اهل سنندج، را به اتهام «بغی» به اعدام محکوم کرد. وکیل او روز "
            "دوشنبه ۱۴ اسفند ۱۴۰۲ خبر صدور این حکم را تأیید کرد. این دومین حکم اعدام برای یک زن فعال در ماه جاری است.")
    assert facts(text, DAY) == [("sentenced", "IR", 1, "2024-03-04", "2024-03-04", "event")]


def test_the_second_execution_of_the_month_stays_a_running_count():
    text = "زهرا امینی روز دوشنبه ۱۴ اسفند در زندان قزلحصار اعدام شد؛ این دومین اعدام یک زن در ماه جاری است."
    assert ("executed", "IR", 1, "2024-03-04", "2024-03-04", "event") in facts(text, DAY)


# --- a month after an attack on a target, inside the charge: the attack's, not the hanging's ----------

@pytest.mark.parametrize("text, want", [
    pytest.param("خبرگزاری میزان اعلام کرد که آقای رستمی به اتهام «محاربه» از طریق طراحی حمله به پاسگاه مرزی سراوان "
                 "در مهر ۱۴۰۰، بامداد امروز به دار آویخته شد.",
                 [("executed", "IR", 1, "2024-03-07", "2024-03-07", "event")], id="attack-on-a-target-in-a-month"),
    pytest.param("آقای رستمی به اتهام قتل در یک نزاع، در مهر ۱۴۰۰ در زندان زاهدان به دار آویخته شد.",
                 [("executed", "IR", 1, "2021-09-23", "2021-10-22", "event")], id="near-miss-the-hanging-s-month"),
])
def test_a_month_of_an_attack_in_a_charge_is_the_attack_s(text, want):
    assert facts(text, DAY) == want


# --- an execution a statement condemns, in a relative clause; the person again by title and surname ---

CONDEMNED = ("سازمان حقوق بشر ایران اعدام کامران نوری، زندانی سیاسی اهل اهواز، را که بامداد دوشنبه ۱۴ اسفند ۱۴۰۲ "
             "اجرا شد، به شدت محکوم می‌کند.\n\nخبرگزاری میزان اعلام کرد که {who} به اتهام «محاربه» به دار آویخته شده است.")


@pytest.mark.parametrize("who, want", [
    pytest.param("آقای نوری", [("executed", "IR", 1, "2024-03-04", "2024-03-04", "event")], id="title-and-surname-told"),
    pytest.param("آقای کریمی", [("executed", "IR", 1, "2024-03-04", "2024-03-04", "event"),
                                ("executed", "IR", 1, "2024-03-07", "2024-03-07", "event")], id="near-miss-someone-else"),
])
def test_a_condemned_execution_and_its_person_again(who, want):
    assert facts(CONDEMNED.format(who=who), DAY) == want


def test_names_in_a_prison_then_their_charge_after_a_day_told_from_the_one_before():
    text = ("دو روز بعد، چهارشنبه ۱۶ اسفند، رضا امینی و سعید نوری در زندان اراک به اتهام «توهین به مقدسات» به دار "
            "آویخته شدند.")
    assert facts(text, DAY) == [("executed", "IR", 2, "2024-03-06", "2024-03-06", "event")]


# --- parts of a day's group each at a prison of their own; that execution confirmed, told again --------

GROUP = ("روز دوشنبه ۱۴ اسفند ۱۴۰۲ دست‌کم شش زندانی در دو زندان کرج اعدام شدند. {parts}\n\n"
         "خبرگزاری میزان اعدام دو زندانی مواد مخدر را تأیید کرد.")


@pytest.mark.parametrize("parts, want", [
    pytest.param("دو نفر از آنان به اتهامات مرتبط با مواد مخدر در زندان قزلحصار و چهار نفر دیگر به اتهام قتل در زندان "
                 "رجایی‌شهر به دار آویخته شدند.", [2, 4, 6], id="each-part-at-its-prison"),
    pytest.param("دو نفر از آنان به اتهامات مرتبط با مواد مخدر و چهار نفر دیگر به اتهام قتل در زندان قزلحصار به دار "
                 "آویخته شدند.", [6], id="near-miss-parts-by-charge-only"),
])
def test_parts_at_prisons_of_their_own_are_incidents_and_a_confirmation_is_told_again(parts, want):
    got = [f for f in facts(GROUP.format(parts=parts), DAY) if f[5] == "event"]
    assert sorted(f[2] for f in got) == want and {f[3] for f in got} == {"2024-03-04"}


def test_a_retribution_sentence_carried_out_described_at_length():
    text = ("روز یکشنبه ۱۳ اسفند نیز حکم قصاص مریم رحیمی، زنی ۴۱ ساله که به قتل همسرش متهم بود، در زندان دستگرد "
            "به اجرا درآمد.")
    assert facts(text, DAY) == [("executed", "IR", 1, "2024-03-03", "2024-03-03", "event")]


def test_the_execution_of_others_by_its_noun_after_a_group_is_news():
    text = ("روز دوشنبه ۱۴ اسفند ۱۴۰۲ دست‌کم شش زندانی در زندان قزلحصار اعدام شدند.\n\n"
            "گزارش‌ها از اعدام دو زندانی دیگر در زندان رجایی‌شهر حکایت دارد.")
    assert sorted(f[2] for f in facts(text, DAY) if f[5] == "event") == [2, 6]


# --- parts of a monthly figure: each its own charge; equal counts under other labels are two facts ------

PARTS = ("در ماه نوامبر ۲۰۲۳ دست‌کم ۱۰۰ زندانی در ایران اعدام شده‌اند.\n\n"
         "ترکیب اعدام‌شدگان در این ماه:\n"
         "- زندانیان بلوچ: ۲۰ نفر\n"
         "- زندانیان لر: ۵ نفر\n"
         "- زندانیان گیلک: ۵ نفر\n\n"
         "از نظر اتهام، ۶۰ نفر به جرایم مرتبط با مواد مخدر، ۳۰ نفر به قتل عمد و ۵ نفر به تجاوز جنسی اعدام شدند.")
offence_rows = claim_reader("count", "offences", lang="fa")


def test_parts_by_charge_each_take_their_own_and_equal_counts_stay_apart():
    got = offence_rows(PARTS, date(2023, 12, 1))
    assert sorted(got) == sorted([(100, ()), (20, ()), (5, ()), (5, ()), (60, ("drug",)), (30, ("murder",)),
                                  (5, ("rape",))])


def test_rows_labelled_by_charge_take_that_charge():
    text = ("از ۱ فروردین ۱۴۰۲ تا ۲۹ اسفند ۱۴۰۲ دست‌کم ۸۰۰ نفر در ایران اعدام شده‌اند.\n\n"
            "تفکیک بر اساس اتهام:\n"
            "- مواد مخدر: 400\n"
            "- قتل عمد: 300\n"
            "- تجاوز جنسی: 20\n")
    assert sorted(offence_rows(text, date(2024, 3, 25))) == [(20, ("rape",)), (300, ("murder",)), (400, ("drug",)),
                                                             (800, ())]


# --- "در مدت مشابه سال گذشته این رقم N بود": the statistic's span, a year back ------------------------

@pytest.mark.parametrize("tail, want", [
    pytest.param("در مدت مشابه سال گذشته این رقم ۹۸۰ نفر بود.", ("2024-01-01", "2024-11-17"), id="same-span-last-year"),
    pytest.param("این رقم در سال ۲۰۲۳ حدود ۸۳۴ نفر بود.", ("2023-01-01", "2023-12-31"), id="near-miss-a-whole-year"),
])
def test_a_figure_again_over_the_same_span_last_year(tail, want):
    text = ("شمار اعدام‌های ثبت‌شده از ابتدای سال ۲۰۲۵ میلادی به دست‌کم ۱۴۰۰ نفر رسیده است؛ " + tail)
    got = [f for f in facts(text, date(2025, 11, 17)) if f[2] != 1400]
    assert [(f[3], f[4]) for f in got] == [want]


def test_a_title_and_surname_whose_first_telling_made_no_claim_is_news():
    text = ("تلویزیون دولتی گزارش داد که آقای نوری به اتهام «محاربه» بامداد امروز در زندان مشهد اعدام شده است.")
    assert facts(text, DAY) == [("executed", "IR", 1, "2024-03-07", "2024-03-07", "event")]


# --- "این رقم در سال X، N و در سال Y، M بود": two years' figures after the statistic -------------------

def test_a_figure_again_for_two_earlier_years():
    text = ("در سال ۲۰۲۲ میلادی دست‌کم ۵۸۲ نفر در ایران اعدام شده‌اند. این رقم در سال ۲۰۲۱ دست‌کم ۳۳۳ نفر و در سال "
            "۲۰۲۰ دست‌کم ۲۶۷ نفر بود.")
    assert sorted((f[2], f[3]) for f in facts(text, date(2023, 3, 1))) == [
        (267, "2020-01-01"), (333, "2021-01-01"), (582, "2022-01-01")]


# --- a count with its people named ("به نام‌های ...") over two seasons: one incident over both -----------

@pytest.mark.parametrize("text, want", [
    pytest.param("پیش‌تر در پاییز و زمستان ۱۴۰۱، حکم اعدام سه متهم دیگر این پرونده به نام‌های رضا امینی، سعید نوری و "
                 "کاوه رحیمی اجرا شده بود.",
                 [("executed", "IR", 3, "2022-09-23", "2023-03-20", "event")], id="named-over-two-seasons"),
    pytest.param("در پاییز و زمستان ۱۴۰۱ دست‌کم ۳۱۰ نفر در ایران اعدام شدند.",
                 [("executed", "IR", 310, "2022-09-23", "2023-03-20", "aggregate")], id="near-miss-unnamed-many"),
])
def test_people_named_after_their_count_are_one_incident(text, want):
    assert facts(text, DAY) == want


def test_the_execution_of_as_many_told_by_its_noun_without_a_verb_of_confirming_is_news():
    text = ("روز دوشنبه ۱۴ اسفند ۱۴۰۲ دو زندانی در زندان قزلحصار اعدام شدند.\n\n"
            "منابع محلی از اعدام دو زندانی در زندان عادل‌آباد شیراز خبر می‌دهند.")
    assert sorted(f[2] for f in facts(text, DAY) if f[5] == "event") == [2, 2]
