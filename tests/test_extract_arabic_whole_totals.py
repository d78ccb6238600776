"""Arabic totals told as the whole of the executions ("أما إجمالي الإعدامات منذ مطلع العام ... فبلغ
274", "يبلغ مجموع الإعدامات في شهري مارس وأبريل 150", "بعدما تراجع العدد إلى 27 في عام 2020"): a
statistic of its span; and a total tells executions as a verb would, so a part after it ("بينهم 88
سعودياً") is a part of it. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", lang="ar")
DAY = date(2024, 5, 10)


def test_the_whole_of_the_executions_reached():
    text = "أما إجمالي الإعدامات منذ مطلع 2024، للمواطنين والأجانب معاً، فبلغ 150 حتى السبت."
    assert ("executed", 150, "2024-01-01", "2024-05-10") in facts(text, DAY)


def test_the_sum_of_two_months():
    text = "وبذلك يبلغ مجموع الإعدامات في شهري مارس وأبريل 120 على الأقل."
    assert ("executed", 120, "2024-03-01", "2024-04-30") in facts(text, DAY)


def test_the_number_fell_to_a_years_figure():
    text = "ونفذت السلطات 60 حكماً بالإعدام في عام 2023، بعدما تراجع العدد إلى 21 في عام 2022."
    got = facts(text, DAY)
    assert ("executed", 21, "2022-01-01", "2022-12-31") in got


def test_a_part_of_a_total():
    text = "وبلغ إجمالي الإعدامات منذ يناير الماضي 140 حالة، بينهم 60 مواطناً."
    got = facts(text, DAY)
    assert ("executed", 60, "2024-01-01", "2024-05-10") in got
