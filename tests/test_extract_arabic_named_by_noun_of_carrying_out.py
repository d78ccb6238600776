"""Arabic: the noun of carrying out with a named object ("أعلنت السلطة القضائية اليوم تنفيذ حكم الإعدام
بحق X") is one person executed when the sentence tells it as done (a verb of announcing or "تم" before
it); an appeal, a fear, a purpose or a plan ("عدم تنفيذ", "تخشى من تنفيذ", "لتنفيذ", "قريباً") is none.
Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="ar")
DAY = date(2024, 1, 23)


def test_announced_execution_of_a_named_man():
    text = "أعلنت السلطة القضائية في إيران صباح اليوم الثلاثاء تنفيذ حكم الإعدام بحق محمد قبادلو."
    assert facts(text, DAY) == [("executed", 1, "2024-01-23", "2024-01-23", "event")]


def test_done_in_the_passive_with_its_day_after():
    text = "وذكرت وكالة ميزان أنه تم تنفيذ حكم الإعدام بحق فرهاد سليمي فجر أمس الاثنين في سجن قزلحصار."
    assert facts(text, DAY) == [("executed", 1, "2024-01-22", "2024-01-22", "event")]


def test_an_appeal_not_to_carry_it_out_is_no_execution():
    text = "وناشدت عائلته السلطات عدم تنفيذ حكم الإعدام بحق محمد قبادلو."
    assert facts(text, DAY) == []


def test_a_fear_of_it_is_no_execution():
    text = "وتخشى عائلة السجين من تنفيذ حكم الإعدام بحق ابنها كامران رضا في أي لحظة."
    assert facts(text, DAY) == []


def test_a_purpose_is_no_execution():
    text = "وأكدت المنظمة أن السلطات تستعد لتنفيذ حكم الإعدام بحق محمد قبادلو."
    assert [row for row in facts(text, DAY) if row[0] == "executed"] == []


def test_a_possibility_is_no_execution():
    text = "وأعلنت المنظمة قلقها من احتمال تنفيذ حكم الإعدام بحق محمد قبادلو قريباً."
    assert [row for row in facts(text, DAY) if row[0] == "executed"] == []
