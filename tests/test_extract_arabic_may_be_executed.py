"""Arabic: people who "may be put to death" ("قد يُعدمون"), the count's own verb in its clause, are at
risk, no claim, whatever verb of carrying out stands later in the sentence (a call to halt executions,
a past hanging); not_executed.possible, reject.at_risk. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", lang="ar")
DAY = date(2024, 6, 4)


def test_prisoners_who_may_be_executed_are_no_claim():
    text = ("حذرت منظمة حقوقية اليوم من أن 40 سجيناً على الأقل في سجن الحوت قد يُعدمون في أي لحظة، "
            "مطالبة السلطات بإعلان وقف رسمي لتنفيذ أحكام الإعدام.")
    assert facts(text, DAY) == []


def test_detainees_who_may_be_executed_if_the_president_signs():
    text = ("قالت منظمة العفو الدولية إن 60 معتقلاً على الأقل في سجن صيدنايا قد يُعدمون إذا وقّع الرئيس على "
            "أحكامهم، ودعت إلى تعليق تنفيذ أحكام الإعدام.")
    assert facts(text, DAY) == []


def test_the_hanging_told_after_them_stays_a_claim():
    text = ("وقالت المنظمة إن 25 محكوماً قد يُعدمون خلال أيام، بعد أن أُعدم تسعة رجال في السجن نفسه يوم 2 يونيو/حزيران.")
    assert facts(text, DAY) == [("executed", 9, "2024-06-02")]
