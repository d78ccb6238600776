"""Arabic reports: an ordinal word before the noun and verb of execution ("ثالث امرأة تُعدم هذا
العام") is a running total of that many from the start of its period to the execution (SCHEMA.md:
an ordinal is an aggregate claim), on sentences written for these tests. Not an ordinal of times
("ثاني مرة") or of batches ("ثالث تنفيذ"); "منذ منتصف أكتوبر" starts on the 15th."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="ar")


def test_an_ordinal_person_executed_this_year_is_a_running_total():
    text = "وبذلك تكون فاطمة الأحمد ثالث امرأة تُعدم في السعودية هذا العام، بحسب المنظمة."
    assert ("executed", 3, "2024-01-01", "2024-05-14", "aggregate") in facts(text, date(2024, 5, 14))


def test_an_ordinal_execution_since_the_start_of_the_year():
    text = "وقالت المنظمة إن هذا سابع إعدام بتهم سياسية منذ مطلع العام."
    assert facts(text, date(2024, 9, 3)) == [("executed", 7, "2024-01-01", "2024-09-03", "aggregate")]


def test_an_ordinal_of_times_is_no_total():
    assert facts("وهذه ثاني مرة تعدم فيها السلطات امرأة في المنطقة.", date(2024, 9, 3)) == []


def test_an_ordinal_batch_is_no_total():
    text = "ويعد هذا رابع تنفيذ لأحكام الإعدام خلال الشهر الجاري في السجن نفسه."
    assert facts(text, date(2019, 2, 20)) == []


def test_an_ordinal_since_the_middle_of_a_month():
    text = ("أعدمت السلطات فجر اليوم الشاب كاوه رضايي، ليكون ثالث شخص يُعدم على خلفية الاحتجاجات "
            "منذ منتصف أكتوبر الماضي.")
    assert ("executed", 3, "2022-10-15", "2023-01-09", "aggregate") in facts(text, date(2023, 1, 9))
