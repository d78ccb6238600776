"""Arabic reports: spans of a statistic as outlets write them. A day of saying or announcing before
the figure ("قال ... اليوم الثلاثاء إن") does not date it when the figure runs "since" a day
up to it; "ارتفع إلى ثمانية على الأقل عدد من ..." is a running total with its hedge after the
figure; a span since a day that closes the clause before a part ("..., بينهم ثلاثة شُنقوا في 25
يونيو") leaves the part its own day; "خلال العام" alone is the year the report is about, not a
year written for comparison. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "qualifier", "period_start", "period_end", lang="ar")


def test_a_day_of_saying_does_not_date_a_figure_since_the_new_year():
    text = "وقالت المقررة الخاصة، اليوم الأربعاء، إن 150 شخصاً على الأقل أُعدموا في إيران منذ مطلع العام."
    assert facts(text, date(2024, 4, 10)) == [("executed", "IR", 150, "at_least", "2024-01-01", "2024-04-10")]


def test_a_day_of_announcing_does_not_date_a_figure_since_a_month():
    text = ("أعلنت المنظمة، أمس الاثنين، أن السلطات نفذت ما لا يقل عن 90 حكماً بالإعدام في إيران منذ "
            "بداية شهر مارس.")
    got = facts(text, date(2024, 4, 30))
    assert got == [("executed", "IR", 90, "at_least", "2024-03-01", "2024-04-30")]


def test_a_fresh_execution_told_on_the_day_of_announcing_keeps_that_day():
    text = "أعلنت الوزارة اليوم الأحد تنفيذ حكم القتل بحق ثلاثة مدانين في الرياض."
    assert facts(text, date(2024, 4, 14)) == [("executed", "SA", 3, "exact", "2024-04-14", "2024-04-14")]


def test_a_running_total_with_its_hedge_after_the_figure():
    text = "وبذلك ارتفع إلى تسعة على الأقل عدد من أعدمتهم السلطات بتهمة التجسس منذ مطلع العام."
    assert facts(text, date(2024, 9, 1)) == [("executed", "SA", 9, "at_least", "2024-01-01", "2024-09-01")]


def test_a_part_keeps_the_day_of_its_own_clause():
    text = ("ارتفع إلى ستة عدد من أعدمتهم السلطات بتهم أمنية منذ 2 مايو، بينهم رجلان شُنقا في سجن "
            "قزل حصار في 20 مايو.")
    got = facts(text, date(2024, 7, 1))
    assert ("executed", "IR", 2, "exact", "2024-05-20", "2024-05-20") in got
    assert ("executed", "IR", 6, "exact", "2024-05-02", "2024-07-01") in got


def test_during_the_year_is_the_year_the_review_is_about():
    text = ("أفاد التقرير السنوي بأن السلطات نفذت خلال عام 2023 ما لا يقل عن 200 حكم إعدام، مقابل 150 "
            "على الأقل في 2022. وأعدمت السلطات خلال العام ثلاثة أشخاص بتهم سياسية.")
    got = facts(text, date(2024, 3, 1))
    assert ("executed", "SA", 3, "exact", "2023-01-01", "2023-12-31") in got


def test_in_that_same_year_is_still_the_year_just_written():
    text = "وكانت السلطات قد أعدمت 40 شخصاً في عام 2019، ثم أعدمت في العام نفسه سبعة آخرين بتهم سياسية."
    got = facts(text, date(2024, 3, 1))
    assert ("executed", "SA", 7, "exact", "2019-01-01", "2019-12-31") in got


def test_during_the_year_of_last_year_with_its_subject_after_it():
    text = ("قالت المنظمة إن السلطات نفذت خلال العام الماضي 300 حكم إعدام على الأقل، بعد 200 في عام 2023. "
            "ومن بين من أُعدموا خلال العام الناشط فلان الفلاني.")
    got = facts(text, date(2025, 1, 6))
    assert ("executed", "SA", 1, "exact", "2024-01-01", "2024-12-31") in got


def test_during_the_year_with_a_year_after_it_is_that_year():
    text = "وأعدمت السلطات خلال العام 2021 نحو 40 شخصاً."
    assert facts(text, date(2024, 3, 1)) == [("executed", "SA", 40, "about", "2021-01-01", "2021-12-31")]
