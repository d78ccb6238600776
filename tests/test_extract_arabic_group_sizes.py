"""Arabic: "في مجموعات من ستة" and "على دفعات من عشرة" give the size of each group people were put to
death in, no count (reject.group_size); the people counted before are the figure. Inmates and
detainees ("نزيلاً", "محتجزاً") are people counted. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "kind", "period_start", lang="ar")
DAY = date(2024, 3, 20)


def test_the_size_of_the_groups_is_no_count():
    text = ("قال مصدر في السجن إن 18 نزيلاً اقتيدوا من زنازينهم فجر 12 مارس/آذار وأُعدموا شنقاً في مجموعات "
            "من ثلاثة أشخاص.")
    assert facts(text, DAY) == [("executed", 18, "event", "2024-03-12")]


def test_batches_of_ten_are_no_count():
    text = "وأُعدم 40 محتجزاً على دفعات من عشرة سجناء في سجن الحوت يوم 5 مارس/آذار."
    assert facts(text, DAY) == [("executed", 40, "event", "2024-03-05")]
