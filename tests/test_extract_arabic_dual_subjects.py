"""Arabic reports: a verb that comes before its subject stays singular ("شُنق مصريان", "أُعدم مدانان");
the subject in the nominative dual (of a nationality or of a sound-plural noun) is two people. A
dual noun after "هم" lists the make-up of a group just counted and is no count of its own, and a
dual marker after another trigger is that trigger's. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", lang="ar")


def test_a_nationality_in_the_dual_after_a_singular_verb():
    text = "وفي الثالث من مارس شُنق يمنيان في سجن صنعاء المركزي بعد إدانتهما بالقتل."
    assert facts(text, date(2023, 3, 20)) == [("executed", "YE", 2, "2023-03-03", "2023-03-03")]


def test_a_convicted_noun_in_the_dual():
    text = "أُعدم اليوم الخميس مدانان بتهريب المخدرات في منطقة الجوف."
    assert facts(text, date(2023, 6, 8)) == [("executed", "SA", 2, "2023-06-08", "2023-06-08")]


def test_a_dual_listing_the_group_just_counted_is_no_claim():
    text = ("نفذت الوزارة أمس الأحد حكم القتل في ستة مدانين، هم سعوديان وأربعة يمنيين، "
            "بعد إدانتهم بتهريب الحشيش.")
    assert facts(text, date(2023, 6, 12)) == [("executed", "SA", 6, "2023-06-11", "2023-06-11")]


def test_the_dual_of_a_later_verb_is_not_the_earlier_ones():
    text = ("وهذا أول حكم إعدام يُنفذ في البلاد منذ مايو 2019، حين أُعدم أردنيان أدينا بالقتل، "
            "وبعد ذلك بشهر نُفذ الحكم في رجل ثالث.")
    got = facts(text, date(2021, 2, 2))
    assert ("executed", "SA", 2, "2019-05-01", "2019-05-31") in got
    assert not any(c[2] == 2 and c[3] != "2019-05-01" for c in got)
