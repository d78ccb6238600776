"""Arabic: two tens or two units joined by "و" are two ends of a range ("ما بين عشرين وخمسين معتقلاً",
"ثلاثة أو أربعة"), no compound number: an estimate, no figure (SCHEMA.md); a compound joins a unit and a
ten ("خمسة وعشرين"), after hundreds ("مئة وعشرين"). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", lang="ar")
DAY = date(2017, 2, 7)


def test_between_twenty_and_fifty_is_no_figure():
    text = "وقال التقرير إن مجموعات تضم ما بين عشرين وخمسين سجيناً كانت تُعدم شنقاً في قبو السجن كل أسبوع."
    assert facts(text, DAY) == []


def test_between_thirty_and_forty_people_executed_is_no_figure():
    text = "وأُعدم بين ثلاثين وأربعين شخصاً في سجن صيدنايا خلال شهر واحد، بحسب شهادات معتقلين سابقين."
    assert facts(text, DAY) == []


def test_a_unit_and_a_ten_are_one_number():
    text = "أعدمت السلطات اليوم خمسة وعشرين مداناً في قضايا إرهاب."
    assert facts(text, DAY) == [("executed", 25)]


def test_a_hundred_and_a_ten_are_one_number():
    text = "وأُعدم مئة وعشرون شخصاً في البلاد خلال عام 2016."
    assert facts(text, DAY) == [("executed", 120)]
