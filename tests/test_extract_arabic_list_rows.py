"""Arabic monthly reports in a list of labelled rows ("- النساء: ...", "- السجناء السياسيون: ..."): two
rows are two facts even with the same figure, and a part joined by "و" to a part told just before it
("3 منهن في قضايا مخدرات و5 بتهمة القتل") is a part too. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", lang="ar")
DAY = date(2025, 6, 2)


def test_two_rows_with_the_same_figure_are_two_claims():
    text = ("أفادت منظمة حقوقية بأن ما لا يقل عن 150 سجيناً أُعدموا في إيران خلال شهر مايو 2025.\n\n"
            "أبرز ما ورد في التقرير:\n"
            "- السجناء البلوش: أُعدم ما لا يقل عن 12 سجيناً بلوشياً.\n"
            "- النساء: أُعدمت 12 امرأة على الأقل.")
    got = facts(text, DAY)
    assert got.count(("executed", 12, "2025-05-01", "2025-05-31")) == 2


def test_a_part_joined_to_a_part_told_before_it():
    text = ("أفادت منظمة حقوقية بأن ما لا يقل عن 150 سجيناً أُعدموا في إيران خلال شهر مايو 2025.\n\n"
            "- النساء: أُعدمت 9 نساء على الأقل، 4 منهن في قضايا مخدرات و5 بتهمة القتل العمد.")
    got = facts(text, DAY)
    assert ("executed", 4, "2025-05-01", "2025-05-31") in got
    assert ("executed", 5, "2025-05-01", "2025-05-31") in got


def test_the_same_figure_told_twice_in_prose_is_one_claim():
    text = ("أعدمت السلطات السعودية اليوم الاثنين سبعة مدانين بتهريب المخدرات في تبوك.\n\n"
            "وأوضحت وزارة الداخلية أن المدانين السبعة أُعدموا بعد استنفاد درجات التقاضي.")
    assert facts(text, DAY) == [("executed", 7, "2025-06-02", "2025-06-02")]


def test_rows_of_a_list_of_months_take_the_event_of_its_header():
    # "وفق ما يلي:": the header names sentences issued; each row is dated by its month and counts sentences
    text = ("رصد مركز حقوقي مصري صدور 30 حكماً بالإعدام خلال شهر أبريل/نيسان 2025.\n\n"
            "وبقيت وتيرة إصدار أحكام الإعدام مرتفعة في الأشهر التي سبقته، وفق ما يلي:\n"
            "- مارس/آذار: 22 حكماً بالإعدام، وإحالة أوراق 9 متهمين إلى المفتي.\n"
            "- فبراير/شباط: 17 حكماً، وإحالة أوراق 14 متهماً في ست قضايا.")
    got = facts(text, DAY)
    assert sorted(got) == [("sentenced", 17, "2025-02-01", "2025-02-28"), ("sentenced", 22, "2025-03-01", "2025-03-31"),
                           ("sentenced", 30, "2025-04-01", "2025-04-30")]


def test_rows_of_a_list_of_executions_by_month():
    text = ("وتوزعت الإعدامات التي نفذتها السلطات العراقية في مطلع العام على النحو التالي:\n"
            "- يناير/كانون الثاني: 12 حكماً\n"
            "- فبراير/شباط: 9 أحكام")
    got = facts(text, DAY)
    assert sorted(got) == [("executed", 9, "2025-02-01", "2025-02-28"), ("executed", 12, "2025-01-01", "2025-01-31")]


def test_rows_split_the_figure_of_their_header():
    # "توزعوا كالآتي:" after a figure: each bulleted row with no verb is a part of it, over its days
    text = ("وثقت منظمة حقوقية إعدام 40 شخصاً في الفترة بين الأول والعاشر من مايو/أيار 2025، توزعوا كالآتي:\n"
            "- 25 رجلاً في قضايا مخدرات؛\n"
            "- 15 شخصاً في قضايا قتل، من بينهم امرأتان.")
    got = facts(text, DAY)
    for n in (40, 25, 15, 2):
        assert ("executed", n, "2025-05-01", "2025-05-10") in got
    assert len(got) == 4


def test_rows_under_a_header_with_no_event_give_nothing():
    text = ("وجاءت أبرز أرقام التقرير كالتالي:\n"
            "- مارس/آذار: 22 معتقلاً\n"
            "- أبريل/نيسان: 31 معتقلاً")
    assert facts(text, DAY) == []


def test_rows_without_bullets_split_the_figure_above():
    # "البلد: N" a line each, with no bullet, under a header ending in a colon: parts of the year's figure
    text = ("أحصت منظمة حقوقية تنفيذ 210 أحكام إعدام في السعودية خلال عام 2023.\n\n"
            "وجاءت جنسيات المعدومين الأجانب على النحو التالي:\n"
            "الصومال: 14\n"
            "إثيوبيا: 12\n"
            "وجنسيات أخرى بأعداد أقل.")
    got = facts(text, DAY)
    for n in (210, 14, 12):
        assert ("executed", n, "2023-01-01", "2023-12-31") in got
    assert len(got) == 3


def test_rows_of_months_without_bullets_keep_each_its_month():
    # the figure ending one row and the month opening the next are no date ("8\nأيار/مايو" is not 8 May)
    text = ("قالت منظمة حقوقية إن السلطات العراقية نفذت 50 حكم إعدام خلال عام 2024.\n\n"
            "وأوردت المنظمة عدد الإعدامات في أشهر بعينها:\n"
            "آذار/مارس: 8\n"
            "أيار/مايو: 13")
    got = facts(text, date(2025, 1, 15))
    assert ("executed", 8, "2024-03-01", "2024-03-31") in got
    assert ("executed", 13, "2024-05-01", "2024-05-31") in got
    assert not [f for f in got if f[2] == f[3]]


def test_one_labelled_line_without_a_bullet_is_no_list():
    # a lone "label: N" line is no table (it may be a dateline or a caption): no part is read from it
    text = ("أحصت منظمة حقوقية تنفيذ 210 أحكام إعدام في السعودية خلال عام 2023.\n\n"
            "التفاصيل:\n"
            "الصومال: 14\n\n"
            "وقالت المنظمة إنها ستنشر تقريرها كاملاً الشهر المقبل.")
    assert facts(text, DAY) == [("executed", 210, "2023-01-01", "2023-12-31")]


def test_rows_under_read_also_are_other_reports():
    # "اقرأ أيضاً:" then headlines of other reports: none of this report's facts
    text = ("أعدمت السلطات السعودية اليوم مواطناً أدين بتهريب المخدرات في منطقة الجوف.\n\n"
            "اقرأ أيضاً:\n"
            "- منظمة: 14 ناشطاً يقضون أحكاماً بالسجن في المملكة\n"
            "- تقرير: 7 عمال أجانب يواجهون خطر الإعدام الوشيك")
    assert facts(text, DAY) == [("executed", 1, "2025-06-02", "2025-06-02")]


def test_rows_under_a_header_with_no_figure_split_the_figure_before_it():
    # "توزّع من أُعدموا على النحو الآتي:" names the executed but no figure: the rows split the one told above
    text = ("وثقت منظمة حقوقية تنفيذ 70 حكماً بالإعدام في السعودية بين مطلع يناير ونهاية يونيو 2025.\n\n"
            "وبحسب رصد المنظمة، توزّع من أُعدموا على النحو الآتي:\n"
            "- 40 مواطناً سعودياً\n"
            "- 30 أجنبياً من جنسيات مختلفة")
    got = facts(text, date(2025, 7, 4))
    for n in (70, 40, 30):
        assert ("executed", n, "2025-01-01", "2025-06-30") in got
    assert len(got) == 3


def test_rows_under_a_header_with_a_figure_of_its_own_are_not_parts_of_an_earlier_one():
    text = ("وثقت منظمة حقوقية تنفيذ 70 حكماً بالإعدام في السعودية بين مطلع يناير ونهاية يونيو 2025.\n\n"
            "وكانت المنظمة قد أفادت بأن 12 شخصاً أُعدموا في تبوك يوم 3 مايو، وتوزعوا كالتالي:\n"
            "- 8 رجال في قضايا مخدرات\n"
            "- 4 رجال في قضايا قتل")
    got = facts(text, DAY)
    assert not [f for f in got if f[1] in (8, 4) and f[2] == "2025-01-01"]
