"""Persian and Arabic reports: running totals and the parts of a statistic, on sentences written
for these tests (a count since a named event, an ordinal, a breakdown by charge or group, a
figure of another country in a regional comparison)."""
from datetime import date

from extract import extract_report

from claim_rows import claim_reader

WED = date(2024, 10, 9)   # 18 Mehr 1403; the Woman, Life, Freedom uprising began on 16 September 2022


facts = claim_reader("event", "count", "qualifier", "period_start", "period_end", "kind", published=WED,
                     lang="fa")


def rules_of(text, count, published=WED, lang="fa"):
    return next(c.rules for c in extract_report(text, published, "", lang) if c.count == count)


# --- a running total since a named event ---------------------------------------------------

def test_a_total_told_in_connection_with_the_uprising_runs_from_its_first_day():
    text = ("با اعدام این زندانی، شمار معترضانی که در ارتباط با جنبش «زن، زندگی، آزادی» "
            "اعدام شده‌اند به ۱۱ نفر رسید.")
    assert facts(text) == [("executed", 11, "exact", "2022-09-16", "2024-10-09", "aggregate")]
    assert "period.since_anchor" in rules_of(text, 11)


def test_a_total_of_the_protests_of_a_named_year_runs_from_the_uprising_not_the_year():
    text = "به گفته این سازمان، شمار کسانی که در پیوند با اعتراضات ۱۴۰۱ اعدام شده‌اند اکنون به ۱۲ تن رسیده است."
    assert facts(text, published=date(2025, 1, 20)) == [("executed", 12, "exact", "2022-09-16", "2025-01-20", "aggregate")]


def test_a_person_arrested_in_the_protests_is_one_execution_of_the_day():
    text = "حسن رحیمی، از بازداشت‌شدگان اعتراضات ۱۴۰۱، بامداد امروز در زندان عادل‌آباد شیراز اعدام شد."
    assert facts(text) == [("executed", 1, "exact", "2024-10-09", "2024-10-09", "event")]


# --- an ordinal is a running total --------------------------------------------------------

def test_an_ordinal_protester_since_the_uprising_is_a_running_total():
    text = "علی نوروزی ششمین معترضی است که پس از آغاز خیزش «زن، زندگی، آزادی» به دار آویخته می‌شود."
    assert facts(text) == [("executed", 6, "exact", "2022-09-16", "2024-10-09", "aggregate")]
    assert {"count.ordinal", "kind.aggregate.ordinal"} <= set(rules_of(text, 6))


def test_a_compound_ordinal_since_the_start_of_the_year():
    text = "این زن سی و یکمین زنی است که از ابتدای سال جاری در زندان‌های ایران اعدام شده است."
    assert facts(text) == [("executed", 31, "exact", "2024-03-20", "2024-10-09", "aggregate")]


def test_an_ordinal_with_no_start_is_refused():
    assert facts("او سومین زندانی است که در این زندان اعدام می‌شود.") == []


# --- the sentence of someone described at length, carried out --------------------------------

def test_a_death_sentence_carried_out_after_a_long_description_of_the_person():
    text = ("حکم اعدام بهروز احسانی، زندانی سیاسی ۶۹ ساله و از هواداران یک سازمان مخالف، صبح روز "
            "چهارشنبه ۱۸ مهر در زندان قزلحصار کرج بدون اطلاع قبلی خانواده‌اش و وکیلش اجرا شد.")
    assert facts(text) == [("executed", 1, "exact", "2024-10-09", "2024-10-09", "event")]


def test_the_sentences_of_three_named_men_carried_out_after_a_long_apposition():
    text = ("حکم اعدام ناصر کریمی، یوسف احمدی و کامران شهبازی، سه زندانی اهل شهرستان بوکان، "
            "سحرگاه دیروز در زندان مرکزی ارومیه به رغم درخواست‌های نهادهای بین‌المللی اجرا شد.")
    assert facts(text) == [("executed", 3, "exact", "2024-10-08", "2024-10-08", "event")]


def test_the_day_told_inside_a_long_trigger_dates_it_not_the_month_of_the_announcement():
    text = ("دادستانی روز سه‌شنبه در مهر ۱۴۰۳ اعلام کرد حکم اعدام امید نادری، شهروند دوتابعیتی و از اعضای "
            "یک گروه مخالف در خارج از کشور، صبح امروز اجرا شده است.")
    assert facts(text) == [("executed", 1, "exact", "2024-10-09", "2024-10-09", "event")]


# --- "in this period": the span the report set out before --------------------------------

def test_in_this_period_takes_the_span_the_report_announced():
    text = ("این گروه گزارشی از اعدام زندانیان بلوچ در فاصله اول ژانویه تا ۳۰ ژوئن ۲۰۲۴ منتشر کرد. "
            "در این مدت دست‌کم ۷۴ زندانی بلوچ در زندان‌های کشور اعدام شده‌اند.")
    assert facts(text) == [("executed", 74, "at_least", "2024-01-01", "2024-06-30", "aggregate")]
    assert "period.statistic_span" in rules_of(text, 74)


def test_in_this_span_reaches_back_across_a_paragraph():
    text = ("این نهاد آمار اعدام زنان از ابتدای سال ۲۰۱۹ تا پایان سال ۲۰۲۳ را منتشر کرد.\n\n"
            "بر پایه این آمار، در این بازه بیش از ۲۱۰ زن در ایران اعدام شده‌اند.")
    assert facts(text) == [("executed", 210, "more_than", "2019-01-01", "2023-12-31", "aggregate")]


def test_arabic_during_this_period_takes_the_span_of_the_report():
    text = ("أصدرت المنظمة تقريراً يغطي الفترة من ١ كانون الثاني/يناير ٢٠٢٣ حتى ٣١ آذار/مارس ٢٠٢٤. "
            "وخلال هذه الفترة أُعدم ما لا يقل عن ٢٢٠ شخصاً في البلاد.")
    assert facts(text, lang="ar") == [("executed", 220, "at_least", "2023-01-01", "2024-03-31", "aggregate")]


def test_in_this_period_with_no_span_before_is_still_refused():
    assert facts("در این مدت دست‌کم ۴۰ زندانی در زندان‌های کشور اعدام شده‌اند.") == []


# --- a Saudi announcement of one person, the noun with its article --------------------------

def test_an_announcement_of_the_sentence_carried_out_on_the_citizen_is_one_execution():
    text = ("أعلنت وزارة الداخلية اليوم الأربعاء تنفيذ حكم القتل تعزيراً بالمواطن سالم بن فهد العتيبي "
            "في منطقة الرياض لإدانته بتهريب المخدرات.")
    assert facts(text, lang="ar") == [("executed", 1, "exact", "2024-10-09", "2024-10-09", "event")]


def test_a_retribution_carried_out_yesterday_on_the_offender_with_the_verb_first():
    text = ("نُفذ صباح أمس الثلاثاء في منطقة عسير حكم القتل قصاصاً بالجاني خالد بن سعيد الزهراني "
            "بعد إدانته بقتل مواطن طعناً.")
    assert facts(text, lang="ar") == [("executed", 1, "exact", "2024-10-08", "2024-10-08", "event")]


def test_a_hadd_execution_of_the_foreign_resident_is_one_person():
    text = "وأعلنت الوزارة تنفيذ حكم الإعدام حداً بالمقيم الباكستاني نواز علي في جدة بعد إدانته بتهريب الهيروين."
    assert [(f[0], f[1]) for f in facts(text, lang="ar")] == [("executed", 1)]


def test_the_nationality_of_a_murdered_resident_is_not_the_country_of_a_saudi_execution():
    title = "القصاص من مواطن قتل عاملاً يمنياً في جدة"
    text = ("نُفذ اليوم الأربعاء حكم القتل قصاصاً بالمواطن فيصل بن ماجد القحطاني بعد إدانته بقتل "
            "المقيم المصري سعيد عبد الحميد طعناً بسكين.")
    assert [(c.country, c.count) for c in extract_report(text, WED, title, "ar")] == [("SA", 1)]


# --- the parts of a statistic ----------------------------------------------------------------

def test_of_all_the_executed_each_group_with_its_share_is_a_part_of_the_statistic():
    text = ("بر پایه این گزارش، در سال ۲۰۲۳ دست‌کم ۴۸۰ نفر در ایران اعدام شدند.\n\n"
            "از مجموع اعدام‌شدگان، ۱۱۰ نفر (۲۳ درصد) شهروند بلوچ و ۵۵ نفر (۱۱ درصد) زندانی کُرد بوده‌اند.")
    assert facts(text) == [("executed", 55, "exact", "2023-01-01", "2023-12-31", "aggregate"),
                           ("executed", 110, "exact", "2023-01-01", "2023-12-31", "aggregate"),
                           ("executed", 480, "at_least", "2023-01-01", "2023-12-31", "aggregate")]
    assert "part.breakdown" in rules_of(text, 110)


def test_some_of_these_executions_are_a_part_of_the_statistic_before():
    text = ("در شش ماه نخست سال ۲۰۲۴ دست‌کم ۳۱۰ زندانی در ایران اعدام شدند. "
            "تنها ۳۸ مورد از این اعدام‌ها از سوی رسانه‌های داخلی گزارش شده است.")
    assert ("executed", 38, "exact", "2024-01-01", "2024-06-30", "aggregate") in facts(text)


# --- figures given for comparison, each with its own year and country --------------------------

country_facts = claim_reader("country", "count", "qualifier", "period_start", "period_end", published=WED)


def test_a_persian_change_from_one_year_to_the_next_gives_both_ends():
    text = "عراق اعدام‌ها را از دست‌کم ۱۱ مورد در سال ۲۰۲۱ به دست‌کم ۴۰ مورد در سال ۲۰۲۲ افزایش داد."
    assert country_facts(text, lang="fa") == [("IQ", 11, "at_least", "2021-01-01", "2021-12-31"),
                                         ("IQ", 40, "at_least", "2022-01-01", "2022-12-31")]
    assert "count.range" in rules_of(text, 11)


def test_this_figure_in_another_year_is_the_same_country_s_executions_that_year():
    text = "مصر در سال ۲۰۲۳ دست‌کم ۸ نفر را اعدام کرد. این رقم در سال ۲۰۲۲، ۲۴ نفر بود."
    assert country_facts(text, lang="fa") == [("EG", 8, "at_least", "2023-01-01", "2023-12-31"),
                                         ("EG", 24, "exact", "2022-01-01", "2022-12-31")]


def test_an_arabic_figure_set_against_another_year():
    text = "وأعدمت السلطات الإيرانية ٨٣٤ شخصاً على الأقل في عام ٢٠٢٣، مقابل ٥٨٢ على الأقل في ٢٠٢٢."
    assert country_facts(text, lang="ar") == [("IR", 582, "at_least", "2022-01-01", "2022-12-31"),
                                         ("IR", 834, "at_least", "2023-01-01", "2023-12-31")]
    assert "count.comparison" in rules_of(text, 582, lang="ar")


def test_an_arabic_change_then_another_country_s_change_in_the_same_years():
    text = ("وضاعفت الكويت عدد الإعدامات من ٥ في ٢٠٢٢ إلى ١٠ في ٢٠٢٣، "
            "فيما رفع الأردن العدد من ٢ على الأقل إلى ٦ على الأقل.")
    assert country_facts(text, lang="ar") == [("JO", 2, "at_least", "2022-01-01", "2022-12-31"),
                                         ("JO", 6, "at_least", "2023-01-01", "2023-12-31"),
                                         ("KW", 5, "exact", "2022-01-01", "2022-12-31"),
                                         ("KW", 10, "exact", "2023-01-01", "2023-12-31")]


def test_a_part_splits_the_statistic_not_the_figure_it_was_compared_with():
    text = ("عربستان در سال ۲۰۲۴ دست‌کم ۳۳۰ نفر را اعدام کرد. این رقم در سال ۲۰۲۳، ۱۷۰ نفر بود. "
            "۱۲۰ نفر از اعدام‌شدگان اتباع خارجی بودند.")
    assert ("SA", 120, "exact", "2024-01-01", "2024-10-09") in country_facts(text, lang="fa")


# --- Arabic: the masculine verb of a country carrying out sentences -----------------------------

def test_a_country_carried_out_sentences_in_a_year():
    text = "وبحسب منظمة حقوقية، نفذ الأردن ما لا يقل عن ١١ حكماً بالإعدام خلال عام ٢٠٢١."
    assert country_facts(text, lang="ar") == [("JO", 11, "at_least", "2021-01-01", "2021-12-31")]


def test_the_masculine_verb_counts_sentences_not_people_of_another_action():
    text = "ونفذ الجيش حملة اعتقالات طالت ٤٠ شخصاً في المدينة أمس."
    assert facts(text, lang="ar") == []


# --- a day of the month written as an ordinal word ----------------------------------------------

def test_a_solar_day_written_as_an_ordinal_word_is_that_day():
    text = "روز سه‌شنبه سوم بهمن ۱۴۰۲ دو زندانی در زندان اراک اعدام شدند."
    assert facts(text, published=date(2024, 1, 25)) == [("executed", 2, "exact", "2024-01-23", "2024-01-23", "event")]


def test_a_compound_ordinal_day_without_a_year():
    text = "بامداد بیست و یکم آذر، سه زندانی بلوچ در زندان مرکزی زاهدان به دار آویخته شدند."
    assert facts(text, published=date(2024, 12, 14)) == [("executed", 3, "exact", "2024-12-11", "2024-12-11", "event")]


# --- names without a number before a plural verb: one person each ------------------------------

place_facts = claim_reader("count", "location", "period_start", "period_end", "kind", published=WED, lang="fa")


def test_names_grouped_by_town_before_one_plural_verb_are_counted_per_town():
    text = ("یکشنبه ۱۵ مهر رحیم نظری در اراک، کاوه مرادی و یاسر کریمی در همدان و نسرین فلاحی در زنجان "
            "به دار آویخته شدند.")
    assert place_facts(text) == [(1, "اراک", "2024-10-06", "2024-10-06", "event"),
                                 (1, "زنجان", "2024-10-06", "2024-10-06", "event"),
                                 (2, "همدان", "2024-10-06", "2024-10-06", "event")]
    assert "count.name" in rules_of(text, 2)


def test_a_description_between_commas_is_no_second_name():
    text = "بامداد امروز جواد رحمانی در دورود و سعید گرگیج، زندانی ۳۱ ساله بلوچ، در زاهدان اعدام شدند."
    assert place_facts(text) == [(1, "دورود", "2024-10-09", "2024-10-09", "event"),
                                 (1, "زاهدان", "2024-10-09", "2024-10-09", "event")]


def test_two_names_executed_earlier_in_a_month_are_one_incident_of_two():
    text = "پیش‌تر سامان یوسفی و کیانوش بهرامی در شهریورماه اعدام شده بودند."
    assert facts(text) == [("executed", 2, "exact", "2024-08-22", "2024-09-21", "event")]


def test_a_group_of_people_not_named_is_no_list_of_names():
    assert facts("شماری از زندانیان و متهمان این پرونده در زندان قزلحصار اعدام شدند.") == []
    assert facts("ماموران امنیتی و نیروهای انتظامی در اطراف زندان مستقر شدند.") == []


def test_an_arabic_figure_joined_to_another_with_its_own_year():
    text = "وأعدمت الكويت سبعة أشخاص في ٢٠٢٢ و١١ في ٢٠٢٣، بحسب المنظمة."
    assert country_facts(text, lang="ar") == [("KW", 7, "exact", "2022-01-01", "2022-12-31"),
                                         ("KW", 11, "exact", "2023-01-01", "2023-12-31")]
    assert "count.ellipsis" in rules_of(text, 11, lang="ar")


# --- Arabic: the third and the fourth of a group, each at its own place ----------------------------

def test_the_third_and_fourth_of_a_group_each_executed_at_a_named_place():
    text = ("وأعلنت الوزارة اليوم إعدام خمسة مدانين بتهريب المخدرات؛ ثلاثة منهم في الدمام، "
            "والرابع في نجران، والخامس في حائل.")
    rows = sorted((c.count, c.location) for c in extract_report(text, WED, "", "ar"))
    assert rows == [(1, "حائل"), (1, "نجران"), (3, "الدمام"), (5, None)]


def test_a_ratio_joined_to_a_comparison_is_no_figure():
    text = ("شمار اعدام‌ها در آذر امسال دست‌کم ۲۱۰ نفر بود؛ نزدیک به دو برابر آذر ۱۴۰۲ با ۱۰۵ اعدام "
            "و نزدیک به چهار برابر آذر ۱۴۰۱ با ۵۵ اعدام.")
    assert 2 not in [f[1] for f in facts(text, published=date(2024, 12, 25))]
    assert 4 not in [f[1] for f in facts(text, published=date(2024, 12, 25))]


# --- a death sentence confirmed on appeal is a death sentence of that day ------------------------

def test_an_arabic_confirmation_told_as_a_noun_is_a_death_sentence():
    text = ("وجاء ذلك بعد تأييد محكمة النقض، يوم الإثنين، أحكام الإعدام الصادرة بحق ستة أشخاص "
            "في قضية اقتحام مركز للشرطة.")
    assert facts(text, lang="ar") == [("sentenced", 6, "exact", "2024-10-07", "2024-10-07", "event")]


def test_an_arabic_confirmation_told_as_a_verb():
    text = "وأيدت محكمة النقض المصرية اليوم الأربعاء أحكام الإعدام الصادرة بحق ثمانية متهمين في قضية تفجير كنيسة."
    assert facts(text, lang="ar") == [("sentenced", 8, "exact", "2024-10-09", "2024-10-09", "event")]


def test_a_persian_confirmation_told_as_a_noun_is_a_death_sentence():
    text = "خانواده‌ها روز دوشنبه از تایید حکم اعدام دو معترض در دیوان عالی کشور خبر دادند."
    assert facts(text) == [("sentenced", 2, "exact", "2024-10-07", "2024-10-07", "event")]


# --- a year written right before another count is that count's ------------------------------------

def test_a_year_right_before_the_next_count_belongs_to_it_not_to_the_one_before():
    text = "عربستان در سال ۲۰۱۸ در مجموع ۱۴۹ نفر و در سال ۲۰۱۹، ۱۸۴ نفر را اعدام کرده بود."
    assert country_facts(text, lang="fa") == [("SA", 149, "exact", "2018-01-01", "2018-12-31"),
                                         ("SA", 184, "exact", "2019-01-01", "2019-12-31")]


def test_a_bullet_among_the_executed_splits_the_statistic_a_few_bullets_up():
    text = ("گزارش سالانه: دست‌کم ۶۱۰ نفر در سال ۲۰۲۳ در ایران اعدام شدند.\n\n"
            "- دست‌کم ۳۰۰ اعدام به اتهام قتل انجام شده است.\n"
            "- ۲۰ نفر با اتهام‌های امنیتی اعدام شدند.\n"
            "- ۲۲ زن در میان اعدام‌شدگان بوده‌اند.")
    assert ("executed", 22, "exact", "2023-01-01", "2023-12-31", "aggregate") in facts(text)


# --- "and a half" -----------------------------------------------------------------------------------

def test_a_span_of_a_year_and_a_half_before_the_report():
    text = "در یک سال و نیم گذشته دست‌کم ۱۲ زندانی در زندان قزلحصار اعدام شده‌اند."
    assert facts(text) == [("executed", 12, "at_least", "2023-04-11", "2024-10-09", "aggregate")]



def test_an_arabic_span_of_three_months_and_a_half():
    text = "وأُعدم ما لا يقل عن ٥٠ شخصاً خلال ثلاثة أشهر ونصف في سجن الناصرية."
    assert facts(text, lang="ar") == [("executed", 50, "at_least", "2024-06-26", "2024-10-09", "aggregate")]


# --- small readings of common sentences -------------------------------------------------------------

def test_a_supreme_court_confirming_one_named_person_s_sentence_is_one_death_sentence():
    text = "دیوان عالی کشور روز دوشنبه حکم اعدام شریفه محمدی، فعال کارگری اهل رشت، را تایید کرد."
    assert facts(text) == [("sentenced", 1, "exact", "2024-10-07", "2024-10-07", "event")]


def test_brothers_and_sisters_are_people():
    text = "دو برادر به نام‌های کامران و مهران شیخه بامداد امروز در زندان ارومیه اعدام شدند."
    assert facts(text) == [("executed", 2, "exact", "2024-10-09", "2024-10-09", "event")]


def test_the_verb_after_a_prison_is_no_part_of_its_name():
    text = "یک زن به اتهام قتل همسرش امروز در زندان مرکزی مشهد قصاص شد."
    assert [c.location for c in extract_report(text, WED, "", "fa")] == ["زندان مرکزی مشهد"]


def test_on_the_day_of_a_date_is_no_rate_per_day():
    text = "این سازمان از اعدام دست‌کم ۲۹ زندانی در روز ۱۶ مرداد خبر داد."
    assert facts(text, published=date(2024, 8, 8)) == [("executed", 29, "at_least", "2024-08-06", "2024-08-06", "event")]
    assert facts("به طور میانگین ۴ زندانی در روز اعدام شده‌اند.") == []


def test_an_arabic_transfer_ahead_of_their_execution_is_imminent():
    text = "وأفادت منظمة حقوقية اليوم بأن السلطات نقلت خمسة معتقلين إلى الحبس الانفرادي تمهيداً لإعدامهم."
    assert [(f[0], f[1]) for f in facts(text, lang="ar")] == [("imminent", 5)]


# --- a clause after a semicolon goes on with the verb before it -------------------------------------

def test_the_parts_after_a_semicolon_take_the_verb_of_the_clause_before():
    text = ("از ابتدای سال ۲۰۲۴ تاکنون دست‌کم ۴۰ زن در ایران اعدام شده‌اند؛ ۲۵ نفر در شش ماه نخست "
            "سال جاری میلادی و ۱۵ نفر دیگر در ماه ژوئیه.")
    assert facts(text, published=date(2024, 8, 5)) == [
        ("executed", 15, "exact", "2024-07-01", "2024-07-31", "aggregate"),
        ("executed", 25, "exact", "2024-01-01", "2024-06-30", "aggregate"),
        ("executed", 40, "at_least", "2024-01-01", "2024-08-05", "aggregate")]


def test_ethnic_groups_among_the_executed_are_people():
    text = ("در ماه گذشته دست‌کم ۹۰ نفر در ایران اعدام شدند. در میان اعدام‌شدگان ماه گذشته ۲۰ بلوچ، "
            "هفت کُرد و دو عرب دیده می‌شوند.")
    assert sorted(f[1] for f in facts(text)) == [2, 7, 20, 90]


def test_a_part_among_the_executed_whose_identity_is_known_with_a_pluperfect_sentence():
    text = ("در ماه گذشته دست‌کم ۳۰ نفر در زندان‌های غرب کشور اعدام شدند.\n\n"
            "از میان اعدام‌شدگانی که هویتشان روشن شده، ۱۸ نفر با اتهام قتل عمد به اعدام محکوم شده بودند.")
    assert ("executed", 18, "exact", "2024-08-22", "2024-09-21", "aggregate") in facts(text)


def test_a_clause_after_a_semicolon_with_a_verb_of_its_own_is_not_carried():
    text = ("دست‌کم یک نوجوان در سال ۲۰۲۳ اعدام شده است؛ پرونده سه زندانی دیگر هنوز در دست بررسی است.")
    assert [f[1] for f in facts(text)] == [1]


def test_an_arabic_numbered_execution_since_the_start_of_the_year_is_a_running_total():
    text = "وهو الإعدام الـ١٠٠ في السعودية منذ مطلع العام، بحسب إحصاء لوكالة الأنباء."
    assert facts(text, lang="ar") == [("executed", 100, "exact", "2024-01-01", "2024-10-09", "aggregate")]
    text = "ليكون حكم الإعدام رقم ٢١٥ الذي ينفذ في المملكة هذا العام."
    assert facts(text, lang="ar") == [("executed", 215, "exact", "2024-01-01", "2024-10-09", "aggregate")]
    assert facts("وهو الإعدام الـ١٥ الذي تنفذه السلطات.", lang="ar") == []


def test_names_after_the_source_and_before_the_day_are_counted():
    text = "به گزارش یک گروه حقوق بشری، کامران رضایی و جواد نوری امروز در زندان مرکزی کرج اعدام شدند."
    assert facts(text) == [("executed", 2, "exact", "2024-10-09", "2024-10-09", "event")]


def test_names_after_another_execution_told_earlier_in_the_sentence():
    text = ("بامداد دوشنبه ۱۶ مهر رامین احمدی در کرمان اعدام شد و روز سه‌شنبه ۱۷ مهر نیز بهزاد کریمی و "
            "سامان رحیمی در یزد به دار آویخته شدند.")
    assert place_facts(text) == [(1, "کرمان", "2024-10-07", "2024-10-07", "event"),
                                 (2, "یزد", "2024-10-08", "2024-10-08", "event")]


# --- imminent wordings, and more sentences of the register ---------------------------------------

def test_a_sentence_to_be_carried_out_tomorrow_is_imminent():
    text = "حکم اعدام چهار زندانی بلوچ در زندان زاهدان قرار است فردا صبح اجرا شود."
    assert facts(text) == [("imminent", 4, "exact", "2024-10-10", "2024-10-10", "event")]
    assert [c.location for c in extract_report(text, WED, "", "fa")] == ["زندان زاهدان"]


def test_on_the_verge_of_execution_is_imminent():
    text = "به گفته منابع مطلع، دست‌کم ۱۲ زندانی در زندان قزلحصار در آستانه اجرای حکم اعدام قرار دارند."
    assert [(f[0], f[1]) for f in facts(text)] == [("imminent", 12)]


def test_an_arabic_day_between_commas_inside_the_trigger():
    text = "وقالت مصادر إن السلطات العراقية نفذت، الثلاثاء، حكم الإعدام بحق ٢١ مداناً في سجن الحوت."
    assert facts(text, lang="ar") == [("executed", 21, "exact", "2024-10-08", "2024-10-08", "event")]


def test_egyptian_and_iraqi_towns_tell_the_country():
    assert country_facts("أصدرت محكمة جنايات الزقازيق اليوم حكماً بإعدام ثلاثة متهمين بقتل شاب.", lang="ar")[0][0] == "EG"
    assert country_facts("نفذت السلطات اليوم حكم الإعدام بحق أربعة مدانين في كربلاء.", lang="ar")[0][0] == "IQ"


def test_an_arabic_total_that_reached_a_number():
    text = "وبلغ عدد أحكام الإعدام المنفذة في المملكة منذ بداية العام ٢٥٠ حكماً."
    assert facts(text, lang="ar") == [("executed", 250, "exact", "2024-01-01", "2024-10-09", "aggregate")]


def test_the_death_sentences_plural_carried_out_on_a_group():
    text = ("أعلنت وزارة الداخلية اليوم الأربعاء تنفيذ أحكام القتل بحق ٣٧ مداناً بجرائم إرهابية. "
            "وأوضح البيان أن من بين المنفذ بحقهم الحكم ٣٢ سعودياً و٥ يمنيين.")
    # (the nationalities split the incident; they are no incidents of their own)
    assert facts(text, lang="ar") == [("executed", 37, "exact", "2024-10-09", "2024-10-09", "event")]


def test_an_arabic_prison_term_for_others_after_the_death_sentences_cancels_nothing():
    text = ("قضت محكمة جنايات أمن الدولة في مصر، الأحد، بإعدام ١٠ متهمين وبالسجن المؤبد لـ٢٠ آخرين "
            "في قضية خلية الجيزة.")
    assert facts(text, lang="ar") == [("sentenced", 10, "exact", "2024-10-06", "2024-10-06", "event")]


def test_a_persian_total_of_a_group_of_the_executed_in_a_month():
    text = "با اعدام این زندانی، شمار زندانیان کرد اعدام‌شده در ماه مهر به ۱۸ نفر رسید."
    assert facts(text, published=date(2024, 10, 22)) == [("executed", 18, "exact", "2024-09-22", "2024-10-21", "aggregate")]


def test_one_of_the_executed_is_a_part_of_the_statistic():
    text = "در ماه گذشته دست‌کم ۴۰ نفر در ایران اعدام شدند.\n\nیکی از اعدام‌شدگان نوجوان بوده است."
    assert ("executed", 1, "exact", "2024-08-22", "2024-09-21", "aggregate") in facts(text)


def test_arabic_nationalities_in_the_singular_accusative_are_people():
    text = ("وأُعدم ما لا يقل عن ٢٠٠ شخص في المملكة خلال عام ٢٠٢٣. وبلغ عدد الأجانب بين المعدومين ٩٠ شخصاً، "
            "بينهم ٢٠ يمنياً و١٨ باكستانياً.")
    assert {20, 18} <= {f[1] for f in facts(text, lang="ar")}


def test_a_part_splits_the_figure_of_its_paragraph_s_period_not_an_older_record():
    text = ("سجلت المنظمة إعدام ٣٠٠ شخص على الأقل في المملكة خلال عام ٢٠٢٤.\n\n"
            "وكان أعلى رقم سابق ٢٠٠ إعدام في ٢٠٢٢.\n\n"
            "وأُعدم ما لا يقل عن ٩٠ شخصاً العام الماضي بتهم المخدرات. "
            "وبلغ عدد الأجانب بين المعدومين ١٥٠ شخصاً، بينهم ٤٠ يمنياً.")
    rows = facts(text, published=date(2025, 1, 5), lang="ar")
    assert ("executed", 150, "exact", "2024-01-01", "2024-12-31", "aggregate") in rows
    assert ("executed", 40, "exact", "2024-01-01", "2024-12-31", "aggregate") in rows


def test_where_a_prisoner_is_held_ends_the_prison_s_name():
    text = ("نسرین قادری، زندانی سیاسی که در بند زنان زندان اوین نگهداری می‌شود، امروز از سوی دادگاه "
            "انقلاب تهران به اعدام محکوم شد.")
    assert [c.location for c in extract_report(text, WED, "", "fa")] == ["زندان اوین"]


def test_arabic_a_total_raised_thereby_to_its_figure():
    # "ارتفع بذلك إلى N عدد من نُفذ بحقهم الحكم منذ مطلع العام": "thereby" between the verb and "إلى"
    rows = claim_reader("event", "count", "period_start", "period_end", lang="ar")
    text = ("وأعدمت السلطات الكويتية اليوم مداناً بالقتل. وبحسب إحصاء لوكالة فرانس برس، ارتفع بذلك إلى 12 عدد من "
            "نُفذت فيهم أحكام الإعدام في البلاد منذ مطلع العام الجاري.")
    assert ("executed", 12, "2024-01-01", "2024-10-09") in rows(text, WED)


def test_arabic_the_record_a_figure_passed_is_a_figure_of_its_year():
    # "متجاوزة الرقم القياسي السابق البالغ N في YEAR": the record is that year's figure
    rows = claim_reader("event", "count", "period_start", "period_end", lang="ar")
    text = "وقالت المنظمة إن الكويت نفذت 40 حكم إعدام خلال عام 2023، متجاوزة الرقم القياسي السابق البالغ 25 في 2017."
    got = rows(text, WED)
    assert ("executed", 25, "2017-01-01", "2017-12-31") in got
    assert ("executed", 40, "2023-01-01", "2023-12-31") in got
