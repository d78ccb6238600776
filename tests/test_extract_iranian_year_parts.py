"""Statistics told over a part of an Iranian (Solar Hijri) year, in English: "the first six months
of the Iranian year 1402", "the first half of the previous Iranian year", "the second quarter of
1403". Each names Gregorian days through the calendar (1 Farvardin 1403 is 20 March 2024), and the
breakdowns of such a statistic take its span."""

from datetime import date

from claim_rows import claim_reader

facts = claim_reader("count", "period_start", "period_end", "kind", published=date(2023, 10, 2))


def test_first_months_of_a_numbered_iranian_year():
    assert facts("The group counted at least 212 hangings in the first six months of the Iranian "
                 "year 1402, its report said.") == [(212, "2023-03-21", "2023-09-22", "aggregate")]


def test_first_half_of_the_iranian_year_running_at_publication():
    assert facts("At least 150 prisoners were executed in the first half of the Iranian year.") == [
        (150, "2023-03-21", "2023-09-22", "aggregate")]


def test_previous_iranian_year_and_a_part_of_it():
    rows = facts("In the previous Iranian year, 580 people were executed. In the first three months "
                 "of the previous Iranian year, the monitors had recorded 97 executions.")
    assert rows == [(97, "2022-03-21", "2022-06-21", "aggregate"),
                    (580, "2022-03-21", "2023-03-20", "aggregate")]


def test_quarter_of_a_year_written_as_a_number():
    assert facts("The centre documented 88 executions in the second quarter of 1401.") == [
        (88, "2022-06-22", "2022-09-22", "aggregate")]


def test_breakdowns_inherit_the_iranian_span():
    rows = facts("Rights monitors recorded at least 240 executions during the first six months of the "
                 "Iranian year 1402. Among those executed were 31 Baluch prisoners and nine women. "
                 "Drug charges accounted for 120 of the executions.")
    assert rows == [(9, "2023-03-21", "2023-09-22", "aggregate"),
                    (31, "2023-03-21", "2023-09-22", "aggregate"),
                    (120, "2023-03-21", "2023-09-22", "aggregate"),
                    (240, "2023-03-21", "2023-09-22", "aggregate")]


def test_a_gregorian_half_year_is_unchanged():
    assert facts("At least 354 people were executed during the first half of 2023.") == [
        (354, "2023-01-01", "2023-06-30", "aggregate")]
