"""Arabic reports: the Saudi interior ministry counts those it executes as "جانياً" (culprits), in the
accusative after a number ("بحق 81 جانياً"); the count is theirs. A number of something else
after the same verb gives no claim. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", lang="ar")


def test_culprits_counted_in_the_accusative():
    text = "أعلنت وزارة الداخلية اليوم السبت تنفيذ حكم القتل تعزيراً بحق 23 جانياً أدينوا بجرائم إرهابية."
    assert facts(text, date(2023, 7, 1)) == [("executed", "SA", 23, "2023-07-01", "2023-07-01")]


def test_culprits_with_a_hedge():
    text = "نفذت السلطات أمس حكم القتل بحق نحو 15 جانياً في منطقة الجوف."
    got = facts(text, date(2023, 7, 2))
    assert got == [("executed", "SA", 15, "2023-07-01", "2023-07-01")]


def test_judges_counted_after_the_culprits_are_no_claim():
    text = ("أعلنت الوزارة اليوم الأحد تنفيذ حكم القتل بحق 12 جانياً، وأوضحت أن 13 قاضياً نظروا في "
            "قضاياهم.")
    assert facts(text, date(2023, 7, 2)) == [("executed", "SA", 12, "2023-07-02", "2023-07-02")]
