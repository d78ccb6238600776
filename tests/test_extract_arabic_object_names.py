"""Arabic reports: people named without a number as the object of an active verb of execution, one
claim counting one each, on sentences written for these tests ("أعدمت السلطات X وY": two). Not a
noun of many people ("عشرات المدانين"), nor words of the sentence itself ("حكم الإعدام")."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind", lang="ar")
rules = claim_reader("rules", lang="ar")


def test_two_names_after_the_verb_the_country_and_the_date():
    text = ("أعدمت السلطات السعودية يوم الأربعاء ١٢ مارس ٢٠٢٥ المواطنين فهد بن سالم العنزي وماجد بن علي "
            "الشهري، وفق ما أعلنت وزارة الداخلية.")
    assert facts(text, date(2025, 3, 13)) == [("executed", "SA", 2, "2025-03-12", "2025-03-12", "event")]
    assert "count.name" in rules(text, date(2025, 3, 13))[0]


def test_one_name_dated_by_a_month_before_the_verb():
    text = "وفي يوليو أعدمت السلطات السعودية حسن آل زايد، الذي اعتقل عام 2017 بسبب مشاركته في احتجاجات."
    assert facts(text, date(2025, 9, 2)) == [("executed", "SA", 1, "2025-07-01", "2025-07-31", "event")]


def test_one_name_last_week_ends_at_a_word_no_name_is_made_of():
    text = "وفي الأسبوع الماضي أعدمت السلطات الإيرانية مهران رستمي بتهمة التعاون مع جهات معادية."
    assert facts(text, date(2025, 10, 8)) == [("executed", "IR", 1, "2025-09-29", "2025-10-05", "event")]


def test_a_noun_of_many_people_is_no_name():
    assert facts("أعدمت السلطات عشرات المدانين بتهم تتعلق بالمخدرات.", date(2025, 1, 5)) == []


def test_a_verb_that_carries_out_sentences_names_no_one():
    text = "وأكد مصدر أن الحكم نفذ بإشراف لجنة من وزارة العدل، وأن ذوي المدانين تسلموا الجثث."
    assert facts(text, date(2024, 7, 22)) == []


def test_a_present_habit_names_no_one():
    assert facts("ولا تشمل الأرقام الصين التي يعتقد أنها تعدم الآلاف كل عام.", date(2024, 5, 29)) == []


def test_a_verb_in_a_relative_clause_describes_no_one():
    text = "وقالت المنظمة إن الحكومات التي أعدمت أعداداً كبيرة من السجناء تستخدم العقوبة لترهيب المعارضين."
    assert facts(text, date(2024, 5, 29)) == []
