"""Arabic parts told as "N of those who were executed" ("12 ممن أُعدموا في الشهرين", "12 على الأقل
ممن أعدموا"): a part of the statistic told before (SCHEMA.md: a breakdown of a statistic is a
required claim), over the span of the latest statistic, not of a narrower figure told between, nor
of a year compared with. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "qualifier", "period_start", "period_end", lang="ar")
DAY = date(2024, 5, 10)
HEAD = "قالت منظمة حقوقية إن السلطات المصرية أعدمت ما لا يقل عن 60 رجلاً وامرأة خلال شهري مارس وأبريل 2024.\n\n"


def test_some_of_those_executed_are_a_part_of_the_statistic():
    got = facts(HEAD + "وأضافت أن 12 ممن أُعدموا في الشهرين صدرت بحقهم أحكام في قضايا مرتبطة بالعنف السياسي.", DAY)
    assert ("executed", 12, "exact", "2024-03-01", "2024-04-30") in got


def test_a_hedge_between_the_number_and_of_those():
    got = facts(HEAD + "ووفقاً للمنظمة، فإن 12 على الأقل ممن أعدموا خلال الشهرين أدينوا في قضايا إرهاب.", DAY)
    assert ("executed", 12, "at_least", "2024-03-01", "2024-04-30") in got


def test_the_statistic_not_a_narrower_figure_told_between():
    text = HEAD + ("وأوضحت أن 40 من هذه الإعدامات نُفذت بين الأول والعاشر من مارس 2024. "
                   "وأضافت أن 12 ممن أُعدموا في الشهرين أدينوا في قضايا عنف سياسي.")
    got = facts(text, DAY)
    assert ("executed", 12, "exact", "2024-03-01", "2024-04-30") in got


def test_the_statistic_not_a_year_compared_with():
    text = ("قالت منظمة حقوقية إن السلطات أعدمت ما لا يقل عن 60 شخصاً خلال شهري مارس وأبريل 2024، "
            "وهو ما يقارب ضعف العدد المسجل طوال عام 2023 والبالغ 35 إعداماً.\n\n"
            "وأضافت أن 12 ممن أُعدموا في الشهرين أدينوا في قضايا عنف سياسي.")
    got = facts(text, DAY)
    assert ("executed", 12, "exact", "2024-03-01", "2024-04-30") in got
    assert not [row for row in got if row[1] == 12 and row[3].startswith("2023")]


def test_of_those_who_were_executed_in_two_words():
    # "N من الذين أُعدموا في الشهرين المذكورين": "ممن" written out, a part over the statistic's span
    text = HEAD + "وأوضحت المنظمة أن 14 من الذين أُعدموا في الشهرين المذكورين أدينوا في قضايا عنف سياسي."
    assert ("executed", 14, "exact", "2024-03-01", "2024-04-30") in facts(text, DAY)
