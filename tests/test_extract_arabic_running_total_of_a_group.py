"""Arabic: "ليرتفع إلى N عدد [group] الذين نُفذ فيهم حكم الإعدام منذ بداية العام" is a running total of
that group from the start of the year, whether the sentence was carried out "فيهم" or "بحقهم". Sentences
written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="ar")


def test_a_group_total_raised_by_todays_hangings():
    text = ("أعدمت السعودية اليوم الأربعاء مواطناً أردنياً أدين بتهريب الأمفيتامين، ليرتفع إلى 64 عدد الأجانب "
            "الذين نُفذ فيهم حكم الإعدام منذ بداية العام الحالي.")
    got = facts(text, date(2025, 5, 14))
    assert ("executed", 64, "2025-01-01", "2025-05-14", "aggregate") in got
    assert ("executed", 1, "2025-05-14", "2025-05-14", "event") in got
