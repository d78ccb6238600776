"""Arabic reports: a day and month written without a year, on sentences written for these tests.
It is the year written earlier in its sentence ("شهد عام 2019 ... في 3 أبريل"); else the occurrence
nearest the report, unless that lies a season ahead (calendar_spans.SCHEDULED_AHEAD_DAYS): a past
execution told months later is last year's day, not a scheduled one; a day a few weeks ahead stays
a scheduled one."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="ar")


def test_a_day_months_ahead_is_the_last_one_before_the_report():
    text = "وتتعرض الحكومة لانتقادات واسعة منذ إعدام 37 رجلاً دفعة واحدة في 23 نيسان/أبريل في عدة مناطق."
    assert facts(text, date(2019, 11, 20)) == [("executed", 37, "2019-04-23", "2019-04-23", "event")]


def test_a_day_weeks_ahead_stays_a_scheduled_one():
    text = "وقالت منظمة حقوقية إن من المقرر إعدام ثلاثة سجناء في 5 كانون الثاني/يناير في سجن الحائر."
    assert facts(text, date(2024, 12, 18)) == [("imminent", 3, "2025-01-05", "2025-01-05", "event")]


def test_a_day_after_a_year_in_its_sentence_is_of_that_year():
    text = ("وذكرت المنظمة أن عام 2019 شهد تنفيذ 184 حكماً بالإعدام، من بينها 37 حكماً نفذت في يوم "
            "واحد هو 23 أبريل.")
    assert ("executed", 37, "2019-04-23", "2019-04-23", "event") in facts(text, date(2020, 2, 10))


def test_a_year_a_span_starts_from_does_not_date_the_day():
    text = "ومنذ عام 2016 تصاعدت الإعدامات، وأعدمت السلطات ثلاثة رجال في 2 شباط/فبراير في سجن الحائر."
    assert facts(text, date(2021, 2, 4)) == [("executed", 3, "2021-02-02", "2021-02-02", "event")]


def test_an_older_year_in_the_sentence_is_another_things():
    text = ("ونفذت السلطات في 9 آذار/مارس حكم الإعدام بحق أربعة مدانين بقتل ضابط شرطة في الجيزة عام 2015، "
            "ثم نُفذ في 20 آذار/مارس الحكم بحق رجلين آخرين.")
    assert ("executed", 2, "2020-03-20", "2020-03-20", "event") in facts(text, date(2020, 3, 25))
