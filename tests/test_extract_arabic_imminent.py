"""Arabic reports: an execution told as scheduled or in the future is imminent, never executed, on
sentences written for these tests ("من المقرر تنفيذ حكم الإعدام بحق ...", "ستُعدم"), and "يوم
الأحد المقبل" is the next Sunday after the report."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", lang="ar")


def test_a_scheduled_sentence_on_the_next_weekday():
    text = "وقالت منظمة حقوقية إن من المقرر تنفيذ حكم الإعدام بحق أربعة سجناء يوم الخميس المقبل في سجن الحائر."
    assert facts(text, date(2024, 6, 3)) == [("imminent", 4, "2024-06-06", "2024-06-06")]


def test_the_future_of_the_verb_is_imminent():
    text = "وحذرت المنظمة من أن السلطات ستُعدم ثلاثة شبان من المنطقة الشرقية خلال الأيام المقبلة."
    assert [row[:2] for row in facts(text, date(2024, 6, 3))] == [("imminent", 3)]


def test_a_sentence_to_be_carried_out_is_imminent():
    text = "وأفاد مصدر بأنه سيتم تنفيذ حكم الإعدام بحق مدانَين اثنين فجر الثلاثاء المقبل."
    assert facts(text, date(2024, 6, 3)) == [("imminent", 2, "2024-06-04", "2024-06-04")]


def test_a_group_told_to_face_imminent_execution_is_imminent():
    # "يواجهون خطر الإعدام الوشيك": a known group whose execution is due, not an estimate of people at risk
    text = "وحذرت منظمة حقوقية من أن أربعة عمال مصريين محتجزين في سجن جازان يواجهون خطر الإعدام الوشيك."
    assert [row[:2] for row in facts(text, date(2024, 6, 3))] == [("imminent", 4)]


def test_two_named_young_men_facing_an_imminent_execution():
    text = ("وقالت المنظمة إن الشابين حسن العلي ومهدي الناصر، اللذين اعتُقلا وهما قاصران، يواجهان إعداماً وشيكاً "
            "بعد تأييد الحكم.")
    assert [row[:2] for row in facts(text, date(2024, 6, 3))] == [("imminent", 2)]


def test_people_who_may_face_an_imminent_execution_are_no_claim():
    # "قد يواجهون": a possibility; "على الأقل ... يواجهون خطر الإعدام": an estimate of those at risk
    text = ("وتقول المنظمة إن 150 سجيناً في السجن ذاته قد يواجهون الإعدام الوشيك، وإن 40 شخصاً على الأقل "
            "يواجهون خطر الإعدام في قضايا مخدرات.")
    assert facts(text, date(2024, 6, 3)) == []
