"""Arabic reports: a wire story gives the day in its first paragraph ("أمس الثلاثاء") and the details
after it (who, where, for what) with no day of their own; those share the lead's day, not the
report's (period.lead_day). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", lang="ar")
rules = claim_reader("count", "rules", lang="ar")
DAY = date(2019, 4, 24)   # a Wednesday


TEXT = ("نفذت السلطات السعودية، أمس الثلاثاء، أحكام الإعدام بحق ستة مدانين في الرياض والقصيم.\n\n"
        "وأوضحت وزارة الداخلية في بيانها أن أربعة من المدانين أعدموا في الرياض بعد إدانتهم بتهريب المخدرات.\n\n"
        "وفي منطقة القصيم نُفذ حكم القتل قصاصاً بمواطن أدين بقتل ابن عمه.")


def test_the_details_share_the_lead_day():
    got = facts(TEXT, DAY)
    assert ("executed", "SA", 6, "2019-04-23", "2019-04-23") in got
    assert all(row[3] == "2019-04-23" for row in got)


def test_the_rule_is_named():
    assert any("period.lead_day" in ids for _, ids in rules(TEXT, DAY))


def test_a_later_paragraph_with_its_own_day_keeps_it():
    text = ("نفذت السلطات السعودية، أمس الثلاثاء، حكم القتل بحق مدانين اثنين في جازان.\n\n"
            "وكانت قد أعدمت يوم الأحد الماضي ثلاثة مدانين في تبوك.")
    assert ("executed", "SA", 3, "2019-04-21", "2019-04-21") in facts(text, DAY)
