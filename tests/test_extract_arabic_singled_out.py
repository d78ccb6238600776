"""Arabic reports: "ومن بين من نُفذ فيهم الحكم مدان بـ..." singles one unnamed person out of those whose
execution was just told: one of them, no second incident (reject.split_of_incident); a part with a
span of its own, or a count, stays a claim. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", lang="ar")
DAY = date(2022, 3, 16)   # a Wednesday


def test_one_of_those_just_executed():
    text = ("نفذت إدارة سجن أسيوط صباح اليوم الأربعاء حكم الإعدام بحق أربعة مدانين في قضايا قتل. "
            "ومن بين من نُفذ فيهم الحكم مدان بقتل جاره طعناً في قرية بمركز ديروط.")
    assert facts(text, DAY) == [("executed", "EG", 4, "2022-03-16", "2022-03-16")]


def test_one_of_those_executed_with_the_relative_pronoun():
    text = ("أعدمت السلطات المصرية صباح اليوم خمسة مدانين في سجن برج العرب. "
            "وكان من بين الذين نُفذ فيهم الحكم مدان بسرقة محل ذهب تحت تهديد السلاح.")
    assert facts(text, DAY) == [("executed", "EG", 5, "2022-03-16", "2022-03-16")]


def test_a_count_among_those_executed_this_year_is_still_a_claim():
    text = ("أعدمت السلطات المصرية صباح اليوم خمسة مدانين في سجن برج العرب. "
            "وكان من بين من نُفذ فيهم الحكم هذا العام ثلاث نساء.")
    got = facts(text, DAY)
    assert ("executed", "EG", 5, "2022-03-16", "2022-03-16") in got
    assert ("executed", "EG", 3, "2022-01-01", "2022-03-16") in got
