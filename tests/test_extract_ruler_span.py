"""Kind: a figure told "under" a ruler ("have been sentenced to death under Ben Salem") in a report that
says when that ruler came to power: the figure runs from that date to the report's day. With no such date
in the report, the rule does not apply.

Sentences are our own, written for the kind; none is copied from a labelled set."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", published=date(2024, 3, 1))


def test_a_figure_under_a_ruler_runs_from_the_year_he_took_power():
    assert facts("Executions have soared since President Karim Ben Salem came to power in 2016.\n\n"
                 "At least 40 juvenile offenders have been sentenced to death under Ben Salem.") == [
        ("sentenced", 40, "2016-01-01", "2024-03-01")]


def test_without_the_start_of_his_rule_no_span_is_read():
    assert facts("At least 40 juvenile offenders have been sentenced to death under Ben Salem.") != [
        ("sentenced", 40, "2016-01-01", "2024-03-01")]
