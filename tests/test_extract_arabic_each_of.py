"""Arabic figures told for each group of a list: "ثلاثة من كل من الفلبين ونيبال" and
"- مصر وسوريا: اثنان من كل منهما" are that many of each group, a part of the statistic above per
group (SCHEMA.md: a breakdown of a statistic is a required claim), in the statistic's country.
Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", lang="ar")
DAY = date(2024, 6, 10)
HEAD = "أعدمت السلطات الكويتية منذ بداية العام 60 شخصاً، بحسب إحصاء لمنظمة حقوقية.\n\n"


def test_a_figure_for_each_group_listed_after_it():
    text = HEAD + "وشملت القائمة ثلاثة من كل من الفلبين ونيبال، وشخصاً واحداً من كل من تونس والمغرب والجزائر."
    got = facts(text, DAY)
    assert got.count(("executed", "KW", 3, "2024-01-01", "2024-06-10")) == 2
    assert got.count(("executed", "KW", 1, "2024-01-01", "2024-06-10")) == 3


def test_a_figure_for_each_group_of_a_row_label():
    text = HEAD + "وتوزع المعدومون كالتالي:\n- مصر وسوريا: اثنان من كل منهما\n- الأردن والعراق وليبيا: واحد من كل منها"
    got = facts(text, DAY)
    assert got.count(("executed", "KW", 2, "2024-01-01", "2024-06-10")) == 2
    assert got.count(("executed", "KW", 1, "2024-01-01", "2024-06-10")) == 3


def test_each_of_with_no_statistic_above_is_no_claim():
    text = "وزعت الجمعية ثلاثة من كل من الكتب والدفاتر على الطلاب."
    assert facts(text, DAY) == []


def test_a_figure_for_each_of_two_years_written_after_it():
    got = facts(HEAD + "في حين لم يتجاوز عدد المعدومين 30 في كل من عامي 2021 و2022.", DAY)
    assert ("executed", "KW", 30, "2021-01-01", "2021-12-31") in got
    assert ("executed", "KW", 30, "2022-01-01", "2022-12-31") in got


def test_a_figure_for_each_of_the_years_named_before_it():
    text = HEAD + "وهو نحو ثلاثة أضعاف ما سُجل في كل من عامي 2021 و2022، حين أُعدم 30 شخصاً في كل عام."
    got = facts(text, DAY)
    assert ("executed", "KW", 30, "2021-01-01", "2021-12-31") in got
    assert ("executed", "KW", 30, "2022-01-01", "2022-12-31") in got
    text = HEAD + "وسجلت المنظمة 90 إعداماً في عام 2023، و80 في عام 2022، بينما لم يتجاوز عدد الأجانب الذين أُعدموا 20 في كل من هذين العامين."
    got = facts(text, DAY)
    assert ("executed", "KW", 20, "2022-01-01", "2022-12-31") in got
    assert ("executed", "KW", 20, "2023-01-01", "2023-12-31") in got


def test_a_figure_for_each_year_of_something_else_is_no_claim():
    assert facts("وزار المعرض 300 شخص في كل من عامي 2021 و2022.", DAY) == []


def test_each_of_two_years_in_the_clause_of_the_count_only():
    # the year of the clause before the comma is the running figure's, not one of "each of the two"
    text = ("وارتفع إلى 80 عدد الأجانب الذين أُعدموا في الكويت في 2023، أي ضعف ما سُجل في كل من عامي 2021 و2022 "
            "حين أُعدم 40 أجنبياً في كل منهما.")
    got = facts(text, date(2023, 12, 1))
    assert ("executed", "KW", 40, "2021-01-01", "2021-12-31") in got
    assert ("executed", "KW", 40, "2022-01-01", "2022-12-31") in got
    assert not [f for f in got if f[2] in (40, 2) and f[3] == "2023-01-01"]
    assert not [f for f in got if f[2] == 2]   # "منهما" (of the two years) counts no two people


def test_a_figure_for_each_group_of_a_row_label_with_for_each():
    # "- X وY: 3 لكل منها": "for each of them", as "ثلاثة من كل منها"
    text = HEAD + "وتوزعت جنسيات المعدومين كالتالي:\n- الهند ونيبال: 4 لكل منهما\n- مصر: 9"
    got = facts(text, DAY)
    assert got.count(("executed", "KW", 4, "2024-01-01", "2024-06-10")) == 2


def test_each_year_takes_the_years_of_the_nearest_clause_that_names_them():
    # the 2024 of the first clause is the total's; the years of "each year" are the two of the clause before it
    text = ("وبذلك يصل إلى 60 عدد الأجانب الذين أُعدموا في الكويت خلال 2024، أي نحو ثلاثة أضعاف العدد المسجل في "
            "كل من عامي 2021 و2020، حين أعدمت السلطات 20 أجنبياً في كل عام.")
    got = [row for row in claim_reader("count", "period_start", "period_end", lang="ar")(text, date(2024, 12, 1))
           if row[0] == 20]
    assert got == [(20, "2020-01-01", "2020-12-31"), (20, "2021-01-01", "2021-12-31")]
