"""The grammar of a count's clause (extract/clauses.py): predicates, background clauses,
infinitives and negations, other actions, shares of a total, running figures with no start,
and a new coordinated clause with its own date. Every sentence is invented; the reports are
dated Friday 12 April 2024."""
from datetime import date

import pytest

from extract import extract_report
from extract.pipeline import Extractor

from claim_rows import claim_reader

FRIDAY = date(2024, 4, 12)


facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind", published=FRIDAY)


def rejected_by(text, published=FRIDAY):
    return {r.rule for r in Extractor().explain(text, published)[1]}


def test_a_noun_phrase_after_a_copula_describes_someone_counted():
    text = ("Kuwait hanged 11 prisoners in 2023. The youngest of those executed was a man of 22, "
            "and one of those hanged was a Filipino domestic worker.")
    got = facts(text)
    assert ("executed", "KW", 11, "2023-01-01", "2023-12-31", "aggregate") in got
    assert not [f for f in got if f[5] == "event"]
    assert "reject.predicate" in rejected_by(text)


def test_the_death_sentences_of_people_carried_out_later_in_the_clause_are_executions():
    text = ("The death sentences of four members of a smuggling ring that moved heroin through the "
            "south-east were carried out on Wednesday in Zahedan.")
    assert facts(text) == [("executed", "IR", 4, "2024-04-10", "2024-04-10", "event")]


def test_a_sentence_told_in_a_relative_clause_without_a_date_is_background():
    text = ("Two brothers from Saqqez, who were sentenced to death for armed robbery, remain in Urmia prison. "
            "A third man was hanged in Urmia on Tuesday.")
    assert facts(text) == [("executed", "IR", 1, "2024-04-09", "2024-04-09", "event")]
    assert "reject.background" in rejected_by(text)


def test_a_pluperfect_sentence_without_a_date_is_background():
    text = "Lawyers said the pair had been sentenced to death by a revolutionary court."
    assert facts("A man and a woman were hanged in Qazvin on Monday. " + text) == [
        ("executed", "IR", 2, "2024-04-08", "2024-04-08", "event")]


def test_a_sentence_with_its_own_date_is_still_a_claim():
    got = facts("Three men who were sentenced to death on Sunday by a court in Ahvaz have appealed.")
    assert got == [("sentenced", "IR", 3, "2024-04-07", "2024-04-07", "event")]


@pytest.mark.parametrize("text", [
    "The bar association urged the courts not to implement the death sentences of some 300 prisoners held for drugs.",
    "Deputies asked the judiciary to review the death sentences of 40 young men before any hanging.",
])
def test_a_noun_trigger_governed_by_an_infinitive_or_a_negation_is_no_claim(text):
    assert facts(text) == []
    assert "reject.not_done" in rejected_by(text)


def test_a_part_that_is_the_subject_of_another_action_is_no_claim():
    text = ("A court in China's Guangdong province sentenced 12 men to death on Monday for smuggling. Of these, five were "
            "granted a suspended sentence, which is usually commuted to life.")
    got = facts(text)
    assert got == [("sentenced", "CN", 12, "2024-04-08", "2024-04-08", "event")]
    assert "reject.other_action" in rejected_by(text)


def test_a_part_convicted_of_a_charge_is_still_a_breakdown():
    text = "Iraq executed 30 people in 2023. Of those executed, 19 were convicted of terrorism."
    assert ("executed", "IQ", 19, "2023-01-01", "2023-12-31", "aggregate") in facts(text)


def test_a_count_with_its_share_of_a_total_is_a_part_of_that_total():
    text = ("Iran Human Rights counted 834 executions in Iran in 2023.\n\n"
            "Ethnic minorities were hit hardest. Baluch prisoners accounted for a large part.\n\n"
            "Forty-one women, or about 5% of the total, were hanged.")
    got = facts(text)
    assert ("executed", "IR", 41, "2023-01-01", "2023-12-31", "aggregate") in got
    assert not [f for f in got if f[5] == "event"]


def test_a_share_of_a_total_never_given_is_no_incident():
    text = "Thirty men, or nearly 8% of the total, were hanged in public squares."
    assert facts(text) == []
    assert "reject.share_without_total" in rejected_by(text)


@pytest.mark.parametrize("text", [
    "At least 25 people have been sentenced to death to date over the strikes, rights groups say.",
    "Since the strikes began, at least nine people have been executed over them.",
])
def test_a_running_figure_whose_start_is_not_told_is_no_incident(text):
    assert facts(text) == []
    assert "reject.span_without_start" in rejected_by(text)


def test_a_new_clause_with_its_own_date_does_not_date_the_count_before_it():
    text = ("On 2 April six men were hanged in Qezelhesar; two days later, on 4 April, five more were "
            "executed, and on 9 April another seven.")
    got = facts(text)
    assert ("executed", "IR", 5, "2024-04-04", "2024-04-04", "event") in got
    assert not [f for f in got if f[2] == 5 and f[3] != "2024-04-04"]


def test_a_group_told_again_in_apposition_is_not_a_second_incident():
    text = "Five inmates held for smuggling, three men and two women, were hanged in Birjand on Thursday."
    assert facts(text) == [("executed", "IR", 5, "2024-04-11", "2024-04-11", "event")]


def test_another_group_after_a_relative_clause_is_a_new_incident():
    text = ("On Thursday, besides the two men whose hangings were announced by the prosecutor, another "
            "prisoner, Hamid Rostami, was hanged in Birjand.")
    got = facts(text)
    assert ("executed", "IR", 1, "2024-04-11", "2024-04-11", "event") in got


def test_a_subgroup_before_the_shared_verb_is_not_a_second_incident():
    text = "Seven inmates, including two women, were hanged in Birjand on Thursday."
    assert facts(text) == [("executed", "IR", 7, "2024-04-11", "2024-04-11", "event")]
    assert "reject.split_of_incident" in rejected_by(text)


@pytest.mark.parametrize("text", [
    "Prison officials denied that 14 inmates were hanged in Dizelabad last week.",
    "Contrary to earlier claims that two teenagers had been executed in Tabriz, both are alive, their lawyer said on Wednesday.",
])
def test_a_count_after_a_denial_is_no_claim(text):
    assert facts(text) == []
    assert "reject.denied" in rejected_by(text)


def test_executions_that_were_put_off_are_no_claim():
    text = "The hangings of five men had been set for Sunday but were halted after a last-minute appeal."
    assert facts(text) == []
    assert "reject.not_done" in rejected_by(text)


def test_a_sentence_passed_near_a_later_execution_stays_a_sentence():
    got = facts("A court in Riyadh sentenced four men to death on Monday, days after two others were executed in Jeddah.")
    assert ("sentenced", "SA", 4, "2024-04-08", "2024-04-08", "event") in got
    assert not [f for f in got if f[0] == "executed" and f[2] == 4]


def test_a_large_group_with_no_day_and_no_place_is_no_incident():
    # ("over the winter" is a season: the words here name no span the rules read)
    text = "In the second half 140 prisoners were hanged, activists said."
    assert facts(text) == []
    assert "reject.undated_group" in rejected_by(text)


def _hedges():
    import yaml
    from importlib import resources
    vocab = yaml.safe_load(resources.files("extract").joinpath("data", "vocab.yaml").read_text(encoding="utf-8"))
    return [(h, q) for q, words in vocab["qualifiers"].items() if q != "at_most" for h in words]


@pytest.mark.parametrize("hedge, qualifier", _hedges())
@pytest.mark.parametrize("template", [
    "Iran executed {} 300 people in 2023.",
    "{} 300 prisoners were hanged in Iran in 2023.",
    "Iran carried out {} 300 executions in 2023.",
])
def test_every_hedge_works_wherever_a_number_does(hedge, qualifier, template):
    text = template.format(hedge)
    text = text[0].upper() + text[1:]
    assert facts(text) == [("executed", "IR", 300, "2023-01-01", "2023-12-31", "aggregate")]
    assert extract_report(text, FRIDAY)[0].qualifier == qualifier


@pytest.mark.parametrize("text", [
    "Four Afghan men are to be hanged in Mashhad, their families were told.",
    "Two prisoners are expected to be executed in Arak.",
])
def test_people_still_to_be_hanged_are_an_imminent_execution_not_an_execution(text):
    got = facts(text)
    assert [f[0] for f in got] == ["imminent"]


def test_one_of_a_group_is_not_the_group():
    text = "A farmer, one of 25 villagers sentenced to death over the clashes, was hanged in Dezful on Tuesday."
    got = facts(text)
    assert ("executed", "IR", 1, "2024-04-09", "2024-04-09", "event") in got
    assert not [f for f in got if f[2] == 25]


def test_a_fear_is_not_a_report_that_it_happened():
    text = "Relatives feared that two brothers had been hanged, but the prison said on Wednesday they were alive."
    assert facts(text) == []


def test_a_count_in_a_when_clause_after_since_takes_that_date_not_the_span_since():
    text = ("It was the most hangings in one day since March 2019, when 31 prisoners were put to death "
            "in Iraq's Nasiriyah prison.")
    got = facts(text)
    assert [f[:5] for f in got] == [("executed", "IQ", 31, "2019-03-01", "2019-03-31")]


def test_a_part_of_a_count_that_made_no_claim_makes_none():
    text = ("Iran executed 60 people in May 2024. Security forces detained 90 students that month; "
            "20 of them were women.")
    got = facts(text)
    assert got == [("executed", "IR", 60, "2024-05-01", "2024-05-31", "aggregate")]


def test_a_part_of_a_rejected_count_in_its_sentence_makes_none():
    text = ("Iran executed 60 people in May 2024. Police arrested 45 people at the funerals; at least 12 of "
            "them were later released.")
    assert facts(text) == [("executed", "IR", 60, "2024-05-01", "2024-05-31", "aggregate")]


def test_a_small_group_with_no_day_and_no_place_is_no_incident_but_one_with_a_place_is():
    assert facts("Four men convicted of smuggling were hanged, the agency said.") == []
    assert facts("Four men convicted of smuggling were hanged in Bandar Abbas prison, the agency said.") == [
        ("executed", "IR", 4, "2024-04-12", "2024-04-12", "event")]
