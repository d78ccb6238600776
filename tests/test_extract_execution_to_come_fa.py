"""Persian reports of an execution about to happen: a verb of execution in the present or future
("حکم ... ظرف یک هفته اجرا می‌شود") tells of no execution carried out, so the warning is dated by the day
the report names, as any news with no execution told (lang/assemble.py any_execution, rule
period.inherited). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="fa")


def test_a_warning_of_an_execution_to_come_takes_the_day_named_after_the_lead():
    text = ("نهادهای حقوق بشری از اینکه به زندانی سیاسی «کاوه رحیمی» گفته‌اند حکم اعدامش به‌زودی اجرا خواهد شد، "
            "ابراز نگرانی کردند.\n\n"
            "روز جمعه ۱۶ شهریور ۱۴۰۳ به خانواده او اطلاع داده شد که حکم ظرف چند روز اجرا می‌شود.")
    assert ("imminent", 1, "2024-09-06", "2024-09-06", "event") in facts(text, date(2024, 9, 8))
