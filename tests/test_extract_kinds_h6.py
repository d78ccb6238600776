"""Kinds of error seen in heldout6 (English reports written from real public reporting), each
pinned with sentences written for this file, in other words, places and figures than the reports
where the kind was found. Every sentence is invented."""
from datetime import date

from extract import extract_report

from claim_rows import claim_reader


facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind")


# 1. A clause opened by "when" (or "during which") after a date tells what happened in that
#    date's span: its count is dated by it ("a rise on 2022, when 140 were recorded"), and a count
#    before the date is not ("The 60 hangings were ten more than in 2021, when 50 ..."); a list
#    splitting the report's statistic takes the statistic's span, never the compared year's.

def test_a_count_in_a_when_clause_takes_the_date_that_opens_it():
    got = facts("At least 300 people were executed in Iran between 1 January and 30 June 2025, the group said. "
                "That is a sharp rise on the first half of 2024, when the group documented 210 executions, and "
                "nearly double the 160 recorded in the first half of 2023.", date(2025, 7, 4))
    assert ("executed", "IR", 210, "2024-01-01", "2024-06-30", "aggregate") in got
    assert ("executed", "IR", 300, "2025-01-01", "2025-06-30", "aggregate") in got


def test_a_count_before_a_compared_year_is_not_dated_by_it():
    got = facts("The year's 18 executions were five more than in 2020, when 13 people were hanged.",
                date(2021, 12, 17))
    assert got == [("executed", "IR", 13, "2020-01-01", "2020-12-31", "aggregate")]


def test_a_count_before_a_compared_year_takes_the_statistics_span():
    got = facts("Texas carried out 9 executions in 2019, the state's prison agency said.\n\n"
                "Courts there imposed 31 new death sentences, eight more than in 2018, when 23 were handed down.",
                date(2019, 12, 20))
    assert not [f for f in got if f[2] == 31 and (f[3].startswith("2018") or f[5] == "event")], got


def test_during_which_also_gives_the_clause_its_date():
    got = facts("Executions in Saudi Arabia reached 150 in 2024. The figure exceeds that of 2022, during which "
                "the kingdom executed 138 people.", date(2025, 1, 3))
    assert ("executed", "SA", 138, "2022-01-01", "2022-12-31", "aggregate") in got


def test_a_list_after_a_comparison_splits_the_statistic_not_the_compared_year():
    got = facts("At least 420 prisoners were executed in Iran in the first half of 2023, according to the "
                "monitor. That is up on the first half of 2022, when it recorded 250 executions.\n\n"
                "By province\n- Sistan and Baluchestan: 70\n- Kermanshah: 41\n- Fars: 33", date(2023, 7, 10))
    rows = [f for f in got if f[2] in (70, 41, 33)]
    assert len(rows) == 3
    assert all(f[3:5] == ("2023-01-01", "2023-06-30") for f in rows), rows


# 2. "Convicted of murder" before the verb of the news ends its clause at that verb: "Three men
#    convicted of theft were executed on Friday, 6 June" were executed that Friday, not convicted
#    then; "a man arrested in 2022 was hanged" still dates the arrest.

def test_a_day_after_the_verb_of_the_news_is_not_the_conviction_date():
    got = facts("Three prisoners convicted of theft were executed on Friday, June 6, in Qezelhesar Prison.",
                date(2025, 6, 10))
    assert got == [("executed", "IR", 3, "2025-06-06", "2025-06-06", "event")]


def test_a_day_after_was_hanged_following_a_conviction():
    got = facts("A young man convicted of rape was hanged on 2 March in Qazvin, a rights group said.",
                date(2024, 3, 5))
    assert got == [("executed", "IR", 1, "2024-03-02", "2024-03-02", "event")]


def test_the_year_of_an_arrest_still_dates_the_arrest():
    got = facts("A man arrested in 2019 was hanged in Shiraz on Monday 4 March.", date(2024, 3, 6))
    assert got == [("executed", "IR", 1, "2024-03-04", "2024-03-04", "event")]


# 3. "A citizen of X" (national, native of X) tells whom a prisoner belongs to, not where he was
#    executed: the report stays about the country where the prison is.

def test_a_citizen_of_a_country_is_not_the_country_of_the_execution():
    got = facts("Two men, Karim Baluchi and Nasser Rigi, were hanged at dawn in Zahedan Central Prison on Monday "
                "for drug trafficking. Nasser Rigi was a citizen of Pakistan, his relatives said.", date(2021, 12, 15))
    assert got == [("executed", "IR", 2, "2021-12-13", "2021-12-13", "event")]


def test_a_national_of_a_country_named_after_several_words():
    got = facts("Three Kurdish prisoners were executed in Urmia Central Prison on Wednesday on charges of spying. "
                "One of them, Hemin Ahmadi, was a native of the autonomous Kurdistan Region of Iraq. "
                "Iran executed at least 20 people for spying in 2025.", date(2025, 7, 4))
    assert ("executed", "IR", 3, "2025-07-02", "2025-07-02", "event") in got


# 4. After a superlative, a span of years is what a record is measured over ("the highest monthly
#    toll in the past fifteen years") and "in one month" the unit it is counted in: neither is the
#    span of the statistic the later parts of the report split.

def test_the_span_of_a_record_does_not_date_the_parts_after_it():
    got = facts("Monthly report, May 2024\n\nAt least 90 prisoners were executed in Iran in May 2024. This is the "
                "highest monthly toll recorded in the country in the past fifteen years.\n\nPolitical prisoners\n"
                "At least four political prisoners were executed during the month: Kaveh Amini, Soran Latifi, "
                "Hadi Rostami and Yunes Karimi.", date(2024, 6, 2))
    assert ("executed", "IR", 4, "2024-05-01", "2024-05-31", "aggregate") in got


def test_one_month_after_a_superlative_is_the_unit_of_the_record():
    got = facts("At least 40 people were hanged in Iraq in April 2023. It was the most executions in one month in "
                "the country in the past ten years.\n\nJuveniles\nThree juvenile offenders were hanged.",
                date(2023, 5, 3))
    assert ("executed", "IQ", 3, "2023-04-01", "2023-04-30", "aggregate") in got


def test_a_superlative_for_one_year_keeps_that_year():
    got = facts("Iran executed 975 people in 2024, the highest figure in 2024 of any country in the region. "
                "At least 31 women were executed.", date(2025, 2, 1))
    assert ("executed", "IR", 31, "2024-01-01", "2024-12-31", "aggregate") in got


# 5. A court that quashes, overturns or commutes "the death sentence of" someone undoes a
#    sentence: no new sentence, whatever determiner stands between the verb and the noun.

def test_a_quashed_death_sentence_is_no_sentence():
    got = facts("The Supreme Court has quashed the death sentence of Behnam Vaziri, a 30-year-old labourer, "
                "and ordered a retrial, his lawyer said on Monday.", date(2025, 3, 4))
    assert got == []


def test_overturned_their_death_sentences_is_no_sentence():
    got = facts("An appeals court overturned the death sentences of two teenagers on Sunday.", date(2024, 9, 10))
    assert got == []


def test_a_sentence_upheld_is_still_a_sentence():
    got = facts("The Supreme Court upheld the death sentence of Behnam Vaziri on Monday, 3 March.", date(2025, 3, 4))
    assert got == [("sentenced", "IR", 1, "2025-03-03", "2025-03-03", "event")]


# 6. People named with no day of their own right after a statistic ("At least five women were
#    executed. A and B were hanged for drug offences") are among that statistic's executed, over
#    its span, not an incident on the report's day; a day told in the paragraph still dates them.
#    They split the statistic as a breakdown does, so they are a part of it (kind aggregate,
#    kind.aggregate.named_of_statistic), as the labelled sets have them.

def test_names_after_a_monthly_figure_share_its_month():
    got = facts("Monthly report, May 2024\n\nAt least 90 prisoners were executed in Iran in May 2024.\n\nWomen\n"
                "At least five women were executed. Leila Ahmadi and Sara Nouri were hanged for drug offences, and "
                "Maryam Rahimi for murder.", date(2024, 6, 2))
    assert ("executed", "IR", 2, "2024-05-01", "2024-05-31", "aggregate") in got
    assert not [f for f in got if f[3] == "2024-06-02"]


def test_names_after_an_incident_keep_its_day():
    got = facts("Two men were hanged in Qom Prison on Tuesday. Their names were Ali Karimi and Reza Nouri.",
                date(2024, 6, 2))
    assert got == [("executed", "IR", 2, "2024-05-28", "2024-05-28", "event")]


# 7. "Accused of attacks in 2014", "convicted over bombings in 2016": the year of the offences, told
#    in the plural, is not the period of the part of a statistic beside it.

def test_the_year_of_attacks_is_not_the_period_of_a_part():
    got = facts("Saudi Arabia executed 37 men in April 2021, the interior ministry said. Of these, 12 had been "
                "accused of attacks in 2016 on security forces.", date(2021, 5, 2))
    assert ("executed", "SA", 12, "2021-04-01", "2021-04-30", "aggregate") in got


# 8. "Ten were sentenced to a combined 290 months in prison, and one man was sentenced to death":
#    a count whose own verb gives a prison term is not the subject of the death sentence after it,
#    nor added to its count.

def test_a_prison_term_count_is_not_added_to_a_death_sentence():
    got = facts("In September, 12 activists were sentenced to a combined 310 months in prison and one Baluch man "
                "was sentenced to death.", date(2025, 10, 2))
    assert got == [("sentenced", "IR", 1, "2025-09-01", "2025-09-30", "aggregate")]


def test_years_in_prison_before_a_death_sentence_on_a_day():
    got = facts("Eight protesters were sentenced to five years in prison, and two others were sentenced to death "
                "on Monday.", date(2025, 10, 2))
    assert got == [("sentenced", "IR", 2, "2025-09-29", "2025-09-29", "event")]


def test_death_and_lashes_is_still_a_death_sentence():
    got = facts("Three men were sentenced to death and 74 lashes on Monday in Tabriz.", date(2025, 10, 2))
    assert got == [("sentenced", "IR", 3, "2025-09-29", "2025-09-29", "event")]


# 9. "Karim Fattahi, 44, a Baluch prisoner from Saravan, was hanged": the age set off between a
#    name and its description leaves one person, not a named one and a second prisoner.

def test_an_age_between_a_name_and_its_description_is_one_person():
    got = facts("Karim Fattahi, 44, a Baluch prisoner from Saravan, was hanged at dawn on Monday in Zahedan "
                "Central Prison.", date(2026, 2, 10))
    assert got == [("executed", "IR", 1, "2026-02-09", "2026-02-09", "event")]


def test_two_people_with_ages_stay_two():
    got = facts("Karim Fattahi, 44, and Omid Rigi, 29, were hanged at dawn on Monday in Zahedan Central Prison.",
                date(2026, 2, 10))
    assert got == [("executed", "IR", 2, "2026-02-09", "2026-02-09", "event")]


# 10. A person named again by the surname alone ("Moradi was hanged on Tuesday" after "the
#     authorities executed Saman Moradi") is the same person: one claim, the dated telling's day.

def test_a_surname_told_again_is_the_same_person():
    got = facts("Twelve men were hanged in Karaj on Wednesday. The hangings came after the authorities executed "
                "Saman Moradi, a protester from Bukan. Moradi was hanged on Tuesday in Urmia Central Prison.",
                date(2024, 8, 7))
    assert got == [("executed", "IR", 1, "2024-08-06", "2024-08-06", "event"),
                   ("executed", "IR", 12, "2024-08-07", "2024-08-07", "event")]
    names = [c.names for c in extract_report(
        "The authorities executed Saman Moradi, a protester from Bukan. Moradi was hanged on Tuesday in Urmia "
        "Central Prison.", date(2024, 8, 7))]
    assert names == [("Saman Moradi",)]


# 11. "The arrest of hundreds of Baluch citizens, at least 40 of whom face capital charges": a part
#     of a vague quantity no one counted is no claim, whatever figure the report gave before.

def test_a_part_of_hundreds_arrested_is_no_execution():
    got = facts("At least 266 prisoners were executed in Iran in the first half of 2024. In the same six months the "
                "group documented the arrest of hundreds of Baluch citizens, at least 40 of whom now face charges "
                "that carry the death penalty.", date(2024, 7, 2))
    assert got == [("executed", "IR", 266, "2024-01-01", "2024-06-30", "aggregate")]


def test_a_part_of_dozens_detained_is_no_execution():
    got = facts("At least 266 prisoners were executed in Iran in the first half of 2024. Police also detained "
                "dozens of students, 12 of whom face capital charges.", date(2024, 7, 2))
    assert got == [("executed", "IR", 266, "2024-01-01", "2024-06-30", "aggregate")]


def test_a_part_of_the_figure_before_is_still_a_part():
    got = facts("At least 266 prisoners were executed in Iran in the first half of 2024. Of these, 40 were Baluch.",
                date(2024, 7, 2))
    assert ("executed", "IR", 40, "2024-01-01", "2024-06-30", "aggregate") in got


# 12. "Sentenced five men to death for the murder of a money changer during a robbery in Zarqa
#     last year": a span after an offence told as one event ("during a robbery", "in an attack")
#     dates the offence, never the sentence; a day there is still the news's day.

def test_last_year_after_a_robbery_dates_the_robbery_not_the_sentence():
    got = facts("A court in Jordan has sentenced five men to death for the murder of a money changer during a "
                "robbery in Zarqa last year.", date(2026, 6, 16))
    assert got == [("sentenced", "JO", 5, "2026-06-16", "2026-06-16", "event")]


def test_a_year_after_an_attack_dates_the_attack():
    got = facts("An Iraqi court sentenced three men to death on Sunday over their role in an attack on a market "
                "in 2016.", date(2024, 5, 14))
    assert got == [("sentenced", "IQ", 3, "2024-05-12", "2024-05-12", "event")]


def test_offences_in_a_year_still_date_a_figure():
    got = facts("Iran executed 30 people for drug offences in 2025.", date(2026, 6, 16))
    assert got == [("executed", "IR", 30, "2025-01-01", "2025-12-31", "aggregate")]


# 13. "The number of executions was 30% higher than in July": a share after "the number of" is
#     no total of people.

def test_a_share_after_the_number_of_executions_is_no_total():
    got = facts("At least 80 people were executed in Iran in August 2023. The number of executions was 30% higher "
                "than in July 2023, when the monitor counted 62.", date(2023, 9, 2))
    assert not [f for f in got if f[2] == 30], got


def test_the_number_of_executions_risen_to_a_figure_is_a_total():
    got = facts("At least 80 people were executed in Iran in August 2023. The number of executions in the year has "
                "risen to 430.", date(2023, 9, 2))
    assert ("executed", "IR", 430, "2023-01-01", "2023-09-02", "aggregate") in got


# 14. A row of a listed breakdown may carry a remark after its figure ("- Political charges: 31,
#     including nine for espionage"): it is still a row, and the list around it still a table.

def test_a_row_with_a_remark_after_its_figure_keeps_the_table():
    got = facts("At least 500 prisoners were executed in Iran in the first half of 2025, the group said.\n\n"
                "By charge\n- Drug offences: 260\n- Murder: 190\n- Political charges: 28, including six for alleged "
                "spying\n- Rape: 14\n- Armed robbery: 8", date(2025, 7, 5))
    for n in (260, 190, 28, 14, 8):
        assert ("executed", "IR", n, "2025-01-01", "2025-06-30", "aggregate") in got, (n, got)


def test_a_thousands_separator_is_no_remark():
    got = facts("Executions in 2024, by province:\nAlborz: 1,020\nIsfahan: 98\nFars: 41", date(2025, 1, 10))
    assert ("executed", "IR", 1020, "2024-01-01", "2024-12-31", "aggregate") in got


# 15. A list splits a figure at least as large as its rows' sum: a smaller figure told just before it
#     ("356 new death sentences") is not what "Drugs: 812, Murder: 761, ..." splits; the executions are.

def test_a_list_splits_the_figure_that_holds_its_sum():
    got = facts("At least 1,400 people were executed in Iran in 2025, the group said.\n\n"
                "At least 300 new death sentences were issued during the year.\n\n"
                "Charges\n- Drug offences: 700\n- Murder: 600\n- Rape: 60", date(2026, 1, 8))
    for n in (700, 600, 60):
        assert ("executed", "IR", n, "2025-01-01", "2025-12-31", "aggregate") in got, (n, got)
