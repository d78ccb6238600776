"""Arabic press: a sentence carried out on people joined to its count by the clitic "ب" ("حين نفّذ الحكم
بتسعة مدانين") counts those people; a campaign "carried out" on a count of something else does not.
Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "period_start", "period_end", lang="ar")


def test_the_sentence_carried_out_on_a_joined_count():
    text = ("وكانت الحكومة الأردنية قد أنهت تعليق العقوبة في الخامس من آذار الماضي حين نفّذ الحكم بتسعة "
            "مدانين بجرائم قتل عمد.")
    assert facts(text, date(2017, 6, 1)) == [("executed", "JO", 9, "2017-03-05", "2017-03-05")]


def test_another_action_on_a_joined_count_is_no_execution():
    text = "ونفذت قوات الأمن حملة مداهمات بأربعة أحياء في العاصمة."
    assert facts(text, date(2017, 6, 1)) == []


def test_the_sentence_before_its_passive_verb_and_a_joined_dual():
    text = ("وأوردت وكالة الأنباء السعودية الأحد أن حكم القتل قصاصاً نُفذ بالجانيين سالم عوض وفهد ناصر في "
            "منطقة الجوف، يوم الأحد.")
    assert [f[:3] for f in facts(text, date(2024, 3, 3))] == [("executed", "SA", 2)]
