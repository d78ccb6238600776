"""Arabic reports: a part told against its whole ("بإعدام 12 من أصل 30 متهماً") counts the part, never
the whole; a count of people whose sentence's verb tells of "N منهم" after it ("أدانت المحكمة 64
متهماً، وقضت بإعدام 9 منهم") is the whole, no claim. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", lang="ar")


def test_a_part_out_of_its_whole_counts_the_part():
    text = "وقضت محكمة الجنايات في البصرة أمس الأربعاء بإعدام 12 من أصل 30 متهماً في قضية تفجير السوق."
    assert facts(text, date(2023, 11, 9)) == [("sentenced", 12, "2023-11-08", "2023-11-08")]


def test_the_rule_of_the_part_is_named():
    rows = claim_reader("count", "rules", lang="ar")(
        "وأعلنت الوزارة تنفيذ حكم الإعدام بحق ستة من مجموع عشرة مدانين في القضية يوم الأحد.", date(2023, 11, 9))
    assert [(count, "count.part_of_whole" in rules) for count, rules in rows] == [(6, True)]


def test_the_convicted_of_whom_some_were_sentenced_are_no_claim():
    text = "وفي مارس 2019، أدانت محكمة أمن الدولة 64 متهماً في القضية، وقضت بإعدام 9 منهم."
    assert [row[:2] for row in facts(text, date(2023, 11, 9))] == [("sentenced", 9)]
