"""A verb that asks for or undoes a death sentence governs both nouns it joins: "to quash the
convictions and death sentences of A and B", "quashed the verdicts and the death sentences of
three men" tell no new death sentence. Every sentence is invented."""
from datetime import date

from claim_rows import claim_reader

facts = claim_reader("event", "count", "period_start", "kind", published=date(2025, 3, 4))


def test_a_call_to_quash_joined_convictions_and_sentences_is_no_new_sentence():
    got = facts("Kurdish activist Soma Ahmadi was sentenced to death on 3 February. Write to the judiciary "
                "chief calling on him to quash the convictions and death sentences of Soma Ahmadi and Leila Karimi.")
    assert got == [("sentenced", 1, "2025-02-03", "event")]


def test_an_appeal_to_overturn_verdicts_and_sentences():
    got = facts("Amnesty urged the authorities to overturn the verdicts and the death sentences of three protesters.")
    assert got == []


def test_quashed_convictions_and_sentences_are_undone():
    got = facts("The Supreme Court on Monday quashed the convictions and death sentences of three protesters.")
    assert got == []


def test_a_sentence_passed_still_counts():
    got = facts("Three men were sentenced to death on Monday, and the judge refused to hear their witnesses.")
    assert got == [("sentenced", 3, "2025-03-03", "event")]
