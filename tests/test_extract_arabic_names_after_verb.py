"""Arabic press: a verb before its subject stays singular, so the people named after it are counted by
name ("ثم أُعدم في آذار X وY": two), past a date and its preposition, the manner of death ("حكم الإعدام
شنقاً بحق") and the words that describe them ("المدانين"); a list ends at "عقب", "في", "قبل".
Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind", lang="ar")


def test_a_singular_passive_before_two_names_dated_by_a_month():
    text = "وكانت السلطات الأردنية قد استأنفت العمل بالعقوبة عام 2014، ثم أُعدم في آذار 2016 خالد العموري وسامر الحديدي عقب هجوم دام."
    assert facts(text, date(2018, 5, 6)) == [("executed", "JO", 2, "2016-03-01", "2016-03-31", "event")]


def test_the_manner_and_the_convicted_before_the_names():
    text = "نُفذ فجر اليوم الأحد حكم الإعدام شنقاً بحق المدانين خالد العموري وسامر الحديدي في سجن سواقة."
    assert facts(text, date(2018, 5, 6)) == [("executed", "JO", 2, "2018-05-06", "2018-05-06", "event")]


def test_one_name_after_a_passive_stays_one():
    text = "أُعدم في نيسان 2017 المدان خالد العموري داخل سجن سواقة الأردني."
    assert [f[2] for f in facts(text, date(2018, 5, 6))] == [1]


def test_a_share_after_a_passive_names_no_one():
    text = "نفذت السلطات 90 حكماً بالإعدام منذ مطلع العام. وأُعدم نحو نصفهم بسبب جرائم مخدرات."
    assert not [f for f in facts(text, date(2024, 6, 2)) if f[2] == 1]


def test_a_multiple_after_a_dated_verb_names_no_one():
    text = "وأعدمت السلطات العراقية في 2023 ثلاثة أضعاف العدد المسجل في العام السابق، بحسب منظمة حقوقية."
    assert [f for f in facts(text, date(2024, 2, 1)) if f[2] == 1] == []


def test_people_named_among_those_executed_are_no_verb_s_object():
    """"ومن بين من أُعدموا X وY": "whoever" before the verb tells of those executed, of whom the named are
    some; they make no incident of their own dated by the statistic's year."""
    text = ("وثّقت منظمة حقوقية إعدام 130 شخصاً في الأردن والعراق خلال عام 2016. ومن بين من أُعدموا في ذلك العام "
            "الشقيقان خالد العموري وسامر العموري، اللذان دينا بقتل حارس.")
    assert not [f for f in facts(text, date(2017, 2, 1)) if f[5] == "event"]
    again = "وأفادت المنظمة بأن ممن أُعدموا خلال الشهر خالد العموري وسامر الحديدي."
    assert not [f for f in facts(again, date(2017, 2, 1)) if f[5] == "event"]
