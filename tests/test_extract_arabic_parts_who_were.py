"""Arabic: a bare number after a word of breakdown ("من بينهم خمسة") before a verb of being that says
who they were ("كانوا قاصرين"), a hedge after the number allowed ("على الأقل"), is a part of the figure
told: a breakdown with its period (SCHEMA.md). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "qualifier", "period_start", "period_end", "kind", lang="ar")
DAY = date(2022, 5, 24)


def test_a_part_told_by_who_they_were_is_a_breakdown_of_the_figure():
    text = ("قالت المنظمة في تقريرها السنوي إن إيران أعدمت خلال عام 2021 ما لا يقل عن 314 شخصاً، من بينهم ثلاثة "
            "على الأقل كانوا قاصرين وقت ارتكاب الجرائم.")
    got = facts(text, DAY)
    assert ("executed", "IR", 3, "at_least", "2021-01-01", "2021-12-31", "aggregate") in got



def test_without_a_word_of_breakdown_a_bare_number_is_no_part():
    text = "أعدمت إيران خلال عام 2021 ما لا يقل عن 314 شخصاً، وقالت المنظمة إن ثلاثة كانوا قاصرين."
    got = facts(text, DAY)
    assert [row[2] for row in got] == [314]


def test_men_and_women_among_the_executed():
    text = ("كشف التقرير السنوي لمنظمة حقوقية عن تنفيذ ما لا يقل عن 800 حكم إعدام في إيران خلال عام 2021.\n\n"
            "وبحسب البيانات، بلغ عدد الرجال بين المعدومين 770، مقابل 30 امرأة. كما وثق التقرير إعدام شخصين على "
            "الأقل كانا قاصرين.")
    got = facts(text, DAY)
    assert ("executed", "IR", 770, "exact", "2021-01-01", "2021-12-31", "aggregate") in got
    assert ("executed", "IR", 30, "exact", "2021-01-01", "2021-12-31", "aggregate") in got
    assert ("executed", "IR", 2, "at_least", "2021-01-01", "2021-12-31", "aggregate") in got


def test_a_part_whose_sentences_became_final():
    # "بينهم N صارت أحكامهم نهائية": a part of the sentenced figure, over its year
    rows = claim_reader("event", "count", "period_start", "period_end", lang="ar")
    text = ("ورصدت منظمة حقوقية صدور أحكام بالإعدام بحق 250 شخصاً على الأقل في مصر خلال 2022، "
            "بينهم 40 صارت أحكامهم نهائية.")
    assert ("sentenced", 40, "2022-01-01", "2022-12-31") in rows(text, date(2023, 5, 1))
