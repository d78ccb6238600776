"""Arabic: "N من المعدومين" (N of the executed) is a subgroup of the executed the report is about: a part
of its monthly or yearly figure, over that figure's span (SCHEMA.md: a breakdown is a claim), and no claim
when that figure is one incident (a split inside it); never of a year's total told after the figure for
comparison. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="ar")
DAY = date(2023, 5, 4)


def test_a_part_of_a_monthly_figure():
    text = ("أفادت منظمة حقوقية بأن السلطات الإيرانية أعدمت 52 شخصاً خلال شهر نيسان/أبريل الماضي.\n\n"
            "وأوضحت المنظمة أن 27 من المعدومين أدينوا بجرائم مخدرات، و15 بتهم القتل العمد.")
    got = facts(text, DAY)
    assert ("executed", 27, "2023-04-01", "2023-04-30", "aggregate") in got
    assert ("executed", 15, "2023-04-01", "2023-04-30", "aggregate") in got
    assert len(got) == 3


def test_a_part_with_a_hedge_after_its_number():
    text = ("وأعدمت السلطات الإيرانية 140 شخصاً على الأقل خلال الربع الأول من عام 2023.\n\n"
            "وقالت المنظمة إن 30 على الأقل من المعدومين من البلوش.")
    assert ("executed", 30, "2023-01-01", "2023-03-31", "aggregate") in facts(text, DAY)


def test_a_part_of_one_incident_is_no_new_claim():
    text = ("نفذت السلطات السعودية اليوم الخميس حكم القتل بحق 25 مداناً في قضايا إرهاب.\n\n"
            "وقالت منظمة حقوقية إن 12 من المعدومين من أبناء المنطقة الشرقية.")
    assert facts(text, DAY) == [("executed", 25, "2023-05-04", "2023-05-04", "event")]


def test_a_part_of_the_incident_not_of_a_years_total_told_after_it():
    text = ("نفذت السلطات السعودية اليوم الخميس حكم القتل بحق 40 مداناً في قضايا إرهاب.\n\n"
            "ويفوق هذا العدد مجموع من نُفذ فيهم حكم القتل في المملكة طوال عام 2019، والبالغ 35 شخصاً.\n\n"
            "وقالت منظمة حقوقية إن 20 من المعدومين أدينوا بتهم تتصل بالمشاركة في احتجاجات.")
    got = facts(text, DAY)
    assert ("executed", 40, "2023-05-04", "2023-05-04", "event") in got
    assert not any(row[1] == 20 for row in got)


def test_the_other_spelling_of_the_executed():
    # "المعدَمين" (passive participle) as well as "المعدومين": some of the executed, a part of the month's figure
    text = ("أفادت منظمة حقوقية بأن السلطات الإيرانية أعدمت 64 شخصاً خلال شهر آذار/مارس الماضي.\n\n"
            "وكان بين المعدمين 5 نساء، فيما أشارت المنظمة إلى أن 19 من المعدمين من الأقلية البلوشية.")
    got = facts(text, DAY)
    assert ("executed", 5, "2023-03-01", "2023-03-31", "aggregate") in got
    assert ("executed", 19, "2023-03-01", "2023-03-31", "aggregate") in got
    assert len(got) == 3


def test_a_part_of_the_executed_in_one_incident_stays_no_claim():
    text = ("نفذت السلطات السعودية اليوم الخميس حكم القتل بحق 25 مداناً في قضايا إرهاب.\n\n"
            "وقالت منظمة حقوقية إن 12 من المعدمين من أبناء المنطقة الشرقية.")
    assert facts(text, DAY) == [("executed", 25, "2023-05-04", "2023-05-04", "event")]


def test_the_executions_included_a_group_is_a_part():
    # "كما شملت الإعدامات N ... وM ...": parts of the month's figure, as "بين المعدومين" says
    text = ("أفادت منظمة حقوقية بأن السلطات الإيرانية أعدمت 64 شخصاً خلال شهر آذار/مارس الماضي.\n\n"
            "كما شملت الإعدامات 12 سجيناً كردياً و9 سجناء عرب.")
    got = facts(text, DAY)
    assert ("executed", 12, "2023-03-01", "2023-03-31", "aggregate") in got
    assert ("executed", 9, "2023-03-01", "2023-03-31", "aggregate") in got
    assert len(got) == 3


def test_a_part_of_the_whole_of_those_executed():
    # "N من مجموع من أعدموا": of the whole of those executed, a part of the year's figure
    text = ("أعدمت السلطات الإيرانية ما لا يقل عن 300 شخص خلال عام 2022.\n\n"
            "وشكّل المدانون في قضايا المخدرات 130 من مجموع من أعدموا العام الماضي.")
    got = facts(text, DAY)
    assert ("executed", 130, "2022-01-01", "2022-12-31", "aggregate") in got
    assert len(got) == 2
