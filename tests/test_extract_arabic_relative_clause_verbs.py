"""Arabic: a verb opened by a relative pronoun ("الذي أُعدم في مايو") after a count's clause has closed
is said of the noun before it, another person: it is not the count's verb, and the date after it is not
the count's date (governing.said_of_another). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="ar")
DAY = date(2024, 11, 30)


def test_parts_of_a_statistic_keep_its_span_not_the_month_of_a_named_man():
    text = ("قالت منظمة حقوقية إن السلطات السعودية أعدمت ما لا يقل عن 290 شخصاً منذ بداية العام الجاري.\n\n"
            "ومن بين المعدومين ثلاث نساء، إضافة إلى المدون خالد الزهراني الذي أُعدم في مايو بعد إدانته بالإرهاب.")
    got = facts(text, DAY)
    assert ("executed", 3, "2024-01-01", "2024-11-30", "aggregate") in got
    assert not [row for row in got if row[1] == 3 and row[2] == "2024-05-01"]


def test_the_named_man_of_the_relative_clause_keeps_his_month():
    text = ("قالت منظمة حقوقية إن السلطات السعودية أعدمت ما لا يقل عن 290 شخصاً منذ بداية العام الجاري.\n\n"
            "ومن بين المعدومين ثلاث نساء، إضافة إلى المدون خالد الزهراني الذي أُعدم في مايو بعد إدانته بالإرهاب.")
    assert ("executed", 1, "2024-05-01", "2024-05-31", "event") in facts(text, DAY)


def test_a_count_right_before_its_own_verb_keeps_it():
    # no clause closed between the count and the verb: the verb is the count's
    text = "وقالت المنظمة إن أربعة سجناء أُعدموا في سجن قزلحصار يوم الأربعاء الماضي."
    got = facts(text, DAY)
    assert [row[1] for row in got] == [4]
