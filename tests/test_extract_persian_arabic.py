"""Persian and Arabic reports: each kind of rule checked on sentences written for these tests
(numbers and digits, each calendar, hedges, the three events, background and denials, the
rejections), the choice of pipeline, and offsets back into the text as written."""
from datetime import date

import pytest

from extract import default_extractor, extract_report
from extract.jsonl import run_jsonl
from extract.lang.choose import pipeline_language
from extract.lang.normal import fold
from extract.rules import documented

from claim_rows import claim_reader

WED = date(2024, 10, 9)   # a Wednesday; 18 Mehr 1403, 6 Rabi al-Thani 1446


facts = claim_reader("event", "count", "qualifier", "period_start", "period_end", "kind", published=WED,
                     lang="fa")


def one(text, published=WED, lang="fa"):
    claims = extract_report(text, published, "", lang)
    assert len(claims) == 1, claims
    return claims[0]


# --- which pipeline -------------------------------------------------------------------------

def test_the_script_overrules_a_source_language_that_does_not_fit():
    persian = "گزارش‌ها حاکی است که چند زندانی در این شهر به دار آویخته شدند و خانواده‌ها نگران هستند."
    arabic = "قالت الوزارة إن السلطات نفذت الحكم في السجن المركزي صباح اليوم بحق المدانين في القضية."
    assert pipeline_language("en", persian) == "fa"
    assert pipeline_language("en", arabic) == "ar"
    assert pipeline_language(None, arabic) == "ar"
    assert pipeline_language("fa", "Two men were hanged in Shiraz prison on Monday, the group said.") == "en"
    # Persian and Arabic share a script: a source that says which is trusted
    assert pipeline_language("ar", persian) == "ar"
    assert pipeline_language("fa-IR", persian) == "fa"


def test_an_english_report_reads_as_before_with_or_without_a_language():
    text = "Two men were hanged in Qom Prison on Monday."
    assert facts(text, lang="en") == facts(text, lang=None) == [("executed", 2, "exact", "2024-10-07", "2024-10-07", "event")]


# --- spelling, digits, numbers --------------------------------------------------------------

def test_folding_keeps_a_way_back_to_the_text_as_written():
    written = "مُدانًا في سجنٍ كبير"
    folded = fold(written)
    assert folded.text == "مدانا فی سجن کبیر"
    start = folded.text.index("سجن")
    a, b = folded.span(start, start + 3)
    assert written[a:b] == "سجن"


def test_folding_a_text_with_nothing_to_drop_keeps_every_offset():
    written = "اعدام ۱۲ زندانی در زندان قزلحصار، ٣ نفر"
    folded = fold(written)
    assert folded.text == "اعدام 12 زندانی در زندان قزلحصار، 3 نفر"
    assert folded.origin == tuple(range(len(written) + 1))
    dropped = fold("اعدامـ‍۱۲")   # a tatweel and a zero-width joiner go, and their offsets with them
    assert dropped.text == "اعدام12" and dropped.origin == (0, 1, 2, 3, 4, 7, 8, 9)


def test_evidence_is_quoted_from_the_original_text():
    text = "گزارش تازه:\n\nدست‌کم سه زندانیِ بلوچ بامداد امروز در زندان زاهدان به دار آویخته شدند."
    claim = one(text)
    assert claim.evidence == text[claim.start_char:claim.end_char].strip()
    assert "زندانیِ" in claim.evidence


@pytest.mark.parametrize("text,count", [
    ("۱۲ نفر بامداد امروز در زندان اصفهان اعدام شدند.", 12),
    ("12 نفر بامداد امروز در زندان اصفهان اعدام شدند.", 12),
    ("١٢ نفر بامداد امروز در زندان اصفهان اعدام شدند.", 12),
    ("بیست و سه زندانی بامداد امروز در زندان اصفهان اعدام شدند.", 23),
    ("یکصد و پنج زندانی از ابتدای سال جاری در زندان اصفهان اعدام شده‌اند.", 105),
    ("دو هزار و سیصد زندانی از ابتدای سال جاری در ایران اعدام شده‌اند.", 2300),
])
def test_persian_counts_in_any_digits_and_in_words(text, count):
    assert one(text).count == count


@pytest.mark.parametrize("text,count", [
    ("أعدمت السلطات صباح اليوم ٣٧ مداناً في سجن الحائر.", 37),
    ("أعدمت السلطات صباح اليوم خمسة أشخاص في سجن الحائر.", 5),
    ("أعدمت السلطات صباح اليوم واحداً وعشرين مداناً في سجن الحائر.", 21),
    ("أعدمت السلطات صباح اليوم ثلاثة عشر شخصاً في سجن الحائر.", 13),
])
def test_arabic_counts_in_digits_and_in_words(text, count):
    assert one(text, lang="ar").count == count


# --- hedges ---------------------------------------------------------------------------------

@pytest.mark.parametrize("hedge,qualifier", [
    ("دست کم", "at_least"), ("دست‌کم", "at_least"), ("بیش از", "more_than"), ("حدود", "about"), ("", "exact"),
])
def test_persian_hedges(hedge, qualifier):
    assert one(f"{hedge} ۴۰ زندانی از ابتدای سال جاری در ایران اعدام شده‌اند.").qualifier == qualifier


@pytest.mark.parametrize("text,qualifier", [
    ("أعدمت السلطات ما لا يقل عن ٤٠ شخصاً منذ بداية العام.", "at_least"),
    ("أعدمت السلطات أكثر من ٤٠ شخصاً منذ بداية العام.", "more_than"),
    ("أعدمت السلطات ٤٠ شخصاً على الأقل منذ بداية العام.", "at_least"),
])
def test_arabic_hedges(text, qualifier):
    assert one(text, lang="ar").qualifier == qualifier


# --- calendars and relative dates -----------------------------------------------------------

def test_a_solar_hijri_date_with_its_year():
    c = one("سه زندانی روز پنجشنبه ۱۲ مهر ۱۴۰۳ در زندان قم اعدام شدند.")
    assert (c.period_start, c.period_end, c.kind) == (date(2024, 10, 3), date(2024, 10, 3), "event")


def test_an_afghan_month_name_is_the_same_solar_month():
    c = one("دو مرد روز ۱۵ حمل ۱۴۰۲ در ملأعام در ولایت غور اعدام شدند.", published=date(2023, 4, 6))
    assert c.period_start == date(2023, 4, 4)


def test_a_day_without_its_year_is_the_nearest_one_and_a_month_is_a_statistic():
    assert one("چهار زندانی روز ۱۶ مهر در زندان کرج اعدام شدند.").period_start == date(2024, 10, 7)
    c = one("دست‌کم ۶۰ نفر در شهریور در ایران اعدام شدند.")
    assert (c.period_start, c.period_end, c.kind) == (date(2024, 8, 22), date(2024, 9, 21), "aggregate")


def test_relative_days_weekdays_and_last_week():
    assert one("دو زندانی بامداد امروز در زندان قم اعدام شدند.").period_start == WED
    assert one("دو زندانی روز گذشته در زندان قم اعدام شدند.").period_start == date(2024, 10, 8)
    assert one("دو زندانی روز دوشنبه در زندان قم اعدام شدند.").period_start == date(2024, 10, 7)
    c = one("دوشنبه هفته گذشته یک زندانی در زندان قم اعدام شد.")
    assert c.period_start == date(2024, 9, 30)


def test_since_the_start_of_the_current_year_is_since_nowruz():
    c = one("از ابتدای سال جاری دست‌کم ۵۰۰ نفر در ایران اعدام شده‌اند.")
    assert (c.period_start, c.period_end, c.kind) == (date(2024, 3, 20), WED, "aggregate")
    c = one("از ابتدای سال ۲۰۲۴ میلادی تاکنون دست‌کم ۵۰۰ نفر در ایران اعدام شده‌اند.")
    assert c.period_start == date(2024, 1, 1)


def test_a_hijri_date_beside_or_instead_of_the_gregorian_one():
    text = "نفذت وزارة الداخلية حكم القتل تعزيراً بمواطن يوم الأحد ١٧ ربيع الآخر ١٤٤٦هـ في منطقة الرياض."
    assert one(text, published=date(2024, 10, 21), lang="ar").period_start == date(2024, 10, 20)
    text = "أعدمت السلطات ثلاثة مدانين في الأول من رمضان ١٤٤٥هـ، الموافق ١١ مارس ٢٠٢٤م، في سجن بغداد."
    assert one(text, published=date(2024, 3, 12), lang="ar").period_start == date(2024, 3, 11)


def test_arabic_gregorian_month_names_in_both_traditions():
    for month in ("تشرين الأول", "أكتوبر", "تشرين الأول/أكتوبر"):
        c = one(f"أعدمت السلطات العراقية ١٢ مداناً في ٧ {month} ٢٠٢٤ في سجن الناصرية.", lang="ar")
        assert (c.period_start, c.country) == (date(2024, 10, 7), "IQ"), month


# --- events ---------------------------------------------------------------------------------

def test_a_singular_verb_is_one_person_and_a_plural_without_number_is_none():
    c = one("کاوه رحیمی، زندانی سیاسی، بامداد امروز در زندان مرکزی تبریز اعدام شد.")
    assert (c.event, c.count, c.location) == ("executed", 1, "زندان مرکزی تبریز")
    assert "count.verb_singular" in c.rules
    assert facts("خانواده‌های چند زندانی گفتند عزیزانشان بامداد امروز اعدام شدند.") == []


def test_death_sentences_and_transfers_to_solitary_confinement():
    c = one("دادگاه انقلاب اهواز روز سه‌شنبه دو جوان عرب را به اعدام محکوم کرد.")
    assert (c.event, c.count, c.period_start) == ("sentenced", 2, date(2024, 10, 8))
    c = one("سه زندانی محکوم به اعدام روز گذشته برای اجرای حکم به سلول انفرادی منتقل شدند.")
    assert (c.event, c.count) == ("imminent", 3)
    c = one("قضت محكمة الجنايات اليوم بإعدام ١١ متهماً في قضية الهجوم على قسم الشرطة.", lang="ar")
    assert (c.event, c.count, c.period_start) == ("sentenced", 11, WED)


def test_an_execution_told_in_the_future_is_imminent():
    c = one("به گفته خانواده، علی نادری ممکن است روز شنبه ۲۱ مهر اعدام شود.")
    assert (c.event, c.period_start) == ("imminent", date(2024, 10, 12))


def test_the_lead_up_told_in_the_pluperfect_is_background():
    text = ("رضا کریمی بامداد امروز در زندان مرکزی شیراز اعدام شد. او سال گذشته به اتهام قتل عمد "
            "به قصاص نفس محکوم شده بود.")
    claims, rejected = default_extractor().explain(text, WED, "", "fa")
    assert [(c.event, c.count, c.offences) for c in claims] == [("executed", 1, ("murder",))]
    assert [r.rule for r in rejected] == ["reject.background"]


def test_a_denied_execution_makes_no_claim():
    assert facts("دادستانی خبر اعدام دو زندانی در زندان اوین را تکذیب کرد.") == []
    assert facts("نفت الوزارة إعدام ثلاثة سجناء في سجن الحائر.", lang="ar") == []


@pytest.mark.parametrize("text,rule", [
    ("ماموران امنیتی روز گذشته پنج نفر را در سنندج بازداشت کردند و آنان را به اعدام تهدید کردند.", "reject.no_event"),
    ("هم‌اکنون ۳۰ زندانی محکوم به اعدام در این زندان نگهداری می‌شوند.", "reject.death_row"),
    ("۴۰ درصد اعدام‌شدگان سال گذشته زندانیان بلوچ بودند.", None),
])
def test_counts_of_something_else_are_rejected(text, rule):
    claims, rejected = default_extractor().explain(text, WED, "", "fa")
    assert claims == []
    if rule:
        assert rule in [r.rule for r in rejected]


def test_a_count_of_arrests_beside_an_execution_is_not_one():
    claims, rejected = default_extractor().explain(
        "دو زندانی بامداد امروز در زندان سنندج اعدام شدند و ماموران ۱۲ نفر از بستگانشان را بازداشت کردند.", WED, "", "fa")
    assert [(c.event, c.count) for c in claims] == [("executed", 2)]
    assert [r.rule for r in rejected] == ["reject.other_action"]


def test_a_participle_is_no_verb_and_counts_no_one():
    assert facts("ماموران پنج نفر از بستگان زندانیان اعدام شده را بازداشت کردند.") == []
    assert facts("خانواده زندانی اعدام‌شده خواستار تحویل پیکر او شدند.") == []


def test_charges_map_to_the_offence_labels():
    assert one("دو مرد به اتهام محاربه و بغی بامداد امروز در زندان قزلحصار اعدام شدند.").offences == ("political",)
    assert one("سه زندانی به اتهام قاچاق مواد مخدر بامداد امروز در زندان قزلحصار اعدام شدند.").offences == ("drug",)
    assert one("نفذت السلطات حكم القتل بحق ثلاثة مدانين بتهريب المخدرات في منطقة تبوك.", lang="ar").offences == ("drug",)


def test_the_country_of_an_arabic_report_is_the_one_it_names_not_a_nationality():
    c = one("أعدمت السلطات المصرية صباح اليوم سبعة مدانين في سجن برج العرب.", lang="ar")
    assert c.country == "EG"
    c = one("نفذت وزارة الداخلية حكم القتل بمقيم يمني الجنسية في الرياض صباح اليوم.", lang="ar")
    assert (c.country, c.count) == ("SA", 1)


def test_every_rule_id_is_documented():
    texts = [("دست‌کم ۸۳ اعدام در فروردین ثبت شد. شش زندانی سیاسی در میان اعدام‌شدگان بوده‌اند.", "fa"),
             ("رضا کریمی بامداد امروز در زندان شیراز اعدام شد. او پیش‌تر به اعدام محکوم شده بود.", "fa"),
             ("نفذت الداخلية حكم القتل تعزيراً بمواطنين أُدينا بالإرهاب. وارتفع عدد الإعدامات منذ بداية العام إلى ٢٠٠.", "ar")]
    for text, lang in texts:
        claims, rejected = default_extractor().explain(text, WED, "", lang)
        assert claims
        for rule in [r for c in claims for r in c.rules] + [r.rule for r in rejected]:
            assert documented(rule), rule


def test_reports_in_several_languages_keep_their_order():
    reports = [("Three men were hanged in Qom Prison on Monday.", WED, "", "en"),
               ("سه مرد بامداد امروز در زندان قم اعدام شدند.", WED, "", "fa"),
               ("أعدمت السلطات ثلاثة مدانين صباح اليوم في سجن الحائر.", WED, "", "ar"),
               ("Two men were hanged in Qom Prison on Monday.", WED, "")]
    got = [[(c.count, c.period_start) for c in claims] for claims in default_extractor().extract_many(iter(reports))]
    assert got == [[(3, date(2024, 10, 7))], [(3, WED)], [(3, WED)], [(2, date(2024, 10, 7))]]


def test_a_jsonl_record_is_read_in_its_language():
    import json
    line = json.dumps({"id": "x", "published": "2024-10-09", "lang": "fa", "title": "",
                       "text": "سه مرد بامداد امروز در زندان قم اعدام شدند."}, ensure_ascii=False)
    row = json.loads(next(run_jsonl([line])))
    assert [(c["count"], c["period_start"]) for c in row["claims"]] == [(3, "2024-10-09")]
    bad = json.dumps({"id": "y", "published": "2024-10-09", "lang": 7, "text": ""})
    assert json.loads(next(run_jsonl([bad])))["error"].startswith("line 1: lang: 7 is not a language code (accepted: en, fa, ar")


def test_a_season_of_the_solar_year_dates_the_sentence_told_just_before():
    text = ("به گزارش یک نهاد حقوق بشری، دو فعال کارگری در سقز حکم اعدام گرفته‌اند. "
            "این دو نفر پاییز سال گذشته در دادگاه انقلاب محاکمه شدند.")
    c = one(text)
    assert (c.event, c.count, c.period_start, c.period_end) == ("sentenced", 2, date(2023, 9, 23), date(2023, 12, 21))


def test_past_a_number_is_more_than_it():
    c = one("شمار اعدام‌ها در شهریور از ۱۲۰ نفر گذشته است.")
    assert (c.count, c.qualifier) == (120, "more_than")


def test_a_sentence_sought_a_penalty_other_than_death_and_a_fear_make_no_claim():
    assert facts("دادستان خواستار صدور حکم اعدام برای هشت متهم این پرونده شد.") == []
    assert facts("به گفته وکیل، حکم پنج سال حبس او بامداد امروز اجرا شد.") == []
    assert facts("فعالان مدنی نسبت به نگرانی از اعدام سه زندانی بلوچ هشدار دادند.") == []
    assert facts("نفذت السلطات حملة مداهمات بحق ٢٠ شخصاً في المنطقة الشرقية.", lang="ar") == []


def test_a_list_after_among_the_executed_splits_the_month_just_told():
    text = ("دست‌کم ۷۰ نفر در ماه مه در ایران اعدام شدند.\n\n"
            "در میان اعدام‌شدگان این ماه چهار زن، ۱۲ زندانی بلوچ و دو تبعه افغانستان دیده می‌شوند.")
    got = facts(text, published=date(2024, 6, 3))
    assert got == sorted([("executed", n, q, "2024-05-01", "2024-05-31", "aggregate")
                          for n, q in ((70, "at_least"), (4, "exact"), (12, "exact"), (2, "exact"))])


def test_people_at_risk_are_no_claim_but_a_transfer_for_execution_is():
    assert facts("به گفته فعالان، بیش از ۲۰۰ زندانی در زندان قزلحصار در خطر اعدام هستند.") == []
    c = one("امروز چهار زندانی در زندان مرکزی ارومیه برای اجرای حکم به سلول انفرادی برده شدند.")
    assert (c.event, c.count, c.period_start) == ("imminent", 4, WED)


def test_a_prison_named_inside_a_trigger_is_a_place_not_a_prison_term():
    c = one("حکم اعدام یک زندانی کرد به نام سامان نوری در زندان مرکزی ارومیه اجرا شد.")
    assert (c.event, c.count, c.location) == ("executed", 1, "زندان مرکزی ارومیه")


def test_a_figure_since_the_start_of_the_year_is_a_statistic_even_in_its_first_days():
    c = one("ونفذت المملكة منذ مطلع العام الجاري ١٥ حكماً بالإعدام.", published=date(2025, 1, 7), lang="ar")
    assert (c.count, c.period_start, c.period_end, c.kind) == (15, date(2025, 1, 1), date(2025, 1, 7), "aggregate")


def test_bracketed_figures_of_places_split_the_statistic_before_them():
    text = ("دست‌کم ۱۵۰ نفر در ماه مه در ایران اعدام شدند.\n\n"
            "بیشترین اعدام‌ها در استان‌های فارس (۲۲)، کرمان (۱۸) و لرستان (۹) ثبت شده است.")
    claims = extract_report(text, date(2024, 6, 3), "", "fa")
    rows = sorted((c.location, c.count, str(c.period_start), c.kind) for c in claims if c.count < 150)
    assert rows == [("فارس", 22, "2024-05-01", "aggregate"), ("لرستان", 9, "2024-05-01", "aggregate"),
                    ("کرمان", 18, "2024-05-01", "aggregate")]
    assert all("table.inline_row" in c.rules for c in claims if c.count < 150)


def test_the_object_of_an_active_verb_counts_one_person_unless_it_is_several():
    c = one("دادگاه انقلاب سنندج روز دوشنبه کاوه نادری، فعال مدنی، را به اتهام بغی به اعدام محکوم کرد.")
    assert (c.event, c.count, c.offences) == ("sentenced", 1, ("political",))
    assert facts("دادگاه انقلاب سنندج روز دوشنبه آنان را به اعدام محکوم کرد.") == []
    assert facts("دادگاه انقلاب سنندج روز دوشنبه چند نفر را به اعدام محکوم کرد.") == []


def test_arabic_one_and_two_follow_their_noun():
    c = one("أعلنت وزارة الداخلية اليوم إعدام مواطنين اثنين في منطقة القصيم بعد إدانتهما بالقتل.", lang="ar")
    assert (c.count, c.location, c.offences) == (2, "منطقة القصيم", ("murder",))


def test_an_undated_statistic_is_refused_not_dated_to_the_report_day():
    # a running total or a figure "over this span" tells no span of its own here: the report's
    # day would turn it into a one-day incident of many people
    total = "با اعدام این زندانی، شمار بازداشت‌شدگان اعتراضات که تاکنون اعدام شده‌اند به دوازده نفر رسیده است."
    assert not [f for f in facts(total) if f[1] == 12]
    span = "گزارش این گروه می‌گوید در این بازه دست‌کم ۴۰ زندانی عرب در زندان‌های خوزستان اعدام شده‌اند."
    assert facts(span) == []
    arabic = "وبلغ عدد الذين أعدموا في السجون العراقية ٣٠ شخصاً، بحسب منظمة حقوقية."
    assert facts(arabic, lang="ar") == []
    # a dated incident with the same words stays
    dated = "روز دوشنبه ۱۶ مهر ۱۴۰۳، شمار زیادی از خانواده‌ها مقابل زندان جمع شدند و سه زندانی در زندان قزلحصار اعدام شدند."
    assert [f[1] for f in facts(dated)] == [3]


def test_the_first_months_of_a_year_and_a_bracketed_gloss_of_them():
    # the first N months of a year are January to month N, whatever a bracket after them restates
    text = "در پنج ماه نخست سال ۲۰۲۴ میلادی (ژانویه تا پایان مه) دست‌کم ۲۰۰ نفر در ایران اعدام شدند."
    assert facts(text, date(2024, 6, 10)) == [("executed", 200, "at_least", "2024-01-01", "2024-05-31", "aggregate")]
    solar = "در سه ماه نخست سال جاری دست‌کم ۹۰ نفر در ایران اعدام شدند."
    assert facts(solar, date(2024, 7, 1)) == [("executed", 90, "at_least", "2024-03-20", "2024-06-20", "aggregate")]
    month = "در ماه مارس ۲۰۲۴ (۱۱ اسفند تا ۱۱ فروردین) دست‌کم ۴۰ نفر در ایران اعدام شدند."
    assert facts(month, date(2024, 4, 5)) == [("executed", 40, "at_least", "2024-03-01", "2024-03-31", "aggregate")]


def test_a_nationality_is_not_the_country_of_the_report():
    text = ("حکم اعدام چهار زندانی روز دوشنبه در زندان مرکزی شیراز اجرا شد. "
            "یکی از آنان تبعه افغانستان بود.")
    assert {c.country for c in extract_report(text, WED, "", "fa")} == {"IR"}
    arabic = "نفذت السلطات صباح اليوم حكم الإعدام شنقاً بحق ثلاثة مدانين، أحدهم يحمل الجنسية العراقية."
    assert {c.country for c in extract_report(arabic, WED, "", "ar")} == {"SA"}


def test_an_arabic_town_tells_the_country_of_the_report():
    text = "نُفذ صباح اليوم حكم الإعدام بحق ثلاثة مدانين في سجن بمدينة الإسكندرية، بحسب مصدر أمني."
    assert [(c.country, c.count) for c in extract_report(text, WED, "", "ar")] == [("EG", 3)]
    iraq = "أعدمت السلطات اليوم أربعة مدانين في سجن الحوت بمدينة الناصرية بعد إدانتهم بالإرهاب."
    assert [(c.country, c.count) for c in extract_report(iraq, WED, "", "ar")] == [("IQ", 4)]


def test_a_comma_between_a_year_and_a_figure_closes_no_clause():
    text = "این نهاد اعلام کرد که در سال ۲۰۲۲، ۵۸۲ نفر در ایران اعدام شده‌اند."
    assert facts(text) == [("executed", 582, "exact", "2022-01-01", "2022-12-31", "aggregate")]


def test_two_counts_joined_by_and_under_one_verb_are_one_group():
    text = "دو مرد و یک زن عرب روز دوشنبه در زندان سپیدار اهواز اعدام شدند."
    assert [(c.count, c.kind) for c in extract_report(text, WED, "", "fa")] == [(3, "event")]
    # the parts of a breakdown stay parts
    parts = ("دست‌کم ۶۰ نفر در ماه سپتامبر ۲۰۲۴ در ایران اعدام شدند.\n\n"
             "در میان اعدام‌شدگان دو زن و سه تبعه افغانستان دیده می‌شوند.")
    assert sorted(c.count for c in extract_report(parts, WED, "", "fa")) == [2, 3, 60]


def test_a_country_opening_the_sentence_owns_its_figures_and_a_change_ends_in_its_own_year():
    text = ("سازمان عفو بین‌الملل گزارش سالانه خود را درباره ایران منتشر کرد.\n\n"
            "چین شمار اعدام‌ها را از ۵۰ نفر در سال ۲۰۲۲ به ۸۰ نفر در سال ۲۰۲۳ رساند.")
    claims = [c for c in extract_report(text, WED, "", "fa") if c.count == 80]
    assert [(c.country, str(c.period_start)) for c in claims] == [("CN", "2023-01-01")]
    arabic = "ورفعت مصر عدد الإعدامات إلى ٣٠ إعداماً في عام ٢٠٢٢، بحسب المنظمة."
    assert {c.country for c in extract_report(arabic, WED, "", "ar")} == {"EG"}


def test_between_one_date_and_another_is_a_span():
    arabic = "ووثقت المنظمة ما لا يقل عن ٤٠٠ إعدام نُفذت بين ١ آذار/مارس ٢٠٢٢ و٣٠ أيلول/سبتمبر ٢٠٢٣."
    assert facts(arabic, lang="ar") == [("executed", 400, "at_least", "2022-03-01", "2023-09-30", "aggregate")]


def test_an_undated_figure_told_so_far_or_in_an_annual_report_is_refused():
    so_far = "دستگاه قضایی تاکنون برای دست‌کم ۱۴ بازداشت‌شده دیگر حکم اعدام صادر کرده است."
    assert facts(so_far) == []
    headline = "گزارش سالانه یک گروه حقوق بشری: اعدام دست‌کم ۱۲۰ زندانی بلوچ"
    assert facts("", title=headline) == []
    rate = "به طور میانگین هر شش ساعت یک اعدام در زندان‌های ایران ثبت شده است."
    assert facts(rate) == []


def test_a_part_of_an_incident_dated_to_an_earlier_year_is_no_claim_of_that_year():
    text = ("نُفذ صباح اليوم الأربعاء حكم الإعدام بحق ستة مدانين في سجن بغداد المركزي، "
            "ثلاثة منهم أدينوا في هجوم على مركز للشرطة عام ٢٠١٨.")
    assert [(c.count, c.kind) for c in extract_report(text, WED, "", "ar")] == [(6, "event")]


def test_a_bare_sentence_carried_out_after_an_execution_is_told_again():
    text = ("روز دوشنبه ۱۶ مهر کیوان رستمی در زندان مرکزی ارومیه به دار آویخته شد. "
            "دادگاه انقلاب ارومیه او را به اتهام «بغی» به اعدام محکوم کرد و سه ماه بعد حکم اجرا شد.")
    assert [(c.event, c.count) for c in extract_report(text, WED, "", "fa") if c.event == "executed"] == [("executed", 1)]


def test_a_pluperfect_sentence_is_background_when_only_the_headline_tells_the_execution():
    title = "فعال سیاسی بلوچ در زندان زاهدان اعدام شد"
    text = ("به گزارش یک گروه حقوق بشری، حکم این زندانی که سال‌ها در بازداشت بود و بارها به انفرادی منتقل شده بود، امروز صبح اجرا شد. "
            "دادگاه انقلاب زاهدان در سال ۱۳۹۸ او را به اتهام «بغی» به اعدام محکوم کرده بود.")
    assert not [c for c in extract_report(text, WED, title, "fa") if c.event == "sentenced"]


def test_this_week_runs_from_monday_to_the_report_day():
    text = "نفذت السلطات هذا الأسبوع حكم الإعدام بحق ثمانية مدانين، بحسب ما أفادت مصادر أمنية اليوم الأربعاء."
    assert facts(text, lang="ar") == [("executed", 8, "exact", "2024-10-07", "2024-10-09", "event")]


def test_an_arabic_verbal_noun_after_a_word_of_preparation_is_no_execution():
    text = "نُقل سبعة سجناء اليوم إلى سجن المدينة المركزي، في خطوة تسبق عادة تنفيذ أحكام الإعدام."
    assert [f for f in facts(text, lang="ar") if f[0] == "executed"] == []


def test_death_row_after_another_clause_s_execution_verb_is_no_claim():
    text = ("وأُعدم ١٢ شخصاً في سجن الحوت يوم الأحد، فيما يوجد في السجن نفسه ٣٠٠ محكومين بالإعدام "
            "ينتظرون المصادقة على أحكامهم.")
    assert [f[1] for f in facts(text, lang="ar")] == [12]


def test_since_an_event_of_a_year_runs_from_that_year_to_the_report():
    text = "وأُعدم أكثر من ٤٠٠ شخص في العراق منذ رفع الحظر عن العقوبة في عام ٢٠١٠، بحسب المنظمة."
    assert facts(text, lang="ar") == [("executed", 400, "more_than", "2010-01-01", "2024-10-09", "aggregate")]


def test_a_lead_told_for_the_week_and_a_body_told_for_its_day_are_one_incident():
    text = ("أعدمت السلطات ما لا يقل عن تسعة أشخاص هذا الأسبوع، بحسب مصادر أمنية.\n\n"
            "وقال مصدر طبي إن جثث تسعة مدانين أُعدموا في سجن الحوت يوم الإثنين نُقلت إلى ذويهم.")
    assert facts(text, lang="ar") == [("executed", 9, "at_least", "2024-10-07", "2024-10-07", "event")]


def test_last_year_in_a_report_that_counts_gregorian_years_is_gregorian():
    text = ("عربستان سعودی در سال ۲۰۲۳ دست‌کم ۱۷۰ نفر را اعدام کرد. "
            "سال گذشته دست‌کم ۳۰۰ نفر در عربستان اعدام شدند.")
    rows = [(c.count, str(c.period_start), str(c.period_end)) for c in extract_report(text, date(2025, 2, 1), "", "fa")]
    assert (300, "2024-01-01", "2024-12-31") in rows
    # a report that counts in Solar years keeps the Solar year
    solar = "در سال ۱۴۰۱ دست‌کم ۸۰۰ نفر در ایران اعدام شدند. سال گذشته دست‌کم ۹۰۰ نفر اعدام شدند."
    rows = [(c.count, str(c.period_start)) for c in extract_report(solar, date(2025, 2, 1), "", "fa")]
    assert (900, "2023-03-21") in rows


def test_the_singular_verb_of_one_already_counted_adds_no_second_person():
    text = "در سال ۲۰۲۳ سه نفر در ملأعام اعدام شدند و دست‌کم یک نفر که هنگام جرم نوجوان بود نیز اعدام شده است."
    assert sorted(f[1] for f in facts(text)) == [1, 3]
