"""Arabic: "هذه أول مرة تُنفذ فيها أحكام إعدام في البلاد منذ 10 مارس 2019، حين أُعدم خمسة مدانين": the
date after "the first time ... since" is when executions last happened; the "حين" clause after it tells
those executions, an incident on that day, no span from it to the report (the clause between "أول مرة"
and "منذ" may run to nine words). Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="ar")
DAY = date(2023, 7, 20)


def test_the_last_executions_before_the_first_since_are_an_incident():
    text = ("وهذه أول مرة تُنفذ فيها أحكام إعدام في الكويت منذ العاشر من مارس/آذار 2019، حين أُعدم خمسة مدانين "
            "في يوم واحد.")
    assert facts(text, DAY) == [("executed", 5, "2019-03-10", "2019-03-10", "event")]


def test_a_shorter_clause_between_first_time_and_since():
    text = "وتعد هذه أول عملية إعدام في الأردن منذ 4 فبراير 2015، حين أُعدم ثلاثة مدانين بقضايا إرهاب."
    assert facts(text, DAY) == [("executed", 3, "2015-02-04", "2015-02-04", "event")]


def test_since_with_no_when_clause_gives_no_span():
    text = "وهذه أول مرة تُنفذ فيها أحكام إعدام علناً في المدينة منذ عام 2016."
    assert facts(text, DAY) == []
