"""Persian reports: kinds of wording found in the errors of the spent set heldout_fa17, tested on
sentences written for these tests, each with a near miss: a figure "تا امروز" (up to today) is a
running total, not an incident of the report's day; "همان روز" (that same day) is the last day
written before it; "دو زندانی دیگر" (the other two) after a count singling out the rest of a group told
before is that group again, not two more executions; a total's year written before a comparison
("شمار اعدام‌ها در سال X در مقایسه با سال پیش از آن ... به N رسیده") is the total's, not the year
compared with; counts joined by "و" in an undated sentence after a month's or a year's figure are its
parts, not one group; the other countries of a yearly list are named in Persian too, and a clause after
a semicolon that names no country goes on about the country of the clause before it; a person described at length, a description going on
after "و", between "حکم اعدام" and "اجرا شد" is one person; a place or a country "با N" (with N), or "در X N" before
the noun they share, after a statistic is a part of it; two months joined by "تا" alone ("ژانویه تا مارس
۲۰۲۰") are a span from the first to the second; people listed each with a day and no "روز" ("X ۲۶ خرداد،
Y ۱ تیر و Z ۲ تیر ... اعدام شده بودند") are one incident each, on that day; "نزدیک N" (nearly N) is about N; a total told again over another span after "و" ("... به شش نفر و از
ابتدای سال به ۹ نفر رسیده") is a second total; "به اعدام و چهار سال حبس محکوم" is a death sentence with
other penalties; "گردن زده شدند" (were beheaded) is an execution; the day written before "در گزارش سالانه خود اعلام کرد" is
the day the report came out, no day of what it counts."""
from datetime import date

import pytest

from claim_rows import claim_reader


facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind", lang="fa")
DAY = date(2023, 1, 12)   # a Thursday


# --- "تا امروز": up to today, a running total since the event the report named ---------------------

@pytest.mark.parametrize("text, want", [
    pytest.param("مجید کاظمی، از بازداشت‌شدگان خیزش زن زندگی آزادی، صبح امروز در زندان اصفهان اعدام شد. به گفته "
                 "فعالان حقوق بشر، تا امروز دست‌کم ۱۸ نفر در ارتباط با اعتراضات به اعدام محکوم شده‌اند.",
                 [("executed", "IR", 1, "2023-01-12", "2023-01-12", "event"),
                  ("sentenced", "IR", 18, "2022-09-16", "2023-01-12", "aggregate")], id="up-to-today"),
    pytest.param("مجید کاظمی، از بازداشت‌شدگان خیزش زن زندگی آزادی، صبح امروز در زندان اصفهان اعدام شد. تا به امروز "
                 "دست‌کم ۱۸ معترض به اعدام محکوم شده‌اند.",
                 [("executed", "IR", 1, "2023-01-12", "2023-01-12", "event"),
                  ("sentenced", "IR", 18, "2022-09-16", "2023-01-12", "aggregate")], id="up-to-this-day"),
    pytest.param("دادگاه انقلاب اصفهان امروز سه معترض را به اعدام محکوم کرد.",
                 [("sentenced", "IR", 3, "2023-01-12", "2023-01-12", "event")], id="near-miss-today-itself"),
    pytest.param("از آغاز ماه دی تا امروز پنجشنبه ۲۲ دی ۱۴۰۱ دست‌کم ۴۰ زندانی در زندان‌های ایران اعدام شده‌اند.",
                 [("executed", "IR", 40, "2022-12-22", "2023-01-12", "aggregate")], id="near-miss-a-span-to-today"),
])
def test_a_figure_up_to_today_is_a_running_total(text, want):
    assert sorted(facts(text, DAY)) == sorted(want)


# --- "همان روز": that same day, the last day written before it ------------------------------------

@pytest.mark.parametrize("text, want", [
    pytest.param("حکم اعدام دو زندانی بامداد امروز در زندان قزلحصار اجرا شد. آنان روز دوشنبه ۱۹ دی به سلول انفرادی "
                 "منتقل شده بودند. زندانی دیگری به نام «بهروز نادری» نیز همان روز برای اجرای حکم به سلول انفرادی "
                 "منتقل شده است.",
                 [("executed", "IR", 2, "2023-01-12", "2023-01-12", "event"),
                  ("imminent", "IR", 1, "2023-01-09", "2023-01-09", "event")], id="moved-that-same-day"),
])
def test_that_same_day_is_the_day_written_before(text, want):
    assert sorted(facts(text, DAY)) == sorted(want)


def test_that_same_day_stays_in_its_paragraph():
    # a day of the paragraph before is another matter's; "همان روز" alone gives the claim no day of it
    text = ("حکم اعدام دو زندانی بامداد امروز در زندان قزلحصار اجرا شد. آنان روز دوشنبه ۱۹ دی به سلول انفرادی "
            "منتقل شده بودند.\n\nزندانی دیگری به نام «بهروز نادری» نیز همان روز برای اجرای حکم به سلول انفرادی "
            "منتقل شده است.")
    assert ("imminent", "IR", 1, "2023-01-09", "2023-01-09", "event") not in facts(text, DAY)


# --- "دو زندانی دیگر": the rest of a group told before, once a count singled out the others -------

@pytest.mark.parametrize("text, want", [
    pytest.param("حکم اعدام پنج زندانی صبح امروز در زندان عادل‌آباد شیراز اجرا شد. سه تن از این زندانیان اهل "
                 "کازرون بودند و به اتهام قتل عمد محکوم شده بودند. دو زندانی دیگر نیز به اتهامات مرتبط با مواد مخدر "
                 "اعدام شدند.",
                 [("executed", "IR", 5, "2023-01-12", "2023-01-12", "event")], id="the-other-two-of-five"),
    pytest.param("حکم اعدام پنج زندانی صبح امروز در زندان عادل‌آباد شیراز اجرا شد. دو زندانی دیگر نیز به اتهامات "
                 "مرتبط با مواد مخدر اعدام شدند.",
                 [("executed", "IR", 5, "2023-01-12", "2023-01-12", "event"),
                  ("executed", "IR", 2, "2023-01-12", "2023-01-12", "event")], id="near-miss-two-more"),
    pytest.param("حکم اعدام پنج زندانی صبح امروز در زندان عادل‌آباد شیراز اجرا شد. سه تن از این زندانیان اهل "
                 "کازرون بودند. چهار زندانی دیگر نیز در زندان قزلحصار اعدام شدند.",
                 [("executed", "IR", 5, "2023-01-12", "2023-01-12", "event"),
                  ("executed", "IR", 4, "2023-01-12", "2023-01-12", "event")], id="near-miss-not-the-rest"),
])
def test_the_others_of_a_group_are_that_group(text, want):
    assert sorted(facts(text, DAY)) == sorted(want)


# --- a total's year, then a comparison with the year before it ---------------------------------------

@pytest.mark.parametrize("text, want", [
    pytest.param("سازمان حقوق بشر ایران در گزارش سالانه خود اعلام کرد که شمار اعدام‌های ثبت‌شده در ایران در سال ۲۰۲۰ "
                 "میلادی در مقایسه با سال پیش از آن به‌طور محسوسی کاهش یافته و به دست‌کم ۲۶۷ مورد رسیده است.\n\n"
                 "به نوشته این گزارش، عربستان سعودی با ۲۷ اعدام پس از ایران قرار گرفته است.",
                 [("executed", "IR", 267, "2020-01-01", "2020-12-31", "aggregate"),
                  ("executed", "SA", 27, "2020-01-01", "2020-12-31", "aggregate")], id="year-then-compared"),
    pytest.param("به گزارش این سازمان، شمار اعدام‌ها در سال ۲۰۲۰ به دست‌کم ۲۶۷ مورد رسید که در مقایسه با سال ۲۰۱۹ "
                 "کاهش داشته است.",
                 [("executed", "IR", 267, "2020-01-01", "2020-12-31", "aggregate")], id="near-miss-compared-after"),
])
def test_a_total_keeps_its_year_before_a_comparison(text, want):
    assert sorted(facts(text, date(2021, 3, 30))) == sorted(want)


# --- joined counts after a statistic: its parts, not one group ---------------------------------------

MONTHLY = "گزارش ماهانه: در ماه دسامبر ۲۰۲۴ دست‌کم ۹۵ زندانی در زندان‌های ایران اعدام شدند. "


@pytest.mark.parametrize("text, want", [
    pytest.param(MONTHLY + "همچنین حکم اعدام شش زن و دو نوجوان بزهکار اجرا شد.",
                 [("executed", "IR", 95, "2024-12-01", "2024-12-31", "aggregate"),
                  ("executed", "IR", 6, "2024-12-01", "2024-12-31", "aggregate"),
                  ("executed", "IR", 2, "2024-12-01", "2024-12-31", "aggregate")], id="parts-of-a-month"),
    pytest.param(MONTHLY + "\n\nروز یکشنبه ۳۰ دی حکم اعدام سه مرد و یک زن در زندان قزلحصار اجرا شد.",
                 [("executed", "IR", 95, "2024-12-01", "2024-12-31", "aggregate"),
                  ("executed", "IR", 4, "2025-01-19", "2025-01-19", "event")], id="near-miss-a-group-on-its-day"),
])
def test_joined_counts_after_a_statistic_are_its_parts(text, want):
    assert sorted(facts(text, date(2025, 1, 20))) == sorted(want)


# --- other countries of a yearly list; a clause after a semicolon keeps its country -------------------

ANNUAL = "عفو بین‌الملل در گزارش سالانه خود اعلام کرد که ایران در سال ۲۰۲۳ میلادی دست‌کم ۸۵۳ نفر را اعدام کرده است.\n\n"


@pytest.mark.parametrize("text, want", [
    pytest.param(ANNUAL + "سنگاپور نیز پنج نفر را به اتهام قاچاق مواد مخدر اعدام کرد.",
                 [("executed", "IR", 853, "2023-01-01", "2023-12-31", "aggregate"),
                  ("executed", "SG", 5, "2023-01-01", "2023-12-31", "aggregate")], id="singapore-as-subject"),
    pytest.param(ANNUAL + "عربستان سعودی با ۱۷۲ اعدام در رده بعدی قرار گرفت؛ ۳۳ نفر از آنان به اتهام تروریسم اعدام شدند.",
                 [("executed", "IR", 853, "2023-01-01", "2023-12-31", "aggregate"),
                  ("executed", "SA", 172, "2023-01-01", "2023-12-31", "aggregate"),
                  ("executed", "SA", 33, "2023-01-01", "2023-12-31", "aggregate")], id="of-them-after-a-semicolon"),
    pytest.param(ANNUAL + "عربستان سعودی با ۱۷۲ اعدام در رده بعدی قرار گرفت. ۳۳ نفر از اعدام‌شدگان در ایران زن بودند.",
                 [("executed", "IR", 853, "2023-01-01", "2023-12-31", "aggregate"),
                  ("executed", "SA", 172, "2023-01-01", "2023-12-31", "aggregate"),
                  ("executed", "IR", 33, "2023-01-01", "2023-12-31", "aggregate")], id="near-miss-a-new-sentence-in-iran"),
])
def test_other_countries_of_a_yearly_list(text, want):
    assert sorted(facts(text, date(2024, 5, 29))) == sorted(want)


# --- one person described at length between "حکم اعدام" and "اجرا شد" ---------------------------------

@pytest.mark.parametrize("text, want", [
    pytest.param("حکم اعدام بهمن (بهرام) سلیمانی، زندانی سیاسی کرد و پیرو آیین یارسان، بامداد امروز پنجشنبه ۲۲ دی ۱۴۰۱ "
                 "در زندان مرکزی ارومیه به صورت مخفیانه و بدون اطلاع قبلی به خانواده و وکیل او اجرا شد.",
                 [("executed", "IR", 1, "2023-01-12", "2023-01-12", "event")], id="one-described-at-length"),
    pytest.param("حکم اعدام کاوه احمدی، زندانی ۳۱ ساله اهل سقز و آرش نوری، زندانی ۲۷ ساله، بامداد امروز در زندان "
                 "مرکزی ارومیه اجرا شد.",
                 [("executed", "IR", 2, "2023-01-12", "2023-01-12", "event")], id="near-miss-two-each-described"),
])
def test_a_person_described_at_length_is_one(text, want):
    assert facts(text, DAY) == want


# --- "X با N": a place or a country with its figure, a part of the statistic before -----------------

@pytest.mark.parametrize("text, want", [
    pytest.param("در ماه نوامبر ۲۰۲۴ دست‌کم ۱۲۰ زندانی در زندان‌های ایران اعدام شدند. از نظر جغرافیایی، زندان‌های "
                 "استان خراسان رضوی با ۱۹ مورد در صدر قرار دارند و پس از آن استان اصفهان با ۱۴ و استان کرمان با ۹ مورد.",
                 [("executed", "IR", 120, "2024-11-01", "2024-11-30", "aggregate", None),
                  ("executed", "IR", 19, "2024-11-01", "2024-11-30", "aggregate", "استان خراسان رضوی"),
                  ("executed", "IR", 14, "2024-11-01", "2024-11-30", "aggregate", "استان اصفهان"),
                  ("executed", "IR", 9, "2024-11-01", "2024-11-30", "aggregate", "استان کرمان")], id="provinces-with"),
    pytest.param("عفو بین‌الملل اعلام کرد که ایران در سال ۲۰۲۳ دست‌کم ۸۵۳ نفر را اعدام کرده است.\n\n"
                 "سومالی با ۳۸ و ایالات متحده با ۲۴ اعدام در رده‌های بعدی قرار گرفتند. این سازمان در یمن دست‌کم ۱۵، "
                 "در کویت دست‌کم ۵ و در سنگاپور دست‌کم ۵ اعدام ثبت کرده است.",
                 [("executed", "IR", 853, "2023-01-01", "2023-12-31", "aggregate", None),
                  ("executed", "SO", 38, "2023-01-01", "2023-12-31", "aggregate", None),
                  ("executed", "US", 24, "2023-01-01", "2023-12-31", "aggregate", None),
                  ("executed", "YE", 15, "2023-01-01", "2023-12-31", "aggregate", None),
                  ("executed", "KW", 5, "2023-01-01", "2023-12-31", "aggregate", None),
                  ("executed", "SG", 5, "2023-01-01", "2023-12-31", "aggregate", None)], id="countries-with"),
    pytest.param("حکم اعدام دو زندانی صبح امروز در زندان مرکزی اصفهان اجرا شد. هر دو زندانی اهل اصفهان با ۳۰ سال سن بودند.",
                 [("executed", "IR", 2, "2024-12-10", "2024-12-10", "event", "زندان مرکزی اصفهان")], id="near-miss-no-statistic"),
])
def test_a_place_or_country_with_its_figure_is_a_part(text, want):
    got = claim_reader("event", "country", "count", "period_start", "period_end", "kind", "location", lang="fa")(
        text, date(2024, 12, 10))
    assert sorted(got, key=str) == sorted(want, key=str)


# --- two months joined by "تا" alone: a span ----------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    pytest.param("این سازمان برای ژانویه تا مارس ۲۰۲۱ اعدام ۴۱ زندانی را ثبت کرده بود.",
                 [("executed", "IR", 41, "2021-01-01", "2021-03-31", "aggregate")], id="gregorian-months"),
    pytest.param("طی شهریور تا آبان ۱۴۰۰ دست‌کم ۴۱ زندانی در ایران اعدام شدند.",
                 [("executed", "IR", 41, "2021-08-23", "2021-11-21", "aggregate")], id="solar-months"),
    pytest.param("دست‌کم ۱۲ زندانی در ژانویه ۲۰۲۱ و ۱۵ زندانی در مارس ۲۰۲۱ اعدام شدند.",
                 [("executed", "IR", 12, "2021-01-01", "2021-01-31", "aggregate"),
                  ("executed", "IR", 15, "2021-03-01", "2021-03-31", "aggregate")], id="near-miss-each-its-month"),
])
def test_two_months_joined_by_to_are_a_span(text, want):
    assert sorted(facts(text, date(2021, 12, 30))) == sorted(want)


# --- names each with a day of their own, with no "روز" -------------------------------------------------

@pytest.mark.parametrize("text, want", [
    pytest.param("پیش از این، کامران یوسفی ۱۸ دی، هادی مرادی ۲۰ دی و نادر کاظمی ۲۱ دی به اتهام جاسوسی اعدام شده بودند.",
                 [("executed", "IR", 1, "2023-01-08", "2023-01-08", "event"),
                  ("executed", "IR", 1, "2023-01-10", "2023-01-10", "event"),
                  ("executed", "IR", 1, "2023-01-11", "2023-01-11", "event")], id="each-with-its-day"),
    pytest.param("دو روز بعد، سه‌شنبه ۲۰ دی، هادی مرادی و نادر کاظمی در زندان اراک به دار آویخته شدند.",
                 [("executed", "IR", 2, "2023-01-10", "2023-01-10", "event")], id="near-miss-a-day-opening-the-sentence"),
    pytest.param("هادی مرادی و نادر کاظمی صبح امروز، پنجشنبه ۲۲ دی، در زندان اراک اعدام شدند.",
                 [("executed", "IR", 2, "2023-01-12", "2023-01-12", "event")], id="near-miss-the-day-told-again"),
])
def test_names_each_with_a_day(text, want):
    assert sorted(facts(text, DAY)) == sorted(want)


# --- "نزدیک N": nearly N ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    pytest.param("به گفته این سازمان، شمار اعدام‌شدگان در ایران از ابتدای سال جاری میلادی به نزدیک ۴۰۰ نفر رسیده است.",
                 [("executed", "IR", 400, "about", "2025-01-01", "2025-06-30")], id="nearly"),
    pytest.param("به گفته این سازمان، شمار اعدام‌شدگان در ایران از ابتدای سال جاری میلادی به نزدیک به ۴۰۰ نفر رسیده است.",
                 [("executed", "IR", 400, "about", "2025-01-01", "2025-06-30")], id="nearly-to"),
])
def test_nearly_is_about(text, want):
    got = claim_reader("event", "country", "count", "qualifier", "period_start", "period_end", lang="fa")(text, date(2025, 6, 30))
    assert got == want


# --- a total told again over another span, after "و" ------------------------------------------------

@pytest.mark.parametrize("text, want", [
    pytest.param("به این ترتیب شمار معترضان اعدام‌شده از آغاز اعتراضات ۱۴۰۱ به هشت نفر و از ابتدای سال ۲۰۲۳ به پنج "
                 "نفر رسیده است.",
                 [("executed", "IR", 8, "2022-09-16", "2023-06-30", "aggregate"),
                  ("executed", "IR", 5, "2023-01-01", "2023-06-30", "aggregate")], id="two-spans"),
    pytest.param("به این ترتیب شمار معترضان اعدام‌شده از آغاز اعتراضات ۱۴۰۱ به هشت نفر رسیده و خانواده‌های آنان به "
                 "دادگاه شکایت کرده‌اند.",
                 [("executed", "IR", 8, "2022-09-16", "2023-06-30", "aggregate")], id="near-miss-no-second-figure"),
])
def test_a_total_over_a_second_span(text, want):
    assert sorted(facts(text, date(2023, 6, 30))) == sorted(want)


# --- death and other penalties in one sentence -------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    pytest.param("دادگاه انقلاب کرج روز دوشنبه ۱۹ دی این فعال کارگری را به اعدام و ۷۴ ضربه شلاق محکوم کرد.",
                 [("sentenced", "IR", 1, "2023-01-09", "2023-01-09", "event")], id="death-and-lashes"),
    pytest.param("شیرین احمدی روز دوشنبه ۱۹ دی از سوی دادگاه انقلاب کرج به اعدام و پنج سال حبس محکوم شد.",
                 [("sentenced", "IR", 1, "2023-01-09", "2023-01-09", "event")], id="death-and-prison"),
    pytest.param("حکم پنج سال حبس شیرین احمدی روز دوشنبه ۱۹ دی در زندان کرج اجرا شد.", [], id="near-miss-a-prison-term-carried-out"),
])
def test_death_and_other_penalties(text, want):
    assert facts(text, DAY) == want


# --- beheaded -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    pytest.param("عربستان سعودی روز سه‌شنبه ۲۰ دی ۱۴۰۱ اعلام کرد که سه مرد به اتهام قاچاق مواد مخدر در ریاض گردن زده شدند.",
                 [("executed", "SA", 3, "2023-01-10", "2023-01-10", "event")], id="beheaded"),
    pytest.param("عربستان سعودی روز سه‌شنبه ۲۰ دی ۱۴۰۱ اعلام کرد که سه مرد به اتهام قاچاق مواد مخدر در ریاض سر بریده شدند.",
                 [("executed", "SA", 3, "2023-01-10", "2023-01-10", "event")], id="heads-cut-off"),
])
def test_beheaded_is_executed(text, want):
    assert facts(text, DAY) == want


# --- the day a periodic report came out, written before it ------------------------------------------

@pytest.mark.parametrize("text, want", [
    pytest.param("سازمان حقوق بشر ایران روز سه‌شنبه ۱۰ فروردین در گزارش سالانه خود اعلام کرد که شمار اعدام‌ها در ایران "
                 "در سال ۲۰۲۰ به دست‌کم ۲۶۷ مورد رسیده است. به نوشته این گزارش، دست‌کم ۹ زن نیز در میان اعدام‌شدگان بودند.",
                 [("executed", "IR", 267, "2020-01-01", "2020-12-31", "aggregate"),
                  ("executed", "IR", 9, "2020-01-01", "2020-12-31", "aggregate")], id="annual-report-day"),
    pytest.param("سازمان حقوق بشر ایران روز سه‌شنبه ۱۰ فروردین اعلام کرد که سه زندانی در زندان قزلحصار اعدام شدند.",
                 [("executed", "IR", 3, "2021-03-30", "2021-03-30", "event")], id="near-miss-news-of-a-day"),
])
def test_the_day_a_periodic_report_came_out(text, want):
    assert sorted(facts(text, date(2021, 3, 31))) == sorted(want)
