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


def test_since_an_event_of_a_day_with_no_first_time_runs_to_the_report():
    # "منذ تسلم ... منصبه في <day>" with no end told and no "first time": a tally from that day to the report
    text = "وبذلك يتجاوز عدد من أُعدموا في البلاد منذ تسلم وزير العدل الحالي منصبه في 3 فبراير 2020 حاجز 400 شخص."
    assert facts(text, DAY) == [("executed", 400, "2020-02-03", "2023-07-20", "aggregate")]


def test_the_first_since_an_event_of_a_day_stays_that_day():
    text = ("وهذه أول عملية إعدام جماعي منذ إعدام 12 مداناً في السجن ذاته في 3 فبراير 2020.")
    assert facts(text, DAY) == [("executed", 12, "2020-02-03", "2020-02-03", "event")]
