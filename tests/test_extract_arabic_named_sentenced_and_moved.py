"""Arabic named incidents told with the person before the penalty: "قضت المحكمة اليوم بمعاقبة المتهم X
بالإعدام شنقاً" is one person sentenced that day; "X ... نُقل أمس إلى الحبس الانفرادي، في خطوة تسبق عادة
تنفيذ حكم الإعدام" is one person at imminent risk, dated by the transfer. Sentences written for these
tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", lang="ar")


def test_one_named_man_punished_with_death_by_hanging():
    text = ("قضت محكمة جنايات الزقازيق، اليوم الاثنين، بمعاقبة المتهم أحمد سعيد عبد الله بالإعدام شنقاً، "
            "لإدانته بقتل والده.")
    assert facts(text, date(2024, 1, 22)) == [("sentenced", 1, "2024-01-22", "2024-01-22")]


def test_several_punished_with_death_are_not_one():
    text = "قضت محكمة جنايات الزقازيق، اليوم الاثنين، بمعاقبة المتهمين بالإعدام شنقاً."
    assert facts(text, date(2024, 1, 22)) == []


def test_one_man_moved_to_solitary_before_his_hanging():
    text = ("أفادت منظمة حقوقية بأن السجين الكردي آرش كريمي، البالغ 29 عاماً، نُقل أمس الأحد من عنبره في سجن "
            "قزلحصار إلى الحبس الانفرادي، في خطوة تسبق عادة تنفيذ حكم الإعدام.")
    assert facts(text, date(2024, 8, 12)) == [("imminent", 1, "2024-08-11", "2024-08-11")]


def test_several_moved_are_not_one():
    text = ("نقلت إدارة سجن قزلحصار أمس الأحد السجناء المدانين إلى الحبس الانفرادي، في خطوة تسبق عادة تنفيذ "
            "حكم الإعدام.")
    assert [row for row in facts(text, date(2024, 8, 12)) if row[1] == 1] == []
