"""Arabic reports: a day written as an ordinal word ("الأول من أبريل") with "من العام نفسه" after the
month is of the year written before it, however long ago; "منذ الأول من يناير" opens a span on a
day already passed, never on one ahead of the report. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", lang="ar")


def test_an_ordinal_day_of_the_same_year_told_before():
    text = ("وكانت آخر أحكام إعدام نُفذت في البلاد عام 2011، إذ أُعدم أربعة مدانين بالقتل في العاشر من "
            "مارس/آذار من العام نفسه.")
    assert facts(text, date(2016, 9, 1)) == [("executed", "SA", 4, "2011-03-10", "2011-03-10")]


def test_the_same_year_with_other_words():
    text = "وكانت السلطات قد شنقت ثلاثة رجال في عام 2014، ثم خمسة آخرين في الخامس من مايو من العام ذاته."
    got = facts(text, date(2019, 9, 1))
    assert ("executed", "SA", 5, "2014-05-05", "2014-05-05") in got


def test_since_an_unyeared_day_runs_from_the_last_one_passed():
    text = "وبذلك يرتفع إلى 77 عدد من أُعدموا في المملكة منذ الأول من يناير/كانون الثاني."
    assert facts(text, date(2024, 6, 5)) == [("executed", "SA", 77, "2024-01-01", "2024-06-05")]


def test_a_day_ahead_is_still_read_ahead_without_since():
    text = "ومن المقرر تنفيذ حكم الإعدام بحق المدان في الأول من يوليو."
    assert facts(text, date(2024, 6, 5)) == [("imminent", "SA", 1, "2024-07-01", "2024-07-01")]
