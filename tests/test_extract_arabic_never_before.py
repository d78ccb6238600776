"""Arabic: "لم يسبق لـX أن أعدمت ..." (X had never before executed ...) tells what had not been done, no
execution; "في عدد لم يسبق له مثيل" (unprecedented) negates no verb, and the execution it describes
stands. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", lang="ar")
DAY = date(2024, 6, 10)


def test_never_before_executed_a_hundred_is_no_claim():
    text = "وقال ناشط حقوقي: «لم يسبق للمملكة أن أعدمت مئة امرأة في عام واحد»."
    assert facts(text, DAY) == []


def test_never_before_with_a_passive_verb():
    text = "وأكدت المنظمة أنه لم يحدث أن نُفذ حكم الإعدام بحق 20 قاصراً خلال شهر واحد."
    assert facts(text, DAY) == []


def test_unprecedented_does_not_negate_the_execution():
    text = "أعدمت السلطات السعودية اليوم الاثنين 37 شخصاً في يوم واحد، في عدد لم يسبق له مثيل منذ سنوات."
    assert facts(text, DAY) == [("executed", 37, "2024-06-10", "2024-06-10")]


def test_a_real_execution_beside_a_never_before_remark():
    text = ("أعدمت السلطات السعودية 12 أجنبياً منذ مطلع الشهر الجاري، وقال حقوقيون إنه لم يسبق للمملكة أن أعدمت هذا العدد "
            "من الأجانب في شهر.")
    assert facts(text, DAY) == [("executed", 12, "2024-06-01", "2024-06-10")]


def test_a_negated_verb_with_only_a_count_tells_that_count():
    # "لم ... سوى N": only N were carried out, a count told as done, not a negation
    rows = claim_reader("event", "count", "period_start", "period_end", lang="ar")
    text = ("ولم تنفذ السلطات الكويتية سوى 3 أحكام بالإعدام خلال عام 2019، في حين لم يُعدم سوى شخص واحد "
            "بين عامي 2015 و2017.")
    assert sorted(rows(text, date(2020, 2, 1))) == [("executed", 1, "2015-01-01", "2017-12-31"),
                                                    ("executed", 3, "2019-01-01", "2019-12-31")]


def test_a_negated_verb_with_only_a_condition_is_no_claim():
    # "لا تُنفذ ... إلا بعد": a condition of the law, no count
    rows = claim_reader("event", "count", lang="ar")
    text = "ولا تُنفذ أحكام الإعدام في الكويت إلا بعد مصادقة الأمير عليها، بحسب القانون."
    assert rows(text, date(2020, 2, 1)) == []
