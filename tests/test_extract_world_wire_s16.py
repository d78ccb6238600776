"""World and wire reports (sixteenth session): a table of countries that restates the figures its prose
gave, the fight a killing came out of dated as the killing, "this calendar year", and a day "of this
month". Every report here is invented."""
from datetime import date

import pytest

from claim_rows import claim_reader

PUB = date(2023, 3, 16)   # a Thursday
facts = claim_reader("event", "country", "count", "period_start", "period_end", "kind", published=PUB)


# --- a table by country after the prose that gave its figures ----------------------------------

def test_a_row_by_country_restating_the_prose_is_one_claim():
    got = facts("GENEVA - Executions rose in the Gulf last year, a monitor said. Kuwait hanged at least 14 "
                "people in 2022, against 7 in 2021, and Bahrain put 6 people to death in 2022.\n\n"
                "Executions recorded in 2022:\nKuwait: at least 14\nBahrain: 6\nOman: 3")
    assert [g for g in got if g[3] == "2022-01-01"] == [
        ("executed", "BH", 6, "2022-01-01", "2022-12-31", "aggregate"),
        ("executed", "KW", 14, "2022-01-01", "2022-12-31", "aggregate"),
        ("executed", "OM", 3, "2022-01-01", "2022-12-31", "aggregate")]


def test_rows_by_charge_stay_parts_beside_the_prose():
    # a row by charge is a part of the figure, never the prose's figure told again
    got = facts("At least 30 prisoners were executed in Iran in February 2023, two of them women.\n\n"
                "By charge (February 2023):\n- Drug offences: 20\n- Murder: 8\n- Unknown: 2")
    assert sorted(g[2] for g in got) == [2, 2, 8, 20, 30]


# --- the fight or quarrel a killing came out of -------------------------------------------------

@pytest.mark.parametrize("text", [
    pytest.param("On Tuesday a young man was hanged in Isfahan for a killing committed during a quarrel in 2017.",
                 id="during_a_quarrel"),
    pytest.param("A prisoner was executed in Arak on Tuesday for stabbing a neighbour to death in a brawl in 2016.",
                 id="in_a_brawl"),
    pytest.param("On Tuesday a man was hanged in Qom over a murder during a street fight in May 2018.",
                 id="during_a_street_fight"),
])
def test_the_year_of_the_fight_dates_the_killing_not_the_hanging(text):
    assert facts(text) == [("executed", "IR", 1, "2023-03-14", "2023-03-14", "event")]


# --- "this calendar year" ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    pytest.param("On Monday the envoy cited at least 150 executions in Iran since the start of this calendar year.",
                 id="since_the_start_of_this_calendar_year"),
    pytest.param("Iran has executed at least 150 people this calendar year, the envoy said on Monday.",
                 id="this_calendar_year"),
])
def test_this_calendar_year_runs_from_new_year(text):
    got = facts(text)
    assert [(g[2], g[3], g[5]) for g in got] == [(150, "2023-01-01", "aggregate")]


# --- a day "of this month" ----------------------------------------------------------------------

@pytest.mark.parametrize("text, day", [
    pytest.param("Two prisoners were hanged in Qezelhesar Prison on the morning of the 12th of this month, "
                 "a source told the group.", "2023-03-12", id="the_12th_of_this_month"),
    pytest.param("A Baluch prisoner was hanged in Zahedan prison on the 27th of last month, his family said.",
                 "2023-02-27", id="the_27th_of_last_month"),
])
def test_a_numbered_day_of_this_or_last_month_is_that_day(text, day):
    got = facts(text)
    assert [(g[0], g[3], g[4], g[5]) for g in got] == [("executed", day, day, "event")]


# --- "during the same fourteen days": the period of the statistic before, its length told again -

@pytest.mark.parametrize("words", ["during the same fourteen days", "in the same two weeks"])
def test_the_same_n_days_is_the_period_of_the_figure_before(words):
    got = facts("At least 40 prisoners were executed in Iran between 1 and 14 March, a monitor said. "
                f"Separately, at least 12 prisoners were moved to solitary confinement {words} ahead of their "
                "execution in Karaj and Shiraz.")
    assert [g for g in got if g[2] == 12] == [("imminent", "IR", 12, "2023-03-01", "2023-03-14", "aggregate")]


# --- the next item of a split "N of them ...", however long the first runs ----------------------

@pytest.mark.parametrize("text", [
    pytest.param("Six prisoners, five of them members of the Kurdish minority from Mahabad and one a Sunni "
                 "cleric, were hanged in Urmia on Tuesday.", id="and_one_a_cleric"),
    pytest.param("Six prisoners, five of them convicted of drug trafficking in Bandar Abbas and one a woman, were "
                 "hanged in Urmia on Tuesday.", id="and_one_a_woman"),
])
def test_a_later_item_of_a_partitive_split_is_no_incident_of_its_own(text):
    # the split inside one incident is optional; the single person is never a second hanging
    got = facts(text)
    assert ("executed", "IR", 6, "2023-03-14", "2023-03-14", "event") in got
    assert [g for g in got if g[2] == 1] == []


# --- a total someone puts at a number ----------------------------------------------------------

@pytest.mark.parametrize("text, count, start, end", [
    pytest.param("Kuwait has hanged 9 people so far this year, a monitor said. The Gulf Centre put the 2022 total "
                 "at no fewer than 11.", 11, "2022-01-01", "2022-12-31", id="the_year_total_at"),
    pytest.param("Bahrain carried out three executions on Monday. Rights groups put this year's tally at 14.",
                 14, "2023-01-01", "2023-03-16", id="this_years_tally_at"),
])
def test_a_total_put_at_a_number_after_executions_is_that_figure(text, count, start, end):
    got = facts(text)
    assert [(g[0], g[3], g[4], g[5]) for g in got if g[2] == count] == [("executed", start, end, "aggregate")]


def test_a_death_toll_put_at_a_number_is_no_execution_figure():
    # an attack's toll is put at numbers too: never an execution figure
    got = facts("Two men were hanged in Sanandaj on Monday. Officials put the death toll from the bombing at 40.")
    assert [g[2] for g in got] == [2]


# --- a day told without its year in a review of a closed year ------------------------------------

REVIEW = ("LONDON, 14 April 2021 - Executions in the Gulf fell to their lowest level in a decade in 2020, a monitor "
          "said on Wednesday in its annual review.\n\nThe group recorded 19 executions in the region in 2020, down from "
          "41 in 2019. Bahrain hanged two men on March 2 for killing a police officer, its only executions of the year.")


def test_a_day_without_its_year_in_a_review_is_of_the_reviewed_year():
    got = claim_reader("event", "country", "count", "period_start", "kind", published=date(2021, 4, 14))(REVIEW)
    assert ("executed", "BH", 2, "2020-03-02", "event") in got


def test_a_review_that_tells_of_the_new_year_too_keeps_its_days_in_it():
    # once the report speaks of the months since the review ("so far in 2021"), a bare day may be one of them
    text = REVIEW + "\n\nSo far in 2021, Kuwait has hanged three men. Saudi Arabia beheaded a man on March 12."
    got = claim_reader("event", "country", "count", "period_start", published=date(2021, 4, 14))(text)
    assert ("executed", "SA", 1, "2021-03-12") in got


# --- an attacker's name is no place -------------------------------------------------------------

def test_the_movement_that_carried_out_an_attack_is_not_where_the_hangings_were():
    got = claim_reader("country", "count", published=date(2015, 3, 31))(
        "Executions fell worldwide in 2014, Amnesty International said in its annual review. Jordan hanged 11 men "
        "in December, its first executions in eight years, while Pakistan ended its moratorium after the Taliban "
        "attack on an army school and hanged seven men in Faisalabad.")
    assert sorted(got) == [("JO", 11), ("PK", 7)]


def test_the_taliban_executing_a_man_is_still_afghanistan():
    got = facts("The Taliban publicly executed a man convicted of murder in Kunduz on Tuesday.")
    assert [(g[0], g[1], g[2]) for g in got] == [("executed", "AF", 1)]


# --- a figure "under" a ruler told by a clause after his name, or by his office --------------------

@pytest.mark.parametrize("ruler", [
    pytest.param("Mr Kim, who became leader in December 2011", id="clause_after_the_name"),
    pytest.param("the leader who took power in December 2011", id="told_by_his_office"),
])
def test_a_figure_under_a_ruler_runs_from_his_taking_power(ruler):
    got = claim_reader("country", "count", "period_start", "period_end", "kind", published=date(2021, 12, 15))(
        f"North Korea has carried out public executions for years, defectors say. A Seoul group documented at "
        f"least 31 public executions under {ruler}.")
    assert got == [("KP", 31, "2011-12-01", "2021-12-15", "aggregate")]


def test_the_same_six_months_is_the_last_figure_over_six_months():
    got = facts("Between January and June 2022, at least 120 Kurdish prisoners were hanged, a group said. In 2021 "
                "the group counted 90. In the same six months, it documented 31 new death sentences.")
    assert [g for g in got if g[2] == 31] == [("sentenced", "IR", 31, "2022-01-01", "2022-06-30", "aggregate")]


def test_the_year_before_a_total_put_at_a_number_is_its_year():
    got = facts("The group has documented 12 executions in Iran since January. Its annual report, due next month, "
                "will put the 2022 total at a minimum of 410, largely because of a law that took effect at the end of 2021.")
    assert [g for g in got if g[2] == 410] == [("executed", "IR", 410, "2022-01-01", "2022-12-31", "aggregate")]


@pytest.mark.parametrize("sentence, day", [
    pytest.param("In Kuwait, a man convicted of murder is set to be hanged on May 2.", "2021-05-02",
                 id="a_day_set_for_an_execution"),
    pytest.param("Separately, Kuwait hanged two men on Tuesday, March 2.", "2021-03-02", id="a_day_with_its_weekday"),
])
def test_a_review_keeps_a_day_to_come_or_a_day_of_the_week_in_the_new_year(sentence, day):
    text = REVIEW.replace("Bahrain hanged two men on March 2 for killing a police officer, its only executions of "
                          "the year.", sentence)
    got = claim_reader("country", "period_start", published=date(2021, 4, 14))(text)
    assert ("KW", day) in got


# --- a row of set-out figures told with its own year ----------------------------------------------

def test_a_row_told_with_its_year_and_the_year_it_is_compared_with():
    text = ("WASHINGTON - Executions in the United States stayed near historic lows in 2021, the center said in its "
            "year-end report on Thursday.\n\nThe report's headline figures:\n"
            "- Executions: 11 in 2021, down from 17 in 2020 and the fewest since 1988\n"
            "- Federal executions: 3, all in January\n"
            "- State executions: 8, the fewest in decades")
    got = claim_reader("event", "count", "period_start", "period_end", "kind", published=date(2021, 12, 16))(text)
    assert ("executed", 11, "2021-01-01", "2021-12-16", "aggregate") in got
    assert ("executed", 17, "2020-01-01", "2020-12-31", "aggregate") in got


def test_a_row_told_with_an_earlier_year_than_its_headings_is_that_years():
    text = ("Executions recorded by the monitor in the Gulf in 2021:\n"
            "- Kuwait: 7 in 2020, the last year it published figures\n"
            "- Bahrain: 3\n- Oman: 2")
    got = claim_reader("country", "count", "period_start", "period_end", published=date(2022, 2, 1))(text)
    assert ("KW", 7, "2020-01-01", "2020-12-31") in got


# --- a figure that already equals a whole year's total --------------------------------------------

@pytest.mark.parametrize("words", ["already equal the total for all of 2022", "have matched the figure for 2022"])
def test_a_figure_equal_to_a_years_total_is_that_years_figure_too(words):
    got = facts(f"Executions in Saudi Arabia have surged this year, a monitor said. The 48 executions carried out "
                f"since January {words}.")
    assert sorted((g[2], g[3], g[4]) for g in got) == [(48, "2022-01-01", "2022-12-31"), (48, "2023-01-01", "2023-03-16")]


def test_a_figure_above_a_years_total_gives_that_year_no_figure():
    # only equality tells the other year's number
    got = facts("Executions in Saudi Arabia have surged this year, a monitor said. The 48 executions carried out "
                "since January already exceed the total for all of 2022.")
    assert [(g[2], g[3]) for g in got] == [(48, "2023-01-01")]


# --- a name with a middle initial ------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    pytest.param("Texas executed Robert W. Carver on Tuesday for the killing of a store clerk.", "Robert W. Carver",
                 id="one_initial"),
    pytest.param("Alabama put Kenneth J. R. Dunn to death with nitrogen gas on Tuesday, prison officials said.",
                 "Kenneth J. R. Dunn", id="two_initials"),
])
def test_a_name_with_a_middle_initial_is_one_person_executed(text, name):
    got = claim_reader("event", "country", "count", "period_start", "names", published=PUB)(text)
    assert got == [("executed", "US", 1, "2023-03-14", (name,))]


@pytest.mark.parametrize("deeds", ["two murders", "several rapes"])
def test_the_year_of_a_number_of_deeds_dates_the_deeds(deeds):
    got = facts(f"On Tuesday, Oklahoma executed a man, 61, for {deeds} in 2002.")
    assert got == [("executed", "US", 1, "2023-03-14", "2023-03-14", "event")]


# --- a month not yet begun at publication, told as past --------------------------------------------

def test_a_past_month_after_the_report_is_the_year_befores():
    got = claim_reader("count", "period_start", "period_end", published=date(2025, 1, 20))(
        "Rights groups said on Monday that two men were hanged in Qom in February for drug offences.")
    assert got == [(2, "2024-02-01", "2024-02-29")]


def test_a_month_to_come_for_a_scheduled_hanging_stays_ahead():
    got = claim_reader("event", "count", "period_start", published=date(2025, 1, 20))(
        "Kuwait is set to hang a man in February, rights groups said.")
    assert got == [("imminent", 1, "2025-02-01")]


# --- two ordinals of one execution, the second over a longer span ----------------------------------

def test_the_second_ordinal_counts_since_its_own_start_the_first_keeps_its_year():
    got = claim_reader("count", "period_start", "period_end", "kind", published=date(2023, 7, 28))(
        "Singapore hanged a man convicted of drug trafficking on Friday. He was the fifth person executed in "
        "Singapore this year and the 16th since the government resumed hangings in March 2022.")
    assert (5, "2023-01-01", "2023-07-28", "aggregate") in got
    assert (16, "2022-03-01", "2023-07-28", "aggregate") in got


# --- people on death row who are moved to be hanged; a population told beside a hanging -------------

def test_men_on_death_row_moved_to_solitary_are_an_imminent_claim():
    got = facts("On Tuesday at least five more men on death row for drug offences were moved to solitary "
                "confinement in Qezelhesar Prison ahead of their execution, the group said.")
    assert got == [("imminent", "IR", 5, "2023-03-14", "2023-03-14", "event")]


def test_a_death_row_population_told_with_its_own_verb_is_no_execution():
    got = facts("At least 80 prisoners on death row are held in Vakilabad Prison, where 9 were hanged on Tuesday.")
    assert [g[2] for g in got] == [9]


# --- the figure told before, changed to a number ---------------------------------------------------

def test_the_figure_rose_to_a_number_after_a_figure_of_executions():
    got = facts("Drug executions fell after 2017 but rose again in 2020, when the group recorded 25 drug-related "
                "executions. In 2021 the figure rose to 126.")
    assert [(g[2], g[3], g[4]) for g in got] == [(25, "2020-01-01", "2020-12-31"), (126, "2021-01-01", "2021-12-31")]


# --- "prisoners executed across the country" ------------------------------------------------------

def test_a_count_of_people_executed_across_the_country_is_a_figure():
    got = claim_reader("count", "period_start", "period_end", "kind", published=date(2024, 5, 4))(
        "Over the past two weeks, Kurdish activists have counted at least 14 Kurdish prisoners executed across "
        "the country.")
    assert [(g[0], g[1], g[3]) for g in got] == [(14, "2024-04-20", "aggregate")]
