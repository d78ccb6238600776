"""Kind: the people of a relative clause ("a man who was sentenced to death for ...") whose main
verb, after the clause, is the execution: the clause's own verb (the sentence or transfer) is the
lead-up, the verb after it the news.

Sentences are our own, written for the kind; none is copied from a labelled set."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "location", published=date(2025, 3, 6))   # a Thursday


def test_main_verb_after_a_relative_clause_with_a_subordinate_clause_inside():
    assert facts("A prisoner who was sentenced to death for a killing committed when he was 16 "
                 "was hanged on Tuesday in Urmia.") == [("executed", 1, "2025-03-04", "Urmia")]


def test_main_verb_after_a_short_relative_clause():
    assert facts("Two women who had been sentenced to death for drug offences were executed on Monday "
                 "in Qazvin.") == [("executed", 2, "2025-03-03", "Qazvin")]


def test_a_new_subject_after_the_clause_keeps_the_sentence():
    # the later verb has its own subject, set off by a comma: the man in the clause was only sentenced
    assert ("executed", 1, "2025-03-04", None) not in facts(
        "A man who was sentenced to death last year, whose brother was hanged on Tuesday, has appealed.")
