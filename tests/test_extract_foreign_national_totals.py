"""Running totals of foreigners executed are the country's figures over the year so far (SCHEMA.md:
a breakdown by nationality is a required claim with the statistic's period); a rounded lead ("more
than 60 foreigners") told again exactly later is one claim; a total's own year dates it, not the
day of the execution that raised it. Every report here is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "country", "count", "qualifier", "period_start", "period_end", "kind")


def test_a_total_of_foreigners_raised_by_an_execution_is_of_the_year_so_far():
    text = ("Kuwait has executed more than 60 foreign nationals since the start of 2026, officials said.\n\n"
            "A Sri Lankan man was hanged on Tuesday. His execution brought the number of foreigners executed "
            "this year to 62.")
    got = facts(text, date(2026, 9, 3))
    assert ("executed", "KW", 62, "exact", "2026-01-01", "2026-09-03", "aggregate") in got
    assert not [g for g in got if g[2] == 60]


def test_the_year_inside_a_total_phrase_is_the_totals_span():
    text = ("Saudi Arabia beheaded a Pakistani man on Monday, the state news agency said, taking the number "
            "of migrant workers put to death in 2026 to 45 according to a count by rights groups.")
    got = facts(text, date(2026, 5, 6))
    assert ("executed", "SA", 45, "exact", "2026-01-01", "2026-05-06", "aggregate") in got
    assert ("executed", "SA", 1, "exact", "2026-05-04", "2026-05-04", "event") in got


def test_a_part_told_after_of_whom_splits_the_total():
    text = ("Two Somali men were beheaded on Sunday. Their executions took the number of foreigners executed "
            "this year to 48, of whom 40 had been convicted of drug trafficking.")
    got = facts(text, date(2026, 6, 2))
    assert [g for g in got if g[2] == 48 and g[4:] == ("2026-01-01", "2026-06-02", "aggregate")]
    assert [g for g in got if g[2] == 40 and g[4:] == ("2026-01-01", "2026-06-02", "aggregate")]
