"""Arabic annual reports: a country's figure told in a later paragraph with no date of its own is the
figure of the year the report counts (period.annual_report), not an incident on the day the report
came out; the countries ranked after it keep their own names and the same year; and the day the
report was issued ("الصادر اليوم", "في بيان أصدرته أمس") dates no count. Sentences written for these
tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "qualifier", "period_start", "period_end", "kind", lang="ar")
DAY = date(2022, 5, 24)


def test_a_yearly_total_in_an_annual_report_is_that_years():
    text = ("أعلنت منظمة حقوقية في تقريرها السنوي عن عقوبة الإعدام، الصادر اليوم الثلاثاء، أن عدد الإعدامات "
            "ارتفع في المنطقة خلال عام 2021.\n\n"
            "وحلت إيران في المرتبة الأولى، إذ أعدمت ما لا يقل عن 314 شخصاً.")
    assert facts(text, DAY) == [("executed", "IR", 314, "at_least", "2021-01-01", "2021-12-31", "aggregate")]


def test_the_countries_ranked_after_keep_their_names_and_the_year():
    text = ("قالت منظمة العفو الدولية في تقريرها السنوي، الصادر اليوم، إن الإعدامات تزايدت خلال عام 2021.\n\n"
            "وتصدرت إيران القائمة بعدما أعدمت 314 شخصاً على الأقل. وتلتها مصر بـ83 إعداماً، ثم السعودية التي "
            "أعدمت 65 شخصاً.")
    got = facts(text, DAY)
    assert ("executed", "EG", 83, "exact", "2021-01-01", "2021-12-31", "aggregate") in got
    assert ("executed", "SA", 65, "exact", "2021-01-01", "2021-12-31", "aggregate") in got
    assert not [row for row in got if row[6] == "event"]


def test_a_compared_year_in_the_lead_is_not_the_reports_year():
    # two years in the lead, one of them only compared with: the report counts the other
    text = ("نشرت المنظمة تقريرها السنوي اليوم، وقالت إن الإعدامات تضاعفت خلال عام 2021 مقارنة بعام 2020.\n\n"
            "وأعدمت السلطات هناك ما لا يقل عن 40 شخصاً.")
    assert facts(text, DAY) == [("executed", "SA", 40, "at_least", "2021-01-01", "2021-12-31", "aggregate")]


def test_a_report_that_is_not_annual_keeps_the_reports_day():
    # a wire story of one day's hangings: the figures after its lead share the lead's day
    text = ("أعدمت السلطات السعودية، اليوم الثلاثاء، ثلاثة مدانين بتهريب المخدرات.\n\n"
            "وأوضحت وزارة الداخلية أن اثنين منهم أعدموا في تبوك.")
    got = facts(text, DAY)
    assert ("executed", "SA", 3, "exact", "2022-05-24", "2022-05-24", "event") in got


def test_the_day_the_report_came_out_dates_no_count():
    text = ("كشف التقرير السنوي للمنظمة، الصادر أمس الاثنين، عن تنفيذ ما لا يقل عن 576 حكم إعدام في إيران "
            "خلال الفترة من الأول من يناير حتى 15 ديسمبر 2021.")
    assert facts(text, date(2021, 12, 21)) == [
        ("executed", "IR", 576, "at_least", "2021-01-01", "2021-12-15", "aggregate")]


def test_a_statement_issued_on_a_day_dates_no_count():
    text = ("وقالت المنظمة، في بيان أصدرته اليوم الأربعاء، إن السلطات أعدمت 22 شخصاً خلال شهر أبريل الماضي.")
    assert facts(text, date(2022, 5, 4)) == [
        ("executed", "SA", 22, "exact", "2022-04-01", "2022-04-30", "aggregate")]


def test_a_ruling_issued_on_a_day_keeps_its_day():
    # "الحكم الصادر أمس": the day of the sentence itself, not of a report
    text = "وذكر البيان أن المحكمة أصدرت الحكم الصادر أمس الاثنين بإعدام ثلاثة متهمين بقتل شرطي في القاهرة."
    got = facts(text, date(2022, 5, 24))
    assert got and all(row[4] == "2022-05-23" for row in got)

