"""Arabic: a fraction written like a number ("عُشر الإعدامات", a tenth of them; "خمس الحالات", a fifth)
is no count, since a cardinal takes an indefinite noun ("عشر حالات"); people of a minority counted
after "من" ("40 من البلوش") are a count; "the same year" ("خلال العام نفسه") is the year of the figure
told before it, not a year it was compared with nor one a span starts from. Sentences written for
these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", lang="ar")
DAY = date(2024, 3, 5)


def test_a_tenth_of_the_executions_is_no_count():
    text = "وقالت المنظمة إن السلطات الإيرانية لم تعلن سوى عن نحو عُشر الإعدامات التي نُفذت خلال عام 2023."
    assert facts(text, DAY) == []


def test_a_fifth_of_the_cases_is_no_count():
    text = "وأشار التقرير إلى أن خمس الحالات المسجلة في عام 2023 نُفذت بحق نساء."
    assert facts(text, DAY) == []


def test_ten_cases_with_an_indefinite_noun_are_a_count():
    text = "ووثقت المنظمة عشر حالات إعدام في سجن قزل حصار خلال عام 2023."
    assert facts(text, DAY) == [("executed", 10, "2023-01-01", "2023-12-31")]


def test_minorities_counted_after_min_take_the_year_of_the_figure_not_the_compared_one():
    text = ("وأعدمت إيران ما لا يقل عن 800 شخص خلال عام 2023، منذ بدء رصد المنظمة عام 2010.\n\n"
            "ويمثل ذلك زيادة كبيرة مقارنة بعام 2022.\n\n"
            "وأشار التقرير إلى أنه أُعدم 150 من البلوش و60 من الكرد خلال العام نفسه.")
    got = facts(text, DAY)
    assert ("executed", 150, "2023-01-01", "2023-12-31") in got
    assert ("executed", 60, "2023-01-01", "2023-12-31") in got


def test_that_year_after_a_year_told_alone_is_that_year():
    text = ("وفي عام 2019 أعدمت السعودية 184 شخصاً.\n\n"
            "وكان بين من أُعدموا 90 من العرب الأجانب خلال العام نفسه.")
    assert ("executed", 90, "2019-01-01", "2019-12-31") in facts(text, DAY)
