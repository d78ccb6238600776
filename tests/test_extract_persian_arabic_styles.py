"""Persian and Arabic reports in the styles the rights groups and official outlets write in (a
monthly statistic with its rows, a rate beside a figure, a dual noun, a statement dated ahead):
sentences written for these tests, not taken from the labelled sets."""
from datetime import date

from extract import extract_report

PUBLISHED = date(2025, 3, 12)   # 22 Esfand 1403


def facts(text, lang="fa", published=PUBLISHED, title=""):
    return sorted((c.event, c.country, c.count, c.qualifier, str(c.period_start), str(c.period_end), c.kind)
                  for c in extract_report(text, published, title, lang))


def counts(text, lang="fa", published=PUBLISHED):
    return sorted(c.count for c in extract_report(text, published, "", lang))


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
    assert counts(text, "ar") == [150]
    assert counts("وتعدم إيران في المتوسط أربعة أشخاص يومياً، بحسب المنظمة.", "ar") == []
    assert counts("وأشار التقرير إلى أن السلطات أعدمت خمسة سجناء كل يومين خلال الشهر الماضي.", "ar") == []


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
    assert facts(text, "ar", date(2025, 7, 2)) == sorted(
        ("executed", "SA", n, "exact", "2025-01-01", "2025-07-02", "aggregate") for n in (120, 61, 20, 9))


def test_a_colon_before_a_count_of_arrests_makes_no_part():
    text = "در این روز ۵ نفر در زندان قزلحصار اعدام شدند. بازداشت‌شدگان: ۳ نفر."
    assert counts(text) == [5]


# --- Arabic duals and groups joined by "و" ----------------------------------------------------

def test_a_noun_written_only_as_a_dual_is_two_people():
    text = "نفذت وزارة الداخلية اليوم حكم القتل تعزيراً بجانيين سعوديين لتهريبهما الحشيش في منطقة جازان."
    assert facts(text, "ar") == [("executed", "SA", 2, "exact", "2025-03-12", "2025-03-12", "event")]
    text = "نفذت السلطات الإيرانية فجر اليوم حكم الإعدام بحق سجينين في سجن قزل حصار."
    assert counts(text, "ar") == [2]


def test_a_plural_looking_noun_with_a_dual_verb_after_it_is_two_people():
    text = "أعلنت وزارة الداخلية اليوم تنفيذ حكم القتل قصاصاً بحق مقيمَين يحملان الجنسية اليمنية في منطقة عسير."
    assert facts(text, "ar") == [("executed", "SA", 2, "exact", "2025-03-12", "2025-03-12", "event")]


def test_two_men_and_a_woman_are_three():
    assert counts("وأعدم رجلان وامرأة في سجن الرياض العام الأسبوع الماضي.", "ar") == [3]
    assert counts("وأعدمت السلطات أمس ثلاثة باكستانيين ويمنياً بتهمة تهريب الهيروين.", "ar") == [4]


def test_men_and_two_women_among_the_executed_are_parts_of_the_statistic():
    text = "أعدمت السعودية 100 شخص منذ بداية العام، ومن بين الذين أعدموا 98 رجلاً وامرأتين."
    assert counts(text, "ar") == [2, 98, 100]


# --- a split told in the incident's own sentence ------------------------------------------------

def test_nationalities_among_the_executed_of_the_same_sentence_are_no_incident_of_their_own():
    text = "أعدمت السلطات السعودية 12 شخصاً هذا الأسبوع، من بينهم ثلاثة باكستانيين ويمني."
    assert counts(text, "ar") == [12]
    text = ("بامداد امروز حکم اعدام دست‌کم سه زندانی، از جمله یک شهروند افغانستانی، در زندان قزلحصار "
            "کرج اجرا شد.")
    assert counts(text) == [3]


def test_some_of_those_transferred_executed_later_is_news():
    text = ("صبح دیروز دست‌کم ۱۲ زندانی برای اجرای حکم به سلول انفرادی زندان قزلحصار منتقل شدند. "
            "گزارش‌ها از اعدام دست‌کم هشت نفر از آنان حکایت دارد.")
    assert sorted((c.event, c.count) for c in extract_report(text, PUBLISHED, "", "fa")) == \
        [("executed", 8), ("imminent", 12)]
