"""Kinds of error seen in reports the rules had not been shown (heldout3, heldout4, dev2),
each pinned with sentences written for this file, in other words and other figures than the
reports where the kind was found. Every sentence is invented."""
from datetime import date

from extract import extract_report

from claim_rows import claim_reader


facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind")


# 1. The year of a compared figure is not the span of the statistic's later parts.

def test_a_compared_year_with_its_own_figure_does_not_date_the_parts_after_it():
    got = facts("At least 267 people were put to death in Iran in 2020, according to a report released "
                "today, a fall of ten per cent on 2019, when 280 executions were documented.\n\n"
                "At least nine women were among those executed. Another 120 were hanged for drug offences.",
                date(2021, 2, 11))
    assert ("executed", "IR", 9, "2020-01-01", "2020-12-31", "aggregate") in got
    assert ("executed", "IR", 120, "2020-01-01", "2020-12-31", "aggregate") in got
    assert not [f for f in got if f[3] == "2019-01-01" and f[2] != 280]


def test_a_figure_recorded_in_an_earlier_year_does_not_date_the_next_sentence():
    got = facts("Saudi Arabia executed 172 people in 2023, the rights group said on Monday.\n\n"
                "At least 60 were beheaded for drug trafficking, a sharp rise from the 19 drug executions "
                "recorded in 2022. Twelve women were executed during the year.",
                date(2024, 1, 15))
    assert ("executed", "SA", 12, "2023-01-01", "2023-12-31", "aggregate") in got
    assert not [f for f in got if f[3] == "2022-01-01" and f[2] != 19]


def test_a_statistic_compared_with_the_year_before_keeps_its_own_year():
    got = facts("In 2019 the courts of Iraq sentenced 87 people to death, compared with 271 in 2018.\n\n"
                "At least 11 women were among those sentenced.", date(2020, 3, 2))
    assert ("sentenced", "IQ", 11, "2019-01-01", "2019-12-31", "aggregate") in got


def test_a_compared_figure_with_a_thousands_separator_is_still_a_comparison():
    got = facts("Egypt's courts handed down 1,012 death sentences last year, down 8% from 1,104 in 2022, a "
                "monitoring group said on Monday.\n\n"
                "Courts in Cairo alone accounted for at least 212 death sentences.", date(2024, 2, 1))
    assert ("sentenced", "EG", 212, "2023-01-01", "2023-12-31", "aggregate") in got


# 2. Someone's relatives or victims are not the people executed.

def test_the_victims_of_the_crime_are_not_counted_as_executed():
    assert facts("Texas executed a man on Wednesday for the 2001 murders of his girlfriend and her three "
                 "children.", date(2024, 3, 14)) == [("executed", "US", 1, "2024-03-13", "2024-03-13", "event")]


def test_a_prisoners_children_are_not_transferred_with_him():
    got = facts("Ali Karimi, a farmer married with four children, was transferred to solitary confinement "
                "in Qezelhesar prison on Sunday ahead of his execution.", date(2024, 3, 14))
    assert got == [("imminent", "IR", 1, "2024-03-10", "2024-03-10", "event")]


def test_sons_named_as_victims_in_a_conviction_clause_add_no_claim():
    got = facts("A 60-year-old man convicted of stabbing his neighbour and their two sons was executed in "
                "Birjand on Tuesday.", date(2024, 3, 14))
    assert got == [("executed", "IR", 1, "2024-03-12", "2024-03-12", "event")]


# 3. A proportion ("one in ten executions") is no count.

def test_a_proportion_of_executions_is_no_claim():
    got = facts("In 2023, 834 people were executed in Iran. Only about one in ten executions was announced "
                "by state media, and roughly one in five of all executions were of Baluch prisoners.",
                date(2024, 3, 14))
    assert got == [("executed", "IR", 834, "2023-01-01", "2023-12-31", "aggregate")]


def test_a_figure_for_a_year_after_a_comma_is_no_proportion():
    got = facts("Japan hanged three people in 2021, and 15 in 2018, when the Aum Shinrikyo members were put "
                "to death.", date(2022, 7, 26))
    assert ("executed", "JP", 15, "2018-01-01", "2018-12-31", "aggregate") in got


# 4. A correction withdraws the figure it quotes.

def test_a_figure_a_correction_withdraws_is_no_claim():
    assert facts("Correction: A previous version of this report said 14 men had been hanged in Mashhad on "
                 "Sunday.", date(2024, 3, 14)) == []
    assert facts("This story has been updated. We incorrectly stated that nine prisoners were executed in "
                 "Rajai Shahr prison on Tuesday.", date(2024, 3, 14)) == []
    assert facts("Five prisoners were hanged in Rajai Shahr prison on Tuesday.", date(2024, 3, 14)) == [
        ("executed", "IR", 5, "2024-03-12", "2024-03-12", "event")]


# 5. "On 16 November last year": a day written with a relative year, and "on the same day" after it.

def test_a_day_of_last_year_dates_an_earlier_incident():
    got = facts("Kuwait hanged five people on Thursday, the first executions in the country since 7 March "
                "last year, when four prisoners were put to death.", date(2024, 5, 17))
    assert ("executed", "KW", 4, "2023-03-07", "2023-03-07", "event") in got
    assert ("executed", "KW", 5, "2024-05-16", "2024-05-16", "event") in got


def test_the_same_day_after_since_is_that_day():
    got = facts("It was Japan's first hanging since 2 August last year, when two inmates were executed on the "
                "same day in Tokyo.", date(2024, 6, 5))
    assert got == [("executed", "JP", 2, "2023-08-02", "2023-08-02", "event")]


def test_a_day_of_last_year_in_a_plain_sentence():
    assert facts("Two men convicted of drug trafficking were hanged in Singapore on 12 October last year.",
                 date(2024, 2, 1)) == [("executed", "SG", 2, "2023-10-12", "2023-10-12", "event")]


# 6. A person named again after the claim that counted them is no second incident.

def test_a_person_named_again_in_a_quote_adds_no_incident():
    got = facts("Two political prisoners, Reza Mohammadi and Karim Sadeghi, were hanged in Qezelhesar prison "
                "at dawn today.\n\nKarim Sadeghi had spent ten years in prison.\n\n"
                "\"The hanging of Reza Mohammadi was a crime,\" the group's director said.", date(2024, 3, 14))
    assert got == [("executed", "IR", 2, "2024-03-14", "2024-03-14", "event")]


def test_a_person_of_a_group_named_again_with_a_comment_adds_no_incident():
    got = facts("Ali Rezaei and Hamid Karimi were executed in Isfahan on Sunday.\n\nAmnesty International said "
                "the execution of Hamid Karimi followed a grossly unfair trial.", date(2024, 3, 14))
    assert got == [("executed", "IR", 2, "2024-03-10", "2024-03-10", "event")]


def test_another_person_named_later_is_another_incident():
    got = facts("Ali Rezaei was hanged in Isfahan on Sunday. On Monday, Hamid Karimi was hanged in Shiraz.",
                date(2024, 3, 14))
    assert got == [("executed", "IR", 1, "2024-03-10", "2024-03-10", "event"),
                   ("executed", "IR", 1, "2024-03-11", "2024-03-11", "event")]


# 7. Names set off after a group, each with its role, are the group's people.

def test_names_with_their_roles_in_apposition_label_the_group():
    claims = extract_report("Two prisoners, labourer Ali Karimi and Baluch cleric Reza Nouri, were hanged in Qom "
                            "on Monday.", date(2024, 3, 14))
    assert [(c.count, c.names) for c in claims] == [(2, ("Ali Karimi", "Reza Nouri"))]
    assert "names.apposed" in claims[0].rules


def test_a_role_named_person_told_again_later_adds_no_incident():
    got = facts("Two political prisoners, student Hamed Rostami and Kurdish prisoner Omid Safari, were executed "
                "in Urmia on Sunday.\n\nThe execution of Omid Safari drew protests abroad.", date(2024, 3, 14))
    assert got == [("executed", "IR", 2, "2024-03-10", "2024-03-10", "event")]


# 8. A world review's figures with no country are no country's.

WORLD_REVIEW = ("Executions around the world fell in 2021, a rights group said in its yearly review published "
                "on Tuesday.\n\nThe group documented 579 executions in 2021, a figure that leaves out China. "
                "Iran carried out at least 314 executions in 2021.\n\n"
                "Courts in 56 countries imposed 2,052 death sentences during the year.")


def test_a_world_reviews_totals_are_no_countrys_claims():
    assert facts(WORLD_REVIEW, date(2022, 5, 24)) == [
        ("executed", "IR", 314, "2021-01-01", "2021-12-31", "aggregate")]


def test_a_global_report_named_in_the_lead_makes_its_total_the_worlds():
    got = facts("The organisation counted 883 executions in 2022 in its annual global report, published "
                "today.\n\nSaudi Arabia put 196 people to death in 2022.", date(2023, 5, 16))
    assert got == [("executed", "SA", 196, "2022-01-01", "2022-12-31", "aggregate")]


def test_a_country_report_mentioning_the_world_keeps_its_figures():
    got = facts("Iran hanged 582 people in 2022, more than any other country in the world, a rights group "
                "said on Tuesday.\n\nOf these, 255 were hanged for drug offences. Another 288 were executed "
                "for murder.", date(2023, 4, 13))
    assert ("executed", "IR", 582, "2022-01-01", "2022-12-31", "aggregate") in got
    assert ("executed", "IR", 288, "2022-01-01", "2022-12-31", "aggregate") in got


# 9. Executions scheduled are imminent; a record and an "at risk" count are no claims.

US_YEAR = "Texas executed a man on Thursday, the 30th execution in the United States in 2025.\n\n"


def test_people_scheduled_to_be_put_to_death_are_imminent_not_executed():
    got = facts(US_YEAR + "Eleven more prisoners are scheduled to be put to death in six states before the end "
                "of the year.", date(2025, 7, 31))
    assert [f[:3] for f in got if f[2] == 11] == [("imminent", "US", 11)]


def test_a_record_no_state_reached_is_no_count():
    got = facts(US_YEAR + "Only two states have ever carried out more than 40 executions in a single year.",
                date(2025, 7, 31))
    assert [f for f in got if f[2] == 40] == []


def test_a_count_of_people_at_risk_is_no_claim_but_a_named_one_is():
    got = facts("In 2024, Iran executed at least 975 people. Amnesty said at least 14 individuals were at "
                "imminent risk of execution.", date(2025, 4, 8))
    assert got == [("executed", "IR", 975, "2024-01-01", "2024-12-31", "aggregate")]
    named = facts("Rights groups said on Monday that Sharifeh Karimi faces imminent execution after the Supreme "
                  "Court upheld her sentence.", date(2025, 4, 8))
    assert [f[:3] for f in named] == [("imminent", "IR", 1)]


def test_known_prisoners_at_imminent_risk_are_imminent():
    got = facts("Amnesty International warned on Friday that the five men face an imminent risk of execution "
                "after the Supreme Court upheld their sentences.", date(2025, 4, 8))
    assert [f[:3] for f in got] == [("imminent", "IR", 5)]


# 10. The victims and the year of the crime are not the execution's.

def test_the_deaths_the_hanged_were_convicted_over_are_no_second_count():
    got = facts("Iran hanged two men early on Monday who had been convicted over the deaths of three members of "
                "the Basij militia during protests in Karaj last December.", date(2024, 3, 14))
    assert got == [("executed", "IR", 2, "2024-03-11", "2024-03-11", "event")]


def test_a_year_naming_the_crime_does_not_date_the_ruling():
    got = facts("An Egyptian court on Tuesday upheld the death sentences of 20 men over the 2013 storming of a "
                "police station in Kerdasa.", date(2024, 3, 14))
    assert got == [("sentenced", "EG", 20, "2024-03-12", "2024-03-12", "event")]
    got = facts("Iran on Wednesday hanged a man convicted over the 2019 riots in Shiraz.", date(2024, 3, 14))
    assert got == [("executed", "IR", 1, "2024-03-13", "2024-03-13", "event")]


def test_a_year_naming_a_total_still_dates_it():
    assert facts("The 2023 total of 834 executions in Iran was the highest since 2015.", date(2024, 3, 14)) == [
        ("executed", "IR", 834, "2023-01-01", "2023-12-31", "aggregate")]


# 11. The span a report's statistics cover, named in a lead with no execution in it.

def test_a_lead_naming_the_reports_year_dates_the_figures_after_it():
    got = facts("The monitoring group released its yearly report on rights violations during the Iranian year "
                "1402, which ran from 21 March 2023 to 19 March 2024.\n\nAt least 790 prisoners were executed "
                "in Iran over the year.", date(2024, 4, 10))
    assert got == [("executed", "IR", 790, "2023-03-21", "2024-03-19", "aggregate")]


def test_the_first_end_of_a_change_does_not_date_the_statistic():
    got = facts("Executions across the Gulf rose in 2023, the monitor's annual report said.\n\n"
                "Kuwait more than doubled its yearly total, from 3 in 2022 to at least 7.\n\n"
                "In Bahrain, two people were executed, one more than in 2022.", date(2024, 2, 20))
    assert ("executed", "BH", 2, "2023-01-01", "2023-12-31", "aggregate") in got


# 12. A lead's rounded bound restates the exact figure given further down.

def test_a_rounded_bound_and_the_exact_total_are_one_fact():
    got = facts("Iran has hanged more than 200 people since the start of the year, a rights group said on "
                "Tuesday.\n\nTwo prisoners were hanged in Qom prison on Monday, bringing to 207 the number of "
                "executions this year.", date(2024, 5, 8))
    assert [f for f in got if f[5] == "aggregate"] == [("executed", "IR", 207, "2024-01-01", "2024-05-06", "aggregate")]


def test_a_bound_far_below_the_later_figure_is_another_fact():
    got = facts("Iran has hanged more than 200 people since the start of the year, a rights group said on "
                "Tuesday.\n\nTwo prisoners were hanged in Qom prison on Monday, bringing to 290 the number of "
                "executions this year.", date(2024, 5, 8))
    assert [f[2] for f in got if f[5] == "aggregate"] == [200, 290]


# 13. "Since the start of the Iranian year": the Iranian year running at publication.

def test_since_the_start_of_the_iranian_year_starts_on_21_march():
    got = facts("Iran has executed at least 310 people since the beginning of the Iranian year, a rights group "
                "said on Tuesday.\n\nAt least 12 women were among those executed.", date(2023, 8, 15))
    assert got == [("executed", "IR", 12, "2023-03-21", "2023-08-15", "aggregate"),
                   ("executed", "IR", 310, "2023-03-21", "2023-08-15", "aggregate")]


def test_the_current_persian_year_read_in_winter_began_the_march_before():
    got = facts("Since the start of the current Persian year, 480 prisoners have been hanged in Iran, the group "
                "said.", date(2024, 2, 10))
    assert got == [("executed", "IR", 480, "2023-03-21", "2024-02-10", "aggregate")]


# 14. A part larger than the incident before it splits the statistic told earlier.

def test_a_part_larger_than_the_incident_before_it_splits_the_years_figure():
    got = facts("Iran has hanged more than 400 people since January, a rights group said.\n\nTwo men were "
                "hanged in Arak prison on Sunday.\n\nOf those, 190 had been convicted of drug trafficking.",
                date(2024, 6, 12))
    assert ("executed", "IR", 190, "2024-01-01", "2024-06-12", "aggregate") in got
    assert ("executed", "IR", 2, "2024-06-09", "2024-06-09", "event") in got


def test_a_part_larger_than_every_figure_before_it_is_no_claim():
    got = facts("Two men were hanged in Arak prison on Sunday. Of those, 40 were Afghan nationals.",
                date(2024, 6, 12))
    assert got == [("executed", "IR", 2, "2024-06-09", "2024-06-09", "event")]


# 15. An Iranian year written as a bare number ("during 1402"); "N of the M executions" tells M again.

def test_a_bare_iranian_year_after_a_preposition_is_that_year():
    got = facts("The monitor counted 834 executions in 91 prisons during 1402, it said on Monday.\n\n"
                "Its count includes 22 women.", date(2024, 4, 1))
    # 1402 ends on 29 Esfand, 19 March 2024 (1402 is a leap year of 366 days; 1403 began on 20 March)
    assert got == [("executed", "IR", 22, "2023-03-21", "2024-03-19", "aggregate"),
                   ("executed", "IR", 834, "2023-03-21", "2024-03-19", "aggregate")]


def test_the_whole_a_part_is_taken_from_is_not_told_again():
    got = facts("Iran executed at least 900 people in 2024, a monitor said.\n\nThe group said 610 of the 900 "
                "executions were carried out after 1 August.", date(2025, 2, 3))
    assert [f for f in got if f[2] == 900] == [("executed", "IR", 900, "2024-01-01", "2024-12-31", "aggregate")]


def test_a_hedged_change_from_a_year_is_a_comparison():
    got = facts("Executions in Iraq rose sharply last year, a rights group said.\n\nThe group recorded 63 "
                "executions in Iraq last year, up more than 40 percent from 2023.\n\n"
                "Courts in Baghdad accounted for at least 30 executions.", date(2025, 4, 8))
    assert ("executed", "IQ", 30, "2024-01-01", "2024-12-31", "aggregate") in got


# 16. "In March 2018 ... on a single day, 7 March"; "more than the total ... last year".

def test_a_day_takes_the_year_written_with_its_month_earlier_in_the_sentence():
    got = facts("In March 2018, twelve men convicted of drug offences were hanged in Karaj on a single day, "
                "7 March.", date(2020, 5, 4))
    assert got == [("executed", "IR", 12, "2018-03-07", "2018-03-07", "event")]


def test_a_single_days_mass_execution_compared_with_last_years_total_is_todays():
    got = facts("Saudi Arabia has put 59 men to death in a single day, more than the total number executed in "
                "the whole of last year.", date(2023, 6, 2))
    assert got == [("executed", "SA", 59, "2023-06-02", "2023-06-02", "event")]


# 17. A figure "to date" told on a named day runs to that day.

def test_a_figure_since_january_told_in_a_dated_statement_ends_that_day():
    got = facts("In a speech on 3 June, the UN rights chief said at least 300 people had been executed in Iran "
                "since the start of the year.", date(2023, 8, 3))
    assert got == [("executed", "IR", 300, "2023-01-01", "2023-06-03", "aggregate")]


def test_a_running_total_after_an_incident_ends_on_the_incident():
    got = facts("On Monday, Iran hanged three men in Qom prison, bringing to 420 the number of executions since "
                "the start of the year.", date(2023, 8, 3))
    assert ("executed", "IR", 420, "2023-01-01", "2023-07-31", "aggregate") in got


# 18. An American report told from a state the country list did not know, or under an AP dateline.

def test_an_ap_dateline_with_a_state_abbreviation_makes_an_american_report():
    got = facts("TERRE HAUTE, Ind. - The federal government executed Dustin Hale early Saturday, the 11th federal "
                "prisoner put to death since July.", date(2021, 1, 16))
    assert [f[:3] for f in got if f[5] == "event"] == [("executed", "US", 1)]


def test_a_state_named_in_the_lead_makes_an_american_report():
    got = facts("Tennessee executed a man on Thursday for the 1998 murder of a shop owner.", date(2024, 3, 14))
    assert got == [("executed", "US", 1, "2024-03-14", "2024-03-14", "event")]


# 19. A title naming one country says what the report is about.

def test_a_title_naming_one_country_outweighs_a_comparison_in_the_first_paragraph():
    claims = extract_report("Two inmates were hanged at dawn on Thursday, their lawyers said. Unlike in some US "
                            "states, families are told only after the execution.", date(2024, 3, 15),
                            title="Secretive Japan hangs two death-row inmates")
    assert [(c.event, c.country, c.count) for c in claims] == [("executed", "JP", 2)]


def test_a_title_naming_two_countries_leaves_the_report_country_to_the_text():
    claims = extract_report("Iran hanged three men in Qom prison on Monday.", date(2024, 3, 14),
                            title="Iran and Saudi Arabia step up executions")
    assert [(c.country, c.count) for c in claims] == [("IR", 3)]


# 20. An Iranian date with its day, written in an English report ("Tuesday 15 Mehr 1404").

def test_an_iranian_day_month_and_year_is_that_day():
    got = facts("On Sunday 3 Azar 1403, a prisoner convicted of drug trafficking was hanged in Isfahan's Dastgerd "
                "prison, the group reported.", date(2024, 11, 25))
    assert got == [("executed", "IR", 1, "2024-11-23", "2024-11-23", "event")]
