"""Arabic running totals: the make-up listed after a total ("ليرتفع إلى 12 عدد من أُعدموا منذ ...، هم خمسة
باكستانيين وسبعة سوريين") gives each group as a part of it, over the total's span, never one more
group of their sum (SCHEMA.md: a breakdown of a statistic is a claim with its period). Sentences
written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "period_end", "kind", lang="ar")


def test_the_groups_listed_after_a_total_are_its_parts():
    text = ("وأعدمت السلطات اليوم الأحد مواطناً باكستانياً بتهمة تهريب الهيروين، ليرتفع إلى 12 عدد من أُعدموا "
            "بتهم المخدرات منذ الثالث من مارس/آذار الجاري، هم خمسة باكستانيين وسبعة سوريين.")
    got = facts(text, date(2024, 3, 17))
    assert (5, "2024-03-03", "2024-03-17", "aggregate") in got and (7, "2024-03-03", "2024-03-17", "aggregate") in got
    assert [row for row in got if row[0] == 12] == [(12, "2024-03-03", "2024-03-17", "aggregate")]
