"""Persian reports: "the first" execution of a series told with its own day ("نخستین اعدام در ملأ عام
پس از بازگشت طالبان به قدرت در ۲۰ جدی ۱۴۰۲ در ولایت غزنی انجام شد") is that one execution, an
incident of its day (kind.event.first_on_its_day), not a running total of one from the series' start
to the report's day. A later ordinal with no day stays a running total. Sentences written for these tests."""
from datetime import date

from claim_rows import claim_reader


facts = claim_reader("event", "count", "period_start", "period_end", "kind", lang="fa")


def test_the_first_with_its_day_is_an_incident_of_that_day():
    text = ("این چهارمین اعدام در ملأ عام از زمان بازگشت طالبان به قدرت است. نخستین اعدام در ملأ عام پس از "
            "بازگشت طالبان به قدرت در ۲۰ جدی ۱۴۰۲ در ولایت غزنی انجام شد.")
    rows = facts(text, date(2024, 6, 2))
    assert ("executed", 1, "2024-01-10", "2024-01-10", "event") in rows
    assert ("executed", 4, "2021-08-15", "2024-06-02", "aggregate") in rows
    assert not [r for r in rows if r[1] == 1 and r[4] == "aggregate"]
