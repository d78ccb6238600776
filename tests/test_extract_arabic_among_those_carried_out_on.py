"""Arabic: "بين من نُفذ فيهم الحكم خمسة يمنيين وسودانياً واحداً" (among those the sentence was carried
out on) splits the incident just told by nationality: the split's numbers are parts of it, never summed
into a new incident of six (vocab-ar breakdown_markers). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", lang="ar")
DAY = date(2023, 10, 3)


def test_a_split_by_nationality_is_no_incident_of_its_sum():
    text = ("أعلنت وزارة الداخلية اليوم الثلاثاء تنفيذ حكم القتل بحق 12 شخصاً أدينوا بتهريب المخدرات.\n\n"
            "وذكرت الوزارة أن بين من نُفذ بحقهم الحكم أربعة باكستانيين وهندياً واحداً، والبقية مواطنون.")
    found = facts(text, DAY)
    assert ("executed", 12, "2023-10-03") in found
    assert ("executed", 5, "2023-10-03") not in found
    assert all(count in (12, 4, 1) for _, count, _ in found)


def test_a_split_of_two_nationalities_is_not_summed():
    text = ("أعلنت وزارة الداخلية اليوم الثلاثاء تنفيذ حكم القتل بحق 12 شخصاً أدينوا بتهريب المخدرات.\n\n"
            "وأوضحت الوزارة أن بين من نُفذ فيهم الحكم خمسة يمنيين وسودانياً واحداً، والبقية مواطنون.")
    found = facts(text, DAY)
    assert ("executed", 12, "2023-10-03") in found
    assert all(count in (12, 5, 1) for _, count, _ in found)
