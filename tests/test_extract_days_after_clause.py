"""Kind: a deed told in a clause opened by "N days after" (or "a week after") inside a sentence dated
by its main verb: the clause's deed is dated N days (or weeks) before the main day, never on it; the
main verb's own count keeps its day.

Sentences are our own, written for the kind; none is copied from a labelled set."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "period_end", published=date(2023, 9, 15))


def test_a_sentence_a_day_before_the_executions():
    assert facts("Iraq on Thursday hanged eleven men convicted of terrorism, a day after a court in Baghdad "
                 "sentenced former governor Salim Jabouri to death.") == [
        ("executed", 11, "2023-09-14", "2023-09-14"), ("sentenced", 1, "2023-09-13", "2023-09-13")]


def test_an_execution_some_days_before_another():
    assert facts("Singapore hanged a Malaysian man on Wednesday for trafficking heroin, four days after it "
                 "executed a local woman for the same offence.") == [
        ("executed", 1, "2023-09-09", "2023-09-09"), ("executed", 1, "2023-09-13", "2023-09-13")]


def test_a_week_after():
    assert facts("Kuwait hanged two men on Tuesday, a week after it executed a Filipino woman.") == [
        ("executed", 1, "2023-09-05", "2023-09-05"), ("executed", 2, "2023-09-12", "2023-09-12")]
