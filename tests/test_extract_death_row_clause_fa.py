"""Persian reports: a count in a clause joined by "و" (or a comma) after a verb of execution, with
death-row words of its own ("... و دست‌کم ۴۰ نوجوان دیگر در انتظار اجرای حکم‌اند"), is on death row,
not executed by the verb before it (vocab-fa.yaml clause_joiners, rule reject.death_row).
Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "qualifier", "period_start", "period_end", "kind", lang="fa")


def test_the_others_awaiting_execution_are_not_executed():
    text = ("به گفته دیده‌بان حقوق بشر، ایران در سال ۲۰۱۹ دست‌کم چهار نوجوان را اعدام کرده و "
            "دست‌کم ۴۰ نوجوان دیگر در انتظار اجرای حکم اعدام‌اند.")
    assert facts(text, date(2020, 2, 1)) == [("executed", 4, "at_least", "2019-01-01", "2019-12-31", "aggregate")]


def test_two_executed_groups_joined_by_and_are_both_counted():
    text = "در سال ۲۰۱۹ دست‌کم ۱۰ زن اعدام شدند و ۲۰ نفر دیگر نیز به اعدام محکوم شدند."
    assert ("executed", 10, "at_least", "2019-01-01", "2019-12-31", "aggregate") in facts(text, date(2020, 2, 1))
