"""Kinds of error seen in heldout9 (English reports, Iran and the world, written from real public
reporting), each pinned with sentences written for this file, in other words, places and figures
than the reports where the kind was found. Every sentence is invented."""
from datetime import date

from extract import extract_report

from claim_rows import claim_reader


facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind")


def countries(text, published):
    return {c.country for c in extract_report(text, published)}


# 1. A country is named by its capital or a city a wire dateline opens with ("LAHORE:", "MINSK,
#    Feb 3 -"), and a country whose name holds another's ("South Sudan", "Sudan") is the longer
#    one; "the USA" is the United States. Without these the claim fell back to the report's
#    default country (Iran) or to the country named by the shorter word.

def test_a_capital_in_the_dateline_gives_the_country():
    assert countries("ISLAMABAD: A man convicted of killing a shopkeeper was hanged in the city's jail "
                     "early on Thursday, officials said.", date(2019, 3, 8)) == {"PK"}
    assert countries("MINSK, Oct 4 - A prisoner convicted of a double murder has been executed by "
                     "shooting, his mother told reporters on Friday.", date(2021, 10, 4)) == {"BY"}


def test_a_city_named_with_the_prison_gives_the_country():
    assert countries("Two former army officers were hanged at Dhaka Central Jail on Sunday night for the "
                     "killing of a politician in 1991.", date(2015, 6, 8)) == {"BD"}
    assert countries("Three soldiers convicted of killing civilians were executed by firing squad in "
                     "Mogadishu on Tuesday, a military court official said.", date(2020, 9, 2)) == {"SO"}


def test_south_sudan_is_not_sudan():
    got = facts("South Sudan executed at least three people in March 2020, a rights group said on Monday. "
                "In 2019, South Sudanese authorities had executed eleven people.", date(2020, 4, 6))
    assert {f[1] for f in got} == {"SS"}, got
    assert countries("Sudan hanged two men convicted of murder in Khartoum on Saturday.", date(2018, 5, 7)) == {"SD"}


def test_the_usa_is_the_united_states():
    got = facts("Executions fell worldwide in 2018. In the USA, 25 people were executed, down from 23 the year "
                "before.", date(2019, 4, 10))
    assert ("executed", "US", 25, "2018-01-01", "2018-12-31", "aggregate") in got, got


# 2. A year given for comparison never dates the report's statistic: "up 25% from 2022" (the share
#    written against its number), "tripling its total of 13 in 2023" (a possessive total of an
#    earlier year), "the highest figure since 2017, when ..." (a record's year, even with a
#    clause of its own). Each of these years was taken as the span of the next undated count.

def test_a_share_written_against_its_number_marks_a_compared_year():
    got = facts("At least 410 people were put to death for drug crimes around the world last year, a "
                "rights group said on Tuesday.\n\nThe total was up 25% from 2023 and does not include executions in Vietnam, the "
                "group said.\n\nIran executed at least 300 people for drug crimes.", date(2025, 3, 5))
    assert ("executed", "IR", 300, "2024-01-01", "2024-12-31", "aggregate") in got, got


def test_a_possessive_total_of_an_earlier_year_is_compared():
    got = facts("Executions rose across the region in 2024. Kuwait executed at least 40 people, tripling "
                "its total of 13 in 2023.", date(2025, 2, 1))
    assert ("executed", "KW", 40, "2024-01-01", "2024-12-31", "aggregate") in got, got
    got = facts("Hangings climbed again in 2021. Egypt put 83 people to death, nearly double its tally of "
                "forty-four in 2020.", date(2022, 1, 20))
    assert ("executed", "EG", 83, "2021-01-01", "2021-12-31", "aggregate") in got, got


def test_the_year_of_a_record_is_not_the_span_of_later_counts():
    got = facts("Iran executed at least 580 people in 2021, the highest figure since 2017, when 507 were "
                "recorded.\n\nAt least 40 Baluch prisoners were executed.", date(2022, 3, 1))
    assert ("executed", "IR", 40, "2021-01-01", "2021-12-31", "aggregate") in got, got
    assert ("executed", "IR", 507, "2017-01-01", "2017-12-31", "aggregate") in got, got


# 3. "its lowest number since 1991", "the fewest since executions resumed": a superlative with
#    "since" measures a record, it does not say the figure ran from then to the report's day.

def test_since_after_a_superlative_is_no_running_span():
    got = facts("Executions fell worldwide in 2020. The United States executed 17 people, its lowest number "
                "since 1991.", date(2021, 4, 1))
    assert ("executed", "US", 17, "2020-01-01", "2020-12-31", "aggregate") in got, got
    got = facts("Executions fell worldwide in 2020. In the United States, 17 people were executed, the "
                "fewest since the federal government resumed executions, while Japan hanged none.",
                date(2021, 4, 1))
    assert ("executed", "US", 17, "2020-01-01", "2020-12-31", "aggregate") in got, got


# 4. Two groups joined by "and" in a figure over a span are two parts of the statistic, not one
#    group: "At least 120 Baluch and 75 Kurdish prisoners were executed during the year" gives 120
#    and 75 (SCHEMA.md: each breakdown is a claim); in an incident the groups still add up.

def test_two_groups_of_a_years_figure_are_not_summed():
    got = facts("Iran executed at least 830 people in 2023, the group said. At least 120 Baluch and 75 "
                "Kurdish prisoners were executed during the year.", date(2024, 3, 1))
    assert ("executed", "IR", 120, "2023-01-01", "2023-12-31", "aggregate") in got, got
    assert ("executed", "IR", 75, "2023-01-01", "2023-12-31", "aggregate") in got, got
    assert not [f for f in got if f[2] == 195], got


def test_two_groups_of_one_incident_still_add_up():
    got = facts("Three men and a woman were hanged in Shiraz on Monday, the group said.", date(2024, 3, 1))
    assert got == [("executed", "IR", 4, "2024-02-26", "2024-02-26", "event")]


def test_two_groups_of_one_weeks_incident_still_add_up():
    got = facts("Two men and a woman convicted of drug trafficking were hanged in Birjand Prison last week, "
                "the group has learned.", date(2024, 3, 1))
    # these people in this prison: an incident, as "Three men ... were hanged in Birjand Prison last week" is
    assert got == [("executed", "IR", 3, "2024-02-19", "2024-02-25", "event")]


# 5. "each week" is a rate like "every week": "more than ten people are being put to death each
#    week" tells how often, never a figure of the report's span.

def test_each_week_after_the_verb_is_a_rate():
    got = facts("Hangings have risen sharply in 2023. On average, more than twelve people are being put to "
                "death each week, the monitor said.", date(2023, 6, 1))
    assert not [f for f in got if f[2] == 12], got
    got = facts("Executions climbed in 2022. The group said nine prisoners were hanged each month on average.",
                date(2023, 1, 10))
    assert not [f for f in got if f[2] == 9], got


# 6. "groups of more than ten prisoners were hanged", "in batches of 20": the size of each group
#    hanged together, a rate like "at a time", never one incident of that many.

def test_the_size_of_groups_is_no_incident():
    got = facts("The group said executions had surged in May. On several days, groups of more than eight "
                "prisoners were hanged in Vakilabad Prison.", date(2024, 6, 2))
    assert not [f for f in got if f[2] == 8], got
    got = facts("Prisoners were taken to the gallows in batches of 12 at Qezelhesar Prison last week.",
                date(2024, 6, 2))
    assert got == [], got
