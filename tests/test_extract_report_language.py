"""Kinds of wording that independent reports use, each checked on invented sentences: figures
counted from a day ("since ..."), death sentences "carried out", undated counts inside a
statistical report, and the rule ids every claim carries."""
from datetime import date

from extract import default_extractor, extract_report

from claim_rows import claim_reader

PUB = date(2025, 6, 30)


facts = claim_reader("event", "count", "period_start", "period_end", "kind", published=PUB)


def test_a_figure_since_a_dated_event_runs_from_that_day_to_the_report():
    assert facts("Iran has hanged at least 14 people since the ceasefire took hold on 12 June, a monitor said.") \
        == [("executed", 14, "2025-06-12", "2025-06-30", "aggregate")]
    assert facts("Since the Iranian new year on 21 March, more than 500 prisoners have been executed.") \
        == [("executed", 500, "2025-03-21", "2025-06-30", "aggregate")]


def test_death_sentences_carried_out_are_executions():
    got = facts("State television said the death sentences of two brothers convicted of armed robbery were "
                "implemented on Sunday morning.")
    assert got == [("executed", 2, "2025-06-29", "2025-06-29", "event")]


def test_an_undated_count_in_a_report_about_a_year_is_a_part_of_that_year():
    got = facts("The centre recorded 640 executions in 2024 in its annual report.\n\n"
                "Forty-one prisoners were hanged in public, the report adds.")
    assert ("executed", 41, "2024-01-01", "2024-12-31", "aggregate") in got
    assert all(g[4] == "aggregate" for g in got)


def test_a_count_of_executions_with_no_date_anywhere_is_no_incident():
    assert facts("The province carried out 12 executions, activists told reporters, among them two in the capital.") == []


def test_a_year_still_running_ends_on_the_day_of_the_report():
    assert facts("At least 212 people were executed in 2025, the group said.") \
        == [("executed", 212, "2025-01-01", "2025-06-30", "aggregate")]


def test_every_claim_names_the_rules_that_made_it():
    claims = extract_report("Three men were hanged in Qezelhesar Prison on Tuesday for drug offences.", PUB)
    assert len(claims) == 1
    rules = claims[0].rules
    assert rules[0] == "trigger.executed:were hanged"
    assert "count.person" in rules and "period.stated" in rules and "kind.event.place" in rules
    assert claims[0].to_dict()["rules"] == list(rules)


def test_a_rejected_candidate_is_reported_with_the_rule_that_rejected_it():
    claims, rejections = default_extractor().explain(
        "Two brothers were hanged in Dastgerd Prison on Sunday for killing three people in a robbery.", PUB)
    assert [(c.count, c.kind) for c in claims] == [(2, "event")]
    assert [(r.text, r.rule) for r in rejections] == [("three people", "reject.no_event")]
    assert rejections[0].evidence.startswith("Two brothers were hanged")


def test_every_hedge_of_the_vocabulary_works_before_every_kind_of_figure():
    for hedge, qualifier in (("at least", "at_least"), ("approximately", "about"), ("no fewer than", "at_least"),
                             ("in excess of", "more_than"), ("roughly", "about")):
        for sentence in (f"{hedge.capitalize()} 320 people were executed in 2024.",
                         f"The number of executions in 2024 reached {hedge} 320.",
                         f"Executions climbed to {hedge} 320 in 2024, the monitor said."):
            got = [(c.count, c.qualifier) for c in extract_report(sentence, PUB)]
            assert got == [(320, qualifier)], sentence


def test_both_ends_of_a_change_from_one_year_to_another_are_figures_of_their_own_years():
    got = facts("Hangings in the country rose by a third, from 120 in 2022 to 160 in 2023, the monitor said.",
                date(2024, 2, 1))
    assert got == [("executed", 120, "2022-01-01", "2022-12-31", "aggregate"),
                   ("executed", 160, "2023-01-01", "2023-12-31", "aggregate")]


def test_the_end_of_a_change_without_a_year_takes_the_year_the_report_is_about():
    got = facts("Executions fell sharply in 2023. Death sentences also fell, from 40 in 2022 to 31, the report says.",
                date(2024, 2, 1))
    assert ("sentenced", 40, "2022-01-01", "2022-12-31", "aggregate") in got
    assert ("sentenced", 31, "2023-01-01", "2023-12-31", "aggregate") in got


def test_a_change_in_something_else_is_no_claim():
    assert facts("Executions rose in 2023. Arrests of activists went from 300 in 2022 to 520 in 2023.",
                 date(2024, 2, 1)) == []


def test_a_nationality_is_who_was_executed_not_where():
    got = [(c.country, c.count) for c in extract_report(
        "Four Pakistani nationals were hanged in Zahedan Central Prison on Sunday for drug trafficking.", PUB)]
    assert got == [("IR", 4)]
    got = [(c.country, c.count) for c in extract_report(
        "Kuwait executed an Egyptian fisherman and two other prisoners on Thursday, officials said.", PUB)]
    assert {g[0] for g in got} == {"KW"}


def test_a_figure_without_a_country_takes_the_country_of_the_figure_before_it_in_its_paragraph():
    got = {(c.country, c.count) for c in extract_report(
        "Iran put 580 people to death in 2023, rights groups say.\n\n"
        "In Iraq the number of executions doubled in 2023 to 60. Forty-one of them were for terrorism.",
        date(2024, 3, 1))}
    assert ("IQ", 60) in got and ("IQ", 41) in got and ("IR", 580) in got


def test_the_day_a_figure_is_counted_from_is_not_a_side_date_even_after_an_attack():
    assert facts("The group says at least 11 prisoners have been hanged since the militia's attack on 9 June.") \
        == [("executed", 11, "2025-06-09", "2025-06-30", "aggregate")]


def test_the_year_of_an_arrest_a_few_words_on_does_not_date_the_execution():
    got = facts("On Thursday the authorities executed Tariq Haddad, a driver who was detained at the border "
                "crossing in 2019 and convicted of smuggling.")
    assert [(g[1], g[2], g[4]) for g in got] == [(1, "2025-06-26", "event")]


def test_a_statistic_broken_into_lines_still_dates_the_prose_after_the_lines():
    got = facts("The monitor recorded 210 executions between January and May 2025, up 30% from 160 in 2024.\n"
                "By province:\nTehran: 40\nFars: 35\nKerman: 20\n\n"
                "Nineteen people were hanged in public, the monitor said.")
    assert ("executed", 19, "2025-01-01", "2025-05-31", "aggregate") in got
    assert ("executed", 40, "2025-01-01", "2025-05-31", "aggregate") in got


def test_prose_restating_a_row_of_a_list_is_one_claim():
    got = facts("The monitor recorded 50 executions in May 2025.\nBy charge:\nDrug offences: 31\nMurder: 19\n\n"
                "The 31 drug-related hangings were carried out in eight prisons.")
    assert sorted(g[1] for g in got) == [19, 31, 50]


def test_a_figure_so_far_over_the_protests_runs_from_their_start_to_the_report():
    got = facts("Demonstrations broke out on 2 March after a student died in custody. At least nine protesters "
                "have been sentenced to death so far over the unrest, lawyers say.")
    assert got == [("sentenced", 9, "2025-03-02", "2025-06-30", "aggregate")]


def test_a_number_of_states_or_a_year_before_executions_is_not_a_count_of_executions():
    assert facts("Seven states carried out executions in 2024, the centre said.", date(2025, 1, 10)) == []
    got = facts("The group recorded 410 executions in 2024. Of the 2024 executions, 250 were for drug offences.",
                date(2025, 1, 10))
    assert sorted(g[1] for g in got) == [250, 410]


def test_the_country_said_right_after_the_figure_is_where_it_happened():
    got = [(c.country, c.count) for c in extract_report(
        "The monitor, which ranks Iran and China higher, said 140 people had been executed in Saudi Arabia "
        "in the first half of 2025.", PUB)]
    assert got == [("SA", 140)]


def test_a_heading_about_executions_announces_the_rows_below_it():
    got = facts("Only three states carried out executions this year:\nTexas – 7\nAlabama – 4\nOhio – 1",
                date(2025, 12, 5))
    assert [g[1] for g in got] == [1, 4, 7] and all(g[2:] == ("2025-01-01", "2025-12-05", "aggregate") for g in got)
