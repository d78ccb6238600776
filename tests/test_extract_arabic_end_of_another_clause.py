"""Arabic tallies: "to the end of August" told in one clause is that clause's end; a span "since the start of
2025" opened in the next clause ("، وتقول منظمات إن العدد تجاوز ... منذ مطلع 2025") runs to the report's
day, and the first figure keeps its tally from the year's start to that month's end. Sentences written
for these tests."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "period_end", lang="ar")


def test_the_end_of_one_clause_does_not_close_the_next_clauses_span():
    text = ("وقد وثقت الأمم المتحدة 512 إعداماً في إيران حتى نهاية يونيو (حزيران)، وتقول منظمات حقوقية إن العدد "
            "تجاوز 700 إعدام منذ مطلع 2025.")
    assert facts(text, date(2025, 9, 10)) == [(512, "2025-01-01", "2025-06-30"), (700, "2025-01-01", "2025-09-10")]
