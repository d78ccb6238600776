"""Arabic reports put the verb first: "أُعدم الأسبوع الماضي رجل كوردي وزوجتاه أدينوا بخطف ...". The date
right after the verb is the verb's, not the kidnapping's told after the subject; and a singular subject
with "his two ..." joined to it is three people (count.along_with). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", lang="ar")
MONDAY = date(2016, 3, 14)


def test_a_man_and_his_two_sons_executed_last_week():
    text = "أربيل - أُعدم الأسبوع الماضي رجل وابناه أدينوا بخطف تاجر وقتله في السليمانية عام 2013."
    assert facts(text, MONDAY) == [("executed", "IQ", 3, "2016-03-07", "2016-03-13")]


def test_the_day_after_the_verb_before_a_charge_of_kidnapping():
    text = "أُعدم أمس في سجن الحائر مواطن أدين بخطف طفل وطلب فدية من أسرته."
    assert facts(text, MONDAY) == [("executed", "SA", 1, "2016-03-13", "2016-03-13")]


def test_one_alone_is_still_one():
    text = "أُعدم أمس مواطن أدين بقتل زوجته وابنيه."
    assert facts(text, MONDAY) == [("executed", "SA", 1, "2016-03-13", "2016-03-13")]


def test_a_sentence_carried_out_against_people_counts_them():
    # "حكم الإعدام نُفذ ... بحق N": the people the sentence was carried out on, not executions of a kind
    text = ("أفادت منظمة حقوقية بأن حكم الإعدام نُفذ فجر اليوم الاثنين، 14 مارس/آذار 2016، بحق أربعة سجناء "
            "في سجن قزل حصار بمدينة كرج.")
    assert facts(text, MONDAY) == [("executed", "IR", 4, "2016-03-14", "2016-03-14")]


def test_something_else_carried_out_against_people_is_no_execution():
    text = "ونفذت السلطات الإيرانية حملة اعتقالات بحق 20 شخصاً في مدينة زاهدان بعد الاحتجاجات."
    assert facts(text, MONDAY) == []
