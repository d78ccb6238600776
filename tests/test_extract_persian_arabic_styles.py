"""Persian and Arabic reports in the styles the rights groups and official outlets write in (a
monthly statistic with its rows, a rate beside a figure, a dual noun, a statement dated ahead):
sentences written for these tests, not taken from the labelled sets."""
from datetime import date

from extract import extract_report

from claim_rows import claim_reader

PUBLISHED = date(2025, 3, 12)   # 22 Esfand 1403


facts = claim_reader("event", "country", "count", "qualifier", "period_start", "period_end", "kind",
                     published=PUBLISHED, lang="fa")


counts = claim_reader("count", published=PUBLISHED, lang="fa")


# --- a rate or an average is no figure ------------------------------------------------------

def test_one_person_every_nine_hours_is_a_rate():
    text = ("بر پایه این گزارش، در سال ۲۰۲۴ دست‌کم ۹۷۵ نفر در ایران اعدام شدند؛ یعنی به طور میانگین "
            "هر ۹ ساعت یک نفر به دار آویخته شده است.")
    assert counts(text) == [975]


def test_a_daily_figure_beside_a_monthly_one_is_a_rate():
    text = ("به گزارش این سازمان در ماه فوریه دست‌کم ۸۰ زندانی اعدام شده‌اند و روزانه نزدیک به "
            "سه نفر به دار آویخته شده‌اند.")
    assert facts(text) == [("executed", "IR", 80, "at_least", "2025-02-01", "2025-02-28", "aggregate")]


def test_every_two_days_a_number_of_prisoners_is_a_rate():
    text = "در این ماه به‌طور میانگین هر دو روز حکم اعدام هفت زندانی اجرا شده است."
    assert counts(text) == []


def test_an_arabic_average_after_the_count_is_a_rate():
    text = "وأعدمت السلطات 150 شخصاً منذ مطلع العام، أي بمعدل شخص واحد كل يومين تقريباً."
    assert counts(text, lang="ar") == [150]
    assert counts("وتعدم إيران في المتوسط أربعة أشخاص يومياً، بحسب المنظمة.", lang="ar") == []
    assert counts("وأشار التقرير إلى أن السلطات أعدمت خمسة سجناء كل يومين خلال الشهر الماضي.", lang="ar") == []


# --- the rows of a statistic with no verb of their own -----------------------------------------

def test_rows_under_a_monthly_statistic_are_its_parts():
    text = ("در ماه بهمن ۱۴۰۳ دست‌کم ۱۱۲ نفر در زندان‌های ایران اعدام شدند.\n"
            "تفکیک اتهام‌ها:\nمواد مخدر: ۵۹ نفر\nقتل عمد: ۴۵ نفر\nاتهام‌های امنیتی: ۸ نفر")
    month = ("2025-01-20", "2025-02-18")
    assert facts(text) == sorted(("executed", "IR", n, q, *month, "aggregate")
                                 for n, q in ((112, "at_least"), (59, "exact"), (45, "exact"), (8, "exact")))


def test_a_list_after_a_colon_is_parts_not_one_group_of_their_sum():
    text = ("هەنگاو در گزارش ماهانه خود اعلام کرد در ماه دی دست‌کم ۹۰ زندانی اعدام شدند.\n\n"
            "اعدام‌شدگان از نظر قومیت: ۴۰ نفر بلوچ، ۲۰ نفر کرد و ۳ نفر عرب.")
    assert counts(text) == [3, 20, 40, 90]


def test_every_item_of_a_list_ending_among_the_executed_is_a_part():
    text = ("در ماه دی دست‌کم ۹۰ زندانی اعدام شدند. همچنین هشت زندانی ترک، پنج زندانی لر و بختیاری، "
            "چهار زندانی گیلک و سه شهروند افغانستان در میان اعدام‌شدگان بوده‌اند.")
    assert counts(text) == [3, 4, 5, 8, 90]


def test_an_arabic_list_of_nationalities_after_a_colon():
    text = ("أعدمت السعودية 120 شخصاً منذ بداية العام. وجاءت جنسيات المعدومين كالتالي: 61 سعودياً، "
            "و20 باكستانياً، و9 يمنيين.")
    assert facts(text, date(2025, 7, 2), lang="ar") == sorted(
        ("executed", "SA", n, "exact", "2025-01-01", "2025-07-02", "aggregate") for n in (120, 61, 20, 9))


def test_a_colon_before_a_count_of_arrests_makes_no_part():
    text = "در این روز ۵ نفر در زندان قزلحصار اعدام شدند. بازداشت‌شدگان: ۳ نفر."
    assert counts(text) == [5]


# --- Arabic duals and groups joined by "و" ----------------------------------------------------

def test_a_noun_written_only_as_a_dual_is_two_people():
    text = "نفذت وزارة الداخلية اليوم حكم القتل تعزيراً بجانيين سعوديين لتهريبهما الحشيش في منطقة جازان."
    assert facts(text, lang="ar") == [("executed", "SA", 2, "exact", "2025-03-12", "2025-03-12", "event")]
    text = "نفذت السلطات الإيرانية فجر اليوم حكم الإعدام بحق سجينين في سجن قزل حصار."
    assert counts(text, lang="ar") == [2]


def test_a_plural_looking_noun_with_a_dual_verb_after_it_is_two_people():
    text = "أعلنت وزارة الداخلية اليوم تنفيذ حكم القتل قصاصاً بحق مقيمَين يحملان الجنسية اليمنية في منطقة عسير."
    assert facts(text, lang="ar") == [("executed", "SA", 2, "exact", "2025-03-12", "2025-03-12", "event")]


def test_two_men_and_a_woman_are_three():
    assert counts("وأعدم رجلان وامرأة في سجن الرياض العام الأسبوع الماضي.", lang="ar") == [3]
    assert counts("وأعدمت السلطات أمس ثلاثة باكستانيين ويمنياً بتهمة تهريب الهيروين.", lang="ar") == [4]


def test_men_and_two_women_among_the_executed_are_parts_of_the_statistic():
    text = "أعدمت السعودية 100 شخص منذ بداية العام، ومن بين الذين أعدموا 98 رجلاً وامرأتين."
    assert counts(text, lang="ar") == [2, 98, 100]


# --- a split told in the incident's own sentence ------------------------------------------------

def test_nationalities_among_the_executed_of_the_same_sentence_are_no_incident_of_their_own():
    text = "أعدمت السلطات السعودية 12 شخصاً هذا الأسبوع، من بينهم ثلاثة باكستانيين ويمني."
    assert counts(text, lang="ar") == [12]
    text = ("بامداد امروز حکم اعدام دست‌کم سه زندانی، از جمله یک شهروند افغانستانی، در زندان قزلحصار "
            "کرج اجرا شد.")
    assert counts(text) == [3]


def test_some_of_those_transferred_executed_later_is_news():
    text = ("صبح دیروز دست‌کم ۱۲ زندانی برای اجرای حکم به سلول انفرادی زندان قزلحصار منتقل شدند. "
            "گزارش‌ها از اعدام دست‌کم هشت نفر از آنان حکایت دارد.")
    assert sorted((c.event, c.count) for c in extract_report(text, PUBLISHED, "", "fa")) == \
        [("executed", 8), ("imminent", 12)]


# --- an annual report of many countries -----------------------------------------------------------

country_facts = claim_reader("country", "count", "qualifier", "period_start", "period_end")


def test_a_world_total_is_no_claim_but_dates_the_country_figures_after_it():
    text = ("قالت منظمة العفو الدولية في تقريرها السنوي اليوم إن عدد عمليات الإعدام المسجلة في العالم ارتفع "
            "عام 2022 إلى 883 عملية في 20 دولة.\n\nوتصدرت إيران القائمة، التي نفذت 576 حكماً بالإعدام على الأقل، "
            "مقارنة بـ314 في عام 2021. وفي السعودية سجلت المنظمة 196 عملية إعدام.")
    assert country_facts(text, date(2023, 5, 16), "ar") == [
        ("IR", 314, "exact", "2021-01-01", "2021-12-31"), ("IR", 576, "at_least", "2022-01-01", "2022-12-31"),
        ("SA", 196, "exact", "2022-01-01", "2022-12-31")]


def test_a_persian_world_total_is_no_claim_of_the_report_s_country():
    text = ("عفو بین‌الملل اعلام کرد شمار اعدام‌های ثبت‌شده در جهان در سال ۲۰۲۲ به ۸۸۳ مورد رسیده است. "
            "عربستان سعودی با دست‌کم ۱۹۶ اعدام، شمار اعدام‌های خود را نسبت به ۶۵ مورد در سال ۲۰۲۱ سه برابر کرد.")
    assert country_facts(text, date(2023, 5, 16), "fa") == [
        ("SA", 65, "exact", "2021-01-01", "2021-12-31"), ("SA", 196, "at_least", "2022-01-01", "2022-12-31")]


def test_the_country_right_before_a_relative_clause_is_whose_figure_it_is():
    text = ("وتبقى الإعدامات نادرة في الكويت مقارنة بجارتها السعودية، التي أعدمت 74 شخصاً منذ مطلع العام "
            "الجاري، تلتها الصومال والولايات المتحدة التي نفذت 24 حكماً بالإعدام.")
    assert {(c.country, c.count) for c in extract_report(text, date(2023, 7, 27), "", "ar")} == {("SA", 74), ("US", 24)}


def test_a_total_announced_with_ra_is_a_total():
    text = "سازمان حقوق بشر ایران پیش‌تر شمار اعدام‌های سال ۲۰۲۳ در ایران را دست‌کم ۸۳۴ نفر اعلام کرده بود."
    assert facts(text, published=date(2024, 3, 5)) == [
        ("executed", "IR", 834, "at_least", "2023-01-01", "2023-12-31", "aggregate")]


def test_the_victims_of_a_bombing_and_the_acquitted_are_no_claims():
    text = ("وكانت محكمة التمييز قد أيدت حكم الإعدام بحق المدان عام 2016 في تفجير أودى بحياة 26 شخصاً، "
            "فيما قضت بسجن ثمانية آخرين وبرّأت أكثر من عشرة متهمين.")
    assert 26 not in counts(text, date(2023, 7, 27), lang="ar")
    assert {8, 10}.isdisjoint(counts(text, date(2023, 7, 27), lang="ar"))


# --- people at risk, thousands, a statement with its day in two calendars -----------------------------

def test_prisoners_who_may_face_imminent_execution_are_at_risk_not_scheduled():
    text = ("وحذرت هيومن رايتس ووتش من أن نحو 150 سجيناً في سجن الناصرية قد يواجهون الإعدام الوشيك، فيما "
            "ينتظر نحو 8 آلاف سجين في العراق تنفيذ أحكام الإعدام.")
    assert counts(text, date(2024, 5, 7), lang="ar") == []
    text = "به گفته این سازمان، دست‌کم ۲۸ زن در معرض خطر قریب‌الوقوع اعدام قرار دارند."
    assert counts(text) == []


def test_prisoners_awaiting_execution_then_executed_are_executed():
    text = "بامداد امروز ۱۲ زندانی که در انتظار اجرای حکم بودند، در زندان قزلحصار اعدام شدند."
    assert facts(text) == [("executed", "IR", 12, "exact", "2025-03-12", "2025-03-12", "event")]


def test_thousands_written_as_digits_and_a_word():
    text = "ووفقاً للشبكة العربية، أصدرت المحاكم المصرية نحو 3 آلاف حكم بالإعدام منذ عام 2014."
    assert facts(text, date(2020, 12, 2), lang="ar") == [
        ("sentenced", "EG", 3000, "about", "2014-01-01", "2020-12-02", "aggregate")]


def test_a_bare_verbal_noun_right_before_its_count_is_an_execution_not_over_another_penalty():
    text = "وكانت منظمة العفو الدولية قد سجلت تنفيذ 63 حكماً بالإعدام على الأقل في العراق خلال عام 2024."
    assert facts(text, date(2025, 2, 11), lang="ar") == [
        ("executed", "IQ", 63, "at_least", "2024-01-01", "2024-12-31", "aggregate")]
    assert counts("وأعلنت الوزارة تنفيذ حكم السجن بحق خمسة متهمين أمس.", lang="ar") == []
    assert counts("هرانا همچنین از صدور حکم ۷۴ ضربه شلاق برای یک شهروند در مشهد خبر داده است.") == []


def test_a_statement_with_its_day_in_both_calendars_before_the_sentence_carried_out():
    text = ("نفذت مصلحة السجون صباح اليوم الأربعاء 15 جمادى الآخرة 1440هـ الموافق 20 فبراير/شباط 2019، "
            "حكم الإعدام شنقاً بحق تسعة مدانين في سجن الاستئناف بالقاهرة.")
    assert facts(text, date(2019, 2, 20), lang="ar") == [("executed", "EG", 9, "exact", "2019-02-20", "2019-02-20", "event")]


def test_men_and_women_after_a_number_are_that_number():
    text = "أعدمت السلطات المصرية ما لا يقل عن 57 رجلاً وامرأة خلال عام 2020."
    assert counts(text, date(2020, 12, 2), lang="ar") == [57]


# --- a dateline, a table far below its figure, a comparison after a semicolon --------------------------

def test_a_dateline_is_the_report_s_day_not_the_execution_s():
    text = ("کمپین فعالین بلوچ؛ ۲۲ اسفند ۱۴۰۳: سه زندانی بلوچ در زندان مرکزی زاهدان اعدام شدند.\n\n"
            "به گزارش این کمپین، حکم اعدام این سه زندانی بامداد روز دوشنبه ۲۰ اسفند در زندان زاهدان اجرا شد.")
    assert facts(text) == [("executed", "IR", 3, "exact", "2025-03-10", "2025-03-10", "event")]


def test_rows_of_a_table_many_lines_below_the_monthly_figure():
    text = ("در ماه گذشته میلادی (فوریه ۲۰۲۵)، دست‌کم ۹۰ زندانی در ایران اعدام شدند. این رقم در مقایسه با "
            "فوریه ۲۰۲۴ که در آن ۶۰ زندانی اعدام شده بودند، افزایش نشان می‌دهد.\n\n"
            "تفکیک بر اساس قومیت:\nدر میان اعدام‌شدگان ماه فوریه دست‌کم ۹ زندانی کرد بوده‌اند.\n"
            "دست‌کم ۵ شهروند افغانستانی نیز در این ماه اعدام شدند.\n\n"
            "تفکیک بر اساس اتهام:\n– قتل عمد: ۴۸ مورد\n– مواد مخدر: ۳۷ مورد")
    month = [f for f in facts(text) if f[4:6] == ("2025-02-01", "2025-02-28")]
    assert sorted(f[2] for f in month) == [5, 9, 37, 48, 90]


def test_a_figure_compared_after_a_semicolon_is_its_own_year_s():
    text = ("بر پایه گزارش سالانه این سازمان، در سال ۲۰۲۴ دست‌کم ۵۰۳ نفر به اتهامات مرتبط با مواد مخدر اعدام شدند؛ "
            "رقمی که نسبت به ۴۸۱ مورد در سال ۲۰۲۳ افزایش نشان می‌دهد.")
    assert [(f[2], f[4]) for f in facts(text, published=date(2025, 4, 1))] == [(481, "2023-01-01"), (503, "2024-01-01")]


# --- ordinals without a relative clause; the Taliban's return -------------------------------------------

def test_an_ordinal_before_an_execution_noun_counts_from_the_taliban_s_return():
    text = "سخنگوی دادگاه عالی طالبان گفت این دوازدهمین مورد اجرای حکم قصاص از زمان بازگشت طالبان به قدرت است."
    assert facts(text, published=date(2026, 1, 20)) == [
        ("executed", "AF", 12, "exact", "2021-08-15", "2026-01-20", "aggregate")]


def test_of_two_joined_ordinals_the_last_counts():
    text = "این پنجمین و ششمین اعدام در ملأ عام از زمان بازگشت طالبان به قدرت است."
    assert counts(text, published=date(2025, 1, 20)) == [6]


def test_an_ordinal_woman_executed_in_a_year():
    text = "زن بلوچی که روز دوشنبه در زاهدان اعدام شد، نهمین زن اعدام‌شده در سال ۲۰۲۵ است."
    assert ("executed", "IR", 9, "exact", "2025-01-01", "2025-03-12", "aggregate") in facts(text)


def test_an_ordinal_of_times_is_no_count():
    assert counts("برای دومین بار حکم اعدام او در دیوان عالی کشور تایید شد.") == [1]


# --- a sentence carried out as told; so far since a named event; the twelve-day war -------------------

def test_the_sentence_of_the_man_just_told_of_carried_out_is_no_second_execution():
    text = ("رسانه‌های قوه قضاییه اعلام کردند رضا کریمی صبح امروز در زندان دیزل‌آباد کرمانشاه اعدام شد. "
            "رئیس کل دادگستری استان گفت حکم «قصاص» آقای کریمی «با اصرار اولیای دم» اجرا شده است.")
    assert counts(text) == [1]


def test_the_sentence_of_another_man_also_carried_out_is_news():
    text = ("صبح امروز رضا کریمی در زندان دیزل‌آباد کرمانشاه اعدام شد. حکم اعدام حسین رحمانی نیز "
            "روز گذشته در همین زندان اجرا شده است.")
    assert counts(text) == [1, 1]


def test_so_far_counts_from_the_named_event_the_report_told():
    text = ("این نخستین اعدام مرتبط با اعتراضاتی است که پس از مرگ مهسا امینی آغاز شد.\n\n"
            "قوه قضاییه تاکنون دست‌کم ۱۴ نفر را در پرونده‌های مرتبط با اعتراضات به اعدام محکوم کرده است.")
    assert ("sentenced", "IR", 14, "at_least", "2022-09-16", "2022-12-20", "aggregate") in facts(text, published=date(2022, 12, 20))


def test_since_the_end_of_the_twelve_day_war():
    text = ("گزارش‌ها حاکی است که از پایان جنگ ۱۲ روزه در خرداد و تیر امسال، دست‌کم ۱۵ نفر در ایران به اتهام "
            "جاسوسی اعدام شده‌اند.")
    assert facts(text, published=date(2026, 1, 20)) == [
        ("executed", "IR", 15, "at_least", "2025-06-24", "2026-01-20", "aggregate")]


# --- a monthly report's cases; the past seven days; a single day --------------------------------------

def test_a_death_sentence_for_a_woman_is_no_execution():
    text = "این سومین حکم اعدام برای یک زن زندانی سیاسی در ماه‌های اخیر است."
    assert [f[0] for f in facts(text)] in ([], ["sentenced"])


def test_a_woman_among_the_sentenced_and_a_case_of_the_month_are_two_claims():
    text = ("در شهریورماه دست‌کم ۷۰ نفر در زندان‌های کشور اعدام شدند. در همین مدت ۱۲ نفر به اعدام محکوم شدند "
            "که یک زن در میان آنهاست.\n\nاز موارد شاخص این ماه، علی رضایی، معترض بازداشت‌شده در مشهد، "
            "برای دومین بار به اعدام محکوم شد.")
    sentenced = [f for f in facts(text, published=date(2024, 9, 23)) if f[0] == "sentenced"]
    assert sorted(f[2] for f in sentenced) == [1, 1, 12]


def test_on_a_single_day_is_no_span_before_the_report():
    text = "در ماه شهریور همچنین در یک روز شش زندانی در زندان زاهدان اعدام شدند."
    assert facts(text, published=date(2024, 9, 23))[0][4:6] == ("2024-08-22", "2024-09-21")


def test_an_arabic_span_of_the_past_seven_days_written_unit_first():
    text = ("أعلنت وزارة العدل العراقية تنفيذ أحكام الإعدام بحق نحو 12 مداناً في سجن الناصرية المركزي "
            "خلال الأيام السبعة الماضية.")
    assert facts(text, date(2026, 2, 11), lang="ar") == [("executed", "IQ", 12, "about", "2026-02-04", "2026-02-11", "event")]


def test_a_sentence_carried_out_before_a_crowd_with_the_object_far_from_the_verb():
    text = "طالبان روز پنجشنبه در ورزشگاه غزنی، حکم اعدام سه مرد را در برابر هزاران تماشاگر اجرا کردند."
    assert counts(text, published=date(2024, 2, 22)) == [3]


def test_two_months_joined_are_one_span_in_the_year_written_after_the_second():
    text = "أعدمت السلطات المصرية ما لا يقل عن 40 شخصاً في شهري أكتوبر/تشرين الأول ونوفمبر/تشرين الثاني 2020."
    assert facts(text, date(2020, 12, 2), lang="ar") == [
        ("executed", "EG", 40, "at_least", "2020-10-01", "2020-11-30", "aggregate")]
    text = "وأعدمت السعودية 30 شخصاً في شهري ديسمبر ويناير 2021."
    assert facts(text, date(2021, 2, 5), lang="ar")[0][4:6] == ("2020-12-01", "2021-01-31")


# --- a death-row estimate out of a prison population; a sentence issued but not yet carried out ----------

def test_a_range_out_of_a_prison_population_is_no_claim():
    text = "به گفته مسئولان زندان‌های طالبان، از حدود ۲۳ هزار زندانی در افغانستان، ۵۰۰ تا ۶۰۰ نفر به اعدام محکوم شده‌اند."
    assert counts(text, published=date(2025, 12, 2)) == []


def test_a_sentence_issued_but_not_yet_carried_out_is_a_sentence():
    text = ("او افزود که برای دو نفر دیگر نیز در همین پرونده حکم اعدام صادر شده، اما به دلیل حاضر نبودن ورثه "
            "مقتول هنوز اجرا نشده است.")
    assert [(c.event, c.count) for c in extract_report(text, date(2025, 12, 2), "", "fa")] == [("sentenced", 2)]


def test_a_citizen_of_iraqi_kurdistan_executed_in_urmia_was_executed_in_iran():
    text = ("حکم اعدام سه زندانی کرد بامداد امروز در زندان مرکزی ارومیه اجرا شد.\n\n"
            "به گفته هەنگاو، یکی از این سه زندانی شهروند اقلیم کردستان عراق بوده است.")
    assert [(c.country, c.count) for c in extract_report(text, PUBLISHED, "", "fa")] == [("IR", 3)]
    text = "نورمحمد نوری، اهل ولایت نیمروز افغانستان، بامداد امروز در زندان زاهدان اعدام شد."
    assert [(c.country, c.count) for c in extract_report(text, PUBLISHED, "", "fa")] == [("IR", 1)]


def test_an_execution_announced_for_tomorrow_is_imminent():
    text = "أعلن مصدر أمني أن وزارة الداخلية بصدد تنفيذ حكم الإعدام غداً الاثنين بحق ثلاثة سجناء في السجن المركزي."
    assert [(c.event, c.count, str(c.period_start)) for c in extract_report(text, date(2013, 3, 31), "", "ar")] == \
        [("imminent", 3, "2013-04-01")]


def test_a_relative_clause_before_the_main_verb_tells_the_same_execution():
    text = ("آخرین زن زندانی سیاسی که در ایران اعدام شد، فاطمه احمدی بود که در ۱۹ اردیبهشت ۱۳۸۹ در زندان "
            "اوین به دار آویخته شد.")
    assert facts(text, published=date(2024, 7, 23)) == [("executed", "IR", 1, "exact", "2010-05-09", "2010-05-09", "event")]
