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
