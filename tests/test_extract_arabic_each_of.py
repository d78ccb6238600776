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
